"""The newsroom server's schema (server schema 1): the `emend` schema's tables, the triggers that keep
the record append-only and its version chains unbroken, the sign-off rules, and the grants.

The SQL lives in this module rather than in a .sql file so that it travels with the code in every
install and in the frozen build without package-data. `admin.init_server` runs it in one transaction
after creating the group roles it grants to (GROUP_ROLES), then fills emend.meta.

What the server enforces, whoever the client is:

* Every row records who pushed it and when, as the server saw it: `pushed_by` is the session's login
  role and `received_at` the server's clock (approvals: `decided_by`, `decided_at`), and `seq` comes
  from the table's own sequence, whatever the client sent (even with OVERRIDING SYSTEM VALUE), so a
  client cannot hide a row behind an old `seq` from the others' pulls.
* Nothing is ever updated, deleted or truncated (SQLSTATE EM000); editors lack the privileges in
  the first place, and the triggers refuse the owner too.
* A publish point or notice must not name a record before it that another already names (EM001): two
  people publishing one article at once cannot fork its chain of publish points and notices.
* A version must extend its article's chain as the record has it (SQLSTATE EM001): number = head + 1,
  parent = head, parent_chain_sha256 = head's chain_sha256; an advisory lock per article orders
  concurrent pushes, and the unique (article_uid, number) stays as the backstop (for a pusher at
  REPEATABLE READ or SERIALIZABLE, whose snapshot cannot see the other's version).
* With require_signoff, a version is published only after a standards editor's latest decision on
  it is 'approved' (EM002); a standards editor cannot approve a version holding corrections they
  pushed since the last publication (EM003); only standards editors sign off (EM004, behind the
  INSERT grant that already keeps other editors out).
* Rows of one article reference rows of the same article (composite foreign keys).
"""

from __future__ import annotations

SCHEMA_NAME = "emend"
EDITOR_ROLE = "emend_editor"
STANDARDS_ROLE = "emend_standards"
GROUP_ROLES = (EDITOR_ROLE, STANDARDS_ROLE)
"""Cluster-wide NOLOGIN roles, created by the first init on a cluster and shared by its databases."""

TABLES = ("meta", "articles", "versions", "corrections", "publications", "notices", "approvals")
RECORD_TABLES = TABLES[1:]
"""The append-only tables: all but meta."""

NOTIFY_CHANNEL = "emend_saves"
"""LISTEN on it to hear of new versions, publications, notices and sign-offs; the payload is the article's uid."""

SQLSTATES = {
    "EM000": "the record is append-only",
    "EM001": "a version does not extend the record's chain",
    "EM002": "publication without a standards editor's sign-off",
    "EM003": "a standards editor signing off their own corrections",
    "EM004": "a sign-off by someone who is not a standards editor",
}

# The server-set columns every record table ends with.
_PUSHED = """
    seq bigint generated always as identity unique,
    pushed_by text not null,
    received_at timestamptz not null"""

TABLES_SQL = f"""
create schema emend;
revoke all on schema emend from public;
comment on schema emend is 'Emend''s newsroom record (issue 15): append-only, see db/server/schema.py';

create table emend.meta (
    key text primary key,
    value text not null
);

create table emend.articles (
    uid uuid primary key,
    title text not null,
    created_at text not null,
    source_name text not null default '',
    source_format text not null default '',
    source_encoding text not null default '',
    source_sha256 text not null default '',
    legacy_id bigint,
    head_chain_sha256 text,{_PUSHED}
);

create table emend.versions (
    uid uuid primary key,
    article_uid uuid not null references emend.articles,
    number int not null check (number >= 1),
    parent_uid uuid references emend.versions,
    author text not null,
    created_at text not null,
    message text not null,
    content_sha256 text not null,
    chain_sha256 text not null,
    parent_chain_sha256 text not null default '',
    text text not null,
    legacy_id bigint,
    rebased_from uuid,{_PUSHED},
    constraint versions_article_number unique (article_uid, number),
    unique (article_uid, uid)
);

create table emend.corrections (
    uid uuid primary key,
    article_uid uuid not null references emend.articles,
    applied_version_uid uuid not null references emend.versions,
    kind text not null default '',
    quote text not null default '',
    prefix text not null default '',
    suffix text not null default '',
    start_offset int not null,
    replacement text not null default '',
    public_note text not null default '',
    internal_note text not null default '',
    author text not null default '',
    created_at text not null default '',
    updated_at text not null default '',
    legacy_id bigint,
    raised_by text,
    raised_at text,
    channel text,
    severity text,
    contact_ref text,{_PUSHED},
    foreign key (article_uid, applied_version_uid) references emend.versions (article_uid, uid)
);
create index corrections_article on emend.corrections (article_uid, applied_version_uid);

create table emend.publications (
    uid uuid primary key,
    article_uid uuid not null references emend.articles,
    version_uid uuid not null references emend.versions,
    published_at text not null,
    published_by text not null,
    sha256 text not null,
    previous_sha256 text,
    legacy_id bigint,{_PUSHED},
    unique (article_uid, version_uid),
    unique (article_uid, uid),
    foreign key (article_uid, version_uid) references emend.versions (article_uid, uid)
);

create table emend.notices (
    uid uuid primary key,
    article_uid uuid not null references emend.articles,
    publication_uid uuid not null references emend.publications,
    supersedes_uid uuid references emend.notices,
    created_at text not null,
    created_by text not null,
    text text not null,
    notice_json text not null,
    spans_json text not null,
    sha256 text not null,
    previous_sha256 text,
    legacy_id bigint,{_PUSHED},
    unique (article_uid, uid),
    foreign key (article_uid, publication_uid) references emend.publications (article_uid, uid),
    foreign key (article_uid, supersedes_uid) references emend.notices (article_uid, uid)
);
create index notices_publication on emend.notices (publication_uid);

create table emend.approvals (
    uid uuid primary key default gen_random_uuid(),
    article_uid uuid not null references emend.articles,
    version_uid uuid not null references emend.versions,
    decision text not null check (decision in ('approved', 'sent_back')),
    note text not null default '',
    seq bigint generated always as identity unique,
    decided_by text not null,
    decided_at timestamptz not null,
    foreign key (article_uid, version_uid) references emend.versions (article_uid, uid)
);
create index approvals_version on emend.approvals (version_uid, seq);
"""

