"""What the command line prints for a person never carries live terminal controls or hidden
bidirectional text: titles, notes and notices with them are printed with the characters shown."""

from __future__ import annotations

import json

ESC_TITLE = "Budget \x1b]0;pwned\x07 \x1b[2J\u009b31m"
BIDI_NOTE = "The figure was \u202eDEDNUOR\u202c wrong."


def hidden(text: str) -> list[str]:
    """The characters a terminal would act on or a display would reorder by."""
    return [c for c in text if (ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F
            or 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069]


def test_titles_notes_and_notices_are_printed_with_their_controls_shown(cli, db_path, sample_path):
    assert cli("--db", db_path, "import", sample_path, "--title", ESC_TITLE)[0] == 0
    assert cli("--db", db_path, "correct", "1", "--quote", "48,000 vehicles", "--replace", "84,000 vehicles",
               "--note", BIDI_NOTE)[0] == 0
    assert cli("--db", db_path, "save", "1", "-m", "Fix \x1b[31mred\x1b[0m")[0] == 0

    for args in [("list",), ("log", "1"), ("corrections", "1"), ("notice", "1", "--draft"), ("publish", "1"),
                 ("notice", "1"), ("search", "bridge")]:
        code, out, err = cli("--db", db_path, *args)
        assert code == 0, (args, err)
        assert hidden(out) == [], (args, out)
        assert hidden(err) == [], (args, err)

    listing = cli("--db", db_path, "list")[1]
    assert "\\x1b]0;pwned\\x07" in listing and "\\x9b31m" in listing  # visible to the editor who reads it
    notice = cli("--db", db_path, "notice", "1")[1]
    assert "\\u202eDEDNUOR\\u202c" in notice


def test_json_keeps_the_values_but_escapes_what_a_terminal_would_act_on(cli, db_path, sample_path):
    assert cli("--db", db_path, "import", sample_path, "--title", ESC_TITLE)[0] == 0
    assert cli("--db", db_path, "correct", "1", "--quote", "48,000 vehicles", "--replace", "84,000 vehicles",
               "--note", BIDI_NOTE)[0] == 0
    for args, read in [(("list", "--json"), lambda data: data[0]["title"]),
                       (("corrections", "1", "--json"), lambda data: data[0]["public_note"])]:
        out = cli("--db", db_path, *args)[1]
        assert hidden(out) == []
        assert read(json.loads(out)) in (ESC_TITLE, BIDI_NOTE)  # a script still gets the exact value


def test_error_messages_show_what_was_typed_without_obeying_it(cli, db_path, sample_path):
    assert cli("--db", db_path, "import", sample_path)[0] == 0
    code, _, err = cli("--db", db_path, "log", "No such \x1b[2J title")
    assert code == 2 and hidden(err) == [] and "\\x1b[2J" in err


def test_notices_with_the_article_and_as_published_then_show_their_controls(cli, db_path, sample_path, tmp_path):
    assert cli("--db", db_path, "import", sample_path)[0] == 0
    assert cli("--db", db_path, "correct", "1", "--quote", "48,000 vehicles", "--replace", "84,000 vehicles",
               "--note", BIDI_NOTE + " \x1b[31m\u009b")[0] == 0
    assert cli("--db", db_path, "save", "1", "-m", "Traffic")[0] == 0
    assert cli("--db", db_path, "publish", "1")[0] == 0
    for args in [("notice", "1", "--with-article"), ("notice", "1", "--with-article", "--format", "md"),
                 ("show", "1", "--at", "2099-01-01T00:00")]:
        code, out, err = cli("--db", db_path, *args)
        assert code == 0, err
        assert hidden(out) == [] and "\\u202e" in out, args
    jsonld = cli("--db", db_path, "notice", "1", "--format", "jsonld")[1]
    assert hidden(jsonld) == [] and json.loads(jsonld)["correction"][0]["text"].count("\u202e") == 1


def test_an_exported_page_isolates_a_title_s_bidi_override(cli, db_path, sample_path):
    assert cli("--db", db_path, "import", sample_path, "--title", "Invoice \u202egnp.exe")[0] == 0
    page = cli("--db", db_path, "export", "1", "--format", "html")[1]
    assert "<h1><bdi>Invoice &#x202e;gnp.exe</bdi></h1>" in page  # the override isolated, and inert on a terminal


def test_markup_on_standard_output_carries_controls_only_as_character_references(cli, db_path, sample_path):
    assert cli("--db", db_path, "import", sample_path, "--title", ESC_TITLE)[0] == 0
    assert cli("--db", db_path, "correct", "1", "--quote", "48,000 vehicles", "--replace", "84,000 vehicles",
               "--note", BIDI_NOTE)[0] == 0
    assert cli("--db", db_path, "save", "1", "-m", "Traffic")[0] == 0
    for args in [("export", "1", "--format", "html"), ("notice", "1", "--draft", "--format", "html"),
                 ("notice", "1", "--draft", "--format", "newsml"), ("audit", "1"), ("diff", "1", "--format", "html")]:
        code, out, err = cli("--db", db_path, *args)
        assert code == 0, (args, err)
        assert hidden(out) == [], args
    assert "&#x202e;" in cli("--db", db_path, "notice", "1", "--draft", "--format", "html")[1]
