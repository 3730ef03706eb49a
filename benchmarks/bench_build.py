"""Times ``timelineapp build`` on a 2,000-word article, French and English (target < 200 ms).

The articles are the gold articles of ``tests/data/build`` repeated paragraph by paragraph
until they reach 2,000 words (the rules' cost grows with the text, not with its novelty).
Measured in one process: the first build (compiling the rules and reading CLDR data once)
and the median of the following ones; HTML reduction by trafilatura is timed apart.

Prints a table and writes ``benchmarks/out/build.json``. Command line:
``python benchmarks/bench_build.py [--runs 15] [--words 2000]``.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

from timelineapp.extract.article import article_from_text, read_article  # noqa: E402
from timelineapp.extract.build import build_draft  # noqa: E402
from timelineapp.extract.events import keywords  # noqa: E402
from timelineapp.extract.notes import CodeWords  # noqa: E402
from timelineapp.extract.sentences import clauses  # noqa: E402

DATA = REPO / "tests" / "data" / "build"
OUT = REPO / "benchmarks" / "out" / "build.json"
SOURCES = {
    "fr": [
        "000_651eb735907009b6.txt",
        "inondations-pas-de-calais.txt",
        "lyon-fete-des-lumieres.txt",
    ],
    "en": ["epa-clean-school-buses.txt", "nasa-europa-clipper.txt", "noaa-hurricane-season.txt"],
}


def _article_text(language: str, words: int) -> str:
    paragraphs = []
    for name in SOURCES[language]:
        text = (DATA / name).read_text(encoding="utf-8")
        paragraphs += [p.strip() for p in text.split("\n\n") if p.strip()]
    body: list[str] = []
    count = 0
    while count < words:
        for paragraph in paragraphs:
            body.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
    return "\n\n".join(body) + "\n"


def _time_build(text: str, language: str, runs: int) -> dict[str, Any]:
    article = article_from_text(text, "bench.txt", language=language, published="2024-06-15")
    started = time.perf_counter()
    draft = build_draft([article], words=CodeWords())
    first = time.perf_counter() - started
    times = []
    for _ in range(runs):
        # Per-text caches would make every run after the first a replay: empty them, so each
        # run costs what a new article of that size costs (word-level caches stay warm, as in
        # a long session).
        clauses.cache_clear()
        keywords.cache_clear()
        started = time.perf_counter()
        build_draft([article], words=CodeWords())
        times.append(time.perf_counter() - started)
    return {
        "words": len(text.split()),
        "events": len(draft.event_file.events),
        "first_ms": first * 1000,
        "median_ms": statistics.median(times) * 1000,
        "max_ms": max(times) * 1000,
        "runs": runs,
    }


def _time_html(text: str, runs: int, folder: Path) -> dict[str, Any]:
    page = folder / "bench.html"
    body = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    page.write_text(
        f"<!DOCTYPE html><html><head><title>Bench</title></head><body><nav>Menu</nav>"
        f"<article>{body}</article><footer>Footer</footer></body></html>",
        encoding="utf-8",
    )
    read_article(page)  # import trafilatura once
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        read_article(page)
        times.append(time.perf_counter() - started)
    return {"median_ms": statistics.median(times) * 1000, "runs": runs}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--words", type=int, default=2000)
    args = parser.parse_args()
    import tempfile

    results: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "processor": platform.processor()},
        "target_ms": 200,
    }
    rows = []
    for language in ("fr", "en"):
        text = _article_text(language, args.words)
        result = _time_build(text, language, args.runs)
        results[f"build_{language}"] = result
        rows.append((f"build, {language}, {result['words']} words, first", result["first_ms"]))
        rows.append((f"build, {language}, {result['words']} words, median of {args.runs}",
                     result["median_ms"]))  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        html = _time_html(_article_text("en", args.words), args.runs, Path(folder))
    results["html_reduction_en"] = html
    rows.append((f"HTML page reduced by trafilatura, median of {args.runs}", html["median_ms"]))
    results["spacy"] = "not used: the builder is rules only (no timelineapp[build] extra)"
    width = max(len(label) for label, _ in rows)
    print(f"{'figure'.ljust(width)}  time      target")
    for label, value in rows:
        target = "< 200 ms" if label.startswith("build") and "median" in label else ""
        print(f"{label.ljust(width)}  {value:7.1f} ms  {target}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
