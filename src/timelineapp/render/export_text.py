"""The words of an exported picture: title block, provenance list, sources footer.

Laid out as plain-text paragraphs (file text is never HTML) in the export's language:
:func:`export_language` puts that language's translations in front for the time of one export,
so a French report can be made from an English window and the other way round. Everything
generated goes through the ``Export`` context, punctuation included: French typography (« »,
a no-break space before : ; ? !) comes with the French translations, not from code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QTranslator
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextLayout, QTextOption

from .. import __version__
from ..model.dates import cached_date
from ..model.issues import Issue
from ..model.plain_header import DocumentLike as Document
from ..model.provenance import excerpts, summarise
from ..model.timeline import Timeline
from ..model.untrusted_text import shown
from ..resources import resource_path
from .date_words import describe_date
from .evidence_words import footer_evidence
from .export_options import Export, ExportedFile, PhraseWarning, english_plural
from .font_gaps import code_points

if TYPE_CHECKING:
    from .export_layout import ExportContext

PAD = 16.0  # around the title, legend and footer blocks
_RUNS_OF_SPACE = re.compile(r"[ \t\r\n\f\v\u2028\u2029]+")
LANGUAGES = ("en", "fr")  # languages an export can be made in ("" = the window's)


# --- the export's language ----------------------------------------------------------------


class _EnglishTranslator(QTranslator):
    """English whatever else is installed: the English plural forms, else the source text.

    Installed last, a translator is asked first; an empty answer would let the window's
    translator (French, say) answer instead, so this one always answers.
    """

    def __init__(self, plurals: QTranslator) -> None:
        super().__init__()
        self._plurals = plurals

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = self._plurals.translate(context, source, disambiguation, n)
        return found or english_plural(source, n).replace("%Ln", str(n)).replace("%n", str(n))

    def isEmpty(self) -> bool:
        return False


@contextmanager
def export_language(language: str) -> Iterator[None]:
    """Translate into ``language`` ("en", "fr") meanwhile; "" keeps the window's language."""
    app = QCoreApplication.instance()
    if not language or app is None:
        yield
        return
    if language not in LANGUAGES:
        raise ValueError(f"no export language {language!r}: use {', '.join(LANGUAGES)}")
    folder = str(resource_path("translations"))
    translator: QTranslator
    if language == "en":
        plurals = QTranslator()
        plurals.load("timelineapp_en", folder)
        translator = _EnglishTranslator(plurals)
    else:
        translator = QTranslator()
        if not translator.load(f"timelineapp_{language}", folder):
            raise ValueError(f"the {language} translation is missing from {folder}")
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def _join(parts: Sequence[str]) -> str:
    """Parts of one sentence, separated as the language does ("a; b", French "a ; b")."""
    separator = QCoreApplication.translate("Export", "; ")
    return separator.join(parts)


# --- paragraphs ---------------------------------------------------------------------------


@dataclass
class LaidText:
    """A wrapped paragraph, laid out once and drawn as plain text (never HTML)."""

    layout: QTextLayout
    height: float
    color: QColor
    top: float = 0.0

    def draw(self, painter: QPainter, left: float) -> None:
        painter.setPen(QPen(self.color))
        self.layout.draw(painter, QPointF(left, self.top))


def paragraph(text: str, font: QFont, width: float, color: QColor) -> LaidText:
    # File text may hold newlines or tabs; a paragraph is one line of words. Only those are
    # folded: str.split() would also fold the no-break spaces of French typography (« a »,
    # "Filtre : …") into ordinary ones, where a line may break.
    clean = _RUNS_OF_SPACE.sub(" ", text).strip(" ")
    layout = QTextLayout(clean, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0.0, y))
        y += line.height()
    layout.endLayout()
    return LaidText(layout, y, color)


def stack(texts: Sequence[LaidText], top: float, gap: float) -> float:
    """Place paragraphs one under another from ``top``; returns the bottom."""
    y = top
    for k, text in enumerate(texts):
        y += gap if k else 0.0
        text.top = y
        y += text.height
    return y


def header_texts(ctx: ExportContext, page: int, pages: int, width: float) -> list[LaidText]:
    options = ctx.options
    theme_ = ctx.theme
    inner = width - 2 * PAD
    texts: list[LaidText] = []
    if options.include_title:
        title_font = QFont(ctx.font)
        title_font.setPixelSize(round(options.font_pixel_size * 1.6))
        title_font.setBold(True)
        title = options.title if options.title else ctx.timeline.title
        texts.append(paragraph(title, title_font, inner, theme_.text))
        if ctx.shown < ctx.total:
            shown = ctx.names.locale.toString(ctx.shown)
            counts = english_plural(
                Export.tr("{shown} of %Ln event(s) shown", "", ctx.total),
                ctx.total,
            ).format(shown=shown)
        else:
            counts = english_plural(Export.tr("%Ln event(s)", "", ctx.total), ctx.total)
        if ctx.undated:
            counts += QCoreApplication.translate("Export", "; ") + english_plural(
                Export.tr("%Ln undated event(s) not on the timeline", "", ctx.undated),
                ctx.undated,
            )
        if pages > 1:
            counts += " · " + QCoreApplication.translate("Export", "page {page} of {pages}").format(
                page=page + 1, pages=pages
            )
        texts.append(paragraph(counts, ctx.font, inner, theme_.muted))
    if options.include_filter and ctx.filter_description:
        text = QCoreApplication.translate("Export", "Filter: {filter}").format(
            filter=ctx.filter_description
        )
        texts.append(paragraph(text, ctx.font, inner, theme_.muted))
    return texts


