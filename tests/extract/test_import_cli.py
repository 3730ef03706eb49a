"""``timelineapp import``: every sample imports to a file that validates and draws."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from timelineapp.cli import main

DATA = Path(__file__).parent.parent / "data" / "import"
SAMPLES = sorted(p.name for p in DATA.iterdir() if p.is_file())


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.usefixtures("qapp")  # the export reuses the running QApplication
def test_every_import_validates_and_draws(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "imported.timeline.json"
    assert main(["import", str(DATA / name), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"{DATA / name}: read ")
    assert f"wrote {out}" in printed
    assert main(["validate", str(out)]) == 0
    assert "OK" in capsys.readouterr().out
    png = tmp_path / "imported.png"
    assert main(["export", str(out), "-o", str(png), "--width", "800"]) == 0
    assert png.read_bytes().startswith(b"\x89PNG")


def test_import_report_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "a.timeline.json"
    assert main(["import", str(DATA / "acled-niger.csv"), "-o", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["format"] == "ACLED export (CSV)"
    assert report["kept"]["events"] == 5
    assert report["dropped"] == 1
    assert report["problems"][-1]["line"] == 7


def test_import_writes_next_to_the_input_by_default(tmp_path: Path) -> None:
    source = tmp_path / "calendar.ics"
    source.write_bytes((DATA / "calendar.ics").read_bytes())
    assert main(["import", str(source)]) == 0
    assert (tmp_path / "calendar.timeline.json").is_file()
    # Importing again with --force keeps the previous result as .bak.
    assert main(["import", str(source), "--force"]) == 0
    assert (tmp_path / "calendar.timeline.json.bak").is_file()


def _import_here(
    capsys: pytest.CaptureFixture[str], *args: str
) -> subprocess.CompletedProcess[str]:
    """``timelineapp import ARGS`` from the current folder, in this process as the tests
    around run ``main`` (three fresh interpreters cost ~1.3 s of CPU for the same command)."""
    code = main(["import", *args])
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(["timelineapp", "import", *args], code, out, err)


def test_a_second_import_to_the_same_default_name_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """timesketch.csv and timesketch.jsonl both default to timesketch.timeline.json: the
    second must not silently replace the first."""
    for name in ("timesketch.csv", "timesketch.jsonl"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    monkeypatch.chdir(tmp_path)
    first = _import_here(capsys, "timesketch.csv")
    assert first.returncode == 0, first.stderr
    written = (tmp_path / "timesketch.timeline.json").read_bytes()
    second = _import_here(capsys, "timesketch.jsonl")
    assert second.returncode == 2
    assert "timesketch.timeline.json already exists" in second.stderr
    assert "-o OUT" in second.stderr
    assert "--force" in second.stderr
    assert (tmp_path / "timesketch.timeline.json").read_bytes() == written
    assert not (tmp_path / "timesketch.timeline.json.bak").exists()
    # Told to, it replaces the file and keeps the first import as .bak.
    forced = _import_here(capsys, "timesketch.jsonl", "--force")
    assert forced.returncode == 0
    assert (tmp_path / "timesketch.timeline.json.bak").read_bytes() == written


def test_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = str(tmp_path / "x.timeline.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"events": [', encoding="utf-8")
    assert main(["import", str(bad), "-o", out]) == 1
    assert f"{bad}:1:" in capsys.readouterr().err
    assert main(["import", str(tmp_path / "missing.csv"), "-o", out]) == 1
    table = str(DATA / "events-table.csv")
    assert main(["import", table, "-o", out, "--map", "nope"]) == 2
    assert main(["import", table, "-o", out, "--map", "colour=When"]) == 2
    assert main(["import", table, "-o", out, "--map", "date=Nope"]) == 2
    assert main(["import", table, "-o", out, "--format", "xml"]) == 2
    empty = tmp_path / "empty.csv"
    empty.write_text("date,title\n2024-01-01,\n", encoding="utf-8")
    assert main(["import", str(empty), "-o", out]) == 1
    assert "nothing was written" in capsys.readouterr().err
    assert not Path(out).exists()


def test_importers_and_exporters_import_without_qt(qt_free_run: dict[str, Any]) -> None:
    # The importers and exporters are imported, three files imported and the import command
    # imported with Qt blocked, in the one Qt-free interpreter (tests/qt_free_run.py).
    assert qt_free_run["parts"]["importers"] == "ok", qt_free_run["parts"]["importers"]
    assert not qt_free_run["qt_modules"]


def test_import_report_in_french_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "fr.timeline.json"
    source = DATA / "acled-niger.csv"
    assert main(["import", str(source), "-o", str(out), "--lang", "fr"]) == 0
    printed = capsys.readouterr().out
    # Worded by the app's translations (French once the coordinator's .qm has them): the
    # places and the input's own text stay as they are.
    # (French puts a no-break space before the colon that follows the place.)
    assert "acled-niger.csv:7: " in printed or "acled-niger.csv:7\u00a0: " in printed
    assert "'31/06/2024'" in printed
    assert out.exists()
    # Every line is French, the last one too, with French punctuation (QA #62).
    lines = printed.strip().splitlines()
    assert lines[-1] == f"écrit\u00a0: {out} (5 événements)"
    assert "documents\u00a0; 1 élément écarté" in lines[0]
    assert "l’événement est gardé sans date" in printed


def test_progress_on_a_terminal_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Progress is one updating line on stderr when stderr is a terminal, erased before the
    report; nothing at all otherwise (pipes, logs, tests)."""
    from timelineapp import import_cli

    source = DATA / "acled-niger.csv"
    assert main(["import", str(source), "-o", str(tmp_path / "a.timeline.json")]) == 0
    quiet = capsys.readouterr()
    assert quiet.err == ""
    monkeypatch.setattr(import_cli, "_stderr_is_terminal", lambda: True)
    assert main(["import", str(source), "-o", str(tmp_path / "b.timeline.json")]) == 0
    shown = capsys.readouterr()
    assert shown.err.startswith("\rimporting… ")
    assert "\rimporting… 100 %" in shown.err
    assert shown.err.endswith("\r\x1b[K")  # erased: the report is not printed after it
    assert "\n" not in shown.err  # one line, updated in place
    assert shown.out == quiet.out.replace("a.timeline.json", "b.timeline.json")
