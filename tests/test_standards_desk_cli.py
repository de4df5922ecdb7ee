"""Issue 16, item 12 at the command line: a search names every version that still holds the words; a notice
mixing a correction and a clarification is not dated "Corrected on"; `emend open` with no display says what to do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = """Europe weighs Ukraine's membership

Meanwhile, the European diplomat in Washington said that the European Union is raising the threat of expediting Ukraine's membership in NATO to enhance its negotiating position with Russia.

Politico did not mention that the EU and NATO do not have entirely the same membership countries.

The diplomat described fortifications in Eastern Ukraine.
"""


@pytest.fixture
def trial(cli, tmp_path):
    """The trial's article: version 2 corrects the NATO claim and clarifies "Eastern", version 3 adds a day."""
    source = tmp_path / "article.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    assert cli("import", source)[0] == 0
    assert cli("correct", "1", "--quote", "membership in NATO", "--replace", "membership in the European Union")[0] == 0
    assert cli("correct", "1", "--kind", "clarification", "--quote", "Eastern Ukraine",
               "--replace", "eastern Ukraine")[0] == 0
    assert cli("save", "1", "-m", "Correct the NATO claim")[0] == 0
    assert cli("correct", "1", "--kind", "update", "--quote", "fortifications", "--replace",
               "fortifications on Tuesday")[0] == 0
    assert cli("save", "1", "-m", "Add the day")[0] == 0


def test_a_search_names_the_later_versions_that_still_hold_the_words(trial, cli):
    code, out, err = cli("search", "NATO")

    assert code == 0, err
    [text_hit] = [line for line in out.splitlines() if "version 1" in line]
    assert "version 1, still in 2–3" in text_hit
    hits = json.loads(cli("search", "NATO", "--json")[1])
    assert [h["still_in"] for h in hits if h["source"] == "text"] == [[2, 3]]


def test_a_notice_with_a_correction_and_a_clarification_is_not_dated_corrected(trial, cli):
    code, out, err = cli("notice", "1", "--draft")

    assert code == 0, err
    assert "Correction:" in out and "Clarification:" in out
    assert "Corrected on" not in out and out.rstrip().splitlines()[-1].startswith("Updated on ")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is Linux's")
def test_opening_the_window_without_a_display_says_what_to_do_instead(tmp_path):
    env = {name: value for name, value in os.environ.items()
           if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "desktop", "--db", str(tmp_path / "h.sqlite"), "open"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)

    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("emend: there is no display") and "QT_QPA_PLATFORM=offscreen" in line
    assert not (tmp_path / "h.sqlite").exists()


def test_a_house_style_places_the_notice_only_at_the_top_or_the_bottom():
    from corrections.errors import InputError
    from corrections.notices.house_style import HouseStyle

    assert HouseStyle.default().notice_place == "bottom"
    assert HouseStyle.from_toml('[placement]\nnotice = "top"\n').notice_place == "top"
    with pytest.raises(InputError, match=r'\[placement\] notice must be "top" or "bottom"'):
        HouseStyle.from_toml('[placement]\nnotice = "middle"\n')
