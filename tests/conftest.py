"""Test set-up shared by every test: Qt runs offscreen, settings never touch the user's."""

from __future__ import annotations

import os

# Must happen before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
