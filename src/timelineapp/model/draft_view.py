"""What the views show of a draft: the draft run through the one loader, after each edit.

The views read a :class:`~.timeline.Timeline` (index, titles, passages, search text, issues).
Rather than a second way of building one, the draft is written in the saved layout (in
memory: unchanged events are slices of the opened bytes) and loaded like a file, so every
rule the loader checks is checked again, by the same code. Documents are handed over inline
with the texts the draft holds, so no document is read from disk again and one that is not
saved yet is already there.

The cost is a load: instant for the files people write by hand or from a few articles,
0.6 s at 10,000 events, 6 s at 100,000. Big files patch one replaced event instead
(:mod:`.draft_patch`).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from msgspec.structs import replace

from .draft import Draft
from .loading import LoadResult, load_event_bytes
from .saved_layout import draft_chunks


def load_draft(draft: Draft, path: Path | None, name: str) -> LoadResult:
    """Load ``draft`` as the loader would load it saved at ``path``."""
    inline = [
        d
        if d.text is not None or draft.texts.get(d.id) is None
        else d.model_copy(update={"text": draft.texts[d.id], "path": None})
        for d in draft.header.documents
    ]
    header = draft.header.model_copy(update={"documents": inline})
    raw = b"".join(draft_chunks(Draft(header, draft.events, draft.texts, draft.original)))
    result = load_event_bytes(raw, name, path.parent if path else None, path)
    loaded = result.loaded
    if loaded is None:
        return result
    data = loaded.data.model_copy(update={"documents": draft.header.documents})
    return replace(result, loaded=dataclasses.replace(loaded, data=data))
