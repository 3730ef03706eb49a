"""The evidence filter options of ``timelineapp export`` (images and data alike)."""

from __future__ import annotations

import argparse
from typing import Any


def add_evidence_arguments(parser: argparse.ArgumentParser) -> None:
    evidence = parser.add_argument_group("evidence")
    evidence.add_argument(
        "--min-sources",
        type=int,
        default=0,
        metavar="N",
        help="events backed by at least N independent origins (echoes of one origin count once)",
    )
    evidence.add_argument(
        "--min-grade",
        metavar="GRADE",
        help="events with a source graded this well or better, e.g. B2 (ungraded never passes)",
    )
    evidence.add_argument(
        "--conflicts", action="store_true", help="only events whose sources' dates disagree"
    )
    evidence.add_argument(
        "--single-source", action="store_true", help="only events with one independent origin"
    )
    evidence.add_argument(
        "--review",
        action="extend",
        nargs="+",
        default=[],
        metavar="STATE",
        help="only events in these review states: unreviewed, verified, disputed",
    )


def evidence_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the evidence options, whatever the file holds (exit 2), or None."""
    from .model.evidence import parse_grade
    from .model.format_rules import ReviewState

    if args.min_sources < 0:
        return f"--min-sources expects 0 or more, found {args.min_sources}"
    if args.min_grade is not None:
        try:
            parse_grade(args.min_grade)
        except ValueError as error:
            return f"--min-grade: {error}"
    for state in args.review:
        if state not in set(ReviewState):
            return f"--review {state!r} is not one of {', '.join(ReviewState)}"
    return None


def evidence_filter(args: argparse.Namespace) -> dict[str, Any]:
    """The evidence part of the :class:`FilterSpec` the options ask for."""
    return {
        "min_sources": args.min_sources,
        "min_grade": args.min_grade,
        "conflicts_only": args.conflicts,
        "single_source": args.single_source,
        "review": frozenset(args.review),
    }
