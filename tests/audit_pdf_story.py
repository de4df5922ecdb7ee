"""The story of issue 16's trial, kept in the tests: a real 375-word article imported, its NATO claim
corrected, a clarification and an update added, published once in between: four versions in all."""

from __future__ import annotations

TITLE = "Biden administration adjusts its approach to Ukraine"
DESK_EDITOR = "Maria Delgado-Whitfield"
STANDARDS_EDITOR = "Jonathan Okonkwo-Harrington"
MESSAGES = ("Correct the NATO membership claim", "Clarify the defensive positions",
            "Add the day of the Politico report")
PUBLIC_NOTE = "The EU, not NATO, may speed up Ukraine’s membership."
INTERNAL_NOTE = "Raised by a reader; checked against Politico."
CLARIFICATION_NOTE = "It now says which defensive positions are meant."
UNCHANGED_SENTENCE = "Efforts to improve Ukraine’s position include reinforcing air defense systems"

ARTICLE = (
    "In response to delays in American and European assistance to Ukraine, the Biden administration is "
    "reportedly adjusting its approach to supporting Kyiv, Politico reported, citing its sources.\n"
    "\n"
    "While public statements from the White House and the Pentagon deny any official policy changes, "
    "insiders reveal a shift from seeking a decisive victory over Russia to enhancing Ukraine’s position "
    "for potential future negotiations.\n"
    "\n"
    "Unnamed officials from the Biden administration and a European diplomat based in Washington informed"
    " Politico that discussions are underway with Ukrainian authorities regarding the transition of their"
    " forces from a “failed counteroffensive” to more robust defensive positions in Eastern Ukraine.\n"
    "\n"
    "The shift in strategy comes as both US and European aid to Ukraine faces serious threats, prompting "
    "a move toward bolstering Ukraine’s stance in potential talks to end the conflict. The reported "
    "negotiations could potentially involve ceding parts of Ukraine to Russia.\n"
    "\n"
    "\n"
    "Efforts to improve Ukraine’s position include reinforcing air defense systems, constructing "
    "fortifications, and installing anti-tank barriers along its northern border with Belarus.\n"
    "\n"
    "Additionally, the White House is concentrating on increasing the production of weapons within "
    "Ukraine. Officials suggest that these strategic moves aim to position Ukraine favorably for any "
    "future negotiations, as negotiations are perceived as the ultimate pathway to ending the war.\n"
    "\n"
    "N Korea, Russia Sign Mutual Defence Deal as Kim Pledges Support on Ukraine\n"
    "Other Topics of Interest\n"
    "\n"
    "N Korea, Russia Sign Mutual Defence Deal as Kim Pledges Support on Ukraine\n"
    "\n"
    "The two countries have been allies since North Korea's founding after World War II, and have drawn "
    "even closer after Russia's invasion of Ukraine in 2022 isolated Putin on the global stage.\n"
    "\n"
    "While the United States desires Ukraine to enter negotiations from a position of strength, sources "
    "note that no specific negotiations are currently planned.\n"
    "\n"
    "Meanwhile, the European diplomat in Washington said that the European Union is raising the threat of"
    " expediting Ukraine’s membership in NATO to enhance its negotiating position with Russia.\n"
    "\n"
    "Politico did not mention that the EU and NATO do not have entirely the same membership countries, "
    "with the European nations of Norway and the UK being members of the latter but not the former.\n"
    "\n"
    "To suggest a correction or clarification, write to us here\n"
    "You can also highlight the text and press Ctrl + Enter"
)


def four_versions(cli, tmp_path) -> int:
    """Import the article and correct it three times, publishing after the second; the article's id.
    The versions are saved by whoever EMEND_AUTHOR names; the clarification is recorded by the standards editor."""
    source = tmp_path / "real_article.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    steps = [
        ("import", source, "--title", TITLE),
        ("correct", "1", "--quote", "membership in NATO", "--replace", "membership in the European Union",
         "--note", PUBLIC_NOTE, "--internal-note", INTERNAL_NOTE),
        ("save", "1", "-m", MESSAGES[0]),
        ("correct", "1", "--quote", "in Eastern Ukraine", "--replace", "in eastern Ukraine", "--kind", "clarification",
         "--note", CLARIFICATION_NOTE, "--author", STANDARDS_EDITOR),
        ("save", "1", "-m", MESSAGES[1]),
        ("publish", "1"),
        ("correct", "1", "--quote", "Politico reported, citing its sources", "--replace",
         "Politico reported on Tuesday, citing unnamed officials", "--kind", "update"),
        ("save", "1", "-m", MESSAGES[2]),
    ]
    for step in steps:
        code, out, err = cli(*step)
        assert code == 0, (step, err)
    return 1
