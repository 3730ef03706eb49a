"""Loading an event file: from bytes on disk to the columns every view reads.

::

    path ──read──▶ bytes ──split──▶ header + one raw slice per event
     (read.py)            (split.py: msgspec)
                                   │
          header ── EventFile model (file_format.py) ── references (integrity.py)
                                   │
     events, chunk by chunk (parallel.py: worker processes for big files)
        ──validate rows──▶ (rows.py: the fast pass derived from file_format.Event;
                            chunks.py: references, provenance, dates → index columns;
                            a rejected chunk is validated again by the models for the errors)
                                   │
        ──index──▶ EventColumns (time_index.py, packed titles/ids, folded search text)
                                   │
        ──cache──▶ cache.py: the columns of a big file, keyed by its content hash
                                   │
                       LoadResult / LoadedFile (loaded.py), built by pipeline.loaded_file

Modules, in pipeline order:

* :mod:`.read` — regular files only, size limits, documents' texts (:class:`DocumentTexts`;
  read by a thread while the events are validated; on a reopen from the cache, decoded
  only when read);
* :mod:`.split` — the events array split into per-event byte slices with msgspec;
* :mod:`.header` — the header (all but the events) validated, its actors read apart, its
  keys and references checked before any event;
* :mod:`.rows` — the load pass's schema of an event (TypedDict rows, checked against the
  models field by field in ``tests/model/test_event_rows.py``);
* :mod:`.chunks` — validating one chunk of events into index columns and located issues;
* :mod:`.gathered` — what a chunk keeps of its rows, decoded and read a few hundred events
  at a time (while they are in the cache); :mod:`.references` numbers their actor
  references batch by batch;
* :mod:`.parallel` — running the chunks in worker processes or in this one;
* :mod:`.cache` — the on-disk cache that makes reopening a big file fast (a big file's
  entry written by a thread once the load has returned); :mod:`.cache_hints` the hint per
  file that lets a reopen read its entry while the file is still being read;
* :mod:`.positions` — located errors: line:column of a JSON path, and the issues found in
  the bytes themselves (not UTF-8, nesting too deep, a header key given twice);
* :mod:`.loaded` — :class:`LoadResult`, :class:`LoadedFile` and its lazily built events;
* :mod:`.pipeline` — :class:`LoadRequest` and the entry points that run it all;
  :mod:`.collector` the garbage collector paused around validation;
  :mod:`.soon` work started in a thread and joined when its result is needed;
  :mod:`.under_way` whether a load runs (background work that can wait does).

Loading never raises for bad input: every problem comes back as a located
:class:`~timelineapp.model.issues.Issue`.
"""

from .chunks import build_time_index, search_text
from .loaded import EventColumns, LazyEvents, LoadedFile, LoadResult
from .pipeline import (
    MAX_DEPTH,
    MAX_ISSUES,
    LoadRequest,
    Progress,
    load,
    load_bytes,
    load_event_bytes,
    load_event_file,
)
from .read import (
    MAX_DOCUMENT_BYTES,
    MAX_EVENT_FILE_BYTES,
    DocumentState,
    DocumentTexts,
)

__all__ = [
    "MAX_DEPTH",
    "MAX_DOCUMENT_BYTES",
    "MAX_EVENT_FILE_BYTES",
    "MAX_ISSUES",
    "DocumentState",
    "DocumentTexts",
    "EventColumns",
    "LazyEvents",
    "LoadRequest",
    "LoadResult",
    "LoadedFile",
    "Progress",
    "build_time_index",
    "load",
    "load_bytes",
    "load_event_bytes",
    "load_event_file",
    "search_text",
]
