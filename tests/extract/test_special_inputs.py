"""``import`` and ``build`` refuse what is not a regular file, as the loader does.

A named pipe with no writer, or ``/dev/zero``, used to be read with ``read_bytes()``: the
command hung forever (or until memory ran out). Each run is a subprocess with a timeout, so
a regression fails the test instead of hanging the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [sys.executable, "-m", "timelineapp", *args],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"timelineapp {' '.join(args)} hung instead of refusing its input")


@pytest.mark.parametrize("command", ["import", "build"])
def test_a_named_pipe_is_refused(command: str, tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    done = _run(command, str(fifo), "-o", str(tmp_path / "out.timeline.json"))
    assert done.returncode != 0
    assert f"{fifo}:" in done.stderr
    assert "expected a regular file, found a named pipe (FIFO)" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out.timeline.json").exists()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
@pytest.mark.parametrize("command", ["import", "build"])
def test_a_device_is_refused(command: str, tmp_path: Path) -> None:
    done = _run(command, "/dev/zero", "-o", str(tmp_path / "out.timeline.json"))
    assert done.returncode != 0
    assert "/dev/zero:" in done.stderr
    assert "expected a regular file, found a device" in done.stderr
    assert "Traceback" not in done.stderr
