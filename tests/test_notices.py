"""Correction notices: an editor's amendments become one dated, labelled notice in house style,
rendered safely for the web, for feeds and for the standards desk's check."""

from __future__ import annotations

import json
import os
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import resources
from corrections.correction import Kind
from corrections.errors import InputError
from corrections.notices import (
    HouseStyle,
    NewsItem,
    NoticeArticle,
    NoticeItem,
    check_notice,
    corrected_article,
    draft_notice,
    to_html,
    to_jsonld,
    to_markdown,
    to_newsml,
    to_text,
)

from tests.newsml_schema import NAR as NEWSML
from tests.newsml_schema import valid_item

REFERENCE = Path(__file__).parent / "reference" / "notices"
UID = "5c1e7a2b-8d3f-4e6a-9b0c-1d2e3f4a5b6c"
NOV_24 = date(2026, 11, 24)
SCRIPT = '<script>alert("x")</script>'


def notice_text(*items: NoticeItem, on: date = NOV_24, style: HouseStyle | None = None) -> str:
    return draft_notice(list(items), corrected_on=on, style=style).text


def assert_matches_reference(name: str, actual: str) -> None:
    """Compare exactly with tests/reference/notices/<name>; EMEND_UPDATE_REFERENCE=1 rewrites it."""
    path = REFERENCE / name
    if os.environ.get("EMEND_UPDATE_REFERENCE") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="")
    with open(path, encoding="utf-8", newline="") as stored:
        assert actual == stored.read(), f"{name} differs from its reference; rerun with EMEND_UPDATE_REFERENCE=1 if intended"


# --- Wording, kind by kind ---------------------------------------------------------------


def test_a_correction_with_a_public_note_states_the_note_as_a_full_sentence():
    item = NoticeItem(
        Kind.CORRECTION, "184 million pounds", "148 million pounds",
        public_note="An earlier version of this article misstated the cost of the restoration. "
        "It was 148 million pounds, not 184 million pounds",
    )
    assert notice_text(item) == (
        "Correction: An earlier version of this article misstated the cost of the restoration. "
        "It was 148 million pounds, not 184 million pounds.\n\n"
        "Corrected on November 24, 2026"
    )


def test_a_correction_without_a_note_is_drafted_from_what_was_wrong_and_what_is_right():
    item = NoticeItem(Kind.CORRECTION, "48,000 vehicles", "58,000 vehicles")
    assert notice_text(item).startswith(
        "Correction: An earlier version of this article misstated “48,000 vehicles”. "
        "It is “58,000 vehicles”, not “48,000 vehicles”.\n\n"
    )


def test_a_deleted_passage_is_drafted_as_incorrectly_included():
    item = NoticeItem(Kind.CORRECTION, "The bridge, which opened in 1932, ", "")
    assert notice_text(item).startswith(
        "Correction: An earlier version of this article incorrectly included “The bridge, which opened in 1932”."
    )


def test_a_clarification_says_the_article_was_updated_to_clarify():
    drafted = NoticeItem(Kind.CLARIFICATION, "reversing a proposal made in 2022", "dropping a proposal, made in 2022, to charge drivers again")
    noted = NoticeItem(
        Kind.CLARIFICATION, "on budget", "on budget",
        public_note="This article has been updated to clarify that the mayor was quoting the revised estimate",
    )
    assert notice_text(drafted).startswith(
        "Clarification: This article has been updated to clarify a passage that read "
        "“reversing a proposal made in 2022”; it now reads “dropping a proposal, made in 2022, to charge drivers again”."
    )
    assert notice_text(noted).startswith(
        "Clarification: This article has been updated to clarify that the mayor was quoting the revised estimate.\n\n"
        "Clarified on November 24, 2026"
    )


def test_an_update_includes_only_the_words_it_added():
    drafted = NoticeItem(
        Kind.UPDATE, "once the final safety checks are complete",
        "once the final safety checks are complete, the council said on Tuesday",
    )
    noted = NoticeItem(Kind.UPDATE, "x", "y", public_note="This article has been updated to include the council's response!")
    assert notice_text(drafted) == (
        "Update: This article has been updated to include “the council said on Tuesday”.\n\nUpdated on November 24, 2026"
    )
    assert notice_text(noted).startswith("Update: This article has been updated to include the council's response!\n\n")


