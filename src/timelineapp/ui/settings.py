"""User settings: versioned msgspec Structs stored as JSON in the platformdirs config folder.

The folder is passed in, so tests use a temporary one and never the user's settings; the
command line's ``--config-dir`` and the ``TIMELINEAPP_CONFIG_DIR`` environment variable choose
it for portable installs. Settings are a comfort, never a reason not to start: a file that
cannot be used (unreadable, not JSON, nested too deep, invalid, written by a newer version) is
set aside under a dated name, the caller is told why so the window can say so, and defaults
are used. Nothing the user had is deleted.

The Structs are the one definition of the settings. A file they take as it is (the usual
case) is read without pydantic, whose import would cost each start ~65 ms; one they refuse is
checked by pydantic models derived from them (:func:`_checker`), which say what is wrong with
each value (located, worded as every load message is) so that only the invalid ones are reset.
The Structs are never looser than those models: msgspec is strict where pydantic is lax.
"""

from __future__ import annotations

import errno
import functools
import json
import logging
import os
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union, get_args, get_origin

import msgspec
import platformdirs

from .. import APP_ID
from ..model.atomic_write import atomic_write
from ..model.issues import Issue, IssueKind, Severity, json_path
from ..model.loading.cache import BUDGET_BYTES
from ..model.validation_words import found_parts, found_text, word_error

if TYPE_CHECKING:
    from pydantic import BaseModel

_log = logging.getLogger(__name__)

# 2: the dead show_legend and show_filtered_faded are gone; "system" theme; per-file views;
# maximised state; last file. A version-1 file is read as version 2 (the new fields default).
SETTINGS_VERSION = 2
CONFIG_DIR_VARIABLE = "TIMELINEAPP_CONFIG_DIR"
SETTINGS_FILE = "settings.json"
MAX_SETTINGS_BYTES = 4 * 1024 * 1024  # a settings file is a few kB; more is not ours
MAX_NESTING = 16  # our deepest value is 4 levels down
MAX_REMEMBERED_VIEWS = 50


class UiTheme(StrEnum):
    """The window's look: the system's palette, or an explicit light or dark one."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class ExportSettings(msgspec.Struct):
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
    language: str = ""  # "" = the window's language; "en", "fr"


class FileView(msgspec.Struct):
    """What one file looked like when it was last left: restored when it is opened again."""

    start: float | None = None  # the visible window, seconds since 1970 (real time)
    end: float | None = None
    compressed: bool = False
    # The FilterSpec as JSON (see view_memory): a typed field would build FilterSpec's schema
    # at every start (~20 ms), for a value read only when a remembered file is opened.
    filter: dict[str, Any] = msgspec.field(default_factory=dict)
    selected_event: str | None = None  # an event id: indexes change when the file is edited
    dock_state: str = ""  # base64 of QMainWindow.saveState()


class Settings(msgspec.Struct):
    """Keys it does not know are ignored (as every Struct here does)."""

    version: int = SETTINGS_VERSION
    window_geometry: str = ""  # base64 of QMainWindow.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState() (dock layout)
    window_maximized: bool = False
    recent_files: list[str] = msgspec.field(default_factory=list)
    last_file: str = ""  # opened when the app starts without a file
    last_folder: str = ""
    theme: UiTheme = UiTheme.SYSTEM
    language: Literal["", "en", "fr"] = ""  # "" = the system's
    user_name: str = ""  # recorded as reviewed_by; the login name when empty
    # The load cache's size budget (Preferences). A new field with a default: files without
    # it read as before, so the settings version stays.
    cache_budget: Annotated[int, msgspec.Meta(ge=0)] = BUDGET_BYTES
    export: ExportSettings = msgspec.field(default_factory=ExportSettings)
    # By absolute path, newest last.
    views: dict[str, FileView] = msgspec.field(default_factory=dict)

    def remember_file(self, path: str, keep: int = 10) -> None:
        self.recent_files = [path, *[p for p in self.recent_files if p != path]][:keep]
        self.last_file = path

    def remember_view(self, path: str, view: FileView) -> None:
        """Keep ``view`` for ``path``, forgetting the oldest views beyond a limit."""
        self.views.pop(path, None)
        self.views[path] = view
        for old in list(self.views)[:-MAX_REMEMBERED_VIEWS]:
            del self.views[old]


class LoadedSettings(msgspec.Struct, frozen=True):
    """Settings as read, and why the file on disk was not used (``problem``), if it was not."""

    settings: Settings
    first_run: bool = False  # no settings file yet
    problem: str = ""  # in English, for the log; ``set_aside`` says where the file went
    set_aside: Path | None = None
    # The same problem located (file, key, line) with a code and arguments (expected, found),
    # so the window words it in its own language (``ui/issue_words``); None when none.
    issue: Issue | None = None
    # When only some values were invalid: each one, reset to its default (or dropped from its
    # list); the other settings are kept and ``issue`` is the first of these.
    reset: tuple[Issue, ...] = ()


def default_config_dir() -> Path:
    """The folder for settings: ``$TIMELINEAPP_CONFIG_DIR`` if set, else the platform's."""
    chosen = os.environ.get(CONFIG_DIR_VARIABLE, "")
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_config_dir("timelineapp", appauthor=False))


