"""A hostile user's trial of the command line added for interchange (issues 16 and 17): the corrections page, the
NewsML-G2 export, intake on `correct`, imports of page furniture. Each story is something the trial broke."""

from __future__ import annotations

import json
import os
import random
from datetime import datetime

import feedparser
import pytest

from corrections.clock import format_utc, parse_utc
from corrections.importers import furniture
from tests.forger import unguarded
from tests.newsml_schema import schema_errors

ARTICLE = """Council approves harbour budget

The council voted 7-2 on Monday to approve the harbour budget after a long debate about the bridge.

Officials said repairs in Eastern districts would start in the spring, with 48,000 vehicles a day diverted.
"""


@pytest.fixture
def emend(cli, db_path, tmp_path):
    """`emend --db HISTORY ARGS…`, with the article above imported as version 1."""
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert cli("--db", db_path, "import", article)[0] == 0
    return lambda *args: cli("--db", db_path, *args)


@pytest.fixture
def published(emend):
    """The article with one published correction."""
    assert emend("correct", "1", "--quote", "48,000 vehicles", "--replace", "84,000 vehicles",
                 "--note", "An earlier version misstated the traffic.")[0] == 0
    assert emend("save", "1", "-m", "Traffic figure")[0] == 0
    assert emend("publish", "1")[0] == 0
    return emend


def one_line_refusal(result) -> str:
    code, _, err = result
    assert code == 2 and len(err.splitlines()) == 1, (code, err)
    return err


# The corrections page


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_a_corrections_page_is_never_made_where_sqlite_keeps_the_historys_own_files(published, db_path, suffix):
    """A folder named like the history's -wal or -shm stopped SQLite opening the history at all."""
    beside = db_path.with_name(db_path.name + suffix)

    err = one_line_refusal(published("corrections-page", "-o", beside))

    assert "write the output to another folder" in err
    assert not beside.exists()
    assert published("verify") == (0, "ok\n", "")