def _source_text(number: int, document: Document) -> str:
    details = [
        part
        for part in (
            document.author,
            document.publisher,
            _published_words(document.published),
            document.url or document.archive_url,
        )
        if part
    ]
    text = f"[{number}] {shown(document.title, 300)}"
    return text + (" — " + ", ".join(details) if details else "")


def _published_words(published: str | None) -> str | None:
    """A publication date in words ("one day between 31 May 2024 and 28 June 2024"), as the
    rest of the app says dates; the EDTF text only if it cannot be read."""
    if not published:
        return None
    try:
        return describe_date(cached_date(published))
    except ValueError:  # a DateError, or no point at all
        return published


_MAX_PROBLEMS_LISTED = 8
_PHRASE_CHARACTERS = 120  # a date phrase is a few words; a stranger's may be a page
_SAYS_NO_DATE = "date_phrase_says_no_date"  # the codes of model.reference_issues
_OF_SOURCE = "source_date_phrase_disagrees"


def provenance_lines(
    timeline: Timeline, events: Sequence[int], phrases: Sequence[PhraseWarning] = ()
) -> tuple[str, list[str]]:
    """The headline ("2 quotes do not match their documents") and one line per problem,
    for the exported events; ("", []) when their evidence is sound.

    ``phrases`` are the exported events' date phrases that cannot mean their date or say no
    date (``extract.phrase_check``'s rule, found by the caller): each kind is counted under
    its own words, as the Provenance pane counts them (QA #133)."""
    provenance = timeline.provenance
    problems = [p for e in events for p in provenance.event_problems(e)]
    quotes, tampered = summarise(problems)
    unreadable = sum(1 for e in events if e in provenance.unverifiable)
    dateless = sum(issue.code == _SAYS_NO_DATE for _, issue in phrases)
    disagreeing = len(phrases) - dateless
    heads = []
    if quotes:
        heads.append(
            english_plural(
                Export.tr("%Ln quote(s) do not match their documents", "", quotes),
                quotes,
            )
        )
    if tampered:
        heads.append(
            english_plural(
                Export.tr("%Ln date phrase(s) do not match their documents", "", tampered),
                tampered,
            )
        )
    if disagreeing:
        heads.append(
            english_plural(
                Export.tr("%Ln date phrase(s) do not match their date", "", disagreeing),
                disagreeing,
            )
        )
    if dateless:
        heads.append(
            english_plural(Export.tr("%Ln date phrase(s) say no date", "", dateless), dateless)
        )
    if unreadable:
        heads.append(
            english_plural(
                Export.tr("%Ln event(s) cite a document that cannot be read", "", unreadable),
                unreadable,
            )
        )
    if not heads:
        return "", []
    lines = []
    for problem in problems[:_MAX_PROBLEMS_LISTED]:
        title = timeline.titles[problem.event]
        recorded, now = provenance.passage_texts(problem, timeline.event(problem.event))
        if now is None:
            lines.append(
                QCoreApplication.translate(
                    "Export", "“{title}”: the document cannot be read"
                ).replace("{title}", title)
            )
            continue
        was, is_now = excerpts(recorded, now)
        what = (
            QCoreApplication.translate("Export", "date phrase")
            if problem.is_date_phrase
            else QCoreApplication.translate("Export", "quote")
        )
        lines.append(
            QCoreApplication.translate(
                "Export",
                "“{title}”, {what}: the file records “{was}”, the document now says “{now}”",
            )
            .replace("{title}", title)
            .replace("{what}", what)
            .replace("{was}", was)
            .replace("{now}", is_now)
        )
    room = max(0, _MAX_PROBLEMS_LISTED - len(problems))
    lines.extend(_phrase_line(timeline, event, issue) for event, issue in phrases[:room])
    listed = len(problems) + len(phrases)
    if listed > _MAX_PROBLEMS_LISTED:
        more = listed - _MAX_PROBLEMS_LISTED
        lines.append(
            english_plural(
                Export.tr("… and %Ln more (timelineapp validate lists them all)", "", more),
                more,
            )
        )
    return "⚠ " + _join(heads), lines


