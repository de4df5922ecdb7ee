"""The record leaves the building as NewsML-G2: every item `emend` writes is one IPTC's own 2.35 schema accepts, as a
wire system or a CMS's NewsML-G2 ingest would check it, and every version of an article is a version of one item."""

from __future__ import annotations

import sqlite3

import pytest
from lxml import etree

from db import publishing
from db.sync.engine import sync
from desktop.application.news_items import newsml
from tests.newsml_schema import NAR, XHTML, schema_errors, valid_item
from tests.newsroom.helpers import laptop

ARTICLE = """US shifts focus to Ukraine's position in future talks

While public statements from the White House and the Pentagon deny any official policy changes, insiders reveal a \
shift from seeking a decisive victory over Russia to enhancing Ukraine's position for potential future negotiations.

Officials said forces would move to more robust defensive positions in Eastern Ukraine.

Politico did not mention that the EU and NATO do not have entirely the same membership countries, with the European \
nations of Norway and the UK being members of the former but not the latter.
"""
NOTE = "An earlier version of this article reversed which alliance Norway and the UK belong to."
OLD_FRAGMENT = """<itemMeta xmlns="http://iptc.org/std/nar/2006-10-01/">
  <title>US shifts focus to Ukraine's position in future talks</title>
  <edNote>Correction: An earlier version of this article reversed which alliance Norway and the UK belong to.</edNote>
  <signal qcode="sig:correction" />
</itemMeta>
"""
"""What `emend notice --format newsml` printed before: a bare itemMeta, its title where itemClass must come first."""


@pytest.fixture
def emend(cli, db_path, tmp_path):
    """`emend --db HISTORY ARGS…`, with the article above imported as version 1."""
    def run(*args):
        return cli("--db", db_path, *args)

    source = tmp_path / "ukraine.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    assert run("import", source)[0] == 0
    return run


def item_of(emend, *args) -> etree._Element:
    """The newsItem an emend command prints, once IPTC's schema has accepted it."""
    code, out, err = emend(*args)
    assert code == 0, err
    return valid_item(out)


def article_uid(db_path) -> str:
    with sqlite3.connect(db_path) as db:
        return db.execute("select uid from articles where id = 1").fetchone()[0]


def meta(item, *names) -> list[str]:
    return [child.tag.removeprefix(NAR) for child in item.find(f"{NAR}{names[0]}")]


def texts(item, path: str) -> list[str]:
    return [element.text for element in item.iterfind(path, {"n": NAR[1:-1], "h": XHTML[1:-1]})]


def correct_and_publish(emend, kind: str, quote: str, replacement: str, note: str = "") -> None:
    assert emend("correct", "1", "--quote", quote, "--replace", replacement, "--kind", kind,
                 *(["--note", note] if note else []))[0] == 0
    assert emend("save", "1", "-m", f"{kind}: {quote}")[0] == 0
    assert emend("publish", "1", "--author", "Desk")[0] == 0


def test_a_published_correction_is_a_whole_news_item_iptc_schema_accepts(emend, db_path):
    correct_and_publish(emend, "correction", "members of the former but not the latter",
                        "members of the latter but not the former", NOTE)

    item = item_of(emend, "notice", "1", "--format", "newsml")

    assert item.get("guid") == f"urn:uuid:{article_uid(db_path)}"
    assert (item.get("version"), item.get("standard"), item.get("standardversion"), item.get("conformance")) == (
        "2", "NewsML-G2", "2.35", "power")
    assert meta(item, "itemMeta") == [
        "itemClass", "provider", "versionCreated", "firstCreated", "pubStatus", "title", "edNote", "signal",
        "itemMetaExtProperty", "itemMetaExtProperty", "itemMetaExtProperty"]
    assert item.find(f"{NAR}itemMeta/{NAR}itemClass").get("qcode") == "ninat:text"
    assert item.find(f"{NAR}itemMeta/{NAR}provider").get("literal") == "Newsroom"
    assert item.find(f"{NAR}itemMeta/{NAR}pubStatus").get("qcode") == "stat:usable"
    assert [s.get("qcode") for s in item.iter(f"{NAR}signal")] == ["sig:correction"]
    published = emend("notice", "1")[1]
    assert item.findtext(f"{NAR}itemMeta/{NAR}edNote") + "\n" == published
    assert [(p.get("rel"), p.get("value")) for p in item.iter(f"{NAR}itemMetaExtProperty")][:2] == [
        ("emend:article", "1"), ("emend:version", "2")]
    chain = item.find(f"{NAR}itemMeta/{NAR}itemMetaExtProperty[@rel='emend:chain-sha256']").get("value")
    assert chain in emend("receipts", "1")[1]
    assert texts(item, "n:contentMeta/n:headline") == ["US shifts focus to Ukraine's position in future talks"]
    assert item.find(f"{NAR}contentMeta/{NAR}language").get("tag") == "en"
    paragraphs = texts(item, ".//h:body/h:p")
    assert len(paragraphs) == 3 and paragraphs[2].endswith("members of the latter but not the former.")
    assert etree.tostring(item, method="c14n") == etree.tostring(
        item_of(emend, "export", "1", "2", "--format", "newsml"), method="c14n")