def default_settings_path() -> Path:
    return default_config_dir() / SETTINGS_FILE


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("timelineapp", appauthor=False))


def _depth(value: object, limit: int) -> int:
    """How deeply ``value`` nests lists and objects, counting no further than ``limit``."""
    stack: list[tuple[object, int]] = [(value, 1)]
    deepest = 0
    while stack:
        item, depth = stack.pop()
        if not isinstance(item, dict | list):
            continue
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children)
    return deepest


def _settings_issue(
    path: Path,
    code: str,
    message: str,
    *,
    key: str = "",
    arguments: tuple[tuple[str, str], ...] = (),
    found: tuple[str, str] | None = None,
    line: int | None = None,
    column: int | None = None,
) -> Issue:
    """A settings problem as a located :class:`Issue` (English ``message``, for the log)."""
    return Issue(
        Severity.ERROR,
        IssueKind.SCHEMA,
        str(path),
        key,
        message,
        line=line,
        column=column,
        code=code,
        arguments=arguments,
        found=found,
    )


_NOT_JSON = "expected JSON, found text that is not JSON"


def _too_deep(path: Path) -> Issue:
    limit = str(MAX_NESTING)
    message = f"expected at most {limit} levels of nesting, found more"
    return _settings_issue(path, "settings_too_deep", message, arguments=(("limit", limit),))


def problem_text(issue: Issue) -> str:
    """The problem in English for the log: "invalid at theme: expected …" or the message."""
    if issue.json_path and issue.code != "settings_newer":
        return f"invalid at {issue.json_path}: {issue.message}"
    return issue.message


def _problem(path: Path) -> tuple[Settings | None, list[Issue]]:
    """The settings in ``path`` and what is wrong in it: None when the file cannot be used at
    all (one issue), else the settings with each invalid value reset (one issue each)."""
    try:
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            limit = str(MAX_SETTINGS_BYTES)
            message = f"expected a file of at most {limit} bytes, found a larger one"
            return None, [
                _settings_issue(path, "settings_too_large", message, arguments=(("limit", limit),))
            ]
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        reason = str(error.strerror or error)
        return None, [
            _settings_issue(
                path,
                "settings_unreadable",
                f"expected a readable file, found an error: {reason}",
                arguments=(("reason", reason),),
            )
        ]
    except UnicodeDecodeError:
        return None, [
            _settings_issue(
                path, "settings_not_utf8", "expected UTF-8 text, found bytes that are not UTF-8"
            )
        ]
    except RecursionError:
        return None, [_too_deep(path)]
    except json.JSONDecodeError as error:
        return None, [
            _settings_issue(
                path, "settings_not_json", _NOT_JSON, line=error.lineno, column=error.colno
            )
        ]
    except ValueError:
        return None, [_settings_issue(path, "settings_not_json", _NOT_JSON)]
    if not isinstance(raw, dict):
        message = f"expected an object, found {found_text(raw)}"
        return None, [
            _settings_issue(
                path,
                "dict_type",
                message,
                arguments=(("found", found_text(raw)),),
                found=found_parts(raw),
            )
        ]
    if _depth(raw, MAX_NESTING) > MAX_NESTING:
        return None, [_too_deep(path)]
    version = raw.get("version", 1)
    if isinstance(version, int) and version > SETTINGS_VERSION:
        message = (
            f"expected settings version {SETTINGS_VERSION} or older, found version {version}"
            " (written by a newer timelineapp)"
        )
        arguments = (("expected", str(SETTINGS_VERSION)), ("found", str(version)))
        return None, [
            _settings_issue(path, "settings_newer", message, key="version", arguments=arguments)
        ]
    if version == 1 and raw.get("theme") == "print":
        raw["theme"] = "light"  # version 1 offered the paper theme for the window too
    settings, reset = _repaired(raw, path)
    if settings is None:
        return None, reset[:1]
    settings.version = SETTINGS_VERSION
    return settings, reset