def test_a_feed_title_with_an_unclosed_isolate_still_closes_its_own(published, tmp_path):
    """An override and an isolate left open in a title must not reorder what a feed reader shows after it."""
    site = tmp_path / "site"
    assert published("corrections-page", "-o", site, "--title", "\u2069\u202eCorrections \u2066desk")[0] == 0

    title = feedparser.parse(str(site / "feed.atom")).feed.title

    opened = sum(title.count(mark) for mark in "\u2066\u2067\u2068")
    assert title.startswith("\u2068\u202e") and title.count("\u2069") == opened == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_pipe_where_a_page_goes_is_refused_without_pointing_to_a_standard_output_the_command_lacks(published,
                                                                                                    tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    os.mkfifo(site / "feed.atom")

    err = one_line_refusal(published("corrections-page", "-o", site, "--force"))

    assert "feed.atom' is not a regular file" in err and "standard output" not in err
    assert sorted(path.name for path in site.iterdir()) == ["feed.atom"]


def test_a_title_of_only_control_characters_is_refused_rather_than_written_as_an_empty_heading(published, tmp_path):
    err = one_line_refusal(published("corrections-page", "-o", tmp_path / "site", "--title", "\x07\x1b\x01"))

    assert "only control characters" in err
    assert not (tmp_path / "site").exists()


def test_a_history_that_does_not_verify_is_named_as_the_reason_for_no_corrections_page(published, db_path, tmp_path):
    with unguarded(db_path) as db:
        db.execute("update notices set text = replace(text, 'traffic', 'weather')")

    code, _, err = published("corrections-page", "-o", tmp_path / "site")

    assert code == 1 and err.startswith("emend: no corrections page: ")
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("command", [("export", "1", "--format", "newsml"), ("export", "1", "--format", "docx"),
                                     ("export", "1", "--format", "txt"), ("corrections-page",)],
                         ids=lambda command: " ".join(command))
def test_an_output_name_too_long_for_the_file_system_is_one_line_not_an_internal_error(published, tmp_path, command):
    err = one_line_refusal(published(*command, "-o", tmp_path / ("n" * 300)))

    assert "File name too long" in err
    assert not [path for path in tmp_path.iterdir() if path.name.startswith("nnn")]


def test_a_history_name_too_long_for_the_file_system_is_one_line_not_an_internal_error(cli, tmp_path):
    history = tmp_path / ("h" * 300)
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")

    assert "no history database" in one_line_refusal(cli("--db", history, "list"))
    assert "cannot open" in one_line_refusal(cli("--db", history, "import", article))


# NewsML-G2 from a house style


@pytest.mark.parametrize("address", ["https://kestrel.example/a#b#c", "https://kestrel.example/<home>",
                                     "https://kestrel.example/%zz", "http://[::1", "https://kestrel.example/[x]",
                                     "https://kestrel.example:/", "https://kestrel.example:80x/",
                                     "https://kestrel.example/?y=[2]"])
def test_a_provider_address_a_newsml_ingest_would_reject_is_refused_with_the_house_style(published, tmp_path,
                                                                                          address):
    style = tmp_path / "style.toml"
    style.write_text(f'[newsml]\nprovider_uri = "{address}"\n', encoding="utf-8")

    err = one_line_refusal(published("export", "1", "--format", "newsml", "--house-style", style))

    assert "provider_uri must be a web address" in err


@pytest.mark.parametrize("table, key, command", [
    ("page", "title", ("corrections-page", "-o", "site")),
    ("newsml", "provider", ("export", "1", "--format", "newsml")),
])
def test_a_house_style_name_of_control_characters_is_refused_rather_than_written_empty(published, tmp_path, table,
                                                                                       key, command):
    """A page title or provider of only control characters made an empty <title>, <h1> or provider name."""
    style = tmp_path / "style.toml"
    style.write_text(f'[{table}]\n{key} = "\\u0007\\u001b"\n', encoding="utf-8")

    err = one_line_refusal(published(*command, "--house-style", style))

    assert f"[{table}] {key} holds a control character" in err


@pytest.mark.parametrize("address", ["https://kestrel.example/", "https://exämple.org/ünï", "https://[::1]:8080/",
                                     "https://kestrel.example/a%20b?x=1&y=2#top", "http://kestrel.example"])
def test_a_provider_address_the_house_style_takes_gives_an_item_iptcs_schema_accepts(published, tmp_path, address):
    style = tmp_path / "style.toml"
    style.write_text(f'[newsml]\nprovider_uri = "{address}"\n', encoding="utf-8")

    code, out, err = published("export", "1", "--format", "newsml", "--house-style", style)

    assert code == 0, err
    assert schema_errors(out) == []


# Intake on `correct`


def test_a_report_time_before_the_year_1000_is_stored_as_iso_8601(emend):
    """strftime's %Y wrote year 999 as '999', which the history could not read back, and refused the correction
    quoting a time the editor never typed."""
    code, out, err = emend("correct", "1", "--quote", "7-2", "--replace", "7-3", "--raised-at", "0999-06-01")

    assert code == 0, err
    [correction] = json.loads(emend("corrections", "1", "--json")[1])
    assert correction["raised_at"] == "0999-06-01T00:00:00.000000Z"
    assert format_utc(parse_utc("0001-01-01")) == "0001-01-01T00:00:00.000000Z"
    assert format_utc(datetime(2026, 12, 5, 10, 0, 0, 5)) == "2026-12-05T10:00:00.000005Z"


@pytest.mark.parametrize("option, value, says", [
    ("--channel", "phone \x9b31m", "control character"),
    ("--contact-ref", "ref \u202e21", "direction control"),
    ("--contact-ref", "\u2067ref 21", "direction control"),
])
def test_an_intake_line_with_a_terminal_or_direction_control_is_refused(emend, option, value, says):
    err = one_line_refusal(emend("correct", "1", "--quote", "7-2", "--replace", "7-3", option, value))

    assert says in err
    assert emend("corrections", "1")[1] == ""


def test_an_intake_line_may_hold_a_direction_mark_as_right_to_left_names_need(emend):
    code, _, err = emend("correct", "1", "--quote", "7-2", "--replace", "7-3", "--contact-ref", "أحمد\u200e 21")

    assert code == 0, err


@pytest.mark.parametrize("command", [("list", "--severity", ""), ("list", "--raised-by", "  "),
                                     ("correct", "1", "--quote", "7-2", "--replace", "7-3", "--raised-at", ""),
                                     ("correct", "1", "--quote", "7-2", "--replace", "7-3", "--severity", "")])
def test_an_empty_intake_choice_is_refused_rather_than_quietly_ignored(emend, command):
    """`list --severity ""` listed every article, as if no filter had been asked for."""
    err = one_line_refusal(emend(*command))

    assert "is empty" in err
    assert emend("corrections", "1")[1] == ""


# Imports


@pytest.mark.parametrize("content", [b"", b"\x00\x01binary\x00" * 100, "\ufeff".encode("utf-8")])
def test_an_import_that_fails_leaves_no_new_history_behind(cli, tmp_path, content):
    """A mistyped or unreadable file left an empty history, which later commands took for a real record."""
    source, history = tmp_path / "article.txt", tmp_path / "new" / "deeper" / "history.sqlite"
    source.write_bytes(content)

    one_line_refusal(cli("--db", history, "import", source))

    assert not (tmp_path / "new").exists()
    assert "no history database" in cli("--db", history, "list")[2]


def test_an_import_that_fails_leaves_an_existing_history_as_it_was(emend, tmp_path):
    articles = emend("list", "--json")[1]
    (tmp_path / "empty.txt").write_bytes(b"")

    one_line_refusal(emend("import", tmp_path / "empty.txt"))

    assert emend("verify") == (0, "ok\n", "") and emend("list", "--json")[1] == articles


def test_an_import_names_the_first_furniture_blocks_and_counts_the_rest(cli, db_path, tmp_path):
    """A page of 500 related headlines printed 500 lines on the terminal."""
    source = tmp_path / "page.txt"
    source.write_text("The council voted 7-2 on Monday to approve the harbour budget after a long debate.\n\n"
                      + "Other Topics of Interest\n\n" * 500, encoding="utf-8")

    code, out, err = cli("--db", db_path, "import", source)

    assert code == 0 and out == "1\n"
    lines = err.splitlines()
    assert lines[0] == "emend: left out 500 blocks of page furniture (related stories)"
    assert len(lines) == 1 + 20 + 2 and lines[-2] == "emend:   … and 480 more"


@pytest.mark.parametrize("pair", [
    "Related\n\nThe two countries have been allies since the founding, and have drawn closer after the war.\n\n",
    "N Korea, Russia Sign Mutual Defence Deal as Kim Pledges Support\n\n"
    "The two countries have been allies since the founding, and have drawn closer after the war.\n\n",
])
def test_finding_furniture_reads_each_line_a_bounded_number_of_times(monkeypatch, pair):
    """Each related heading or headline read the whole rest of the text again: a 5 MB page took hours."""
    reads = 0
    headline_like = furniture.headline_like

    def counted(text: str) -> bool:
        nonlocal reads
        reads += 1
        return headline_like(text)

    monkeypatch.setattr(furniture, "headline_like", counted)
    text = "A real paragraph of prose that goes on for a while, with commas, and words.\n\n" \
           "Other Topics of Interest\n\n" + pair * 400

    found = furniture.find_furniture(text)

    assert found and reads < 20 * text.count("\n")


def test_cutting_blocks_in_one_pass_gives_what_cutting_them_one_by_one_gives():
    """The one-pass cut that keeps a page of thousands of blocks quick, against the rule it replaces."""
    def one_by_one(text: str, spans: list[tuple[int, int]]) -> str:  # the rule, cut by cut, as it was written
        for start, end in sorted(set(spans), reverse=True):
            if not 0 <= start < end <= len(text):
                continue
            text = text[:start] + text[end:]
            if (start == 0 or text[start - 1] == "\n") and start < len(text) and text[start] == "\n":
                text = text[:start] + text[start + 1:]
        while "\n\n\n" in text:
            text = text.replace("\n\n\n", "\n\n")
        text = text.strip("\n")
        return text + "\n" if text else ""

    shuffle = random.Random(17)
    for _ in range(3000):
        text = "".join(shuffle.choice("ab \n\n\n") for _ in range(shuffle.randint(0, 18)))
        cuts = sorted(shuffle.sample(range(len(text) + 1), k=min(len(text) + 1, shuffle.randint(0, 8))))
        spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, shuffle.choice([1, 2]))]
        spans += [(3, 5), (4, 9)] if shuffle.random() < 0.2 else []  # overlapping ones too
        assert furniture.cut_blocks(text, spans) == one_by_one(text, spans), (text, spans)
    page = "The story.\n\n" + "Other Topics of Interest\n\n" * 3000 + "The end.\n"
    blocks = [(block.start, block.end) for block in furniture.find_furniture(page)]
    assert len(blocks) > 2000 and furniture.cut_blocks(page, blocks) == one_by_one(page, blocks)
