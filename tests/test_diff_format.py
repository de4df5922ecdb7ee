"""Writing a word diff out: marked-up text for a terminal, JSON for programs, HTML for people."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from corrections.diff import DELETE, EQUAL, INSERT, word_diff
from corrections.diff_format import to_html, to_html_document, to_json, to_text

CORRECTION = word_diff(
    "The bridge opened in 1923 & cost £4m.\nIt carries 48,000 vehicles.",
    "The bridge opened in 1932 & cost £4m.\nIt carries <b>48,000</b> vehicles a day.",
)

diffs = st.lists(
    st.tuples(st.sampled_from([DELETE, EQUAL, INSERT]), st.text(min_size=1, max_size=20)),
    max_size=12,
)


class DiffReader(HTMLParser):
    """Reads back the text of an HTML diff, noting which parts sit inside <del> and <ins>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[tuple[str, str]] = []
        self.open: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ("meta", "br", "link"):  # void elements have no end tag
            self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open.pop() == tag, "tags are balanced"

    def handle_data(self, data):
        inside = self.open[-1] if self.open and self.open[-1] in ("del", "ins") else "text"
        self.parts.append((inside, data))


def read_html(html: str) -> DiffReader:
    reader = DiffReader()
    reader.feed(html)
    reader.close()
    return reader


def test_text_marks_deletions_and_insertions_like_git_word_diff():
    assert to_text(CORRECTION) == (
        "The bridge opened in [-1923-]{+1932+} & cost £4m.\n"
        "It carries {+<b>+}48,000{+</b>+} vehicles{+ a day+}."
    )


def test_json_lists_each_part_with_its_operation():
    parts = json.loads(json.dumps(to_json(CORRECTION)))
    assert parts[:4] == [
        {"op": "equal", "text": "The bridge opened in "},
        {"op": "delete", "text": "1923"},
        {"op": "insert", "text": "1932"},
        {"op": "equal", "text": " & cost £4m.\nIt carries "},
    ]


def test_html_escapes_the_text_and_wraps_changes_in_del_and_ins():
    html = to_html(CORRECTION)
    assert "<del>1923</del><ins>1932</ins>" in html
    assert "&amp; cost £4m." in html
    assert "<ins>&lt;b&gt;</ins>48,000<ins>&lt;/b&gt;</ins>" in html
    assert "<b>" not in html


def test_html_keeps_line_breaks_in_a_pre_wrap_container():
    html = to_html(CORRECTION)
    assert html.startswith('<div class="emend-diff">')
    assert "£4m.\nIt carries" in html
    assert "white-space: pre-wrap" in to_html_document(CORRECTION, "Bridge")


def test_html_document_is_a_whole_page_with_an_escaped_title_and_inline_style():
    page = to_html_document(CORRECTION, 'Bridge "facts" <corrected>')
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Bridge &quot;facts&quot; &lt;corrected&gt;</title>" in page
    assert "text-decoration: line-through" in page and "text-decoration: underline" in page
    assert "<style>" in page and "<link" not in page
    reader = read_html(page)
    assert reader.open == []
    assert ("del", "1923") in reader.parts and ("ins", "1932") in reader.parts


@given(diffs)
@settings(max_examples=150, deadline=None)
def test_html_reads_back_as_the_same_parts(diff):
    reader = read_html(to_html(diff))
    names = {DELETE: "del", INSERT: "ins", EQUAL: "text"}
    read_back: list[tuple[str, str]] = []
    for inside, data in reader.parts:  # the parser may hand over one text in pieces
        if read_back and read_back[-1][0] == inside == "text":
            read_back[-1] = (inside, read_back[-1][1] + data)
        else:
            read_back.append((inside, data))
    expected: list[tuple[str, str]] = []
    for op, text in diff:
        if expected and expected[-1][0] == names[op] == "text":
            expected[-1] = ("text", expected[-1][1] + text)
        else:
            expected.append((names[op], text))
    assert read_back == expected


@given(diffs)
@settings(max_examples=150, deadline=None)
def test_json_round_trips_through_a_json_string(diff):
    ops = {"delete": DELETE, "equal": EQUAL, "insert": INSERT}
    parts = json.loads(json.dumps(to_json(diff)))
    assert [(ops[part["op"]], part["text"]) for part in parts] == diff
