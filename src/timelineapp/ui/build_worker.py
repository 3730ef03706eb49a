"""The builder of File › New from Article… in a worker thread: reads the articles, builds
the draft and writes it, and reports by signals only (it never touches a widget).

The builder (trafilatura, Babel) is imported when a build starts, never on the window's
start-up path.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from .build_words import article_problem, write_problem
from .draft_note_words import DraftNoteWords

__all__ = ["BuildRequest", "BuildWorker"]

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BuildRequest:
    articles: tuple[Path, ...]
    output: Path
    published: str | None
    language: str  # "auto", "fr" or "en"
    title: str | None


class BuildWorker(QThread):
    """Reads the articles, builds the draft and writes it; reports by signals only."""

    progressed = Signal(int, int, str)  # done, total, article name
    built = Signal(str, int, int, int)  # path of the written event file; events, undated, actors
    failed = Signal(str)  # a one-line reason

    def __init__(self, request: BuildRequest, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._request = request
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            from ..extract.article import ArticleError, read_article
            from ..extract.build import build_draft, write_draft
            from ..extract.cancel import BuildCancelled

            request = self._request
            articles = []
            total = len(request.articles)
            for number, path in enumerate(request.articles):
                if self._cancel.is_set():
                    self.failed.emit("cancelled")
                    return
                self.progressed.emit(number, total * 2, path.name)
                try:
                    articles.append(
                        read_article(path, language=request.language, published=request.published)
                    )
                except ArticleError as error:
                    _log.info("article not read: %s", error)
                    self.failed.emit(article_problem(error))
                    return

            def progress(done: int, count: int, name: str) -> None:
                self.progressed.emit(count + done, count * 2, name)

            # The notes are worded here, in the window's language: they are text in the file.
            words = DraftNoteWords()
            try:
                # Cancel is asked while the rules run, so a long article stops at once
                # (QA session 11: the dialog waited for the whole build).
                draft = build_draft(
                    articles,
                    words=words,
                    title=request.title or None,
                    progress=progress,
                    cancelled=self._cancel.is_set,
                )
            except BuildCancelled:
                self.failed.emit("cancelled")
                return
            if self._cancel.is_set():
                self.failed.emit("cancelled")
                return
            written = write_draft(draft, request.output)
            events = written.event_file.events
            undated = sum(event.date is None for event in events)
            actors = len(written.event_file.actors)
            self.built.emit(str(request.output), len(events), undated, actors)
        except OSError as error:
            _log.info("draft not written: %s", error)
            self.failed.emit(write_problem(self._request.output, error))
        except Exception as error:  # a bug: logged with its traceback, said in one line
            _log.exception("building a draft failed")
            self.failed.emit(
                QCoreApplication.translate(
                    "BuildDialog", "unexpected error ({name}); the details are in the log"
                ).format(name=type(error).__name__)
            )
