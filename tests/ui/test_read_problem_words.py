"""Why a file could not be read, in the window's language: from the error's kind, never the
system's own text (which is in the system's language), nor Python's English."""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from timelineapp.model.issues import Issue
from timelineapp.model.loading import load_event_bytes, load_event_file
from timelineapp.model.loading import read as reading
from timelineapp.render.export_text import export_language
from timelineapp.ui import issue_words, read_problem_words


@pytest.fixture
def french(qapp: QCoreApplication) -> Iterator[None]:
    with export_language("fr"):
        yield


def _refused(monkeypatch: pytest.MonkeyPatch, number: int) -> None:
    def refuse(*args: object, **kwargs: object) -> int:
        raise OSError(number, "Texte du système dans sa langue", "x")

    monkeypatch.setattr(reading.os, "open", refuse)


def _only(path: Path) -> Issue:
    (issue,) = load_event_file(path).issues
    return issue


@pytest.mark.parametrize(
    ("number", "english"),
    [
        (errno.EACCES, "permission denied"),
        (errno.ENOSPC, "no space left on the device"),
        (errno.EISDIR, "it is a folder"),
        (errno.ENXIO, "system error ENXIO"),
    ],
)
def test_an_os_error_is_said_by_its_kind_and_the_system_text_is_only_logged(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qapp: QCoreApplication,
    number: int,
    english: str,
) -> None:
    _refused(monkeypatch, number)
    logged: list[str] = []
    handler = logging.Handler(logging.INFO)
    handler.emit = lambda record: logged.append(record.getMessage())  # type: ignore[method-assign]
    reading._log.addHandler(handler)  # the app's logging setup may stop propagation to root
    level = reading._log.level
    reading._log.setLevel(logging.INFO)
    try:
        issue = _only(tmp_path / "f.timeline.json")
    finally:
        reading._log.removeHandler(handler)
        reading._log.setLevel(level)
    assert issue.code == "file_unreadable"
    assert issue.message == f"cannot read the file: {english}"
    assert "Texte du système" not in issue.message
    assert any("Texte du système" in line for line in logged)
    assert read_problem_words.read_problem(dict(issue.arguments)) == english
    assert issue_words.issue_message(issue) == issue.message


def test_french_read_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, french: None
) -> None:
    _refused(monkeypatch, errno.EACCES)
    issue = _only(tmp_path / "f.timeline.json")
    assert (
        issue_words.issue_message(issue)
        == "impossible de lire le fichier\u00a0: permission refusée"
    )
    monkeypatch.undo()
    os.mkfifo(tmp_path / "pipe.timeline.json")
    fifo = _only(tmp_path / "pipe.timeline.json")
    assert read_problem_words.read_problem(dict(fifo.arguments)) == (
        "attendu un fichier ordinaire, trouvé un tube nommé (FIFO)"
    )


def test_french_json_and_utf8_details(french: None) -> None:
    (broken,) = load_event_bytes(b'{"format": }', "f.json", None).issues
    assert broken.code == "not_json"
    assert "Expecting" not in issue_words.issue_message(broken)
    assert "valeur attendue" in issue_words.issue_message(broken)


def test_an_unexpected_error_is_worded_and_points_to_the_log(french: None) -> None:
    issue = read_problem_words.loading_failed("f.json", RuntimeError("a bug"))
    assert issue.message == "loading failed: RuntimeError: a bug"  # the English, for the log
    worded = issue_words.issue_message(issue)
    assert "RuntimeError" in worded
    assert "a bug" not in worded
    assert "loading failed" not in worded
    memory = issue_words.issue_message(read_problem_words.loading_failed("f.json", MemoryError()))
    assert memory == "échec du chargement\u00a0: mémoire insuffisante"


def test_french_quotes_what_a_json_error_found(french: None) -> None:
    """QA session 11: « trouvé : ', } ]}' », the file's text in Python's quotes."""
    (broken,) = load_event_bytes(b'{"events": [1, } ]}', "f.json", None).issues
    assert broken.code == "not_json"
    assert broken.message.endswith("(found '} ]}')")  # the model's English, as before
    worded = issue_words.issue_message(broken)
    assert worded.endswith("«\u00a0} ]}\u00a0»"), worded
    assert "'" not in worded


def test_french_quotes_the_words_a_date_reader_found(french: None) -> None:
    """QA session 11: "trouvé 'late'" after a date typed "late 2023"."""
    from timelineapp.model.dates import DateError, parse_date
    from timelineapp.ui.date_error_words import date_error_text

    with pytest.raises(DateError) as caught:
        parse_date("late 2023")
    assert str(caught.value).endswith("found 'late'")  # the model's English, as before
    worded = date_error_text(caught.value)
    assert worded.endswith("«\u00a0late\u00a0»"), worded
    assert "'" not in worded


def test_french_command_lines_quote_their_arguments(french: None) -> None:
    from timelineapp.ui.build_words import BuildCommandWords
    from timelineapp.ui.import_usage_words import map_not_a_pair, map_unknown_field

    assert map_not_a_pair("date").startswith("--map «\u00a0date\u00a0»")
    assert "«\u00a0Titel\u00a0»" in map_unknown_field("Titel=Title", "date, title", "Titel")
    assert BuildCommandWords().bad_url("ftp://x").endswith("«\u00a0ftp://x\u00a0»")
