"""Folding text for search: without case or accents, one character at a time.

:func:`fold` is one per-character mapping, so folding a whole text at once and folding it
character by character agree; :func:`fold_large` applies the same mapping to megabytes with
numpy, and :func:`fold_texts` turns the texts of many events into the one folded byte blob
the search index reads. The loader calls it in its worker processes, so a big file's search
index costs the window nothing after opening.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import TypeVar

import numpy as np
import numpy.typing as npt

# Separates events in the search blob. str.split() treats it as whitespace, so no search term
# can contain it and no match can run from one event into the next.
EVENT_SEPARATOR = "\x1f"
# Separates the fields of one event (title, summary, ...): terms never contain whitespace.
# Typographic apostrophes fold to the ASCII one: "l’accord" and "l'accord" must match.
_APOSTROPHES = frozenset("\u2019\u2018\u02bc\u2032")
# Letters Unicode does not decompose but that people type without the ligature or stroke:
# "coeur" must find "cœur".
_PLAIN_LETTERS = {"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d"}
# Code units of UTF-16 or UTF-32 text, as numpy arrays.
_Code = TypeVar("_Code", np.uint16, np.uint32)


@lru_cache(maxsize=8192)
def fold_char(char: str) -> str:
    """The folded form of one character; :func:`fold` is this mapping applied to each one."""
    if char in _APOSTROPHES:
        return "'"
    # Unicode caseless matching (NFKD, casefold, NFKD), then accents dropped: "É" -> "e",
    # "ﬁ" -> "fi", "ß" -> "ss". Every step works character by character (canonical reordering
    # only moves combining marks, which are dropped), so folding a whole text at once and
    # folding it one character at a time agree.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", char).casefold())
    return "".join(_PLAIN_LETTERS.get(c, c) for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """``text`` without case or accents, for matching: ``fold("États-Unis") == "etats-unis"``."""
    if text.isascii():
        return text.lower()
    return "".join(map(fold_char, text))


def fold_large(text: str) -> str:
    """Same result as :func:`fold`, fast on texts of many megabytes.

    Folding 150 MB one character at a time in Python takes many seconds; here each distinct
    character is folded once and numpy maps the whole text through that table.
    """
    if text.isascii():
        return text.lower()
    # UTF-16 halves the memory of UTF-32 and is exact while every character is in the Basic
    # Multilingual Plane, which is nearly always; otherwise, fall back to whole code points.
    units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    folded = _fold_codes(units, 0xFFFF)
    if folded is not None:
        return folded.tobytes().decode("utf-16-le", "surrogatepass")
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    wide = _fold_codes(codes, sys.maxunicode)
    assert wide is not None  # every code point stands alone in UTF-32
    return wide.tobytes().decode("utf-32-le", "surrogatepass")


def _fold_codes(codes: npt.NDArray[_Code], limit: int) -> npt.NDArray[_Code] | None:
    """:func:`fold` applied to an array of code units; None if a unit cannot stand alone."""
    high = codes[codes >= 0x80]
    present = np.flatnonzero(np.bincount(high)).tolist() if high.size else []
    if limit <= 0xFFFF and any(0xD800 <= code <= 0xDFFF for code in present):
        return None  # surrogate pairs: characters beyond the BMP
    table = np.arange(max(present[-1] + 1 if present else 0, 0x80), dtype=codes.dtype)
    table[ord("A") : ord("Z") + 1] += ord("a") - ord("A")
    dropped: list[int] = []  # combining marks on their own
    expansions: dict[int, str] = {}  # code -> the characters after the first ("ß" -> "ss")
    for code in present:
        folded = fold_char(chr(code))
        if any(ord(c) > limit for c in folded):
            return None
        if not folded:
            dropped.append(code)
            continue
        table[code] = ord(folded[0])
        if len(folded) > 1:
            expansions[code] = folded[1:]
    if dropped:
        codes = codes[~np.isin(codes, dropped)]
    out = table[codes]
    if expansions:
        # Rare: insert the extra characters after each expanding one, all at once.
        where = np.flatnonzero(np.isin(codes, list(expansions)))
        extras = [expansions[code] for code in codes[where].tolist()]
        lengths = np.fromiter(map(len, extras), dtype=np.int64, count=len(extras))
        values = np.fromiter(map(ord, "".join(extras)), dtype=codes.dtype)
        out = np.insert(out, np.repeat(where + 1, lengths), values)
    return out


def fold_texts(texts: Iterable[str]) -> bytes:
    """The folded texts as UTF-8, one after the other, separated by :data:`EVENT_SEPARATOR`.

    A separator inside a text is blanked, so that the blob always holds one text more than
    separators.
    """
    items = list(texts)
    joined = EVENT_SEPARATOR.join(items)
    if joined.count(EVENT_SEPARATOR) != max(len(items) - 1, 0):
        joined = EVENT_SEPARATOR.join(t.replace(EVENT_SEPARATOR, " ") for t in items)
    return fold_large_utf8(joined)


def fold_large_utf8(text: str) -> bytes:
    """``fold_large(text)`` as UTF-8. Text whose characters all fit in one byte each
    (Latin-1: English, and French but for "œ" and typographic quotes) is folded as bytes by
    ``bytes.translate`` (C), and when the folded text is ASCII, as it nearly always is
    then, those bytes are its UTF-8: no round trip through UTF-16 (a million events' search
    texts are 200 MB)."""
    if not text.isascii():
        try:
            latin = text.encode("latin-1")
        except UnicodeEncodeError:
            latin = b""
        folded = _fold_latin1(latin) if latin else None
        if folded is not None:
            return folded if folded.isascii() else folded.decode("latin-1").encode("utf-8")
    return fold_large(text).encode("utf-8", "surrogatepass")


_ASCII = bytes(range(0x80))
_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")


def _fold_latin1(latin: bytes) -> bytes | None:
    """:func:`fold` of Latin-1 bytes, as Latin-1 bytes; None when a character folds to
    several or to one beyond Latin-1 ("ß" -> "ss", "µ" -> "μ")."""
    table = bytearray(_LOWER)
    dropped = bytearray()
    for code in set(latin.translate(None, _ASCII)):  # the distinct non-ASCII bytes
        folded = fold_char(chr(code))
        if not folded:
            dropped.append(code)
        elif len(folded) > 1 or ord(folded) > 0xFF:
            return None
        else:
            table[code] = ord(folded)
    return latin.translate(bytes(table), bytes(dropped))


def join_folded_releasing(blobs: list[bytes]) -> npt.NDArray[np.uint8]:
    """Blobs of :func:`fold_texts` (each of at least one text) as one array of all texts,
    separated by :data:`EVENT_SEPARATOR`, each blob dropped from ``blobs`` once copied.

    A million events' folded texts are about 200 MB: joined at once, they were held twice.
    Each copy of one chunk's blob holds the GIL for a few milliseconds only.
    """
    separator = np.frombuffer(EVENT_SEPARATOR.encode(), dtype=np.uint8)
    total = sum(map(len, blobs)) + separator.size * max(len(blobs) - 1, 0)
    joined = np.empty(total, dtype=np.uint8)
    at = 0
    for k, blob in enumerate(blobs):
        if k:
            joined[at : at + separator.size] = separator
            at += separator.size
        joined[at : at + len(blob)] = np.frombuffer(blob, dtype=np.uint8)
        at += len(blob)
        blobs[k] = b""
    return joined
