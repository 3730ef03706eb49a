"""Reading a file the user adds as a document: UTF-8 text as it is, HTML as its article text.

The text read here is the text quotes will point into, so it is never "cleaned" beyond
what the format needs: a text file keeps every character (a byte-order mark aside), and an
HTML page becomes its main text (trafilatura when installed; else the page's visible text).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_MAX_BYTES = 50_000_000


class DocumentReadError(Exception):
    """The file cannot be a document; the message says why, with its name."""


@dataclass
class ReadDocument:
    text: str
    title: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)  # publisher, author, url, …


def read_document(path: Path) -> ReadDocument:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DocumentReadError(f"cannot read {path.name}: {error.strerror}") from None
    if len(raw) > _MAX_BYTES:
        raise DocumentReadError(f"{path.name} is too big for a document ({len(raw):,} bytes)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DocumentReadError(
            f"expected UTF-8 text in {path.name}, found byte 0x{raw[error.start]:02x} "
            f"at byte offset {error.start}"
        ) from None
    text = text.removeprefix("\ufeff")
    looks_html = path.suffix.lower() in _HTML_SUFFIXES or text.lstrip()[:15].lower() in (
        "<!doctype html>",
    )
    if looks_html:
        return html_document(text)
    if not text.strip():
        raise DocumentReadError(f"{path.name} holds no text")
    return ReadDocument(text)


def html_document(html: str) -> ReadDocument:
    """The main text of an HTML page, with its title and what metadata it declares."""
    try:
        # Optional: not every installation has it (nor its lxml extras).
        trafilatura = importlib.import_module("trafilatura")
    except ImportError:
        return _plain_html(html)
    extracted = trafilatura.bare_extraction(html, with_metadata=True)
    if extracted is None:
        return _plain_html(html)
    found = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = found.get("text") or ""
    if not text.strip():
        return _plain_html(html)
    metadata = {
        key: str(found[name])
        for key, name in (
            ("publisher", "sitename"),
            ("author", "author"),
            ("published", "date"),
            ("url", "url"),
            ("language", "language"),
        )
        if found.get(name)
    }
    return ReadDocument(text, found.get("title") or None, metadata)


class _TextParser(HTMLParser):
    _SKIP = frozenset({"script", "style", "noscript", "template", "head"})
    _BLOCKS = frozenset(
        {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self._skipping = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in self._SKIP:
            self._skipping += 1
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skipping:
            self.parts.append(data)


def _plain_html(html: str) -> ReadDocument:
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = [
        re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(parser.parts).split("\n")
    ]
    text = "\n\n".join(line for line in lines if line)
    if not text:
        raise DocumentReadError("the page holds no text")
    return ReadDocument(text, parser.title.strip() or None)
