"""TimelineJS (Knight Lab) timelines: the JSON format and the one slide conversion it shares
with the TimelineJS spreadsheet (:mod:`.timelinejs_sheet`).

A slide's ``start_date``/``end_date`` parts say how precise it is (:mod:`.date_parts`); its
HTML text becomes plain text with links kept as URLs (:mod:`.html_text`); ``media.url`` with
``credit`` becomes a source document without text, so the event shows as having no verified
quote; ``group`` becomes an actor or a tag; ``unique_id`` becomes the event id. Eras become
events tagged ``era`` (an interval with the era's title): the event file format has no layer
of spans behind the timeline, and a tagged event is drawn, filterable and exported back as an
era by :mod:`timelineapp.extract.exporters.timelinejs`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from timelineapp.model.format_rules import FORMAT_NAME
from timelineapp.model.issues import describe_found

from .base import GroupAs, ImportOptions, ImportResult, UnreadableInput
from .date_parts import PartsError, edtf_from_parts, read_parts
from .draft import Draft, clean, is_http_url, same_span, unread_date_note
from .html_text import html_to_text
from .messages import json_kind
from .report import ConversionReport, Outcome, ReportFormat, Where

FORMAT = "timelinejs"
ERA_TAG = "era"
_TITLE_LIMIT = 120
# Slide keys and what becomes of those the event file format cannot carry.
_DISPLAY_ONLY = {"background": "tjs_background", "autolink": "tjs_display_setting"}
_HANDLED = frozenset(
    {"start_date", "end_date", "text", "media", "group", "display_date", "unique_id", "type"}
)
_MEDIA_LOST = {
    "thumbnail": "tjs_media_thumbnail",
    "alt": "tjs_media_alt",
    "link_target": "tjs_display_setting",
}


def _nested(written: str, date: str) -> bool:
    """Whether ``written`` is an EDTF date whose span holds ``date``'s or lies within it
    ("198X" over a slide dated 1980, "2023-21" in a slide dated 2023): the same date said
    more or less precisely, not another one."""
    from timelineapp.model.dates import DateError, parse_date

    try:
        mine, theirs = parse_date(written), parse_date(date)
    except DateError:
        return False
    if mine.earliest <= theirs.earliest and theirs.latest <= mine.latest:
        return True
    return theirs.earliest <= mine.earliest and mine.latest <= theirs.latest


def import_timelinejs(raw: bytes, name: str, options: ImportOptions) -> ImportResult:
    """Read a TimelineJS JSON file (``{"title": …, "events": […], "eras": […]}``)."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise UnreadableInput(
            name, "not_utf8_text", byte=f"{raw[error.start]:02x}", offset=error.start
        ) from None
    except json.JSONDecodeError as error:
        raise UnreadableInput(
            f"{name}:{error.lineno}:{error.colno}", "json_error", error=error.msg
        ) from None
    root = Where(name)
    if isinstance(data, dict) and data.get("format") == FORMAT_NAME:
        raise UnreadableInput(name, "tjs_event_file")
    from .timelinejs2 import import_timelinejs2, is_timelinejs2

    if is_timelinejs2(data) and "events" not in data:
        return import_timelinejs2(data, name, options)
    if isinstance(data, dict) and not isinstance(data.get("events"), list):
        raise UnreadableInput(name, "tjs_no_events")
    if not isinstance(data, dict):
        raise UnreadableInput(name, "tjs_not_timeline", found=json_kind(data))
    report = ConversionReport(name, ReportFormat.TIMELINEJS)
    draft = Draft("", report)
    title = data.get("title")
    if isinstance(title, dict):
        read_title_slide(title, root.child("title"), draft)
    events = data["events"]
    for i, slide in enumerate(events):
        report.items_read += 1
        convert_slide(slide, root.child("events").child(i), draft, options)
    eras = data.get("eras")
    if isinstance(eras, list):
        for i, era in enumerate(eras):
            report.items_read += 1
            convert_slide(era, root.child("eras").child(i), draft, options, era=True)
    for key in data:
        if key not in ("title", "events", "eras", "scale"):
            report.lost(root.child(key), "tjs_key_unknown", key=key)
    if not draft.title:
        draft.title = name.rsplit("/", 1)[-1]
    return draft.result()


