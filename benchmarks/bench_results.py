"""Benchmark: consolidated results at the reference scale.

2,000 submissions, 120 jurors, 8 criteria, 5 counted reviews each (10,000 reviews), generated
deterministically from a seed. The target (docs: quality) is all five methods + reliability +
a 1,000-draw bootstrap in at most 3 s on a 2-core machine. Each step is printed beside its
floor: the time numpy takes for a plain group mean of the same scores (or, for a bootstrap, of
the same number of resampled review totals).

Run:  python benchmarks/bench_results.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from decimal import Decimal
from functools import partial
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from imin_desktop.domain.consolidation import (
    METHODS,
    CountedReview,
    JurorInput,
    Method,
    SubmissionInput,
    consolidate,
)
from imin_desktop.domain.consolidation.bootstrap import bootstrap_ranks
from imin_desktop.domain.consolidation.design import Design, build_design
from imin_desktop.domain.consolidation.engine import aggregate, reliability_figures
from imin_desktop.domain.consolidation.ranking import resolve_tie_break
from imin_desktop.domain.rubric import Criterion, Rubric, Scale

SUBMISSIONS = 2_000
JURORS = 120
CRITERIA = 8
PER_SUBMISSION = 5
DRAWS = 1_000
SEED = 20240601


def reference_event(
    seed: int = SEED,
) -> tuple[Rubric, list[SubmissionInput], list[JurorInput], list[CountedReview]]:
    """The reference-scale event: quality + juror leniency + noise on a 0–5 half-point scale."""
    rng = np.random.default_rng(seed)
    scale = Scale(Decimal(0), Decimal(5), Decimal("0.5"))
    weights = [Decimal(1), Decimal("1.5"), *([Decimal(1)] * (CRITERIA - 2))]
    rubric = Rubric(
        id="bench",
        title="Reference scale",
        scale=scale,
        criteria=tuple(
            Criterion(f"c{c}", f"Criterion {c}", scale, weight=weights[c], threshold=Decimal(1))
            for c in range(CRITERIA)
        ),
        overall_threshold=Decimal(15),
        tie_break=("c1", "field:distance:asc"),
    )
    submissions = [
        SubmissionInput(f"S{i:05d}", f"Submission {i}", PER_SUBMISSION, {"distance": i % 7})
        for i in range(SUBMISSIONS)
    ]
    jurors = [JurorInput(f"J{j:03d}", conflicts=j % 3) for j in range(JURORS)]
    quality = rng.normal(3.0, 0.7, size=(SUBMISSIONS, CRITERIA))
    leniency = rng.normal(0.0, 0.4, size=JURORS)
    halves = [Decimal(k) / 2 for k in range(11)]
    reviews = []
    for i in range(SUBMISSIONS):
        panel = rng.choice(JURORS, size=PER_SUBMISSION, replace=False)
        raw = quality[i] + leniency[panel][:, None] + rng.normal(0, 0.6, (PER_SUBMISSION, CRITERIA))
        grid = np.clip(np.rint(raw * 2), 0, 10).astype(int)
        for row, j in enumerate(panel):
            reviews.append(
                CountedReview(
                    submissions[i].id,
                    jurors[j].id,
                    {f"c{c}": halves[grid[row, c]] for c in range(CRITERIA)},
                    {},
                )
            )
    return rubric, submissions, jurors, reviews


def _quiet(done: int, total: int) -> None:
    return None


def _best(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _floor_group_mean(design: Design) -> float:
    """numpy group mean of the same scores: one bincount per criterion."""
    sub = design.submission
    counts = np.bincount(sub, minlength=design.n_submissions)

    def run() -> None:
        for c in range(design.scores.shape[1]):
            np.bincount(sub, weights=design.scores[:, c], minlength=design.n_submissions) / counts

    return _best(run, 5)


def _floor_bootstrap(design: Design) -> float:
    """numpy group mean of DRAWS resampled copies of the review totals."""
    rng = np.random.default_rng(0)
    pick = rng.integers(0, design.n_reviews, size=(DRAWS, design.n_reviews))
    starts = design.groups.starts

    def run() -> None:
        for block in np.array_split(pick, 5):
            np.add.reduceat(design.totals[block], starts, axis=1)

    return _best(run, 2)


def run() -> list[tuple[str, float, float]]:
    """(step, seconds, floor seconds) for every step, the target step first."""
    rubric, submissions, jurors, reviews = reference_event()
    design = build_design(rubric, submissions, jurors, reviews)
    tie_break = resolve_tie_break(rubric, design)
    floor = _floor_group_mean(design)
    floor_boot = _floor_bootstrap(design)
    rows: list[tuple[str, float, float]] = []

    def full(method: Method) -> None:
        consolidate(rubric, submissions, jurors, reviews, method=method, draws=DRAWS, seed=1)

    rows.append(
        (
            "results: 5 methods + reliability + 1000-draw bootstrap (mean)",
            _best(lambda: full("mean"), 2),
            floor,
        )
    )
    for method in METHODS[1:]:
        rows.append(
            (
                f"results, same, bootstrap with {method}",
                _best(partial(full, method), 1),
                floor,
            )
        )
    rows.append(
        (
            "  inputs -> arrays",
            _best(lambda: build_design(rubric, submissions, jurors, reviews)),
            floor,
        )
    )
    for method in METHODS:
        rows.append((f"  aggregate {method}", _best(partial(aggregate, design, method)), floor))
    rows.append(
        ("  reliability (total + 8 criteria)", _best(lambda: reliability_figures(design)), floor)
    )
    for method in METHODS:
        run_draws = partial(bootstrap_ranks, design, method, tie_break, 1, DRAWS, _quiet)
        seconds = _best(run_draws, 1)
        rows.append((f"  bootstrap {DRAWS} draws, {method}", seconds, floor_boot))
    return rows


def main() -> None:
    rows = run()
    width = max(len(step) for step, _, _ in rows)
    print(f"{'step':<{width}}  {'seconds':>8}  {'floor':>8}  {'ratio':>7}")
    for step, seconds, floor in rows:
        print(f"{step:<{width}}  {seconds:8.3f}  {floor:8.4f}  {seconds / floor:7.1f}")


if __name__ == "__main__":
    main()
