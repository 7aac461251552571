"""The words of the evaluation letters, in English and European Portuguese."""

from __future__ import annotations

LETTER_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Evaluation summary",
        "intro": "This letter sets out the evaluation of your submission: its score on each "
        "criterion of the evaluation grid against the threshold, the comments of the evaluation "
        "panel, and the outcome.",
        "submission": "Submission",
        "title_label": "Title",
        "track": "Track",
        "applicant": "Applicant",
        "date": "Date",
        "scores": "Scores",
        "criterion": "Criterion",
        "weight": "Weight",
        "score": "Score",
        "threshold": "Threshold",
        "status": "Status",
        "met": "met",
        "not_met": "not met",
        "no_threshold": "no threshold",
        "not_assessed": "not assessed",
        "scale": "Scores on a scale of {low} to {high}.",
        "comments": "Comments",
        "consensus": "Agreed comment of the panel",
        "reviewer": "Reviewer {label}",
        "no_comment": "No comment was given.",
        "general": "General comments",
        "result": "Result",
        "total": "Total score",
        "total_of": "{total} (possible range {low} to {high})",
        "overall": "Overall threshold",
        "thresholds": "Thresholds",
        "passes": "All thresholds met.",
        "fails": "At least one threshold was not met.",
        "unassessed": "The submission has not been assessed.",
        "ineligible": "The panel found the submission not eligible.",
        "outcome": "Outcome",
        "no_outcome": "No decision has been recorded yet.",
        "reasons": "Reasons",
        "review_heading": "Asking for a review of the procedure",
        "review": "If you consider that the evaluation procedure was not followed, you may ask "
        "for a review of the procedure within 10 working days of receiving this letter, writing "
        "to the coordination of {event} and quoting the reference {ref}. A review checks whether "
        "the procedure was followed; it does not reassess the merits of the submission, and its "
        "result will be communicated to you in writing.",
        "footer": "{event} · evaluation summary of {ref} · page {page}",
    },
    "pt": {
        "title": "Resultado da avaliação",
        "intro": "Esta carta apresenta a avaliação da sua candidatura: a pontuação em cada "
        "critério da grelha de avaliação face ao limiar, os comentários do painel de avaliação e "
        "a decisão.",
        "submission": "Candidatura",
        "title_label": "Título",
        "track": "Área",
        "applicant": "Equipa candidata",
        "date": "Data",
        "scores": "Pontuações",
        "criterion": "Critério",
        "weight": "Ponderação",
        "score": "Pontuação",
        "threshold": "Limiar",
        "status": "Situação",
        "met": "atingido",
        "not_met": "não atingido",
        "no_threshold": "sem limiar",
        "not_assessed": "não avaliada",
        "scale": "Pontuações numa escala de {low} a {high}.",
        "comments": "Comentários",
        "consensus": "Comentário acordado pelo painel",
        "reviewer": "Avaliador {label}",
        "no_comment": "Não foi dado comentário.",
        "general": "Comentários gerais",
        "result": "Resultado",
        "total": "Pontuação total",
        "total_of": "{total} (intervalo possível de {low} a {high})",
        "overall": "Limiar global",
        "thresholds": "Limiares",
        "passes": "Todos os limiares foram atingidos.",
        "fails": "Pelo menos um limiar não foi atingido.",
        "unassessed": "A candidatura não foi avaliada.",
        "ineligible": "O júri considerou a candidatura não elegível.",
        "outcome": "Decisão",
        "no_outcome": "Ainda não foi registada uma decisão.",
        "reasons": "Fundamentação",
        "review_heading": "Pedido de revisão do procedimento",
        "review": "Se considerar que o procedimento de avaliação não foi cumprido, pode pedir a "
        "revisão do procedimento no prazo de 10 dias úteis após a receção desta carta, "
        "dirigindo-se à coordenação de {event} e indicando a referência {ref}. A revisão verifica "
        "se o procedimento foi cumprido; não reavalia o mérito da candidatura, e o seu resultado "
        "ser-lhe-á comunicado por escrito.",
        "footer": "{event} · resultado da avaliação de {ref} · página {page}",
    },
}


def letter_word(lang: str, key: str, **values: object) -> str:
    table = LETTER_WORDS.get(lang, LETTER_WORDS["en"])
    text = table.get(key) or LETTER_WORDS["en"][key]
    return text.format(**values) if values else text
