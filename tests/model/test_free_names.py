"""One rule for a free document file name (builder, Add Document, saving)."""

from __future__ import annotations

from timelineapp.model.free_names import free_name


def test_a_free_name_is_kept_and_a_taken_one_numbered() -> None:
    taken = {"article.txt", "article-2.txt", "docs/a.txt"}
    assert free_name("note.txt", taken.__contains__) == "note.txt"
    assert free_name("article.txt", taken.__contains__) == "article-3.txt"
    assert free_name("docs/a.txt", taken.__contains__) == "docs/a-2.txt"
    assert free_name("README", {"README"}.__contains__) == "README-2.txt"
