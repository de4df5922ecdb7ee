"""Rebasing an editor's offline version onto a colleague's: the three-way word merge."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corrections.diff import DELETE, INSERT, changes, word_diff
from corrections.diff.merge3 import Conflict, MergeResult, carry_offset, carry_span, merge3
from corrections.errors import InputError

LEAD = (
    "The Eastern bridge reopened on Monday after repairs. "
    "The work cost 184 million and took three years. "
    "Traffic was light in the morning."
)


def test_two_editors_correct_different_sentences_offline_and_the_merge_keeps_both():
    theirs = LEAD.replace("Monday", "Tuesday")
    mine = LEAD.replace("light", "heavy")
    result = merge3(LEAD, theirs, mine)
    assert result == MergeResult(LEAD.replace("Monday", "Tuesday").replace("light", "heavy"), ())
    assert result.clean


def test_both_change_eastern_differently_one_conflict_naming_both_texts():
    result = merge3(LEAD, LEAD.replace("Eastern", "Western"), LEAD.replace("Eastern", "Northern"))
    assert not result.clean
    assert result.text is None
    start = LEAD.index("Eastern")
    assert result.conflicts == (Conflict(start, start + len("Eastern"), "Western", "Northern", "Eastern"),)


def test_one_deletes_a_sentence_the_other_edited_conflict():
    sentence = " The work cost 184 million and took three years."
    result = merge3(LEAD, LEAD.replace(sentence, ""), LEAD.replace("184", "148"))
    (conflict,) = result.conflicts
    assert conflict.theirs == ""
    assert conflict.parent.strip() == sentence.strip()
    assert conflict.parent == LEAD[conflict.parent_start : conflict.parent_end]
    assert conflict.mine == conflict.parent.replace("184", "148")


def test_both_make_the_same_correction_it_is_taken_once():
    corrected = LEAD.replace("184", "148")
    assert merge3(LEAD, corrected, corrected) == MergeResult(corrected, ())


def test_both_add_different_words_at_the_same_place_conflict():
    result = merge3(LEAD, LEAD + " Police said.", LEAD + " Nobody was hurt.")
    (conflict,) = result.conflicts
    assert (conflict.parent_start, conflict.parent_end, conflict.parent) == (len(LEAD), len(LEAD), "")
    assert (conflict.theirs, conflict.mine) == (" Police said.", " Nobody was hurt.")


def test_a_word_added_just_before_a_word_the_other_replaced_lands_before_the_replacement():
    parent = "over the Eastern river"
    replaced, added = "over the Western river", "over the old Eastern river"
    expected = MergeResult("over the old Western river", ())
    assert merge3(parent, replaced, added) == merge3(parent, added, replaced) == expected


def test_a_word_added_inside_a_phrase_the_other_replaced_conflicts():
    parent = "over the Eastern river bridge on Monday"
    result = merge3(parent, "over the harbour tunnel on Monday", "over the Eastern river old bridge on Monday")
    assert result.conflicts == (
        Conflict(9, 29, "harbour tunnel", "Eastern river old bridge", "Eastern river bridge"),
    )


def test_edits_that_meet_without_overlapping_both_apply():
    assert merge3("the old red bridge", "the red bridge", "the old blue bridge").text == "the blue bridge"


def test_whitespace_is_kept_as_each_side_wrote_it():
    parent = "Police  said the road\tis closed."
    result = merge3(parent, parent.replace("  ", " "), parent.replace("closed", "open"))
    assert result.text == "Police said the road\tis open."


def test_empty_texts_merge():
    assert merge3("", "", "") == MergeResult("", ())
    assert merge3("", "", "New text.").text == "New text."


ARTICLE = """\
CITY COUNCIL APPROVES HARBOUR BRIDGE REPAIRS

The city council voted on Tuesday to fund a full repair of the Eastern Harbour bridge, which has \
been closed to heavy traffic since a crack was found in one of its supports last spring.

"We cannot leave a crossing this important half open for another winter," said councillor Maria \
Kowalsky, who chairs the transport committee and brought the proposal to the floor.

