"""Loading in worker processes gives exactly what loading in-process gives."""

from __future__ import annotations

import copy
import functools
import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from timelineapp.model.folding import EVENT_SEPARATOR
from timelineapp.model.loading.chunks import ChunkContext
from timelineapp.model.loading.parallel import run_chunks, start_pool
from timelineapp.model.loading.split import split_events

from .event_files import TEXT, minimal, to_bytes


@functools.cache  # bytes: the same file for each test that asks, made once
def many_events(count: int) -> bytes:
    data = minimal()
    template = data["events"][0]
    events = []
    for i in range(count):
        event = dict(template, id=f"e{i}", title=f"Évènement {i}")
        event["date"] = f"{1900 + i % 120:04d}-{1 + i % 12:02d}"
        if i % 7 == 0:
            event["actors"] = [{"actor": "armee", "role": f"r{i % 3}"}]
        if i % 100 == 0:
            # Some quotes that are not verbatim: both ways must report them the same.
            source = copy.deepcopy(template["sources"][0])
            source["quotes"][0]["text"] = "pas verbatim"
            event["sources"] = [source]
        events.append(event)
    data["events"] = events
    return to_bytes(data)


def test_worker_processes_match_in_process() -> None:
    raw = many_events(900)
    split = split_events(raw)
    assert split is not None
    context = ChunkContext("x", {"niger": 0, "armee": 1}, {"doc": 0}, 50)
    alone = run_chunks(raw, split, context, lambda _: None, lambda: [TEXT])
    pool = start_pool(len(raw), workers=2)
    assert pool is not None
    try:
        pooled = run_chunks(raw, split, context, lambda _: None, lambda: [TEXT], pool)
    finally:
        pool.close()
    assert [r.ids for r in alone] != []
    flat = lambda results, name: [x for r in results for x in getattr(r, name)]  # noqa: E731
    for name in ("ids", "titles"):
        assert flat(alone, name) == flat(pooled, name)
    folded = lambda results: EVENT_SEPARATOR.encode().join(  # noqa: E731
        r.search_blob for r in results if r.count
    )
    assert folded(alone) == folded(pooled)
    reported = [str(i) for r in alone for i in r.other]
    assert len(reported) == 9
    assert reported == [str(i) for r in pooled for i in r.other]
    for name in ("dates", "members", "passages", "spans"):
        assert np.array_equal(
            np.concatenate([getattr(r, name) for r in alone]),
            np.concatenate([getattr(r, name) for r in pooled]),
        )
    roles = lambda results: [r.roles for r in results]  # noqa: E731
    assert sum(map(len, roles(alone))) >= 3


def test_split_finds_every_event_even_with_tricky_strings() -> None:
    data = minimal()
    data["events"][0]["title"] = 'Quote \\" and ] and } and , "events": ['
    data["events"][1]["summary"] = "back\\\\"
    raw = to_bytes(data)
    split = split_events(raw)
    assert split is not None
    spans = split.spans(raw)
    assert spans.shape == (3, 2)
    import json

    parsed = [json.loads(raw[s:e]) for s, e in spans.tolist()]
    assert [p["id"] for p in parsed] == ["accord", "depart", "sans-date"]
    assert json.loads(split.header(raw))["events"] == []


def test_chunks_report_the_same_event_spans_as_the_split() -> None:
    """Each chunk finds its events' byte spans itself (in the workers); they are the file's."""
    raw = many_events(230)
    split = split_events(raw)
    assert split is not None
    context = ChunkContext("x", {"niger": 0, "armee": 1}, {"doc": 0}, 50)
    from timelineapp.model.loading import parallel

    for size in (1, 7, 100, 5000):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(parallel, "CHUNK_EVENTS", size)
            results = run_chunks(raw, split, context, lambda _: None, lambda: [TEXT])
        spans = np.concatenate([r.spans for r in results])
        assert np.array_equal(spans, split.spans(raw)), size
        assert raw[spans[0, 0] : spans[0, 1]].startswith(b"{")
        assert raw[spans[-1, 0] : spans[-1, 1]].endswith(b"}")


