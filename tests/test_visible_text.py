"""Control and bidi characters in user text are shown as escapes, never obeyed by a terminal or a display."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corrections.visible_text import BIDI_CONTROLS, has_bidi_controls, reveal

HIDDEN = frozenset(chr(code) for code in [*range(0x20), *range(0x7F, 0xA0)]) | BIDI_CONTROLS


def test_a_right_to_left_override_in_a_note_is_shown_as_its_escape():
    assert reveal("Fixed the \u202etxt.exe name") == "Fixed the \\u202etxt.exe name"


def test_a_terminal_escape_sequence_is_shown_rather_than_obeyed():
    assert reveal("\x1b[2J\x9b31m\x07\x7f") == "\\x1b[2J\\x9b31m\\x07\\x7f"


def test_newlines_and_tabs_are_kept_unless_asked_for():
    assert reveal("one\n\ttwo\r") == "one\n\ttwo\\x0d"
    assert reveal("one\n\ttwo", keep="") == "one\\x0a\\x09two"


def test_every_bidi_mark_isolate_embedding_and_override_is_revealed():
    assert reveal("".join(sorted(BIDI_CONTROLS))) == (
        "\\u061c\\u200e\\u200f\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069"
    )


def test_a_backslash_typed_by_the_editor_is_left_readable():
    assert reveal("C:\\new\\temp and \\x1b typed") == "C:\\new\\temp and \\x1b typed"


def test_has_bidi_controls_tells_an_override_from_arabic_text():
    assert has_bidi_controls("an \u2067isolate\u2069")
    assert not has_bidi_controls("مرحبا and café")
    assert not has_bidi_controls("a\x1bcontrol")


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(blacklist_characters=sorted(HIDDEN))))
def test_text_without_hidden_characters_is_unchanged(text):
    assert reveal(text) == text


@settings(max_examples=300)
@given(st.text(alphabet=st.one_of(st.sampled_from(sorted(HIDDEN)), st.characters())))
def test_revealed_text_never_holds_a_hidden_character(text):
    shown = reveal(text, keep="")
    assert HIDDEN.isdisjoint(shown)
    assert not has_bidi_controls(shown)
