"""A date right after a participle phrase dates the participle's noun, not the sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from timelineapp.extract.article import article_from_text
from timelineapp.extract.build import build_draft
from timelineapp.extract.notes import DraftWords
from timelineapp.extract.temporal.attachment import participle_phrase

SEED = Path(__file__).parent.parent / "data" / "build" / "000_651eb735907009b6.txt"


def test_the_seed_accord_is_dated_2012_not_its_denunciation(words: DraftWords) -> None:
    article = article_from_text(SEED.read_text(encoding="utf-8"), SEED.name)
    draft = build_draft([article], words=words).event_file
    names = {actor.id: actor.name for actor in draft.actors}
    dated_2012 = [e for e in draft.events if e.date == "2012"]
    assert len(dated_2012) == 1
    event = dated_2012[0]
    assert event.title == "Accord de coopération militaire signé avec les États-Unis"
    assert [names[ref.actor] for ref in event.actors] == ["États-Unis"]
    assert event.sources[0].date_phrase is not None
    assert event.sources[0].date_phrase.text == "en 2012"
    assert "« signé »" in (event.note or "")
    # The denunciation is not given the accord's date (the article does not date it).
    assert not any("dénonciation" in e.title and e.date for e in draft.events)


def _words(text: str, date: str, language: str) -> str | None:
    at = text.index(date)
    found = participle_phrase(text, (0, len(text)), at, language)
    return None if found is None else text[found.start : at].strip()


@pytest.mark.parametrize(
    ("text", "date", "language", "words"),
    [
        ("l’accord signé en 2012 a été dénoncé", "en 2012", "fr", "accord signé"),
        (
            "la fin du traité conclu avec le Mali et le Niger en 2015",
            "en 2015",
            "fr",
            "traité conclu avec le Mali et le Niger",
        ),
        (
            "the end of the agreement signed with Niger in 2012",
            "in 2012",
            "en",
            "agreement signed with Niger",
        ),
        # the clause's own verb, or a noun, keeps the date for the clause
        ("La France a signé avec le Niger en 2012", "en 2012", "fr", None),
        ("les exercices de l’armée en 2012", "en 2012", "fr", None),
        ("Le comité de sécurité en 2012", "en 2012", "fr", None),
        ("Niger a signé un accord en 2012", "en 2012", "fr", None),
        ("les communes touchées par les inondations de l’hiver", "l’hiver", "fr", None),
        (
            "une exposition consacrée aux langues créoles ouvrira ses portes le 14 février",
            "le 14 février",
            "fr",
            None,
        ),
        ("The army signed with Niger in 2012", "in 2012", "en", None),
        ("l’accord signé en 2012", "en 2012", "de", None),
    ],
)
def test_participle_phrases(text: str, date: str, language: str, words: str | None) -> None:
    assert _words(text, date, language) == words
