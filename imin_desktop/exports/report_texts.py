"""The words of the decision report, in English and Portuguese.

Names shared with the workbook (methods, flags) come from :mod:`imin_desktop.exports.texts`,
so a panel reads the same word in both documents; the report's own sentences are here.

Every user-visible string of the report comes from here; ``words(lang)`` returns a lookup
that falls back to English. Strings are plain text (no reportlab markup): the report escapes
them like any other text.
"""

from __future__ import annotations

from collections.abc import Callable

from imin_desktop.exports.report_texts_appendix import APPENDIX
from imin_desktop.exports.texts import words as shared_words

_EN_PT: dict[str, tuple[str, str]] = {
    # cover and page furniture
    "report_title": (
        "Evaluation panel decision report",
        "Relatório de decisão do painel de avaliação",
    ),
    "only_title": ("Evaluation summary report", "Relatório de síntese da avaliação"),
    "draft": ("DRAFT", "RASCUNHO"),
    "status": ("Status", "Estado"),
    "status_draft": (
        "Draft — for review by the panel, not for signature",
        "Rascunho — para revisão pelo painel, não para assinatura",
    ),
    "status_final": ("Final — for signature", "Final — para assinatura"),
    "page_of": ("Page {page} of {pages}", "Página {page} de {pages}"),
    "date": ("Date", "Data"),
    "generated": ("Generated", "Gerado em"),
    "event": ("Event", "Evento"),
    "rubric": ("Rubric", "Grelha de avaliação"),
    "method": ("Aggregation method", "Método de agregação"),
    "panel": ("Evaluation panel", "Painel de avaliação"),
    "panel_members": ("{n} members", "{n} membros"),
    "panel_members_listed": (
        "{n} members, each named on the signature pages",
        "{n} membros, todos nomeados nas páginas de assinaturas",
    ),
    "fingerprint": ("Document fingerprint", "Impressão digital do documento"),
    "fingerprint_note": (
        "SHA-256 over the consolidated result data. The same results always give the same "
        "fingerprint; any change to a score, a counted review or the method changes it.",
        "SHA-256 dos dados dos resultados consolidados. Os mesmos resultados dão sempre a mesma "
        "impressão digital; qualquer alteração a uma pontuação, a uma avaliação contada ou ao "
        "método altera-a.",
    ),
    "confidential": ("Confidential.", "Confidencial."),
    "confidential_note": (
        "This report holds the assessment of every submission and is meant for the evaluation "
        "panel and the organisers. An applicant receives only the evaluation summary of their "
        "own submission.",
        "Este relatório contém a apreciação de todas as candidaturas e destina-se ao painel de "
        "avaliação e à organização. Cada candidato recebe apenas a síntese de avaliação da sua "
        "própria candidatura.",
    ),
    "submission": ("Submission", "Candidatura"),
    "software": ("Software", "Software"),
    "contents": ("Contents", "Índice"),
    # sections
    "sec_summary": ("1. Summary", "1. Síntese"),
    "sec_ranking": ("2. Ranking", "2. Classificação"),
    "sec_decisions": ("3. Decisions of the panel", "3. Decisões do painel"),
    "sec_summaries": ("4. Evaluation summaries", "4. Sínteses de avaliação"),
    "sec_method": ("Appendix A. Evaluation method", "Anexo A. Método de avaliação"),
    "sec_audit": ("Appendix B. Audit trail", "Anexo B. Registo de auditoria"),
    "sec_signatures": ("Signatures", "Assinaturas"),
    # summary
    "counts": ("The evaluation in figures", "A avaliação em números"),
    "n_submissions": ("Submissions evaluated", "Candidaturas avaliadas"),
    "n_jurors": ("Panel members (jurors)", "Membros do painel (jurados)"),
    "n_reviews": ("Reviews counted", "Avaliações contadas"),
    "coverage": ("Coverage of assigned reviews", "Cobertura das avaliações atribuídas"),
    "n_conflicts": ("Declared conflicts of interest", "Conflitos de interesses declarados"),
    "n_passing": (
        "Submissions meeting every threshold",
        "Candidaturas que cumprem todos os limiares",
    ),
    "n_decided": ("Decisions recorded", "Decisões registadas"),
    "method_heading": ("How scores were consolidated", "Como as pontuações foram consolidadas"),
    "reliability_heading": ("Agreement between jurors", "Concordância entre jurados"),
    "too_few_complete": (
        "only {rows} submission(s) were reviewed by all {raters} jurors; at least two are needed",
        "candidaturas avaliadas pelos {raters} jurados: {rows}; são precisas pelo menos duas",
    ),
    "too_few_reviews": (
        "too few counted reviews shared between jurors",
        "poucas avaliações contadas partilhadas entre jurados",
    ),
    "alpha_missing": (
        "Krippendorff's alpha not computable: {why}.",
        "Alfa de Krippendorff não calculável: {why}.",
    ),
    "icc_missing": ("ICC not computable: {why}.", "ICC não calculável: {why}."),
    "w_missing": ("Kendall's W not computable: {why}.", "W de Kendall não calculável: {why}."),
    "warnings_heading": ("Points for the panel's attention", "Pontos para atenção do painel"),
    "no_warnings": (
        "Nothing requires the panel's particular attention.",
        "Nada requer a atenção particular do painel.",
    ),
    "of": ("of", "de"),
    # ranking
    "ranking_intro": (
        "Submissions in order of consolidated total ({method}). The rank range is the 5th–95th "
        "percentile of the rank over {draws} bootstrap resamples of the reviews (seed {seed}): "
        "the narrower it is, the less the rank depends on which jurors happened to score the "
        "submission.",
        "Candidaturas por ordem do total consolidado ({method}). O intervalo de posição é o "
        "percentil 5–95 da posição em {draws} reamostragens bootstrap das avaliações (semente "
        "{seed}): quanto mais estreito, menos a posição depende dos jurados que calharam à "
        "candidatura.",
    ),
    "col_rank": ("Rank", "Pos."),
    "col_computed_rank": ("Rank*", "Pos.*"),
    "legend_rank_head": ("Rank", "Posição"),
    "legend_rank": (
        "computed over all submissions by consolidated total and the tie-break rules; = marks "
        "a rank shared ex aequo; an ex aequo group the panel has ordered follows that order. "
        "Rank* (in brackets in other tables): the computed rank of a submission outside the "
        "ranked list, for reference only. Totals in red: below a threshold or ineligible.",
        "calculada sobre todas as candidaturas pelo total consolidado e pelas regras de "
        "desempate; = assinala uma posição partilhada ex aequo; um grupo ex aequo ordenado pelo "
        "painel segue essa ordem. Pos.* (entre parênteses noutras tabelas): a posição calculada "
        "de uma candidatura fora da lista classificada, só para referência. Totais a vermelho: "
        "abaixo de um limiar ou não elegível.",
    ),
    "ranked_heading": (
        "Ranked list: {n} submissions meeting every threshold",
        "Lista classificada: {n} candidaturas que cumprem todos os limiares",
    ),
    "ranked_none": (
        "No submission meets every threshold.",
        "Nenhuma candidatura cumpre todos os limiares.",
    ),
    "apart_heading": (
        "Below threshold or ineligible: {n} submissions, not ranked",
        "Abaixo do limiar ou não elegíveis: {n} candidaturas, não classificadas",
    ),
    "apart_intro": (
        "These submissions do not enter the ranked list. Their computed rank (Rank*) is given "
        "for reference only; their totals are printed in red.",
        "Estas candidaturas não entram na lista classificada. A posição calculada (Pos.*) é "
        "indicada só para referência; os totais estão a vermelho.",
    ),
    "unassessed_heading": (
        "Not assessed: {n} submissions without a counted review",
        "Não avaliadas: {n} candidaturas sem avaliações contadas",
    ),
    "unassessed_intro": (
        "Without a counted review these submissions have no total and no place in the ranking.",
        "Sem avaliações contadas estas candidaturas não têm total nem lugar na classificação.",
    ),
    "decisions_apart_note": (
        "A rank in brackets is the computed rank of a submission outside the ranked list.",
        "Uma posição entre parênteses é a posição calculada de uma candidatura fora da lista "
        "classificada.",
    ),
    "chart_legend_bar": ("bar: consolidated total", "barra: total consolidado"),
    "chart_legend_dot": ("dot: rank", "ponto: posição"),
    "chart_legend_whisker": (
        "whisker: rank range (5th–95th percentile)",
        "bigode: intervalo de posição (percentis 5–95)",
    ),
    "col_id": ("ID", "ID"),
    "col_title": ("Title", "Título"),
    "col_total": ("Total", "Total"),
    "col_range": ("Rank range", "Intervalo"),
    "col_flags": ("Flags", "Alertas"),
    "col_decision": ("Decision", "Decisão"),
    "col_criterion": ("Criterion", "Critério"),
    "col_weight": ("Weight", "Peso"),
    "col_scale": ("Scale", "Escala"),
    "col_score": ("Score", "Pontuação"),
    "col_threshold": ("Threshold", "Limiar"),
    "col_result": ("Result", "Resultado"),
    "col_level": ("Level descriptor", "Descritor de nível"),
    "legend_criteria": ("Criteria", "Critérios"),
    "legend_flags": ("Flags", "Alertas"),
    "chart_title": (
        "The ranked list: consolidated totals (bars) and rank range (whiskers, 5th–95th "
        "percentile)",
        "A lista classificada: totais consolidados (barras) e intervalo de posição (percentis "
        "5–95)",
    ),
    "chart_more": (
        "The chart shows the first {shown} of the {total} submissions of the ranked list.",
        "O gráfico mostra as primeiras {shown} das {total} candidaturas da lista classificada.",
    ),
    "chart_threshold": ("overall threshold", "limiar global"),
    "chart_rank_axis": ("rank range", "intervalo de posição"),
    "chart_total_axis": ("consolidated total", "total consolidado"),
    "no_total": ("no counted reviews", "sem avaliações contadas"),
    # decisions
    "decisions_intro": (
        "The outcome the panel recorded for each decided submission, with its rationale.",
        "O resultado registado pelo painel para cada candidatura decidida, com a fundamentação.",
    ),
    "no_decisions": (
        "No decision has been recorded yet.",
        "Ainda não foi registada nenhuma decisão.",
    ),
    "col_outcome": ("Outcome", "Resultado"),
    "col_rationale": ("Rationale", "Fundamentação"),
    "ties_heading": ("Equal ranks (ex aequo)", "Posições iguais (ex aequo)"),
    "no_ties": (
        "No two submissions share a rank after the tie-break rules.",
        "Nenhuma candidatura partilha a posição após as regras de desempate.",
    ),
    "tie_line": ("Rank {rank}: {ids}.", "Posição {rank}: {ids}."),
    "tie_settled": (
        "Settled by the panel's recorded order: {order}.",
        "Desempatado pela ordem registada pelo painel: {order}.",
    ),
    "tie_kept": (
        "The panel recorded the same order for {ids}: they stay ex aequo (=).",
        "O painel registou a mesma ordem para {ids}: ficam ex aequo (=).",
    ),
    "broken_heading": (
        "Equal totals separated by the tie-break rules",
        "Totais iguais desempatados pelas regras de desempate",
    ),
    "no_broken": (
        "No two submissions have the same total.",
        "Nenhuma candidatura tem o mesmo total que outra.",
    ),
    "no_broken_rules": (
        "Submissions with the same total share their rank (see above).",
        "Candidaturas com o mesmo total partilham a posição (ver acima).",
    ),
    "broken_line": (
        "{a} (rank {rank_a}) and {b} (rank {rank_b}) have the same total, {total}; tie-break "
        "rule {n} separated them: {rule}.",
        "{a} (posição {rank_a}) e {b} (posição {rank_b}) têm o mesmo total, {total}; a regra de "
        "desempate {n} separou-as: {rule}.",
    ),
    "tie_open": (
        "Not yet settled: the panel has not recorded an order for all of them.",
        "Ainda não desempatado: o painel não registou uma ordem para todas.",
    ),
    "no_decision": ("No decision recorded", "Sem decisão registada"),
    # submission summary
    "identification": ("Identification", "Identificação"),
    "title": ("Title", "Título"),
    "track": ("Track", "Área"),
    "team": ("Team", "Equipa"),
    "team_blind": (
        "Withheld: the evaluation was blind.",
        "Omitida: a avaliação foi cega.",
    ),
    "reviews": ("Reviews counted", "Avaliações contadas"),
    "reviews_of": ("{n} of {assigned} assigned", "{n} de {assigned} atribuídas"),
    "eligibility": ("Eligibility checks", "Verificações de elegibilidade"),
    "gate_line": (
        "{label}: {yes} of {n} jurors answered yes",
        "{label}: {yes} de {n} jurados responderam sim",
    ),
    "scores_heading": ("Scores against thresholds", "Pontuações face aos limiares"),
    "met": ("met", "cumprido"),
    "not_met": ("not met", "não cumprido"),
    "no_threshold": ("no threshold", "sem limiar"),
    "total_row": ("Total", "Total"),
    "total_basis_unweighted": (
        "Sum of criterion scores (threshold basis)",
        "Soma das pontuações dos critérios (base do limiar)",
    ),
    "outcome_heading": ("Overall result", "Resultado global"),
    "result_total": ("Consolidated total", "Total consolidado"),
    "result_rank": ("Rank", "Posição"),
    "rank_value": (
        "{rank} of {n} (rank range {low}–{high})",
        "{rank} de {n} (intervalo de posição {low}–{high})",
    ),
    "rank_value_plain": ("{rank} of {n}", "{rank} de {n}"),
    "rank_apart": (
        "not in the ranked list; computed rank {rank}, for reference only",
        "fora da lista classificada; posição calculada {rank}, só para referência",
    ),
    "rank_open": (
        "shared ex aequo, not yet settled by the panel",
        "partilhada ex aequo, ainda não desempatada pelo painel",
    ),
    "rank_settled": (
        "an ex aequo settled by the panel's recorded order",
        "ex aequo desempatado pela ordem registada pelo painel",
    ),
    "rank_kept": (
        "kept ex aequo by the panel",
        "mantida ex aequo pelo painel",
    ),
    "p_top": (
        "; in the top {k} in {share} of the resamples",
        "; entre as {k} primeiras em {share} das reamostragens",
    ),
    "thresholds": ("Thresholds", "Limiares"),
    "passes": ("PASSED — every threshold is met", "APROVADA — todos os limiares cumpridos"),
    "fails": ("NOT PASSED — below threshold", "NÃO APROVADA — abaixo do limiar"),
    "not_assessed_short": ("not assessed", "não avaliado"),
    "not_assessed": ("Not assessed — no counted reviews", "Não avaliada — sem avaliações contadas"),
    "ineligible_result": (
        "INELIGIBLE — most jurors answered an eligibility check no",
        "NÃO ELEGÍVEL — a maioria dos jurados respondeu não a uma verificação de elegibilidade",
    ),
    "flags": ("Flags", "Alertas"),
    "no_flags": ("None", "Nenhum"),
    "decision": ("Decision of the panel", "Decisão do painel"),
    "comments_heading": ("Comments of the jurors", "Comentários dos jurados"),
    "comments_intro": (
        "Jurors are anonymised; the same letter is the same juror throughout this report.",
        "Os jurados são anonimizados; a mesma letra designa o mesmo jurado em todo o relatório.",
    ),
    "overall_comments": ("General comments", "Comentários gerais"),
    "no_comments": ("No comment.", "Sem comentário."),
    "score_of": ("score {score}", "pontuação {score}"),
    "criterion_heading": (
        "{label} — {score} of {max} (threshold {threshold}: {status})",
        "{label} — {score} de {max} (limiar {threshold}: {status})",
    ),
    "criterion_heading_plain": ("{label} — {score} of {max}", "{label} — {score} de {max}"),
}

