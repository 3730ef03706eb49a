"""File > Import…: choose a file and its format, see the conversion before anything is written.

The flow: a file dialog whose filters name the formats (or "all importable files" to let the
content decide); the import, in a worker thread behind a cancellable progress dialog when the
file is big; then the import dialog, which shows the first events as they will be imported,
the mapping of a table's columns (editable: the import runs again), and the conversion report
(every dropped row and lost field, located). Nothing is written until the user asks: the
import opens unsaved, or is saved first where the user chooses (next to the input by
default). Only this module's light part loads with the window; the importers and the dialog
load at the first import.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .controller import TimelineController
from .progress import worker_progress
from .settings import Settings

if TYPE_CHECKING:
    from ..extract.importers import ImportOptions, ImportResult, Where
    from ..model.loading import LoadResult
    from ..model.timeline import Timeline

_log = logging.getLogger(__name__)

# Inputs above this size import in a worker thread (a 5 MB CSV holds ~20k rows).
BACKGROUND_THRESHOLD = 5_000_000
# Imports with more events than this are loaded into the window in a worker thread.
BACKGROUND_EVENTS = 20_000
PREVIEW_ROWS = 100
_NO_COLUMN = "—"
_DETECTED = "\x00detected"  # the several columns a field was read from, left as they are


def add_data_actions(
    window: QWidget,
    menu: QMenu,
    controller: TimelineController,
    settings: Settings,
    open_path: Callable[[str], object],
) -> tuple[QAction, QAction]:
    """File > Import… and File > Export Data…; the flows behind them are built at first use."""
    import_action = QAction(QCoreApplication.translate("ImportFlow", "&Import…"), window)
    import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
    import_action.setStatusTip(
        QCoreApplication.translate(
            "ImportFlow", "Import a TimelineJS, spreadsheet, ACLED, Timesketch or calendar file"
        )
    )
    export_action = QAction(QCoreApplication.translate("ImportFlow", "Export &Data…"), window)
    export_action.setStatusTip(
        QCoreApplication.translate(
            "ImportFlow", "Write the events shown as CSV, TimelineJS, Timesketch or iCalendar"
        )
    )
    flows: dict[str, QObject] = {}

    def import_flow() -> ImportFlow:
        flow = flows.get("import")
        if not isinstance(flow, ImportFlow):
            flow = flows["import"] = ImportFlow(window, controller, settings, open_path)
        return flow

    def start_export() -> None:
        from .data_export_flow import DataExportFlow

        flow = flows.get("export")
        if not isinstance(flow, DataExportFlow):
            flow = flows["export"] = DataExportFlow(window, controller, settings)
        flow.start()

    window.setAcceptDrops(True)
    window.installEventFilter(
        ImportDropFilter(lambda path: import_flow().run(path, None), open_path, window)
    )
    import_action.triggered.connect(lambda: import_flow().start())
    export_action.triggered.connect(start_export)
    export_action.setEnabled(controller.timeline is not None)
    controller.file_loaded.connect(lambda: export_action.setEnabled(True))
    menu.addAction(import_action)
    menu.addAction(export_action)
    return import_action, export_action


EVENT_FILE_SUFFIX = ".timeline.json"  # dropped, it is opened, not imported


def dropped_file(event: QDropEvent | QDragEnterEvent) -> Path | None:
    """The one local file a drag carries, if it can be opened or imported."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    from ..extract.importers import FORMATS

    path = Path(urls[0].toLocalFile())
    importable = tuple({s for f in FORMATS.values() for s in f.suffixes})
    return path if path.name.lower().endswith(importable) else None


class ImportDropFilter(QObject):
    """Files dropped on the window: an event file opens, anything importable is imported."""

    def __init__(
        self,
        import_path: Callable[[Path], None],
        open_path: Callable[[str], object],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._import = import_path
        self._open = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent | QDragMoveEvent):
            if dropped_file(event) is not None:
                event.acceptProposedAction()
                return True
            return False
        if isinstance(event, QDropEvent):
            path = dropped_file(event)
            if path is None:
                return False
            event.acceptProposedAction()
            if path.name.lower().endswith(EVENT_FILE_SUFFIX):
                self._open(str(path))
            else:
                self._import(path)
            return True
        return super().eventFilter(watched, event)


def _short(where: Where) -> str:
    """A place in the input without its folder: the dialog names the file already."""
    return str(replace(where, file=Path(where.file).name))


