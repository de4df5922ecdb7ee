"""Importing real articles: text and Markdown in any common encoding, saved news pages, Word
documents, and clear refusals for everything that is not an article."""

from __future__ import annotations

import codecs
import hashlib
import io
import os
import random
import zipfile

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corrections.article import normalize_text
from corrections.errors import InputError
from corrections.importers import (
    MAX_BYTES,
    ArticleRefused,
    LoadedArticle,
    load_article,
    load_bytes,
    load_text,
)
from corrections.importers import docx_file

HEADLINE = "Harbour bridge reopens after three-year restoration"
STORY = [
    "The Kestrel Harbour Bridge reopened to traffic on Monday morning after a three-year "
    "restoration that replaced its deck, repainted its steel arches and added a protected "
    "cycle lane on the eastern side.",
    "Mayor Dana Whitcombe cut the ribbon shortly after 7 a.m., telling a crowd of several "
    "hundred commuters that the project had come in \u201con time and very nearly on "
    "budget\u201d. The restoration cost 184 million pounds, against an estimate of 171 million.",
    "The bridge, which opened in 1932, carries about 48,000 vehicles a day and links the old "
    "town with the container port on the northern shore.",
    "\u201cWe lost our morning trade overnight,\u201d said Priya Natarajan, who runs a caf\u00e9 "
    "at the southern end of the bridge. \u201cToday is the first day in three years that I "
    "have had a queue out of the door.\u201d",
    "The council said tolls would not be reintroduced. Cyclists will be able to use the new "
    "lane from Wednesday, once the final safety checks are complete.",
]
RELATED = [
    "Ferry timetable returns to winter schedule",
    "Quay Street traders ask for business rate relief",
    "Council approves new cycle network plan",
]
READER_FOOTER = (
    "To suggest a correction or clarification, write to the standards desk. "
    "You can also highlight the text and press Ctrl + Enter."
)


def news_page(related_inside_story: bool = False, charset: str = "utf-8") -> str:
    """A news page as a browser saves it: masthead, navigation, share bar, the story, an
    'Other Topics of Interest' box, a reader footer, a sidebar and the site footer."""
    story = "\n".join(f"    <p>{p}</p>" for p in STORY)
    related_items = "".join(f'<li><a href="/s/{i}">{t}</a></li>' for i, t in enumerate(RELATED))
    inline_furniture = ""
    if related_inside_story:
        inline_furniture = (
            "    <p><strong>Related stories</strong></p>\n"
            + "".join(f'    <p><a href="/r/{i}">{t}</a></p>\n' for i, t in enumerate(RELATED))
            + f"    <p>{READER_FOOTER}</p>\n    <p>Share this article</p>\n"
        )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="{charset}">
<title>{HEADLINE} | The Kestrel Courier</title>
<meta property="og:title" content="{HEADLINE}">
<script>window.dataLayer = [{{"section": "news"}}];</script>
<style>.share-bar {{ display: flex; }}</style>
</head>
<body>
<header class="masthead">
  <a class="logo" href="/">The Kestrel Courier</a>
  <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
  <li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
</header>
<main>
<article>
  <h1>{HEADLINE}</h1>
  <p class="byline">By Sam Ortiz, transport correspondent</p>
  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
  <div class="story-body">
{story}
{inline_furniture}  </div>
  <section class="related"><h3>Other Topics of Interest</h3><ul>{related_items}</ul></section>
  <p class="reader-footer">{READER_FOOTER}</p>
  <div hidden>Hidden tracking text</div>
