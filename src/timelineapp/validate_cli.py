"""``timelineapp validate``: check event files, say what is wrong, in English or ``--lang``.

Without ``--lang`` no Qt is imported: the command starts fast and prints the model's English
words. With ``--lang fr|en`` it installs that language's translator, as ``export`` does, and
words each problem from its code (``ui/issue_words``), so the command line can speak French.
``--json`` stays machine-readable: codes and English messages, whatever ``--lang`` says.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from msgspec.structs import replace

if TYPE_CHECKING:  # `timelineapp schema` and the other commands build this parser too
    from .model.loading import LoadResult

EXIT_OK = 0
EXIT_INVALID = 1


def add_validate_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="machine-readable results")
    parser.add_argument(
        "--lang",
        choices=("en", "fr"),
        help="language of the messages (default: English; --json stays English)",
    )


def run_validate(files: Sequence[str], as_json: bool, language: str | None = None) -> int:
    from .model.loading import load_event_file

    results = [_with_phrase_warnings(load_event_file(name)) for name in files]
    if as_json:
        report = [
            {
                "file": result.file_name,
                "valid": result.ok,
                "issues": [issue.to_json() for issue in result.issues],
            }
            for result in results
        ]
        print(json.dumps(report, ensure_ascii=False, indent=2))
    elif language:
        for line in _translated_lines(results, language):
            print(line)
    else:
        for line in _english_lines(results):
            print(line)
    return EXIT_OK if all(r.ok for r in results) else EXIT_INVALID


def _with_phrase_warnings(result: LoadResult) -> LoadResult:
    """``result`` with a warning for each date phrase that says another date than its event
    (« en 2012 » beside 2024-03): see ``extract.phrase_check``."""
    if result.loaded is None:
        return result
    from .extract.phrase_check import loaded_phrase_disagreements

    extra = [found.issue(result.file_name) for found in loaded_phrase_disagreements(result.loaded)]
    if not extra:
        return result
    return replace(result, issues=[*result.issues, *extra])


def _english_lines(results: Sequence[LoadResult]) -> list[str]:
    # A stranger's key or file name must not reach the terminal as a command.
    from .model.untrusted_text import terminal_safe

    lines: list[str] = []
    for result in results:
        lines.extend(terminal_safe(str(issue)) for issue in result.issues)
        name = terminal_safe(result.file_name)
        if result.ok:
            warnings = len(result.issues)
            suffix = f" ({_counted(warnings, 'warning', 'warnings')})" if warnings else ""
            lines.append(f"{name}: OK{suffix}")
        else:
            lines.append(f"{name}: {_counted(len(result.errors), 'error', 'errors')}")
    return lines


def _counted(count: int, one: str, other: str) -> str:
    """``1 error``, ``2 errors``: English's two forms, each written whole (no suffix surgery;
    ``--lang`` words its counts with Qt's ``%n`` plurals, ``validate_words``)."""
    return f"{count} {one if count == 1 else other}"


def _translated_lines(results: Sequence[LoadResult], language: str) -> list[str]:
    from PySide6.QtCore import QCoreApplication

    from .model.untrusted_text import terminal_safe
    from .render.export_text import export_language
    from .ui.issue_words import issue_line
    from .validate_words import ValidateWords

    _app = QCoreApplication.instance() or QCoreApplication([])  # translators need one
    lines: list[str] = []
    with export_language(language):
        words = ValidateWords()
        for result in results:
            lines.extend(terminal_safe(issue_line(issue)) for issue in result.issues)
            name = terminal_safe(result.file_name)
            if result.ok:
                lines.append(words.valid(name, len(result.issues)))
            else:
                lines.append(words.invalid(name, len(result.errors)))
    return lines
