"""A notice as plain text and as Markdown (label in bold, date line in italics)."""

from __future__ import annotations

from corrections.markdown_text import markdown_escape
from corrections.notices.house_style import HouseStyle
from corrections.notices.model import Notice, NoticeRecord


def to_text(notice: Notice, *, record: NoticeRecord | None = None, style: HouseStyle | None = None) -> str:
    """The notice as plain text: one paragraph per kind, then the date line (and the record line, when
    the house style asks for it and the notice is published)."""
    return "\n\n".join([notice.text, *record_lines(record, style)]) + "\n"


def to_markdown(notice: Notice, *, record: NoticeRecord | None = None, style: HouseStyle | None = None) -> str:
    """The notice as Markdown; every user string is escaped so it renders as the words typed."""
    paragraphs = [f"**{markdown_escape(section.label)}:** {markdown_escape(' '.join(section.sentences))}" for section in notice.sections]
    paragraphs.append(f"*{markdown_escape(notice.date_line)}*")
    paragraphs += record_lines(record, style)
    return "\n\n".join(paragraphs) + "\n"


def record_lines(record: NoticeRecord | None, style: HouseStyle | None) -> list[str]:
    """["Record: sha256:<hash>"] for a published notice when the house style shows it, else []."""
    if record is None or not (style or HouseStyle.default()).record_line:
        return []
    return [f"Record: sha256:{record.chain_sha256}"]
