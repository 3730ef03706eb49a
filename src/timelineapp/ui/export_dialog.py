"""The Export Image dialog: options on the right, a live scaled-down preview on the left.

The dialog only gathers options; it renders nothing but the preview, which is the export's
own layout drawn small, so what is previewed is what will be written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..model.timeline import Timeline
from ..render.export import (
    MAX_SIZE,
    MIN_SIZE,
    ExportError,
    ExportExtent,
    ExportFormat,
    ExportOptions,
    ExportSubject,
    Orientation,
    PageSize,
    View,
    event_range,
    render_preview,
    timeline_range,
)
from ..render.export_options import ExportedFile, PhraseWarning
from ..render.theme import ThemeName
from ..render.timemap import TimeMap
from .settings import ExportSettings

_PREVIEW_DELAY_MS = 150  # typing a width must not re-render on every digit
_PREVIEW_BOX = QSize(520, 360)


@dataclass(frozen=True)
class ExportSource:
    """What is being exported: the file, the filter, and the window's current view."""

    timeline: Timeline
    mask: npt.NDArray[np.bool_]
    cumulative: npt.NDArray[np.int64]
    filter_description: str
    visible: TimeMap | None  # the timeline widget's window, if there is one
    view_size: QSize  # the timeline widget's size in px
    selection: int | None
    compressed: bool = False  # the window draws long empty stretches as breaks
    # The filter in words in another language ("en", "fr"), for an export in that language.
    describe_filter: Callable[[str], str] | None = None
    # The date phrases that cannot mean their date or say no date (the Provenance pane's).
    phrase_warnings: Sequence[PhraseWarning] = ()
    # The file the footer names (None: as read); its hash only when nothing is unsaved.
    file: ExportedFile | None = None

    def subject(self, language: str = "") -> ExportSubject:
        """What is exported, the filter said in ``language`` ("": as the window says it)."""
        description = self.filter_description
        if language and self.describe_filter is not None:
            description = self.describe_filter(language)
        return ExportSubject(
            self.timeline,
            self.mask,
            self.cumulative,
            description,
            phrase_warnings=self.phrase_warnings,
            file=self.file,
        )


