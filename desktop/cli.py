"""The `emend` command: a thin layer over desktop/application, the same application layer the window uses.

Exit codes are a contract: 0 success, 1 verification failure, 2 bad input or usage
(one line on stderr, never a traceback), 3 an unexpected internal error.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import signal
import sys
from pathlib import Path

import corrections
from corrections.errors import EmendError, InputError
from corrections.numbers import MAX_ID, as_id, is_digits
from corrections.visible_text import BIDI_CONTROLS, reveal

EXIT_OK, EXIT_VERIFY, EXIT_USAGE, EXIT_INTERNAL, EXIT_MERGE = 0, 1, 2, 3, 4


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit code 2."""

    def error(self, message: str) -> None:
        raise _UsageError(f"{message} (see '{self.prog} --help')")


class _UsageError(InputError):
    pass


PATH_OPTIONS = frozenset({"file", "db", "output", "path", "notice_file", "text_file", "house_style", "screenshot",
                          "against"})
"""Arguments that are file names, which may hold bytes that are not UTF-8; every other string must be UTF-8."""


def _number(text: str) -> int:
    """A VERSION, ID or count: ASCII digits only, a whole number from 0 to 2^63 - 1."""
    shown = reveal(text, keep="")[:30] + ("…" if len(text) > 30 else "")
    if not is_digits(text):
        raise argparse.ArgumentTypeError(f"{shown!r} is not a whole number")
    value = as_id(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"{shown} is out of range (0 to {MAX_ID})")
    return value


def _check_arguments(args: argparse.Namespace) -> None:
    """Refuse text options with bytes that are not UTF-8 (a title or note cannot be stored as such), and an
    empty file name or time, which would otherwise quietly mean 'standard output' or 'the default'."""
    for name, value in vars(args).items():
        if name in PATH_OPTIONS | {"at"} and value == "":
            raise InputError(f"{_spelled(name)} is empty")
        if name in CHOICE_OPTIONS and isinstance(value, str) and not value.strip():
            raise InputError(f"{_spelled(name)} is empty; give a value or leave the option out")
        if name in PATH_OPTIONS or not isinstance(value, str):
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError(f"{_spelled(name)} is not valid UTF-8 text") from None


CHOICE_OPTIONS = frozenset({"raised_by", "raised_at", "severity"})
"""Intake options and filters that, left empty, would otherwise quietly mean 'not given' (or 'every article')."""

POSITIONALS = frozenset({"file", "path", "article", "query", "version", "correction"})


def _spelled(name: str) -> str:
    """An argument as the user typed it: --notice-file, -o/--output, or FILE for a positional one."""
    if name in POSITIONALS:
        return name.upper()
    return "-o/--output" if name == "output" else "--" + name.replace("_", "-")


