"""Anchoring a passage and finding it again after the article changed."""

import pytest

from corrections.anchor import anchor_at, anchor_quote, locate
from corrections.errors import AmbiguousPassage, InputError, PassageNotFound

TEXT = "The bridge opened in 1932. It carries 48,000 vehicles a day. The bridge is red.\n"


def test_anchor_records_quote_context_and_position():
    start = TEXT.index("48,000")
    anchor = anchor_at(TEXT, start, start + len("48,000"))
    assert anchor.exact == "48,000"
    assert anchor.start == start and anchor.end == start + 6
    assert TEXT.endswith(anchor.suffix + TEXT[anchor.end + len(anchor.suffix):])
    assert anchor.prefix == TEXT[max(0, start - 32):start]
    assert anchor.to_selectors()[0]["type"] == "TextQuoteSelector"


def test_empty_selection_is_refused():
    with pytest.raises(InputError):
        anchor_at(TEXT, 5, 5)


def test_quote_must_be_unique_and_says_how_many():
    with pytest.raises(AmbiguousPassage) as info:
        anchor_quote(TEXT, "The bridge")
    assert info.value.count == 2
    assert "2 times" in str(info.value)
    with pytest.raises(PassageNotFound):
        anchor_quote(TEXT, "84,000")


def test_locate_follows_the_passage_when_text_is_inserted_before_it():
    anchor = anchor_quote(TEXT, "48,000 vehicles")
    changed = "Breaking: a new paragraph.\n\n" + TEXT
    moved = locate(anchor, changed)
    assert changed[moved.start:moved.end] == "48,000 vehicles"


def test_locate_picks_the_occurrence_whose_context_matches():
    start = TEXT.rindex("The bridge")
    anchor = anchor_at(TEXT, start, start + len("The bridge"))
    changed = "Intro. " + TEXT
    found = locate(anchor, changed)
    assert found.start == changed.rindex("The bridge")


def test_locate_tolerates_reflowed_whitespace_only():
    anchor = anchor_quote(TEXT, "carries 48,000 vehicles a day")
    reflowed = TEXT.replace("carries 48,000 vehicles", "carries\n48,000  vehicles")
    found = locate(anchor, reflowed)
    assert found.exact == "carries\n48,000  vehicles a day"


def test_locate_reports_a_passage_that_no_longer_exists_instead_of_guessing():
    anchor = anchor_quote(TEXT, "48,000 vehicles a day")
    with pytest.raises(PassageNotFound, match="no longer found"):
        locate(anchor, TEXT.replace("48,000 vehicles a day", "many cars daily"))


def test_locate_handles_quotes_longer_than_the_match_bit_limit():
    long_quote = "It carries 48,000 vehicles a day. The bridge is red."
    anchor = anchor_quote(TEXT, long_quote)
    reflowed = "Preface.\n\n" + TEXT.replace("a day. The", "a day.  The")
    found = locate(anchor, reflowed)
    assert " ".join(found.exact.split()) == long_quote
