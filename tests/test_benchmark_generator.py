"""The benchmark generator writes valid, varied and reproducible event files."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from timelineapp.model.dates import DateKind, parse_date
from timelineapp.model.loading import load_event_file

_GENERATOR = Path(__file__).resolve().parents[1] / "benchmarks" / "generate.py"
_N = 300


def _load_generator() -> ModuleType:
    # benchmarks/ is a folder of scripts, not a package: import the file by path.
    spec = importlib.util.spec_from_file_location("benchmarks_generate", _GENERATOR)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    return _load_generator()


@pytest.fixture(scope="module")
def generated(generator: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path: Path = generator.generate(_N, 7, tmp_path_factory.mktemp("generated"))
    return path


@pytest.fixture(scope="module")
def raw(generated: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(generated.read_text(encoding="utf-8"))
    return data


def test_file_is_named_by_size_and_loads_without_any_issue(generated: Path) -> None:
    assert generated.name == f"synthetic-{_N}.timeline.json"
    result = load_event_file(generated)
    assert result.ok
    assert result.issues == []
    assert result.loaded is not None
    assert len(result.loaded.data.events) == _N


def test_dates_mix_intervals_precisions_bce_and_qualifiers(raw: dict[str, Any]) -> None:
    dates = [parse_date(e["date"]) for e in raw["events"] if "date" in e]
    kinds = Counter(d.kind for d in dates)
    assert 0.2 <= kinds[DateKind.INTERVAL] / _N <= 0.4
    assert kinds[DateKind.ON_OR_BEFORE] + kinds[DateKind.ON_OR_AFTER] > 0
    assert any(d.open_start or d.open_end for d in dates if d.kind is DateKind.INTERVAL)
    assert len({d.precision for d in dates}) >= 4
    assert any(d.earliest < parse_date("0001").earliest for d in dates)  # BCE years
    assert any(d.uncertain for d in dates)
    assert any(d.approximate for d in dates)
    assert len(dates) < _N  # a few events have no known date


def test_titles_actors_and_quote_counts_are_realistic(raw: dict[str, Any]) -> None:
    events = raw["events"]
    assert all(20 <= len(e["title"]) <= 80 for e in events)
    assert len(raw["actors"]) == 500
    assert sum(1 for a in raw["actors"] if "parent" in a) > 400
    quotes = [sum(len(s["quotes"]) for s in e["sources"]) for e in events]
    assert min(quotes) >= 1
    assert max(quotes) <= 3
    assert all(d.get("path") and not d.get("text") for d in raw["documents"])


def test_quote_offsets_and_hashes_match_the_documents(generated: Path, raw: dict[str, Any]) -> None:
    texts = {}
    for document in raw["documents"]:
        data = (generated.parent / document["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == document["sha256"]
        texts[document["id"]] = data.decode("utf-8")
    checked = 0
    for event in raw["events"]:
        for source in event["sources"]:
            text = texts[source["document"]]
            spans = [*source["quotes"], *filter(None, [source.get("date_phrase")])]
            for span in spans:
                assert text[span["start"] : span["end"]] == span["text"]
                checked += 1
    assert checked > _N


def test_same_seed_gives_identical_bytes(
    generator: ModuleType, generated: Path, tmp_path: Path
) -> None:
    again: Path = generator.generate(_N, 7, tmp_path)
    assert again.read_bytes() == generated.read_bytes()
    for document in sorted((generated.parent / f"synthetic-{_N}-documents").iterdir()):
        twin = tmp_path / document.parent.name / document.name
        assert twin.read_bytes() == document.read_bytes()
    other: Path = generator.generate(_N, 8, tmp_path / "other")
    assert other.read_bytes() != generated.read_bytes()


def test_documents_come_in_paragraphs(generated: Path, raw: dict[str, Any]) -> None:
    """Like articles: a text view lays out paragraphs, and one 700 kB line is no document."""
    for document in raw["documents"]:
        text = (generated.parent / document["path"]).read_text(encoding="utf-8")
        paragraphs = text.split("\n\n")
        assert len(paragraphs) > 1
        assert max(map(len, paragraphs)) < 20_000
