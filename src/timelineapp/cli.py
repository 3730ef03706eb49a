"""The ``timelineapp`` command line: open the window, validate files, print the schema, export.

Sub-commands call the same code as the GUI. Qt is imported only by the commands that need it,
so ``validate`` and ``schema`` start fast and work without a display.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

from . import __version__
from .command_errors import guarded
from .environment import configure_environment
from .logs import log_to_stderr

_log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
# What a shell reports for a tool killed by SIGPIPE (128 + 13), as `cat big | head` does.
EXIT_BROKEN_PIPE = 141

_COMMANDS = ("validate", "schema", "export", "import", "build")


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on usage errors already; this only keeps messages on one line."""


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="timelineapp",
        # As ui/app.py's open_at_start does (and README "Using it" says).
        description="A timeline viewer for sourced chronologies. Without FILE, reopens the "
        "file open when it was last closed (the bundled example, US troops leaving Niger in "
        "2024, the first time; an empty window if that file was closed). Commands: "
        + ", ".join(_COMMANDS)
        + " (timelineapp COMMAND --help).",
    )
    parser.add_argument("file", nargs="?", help="an event file (*.timeline.json) to open")
    parser.add_argument("--version", action="version", version=f"timelineapp {__version__}")
    parser.add_argument(
        "--lang", choices=("en", "fr"), help="language of the window (default: the system's)"
    )
    parser.add_argument(
        "--config-dir",
        metavar="DIR",
        type=_settings_folder,
        help="folder of the settings (default: $TIMELINEAPP_CONFIG_DIR, else the platform's)",
    )
    _add_verbose(parser)
    return parser


def _gui_defaults() -> argparse.Namespace:
    """What ``_gui_parser().parse_args([])`` gives (a test checks it), without building the
    parser: a start from the desktop's launcher has no argument, and the parser's help texts
    go through gettext's catalogue search (~6 M instructions before the first paint)."""
    return argparse.Namespace(file=None, lang=None, config_dir=None, verbose=0)


def _settings_folder(value: str) -> str:
    """``--config-dir``: a folder, or one to be made; a file there is refused at the start
    (no setting could ever be saved in it)."""
    folder = Path(value).expanduser()
    if folder.exists() and not folder.is_dir():
        raise argparse.ArgumentTypeError(f"expected a folder, found a file: {value}")
    return value


def _add_verbose(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="log to stderr (-vv: debug)"
    )
    return parser


def _command_parser(command: str) -> argparse.ArgumentParser:
    """The parser of ``timelineapp COMMAND``: only that command's arguments are added, so a
    command imports nothing for the others (``schema`` does not import the loader)."""
    parser = _Parser(prog="timelineapp")
    # Its usage line (said when an argument is left over) still names every command.
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="{" + ",".join(_COMMANDS) + "}"
    )
    if command == "validate":
        from .validate_cli import add_validate_arguments

        add_validate_arguments(
            _add_verbose(
                sub.add_parser("validate", help="check event files; exit 0 if all are valid")
            )
        )
    elif command == "schema":
        _add_verbose(
            sub.add_parser("schema", help="print the JSON Schema of the event file format")
        )
    elif command == "export":
        from .export_cli import add_export_arguments

        export = sub.add_parser("export", help="export the timeline as PNG, SVG or PDF, or as data")
        add_export_arguments(_add_verbose(export))
        export.epilog = (
            "Data for other tools: name OUT *.csv, *.json (TimelineJS), *.jsonl (Timesketch) or "
            "*.ics, or give --format csv, timelinejs, timesketch or ics; the filter options apply."
        )
    elif command == "import":
        from .import_cli import add_import_arguments

        add_import_arguments(
            _add_verbose(sub.add_parser("import", help="import a timeline from another tool"))
        )
    elif command == "build":
        from .extract.command import add_build_arguments

        add_build_arguments(
            _add_verbose(sub.add_parser("build", help="draft an event file from articles"))
        )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the window or a command; the exit status.

    A reader that leaves early (``timelineapp schema | head``) ends the command quietly, as
    it ends ``cat`` or ``grep``: nothing on stderr, status 141 (128 + SIGPIPE), which is what
    the shell reports for those tools, so ``set -o pipefail`` scripts see that the output was
    cut short (an import whose report could not be printed may not have written its file).
    The recipe is the one of the Python docs (signal, "Note on SIGPIPE"): the signal stays
    ignored and the ``BrokenPipeError`` is caught here; commands let it through.
    """
    _utf8_locale_for_qt()
    try:
        code = _main(argv)
        if sys.stdout is not None:
            sys.stdout.flush()  # a reader gone early is found here, not at exit
        return code
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE


def _utf8_locale_for_qt() -> None:
    """In a C locale (containers, CI, cron) Qt switches to C.UTF-8 itself and prints four
    lines about it on stderr whenever a command makes a Qt application (export, ``--lang``).
    Python already runs in UTF-8 there (PEP 538/540), so the same switch is made here,
    quietly, before Qt reads the locale. Only for ``LC_ALL`` set to C: Python coerces a C
    ``LC_CTYPE`` itself, but ``LC_ALL`` overrides that coercion."""
    if os.environ.get("LC_ALL") in ("C", "POSIX"):
        os.environ["LC_ALL"] = "C.UTF-8"


def _silence_stdout() -> None:
    """Point stdout at the null device: Python flushes it again at exit, which would raise
    (and print) the same error once more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, AttributeError, ValueError):  # no stdout, or not a file descriptor
        pass


