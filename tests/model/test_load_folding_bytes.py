"""The load pass folds Latin-1 text as bytes (``folding.fold_large_utf8``): the same UTF-8 as
folding it character by character (``fold``), whatever the text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timelineapp.model.folding import fold, fold_large_utf8, fold_texts

from ..hypothesis_budget import examples

_LATIN = st.text(st.characters(max_codepoint=0xFF), max_size=60)
_ANY = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=examples(300), deadline=None)
@given(st.one_of(_LATIN, _ANY))
# Whatever the draw: nothing, letters that fold beyond Latin-1 or expand, no-break and control
# characters, and Latin-1 beside wider text.
@example("")
@example("ÀÉÎÕÜ àéîõü ÇçÑñ ß ÿ µ ª º ¹²³ ¼ Æ æ Ø ø Þ þ Ð ð \xa0\xad\x00\x7f\x80\x9f")
@example("Œuvre ’ İstanbul ﬁn ǅ Ω K Å e\u0301")
def test_folding_as_bytes_is_folding(text: str) -> None:
    assert fold_large_utf8(text) == fold(text).encode("utf-8")


def test_latin1_letters_that_fold_beyond_it_or_expand() -> None:
    for text in ("Éléphant ÇA", "Straße Æon", "µ-mètre", "ÿ", "a\u00a0b", "Œuvre ’"):
        assert fold_large_utf8(text) == fold(text).encode("utf-8")
    assert fold_texts(["Été", "Noël"]) == b"ete\x1fnoel"