# Every function pins its search_path, so that no one's own schemas (or pg_temp) can stand in for
# what it calls. Only the stamps are SECURITY DEFINER: they draw from the tables' sequences, which
# editors may not touch; everything the others read, editors may read too.
FUNCTIONS_SQL = r"""
create function emend.stamp_push() returns trigger
language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    new.seq := nextval(pg_get_serial_sequence(format('%I.%I', tg_table_schema, tg_table_name), 'seq'));
    new.pushed_by := session_user;
    new.received_at := clock_timestamp();
    return new;
end
$$;

create function emend.stamp_decision() returns trigger
language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    new.seq := nextval(pg_get_serial_sequence(format('%I.%I', tg_table_schema, tg_table_name), 'seq'));
    new.decided_by := session_user;
    new.decided_at := clock_timestamp();
    return new;
end
$$;

create function emend.refuse_change() returns trigger
language plpgsql set search_path = pg_catalog, pg_temp as $$
begin
    raise exception 'Emend''s newsroom record is append-only: rows of emend.% cannot be %', tg_table_name,
        case tg_op when 'UPDATE' then 'changed' when 'DELETE' then 'deleted' else 'truncated' end
        using errcode = 'EM000';
end
$$;

create function emend.witness() returns trigger
language plpgsql set search_path = pg_catalog, pg_temp as $$
declare
    head record;
begin
    -- Concurrent pushes to one article queue here until the first commits or rolls back; the
    -- statement below then takes a new snapshot (READ COMMITTED) and sees the version it committed.
    perform pg_advisory_xact_lock(hashtextextended(new.article_uid::text, 0));
    select v.uid, v.number, v.chain_sha256 into head
      from emend.versions v
     where v.article_uid = new.article_uid
     order by v.number desc
     limit 1;
    if not found then
        if new.number = 1 and new.parent_uid is null and new.parent_chain_sha256 = '' then
            return new;
        end if;
        raise exception 'article %: version % does not extend the newsroom record''s chain '
                        '(the record has no version of it yet)',
            new.article_uid, new.number using errcode = 'EM001';
    end if;
    if new.number = head.number + 1 and new.parent_uid = head.uid
       and new.parent_chain_sha256 = head.chain_sha256 then
        return new;
    end if;
    raise exception 'article %: version % does not extend the newsroom record''s chain '
                    '(the record has version %, chain %…)',
        new.article_uid, new.number, head.number, left(head.chain_sha256, 12) using errcode = 'EM001';
end
$$;

create function emend.record_witness() returns trigger
language plpgsql set search_path = pg_catalog, pg_temp as $$
begin
    if new.previous_sha256 is null then
        return new;  -- a record made before records were linked (carried over from an older history)
    end if;
    -- Publish points and notices of one article form a chain: two naming the same record before them
    -- would fork it (two people publishing the article at once).
    perform pg_advisory_xact_lock(hashtextextended('records ' || new.article_uid::text, 0));
    if exists (select 1 from emend.publications p
                where p.article_uid = new.article_uid and p.previous_sha256 = new.previous_sha256)
       or exists (select 1 from emend.notices n
                   where n.article_uid = new.article_uid and n.previous_sha256 = new.previous_sha256) then
        raise exception 'article %: this % does not extend the newsroom record''s chain of publish points and '
                        'notices (another was made since)',
            new.article_uid, case tg_table_name when 'publications' then 'publish point' else 'notice' end
            using errcode = 'EM001';
    end if;
    return new;
end
$$;

create function emend.check_approval() returns trigger
language plpgsql set search_path = pg_catalog, pg_temp as $$
declare
    approved_number int;
    published_number int;
begin
    if not pg_has_role(session_user, 'emend_standards', 'MEMBER') then
        raise exception '% is not a standards editor', session_user using errcode = 'EM004';
    end if;
    if new.decision <> 'approved' then
        return new;  -- sending a version back only withholds it: anyone on the standards desk may
    end if;
    select v.number into approved_number
      from emend.versions v
     where v.uid = new.version_uid and v.article_uid = new.article_uid;
    if not found then
        return new;  -- the foreign keys refuse it
    end if;
    select coalesce(max(v.number), 0) into published_number
      from emend.publications p join emend.versions v on v.uid = p.version_uid
     where p.article_uid = new.article_uid;
    if exists (select 1
                 from emend.corrections c join emend.versions v on v.uid = c.applied_version_uid
                where c.article_uid = new.article_uid and c.pushed_by = session_user
                  and v.number > published_number and v.number <= approved_number) then
        raise exception '% made corrections in this version and cannot sign it off', session_user
            using errcode = 'EM003';
    end if;
    return new;
end
$$;

create function emend.check_signoff() returns trigger
language plpgsql set search_path = pg_catalog, pg_temp as $$
declare
    version_number int;
    latest text;
begin
    if (select m.value from emend.meta m where m.key = 'require_signoff') is distinct from 'true' then
        return new;
    end if;
    select v.number into version_number from emend.versions v where v.uid = new.version_uid;
    if not found then
        return new;  -- the foreign keys refuse it
    end if;
    select a.decision into latest
      from emend.approvals a
     where a.version_uid = new.version_uid
     order by a.seq desc
     limit 1;
    if latest is distinct from 'approved' then
        raise exception 'version % of article % has not been signed off by a standards editor',
            version_number, new.article_uid using errcode = 'EM002';
    end if;
    return new;
end
$$;

create function emend.notify_saves() returns trigger
language plpgsql set search_path = pg_catalog, pg_temp as $$
begin
    perform pg_notify('emend_saves', new.article_uid::text);
    return null;
end
$$;

revoke all on all functions in schema emend from public;
"""


