"""One fresh interpreter with Qt blocked, shared by the tests that check what importing and
loading do without Qt: the layer contract (model and extract never import PySide6), the
filter engine, the article reader, the importers and exporters without Qt, and that
importing and loading leave the process as it was (no environment variables set, the
collector on, no log handlers).

Each of these checks used to start its own interpreter and import every module again; they
now read their part of one run's report. Each part is run in turn and reports "ok" or its
traceback, so one broken part still lets the others say what they found.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

#: Set by the application's entry points, never by importing (see test_process_setup.py).
CHOSEN_ENVIRONMENT = ("PYDANTIC_DISABLE_PLUGINS", "OPENBLAS_NUM_THREADS")

_SCRIPT = """
import sys
class _Blocker:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name == "shiboken6":
            raise ImportError(f"Qt is blocked in this test: {name}")
        return None
sys.meta_path.insert(0, _Blocker())
import gc, importlib, json, logging, os, pkgutil, traceback
from pathlib import Path
parts = {}

def part(name):
    def run(check):
        try:
            check()
            parts[name] = "ok"
        except BaseException:
            parts[name] = traceback.format_exc()
    return run

@part("import_all")
def _():
    import timelineapp, timelineapp.model, timelineapp.extract
    # Every module of the Qt-free layers, so that a new one is covered without editing a test.
    for package in (timelineapp.model, timelineapp.extract):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(module.name)
    # The render modules that compute what is drawn hold no Qt either.
    import timelineapp.render.timemap, timelineapp.render.ticks
    import timelineapp.render.scene, timelineapp.render.inputs

@part("load")
def _():
    from timelineapp.model.loading import load_event_file
    from timelineapp.resources import example_event_file
    from timelineapp.model.timeline import Timeline
    result = load_event_file(example_event_file())
    assert result.ok
    Timeline(result.loaded)

@part("filtering")
def _():
    import timelineapp.model.filtering

@part("extract")
def _():
    import timelineapp.extract.build, timelineapp.extract.score, timelineapp.extract.command
    from timelineapp.extract.article import read_article
    read_article(Path(sys.argv[1]))

@part("importers")
def _():
    import timelineapp.extract.importers as i, timelineapp.extract.exporters
    from timelineapp.extract.importers import tabular, timelinejs, timelinejs_sheet, ical
    for name in ("timelinejs-sahel.json", "calendar.ics", "acled-niger.csv"):
        i.import_file(sys.argv[2] + "/" + name)
    import timelineapp.import_cli
    assert not any(m.startswith("PySide6") for m in sys.modules)

print(json.dumps({
    "parts": parts,
    "qt_modules": sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))),
    "env": [n for n in ("PYDANTIC_DISABLE_PLUGINS", "OPENBLAS_NUM_THREADS") if n in os.environ],
    "collecting": gc.isenabled(),
    "handlers": len(logging.getLogger().handlers) + len(logging.getLogger("timelineapp").handlers),
}))
"""


def run_without_qt(article: Path, imports: Path) -> dict[str, Any]:
    """The report of one run, in the environment of a user who chose neither setting:
    ``article`` read by the article reader, three files of the ``imports`` folder imported."""
    env = {k: v for k, v in os.environ.items() if k not in CHOSEN_ENVIRONMENT}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(article), str(imports)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report
