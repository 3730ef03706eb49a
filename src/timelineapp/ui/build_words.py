"""What the builder says to its user, in one language: why an article or a draft failed, and
what ``timelineapp build`` prints.

The Build dialog (File › New from Article…), Add Document and the command line share these
words. They need only QtCore, so ``timelineapp build`` imports no widget: on the command line
they speak English unless ``--lang fr`` (or ``--notes-lang``) puts the French translator in
front, as the notes do (:func:`command_words_in`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ..model.os_errors import os_error_kind, os_error_name
from .date_error_words import date_error_text
from .draft_note_words import DraftNoteWords
from .quote_words import quoted_argument
from .read_problem_words import read_problem

if TYPE_CHECKING:
    from ..extract.article import ArticleError
    from ..model.atomic_write import OutputProblem
    from ..model.dates import DateError
    from ..model.issues import Issue

__all__ = ["BuildCommandWords", "article_problem", "command_words_in", "write_problem"]


def article_problem(error: ArticleError) -> str:
    """Why an article could not be read, in the current language."""
    arguments = dict(error.arguments)
    if error.code == "unreadable":
        reason = read_problem(arguments) or QCoreApplication.translate(
            "BuildDialog", "it cannot be read"
        )
        text = QCoreApplication.translate("BuildDialog", "{path}: cannot read: {reason}")
        return text.format(path=error.path, reason=reason)
    if error.code == "not_utf8":
        text = QCoreApplication.translate(
            "BuildDialog", "{path}: byte {byte}: expected UTF-8 text, found byte {value}"
        )
        return text.format(path=error.path, **arguments)
    if error.code == "empty":
        text = QCoreApplication.translate("BuildDialog", "{path}: the file is empty")
        return text.format(path=error.path)
    if error.code == "no_text":
        text = QCoreApplication.translate(
            "BuildDialog", "{path}: no article text found in the HTML page"
        )
        return text.format(path=error.path)
    return str(error)


def write_problem(path: Path, error: OSError) -> str:
    """Why the draft could not be written, by the error's kind in the current language (the
    system's own text goes to the log)."""
    why = {"why": "os_error", "kind": os_error_kind(error), "errno": os_error_name(error)}
    reason = read_problem(why) or os_error_name(error)
    text = QCoreApplication.translate("BuildDialog", "{path}: cannot write: {reason}")
    return text.format(path=path, reason=reason)


class BuildCommandPlurals(QObject):
    """The counts of the command's summary (``pyside6-lupdate`` reads ``%n`` from ``self.tr``)."""

    def events(self, count: int) -> str:
        return self.tr("%Ln draft event(s)", "", count)

    def dated(self, count: int) -> str:
        return self.tr("%Ln dated", "draft events", count)

    def undated(self, count: int) -> str:
        return self.tr("%Ln undated", "draft events", count)

    def actors(self, count: int) -> str:
        return self.tr("%Ln actor(s)", "", count)

    def documents(self, count: int) -> str:
        return self.tr("%Ln document(s)", "", count)


class BuildCommandWords(DraftNoteWords):
    """The notes (:class:`DraftNoteWords`) and the lines ``timelineapp build`` prints, in the
    language installed when it is made: :class:`~timelineapp.extract.command.BuildWords`."""

    def __init__(self) -> None:
        super().__init__()
        self._counts = BuildCommandPlurals()

    def summary(self, output: str, events: int, dated: int, actors: int, documents: int) -> str:
        """What was written: ``draft.timeline.json: 12 draft events (10 dated, 2 undated)...``"""
        text = QCoreApplication.translate(
            "BuildCommand",
            "{output}: {events} ({dated}, {undated}), {actors}, {documents}; every event "
            "unreviewed",
        )
        counts = self._counts
        parts = {
            "output": output,
            "events": counts.events(events),
            "dated": counts.dated(dated),
            "undated": counts.undated(events - dated),
            "actors": counts.actors(actors),
            "documents": counts.documents(documents),
        }
        return _fill(text, parts)

    def no_publication_date(self, name: str) -> str:
        text = QCoreApplication.translate(
            "BuildCommand",
            "note: {name}: no publication date found (--published DATE): relative dates are "
            "left unresolved",
        )
        return _fill(text, {"name": name})

    def replaced(self, output: str, backup: str) -> str:
        text = QCoreApplication.translate(
            "BuildCommand", "note: {output} was replaced; its previous version is kept as {backup}"
        )
        return _fill(text, {"output": output, "backup": backup})

    def given_twice(self, name: str) -> str:
        text = QCoreApplication.translate("BuildCommand", "note: {name}: given twice, read once")
        return _fill(text, {"name": name})

    def article_error(self, error: ArticleError) -> str:
        return article_problem(error)

    def write_error(self, path: Path, error: OSError) -> str:
        return write_problem(path, error)

    def issue(self, issue: Issue) -> str:
        from .issue_words import issue_line

        return issue_line(issue)

    def bad_published(self, error: DateError) -> str:
        text = QCoreApplication.translate("BuildCommand", "--published: {error}")
        return _fill(text, {"error": date_error_text(error)})

    def published_not_own(self, name: str, given: str, own: str) -> str:
        text = QCoreApplication.translate(
            "BuildCommand",
            "note: {name}: --published {given} given, but the article itself says {own}: its "
            "relative dates are read from {given}",
        )
        return _fill(text, {"name": name, "given": given, "own": own})

    def bad_url(self, url: str) -> str:
        text = QCoreApplication.translate(
            "BuildCommand", "--url: expected an http:// or https:// address, found {url}"
        )
        return _fill(text, {"url": quoted_argument(url)})

    def one_url(self) -> str:
        return QCoreApplication.translate(
            "BuildCommand",
            "--url: one address names one article; build them one by one or leave --url out",
        )

    def bad_output_name(self, name: str) -> str:
        text = QCoreApplication.translate(
            "BuildCommand", "-o: expected a name ending in .timeline.json, found {name}"
        )
        return _fill(text, {"name": quoted_argument(name)})

    def output_problem(self, output: Path, problem: OutputProblem) -> str:
        """Why ``-o`` cannot be written (a missing folder is refused, never created)."""
        if problem.code == "is_folder":
            reason = QCoreApplication.translate("BuildCommand", "it is a folder")
        elif problem.code == "no_folder":
            reason = QCoreApplication.translate("BuildCommand", "folder {folder} does not exist")
        else:
            reason = QCoreApplication.translate("BuildCommand", "folder {folder} is not writable")
        text = QCoreApplication.translate("BuildCommand", "-o: cannot write {output}: {reason}")
        reason = _fill(reason, {"folder": problem.folder})
        return _fill(text, {"output": str(output), "reason": reason})


def _fill(template: str, parts: dict[str, str]) -> str:
    """One pass: a file named "{name}.txt" stays as it is named."""
    names = "|".join(map(re.escape, parts))
    return re.sub(r"\{(" + names + r")\}", lambda m: parts[m.group(1)], template)


@contextmanager
def command_words_in(language: str) -> Iterator[BuildCommandWords]:
    """The build command's words in ``language`` ("en", "fr") meanwhile (an application is
    made if there is none: translators need one)."""
    from ..render.export_text import export_language

    _app = QCoreApplication.instance() or QCoreApplication([])
    with export_language(language):
        yield BuildCommandWords()
