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
    "blas_threads": os.environ.get("OPENBLAS_NUM_THREADS"),
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


def test_start_up_settings_have_defaults_the_user_can_override() -> None:
    # No pydantic plugin scan, one OpenBLAS thread: see timelineapp/__init__.py.
    names = ("PYDANTIC_DISABLE_PLUGINS", "OPENBLAS_NUM_THREADS")
    env = {k: v for k, v in os.environ.items() if k not in names}
    defaults = _import_app(env)
    assert (defaults["plugins"], defaults["blas_threads"]) == ("__all__", "1")
    chosen = _import_app({**env, "PYDANTIC_DISABLE_PLUGINS": "", "OPENBLAS_NUM_THREADS": "4"})
    assert (chosen["plugins"], chosen["blas_threads"]) == ("", "4")
