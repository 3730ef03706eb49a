"""Whole-file rules of the links between documents: ``derived_from`` and ``translated_from``.

Each link must name another document of the file, and following them must never come back
to where it started (a document cannot be its own origin, however far round). Issues are
located by JSON path; the loader adds line:column.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .issues import Issue
from .reference_issues import cycle, self_link, unknown_id

if TYPE_CHECKING:
    from .plain_header import HeaderLike


def document_link_issues(data: HeaderLike, file: str) -> Iterator[Issue]:
    """Unknown or self ids in ``derived_from`` / ``translated_from``, and cycles of links."""
    index = {d.id: i for i, d in enumerate(data.documents)}
    links: dict[str, list[tuple[str, str]]] = {}  # id -> [(linked id, JSON path)]
    for i, document in enumerate(data.documents):
        found: list[tuple[str, str]] = []
        named = [
            (f"documents[{i}].derived_from[{k}]", v) for k, v in enumerate(document.derived_from)
        ]
        if document.translated_from is not None:
            named.append((f"documents[{i}].translated_from", document.translated_from))
        for path, target in named:
            if target == document.id:
                yield self_link(file, path, target)
            elif target not in index:
                yield unknown_id(file, path, "unknown_document", target, index)
            else:
                found.append((target, path))
        links[document.id] = found
    yield from _cycles(links, file)


def _cycles(links: dict[str, list[tuple[str, str]]], file: str) -> Iterator[Issue]:
    """One issue per cycle, at the link that closes it (depth-first, file order)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> Iterator[Issue]:
        state[node] = 1
        path.append(node)
        for target, where in links.get(node, []):
            if state.get(target) == 1:
                yield cycle(file, where, "document_cycle", [*path[path.index(target) :], target])
            elif target not in state:
                yield from visit(target)
        path.pop()
        state[node] = 2

    for start in links:
        if start not in state:
            yield from visit(start)
