"""The words a score sheet is written with, in each language it is offered in.

These go into the workbook itself (headers, instructions, drop-down messages), so they are
chosen by the sheet's language, not by the program's interface language.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "scores_sheet": "Scores",
        "rubric_sheet": "Rubric",
        "heading": "Score sheet — {event}",
        "juror": "Juror: {name} ({id})",
        "rubric": "Rubric: {title} ({hash})",
        "how": "How to fill in this sheet:",
        "how_1": "• Only the shaded cells can be changed. Pick each score from the cell's "
        "drop-down list; other values are refused.",
        "how_2": "• Write your comments in the comment columns. A comment marked 'required' "
        "must be written before the review can be final.",
        "how_3": "• Answer every yes/no question. If you have a conflict of interest with a "
        "submission, set 'Conflict of interest' to yes and leave its scores empty.",
        "how_4": "• Set 'Status' to final when a review is complete; leave it empty or draft "
        "while you are still working on it.",
        "how_5": "• Save the file as .xlsx and send it back. Do not add, move or remove rows, "
        "columns or sheets: the file is checked when it is imported.",
        "id": "Submission",
        "title": "Title",
        "track": "Track",
        "score": "{label}\nweight {weight} · {min}–{max}, step {step}",
        "criterion_comment": "Comment on {label}\n(required for final)",
        "gate": "{label}\n(yes/no)",
        "comment": "Overall comment",
        "conflict": "Conflict of interest\n(yes/no)",
        "status": "Status\n(draft/final)",
        "yes": "yes",
        "no": "no",
        "refused": "Value not allowed",
        "pick_score": "Pick a value from the list: {min} to {max} in steps of {step}.",
        "pick_yes_no": "Answer yes or no.",
        "pick_status": "The status is draft or final.",
        "total_weighted_sum": "Total: weighted sum of the criterion scores",
        "total_weighted_mean": "Total: weighted mean of the criterion scores",
        "r_criterion": "Criterion",
        "r_key": "Key",
        "r_weight": "Weight",
        "r_scale": "Scale",
        "r_scale_value": "{min}–{max}, step {step}",
        "r_comment_required": "Comment required",
        "r_description": "Description",
        "r_levels": "Level descriptors",
        "r_gates": "Yes/no questions",
        "r_question": "Question",
    },
    "pt": {
        "scores_sheet": "Pontuações",
        "rubric_sheet": "Rubrica",
        "heading": "Folha de pontuação — {event}",
        "juror": "Jurado: {name} ({id})",
        "rubric": "Rubrica: {title} ({hash})",
        "how": "Como preencher esta folha:",
        "how_1": "• Só as células sombreadas podem ser alteradas. Escolha cada pontuação na "
        "lista da célula; outros valores são recusados.",
        "how_2": "• Escreva os comentários nas colunas de comentário. Um comentário marcado "
        "'obrigatório' tem de estar escrito para a avaliação ser final.",
        "how_3": "• Responda a todas as perguntas sim/não. Se tiver um conflito de interesses "
        "com uma candidatura, indique sim em 'Conflito de interesses' e deixe as pontuações "
        "vazias.",
        "how_4": "• Indique final em 'Estado' quando a avaliação estiver concluída; deixe vazio "
        "ou draft enquanto ainda está a trabalhar nela.",
        "how_5": "• Guarde o ficheiro como .xlsx e devolva-o. Não acrescente, mova nem apague "
        "linhas, colunas ou folhas: o ficheiro é verificado ao ser importado.",
        "id": "Candidatura",
        "title": "Título",
        "track": "Categoria",
        "score": "{label}\npeso {weight} · {min}–{max}, passo {step}",
        "criterion_comment": "Comentário sobre {label}\n(obrigatório para final)",
        "gate": "{label}\n(sim/não)",
        "comment": "Comentário geral",
        "conflict": "Conflito de interesses\n(sim/não)",
        "status": "Estado\n(draft/final)",
        "yes": "sim",
        "no": "não",
        "refused": "Valor não permitido",
        "pick_score": "Escolha um valor da lista: de {min} a {max} em passos de {step}.",
        "pick_yes_no": "Responda sim ou não.",
        "pick_status": "O estado é draft ou final.",
        "total_weighted_sum": "Total: soma ponderada das pontuações dos critérios",
        "total_weighted_mean": "Total: média ponderada das pontuações dos critérios",
        "r_criterion": "Critério",
        "r_key": "Chave",
        "r_weight": "Peso",
        "r_scale": "Escala",
        "r_scale_value": "{min}–{max}, passo {step}",
        "r_comment_required": "Comentário obrigatório",
        "r_description": "Descrição",
        "r_levels": "Descritores dos níveis",
        "r_gates": "Perguntas sim/não",
        "r_question": "Pergunta",
    },
}

YES_WORDS = frozenset({"yes", "sim"})
NO_WORDS = frozenset({"no", "não", "nao"})
STATUS_WORDS = ("draft", "final")


def texts(lang: str) -> dict[str, str]:
    return TEXTS.get(lang, TEXTS["en"])