def build_parser() -> argparse.ArgumentParser:
    """Every `emend` command with its options, each bound to its handler; the options are a contract."""
    parser = _Parser(prog="emend", description="Emend: corrections and clarifications for published articles.")
    parser.add_argument("--version", action="version", version=f"emend {corrections.__version__}")
    parser.add_argument("--db", metavar="PATH", help="history database (default: $EMEND_DB, else the one chosen in Preferences, "
                        "else the user data folder)")
    parser.add_argument("--screenshot", metavar="FILE",
                        help="render the main window (sample article, one correction) to a PNG and exit; "
                             "usage: emend --screenshot FILE [ARTICLE_FILE]")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str, handler) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    sub = command("open", "open the Emend window, optionally on a file", None)
    sub.add_argument("file", nargs="?", metavar="FILE")
    sub.add_argument("--sample", action="store_true", help="open the bundled sample article")

    sub = command("import", "import an article file as version 1; prints the new article's id", _cmd_import)
    sub.add_argument("file", metavar="FILE")
    sub.add_argument("--title", metavar="T")
    sub.add_argument("--author", metavar="A")
    sub.add_argument("--encoding", metavar="ENC", help="decode text files with this encoding instead of detecting it")
    sub.add_argument("-m", "--message", default="Imported", help="message of version 1")
    sub.add_argument("--again", action="store_true",
                     help="import a second copy even when a file with the same bytes was imported before")
    sub.add_argument("--keep-furniture", action="store_true",
                     help="keep the page furniture an import leaves out (related stories, share buttons, "
                          "calls to action, reader footers)")

    sub = command("list", "list the articles in the history", _cmd_list)
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--severity", metavar="S", help="only articles with a correction of this severity")
    sub.add_argument("--raised-by", metavar="WHO", help="only articles with a correction raised by WHO")

    sub = command("log", "the article's timeline: versions oldest first, corrections, publish points, notices",
                  _cmd_log)
    sub.add_argument("article", metavar="ARTICLE")
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--skip-trivial", action="store_true",
                     help="leave out versions that changed only whitespace or punctuation")

    sub = command("blame", "which version introduced each word of a version", _cmd_blame)
    sub.add_argument("article", metavar="ARTICLE")
    sub.add_argument("version", nargs="?", type=_number, metavar="VERSION")
    sub.add_argument("--json", action="store_true")

    sub = command("search", "full-text search across every version and every correction note", _cmd_search)
    sub.add_argument("query", metavar="QUERY")
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--limit", type=_number, default=100)

    sub = command("export-log", "the corrections log of every article as CSV", _cmd_export_log)
    sub.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    sub.add_argument("--force", action="store_true", help="replace FILE if it exists")

    sub = command("audit", "an audit report of one article (HTML or PDF)", _cmd_audit)
    sub.add_argument("article", metavar="ARTICLE")
    sub.add_argument("--format", choices=["html", "pdf"], default="html")
    sub.add_argument("-o", "--output", metavar="FILE", help="required for PDF")
    sub.add_argument("--force", action="store_true", help="replace FILE if it exists")

    sub = command("correct", "record a pending correction on the latest version; prints its id", _cmd_correct)
    sub.add_argument("article", metavar="ARTICLE")
    sub.add_argument("--quote", required=True, metavar="TEXT", help="the exact passage that is wrong")
    sub.add_argument("--replace", required=True, metavar="TEXT", help="what it should say (may be empty)")
    sub.add_argument("--kind", default="correction", metavar="KIND",
                     help="correction, clarification, editors-note, update, or style for a silent fix of "
                          "case, punctuation, spelling or spacing that no notice mentions (default: correction)")
    sub.add_argument("--note", default="", metavar="TEXT", help="the public note readers will see")
    sub.add_argument("--internal-note", default="", metavar="TEXT", help="a note for the newsroom only")
    sub.add_argument("--author", metavar="A")
    _intake_options(sub)

    sub = command("corrections", "list an article's corrections", _cmd_corrections)
    sub.add_argument("article", metavar="ARTICLE")
    sub.add_argument("--json", action="store_true")

    sub = command("withdraw", "withdraw a pending correction (it is kept, marked withdrawn)", _cmd_withdraw)
    sub.add_argument("correction", type=_number, metavar="ID")

    sub = command("save", "store a new version (pending corrections applied); prints its number", _cmd_save)
    sub.add_argument("article", metavar="ARTICLE")
    sub.add_argument("-m", "--message", required=True)
    sub.add_argument("--author", metavar="A")
    sub.add_argument("--text-file", metavar="FILE", help="take the new full text from FILE instead")

    sub = command("restore", "store a new version equal to an older one; prints its number", _cmd_restore)
    sub.add_argument("article", metavar="ARTICLE")
    sub.add_argument("version", type=_number, metavar="VERSION")
    sub.add_argument("-m", "--message", default="")
    sub.add_argument("--author", metavar="A")

    sub = command("diff", "word diff between versions (default: latest against its parent)", _cmd_diff)
    sub.add_argument("article", metavar="ARTICLE")
    sub.add_argument("v1", nargs="?", type=_number, metavar="V1")
    sub.add_argument("v2", nargs="?", type=_number, metavar="V2")
    sub.add_argument("--format", choices=["text", "json", "html"], default="text")

    sub = command("show", "print the text of a version (default: the latest)", _cmd_show)
    sub.add_argument("article", metavar="ARTICLE")
    sub.add_argument("version", nargs="?", type=_number, metavar="VERSION")
    sub.add_argument("--at", metavar="TIME", help="what readers saw at TIME (ISO, UTC), with the notices then")

    sub = command("export", "write a version (default the latest) out as txt, md, html, docx or a NewsML-G2 item",
                  _cmd_export)
    sub.add_argument("article", metavar="ARTICLE")
    sub.add_argument("version", nargs="?", type=_number, metavar="VERSION")
    sub.add_argument("--format", choices=["txt", "md", "html", "docx", "newsml"], default=None,
                     help="default: from the output file's extension (.xml: newsml), else txt; a NewsML-G2 item "
                          "always carries the version's notice")
    sub.add_argument("-o", "--output", metavar="PATH",
                     help="a file, or a folder to write '<title>.<format>' into under a name not yet taken "
                          "(default: standard output)")
    sub.add_argument("--force", action="store_true", help="replace the -o file if it exists")
    sub.add_argument("--published", action="store_true",
                     help="the version readers see (the latest published) instead of VERSION")
    sub.add_argument("--with-notice", action="store_true",
                     help="add the version's correction notice where the house style puts it (top or bottom)")
    sub.add_argument("--house-style", metavar="FILE",
                     help="a house-style TOML file for the notice (and a NewsML-G2 item's provider and language)")

    sub = command("publish", "mark a version (default the latest) as published, with its correction notice",
                  _cmd_publish)
    sub.add_argument("article", metavar="ARTICLE")
    sub.add_argument("version", nargs="?", type=_number, metavar="VERSION")
    sub.add_argument("--author", metavar="A")
    sub.add_argument("--notice-file", metavar="FILE", help="publish this wording instead of the drafted one")
    sub.add_argument("--house-style", metavar="FILE", help="a house-style TOML file for the notice wording")

    sub = command("notice", "print an article's correction notices (a draft if none is published yet)", _cmd_notice)
    sub.add_argument("article", metavar="ARTICLE")
    sub.add_argument("--format", choices=["text", "md", "html", "jsonld", "newsml"], default="text")
    sub.add_argument("--with-article", action="store_true",
                     help="print the corrected article with its notice appended (text, md or html)")
    sub.add_argument("--draft", action="store_true", help="print the notice the next publish would carry")
    sub.add_argument("--check", action="store_true",
                     help="warn about unlabelled notices, euphemisms, unsupported values")
    sub.add_argument("--house-style", metavar="FILE")

    sub = command("backup", "copy the history to PATH with SQLite's online backup, then verify the copy", _cmd_backup)
    sub.add_argument("path", metavar="PATH")
    sub.add_argument("--force", action="store_true", help="replace PATH if it exists (never the history itself)")

    sub = command("verify", "check that the history was not altered; exit 1 naming the first broken row", _cmd_verify)
    sub.add_argument("article", nargs="?", metavar="ARTICLE")
    sub.add_argument("--against", nargs="+", metavar="FILE",
                     help="also check receipts, JSON-LD notices or HTML pages with Emend's notice markup")
    sub.add_argument("--remote", action="store_true",
                     help="also compare every synced version's chain hash with the newsroom server's")

    sub = command("receipts", "one receipt per publish point, oldest first, to keep outside the history", _cmd_receipts)
    sub.add_argument("article", nargs="?", metavar="ARTICLE")
    sub.add_argument("--json", action="store_true", help="receipts as JSON (what verify --against reads)")
    sub.add_argument("--remote", action="store_true", help="only receipts the newsroom server has witnessed")

    sub = command("corrections-page", "write the public corrections page: index.html, a page per article, "
                  "feed.atom and receipts.json", _cmd_corrections_page)
    sub.add_argument("-o", "--output", required=True, metavar="FOLDER",
                     help="the folder to write the site into (made if missing)")
    sub.add_argument("--since", metavar="DATE", help="only notices published on or after DATE (YYYY-MM-DD, UTC)")
    sub.add_argument("--title", metavar="TEXT", help="the page's and feed's title (default: the house style's)")
    sub.add_argument("--force", action="store_true",
                     help="remake a site already in FOLDER, replacing its files and removing its stale article pages")
    sub.add_argument("--house-style", metavar="FILE", help="a house-style TOML file (title, language, dates)")

    _newsroom_commands(command)
    return parser


