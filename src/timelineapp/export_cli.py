"""``timelineapp export``: render an event file to PNG, SVG or PDF without opening a window.

Runs headless: with no display, Qt's offscreen platform is chosen before the
QGuiApplication exists. Every failure ends with one clear line on stderr and an exit code
(2: usage, 1: the input or the output), never a traceback.
"""

from __future__ import annotations

import argparse
import datetime
import logging
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .command_errors import guarded
from .evidence_cli import add_evidence_arguments, evidence_filter, evidence_problem

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from .model.filtering import FilterSpec
    from .model.timeline import Timeline
    from .render.export import ExportOptions
    from .render.export_options import PhraseWarning

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2

_PROG = "timelineapp export"
_FORMATS = ("png", "svg", "pdf")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class _Failure(Exception):
    """Stops the command with a message and an exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Export the timeline of an event file as an image for reports (PNG, SVG, PDF: the "
        "title, the timeline, a legend and a footer listing the source documents), or its "
        "events as data for other tools (CSV, TimelineJS, Timesketch, iCalendar)."
    )
    parser.add_argument("file", metavar="FILE", help="the event file (*.timeline.json)")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="file to write: an image (*.png, *.svg, *.pdf) or data (*.csv, *.json, *.jsonl, "
        "*.ics: see below)",
    )
    parser.add_argument(
        "--format",
        help="png, svg or pdf; or data: csv, timelinejs, timesketch or ics (default: from OUT's "
        "extension)",
        metavar="FORMAT",
    )
    size = parser.add_argument_group("size")
    size.add_argument("--width", type=int, metavar="W", help="width in px (default 1600)")
    size.add_argument(
        "--height", type=int, metavar="H", help="height in px (default: as the events need)"
    )
    size.add_argument("--scale", type=int, metavar="S", help="1, 2 or 3 device pixels per px (PNG)")
    size.add_argument("--page-size", default="A4", help="PDF page: A4, Letter or A3")
    size.add_argument("--orientation", default="landscape", help="PDF: landscape or portrait")
    size.add_argument("--pages", type=int, default=1, help="PDF: split the span over N pages")
    span = parser.add_argument_group("events shown")
    span.add_argument("--from", dest="date_from", metavar="DATE", help="start (EDTF date)")
    span.add_argument("--to", dest="date_to", metavar="DATE", help="end (EDTF date)")
    span.add_argument(
        "--within",
        default="possibly",
        metavar="HOW",
        help="certainly: events wholly inside --from/--to; possibly (default): overlapping",
    )
    span.add_argument("--actor", action="extend", nargs="+", default=[], metavar="ID")
    span.add_argument(
        "--all-actors", action="store_true", help="events involving all the --actor ids"
    )
    span.add_argument("--role", help="only mentions of actors in this role")
    span.add_argument("--search", default="", metavar="TEXT", help="words events must contain")
    add_evidence_arguments(parser)
    look = parser.add_argument_group("appearance")
    look.add_argument("--theme", default="light", help="light, dark or print")
    look.add_argument("--transparent", action="store_true", help="transparent background (PNG)")
    look.add_argument("--no-footer", action="store_true", help="leave out the sources footer")
    look.add_argument("--no-legend", action="store_true", help="leave out the legend")
    look.add_argument("--title", help="title instead of the file's")
    # No window here, so --lang can only mean the language of what is made: the picture.
    # The command's own messages stay English (they are for logs and scripts).
    look.add_argument(
        "--lang",
        choices=("en", "fr"),
        help="language of the title block, legend, axis and footer (default: English)",
    )
    look.add_argument(
        "--compress",
        action="store_true",
        help="draw long stretches without events as labelled axis breaks",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="refuse to export when a quote no longer matches its document, or a date phrase "
        "cannot mean its date or says no date (provenance problems); without it they are "
        "listed here, and in an image's footer",
    )
    look.add_argument(
        "--date", metavar="YYYY-MM-DD", help="export date in the footer (default: today)"
    )


def run_export(args: argparse.Namespace) -> int:
    return command_boundary(lambda: _run(args), logging.getLogger(__name__))


def command_boundary(run: Callable[[], int], logger: logging.Logger) -> int:
    """The export command's promise, for images and data alike: a stated failure is its
    message and exit code; anything else, as for every command (``command_errors``)."""

    def stated() -> int:
        try:
            return run()
        except _Failure as failure:
            print(f"{_PROG}: error: {failure}", file=sys.stderr)
            return failure.code

    return guarded(_PROG, stated, logger, EXIT_INVALID)


def _run(args: argparse.Namespace) -> int:
    options_args = _usage_checks(args)
    output = Path(args.output)
    _check_output(output)
    _app = _gui_application()  # kept alive while painting (and made before _load's words)
    timeline, phrases = _load(
        args.file, strict=bool(getattr(args, "strict", False)), language=args.lang
    )
    spec = _filter_spec(args, timeline)
    from .render.export import (
        ExportError,
        ExportSubject,
        render_export,
        timeline_range,
        write_export,
    )
    from .render.export_text import export_language
    from .render.filter_words import describe_filter

    index = timeline.index
    # The timeline's own engine: painting reads its actor tree too (the colours' top-level
    # actors), so a second engine would build a second tree of the file's actors.
    mask = timeline.filter_engine.mask(spec)
    with export_language(args.lang or "en"):  # English plurals without --lang
        description = describe_filter(spec, timeline)
    view = _span(args, timeline_range(timeline, mask))
    options = _options(options_args)
    try:
        subject = ExportSubject(
            timeline, mask, index.cumulative_mask(mask), description, phrase_warnings=phrases
        )
        result = render_export(subject, view, options)
    except ExportError as error:
        raise _Failure(str(error), EXIT_USAGE) from None
    try:
        write_export(result, output)
    except OSError as error:
        raise _Failure(f"cannot write {output}: {error.strerror or error}", EXIT_INVALID) from None
    from .render.export_options import ExportFormat, Orientation
    from .ui.export_command_words import ExportCommandWords

    with export_language(args.lang or "en"):  # English plurals without --lang
        words = ExportCommandWords()
        if result.notice:
            print(words.notice(_PROG, result.notice), file=sys.stderr)
        print(
            words.summary(
                str(output),
                events=result.shown,
                pages=result.pages,
                flagged=result.flagged,
                pixels=(result.width, result.height),
                paper=(
                    (options.page_size.value, options.orientation is Orientation.LANDSCAPE)
                    if result.format is ExportFormat.PDF
                    else None
                ),
            )
        )
    return EXIT_OK


def _data_choices(pattern: str) -> str:
    """The data formats (from the exporters' own table) as "a, b, c or d"."""
    from .extract.exporters import FORMATS

    words = [pattern.format(name=f.name, suffix=f.suffix) for f in FORMATS.values()]
    return ", ".join(words[:-1]) + " or " + words[-1]


def _usage_checks(args: argparse.Namespace) -> dict[str, Any]:
    """Options that are wrong whatever the file holds: exit 2 before loading anything."""
    fmt = (args.format or "").lower()
    if not fmt:
        suffix = Path(args.output).suffix.lower().lstrip(".")
        if suffix not in _FORMATS:
            raise _Failure(
                f"cannot tell the format from {args.output!r}: name it *.png, *.svg or *.pdf "
                f"(an image) or {_data_choices('*{suffix}')} (data), or give --format",
                EXIT_USAGE,
            )
        fmt = suffix
    if fmt not in _FORMATS:
        raise _Failure(
            f"unknown format {args.format!r}: use png, svg or pdf (an image) or "
            f"{_data_choices('{name}')} (data)",
            EXIT_USAGE,
        )
    if args.scale is not None and (args.width is not None or args.height is not None):
        raise _Failure(
            "--scale cannot be combined with --width/--height: give a size in px, or a scale "
            "of the default size",
            EXIT_USAGE,
        )
    choices = {
        "--theme": (args.theme, ("light", "dark", "print")),
        "--within": (args.within, ("certainly", "possibly")),
        "--page-size": (args.page_size, ("A4", "Letter", "A3")),
        "--orientation": (args.orientation, ("landscape", "portrait")),
    }
    chosen: dict[str, str] = {}
    for flag, (value, allowed) in choices.items():
        match = next((a for a in allowed if a.lower() == str(value).lower()), None)
        if match is None:
            raise _Failure(f"{flag} {value!r} is not one of {', '.join(allowed)}", EXIT_USAGE)
        chosen[flag] = match
    if args.transparent and fmt != "png":
        raise _Failure("--transparent applies to PNG only", EXIT_USAGE)
    if args.date is not None:
        try:
            if not _DATE.match(args.date):
                raise ValueError
            datetime.date.fromisoformat(args.date)
        except ValueError:
            raise _Failure(
                f"--date {args.date!r} is not a date like 2026-11-24", EXIT_USAGE
            ) from None
    if (problem := evidence_problem(args)) is not None:
        raise _Failure(problem, EXIT_USAGE)
    _check_filter_dates(args)
    options: dict[str, Any] = {
        "format": fmt,
        "width": args.width,
        "height": args.height,
        "scale": args.scale if args.scale is not None else 1,
        "page_size": chosen["--page-size"],
        "orientation": chosen["--orientation"],
        "pages": args.pages,
        "theme": chosen["--theme"],
        "transparent": args.transparent,
        "include_footer": not args.no_footer,
        "include_legend": not args.no_legend,
        "compress": bool(getattr(args, "compress", False)),
        "title": args.title,
        # English unless --lang: never "" (the window's language), which in a French system
        # locale gave an English footer with French date words.
        "language": args.lang or "en",
        "export_date": args.date or datetime.date.today().isoformat(),
    }
    # Sizes are checked before the (possibly long) load, with the same rules as the export.
    from .render.export import ExportError, check_options

    try:
        check_options(_options(options))
    except ExportError as error:
        raise _Failure(str(error), EXIT_USAGE) from None
    args.within = chosen["--within"]
    return options


def _check_filter_dates(args: argparse.Namespace) -> None:
    """``--from`` and ``--to`` are dates the filter can read (a usage error otherwise)."""
    from .model.dates import DateError, parse_date

    for flag, value in (("--from", args.date_from), ("--to", args.date_to)):
        if value is not None:
            try:
                parse_date(value)
            except DateError as error:
                raise _Failure(f"{flag}: {error}", EXIT_USAGE) from None


def _options(values: dict[str, Any]) -> ExportOptions:
    from .render.export import (
        DEFAULT_WIDTH,
        ExportExtent,
        ExportFormat,
        ExportOptions,
        Orientation,
        PageSize,
    )
    from .render.theme import ThemeName

    return ExportOptions(
        format=ExportFormat(values["format"]),
        extent=ExportExtent.ALL,
        width=values["width"] if values["width"] is not None else DEFAULT_WIDTH,
        height=values["height"],
        scale=values["scale"],
        page_size=PageSize(values["page_size"]),
        orientation=Orientation(values["orientation"]),
        pages=values["pages"],
        theme=ThemeName(values["theme"]),
        transparent=values["transparent"],
        include_footer=values["include_footer"],
        include_legend=values["include_legend"],
        compress=values.get("compress", False),
        title=values["title"],
        export_date=values["export_date"],
        language=values.get("language", ""),
    )


def _check_output(output: Path) -> None:
    """Fail early (before rendering) when the output cannot possibly be written."""
    from .model.atomic_write import output_problem

    problem = output_problem(output)
    if problem is not None:
        raise _Failure(f"cannot write {output}: {problem}", EXIT_INVALID)


def _load(
    file: str, strict: bool = False, language: str | None = None, *, data: bool = False
) -> tuple[Timeline, list[PhraseWarning]]:
    """The file's timeline and its date-phrase warnings; its provenance problems printed (in
    ``language`` when given, as ``validate --lang`` prints them), and with ``strict``
    refused. ``data``: for a data export, whose file lists none of them (an image's footer
    lists those of the events it shows)."""
    from .model.loading import load_event_file
    from .model.timeline import Timeline
    from .model.untrusted_text import terminal_safe

    result = load_event_file(file)
    if result.loaded is None:
        for issue in result.issues:
            print(terminal_safe(str(issue)), file=sys.stderr)
        count = len(result.errors)
        raise _Failure(
            f"{file} is not a valid event file ({count} error{'s' * (count != 1)}); "
            f"nothing was exported",
            EXIT_INVALID,
        )
    timeline = Timeline(result.loaded)
    problems = timeline.provenance.problems
    # The date phrases that cannot mean their date or say no date: `validate`'s warnings and
    # the window's Provenance pane's, by the one rule (QA #133).
    from .extract.phrase_check import loaded_phrase_disagreements

    phrases = [
        (found.event, found.issue(result.file_name))
        for found in loaded_phrase_disagreements(result.loaded)
    ]
    if problems or phrases:
        # Provenance problems do not stop the window from showing a file; nor do they here,
        # unless asked: the image flags them, and each is listed where it is.
        from PySide6.QtCore import QCoreApplication

        from .render.export_text import export_language
        from .ui.export_command_words import ExportCommandWords
        from .ui.issue_words import issue_line

        # The translators need an application (an image export has made its own already).
        _app = QCoreApplication.instance() or QCoreApplication(["timelineapp"])
        with export_language(language or "en"):  # English plurals without --lang
            for issue in [*problems, *(issue for _, issue in phrases)]:
                print(terminal_safe(issue_line(issue) if language else str(issue)), file=sys.stderr)
            words = ExportCommandWords()
            counted = words.file_problems(len(problems), phrases)
            if strict:
                raise _Failure(words.problems_refusal(file, counted), EXIT_INVALID)
            warning = words.data_problems_warning if data else words.problems_warning
            print(warning(_PROG, file, counted), file=sys.stderr)
    return timeline, phrases


def _filter_spec(args: argparse.Namespace, timeline: Timeline) -> FilterSpec:
    from .model.filtering import FilterSpec
    from .model.filtering.closest import closest_ids

    if (problem := evidence_problem(args)) is not None:  # data exports skip _usage_checks
        raise _Failure(problem, EXIT_USAGE)
    valid = [actor.id for actor in timeline.actors]
    known = set(valid)
    for actor in args.actor:
        if actor not in known:
            close = closest_ids(actor, valid, len(valid))
            rest = [a for a in valid if a not in close]
            listed = ", ".join([*close, *rest]) or "(the file names no actors)"
            raise _Failure(
                f"unknown actor id {actor!r}; valid ids, closest first: {listed}", EXIT_INVALID
            )
    return FilterSpec(
        actors=frozenset(args.actor),
        all_actors=args.all_actors,
        role=args.role,
        text=args.search,
        date_from=args.date_from,
        date_to=args.date_to,
        within=args.within,
        **evidence_filter(args),
    )


def _span(args: argparse.Namespace, whole: tuple[float, float]) -> tuple[float, float]:
    """The whole (filtered) timeline; --from/--to replace its ends."""
    from .model.dates import parse_date

    t0, t1 = whole
    if args.date_from is not None:
        t0 = float(parse_date(args.date_from).earliest)
    if args.date_to is not None:
        t1 = float(parse_date(args.date_to).latest)
    if t1 <= t0:
        # "--from" after every filtered event: show from there, one day at least.
        t1 = t0 + 86400.0
    return t0, t1


def _gui_application() -> QCoreApplication:
    """The running Qt application, or a new QGuiApplication (offscreen without a display)."""
    headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and headless and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    return QGuiApplication(["timelineapp"])
