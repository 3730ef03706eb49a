"""Reference and provenance problems carry a code and arguments, and the window words them in
its own language: under ``--lang fr`` no English message reaches the Problems dialog."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from timelineapp.model.issues import Issue
from timelineapp.model.loading import load_event_file
from timelineapp.render.export_text import export_language
from timelineapp.ui import issue_words
from timelineapp.ui.app import Application

from .test_issue_words import _dispose

TEXT = "Le retrait a commencé le 7 juin à Niamey."
QUOTE = {"start": 3, "end": 10, "text": "retrait"}

BASE: dict[str, Any] = {
    "format": "timelineapp/events",
    "version": 1,
    "title": "Cas",
    "language": "fr",
    "documents": [
        {"id": "doc", "title": "Article", "path": "doc.txt", "sha256": ""},
        {"id": "communique", "title": "Communiqué"},
    ],
    "actors": [
        {"id": "niger", "name": "Niger"},
        {"id": "armee", "name": "Armée", "parent": "niger"},
    ],
    "events": [
        {
            "id": "retrait",
            "title": "Retrait",
            "date": "2024-06-07",
            "actors": [{"actor": "niger"}],
            "sources": [{"document": "doc", "quotes": [QUOTE]}],
        }
    ],
}


def _unknown_actor(data: dict[str, Any]) -> None:
    data["events"][0]["actors"] = [{"actor": "nobody"}]


def _unknown_parent(data: dict[str, Any]) -> None:
    data["actors"][1]["parent"] = "nowhere"


def _unknown_document(data: dict[str, Any]) -> None:
    data["events"][0]["sources"][0]["document"] = "elsewhere"


def _self_link(data: dict[str, Any]) -> None:
    data["documents"][1]["derived_from"] = ["communique"]


def _duplicate_document_id(data: dict[str, Any]) -> None:
    data["documents"][1]["id"] = "doc"


def _duplicate_actor_id(data: dict[str, Any]) -> None:
    data["actors"].append({"id": "niger", "name": "Niger bis"})


def _duplicate_event_id(data: dict[str, Any]) -> None:
    data["events"].append(copy.deepcopy(data["events"][0]))


def _actor_cycle(data: dict[str, Any]) -> None:
    data["actors"][0]["parent"] = "armee"


def _document_cycle(data: dict[str, Any]) -> None:
    data["documents"][0]["derived_from"] = ["communique"]
    data["documents"][1]["derived_from"] = ["doc"]


def _no_source(data: dict[str, Any]) -> None:
    data["events"].append({"id": "seul", "title": "Seul", "date": "2024", "sources": []})


def _textless_quote(data: dict[str, Any]) -> None:
    data["events"][0]["sources"] = [{"document": "communique", "quotes": [QUOTE]}]


def _document_changed(data: dict[str, Any]) -> None:
    data["documents"][0]["sha256"] = "0" * 64


def _quote_past_end(data: dict[str, Any]) -> None:
    data["events"][0]["sources"][0]["quotes"] = [{"start": 3, "end": 900, "text": "retrait"}]


def _quote_differs(data: dict[str, Any]) -> None:
    data["events"][0]["sources"][0]["quotes"] = [{"start": 3, "end": 10, "text": "retraiT"}]


CASES: dict[str, Callable[[dict[str, Any]], None]] = {
    "unknown_actor": _unknown_actor,
    "unknown_parent": _unknown_parent,
    "unknown_document": _unknown_document,
    "self_link": _self_link,
    "duplicate_document_id": _duplicate_document_id,
    "duplicate_actor_id": _duplicate_actor_id,
    "duplicate_event_id": _duplicate_event_id,
    "actor_cycle": _actor_cycle,
    "document_cycle": _document_cycle,
    "no_source": _no_source,
    "textless_quote": _textless_quote,
    "document_changed": _document_changed,
    "quote_past_end": _quote_past_end,
    "quote_differs": _quote_differs,
}


def _write(folder: Path, code: str) -> Path:
    data = copy.deepcopy(BASE)
    data["documents"][0]["sha256"] = hashlib.sha256(TEXT.encode()).hexdigest()
    CASES[code](data)
    (folder / "doc.txt").write_text(TEXT, encoding="utf-8")
    path = folder / f"{code}.timeline.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _issue(folder: Path, code: str) -> Issue:
    result = load_event_file(_write(folder, code))
    coded = [issue for issue in result.issues if issue.code == code]
    assert coded, [str(issue) for issue in result.issues]
    return coded[0]


@pytest.fixture(autouse=True)
def _application(qapp: QCoreApplication) -> None:
    """A QCoreApplication, which translators need."""


def test_every_reference_code_has_words_and_a_case() -> None:
    assert set(CASES) <= issue_words.worded_codes()


# English words a French message must not contain (ids and quoted text are the file's own).
_ENGLISH = re.compile(r"\b(expected|found|duplicate|unknown|the document|quote has|occurs)\b")


def _outside_arguments(issue: Issue, text: str) -> str:
    for _, value in issue.arguments:
        text = text.replace(value, "")
    return text


@pytest.mark.shared_window
@pytest.mark.parametrize("code", sorted(CASES))
def test_the_problem_is_coded_and_worded(tmp_path: Path, code: str) -> None:
    issue = _issue(tmp_path, code)
    assert issue.arguments
    # English: the window's words are the model's message, exactly.
    assert issue_words.issue_message(issue) == issue.message
    with export_language("fr"):
        french = issue_words.issue_message(issue)
        line = issue_words.issue_line(issue)
    assert french != issue.message
    assert line.endswith(f"\u00a0: {french}")  # French typography: "erreur : attendu …"
    assert not _ENGLISH.search(_outside_arguments(issue, french)), french
    for _, value in issue.arguments:
        if value and not value.isdigit():
            # ids and cycles are kept (between the window's quotation marks: « niger »)
            with export_language("fr"):
                kept = {value, issue_words.window_quotes(value)}
            assert any(k in french for k in kept) or code == "quote_differs"


@pytest.fixture
def french() -> Iterator[None]:
    with export_language("fr"):
        yield


@pytest.mark.shared_window
@pytest.mark.parametrize("code", ["unknown_actor", "duplicate_event_id", "document_cycle"])
def test_a_french_problems_dialog_has_no_english_message(
    app: Application, french: None, tmp_path: Path, code: str
) -> None:
    path = _write(tmp_path, code)
    app.opener.open(path)
    dialog = app.opener.last_dialog
    assert dialog is not None
    lines = [line for line in dialog.text.toPlainText().splitlines() if str(path) in line]
    assert lines
    for line in lines:
        shown = line.replace(str(path), "")
        assert " : erreur : " in shown  # (toPlainText turns no-break spaces into spaces)
        assert not _ENGLISH.search(re.sub(r"'[^']*'", "", shown)), line
    _dispose(app)


BAD = Path(__file__).parents[1] / "data" / "bad"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("bad-utf8-header.timeline.json", "not_utf8"),
        ("deep-nesting.timeline.json", "json_too_deep"),
        ("duplicate-events-key.timeline.json", "duplicate_key"),
        ("truncated.timeline.json", "not_json"),
        ("empty.timeline.json", "empty_file"),  # said empty since QA #109h
    ],
)
def test_a_file_that_is_not_json_as_needed_is_worded_too(name: str, code: str) -> None:
    issues = [issue for issue in load_event_file(BAD / name).issues if issue.code == code]
    assert issues
    issue = issues[0]
    assert issue_words.issue_message(issue) == issue.message
    with export_language("fr"):
        french = issue_words.issue_message(issue)
    assert not _ENGLISH.search(_outside_arguments(issue, french)), french
    assert "end of file" not in french


def _document_case(folder: Path, path: str, content: bytes | None) -> Path:
    data = copy.deepcopy(BASE)
    data["documents"][0]["path"] = path
    del data["documents"][0]["sha256"]
    if content is not None:
        (folder / path).write_bytes(content)
    event_file = folder / "documents.timeline.json"
    event_file.write_text(json.dumps(data), encoding="utf-8")
    return event_file


@pytest.mark.parametrize(
    ("path", "content", "code"),
    [
        ("missing.txt", None, "document_not_found"),
        ("../outside.txt", None, "document_outside"),
        ("latin1.txt", "é".encode("latin-1"), "document_not_utf8"),
    ],
)
def test_a_document_that_cannot_be_read_is_worded_too(
    tmp_path: Path, path: str, content: bytes | None, code: str
) -> None:
    result = load_event_file(_document_case(tmp_path, path, content))
    issues = [issue for issue in result.issues if issue.code == code]
    assert issues, [str(issue) for issue in result.issues]
    issue = issues[0]
    assert issue.json_path == "documents[0].path"
    assert issue_words.issue_message(issue) == issue.message
    with export_language("fr"):
        french = issue_words.issue_message(issue)
    assert "attendu" in french or "introuvable" in french
    assert not _ENGLISH.search(_outside_arguments(issue, french)), french
