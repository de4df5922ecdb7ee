"""Every published notice names the version it speaks for (article, version, chain hash) in each format,
so a reader's copy can later be checked against the newsroom's history; drafts name none."""

from __future__ import annotations

import json
from datetime import date

import pytest

from corrections.correction import Kind
from corrections.errors import InputError
from corrections.notices import (
    HouseStyle, NewsItem, NoticeArticle, NoticeItem, NoticeRecord, corrected_article, draft_notice, to_html, to_jsonld,
    to_markdown, to_newsml, to_text,
)
from corrections.receipts import receipts_from_text
from tests.newsml_schema import NAR as NEWSML
from tests.newsml_schema import valid_item

CHAIN = "3f" * 32
RECORD = NoticeRecord(article_id=7, version=3, chain_sha256=CHAIN)
NOTICE = draft_notice([NoticeItem(Kind.CORRECTION, "48,000 vehicles", "84,000 vehicles")], corrected_on=date(2026, 11, 24))
SHOW_RECORD = HouseStyle.from_toml("[record]\nshow_in_text = true\n")


def test_the_json_ld_of_a_published_notice_names_its_record_in_identifier():
    data = json.loads(to_jsonld(NOTICE, NoticeArticle("Harbour bridge reopens", record=RECORD)))
    assert [(p["@type"], p["propertyID"], p["value"]) for p in data["identifier"]] == [
        ("PropertyValue", "emend-article", 7), ("PropertyValue", "emend-version", 3),
        ("PropertyValue", "emend-chain-sha256", CHAIN)]
    assert "identifier" not in json.loads(to_jsonld(NOTICE, NoticeArticle("Harbour bridge reopens")))


def test_the_html_of_a_published_notice_carries_its_record_on_the_aside():
    html = to_html(NOTICE, record=RECORD)
    assert html.startswith(f'<aside class="correction-notice" data-emend-article="7" data-emend-version="3" '
                           f'data-emend-chain-sha256="{CHAIN}">')
    assert to_html(NOTICE).startswith('<aside class="correction-notice">\n')


def test_the_corrected_article_page_also_names_the_chain_hash_in_a_meta_element():
    page = corrected_article("The bridge carries 84,000 vehicles.\n", NOTICE, "html", record=RECORD)
    assert page.startswith(f'<meta name="emend-chain-sha256" content="{CHAIN}">\n<p')
    assert f'data-emend-chain-sha256="{CHAIN}"' in page
    assert "emend" not in corrected_article("The bridge carries 84,000 vehicles.\n", NOTICE, "html")


def test_the_newsml_of_a_published_notice_carries_its_record_as_item_meta_extension_properties():
    def item(record):
        return NewsItem(article_uid="5c1e7a2b-8d3f-4e6a-9b0c-1d2e3f4a5b6c", version=3, headline="Harbour bridge",
                        text="The bridge carries 84,000 vehicles.\n", first_created="2026-11-23T06:00:00Z",
                        version_created="2026-11-24T09:00:00Z", notice=NOTICE, changed={Kind.CORRECTION},
                        record=record)

    item_meta = valid_item(to_newsml(item(RECORD))).find(f"{NEWSML}itemMeta")
    assert [child.tag.removeprefix(NEWSML) for child in item_meta][-5:] == [
        "edNote", "signal", "itemMetaExtProperty", "itemMetaExtProperty", "itemMetaExtProperty"]
    assert [(p.get("rel"), p.get("value")) for p in item_meta.iter(f"{NEWSML}itemMetaExtProperty")] == [
        ("emend:article", "7"), ("emend:version", "3"), ("emend:chain-sha256", CHAIN)]
    assert list(valid_item(to_newsml(item(None))).iter(f"{NEWSML}itemMetaExtProperty")) == []


