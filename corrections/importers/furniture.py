"""Page furniture in a plain-text or Markdown article: what a copy from a news page brings along.

Text has no markup to tell a link box from the story, so only lines that read unmistakably as
furniture are found: related-story headings with the headlines (and one teaser) listed under
them, share buttons and labels, "Read more:" calls to action, and the reader footer at the end
("highlight the text and press Ctrl + Enter"). A story paragraph is never taken for furniture:
when in doubt a line stays in the article, where the editor can still delete it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .boilerplate import PAGE_FURNITURE, READER_FOOTER, RELATED_HEADING

RELATED_HEADINGS = "related-heading"
RELATED_HEADLINE = "related-headline"
RELATED_STORY = "related-story"
CALL_TO_ACTION = "call-to-action"
BUTTON = "button"
READER_FOOTER_KIND = "reader-footer"

REASONS = {
    RELATED_HEADINGS: "related-stories heading",
    RELATED_HEADLINE: "related story's headline",
    RELATED_STORY: "related story's headline and teaser",
    CALL_TO_ACTION: "call to action (read more, share, subscribe)",
    BUTTON: "button or label",
    READER_FOOTER_KIND: "reader footer (corrections, Ctrl + Enter, copyright)",
}
"""Why each kind of block is furniture, as an editor reads it in the import's messages."""

GROUPS = {
    RELATED_HEADINGS: "related stories",
    RELATED_HEADLINE: "related stories",
    RELATED_STORY: "related stories",
    CALL_TO_ACTION: "calls to action",
    BUTTON: "buttons",
    READER_FOOTER_KIND: "reader footer",
}

LINK_OUT = re.compile(
    r"(read (more|next|also)|also read|see also)\s*([:»›>|–—-]|$)|(watch|listen)\s*[:»›>|–—-]"
    r"|(read the full (story|article)|click here|tap here|watch the video)\b",
    re.IGNORECASE,
)
"""How a line that sends the reader to another page begins: 'Read more: …', 'Click here …'. A bare 'Watch' or
'Listen' may be a story's own last word, so only 'Watch: …' or 'Listen — …' count."""

APPEAL = re.compile(
    r"(subscribe|sign up|follow us|like us|join us|download (our|the) app|share (this|on)"
    r"|listen to (this|the) (article|story))\b",
    re.IGNORECASE,
)
"""How an appeal to the reader begins: 'Subscribe …', 'Sign up …', 'Share this …'."""

TO_THE_READER = re.compile(
    r"\b([Yy]ou|[Yy]our|us|[Oo]ur)\b|^(?i:(to (suggest|report|request)|spotted|found|report|send|write|e-?mail"
    r"|contact|sign up|subscribe|have you|got a)\b)",
)
"""A line addressed to the reader ('you', 'write to us', 'To suggest a correction …'), as footers are."""

REPORTED = re.compile(r"\b(said|says|told|according to)\b", re.IGNORECASE)
"""Reported speech: a story's sentence about corrections or newsletters, not a footer."""

LINKS_HEADING = re.compile(
    r"related|other topics|you (may|might) also|read (more|next|also)|see also|recommended|more (on|from|stories)",
    re.IGNORECASE,
)
"""Headings that only ever introduce links to other stories, so a teaser under one is not the story's:
unlike 'Latest news' or 'Top stories', which a live report may use for its own sections."""

