"""The evidence part of a filter as a mask: sources, grades, conflicts, review (numpy only)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from ..evidence import EvidenceFlag, grades_at_least, parse_grade
from ..format_rules import ReviewState
from ..time_index import REVIEW_CODES
from .spec import FilterSpec

BoolArray = npt.NDArray[np.bool_]


def evidence_mask(
    spec: FilterSpec, evidence: npt.NDArray[np.void], review: npt.NDArray[np.int8]
) -> BoolArray:
    """Events passing ``spec``'s evidence part (all of its conditions)."""
    result = np.ones(evidence.shape[0], dtype=np.bool_)
    origins = evidence["origins"]
    if spec.min_sources:
        result &= origins >= spec.min_sources
    if spec.single_source:
        result &= origins == 1
    if spec.conflicts_only:
        result &= (evidence["flags"] & EvidenceFlag.CONFLICT) != 0
    if spec.min_grade is not None:
        wanted = np.uint64(grades_at_least(*parse_grade(spec.min_grade)))
        result &= (evidence["grades"] & wanted) != 0
    if spec.review:
        allowed = np.zeros(len(REVIEW_CODES), dtype=np.bool_)  # a lookup: 20× np.isin
        allowed[[REVIEW_CODES[ReviewState(state)] for state in spec.review]] = True
        result &= allowed[review]
    return result
