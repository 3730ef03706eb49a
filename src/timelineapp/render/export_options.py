"""What an export is asked for, and what it gives back: options, limits, errors, results.

Checked before anything is laid out (:func:`check_options`), so a size that cannot be made is
refused with a message naming the allowed range. Shared by the export dialog, the command
line and :mod:`.export_layout`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QPageSize

from ..model.issues import Issue
from ..model.timeline import Timeline
from .theme import ThemeName
from .timemap import TimeMap

# Limits, in logical pixels per side, and what Qt can allocate for a raster image.
MIN_SIZE = 200
MAX_SIZE = 20000
MAX_DEVICE_SIDE = 32767  # QPainter's raster engine works on 16-bit coordinates
MAX_IMAGE_BYTES = 1 << 29  # Qt refuses larger QImages by default (its allocation limit)
SCALES = (1, 2, 3)
MAX_PAGES = 50
DEFAULT_WIDTH = 1600
DEFAULT_FONT_PX = 12
MIN_SCENE_HEIGHT = 100  # below this the timeline itself would not be readable
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


class ExportFormat(StrEnum):
    PNG = "png"
    SVG = "svg"
    PDF = "pdf"


class ExportExtent(StrEnum):
    """Which time span to export; the caller resolves it to a range or a time map."""

    VISIBLE = "visible"
    ALL = "all"
    SELECTION = "selection"


class PageSize(StrEnum):
    A4 = "A4"
    LETTER = "Letter"
    A3 = "A3"


class Orientation(StrEnum):
    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"


PAGE_IDS = {
    PageSize.A4: QPageSize.PageSizeId.A4,
    PageSize.LETTER: QPageSize.PageSizeId.Letter,
    PageSize.A3: QPageSize.PageSizeId.A3,
}


@dataclass(frozen=True)
class ExportOptions:
    """What to export and how; every field has a sensible default for a report."""

    format: ExportFormat = ExportFormat.PNG
    extent: ExportExtent = ExportExtent.ALL  # informative: the caller resolves it
    width: int = DEFAULT_WIDTH  # logical px
    height: int | None = None  # logical px; None: as tall as the lanes need
    scale: int = 1  # device pixels per logical pixel (PNG; SVG's display size)
    page_size: PageSize = PageSize.A4
    orientation: Orientation = Orientation.LANDSCAPE
    pages: int = 1  # PDF: the time span is split over this many pages
    theme: ThemeName = ThemeName.LIGHT
    transparent: bool = False  # PNG only
    include_title: bool = True
    include_legend: bool = True
    include_axis: bool = True
    include_filter: bool = True
    include_footer: bool = True
    # Long stretches without events drawn as labelled axis breaks (render/compress.py).
    compress: bool = False
    title: str | None = None  # overrides the file's title
    export_date: str = ""  # printed in the footer; fixed by the caller for reproducibility
    font_pixel_size: int = DEFAULT_FONT_PX
    locale: str = ""  # month names on the axis; "" for the export's language, else the system's
    # The language of the texts ("en", "fr"): a French report from an English window. ""
    # keeps the window's (the command line's: English).
    language: str = ""


@dataclass(frozen=True)
class ExportedFile:
    """The file an export's footer names: its name and the SHA-256 of its bytes on disk.

    ``sha256`` is None when the picture shows what no file holds: changes not saved yet
    (``unsaved``), or a draft never saved (``unsaved`` and no path: ``never_saved``). The
    window says which (``TimelineController.saved_sha256``, QA #134); the command line
    exports a file as read and needs none of this."""

    name: str
    sha256: str | None
    unsaved: bool = False
    never_saved: bool = False


PhraseWarning = tuple[int, Issue]
"""An event and the warning about one of its date phrases: the date-phrase check's finding
(``extract.phrase_check``, run by the caller: render does not import extract)."""


@dataclass(frozen=True)
class ExportSubject:
    """What is exported: a file, the events its filter lets through, the filter in words."""

    timeline: Timeline
    mask: npt.NDArray[np.bool_]
    cumulative: npt.NDArray[np.int64]  # running count of passing events, in date order
    filter_description: str = ""
    # The file's date phrases that cannot mean their date or say no date (QA #133): listed
    # in the footer for the exported events, as ``validate`` and the Provenance pane do.
    phrase_warnings: Sequence[PhraseWarning] = ()
    # The file named in the footer; None: the timeline's file as it was read (its name and
    # the hash of the bytes read).
    file: ExportedFile | None = None


class ExportError(Exception):
    """An export that cannot be made; the message says why in words for the user."""


class ExportCancelled(ExportError):
    """The progress callback asked to stop."""


@dataclass(frozen=True)
class ExportResult:
    format: ExportFormat
    data: bytes
    width: int  # pixels of a PNG, logical size otherwise
    height: int
    pages: int
    shown: int  # events drawn (passing the filter, in the exported span)
    notice: str  # e.g. "No events match the filter"; "" when there is something to see
    flagged: int = 0  # events drawn whose quotes no longer match their documents


Progress = Callable[[float], bool]
View = TimeMap | tuple[float, float]


class Export(QObject):
    """The "Export" translation context, for its plurals: ``Export.tr("%Ln event(s)", "", n)``.

    pyside6-lupdate marks a ``tr()`` call with a count as a plural (numerus) message, but
    extracts ``QCoreApplication.translate(context, text, None, n)`` as a plain one (and skips
    it altogether when ``n`` is an attribute such as ``ctx.total``). Strings without a count
    use ``QCoreApplication.translate("Export", "literal")``: the same context at run time.
    """

    @staticmethod
    def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
        # Static, so no object is needed (QObject.tr is typed as a method of an instance).
        return QCoreApplication.translate("Export", source, disambiguation, n)


def english_plural(translated: str, n: int) -> str:
    """A ``%n`` plural that came back untranslated gets its English form ("1 event", "2
    events"); a translation has no "(s)" left to replace.

    The window installs the English translation (its plural forms), but the command line
    exports with no translator installed: there the source text comes back as it is.
    """
    return translated.replace("(s)", "" if n == 1 else "s")


# --- options -------------------------------------------------------------------------------


def max_side(scale: int) -> int:
    """Largest width or height (logical px) a PNG may have at ``scale``."""
    return min(MAX_SIZE, MAX_DEVICE_SIDE // max(1, scale))


def check_options(options: ExportOptions) -> None:
    """Raise :class:`ExportError` naming the allowed range when a size cannot be made."""
    if options.scale not in SCALES:
        raise ExportError(f"scale {options.scale} is not allowed: use 1, 2 or 3")
    if not 1 <= options.pages <= MAX_PAGES:
        raise ExportError(f"{options.pages} pages is out of range: allowed 1 to {MAX_PAGES}")
    if options.pages > 1 and options.format is not ExportFormat.PDF:
        raise ExportError("several pages need the PDF format")
    if not 6 <= options.font_pixel_size <= 72:
        raise ExportError(f"font size {options.font_pixel_size} px is out of range: 6 to 72 px")
    raster = options.format is ExportFormat.PNG
    top = max_side(options.scale) if raster else MAX_SIZE
    for name, value in (("width", options.width), ("height", options.height)):
        if value is None:
            continue
        if not MIN_SIZE <= value <= top:
            at_scale = f" at scale {options.scale}" if top < MAX_SIZE else ""
            raise ExportError(
                f"{name} {value} px{at_scale} is out of range: allowed {MIN_SIZE} to {top} px"
            )
    if raster and options.height is not None:
        check_bytes(options.width, options.height, options.scale)


def check_bytes(width: int, height: int, scale: int) -> None:
    needed = width * height * scale * scale * 4
    if needed > MAX_IMAGE_BYTES:
        limit = MAX_IMAGE_BYTES // 4
        raise ExportError(
            f"a {width} × {height} px image at scale {scale} needs {needed / 2**20:,.0f} MB; "
            f"allowed up to {MAX_IMAGE_BYTES // 2**20} MB "
            f"(width × height × scale² at most {limit:,} pixels)"
        )


def default_file_name(title: str, fmt: ExportFormat | str) -> str:
    """A file name from a title: ``Niger 2024 : retrait…`` -> ``niger-2024-retrait….png``."""
    plain = unicodedata.normalize("NFKD", title)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:60].rstrip("-")
    return f"{slug or 'timeline'}.{ExportFormat(fmt).value}"
