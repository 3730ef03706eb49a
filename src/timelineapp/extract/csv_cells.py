"""A CSV cell that a spreadsheet would run: written as text, and read back as it was.

Spreadsheets (LibreOffice, Excel, Google Sheets) evaluate a cell that starts with ``=``,
``+``, ``-`` or ``@`` as a formula, and a tab or carriage return ahead of them hides one; a
title from a stranger's file such as ``=cmd|" /C calc"!A0`` would run when the exported CSV
is opened (CSV injection). OWASP's advice is followed: such a cell is written after an
apostrophe, which spreadsheets show as text. Cells that start with apostrophes before one of
those characters get one more, so that :func:`restored` gives back exactly what was written
(timelineapp's import of its own CSV does), and a date such as ``-0044-03-15`` (44 BC) is
read back as that date.
"""

from __future__ import annotations

import re

# What makes a spreadsheet read a cell as a formula (OWASP "CSV Injection").
FORMULA_STARTS = "=+-@\t\r"
_RISKY = re.compile("'*[" + re.escape(FORMULA_STARTS) + "]")


def neutralised(cell: str) -> str:
    """``cell`` as written to a CSV file: a leading apostrophe when a spreadsheet would run it."""
    return "'" + cell if _RISKY.match(cell) else cell


def is_neutralised(cell: str) -> bool:
    """Whether ``cell`` was written by :func:`neutralised` with an apostrophe added."""
    return cell.startswith("'") and _RISKY.match(cell, 1) is not None


def restored(cell: str) -> str:
    """The cell :func:`neutralised` was given (its apostrophe taken off)."""
    return cell[1:] if is_neutralised(cell) else cell
