"""The generated Structs of model/format_structs.py are those the models give now."""

from __future__ import annotations

from pathlib import Path

import msgspec

from timelineapp.model import format_derive, format_structs
from timelineapp.model.loading import rows


def test_the_generated_structs_are_current() -> None:
    # Stale after a change to file_format: python -m timelineapp.model.format_derive
    written = Path(format_structs.__file__).read_text(encoding="utf-8")
    assert written == format_derive.source()


def test_the_structs_the_load_uses_are_the_derived_ones_field_by_field() -> None:
    derived, patterns, actor_pattern = format_derive.derived()
    by_name = {row.__name__: row for row in derived}
    for name in ("EventRow", "ActorRow", "SourceRow", "QuoteRow", "DatePhraseRow"):
        generated = getattr(format_structs, name)
        assert msgspec.json.schema(generated) == msgspec.json.schema(by_name[name])
        made, wanted = generated.__struct_config__, by_name[name].__struct_config__
        for option in ("forbid_unknown_fields", "gc", "frozen", "omit_defaults", "array_like"):
            assert getattr(made, option) == getattr(wanted, option), (name, option)
    assert rows.EventRow is format_structs.EventRow
    assert patterns == rows.DEFERRED_PATTERNS
    assert actor_pattern == format_structs.ACTOR_ID_PATTERN
