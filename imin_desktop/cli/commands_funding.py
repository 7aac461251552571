"""``imin funding``: the budget line (main list, reserve list, not funded), and ``--apply``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from imin_desktop.cli.common import event_db
from imin_desktop.cli.lazy import lazy
from imin_desktop.cli.output import print_json, print_table, say
from imin_desktop.domain.consolidation.results import RESULT_METHODS
from imin_desktop.domain.funding import FundingRule

if TYPE_CHECKING:
    from imin_desktop.exports import funding_texts
    from imin_desktop.services import funding
    from imin_desktop.services.funding import FundingResult
else:
    funding, funding_texts = lazy(
        "imin_desktop.services.funding", "imin_desktop.exports.funding_texts"
    )

Sub = argparse._SubParsersAction
RULES: dict[str, FundingRule] = {
    "strict": "strict", "skip-to-fit": "skip_to_fit", "skip_to_fit": "skip_to_fit",
}  # fmt: skip


def print_funding(result: FundingResult, lang: str) -> None:
    p, s = result.proposal, result.settings
    word, money = funding_texts.funding_word, funding_texts.money
    say(
        f"{result.event_title}: {word(lang, 'subtitle', budget=money(p.budget, lang), rule=word(lang, f'rule.{p.rule}'), reserve=p.reserve_size, field=s.field)} · method {s.method}"
    )
    rows = []
    for n, e in enumerate(p.entries, start=1):
        title = result.titles.get(e.id, "")
        rows.append([n, e.rank, e.id, title[:38] + "…" if len(title) > 39 else title,
                     money(e.request, lang), money(e.cumulative, lang),
                     word(lang, f"status.{e.status}")])  # fmt: skip
    print_table(["#", "rank", "id", "title", "request", "cumulative", "proposal"], rows)
    say("")
    say(word(lang, "line", funded=money(p.funded, lang), budget=money(p.budget, lang)))
    panel = p.of("panel")
    if panel:
        say(word(lang, "summary.panel", n=len(panel), ids=", ".join(e.id for e in panel)))


def _funding(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        settings = funding.resolve_settings(
            db, budget=args.budget, field=args.field, reserve=args.reserve,
            rule=RULES[args.rule] if args.rule else None, method=args.method,
        )  # fmt: skip
        if args.apply:
            applied = funding.apply_funding(db, settings, lang=args.lang)
            result = applied.result
        else:
            result = funding.propose_funding(db, settings)
    if args.json:
        print_json(result.proposal.as_json())
    else:
        print_funding(result, args.lang)
        if args.apply:
            say(f"decisions recorded for {len(applied.recorded)} submissions"
                + (f"; kept the panel's own decisions on {', '.join(applied.kept)}"
                   if applied.kept else ""))  # fmt: skip
    return 0


def register(commands: Sub[argparse.ArgumentParser]) -> None:
    p = commands.add_parser("funding", help="the budget line: main list, reserve list, not funded")
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("--budget", metavar="AMOUNT",
                   help="the budget (default: the one last applied to the event)")  # fmt: skip
    p.add_argument("--field", metavar="NAME",
                   help="numeric submission field with the requested amount (default: budget_eur)")  # fmt: skip
    p.add_argument(
        "--reserve", type=int, metavar="N", help="length of the reserve list (default 0)"
    )
    p.add_argument("--rule", choices=sorted(RULES),
                   help="a request that does not fit: strict order stops the main list there "
                   "(default); skip-to-fit passes over it")  # fmt: skip
    p.add_argument("--method", choices=list(RESULT_METHODS),
                   help="aggregation method of the ranking (default: mean)")  # fmt: skip
    p.add_argument("--lang", choices=["en", "pt"], default="en",
                   help="language of the table and of the generated rationales")  # fmt: skip
    p.add_argument("--json", action="store_true")
    p.add_argument("--apply", action="store_true",
                   help="record the proposal as decisions with generated rationales (audited)")  # fmt: skip
    p.set_defaults(func=_funding)
