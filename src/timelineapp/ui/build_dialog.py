"""File › New from Article…: draft an event file from articles in the window.

The same builder as ``timelineapp build`` runs in a worker thread (:class:`BuildWorker`)
behind a progress bar; the worker only emits signals, it never touches a widget. The draft is
written beside the output chosen by the user, then opened through the window's usual
file-opening path, with a banner saying it was built automatically and must be reviewed.

The builder (trafilatura, Babel) is imported in the worker when a build starts, never on the
window's start-up path.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..model.dates import DateError, parse_date
from ..model.format_rules import FILE_SUFFIX
from ..model.free_names import free_name
from .build_words import article_problem, write_problem
from .controller import TimelineController
from .date_error_words import date_error_text
from .draft_note_words import DraftNoteWords

__all__ = ["BuildDialog", "BuildRequest", "BuildWorker", "DraftBanner", "install_build_action"]

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
            draft = build_draft(
                articles, words=words, title=request.title or None, progress=progress
            )
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


class BuildDialog(QDialog):
    """Choose articles, the output and what the articles do not say; build with progress."""

    draft_built = Signal(str, str)  # path of the written draft, what it holds in words

    def __init__(
        self,
        parent: QWidget | None = None,
        folder: str = "",
        open_file: Path | None = None,
        open_file_modified: bool = False,
        let_go: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from Article"))
        # The event file open in the window: a draft written over it is the user's work lost
        # (QA #82), so it is never proposed, and replacing it takes an explicit answer.
        self._open_file = open_file
        self._open_file_modified = open_file_modified
        self._confirmed: Path | None = None  # the existing file the user agreed to replace
        # The window's question about the open file's unsaved changes (Save / Discard /
        # Cancel), asked before anything is written: the draft then takes its place.
        self._let_go = let_go or (lambda: True)
        self.setMinimumWidth(560)
        self.setAcceptDrops(True)  # article files dropped from a file manager
        self._folder = folder
        self._worker: BuildWorker | None = None
        self.articles = QListWidget()
        self.articles.setMinimumHeight(90)
        self.articles.setMaximumHeight(140)
        add = QPushButton(self.tr("&Add Articles…"))
        remove = QPushButton(self.tr("&Remove"))
        add.clicked.connect(self.on_add)
        remove.clicked.connect(self.on_remove)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        self.output = QLineEdit()
        self.output.setPlaceholderText(self.tr("draft.timeline.json, beside the articles"))
        browse = QPushButton(self.tr("Bro&wse…"))
        browse.clicked.connect(self.on_browse_output)
        output_row = QWidget()  # a widget, not a layout, so that the label's '&' is a mnemonic
        output_layout = QHBoxLayout(output_row)
        output_layout.setContentsMargins(0, 0, 0, 0)
        output_layout.addWidget(self.output, 1)
        output_layout.addWidget(browse)
        self.published = QLineEdit()
        self.published.setPlaceholderText(self.tr("e.g. 2024-06 or 2024-06-08 (optional)"))
        self.published.setToolTip(
            self.tr(
                "Publication date of the articles, as precise as known. Without it, the date "
                "is taken from the page or a dateline at the top of the text "
                "(\u201cPublished 3 November 2025\u201d); relative dates (\u201cFriday\u201d, "
                "\u201cyesterday\u201d) need it."
            )
        )
        self.language = QComboBox()
        self.language.addItem(self.tr("Detect"), "auto")
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.language.setToolTip(
            self.tr(
                "The language the articles are written in. The notes the builder writes into "
                "the draft are in the window's language."
            )
        )
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("default: the first article's title"))
        form = QFormLayout()
        form.addRow(self.tr("A&rticles:"), self.articles)
        form.addRow("", buttons_row)
        form.addRow(self.tr("&Save draft as:"), output_row)
        form.addRow(self.tr("&Published:"), self.published)
        form.addRow(self.tr("Article &language:"), self.language)
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # file names come from strangers
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.build_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.build_button.setText(self.tr("&Build Draft"))
        self.buttons.accepted.connect(self.on_build)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._update_button()

    # --- choosing ---------------------------------------------------------------------------
    def add_articles(self, paths: list[str]) -> None:
        known = {self.articles.item(i).text() for i in range(self.articles.count())}
        for path in paths:
            if path not in known:
                self.articles.addItem(path)
        if paths and not self.output.text():
            self.output.setText(str(free_draft_path(Path(paths[0]))))
        self._update_button()

    def on_add(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose Articles"),
            self._folder,
            self.tr("Articles (*.txt *.html *.htm);;All files (*)"),
        )
        self.add_articles(paths)

    def on_remove(self) -> None:
        for item in self.articles.selectedItems():
            self.articles.takeItem(self.articles.row(item))
        self._update_button()

    def on_browse_output(self) -> None:
        from .save_dialog import ask_event_file_path

        chosen = ask_event_file_path(
            self, self.tr("Save Draft As"), self.output.text() or self._folder
        )
        if chosen is not None:
            self.output.setText(str(chosen))
            self._confirmed = chosen  # asked before replacing it

    def _update_button(self) -> None:
        self.build_button.setEnabled(self.articles.count() > 0 and self._worker is None)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_articles([p for p in paths if p])
        event.acceptProposedAction()

    # --- building ---------------------------------------------------------------------------
    def request(self) -> BuildRequest | str:
        """What to build, or a message saying what is missing or wrong."""
        articles = tuple(Path(self.articles.item(i).text()) for i in range(self.articles.count()))
        if not articles:
            return self.tr("Add at least one article.")
        output_text = self.output.text().strip()
        if not output_text.endswith(FILE_SUFFIX):
            return self.tr("The draft's name must end in .timeline.json.")
        published = self.published.text().strip() or None
        if published is not None:
            try:
                parse_date(published)
            except DateError as error:
                return self.tr("Published: {error}").format(error=date_error_text(error))
        return BuildRequest(
            articles,
            Path(output_text),
            published,
            str(self.language.currentData()),
            self.title_edit.text().strip() or None,
        )

    def on_build(self) -> None:
        request = self.request()
        if isinstance(request, str):
            self.message.setText(request)
            return
        if not self._may_write(request.output):
            self.message.setText(self.tr("Choose another name for the draft."))
            return
        if not self._is_open_file(request.output) and not self._let_go():
            # QA #82: the draft was written first, and the question came when it opened.
            self.message.setText(self.tr("Not built: the open file and its changes are kept."))
            return
        self.message.setText(self.tr("Reading the articles…"))
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        worker = BuildWorker(request, self)
        worker.progressed.connect(self.on_progress)
        worker.built.connect(self.on_built)
        worker.failed.connect(self.on_failed)
        worker.finished.connect(self._on_finished)
        self._worker = worker
        self._update_button()
        worker.start()

    def _may_write(self, output: Path) -> bool:
        """Whether the draft may be written at ``output``: a new file, or one the user agreed
        to replace (asked here unless the Browse dialog already asked)."""
        from .save_dialog import agreed_to_replace, may_replace

        if not output.exists():
            return True
        if not self._is_open_file(output):
            if self._confirmed is not None and _same_file(self._confirmed, output):
                return True
            return may_replace(self, output, keeps_backup=True)  # Browse's own question
        if self._open_file_modified:
            text = self.tr(
                "{name} is the event file open in the window, with unsaved changes. "
                "Replace it with the new draft? Your changes would be lost; the saved "
                "version is kept as .bak."
            )
        else:
            text = self.tr(
                "{name} is the event file open in the window. Replace it with the new "
                "draft? The previous version is kept as .bak."
            )
        return agreed_to_replace(
            self, self.tr("Replace event file?"), text.format(name=output.name)
        )

    def _is_open_file(self, output: Path) -> bool:
        return self._open_file is not None and _same_file(self._open_file, output)

    def on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if name and done * 2 >= total:  # the second half: the rules read the articles
            self.message.setText(self.tr("Finding events in {name}…").format(name=name))
        elif name:
            self.message.setText(self.tr("Reading {name}…").format(name=name))

    def on_built(self, path: str, events: int, undated: int, actors: int) -> None:
        self.progress.setValue(self.progress.maximum())
        self.message.setText(self.tr("%Ln draft event(s) written.", "", events))
        # What the draft holds, for the banner above it (the dialog closes now).
        summary = " ".join(
            (
                self.tr("%Ln event(s) drafted ({undated} undated).", "", events).format(
                    undated=undated
                ),
                self.tr("%Ln actor(s) found.", "", actors),
            )
        )
        self.draft_built.emit(path, summary)
        self.accept()

    def on_failed(self, reason: str) -> None:
        self.progress.setVisible(False)
        if reason == "cancelled":
            self.message.setText(self.tr("Cancelled."))
        else:
            self.message.setText(self.tr("The draft was not built: {reason}").format(reason=reason))

    def _on_finished(self) -> None:
        self._worker = None
        self._update_button()

    def _stop_worker(self) -> None:
        # A QThread destroyed while it runs aborts the process: let it finish first (a
        # build takes well under a second; cancelling skips what is left).
        if self._worker is not None:
            self._worker.cancel()
            self._worker.wait()

    def reject(self) -> None:
        self._stop_worker()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_worker()
        super().closeEvent(event)


class DraftBanner(QFrame):
    """ "Draft built automatically: review before use", shown above the timeline while the
    draft is the open file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#draft-banner { background: #fff4ce; border: 1px solid #e0b400; }"
            "#draft-banner QLabel { color: #4a3b00; }"
        )
        self.label = QLabel(self.tr("Draft built automatically: review before use"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self._every = self.tr(
            "Every event is unreviewed; its note says how its date, actors and quotes were found."
        )
        self.detail = detail = QLabel(self._every)
        detail.setTextFormat(Qt.TextFormat.PlainText)
        # Both wrap: on one line each the banner was wider than the timeline at 1024 px.
        self.label.setWordWrap(True)
        detail.setWordWrap(True)
        close = QToolButton()
        close.setText(self.tr("Hide"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        # The title above its detail, both across the banner: side by side, each was a narrow
        # column of five lines over the timeline at 1024 px.
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.label)
        words.addWidget(detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addLayout(words, 1)
        layout.addWidget(close)
        self.setToolTip(self._every)
        self.hide()

    def show_summary(self, summary: str) -> None:
        """Say what the draft holds ("7 events drafted (1 undated). 13 actors found."), the
        reminder that every event is unreviewed kept as the banner's tooltip."""
        self.detail.setText(summary or self._every)


def free_draft_path(article: Path) -> Path:
    """``article.timeline.json`` beside ``article``, else ``article-2.timeline.json``…: the
    builder never proposes a name that holds an event file already (QA #82)."""
    stem = free_name(article.stem, lambda name: article.with_name(name + FILE_SUFFIX).exists(), "")
    return article.with_name(stem + FILE_SUFFIX)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


class _DraftFlow(QObject):
    """Runs the dialog for a window and, when the draft is open, shows the banner and starts
    reviewing it (``on_draft_opened``, given by the window)."""

    def __init__(
        self,
        window: QMainWindow,
        controller: TimelineController,
        folder: str,
        on_draft_opened: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._folder = folder
        self._armed = False
        self._on_draft_opened = on_draft_opened
        self.banner = DraftBanner(window)
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.banner)
        controller.file_loaded.connect(self.on_file_loaded)
        self.dialog: BuildDialog | None = None

    def start(self) -> None:
        dialog = BuildDialog(
            self._window,
            self._folder,
            self._controller.path,
            self._controller.modified,
            self._let_go,
        )
        dialog.draft_built.connect(self.on_draft_built)
        self.dialog = dialog
        dialog.open()

    def _let_go(self) -> bool:
        """The window's question about unsaved changes (True: saved, discarded or none)."""
        save_flow = getattr(self._window, "save_flow", None)
        maybe_save = getattr(save_flow, "maybe_save", None)
        return bool(maybe_save()) if maybe_save is not None else True

    def on_draft_built(self, path: str, summary: str = "") -> None:
        if self._controller.modified:
            # The changes were let go before the build (discarded, or the open file replaced
            # on an explicit answer): opening the draft must not ask again, where "Save"
            # would now write the old edits over the new draft.
            self._controller.undo_stack.setClean()
        self._folder = str(Path(path).parent)
        self._armed = True
        self.banner.show_summary(summary)
        open_requested = getattr(self._window, "open_requested", None)
        if open_requested is not None:
            open_requested.emit(path)

    def on_file_loaded(self) -> None:
        # The first file loaded after a build is the draft; any later one is not.
        draft = self._armed
        self._armed = False
        self.banner.setVisible(draft)
        if draft and self._on_draft_opened is not None:
            self._on_draft_opened()


def install_build_action(
    window: QMainWindow,
    menu: QMenu,
    controller: TimelineController,
    folder: str = "",
    on_draft_opened: Callable[[], None] | None = None,
) -> QAction:
    """Add File › New from Article… to ``menu`` of ``window`` where the hook is called (the one
    hook in MainWindow). The draft opens through ``window.open_requested``; once it is open,
    ``on_draft_opened`` runs (the window starts review mode: every drafted event is
    unreviewed)."""
    flow = _DraftFlow(window, controller, folder, on_draft_opened)
    action = QAction(QCoreApplication.translate("BuildDialog", "New from &Article…"), window)
    action.setObjectName("action-new-from-article")
    action.triggered.connect(flow.start)
    menu.addAction(action)
    return action
