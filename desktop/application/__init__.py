"""What an editor does, once, for both front ends: `desktop/cli.py` and the window call these
functions and only display what they return. Below this layer is the history store (`db/`).

- configuration: which history, author and house style (flag, environment, preference, default)
- articles: open or import a file (find-or-import by file hash; never the history file itself)
- notices: the rule for publishing, drafting, rendering and checking a notice
"""
