"""Creating an event with the wizard, and opening events from the start window: its
coordinator choices, drag and drop of an event file, File ▸ New event and recent events."""

from __future__ import annotations

import json
from pathlib import Path

from event_helpers import drop, open_window
from factories import rubric_doc, write_json
from PySide6.QtWidgets import QWizard

from imin_desktop.services import events
from imin_desktop.ui.event.window import EventWindow
from imin_desktop.ui.event.wizard import NewEventWizard
from imin_desktop.ui.shell import Shell


def _next(wizard: QWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def test_wizard_creates_a_blind_event_with_a_bundled_rubric(qtbot, runner, settings, tmp_path):
    wizard = NewEventWizard(runner, settings)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.first.title_edit.setText("Desafio Saúde 2026")
    wizard.first.blind.setChecked(True)
    wizard.first.hidden_fields.setText("website, organisation")
    _next(wizard)
    page = wizard.rubric_page
    page.choice.setCurrentIndex(1)
    assert page.isComplete() and page.rubric is not None
    assert page.rubric.id in page.preview.toPlainText() or page.rubric.criteria[0].key in (
        page.preview.toPlainText()
    )
    _next(wizard)
    assert wizard.save_page.path.text().endswith("Desafio Saúde 2026.imin")
    wizard.save_page.path.setText(str(tmp_path / "saude.imin"))

    with qtbot.waitSignal(wizard.created, timeout=20_000) as created:
        wizard.button(QWizard.WizardButton.FinishButton).click()

    db, path = created.args
    try:
        info = events.event_info(db)
        assert (info.title, info.is_blind, info.rubric_id) == (
            "Desafio Saúde 2026", True, page.rubric.id,
        )  # fmt: skip
    finally:
        db.dispose()
    assert path == tmp_path / "saude.imin" and path.is_file()
    assert not wizard.isVisible()
    assert settings.recent_files()[0] == (str(path.resolve()), "Desafio Saúde 2026")


def test_wizard_refuses_a_broken_rubric_file_and_an_existing_target(
    qtbot, runner, settings, tmp_path
):
    broken = write_json(tmp_path / "broken.json", rubric_doc(criteria=[]))
    (tmp_path / "taken.imin").write_bytes(b"")
    wizard = NewEventWizard(runner, settings)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.first.title_edit.setText("Summit")
    _next(wizard)
    page = wizard.rubric_page

    page.file.setText(str(broken))
    page.from_file.setChecked(True)
    page.update_preview()

    assert not page.isComplete()
    assert page.problem.text().startswith("This rubric cannot be used:")
    assert "criteria" in page.problem.text()
    good = write_json(tmp_path / "good.json", rubric_doc())
    page.file.setText(str(good))
    page.update_preview()
    assert page.isComplete()
    _next(wizard)
    wizard.save_page.path.setText(str(tmp_path / "taken.imin"))
    assert not wizard.save_page.isComplete()
    assert "already exists" in wizard.save_page.problem.text()
    assert json.loads(good.read_text())["id"] == "mini"


def test_event_file_dropped_on_the_start_window_opens_its_window(
    qtbot, demo_event, settings, tmp_path
):
    shell = Shell(settings=settings, workspace_dir=tmp_path / "ws")
    start = shell.show_start()
    qtbot.addWidget(start)
    assert start.coordinator.open_button.isVisible() and start.coordinator.create_button.isVisible()

    drop(start.drop_area, [demo_event])

    qtbot.waitUntil(lambda: bool(shell.events), timeout=15_000)
    (window,) = shell.events.values()
    qtbot.addWidget(window)
    assert window.ctx.path == demo_event and not start.isVisible()
    assert settings.recent_files()[0][0] == str(demo_event.resolve())
    window.new_action.trigger()
    wizard = start.coordinator.wizard
    assert wizard is not None and wizard.isVisible()
    qtbot.addWidget(wizard)
    wizard.close()
    window.close()
    shell.shutdown()


def test_event_window_lists_other_recent_events(qtbot, demo_event, runner, settings, tmp_path):
    other = tmp_path / "other" / "summit.imin"
    other.parent.mkdir()
    other.write_bytes(demo_event.read_bytes())
    settings.add_recent(other, "Summit")
    settings.add_recent(demo_event, "Demo")
    window: EventWindow = open_window(qtbot, demo_event, runner, settings)

    window._fill_recent()
    actions = window.recent_menu.actions()

    assert [a.text() for a in actions] == [f"Summit — {other.resolve()}"]
    with qtbot.waitSignal(window.open_requested) as requested:
        actions[0].trigger()
    assert requested.args == [str(other.resolve()), False]
    window.close()


def test_new_event_created_from_the_start_window_opens_in_its_window(qtbot, settings, tmp_path):
    shell = Shell(settings=settings, workspace_dir=tmp_path / "ws")
    start = shell.show_start()
    qtbot.addWidget(start)
    wizard = start.coordinator.create_event()
    qtbot.addWidget(wizard)
    wizard.first.title_edit.setText("Summit")
    _next(wizard)
    _next(wizard)
    wizard.save_page.path.setText(str(tmp_path / "summit"))  # the suffix is added

    wizard.button(QWizard.WizardButton.FinishButton).click()

    qtbot.waitUntil(lambda: bool(shell.events), timeout=20_000)
    (window,) = shell.events.values()
    qtbot.addWidget(window)
    assert Path(str(window.ctx.path)) == tmp_path / "summit.imin"
    assert window.ctx.info is not None and window.ctx.info.title == "Summit"
    window.close()
    shell.shutdown()
