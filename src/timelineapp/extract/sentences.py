"""Sentences and clauses of a text, as offsets, for the event rules.

A sentence ends at . ! ? or … followed by a space and a capital, an opening quote or a line
break, or at a blank line; abbreviations ("Maj. Gen.", "U.S.", "M.", "Jan.") do not end one.
A full stop inside a quotation that the sentence goes on after ("« … . », a-t-il dit") does
not end it either, so that a quotation stays with its attribution.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

__all__ = ["clauses", "sentences"]

_ABBREVIATIONS: Final = {
    "gen",
    "maj",
    "lt",
    "col",
    "capt",
    "sgt",
    "adm",
    "cmdr",
    "dr",
    "mr",
    "mrs",
    "ms",
    "sen",
    "rep",
    "gov",
    "st",
    "no",
    "jan",
    "feb",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
    "jr",
    "sr",
    "inc",
    "corp",
    "co",
    "ltd",
    "vs",
    "mme",
    "mm",
    "art",
    "prof",
    "brig",
    "rear",
    "vice",
    "fig",
    "vol",
    "p",
    "pp",
    "etc",
    "env",
    "cf",
    "gén",
    "av",
    "apr",
    "mar",
    "jul",
    "jun",
}
_END: Final = re.compile(
    r"(?<=[.!?…])[»”\"’)]*(?=\s+[«“\"(]?\s?[A-ZÀ-ÖØ-Þ0-9])|\n\s*\n|\n(?=\s*\S)"
)


def sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence from ``start`` on, trimmed of surrounding spaces."""
    spans: list[tuple[int, int]] = []
    begin = start
    depth = 0
    last = start
    for match in _END.finditer(text, start):
        cut = match.end()
        if match.group(0).strip() == "" and "\n" in match.group(0):
            cut = match.start()
        else:
            word = re.search(r"([\w.]+)[.!?…]*[»”\"’)]*$", text[last : match.end()])
            token = word.group(1).rstrip(".").lower() if word else ""
            hour = (
                token == "h" and re.search(r"\d\s+h\.\W*$", text[last : match.end()])
            ) or _clock_ends(text, last, match)
            if not hour and (
                token.split(".")[-1] in _ABBREVIATIONS
                or re.fullmatch(r"[a-z]", token.split(".")[-1])
            ):
                continue  # an abbreviation or an initial; « à 20 h. » ends (QA #111)
            depth = _open_quotes(text, begin, match.end())
            if depth > 0:
                continue
        _add(text, begin, cut, spans)
        begin = match.end()
        last = begin
    _add(text, begin, len(text), spans)
    return spans


_CLOCK: Final = re.compile(r"\d\s*[ap]\.m\.[»”\"’)]*$", re.IGNORECASE)
_AFTER_CLOCK: Final = re.compile(r"\s+[«“\"(]?\s?(\w+)")
_CLOCK_GOES_ON: Final = {
    # "at 8 p.m. Thursday", "8 p.m. Eastern Time", "p.m. GMT": the sentence goes on
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("january", "february", "march", "april", "may", "june", "july", "august"),
    *("september", "october", "november", "december", "jan", "feb", "mar", "apr"),
    *("jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    *("eastern", "pacific", "central", "mountain", "atlantic", "local", "greenwich"),
    *("et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt"),
    *("gmt", "utc", "bst", "cet", "cest", "eet", "eest", "wet", "ist", "jst", "aest"),
}


def _clock_ends(text: str, last: int, match: re.Match[str]) -> bool:
    """Whether "… at 8 p.m." ends its sentence: the next word starts with a capital and
    does not go on with the time (a weekday, a month, a time zone) (QA #123f)."""
    if not _CLOCK.search(text, last, match.end()):
        return False
    after = _AFTER_CLOCK.match(text, match.end())
    return after is not None and after.group(1).lower() not in _CLOCK_GOES_ON


def _open_quotes(text: str, start: int, end: int) -> int:
    piece = text[start:end]
    return piece.count("«") - piece.count("»") + piece.count("“") - piece.count("”")


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


_CLAUSE_CUT: Final = re.compile(r"\s*[,;:]\s+|\s+[–—]\s+")


@lru_cache(maxsize=4096)
def clauses(text: str, sentence: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The comma-, semicolon- or dash-separated pieces of a sentence outside quotation marks
    and parentheses."""
    start, end = sentence
    pieces: list[tuple[int, int]] = []
    begin = start
    depth = 0
    for index in range(start, end):
        char = text[index]
        if char in "«“(":
            depth += 1
        elif char in "»”)" and depth:
            depth -= 1
        elif depth == 0:
            match = _CLAUSE_CUT.match(text, index)
            if match is not None and match.start() == index and match.end() <= end:
                if index > begin:
                    pieces.append((begin, index))
                begin = match.end()
    if end > begin:
        pieces.append((begin, end))
    return tuple(p for p in pieces if p[1] > p[0])
