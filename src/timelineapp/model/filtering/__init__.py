"""The event filter: which events involve chosen actors, fall within dates, or contain words.

One module per idea:

* :mod:`.spec` — :class:`FilterSpec`, the filter as the user set it;
* :mod:`.actor_tree` — :class:`ActorTree`, the actor hierarchy the filter and the actor
  pane share;
* :mod:`.text_search` — query words, matches in a text, the search index;
* :mod:`.engine` — :class:`FilterEngine`, a spec as a mask over the events (numpy only);
  a timeline's engine is :attr:`Timeline.filter_engine <..timeline.Timeline.filter_engine>`;
* :mod:`.words` — :func:`describe_filter`, the filter in words, and :func:`closest_ids`.

Everything is importable from here.
"""

from ..folding import fold, fold_large
from .actor_tree import ActorTree
from .engine import FilterEngine, engine_for
from .spec import FilterSpec, Within
from .text_search import event_search_text, find_terms, search_terms
from .words import closest_ids, describe_filter

__all__ = [
    "ActorTree",
    "FilterEngine",
    "FilterSpec",
    "Within",
    "closest_ids",
    "describe_filter",
    "engine_for",
    "event_search_text",
    "find_terms",
    "fold",
    "fold_large",
    "search_terms",
]
