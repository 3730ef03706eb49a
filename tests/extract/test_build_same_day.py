"""Two mentions of one day are joined only when they are about the same thing: a shared word
that is neither a date nor a name (QA #69: "October" and "Spain" joined two facts)."""

from __future__ import annotations

from timelineapp.extract.article import article_from_text
from timelineapp.extract.build import MERGE_TAG, build_draft
from timelineapp.extract.notes import CodeWords

TWO_FACTS = (
    "MADRID — An inquiry in Spain concluded that the government of Valencia sent its "
    "emergency phone alert too late on 29 October 2024.\n\n"
    "Spain's weather agency AEMET had issued a red warning at 7:36 a.m. on October 29, 2024.\n"
)


def test_two_facts_of_one_day_stay_two_drafts_with_a_note() -> None:
    article = article_from_text(TWO_FACTS, "a.txt", language="en", published="2025-11-03")
    events = build_draft([article], words=CodeWords()).event_file.events
    assert [event.date for event in events] == ["2024-10-29", "2024-10-29"]
    first, second = events
    assert len(first.sources[0].quotes) == 1
    assert "same_day_joined" not in (first.note or "")
    assert "same_day_not_joined(phrase=October 29, 2024, other=" in (second.note or "")
    assert first.title in (second.note or "")


def test_one_fact_named_twice_is_still_joined() -> None:
    text = (
        "The agreement on the withdrawal was signed on 19 May 2024.\n\n"
        "Since the agreement of 19 May 2024, 269 soldiers have left.\n"
    )
    article = article_from_text(text, "a.txt", language="en", published="2024-06")
    (event,) = build_draft([article], words=CodeWords()).event_file.events
    assert "same_day_joined(phrase=19 May 2024, shared=agreement)" in (event.note or "")


def test_articles_sharing_only_a_date_and_a_place_are_not_proposed_as_one() -> None:
    """A merge proposal across articles needs two shared words: the month of the date they
    share by construction is not one."""
    first = article_from_text(
        "In Valencia the agency issued a warning on 29 October 2024.", "a.txt", language="en"
    )
    second = article_from_text(
        "In Valencia the government sent its phone alert on 29 October 2024.", "b.txt",
        language="en",
    )  # fmt: skip
    events = build_draft([first, second], words=CodeWords()).event_file.events
    assert len(events) == 2
    assert not any(MERGE_TAG in event.tags for event in events)
