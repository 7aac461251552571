"""The workbook's Funding sheet: the budget line, its live cumulative sums recalculated by
LibreOffice, and its absence while no budget is applied."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from funding_factories import scored_event
from test_workbook import libreoffice_convert

from imin_desktop.domain.funding import FundingRule
from imin_desktop.domain.report_data import ReportData
from imin_desktop.exports.funding_texts import funding_word
from imin_desktop.exports.workbook import write_workbook
from imin_desktop.exports.workbook_layout import FIRST_ROW, HEADER_ROW
from imin_desktop.services import funding
from imin_desktop.services.report_data import gather


def funded_data(folder: Path, budget: int | None, rule: FundingRule = "strict",
                lang: str = "en") -> ReportData:  # fmt: skip
    event = scored_event(folder)
    try:
        if budget is not None:
            settings = funding.resolve_settings(event.db, budget=budget, reserve=1, rule=rule)
            funding.apply_funding(event.db, settings, lang=lang)
        return gather(event.db, lang=lang, draws=0)
    finally:
        event.db.dispose()


def rows(ws: Any) -> list[dict[str, Any]]:
    headers = [c.value for c in ws[HEADER_ROW]]
    out = []
    for cells in ws.iter_rows(min_row=FIRST_ROW):
        if cells[0].value is None:
            break
        out.append({h: c.value for h, c in zip(headers, cells, strict=False)})
    return out


def test_funding_sheet_lists_the_budget_line(tmp_path: Path) -> None:
    data = funded_data(tmp_path, 800_000)
    path = tmp_path / "book.xlsx"
    write_workbook(data, path)

    book = openpyxl.load_workbook(path)
    table = rows(book["Funding"])
    assert data.funding is not None
    assert book.sheetnames.index("Funding") == book.sheetnames.index("Audit") + 1
    assert [(r["ID"], r["Requested"], r["Proposal"]) for r in table] == [
        (e.id, int(e.request) if e.request is not None else None,
         funding_word("en", f"status.{e.status}"))
        for e in data.funding.entries
    ]  # fmt: skip
    assert table[1]["Cumulative"] == '=SUMIF($H$5:$H5,"main list",$E$5:$E5)+E6'
    assert "funding_budget" in book.defined_names


def test_funding_sheet_absent_without_an_applied_budget(tmp_path: Path) -> None:
    data = funded_data(tmp_path, None)
    path = tmp_path / "book.xlsx"
    write_workbook(data, path)

    assert data.funding is None
    assert "Funding" not in openpyxl.load_workbook(path, read_only=True).sheetnames


def test_funding_sheet_in_portuguese(tmp_path: Path) -> None:
    data = funded_data(tmp_path, 800_000, lang="pt")
    path = tmp_path / "livro.xlsx"
    write_workbook(data, path)

    ws = openpyxl.load_workbook(path)["Financiamento"]
    assert ws["A1"].value == "Linha de financiamento"
    assert rows(ws)[0]["Proposta"] == "lista principal"


@pytest.mark.libreoffice
@pytest.mark.parametrize(("budget", "rule"), [(800_000, "strict"), (700_000, "skip_to_fit")])
def test_libreoffice_funding_formulas_equal_the_programs(
    tmp_path: Path, budget: int, rule: FundingRule
) -> None:
    data = funded_data(tmp_path, budget, rule)
    path = tmp_path / "book.xlsx"
    write_workbook(data, path)

    recalculated = openpyxl.load_workbook(
        libreoffice_convert(path, tmp_path, "xlsx"), data_only=True
    )
    ws = recalculated["Funding"]
    table = rows(ws)
    assert data.funding is not None
    checked = 0
    for entry, row in zip(data.funding.entries, table, strict=True):
        assert row["ID"] == entry.id
        if entry.cumulative is None:
            assert row["Cumulative"] is None
            continue
        assert Decimal(str(row["Cumulative"])) == entry.cumulative
        assert Decimal(str(row["Budget left"])) == data.funding.budget - entry.cumulative
        checked += 1
    summary = {r[0].value: r[1].value for r in ws.iter_rows(min_row=FIRST_ROW + len(table) + 1)
               if r[0].value}  # fmt: skip
    assert checked == 4
    assert Decimal(str(summary["Funded (main list)"])) == data.funding.funded
    assert Decimal(str(summary["Remaining"])) == data.funding.remaining