def _triggers_sql() -> str:
    statements = []
    for table in RECORD_TABLES:
        stamp = "stamp_decision" if table == "approvals" else "stamp_push"
        statements += [
            f"create trigger stamp before insert on emend.{table} for each row execute function emend.{stamp}();",
            f"create trigger append_only before update or delete on emend.{table} "
            "for each row execute function emend.refuse_change();",
            f"create trigger append_only_truncate before truncate on emend.{table} "
            "for each statement execute function emend.refuse_change();",
        ]
    # Triggers of one timing fire in the order of their names; none of the checks reads what the stamps
    # set on the new row, so the order among them does not matter.
    statements += [
        "create trigger witness before insert on emend.versions for each row execute function emend.witness();",
        "create trigger record_witness before insert on emend.publications "
        "for each row execute function emend.record_witness();",
        "create trigger record_witness before insert on emend.notices "
        "for each row execute function emend.record_witness();",
        "create trigger signoff before insert on emend.publications "
        "for each row execute function emend.check_signoff();",
        "create trigger standards before insert on emend.approvals "
        "for each row execute function emend.check_approval();",
    ]
    for table in ("versions", "publications", "notices", "approvals"):  # a sign-off reaches colleagues at once too
        statements.append(f"create trigger notify_saves after insert on emend.{table} "
                          "for each row execute function emend.notify_saves();")
    return "\n".join(statements) + "\n"


GRANTS_SQL = """
grant usage on schema emend to emend_editor, emend_standards;
grant select on emend.meta to emend_editor;
grant select, insert on emend.articles, emend.versions, emend.corrections, emend.publications, emend.notices
    to emend_editor;
grant select on emend.approvals to emend_editor;
grant insert on emend.approvals to emend_standards;
"""

SCHEMA_SQL = TABLES_SQL + FUNCTIONS_SQL + _triggers_sql() + GRANTS_SQL
"""Everything `init_server` runs once the group roles exist, before it fills emend.meta."""
