"""A command whose reader leaves early (``timelineapp schema | head``) ends quietly.

The reader is a pipe whose reading end is closed before the command starts, so every write
fails with EPIPE whatever the timing: the command must say nothing on stderr (no "unexpected
BrokenPipeError", no "Exception ignored" at exit) and exit 141, as ``cat`` does under a shell.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from timelineapp.cli import EXIT_BROKEN_PIPE
from timelineapp.resources import example_event_file

DATA = Path(__file__).parent / "data" / "import"


def _run_into_closed_pipe(*args: str) -> tuple[int, str]:
    read, write = os.pipe()
    os.close(read)  # the reader left before the first line
    try:
        done = subprocess.run(
            [sys.executable, "-m", "timelineapp", *args],
            stdin=subprocess.DEVNULL,
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write)
    return done.returncode, done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("schema",),
        ("validate", str(example_event_file())),
        ("validate", "--json", str(example_event_file())),
    ],
    ids=["schema", "validate", "validate-json"],
)
def test_a_closed_stdout_ends_the_command_quietly(args: tuple[str, ...]) -> None:
    code, stderr = _run_into_closed_pipe(*args)
    assert stderr == ""
    assert code == EXIT_BROKEN_PIPE


def test_import_and_data_export_into_a_closed_pipe(tmp_path: Path) -> None:
    target = tmp_path / "acled.timeline.json"
    code, stderr = _run_into_closed_pipe("import", str(DATA / "acled-niger.csv"), "-o", str(target))
    assert (code, stderr) == (EXIT_BROKEN_PIPE, "")
    code, stderr = _run_into_closed_pipe(
        "export", str(example_event_file()), "-o", str(tmp_path / "events.csv")
    )
    assert "Broken" not in stderr  # its report of what CSV cannot hold is stderr's own
    assert "Traceback" not in stderr
    assert code == EXIT_BROKEN_PIPE


def test_an_open_stdout_is_not_affected() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "timelineapp", "schema"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("{")
