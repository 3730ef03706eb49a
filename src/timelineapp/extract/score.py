"""Precision and recall of the builder against gold lists: ``python -m timelineapp.extract.score``.

A gold list (``*.gold.json``, see ``tests/data/build/``) names an article and, from a careful
reading, every date expression (offsets, EDTF value), quotation (offsets of the inside),
actor (name and aliases) and event (its date phrase, or for an undated statement a quote).

Matching, one to one, first come first served:

* dates *found*: the spans overlap; *value*: found and the EDTF value is the same text (a
  dateline's date, "August 4, 2023" under the title, is read by the same tagger: it counts
  here, though the builder takes it as the publication date, never as an event's);
* quotations: the spans cover each other to at least 90 % (a closing comma or full stop
  inside the marks may differ); *attributed*: the gold speaker's id or phrase and the
  draft's agree (one contains the other, folded);
* actors: a name or alias of one equals a name or alias of the other (folded);
* events: the date phrases overlap; for an undated gold event, an undated draft event whose
  quote overlaps the gold quote.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from .anchoring import reference_from
from .article import article_from_text
from .build import build_draft
from .events import article_quotations, date_readings
from .lexicon import fold
from .notes import CodeWords
from .quotations import Quotation

__all__ = ["ArticleScore", "main", "score_gold"]

_T = TypeVar("_T")
_G = TypeVar("_G")


@dataclass(frozen=True, slots=True)
class Counts:
    matched: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


@dataclass(frozen=True, slots=True)
class ArticleScore:
    article: str
    language: str
    tuned_on: bool
    dates_found: Counts
    date_values: Counts
    quotations: Counts
    attributed: Counts  # among found quotations
    actors: Counts
    events: Counts
    misses: dict[str, list[str]]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _match(
    predicted: Sequence[_T], gold: Sequence[_G], same: Callable[[_T, _G], bool]
) -> list[tuple[_T, _G]]:
    pairs: list[tuple[_T, _G]] = []
    used: set[int] = set()
    for item in predicted:
        for index, expected in enumerate(gold):
            if index not in used and same(item, expected):
                used.add(index)
                pairs.append((item, expected))
                break
    return pairs


def _span(item: dict[str, Any]) -> tuple[int, int]:
    return int(item["start"]), int(item["end"])


def score_gold(gold_path: Path) -> ArticleScore:
    """Build the gold list's article as ``timelineapp build`` would and compare."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article_path = gold_path.parent / gold["article"]
    text = article_path.read_bytes().decode("utf-8-sig")
    for item in gold["dates"] + gold["quotations"]:
        if text[item["start"] : item["end"]] != item["text"]:
            raise ValueError(f"{gold_path}: gold span {item} does not match the article text")
    article = article_from_text(
        text, article_path.name, language=gold["language"], published=gold.get("published")
    )
    reference = reference_from(article.published)
    readings = date_readings(replace(article, header_spans=()), reference)
    date_pairs = _match(
        readings,
        gold["dates"],
        lambda r, g: _overlap((r.mention.start, r.mention.end), _span(g)) > 0,
    )
    values = sum(1 for r, g in date_pairs if r.value == g["value"])
    quotations = article_quotations(article)
    quote_pairs = _match(quotations, gold["quotations"], _same_quote)
    draft = build_draft([article], words=CodeWords()).event_file
    attributions = {
        (q.start, q.end): q.attributed_to for e in draft.events for s in e.sources for q in s.quotes
    }
    attributed = sum(
        1 for q, g in quote_pairs if _same_speaker(attributions.get((q.start, q.end)), g)
    )
    actor_pairs = _match(draft.actors, gold["actors"], _same_actor)
    event_pairs = _match(draft.events, gold["events"], _same_event)
    misses = {
        "dates": [
            f"{g['text']!r} -> {g['value']}" + _found_as(g, date_pairs)
            for g in gold["dates"]
            if not any(g is pg and r.value == g["value"] for r, pg in date_pairs)
        ],
        "extra dates": [
            f"{r.mention.text!r} -> {r.value}"
            for r in readings
            if not any(r is pr for pr, _ in date_pairs)
        ],
        "quotations": [
            g["text"][:60] for g in gold["quotations"] if not any(g is pg for _, pg in quote_pairs)
        ],
        "actors": [g["name"] for g in gold["actors"] if not any(g is pg for _, pg in actor_pairs)],
        "extra actors": [a.name for a in draft.actors if not any(a is pa for pa, _ in actor_pairs)],
        "events": [g["title"] for g in gold["events"] if not any(g is pg for _, pg in event_pairs)],
    }
    return ArticleScore(
        article=gold["article"],
        language=gold["language"],
        tuned_on=bool(gold.get("tuned_on")),
        dates_found=Counts(len(date_pairs), len(readings), len(gold["dates"])),
        date_values=Counts(values, len(readings), len(gold["dates"])),
        quotations=Counts(len(quote_pairs), len(quotations), len(gold["quotations"])),
        attributed=Counts(attributed, len(quote_pairs), len(quote_pairs)),
        actors=Counts(len(actor_pairs), len(draft.actors), len(gold["actors"])),
        events=Counts(len(event_pairs), len(draft.events), len(gold["events"])),
        misses=misses,
    )


