"""Articles open from a dropped file, the recent files, the sample menu item and the Library."""

from __future__ import annotations

import warnings

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop import preferences


def drop(widget, path) -> None:
    """Drag a file over a widget and let go, as from a file manager."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data, buttons, modifiers)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data, buttons, modifiers))


def story(tmp_path, name: str, title: str):
    path = tmp_path / name
    path.write_text(f"{title}\n\nThe story of {title.lower()}, told in one paragraph.\n", encoding="utf-8")
    return path


def test_a_file_dropped_on_the_article_opens_as_a_new_article(window, tmp_path, history):
    dropped = story(tmp_path, "ferry.txt", "Ferry timetable returns")

    drop(window.article_view.viewport(), dropped)

    assert window.session.article.title == "Ferry timetable returns"
    assert "Imported ferry.txt as version 1" in window.statusBar().currentMessage()
    assert [a.title for a in history.articles()] == ["Ferry timetable returns"]


def test_a_file_dropped_on_the_window_opens_too(window, tmp_path):
    drop(window, story(tmp_path, "rates.md", "Quay Street traders"))

    assert window.session.article.title == "Quay Street traders"


def test_opened_files_are_offered_again_under_open_recent(window, tmp_path):
    first, second = story(tmp_path, "one.txt", "First story"), story(tmp_path, "two.txt", "Second story")
    window.open_file(first)
    window.open_file(second)

    window.recent_menu.aboutToShow.emit()

    names = [a.text() for a in window.recent_menu.actions() if not a.isSeparator()]
    assert names == ["two.txt", "one.txt", "Clear Menu"]
    assert preferences.recent_files() == [str(second.resolve()), str(first.resolve())]
    window.recent_menu.actions()[1].trigger()
    assert window.session.article.title == "First story"


def test_open_sample_article_opens_the_bundled_sample(window):
    window.open_sample_action.trigger()

    assert window.session.article.title == "Harbour bridge reopens after three-year restoration"
    assert window.windowTitle() == "Harbour bridge reopens after three-year restoration[*] — Emend"


def test_the_library_lists_the_articles_and_opens_the_one_activated(window, tmp_path, history):
    window.open_file(story(tmp_path, "one.txt", "First story"))
    window.open_file(story(tmp_path, "two.txt", "Second story"))

    titles = [window.library_model.index(row, 0).data() for row in range(window.library_model.rowCount())]
    assert sorted(titles) == ["First story", "Second story"]
    row = titles.index("First story")
    window.library_panel.view.activated.emit(window.library_model.index(row, 0))

    assert window.session.article.title == "First story"
    assert "The story of first story" in window.article_view.toPlainText()


def test_key_widgets_are_named_for_tests_and_screen_readers(window):
    for name in ("articleView", "correctionsList", "diffPreview", "historyList", "libraryList"):
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
