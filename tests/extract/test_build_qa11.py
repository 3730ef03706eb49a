"""Builder leftovers of QA session 11: quarters and halves of a year, the night around
publication, "since the start of the year", and the end of a season as a deadline."""

from __future__ import annotations

import re

import pytest

from timelineapp.extract.anchoring import reference_from, resolve, sentence_tense
from timelineapp.extract.article import article_from_text
from timelineapp.extract.build import build_draft
from timelineapp.extract.notes import CodeWords
from timelineapp.extract.phrase_check import phrase_disagrees
from timelineapp.extract.temporal import detect
from timelineapp.model.dates import parse_date
from timelineapp.model.file_format import Document

EN_HEAD = "Results\nPublished Wednesday, March 12, 2025\n\n"
FR_HEAD = "Résultats\nPublié le mercredi 12 mars 2025\n\n"


def dates(
    text: str, language: str, published: str | None = "2025-03-12"
) -> list[tuple[str, str | None]]:
    reference = reference_from(published)
    found = []
    for mention in detect(text, language):
        found.append(
            (mention.text, resolve(mention, reference, sentence_tense(text, language)).value)
        )
    return found


@pytest.mark.parametrize(
    ("text", "language", "phrase", "value"),
    [
        # "the end of" a season is its last day, not a month 22 (IndexError before)
        (
            "The works will be finished by the end of the summer of 2025.",
            "en",
            "by the end of the summer of 2025",
            "[..2025-08-31]",
        ),
        (
            "Les travaux seront finis d’ici la fin de l’été 2025.",
            "fr",
            "d’ici la fin de l’été 2025",
            "[..2025-08-31]",
        ),
        # a winter ends in the next year's February
        (
            "The works will be finished by the end of the winter of 2025.",
            "en",
            "by the end of the winter of 2025",
            "[..2026-02-28]",
        ),
    ],
)
def test_the_end_of_a_season_is_its_last_day(
    text: str, language: str, phrase: str, value: str
) -> None:
    assert dates(text, language) == [(phrase, value)]
    assert parse_date(value)


def drafted(text: str, language: str) -> list[tuple[str | None, str, str | None]]:
    """(date, title, date phrase) of each drafted event."""
    article = article_from_text(text, "a.txt", language=language)
    events = build_draft([article], words=CodeWords()).event_file.events
    return [
        (
            e.date,
            e.title,
            e.sources[0].date_phrase.text if e.sources[0].date_phrase is not None else None,
        )
        for e in events
    ]


def test_a_quarter_is_its_quarter_not_the_year() -> None:
    # Both were the whole year 2024 (en) or nothing at all (fr) before (QA session 11).
    assert drafted(EN_HEAD + "Acme reported a loss in the third quarter of 2024.\n", "en") == [
        ("2024-35", "Acme reported a loss", "in the third quarter of 2024")
    ]
    assert drafted(
        FR_HEAD + "Acme a enregistré une perte au troisième trimestre 2024.\n", "fr"
    ) == [("2024-35", "Acme a enregistré une perte", "au troisième trimestre 2024")]


def test_a_half_is_its_half() -> None:
    assert drafted(EN_HEAD + "Sales fell sharply in the first half of 2023.\n", "en") == [
        ("2023-40", "Sales fell sharply", "in the first half of 2023")
    ]
    assert drafted(FR_HEAD + "Les ventes ont chuté au premier semestre 2023.\n", "fr") == [
        ("2023-40", "Les ventes ont chuté", "au premier semestre 2023")
    ]


