"""``timelineapp --lang fr`` shows the window in French whatever the system locale."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Runs the real entry point; the window reports its menu titles once shown, then quits.
_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from timelineapp import cli

def report():
    (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)]
    print("|".join(a.text() for a in window.menuBar().actions()))
    QApplication.quit()

real_exec = QApplication.exec
def exec_then_report(self):
    QTimer.singleShot(0, report)
    return real_exec()
QApplication.exec = exec_then_report
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.mark.parametrize(("lang", "file_menu"), [("fr", "&Fichier"), ("en", "&File")])
def test_lang_option_chooses_the_window_language(tmp_path: Path, lang: str, file_menu: str) -> None:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LANG="de_DE.UTF-8" if lang == "fr" else "fr_FR.UTF-8",  # the option wins
        LC_ALL="",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, "--lang", lang],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    menus = done.stdout.strip().splitlines()[-1].split("|")
    assert menus[0] == file_menu
