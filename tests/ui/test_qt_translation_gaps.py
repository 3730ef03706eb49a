"""Qt's own dialogs in French: the strings Qt's French file lacks come from ours."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator

from timelineapp.resources import resource_path
from timelineapp.ui.qt_translation_gaps import qt_strings_we_translate


@pytest.fixture
def french(install_translator: Callable[[QTranslator], None]) -> None:
    translator = QTranslator()
    assert translator.load("timelineapp_fr", str(resource_path("translations")))
    install_translator(translator)


@pytest.mark.usefixtures("french")
def test_the_file_dialog_strings_qt_lacks_are_french() -> None:
    words = qt_strings_we_translate()
    assert words[("QFileDialog", "&Look in:", None)] == "&Voir dans\u00a0:"
    untranslated = [key for key, said in words.items() if said == key[1]]
    assert not untranslated


def test_each_is_still_missing_from_qts_french() -> None:
    """When Qt's French gains one of them, remove it from ours (ours would hide Qt's)."""
    qt = QTranslator()
    assert qt.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    present = [key for key in qt_strings_we_translate() if qt.translate(key[0], key[1], key[2])]
    assert not present
