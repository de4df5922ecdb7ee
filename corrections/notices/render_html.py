"""A notice as an HTML fragment, `<aside class="correction-notice">`, every user string escaped."""

from __future__ import annotations

from html import escape

from corrections.notices.model import Notice


def to_html(notice: Notice) -> str:
    """The notice as an <aside> fragment: a <p> per kind (label in <strong>), then a dated <p>."""
    lines = ['<aside class="correction-notice">']
    for section in notice.sections:
        lines.append(
            f'  <p class="correction-notice__entry" data-kind="{escape(section.kind.value)}">'
            f"<strong>{escape(section.label)}:</strong> {escape(' '.join(section.sentences))}</p>"
        )
    lines.append(
        f'  <p class="correction-notice__date"><time datetime="{notice.date.isoformat()}">'
        f"{escape(notice.date_line)}</time></p>"
    )
    lines.append("</aside>")
    return "\n".join(lines) + "\n"
