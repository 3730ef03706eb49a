"""What the window's start-up imports, and in which order (start-up time depends on both)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# Run in a fresh interpreter: the test session has imported everything long before.
_IMPORT_APP = """
import json, os, sys
import timelineapp.ui.app
print(json.dumps({
    "modules": list(sys.modules),
    "plugins": os.environ.get("PYDANTIC_DISABLE_PLUGINS"),
}))
"""


def _import_app(env: dict[str, str] | None = None) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_APP],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_qt_free_layers_are_imported_before_pyside() -> None:
    # sys.modules keeps the order in which imports began. Modules imported after PySide6 have
    # their source read by its import hook, which cost ~50 ms for numpy, pydantic and the model.
    modules = _import_app()["modules"]
    assert isinstance(modules, list)
    first_qt = modules.index("PySide6")
    for name in ("numpy", "pydantic.main", "timelineapp.model.loader", "timelineapp.render.scene"):
        assert modules.index(name) < first_qt, name


def test_pydantic_plugins_are_off_unless_asked_for() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    assert _import_app(env)["plugins"] == "__all__"
    assert _import_app({**env, "PYDANTIC_DISABLE_PLUGINS": ""})["plugins"] == ""
