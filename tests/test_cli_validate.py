"""``timelineapp validate``: OK or located errors, exit codes 0/1/2, --json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timelineapp.cli import main
from timelineapp.resources import example_event_file

from .model.event_files import minimal, to_bytes


def test_example_is_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(example_event_file())]) == 0
    assert capsys.readouterr().out.strip().endswith(": OK")


def test_invalid_file_exits_1_with_located_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = minimal()
    data["events"][0]["date"] = "2024-13"
    target = tmp_path / "bad.timeline.json"
    target.write_bytes(to_bytes(data))
    assert main(["validate", str(target)]) == 1
    out = capsys.readouterr().out
    assert "events[0].date" in out
    assert "bad.timeline.json:" in out
    assert "Traceback" not in out


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "nothing.json"
    assert main(["validate", "--json", str(target), str(example_event_file())]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [r["valid"] for r in report] == [False, True]
    assert report[0]["issues"][0]["kind"] == "io"


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 2
    assert "usage" in capsys.readouterr().err


def test_a_crash_is_one_line_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from timelineapp.model import loading as loader

    def broken(*args: object, **kwargs: object) -> None:
        raise MemoryError("no room for a million events")

    monkeypatch.setattr(loader, "load_event_file", broken)
    assert main(["validate", str(example_event_file())]) == 2
    err = capsys.readouterr().err
    assert (
        err == "timelineapp validate: error: unexpected MemoryError: no room for a million events\n"
    )


def _bad_file(tmp_path: Path) -> Path:
    data = minimal()
    data["events"][0]["date"] = "2024-13"
    data["events"][0]["bogus"] = 1
    target = tmp_path / "bad.timeline.json"
    target.write_bytes(to_bytes(data))
    return target


def test_lang_fr_says_problems_and_counts_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    target = _bad_file(tmp_path)
    assert main(["validate", "--lang", "fr", str(target), str(example_event_file())]) == 1
    out = capsys.readouterr().out
    assert "events[0].date" in out  # still located
    assert "erreur\u00a0:" in out  # the severity, with French typography
    assert "champ inconnu" in out  # a worded code
    assert "bad.timeline.json\u00a0: 2\u00a0erreurs" in out
    assert out.rstrip().endswith("\u00a0: OK")
    assert "error" not in out


def test_lang_en_says_what_the_default_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    target = _bad_file(tmp_path)
    main(["validate", str(target), str(example_event_file())])
    default = capsys.readouterr().out
    main(["validate", "--lang", "en", str(target), str(example_event_file())])
    assert capsys.readouterr().out == default
    assert "2 errors" in default


def test_lang_does_not_change_the_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    target = _bad_file(tmp_path)
    main(["validate", "--json", str(target)])
    english = capsys.readouterr().out
    main(["validate", "--json", "--lang", "fr", str(target)])
    assert capsys.readouterr().out == english
