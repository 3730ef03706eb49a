"""Naive baseline: one QGraphicsItem per event in a QGraphicsScene, as a first version would do.

Each dated event becomes a ``QGraphicsRectItem`` (its extent, in days on the x axis, in one of
30 lanes taken round-robin) and a ``QGraphicsSimpleTextItem`` label that ignores the view's
transformations so that it stays legible. A frame is ``QGraphicsScene.render`` of the visible
part of the scene into a 1600×900 ``QImage``, as a ``QGraphicsView`` would draw it.

The real renderer draws the same two views (fit-all and a mid zoom) in the same process, so
the table can show the ratio. ``python benchmarks/bench_naive.py FILE [--frames 3]``.
"""

from __future__ import annotations

import argparse
import math
import os
import time
from pathlib import Path
from typing import Any

from _common import emit, ensure_src_on_path, fast_exit, peak_rss_bytes, summary

ensure_src_on_path()

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from timelineapp.model.calendar import SECONDS_PER_DAY  # noqa: E402
from timelineapp.model.loading import load_event_file  # noqa: E402
from timelineapp.model.timeline import Timeline  # noqa: E402
from timelineapp.render.inputs import event_colors  # noqa: E402
from timelineapp.render.theme import ThemeName, theme  # noqa: E402
from timelineapp.render.timemap import TimeMap  # noqa: E402

LANES = 30
LANE_HEIGHT = 24.0


def build_naive_scene(timeline: Timeline) -> tuple[QGraphicsScene, float]:
    """The scene, with x in days since ``origin`` (returned, in seconds)."""
    index = timeline.index
    palette = theme(ThemeName.LIGHT)
    colors = event_colors(timeline)
    titles = getattr(timeline, "titles", None) or [e.title for e in timeline.events]
    origin = float(index.sorted_t0[0]) if index.dated_count else 0.0
    scene = QGraphicsScene()
    pens = {}
    brushes = {}
    for k, event in enumerate(index.order.tolist()):
        color = int(colors[event])
        if color not in pens:
            qcolor = QColor(palette.event_color(color))
            pens[color] = QPen(qcolor.darker(130), 0)  # cosmetic: one pixel at any zoom
            brushes[color] = QBrush(qcolor)
        x0 = (float(index.earliest[event]) - origin) / SECONDS_PER_DAY
        x1 = (float(index.latest[event]) - origin) / SECONDS_PER_DAY
        y = 8.0 + (k % LANES) * LANE_HEIGHT
        rect = QGraphicsRectItem(QRectF(x0, y + 7, max(x1 - x0, 1e-3), 10.0))
        rect.setPen(pens[color])
        rect.setBrush(brushes[color])
        scene.addItem(rect)
        label = QGraphicsSimpleTextItem(titles[event])
        label.setPos(x1, y + 3)
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        scene.addItem(label)
    return scene, origin


def render_naive(
    scene: QGraphicsScene, image: QImage, tm: TimeMap, origin: float, height: float
) -> float:
    """Seconds to draw the part of the scene ``tm`` shows into ``image``."""
    began = time.perf_counter()
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    source = QRectF((tm.start - origin) / SECONDS_PER_DAY, 0.0, tm.span / SECONDS_PER_DAY, height)
    target = QRectF(0.0, 0.0, tm.width, height)
    scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("file", type=Path)
    parser.add_argument("--frames", type=int, default=3)
    parser.add_argument("--save", type=Path, help="folder to save the frames as PNG (to look)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bench_view import HEIGHT, Renderer

    result = load_event_file(args.file)
    if result.loaded is None:
        raise SystemExit(f"cannot open {args.file}")
    timeline = Timeline(result.loaded)
    renderer = Renderer(timeline)  # creates the QApplication, and gives the same views
    rss_before = peak_rss_bytes()
    began = time.perf_counter()
    scene, origin = build_naive_scene(timeline)
    build_s = time.perf_counter() - began
    fit = renderer.fit_all()
    mid_span = math.sqrt(fit.span * SECONDS_PER_DAY)  # halfway (geometric) to one day
    views = {"fit-all": fit, "mid zoom": renderer.centred(mid_span)}
    image = QImage(int(fit.width), HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    out: dict[str, Any] = {
        "events": timeline.index.dated_count,
        "items": len(scene.items()),
        "build": build_s,
        "build_rss_bytes": max(0, peak_rss_bytes() - rss_before),
        "views": {},
    }
    for name, tm in views.items():
        first = render_naive(scene, image, tm, origin, HEIGHT)  # builds the BSP index
        naive = [render_naive(scene, image, tm, origin, HEIGHT) for _ in range(args.frames)]
        if args.save:
            image.save(str(args.save / f"naive-{name.replace(' ', '-')}.png"))
        renderer.frame(tm)
        real = [renderer.frame(tm)[0] for _ in range(max(5, args.frames))]
        if args.save:
            renderer.image.save(str(args.save / f"real-{name.replace(' ', '-')}.png"))
        out["views"][name] = {
            "span_days": tm.span / SECONDS_PER_DAY,
            "naive_first_frame": first,
            "naive": summary(naive),
            "real": summary(real),
        }
    emit(out)
    fast_exit(0)


if __name__ == "__main__":
    main()
