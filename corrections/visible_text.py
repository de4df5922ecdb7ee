"""Control and bidi characters shown as escapes, so a terminal never obeys them and an editor sees them."""

from __future__ import annotations

BIDI_CONTROLS = frozenset(
    [chr(code) for code in range(0x202A, 0x202F)]
    + [chr(code) for code in range(0x2066, 0x206A)]
    + ["\u200e", "\u200f", "\u061c"]
)
"""Characters that reorder how the text around them is displayed (embeddings, overrides, isolates, marks)."""


def reveal(text: str, *, keep: str = "\n\t") -> str:
    """The text with every C0/C1 control, DEL and bidi control (but those in keep) written as `\\x1b` or `\\u202e`.

    A backslash already in the text is left alone: the result is for reading, not for decoding back.
    """
    if not any(_is_hidden(char) and char not in keep for char in text):
        return text
    return "".join(_escape(char) if _is_hidden(char) and char not in keep else char for char in text)


def has_bidi_controls(text: str) -> bool:
    """Whether the text holds a character that could reorder how it, or what follows it, is displayed."""
    return not BIDI_CONTROLS.isdisjoint(text)


def _is_hidden(char: str) -> bool:
    """A character a terminal may act on or a display may reorder by, rather than show."""
    code = ord(char)
    return code < 0x20 or 0x7F <= code <= 0x9F or char in BIDI_CONTROLS


def _escape(char: str) -> str:
    """The Python-style escape for one hidden character: two hex digits below U+0100, else four."""
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
