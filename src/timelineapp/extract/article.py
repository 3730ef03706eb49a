"""Reading an article: its text as it will be stored, and what is known about it.

Plain text is kept exactly as written (offsets point into it). HTML is reduced to its main
text by trafilatura, which also gives title, author, date and site when the page has them;
the *extracted* text is what gets stored beside the event file, so offsets point into that.

The publication date comes, in this order, from the caller (``--published``), from the
page's metadata, or from a dateline at the top of the text (``date 2024-06`` as in the seed
article, "Published 3 November 2025": :mod:`.header_lines`); a caller's date that shares no
day with the article's own is used, and the article's kept beside it to be said (QA #121).
Datelines are metadata: the
rules read :func:`story_text`, where they are blanked. The language is the caller's, else
guessed from common words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Final

from timelineapp.model.loading.read import MAX_DOCUMENT_BYTES, ReadError, read_regular_file

from .header_lines import read_header, valid_date

__all__ = [
    "Article",
    "ArticleError",
    "article_from_text",
    "blanked",
    "guess_language",
    "read_article",
    "story_text",
]

_FR_WORDS: Final = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "une",
        "est",
        "et",
        "dans",
        "pour",
        "sur",
        "que",
        "qui",
        "pas",
        "au",
        "aux",
        "avec",
        "ont",
        "été",
        "cette",
        "selon",
    ]
)
_EN_WORDS: Final = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "was",
        "for",
        "on",
        "that",
        "with",
        "by",
        "said",
        "has",
        "have",
        "were",
        "from",
        "this",
        "it",
        "be",
        "at",
    ]
)


class ArticleError(Exception):
    """An article that cannot be read (missing, not text, empty after extraction).

    The message is English (the command line's); ``code`` and ``arguments`` say it again for
    the window to word: "unreadable" (with the :class:`ReadError`'s ``why`` and arguments),
    "not_utf8" (``byte``, ``value``), "empty", "no_text"; ``path`` is the article's.
    """

    def __init__(
        self, message: str, path: Path, code: str, arguments: tuple[tuple[str, str], ...] = ()
    ) -> None:
        super().__init__(message)
        self.path = path
        self.code = code
        self.arguments = arguments


@dataclass(frozen=True, slots=True)
class Article:
    """One source text, ready to be stored as a document and read by the rules."""

    name: str  # file name to store the text under, e.g. "000_651eb735907009b6.txt"
    text: str  # the stored text: offsets point into it
    language: str  # "fr" or "en"
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = None  # EDTF
    published_from: str = ""  # "option", "metadata", "header line" or ""
    # The date the article itself gives (its dateline, its page's metadata) when the caller's
    # (--published) shares no day with it: said, not silently overridden (QA #121).
    own_published: str | None = None
    url: str | None = None
    body_start: int = 0  # where the rules start reading (after a header line)
    from_html: bool = False
    header_spans: tuple[tuple[int, int], ...] = ()  # dateline lines after body_start
    # story_text's result, made the first time a rule asks (the actors, the dates and the
    # quotations each read it); a replaced article makes its own.
    _story: str | None = field(default=None, init=False, repr=False, compare=False)


def story_text(article: Article) -> str:
    """The text the rules read: datelines blanked, offsets kept (they are metadata, not a
    date in the story). Made once per article."""
    story = article._story
    if story is None:
        story = blanked(article.text, ((0, article.body_start), *article.header_spans))
        object.__setattr__(article, "_story", story)  # frozen: the memo is set once, here
    return story


def blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` (start, end) replaced by spaces: offsets kept."""
    pieces: list[str] = []
    last = 0
    for start, end in sorted(spans):
        start = max(start, last)  # overlapping spans are blanked once
        if end <= start:
            continue
        pieces += [text[last:start], " " * (end - start)]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def guess_language(text: str) -> str:
    """ "fr" or "en" from the commonest short words of the first few thousand characters."""
    words = re.findall(r"[a-zà-ÿ]+", text[:5000].lower())
    french = sum(word in _FR_WORDS for word in words)
    english = sum(word in _EN_WORDS for word in words)
    return "fr" if french > english else "en"


def _first_sentence(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if line:
            match = re.match(r"(.{10,200}?[.!?])(?:\s|$)", line)
            return (match.group(1) if match else line[:200]).strip()
    return None


def article_from_text(
    text: str,
    name: str,
    *,
    language: str = "auto",
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    author: str | None = None,
    published_from: str = "",
    own_published: str | None = None,
) -> Article:
    """An article from its text (already extracted), reading its datelines if any.
    ``own_published``: the date its page's metadata gives (beside the dateline's)."""
    lang = guess_language(text) if language in ("auto", "", None) else language
    lang = "fr" if lang.startswith("fr") else "en"
    header = read_header(text, lang)
    source = published_from if published else ""
    if published is None and header.published is not None:
        published = header.published
        source = "header line"
    if published is not None and not source:
        source = "option"
    own = own_published or header.published
    if source != "option" or published is None or own is None or not _disjoint(published, own):
        own = None
    if title is None:
        blanked = story_text(
            Article(name, text, lang, body_start=header.body_start, header_spans=header.spans)
        )
        title = _first_sentence(blanked[header.body_start :])
    return Article(
        name=name,
        text=text,
        language=lang,
        title=title,
        author=author or header.author,
        publisher=publisher or header.publisher,
        published=published,
        published_from=source,
        own_published=own,
        url=url,
        body_start=header.body_start,
        header_spans=header.spans,
    )


def _disjoint(given: str, own: str) -> bool:
    """Whether two valid EDTF dates share no instant ("2024-01-01" and "2025-03-14"; not
    "2025-03" and "2025-03-14")."""
    from timelineapp.model.dates import parse_date

    a, b = parse_date(given), parse_date(own)
    return a.latest < b.earliest or b.latest < a.earliest


def _looks_like_html(path: Path, text: str) -> bool:
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        return True
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def read_article(
    path: Path,
    *,
    language: str = "auto",
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
) -> Article:
    """Read a plain-text or HTML article from ``path``; raise :class:`ArticleError`."""
    try:
        # The loader's rule for documents: a regular file only (a FIFO or /dev/zero would
        # hang), at most MAX_DOCUMENT_BYTES.
        raw = read_regular_file(path, MAX_DOCUMENT_BYTES)
    except ReadError as error:
        arguments = (("why", error.code), *error.arguments)
        raise ArticleError(f"{path}: cannot read: {error}", path, "unreadable", arguments) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        value = f"0x{raw[error.start]:02x}"
        raise ArticleError(
            f"{path}: byte {error.start}: expected UTF-8 text, found byte {value}",
            path,
            "not_utf8",
            (("byte", str(error.start)), ("value", value)),
        ) from None
    published = valid_date(published) if published else None
    if not _looks_like_html(path, text):
        if not text.strip():
            raise ArticleError(f"{path}: the file is empty", path, "empty")
        return article_from_text(
            text,
            path.name,
            language=language,
            published=published,
            title=title,
            url=url,
            publisher=publisher,
        )
    return _from_html(path, text, language, published, title, url, publisher)


def _from_html(
    path: Path,
    html: str,
    language: str,
    published: str | None,
    title: str | None,
    url: str | None,
    publisher: str | None,
) -> Article:
    # Imported here: trafilatura and lxml cost ~150 ms and only the builder needs them.
    import trafilatura

    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, favor_recall=True
    )
    if document is None:
        raise ArticleError(f"{path}: no article text found in the HTML page", path, "no_text")
    data = document if isinstance(document, dict) else document.as_dict()
    text = str(data.get("text") or "").strip()
    if not text:
        raise ArticleError(f"{path}: no article text found in the HTML page", path, "no_text")
    meta_date = valid_date(str(data.get("date") or "")[:10] or None)
    source = "option" if published else ("metadata" if meta_date else "")
    page_url = url or _http(data.get("url"))
    article = article_from_text(
        text + "\n",
        path.with_suffix(".txt").name,
        language=language,
        published=published or meta_date,
        title=title or (str(data["title"]) if data.get("title") else None),
        url=page_url,
        publisher=publisher or (str(data["sitename"]) if data.get("sitename") else None),
        author=str(data["author"]) if data.get("author") else None,
        published_from=source,
        own_published=meta_date,
    )
    return replace(article, from_html=True)


def _http(value: object) -> str | None:
    text = str(value or "")
    return text if re.match(r"https?://\S+$", text) else None
