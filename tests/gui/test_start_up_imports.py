"""`emend open` loads none of the modules Emend defers to first use, so the policy is checked, not remembered.

The window is opened as `emend open --sample` opens it, in a fresh process, and the modules loaded once
its preview is shown are listed: an import moved to the top of a module shows up here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

DEFERRED_TO_FIRST_USE = {
    # Third-party libraries behind rare file types.
    "docx": "python-docx reads and writes Word files only; importing it slows every start",
    "trafilatura": "extracts a saved news page only when one is imported; importing it slows every start",
    "lxml": "parses HTML only for a page being imported, never for plain text or the history",
    "charset_normalizer": "guesses the encoding only of the rare file that is not UTF-8",
    "importlib.metadata": "scans installed packages for sqlite-utils plugins, which the history never runs "
                          "(Database(execute_plugins=False) in db/connection.py)",
    # Emend's own code for things an editor does later, if at all.
    "corrections.importers": "reading files as articles is needed only when a new file is opened",
    "corrections.blame": "the blame maths runs only when View > Blame or Who Changed This? asks",
    "db.audit": "the timeline, blame and audit report read the history only when one is shown",
    "corrections.notices.check": "checking a notice's wording runs only when a notice is edited or published",
    "corrections.notices.render_html": "notice renderers load on first use (corrections/notices PEP 562)",
    "corrections.notices.render_jsonld": "notice renderers load on first use (corrections/notices PEP 562)",
    "corrections.notices.render_newsml": "notice renderers load on first use (corrections/notices PEP 562)",
    "corrections.notices.news_item": "a NewsML-G2 item is made only when one is exported or its notice shown as one",
    "desktop.application.news_items": "a NewsML-G2 item is made only when one is exported or its notice shown as one",
    "corrections.notices.render_text": "notice renderers load on first use (corrections/notices PEP 562)",
    "desktop.widgets.timeline_panel": "the Timeline is built the first time its tab is on screen",
    "desktop.backup_action": "File > Back Up History… is loaded when chosen",
    "desktop.corrections_page_action": "History > Publish Corrections Page… is loaded when chosen",
    "corrections.corrections_page": "the public corrections page is rendered only when it is published",
    "db.public_record": "the public record is gathered only for the corrections page",
    "desktop.signoff_panel": "the Awaiting Sign-off panel (and the newsroom layer it reads through) is built "
                             "the first time View > Awaiting Sign-off shows it",
    "desktop.screenshot": "only `emend --screenshot` renders the window to a file",
    "desktop.widgets.find_bar": "the find bar under the article is built at the first Edit > Find… (Ctrl+F)",
    "desktop.page_printer": "pages are laid out only when an audit report or a notice is printed or saved as PDF",
    "corrections.diff_excerpts": "the changed passages are cut out only for an audit report",
    "psycopg": "the newsroom server is reached only for a history that has one (desktop/application/remotes "
               "answers that without loading the driver)",
    "desktop.application.newsroom": "the sync engine loads only for a history with a newsroom server",
    "desktop.newsroom_listener": "colleagues' saves are listened for only on a history with a newsroom server",
    # Dialogs open on first use: the package itself stands for any dialog added later.
    "desktop.dialogs": "every dialog is imported when first opened",
    "desktop.dialogs.about_dialog": "Help > About is loaded when chosen",
    "desktop.dialogs.audit_report_dialog": "History > Save Audit Report… is loaded when chosen",
    "desktop.dialogs.author_dialog": "the author's name is asked once in a user's life (here EMEND_AUTHOR gives it)",
    "desktop.dialogs.correction_dialog": "the correction dialog is loaded at the first Ctrl+Enter",
    "desktop.dialogs.database_problem_dialog": "explains a history that cannot be used, and only then",
    "desktop.dialogs.export_dialog": "File > Export… is loaded when chosen",
    "desktop.dialogs.import_preview_dialog": "the import preview shows only for a file not yet in the history",
    "desktop.dialogs.notice_dialog": "History > Correction Notice… is loaded when chosen",
    "desktop.dialogs.preferences_dialog": "Preferences are loaded when chosen",
    "desktop.dialogs.recovery_dialog": "offered only when an earlier Emend left unsaved work",
    "desktop.dialogs.save_dialog": "the save dialog is loaded at the first save",
    "desktop.dialogs.shortcuts_dialog": "Help > Keyboard Shortcuts is loaded when chosen",
}
"""Module → why it is left until first use. None of them may be loaded once the window is up."""

OPEN_AND_LIST = """
import json, sys
from PySide6.QtCore import QTimer
from desktop.app import application
from desktop.cli import main
from desktop.main_window import MainWindow

def list_once_the_preview_is_shown():
    windows = [w for w in application().topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows or windows[0].scheduler.busy:
        QTimer.singleShot(10, list_once_the_preview_is_shown)
        return
    print(json.dumps({"article": windows[0].article_view.toPlainText(), "modules": sorted(sys.modules)}))
    application().closeAllWindows()

application()  # made here only so the timer has an event loop to wait for: `emend open` uses this same one
QTimer.singleShot(0, list_once_the_preview_is_shown)
sys.exit(main(["--db", sys.argv[1], "open", "--sample"]))
"""


def modules_after_opening(db_path: Path) -> dict:
    """The article shown and every module loaded when `emend open --sample` has its window up."""
    result = subprocess.run([sys.executable, "-c", OPEN_AND_LIST, str(db_path)], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_opening_the_window_loads_none_of_the_modules_deferred_to_first_use(cli, db_path, sample_path):
    # The sample already in the history, as on every start after the first: a new file's import preview
    # (and the importers behind it) are first use.
    assert cli("--db", db_path, "import", sample_path)[0] == 0

    opened = modules_after_opening(db_path)

    assert "48,000 vehicles" in opened["article"]
    assert "desktop.main_window" in opened["modules"]
    loaded = {name: why for name, why in DEFERRED_TO_FIRST_USE.items() if name in opened["modules"]}
    assert not loaded, "loaded at start-up, though deferred to first use:\n" + "\n".join(
        f"  {name}: {why}" for name, why in loaded.items())
