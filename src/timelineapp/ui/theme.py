"""The window's light and dark looks: one QPalette for every widget, and the timeline's colours.

By default the app follows the system: the platform's colour scheme when it says one (Qt's
``styleHints().colorScheme()``), else the lightness of the style's own palette. View › Theme
chooses light or dark explicitly. An explicit choice switches to the Fusion style, the one Qt
style that draws every widget from the palette, so panes, tables, dialogs, menus and tooltips
all follow; "system" gives the platform its own style and palette back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QToolTip, QWidget

from ..render.theme import ThemeName
from .mark_colours import flag_color
from .settings import UiTheme

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

# (role, active/inactive colour, disabled colour or None for the same)
_DARK: tuple[tuple[QPalette.ColorRole, str, str | None], ...] = (
    (_Role.Window, "#26282c", None),
    (_Role.WindowText, "#e6e6e6", "#7d8288"),
    (_Role.Base, "#1e1f22", "#26282c"),
    (_Role.AlternateBase, "#2a2c31", None),
    (_Role.ToolTipBase, "#33363b", None),
    (_Role.ToolTipText, "#f0f0f0", None),
    (_Role.PlaceholderText, "#9aa0a6", None),
    (_Role.Text, "#e6e6e6", "#7d8288"),
    (_Role.Button, "#2f3237", None),
    (_Role.ButtonText, "#e6e6e6", "#7d8288"),
    (_Role.BrightText, "#ff6b6b", None),
    (_Role.Light, "#45484f", None),
    (_Role.Midlight, "#383b41", None),
    (_Role.Mid, "#2c2e33", None),
    (_Role.Dark, "#141517", None),
    (_Role.Shadow, "#000000", None),
    (_Role.Highlight, "#336fcc", "#45484f"),  # white text on it: 4.9:1
    (_Role.HighlightedText, "#ffffff", "#9aa0a6"),
    (_Role.Link, "#8ab4f8", None),
    (_Role.LinkVisited, "#c58af9", None),
)

_LIGHT: tuple[tuple[QPalette.ColorRole, str, str | None], ...] = (
    (_Role.Window, "#f3f4f6", None),
    (_Role.WindowText, "#1f2328", "#8c959f"),
    (_Role.Base, "#ffffff", "#f3f4f6"),
    (_Role.AlternateBase, "#f6f8fa", None),
    (_Role.ToolTipBase, "#ffffdc", None),
    (_Role.ToolTipText, "#1f2328", None),
    (_Role.PlaceholderText, "#656d76", None),
    (_Role.Text, "#1f2328", "#8c959f"),
    (_Role.Button, "#eceef1", None),
    (_Role.ButtonText, "#1f2328", "#8c959f"),
    (_Role.BrightText, "#cf222e", None),
    (_Role.Light, "#ffffff", None),
    (_Role.Midlight, "#e4e7eb", None),
    (_Role.Mid, "#b8bec6", None),
    (_Role.Dark, "#8c959f", None),
    (_Role.Shadow, "#57606a", None),
    (_Role.Highlight, "#1a73e8", "#d0d7de"),
    (_Role.HighlightedText, "#ffffff", "#1f2328"),
    (_Role.Link, "#0b57d0", None),
    (_Role.LinkVisited, "#6f42c1", None),
)


def palette_for(dark: bool) -> QPalette:
    """The whole-app palette of the light or dark look (every role, every colour group)."""
    palette = QPalette()
    for role, colour, disabled in _DARK if dark else _LIGHT:
        palette.setColor(_Group.Active, role, QColor(colour))
        palette.setColor(_Group.Inactive, role, QColor(colour))
        palette.setColor(_Group.Disabled, role, QColor(disabled or colour))
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether a palette draws light text on a dark window."""
    return palette.color(_Role.Window).lightness() < palette.color(_Role.WindowText).lightness()


