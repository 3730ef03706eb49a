"""The event filter: actors with their members, AND/OR, roles, dates, text search, counts, words."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timelineapp.model.dates import DateError
from timelineapp.model.filtering import (
    ActorTree,
    FilterEngine,
    FilterSpec,
    event_search_text,
    fold,
    fold_large,
    search_terms,
    text_search,
)
from timelineapp.model.filtering.closest import closest_ids
from timelineapp.model.loading import load_event_bytes, load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.resources import example_event_file

from ..hypothesis_budget import examples

TEXT = "Selon l’article, l’accord a été signé à Paris. Les manœuvres ont duré des mois."


def _quote(part: str) -> dict[str, Any]:
    start = TEXT.index(part)
    return {"document": "doc", "quotes": [{"start": start, "end": start + len(part), "text": part}]}


ACTORS: list[dict[str, Any]] = [
    {"id": "fr", "name": "France", "kind": "state", "aliases": ["Paris"]},
    {"id": "fr-army", "name": "Armée française", "kind": "military", "parent": "fr"},
    {"id": "fr-general", "name": "Général Dupont", "kind": "person", "parent": "fr-army"},
    {"id": "us", "name": "États-Unis", "kind": "state", "aliases": ["Washington"]},
    {"id": "us-dod", "name": "Département de la Défense", "parent": "us"},
    {"id": "ru", "name": "Russie", "kind": "state"},
]
EVENTS: list[dict[str, Any]] = [
    {
        "id": "e0",
        "title": "Accord franco-américain",
        "date": "2012",
        "actors": [{"actor": "fr", "role": "signataire"}, {"actor": "us", "role": "signataire"}],
        "sources": [_quote("l’accord a été signé à Paris")],
        "tags": ["diplomatie"],
    },
    {
        "id": "e1",
        "title": "Exercices",
        "date": "2012-03/2012-12",
        "actors": ["fr-army"],
        "sources": [_quote("Les manœuvres ont duré des mois")],
    },
    {
        "id": "e2",
        "title": "Visite",
        "date": "[..2012-06]",
        "actors": [{"actor": "fr-general", "role": "visiteur"}, "us-dod"],
        "place": "Norfolk",
    },
    {"id": "e3", "title": "Sans acteur", "date": "2013", "note": "Daté par l’ÉDITION"},
    {"id": "e4", "title": "Non daté", "actors": ["ru"]},
    {"id": "e5", "title": "Déploiement", "date": "2012-05/..", "actors": ["ru", "fr-army"]},
    {"id": "e6", "title": "Réunion", "date": "2012-06-15", "actors": ["us", "us-dod"]},
]


def make_timeline(
    actors: list[dict[str, Any]] | None = None,
    events: list[dict[str, Any]] | None = None,
    language: str = "fr",
) -> Timeline:
    data = {
        "format": "timelineapp/events",
        "version": 1,
        "title": "Test",
        "language": language,
        "documents": [{"id": "doc", "title": "Article", "text": TEXT}],
        "actors": ACTORS if actors is None else actors,
        "events": EVENTS if events is None else events,
    }
    result = load_event_bytes(json.dumps(data).encode(), "test.timeline.json", None)
    assert result.loaded is not None, [str(i) for i in result.issues]
    assert result.ok, [str(i) for i in result.issues]
    return Timeline(result.loaded)


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    return make_timeline()


@pytest.fixture(scope="module")
def engine(timeline: Timeline) -> FilterEngine:
    return FilterEngine.from_timeline(timeline)


def shown(engine: FilterEngine, **spec: Any) -> list[str]:
    mask = engine.mask(FilterSpec(**spec))
    return [f"e{i}" for i in np.flatnonzero(mask)]


# --- actors ------------------------------------------------------------------------------------


def test_empty_spec_shows_everything(engine: FilterEngine) -> None:
    assert FilterSpec().is_empty
    assert shown(engine) == [f"e{i}" for i in range(7)]


def test_checking_a_parent_includes_its_members_events(engine: FilterEngine) -> None:
    assert shown(engine, actors={"fr"}) == ["e0", "e1", "e2", "e5"]
    assert shown(engine, actors={"fr-army"}) == ["e1", "e2", "e5"]
    assert shown(engine, actors={"fr"}, include_descendants=False) == ["e0"]


def test_or_and_all_together(engine: FilterEngine) -> None:
    assert shown(engine, actors={"fr", "us"}) == ["e0", "e1", "e2", "e5", "e6"]
    # e2 names the general (in France) and the department (in the United States).
    assert shown(engine, actors={"fr", "us"}, all_actors=True) == ["e0", "e2"]
    assert shown(engine, actors={"fr", "us"}, all_actors=True, include_descendants=False) == ["e0"]
    assert shown(engine, actors={"ru", "fr-army"}, all_actors=True) == ["e5"]


def test_actors_alone_count_without_their_members(engine: FilterEngine) -> None:
    # France's own events and its general's, but not the rest of the army's.
    spec = {"actors": {"fr-general"}, "actors_alone": {"fr"}}
    assert shown(engine, **spec) == ["e0", "e2"]
    assert shown(engine, **spec, all_actors=True) == []
    assert shown(engine, actors={"us"}, actors_alone={"fr"}, all_actors=True) == ["e0"]


def test_no_actor_pseudo_entry(engine: FilterEngine) -> None:
    assert shown(engine, include_no_actor=True) == ["e3"]
    assert shown(engine, actors={"ru"}, include_no_actor=True) == ["e3", "e4", "e5"]
    assert not FilterSpec(include_no_actor=True).is_empty


def test_role_restricts_which_mentions_count(engine: FilterEngine) -> None:
    assert shown(engine, actors={"fr"}, role="signataire") == ["e0"]
    assert shown(engine, actors={"fr"}, role="visiteur") == ["e2"]
    assert shown(engine, role="visiteur") == ["e2"]  # no actor checked: anyone in that role
    assert shown(engine, role="inconnu") == []


def test_unknown_actor_involves_no_event(engine: FilterEngine) -> None:
    assert shown(engine, actors={"nobody"}) == []
    assert shown(engine, actors={"nobody", "ru"}) == ["e4", "e5"]
    assert shown(engine, actors={"nobody", "ru"}, all_actors=True) == []


# --- dates -------------------------------------------------------------------------------------


def test_imprecise_date_is_possibly_not_certainly_within(engine: FilterEngine) -> None:
    window = {"date_from": "2012-03", "date_to": "2012-12"}
    assert "e0" in shown(engine, **window, within="possibly")  # "2012" may be in March
    assert "e0" not in shown(engine, **window, within="certainly")
    assert "e1" in shown(engine, **window, within="certainly")  # 2012-03/2012-12 fits exactly


def test_open_sides_reach_possibly_everything_and_certainly_nothing(engine: FilterEngine) -> None:
    # e2 "[..2012-06]" may be any time before July 2012; e5 "2012-05/.." runs on forever.
    assert shown(engine, date_from="2000", date_to="2000", within="possibly") == ["e2"]
    assert shown(engine, date_from="2030", within="possibly") == ["e5"]
    assert "e2" not in shown(engine, date_from="1900", within="certainly")
    assert "e2" in shown(engine, date_to="2012-06", within="certainly")
    assert "e5" in shown(engine, date_from="2012", within="certainly")
    assert "e5" not in shown(engine, date_from="2012", date_to="2100", within="certainly")


def test_undated_events_never_pass_a_date_filter(engine: FilterEngine) -> None:
    for within in ("possibly", "certainly"):
        assert "e4" not in shown(engine, date_from="-9999", within=within)
        assert "e4" not in shown(engine, date_to="9999", within=within)


def test_date_to_includes_its_whole_date(engine: FilterEngine) -> None:
    assert "e6" in shown(engine, date_from="2012-06", date_to="2012-06", within="certainly")


def test_spec_rejects_unreadable_dates() -> None:
    with pytest.raises(DateError):
        FilterSpec(date_from="mai 2024")
    with pytest.raises(ValueError, match="certainly"):
        FilterSpec(within="surely")  # type: ignore[arg-type]


# --- text --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ACCORD", ["e0"]),  # title, any case
        ("l'accord a ete signe", ["e0"]),  # quote: accents and ’ folded, words in any order
        ("signé accord", ["e0"]),
        ("manoeuvres", ["e1"]),  # quote with œ
        ("norfolk", ["e2"]),  # place
        ("edition", ["e3"]),  # note
        ("diplomatie", ["e0"]),  # tag
        ("deploiement", ["e5"]),
        ("accord norfolk", []),  # every word must match, in the same event
        ("paris", ["e0"]),
        ("   ", [f"e{i}" for i in range(7)]),
    ],
)
def test_search_ignores_case_and_accents(
    engine: FilterEngine, query: str, expected: list[str]
) -> None:
    assert shown(engine, text=query) == expected


def test_words_never_match_across_events() -> None:
    events = [
        {"id": "a", "title": "fin de", "tags": ["x"]},
        {"id": "b", "title": "but final"},
    ]
    engine = FilterEngine.from_timeline(make_timeline(actors=[], events=events))
    assert list(engine.search("xbut")) == [False, False]
    assert list(engine.search("fin")) == [True, True]
    assert list(engine.search("final")) == [False, True]


def test_search_text_holds_every_field(timeline: Timeline) -> None:
    text = event_search_text(timeline.event(0))
    for part in ("Accord franco-américain", "l’accord a été signé à Paris", "diplomatie"):
        assert part in text


def test_fold_drops_case_accents_ligatures_and_curly_quotes() -> None:
    assert fold("États-Unis") == "etats-unis"
    assert fold("L’ACCORD") == "l'accord"
    assert fold("Straße ﬁn") == "strasse fin"
    assert fold("e\u0301te\u0301") == "ete"
    assert search_terms("  Accord  accord ÉTÉ ") == ["accord", "ete"]


@given(st.text())
def test_fold_large_agrees_with_fold(text: str) -> None:
    assert fold_large(text) == fold(text)


_WORDS = ["accord", "Été", "etats", "ÉTATS", "l’armée", "l'armée", "cœur", "coeur", "ß", "ss"]


@settings(max_examples=examples(60), deadline=None)
@given(
    texts=st.lists(
        st.lists(st.sampled_from(_WORDS), max_size=4).map(" ".join), min_size=1, max_size=12
    ),
    query=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=2).map(" ".join),
)
# Folded equivalents in every run (accents, case, apostrophes, ligatures, ß), and a text that
# matches nothing beside one matching every term.
@example(texts=["l’armée cœur Été", "ÉTATS ss", ""], query="l'armée coeur")
@example(texts=["etats accord", "ß", "Été ete"], query="ÉTATS ss")
def test_search_matches_reference(texts: list[str], query: str) -> None:
    engine = _engine_from_arrays([-1], [[] for _ in texts], texts)
    terms = search_terms(query)
    expected = [all(term in fold(text) for term in terms) for text in texts]
    assert engine.search(query).tolist() == expected
    # Matches across the blocks the text is scanned in are found too.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(text_search, "_SCAN_BLOCK", 5)
        engine = _engine_from_arrays([-1], [[] for _ in texts], texts)
        assert engine.search(query).tolist() == expected


# --- counts ------------------------------------------------------------------------------------


def test_counts_include_members_once_per_event(timeline: Timeline, engine: FilterEngine) -> None:
    total, now = engine.counts_by_actor(engine.mask(FilterSpec(actors=frozenset({"ru"}))))
    by_id = {a.id: i for i, a in enumerate(timeline.actors)}
    assert total[by_id["fr"]] == 4  # e0, e1, e2, e5
    assert total[by_id["fr-army"]] == 3  # e1, e2 (its general), e5
    assert total[by_id["us"]] == 3  # e6 names both us and us-dod: counted once
    assert total[by_id["ru"]] == 2
    assert now[by_id["ru"]] == 2
    assert now[by_id["fr"]] == 1  # e5
    assert now[by_id["us"]] == 0
    assert engine.no_actor_counts(np.ones(7, dtype=np.bool_)) == (1, 1)


# --- against a naive reference on random files -------------------------------------------------


@st.composite
def random_files(draw: st.DrawFn) -> tuple[list[int], list[list[tuple[int, int]]]]:
    """Parents (each actor's parent comes earlier, so no cycles) and (actor, role) mentions."""
    count = draw(st.integers(1, 8))
    parents = [draw(st.integers(-1, i - 1)) for i in range(count)]
    mention = st.tuples(st.integers(0, count - 1), st.integers(-1, 1))
    events = draw(st.lists(st.lists(mention, max_size=4), max_size=15))
    return parents, events


def _engine_from_arrays(
    parents: list[int], events: list[list[tuple[int, int]]], texts: list[str] | None = None
) -> FilterEngine:
    ptr = np.zeros(len(events) + 1, dtype=np.int64)
    ptr[1:] = np.cumsum([len(e) for e in events])
    actors = np.array([a for e in events for a, _ in e], dtype=np.int32)
    roles = np.array([r for e in events for _, r in e], dtype=np.int32)
    count = len(events)
    return FilterEngine(
        tree=ActorTree([f"a{i}" for i in range(len(parents))], parents),
        member_ptr=ptr,
        member_actors=actors,
        member_roles=roles,
        roles=("r0", "r1"),
        earliest=np.zeros(count, dtype=np.int64),
        latest=np.ones(count, dtype=np.int64),
        dated=np.ones(count, dtype=np.bool_),
        open_start=np.zeros(count, dtype=np.bool_),
        open_end=np.zeros(count, dtype=np.bool_),
        texts=texts if texts is not None else [""] * count,
    )


def _under(parents: list[int], actor: int, ancestor: int) -> bool:
    while actor >= 0:
        if actor == ancestor:
            return True
        actor = parents[actor]
    return False


@settings(max_examples=examples(150), deadline=None)
@given(
    file=random_files(),
    checked=st.sets(st.integers(0, 7), max_size=3),
    all_actors=st.booleans(),
    role=st.sampled_from([None, "r0", "r1"]),
)
# A chain eight deep checked at its root, leaf and middle, with every role and "all actors".
@example(
    file=([-1, 0, 1, 2, 3, 4, 5, 6], [[(7, 1)], [(3, 0), (0, -1)], [], [(5, 1), (6, 0)]]),
    checked={0, 3, 7},
    all_actors=True,
    role="r1",
)
@example(file=([-1, -1, 1], [[(2, -1)], [(0, 0)], []]), checked=set(), all_actors=False, role="r0")
def test_actor_mask_matches_reference(
    file: tuple[list[int], list[list[tuple[int, int]]]],
    checked: set[int],
    all_actors: bool,
    role: str | None,
) -> None:
    parents, events = file
    checked = {a for a in checked if a < len(parents)}
    engine = _engine_from_arrays(parents, events)
    spec = FilterSpec(actors=frozenset(f"a{a}" for a in checked), all_actors=all_actors, role=role)
    role_number = None if role is None else int(role[1])

    def involves(mentions: list[tuple[int, int]], actor: int) -> bool:
        return any(
            _under(parents, a, actor) and (role_number is None or r == role_number)
            for a, r in mentions
        )

    expected = []
    for mentions in events:
        if not checked:
            ok = role_number is None or any(r == role_number for _, r in mentions)
        elif all_actors:
            ok = all(involves(mentions, a) for a in checked)
        else:
            ok = any(involves(mentions, a) for a in checked)
        expected.append(ok)
    assert engine.mask(spec).tolist() == expected


@settings(max_examples=examples(100), deadline=None)
@given(file=random_files(), shown_bits=st.lists(st.booleans(), min_size=15, max_size=15))
def test_counts_match_reference(
    file: tuple[list[int], list[list[tuple[int, int]]]], shown_bits: list[bool]
) -> None:
    parents, events = file
    engine = _engine_from_arrays(parents, events)
    mask = np.array(shown_bits[: len(events)], dtype=np.bool_)
    total, now = engine.counts_by_actor(mask)
    for actor in range(len(parents)):
        hits = [any(_under(parents, a, actor) for a, _ in e) for e in events]
        assert total[actor] == sum(hits)
        assert now[actor] == sum(h and m for h, m in zip(hits, mask.tolist(), strict=True))


# --- the tree ----------------------------------------------------------------------------------


def test_actor_tree_follows_parents_in_file_order(timeline: Timeline) -> None:
    tree = ActorTree.from_timeline(timeline)
    ids = tree.ids
    assert [ids[r] for r in tree.roots] == ["fr", "us", "ru"]
    assert [ids[a] for a in tree.descendants(tree.index_of["fr"])] == [
        "fr",
        "fr-army",
        "fr-general",
    ]
    assert [ids[a] for a in tree.ancestors(tree.index_of["fr-general"])] == ["fr-army", "fr"]
    assert tree.row[tree.index_of["us"]] == 1
    covered = tree.covered([tree.index_of["fr-army"]])
    assert [ids[a] for a in np.flatnonzero(covered)] == ["fr-army", "fr-general"]


@given(data=st.data())
def test_checked_sets_describe_the_included_actors(data: st.DataObject) -> None:
    count = data.draw(st.integers(1, 10))
    tree = ActorTree(
        [f"a{i}" for i in range(count)], [data.draw(st.integers(-1, i - 1)) for i in range(count)]
    )
    included = np.array(data.draw(st.lists(st.booleans(), min_size=count, max_size=count)))
    with_members, alone = tree.checked_sets(included)
    assert tree.included(with_members, alone).tolist() == included.tolist()
    # Shortest: no listed actor lies inside another's listed subtree.
    for actor in with_members + alone:
        assert not set(tree.ancestors(actor)) & set(with_members)


def test_actor_tree_cuts_cycles() -> None:
    tree = ActorTree(["a", "b", "c"], [1, 0, 1])
    assert sorted(tree.preorder.tolist()) == [0, 1, 2]
    assert len(tree.roots) == 1


def test_closest_ids_suggest_look_alikes_and_nothing_for_strangers() -> None:
    valid = ["russie", "france", "etats-unis", "niger"]
    assert closest_ids("russia", valid) == ["russie"]
    assert closest_ids("Etats", valid)[0] == "etats-unis"
    assert closest_ids("zzz", valid) == []


# --- the bundled example and the model's independence from Qt ---------------------------------


def test_niger_example_filtered_to_russia() -> None:
    result = load_event_file(example_event_file())
    assert result.loaded is not None
    timeline = Timeline(result.loaded)
    engine = FilterEngine.from_timeline(timeline)
    mask = engine.mask(FilterSpec(actors=frozenset({"russie"})))
    russian = {"russie", "personnel-militaire-russe"}
    expected = [any(ref.actor in russian for ref in e.actors) for e in timeline.events]
    assert mask.tolist() == expected
    assert any(expected)


def test_filtering_imports_without_qt(qt_free_run: dict[str, Any]) -> None:
    # Imported in a fresh interpreter with PySide6 blocked (tests/qt_free_run.py).
    assert qt_free_run["parts"]["filtering"] == "ok", qt_free_run["parts"]["filtering"]
    assert not qt_free_run["qt_modules"]


def test_find_terms_maps_folded_matches_back_to_the_original_text() -> None:
    from timelineapp.model.filtering import find_terms, search_terms

    text = "Les États-Unis et l’accord ; ETATS encore, cœur"
    spans = find_terms(text, search_terms("etats accord coeur"))
    assert [text[a:b] for a, b in spans] == ["États", "accord", "ETATS", "cœur"]
    assert find_terms(text, []) == []


def test_loader_folds_the_same_search_texts_as_the_events(timeline: Timeline) -> None:
    """The blob folded while loading is what folding the materialised events gives."""
    from timelineapp.model.folding import fold_texts

    expected = fold_texts(event_search_text(e) for e in timeline.events)
    assert timeline.loaded.search_blob is not None
    assert bytes(timeline.loaded.search_blob) == expected
    by_texts = FilterEngine.from_timeline(timeline)
    by_texts.texts = [event_search_text(e) for e in timeline.events]
    for query in ("niger", "ÉTATS-UNIS", "retrait 2024", "l'accord"):
        assert np.array_equal(
            FilterEngine.from_timeline(timeline).search(query), by_texts.search(query)
        )
