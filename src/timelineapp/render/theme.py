"""Colours and pens of a timeline picture: light and dark for screens, print for paper."""

from __future__ import annotations

from enum import StrEnum

from msgspec import Struct
from PySide6.QtGui import QColor

# Actor colours (by top-level actor), one set per background. Each keeps a 3:1 contrast with
# its background (WCAG's minimum for marks) and stays apart from the others and from the
# "no actor" grey under the Machado et al. (2009) simulations of protanopia, deuteranopia and
# tritanopia: at least 15 ΔE (CIE 1976) between any two, in normal vision and in each
# simulation (tests/ui/test_desktop_colours.py measures it; the closest pair is Okabe–Ito's
# blue and green for tritanopes). The first three are Okabe–Ito's; the others were picked by a
# greedy max–min search over that distance. Okabe–Ito's full set failed it: on white its
# orange and sky blue fell under 3:1, and its vermillion and brown were 6 ΔE apart for
# protanopes; the dark theme's lightened copies had a green and a grey 11 ΔE apart.
_LIGHT_PALETTE = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#9D0AFF",  # violet
    "#763E19",  # brown
    "#970C5F",  # plum
    "#6227B9",  # indigo
    "#ED47FF",  # magenta
)
_DARK_PALETTE = (
    "#3A8EE8",  # blue
    "#FF7A1A",  # orange
    "#19C28F",  # bluish green
    "#9D0AFF",  # violet
    "#856432",  # ochre
    "#C2F68E",  # pale green
    "#FFE70A",  # yellow
    "#B9279C",  # plum
)
_PALETTE = _LIGHT_PALETTE  # paper (the print theme) is a white background too


class ThemeName(StrEnum):
    LIGHT = "light"
    DARK = "dark"
    PRINT = "print"


class Theme(Struct, frozen=True):
    name: ThemeName
    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    grid_major: QColor
    axis_band: QColor
    selection: QColor
    hover: QColor
    disputed: QColor
    deadline: QColor
    document: QColor
    density: QColor
    cluster: QColor
    cluster_text: QColor
    no_actor: QColor
    palette: tuple[QColor, ...]

    def event_color(self, index: int) -> QColor:
        return self.no_actor if index < 0 else self.palette[index % len(self.palette)]


def theme(name: ThemeName | str) -> Theme:
    name = ThemeName(name)
    palette = tuple(QColor(c) for c in _PALETTE)
    if name is ThemeName.DARK:
        return Theme(
            name,
            background=QColor("#1e1f22"),
            text=QColor("#e6e6e6"),
            muted=QColor("#9aa0a6"),
            grid=QColor("#2c2e33"),
            grid_major=QColor("#45484f"),
            axis_band=QColor("#26282c"),
            selection=QColor("#ffd54f"),
            hover=QColor("#ffffff"),
            disputed=QColor("#ff6b6b"),
            deadline=QColor("#ff8a65"),
            document=QColor("#b39ddb"),
            density=QColor("#64b5f6"),
            cluster=QColor("#3a3d44"),
            cluster_text=QColor("#e6e6e6"),
            no_actor=QColor("#707070"),  # not #9e9e9e: a twin of the green for deuteranopes
            palette=tuple(QColor(c) for c in _DARK_PALETTE),
        )
    if name is ThemeName.PRINT:
        return Theme(
            name,
            background=QColor("#ffffff"),
            text=QColor("#000000"),
            muted=QColor("#444444"),
            grid=QColor("#e4e4e4"),
            grid_major=QColor("#b0b0b0"),
            axis_band=QColor("#ffffff"),
            selection=QColor("#000000"),
            hover=QColor("#000000"),
            disputed=QColor("#b00020"),
            deadline=QColor("#b00020"),
            document=QColor("#5e35b1"),
            density=QColor("#555555"),
            cluster=QColor("#eeeeee"),
            cluster_text=QColor("#000000"),
            no_actor=QColor("#777777"),
            palette=palette,
        )
    return Theme(
        name,
        background=QColor("#ffffff"),
        text=QColor("#1f2328"),
        muted=QColor("#656d76"),
        grid=QColor("#eef0f2"),
        grid_major=QColor("#d0d7de"),
        axis_band=QColor("#f6f8fa"),
        selection=QColor("#1a73e8"),
        hover=QColor("#1f2328"),
        disputed=QColor("#cf222e"),
        deadline=QColor("#cf222e"),
        document=QColor("#6f42c1"),
        density=QColor("#0072B2"),
        cluster=QColor("#eaeef2"),
        cluster_text=QColor("#1f2328"),
        no_actor=QColor("#8C959F"),
        palette=palette,
    )
