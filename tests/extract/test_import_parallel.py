"""Big tables converted in worker processes give the file and report one process gives."""

from __future__ import annotations

import pytest

from timelineapp.extract.importers import import_bytes, parallel_table
from timelineapp.extract.importers.parallel_table import row_starts


def _acled(rows: int) -> bytes:
    lines = ["event_id_cnty,event_date,time_precision,actor1,actor2,location,notes,source,iso"]
    for i in range(rows):
        date = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}" if i % 7 else "31/06/2024"  # refused
        notes = f'"Line one of {i},\nline two with ""quotes"" and, a comma"' if i % 3 else ""
        title_less = i % 11 == 5  # neither notes nor type: dropped, with its line
        lines.append(
            f"NIG{i},{date},{1 + i % 3},Group {i % 5},Forces {i % 4},"
            f"{'' if title_less else f'Place {i % 9}'},{'' if title_less else notes},"
            f"Agency {i % 3},562"
        )
    return ("\n".join(lines) + "\n").encode()


@pytest.fixture
def in_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel_table, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(parallel_table, "cores", lambda: 2)


def _one_process(raw: bytes, name: str) -> object:
    saved = parallel_table.PARALLEL_BYTES
    parallel_table.PARALLEL_BYTES = 1 << 62
    try:
        return import_bytes(raw, name)
    finally:
        parallel_table.PARALLEL_BYTES = saved


@pytest.mark.usefixtures("in_parts")
def test_parts_give_the_bytes_and_report_of_one_process() -> None:
    raw = _acled(300)
    seen: list[float] = []
    parts = import_bytes(raw, "big.csv", progress=lambda f: seen.append(f) or True)
    whole = _one_process(raw, "big.csv")
    assert parts.raw == whole.raw  # type: ignore[attr-defined]
    assert parts.report.to_json() == whole.report.to_json()  # type: ignore[attr-defined]
    assert parts.head == whole.head  # type: ignore[attr-defined]
    assert parts.report.dropped_count > 0
    # Lines are the file's, counted across parts (cells span lines: past the 301 rows).
    lines = [e.where.line or 0 for e in parts.report.entries]  # type: ignore[attr-defined]
    assert lines == sorted(lines)
    assert lines[-1] > 301
    assert seen == sorted(seen)
    assert seen[-1] == 1.0


@pytest.mark.usefixtures("in_parts")
def test_parts_that_disagree_fall_back_to_one_process() -> None:
    # "Niger!" and "niger" are two actors whose ids both want "niger": which one gets
    # "niger-2" depends on which comes first, so the parts would disagree.
    head = "date,title,actors\n"
    first = "".join(f"2024-01-{1 + i % 28:02d},A {i},niger\n" for i in range(40))
    second = "".join(f"2024-02-{1 + i % 28:02d},B {i},Niger!\n" for i in range(40))
    raw = (head + second + first + second).encode()
    parts = import_bytes(raw, "clash.csv", "csv")
    whole = _one_process(raw, "clash.csv")
    assert parts.raw == whole.raw
    assert {a.id for a in parts.event_file.actors} == {"niger", "niger-2"}


def test_parts_start_at_records_not_inside_quoted_cells() -> None:
    text = b'a,b\n1,"x\ny"\n2,"p\nq\nr"\n3,z\n4,"\n"\n5,w\n'
    header_end = text.index(b"\n") + 1
    for parts in range(2, 8):
        starts = row_starts(text, header_end, parts)
        assert starts[0] == header_end
        assert starts == sorted(set(starts))
        for start in starts:
            assert text[start : start + 1].isdigit(), (
                parts,
                start,
            )  # every record starts with its number


@pytest.mark.usefixtures("in_parts")
def test_a_cancelled_import_in_parts_stops() -> None:
    from timelineapp.extract.importers import ImportCancelled

    with pytest.raises(ImportCancelled):
        import_bytes(_acled(2000), "big.csv", progress=lambda _f: False)


@pytest.mark.usefixtures("in_parts")
def test_a_big_table_that_is_not_utf8_is_read_in_one_process() -> None:
    raw = "date,title\n" + "".join(
        f"2024-01-{1 + i % 28:02d},Accord signé {i}\n" for i in range(50)
    )
    parts = import_bytes(raw.encode("cp1252"), "latin.csv", "csv")
    assert parts.event_file.events[0].title == "Accord signé 0"
    assert any("Windows-1252" in line for line in parts.report.lines())


def test_a_worker_that_ends_without_its_part_is_a_failure() -> None:
    import multiprocessing

    from timelineapp.extract.importers.parallel_table import WorkerFailed, _receive

    ours, theirs = multiprocessing.Pipe()
    theirs.close()  # the worker died (killed, out of memory) before answering
    with pytest.raises(WorkerFailed):
        _receive(ours)


@pytest.mark.usefixtures("in_parts")
def test_failed_workers_fall_back_to_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    from timelineapp.extract.importers.parallel_table import WorkerFailed

    def fail(*_args: object) -> None:
        raise WorkerFailed("killed")

    raw = _acled(300)
    whole = _one_process(raw, "big.csv")
    monkeypatch.setattr(parallel_table, "_run", fail)
    parts = import_bytes(raw, "big.csv")
    assert parts.raw == whole.raw  # type: ignore[attr-defined]
    assert parts.report.to_json() == whole.report.to_json()  # type: ignore[attr-defined]