class ImportWorker(QThread):
    """Runs one import off the GUI thread; reports progress; stops when cancelled."""

    progressed = Signal(int)  # per mille
    finished_import = Signal(object, str)  # ImportResult or None, error message ("" if none)

    def __init__(
        self, path: Path, format_name: str | None, options: ImportOptions, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._format = format_name
        self._options = options
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, fraction: float) -> bool:
        self.progressed.emit(int(fraction * 1000))
        return not self._cancel.is_set()

    def run(self) -> None:
        result, error = run_import(self._path, self._format, self._options, self._progress)
        self.finished_import.emit(result, error)


def run_import(
    path: Path,
    format_name: str | None,
    options: ImportOptions,
    progress: Callable[[float], bool] | None = None,
) -> tuple[ImportResult | None, str]:
    """Import ``path``; never raises: (result, "") or (None, the message to show)."""
    from ..extract.importers import ImportCancelled, UnreadableInput, import_file

    try:
        if progress is None:
            return import_file(path, format_name, options), ""
        return import_file(path, format_name, options, progress), ""
    except ImportCancelled:
        return None, ""
    except UnreadableInput as error:
        return None, str(error)
    except Exception as error:  # a bug: logged with its traceback, told in one sentence
        _log.exception("importing %s failed", path)
        return None, f"{path}: unexpected {type(error).__name__}: {error}"


def load_import(result: ImportResult, name: str) -> tuple[LoadResult, Timeline | None]:
    """An import loaded as a file is (checked, indexed); never raises."""
    from ..model.filtering import engine_for
    from ..model.loading import LoadResult, load_event_bytes
    from ..model.timeline import Timeline

    try:
        loaded = load_event_bytes(result.raw, name, None)
        if loaded.loaded is None:
            return loaded, None
        timeline = Timeline(loaded.loaded)
        engine_for(timeline)  # the actor counts, off the GUI thread for big imports
        timeline.index.warm_up()
        return loaded, timeline
    except Exception as error:  # a bug: logged, then told like a file that does not open
        _log.exception("loading an import failed")
        from ..model.issues import Issue, IssueKind, Severity

        issue = Issue(Severity.ERROR, IssueKind.IO, name, "", f"loading failed: {error}")
        return LoadResult(name, None, [issue]), None


class UnsavedLoadWorker(QThread):
    """Loads a big import off the GUI thread."""

    loaded = Signal(object, object)  # LoadResult, Timeline | None

    def __init__(self, result: ImportResult, name: str, parent: QObject) -> None:
        super().__init__(parent)
        self._result = result
        self._name = name

    def run(self) -> None:
        self.loaded.emit(*load_import(self._result, self._name))


