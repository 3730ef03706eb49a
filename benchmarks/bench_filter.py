"""Times the event filter on a synthetic million events: actor filters, counts, text search.

The data is made directly as numpy arrays and strings, not as an event file: building a
million pydantic events would take minutes and measure the loader, not the filter. It has
500 actors in a three-level hierarchy (12 states, 60 organisations, 428 people), about two
actor mentions per event with a few popular actors, some roles, dates with open ends and
undated events, and French-like text of about 130 characters per event from a Zipf
vocabulary with accents.

Prints a table of medians over ``--runs`` runs and writes them to
``benchmarks/out/filter.json``. Command line: ``python benchmarks/bench_filter.py
[--events 1000000] [--runs 5]``.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from timelineapp.model.filtering import ActorTree, FilterEngine, FilterSpec

OUT = Path(__file__).resolve().parent / "out" / "filter.json"
ACTORS = 500
STATES = 12
ORGANISATIONS = 60
ROLES = ("signataire", "cible", "porte-parole", "témoin")
YEAR = 365 * 86400
# Fixed words the searches look for, among the generated ones.
KNOWN_WORDS = ["accord", "retrait", "États-Unis", "coopération", "Niamey", "cessez-le-feu"]


def make_tree() -> ActorTree:
    """States at the top, organisations under states, people under organisations."""
    parents = np.full(ACTORS, -1, dtype=np.int64)
    rng = np.random.default_rng(1)
    parents[STATES : STATES + ORGANISATIONS] = rng.integers(0, STATES, ORGANISATIONS)
    parents[STATES + ORGANISATIONS :] = rng.integers(
        STATES, STATES + ORGANISATIONS, ACTORS - STATES - ORGANISATIONS
    )
    return ActorTree([f"actor-{i:03d}" for i in range(ACTORS)], parents)


def make_vocabulary(rng: np.random.Generator, size: int = 20_000) -> list[str]:
    syllables = ["ba", "ré", "ti", "lo", "mu", "ka", "né", "sa", "vo", "dé", "pri", "tra", "ou"]
    syllables += ["ça", "gè", "ch", "an", "on", "et", "el", "ie", "è", "ro", "mi", "fa"]
    words = {"".join(rng.choice(syllables, size=int(rng.integers(1, 5)))) for _ in range(size * 2)}
    vocabulary = sorted(words)[: size - len(KNOWN_WORDS)]
    rng.shuffle(vocabulary)
    # Known words at Zipf ranks 30, 200, 1000, ...: from common to rare.
    for rank, word in zip((30, 200, 1000, 3000, 8000, 15000), KNOWN_WORDS, strict=True):
        vocabulary.insert(rank, word)
    return vocabulary


def make_texts(rng: np.random.Generator, count: int) -> list[str]:
    vocabulary = np.array(make_vocabulary(rng), dtype=object)
    lengths = rng.integers(8, 30, count)  # words per event: title and a quote
    ranks = np.minimum(rng.zipf(1.3, int(lengths.sum())) - 1, vocabulary.size - 1)
    words = vocabulary[ranks]
    # One join and one split instead of a million joins.
    cuts = np.cumsum(lengths)[:-1]
    words = np.insert(words, cuts, "\x1e")
    return " ".join(words.tolist()).split(" \x1e ")


def make_engine(count: int, seed: int = 0) -> tuple[FilterEngine, dict[str, float]]:
    rng = np.random.default_rng(seed)
    started = time.perf_counter()
    tree = make_tree()
    per_event = rng.choice([0, 1, 2, 3, 4], size=count, p=[0.03, 0.27, 0.4, 0.2, 0.1])
    ptr = np.zeros(count + 1, dtype=np.int64)
    np.cumsum(per_event, out=ptr[1:])
    members = int(ptr[-1])
    # Popularity: a few actors appear in many events, most in few.
    weights = 1.0 / np.arange(1, ACTORS + 1) ** 0.9
    popular = rng.permutation(ACTORS)
    actors = popular[rng.choice(ACTORS, size=members, p=weights / weights.sum())]
    roles = rng.integers(-1, len(ROLES), members)
    earliest = rng.integers(-20 * YEAR, 55 * YEAR, count)
    latest = earliest + rng.choice([86400, 30 * 86400, YEAR, 5 * YEAR], size=count)
    dated = rng.random(count) > 0.01
    open_start = rng.random(count) < 0.02
    open_end = rng.random(count) < 0.02
    arrays_done = time.perf_counter()
    texts = make_texts(rng, count)
    texts_done = time.perf_counter()
    engine = FilterEngine(
        tree=tree,
        member_ptr=ptr,
        member_actors=actors.astype(np.int32),
        member_roles=roles.astype(np.int32),
        roles=ROLES,
        earliest=earliest.astype(np.int64),
        latest=latest.astype(np.int64),
        dated=dated,
        open_start=open_start,
        open_end=open_end,
        texts=texts,
    )
    built = time.perf_counter()
    text_bytes = sum(map(len, texts))
    del texts
    started_index = time.perf_counter()
    engine.prepare_search()
    indexed = time.perf_counter()
    engine.counts_by_actor(np.ones(count, dtype=np.bool_))
    planned = time.perf_counter()
    return engine, {
        "setup_arrays_s": arrays_done - started,
        "setup_texts_s": texts_done - arrays_done,
        "engine_build_s": built - texts_done,
        "search_index_build_s": indexed - started_index,
        "count_plan_build_s": planned - indexed,
        "members": float(members),
        "text_chars": float(text_bytes),
    }


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000.0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)

    engine, build = make_engine(args.events)
    tree = engine.tree
    state = tree.ids[0]
    people = [tree.ids[i] for i in (100, 200, 300, 400, 499)]
    some_mask = engine.mask(FilterSpec(actors=frozenset(people)))
    cases: dict[str, Callable[[], object]] = {
        "actor OR (5 people)": lambda: engine.mask(FilterSpec(actors=frozenset(people))),
        "actor AND (2 states)": lambda: engine.mask(
            FilterSpec(actors=frozenset(tree.ids[:2]), all_actors=True)
        ),
        "hierarchy (1 state + members)": lambda: engine.mask(FilterSpec(actors=frozenset({state}))),
        "actor + role": lambda: engine.mask(
            FilterSpec(actors=frozenset(tree.ids[:STATES]), role="signataire")
        ),
        "dates certainly within": lambda: engine.mask(
            FilterSpec(date_from="1990", date_to="2000-06", within="certainly")
        ),
        "counts_by_actor": lambda: engine.counts_by_actor(some_mask),
        "search common word (accord)": lambda: engine.search("accord"),
        "search accented (etats-unis)": lambda: engine.search("etats-unis"),
        "search rare word (cessez-le-feu)": lambda: engine.search("cessez-le-feu"),
        "search two words": lambda: engine.search("Accord retrait"),
        "search short prefix (ba)": lambda: engine.search("ba"),
        "everything at once": lambda: engine.mask(
            FilterSpec(actors=frozenset({state}), text="accord", date_from="1990", date_to="2020")
        ),
    }
    results: dict[str, float] = {}
    print(f"{args.events:,} events, {int(build['members']):,} actor mentions, {ACTORS} actors,")
    print(f"{int(build['text_chars']):,} characters of text; medians of {args.runs} runs\n")
    for name, key in (
        ("engine from arrays", "engine_build_s"),
        ("search index (once)", "search_index_build_s"),
        ("count plan (once)", "count_plan_build_s"),
    ):
        print(f"  {name:<34} {build[key] * 1000:9.1f} ms")
    print()
    for name, action in cases.items():
        results[name] = median_ms(action, args.runs)
        print(f"  {name:<34} {results[name]:9.1f} ms")
    shares = {
        name: float(np.count_nonzero(engine.search(word))) / args.events
        for name, word in (("accord", "accord"), ("ba", "ba"), ("cessez-le-feu", "cessez-le-feu"))
    }
    report: dict[str, Any] = {
        "events": args.events,
        "actors": ACTORS,
        "runs": args.runs,
        "median_ms": results,
        "build_s": {k: v for k, v in build.items() if k.endswith("_s")},
        "members": int(build["members"]),
        "text_chars": int(build["text_chars"]),
        "search_hit_share": shares,
        "python": sys.version.split()[0],
        "numpy": np.__version__,
        "machine": platform.machine(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
