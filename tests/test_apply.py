"""Applying pending corrections to an article's text."""

import pytest

from corrections.anchor import anchor_quote
from corrections.apply import apply_corrections
from corrections.correction import Correction, Kind
from corrections.errors import InputError, OverlappingCorrections

TEXT = "The restoration cost 184 million pounds. The bridge opened in 1932.\n"


def correction(quote, replacement, kind=Kind.CORRECTION, text=TEXT, id=None):
    return Correction(kind=kind, anchor=anchor_quote(text, quote), replacement=replacement, id=id)


def test_applying_corrections_replaces_each_passage():
    result = apply_corrections(TEXT, [correction("1932", "1934"), correction("184 million", "148 million")])
    assert result == "The restoration cost 148 million pounds. The bridge opened in 1934.\n"


def test_an_empty_replacement_deletes_the_passage():
    assert apply_corrections(TEXT, [correction(" The bridge opened in 1932.", "")]) == (
        "The restoration cost 184 million pounds.\n")


def test_overlapping_corrections_are_refused_with_a_clear_message():
    with pytest.raises(OverlappingCorrections, match="overlap"):
        apply_corrections(TEXT, [correction("184 million pounds", "x", id=1), correction("million", "y", id=2)])


def test_corrections_follow_their_passage_after_the_text_moved():
    moved = "Update: new intro.\n\n" + TEXT
    assert apply_corrections(moved, [correction("1932", "1934")]).endswith("opened in 1934.\n")


def test_kinds_parse_from_cli_and_friendly_spellings():
    assert Kind.parse("editors-note") is Kind.EDITORS_NOTE
    assert Kind.parse("Editor's note") is Kind.EDITORS_NOTE
    assert Kind.parse("Clarification") is Kind.CLARIFICATION
    assert Kind.EDITORS_NOTE.label == "Editor's note"
    with pytest.raises(InputError, match="choose one of"):
        Kind.parse("erratum")
