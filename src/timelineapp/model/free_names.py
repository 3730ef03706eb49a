"""A file name nobody uses yet: ``article.txt``, else ``article-2.txt``, ``article-3.txt``…

One rule for every place timelineapp writes a document beside an event file (the builder's
articles, Add Document's copy, a save into a folder that already holds another file of that
name), so that a document file is never overwritten and never mistaken for another one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePosixPath


def free_name(name: str, taken: Callable[[str], bool], default_suffix: str = ".txt") -> str:
    """``name`` if it is not ``taken``, else the first ``stem-N.suffix`` (N from 2) that is
    not; a name without a suffix gets ``default_suffix`` in its numbered forms."""
    if not taken(name):
        return name
    path = PurePosixPath(name)
    suffix = path.suffix or default_suffix
    number = 2
    while True:
        candidate = str(path.with_name(f"{path.stem}-{number}{suffix}"))
        if not taken(candidate):
            return candidate
        number += 1
