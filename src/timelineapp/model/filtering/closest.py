"""The closest ids to a mistyped one, for error messages ("did you mean …")."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from ..folding import fold


def closest_ids(unknown: str, valid: Iterable[str], n: int = 5) -> list[str]:
    """Up to ``n`` ids of ``valid`` that look like ``unknown``, closest first (for errors)."""
    target = fold(unknown)
    scored: list[tuple[float, str]] = []
    for candidate in dict.fromkeys(valid):
        folded = fold(candidate)
        score = difflib.SequenceMatcher(None, target, folded).ratio()
        if target and (target in folded or folded in target):
            score += 0.5  # "russ" for "russie": a fragment is a strong hint
        if score >= 0.6:
            scored.append((score, candidate))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [candidate for _, candidate in scored[:n]]
