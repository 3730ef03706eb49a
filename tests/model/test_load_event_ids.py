"""The load pass checks a chunk's event ids in one regex pass: the same answer as the
event id pattern matched id by id."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timelineapp.model.loading import rows

_ids = st.lists(st.text(st.sampled_from("aZ9_.:-\n é\x00/"), max_size=6), max_size=6)


@given(_ids)
def test_the_one_pass_check_is_the_pattern_id_by_id(ids: list[str]) -> None:
    expected = all(rows.EVENT_ID_SEARCH(i) is not None for i in ids)
    assert rows.event_ids_keep_pattern(ids) is expected


def test_the_event_id_pattern_is_checked_in_one_pass() -> None:
    assert rows._EVENT_ID_LINES is not None  # else every id is matched alone (slower)


def test_patterns_that_could_match_a_line_break_are_matched_id_by_id() -> None:
    for pattern in (r"^.+\Z", r"^[\s]+\Z", r"^[^a]+\Z", "^[\x01-z]+\\Z", r"^a|b\Z"):
        assert rows._lines_of(pattern) is None
    assert rows._lines_of(r"^[a-z][a-z0-9\-]*\Z") is not None
