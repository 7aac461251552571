"""Load test: jurors scoring online against one PostgreSQL event server, all at once.

A throwaway cluster on loopback (fsync on, synchronous commit: every acknowledged change is on
disk), one event (mini rubric, 100 submissions, 50 jurors, 10 jurors per submission: 20 each),
``imin server init`` and one login per juror. Then every juror connects with their own login
(``OnlineJuror``) and keeps scoring — a random criterion of a random assigned submission, a
random value of the grid — one change every ``--pace`` seconds, for ``--seconds`` seconds.

All jurors connect first (up to 20 s); scoring starts for everyone at the same moment.
Measured: the latency of each acknowledged change (``set_score`` returning: the juror's local
cache and one committed server transaction with its audit entry), as p50/p95/p99/max, and the
throughput. Checked afterwards, as the administrator: the last acknowledged value of every
(juror, submission, criterion) is the stored one, and there is one audit entry per acknowledged
change — nothing acknowledged was lost. Target (docs/performance.md): p95 ≤ 50 ms.

Bounded: at most 50 jurors and 60 s; the jurors run as threads in ``--processes`` processes
(each a Python interpreter, as jurors' laptops would be) so the client side does not serialise
on one interpreter lock.

Run:  python benchmarks/bench_server.py [--jurors 50] [--seconds 30] [--pace 0.5] [--json]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the throwaway cluster and the event factories

MAX_JURORS, MAX_SECONDS = 50, 60
CONNECT_SECONDS = 20  # for every juror to connect and load their reviews before scoring starts
PASSWORD = "palavra-passe-de-carga"


def _juror_thread(
    url: str, start_at: float, seconds: float, pace: float, seed: int, out: list[Any]
) -> None:
    from imin_desktop.services.online import OnlineJuror

    rng = random.Random(seed)
    client = OnlineJuror.connect(url)
    try:
        subs = [s.id for s in client.submissions]
        grid = {c.key: c.scale.values() for c in client.rubric.criteria}
        keys = sorted(grid)
        # Everyone connected first; then all score at once (wall clock: shared by processes).
        time.sleep(max(0.0, start_at - time.time()) + rng.uniform(0, pace))
        end = time.monotonic() + seconds
        next_at = time.monotonic()
        while time.monotonic() < end:
            sid, key = rng.choice(subs), rng.choice(keys)
            value = rng.choice(grid[key])
            started = time.perf_counter()
            client.set_score(sid, key, value)
            out.append((time.perf_counter() - started, client.kit.juror_id, sid, key, str(value)))
            next_at += rng.uniform(0.5 * pace, 1.5 * pace)
            time.sleep(max(0.0, next_at - time.monotonic()))
    finally:
        client.close()


def _process(
    urls: list[tuple[int, str]], start_at: float, seconds: float, pace: float, queue: Any
) -> None:
    results: list[Any] = []
    threads = [threading.Thread(target=_juror_thread,
                                args=(url, start_at, seconds, pace, n, results))
               for n, url in urls]  # fmt: skip
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    queue.put(results)


def prepare(jurors: int) -> tuple[Any, str, list[str]]:
    """The cluster, the event database's admin URL and one login URL per juror."""
    from logistics_factories import make_event
    from pg_cluster import start_cluster

    from imin_desktop.services.server import grant_juror, init_server

    server = start_cluster(
        durable=os.environ.get("IMIN_BENCH_FSYNC", "on") == "on", max_connections=jurors + 20
    )
    database = server.new_database()
    admin = server.url(database)
    event = make_event(Path(tempfile.mkdtemp(prefix="imin-load-")), target=admin,
                       submissions_count=2 * jurors, jurors_count=jurors,
                       per_submission=min(10, jurors))  # fmt: skip
    event.db.dispose()
    init_server(admin)
    logins = []
    for person in event.jurors:
        role = grant_juror(admin, person.id, PASSWORD, actor="benchmark").role
        logins.append(server.url(database, role, PASSWORD))
    return server, admin, logins


def verify(admin: str, acknowledged: list[Any]) -> dict[str, int]:
    """Every acknowledged change is kept: last values stored, one audit entry per change."""
    from sqlalchemy import create_engine, text

    last: dict[tuple[str, str, str], str] = {}
    for _latency, juror, sid, key, value in acknowledged:
        last[(juror, sid, key)] = value
    engine = create_engine(admin)
    try:
        with engine.connect() as conn:
            stored = {
                (j, s, c): format(Decimal(v).normalize(), "f")
                for j, s, c, v in conn.execute(
                    text(
                        "SELECT j.key, s.key, c.key, sc.value FROM scores sc "
                        "JOIN reviews r ON r.id = sc.review_id JOIN jurors j ON j.id = r.juror_id "
                        "JOIN submissions s ON s.id = r.submission_id "
                        "JOIN criteria c ON c.id = sc.criterion_id"
                    )
                )
            }
            audited = conn.execute(
                text("SELECT count(*) FROM audit_entries WHERE detail = 'online'")
            ).scalar_one()
    finally:
        engine.dispose()
    wrong = sum(1 for k, v in last.items() if stored.get(k) != format(Decimal(v).normalize(), "f"))
    return {"changes": len(acknowledged), "scores_checked": len(last), "wrong_or_missing": wrong,
            "audit_entries": int(audited)}  # fmt: skip


def run_load(jurors: int, seconds: float, pace: float, processes: int) -> dict[str, Any]:
    jurors, seconds = min(jurors, MAX_JURORS), min(seconds, MAX_SECONDS)
    server, admin, logins = prepare(jurors)
    try:
        context = multiprocessing.get_context("spawn")
        queue = context.Queue()
        shares = [[(n, url) for n, url in enumerate(logins) if n % processes == p]
                  for p in range(processes)]  # fmt: skip
        start_at = time.time() + CONNECT_SECONDS
        workers = [context.Process(target=_process, args=(share, start_at, seconds, pace, queue))
                   for share in shares if share]  # fmt: skip
        for w in workers:
            w.start()
        acknowledged: list[Any] = []
        for _ in workers:
            acknowledged += queue.get(timeout=CONNECT_SECONDS + seconds + 120)
        for w in workers:
            w.join()
        elapsed = seconds
        checked = verify(admin, acknowledged)
    finally:
        server.stop()
    latencies = sorted(a[0] * 1000 for a in acknowledged)
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return {
        "jurors": jurors, "seconds": seconds, "pace_s": pace, "processes": processes,
        "changes": len(latencies), "changes_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(cuts[49], 1), "p95_ms": round(cuts[94], 1), "p99_ms": round(cuts[98], 1),
        "max_ms": round(latencies[-1], 1), **checked,
    }  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jurors", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--pace", type=float, default=0.5, help="seconds between a juror's changes")
    parser.add_argument("--processes", type=int, default=min(5, os.cpu_count() or 1) or 1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = run_load(args.jurors, args.seconds, args.pace, args.processes)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:>18}: {value}")
    lost = figures["wrong_or_missing"] or figures["audit_entries"] != figures["changes"]
    return 1 if lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
