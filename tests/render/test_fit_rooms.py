"""``fit_rooms`` gives Fit All and an export's pages what ``label_reach`` and ``end_rooms``
give, finding the events that end last once for both."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from timelineapp.model.file_format import EventFile
from timelineapp.render import lanes
from timelineapp.render.scene import SceneInputs, end_rooms, fit_rooms, label_reach
from timelineapp.render.scene_items import Geometry

from .test_scene import inputs_for

DATES = [
    "2012",
    "2015-03/2015-06",
    "2019-07-01/..",
    "2024-05-19",
    "2024-05-19",  # two events end last together
    "../2023-01-01",
    "2024-03?",
    "2024-06-01~/2024-09-30",
]


def _inputs(mask: npt.NDArray[np.bool_] | None = None) -> SceneInputs:
    events = [
        {"id": f"e{k}", "title": f"Event {k} " + "w" * k, "date": d, "status": "occurred"}
        for k, d in enumerate(DATES)
    ]
    data = EventFile.model_validate(
        {"format": "timelineapp/events", "version": 1, "title": "t", "events": events}
    )
    return inputs_for(data, mask)


def _measure(text: str) -> float:
    return 6.5 * len(text)


@pytest.mark.parametrize(
    "kept",
    [
        None,
        [0, 1, 2],
        [3, 4],
        [0, 5],
        [7],
        [],
    ],
)
def test_fit_rooms_is_label_reach_and_end_rooms(kept: list[int] | None) -> None:
    mask = None
    if kept is not None:
        mask = np.zeros(len(DATES), dtype=np.bool_)
        mask[kept] = True
    inputs = _inputs(mask)
    g = Geometry()
    reach, body = fit_rooms(inputs, _measure, g)
    expected = label_reach(inputs, _measure, g)

    # The same events, perhaps in another order: compare them sorted by start, end, width.
    def rows(r: tuple[npt.NDArray[np.float64], ...]) -> list[tuple[float, ...]]:
        return sorted(zip(*(a.tolist() for a in r), strict=True))

    assert rows(reach) == rows(expected)
    assert body == end_rooms(inputs, g, _measure)


def test_fit_rooms_finds_the_last_ending_events_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    last_ending = lanes.last_ending

    def counted(*args: object) -> npt.NDArray[np.int64]:
        calls.append(1)
        return last_ending(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(lanes, "last_ending", counted)
    fit_rooms(_inputs(), _measure, Geometry())
    assert len(calls) == 1
