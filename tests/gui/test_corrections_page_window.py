"""History > Publish Corrections Page…: the editor picks a folder, the site is written there off the GUI thread,
the window says where, and the folder is offered again next time; a site already there is replaced only
after asking."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.corrections_page_action import corrections_page_folder


@pytest.fixture
def published_twice(cli, db_path, sample_path) -> Path:
    """The sample article with two corrections, each published with its notice, through the command line."""
    assert cli("--db", db_path, "import", sample_path)[0] == 0
    for quote, replacement in (("48,000 vehicles", "84,000 vehicles"), ("Monday morning", "Tuesday morning")):
        assert cli("--db", db_path, "correct", "1", "--quote", quote, "--replace", replacement)[0] == 0
        assert cli("--db", db_path, "save", "1", "-m", replacement)[0] == 0
        assert cli("--db", db_path, "publish", "1")[0] == 0
    return db_path


class Chooser(list):
    """The folders the 'user' picks in the next folder choosers, and the folder each chooser opened in."""

    def __init__(self):
        super().__init__()
        self.opened_in: list[str] = []


@pytest.fixture
def choose_folder(monkeypatch) -> Chooser:
    chooser = Chooser()

    def pick(parent, caption, folder, *args, **kwargs):
        chooser.opened_in.append(folder)
        return chooser.pop(0) if chooser else ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(pick))
    return chooser


def test_the_window_publishes_the_corrections_page_into_the_folder_chosen(published_twice, open_window, qtbot,
                                                                          choose_folder, message_boxes, tmp_path):
    window = open_window()
    site = tmp_path / "public" / "corrections"
    site.parent.mkdir()
    choose_folder.append(str(site))

    assert window.history_menu.actions().count(window.corrections_page_action) == 1
    window.corrections_page_action.trigger()

    qtbot.waitUntil(lambda: (site / "index.html").is_file(), timeout=30000)
    feed = feedparser.parse(str(site / "feed.atom"))
    assert feed.bozo == 0 and len(feed.entries) == 2
    assert len(list((site / "articles").glob("*.html"))) == 1
    kind, _title, text = message_boxes.shown[-1]
    assert kind == "information" and "2 notices of 1 article" in text and str(site / "index.html") in text
    assert str(site / "index.html") in window.statusBar().currentMessage()
    assert corrections_page_folder() == site  # remembered for next time


def test_a_site_already_in_the_folder_is_replaced_only_after_asking(published_twice, open_window, choose_folder,
                                                                   message_boxes, tmp_path):
    window = open_window()
    site = tmp_path / "corrections"
    choose_folder.append(str(site))
    assert window.publish_corrections_page() == site / "index.html"
    (site / "index.html").write_text("an old page", encoding="utf-8")

    choose_folder.append(str(site))
    message_boxes.answers.append(QMessageBox.StandardButton.No)
    assert window.publish_corrections_page() is None
    assert choose_folder.opened_in[-1] == str(site)  # the chooser opened where the page went last time
    assert message_boxes.shown[-1][0] == "question" and str(site) in message_boxes.shown[-1][2]
    assert (site / "index.html").read_text(encoding="utf-8") == "an old page"

    choose_folder.append(str(site))
    message_boxes.answers.append(QMessageBox.StandardButton.Yes)
    assert window.publish_corrections_page() == site / "index.html"
    assert "Tuesday morning" in (site / "index.html").read_text(encoding="utf-8")


def test_a_folder_that_cannot_hold_the_site_is_reported_and_nothing_is_written(published_twice, open_window,
                                                                               choose_folder, message_boxes,
                                                                               tmp_path):
    window = open_window()
    taken = tmp_path / "corrections"
    taken.write_text("a file, not a folder", encoding="utf-8")
    choose_folder.append(str(taken))

    assert window.publish_corrections_page() is None

    kind, title, text = message_boxes.shown[-1]
    assert (kind, title) == ("critical", "The corrections page was not written")
    assert "is a file, not a folder" in text
    assert taken.read_text(encoding="utf-8") == "a file, not a folder"


def test_the_window_follows_the_house_style_chosen_in_preferences_as_the_command_line_does(
        published_twice, open_window, choose_folder, cli, db_path, tmp_path):
    from desktop.settings_keys import PreferenceValues, PreviewMode

    style = tmp_path / "house.toml"
    style.write_text('[page]\ntitle = "Corrections and clarifications"\nlanguage = "en-GB"\n', encoding="utf-8")
    PreferenceValues(author="", database_path="", house_style_path=str(style), preview_mode=PreviewMode.INLINE,
                     font_size=12).save()
    window = open_window()
    choose_folder.append(str(tmp_path / "by-window"))
    window.publish_corrections_page()
    assert cli("--db", db_path, "corrections-page", "-o", tmp_path / "by-cli")[0] == 0

    by_window, by_cli = (feedparser.parse(str(tmp_path / name / "feed.atom")) for name in ("by-window", "by-cli"))
    assert by_window.feed.title == by_cli.feed.title == "Corrections and clarifications"
    assert by_window.feed.id == by_cli.feed.id
    assert [e.id for e in by_window.entries] == [e.id for e in by_cli.entries]
    assert '<html lang="en-GB">' in (tmp_path / "by-window" / "index.html").read_text(encoding="utf-8")
