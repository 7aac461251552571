"""A submission at the import limits (200 fields of 10,000 characters, 50 team members) shows
at once: long texts are cut and the first fields shown, the rest one click away."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from imin_desktop.formats.kit import KitSubmission
from imin_desktop.formats.limits import MAX_FIELD_TEXT, MAX_FIELDS, MAX_TEAM
from imin_desktop.ui.juror.submission_viewer import (
    SHOW_ALL,
    SHOWN_FIELDS,
    SubmissionViewer,
    _field_name,
)


class _NoFiles:
    def read(self, *_args: object) -> bytes:
        return b""


def _largest() -> KitSubmission:
    return KitSubmission(
        id="SUB-001", title="Plataforma de telemonitorização",
        team=[{"name": f"Pessoa {i}", "organisation": "Org"} for i in range(MAX_TEAM)],
        fields={f"campo_{i:03d}": ("palavra " * 2000)[:MAX_FIELD_TEXT] for i in range(MAX_FIELDS)},
    )  # fmt: skip


def test_largest_accepted_submission_shows_cut_with_a_link_to_everything(qtbot):
    viewer = SubmissionViewer()
    qtbot.addWidget(viewer)
    viewer.show_submission(_largest(), _NoFiles(), blind=False)
    shown = viewer.details.toPlainText()

    def name(i: int) -> str:
        return _field_name(f"campo_{i:03d}")

    assert name(SHOWN_FIELDS - 1) in shown and name(SHOWN_FIELDS) not in shown
    assert "Show everything (200 fields)" in shown
    assert len(shown) < 40_000  # not the 2 MB of the whole submission
    viewer.details.anchorClicked.emit(QUrl(SHOW_ALL))
    everything = viewer.details.toPlainText()
    assert name(MAX_FIELDS - 1) in everything and "Show everything" not in everything
