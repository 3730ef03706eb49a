"""The model and extract layers import without Qt (napari-style import contract)."""

from __future__ import annotations

import subprocess
import sys

_BLOCK_QT = """
import sys
class _Blocker:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name == "shiboken6":
            raise ImportError(f"Qt is blocked in this test: {name}")
        return None
sys.meta_path.insert(0, _Blocker())
import importlib, pkgutil
import timelineapp.model, timelineapp.extract
# Every module of the Qt-free layers, so that a new one is covered without editing this test.
for package in (timelineapp.model, timelineapp.extract):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
# The render modules that compute what is drawn hold no Qt either.
import timelineapp.render.timemap, timelineapp.render.ticks
import timelineapp.render.scene, timelineapp.render.inputs
from timelineapp.model.loading import load_event_file
from timelineapp.resources import example_event_file
from timelineapp.model.timeline import Timeline
result = load_event_file(example_event_file())
assert result.ok
Timeline(result.loaded)
assert not any(m.startswith("PySide6") for m in sys.modules)
print("ok")
"""


def test_model_imports_and_loads_without_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _BLOCK_QT], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
