"""Check what a screen reader hears from timelineapp, on the real AT-SPI accessibility bus (Linux).

    packaging/check_accessibility.py [--lang fr] [-- COMMAND ...]

Run it with the system's Python, which has the AT-SPI bindings (Debian:
``apt-get install at-spi2-core gir1.2-atspi-2.0 python3-gi xvfb xdotool``). It starts, each of
its own: a D-Bus session (``dbus-run-session``, when there is none), a virtual screen (Xvfb,
when there is no DISPLAY), the accessibility bus (``at-spi-bus-launcher``), and the app
(default ``.venv/bin/timelineapp``; ``-- dist/timelineapp/timelineapp`` for the frozen one)
with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` on the bundled example, with fresh settings.

Then, as Orca would, it walks the app's accessible tree, finds the timeline (a list), gives it
the keyboard focus, presses Right, and listens to the events the app sends. It checks that

* the timeline is a list with its name and its description;
* a selected event is the list's one item, named by the event's title and described by its
  date in words and its actors;
* pressing Right moves the focus to the item of the next event (a focus event whose source
  is that item, with the new title), which is what a screen reader speaks;
* a selection made with the focus elsewhere is announced, and the focus stays;
* Ctrl+Q quits the app with exit code 0.

It prints what it saw and exits 0, or 1 with the first check that failed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "niger-2024" / "niger-2024.timeline.json"
BUS_LAUNCHER = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
NAMES = {"en": "Timeline", "fr": "Chronologie"}
NEXT_EVENT = {"en": "Next Event", "fr": "Événement suivant"}  # the tool bar button


class CheckFailed(Exception):
    """One check did not hold."""


def _atspi() -> Any:
    try:
        import gi

        gi.require_version("Atspi", "2.0")
        from gi.repository import Atspi
    except (ImportError, ValueError) as error:
        raise SystemExit(
            f"no AT-SPI bindings for {sys.executable} ({error}): run this script with the "
            "system's Python, with gir1.2-atspi-2.0 and python3-gi installed"
        ) from None
    return Atspi


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """A virtual screen on a display number Xvfb picks itself (``-displayfd``: no race with
    other virtual screens started at the same time), returned once it accepts clients."""
    if not shutil.which("Xvfb"):
        raise SystemExit("no DISPLAY and no Xvfb (Debian: xvfb)")
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1024x700x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as numbers:
        number = numbers.readline().strip()  # written when the server is ready
    if not number:
        raise SystemExit("Xvfb did not start")
    return xvfb, f":{number}"


def _find(node: Any, predicate: Any, depth: int = 0) -> Any:
    if predicate(node):
        return node
    if depth > 14:
        return None
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is None:
            continue
        found = _find(child, predicate, depth + 1)
        if found is not None:
            return found
    return None


def _wait_for(what: str, probe: Any, seconds: float) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = probe()
        if found:
            return found
        time.sleep(0.5)
    raise CheckFailed(f"gave up waiting for {what} after {seconds:.0f} s")


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)
    print(f"  ok: {message}")


def _describe(node: Any) -> str:
    return f"{node.get_role_name()} {node.get_name()!r} ({node.get_description()!r})"


def run_checks(command: list[str], lang: str, display: str) -> None:
    atspi = _atspi()
    from gi.repository import GLib

    config = tempfile.mkdtemp(prefix="timelineapp-a11y-")
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "TIMELINEAPP_CONFIG_DIR": config,
    }
    log_path = Path(config) / "app.log"
    log = log_path.open("wb")
    app = subprocess.Popen(
        [*command, "--lang", lang, str(EXAMPLE)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        desktop = atspi.get_desktop(0)

        def find_app() -> Any:
            for i in range(desktop.get_child_count()):
                child = desktop.get_child_at_index(i)
                if child is not None and child.get_name() == "timelineapp":
                    return child
            return None

        application = _wait_for("timelineapp on the accessibility bus", find_app, 60)
        print(f"found the application on the bus: {_describe(application)}")
        name = NAMES[lang]

        def find_timeline() -> Any:
            return _find(
                application,
                lambda n: n.get_role() == atspi.Role.LIST and n.get_name() == name,
            )

        timeline = _wait_for(f"a list named {name!r}", find_timeline, 30)
        print(f"the timeline: {_describe(timeline)}")
        _check(bool(timeline.get_description()), "the timeline has a description")
        heard: list[tuple[str, str, str, str]] = []

        def on_event(event: Any) -> None:
            source = event.source
            try:
                role, title = source.get_role_name(), source.get_name()
                description = source.get_description()
            except GLib.Error:
                role = title = description = "?"
            if event.type.startswith("object:announcement"):
                description = f"says: {event.any_data}"  # the announced words
            heard.append((event.type, role, title, description))

        listener = atspi.EventListener.new(on_event)
        for kind in ("focus:", "object:state-changed:focused", "object:announcement"):
            listener.register(kind)

        def listen(seconds: float, until: Any = None) -> None:
            """Dispatch the bus's events for up to ``seconds``, stopping early once ``until()``
            holds (checks wait for what they expect, not for a fixed time: CI runs this)."""
            context = GLib.MainContext.default()
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                while context.pending():
                    context.iteration(False)
                if until is not None and until():
                    return
                time.sleep(0.05)

        # Focus the timeline as a user would: click on it (xdotool), else ask through AT-SPI.
        box = atspi.Component.get_extents(timeline, atspi.CoordType.SCREEN)
        if shutil.which("xdotool"):
            x, y = box.x + box.width // 2, box.y + box.height - 8  # the axis: no mark there
            subprocess.run(
                ["xdotool", "mousemove", str(x), str(y), "click", "1"], env=env, check=True
            )
        else:
            atspi.Component.grab_focus(timeline)
        listen(5, lambda: timeline.get_state_set().contains(atspi.StateType.FOCUSED))
        _check(
            timeline.get_state_set().contains(atspi.StateType.FOCUSED),
            "the timeline has the keyboard focus",
        )

        def press_right(until: Any) -> None:
            heard.clear()
            if shutil.which("xdotool"):
                subprocess.run(["xdotool", "key", "Right"], env=env, check=True)
            else:
                atspi.generate_keyboard_event(0, "Right", atspi.KeySynthType.STRING)
            listen(5, until)

        if timeline.get_child_count() == 0:
            # Nothing selected yet: Right selects the first event.
            press_right(lambda: timeline.get_child_count() == 1)
        _check(timeline.get_child_count() == 1, "the selected event is the timeline's one item")
        item = timeline.get_child_at_index(0)
        print(f"its item: {_describe(item)}")
        _check(item.get_role() == atspi.Role.LIST_ITEM, "the item is a list item")
        _check(bool(item.get_name()), "the item is named by the event's title")
        _check(
            any(ch.isdigit() for ch in item.get_description()),
            "the item's description gives the date in words (with its year) and the actors",
        )
        states = item.get_state_set()
        _check(states.contains(atspi.StateType.SELECTED), "the item is selected")
        _check(states.contains(atspi.StateType.FOCUSED), "the item has the focus")
        first_title = item.get_name()
        press_right(
            lambda: any(
                kind.startswith(("focus", "object:state-changed:focused"))
                and role == "list item"
                and title != first_title
                for kind, role, title, _ in heard
            )
        )
        print("heard after Right:")
        for kind, role, title, description in heard:
            print(f"  {kind}: {role} {title!r} ({description!r})")
        item = timeline.get_child_at_index(0)
        _check(item is not None and item.get_name() != first_title, "Right selected another event")
        new_title = item.get_name()
        _check(
            any(
                kind.startswith(("focus", "object:state-changed:focused"))
                and role == "list item"
                and title == new_title
                for kind, role, title, _ in heard
            ),
            f"the focus moved to the item {new_title!r}, which a screen reader speaks",
        )

        # A selection made while the focus is elsewhere (here the filter's search field, and
        # the tool bar's Next Event button) is announced: the focus stays where it was.
        search = _find(application, lambda n: n.get_role() == atspi.Role.TEXT)
        _check(search is not None, "found a text field to put the focus in")
        atspi.Component.grab_focus(search)
        listen(3, lambda: search.get_state_set().contains(atspi.StateType.FOCUSED))
        button = _find(
            application,
            lambda n: n.get_role() == atspi.Role.PUSH_BUTTON and n.get_name() == NEXT_EVENT[lang],
        )
        _check(button is not None, f"found the tool bar button {NEXT_EVENT[lang]!r}")
        heard.clear()
        atspi.Action.do_action(button, 0)
        listen(5, lambda: any(kind.startswith("object:announcement") for kind, *_ in heard))
        listen(0.5)  # a focus change, which must not come, would follow the announcement
        print("heard after the tool bar's Next Event, the focus in a text field:")
        for kind, role, title, description in heard:
            print(f"  {kind}: {role} {title!r} ({description!r})")
        _check(
            any(kind.startswith("object:announcement") for kind, *_ in heard),
            "the new selection was announced",
        )
        _check(
            not any(role == "list item" for kind, role, *_ in heard if kind.startswith("focus")),
            "the focus stayed in the text field",
        )
        for kind in ("focus:", "object:state-changed:focused", "object:announcement"):
            listener.deregister(kind)

        # Quitting with assistive technology listening: Qt's accessibility cache deletes our
        # Python-made interfaces then; the app must end cleanly.
        if shutil.which("xdotool"):
            subprocess.run(["xdotool", "key", "ctrl+q"], env=env, check=True)
            try:
                code = app.wait(20)
            except subprocess.TimeoutExpired:
                code = None
            _check(code == 0, f"Ctrl+Q quits the app cleanly (exit code {code})")
    except CheckFailed:
        # What the app printed (a missing Qt platform library, a traceback) says why.
        log.flush()
        output = log_path.read_text(encoding="utf-8", errors="replace").strip()
        print(f"the app's output:\n{output[-4000:] or '(none)'}", file=sys.stderr)
        raise
    finally:
        log.close()
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
        shutil.rmtree(config, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=sorted(NAMES), default="en")
    parser.add_argument("command", nargs="*", default=[str(ROOT / ".venv" / "bin" / "timelineapp")])
    args = parser.parse_args()
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        if not shutil.which("dbus-run-session"):
            raise SystemExit("no D-Bus session and no dbus-run-session (Debian: dbus-daemon)")
        return subprocess.call(["dbus-run-session", "--", sys.executable, *sys.argv])
    launcher = next((p for p in BUS_LAUNCHER if Path(p).exists()), None)
    if launcher is None:
        raise SystemExit("no at-spi-bus-launcher (Debian: at-spi2-core)")
    started: list[subprocess.Popen[bytes]] = []
    display = os.environ.get("DISPLAY", "")
    try:
        if not display:
            xvfb, display = _start_xvfb()
            started.append(xvfb)
        os.environ["DISPLAY"] = display
        started.append(
            subprocess.Popen(
                [launcher, "--launch-immediately"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        time.sleep(1)
        run_checks(args.command, args.lang, display)
    except CheckFailed as failure:
        print(f"accessibility check FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        for process in reversed(started):
            process.terminate()
            process.wait(10)
    print("accessibility check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
