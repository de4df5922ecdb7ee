"""What a recovery record changed, for the start-up offer: each change with a few words around it, deletions
struck through and insertions underlined in the diff colours, instead of the whole text."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QPalette

from corrections.diff import DELETE, EQUAL, INSERT, word_diff
from desktop.theme import diff_colours

CONTEXT_WORDS = 8


def _edge(text: str, words: int, *, head: bool) -> str:
    """The first (head) or last few words of an unchanged stretch, with … where it was cut."""
    parts = text.split(" ")
    if len(parts) <= words:
        return text
    return " ".join(parts[:words]) + " …" if head else "… " + " ".join(parts[-words:])


def changes_html(saved: str, recovered: str, palette: QPalette) -> str:
    """The changes from the saved text to the recovered one, as HTML paragraphs for a QTextBrowser."""
    colours = diff_colours(palette)
    deleted = f"color:{colours.deleted_fg.name()}; background-color:{colours.deleted_bg.name()}"
    inserted = f"color:{colours.inserted_fg.name()}; background-color:{colours.inserted_bg.name()}"
    diff = list(word_diff(saved, recovered))
    hunks: list[list[str]] = []
    current: list[str] = []
    for index, (op, text) in enumerate(diff):
        if op == EQUAL:
            before = index > 0
            after = index < len(diff) - 1
            if current and before:
                current.append(escape(_edge(text, CONTEXT_WORDS, head=True)))
            if len(text.split(" ")) > 2 * CONTEXT_WORDS or not after:
                if current:
                    hunks.append(current)
                current = []
                if after:
                    current.append(escape(_edge(text, CONTEXT_WORDS, head=False)))
            elif not current and after:
                current.append(escape(text))
        elif op == DELETE:
            current.append(f'<s style="{deleted}">{escape(text)}</s>')
        elif op == INSERT:
            current.append(f'<u style="{inserted}">{escape(text)}</u>')
    if current and any(op != EQUAL for op, _ in diff):
        hunks.append(current)
    return "".join(f"<p>{''.join(hunk)}</p>".replace("\n", "<br>") for hunk in hunks)
