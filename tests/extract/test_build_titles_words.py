"""Titles and notes in the article's own words: a clause that fits is not cut (no "…" for a
full stop), and the words two mentions share are shown as written ("communiqué"), not folded."""

from __future__ import annotations

from pathlib import Path

import pytest

from timelineapp.extract.article import article_from_text, read_article
from timelineapp.extract.build import build_draft
from timelineapp.extract.notes import CodeWords, DraftWords

SEED = Path(__file__).parents[1] / "data" / "build" / "000_651eb735907009b6.txt"


def test_a_clause_that_fits_is_a_whole_title() -> None:
    draft = build_draft([read_article(SEED)], words=CodeWords()).event_file
    titles = [event.title for event in draft.events]
    # "… au Niger en avril et en mai.": twelve words and a full stop, all kept
    assert "Du matériel et du personnel militaires russes ont été déployés au Niger" in titles


def test_a_full_stop_is_not_counted_as_a_word() -> None:
    article = article_from_text(
        "Les douze soldats du contingent ont quitté la base aérienne de Niamey le 19 mai 2024.",
        "a.txt",
        language="fr",
        published="2024-06",
    )
    (event,) = build_draft([article], words=CodeWords()).event_file.events
    assert event.title == "Les douze soldats du contingent ont quitté la base aérienne de Niamey"


def test_shared_words_are_the_articles_words() -> None:
    draft = build_draft([read_article(SEED)], words=CodeWords()).event_file
    joined = [e.note for e in draft.events if e.note and "same_day_joined" in e.note]
    assert joined, [e.note for e in draft.events]
    assert "communiqué" in joined[0]
    assert "matériel" in joined[0]
    assert "communique," not in joined[0]


def test_merge_proposals_name_the_shared_words_as_written(words: DraftWords) -> None:
    first = article_from_text(
        "Le ministère a publié un communiqué sur le matériel militaire le 19 mai 2024.",
        "a.txt",
        language="fr",
        published="2024-06",
    )
    second = article_from_text(
        "Un communiqué du ministère évoque le matériel militaire, le 19 mai 2024.",
        "b.txt",
        language="fr",
        published="2024-06",
    )
    notes = [e.note or "" for e in build_draft([first, second], words=words).event_file.events]
    proposal = next(n for n in notes if "Merge proposal" in n)
    assert "communiqué" in proposal
    assert "matériel" in proposal


def _titles(text: str, language: str = "fr") -> list[str]:
    article = article_from_text(text, "a.txt", language=language, published="2024-06")
    return [e.title for e in build_draft([article], words=CodeWords()).event_file.events]


def test_made_public_keeps_its_noun_phrase() -> None:
    """QA #32: « le communiqué rendu public hier » dates the communiqué, not the sentence."""
    titles = _titles("C’est du moins ce que déclare clairement le communiqué rendu public hier.")
    assert titles == ["Communiqué rendu public"]


def test_a_relative_clause_names_what_the_date_is_about() -> None:
    """QA #32: not "… place pour faciliter la coordination de cette opération qui devra …"."""
    titles = _titles(
        "Une commission mixte a été mise en place pour faciliter la coordination de cette "
        "opération qui devra s’achever au plus tard, le 15 septembre 2024."
    )
    assert titles == ["Cette opération devra s’achever"]


def test_a_title_does_not_end_on_a_preposition_before_a_full_stop() -> None:
    titles = _titles("The Secretary will return to Washington on May 24.", "en")
    assert titles == ["The Secretary will return to Washington"]


def test_the_participle_note_names_the_whole_verb() -> None:
    article = article_from_text(
        "C’est du moins ce que déclare clairement le communiqué rendu public hier.",
        "a.txt",
        language="fr",
        published="2024-06",
    )
    (event,) = build_draft([article], words=CodeWords()).event_file.events
    assert "participle=rendu public" in (event.note or "")
    assert "phrase=communiqué rendu public" in (event.note or "")


def test_a_cut_title_does_not_end_on_a_word_that_announces_more() -> None:
    from timelineapp.extract.titles import cut_words, shorten

    cut = shorten(
        "C’est l’annonce faite par les autorités militaires des deux pays dans un communiqué "
        "conjoint"
    )
    assert cut == "C’est l’annonce faite par les autorités militaires des deux pays…"
    excited = "We could not be more excited for the launch today"
    assert cut_words(excited.split(), 8) == "We could not be more excited…"
    # never more than half the words go
    dangling = "of the of the of the of the of"
    assert cut_words(dangling.split(), 8) == "of the of the…"


@pytest.mark.parametrize(
    ("sentence", "language", "title"),
    [
        # QA #69: not "In the national government approved…"
        (
            "In early 2025, the national government approved 16 billion euros in aid.",
            "en",
            "The national government approved 16 billion euros in aid",
        ),
        (
            "On 29 October, the agency issued a warning to every town.",
            "en",
            "The agency issued a warning to every town",
        ),
        (
            "Early on Friday, the regional president resigned.",
            "en",
            "The regional president resigned",
        ),
        ("Au mois de mai, les soldats ont quitté la base.", "fr", "Les soldats ont quitté la base"),
    ],
)
def test_a_clause_of_date_words_alone_leaves_no_word_behind(
    sentence: str, language: str, title: str
) -> None:
    assert _titles(sentence, language) == [title]


def test_a_date_inside_a_noun_phrase_stays() -> None:
    """ "The 2025 season begins June 1": cutting "2025" out would change the noun phrase."""
    assert _titles("The 2025 season begins in June.", "en")[0].startswith("The 2025 season")


def test_a_name_in_apposition_is_the_subject_of_the_dated_clause() -> None:
    """QA #69: "The regional president, Carlos Mazón, resigned on …" -> "Carlos Mazón
    resigned on …", not a title without a subject ("Resigned on 3 November 2025…")."""
    titles = _titles(
        "The regional president, Carlos Mazón, resigned on 3 November 2025 after months of "
        "protests.",
        "en",
    )
    assert titles == ["Carlos Mazón resigned on 3 November 2025 after months of protests"]


def test_a_place_in_apposition_is_not_made_a_subject() -> None:
    """ "in Newark, New Jersey, returned an indictment": the jury did, not New Jersey."""
    titles = _titles(
        "A federal grand jury in Newark, New Jersey, returned an indictment on Tuesday "
        "charging six people for their roles in the scheme.",
        "en",
    )
    assert not titles[0].startswith("New Jersey"), titles


def test_an_abbreviation_keeps_its_full_stop() -> None:
    titles = _titles(
        "Spain's weather agency AEMET had issued a red warning at 7:36 a.m. on October 29, 2024.",
        "en",
    )
    assert titles == ["Spain's weather agency AEMET had issued a red warning at 7:36 a.m."]


@pytest.mark.parametrize(
    ("sentence", "language", "title"),
    [
        ("The fire started on the night of 4 to 5 June.", "en", "The fire started"),
        ("L’incendie a pris dans la nuit du 4 au 5 juin.", "fr", "L’incendie a pris"),
    ],
)
def test_the_part_of_a_day_goes_with_its_date(sentence: str, language: str, title: str) -> None:
    """Not "The fire started on the night" (QA #83's article)."""
    assert _titles(sentence, language) == [title]
