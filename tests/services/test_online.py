"""Jurors scoring straight against the event (a PostgreSQL server with the juror's own login,
or an event file): every change one committed transaction, the merge rule with offline score
files, and optimistic version checks on reviews and decisions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from logistics_factories import LogisticsEvent, complete_entry, merged_content, prepared_event
from logistics_factories import write_scores as write_score_file
from pg_cluster import Backend

from imin_desktop.domain.errors import RefusedError
from imin_desktop.services import decisions, results, scores
from imin_desktop.services.online import OnlineJuror
from imin_desktop.services.server import grant_juror, init_server

PASSWORD = "palavra-passe-do-J01"


@dataclass
class Online:
    event: LogisticsEvent
    url: str  # how J01 connects: their login on a server, or the event file
    juror: str | None  # named on an event file; the login says it on a server

    def connect(self) -> OnlineJuror:
        return OnlineJuror.connect(self.url, self.juror)


@pytest.fixture
def online(tmp_path: Path, backend: Backend) -> Iterator[Online]:
    ev = prepared_event(tmp_path / "event", backend=backend, issue_kits=True,
                        submissions_count=6, jurors_count=3)  # fmt: skip
    if backend.server is None:
        yield Online(ev, str(ev.path), "J01")
        return
    init_server(ev.path)
    role = grant_juror(ev.path, "J01", PASSWORD).role
    database = ev.path.rsplit("/", 1)[1]
    yield Online(ev, backend.server.url(database, role, PASSWORD), None)


@pytest.fixture
def juror(online: Online) -> Iterator[OnlineJuror]:
    client = online.connect()
    yield client
    client.close()


def score_completely(client: OnlineJuror, sid: str, excellence: str = "4.5") -> None:
    client.set_score(sid, "excellence", Decimal(excellence))
    client.set_score(sid, "impact", Decimal("3"))
    client.set_criterion_comment(sid, "excellence", "Objetivos claros.")
    client.set_comment(sid, "Equipa sólida; preço pouco claro.")
    client.set_gate(sid, "eligible", True)
    client.mark_done(sid)


def j01_rows(online: Online) -> dict[str, list[tuple[Any, ...]]]:
    content = merged_content(online.event.path)
    return {name: [r for r in rows if r[0] == "J01"] for name, rows in content.items()}


def test_online_juror_sees_exactly_their_assigned_submissions(
    online: Online, juror: OnlineJuror
) -> None:
    assert juror.kit.juror_id == "J01"
    assert [s.id for s in juror.submissions] == list(online.event.assignments()["J01"])
    assert juror.counts() == {"not_started": 4, "in_progress": 0, "done": 0, "conflict": 0}


def test_online_juror_every_change_is_on_the_server_at_once(
    online: Online, juror: OnlineJuror
) -> None:
    sid = juror.submissions[0].id

    score_completely(juror, sid)

    rows = j01_rows(online)
    assert [r[:5] for r in rows["reviews"]] == [
        ("J01", sid, "final", 0, "Equipa sólida; preço pouco claro.")]  # fmt: skip
    assert rows["scores"] == [("J01", sid, "excellence", "4.5", "Objetivos claros."),
                              ("J01", sid, "impact", "3", "")]  # fmt: skip
    assert rows["gates"] == [("J01", sid, "eligible", 1)]
    counted = results.compute_results(online.event.db, draws=10).results
    assert {s.id: s.reviews for s in counted.submissions}[sid] == 1


def test_online_juror_reopening_shows_what_was_kept(online: Online, juror: OnlineJuror) -> None:
    sid = juror.submissions[1].id
    juror.set_score(sid, "impact", Decimal("2.5"))
    juror.set_conflict(juror.submissions[2].id, True)
    juror.close()

    again = online.connect()
    try:
        review = again.review(sid)
        states = [again.state(s.id) for s in again.submissions]
    finally:
        again.close()

    assert dict(review.scores) == {"impact": Decimal("2.5")}
    assert states == ["not_started", "in_progress", "conflict", "not_started"]


def test_online_juror_refused_change_keeps_nothing(online: Online, juror: OnlineJuror) -> None:
    sid = juror.submissions[0].id

    with pytest.raises(RefusedError, match="is not complete"):
        juror.mark_done(sid)
    with pytest.raises(RefusedError, match="off the scale"):
        juror.set_score(sid, "impact", Decimal("9"))

    assert j01_rows(online)["reviews"] == []


def test_online_juror_cannot_hand_back_a_score_file(juror: OnlineJuror, tmp_path: Path) -> None:
    with pytest.raises(RefusedError, match="already there"):
        juror.export(tmp_path)


def test_online_juror_reads_attachments_from_the_event(online: Online, juror: OnlineJuror) -> None:
    first = juror.submissions[0].attachments[0]

    data = juror.opened.read_attachment(first.sha256)

    assert len(data) == first.size
    with pytest.raises(KeyError):
        juror.opened.read_attachment("0" * 64)


# --- the merge rule: online edits and offline score files share one sequence ------------------


def test_online_edit_after_a_score_file_supersedes_it_and_an_older_file_stays_superseded(
    online: Online, tmp_path: Path
) -> None:
    kit = online.event.kits["J01"]
    subs = online.event.assignments()["J01"]
    first = write_score_file(kit, [complete_entry(subs[0], excellence="2")], 1, tmp_path)
    late = write_score_file(kit, [complete_entry(subs[0], excellence="1")], 2, tmp_path)
    scores.import_score_files(online.event.db, [first])

    client = online.connect()
    try:
        client.set_score(subs[0], "excellence", Decimal("5"))
        [outcome] = scores.import_score_files(online.event.db, [late])
    finally:
        client.close()

    rows = j01_rows(online)
    assert client.review(subs[0]).scores["excellence"] == Decimal("5")
    assert outcome.result == "superseded"
    assert outcome.reason == "juror J01 scored online after this file (online edits are sequence 2)"
    assert ("J01", subs[0], "excellence", "5", "Objetivos claros e pertinentes.") in rows["scores"]
    assert sorted((r[2], r[3], r[4]) for r in rows["score_files"]) == [
        (1, "scores", 0), (2, "online", 1), (2, "scores", 0)]  # fmt: skip


def test_later_score_file_supersedes_online_edits_and_the_client_is_told(
    online: Online, juror: OnlineJuror, tmp_path: Path
) -> None:
    kit = online.event.kits["J01"]
    subs = online.event.assignments()["J01"]
    juror.set_score(subs[0], "impact", Decimal("1"))  # online: sequence 1
    later = write_score_file(kit, [complete_entry(subs[0], impact="4")], 2, tmp_path)

    [outcome] = scores.import_score_files(online.event.db, [later])
    with pytest.raises(RefusedError, match="changed elsewhere meanwhile"):
        juror.set_score(subs[0], "impact", Decimal("0"))
    shown = juror.review(subs[0]).scores["impact"]
    juror.set_score(subs[0], "impact", Decimal("0.5"))  # again, now on the file's state

    assert outcome.result == "accepted"
    assert shown == Decimal("4")
    rows = j01_rows(online)
    assert ("J01", subs[0], "impact", "0.5", "") in rows["scores"]
    assert sorted((r[2], r[3], r[4]) for r in rows["score_files"]) == [
        (1, "online", 0), (2, "scores", 0), (3, "online", 1)]  # fmt: skip


# --- optimistic version checks ---------------------------------------------------------------


def test_two_windows_of_one_juror_the_stale_one_is_refused_and_reloaded(
    online: Online, juror: OnlineJuror
) -> None:
    sid = juror.submissions[0].id
    other = online.connect()
    try:
        juror.set_score(sid, "impact", Decimal("2"))
        with pytest.raises(RefusedError) as refused:
            other.set_score(sid, "impact", Decimal("4"))
        reloaded = other.review(sid).scores.get("impact")
    finally:
        other.close()

    assert str(refused.value).startswith(f"your review of {sid} was changed elsewhere meanwhile")
    assert reloaded == Decimal("2")
    assert ("J01", sid, "impact", "2", "") in j01_rows(online)["scores"]


def test_two_coordinators_deciding_the_second_is_refused_and_nothing_is_overwritten(
    tmp_path: Path, backend: Backend
) -> None:
    ev = prepared_event(tmp_path / "event", backend=backend, submissions_count=6,
                        jurors_count=3)  # fmt: skip
    sid = ev.submission_ids[0]
    seen_by_both = decisions.decide(ev.db, sid, "finalist", "primeira leitura", actor="ana")

    first = decisions.decide(ev.db, sid, "winner", "Ana decide", expected_version=seen_by_both,
                             actor="ana")  # fmt: skip
    with pytest.raises(RefusedError) as refused:
        decisions.decide(ev.db, sid, "not_selected", "Rui decide", expected_version=seen_by_both,
                         actor="rui")  # fmt: skip
    kept = results.compute_results(ev.db, draws=10).decisions[sid]

    assert (seen_by_both, first) == (1, 2)
    assert str(refused.value) == (f"the decision on {sid} was changed by someone else meanwhile; "
                                  "reload and try again")  # fmt: skip
    assert (kept["outcome"], kept["rationale"]) == ("winner", "Ana decide")


@pytest.mark.postgres
def test_imin_juror_commands_score_online_with_the_jurors_login(
    tmp_path: Path, postgres_server: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from imin_desktop.cli.main import main

    backend = Backend("postgres", postgres_server)
    try:
        ev = prepared_event(tmp_path / "event", backend=backend, submissions_count=6,
                            jurors_count=3)  # fmt: skip
        init_server(ev.path)
        role = grant_juror(ev.path, "J02", PASSWORD).role
        url = postgres_server.url(ev.path.rsplit("/", 1)[1], role, PASSWORD)
        sid = ev.assignments()["J02"][0]

        codes = [main(["juror", "score", url, sid, "impact", "3,5"]),
                 main(["juror", "conflict", url, ev.assignments()["J02"][1]])]  # fmt: skip
        capsys.readouterr()
        status = main(["juror", "status", url, "--json"])
        out, err = capsys.readouterr()
        exported = main(["juror", "export", url, "--out", str(tmp_path)])
        refusal = capsys.readouterr().err
    finally:
        backend.cleanup()

    assert codes == [0, 0] and status == 0 and err == ""
    shown = json.loads(out)
    assert shown["juror"] == "J02"
    assert [s["state"] for s in shown["submissions"]][:2] == ["in_progress", "conflict"]
    assert exported == 1 and "already there" in refusal
