"""timelineapp: a desktop timeline viewer for sourced chronologies."""

import os

__version__ = "0.1.0"
APP_ID = "org.timelineapp.TimelineApp"

# Set here, before any of our modules imports numpy or pydantic; a value already in the
# environment (even an empty one) wins.
#
# No third-party pydantic plugins: they would observe every file we validate (files from
# strangers included), and looking for them scans the entry points of every installed
# distribution when the first model class is built (10-25 ms of each start).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
# One OpenBLAS thread: numpy's OpenBLAS starts a thread per core when imported, and they spin
# for work that never comes (we do no linear algebra: no matmul, dot or linalg). On a 2-core
# machine that is ~50 ms of CPU per start, which start-up waits for when the other core is busy.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
