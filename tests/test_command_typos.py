"""QA #79: a mistyped command, or no display, is said in one line with exit 2."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from timelineapp import cli
from timelineapp.cli import EXIT_USAGE, main


@pytest.fixture
def no_window(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("the window was started")

    monkeypatch.setattr(cli, "import_gui", refuse)


@pytest.mark.usefixtures("no_window")
@pytest.mark.parametrize(
    ("args", "word", "meant"),
    [
        (["valdate", "x.timeline.json"], "valdate", "validate"),
        (["valdate"], "valdate", "validate"),
        (["--lang", "en", "exprot", "a.json", "-o", "a.png"], "exprot", "export"),
        (["Schema"], "Schema", "schema"),
    ],
)
def test_a_word_close_to_a_command_is_named(
    args: list[str], word: str, meant: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == EXIT_USAGE
    err = capsys.readouterr().err.strip()
    assert err == f"timelineapp: unknown command '{word}'; did you mean '{meant}'?"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland displays")
@pytest.mark.usefixtures("no_window")
def test_without_a_display_the_window_says_so_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main(["frobnicate"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "the window needs a display" in err
    assert "validate, schema, export, import, build" in err


def test_an_existing_file_named_like_a_command_opens_in_the_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "valdate").write_text("{}", encoding="utf-8")
    opened: list[str | None] = []

    class Gui:
        @staticmethod
        def run_app(file: str | None, **kwargs: object) -> int:
            opened.append(file)
            return 0

    monkeypatch.setattr(cli, "import_gui", lambda: Gui)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main(["valdate"]) == 0
    assert opened == ["valdate"]
