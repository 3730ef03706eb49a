"""Desktop files carry the one application id used by the code."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

from timelineapp import APP_ID

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"


def test_desktop_file_and_metainfo_use_the_app_id() -> None:
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    assert desktop["Desktop Entry"]["Icon"] == APP_ID
    assert desktop["Desktop Entry"]["Exec"].startswith("timelineapp")
    meta = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == f"{APP_ID}.desktop"
