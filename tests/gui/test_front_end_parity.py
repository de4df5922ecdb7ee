"""The same newsroom story told through the command line and through the window stores the same
record: one application layer decides, both front ends only ask and display."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from corrections.correction import Kind
from db import publishing
from db.history import History
from desktop.settings_keys import PreferenceValues, PreviewMode
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select

NOTE = "An earlier version misstated the bridge's daily traffic."
STYLE = '[check]\nbanned_words = ["misstated"]\n'
"""A house style that bans a word the note uses, so a check that ignores the style says nothing."""


def stored(db_path: Path) -> dict:
    """What a history holds, without ids or times: the record both front ends must agree on."""
    with History.open(db_path, create=False, read_only=True) as history:
        [article] = history.articles()
        number = article.id
        return {
            "title": history.article(number).title,
            "texts": [history.text(number, v.number) for v in history.versions(number)],
            "versions": [(v.number, v.author, v.message, v.content_sha256) for v in history.versions(number)],
            "corrections": [(c.kind, c.quote, c.replacement, c.public_note, c.status, c.applied_version)
                            for c in history.corrections(number)],
            "published": [p.version_number for p in publishing.publications(history, number)],
            "notices": [n.text for n in publishing.notices(history, number)],
        }


@pytest.fixture
def house_style(tmp_path) -> Path:
    """The newsroom's house style, chosen in Preferences: both front ends must follow it."""
    path = tmp_path / "house.toml"
    path.write_text(STYLE, encoding="utf-8")
    PreferenceValues(author="", database_path="", house_style_path=str(path), preview_mode=PreviewMode.INLINE,
                     font_size=12).save()
    return path


def cli_story(cli, db: Path, sample: Path, export: Path) -> dict:
    """Import, try to publish version 1, correct, save, check the draft notice, publish, restore, export."""
    outcome = {}
    assert cli("--db", db, "import", sample)[0] == 0
    code, _, err = cli("--db", db, "publish", "1", "1")
    outcome["publish version 1"] = code
    assert cli("--db", db, "correct", "1", "--quote", "48,000 vehicles", "--replace", "84,000 vehicles",
               "--note", NOTE)[0] == 0
    assert cli("--db", db, "save", "1", "-m", "Traffic figure")[0] == 0
    _, _, err = cli("--db", db, "notice", "1", "--draft", "--check")
    outcome["warnings"] = sorted(line.removeprefix("emend: warning: ").lower() for line in err.splitlines()
                                 if line.startswith("emend: warning: "))
    assert cli("--db", db, "publish", "1")[0] == 0
    code, _, _ = cli("--db", db, "publish", "1", "2")
    outcome["publish version 2 again"] = code
    assert cli("--db", db, "restore", "1", "1")[0] == 0
    assert cli("--db", db, "export", "1", "2", "-o", export)[0] == 0
    return outcome


def window_story(window, qtbot, answers, message_boxes, sample: Path, export: Path, monkeypatch) -> dict:
    outcome = {}
    assert window.open_file(sample)
    outcome["publish version 1"] = 0 if window.publish_action.isEnabled() else 2
    select(window.article_view, "48,000 vehicles")
    answers.corrections.append(CorrectionAnswer("84,000 vehicles", kind=Kind.CORRECTION, public_note=NOTE))
    press_ctrl_enter(qtbot, window)
    answers.messages.append("Traffic figure")
    assert window.save_version()
    window.show_notice()
    dialog = window.notice_dialog
    outcome["warnings"] = sorted(text.removeprefix("⚠ ").lower() for text in dialog.warning_messages())
    dialog.reject()
    message_boxes.answers.append(QMessageBox.StandardButton.Yes)
    assert window.publish_version()
    outcome["publish version 2 again"] = 0 if window.publish_action.isEnabled() else 2
    assert window.restore_version(1)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(export), "Plain text (*.txt)")))
    from desktop.dialogs.export_dialog import export_article

    assert export_article(window, window.history, window.session.article.id, 2) == export
    return outcome


def test_the_command_line_and_the_window_store_the_same_record(cli, open_window, qtbot, answers, message_boxes,
                                                                 sample_path, house_style, tmp_path, monkeypatch):
    by_cli = cli_story(cli, tmp_path / "cli.sqlite", sample_path, tmp_path / "cli.txt")
    window = open_window(tmp_path / "window.sqlite")
    by_window = window_story(window, qtbot, answers, message_boxes, sample_path, tmp_path / "window.txt",
                             monkeypatch)

    assert by_cli == by_window
    assert by_cli["publish version 1"] == 2  # version 1 is the article as published when imported
    assert by_cli["publish version 2 again"] == 2
    assert any("misstated" in warning for warning in by_cli["warnings"])  # the house style was followed
    assert stored(tmp_path / "cli.sqlite") == stored(tmp_path / "window.sqlite")
    assert (tmp_path / "cli.txt").read_bytes() == (tmp_path / "window.txt").read_bytes()


def test_the_database_chosen_in_preferences_is_the_one_both_front_ends_use(cli, sample_path, tmp_path, monkeypatch,
                                                                          qtbot):
    chosen = tmp_path / "newsroom.sqlite"
    PreferenceValues(author="", database_path=str(chosen), house_style_path="", preview_mode=PreviewMode.INLINE,
                     font_size=12).save()
    monkeypatch.delenv("EMEND_DB")
    assert cli("import", sample_path)[0] == 0
    assert stored(chosen)["title"] == "Harbour bridge reopens after three-year restoration"
    from desktop.app import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    assert Path(window.history.path) == chosen
    assert [a.id for a in window.history.articles()] == [1]