def _newsroom_commands(command) -> None:
    """The newsroom server: set-up, clone, remote, sync, sign-off (issue 15). URL: a libpq URI such as
    postgresql://user@host:5432/newsroom, or a key=value string."""
    server = command("server", "set up a newsroom server on an existing PostgreSQL database", None)
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", parser_class=_Parser, required=True)
    sub = actions.add_parser("init", help="create Emend's schema and the emend_editor and emend_standards roles",
                             description="create Emend's schema and the emend_editor and emend_standards roles")
    sub.set_defaults(handler=_cmd_server_init)
    sub.add_argument("url", metavar="URL")
    sub.add_argument("--require-signoff", action="store_true",
                     help="publish a version only after a standards editor other than its corrector approved it")
    sub = actions.add_parser("add-user", help="create a login role in the editor or standards group",
                             description="create a login role in the editor or standards group")
    sub.set_defaults(handler=_cmd_server_add_user)
    sub.add_argument("url", metavar="URL")
    sub.add_argument("name", metavar="NAME")
    sub.add_argument("--role", required=True, choices=["editor", "standards"])
    sub.add_argument("--password-file", metavar="FILE", help="the password on the file's first line "
                                                             "(none: for peer or trust authentication)")

    sub = command("clone", "create a local history (--db) holding the newsroom server's record", _cmd_clone)
    sub.add_argument("url", metavar="URL")

    sub = command("remote", "show the history's newsroom server, or set it to URL", _cmd_remote)
    sub.add_argument("url", nargs="?", metavar="URL")

    sub = command("sync", "push what the server lacks, then pull; exit 4 when an article needs a hand merge",
                  _cmd_sync)
    sub.add_argument("article", nargs="?", metavar="ARTICLE")

    sub = command("merge", "settle an article's sync conflict: keep my text, theirs, or a file's", _cmd_merge)
    sub.add_argument("article", metavar="ARTICLE")
    which = sub.add_mutually_exclusive_group(required=True)
    which.add_argument("--mine", action="store_true", help="keep my latest text on top of theirs")
    which.add_argument("--theirs", action="store_true", help="keep the server's text (mine stays set aside)")
    which.add_argument("--text-file", metavar="FILE", help="the merged text")
    sub.add_argument("-m", "--message", default="")
    sub.add_argument("--author", metavar="A")

    sub = command("approve", "sign off a version for publication (standards editors)", _cmd_approve)
    sub.add_argument("article", metavar="ARTICLE")
    sub.add_argument("version", type=_number, metavar="VERSION")
    sub.add_argument("--note", default="", metavar="TEXT")

    sub = command("send-back", "return a version to its editors with a note (standards editors)", _cmd_send_back)
    sub.add_argument("article", metavar="ARTICLE")
    sub.add_argument("version", type=_number, metavar="VERSION")
    sub.add_argument("--note", required=True, metavar="TEXT")

    sub = command("awaiting", "versions waiting for a standards editor's sign-off", _cmd_awaiting)
    sub.add_argument("--json", action="store_true")


