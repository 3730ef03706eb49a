"""Several command lines run by one fresh interpreter, each reported on its own.

A test of what a command does as a process (refusing a FIFO without waiting, staying within
a memory limit) runs it in a child with a timeout, so that a regression fails instead of
hanging the suite. Each child paid Python's start and the app's imports again: when several
command lines check facets of one behaviour, one child runs them in turn through
``timelineapp.cli.main`` (what ``python -m timelineapp`` runs), each with its own stdout and
stderr (the file descriptors, so nothing printed escapes them) and, if asked, its own cap on
the address space (``RLIMIT_AS``'s soft limit, set before the command and its imports).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from typing import Any

_SCRIPT = """
import json, os, resource, sys, tempfile, traceback
reports = []
for argv, limit_mb in json.loads(sys.argv[1]):
    if limit_mb is not None:
        hard = resource.getrlimit(resource.RLIMIT_AS)[1]
        resource.setrlimit(resource.RLIMIT_AS, (limit_mb << 20, hard))
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        sys.stdout.flush()
        sys.stderr.flush()
        saved = os.dup(1), os.dup(2)
        os.dup2(out.fileno(), 1)
        os.dup2(err.fileno(), 2)
        try:
            from timelineapp.cli import main
            code = main(argv)
        except SystemExit as stop:
            code = stop.code
        except BaseException:
            traceback.print_exc()
            code = 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])
        printed = []
        for written in (out, err):
            written.seek(0)
            printed.append(written.read().decode("utf-8", "replace"))
    reports.append({"code": code, "stdout": printed[0], "stderr": printed[1]})
print(json.dumps(reports))
"""


def run_commands(
    commands: Sequence[tuple[Sequence[str], int | None]], *, timeout: float
) -> list[dict[str, Any]]:
    """Run each ``(argv, address space limit in MB or None)`` in turn in one child (Qt
    offscreen): for each, its exit status (``code``), ``stdout`` and ``stderr``. A child
    that outlives ``timeout`` raises ``subprocess.TimeoutExpired``."""
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, json.dumps([[list(a), m] for a, m in commands])],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    reports: list[dict[str, Any]] = json.loads(done.stdout.strip().splitlines()[-1])
    return reports
