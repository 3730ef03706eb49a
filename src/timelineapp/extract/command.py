"""``timelineapp build``: draft an event file from articles, from the command line.

The same builder as File › New from article… in the window. Exit codes: 0 written (and
valid), 1 an article could not be read or the draft did not validate, 2 usage errors.

The drafted events' notes are in English, as the command line speaks, unless ``--lang fr``
says the articles are French or ``--notes-lang fr`` asks for French notes: they are worded by
the window's words (``ui.draft_note_words``, given to :func:`run_build` by ``cli``) with that
language's translator in front, as ``export --lang`` and ``validate --lang`` do.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from timelineapp.model.dates import DateError, parse_date

from .notes import DraftWords

WordsIn = Callable[[str], AbstractContextManager[DraftWords]]
"""Gives the words of a language for the time of a build (``ui.draft_note_words.words_in``:
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
        help="publication date (EDTF: 2024-06, 2024-06-08) of every article",
    )
    parser.add_argument(
        "--lang",
        choices=("fr", "en", "auto"),
        default="auto",
        help="language of the articles (default: guessed); fr or en also gives the notes' "
        "language unless --notes-lang is given",
    )
    parser.add_argument(
        "--notes-lang",
        choices=("en", "fr"),
        help="language of the drafted events' notes and of the draft's description (default: "
        "--lang if fr or en, else English)",
    )
    parser.add_argument("--title", help="title of the event file (default: the first article's)")
    parser.add_argument("--url", help="address of the article (http or https)")
    parser.add_argument("--publisher", help="who published the article")


def run_build(args: argparse.Namespace, words_in: WordsIn) -> int:
    from timelineapp.model.atomic_write import output_problem
    from timelineapp.model.loading import load_event_file

    from .article import ArticleError, read_article
    from .build import build_draft, write_draft

    if args.published is not None:
        try:
            parse_date(args.published)
        except DateError as error:
            print(f"timelineapp build: --published: {error}", file=sys.stderr)
            return EXIT_USAGE
    if args.url is not None and not args.url.lower().startswith(("http://", "https://")):
        print(
            f"timelineapp build: --url: expected an http:// or https:// address, found "
            f"{args.url!r}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.url is not None and len(args.articles) > 1:
        print("timelineapp build: --url: one address names one article; build them one by one "
              "or leave --url out", file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    output = Path(args.output)
    if not output.name.endswith(".timeline.json"):
        print(
            f"timelineapp build: -o: expected a name ending in .timeline.json, found "
            f"{output.name!r}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    problem = output_problem(output)
    if problem is not None:  # as export does: a missing folder is refused, not created
        print(f"timelineapp build: -o: cannot write {output}: {problem}", file=sys.stderr)
        return EXIT_FAILED
    articles = []
    seen: set[Path] = set()
    for name in args.articles:
        resolved = Path(name).resolve()
        if resolved in seen:
            print(f"note: {name}: given twice, read once", file=sys.stderr)
            continue
        seen.add(resolved)
        try:
            articles.append(
                read_article(
                    Path(name),
                    language=args.lang,
                    published=args.published,
                    title=None,
                    url=args.url,
                    publisher=args.publisher,
                )
            )
        except ArticleError as error:
            print(f"timelineapp build: {error}", file=sys.stderr)
            return EXIT_FAILED
    with words_in(notes_language(args)) as words:
        draft = build_draft(articles, words=words, title=args.title)
    try:
        written = write_draft(draft, output)
    except OSError as error:
        print(
            f"timelineapp build: {output}: cannot write: {error.strerror or error}", file=sys.stderr
        )
        return EXIT_FAILED
    result = load_event_file(output)
    for issue in result.issues:
        print(issue, file=sys.stderr)
    events = written.event_file.events
    dated = sum(event.date is not None for event in events)
    print(
        f"{output}: {len(events)} draft events ({dated} dated, {len(events) - dated} undated), "
        f"{len(written.event_file.actors)} actors, {len(written.event_file.documents)} "
        f"document{'s' * (len(written.event_file.documents) != 1)}; every event unreviewed"
    )
    for article in articles:
        if article.published is None:
            print(
                f"note: {article.name}: no publication date found (--published DATE): "
                "relative dates are left unresolved",
                file=sys.stderr,
            )
    return EXIT_OK if result.ok else EXIT_FAILED


def notes_language(args: argparse.Namespace) -> str:
    """``--notes-lang``, else ``--lang`` when it names one, else English."""
    given: str | None = getattr(args, "notes_lang", None)
    if given:
        return given
    return str(args.lang) if args.lang in ("fr", "en") else "en"
