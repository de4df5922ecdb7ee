"""Triage: a style fix (case, punctuation, spelling, spacing, typography) is told apart from a change of substance
(numbers, names, dates, quotations, negations, claims), and a notice follows: silent for style, warned about when
the kind and the change disagree. The save message names what changed."""

from __future__ import annotations

import pytest

from corrections.anchor import Anchor
from corrections.change_summary import default_message, name_change
from corrections.correction import Correction, Kind, check_changes_something
from corrections.errors import InputError
from corrections.notices import NoticeItem, check_notice, draft_notice
from corrections.notices.house_style import HouseStyle
from corrections.triage import (
    CASE, DATE, NAME, NEGATION, NUMBER, PUNCTUATION, QUOTATION, QUOTE_MARKS, SPACING, SPELLING, SUBSTANCE,
    STYLE, SYMBOL, TYPOGRAPHY, WORDING, classify,
)

CASES = [
    # (before, after, verdict, reason code)
    ("Eastern Ukraine", "eastern Ukraine", STYLE, CASE),
    ("7-2", "7–2", STYLE, TYPOGRAPHY),
    ('a "failed counteroffensive"', "a “failed counteroffensive”", STYLE, TYPOGRAPHY),
    ("recieve", "receive", STYLE, SPELLING),
    ("accomodation", "accommodation", STYLE, SPELLING),
    ("Ukraine,  the", "Ukraine, the", STYLE, SPACING),
    ("it's position", "its position", STYLE, PUNCTUATION),
    ("48,000", "48000", STYLE, PUNCTUATION),
    ("48,000", "84,000", SUBSTANCE, NUMBER),
    ("48,000", "48.000", SUBSTANCE, NUMBER),
    ("on June 5", "on June 6", SUBSTANCE, DATE),
    ("on Monday", "on Tuesday", SUBSTANCE, DATE),
    ("Kowalsky", "Kowalska", SUBSTANCE, NAME),
    ("the Union is raising the threat", "the Union is not raising the threat", SUBSTANCE, NEGATION),
    ("membership in NATO", "membership in the European Union", SUBSTANCE, NAME),
    ('said "we will win"', 'said "we might win"', SUBSTANCE, QUOTATION),
    ("a failed counteroffensive", "a “failed” counteroffensive", SUBSTANCE, QUOTE_MARKS),
    ("$5 million", "£5 million", SUBSTANCE, SYMBOL),
    ("affect", "effect", SUBSTANCE, WORDING),  # another word, not a misspelling: the first letter differs
    ("convicted", "convinced", SUBSTANCE, WORDING),
    ("form", "from", SUBSTANCE, WORDING),  # too short to tell a typo from another word: substance
]


@pytest.mark.parametrize(("before", "after", "verdict", "code"), CASES)
def test_each_change_is_triaged_with_its_reason(before, after, verdict, code):
    found = classify(before, after)

    assert (found.verdict, found.reasons[0]) == (verdict, code), found.reason


def test_a_reason_says_why_and_names_the_change():
    assert classify("Eastern Ukraine", "eastern Ukraine").reason == "only capital letters (Eastern → eastern)"
    assert classify("Kowalsky", "Kowalska").reason == "a name changes (Kowalsky → Kowalska)"
    assert classify("Eastern Ukraine,", "eastern Ukraine").reasons == (CASE, PUNCTUATION)


@pytest.mark.parametrize(("before", "after", "named"), [
    ("the European Union is raising the threat of expediting Ukraine’s membership in NATO",
     "the European Union is raising the threat of expediting Ukraine’s membership in the European Union",
     "NATO → the European Union"),
    ("the Union is raising the threat", "the Union is not raising the threat", "is raising → is not raising"),
    ("a score of 7-2 on Sunday", "a score of 7–2 on Sunday", "7-2 → 7–2"),
    ("the bridge, built in 1932, is old", "the bridge is old", "bridge, built in 1932, is → bridge is"),
    ("Eastern Ukraine,", "eastern Ukraine", "Eastern Ukraine, → eastern Ukraine"),
])
def test_a_change_is_named_from_the_word_diff(before, after, named):
    assert name_change(before, after) == named


