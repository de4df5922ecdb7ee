"""Why each blamed passage changed: the correction that made its change and the notice that told readers.

A correction applied in a version put its replacement at its anchor, moved by the corrections before
it; a change of that version's word diff that overlaps that place was made by it. Only a place whose
text is still the replacement counts, so nothing is credited to a correction by guesswork.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from corrections.blame import BlameSpan, word_spans
from corrections.correction import SILENT_KINDS, Correction, Status
from db import publishing


def with_reasons(history, article_id: int, spans: list[BlameSpan], texts: Mapping[int, str]) -> list[BlameSpan]:
    """The spans with the note and kind of the correction that made each one's change and the notice
    wording that covered it; `texts` holds each version's text by number."""
    placed = _placed_corrections(history, article_id, texts)
    if not placed:
        return spans
    notices = _notice_for_version(history, article_id)
    words = {number: word_spans(texts[number]) for number in placed}  # only versions a correction made
    reasoned = []
    for span in spans:
        made = _made_by(span, placed[span.version], words[span.version]) if span.version in placed else []
        if not made:
            reasoned.append(span)
            continue
        told = any(c.kind not in SILENT_KINDS for c in made)  # a style fix is never in a notice
        reasoned.append(replace(
            span,
            correction_note="; ".join(dict.fromkeys(c.public_note for c in made)),
            correction_kind="; ".join(dict.fromkeys(c.kind.value for c in made)),
            notice=notices.get(span.version) if told else None,
        ))
    return reasoned


def _made_by(span: BlameSpan, placed: list[tuple[int, int, Correction]],
             words: list[tuple[int, int]]) -> list[Correction]:
    """The corrections whose replacement overlaps the words one of the span's changes inserted, in text order."""
    inserted = [(words[first][0], words[last - 1][1]) for first, last in
                (change.words for change in span.changes if change.version == span.version) if first < last]
    return [c for start, end, c in placed if any(at < end and start < to for at, to in inserted)]


def _placed_corrections(history, article_id: int,
                        texts: Mapping[int, str]) -> dict[int, list[tuple[int, int, Correction]]]:
    """By version, where each text-changing correction applied in it put its replacement in that version."""
    applied: dict[int, list[Correction]] = {}
    for c in history.corrections(article_id, Status.APPLIED):
        if c.applied_version in texts:
            applied.setdefault(c.applied_version, []).append(c)
    placed: dict[int, list[tuple[int, int, Correction]]] = {}
    for number, corrections in applied.items():
        shift, text = 0, texts[number]
        for c in sorted(corrections, key=lambda c: (c.anchor.start, c.anchor.end)):
            start = c.anchor.start + shift
            end = start + len(c.replacement)
            shift += len(c.replacement) - len(c.quote)
            if c.changes_text and start < end and text[start:end] == c.replacement:
                placed.setdefault(number, []).append((start, end, c))
    return placed


def _notice_for_version(history, article_id: int) -> dict[int, str]:
    """For each version a publication covered, the current wording of that publication's notice."""
    wording = {n.publication_id: n.text for n in publishing.notices(history, article_id)}
    covered: dict[int, str] = {}
    since = 1
    for publication in publishing.publications(history, article_id):
        text = wording.get(publication.id)
        if text:
            covered.update(dict.fromkeys(range(since + 1, publication.version_number + 1), text))
        since = max(since, publication.version_number)
    return covered
