"""File > Export Data…: the events the filter shows, as CSV, TimelineJS, Timesketch or iCalendar.

The same exporters as ``timelineapp export OUT.csv|.json|.jsonl|.ics``; the active filter
applies, as for image export. The file is written atomically (the one atomic writer); what
the format could not carry is shown afterwards, located by event, and so are the file's
provenance problems and date-phrase warnings, which the data marks none of (in the command
line's words).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ..model.atomic_write import atomic_write
from .controller import TimelineController
from .dialog_folders import start_folder
from .settings import Settings

_log = logging.getLogger(__name__)

# What the format could not carry, shown in the message itself up to this many lines.
_SHOWN_LOSSES = 8


class DataExportFlow(QObject):
    exported = Signal(str)  # the file written

    def __init__(self, window: QWidget, controller: TimelineController, settings: Settings) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._settings = settings
        self.last_report: list[str] = []
        self.last_notice = ""  # the last export's provenance notice, if any
        self.last_box: QMessageBox | None = None

    def filters(self) -> list[tuple[str, str]]:
        """(file dialog filter, format name), in the dialog's order."""
        return [
            (self.tr("CSV table (*.csv)"), "csv"),
            (self.tr("TimelineJS JSON (*.json)"), "timelinejs"),
            (self.tr("Timesketch JSONL (*.jsonl)"), "timesketch"),
            (self.tr("iCalendar (*.ics)"), "ics"),
        ]

    def start(self) -> None:
        timeline = self._controller.timeline
        if timeline is None:
            return
        from ..extract.exporters import format_for_path

        filters = self.filters()
        # The last export's folder, else the event file's: where a report's files go.
        folder = start_folder(self._settings.export.folder, event_file=self._controller.path)
        suggested = folder / (Path(timeline.loaded.name).name.split(".", 1)[0] + ".csv")
        from .save_dialog import ask_save_path

        def chosen(path: Path, selected: str) -> str | None:
            # A name typed with a format's own suffix ("x.ics") is that format, whatever
            # filter the list shows (QA #148 wrote "x.ics.csv", a CSV file), as on the
            # command line; else the filter chosen.
            return format_for_path(path) or next((n for t, n in filters if t == selected), None)

        def complete(path: Path, selected: str) -> Path:
            return _completed(path, chosen(path, selected))

        asked = ask_save_path(
            self._window,
            self.tr("Export Data"),
            str(suggested),
            ";;".join(text for text, _ in filters),
            complete,
        )
        if asked is None:
            return
        target, selected = asked
        self.export(target, chosen(target, selected))

    def export(self, target: Path, format_name: str | None) -> bool:
        """Write the shown events to ``target``; the format from the choice or the name."""
        from ..extract.exporters import Selection, export_data, format_for_path

        timeline = self._controller.timeline
        if timeline is None:
            return False
        chosen = format_name or format_for_path(target) or "csv"
        target = _completed(target, chosen)
        events = timeline.events
        shown = [int(i) for i in self._controller.mask.nonzero()[0]]
        # What is lost is located in the event file it is lost from, as the command line
        # says it (QA #109f: "first at gui.csv: events[0]" named the output).
        source = self._controller.path
        where = source.name if source is not None else timeline.loaded.data.title
        selection = Selection(timeline.loaded.data, [(i, events[i]) for i in shown], where)
        try:
            text, report = export_data(selection, chosen, target.name)
            atomic_write(target, text)
        except OSError as error:
            from .read_problem_words import os_error_words

            _log.info("data export to %s not written: %s", target, error)
            QMessageBox.warning(
                self._window,
                self.tr("Cannot export"),
                self.tr("{name} could not be written: {reason}").format(
                    name=target.name, reason=os_error_words(error)
                ),
            )
            return False
        except Exception as error:  # a bug: logged with its traceback, told in one sentence
            _log.exception("data export to %s failed", target)
            QMessageBox.warning(
                self._window,
                self.tr("Cannot export"),
                self.tr("The export failed: {reason}").format(reason=f"{error}"),
            )
            return False
        self._settings.export.folder = str(target.parent)
        from .import_report_words import report_lines

        self.last_report = report_lines(report, summary=False)
        written = report.kept.get("events", 0) + report.kept.get("eras", 0)
        box = QMessageBox(self._window)
        box.setWindowTitle(self.tr("Data exported"))
        # Plain text: the losses quote the file's ids and titles.
        box.setTextFormat(Qt.TextFormat.PlainText)
        text = self.tr("%Ln event(s) written to {name}.", "", written).format(name=target.name)
        self.last_notice = self._problems_notice(where)
        if self.last_notice:
            # Under what was written, in the command line's words: a CSV, TimelineJS,
            # Timesketch or iCalendar file marks no flagged quote nor date phrase (an
            # image's footer lists them), and the window's export said nothing of them.
            text += "\n\n" + self.last_notice
        if self.last_report:
            # Said where it is read, not behind "Show Details…" (QA #148); a long list is
            # cut, and whole in the details.
            lines = [f"• {line}" for line in self.last_report[:_SHOWN_LOSSES]]
            more = len(self.last_report) - len(lines)
            if more > 0:
                lines.append(self.tr("… and %Ln more (Show Details…)", "", more))
                box.setDetailedText("\n".join(self.last_report))
            text += "\n\n" + self.tr("Not everything could be carried over:")
            text += "\n" + "\n".join(lines)
        box.setText(text)
        box.open()
        self.last_box = box  # for tests
        self.exported.emit(str(target))
        return True

    def _problems_notice(self, file: str) -> str:
        """What the open file's provenance problems and date-phrase warnings are, said as
        the command line's data export says it; empty without any."""
        timeline = self._controller.timeline
        if timeline is None:
            return ""
        problems = len(timeline.provenance.problems)
        from .phrase_warnings import listed_warnings

        phrases = listed_warnings(self._window, self._controller)
        if not problems and not phrases:
            return ""
        from .export_command_words import ExportCommandWords

        words = ExportCommandWords()
        return words.data_problems_notice(file, words.file_problems(problems, phrases))


def _completed(target: Path, format_name: str | None) -> Path:
    """``target`` ending with its format's suffix (the format chosen, else the name's)."""
    from ..extract.exporters import FORMATS, format_for_path
    from .save_dialog import with_suffix

    chosen = format_name or format_for_path(target) or "csv"
    return with_suffix(FORMATS[chosen].suffix)(target, "")