Engineers from the regional roads agency told the council that the steel supports on the north \
side had corroded faster than expected, and that the deck itself was sound.

Opposition members questioned the timing, saying the council had been warned about the supports \
as early as 2019 and had chosen to delay the work to keep the budget balanced.

The repairs are expected to cost 18.4 million euros, to be paid from the infrastructure reserve \
and a loan from the national development bank, and to take about fourteen months.

During the works the bridge will stay open to pedestrians and cyclists, while buses will be \
diverted over the Western crossing, adding about ten minutes to the morning commute.

The council will hear a progress report in March. Residents can send questions to the transport \
committee through the city's website until the end of the month.
"""


def test_a_colleague_fixes_a_name_and_the_editor_offline_fixes_a_number_both_corrections_survive():
    assert ARTICLE.count("Kowalsky") == 1 and ARTICLE.count("18.4 million") == 1
    theirs = ARTICLE.replace("Kowalsky", "Kowalska")
    mine = ARTICLE.replace("18.4 million", "184 million")
    expected = ARTICLE.replace("Kowalsky", "Kowalska").replace("18.4 million", "184 million")
    assert merge3(ARTICLE, theirs, mine) == MergeResult(expected, ())
    assert merge3(ARTICLE, mine, theirs) == MergeResult(expected, ())
    assert expected.split("\n\n")[2].count("Kowalska") == 1 and "184 million euros" in expected.split("\n\n")[5]


def test_the_editors_mark_on_paragraph_five_follows_the_colleagues_correction():
    theirs = ARTICLE.replace("Kowalsky", "Kowalska").replace("18.4", "18.6")
    diff = word_diff(ARTICLE, theirs)
    start = ARTICLE.index("Opposition")
    end = ARTICLE.index("balanced.") + len("balanced.")
    carried = carry_span(diff, start, end)
    assert carried is not None
    assert theirs[carried[0] : carried[1]] == ARTICLE[start:end]
    number = ARTICLE.index("18.4")
    assert carry_span(diff, number, number + 4) is None
    name = ARTICLE.index("Kowalsky")
    assert carry_offset(diff, name + 3, side="before") == theirs.index("Kowalska")
    assert carry_offset(diff, name + 3, side="after") == theirs.index("Kowalska") + len("Kowalska")
    assert carry_offset(diff, name) == theirs.index("Kowalska")


def test_carry_offset_at_an_insertion_point_takes_the_side_asked_for():
    diff = word_diff("the river", "the old river")
    assert carry_offset(diff, 4, side="before") == 4
    assert carry_offset(diff, 4, side="after") == 8
    assert carry_offset(diff, 4) == 8


def test_carry_offset_inside_a_deletion_lands_where_it_was():
    diff = word_diff("the old red river", "the river")
    assert [op for op, _ in diff if op != 0] == [DELETE]
    for offset in range(4, 13):
        assert carry_offset(diff, offset) == 4
    assert carry_offset(diff, 14) == 6


def test_a_span_with_text_inserted_inside_widens_and_one_beside_it_does_not():
    old, new = "along the red and muddy river", "along the big red and very muddy river old"
    diff = word_diff(old, new)
    assert [op for op, _ in diff if op != 0] == [INSERT, INSERT, INSERT]
    assert carry_span(diff, old.index("red"), len(old)) == (new.index("red"), new.index(" old"))
    assert carry_span(diff, old.index("red"), old.index(" and")) == (new.index("red"), new.index(" and"))
    assert carry_span(diff, old.index("red"), old.index("muddy")) == (new.index("red"), new.index("very"))
    assert carry_span(diff, len(old), len(old)) == (len(new), len(new))


def test_carry_offset_refuses_an_unknown_side():
    with pytest.raises(InputError):
        carry_offset([], 0, side="middle")


# Few words and separators, so the versions collide and the diffs have ambiguous alignments.
WORDS = st.sampled_from(["the", "a", "bridge", "river", "184", "Eastern", "Western"])
SEPARATORS = st.sampled_from([" ", " ", "  ", ", ", ". ", "\n", "\n\n"])
TEXTS = st.lists(st.tuples(WORDS, SEPARATORS), max_size=14).map(lambda parts: "".join(w + s for w, s in parts))
PROPERTIES = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTIES
@given(TEXTS, TEXTS)
def test_a_side_that_changed_nothing_gives_the_other_side(parent, other):
    assert merge3(parent, parent, other) == MergeResult(other, ())
    assert merge3(parent, other, parent) == MergeResult(other, ())


@PROPERTIES
@given(TEXTS, TEXTS)
def test_the_same_version_on_both_sides_merges_to_it(parent, both):
    assert merge3(parent, both, both) == MergeResult(both, ())


@PROPERTIES
@given(TEXTS, TEXTS, TEXTS)
def test_the_merge_does_not_depend_on_which_side_is_theirs(parent, theirs, mine):
    forward, backward = merge3(parent, theirs, mine), merge3(parent, mine, theirs)
    assert forward.text == backward.text
    assert [(c.parent_start, c.parent_end, c.parent, c.theirs, c.mine) for c in forward.conflicts] == [
        (c.parent_start, c.parent_end, c.parent, c.mine, c.theirs) for c in backward.conflicts
    ]


@PROPERTIES
@given(TEXTS, TEXTS, TEXTS)
def test_conflicts_are_ordered_disjoint_spans_of_the_parent(parent, theirs, mine):
    result = merge3(parent, theirs, mine)
    assert (result.text is None) == bool(result.conflicts)
    at = 0
    for conflict in result.conflicts:
        assert at <= conflict.parent_start <= conflict.parent_end
        assert conflict.parent == parent[conflict.parent_start : conflict.parent_end]
        assert conflict.theirs != conflict.mine
        at = conflict.parent_end


@PROPERTIES
@given(st.lists(WORDS, min_size=6, max_size=20), st.data())
def test_changes_to_words_far_apart_both_land(words, data):
    first = data.draw(st.integers(0, len(words) - 4))
    second = data.draw(st.integers(first + 3, len(words) - 1))

    def replaced(index: int, word: str) -> str:
        return " ".join(word if i == index else w for i, w in enumerate(words))

    parent = " ".join(words)
    both = " ".join({first: "Southern", second: "1984"}.get(i, w) for i, w in enumerate(words))
    assert merge3(parent, replaced(first, "Southern"), replaced(second, "1984")) == MergeResult(both, ())


@PROPERTIES
@given(TEXTS, TEXTS, st.data())
def test_a_span_the_diff_did_not_touch_keeps_its_text(old, new, data):
    start = data.draw(st.integers(0, len(old)))
    end = data.draw(st.integers(start, len(old)))
    diff = word_diff(old, new)
    touched = [c for c in changes(diff) if c.old_start < end and start < c.old_end]
    carried = carry_span(diff, start, end)
    if start == end:
        assert carried == (carry_offset(diff, start),) * 2
    elif not touched:
        assert carried is not None
        assert new[carried[0] : carried[1]] == old[start:end]
    elif any(c.old_start < c.old_end for c in touched):
        assert carried is None
    else:
        assert carried is not None
        assert new[carried[0] : carried[1]].startswith(old[start : touched[0].old_start])


@PROPERTIES
@given(TEXTS, TEXTS)
def test_carried_offsets_keep_their_order_and_their_characters(old, new):
    diff = word_diff(old, new)
    for side in ("before", "after"):
        carried = [carry_offset(diff, offset, side=side) for offset in range(len(old) + 1)]
        assert carried == sorted(carried)
    assert carry_offset(diff, 0, side="before") == 0
    assert carry_offset(diff, len(old), side="after") == len(new)
    kept = set()
    at = 0
    for op, text in diff:
        if op != INSERT:
            if op != DELETE:
                kept.update(range(at, at + len(text)))
            at += len(text)
    for offset in kept:
        assert new[carry_offset(diff, offset)] == old[offset]