@pytest.mark.parametrize(
    ("text", "language", "phrase", "value"),
    [
        (
            "Profit rose in the fourth quarter of 2024.",
            "en",
            "in the fourth quarter of 2024",
            "2024-36",
        ),
        (
            "Profit rose in the final quarter of 2024.",
            "en",
            "in the final quarter of 2024",
            "2024-36",
        ),
        ("Third-quarter 2024 profit rose.", "en", "Third-quarter 2024", "2024-35"),
        ("Profit rose in Q2 2024.", "en", "in Q2 2024", "2024-34"),
        (
            "Sales fell in the second half of last year.",
            "en",
            "in the second half of last year",
            "2024-41",
        ),
        (
            "Sales grew in the first half of this year.",
            "en",
            "in the first half of this year",
            "2025-40",
        ),
        (
            "By the end of the third quarter of 2025, it will close.",
            "en",
            "By the end of the third quarter of 2025",
            "[..2025-09-30]",
        ),
        (
            "Since the second quarter of 2024, prices rose.",
            "en",
            "Since the second quarter of 2024",
            "2024-34/..",
        ),
        ("Le bénéfice a progressé au 4e trimestre 2024.", "fr", "au 4e trimestre 2024", "2024-36"),
        (
            "Le bénéfice a progressé au dernier trimestre 2024.",
            "fr",
            "au dernier trimestre 2024",
            "2024-36",
        ),
        ("Le chiffre du T3 2024 a déçu.", "fr", "du T3 2024", "2024-35"),
        (
            "Les ventes ont chuté au second semestre de l’année dernière.",
            "fr",
            "au second semestre de l’année dernière",
            "2024-41",
        ),
        (
            "Les ventes ont chuté au deuxième trimestre de cette année.",
            "fr",
            "au deuxième trimestre de cette année",
            "2025-34",
        ),
        (
            "Les prix montent depuis le premier trimestre 2024.",
            "fr",
            "depuis le premier trimestre 2024",
            "2024-33/..",
        ),
    ],
)
def test_quarter_and_half_forms(text: str, language: str, phrase: str, value: str) -> None:
    assert dates(text, language) == [(phrase, value)]
    assert parse_date(value)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a game's quarter, a pregnancy's or a school's trimester: no year, no date
        ("He scored in the third quarter.", "en"),
        ("The team led at the first half.", "en"),
        ("A quarter of the votes went to him.", "en"),
        ("Elle est au troisième trimestre de grossesse.", "fr"),
        ("Les notes du premier trimestre sont tombées.", "fr"),
        ("Il a marqué au troisième quart-temps.", "fr"),
        ("The form q3 2024 was filed.", "en"),
    ],
)
def test_quarters_without_a_year_are_not_dates(text: str, language: str) -> None:
    assert detect(text, language) == []


@pytest.mark.parametrize(
    ("phrase", "language", "date", "shown"),
    [
        ("au troisième trimestre 2024", "fr", "2024-35", None),
        ("au troisième trimestre 2024", "fr", "2024-08-14", None),
        ("au troisième trimestre 2024", "fr", "2024-03", "2024-35"),
        ("in the first half of 2023", "en", "2023-40", None),
        ("in the first half of 2023", "en", "2023-09", "2023-40"),
        ("in the first half of last year", "en", "2024-40", None),
    ],
)
def test_the_phrase_check_reads_a_quarter_as_its_quarter(
    phrase: str, language: str, date: str, shown: str | None
) -> None:
    # Before, « au troisième trimestre 2024 » read nothing and "in the first half of 2023"
    # the whole year: a date of March or September was not reported.
    document = Document(id="d", title="d", text=phrase, language=language, published="2025-03-12")
    assert phrase_disagrees(phrase, document, None, date) == shown


def test_since_the_start_of_the_year_is_an_event_from_its_first_month_on() -> None:
    # No event at all before (QA session 11): the words were not read as a date; then
    # 2025/.., which let the start fall in any month of 2025, after the article (QA #152).
    assert drafted(
        EN_HEAD + "Since the start of the year, the agency has recorded 40 floods.\n", "en"
    ) == [("2025-01/..", "The agency has recorded 40 floods", "Since the start of the year")]
    assert drafted(
        FR_HEAD + "Depuis le début de l’année, l’agence a recensé 40 inondations.\n", "fr"
    ) == [("2025-01/..", "L’agence a recensé 40 inondations", "Depuis le début de l’année")]


