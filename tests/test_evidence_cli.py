"""``timelineapp export`` with the evidence filters: --min-sources, --min-grade, --conflicts."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from timelineapp.cli import main

BRIDGE = Path(__file__).parent / "data" / "evidence" / "bridge.timeline.json"


def _ids(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as file:
        return [row["id"] for row in csv.DictReader(file)]


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        ([], ["arrivee-camions", "fermeture-pont", "annonce-prefecture", "duree-travaux"]),
        (["--min-sources", "2"], ["fermeture-pont"]),
        (["--conflicts"], ["fermeture-pont"]),
        (["--single-source"], ["arrivee-camions", "annonce-prefecture", "duree-travaux"]),
        (["--min-grade", "A1"], ["annonce-prefecture"]),
        (["--min-grade", "b2"], ["fermeture-pont", "annonce-prefecture"]),
        (["--review", "verified", "disputed"], ["fermeture-pont", "annonce-prefecture"]),
        (["--single-source", "--review", "unreviewed"], ["arrivee-camions", "duree-travaux"]),
    ],
)
def test_data_export_keeps_what_the_evidence_flags_ask(
    tmp_path: Path, flags: list[str], expected: list[str]
) -> None:
    out = tmp_path / "out.csv"
    assert main(["export", str(BRIDGE), "-o", str(out), *flags]) == 0
    assert sorted(_ids(out)) == sorted(expected)


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--min-grade", "B9"], "--min-grade: expected a grade such as B2"),
        (["--min-sources", "-1"], "--min-sources expects 0 or more"),
        (["--review", "maybe"], "--review 'maybe' is not one of unreviewed, verified, disputed"),
    ],
)
@pytest.mark.parametrize("suffix", [".csv", ".png"])
def test_bad_evidence_flags_are_usage_errors(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    flags: list[str],
    message: str,
    suffix: str,
) -> None:
    out = tmp_path / f"out{suffix}"
    assert main(["export", str(BRIDGE), "-o", str(out), *flags]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()
