"""``imin demo``: a complete demo event built headless from the event generator.

It walks the whole flow a coordinator and the jurors go through: event, submissions,
jurors, a conflict, assignment, kits, jurors scoring offline (one late with drafts only,
one declaring a conflict, one handing back twice), merging, and what comes after. A second,
blind event takes the same packages, whose pitch decks carry anonymised copies, and issues
its kits: the identity check finds nothing, so no confirmation is needed.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from imin_desktop import generator
from imin_desktop.domain.resources import resource
from imin_desktop.domain.rounding import fixed
from imin_desktop.persistence.database import Database
from imin_desktop.services import (
    assignments,
    coverage,
    decisions,
    events,
    exports,
    jurors,
    kits,
    scores,
    submissions,
)
from imin_desktop.services.juror import JurorWorkspace
from imin_desktop.services.report import export_report
from imin_desktop.services.results import compute_results

DEMO_SUBMISSIONS = 30
DEMO_JURORS = 9
PER_SUBMISSION = 3
OUTPUTS = (
    "demo.imin",
    "demo.imin-wal",
    "demo.imin-shm",
    "packages",
    "kits",
    "scores",
    "workspaces",
    "blind.imin",
    "blind.imin-wal",
    "blind.imin-shm",
    "blind-kits",
)


def _score_as_juror(
    kit_path: Path, folder: Path, out: Path, reviews: list[generator.SimulatedReview],
    *, drafts_only: bool = False, conflict_on: str | None = None, hand_back_twice: bool = False,
) -> list[Path]:  # fmt: skip
    """Play one juror: open the kit, type the simulated reviews, hand back score files."""
    ws = JurorWorkspace.open(kit_path, folder=folder)
    written: list[Path] = []
    try:
        for n, review in enumerate(reviews):
            sub = review.submission_id
            if sub == conflict_on:
                ws.set_conflict(sub, True)
                continue
            for key, value in review.scores.items():
                ws.set_score(sub, key, Decimal(value))
            for key, text in review.criterion_comments.items():
                ws.set_criterion_comment(sub, key, text)
            for key, answer in review.gates.items():
                ws.set_gate(sub, key, answer)
            ws.set_comment(sub, review.comment)
            if not drafts_only:
                ws.mark_done(sub)
            if hand_back_twice and n == len(reviews) // 2:
                written.append(ws.export(out).path)
        written.append(ws.export(out).path)
    finally:
        ws.close()
    return written


def write_demo_inputs(
    out: Path, seed: int
) -> tuple[Path, list[generator.GeneratedSubmission], list[generator.GeneratedJuror]]:
    """The rubric, the submission packages (``packages/``, with anonymised copies of the
    pitch decks) and the jurors (``jurors.csv``) both demo events are built from."""
    rubric_path = out / "rubric.json"
    rubric_path.write_bytes(resource("rubrics", "health-innovation.json").read_bytes())
    subs = generator.generate_submissions(DEMO_SUBMISSIONS, seed, blind_variants=True)
    generator.write_packages(subs, out / "packages")
    people = generator.generate_jurors(DEMO_JURORS, seed)
    generator.write_jurors_csv(people, out / "jurors.csv")
    return rubric_path, subs, people


def build_demo(out: Path, *, seed: int = 1, lang: str = "en") -> Iterator[str]:
    """Build the demo in ``out`` (replacing an earlier demo there); yield what was made."""
    out.mkdir(parents=True, exist_ok=True)
    for old in OUTPUTS:
        target = out / old
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    rubric_path, subs, people = write_demo_inputs(out, seed)
    yield f"wrote {len(subs)} submission packages (PDF pitch decks and images) to {out / 'packages'}"
    yield f"wrote {len(people)} jurors to {out / 'jurors.csv'}"

    title = "Desafio eHealth Summit 2026" if lang == "pt" else "eHealth Summit 2026 challenge"
    db = events.create_event(out / "demo.imin", title, rubric_path, actor="demo")
    try:
        report = submissions.import_submissions(db, [out / "packages"], actor="demo")
        added = jurors.import_jurors(db, out / "jurors.csv", actor="demo")
        jurors.add_conflict(db, people[0].id, subs[0].id, actor="demo")
        yield f"created {out / 'demo.imin'}: {len(report.added)} submissions, {len(added)} jurors, 1 conflict"
        design = assignments.auto_assign(db, PER_SUBMISSION, calibration=1, seed=seed, actor="demo")
        yield from design.summary_lines()
        issued = kits.export_kits(db, out / "kits", actor="demo")
        yield f"wrote {len(issued)} juror kits to {out / 'kits'}"

        rubric = events.load_rubric_of(db)
        simulated = generator.simulate_reviews(rubric, design.assignments, seed)
        by_juror: dict[str, list[generator.SimulatedReview]] = {}
        for review in simulated:
            by_juror.setdefault(review.juror_id, []).append(review)
        files: list[Path] = []
        late, conflicted, twice = people[-1].id, people[1].id, people[2].id
        for kit in issued:
            mine = sorted(by_juror.get(kit.juror_id, []), key=lambda r: r.submission_id)
            files += _score_as_juror(
                kit.path, out / "workspaces", out / "scores", mine,
                drafts_only=kit.juror_id == late,
                conflict_on=mine[-1].submission_id if kit.juror_id == conflicted and mine else None,
                hand_back_twice=kit.juror_id == twice,
            )  # fmt: skip
        yield (
            f"{len(issued)} jurors scored offline and handed back {len(files)} score files to "
            f"{out / 'scores'} ({late} late with drafts only, {conflicted} declared a conflict, "
            f"{twice} handed back twice)"
        )
        # The coordinator receives the files in any order; the newest file wins.
        outcomes = scores.import_score_files(db, sorted(files, reverse=True), actor="demo")
        counts: dict[str, int] = {}
        for o in outcomes:
            counts[o.result] = counts.get(o.result, 0) + 1
        yield "merged score files: " + ", ".join(f"{n} {r}" for r, n in sorted(counts.items()))
        totals = coverage.coverage(db).totals()
        yield "coverage: " + ", ".join(f"{totals.get(s, 0)} {s}" for s in coverage.STATES)
        yield from _after_merge(db, out, lang)
    finally:
        db.dispose()
    yield from build_blind_event(out, rubric_path, title, seed)


def build_blind_event(out: Path, rubric_path: Path, title: str, seed: int) -> Iterator[str]:
    """The same challenge reviewed blind (``blind.imin``, kits in ``blind-kits/``) from the
    inputs of ``write_demo_inputs``: teams and websites withheld, anonymised decks."""
    db = events.create_event(out / "blind.imin", f"{title} (blind)", rubric_path, blind=True,
                             identifying_fields=["website"], actor="demo")  # fmt: skip
    try:
        report = submissions.import_submissions(db, [out / "packages"], actor="demo")
        jurors.import_jurors(db, out / "jurors.csv", actor="demo")
        assignments.auto_assign(db, PER_SUBMISSION, calibration=1, seed=seed, actor="demo")
        # The export runs the identity check itself and would stop at any finding.
        issued = kits.export_kits(db, out / "blind-kits", actor="demo")
        yield (
            f"created the blind event {out / 'blind.imin'}: {len(report.added)} submissions "
            "with anonymised pitch decks, nothing naming a team; wrote "
            f"{len(issued)} blind kits to {out / 'blind-kits'}"
        )
    finally:
        db.dispose()


def _after_merge(db: Database, out: Path, lang: str) -> Iterator[str]:
    """Consolidation and the panel's decisions; then the workbook and report."""
    results = compute_results(db)
    ranked = [s for s in results.results.submissions if s.total is not None]
    for n, s in enumerate(ranked[:3]):
        outcome = "winner" if n == 0 else "finalist"
        rationale = (
            "Maior pontuação consolidada; impacto claro no SNS."
            if lang == "pt"
            else "Highest consolidated score; clear value for the national health service."
        )
        decisions.decide(db, s.id, outcome, rationale, actor="demo")
    yield "results (method mean):"
    for s in ranked[:5]:
        yield f"  {s.rank}. {s.id} {s.title[:50]} — total {fixed(s.total)}, flags: {', '.join(s.flags) or 'none'}"
    alpha = results.results.reliability.total.alpha_interval
    yield f"  Krippendorff's alpha (interval) on totals: {fixed(alpha)}"
    yield f"decisions recorded for {min(3, len(ranked))} submissions"
    workbook = exports.export_workbook(db, out / "results.xlsx", lang=lang, actor="demo")
    yield f"wrote the consolidated workbook (method mean) to {workbook}"
    pdf = export_report(db, out / "report.pdf", lang=lang, actor="demo")
    yield f"wrote the draft decision report (method mean) to {pdf}"
