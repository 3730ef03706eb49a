"""``import`` and ``build`` refuse what is not a regular file, as the loader does.

A named pipe with no writer, or ``/dev/zero``, used to be read with ``read_bytes()``: the
command hung forever (or until memory ran out). The commands run in a subprocess with a
timeout, so a regression fails the tests instead of hanging the suite: one interpreter for
the run runs the four command lines in turn, each with its own stdout and stderr
(``command_runs.py``).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from ..command_runs import run_commands
from ..once_per_run import once_per_run

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")

_RUNS = [(command, kind) for command in ("import", "build") for kind in ("fifo", "device")]


def _run_all(folder: Path) -> dict[str, Any]:
    argvs, outputs, inputs = [], [], []
    for command, kind in _RUNS:
        case = folder / f"{command}-{kind}"
        case.mkdir()
        if kind == "fifo":
            source = case / "article.txt"
            os.mkfifo(source)
        else:
            source = Path("/dev/zero")
        output = case / "out.timeline.json"
        argvs.append([command, str(source), "-o", str(output)])
        inputs.append(str(source))
        outputs.append(output)
    try:
        reports = run_commands([(argv, None) for argv in argvs], timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail(f"one of {argvs} hung instead of refusing its input")
    return {
        f"{command} {kind}": {**report, "input": source, "written": output.exists()}
        for (command, kind), report, source, output in zip(
            _RUNS, reports, inputs, outputs, strict=True
        )
    }


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return once_per_run(tmp_path_factory, "special-inputs", _run_all)


@pytest.mark.parametrize("command", ["import", "build"])
def test_a_named_pipe_is_refused(command: str, runs: dict[str, Any]) -> None:
    done = runs[f"{command} fifo"]
    assert done["code"] != 0
    assert f"{done['input']}:" in done["stderr"]
    assert "expected a regular file, found a named pipe (FIFO)" in done["stderr"]
    assert "Traceback" not in done["stderr"]
    assert not done["written"]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
@pytest.mark.parametrize("command", ["import", "build"])
def test_a_device_is_refused(command: str, runs: dict[str, Any]) -> None:
    done = runs[f"{command} device"]
    assert done["code"] != 0
    assert "/dev/zero:" in done["stderr"]
    assert "expected a regular file, found a device" in done["stderr"]
    assert "Traceback" not in done["stderr"]
    assert not done["written"]