def test_text_and_markdown_name_the_record_only_when_the_house_style_asks():
    assert to_text(NOTICE, record=RECORD) == to_text(NOTICE) == NOTICE.text + "\n"
    assert to_markdown(NOTICE, record=RECORD) == to_markdown(NOTICE)
    assert to_text(NOTICE, record=RECORD, style=SHOW_RECORD) == NOTICE.text + f"\n\nRecord: sha256:{CHAIN}\n"
    assert to_markdown(NOTICE, record=RECORD, style=SHOW_RECORD).endswith(f"*\n\nRecord: sha256:{CHAIN}\n")
    assert to_text(NOTICE, style=SHOW_RECORD) == NOTICE.text + "\n"


@pytest.mark.parametrize("value", ['"yes"', "1", "[true]"])
def test_a_record_setting_that_is_not_true_or_false_is_refused(value):
    with pytest.raises(InputError, match=r"\[record\] show_in_text must be true or false"):
        HouseStyle.from_toml(f"[record]\nshow_in_text = {value}\n", source="mine.toml")
    with pytest.raises(InputError, match=r"unknown key 'show' in \[record\]"):
        HouseStyle.from_toml("[record]\nshow = true\n")


@pytest.mark.parametrize("fields, message", [
    ({"article_id": 0, "version": 3, "chain_sha256": CHAIN}, "article_id must be a positive whole number"),
    ({"article_id": 7, "version": True, "chain_sha256": CHAIN}, "version must be a positive whole number"),
    ({"article_id": 7, "version": 3, "chain_sha256": CHAIN.upper()}, "64 lowercase hexadecimal digits"),
])
def test_a_record_that_names_no_saved_version_is_refused(fields, message):
    with pytest.raises(InputError, match=message):
        NoticeRecord(**fields)


def test_a_page_with_the_notice_markup_and_its_json_ld_gives_one_record_per_version():
    script = to_jsonld(NOTICE, NoticeArticle("Harbour bridge reopens", record=RECORD))
    page = (f'<html><head><script type="application/ld+json">{script}</script></head><body>'
            f'{to_html(NOTICE, record=RECORD)}{to_html(NOTICE, record=NoticeRecord(7, 2, "ab" * 32))}</body></html>')
    found = receipts_from_text(page, "page.html")
    assert [(r.article_id, r.version, r.chain_sha256, r.complete) for r in found] == [
        (7, 3, CHAIN, False), (7, 2, "ab" * 32, False)]


def test_the_notice_command_gives_the_published_version_s_record_and_a_draft_none(cli, sample_path):
    cli("import", sample_path, "--title", "Harbour bridge reopens")
    cli("correct", "1", "--quote", "48,000 vehicles", "--replace", "84,000 vehicles", "--note", "Traffic misstated.")
    cli("save", "1", "-m", "Correct the traffic figure")
    assert "data-emend" not in cli("notice", "1", "--format", "html")[1]
    cli("publish", "1")
    chain = json.loads(cli("log", "1", "--json")[1])[1]["chain_sha256"]
    cli("correct", "1", "--quote", "opened in 1932", "--replace", "first opened in 1932", "--kind", "clarification")
    cli("save", "1", "-m", "Clarify")

    assert f'data-emend-version="2" data-emend-chain-sha256="{chain}"' in cli("notice", "1", "--format", "html")[1]
    identifiers = json.loads(cli("notice", "1", "--format", "jsonld")[1])["identifier"]
    assert [p["value"] for p in identifiers] == [1, 2, chain]
    assert "identifier" not in json.loads(cli("notice", "1", "--draft", "--format", "jsonld")[1])
    assert "data-emend" not in cli("notice", "1", "--draft", "--format", "html")[1]
    assert "Record:" not in cli("notice", "1")[1]


def test_a_text_notice_with_its_record_line_can_be_given_back_as_a_revised_wording():
    from corrections.notices.serialize import notice_from_text

    draft = draft_notice([NoticeItem(kind=Kind.CORRECTION, before="48,000", after="84,000", public_note="")],
                         corrected_on="2026-11-24T10:00:00Z")
    text = draft.text + "\n\nRecord: sha256:" + "ab" * 32
    revised = notice_from_text(text, draft)
    assert revised.text == draft.text
