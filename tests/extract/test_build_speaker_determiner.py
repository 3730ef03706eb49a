"""A quote's speaker phrase loses a leading determiner only as a whole word (QA #116: "said
union spokesman Tom Peeters" was attributed to "ion spokesman Tom Peeters")."""

from __future__ import annotations

import pytest

from timelineapp.extract.actors import find_actors
from timelineapp.extract.article import article_from_text
from timelineapp.extract.events import find_events


def _speaker(text: str, language: str) -> str | None:
    article = article_from_text(text, "a.txt", language=language, published="2025-03-14")
    _, mentions = find_actors(text, language)
    (speaker,) = {
        quote.attributed_to
        for event in find_events(article, None, mentions)
        for source in event.sources
        for quote in source.quotes
    }
    return speaker


@pytest.mark.parametrize(
    ("who", "speaker"),
    [
        ("union spokesman", "union spokesman"),
        ("unit manager", "unit manager"),
        ("Unesco official", "Unesco official"),
        ("lesbian activist", "lesbian activist"),
        ("leader of the dockworkers", "leader of the dockworkers"),
        ("laboratory head", "laboratory head"),
        ("the union spokesman", "union spokesman"),
        ("an airline official", "airline official"),
        ("a witness", "witness"),
        ("The Guardian", "The Guardian"),  # a name that begins with a determiner keeps it
    ],
)
def test_english_speakers(who: str, speaker: str) -> None:
    assert _speaker(f"“Talks ended on Monday,” said {who}.", "en") == speaker


@pytest.mark.parametrize(
    ("who", "speaker"),
    [
        ("l’avocate de la famille", "avocate de la famille"),
        ("L’Express", "L’Express"),
        ("le syndicat", "syndicat"),
        ("les dockers", "dockers"),
        ("une porte-parole", "porte-parole"),
        ("Le Monde", "Le Monde"),
        ("lesbienne militante", "lesbienne militante"),
        ("unité de crise", "unité de crise"),
        ("leader syndical", "leader syndical"),
    ],
)
def test_french_speakers(who: str, speaker: str) -> None:
    assert _speaker(f"« Les discussions ont pris fin lundi », a déclaré {who}.", "fr") == speaker