def _repaired(raw: dict[str, Any], path: Path) -> tuple[Settings | None, list[Issue]]:
    """The settings with every invalid value dropped (a key back to its default, an item out
    of its list), and one located issue per value dropped; None if they still do not fit."""
    try:
        return msgspec.convert(raw, Settings, strict=True), []
    except msgspec.ValidationError:
        pass  # the models say which values are wrong, and how
    from pydantic import ValidationError

    reset: list[Issue] = []
    for _ in range(MAX_NESTING):  # each pass drops at least one value
        try:
            checked = _checker(Settings).model_validate(raw)
        except ValidationError as error:
            details = error.errors()
        else:
            return msgspec.convert(checked.model_dump(mode="json"), Settings), reset
        for detail in details:
            wording = word_error(detail)
            reset.append(
                _settings_issue(
                    path,
                    wording.code,
                    wording.message,
                    key=json_path(tuple(detail["loc"])),
                    arguments=wording.arguments,
                    found=wording.found,
                )
            )
        # The deepest and the last items first, so that dropping one moves no other.
        for loc in sorted({tuple(d["loc"]) for d in details}, key=_loc_order, reverse=True):
            if not _drop(raw, loc):
                return None, reset
    return None, reset


_CONSTRAINTS = ("gt", "ge", "lt", "le", "multiple_of", "pattern", "min_length", "max_length", "tz")


@functools.cache
def _checker(struct: type[msgspec.Struct]) -> type[BaseModel]:
    """The pydantic model of a settings Struct: the same fields, types, defaults and bounds,
    unknown keys ignored. Built only when a settings file holds a value the Struct refuses."""
    from pydantic import ConfigDict, Field, create_model

    fields: dict[str, Any] = {}
    for field in msgspec.structs.fields(struct):
        kind = _checked_type(field.type)
        if field.default_factory is not msgspec.NODEFAULT:
            factory = field.default_factory
            if isinstance(factory, type) and issubclass(factory, msgspec.Struct):
                factory = _checker(factory)
            fields[field.name] = (kind, Field(default_factory=factory))
        else:
            fields[field.name] = (kind, field.default)
    config = ConfigDict(extra="ignore")
    model: type[BaseModel] = create_model(struct.__name__, __config__=config, **fields)
    return model


def _checked_type(kind: Any) -> Any:
    """A Struct field's type as the models check it (Structs as their models, msgspec's
    bounds as pydantic's)."""
    from pydantic import Field

    origin = get_origin(kind)
    if origin is Annotated:
        base, *metadata = get_args(kind)
        bounds: dict[str, Any] = {}  # msgspec.Meta(ge=0) as pydantic.Field(ge=0)
        for item in metadata:
            for name in _CONSTRAINTS:
                value = getattr(item, name, None)
                if value is not None and name not in ("ge", "le"):
                    raise TypeError(f"the settings' models do not check {name} (add it here)")
                if value is not None:
                    bounds[name] = value
        return Annotated[_checked_type(base), Field(**bounds)]
    if isinstance(kind, type) and issubclass(kind, msgspec.Struct):
        return _checker(kind)
    if origin is list:
        (item,) = get_args(kind)
        return list[_checked_type(item)]  # type: ignore[misc]
    if origin is dict:
        key, value = get_args(kind)
        return dict[key, _checked_type(value)]  # type: ignore[misc,valid-type]
    if origin is Union or type(kind).__name__ == "UnionType":
        return Union[tuple(_checked_type(arg) for arg in get_args(kind))]  # noqa: UP007
    return kind


