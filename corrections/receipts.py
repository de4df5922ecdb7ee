"""Receipts: what a newsroom keeps outside its history to prove later that the history was not rewritten.

A receipt names one publish point (article, its identity, version, time, the version's chain hash,
the notice's digest). A published notice names less (article, version, chain hash) but is public.
This module reads both from the files a user gives `emend verify --against`: receipts JSON, a
JSON-LD notice, or an HTML page with Emend's notice markup.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from corrections.errors import InputError
from corrections.numbers import MAX_ID, as_id, is_digits

RECEIPT_FORMAT = "emend-receipt/1"
_SHA256 = re.compile("[0-9a-f]{64}")
_RECORD_NAMES = {"emend-article": "article_id", "emend-version": "version", "emend-chain-sha256": "chain_sha256"}


@dataclass(frozen=True)
class Receipt:
    """One publish point as recorded outside the history; `complete` is False for one read from a notice,
    which carries no identity, publication time or notice digest."""

    article_id: int
    version: int
    chain_sha256: str
    source: str
    complete: bool = True
    title: str = ""
    created_at: str = ""
    source_sha256: str = ""
    published_at: str = ""
    notice_sha256: str | None = None
    wording: tuple[str, ...] = ()
    """The paragraphs of the published notice a receipt was read from, as readers were shown them."""

    def to_json(self) -> dict:
        return {
            "format": RECEIPT_FORMAT, "article": self.article_id, "title": self.title,
            "created_at": self.created_at, "source_sha256": self.source_sha256, "version": self.version,
            "published_at": self.published_at, "chain_sha256": self.chain_sha256,
            "notice_sha256": self.notice_sha256,
        }

    def to_fields(self) -> tuple[str, ...]:
        """The receipt as the fields of one line of text; '-' stands for an empty source hash or no notice."""
        return (str(self.article_id), self.title, self.created_at, self.source_sha256 or "-", str(self.version),
                self.published_at, self.chain_sha256, self.notice_sha256 or "-")


def read_receipts(path) -> list[Receipt]:
    """The receipts in a file given to `verify --against`; a file that cannot be read or holds none is an InputError."""
    from corrections.files.reader import read_text_file, shown

    return receipts_from_text(read_text_file(path, "the --against file"), shown(path))


def receipts_from_text(text: str, name: str) -> list[Receipt]:
    """Receipts from receipts JSON, a JSON-LD notice or an HTML page; `name` says where in messages."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("[", "{")):
        found = _from_json(_json(stripped, name), name)
    else:
        found = _from_html(text, name)
    unique = list(dict.fromkeys(found))
    if not unique:
        raise InputError(f"{name} holds no Emend record (receipts JSON, a JSON-LD notice or an HTML page "
                         "with Emend's notice markup)")
    return unique


def _json(text: str, name: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{name} is not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})") from None
    except RecursionError:
        raise InputError(f"{name} is nested too deeply to be a receipts file or notice") from None
    except ValueError:  # a number of more digits than Python converts
        raise InputError(f"{name} holds a number too long to be an article or version") from None


def _from_json(data, name: str) -> list[Receipt]:
    """Receipt objects (format emend-receipt/1) and JSON-LD objects with Emend identifiers, wherever they sit."""
    found: list[Receipt] = []
    pending = [data]  # a stack, so the values are visited in document order
    while pending:
        value = pending.pop()
        if isinstance(value, list):
            pending.extend(reversed(value))
        elif isinstance(value, dict):
            if value.get("format") == RECEIPT_FORMAT:
                found.append(_receipt(value, name))
            elif (record := _jsonld_record(value, name)) is not None:
                found.append(record)
            else:
                pending.extend(reversed([value[key] for key in ("@graph", "mainEntity") if key in value]))
    return found


def _receipt(data: dict, name: str) -> Receipt:
    where = f"{name}: a receipt"
    notice = data.get("notice_sha256")
    if notice is not None:
        notice = _sha256(notice, f"{where}'s notice_sha256")
    return Receipt(
        article_id=_positive(data.get("article"), f"{where}'s article"),
        version=_positive(data.get("version"), f"{where}'s version"),
        chain_sha256=_sha256(data.get("chain_sha256"), f"{where}'s chain_sha256"),
        source=name,
        title=_text(data, "title", where),
        created_at=_text(data, "created_at", where),
        source_sha256=_text(data, "source_sha256", where),
        published_at=_text(data, "published_at", where) or _missing(where, "published_at"),
        notice_sha256=notice,
    )


def _jsonld_record(data: dict, name: str) -> Receipt | None:
    identifiers = data.get("identifier")
    if not isinstance(identifiers, list):
        return None
    parts = {}
    for item in identifiers:
        if isinstance(item, dict):
            key = _RECORD_NAMES.get(item.get("propertyID")) or _RECORD_NAMES.get(item.get("name"))
            if key:
                parts[key] = item.get("value")
    comments = data.get("correction") if isinstance(data.get("correction"), list) else []
    wording = [c["text"] for c in comments if isinstance(c, dict) and isinstance(c.get("text"), str)]
    return _record(parts, name, "JSON-LD identifier", wording) if parts else None


def _record(parts: dict, name: str, what: str, wording=()) -> Receipt:
    """A receipt from a published notice's record (article, version, chain hash) and its wording, each part
    checked."""
    where = f"{name}: the {what}"
    return Receipt(
        article_id=_positive(_number(parts.get("article_id")), f"{where} emend-article"),
        version=_positive(_number(parts.get("version")), f"{where} emend-version"),
        chain_sha256=_sha256(parts.get("chain_sha256"), f"{where} emend-chain-sha256"),
        source=name, complete=False, wording=tuple(" ".join(text.split()) for text in wording if text.strip()),
    )


class _NoticeMarkup(HTMLParser):
    """Collects data-emend-* records of notice asides and the text of JSON-LD script elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.records: list[dict] = []
        self.wordings: list[list[str]] = []
        self.scripts: list[str] = []
        self._in_jsonld = False
        self._entry: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        parts = {key: values[f"data-{name}"] for name, key in _RECORD_NAMES.items() if f"data-{name}" in values}
        if parts:
            self.records.append(parts)
            self.wordings.append([])
        if tag == "p" and "correction-notice__entry" in (values.get("class") or "").split() and self.records:
            self._entry = []
        if tag == "script" and (values.get("type") or "").strip().lower() == "application/ld+json":
            self._in_jsonld = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_jsonld = False
        if tag == "p" and self._entry is not None:
            self.wordings[-1].append("".join(self._entry))
            self._entry = None

    def handle_data(self, data):
        if self._in_jsonld:
            self.scripts[-1] += data
        if self._entry is not None:
            self._entry.append(data)


def _from_html(text: str, name: str) -> list[Receipt]:
    markup = _NoticeMarkup()
    try:
        markup.feed(text)
        markup.close()
    except AssertionError:  # html.parser's answer to some malformed markup (an unknown marked section)
        raise InputError(f"{name} is neither JSON nor HTML Emend can read") from None
    found = [_record(parts, name, "notice markup", wording)
             for parts, wording in zip(markup.records, markup.wordings)]
    for script in markup.scripts:
        found += _from_json(_json(script, f"{name} (a JSON-LD script)"), name)
    return found


def _number(value):
    """A whole number given as a number or as the digits of one (HTML attributes are text)."""
    if isinstance(value, str) and is_digits(value.strip()):
        number = as_id(value.strip())
        return MAX_ID + 1 if number is None else number  # refused, as too large, by _positive
    return value


def _positive(value, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ID:
        raise InputError(f"{where} must be a whole number from 1 to {MAX_ID}, not {_short(value)}")
    return value


def _sha256(value, where: str) -> str:
    if not isinstance(value, str) or not _SHA256.fullmatch(value):
        raise InputError(f"{where} must be a SHA-256 (64 lowercase hexadecimal digits), not {_short(value)}")
    return value


def _text(data: dict, key: str, where: str) -> str:
    if key not in data:
        _missing(where, key)
    if not isinstance(data[key], str):
        raise InputError(f"{where}'s {key} must be text, not {_short(data[key])}")
    return data[key]


def _missing(where: str, key: str):
    raise InputError(f"{where} has no {key}")


def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=True) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