@pytest.mark.parametrize(
    ("text", "language", "phrase", "value"),
    [
        (
            "Prices have risen since the beginning of the year.",
            "en",
            "since the beginning of the year",
            "2025-01/..",
        ),
        ("At the start of last year, he moved.", "en", "the start of last year", "2024"),
        (
            "Since the beginning of 2024, prices rose.",
            "en",
            "Since the beginning of 2024",
            "2024-01/..",
        ),
        ("Il pleut depuis le début du mois.", "fr", "depuis le début du mois", "2025-03-01/.."),
        (
            "Depuis le début de l’année 2024, les prix montent.",
            "fr",
            "Depuis le début de l’année 2024",
            "2024-01/..",
        ),
        (
            "Au début de l’année dernière, il a déménagé.",
            "fr",
            "Au début de l’année dernière",
            "2024",
        ),
    ],
)
def test_start_of_a_year_or_month_forms(text: str, language: str, phrase: str, value: str) -> None:
    assert dates(text, language) == [(phrase, value)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Depuis le début de l’année scolaire, il pleut.", "fr"),
        ("Since the start of the school year, it rains.", "en"),
    ],
)
def test_a_school_year_is_not_the_year(text: str, language: str) -> None:
    assert detect(text, language) == []


def test_since_the_start_of_the_year_without_publication_stays_undated() -> None:
    assert dates("Since the start of the year, prices rose.", "en", None) == [
        ("Since the start of the year", None)
    ]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_note_keeps_the_open_end_of_its_value(language: str) -> None:
    # "= 2025/" before: the end of a note lost its full stop and the '..' of an open end.
    from timelineapp.ui.draft_note_words import words_in

    head, line = (
        (EN_HEAD, "Since the start of the year, the agency has recorded 40 floods.\n")
        if language == "en"
        else (FR_HEAD, "Le musée est ouvert à partir du 3 juin 2024, a indiqué la mairie.\n")
    )
    article = article_from_text(head + line, "a.txt", language=language)
    with words_in(language) as words:
        event = build_draft([article], words=words).event_file.events[0]
    assert event.date is not None
    assert event.date.endswith("/..")
    assert re.search(re.escape(f"= {event.date}") + r"\s?;", event.note or "")
    assert (event.note or "").endswith(".")


def test_overnight_is_the_night_before_publication_in_both_languages() -> None:
    # No event before (QA session 11); a night spans two days: one of them, never one chosen.
    assert drafted(EN_HEAD + "Fires broke out overnight in the capital.\n", "en") == [
        ("[2025-03-11..2025-03-12]", "Fires broke out overnight in the capital", "overnight")
    ]
    assert drafted(FR_HEAD + "Des incendies ont éclaté cette nuit dans la capitale.\n", "fr") == [
        (
            "[2025-03-11..2025-03-12]",
            "Des incendies ont éclaté cette nuit dans la capitale",
            "cette nuit",
        )
    ]


@pytest.mark.parametrize(
    ("text", "language", "phrase", "value"),
    [
        ("Overnight, strikes hit the city.", "en", "Overnight", "[2025-03-11..2025-03-12]"),
        ("The road will be closed overnight.", "en", "overnight", "[2025-03-12..2025-03-13]"),
        ("Il pleuvra cette nuit.", "fr", "cette nuit", "[2025-03-12..2025-03-13]"),
        (
            "Cette nuit, des frappes ont touché la ville.",
            "fr",
            "Cette nuit",
            "[2025-03-11..2025-03-12]",
        ),
        # « la nuit dernière » is "last night": the day before (QA #129's rule)
        ("Il a plu la nuit dernière.", "fr", "la nuit dernière", "2025-03-11"),
        ("It rained last night.", "en", "last night", "2025-03-11"),
        # the weekday dates "overnight Tuesday"
        ("Strikes hit the city overnight Tuesday.", "en", "Tuesday", "2025-03-11"),
        ("Strikes hit the city overnight into Tuesday.", "en", "Tuesday", "2025-03-11"),
        (
            "Fighting raged overnight on the border.",
            "en",
            "overnight",
            "[2025-03-11..2025-03-12]",
        ),
    ],
)
def test_night_forms(text: str, language: str, phrase: str, value: str) -> None:
    assert dates(text, language) == [(phrase, value)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("He was an overnight success.", "en"),
        ("Guests pay for an overnight stay.", "en"),
        ("Cette nuit-là, il a plu.", "fr"),
        ("Il se souvient de cette nuit où tout a brûlé.", "fr"),
    ],
)
def test_a_night_of_the_story_is_not_a_date(text: str, language: str) -> None:
    assert detect(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"), [("It burned overnight.", "en"), ("Il a brûlé cette nuit.", "fr")]
)
def test_a_night_without_publication_stays_undated(text: str, language: str) -> None:
    reference = reference_from(None)
    (mention,) = detect(text, language)
    resolved = resolve(mention, reference, sentence_tense(text, language))
    assert resolved.value is None
    assert "relative_needs_publication" in [n.code for n in resolved.notes]


