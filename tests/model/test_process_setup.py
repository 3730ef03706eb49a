"""Importing changes nothing in the process; the entry points set up environment and logs."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


def test_importing_and_loading_leave_the_process_as_it_was(qt_free_run: dict[str, Any]) -> None:
    # One fresh interpreter imports every model and extract module and loads the example, in
    # the environment of a user who chose neither setting (tests/qt_free_run.py).
    parts = qt_free_run["parts"]
    assert (parts["import_all"], parts["load"]) == ("ok", "ok"), parts
    report = {k: qt_free_run[k] for k in ("env", "collecting", "handlers")}
    assert report == {"env": [], "collecting": True, "handlers": 0}


@pytest.fixture
def clean_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("timelineapp")
    saved = (list(logger.handlers), logger.level)
    yield logger
    for handler in logger.handlers:
        if handler not in saved[0]:
            handler.close()
    logger.handlers[:] = saved[0]
    logger.setLevel(saved[1])


def test_the_window_logs_to_a_rotating_file(tmp_path: Path, clean_logger: logging.Logger) -> None:
    from timelineapp.logs import log_to_file

    path = log_to_file(tmp_path / "logs")
    assert path == tmp_path / "logs" / "timelineapp.log"
    try:
        raise ValueError("boom")
    except ValueError:
        logging.getLogger("timelineapp.ui.x").exception("it failed")
    for handler in clean_logger.handlers:
        handler.flush()
    written = path.read_text(encoding="utf-8")
    assert "ERROR timelineapp.ui.x" in written
    assert "Traceback" in written
    assert "ValueError: boom" in written


def test_an_unwritable_log_folder_does_not_stop_the_app(
    tmp_path: Path, clean_logger: logging.Logger
) -> None:
    from timelineapp.logs import log_to_file

    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert log_to_file(tmp_path / "file" / "logs") is None


def test_a_cli_bug_is_one_line_without_v_and_a_traceback_with_it(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    clean_logger: logging.Logger,
) -> None:
    from timelineapp import cli

    def broken(files: object, as_json: bool) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli, "_validate", broken)
    assert cli.main(["validate", "x.json"]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert err == "timelineapp validate: error: unexpected RuntimeError: a bug\n"
    clean_logger.handlers.clear()
    assert cli.main(["validate", "-v", "x.json"]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "Traceback" in err
    assert "RuntimeError: a bug" in err
