"""A notice as a NewsML-G2 `itemMeta` fragment: the headline, an edNote and correction signals."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from corrections.correction import Kind
from corrections.notices.model import Notice, NoticeArticle

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
    ET.indent(item_meta)
    return ET.tostring(item_meta, encoding="unicode") + "\n"


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)
