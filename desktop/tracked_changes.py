"""Edit Text mode's tracked changes in the article view, and accepting or rejecting them one at a time.

The view shows the working text against the saved version: typed insertions underlined, typed deletions
struck through where they were, a pending correction's passage struck through with its replacement after it.
One rule for every change, typed or attached:

- Accept Change stores that change alone as a new version now (as the Corrections panel's Accept always
  has); the rest of the unsaved work stays unsaved on top of it. Its mark goes because the saved version
  now has it.
- Reject Change drops it: typed text gets the saved version's text back there (one edit, Ctrl+Z takes it
  back like typing); a correction is withdrawn (kept on record; Ctrl+Z reinstates it).

A keystroke updates the marks at once (desktop/tracked_edits.py); the exact word diff of the whole text
follows off the GUI thread after a short pause.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QTimer

from corrections.anchor import locate
from corrections.correction import Correction
from corrections.diff import DELETE, EQUAL, INSERT, word_diff
from corrections.errors import EmendError
from desktop.formatting import one_line
from desktop.tracked_edits import Hunk, TrackedEdits, text_edit
from desktop.widgets.tracked_marks import Phantom, TrackedMarks
from desktop.window_part import WindowPart
from desktop.workers import DiffScheduler, PreviewRequest, PreviewResult

DEBOUNCE_MS = 150
"""The pause in typing after which the exact word diff replaces the marks kept up keystroke by keystroke."""

RELAYOUT_MS = 100
"""How long a resize or a new text size settles before the marks are measured again."""

translate = QCoreApplication.translate


def tracked_diff(request: PreviewRequest, generation: int = 0) -> PreviewResult:
    """The saved text (`old`) against the working text (`new`) and where each pending correction sits in it."""
    spans = {}
    for correction in request.pending:
        try:
            anchor = locate(correction.anchor, request.new)
        except EmendError:
            continue
        spans[correction.id] = (anchor.start, anchor.end)
    try:
        return PreviewResult(generation, request, word_diff(request.old, request.new), spans=spans)
    except Exception as error:  # a bug must not leave the marks stuck: they are dropped, and say why
        return PreviewResult(generation, request, error=f"{type(error).__name__}: {error}")


@dataclass(frozen=True)
class Change:
    """One change in the article view: a typed hunk, or a pending correction on working[start:end]."""

    start: int
    end: int
    hunk: Hunk | None = None
    correction: Correction | None = None

    def describe(self) -> str:
        """The change in words, for the status bar."""
        if self.correction is not None:
            return f"{one_line(self.correction.quote, 40)!r} → {one_line(self.correction.replacement, 40)!r}"
        old, new = self.hunk.deleted, self.hunk.inserted
        if old and new:
            return f"{one_line(old, 40)!r} → {one_line(new, 40)!r}"
        if old:
            return translate("TrackedChanges", "deleted {text}").format(text=repr(one_line(old, 60)))
        return translate("TrackedChanges", "inserted {text}").format(text=repr(one_line(new, 60)))


class TrackedChanges(WindowPart):
    """The article view's tracked changes while Edit Text is on: kept current, navigated, accepted, rejected."""

    def __init__(self, window):
        super().__init__(window)
        self.view = window.article_view
        self.marks = TrackedMarks(self.view)
        self.view.marks = self.marks
        self.active = False
        self.edits: TrackedEdits | None = None
        self.text = ""  # the view's text the edits lead to
        self.corrections: list[tuple[Correction, int, int]] = []
        self.changes: list[Change] = []
        self._starts: list[int] = []
        self.scheduler = DiffScheduler(self._request, self, DEBOUNCE_MS, tracked_diff)
        self.scheduler.ready.connect(self._diffed)
        self.view.document().contentsChange.connect(self._typed)
        self.view.textShown.connect(self._shown)
        self.view.cursorPositionChanged.connect(self.update_actions)
        self.session.correctionsChanged.connect(self._shown)
        self._relayout = QTimer(self, singleShot=True, interval=RELAYOUT_MS, timeout=self._redraw)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        """A new width, text size or palette: the room left for deleted text, and its colours, are measured again."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.PaletteChange,
                            QEvent.Type.StyleChange) and self.active:
            self._relayout.start()
        return super().eventFilter(watched, event)

    def _redraw(self) -> None:
        if self.active and self.edits is not None and self.text == self.view.text():
            self._show(None)

    # Turning on and off, and keeping up

    def set_active(self, active: bool) -> None:
        """Show the tracked changes (Edit Text on, an article open) or take them off the text."""
        if active == self.active:
            return
        self.active = active
        self.edits = None
        if active:
            self.view.setExtraSelections([])  # the pending corrections' highlights: the marks show them now
            self._shown()
        else:
            self.changes, self._starts, self.corrections = [], [], []
            self.marks.clear()
        self.update_actions()

    def shutdown(self) -> None:
        """Wait for a diff still running, so nothing reports to a closed window."""
        self.scheduler.shutdown()

    def _request(self) -> PreviewRequest | None:
        if not self.active or not self.session.has_article:
            return None
        return PreviewRequest(self.session.base_text, self.view.text(), tuple(self.session.pending))

    def _diffed(self, result: PreviewResult) -> None:
        request = result.request
        if not self.active or request.new != self.view.text() or request.old != self.session.base_text:
            return  # the text moved on; a newer request is on its way
        if result.error:
            self.window.statusBar().showMessage(result.error, 6000)
            return
        self.edits, self.text = TrackedEdits(result.ops), request.new
        self.corrections = [(c, *result.spans[c.id]) for c in request.pending if c.id in result.spans]
        self._show(None)

    def _shown(self) -> None:
        """The whole text, the saved version or the corrections changed: diff again at once. Text just as
        saved needs no diff, so typing into it is marked from the first keystroke; marks for a text that is
        no longer shown are taken off until the diff comes."""
        if not self.active:
            return
        text, base = self.view.text(), self.session.base_text
        if self.edits is not None and text == self.text and self.edits.base == base:
            self.scheduler.request(now=True)  # the typed changes stand; the corrections are placed again
            return
        unchanged = self.session.has_article and text == base
        self.edits, self.text = (TrackedEdits([(EQUAL, text)]), text) if unchanged else (None, "")
        if unchanged and not self.session.pending:
            self.corrections = []
            self._show(None)
        else:
            self.changes, self._starts, self.corrections = [], [], []
            self.marks.clear()
            self.update_actions()
        self.scheduler.request(now=True)

    def _typed(self, position: int, removed: int, added: int) -> None:
        """A keystroke: mark its change at once, and diff the whole text again after a pause."""
        if not self.active or self.view.loading:
            return
        if self.edits is not None:
            text = self.view.text()
            start, old_end, new_end = text_edit(self.text, text, position, added)
            self.edits.edit(start, old_end, text[start:new_end])
            shift = new_end - old_end
            self.corrections = [(c, s + shift, e + shift) if s >= old_end else (c, s, e)
                                for c, s, e in self.corrections if e <= start or s >= old_end]
            self.text = text
            self._show((position, position + added))
        self.scheduler.request()

    def _show(self, around: tuple[int, int] | None) -> None:
        hunks = self.edits.hunks()
        changes = [Change(h.start, h.end, hunk=h) for h in hunks]
        changes += [Change(s, e, correction=c) for c, s, e in self.corrections]
        self.changes = sorted(changes, key=lambda change: (change.start, change.end))
        self._starts = [change.start for change in self.changes]
        phantoms = [Phantom(h.start, h.deleted, DELETE) for h in hunks if h.deleted]
        phantoms += [Phantom(e, c.replacement, INSERT) for c, _s, e in self.corrections if c.changes_text]
        self.marks.set_marks(self.text, [(h.start, h.end) for h in hunks if h.inserted],
                             [(s, e) for c, s, e in self.corrections if c.changes_text],
                             [(s, e) for c, s, e in self.corrections if not c.changes_text], phantoms, around)
        self.update_actions()

    # The change at the caret, and moving between changes

    @property
    def count(self) -> int:
        """How many changes the view marks."""
        return len(self.changes) if self.active else 0

    def change_at(self, start: int, end: int) -> Change | None:
        """The change the selection (or the caret, start == end) is on or touches; a correction comes before
        a typed change."""
        if not self.active:
            return None
        start, end = self._across_spaces(start, end)
        touching = [change for change in self.changes[:bisect_right(self._starts, end)] if change.end >= start]
        touching.sort(key=lambda change: (change.correction is None, abs(change.start - start)))
        return touching[0] if touching else None

    def _across_spaces(self, start: int, end: int) -> tuple[int, int]:
        """The span widened over the spaces either side: where a word and a space were deleted, the diff may
        place the deletion on either side of the space left, so the caret Backspace leaves counts as on it."""
        text = self.text
        while start > 0 and text[start - 1:start] in (" ", "\t"):
            start -= 1
        while text[end:end + 1] in (" ", "\t"):
            end += 1
        return start, end

    def current(self) -> Change | None:
        """The change at the caret or selection."""
        return self.change_at(*self.view.cursor_span())

    def update_actions(self) -> None:
        """Accept and Reject Change act on the change at the caret, while Edit Text shows changes."""
        menu = self.window.menu
        on_change = self.current() is not None
        menu.accept_change_action.setEnabled(on_change)
        menu.reject_change_action.setEnabled(on_change)

    def next_change(self) -> bool:
        """Select the next change after the caret (wrapping round); False when the view shows none."""
        if not self.count:
            return False
        start, _end = self.view.cursor_span()
        index = bisect_right(self._starts, start)
        self._go_to(index % len(self.changes))
        return True

    def previous_change(self) -> bool:
        """Select the change before the caret (wrapping round); False when the view shows none."""
        if not self.count:
            return False
        start, _end = self.view.cursor_span()
        index = bisect_left(self._starts, start) - 1
        self._go_to(index % len(self.changes))
        return True

    def _go_to(self, index: int) -> None:
        change = self.changes[index]
        self.view.select_span(change.start, change.end)
        self.window.statusBar().showMessage(translate("MainWindow", "Change {number} of {count}: {change}").format(
            number=index + 1, count=len(self.changes), change=change.describe()), 5000)

    # Accepting and rejecting

    def accept_change(self) -> bool:
        """Store the change at the caret alone as a new version; the other unsaved work stays unsaved."""
        change = self.current()
        if change is None:
            return False
        if change.correction is not None:
            return self.window.corrections.accept_correction(change.correction.id)
        self.window.sync_working_text()
        base = self.session.base_text
        if self.edits is None or self.edits.base != base or self.text != self.session.working_text:
            return False
        hunk = change.hunk
        text = base[:hunk.base_start] + hunk.inserted + base[hunk.base_end:]
        summary = translate("MainWindow", "Store just this change as version {number} of “{title}”; the rest of "
                                          "your unsaved work stays unsaved:\n{change}").format(
            number=self.session.base.number + 1, title=self.session.article.title, change=change.describe())
        from desktop.dialogs.save_dialog import ask_message

        message = ask_message(self.window, summary, self._suggested_message(hunk),
                              translate("MainWindow", "Accept change"))
        if message is None:
            return False
        return self.window.versions.store(lambda: self.session.accept_edit(text, message))

    def reject_change(self) -> bool:
        """Drop the change at the caret: typed text gets the saved text back (Ctrl+Z undoes that), a
        correction is withdrawn (Ctrl+Z reinstates it)."""
        change = self.current()
        if change is None:
            return False
        if change.correction is not None:
            self.window.corrections.withdraw_correction(change.correction.id)
            return True
        self.view.replace_span(change.start, change.end, change.hunk.deleted)
        self.window.statusBar().showMessage(translate(
            "MainWindow", "Change rejected: the saved text is back there (Ctrl+Z brings your change back)"), 6000)
        return True

    @staticmethod
    def _suggested_message(hunk: Hunk) -> str:
        old, new = one_line(hunk.deleted, 40), one_line(hunk.inserted, 40)
        if old and new:
            return translate("MainWindow", "Edit: {old} → {new}").format(old=old, new=new)
        if old:
            return translate("MainWindow", "Removed “{text}”").format(text=old)
        return translate("MainWindow", "Added “{text}”").format(text=new)
