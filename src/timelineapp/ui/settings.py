"""User settings: a versioned pydantic model stored as JSON in the platformdirs config folder.

The path is passed in, so tests use a temporary folder and never the user's settings.
A missing, corrupt or newer settings file falls back to defaults: settings are a comfort,
never a reason not to start.
"""

from __future__ import annotations

import json
from pathlib import Path

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .. import APP_ID
from ..model.atomic_write import atomic_write

SETTINGS_VERSION = 1


class ExportSettings(BaseModel):
    model_config = ConfigDict(extra="ignore")
    format: str = "png"
    extent: str = "visible"
    width: int = 1920
    height: int = 1080
    scale: float = 1.0
    theme: str = "light"
    transparent: bool = False
    title: bool = True
    legend: bool = True
    axis: bool = True
    filter_text: bool = True
    footer: bool = True
    folder: str = ""


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore")
    version: int = SETTINGS_VERSION
    window_geometry: str = ""  # base64 of QMainWindow.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState() (dock layout)
    recent_files: list[str] = Field(default_factory=list)
    last_folder: str = ""
    theme: str = "light"
    show_legend: bool = True
    show_filtered_faded: bool = False
    export: ExportSettings = Field(default_factory=ExportSettings)

    def remember_file(self, path: str, keep: int = 10) -> None:
        self.recent_files = [path, *[p for p in self.recent_files if p != path]][:keep]


def default_settings_path() -> Path:
    return Path(platformdirs.user_config_dir("timelineapp", appauthor=False)) / "settings.json"


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("timelineapp", appauthor=False))


def load_settings(path: Path) -> Settings:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        settings = Settings.model_validate(raw)
    except (OSError, ValueError, ValidationError):
        return Settings()
    if settings.version != SETTINGS_VERSION:
        return Settings()
    return settings


def save_settings(settings: Settings, path: Path) -> None:
    """Write atomically, so a crash mid-write never leaves a broken settings file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, settings.model_dump_json(indent=2))


__all__ = ["APP_ID", "Settings", "default_settings_path", "load_settings", "save_settings"]
