"""CPU seconds of one load in this process, against plain ``json.loads`` of the same file.

On a shared machine wall-clock times swing by 2× from one run to the next; the CPU time a
load needs (all in this process: no worker processes) barely moves, so it is the figure to
compare two versions of the loader with. ``python benchmarks/bench_load_cpu.py FILE [SRC]``
(``SRC``: another checkout's ``src`` folder, to measure an older loader the same way).
"""

from __future__ import annotations

import gc
import json
import sys
import time
from pathlib import Path


def main() -> None:
    path = Path(sys.argv[1])
    if len(sys.argv) > 2:
        sys.path.insert(0, sys.argv[2])
    else:
        from _common import ensure_src_on_path

        ensure_src_on_path()
    try:
        from timelineapp.model.loading import parallel
    except ImportError:  # before the loading package
        from timelineapp.model import parallel  # type: ignore[no-redef]
    try:
        from timelineapp.model.loading import load_event_file
    except ImportError:  # before the loading package
        from timelineapp.model.loader import load_event_file  # type: ignore[no-redef]
    from timelineapp.model.timeline import Timeline

    parallel.PARALLEL_BYTES = 1 << 62  # type: ignore[misc]  # all in this process
    began = time.process_time()
    result = load_event_file(path)
    assert result.loaded is not None
    Timeline(result.loaded)
    load = time.process_time() - began
    del result
    gc.collect()
    began = time.process_time()
    json.loads(path.read_bytes())
    floor = time.process_time() - began
    print(f"load {load:.2f} s CPU, json.loads {floor:.2f} s CPU, ratio {load / floor:.2f}")


if __name__ == "__main__":
    main()
