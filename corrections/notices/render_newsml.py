"""A notice as a NewsML-G2 `itemMeta` fragment: the headline, an edNote and correction signals.

A published notice also carries its record as `itemMetaExtProperty` elements, the schema's own
extension point in itemMeta (after `signal`, as the schema orders it): rel "emend:article",
"emend:version" and "emend:chain-sha256", each with its value. A newsroom's catalog declares the
"emend" scheme alias.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from corrections.correction import Kind
from corrections.notices.model import Notice, NoticeArticle, NoticeRecord

NEWSML_NAMESPACE = "http://iptc.org/std/nar/2006-10-01/"
_SIGNALS = (
    ("sig:correction", {Kind.CORRECTION, Kind.CLARIFICATION}),
    ("sig:update", {Kind.UPDATE, Kind.EDITORS_NOTE}),
)
# Characters XML 1.0 cannot carry at all, not even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def to_newsml(notice: Notice, article: NoticeArticle) -> str:
    """An itemMeta fragment to merge into a newsroom's newsItem, elements in NewsML-G2 schema order.

    sig:correction marks notices with a correction or clarification; sig:update marks updates and
    editor's notes. The edNote carries the whole notice text; ElementTree escapes it.
    """
    item_meta = ET.Element("itemMeta", xmlns=NEWSML_NAMESPACE)
    ET.SubElement(item_meta, "title").text = _xml_text(article.title.strip())
    ET.SubElement(item_meta, "edNote").text = _xml_text(notice.text)
    kinds = {section.kind for section in notice.sections}
    for qcode, signalled in _SIGNALS:
        if kinds & signalled:
            ET.SubElement(item_meta, "signal", qcode=qcode)
    for rel, value in record_properties(article.record):
        ET.SubElement(item_meta, "itemMetaExtProperty", rel=rel, value=value)
    ET.indent(item_meta)
    return ET.tostring(item_meta, encoding="unicode") + "\n"


def record_properties(record: NoticeRecord | None) -> list[tuple[str, str]]:
    """(rel, value) of each itemMetaExtProperty a published notice carries; none for a draft."""
    if record is None:
        return []
    return [("emend:article", str(record.article_id)), ("emend:version", str(record.version)),
            ("emend:chain-sha256", record.chain_sha256)]


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)
