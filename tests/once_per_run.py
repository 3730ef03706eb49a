"""A report made once for the whole test run, whichever xdist worker asks for it first."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


def once_per_run(
    factory: pytest.TempPathFactory, name: str, make: Callable[[Path], dict[str, Any]]
) -> dict[str, Any]:
    """``make(folder)``'s report, made once for the whole run and read by every xdist worker.

    A session fixture is made once per worker: a fresh interpreter that each worker starts
    for the same report is one too many. The first worker to ask makes it in a folder of the
    run's shared temporary root and writes it as JSON beside; another worker asking meanwhile
    waits for that file. ``make`` must give the same report wherever it runs.
    """
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        root = factory.getbasetemp()  # one process: nothing to share
    else:
        root = factory.getbasetemp().parent  # the controller's folder, one per run
    report, lock = root / f"{name}.json", root / f"{name}.lock"
    try:
        descriptor = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:  # another worker makes it
        failed = root / f"{name}.failed"
        deadline = time.monotonic() + 600
        while not report.exists() and not failed.exists() and time.monotonic() < deadline:
            maker = lock.read_text(encoding="ascii")  # its pid, once written
            if maker and sys.platform.startswith("linux") and not Path("/proc", maker).exists():
                break  # its worker crashed (xdist replaced it)
            time.sleep(0.05)
        if not report.exists():  # its maker failed: fail here likewise, in a folder of ours
            return make(factory.mktemp(name))
        found: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
        return found
    with os.fdopen(descriptor, "w", encoding="ascii") as written:
        written.write(str(os.getpid()))
    folder = root / name
    folder.mkdir()
    try:
        made = make(folder)
    except BaseException:
        (root / f"{name}.failed").touch()
        raise
    partial = root / f"{name}.json.partial"
    partial.write_text(json.dumps(made), encoding="utf-8")
    partial.replace(report)  # whole or absent for the other workers
    return made
