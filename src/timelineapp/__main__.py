"""``python -m timelineapp``: same as the ``timelineapp`` command."""

import sys

from timelineapp.cli import main

sys.exit(main())