@pytest.mark.parametrize(
    ("phrase", "language", "date", "shown"),
    [
        ("cette nuit", "fr", "2025-03-11", None),
        ("cette nuit", "fr", "2025-03-13", None),  # « pleuvra cette nuit »
        ("cette nuit", "fr", "2025-03-05", "[2025-03-11..2025-03-12]"),
        ("overnight", "en", "2025-03-12", None),
        ("overnight", "en", "2025-02", "[2025-03-11..2025-03-12]"),
    ],
)
def test_the_phrase_check_reads_a_night_as_the_builder(
    phrase: str, language: str, date: str, shown: str | None
) -> None:
    document = Document(id="d", title="d", text=phrase, language=language, published="2025-03-12")
    assert phrase_disagrees(phrase, document, None, date) == shown


@pytest.mark.parametrize(
    ("phrase", "language", "date", "shown"),
    [
        ("Depuis le début de l’année", "fr", "2025/..", None),
        ("Depuis le début de l’année", "fr", "2025-02", None),
        ("Depuis le début de l’année", "fr", "2024-05", "2025-01/.."),
        ("Depuis le début de l’année", "fr", "2025-01/..", None),
        ("Depuis le début de l’année", "fr", "2024-12", "2025-01/.."),
        ("Since the start of the year", "en", "2025/..", None),
        ("Since the start of the year", "en", "2023", "2025-01/.."),
        ("Since the start of the year", "en", "2025-01/..", None),
    ],
)
def test_the_phrase_check_reads_the_start_of_the_year_as_the_builder(
    phrase: str, language: str, date: str, shown: str | None
) -> None:
    document = Document(id="d", title="d", text=phrase, language=language, published="2025-03-12")
    assert phrase_disagrees(phrase, document, None, date) == shown


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        # the start of the unit without "since": the unit kept whole, its early part said
        ("Au début de l’année 2024, il a déménagé.", "fr", "2024"),
        ("At the start of last year, he moved.", "en", "2024"),
        # "early 2024" is not the year's first month: "since" it stays the year
        ("Depuis début 2024, les prix montent.", "fr", "2024/.."),
        # "since the start of the month": its first day (QA #152)
        ("Prices have risen since the start of the month.", "en", "2025-03-01/.."),
    ],
)
def test_only_since_the_start_of_a_unit_starts_at_its_first_part(
    text: str, language: str, value: str
) -> None:
    assert [v for _, v in dates(text, language)] == [value]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_note_of_since_the_start_of_the_year_says_its_first_month(language: str) -> None:
    # Before: "'early' part of the period: the whole period is kept, not padded" beside a
    # start that dropped the month (QA #152).
    from timelineapp.ui.draft_note_words import words_in

    line = (
        "Since the start of the year, the agency has recorded 40 floods.\n"
        if language == "en"
        else "Depuis le début de l’année, l’agence a recensé 40 inondations.\n"
    )
    head = EN_HEAD if language == "en" else FR_HEAD
    article = article_from_text(head + line, "a.txt", language=language)
    with words_in(language) as words:
        event = build_draft([article], words=words).event_file.events[0]
    assert event.date == "2025-01/.."
    assert "2025-01;" in (event.note or "").replace("\u00a0", " ").replace(" ;", ";")
    assert "not padded" not in (event.note or "")
