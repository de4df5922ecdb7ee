"""The site's colours, light and dark, each text colour on its background at WCAG AA contrast (4.5:1 or more),
and the style sheet every page carries inline (so a page works alone, from file:// or any server)."""

from __future__ import annotations

from corrections.diff_format import DIFF_STYLE

LIGHT = {
    "page": "#fbfbfd", "text": "#1b1b1f", "muted": "#4d4d57", "link": "#0b57d0", "rule": "#c9c9d1",
    "notice-back": "#fff8e1", "notice-edge": "#b07a00", "kind-text": "#6b3e00", "kind-back": "#fff0c2",
    "del-text": "#a3170f", "del-back": "#fde7e6", "ins-text": "#14602a", "ins-back": "#e3f5e6",
}
DARK = {
    "page": "#131316", "text": "#e6e6ea", "muted": "#b4b4bf", "link": "#9cc0ff", "rule": "#3a3a44",
    "notice-back": "#2a2417", "notice-edge": "#d9a437", "kind-text": "#ffd98a", "kind-back": "#3d2f0f",
    "del-text": "#ffb4ab", "del-back": "#4a1714", "ins-text": "#9fe0ad", "ins-back": "#173a22",
}
TEXT_ON = (("text", "page"), ("muted", "page"), ("link", "page"), ("text", "notice-back"),
           ("muted", "notice-back"), ("link", "notice-back"), ("kind-text", "kind-back"),
           ("del-text", "del-back"), ("ins-text", "ins-back"))
"""Every (text colour, background) pair the pages put together: what the contrast check covers."""


def _variables(palette: dict[str, str]) -> str:
    return " ".join(f"--{name}: {value};" for name, value in palette.items())


STYLE_SHEET = f"""\
:root {{ color-scheme: light dark; {_variables(LIGHT)} }}
@media (prefers-color-scheme: dark) {{ :root {{ {_variables(DARK)} }} }}
{DIFF_STYLE}\
html {{ background: var(--page); color: var(--text); }}
body {{ max-width: 46em; margin: 0 auto; padding: 2em 1.25em 3em; font: 1.0625rem/1.55 system-ui, -apple-system,
  "Segoe UI", Roboto, "Noto Sans", sans-serif; }}
a {{ color: var(--link); text-underline-offset: 0.15em; }}
a:focus-visible {{ outline: 3px solid var(--link); outline-offset: 2px; }}
h1 {{ font-size: 2rem; line-height: 1.2; margin: 0 0 0.4em; }}
h2 {{ font-size: 1.3rem; line-height: 1.3; margin: 0 0 0.3em; }}
h3 {{ font-size: 1.05rem; margin: 1.2em 0 0.4em; }}
header {{ border-bottom: 1px solid var(--rule); margin-bottom: 1.5em; padding-bottom: 1em; }}
footer {{ border-top: 1px solid var(--rule); margin-top: 2.5em; padding-top: 1em; }}
.lead, .meta, footer {{ color: var(--muted); }}
.meta {{ font-size: 0.95rem; margin: 0 0 0.6em; }}
.entries {{ list-style: none; margin: 0; padding: 0; }}
.entries > li, .change {{ border-bottom: 1px solid var(--rule); padding: 1.1em 0 1.3em; }}
.entries > li:last-child, .change:last-of-type {{ border-bottom: 0; }}
.kind {{ display: inline-block; padding: 0 0.45em; border-radius: 0.3em; color: var(--kind-text);
  background: var(--kind-back); font-weight: 600; }}
.correction-notice {{ background: var(--notice-back); border-left: 4px solid var(--notice-edge);
  padding: 0.7em 1em; margin: 0.6em 0; font-family: Georgia, "Times New Roman", serif; }}
.correction-notice p {{ margin: 0.3em 0; }}
.correction-notice__date {{ color: var(--muted); font-style: italic; }}
.excerpt {{ margin: 0.5em 0 0.9em; }}
.excerpt .where {{ color: var(--muted); font-size: 0.9rem; margin: 0; }}
.emend-diff del {{ color: var(--del-text); background: var(--del-back); }}
.emend-diff ins {{ color: var(--ins-text); background: var(--ins-back); }}
.record code {{ overflow-wrap: anywhere; font-size: 0.9rem; }}
"""
