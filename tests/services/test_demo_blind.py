"""The demo's blind event: anonymised decks, kits issued without a confirmation, and not one
team name, e-mail, organisation or website in any byte or page of any of its kits."""

from __future__ import annotations

from pathlib import Path

from identity_search import hits, identities

from imin_desktop.formats.kit import open_kit
from imin_desktop.generator import generate_submissions
from imin_desktop.services import blinding, events
from imin_desktop.services.demo import DEMO_JURORS, DEMO_SUBMISSIONS, build_demo


def test_demo_blind_event_kits_hold_no_team_identity(tmp_path: Path) -> None:
    lines = list(build_demo(tmp_path, seed=3))
    terms = identities(generate_submissions(DEMO_SUBMISSIONS, 3))

    kit_paths = sorted((tmp_path / "blind-kits").glob("*.iminkit"))
    db = events.open_event(tmp_path / "blind.imin")
    try:
        check = blinding.check_blind(db)
    finally:
        db.dispose()

    assert lines[-1] == (
        f"created the blind event {tmp_path / 'blind.imin'}: {DEMO_SUBMISSIONS} submissions "
        f"with anonymised pitch decks, nothing naming a team; wrote {DEMO_JURORS} blind kits "
        f"to {tmp_path / 'blind-kits'}"
    )
    assert (check.blind, len(check.submissions), check.flagged) == (True, DEMO_SUBMISSIONS, [])
    assert len(kit_paths) == DEMO_JURORS
    found = []
    for path in kit_paths:
        opened = open_kit(path)
        # A juror's own name is in their kit; the generator may give a team member the same.
        found.append((path.name, hits(path, opened, terms - {opened.kit.juror_name})))
    assert found == [(p.name, []) for p in kit_paths]
    # The open event's kits of the same demo do name the teams: the search can find them.
    open_kit_path = next((tmp_path / "kits").glob("*.iminkit"))
    assert hits(open_kit_path, open_kit(open_kit_path), terms) != []
