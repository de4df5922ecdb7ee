"""Issue 16's trial: above the article the header read "Biden administration adjusts its approach to Ukraine ·
versio", the version number cut off mid-word. The headline gives way ("…"), the version stays whole, and the
tooltip has it all."""

from __future__ import annotations

from tests.audit_pdf_story import ARTICLE, TITLE
from tests.gui.helpers import ImportReview, wait_for_preview


def test_a_long_headline_gives_way_to_the_version_number(window, import_previews, tmp_path, qtbot):
    source = tmp_path / "real_article_with_errors.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    import_previews.answers.append(ImportReview(title=TITLE))
    window.resize(1024, 700)
    assert window.open_file(source)
    wait_for_preview(qtbot, window)
    header = window.article_title

    def fits() -> bool:
        return header.fontMetrics().horizontalAdvance(header.text()) <= header.contentsRect().width()

    qtbot.waitUntil(fits, timeout=10000)
    assert header.text().endswith("·  version 1")
    assert "…" in header.text() and header.text().startswith("Biden administration")
    assert header.toolTip() == f"{TITLE}  ·  version 1"

    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: header.text() == f"{TITLE}  ·  version 1", timeout=10000)
