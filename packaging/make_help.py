"""Write the help pages shipped with the app: ``python packaging/make_help.py``.

Help › User Guide shows the README's sections on using the app, Help › File Format its format
reference: the same words, read offline. Images are left out (the help page shows text only)
and links stay as text.

The French pages come from ``docs/guide.fr.md``, the translation of exactly those sections.
Each of its ``## `` sections opens with a line ``<!-- en: TITLE · sha256 HASH -->`` naming the
English section it translates and the hash of that English text when it was translated; a
section whose English changed since, or an English section without its French, or a French
section whose shape (subsections, list items, tables, code blocks) differs from its English
one, is reported by name. After updating the French, ``--stamp`` records the new hashes.

``--check`` exits 1 when a shipped page differs from what the sources say now, or when the
French is out of step with the English (a test runs it, so neither goes stale).
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FRENCH = ROOT / "docs" / "guide.fr.md"
HELP = ROOT / "resources" / "help"
PAGES = {
    "user-guide": (
        "Using it",
        "Make your own event file",
        "Import and export other formats",
        "Command line",
    ),
    "file-format": ("The event file format",),
}
# Subsections made of pictures only: nothing to read in a text page.
SKIPPED = ("Light and dark, English and French",)
_IMAGE = re.compile(r"^\s*(!\[[^\]]*\]\([^)]*\)|\|.*<img .*|\|.*!\[[^\]]*\]\(.*)\s*$")
# A picture inside a line of text: its description is what a text page can show.
_INLINE_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
# A table left with its header alone once its pictures are gone.
_EMPTY_TABLE = re.compile(r"^\|.*\|\n\|[-:| ]+\|\n(?=\n|$)", re.MULTILINE)
# A link into the repository (a schema, an example, a test file): an installed app has no such
# path, so the page shows its words, not a link that does nothing (QA #66). Web links stay.
_LOCAL_LINK = re.compile(r"\[([^\]]+)\]\((?!https?://)[^)]*\)")
_STAMP = re.compile(r"^<!-- en: (?P<title>.+?) · sha256 (?P<hash>[0-9a-f]*) -->$")
_LIST_ITEM = re.compile(r"^(- |\d+\. )")


def sections(readme: str, titles: tuple[str, ...]) -> list[tuple[str, str]]:
    """(title, text) of the ``## `` sections whose titles start with one of ``titles``."""
    found: list[tuple[str, list[str]]] = []
    keep = skip = False
    for line in readme.splitlines():
        if line.startswith("## "):
            keep = any(line[3:].startswith(title) for title in titles)
            if keep:
                found.append((line[3:].strip(), []))
        if line.startswith(("## ", "### ")):
            skip = line.lstrip("#").strip() in SKIPPED
        if keep and not skip and not _IMAGE.match(line):
            found[-1][1].append(line)
    return [(title, _tidy("\n".join(lines))) for title, lines in found]


def _tidy(text: str) -> str:
    text = _INLINE_IMAGE.sub(r"*\1*", _EMPTY_TABLE.sub("", text.strip() + "\n"))
    return re.sub(r"\n{3,}", "\n\n", text.strip() + "\n")


def english_sections(readme: str) -> dict[str, list[tuple[str, str]]]:
    return {page: sections(readme, titles) for page, titles in PAGES.items()}


