"""timelineapp: a desktop timeline viewer for sourced chronologies."""

__version__ = "0.1.0"
APP_ID = "org.timelineapp.TimelineApp"
