"""A copy of the Niger example with date phrases that the one phrase rule warns of
(``extract.phrase_check``): « en 2012 » beside 2015 (event 0), and "Pas moins de", words that
say no date, recorded as event 5's date phrase."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from timelineapp.resources import example_event_file

REDATED = 0  # « en 2012 » beside 2015
DATELESS = 5  # "Pas moins de": says no date


def phrase_warned_copy(folder: Path) -> Path:
    """Copy the example into ``folder`` with those two phrases; the event file's path."""
    example = example_event_file()
    for found in example.parent.iterdir():
        shutil.copy(found, folder / found.name)
    path = folder / example.name
    data = json.loads(path.read_text(encoding="utf-8"))
    data["events"][REDATED]["date"] = "2015"
    source = data["events"][DATELESS]["sources"][0]
    words = "Pas moins de"
    start = source["quotes"][0]["start"]
    source["date_phrase"] = {"start": start, "end": start + len(words), "text": words}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path
