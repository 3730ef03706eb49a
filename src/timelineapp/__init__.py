"""timelineapp: a desktop timeline viewer for sourced chronologies.

Importing the package changes nothing in the process: the program's entry points
(:mod:`timelineapp.cli`) set up the environment (:mod:`timelineapp.environment`) and logging
(:mod:`timelineapp.logs`) when they start.
"""

__version__ = "0.1.0"
APP_ID = "org.timelineapp.TimelineApp"
