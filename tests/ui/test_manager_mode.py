"""The manager's window: the event opened read-only, every editing action absent or disabled,
the database refusing changes; results, audit and report still readable and printable."""

from __future__ import annotations

import csv

import pytest
from event_helpers import open_window, results_page, settle, show
from factories import iterdump

from imin_desktop.app import parse_args
from imin_desktop.persistence.database import ReadOnlyError
from imin_desktop.services import decisions


def test_app_takes_read_only_from_the_command_line():
    args = parse_args(["--read-only", "event.imin"])
    assert (args.file, args.read_only) == ("event.imin", True)


def test_manager_window_refuses_edits_at_the_database(qtbot, demo_event, runner, settings,
                                                      tmp_path):  # fmt: skip
    before = iterdump(demo_event)
    window = open_window(qtbot, demo_event, runner, settings, read_only=True)
    assert window.ctx.db.read_only and "read-only" in window.windowTitle()
    results = results_page(qtbot, window)
    assert results.model.rowCount() == window.ctx.info.submissions

    page = show(qtbot, window, "decisions")
    assert not page.outcome_box.isEnabled() and page.rationale_edit.isReadOnly()
    assert not page.record_button.isVisible() and not page.ex_aequo.settle_button.isVisible()
    key, seen = next(iter(decisions.list_decisions(window.ctx.db).items()))
    with pytest.raises(ReadOnlyError):  # even past the UI, the event's database says no
        decisions.decide(window.ctx.db, key, "finalist", "x", expected_version=seen.version)

    audit = show(qtbot, window, "audit")
    assert audit.shown_rows()
    audit.export_csv(tmp_path / "audit.csv")
    settle(qtbot, window)
    with open(tmp_path / "audit.csv", encoding="utf-8-sig") as handle:
        assert len(list(csv.DictReader(handle))) == len(audit.all_rows)

    outputs = show(qtbot, window, "outputs")
    with qtbot.waitSignal(outputs.preview_shown, timeout=180_000):
        outputs.generate_report(tmp_path / "report.pdf")
    settle(qtbot, window)
    assert outputs.print_button.isEnabled()
    window.close()
    assert iterdump(demo_event) == before


def test_audit_page_filters_by_who_what_and_submission(qtbot, demo_event, runner, settings):
    window = open_window(qtbot, demo_event, runner, settings)
    page = show(qtbot, window, "audit")
    total = len(page.all_rows)
    page.what_box.setCurrentIndex(page.what_box.findData("decide"))
    decided = page.shown_rows()
    assert len(decided) == 3 and all(r.action == "decide" for r in decided)
    page.submission_edit.setText(decided[0].submission)
    assert [r.id for r in page.shown_rows()] == [decided[0].id]
    page.what_box.setCurrentIndex(0)
    page.submission_edit.clear()
    page.who_box.setCurrentIndex(page.who_box.findData("demo"))
    assert 0 < len(page.shown_rows()) <= total
    page.since_edit.setText("2999")
    assert page.shown_rows() == []
    window.close()


def test_start_window_opens_an_event_read_only(qtbot, demo_event, settings, tmp_path,
                                               monkeypatch):  # fmt: skip
    from PySide6.QtWidgets import QFileDialog

    from imin_desktop.ui.shell import Shell

    shell = Shell(settings=settings, workspace_dir=tmp_path / "ws")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(demo_event), "")))  # fmt: skip
    shell.start.read_only_button.click()
    qtbot.waitUntil(lambda: bool(shell.events), timeout=20_000)
    (window,) = shell.events.values()
    qtbot.addWidget(window)
    assert window.ctx.read_only and window.ctx.db.read_only
    window.close()
    shell.shutdown()