def test_an_editors_note_uses_the_editors_words_or_says_what_was_edited():
    noted = NoticeItem(
        Kind.EDITORS_NOTE, "", "",
        public_note="A photograph that accompanied an earlier version of this article showed a different bridge",
    )
    drafted = NoticeItem(Kind.EDITORS_NOTE, "several hundred commuters", "about 300 commuters")
    assert notice_text(noted).startswith(
        "Editor's note: A photograph that accompanied an earlier version of this article showed a different bridge.\n\n"
    )
    assert notice_text(drafted).startswith(
        "Editor's note: This article has been edited: a passage that read “several hundred commuters” "
        "now reads “about 300 commuters”."
    )


def test_a_note_that_repeats_its_label_or_ends_in_a_quotation_is_not_doubled_up():
    item = NoticeItem(
        Kind.CORRECTION, "a", "b",
        public_note="Correction: An earlier version of this article misquoted the mayor. She said “on time.”",
    )
    assert notice_text(item).startswith(
        "Correction: An earlier version of this article misquoted the mayor. She said “on time.”\n\n"
    )


def test_a_passage_ending_a_sentence_keeps_one_full_stop():
    item = NoticeItem(Kind.CORRECTION, "It opened in 1932.", "It opened in 1934.")
    assert ".”." not in notice_text(item)
    assert notice_text(item).startswith(
        "Correction: An earlier version of this article misstated “It opened in 1932.” "
        "It is “It opened in 1934.”, not “It opened in 1932.”\n\n"
    )


def test_an_amendment_with_nothing_to_say_asks_for_a_public_note():
    with pytest.raises(InputError, match="write a public note"):
        draft_notice([NoticeItem(Kind.CORRECTION, "", "")], corrected_on=NOV_24)
    with pytest.raises(InputError, match="leaves its passage as it was"):
        draft_notice([NoticeItem(Kind.CLARIFICATION, "on budget", "on budget")], corrected_on=NOV_24)
    with pytest.raises(InputError, match="at least one correction"):
        draft_notice([], corrected_on=NOV_24)


def test_the_store_may_hand_over_plain_strings_but_not_nonsense():
    assert NoticeItem("Editor's note", "a").kind is Kind.EDITORS_NOTE
    with pytest.raises(InputError, match="unknown correction kind 'erratum'"):
        NoticeItem("erratum", "a")
    with pytest.raises(InputError, match="applied_at 'yesterday'"):
        NoticeItem(Kind.CORRECTION, "a", "b", applied_at="yesterday")
    with pytest.raises(InputError, match="headline"):
        NoticeArticle("  ")


# --- Several amendments, one notice --------------------------------------------------------


def test_several_amendments_make_one_notice_ordered_by_kind_then_time_and_dated_once():
    items = [
        NoticeItem(Kind.EDITORS_NOTE, "", "", public_note="Comment from ferry operators was added", applied_at="2026-11-24T08:00:00Z"),
        NoticeItem(Kind.UPDATE, "from Wednesday", "from Wednesday, the council said", applied_at="2026-11-24T07:00:00Z"),
        NoticeItem(Kind.CORRECTION, "1932", "1934", applied_at="2026-11-24T12:00:00Z"),
        NoticeItem(Kind.CLARIFICATION, "", "", public_note="This article has been updated to clarify who pays the tolls"),
        NoticeItem(Kind.CORRECTION, "Natrajan", "Natarajan", applied_at="2026-11-24T06:00:00Z"),
    ]
    notice = draft_notice(items, corrected_on=NOV_24)

    assert [item.kind for item in notice.items] == [
        Kind.CORRECTION, Kind.CORRECTION, Kind.CLARIFICATION, Kind.UPDATE, Kind.EDITORS_NOTE,
    ]
    assert [item.before for item in notice.items[:2]] == ["Natrajan", "1932"]
    assert notice.sentences[0].startswith("An earlier version of this article misstated “Natrajan”.")
    assert [section.label for section in notice.sections] == ["Correction", "Clarification", "Update", "Editor's note"]
    assert notice.label == "Correction"
    # kinds that date differently share the house style's neutral line: a clarification is not "corrected"
    assert "Corrected on" not in notice.text and notice.text.endswith("\n\nUpdated on November 24, 2026")
    assert notice.text.startswith("Correction: An earlier version of this article misstated “Natrajan”.")
    assert notice.text.count("Correction:") == 1


