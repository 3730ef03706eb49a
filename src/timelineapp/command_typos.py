"""Before the window opens: a mistyped command name, or no display to open a window on, is
said in one line (exit 2) instead of a usage error that blames the file, a window saying
"valdate does not exist.", or Qt aborting (QA #79).

The two checks run on every start, so Qt is imported only to word what they find.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path


def mistyped_command(args: Sequence[str], commands: Sequence[str]) -> tuple[str, str] | None:
    """The first word and the command it was probably meant to be, when it is not an existing
    path but is close to a command name (``("valdate", "validate")``)."""
    word = _first_word(args)
    if word is None or Path(word).exists():
        return None
    import difflib  # only for a word that is not a command (each start reads none)

    found = difflib.get_close_matches(word.lower(), commands, n=1, cutoff=0.6)
    return (word, found[0]) if found else None


def _first_word(args: Sequence[str]) -> str | None:
    """The first argument that is not an option or an option's value."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in ("--lang", "--config-dir"):
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def display_missing() -> bool:
    """Whether a window could not be shown: on Linux and the BSDs, neither an X nor a Wayland
    display, and no Qt platform chosen (offscreen, vnc, eglfs… need none)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    environ = os.environ
    return not (
        environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY") or environ.get("QT_QPA_PLATFORM")
    )


def asked_language(args: Sequence[str]) -> str:
    """The value of ``--lang`` among raw arguments ("" when absent or not a language)."""
    for k, arg in enumerate(args):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else None
        if arg == "--lang" and k + 1 < len(args):
            value = args[k + 1]
        if value in ("en", "fr"):
            return value
    return ""


def unknown_command_line(args: Sequence[str], word: str, meant: str) -> str:
    """ "unknown command 'valdate'; did you mean 'validate'?" in the language of ``--lang``."""
    from PySide6.QtCore import QCoreApplication

    from .render.date_word_parts import fill

    with _language_of(args):
        text = QCoreApplication.translate(
            "Command", "timelineapp: unknown command '%1'; did you mean '%2'?"
        )
    return fill(text, word, meant)


def no_display_line(args: Sequence[str], commands: Sequence[str]) -> str:
    """Why no window can open, and what works without one, in the language of ``--lang``."""
    from PySide6.QtCore import QCoreApplication

    with _language_of(args):
        text = QCoreApplication.translate(
            "Command",
            "timelineapp: the window needs a display, and none was found (DISPLAY and "
            "WAYLAND_DISPLAY are not set); without one, use a command: %1",
        )
    return text.replace("%1", ", ".join(commands))


@contextmanager
def _language_of(args: Sequence[str]) -> Iterator[None]:
    from PySide6.QtCore import QCoreApplication

    from .render.export_text import export_language

    # Translators need an application; a core one is enough, and only this line is left to do.
    _app = QCoreApplication.instance() or QCoreApplication([])
    with export_language(asked_language(args) or "en"):
        yield
