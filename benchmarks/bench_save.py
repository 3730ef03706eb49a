"""Save figures for big event files: first save, save after one edit, unchanged save.

For each size: the synthetic file is opened as the app opens it and saved once ("first
save": the generator's layout is not timelineapp's, so every event is serialised); that copy
is opened, one event in the middle is edited, and it is saved again ("save after one edit":
unchanged events are copied from the opened bytes); then it is opened and saved without
change, which must give the same bytes. The peak memory of the process is read after opening
and after the edited save (``ru_maxrss``): the target is a save after one edit at 1M events
within 5 s and a peak no more than 1.2 times the open file's.

``python benchmarks/bench_save.py [SIZES...]`` (default 1000000; sizes like 100000) prints a
table and writes ``benchmarks/out/bench_save.json``. Each size runs in a fresh process, so
the memory figures do not mix.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _common import (
    BENCH_DIR,
    OUT,
    child_env,
    emit,
    ensure_src_on_path,
    fast_exit,
    machine_info,
    parse_result,
    peak_rss_bytes,
)

ensure_src_on_path()

from timelineapp.model.draft import Draft  # noqa: E402
from timelineapp.model.edits import update_event  # noqa: E402
from timelineapp.model.loading import LoadedFile, load_event_file  # noqa: E402
from timelineapp.model.saving import FileStamp, save_draft  # noqa: E402

TARGET_SECONDS = 5.0
TARGET_MEMORY = 1.2


def _open(path: Path) -> tuple[LoadedFile, Draft]:
    result = load_event_file(path)
    if result.loaded is None:
        raise SystemExit(f"cannot open {path}: {result.issues[:3]}")
    loaded = result.loaded
    return loaded, Draft.of_loaded(loaded)


def measure(n: int) -> dict[str, Any]:
    """One size, in this process."""
    from generate import generate

    source = generate(n, folder=OUT)
    # The copy lives beside the source: its documents are found by the same relative paths.
    copy = source.with_name(f"saved-{n}.timeline.json")
    loaded, draft = _open(source)
    start = time.perf_counter()
    save_draft(draft, copy)
    first_save = time.perf_counter() - start
    del loaded, draft

    loaded, draft = _open(copy)
    open_peak = peak_rss_bytes()
    middle = len(draft.events) // 2
    update_event(draft, middle, title="Edited by bench_save").apply(draft)
    stamp = FileStamp.of(copy, loaded.content_hash)
    start = time.perf_counter()
    save_draft(draft, copy, stamp)
    edited_save = time.perf_counter() - start
    save_peak = peak_rss_bytes()
    del loaded, draft

    saved = copy.read_bytes()
    loaded, draft = _open(copy)
    start = time.perf_counter()
    save_draft(draft, copy, FileStamp.of(copy, loaded.content_hash))
    unchanged_save = time.perf_counter() - start
    identical = copy.read_bytes() == saved
    del saved
    return {
        "events": n,
        "file_bytes": copy.stat().st_size,
        "first_save_s": first_save,
        "edited_save_s": edited_save,
        "unchanged_save_s": unchanged_save,
        "unchanged_identical": identical,
        "open_peak_bytes": open_peak,
        "save_peak_bytes": save_peak,
        "memory_ratio": save_peak / open_peak if open_peak else None,
    }


def _table(results: list[dict[str, Any]]) -> str:
    lines = [
        "| events | file MB | first save s | save after 1 edit s | unchanged save s "
        "| identical | peak MB open → save | ratio | met? |",
        "|---:|---:|---:|---:|---:|:---:|---:|---:|:---:|",
    ]
    for r in results:
        met = r["edited_save_s"] <= TARGET_SECONDS and (r["memory_ratio"] or 0) <= TARGET_MEMORY
        lines.append(
            f"| {r['events']:,} | {r['file_bytes'] / 1e6:.0f} | {r['first_save_s']:.2f} "
            f"| {r['edited_save_s']:.2f} | {r['unchanged_save_s']:.2f} "
            f"| {'yes' if r['unchanged_identical'] else 'NO'} "
            f"| {r['open_peak_bytes'] / 1e6:.0f} → {r['save_peak_bytes'] / 1e6:.0f} "
            f"| {r['memory_ratio']:.2f} | {'yes' if met else 'no'} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("sizes", nargs="*", type=int, default=[1_000_000])
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        emit(measure(args.sizes[0]))
        fast_exit()
    results = []
    for n in args.sizes:
        done = subprocess.run(
            [sys.executable, str(Path(__file__)), "--worker", str(n)],
            capture_output=True,
            text=True,
            env=child_env(),
            cwd=BENCH_DIR,
            check=False,
        )
        result = parse_result(done.stdout)
        if result is None:
            print(done.stdout, done.stderr, file=sys.stderr)
            return 1
        results.append(result)
    print(_table(results))
    OUT.mkdir(parents=True, exist_ok=True)
    report = {
        "results": results,
        "machine": machine_info(),
        "targets": {"edited_save_s": TARGET_SECONDS, "memory_ratio": TARGET_MEMORY},
    }
    (OUT / "bench_save.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
