"""File › New from Article…'s dialog: the articles, the output, what the articles do not say.

The same builder as ``timelineapp build`` runs in a worker thread
(:class:`.build_worker.BuildWorker`) behind a progress bar. The draft is written where the
user chose, never over the open file without an explicit answer, then opened through the
window's usual file-opening path (:mod:`.draft_flow`: the banner, then review mode).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model.dates import DateError
from ..model.format_rules import FILE_SUFFIX
from ..model.free_names import free_name
from .build_worker import BuildRequest, BuildWorker
from .date_error_words import date_error_text

__all__ = ["BuildDialog", "free_draft_path"]


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
        self.published.setPlaceholderText(self.tr("e.g. 2024-06-08 or 14 March 2025 (optional)"))
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
        from .typed_date_reading import read_typed_date

        try:  # EDTF or words, as every date field of the window reads them (QA #121)
            reading = read_typed_date(self.published.text())
        except DateError as error:
            return self.tr("Published: {error}").format(error=date_error_text(error))
        published = None if reading is None else reading.edtf
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
        # A QThread destroyed while it runs aborts the process: let it finish first (the
        # builder asks the cancel flag as it goes, so a long article stops within a fraction
        # of a second; HTML reduction by trafilatura is the one step it cannot interrupt).
        if self._worker is not None:
            self._worker.cancel()
            self._worker.wait()

    def reject(self) -> None:
        self._stop_worker()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_worker()
        super().closeEvent(event)


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