class _DyingExecutor:
    """Runs chunks here, like a worker would, until its 'processes' die."""

    def __init__(self, survive: int) -> None:
        self.survive = survive

    def submit(self, function: object, *args: object) -> object:
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        future: Future[object] = Future()
        if self.survive > 0:
            self.survive -= 1
            future.set_result(function(*args))  # type: ignore[operator]
        else:
            future.set_exception(BrokenProcessPool("a worker was killed"))
        return future


class _DyingPool:
    def __init__(self, survive: int) -> None:
        self.workers = 2
        self.executor = _DyingExecutor(survive)


@pytest.mark.parametrize("survive", [0, 3])
def test_dead_worker_processes_are_replaced_by_this_one(
    monkeypatch: pytest.MonkeyPatch, survive: int
) -> None:
    """Workers killed mid-load (out of memory, say): the load finishes here, the same."""
    from timelineapp.model.loading import parallel

    raw = many_events(900)
    split = split_events(raw)
    assert split is not None
    context = ChunkContext("x", {"niger": 0, "armee": 1}, {"doc": 0}, 50)
    alone = run_chunks(raw, split, context, lambda _: None, lambda: [TEXT])
    monkeypatch.setattr(parallel, "PARALLEL_CHUNK_EVENTS", 100)
    monkeypatch.setattr(parallel, "CHUNK_EVENTS", 70)
    rescued = run_chunks(raw, split, context, lambda _: None, lambda: [TEXT], _DyingPool(survive))
    flat = lambda results, name: [x for r in results for x in getattr(r, name)]  # noqa: E731
    for name in ("ids", "titles"):
        assert flat(rescued, name) == flat(alone, name)
    assert [str(i) for r in rescued for i in r.other] == [str(i) for r in alone for i in r.other]
    assert np.array_equal(
        np.concatenate([r.dates for r in rescued]), np.concatenate([r.dates for r in alone])
    )


@pytest.mark.parametrize("separator", [b",", b" ,\n\t", b"\r\n,\r\n   ", b"\n    ,"])
def test_split_finds_each_event_whatever_stands_between_them(separator: bytes) -> None:
    """The split keeps exact marks only every 64 events and walks lengths and separators in
    between: any whitespace around the commas must still give every event's exact bytes."""
    events = [json.dumps({"id": f"e{i}", "title": "x" * (i % 7 + 1)}).encode() for i in range(150)]
    raw = b'{"format": "timelineapp/events", "events": [ ' + separator.join(events) + b"\n] }"
    split = split_events(raw)
    assert split is not None
    spans = split.spans(raw)
    assert [raw[s:e] for s, e in spans.tolist()] == events
    for first, last in ((0, 150), (63, 65), (64, 128), (100, 101)):
        start, end = split.byte_range(raw, first, last)
        assert json.loads(b"[" + raw[start:end] + b"]") == [
            json.loads(e) for e in events[first:last]
        ]


def test_worker_processes_leave_when_the_loading_process_ends_without_closing_them(
    tmp_path: Path,
) -> None:
    # A program that exits at once (os._exit, a crash) never shuts its pool down; the
    # workers must not wait for work forever.
    script = tmp_path / "load_and_exit.py"
    script.write_text(
        "import multiprocessing, os, sys\n"
        "from timelineapp.model.loading.parallel import start_pool\n"
        "if __name__ == '__main__':\n"
        "    pool = start_pool(1, workers=1)\n"
        "    assert pool is not None\n"
        "    assert pool.executor.submit(int, 7).result() == 7\n"
        "    print(' '.join(str(p.pid) for p in multiprocessing.active_children()), flush=True)\n"
        "    os._exit(0)\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=True
    )
    pids = [int(p) for p in done.stdout.split()]
    assert pids
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_running(p) for p in pids):
        time.sleep(0.02)
    assert not [p for p in pids if _running(p)]


def _running(pid: int) -> bool:
    """Whether the process still runs. One that has ended but is not yet reaped (a zombie:
    its parent, the fork server, left too, and init collects it when it gets round to it,
    over a second later in some containers) has left: it waits for nothing any more."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return False  # gone (or no /proc here)
    state = stat.rpartition(")")[2].split()[0]  # after the command name, which may hold spaces
    return state not in ("Z", "X")
