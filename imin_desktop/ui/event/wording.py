"""Words for the results' codes (methods, flags, standings, outcomes) and one way to show numbers.

Everything here is presentation: the figures come from the results service unchanged; they
are only rounded for display, half away from zero (21.125 → 21.13), like a spreadsheet and
every other output (``docs/statistics.md``).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale

from imin_desktop.domain.rounding import fixed

translate = QCoreApplication.translate


def number(value: float | Decimal | None, places: int = 2) -> str:
    """``value`` rounded half away from zero to ``places`` decimals, with the interface
    language's decimal mark; "—" when missing."""
    if value is None:
        return "—"
    try:
        shown = fixed(value, places)  # the one rounding rule (domain/rounding.py)
    except (InvalidOperation, ValueError):
        return "—"
    point = QLocale().decimalPoint()  # "4,83" in Portuguese
    return shown if point == "." else shown.replace(".", point)


def percent(value: float | None) -> str:
    return "—" if value is None else f"{number(value * 100, 0)} %"


def method_label(method: str) -> str:
    labels = {
        "mean": translate("Results", "Mean"),
        "median": translate("Results", "Median"),
        "trimmed": translate("Results", "Trimmed mean"),
        "zscore": translate("Results", "Z-score (per juror)"),
        "adjusted": translate("Results", "Adjusted for juror leniency"),
        "consensus": translate("Results", "Panel consensus"),
    }
    return labels.get(method, method)


def method_help(method: str) -> str:
    helps = {
        "mean": translate("Results", "The average of the counted reviews, criterion by criterion."),
        "median": translate(
            "Results", "The middle review per criterion: one outlying juror cannot move it."
        ),
        "trimmed": translate(
            "Results", "The average after dropping the highest and lowest review (with 4+)."
        ),
        "zscore": translate(
            "Results",
            "Each juror's scores standardised first, so strict and generous jurors weigh the same.",
        ),
        "adjusted": translate(
            "Results", "Each juror's leniency estimated from shared submissions and removed."
        ),
        "consensus": translate(
            "Results", "The panel's agreed scores where recorded, the mean elsewhere."
        ),
    }
    return helps.get(method, "")


def flag_word(flag: str) -> str:
    words = {
        "disagreement": translate("Results", "jurors disagree"),
        "few_reviews": translate("Results", "few reviews"),
        "ex_aequo": translate("Results", "ex aequo"),
        "below_threshold": translate("Results", "below threshold"),
        "ineligible": translate("Results", "ineligible"),
        "gate_disputed": translate("Results", "eligibility disputed"),
        "disconnected": translate("Results", "not comparable"),
        "method_sensitive": translate("Results", "depends on method"),
        "no_consensus": translate("Results", "no consensus"),
        "consensus_gap": translate("Results", "consensus far from reviews"),
    }
    return words.get(flag, flag)


def flag_explanation(flag: str) -> str:
    texts = {
        "disagreement": translate("Results", "The review totals are far apart (spread above the event's "
                           "disagreement limit): read the reviews before deciding."),
        "few_reviews": translate("Results", "Fewer counted reviews than assigned, or fewer than two."),
        "ex_aequo": translate("Results", "Same total and no tie-break separates it from another submission; "
                       "the panel settles the order on the Decisions page."),
        "below_threshold": translate("Results", "A criterion or the total is below the rubric's threshold: shown "
                              "apart from the ranked list."),
        "ineligible": translate("Results", "More than half of the counted reviews answered an eligibility "
                         "question 'no': shown apart from the ranked list."),
        "gate_disputed": translate("Results", "At least one juror answered an eligibility question 'no'."),
        "disconnected": translate("Results", "Its jurors share no submission with the other jurors: adjusted "
                           "values are comparable only within their group."),
        "method_sensitive": translate("Results", "Whether it is in the top k changes with the method: see "
                               "Method sensitivity."),
    }  # fmt: skip
    texts["no_consensus"] = translate(
        "Results", "Not every criterion has an agreed score: the mean is used where none is."
    )
    texts["consensus_gap"] = translate(
        "Results", "An agreed score is far from the mean of the individual reviews."
    )
    return texts.get(flag, "")


def flags_words(flags: tuple[str, ...]) -> str:
    return ", ".join(flag_word(f) for f in flags)


def flags_tooltip(flags: tuple[str, ...]) -> str:
    return "\n".join(f"{flag_word(f)}: {flag_explanation(f)}" for f in flags)


STANDINGS = ("ranked", "below_threshold", "ineligible", "not_assessed")


def standing_of(passes: bool | None, eligible: bool) -> str:
    """Where a submission stands: in the ranked list, or apart from it (and why)."""
    if passes is None:
        return "not_assessed"
    if not eligible:
        return "ineligible"
    return "ranked" if passes else "below_threshold"


def standing_word(standing: str) -> str:
    words = {
        "ranked": translate("Results", "Ranked"),
        "below_threshold": translate("Results", "Apart: below threshold"),
        "ineligible": translate("Results", "Apart: ineligible"),
        "not_assessed": translate("Results", "Apart: not assessed"),
    }
    return words.get(standing, standing)


def outcome_label(outcome: str) -> str:
    labels = {
        "winner": translate("Results", "Winner"),
        "finalist": translate("Results", "Finalist"),
        "honourable_mention": translate("Results", "Honourable mention"),
        "not_selected": translate("Results", "Not selected"),
        "ineligible": translate("Results", "Ineligible"),
        "funded": translate("Results", "Funded"),
        "reserve": translate("Results", "Reserve"),
        "not_funded": translate("Results", "Not funded"),
    }
    return labels.get(outcome, outcome.replace("_", " ").capitalize())
