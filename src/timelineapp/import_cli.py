"""``timelineapp import``: read a TimelineJS, spreadsheet, ACLED, Timesketch or iCalendar file
and write an event file, printing what the conversion kept and dropped.

Exit codes as for ``validate`` and ``export``: 0 written, 1 the input cannot be read (or gave
no event), 2 a usage error (an unknown format, a bad ``--map``, a default output that exists
without ``--force``). Never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .command_errors import guarded
from .model.untrusted_text import terminal_safe

if TYPE_CHECKING:
    from .extract.importers import ConversionReport, UnreadableInput

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
_PROG = "timelineapp import"


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    from .extract.importers import FORMATS

    parser.description = (
        "Import a timeline from another tool as an event file, and say what the conversion "
        "kept and dropped (each dropped row or field with its line or JSON path)."
    )
    parser.add_argument("input", metavar="INPUT", help="the file to import")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="the event file to write (default: INPUT's name + .timeline.json, beside it; "
        "an existing one is replaced only with --force)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace the default output when it exists (the previous one is kept as .bak)",
    )
    parser.add_argument(
        "--format",
        choices=list(FORMATS),
        help="the input's format (default: from its name and content)",
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="read an event field from a column (tables): id, date, start, end, title, "
        "summary, actors, place, url, source, quote, tags, note, status, review; several "
        "columns with commas",
    )
    parser.add_argument(
        "--group-as",
        choices=("actor", "tag"),
        default="actor",
        help="TimelineJS group: an actor (default) or a tag",
    )
    parser.add_argument(
        "--drop-extra-columns",
        action="store_true",
        help="drop columns no field takes (default: keep them in the event note)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--lang",
        dest="report_lang",
        choices=("en", "fr"),
        help="language of the printed report (default: English; the JSON report has codes)",
    )


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr is not None and sys.stderr.isatty()
    except (AttributeError, ValueError):  # replaced or closed stderr
        return False


class _TerminalProgress:
    """The import's progress callback (the one the window's dialog gets) as one updating
    line on stderr, "importing… 45 %": a big input takes half a minute or more. Only when
    stderr is a terminal: pipes, logs and tests see nothing of it."""

    def __init__(self) -> None:
        self.shown = -1

    def __call__(self, fraction: float) -> bool:
        percent = max(0, min(100, int(fraction * 100)))
        if percent != self.shown:
            self.shown = percent
            sys.stderr.write(f"\rimporting… {percent} %")
            sys.stderr.flush()
        return True

    def clear(self) -> None:
        """Erase the line, for the report (or an error) to be printed where it was."""
        if self.shown >= 0:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def run_import(args: argparse.Namespace) -> int:
    return guarded(_PROG, lambda: _run(args), logging.getLogger(__name__), EXIT_USAGE)


def _run(args: argparse.Namespace) -> int:
    from .extract.importers import GroupAs, ImportOptions, UnreadableInput, import_file
    from .extract.importers.table_mapping import FIELDS
    from .extract.importers.writing import default_output, write_event_file
    from .model.atomic_write import output_problem
    from .model.format_rules import FILE_SUFFIX

    mapping: dict[str, str] = {}
    for item in args.map:
        field, sep, column = item.partition("=")
        if not sep or not field.strip() or not column.strip():
            return _usage(_map_problem(args, item))
        if field.strip() not in FIELDS:
            return _usage(_map_problem(args, item, ", ".join(FIELDS), field.strip()))
        mapping[field.strip()] = column.strip()
    source = Path(args.input)
    output = Path(args.output) if args.output else default_output(source)
    if not args.output and not args.force and output.exists():
        # The default name drops every suffix: "a.csv" and "a.jsonl" (or a re-export with a
        # new extension) both write "a.timeline.json". Replacing a file the user did not
        # name, possibly hand-reviewed since, is refused rather than done silently.
        return _usage(
            f"{output} already exists (an earlier import, or another file named "
            f"{output.name.removesuffix(FILE_SUFFIX)}.*); give -o OUT to write another "
            "file, or --force to replace it (the previous one is kept as .bak)"
        )
    if output.resolve() == source.resolve():
        return _usage(f"-o {output}: the output would replace the input")
    problem = output_problem(output)
    if problem is not None:  # as export and build do: a missing folder is not created
        _say(f"{_PROG}: error: -o: cannot write {output}: {problem}", sys.stderr)
        return EXIT_INVALID
    options = ImportOptions(
        group_as=GroupAs(args.group_as),
        mapping=mapping,
        keep_extra_columns=not args.drop_extra_columns,
    )
    progress = _TerminalProgress() if _stderr_is_terminal() else None
    try:
        if progress is None:
            result = import_file(source, args.format, options)
        else:
            try:
                result = import_file(source, args.format, options, progress)
            finally:
                progress.clear()
    except UnreadableInput as error:
        if "--map " in str(error):
            return _usage(str(error))
        language = getattr(args, "report_lang", None)
        said = str(error) if language in (None, "en") else _translated_error(error, language)
        _say(f"{_PROG}: error: {said}", sys.stderr)
        return EXIT_INVALID
    report = result.report
    if args.json:
        print(json_safe(json.dumps(report.to_json(), ensure_ascii=False, indent=2)))
    elif getattr(args, "report_lang", None) not in (None, "en"):
        for line in _translated_lines(report, args.report_lang):
            _say(line)
    else:
        for line in report.lines():
            _say(line)
    if not result.event_count:
        _say(f"{_PROG}: error: no event could be imported; nothing was written", sys.stderr)
        return EXIT_INVALID
    try:
        write_event_file(result.pieces, output)
    except OSError as error:
        _say(f"{_PROG}: error: cannot write {output}: {error.strerror or error}", sys.stderr)
        return EXIT_INVALID
    count = result.event_count
    if not args.json:
        language = getattr(args, "report_lang", None)
        if language in (None, "en"):
            _say(f"wrote {output} ({count} event{'s' * (count != 1)})")
        else:
            _say(_translated_wrote(str(output), count, language))
    return EXIT_OK


def _translated_wrote(output: str, count: int, language: str) -> str:
    """The last line in ``language``, as the report before it (QA #62)."""
    from .ui.import_report_words import ImportReport, use_language

    with use_language(language):
        return ImportReport().wrote(output, count)


def _translated_lines(report: ConversionReport, language: str) -> list[str]:
    """The report as the window words it in ``language`` (Qt's translations, no window)."""
    from .ui.import_report_words import report_lines, use_language

    with use_language(language):
        return report_lines(report)


def _translated_error(error: UnreadableInput, language: str) -> str:
    """Why the input cannot be imported, as the window says it in ``language``."""
    from .ui.import_report_words import unreadable_words, use_language

    with use_language(language):
        return unreadable_words(error)


def _map_problem(args: argparse.Namespace, item: str, fields: str = "", found: str = "") -> str:
    """Why a ``--map`` is refused: without a field, it is not ``FIELD=COLUMN``; English
    without Qt, else in ``--lang``'s language (``ui/import_usage_words``, the same sources)."""
    language = getattr(args, "report_lang", None)
    if language in (None, "en"):
        if not fields:
            return f"--map {item!r}: expected FIELD=COLUMN, as in --map date=Date"
        return f"--map {item!r}: expected a field among {fields}, found {found!r}"
    from .ui.import_report_words import use_language
    from .ui.import_usage_words import map_not_a_pair, map_unknown_field

    with use_language(language):
        if not fields:
            return map_not_a_pair(item)
        return map_unknown_field(item, fields, found)


def _usage(message: str) -> int:
    _say(f"{_PROG}: error: {message}", sys.stderr)
    return EXIT_USAGE


def _say(line: str, stream: TextIO | None = None) -> None:
    """Print one line of the command's output. Every line may quote the input (a header, a
    cell, a key, a file name): the one terminal rule applies to all of them, so an escape
    sequence in a stranger's CSV cannot retitle or clear the user's terminal."""
    print(terminal_safe(line), file=stream if stream is not None else sys.stdout)


_JSON_UNSAFE = re.compile("[\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]")


def json_safe(text: str) -> str:
    """JSON text whose strings hold no terminal or bidirectional control character raw.

    ``json.dumps`` escapes the C0 controls already; C1 controls (``\\x9b`` is a terminal's
    CSI) and bidi controls can only be inside strings, where ``\\uXXXX`` is the same string.
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