_EN_PT.update(APPENDIX)

_WHY: dict[str, tuple[str, str]] = {
    # why a panel chooses each method, in plain words
    "mean": (
        "Each criterion's score is the mean of the jurors' scores. Every counted review "
        "weighs the same; this is the default and the easiest to re-compute by hand.",
        "A pontuação de cada critério é a média das pontuações dos jurados. Cada "
        "avaliação contada pesa o mesmo; é o método por omissão e o mais fácil de recalcular "
        "à mão.",
    ),
    "median": (
        "Each criterion's score is the median of the jurors' scores, so one unusually high "
        "or low score cannot move the result far.",
        "A pontuação de cada critério é a mediana das pontuações dos jurados, pelo que uma "
        "pontuação invulgarmente alta ou baixa não altera muito o resultado.",
    ),
    "trimmed": (
        "Each criterion's score is the mean after setting aside the highest and lowest 20% of "
        "the jurors' scores, limiting the weight of outlying reviews.",
        "A pontuação de cada critério é a média depois de afastar os 20% mais altos e mais "
        "baixos das pontuações, limitando o peso de avaliações extremas.",
    ),
    "zscore": (
        "Each juror's scores are standardised against that juror's own average and "
        "spread before averaging, so strict and generous jurors count alike.",
        "As pontuações de cada jurado são padronizadas face à sua própria média e "
        "dispersão antes da média, para que jurados exigentes e generosos contem por igual.",
    ),
    "adjusted": (
        "Each juror's overall strictness or generosity is estimated from the submissions "
        "jurors share and removed, because not every juror scored every submission.",
        "A severidade ou generosidade global de cada jurado é estimada a partir das "
        "candidaturas que os jurados partilham e removida, porque nem todos os jurados "
        "pontuaram todas as candidaturas.",
    ),
}

