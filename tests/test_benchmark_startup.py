"""The start-up benchmark's app mode reaches a painted example, however the settings are."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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
