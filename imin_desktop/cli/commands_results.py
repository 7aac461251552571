"""``imin results`` and ``imin decide``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from imin_desktop.cli.common import event_db
from imin_desktop.cli.lazy import lazy
from imin_desktop.cli.output import print_json, print_table, say
from imin_desktop.domain.consolidation.results import RESULT_METHODS
from imin_desktop.domain.rounding import fixed
from imin_desktop.domain.text import _, language

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
    """A figure as every output rounds it: half away from zero (docs/statistics.md)."""
    return fixed(value, digits, comma=language() == "pt")


def print_results(er: EventResults) -> None:
    r = er.results
    keys = er.rubric.criterion_keys
    say(
        _(
            "{event_title}: method {method}, {draws} bootstrap draws (seed {seed}), top {top_k}"
        ).format(
            event_title=er.event_title, method=r.method, draws=r.draws, seed=r.seed, top_k=r.top_k
        )
    )
    from imin_desktop.domain.standing import SECTIONS, standings

    orders = {key: d.get("panel_order") for key, d in er.decisions.items()}
    shown = standings(r.submissions, orders, er.rubric)
    headings = {
        "ranked": _("Ranked list"),
        "below_threshold": _("Below a threshold (apart from the ranked list; rank for reference)"),
        "ineligible": _("Ineligible (apart from the ranked list; rank for reference)"),
        "not_assessed": _("Not assessed (no counted review)"),
    }
    for section in SECTIONS:
        rows = []
        for standing in shown.section(section):
            s = standing.result
            interval = f"{s.rank_interval[0]}–{s.rank_interval[1]}" if s.rank_interval else "—"
            decision = er.decisions.get(s.id, {}).get("outcome", "")
            rows.append([
                standing.label, s.id, (s.title[:38] + "…") if len(s.title) > 39 else s.title,
                fmt(s.total), *(fmt(s.criteria.get(k)) for k in keys), f"{s.reviews}/{s.assigned}",
                interval, fmt(s.p_top), _("yes") if s.passes else _("no"), ", ".join(s.flags),
                decision,
            ])  # fmt: skip
        if not rows:
            continue
        say("")
        say(headings[section])
        print_table(["rank", "id", "title", "total", *keys, "reviews", "rank 5–95%", "P(top)",
                     "passes", "flags", "decision"], rows)  # fmt: skip
    for tie in shown.broken:
        rule = tie.key.criterion or f"field {tie.key.field}"
        say(_("{first} and {second} have the same total {total}; tie-break rule {n} ({rule}) "
              "ranks {first} first").format(first=tie.first.id, second=tie.second.id,
                                             total=fmt(tie.first.total), n=tie.position,
                                             rule=rule))  # fmt: skip
    for group in shown.open_ties:
        say(_("ex aequo at rank {rank}: {ids} (the panel has not ordered them)").format(
            rank=group.rank, ids=", ".join(m.id for m in group.members)))  # fmt: skip
    say("")
    print_table(["juror", "reviews", "conflicts", "mean total", "leniency"],
                [[j.id, j.reviews, j.conflicts, fmt(j.mean_total), fmt(j.leniency)] for j in r.jurors])  # fmt: skip
    say("")
    t = r.reliability.total
    say(
        _(
            "reliability of totals: Krippendorff's alpha (interval) {alpha}, ICC(2,1) {icc}, Kendall's W {w}"
        ).format(alpha=fmt(t.alpha_interval, 3), icc=fmt(t.icc.icc2, 3), w=fmt(t.kendall_w, 3))
    )
    per_criterion = [n for n in r.notes if n.path.startswith("reliability.criteria.")]
    for note in r.notes:
        if note not in per_criterion:
            say(_("note: {path}: {message}").format(path=note.path, message=note.message))
    if per_criterion:
        say(
            _(
                "note: {n_per_criterion} per-criterion reliability figure(s) could not be computed; see --json for each reason"
            ).format(n_per_criterion=len(per_criterion))
        )


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
                                   panel_order=args.panel_order, override=args.override,
                                   method=args.method,
                                   expected_version=args.expected_version)  # fmt: skip
    say(
        _("{submission}: {outcome} (decision version {version})").format(
            submission=args.submission, outcome=args.outcome, version=version
        )
    )
    return 0


def register(commands: Sub[argparse.ArgumentParser]) -> None:
    p = commands.add_parser("results", help=_("consolidated results"))
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("--method", choices=list(RESULT_METHODS), default="mean")
    p.add_argument(
        "--top", type=int, metavar="K", help=_("number of awards (default: the event's)")
    )
    p.add_argument("--seed", type=int, default=1, help=_("bootstrap seed (reported)"))
    p.add_argument("--draws", type=int, default=1000, help=_("bootstrap draws"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_results)
    p = commands.add_parser("decide", help=_("record the panel's decision on a submission"))
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("submission")
    p.add_argument("--outcome", required=True)
    p.add_argument("--rationale")
    p.add_argument("--panel-order", type=int, help=_("order settling an ex aequo rank"))
    p.add_argument("--override", action="store_true",
                   help=_("confirm a winner/funded decision for a submission below threshold or "
                          "ineligible (recorded in the audit trail)"))  # fmt: skip
    p.add_argument("--method", choices=list(RESULT_METHODS), default="mean",
                   help=_("the method whose thresholds the decision is checked against"))  # fmt: skip
    p.add_argument("--expected-version", type=int, metavar="N",
                   help=_("the decision version you based this on (0: none yet); refused if "
                          "someone changed the decision meanwhile"))  # fmt: skip
    p.set_defaults(func=_decide)