def _phrase_line(timeline: Timeline, event: int, issue: Issue) -> str:
    """One date-phrase warning in the export's language: what the phrase reads and the date
    it stands for, or that it says no date."""
    said = dict(issue.arguments)
    if issue.code == _SAYS_NO_DATE:
        template = QCoreApplication.translate(
            "Export", "“{title}”: the date phrase “{phrase}” says no date"
        )
    elif issue.code == _OF_SOURCE:
        template = QCoreApplication.translate(
            "Export",
            "“{title}”: the date phrase “{phrase}” reads {reading}, not its source's own "
            "date {date}",
        )
    else:
        template = QCoreApplication.translate(
            "Export",
            "“{title}”: the date phrase “{phrase}” reads {reading}, not the event's date {date}",
        )
    # One replace at a time, each value put in once: a title or a phrase holding "{date}"
    # stays as written.
    parts = re.split(r"(\{title\}|\{phrase\}|\{reading\}|\{date\})", template)
    values = {
        "{title}": timeline.titles[event],
        "{phrase}": shown(said.get("phrase", ""), _PHRASE_CHARACTERS),
        "{reading}": said.get("reading", ""),
        "{date}": said.get("date", ""),
    }
    return "".join(values.get(part, part) for part in parts)


def _provenance_block(ctx: ExportContext, width: float) -> list[LaidText]:
    """Broken evidence is said in the picture itself, not only on a terminal."""
    head, lines = provenance_lines(ctx.timeline, ctx.flagged, ctx.phrase_warnings)
    if not head:
        return []
    inner = width - 2 * PAD
    bold = QFont(ctx.font)
    bold.setBold(True)
    texts = [paragraph(head, bold, inner, ctx.theme.disputed)]
    texts.extend(paragraph(line, ctx.font, inner, ctx.theme.text) for line in lines)
    return texts


def footer_texts(ctx: ExportContext, width: float) -> list[LaidText]:
    if not ctx.options.include_footer:
        return _provenance_block(ctx, width)
    theme_ = ctx.theme
    inner = width - 2 * PAD
    bold = QFont(ctx.font)
    bold.setBold(True)
    texts: list[LaidText] = _provenance_block(ctx, width)
    if ctx.sources:
        texts.append(
            paragraph(QCoreApplication.translate("Export", "Sources"), bold, inner, theme_.text)
        )
        numbers = {document.id: number for number, document in ctx.sources}
        titles = {d.id: d.title for d in ctx.timeline.documents}
        for number, document in ctx.sources:
            line = _source_text(number, document)
            line += " · " + footer_evidence(document, numbers, titles)  # issue 18
            texts.append(paragraph(line, ctx.font, inner, theme_.text))
        if ctx.more_sources:
            more = english_plural(
                Export.tr(
                    "… and %Ln more source document(s), listed in the event file",
                    "",
                    ctx.more_sources,
                ),
                ctx.more_sources,
            )
            texts.append(paragraph(more, ctx.font, inner, theme_.muted))
    else:
        texts.append(
            paragraph(
                QCoreApplication.translate(
                    "Export", "No source documents are cited by the events shown."
                ),
                ctx.font,
                inner,
                theme_.muted,
            )
        )
    if ctx.missing:
        texts.append(
            paragraph(
                QCoreApplication.translate(
                    "Export",
                    "Characters no font on this machine has, drawn as boxes: {characters}",
                ).format(characters=code_points(ctx.missing)),
                ctx.font,
                inner,
                theme_.muted,
            )
        )
    description = ctx.filter_description or QCoreApplication.translate(
        "Export", "none (all events)"
    )
    texts.append(
        paragraph(
            QCoreApplication.translate("Export", "Filter: {filter}").format(filter=description),
            ctx.font,
            inner,
            theme_.muted,
        )
    )
    provenance = file_words(ctx.file, ctx.timeline)
    if ctx.options.export_date:
        provenance += " · " + QCoreApplication.translate(
            "Export", "exported {date} with timelineapp {version}"
        ).format(date=ctx.options.export_date, version=__version__)
    texts.append(paragraph(provenance, ctx.font, inner, theme_.muted))
    return texts


def shown_file(file: ExportedFile | None, timeline: Timeline) -> ExportedFile:
    """The file an export names: ``file``, else the timeline's as it was read."""
    if file is not None:
        return file
    loaded = timeline.loaded
    return ExportedFile(loaded.name, loaded.content_hash or None)


def file_words(file: ExportedFile | None, timeline: Timeline) -> str:
    """The footer's file line: its name and the short SHA-256 of its bytes on disk, so that
    a reader can tie the picture to the file; when the picture shows changes not saved, or
    a draft never saved, it says so and quotes no hash (QA #134)."""
    named = shown_file(file, timeline)
    if named.sha256:
        return QCoreApplication.translate("Export", "File: {name} · SHA-256 {hash}").format(
            name=named.name, hash=named.sha256[:12]
        )
    if named.never_saved:
        return QCoreApplication.translate(
            "Export", "Not saved in any file: the picture shows a draft (no SHA-256)"
        )
    if named.unsaved:
        return QCoreApplication.translate(
            "Export",
            "File: {name}, with changes not saved: the picture is not of the file on disk "
            "(no SHA-256)",
        ).format(name=named.name)
    return QCoreApplication.translate("Export", "File: {name}").format(name=named.name)
