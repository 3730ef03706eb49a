"""The side panes of the main window: each a QWidget that follows the controller's selection.

The main window puts each pane in its own QDockWidget and connects what panes emit
(:attr:`EventPane.actor_activated`) to the controller; the panes connect to the controller
themselves.
"""

from .document_pane import DocumentPane, TextPositions
from .event_pane import EventPane
from .events_pane import EventsPane, MaskFilterProxyModel
from .quotes_pane import QuotesPane
from .sources_pane import SourcesPane

__all__ = [
    "DocumentPane",
    "EventPane",
    "EventsPane",
    "MaskFilterProxyModel",
    "QuotesPane",
    "SourcesPane",
    "TextPositions",
]
