"""A date phrase is judged by every reading the builder could give it (QA #93, #111c), and a
source's phrase against the source's own date (QA #99)."""

from __future__ import annotations

from pathlib import Path

import pytest

from timelineapp.extract.article import article_from_text
from timelineapp.extract.build import build_draft
from timelineapp.extract.notes import CodeWords
from timelineapp.extract.phrase_check import (
    date_phrase_disagreements,
    phrase_disagrees,
    phrase_readings,
)
from timelineapp.model.file_format import Document, EventFile

BUILD = Path(__file__).parent.parent / "data" / "build"
SEED = BUILD / "000_651eb735907009b6.txt"

# qa9's articles: the builder reads « rouvrira à l'automne » as autumn 2026 and « le 1er
# janvier prochain » as 2026-01-01, both right; the phrase alone was read a year early.
AUTUMN = (
    "Incendie à la médiathèque de Roubaix : le bâtiment rouvrira à l’automne\n"
    "Publié le 2 octobre 2025\n\n"
    "Le feu s’est déclaré dans la nuit du 12 au 13 septembre 2025 vers 2 h 30.\n\n"
    "Les travaux commenceront le mois prochain et devraient durer jusqu’à fin mars 2026.\n"
)
NEXT_JANUARY = (
    "Réforme des retraites : le gouvernement recule\n"
    "Publié le jeudi 6 mars 2025\n\n"
    "Lundi 3 mars, le gouvernement a annoncé le retrait du texte. "
    "La loi devait entrer en vigueur le 1er janvier prochain.\n"
)


def _built(text: str, name: str) -> EventFile:
    return build_draft([article_from_text(text, name)], words=CodeWords()).event_file


@pytest.mark.parametrize(
    ("text", "phrase", "date"),
    [
        (AUTUMN, "à l’automne", "2026-23"),  # EDTF autumn (QA #94)
        (NEXT_JANUARY, "le 1er janvier prochain", "2026-01-01"),
    ],
)
def test_the_builders_reading_is_not_flagged(text: str, phrase: str, date: str) -> None:
    built = _built(text, "a.txt")
    dated = {
        (s.date_phrase.text, e.date)
        for e in built.events
        for s in e.sources
        if s.date_phrase is not None
    }
    assert (phrase, date) in dated  # what the builder made, so the check below means it
    assert list(date_phrase_disagreements(built)) == []


@pytest.mark.parametrize("path", sorted(BUILD.glob("*.txt")), ids=lambda p: p.stem)
def test_every_gold_build_has_no_disagreement(path: Path) -> None:
    built = _built(path.read_text(encoding="utf-8"), path.name)
    assert list(date_phrase_disagreements(built)) == []


def test_a_phrase_that_names_its_direction_has_one_reading() -> None:
    assert phrase_readings("le 1er janvier prochain", "fr", "2025-03-06") == ("2026-01-01",)
    assert phrase_readings("last Tuesday", "en", "2025-03-06") == ("2025-03-04",)
    # A yearless season is the one before or the one after the publication date.
    assert set(phrase_readings("à l'automne", "fr", "2025-10-02")) == {"2025-23", "2026-23"}


@pytest.mark.parametrize(
    ("phrase", "published", "date", "shown"),
    [
        ("à l'automne", "2025-10-02", "2026-10", None),
        ("à l'automne", "2025-10-02", "2025-10", None),
        ("à l'automne", "2025-10-02", "2027-10", "2025-23"),
        ("le 1er janvier prochain", "2025-03-06", "2025-01-01", "2026-01-01"),
        ("en 2012", "2024-06-07", "2024-05-19", "2012"),
        ("jeudi", None, "2024-05-19", None),  # relative, no publication date: not judged
    ],
)
def test_a_phrase_disagrees_only_when_no_reading_overlaps(
    phrase: str, published: str | None, date: str, shown: str | None
) -> None:
    document = Document(id="d", title="d", text=phrase, language="fr", published=published)
    assert phrase_disagrees(phrase, document, None, date) == shown


def _seed(source_date: str | None, event_date: str | None) -> EventFile:
    article = article_from_text(SEED.read_text(encoding="utf-8"), SEED.name)
    data = build_draft([article], words=CodeWords()).event_file.model_dump(
        mode="json", exclude_none=True
    )
    for event in data["events"]:
        if event.get("date") == "2012":
            event["date"] = event_date
            if event_date is None:
                del event["date"]
            event["sources"][0]["date"] = source_date
    return EventFile.model_validate(data)


def test_a_sources_phrase_is_judged_against_the_sources_own_date() -> None:
    """QA #99: « en 2012 » beside a source dated 2024-05-19 was never compared with
    anything, and the window said "The dated sources agree"."""
    (found,) = date_phrase_disagreements(_seed("2024-05-19", "2024-05-19"))
    assert (found.phrase, found.reading, found.date, found.of_source) == (
        "en 2012",
        "2012",
        "2024-05-19",
        True,
    )
    issue = found.issue("f.json")
    assert issue.code == "source_date_phrase_disagrees"
    assert "the source's own date 2024-05-19" in issue.message
    # Undated event: the source's own claim is still checked.
    assert len(list(date_phrase_disagreements(_seed("2024-05-19", None)))) == 1
    # The source's date is its claim: the event's date does not judge its phrase.
    assert list(date_phrase_disagreements(_seed("2012", "2024-05-19"))) == []


def test_the_source_warning_is_worded_in_the_window() -> None:
    import string

    from timelineapp.model.reference_issues import date_phrase_disagrees
    from timelineapp.ui import issue_words

    issue = date_phrase_disagrees("f", "p", "en 2012", "2012", "2024-05-19", of_source=True)
    words = issue_words.template(issue.code, dict(issue.arguments))
    assert words is not None
    named = {name for _, name, _, _ in string.Formatter().parse(words) if name}
    assert named <= set(dict(issue.arguments))
    assert issue_words.issue_message(issue) == issue.message
