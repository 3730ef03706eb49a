"""Reading files from strangers: the event file's bytes and its documents' texts.

Only regular files are read. Each is opened without blocking (a FIFO named
``x.timeline.json`` would otherwise wait forever for a writer) and checked with ``fstat`` on
the opened descriptor (so a symlink swapped after a check cannot lead elsewhere), and sizes
are capped: :data:`MAX_EVENT_FILE_BYTES` for an event file, :data:`MAX_DOCUMENT_BYTES` for a
document (``/dev/zero`` or a huge file is refused with a message, never read until memory
runs out). A document's path cannot leave the event file's folder.
"""

from __future__ import annotations

import logging
import os
import stat
from collections import deque
from collections.abc import Callable, Generator, ItemsView, Iterator, Mapping, Sequence, ValuesView
from contextlib import closing
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import msgspec

from ..digests import sha256_hex
from ..integrity import sha256_text
from ..issues import Issue
from ..os_errors import english_words, os_error_kind, os_error_name
from ..plain_header import has_text
from ..reference_issues import DocumentProblem, document_changed, document_problem
from .soon import soon

if TYPE_CHECKING:
    from concurrent.futures import Future

    from ..plain_header import DocumentLike as Document
    from ..plain_header import HeaderLike

MAX_EVENT_FILE_BYTES = 1 << 30
"""1 GiB: about 2.5 million events. Opening takes about 3× the file's size in memory."""
MAX_DOCUMENT_BYTES = 100 << 20
"""100 MiB of text per document: far more than any article or book."""

_log = logging.getLogger(__name__)


class DocumentState:
    """Whether a document's text could be read and still matches its recorded hash."""

    OK = "ok"
    MISSING = "missing"  # unreadable or outside the event file's folder
    CHANGED = "changed"  # sha256 differs: the copy is not the one that was quoted
    NO_TEXT = "no-text"  # known only through other documents' quotations (evidence)


class ReadError(Exception):
    """A file that cannot be read; the message says what was expected and found.

    ``code`` and ``arguments`` say it again for the window to word ("os_error" with the
    ``kind`` from ``model/os_errors``; "not_regular" with the ``kind`` of file; "too_big",
    "growing", "nul_in_path"); the system's own text goes to the log only.
    """

    def __init__(
        self, message: str, code: str = "", arguments: tuple[tuple[str, str], ...] = ()
    ) -> None:
        super().__init__(message)
        self.code = code
        self.arguments = arguments


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


_IEC_UNITS = ("KiB", "MiB", "GiB", "TiB", "PiB", "EiB")


