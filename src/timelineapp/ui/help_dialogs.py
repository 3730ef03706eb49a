"""Help › User Guide, File Format and About: local pages only, nothing fetched from the web.

The guide and the format reference are the README's own sections, shipped in
``resources/help/`` (``packaging/make_help.py`` writes them), in English and, from
``docs/guide.fr.md``, in French: the page is the window's language, English when there is
none in it. Links in them open in the browser only when clicked, and only when they are
http(s); the text is Markdown shown as text, nothing is loaded from anywhere. About lists
the libraries the app runs on with their versions and licences, read from the installed
packages' metadata.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Collection
from importlib import metadata

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QFontDatabase,
    QTextBlockFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..resources import resource_path

_log = logging.getLogger(__name__)
_NAME = re.compile(r"^[A-Za-z0-9._-]+")


def _read(*parts: str) -> str:
    try:
        return resource_path(*parts).read_text(encoding="utf-8")
    except OSError:
        _log.exception("help page %s missing", "/".join(parts))
        return ""


def _page(name: str, parent: QWidget) -> str:
    """The help page ``name`` in the window's language, else in English."""
    language = parent.locale().name().split("_")[0]
    if language != "en" and resource_path("help", f"{name}.{language}.md").is_file():
        return _read("help", f"{name}.{language}.md")
    return _read("help", f"{name}.md")


def _open_web_link(url: QUrl) -> None:
    """Links leave the app only for the web, and only on a click."""
    if url.scheme() in ("http", "https"):
        QDesktopServices.openUrl(url)


def _browser(markdown: str | None = None, plain: str | None = None) -> QTextBrowser:
    view = QTextBrowser()
    view.setOpenLinks(False)  # never followed inside: see _open_web_link
    view.anchorClicked.connect(_open_web_link)
    # Lines wrap at the window's width, and a word longer than the width (a path, a long
    # code span) breaks anywhere: the page never scrolls sideways, even at 1024×700.
    view.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
    view.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    if markdown is not None:
        view.setMarkdown(markdown)
        _fit_to_width(view)
    else:
        view.setPlainText(plain or "")
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    return view


def _fit_to_width(view: QTextBrowser) -> None:
    """Let code blocks wrap: Markdown makes them non-breaking, and one long command line
    then puts a horizontal scroll bar under the whole page (tables already fit the width
    once a long word may break anywhere)."""
    document = view.document()
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        if block.blockFormat().nonBreakableLines():
            wrapping = QTextBlockFormat()
            wrapping.setNonBreakableLines(False)
            cursor.setPosition(block.position())
            cursor.mergeBlockFormat(wrapping)
        block = block.next()
    document.setModified(False)


class HelpDialog(QDialog):
    """A window of help text, non-modal so it can stay open beside the timeline."""

    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("help-dialog")
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        available = self.screen().availableGeometry()
        self.resize(min(820, available.width()), min(760, available.height()))
        body.setFocus()


def user_guide_dialog(parent: QWidget) -> HelpDialog:
    view = _browser(markdown=_page("user-guide", parent))
    view.setAccessibleName(QCoreApplication.translate("HelpDialog", "User Guide"))
    return HelpDialog(
        QCoreApplication.translate("HelpDialog", "timelineapp User Guide"), view, parent
    )


# The reference names two files of the repository; in the window each is a link to what it
# is, inside the app (QA #66: as repository paths they were dead links, then plain text).
_IN_APP = "timelineapp-help"
_REPOSITORY_FILES = {
    "resources/schema/timelineapp-events-v1.schema.json": "schema",
    "resources/examples/niger-2024/niger-2024.timeline.json": "example",
}


def _in_app_links(markdown: str, names: Collection[str]) -> str:
    """``markdown`` with each repository path named in ``_REPOSITORY_FILES`` (and in
    ``names``) written as a link the dialog answers itself."""
    for path, name in _REPOSITORY_FILES.items():
        if name in names:
            markdown = markdown.replace(f"`{path}`", f"[`{path}`]({_IN_APP}:{name})")
    return markdown


