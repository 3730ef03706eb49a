"""Import speed: an ACLED-like CSV of N rows to an event file, timed by stage.

Writes a seeded ACLED-shaped CSV (the export's 31 columns, realistic cell lengths, a few bad
rows), then times in this process: ``import_file`` (CSV reading, mapping, dates checked by the
EDTF reader, the event file model validated), ``write_event_file`` (the saved layout), and
``load_event_file`` of the result (what opening it costs). Prints a Markdown table and writes
``benchmarks/out/import.json``. ``python benchmarks/bench_import.py --sizes 10000,100000``.
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import random
import resource
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
OUT = ROOT / "out"
COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]
_TYPES = [
    ("Political violence", "Battles", "Armed clash"),
    ("Political violence", "Violence against civilians", "Attack"),
    ("Demonstrations", "Protests", "Peaceful protest"),
    ("Strategic developments", "Strategic developments", "Agreement"),
]
_ACTORS = [f"Armed group {i} (Niger)" for i in range(300)] + ["Military Forces of Niger (2023-)"]
_PLACES = [f"Place {i}" for i in range(2000)]


def write_acled(path: Path, rows: int, seed: int) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(COLUMNS)
        for i in range(rows):
            year = rng.randint(1997, 2024)
            date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            if i % 997 == 0:
                date = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}"  # refused
            disorder, kind, sub = rng.choice(_TYPES)
            place = rng.choice(_PLACES)
            writer.writerow(
                [
                    f"NIG{i}",
                    date,
                    year,
                    rng.choice("1112223"),
                    disorder,
                    kind,
                    sub,
                    rng.choice(_ACTORS),
                    "",
                    "Rebel group",
                    rng.choice(_ACTORS),
                    "",
                    "State forces",
                    "Rebel group-State forces",
                    "",
                    562,
                    "Western Africa",
                    "Niger",
                    "Tillaberi",
                    "Tera",
                    "",
                    place,
                    f"{rng.uniform(11, 23):.4f}",
                    f"{rng.uniform(0, 16):.4f}",
                    1,
                    rng.choice(["Reuters", "AFP; Le Monde", "Actuniger", "ACLED partner"]),
                    "National",
                    f"On {date}, an event of type {sub.lower()} took place near {place}. " * 2,
                    rng.randint(0, 20),
                    "",
                    1700000000 + i,
                ]
            )


def run(rows: int, seed: int, folder: Path, open_it: bool = True) -> dict[str, Any]:
    from timelineapp.extract.importers import import_file
    from timelineapp.extract.importers.writing import write_event_file
    from timelineapp.model.loading import load_event_file

    source = folder / f"acled-{rows}.csv"
    if not source.exists():
        write_acled(source, rows, seed)
    target = folder / f"acled-{rows}.timeline.json"
    started = time.perf_counter()
    result = import_file(source)
    imported = time.perf_counter()
    write_event_file(result.pieces, target)
    written = time.perf_counter()
    problem = ""
    if open_it:
        opened = load_event_file(target)
        if opened.loaded is None:  # e.g. over the loader's size limit: said, not hidden
            problem = "; ".join(issue.message for issue in opened.issues[:3])
    loaded = time.perf_counter()
    return {
        "rows": rows,
        "input_mb": round(source.stat().st_size / 1e6, 1),
        "output_mb": round(target.stat().st_size / 1e6, 1),
        "events": result.event_count,
        "dropped": result.report.dropped_count,
        "import_s": round(imported - started, 2),
        "write_s": round(written - imported, 2),
        "open_s": round(loaded - written, 2) if open_it and not problem else None,
        "open_problem": problem,
        "rows_per_s": round(rows / (imported - started)),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000", help="rows, comma separated")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-open", action="store_true", help="skip opening the result")
    parser.add_argument("--out", type=Path, default=OUT / "import.json")
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    results = []
    print("| rows | input MB | import s | rows/s | write s | open s | peak RSS MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for rows in (int(s) for s in args.sizes.split(",")):
        found = run(rows, args.seed, OUT, not args.no_open)
        results.append(found)
        print(
            f"| {rows:,} | {found['input_mb']} | {found['import_s']} | {found['rows_per_s']:,} "
            f"| {found['write_s']} | {found['open_s']} | {found['peak_rss_mb']:,} |",
            flush=True,
        )
        if found["open_problem"]:
            print(f"  open failed: {found['open_problem']}", flush=True)
    machine = {"python": sys.version.split()[0], "platform": platform.platform()}
    args.out.write_text(
        json.dumps({"machine": machine, "results": results}, indent=2) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