_METHOD_SHORT: dict[str, tuple[str, str]] = {
    "mean": ("mean", "média"),
    "median": ("median", "mediana"),
    "trimmed": ("trimmed", "aparada"),
    "zscore": ("z-score", "z-score"),
    "adjusted": ("adjusted", "ajustada"),
    "consensus": ("consensus", "consenso"),
}

FLAG_CODES: dict[str, str] = {
    "disagreement": "D",
    "few_reviews": "R",
    "ex_aequo": "E",
    "below_threshold": "T",
    "ineligible": "I",
    "gate_disputed": "G",
    "disconnected": "C",
    "method_sensitive": "M",
    "no_consensus": "N",
    "consensus_gap": "K",
}
# The same flags by the initials of their Portuguese names (desacordo, avaliações a menos,
# ex aequo, limiar, inelegível, pergunta contestada, grupos desligados, método, sem consenso,
# consenso afastado), so that a Portuguese reader's legend reads naturally.
FLAG_CODES_PT: dict[str, str] = {
    "disagreement": "D",
    "few_reviews": "A",
    "ex_aequo": "E",
    "below_threshold": "L",
    "ineligible": "I",
    "gate_disputed": "P",
    "disconnected": "G",
    "method_sensitive": "M",
    "no_consensus": "S",
    "consensus_gap": "C",
}