class ExportDialog(QDialog):
    """Export options with a preview; read the result with :meth:`options` and :meth:`view`."""

    def __init__(
        self, source: ExportSource, settings: ExportSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._preview_image: QImage | None = None
        self._error = ""
        self.setWindowTitle(self.tr("Export Image"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.on_preview_due)
        self._build()
        self._restore(settings)
        self._connect()
        self._update_enabled()
        self.schedule_preview()

    # --- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.preview = QLabel()
        self.preview.setMinimumSize(_PREVIEW_BOX)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.format_box = QComboBox()
        for fmt, text in (
            (ExportFormat.PNG, self.tr("PNG image")),
            (ExportFormat.SVG, self.tr("SVG drawing")),
            (ExportFormat.PDF, self.tr("PDF document")),
        ):
            self.format_box.addItem(text, fmt.value)
        self.extent_box = QComboBox()
        for extent, text in (
            (ExportExtent.VISIBLE, self.tr("Visible window")),
            (ExportExtent.ALL, self.tr("Whole timeline")),
            (ExportExtent.SELECTION, self.tr("Selected event’s span")),
        ):
            self.extent_box.addItem(text, extent.value)
        self._set_item_enabled(self.extent_box, 0, self._source.visible is not None)
        self._set_item_enabled(self.extent_box, 2, self._selection_range() is not None)
        self.width_box = self._size_box()
        self.height_box = self._size_box()
        self.view_size_button = QPushButton(self.tr("View Size"))
        self.view_size_button.setToolTip(self.tr("Use the size of the timeline on screen"))
        size_row = QHBoxLayout()
        size_row.addWidget(self.width_box)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.height_box)
        size_row.addWidget(self.view_size_button)
        self.scale_box = QComboBox()
        for scale in (1, 2, 3):
            self.scale_box.addItem(f"{scale}×", scale)
        self.scale_box.setToolTip(
            self.tr(
                "Pixels per point: 2× makes a sharp image for high-resolution screens and print"
            )
        )
        self.page_box = QComboBox()
        for size in PageSize:
            self.page_box.addItem(size.value, size.value)
        self.orientation_box = QComboBox()
        self.orientation_box.addItem(self.tr("Landscape"), Orientation.LANDSCAPE.value)
        self.orientation_box.addItem(self.tr("Portrait"), Orientation.PORTRAIT.value)
        self.theme_box = QComboBox()
        for name, text in (
            (ThemeName.LIGHT, self.tr("Light")),
            (ThemeName.DARK, self.tr("Dark")),
            (ThemeName.PRINT, self.tr("Print")),
        ):
            self.theme_box.addItem(text, name.value)
        self.transparent_box = QCheckBox(self.tr("Transparent background"))
        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("As the window"), "")
        # Each language named in itself: whoever reads the report recognises theirs.
        self.language_box.addItem("English", "en")
        self.language_box.addItem("Français", "fr")
        self.language_box.setToolTip(
            self.tr("The language of the title block, legend, axis and footer")
        )
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self._source.timeline.title)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_box)
        form.addRow(self.tr("&Extent:"), self.extent_box)
        # A row holding a layout gets no buddy: give the label one so "&" is a mnemonic.
        size_label = QLabel(self.tr("&Size (px):"))
        size_label.setBuddy(self.width_box)
        form.addRow(size_label, size_row)
        form.addRow(self.tr("S&cale:"), self.scale_box)
        form.addRow(self.tr("&Page:"), self.page_box)
        form.addRow(self.tr("&Orientation:"), self.orientation_box)
        form.addRow(self.tr("&Theme:"), self.theme_box)
        form.addRow("", self.transparent_box)
        form.addRow(self.tr("T&itle:"), self.title_edit)
        form.addRow(self.tr("&Language:"), self.language_box)
        self.include_title = QCheckBox(self.tr("Title"))
        self.include_legend = QCheckBox(self.tr("Legend"))
        self.include_axis = QCheckBox(self.tr("Date axis"))
        self.include_filter = QCheckBox(self.tr("Filter in words"))
        self.include_footer = QCheckBox(self.tr("Footer with sources"))
        self.compress_box = QCheckBox(self.tr("Compress empty stretches"))
        self.compress_box.setToolTip(
            self.tr("Draw long stretches without events as labelled axis breaks")
        )
        include = QGroupBox(self.tr("Include"))
        include_layout = QVBoxLayout(include)
        for box in self._include_boxes():
            include_layout.addWidget(box)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote file text
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(include)
        side.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.preview, 1)
        left.addWidget(self.status)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.buttons)

    def _size_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(MIN_SIZE, MAX_SIZE)
        box.setSingleStep(100)
        box.setAccelerated(True)
        return box

    def _include_boxes(self) -> tuple[QCheckBox, ...]:
        return (
            self.include_title,
            self.include_legend,
            self.include_axis,
            self.include_filter,
            self.include_footer,
            self.compress_box,
        )

    @staticmethod
    def _set_item_enabled(box: QComboBox, row: int, enabled: bool) -> None:
        # A combo box's own model is a QStandardItemModel: its items can be greyed out.
        model = box.model()
        if isinstance(model, QStandardItemModel):
            item = model.item(row)
            if item is not None:
                item.setEnabled(enabled)

    def _connect(self) -> None:
        for combo in (
            self.format_box,
            self.extent_box,
            self.scale_box,
            self.page_box,
            self.orientation_box,
            self.theme_box,
            self.language_box,
        ):
            combo.currentIndexChanged.connect(self.on_option_changed)
        for spin in (self.width_box, self.height_box):
            spin.valueChanged.connect(self.on_option_changed)
        for box in (*self._include_boxes(), self.transparent_box):
            box.toggled.connect(self.on_option_changed)
        self.title_edit.textChanged.connect(self.on_option_changed)
        self.view_size_button.clicked.connect(self.on_view_size)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # --- settings -----------------------------------------------------------------------
    def _restore(self, settings: ExportSettings) -> None:
        self._select(self.format_box, settings.format)
        extent = settings.extent
        if extent == ExportExtent.SELECTION and self._selection_range() is None:
            extent = ExportExtent.VISIBLE.value
        if extent == ExportExtent.VISIBLE and self._source.visible is None:
            extent = ExportExtent.ALL.value
        self._select(self.extent_box, extent)
        self.width_box.setValue(settings.width)
        self.height_box.setValue(settings.height)
        self._select(self.scale_box, round(settings.scale))
        self._select(self.theme_box, settings.theme)
        self._select(self.language_box, settings.language)
        self.transparent_box.setChecked(settings.transparent)
        self.include_title.setChecked(settings.title)
        self.include_legend.setChecked(settings.legend)
        self.include_axis.setChecked(settings.axis)
        self.include_filter.setChecked(settings.filter_text)
        self.include_footer.setChecked(settings.footer)
        # As the window shows it: what you see is what you export.
        self.compress_box.setChecked(self._source.compressed)

    @staticmethod
    def _select(box: QComboBox, value: object) -> None:
        row = box.findData(value)
        if row >= 0:
            box.setCurrentIndex(row)

    def store(self, settings: ExportSettings) -> None:
        """Remember the chosen options for next time."""
        options = self.options()
        settings.format = options.format.value
        settings.extent = options.extent.value
        settings.width = options.width
        settings.height = options.height or settings.height
        settings.scale = float(options.scale)
        settings.theme = options.theme.value
        settings.language = options.language
        settings.transparent = self.transparent_box.isChecked()
        settings.title = options.include_title
        settings.legend = options.include_legend
        settings.axis = options.include_axis
        settings.filter_text = options.include_filter
        settings.footer = options.include_footer

    # --- results ------------------------------------------------------------------------
    def options(self, export_date: str = "") -> ExportOptions:
        fmt = ExportFormat(self.format_box.currentData())
        return ExportOptions(
            format=fmt,
            extent=ExportExtent(self.extent_box.currentData()),
            width=self.width_box.value(),
            height=self.height_box.value(),
            # Only a raster image has device pixels; vector output keeps its logical size.
            scale=int(self.scale_box.currentData()) if fmt is ExportFormat.PNG else 1,
            page_size=PageSize(self.page_box.currentData()),
            orientation=Orientation(self.orientation_box.currentData()),
            theme=ThemeName(self.theme_box.currentData()),
            transparent=self.transparent_box.isChecked() and fmt is ExportFormat.PNG,
            include_title=self.include_title.isChecked(),
            include_legend=self.include_legend.isChecked(),
            include_axis=self.include_axis.isChecked(),
            include_filter=self.include_filter.isChecked(),
            include_footer=self.include_footer.isChecked(),
            compress=self.compress_box.isChecked(),
            title=self.title_edit.text().strip() or None,
            export_date=export_date,
            language=str(self.language_box.currentData()),
        )

    def view(self) -> View:
        """The chosen extent as the exporter takes it: a time map or a range."""
        extent = ExportExtent(self.extent_box.currentData())
        if extent is ExportExtent.VISIBLE and self._source.visible is not None:
            return self._source.visible
        if extent is ExportExtent.SELECTION:
            found = self._selection_range()
            if found is not None:
                return found
        return timeline_range(self._source.timeline, self._source.mask)

    def _selection_range(self) -> tuple[float, float] | None:
        selection = self._source.selection
        return None if selection is None else event_range(self._source.timeline, selection)

    @property
    def preview_image(self) -> QImage | None:
        """The last preview rendered (None before the first, or after an error)."""
        return self._preview_image

    @property
    def error(self) -> str:
        """Why the current options cannot be exported ("" when they can)."""
        return self._error

    # --- slots --------------------------------------------------------------------------
    def on_option_changed(self) -> None:
        self._update_enabled()
        self.schedule_preview()

    def on_view_size(self) -> None:
        size = self._source.view_size
        self.width_box.setValue(max(MIN_SIZE, size.width()))
        self.height_box.setValue(max(MIN_SIZE, size.height()))

    def schedule_preview(self) -> None:
        self._timer.start()

    def on_preview_due(self) -> None:
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """Render the preview now (the debounce timer calls this)."""
        self._timer.stop()
        source = self._source
        try:
            options = self.options()
            image = render_preview(
                source.subject(options.language), self.view(), options, _PREVIEW_BOX
            )
        except ExportError as error:
            self._preview_image = None
            self._error = str(error)
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No preview"))
            self.status.setText(self._error)
            self.export_button.setEnabled(False)
            return
        self._preview_image = image
        self._error = ""
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.status.setText(self._describe_output())
        self.export_button.setEnabled(True)

    def _describe_output(self) -> str:
        options = self.options()
        if options.format is ExportFormat.PDF:
            return self.tr("One {page} page, {orientation}").format(
                page=options.page_size.value, orientation=self.orientation_box.currentText()
            )
        scale = options.scale if options.format is ExportFormat.PNG else 1
        return self.tr("{width} × {height} px").format(
            width=options.width * scale, height=(options.height or 0) * scale
        )

    def _update_enabled(self) -> None:
        fmt = ExportFormat(self.format_box.currentData())
        pdf = fmt is ExportFormat.PDF
        self.page_box.setEnabled(pdf)
        self.orientation_box.setEnabled(pdf)
        self.scale_box.setEnabled(fmt is ExportFormat.PNG)
        self.transparent_box.setEnabled(fmt is ExportFormat.PNG)


__all__ = ["ExportDialog", "ExportSource"]
