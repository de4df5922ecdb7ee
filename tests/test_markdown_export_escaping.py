"""An article exported as Markdown renders as the words typed: markup in a headline or paragraph is shown,
never run, and the export still imports back with the same headline and text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from corrections.article import normalize_text
from corrections.exporters import export_text, write_export
from corrections.importers import load_article
from corrections.markdown_text import markdown_escape, markdown_unescape

SCRIPT = "<script>alert(1)</script>"


def test_a_script_typed_as_the_headline_is_escaped_in_the_markdown_export(cli, tmp_path, db_path):
    story = tmp_path / "story.txt"
    story.write_text("The bridge reopened.\n\nSee [the council](javascript:alert(2)) & <img src=x onerror=alert(3)>\n",
                     encoding="utf-8")
    assert cli("--db", db_path, "import", story, "--title", SCRIPT)[0] == 0

    code, out, err = cli("--db", db_path, "export", "1", "--format", "md")

    assert code == 0, err
    assert out.startswith("# \\<script\\>alert(1)\\</script\\>\n\n")
    assert "See \\[the council\\](javascript:alert(2)) \\& \\<img src=x onerror=alert(3)\\>\n" in out
    assert not re.search(r"(?<!\\)[<\[&]", out), "every <, [ and & is backslash-escaped"


def test_lines_that_would_become_headings_lists_or_quotes_stay_plain_lines():
    text = "# not a heading\n- not a list\n> not a quote\n1. not numbered\n\nplain *stars* and _unders_\n"

    exported = export_text(text, "Headline #", "md").decode("utf-8")

    assert exported == ("# Headline \\#\n\n\\# not a heading\n\\- not a list\n\\> not a quote\n1\\. not numbered\n\n"
                        "plain \\*stars\\* and \\_unders\\_\n")


def test_an_escaped_export_imports_back_with_the_headline_and_text_it_had(tmp_path):
    title = "Tolls & <charges> *return* #1"
    text = f"{title}\n\nC:\\new\\ and \\*kept\\* & 1. item\n- dash\n\n# hashtag\n"

    article = load_article(write_export(tmp_path / "story.md", text, title))

    assert article.title == title
    assert article.text == f"# {text}"


@settings(max_examples=200)
@given(st.text())
def test_unescaping_gives_back_exactly_what_was_escaped(text):
    assert markdown_unescape(markdown_escape(text)) == text


@settings(max_examples=25, deadline=None)
@given(
    paragraphs=st.lists(
        st.text(alphabet=st.characters(categories=("L", "N", "P", "S", "Zs")), min_size=1, max_size=60)
        .map(lambda s: " ".join(s.split())).filter(lambda s: any(c.isalnum() for c in s)),
        min_size=1, max_size=5, unique=True,
    ),
)
def test_any_text_survives_a_round_trip_through_markdown(tmp_path_factory, paragraphs):
    folder = tmp_path_factory.mktemp("round-trip")
    text = normalize_text("\n\n".join(paragraphs))

    article = load_article(write_export(folder / "a.md", text, paragraphs[0]))

    assert article.title == paragraphs[0][:200]
    assert article.text == normalize_text(f"# {text}")
