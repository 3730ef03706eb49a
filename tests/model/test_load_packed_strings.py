"""Packing strings (titles and ids of the load pass) keeps each one exactly, whether the
text is ASCII, Latin-1 or wider."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timelineapp.model.packed_strings import PackedStrings

from ..hypothesis_budget import examples

_TEXT = st.one_of(
    st.text(st.characters(max_codepoint=0xFF), max_size=12),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(_TEXT, max_size=8))
# Every width in every run: none, empty strings, ASCII, Latin-1 (one byte each, two in UTF-8),
# wider letters, astral ones, a NUL and the widths mixed in one pack.
@example([])
@example(["", "", "a"])
@example(["abc", "Été", "ÿ\x00", "\u0100ß", "🎉e\u0301", "", "\U0010ffff"])
@example(["\x80\xff", "Noël"])
def test_packed_strings_read_back_as_given(values: list[str]) -> None:
    packed = PackedStrings.pack(values)
    assert list(packed) == values
    assert packed.blob == "".join(values).encode("utf-8")
