"""Window sizes that fit the screen the window opens on, and minimums that keep it usable."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

# The first time (then the user's size is kept), the window takes this share of the screen,
# and at least PREFERRED where the screen has room: 1024×700 and 1366×768 screens are filled,
# a 1920×1080 one gets 1728×972 and a 2560×1440 one 2304×1296, centred, never more than the
# available geometry (a workbench of nine panes wants the room; the desktop stays in sight).
SCREEN_SHARE = 0.9
PREFERRED = QSize(1500, 950)
# Below this, the timeline, the Event pane and the status bar no longer fit side by side.
MINIMUM = QSize(760, 520)
# A window fewer lines of its text high than this is cramped (150 % text on a 1024×700
# screen: ~33 lines; 125 %: ~37; plain text there: ~46): the panes around the timeline then
# keep only their least useful size, and the timeline, the app's main view, gets the rest
# (QA #61: it was left ~460×170 px, three rows of events).
CRAMPED_LINES = 40
# The share of a roomy window's height the Events table and the Document take below it.
BOTTOM_SHARE = 0.28
BOTTOM_SHARE_CRAMPED = 0.2


# The left column (Actors, Legend) in a roomy window: at least this, else its share.
LEFT_COLUMN = 230
LEFT_SHARE = 0.2


def left_column_width(width: int, height: int, line_height: int, least: int) -> int:
    """The left column's width before the others give way; only its ``least`` (its panes'
    minimum) in a cramped window: the timeline needs the pixels more."""
    if is_cramped(height, line_height):
        return least
    return max(least, LEFT_COLUMN, int(width * LEFT_SHARE))


def is_cramped(height: int, line_height: int) -> bool:
    """Whether a window ``height`` pixels high, in a font ``line_height`` high, is cramped."""
    return height < CRAMPED_LINES * max(line_height, 1)


def bottom_docks_height(height: int, line_height: int, least: int) -> int:
    """The height of the docks under the timeline in a window ``height`` pixels high, at
    least ``least`` (their minimum)."""
    if is_cramped(height, line_height):
        return max(least, int(height * BOTTOM_SHARE_CRAMPED))
    return max(least, 150, int(height * BOTTOM_SHARE))


def fitted(wanted: QRect, available: QRect, minimum: QSize = MINIMUM) -> QRect:
    """``wanted`` made to fit inside ``available``: shrunk if larger, moved if outside.

    The minimum never exceeds the screen: a tiny screen gets a window as big as it is.
    """
    width = max(min(wanted.width(), available.width()), min(minimum.width(), available.width()))
    height = max(
        min(wanted.height(), available.height()), min(minimum.height(), available.height())
    )
    left = min(max(wanted.left(), available.left()), available.right() + 1 - width)
    top = min(max(wanted.top(), available.top()), available.bottom() + 1 - height)
    return QRect(left, top, width, height)


def first_geometry(available: QRect) -> QRect:
    """The window's first place on a screen whose available geometry is ``available``:
    SCREEN_SHARE of it, at least PREFERRED, never more than it, centred."""
    share = QSize(round(available.width() * SCREEN_SHARE), round(available.height() * SCREEN_SHARE))
    size = share.expandedTo(PREFERRED).boundedTo(available.size())
    left = available.left() + (available.width() - size.width()) // 2
    top = available.top() + (available.height() - size.height()) // 2
    return QRect(left, top, size.width(), size.height())


def fit_window_to_screen(window: QWidget, initial: bool = False) -> None:
    """Make ``window`` fit the available geometry of its screen (``initial``: its first size).

    What must fit is the frame (title bar and borders included), known once the window is
    shown; before that it is taken as the window itself.
    """
    screen = window.screen()
    available = screen.availableGeometry()
    window.setMinimumSize(
        min(MINIMUM.width(), available.width()), min(MINIMUM.height(), available.height())
    )
    if initial:
        window.setGeometry(first_geometry(available))
        return
    if window.isMaximized() or window.isFullScreen():
        return
    _fit_frame(window, available, MINIMUM)


def fit_dialog_to_screen(dialog: QWidget) -> None:
    """Make a dialog's frame fit its screen, shrunk no further than its layout allows: a
    dialog sized for a big screen must not lose its top edge (its title bar) on 1024×700."""
    _fit_frame(dialog, dialog.screen().availableGeometry(), dialog.minimumSizeHint())


def _fit_frame(window: QWidget, available: QRect, minimum: QSize) -> None:
    inner, frame = window.geometry(), window.frameGeometry()
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    placed = fitted(frame, available, minimum + QSize(extra_w, extra_h))
    if placed != frame:
        window.setGeometry(
            QRect(
                placed.left() + (inner.left() - frame.left()),
                placed.top() + (inner.top() - frame.top()),
                placed.width() - extra_w,
                placed.height() - extra_h,
            )
        )
