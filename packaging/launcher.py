"""Entry point of the frozen (PyInstaller) app: the same ``main`` as the ``timelineapp`` command.

Not the package's ``__main__.py``: PyInstaller runs its entry script as a top-level module, so
it cannot use the package-relative imports a package's ``__main__`` may use.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    # Big files are validated in worker processes started with "spawn" (model/parallel.py). A
    # spawned worker of a frozen app is the app's own executable with special arguments: this
    # call turns it into a worker and never returns there. In a normal start it does nothing.
    multiprocessing.freeze_support()

    from timelineapp.cli import main

    sys.exit(main())
