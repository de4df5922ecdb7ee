"""Issue 17, item 1, in the window: File > Export… as a NewsML-G2 item, and the notice dialog's NewsML output, write
the very item the command line writes (one rule, desktop/application/news_items), and IPTC's schema accepts it."""

from __future__ import annotations

import pytest
from lxml import etree
from PySide6.QtWidgets import QFileDialog

from desktop.dialogs.export_dialog import ExportDialog
from tests.newsml_schema import NAR, valid_item

TRAFFIC = "An earlier version misstated the bridge's daily traffic."
OPENING = "The bridge first opened in 1932, not in 1923."


@pytest.fixture
def newsroom(cli, db_path, sample_path):
    """Version 2 corrected and published; version 3, a clarification, saved and not yet published."""
    assert cli("--db", db_path, "import", sample_path)[0] == 0
    assert cli("--db", db_path, "correct", "1", "--quote", "48,000 vehicles", "--replace", "84,000 vehicles",
               "--note", TRAFFIC)[0] == 0
    assert cli("--db", db_path, "save", "1", "-m", "Traffic figure")[0] == 0
    assert cli("--db", db_path, "publish", "1")[0] == 0
    assert cli("--db", db_path, "correct", "1", "--kind", "clarification", "--quote", "opened in 1932",
               "--replace", "first opened in 1932")[0] == 0
    assert cli("--db", db_path, "save", "1", "-m", "Opening year")[0] == 0

    def emend(*args) -> str:
        code, out, err = cli("--db", db_path, *args)
        assert code == 0, err
        return out

    return emend


@pytest.fixture
def save_as(monkeypatch):
    """The file names the 'user' picks in the next Save dialogs."""
    picks: list[tuple[str, str]] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: picks.pop(0) if picks else ("", "")))
    return picks


def same_item(written: str | bytes, printed: str) -> bool:
    """Whether two documents are the same valid item (the terminal's copy has bidi characters as references)."""
    return etree.tostring(valid_item(written), method="c14n") == etree.tostring(valid_item(printed), method="c14n")


def test_the_window_exports_the_item_emend_export_writes(newsroom, open_window, qtbot, save_as, tmp_path):
    window = open_window()
    assert window.open_article(1)
    window.export_article()
    dialog = window.findChild(ExportDialog)
    qtbot.waitExposed(dialog)

    dialog.format.setCurrentIndex(dialog.format.findData("newsml"))
    assert not dialog.with_notice.isEnabled() and "NewsML-G2 item always carries its notice" in dialog.note.text()
    save_as.append((str(tmp_path / "bridge"), "NewsML-G2 item (*.xml)"))
    dialog.export_button.click()

    written = (tmp_path / "bridge.xml").read_bytes()
    assert same_item(written, newsroom("export", "1", "2", "--format", "newsml"))
    assert valid_item(written).find(f"{NAR}itemMeta/{NAR}pubStatus").get("qcode") == "stat:usable"


def test_the_notice_dialog_s_newsml_is_the_item_emend_notice_gives_even_as_the_wording_is_edited(
        newsroom, open_window, qtbot, save_as, tmp_path):
    window = open_window()
    assert window.open_article(1)
    window.show_notice()
    dialog = window.notice_dialog
    qtbot.waitExposed(dialog)
    dialog.set_output_format("NewsML")

    assert dialog.is_draft
    assert same_item(dialog.rendered(), newsroom("notice", "1", "--draft", "--format", "newsml"))
    assert valid_item(dialog.rendered()).find(f"{NAR}itemMeta/{NAR}pubStatus").get("qcode") == "stat:withheld"

    dialog.reload(select=dialog.chooser.itemData(1))  # the notice published with version 2
    assert not dialog.is_draft
    assert same_item(dialog.rendered(), newsroom("notice", "1", "--format", "newsml"))
    save_as.append((str(tmp_path / "notice.xml"), "NewsML-G2 (*.xml)"))
    dialog.save_output()
    assert same_item((tmp_path / "notice.xml").read_bytes(), newsroom("notice", "1", "--format", "newsml"))

    dialog.editor.setPlainText(f"Correction: {TRAFFIC} It carries 84,000 vehicles & more <daily>.\n\n"
                               "Corrected on November 24, 2026")
    qtbot.waitUntil(lambda: "&amp; more &lt;daily&gt;" in dialog.output.toPlainText(), timeout=10000)
    edited = valid_item(dialog.rendered())
    assert edited.findtext(f"{NAR}itemMeta/{NAR}edNote").startswith(f"Correction: {TRAFFIC} It carries 84,000")
    assert [s.get("qcode") for s in edited.iter(f"{NAR}signal")] == ["sig:correction"]
    dialog.reset_wording()
