"""The words of the decision report's appendices (method, audit) and signature page, in English
and Portuguese; :mod:`report_texts` merges them into its table."""

from __future__ import annotations

APPENDIX: dict[str, tuple[str, str]] = {
    # method appendix
    "method_intro": (
        "Each criterion is scored on the scale shown. The level descriptors tell the jurors "
        "what a score means.",
        "Cada critério é pontuado na escala indicada. Os descritores de nível indicam aos "
        "jurados o significado de cada pontuação.",
    ),
    "scale_text": ("{min}–{max}, steps of {step}", "{min}–{max}, passos de {step}"),
    "rules_heading": ("Rules applied", "Regras aplicadas"),
    "gates_heading": ("Eligibility checks", "Verificações de elegibilidade"),
    "rule_counted": (
        "Only final reviews count: from each juror's most recent score file, and never a review "
        "of a submission the juror declared a conflict of interest with. Drafts never count.",
        "Só contam avaliações finais: do ficheiro de pontuações mais recente de cada jurado, e "
        "nunca a avaliação de uma candidatura em que o jurado declarou conflito de interesses. "
        "Os rascunhos nunca contam.",
    ),
    "rule_total_sum": (
        "A total is the weighted sum of the criterion scores (Σ weight × score); totals range "
        "from {low} to {high}.",
        "O total é a soma ponderada das pontuações dos critérios (Σ peso × pontuação); os totais "
        "vão de {low} a {high}.",
    ),
    "rule_total_mean": (
        "A total is the weighted mean of the criterion scores (Σ weight × score ÷ Σ weight); "
        "totals range from {low} to {high}.",
        "O total é a média ponderada das pontuações dos critérios (Σ peso × pontuação ÷ Σ peso); "
        "os totais vão de {low} a {high}.",
    ),
    "rule_criteria_first": (
        "Each criterion is first consolidated across the reviews of a submission with the "
        "method below; the consolidated total is the same formula applied to the consolidated "
        "criterion scores, so the figures in this report add up.",
        "Cada critério é primeiro consolidado entre as avaliações de uma candidatura com o "
        "método abaixo; o total consolidado é a mesma fórmula aplicada às pontuações "
        "consolidadas, pelo que os valores deste relatório são coerentes entre si.",
    ),
    "rule_threshold": (
        "A submission passes when every criterion with a threshold reaches it{overall}.",
        "Uma candidatura é aprovada quando cada critério com limiar o atinge{overall}.",
    ),
    "rule_overall_total": (
        " and its consolidated total reaches {value}",
        " e o seu total consolidado atinge {value}",
    ),
    "rule_overall_unweighted": (
        " and the plain (unweighted) sum of its consolidated criterion scores reaches {value}",
        " e a soma simples (não ponderada) das pontuações consolidadas dos critérios atinge {value}",
    ),
    "rule_gates": (
        "A submission is ineligible when more than half of its reviews answer an eligibility "
        "check no; any no at all is flagged for the panel.",
        "Uma candidatura não é elegível quando mais de metade das avaliações responde «não» a "
        "uma pergunta de elegibilidade; qualquer «não» é assinalado ao júri.",
    ),
    "rule_rank": (
        "Submissions are ranked by consolidated total, highest first.",
        "As candidaturas são ordenadas pelo total consolidado, do mais alto para o mais baixo.",
    ),
    "rule_tie_break": (
        "Equal totals are separated by, in order: {keys}. Submissions still equal share the rank "
        "(ex aequo) and the panel's recorded order settles them.",
        "Totais iguais são desempatados, por ordem, por: {keys}. Candidaturas ainda iguais "
        "partilham a posição (ex aequo) e a ordem registada pelo painel desempata-as.",
    ),
    "rule_no_tie_break": (
        "Submissions with equal totals share the rank (ex aequo); the panel's recorded order "
        "settles them.",
        "Candidaturas com totais iguais partilham a posição (ex aequo); a ordem registada pelo "
        "painel desempata-as.",
    ),
    "tb_criterion": (
        "the higher consolidated score on {label}",
        "a pontuação consolidada mais alta em {label}",
    ),
    "tb_field_desc": ("the higher value of {field}", "o valor mais alto de {field}"),
    "tb_field_asc": ("the lower value of {field}", "o valor mais baixo de {field}"),
    "rule_stability": (
        "Rank stability: the reviews of each submission are resampled with replacement "
        "{draws} times (seed {seed}) and re-ranked; the rank range is the 5th–95th percentile.",
        "Estabilidade da posição: as avaliações de cada candidatura são reamostradas com "
        "reposição {draws} vezes (semente {seed}) e reordenadas; o intervalo de posição é o "
        "percentil 5–95.",
    ),
    "rule_sensitivity": (
        "Method sensitivity: the ranking is recomputed with all five methods; a submission whose "
        "place in the top {k} depends on the method is flagged.",
        "Sensibilidade ao método: a classificação é recalculada com os cinco métodos; uma "
        "candidatura cujo lugar entre as {k} primeiras depende do método é assinalada.",
    ),
    # audit appendix
    "audit_intro": (
        "Every score file from which the results were computed, with the SHA-256 of the file as "
        "received. A file can be checked with any SHA-256 tool.",
        "Todos os ficheiros de pontuações a partir dos quais os resultados foram calculados, com "
        "o SHA-256 do ficheiro tal como recebido. Qualquer ferramenta SHA-256 o pode verificar.",
    ),
    "files_heading": ("Score files", "Ficheiros de pontuações"),
    "col_juror": ("Juror", "Jurado"),
    "col_file": ("File", "Ficheiro"),
    "col_seq": ("Seq.", "N.º"),
    "col_received": ("Received (UTC)", "Recebido (UTC)"),
    "col_used": ("Used", "Usado"),
    "col_sha": ("SHA-256", "SHA-256"),
    "used_yes": ("yes", "sim"),
    "used_no": ("superseded", "substituído"),
    "no_files": (
        "No score file: reviews were entered directly in the event.",
        "Nenhum ficheiro de pontuações: as avaliações foram introduzidas diretamente no evento.",
    ),
    "conflicts_heading": ("Conflicts of interest", "Conflitos de interesses"),
    "no_conflicts": (
        "No conflict of interest was declared.",
        "Não foi declarado nenhum conflito de interesses.",
    ),
    "col_declared": ("Declared by", "Declarado por"),
    "src_coordinator": ("coordinator", "coordenação"),
    "src_juror": ("juror", "jurado"),
    "changes_heading": ("Changes after the first merge", "Alterações após a primeira integração"),
    "no_changes": (
        "No change was made after the first score file was merged.",
        "Nenhuma alteração foi feita após a integração do primeiro ficheiro de pontuações.",
    ),
    "col_when": ("When (UTC)", "Quando (UTC)"),
    "col_who": ("Who", "Quem"),
    "col_what": ("What", "O quê"),
    "col_detail": ("Detail", "Detalhe"),
    "about_heading": ("This document", "Este documento"),
    "seed_draws": ("{draws} draws, seed {seed}", "{draws} reamostragens, semente {seed}"),
    "bootstrap": ("Bootstrap", "Bootstrap"),
    # signatures
    "signature_intro": (
        "The undersigned members of the evaluation panel confirm that this report reflects the "
        "panel's assessment and decisions.",
        "Os membros do painel de avaliação abaixo assinados confirmam que este relatório reflete "
        "a apreciação e as decisões do painel.",
    ),
    "only_signature_intro": (
        "Issued on behalf of the evaluation panel.",
        "Emitido em nome do painel de avaliação.",
    ),
    "place": ("Place", "Local"),
    "chair": ("Chair of the panel", "Presidente do painel"),
    "member": ("Member of the panel", "Membro do painel"),
    "name": ("Name", "Nome"),
    "signature": ("Signature", "Assinatura"),
}
