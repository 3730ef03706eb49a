"""The format a report read or wrote, worded from the importers' code, not their English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from timelineapp.extract.importers.report import ReportFormat
from timelineapp.render.export_text import export_language
from timelineapp.ui.import_report_words import format_label

NAMED = [code for code in ReportFormat if code is not ReportFormat.NONE]


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("code", NAMED)
def test_an_english_window_names_each_format_as_the_command_line(code: ReportFormat) -> None:
    assert code.english
    assert format_label(code) == code.english


def test_a_french_window_words_a_format_from_its_code(qapp: QCoreApplication) -> None:
    with export_language("fr"):
        assert format_label(ReportFormat.TIMELINEJS_SHEET) != "TimelineJS spreadsheet (CSV)"
