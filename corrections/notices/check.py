"""Check a notice's wording before it is published: labelled, plain-spoken, true to the diff."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from corrections.correction import SILENT_KINDS, TEXT_CHANGING_KINDS, Kind
from corrections.notices.house_style import HouseStyle
from corrections.triage import classify
from corrections.visible_text import BIDI_CONTROLS, reveal

UNLABELLED = "unlabelled"
EUPHEMISM = "euphemism"
UNSUPPORTED_VALUE = "unsupported-value"
DIRECTION_CONTROLS = "direction-controls"
STYLE_IN_NOTICE = "style-in-notice"
SILENT_SUBSTANCE = "substance-without-notice"

_QUOTED = re.compile(r"“([^”]*)”|\"([^\"]*)\"|«([^»]*)»")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class NoticeWarning:
    """Something an editor should look at before publishing a notice; `code` is stable, `message` is for people."""

    code: str
    message: str


def check_notice(
    notice_text: str, diff_before_after: list[tuple[str, str]], *, style: HouseStyle | None = None,
    amendments: Iterable[tuple[Kind, str, str]] = (),
) -> list[NoticeWarning]:
    """Warnings for a notice that is unlabelled, uses a banned euphemism, quotes a value in no diff, or
    holds invisible text-direction controls; and, given the (kind, before, after) of the `amendments` it
    speaks for, style fixes included, for kinds that triage disagrees with (see `kind_warnings`)."""
    style = style or HouseStyle.default()
    passages = [_fold(part) for pair in diff_before_after for part in pair]
    return _label_warnings(notice_text, style) + _euphemism_warnings(notice_text, style) + _value_warnings(
        notice_text, passages, style
    ) + _direction_warnings(notice_text) + kind_warnings(amendments)


def kind_warnings(amendments: Iterable[tuple[Kind, str, str]]) -> list[NoticeWarning]:
    """A correction or clarification that only fixes style carries a notice readers need not see; a style fix
    that changes substance (a number, a name, a claim) keeps from readers what they must be told."""
    warnings = []
    for kind, before, after in amendments:
        if before == after or (kind not in SILENT_KINDS and kind not in TEXT_CHANGING_KINDS):
            continue
        triage = classify(before, after)
        if kind in SILENT_KINDS and not triage.is_style:
            warnings.append(NoticeWarning(SILENT_SUBSTANCE, (
                f"{triage.change} is recorded as a style fix, which readers are never told of, but {triage.why}; "
                "record it as a correction")))
        elif kind not in SILENT_KINDS and triage.is_style:
            warnings.append(NoticeWarning(STYLE_IN_NOTICE, (
                f"the notice tells readers of {triage.change}, a style fix ({triage.why}); record it as a style "
                "fix, which needs no notice")))
    return warnings


def _label_warnings(text: str, style: HouseStyle) -> list[NoticeWarning]:
    opening = text.lstrip().lstrip("*_").casefold()
    labels = [style.label(kind) for kind in style.order]
    if any(opening.startswith(label.casefold() + ":") for label in labels):
        return []
    choices = ", ".join(f"{label}:" for label in labels)
    return [NoticeWarning(UNLABELLED, f"the notice does not start with a label; begin it with one of {choices}")]


def _euphemism_warnings(text: str, style: HouseStyle) -> list[NoticeWarning]:
    if not style.banned_words:
        return []
    pattern = re.compile(r"\b(" + "|".join(re.escape(word) for word in style.banned_words) + r")\b", re.IGNORECASE)
    seen: dict[str, str] = {}
    for match in pattern.finditer(text):
        seen.setdefault(match.group(1).casefold(), match.group(1))
    return [
        NoticeWarning(EUPHEMISM, f"the notice says {word!r}; say plainly what was wrong and what is right")
        for word in seen.values()
    ]


def _direction_warnings(text: str) -> list[NoticeWarning]:
    """Bidi controls are invisible yet can make a sentence display in a different order than it reads."""
    hidden = sorted(BIDI_CONTROLS.intersection(text))
    if not hidden:
        return []
    shown = ", ".join(reveal(char) for char in hidden)
    return [NoticeWarning(DIRECTION_CONTROLS, f"the notice holds invisible text-direction controls ({shown}) that can "
                                              "make it display differently from what it says; remove them unless the "
                                              "language needs them")]


def _value_warnings(text: str, passages: list[str], style: HouseStyle) -> list[NoticeWarning]:
    """Quoted text and numbers must come from a passage before or after some correction."""
    text = style.date_line_pattern.sub(" ", text)
    warnings, outside_quotes, last = [], [], 0
    for match in _QUOTED.finditer(text):
        outside_quotes.append(text[last:match.start()])
        last = match.end()
        quoted = next(group for group in match.groups() if group is not None)
        value = _fold(quoted).strip(" .,;:!?")
        if value and not any(value in passage for passage in passages):
            warnings.append(NoticeWarning(
                UNSUPPORTED_VALUE, f"the notice quotes “{quoted.strip()}”, which is in no corrected passage"
            ))
    outside_quotes.append(text[last:])
    numbers_in_diff = {_number(n) for passage in passages for n in _NUMBER.findall(passage)}
    reported: set[str] = set()
    for number in _NUMBER.findall(" ".join(outside_quotes)):
        if _number(number) not in numbers_in_diff and number not in reported:
            reported.add(number)
            warnings.append(NoticeWarning(
                UNSUPPORTED_VALUE, f"the notice gives the number {number}, which is in no corrected passage"
            ))
    return warnings


def _fold(text: str) -> str:
    return _SPACES.sub(" ", text).casefold().strip()


def _number(token: str) -> str:
    return token.replace(",", "")
