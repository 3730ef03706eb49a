"""The index columns of known files are exactly what they were (a golden fingerprint).

The fingerprints were computed with the loader before it became the ``loading`` package
(numpy splitter, TypedDict rows) and again after (msgspec): identical. Any change to what a
file loads to (dates, actors, titles, ids, search text, passages) changes them; if such a
change is intended, say why in the commit and update the values.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path

import msgspec
import numpy as np
import pytest

from timelineapp.model.loading import LoadedFile, load_event_file
from timelineapp.model.loading import cache as load_cache
from timelineapp.resources import example_event_file

_GENERATOR = Path(__file__).resolve().parents[2] / "benchmarks" / "generate.py"

GOLDEN = {
    "example": "1849d882d579e807a57aa4f511b903cd8e7ab07b1cd9ef26afa6815ed2d5e182",
    "synthetic-3000": "16adcf9c67eddcae11c675efd9de81a205694d77756c27e4a87ecf5e9aca49f8",
}


def fingerprint(loaded: LoadedFile) -> str:
    """SHA-256 over every index column (name, dtype, shape, values) and the other columns."""
    digest = hashlib.sha256()
    index = loaded.index
    for column in msgspec.structs.fields(index):
        if column.name == "evidence":
            continue  # added later, checked by tests/model/test_evidence_columns.py
        value = getattr(index, column.name)
        if column.name == "date_form":
            # Added after the fingerprints were taken: these files use plain forms only.
            assert not np.any(value)
            continue
        digest.update(column.name.encode())
        if isinstance(value, np.ndarray):
            digest.update(str(value.dtype).encode() + str(value.shape).encode())
            digest.update(np.ascontiguousarray(value).tobytes())
        else:
            digest.update(repr(value).encode())
    for name in ("titles", "ids"):
        digest.update("\x00".join(getattr(loaded, name)).encode())
    digest.update(bytes(loaded.search_blob))
    digest.update(np.asarray(loaded.passage_rows, dtype=np.int64).tobytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = importlib.util.spec_from_file_location("benchmarks_generate", _GENERATOR)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    path: Path = module.generate(3000, 0, tmp_path_factory.mktemp("synthetic"))
    return path


def test_the_bundled_example_loads_to_its_golden_columns() -> None:
    loaded = load_event_file(example_event_file()).loaded
    assert loaded is not None
    assert fingerprint(loaded) == GOLDEN["example"]


def test_a_generated_file_loads_to_its_golden_columns_fresh_and_from_the_cache(
    synthetic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load_cache, "MIN_EVENTS", 0)
    fresh = load_event_file(synthetic, cache_dir=tmp_path)
    assert list(tmp_path.glob("events-*/meta.json"))  # the second load can use the cache
    cached = load_event_file(synthetic, cache_dir=tmp_path)
    assert fresh.loaded is not None
    assert cached.loaded is not None
    assert fingerprint(fresh.loaded) == GOLDEN["synthetic-3000"]
    assert fingerprint(cached.loaded) == GOLDEN["synthetic-3000"]
