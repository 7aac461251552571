"""``imin results`` and ``imin decide``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from imin_desktop.cli.common import event_db
from imin_desktop.cli.lazy import lazy
from imin_desktop.cli.output import print_json, print_table, say
from imin_desktop.domain.consolidation.results import RESULT_METHODS

if TYPE_CHECKING:
    from imin_desktop.services import decisions, events, results
    from imin_desktop.services.results import EventResults
else:
    decisions, events, results = lazy(
        "imin_desktop.services.decisions",
        "imin_desktop.services.events",
        "imin_desktop.services.results",
    )

Sub = argparse._SubParsersAction


def fmt(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def print_results(er: EventResults) -> None:
    r = er.results
    keys = er.rubric.criterion_keys
    say(
        f"{er.event_title}: method {r.method}, {r.draws} bootstrap draws (seed {r.seed}), top {r.top_k}"
    )
    rows = []
    for s in r.submissions:
        interval = f"{s.rank_interval[0]}–{s.rank_interval[1]}" if s.rank_interval else "—"
        decision = er.decisions.get(s.id, {}).get("outcome", "")
        rows.append([
            s.rank, s.id, (s.title[:38] + "…") if len(s.title) > 39 else s.title, fmt(s.total),
            *(fmt(s.criteria.get(k)) for k in keys), f"{s.reviews}/{s.assigned}", interval,
            fmt(s.p_top), "yes" if s.passes else "no", ", ".join(s.flags), decision,
        ])  # fmt: skip
    print_table(["rank", "id", "title", "total", *keys, "reviews", "rank 5–95%", "P(top)", "passes",
                 "flags", "decision"], rows)  # fmt: skip
    say("")
    print_table(["juror", "reviews", "conflicts", "mean total", "leniency"],
                [[j.id, j.reviews, j.conflicts, fmt(j.mean_total), fmt(j.leniency)] for j in r.jurors])  # fmt: skip
    say("")
    t = r.reliability.total
    say(f"reliability of totals: Krippendorff's alpha (interval) {fmt(t.alpha_interval, 3)}, "
        f"ICC(2,1) {fmt(t.icc.icc2, 3)}, Kendall's W {fmt(t.kendall_w, 3)}")  # fmt: skip
    per_criterion = [n for n in r.notes if n.path.startswith("reliability.criteria.")]
    for note in r.notes:
        if note not in per_criterion:
            say(f"note: {note.path}: {note.message}")
    if per_criterion:
        say(f"note: {len(per_criterion)} per-criterion reliability figure(s) could not be computed; "
            "see --json for each reason")  # fmt: skip


def _results(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        er = results.compute_results(
            db, method=args.method, top_k=args.top, seed=args.seed, draws=args.draws
        )
    if args.json:
        print_json(er.as_json())
    else:
        print_results(er)
    return 0


def _decide(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        version = decisions.decide(db, args.submission, args.outcome, args.rationale or "",
                                   panel_order=args.panel_order)  # fmt: skip
    say(f"{args.submission}: {args.outcome} (decision version {version})")
    return 0


def register(commands: Sub[argparse.ArgumentParser]) -> None:
    p = commands.add_parser("results", help="consolidated results")
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("--method", choices=list(RESULT_METHODS), default="mean")
    p.add_argument("--top", type=int, metavar="K", help="number of awards (default: the event's)")
    p.add_argument("--seed", type=int, default=1, help="bootstrap seed (reported)")
    p.add_argument("--draws", type=int, default=1000, help="bootstrap draws")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_results)
    p = commands.add_parser("decide", help="record the panel's decision on a submission")
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("submission")
    p.add_argument("--outcome", required=True)
    p.add_argument("--rationale")
    p.add_argument("--panel-order", type=int, help="order settling an ex aequo rank")
    p.set_defaults(func=_decide)
