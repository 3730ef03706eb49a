"""French for the few strings of Qt's own dialogs that Qt's ``qtbase_fr.qm`` lacks.

WORKAROUND: Qt 6.11's file dialog gained mnemonics ("&Look in:", "Files of &type:") and its
file-type column a disambiguated "Folder", and the French file shipped with PySide6 6.11 has
only the old strings, so a French Open dialog said "Look in:" and "Folder" (seen in the frozen
app under ``LANG=fr_FR.UTF-8``). Qt looks these up under its own contexts; our translator is
installed after Qt's, so it answers first. The literal calls below only put them in our
``.ts`` files (pyside6-lupdate reads calls, not data). Remove an entry once Qt's French has it
(``tests/ui/test_qt_translation_gaps.py`` says which).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_strings_we_translate() -> dict[tuple[str, str, str | None], str]:
    """Each Qt string translated here, as (context, source, disambiguation): its words now."""
    translate = QCoreApplication.translate
    return {
        ("QFileDialog", "&Look in:", None): translate("QFileDialog", "&Look in:"),
        ("QFileDialog", "Files of &type:", None): translate("QFileDialog", "Files of &type:"),
        ("QAbstractFileIconProvider", "Folder", "All other platforms"): translate(
            "QAbstractFileIconProvider", "Folder", "All other platforms"
        ),
        ("QAbstractFileIconProvider", "Drive", None): translate(
            "QAbstractFileIconProvider", "Drive"
        ),
    }
