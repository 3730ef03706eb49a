"""Compatibility re-export: the loader now lives in :mod:`timelineapp.model.loading`.

Kept for this session so that the window, the command line and the exports (edited in
parallel by other engineers) keep importing ``timelineapp.model.loader`` unchanged; new code
imports :mod:`timelineapp.model.loading`. Remove once nothing imports this module.
"""

from .loading import (
    MAX_ISSUES,
    DocumentState,
    LazyEvents,
    LoadedFile,
    LoadResult,
    Progress,
    load_event_bytes,
    load_event_file,
)

__all__ = [
    "MAX_ISSUES",
    "DocumentState",
    "LazyEvents",
    "LoadResult",
    "LoadedFile",
    "Progress",
    "load_event_bytes",
    "load_event_file",
]