def _screenshot_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="emend", description="Render the Emend window to a PNG.")
    parser.add_argument("--db", metavar="PATH")
    parser.add_argument("--screenshot", required=True, metavar="FILE")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.add_argument("file", nargs="?", metavar="ARTICLE_FILE")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run `emend ARGS`; returns the exit code (0 ok, 1 verification failed, 2 bad input, 3 a bug, 4 a sync
    conflict that needs a merge)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _utf8_output()
    try:
        options = argv[:argv.index("--")] if "--" in argv else argv
        if any(a == "--screenshot" or a.startswith("--screenshot=") for a in options):
            args = _screenshot_parser().parse_args(argv)
            args.command = "open"
        else:
            args = build_parser().parse_args(argv)
            args.screenshot = None
        _check_arguments(args)
        if args.command in (None, "open"):
            return _open_window(args)
        with _stopped_cleanly():
            if args.command in NO_HISTORY_COMMANDS:
                return args.handler(args)
            return _run_command(args)
    except _Stopped as stop:
        _tell(f"stopped by {signal.Signals(stop.signum).name}; nothing was half-written")
        return 128 + stop.signum
    except EmendError as error:
        _tell(str(error))
        return error.exit_code
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        _tell("interrupted")
        return EXIT_USAGE
    except Exception as error:  # a bug: still one line, never a traceback
        _tell(f"internal error: {type(error).__name__}: {error} (please report this)")
        return EXIT_INTERNAL


class _Stopped(BaseException):
    """SIGTERM or SIGHUP arrived: unwound like an interrupt, so a transaction rolls back and a file being
    written is removed before the process ends."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _stopped_cleanly():
    """Turn SIGTERM and SIGHUP into _Stopped while a command runs; the previous handlers come back after."""
    def stop(signum, _frame):
        raise _Stopped(signum)

    previous = {signum: signal.signal(signum, stop) for signum in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


READ_ONLY_COMMANDS = frozenset({"verify", "list", "log", "show", "diff", "blame", "search", "notice", "corrections",
                                "audit", "export", "export-log", "backup", "receipts", "awaiting",
                                "corrections-page"})
NO_HISTORY_COMMANDS = frozenset({"server", "clone"})
"""Commands that open no existing history: the server's set-up, and clone (which makes a new one)."""
"""Commands that only read the history (backup writes only its copy): they open it read-only, so they never
create or change a file, and they work on read-only media."""


def _open_window(args: argparse.Namespace) -> int:
    """`emend`, `emend open [FILE]` and `emend --screenshot FILE`: the window, until it closes."""
    if args.screenshot is None:
        from desktop.display_check import display_problem

        problem = display_problem()
        if problem:
            raise InputError(problem)
    gc.disable()  # the window's start-up makes only objects that stay: desktop.app.started() resumes it
    from desktop.app import run_window

    file = getattr(args, "file", None)
    if getattr(args, "sample", False):
        from resources import sample_article_path

        file = str(sample_article_path())
    return run_window(db_path=args.db, file=file, screenshot=args.screenshot, replace=getattr(args, "force", False))


def _run_command(args: argparse.Namespace) -> int:
    """A command on the history, opened read-only for the commands that only read it."""
    from desktop.application.histories import DAMAGE_ERRORS, CorruptDatabase, damaged, is_new_history, open_history

    if args.command == "import" and is_new_history(args.db):  # a file that cannot be imported starts no history
        from desktop.application.articles import load_file

        args.loaded = load_file(Path(args.file), encoding=args.encoding, keep_furniture=args.keep_furniture)
    try:
        # Only an import may start a new history: a mistyped --db must not look like an empty record.
        with open_history(args.db, create=args.command == "import",
                          read_only=args.command in READ_ONLY_COMMANDS
                          or (args.command == "remote" and args.url is None)) as history:
            try:
                return args.handler(history, args)
            except DAMAGE_ERRORS as error:
                raise damaged(error) from None
    except CorruptDatabase as error:
        if args.command != "verify":
            raise
        say(f"FAILED {error}")  # a damaged file fails verification: exit 1, as an altered row does
        _tell(f"verification failed: {error}")
        return EXIT_VERIFY


