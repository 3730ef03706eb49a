"""In a C locale a command that makes a Qt application says nothing about the locale
(QA #65: Qt's four lines on stderr in every container and CI log)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from timelineapp.resources import example_event_file


def test_validate_in_french_under_a_c_locale_prints_no_locale_warning(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="C", LC_ALL="C", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "timelineapp",
            "validate",
            "--lang",
            "fr",
            str(example_event_file()),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "locale" not in done.stderr
    assert done.stdout.strip().endswith(": OK")