def french_sections(guide: str) -> list[tuple[str, str, str]]:
    """(English title, recorded hash, French text) of each section of ``docs/guide.fr.md``.

    Lines before the first stamp are a note for translators; they are not shipped.
    """
    found: list[tuple[str, str, list[str]]] = []
    for line in guide.splitlines():
        stamp = _STAMP.match(line)
        if stamp:
            found.append((stamp["title"], stamp["hash"], []))
        elif found:
            found[-1][2].append(line)
    return [(title, digest, _tidy("\n".join(lines))) for title, digest, lines in found]


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def shape(text: str) -> list[str]:
    """What a translation must keep: headings' levels, list items, tables' sizes, code blocks.

    Code is compared whole (commands, JSON and program output are never translated); prose is
    not compared, only counted through the items that hold it.
    """
    out: list[str] = []
    code: list[str] | None = None
    table: list[int] = []
    for line in [*text.splitlines(), ""]:
        if code is not None:
            if line.startswith("```"):
                out.append("code block:\n" + "\n".join(code))
                code = None
            else:
                code.append(line)
            continue
        if line.startswith("|"):
            table.append(line.strip().strip("|").count("|") + 1)
            continue
        if table:
            out.append(f"table of {len(table) - 2} rows × {table[0]} columns")
            table = []
        if line.startswith("```"):
            code = [line]
        elif line.startswith("#"):
            out.append("heading " + line.split(" ", 1)[0])
        elif _LIST_ITEM.match(line):
            out.append("list item " + line.split(" ", 1)[0].rstrip("0123456789."))
    return out


def out_of_step(readme: str, guide: str) -> list[str]:
    """Every way the French guide differs from the English sections, one sentence each."""
    english = [section for found in english_sections(readme).values() for section in found]
    french = {title: (recorded, text) for title, recorded, text in french_sections(guide)}
    problems = []
    for title, text in english:
        if title not in french:
            problems.append(f"English section « {title} » has no French in docs/guide.fr.md")
            continue
        recorded, translation = french[title]
        if recorded != digest(text):
            problems.append(
                f"English section « {title} » changed since it was translated: update its French "
                "in docs/guide.fr.md, then run packaging/make_help.py --stamp"
            )
        theirs, ours = shape(text), shape(translation)
        if theirs != ours:
            problems.append(
                f"French of « {title} » is not shaped like the English: "
                + _first_difference(theirs, ours)
            )
    for title in french.keys() - {title for title, _ in english}:
        problems.append(
            f"docs/guide.fr.md translates « {title} », which the English pages no longer have"
        )
    return problems


def _first_difference(english: list[str], french: list[str]) -> str:
    for index, (theirs, ours) in enumerate(zip(english, french, strict=False)):
        if theirs != ours:
            return f"item {index + 1}: English has {theirs!r}, French has {ours!r}"
    return (
        f"English has {len(english)} items (headings, list items, tables, code), "
        f"French {len(french)}"
    )


def pages(readme: str, guide: str) -> dict[str, str]:
    """File name → text of every shipped page, English and French."""
    english = english_sections(readme)
    french = {title: text for title, _, text in french_sections(guide)}
    out = {}
    for page, found in english.items():
        out[f"{page}.md"] = _page("\n\n".join(text for _, text in found))
        # A section not yet translated shows in English rather than leaving a hole.
        out[f"{page}.fr.md"] = _page("\n\n".join(french.get(title, text) for title, text in found))
    return out


def _page(text: str) -> str:
    return _LOCAL_LINK.sub(r"\1", _tidy(text))


def stamp(readme: str, guide: str) -> str:
    """``guide`` with each section's recorded hash set to its English text's hash now."""
    hashes = {
        title: digest(text) for found in english_sections(readme).values() for title, text in found
    }

    def restamp(match: re.Match[str]) -> str:
        title = match["title"]
        return f"<!-- en: {title} · sha256 {hashes.get(title, match['hash'])} -->"

    return "\n".join(_STAMP.sub(restamp, line) for line in guide.split("\n"))


def main(argv: list[str]) -> int:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    guide = FRENCH.read_text(encoding="utf-8")
    if "--stamp" in argv:
        FRENCH.write_text(stamp(readme, guide), encoding="utf-8")
        guide = FRENCH.read_text(encoding="utf-8")
    problems = out_of_step(readme, guide)
    stale = []
    for name, text in pages(readme, guide).items():
        path = HELP / name
        if "--check" in argv:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            HELP.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for problem in problems:
        print(problem)
    if stale:
        print("stale help pages (run python packaging/make_help.py):", ", ".join(stale))
    return 1 if stale or (problems and "--check" in argv) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