ALWAYS_FOOTER = re.compile(r"press\s+ctrl\s*\+\s*enter", re.IGNORECASE)
COPYRIGHT = re.compile(r"(©|\(c\)|copyright\b)\s*\d{4}", re.IGNORECASE)
HEADLINE_MAX_WORDS = 20
HEADLINE_MAX_CHARS = 160
TEASER_MAX_WORDS = 60
FOOTER_MAX_WORDS = 30
CALL_MAX_WORDS = 25
SHORT_APPEAL_WORDS = 6
_SENTENCE_END = re.compile(r"[.,;:]['\"”’)\]]*$")
_LIST_MARK = re.compile(r"^\s{0,3}([-*+]|\d{1,3}[.)])\s+")
_HEADING_MARK = re.compile(r"^\s{0,3}#{1,6}\s+|\s+#+\s*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


@dataclass(frozen=True)
class Furniture:
    """A run of whole lines found to be furniture: its text as written, where it is, and why."""

    kind: str
    text: str
    start: int
    end: int
    """Offsets in the text: where its first line starts and where its last line ends."""

    @property
    def reason(self) -> str:
        return REASONS[self.kind]


@dataclass(frozen=True)
class _Line:
    """A non-blank line: where it is, as written, as read (Markdown marks taken away), its paragraph."""

    start: int
    end: int
    text: str
    plain: str
    listed: bool
    paragraph: int


def find_furniture(text: str) -> list[Furniture]:
    """The furniture blocks of an article's text, in text order; none for an article without any."""
    lines = _lines(text)
    paragraphs = _paragraphs(lines)
    marked: dict[int, str] = {}
    groups: list[list[int]] = []
    known: dict[tuple[int, bool], bool] = {}
    for index, line in enumerate(lines):
        if index in marked or not RELATED_HEADING.fullmatch(line.plain):
            continue
        block = _related_block(lines, paragraphs, index, marked, known)
        if len(block) == 1 and not all(_line_kind(later) or _footer(later.plain)
                                       for later in itertools.islice(lines, index + 1, None)):
            continue  # a heading with no stories listed, above more of the story, may be the story's own
        for kind, members in block:
            groups.append(members)
            marked.update((member, kind) for member in members)
    for index, line in enumerate(lines):
        if index in marked:
            continue
        kind = _line_kind(line)
        if kind:
            marked[index] = kind
            groups.append([index])
    for index in _footer_tail(lines, marked):
        marked[index] = READER_FOOTER_KIND
        groups.append([index])
    return _blocks(text, lines, marked, groups)


def furniture_note(kinds: list[str], kept: bool) -> str:
    """The import's note on the furniture found, in the words HTML imports use for left-out page text."""
    what = ", ".join(dict.fromkeys(GROUPS[kind] for kind in kinds))
    blocks = f"{len(kinds)} block{'' if len(kinds) == 1 else 's'} of page furniture"
    if kept:
        return f"kept {blocks} that the import would leave out ({what})"
    return f"left out {blocks} ({what})"


def without_furniture(text: str, blocks: list[Furniture]) -> str:
    """The text with these blocks taken out (the story's paragraph breaks stay as they were)."""
    return cut_blocks(text, [(block.start, block.end) for block in blocks])


def cut_blocks(text: str, spans: list[tuple[int, int]]) -> str:
    """The text without the (start, end) spans; a line a cut leaves empty goes with it, so a block cut
    from inside a paragraph leaves no paragraph break behind. Spans that do not overlap are cut in one
    pass, so a text of many thousands of blocks stays quick; overlapping ones one after another."""
    ordered = sorted(set(spans), reverse=True)
    if any(later[0] < earlier[1] for later, earlier in zip(ordered, ordered[1:])):
        return _cut_one_by_one(text, ordered)
    kept: list[str] = []  # what stays after `done`, last piece first; the first `skip` characters of kept[-1] go
    skip, done = 0, len(text)
    for start, end in ordered:
        if not 0 <= start < end <= len(text):
            continue
        if end < done:
            if skip:
                kept[-1], skip = kept[-1][skip:], 0
            kept.append(text[end:done])
        done = start
        if (start == 0 or text[start - 1] == "\n") and kept and kept[-1][skip] == "\n":
            skip += 1
            if skip == len(kept[-1]):
                kept.pop()
                skip = 0
    if skip:
        kept[-1] = kept[-1][skip:]
    kept.append(text[:done])
    return _tidy("".join(reversed(kept)))


def _cut_one_by_one(text: str, ordered: list[tuple[int, int]]) -> str:
    """Overlapping spans, last first, each cut from the text the one after it left."""
    for start, end in ordered:
        if not 0 <= start < end <= len(text):
            continue
        text = text[:start] + text[end:]
        empty_line = (start == 0 or text[start - 1] == "\n") and (start == len(text) or text[start] == "\n")
        if empty_line and start < len(text):
            text = text[:start] + text[start + 1:]
    return _tidy(text)


def locate(text: str, blocks: list[str]) -> list[tuple[int, int] | None]:
    """Where each block (whole lines, in text order) stands in the text, found line by line with
    white space ignored; None for a block that is not there after the one before it."""
    lines = _lines(text)
    keys = [" ".join(line.text.split()) for line in lines]
    found: list[tuple[int, int] | None] = []
    start = 0
    for block in blocks:
        wanted = [" ".join(part.split()) for part in block.split("\n") if part.strip()]
        place = None
        if wanted:
            for first in range(start, len(keys) - len(wanted) + 1):
                if keys[first:first + len(wanted)] == wanted:
                    place = first
                    break
        if place is None:
            found.append(None)
            continue
        last = place + len(wanted) - 1
        found.append((lines[place].start, lines[last].end))
        start = last + 1
    return found


# Reading the text as lines and paragraphs


def _numbered(text: str):
    """Each line of the text with the offset where it starts."""
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    paragraph = 0
    blank_before = True
    for offset, raw in _numbered(text):
        if not raw.strip():
            blank_before = True
            continue
        if blank_before and lines:
            paragraph += 1
        blank_before = False
        lines.append(_Line(offset, offset + len(raw), raw, _plain(raw), bool(_LIST_MARK.match(raw)), paragraph))
    return lines


def _plain(line: str) -> str:
    """A line as a reader sees it: Markdown heading and list marks, links and emphasis taken away."""
    line = _HEADING_MARK.sub("", _LIST_MARK.sub("", line))
    line = _EMPHASIS.sub(r"\2", _LINK.sub(r"\1", line))
    return " ".join(line.split()).strip("*_ ")


def _paragraphs(lines: list[_Line]) -> list[list[int]]:
    paragraphs: list[list[int]] = []
    for index, line in enumerate(lines):
        if line.paragraph == len(paragraphs):
            paragraphs.append([])
        paragraphs[line.paragraph].append(index)
    return paragraphs


def _words(text: str) -> int:
    return len(text.split())


def headline_like(text: str) -> bool:
    """A short line that is not a sentence: a headline or title, e.g. 'Bridge reopens after repairs'."""
    words = _words(text)
    return (0 < words <= HEADLINE_MAX_WORDS and len(text) <= HEADLINE_MAX_CHARS
            and not _SENTENCE_END.search(text) and (text[0].isupper() or text[0].isdigit()
                                                    or text[0] in "\"'“‘"))


def _item(line: _Line) -> bool:
    """A related story listed under a heading: a headline, or a Markdown list item of a few words."""
    return headline_like(line.plain) or (line.listed and 0 < _words(line.plain) <= HEADLINE_MAX_WORDS)


def _prose(paragraph: list[int], lines: list[_Line]) -> bool:
    """A one-line paragraph of a few sentences at most, as a teaser under a related headline is."""
    if len(paragraph) != 1:
        return False
    plain = lines[paragraph[0]].plain
    return 0 < _words(plain) <= TEASER_MAX_WORDS and not headline_like(plain)


def _line_kind(line: _Line) -> str | None:
    """A button, label or call to action, wherever it stands; a reader footer's Ctrl + Enter line."""
    plain = line.plain
    if PAGE_FURNITURE.fullmatch(plain):
        return BUTTON
    words = _words(plain)
    if words > CALL_MAX_WORDS or REPORTED.search(plain):
        return None
    if LINK_OUT.match(plain) or (APPEAL.match(plain) and (words <= SHORT_APPEAL_WORDS or _to_the_reader(plain))):
        return CALL_TO_ACTION
    if ALWAYS_FOOTER.search(plain) and _to_the_reader(plain):
        return READER_FOOTER_KIND
    return None


def _to_the_reader(plain: str) -> bool:
    return bool(TO_THE_READER.search(plain)) and not REPORTED.search(plain)


def _footer(plain: str) -> bool:
    """A reader footer's line: a correction request or newsletter sign-up put to the reader, a copyright."""
    if _words(plain) > FOOTER_MAX_WORDS:
        return False
    if COPYRIGHT.match(plain) or re.fullmatch(r"all rights reserved\.?", plain, re.IGNORECASE):
        return True
    return bool(READER_FOOTER.search(plain)) and _to_the_reader(plain)


def _footer_tail(lines: list[_Line], marked: dict[int, str]) -> list[int]:
    """Reader-footer lines at the end of the text (corrections, newsletters, copyright), below the story."""
    found: list[int] = []
    for index in range(len(lines) - 1, -1, -1):
        if index in marked:
            continue
        if not _footer(lines[index].plain):
            break
        found.append(index)
    return sorted(found)


# Related-story blocks


def _related_block(lines: list[_Line], paragraphs: list[list[int]], heading: int,
                   marked: dict[int, str], known: dict[tuple[int, bool], bool]) -> list[tuple[str, list[int]]]:
    """A related-stories heading with the headline above it, the list under it, and one teaser."""
    groups: list[tuple[str, list[int]]] = []
    items: list[str] = []
    paragraph = paragraphs[lines[heading].paragraph]
    above = [i for i in paragraph if i < heading]
    below = [i for i in paragraph if i > heading]
    headline_above = _headlines_above(lines, above)
    groups.append((RELATED_HEADINGS, [heading]))
    if below:
        for index in below:
            if not _item(lines[index]):
                break
            groups.append((RELATED_HEADLINE, [index]))
            items.append(lines[index].plain)
    else:
        teasers = bool(LINKS_HEADING.match(lines[heading].plain))
        groups.extend(_items_below(lines, paragraphs, lines[heading].paragraph + 1, items, teasers, known))
    if headline_above:
        groups.insert(0, (RELATED_HEADLINE, headline_above))
    elif not above and lines[heading].paragraph > 0:
        previous = paragraphs[lines[heading].paragraph - 1]
        if len(previous) == 1 and lines[previous[0]].plain in items and previous[0] not in marked:
            groups.insert(0, (RELATED_HEADLINE, previous))
    return groups


def _headlines_above(lines: list[_Line], above: list[int]) -> list[int]:
    """The headline lines right above a heading in its paragraph (a story's link printed twice)."""
    found: list[int] = []
    for index in reversed(above):
        if not headline_like(lines[index].plain):
            break
        found.insert(0, index)
    return found if len(found) == len(above) else []


def _items_below(lines: list[_Line], paragraphs: list[list[int]], start: int,
                 items: list[str], teasers: bool, known: dict[tuple[int, bool], bool]) -> list[tuple[str, list[int]]]:
    """The related stories in the paragraphs under a heading: a list, or headlines each on its own,
    the first of them (or any, when only furniture follows to the end) with its teaser."""
    groups: list[tuple[str, list[int]]] = []
    if start >= len(paragraphs):
        return groups
    listed = paragraphs[start]
    if len(listed) > 1:
        for index in listed:
            if not _item(lines[index]):
                break
            groups.append((RELATED_HEADLINE, [index]))
            items.append(lines[index].plain)
        return groups
    at = start
    while at < len(paragraphs) and len(paragraphs[at]) == 1 and _item(lines[paragraphs[at][0]]):
        headline = paragraphs[at][0]
        after = paragraphs[at + 1] if at + 1 < len(paragraphs) else None
        first = not groups
        if (teasers and after is not None and _prose(after, lines)
                and (first or _only_furniture_from(lines, paragraphs, at + 2, known))):
            groups.append((RELATED_STORY, [headline, after[0]]))
            items.append(lines[headline].plain)
            at += 2
            continue
        followed_by_story = after is not None and not _item(lines[after[0]]) and _line_kind(lines[after[0]]) is None
        if followed_by_story and not (first and teasers):
            break
        groups.append((RELATED_HEADLINE, [headline]))
        items.append(lines[headline].plain)
        at += 1
    return groups


def _only_furniture_from(lines: list[_Line], paragraphs: list[list[int]], start: int,
                         known: dict[tuple[int, bool], bool]) -> bool:
    """Whether everything from this paragraph to the end reads as links, teasers and footers. `known` keeps what
    earlier calls found on the way, so a text of thousands of headlines is not read to its end for each one."""
    path: list[tuple[int, bool]] = []
    at, previous_was_headline, result = start, False, True
    while at < len(paragraphs):
        if (at, previous_was_headline) in known:
            result = known[at, previous_was_headline]
            break
        path.append((at, previous_was_headline))
        paragraph = paragraphs[at]
        if all(_item(lines[i]) or _line_kind(lines[i]) or _footer(lines[i].plain)
               or RELATED_HEADING.fullmatch(lines[i].plain) for i in paragraph):
            previous_was_headline = all(_item(lines[i]) for i in paragraph)
        elif previous_was_headline and _prose(paragraph, lines):
            previous_was_headline = False
        else:
            result = False
            break
        at += 1
    known.update(dict.fromkeys(path, result))
    return result


# Blocks out of marked lines


def _blocks(text: str, lines: list[_Line], marked: dict[int, str], groups: list[list[int]]) -> list[Furniture]:
    """One block per group of lines, with footer lines next to each other joined into one."""
    ordered = sorted(groups, key=lambda members: members[0])
    joined: list[list[int]] = []
    for members in ordered:
        kind = marked[members[0]]
        if (joined and kind in (READER_FOOTER_KIND, CALL_TO_ACTION)
                and marked[joined[-1][0]] in (READER_FOOTER_KIND, CALL_TO_ACTION)
                and joined[-1][-1] + 1 == members[0]):
            joined[-1].extend(members)
        else:
            joined.append(list(members))
    blocks: list[Furniture] = []
    for members in joined:
        kinds = {marked[i] for i in members}
        kind = READER_FOOTER_KIND if READER_FOOTER_KIND in kinds else marked[members[0]]
        start, end = lines[members[0]].start, lines[members[-1]].end
        blocks.append(Furniture(kind, text[start:end], start, end))
    return blocks


def _tidy(text: str) -> str:
    """Runs of blank lines left by a cut made single, no blank lines at the ends, one final newline."""
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    text = text.strip("\n")
    return text + "\n" if text else ""
