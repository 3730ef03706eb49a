"""An English sentence ends after "8 p.m." when a new sentence starts there (QA #123f), as
the French one does after « 20 h. » (#111); "8 p.m. Thursday" or "p.m. EST" go on."""

from __future__ import annotations

import pytest

from timelineapp.extract.article import article_from_text
from timelineapp.extract.build import build_draft
from timelineapp.extract.notes import CodeWords
from timelineapp.extract.sentences import sentences

ARTICLE = (
    "PM to speak\n"
    "Published Thursday, March 6, 2025\n"
    "\n"
    "The prime minister will speak on Thursday evening at 8 p.m. The law was due to take "
    "effect on January 1.\n"
)


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He will speak at 8 p.m. The law was due.",
            ["He will speak at 8 p.m.", "The law was due."],
        ),
        ("It opened at 9:30 a.m. Traders sold.", ["It opened at 9:30 a.m.", "Traders sold."]),
        ("It was 8 P.M. Nobody came.", ["It was 8 P.M.", "Nobody came."]),
        (
            "He speaks at 8 p.m. Thursday in Paris. Then he leaves.",
            ["He speaks at 8 p.m. Thursday in Paris.", "Then he leaves."],
        ),
        (
            "The vote opens at 9 a.m. EST and closes late.",
            ["The vote opens at 9 a.m. EST and closes late."],
        ),
        (
            "It starts at 7 p.m. Eastern Time on Friday.",
            ["It starts at 7 p.m. Eastern Time on Friday."],
        ),
        ("It starts at 7 p.m. on Friday.", ["It starts at 7 p.m. on Friday."]),
        ("Mr. J. Smith spoke. See p. 8 for more.", ["Mr. J. Smith spoke.", "See p. 8 for more."]),
    ],
)
def test_a_sentence_ends_after_a_clock_time(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_the_two_events_of_the_english_article_stay_apart() -> None:
    article = article_from_text(ARTICLE, "thu.txt", language="en")
    events = build_draft([article], words=CodeWords()).event_file.events
    titles = [event.title for event in events]
    assert not any("8 p.m" in title and "The law" in title for title in titles), titles
    quotes = [q.text for event in events for s in event.sources for q in s.quotes]
    assert not any("8 p.m." in q and "The law" in q for q in quotes), quotes