def read_title_slide(slide: Mapping[str, Any], where: Where, draft: Draft) -> None:
    """The title slide names the file and describes it; its media is a document."""
    text = slide.get("text") if isinstance(slide.get("text"), dict) else {}
    assert isinstance(text, dict)
    headline = html_to_text(clean(text.get("headline")))
    body = html_to_text(clean(text.get("text")))
    if headline:
        draft.title = " ".join(headline.split())
    if body:
        draft.description = body
    media = slide.get("media")
    if isinstance(media, dict):
        _media_source(media, where.child("media"), draft, headline or "title", [])


def convert_slide(
    slide: Any,
    where: Where,
    draft: Draft,
    options: ImportOptions,
    *,
    era: bool = False,
    date_form: str = "tjs_date_not_parts",
) -> None:
    """One TimelineJS slide (or era) into one event; everything lost is reported.

    ``date_form``: the report's code for a date that is not what the format documents."""
    report = draft.report
    if not isinstance(slide, dict):
        report.dropped(where, "tjs_not_object", found=json_kind(slide))
        return
    notes: list[str] = []
    text = slide.get("text")
    if isinstance(text, str):  # not the documented object: read as the slide's text
        report.lost(where.child("text"), "tjs_text_string", Outcome.CHANGED)
        text = {"text": text}
    elif not isinstance(text, dict):
        text = {}
    headline = " ".join(html_to_text(clean(text.get("headline"))).split())
    body = html_to_text(clean(text.get("text")))
    date = _slide_date(slide, where, draft, notes, date_form)
    display = clean(slide.get("display_date"))
    for key in ("start_date", "end_date"):
        part = slide.get(key)
        if isinstance(part, dict) and clean(part.get("display_date")):
            label = "Display date" if key == "start_date" else "Display end date"
            notes.append(f"{label}: {clean(part.get('display_date'))}")
    if display and date is not None and same_span(display, date):
        date = display  # what this app's TimelineJS export writes for "?", "~", "[..X]"…
    elif display and date is not None and _nested(display, date):
        # "198X" over a slide dated 1980, "2023-21" over 2023 (this app's exports before QA
        # #126): the display date is the date as written; said, the slide's kept in the note.
        report.changed(
            where.child("display_date"), "tjs_display_date_read", display=display, date=date
        )
        notes.insert(0, f"TimelineJS slide dates: {date}")
        date = display
    elif display:
        notes.insert(0, f"Display date: {display}")
    title = headline
    if not title:
        first_line = body.split("\n", 1)[0] if body else ""
        title = first_line[:_TITLE_LIMIT] or display or ("Era" if era else "")
        if not title and date is not None:
            # A dated slide with nothing to title it by is kept, titled by its date (QA #71:
            # it was dropped as having "no date").
            title = date
            report.changed(where.child("text"), "tjs_title_from_date", date=date)
        elif not title:
            report.dropped(where, "tjs_no_headline")
            return
        else:
            report.lost(where.child("text"), "tjs_headline_from_text", Outcome.CHANGED)
    if date is None and not any(key in slide for key in ("start_date", "end_date")):
        # TimelineJS itself refuses a slide without a date; kept undated here, and said
        # (QA #97), as a bad date already is.
        report.changed(where, "tjs_no_date")
    unique = clean(slide.get("unique_id"))
    fallback = f"{'era' if era else 'event'}-{draft.event_count + 1}"
    event_id = draft.event_id(unique, where.child("unique_id"), fallback)
    if unique and event_id != unique:
        notes.append(f"TimelineJS unique_id: {unique}")
    actors: list[dict[str, str]] = []
    tags: list[str] = [ERA_TAG] if era else []
    group = " ".join(html_to_text(clean(slide.get("group"))).split())  # HTML, as a headline
    if group:
        if options.group_as is GroupAs.TAG:
            tags.append(group)
        else:
            actors.append({"actor": draft.actor(group)})
    sources: list[dict[str, Any]] = []
    media = slide.get("media")
    if isinstance(media, dict):
        _media_source(media, where.child("media"), draft, title, notes, sources)
    elif media is not None:
        report.lost(where.child("media"), "tjs_media_not_object")
    for key, code in _DISPLAY_ONLY.items():
        if key in slide:
            report.lost(where.child(key), code, key=key)
    for key in slide:
        if key not in _HANDLED and key not in _DISPLAY_ONLY:
            report.lost(where.child(key), "tjs_slide_key_unknown", key=key)
    draft.add_event(
        {
            "id": event_id,
            "title": title,
            "date": date,
            "actors": actors,
            "summary": body or None,
            "tags": tags,
            "note": "\n".join(notes) or None,
            "sources": sources,
        },
        where,
    )


