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
            stray = None
            if line - start > 1:  # a cell with line breaks: check its quotes were closed
                stray = stray_quote(self.text, offset, feed.pos, self.delimiter, width, cells)
            if stray is not None:
                quote_line = self._report_stray(stray, start, offset)
                if stray.cuts_row:
                    # The row as far as the quote's line goes, the lines after it as rows.
                    cells, row_end = _cells_to_line_end(self.text, offset, stray, self.delimiter)
                    feed = _Feed(self.text, row_end)
                    reader = csv.reader(feed, delimiter=self.delimiter)
                    base = line = quote_line + 1
            if not (cells and cells[0].strip()) and not any(cell.strip() for cell in cells):
                continue  # blank (the first cell, an id or a date, is seldom blank)
            if own_export:
                cells = [restored(cell) if cell[:1] == "'" else cell for cell in cells]
            row = dict(zip(self.header, cells, strict=False))
            if len(cells) > width:
                row["\x00extra"] = self.delimiter.join(cells[width:])
            yield start, row

    def _report_stray(self, stray: StrayQuote, start: int, offset: int) -> int:
        """Say where the stray quote of the row at line ``start`` (offset ``offset`` of the
        text) opens, and closes when it does; return the line it opens on."""
        text = self.text
        quote_line = start + text.count("\n", offset, stray.opened)
        column = stray.opened - text.rfind("\n", 0, stray.opened)
        where = Where(self.name, quote_line, column=column)
        if stray.closed is None:
            self.report.changed(where, stray.code)
        else:
            closed_line = quote_line + text.count("\n", stray.opened, stray.closed)
            self.report.changed(where, stray.code, line=closed_line)
        return quote_line


@dataclass(frozen=True, slots=True)
class StrayQuote:
    """A quote that made the csv module read several lines as one cell: where it opens and
    closes (None: never), and the report's code for it."""

    opened: int
    closed: int | None
    code: str

    @property
    def cuts_row(self) -> bool:
        """Whether its row ends with the line it opens on (the lines after it were rows);
        a quote closed properly around whole rows in a full row is read as written."""
        return self.code != "csv_quote_joined"


def stray_quote(
    text: str, start: int, end: int, delimiter: str, width: int, cells: list[str]
) -> StrayQuote | None:
    """The stray quote of the row ``text[start:end]`` read as ``cells`` over several lines,
    or None when its quoted cells are as CSV writers quote a note with line breaks."""
    found = unclosed_quote(text, start, end, delimiter)
    if found is not None:
        opened, closed = found
        return StrayQuote(
            opened, closed, "csv_quote_unclosed" if closed is None else "csv_quote_closed_late"
        )
    # Closed properly, but over lines that look like rows: with its row short of cells,
    # those lines were rows; else it is read as written (a note with line breaks, perhaps),
    # and the report says where to look.
    joined = joined_lines(text, start, end, delimiter, width)
    if joined is None:
        return None
    code = "csv_quote_joined_split" if len(cells) < width else "csv_quote_joined"
    return StrayQuote(*joined, code)


def _cells_to_line_end(
    text: str, offset: int, stray: StrayQuote, delimiter: str
) -> tuple[list[str], int]:
    """The cells of the row at ``offset`` as far as the line of its stray quote goes, the
    quote read as a character (kept in its cell: nothing lost, and the delimiters after it
    count), and the offset where the next line starts."""
    row_end = text.find("\n", stray.opened)
    row_end = len(text) if row_end < 0 else row_end + 1
    part = text[offset:row_end]
    try:
        return _cells_of(part, delimiter, stray.opened - offset), row_end
    except csv.Error:  # a stray carriage return as well: its cells as cut
        return part.rstrip("\r\n").split(delimiter), row_end


def _cells_of(part: str, delimiter: str, stray: int) -> list[str]:
    """The cells of one line whose quote at ``stray`` opens no cell: the cells before it
    read as CSV, the rest with quotes as characters."""
    cut = part.rfind(delimiter, 0, stray) + 1
    before = next(csv.reader([part[:cut]], delimiter=delimiter), []) if cut else []
    rest = next(csv.reader([part[cut:]], delimiter=delimiter, quoting=csv.QUOTE_NONE), [])
    return before[:-1] + rest if cut else rest


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


def _quoted_cells(
    text: str, start: int, end: int, delimiter: str
) -> Iterator[tuple[int, re.Match[str] | None]]:
    """(offset, the quoted cell) of each cell of ``text[start:end]`` that opens with a
    quote, the cell None when its quote never closes (the last one yielded then). A quote
    inside an unquoted cell is read as it is."""
    rest = _cell_rest(delimiter)
    pos = start
    while pos < end:
        if text[pos] == '"':
            match = _QUOTED.match(text, pos, end)
            yield pos, match
            if match is None:
                return
            pos = match.end()
        found = rest.match(text, pos, end)  # the rest of the cell
        pos = found.end() if found is not None and found.end() > pos else pos + 1


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
    stops = delimiter + "\r\n"
    for pos, match in _quoted_cells(text, start, end, delimiter):
        if match is None:
            return (pos, None) if text.find("\n", pos, end) >= 0 else None
        after = match.end()
        if after < end and text[after] not in stops and "\n" in match.group():
            return pos, after - 1
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
    for pos, match in _quoted_cells(text, start, end, delimiter):
        if match is None:
            return None
        later = match.group()[1:-1].split("\n")[1:]
        if later and all(part.count(delimiter) >= needed for part in later):
            return pos, match.end() - 1
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


@lru_cache(maxsize=4096)
def _fold(name: str) -> str:
    """Remembered: each lookup folds the whole header again (~0.4 s for 500 long names)."""
    return "".join(filter(str.isalnum, name.casefold()))
