"""The demo's blind event: anonymised decks, kits issued without a confirmation, and not one
team name, e-mail, organisation or website in any byte or page of any of its kits."""

from __future__ import annotations

from pathlib import Path

from identity_search import hits, identities

from imin_desktop.formats.kit import open_kit
from imin_desktop.services import assignments, blinding, events, jurors, kits, submissions
from imin_desktop.services.demo import (
    DEMO_JURORS,
    DEMO_SUBMISSIONS,
    build_blind_event,
    write_demo_inputs,
)


def test_demo_blind_event_kits_hold_no_team_identity(tmp_path: Path) -> None:
    rubric, subs, _people = write_demo_inputs(tmp_path, seed=3)
    terms = identities(subs)

    lines = list(build_blind_event(tmp_path, rubric, "Demo", seed=3))

    kit_paths = sorted((tmp_path / "blind-kits").glob("*.iminkit"))
    db = events.open_event(tmp_path / "blind.imin")
    try:
        check = blinding.check_blind(db)
    finally:
        db.dispose()
    assert lines == [
        f"created the blind event {tmp_path / 'blind.imin'}: {DEMO_SUBMISSIONS} submissions "
        f"with anonymised pitch decks, nothing naming a team; wrote {DEMO_JURORS} blind kits "
        f"to {tmp_path / 'blind-kits'}"
    ]
    assert (check.blind, len(check.submissions), check.flagged) == (True, DEMO_SUBMISSIONS, [])
    assert len(kit_paths) == DEMO_JURORS
    found = []
    for path in kit_paths:
        opened = open_kit(path)
        # A juror's own name is in their kit; the generator may give a team member the same.
        found.append((path.name, hits(path, opened, terms - {opened.kit.juror_name})))
    assert found == [(p.name, []) for p in kit_paths]


def test_demo_packages_in_an_open_event_name_their_teams(tmp_path: Path) -> None:
    rubric, subs, _people = write_demo_inputs(tmp_path, seed=3)
    db = events.create_event(tmp_path / "open.imin", "Demo", rubric, actor="tester")
    try:
        submissions.import_submissions(db, [tmp_path / "packages"])
        jurors.import_jurors(db, tmp_path / "jurors.csv")
        assignments.auto_assign(db, 3, seed=3)
        [first, *_] = kits.export_kits(db, tmp_path / "kits", jurors=["J01"])
    finally:
        db.dispose()

    found = hits(first.path, open_kit(first.path), identities(subs))

    assert {where for where, _term in found} >= {"kit.json"}
    assert any(where.endswith("/pitch.pdf p1") for where, _term in found)
