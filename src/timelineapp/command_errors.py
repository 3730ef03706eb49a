"""The command line's promise, stated once: whatever goes wrong in a command ends in one line
on stderr and an exit code, never a traceback (that goes to the log, shown with ``-v``); a
reader of stdout that left early (``| head``) is let through for ``cli.main`` to end quietly."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from .model.untrusted_text import terminal_safe


def guarded(prog: str, run: Callable[[], int], logger: logging.Logger, exit_code: int) -> int:
    """``run()``'s exit code; on an interruption or an unexpected error, a line that starts
    with ``prog`` and ``exit_code``."""
    try:
        return run()
    except BrokenPipeError:
        raise  # the reader of stdout left: cli.main ends quietly
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr)
        return exit_code
    except Exception as error:  # a bug, or the machine out of memory: say it plainly
        logger.exception("%s failed", prog)  # with -v: the traceback
        # The error's text may quote a stranger's file (a key, a value): escaped, as issues are.
        said = terminal_safe(f"{type(error).__name__}: {error}")
        print(f"{prog}: error: unexpected {said}", file=sys.stderr)
        return exit_code
