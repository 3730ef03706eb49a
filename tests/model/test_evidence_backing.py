"""QA #91: a source with no quoted words does not back its event (model.evidence, *Backing*):
removing an event's only quote leaves no grade, no origin, no agreeing dates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from timelineapp.model.evidence import evidence_of
from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.resources import example_event_file

EVENT = "accord-retrait-2024-05-19"  # quoted in the article; the communiqué has no text


def _example(tmp_path: Path, change: Any = None) -> tuple[Timeline, int]:
    folder = example_event_file().parent
    data = json.loads(example_event_file().read_text(encoding="utf-8"))
    index = next(k for k, e in enumerate(data["events"]) if e["id"] == EVENT)
    if change is not None:
        change(data["events"][index])
    for item in folder.iterdir():  # its documents, beside it
        if item.is_file() and item.suffix != ".json":
            (tmp_path / item.name).write_bytes(item.read_bytes())
    path = tmp_path / "example.timeline.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = load_event_file(path)
    assert result.loaded is not None
    return Timeline(result.loaded), index


def _remove_quotes(event: dict[str, Any]) -> None:
    for source in event["sources"]:
        source["quotes"] = []  # the date phrase stays, as Remove Quote leaves it


def test_a_quoted_event_counts_its_quote_and_the_document_it_relays(tmp_path: Path) -> None:
    timeline, index = _example(tmp_path)
    record = timeline.index.evidence[index]
    assert int(record["documents"]) == 2  # the article and the communiqué it quotes
    assert int(record["origins"]) == 1  # the article relies on the communiqué
    evidence = evidence_of(timeline.event(index), timeline.documents)
    assert all(claim.backed for claim in evidence.claims)
    assert evidence.best_grade == "B2"


def test_an_event_whose_quotes_were_removed_is_backed_by_nothing(tmp_path: Path) -> None:
    timeline, index = _example(tmp_path, _remove_quotes)
    record = timeline.index.evidence[index]
    assert int(record["origins"]) == 0
    assert int(record["documents"]) == 0
    assert int(record["grades"]) == 0  # no grade badge on the mark
    assert int(record["flags"]) == 0  # no source date claimed
    evidence = evidence_of(timeline.event(index), timeline.documents)
    assert [claim.backed for claim in evidence.claims] == [False, False]
    assert evidence.best_grade is None
    assert evidence.independent == 0
    assert evidence.common is None
    assert not evidence.lags
