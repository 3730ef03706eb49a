"""Per-file view memory: a file opens again as it was left (window, filter, selection, docks).

The view of the open file is written into the settings as it changes, so nothing is lost
whether the file is then closed, replaced by another or the app quits. It is restored when a
file is opened (not when an edit reloads the same file: the views keep their state then).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import logging
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..model.filtering import FilterSpec
from .controller import TimelineController
from .filter_state import FilterState
from .settings import FileView, Settings
from .timeline_widget import TimelineWidget

if TYPE_CHECKING:
    from pydantic import TypeAdapter

_log = logging.getLogger(__name__)
# How long the view must stay still before it is noted.
_SETTLE_MS = 400


@functools.cache
def _spec_adapter() -> TypeAdapter[FilterSpec]:
    from pydantic import TypeAdapter  # pydantic after PySide6 at import: see ui/app.py

    return TypeAdapter(FilterSpec)  # built the first time a remembered view is restored


def spec_to_json(spec: FilterSpec) -> dict[str, Any]:
    """A filter as JSON values (sets as sorted lists, so settings files diff well).

    Plain dataclass fields, so no pydantic here: this runs on every view change, and the
    adapter (built on first use, ~8 ms) is needed only to read a filter back.
    """
    value = dataclasses.asdict(spec)
    for name, field in value.items():
        if isinstance(field, frozenset | set):
            value[name] = sorted(field, key=str)
    return value


def spec_from_json(value: dict[str, Any]) -> FilterSpec:
    """The filter saved by :func:`spec_to_json`; raises ValueError when it is not one."""
    return _spec_adapter().validate_python(value) if value else FilterSpec()


class ViewMemory(QObject):
    """Records the open file's view in ``settings.views`` and restores it on open."""

    recorded = Signal()  # the settings now hold the view: the app writes them to disk soon

    def __init__(
        self,
        controller: TimelineController,
        filter_state: FilterState,
        timeline: TimelineWidget,
        settings: Settings,
        dock_state: tuple[Callable[[], str], Callable[[str], None]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._filter = filter_state
        self._timeline = timeline
        self._settings = settings
        self._save_docks, self._restore_docks = dock_state
        self._restoring = False
        self._replaying = False
        self._opened_view: FileView | None = None  # the view remembered when the file opened
        self._key = ""
        # Connected after the views' own slots (built before this object): on open, the
        # timeline has fitted and the filter reset before the remembered view replaces them.
        controller.file_loaded.connect(self.on_file_loaded)
        controller.path_changed.connect(self.on_path_changed)
        # Panning and zooming change the view many times a second: note it once things
        # settle (serialising the filter and the dock layout is not paint-path work). The
        # app records at once before another file opens and at quit (``record``).
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)  # its interval read at each start (tests shorten it)
        self._settle.timeout.connect(self.record)
        controller.viewport_changed.connect(self._changed)
        controller.selection_changed.connect(self._changed)
        filter_state.spec_changed.connect(self._changed)
        timeline.compressed_changed.connect(self._changed)

    def _changed(self, *_: object) -> None:
        self._settle.start(_SETTLE_MS)

    def _path_key(self) -> str:
        path = self._controller.path
        return "" if path is None else str(path.resolve())

    def on_path_changed(self) -> None:
        """Save As gives the view a new name: remember it under that one from now on."""
        self._key = self._path_key()
        self._settings.last_file = self._key
        self.record()
        self.recorded.emit()  # the last file changed, even with no view to note (closed)

    @contextlib.contextmanager
    def replaying(self) -> Iterator[None]:
        """While the open file is announced again (the window's panes were built after it
        opened): the view remembered when it opened is restored again, not the one noted
        since (the first frame's, fitted to a timeline not yet at its final size)."""
        self._replaying = True
        try:
            yield
        finally:
            self._replaying = False

    def on_file_loaded(self) -> None:
        if self._controller.reloading_after_edit:
            return
        if self._replaying:
            view = self._opened_view
        else:
            self._key = self._path_key()
            self._settings.last_file = self._key
            view = self._settings.views.get(self._key) if self._key else None
            self._opened_view = view
        if view is not None and self._controller.timeline is not None:
            self._restoring = True
            try:
                self.restore(view)
            except (ValueError, TypeError):  # pydantic's ValidationError is a ValueError
                _log.exception("cannot restore the remembered view of %s", self._key)
            finally:
                self._restoring = False
        self.record()
        self.recorded.emit()  # the last file changed, even with no view to note (closed)

    def restore(self, view: FileView) -> None:
        timeline = self._controller.timeline
        if timeline is None:
            return
        if view.dock_state:
            self._restore_docks(view.dock_state)
        known = timeline.actor_number.keys()  # not a copy: a file may hold a million
        spec = spec_from_json(view.filter)
        # Actors deleted since are dropped rather than filtering everything away.
        if not (spec.actors <= known and spec.actors_alone <= known):
            spec = dataclasses.replace(
                spec,
                actors=frozenset(spec.actors & known),
                actors_alone=frozenset(spec.actors_alone & known),
            )
        if spec != FilterSpec():
            self._filter.set_spec(spec)
        if view.compressed != self._timeline.compressed:
            self._timeline.set_compressed(view.compressed)
        if view.selected_event is not None:
            number = timeline.event_number.get(view.selected_event)
            if number is not None and bool(self._controller.mask[number]):
                self._controller.select(number)
        # Last: selecting scrolls the view to the event, and the window was where it was.
        if view.start is not None and view.end is not None and view.end > view.start:
            self._timeline.show_window(view.start, view.end)

    def record(self, *_: object) -> None:
        """Write the open file's view into the settings (in memory; ``recorded`` tells the
        app, which writes the settings file a little later: see ``ui/app``)."""
        self._settle.stop()
        if self._restoring or not self._key or self._controller.timeline is None:
            return
        timeline = self._controller.timeline
        selection = self._controller.selection
        start, end = self._real_window()
        self._settings.remember_view(
            self._key,
            FileView(
                start=start,
                end=end,
                compressed=self._timeline.compressed,
                filter=spec_to_json(self._filter.spec),
                selected_event=None if selection is None else timeline.event(selection).id,
                dock_state=self._save_docks(),
            ),
        )
        self.recorded.emit()

    def _real_window(self) -> tuple[float | None, float | None]:
        tm = self._timeline.timemap
        if tm.width <= 0:
            return None, None
        compression = self._timeline.compression
        if compression is None:
            return tm.start, tm.end
        return compression.real(tm.start), compression.real(tm.end)
