"""A cache of what loading a big event file produced, keyed by the file's content hash.

Reopening an unchanged file then skips validation: the columns, titles and search texts come
back from one ``.npz`` file in the cache folder. The cache holds no pickles (numpy arrays
and UTF-8 text only), and anything unexpected in it — another version, a checksum that
does not match, a changed document — makes the caller fall back to a full load, so a stale
or corrupt cache can cost time but never give wrong data.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from dataclasses import fields
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .issues import Issue, IssueKind, Severity
from .time_index import TimeIndex

CACHE_VERSION = 1
# Small files load faster than a cache round trip is worth.
MIN_EVENTS = 20_000


def _pack_strings(values: list[str]) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.int64]]:
    blob = "".join(values).encode("utf-8")
    lengths = np.fromiter((len(v) for v in values), dtype=np.int64, count=len(values))
    return np.frombuffer(blob, dtype=np.uint8), lengths


def _unpack_strings(blob: npt.NDArray[np.uint8], lengths: npt.NDArray[np.int64]) -> list[str]:
    text = blob.tobytes().decode("utf-8")
    ends = np.cumsum(lengths).tolist()
    starts = [0, *ends[:-1]]
    return [text[a:b] for a, b in zip(starts, ends, strict=True)]


def cache_path(cache_dir: Path, content_hash: str) -> Path:
    return cache_dir / f"events-{content_hash[:40]}.npz"


def save(
    cache_dir: Path,
    *,
    content_hash: str,
    document_hashes: dict[str, str | None],
    array_bounds: tuple[int, int],
    spans: npt.NDArray[np.int64],
    index: TimeIndex,
    titles: list[str],
    ids: list[str],
    search_texts: list[str],
    passage_rows: npt.NDArray[np.int64],
    issues: list[Issue],
) -> None:
    """Write the cache entry atomically; failures are ignored (a cache is optional)."""
    arrays: dict[str, Any] = {f"index_{f.name}": getattr(index, f.name) for f in fields(index)}
    arrays["index_roles"] = np.array(json.dumps(list(index.roles)))
    for name, values in (("titles", titles), ("ids", ids), ("search", search_texts)):
        arrays[f"{name}_blob"], arrays[f"{name}_len"] = _pack_strings(values)
    arrays["spans"] = spans
    arrays["array_bounds"] = np.array(array_bounds, dtype=np.int64)
    arrays["passages"] = passage_rows
    meta = {
        "version": CACHE_VERSION,
        "content_hash": content_hash,
        "documents": document_hashes,
        "issues": [i.to_json() for i in issues],
    }
    arrays["meta"] = np.array(json.dumps(meta))
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".events-", suffix=".npz", dir=cache_dir)
        with os.fdopen(fd, "wb") as handle:
            np.savez(handle, **arrays)
        os.replace(tmp, cache_path(cache_dir, content_hash))
    except OSError:
        return


def load(cache_dir: Path, content_hash: str) -> dict[str, Any] | None:
    """The cached load of this content, or None when absent or unreadable.

    The caller must still compare ``documents`` (text hashes) with the documents as they
    are now: provenance checks depend on them.
    """
    path = cache_path(cache_dir, content_hash)
    if not path.is_file():
        return None
    try:
        # Open the file ourselves: np.load leaks its handle when the zip is corrupt.
        with path.open("rb") as handle, np.load(handle, allow_pickle=False) as stored:
            meta = json.loads(str(stored["meta"]))
            if meta.get("version") != CACHE_VERSION or meta.get("content_hash") != content_hash:
                return None
            values = {}
            for key in stored.files:
                if key.startswith("index_") and key != "index_roles":
                    values[key] = stored[key]
            roles = tuple(json.loads(str(stored["index_roles"])))
            index_args: dict[str, Any] = {}
            for f in fields(TimeIndex):
                if f.name == "roles":
                    index_args["roles"] = roles
                elif f.name in ("count",):
                    index_args["count"] = int(values["index_count"])
                elif f.name == "short_span":
                    index_args["short_span"] = float(values["index_short_span"])
                else:
                    index_args[f.name] = values[f"index_{f.name}"]
            result = {
                "index": TimeIndex(**index_args),
                "titles": _unpack_strings(stored["titles_blob"], stored["titles_len"]),
                "ids": _unpack_strings(stored["ids_blob"], stored["ids_len"]),
                "search_texts": _unpack_strings(stored["search_blob"], stored["search_len"]),
                "spans": stored["spans"],
                "array_bounds": tuple(int(v) for v in stored["array_bounds"]),
                "documents": meta["documents"],
                "passage_rows": stored["passages"],
                "issues": [_issue(i) for i in meta["issues"]],
            }
    except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile, UnicodeDecodeError):
        return None
    count = result["index"].count
    if not (len(result["titles"]) == len(result["ids"]) == count == result["spans"].shape[0]):
        return None
    return result


def _issue(data: dict[str, Any]) -> Issue:
    return Issue(
        Severity(data["severity"]),
        IssueKind(data["kind"]),
        data["file"],
        data["path"],
        data["message"],
        data["line"],
        data["column"],
    )


def text_hash(text: str | None) -> str | None:
    return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()
