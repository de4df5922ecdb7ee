"""Turning an article file's bytes into text: byte-order marks, strict UTF-8, then detection.

Detection uses charset-normalizer's chaos (mess) measure, prefers Windows-1252 for Western
text it cannot tell apart from other single-byte code pages, and refuses bytes that decode
only to mojibake or control characters, so garbage never becomes an article.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from .errors import ArticleRefused, shown

MAX_CHAOS = 0.2
"""The mess ratio above which a decoding is taken for mojibake (charset-normalizer's default)."""

MAX_CONTROL_SHARE = 0.01
"""The share of control, unassigned or private-use characters a real text may contain."""

_CHAOS_SAMPLE = 64 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with a byte-order mark",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 little-endian without a byte-order mark",
    "utf-16-be": "UTF-16 big-endian without a byte-order mark",
    "utf-32": "UTF-32",
    "utf-32-le": "UTF-32 little-endian without a byte-order mark",
    "utf-32-be": "UTF-32 big-endian without a byte-order mark",
    "cp1252": "Windows-1252",
    "iso8859-1": "Latin-1 (ISO-8859-1)",
    "ascii": "ASCII",
}

_WIDE_UNICODE = ("utf-16", "utf-32")
_CONTROL_OR_PRIVATE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\U000f0000-\U0010ffff]"
)


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the codec that decoded it, and what a reviewer should know."""

    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def encoding_label(encoding: str) -> str:
    """A codec name as a person knows it: 'cp1252' -> 'Windows-1252'."""
    return _LABELS.get(encoding, encoding.upper())


def canonical_encoding(name: str) -> str:
    """Python's own name for a codec ('windows-1252' -> 'cp1252'); refuses an unknown name."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise ArticleRefused(f"unknown encoding {shown(name)}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise ArticleRefused(f"{shown(name)} is not a text encoding")
    return info.name


def decode_bytes(
    data: bytes, name: str, encoding: str | None = None, declared: str | None = None
) -> Decoded:
    """Decode an article's bytes: a forced `encoding`, else a BOM, a page's `declared` charset,
    strict UTF-8, BOM-less UTF-16/32, then charset detection; refuse anything that is not text."""
    if encoding:
        decoded = _forced(data, name, canonical_encoding(encoding))
    else:
        decoded = _by_bom(data, name) or _declared(data, declared) or _detected(data, name)
    refuse_unless_text(decoded.text, name)
    return decoded


def _forced(data: bytes, name: str, encoding: str) -> Decoded:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ArticleRefused(_invalid(name, encoding, error)) from None
    return Decoded(text, encoding)


def _by_bom(data: bytes, name: str) -> Decoded | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise ArticleRefused(
                    f"{_invalid(name, encoding, error)}, though it starts with a "
                    f"{encoding_label(encoding)} byte-order mark"
                ) from None
            note = "decoded as UTF-8 (the file starts with a byte-order mark)"
            if encoding != "utf-8-sig":
                note = f"decoded as {encoding_label(encoding)} (from its byte-order mark)"
            return Decoded(text, encoding, (note,))
    return None


def _declared(data: bytes, declared: str | None) -> Decoded | None:
    """The charset a page declares, if it names a known codec that decodes every byte."""
    if not declared:
        return None
    try:
        encoding = codecs.lookup(declared).name
    except LookupError:
        return None
    if encoding in ("iso8859-1", "ascii"):
        encoding = "cp1252"  # as browsers do: these labels mean Windows-1252 on the web
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    if b"\x00" in data and not encoding.startswith(_WIDE_UNICODE):
        return None
    if encoding == "utf-8":
        return Decoded(text, encoding)
    note = f"decoded as {encoding_label(encoding)}, as the page declares"
    return Decoded(text, encoding, (note,))


def _detected(data: bytes, name: str) -> Decoded:
    if b"\x00" in data:
        return _wide_unicode(data, name)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        not_utf8 = f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
    import charset_normalizer  # loaded only for the rare file that is not UTF-8: a quicker import

    candidates = [
        match
        for match in charset_normalizer.from_bytes(data)
        if not canonical_encoding(match.encoding).startswith(_WIDE_UNICODE)
    ]
    if not candidates:
        raise ArticleRefused(
            f"{shown(name)} does not look like text in any known encoding ({not_utf8})"
        )
    western = _as_windows_1252(data)
    if western is not None:
        return _guessed(western, "cp1252", not_utf8)
    encoding = canonical_encoding(candidates[0].encoding)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise ArticleRefused(
            f"{shown(name)} does not look like text in any known encoding ({not_utf8})"
        ) from None
    return _guessed(text, encoding, not_utf8)


def _as_windows_1252(data: bytes) -> str | None:
    """Western text, if Windows-1252 decodes it without mojibake; most single-byte files are."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    from charset_normalizer.md import mess_ratio

    if mess_ratio(text[:_CHAOS_SAMPLE], MAX_CHAOS) >= MAX_CHAOS:
        return None
    return text


def _wide_unicode(data: bytes, name: str) -> Decoded:
    """BOM-less UTF-16 or UTF-32 if charset-normalizer finds it; otherwise NULs mean binary."""
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        encoding = canonical_encoding(best.encoding)
        if encoding.startswith(_WIDE_UNICODE):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                text = None
            if text is not None and not _control_heavy(text):
                return Decoded(text, encoding, (f"decoded as {encoding_label(encoding)}",))
    raise ArticleRefused(f"{shown(name)} contains NUL bytes: it is a binary file, not text")


def _guessed(text: str, encoding: str, not_utf8: str) -> Decoded:
    note = (
        f"{not_utf8}; decoded as {encoding_label(encoding)} — if accents or quotes look wrong, "
        "import again naming the encoding"
    )
    return Decoded(text, encoding, (note,))


def _invalid(name: str, encoding: str, error: UnicodeDecodeError) -> str:
    offset = error.start
    byte = error.object[offset]
    label = encoding_label(encoding)
    return f"{shown(name)} is not valid {label} (byte 0x{byte:02x} at offset {offset})"


def _control_heavy(text: str) -> bool:
    """Whether more than a trace of the text is control, private-use or unassigned characters."""
    if not text:
        return False
    odd = len(_CONTROL_OR_PRIVATE.findall(text))
    sample = text[:_CHAOS_SAMPLE]
    unassigned = sum(1 for ch in sample if unicodedata.category(ch) == "Cn")
    return odd / len(text) > MAX_CONTROL_SHARE or unassigned / len(sample) > MAX_CONTROL_SHARE


def refuse_unless_text(text: str, name: str) -> None:
    """Refuse a decoding with more than a trace of control or unassigned characters."""
    if "\x00" in text or _control_heavy(text):
        raise ArticleRefused(
            f"{shown(name)} does not look like text: it holds control or unprintable characters "
            "(binary data, or the wrong encoding)"
        )
