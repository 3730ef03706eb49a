"""The event filter: which events involve chosen actors, fall within dates, or contain words.

One module per idea:

* :mod:`.spec` — :class:`FilterSpec`, the filter as the user set it;
* :mod:`.actor_tree` — :class:`ActorTree`, the actor hierarchy the filter and the actor
  pane share;
* :mod:`.text_search` — query words, matches in a text, the search index;
* :mod:`.engine` — :class:`FilterEngine`, a spec as a mask over the events (numpy only);
  a timeline's engine is :attr:`Timeline.filter_engine <..timeline.Timeline.filter_engine>`;
* :mod:`.closest` — :func:`closest_ids`, look-alike ids for error messages (imported from
  there: it needs ``difflib``, which a start of the window does without).

The filter in words is the render layer's (``render/filter_words``): words are Qt's.

Everything else is importable from here.
"""

from ..folding import fold, fold_large
from .actor_tree import ActorTree
from .engine import FilterEngine, engine_for
from .spec import FilterSpec, Within
from .text_search import event_search_text, find_terms, search_terms

__all__ = [
    "ActorTree",
    "FilterEngine",
    "FilterSpec",
    "Within",
    "engine_for",
    "event_search_text",
    "find_terms",
    "fold",
    "fold_large",
    "search_terms",
]
