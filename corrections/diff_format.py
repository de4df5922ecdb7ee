"""A word diff written out for people and programs: marked-up text, JSON and HTML."""

from __future__ import annotations

from html import escape

from corrections.diff import DELETE, EQUAL, INSERT, Diff
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


def to_json(diff: Diff) -> list[dict[str, str]]:
    """The diff as a JSON-serialisable list of {"op": "equal"|"delete"|"insert", "text": ...}."""
    return [{"op": _OP_NAMES[op], "text": text} for op, text in diff]


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