class ImportFlow(QObject):
    """Choose, import, review, then open unsaved or save: the window's side of an import."""

    opened_unsaved = Signal(str)  # the input whose import is shown, not saved
    saved = Signal(str)  # the event file written

    def __init__(
        self,
        window: QWidget,
        controller: TimelineController,
        settings: Settings,
        open_path: Callable[[str], object],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._settings = settings
        self._open_path = open_path
        self._worker: ImportWorker | None = None
        self._progress: QProgressDialog | None = None
        self.dialog: ImportDialog | None = None
        self.background_threshold = BACKGROUND_THRESHOLD
        self.background_events = BACKGROUND_EVENTS

    # --- choosing -----------------------------------------------------------------------
    def file_filters(self) -> list[tuple[str, str | None]]:
        """(file dialog filter, format name or None for "detect") in the dialog's order."""
        from ..extract.importers import FORMATS

        labels = {
            "timelinejs": self.tr("TimelineJS JSON"),
            "timelinejs-sheet": self.tr("TimelineJS spreadsheet (CSV)"),
            "acled": self.tr("ACLED export (CSV)"),
            "timesketch": self.tr("Timesketch or Plaso timeline (CSV, JSONL)"),
            "csv": self.tr("Table of events (CSV, TSV)"),
            "ics": self.tr("iCalendar"),
        }
        every = sorted({s for f in FORMATS.values() for s in f.suffixes})
        filters: list[tuple[str, str | None]] = [
            (self.tr("All importable files") + f" ({' '.join('*' + s for s in every)})", None)
        ]
        for name, fmt in FORMATS.items():
            patterns = " ".join("*" + s for s in fmt.suffixes)
            filters.append((f"{labels.get(name, fmt.label)} ({patterns})", name))
        return filters

    def start(self) -> None:
        if self._worker is not None:
            return
        filters = self.file_filters()
        path, chosen = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import Timeline"),
            self._settings.last_folder,
            ";;".join(text for text, _ in filters),
        )
        if not path:
            return
        self._settings.last_folder = str(Path(path).parent)
        format_name = next((name for text, name in filters if text == chosen), None)
        self.run(Path(path), format_name)

    # --- importing ----------------------------------------------------------------------
    def run(
        self, path: Path, format_name: str | None, options: ImportOptions | None = None
    ) -> None:
        """Import ``path`` and show the import dialog (at once for small files)."""
        from ..extract.importers import ImportOptions

        chosen = options or ImportOptions()
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        if size < self.background_threshold:
            result, error = run_import(path, format_name, chosen)
            self._imported(path, format_name, chosen, result, error)
            return
        worker = ImportWorker(path, format_name, chosen, self)
        dialog = worker_progress(
            self._window,
            self.tr("Importing {name}…").format(name=path.name),
            self.tr("Importing"),
            self.tr("Cancel"),
        )
        dialog.canceled.connect(worker.cancel)
        worker.progressed.connect(dialog.setValue)
        worker.finished_import.connect(
            lambda result, error: self._on_worker_done(path, format_name, chosen, result, error)
        )
        self._worker = worker
        self._progress = dialog
        worker.start()

    def _on_worker_done(
        self,
        path: Path,
        format_name: str | None,
        options: ImportOptions,
        result: ImportResult | None,
        error: str,
    ) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self._imported(path, format_name, options, result, error)

    def _imported(
        self,
        path: Path,
        format_name: str | None,
        options: ImportOptions,
        result: ImportResult | None,
        error: str,
    ) -> None:
        if result is None:
            if error:
                QMessageBox.warning(
                    self._window,
                    self.tr("Cannot import"),
                    self.tr(
                        "{name} could not be imported; nothing was changed.\n\n{reason}"
                    ).format(name=path.name, reason=error),
                )
            return
        if self.dialog is not None:
            self.dialog.deleteLater()
        dialog = ImportDialog(path, format_name, options, result, self._window)
        dialog.reimport_requested.connect(self.run)
        dialog.open_requested.connect(lambda: self.open_unsaved(path, result))
        dialog.save_requested.connect(lambda: self.save(path, result))
        self.dialog = dialog
        dialog.open()

    # --- after the review ---------------------------------------------------------------
    def open_unsaved(self, source: Path, result: ImportResult) -> bool:
        """Show the import in the window without writing anything.

        It is loaded as a file is (checked, indexed), in a worker thread when it is big, so
        the window keeps answering. Returns False when it failed at once.
        """
        name = self.tr("{name} (imported, not saved)").format(name=source.name)
        if result.event_count < self.background_events:
            loaded, timeline = load_import(result, name)
            return self._show_unsaved(source, result, loaded, timeline)
        worker = UnsavedLoadWorker(result, name, self)
        dialog = worker_progress(
            self._window,
            self.tr("Opening the import of {name}…").format(name=source.name),
            self.tr("Opening"),
            None,
            maximum=0,
        )

        def done(loaded: LoadResult, timeline: Timeline | None) -> None:
            worker.wait()
            worker.deleteLater()
            dialog.reset()
            dialog.deleteLater()
            self._show_unsaved(source, result, loaded, timeline)

        worker.loaded.connect(done)
        worker.start()
        return True

    def _show_unsaved(
        self,
        source: Path,
        result: ImportResult,
        loaded: LoadResult,
        timeline: Timeline | None,
    ) -> bool:
        if timeline is None:  # an importer bug: the saved file would not open either
            _log.error("an import of %s does not load: %s", source, loaded.issues[:5])
            QMessageBox.critical(
                self._window,
                self.tr("Cannot open the import"),
                "\n".join(str(issue) for issue in loaded.issues[:10]),
            )
            return False
        self._controller.set_timeline(timeline)
        # Never saved: not "clean", so a close or another open asks before losing it (Qt's
        # way to mark a document changed other than by an undo command).
        self._controller.undo_stack.resetClean()
        self._window.setWindowTitle(
            self.tr("{title} — imported, not saved — timelineapp").format(title=result.header.title)
        )
        self.opened_unsaved.emit(str(source))
        return True

    def save(self, source: Path, result: ImportResult, target: Path | None = None) -> bool:
        """Ask where to save (next to the input by default), write, then open the saved file."""
        from ..extract.importers.writing import write_event_file

        if target is None:
            suggested = source.with_name(source.name.split(".", 1)[0] + ".timeline.json")
            chosen, _ = QFileDialog.getSaveFileName(
                self._window,
                self.tr("Save Imported Event File"),
                str(suggested),
                self.tr("Event files (*.timeline.json)"),
            )
            if not chosen:
                return False
            target = Path(chosen)
            if not target.name.endswith(".timeline.json"):
                target = target.with_name(target.name.removesuffix(".json") + ".timeline.json")
        try:
            write_event_file(result.pieces, target)
        except OSError as error:
            QMessageBox.warning(
                self._window,
                self.tr("Cannot save"),
                self.tr("{name} could not be written: {reason}").format(
                    name=target.name, reason=error.strerror or str(error)
                ),
            )
            return False
        self.saved.emit(str(target))
        self._open_path(str(target))
        return True


