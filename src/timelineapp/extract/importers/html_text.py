"""HTML (as TimelineJS text holds it) turned into plain text, its links kept as URLs.

Event files hold plain text only: text from strangers is never shown as rich text. A link's
address must survive the conversion, so ``<a href="https://x.org/a">the report</a>`` becomes
``the report <https://x.org/a>``. Paragraphs and line breaks become line breaks; scripts and
styles are left out; entities are decoded. The stdlib parser is lenient and never raises.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}
)
_SKIPPED = frozenset({"script", "style", "template"})
_QUOTE_OPEN = re.compile(r"«\s+")
_QUOTE_CLOSE = re.compile(r"\s+»")
_LOOKS_HTML = re.compile(r"<[A-Za-z/!]|&[#A-Za-z0-9]+;")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[tuple[str, int]] = []  # (href, position of the link text start)
        self.skipping = 0
        self.quote_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self.links.append((href.strip(), len(self.parts)))
        elif tag == "li":
            self.parts.append("\n• ")
        elif tag == "blockquote":
            self.parts.append("\n«")
            self.quote_depth += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "img":
            found = dict(attrs)
            src = (found.get("src") or "").strip()
            if src.startswith(("http://", "https://")):
                alt = (found.get("alt") or "").strip()
                self.parts.append(f"{alt} <{src}>" if alt else f"<{src}>")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "a" and self.links:
            href, start = self.links.pop()
            label = "".join(self.parts[start:]).strip()
            if href.startswith(("http://", "https://", "mailto:")) and href != label:
                self.parts.append(f" <{href}>" if label else f"<{href}>")
        elif tag == "blockquote" and self.quote_depth:
            self.quote_depth -= 1
            self.parts.append("»\n")
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_HTML.search(text))


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment, links as ``label <url>``; plain text is kept as is."""
    if not looks_like_html(html):
        return html.strip()
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    # Blank runs collapse to one empty line: paragraphs stay apart, spacing stays tidy.
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    joined = "\n".join(out).strip()
    return _QUOTE_OPEN.sub("«", _QUOTE_CLOSE.sub("»", joined))
