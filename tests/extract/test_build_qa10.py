"""Builder findings of QA session 10 (#127, #129, #128, #124), from qa10's own inputs: the
reported future, parts of today and last night, a byline before the dateline, a date
relative to another event."""

from __future__ import annotations

from timelineapp.extract.article import article_from_text
from timelineapp.extract.build import build_draft
from timelineapp.extract.notes import CodeWords

EN_HEAD = "Meta fined\nPublished Wednesday, May 14, 2025\n\n"
FR_HEAD = "Amende pour Meta\nPublié le mercredi 14 mai 2025\n\n"


def drafted(text: str, language: str) -> list[tuple[str | None, str, str]]:
    article = article_from_text(text, "a.txt", language=language)
    events = build_draft([article], words=CodeWords()).event_file.events
    return [(e.date, str(e.status.value), e.title) for e in events]


def test_reported_future_is_dated_after_publication_en() -> None:
    # /work/team/qa10/inputs/en-june.txt: June 2024 "occurred" before the fix (QA #127).
    text = EN_HEAD + (
        "Meta said it would appeal the decision before the end of June. The company promised "
        "to publish a report in June. It had announced an investment plan in March. Meta said "
        "it will respond in June.\n"
    )
    assert drafted(text, "en") == [
        ("[..2025-06-30]", "planned", "Meta said it would appeal the decision"),
        ("2025-06", "planned", "The company promised to publish a report"),
        ("2025-03", "occurred", "It had announced an investment plan"),
        ("2025-06", "planned", "Meta said it will respond"),
    ]


def test_reported_future_is_dated_after_publication_fr() -> None:
    # /work/team/qa10/inputs/fr-juin.txt (QA #127).
    text = FR_HEAD + (
        "Meta a indiqué qu'elle ferait appel avant la fin juin. Le groupe a promis de publier "
        "un rapport en juin. Il avait annoncé en mars un plan d'investissement.\n"
    )
    assert drafted(text, "fr") == [
        ("[..2025-06]", "planned", "Meta a indiqué qu'elle ferait appel"),
        ("2025-06", "planned", "Le groupe a promis de publier un rapport"),
        ("2025-03", "occurred", "Il avait annoncé en mars un plan d'investissement"),
    ]


def test_a_date_of_the_saying_itself_stays_past() -> None:
    # The future of the reported clause does not move the saying's own date.
    assert drafted(EN_HEAD + "He said in March that he would resign.\n", "en")[0][:2] == (
        "2025-03",
        "occurred",
    )
    assert drafted(EN_HEAD + "Meta said on Tuesday it would appeal.\n", "en")[0][:2] == (
        "2025-05-13",
        "occurred",
    )
    assert drafted(FR_HEAD + "Le ministre a déclaré mardi qu'il démissionnerait.\n", "fr")[0][
        :2
    ] == ("2025-05-13", "occurred")
    # The « conditionnel journalistique » of a past fact is not a future.
    assert drafted(FR_HEAD + "Le ministre aurait rencontré son homologue en mars.\n", "fr")[0][
        :2
    ] == ("2025-03", "occurred")


def test_parts_of_today_and_last_night_en() -> None:
    # /work/team/qa10/inputs/en-mix.txt and en-mix2.txt: no event before the fix (QA #129).
    text = EN_HEAD + (
        "This morning, police arrested two suspects. Last night, protesters gathered downtown. "
        "Tonight, the president will speak. This afternoon, the minister resigned. Yesterday "
        "afternoon, the mayor resigned.\n"
    )
    assert drafted(text, "en") == [
        ("2025-05-14", "occurred", "Police arrested two suspects"),
        ("2025-05-13", "occurred", "Protesters gathered downtown"),
        ("2025-05-14", "planned", "The president will speak"),
        ("2025-05-14", "occurred", "The minister resigned"),
        ("2025-05-13", "occurred", "The mayor resigned"),
    ]


