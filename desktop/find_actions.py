"""Edit > Find… (Ctrl+F), Find Next (F3) and Find Previous (Shift+F3) in the open article.

The find bar (desktop/widgets/find_bar.py) is built, under the article, the first time it is asked for;
the match it finds is the article's selection, so Attach Correction (Ctrl+Enter) corrects it.
Its texts keep the MainWindow translation context, as the window's other parts do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.window_part import WindowPart

if TYPE_CHECKING:  # the bar is imported when first opened, so the window starts sooner
    from desktop.widgets.find_bar import FindBar

translate = QCoreApplication.translate


class FindInArticle(WindowPart):
    """Opens the find bar under the article and steps through its matches."""

    bar: FindBar | None = None

    def open(self) -> None:
        """Show the find bar (Ctrl+F) with the cursor in its box, and say which keys it answers to."""
        self._bar().open()
        self.window.statusBar().showMessage(translate(
            "MainWindow", "Enter finds the next match, Shift+Enter the previous one; Ctrl+Enter corrects the match; "
                          "Escape closes the find bar"), 8000)

    def find_next(self) -> None:
        """Select the next match (F3), opening the bar to say which of how many it is."""
        self._step(forward=True)

    def find_previous(self) -> None:
        """Select the previous match (Shift+F3)."""
        self._step(forward=False)

    def _step(self, *, forward: bool) -> None:
        bar = self._bar()
        if not bar.box.text():
            self.open()
            return
        bar.show()
        bar.find_next() if forward else bar.find_previous()

    def _bar(self) -> FindBar:
        if self.bar is None:
            from desktop.widgets.find_bar import FindBar

            view = self.window.article_view
            self.bar = FindBar(view)
            self.bar.closed.connect(lambda: view.setFocus())
            box = view.parentWidget().layout()
            box.insertWidget(box.indexOf(view) + 1, self.bar)
        return self.bar
