"""A NewsItem as a complete NewsML-G2 2.35 newsItem (power conformance), which IPTC's schema accepts.

lxml builds the document, so every user string is escaped; characters XML 1.0 cannot carry at all are dropped.
itemMeta follows the schema's order: itemClass ninat:text, provider, versionCreated, firstCreated, pubStatus, title,
the notices as edNote, the signals, then a published version's record as `itemMetaExtProperty` elements (rel
"emend:article", "emend:version" and "emend:chain-sha256", each with its value), the schema's own extension point;
the item's inline catalog declares the "emend" scheme alias, IPTC's catalog the others. The text goes in the
contentSet as XHTML.
"""

from __future__ import annotations

import re

from lxml import etree

from corrections.exporters import body_paragraphs
from corrections.notices.dates import iso_8601
from corrections.notices.model import NoticeRecord
from corrections.notices.news_item import NewsItem

NEWSML_NAMESPACE = "http://iptc.org/std/nar/2006-10-01/"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STANDARD_VERSION = "2.35"
IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_40.xml"
"""IPTC's catalog: the scheme aliases ninat (item nature), stat (publishing status) and sig (signals)."""
EMEND_SCHEME = "urn:emend:record:"
"""The scheme of Emend's record properties, declared in the item's own catalog as the alias "emend"."""
# Characters XML 1.0 cannot carry at all, not even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_N = f"{{{NEWSML_NAMESPACE}}}"
_H = f"{{{XHTML_NAMESPACE}}}"


def to_newsml(item: NewsItem) -> str:
    """The item as an XML document (UTF-8, with its declaration), one newsItem a wire system can ingest."""
    root = etree.Element(_N + "newsItem", nsmap={None: NEWSML_NAMESPACE}, attrib={
        "guid": item.guid, "version": str(item.version), "standard": "NewsML-G2",
        "standardversion": STANDARD_VERSION, "conformance": "power", XML_LANG: item.language})
    etree.SubElement(root, _N + "catalogRef", href=IPTC_CATALOG)
    catalog = etree.SubElement(root, _N + "catalog")
    etree.SubElement(catalog, _N + "scheme", alias="emend", uri=EMEND_SCHEME)
    _item_meta(root, item)
    _content_meta(root, item)
    _content_set(root, item)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode("utf-8")


def record_properties(record: NoticeRecord | None) -> list[tuple[str, str]]:
    """(rel, value) of each itemMetaExtProperty a published version carries; none for a draft."""
    if record is None:
        return []
    return [("emend:article", str(record.article_id)), ("emend:version", str(record.version)),
            ("emend:chain-sha256", record.chain_sha256)]


def _item_meta(root: etree._Element, item: NewsItem) -> None:
    meta = etree.SubElement(root, _N + "itemMeta")
    etree.SubElement(meta, _N + "itemClass", qcode="ninat:text")
    provider = etree.SubElement(meta, _N + "provider")
    if item.provider_uri:
        provider.set("uri", _xml_text(item.provider_uri))
    else:
        provider.set("literal", _one_line(item.provider))
    etree.SubElement(provider, _N + "name").text = _one_line(item.provider)
    etree.SubElement(meta, _N + "versionCreated").text = iso_8601(item.version_created)
    etree.SubElement(meta, _N + "firstCreated").text = iso_8601(item.first_created)
    etree.SubElement(meta, _N + "pubStatus", qcode="stat:usable" if item.published else "stat:withheld")
    etree.SubElement(meta, _N + "title").text = _one_line(item.headline)
    if item.notice is not None:
        etree.SubElement(meta, _N + "edNote").text = _xml_text(item.notice.text)
    for qcode in item.signals:
        etree.SubElement(meta, _N + "signal", qcode=qcode)
    for rel, value in record_properties(item.record):
        etree.SubElement(meta, _N + "itemMetaExtProperty", rel=rel, value=value)


def _content_meta(root: etree._Element, item: NewsItem) -> None:
    meta = etree.SubElement(root, _N + "contentMeta")
    etree.SubElement(meta, _N + "contentCreated").text = iso_8601(item.first_created)
    etree.SubElement(meta, _N + "contentModified").text = iso_8601(item.version_created)
    etree.SubElement(meta, _N + "language", tag=item.language)
    etree.SubElement(meta, _N + "headline").text = _one_line(item.headline)


def _content_set(root: etree._Element, item: NewsItem) -> None:
    """The text as an XHTML document: the headline as its title, each paragraph a <p>, line breaks kept."""
    inline = etree.SubElement(etree.SubElement(root, _N + "contentSet"), _N + "inlineXML",
                              contenttype="application/xhtml+xml")
    page = etree.SubElement(inline, _H + "html", nsmap={None: XHTML_NAMESPACE},
                            attrib={"lang": item.language, XML_LANG: item.language})
    etree.SubElement(etree.SubElement(page, _H + "head"), _H + "title").text = _one_line(item.headline)
    body = etree.SubElement(page, _H + "body")
    for paragraph in body_paragraphs(item.text, " ".join(item.headline.split())):
        p = etree.SubElement(body, _H + "p", dir="auto")
        lines = _xml_text(paragraph).split("\n")
        p.text = lines[0]
        for line in lines[1:]:
            etree.SubElement(p, _H + "br").tail = line


def _one_line(text: str) -> str:
    return " ".join(_xml_text(text).split())


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)
