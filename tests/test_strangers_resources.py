"""Resource limits: huge fields and special files, in a process with a hard memory limit.

Each case runs in a child process whose address space is capped (``RLIMIT_AS``): reading
``/dev/zero`` until memory runs out, or laying out a 10 MB title, would hit the cap and end
in a MemoryError or a kill instead of passing. A timeout guards against hangs (a FIFO read).
The command line's cases share one child (``command_runs.py``), the window's another.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .command_runs import run_commands
from .model.event_files import minimal
from .once_per_run import once_per_run

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="RLIMIT_AS and FIFOs as on Linux"
)

_WINDOW = """
import os, resource, sys
from pathlib import Path
from typing import Any

def run() -> None:
    limit = int(sys.argv[1]) << 20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from timelineapp.ui.app import Application, create_qapplication
    qapp = create_qapplication()
    app = Application(qapp, Path(sys.argv[2]) / "settings.json")
    app.window.show()
    app.opener.background_threshold = 1 << 40  # load here, not in a thread: one code path
    from timelineapp.model.file_format import Event
    built = []
    original = Event.model_validate_json
    def counting(data, *args, **kwargs):
        built.append(len(data))
        return original(data, *args, **kwargs)
    Event.model_validate_json = counting
    app.window.docks["editor"].raise_()  # the Edit Event dock shows the event too
    for path in sys.argv[3:]:
        built.clear()
        opened = app.opener.open(path)
        qapp.processEvents()
        app.controller.select(0)  # the click that took 104 s and gigabytes
        qapp.processEvents()
        editor = app.window.event_editor
        rows = editor.actors_model.rowCount() + editor.quotes_model.rowCount()
        print("opened" if opened else "refused", len(built), rows < 1000, flush=True)
    app.controller.undo_stack.setClean()
    os._exit(0)

if __name__ == "__main__":
    run()
"""

CLI_LIMIT_MB = 1024
SPECIAL_LIMIT_MB = 256
WINDOW_LIMIT_MB = 2048


def _run(script: str, *args: object, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env=env,
    )


def _huge(folder: Path, **fields: object) -> Path:
    data = minimal()
    data["events"][0].update(fields)
    actors = fields.get("actors", [])
    assert isinstance(actors, list)
    known = {a["id"] for a in data["actors"]}
    data["actors"] += [
        {"id": a, "name": f"Acteur {a}"} for a in dict.fromkeys(actors) if a not in known
    ]
    path = folder / "huge.timeline.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


TEN_MB = "Titre " * (10_000_000 // 6)


def _validate_runs(folder: Path) -> dict[str, Any]:
    """One interpreter validates the special files under 256 MB of address space, then the
    10 MB title under 1 GB (the first run's memory still counts: a stricter check)."""
    zero = folder / "zero.timeline.json"
    zero.symlink_to("/dev/zero")
    fifo = folder / "fifo.timeline.json"
    os.mkfifo(fifo)
    os.mkfifo(folder / "pipe.txt")
    data = minimal()
    del data["documents"][0]["text"]
    del data["documents"][0]["sha256"]
    data["documents"][0]["path"] = "pipe.txt"
    with_fifo_document = folder / "doc.timeline.json"
    with_fifo_document.write_text(json.dumps(data), encoding="utf-8")
    title = folder / "title"
    title.mkdir()
    specials = ["validate", str(zero), str(fifo), str(with_fifo_document)]
    big = ["validate", str(_huge(title, title=TEN_MB))]
    special, ten_mb = run_commands([(specials, SPECIAL_LIMIT_MB), (big, CLI_LIMIT_MB)], timeout=300)
    return {"special files": special, "10 MB title": ten_mb}


@pytest.fixture(scope="module")
def validated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return once_per_run(tmp_path_factory, "validate-within-limits", _validate_runs)


def test_a_10_mb_title_validates_within_the_memory_limit(validated: dict[str, Any]) -> None:
    run = validated["10 MB title"]
    assert run["code"] == 0, run["stderr"][-2000:]
    assert "Traceback" not in run["stdout"] + run["stderr"]


def test_special_files_are_refused_within_the_memory_limit(validated: dict[str, Any]) -> None:
    run = validated["special files"]
    assert run["code"] == 1, run["stderr"][-2000:]
    assert "MemoryError" not in run["stdout"] + run["stderr"]
    assert run["stdout"].count("expected a regular file") == 3


_HUGE_FIELDS = {
    "10 MB title": {"title": TEN_MB},
    # 1 MB: ten times the Edit Event dock's limit (long_text.EDIT_LIMIT), so it is shown cut
    # and read-only; 10 MB takes the same road (benchmarks/bench_strangers.py --cases summary).
    "1 MB summary and note": {"summary": TEN_MB[:1_000_000], "note": TEN_MB[:1_000_000]},
    "200,000 actor references": {"actors": ["niger"] * 200_000},
    "10,000 distinct actors": {"actors": [f"a{i}" for i in range(10_000)]},
}


def test_the_window_opens_and_selects_huge_fields_within_the_memory_limit(tmp_path: Path) -> None:
    """One window opens each huge file in turn and selects its event, all under the one limit:
    one interpreter and one Qt start-up instead of three, and a stricter check, since what a
    file leaves behind counts against the next one."""
    paths = []
    for i, fields in enumerate(_HUGE_FIELDS.values()):
        folder = tmp_path / str(i)
        folder.mkdir()
        paths.append(_huge(folder, **fields))
    run = _run(_WINDOW, WINDOW_LIMIT_MB, tmp_path, *paths)
    assert run.returncode == 0, run.stderr[-2000:]
    # Each opened, its event built once (the table never builds it; the panes and the editor
    # share it), and the editor's lists hold a screenful, not every reference.
    assert run.stdout.splitlines() == ["opened 1 True"] * len(_HUGE_FIELDS), list(_HUGE_FIELDS)
    assert "Traceback" not in run.stderr
