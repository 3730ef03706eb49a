"""The settings' Structs and the pydantic models derived from them for the wording of errors."""

from __future__ import annotations

import msgspec
import pytest

from timelineapp.ui.settings import ExportSettings, FileView, Settings, _checker


@pytest.mark.parametrize("struct", [Settings, ExportSettings, FileView])
def test_the_models_have_the_structs_fields_and_defaults(struct: type[msgspec.Struct]) -> None:
    model = _checker(struct)
    assert list(model.model_fields) == [f.name for f in msgspec.structs.fields(struct)]
    built = model()
    assert msgspec.convert(built.model_dump(mode="json"), struct) == struct()


def test_the_models_keep_the_bounds() -> None:
    model = _checker(Settings)
    with pytest.raises(ValueError, match="greater than or equal to 0"):
        model.model_validate({"cache_budget": -1})
    with pytest.raises(msgspec.ValidationError):
        msgspec.convert({"cache_budget": -1}, Settings, strict=True)


def test_the_structs_are_never_looser_than_the_models() -> None:
    # Values msgspec refuses and pydantic's lax mode takes: read the slow way, as before.
    for raw in ({"window_maximized": 1}, {"export": {"width": True}}, {"export": {"width": 2.0}}):
        with pytest.raises(msgspec.ValidationError):
            msgspec.convert(raw, Settings, strict=True)
        _checker(Settings).model_validate(raw)