def test_parts_of_today_and_last_night_fr() -> None:
    # /work/team/qa10/inputs/fr-mix2.txt: « Soir la police… » and two events missing (QA #129).
    text = FR_HEAD + (
        "Hier soir, la police a arrêté deux suspects. Ce soir, le président s'exprimera. "
        "Cet après-midi, le ministre a démissionné. Ce matin, la police a arrêté un homme.\n"
    )
    assert drafted(text, "fr") == [
        ("2025-05-13", "occurred", "La police a arrêté deux suspects"),
        ("2025-05-14", "planned", "Le président s'exprimera"),
        ("2025-05-14", "occurred", "Le ministre a démissionné"),
        ("2025-05-14", "occurred", "La police a arrêté un homme"),
    ]


def test_a_wire_byline_before_the_dateline_is_read() -> None:
    # /work/team/qa10/inputs/v3.txt: no publication date, an event "Published" and every
    # relative date undated before the fix (QA #128).
    text = (
        "EU fines Meta\nBy Maria Costa, Reuters. Published Wednesday, May 14, 2025\n\n"
        "The Commission fined Meta on Tuesday. Next Monday, the Parliament will debate it.\n"
    )
    article = article_from_text(text, "v3.txt", language="en")
    assert (article.published, article.author, article.publisher) == (
        "2025-05-14",
        "Maria Costa",
        "Reuters",
    )
    assert drafted(text, "en") == [
        ("2025-05-13", "occurred", "The Commission fined Meta"),
        ("2025-05-19", "planned", "The Parliament will debate it"),
    ]


def test_a_french_wire_byline_before_the_dateline_is_read() -> None:
    for line in (
        "Par Marie Dupont, AFP. Publié le mercredi 14 mai 2025",
        "Par Marie Dupont (AFP). Publié le mercredi 14 mai 2025 à 10h32",
    ):
        article = article_from_text(f"Sommet\n{line}\n\nHier, le sommet a eu lieu.\n", "f.txt")
        assert (article.published, article.author, article.publisher) == (
            "2025-05-14",
            "Marie Dupont",
            "AFP",
        ), line
    # Without an agency, and the forms read before, unchanged.
    article = article_from_text("T\nBy Maria Costa. Published May 14, 2025\n\nText.\n", "b.txt")
    assert (article.published, article.author, article.publisher) == (
        "2025-05-14",
        "Maria Costa",
        None,
    )


def test_a_date_counted_from_another_event_is_drafted_undated() -> None:
    # /work/team/qa10/inputs/port-strike.txt: no event, Sarah De Vos an actor of none (#124).
    text = EN_HEAD + (
        "The strike began on Monday. Three days later, the minister of transport, Sarah De "
        "Vos, announced an inquiry. A week later the talks resumed. He left two years before "
        "the war.\n"
    )
    article = article_from_text(text, "ps.txt", language="en")
    draft = build_draft([article], words=CodeWords()).event_file
    inquiry = draft.events[1]
    assert (inquiry.date, inquiry.status.value, inquiry.title) == (
        None,
        "occurred",
        "Sarah De Vos announced an inquiry",
    )
    assert [a.actor for a in inquiry.actors] == ["sarah-de-vos"]
    assert "relative_to_event" in (inquiry.note or "")
    assert [(e.date, e.title) for e in draft.events[2:]] == [(None, "The talks resumed")]
    fr = FR_HEAD + (
        "La veille, le ministre avait rencontré son homologue. Trois jours plus tard, la "
        "ministre a annoncé une enquête. La semaine prochaine, le port rouvrira.\n"
    )
    assert drafted(fr, "fr") == [
        (None, "occurred", "Le ministre avait rencontré son homologue"),
        (None, "occurred", "La ministre a annoncé une enquête"),
        ("[2025-05-19..2025-05-25]", "planned", "Le port rouvrira"),
    ]


def test_reported_past_stays_past_and_plans_are_to_come() -> None:
    assert drafted(EN_HEAD + "Meta said it had signed the deal in June.\n", "en")[0][:2] == (
        "2024-06",
        "occurred",
    )
    past = FR_HEAD + "Meta a indiqué qu'elle avait signé l'accord en juin.\n"
    assert drafted(past, "fr")[0][:2] == ("2024-06", "occurred")
    assert drafted(EN_HEAD + "Meta plans to publish a report in June.\n", "en")[0][:2] == (
        "2025-06",
        "planned",
    )
    plan = FR_HEAD + "Le ministre compte présenter son plan en juin.\n"
    assert drafted(plan, "fr")[0][:2] == ("2025-06", "planned")
