"""The export dialog and flow, and an export of the window's view matching the window."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from timelineapp.model.calendar import to_seconds
from timelineapp.model.timeline import Timeline
from timelineapp.render.export import (
    ExportExtent,
    ExportFormat,
    ExportOptions,
    export_font,
    render_export,
)
from timelineapp.render.export_options import ExportSubject
from timelineapp.render.theme import theme
from timelineapp.ui import export_dialog
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.export_dialog import ExportDialog, ExportSource
from timelineapp.ui.export_flow import ExportFlow
from timelineapp.ui.settings import ExportSettings, Settings
from timelineapp.ui.timeline_widget import TimelineWidget

BARE = ExportOptions(
    include_title=False, include_legend=False, include_footer=False, include_filter=False
)


class Window(QWidget):
    """Stands in for the main window: the flow only needs its ``timeline`` view."""

    def __init__(self, controller: TimelineController) -> None:
        super().__init__()
        self.timeline = TimelineWidget(controller)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.timeline)


@pytest.fixture
def window(qtbot: QtBot, niger_timeline: Timeline) -> Window:
    controller = TimelineController()
    window = Window(controller)
    qtbot.addWidget(window)
    window.resize(1000, 420)
    window.show()
    qtbot.waitExposed(window)
    controller.set_timeline(niger_timeline)
    window.controller = controller  # type: ignore[attr-defined]
    return window


def controller_of(window: Window) -> TimelineController:
    found = window.controller  # type: ignore[attr-defined]
    assert isinstance(found, TimelineController)
    return found


def source_of(window: Window) -> ExportSource:
    flow = ExportFlow(controller_of(window), window, Settings())
    found = flow.source()
    assert found is not None
    return found


# --- the export matches the window -------------------------------------------------------------


def test_an_export_of_the_view_has_the_same_marks_in_the_same_places(
    window: Window, niger_timeline: Timeline
) -> None:
    view = window.timeline
    view.setFont(export_font())  # the widget draws with the bundled font too
    view.show_range(to_seconds(2024, 4, 1), to_seconds(2024, 10, 1))
    view.clearFocus()  # no focus frame in the grab
    grab = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    width, height = view.width(), view.height()
    controller = controller_of(window)
    result = render_export(
        ExportSubject(niger_timeline, controller.mask, controller.cumulative, ""),
        view.timemap,
        replace(BARE, width=width, height=height),
    )
    exported = QImage.fromData(result.data).convertToFormat(QImage.Format.Format_RGB32)
    assert (exported.width(), exported.height()) == (grab.width(), grab.height())
    axis_top = view.scene.axis_top
    marks = [m for m in view.scene.marks if 0 <= (m.x0 + m.x1) / 2 < width]
    assert len(marks) >= 5
    background = QColor(theme("light").background)
    for mark in marks:
        # The mark's own pixels (its centre row, across its footprint) are where they are on
        # screen: same colours in the export as in the window.
        y = round(view.scene.lane_y(mark.lane) + view.scene.geometry.lane_height / 2)
        x = round((mark.x0 + mark.x1) / 2)
        assert grab.pixelColor(x, y) != background
        assert exported.pixelColor(x, y) == grab.pixelColor(x, y)
    # And over the whole marks area, column by column, the pictures agree.
    differing = sum(
        grab.pixelColor(x, y) != exported.pixelColor(x, y)
        for x in range(0, width, 3)
        for y in range(0, int(axis_top), 3)
    )
    assert differing / ((width // 3) * (axis_top // 3)) < 0.01


# --- the dialog --------------------------------------------------------------------------------


def test_dialog_restores_settings_and_previews(
    qtbot: QtBot, window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_dialog, "_PREVIEW_DELAY_MS", 15)  # previews come, not when
    settings = ExportSettings(format="svg", extent="all", width=1200, height=700, theme="dark")
    dialog = ExportDialog(source_of(window), settings, window)
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert options.format is ExportFormat.SVG
    assert options.extent is ExportExtent.ALL
    assert (options.width, options.height) == (1200, 700)
    assert not dialog.scale_box.isEnabled()
    qtbot.waitUntil(lambda: dialog.preview_image is not None, timeout=3000)
    first = dialog.preview_image
    assert first is not None
    assert first.width() <= 520
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("light"))
    qtbot.waitUntil(lambda: dialog.preview_image is not first, timeout=3000)
    assert dialog.preview_image != first


def test_dialog_reports_an_impossible_size_and_disables_export(
    qtbot: QtBot, window: Window
) -> None:
    dialog = ExportDialog(source_of(window), ExportSettings(), window)
    qtbot.addWidget(dialog)
    dialog.width_box.setValue(300)
    dialog.height_box.setValue(200)  # too short for title, legend and footer
    dialog.refresh_preview()
    assert "at least" in dialog.error
    assert not dialog.export_button.isEnabled()
    dialog.include_legend.setChecked(False)
    dialog.include_footer.setChecked(False)
    dialog.include_title.setChecked(False)
    dialog.refresh_preview()
    assert dialog.error == ""
    assert dialog.export_button.isEnabled()


def test_dialog_view_size_and_extents(qtbot: QtBot, window: Window) -> None:
    controller_of(window).select(3)
    dialog = ExportDialog(source_of(window), ExportSettings(extent="selection"), window)
    qtbot.addWidget(dialog)
    dialog.on_view_size()
    assert dialog.width_box.value() == window.timeline.width()
    selection = dialog.view()
    assert isinstance(selection, tuple)
    assert selection[0] < to_seconds(2024, 5, 19) < selection[1]
    dialog.extent_box.setCurrentIndex(dialog.extent_box.findData("visible"))
    assert dialog.view() == window.timeline.timemap
    stored = ExportSettings()
    dialog.scale_box.setCurrentIndex(dialog.scale_box.findData(2))
    dialog.store(stored)
    assert stored.extent == "visible"
    assert stored.scale == 2.0


# --- the flow ----------------------------------------------------------------------------------


def test_flow_exports_remembers_and_offers_open(
    qtbot: QtBot, window: Window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings()
    settings.export.width, settings.export.height = 900, 600
    flow = ExportFlow(controller_of(window), window, settings)
    chosen = tmp_path / "picture"  # no extension: the flow adds it
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), ""))
    )
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))

    def click_open(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == "Open").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_open)
    with qtbot.waitSignal(flow.export_written) as written:
        flow.start()
    target = tmp_path / "picture.png"
    assert written.args == [str(target)]
    assert QImage(str(target)).width() == 900
    assert settings.export.folder == str(tmp_path)
    assert opened == [QUrl.fromLocalFile(str(target))]


def test_cancelling_keeps_the_existing_file(
    window: Window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "old.png"
    target.write_bytes(b"precious")
    flow = ExportFlow(controller_of(window), window, Settings())
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    assert not flow.export(ExportOptions(width=600), window.timeline.timemap, target)
    assert target.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir()] == ["old.png"]


def test_a_failing_export_says_why(
    window: Window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    flow = ExportFlow(controller_of(window), window, Settings())
    missing = tmp_path / "gone" / "x.png"
    assert not flow.export(ExportOptions(width=600), window.timeline.timemap, missing)
    assert shown
    assert not missing.exists()


def test_show_in_folder_opens_the_folder(
    window: Window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))

    def click_show(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == "Show in Folder").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_show)
    flow = ExportFlow(controller_of(window), window, Settings())
    flow.show_done(tmp_path / "x.png")
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_without_a_file_the_flow_only_informs(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    informed: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda *args: informed.append(args[2]))
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    ExportFlow(TimelineController(), parent, Settings()).start()
    assert informed


def test_the_dialog_exports_compressed_when_the_window_is(window: Window) -> None:
    window.timeline.set_compressed(True)
    source = source_of(window)
    assert source.compressed
    dialog = ExportDialog(source, ExportSettings(), window)
    assert dialog.compress_box.isChecked()
    assert dialog.options().compress
    # The visible window handed to the export is in real time, whatever the compression.
    assert source.visible is not None
    assert source.visible.start < to_seconds(2012, 6, 1)
