"""'Did you mean': the same suggestions on small files, a bounded search among many ids."""

from __future__ import annotations

import difflib
import random

import pytest

from timelineapp.model.filtering import closest
from timelineapp.model.filtering.closest import closest_ids
from timelineapp.model.id_index import IdIndex
from timelineapp.model.packed_strings import PackedStrings

_NAMES = ["niger", "russie", "etats-unis", "france", "union-africaine", "cedeao", "wagner"]


def _ids(count: int) -> list[str]:
    rng = random.Random(4)
    letters = "abcdefghijklmnopqrstuvwxyz"
    made = {"".join(rng.choice(letters) for _ in range(rng.randint(5, 14))) for _ in range(count)}
    return sorted(made | set(_NAMES))


def test_small_files_score_every_id() -> None:
    valid = ["niger", "russie", "etats-unis", "Énergie"]
    assert closest_ids("russia", valid) == ["russie"]
    assert closest_ids("Etats", valid)[0] == "etats-unis"
    assert closest_ids("energie", valid) == ["Énergie"]
    assert closest_ids("zzz", valid) == []


@pytest.mark.parametrize(
    "typo", ["russia", "nigr", "etats-uni", "frnce", "wagnre", "xunion-africaine"]
)
def test_many_ids_give_the_suggestion_of_a_full_scan(
    typo: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    valid = _ids(3000)
    full = closest_ids(typo, valid, n=1)
    assert full
    monkeypatch.setattr(closest, "SCAN_LIMIT", 100)
    assert closest_ids(typo, valid, n=1) == full
    index = IdIndex(PackedStrings.pack(valid))  # the loader's ids: a Mapping, kept packed
    assert closest_ids(typo, index, n=1) == full


def test_many_ids_score_only_neighbours(monkeypatch: pytest.MonkeyPatch) -> None:
    valid = _ids(3000)
    monkeypatch.setattr(closest, "SCAN_LIMIT", 100)
    scored = 0
    real = difflib.SequenceMatcher

    def counting(junk: None, a: str, b: str) -> difflib.SequenceMatcher[str]:
        nonlocal scored
        scored += 1
        return real(junk, a, b)

    monkeypatch.setattr(difflib, "SequenceMatcher", counting)
    index = IdIndex(PackedStrings.pack(valid))
    for typo in ("russia", "nigr", "frnce"):
        assert closest_ids(typo, index, n=1)
    assert 0 < scored <= 3 * 4 * closest.NEIGHBOURS
