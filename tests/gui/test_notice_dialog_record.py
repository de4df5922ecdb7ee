"""An editor hands on a published notice from the window: every output names the version it was
published with; the draft of the next one names none."""

from __future__ import annotations

import json

from corrections.notices import HouseStyle
from db import publishing
from desktop.dialogs.notice_dialog import NoticeDialog


def test_the_notice_dialog_hands_on_the_published_version_s_record(qtbot, history, sample_text):
    article = history.import_article(sample_text, title="Harbour bridge reopens", author="Ana")
    history.add_correction(article.id, kind="correction", quote="48,000 vehicles", replacement="84,000 vehicles",
                           author="Ana", public_note="The bridge carries 84,000 vehicles a day, not 48,000.")
    history.save_version(article.id, message="Correct the traffic figure", author="Ana")
    publication, stored = publishing.publish(history, article.id, author="Desk")
    chain = history.version(article.id, publication.version_number).chain_sha256
    history.add_correction(article.id, kind="clarification", quote="opened in 1932",
                           replacement="first opened in 1932", author="Ana")
    history.save_version(article.id, message="Clarify the opening", author="Ana")

    dialog = NoticeDialog(history, article.id, author="Desk")
    qtbot.addWidget(dialog)
    assert dialog.is_draft
    dialog.set_output_format("HTML")
    assert "data-emend" not in dialog.rendered()
    dialog.set_output_format("JSON-LD")
    assert "identifier" not in json.loads(dialog.rendered())

    dialog.reload(select=stored.id)
    dialog.set_output_format("HTML")
    assert f'data-emend-article="{article.id}" data-emend-version="2" data-emend-chain-sha256="{chain}"' in (
        dialog.rendered())
    dialog.set_output_format("JSON-LD")
    assert [p["value"] for p in json.loads(dialog.rendered())["identifier"]] == [article.id, 2, chain]
    dialog.set_output_format("NewsML")
    assert f'rel="emend:chain-sha256" value="{chain}"' in dialog.rendered()
    dialog.set_output_format("Text")
    assert "Record:" not in dialog.rendered()

    shown = NoticeDialog(history, article.id, author="Desk", style=HouseStyle.from_toml("[record]\nshow_in_text = true"))
    qtbot.addWidget(shown)
    shown.reload(select=stored.id)
    shown.set_output_format("Markdown")
    assert shown.rendered().endswith(f"\n\nRecord: sha256:{chain}\n")
