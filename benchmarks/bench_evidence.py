"""Times the evidence filters and the loading pass that feeds them (issue 18).

* **Filters** at ``--events`` (default a million): "at least N independent sources", "grade B2
  or better", "only conflicting", "only single-source", a review state, and all of them with a
  date range, each as a numpy mask over the index's evidence columns (``FilterEngine.mask``).
  The columns are made directly as arrays with plausible shares (most events single-source,
  a few percent conflicting, a third graded), not from an event file: that would time the
  loader.
* **Loading pass**: ``evidence_columns.evidence_pass`` over rows decoded by the loader's own
  msgspec decoder (``--rows``, default 200k, one to three sources each, some with their own
  dates and grades), against the whole per-chunk pass (``chunks.collect_rows``) it runs in:
  what the evidence columns add to opening a file, per event.

Prints a table of medians over ``--runs`` runs and writes ``benchmarks/out/evidence.json``.
Command line: ``python benchmarks/bench_evidence.py [--events 1000000] [--rows 200000]
[--runs 5]``; ``run.py`` runs it once through ``suite_rows``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

import msgspec
import numpy as np

from _common import OUT, emit, ensure_src_on_path

ensure_src_on_path()

from timelineapp.model.evidence import (  # noqa: E402
    EVIDENCE_DTYPE,
    GRADE_SIDE,
    UNKNOWN,
    DocumentGraph,
    EvidenceFlag,
)
from timelineapp.model.filtering import ActorTree, FilterEngine, FilterSpec  # noqa: E402
from timelineapp.model.loading.chunks import ChunkContext, ChunkResult, collect_rows  # noqa: E402
from timelineapp.model.loading.rows import EVENT_ROWS  # noqa: E402

RESULT = OUT / "evidence.json"
YEAR = 365 * 86400
DOCUMENTS = 400


def synthetic_engine(n: int, seed: int = 7) -> FilterEngine:
    """A filter engine over ``n`` events with evidence columns and no actors."""
    rng = np.random.default_rng(seed)
    evidence = np.zeros(n, dtype=EVIDENCE_DTYPE)
    origins = rng.choice([0, 1, 2, 3, 4], n, p=[0.02, 0.6, 0.25, 0.1, 0.03]).astype(np.uint8)
    evidence["origins"] = origins
    evidence["documents"] = origins + rng.integers(0, 2, n).astype(np.uint8)
    flags = np.where(rng.random(n) < 0.3, EvidenceFlag.SOURCE_DATED, 0)
    flags |= np.where(rng.random(n) < 0.03, EvidenceFlag.CONFLICT, 0)
    evidence["flags"] = flags.astype(np.uint8)
    graded = rng.random(n) < 0.35
    reliability = np.where(graded, rng.integers(0, 6, n), UNKNOWN)
    credibility = np.where(graded, rng.integers(0, 6, n), UNKNOWN)
    evidence["grades"] = np.left_shift(
        np.uint64(1), (reliability * GRADE_SIDE + credibility).astype(np.uint64)
    )
    earliest = rng.integers(-40 * YEAR, 55 * YEAR, n).astype(np.int64)
    latest = earliest + rng.integers(86400, YEAR, n)
    no_flags = np.zeros(n, dtype=np.bool_)
    return FilterEngine(
        tree=ActorTree([], []),
        member_ptr=np.zeros(n + 1, dtype=np.int64),
        member_actors=np.zeros(0, dtype=np.int32),
        member_roles=np.zeros(0, dtype=np.int32),
        roles=(),
        earliest=earliest,
        latest=latest,
        dated=np.ones(n, dtype=np.bool_),
        open_start=no_flags,
        open_end=no_flags,
        evidence=evidence,
        review=rng.integers(0, 3, n).astype(np.int8),
    )


FILTERS: dict[str, FilterSpec] = {
    "at least 2 independent sources": FilterSpec(min_sources=2),
    "grade B2 or better": FilterSpec(min_grade="B2"),
    "only conflicting": FilterSpec(conflicts_only=True),
    "only single-source": FilterSpec(single_source=True),
    "verified or disputed": FilterSpec(review=frozenset({"verified", "disputed"})),
    "all of them + a date range": FilterSpec(
        min_sources=2,
        min_grade="B2",
        conflicts_only=True,
        review=frozenset({"verified"}),
        date_from="1990",
        date_to="2010",
    ),
}


def _median_seconds(work: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def time_filters(n: int, runs: int) -> dict[str, Any]:
    engine = synthetic_engine(n)
    found: dict[str, Any] = {}
    for name, spec in FILTERS.items():
        seconds = _median_seconds(lambda spec=spec: engine.mask(spec), runs)  # type: ignore[misc]
        found[name] = {"seconds": seconds, "passing": int(np.count_nonzero(engine.mask(spec)))}
    return found


def synthetic_rows(n: int, seed: int = 11) -> bytes:
    """``n`` events as the JSON of an events array (what a chunk of a file holds)."""
    rng = np.random.default_rng(seed)
    events = []
    days = rng.integers(0, 20_000, n).tolist()
    counts = rng.choice([1, 2, 3], n, p=[0.6, 0.3, 0.1]).tolist()
    for i in range(n):
        sources = []
        for k in range(counts[i]):
            # Quoted words: a source backs its event only when it quotes some (QA #91).
            source: dict[str, Any] = {
                "document": f"d{(i * 7 + k * 13) % DOCUMENTS}",
                "quotes": [{"start": 0, "end": 1, "text": "x"}],
            }
            if (i + k) % 3 == 0:
                source["credibility"] = 1 + (i + k) % 6
            if (i + k) % 4 == 0:
                day = days[i] + (k if (i % 50) else 9 * k)  # a few conflicting claims
                source["date"] = str(np.datetime64(day, "D"))
            sources.append(source)
        events.append({"id": f"e{i}", "title": f"Event {i}", "sources": sources})
    return msgspec.json.encode(events)


def time_loading_pass(n: int, runs: int) -> dict[str, Any]:
    rows = EVENT_ROWS.decode(synthetic_rows(n))
    reliability = bytes((i % 7) for i in range(DOCUMENTS))
    origins = tuple(frozenset({i - i % 4}) for i in range(DOCUMENTS))  # echoes in fours
    graph = DocumentGraph(origins, reliability, (True,) * DOCUMENTS)
    numbers = {f"d{i}": i for i in range(DOCUMENTS)}
    context = ChunkContext("bench.json", {}, numbers, 100, graph)
    whole = _median_seconds(lambda: collect_rows(rows, 0, context, ChunkResult(0)), runs)
    from timelineapp.model.evidence_columns import SourceFacts, evidence_pass

    # What the load's walk over the sources gathers for the evidence pass (loading/chunks).
    facts = SourceFacts()
    for row in rows:
        facts.per_event.append(len(row.sources))
        for source in row.sources:
            facts.document.append(numbers.get(source.document, -1))
            facts.dates.append(source.date)
            facts.credibility.append(source.credibility)
            facts.quotes.append(len(source.quotes))
            facts.phrased.append(source.date_phrase is not None)
    alone = _median_seconds(lambda: evidence_pass(facts, 0, context, []), runs)
    return {"rows": n, "evidence_pass_s": alone, "collect_rows_s": whole}


def run(events: int, rows: int, runs: int) -> dict[str, Any]:
    filters = time_filters(events, runs)
    return {"events": events, "filters": filters, **time_loading_pass(rows, runs)}


def suite_rows(
    runner: Any, sizes: list[int], results: dict[str, Any], row: Any, target: Any
) -> list[Any]:
    """The evidence figures of ``run.py``: one fresh worker at the largest size."""
    n = max(sizes)
    label = f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1000}k"
    runner.say(f"{label}: evidence filters")
    found = runner.worker(
        f"evidence-{label}",
        ["benchmarks/bench_evidence.py", "--worker", "--events", str(n), "--runs", "3"],
        "evidence",
    )
    results["evidence"] = found
    if found is None:
        return [row("evidence filters", label, {"n": 0}, "s", None, "failed")]
    out = []
    for name, figure in found["filters"].items():
        stats = {"n": 1, "median": figure["seconds"], "p95": figure["seconds"]}
        out.append(row(f"filter: {name}", label, stats, "s", target("≤ 0.1 s", 0.1)))
    per_event = found["evidence_pass_s"] / found["rows"]
    stats = {"n": 1, "median": per_event * 1_000_000, "p95": per_event * 1_000_000}
    share = found["evidence_pass_s"] / found["collect_rows_s"]
    out.append(row("load: evidence columns per 1M events", "1M", stats, "s", None, f"{share:.0%}"))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--worker", action="store_true", help="(run.py) print JSON only")
    args = parser.parse_args()
    result = run(args.events, args.rows, args.runs)
    if args.worker:
        emit(result)
        return 0
    print(f"| evidence filter, {args.events:,} events | median ms | events passing |")
    print("|---|---:|---:|")
    for name, figure in result["filters"].items():
        print(f"| {name} | {figure['seconds'] * 1000:.1f} | {figure['passing']:,} |")
    per_event = result["evidence_pass_s"] / result["rows"] * 1e6
    share = result["evidence_pass_s"] / result["collect_rows_s"]
    print(
        f"\nloading pass: {per_event:.2f} µs per event for the evidence columns "
        f"({share:.0%} of the per-chunk pass, {result['rows']:,} rows); "
        f"{per_event:.1f} s of CPU per million events, shared by the worker processes"
    )
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
