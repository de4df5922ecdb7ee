"""Print benchmark rows (a list of dicts) as an aligned plain-text or Markdown table."""

from __future__ import annotations


def format_table(rows: list[dict], markdown: bool = False) -> str:
    if not rows:
        return "(no rows)"
    columns = list(dict.fromkeys(key for row in rows for key in row))
    cells = [[str(row.get(c, "")) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    sep = " | " if markdown else "  "
    lines = [sep.join(c.ljust(w) for c, w in zip(columns, widths))]
    lines.append(sep.join(("-" * w) for w in widths))
    lines += [sep.join(v.ljust(w) for v, w in zip(r, widths)) for r in cells]
    if markdown:
        lines = [f"| {line} |" for line in lines]
    return "\n".join(lines)


def print_table(title: str, rows: list[dict]) -> None:
    print(f"\n## {title}\n")
    print(format_table(rows, markdown=True))
