"""The words of the budget line (workbook sheet, report section, generated rationales), in
English and European Portuguese, and how an amount of money is written in each."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "sheet": "Funding",
        "heading": "Budget line",
        "subtitle": "Budget {budget} · rule: {rule} · reserve list: {reserve} · requested amount: "
        "field {field}",
        "rule.strict": "strict order",
        "rule.skip_to_fit": "skip to fit",
        "budget": "Budget",
        "funded": "Funded (main list)",
        "remaining": "Remaining",
        "order": "Order",
        "rank": "Rank",
        "id": "ID",
        "title": "Title",
        "request": "Requested",
        "cumulative": "Cumulative",
        "left": "Budget left",
        "status": "Proposal",
        "decision": "Decision",
        "status.main": "main list",
        "status.reserve": "reserve list",
        "status.insufficient_budget": "not funded: insufficient budget",
        "status.below_threshold": "not funded: below threshold",
        "status.ineligible": "ineligible",
        "status.panel": "ex aequo at the budget line: for the panel",
        "status.not_assessed": "not assessed",
        "note": "Cumulative = the main list's requests above this row plus this row's request "
        "(live formulas). Budget left = budget − cumulative.",
        "line": "Budget line: {funded} of {budget} committed",
        "summary": "Funding summary",
        "summary.intro": "The ranked list of passing submissions walked down to the budget of "
        "{budget} ({rule}); requested amounts from the submission field {field}.",
        "summary.counts": "{main} on the main list ({funded}, {remaining} left), {reserve} on the "
        "reserve list, {insufficient} not funded for lack of budget, {below} below threshold, "
        "{ineligible} ineligible.",
        "summary.panel": "{n} submission(s) tied ex aequo at the budget line: the panel must "
        "settle their order ({ids}).",
        "summary.ranking": "In the ranking, a red rule under the main list's last submission "
        "marks the budget line; the table below lists the submissions the line was walked "
        "through.",
        "rationale.main": "Main list: cumulative {cumulative} of {budget}.",
        "rationale.reserve": "Reserve list, position {position}: the main list takes {funded} "
        "of {budget}; this request is {request}.",
        "rationale.insufficient_budget": "Not funded, insufficient budget: the main list takes "
        "{funded} of {budget}; this request is {request}.",
        "rationale.below_threshold": "Not funded: below threshold.",
        "rationale.ineligible": "Ineligible.",
    },
    "pt": {
        "sheet": "Financiamento",
        "heading": "Linha de financiamento",
        "subtitle": "Dotação {budget} · regra: {rule} · lista de reserva: {reserve} · montante "
        "pedido: campo {field}",
        "rule.strict": "ordem estrita",
        "rule.skip_to_fit": "saltar para caber",
        "budget": "Dotação",
        "funded": "Financiado (lista principal)",
        "remaining": "Remanescente",
        "order": "Ordem",
        "rank": "Posição",
        "id": "ID",
        "title": "Título",
        "request": "Pedido",
        "cumulative": "Acumulado",
        "left": "Dotação restante",
        "status": "Proposta",
        "decision": "Decisão",
        "status.main": "lista principal",
        "status.reserve": "lista de reserva",
        "status.insufficient_budget": "não financiada: dotação insuficiente",
        "status.below_threshold": "não financiada: abaixo do limiar",
        "status.ineligible": "não elegível",
        "status.panel": "ex aequo na linha de financiamento: decide o painel",
        "status.not_assessed": "não avaliada",
        "note": "Acumulado = pedidos da lista principal acima desta linha mais o pedido desta "
        "linha (fórmulas ativas). Dotação restante = dotação − acumulado.",
        "line": "Linha de financiamento: {funded} de {budget} comprometidos",
        "summary": "Resumo do financiamento",
        "summary.intro": "A lista ordenada das candidaturas que atingem os limiares, percorrida "
        "até à dotação de {budget} ({rule}); montantes pedidos no campo {field} da candidatura.",
        "summary.counts": "{main} na lista principal ({funded}, {remaining} por atribuir), "
        "{reserve} na lista de reserva, {insufficient} não financiadas por dotação insuficiente, "
        "{below} abaixo do limiar, {ineligible} não elegíveis.",
        "summary.panel": "{n} candidatura(s) ex aequo na linha de financiamento: o painel tem de "
        "decidir a ordem ({ids}).",
        "summary.ranking": "Na classificação, um traço vermelho sob a última candidatura da lista "
        "principal marca a linha de financiamento; a tabela seguinte lista as candidaturas "
        "percorridas.",
        "rationale.main": "Lista principal: acumulado de {cumulative} de {budget}.",
        "rationale.reserve": "Lista de reserva, posição {position}: a lista principal ocupa "
        "{funded} de {budget}; este pedido é de {request}.",
        "rationale.insufficient_budget": "Não financiada por dotação insuficiente: a lista "
        "principal ocupa {funded} de {budget}; este pedido é de {request}.",
        "rationale.below_threshold": "Não financiada: abaixo do limiar.",
        "rationale.ineligible": "Não elegível.",
    },
}


def funding_word(lang: str, key: str, **values: object) -> str:
    table = WORDS.get(lang, WORDS["en"])
    text = table.get(key) or WORDS["en"][key]
    return text.format(**values) if values else text


def money(amount: Decimal | None, lang: str) -> str:
    """``€480 000`` (en) / ``480 000 €`` (pt); cents only when the amount has them."""
    if amount is None:
        return "—"
    cents = amount != amount.to_integral_value()
    value = amount.quantize(Decimal("0.01") if cents else Decimal(1), rounding=ROUND_HALF_UP)
    sign = "−" if value < 0 else ""
    whole, _, frac = format(abs(value), "f").partition(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    number = " ".join(groups) + ((("," if lang == "pt" else ".") + frac) if frac else "")
    return f"{sign}{number} €" if lang == "pt" else f"{sign}€{number}"
