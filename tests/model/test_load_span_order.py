"""The load pass checks the order of quote spans all at once; the rule stays
``file_format.span_order_problem``, which judges every suspect span."""

from __future__ import annotations

import numpy as np

from timelineapp.model.file_format import span_order_problem
from timelineapp.model.loading import load_event_bytes
from timelineapp.model.loading.chunks import suspect_spans

from .event_files import minimal, to_bytes


def test_every_span_the_rule_refuses_is_a_suspect() -> None:
    pairs = np.array([(s, e) for s in range(0, 12) for e in range(0, 12)], np.int64)
    suspects = suspect_spans(pairs)
    refused = np.array([span_order_problem(s, e) is not None for s, e in pairs.tolist()])
    assert not np.any(refused & ~suspects)
    assert refused.any()


def test_a_reversed_quote_or_date_phrase_is_reported_where_it_is() -> None:
    data = minimal()
    data["events"][1]["sources"][0]["quotes"][0].update(start=80, end=70)
    data["events"][0]["sources"][0]["date_phrase"].update(start=5, end=5)
    data["events"][2]["sources"][0]["document"] = "nope"  # its neighbours' problems too
    result = load_event_bytes(to_bytes(data), "t.json", None)
    paths = {issue.json_path for issue in result.issues}
    assert "events[1].sources[0].quotes[0]" in paths
    assert "events[0].sources[0].date_phrase" in paths
    assert "events[2].sources[0].document" in paths
