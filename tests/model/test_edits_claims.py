"""A date edit drops the date phrase that gave the old date; an edit of what a verified
event claims resets its review (no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from timelineapp.model.draft import Draft
from timelineapp.model.edits import (
    EventEdit,
    add_actor_to_event,
    add_quote,
    remove_quote,
    set_review,
    update_event,
)
from timelineapp.model.file_format import ReviewState
from timelineapp.model.loading import load_event_bytes

from .event_files import minimal, to_bytes

_AT = datetime(2024, 7, 1, 12, tzinfo=UTC)


def _draft() -> Draft:
    result = load_event_bytes(to_bytes(minimal()), "test", None)
    assert result.loaded is not None
    return Draft.of_loaded(result.loaded)


def _verified() -> Draft:
    draft = _draft()
    set_review(draft, 0, ReviewState.VERIFIED, "Ana", _AT).apply(draft)
    return draft


def test_changing_the_date_drops_the_phrase_that_gave_the_old_one() -> None:
    draft = _draft()
    assert draft.events[0].sources[0].date_phrase is not None
    edit = update_event(draft, 0, date="2024-03")
    assert isinstance(edit, EventEdit)
    assert edit.date_phrases_dropped == 1
    undo = edit.apply(draft)
    source = draft.events[0].sources[0]
    assert draft.events[0].date == "2024-03"
    assert source.date_phrase is None
    assert source.quotes  # the quotes stay
    undo.apply(draft)  # one undo brings the date and its phrase back
    assert draft.events[0].date == "2024-05-19"
    assert draft.events[0].sources[0].date_phrase is not None


_BUILDER_NOTE = "date from « le 19 mai 2024 » (read as 2024-05-19) = 2024-05-19"


def _noted() -> Draft:
    data = minimal()
    data["events"][0]["note"] = _BUILDER_NOTE
    result = load_event_bytes(to_bytes(data), "test", None)
    assert result.loaded is not None
    return Draft.of_loaded(result.loaded)


def test_changing_the_date_marks_the_note_that_explained_the_old_one() -> None:
    """QA #131: after the date was changed (its phrase dropped) the builder's note still
    said the date came from « le 19 mai 2024 »; it is marked in the same edit, undone with
    it."""
    draft = _noted()
    edit = update_event(draft, 0, date="2024-05-20")
    undo = edit.apply(draft)
    assert draft.events[0].note == f"Written when the event was dated 2024-05-19: {_BUILDER_NOTE}"
    undo.apply(draft)
    assert draft.events[0].note == _BUILDER_NOTE
    assert draft.events[0].sources[0].date_phrase is not None

    # In the window's words; a second change (no phrase left to drop) marks it no more.
    mark = "Note écrite quand l’événement était daté de {old} : {note}"
    update_event(draft, 0, date="2024-05-20", note_mark=mark).apply(draft)
    marked = draft.events[0].note
    assert marked == f"Note écrite quand l’événement était daté de 2024-05-19 : {_BUILDER_NOTE}"
    update_event(draft, 0, date="2024-05-21", note_mark=mark).apply(draft)
    assert draft.events[0].note == marked


def test_a_note_given_with_the_date_or_no_phrase_dropped_is_not_marked() -> None:
    draft = _noted()
    update_event(draft, 0, date="2024-05-20", note="checked: 20 May").apply(draft)
    assert draft.events[0].note == "checked: 20 May"
    draft = _noted()
    update_event(draft, 0, title="Another title").apply(draft)
    assert draft.events[0].note == _BUILDER_NOTE


def test_same_date_or_other_fields_keep_the_phrase() -> None:
    draft = _draft()
    for edit in (update_event(draft, 0, date="2024-05-19"), update_event(draft, 0, title="T")):
        assert isinstance(edit, EventEdit)
        assert edit.date_phrases_dropped == 0
        edit.apply(draft)
        assert draft.events[0].sources[0].date_phrase is not None


def test_a_source_with_its_own_date_keeps_its_phrase() -> None:
    data = minimal()
    data["events"][0]["sources"][0]["date"] = "2024-05-19"
    result = load_event_bytes(to_bytes(data), "test", None)
    assert result.loaded is not None
    draft = Draft.of_loaded(result.loaded)
    edit = update_event(draft, 0, date="2024-05")
    edit.apply(draft)
    assert draft.events[0].sources[0].date_phrase is not None


@pytest.mark.parametrize(
    "change",
    [
        {"title": "Autre titre"},
        {"date": "2024-05"},
        {"status": "planned"},
        {"place": "Niamey"},
        {"summary": "Résumé"},
    ],
)
def test_changing_a_claim_of_a_verified_event_resets_its_review(change: dict[str, str]) -> None:
    draft = _verified()
    edit = update_event(draft, 0, **change)
    assert isinstance(edit, EventEdit)
    assert edit.review_reset
    undo = edit.apply(draft)
    event = draft.events[0]
    assert (event.review, event.reviewed_by, event.reviewed_at) == (
        ReviewState.UNREVIEWED,
        None,
        None,
    )
    undo.apply(draft)  # the same undo step gives the verdict back
    assert draft.events[0].review is ReviewState.VERIFIED
    assert draft.events[0].reviewed_by == "Ana"


def test_evidence_and_actor_edits_reset_a_disputed_verdict_too() -> None:
    draft = _draft()
    set_review(draft, 0, ReviewState.DISPUTED, "Ana", _AT).apply(draft)
    edits = [
        lambda d: add_quote(d, 0, "doc", 57, 65),
        lambda d: remove_quote(d, 0, 0, 0),
        lambda d: add_actor_to_event(d, 0, "niger", "témoin"),
    ]
    for make in edits:
        before = draft.events[0]
        edit = make(draft)
        assert isinstance(edit, EventEdit)
        assert edit.review_reset
        undo = edit.apply(draft)
        assert draft.events[0].review is ReviewState.UNREVIEWED
        undo.apply(draft)
        assert draft.events[0] == before


@pytest.mark.parametrize("change", [{"note": "doute"}, {"tags": ["x"]}, {"id": "nouvel-id"}])
def test_notes_tags_and_ids_keep_the_verdict(change: dict[str, object]) -> None:
    draft = _verified()
    edit = update_event(draft, 0, **change)
    assert isinstance(edit, EventEdit)
    assert not edit.review_reset
    edit.apply(draft)
    assert draft.events[0].review is ReviewState.VERIFIED


def test_setting_a_verdict_is_not_reset_by_itself() -> None:
    draft = _verified()
    edit = set_review(draft, 0, ReviewState.DISPUTED, "Bo", _AT)
    edit.apply(draft)
    assert draft.events[0].review is ReviewState.DISPUTED
    assert draft.events[0].reviewed_by == "Bo"