def size_text(count: int) -> str:
    """A byte count as a message shows it (the loader's refusals, the saver's).

    One rule for sizes everywhere: 1024-based with IEC names ("100.0 MiB"), because our
    limits are powers of two (a 100 MiB limit in SI reads "104.9 MB") and "MB" for 1024²
    says something else than it means. These are the words of Qt's
    ``QLocale.formattedDataSize(count, 1, DataSizeIecFormat)`` in English, which the window
    uses (``ui/read_problem_words``, ``ui/preferences_dialog``): the command line and the
    English window say a size the same way (a test holds them together).
    """
    power = min((count.bit_length() - 1) // 10, len(_IEC_UNITS)) if count > 0 else 0
    if power == 0:
        return f"{count:,} bytes"
    return f"{count / (1 << (10 * power)):,.1f} {_IEC_UNITS[power - 1]}"


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes.

    Raises :class:`ReadError` with a sentence for the user, whatever went wrong.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except (OSError, ValueError) as error:  # ValueError: a NUL in the path
        raise _read_error(path, error) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            os.close(fd)
            kind = _kind(info.st_mode)
            raise ReadError(
                f"expected a regular file, found {kind}", "not_regular", (("kind", kind),)
            )
        if info.st_size > limit:
            os.close(fd)
            raise ReadError(
                f"expected at most {size_text(limit)}, found {size_text(info.st_size)}: "
                f"the file is too big to open",
                "too_big",
                (("limit", str(limit)), ("size", str(info.st_size))),
            )
        with os.fdopen(fd, "rb") as handle:
            # Sized by fstat (a read of ``limit`` bytes would allocate them first); a file
            # that grows while it is read is read on, up to the limit.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(limit + 1 - len(data))
    except OSError as error:
        raise _read_error(path, error) from None
    if len(data) > limit:
        raise ReadError(
            f"expected at most {size_text(limit)}, found more: the file is growing",
            "growing",
            (("limit", str(limit)),),
        )
    return data


def _read_error(path: Path, error: Exception) -> ReadError:
    """The error said by its kind; the system's text (its language) is logged."""
    if not isinstance(error, OSError):
        return ReadError("the path holds a NUL character", "nul_in_path")
    _log.info("cannot read %s: %s", path, error)
    kind, name = os_error_kind(error), os_error_name(error)
    arguments = (("kind", kind), ("errno", name))
    return ReadError(english_words(kind, name), "os_error", arguments)


class DecodedOnUse(dict[str, str | None]):
    """Documents' texts by id, some kept as UTF-8 bytes and decoded the first time they are
    asked for; otherwise a plain dict (every way of reading a value decodes it first).

    Reopening a big file from the cache needs its documents' hashes (the cached provenance
    checks hold only for the same texts), not the texts: decoding a million events' 300
    documents took 0.4 s, a third of a reopen, and most documents are never shown. Only bytes
    whose hash matched the cache's are kept so: they were decoded once, so they decode again.
    """

    def __init__(
        self, texts: Mapping[str, str | None] = MappingProxyType({}), undecoded: Any = None
    ) -> None:
        super().__init__(texts)
        self._undecoded: dict[str, bytes] = dict(undecoded or {})
        for key in self._undecoded:
            super().__setitem__(key, None)

    def keep_undecoded(self, key: str, data: bytes) -> None:
        """Hold ``data`` (valid UTF-8) as the text of ``key``, decoded when first read."""
        self._undecoded[key] = data
        super().__setitem__(key, None)

    def _decode(self, key: object) -> None:
        if not isinstance(key, str):
            return
        data = self._undecoded.get(key)
        if data is not None:
            # Set before forgetting the bytes: a thread reading meanwhile decodes them too.
            super().__setitem__(key, data.decode("utf-8"))
            self._undecoded.pop(key, None)

    def _decode_all(self) -> None:
        for key in list(self._undecoded):
            self._decode(key)

    def __getitem__(self, key: str) -> str | None:
        self._decode(key)
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        self._decode(key)
        return super().get(key, default)

    def __iter__(self) -> Iterator[str]:
        # Defined in Python, so that dict(texts) and {**texts} read values by __getitem__.
        return super().__iter__()

    def items(self) -> ItemsView[str, str | None]:  # type: ignore[override]
        self._decode_all()
        return super().items()

    def values(self) -> ValuesView[str | None]:  # type: ignore[override]
        self._decode_all()
        return super().values()

    def copy(self) -> DecodedOnUse:
        """A copy that stays undecoded (the bytes are shared: they never change)."""
        decoded = {k: v for k, v in super().items() if k not in self._undecoded}
        return DecodedOnUse(decoded, self._undecoded)

    def __setitem__(self, key: str, value: str | None) -> None:
        self._undecoded.pop(key, None)
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self._undecoded.pop(key, None)
        super().__delitem__(key)

    def __eq__(self, other: object) -> bool:
        self._decode_all()
        return super().__eq__(other)

    __hash__ = None

    def __or__(self, other: Any) -> dict[str, str | None]:  # type: ignore[override]
        return dict(self) | other  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        self._decode_all()
        return super().__repr__()

    def pop(self, key: str, *default: Any) -> Any:
        self._decode(key)
        return super().pop(key, *default)

    def popitem(self) -> tuple[str, str | None]:
        self._decode_all()
        return super().popitem()

    def setdefault(self, key: str, default: Any = None) -> Any:
        self._decode(key)
        return super().setdefault(key, default)

    def update(self, *args: Any, **kwargs: Any) -> None:
        changed = dict(*args, **kwargs)
        for key in changed:
            self._undecoded.pop(key, None)
        super().update(changed)

    def __reduce__(self) -> Any:
        self._decode_all()
        return (dict, (dict(super().items()),))


class DocumentTexts(msgspec.Struct):
    """The documents of a file as read now: text, state and text hash by document id."""

    texts: dict[str, str | None] = msgspec.field(default_factory=DecodedOnUse)
    states: dict[str, str] = msgspec.field(default_factory=dict)
    # SHA-256 of each text as read (None when unreadable): the load cache compares by these.
    hashes: dict[str, str | None] = msgspec.field(default_factory=dict)
    issues: list[Issue] = msgspec.field(default_factory=list)

    def by_number(self, documents: Sequence[Document]) -> list[str | None]:
        """The texts in the order of ``documents`` (chunks refer to documents by number)."""
        return [self.texts.get(d.id) for d in documents]


def read_documents(
    data: HeaderLike,
    base_dir: Path | None,
    name: str,
    known: Mapping[str, str | None] | None = None,
) -> DocumentTexts:
    """Read and hash every document of ``data``; problems become located issues.

    ``known`` (text hashes by document id, from the load cache): a document whose bytes
    have the hash given there is not decoded until its text is asked for (DecodedOnUse).
    """
    read = DocumentTexts()
    with_text = [d for d in data.documents if has_text(d)]
    with closing(_texts_and_hashes(with_text, base_dir, known or {})) as found:
        for i, document in enumerate(data.documents):
            if not has_text(document):
                read.texts[document.id], read.hashes[document.id] = None, None
                read.states[document.id] = DocumentState.NO_TEXT
                continue
            text, problem, digest = next(found)
            _record(read, i, document, text, problem, digest, name)
    return read


def read_documents_soon(
    data: HeaderLike, base_dir: Path | None, name: str
) -> Callable[[], DocumentTexts]:
    """:func:`read_documents` begun now in a thread; the function returned waits for it and
    gives what it read (or raises what it raised).

    The loading thread validates the events meanwhile: reading the files and hashing them
    let it run (only decoding their UTF-8 takes turns with it), and it needs the texts only
    to check the first chunk's quotes. Inline texts alone are read when asked for.
    """
    if base_dir is None or all(d.path is None for d in data.documents):
        return lambda: read_documents(data, base_dir, name)

    def read() -> DocumentTexts:
        try:
            return read_documents(data, base_dir, name)
        except BaseException:
            # Logged too: a load that stops before it asks (cancelled, or an error in the
            # events) never sees it.
            _log.debug("reading the documents failed", exc_info=True)
            raise

    return soon(read, "read-documents")


def _record(
    read: DocumentTexts,
    i: int,
    document: Document,
    text: str | bytes | None,
    problem: DocumentProblem | None,
    digest: str | None,
    name: str,
) -> None:
    """Keep what reading document number ``i`` gave (bytes: its text not decoded yet, see
    DecodedOnUse), with its located issues."""
    if isinstance(text, bytes):
        assert isinstance(read.texts, DecodedOnUse)
        read.texts.keep_undecoded(document.id, text)
        read.hashes[document.id] = digest
        read.states[document.id] = DocumentState.OK  # the hash is the one checked before
        if document.sha256 is not None and digest != document.sha256:
            read.states[document.id] = DocumentState.CHANGED
            read.issues.append(_changed(i, document, digest, name))
        return
    read.texts[document.id] = text
    read.hashes[document.id] = None
    if problem is not None:
        read.states[document.id] = DocumentState.MISSING
        read.issues.append(problem.issue(name, i))
        return
    assert text is not None
    assert digest is not None
    state = DocumentState.OK
    read.hashes[document.id] = digest
    if document.sha256 is not None and digest != document.sha256:
        state = DocumentState.CHANGED
        read.issues.append(_changed(i, document, digest, name))
    read.states[document.id] = state


def _changed(i: int, document: Document, digest: str | None, name: str) -> Issue:
    assert document.sha256 is not None
    assert digest is not None
    return document_changed(name, i, document.id, document.sha256, digest)


_READ_AHEAD = 4  # documents read and hashed ahead of the one being decoded


def _texts_and_hashes(
    documents: Sequence[Document], base_dir: Path | None, known: Mapping[str, str | None]
) -> Generator[tuple[str | bytes | None, DocumentProblem | None, str | None], None, None]:
    """:func:`_document_text_and_hash` of each document, in order; the text stays bytes when
    its hash is the one ``known`` gives (decoded later, see DecodedOnUse).

    Reading a file and hashing it let other threads run, decoding UTF-8 does not: two
    threads read and hash the next few documents while this one decodes (a big file's 300
    documents take half the time). A few ahead only, so memory holds a few documents' bytes.
    """
    on_disk = [d for d in documents if d.text is None]
    if len(on_disk) < 2 or base_dir is None:
        for document in documents:
            if document.text is not None:
                yield _document_text_and_hash(document, base_dir)
            else:
                found = _document_bytes_and_hash(document, base_dir)
                yield _text_or_bytes(document, *found, known)
        return
    from concurrent.futures import ThreadPoolExecutor  # a few ms of each start's imports

    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="read-documents") as pool:
        ahead: deque[Future[tuple[bytes | None, DocumentProblem | None, str | None]]] = deque()
        waiting = iter(on_disk)
        for document in documents:
            if document.text is not None:
                yield _document_text_and_hash(document, base_dir)
                continue
            while len(ahead) < _READ_AHEAD:
                following = next(waiting, None)
                if following is None:
                    break
                ahead.append(pool.submit(_document_bytes_and_hash, following, base_dir))
            yield _text_or_bytes(document, *ahead.popleft().result(), known)