def test_a_clarification_signals_an_update_not_a_correction(emend):
    correct_and_publish(emend, "clarification", "in Eastern Ukraine", "in eastern Ukraine, along the front line")

    item = item_of(emend, "notice", "1", "--format", "newsml")

    assert [s.get("qcode") for s in item.iter(f"{NAR}signal")] == ["sig:update"]
    assert item.findtext(f"{NAR}itemMeta/{NAR}edNote").startswith("Clarification: ")


def test_a_style_fix_has_no_notice_to_give_but_its_version_is_still_a_valid_item(emend):
    correct_and_publish(emend, "style", "Eastern Ukraine", "eastern Ukraine")

    code, out, err = emend("notice", "1", "--format", "newsml")
    assert (code, out) == (2, "") and "no corrections to give notice of" in err

    item = item_of(emend, "export", "1", "2", "--format", "newsml")
    assert item.get("version") == "2"
    assert meta(item, "itemMeta") == [
        "itemClass", "provider", "versionCreated", "firstCreated", "pubStatus", "title",
        "itemMetaExtProperty", "itemMetaExtProperty", "itemMetaExtProperty"]
    assert "eastern Ukraine" in "".join(texts(item, ".//h:p"))


def test_after_a_correction_a_later_style_fix_keeps_the_notice_readers_see_but_signals_nothing_new(emend):
    correct_and_publish(emend, "correction", "members of the former but not the latter",
                        "members of the latter but not the former", NOTE)
    correct_and_publish(emend, "style", "Eastern Ukraine", "eastern Ukraine")

    item = item_of(emend, "notice", "1", "--format", "newsml")

    assert item.get("version") == "3"
    assert item.findtext(f"{NAR}itemMeta/{NAR}edNote").startswith(f"Correction: {NOTE}")
    assert list(item.iter(f"{NAR}signal")) == []


def test_every_version_exported_is_a_version_of_the_same_item(emend, db_path):
    assert emend("correct", "1", "--quote", "members of the former but not the latter",
                 "--replace", "members of the latter but not the former", "--note", NOTE)[0] == 0
    assert emend("save", "1", "-m", "Norway and the UK")[0] == 0

    first = item_of(emend, "export", "1", "1", "--format", "newsml")
    draft = item_of(emend, "export", "1", "--format", "newsml")
    assert emend("publish", "1", "--author", "Desk")[0] == 0
    published = item_of(emend, "export", "1", "2", "--format", "newsml")

    assert {first.get("guid"), draft.get("guid"), published.get("guid")} == {f"urn:uuid:{article_uid(db_path)}"}
    assert [first.get("version"), draft.get("version"), published.get("version")] == ["1", "2", "2"]
    assert texts(first, "n:itemMeta/n:firstCreated") == texts(published, "n:itemMeta/n:firstCreated") == texts(
        first, "n:itemMeta/n:versionCreated")
    assert first.find(f"{NAR}itemMeta/{NAR}edNote") is None and list(first.iter(f"{NAR}signal")) == []
    assert [i.find(f"{NAR}itemMeta/{NAR}pubStatus").get("qcode") for i in (first, draft, published)] == [
        "stat:usable", "stat:withheld", "stat:usable"]
    assert list(draft.iter(f"{NAR}itemMetaExtProperty")) == []
    assert len(list(published.iter(f"{NAR}itemMetaExtProperty"))) == 3
    assert "members of the former" in "".join(texts(first, ".//h:p"))
    assert "members of the latter" in "".join(texts(published, ".//h:p"))


def test_an_item_written_to_a_xml_file_is_the_item_printed(emend, tmp_path):
    correct_and_publish(emend, "correction", "members of the former but not the latter",
                        "members of the latter but not the former", NOTE)
    target = tmp_path / "item.xml"

    code, out, _ = emend("export", "1", "--published", "-o", target)

    assert code == 0 and out.strip() == str(target)
    assert etree.tostring(valid_item(target.read_bytes()), method="c14n") == etree.tostring(
        item_of(emend, "export", "1", "2", "--format", "newsml"), method="c14n")


