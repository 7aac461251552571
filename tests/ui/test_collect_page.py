"""The Collect page driven offscreen: a folder of returned score files dropped at once (one
tampered, one duplicate), one row per file with its outcome; the coverage heat map and the
jurors still missing; dropping the same files again changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from event_helpers import drop, open_window, settle, show
from factories import event_file
from PySide6.QtWidgets import QApplication

from imin_desktop import generator
from imin_desktop.services import assignments, events, jurors, kits, submissions
from imin_desktop.services.demo import _score_as_juror
from imin_desktop.ui.event.collect_page import CollectPage, score_files_in

SCORING = ("J01", "J02", "J03", "J04")  # the others hand back nothing: late


@pytest.fixture(scope="module")
def handed_out(demo_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An event whose kits are out, and the score files four jurors sent back (not merged)."""
    folder = tmp_path_factory.mktemp("handed-out")
    event = event_file(folder)
    db = events.open_event(event)
    try:
        submissions.import_submissions(db, [demo_folder / "packages"], actor="test")
        jurors.import_jurors(db, demo_folder / "jurors.csv", actor="test")
        design = assignments.auto_assign(db, 2, actor="test")
        issued = kits.export_kits(db, folder / "kits", actor="test")
        reviews = generator.simulate_reviews(events.load_rubric_of(db), design.assignments, 3)
    finally:
        db.dispose()
    for kit in issued:
        if kit.juror_id in SCORING:
            mine = sorted((r for r in reviews if r.juror_id == kit.juror_id),
                          key=lambda r: r.submission_id)  # fmt: skip
            _score_as_juror(kit.path, folder / "ws", folder / "returned", mine)
    return folder


def _inbox(handed_out: Path, target: Path) -> Path:
    """The coordinator's inbox: the returned files, J04's tampered, J01's sent twice."""
    shutil.copytree(handed_out / "returned", target)
    tampered = target / "J04-001.iminscore"
    tampered.write_bytes(tampered.read_bytes().replace(b'"status": "final"', b'"status": "draft"', 1)
                         .replace(b'"status":"final"', b'"status":"draft"', 1))  # fmt: skip
    (target / "again").mkdir()
    shutil.copyfile(target / "J01-001.iminscore", target / "again" / "J01-copy.iminscore")
    return target


def test_dropped_folder_gives_one_row_per_file_and_coverage_shows_the_late_jurors(
    qtbot, qtmodeltester, handed_out, runner, settings, tmp_path
):
    event = tmp_path / "event.imin"
    shutil.copyfile(handed_out / "event.imin", event)
    inbox = _inbox(handed_out, tmp_path / "inbox")
    window = open_window(qtbot, event, runner, settings)
    page = show(qtbot, window, "collect")
    assert isinstance(page, CollectPage)

    drop(page.drop, [inbox])
    settle(qtbot, window)

    rows = {Path(o.path).name: (o.juror, o.result) for o in page.table.model.rows}
    assert rows == {
        "J01-copy.iminscore": ("J01", "duplicate"),
        "J01-001.iminscore": ("J01", "accepted"),
        "J02-001.iminscore": ("J02", "accepted"),
        "J03-001.iminscore": ("J03", "accepted"),
        "J04-001.iminscore": ("J04", "refused"),
    }
    refused = next(o for o in page.table.model.rows if o.result == "refused")
    assert "signature" in refused.reason
    assert "3 accepted" in page.summary.text() and "1 refused" in page.summary.text()
    qtmodeltester.check(page.table.model)

    missing = {r[0].id for r in page.coverage.missing.model.rows}
    assert missing == {"J04", "J05", "J06", "J07", "J08", "J09"}
    late = next(r for r in page.coverage.missing.model.rows if r[0].id == "J09")
    assert late[0].counts["missing"] == late[0].assigned > 0
    assert late[1].email in page.coverage.addresses()
    page.coverage.copy_addresses()
    assert QApplication.clipboard().text() == page.coverage.addresses()
    heat = page.coverage.heat_map
    late_cells = [heat.state_at("J09", s) for s in heat.submissions if heat.state_at("J09", s)]
    assert late_cells and set(late_cells) == {"missing"}
    assert {heat.state_at("J02", s) for s in heat.submissions} - {""} == {"done"}
    qtmodeltester.check(page.coverage.missing.model)
    window.close()


def test_dropping_the_same_files_again_changes_nothing_and_says_so(
    qtbot, demo_folder, demo_event, runner, settings
):
    window = open_window(qtbot, demo_event, runner, settings)
    page = show(qtbot, window, "collect")
    before = window.ctx.info

    drop(page.drop, [demo_folder / "scores"])
    settle(qtbot, window)

    assert {o.result for o in page.table.model.rows} == {"duplicate"}
    assert len(page.table.model.rows) == len(score_files_in([demo_folder / "scores"]))
    assert page.summary.text().startswith("Nothing changed in the event")
    assert window.ctx.info == before
    window.close()


def test_collect_page_of_a_read_only_window_takes_no_files(
    qtbot, demo_folder, demo_event, runner, settings
):
    window = open_window(qtbot, demo_event, runner, settings, read_only=True)
    page = show(qtbot, window, "collect")

    drop(page.drop, [demo_folder / "scores"])
    settle(qtbot, window)

    assert page.table.model.rows == [] and not page.files_action.isEnabled()
    window.close()


def test_cancelled_merge_leaves_the_event_unchanged(qtbot, handed_out, runner, settings, tmp_path):
    from factories import iterdump

    event = tmp_path / "event.imin"
    shutil.copyfile(handed_out / "event.imin", event)
    window = open_window(qtbot, event, runner, settings)
    page = show(qtbot, window, "collect")
    before = iterdump(event)

    page.receive_files([handed_out / "returned"])
    assert page.task is not None
    page.task.cancel()  # as the progress dialog's Cancel does
    settle(qtbot, window)

    assert page.summary.text() == "Merge cancelled: nothing was merged."
    assert page.table.model.rows == []
    assert iterdump(event) == before
    window.close()
