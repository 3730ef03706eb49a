"""A date suggested for words selected in a document, read by the article builder's tagger.

When an analyst makes an event from a selection, a date is suggested only when the selection,
or else the sentence around it, holds a date expression the builder's tagger can fix
(:mod:`timelineapp.extract.temporal` finds it, :mod:`timelineapp.extract.anchoring` resolves it
against the document's publication date, no more precisely than the words allow). The editor
shows it as a suggestion, with the words and the tagger's note, never fills it silently.
No Qt here: it is glue between the document pane and the builder's rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...extract.anchoring import reference_from, resolve, sentence_tense
from ...extract.article import guess_language
from ...extract.notes import Note
from ...extract.temporal import detect


@dataclass(frozen=True)
class DateSuggestion:
    edtf: str  # e.g. "2024-05-19", "[2024-05-31..2024-06-28]"
    start: int  # code point offsets in the document of the words it came from
    end: int
    note: tuple[Note, ...]  # how the tagger read the words (codes, as the builder's notes)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding ``[start, end)``."""
    before = max(text.rfind(mark, 0, start) for mark in (". ", "! ", "? ", "\n"))
    after = [k for k in (text.find(mark, end) for mark in (".", "!", "?", "\n")) if k >= 0]
    return (before + 1 if before >= 0 else 0), (min(after) + 1 if after else len(text))


def suggest_date(
    text: str, start: int, end: int, language: str | None = None, published: str | None = None
) -> DateSuggestion | None:
    """A date for ``text[start:end]``: from its words, else from its sentence."""
    lang = language if language in ("fr", "en") else guess_language(text)
    reference = reference_from(published)
    low, high = sentence_bounds(text, start, end)
    tense = sentence_tense(text[low:high], lang)
    for a, b in ((start, end), (low, high)):
        for mention in detect(text[a:b], lang):
            resolved = resolve(mention, reference, tense)
            if resolved.value is not None:
                return DateSuggestion(
                    resolved.value, a + mention.start, a + mention.end, resolved.notes
                )
    return None


def unanchored_words(
    text: str, start: int, end: int, language: str | None = None, published: str | None = None
) -> tuple[int, int] | None:
    """Where the selection (else its sentence) says a date relative to the publication date
    (« hier », "last week") that cannot be fixed because the document gives none: why no date
    is suggested, rather than "no date found" (QA #149). None when there is no such words,
    or when the document has a publication date."""
    if reference_from(published) is not None:
        return None
    lang = language if language in ("fr", "en") else guess_language(text)
    low, high = sentence_bounds(text, start, end)
    tense = sentence_tense(text[low:high], lang)
    for a, b in ((start, end), (low, high)):
        for mention in detect(text[a:b], lang):
            resolved = resolve(mention, None, tense)
            if resolved.value is None and any(
                n.code == "relative_needs_publication" for n in resolved.notes
            ):
                return a + mention.start, a + mention.end
    return None
