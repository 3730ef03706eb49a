"""``timelineapp export FILE -o OUT.csv|.json|.jsonl|.ics``: the events as data for other tools.

The image export and the data export share one command, as the window shares one File menu:
an output named ``*.csv``, ``*.json``, ``*.jsonl`` or ``*.ics`` (or ``--format csv``,
``timelinejs``, ``timesketch``, ``ics``) is data. The image export's filter options apply
(``--actor``, ``--from``/``--to``, ``--search``…), checked and applied by the same code.
What the format cannot carry is printed as a located report. Exit codes as for the image
export: 0 written, 1 the input or the output, 2 usage.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
_PROG = "timelineapp export"


def data_format(args: argparse.Namespace) -> str | None:
    """The data format asked for, or None when the export is an image."""
    from .extract.exporters import FORMATS, format_for_path

    chosen = (args.format or "").lower()
    if chosen:
        return chosen if chosen in FORMATS else None
    return format_for_path(args.output)


def run_data_export(args: argparse.Namespace, format_name: str) -> int:
    from .export_cli import command_boundary

    return command_boundary(lambda: _run(args, format_name), logging.getLogger(__name__))


def _run(args: argparse.Namespace, format_name: str) -> int:
    # The image export's loading, filter rules and failures, reused so both exports agree.
    from .export_cli import _check_filter_dates, _check_output, _Failure, _filter_spec, _load
    from .extract.exporters import Selection, export_data
    from .model.atomic_write import atomic_write
    from .model.filtering import FilterEngine

    output = Path(args.output)
    _check_filter_dates(args)
    if args.within.lower() not in ("certainly", "possibly"):
        raise _Failure(f"--within {args.within!r} is not one of certainly, possibly", 2)
    args.within = args.within.lower()
    _check_output(output)
    # --strict refuses a data export too, and --lang words the warnings, as for an image.
    timeline, _phrases = _load(
        args.file, strict=bool(getattr(args, "strict", False)), language=args.lang, data=True
    )
    spec = _filter_spec(args, timeline)
    mask = FilterEngine.from_timeline(timeline).mask(spec)
    shown = [int(i) for i in mask.nonzero()[0]]
    loaded = timeline.events
    selection = Selection(timeline.loaded.data, [(i, loaded[i]) for i in shown], args.file)
    text, report = export_data(selection, format_name, str(output))
    from .model.untrusted_text import terminal_safe

    for line in report.lines()[1:]:  # may quote the file (a date, a name): the terminal rule
        print(terminal_safe(line), file=sys.stderr)
    try:
        atomic_write(output, text)
    except OSError as error:
        print(f"{_PROG}: error: cannot write {output}: {error.strerror or error}", file=sys.stderr)
        return EXIT_INVALID
    written = report.kept.get("events", 0) + report.kept.get("eras", 0)
    print(f"wrote {output} ({written} of {len(loaded)} events, {format_name})")
    return EXIT_OK
