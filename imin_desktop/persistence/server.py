"""A PostgreSQL event server's security: group roles, login roles and row-level security.

Each event database gets three group roles named after it (``imin_<db>_coordinator``,
``_manager``, ``_juror``); people log in with their own roles, members of one group. The
database itself enforces who reads and writes what (docs/server.md has the whole table):

- coordinators read and write every row of their event;
- managers read every row and write none;
- a juror reads the event, the rubric, their own juror row, assignments and conflicts, the
  submissions and attachments assigned to them (never those they are conflicted on), and
  reads and writes only their own reviews, scores and gate answers. Other reviews, score files
  of others, decisions and the audit trail stay out of reach; a submission's team and fields
  are readable only through the view ``juror_submissions``, which hides them in a blind event.

Everything here is idempotent: running it again after a migration re-applies the grants and
policies to every table.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import Connection, text

from imin_desktop.domain.errors import RefusedError
from imin_desktop.models import Base

GROUPS = ("coordinator", "manager", "juror")
ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
LOGINS_TABLE = "imin_juror_logins"

# Tables every juror reads whole (one event per database).
SHARED = ("events", "rubrics", "criteria", "levels", "gates")


def protected_tables() -> list[str]:
    """Every table of the event, each under row-level security (a table a later migration
    adds is covered when ``imin server init`` runs again, and stays closed to jurors)."""
    return [table.name for table in Base.metadata.sorted_tables]


# What a juror may see of a submission in the table itself: never ``team`` or ``fields``.
SUBMISSION_COLUMNS = ("id", "event_id", "key", "title", "track", "summary", "content_hash",
                      "created_at", "updated_at", "version")  # fmt: skip
KIT_COLUMNS = ("id", "uid", "juror_id", "rubric_hash", "kind", "created_at")  # never ``key``
SCORE_FILE_COLUMNS = ("id", "kit_id", "juror_id", "sequence", "sha256", "kind", "file_name",
                      "created_at", "imported_at", "is_current")  # never ``content``  # fmt: skip


@dataclass(frozen=True)
class Groups:
    coordinator: str
    manager: str
    juror: str

    def of(self, kind: str) -> str:
        if kind not in GROUPS:
            raise RefusedError(f"{kind!r} is not a kind of server role ({', '.join(GROUPS)})")
        name: str = getattr(self, kind)
        return name


def groups_for(database: str) -> Groups:
    """The group role names of an event database (cluster-wide, so named after it)."""
    stem = re.sub(r"[^a-z0-9_]", "_", database.lower())[:40]
    return Groups(*(f"imin_{stem}_{kind}" for kind in GROUPS))


def current_database(conn: Connection) -> str:
    return str(conn.execute(text("SELECT current_database()")).scalar_one())


def check_role_name(name: str) -> str:
    if not ROLE_NAME.match(name):
        raise RefusedError(
            f"{name!r} cannot be a role name: use lower-case letters, digits and _ "
            "(at most 63, not starting with a digit)"
        )
    return name


def scram_verifier(password: str, *, iterations: int = 4096, salt: bytes | None = None) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password`` (RFC 5802/7677), computed
    here so the password itself never travels to the server or into its logs."""
    salt = salt if salt is not None else os.urandom(16)
    normalised = unicodedata.normalize("NFKC", password).encode("utf-8")
    salted = hashlib.pbkdf2_hmac("sha256", normalised, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _ensure_role(conn: Connection, name: str, *, login: bool, password: str | None = None) -> None:
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    verb = "ALTER" if exists else "CREATE"
    options = "LOGIN" if login else "NOLOGIN"
    if password is not None:
        options += f" PASSWORD {_literal(scram_verifier(password))}"
    conn.exec_driver_sql(f"{verb} ROLE {_quote(name)} {options}")  # no bind parameters in it


def _policy(conn: Connection, table: str, name: str, clause: str) -> None:
    conn.execute(text(f"DROP POLICY IF EXISTS {name} ON {table}"))
    conn.execute(text(f"CREATE POLICY {name} ON {table} {clause}"))


FUNCTIONS = f"""
CREATE TABLE IF NOT EXISTS {LOGINS_TABLE} (
    role_name name PRIMARY KEY,
    juror_id integer NOT NULL UNIQUE REFERENCES jurors(id) ON DELETE CASCADE
);
-- Both run as the caller, so the row-level policies of the tables they read apply: a juror
-- finds only their own login row, assignments and conflicts. Names are schema-qualified (no
-- search_path of the caller's can redirect them), which also lets the planner inline them.
CREATE OR REPLACE FUNCTION imin_juror_id() RETURNS integer
    LANGUAGE sql STABLE
    AS $$ SELECT juror_id FROM public.{LOGINS_TABLE} WHERE role_name = current_user $$;
CREATE OR REPLACE FUNCTION imin_juror_sees(submission integer) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT EXISTS (SELECT 1 FROM public.assignments a
                         WHERE a.submission_id = submission AND a.juror_id = public.imin_juror_id())
             AND NOT EXISTS (SELECT 1 FROM public.conflicts c
                             WHERE c.submission_id = submission
                               AND c.juror_id = public.imin_juror_id())
       $$;
-- The submission as a juror may see it; the view's owner reads the table, so the view itself
-- keeps to the caller's submissions (imin_juror_sees runs as the caller).
CREATE OR REPLACE VIEW juror_submissions WITH (security_barrier) AS
    SELECT s.id, s.key, s.title, s.track, s.summary,
           CASE WHEN e.is_blind THEN '[]'::json ELSE s.team END AS team,
           CASE WHEN e.is_blind THEN
                (SELECT coalesce(json_object_agg(f.key, f.value), '{{}}'::json)
                 FROM json_each(s.fields) AS f
                 WHERE NOT (e.identifying_fields::jsonb ? f.key))
                ELSE s.fields END AS fields
    FROM submissions s JOIN events e ON e.id = s.event_id
    WHERE imin_juror_sees(s.id);
REVOKE ALL ON FUNCTION imin_juror_id() FROM PUBLIC;
REVOKE ALL ON FUNCTION imin_juror_sees(integer) FROM PUBLIC;
ALTER TABLE {LOGINS_TABLE} ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS juror_own_login ON {LOGINS_TABLE};
DROP POLICY IF EXISTS staff_read ON {LOGINS_TABLE};
"""


def _juror_policies(j: str) -> list[tuple[str, str, str]]:
    """(table, policy name, clause) for the juror group."""
    mine = "juror_id = imin_juror_id()"
    own_review = "EXISTS (SELECT 1 FROM reviews r WHERE r.id = review_id)"  # reviews RLS applies
    online_kit = ("kit_id IN (SELECT k.id FROM kits k WHERE k.juror_id = imin_juror_id() "
                  "AND k.kind = 'online')")  # fmt: skip
    rows = [(t, "juror_read", f"FOR SELECT TO {j} USING (true)") for t in SHARED]
    rows += [
        ("jurors", "juror_read", f"FOR SELECT TO {j} USING (id = imin_juror_id())"),
        ("assignments", "juror_read", f"FOR SELECT TO {j} USING ({mine})"),
        ("conflicts", "juror_read", f"FOR SELECT TO {j} USING ({mine})"),
        ("kits", "juror_read", f"FOR SELECT TO {j} USING ({mine})"),
        ("submissions", "juror_read", f"FOR SELECT TO {j} USING (imin_juror_sees(id))"),
        ("attachments", "juror_read", f"FOR SELECT TO {j} USING (imin_juror_sees(submission_id))"),
        ("blobs", "juror_read", f"FOR SELECT TO {j} USING (EXISTS (SELECT 1 FROM attachments a "
                                "WHERE a.blob_sha256 = blobs.sha256))"),
        ("reviews", "juror_read", f"FOR SELECT TO {j} USING ({mine})"),
        ("reviews", "juror_insert", f"FOR INSERT TO {j} WITH CHECK ({mine} AND "
                                    "imin_juror_sees(submission_id))"),
        ("reviews", "juror_update", f"FOR UPDATE TO {j} USING ({mine}) WITH CHECK ({mine} AND "
                                    "imin_juror_sees(submission_id))"),
        ("scores", "juror_all", f"FOR ALL TO {j} USING ({own_review}) WITH CHECK ({own_review})"),
        ("gate_answers", "juror_all",
         f"FOR ALL TO {j} USING ({own_review}) WITH CHECK ({own_review})"),
        ("score_files", "juror_read", f"FOR SELECT TO {j} USING ({mine})"),
        ("score_files", "juror_insert", f"FOR INSERT TO {j} WITH CHECK ({mine} AND "
                                        f"kind = 'online' AND {online_kit})"),
        ("score_files", "juror_update", f"FOR UPDATE TO {j} USING ({mine}) WITH CHECK ({mine})"),
        ("audit_entries", "juror_insert", f"FOR INSERT TO {j} WITH CHECK (actor = current_user "
                                          "AND entity = 'review')"),
    ]  # fmt: skip
    return rows


def install_security(conn: Connection) -> Groups:
    """Create the group roles, grants and row-level-security policies of this database."""
    database = current_database(conn)
    groups = groups_for(database)
    c, m, j = (_quote(g) for g in (groups.coordinator, groups.manager, groups.juror))
    for name in (groups.coordinator, groups.manager, groups.juror):
        _ensure_role(conn, name, login=False)
    for statement in FUNCTIONS.split(";\n"):
        if statement.strip():
            conn.execute(text(statement))
    everyone = f"{c}, {m}, {j}"
    seq = "SEQUENCE reviews_id_seq, scores_id_seq, gate_answers_id_seq, score_files_id_seq"
    statements = [
        f"REVOKE ALL ON DATABASE {_quote(database)} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {_quote(database)} TO {everyone}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {everyone}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {everyone}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {everyone}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {c}",
        f"REVOKE INSERT, UPDATE, DELETE ON {LOGINS_TABLE}, alembic_version FROM {c}",
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {c}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {m}",
        f"REVOKE SELECT ON kits FROM {m}",  # a manager reads kits, never their signing keys
        f"GRANT SELECT ({', '.join(KIT_COLUMNS)}) ON kits TO {m}",
        f"REVOKE SELECT ON juror_submissions FROM {c}, {m}",
        f"GRANT SELECT ON alembic_version, {', '.join(SHARED)}, jurors, assignments, conflicts, "
        f"attachments, blobs, juror_submissions TO {j}",
        f"GRANT SELECT ({', '.join(SUBMISSION_COLUMNS)}) ON submissions TO {j}",
        f"GRANT SELECT ON {LOGINS_TABLE} TO {j}",
        f"CREATE POLICY juror_own_login ON {LOGINS_TABLE} FOR SELECT TO {j} "
        "USING (role_name = current_user)",
        f"CREATE POLICY staff_read ON {LOGINS_TABLE} FOR SELECT TO {c}, {m} USING (true)",
        f"GRANT SELECT ({', '.join(KIT_COLUMNS)}) ON kits TO {j}",
        f"GRANT SELECT, INSERT, UPDATE ON reviews TO {j}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON scores, gate_answers TO {j}",
        f"GRANT SELECT ({', '.join(SCORE_FILE_COLUMNS)}), "
        f"INSERT ({', '.join(c for c in SCORE_FILE_COLUMNS if c != 'id')}, content), "
        f"UPDATE (is_current) ON score_files TO {j}",
        f"GRANT INSERT ON audit_entries TO {j}",
        f"GRANT USAGE ON {seq}, audit_entries_id_seq TO {j}",
        f"GRANT EXECUTE ON FUNCTION imin_juror_id(), imin_juror_sees(integer) TO {everyone}",
    ]
    for statement in statements:
        conn.execute(text(statement))
    for table in protected_tables():
        conn.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        _policy(conn, table, "coordinator_all", f"TO {c} USING (true) WITH CHECK (true)")
        _policy(conn, table, "manager_read", f"FOR SELECT TO {m} USING (true)")
    for table, name, clause in _juror_policies(j):
        _policy(conn, table, name, clause)
    return groups


def is_installed(conn: Connection) -> bool:
    found = conn.execute(text("SELECT to_regclass(:t)"), {"t": LOGINS_TABLE}).scalar_one()
    return found is not None


def create_login(conn: Connection, role: str, password: str, group: str) -> None:
    """A login role with this password, member of ``group`` (its password changed if it
    exists)."""
    check_role_name(role)
    if role in GROUPS or role.startswith("pg_") or role == "postgres":
        raise RefusedError(f"{role!r} is reserved; choose another role name")
    _ensure_role(conn, role, login=True, password=password)
    conn.execute(text(f"GRANT {_quote(group)} TO {_quote(role)}"))


def bind_juror_login(conn: Connection, role: str, juror_id: int) -> None:
    conn.execute(text(f"DELETE FROM {LOGINS_TABLE} WHERE role_name = :r"), {"r": role})
    conn.execute(
        text(
            f"INSERT INTO {LOGINS_TABLE} (role_name, juror_id) VALUES (:r, :j) "
            "ON CONFLICT (juror_id) DO UPDATE SET role_name = excluded.role_name"
        ),
        {"r": role, "j": juror_id},
    )
