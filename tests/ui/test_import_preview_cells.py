"""A huge cell in the Import preview (QA #50: a 20 MB field): the table shows one short line
of it, the tooltip a page, and a double-click the whole cell in its own window (Copy All)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from timelineapp.extract.importers import ImportOptions, import_file
from timelineapp.ui.import_cell_view import CELL_LIMIT, VIEW_LIMIT, CellTextDialog
from timelineapp.ui.import_dialog import ImportDialog

HUGE = 2_000_000


def test_a_huge_cell_is_one_short_line_and_whole_a_double_click_away(
    qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "huge.csv"
    text = "début " + "X" * HUGE + " fin"
    source.write_text(f"date,title,summary\n2024-01-01,Titre,{text}\n", encoding="utf-8")
    result = import_file(source, None, ImportOptions())
    dialog = ImportDialog(source, None, ImportOptions(), result)
    qtbot.addWidget(dialog)
    table = dialog.preview
    summary = next(
        c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == "Summary"
    )
    item = table.item(0, summary)
    assert item is not None
    assert item.text().startswith("début XXX")
    assert len(item.text()) <= CELL_LIMIT
    assert item.text().endswith("…")
    assert len(item.toolTip()) < 10_000
    assert "Double-click" in item.toolTip()
    short = table.item(0, 1)
    assert short is not None
    assert short.text() == "Titre"
    assert "Double-click" not in short.toolTip()
    table.cellDoubleClicked.emit(0, 1)  # a short cell: nothing more to read
    assert dialog.cell_dialog is None
    table.cellDoubleClicked.emit(0, summary)
    shown = dialog.cell_dialog
    assert isinstance(shown, CellTextDialog)
    assert shown.view.toPlainText() == text[:VIEW_LIMIT]
    assert shown.note.isVisibleTo(shown)
    shown.on_copy_clicked()
    assert QGuiApplication.clipboard().text() == text
    shown.close()
