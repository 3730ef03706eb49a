"""A selection of words widened to whole words, before it becomes a quote or a date phrase.

A drag that stops after the "2" of "269" recorded the verbatim quote "Pas moins de 2": every
check passes (the words are the document's), yet the quote says what the article does not
(QA #68). A quote, a date phrase or a name taken from a selection therefore never starts or
ends inside a word: an end that cuts one is moved outwards to the word's edge, and the
spaces around the words are left out (:func:`trimmed`).
"""

from __future__ import annotations

import unicodedata


def _in_word(character: str) -> bool:
    """Letters, digits and the marks that combine with them (an accent typed apart)."""
    return character.isalnum() or unicodedata.category(character).startswith("M")


# Inside a word when between two of its characters: "2024-06", "États-Unis", "18:05", "U.S"
# (QA #109j: the keyboard's word steps stop at "-", and a quote began "-06 Le retrait").
_JOINERS = "-/.:"


def _inside(text: str, at: int) -> bool:
    """Whether the character at ``at`` belongs to a word (a joiner between two does)."""
    if _in_word(text[at]):
        return True
    return (
        text[at] in _JOINERS
        and 0 < at < len(text) - 1
        and _in_word(text[at - 1])
        and _in_word(text[at + 1])
    )


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened so that neither end falls inside a word of ``text``."""
    start, end = max(0, start), min(len(text), end)
    if start >= end:
        return start, end
    if _inside(text, start):
        while start > 0 and _inside(text, start - 1):
            start -= 1
    if _inside(text, end - 1):
        while end < len(text) and _inside(text, end):
            end += 1
    return start, end


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the spaces at either end: a drag from the end of one word to
    the start of another recorded the date phrase " sur les " (QA #120). A selection of
    spaces alone is kept as it is (the edit then says it holds no words)."""
    words = text[start:end]
    kept = words.strip()
    if not kept:
        return start, end
    start += len(words) - len(words.lstrip())
    return start, start + len(kept)
