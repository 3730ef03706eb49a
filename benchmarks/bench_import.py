"""Import speed: an ACLED-like CSV of N rows to an event file, timed by stage.

Writes a seeded ACLED-shaped CSV (the export's 31 columns, realistic cell lengths, a few bad
rows), then times, in a fresh process per size: ``import_file`` (CSV reading, mapping, dates read
by the EDTF reader, events encoded by msgspec), ``write_event_file`` (what ``timelineapp
import`` costs, as one figure, with its CPU time and peak RSS), the size written, and
``load_event_file`` of the result (whether and how fast it opens). Prints a Markdown table and
writes ``benchmarks/out/import.json``:
``python benchmarks/bench_import.py --sizes 10000,100000,1000000``. ``run.py`` runs it too
(:func:`suite_rows`).
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import random
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _common import OUT, child_env, emit, ensure_src_on_path, fast_exit, parse_result

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
    """Import one size in this process (a fresh one: peak RSS is this import's)."""
    ensure_src_on_path()
    from timelineapp.extract.importers import import_file
    from timelineapp.extract.importers.writing import write_event_file
    from timelineapp.model.loading import load_event_file

    source = folder / f"acled-{rows}.csv"
    if not source.exists() or source.stat().st_size == 0:
        partial = source.with_suffix(".partial")
        write_acled(partial, rows, seed)
        partial.replace(source)
    target = folder / f"acled-{rows}.timeline.json"
    target.unlink(missing_ok=True)
    started, cpu = time.perf_counter(), time.process_time()
    result = import_file(source)
    imported = time.perf_counter()
    write_event_file(result.pieces, target)
    written, cpu_done = time.perf_counter(), time.process_time()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    # Big tables convert in worker processes: their CPU time, and the biggest one's peak.
    # Workers forked from the fork server are not our children: they tell their CPU time.
    from timelineapp.extract.importers import parallel_table

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    found: dict[str, Any] = {
        "rows": rows,
        "input_bytes": source.stat().st_size,
        "output_bytes": target.stat().st_size,
        "events": result.event_count,
        "dropped": result.report.dropped_count,
        "import_s": round(imported - started, 3),
        "write_s": round(written - imported, 3),
        "total_s": round(written - started, 3),
        "cpu_s": round(cpu_done - cpu, 3),
        "workers_cpu_s": round(
            children.ru_utime + children.ru_stime + parallel_table.last_workers_cpu_s, 3
        ),
        "peak_rss_bytes": peak,
        "worker_peak_rss_bytes": max(
            children.ru_maxrss * 1024, parallel_table.last_worker_peak_bytes
        ),
        "open_s": None,
        "open_problem": "",
    }
    del result
    if open_it:
        began = time.perf_counter()
        opened = load_event_file(target)
        if opened.loaded is None:  # e.g. over the loader's size limit: said, not hidden
            found["open_problem"] = "; ".join(issue.message for issue in opened.issues[:3])
        else:
            found["open_s"] = round(time.perf_counter() - began, 3)
    return found


def suite_rows(
    runner: Any, sizes: list[int], results: dict[str, Any], row: Any, target: Any
) -> list[Any]:
    """The import figures of ``run.py``: one fresh worker per size of 10k events or more
    (``row`` and ``target`` are run.py's ``Row`` and ``Target``; results go in ``results``)."""
    rows: list[Any] = []
    results["import"] = {}
    targets = {100_000: target("≤ 3 s", 3.0), 1_000_000: target("≤ 20 s", 20.0)}
    for n in (n for n in sizes if n >= 10_000):
        label = f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1000}k"
        runner.say(f"{label}: import of an ACLED-like CSV")
        found = runner.worker(
            f"import-{label}", ["benchmarks/bench_import.py", "--worker", str(n)], "import"
        )
        results["import"][str(n)] = found
        if found is None:
            rows.append(row("import ACLED-like CSV", label, {"n": 0}, "s", None, "failed"))
            continue
        opened = (
            "opens" if found["open_s"] is not None else f"does not open: {found['open_problem']}"
        )
        note = f"{found['output_bytes'] / 1e6:.0f} MB written, {opened}"
        rows.append(
            row(
                "import ACLED-like CSV + write",
                label,
                _one(found["total_s"]),
                "s",
                targets.get(n),
                note,
            )
        )
        rss_target = target("≤ 2.5 GB", 2.5e9) if n >= 1_000_000 else None
        rows.append(
            row("peak RSS of the import", label, _one(found["peak_rss_bytes"]), "bytes", rss_target)
        )
        if found["open_s"] is not None:
            rows.append(row("open the imported file", label, _one(found["open_s"]), "s", None))
    return rows


def _one(value: float) -> dict[str, Any]:
    return {"n": 1, "median": value, "p95": value}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000", help="rows, comma separated")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-open", action="store_true", help="skip opening the result")
    parser.add_argument("--worker", type=int, help="(run.py) import this many rows, print JSON")
    parser.add_argument("--out", type=Path, default=OUT / "import.json")
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    if args.worker:
        emit(run(args.worker, args.seed, OUT, not args.no_open))
        fast_exit()
    results = []
    print(
        "| rows | input MB | import + write s | CPU s (main + workers) | output MB "
        "| peak RSS MB (main, a worker) | open s |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for rows in (int(s) for s in args.sizes.split(",")):
        # A fresh process per size, so that each peak RSS is that import's own.
        command = [sys.executable, __file__, "--worker", str(rows), "--seed", str(args.seed)]
        done = subprocess.run(
            [*command, *(["--no-open"] if args.no_open else [])],
            capture_output=True,
            text=True,
            env=child_env(),
            check=False,
        )
        found = parse_result(done.stdout)
        if found is None:
            print(f"| {rows:,} | failed: {done.stderr.strip()[-300:]} |", flush=True)
            continue
        results.append(found)
        print(
            f"| {rows:,} | {found['input_bytes'] / 1e6:.0f} | {found['total_s']} "
            f"| {found['cpu_s']} + {found['workers_cpu_s']} "
            f"| {found['output_bytes'] / 1e6:.0f} | {found['peak_rss_bytes'] / 1e6:,.0f}, "
            f"{found['worker_peak_rss_bytes'] / 1e6:,.0f} | {found['open_s']} |",
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
