"""A newsroom's house style for notices: labels, order, dates and drafting wording, kept in TOML.

The built-in style lives in resources/notices/house-style.toml; a newsroom's own file is laid
over it key by key and checked on load, so a typo is reported instead of silently ignored.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from string import Template
from typing import Mapping

import resources
from corrections.correction import NOTICE_KINDS, Kind
from corrections.errors import InputError

DEFAULT_STYLE = "notices/house-style.toml"
SHAPES = ("replaced", "deleted", "inserted")
DRAFT_PLACEHOLDERS = frozenset({"before", "after", "context"})
DATE_PLACEHOLDERS = frozenset({"month", "day", "year"})
DATE_LINE_PLACEHOLDERS = frozenset({"date"})
PERIOD_PLACES = ("inside", "outside")
"""[quotes] period: where a sentence's period sits beside a closing quotation mark."""
_TABLES = ("labels", "order", "dates", "date_lines", "drafts", "check", "record", "placement", "quotes", "page",
           "newsml")
PLACES = ("top", "bottom")
MIXED = "mixed"
"""The [date_lines] key for a notice whose paragraphs are of kinds with different date lines."""


@dataclass(frozen=True, eq=False)
class HouseStyle:
    """Everything about a notice's wording that a newsroom may want to change without code."""

    labels: Mapping[Kind, str]
    order: tuple[Kind, ...]
    date_format: Template
    months: tuple[str, ...]
    date_lines: Mapping[Kind, Template]
    drafts: Mapping[tuple[Kind, str], Template]
    banned_words: tuple[str, ...]
    record_line: bool = False
    """Whether text and Markdown notices end with "Record: sha256:<hash>" (HTML and JSON-LD always carry it)."""
    period_inside_quotes: bool = False
    """Whether a drafted sentence's period (and comma) goes inside a closing quotation mark, as US style has it
    (“eastern Ukraine.”), rather than outside, as UK and logical style have it (“eastern Ukraine”.)."""
    source: str = "the built-in house style"
    mixed_date_line: Template | None = None
    """The date line of a notice whose kinds date differently (a correction and a clarification); None: the
    leading kind's."""
    notice_place: str = "bottom"
    """Where readers find the notice on the article: "top" (under the headline) or "bottom"."""
    page_title: str = "Corrections"
    """The title of the public corrections page and its feed (`emend corrections-page`)."""
    page_language: str = "en"
    """The language of the notices' wording, as a BCP 47 tag: the corrections page's `lang`."""
    provider: str = "Newsroom"
    """The newsroom's name, as the provider of its NewsML-G2 items."""
    provider_uri: str = ""
    """The newsroom's web address, which names the provider of its NewsML-G2 items when given."""

    @classmethod
    def default(cls) -> "HouseStyle":
        """Emend's bundled house style (AP/Reuters-like wording, US-style dates)."""
        return _default_style()

    @classmethod
    def from_file(cls, path: str | Path) -> "HouseStyle":
        """A newsroom's TOML style file, laid over the built-in style; errors name the file."""
        from corrections.files.reader import read_text_file

        text = read_text_file(path, "the house style file")
        return cls.from_toml(text, source=str(path))

    @classmethod
    def from_toml(cls, text: str, source: str = "house style") -> "HouseStyle":
        """A style from TOML text, laid over the built-in style."""
        overrides = _canonical(_parse_toml(text, source), source)
        merged = _merge(_default_tables(), overrides)
        if overrides.get("date_lines") and MIXED not in overrides["date_lines"]:
            del merged["date_lines"][MIXED]  # a newsroom's own date lines keep dating by the leading kind
        return _build(merged, source)

    def label(self, kind: Kind) -> str:
        """The kind's label in notices; a style fix, never in one, keeps its own."""
        return self.labels.get(kind, kind.label)

    def rank(self, kind: Kind) -> int:
        """Where a kind's paragraph goes in a notice (0 first)."""
        return self.order.index(kind)

    def format_date(self, day: date) -> str:
        """'November 24, 2026' in the default style, whatever the machine's locale."""
        return self.date_format.substitute(month=self.months[day.month - 1], day=str(day.day), year=str(day.year))

    def date_line(self, kind: Kind, day: date) -> str:
        return self.date_lines[kind].substitute(date=self.format_date(day))

    def notice_date_line(self, kinds, day: date) -> str:
        """The date line of a notice with paragraphs of `kinds` (leading kind first): that kind's, unless
        the kinds date differently ("Corrected on" beside "Updated on"), when the style's mixed line says both."""
        kinds = list(kinds)
        lines = {self.date_lines[kind].template for kind in kinds}
        if len(lines) > 1 and self.mixed_date_line is not None:
            return self.mixed_date_line.substitute(date=self.format_date(day))
        return self.date_line(kinds[0], day)

    def draft(self, kind: Kind, shape: str, *, before: str, after: str, context: str) -> str:
        """The drafted sentence for an amendment of this kind and shape (replaced/deleted/inserted)."""
        return self.drafts[(kind, shape)].substitute(before=before, after=after, context=context)

    @functools.cached_property
    def date_pattern(self) -> re.Pattern[str]:
        """Matches a date as this style writes it, so the notice check can tell it from quoted values."""
        return re.compile(_template_regex(self.date_format, {
            "month": "(?:" + "|".join(re.escape(month) for month in self.months) + ")",
            "day": r"\d{1,2}",
            "year": r"\d{4}",
        }))

    @functools.cached_property
    def date_line_pattern(self) -> re.Pattern[str]:
        """Matches any of this style's date lines, with any date in it."""
        date_regex = self.date_pattern.pattern
        templates = [*self.date_lines.values(), *([self.mixed_date_line] if self.mixed_date_line else [])]
        lines = sorted({_template_regex(t, {"date": date_regex}) for t in templates})
        return re.compile("|".join(lines), re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _default_style() -> HouseStyle:
    return _build(_default_tables(), HouseStyle.source)


@functools.lru_cache(maxsize=1)
def _default_tables_cached() -> dict:
    return _canonical(_parse_toml(resources.read_text(DEFAULT_STYLE), "the built-in house style"), "built-in")


def _default_tables() -> dict:
    return _merge({}, _default_tables_cached())


def _parse_toml(text: str, source: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"house style {source} is not valid TOML: {error}") from None


def _merge(base: dict, overrides: dict) -> dict:
    """A copy of `base` with `overrides` laid over it, table by table."""
    merged = {}
    for key in [*base, *(key for key in overrides if key not in base)]:
        old, new = base.get(key), overrides.get(key)
        if isinstance(old, dict) and isinstance(new, dict):
            merged[key] = _merge(old, new)
        elif key in overrides:
            merged[key] = _merge({}, new) if isinstance(new, dict) else new
        else:
            merged[key] = _merge({}, old) if isinstance(old, dict) else old
    return merged


def _build(tables: dict, source: str) -> HouseStyle:
    return HouseStyle(
        labels=dict(tables["labels"]),
        order=tuple(tables["order"]["kinds"]),
        date_format=tables["dates"]["format"],
        months=tuple(tables["dates"]["months"]),
        date_lines={kind: line for kind, line in tables["date_lines"].items() if kind != MIXED},
        drafts={(kind, shape): template for kind, shapes in tables["drafts"].items() for shape, template in shapes.items()},
        banned_words=tuple(tables["check"]["banned_words"]),
        record_line=tables["record"]["show_in_text"],
        period_inside_quotes=tables.get("quotes", {}).get("period", "outside") == "inside",
        source=source,
        mixed_date_line=tables["date_lines"].get(MIXED),
        notice_place=tables.get("placement", {}).get("notice", "bottom"),
        page_title=tables.get("page", {}).get("title", "Corrections"),
        page_language=tables.get("page", {}).get("language", "en"),
        **tables.get("newsml", {}),
    )


def _canonical(raw: dict, source: str) -> dict:
    """Validate a style table by table: kinds parsed, templates compiled and checked."""
    _only(raw, _TABLES, source, "the top level")
    tables: dict = {}
    for name, value in raw.items():
        where = f"[{name}]"
        _expect_table(value, source, where)
        tables[name] = _CANONICALISERS[name](value, source, where)
    return tables


def _labels(table: dict, source: str, where: str) -> dict:
    labels = {}
    for kind, value in _kind_keys(table, source, where).items():
        label = _text(value, source, f"{where} {kind.value}")
        if "\n" in label or label.endswith(":"):
            raise InputError(f"house style {source}: {where} {kind.value} must be one line without the colon")
        labels[kind] = label
    return labels


def _order(table: dict, source: str, where: str) -> dict:
    _only(table, ("kinds",), source, where)
    if "kinds" not in table:
        return {}
    kinds = table["kinds"]
    if not isinstance(kinds, list):
        raise InputError(f"house style {source}: {where} kinds must be a list of kinds")
    parsed = [_kind(value, source, where) for value in kinds]
    if sorted(k.value for k in parsed) != sorted(k.value for k in NOTICE_KINDS):
        choices = ", ".join(k.value for k in NOTICE_KINDS)
        raise InputError(f"house style {source}: {where} kinds must list each of {choices} once")
    return {"kinds": parsed}


def _dates(table: dict, source: str, where: str) -> dict:
    _only(table, ("format", "months"), source, where)
    dates: dict = {}
    if "format" in table:
        dates["format"] = _template(table["format"], DATE_PLACEHOLDERS, source, f"{where} format")
    if "months" in table:
        months = table["months"]
        if not isinstance(months, list) or len(months) != 12 or not all(isinstance(m, str) and m.strip() for m in months):
            raise InputError(f"house style {source}: {where} months must list twelve month names")
        dates["months"] = [m.strip() for m in months]
    return dates


def _date_lines(table: dict, source: str, where: str) -> dict:
    table = dict(table)
    mixed = table.pop(MIXED, None)
    lines: dict = {
        kind: _template(value, DATE_LINE_PLACEHOLDERS, source, f"{where} {kind.value}", required=("date",))
        for kind, value in _kind_keys(table, source, where).items()
    }
    if mixed is not None:
        lines[MIXED] = _template(mixed, DATE_LINE_PLACEHOLDERS, source, f"{where} {MIXED}", required=("date",))
    return lines


def _placement(table: dict, source: str, where: str) -> dict:
    _only(table, ("notice",), source, where)
    if "notice" not in table:
        return {}
    if table["notice"] not in PLACES:
        raise InputError(f"house style {source}: {where} notice must be \"top\" or \"bottom\"")
    return {"notice": table["notice"]}


def _drafts(table: dict, source: str, where: str) -> dict:
    drafts = {}
    for kind, shapes in _kind_keys(table, source, where).items():
        kind_where = f"[drafts.{kind.value}]"
        _expect_table(shapes, source, kind_where)
        _only(shapes, SHAPES, source, kind_where)
        drafts[kind] = {
            shape: _template(value, DRAFT_PLACEHOLDERS, source, f"{kind_where} {shape}")
            for shape, value in shapes.items()
        }
    return drafts


def _check(table: dict, source: str, where: str) -> dict:
    _only(table, ("banned_words",), source, where)
    if "banned_words" not in table:
        return {}
    words = table["banned_words"]
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise InputError(f"house style {source}: {where} banned_words must be a list of words")
    return {"banned_words": [w.strip() for w in words]}


def _record(table: dict, source: str, where: str) -> dict:
    _only(table, ("show_in_text",), source, where)
    if "show_in_text" not in table:
        return {}
    if not isinstance(table["show_in_text"], bool):
        raise InputError(f"house style {source}: {where} show_in_text must be true or false")
    return {"show_in_text": table["show_in_text"]}


def _quotes(table: dict, source: str, where: str) -> dict:
    _only(table, ("period",), source, where)
    if "period" not in table:
        return {}
    if table["period"] not in PERIOD_PLACES:
        raise InputError(f"house style {source}: {where} period must be \"inside\" (US) or \"outside\" (UK, logical)")
    return {"period": table["period"]}


def _page(table: dict, source: str, where: str) -> dict:
    _only(table, ("title", "language"), source, where)
    page = {}
    if "title" in table:
        page["title"] = " ".join(_text(table["title"], source, f"{where} title").split())
    if "language" in table:
        language = _text(table["language"], source, f"{where} language")
        if not _LANGUAGE_TAG.fullmatch(language):
            raise InputError(f"house style {source}: {where} language must be a language tag such as \"en\" or "
                             "\"en-GB\"")
        page["language"] = language
    return page


_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")


def _newsml(table: dict, source: str, where: str) -> dict:
    _only(table, ("provider", "provider_uri"), source, where)
    newsml = {}
    if "provider" in table:
        newsml["provider"] = " ".join(_text(table["provider"], source, f"{where} provider").split())
    if "provider_uri" in table:
        uri = table["provider_uri"]
        if not isinstance(uri, str) or (uri.strip() and not _WEB_ADDRESS.fullmatch(uri.strip())):
            raise InputError(f"house style {source}: {where} provider_uri must be a web address (https://…) or "
                             "empty")
        newsml["provider_uri"] = uri.strip()
    return newsml


_IRI_CHAR = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=\u00a0-\U0010ffff]|%[0-9A-Fa-f]{2})"
_WEB_ADDRESS = re.compile(
    rf"https?://(?:(?:{_IRI_CHAR}|:)*@)?(?:\[[0-9A-Fa-f:.]+\]|{_IRI_CHAR}+)(?::[0-9]+)?"
    rf"(?:/(?:{_IRI_CHAR}|[:@])*)*(?:\?(?:{_IRI_CHAR}|[:@/?])*)?(?:#(?:{_IRI_CHAR}|[:@/?])*)?")