LISTED_BLOCKS = 20
"""The left-out blocks an import names one by one; the rest are counted, so a pasted page never floods the terminal."""


def _cmd_import(history, args) -> int:
    from desktop.application.articles import import_file

    opened = import_file(history, Path(args.file), author=_author(args), title=args.title, encoding=args.encoding,
                         message=args.message, again=args.again, keep_furniture=args.keep_furniture,
                         loaded=getattr(args, "loaded", None))
    if opened.existing:
        _tell(f"already in the history as article {opened.article.id} (a file with the same bytes); not imported "
                "again (--again imports a second copy)")
    for note in opened.notes:
        _tell(note)
    for reason, block in opened.left_out[:LISTED_BLOCKS]:
        _tell(f"  {reason}: {_excerpt(block)}")
    if len(opened.left_out) > LISTED_BLOCKS:
        _tell(f"  … and {len(opened.left_out) - LISTED_BLOCKS} more")
    if opened.left_out:
        _tell("--keep-furniture imports them as written")
    print(opened.article.id)
    return EXIT_OK


def _cmd_list(history, args) -> int:
    from desktop.application import intake, reading

    rows = reading.articles(history)
    wanted = intake.parse_intake(severity=args.severity, raised_by=args.raised_by)
    matching = intake.matching_articles(history, severity=wanted.severity, raised_by=wanted.raised_by)
    if matching is not None:
        rows = [row for row in rows if row.id in matching]
    if args.json:
        print_json([row.to_json() for row in rows])
        return EXIT_OK
    for row in rows:
        pending = f"  ({row.pending} pending)" if row.pending else ""
        say(row.id, row.title, _count(row.versions, 'version'), f"{row.last_change}{pending}")
    return EXIT_OK


def _cmd_log(history, args) -> int:
    from desktop.application import reading

    entries = reading.timeline(history, history.resolve_article(args.article), skip_trivial=args.skip_trivial)
    if args.json:
        print_json([e.to_json() for e in entries])
        return EXIT_OK
    for e in entries:
        v = e.version
        say(v.number, v.created_at, v.author, v.message)
        for c in e.corrections:
            say("", f"{c.kind.label} #{c.id}: {c.public_note or repr(c.quote) + ' -> ' + repr(c.replacement)}")
        if e.published_at:
            say("", f"published {e.published_at}")
        for n in e.notices:
            say("", f"notice {n.id}: {' '.join(n.text.split())}")
    return EXIT_OK


def _cmd_blame(history, args) -> int:
    from desktop.application import reading
    from corrections.blame import to_json

    spans = reading.blame(history, history.resolve_article(args.article), args.version)
    if args.json:
        print_json(to_json(spans))
        return EXIT_OK
    for span in spans:
        say(f"v{span.version}", span.author, span.created_at[:16], " ".join(span.text.split()), *_blame_reason(span))
    return EXIT_OK


def _blame_reason(span) -> list[str]:
    """A fifth `blame` column after the words: what their change replaced and the correction's note (none in
    the first version, which replaced nothing)."""
    if span.replaced is None:
        return []
    said = f"replaced {' '.join(span.replaced.split())!r}" if span.replaced else "inserted"
    if span.correction_note is not None:
        said += f"; {span.correction_kind}: {' '.join(span.correction_note.split()) or '(no public note)'}"
    return [said]


def _cmd_search(history, args) -> int:
    from desktop.application import reading

    hits = reading.search(history, args.query, limit=args.limit)
    if args.json:
        print_json([h.to_json() for h in hits])
        return EXIT_OK
    for h in hits:
        where = f"version {h.version}" if h.source == "text" else f"correction #{h.correction_id}"
        if h.still_in:
            where += f", still in {h.still_in_text}"
        say(h.article_id, h.title, where, " ".join(h.snippet.split()))
    return EXIT_OK


def _cmd_export_log(history, args) -> int:
    from desktop.application import outputs

    data = outputs.corrections_log(history)
    if args.output:
        say(outputs.write_output(history, args.output, data.encode("utf-8"), force=args.force))
    else:
        sys.stdout.write(data)
    return EXIT_OK


def _cmd_audit(history, args) -> int:
    from desktop.application import outputs

    article_id = history.resolve_article(args.article)
    if args.format == "pdf" and not args.output:
        raise InputError("a PDF audit report needs -o FILE")
    if not args.output:
        write_html(outputs.audit_report(history, article_id)[1])
        return EXIT_OK
    from desktop.printing import html_to_pdf

    say(outputs.write_audit_report(history, article_id, args.output, fmt=args.format, force=args.force,
                                   to_pdf=html_to_pdf))
    return EXIT_OK


