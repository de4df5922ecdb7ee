"""A long article's preview is drawn a slice at a time: the window keeps answering while it renders."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QTimer

import resources
from corrections.diff import DELETE, INSERT, word_diff
from desktop.widgets.diff_preview import SLICE_MAX_CHARS
from desktop.workers import PreviewRequest, compute_preview
from tests.gui.helpers import struck_in_red, underlined_in_green

ARTICLE_CHARS = 320_000


def long_article() -> str:
    body = resources.read_text(resources.SAMPLE_ARTICLE)
    return (body * (ARTICLE_CHARS // len(body) + 1))[:ARTICLE_CHARS]


def edited(text: str, word: str, seed: int) -> str:
    """The text with one word in a hundred replaced by `word`."""
    words = text.split(" ")
    rng = random.Random(seed)
    for _ in range(len(words) // 100):
        words[rng.randrange(len(words))] = word
    return " ".join(words)


def shown_as(old: str, new: str, op: int) -> str:
    """The text word_diff deletes (or inserts), as the preview's formatted runs hold it: without line breaks."""
    return "".join(text for kind, text in word_diff(old, new) if kind == op).replace("\n", "")


@pytest.fixture
def long_window(window, qtbot):
    """A window with a 320 KB article open and its first (empty) preview drawn."""
    text = long_article()
    article = window.history.import_article(text, title="A long read", author="Test")
    assert window.open_article(article.id)
    qtbot.waitUntil(lambda: not window.scheduler.busy and not window.preview.rendering, timeout=20000)
    return window, text


class Steps:
    """What happened while the preview rendered, in order: "slice" for each step of the render, "event"
    when a zero-delay timer started right after that step fired, i.e. the event loop ran in between."""

    def __init__(self, preview):
        self.log: list[str] = []
        preview.sliceRendered.connect(self.slice)

    def slice(self) -> None:
        self.log.append("slice")
        QTimer.singleShot(0, lambda: self.log.append("event"))

    @property
    def slices(self) -> int:
        return self.log.count("slice")

    def events_between_slices(self) -> bool:
        slices = [i for i, step in enumerate(self.log) if step == "slice"]
        return all("event" in self.log[a:b] for a, b in zip(slices, slices[1:]))


def test_a_long_preview_is_rendered_between_events_and_shows_every_change(long_window, qtbot):
    window, text = long_window
    new = edited(text, "changed", seed=5)
    preview = window.preview
    steps = Steps(preview)
    at_ready = []
    window.scheduler.ready.connect(lambda _result: at_ready.append((steps.slices, preview.rendering)))

    window.session.set_working_text(new)
    with qtbot.waitSignal(preview.rendered, timeout=20000):
        window.scheduler.request(now=True)

    assert at_ready == [(0, True)]  # nothing drawn when the result arrives: it is drawn afterwards
    assert steps.slices > len(new) // SLICE_MAX_CHARS  # written a bounded slice at a time, then shown
    assert steps.events_between_slices()
    document = preview.inline.document()
    assert struck_in_red(document) == shown_as(text, new, DELETE)
    assert underlined_in_green(document) == shown_as(text, new, INSERT)
    assert preview.counter.text() == f"{preview.change_count} changes"


def test_going_to_a_change_while_it_renders_waits_for_the_rendered_text(long_window, qtbot):
    window, text = long_window
    new = edited(text, "altered", seed=7)
    preview = window.preview
    window.session.set_working_text(new)
    with qtbot.waitSignal(window.scheduler.ready, timeout=20000):
        window.scheduler.request(now=True)
    assert preview.rendering
    assert preview.counter.text() == "Rendering…"

    window.next_change_action.trigger()
    window.next_change_action.trigger()
    with qtbot.waitSignal(preview.currentChangeChanged, timeout=20000) as shown:
        pass

    assert shown.args == [1, preview.change_count]
    assert preview.counter.text() == f"Change 2 of {preview.change_count}"
    second = preview.result.changes[1]
    assert [s.cursor.selectedText() for s in preview.inline.extraSelections()] == [second.deleted, second.inserted]


def test_a_newer_result_arriving_mid_render_is_the_one_shown(long_window, qtbot):
    window, text = long_window
    first, second = edited(text, "first", seed=11), edited(text, "second", seed=13)
    newer = compute_preview(PreviewRequest(text, second, old_label="Version 1", new_label="unsaved changes"))
    preview = window.preview
    window.session.set_working_text(first)
    with qtbot.waitSignal(window.scheduler.ready, timeout=20000):
        window.scheduler.request(now=True)
    assert preview.rendering  # the first slice only: the render goes on between events

    window.scheduler.ready.emit(newer)
    qtbot.waitUntil(lambda: not preview.rendering, timeout=20000)

    document = preview.inline.document()
    assert "first" not in underlined_in_green(document)
    assert struck_in_red(document) == shown_as(text, second, DELETE)
    assert underlined_in_green(document) == shown_as(text, second, INSERT)
    assert preview.change_count == len(newer.changes)