def test_one_public_note_shared_by_two_amendments_is_stated_once():
    note = "An earlier version of this article misstated the cost of the restoration. It was 148 million pounds"
    items = [NoticeItem(Kind.CORRECTION, "184 million", "148 million", public_note=note)] * 2
    notice = draft_notice(items, corrected_on=NOV_24)
    assert len(notice.sentences) == 2
    assert notice.text.count("misstated the cost") == 1


# --- Dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize("corrected_on, line", [
    (date(2026, 11, 24), "Corrected on November 24, 2026"),
    (date(2027, 3, 1), "Corrected on March 1, 2027"),
    (datetime(2026, 1, 9, 23, 30, tzinfo=timezone(timedelta(hours=-5))), "Corrected on January 9, 2026"),
    ("2026-12-31T23:59:59Z", "Corrected on December 31, 2026"),
    ("2026-07-04", "Corrected on July 4, 2026"),
])
def test_every_notice_is_dated_in_words_without_a_leading_zero(corrected_on, line):
    notice = draft_notice([NoticeItem(Kind.CORRECTION, "1932", "1934")], corrected_on=corrected_on)
    assert notice.date_line == line
    assert notice.text.endswith("\n\n" + line)


def test_a_notice_without_a_correction_is_dated_as_updated():
    notice = draft_notice([NoticeItem(Kind.UPDATE, "a", "a and b")], corrected_on=date(2027, 3, 1))
    assert notice.date_line == "Updated on March 1, 2027"


def test_a_date_that_is_not_a_date_is_refused_clearly():
    item = NoticeItem(Kind.CORRECTION, "1932", "1934")
    with pytest.raises(InputError, match="'2026-02-30' is not a real calendar date"):
        draft_notice([item], corrected_on="2026-02-30")
    with pytest.raises(InputError, match="must be a date"):
        draft_notice([item], corrected_on=20261124)


# --- Renderers: escaping -------------------------------------------------------------------


@pytest.fixture
def hostile_notice():
    item = NoticeItem(Kind.CORRECTION, f"{SCRIPT} & 'more'", "148 million pounds", applied_at="2026-11-24T09:30:00Z")
    return draft_notice([item], corrected_on=NOV_24)


def test_html_escapes_every_user_string(hostile_notice):
    html = to_html(hostile_notice)
    assert html.startswith('<aside class="correction-notice">\n') and html.endswith("</aside>\n")
    assert "<script>" not in html and "</script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;more&#x27;" in html
    assert '<strong><bdi>Correction</bdi>:</strong>' in html
    assert '<time datetime="2026-11-24">Corrected on November 24, 2026</time>' in html


def test_markdown_bolds_the_label_and_escapes_markup(hostile_notice):
    markdown = to_markdown(hostile_notice)
    assert markdown.startswith("**Correction:** An earlier version")
    assert "\\<script\\>alert(\"x\")\\</script\\> \\& 'more'" in markdown
    assert markdown.endswith("*Corrected on November 24, 2026*\n")


def test_jsonld_is_schema_org_and_safe_inside_a_script_tag(hostile_notice):
    article = NoticeArticle(
        title="Harbour bridge reopens </script><script>alert(1)</script>",
        url="https://example.org/news/harbour-bridge",
        date_published="2026-11-23T06:00:00Z",
        date_modified=datetime(2026, 11, 24, 9, 31, tzinfo=timezone.utc),
    )
    output = to_jsonld(hostile_notice, article)
    assert "<" not in output and ">" not in output and "&" not in output
    data = json.loads(output)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == article.title
    assert data["url"] == "https://example.org/news/harbour-bridge"
    assert data["datePublished"] == "2026-11-23T06:00:00Z"
    assert data["dateModified"] == "2026-11-24T09:31:00Z"
    [comment] = data["correction"]
    assert comment["@type"] == "CorrectionComment"
    assert comment["text"] == hostile_notice.sections[0].text
    assert SCRIPT in comment["text"]
    assert comment["datePublished"] == "2026-11-24T09:30:00Z"


