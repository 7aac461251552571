"""``consolidate``: from counted reviews to ranks, flags, juror figures and reliability."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import numpy as np

from imin_desktop.domain.consolidation.adjusted import AdjustedFit, fit_adjusted
from imin_desktop.domain.consolidation.aggregate import (
    group_mean,
    group_median,
    group_trimmed,
    single_draw,
    zscore_values,
)
from imin_desktop.domain.consolidation.bootstrap import bootstrap_ranks, summarise
from imin_desktop.domain.consolidation.consensus import (
    ConsensusGrid,
    ConsensusInput,
    consensus_grid,
    eligible_with,
    gaps,
)
from imin_desktop.domain.consolidation.design import (
    BoolArray,
    Design,
    FloatArray,
    IntArray,
    build_design,
)
from imin_desktop.domain.consolidation.inputs import CountedReview, JurorInput, SubmissionInput
from imin_desktop.domain.consolidation.ranking import TOLERANCE, rank, resolve_tie_break
from imin_desktop.domain.consolidation.reliability import Matrix, reliability
from imin_desktop.domain.consolidation.results import (
    FLAGS,
    METHODS,
    RESULT_METHODS,
    Flag,
    JurorResult,
    Method,
    Note,
    Reliability,
    ReliabilityFigures,
    Results,
    SubmissionResult,
)
from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.domain.rubric import Rubric
from imin_desktop.domain.text import _


def aggregate(design: Design, method: Method) -> tuple[FloatArray, AdjustedFit | None]:
    """``(S, C)`` consolidated criterion values (NaN without reviews), and the fit if adjusted."""
    groups = design.groups
    draws = single_draw(design)
    out = np.full((design.n_submissions, len(design.criterion_keys)), np.nan)
    if method == "adjusted":
        fit = fit_adjusted(design.scores, draws, design.juror, groups)
        out[design.reviewed] = fit.values[0]
        return out, fit
    for c in range(len(design.criterion_keys)):
        values = design.scores[:, c]
        if method == "mean":
            column = group_mean(values, draws, groups)
        elif method == "median":
            column = group_median(values[None], groups)
        elif method == "trimmed":
            column = group_trimmed(values[None], groups)
        else:
            column = zscore_values(values, draws, groups)
        out[design.reviewed, c] = column[0]
    return out, None


def _passes(rubric: Rubric, values: FloatArray, total: float) -> bool:
    for c, criterion in enumerate(rubric.criteria):
        if criterion.threshold is not None and values[c] < float(criterion.threshold) - TOLERANCE:
            return False
    if rubric.overall_threshold is None:
        return True
    basis = float(np.sum(values)) if rubric.threshold_basis == "unweighted_sum" else total
    return basis >= float(rubric.overall_threshold) - TOLERANCE


def _spreads(design: Design) -> list[Decimal | None]:
    out: list[Decimal | None] = []
    for start, count in zip(design.starts.tolist(), design.counts.tolist(), strict=True):
        block = design.exact_totals[start : start + count]
        out.append(max(block) - min(block) if block else None)
    return out


def _leniency(design: Design, fit: AdjustedFit) -> tuple[list[float | None], int, list[Note]]:
    """Per juror Σ w·bⱼ (÷ Σ w for a weighted mean), the number of components, and notes."""
    components = fit.components(0)
    offsets = design.combine(fit.offsets[0]) if design.n_jurors else np.zeros(0)
    leniency: list[float | None] = [None] * design.n_jurors
    notes = []
    for members in components:
        for j in members:
            if len(members) > 1:
                leniency[j] = float(offsets[j])
            else:
                notes.append(
                    Note(
                        f"jurors[{design.jurors[j].id}].leniency",
                        _("shares no submission with another juror: leniency cannot be estimated"),
                    )
                )
    for absent in np.flatnonzero(~fit.present[0]):
        juror_id = design.jurors[int(absent)].id
        notes.append(Note(f"jurors[{juror_id}].leniency", _("no counted reviews")))
    if len(components) > 1:
        notes.append(
            Note(
                "jurors",
                _(
                    "the jurors form {n} groups that share no submission; leniency and adjusted "
                    "values are comparable only within a group"
                ).format(n=len(components)),
            )
        )
    return leniency, len(components), notes


def reliability_figures(design: Design) -> tuple[Reliability, list[Note]]:
    notes: list[Note] = []
    total, found = reliability(
        Matrix(design.totals, design.submission, design.juror, design.groups)
    )
    notes += [Note(f"reliability.total.{path}", why) for path, why in found]
    criteria: dict[str, ReliabilityFigures] = {}
    for c, key in enumerate(design.criterion_keys):
        matrix = Matrix(design.scores[:, c], design.submission, design.juror, design.groups)
        criteria[key], found = reliability(matrix)
        notes += [Note(f"reliability.criteria.{key}.{path}", why) for path, why in found]
    return Reliability(total, criteria), notes


def consolidate(
    rubric: Rubric,
    submissions: Sequence[SubmissionInput],
    jurors: Sequence[JurorInput],
    reviews: Sequence[CountedReview],
    *,
    method: Method = "mean",
    top_k: int = 3,
    seed: int = 1,
    draws: int = 1000,
    progress: Progress = SILENT,
    consensus: Sequence[ConsensusInput] = (),
) -> Results:
    """Consolidate the counted reviews with ``method``; see ``docs/statistics.md``.

    Every statistical method is computed (for ``method_ranks`` and ``method_sensitive``);
    ``draws`` bootstrap draws from ``seed`` give the rank intervals and P(top ``top_k``).
    ``consensus`` holds the agreed scores and gate answers: used as values under the
    ``consensus`` method, compared with the reviews' mean under every method.
    """
    if method not in RESULT_METHODS:
        raise ValueError(_("unknown method {method!r}").format(method=method))
    if top_k < 1 or draws < 0:
        raise ValueError(_("top_k must be at least 1 and draws at least 0"))
    design = build_design(rubric, submissions, jurors, reviews)
    tie_break = resolve_tie_break(rubric, design)
    grid, grid_notes = consensus_grid(rubric, design, consensus)
    steps = len(METHODS) + 1 + draws

    values: dict[Method, FloatArray] = {}
    ranks: dict[Method, IntArray] = {}
    tied: dict[Method, BoolArray] = {}
    fit: AdjustedFit | None = None
    for done, name in enumerate(METHODS):
        progress.step(done, steps, _("Consolidating: {method}").format(method=name))
        values[name], found = aggregate(design, name)
        fit = found or fit
        tie_values = {c: values[name][None, :, c] for c in tie_break.criterion_columns}
        method_ranks, method_tied = rank(design.combine(values[name])[None], tie_values, tie_break)
        ranks[name], tied[name] = method_ranks[0], method_tied[0]
    assert fit is not None
    if method == "consensus":
        values[method] = grid.override(values["mean"])
        tie_values = {c: values[method][None, :, c] for c in tie_break.criterion_columns}
        method_ranks, method_tied = rank(
            design.combine(values[method])[None], tie_values, tie_break
        )
        ranks[method], tied[method] = method_ranks[0], method_tied[0]
    progress.step(len(METHODS), steps, _("Reliability"))
    figures, notes = reliability_figures(design)
    notes += [Note(path, why) for path, why in grid_notes]
    leniency, components, found_notes = _leniency(design, fit)
    notes += found_notes

    low = high = p_top = None
    if draws > 0 and design.n_reviews > 0:
        boot = bootstrap_ranks(
            design,
            method,
            tie_break,
            seed,
            draws,
            lambda d, n: progress.step(len(METHODS) + 1 + d, steps, _("Rank stability")),
            grid if method == "consensus" else None,
        )
        low, high, p_top = summarise(boot, top_k)
    elif draws == 0:
        why = _("rank stability not computed (0 bootstrap draws)")
        notes += [Note("submissions[*].rank_interval", why), Note("submissions[*].p_top", why)]
    progress.step(steps, steps, _("Done"))

    submissions_out = _submissions(
        rubric, design, method, values, ranks, tied, top_k, components, (low, high, p_top), notes,
        grid,
    )  # fmt: skip
    juror_reviews = np.bincount(design.juror, minlength=design.n_jurors)
    juror_sum = np.bincount(design.juror, weights=design.totals, minlength=design.n_jurors)
    jurors_out = []
    for j, juror in enumerate(design.jurors):
        n = int(juror_reviews[j])
        if n == 0:
            notes.append(Note(f"jurors[{juror.id}].mean_total", _("no counted reviews")))
        jurors_out.append(
            JurorResult(
                juror.id, n, juror.conflicts, float(juror_sum[j] / n) if n else None, leniency[j]
            )
        )
    return Results(
        method,
        seed,
        draws,
        top_k,
        submissions_out,
        tuple(jurors_out),
        figures,
        tuple(notes),
        components,
    )


def _submissions(
    rubric: Rubric,
    design: Design,
    method: Method,
    values: dict[Method, FloatArray],
    ranks: dict[Method, IntArray],
    tied: dict[Method, BoolArray],
    top_k: int,
    components: int,
    stability: tuple[IntArray | None, IntArray | None, FloatArray | None],
    notes: list[Note],
    grid: ConsensusGrid,
) -> tuple[SubmissionResult, ...]:
    low, high, p_top = stability
    chosen = values[method]
    totals = design.combine(chosen)
    spreads = _spreads(design)
    low_total, high_total = rubric.total_range()
    limit = rubric.disagreement_spread * (high_total - low_total)
    in_top: BoolArray = np.stack([ranks[m] <= top_k for m in METHODS]) & (design.counts > 0)
    sensitive = np.any(in_top, axis=0) & ~np.all(in_top, axis=0)
    out = []
    for s, sub in enumerate(design.submissions):
        n = int(design.counts[s])
        spread = spreads[s]
        flags: set[Flag] = set()
        if spread is not None and spread > limit:
            flags.add("disagreement")
        if n < sub.assigned or n < 2:
            flags.add("few_reviews")
        if tied[method][s]:
            flags.add("ex_aequo")
        passes = None
        if n:
            passes = _passes(rubric, chosen[s], float(totals[s]))
            if not passes:
                flags.add("below_threshold")
        eligible = eligible_with(grid if method == "consensus" else None, design.gate_no, n, s)
        if not eligible:
            flags.add("ineligible")
        if np.any(design.gate_no[s] > 0):
            flags.add("gate_disputed")
        if n and components > 1 and method == "adjusted":
            flags.add("disconnected")
        if sensitive[s]:
            flags.add("method_sensitive")
        if method == "consensus" and not grid.complete(s):
            flags.add("no_consensus")
        gap = gaps(grid, values["mean"], s, design.criterion_keys)
        if any(abs(g) > grid.limits[design.criterion_keys.index(k)] + 1e-9 for k, g in gap.items()):
            flags.add("consensus_gap")
        interval = None
        chance = None
        if n and low is not None and high is not None and p_top is not None:
            interval = (int(low[s]), int(high[s]))
            chance = float(p_top[s])
        if not n:
            notes.append(
                Note(
                    f"submissions[{sub.id}]",
                    _(
                        "no counted reviews: total, criteria, spread, passes, rank interval and "
                        "P(top k) are missing; ranked after every reviewed submission"
                    ),
                )
            )
        out.append(
            SubmissionResult(
                id=sub.id,
                title=sub.title,
                rank=int(ranks[method][s]),
                total=float(totals[s]) if n else None,
                criteria={
                    key: (float(chosen[s, c]) if n else None)
                    for c, key in enumerate(design.criterion_keys)
                },
                reviews=n,
                assigned=sub.assigned,
                spread=float(spread) if spread is not None else None,
                passes=passes,
                eligible=eligible,
                flags=tuple(f for f in FLAGS if f in flags),
                rank_interval=interval,
                p_top=chance,
                method_ranks={m: int(ranks[m][s]) for m in ranks},
                consensus_gaps=gap,
            )
        )
    out.sort(key=lambda r: (r.rank, r.id))
    return tuple(out)
