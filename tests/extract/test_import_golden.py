"""Imports give the same bytes and report as the recorded ones (tests/data/import-golden).

Speed work on the importers must not change what they write: every test input's event file
and report are compared byte for byte with the ones recorded before it, and a generated
ACLED-like table big enough to be written compact (and cut into parts for worker processes)
is compared by digest. After a change that is meant to change the output, record again with
``python tests/extract/test_import_golden.py --write`` and say why in the commit.
"""

from __future__ import annotations

import functools
import hashlib
import json
import random
import sys
from pathlib import Path

import pytest

from timelineapp.extract.importers import import_bytes, parallel_table

DATA = Path(__file__).parent.parent / "data" / "import"
GOLDEN = Path(__file__).parent.parent / "data" / "import-golden"
INPUTS = sorted(p.name for p in DATA.iterdir())
# The generated table's file and report (one process and in parts: the same).
BIG_ROWS = 12_000
BIG_FILE_SHA256 = "66d9072eb76913e0810fd9bbd8fce9673b2b3359c74b314e38fd584d07dd3dfa"
BIG_REPORT_SHA256 = "a20b828f0f9f4ed9fe2ac1e29a58875ed79318b7dd4005ddec111fbe0eb05673"


def _imported(name: str) -> tuple[bytes, bytes]:
    result = import_bytes((DATA / name).read_bytes(), name)
    report = json.dumps(result.report.to_json(), indent=1, ensure_ascii=False) + "\n"
    return result.raw, report.encode("utf-8")


@pytest.mark.parametrize("name", INPUTS)
def test_each_input_imports_to_the_recorded_bytes_and_report(name: str) -> None:
    raw, report = _imported(name)
    assert raw == (GOLDEN / f"{name}.timeline.json").read_bytes()
    assert report == (GOLDEN / f"{name}.report.json").read_bytes()


@functools.cache  # bytes, the same for both tests that ask
def big_table(rows: int = BIG_ROWS, seed: int = 16) -> bytes:
    """An ACLED-like export with what real ones hold: repeated actors and places, lists in
    cells, quoted multi-line notes, refused and ranged dates, odd precisions, bad ids, rows
    without a title, extra columns, non-ASCII text."""
    rng = random.Random(seed)
    header = (
        "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,"
        "assoc_actor_1,actor2,assoc_actor_2,admin1,location,latitude,longitude,source,notes,"
        "fatalities,timestamp"
    )
    actors = [f"Groupe armé {i} (Niger)" for i in range(40)] + ["Forces armées nigériennes"]
    lines = [header]
    for i in range(rows):
        year = rng.randint(1997, 2024)
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if i % 97 == 0:
            date = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}"
        elif i % 89 == 0:
            date = f"{year}-02-30"
        event_id = f"NIG{i}" if i % 53 else (f"NIG{i - 1}" if i % 2 else f"bad id {i}")
        kind = rng.choice(["Battles", "Protests", "", "Riots"])
        place = "" if i % 61 == 0 else f"Lieu {rng.randint(0, 300)}"
        notes = ""
        if i % 5:
            notes = f"Le {date}, un événement à {place}."
            if i % 3 == 0:
                notes = f'"{notes}\nDeuxième ligne, ""citée""."'
        assoc = "; ".join(rng.sample(actors, rng.randint(0, 2)))
        lines.append(
            ",".join(
                [
                    event_id,
                    date,
                    str(year),
                    rng.choice(["1", "1", "2", "3", "", "9"]),
                    kind,
                    kind and rng.choice(["Armed clash", "Attack", "Peaceful protest"]),
                    rng.choice(actors),
                    f'"{assoc}"' if assoc else "",
                    rng.choice(["", *actors]),
                    "",
                    "Tillabéri",
                    place,
                    f"{rng.uniform(11, 23):.4f}",
                    f"{rng.uniform(0, 16):.4f}",
                    rng.choice(["Reuters", "AFP; Le Monde", "Actuniger", "https://example.org/a"]),
                    notes,
                    str(rng.randint(0, 20)),
                    str(1700000000 + i),
                ]
            )
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


def _digests(raw: bytes, report: dict[str, object]) -> tuple[str, str]:
    text = json.dumps(report, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(raw).hexdigest(), hashlib.sha256(text).hexdigest()


def _big(in_parts: bool) -> tuple[str, str]:
    saved = parallel_table.PARALLEL_BYTES, parallel_table.cores
    parallel_table.PARALLEL_BYTES = 0 if in_parts else 1 << 62
    parallel_table.cores = lambda: 2  # type: ignore[assignment]
    try:
        result = import_bytes(big_table(), "acled-big.csv", "acled")
    finally:
        parallel_table.PARALLEL_BYTES, parallel_table.cores = saved  # type: ignore[assignment]
    return _digests(result.raw, result.report.to_json())


@pytest.mark.parametrize("in_parts", [False, True], ids=["one process", "in parts"])
def test_a_big_table_imports_to_the_recorded_digest(in_parts: bool) -> None:
    assert _big(in_parts) == (BIG_FILE_SHA256, BIG_REPORT_SHA256)


def _write() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for name in INPUTS:
        raw, report = _imported(name)
        (GOLDEN / f"{name}.timeline.json").write_bytes(raw)
        (GOLDEN / f"{name}.report.json").write_bytes(report)
    print("BIG_FILE_SHA256, BIG_REPORT_SHA256 =", _big(False), _big(True))


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        _write()
