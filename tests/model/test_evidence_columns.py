"""The evidence columns a load fills: the same in-process, in worker processes and from the
load cache, and equal to what the models say event by event (model/evidence)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from timelineapp.model.evidence import (
    EvidenceFlag,
    credibility_code,
    document_graph,
    event_evidence,
    grade_bit,
)
from timelineapp.model.file_format import Document, Event
from timelineapp.model.loading import LoadRequest, load
from timelineapp.model.loading import cache as load_cache

TEXT = "Une dépêche citée par un article, traduite, et un témoin."
QUOTE = {"start": 0, "end": 11, "text": TEXT[:11], "attributed_to": "x"}
DOCUMENTS = [
    {"id": "wire", "title": "Wire", "text": TEXT, "reliability": "A"},
    {"id": "article", "title": "A", "text": TEXT, "reliability": "C", "derived_from": ["wire"]},
    {"id": "translation", "title": "T", "text": TEXT, "translated_from": "article"},
    {"id": "witness", "title": "W", "text": TEXT, "reliability": "B"},
    {"id": "both", "title": "B", "text": TEXT, "derived_from": ["wire", "witness"]},
    {"id": "communique", "title": "C"},  # no text of its own
]
DATES = [None, "2024-06-07", "2024-06-14", "2024-06", "2024-05-19/..", "[..2024-05-01]", "2024"]


def _events(count: int) -> list[dict[str, Any]]:
    rng = np.random.default_rng(18)
    events = []
    for i in range(count):
        sources = []
        for _ in range(int(rng.integers(0, 4))):
            document = DOCUMENTS[int(rng.integers(0, 6))]
            source: dict[str, Any] = {"document": document["id"]}
            if "text" in document and rng.random() < 0.8:  # quoted words back an event
                source["quotes"] = [QUOTE]
            date = DATES[int(rng.integers(0, len(DATES)))]
            if date is not None:
                source["date"] = date
            if rng.random() < 0.5:
                source["credibility"] = int(rng.integers(1, 7))
            sources.append(source)
        events.append({"id": f"e{i}", "title": f"Event {i}", "date": "2024-06", "sources": sources})
    return events


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = {
        "format": "timelineapp/events",
        "version": 1,
        "title": "Evidence columns",
        "documents": DOCUMENTS,
        "actors": [],
        "events": _events(4_000),
    }
    path = tmp_path_factory.mktemp("evidence") / "big.timeline.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return path


def _columns(path: Path, workers: int | None, cache: Path | None = None) -> np.ndarray:
    request = LoadRequest(path.name, path, path.parent, cache, workers=workers)
    result = load(request)
    assert result.loaded is not None, result.issues[:3]
    return np.asarray(result.loaded.index.evidence)


def test_in_process_workers_and_cache_give_the_same_columns(
    big_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load_cache, "MIN_EVENTS", 0)
    alone = _columns(big_file, 0)
    pooled = _columns(big_file, 2, tmp_path)
    assert list(tmp_path.glob("events-*/meta.json"))
    cached = _columns(big_file, 0, tmp_path)
    assert alone.tobytes() == pooled.tobytes() == cached.tobytes()
    # The file exercises every part: echoes, conflicts, narrowing, grades, no sources.
    assert set(alone["origins"].tolist()) >= {0, 1, 2}
    assert np.any(alone["flags"] & EvidenceFlag.CONFLICT)
    assert np.any(alone["flags"] & EvidenceFlag.NARROWED)


def test_the_columns_say_what_the_models_say(big_file: Path) -> None:
    columns = _columns(big_file, 0)
    data = json.loads(big_file.read_text(encoding="utf-8"))
    documents = [Document.model_validate(d) for d in data["documents"]]
    graph = document_graph(documents)
    number = {d.id: i for i, d in enumerate(documents)}
    for i, raw in enumerate(data["events"]):
        event = Event.model_validate(raw)
        found = event_evidence(event, documents, graph)
        record = columns[i]
        assert int(record["origins"]) == found.independent, raw
        assert int(record["documents"]) == found.documents
        assert int(record["flags"]) == found.flags, raw
        bits = 0
        for source, claim in zip(event.sources, found.claims, strict=True):
            if not claim.backed:  # nothing quoted: no grade (model.evidence, *Backing*)
                continue
            reliability = graph.reliability[number[source.document]]
            bits |= 1 << grade_bit(reliability, credibility_code(source.credibility))
        assert int(record["grades"]) == bits
