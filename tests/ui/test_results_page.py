"""Results: the ranking over each method, the panels, a submission's reviews."""

from __future__ import annotations

from event_helpers import open_window, results_page, settle
from pytestqt.modeltest import ModelTester

from imin_desktop.services import events
from imin_desktop.services.results import compute_results
from imin_desktop.ui.event.ranking_model import RankingTableModel, ranking_rows


def _expected(path, method):
    db = events.open_event(path)
    try:
        return compute_results(db, method=method)
    finally:
        db.dispose()


def test_results_page_shows_the_services_ranking_for_each_method(qtbot, demo_event, runner,
                                                                 settings):  # fmt: skip
    window = open_window(qtbot, demo_event, runner, settings)
    page = results_page(qtbot, window)
    for method in ("median", "adjusted"):
        with qtbot.waitSignal(page.results_shown, timeout=60_000):
            page.set_method(method)
        settle(qtbot, window)
        er = _expected(demo_event, method)
        ranked = [s for s in er.results.submissions if s.passes and s.eligible]
        shown = [page.model.row_at(r) for r in range(page.model.rowCount())]
        assert [r.id for r in shown[: len(ranked)]] == [s.id for s in ranked]
        assert all(r.is_apart for r in shown[len(ranked) :])
        total_col = [page.model.headerData(c, _h()) for c in range(page.model.columnCount())]
        first = shown[0]
        assert page.model.data(page.model.index(0, total_col.index("Total"))) == (
            f"{er.results.submission(first.id).total:.2f}"
        )
    assert settings.value("results/method") == "adjusted"
    window.close()


def _h():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_results_page_marks_apart_and_explains_flags(qtbot, demo_event, runner, settings):
    from PySide6.QtCore import Qt

    window = open_window(qtbot, demo_event, runner, settings)
    page = results_page(qtbot, window)
    model = page.model
    titles = [model.headerData(c, _h()) for c in range(model.columnCount())]
    flagged = next(r for r in range(model.rowCount()) if model.row_at(r).flags)
    tip = model.data(model.index(flagged, titles.index("Flags")), Qt.ItemDataRole.ToolTipRole)
    assert tip and ":" in tip
    apart = [r for r in range(model.rowCount()) if model.row_at(r).is_apart]
    assert apart, "the demo has submissions below threshold or not assessed"
    assert model.data(model.index(apart[0], 0)).startswith("Apart")
    assert model.data(model.index(apart[0], 0), Qt.ItemDataRole.ForegroundRole) is not None
    page.filter_edit.setText(model.row_at(0).id)
    assert model.rowCount() == 1
    page.filter_edit.clear()
    assert "top 3" in page.sensitivity.summary.text()
    assert len(page.leniency.chart.bars) == window.ctx.info.jurors
    assert "alpha" in page.reliability.label.text()
    assert "missing" in page.reliability.label.text()  # ICC and W cannot be computed: says why
    window.close()


def test_submission_dialog_shows_every_review_side_by_side(qtbot, demo_event, runner, settings):
    window = open_window(qtbot, demo_event, runner, settings)
    page = results_page(qtbot, window)
    er = page.results
    # a submission with a draft or conflicted review beside its counted ones
    from imin_desktop.services.review_detail import submission_detail

    target = next(
        s.id for s in er.results.submissions
        if any(not r.counted for r in submission_detail(window.ctx.db, s.id).reviews)
    )  # fmt: skip
    dialog = page.open_submission(target)
    qtbot.addWidget(dialog)
    headers = [dialog.table.horizontalHeaderItem(c).text()
               for c in range(dialog.table.columnCount())]  # fmt: skip
    detail = dialog.detail
    assert len(headers) == len(detail.reviews) + 1
    assert any("not counted" in h for h in headers) and any("\ncounted" in h for h in headers)
    assert dialog.attachment_buttons
    viewer = dialog.open_attachment(detail.attachments[0])
    qtbot.addWidget(viewer)
    assert viewer.isVisible()
    dialog.close()
    window.close()


def test_ranking_model_follows_qt_contract(qtbot, demo_folder):
    er = _expected(demo_folder / "demo.imin", "mean")
    model = RankingTableModel()
    tester = ModelTester(qtbot)
    tester.check(model, force_py=True)
    model.set_results(ranking_rows(er.results.submissions, er.decisions, er.rubric),
                      [(c.key, c.key) for c in er.rubric.criteria], 3)  # fmt: skip
    model.sort(5)
    model.set_filter_text("SUB-01")
    model.sort(1, __import__("PySide6.QtCore").QtCore.Qt.SortOrder.DescendingOrder)
    assert model.rowCount() > 0


def test_submission_dialog_records_a_consensus_score(qtbot, demo_event, runner, settings):
    from imin_desktop.services.consensus_view import show_consensus

    window = open_window(qtbot, demo_event, runner, settings)
    page = results_page(qtbot, window)
    key = page.model.row_at(0).id
    dialog = page.open_submission(key)
    qtbot.addWidget(dialog)
    panel = dialog.consensus
    panel.table.setCurrentCell(1, 0)
    criterion = panel.criterion_box.currentData()
    assert criterion == page.results.rubric.criteria[1].key
    panel.score_edit.setText("4.5")
    panel.comment_edit.setText("Agreed after discussion")
    panel.record_button.click()
    agreed = {c.key: c.agreed for c in show_consensus(window.ctx.db, key).criteria}
    assert str(agreed[criterion].value) == "4.5"
    assert agreed[criterion].comment == "Agreed after discussion"
    assert panel.table.item(1, 3).text() == "4.5"
    panel.clear_button.click()
    assert show_consensus(window.ctx.db, key).criteria[1].agreed is None
    dialog.close()
    settle(qtbot, window)
    window.close()
