"""Packing strings (titles and ids of the load pass) keeps each one exactly, whether the
text is ASCII, Latin-1 or wider."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timelineapp.model.packed_strings import PackedStrings

_TEXT = st.one_of(
    st.text(st.characters(max_codepoint=0xFF), max_size=12),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT, max_size=8))
def test_packed_strings_read_back_as_given(values: list[str]) -> None:
    packed = PackedStrings.pack(values)
    assert list(packed) == values
    assert packed.blob == "".join(values).encode("utf-8")
