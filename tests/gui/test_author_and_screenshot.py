"""The author's name is asked once and signed on every version; --screenshot renders the window."""

from __future__ import annotations

from PySide6.QtGui import QImage

from desktop import preferences


def test_the_first_run_asks_for_the_name_once_and_signs_with_it(monkeypatch, answers, open_window, sample_path,
                                                                   history):
    monkeypatch.delenv("EMEND_AUTHOR")
    answers.authors.append("Dana Reporter")

    window = open_window()
    window.open_file(sample_path)
    second = open_window()

    assert answers.authors == []
    assert preferences.saved_author() == "Dana Reporter"
    assert second.session.author == "Dana Reporter"
    assert history.versions(window.session.article.id)[0].author == "Dana Reporter"


def test_emend_author_wins_without_asking(answers, window):
    assert window.session.author == "Test Editor"
    assert preferences.saved_author() == ""


def test_screenshot_renders_the_window_with_a_correction_to_a_png(cli, tmp_path, db_path):
    target = tmp_path / "shot.png"

    code, _out, err = cli("--screenshot", target)

    assert code == 0, err
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)
    assert not db_path.exists()


def test_screenshot_of_another_article_file(cli, tmp_path):
    article = tmp_path / "budget.txt"
    article.write_text("Council approves budget\n\nThe council approved 12 new posts on Thursday.\n",
                       encoding="utf-8")

    code, _out, err = cli("--screenshot", tmp_path / "budget.png", article)

    assert code == 0, err
    assert QImage(str(tmp_path / "budget.png")).width() == 1280


def test_a_screenshot_that_cannot_be_written_is_a_one_line_error(cli, tmp_path):
    code, _out, err = cli("--screenshot", tmp_path / "no-such-folder" / "shot.png")

    assert code == 2
    assert err.startswith("emend: the folder") and "no-such-folder' does not exist" in err


def test_a_screenshot_never_replaces_a_file_unless_forced_and_never_the_history(cli, tmp_path, db_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("an editor's notes\n", encoding="utf-8")
    code, _out, err = cli("--screenshot", notes)
    assert code == 2 and "already exists; use --force" in err
    assert notes.read_text(encoding="utf-8") == "an editor's notes\n"
    db_path.write_bytes(b"")
    code, _out, err = cli("--db", db_path, "--screenshot", db_path, "--force")
    assert code == 2 and "is the history itself" in err
    assert cli("--screenshot", notes, "--force")[0] == 0
    assert QImage(str(notes)).width() == 1280


def test_a_screenshot_of_an_article_that_cannot_be_read_is_one_line_not_a_dialog(cli, tmp_path):
    """An error dialog in an offscreen window would wait forever for a click."""
    for article in (tmp_path / "missing.txt", "/dev/zero", "list"):
        code, _out, err = cli("--screenshot", tmp_path / "shot.png", article)
        assert code == 2 and err.count("\n") == 1, err
        assert not (tmp_path / "shot.png").exists()
