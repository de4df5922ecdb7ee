"""Smart selection: what a drag over an article's words snaps to before a correction is attached to it."""

from __future__ import annotations

import pytest

from corrections.selection import snap_to_words

ARTICLE = ("Meanwhile, the European diplomat in Washington said that the European Union is raising the threat "
           "of expediting Ukraine’s membership in NATO to enhance its negotiating position with Russia. "
           "Discussions are underway on the transition from a “failed counteroffensive” to defence. "
           "The U.S. restoration cost 184 million pounds, 5% over budget, opened at 7 a.m. with J. Smith.")


def snapped(dragged: str, occurrence: int = 0) -> str | None:
    """What a drag over the first (or a later) `dragged` in the article snaps to."""
    at = -1
    for _ in range(occurrence + 1):
        at = ARTICLE.index(dragged, at + 1)
    span = snap_to_words(ARTICLE, at, at + len(dragged))
    return None if span is None else ARTICLE[span[0]:span[1]]


@pytest.mark.parametrize("dragged, meant", [
    (", the European ", "the European"),  # the comma and spaces a drag catches before and after the words
    ("membership in NATO ", "membership in NATO"),
    (" NATO to enhance its negotiating position with Russia. ", "NATO to enhance its negotiating position with Russia"),
    ("“failed counteroffensive”", "“failed counteroffensive”"),  # a quotation with both its marks stays one
    ("“failed counteroffensive", "failed counteroffensive"),  # an opening mark without its closing one goes
    ("failed counteroffensive” to", "failed counteroffensive” to"),
    ("The U.S.", "The U.S."),  # an abbreviation keeps its full stop
    ("at 7 a.m.", "at 7 a.m."),
    ("with J.", "with J."),
    ("184 million pounds, ", "184 million pounds"),
    (" 5% ", "5%"),  # a per cent sign belongs to its number
])
def test_a_drag_snaps_to_the_words_it_covers(dragged, meant):
    assert snapped(dragged) == meant


def test_a_word_cut_in_half_by_a_drag_over_several_words_is_taken_whole():
    assert snapped("ATO to enh") == "NATO to enhance"
    assert snapped("ine’s membership") == "Ukraine’s membership"


def test_letters_inside_one_word_stay_as_selected_to_correct_a_typo():
    assert snapped("ATO") == "ATO"


def test_punctuation_alone_can_still_be_corrected():
    assert snapped(", ") == ","
    assert snapped("”") == "”"


def test_only_spaces_is_no_passage():
    assert snap_to_words("one  two", 3, 5) is None
    assert snap_to_words("", 0, 0) is None


def test_a_minus_sign_and_a_currency_sign_stay_with_their_number():
    text = "Temperatures fell to -5 degrees; tickets cost $12, up from £9."
    for passage in ("-5 degrees", "$12", "£9"):
        at = text.index(passage)
        assert snap_to_words(text, at - 1, at + len(passage) + 1) == (at, at + len(passage))


def test_letters_outside_the_latin_alphabet_and_accents_are_word_letters():
    text = "Der Bürgermeister sagte, „Die Brücke ist offen“, und ging."
    at = text.index("„Die")
    assert text[slice(*snap_to_words(text, at - 2, text.index("“,") + 2))] == "„Die Brücke ist offen“"
    combining = "cafe\u0301 noir"
    assert snap_to_words(combining, 2, 7) == (0, 10)