def _count(number: int, noun: str) -> str:
    """'1 version', '2 versions'."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _intake_options(sub: argparse.ArgumentParser) -> None:
    """Who raised the error and how: optional, checked by corrections.intake."""
    sub.add_argument("--raised-by", metavar="WHO", help="who raised the error: reader, source, staff, legal or other")
    sub.add_argument("--raised-at", metavar="TIME", help="when it was raised, ISO date or time, UTC (default: now)")
    sub.add_argument("--channel", metavar="TEXT", help="how it came in, e.g. email, phone, comment form, social")
    sub.add_argument("--severity", metavar="S", help="minor, significant or legal")
    sub.add_argument("--contact-ref", metavar="TEXT",
                     help="a reference to whoever raised it, kept internal (never in a notice or an export)")


def _cmd_correct(history, args) -> int:
    from desktop.application import amending, intake

    raised = intake.parse_intake(raised_by=args.raised_by, raised_at=args.raised_at, channel=args.channel,
                                 severity=args.severity, contact_ref=args.contact_ref)
    correction = amending.attach(
        history, history.resolve_article(args.article), kind=args.kind, quote=args.quote, replacement=args.replace,
        public_note=args.note, internal_note=args.internal_note, author=_author(args), intake=raised,
    )
    print(correction.id)
    return EXIT_OK


def _cmd_corrections(history, args) -> int:
    from desktop.application import amending

    items = amending.corrections(history, history.resolve_article(args.article))
    if args.json:
        print_json([c.to_json() for c in items])
        return EXIT_OK
    for c in items:
        change = f"{c.quote!r} -> {c.replacement!r}" if c.changes_text else f"{c.quote!r} (note only)"
        say(c.id, c.status.value, c.kind.value, change, c.public_note)
    return EXIT_OK


def _cmd_withdraw(history, args) -> int:
    from desktop.application import amending

    amending.withdraw(history, args.correction)
    return EXIT_OK


def _cmd_save(history, args) -> int:
    from desktop.application import versions

    version = versions.save(history, history.resolve_article(args.article), message=args.message,
                            author=_author(args), text_file=Path(args.text_file) if args.text_file else None)
    print(version.number)
    return EXIT_OK


def _cmd_restore(history, args) -> int:
    from desktop.application import versions

    version = versions.restore(history, history.resolve_article(args.article), args.version, author=_author(args),
                               message=args.message)
    print(version.number)
    return EXIT_OK


def _cmd_diff(history, args) -> int:
    from desktop.application import reading
    from corrections import diff_format

    article_id = history.resolve_article(args.article)
    ops = reading.diff(history, article_id, args.v1, args.v2)
    if args.format == "json":
        print_json(diff_format.to_json(ops))
    elif args.format == "html":
        write_html(diff_format.to_html_document(ops, history.article(article_id).title))
    else:
        text = diff_format.to_text(ops)
        sys.stdout.write(text)
        notes = diff_format.move_notes(ops)
        if notes:  # after the diff, a blank line between: the word diff itself stays git's format
            sys.stdout.write("\n" if text.endswith("\n") else "\n\n")
            for note in notes:
                say(note)
    return EXIT_OK


def _cmd_show(history, args) -> int:
    from desktop.application import reading

    article_id = history.resolve_article(args.article)
    if args.at:
        if args.version is not None:
            raise InputError("give a VERSION or --at, not both")
        seen = reading.as_published_at(history, article_id, args.at)
        _tell(f"version {seen.version}, published {seen.published_at}")
        sys.stdout.write(seen.text)
        for notice in seen.notices:
            say_text("\n" + notice.text + "\n")
        return EXIT_OK
    sys.stdout.write(reading.text(history, article_id, args.version))
    return EXIT_OK


def _cmd_verify(history, args) -> int:
    from desktop.application import checking

    article_id = history.resolve_article(args.article) if args.article else None
    report = checking.verify(history, article_id, against=args.against or (), remote=args.remote)
    if report.ok:
        print("ok")
        return EXIT_OK
    for problem in report.problems:
        say(f"FAILED {problem}")
    _tell(f"verification failed: {report.problems[0]}")
    return EXIT_VERIFY


def _cmd_receipts(history, args) -> int:
    from desktop.application import checking

    found = checking.receipts(history, history.resolve_article(args.article) if args.article else None,
                              remote=args.remote)
    if args.json:
        print_json([receipt.to_json() for receipt in found])
        return EXIT_OK
    for receipt in found:
        say(*receipt.to_fields())
    return EXIT_OK


def _cmd_corrections_page(history, args) -> int:
    from desktop.application import corrections_page

    written = corrections_page.write_corrections_page(
        history, args.output, since=corrections_page.since_date(args.since), title=args.title, force=args.force,
        style=_house_style(args))
    say(f"wrote {_count(written.notices, 'notice')} of {_count(written.articles, 'article')} to {written.folder}")
    return EXIT_OK


def _cmd_server_init(args) -> int:
    from desktop.application import newsroom

    newsroom.init_server(args.url, require_signoff=args.require_signoff)
    _tell(f"the newsroom record is ready at {newsroom.display(args.url)}"
          + (" (publishing needs a standards editor's sign-off)" if args.require_signoff else ""))
    return EXIT_OK


def _cmd_server_add_user(args) -> int:
    from desktop.application import newsroom

    _tell(newsroom.add_user(args.url, args.name, role=args.role, password_file=args.password_file))
    return EXIT_OK


def _cmd_clone(args) -> int:
    from desktop.application import newsroom
    from desktop.application.configuration import db_path

    history, result = newsroom.clone(args.url, db_path(args.db))
    with history:
        say(result.line())
        _tell(f"cloned into {history.path}")
    return EXIT_OK


def _cmd_remote(history, args) -> int:
    from desktop.application import newsroom

    if args.url is not None:
        say(newsroom.set_remote(history, args.url))
        return EXIT_OK
    url = newsroom.remote(history)
    if url is None:
        _tell("this history has no newsroom server (`emend remote URL` sets one)")
        return EXIT_OK
    say(url)
    return EXIT_OK


def _cmd_sync(history, args) -> int:
    from desktop.application import newsroom

    result = newsroom.sync(history, history.resolve_article(args.article) if args.article else None)
    say(result.line())
    for note in result.notes:
        _tell(note)
    for conflict in result.conflicts:
        yours = f", yours {', '.join(map(str, conflict.mine_numbers))}" if conflict.mine_numbers else ""
        _tell(f"article {conflict.article_id} ({conflict.title!r}) needs a merge: {conflict.reason} "
              f"(server version {conflict.theirs_number}{yours}); nothing was stored for it — open it in Emend, "
              f"or `emend merge {conflict.article_id} --mine|--theirs`")
    return EXIT_MERGE if result.conflicts else EXIT_OK


def _cmd_merge(history, args) -> int:
    from desktop.application import newsroom

    article_id = history.resolve_article(args.article)
    text = newsroom.merged_text(Path(args.text_file)) if args.text_file else None  # a bad file: before the server
    conflict = newsroom.versions_in_conflict(history, article_id)
    if conflict is None:
        _tell(f"article {article_id} has no conflict with the newsroom server; `emend sync` sends it")
        return EXIT_OK
    if text is None:
        text = conflict.mine_text if args.mine else conflict.theirs_text
    number = newsroom.merge(history, article_id, text, author=_author(args), message=args.message)
    if number is None:
        _tell(f"kept the server's version {conflict.theirs_number}; yours are set aside in the history")
    else:
        print(number)
    return EXIT_OK


def _cmd_approve(history, args) -> int:
    from desktop.application import newsroom

    decision = newsroom.approve(history, history.resolve_article(args.article), args.version, args.note)
    _tell(f"version {args.version} approved by {decision.decided_by}")
    return EXIT_OK


def _cmd_send_back(history, args) -> int:
    from desktop.application import newsroom

    decision = newsroom.send_back(history, history.resolve_article(args.article), args.version, args.note)
    _tell(f"version {args.version} sent back by {decision.decided_by}")
    return EXIT_OK


def _cmd_awaiting(history, args) -> int:
    from desktop.application import newsroom

    waiting = newsroom.awaiting_signoff(history)
    if args.json:
        print_json([{"article": w.article_id, "title": w.title, "version": w.number, "author": w.author,
                     "message": w.message, "sent_back": w.last.note if w.last else None} for w in waiting])
        return EXIT_OK
    for w in waiting:
        say(str(w.article_id), str(w.number), w.author, w.title, f"sent back: {w.last.note}" if w.last else "")
    return EXIT_OK


def _cmd_export(history, args) -> int:
    from desktop.application import outputs, reader_copies

    article_id = history.resolve_article(args.article)
    number = args.version
    if args.published:
        if number is not None:
            raise InputError("give a VERSION or --published, not both")
        number = reader_copies.readers_version(history, article_id)
    newsml = args.format == "newsml" or (args.format is None and (args.output or "").lower().endswith(".xml"))
    notice = {"with_notice": args.with_notice,
              "style": _house_style(args) if args.with_notice or newsml else None}
    if args.output:
        say(outputs.export_version(history, article_id, number, args.output, fmt=args.format,
                                   force=args.force, **notice))
        return EXIT_OK
    if (args.format or "txt") == "docx":
        raise InputError("a .docx export needs -o FILE or -o FOLDER")
    exported = outputs.export_bytes(history, article_id, number, args.format or "txt", **notice).decode("utf-8")
    if args.format in ("html", "newsml"):  # markup: controls and bidi characters as character references
        write_html(exported)
    else:
        sys.stdout.write(exported)
    return EXIT_OK


def _house_style(args):
    """The house style of --house-style, else EMEND_HOUSE_STYLE, else Preferences, else the built-in one."""
    from desktop.application.configuration import house_style

    return house_style(getattr(args, "house_style", None))


def _cmd_publish(history, args) -> int:
    from corrections.files import read_text_file
    from desktop.application import notices

    notice_text = read_text_file(args.notice_file, "the notice file") if args.notice_file else None
    if notice_text is not None and not notice_text.strip():
        raise InputError(f"the notice file {args.notice_file} is empty; leave out --notice-file to publish the "
                         "drafted notice")
    publication, notice = notices.publish(
        history, history.resolve_article(args.article), args.version, author=_author(args),
        notice_text=notice_text, style=_house_style(args),
    )
    print(f"published version {publication.version_number}")
    if notice:
        print()
        say_text(notice.text + "\n")
    return EXIT_OK


def _cmd_notice(history, args) -> int:
    from desktop.application import notices

    article_id, style = history.resolve_article(args.article), _house_style(args)
    try:
        found = notices.in_force(history, article_id, draft_only=args.draft, style=style)
    except InputError:
        if args.check:  # no notice, yet a style fix may be one readers must be told of
            for warning in notices.kind_warnings(history, article_id):
                _tell(f"warning: {warning.message}")
        raise
    if found.draft:
        _tell("this notice is a draft: it is not published yet (emend publish)")
    if args.check:
        for warning in notices.check_in_force(found, style):
            _tell(f"warning: {warning.message}")
    if args.with_article:  # the article as readers see it
        output = notices.with_article(history, article_id, found, args.format, style=style)
    else:
        output = notices.render_in_force(history, article_id, found, args.format, style=style)
    if args.format in ("text", "md"):  # read on a terminal: controls and bidi characters shown
        say_text(output)
    elif args.format in ("html", "newsml"):  # markup: the same characters as character references
        write_html(output)
    else:
        sys.stdout.write(output)  # JSON-LD escapes them itself
    return EXIT_OK


def _cmd_backup(history, args) -> int:
    from desktop.application import outputs

    report = outputs.backup(history, args.path, force=args.force)
    say(f"backed up {_count(report.checked_articles, 'article')}, {_count(report.checked_versions, 'version')} "
        f"to {args.path}")
    return EXIT_OK


def _author(args) -> str:
    """--author, else EMEND_AUTHOR, else the name saved in Preferences, else the login name."""
    from desktop.application.configuration import author_name

    return author_name(getattr(args, "author", None))[0]


def _utf8_output() -> None:
    """UTF-8 out, whatever the locale. A file name with bytes that are not UTF-8 prints as those bytes
    on standard output (so a script can use it) and escaped in messages."""
    for stream, errors in ((sys.stdout, "surrogateescape"), (sys.stderr, "backslashreplace")):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors=errors)


def say(*fields: object) -> None:
    """One line of human-readable output, tab-separated, control and bidi characters made visible."""
    print("\t".join(reveal(str(field), keep="") for field in fields))


def say_text(text: str) -> None:
    """A block of text (a notice) as it reads, with control and bidi characters made visible."""
    sys.stdout.write(reveal(text))


_JSON_HIDDEN = str.maketrans({code: f"\\u{code:04x}" for code in
                              [0x7F, *range(0x80, 0xA0), *map(ord, BIDI_CONTROLS)]})


_HTML_HIDDEN = str.maketrans({code: f"&#x{code:x};" for code in
                              [*(c for c in range(0x20) if chr(c) not in "\t\n\r"), 0x7F, *range(0x80, 0xA0),
                               *map(ord, BIDI_CONTROLS)]})


def write_html(html: str) -> None:
    """HTML on standard output: every control and bidi character as a character reference, which means
    the same to a browser and nothing to a terminal."""
    sys.stdout.write(html.translate(_HTML_HIDDEN))


def print_json(value) -> None:
    """JSON for scripts: Unicode kept, but DEL, C1 and bidi controls escaped so a terminal shows them."""
    print(json.dumps(value, ensure_ascii=False, indent=2).translate(_JSON_HIDDEN))


def _excerpt(block: str, limit: int = 72) -> str:
    """A left-out block on one line, quoted, cut at a word when long."""
    line = " / ".join(" ".join(part.split()) for part in block.split("\n") if part.strip())
    if len(line) > limit:
        line = line[:limit].rsplit(" ", 1)[0] + "…"
    return f"“{line}”"


def _tell(message: str) -> None:
    """One line on stderr for the user: a refusal, a warning or a note, its controls made visible."""
    print(f"emend: {reveal(message, keep='')}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
