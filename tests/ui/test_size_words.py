"""A size says the same in the English window and on the command line: one rule, 1024-based
with IEC names, Qt's ``formattedDataSize`` in the window, the model's words on the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from timelineapp.model.loading.read import ReadError, read_regular_file, size_text
from timelineapp.ui import preferences_dialog, read_problem_words

SIZES = [0, 1, 999, 1000, 1023, 1024, 1536, 10**6, (1 << 20) - 1, 1 << 20, 100 << 20]
SIZES += [(1 << 30) + 12345, 5 * 10**12, 3 << 50, (1 << 63) - 1]


@pytest.fixture
def english(qapp: QCoreApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en"))
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("count", SIZES)
def test_the_window_and_the_command_line_word_a_size_alike(count: int) -> None:
    assert preferences_dialog.size_text(count) == size_text(count)


@pytest.mark.usefixtures("english")
def test_a_too_big_file_reads_the_same_in_the_window(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 3000)
    with pytest.raises(ReadError) as caught:
        read_regular_file(path, 2048)
    english = str(caught.value)
    assert english == "expected at most 2.0 KiB, found 2.9 KiB: the file is too big to open"
    arguments = {"why": caught.value.code, **dict(caught.value.arguments)}
    assert read_problem_words.read_problem(arguments) == english
