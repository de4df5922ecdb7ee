"""A word diff written out for people and programs: marked-up text, JSON and HTML."""

from __future__ import annotations

from html import escape

from corrections.diff import DELETE, EQUAL, INSERT, Diff
from corrections.diff.moves import Move, find_moves, normalised
from corrections.html_isolation import isolated

_OP_NAMES = {DELETE: "delete", EQUAL: "equal", INSERT: "insert"}

DIFF_STYLE = """\
.emend-diff { white-space: pre-wrap; font-family: Georgia, serif; line-height: 1.5; }
.emend-diff del { color: #b3261e; background: #fde7e6; text-decoration: line-through; }
.emend-diff ins { color: #1b6b2f; background: #e3f5e6; text-decoration: underline; }
"""


def to_text(diff: Diff) -> str:
    """The diff as `git diff --word-diff` writes it: [-deleted-] and {+inserted+} in the text."""
    parts = []
    for op, text in diff:
        if op == DELETE:
            parts.append(f"[-{text}-]")
        elif op == INSERT:
            parts.append(f"{{+{text}+}}")
        else:
            parts.append(text)
    return "".join(parts)


def to_json(diff: Diff, moves: list[Move] | None = None) -> list[dict[str, str | int]]:
    """The diff as a JSON-serialisable list of {"op": "equal"|"delete"|"insert", "text": ...}; a moved
    deletion also has "moved_to" and its insertion "moved_from", each the other's index in the list."""
    items: list[dict[str, str | int]] = [{"op": _OP_NAMES[op], "text": text} for op, text in diff]
    for move in find_moves(diff) if moves is None else moves:
        items[move.deleted]["moved_to"] = move.inserted
        items[move.inserted]["moved_from"] = move.deleted
    return items


def move_notes(diff: Diff, moves: list[Move] | None = None) -> list[str]:
    """One line per moved passage, quoted as it now reads, for after the text diff: 'moved: “…” from line 3
    to line 9' (old text's line, new text's line), or 'within line 3' for a sentence moved inside its line."""
    lines = _first_lines(diff)
    notes = []
    for move in find_moves(diff) if moves is None else moves:
        label = "moved" if move.identical else "moved with changes"
        old, new = lines[move.deleted], lines[move.inserted]
        where = f"from line {old} to line {new}" if old != new else f"within line {old}"
        notes.append(f"{label}: {_quoted(diff[move.inserted][1])} {where}")
    return notes


def _first_lines(diff: Diff) -> list[int]:
    """For each op, the line (counted from 1, in the old text for a deletion, else the new) its first
    non-space character is on."""
    old_line = new_line = 1
    found = []
    for op, text in diff:
        lead = text[: len(text) - len(text.lstrip())]
        found.append((old_line if op == DELETE else new_line) + lead.count("\n"))
        breaks = text.count("\n")
        if op != INSERT:
            old_line += breaks
        if op != DELETE:
            new_line += breaks
    return found


def _quoted(text: str, limit: int = 60) -> str:
    """A passage on one line, in quotes, cut at a word when long."""
    line = normalised(text)
    if len(line) > limit:
        line = line[:limit].rsplit(" ", 1)[0] + "…"
    return f"“{line}”"


def to_html(diff: Diff) -> str:
    """The diff as an HTML fragment: escaped text, <del> and <ins>, line breaks kept (pre-wrap)."""
    parts = []
    for op, text in diff:
        if op == DELETE:
            parts.append(f"<del>{escape(text)}</del>")
        elif op == INSERT:
            parts.append(f"<ins>{escape(text)}</ins>")
        else:
            parts.append(escape(text))
    return f'<div class="emend-diff">{"".join(parts)}</div>'


def to_html_document(diff: Diff, title: str) -> str:
    """A complete HTML page showing the diff under a title, styled inline."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>\nbody {{ max-width: 46em; margin: 2em auto; padding: 0 1em; }}\n{DIFF_STYLE}</style>\n"
        "</head>\n<body>\n"
        f"<h1>{isolated(title)}</h1>\n"
        f"{to_html(diff)}\n"
        "</body>\n</html>\n"
    )
