"""The columns under a million actors: the hashed id index and the batched array decoding.

``IdIndex`` must answer exactly as the dict of ids it replaces (the last index of an id given
twice, nothing for an unknown id), also when ids share a hash; the batched decoding must give
exactly the items of the array, whatever commas, brackets and spaces its items hold.
"""

from __future__ import annotations

import json
import pickle
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timelineapp.model import header_actors, id_index
from timelineapp.model.actor_columns import HeaderActors
from timelineapp.model.event_json import _REFS
from timelineapp.model.file_format import Actor
from timelineapp.model.id_index import IdIndex, hashes_of, numbers_of
from timelineapp.model.packed_strings import PackedStrings

_IDS = ["niger", "us", "fan", "us", "é-ü", "x.y:z", "niger", "", "fan2"]


def _as_dict(ids: list[str]) -> dict[str, int]:
    return {item: i for i, item in enumerate(ids)}  # the last index of an id given twice


def _check(index: IdIndex, ids: list[str]) -> None:
    expected = _as_dict(ids)
    assert dict(index.items()) == expected
    assert len(index) == len(expected)
    assert list(index) == list(expected) or sorted(index) == sorted(expected)
    asked = [*ids, "nobody", "niger ", "NIGER", "fan"]
    assert index.numbers(asked).tolist() == [expected.get(a, -1) for a in asked]
    assert numbers_of(expected, asked).tolist() == index.numbers(asked).tolist()
    for key in asked:
        assert (key in index) == (key in expected)
        assert index.get(key) == expected.get(key)
    assert 3 not in index  # type: ignore[comparison-overlap]
    with pytest.raises(KeyError):
        index["nobody"]


def test_the_index_answers_as_the_dict_of_ids() -> None:
    _check(IdIndex(PackedStrings.pack(_IDS)), _IDS)
    _check(IdIndex(PackedStrings.pack(_IDS), hashes_of(_IDS)), _IDS)
    _check(IdIndex(PackedStrings.pack([])), [])


@pytest.mark.parametrize("worse", [lambda s: len(s) % 3, lambda s: 7])
def test_ids_that_share_a_hash_are_told_apart(monkeypatch: pytest.MonkeyPatch, worse: Any) -> None:
    monkeypatch.setattr(id_index, "_hash", worse)
    _check(IdIndex(PackedStrings.pack(_IDS)), _IDS)


def test_a_pickled_index_makes_its_hashes_again() -> None:
    index = IdIndex(PackedStrings.pack(_IDS))
    assert index["us"] == 3
    again = pickle.loads(pickle.dumps(index))
    assert again._sorted is None  # made in the process that uses them (hashes are seeded)
    _check(again, _IDS)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="ab,é", max_size=3), max_size=40))
def test_the_index_agrees_with_a_dict_on_any_ids(ids: list[str]) -> None:
    _check(IdIndex(PackedStrings.pack(ids)), ids)


_ITEM = st.one_of(
    st.text(alphabet='a,"]}[{\\ é', min_size=1, max_size=6),
    st.fixed_dictionaries(
        {"actor": st.text(alphabet="a,", min_size=1, max_size=3)},
        optional={"role": st.none() | st.text(alphabet='r,]"}\\', max_size=8)},
    ),
)


@settings(max_examples=120, deadline=None)
@given(
    items=st.lists(_ITEM, max_size=30),
    indent=st.sampled_from([None, 0, 2]),
    size=st.integers(1, 24),
)
def test_batches_are_the_items_of_the_array(
    items: list[Any], indent: int | None, size: int
) -> None:
    """Whatever the cut size (monkeypatched small here), the batches hold each item once,
    in order, as one decode of the whole array gives them."""
    raw = json.dumps(items, indent=indent, ensure_ascii=False).encode()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(header_actors, "_BATCH_BYTES", size)
        patch.setattr(header_actors, "_DECODE_BATCH", 3)
        batches = list(header_actors.decoded_in_batches(raw, _REFS))
    flat = [item for batch in batches for item in batch]
    assert msgspec.json.encode(flat) == msgspec.json.encode(_REFS.decode(raw))


def test_many_commas_inside_items_fall_back_to_the_items(monkeypatch: pytest.MonkeyPatch) -> None:
    items = ["a", "," * 150, "b", {"actor": "c", "role": ", , ," * 30}]
    raw = json.dumps(items).encode()
    monkeypatch.setattr(header_actors, "_BATCH_BYTES", 2)
    seen: list[bytes] = []
    by_items = header_actors._decoded_by_items
    monkeypatch.setattr(
        header_actors, "_decoded_by_items", lambda b, d: seen.append(b) or by_items(b, d)
    )
    flat = [item for batch in header_actors.decoded_in_batches(raw, _REFS) for item in batch]
    assert seen  # the fallback ran
    assert msgspec.json.encode(flat) == msgspec.json.encode(_REFS.decode(raw))


@pytest.mark.parametrize("raw", [b"", b"{}", b"[", b'["a",]', b'["a" "b"]', b"[1]", b"null"])
def test_what_is_not_an_array_of_items_is_refused(raw: bytes) -> None:
    with pytest.raises(header_actors.RowsRejected):
        list(header_actors.decoded_in_batches(raw, _REFS))


