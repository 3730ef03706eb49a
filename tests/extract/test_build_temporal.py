"""The date tagger: every form in French and English, anchoring, no padding, and the traps."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timelineapp.extract.anchoring import PAST, reference_from, resolve, sentence_tense
from timelineapp.extract.lexicon import month_names
from timelineapp.extract.notes import DraftWords
from timelineapp.extract.temporal import detect
from timelineapp.model.calendar import days_from_civil
from timelineapp.model.dates import parse_date


def dates(
    text: str, language: str, published: str | None = "2024-06-15"
) -> list[tuple[str, str | None]]:
    reference = reference_from(published)
    found = []
    for mention in detect(text, language):
        tense = sentence_tense(text, language)
        found.append((mention.text, resolve(mention, reference, tense).value))
    return found


@pytest.mark.parametrize(
    ("text", "language", "phrase", "value"),
    [
        # absolute
        ("Signé le 19 mai 2024 à Niamey.", "fr", "le 19 mai 2024", "2024-05-19"),
        ("Il part le 15 septembre 2024.", "fr", "le 15 septembre 2024", "2024-09-15"),
        ("It was signed on May 19, 2024.", "en", "May 19, 2024", "2024-05-19"),
        ("It was signed on 19 May 2024.", "en", "19 May 2024", "2024-05-19"),
        ("Daté du 19/05/2024.", "fr", "19/05/2024", "2024-05-19"),
        ("Report dated 2024-05-19.", "en", "2024-05-19", "2024-05-19"),
        ("Le contingent est parti le 1er juin.", "fr", "le 1er juin", "2024-06-01"),
        ("It closed on Aug. 22, 2023.", "en", "Aug. 22, 2023", "2023-08-22"),
        # partial
        ("L’accord a été signé en 2012.", "fr", "en 2012", "2012"),
        ("The treaty was signed in 2012.", "en", "in 2012", "2012"),
        ("Ils ont été déployés en avril et en mai.", "fr", "en avril et en mai", "2024-04/2024-05"),
        ("They were deployed in April and May.", "en", "in April and May", "2024-04/2024-05"),
        ("Il est arrivé en mars 2023.", "fr", "en mars 2023", "2023-03"),
        ("The agency opened it in April 2023.", "en", "in April 2023", "2023-04"),
        ("La réunion a eu lieu au printemps.", "fr", "au printemps", "2024-21"),
        ("It happened last spring.", "en", "last spring", "2024-21"),
        # relative (publication 2024-06-15, a Saturday)
        ("Le communiqué a été publié vendredi.", "fr", "vendredi", "2024-06-14"),
        ("Il est arrivé hier.", "fr", "hier", "2024-06-14"),
        (
            "Ils se sont vus la semaine dernière.",
            "fr",
            "la semaine dernière",
            "[2024-06-03..2024-06-09]",
        ),
        ("L’usine a fermé il y a deux ans.", "fr", "il y a deux ans", "2022~"),
        ("They met last Friday.", "en", "last Friday", "2024-06-14"),
        ("He arrived yesterday.", "en", "yesterday", "2024-06-14"),
        (
            "It was approved earlier this month.",
            "en",
            "earlier this month",
            "[2024-06-01..2024-06-15]",
        ),
        ("The plant closed two years ago.", "en", "two years ago", "2022~"),
        ("La session reprendra mardi prochain.", "fr", "mardi prochain", "2024-06-18"),
        ("The vote is next week.", "en", "next week", "[2024-06-17..2024-06-23]"),
        ("Il est passé avant-hier.", "fr", "avant-hier", "2024-06-13"),
        ("It opened the day before yesterday.", "en", "the day before yesterday", "2024-06-13"),
        ("Il reviendra demain.", "fr", "demain", "2024-06-16"),
        ("Nous l’avons vu l’an dernier.", "fr", "l’an dernier", "2023"),
        ("Elle a été votée l’année dernière.", "fr", "l’année dernière", "2023"),
        ("It grew last year.", "en", "last year", "2023"),
        (
            "Ils arriveront dans deux semaines.",
            "fr",
            "dans deux semaines",
            "[2024-06-24..2024-06-30]",
        ),
        ("The law passed three days ago.", "en", "three days ago", "2024-06-12"),
        (
            "Le projet a été lancé plus tôt cette année.",
            "fr",
            "plus tôt cette année",
            "[2024-01-01..2024-06-15]",
        ),
        ("It was delayed in early June 2024.", "en", "early June 2024", "2024-06"),
        ("La crise a commencé fin mai 2024.", "fr", "fin mai 2024", "2024-05"),
        ("They met in the summer of 2023.", "en", "in the summer of 2023", "2023-22"),
        ("Les élections ont eu lieu en 2020 et en 2021.", "fr", "en 2021", "2021"),
        ("Filed on 05/19/2024 in court.", "en", "05/19/2024", "2024-05-19"),
        (
            "Le taux a baissé plus tôt ce mois-ci.",
            "fr",
            "plus tôt ce mois-ci",
            "[2024-06-01..2024-06-15]",
        ),
        ("Prices rose last week.", "en", "last week", "[2024-06-03..2024-06-09]"),
        ("Le chantier a duré entre mars et mai.", "fr", "entre mars et mai", "2024-03/2024-05"),
        ("The fair ran May 15–19, 2024.", "en", "May 15–19, 2024", "2024-05-15/2024-05-19"),
        (
            "It ran from at least January 2019 through December 2022.",
            "en",
            "from at least January 2019 through December 2022",
            "2019-01/2022-12",
        ),
        (
            "Le sommet a eu lieu les 4 et 5 octobre 2024.",
            "fr",
            "les 4 et 5 octobre 2024",
            "2024-10-04/2024-10-05",
        ),
        (
            "Elle devra être achevée d’ici à la fin de 2026.",
            "fr",
            "d’ici à la fin de 2026",
            "[..2026-12-31]",
        ),
        ("It must close by the end of May 2025.", "en", "by the end of May 2025", "[..2025-05-31]"),
        # bounds
        (
            "Il devra partir au plus tard le 15 septembre 2024.",
            "fr",
            "au plus tard le 15 septembre 2024",
            "[..2024-09-15]",
        ),
        ("Il est là depuis le 19 mai.", "fr", "depuis le 19 mai", "2024-05-19/.."),
        (
            "It must end no later than Sept. 15, 2024.",
            "en",
            "no later than Sept. 15, 2024",
            "[..2024-09-15]",
        ),
        ("They have stayed since May 19.", "en", "since May 19", "2024-05-19/.."),
        ("Ouvert jusqu’au 30 juin 2024.", "fr", "jusqu’au 30 juin 2024", "../2024-06-30"),
        (
            "Les fonds seront versés d’ici le 31 décembre 2024.",
            "fr",
            "d’ici le 31 décembre 2024",
            "[..2024-12-31]",
        ),
        (
            "Les billets doivent être achetés avant le 1er juillet.",
            "fr",
            "avant le 1er juillet",
            "[..2024-07-01]",
        ),
        (
            "Le vote aura lieu après le 20 juin 2024.",
            "fr",
            "après le 20 juin 2024",
            "[2024-06-20..]",
        ),
        ("Orders must arrive by Oct. 31, 2024.", "en", "by Oct. 31, 2024", "[..2024-10-31]"),
        ("Talks resume after July 4, 2024.", "en", "after July 4, 2024", "[2024-07-04..]"),
        (
            "Le musée est ouvert à partir du 3 juin 2024.",
            "fr",
            "à partir du 3 juin 2024",
            "2024-06-03/..",
        ),
        # ranges
        ("Le salon a eu lieu du 3 au 5 juin.", "fr", "du 3 au 5 juin", "2024-06-03/2024-06-05"),
        (
            "The fair ran from May 15 to 19, 2024.",
            "en",
            "from May 15 to 19, 2024",
            "2024-05-15/2024-05-19",
        ),
        ("It was built between March and May.", "en", "between March and May", "2024-03/2024-05"),
        (
            "Entre le 2 novembre 2023 et le 10 janvier 2024, il a plu.",
            "fr",
            "Entre le 2 novembre 2023 et le 10 janvier 2024",
            "2023-11-02/2024-01-10",
        ),
        ("Flybys run between 2031 and 2034.", "en", "between 2031 and 2034", "2031/2034"),
        # decades and centuries: some year of them, not intervals lasting them (QA #83)
        ("C’était dans les années 1990.", "fr", "dans les années 1990", "199X"),
        ("It was common in the 1990s.", "en", "in the 1990s", "199X"),
        ("Des crues ont eu lieu au XIXe siècle.", "fr", "au XIXe siècle", "[1801..1900]"),
        ("Floods hit in the 19th century.", "en", "in the 19th century", "[1801..1900]"),
    ],
)
def test_each_form_has_its_value(text: str, language: str, phrase: str, value: str) -> None:
    assert (phrase, value) in dates(text, language)
    assert parse_date(value)  # every value is valid EDTF for the format


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Environ 80 % des 946 soldats sont partis.", "fr"),
        ("Ils étaient 946 soldats à la base 101.", "fr"),
        ("Mai Nguyen a ouvert sa boutique.", "fr"),
        ("Elle a vu sa mère et sa sœur.", "fr"),
        ("We said we would go.", "en"),
        ("Protesters will March on the capital; Theresa May spoke.", "en"),
        ("La réunion est à 10 h 30, le bureau ferme à 17 h.", "fr"),
        ("The call starts at 3 p.m. ET.", "en"),
        ("Appelez le 01 23 45 67 89 ou le 03 21 21 20 00.", "fr"),
        ("Call (202) 564-4355 or 1-800-621-3362.", "en"),
        ("Selon l’article 2012 du code et la loi n° 1958.", "fr"),
        ("Under Section 1201 and Public Law 118-31.", "en"),
        ("Ouvert du lundi au vendredi de 9 h à 17 h.", "fr"),
        ("The site is updated every Tuesday at 9 a.m.", "en"),
        ("They may go, and march they did.", "en"),
        ("Elle a été élue.", "fr"),
    ],
)
def test_traps_are_not_dates(text: str, language: str) -> None:
    assert detect(text, language) == []


def test_no_padding_month_reference_keeps_weekday_open() -> None:
    # Published "2024-06": "vendredi" is the Friday before some day of June, not a day.
    assert dates("L’annonce a été faite vendredi.", "fr", "2024-06") == [
        ("vendredi", "[2024-05-31..2024-06-28]")
    ]
    assert dates("Il est arrivé hier.", "fr", "2024-06") == [("hier", "[2024-05-31..2024-06-29]")]


def test_no_padding_a_month_stays_a_month() -> None:
    assert dates("Ils sont arrivés en mai.", "fr", "2024-06-15") == [("en mai", "2024-05")]
    assert dates("The law of 2012 stands.", "en") == [("2012", "2012")]


def test_without_publication_date_relative_dates_stay_open(words: DraftWords) -> None:
    reference = reference_from(None)
    (mention,) = detect("Il est arrivé vendredi.", "fr")
    resolved = resolve(mention, reference, PAST)
    assert resolved.value is None
    assert "unknown" in words.event_note(resolved.notes)
    assert mention.open_text() == "a Friday"
    (partial,) = detect("signé le 19 mai", "fr")
    assert partial.open_text() == "XXXX-05-19"
    assert resolve(partial, reference, PAST).value is None


def test_ambiguous_numeric_date_is_marked_uncertain_and_explained(words: DraftWords) -> None:
    (mention,) = detect("Filed 05/06/2024.", "en")
    resolved = resolve(mention, reference_from("2024-07"), PAST)
    assert resolved.value == "2024-05-06?"
    assert "other order" in words.event_note(resolved.notes)


def test_tense_chooses_the_year_of_a_date_without_one() -> None:
    past = dates("Ils sont partis en juillet.", "fr", "2024-06-15")
    future = dates("Ils partiront en juillet.", "fr", "2024-06-15")
    assert past == [("en juillet", "2023-07")]
    assert future == [("en juillet", "2024-07")]


def test_note_says_how_the_date_was_found(words: DraftWords) -> None:
    (mention,) = detect("C’est l’annonce faite, vendredi, par les autorités.", "fr")
    note = words.event_note(resolve(mention, reference_from("2024-06"), PAST).notes)
    assert "« vendredi »" in note
    assert "31 May 2024" in note
    assert "28 June 2024" in note
    assert "2024-06" in note


@given(
    st.integers(1900, 2100),
    st.integers(1, 12),
    st.integers(1, 28),
    st.sampled_from(["fr", "en"]),
)
def test_any_written_day_reads_back_exactly(year: int, month: int, day: int, language: str) -> None:
    name = month_names(language)[month - 1]
    text = f"le {day} {name} {year}." if language == "fr" else f"on {name} {day}, {year}."
    ((_, value),) = dates(text, language, None)
    assert value == f"{year:04d}-{month:02d}-{day:02d}"


@given(st.integers(1950, 2090), st.integers(1, 12), st.integers(0, 6))
def test_weekday_with_a_month_reference_is_a_span_of_that_weekday(
    year: int, month: int, weekday: int
) -> None:
    names = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
    ((_, value),) = dates(f"Ils sont venus {names[weekday]}.", "fr", f"{year:04d}-{month:02d}")
    assert value is not None
    assert value.startswith("[")
    assert ".." in value
    parsed = parse_date(value)
    assert parsed.start is not None
    assert parsed.end is not None
    for point in (parsed.start, parsed.end):
        assert point.day is not None
        assert point.month is not None
        number = days_from_civil(point.year, point.month, point.day)
        assert (number + 3) % 7 == weekday  # the same weekday at both ends
    # never later than the end of the publication month
    assert parsed.latest <= parse_date(f"{year:04d}-{month:02d}").latest


@pytest.mark.parametrize(
    ("text", "language", "phrase", "value"),
    [
        # QA #83: the doubt of "around" / "vers" is kept ('~') and its words are the phrase
        ("The mayor resigned around March 2024.", "en", "around March 2024", "2024-03~"),
        ("Le maire a démissionné vers mars 2024.", "fr", "vers mars 2024", "2024-03~"),
        ("It was built circa 1850.", "en", "circa 1850", "1850~"),
        # QA #83: a decade is never read as its first year ("mid-1990" was 1990)
        ("Protests began in the mid-1990s.", "en", "in the mid-1990s", "199X"),
        ("Protests began in the 1990s.", "en", "in the 1990s", "199X"),
        (
            "Les manifestations ont commencé au milieu des années 1990.",
            "fr",
            "au milieu des années 1990",
            "199X",
        ),
        # QA #83: a decade is one year of it ("201X"), not an interval drawn as a 10-year bar
        (
            "Il est arrivé au pouvoir dans les années 2010.",
            "fr",
            "dans les années 2010",
            "201X",
        ),
        ("Dans les années 90, il a grandi.", "fr", "Dans les années 90", "199X"),
        ("It has grown since the 1990s.", "en", "since the 1990s", "199X/.."),
        ("Around the 1990s, it grew.", "en", "Around the 1990s", "199X~"),
        # QA #94: a season is EDTF's season, some time in it, not three months long
        (
            "L’immeuble avait subi un dégât des eaux au printemps 2023.",
            "fr",
            "au printemps 2023",
            "2023-21",
        ),
        (
            "The works will be finished by the fall of 2025.",
            "en",
            "by the fall of 2025",
            "[..2025-23]",
        ),
        ("Snow fell in the winter of 2023.", "en", "in the winter of 2023", "2023-24"),
        (
            "In the mid-1980s, a similar dispute lasted two months.",
            "en",
            "In the mid-1980s",
            "198X",
        ),
        # QA #83: "is expected by early July" is a future deadline, not last July
        ("The vote is expected by early July.", "en", "by early July", "[..2024-07]"),
        ("The vote was expected by early July.", "en", "by early July", "[..2023-07]"),
        # QA #87: "le 3 juin dernier" is one phrase (the title kept "dernier")
        ("Le ministre a parlé le 3 juin dernier.", "fr", "le 3 juin dernier", "2024-06-03"),
    ],
)
def test_qa_83_forms(text: str, language: str, phrase: str, value: str) -> None:
    assert dates(text, language, "2024-06-10") == [(phrase, value)]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("The meeting was held on Tuesday, June 3, 2024.", "en", "2024-06-03?"),
        ("La réunion s’est tenue mardi 3 juin 2024.", "fr", "2024-06-03?"),
        ("The meeting was held on Monday, June 3, 2024.", "en", "2024-06-03"),
        ("La réunion s’est tenue lundi 3 juin.", "fr", "2024-06-03"),
    ],
)
def test_a_weekday_that_contradicts_its_date_makes_it_doubtful(
    text: str, language: str, value: str, words: DraftWords
) -> None:
    """QA #87: 3 June 2024 was a Monday; the article contradicts itself, and says so."""
    (mention,) = detect(text, language)
    resolved = resolve(mention, reference_from("2024-06-10"), PAST)
    assert resolved.value == value
    said = words.event_note(list(resolved.notes))
    assert ("but 3 June 2024 falls on a Monday" in said) == value.endswith("?"), said


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("The plant closed about two weeks ago.", "en", "[2024-05-27~..2024-06-02~]"),
        ("L’usine a fermé il y a environ deux semaines.", "fr", "[2024-05-27~..2024-06-02~]"),
        ("The plant closed two weeks ago.", "en", "[2024-05-27..2024-06-02]"),
    ],
)
def test_about_a_shift_ago_keeps_its_doubt(text: str, language: str, value: str) -> None:
    """QA #83 (d): "about two weeks ago" lost its "about"."""
    (mention,) = detect(text, language)
    assert resolve(mention, reference_from("2024-06-10"), PAST).value == value
