"""A file declaring very many actors: the header's actors are columns, not a model each.

The lazy actors (``HeaderActors``) must give exactly the models the file gives, a header error
must still be located by the models, and loading many distinct actors stays within a memory
limit (a child process with its address space capped).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from timelineapp.model.actor_columns import HeaderActors, actor_names, search_texts
from timelineapp.model.event_json import LazyRefs, event_from_json
from timelineapp.model.file_format import EventFile
from timelineapp.model.filtering import ActorTree
from timelineapp.model.folding import fold
from timelineapp.model.loading import load_event_bytes
from timelineapp.model.saved_layout import compact_event_text, event_text, file_text
from timelineapp.model.timeline import Timeline
from timelineapp.ui.actor_rows import ActorRows

from .model.event_files import minimal


def _with_actors(actors: list[dict[str, Any]]) -> dict[str, Any]:
    data = minimal()
    data["actors"] = actors
    data["events"][0]["actors"] = [a["id"] for a in actors[:3]]
    return data


_ACTORS: list[dict[str, Any]] = [
    {"id": "niger", "name": "Niger", "kind": "state", "aliases": ["Niamey", "République"]},
    {"id": "fan", "name": "Forces armées nigériennes", "kind": "military", "parent": "niger"},
    {"id": "us", "name": "États-Unis", "description": "Washington"},
    {"id": "x.y:z-1", "name": "Œuvre d’un groupe", "kind": "group", "aliases": []},
]


def test_lazy_actors_are_the_models_the_file_gives() -> None:
    raw = json.dumps(_with_actors(_ACTORS), ensure_ascii=False).encode()
    result = load_event_bytes(raw, "x.timeline.json", None)
    assert result.ok, result.issues
    assert result.loaded is not None
    actors = result.loaded.data.actors
    assert isinstance(actors, HeaderActors)
    models = EventFile.model_validate_json(raw).actors
    assert list(actors) == models
    assert actors == models
    assert [a.model_dump() for a in actors] == [m.model_dump() for m in models]
    assert actors[-1] == models[-1]
    assert actors[1:3] == models[1:3]
    assert list(actors.ids) == [a.id for a in models]
    assert actors.parents == [a.parent for a in models]
    assert list(actor_names(actors)) == [a.name for a in models]
    assert actors.number == {a.id: i for i, a in enumerate(models)}
    assert search_texts(actors) == [fold("\n".join([a.name, *a.aliases])) for a in models]
    # Saved, they read as the models do (the layout comes from the models).
    materialised = result.loaded.materialised()
    plain = EventFile.model_validate_json(raw)
    assert file_text(materialised) == file_text(plain)
    timeline = Timeline(result.loaded)
    assert timeline.actor_by_id["fan"] == models[1]
    assert timeline.filter_engine.tree.index_of is actors.number  # one dict of the ids


@pytest.mark.parametrize(
    ("change", "path", "code"),
    [
        ({"id": "bad id"}, "actors[1].id", "string_pattern_mismatch"),
        ({"name": ""}, "actors[1].name", "string_too_short"),
        ({"kind": "planet"}, "actors[1].kind", "enum"),
        ({"parent": "no such"}, "actors[1].parent", "string_pattern_mismatch"),
        ({"colour": "red"}, "actors[1].colour", "extra_forbidden"),
        ({"aliases": "Niger"}, "actors[1].aliases", "list_type"),
    ],
)
def test_a_header_error_is_still_located_by_the_models(
    change: dict[str, Any], path: str, code: str
) -> None:
    actors = [dict(a) for a in _ACTORS]
    actors[1].update(change)
    data = _with_actors(actors)
    data["events"][0]["actors"] = ["niger", "us"]  # references to ids the file does define
    raw = json.dumps(data, ensure_ascii=False).encode()
    result = load_event_bytes(raw, "x.timeline.json", None)
    assert not result.ok
    located = [(i.json_path, i.code) for i in result.errors]
    assert located == [(path, code)], located  # and no false "unknown id" after it
    assert result.errors[0].line is not None


def _events_first(data: dict[str, Any]) -> dict[str, Any]:
    """The same file with its events before its actors (keys in any order are JSON)."""
    return {"events": data["events"], **{k: v for k, v in data.items() if k != "events"}}


@pytest.mark.parametrize("order", [lambda data: data, _events_first])
def test_actors_read_from_the_files_bytes_wherever_they_are(order: Any) -> None:
    """The header's copy is dropped before the actors become columns: they are read from the
    file's own bytes, before or after the events; a refused one is located in the file."""
    data = order(_with_actors([dict(a) for a in _ACTORS]))
    raw = json.dumps(data, ensure_ascii=False, indent=1).encode()
    result = load_event_bytes(raw, "x.timeline.json", None)
    assert result.ok, result.issues
    assert result.loaded is not None
    assert isinstance(result.loaded.data.actors, HeaderActors)
    assert list(result.loaded.data.actors) == EventFile.model_validate_json(raw).actors
    data["actors"][2]["kind"] = "planet"
    data["actors"][3]["id"] = "a b"
    raw = json.dumps(data, ensure_ascii=False, indent=1).encode()
    result = load_event_bytes(raw, "x.timeline.json", None)
    located = [(i.json_path, i.line is not None) for i in result.errors]
    assert located == [("actors[2].kind", True), ("actors[3].id", True)], located


