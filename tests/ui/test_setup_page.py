"""The Setup page driven offscreen: rubric, submissions import by drop (all or nothing),
jurors, conflicts; every table model follows Qt's contract."""

from __future__ import annotations

import shutil
from pathlib import Path

from event_helpers import drop, open_window, settle, show
from factories import event_file, iterdump, package_zip, submission_doc
from PySide6.QtCore import Qt

from imin_desktop.services.jurors import list_conflicts, list_jurors
from imin_desktop.services.submissions import list_submissions
from imin_desktop.ui.common.table_model import fold
from imin_desktop.ui.event.setup_page import SetupPage
from imin_desktop.ui.event.submissions_panel import ProblemsDialog


def test_setup_page_shows_rubric_submissions_jurors_and_conflicts(
    qtbot, qtmodeltester, demo_event, runner, settings
):
    window = open_window(qtbot, demo_event, runner, settings)
    page = show(qtbot, window, "setup")
    assert isinstance(page, SetupPage)

    html = page.rubric.view.toPlainText()
    assert "Relevance" in html and "Tie-break order" in html
    assert "locked" in page.rubric.status.text()
    assert not page.rubric.replace_button.isEnabled()
    assert page.submissions.table.model.rowCount() == 30
    assert page.jurors.table.model.rowCount() == 9
    assert [(c.juror_id, c.submission_id) for c in page.conflicts.table.model.rows] == [
        (c.juror_id, c.submission_id) for c in list_conflicts(window.ctx.db)
    ]
    assert page.tabs.tabText(1) == "&Submissions (30)"
    for table in (page.submissions.table, page.jurors.table, page.conflicts.table):
        qtmodeltester.check(table.model)
        qtmodeltester.check(table.proxy)
    window.close()


def test_setup_tables_sort_by_any_column_and_filter_ignoring_accents(
    qtbot, qtmodeltester, demo_event, runner, settings
):
    window = open_window(qtbot, demo_event, runner, settings)
    page = show(qtbot, window, "setup")
    table = page.submissions.table
    table.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    titles = [table.proxy.index(r, 1).data() for r in range(table.proxy.rowCount())]
    assert titles == sorted(titles, key=fold, reverse=True)
    table.filter.setText("triagem")
    shown = [table.proxy.index(r, 1).data() for r in range(table.proxy.rowCount())]
    assert shown and all("triagem" in fold(t) for t in shown)
    assert shown == sorted(shown, key=fold, reverse=True)
    qtmodeltester.check(table.proxy)
    first = page.jurors.table.model.rows[0]
    accentless = first.name.upper().replace("Ê", "E").replace("Ç", "C").replace("Ã", "A")

    page.jurors.table.filter.setText(accentless.split()[0])

    shown = [page.jurors.table.proxy.index(r, 0).data() for r in
             range(page.jurors.table.proxy.rowCount())]  # fmt: skip
    assert first.id in shown
    window.close()


def test_drop_with_one_refused_source_imports_nothing_then_the_good_ones_go_in(
    qtbot, qtmodeltester, demo_folder, runner, settings, tmp_path
):
    event = event_file(tmp_path)
    bad = package_zip(tmp_path / "bad" / "broken.zip", submission_doc("SUB-BAD", title=""))
    window = open_window(qtbot, event, runner, settings)
    page = show(qtbot, window, "setup")
    panel = page.submissions
    before = iterdump(event)

    drop(panel.drop, [demo_folder / "packages", bad])
    settle(qtbot, window)

    assert iterdump(event) == before
    dialog = panel.problems_dialog
    assert isinstance(dialog, ProblemsDialog)
    rows = [(r.location, r.message) for r in dialog.table.model.rows]
    assert rows == [("SUB-BAD / title", "must not be empty")]
    qtmodeltester.check(dialog.table.model)
    assert "Nothing was imported" in panel.message.text()
    dialog.close()

    drop(panel.drop, [demo_folder / "packages"])
    settle(qtbot, window)

    assert len(list_submissions(window.ctx.db)) == 30
    assert panel.table.model.rowCount() == 30
    assert "30 added" in panel.message.text()
    assert window.ctx.info is not None and window.ctx.info.submissions == 30
    window.close()


def test_jurors_are_added_and_imported_and_a_conflict_declared(
    qtbot, demo_folder, runner, settings, tmp_path
):
    event = event_file(tmp_path)
    window = open_window(qtbot, event, runner, settings)
    page = show(qtbot, window, "setup")
    drop(page.submissions.drop, [demo_folder / "packages"])
    settle(qtbot, window)

    shutil.copyfile(demo_folder / "jurors.csv", tmp_path / "jurors.csv")
    drop(page.jurors.drop, [tmp_path / "jurors.csv"])
    settle(qtbot, window)
    added = page.jurors.add("J99", "Late Juror", "late@example.pt")
    conflict = page.conflicts.add("J99", list_submissions(window.ctx.db)[0].id)
    settle(qtbot, window)

    assert (added, conflict) == (True, True)
    assert len(list_jurors(window.ctx.db)) == 10
    assert page.jurors.table.model.rowCount() == 10
    assert [(c.juror_id, c.source) for c in page.conflicts.table.model.rows] == [
        ("J99", "coordinator")
    ]
    page.conflicts.table.view.selectRow(0)
    page.conflicts.withdraw_selected()
    settle(qtbot, window)
    assert list_conflicts(window.ctx.db) == []
    window.close()


def test_read_only_window_offers_no_editing_on_setup(qtbot, demo_event, runner, settings):
    window = open_window(qtbot, demo_event, runner, settings, read_only=True)
    page = show(qtbot, window, "setup")

    assert not page.submissions.drop.isVisible() and not page.submissions.drop.acceptDrops()
    assert not page.jurors.add_action.isEnabled()
    assert not page.conflicts.add_action.isEnabled()
    assert not page.rubric.replace_button.isVisible()
    window.close()


def test_setup_page_is_a_page_of_the_window(qtbot, demo_event, runner, settings, tmp_path):
    window = open_window(qtbot, demo_event, runner, settings)
    assert isinstance(window.page("setup"), SetupPage)
    assert Path(str(window.ctx.path)).name == "demo.imin"
    window.close()


def test_cancelled_import_leaves_the_event_unchanged(
    qtbot, demo_folder, runner, settings, tmp_path
):
    event = event_file(tmp_path)
    window = open_window(qtbot, event, runner, settings)
    page = show(qtbot, window, "setup")
    before = iterdump(event)

    page.submissions.import_paths([demo_folder / "packages"])
    assert page.submissions.task is not None
    page.submissions.task.cancel()  # as the progress dialog's Cancel does
    settle(qtbot, window)

    assert page.submissions.message.text() == "Import cancelled: nothing was imported."
    assert iterdump(event) == before
    window.close()
