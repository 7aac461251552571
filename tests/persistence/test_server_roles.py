"""Security in the database: each role connects with its own login and plain SQL, and the
PostgreSQL server itself returns nothing it must not show and refuses every write it must not
allow. Set up through the real commands (``imin server init`` / ``grant-*``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from logistics_factories import LogisticsEvent, complete_entry, make_event, write_scores
from pg_cluster import PostgresServer
from psycopg import errors

from imin_desktop.cli.main import main
from imin_desktop.models import Base
from imin_desktop.services import decisions, jurors, scores

pytestmark = pytest.mark.postgres

PASSWORDS = {"j01": "palavra-passe-do-J01", "j02": "palavra-passe-do-J02",
             "coord": "palavra-passe-da-coordenação", "manager": "palavra-passe-do-gestor"}  # fmt: skip


@dataclass
class Server:
    """A blind event on the server, roles granted: J01 and J02 have logins, J01 is conflicted
    on one of the submissions assigned to them, J02's score file is merged, one decision is
    recorded."""

    pg: PostgresServer
    database: str
    event: LogisticsEvent
    assigned: dict[str, tuple[str, ...]]
    visible: set[str]  # what J01 may see: assigned and not conflicted
    conflicted: str
    roles: dict[str, str]

    def connect(self, who: str) -> psycopg.Connection[Any]:
        url = self.pg.url(self.database, self.roles[who], PASSWORDS[who])
        return psycopg.connect(url.replace("+psycopg", ""), autocommit=True)

    def admin(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self.pg.url(self.database).replace("+psycopg", ""), autocommit=True)


def _imin(*argv: Any) -> tuple[int, str]:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main([str(a) for a in argv])
    return code, out.getvalue()


@pytest.fixture(scope="module")
def server(
    postgres_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("server")
    database = postgres_server.new_database()
    url = postgres_server.url(database)
    event = make_event(folder / "event", target=url, submissions_count=6, jurors_count=3,
                       blind=True, identifying_fields=["website"])  # fmt: skip
    assigned = dict(event.assignments())
    conflicted = assigned["J01"][0]
    jurors.add_conflict(event.db, "J01", conflicted, actor="tester")
    kit = event.issue_kits()["J02"]
    back = write_scores(kit, [complete_entry(s) for s in assigned["J02"]], 1, folder)
    assert scores.import_score_files(event.db, [back])[0].result == "accepted"
    decisions.decide(event.db, assigned["J02"][0], "winner", actor="tester")
    event.db.dispose()
    files = {}
    for who, password in PASSWORDS.items():
        files[who] = folder / f"{who}.txt"
        files[who].write_text(password + "\n", encoding="utf-8")
    assert _imin("--db", url, "server", "init")[0] == 0
    code, out = _imin("--db", url, "server", "grant-juror", "J01", "--password-file",
                      files["j01"], "--json")  # fmt: skip
    assert code == 0
    roles = {"j01": json.loads(out)["role"]}
    assert json.loads(out) == {"role": roles["j01"], "juror": "J01"}
    code, out = _imin("--db", url, "server", "grant-juror", "J02", "--password-file",
                      files["j02"], "--json")  # fmt: skip
    roles["j02"] = json.loads(out)["role"]
    roles["coord"], roles["manager"] = f"{database}_coord", f"{database}_manager"
    assert _imin("--db", url, "server", "grant-coordinator", roles["coord"], "--password-file",
                 files["coord"])[0] == 0  # fmt: skip
    assert _imin("--db", url, "server", "grant-manager", roles["manager"], "--password-file",
                 files["manager"])[0] == 0  # fmt: skip
    visible = set(assigned["J01"]) - {conflicted}
    yield Server(postgres_server, database, event, assigned, visible, conflicted, roles)
    event.db.dispose()
    postgres_server.drop_database(database)


def rows(conn: psycopg.Connection[Any], sql: str, *params: Any) -> list[tuple[Any, ...]]:
    return conn.execute(sql.encode(), params or None).fetchall()  # type: ignore[arg-type]


def refused(conn: psycopg.Connection[Any], sql: str, *params: Any) -> str:
    """Run ``sql``; it must be refused by the server for lack of privilege (42501)."""
    with pytest.raises(errors.InsufficientPrivilege) as info:
        conn.execute(sql.encode(), params or None)  # type: ignore[arg-type]
    return str(info.value)


def juror_id(server: Server, key: str) -> int:
    with server.admin() as conn:
        return int(rows(conn, "SELECT id FROM jurors WHERE key = %s", key)[0][0])


def submission_id(server: Server, key: str) -> int:
    with server.admin() as conn:
        return int(rows(conn, "SELECT id FROM submissions WHERE key = %s", key)[0][0])


# --- a juror reads only their own part ---------------------------------------------------------


def test_juror_reads_the_event_and_the_rubric(server: Server) -> None:
    with server.connect("j01") as conn:
        events = rows(conn, "SELECT title, is_blind FROM events")
        criteria = rows(conn, "SELECT key FROM criteria ORDER BY position")
        gates = rows(conn, "SELECT key FROM gates")

    assert events == [("Desafio Saúde 2026", True)]
    assert criteria == [("excellence",), ("impact",)]
    assert gates == [("eligible",)]


def test_juror_reads_only_their_own_juror_row_and_assignments(server: Server) -> None:
    with server.connect("j01") as conn:
        people = rows(conn, "SELECT key FROM jurors")
        assigned = rows(conn, "SELECT DISTINCT juror_id FROM assignments")

    assert people == [("J01",)]
    assert assigned == [(juror_id(server, "J01"),)]


def test_juror_reads_only_assigned_submissions_never_a_conflicted_one(server: Server) -> None:
    with server.connect("j01") as conn:
        keys = {r[0] for r in rows(conn, "SELECT key FROM submissions")}
        through_view = {r[0] for r in rows(conn, "SELECT key FROM juror_submissions")}
        conflicted = rows(conn, "SELECT key FROM submissions WHERE key = %s", server.conflicted)

    assert keys == server.visible == through_view
    assert conflicted == []


def test_juror_reads_only_the_attachments_and_blobs_of_their_submissions(server: Server) -> None:
    with server.connect("j01") as conn:
        attached = {r[0] for r in rows(conn, "SELECT DISTINCT submission_id FROM attachments")}
        blobs = {r[0] for r in rows(conn, "SELECT sha256 FROM blobs")}
    with server.admin() as conn:
        expected = {submission_id(server, k) for k in server.visible}
        visible_blobs = {r[0] for r in rows(conn, "SELECT blob_sha256 FROM attachments WHERE "
                                                  "submission_id = ANY(%s)", list(expected))}  # fmt: skip
        all_blobs = {r[0] for r in rows(conn, "SELECT sha256 FROM blobs")}

    assert attached == expected
    assert blobs == visible_blobs != all_blobs


def test_juror_in_a_blind_event_cannot_read_team_or_fields(server: Server) -> None:
    with server.connect("j01") as conn:
        team = refused(conn, "SELECT team FROM submissions")
        fields = refused(conn, "SELECT fields FROM submissions")
        everything = refused(conn, "SELECT * FROM submissions")
        shown = rows(conn, "SELECT team, fields FROM juror_submissions")

    assert "permission denied" in team and "permission denied" in fields and everything
    assert {json.dumps(t) for t, _f in shown} == {"[]"}
    assert all("website" not in f and "trl" in f for _t, f in shown)


def test_juror_never_reads_other_reviews_scores_or_score_files(server: Server) -> None:
    with server.connect("j01") as conn:
        reviews = rows(conn, "SELECT * FROM reviews")
        scores_ = rows(conn, "SELECT * FROM scores")
        gates = rows(conn, "SELECT * FROM gate_answers")
        files = rows(conn, "SELECT id FROM score_files")
        content = refused(conn, "SELECT content FROM score_files")
    with server.admin() as conn:
        others = rows(conn, "SELECT count(*) FROM reviews")[0][0]

    assert (reviews, scores_, gates, files) == ([], [], [], [])
    assert others == 4 and "permission denied" in content


@pytest.mark.parametrize(
    "sql",
    ["SELECT * FROM decisions", "SELECT * FROM audit_entries", "SELECT key FROM kits"],
)  # fmt: skip
def test_juror_never_reads_decisions_audit_or_kit_keys(server: Server, sql: str) -> None:
    with server.connect("j01") as conn:
        assert "permission denied" in refused(conn, sql)


# What a juror reads whole (row-level security still picks the rows); every other table,
# including any a later migration adds, is refused outright or in part (team, key, content).
JUROR_READABLE = {"events", "rubrics", "criteria", "levels", "gates", "jurors", "assignments",
                  "conflicts", "attachments", "blobs", "reviews", "scores", "gate_answers"}  # fmt: skip


def test_juror_select_star_on_any_other_table_is_refused(server: Server) -> None:
    others = [t.name for t in Base.metadata.sorted_tables if t.name not in JUROR_READABLE]
    with server.connect("j01") as conn:
        messages = {t: refused(conn, f"SELECT * FROM {t}") for t in others}

    assert {"submissions", "kits", "score_files", "decisions", "audit_entries"} <= set(messages)
    assert all("permission denied" in m for m in messages.values())


def test_juror_reads_only_their_own_login(server: Server) -> None:
    with server.connect("j01") as conn:
        logins = rows(conn, "SELECT role_name, juror_id FROM imin_juror_logins")

    assert logins == [(server.roles["j01"], juror_id(server, "J01"))]


# --- a juror writes only their own reviews, scores and gate answers ----------------------------


def test_juror_writes_their_own_review_score_and_gate_answer(server: Server) -> None:
    sub = sorted(server.visible)[0]
    me = juror_id(server, "J01")
    with server.connect("j01") as conn:
        conn.execute(
            "INSERT INTO reviews (juror_id, submission_id, status, is_conflict, comment, "
            "updated_at, version) VALUES (%s, %s, 'draft', false, 'Bom', now(), 1)",
            (me, submission_id(server, sub)),
        )
        (review,) = rows(conn, "SELECT id FROM reviews")[0]
        (criterion,) = rows(conn, "SELECT id FROM criteria WHERE key = 'impact'")[0]
        (gate,) = rows(conn, "SELECT id FROM gates")[0]
        conn.execute("INSERT INTO scores (review_id, criterion_id, value, comment) "
                     "VALUES (%s, %s, 3.5, '')", (review, criterion))  # fmt: skip
        conn.execute("INSERT INTO gate_answers (review_id, gate_id, answer) VALUES (%s, %s, true)",
                     (review, gate))  # fmt: skip
        conn.execute("UPDATE reviews SET comment = 'Muito bom' WHERE id = %s", (review,))
    with server.admin() as conn:
        stored = rows(conn, "SELECT r.comment, s.value FROM reviews r JOIN scores s ON "
                            "s.review_id = r.id WHERE r.juror_id = %s", me)  # fmt: skip
        conn.execute("DELETE FROM reviews WHERE juror_id = %s", (me,))

    assert [(c, str(v)) for c, v in stored] == [("Muito bom", "3.5")]


@pytest.mark.parametrize("which", ["unassigned", "conflicted", "as J02"])
def test_juror_review_outside_their_assignments_is_refused(server: Server, which: str) -> None:
    assigned = server.assigned
    target = {
        "unassigned": next(s for s in server.event.submission_ids if s not in assigned["J01"]),
        "conflicted": server.conflicted,
        "as J02": assigned["J02"][0],
    }[which]
    who = juror_id(server, "J02" if which == "as J02" else "J01")
    with server.connect("j01") as conn:
        message = refused(
            conn,
            "INSERT INTO reviews (juror_id, submission_id, status, is_conflict, comment, "
            "updated_at, version) VALUES (%s, %s, 'draft', false, '', now(), 1)",
            who, submission_id(server, target),
        )  # fmt: skip

    assert "row-level security" in message


def test_juror_cannot_change_or_score_another_jurors_review(server: Server) -> None:
    with server.admin() as conn:
        (review, comment) = rows(conn, "SELECT id, comment FROM reviews LIMIT 1")[0]
        (criterion,) = rows(conn, "SELECT id FROM criteria WHERE key = 'impact'")[0]
        before = rows(conn, "SELECT * FROM scores ORDER BY id")
    with server.connect("j01") as conn:
        updated = conn.execute("UPDATE reviews SET comment = 'mudado' WHERE id = %s", (review,))
        deleted = conn.execute("DELETE FROM scores WHERE review_id = %s", (review,))
        message = refused(conn, "INSERT INTO scores (review_id, criterion_id, value, comment) "
                                "VALUES (%s, %s, 0, '')", review, criterion)  # fmt: skip
        review_delete = refused(conn, "DELETE FROM reviews WHERE id = %s", review)
    with server.admin() as conn:
        after = rows(conn, "SELECT * FROM scores ORDER BY id")
        (still,) = rows(conn, "SELECT comment FROM reviews WHERE id = %s", review)[0]

    assert (updated.rowcount, deleted.rowcount) == (0, 0)  # the rows do not exist for J01
    assert "row-level security" in message and "permission denied" in review_delete
    assert (after, still) == (before, comment)


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO decisions (submission_id, outcome, rationale, decided_by, decided_at, "
        "version) SELECT id, 'winner', '', 'j01', now(), 1 FROM submissions LIMIT 1",
        "UPDATE decisions SET outcome = 'not_selected'",
        "DELETE FROM audit_entries",
        "UPDATE events SET title = 'outro'",
        "UPDATE submissions SET title = 'outro'",
        "INSERT INTO assignments (juror_id, submission_id, is_calibration, created_at) "
        "SELECT juror_id, submission_id, false, now() FROM assignments LIMIT 1",
        "DELETE FROM conflicts",
        "UPDATE criteria SET weight = 100",
        "INSERT INTO imin_juror_logins VALUES ('x', 1)",
        "UPDATE score_files SET content = ''",
    ],
)
def test_juror_writes_outside_their_reviews_are_refused(server: Server, sql: str) -> None:
    with server.connect("j01") as conn:
        assert "permission denied" in refused(conn, sql)


# --- coordinators, managers and strangers ------------------------------------------------------


def test_coordinator_reads_and_writes_everything_of_the_event(server: Server) -> None:
    with server.connect("coord") as conn:
        counts = [rows(conn, f"SELECT count(*) FROM {t}")[0][0]
                  for t in ("reviews", "decisions", "audit_entries", "submissions")]  # fmt: skip
        team = rows(conn, "SELECT team FROM submissions LIMIT 1")[0][0]
        conn.execute("UPDATE decisions SET rationale = 'Unânime'")
        logins = refused(conn, "DELETE FROM imin_juror_logins")

    assert counts[0] == 4 and counts[1] == 1 and counts[2] > 0 and counts[3] == 6
    assert team and "name" in team[0]
    assert "permission denied" in logins


@pytest.mark.parametrize(
    "sql",
    ["UPDATE decisions SET rationale = 'x'", "DELETE FROM reviews", "UPDATE events SET awards = 1",
     "INSERT INTO audit_entries (event_id, at, actor, action, entity, entity_key, detail) "
     "VALUES (1, now(), 'm', 'x', 'y', '', '')"],
)  # fmt: skip
def test_manager_reads_everything_and_writes_nothing(server: Server, sql: str) -> None:
    with server.connect("manager") as conn:
        reviews = rows(conn, "SELECT count(*) FROM reviews")[0][0]
        assert "permission denied" in refused(conn, sql)
        assert "permission denied" in refused(conn, "SELECT key FROM kits")

    assert reviews == 4


def test_manager_and_coordinator_use_the_program_with_their_logins(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    coordinator = server.pg.url(server.database, server.roles["coord"], PASSWORDS["coord"])
    manager = server.pg.url(server.database, server.roles["manager"], PASSWORDS["manager"])
    sub = server.assigned["J02"][1]

    shown = main(["--db", manager, "event", "show", "--json"])
    refused_code = main(["--db", manager, "decide", sub, "--outcome", "finalist"])
    _out, err = capsys.readouterr()
    decided = main(["--db", coordinator, "decide", sub, "--outcome", "finalist"])

    assert (shown, refused_code, decided) == (0, 1, 0)
    assert "the event server refused this for your login (permission denied" in err
    assert PASSWORDS["manager"] not in err


def test_role_outside_the_event_groups_cannot_connect(server: Server) -> None:
    with server.admin() as conn:
        conn.execute(b"DROP ROLE IF EXISTS imin_stranger")
        conn.execute(b"CREATE ROLE imin_stranger LOGIN PASSWORD 'estranho-123456'")
    url = server.pg.url(server.database, "imin_stranger", "estranho-123456")

    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        psycopg.connect(url.replace("+psycopg", "")).close()


def test_juror_login_needs_its_password(server: Server) -> None:
    url = server.pg.url(server.database, server.roles["j01"], "nao-e-esta")

    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(url.replace("+psycopg", "")).close()


def test_server_init_runs_again_without_harm(server: Server) -> None:
    code, out = _imin("--db", server.pg.url(server.database), "server", "init", "--json")

    info = json.loads(out)
    assert code == 0 and info["has_event"] is True
    assert info["juror_group"].endswith("_juror")
    with server.connect("j01") as conn:
        assert {r[0] for r in rows(conn, "SELECT key FROM submissions")} == server.visible


def test_grant_juror_for_an_unknown_juror_is_refused(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    password = tmp_path / "p.txt"
    password.write_text("uma-palavra-bem-longa", encoding="utf-8")

    code = main(["--db", server.pg.url(server.database), "server", "grant-juror", "J99",
                 "--password-file", str(password)])  # fmt: skip

    assert code == 1
    assert "J99" in capsys.readouterr().err
