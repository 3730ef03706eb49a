"""Rows of a CSV/TSV file with the line each starts on, read by the stdlib csv module.

The line is what a report points to, so it is the line in the file (a cell with line breaks
makes a row span several lines: the row is located at its first). Text that is not UTF-8 is
read as Windows-1252, the usual encoding of spreadsheets saved on Windows, and reported.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from .base import UnreadableInput
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
        """(line, {column: cell}) for every row that is not blank."""
        reader = csv.reader(lines(self.text), delimiter=self.delimiter)
        if self.skip_header:
            next(reader, None)
        width = len(self.header)
        line = reader.line_num + 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as error:  # a stray carriage return in a cell, say
                self.report.dropped(Where(self.name, line), "csv_error", error=error)
                return
            start, line = line, reader.line_num + 1
            if not (cells and cells[0].strip()) and not any(cell.strip() for cell in cells):
                continue  # blank (the first cell, an id or a date, is seldom blank)
            row = dict(zip(self.header, cells, strict=False))
            if len(cells) > width:
                row["\x00extra"] = self.delimiter.join(cells[width:])
            yield start, row


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
        raise UnreadableInput(f"{name}:1: expected a CSV header, found an error: {error}") from None
    if not header or not any(cell.strip() for cell in header):
        raise UnreadableInput(f"{name}:1: expected a header row naming the columns, found none")
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