def news_item(notice, headline: str, text: str = "The bridge reopened.\n", **fields) -> NewsItem:
    """Version 2 of an article whose notice is `notice`, as the history would hand it to the NewsML renderer."""
    return NewsItem(article_uid=UID, version=2, headline=headline, text=text, first_created="2026-11-23T06:00:00Z",
                    version_created="2026-11-24T15:10:00Z", notice=notice,
                    changed=frozenset(section.kind for section in notice.sections), **fields)


def test_newsml_carries_the_notice_as_an_escaped_ednote_with_a_correction_signal(hostile_notice):
    output = to_newsml(news_item(hostile_notice, "Bridge & tolls <update>", text=f"{SCRIPT} & tolls.\n"))
    assert "<script>" not in output and "&lt;script&gt;" in output
    root = valid_item(output)
    meta = root.find(f"{NEWSML}itemMeta")
    assert [child.tag.removeprefix(NEWSML) for child in meta] == [
        "itemClass", "provider", "versionCreated", "firstCreated", "pubStatus", "title", "edNote", "signal"]
    assert meta.find(f"{NEWSML}title").text == "Bridge & tolls <update>"
    assert meta.find(f"{NEWSML}edNote").text == hostile_notice.text
    assert meta.find(f"{NEWSML}signal").get("qcode") == "sig:correction"
    assert root.get("guid") == f"urn:uuid:{UID}"


def test_newsml_signals_an_update_and_drops_characters_xml_cannot_carry():
    notice = draft_notice([NoticeItem(Kind.UPDATE, "a", "a and b\x0b")], corrected_on=NOV_24)
    root = valid_item(to_newsml(news_item(notice, "Bridge\x0b", text="Bridge\x0b\n\nA\x01 and b.\n")))
    assert [signal.get("qcode") for signal in root.iter(f"{NEWSML}signal")] == ["sig:update"]
    assert "\x0b" not in root.find(f"{NEWSML}itemMeta/{NEWSML}edNote").text
    assert root.findtext(f"{NEWSML}contentMeta/{NEWSML}headline") == "Bridge"


@settings(max_examples=60, deadline=None)
@given(passage=st.text(min_size=1, max_size=60).filter(lambda s: re.sub(r"\s+", " ", s).strip().strip(",;: ")))
def test_no_passage_can_break_out_of_any_output(passage):
    notice = draft_notice([NoticeItem(Kind.CORRECTION, passage, "")], corrected_on=NOV_24)
    article = NoticeArticle(passage)
    html = to_html(notice)
    own_tags = ["<aside", "<p", "<strong>", "<bdi>", "</bdi>", "</strong>", "<bdi>", "</bdi>", "</p>",
                "<p", "<time", "</time>", "</p>", "</aside>"]
    assert html.count("<") == len(own_tags)
    assert json.loads(to_jsonld(notice, article))["correction"][0]["text"] == notice.sections[0].text
    root = valid_item(to_newsml(news_item(notice, passage, text=f"{passage}\n\n{passage} again.\n")))
    assert root.find(f"{NEWSML}itemMeta/{NEWSML}edNote") is not None


# --- The corrected article -------------------------------------------------------------------


def test_the_corrected_article_ends_with_its_notice_in_each_format():
    article = f"Bridge reopens\n\nThe cost was 148 million pounds.\nTolls & {SCRIPT} stay off.\n"
    notice = draft_notice([NoticeItem(Kind.CORRECTION, "184 million", "148 million")], corrected_on=NOV_24)

    assert corrected_article(article, notice, "text") == article + "\n" + to_text(notice)
    assert corrected_article(article, notice, "md") == (
        "Bridge reopens\n\nThe cost was 148 million pounds.\\\nTolls \\& \\<script\\>alert(\"x\")\\</script\\> stay off.\n\n"
        + to_markdown(notice)
    )
    assert corrected_article(article, notice, "html") == (
        '<p dir="auto"><bdi>Bridge reopens</bdi></p>\n'
        '<p dir="auto"><bdi>The cost was 148 million pounds.</bdi><br>\n'
        "<bdi>Tolls &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; stay off.</bdi></p>\n"
        + to_html(notice)
    )
    with pytest.raises(InputError, match="unknown article format 'pdf'"):
        corrected_article(article, notice, "pdf")


