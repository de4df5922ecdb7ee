"""Exporting an article as .txt, .md, .html or .docx, and importing the export back unchanged."""

from __future__ import annotations

import io

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from corrections.article import normalize_text
from corrections.errors import InputError
from corrections.exporters import FORMATS, export_text, write_export
from corrections.importers import load_article

HEADLINE = "Caf\u00e9 owner\u2019s \u201cbest year\u201d ends as bridge reopens"
BODY = [
    "The Kestrel Harbour Bridge reopened on Monday after a three-year restoration.",
    "\u201cWe lost our morning trade overnight,\u201d said Priya Natarajan, 52, who runs a "
    "caf\u00e9 at the southern end of the bridge.",
    "Tolls & charges: none.\nCycle lane: open from Wednesday.",
    "The restoration cost \u00a3184m, against an estimate of \u00a3171m \u2014 7% over.",
]
ARTICLE = "\n\n".join([HEADLINE, *BODY]) + "\n"


@pytest.mark.parametrize("fmt", ["txt", "html", "docx"])
def test_an_export_imports_back_with_the_same_headline_and_text(tmp_path, fmt):
    path = write_export(tmp_path / f"story.{fmt}", ARTICLE, HEADLINE)

    article = load_article(path)

    assert article.title == HEADLINE
    assert article.text == ARTICLE
    assert article.removed_blocks == []


def test_a_markdown_export_imports_back_as_its_source_with_the_headline_as_heading(tmp_path):
    path = write_export(tmp_path / "story.md", ARTICLE, HEADLINE)

    article = load_article(path)

    assert article.title == HEADLINE
    assert article.text == f"# {ARTICLE}"
    assert article.source_format == "markdown"


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_headline_is_added_once_when_the_text_does_not_start_with_it(tmp_path, fmt):
    body_only = "\n\n".join(BODY)
    path = write_export(tmp_path / f"story.{fmt}", body_only, HEADLINE)

    article = load_article(path)

    assert article.title == HEADLINE
    assert article.text.count(HEADLINE) == 1
    assert article.text.rstrip("\n").endswith(BODY[-1])


def test_the_html_export_is_an_escaped_utf8_page_with_a_heading_and_paragraphs():
    text = "Police say <script>alert(1)</script> was typed\n\nA & B < C\nsecond line\n"
    page = export_text(text, "Rock & <roll>", "html")

    source = page.decode("utf-8")
    assert source.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in source
    assert "<script>" not in source and "&lt;script&gt;" in source
    tree = lxml_html.document_fromstring(page)
    assert tree.findtext(".//title") == "Rock & <roll>"
    assert [h.text_content() for h in tree.iter("h1")] == ["Rock & <roll>"]
    paragraphs = [p.text_content() for p in tree.iter("p")]
    assert paragraphs == [
        "Police say <script>alert(1)</script> was typed",
        "A & B < C\nsecond line",
    ]
    assert "<br>" in source  # the line break inside a paragraph survives


def test_the_docx_export_has_the_headline_as_title_and_one_paragraph_each():
    data = export_text(ARTICLE, HEADLINE, "docx")

    document = docx.Document(io.BytesIO(data))
    assert document.core_properties.title == HEADLINE
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    assert paragraphs[0] == ("Title", HEADLINE)
    assert [text for _, text in paragraphs[1:]] == BODY


def test_control_characters_that_xml_cannot_hold_are_left_out_of_html_and_docx():
    text = "Bell\x07 and form\x0cfeed\n"
    assert b"\x07" not in export_text(text, "Head", "html")
    document = docx.Document(io.BytesIO(export_text(text, "Head", "docx")))
    assert document.paragraphs[1].text == "Bell and formfeed"


def test_a_plain_text_export_is_the_normalised_text_in_utf8():
    data = export_text(f"{HEADLINE}  \r\n\r\n\r\n{BODY[0]}\r\n", HEADLINE, "text")
    assert data == f"{HEADLINE}\n\n{BODY[0]}\n".encode("utf-8")


def test_the_format_comes_from_the_extension_unless_one_is_chosen(tmp_path):
    chosen = write_export(tmp_path / "story.txt", ARTICLE, HEADLINE, fmt="html")
    assert chosen.read_bytes().startswith(b"<!DOCTYPE html>")

    guessed = write_export(tmp_path / "story.HTM", ARTICLE, HEADLINE)
    assert guessed.read_bytes().startswith(b"<!DOCTYPE html>")


def test_an_export_writes_exactly_the_file_named_and_replaces_an_old_one_only_when_told(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "story.txt").write_text("an older export\n")

    with pytest.raises(InputError, match="already exists"):
        write_export(folder / "story.txt", ARTICLE, HEADLINE)
    assert (folder / "story.txt").read_text() == "an older export\n"
    written = write_export(folder / "story.txt", ARTICLE, HEADLINE, force=True)

    assert written == folder / "story.txt"
    assert sorted(p.name for p in folder.iterdir()) == ["story.txt"]
    assert written.read_text(encoding="utf-8") == ARTICLE


@pytest.mark.parametrize(
    ("target", "fmt", "message"),
    [
        ("", None, "is a folder"),
        ("missing/story.txt", None, "does not exist"),
        ("story.pdf", None, "cannot tell the export format"),
        ("story", None, "cannot tell the export format"),
        ("story.txt", "pdf", "unknown export format 'pdf'"),
    ],
    ids=["folder", "missing-folder", "unknown-extension", "no-extension", "unknown-format"],
)
def test_an_export_that_cannot_be_made_is_refused_and_writes_nothing(
    tmp_path, target, fmt, message
):
    folder = tmp_path / "out"
    folder.mkdir()

    with pytest.raises(InputError, match=message) as refused:
        write_export(folder / target if target else folder, ARTICLE, HEADLINE, fmt)

    assert "\n" not in str(refused.value)
    assert list(folder.iterdir()) == []


def test_an_empty_article_is_not_exported():
    with pytest.raises(InputError, match="nothing to export"):
        export_text("\n\n", "", "txt")


@settings(max_examples=25, deadline=None)
@given(
    paragraphs=st.lists(
        st.text(
            alphabet=st.characters(categories=("L", "N", "P", "S", "Zs")), min_size=1, max_size=60
        ).map(lambda s: " ".join(s.split())).filter(lambda s: any(c.isalnum() for c in s)),
        min_size=1,
        max_size=5,
        unique=True,
    ),
    fmt=st.sampled_from(["txt", "docx"]),
)
def test_any_text_survives_a_round_trip_through_txt_and_docx(tmp_path_factory, paragraphs, fmt):
    folder = tmp_path_factory.mktemp("round-trip")
    text = normalize_text("\n\n".join(paragraphs))
    title = paragraphs[0]

    article = load_article(write_export(folder / f"a.{fmt}", text, title))

    assert article.text == text
