"""A notice as an HTML fragment, `<aside class="correction-notice">`, every user string escaped.

Each label and sentence sits in its own <bdi>, so a direction override typed into a note or a
passage reorders only that sentence, never the rest of the notice or the page around it.

A published notice's aside carries its record (data-emend-article, data-emend-version,
data-emend-chain-sha256), which `emend verify --against PAGE` checks against the history.
"""

from __future__ import annotations

from html import escape

from corrections.html_isolation import isolated
from corrections.notices.model import Notice, NoticeRecord


def to_html(notice: Notice, *, record: NoticeRecord | None = None) -> str:
    """The notice as an <aside> fragment: a <p> per kind (label in <strong>), then a dated <p>."""
    lines = [f'<aside class="correction-notice"{record_attributes(record)}>']
    for section in notice.sections:
        lines.append(
            f'  <p class="correction-notice__entry" data-kind="{escape(section.kind.value)}">'
            f"<strong>{isolated(section.label)}:</strong> {' '.join(isolated(s) for s in section.sentences)}</p>"
        )
    lines.append(
        f'  <p class="correction-notice__date"><time datetime="{notice.date.isoformat()}">'
        f"{escape(notice.date_line)}</time></p>"
    )
    lines.append("</aside>")
    return "\n".join(lines) + "\n"


def record_attributes(record: NoticeRecord | None) -> str:
    """The aside's data-emend-* attributes for a published notice ('' for a draft)."""
    if record is None:
        return ""
    return (f' data-emend-article="{record.article_id}" data-emend-version="{record.version}"'
            f' data-emend-chain-sha256="{record.chain_sha256}"')
