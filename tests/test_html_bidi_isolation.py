"""A right-to-left override typed into a note, passage, title or message reorders only that string in
the HTML outputs: each user string sits in its own <bdi>, so the override cannot reach the text after it."""

from __future__ import annotations

import re
from datetime import date

from corrections.audit_report import render_audit_html
from corrections.correction import Kind
from corrections.diff_format import to_html_document
from corrections.notices import NoticeItem, check_notice, corrected_article, draft_notice, to_html
from db import audit

RLO = "\u202e"
NOTE = f"An earlier version misspelled the mayor{RLO} as Whitcombe"
ISOLATED = re.compile(r"<bdi>[^<]*</bdi>")
DIFF = re.compile(r'<div class="emend-diff">.*?</div>', re.DOTALL)


def loose_overrides(html: str) -> int:
    """How many bidi overrides stand outside a <bdi> of their own."""
    return ISOLATED.sub("", html).count(RLO)


def test_a_notice_sentence_with_an_override_is_isolated_from_the_next_sentence():
    notice = draft_notice([NoticeItem(Kind.CORRECTION, "Dana", "Diana", public_note=NOTE),
                           NoticeItem(Kind.CORRECTION, "184 million", "148 million")], corrected_on=date(2026, 11, 24))

    html = to_html(notice)

    assert RLO in html and loose_overrides(html) == 0
    assert f"<bdi>{NOTE}.</bdi> <bdi>An earlier version" in html


def test_the_corrected_article_isolates_each_line_of_its_text_and_of_its_notice():
    notice = draft_notice([NoticeItem(Kind.CLARIFICATION, "a", "b", public_note=NOTE)], corrected_on=date(2026, 11, 24))

    html = corrected_article(f"Bridge {RLO}reopens\n\nFirst line{RLO}\nsecond line\n", notice, "html")

    assert html.count(RLO) == 3 and loose_overrides(html) == 0
    assert '<p dir="auto"><bdi>First line\u202e</bdi><br>\n<bdi>second line</bdi></p>' in html


def test_the_audit_report_isolates_titles_messages_authors_and_notes(history, sample_text):
    article_id = history.import_article(sample_text, title=f"Bridge {RLO}reopens", author=f"Ana{RLO}").id
    history.add_correction(article_id, kind=Kind.CORRECTION, quote="48,000 vehicles", replacement=f"84,000{RLO}",
                           public_note=NOTE, internal_note=f"desk{RLO}", author=f"Ben{RLO}")
    history.save_version(article_id, message=f"Traffic {RLO}figure", author=f"Ben{RLO}")

    html = render_audit_html(audit.audit_data(history, article_id))
    body = html.split("</title>", 1)[1]
    user_strings = DIFF.sub("", body)  # a diff shows the article's own text as it reads

    assert user_strings.count(RLO) >= 9 and loose_overrides(user_strings) == 0


def test_the_diff_page_isolates_its_heading():
    page = to_html_document([(0, "The bridge.")], f"Bridge {RLO}reopens")

    assert f"<h1><bdi>Bridge {RLO}reopens</bdi></h1>" in page


def test_a_notice_wording_with_an_override_is_flagged_with_the_override_shown():
    [warning] = [w for w in check_notice(f"Correction: {NOTE}.\n\nCorrected on November 24, 2026", [("Dana", "Diana")])
                 if w.code == "direction-controls"]

    assert "\\u202e" in warning.message and RLO not in warning.message
    assert not [w for w in check_notice("Correction: It was 148 million.", [("184", "148")])
                if w.code == "direction-controls"]