class ThemeSwitcher:
    """Applies a :class:`UiTheme` to the whole application."""

    _STYLE_PROPERTY = "timelineapp-system-style"

    def __init__(self, qapp: QApplication) -> None:
        self._qapp = qapp
        self._current = UiTheme.SYSTEM

    def _system_style(self) -> str | None:
        """The platform's style, as it was before an explicit theme first replaced it; None
        while none has (the style is then the platform's own). Kept on the application: a
        second window of the same process must not take Fusion for it."""
        found = self._qapp.property(self._STYLE_PROPERTY)
        return str(found) if found else None

    def _remember_system_style(self) -> None:
        """Note the platform's style before a theme replaces it (the first time only). Not
        done at start: asking Qt for the style makes PySide build the QStyle class and its
        enums, a few milliseconds before the first frame for a start that keeps it."""
        if self._system_style() is None:
            style = self._qapp.style()
            self._qapp.setProperty(self._STYLE_PROPERTY, style.name() if style else "fusion")

    @property
    def current(self) -> UiTheme:
        return self._current

    def system_is_dark(self) -> bool:
        """The platform's colour scheme, or, when it says none, its palette's lightness."""
        hints = QGuiApplication.styleHints()
        scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
        if scheme != Qt.ColorScheme.Unknown:
            return scheme == Qt.ColorScheme.Dark
        if self._current is UiTheme.SYSTEM:
            return is_dark(self._qapp.palette())
        style = self._qapp.style()
        return style is not None and is_dark(style.standardPalette())

    def dark(self, choice: UiTheme | None = None) -> bool:
        """Whether ``choice`` (default: the current one) looks dark on this system."""
        choice = choice or self._current
        if choice is UiTheme.SYSTEM:
            return self.system_is_dark()
        return choice is UiTheme.DARK

    def render_theme(self, choice: UiTheme | None = None) -> ThemeName:
        """The timeline's colours that go with the window's look."""
        return ThemeName.DARK if self.dark(choice) else ThemeName.LIGHT

    def apply(self, choice: UiTheme, *, restyle: bool = True) -> None:
        """Put ``choice`` in force. ``restyle=False`` before the window is built: no widget
        of its own has a style sheet to re-polish yet (``restyle_sheets`` would go over every
        other window of the process: in the tests, the shared window and closed ones)."""
        self._current = choice
        if choice is UiTheme.SYSTEM:
            system = self._system_style()
            if system is not None:  # else no theme ever replaced the platform's style
                style = self._qapp.style()
                name = style.name().lower() if style is not None else ""
                if name != system.lower():
                    self._qapp.setStyle(system)
            self._qapp.setPalette(QPalette())  # the style's and platform's own colours
            if self.system_is_dark() and not is_dark(self._qapp.palette()):
                # The platform says dark but the style's palette is light (Fusion without a
                # platform theme): our dark palette rather than half a dark look.
                self._qapp.setPalette(palette_for(dark=True))
        else:
            self._remember_system_style()
            style = self._qapp.style()
            if style is None or style.name().lower() != "fusion":
                fusion = QStyleFactory.create("Fusion")
                if fusion is not None:
                    self._qapp.setStyle(fusion)
            self._qapp.setPalette(palette_for(dark=choice is UiTheme.DARK))
        QToolTip.setPalette(self._qapp.palette())
        if restyle:
            restyle_sheets()


_HAD_SHEET = "timelineapp_had_style_sheet"


def clear_style_sheet(widget: QWidget) -> None:
    """Take ``widget``'s style sheet away, and let ``restyle_sheets`` know it had one."""
    widget.setStyleSheet("")
    widget.setProperty(_HAD_SHEET, True)


def restyle_sheets() -> None:
    """Style every widget that has or had a style sheet again, in the palette now in force.

    A widget with a style sheet (the active pane's title) and its children keep the palette
    they were polished in, even across an application palette change: the Events table
    stayed in the old theme until a restart (QA #112). Setting the sheet again re-polishes
    them in the new colours; nothing else has a sheet to lose. A widget whose sheet was taken
    away (``clear_style_sheet``: a pane no longer active) is given back the palette it had
    when the sheet was set, and keeps it across later changes too: the Event pane, once
    active, stayed light in the dark theme. Polished with a sheet and without it again, it
    follows the new palette.
    """
    for widget in QApplication.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
        elif widget.property(_HAD_SHEET):
            widget.setStyleSheet("* {}")
            widget.setStyleSheet("")


# (role set on the widget, role of the same palette it is copied from, or the colour that
# goes with that palette: mark_colours.flag_color)
RoleCopy = tuple[QPalette.ColorRole, QPalette.ColorRole | Callable[[QPalette], QColor]]


class _RoleFollower(QObject):
    """Copies palette roles within one widget's palette again whenever its palette changes."""

    def __init__(self, widget: QWidget, copies: tuple[RoleCopy, ...]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._copies = copies
        self.copy()
        widget.installEventFilter(self)

    def copy(self) -> None:
        palette = self._widget.palette()
        changed = False
        for target, source in self._copies:
            for group in (_Group.Active, _Group.Inactive, _Group.Disabled):
                colour = (
                    palette.color(group, source)
                    if isinstance(source, QPalette.ColorRole)
                    else source(palette)
                )
                if palette.color(group, target) != colour:
                    palette.setColor(group, target, colour)
                    changed = True
        if changed:
            self._widget.setPalette(palette)  # one more PaletteChange, which changes nothing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        ):
            self.copy()
        return False


def follow_roles(widget: QWidget, *copies: RoleCopy) -> None:
    """Give ``widget`` some roles in the colours of others (a link-coloured button text, a
    tooltip-coloured banner), now and after every theme change.

    A colour copied once is an explicit colour: it stays the old theme's when the theme
    changes (the Event pane's actor links, dark blue on dark grey: QA #112).
    """
    _RoleFollower(widget, copies)


def follow_flag(widget: QWidget, role: QPalette.ColorRole) -> None:
    """Draw ``widget``'s ``role`` in the provenance warnings' red of the look in force, now
    and after every theme change (the light look's red is too dark on the dark one)."""
    _RoleFollower(widget, ((role, flag_color),))
