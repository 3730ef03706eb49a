"""View figures on an opened timeline: frames, hover hit-tests, filter changes, search, export.

Everything goes through the app's own code: :class:`SceneSource` for the scene inputs (as the
timeline widget), ``build_scene`` + ``paint_scene`` into a 1600×900 ``QImage`` (ARGB32
premultiplied) for a frame, ``hit_test`` for hover, ``FilterEngine`` for filter and search,
``render_export`` + ``write_export`` for the PNG export. Views follow the widget: "fit all"
leaves room for the last labels, zoom keeps the instant under the anchor, limits apply.

Used by ``bench_open.py --view`` (after the open figures, in the same fresh process), or on
its own: ``python benchmarks/bench_view.py benchmarks/out/synthetic-100000.timeline.json``.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import os
import random
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from _common import emit, ensure_src_on_path, fast_exit, summary, timed

ensure_src_on_path()

from PySide6.QtGui import QFont, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from timelineapp.model.calendar import SECONDS_PER_DAY  # noqa: E402
from timelineapp.model.timeline import Timeline  # noqa: E402
from timelineapp.render.calendar_names import LocaleNames  # noqa: E402
from timelineapp.render.inputs import SceneSource  # noqa: E402
from timelineapp.render.painter import PaintOptions, label_measure, paint_scene  # noqa: E402
from timelineapp.render.scene import Scene, build_scene, hit_test  # noqa: E402
from timelineapp.render.theme import ThemeName, theme  # noqa: E402
from timelineapp.render.timemap import TimeMap, ZoomLimits  # noqa: E402

WIDTH = 1600
HEIGHT = 900
ZOOM_STEPS = 30
PAN_STEPS = 30
PAN_DX = -80.0  # px per step: content moves left, later times come into view
PAN_SPANS = {"10 years": 3652.5 * SECONDS_PER_DAY, "1 month": 30.0 * SECONDS_PER_DAY}
PAN_SPANS["1 day"] = float(SECONDS_PER_DAY)
HOVERS_PER_SCENE = 40
EXPORT_SIZE = (3840, 2160)
FILTER_ROUNDS = 3  # of: a state, an organisation, a person, no filter
FILTER_BUDGET = 30.0  # seconds; beyond it (and 2 samples), further filter changes are skipped


@dataclass
class Owner:
    """What :class:`SceneSource` reads from the controller: timeline, mask, cumulative."""

    timeline: Timeline
    mask: npt.NDArray[np.bool_]
    cumulative: npt.NDArray[np.int64]


def qt_app() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(["timelineapp-bench"])


class Renderer:
    """The timeline widget's paint path, into an offscreen image."""

    def __init__(self, timeline: Timeline, width: int = WIDTH, height: int = HEIGHT) -> None:
        qt_app()
        self.timeline = timeline
        self.width = width
        self.height = height
        self.font: QFont = QApplication.font()  # what TimelineWidget.font() gives
        self.measure = label_measure(self.font)  # as TimelineWidget measures labels
        self.names = LocaleNames()
        self.theme = theme(ThemeName.LIGHT)
        self.image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        self.cpu_samples: list[float] = []  # CPU seconds of each frame, in order
        mask = np.ones(timeline.index.count, dtype=np.bool_)
        self.owner = Owner(timeline, mask, timeline.index.cumulative_mask(mask))
        self.source = SceneSource(self.owner)
        self.lane_cache: dict[float, dict[int, int]] = {}
        extent = timeline.index.extent()
        if extent is None:
            raise ValueError("the file has no dated event to show")
        self.extent = extent
        self.limits = ZoomLimits.for_extent(*extent)

    def scene(self, tm: TimeMap) -> Scene:
        return build_scene(
            self.source.inputs(),
            tm,
            float(self.height),
            self.measure,
            self.names,
            lane_cache=self.lane_cache,
        )

    def frame(self, tm: TimeMap) -> tuple[float, Scene]:
        """Seconds to lay out and paint one frame of ``tm``, and its scene."""
        began = time.perf_counter()
        cpu = time.thread_time()
        scene = self.scene(tm)
        painter = QPainter(self.image)
        options = PaintOptions(font=self.font, measure=self.measure)  # as the widget paints
        paint_scene(painter, scene, self.theme, options)
        painter.end()
        # The thread's CPU time too: on a busy shared machine the clock counts waits.
        self.cpu_samples.append(time.thread_time() - cpu)
        return time.perf_counter() - began, scene

    def fit_all(self) -> TimeMap:
        """As ``TimelineWidget.fit_all``: the extent, with room on the right for labels."""
        right_margin = min(320.0, self.width * 0.3)
        usable = max(self.width * 0.3, self.width - right_margin)
        fitted = TimeMap.fitted(*self.extent, usable, limits=self.limits)
        return TimeMap(fitted.start, fitted.seconds_per_pixel, float(self.width)).clamped(
            self.limits
        )

    def focus(self) -> float:
        """The instant views zoom into: the median dated event, in the densest years."""
        index = self.timeline.index
        return float(index.sorted_t0[index.dated_count // 2]) + SECONDS_PER_DAY / 2

    def centred(self, span: float) -> TimeMap:
        t = self.focus()
        return TimeMap(t - span / 2, span / self.width, float(self.width)).clamped(self.limits)


def frames(renderer: Renderer) -> tuple[dict[str, Any], list[Scene]]:
    """Zoom from fit-all to one day and back, then pan at three zoom levels."""
    first, _ = renderer.frame(renderer.fit_all())  # glyph caches, first SceneInputs
    renderer.cpu_samples.clear()
    tm = renderer.fit_all()
    factor = (tm.span / SECONDS_PER_DAY) ** (1.0 / ZOOM_STEPS)
    target = renderer.focus()
    zoom: list[float] = []
    scenes: list[Scene] = []
    seconds, scene = renderer.frame(tm)
    zoom.append(seconds)
    scenes.append(scene)
    for step in [factor] * ZOOM_STEPS + [1.0 / factor] * ZOOM_STEPS:
        tm = tm.zoomed(step, tm.to_x(target), renderer.limits)
        seconds, scene = renderer.frame(tm)
        zoom.append(seconds)
        scenes.append(scene)
    zoom_cpu = list(renderer.cpu_samples)
    pan_cpu: list[float] = []
    pans: dict[str, list[float]] = {}
    for name, span in PAN_SPANS.items():
        tm = renderer.centred(span)
        renderer.frame(tm)  # arriving at the zoom level is a zoom frame, not a pan frame
        renderer.cpu_samples.clear()
        samples = []
        for _ in range(PAN_STEPS):
            tm = tm.panned(PAN_DX, renderer.limits)
            seconds, _ = renderer.frame(tm)
            samples.append(seconds)
        pans[name] = samples
        pan_cpu.extend(renderer.cpu_samples)
    pan_all = [s for samples in pans.values() for s in samples]
    return {
        "first_frame": first,
        "zoom": summary(zoom),
        "pan": summary(pan_all),
        "pan_by_level": {name: summary(samples) for name, samples in pans.items()},
        "all": summary(zoom + pan_all),
        "zoom_cpu": summary(zoom_cpu),
        "pan_cpu": summary(pan_cpu),
        "all_cpu": summary(zoom_cpu + pan_cpu),
        "detail_scenes": sum(1 for s in scenes if not s.dense),
    }, scenes


def hover(renderer: Renderer, scenes: list[Scene]) -> dict[str, Any]:
    """``hit_test`` at random points of every zoom step's scene, as mouse moves do."""
    rng = random.Random(1)
    samples: list[float] = []
    hits = 0
    for scene in scenes:
        for _ in range(HOVERS_PER_SCENE):
            x, y = rng.uniform(0, renderer.width), rng.uniform(0, renderer.height)
            began = time.perf_counter()
            hit = hit_test(scene, x, y, renderer.measure)
            samples.append(time.perf_counter() - began)
            hits += hit.event is not None or hit.cluster is not None
    return {**summary(samples), "hits": hits}


def _filtering() -> Any | None:
    ensure_src_on_path()
    if importlib.util.find_spec("timelineapp.model.filtering") is None:
        return None
    import timelineapp.model.filtering as filtering

    return filtering


def filter_and_search(renderer: Renderer) -> dict[str, Any]:
    """Actor filter changes (to the next painted frame) and text searches."""
    filtering = _filtering()
    if filtering is None:
        return {"available": False, "reason": "timelineapp.model.filtering not found"}
    timeline = renderer.timeline
    index = timeline.index
    build_s, engine = timed(lambda: filtering.FilterEngine.from_timeline(timeline))
    actors = timeline.actors
    # A state with all its members, an organisation, a person, back to everything; again.
    states = [a.id for a in actors if a.parent is None]
    organisations = [a.id for a in actors if a.kind == "organization"]
    people = [a.id for a in actors if a.kind == "person"]
    specs = []
    for k in range(FILTER_ROUNDS):
        picks = [group[k] for group in (states, organisations, people) if k < len(group)]
        specs += [filtering.FilterSpec(actors=frozenset({p})) for p in picks]
        specs.append(filtering.FilterSpec())
    view = renderer.fit_all()
    renderer.frame(view)
    changes: list[float] = []
    parts: dict[str, list[float]] = {"mask": [], "cumulative": [], "frame": []}
    shown: list[int] = []
    started = time.perf_counter()
    for spec in specs:
        if len(changes) >= 2 and time.perf_counter() - started > FILTER_BUDGET:
            break  # each change is slow: enough samples to tell
        began = time.perf_counter()
        mask = engine.mask(spec)
        masked = time.perf_counter()
        renderer.owner.mask = mask
        renderer.owner.cumulative = index.cumulative_mask(mask)
        counted = time.perf_counter()
        # What TimelineWidget.on_filter_changed does before its repaint.
        renderer.lane_cache.clear()
        renderer.source.invalidate()
        renderer.frame(view)
        ended = time.perf_counter()
        changes.append(ended - began)
        parts["mask"].append(masked - began)
        parts["cumulative"].append(counted - masked)
        parts["frame"].append(ended - counted)
        shown.append(int(np.count_nonzero(mask)))
    result: dict[str, Any] = {
        "available": True,
        "engine_build": build_s,
        "actor_filter_change": summary(changes),
        "parts": {name: summary(samples) for name, samples in parts.items()},
        "events_shown": shown,
    }
    index_s, _ = timed(engine.prepare_search)
    titles = getattr(timeline, "titles", None) or [timeline.event(timeline.index.count // 3).title]
    words = titles[len(titles) // 3].split()
    rare = max(words, key=len) if words else "introuvable"
    queries = ["accord", "retrait troupes", "sécurité", rare, "Négociations", "zzqxj"]
    searches: list[float] = []
    matches: dict[str, int] = {}
    for query in queries:
        seconds, found = timed(lambda q=query: engine.search(q))
        searches.append(seconds)
        matches[query] = int(np.count_nonzero(found))
    result["search_index_build"] = index_s
    result["search"] = summary(searches)
    result["search_matches"] = matches
    return result


def _export_module() -> Any | None:
    ensure_src_on_path()
    if importlib.util.find_spec("timelineapp.render.export") is None:
        return None
    import timelineapp.render.export as export

    return export


def png_export(renderer: Renderer, repeats: int) -> dict[str, Any]:
    """The whole extent as a 3840×2160 PNG, rendered and written to a file."""
    export = _export_module()
    if export is None:
        return {"available": False, "reason": "timelineapp.render.export not found"}
    timeline = renderer.timeline
    mask = np.ones(timeline.index.count, dtype=np.bool_)
    cumulative = timeline.index.cumulative_mask(mask)
    width, height = EXPORT_SIZE
    options = export.ExportOptions(
        format=export.ExportFormat.PNG, width=width, height=height, scale=1
    )
    samples: list[float] = []
    render_samples: list[float] = []
    size = 0
    with tempfile.TemporaryDirectory(prefix="timelineapp-bench-") as folder:
        target = Path(folder) / "export.png"
        for _ in range(repeats):
            began = time.perf_counter()
            view = export.timeline_range(timeline, mask)
            result = export.render_export(
                export.ExportSubject(timeline, mask, cumulative, ""), view, options
            )
            rendered = time.perf_counter()
            export.write_export(result, target)
            samples.append(time.perf_counter() - began)
            render_samples.append(rendered - began)
            size = target.stat().st_size
    return {
        "available": True,
        "export": summary(samples),
        "render_only": summary(render_samples),
        "png_bytes": size,
        "pixels": [result.width, result.height],
    }


def run_view(timeline: Timeline, export_repeats: int = 3) -> dict[str, Any]:
    """Every view figure for one opened timeline."""
    gc.collect()
    renderer = Renderer(timeline)
    results: dict[str, Any] = {}
    results["frames"], scenes = frames(renderer)
    results["hover"] = hover(renderer, scenes)
    del scenes
    steps: list[tuple[str, Callable[[], dict[str, Any]]]] = [
        ("filter", lambda: filter_and_search(renderer)),
        ("export", lambda: png_export(renderer, export_repeats)),
    ]
    for name, step in steps:
        try:
            results[name] = step()
        except Exception as error:  # the figure is reported as failed, the others still run
            results[name] = {"available": False, "reason": f"{type(error).__name__}: {error}"}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("file", type=Path)
    parser.add_argument("--export-repeats", type=int, default=3)
    parser.add_argument(
        "--frames-only", action="store_true", help="zoom and pan frames only (no hover, ...)"
    )
    parser.add_argument("--cache", type=Path, help="load cache folder (a reopen is quicker)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from timelineapp.model.loading import load_event_file

    loaded = load_event_file(args.file, cache_dir=args.cache).loaded
    if loaded is None:
        raise SystemExit(f"cannot open {args.file}")
    if args.frames_only:
        gc.collect()
        emit({"frames": frames(Renderer(Timeline(loaded)))[0]})
    else:
        emit(run_view(Timeline(loaded), args.export_repeats))
    fast_exit(0)


if __name__ == "__main__":
    main()
