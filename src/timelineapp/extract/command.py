"""``timelineapp build``: draft an event file from articles, from the command line.

The same builder as File › New from article… in the window. Exit codes: 0 written (and
valid), 1 an article could not be read or the draft did not validate, 2 usage errors.

The command speaks English, as the command line does, unless ``--lang fr`` says the articles
are French or ``--notes-lang fr`` asks for French: then the drafted events' notes, the draft's
description and what the command prints (its summary, its notes, why an article or the draft
failed) are French. They are worded by the window's words (``ui.build_words``, given to
:func:`run_build` by ``cli``: this layer has no Qt) with that language's translator in front,
as ``export --lang`` and ``validate --lang`` do.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from timelineapp.model.dates import DateError

from .notes import DraftWords

if TYPE_CHECKING:
    from timelineapp.model.atomic_write import OutputProblem
    from timelineapp.model.issues import Issue

    from .article import ArticleError


class BuildWords(DraftWords, Protocol):
    """The notes' words and the lines the command prints, in one language."""

    def summary(self, output: str, events: int, dated: int, actors: int, documents: int) -> str:
        """What was written: the draft, its events dated and undated, actors, documents."""
        ...

    def no_publication_date(self, name: str) -> str: ...

    def replaced(self, output: str, backup: str) -> str:
        """An existing event file was written over; its previous version is ``backup``."""
        ...

    def given_twice(self, name: str) -> str: ...

    def article_error(self, error: ArticleError) -> str: ...

    def write_error(self, path: Path, error: OSError) -> str: ...

    def issue(self, issue: Issue) -> str: ...

    def bad_published(self, error: DateError) -> str: ...

    def published_not_own(self, name: str, given: str, own: str) -> str:
        """--published ``given`` shares no day with the date article ``name`` gives itself."""
        ...

    def bad_url(self, url: str) -> str: ...

    def one_url(self) -> str: ...

    def bad_output_name(self, name: str) -> str: ...

    def output_problem(self, output: Path, problem: OutputProblem) -> str: ...


WordsIn = Callable[[str], AbstractContextManager[BuildWords]]
"""Gives the words of a language for the time of a build (``ui.build_words.command_words_in``:
this layer has no Qt, so the command line passes it in)."""

__all__ = ["add_build_arguments", "run_build"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def add_build_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "articles", nargs="+", metavar="ARTICLE", help="plain-text (UTF-8) or HTML article files"
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.timeline.json",
        help="the event file to write; the article texts are stored beside it",
    )
    parser.add_argument(
        "--published",
        metavar="DATE",
        help="publication date of every article (EDTF: 2024-06, 2024-06-08, or in words: "
        "'14 March 2025', '14 mars 2025')",
    )
    parser.add_argument(
        "--lang",
        choices=("fr", "en", "auto"),
        default="auto",
        help="language of the articles (default: guessed); fr or en also gives the language "
        "of the notes and messages unless --notes-lang is given",
    )
    parser.add_argument(
        "--notes-lang",
        choices=("en", "fr"),
        help="language of the drafted events' notes, of the draft's description and of what "
        "the command prints (default: --lang if fr or en, else English)",
    )
    parser.add_argument("--title", help="title of the event file (default: the first article's)")
    parser.add_argument("--url", help="address of the article (http or https)")
    parser.add_argument("--publisher", help="who published the article")


def run_build(args: argparse.Namespace, words_in: WordsIn) -> int:
    with words_in(notes_language(args)) as words:
        return _build(args, words)


def _say(line: str) -> None:
    print(f"timelineapp build: {line}", file=sys.stderr)


def _build(args: argparse.Namespace, words: BuildWords) -> int:
    from timelineapp.model.atomic_write import output_problem
    from timelineapp.model.format_rules import FILE_SUFFIX
    from timelineapp.model.loading import load_event_file
    from timelineapp.model.saving import backup_path

    from .article import ArticleError, read_article
    from .build import build_draft, write_draft

    published = None
    if args.published is not None:
        # Read as the window's date fields read a date: EDTF, else words (QA #121).
        from .typed_dates import typed_date

        first = notes_language(args)
        try:
            published = typed_date(args.published, (first, "fr" if first == "en" else "en")).edtf
        except DateError as error:
            _say(words.bad_published(error))
            return EXIT_USAGE
    if args.url is not None and not args.url.lower().startswith(("http://", "https://")):
        _say(words.bad_url(args.url))
        return EXIT_USAGE
    if args.url is not None and len(args.articles) > 1:
        _say(words.one_url())
        return EXIT_USAGE
    output = Path(args.output)
    if not output.name.endswith(FILE_SUFFIX):
        _say(words.bad_output_name(output.name))
        return EXIT_USAGE
    problem = output_problem(output)
    if problem is not None:  # as export does: a missing folder is refused, not created
        _say(words.output_problem(output, problem))
        return EXIT_FAILED
    articles = []
    seen: set[Path] = set()
    for name in args.articles:
        resolved = Path(name).resolve()
        if resolved in seen:
            print(words.given_twice(name), file=sys.stderr)
            continue
        seen.add(resolved)
        try:
            articles.append(
                read_article(
                    Path(name),
                    language=args.lang,
                    published=published,
                    title=None,
                    url=args.url,
                    publisher=args.publisher,
                )
            )
        except ArticleError as error:
            _say(words.article_error(error))
            return EXIT_FAILED
    draft = build_draft(articles, words=words, title=args.title)
    replacing = output.exists()  # said after the summary: the previous version is the .bak
    try:
        written = write_draft(draft, output)
    except OSError as error:
        _say(words.write_error(output, error))
        return EXIT_FAILED
    result = load_event_file(output)
    for issue in result.issues:
        print(words.issue(issue), file=sys.stderr)
    events = written.event_file.events
    print(
        words.summary(
            str(output),
            len(events),
            sum(event.date is not None for event in events),
            len(written.event_file.actors),
            len(written.event_file.documents),
        )
    )
    if replacing:
        print(words.replaced(str(output), str(backup_path(output))), file=sys.stderr)
    for article in articles:
        if article.published is None:
            print(words.no_publication_date(article.name), file=sys.stderr)
        elif article.own_published is not None:
            line = words.published_not_own(article.name, article.published, article.own_published)
            print(line, file=sys.stderr)
    return EXIT_OK if result.ok else EXIT_FAILED


def notes_language(args: argparse.Namespace) -> str:
    """``--notes-lang``, else ``--lang`` when it names one, else English."""
    given: str | None = getattr(args, "notes_lang", None)
    if given:
        return given
    return str(args.lang) if args.lang in ("fr", "en") else "en"
