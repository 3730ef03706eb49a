"""Test set-up shared by every test: Qt runs offscreen, settings never touch the user's."""

from __future__ import annotations

import os

# Must happen before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from hypothesis import settings

# Property tests check behaviour, not speed (speed lives in benchmarks/): a per-example deadline
# only makes them fail on a loaded machine, so it is off for every test.
settings.register_profile("timelineapp", deadline=None)
settings.load_profile("timelineapp")
