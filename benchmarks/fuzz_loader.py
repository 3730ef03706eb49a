"""A longer run of the loader's mutation fuzzer (tests/model/test_loading_fuzz.py).

``python benchmarks/fuzz_loader.py [--count 2000] [--seed 0]`` mutates the bundled example
``count`` times (JSON values set, deleted or renamed; bytes replaced or the file cut), loads
each, and prints how many were valid, how many gave located issues and how many broke the
promise (an exception, or an error with neither a JSON path nor a line); exit 1 if any did.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import traceback
from collections import Counter
from pathlib import Path

from _common import ensure_src_on_path

ensure_src_on_path()

_FUZZ = Path(__file__).resolve().parents[1] / "tests" / "model" / "test_loading_fuzz.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    # Imported as part of the tests package: the module reads its example budget relatively.
    sys.path.insert(0, str(_FUZZ.parents[2]))
    fuzz = importlib.import_module("tests.model.test_loading_fuzz")
    rng = random.Random(args.seed)
    counts: Counter[str] = Counter()
    replacements = [b"{", b"]", b'"', b"\\", b"\xff", b"\xc3", b",", b"[" * 3000, b"\x00"]
    for _ in range(args.count):
        if rng.random() < 0.5:
            path = rng.choice(fuzz._PATHS)
            action = rng.choice(["set", "delete", "rename"])
            raw = fuzz._mutated_json(path, rng.choice(fuzz._ODD_VALUES), action)
        else:
            position = rng.randrange(len(fuzz._RAW))
            raw = fuzz._mutated_bytes(position, rng.choice(replacements), rng.random() < 0.2)
        try:
            counts[fuzz.check_outcome(raw)] += 1
        except Exception:  # the broken promise is what this script counts
            counts["broken"] += 1
            traceback.print_exc(limit=3)
    print(", ".join(f"{name}: {counts[name]}" for name in ("valid", "issues", "broken")))
    return 1 if counts["broken"] else 0


if __name__ == "__main__":
    sys.exit(main())