def test_the_default_save_message_names_what_changed_not_the_sentence_twice():
    passage = "the European Union is raising the threat of expediting Ukraine’s membership in NATO"
    correction = Correction(Kind.CORRECTION, Anchor(passage, "", "", 0),
                            passage.replace("NATO", "the European Union"))
    note_only = Correction(Kind.EDITORS_NOTE, Anchor("Kyiv", "", "", 0), "Kyiv", public_note="The city disputes this.")

    assert default_message(correction) == "Correction: NATO → the European Union"
    assert default_message(note_only) == "Editor's note: The city disputes this."


def test_a_correction_suggests_its_kind():
    def made(before: str, after: str) -> Correction:
        return Correction(Kind.CORRECTION, Anchor(before, "", "", 0), after)

    assert made("Eastern", "eastern").suggested_kind is Kind.STYLE
    assert made("NATO", "the European Union").suggested_kind is Kind.CORRECTION
    assert made("Eastern", "eastern").to_json()["suggested_kind"] == "style"


def test_a_style_fix_must_change_its_passage_and_has_no_public_note():
    check_changes_something(Kind.STYLE, "Ukraine,  the", "Ukraine, the", "")  # spacing alone is a style fix
    with pytest.raises(InputError, match="same as the passage"):
        check_changes_something(Kind.STYLE, "Eastern", "Eastern", "")
    with pytest.raises(InputError, match="never shown to readers"):
        check_changes_something(Kind.STYLE, "Eastern", "eastern", "We fixed a capital.")
    assert Kind.parse("style") is Kind.STYLE and Kind.STYLE.label == "Style"


def test_a_notice_leaves_style_fixes_out():
    style_fix = NoticeItem(Kind.STYLE, "Eastern Ukraine", "eastern Ukraine")
    claim = NoticeItem(Kind.CORRECTION, "membership in NATO", "membership in the European Union")

    notice = draft_notice([style_fix, claim], corrected_on="2026-11-24")

    assert "Eastern" not in notice.text and "European Union" in notice.text
    with pytest.raises(InputError, match="style fixes are never in a notice"):
        draft_notice([style_fix], corrected_on="2026-11-24")


def test_the_notice_check_warns_when_kind_and_change_disagree():
    text = ("Correction: An earlier version of this article misstated “Eastern Ukraine”. It is “eastern Ukraine”, "
            "not “Eastern Ukraine”.\n\nCorrected on November 24, 2026")
    amendments = [(Kind.CORRECTION, "Eastern Ukraine", "eastern Ukraine"), (Kind.STYLE, "48,000", "84,000"),
                  (Kind.STYLE, "recieve", "receive"), (Kind.CORRECTION, "NATO", "the European Union")]

    warnings = check_notice(text, [("Eastern Ukraine", "eastern Ukraine")], amendments=amendments)

    assert [(w.code, w.message) for w in warnings] == [
        ("style-in-notice", "the notice tells readers of Eastern → eastern, a style fix (only capital letters); "
                            "record it as a style fix, which needs no notice"),
        ("substance-without-notice", "48,000 → 84,000 is recorded as a style fix, which readers are never told of, "
                                     "but a number changes; record it as a correction"),
    ]


@pytest.mark.parametrize(("period", "sentence"), [
    ("outside", "An earlier version of this article misstated “48,000”. It is “84,000”, not “48,000”."),
    ("inside", "An earlier version of this article misstated “48,000.” It is “84,000,” not “48,000.”"),
])
def test_the_house_style_puts_the_period_inside_or_outside_the_closing_quote(period, sentence):
    style = HouseStyle.from_toml(f'[quotes]\nperiod = "{period}"\n')

    notice = draft_notice([NoticeItem(Kind.CORRECTION, "48,000", "84,000")], corrected_on="2026-11-24", style=style)

    assert notice.sentences == (sentence,)


def test_the_built_in_style_keeps_the_period_outside_and_refuses_other_settings():
    assert not HouseStyle.default().period_inside_quotes
    with pytest.raises(InputError, match="period must be"):
        HouseStyle.from_toml('[quotes]\nperiod = "between"\n')
