"""Fill a .ts file's unfinished entries from dictionaries of translations; never overwrites.

For several people (or agents) translating at once without editing the .ts files: each
writes a small Python file defining ``FR = {key: value}`` (or ``EN`` for English plurals),
and whoever merges runs ``packaging/update_translations.sh``, this script, and the shell
script again (which compiles the .qm files)::

    python packaging/fill_translations.py fr resources/translations/timelineapp_fr.ts DICT.py...
    python packaging/fill_translations.py en resources/translations/timelineapp_en.ts DICT.py...

A key is the source text, or ``(context, source)`` for one context only; a value is a string,
or ``[singular, plural]`` for a ``%n`` message. English plurals not given are made from the
source's "(s)" ("%Ln event(s)" -> "%Ln event", "%Ln events"); other English entries stay
unfinished (the source is their text). Prints what is still unfilled.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from typing import Any


def fill(language: str, ts_path: str, dictionaries: list[str]) -> list[tuple[str, str]]:
    """Fill ``ts_path`` in place; the (context, source) pairs still unfinished."""
    table: dict[Any, Any] = {}
    for path in dictionaries:
        table.update(runpy.run_path(path).get(language.upper(), {}))
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            value = table.get((name, source), table.get(source))
            numerus = message.get("numerus") == "yes"
            if value is None and language == "en":
                if not numerus:
                    continue  # the English source is its own translation
                value = [source.replace("(s)", ""), source.replace("(s)", "s")]
            if value is None:
                missing.append((name, source))
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if numerus:
                forms = [value, value] if isinstance(value, str) else list(value)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[-1]
            del translation.attrib["type"]
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    missing = fill(argv[0], argv[1], argv[2:])
    for context, source in missing:
        print(f"unfilled {context}: {source!r}")
    print(f"{len(missing)} unfilled")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
