"""Draft a notice: one sentence per amendment, grouped into labelled paragraphs, dated once.

An editor's public note is used as the sentence when given; otherwise the sentence is drafted
from the passage before and after, with the house style's wording for the amendment's shape.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

from corrections.correction import SILENT_KINDS, as_readers_see
from corrections.errors import InputError
from corrections.notices.dates import as_date
from corrections.notices.house_style import HouseStyle
from corrections.notices.model import Notice, NoticeItem, NoticeSection

_SPACES = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?…][”’\"')\]]*$")
_DOUBLED_STOP = re.compile(r"([.!?…][”’\"')\]]+)\.|(?<!\.)\.\.(?!\.)")
_UNKNOWN_TIME = datetime.max.replace(tzinfo=timezone.utc)
_STOP_AFTER_QUOTE = re.compile(r"(?<![.!?…])([”\"])([.,])")


def draft_notice(
    items: list[NoticeItem], *, corrected_on: date | datetime | str, style: HouseStyle | None = None
) -> Notice:
    """One notice for all of an article's amendments: a paragraph per kind, then the date line. Style fixes
    are left out: readers are never told about them."""
    style = style or HouseStyle.default()
    items = list(items)
    if not items:
        raise InputError("a notice needs at least one correction")
    for item in items:
        if not isinstance(item, NoticeItem):
            raise InputError(f"a notice is drafted from NoticeItem values, not {type(item).__name__}")
    items = [item for item in items if item.kind not in SILENT_KINDS]
    if not items:
        raise InputError("style fixes are never in a notice; there is nothing to give notice of")
    day = as_date(corrected_on)
    ordered = tuple(item for _, item in sorted(enumerate(items), key=lambda pair: _notice_order(pair, style)))
    sentences = tuple(item_sentence(item, style) for item in ordered)
    sections = _sections(ordered, sentences, style)
    return Notice(
        items=ordered,
        sentences=sentences,
        sections=sections,
        date=day,
        date_line=style.notice_date_line([section.kind for section in sections], day),
    )


def item_sentence(item: NoticeItem, style: HouseStyle | None = None) -> str:
    """The sentence a notice says about one amendment, without its label."""
    style = style or HouseStyle.default()
    note = _without_label(_one_line(item.public_note), style)
    if note:
        return as_sentence(note)
    shape, before, after = amendment_shape(item.before, item.after)
    label = style.label(item.kind).lower()
    if not before and not after:
        raise InputError(f"this {label} has no passage to describe; write a public note for it")
    if shape == "replaced" and before == after:
        raise InputError(f"this {label} leaves its passage as it was; write a public note for it")
    context = _passage(item.context) or before or after
    drafted = style.draft(item.kind, shape, before=before, after=after, context=context)
    sentence = as_sentence(_DOUBLED_STOP.sub(lambda m: m.group(1) or ".", _one_line(drafted)))
    return _STOP_AFTER_QUOTE.sub(r"\2\1", sentence) if style.period_inside_quotes else sentence


def amendment_shape(before: str, after: str) -> tuple[str, str, str]:
    """('replaced' | 'deleted' | 'inserted', passage removed, passage added), trimmed to whole words.

    An addition at either end of the old passage is an insertion of just the new words, and a
    removal at either end is a deletion of just the dropped words, so the notice quotes only those.
    """
    before, after = _passage(before), _passage(after)
    if not after:
        return "deleted", before, ""
    if not before:
        return "inserted", "", after
    if after != before:
        if added := _edge_difference(longer=after, shorter=before):
            return "inserted", "", added
        if removed := _edge_difference(longer=before, shorter=after):
            return "deleted", removed, ""
    return "replaced", before, after


def as_sentence(text: str) -> str:
    """Text that ends like a sentence: a full stop is added unless it already ends with . ! ? or …"""
    text = _one_line(text)
    return text if not text or _SENTENCE_END.search(text) else text + "."


def _notice_order(pair: tuple[int, NoticeItem], style: HouseStyle) -> tuple:
    position, item = pair
    return style.rank(item.kind), item.applied_moment or _UNKNOWN_TIME, position


def _sections(items: tuple[NoticeItem, ...], sentences: tuple[str, ...], style: HouseStyle) -> tuple[NoticeSection, ...]:
    sections: list[NoticeSection] = []
    for item, sentence in zip(items, sentences):
        if sections and sections[-1].kind == item.kind:
            last = sections[-1]
            said = last.sentences if sentence in last.sentences else last.sentences + (sentence,)
            sections[-1] = NoticeSection(last.kind, last.label, said, last.items + (item,))
        else:
            sections.append(NoticeSection(item.kind, style.label(item.kind), (sentence,), (item,)))
    return tuple(sections)


def _edge_difference(longer: str, shorter: str) -> str:
    """The words `longer` adds before or after `shorter`, or '' when it is not such an extension."""
    if longer.startswith(shorter) and _word_boundary(longer, len(shorter)):
        return _passage(longer[len(shorter):])
    cut = len(longer) - len(shorter)
    if longer.endswith(shorter) and _word_boundary(longer, cut):
        return _passage(longer[:cut])
    return ""


def _word_boundary(text: str, index: int) -> bool:
    return not (text[index - 1].isalnum() and text[index].isalnum())


def _without_label(note: str, style: HouseStyle) -> str:
    """An editor's note without a leading 'Correction:' the notice will add itself."""
    folded = note.casefold()
    for label in style.labels.values():
        if folded.startswith(label.casefold() + ":"):
            return note[len(label) + 1:].strip()
    return note


def _passage(text: str) -> str:
    """A passage fit to quote inside a sentence: one line, no dangling commas or colons."""
    return as_readers_see(text)


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
