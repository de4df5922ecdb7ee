"""The preview is computed in the background, after a pause, and only the newest result is shown."""

from __future__ import annotations

from corrections.anchor import anchor_quote
from corrections.correction import Correction, Kind
from desktop.workers import DiffScheduler, PreviewRequest, compute_preview

TEXT = "The bridge reopened on Monday. It cost 184 million pounds.\n"


def correction(quote: str, replacement: str, id: int) -> Correction:
    return Correction(Kind.CORRECTION, anchor_quote(TEXT, quote), replacement, id=id)


def test_a_preview_applies_the_corrections_it_can_place_and_names_the_others():
    request = PreviewRequest(TEXT, TEXT.replace("184", "190"),
                             (correction("Monday", "Tuesday", 1), correction("184 million", "187 million", 2)))

    result = compute_preview(request)

    assert result.spans == {1: (23, 29)}
    assert "184 million" in result.problems[2]
    assert [(op, text) for op, text in result.ops if op] == [(-1, "Monday"), (1, "Tuesday"), (-1, "184"), (1, "190")]
    assert len(result.changes) == 2
    assert "edit or withdraw" in result.error


def test_overlapping_corrections_are_explained_not_applied():
    request = PreviewRequest(TEXT, TEXT, (correction("on Monday", "on Tuesday", 1),
                                          correction("Monday. It", "Tuesday. It", 2)))

    result = compute_preview(request)

    assert "overlap" in result.error
    assert result.ops == [(0, TEXT)]


def test_requests_in_quick_succession_are_computed_once_and_stale_ones_dropped(qtbot):
    texts = iter(["one", "two", "three", "four"])
    asked = []

    def make_request():
        new = next(texts)
        asked.append(new)
        return PreviewRequest("zero", new)

    scheduler = DiffScheduler(make_request, delay_ms=50)
    delivered = []
    scheduler.ready.connect(delivered.append)
    with qtbot.waitSignal(scheduler.busyChanged) as started:
        scheduler.request()
    assert started.args == [True]

    for _ in range(3):
        scheduler.request()
    with qtbot.waitSignal(scheduler.busyChanged, timeout=5000) as finished:
        pass
    assert finished.args == [False]

    assert asked == ["one"]
    assert [r.request.new for r in delivered] == ["one"]
    scheduler.request(now=True)
    scheduler.request(now=True)
    qtbot.waitUntil(lambda: not scheduler.busy)
    assert [r.request.new for r in delivered][-1] == "three"
    assert all(r.generation != delivered[-1].generation for r in delivered[:-1])
    scheduler.shutdown()
