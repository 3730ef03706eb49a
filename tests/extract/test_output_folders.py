"""``build``, ``import`` and ``export`` treat a missing output folder alike: refused, with
the same located message, never created (a typo in a path must not write files elsewhere)."""

from __future__ import annotations

from pathlib import Path

import pytest

from timelineapp.cli import main
from timelineapp.resources import example_event_file

DATA = Path(__file__).parents[1] / "data"
SEED = DATA / "build" / "000_651eb735907009b6.txt"


@pytest.mark.parametrize(
    ("command", "source", "name"),
    [
        ("build", SEED, "out.timeline.json"),
        ("import", DATA / "import" / "acled-niger.csv", "out.timeline.json"),
        ("export", example_event_file(), "out.png"),
    ],
)
@pytest.mark.usefixtures("qapp")  # export paints with the running QApplication
def test_a_missing_output_folder_is_refused_not_created(
    command: str, source: Path, name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "no" / "such" / name
    assert main([command, str(source), "-o", str(output)]) == 1
    err = capsys.readouterr().err
    assert f"cannot write {output}: folder {output.parent} does not exist" in err
    assert not (tmp_path / "no").exists()
