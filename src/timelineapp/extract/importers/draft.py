"""An event file in the making: unique ids, shared actors and documents, checked dates.

Every importer reads its format into a :class:`Draft`, which owns the rules all conversions
share: ids are made safe and unique (a renamed id is reported), actors and documents are
shared between the events that name them, every date is checked by the one EDTF reader
(:func:`timelineapp.model.dates.parse_date`) before it is written, and the result is
validated by the event file models themselves.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from timelineapp.model.dates import DateError, parse_date
from timelineapp.model.file_format import FORMAT_NAME, FORMAT_VERSION, EventFile

from .report import ConversionReport, Outcome, Where

_ID_OK = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.:\-]*$")
_NOT_ID = re.compile(r"[^a-z0-9]+")
_HTTP = re.compile(r"^https?://[^\s]+$", re.IGNORECASE)
_MAX_ID = 200


def slug(text: str, fallback: str) -> str:
    """A readable id from a name: ``"Forces armées du Niger"`` → ``forces-armees-du-niger``."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    made = _NOT_ID.sub("-", plain).strip("-")[:60].strip("-")
    return made or fallback


def is_http_url(text: str) -> bool:
    return bool(_HTTP.match(text))


def clean(value: Any) -> str:
    """A cell or JSON value as stripped text ('' for None)."""
    if value is None:
        return ""
    return str(value).strip()


def same_span(written: str, date: str) -> bool:
    """Whether ``written`` is an EDTF date covering exactly the span of ``date``: then it says
    the same date with more meaning ("2024-06?", "[..2024-06]"), and no more precision."""
    try:
        mine, theirs = parse_date(date), parse_date(written)
    except DateError:
        return False
    return (mine.earliest, mine.latest) == (theirs.earliest, theirs.latest)


class Draft:
    """Collects one event file; :meth:`build` checks it and returns the model."""

    def __init__(self, title: str, report: ConversionReport) -> None:
        self.title = title
        self.description: str | None = None
        self.language = "und"
        self.report = report
        self._events: list[dict[str, Any]] = []
        self._event_ids: set[str] = set()
        self._actors: dict[str, dict[str, Any]] = {}
        self._actor_by_key: dict[str, str] = {}
        self._documents: dict[str, dict[str, Any]] = {}
        self._document_by_key: dict[str, str] = {}

    # -- ids ---------------------------------------------------------------------------------

    @staticmethod
    def _unique(wanted: str, taken: set[str] | dict[str, Any]) -> str:
        if wanted not in taken:
            return wanted
        number = 2
        while f"{wanted}-{number}" in taken:
            number += 1
        return f"{wanted}-{number}"

    def event_id(self, given: str, where: Where, fallback: str) -> str:
        """The id an event gets: the input's own id when it is usable, reported otherwise."""
        if given:
            wanted = given if _ID_OK.match(given) and len(given) <= _MAX_ID else slug(given, "")
            if not wanted:
                wanted = fallback
            made = self._unique(wanted, self._event_ids)
            if made != given:
                why = "already used" if wanted == given else "not a valid id"
                self.report.lost(
                    "event ids renamed",
                    where,
                    f"{given!r} is {why}; the event is {made!r} (the original id is kept in "
                    "its note)",
                    Outcome.CHANGED,
                )
        else:
            made = self._unique(fallback, self._event_ids)
        self._event_ids.add(made)
        return made

    # -- shared things -----------------------------------------------------------------------

    def actor(self, name: str, kind: str = "other", actor_id: str = "") -> str:
        """The id of the actor called ``name`` (made on first use; same name, same actor)."""
        key = " ".join(name.casefold().split())
        found = self._actor_by_key.get(key)
        if found is not None:
            return found
        wanted = actor_id if actor_id and _ID_OK.match(actor_id) else slug(name, "actor")
        made = self._unique(wanted, self._actors)
        self._actors[made] = {"id": made, "name": name, "kind": kind}
        self._actor_by_key[key] = made
        return made

    def document(
        self,
        title: str,
        *,
        url: str = "",
        author: str = "",
        publisher: str = "",
        published: str = "",
    ) -> str:
        """The id of a source document without text (the input holds no text to quote).

        Documents are shared: the same URL (or, without one, the same title) is one document.
        The empty text is what tells the window that no quote of these events is verified.
        """
        key = url or f"title:{title.casefold()}"
        found = self._document_by_key.get(key)
        if found is not None:
            return found
        base = slug(url.split("://", 1)[-1] if url else title, "document")
        made = self._unique(base, self._documents)
        document: dict[str, Any] = {"id": made, "title": title or url or made, "text": ""}
        if url:
            document["url"] = url
        if author:
            document["author"] = author
        if publisher:
            document["publisher"] = publisher
        if published and self.check_date(published) is None:
            document["published"] = published
        self._documents[made] = document
        self._document_by_key[key] = made
        return made

    def set_actor_description(self, actor_id: str, description: str) -> None:
        self._actors[actor_id].setdefault("description", description)

    # -- dates -------------------------------------------------------------------------------

    @staticmethod
    def check_date(text: str) -> str | None:
        """``None`` when ``text`` is a date the event file format accepts, else why not."""
        try:
            parse_date(text)
        except DateError as error:
            return str(error)
        return None

    # -- events ------------------------------------------------------------------------------

    def add_event(self, event: dict[str, Any], where: Where) -> None:
        """Add one event (a dict in the event file layout); its date must be checked already."""
        date = event.get("date")
        if date is not None:
            problem = self.check_date(date)
            if problem is not None:  # an importer bug, not the input's: keep the event
                del event["date"]
                self.report.changed(where, f"date left out: {problem}")
        self._events.append({k: v for k, v in event.items() if v not in (None, "", [])})
        self.report.count_kept("events")

    @property
    def event_count(self) -> int:
        return len(self._events)

    def build(self) -> EventFile:
        """The event file, validated by the format's models."""
        if self._actors:
            self.report.count_kept("actors", len(self._actors))
        if self._documents:
            self.report.count_kept("documents", len(self._documents))
        data: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "title": self.title or "Imported timeline",
            "language": self.language,
            "documents": list(self._documents.values()),
            "actors": list(self._actors.values()),
            "events": self._events,
        }
        if self.description:
            data["description"] = self.description
        return EventFile.model_validate(data)
