"""Blind means blind: the identity check, the refusal, the audited confirmation, blind
variants, neutral names and cleaned files in kits and score sheets."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from factories import iterdump
from logistics_factories import LogisticsEvent, prepared_event, zip_members
from pypdf import PdfReader
from sqlalchemy import select

from imin_desktop.domain.errors import RefusedError
from imin_desktop.formats.kit import open_kit
from imin_desktop.formats.scrub import scrub_pdf
from imin_desktop.generator import write_package_zip
from imin_desktop.models import AuditEntry, Submission
from imin_desktop.services import blinding, kits, sheets, submissions
from imin_desktop.services.online import OnlineJuror


def realistic_blind(folder: Path, **params: object) -> LogisticsEvent:
    """A blind event whose packages carry the generator's real pitch decks (a team page and
    the names as PDF author) and no blind variants: every submission names its team."""
    return prepared_event(folder, submissions_count=4, jurors_count=2, per_submission=2,
                          blind=True, realistic=True, blind_variants=False, **params)  # fmt: skip


def audit(event: LogisticsEvent, action: str) -> list[AuditEntry]:
    with event.db.begin() as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(
                AuditEntry.id))
        )  # fmt: skip


def test_check_blind_lists_each_team_member_on_the_deck_page_that_names_them(
    tmp_path: Path,
) -> None:
    event = realistic_blind(tmp_path)

    check = blinding.check_blind(event.db)

    assert check.blind is True
    assert [c.submission for c in check.blocking] == event.submission_ids
    for sub in event.submissions:
        [found] = [c for c in check.submissions if c.submission == sub.id]
        names = {(f.place, f.page, f.text) for f in found.findings if f.kind == "name"}
        assert names == {("attachment 1 (pitch.pdf)", 1, p.name) for p in sub.team}


def test_check_blind_of_an_open_event_has_nothing_to_check(tmp_path: Path) -> None:
    event = prepared_event(tmp_path, submissions_count=4, jurors_count=2, realistic=True)

    check = blinding.check_blind(event.db)

    assert (check.blind, check.submissions) == (False, ())


def test_export_kits_blind_with_a_known_hit_is_refused_naming_submission_and_page(
    tmp_path: Path,
) -> None:
    event = realistic_blind(tmp_path)
    first = event.submissions[0]
    before = iterdump(event.path)

    with pytest.raises(RefusedError) as caught:
        kits.export_kits(event.db, tmp_path / "kits")

    message = str(caught.value)
    assert message.startswith(
        "kits not issued: 4 submission(s) of this blind event still name their team"
    )
    assert (f"  {first.id}: attachment 1 (pitch.pdf), page 1: names the team's name "
            f"{first.team[0].name!r}") in message.splitlines()  # fmt: skip
    assert "imin kits confirm EVENT SUBMISSION… --rationale TEXT" in message
    assert iterdump(event.path) == before
    assert not (tmp_path / "kits").exists()


def test_confirm_findings_writes_an_audit_entry_and_lets_the_export_go(tmp_path: Path) -> None:
    event = realistic_blind(tmp_path)
    findings = {c.submission: c.findings for c in blinding.check_blind(event.db).submissions}

    confirmed = blinding.confirm_findings(
        event.db, event.submission_ids, "Teams agreed to be named; panel informed", actor="ana"
    )
    issued = kits.export_kits(event.db, tmp_path / "kits")

    assert [c.submission for c in confirmed] == event.submission_ids
    entries = audit(event, "confirm")
    assert [(e.actor, e.entity, e.entity_key) for e in entries] == [
        ("ana", "blind_identity", sid) for sid in event.submission_ids
    ]
    assert entries[0].after["rationale"] == "Teams agreed to be named; panel informed"
    assert entries[0].after["findings"] == [f.as_json() for f in findings[event.submission_ids[0]]]
    assert len(issued) == 2
    assert blinding.check_blind(event.db).blocking == []


def test_confirmation_lapses_when_the_submission_is_replaced(tmp_path: Path) -> None:
    event = realistic_blind(tmp_path)
    sub = event.submissions[0]
    blinding.confirm_findings(event.db, [sub.id], "known and accepted")
    changed = type(sub)(**{**sub.__dict__, "title": sub.title + " (v2)"})

    submissions.import_submissions(
        event.db, [write_package_zip(changed, tmp_path / "v2.zip")], replace=True
    )

    [check] = blinding.check_blind(event.db, [sub.id]).submissions
    assert (check.confirmed, check.blocking) == (False, True)


@pytest.mark.parametrize(
    ("subs", "rationale", "message"),
    [
        (["SUB-001"], "  ", "say why the findings are acceptable (--rationale)"),
        ([], "fine", "name at least one submission to confirm"),
        (["SUB-404"], "fine", "no submission 'SUB-404' in the event"),
    ],
    ids=["no rationale", "no submission", "unknown submission"],
)
def test_confirm_findings_refuses_an_incomplete_request(
    tmp_path: Path, subs: list[str], rationale: str, message: str
) -> None:
    event = realistic_blind(tmp_path)

    with pytest.raises(RefusedError) as caught:
        blinding.confirm_findings(event.db, subs, rationale)

    assert str(caught.value) == message
    assert audit(event, "confirm") == []


def test_confirm_findings_refuses_a_submission_with_nothing_to_confirm(tmp_path: Path) -> None:
    event = prepared_event(tmp_path, submissions_count=4, jurors_count=2, blind=True,
                           realistic=True)  # fmt: skip

    with pytest.raises(RefusedError) as caught:
        blinding.confirm_findings(event.db, ["SUB-001"], "fine")

    assert str(caught.value) == "SUB-001 has no identity findings to confirm"


def test_export_kits_blind_carries_the_cleaned_blind_variant_under_a_neutral_name(
    tmp_path: Path,
) -> None:
    event = prepared_event(tmp_path, submissions_count=4, jurors_count=2, per_submission=2,
                           blind=True, realistic=True)  # fmt: skip
    by_id = {s.id: s for s in event.submissions}

    issued = kits.export_kits(event.db, tmp_path / "kits")

    opened = open_kit(issued[0].path)
    for sub in opened.kit.submissions:
        generated = by_id[sub.id]
        deck = generated.attachments[0]
        pdf, png = sub.attachments
        assert (pdf.path, pdf.title) == (
            "attachment-1.pdf",
            {"en": "Attachment 1", "pt": "Anexo 1"},
        )
        assert (png.path, png.title) == (
            "attachment-2.png",
            {"en": "Attachment 2", "pt": "Anexo 2"},
        )
        data = opened.read_attachment(pdf.sha256)
        assert data == scrub_pdf(generated.attachment_bytes(deck, blind=True))
        assert PdfReader(io.BytesIO(data)).metadata is None
        assert "Equipa / Team" not in PdfReader(io.BytesIO(data)).pages[0].extract_text()


def test_export_kits_blind_kit_json_keeps_no_original_path_or_title(tmp_path: Path) -> None:
    event = realistic_blind(tmp_path)
    blinding.confirm_findings(event.db, event.submission_ids, "accepted")

    issued = kits.export_kits(event.db, tmp_path / "kits")

    document = json.loads(zip_members(issued[0].path.read_bytes())["kit.json"])
    text = json.dumps(document, ensure_ascii=False)
    assert "pitch.pdf" not in text and "media/cover.png" not in text
    assert "Apresentação do projeto" not in text and "Pitch deck" not in text


def test_export_sheets_blind_with_a_title_naming_the_team_is_refused(tmp_path: Path) -> None:
    event = prepared_event(tmp_path, submissions_count=4, jurors_count=2, per_submission=2,
                           blind=True)  # fmt: skip
    sub = event.submissions[0]
    with event.db.begin() as session:
        row = session.scalars(select(Submission).where(Submission.key == sub.id)).one()
        row.title = f"Triage by {sub.team[0].organisation}"

    with pytest.raises(RefusedError) as caught:
        sheets.export_sheets(event.db, tmp_path / "sheets")

    assert (f"  {sub.id}: title: names the team's organisation {sub.team[0].organisation!r}"
            in str(caught.value).splitlines())  # fmt: skip
    assert not (tmp_path / "sheets").exists()


def test_export_sheets_blind_sheets_hold_no_team_identity(tmp_path: Path) -> None:
    event = prepared_event(tmp_path, submissions_count=4, jurors_count=2, per_submission=2,
                           blind=True)  # fmt: skip
    terms = {t for s in event.submissions for p in s.team
             for t in (p.name, p.email, p.organisation)}  # fmt: skip

    written = sheets.export_sheets(event.db, tmp_path / "sheets")

    for path in written:
        members = zip_members(path.read_bytes())
        found = [t for t in terms for data in members.values() if t.encode() in data]
        assert found == []


def test_online_juror_of_a_blind_event_file_reads_cleaned_attachments_under_neutral_names(
    tmp_path: Path,
) -> None:
    event = prepared_event(tmp_path, submissions_count=4, jurors_count=2, per_submission=2,
                           blind=True, realistic=True)  # fmt: skip
    by_id = {s.id: s for s in event.submissions}

    client = OnlineJuror.connect(str(event.path), "J01")
    try:
        sub = client.kit.submissions[0]
        pdf = sub.attachments[0]
        data = client.opened.read_attachment(pdf.sha256)
    finally:
        client.close()

    deck = by_id[sub.id].attachments[0]
    assert (sub.team, pdf.path) == ([], "attachment-1.pdf")
    assert data == scrub_pdf(by_id[sub.id].attachment_bytes(deck, blind=True))


def test_online_juror_of_a_blind_event_naming_teams_is_refused_until_confirmed(
    tmp_path: Path,
) -> None:
    event = realistic_blind(tmp_path)

    with pytest.raises(RefusedError) as caught:
        OnlineJuror.connect(str(event.path), "J01")
    blinding.confirm_findings(event.db, event.submission_ids, "accepted")
    client = OnlineJuror.connect(str(event.path), "J01")
    client.close()

    assert str(caught.value).startswith("submissions for the juror not issued:")