def test_markup_ampersands_and_bidi_controls_in_a_headline_stay_text(cli, db_path, tmp_path):
    title = 'Minister <b>"quoted"</b> & tolls \u202eevil\u202c \u2066ok\u2069 \x07bell'
    source = tmp_path / "a.txt"
    source.write_text("The minister said \"<script>alert(1)</script>\" & left at 3 p.m.\n\n"
                      "Tolls: none.\u202e Reversed?\n", encoding="utf-8")
    assert cli("--db", db_path, "import", source, "--title", title)[0] == 0
    assert cli("--db", db_path, "correct", "1", "--quote", "3 p.m.", "--replace", "4 p.m.",
               "--note", 'He left at "4 p.m." <not> 3 p.m. & said so.')[0] == 0
    assert cli("--db", db_path, "save", "1", "-m", "time")[0] == 0
    assert cli("--db", db_path, "publish", "1")[0] == 0

    code, out, _ = cli("--db", db_path, "notice", "1", "--format", "newsml")

    assert code == 0
    assert "<b>" not in out and "<script>" not in out and "\u202e" not in out and "&#x202e;" in out
    item = valid_item(out)
    shown = 'Minister <b>"quoted"</b> & tolls \u202eevil\u202c \u2066ok\u2069 bell'
    assert texts(item, "n:contentMeta/n:headline") == texts(item, "n:itemMeta/n:title") == [shown]
    assert texts(item, ".//h:head/h:title") == [shown]
    assert 'He left at "4 p.m." <not> 3 p.m. & said so.' in item.findtext(f"{NAR}itemMeta/{NAR}edNote")
    assert texts(item, ".//h:p")[0] == 'The minister said "<script>alert(1)</script>" & left at 4 p.m.'


def test_the_house_style_names_the_provider(emend, tmp_path):
    style = tmp_path / "house.toml"
    style.write_text('[newsml]\nprovider = "Kestrel  Gazette"\nprovider_uri = "https://kestrel.example/"\n\n'
                     '[page]\nlanguage = "en-GB"\n', encoding="utf-8")

    item = item_of(emend, "export", "1", "--format", "newsml", "--house-style", style)

    provider = item.find(f"{NAR}itemMeta/{NAR}provider")
    assert (provider.get("uri"), provider.get("literal"), provider.findtext(f"{NAR}name")) == (
        "https://kestrel.example/", None, "Kestrel Gazette")
    assert item.find(f"{NAR}contentMeta/{NAR}language").get("tag") == "en-GB"
    assert item.get("{http://www.w3.org/XML/1998/namespace}lang") == "en-GB"


def test_a_provider_address_that_is_not_a_web_address_is_refused_in_one_line(emend, tmp_path):
    style = tmp_path / "house.toml"
    style.write_text('[newsml]\nprovider_uri = "kestrel gazette"\n', encoding="utf-8")

    code, out, err = emend("export", "1", "--format", "newsml", "--house-style", style)

    assert (code, out) == (2, "") and len(err.splitlines()) == 1
    assert "[newsml] provider_uri must be a web address" in err


def test_the_check_can_fail_the_old_fragment_and_a_misordered_item_are_refused(emend):
    assert any("title" in error and "This element is not expected. Expected is ( {http://iptc.org/std/nar/"
               "2006-10-01/}itemClass )" in error for error in schema_errors(OLD_FRAGMENT))

    item = item_of(emend, "export", "1", "--format", "newsml")
    item_meta = item.find(f"{NAR}itemMeta")
    item_meta.insert(0, item_meta.find(f"{NAR}title"))
    assert schema_errors(etree.tostring(item)) != []
    no_guid = item_of(emend, "export", "1", "--format", "newsml")
    del no_guid.attrib["guid"]
    assert any("guid" in error for error in schema_errors(etree.tostring(no_guid)))


def test_two_editors_synced_copies_give_the_same_item(room, tmp_path):
    a = laptop(tmp_path, "a", room.add("ana"))
    b = laptop(tmp_path, "b", room.add("ben"))
    article = a.import_article(ARTICLE, title="US shifts focus to Ukraine's position in future talks", author="Ana")
    a.add_correction(article.id, kind="correction", quote="members of the former but not the latter",
                     replacement="members of the latter but not the former", author="Ana", public_note=NOTE)
    a.save_version(article.id, message="Norway and the UK", author="Ana")
    publishing.publish(a, article.id, author="Desk")
    assert sync(a).line().endswith("conflicts 0") and sync(b).line().endswith("conflicts 0")
    [copy] = b.articles()

    mine, theirs = (valid_item(newsml(h, i, 2)) for h, i in ((a, article.id), (b, copy.id)))

    assert mine.get("guid") == theirs.get("guid") == f"urn:uuid:{a.article_uid(article.id)}"
    assert etree.tostring(mine, method="c14n") == etree.tostring(theirs, method="c14n")
