"""User text made safe for the site's files: characters XML cannot hold removed, and direction controls written
as character references, which mean the same to a browser or feed reader and nothing to an editor showing the file."""

from __future__ import annotations

import re

from corrections.visible_text import BIDI_CONTROLS, has_bidi_controls

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ISOLATE_OPENERS, _POP_ISOLATE = "\u2066\u2067\u2068", "\u2069"
_AS_REFERENCES = str.maketrans({ord(char): f"&#x{ord(char):x};" for char in BIDI_CONTROLS})


def xml_safe(text: str) -> str:
    """The text without the control characters (and lone surrogates) XML, and so HTML and Atom, cannot hold."""
    return _XML_ILLEGAL.sub("", text)


def finished(markup: str) -> str:
    """A whole HTML or XML file: illegal characters removed, direction controls as character references."""
    return xml_safe(markup).translate(_AS_REFERENCES)


def one_line(text: str) -> str:
    """A title as one line: its runs of spaces and line breaks made single spaces."""
    return " ".join(xml_safe(text).split())


def isolated_text(text: str) -> str:
    """Plain text (a feed's title, a browser tab's) that holds a direction control, between U+2068 FIRST STRONG
    ISOLATE and U+2069 POP DIRECTIONAL ISOLATE: what <bdi> is to HTML, so an override in it reorders only it."""
    return f"\u2068{_balanced_isolates(text)}\u2069" if has_bidi_controls(text) else text


def _balanced_isolates(text: str) -> str:
    """The text with a pop (U+2069) it has no isolate for left out and one added for each isolate it leaves
    open, so the outer isolate's own pop closes it and every override inside."""
    depth, kept = 0, []
    for char in text:
        if char in _ISOLATE_OPENERS:
            depth += 1
        elif char == _POP_ISOLATE:
            if not depth:
                continue
            depth -= 1
        kept.append(char)
    return "".join(kept) + _POP_ISOLATE * depth
