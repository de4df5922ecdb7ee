"""Notices as plain data for the history, and notices rebuilt from an editor's revised text.

A published notice is stored exactly as published, so rendering it after a restart (or after
the house style changed) gives the same words.
"""

from __future__ import annotations

import re
from datetime import date

from corrections.correction import NOTICE_KINDS, Kind
from corrections.errors import InputError
from corrections.notices.house_style import HouseStyle
from corrections.notices.model import Notice, NoticeItem, NoticeSection


def notice_to_dict(notice: Notice) -> dict:
    items = list(notice.items)
    return {
        "items": [_item_dict(item) for item in items],
        "sentences": list(notice.sentences),
        "sections": [
            {"kind": s.kind.value, "label": s.label, "sentences": list(s.sentences),
             "items": [items.index(item) for item in s.items]}
            for s in notice.sections
        ],
        "date": notice.date.isoformat(),
        "date_line": notice.date_line,
    }


def notice_from_dict(data: dict) -> Notice:
    items = tuple(NoticeItem(**item) for item in data["items"])
    return Notice(
        items=items,
        sentences=tuple(data["sentences"]),
        sections=tuple(
            NoticeSection(kind=Kind(s["kind"]), label=s["label"], sentences=tuple(s["sentences"]),
                          items=tuple(items[i] for i in s["items"]))
            for s in data["sections"]
        ),
        date=date.fromisoformat(data["date"]),
        date_line=data["date_line"],
    )


_RECORD_LINE = re.compile(r"Record: sha256:[0-9a-f]{64}")


def notice_from_text(text: str, draft: Notice, style: HouseStyle | None = None) -> Notice:
    """The drafted notice with its wording replaced by the editor's text.

    Every paragraph but the last must start with a kind's label ("Correction: …"); the last
    is the date line. Refuses unlabelled paragraphs, which newsrooms never publish.
    """
    style = style or HouseStyle.default()
    paragraphs = [" ".join(p.split()) for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    if paragraphs and _RECORD_LINE.fullmatch(paragraphs[-1]):
        paragraphs.pop()  # the record line a published text notice carries is not part of the wording
    if len(paragraphs) < 2:
        raise InputError("a notice needs at least one labelled paragraph and a date line")
    labels = {style.label(kind): kind for kind in NOTICE_KINDS}
    sections = []
    for paragraph in paragraphs[:-1]:
        label, sep, rest = paragraph.partition(":")
        if not sep or label.strip() not in labels or not rest.strip():
            choices = ", ".join(f"'{name}:'" for name in labels)
            raise InputError(f"every paragraph of a notice starts with a label ({choices}): {paragraph[:50]!r}")
        kind = labels[label.strip()]
        sections.append(NoticeSection(kind=kind, label=label.strip(), sentences=(rest.strip(),),
                                      items=tuple(i for i in draft.items if i.kind is kind)))
    return Notice(items=draft.items, sentences=draft.sentences, sections=tuple(sections), date=draft.date,
                  date_line=paragraphs[-1])


def combine_notices(notices: list[Notice]) -> Notice:
    """Several published notices of one article as one, for the structured (JSON-LD, NewsML) outputs."""
    if not notices:
        raise InputError("there are no notices to combine")
    latest = max(notices, key=lambda n: n.date)
    return Notice(
        items=tuple(i for n in notices for i in n.items),
        sentences=tuple(s for n in notices for s in n.sentences),
        sections=tuple(s for n in notices for s in n.sections),
        date=latest.date,
        date_line=latest.date_line,
    )


def _item_dict(item: NoticeItem) -> dict:
    return {"kind": item.kind.value, "before": item.before, "after": item.after,
            "public_note": item.public_note, "applied_at": item.applied_at, "context": item.context}
