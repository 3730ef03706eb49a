"""The Import dialog fits a small screen: its frame (top edge included) inside the screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent.parent / "data" / "import" / "acled-niger.csv"

# Run in its own process: the offscreen screen's size is fixed when the platform starts.
SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from timelineapp.extract.importers import ImportOptions, import_file
from timelineapp.ui.import_dialog import ImportDialog
path = Path(sys.argv[1])
dialog = ImportDialog(path, None, ImportOptions(), import_file(path, None, ImportOptions()))
dialog.show()
app.processEvents()
frame, available = dialog.frameGeometry(), dialog.screen().availableGeometry()
assert available.height() == int(sys.argv[2]), available
assert available.contains(frame), (frame, available)
assert dialog.preview.isVisible()
print("fits", frame.height(), available.height())
"""


@pytest.mark.parametrize("height", [700, 600])
def test_the_import_dialog_fits_a_small_screen(tmp_path: Path, height: int) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "small", "x": 0, "y": 0, "width": 1024, "height": height}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(DATA), str(height)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "fits" in done.stdout
