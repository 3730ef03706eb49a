"""``python -m timelineapp``: same as the ``timelineapp`` command."""

import sys

from timelineapp.cli import main

# Guarded: worker processes (spawned to load big files) import the main module again.
if __name__ == "__main__":
    sys.exit(main())
