"""After one event of a big file changed: the views' columns patched, not the file reloaded.

Loading a draft again (:mod:`.draft_view`) re-validates every event: right for the files
people make from articles, a minute for a million events. When an edit replaced one event and
left the header alone (a review verdict, a new date, a quote added: most edits while
reviewing), the loader's own per-event pass (:func:`.loading.chunks.collect_events`) is run on
that event only and its columns are spliced into the previous ones; the time index is then
rebuilt from its per-event columns (numpy, a fraction of a second at a million events).
Anything else, or anything unexpected, returns None: the caller loads the draft in full.
A test compares every column with a full load.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import numpy.typing as npt

from .actor_columns import actor_ids_of, actor_number
from .draft import Draft
from .evidence import graph_for
from .folding import EVENT_SEPARATOR
from .loading.chunks import ChunkContext, ChunkResult, check_passages, collect_events
from .loading.loaded import EventColumns, LoadedFile
from .packed_strings import PackedStrings
from .time_index import TimeIndex, index_from_columns

_SEPARATOR = ord(EVENT_SEPARATOR)


def patch_event(previous: LoadedFile, draft: Draft, i: int, cap: int = 200) -> LoadedFile | None:
    """``previous`` (what the views show) with event ``i`` replaced by the draft's; or None."""
    if len(draft.events) != previous.index.count or not 0 <= i < len(draft.events):
        return None
    if draft.header.model_copy(update={"events": []}) != previous.data.model_copy(
        update={"events": []}
    ):
        return None  # actors or documents changed: references must be checked again
    event = draft.events[i]
    header = draft.header
    index = actor_number(header.actors)  # a big header's index; a plain list's dict:
    number: Mapping[str, int] = (
        index if index is not None else {a: n for n, a in enumerate(actor_ids_of(header.actors))}
    )
    name = previous.name
    context = ChunkContext(
        file=name,
        actor_number=number,
        document_number={d.id: n for n, d in enumerate(header.documents)},
        max_issues=cap,
        documents=graph_for(header.documents),
    )
    result = ChunkResult(i)
    collect_events([event], i, context, result)
    if result.blocking:
        return None
    texts = previous.documents.by_number(header.documents)
    result.other.extend(check_passages(result, texts, name, cap))
    columns = previous.columns
    patched = EventColumns(
        index=_patched_index(previous.index, result, i),
        titles=_patched_strings(columns.titles, i, event.title),
        ids=_patched_strings(columns.ids, i, event.id),
        search_blob=_patched_blob(columns.search_blob, i, result.search_blob),
        passage_rows=np.concatenate(
            (columns.passage_rows[columns.passage_rows[:, 3] != i], result.passages)
        ),
        spans=None,  # the events are the draft's now, not slices of a file
    )
    own = re.compile(rf"events\[{i}\](?:\.|\[|$)")
    issues = [issue for issue in previous.issues if not own.match(issue.json_path)]
    issues.extend(result.other)
    data = previous.data.model_copy(update={"events": draft.events.snapshot()})
    return replace(previous, data=data, columns=patched, issues=issues)


def _patched_index(index: TimeIndex, result: ChunkResult, i: int) -> TimeIndex:
    def put(column: npt.NDArray[Any], value: Any) -> npt.NDArray[Any]:
        copy = column.copy()
        copy[i] = value
        return copy

    dates = result.dates[0]
    roles = list(index.roles)
    number = {role: n for n, role in enumerate(roles)}
    for role in result.roles:
        if role not in number:
            number[role] = len(roles)
            roles.append(role)
    table = np.array([number[r] for r in result.roles] + [-1], dtype=np.int32)
    ptr = index.actor_ptr
    a, b = int(ptr[i]), int(ptr[i + 1])
    new_ptr = ptr.copy()
    new_ptr[i + 1 :] += result.members.size - (b - a)
    return index_from_columns(
        earliest=put(index.earliest, dates[0]),
        latest=put(index.latest, dates[1]),
        core0=put(index.core0, dates[2]),
        core1=put(index.core1, dates[3]),
        precision=put(index.precision, dates[4]),
        flags=put(index.flags, dates[5]),
        date_form=put(index.date_form, dates[6]),
        status=put(index.status, result.status[0]),
        review=put(index.review, result.review[0]),
        dated=put(index.dated, result.dated[0]),
        actor_ptr=new_ptr,
        actor_ids=np.concatenate((index.actor_ids[:a], result.members, index.actor_ids[b:])),
        actor_roles=np.concatenate(
            (index.actor_roles[:a], table[result.member_roles], index.actor_roles[b:])
        ),
        roles=tuple(roles),
        evidence=put(index.evidence, result.evidence[0]),
    )


def _patched_strings(strings: Sequence[str], i: int, value: str) -> PackedStrings:
    packed = strings if isinstance(strings, PackedStrings) else PackedStrings.pack(strings)
    blob, offsets = packed.blob, packed.offsets
    a, b = int(offsets[i]), int(offsets[i + 1])
    new = value.encode("utf-8")
    new_offsets = offsets.copy()
    new_offsets[i + 1 :] += len(new) - (b - a)
    return PackedStrings(blob[:a] + new + blob[b:], new_offsets)


def _patched_blob(
    blob: bytes | npt.NDArray[np.uint8], i: int, text: bytes
) -> bytes | npt.NDArray[np.uint8]:
    data = bytes(blob) if not isinstance(blob, bytes) else blob
    separators = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == _SEPARATOR)
    start = int(separators[i - 1]) + 1 if i > 0 else 0
    end = int(separators[i]) if i < separators.size else len(data)
    return data[:start] + text + data[end:]