class ImportDialog(QDialog):
    """The import as it will be: first events, the column mapping, the conversion report."""

    reimport_requested = Signal(object, object, object)  # path, format name or None, options
    open_requested = Signal()
    save_requested = Signal()

    def __init__(
        self,
        path: Path,
        format_name: str | None,
        options: ImportOptions,
        result: ImportResult,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._format = format_name
        self._options = options
        self._result = result
        self.setWindowTitle(self.tr("Import {name}").format(name=path.name))
        self.resize(980, 640)
        report = result.report
        events = result.event_count
        layout = QVBoxLayout(self)
        self.summary = QLabel(
            self.tr("Read %n item(s) as {format}.", "", report.items_read).format(
                format=report.format
            )
            + " "
            + self.tr("%n event(s) will be imported.", "", events)
            + (
                " " + self.tr("%n item(s) left out (see Problems).", "", report.dropped_count)
                if report.dropped_count
                else ""
            )
        )
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.preview = self._preview_table()
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.problems = self._problems_table()
        count = len(report.entries) + len(report.tallies)
        self.tabs.addTab(self.problems, self.tr("Problems (%n)", "", count))
        layout.addWidget(self.tabs, 1)
        self.mapping_box: QGroupBox | None = None
        self.mapping_combos: dict[str, QComboBox] = {}
        if result.columns:
            self.mapping_box = self._mapping_editor()
            layout.addWidget(self.mapping_box)
        self.group_combo: QComboBox | None = None
        if report.format.startswith("TimelineJS"):
            layout.addLayout(self._group_choice())
        note = QLabel(
            self.tr(
                "Nothing is written until you choose. Imported events have no verified quotes: "
                "their sources are documents without text."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("&Open Without Saving"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button = buttons.addButton(
            self.tr("&Save As and Open…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button = buttons.addButton(
            self.tr("&Copy Report"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.copy_button.clicked.connect(self.on_copy_report_clicked)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.setEnabled(events > 0)
        self.save_button.setEnabled(events > 0)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # --- parts --------------------------------------------------------------------------
    def _table(self, headers: list[str], rows: list[list[str]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                # QTableWidgetItem shows plain text: an input's HTML is never rendered.
                item = QTableWidgetItem(text.replace("\n", " ⏎ "))
                item.setToolTip(text[:2000])
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.resizeColumnsToContents()
        for column in range(len(headers) - 1):
            table.setColumnWidth(column, min(table.columnWidth(column), 320))
        return table

    def _preview_table(self) -> QTableWidget:
        data = self._result.header
        actors = {actor.id: actor.name for actor in data.actors}
        documents = {document.id: document for document in data.documents}
        rows = []
        for event in self._result.head[:PREVIEW_ROWS]:
            sources = [documents[s.document] for s in event.sources if s.document in documents]
            rows.append(
                [
                    event.date or self.tr("(undated)"),
                    event.title,
                    ", ".join(actors.get(a.actor, a.actor) for a in event.actors),
                    event.place or "",
                    ", ".join(event.tags),
                    ", ".join(d.url or d.title for d in sources),
                    event.summary or "",
                ]
            )
        return self._table(
            [
                self.tr("Date"),
                self.tr("Title"),
                self.tr("Actors"),
                self.tr("Place"),
                self.tr("Tags"),
                self.tr("Sources"),
                self.tr("Summary"),
            ],
            rows,
        )

    def _problems_table(self) -> QTableWidget:
        report = self._result.report
        outcomes = {
            "dropped": self.tr("left out"),
            "changed": self.tr("changed"),
            "lost": self.tr("not kept"),
        }
        rows = [
            [_short(e.where), outcomes.get(str(e.outcome), str(e.outcome)), e.message]
            for e in report.entries
        ]
        if report.not_listed:
            rows.append(["", "", self.tr("… and %n more not listed", "", report.not_listed)])
        for (outcome, what), tally in report.tallies.items():
            rows.append(
                [
                    _short(tally.first),
                    outcomes.get(str(outcome), str(outcome)),
                    self.tr("{what}, %n time(s): {reason}", "", tally.count).format(
                        what=what, reason=tally.reason
                    ),
                ]
            )
        return self._table([self.tr("Where"), self.tr("What"), self.tr("Why")], rows)

    def _mapping_editor(self) -> QGroupBox:
        from ..extract.importers.tabular import FIELDS

        box = QGroupBox(self.tr("Columns (change one and re-import to see the result)"))
        outer = QHBoxLayout(box)
        forms = [QFormLayout(), QFormLayout(), QFormLayout()]
        labels = {
            "id": self.tr("Id"),
            "date": self.tr("Date"),
            "start": self.tr("Start"),
            "end": self.tr("End"),
            "title": self.tr("Title"),
            "summary": self.tr("Summary"),
            "actors": self.tr("Actors"),
            "place": self.tr("Place"),
            "url": self.tr("Source URL"),
            "source": self.tr("Source title"),
            "quote": self.tr("Quote"),
            "tags": self.tr("Tags"),
            "note": self.tr("Note"),
            "status": self.tr("Status"),
            "review": self.tr("Review"),
        }
        for i, name in enumerate(FIELDS):
            combo = QComboBox()
            # Long headers (or four actor columns) must not widen the dialog past the screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
            combo.addItem(_NO_COLUMN, "")
            for column in self._result.columns:
                combo.addItem(column, column)
            current = self._result.mapping.get(name, [])
            if len(current) > 1:  # several columns (ACLED's four actor columns): kept as one
                combo.insertItem(1, ", ".join(current), _DETECTED)
                combo.setCurrentIndex(1)
            elif current:
                combo.setCurrentIndex(max(0, combo.findData(current[0])))
            self.mapping_combos[name] = combo
            # The --map name too: what the same choice is on the command line.
            combo.setToolTip(self.tr("timelineapp import --map {field}=COLUMN").format(field=name))
            forms[i % 3].addRow(labels.get(name, name), combo)
        for form in forms:
            outer.addLayout(form)
        button = QPushButton(self.tr("&Re-import"))
        button.clicked.connect(self.on_reimport_clicked)
        outer.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        return box

    def _group_choice(self) -> QHBoxLayout:
        """TimelineJS groups: actors (who) or tags (themes); changing it imports again."""
        from ..extract.importers import GroupAs

        row = QHBoxLayout()
        label = QLabel(self.tr("TimelineJS groups become:"))
        combo = QComboBox()
        combo.addItem(self.tr("Actors"), GroupAs.ACTOR.value)
        combo.addItem(self.tr("Tags"), GroupAs.TAG.value)
        combo.setCurrentIndex(max(0, combo.findData(self._options.group_as.value)))
        combo.currentIndexChanged.connect(self.on_group_choice_changed)
        label.setBuddy(combo)
        row.addWidget(label)
        row.addWidget(combo)
        row.addStretch(1)
        self.group_combo = combo
        return row

    # --- slots --------------------------------------------------------------------------
    def on_group_choice_changed(self) -> None:
        from ..extract.importers import GroupAs

        assert self.group_combo is not None
        chosen = GroupAs(str(self.group_combo.currentData()))
        if chosen is not self._options.group_as:
            options = replace(self._options, group_as=chosen)
            self.reimport_requested.emit(self._path, self._format, options)
            self.accept()

    def changed_mapping(self) -> dict[str, str]:
        """The fields whose column the user changed (``--map`` overrides)."""
        changed: dict[str, str] = {}
        for name, combo in self.mapping_combos.items():
            chosen = str(combo.currentData() or "")
            current = self._result.mapping.get(name, [])
            if chosen != _DETECTED and chosen != (current[0] if current else ""):
                changed[name] = chosen
        return changed

    def on_reimport_clicked(self) -> None:
        mapping = {**self._options.mapping, **self.changed_mapping()}
        self.reimport_requested.emit(
            self._path, self._format, replace(self._options, mapping=mapping)
        )
        self.accept()

    def on_copy_report_clicked(self) -> None:
        """The whole report as text (the lines `timelineapp import` prints), to paste."""
        QGuiApplication.clipboard().setText("\n".join(self._result.report.lines()))

    def on_open_clicked(self) -> None:
        self.open_requested.emit()
        self.accept()

    def on_save_clicked(self) -> None:
        self.save_requested.emit()
        self.accept()
