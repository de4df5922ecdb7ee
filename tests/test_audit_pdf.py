"""A lawyer reads the audit report of a corrected article as a PDF: a few numbered pages headed by the
article, tables that fit the page, each version as what it changed, and the full text only twice."""

from __future__ import annotations

import re

import pytest

from tests.audit_pdf_story import (CLARIFICATION_NOTE, DESK_EDITOR, INTERNAL_NOTE, MESSAGES, PUBLIC_NOTE,
                                   STANDARDS_EDITOR, TITLE, UNCHANGED_SENTENCE, four_versions)
from tests.pdf_pages import on_one_line, pdf_pages, read_as_one


@pytest.fixture
def audit_pdf(cli, tmp_path, monkeypatch):
    """The four-version story's audit report, written by `emend audit --format pdf`, as its pages."""
    monkeypatch.setenv("EMEND_AUTHOR", DESK_EDITOR)
    article = four_versions(cli, tmp_path)
    pdf = tmp_path / "audit.pdf"
    code, out, err = cli("audit", str(article), "--format", "pdf", "-o", pdf)
    assert code == 0, err
    return pdf_pages(pdf)


def test_every_page_is_headed_by_the_article_and_numbered_page_n_of_m(audit_pdf):
    count = len(audit_pdf)
    for number, page in enumerate(audit_pdf, start=1):
        assert page[0] == f"Audit: {TITLE}", page[:2]
        assert page[-1] == f"Page {number} of {count}"


def test_a_375_word_article_with_four_versions_takes_a_few_pages_not_twelve(audit_pdf):
    assert 2 <= len(audit_pdf) <= 5


def test_names_messages_and_notes_come_out_whole_on_one_line(audit_pdf):
    for whole in (DESK_EDITOR, STANDARDS_EDITOR, *MESSAGES, PUBLIC_NOTE, INTERNAL_NOTE, CLARIFICATION_NOTE):
        assert on_one_line(audit_pdf, whole), whole
    assert any(re.search(r"Version\s+Saved \(UTC\)\s+Author\s+Published \(UTC\)", line)
               for line in audit_pdf[0]), "the timeline's heading row is cut up"
    assert not [line for page in audit_pdf for line in page if len(line) <= 2], "text runs down the page"


def test_each_version_shows_its_change_and_only_the_first_and_latest_are_given_in_full(audit_pdf):
    text = read_as_one(audit_pdf)

    assert text.count(UNCHANGED_SENTENCE) == 2
    assert "Text of version 1" in text and "Text of version 4, the latest" in text
    assert "membership in NATO the European Union to enhance its negotiating position" in text
    assert "defensive positions in Eastern eastern Ukraine." in text
    assert "Politico reported, citing its sources on Tuesday, citing unnamed officials." in text
    for version in (2, 3, 4):
        assert f"Changes from version {version - 1}" in text
