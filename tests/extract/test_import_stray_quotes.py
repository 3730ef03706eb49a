"""A stray CSV quote that closes at the end of a later line is reported, never silent."""

from __future__ import annotations

import json

from timelineapp.extract.importers import import_bytes


def _titles(raw: bytes) -> list[str]:
    return [event["title"] for event in json.loads(raw)["events"]]


def test_a_quote_closing_at_a_later_line_end_short_of_columns_is_split_and_located() -> None:
    text = (
        "date,title,place\n"
        '2024-01-01,"Stray title,Niamey\n'  # the quote opens at line 2, column 12
        "2024-01-02,Second,Agadez\n"
        '2024-01-03,Third,Zinder"\n'  # ... and closes at the end of line 4
        "2024-01-04,Fourth,Tahoua\n"
    )
    result = import_bytes(text.encode(), "stray.csv")
    (entry,) = result.report.entries
    assert entry.code == "csv_quote_joined_split"
    assert (entry.where.line, entry.where.column) == (2, 12)
    assert entry.args == {"line": "4"}
    assert str(entry.where) == "stray.csv:2:12"
    assert "stray.csv:2:12" in str(entry)
    assert result.event_count == 4  # every row is a row: nothing swallowed, nothing lost
    titles = _titles(result.raw)
    assert titles[:2] == ['"Stray title', "Second"]  # the stray quote kept, as a character
    assert not any("\n" in title for title in titles)


def test_a_quote_closing_at_a_later_line_end_in_a_full_row_is_kept_and_reported() -> None:
    """Its row has every column: it may be a note with line breaks, so it is read as written
    (nothing is lost), and the report says which lines went into the cell."""
    text = 'date,title\n2024-01-01,"Stray\n2024-01-02,ok"\n2024-01-03,fine\n'
    result = import_bytes(text.encode(), "joined.csv")
    (entry,) = result.report.entries
    assert (entry.code, entry.where.line, entry.where.column) == ("csv_quote_joined", 2, 12)
    assert entry.args == {"line": "3"}
    assert "closes only on line 3" in entry.message
    assert _titles(result.raw)[0] == "Stray 2024-01-02,ok"  # the lines it took, kept


def test_notes_with_line_breaks_are_not_reported() -> None:
    text = (
        "date,title,note\n"
        '2024-01-01,one,"first line\nsecond line, one comma"\n'
        '2024-01-02,two,"a\n""b"""\n'
    )
    result = import_bytes(text.encode(), "notes.csv")
    assert not result.report.entries
    assert result.event_count == 2


def test_a_quote_inside_an_unquoted_cell_is_no_stray_quote_for_either_scan() -> None:
    """Both scans (a quote never closed properly, lines joined by a closed one) walk the
    row's cells alike (``table._quoted_cells``): a quote inside an unquoted cell is a
    character, and the note quoted properly after it is read as written."""
    text = (
        "date,title,note\n"
        '2024-01-01,a 5" screen,"first line\nsecond line"\n'
        '2024-01-02,b 7" screen,"one, two\nthree, four"\n'
    )
    result = import_bytes(text.encode(), "inches.csv")
    assert not result.report.entries
    assert _titles(result.raw) == ['a 5" screen', 'b 7" screen']