def _main(argv: Sequence[str] | None) -> int:
    configure_environment()  # before numpy and pydantic are imported
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] in _COMMANDS:
            args = _command_parser(args_list[0]).parse_args(args_list)
            log_to_stderr(args.verbose)
            if args.command == "validate":
                return _guarded("validate", lambda: _validate(args))
            if args.command == "schema":
                return _schema()
            if args.command == "import":
                from .import_cli import run_import

                return run_import(args)
            if args.command == "build":
                from .extract.command import run_build
                from .ui.build_words import command_words_in

                return _guarded("build", lambda: run_build(args, command_words_in))
            from .data_export_cli import data_format, run_data_export

            data = data_format(args)
            if data is not None:
                return run_data_export(args, data)
            from .export_cli import run_export

            return run_export(args)
        from .command_typos import display_missing, mistyped_command

        mistyped = mistyped_command(args_list, _COMMANDS)
        if mistyped is not None:  # QA #79
            from .command_typos import unknown_command_line

            print(unknown_command_line(args_list, *mistyped), file=sys.stderr)
            return EXIT_USAGE
        args = _gui_parser().parse_args(args_list) if args_list else _gui_defaults()
        if args.verbose:
            log_to_stderr(args.verbose)
        if display_missing():  # else Qt aborts (134) with lines about xcb (QA #79)
            from .command_typos import no_display_line

            print(no_display_line(args_list, _COMMANDS), file=sys.stderr)
            return EXIT_USAGE
    except SystemExit as exit_:
        return int(exit_.code or 0)
    run_app: Callable[..., int] = import_gui().run_app
    config_dir = Path(args.config_dir).expanduser() if args.config_dir else None
    return run_app(args.file, lang=args.lang, config_dir=config_dir)


def import_gui() -> ModuleType:
    """The window's composition root, ``timelineapp.ui.app``, imported as fast as it can be.

    The import makes ~90,000 container objects that live as long as the app (modules, classes,
    functions, Qt enum types). The cyclic garbage collector would scan them again and again
    while they are being made (~25 ms of each start), so it is paused meanwhile; then they are
    frozen out of later collections (``gc.freeze``), which would only find them alive.
    """
    configure_environment()  # before numpy and pydantic are imported
    collecting = gc.isenabled()
    gc.disable()
    try:
        from .ui import app
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    return app


def _guarded(command: str, run: Callable[[], int]) -> int:
    """Run a command; whatever goes wrong ends in one line on stderr, never a traceback."""
    return guarded(f"timelineapp {command}", run, _log, EXIT_USAGE)


def _validate(args: argparse.Namespace) -> int:
    from .validate_cli import run_validate

    return run_validate(args.files, args.json, args.lang)


def _schema() -> int:
    from .model.file_format import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK
