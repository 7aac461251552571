"""Kit export: one kit per juror with only their work, blind kits, encryption, atomic writes."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from logistics_factories import (
    LogisticsEvent,
    complete_entry,
    neutral_files,
    prepared_event,
    write_scores,
    zip_members,
)

from imin_desktop.domain.errors import RefusedError
from imin_desktop.formats.kit import MAGIC, PassphraseRequired, WrongPassphrase, open_kit
from imin_desktop.services import assignments, kits, scores
from imin_desktop.services.juror import JurorWorkspace

PASSPHRASE = "cavalo correto bateria agrafo"


def attachment_hashes(event: LogisticsEvent, sub_ids: tuple[str, ...]) -> set[str]:
    by_id = {s.id: s for s in event.submissions}
    return {
        hashlib.sha256(data).hexdigest()
        for sid in sub_ids
        for data in neutral_files(by_id[sid]).values()
    }


def identity_needles(event: LogisticsEvent) -> dict[str, list[bytes]]:
    """Each team member's name and e-mail as the bytes they could take in a kit: UTF-8, and
    JSON-escaped ASCII (``Vítor`` as ``V\\u00edtor``)."""
    needles: dict[str, list[bytes]] = {}
    for sub in event.submissions:
        for person in sub.team:
            for text in (person.name, person.email):
                needles[text] = [text.encode("utf-8"), json.dumps(text).strip('"').encode()]
    return needles


def found_identities(data: bytes, needles: dict[str, list[bytes]]) -> list[str]:
    """The names and e-mails found anywhere in the kit: the zip as stored, and every member
    decompressed."""
    blobs = [data, *zip_members(data).values()]
    return sorted(
        text for text, forms in needles.items() if any(f in b for f in forms for b in blobs)
    )


def test_export_kits_one_kit_per_juror_with_only_their_submissions_and_files(
    tmp_path: Path,
) -> None:
    event = prepared_event(
        tmp_path / "event", submissions_count=8, jurors_count=4, per_submission=2
    )

    issued = kits.export_kits(event.db, tmp_path / "kits")

    design = event.assignments()
    assert [k.juror_id for k in issued] == event.juror_ids
    assert [k.path.name for k in issued] == [f"{j}.iminkit" for j in event.juror_ids]
    for kit in issued:
        opened = open_kit(kit.path).kit
        files = {n for n in zip_members(kit.path.read_bytes()) if n != "kit.json"}
        assert opened.juror_id == kit.juror_id
        assert opened.kit_id == kit.kit_id
        assert tuple(s.id for s in opened.submissions) == design[kit.juror_id]
        assert kit.submissions == len(design[kit.juror_id]) == 4
        assert files == {f"files/{h}" for h in attachment_hashes(event, design[kit.juror_id])}
    assert len({k.kit_id for k in issued}) == 4


def test_export_kits_attachments_read_back_byte_for_byte(tmp_path: Path) -> None:
    event = prepared_event(tmp_path / "event", submissions_count=3, jurors_count=2,
                       per_submission=2, realistic=True)  # fmt: skip

    issued = kits.export_kits(event.db, tmp_path / "kits")

    opened = open_kit(issued[0].path)
    by_id = {s.id: s for s in event.submissions}
    for sub in opened.kit.submissions:
        generated = by_id[sub.id]
        expected = {a.path: generated.attachment_bytes(a) for a in generated.attachments}
        assert {a.path: opened.read_attachment(a.sha256) for a in sub.attachments} == expected
        assert [a.media_type for a in sub.attachments] == ["application/pdf", "image/png"]


def test_export_kits_of_an_open_event_carry_team_and_fields(tmp_path: Path) -> None:
    event = prepared_event(tmp_path / "event", submissions_count=4, jurors_count=2)

    issued = kits.export_kits(event.db, tmp_path / "kits")

    data = b"".join(k.path.read_bytes() for k in issued)
    kit = open_kit(issued[0].path).kit
    assert found_identities(data, identity_needles(event))  # the search does find names
    assert kit.blind is False
    assert all(s.team and "website" in s.fields for s in kit.submissions)


def test_export_kits_blind_event_holds_no_team_identity_anywhere(tmp_path: Path) -> None:
    event = prepared_event(tmp_path / "event", submissions_count=8, jurors_count=4, blind=True,
                       identifying_fields=["website"])  # fmt: skip
    needles = identity_needles(event)
    websites = {s.id: str(s.fields["website"]).encode() for s in event.submissions}
    assert not {j.name for j in event.jurors} & set(needles)  # juror names are not team names

    issued = kits.export_kits(event.db, tmp_path / "kits")

    for kit in issued:
        data = kit.path.read_bytes()
        opened = open_kit(kit.path).kit
        assert found_identities(data, needles) == []
        assert not [sid for sid, url in websites.items()
                    if any(url in b for b in [data, *zip_members(data).values()])]  # fmt: skip
        assert opened.blind is True
        assert all(s.team == [] for s in opened.submissions)
        assert all(set(s.fields) == {"trl", "budget_eur", "gender_balance_distance"}
                   for s in opened.submissions)  # fmt: skip


def test_export_kits_encrypted_opens_with_the_passphrase_only(tmp_path: Path) -> None:
    event = prepared_event(tmp_path / "event", submissions_count=4, jurors_count=2, blind=True)
    juror = event.juror_ids[0]

    [issued] = kits.export_kits(event.db, tmp_path / "kits", passphrase=PASSPHRASE,
                                jurors=[juror])  # fmt: skip

    data = issued.path.read_bytes()
    opened = open_kit(issued.path, PASSPHRASE)
    assert issued.encrypted is True
    assert data.startswith(MAGIC)
    assert b"kit.json" not in data and juror.encode() not in data
    assert opened.encrypted is True
    assert opened.kit.kit_id == issued.kit_id
    assert tuple(s.id for s in opened.kit.submissions) == event.assignments()[juror]
    for sub in opened.kit.submissions:
        for att in sub.attachments:
            assert hashlib.sha256(opened.read_attachment(att.sha256)).hexdigest() == att.sha256


def test_export_kits_encrypted_wrong_or_missing_passphrase_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMIN_WORKSPACE_DIR", str(tmp_path / "workspaces"))
    event = prepared_event(tmp_path / "event", submissions_count=2, jurors_count=2)
    [issued] = kits.export_kits(event.db, tmp_path / "kits", passphrase=PASSPHRASE,
                                jurors=[event.juror_ids[1]])  # fmt: skip

    with pytest.raises(WrongPassphrase) as wrong:
        JurorWorkspace.open(issued.path, "not the passphrase")
    with pytest.raises(PassphraseRequired) as missing:
        JurorWorkspace.open(issued.path)

    assert str(wrong.value) == f"{issued.path}: wrong passphrase (or the kit is damaged)"
    assert "this kit is encrypted: enter the passphrase" in str(missing.value)
    assert not (tmp_path / "workspaces").exists() or not any((tmp_path / "workspaces").iterdir())


def test_export_kits_short_passphrase_is_refused(tmp_path: Path) -> None:
    event = prepared_event(tmp_path / "event", submissions_count=2, jurors_count=2)

    with pytest.raises(RefusedError, match="at least 8 characters"):
        kits.export_kits(event.db, tmp_path / "kits", passphrase="short")

    assert not (tmp_path / "kits").exists()


def test_export_kits_again_keeps_kit_id_and_key(tmp_path: Path) -> None:
    event = prepared_event(tmp_path / "event", submissions_count=6, jurors_count=3)
    first = {k.juror_id: open_kit(k.path).kit for k in kits.export_kits(event.db, tmp_path / "a")}
    juror = event.juror_ids[0]
    extra = event.unassigned(juror)
    assignments.edit_assignment(event.db, juror, extra, add=True)

    second = {k.juror_id: open_kit(k.path).kit for k in kits.export_kits(event.db, tmp_path / "b")}

    assert {j: (k.kit_id, k.key) for j, k in second.items()} == {
        j: (k.kit_id, k.key) for j, k in first.items()
    }
    assert extra in {s.id for s in second[juror].submissions}
    assert extra not in {s.id for s in first[juror].submissions}
    # A score file signed with the first kit still merges after the re-export.
    score_file = write_scores(first[juror], [complete_entry(first[juror].submissions[0].id)], 1,
                              tmp_path / "scores")  # fmt: skip
    assert [o.result for o in scores.import_score_files(event.db, [score_file])] == ["accepted"]


def test_export_kits_leaves_no_partial_files(tmp_path: Path) -> None:
    event = prepared_event(tmp_path / "event", submissions_count=6, jurors_count=3)
    out = tmp_path / "kits"
    (out).mkdir()
    (out / "J01.iminkit").write_bytes(b"an older kit")

    kits.export_kits(event.db, out)
    kits.export_kits(event.db, out, passphrase=PASSPHRASE, jurors=["J02"])

    assert sorted(p.name for p in out.iterdir()) == ["J01.iminkit", "J02.iminkit", "J03.iminkit"]
    assert open_kit(out / "J01.iminkit").kit.juror_id == "J01"
    assert open_kit(out / "J02.iminkit", PASSPHRASE).kit.juror_id == "J02"


def test_export_kits_damaged_attachment_is_refused_and_leaves_only_valid_kits(
    tmp_path: Path,
) -> None:
    event = prepared_event(tmp_path / "event", submissions_count=6, jurors_count=3)
    design = event.assignments()
    victim = design["J03"][-1]  # a submission some later juror needs
    sha = hashlib.sha256(neutral_files(next(s for s in event.submissions if s.id == victim))
                         ["pitch.pdf"]).hexdigest()  # fmt: skip
    with sqlite3.connect(event.path) as conn:
        conn.execute("UPDATE blobs SET data = ? WHERE sha256 = ?", (b"%PDF damaged", sha))
    conn.close()
    out = tmp_path / "kits"

    with pytest.raises(RefusedError) as refused:
        kits.export_kits(event.db, out)

    assert victim in str(refused.value) and "pitch.pdf" in str(refused.value)
    assert not list(out.glob("*.part")) and not list(out.glob(".*"))
    for path in out.glob("*.iminkit"):  # any kit written is one the event can take back
        kit = open_kit(path).kit
        score_file = write_scores(kit, [complete_entry(kit.submissions[0].id)], 1,
                                  tmp_path / "scores")  # fmt: skip
        [outcome] = scores.import_score_files(event.db, [score_file])
        assert outcome.result == "accepted", outcome.line()


def test_export_kits_before_assignment_is_refused(tmp_path: Path) -> None:
    event = prepared_event(tmp_path / "event", submissions_count=2, jurors_count=2,
                       per_submission=None)  # fmt: skip

    with pytest.raises(RefusedError, match="run 'imin assign' first"):
        kits.export_kits(event.db, tmp_path / "kits")


def test_export_kits_for_an_unknown_juror_is_refused(tmp_path: Path) -> None:
    event = prepared_event(tmp_path / "event", submissions_count=2, jurors_count=2)

    with pytest.raises(RefusedError, match="no juror 'J99'"):
        kits.export_kits(event.db, tmp_path / "kits", jurors=["J99"])


def test_export_kits_to_a_path_that_is_a_file_is_refused(tmp_path: Path) -> None:
    event = prepared_event(tmp_path / "event", submissions_count=2, jurors_count=2)
    (tmp_path / "taken").write_text("not a folder")

    with pytest.raises(RefusedError, match="taken"):
        kits.export_kits(event.db, tmp_path / "taken")
