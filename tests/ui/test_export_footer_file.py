"""The window's export names the file on disk with the hash of its bytes, or says that the
picture shows changes not saved (QA #134: after a save the footer gave the hash of the draft
as loaded again in memory, bytes never written)."""

from __future__ import annotations

import hashlib
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from timelineapp.cli import EXIT_OK, main
from timelineapp.model.edits import new_file, update_event
from timelineapp.render.export import ExportFormat, ExportOptions, render_export, timeline_range
from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application

SVG = ExportOptions(format=ExportFormat.SVG, export_date="2026-11-27")
HASH = re.compile(r"SHA-256 [0-9a-f]{12}")


def svg_texts(data: bytes) -> str:
    root = ET.fromstring(data)
    return "\n".join(
        "".join(node.itertext()) for node in root.iter("{http://www.w3.org/2000/svg}text")
    )


def window_export(app: Application) -> str:
    """The texts of what File > Export Image writes of the whole timeline (as SVG)."""
    source = app.export_flow.source()
    assert source is not None
    subject = source.subject()
    result = render_export(subject, timeline_range(source.timeline, source.mask), SVG)
    return svg_texts(result.data)


def example_copy(folder: Path) -> Path:
    example = example_event_file()
    for found in example.parent.iterdir():
        shutil.copy(found, folder / found.name)
    return folder / example.name


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.shared_window
def test_after_a_save_the_footer_gives_the_hash_of_the_bytes_on_disk(
    app: Application, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = example_copy(tmp_path)
    assert app.opener.open(path)
    assert f"SHA-256 {sha256_of(path)[:12]}" in window_export(app)  # as opened

    controller = app.controller
    draft = controller.draft
    assert draft is not None
    controller.edit(update_event(draft, 3, title="Accord signé le 19 mai"), "Edit")
    assert app.window.save_flow.save()
    assert not controller.modified
    on_disk = sha256_of(path)
    texts = window_export(app)
    # The draft as loaded again in memory is not the file written: its hash is not the file's.
    assert controller.timeline is not None
    assert controller.timeline.loaded.content_hash != on_disk
    assert f"File: {path.name} · SHA-256 {on_disk[:12]}" in texts
    assert HASH.findall(texts) == [f"SHA-256 {on_disk[:12]}"]

    # The command line's export of the saved file says the same.
    out = tmp_path / "cli.svg"
    assert main(["export", str(path), "-o", str(out), "--date", "2026-11-27"]) == EXIT_OK
    capsys.readouterr()
    assert f"File: {path.name} · SHA-256 {on_disk[:12]}" in svg_texts(out.read_bytes())


@pytest.mark.shared_window
def test_with_unsaved_changes_the_footer_says_so_and_gives_no_hash(
    app: Application, tmp_path: Path
) -> None:
    path = example_copy(tmp_path)
    assert app.opener.open(path)
    controller = app.controller
    draft = controller.draft
    assert draft is not None
    controller.edit(update_event(draft, 3, title="Accord signé le 19 mai"), "Edit")
    assert controller.modified
    texts = window_export(app)
    assert HASH.search(texts) is None
    assert (
        f"File: {path.name}, with changes not saved: the picture is not of the file on disk"
        in texts
    )
    # Undone back to what is on disk: the file's own hash again.
    controller.undo_stack.undo()
    assert not controller.modified
    assert f"File: {path.name} · SHA-256 {sha256_of(path)[:12]}" in window_export(app)


@pytest.mark.shared_window
def test_a_draft_never_saved_is_said_to_be_in_no_file(app: Application) -> None:
    app.controller.new_file(new_file("Brouillon"))
    texts = window_export(app)
    assert HASH.search(texts) is None
    assert "Not saved in any file: the picture shows a draft" in texts


@pytest.mark.shared_window
def test_the_svg_description_follows_the_footer(app: Application, tmp_path: Path) -> None:
    path = example_copy(tmp_path)
    assert app.opener.open(path)
    controller = app.controller
    draft = controller.draft
    assert draft is not None
    controller.edit(update_event(draft, 3, title="Accord signé le 19 mai"), "Edit")
    source = app.export_flow.source()
    assert source is not None
    result = render_export(source.subject(), timeline_range(source.timeline, source.mask), SVG)
    desc = ET.fromstring(result.data).find("{http://www.w3.org/2000/svg}desc")
    assert desc is not None
    assert desc.text is not None
    assert "SHA-256" not in desc.text.replace("(no SHA-256)", "")
    assert "with changes not saved" in desc.text
