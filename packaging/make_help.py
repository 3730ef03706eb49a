"""Write the help pages shipped with the app from the README: ``python packaging/make_help.py``.

Help › User Guide shows the README's sections on using the app, Help › File Format its format
reference: the same words, read offline. Images are left out (the help page shows text only)
and links stay as text. ``--check`` exits 1 when a shipped page differs from what the README
says now (a test runs it, so the pages never go stale).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = {
    "user-guide.md": (
        "Using it",
        "Make your own event file",
        "Import and export other formats",
        "Command line",
    ),
    "file-format.md": ("The event file format",),
}
# Subsections made of pictures only: nothing to read in a text page.
SKIPPED = ("Light and dark, English and French",)
_IMAGE = re.compile(r"^\s*(!\[[^\]]*\]\([^)]*\)|\|.*<img .*)\s*$")


def sections(readme: str, titles: tuple[str, ...]) -> str:
    """The ``## `` sections whose titles start with one of ``titles``, in README order."""
    out: list[str] = []
    keep = skip = False
    for line in readme.splitlines():
        if line.startswith("## "):
            keep = any(line[3:].startswith(title) for title in titles)
        if line.startswith(("## ", "### ")):
            skip = line.lstrip("#").strip() in SKIPPED
        if keep and not skip and not _IMAGE.match(line):
            out.append(line)
    text = "\n".join(out).strip() + "\n"
    return re.sub(r"\n{3,}", "\n\n", text)


def pages(readme: str) -> dict[str, str]:
    return {name: sections(readme, titles) for name, titles in PAGES.items()}


def main(argv: list[str]) -> int:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    folder = ROOT / "resources" / "help"
    stale = []
    for name, text in pages(readme).items():
        path = folder / name
        if "--check" in argv:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            folder.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
    if stale:
        print("stale help pages (run python packaging/make_help.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