def flag_codes(lang: str) -> dict[str, str]:
    """The one-letter flag codes of the ranking table in ``lang``."""
    return FLAG_CODES_PT if lang == "pt" else FLAG_CODES


_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}

# Reliability bands (Koo & Li 2016 for α and ICC; Landis & Koch 1977 for Kendall's W).
_BANDS: dict[str, tuple[str, str]] = {
    "poor": ("poor agreement", "concordância fraca"),
    "slight": ("slight agreement", "concordância ligeira"),
    "fair": ("fair agreement", "concordância razoável"),
    "moderate": ("moderate agreement", "concordância moderada"),
    "substantial": ("substantial agreement", "concordância substancial"),
    "good": ("good agreement", "boa concordância"),
    "excellent": ("excellent agreement", "concordância excelente"),
    "almost_perfect": ("almost perfect agreement", "concordância quase perfeita"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "pt" else pair[0]


def words(lang: str) -> Callable[..., str]:
    """``w(key, **values)``: the report's text for ``key`` in ``lang``, formatted."""

    def w(key: str, **values: object) -> str:
        text = _pick(_EN_PT[key], lang)
        return text.format(**values) if values else text

    return w


def method_name(method: str, lang: str) -> str:
    """The method's name as the workbook gives it (one vocabulary for both documents)."""
    return shared_words(lang).method(method)


def method_short(method: str, lang: str) -> str:
    return _pick(_METHOD_SHORT[method], lang) if method in _METHOD_SHORT else method


def method_why(method: str, lang: str) -> str:
    return _pick(_WHY[method], lang) if method in _WHY else ""


def flag_text(flag: str, lang: str) -> str:
    """The flag in words, as the workbook gives it."""
    return shared_words(lang).flag(flag)


def outcome_text(outcome: str, lang: str) -> str:
    """The outcome in words, as the workbook gives it."""
    return shared_words(lang).outcome(outcome)


_ACTIONS: dict[str, tuple[str, str]] = {
    "decide": ("decision recorded on", "decisão registada sobre"),
    "replace": ("replaced", "substituído"),
    "add": ("added", "adicionado"),
    "remove": ("removed", "removido"),
}


def change_text(action: str, entity: str, key: str, lang: str) -> str:
    """An audited change in words: ``decision recorded on SUB-016``, ``added submission SUB-031``."""
    if action == "decide":
        return f"{_pick(_ACTIONS[action], lang)} {key}".strip()
    verb = _pick(_ACTIONS[action], lang) if action in _ACTIONS else action
    return f"{verb} {entity} {key}".strip()


def band_text(band: str, lang: str) -> str:
    return _pick(_BANDS[band], lang)


def long_date(iso: str, lang: str) -> str:
    """``2026-11-26T05:30:38Z`` as ``26 November 2026`` / ``26 de novembro de 2026``."""
    try:
        year, month, day = int(iso[0:4]), int(iso[5:7]), int(iso[8:10])
        name = _MONTHS["pt" if lang == "pt" else "en"].split()[month - 1]
    except (ValueError, IndexError):
        return iso
    return f"{day} de {name} de {year}" if lang == "pt" else f"{day} {name.capitalize()} {year}"
