"""How many examples a property test draws: its full count in a thorough run, a share of it in
an ordinary one.

The README's test command runs the ``timelineapp`` profile: every property test draws
``ORDINARY_SHARE`` of its full count (its ``@example``s, the edge cases generation once found,
run every time whatever the count). ``HYPOTHESIS_PROFILE=thorough`` (or pytest's
``--hypothesis-profile=thorough``) draws the full counts, Hypothesis' own default of 100 for a
test that names none: run it after changing what a property test covers.
"""

from __future__ import annotations

from hypothesis import settings

FULL_DEFAULT = 100  # Hypothesis' own max_examples: the full count of a test that names none
ORDINARY_SHARE = 0.3
FLOOR = 10  # fewer examples than this would hardly leave the explicit ones


def register_profiles() -> None:
    """``timelineapp`` (ordinary runs) and ``thorough`` (full counts); neither has a deadline:
    property tests check behaviour, not speed (speed lives in benchmarks/), and a per-example
    deadline only makes them fail on a loaded machine."""
    settings.register_profile("thorough", deadline=None, max_examples=FULL_DEFAULT)
    settings.register_profile(
        "timelineapp", deadline=None, max_examples=round(FULL_DEFAULT * ORDINARY_SHARE)
    )


def examples(full: int) -> int:
    """The count to draw for a test whose full count is ``full``, under the loaded profile."""
    share = settings.default.max_examples / FULL_DEFAULT
    return max(min(full, FLOOR), round(full * share))
