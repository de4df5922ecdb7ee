"""IPTC's NewsML-G2 2.35 schema (power conformance), shipped in tests/schemas with its licence, as a validator.

A wire system or a CMS's NewsML-G2 ingest validates what it receives; so do the tests, with the same schema.
"""

from __future__ import annotations

import functools
from pathlib import Path

from lxml import etree

SCHEMA_PATH = Path(__file__).parent / "schemas" / "iptc-newsml-g2-2.35" / "NewsML-G2_2.35-spec-All-Power.xsd"
NAR = "{http://iptc.org/std/nar/2006-10-01/}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@functools.cache
def newsml_schema() -> etree.XMLSchema:
    """The schema, loaded once; it imports xml.xsd beside it, so nothing is fetched from the network."""
    return etree.XMLSchema(etree.parse(str(SCHEMA_PATH), etree.XMLParser(no_network=True)))


def schema_errors(document: str | bytes) -> list[str]:
    """What IPTC's schema says is wrong with a document ([] when it is a valid NewsML-G2 2.35 item)."""
    data = document.encode("utf-8") if isinstance(document, str) else document
    tree = etree.fromstring(data, etree.XMLParser(no_network=True, resolve_entities=False))
    schema = newsml_schema()
    return [] if schema.validate(tree) else [f"line {e.line}: {e.message}" for e in schema.error_log]


def valid_item(document: str | bytes) -> etree._Element:
    """The newsItem of a document IPTC's schema accepts; fails the test naming the schema's errors otherwise."""
    errors = schema_errors(document)
    assert errors == [], "IPTC's NewsML-G2 2.35 schema rejects the item:\n" + "\n".join(errors)
    data = document.encode("utf-8") if isinstance(document, str) else document
    root = etree.fromstring(data)
    assert root.tag == f"{NAR}newsItem"
    return root
