"""Edit Text mode's tracked changes follow every keystroke without re-diffing the whole article."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corrections.diff import DELETE, EQUAL, INSERT, word_diff
from desktop.tracked_edits import TrackedEdits, text_edit

BASE = "The Kestrel Harbour Bridge reopened on Monday after repairs.\n\nMayor Dana Whitcombe cut the ribbon."


def typed(base: str, *edits: tuple[int, int, str]) -> TrackedEdits:
    tracked = TrackedEdits(word_diff(base, base))
    for start, end, text in edits:
        tracked.edit(start, end, text)
    return tracked


def test_a_word_typed_into_a_sentence_is_one_insertion():
    at = BASE.index("reopened")
    tracked = typed(BASE, *((at + i, at + i, c) for i, c in enumerate("quietly ")))

    assert [(h.deleted, h.inserted) for h in tracked.hunks()] == [("", "quietly ")]
    assert tracked.working == BASE[:at] + "quietly " + BASE[at:]


def test_a_letter_typed_inside_a_word_changes_the_whole_word_as_the_word_diff_does():
    at = BASE.index("Monday") + 3
    tracked = typed(BASE, (at, at, "x"))

    assert [(h.deleted, h.inserted) for h in tracked.hunks()] == [("Monday", "Monxday")]
    assert tracked.ops == word_diff(BASE, tracked.working)


def test_typing_back_what_was_deleted_leaves_no_change():
    at = BASE.index("Monday")
    tracked = typed(BASE, (at, at + 6, ""), (at, at, "Mon"), (at + 3, at + 3, "day"))

    assert tracked.hunks() == []
    assert tracked.ops == [(EQUAL, BASE)]


def test_a_deletion_keeps_the_deleted_text_and_where_it_was():
    at = BASE.index(" after repairs")
    tracked = typed(BASE, (at, at + len(" after repairs"), ""))

    [hunk] = tracked.hunks()
    assert (hunk.start, hunk.end, hunk.deleted, hunk.inserted) == (at, at, " after repairs", "")
    assert BASE[hunk.base_start:hunk.base_end] == " after repairs"


def test_the_stretch_an_edit_changed_is_found_from_qt_s_hint_or_without_it():
    old, new = "one two three", "one 2 three"
    assert text_edit(old, new, 4, 1) == (4, 7, 5)
    assert text_edit(old, new, 9, 0) == (4, 7, 5)  # a wrong hint only costs time
    assert text_edit("aaaa", "aaaaa", 2, 1) == (4, 4, 5)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 1), st.integers(0, 12), st.sampled_from(
    ["", "a", " ", "x y", "\n", "Monday", "day", "é", "\U0001f600", "quietly "])), max_size=25))
def test_any_run_of_keystrokes_keeps_the_ops_exact(edits):
    tracked = TrackedEdits(word_diff(BASE, BASE))
    working = BASE
    for where, length, text in edits:
        start = int(where * len(working))
        end = min(len(working), start + length)
        working = working[:start] + text + working[end:]
        tracked.edit(start, end, text)

        assert tracked.base == BASE and tracked.working == working
        kinds = [op for op, _ in tracked.ops]
        assert all(piece for _, piece in tracked.ops)
        assert all(a != b for a, b in zip(kinds, kinds[1:]))
        assert all(not (a == INSERT and b == DELETE) for a, b in zip(kinds, kinds[1:]))
        assert all(op in (EQUAL, DELETE, INSERT) for op in kinds)