def _slide_date(
    slide: Mapping[str, Any], where: Where, draft: Draft, notes: list[str], date_form: str
) -> str | None:
    """The EDTF date of a slide; a bad date keeps the event undated and says why."""
    report = draft.report
    try:
        start_value = slide.get("start_date")
        end_value = slide.get("end_date")
        start = read_parts(start_value) if isinstance(start_value, dict) else None
        end = read_parts(end_value) if isinstance(end_value, dict) else None
    except PartsError as error:
        report.changed(where, "undated", problem=error)
        notes.append(unread_date_note(_parts_text(slide)))
        return None
    if start is None:
        if end is not None:
            report.changed(where.child("start_date"), "tjs_end_without_start")
            notes.append(unread_date_note(_parts_text(slide)))
        elif "start_date" in slide:
            given = slide["start_date"]
            if isinstance(given, dict):
                report.changed(where.child("start_date"), "tjs_date_no_year")
            else:
                report.changed(where.child("start_date"), date_form, found=describe_found(given))
            if not isinstance(given, dict):
                notes.append(unread_date_note(given))
        return None
    for part, path in ((start, "start_date"), (end, "end_date")):
        if part is not None and part.had_fraction:
            report.lost(where.child(path).child("millisecond"), "milliseconds")
    try:
        return edtf_from_parts(start, end)
    except PartsError as error:
        report.changed(where, "undated", problem=error)
        notes.append(unread_date_note(_parts_text(slide)))
        return None


def _parts_text(slide: Mapping[str, Any]) -> str:
    shown = {
        key: slide[key] for key in ("start_date", "end_date") if isinstance(slide.get(key), dict)
    }
    return json.dumps(shown, ensure_ascii=False)


def _media_source(
    media: Mapping[str, Any],
    where: Where,
    draft: Draft,
    title: str,
    notes: list[str],
    sources: list[dict[str, Any]] | None = None,
) -> None:
    """``media.url`` + ``credit`` + ``caption`` as a source document without text."""
    report = draft.report
    url = clean(media.get("url"))
    credit = html_to_text(clean(media.get("credit")))
    caption = html_to_text(clean(media.get("caption")))
    media_title = html_to_text(clean(media.get("title")))
    link = clean(media.get("link"))
    for key, code in _MEDIA_LOST.items():
        if clean(media.get(key)):
            report.lost(where.child(key), code)
    if link:
        notes.append(f"Media link: {link}")
    if not url:
        if credit or caption:
            notes.append(" — ".join(x for x in (caption, credit) if x))
        return
    if not is_http_url(url):
        # Embedded HTML (an iframe, a tweet's blockquote) or a local picture: no address to
        # keep as a source, but the text is kept so nothing is lost.
        notes.append(f"Media: {' '.join(html_to_text(url).split())}")
        report.lost(where.child("url"), "tjs_media_not_http")
        return
    document = draft.document(media_title or caption or f"Media: {title}", url=url, author=credit)
    if caption and media_title:
        notes.append(f"Media caption: {caption}")
    if sources is not None:
        sources.append({"document": document})