def _loc_order(loc: tuple[int | str, ...]) -> list[tuple[int, int | str]]:
    return [(0, part) if isinstance(part, int) else (1, str(part)) for part in loc]


def _drop(raw: dict[str, Any], loc: tuple[int | str, ...]) -> bool:
    """Remove the value at ``loc`` (its key, at worst the top-level one); False if none."""
    if not loc:
        return False
    container: Any = raw
    for part in loc[:-1]:
        try:
            container = container[part]
        except (KeyError, IndexError, TypeError):
            container = None
            break
    last = loc[-1]
    if isinstance(container, dict) and last in container:
        del container[last]
        return True
    if isinstance(container, list) and isinstance(last, int) and 0 <= last < len(container):
        del container[last]
        return True
    if isinstance(loc[0], str) and loc[0] in raw:
        del raw[loc[0]]
        return True
    return False


def set_aside(path: Path, now: datetime | None = None) -> Path | None:
    """Rename ``path`` to a dated name beside it (never overwriting); None if that failed."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    for n in range(100):
        suffix = f"-{n}" if n else ""
        target = path.with_name(f"{path.stem}.{stamp}{suffix}.unused{path.suffix}")
        if target.exists():
            continue
        try:
            path.rename(target)
        except OSError:
            _log.exception("cannot set the settings file %s aside", path)
            return None
        return target
    return None


def load_settings(path: Path) -> Settings:
    """The settings in ``path`` (defaults when it cannot be used: see :func:`read_settings`)."""
    return read_settings(path).settings


def read_settings(path: Path) -> LoadedSettings:
    """Read the settings in ``path``; a file that cannot be used is set aside (see module)."""
    if not path.exists() and not path.is_symlink():
        return LoadedSettings(Settings(), first_run=True)
    settings, issues = _problem(path)
    if not issues:
        return LoadedSettings(settings or Settings())
    issue = issues[0]
    if settings is not None:  # some values reset, the others kept: the file is kept aside too
        reset = tuple(issues)
        problem = "; ".join(problem_text(i) for i in reset)
        moved = set_aside(path)
        _log.warning("settings file %s: reset %s; set aside as %s", path, problem, moved)
        return LoadedSettings(settings, problem=problem, set_aside=moved, issue=issue, reset=reset)
    problem = problem_text(issue)
    moved = set_aside(path)
    _log.warning("settings file %s not used: %s; set aside as %s", path, problem, moved)
    return LoadedSettings(Settings(), problem=problem, set_aside=moved, issue=issue)


def save_settings(settings: Settings, path: Path) -> None:
    """Write atomically, so a crash mid-write never leaves a broken settings file."""
    write_settings_bytes(settings_bytes(settings), path)


def settings_bytes(settings: Settings) -> bytes:
    """The settings file's content: the settings as they are now (a copy, which a write in
    another thread can take while the settings change; ``ui/settings_writer``)."""
    return msgspec.json.format(msgspec.json.encode(settings), indent=2)


def write_settings_bytes(content: bytes, path: Path) -> None:
    """The disk part of :func:`save_settings` (folder, write, fsync, rename): no settings
    object is read, so it may run in another thread."""
    if path.parent.exists() and not path.parent.is_dir():  # else mkdir says "File exists"
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(path.parent))
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, content)


__all__ = [
    "APP_ID",
    "FileView",
    "LoadedSettings",
    "Settings",
    "UiTheme",
    "default_config_dir",
    "default_settings_path",
    "load_settings",
    "read_settings",
    "save_settings",
    "settings_bytes",
    "write_settings_bytes",
]
