"""The text the builder's rules read when an article's accents are decomposed (Unicode NFD:
text copied on macOS, some PDF extractions), and the way back to the stored text's offsets.

The rules match composed letters (« é », one code point); on « e\u0301 » they cut words at the
accent ("commission mixte de de", QA #102). So they read the article composed (NFC), one
base letter and its combining marks at a time, and every offset they give is mapped back to
the text as stored, which stays as written (a document is never changed; the quotes'
offsets are into it).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from .article import Article
from .events import DraftEvent

__all__ = ["ComposedView", "composed_view"]


@dataclass(frozen=True, slots=True)
class ComposedView:
    """An article as the rules read it, and where each of its offsets is in the stored text."""

    article: Article  # the composed text, its header spans and body start moved with it
    to_stored: tuple[int, ...]  # offset in the composed text -> offset in the stored one

    def stored_events(self, events: list[DraftEvent], stored: str) -> list[DraftEvent]:
        """``events`` found in the composed text, their quotes and date phrases moved to
        the stored text's offsets and words."""
        back = self.to_stored
        for event in events:
            event.position = back[event.position]
            for source in event.sources:
                source.quotes = [
                    replace(
                        quote,
                        start=back[quote.start],
                        end=back[quote.end],
                        text=stored[back[quote.start] : back[quote.end]],
                    )
                    for quote in source.quotes
                ]
                if source.date_phrase is not None:
                    start, end = back[source.date_phrase[0]], back[source.date_phrase[1]]
                    source.date_phrase = (start, end, stored[start:end])
        return events


def composed_view(article: Article) -> ComposedView | None:
    """The article composed (NFC) with its offsets map, or None when it is composed already."""
    text = article.text
    if unicodedata.is_normalized("NFC", text):
        return None
    pieces: list[str] = []
    to_stored: list[int] = []
    to_composed = [0] * (len(text) + 1)
    start = 0
    while start < len(text):
        end = start + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        composed = unicodedata.normalize("NFC", text[start:end])
        for offset in range(start, end):
            to_composed[offset] = len(to_stored)
        # Each composed character stands for the whole run; an offset inside the run is
        # never given (the rules cut at characters of the composed text).
        to_stored.extend([start] * len(composed))
        pieces.append(composed)
        start = end
    to_stored.append(len(text))
    to_composed[len(text)] = len(to_stored) - 1
    spans = tuple((to_composed[s], to_composed[e]) for s, e in article.header_spans)
    view = replace(
        article,
        text="".join(pieces),
        body_start=to_composed[article.body_start],
        header_spans=spans,
    )
    return ComposedView(view, tuple(to_stored))
