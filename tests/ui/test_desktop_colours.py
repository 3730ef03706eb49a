"""Actor colours stay apart for colour-blind readers and readable on their background.

Colour-vision deficiency is simulated with the matrices of Machado, Oliveira and Fernandes
(2009, severity 1.0) applied in linear RGB; distance is CIE 1976 ΔE in L*a*b*. The same check
runs on a rendered export: the actor colours found in the picture stay apart once simulated.
"""

from __future__ import annotations

import itertools

import numpy as np
import numpy.typing as npt
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from timelineapp.model.timeline import Timeline
from timelineapp.render.export import (
    ExportFormat,
    ExportOptions,
    ExportSubject,
    render_export,
    timeline_range,
)
from timelineapp.render.theme import ThemeName, theme

MACHADO = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}  # fmt: skip
MIN_DELTA_E = 15.0  # Okabe–Ito's blue and green are 17 apart for tritanopes
MIN_CONTRAST = 3.0  # WCAG 2.1, 1.4.11: graphical objects

Rgb = npt.NDArray[np.float64]


def linear(rgb: Rgb) -> Rgb:
    c = np.asarray(rgb, dtype=np.float64) / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def from_linear(lin: Rgb) -> Rgb:
    lin = np.clip(lin, 0.0, 1.0)
    return 255.0 * np.where(lin <= 0.0031308, 12.92 * lin, 1.055 * lin ** (1 / 2.4) - 0.055)


def simulate(rgb: Rgb, vision: str | None) -> Rgb:
    if vision is None:
        return np.asarray(rgb, dtype=np.float64)
    return from_linear(linear(rgb) @ np.array(MACHADO[vision]).T)


def lab(rgb: Rgb) -> Rgb:
    to_xyz = np.array(
        [[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]
    )
    xyz = linear(rgb) @ to_xyz.T / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.stack(
        [116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])], -1
    )


def contrast(a: Rgb, b: Rgb) -> float:
    weights = np.array([0.2126, 0.7152, 0.0722])
    la, lb = sorted((float(linear(a) @ weights), float(linear(b) @ weights)))
    return (lb + 0.05) / (la + 0.05)


def rgb(color: QColor) -> Rgb:
    return np.array([color.red(), color.green(), color.blue()], dtype=np.float64)


def closest_pair(colours: list[Rgb]) -> tuple[float, str]:
    """The smallest ΔE between two of ``colours``, in normal vision or any simulation."""
    worst = (float("inf"), "")
    for vision in (None, *MACHADO):
        for (i, a), (j, b) in itertools.combinations(enumerate(colours), 2):
            d = float(np.linalg.norm(lab(simulate(a, vision)) - lab(simulate(b, vision))))
            worst = min(worst, (d, f"{vision or 'normal'}: {i} ~ {j}"))
    return worst


@pytest.mark.parametrize("name", [ThemeName.LIGHT, ThemeName.DARK])
def test_actor_colours_stay_apart_for_colour_blind_readers(name: ThemeName) -> None:
    chosen = theme(name)
    colours = [rgb(c) for c in (*chosen.palette, chosen.no_actor)]
    distance, where = closest_pair(colours)
    assert distance >= MIN_DELTA_E, where
    background = rgb(chosen.background)
    for colour in colours:
        assert contrast(colour, background) >= MIN_CONTRAST


def test_a_rendered_picture_keeps_its_actor_colours_apart(
    qapp: QApplication, niger_timeline: Timeline
) -> None:
    mask = np.ones(niger_timeline.index.count, dtype=np.bool_)
    subject = ExportSubject(niger_timeline, mask, niger_timeline.index.cumulative_mask(mask))
    options = ExportOptions(format=ExportFormat.PNG, width=1200, include_footer=False)
    result = render_export(subject, timeline_range(niger_timeline, mask), options)
    image = QImage.fromData(result.data).convertToFormat(QImage.Format.Format_RGB888)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8)
    pixels = pixels.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 3]
    # Each pixel's colour as one number, the distinct ones found at once (numpy, not a set
    # of a million tuples).
    flat = pixels.reshape(-1, 3).astype(np.uint32)
    found = set(np.unique((flat[:, 0] << 16) | (flat[:, 1] << 8) | flat[:, 2]).tolist())

    def packed(colour: QColor) -> int:
        red, green, blue = (int(v) for v in rgb(colour))
        return (red << 16) | (green << 8) | blue

    light = theme(ThemeName.LIGHT)
    used = [c for c in (*light.palette, light.no_actor) if packed(c) in found]
    assert len(used) >= 3  # the example's actors are drawn in their colours
    distance, where = closest_pair([rgb(c) for c in used])
    assert distance >= MIN_DELTA_E, where