def file_format_dialog(
    parent: QWidget, open_example: Callable[[], object] | None = None
) -> HelpDialog:
    """Help › File Format: the reference and the JSON Schema. In the reference, the schema's
    path shows the JSON Schema tab and the example's opens the example (``open_example``,
    Help › Open Example) when given."""
    tabs = QTabWidget()
    linked = {"schema", "example"} if open_example is not None else {"schema"}
    reference = _browser(markdown=_in_app_links(_page("file-format", parent), linked))
    reference.setAccessibleName(QCoreApplication.translate("HelpDialog", "Format reference"))
    tabs.addTab(reference, QCoreApplication.translate("HelpDialog", "Reference"))
    schema = _browser(plain=_read("schema", "timelineapp-events-v1.schema.json"))
    schema.setAccessibleName(QCoreApplication.translate("HelpDialog", "JSON Schema"))
    tabs.addTab(schema, QCoreApplication.translate("HelpDialog", "JSON Schema"))

    def on_link(url: QUrl) -> None:
        if url.scheme() != _IN_APP:
            return  # the web: _open_web_link
        if url.path() == "schema":
            tabs.setCurrentWidget(schema)
            schema.setFocus()
        elif url.path() == "example" and open_example is not None:
            open_example()

    reference.anchorClicked.connect(on_link)
    return HelpDialog(QCoreApplication.translate("HelpDialog", "Event File Format"), tabs, parent)


def _licence(meta: metadata.PackageMetadata) -> str:
    """The SPDX expression when the package gives one, else its short licence or classifiers."""
    fields = meta.json
    expression = fields.get("license_expression")
    if isinstance(expression, str) and expression:
        return expression
    licence = fields.get("license")
    short = licence.strip() if isinstance(licence, str) else ""
    if short and "\n" not in short and len(short) < 60:
        return short
    classifiers = fields.get("classifier", [])
    names = [
        c.rsplit(" :: ", 1)[-1]
        for c in (classifiers if isinstance(classifiers, list) else [classifiers])
        if c.startswith("License")
    ]
    return ", ".join(names) or "?"


def libraries() -> list[tuple[str, str, str]]:
    """(name, version, licence) of the app's own runtime dependencies, as installed."""
    try:
        requires = metadata.requires("timelineapp") or []
    except metadata.PackageNotFoundError:
        return []
    found = []
    for requirement in requires:
        if "extra ==" in requirement:
            continue  # test and development tools are not part of the app
        match = _NAME.match(requirement)
        if match is None:
            continue
        try:
            dist = metadata.distribution(match.group())
        except metadata.PackageNotFoundError:
            continue
        found.append((str(dist.metadata["Name"]), dist.version, _licence(dist.metadata)))
    found.append(("Qt", _qt_version(), "LGPL-3.0-only"))
    return sorted(found, key=lambda row: row[0].lower())


def _qt_version() -> str:
    from PySide6.QtCore import qVersion

    return str(qVersion())


class AboutDialog(QDialog):
    """Help › About: version, licence, and the libraries used with their licences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About timelineapp"))
        layout = QVBoxLayout(self)
        title = QLabel(f"timelineapp {__version__}")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        words = QLabel(
            self.tr(
                "A workbench for sourced chronologies: every event traceable to verbatim "
                "quotes, no date more precise than its source."
            )
        )
        words.setWordWrap(True)
        layout.addWidget(words)
        licence = QLabel(self.tr("Licence: {licence}").format(licence=_own_licence()))
        layout.addWidget(licence)
        layout.addWidget(QLabel(self.tr("Built with:")))
        self.libraries = QTreeWidget()
        self.libraries.setRootIsDecorated(False)
        self.libraries.setHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        self.libraries.setAccessibleName(self.tr("Libraries used"))
        for row in libraries():
            self.libraries.addTopLevelItem(QTreeWidgetItem(list(row)))
        for column in range(3):
            self.libraries.resizeColumnToContents(column)
        layout.addWidget(self.libraries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 460)


def _own_licence() -> str:
    try:
        return _licence(metadata.metadata("timelineapp"))
    except metadata.PackageNotFoundError:
        return "MIT"