# --- House style ---------------------------------------------------------------------------------


def test_a_newsroom_rewords_notices_with_its_own_style_file(tmp_path):
    style_file = tmp_path / "guardian.toml"
    style_file.write_text(
        '[dates]\nformat = "$day $month $year"\n'
        '[date_lines]\ncorrection = "This article was amended on $date"\n'
        '[drafts.correction]\nreplaced = "An earlier version said “$before” when it should have said “$after”"\n'
        '[check]\nbanned_words = ["amends"]\n',
        encoding="utf-8",
    )
    style = HouseStyle.from_file(style_file)
    text = notice_text(
        NoticeItem(Kind.CORRECTION, "£184m", "£148m"),
        NoticeItem(Kind.CLARIFICATION, "on budget", "near budget"),
        style=style,
    )
    assert text == (
        "Correction: An earlier version said “£184m” when it should have said “£148m”.\n\n"
        "Clarification: This article has been updated to clarify a passage that read “on budget”; it now reads “near budget”.\n\n"
        "This article was amended on 24 November 2026"
    )
    assert check_notice(text, [("£184m", "£148m"), ("on budget", "near budget")], style=style) == []
    assert [w.code for w in check_notice("Correction: this amends the fixed text", [], style=style)] == ["euphemism"]


def test_the_built_in_style_is_a_bundled_resource_a_newsroom_can_copy(tmp_path):
    copy = tmp_path / "house-style.toml"
    copy.write_text(resources.read_text("notices/house-style.toml").replace("Editor's note", "Note from the editor"), encoding="utf-8")
    notice = draft_notice([NoticeItem(Kind.EDITORS_NOTE, "", "", public_note="Read this")], corrected_on=NOV_24, style=HouseStyle.from_file(copy))
    assert notice.text.startswith("Note from the editor: Read this.")


@pytest.mark.parametrize("content, message", [
    ('[drafts.correction]\nreplaced = "It said $befor"\n', r"house style .*broken.toml: \[drafts.correction\] replaced uses unknown placeholder \$befor; use \$after, \$before, \$context"),
    ('[date_lines]\nupdate = "Updated"\n', r"\[date_lines\] update must contain \$date"),
    ('[date_lines]\nupdate = "Updated on $date for $5"\n', r"write \$\$ for a dollar sign"),
    ('[dates]\nformat = "$month $day $weekday"\n', r"unknown placeholder \$weekday"),
    ('[labels]\nerratum = "Erratum"\n', r"unknown correction kind 'erratum'"),
    ('[drafts.update]\nreplacd = "x"\n', r"unknown key 'replacd' in \[drafts.update\]"),
    ('[wording]\nx = 1\n', r"unknown key 'wording' in the top level"),
    ('[order]\nkinds = ["correction", "update"]\n', r"kinds must list each of"),
    ('[dates]\nmonths = ["Jan"]\n', r"twelve month names"),
    ('[labels\n', r"not valid TOML"),
])
def test_a_broken_style_file_is_refused_with_a_message_naming_the_problem(tmp_path, content, message):
    style_file = tmp_path / "broken.toml"
    style_file.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        HouseStyle.from_file(style_file)


def test_a_missing_style_file_is_refused_clearly(tmp_path):
    with pytest.raises(InputError, match="house style file .*nowhere.toml' does not exist"):
        HouseStyle.from_file(tmp_path / "nowhere.toml")


# --- Checking a notice before it goes out ----------------------------------------------------------


DIFF = [("184 million pounds", "148 million pounds"), ("Natrajan", "Natarajan")]


