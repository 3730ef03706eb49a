"""Resource limits: huge fields and special files, in a process with a hard memory limit.

Each case runs in a child process whose address space is capped (``RLIMIT_AS``): reading
``/dev/zero`` until memory runs out, or laying out a 10 MB title, would hit the cap and end
in a MemoryError or a kill instead of passing. A timeout guards against hangs (a FIFO read).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .model.event_files import minimal

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="RLIMIT_AS and FIFOs as on Linux"
)

_CLI = """
import resource, sys
limit = int(sys.argv[1]) << 20
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from timelineapp.cli import main
sys.exit(main(["validate", *sys.argv[2:]]))
"""

_WINDOW = """
import os, resource, sys
from pathlib import Path

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


def test_a_10_mb_title_validates_within_the_memory_limit(tmp_path: Path) -> None:
    run = _run(_CLI, CLI_LIMIT_MB, _huge(tmp_path, title=TEN_MB))
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stdout + run.stderr


def test_special_files_are_refused_within_the_memory_limit(tmp_path: Path) -> None:
    zero = tmp_path / "zero.timeline.json"
    zero.symlink_to("/dev/zero")
    fifo = tmp_path / "fifo.timeline.json"
    os.mkfifo(fifo)
    os.mkfifo(tmp_path / "pipe.txt")
    data = minimal()
    del data["documents"][0]["text"]
    del data["documents"][0]["sha256"]
    data["documents"][0]["path"] = "pipe.txt"
    with_fifo_document = tmp_path / "doc.timeline.json"
    with_fifo_document.write_text(json.dumps(data), encoding="utf-8")
    run = _run(_CLI, 256, zero, fifo, with_fifo_document, timeout=120)
    assert run.returncode == 1, run.stderr[-2000:]
    assert "MemoryError" not in run.stdout + run.stderr
    assert run.stdout.count("expected a regular file") == 3


_HUGE_FIELDS = {
    "10 MB title": {"title": TEN_MB},
    # The Edit Event dock shows a summary this long cut and read-only (long_text.EDIT_LIMIT).
    "10 MB summary and note": {"summary": TEN_MB, "note": TEN_MB},
    "200,000 actor references": {"actors": ["niger"] * 200_000},
    "30,000 distinct actors": {"actors": [f"a{i}" for i in range(30_000)]},
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
