"""Edits are invertible and keep the file's invariants (no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from timelineapp.model.draft import Draft, Edit
from timelineapp.model.edits import (
    EditError,
    add_actor,
    add_actor_to_event,
    add_document,
    add_event,
    add_quote,
    attribute_quote,
    merge_actors,
    new_file,
    quote_of,
    remove_event,
    remove_quote,
    resize_quote,
    set_date_phrase,
    set_file_info,
    set_review,
    slug,
    update_actor,
    update_document,
    update_event,
)
from timelineapp.model.file_format import ActorKind, EventFile, ReviewState
from timelineapp.model.integrity import sha256_text
from timelineapp.model.loading import load_event_bytes

from .event_files import TEXT, minimal, to_bytes


def _draft() -> Draft:
    result = load_event_bytes(to_bytes(minimal()), "test", None)
    assert result.loaded is not None
    return Draft.of_loaded(result.loaded)


def _round_trip(draft: Draft, edit: Edit) -> EventFile:
    """Apply, undo and redo ``edit``; the undo must give back exactly the model before."""
    before = draft.materialised()
    undo = edit.apply(draft)
    after = draft.materialised()
    assert after != before
    redo = undo.apply(draft)
    assert draft.materialised() == before
    redo.apply(draft)
    assert draft.materialised() == after
    return after


def test_slug_folds_accents_and_punctuation() -> None:
    assert slug("Signature de l’accord à Niamey", "event") == "signature-de-l-accord-a-niamey"
    assert slug("🎉", "event") == "event"


EMOJI_TEXT = "Café 🎉 e\u0301té: le 7 juin 2024, 👩‍👩‍👧 ont dit « oui »."


@pytest.mark.parametrize(
    "words", ["Café", "🎉", "e\u0301té", "le 7 juin 2024", "👩‍👩‍👧", "« oui »", "dit « oui »."]
)
def test_quote_offsets_are_code_points(words: str) -> None:
    draft = new_file("Test", "fr")
    add_document(draft, "Doc", EMOJI_TEXT)[0].apply(draft)
    start = EMOJI_TEXT.index(words)
    end = start + len(words)
    edit, index = add_event(draft, "Oui", quote=("doc", start, end))
    _round_trip(draft, edit)
    quote = draft.events[index].sources[0].quotes[0]
    assert (quote.start, quote.end, quote.text) == (start, end, words)


def test_a_quote_outside_the_text_or_of_spaces_is_refused() -> None:
    draft = _draft()
    with pytest.raises(EditError, match="inside the document"):
        quote_of(draft, "doc", 10, len(TEXT) + 1)
    with pytest.raises(EditError, match="only spaces"):
        quote_of(draft, "doc", TEXT.index(" "), TEXT.index(" ") + 1)
    with pytest.raises(EditError, match="unknown id"):
        quote_of(draft, "nope", 0, 3)


def test_add_event_makes_a_unique_id_from_the_title() -> None:
    draft = _draft()
    edit, index = add_event(draft, "Signature")
    edit.apply(draft)
    second, index2 = add_event(draft, "Signature")
    second.apply(draft)
    assert draft.events[index].id == "signature"
    assert draft.events[index2].id == "signature-2"
    with pytest.raises(EditError, match="taken"):
        update_event(draft, index2, id="accord")


def test_each_event_edit_undoes_exactly() -> None:
    draft = _draft()
    start = TEXT.index("Niamey")
    at = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    edits: list[Edit] = [
        add_event(draft, "Nouveau", date="2024-06", quote=("doc", start, start + 6))[0],
        remove_event(draft, 1),
        update_event(draft, 0, title="Autre", date="2024-05", place="Niamey", tags=["a"]),
        set_review(draft, 0, ReviewState.VERIFIED, "Ana", at),
        add_quote(draft, 0, "doc", start, start + 6, "niger"),
        remove_quote(draft, 0, 0, 0),
        attribute_quote(draft, 0, 0, 0, "communiqué conjoint"),
        resize_quote(draft, 0, 0, 0, 3, 20),
        set_date_phrase(draft, 1, "doc", 57, 65),
        add_actor_to_event(draft, 1, "niger", "cible"),
        add_actor(draft, "Kenneth Ekman", ActorKind.PERSON, aliases=["K. Ekman"])[0],
        merge_actors(draft, "niger", "armee"),
        add_document(draft, "Second", "Un autre texte.", publisher="AFP")[0],
        update_document(draft, "doc", publisher="Le Monde", url="https://example.org/a"),
        set_file_info(draft, "Nouveau titre", "en", "desc"),
    ]
    for edit in edits:
        _round_trip(draft, edit)


def test_resized_quote_copies_the_new_words() -> None:
    draft = _draft()
    resize_quote(draft, 0, 0, 0, 3, 20).apply(draft)
    assert draft.events[0].sources[0].quotes[0].text == TEXT[3:20]


def test_removing_the_last_quote_of_a_bare_source_removes_the_source() -> None:
    draft = _draft()
    edit, index = add_event(draft, "X", quote=("doc", 0, 5))
    edit.apply(draft)
    remove_quote(draft, index, 0, 0).apply(draft)
    assert draft.events[index].sources == []


def test_merge_moves_events_quotes_and_aliases() -> None:
    draft = _draft()
    attribute_quote(draft, 0, 0, 0, "armee").apply(draft)
    merge_actors(draft, "niger", "armee").apply(draft)
    assert [a.id for a in draft.header.actors] == ["niger"]
    assert draft.header.actors[0].aliases == ["Niamey", "Armée"]
    event = draft.events[0]
    assert [r.actor for r in event.actors] == ["niger", "niger"]
    assert event.sources[0].quotes[0].attributed_to == "niger"


def test_references_must_resolve() -> None:
    draft = _draft()
    with pytest.raises(EditError, match="unknown id 'ghost'"):
        update_event(draft, 0, actors=[{"actor": "ghost"}])
    with pytest.raises(EditError, match="parent"):
        add_actor(draft, "X", parent="ghost")
    with pytest.raises(EditError, match="date"):
        update_event(draft, 0, date="2024-02-30")


def test_document_hash_and_path_are_recorded() -> None:
    draft = new_file("T")
    edit, document_id = add_document(draft, "Article", "Texte é", path="article.txt")
    edit.apply(draft)
    document = draft.header.documents[0]
    assert document.path == "article.txt"
    assert document.sha256 == sha256_text("Texte é")
    assert draft.texts[document_id] == "Texte é"
    with pytest.raises(EditError, match="inside"):
        add_document(draft, "B", "x", path="../evil.txt")
    assert Path(document.path).name == "article.txt"


def test_update_actor_keeps_the_hierarchy_acyclic() -> None:
    draft = _draft()
    edit = update_actor(draft, "armee", name="Forces armées", kind=ActorKind.GROUP)
    _round_trip(draft, edit)
    edit.apply(draft)
    assert [(a.id, a.name, a.kind) for a in draft.header.actors][1] == (
        "armee",
        "Forces armées",
        "group",
    )
    with pytest.raises(EditError, match="belong to itself"):
        update_actor(draft, "niger", parent="armee")  # armee is part of niger
    with pytest.raises(EditError, match="unknown id"):
        update_actor(draft, "niger", parent="ghost")
    update_actor(draft, "armee", parent=None).apply(draft)
    update_actor(draft, "niger", parent="armee").apply(draft)
    assert draft.header.actors[0].parent == "armee"


def test_merging_actors_resets_the_verdict_of_the_events_it_changes() -> None:
    # QA #84: a merge rewrote the actors of verified events and left them verified.
    draft = _draft()
    at = datetime(2024, 6, 1, tzinfo=UTC)
    set_review(draft, 0, ReviewState.VERIFIED, "Ana", at).apply(draft)
    untouched = [
        i
        for i, event in enumerate(draft.events)
        if i != 0 and not any(r.actor == "armee" for r in event.actors)
    ]
    for i in untouched:
        set_review(draft, i, ReviewState.VERIFIED, "Ana", at).apply(draft)
    merge_actors(draft, "niger", "armee").apply(draft)
    assert draft.events[0].review is ReviewState.UNREVIEWED
    assert draft.events[0].reviewed_by is None
    for i in untouched:  # events that do not cite the merged actor keep their verdict
        assert draft.events[i].review is ReviewState.VERIFIED