def test_a_field_first_given_in_a_later_batch_is_a_column(monkeypatch: pytest.MonkeyPatch) -> None:
    """Kinds, parents, aliases and descriptions given only past the first batches: their
    columns start with the defaults of the actors before."""
    actors: list[dict[str, Any]] = [{"id": f"a{i}", "name": f"A, {i}"} for i in range(50)]
    actors[31].update(kind="state", aliases=["Un", "Deux"], description="x")
    actors[40]["parent"] = "a31"
    actors[45]["aliases"] = []
    monkeypatch.setattr(header_actors, "_BATCH_BYTES", 64)
    found = header_actors.decode_actors(json.dumps(actors).encode())
    assert isinstance(found, HeaderActors)
    models = [Actor.model_validate(a) for a in actors]
    assert list(found) == models
    assert [found[i] for i in range(50)] == models
    assert found.parent_of == {40: "a31"}
    assert found.number["a40"] == 40
    plain = HeaderActors.of(models)
    assert plain == found
    assert found != HeaderActors.of([*models[:-1], models[0]])


def test_actor_edits_keep_the_columns_and_give_the_models_edits_give() -> None:
    """Adding, changing and merging actors of a loaded file (columns) gives the actors the
    edits always gave, and the header stays columns (no model per actor)."""
    from timelineapp.model.draft import Draft
    from timelineapp.model.edits import add_actor, merge_actors, update_actor
    from timelineapp.model.file_format import ActorKind
    from timelineapp.model.loading import load_event_bytes

    from .model.event_files import minimal, to_bytes

    data = minimal()
    data["actors"] = [
        {"id": "niger", "name": "Niger"},
        {"id": "armee", "name": "Armée", "parent": "niger", "aliases": ["FAN"]},
        {"id": "fan", "name": "Forces, armées", "parent": "armee"},
        {"id": "us", "name": "États-Unis", "kind": "state"},
        {"id": "gen", "name": "Général", "parent": "armee", "description": "chef"},
    ]
    data["events"][0]["actors"] = ["niger", "armee"]
    result = load_event_bytes(to_bytes(data), "test", None)
    assert result.loaded is not None
    draft = Draft.of_loaded(result.loaded)
    assert isinstance(draft.header.actors, HeaderActors)
    before = list(draft.header.actors)
    undo_add = add_actor(draft, "Nouveau, acteur", ActorKind.PERSON, parent="us")[0].apply(draft)
    update_actor(draft, "gen", name="Le général", parent="niger", aliases=["G"]).apply(draft)
    merge_actors(draft, "us", "armee").apply(draft)
    actors = draft.header.actors
    assert isinstance(actors, HeaderActors)
    shown = [(a.id, a.name, a.parent, a.aliases, a.kind, a.description) for a in actors]
    assert shown == [
        ("niger", "Niger", None, [], ActorKind.OTHER, None),
        ("fan", "Forces, armées", "us", [], ActorKind.OTHER, None),
        ("us", "États-Unis", None, ["Armée", "FAN"], ActorKind.STATE, None),
        ("gen", "Le général", "niger", ["G"], ActorKind.OTHER, "chef"),
        ("nouveau-acteur", "Nouveau, acteur", "us", [], ActorKind.PERSON, None),
    ]
    assert dict(actors.number) == {a[0]: i for i, a in enumerate(shown)}
    assert actors.parent_of == {1: "us", 3: "niger", 4: "us"}
    assert undo_add is not None
    # The header before the edits is untouched (undo gives it back).
    assert list(result.loaded.data.actors) == before


def test_the_actor_rows_leave_the_deferred_patterns_as_they_were() -> None:
    """header_actors derives the actor rows with the id pattern left out (checked for all
    ids at once), and puts the loader's table of deferred patterns back as it found it."""
    from timelineapp.model.loading import rows

    assert {("Event", "id"), ("ActorRef", "actor"), ("Source", "document")} == rows.DEFERRED
    assert set(rows.DEFERRED_PATTERNS) == rows.DEFERRED
    assert header_actors.ids_keep_pattern(["a", "b.c:d-1"])
    assert not header_actors.ids_keep_pattern(["a", "bad id"])
    assert not header_actors.ids_keep_pattern(["a\n"])


_NAME_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), max_codepoint=0x1F600), min_size=1
)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {"name": _NAME_TEXT},
            optional={
                "kind": st.sampled_from(["person", "state", "other"]),
                "aliases": st.lists(_NAME_TEXT, max_size=2),
                "description": _NAME_TEXT,
                "parent": st.just("a0"),
            },
        ),
        max_size=12,
    )
)
def test_actors_are_saved_from_the_columns_as_the_models_save_them(
    given_actors: list[dict[str, Any]],
) -> None:
    """The saved layout of a loaded file's actors, written from the columns (no model per
    actor), is byte for byte what the models write: controls, quotes, emoji, U+2028 too."""
    from timelineapp.model.file_format import EventFile
    from timelineapp.model.saved_layout import file_text

    from .model.event_files import minimal

    data = minimal()
    data["actors"] = [{"id": f"a{i}", **a} for i, a in enumerate(given_actors)]
    data["events"][0]["actors"] = []
    data["events"][0]["sources"][0]["quotes"][0].pop("attributed_to", None)
    plain = EventFile.model_validate(data)
    columns = plain.model_copy(update={"actors": HeaderActors.of(plain.actors)})
    assert file_text(columns) == file_text(plain)
