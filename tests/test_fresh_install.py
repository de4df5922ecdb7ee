"""A user without `make` installs Emend with Python 3.11's own pip and imports a saved news page.

The pip a Python 3.11 venv comes with (23.2 on 3.11.7) is older than the one `make` upgrades to; a
dependency only a newer pip resolves is left out there, and the command fails the first time it
needs it (issue 13: lxml_html_clean, so every HTML import exited 3). This
test installs a copy of the project's files into a fresh venv, as such a user would, and runs the
installed `emend`. It downloads PySide6 and the rest (pip's cache is used), so it is slow.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.test_packaging import ROOT

# Read at import, before the fixtures point XDG_CONFIG_HOME at a test folder: pip runs with the user's own
# configuration (index, proxy, cache). PYTHONPATH is dropped so nothing is imported from this checkout.
USER_ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
IN_CI = os.environ.get("CI", "").lower() in ("true", "1")

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour bridge reopens | The Kestrel Courier</title></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Harbour bridge reopens after three-year restoration</h1>
<p>The Kestrel Harbour Bridge reopened to traffic on Monday morning after a three-year restoration
that replaced its deck, strengthened its piers and repainted its steel arch.</p>
<p>The bridge, which opened in 1932, carries about 48,000 vehicles a day between the old town and
the northern suburbs, according to the city council.</p>
<p>The work cost 212 million, against an original estimate of 171 million.</p>
</article>
<footer>Share this story. Related stories. Copyright The Kestrel Courier.</footer>
</body></html>
"""


def run(*command, timeout: float, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(part) for part in command], capture_output=True, text=True, timeout=timeout,
                          cwd=cwd, env=env or USER_ENVIRONMENT)


def tail(result: subprocess.CompletedProcess, lines: int = 30) -> str:
    return "\n".join((result.stdout + result.stderr).splitlines()[-lines:])


def copy_of_the_project(destination: Path) -> Path:
    """The project's tracked and untracked-but-not-ignored files as they are in the working tree,
    so build artefacts (.egg-info, build/) cannot stand in for what a real install makes."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed, so the project's own files cannot be told from build artefacts")
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            capture_output=True, cwd=ROOT, timeout=60)
    if listed.returncode != 0:
        pytest.skip("the project is not a git checkout, so its own files cannot be told from build artefacts")
    for name in filter(None, listed.stdout.decode().split("\0")):
        source = ROOT / name
        if source.is_file():  # a file deleted in the working tree is left out, as a user's copy would be
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination / name)
    return destination


def the_index_is_unreachable(python: Path, cwd: Path) -> str | None:
    """Why pip cannot reach the package index as configured, or None when it can."""
    probe = run(python, "-m", "pip", "index", "versions", "PySide6-Essentials", "--retries", "1", "--timeout", "20",
                timeout=120, cwd=cwd)
    if probe.returncode == 0:
        return None
    return "\n".join(line for line in tail(probe, 4).splitlines() if "experimental command" not in line)


@pytest.mark.slow
def test_a_user_installing_with_pythons_own_pip_can_import_a_news_page(tmp_path):
    python311 = shutil.which("python3.11")
    if python311 is None:
        pytest.skip("python3.11 is not installed: its bundled pip is the oldest a user gets")
    venv = tmp_path / "venv"
    created = run(python311, "-m", "venv", venv, timeout=300, cwd=tmp_path)
    assert created.returncode == 0, tail(created)
    python = venv / "bin" / "python"

    problem = the_index_is_unreachable(python, tmp_path)
    if problem is not None:
        message = f"pip cannot reach the package index, so Emend cannot be installed:\n{problem}"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)

    project = copy_of_the_project(tmp_path / "emend")
    installed = run(python, "-m", "pip", "install", project, timeout=1800, cwd=tmp_path)
    assert installed.returncode == 0, tail(installed)

    page = tmp_path / "harbour-bridge.html"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    emend = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}  # this test's own history
    imported = run(venv / "bin" / "emend", "import", page, timeout=120, cwd=tmp_path, env=emend)
    assert imported.returncode == 0, tail(imported)
    assert imported.stdout.strip() == "1"

    shown = run(venv / "bin" / "emend", "show", "1", timeout=120, cwd=tmp_path, env=emend)
    assert shown.returncode == 0, tail(shown)
    assert "carries about 48,000 vehicles a day" in " ".join(shown.stdout.split())
