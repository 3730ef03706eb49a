"""What ``timelineapp export`` prints when it has written a file, in the language of
``--lang`` (English plurals without it), through Qt's translations like the build and import
commands' words (QA #74)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..render.date_word_parts import fill

if TYPE_CHECKING:
    from ..model.issues import Issue

DATELESS_CODE = "date_phrase_says_no_date"  # a date phrase that says no date at all


class ExportCommandWords(QObject):
    """The summary line: ``wrote out.png (1024 × 700 px, 1 event)``; a PDF gives its paper,
    which is what its pages are, not pixels (``wrote out.pdf (A4 landscape, 2 pages, …)``)."""

    def summary(
        self,
        output: str,
        *,
        events: int,
        pages: int,
        flagged: int,
        pixels: tuple[int, int] | None = None,
        paper: tuple[str, bool] | None = None,
    ) -> str:
        """``pixels`` (width, height) for a picture, ``paper`` (size name, landscape) for a
        PDF."""
        parts: list[str] = []
        if paper is not None:
            name, landscape = paper
            size = self.tr("%1 landscape") if landscape else self.tr("%1 portrait")
            parts.append(size.replace("%1", name))
        elif pixels is not None:
            parts.append(fill(self.tr("%1 × %2 px"), str(pixels[0]), str(pixels[1])))
        if pages > 1:
            parts.append(self.tr("%Ln page(s)", "", pages))
        parts.append(self.tr("%Ln event(s)", "", events))
        if flagged:
            parts.append(self.tr("%Ln flagged", "events whose quotes no longer match", flagged))
        return fill(self.tr("wrote %1 (%2)"), output, self.tr(", ", "list separator").join(parts))

    def notice(self, program: str, notice: str) -> str:
        """A notice of the export (e.g. nothing matched), the file being written all the same."""
        text = self.tr("%1: notice: %2; the image was written all the same")
        return fill(text, program, notice)  # a notice may hold "%1"

    def problems(self, problems: int, disagreeing: int, dateless: int) -> str:
        """ "2 provenance problems and 1 date phrase that says no date": each kind of
        date-phrase warning under its own words, as the window counts them."""
        parts = []
        if problems:
            parts.append(self.tr("%Ln provenance problem(s)", "", problems))
        if disagreeing:
            parts.append(
                self.tr("%Ln date phrase(s) that do not match their date", "", disagreeing)
            )
        if dateless:
            parts.append(self.tr("%Ln date phrase(s) that say no date", "", dateless))
        if len(parts) < 2:
            return "".join(parts)
        return fill(
            self.tr("%1 and %2", "the last two of a list"), ", ".join(parts[:-1]), parts[-1]
        )

    def file_problems(self, problems: int, phrases: Iterable[tuple[int, Issue]]) -> str:
        """:meth:`problems` of a file's provenance problems (their number) and its date-phrase
        warnings (``validate``'s, by event): those that say no date apart from those that
        do not match their date."""
        codes = [issue.code for _, issue in phrases]
        dateless = codes.count(DATELESS_CODE)
        return self.problems(problems, len(codes) - dateless, dateless)

    def problems_warning(self, program: str, file: str, counted: str) -> str:
        """Printed after the problems, when the image is made all the same."""
        text = self.tr(
            "%1: warning: %2 has %3: each is listed above, and an image lists those of the "
            "events it shows"
        )
        return fill(text, program, file, counted)

    def data_problems_warning(self, program: str, file: str, counted: str) -> str:
        """Printed after the problems, when the data is exported all the same: a CSV,
        TimelineJS, Timesketch or iCalendar file carries no footer that lists them."""
        text = self.tr(
            "%1: warning: %2 has %3: each is listed above; the exported data does not mark them"
        )
        return fill(text, program, file, counted)

    def data_problems_notice(self, file: str, counted: str) -> str:
        """The window's File › Export Data says it under what it wrote, as the command line
        warns with :meth:`data_problems_warning` (no list above it: the Provenance pane's)."""
        text = self.tr(
            "%1 has %2; the exported data does not mark them (the Provenance pane lists each)."
        )
        return fill(text, file, counted)

    def problems_refusal(self, file: str, counted: str) -> str:
        """Why ``--strict`` made nothing (after "timelineapp export: error: ")."""
        return fill(self.tr("%1 has %2 (--strict); nothing was exported"), file, counted)
