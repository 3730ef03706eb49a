"""Rows of a CSV/TSV file with the line each starts on, read by the stdlib csv module.

The line is what a report points to, so it is the line in the file (a cell with line breaks
makes a row span several lines: the row is located at its first). Text that is not UTF-8 is
read as Windows-1252, the usual encoding of spreadsheets saved on Windows, and reported.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..csv_cells import restored
from .base import UnreadableInput
from .messages import CSV_REASONS
from .report import ConversionReport, Where

_DELIMITERS = (",", ";", "\t", "|")

# Notes columns of event datasets can be long; the csv module's default limit is 128 KiB.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass
class Table:
    name: str
    header: list[str]
    text: str
    delimiter: str
    report: ConversionReport
    # False for a part of a big table (:mod:`.parallel_table`): rows from its first line on.
    skip_header: bool = True

    def rows(self) -> Iterator[tuple[int, dict[str, str]]]:
        """(line, {column: cell}) for every row that is not blank.

        A quote that opens a cell and is never closed properly (a stray ``"`` typed in a
        title) would make the csv module read every following line into that one cell, up to
        the end of the file or the next quote: the row is read up to the end of the line
        where the quote opens, the lines after it as rows again, and the report says where.
        """
        feed = _Feed(self.text)
        reader = csv.reader(feed, delimiter=self.delimiter)
        if self.skip_header:
            next(reader, None)
        width = len(self.header)
        # timelineapp's own CSV export: its cells a spreadsheet would run were written after
        # an apostrophe (csv_cells); read back as they were.
        own_export = is_own_export(self.header)
        base = 1  # the file's line number of the reader's line 1
        line = base + reader.line_num
        while True:
            offset = feed.pos
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as error:  # a stray carriage return in a cell, say
                self.report.dropped(Where(self.name, line), "csv_error", error=csv_reason(error))
                return
            start, line = line, base + reader.line_num
            if line - start > 1:  # a cell with line breaks: check its quotes were closed
                broken = unclosed_quote(self.text, offset, feed.pos, self.delimiter)
                if broken is not None:
                    code = "csv_quote_unclosed" if broken[1] is None else "csv_quote_closed_late"
                else:
                    # Closed properly, but over lines that look like rows: with its row short
                    # of cells, those lines were rows; else it is read as written (a note
                    # with line breaks, perhaps), and the report says where to look.
                    broken = joined_lines(self.text, offset, feed.pos, self.delimiter, width)
                    code = "csv_quote_joined_split" if len(cells) < width else "csv_quote_joined"
                if broken is not None:
                    opened, closed = broken
                    quote_line = start + self.text.count("\n", offset, opened)
                    column = opened - self.text.rfind("\n", 0, opened)
                    where = Where(self.name, quote_line, column=column)
                    if closed is None:
                        self.report.changed(where, code)
                    else:
                        closed_line = quote_line + self.text.count("\n", opened, closed)
                        self.report.changed(where, code, line=closed_line)
                if broken is not None and code != "csv_quote_joined":
                    row_end = self.text.find("\n", broken[0])
                    row_end = len(self.text) if row_end < 0 else row_end + 1
                    # The row as far as its line goes, the stray quote read as a character
                    # (kept in its cell: nothing lost, and the delimiters after it count)…
                    part = self.text[offset:row_end]
                    try:
                        cells = next(_cells_of(part, self.delimiter, broken[0] - offset), [])
                    except csv.Error:  # a stray carriage return as well: its cells as cut
                        cells = part.rstrip("\r\n").split(self.delimiter)
                    # …and the lines after it read as rows again.
                    feed = _Feed(self.text, row_end)
                    reader = csv.reader(feed, delimiter=self.delimiter)
                    base = quote_line + 1
                    line = base
            if not (cells and cells[0].strip()) and not any(cell.strip() for cell in cells):
                continue  # blank (the first cell, an id or a date, is seldom blank)
            if own_export:
                cells = [restored(cell) if cell[:1] == "'" else cell for cell in cells]
            row = dict(zip(self.header, cells, strict=False))
            if len(cells) > width:
                row["\x00extra"] = self.delimiter.join(cells[width:])
            yield start, row


def _cells_of(part: str, delimiter: str, stray: int) -> Iterator[list[str]]:
    """The cells of one line whose quote at ``stray`` opens no cell: the cells before it
    read as CSV, the rest with quotes as characters."""
    cut = part.rfind(delimiter, 0, stray) + 1
    before = next(csv.reader([part[:cut]], delimiter=delimiter), []) if cut else []
    rest = next(csv.reader([part[cut:]], delimiter=delimiter, quoting=csv.QUOTE_NONE), [])
    yield before[:-1] + rest if cut else rest


def is_own_export(header: list[str]) -> bool:
    """Whether a table's header is the one of timelineapp's CSV export."""
    from ..exporters.csv_table import COLUMNS

    return tuple(header[: len(COLUMNS)]) == COLUMNS


class _Feed:
    """The lines of a text for the csv module (:func:`lines`), with the offset reached: the
    reader asks for a line only when a row needs it, so between rows ``pos`` is where the
    next row starts."""

    def __init__(self, text: str, pos: int = 0) -> None:
        self.text = text
        self.pos = pos

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        start, text = self.pos, self.text
        if start >= len(text):
            raise StopIteration
        end = text.find("\n", start)
        self.pos = len(text) if end < 0 else end + 1
        return text[start : self.pos]


_QUOTED = re.compile(r'"(?:[^"]|"")*"')


@lru_cache(maxsize=8)
def _cell_rest(delimiter: str) -> re.Pattern[str]:
    """The rest of a cell and what ends it: a delimiter, a line end, or the end."""
    return re.compile(f"[^{re.escape(delimiter)}\\r\\n]*(?:\\r?\\n|{re.escape(delimiter)})?")


def unclosed_quote(
    text: str, start: int, end: int, delimiter: str
) -> tuple[int, int | None] | None:
    """Where a quoted cell of the row ``text[start:end]`` opens when it spans lines without
    being closed properly, and where its quote closes (None: never, the file ends first);
    None when every quoted cell is closed by a quote that ends its cell.

    A cell closed by a quote followed by more text (``"another"`` read as the end of a cell
    opened lines before) or never closed is what a stray quote does; a note with line
    breaks, quoted as CSV writers quote it, is closed by a quote before a delimiter or a
    line end.
    """
    rest = _cell_rest(delimiter)
    stops = delimiter + "\r\n"
    pos = start
    while pos < end:
        if text[pos] == '"':
            match = _QUOTED.match(text, pos, end)
            if match is None:
                return (pos, None) if text.find("\n", pos, end) >= 0 else None
            after = match.end()
            if after < end and text[after] not in stops and "\n" in match.group():
                return pos, after - 1
            pos = after
        # The rest of the cell (a quote inside an unquoted cell is read as it is).
        found = rest.match(text, pos, end)
        pos = found.end() if found is not None and found.end() > pos else pos + 1
    return None


def joined_lines(
    text: str, start: int, end: int, delimiter: str, width: int
) -> tuple[int, int] | None:
    """Where a quoted cell of the row ``text[start:end]`` opens and closes when it is closed
    properly (by a quote that ends its cell) but the lines it spans after its first each
    hold a row's delimiters: what a stray quote that happens to close at the end of a later
    line does (those lines read as one cell). None when no cell looks so.

    A note with line breaks, as CSV writers quote it, seldom has a whole row's delimiters on
    every line it continues on.
    """
    needed = max(1, width - 1)
    rest = _cell_rest(delimiter)
    pos = start
    while pos < end:
        if text[pos] == '"':
            match = _QUOTED.match(text, pos, end)
            if match is None:
                return None
            inside = match.group()[1:-1]
            later = inside.split("\n")[1:]
            if later and all(part.count(delimiter) >= needed for part in later):
                return pos, match.end() - 1
            pos = match.end()
        found = rest.match(text, pos, end)
        pos = found.end() if found is not None and found.end() > pos else pos + 1
    return None


def csv_reason(error: csv.Error) -> str:
    """What the csv module refused, in the terms of a table (one of
    :data:`.messages.CSV_REASONS` when it is a known refusal, else its own words)."""
    text = str(error)
    for start, reason in _CSV_REASONS:
        if text.startswith(start):
            return reason
    return text


_CSV_REASONS = tuple(
    zip(("new-line character seen", "line contains NUL", "field larger"), CSV_REASONS, strict=True)
)


def lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their ends, as the csv module reads them.

    Not ``io.StringIO(text)``: it copies the text as 4 bytes a character (a 425 MB CSV took
    1.7 GB more).
    """
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start : end + 1]
        start = end + 1


