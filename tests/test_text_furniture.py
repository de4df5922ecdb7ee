"""Page furniture in plain-text and Markdown imports: a copy from a news page loses its related-story
box and reader footer, the story keeps every paragraph, and the headline proposed is a headline."""

from __future__ import annotations

import pytest

from corrections.article import normalize_text
from corrections.importers import load_article, load_text
from corrections.importers.furniture import (
    READER_FOOTER_KIND,
    RELATED_HEADINGS,
    RELATED_HEADLINE,
    RELATED_STORY,
    find_furniture,
    locate,
    without_furniture,
)
from corrections.importers.headline import propose_headline

# The structure of the article the standards desk corrected (../shared/examples/real_article_with_errors.txt),
# its lines copied as they were: the story, a related-story box in the middle, the reader footer at the end.
OPENING = ("In response to delays in American and European assistance to Ukraine, the Biden administration is "
           "reportedly adjusting its approach to supporting Kyiv, Politico reported, citing its sources.")
BEFORE_BOX = [
    OPENING,
    "While public statements from the White House and the Pentagon deny any official policy changes, insiders "
    "reveal a shift from seeking a decisive victory over Russia to enhancing Ukraine’s position for potential "
    "future negotiations.",
    "Unnamed officials from the Biden administration and a European diplomat based in Washington informed "
    "Politico that discussions are underway with Ukrainian authorities regarding the transition of their forces "
    "from a “failed counteroffensive” to more robust defensive positions in Eastern Ukraine.",
    "The shift in strategy comes as both US and European aid to Ukraine faces serious threats, prompting a move "
    "toward bolstering Ukraine’s stance in potential talks to end the conflict. The reported negotiations could "
    "potentially involve ceding parts of Ukraine to Russia.",
    "Efforts to improve Ukraine’s position include reinforcing air defense systems, constructing fortifications, "
    "and installing anti-tank barriers along its northern border with Belarus.",
    "Additionally, the White House is concentrating on increasing the production of weapons within Ukraine. "
    "Officials suggest that these strategic moves aim to position Ukraine favorably for any future negotiations, "
    "as negotiations are perceived as the ultimate pathway to ending the war.",
]
RELATED_HEADLINE_TEXT = "N Korea, Russia Sign Mutual Defence Deal as Kim Pledges Support on Ukraine"
TEASER = ("The two countries have been allies since North Korea's founding after World War II, and have drawn even "
          "closer after Russia's invasion of Ukraine in 2022 isolated Putin on the global stage.")
AFTER_BOX = [
    "While the United States desires Ukraine to enter negotiations from a position of strength, sources note "
    "that no specific negotiations are currently planned.",
    "Meanwhile, the European diplomat in Washington said that the European Union is raising the threat of "
    "expediting Ukraine’s membership in NATO to enhance its negotiating position with Russia.",
    "Politico did not mention that the EU and NATO do not have entirely the same membership countries, with the "
    "European nations of Norway and the UK being members of the latter but not the former.",
]
FOOTER = ("To suggest a correction or clarification, write to us here\n"
          "You can also highlight the text and press Ctrl + Enter")
REAL_ARTICLE = "\n\n".join([
    *BEFORE_BOX,
    f"{RELATED_HEADLINE_TEXT}\nOther Topics of Interest",
    RELATED_HEADLINE_TEXT,
    TEASER,
    *AFTER_BOX,
    FOOTER,
]) + "\n"
STORY = "\n\n".join([*BEFORE_BOX, *AFTER_BOX]) + "\n"

