"""model.provenance: which quotes, events and documents the loader's problems touch."""

from __future__ import annotations

import json
from pathlib import Path

from timelineapp.model.loading import MAX_ISSUES, load_event_bytes
from timelineapp.model.provenance import difference, excerpts, provenance_of
from timelineapp.model.timeline import Timeline

from .event_files import TEXT, minimal


def _tampered(keep_hash: bool) -> Timeline:
    """The test file with its document's "19 mai" changed to "20 mai" after quoting."""
    data = minimal()
    document = data["documents"][0]
    document["text"] = TEXT.replace("19 mai", "20 mai")
    if not keep_hash:
        del document["sha256"]
    result = load_event_bytes(json.dumps(data).encode(), "t.timeline.json", None)
    assert result.loaded is not None
    return Timeline(result.loaded)


def test_a_changed_word_flags_the_quote_the_date_phrase_and_the_event() -> None:
    provenance = _tampered(keep_hash=True).provenance
    assert provenance.flagged_events() == [0]
    kinds = sorted(p.quote for p in provenance.event_problems(0))
    assert kinds == [-1, 0]  # the date phrase and the first quote
    assert provenance.mismatched_quotes == 1
    assert "doc" in provenance.documents  # the hash differs too
    assert provenance.count == 3
    assert provenance.flagged_mask().tolist() == [True, False, False]
    assert not provenance.is_flagged(1)


def test_flags_do_not_depend_on_the_recorded_hash() -> None:
    provenance = _tampered(keep_hash=False).provenance
    assert provenance.flagged_events() == [0]
    assert provenance.documents == {}  # nothing to compare a hash with
    assert provenance.document_is_flagged("doc")  # but its passages still are
    assert provenance.count == 2


def test_recorded_and_now_texts_show_the_difference() -> None:
    timeline = _tampered(keep_hash=False)
    provenance = timeline.provenance
    problem = next(p for p in provenance.event_problems(0) if p.quote == -1)
    recorded, now = provenance.passage_texts(problem, timeline.event(0))
    assert (recorded, now) == ("Le 19 mai 2024", "Le 20 mai 2024")
    assert difference(recorded, now) == (3, 9)  # "Le " and " mai 2024" agree
    assert excerpts("a" * 40 + "19" + "b" * 40, "a" * 40 + "20" + "b" * 40, 4) == (
        "…aaaa19bbbb…",
        "…aaaa20bbbb…",
    )


def test_an_untouched_file_has_no_problems() -> None:
    result = load_event_bytes(json.dumps(minimal()).encode(), "t.timeline.json", None)
    assert result.loaded is not None
    provenance = provenance_of(result.loaded, MAX_ISSUES)
    assert provenance.count == 0
    assert provenance.flagged_events() == []


def test_a_cut_short_issue_list_still_checks_each_event_exactly() -> None:
    timeline = _tampered(keep_hash=False)
    # Pretend the loader's cap was reached before it listed anything.
    provenance = provenance_of(timeline.loaded, max_issues=0)
    assert provenance.truncated
    found = provenance.check_event(0, timeline.event(0))
    assert sorted(p.quote for p in found) == [-1, 0]


def test_a_missing_document_makes_its_events_unverifiable(tmp_path: Path) -> None:
    data = minimal()
    document = data["documents"][0]
    del document["text"]
    del document["sha256"]
    document["path"] = "absent.txt"
    result = load_event_bytes(json.dumps(data).encode(), "t.timeline.json", tmp_path)
    assert result.loaded is not None
    provenance = Timeline(result.loaded).provenance
    assert provenance.documents["doc"].state == "missing"
    assert provenance.is_flagged(0)
    assert provenance.event_of(provenance.problems[0]) is None
