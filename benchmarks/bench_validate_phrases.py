"""Time ``timelineapp validate``'s date-phrase check (each quoted date phrase re-read by the
builder's tagger against its event's date) beside the load it follows, on benchmark files.

    python benchmarks/bench_validate_phrases.py benchmarks/out/synthetic-100000.timeline.json ...

Prints one line per file (events, events with a phrase, load and check seconds, their ratio)
and writes the figures as JSON (``--out``, default ``benchmarks/out/validate_phrases.json``).
The check used to be skipped above 20,000 events (15.7 s against a 3.6 s load at 100k).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

from timelineapp.extract.phrase_check import (  # noqa: E402
    date_phrase_disagreements,
    events_with_phrases,
)
from timelineapp.model.loading import load_event_file  # noqa: E402


def measure(path: Path) -> dict[str, Any]:
    started = time.perf_counter()
    result = load_event_file(path)
    loaded = result.loaded
    if loaded is None:
        raise SystemExit(f"{path}: does not load: {result.issues[:1]}")
    load = time.perf_counter() - started
    started = time.perf_counter()
    events = events_with_phrases(loaded.passage_rows)
    found = sum(1 for _ in date_phrase_disagreements(loaded.data, events))
    check = time.perf_counter() - started
    return {
        "file": path.name,
        "events": len(loaded.data.events),
        "with_phrase": len(events),
        "disagreements": found,
        "load_s": round(load, 2),
        "check_s": round(check, 2),
        "check_over_load": round(check / load, 2) if load else None,
        "load_average": os.getloadavg()[0],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument(
        "--out", type=Path, default=REPO / "benchmarks" / "out" / "validate_phrases.json"
    )
    args = parser.parse_args()
    rows = [measure(path) for path in args.files]
    for row in rows:
        print(
            f"{row['file']}: {row['events']} events, {row['with_phrase']} with a phrase: "
            f"load {row['load_s']} s, check {row['check_s']} s ({row['check_over_load']}x), "
            f"load average {row['load_average']:.1f}"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