# Real-looking news texts with no furniture at all: subheads, short quotes, lists, bylines, and sentences
# that mention corrections, newsletters, sharing and related matters. Each must come out unchanged.
CLEAN_STORIES = {
    "subheads": """Ferry fares to rise by 8% from April

By Sam Ortiz

The harbour ferry company will raise single fares by 8% from 1 April, its chief executive said on Tuesday.

Why prices are going up

Fuel costs rose by a third last year, and the company said it could no longer absorb them.

"We held fares for three winters," said Mara Lind. "We cannot hold them for a fourth."

What passengers can do

Season tickets bought before the end of March will keep the old price until they expire.
""",
    "list of points": """Council budget: what changes for residents

The council approved its budget for next year on Thursday night by 31 votes to 12.

The main changes are:
- Council tax rises by 4.9%
- Two libraries move to shorter opening hours
- Bin collections stay weekly

Opposition councillors said the library cuts would hit older residents hardest.
""",
    "corrections story": """Newspaper overhauls how it handles reader complaints

The Kestrel Courier said on Monday that it would publish every correction on a single page.

Readers who want to suggest a correction will be able to use an online form, the editor said.

Subscribers had complained that corrections were hard to find, according to a reader survey.

Related coverage of press standards will be collected in a new section, the paper said.

The paper said it would report an error within 24 hours of confirming it.
""",
    "short quotes": """Storm closes coastal road for second day

Police closed the coast road between Aldmouth and Penrith Bay again on Wednesday.

"It is not safe," a spokesperson said.

"Stay away."

Engineers will inspect the sea wall on Thursday. Residents can share photos of damage with the council.

Share prices of the insurer that covers the wall fell 3%.
""",
    "markdown story": """# Council approves new cycle network plan

*By Ana Ruiz, transport correspondent*

The council approved a **14-mile** network of protected cycle lanes on Tuesday.

## The routes

1. Quay Street to the station
2. The old town to the university

Work starts in June. Follow-up consultations will run through the summer.
""",
    "live report": """Storm live: roads closed across the county

Latest news

Coast road shut again

Police closed the coast road between Aldmouth and Penrith Bay again on Wednesday after waves breached the wall.

Top stories

Schools stay open

The county council said all schools would open as normal on Thursday.
""",
    "starts with the story": """Thousands of commuters faced delays on Monday after a signal failure near Central station.

Trains resumed shortly after 10 a.m., the operator said.

More from the minister came later in the day, when she promised a review.

Read the full report on the operator's website, she told reporters.

Read more than the summary and the picture changes, one analyst wrote.
""",
}


def kinds(text: str) -> list[str]:
    return [block.kind for block in find_furniture(text)]


def test_the_real_articles_related_box_and_reader_footer_are_found_with_their_reasons():
    blocks = find_furniture(REAL_ARTICLE)

    assert [(block.kind, block.text) for block in blocks] == [
        (RELATED_HEADLINE, RELATED_HEADLINE_TEXT),
        (RELATED_HEADINGS, "Other Topics of Interest"),
        (RELATED_STORY, f"{RELATED_HEADLINE_TEXT}\n\n{TEASER}"),
        (READER_FOOTER_KIND, FOOTER),
    ]
    assert blocks[2].reason == "related story's headline and teaser"
    assert "Ctrl + Enter" in blocks[3].reason
    assert all(REAL_ARTICLE[block.start:block.end] == block.text for block in blocks)


def test_dropping_the_furniture_keeps_every_paragraph_of_the_story_in_order():
    assert without_furniture(REAL_ARTICLE, find_furniture(REAL_ARTICLE)) == STORY


@pytest.mark.parametrize("name", sorted(CLEAN_STORIES))
def test_a_story_without_furniture_comes_out_unchanged(name):
    text = normalize_text(CLEAN_STORIES[name])

    assert find_furniture(text) == []
    assert without_furniture(text, []) == text


def test_a_related_list_and_a_footer_under_a_story_are_dropped_but_not_its_last_paragraph():
    story = normalize_text(CLEAN_STORIES["subheads"])
    text = story + ("\nRelated stories\nFerry timetable returns to winter schedule\n"
                    "Quay Street traders ask for business rate relief\n\n"
                    "Share this article\n\n© 2025 The Kestrel Courier. All rights reserved.\n")

    assert kinds(text) == [RELATED_HEADINGS, RELATED_HEADLINE, RELATED_HEADLINE, "button",
                           READER_FOOTER_KIND]
    assert without_furniture(text, find_furniture(text)) == story


