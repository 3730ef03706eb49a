"""Entry point of the frozen (PyInstaller) app: the same ``main`` as the ``timelineapp`` command.

Not the package's ``__main__.py``: PyInstaller runs its entry script as a top-level module, so
it cannot use the package-relative imports a package's ``__main__`` may use.
"""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    # Big files are validated in worker processes started with "spawn" (model/loading/). A
    # spawned worker of a frozen app is the app's own executable with special arguments: this
    # call turns it into a worker and never returns there. In a normal start it does nothing.
    multiprocessing.freeze_support()

    # The windowed Windows executable has no console: PyInstaller leaves sys.stdout and
    # sys.stderr as None there, and the first print or log line to them would raise.
    for stream in ("stdout", "stderr"):
        if getattr(sys, stream) is None:
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

    from timelineapp.cli import main

    sys.exit(main())
