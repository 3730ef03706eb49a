"""timelineapp: a desktop timeline viewer for sourced chronologies."""

import os

__version__ = "0.1.0"
APP_ID = "org.timelineapp.TimelineApp"

# No third-party pydantic plugins: they would observe every file we validate (files from
# strangers included), and looking for them scans the entry points of every installed
# distribution when the first model class is built (10-25 ms of each start). Set here, before
# any pydantic model of ours exists; setting the variable (even empty) beforehand overrides it.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
