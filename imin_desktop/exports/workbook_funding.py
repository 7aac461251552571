"""The Funding sheet: the budget line with live cumulative sums.

One row per submission in the order the budget line walked them (the passing ones in rank
order, ties as the panel settled them), then the others by rank. The cumulative column is a
formula — the main list's requests above the row plus the row's own request — and the budget
is a named cell (``funding_budget``), so a reader can change a request or the budget and watch
the line move. Written only when the event has a budget applied (``imin funding --apply``).
"""

from __future__ import annotations

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font
from openpyxl.utils.cell import absolute_coordinate, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName

from imin_desktop.domain.funding import FundingProposal
from imin_desktop.exports.funding_texts import funding_word, money
from imin_desktop.exports.workbook_context import Book
from imin_desktop.exports.workbook_layout import (
    FIRST_ROW,
    HEADER_ROW,
    PLAIN,
    WRAP,
    Look,
)
from imin_desktop.exports.workbook_xml import Formula

BUDGET_NAME = "funding_budget"
COLUMNS = ("order", "rank", "id", "title", "request", "cumulative", "left", "status", "decision")
REQUEST_COL, CUMULATIVE_COL, STATUS_COL = "E", "F", "H"


def money_look(proposal: FundingProposal, lang: str) -> Look:
    amounts = [proposal.budget, *(e.request for e in proposal.entries if e.request is not None)]
    cents = any(a != a.to_integral_value() for a in amounts)
    number = "#,##0.00" if cents else "#,##0"
    return Look(fmt=f'{number} "€"' if lang == "pt" else f'"€"{number}')


def cumulative_formula(row: int, main_word: str) -> Formula:
    """Requests of the main list above ``row``, plus this row's request."""
    if row == FIRST_ROW:
        return Formula(f"{REQUEST_COL}{row}", width=12)
    above = f"${STATUS_COL}${FIRST_ROW}:${STATUS_COL}{row - 1}"
    amounts = f"${REQUEST_COL}${FIRST_ROW}:${REQUEST_COL}{row - 1}"
    quoted = main_word.replace('"', '""')
    return Formula(f'SUMIF({above},"{quoted}",{amounts})+{REQUEST_COL}{row}', width=12)


def funding_sheet(book: Book) -> None:
    data = book.data
    proposal = data.funding
    if proposal is None:
        return
    lang = data.lang

    def word(key: str, **values: object) -> str:
        return funding_word(lang, key, **values)

    cash = money_look(proposal, lang)
    sw = book.sheet("funding")
    sw.heading(word("heading"), book.subtitle(word(
        "subtitle", budget=money(proposal.budget, lang), rule=word(f"rule.{proposal.rule}"),
        reserve=proposal.reserve_size, field=data.funding_field,
    )), word("note"))  # fmt: skip
    looks = [Look(fmt="0", halign="center"), Look(fmt="0", halign="center"), PLAIN, WRAP, cash,
             cash, cash, PLAIN, PLAIN]  # fmt: skip
    sw.header([word(c) for c in COLUMNS], looks)
    prepared = sw.prepare(looks)
    main_word = word("status.main")
    walked = {"main", "reserve", "insufficient_budget", "panel"}
    for n, entry in enumerate(proposal.entries):
        row = FIRST_ROW + n
        meta = data.submissions.get(entry.id)
        decision = data.decisions.get(entry.id)
        is_walked = entry.status in walked
        sw.row([
            n + 1, entry.rank, entry.id, meta.title if meta else "",
            entry.request if entry.request is not None else None,
            cumulative_formula(row, main_word) if is_walked else None,
            Formula(f"{BUDGET_NAME}-{CUMULATIVE_COL}{row}", width=12) if is_walked else None,
            word(f"status.{entry.status}"), decision.outcome if decision else None,
        ], prepared)  # fmt: skip
    last = max(sw.next_row - 1, FIRST_ROW)
    sw.blank()
    label = Look(bold=True)
    budget_row = sw.row([word("budget"), proposal.budget], [label, cash])
    funded = Formula(f'SUMIF(${STATUS_COL}${FIRST_ROW}:${STATUS_COL}${last},"'
                     f'{main_word.replace(chr(34), chr(34) * 2)}",'
                     f"${REQUEST_COL}${FIRST_ROW}:${REQUEST_COL}${last})", width=12)  # fmt: skip
    funded_row = sw.row([word("funded"), funded], [label, cash])
    sw.row([word("remaining"), Formula(f"B{budget_row}-B{funded_row}", width=12)], [label, cash])
    sw.limit(4, 40)
    ws = sw.ws
    ref = f"{quote_sheetname(sw.title)}!{absolute_coordinate(f'B{budget_row}')}"
    book.wb.defined_names[BUDGET_NAME] = DefinedName(BUDGET_NAME, attr_text=ref)
    ws.auto_filter.ref = f"A{HEADER_ROW}:I{last}"
    ws.conditional_formatting.add(
        f"A{FIRST_ROW}:I{last}",
        FormulaRule(formula=[f'${STATUS_COL}{FIRST_ROW}="{main_word}"'], font=Font(bold=True)),
    )
    sw.finish(freeze=f"D{FIRST_ROW}", print_rows=f"{HEADER_ROW}:{HEADER_ROW}",
              header_left=word("heading"), header_right=data.event_title,
              footer=book.words["page"])  # fmt: skip
