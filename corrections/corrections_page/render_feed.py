"""feed.atom: the index's notices as an Atom 1.0 feed (RFC 4287), newest first, each entry's id a urn:uuid
made from its notice's UUID, so a feed reader never shows a notice twice however often the site is remade."""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ElementTree

from corrections.clock import parse_utc
from corrections.corrections_page.model import PublicRecord, PublishedNotice
from corrections.corrections_page.render_html import GENERATOR, article_file
from corrections.corrections_page.text_safety import finished, isolated_text, one_line, xml_safe
from corrections.notices.render_html import to_html as notice_html

ATOM = "http://www.w3.org/2005/Atom"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def feed_id(identity: str, title: str) -> str:
    """The feed's id: the same for a history and a title on every run, different for another newsroom's."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"emend-corrections-page:{identity}:{one_line(title)}").urn


def to_atom(record: PublicRecord, *, title: str, language: str, generated_at: str) -> str:
    """The feed; its `updated` is its newest entry's (`generated_at` for a feed with none)."""
    ElementTree.register_namespace("", ATOM)
    feed = ElementTree.Element(_atom("feed"), {_XML_LANG: language})
    _text(feed, "id", feed_id(record.identity, title))
    _text(feed, "title", isolated_text(one_line(title)))
    newest = record.notices[0].published_at if record.notices else generated_at
    _text(feed, "updated", _rfc3339(newest))
    _text(_child(feed, "author"), "name", isolated_text(one_line(title)))
    _child(feed, "link", rel="self", type="application/atom+xml", href="feed.atom")
    _child(feed, "link", rel="alternate", type="text/html", href="index.html")
    _text(feed, "generator", GENERATOR)
    for notice in record.notices:
        _entry(feed, notice)
    ElementTree.indent(feed)
    return finished('<?xml version="1.0" encoding="utf-8"?>\n' + ElementTree.tostring(feed, encoding="unicode") + "\n")


def _entry(feed: ElementTree.Element, n: PublishedNotice) -> None:
    entry = _child(feed, "entry")
    _text(entry, "id", uuid.UUID(n.uid).urn if _is_uuid(n.uid) else uuid.uuid5(uuid.NAMESPACE_URL, n.uid).urn)
    _text(entry, "title", f"{isolated_text(n.kinds)}: {isolated_text(one_line(n.article_title))}")
    _text(entry, "published", _rfc3339(n.published_at))
    _text(entry, "updated", _rfc3339(n.published_at))
    _child(entry, "link", rel="alternate", type="text/html", href=f"{article_file(n.article_uid)}#v{n.record.version}")
    _text(entry, "summary", "\n\n".join(isolated_text(xml_safe(p)) for p in n.notice.paragraphs))
    _text(entry, "content", xml_safe(notice_html(n.notice, record=n.record)), type="html")


def _atom(name: str) -> str:
    return f"{{{ATOM}}}{name}"


def _child(parent: ElementTree.Element, name: str, **attributes: str) -> ElementTree.Element:
    return ElementTree.SubElement(parent, _atom(name), attributes)


def _text(parent: ElementTree.Element, name: str, text: str, **attributes: str) -> ElementTree.Element:
    element = _child(parent, name, **attributes)
    element.text = text
    return element


def _rfc3339(moment: str) -> str:
    return parse_utc(moment).strftime("%Y-%m-%dT%H:%M:%SZ")


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True
