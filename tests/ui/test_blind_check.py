"""The blind check on the Assignments page driven offscreen: findings listed before kits go
out, confirmed with a rationale (audited) or cancelled (nothing written), and no check or
confirmation offered in a read-only window or an open event."""

from __future__ import annotations

from pathlib import Path

from event_helpers import open_window, settle, show
from factories import iterdump
from logistics_factories import LogisticsEvent, prepared_event
from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import select

from imin_desktop.formats.kit import open_kit
from imin_desktop.models import AuditEntry
from imin_desktop.services import blinding, events
from imin_desktop.ui.event.assignments_page import AssignmentsPage
from imin_desktop.ui.event.blind_check import BlindFindingsDialog


def _blind_event(folder: Path) -> LogisticsEvent:
    """A blind event whose real pitch decks name every team member on page 1."""
    event = prepared_event(folder, submissions_count=4, jurors_count=2, per_submission=2,
                           blind=True, realistic=True, blind_variants=False)  # fmt: skip
    event.db.dispose()
    return event


def _confirmations(path: Path) -> list[AuditEntry]:
    db = events.open_event(path)
    try:
        with db.begin() as session:
            query = select(AuditEntry).where(AuditEntry.entity == "blind_identity")
            return list(session.scalars(query.order_by(AuditEntry.id)))
    finally:
        db.dispose()


def _findings_dialog(qtbot, window, page: AssignmentsPage, out: Path) -> BlindFindingsDialog:
    page.run_export_kits(out, False)
    settle(qtbot, window)
    dialog = page.blind_gate.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_export_kits_blind_with_a_known_hit_lists_the_findings(
    qtbot, qtmodeltester, runner, settings, tmp_path
):
    event = _blind_event(tmp_path / "event")
    first = event.submissions[0]
    window = open_window(qtbot, event.path, runner, settings)
    page = show(qtbot, window, "assignments")
    assert page.check_action.isVisible() and page.check_action.isEnabled()

    dialog = _findings_dialog(qtbot, window, page, tmp_path / "kits")

    rows = {(f.submission, f.place, f.page, dialog.found(f)) for f in dialog.findings}
    assert (first.id, "attachment 1 (pitch.pdf)", 1,
            f"the team's name “{first.team[0].name}”") in rows  # fmt: skip
    assert dialog.all_submissions() == event.submission_ids
    assert dialog.table.model.rowCount() == len(dialog.findings)
    qtmodeltester.check(dialog.table.model)
    assert not dialog.confirm_all.isEnabled()  # a rationale is required
    dialog.close()
    window.close()


def test_confirm_all_with_a_rationale_audits_and_writes_the_kits(qtbot, runner, settings, tmp_path):
    event = _blind_event(tmp_path / "event")
    window = open_window(qtbot, event.path, runner, settings)
    page = show(qtbot, window, "assignments")
    dialog = _findings_dialog(qtbot, window, page, tmp_path / "kits")

    dialog.rationale.setText("Teams agreed to be named; panel informed")
    assert dialog.confirm_all.isEnabled()
    dialog.confirm_all.click()
    settle(qtbot, window)

    entries = _confirmations(event.path)
    assert [(e.action, e.entity_key) for e in entries] == [
        ("confirm", sid) for sid in event.submission_ids
    ]
    assert entries[0].after["rationale"] == "Teams agreed to be named; panel informed"
    kits = sorted((tmp_path / "kits").glob("*.iminkit"))
    assert [k.name for k in kits] == ["J01.iminkit", "J02.iminkit"]
    assert open_kit(kits[0]).kit.blind is True
    assert "2 kit(s) written" in page.status.text()
    window.close()


def test_confirm_selected_asks_again_for_the_rest_before_exporting(
    qtbot, runner, settings, tmp_path
):
    event = _blind_event(tmp_path / "event")
    window = open_window(qtbot, event.path, runner, settings)
    page = show(qtbot, window, "assignments")
    dialog = _findings_dialog(qtbot, window, page, tmp_path / "kits")
    first = next(i for i, f in enumerate(dialog.findings) if f.submission == "SUB-001")
    index = dialog.table.proxy.mapFromSource(dialog.table.model.index(first, 0))
    dialog.table.view.selectionModel().select(
        index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    dialog.rationale.setText("Named in the public call")

    assert dialog.selected_submissions() == ["SUB-001"]
    dialog.confirm_selected.click()
    settle(qtbot, window)

    again = page.blind_gate.dialog
    assert again is not None and again is not dialog and again.isVisible()
    assert again.all_submissions() == event.submission_ids[1:]
    assert [e.entity_key for e in _confirmations(event.path)] == ["SUB-001"]
    assert not (tmp_path / "kits").exists()
    again.reject()
    window.close()


def test_cancel_on_the_findings_writes_nothing(qtbot, runner, settings, tmp_path):
    event = _blind_event(tmp_path / "event")
    before = iterdump(event.path)
    window = open_window(qtbot, event.path, runner, settings)
    page = show(qtbot, window, "assignments")
    dialog = _findings_dialog(qtbot, window, page, tmp_path / "kits")

    dialog.rationale.setText("not meant")
    dialog.reject()
    settle(qtbot, window)

    window.close()
    window.ctx.db.dispose()
    assert not (tmp_path / "kits").exists()
    assert _confirmations(event.path) == []
    assert iterdump(event.path) == before


def test_check_blind_attachments_action_confirms_every_submission(
    qtbot, runner, settings, tmp_path
):
    event = _blind_event(tmp_path / "event")
    window = open_window(qtbot, event.path, runner, settings)
    page = show(qtbot, window, "assignments")

    page.check_action.trigger()
    settle(qtbot, window)
    dialog = page.blind_gate.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.rationale.setText("Accepted by the panel")
    dialog.confirm_all.click()
    settle(qtbot, window)

    assert "nothing unconfirmed" in page.status.text()
    assert blinding.check_blind(window.ctx.db).blocking == []
    window.close()


def test_read_only_window_offers_no_blind_check(qtbot, runner, settings, tmp_path):
    event = _blind_event(tmp_path / "event")
    window = open_window(qtbot, event.path, runner, settings, read_only=True)
    page = show(qtbot, window, "assignments")

    assert not page.check_action.isEnabled() and not page.check_button.isVisible()
    page.check_blind()
    settle(qtbot, window)
    assert page.blind_gate.dialog is None
    window.close()


def test_open_event_hides_the_blind_check(qtbot, demo_event, runner, settings):
    window = open_window(qtbot, demo_event, runner, settings)
    page = show(qtbot, window, "assignments")

    assert not page.check_action.isVisible() and not page.check_button.isVisible()
    window.close()
