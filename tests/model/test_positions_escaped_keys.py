"""Keys written with JSON escapes are located under the key the loader reads."""

from __future__ import annotations

import warnings

from timelineapp.model.loading.positions import duplicate_keys, value_positions


def test_escaped_keys_are_read_as_json_reads_them() -> None:
    text = '{"a\\/b": 1, "\\u00e9t\\u00e9": [2], "\\u00e9t\\u00e9": 3}'
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # '\\/' once raised a DeprecationWarning here
        positions = value_positions(text)
        duplicates = duplicate_keys(text)
    assert ("a/b",) in positions
    assert ("été",) in positions
    assert duplicates == [("été",)]


def test_non_ascii_keys_with_an_escape_keep_their_letters() -> None:
    text = '{"é\\n": 1}'
    assert ("é\n",) in value_positions(text)