def test_a_duplicate_actor_id_and_an_unknown_parent_are_reported() -> None:
    actors = [dict(a) for a in _ACTORS]
    actors[3]["id"] = "us"
    actors[2]["parent"] = "nowhere"
    raw = json.dumps(_with_actors(actors), ensure_ascii=False).encode()
    result = load_event_bytes(raw, "x.timeline.json", None)
    codes = sorted(i.code for i in result.errors)
    assert codes == ["duplicate_actor_id", "unknown_parent"], result.errors


_MEASURE = """
import json, os, resource, sys
from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.ui.actor_rows import ActorRows

def address_space() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) << 10
    raise OSError("no VmSize")

# The cap: what the imports take, plus the budget for this file (address space: a load that
# needs more ends in a MemoryError instead of passing).
limit = address_space() + int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
try:
    result = load_event_file(sys.argv[1])
    timeline = Timeline(result.loaded)
    engine = timeline.filter_engine
    event = timeline.event(0)
    names = timeline.actor_name("a7"), event.actors[-1].actor
except MemoryError:
    print(json.dumps({"ok": False, "memory": True}))
    os._exit(0)
print(json.dumps({"ok": result.ok, "memory": False}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS as on Linux")
def test_many_distinct_actors_load_within_a_memory_limit(tmp_path: Path) -> None:
    """200,000 distinct actors, all named by one event (the scaled ``actors1m`` benchmark
    case): the load, the filter's actor tree and the selected event fit in 4 times the file
    of address space above the imports (a model per actor and per reference needed 31
    times; a msgspec row per actor and a dict of the ids 12 times; the columns and the
    hashed id index 8 times. With the references read a batch at a time, the header's copy
    dropped before the actors become columns and a steady allocator, 4.5 times passed, 4
    failed; with the id index and offsets in 32 bits, the columns packed into growing buffers
    and no per-actor copies in the counts, 3 times passes here, 2.75 fails. Address space
    counts what the allocators reserve: the bench's resident peak is lower, see the note of
    issue 14)."""
    count = 200_000
    data = minimal()
    data["actors"] = [{"id": f"a{i}", "name": f"Acteur {i}"} for i in range(count)]
    data["events"][0]["actors"] = [f"a{i}" for i in range(count)]
    path = tmp_path / "actors.timeline.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    budget = 4 * path.stat().st_size
    run = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path), str(budget)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    found = json.loads(run.stdout.splitlines()[-1])
    assert not found["memory"]
    assert found["ok"]


def test_an_event_with_very_many_actors_is_the_model_the_file_gives() -> None:
    """Its references stay lazy (no model per reference until one is asked for)."""
    count = 8_000
    data = _with_actors([{"id": f"a{i}", "name": f"Acteur {i}"} for i in range(count)])
    refs: list[Any] = [f"a{i}" for i in range(count)]
    refs[7] = {"actor": "a7", "role": "signataire"}
    data["events"][0]["actors"] = refs
    raw = json.dumps(data, ensure_ascii=False).encode()
    result = load_event_bytes(raw, "x.timeline.json", None)
    assert result.ok, result.issues
    assert result.loaded is not None
    event = Timeline(result.loaded).event(0)
    assert isinstance(event.actors, LazyRefs)
    model = EventFile.model_validate_json(raw).events[0]
    assert event == model
    assert event.actors[7].role == "signataire"
    assert event.actors[-1] == model.actors[-1]
    assert event.model_dump_json() == model.model_dump_json()
    assert compact_event_text(event) == compact_event_text(model)
    # Saved from the columns (no model per reference), as the models save it.
    assert event_text(event) == event_text(model)
    in_threes, whole = event.actors.saved_pieces(batch=3), event.actors.saved_pieces()
    assert "".join(in_threes) == "".join(whole)
    start, end = (int(x) for x in result.loaded.data.events.spans[0])  # type: ignore[attr-defined]
    assert event_from_json(result.loaded.source[start:end]) == model


def test_the_actor_search_finds_what_a_search_of_each_text_finds() -> None:
    """The Actors pane's search looks for each term in all texts joined, at once."""
    texts = ["niger\nniamey", "forces armees nigeriennes", "", "etats-unis", "ni", "x\x1fniger"]
    tree = ActorTree([f"a{i}" for i in range(len(texts))], [-1] * len(texts))
    rows = ActorRows(tree, lambda: texts)
    for terms in (["ni"], ["niger"], ["ni", "am"], ["nig", "ien"], ["zz"], ["x"], ["-"]):
        expected = [all(term in text for term in terms) for text in texts]
        assert rows.matching(terms).tolist() == expected, terms