def _text_or_bytes(
    document: Document,
    data: bytes | None,
    problem: DocumentProblem | None,
    digest: str | None,
    known: Mapping[str, str | None],
) -> tuple[str | bytes | None, DocumentProblem | None, str | None]:
    """The decoded text, or the bytes themselves when ``known`` gives their hash."""
    if data is not None and digest is not None and known.get(document.id) == digest:
        return data, None, digest
    return _decoded(document, data, problem, digest)


def document_text(document: Document, base_dir: Path | None) -> tuple[str | None, str | None]:
    """A document's text, or None and why it could not be read."""
    text, problem, _ = _document_text_and_hash(document, base_dir)
    return text, None if problem is None else problem.message


def _document_text_and_hash(
    document: Document, base_dir: Path | None
) -> tuple[str | None, DocumentProblem | None, str | None]:
    """Text, problem and SHA-256 of the UTF-8 text (of the bytes read: the same, cheaper)."""
    if document.text is not None:
        return document.text, None, sha256_text(document.text)
    return _decoded(document, *_document_bytes_and_hash(document, base_dir))


def _document_bytes_and_hash(
    document: Document, base_dir: Path | None
) -> tuple[bytes | None, DocumentProblem | None, str | None]:
    """The bytes of a document's file, or why they cannot be read, and their SHA-256."""
    assert document.path is not None
    if base_dir is None:
        return None, document_problem("document_needs_file", ""), None
    if "\0" in document.path:
        return None, document_problem("document_path_nul", document.path), None
    folder = base_dir.resolve()
    target = (folder / document.path).resolve()
    # Event files come from strangers: never read outside the event file's own folder.
    if not target.is_relative_to(folder):
        return None, document_problem("document_outside", document.path), None
    try:
        data = read_regular_file(target, MAX_DOCUMENT_BYTES)
    except ReadError as error:
        if dict(error.arguments).get("kind") == "not_found":
            return None, document_problem("document_not_found", document.path), None
        problem = document_problem(
            "document_unreadable",
            document.path,
            str(error),
            (("why", error.code), *error.arguments),
        )
        return None, problem, None
    return data, None, sha256_hex(data)


def _decoded(
    document: Document, data: bytes | None, problem: DocumentProblem | None, digest: str | None
) -> tuple[str | None, DocumentProblem | None, str | None]:
    if data is None:
        return None, problem, None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, document_problem("document_not_utf8", str(document.path), error.reason), None
    return text, None, digest


def real_path(path: Path) -> Path:
    """The file ``path`` leads to: itself, unless it is a symbolic link (followed)."""
    try:
        return path.resolve() if path.is_symlink() else path
    except (OSError, RuntimeError):  # a loop of links: reading the file will say so
        return path


def documents_folder(path: Path) -> Path:
    """The folder an event file's documents are in: the real file's (links followed)."""
    return real_path(path).parent
