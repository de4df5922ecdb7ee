"""Plain-text and Markdown articles: the text is kept as written (less its page furniture, which
`furniture` finds); the headline is proposed from it.

Markdown's backslash escapes (`\\*`, `\\<`, which Emend's own Markdown export writes) are read as the
characters they stand for, so an exported article imports back with the words it had.
"""

from __future__ import annotations

import re

from corrections.markdown_text import markdown_unescape

from .headline import propose_headline

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(---|\.\.\.)\n", re.DOTALL)
_FRONT_MATTER_TITLE = re.compile(r"^title:\s*(.+?)\s*$", re.MULTILINE)
_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)


def text_title(text: str) -> str:
    """A plain-text article's headline: its first title-like line, not its first paragraph."""
    return propose_headline(text)


def markdown_title(text: str, story: str | None = None) -> str:
    """A Markdown article's headline: front-matter `title:`, else an opening `#` heading, else
    the first top-level `#` heading, else the headline proposed from `story` (the text unescaped,
    without its furniture)."""
    front = _FRONT_MATTER.match(text)
    if front:
        title = _FRONT_MATTER_TITLE.search(front.group(1))
        if title:
            return title.group(1).strip().strip("'\"")[:200]
        text = text[front.end():]
    first_line = text.lstrip("\n").split("\n", 1)[0]
    opening = _ATX_HEADING.match(first_line)
    if opening:
        return markdown_unescape(opening.group(2).strip())[:200]
    for level, heading in _ATX_HEADING.findall(text):
        if level == "#":
            return markdown_unescape(heading.strip())[:200]
    story = story if story is not None else markdown_unescape(text)
    front = _FRONT_MATTER.match(story)
    return propose_headline(story[front.end():] if front else story)
