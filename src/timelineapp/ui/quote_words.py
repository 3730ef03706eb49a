"""Text that code quoted (``repr``, ``'…'``) between the window's quotation marks.

The model and the command lines quote what the user wrote as Python does (``'late'``,
``'} ]}\\n'``); French wants « late » with no-break spaces. The marks are one translation
(``IssueWords``' ``'%1'``), so every message quoting an argument quotes it alike.
"""

from __future__ import annotations

import ast
import re

from PySide6.QtCore import QCoreApplication

from ..model.untrusted_text import visible

_SURROGATE = re.compile("[\ud800-\udfff]")


def window_quotes(value: str) -> str:
    """``'niger'`` (a repr) between the window's quotation marks; as it is otherwise (in
    English, and for text that is not a quoted string)."""
    template = QCoreApplication.translate("IssueWords", "'%1'")
    if template == "'%1'" or "%1" not in template:
        return value
    try:
        text = ast.literal_eval(value) if value[:1] in ("'", '"') else None
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return value
    if not isinstance(text, str):
        return value
    # A lone surrogate (\ud800) is no character: written back as its escape, as repr did
    # (raw, it could not even be printed).
    text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return template.replace("%1", visible(text))


def quoted_argument(text: str) -> str:
    """``text`` (as typed, not a repr) quoted as ``repr`` quotes it in English, between the
    window's quotation marks otherwise."""
    return window_quotes(repr(text))
