"""Render the app icon (resources/icons/timelineapp.svg) to the PNG, ICO and ICNS files in
packaging/icons/, or check that the committed ones are up to date.

    .venv/bin/python packaging/make_icons.py            # write packaging/icons/
    .venv/bin/python packaging/make_icons.py --check    # exit 1 if they are stale

The files are committed rather than made by each build: a Linux distribution installs the
PNGs without running Qt, and the Windows and macOS builds find their .ico and .icns ready,
without Pillow or any other image tool. Qt's own SVG renderer draws them (offscreen), the
same one that draws the window icon from the SVG.

ICO and ICNS hold PNG images (the formats allow it since Windows Vista and macOS 10.7), so
they are assembled here from the PNGs with a few header bytes; no converter is needed.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "timelineapp.svg"
ICONS = ROOT / "packaging" / "icons"
APP_ID = "org.timelineapp.TimelineApp"

# The hicolor sizes desktops look up (the icon theme specification's usual set).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows: the shell picks 16-48 for lists and 256 for large views.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS: each OSType holds one pixel size (the @2x types for Retina).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)
# --check: the largest difference of a colour channel (0-255) tolerated between a committed
# PNG and a fresh rendering; another Qt version may anti-alias an edge a little differently.
TOLERANCE = 24


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render_png(size: int) -> bytes:
    """The SVG drawn at size × size pixels on a transparent background, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding the PNG images (ICONDIR, one ICONDIRENTRY each, the images)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in pngs.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns', total length, then (OSType, length, PNG) per image."""
    chunks = b"".join(
        ostype + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for ostype, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def build() -> dict[Path, bytes]:
    """Every file of packaging/icons/ and its content."""
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(size) for size in sizes}
    files = {png_path(size): pngs[size] for size in PNG_SIZES}
    files[ICONS / f"{APP_ID}.ico"] = ico_bytes({size: pngs[size] for size in ICO_SIZES})
    files[ICONS / f"{APP_ID}.icns"] = icns_bytes(pngs)
    return files


def _differs(committed: Path, fresh: bytes) -> str | None:
    """Why a committed PNG does not match a fresh rendering, or None when it does."""
    from PySide6.QtGui import QImage

    old, new = QImage(str(committed)), QImage.fromData(fresh)
    if old.isNull():
        return "missing or unreadable"
    if old.size() != new.size():
        return f"size {old.width()}×{old.height()}, expected {new.width()}×{new.height()}"
    old = old.convertToFormat(QImage.Format.Format_RGBA8888)
    new = new.convertToFormat(QImage.Format.Format_RGBA8888)
    worst = max(
        abs(a - b)
        for a, b in zip(old.constBits().tobytes(), new.constBits().tobytes(), strict=True)
    )
    return f"pixels differ by up to {worst}/255" if worst > TOLERANCE else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 if stale")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    files = build()
    if args.check:
        stale = [
            f"{path.relative_to(ROOT)}: {reason}"
            for path, content in files.items()
            if path.suffix == ".png" and (reason := _differs(path, content))
        ]
        stale += [
            f"{path.relative_to(ROOT)}: missing"
            for path in files
            if path.suffix != ".png" and not path.is_file()
        ]
        for line in stale:
            print(line, file=sys.stderr)
        if stale:
            print("icons are stale: run packaging/make_icons.py", file=sys.stderr)
            return 1
        print(f"{len(files)} icon files up to date")
        return 0
    for path, content in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        print(f"wrote {path.relative_to(ROOT)} ({len(content):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