def _found_as(gold: dict[str, Any], pairs: Sequence[tuple[Any, dict[str, Any]]]) -> str:
    for reading, expected in pairs:
        if expected is gold:
            return f" (found {reading.mention.text!r} -> {reading.value})"
    return " (not found)"


def _same_quote(found: Quotation, gold: dict[str, Any]) -> bool:
    start, end = _span(gold)
    overlap = _overlap((found.start, found.end), (start, end))
    longest = max(found.end - found.start, end - start)
    return overlap >= 0.9 * longest


def _same_speaker(found: str | None, gold: dict[str, Any]) -> bool:
    expected = gold.get("attributed_to")
    if not expected or not found:
        return not expected and not found
    a, b = fold(found).replace("-", " "), fold(str(expected)).replace("-", " ")
    return a in b or b in a


def _names(item: Any) -> set[str]:
    if isinstance(item, dict):
        return {fold(item["name"]), *(fold(a) for a in item.get("aliases", []))}
    return {fold(item.name), *(fold(a) for a in item.aliases)}


def _same_actor(found: Any, gold: dict[str, Any]) -> bool:
    return len(_names(found) & _names(gold)) > 0


def _same_event(found: Any, gold: dict[str, Any]) -> bool:
    phrase = gold.get("date_phrase")
    for source in found.sources:
        if phrase is not None and source.date_phrase is not None:
            if _overlap((source.date_phrase.start, source.date_phrase.end), _span(phrase)) > 0:
                return True
        elif (
            phrase is None
            and source.date_phrase is None
            and gold.get("quote")
            and any(_overlap((q.start, q.end), _span(gold["quote"])) > 0 for q in source.quotes)
        ):
            return True
    return False


def _row(score: ArticleScore) -> list[str]:
    def pr(counts: Counts) -> str:
        return f"{counts.precision:.2f} / {counts.recall:.2f}"

    return [
        score.article + (" (tuned on)" if score.tuned_on else ""),
        score.language,
        pr(score.dates_found),
        pr(score.date_values),
        pr(score.quotations),
        f"{score.attributed.matched}/{score.attributed.gold}",
        pr(score.actors),
        pr(score.events),
    ]


def _table(scores: Sequence[ArticleScore]) -> str:
    header = [
        "article",
        "lang",
        "dates found P / R",
        "date values P / R",
        "quotations P / R",
        "attributed",
        "actors P / R",
        "events P / R",
    ]
    rows = [header, ["---"] * len(header), *(_row(s) for s in scores)]
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m timelineapp.extract.score",
        description="Score the article builder against gold lists (*.gold.json).",
    )
    parser.add_argument("gold", nargs="+", type=Path, metavar="GOLD.json")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the scores as JSON")
    parser.add_argument("--misses", action="store_true", help="list what was missed or extra")
    args = parser.parse_args(argv)
    scores = [score_gold(path) for path in args.gold]
    print(_table(scores))
    if args.misses:
        for score in scores:
            print(f"\n{score.article}:")
            for kind, items in score.misses.items():
                for item in items:
                    print(f"  {kind}: {item}")
    if args.json is not None:
        args.json.write_text(
            json.dumps([asdict(s) for s in scores], ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
