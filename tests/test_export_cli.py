"""Exporting a version from the command line; file names from titles stay in the chosen folder."""

from pathlib import Path

import pytest

from corrections.filenames import path_in_folder, safe_stem


def test_export_every_format_round_trips(cli, sample_path, tmp_path):
    cli("import", sample_path, "--title", "Harbour bridge reopens")
    for fmt in ("txt", "md", "html", "docx"):
        target = tmp_path / f"out.{fmt}"
        code, out, err = cli("export", "1", "-o", target)
        assert code == 0, err
        assert Path(out.strip()) == target and target.stat().st_size > 0
        again = cli("import", target)
        assert again[0] == 0, again[2]
    assert "48,000 vehicles" in cli("export", "1", "--format", "md")[1]


def test_export_into_a_folder_names_the_file_after_the_title(cli, sample_path, tmp_path):
    cli("import", sample_path, "--title", "../../etc/passwd: a story")
    folder = tmp_path / "exports"
    folder.mkdir()
    code, out, err = cli("export", "1", "--format", "html", "-o", folder)
    assert code == 0, err
    written = Path(out.strip())
    assert written.parent == folder.resolve() and written.suffix == ".html"
    assert list(folder.iterdir()) == [written]


@pytest.mark.parametrize("title", ["../../evil", "/etc/passwd", "a/b\\c", "CON", "...", "", "\x00\n\t", "é 橋 😀"])
def test_titles_never_escape_the_folder(tmp_path, title):
    path = path_in_folder(tmp_path, title, "txt")
    assert path.parent == tmp_path.resolve()
    assert "/" not in safe_stem(title) and "\\" not in safe_stem(title) and safe_stem(title)