def test_markdown_links_under_a_related_heading_and_a_read_more_line_are_furniture():
    text = normalize_text("""# Bridge reopens

The bridge reopened on Monday after three years.

**Read more:** [Why the bridge closed](https://example.com/closed)

It carries 48,000 vehicles a day.

## You may also like

- [Ferry timetable returns](https://example.com/ferry)
- [Traders ask for rate relief](https://example.com/rates)
""")

    assert kinds(text) == ["call-to-action", RELATED_HEADINGS, RELATED_HEADLINE, RELATED_HEADLINE]
    assert without_furniture(text, find_furniture(text)) == (
        "# Bridge reopens\n\nThe bridge reopened on Monday after three years.\n\nIt carries 48,000 vehicles a day.\n")


def test_a_second_headline_and_paragraph_after_a_related_box_are_the_storys_own():
    text = normalize_text("\n\n".join([
        OPENING, "Other Topics of Interest", RELATED_HEADLINE_TEXT, TEASER,
        "What comes next for Kyiv", AFTER_BOX[0], AFTER_BOX[1],
    ]))

    dropped = without_furniture(text, find_furniture(text))

    assert dropped == "\n\n".join([OPENING, "What comes next for Kyiv", AFTER_BOX[0], AFTER_BOX[1]]) + "\n"


def test_blocks_are_located_again_line_by_line_in_the_text_they_came_from():
    blocks = [block.text for block in find_furniture(REAL_ARTICLE)]

    spans = locate(REAL_ARTICLE, blocks)

    assert [REAL_ARTICLE[start:end] for start, end in spans] == blocks
    assert locate(REAL_ARTICLE, ["Not in the article"]) == [None]


@pytest.mark.parametrize(("text", "headline"), [
    ("Council votes to keep the ferry\n\nThe vote was 7 to 2 on Tuesday.\n", "Council votes to keep the ferry"),
    ("## Bridge reopens after repairs\n\nThe bridge reopened.\n", "Bridge reopens after repairs"),
    ("By Sam Ortiz\n\nBridge reopens after repairs\n\nThe bridge reopened.\n", "Bridge reopens after repairs"),
    (STORY, "In response to delays in American and European assistance to Ukraine, the Biden…"),
    ("The vote was 7 to 2 on Tuesday. Councillors left early.\n", "The vote was 7 to 2 on Tuesday"),
])
def test_the_headline_proposed_is_a_short_title_line_never_a_whole_paragraph(text, headline):
    assert propose_headline(text) == headline


def test_importing_the_real_article_leaves_out_its_furniture_and_says_so(tmp_path):
    path = tmp_path / "real_article.txt"
    path.write_text(REAL_ARTICLE, encoding="utf-8")

    article = load_article(path)

    assert article.text == STORY
    assert article.title == "In response to delays in American and European assistance to Ukraine, the Biden…"
    assert article.removed_blocks[1] == "Other Topics of Interest"
    assert article.removed_kinds == [RELATED_HEADLINE, RELATED_HEADINGS, RELATED_STORY, READER_FOOTER_KIND]
    assert article.notes == ["left out 4 blocks of page furniture (related stories, reader footer)"]


def test_keeping_the_furniture_imports_the_text_as_written_and_lists_what_could_go(tmp_path):
    path = tmp_path / "real_article.md"
    path.write_text(REAL_ARTICLE, encoding="utf-8")

    article = load_article(path, keep_removed=True)

    assert article.text == REAL_ARTICLE
    assert len(article.removed_blocks) == 4
    assert article.notes == ["kept 4 blocks of page furniture that the import would leave out "
                             "(related stories, reader footer)"]


def test_pasted_text_gets_the_same_furniture_rules():
    article = load_text(REAL_ARTICLE)

    assert article.text == STORY and len(article.removed_blocks) == 4


def test_a_text_that_is_nothing_but_furniture_like_lines_is_kept_whole():
    article = load_text("Share this article\n\nSubscribe now\n")

    assert article.text == "Share this article\n\nSubscribe now\n" and article.removed_blocks == []


def test_a_story_ending_in_a_one_word_paragraph_such_as_listen_keeps_it():
    # Found by the Markdown round-trip property test: "LISTEN" alone was taken for a button.
    from corrections.importers.furniture import find_furniture

    for word in ("LISTEN", "Watch"):
        assert find_furniture(f"# Headline\n\nThe choir sang all night.\n\n{word}\n") == []