</article>
</main>
<aside><h3>Most read</h3><ol><li><a href="/m">Storm warning for the coast</a></li></ol></aside>
<footer><p>&copy; 2024 The Kestrel Courier. All rights reserved.</p></footer>
</body>
</html>
"""


def write(folder, name: str, data: bytes):
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def word_document(
    paragraphs: list[tuple[str, str]], core_title: str = "", table: list[list[str]] | None = None
) -> bytes:
    """A .docx made with python-docx from (style, text) pairs, as Word would save it."""
    document = docx.Document()
    document.core_properties.title = core_title
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def seeded_bytes(seed: int, size: int, low: int = 0, high: int = 255) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randint(low, high) for _ in range(size))


# Plain text and Markdown


def test_a_plain_text_article_keeps_its_story_whole_with_its_first_line_as_headline(tmp_path):
    raw = (f"{HEADLINE}   \r\n\r\n" + "\r\n\r\n\r\n".join(STORY) + "\r\n\r\nRelated stories\r\n"
           + "\r\n".join(RELATED) + f"\r\n\r\n{READER_FOOTER}\r\n").encode("utf-8")
    article = load_article(write(tmp_path / "in", "bridge.txt", raw))

    assert isinstance(article, LoadedArticle)
    assert article.title == HEADLINE
    assert article.text == "\n\n".join([HEADLINE, *STORY]) + "\n"
    assert "\r" not in article.text and "   \n" not in article.text
    assert article.removed_blocks == ["Related stories", *RELATED, READER_FOOTER]  # page furniture, left out
    assert (article.source_name, article.source_format, article.source_encoding) == (
        "bridge.txt", "text", "utf-8"
    )
    assert article.source_sha256 == hashlib.sha256(raw).hexdigest()
    assert article.notes == ["left out 5 blocks of page furniture (related stories, reader footer)"]
    assert load_article(write(tmp_path / "in", "bridge.txt", raw), keep_removed=True).text == normalize_text(
        raw.decode("utf-8"))


def test_markdown_is_kept_as_source_and_titled_by_its_heading(tmp_path):
    raw = f"# {HEADLINE}\n\n## The closure\n\n{STORY[0]}\n\n*Reporting by Sam Ortiz*\n"
    article = load_article(write(tmp_path / "in", "bridge.md", raw.encode()))

    assert article.source_format == "markdown"
    assert article.title == HEADLINE
    assert article.text == raw


@pytest.mark.parametrize(
    ("markdown", "title"),
    [
        (f"---\ntitle: \"{HEADLINE}\"\nauthor: Sam Ortiz\n---\n\nBody text.\n", HEADLINE),
        (f"Kicker line\n\n# {HEADLINE}\n\nBody.\n", HEADLINE),
        (f"{HEADLINE}\n\n## A subheading\n\nBody.\n", HEADLINE),
        (f"{HEADLINE}\n{'=' * len(HEADLINE)}\n\nBody.\n", HEADLINE),
    ],
    ids=["front-matter", "first-top-level-heading", "first-line-over-subheading", "setext"],
)
def test_a_markdown_headline_comes_from_front_matter_heading_or_first_line(
    tmp_path, markdown, title
):
    assert load_article(write(tmp_path / "in", "story.md", markdown.encode())).title == title


# Encodings


def test_utf8_with_a_byte_order_mark_loses_the_mark_and_says_so(tmp_path):
    raw = codecs.BOM_UTF8 + f"{HEADLINE}\n\n{STORY[3]}\n".encode()
    article = load_article(write(tmp_path / "in", "bom.txt", raw))

    assert article.source_encoding == "utf-8-sig"
    assert article.text == f"{HEADLINE}\n\n{STORY[3]}\n"
    assert any("byte-order mark" in note for note in article.notes)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_decoded(tmp_path, codec):
    text = f"{HEADLINE}\n\n{STORY[1]}\n\n{STORY[3]}\n"
    bom = {"utf-16": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    article = load_article(write(tmp_path / "in", "wide.txt", bom[codec] + text.encode(codec)))

    assert article.text == text
    assert article.source_encoding == "utf-16"
    assert article.title == HEADLINE


def test_utf16_without_a_byte_order_mark_is_found_by_detection(tmp_path):
    text = f"{HEADLINE}\n\n" + "\n\n".join(STORY) + "\n"
    article = load_article(write(tmp_path / "in", "wide.txt", text.encode("utf-16-le")))

    assert article.text == text
    assert article.source_encoding == "utf-16-le"
    assert any("UTF-16" in note for note in article.notes)


def test_a_windows_1252_file_keeps_its_curly_quotes_and_accents(tmp_path):
    text = (f"{HEADLINE}\n\n{STORY[1]}\n\n{STORY[3]}\n\n"
            "Caf\u00e9 owners \u2014 and their na\u00efve plans.\n")
    article = load_article(write(tmp_path / "in", "legacy.txt", text.encode("cp1252")))

    assert article.text == text
    assert "\u201con time" in article.text and "caf\u00e9" in article.text
    assert article.source_encoding == "cp1252"
    assert any("Windows-1252" in note and "not valid UTF-8" in note for note in article.notes)


def test_a_latin1_file_is_read_with_its_accents(tmp_path):
    text = ("Der B\u00fcrgermeister sagte, die Br\u00fccke werde ge\u00f6ffnet.\n\n"
            "Se\u00f1or Mu\u00f1oz agreed.\n")
    article = load_article(write(tmp_path / "in", "latin.txt", text.encode("latin-1")))

    assert article.text == text
    assert article.notes  # the guess is reported, so a reviewer can check it


def test_a_forced_encoding_is_used_as_given_and_a_wrong_one_is_refused(tmp_path):
    text = "Caf\u00e9 \u201cquotes\u201d\n"
    path = write(tmp_path / "in", "forced.txt", text.encode("cp1252"))

    article = load_article(path, encoding="windows-1252")

    assert article.text == text and article.source_encoding == "cp1252"
    assert not article.notes  # nothing was guessed
    with pytest.raises(InputError, match="control or unprintable characters"):
        load_article(path, encoding="latin-1")  # curly quotes would become C1 controls


def test_forcing_utf8_on_other_bytes_names_the_bad_byte_and_its_offset(tmp_path):
    path = write(tmp_path / "in", "legacy.txt", "Said \u201chello\u201d".encode("cp1252"))

    with pytest.raises(InputError, match=r"not valid UTF-8 \(byte 0x93 at offset 5\)"):
        load_article(path, encoding="utf-8")


def test_an_unknown_encoding_name_is_refused(tmp_path):
    path = write(tmp_path / "in", "a.txt", b"hello\n")
    with pytest.raises(InputError, match="unknown encoding 'klingon-8'"):
        load_article(path, encoding="klingon-8")


@pytest.mark.parametrize(
    ("low", "high"), [(0, 255), (1, 255), (0x80, 0xFF), (0x20, 0xFF)],
    ids=["any-bytes", "no-nul", "high-bytes", "printable-looking"],
)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_bytes_are_refused_not_decoded_as_mojibake(tmp_path, seed, low, high):
    path = write(tmp_path / "in", "noise.txt", seeded_bytes(seed, 2048, low, high))
    with pytest.raises(InputError, match="not text|NUL bytes|any known encoding"):
        load_article(path)


def test_control_characters_dressed_as_utf8_are_refused(tmp_path):
    path = write(tmp_path / "in", "controls.txt", bytes(range(1, 9)) * 50 + b"a few words")
    with pytest.raises(InputError, match="does not look like text"):
        load_article(path)


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.characters(categories=("L", "N", "P", "Zs"), include_characters="\n\r\t"),
        min_size=1,
        max_size=300,
    ).filter(str.strip)
)
def test_any_utf8_text_loads_back_as_its_normalised_self(text):
    article = load_bytes(text.encode("utf-8"), "any.txt")
    assert article.text == normalize_text(text)
    assert article.source_encoding == "utf-8"


@settings(max_examples=120, deadline=None)
@given(
    st.binary(max_size=600),
    st.sampled_from(["a.txt", "a.md", "a.html", "a.docx", "a", "a.csv"]),
)
def test_whatever_the_bytes_an_import_either_loads_or_refuses_cleanly(data, name):
    try:
        article = load_bytes(data, name)
    except ArticleRefused as refusal:
        assert "\n" not in str(refusal) and str(refusal)
    else:
        assert article.text.strip() and article.title


# Refusals


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + seeded_bytes(4, 300), "a PNG image"),
        ("scan.txt", b"%PDF-1.7\n" + seeded_bytes(5, 300), "a PDF document"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(300), "old-style Office file"),
        ("image.md", b"\xff\xd8\xff\xe0" + seeded_bytes(6, 300), "a JPEG image"),
        ("nul.txt", b"Headline\n\nBody\x00\x00\x00 text with NULs\x00 in it", "NUL bytes"),
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\t\n   \r\n", "only whitespace"),
        ("bom-only.txt", codecs.BOM_UTF8, "has no text"),
        ("bundle.txt", b"PK\x03\x04" + seeded_bytes(7, 100), "zip archive"),
    ],
    ids=["png", "pdf", "ole2-doc", "jpeg", "nul-bytes", "empty", "whitespace", "bom-only",
         "zip"],
)
def test_non_articles_are_refused_with_one_clear_line_and_nothing_written(
    tmp_path, name, data, message
):
    folder = tmp_path / "in"
    path = write(folder, name, data)
    before = sorted(p.name for p in folder.iterdir())

    with pytest.raises(InputError) as refused:
        load_article(path)

    assert message in str(refused.value)
    assert "\n" not in str(refused.value)
    assert sorted(p.name for p in folder.iterdir()) == before


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(InputError, match="no such file: '.*gone.txt'"):
        load_article(tmp_path / "gone.txt")


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(InputError, match="is a folder, not a file"):
        load_article(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    with pytest.raises(InputError, match="not a regular file"):
        load_article(pipe)


def test_an_unreadable_file_is_refused(tmp_path):
    path = write(tmp_path / "in", "secret.txt", b"Headline\n\nBody.\n")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running with privileges that read any file (root)")
        with pytest.raises(InputError, match="permission denied"):
            load_article(path)
    finally:
        path.chmod(0o644)


def test_a_file_over_the_size_limit_is_refused_stating_the_limit(tmp_path):
    path = write(tmp_path / "in", "big.txt", b"word " * 300)

    with pytest.raises(InputError, match=r"too large to import \(1,500 bytes; the limit is 1 KB\)"):
        load_article(path, max_bytes=1024)
    assert load_article(path, max_bytes=1500).text.startswith("word word")


def test_the_default_size_limit_is_20_mb_and_the_refusal_says_so():
    assert MAX_BYTES == 20 * 1024 * 1024
    with pytest.raises(InputError, match="the limit is 20 MB"):
        load_bytes(b" " * (MAX_BYTES + 1), "huge.txt")


def test_an_unknown_extension_is_read_as_text_and_says_so(tmp_path):
    article = load_article(write(tmp_path / "in", "story.log", f"{HEADLINE}\n\nBody.\n".encode()))

    assert article.source_format == "text" and article.title == HEADLINE
    assert "unknown extension '.log': read as plain text" in article.notes


def test_a_page_without_an_extension_is_recognised_as_html(tmp_path):
    article = load_article(write(tmp_path / "in", "saved-page", news_page().encode()))

    assert article.source_format == "html" and article.title == HEADLINE
    assert "no file extension: read as an HTML page" in article.notes


# Saved news pages


def test_a_saved_news_page_yields_the_headline_and_story_without_page_furniture(tmp_path):
    article = load_article(write(tmp_path / "in", "bridge.html", news_page().encode()))

    assert article.source_format == "html" and article.source_encoding == "utf-8"
    assert article.title == HEADLINE
    assert article.text == "\n\n".join([HEADLINE, *STORY]) + "\n"
    for furniture in ("Sport", "Tweet", "Other Topics of Interest", RELATED[0], "Ctrl + Enter",
                      "Most read", "All rights reserved", "Hidden tracking", "dataLayer"):
        assert furniture not in article.text


def test_the_page_text_left_out_is_listed_in_page_order(tmp_path):
    article = load_article(write(tmp_path / "in", "bridge.html", news_page().encode()))
    removed = article.removed_blocks

    for block in ("The Kestrel Courier", "News", "By Sam Ortiz, transport correspondent",
                  "Other Topics of Interest", *RELATED, READER_FOOTER, "Most read"):
        assert block in removed
    assert removed.index("News") < removed.index("Other Topics of Interest")
    assert removed.index(RELATED[0]) < removed.index(READER_FOOTER) < removed.index("Most read")
    assert not any(paragraph in removed for paragraph in STORY)
    assert "Hidden tracking text" not in removed and not any("dataLayer" in b for b in removed)
    assert any(f"left out {len(removed)} blocks" in note for note in article.notes)


def test_keeping_removed_blocks_puts_them_back_where_they_stood(tmp_path):
    path = write(tmp_path / "in", "bridge.html", news_page().encode())
    article = load_article(path, keep_removed=True)
    paragraphs = article.text.rstrip("\n").split("\n\n")

    assert paragraphs.index("News") < paragraphs.index(HEADLINE)
    assert paragraphs.index(HEADLINE) < paragraphs.index(STORY[0]) < paragraphs.index(STORY[-1])
    assert paragraphs.index(STORY[-1]) < paragraphs.index("Other Topics of Interest")
    assert paragraphs.index(RELATED[2]) < paragraphs.index(READER_FOOTER)
    assert all(block in paragraphs for block in article.removed_blocks)
    assert article.title == HEADLINE


def test_related_stories_and_footers_inside_the_story_body_are_still_dropped(tmp_path):
    page = news_page(related_inside_story=True)
    article = load_article(write(tmp_path / "in", "bridge.html", page.encode()))

    assert article.text == "\n\n".join([HEADLINE, *STORY]) + "\n"
    assert "Related stories" in article.removed_blocks
    assert "Share this article" in article.removed_blocks


def test_a_headline_printed_above_the_story_body_still_opens_the_text(tmp_path):
    story = "".join(f"<p>{p}</p>" for p in STORY)
    page = (f"<html><head><title>{HEADLINE} | The Kestrel Courier</title></head><body>"
            f"<div class='top'><h1>{HEADLINE}</h1><span>By Sam Ortiz</span></div>"
            f"<div class='content'>{story}</div></body></html>")
    article = load_article(write(tmp_path / "in", "page.html", page.encode()))

    assert article.title == HEADLINE
    assert article.text == "\n\n".join([HEADLINE, *STORY]) + "\n"


def test_a_title_that_is_not_on_the_page_names_the_article_but_is_not_added_to_it(tmp_path):
    story = "".join(f"<p>{p}</p>" for p in STORY)
    page = f"<html><head><title>{HEADLINE}</title></head><body><div>{story}</div></body></html>"
    article = load_article(write(tmp_path / "in", "page.html", page.encode()))

    assert article.title == HEADLINE
    assert article.text == "\n\n".join(STORY) + "\n"


def test_a_windows_1252_page_is_decoded_by_its_declared_charset(tmp_path):
    page = news_page(charset="windows-1252").encode("cp1252")
    article = load_article(write(tmp_path / "in", "legacy.htm", page))

    assert article.source_encoding == "cp1252"
    assert STORY[3] in article.text
    assert any("as the page declares" in note for note in article.notes)


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
        "<footer>All rights reserved</footer></body></html>",
        "<html><head><title>Nothing here</title></head><body></body></html>",
        f"<html><body><h1>{HEADLINE}</h1></body></html>",
    ],
    ids=["navigation-only", "empty-body", "headline-only"],
)
def test_a_page_with_no_article_text_is_refused(tmp_path, page):
    with pytest.raises(InputError, match="no article text found in 'page.html'"):
        load_article(write(tmp_path / "in", "page.html", page.encode()))


# Word documents


def test_a_word_document_yields_its_paragraphs_headings_and_table_rows(tmp_path):
    data = word_document(
        [("Title", HEADLINE), ("Normal", STORY[0]), ("Heading 2", "The closure"),
         ("Normal", STORY[1]), ("Normal", ""), ("Normal", STORY[3])],
        core_title="",
        table=[["Year", "Vehicles a day"], ["1932", "9,000"]],
    )
    article = load_article(write(tmp_path / "in", "bridge.docx", data))

    assert article.source_format == "docx" and article.source_encoding == ""
    assert article.title == HEADLINE
    assert article.text == "\n\n".join(
        [HEADLINE, STORY[0], "The closure", STORY[1], STORY[3],
         "Year | Vehicles a day", "1932 | 9,000"]
    ) + "\n"
    assert article.source_sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    ("paragraphs", "core_title", "title"),
    [
        ([("Normal", "Kicker"), ("Normal", STORY[0])], HEADLINE, HEADLINE),
        ([("Normal", "Kicker"), ("Heading 1", HEADLINE), ("Normal", STORY[0])], "", HEADLINE),
        ([("Normal", HEADLINE), ("Normal", STORY[0])], "", HEADLINE),
    ],
    ids=["core-properties", "first-heading", "first-line"],
)
def test_a_word_headline_comes_from_properties_then_headings_then_first_line(
    tmp_path, paragraphs, core_title, title
):
    data = word_document(paragraphs, core_title=core_title)
    assert load_article(write(tmp_path / "in", "story.docx", data)).title == title


def test_a_word_document_named_txt_is_still_read_as_word(tmp_path):
    data = word_document([("Title", HEADLINE), ("Normal", STORY[0])])
    article = load_article(write(tmp_path / "in", "story.txt", data))

    assert article.source_format == "docx" and article.title == HEADLINE
    assert any("Word document despite its name" in note for note in article.notes)


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (f"{HEADLINE}\n\n{STORY[0]}\n".encode(), "not a Word .docx document"),
        (seeded_bytes(11, 4096, 0x20, 0x7E), "not a Word .docx document"),
        (zip_of({"notes.txt": b"hello"}), "no word/document.xml"),
        (b"PK\x03\x04" + seeded_bytes(12, 500), "damaged zip archive"),
        (zip_of({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<not-word"}),
         "could not read the Word document"),
        (word_document([("Normal", ""), ("Normal", "   ")]), "has no text"),
    ],
    ids=["text-named-docx", "random-bytes", "zip-without-document", "damaged-zip",
         "broken-package", "empty-document"],
)
def test_a_docx_that_is_not_a_readable_word_document_is_refused(tmp_path, data, message):
    with pytest.raises(InputError, match=message):
        load_article(write(tmp_path / "in", "story.docx", data))


def test_a_docx_that_would_unpack_beyond_the_limit_is_refused(tmp_path, monkeypatch):
    data = word_document([("Normal", STORY[0] * 20)])
    monkeypatch.setattr(docx_file, "MAX_UNPACKED_BYTES", 10_000)
    with pytest.raises(InputError, match="unpacks to .* more than"):
        load_article(write(tmp_path / "in", "bomb.docx", data))


# Clipboard


def test_clipboard_text_becomes_an_article_as_pasted():
    pasted = f"{HEADLINE}\r\n\r\n{STORY[3]}  \r\n"
    article = load_text(pasted)

    assert article.source_format == "clipboard" and article.source_name == "clipboard"
    assert article.title == HEADLINE
    assert article.text == f"{HEADLINE}\n\n{STORY[3]}\n"
    assert article.source_sha256 == hashlib.sha256(pasted.encode()).hexdigest()


@pytest.mark.parametrize(("pasted", "message"), [("", "has no text"), (" \n\t", "only whitespace"),
                                                 ("\x01\x02\x03" * 20 + "a", "not look like text")])
def test_an_empty_or_garbage_clipboard_is_refused(pasted, message):
    with pytest.raises(InputError, match=message):
        load_text(pasted)


def test_the_quick_lookup_reads_no_more_than_an_import_would():
    from corrections.importers.limits import MAX_BYTES
    from desktop.application.articles import LOOKUP_MAX_BYTES

    assert LOOKUP_MAX_BYTES == MAX_BYTES