def test_a_good_notice_draws_no_warning():
    text = notice_text(
        NoticeItem(Kind.CORRECTION, *DIFF[0], public_note="An earlier version of this article misstated the cost. It was 148 million pounds, not 184 million pounds"),
        NoticeItem(Kind.CORRECTION, *DIFF[1]),
    )
    assert check_notice(text, DIFF) == []


def test_an_unlabelled_notice_is_flagged():
    [warning] = check_notice("An earlier version of this article misspelled Natarajan.", DIFF)
    assert warning.code == "unlabelled"
    assert "Correction:" in warning.message


@pytest.mark.parametrize("word", ["fixes", "Fixed", "recasts", "recast", "changes", "CHANGED", "tweaked"])
def test_euphemisms_newsrooms_ban_are_flagged(word):
    [warning] = check_notice(f"Correction: This article {word} the cost.", DIFF)
    assert warning.code == "euphemism" and word in warning.message


def test_banned_words_count_only_as_whole_words():
    assert check_notice("Correction: The exchanges were unfixedly prefixed.", DIFF) == []


def test_values_that_are_in_no_corrected_passage_are_flagged():
    text = "Correction: The cost was 184 million pounds, not 150 million pounds. The mayor said “very nearly on budget”."
    warnings = check_notice(text, DIFF)
    assert [w.code for w in warnings] == ["unsupported-value", "unsupported-value"]
    assert "very nearly on budget" in warnings[0].message
    assert "150" in warnings[1].message


def test_a_quotation_that_matches_a_passage_and_numbers_written_alike_pass():
    diff = [("about 48,000 vehicles a day", "about 58000 vehicles a day")]
    assert check_notice("Correction: It carries “58000 vehicles”, not 48000.", diff) == []


# --- A realistic notice, compared with its reference files -----------------------------------------


def harbour_bridge_items() -> list[NoticeItem]:
    return [
        NoticeItem(
            Kind.UPDATE, "once the final safety checks are complete",
            "once the final safety checks are complete, the council said on Tuesday",
            applied_at="2026-11-24T15:05:00Z",
        ),
        NoticeItem(
            Kind.CORRECTION, "184 million pounds", "148 million pounds",
            public_note="An earlier version of this article misstated the cost of the restoration. "
            "It was 148 million pounds, not 184 million pounds",
            applied_at="2026-11-24T09:30:00Z",
            context="The restoration cost 184 million pounds, according to the city council",
        ),
        NoticeItem(
            Kind.CLARIFICATION, "reversing a proposal made in 2022",
            "dropping a proposal, made in 2022, to charge drivers again",
            applied_at="2026-11-24T11:00:00Z",
        ),
        NoticeItem(Kind.CORRECTION, "48,000 vehicles", "58,000 vehicles", applied_at="2026-11-24T10:15:00Z"),
    ]


def test_a_realistic_notice_matches_its_reference_files():
    notice = draft_notice(harbour_bridge_items(), corrected_on=datetime(2026, 11, 24, 15, 10, tzinfo=timezone.utc))
    article = NoticeArticle(
        title="Harbour bridge reopens after three-year restoration",
        url="https://example.org/news/harbour-bridge-reopens",
        date_published="2026-11-23T06:00:00Z",
    )
    assert_matches_reference("harbour-bridge.txt", to_text(notice))
    assert_matches_reference("harbour-bridge.md", to_markdown(notice))
    assert_matches_reference("harbour-bridge.html", to_html(notice))
    assert_matches_reference("harbour-bridge.jsonld", to_jsonld(notice, article))
    newsml = to_newsml(news_item(notice, article.title, text=resources.read_text(resources.SAMPLE_ARTICLE)))
    assert_matches_reference("harbour-bridge.newsml.xml", newsml)
    valid_item(newsml)
    assert check_notice(notice.text, [(i.before, i.after) for i in notice.items]) == []


def test_the_corrected_sample_article_matches_its_reference_file():
    text = resources.read_text(resources.SAMPLE_ARTICLE)
    for item in harbour_bridge_items():
        assert item.before in text
        text = text.replace(item.before, item.after, 1)
    notice = draft_notice(harbour_bridge_items(), corrected_on=NOV_24)
    assert_matches_reference("harbour-bridge-corrected.html", corrected_article(text, notice, "html"))
