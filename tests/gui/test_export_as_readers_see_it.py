"""Issue 16, items 8 and 13: File > Export… writes the version readers see (the published one) unless the editor
picks another, with its notice if asked; History > As Readers See It… previews the article with the notice where
the house style puts it. The command line follows the same rule (`emend export --published --with-notice`)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.dialogs.export_dialog import ExportDialog
from desktop.settings_keys import PreferenceValues, PreviewMode

TRAFFIC = "An earlier version misstated the bridge's daily traffic."
PUBLISHED_TEXT = "84,000 vehicles"  # version 2, published with its notice
UNPUBLISHED_TEXT = "first opened in 1932"  # version 3, saved but not published


@pytest.fixture
def newsroom(cli, db_path, sample_path):
    """The trial's day: version 2 corrected and published; version 3 saved after it and not yet published."""
    assert cli("--db", db_path, "import", sample_path)[0] == 0
    assert cli("--db", db_path, "correct", "1", "--quote", "48,000 vehicles", "--replace", PUBLISHED_TEXT,
               "--note", TRAFFIC)[0] == 0
    assert cli("--db", db_path, "save", "1", "-m", "Traffic figure")[0] == 0
    assert cli("--db", db_path, "publish", "1")[0] == 0
    assert cli("--db", db_path, "correct", "1", "--kind", "clarification", "--quote", "opened in 1932",
               "--replace", UNPUBLISHED_TEXT)[0] == 0
    assert cli("--db", db_path, "save", "1", "-m", "Opening year")[0] == 0


@pytest.fixture
def save_as(monkeypatch):
    """The file names the 'user' picks in the next Save dialogs."""
    picks: list[tuple[str, str]] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: picks.pop(0) if picks else ("", "")))
    return picks


def opened_dialog(qtbot, window, action) -> ExportDialog:
    action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def test_export_writes_the_published_version_with_its_notice_by_default(newsroom, open_window, qtbot, save_as,
                                                                        tmp_path):
    window = open_window()
    assert window.open_article(1)
    assert window.session.base.number == 3  # the editor works on the latest, unpublished version

    dialog = opened_dialog(qtbot, window, window.export_action)

    assert dialog.number == 2 and "readers see" in dialog.version.currentText()
    assert dialog.with_notice.isChecked()
    save_as.append((str(tmp_path / "bridge.txt"), "Plain text (*.txt)"))
    dialog.export_button.click()

    written = (tmp_path / "bridge.txt").read_text(encoding="utf-8")
    assert PUBLISHED_TEXT in written and UNPUBLISHED_TEXT not in written
    assert written.rstrip().splitlines()[-1].startswith("Corrected on ")  # the house style's place: the end
    assert TRAFFIC.removesuffix(".") in written
    assert "Exported version 2 to" in window.statusBar().currentMessage()
    assert not dialog.isVisible()


def test_another_version_and_no_notice_can_be_chosen_and_the_dialog_says_what_they_are(
        newsroom, open_window, qtbot, save_as, tmp_path):
    window = open_window()
    assert window.open_article(1)
    dialog = opened_dialog(qtbot, window, window.export_action)

    dialog.version.setCurrentIndex(dialog.version.findData(3))
    assert "Readers see version 2" in dialog.note.text()
    assert "draft" in dialog.note.text()  # version 3's clarification is not published yet
    dialog.with_notice.setChecked(False)
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    save_as.append((str(tmp_path / "bridge"), "Markdown (*.md)"))
    dialog.export()

    written = (tmp_path / "bridge.md").read_text(encoding="utf-8")
    assert UNPUBLISHED_TEXT in written and "Correction:" not in written


def test_version_one_carries_no_notice_and_says_so(newsroom, open_window, qtbot):
    window = open_window()
    assert window.open_article(1)
    dialog = opened_dialog(qtbot, window, window.export_action)

    dialog.version.setCurrentIndex(dialog.version.findData(1))

    assert not dialog.with_notice.isEnabled()
    assert "no correction notice" in dialog.note.text()


def test_the_readers_view_puts_the_notice_where_the_house_style_says(newsroom, open_window, qtbot, save_as,
                                                                    tmp_path):
    style = tmp_path / "house.toml"
    style.write_text('[placement]\nnotice = "top"\n', encoding="utf-8")
    PreferenceValues(author="", database_path="", house_style_path=str(style), preview_mode=PreviewMode.INLINE,
                     font_size=12).save()
    window = open_window()
    assert window.open_article(1)

    dialog = opened_dialog(qtbot, window, window.readers_view_action)

    shown = dialog.preview.toPlainText()
    assert shown.index("Correction: " + TRAFFIC.removesuffix(".")) < shown.index("The Kestrel Harbour Bridge")
    assert PUBLISHED_TEXT in shown and UNPUBLISHED_TEXT not in shown
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    save_as.append((str(tmp_path / "page.html"), "Web page (*.html)"))
    dialog.export_button.click()
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert page.index('<aside class="correction-notice"') < page.index("The Kestrel Harbour Bridge")
    assert 'data-emend-version="2"' in page and '<meta name="emend-chain-sha256"' in page


def test_the_command_line_writes_what_the_window_writes(newsroom, open_window, qtbot, save_as, tmp_path, cli,
                                                          db_path):
    window = open_window()
    assert window.open_article(1)
    dialog = opened_dialog(qtbot, window, window.export_action)
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    save_as.append((str(tmp_path / "window.html"), "Web page (*.html)"))
    dialog.export_button.click()

    code, _, err = cli("--db", db_path, "export", "1", "--published", "--with-notice", "-o", tmp_path / "cli.html")

    assert code == 0, err
    assert (tmp_path / "cli.html").read_bytes() == (tmp_path / "window.html").read_bytes()
    assert cli("--db", db_path, "verify", "--against", tmp_path / "cli.html")[:2] == (0, "ok\n")


def test_notice_with_article_prints_the_published_version_not_a_later_unpublished_one(newsroom, cli, db_path):
    code, out, err = cli("--db", db_path, "notice", "1", "--with-article")

    assert code == 0, err
    assert PUBLISHED_TEXT in out and UNPUBLISHED_TEXT not in out


def test_a_version_and_published_together_are_refused_in_one_line(newsroom, cli, db_path):
    code, out, err = cli("--db", db_path, "export", "1", "3", "--published")

    assert code == 2 and out == "" and len(err.splitlines()) == 1
