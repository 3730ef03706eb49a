"""The start-up benchmark's app mode reaches a painted example, however the settings are."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

_BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_startup.py"
_MARK = "BENCH-RESULT "


def test_a_start_with_corrupt_settings_in_french_paints_the_example() -> None:
    # The timelineapp command itself, first run with a settings file that is not JSON, in
    # French: the README's start-up figures rely on this start reaching its first paint.
    done = subprocess.run(
        [sys.executable, str(_BENCH), "--mode", "app", "--settings", "corrupt", "--lang", "fr"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    (line,) = [line for line in done.stdout.splitlines() if line.startswith(_MARK)]
    result = json.loads(line[len(_MARK) :])
    assert result["events"] == 14  # the bundled example, open when it first painted
    assert (result["settings"], result["lang"]) == ("corrupt", "fr")
    assert result["cpu_ns"] > 0
    assert result["first_paint_ns"] > 0
    # Qt classes PySide makes (with all their enums) only once used: the window's style
    # object (the theme asks for it when a theme replaces it), message boxes (the settings
    # notice's banner shows none), the Open dialog, the progress of a background load, the
    # Evidence menu's rows (a spin box in a widget action: made when the menu first shows),
    # the docks and the theme actions' group (built with the panes, after the first paint).
    # And the icon class (the window icon is set after the paint; an action made with its
    # text makes PySide check the icon overload: ui/filter_bar.py).
    assert result["later_qt_classes"] == []
    # The panes' HTML escaping module: the first frame's tooltips escape without it. Nor
    # OpenSSL's hashes: the example's digests are small (model/digests.py).
    assert result["later_modules"] == []
    # The header is checked by the generated Structs: no model of the format validates.
    assert result["built_models"] == []
    # Nor is pydantic imported: the load's header is plain until a model is asked for.
    assert result["pydantic_imported"] is False
    # The window icon (an SVG: Qt's SVG library and icon engine) is set after the paint.
    assert not result["svg_loaded"]
    # The value classes the first frame needs are msgspec Structs, or dataclasses whose
    # methods are written once (model/field_methods.py): none compiles generated methods.
    assert result["dataclasses"] == []


def _bench_module() -> Any:
    spec = importlib.util.spec_from_file_location("bench_startup", _BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_imports_counts_a_start_s_own_times_by_family_up_to_the_first_paint() -> None:
    bench = _bench_module()
    stderr = "\n".join(
        [
            "import time: self [us] | cumulative | imported package",
            "import time:       120 |        120 |     numpy._core",
            "import time:        30 |        150 |   numpy",
            "import time:       400 |        400 | timelineapp.model.file_format",
            "some warning from Qt",
            "import time:        50 |         50 | shibokensupport.signature",
            bench.PAINT_MARK,
            "import time:       999 |        999 | timelineapp.ui.panes",  # after: not counted
        ]
    )
    found = bench.start_imports(stderr)
    assert found == [
        ("numpy._core", 120),
        ("numpy", 30),
        ("timelineapp.model.file_format", 400),
        ("shibokensupport.signature", 50),
    ]
    families = [bench.import_family(name) for name, _ in found]
    assert families == ["numpy", "numpy", "timelineapp.model", "PySide6"]
    assert bench.import_family("pydantic_core.core_schema") == "pydantic"
    assert bench.import_family("json.decoder") == "stdlib"
    with pytest.raises(ValueError, match="first paint"):
        bench.start_imports("import time:        30 |        150 | numpy")
