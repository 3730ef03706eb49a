"""The import dialog: the first events as they will be imported, the column mapping (editable:
the import runs again), and the conversion report in the user's language."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..model.dates import DateError, cached_date
from ..model.untrusted_text import TEXT_LIMIT, elided, shown, visible
from .events_model import date_words, plain_tooltip
from .import_cell_view import CELL_LIMIT, CellTextDialog
from .import_report_words import (
    format_label,
    outcome_word,
    report_lines,
    report_message,
    tally_text,
    templates,
    where_text,
)
from .window_geometry import fit_dialog_to_screen

if TYPE_CHECKING:
    from ..extract.importers import ImportOptions, ImportResult, Where

PREVIEW_ROWS = 100


def _date_words(text: str) -> str:
    """An imported date in words ("il y a 13,8 milliards d’années"); as written when the
    reader refuses it (the importer checked it: only a bug lands here)."""
    try:
        return date_words(cached_date(text))
    except DateError:
        return text


_NO_COLUMN = "—"
_DETECTED = "\x00detected"  # the several columns a field was read from, left as they are


def _short(where: Where) -> str:
    """A place in the input without its folder: the dialog names the file already."""
    return where_text(replace(where, file=Path(where.file).name))


_WHOLE_TEXT = Qt.ItemDataRole.UserRole  # a cell's whole text, when the table shows it cut


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
        self.cell_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Import {name}").format(name=path.name))
        # Sized for a comfortable preview, never past the screen (with room for a title
        # bar, unknown until shown); showEvent fits the frame once it is known.
        available = self.screen().availableGeometry()
        title_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
        self.resize(min(980, available.width()), min(640, available.height() - title_bar))
        report = result.report
        events = result.event_count
        layout = QVBoxLayout(self)
        self.summary = QLabel(
            self.tr("Read %Ln item(s) as {format}.", "", report.items_read).format(
                format=format_label(report.format)
            )
            + " "
            + self.tr("%Ln event(s) will be imported.", "", events)
            + (
                " " + self.tr("%Ln item(s) left out (see Problems).", "", report.dropped_count)
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
        self.tabs.addTab(self.problems, self.tr("Problems (%Ln)", "", count))
        layout.addWidget(self.tabs, 1)
        self.mapping_box: QGroupBox | None = None
        self.mapping_combos: dict[str, QComboBox] = {}
        if result.columns:
            self.mapping_box = self._mapping_editor()
            layout.addWidget(self.mapping_box)
        self.group_combo: QComboBox | None = None
        if report.format.is_timelinejs:
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_dialog_to_screen(self)

    # --- parts --------------------------------------------------------------------------
    def _table(self, headers: list[str], rows: list[list[str]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                # QTableWidgetItem shows plain text: an input's HTML is never rendered, and
                # its control characters are drawn as symbols (␛), as everywhere else. One
                # line, cut short (QA #50: a 20 MB cell); the whole text a double-click away.
                line = elided(text, CELL_LIMIT + 1).replace("\n", " ⏎ ")
                item = QTableWidgetItem(shown(line, CELL_LIMIT))
                tip = visible(elided(text, TEXT_LIMIT))
                if len(text) > CELL_LIMIT:
                    item.setData(_WHOLE_TEXT, text)  # for a double-click on the cell
                    more = self.tr("Double-click to read all {count} characters.").format(
                        count=self.locale().toString(len(text))
                    )
                    tip = f"{more}\n\n{visible(elided(text, TEXT_LIMIT - len(more) - 2))}"
                item.setToolTip(plain_tooltip(tip))  # never rich text
                table.setItem(r, c, item)
        table.cellDoubleClicked.connect(
            lambda row, column, table=table, headers=headers: self.on_cell_double_clicked(
                table, headers, row, column
            )
        )
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
        shown = self._result.head[:PREVIEW_ROWS]
        for event in shown:
            sources = [documents[s.document] for s in event.sources if s.document in documents]
            rows.append(
                [
                    _date_words(event.date) if event.date else self.tr("(undated)"),
                    event.title,
                    ", ".join(actors.get(a.actor, a.actor) for a in event.actors),
                    event.place or "",
                    ", ".join(event.tags),
                    ", ".join(d.url or d.title for d in sources),
                    event.summary or "",
                ]
            )
        table = self._table(
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
        # The dates in words, as everywhere in the window; the EDTF as written in the tooltip.
        for row, event in enumerate(shown):
            item = table.item(row, 0)
            if event.date and item is not None:
                item.setToolTip(plain_tooltip(event.date))
        return table

    def _problems_table(self) -> QTableWidget:
        """Every located problem, then each repeated loss on one row, in the user's language."""
        report = self._result.report
        words = templates()
        rows = [
            [_short(e.where), outcome_word(e.outcome), report_message(e.code, e.args, words)]
            for e in report.entries
        ]
        if report.not_listed:
            rows.append(["", "", self.tr("… and %Ln more not listed", "", report.not_listed)])
        for tally in report.tallies.values():
            rows.append(
                [_short(tally.first), outcome_word(tally.outcome), tally_text(tally, words)]
            )
        return self._table([self.tr("Where"), self.tr("What"), self.tr("Why")], rows)

    def _mapping_editor(self) -> QGroupBox:
        from ..extract.importers.table_mapping import FIELDS

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
                combo.addItem(shown(column), column)
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

    def on_cell_double_clicked(
        self, table: QTableWidget, headers: list[str], row: int, column: int
    ) -> None:
        """A cell cut short in the table: its whole text in a window of its own."""
        item = table.item(row, column)
        text = item.data(_WHOLE_TEXT) if item is not None else None
        if not isinstance(text, str):
            return
        title = self.tr("{column}, row {row}").format(column=headers[column], row=row + 1)
        dialog = CellTextDialog(title, text, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.cell_dialog = dialog
        dialog.open()

    def on_copy_report_clicked(self) -> None:
        """The whole report as text (the lines `timelineapp import` prints, in the window's
        language), to paste."""
        QGuiApplication.clipboard().setText("\n".join(report_lines(self._result.report)))

    def on_open_clicked(self) -> None:
        self.open_requested.emit()
        self.accept()

    def on_save_clicked(self) -> None:
        self.save_requested.emit()
        self.accept()
