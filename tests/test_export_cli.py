"""``timelineapp export``: what it writes, and one clear line with the right code on each error."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from timelineapp.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE, main
from timelineapp.resources import example_event_file

EXAMPLE = str(example_event_file())


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """The command reuses the running QApplication instead of creating its own."""


def export(*args: str) -> int:
    return main(["export", *args])


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert err, "expected a message on stderr"
    assert "Traceback" not in "\n".join(err)
    return err[-1]


def test_exports_png_at_twice_the_default_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "niger.png"
    assert export(EXAMPLE, "-o", str(out), "--scale", "2", "--date", "2026-11-24") == EXIT_OK
    image = QImage(str(out))
    assert image.width() == 3200
    assert "wrote" in capsys.readouterr().out


def test_two_runs_with_the_same_date_are_byte_identical(tmp_path: Path) -> None:
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    for out in (a, b):
        assert export(EXAMPLE, "-o", str(out), "--width", "900", "--date", "2026-11-24") == 0
    assert a.read_bytes() == b.read_bytes()


def test_format_follows_the_extension_and_filters_apply(tmp_path: Path) -> None:
    out = tmp_path / "russie.svg"
    code = export(EXAMPLE, "-o", str(out), "--actor", "russie", "--from", "2024-01")
    assert code == EXIT_OK
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<?xml")
    assert "Déploiement de personnel et de matériel militaires russes au Niger" in text
    assert "Retrait des troupes françaises du Niger" not in text
    assert "Filter: Actors: Russie" in text  # no --lang: English, whatever the file is in


def test_pdf_pages(tmp_path: Path) -> None:
    out = tmp_path / "niger.pdf"
    assert export(EXAMPLE, "-o", str(out), "--pages", "2", "--page-size", "letter") == EXIT_OK
    assert out.read_bytes().startswith(b"%PDF")


def test_an_empty_result_still_exports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "none.png"
    assert export(EXAMPLE, "-o", str(out), "--search", "zzzz-no-such-words") == EXIT_OK
    assert out.exists()
    assert "No events match the filter" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "jpg"], "unknown format 'jpg': use png, svg or pdf"),
        (["--width", "50"], "allowed 200 to 20000 px"),
        (["--height", "90000"], "allowed 200 to 20000 px"),
        (["--scale", "2", "--width", "800"], "--scale cannot be combined with --width"),
        (["--scale", "5"], "use 1, 2 or 3"),
        (["--scale", "3", "--width", "12000"], "--scale cannot be combined"),
        (["--theme", "neon"], "--theme 'neon' is not one of light, dark, print"),
        (["--date", "24/11/2026"], "is not a date like"),
        (["--from", "2024-13"], "--from: "),
        (["--transparent", "--format", "svg"], "--transparent applies to PNG only"),
    ],
)
def test_usage_errors_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out = tmp_path / "out.png"
    assert export(EXAMPLE, "-o", str(out), *args) == EXIT_USAGE
    assert message in one_error_line(capsys)
    assert not out.exists()


def test_an_unknown_extension_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(EXAMPLE, "-o", str(tmp_path / "out.gif")) == EXIT_USAGE
    assert "*.png, *.svg or *.pdf" in one_error_line(capsys)


def test_an_unknown_actor_lists_valid_ids_closest_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(EXAMPLE, "-o", str(tmp_path / "o.png"), "--actor", "russia") == EXIT_INVALID
    line = one_error_line(capsys)
    assert "unknown actor id 'russia'" in line
    listed = line.split("closest first: ")[1].split(", ")
    assert listed[0] == "russie"
    assert "niger" in listed


def test_an_invalid_input_file_prints_its_located_issues(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.timeline.json"
    bad.write_text('{"format": "timelineapp/events", "version": 1,\n "title": 3}', "utf-8")
    assert export(str(bad), "-o", str(tmp_path / "o.png")) == EXIT_INVALID
    err = capsys.readouterr().err
    assert f"{bad}:2:" in err  # located: file and line
    assert "is not a valid event file" in err.strip().splitlines()[-1]
    assert "Traceback" not in err


def test_a_missing_input_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert export(str(tmp_path / "nope.json"), "-o", str(tmp_path / "o.png")) == EXIT_INVALID
    assert "cannot read the file" in capsys.readouterr().err


def test_an_unwritable_output_exits_1_and_keeps_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(EXAMPLE, "-o", str(tmp_path / "no" / "such" / "o.png")) == EXIT_INVALID
    assert "does not exist" in one_error_line(capsys)
    assert export(EXAMPLE, "-o", str(tmp_path), "--format", "png") == EXIT_INVALID
    assert "is a folder" in one_error_line(capsys)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert export(EXAMPLE, "-o", str(folder / "o.png")) == EXIT_INVALID
        assert "not writable" in one_error_line(capsys)
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_failed_write_keeps_the_existing_image(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "o.png"
    out.write_bytes(b"precious")

    def full_disk(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    assert export(EXAMPLE, "-o", str(out)) == EXIT_INVALID
    assert "cannot write" in one_error_line(capsys)
    assert out.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir()] == ["o.png"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display variables are Linux's")
def test_runs_headless_without_a_display(tmp_path: Path) -> None:
    import subprocess

    import timelineapp

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["PYTHONPATH"] = str(Path(timelineapp.__file__).parents[1])
    out = tmp_path / "headless.png"
    done = subprocess.run(
        [sys.executable, "-m", "timelineapp", "export", EXAMPLE, "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert done.stderr == ""
    assert out.read_bytes().startswith(b"\x89PNG")


def test_help_and_format_errors_name_the_data_formats_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``export`` writes images and data: its help and its format errors say both."""
    from timelineapp.cli import main

    assert main(["export", "--help"]) == EXIT_OK
    helped = " ".join(capsys.readouterr().out.split())
    assert "image to write" not in helped
    for word in ("*.png", "*.csv", "*.jsonl", "*.ics", "timelinejs", "timesketch"):
        assert word in helped
    assert export(EXAMPLE, "-o", str(tmp_path / "x.bmp")) == EXIT_USAGE
    message = one_error_line(capsys)
    assert "*.png" in message
    assert "*.csv" in message
    assert "*.ics" in message