def decode(raw: bytes, name: str, report: ConversionReport) -> str:
    text = _decode(raw, name, report)
    if "\n" not in text and "\r" in text:  # old Mac line ends
        return text.replace("\r", "\n")
    return text


def _decode(raw: bytes, name: str, report: ConversionReport) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        report.changed(Where(name), "not_utf8", byte=f"{raw[error.start]:02x}", offset=error.start)
        return raw.decode("cp1252", errors="replace")


def read_table(
    raw: bytes, name: str, report: ConversionReport, *, head_only: bool = False
) -> Table:
    """The header and rows of a delimited text file (the delimiter is found in the header).

    ``head_only``: decode the header line alone (its table has no rows), for a big input
    whose parts are decoded where they are converted; the header must be UTF-8 then.
    """
    if head_only:
        end = raw.find(b"\n")
        text = raw[: end + 1 if end >= 0 else len(raw)].decode("utf-8-sig")
    else:
        text = decode(raw, name, report)
    first = text.split("\n", 1)[0]
    delimiter = "\t" if name.lower().endswith(".tsv") else max(_DELIMITERS, key=first.count)
    reader = csv.reader(lines(text), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as error:
        raise UnreadableInput(f"{name}:1", "csv_header_error", error=csv_reason(error)) from None
    if not header or not any(cell.strip() for cell in header):
        raise UnreadableInput(f"{name}:1", "csv_no_header")
    names: list[str] = []
    for cell in header:
        column = cell.strip()
        wanted, number = column, 2
        while wanted in names:
            wanted = f"{column} ({number})"
            number += 1
        names.append(wanted)
    return Table(name, names, text, delimiter, report)


def find_column(header: list[str], *candidates: str) -> str | None:
    """The first column named like one of ``candidates`` (case, spaces and _ ignored)."""
    folded = {_fold(column): column for column in reversed(header)}
    for candidate in candidates:
        found = folded.get(_fold(candidate))
        if found is not None:
            return found
    return None


def _fold(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())
