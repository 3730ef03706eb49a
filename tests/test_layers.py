"""The model and extract layers import without Qt (napari-style import contract)."""

from __future__ import annotations

from typing import Any


def test_model_imports_and_loads_without_qt(qt_free_run: dict[str, Any]) -> None:
    # A fresh interpreter with PySide6 blocked imports every module of the model and extract
    # layers (and render's timemap, ticks, scene, inputs), then loads the example: see
    # tests/qt_free_run.py.
    parts = qt_free_run["parts"]
    assert parts["import_all"] == "ok", parts["import_all"]
    assert parts["load"] == "ok", parts["load"]
    assert qt_free_run["qt_modules"] == []