"""An http(s) address as RFC 3987 spells an IRI, which a NewsML-G2 ingest accepts as its provider's."""


_CANONICALISERS = {
    "labels": _labels,
    "order": _order,
    "dates": _dates,
    "date_lines": _date_lines,
    "drafts": _drafts,
    "check": _check,
    "record": _record,
    "quotes": _quotes,
    "placement": _placement,
    "page": _page,
    "newsml": _newsml,
}


def _template(value: object, allowed: frozenset[str], source: str, where: str, required: tuple[str, ...] = ()) -> Template:
    """A checked string.Template: valid syntax, known placeholders only, required ones present."""
    template = Template(_text(value, source, where))
    if not template.is_valid():
        raise InputError(f"house style {source}: {where} has a '$' that starts no placeholder; write $$ for a dollar sign")
    names = template.get_identifiers()
    allowed_list = ", ".join(f"${name}" for name in sorted(allowed))
    for name in names:
        if name not in allowed:
            raise InputError(f"house style {source}: {where} uses unknown placeholder ${name}; use {allowed_list}")
    for name in required:
        if name not in names:
            raise InputError(f"house style {source}: {where} must contain ${name}")
    return template


def _template_regex(template: Template, groups: dict[str, str]) -> str:
    """A regular expression matching what `template` produces when each placeholder matches its group."""
    parts, last = [], 0
    for match in template.pattern.finditer(template.template):
        parts.append(re.escape(template.template[last:match.start()]))
        name = match.group("named") or match.group("braced")
        parts.append(groups[name] if name else re.escape("$"))
        last = match.end()
    parts.append(re.escape(template.template[last:]))
    return "".join(parts)


def _kind_keys(table: dict, source: str, where: str) -> dict:
    parsed: dict = {}
    for key, value in table.items():
        kind = _kind(key, source, where)
        if kind in parsed:
            raise InputError(f"house style {source}: {where} names {kind.value} twice")
        parsed[kind] = value
    return parsed


def _kind(value: object, source: str, where: str) -> Kind:
    if not isinstance(value, str):
        raise InputError(f"house style {source}: {where} lists {value!r}, which is not a kind")
    try:
        return Kind.parse(value)
    except InputError as error:
        raise InputError(f"house style {source}: {where}: {error}") from None


def _text(value: object, source: str, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"house style {source}: {where} must be non-empty text")
    if _CONTROL.search(value):  # dropped from every page and item, it would leave a title or a name empty
        raise InputError(f"house style {source}: {where} holds a control character")
    return value.strip()


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")


def _expect_table(value: object, source: str, where: str) -> None:
    if not isinstance(value, dict):
        raise InputError(f"house style {source}: {where} must be a table of keys")


def _only(table: dict, known: tuple[str, ...], source: str, where: str) -> None:
    for key in table:
        if key not in known:
            raise InputError(f"house style {source}: unknown key {key!r} in {where}; expected one of: {', '.join(known)}")
