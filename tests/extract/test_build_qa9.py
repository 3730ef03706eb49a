"""Builder findings of QA session 9 (#95, #111): a weekday still to come in its own
weekday's paper, a sentence ending « à 20 h. », parts of the day, comparisons with a past
date, and a date in a relative clause."""

from __future__ import annotations

from timelineapp.extract.article import article_from_text
from timelineapp.extract.build import build_draft
from timelineapp.extract.notes import CodeWords
from timelineapp.extract.sentences import sentences

from .test_build_temporal import dates

ARTICLE = (
    "Réforme des retraites : le gouvernement recule\n"
    "Publié le jeudi 6 mars 2025\n"
    "\n"
    "Le Premier ministre s’exprimera jeudi soir à 20 h. La loi devait entrer en vigueur le "
    "1er janvier prochain.\n"
)


def test_a_weekday_to_come_on_its_own_weekday_is_that_day_or_a_week_later() -> None:
    # Published on Thursday 6 March: « jeudi » to come is tonight or the 13th, not the 13th.
    assert dates("Le Premier ministre s’exprimera jeudi soir.", "fr", "2025-03-06") == [
        ("jeudi soir", "[2025-03-06,2025-03-13]")
    ]
    assert dates("The minister will speak on Thursday.", "en", "2025-03-06") == [
        ("on Thursday", "[2025-03-06,2025-03-13]")
    ]
    # Said as past, or with « prochain », it stays one day.
    assert dates("The minister spoke on Thursday.", "en", "2025-03-06") == [
        ("on Thursday", "2025-03-06")
    ]
    assert dates("Le ministre parlera jeudi prochain.", "fr", "2025-03-06") == [
        ("jeudi prochain", "2025-03-13")
    ]


def test_a_sentence_ends_after_a_time_of_day() -> None:
    text = "Il parlera à 20 h. La loi entre en vigueur. Le général J. Martin a parlé."
    assert [text[a:b] for a, b in sentences(text)] == [
        "Il parlera à 20 h.",
        "La loi entre en vigueur.",
        "Le général J. Martin a parlé.",
    ]


def test_the_two_events_of_the_article_stay_apart() -> None:
    article = article_from_text(ARTICLE, "fr3.txt", language="fr")
    events = build_draft([article], words=CodeWords()).event_file.events
    quotes = [q.text for event in events for s in event.sources for q in s.quotes]
    assert "Le Premier ministre s’exprimera jeudi soir à 20 h." in quotes
    assert not any(q.startswith("Le Premier") and "La loi" in q for q in quotes), quotes
    (speech,) = [e for e in events if e.title.startswith("Le Premier ministre")]
    assert speech.date == "[2025-03-06,2025-03-13]"


def test_the_part_of_the_day_belongs_to_the_weekday_phrase() -> None:
    # QA #95: "in a statement on Friday morning" gave the title "… in a statement morning".
    assert dates("The port confirmed the deal on Friday morning.", "en", "2025-03-14") == [
        ("on Friday morning", "2025-03-14")
    ]


def test_the_longest_since_a_date_is_a_comparison_not_a_start() -> None:
    # QA #95: "The strike, the longest since the spring of 2019" became an event "The strike
    # the longest" dated from spring 2019 on.
    text = (
        "Port strike ends\n"
        "Published 14 March 2025\n"
        "\n"
        "The strike, the longest since the spring of 2019, cost the port millions.\n"
        "La grève, la plus longue depuis 2019, a coûté des millions.\n"
    )
    article = article_from_text(text, "strike.txt", language="en")
    events = build_draft([article], words=CodeWords()).event_file.events
    assert not any(event.date and "2019" in event.date for event in events), [
        (e.title, e.date) for e in events
    ]
    assert dates("Il vit à Paris depuis 2019.", "fr", "2025-03-14") == [("depuis 2019", "2019/..")]


def test_a_date_in_a_relative_clause_titles_its_own_subject() -> None:
    # QA #95: the strike's start date was titled with the vote ("… of Antwerp voted on
    # Thursday to end a strike that began"), so the timeline put the vote on 21 February.
    text = (
        "Port strike ends\n"
        "Published 14 March 2025\n"
        "\n"
        "Dockworkers at the Port of Antwerp voted on Thursday to end a strike that began on "
        "21 February 2025, the ABVV union said.\n"
        "The minister said that the port reopened on 10 March 2025 after talks.\n"
    )
    article = article_from_text(text, "strike.txt", language="en")
    events = build_draft([article], words=CodeWords()).event_file.events
    titles = {event.date: event.title for event in events}
    assert titles["2025-02-21"] == "A strike began"
    assert "voted" in titles["2025-03-13"]
    assert "reopened" in titles["2025-03-10"]  # "that" as a conjunction: no subject taken
