"""``import`` and ``build`` refuse what is not a regular file, as the loader does.

A named pipe with no writer, or ``/dev/zero``, used to be read with ``read_bytes()``: the
command hung forever (or until memory ran out). The commands run in a subprocess with a
timeout, so a regression fails the tests instead of hanging the suite: one interpreter for
the run runs the four command lines in turn (``timelineapp.cli.main``, what ``python -m
timelineapp`` runs), each with its own stderr (the file descriptor, so nothing printed
escapes it), and reports what each returned and printed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ..once_per_run import once_per_run

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")

_COMMANDS = """
import json, os, sys, tempfile, traceback
from timelineapp.cli import main
reports = []
for argv in json.loads(sys.argv[1]):
    with tempfile.TemporaryFile() as stderr:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(stderr.fileno(), 2)
        try:
            code = main(argv)
        except SystemExit as stop:
            code = stop.code
        except BaseException:
            traceback.print_exc()
            code = 1
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
        stderr.seek(0)
        reports.append({"code": code, "stderr": stderr.read().decode("utf-8", "replace")})
print(json.dumps(reports))
"""

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
        done = subprocess.run(
            [sys.executable, "-c", _COMMANDS, json.dumps(argvs)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"one of {argvs} hung instead of refusing its input")
    assert done.returncode == 0, done.stderr
    reports = json.loads(done.stdout.strip().splitlines()[-1])
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
