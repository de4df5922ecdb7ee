"""Reading back the words of a PDF that Qt wrote, so tests can check what a reader of the file would see."""

from __future__ import annotations

import re
import unicodedata
import zlib
from pathlib import Path


def pdf_text(path: str | Path) -> str:
    """The text a Qt-written PDF draws, page by page, as `squeezed` gives it (line breaks leave no space).

    Qt writes each glyph's code in hex under a font whose ToUnicode map gives its character;
    this follows those maps (enough for Qt's own output, not for PDFs in general).
    """
    data = Path(path).read_bytes()
    objects = {int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj\s*(.*?)endobj", data, re.S)}

    def stream(number: int) -> bytes:
        head, _, rest = objects[number].partition(b"stream")
        raw = rest[:rest.rindex(b"endstream")]
        raw = raw[2:] if raw.startswith(b"\r\n") else raw[1:]  # the end of line after the keyword only
        # A compressed stream ends where its data says it does: the end of line before "endstream" is left
        # to the decompressor, as stripping it could take a last data byte that happens to be \r or \n.
        return zlib.decompressobj().decompress(raw) if b"/FlateDecode" in head else raw.rstrip(b"\r\n")

    def characters(font: int) -> dict[str, str]:
        cmap = stream(int(re.search(rb"/ToUnicode (\d+) 0 R", objects[font]).group(1))).decode("latin-1")
        table = {}
        for first, targets in re.findall(r"<(\w+)> <\w+> \[([^\]]*)\]", cmap):
            for offset, target in enumerate(re.findall(r"<(\w+)>", targets)):
                table[f"{int(first, 16) + offset:04X}"] = chr(int(target, 16))
        return table

    fonts = {name.decode(): characters(int(ref)) for body in objects.values()
             for name, ref in re.findall(rb"/(F\d+) (\d+) 0 R", body)}
    pages = [int(n) for n in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\s*\[(.*?)\]", data, re.S).group(1))]
    text: list[str] = []
    font: dict[str, str] = {}
    for page in pages:
        contents = int(re.search(rb"/Contents (\d+) 0 R", objects[page]).group(1))
        for token in re.finditer(rb"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj", stream(contents)):
            if token.group(1):
                font = fonts[token.group(1).decode()]
            else:
                code = token.group(2).decode().upper()
                text.extend(font.get(code[i:i + 4], "") for i in range(0, len(code), 4))
    return squeezed("".join(text))


def squeezed(text: str) -> str:
    """Text without whitespace and with ligatures (ﬁ, ﬃ) spelled out, to compare with what a PDF draws."""
    return "".join(unicodedata.normalize("NFKC", text).split())
