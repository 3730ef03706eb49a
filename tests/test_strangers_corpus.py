"""The bad-file corpus (tests/data/bad/) through the command line and the window.

Each file must end in its expected located errors, exit code 1, one line per problem, never a
traceback nor "unexpected"; in the window, a dialog says so and the timeline shown before
stays. Cases that cannot be committed (a FIFO, a device, a file named with markup) are made
here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import app  # noqa: F401  (the shared window fixture)
from timelineapp.cli import main
from timelineapp.model.loading import load_event_file
from timelineapp.model.untrusted_text import terminal_safe
from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application

BAD = Path(__file__).parent / "data" / "bad"
EXPECTED: dict[str, list[dict[str, Any]]] = json.loads(
    (BAD / "expected.json").read_text(encoding="utf-8")
)
CORPUS = sorted(EXPECTED)


def test_the_corpus_is_complete() -> None:
    """Every file in the folder has expectations, and every expectation a file."""
    assert sorted(p.name for p in BAD.glob("*.timeline.json")) == CORPUS
    assert len(CORPUS) >= 20


@pytest.mark.parametrize("name", CORPUS)
def test_each_bad_file_gets_exactly_its_located_errors(name: str) -> None:
    result = load_event_file(BAD / name)
    expected = EXPECTED[name]
    assert [terminal_safe(i.json_path) for i in result.errors] == [e["path"] for e in expected]
    for issue, wanted in zip(result.errors, expected, strict=True):
        assert wanted["message"] in issue.message
        assert "unexpected" not in issue.message
        if wanted["line"]:
            assert issue.line is not None, issue
        assert issue.json_path or issue.line is not None, f"unlocated: {issue}"


def _validate(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timelineapp", "validate", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_command_line_says_each_problem_on_its_own_line_and_exits_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """One run for the whole corpus, in this process: what is checked is what the command
    prints and returns (the special files' test below runs one in a process of its own)."""
    code = main(["validate", *(str(BAD / name) for name in CORPUS)])
    printed = capsys.readouterr()
    run = subprocess.CompletedProcess(["timelineapp", "validate"], code, printed.out, printed.err)
    assert run.returncode == 1
    output = run.stdout + run.stderr
    assert "Traceback" not in output
    assert "unexpected" not in output
    for name in CORPUS:
        lines = [line for line in run.stdout.splitlines() if line.startswith(str(BAD / name))]
        count = len(EXPECTED[name])
        assert lines[-1].endswith(f": {count} error{'s' * (count != 1)}"), lines
        assert len(lines) == count + 1
    # Nothing from a file reaches the terminal as a control sequence.
    assert not any(ch in output for ch in "\x1b\x07\x00\u202e")
    assert "events[0].\\x1b]0;PWNED\\x07: error: unknown field" in run.stdout


def _specials(folder: Path) -> list[Path]:
    """Event files that are not regular files, or whose documents are not."""
    fifo = folder / "fifo.timeline.json"
    os.mkfifo(fifo)
    zero = folder / "zero.timeline.json"
    zero.symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.txt")
    (folder / "null.txt").symlink_to("/dev/null")
    data = json.loads((BAD / "nul-in-document-path.timeline.json").read_text(encoding="utf-8"))
    made = [fifo, zero]
    for document in ("pipe.txt", "null.txt"):
        data["documents"][0]["path"] = document
        target = folder / f"doc-{document}.timeline.json"
        target.write_text(json.dumps(data), encoding="utf-8")
        made.append(target)
    return made


def test_special_files_are_refused_by_the_command_line_without_waiting(tmp_path: Path) -> None:
    files = _specials(tmp_path)
    run = _validate(*files)  # a FIFO read would block until the timeout fails the test
    assert run.returncode == 1
    assert "Traceback" not in run.stdout + run.stderr
    assert run.stdout.count("expected a regular file, found a named pipe (FIFO)") == 2
    assert "expected a regular file, found a device" in run.stdout
    # /dev/null as a document is a link leading out of the folder: refused before any read.
    assert "leads outside it" in run.stdout


@pytest.fixture
def example_open(app: Application, qtbot: QtBot) -> Application:  # noqa: F811
    assert app.opener.open(example_event_file())
    assert app.controller.timeline is not None
    return app


def _dialog_text(running: Application) -> str:
    dialog = running.opener.last_dialog
    message = running.opener.last_message
    if dialog is not None and dialog.isVisible():
        return dialog.text.toPlainText()
    assert message is not None
    assert message.isVisible()
    return message.text()


def _close_dialogs(running: Application) -> None:
    for box in (running.opener.last_dialog, running.opener.last_message):
        if box is not None:
            box.close()
            box.deleteLater()  # later tests count the dialogs left on screen
    running.opener.last_dialog = None
    running.opener.last_message = None


def test_the_window_shows_each_bad_file_in_a_dialog_and_keeps_the_timeline(
    example_open: Application,
) -> None:
    running = example_open
    for name in CORPUS:
        before = running.controller.timeline
        opened = running.opener.open(BAD / name)
        if load_event_file(BAD / name).loaded is not None:
            # Only provenance problems (a quote, an unreadable document): the file opens with
            # its events flagged, and the Provenance dock lists every problem, no dialog.
            assert opened, name
            timeline = running.controller.timeline
            assert timeline is not None
            listed = [terminal_safe(i.json_path) for i in timeline.provenance.problems]
            assert listed == [e["path"] for e in EXPECTED[name]]
            assert running.window.status.provenance_button.isVisibleTo(running.window)
            assert running.opener.open(example_event_file())
            continue
        assert not opened, name
        text = _dialog_text(running)
        for wanted in EXPECTED[name]:
            assert wanted["message"] in text.replace("\x1b", "\\x1b").replace("\x07", "\\x07")
        assert "Traceback" not in text
        assert running.controller.timeline is before, name
        _close_dialogs(running)


def test_the_window_refuses_special_files_with_a_message(
    example_open: Application, tmp_path: Path
) -> None:
    running = example_open
    before = running.controller.timeline
    fifo, zero, *with_bad_documents = _specials(tmp_path)
    for path in (fifo, zero):
        assert not running.opener.open(path)
        assert "regular file" in _dialog_text(running)
        assert running.controller.timeline is before
        _close_dialogs(running)
    # A document that cannot be read does not stop the file from opening: its events are
    # shown, flagged, and the Provenance dock says which document and why.
    for path in with_bad_documents:
        assert running.opener.open(path)
        timeline = running.controller.timeline
        assert timeline is not None
        [problem] = timeline.provenance.problems
        assert problem.json_path == "documents[0].path"
        assert "regular file" in problem.message or "leads outside it" in problem.message
