"""Edit › Preferences: the load cache (folder, size, budget, clearing), the theme, the language.

The dialog applies what it changes when it closes (the budget evicts least recently used
entries at once) and says so through ``applied``, so the caller saves the settings then.
The theme reuses View › Theme's actions: one place decides what a theme choice does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model.loading import cache as load_cache
from .settings import Settings, UiTheme

GB = 1 << 30  # the spin box's unit, a GiB: sizes are 1024-based with IEC names (see size_text)
MIN_BUDGET_GB = 0.1
MAX_BUDGET_GB = 1024.0


def size_text(size: int) -> str:
    """A size in the user's locale, in the same 1024-based units as the budget.

    IEC names ("GiB", French "Gio"), as every size in the app (``model/loading/read.size_text``
    says why): Qt's traditional format calls 1024² "MB", which is not what MB means.
    """
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeIecFormat)


class PreferencesDialog(QDialog):
    """The settings a user may want to change, in one place."""

    applied = Signal()  # the settings were changed: save them

    def __init__(
        self,
        settings: Settings,
        cache_dir: Path | None,
        theme_actions: dict[UiTheme, QAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self._cache_dir = cache_dir
        self._theme_actions = theme_actions
        layout = QVBoxLayout(self)
        layout.addWidget(self._cache_group())
        layout.addWidget(self._appearance_group())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.finished.connect(self.on_finished)
        self.refresh_size()

    def _cache_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Load cache"))
        form = QFormLayout(group)
        folder = str(self._cache_dir) if self._cache_dir is not None else self.tr("(none)")
        self.folder_label = QLabel(folder)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)  # a path is never markup
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Folder:"), self.folder_label)
        self.size_label = QLabel()
        form.addRow(self.tr("Size:"), self.size_label)
        self.budget_spin = QDoubleSpinBox()
        self.budget_spin.setRange(MIN_BUDGET_GB, MAX_BUDGET_GB)
        self.budget_spin.setDecimals(1)
        self.budget_spin.setSingleStep(0.5)
        self.budget_spin.setSuffix(self.tr(" GiB"))
        self.budget_spin.setValue(self._settings.cache_budget / GB)
        self.budget_spin.setToolTip(
            self.tr(
                "When the cache grows beyond this, the entries used least recently are removed."
            )
        )
        form.addRow(self.tr("&Budget:"), self.budget_spin)
        self.clear_button = QPushButton(self.tr("&Clear Cache…"))
        self.clear_button.clicked.connect(self.on_clear)
        form.addRow("", self.clear_button)
        note = QLabel(
            self.tr(
                "The cache makes big event files reopen fast. Clearing it never touches "
                "your event files or documents."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        return group

    def _appearance_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Appearance"))
        form = QFormLayout(group)
        self.theme_combo = QComboBox()
        for theme, act in self._theme_actions.items():
            self.theme_combo.addItem(act.iconText(), theme.value)  # View › Theme's names
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(self._settings.theme.value))
        self.theme_combo.activated.connect(self.on_theme_activated)
        form.addRow(self.tr("&Theme:"), self.theme_combo)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("System"), "")
        # Each language in its own name, as a user who cannot read the other finds theirs.
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Français", "fr")
        self.language_combo.setCurrentIndex(self.language_combo.findData(self._settings.language))
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow("", QLabel(self.tr("A new language applies at the next start.")))
        return group

    # --- slots --------------------------------------------------------------------------
    def refresh_size(self) -> None:
        size = load_cache.cache_size(self._cache_dir) if self._cache_dir is not None else 0
        self.size_label.setText(size_text(size))
        self.clear_button.setEnabled(size > 0)

    def on_theme_activated(self, index: int) -> None:
        # Triggering View › Theme's action: the window's one path for a theme change.
        self._theme_actions[UiTheme(self.theme_combo.itemData(index))].trigger()

    def on_clear(self) -> None:
        if self._cache_dir is None or not self.confirm_clear():
            return
        load_cache.clear(self._cache_dir)
        self.refresh_size()

    def confirm_clear(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Clear Cache"),
            self.tr(
                "Remove everything in the load cache? Big files will take longer to open "
                "the next time. Your event files and documents are not touched."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def on_finished(self) -> None:
        """Store the budget and the language, and bring the cache within the budget now."""
        self._settings.cache_budget = round(self.budget_spin.value() * GB)
        self._settings.language = self.language_combo.currentData()
        if self._cache_dir is not None:
            load_cache.evict(self._cache_dir, self._settings.cache_budget)
        self.applied.emit()
