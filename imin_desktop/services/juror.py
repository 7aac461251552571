"""The juror's side: open a kit, score, and hand back a signed score file.

Every change is stored durably the moment it is made (one committed transaction per
change, SQLite WAL with synchronous=FULL); the GUI and ``imin juror`` both sit on this.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Literal

from sqlalchemy import Connection, delete, select
from sqlalchemy.orm import Session

from imin_desktop.domain.errors import NotFoundError, RefusedError
from imin_desktop.domain.progress import SILENT, Cancelled, Progress
from imin_desktop.domain.review import ReviewEntry, missing_for_done, review_problems
from imin_desktop.domain.rubric import Rubric
from imin_desktop.domain.text import _
from imin_desktop.domain.times import iso_utc
from imin_desktop.formats.kit import Kit, KitSubmission, OpenedKit, open_kit
from imin_desktop.formats.scorefile import ScoreFile, write_score_file
from imin_desktop.models.base import utcnow
from imin_desktop.models.workspace import DraftGate, DraftReview, DraftScore, WorkspaceSetting
from imin_desktop.persistence.database import Database
from imin_desktop.persistence.workspace import open_workspace_store

ReviewState = Literal["not_started", "in_progress", "done", "conflict"]


def workspace_folder() -> Path:
    """Where jurors' workspaces live: ``IMIN_WORKSPACE_DIR`` or the per-user data folder."""
    env = os.environ.get("IMIN_WORKSPACE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("imin-desktop", appauthor=False)) / "workspaces"


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    sequence: int
    done: int
    drafts: int
    conflicts: int
    not_started: int


@dataclass(frozen=True)
class MissingParts:
    """What still stands between a review and "done", by rubric key (for the juror's screen)."""

    scores: tuple[str, ...] = ()
    comments: tuple[str, ...] = ()
    gates: tuple[str, ...] = ()
    conflict: bool = False
    other: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return not (self.scores or self.comments or self.gates or self.conflict or self.other)


@dataclass
class _Draft:
    status: str = "draft"
    conflict: bool = False
    comment: str = ""
    scores: dict[str, Decimal] = field(default_factory=dict)
    criterion_comments: dict[str, str] = field(default_factory=dict)
    gates: dict[str, bool] = field(default_factory=dict)
    updated_at: datetime = field(default_factory=utcnow)


class JurorWorkspace:
    """One juror's work on one kit. Not thread-safe: use it from one thread."""

    def __init__(self, opened: OpenedKit, store: Database, kit_path: Path) -> None:
        self.opened = opened
        self.kit: Kit = opened.kit
        self.rubric: Rubric = opened.kit.rubric
        self.kit_path = kit_path
        self._store = store
        self._subs = {s.id: s for s in self.kit.submissions}
        self._drafts: dict[str, _Draft] = {}
        # An idle connection held for the workspace's life: each change's own connection is
        # then never the last one, so closing it does not checkpoint the WAL (a second fsync);
        # SQLite checkpoints on its own as the WAL grows. Durability is unchanged.
        self._keeper: Connection | None = store.engine.connect()
        self._load()

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(
        cls, kit_path: Path, passphrase: str | None = None, *, folder: Path | None = None
    ) -> JurorWorkspace:
        """Open a kit (``PassphraseRequired`` / ``WrongPassphrase`` for encrypted ones) and
        its workspace, continuing where the juror left off."""
        opened = open_kit(kit_path, passphrase)
        store = open_workspace_store((folder or workspace_folder()) / f"{opened.kit.kit_id}.sqlite")
        workspace = cls(opened, store, kit_path)
        workspace._set("kit_id", opened.kit.kit_id)
        workspace._set("juror_id", opened.kit.juror_id)
        workspace._set("kit_path", str(kit_path.resolve()))
        return workspace

    def close(self) -> None:
        if self._keeper is not None:
            self._keeper.close()
            self._keeper = None
        self._store.dispose()

    @property
    def encrypted(self) -> bool:
        """Whether the kit is encrypted (its attachments must then never touch the disk)."""
        return self.opened.encrypted

    def _load(self) -> None:
        with self._store.begin() as s:
            for r in s.scalars(select(DraftReview)):
                self._drafts[r.submission_id] = _Draft(
                    status=r.status,
                    conflict=r.is_conflict,
                    comment=r.comment,
                    updated_at=r.updated_at,
                )
            for sc in s.scalars(select(DraftScore)):
                draft = self._drafts.setdefault(sc.submission_id, _Draft())
                if sc.value is not None:
                    draft.scores[sc.criterion] = sc.value
                if sc.comment:
                    draft.criterion_comments[sc.criterion] = sc.comment
            for g in s.scalars(select(DraftGate)):
                self._drafts.setdefault(g.submission_id, _Draft()).gates[g.gate] = g.answer

    def _setting(self, name: str, default: str = "") -> str:
        with self._store.begin() as s:
            row = s.get(WorkspaceSetting, name)
            return row.value if row is not None else default

    def _set(self, name: str, value: str) -> None:
        with self._store.begin() as s:
            s.merge(WorkspaceSetting(name=name, value=value))

    # -- reading ---------------------------------------------------------------------------

    @property
    def submissions(self) -> tuple[KitSubmission, ...]:
        return self.kit.submissions

    def submission(self, submission_id: str) -> KitSubmission:
        try:
            return self._subs[submission_id]
        except KeyError:
            raise NotFoundError(f"{submission_id} is not in this kit") from None

    def review(self, submission_id: str) -> ReviewEntry:
        self.submission(submission_id)
        d = self._drafts.get(submission_id)
        if d is None:
            return ReviewEntry(submission_id=submission_id)
        return ReviewEntry(
            submission_id=submission_id,
            status="final" if d.status == "final" else "draft",
            conflict=d.conflict,
            scores=dict(d.scores),
            gates=dict(d.gates),
            comment=d.comment,
            criterion_comments=dict(d.criterion_comments),
            updated_at=iso_utc(d.updated_at),
        )

    def state(self, submission_id: str) -> ReviewState:
        d = self._drafts.get(submission_id)
        if d is None or not (
            d.conflict or d.scores or d.comment or d.gates or d.criterion_comments
        ):
            return "not_started"
        if d.conflict:
            return "conflict"
        return "done" if d.status == "final" else "in_progress"

    def counts(self) -> dict[ReviewState, int]:
        out: dict[ReviewState, int] = {"not_started": 0, "in_progress": 0, "done": 0, "conflict": 0}
        for s in self.kit.submissions:
            out[self.state(s.id)] += 1
        return out

    def total(self, submission_id: str) -> Decimal | None:
        """The live review total, once every criterion has a score."""
        d = self._drafts.get(submission_id)
        if d is None or d.conflict or any(c.key not in d.scores for c in self.rubric.criteria):
            return None
        return self.rubric.review_total(d.scores)

    def missing_for_done(self, submission_id: str) -> list[str]:
        return missing_for_done(self.rubric, self.review(submission_id))

    def missing_parts(self, submission_id: str) -> MissingParts:
        """``missing_for_done`` sorted by kind: criteria to score, to comment, gates to answer."""
        if self.state(submission_id) == "conflict":
            return MissingParts(conflict=True)
        found: dict[str, list[str]] = {"scores": [], "criterion_comments": [], "gates": []}
        other: list[str] = []
        for problem in self.missing_for_done(submission_id):
            place, _sep, _rest = problem.partition(":")
            kind, _dot, key = place.partition(".")
            if kind in found and key:
                found[kind].append(key)
            else:
                other.append(problem)
        return MissingParts(
            scores=tuple(found["scores"]),
            comments=tuple(found["criterion_comments"]),
            gates=tuple(found["gates"]),
            other=tuple(other),
        )

    @property
    def sequence(self) -> int:
        return int(self._setting("sequence", "0"))

    # -- writing (each change committed at once) -------------------------------------------

    def _touch(self, submission_id: str) -> _Draft:
        self.submission(submission_id)
        d = self._drafts.setdefault(submission_id, _Draft())
        d.updated_at = utcnow()
        return d

    def _save_review(self, s: Session, submission_id: str, d: _Draft) -> None:
        s.merge(DraftReview(submission_id=submission_id, status=d.status, is_conflict=d.conflict,
                            comment=d.comment, updated_at=d.updated_at))  # fmt: skip

    def _refuse_if_conflict(self, submission_id: str) -> None:
        d = self._drafts.get(submission_id)
        if d is not None and d.conflict:
            raise RefusedError(
                _("{id}: you declared a conflict of interest; withdraw it to score").format(
                    id=submission_id
                )
            )

    def set_score(self, submission_id: str, criterion: str, value: Decimal | None) -> None:
        c = self.rubric.criterion(criterion)
        if c is None:
            raise NotFoundError(f"no criterion {criterion!r} in the rubric")
        self._refuse_if_conflict(submission_id)
        if value is not None and (problem := c.scale.problem(value)) is not None:
            raise RefusedError(f"{c.title()}: {problem}")
        d = self._touch(submission_id)
        if value is None:
            d.scores.pop(criterion, None)
        else:
            d.scores[criterion] = value
        if d.status == "final" and value is None:
            d.status = "draft"
        with self._store.begin() as s:
            s.merge(DraftScore(submission_id=submission_id, criterion=criterion, value=value,
                               comment=d.criterion_comments.get(criterion, "")))  # fmt: skip
            self._save_review(s, submission_id, d)

    def set_criterion_comment(self, submission_id: str, criterion: str, text: str) -> None:
        if self.rubric.criterion(criterion) is None:
            raise NotFoundError(f"no criterion {criterion!r} in the rubric")
        self._refuse_if_conflict(submission_id)
        d = self._touch(submission_id)
        if text:
            d.criterion_comments[criterion] = text
        else:
            d.criterion_comments.pop(criterion, None)
        with self._store.begin() as s:
            s.merge(DraftScore(submission_id=submission_id, criterion=criterion,
                               value=d.scores.get(criterion), comment=text))  # fmt: skip
            self._save_review(s, submission_id, d)

    def set_comment(self, submission_id: str, text: str) -> None:
        d = self._touch(submission_id)
        d.comment = text
        with self._store.begin() as s:
            self._save_review(s, submission_id, d)

    def set_gate(self, submission_id: str, gate: str, answer: bool | None) -> None:
        if gate not in {g.key for g in self.rubric.gates}:
            raise NotFoundError(f"no question {gate!r} in the rubric")
        self._refuse_if_conflict(submission_id)
        d = self._touch(submission_id)
        with self._store.begin() as s:
            if answer is None:
                d.gates.pop(gate, None)
                s.execute(delete(DraftGate).where(DraftGate.submission_id == submission_id,
                                                  DraftGate.gate == gate))  # fmt: skip
            else:
                d.gates[gate] = answer
                s.merge(DraftGate(submission_id=submission_id, gate=gate, answer=answer))
            self._save_review(s, submission_id, d)

    def set_conflict(self, submission_id: str, conflict: bool) -> None:
        """Declare (or withdraw) a conflict of interest; declaring clears the scores."""
        d = self._touch(submission_id)
        d.conflict = conflict
        d.status = "draft"
        with self._store.begin() as s:
            if conflict:
                d.scores.clear()
                d.criterion_comments.clear()
                d.gates.clear()
                s.execute(delete(DraftScore).where(DraftScore.submission_id == submission_id))
                s.execute(delete(DraftGate).where(DraftGate.submission_id == submission_id))
            self._save_review(s, submission_id, d)

    def mark_done(self, submission_id: str) -> None:
        """Make the review final; refused, with every reason, while it is incomplete."""
        self._refuse_if_conflict(submission_id)
        problems = self.missing_for_done(submission_id)
        if problems:
            raise RefusedError(f"{submission_id} is not complete: " + "; ".join(problems))
        d = self._touch(submission_id)
        d.status = "final"
        with self._store.begin() as s:
            self._save_review(s, submission_id, d)

    def mark_draft(self, submission_id: str) -> None:
        d = self._touch(submission_id)
        d.status = "draft"
        with self._store.begin() as s:
            self._save_review(s, submission_id, d)

    def restore(self, entry: ReviewEntry) -> None:
        """Put a review back exactly as ``entry`` says, in one transaction (undo and redo)."""
        self.submission(entry.submission_id)
        problems = review_problems(self.rubric, entry)
        if problems:
            raise RefusedError(f"{entry.submission_id}: " + "; ".join(problems))
        sid = entry.submission_id
        d = self._touch(sid)
        d.status = entry.status
        d.conflict = entry.conflict
        d.comment = entry.comment
        d.scores = dict(entry.scores)
        d.criterion_comments = {k: v for k, v in entry.criterion_comments.items() if v}
        d.gates = dict(entry.gates)
        with self._store.begin() as s:
            s.execute(delete(DraftScore).where(DraftScore.submission_id == sid))
            s.execute(delete(DraftGate).where(DraftGate.submission_id == sid))
            for key in sorted(set(d.scores) | set(d.criterion_comments)):
                s.add(DraftScore(submission_id=sid, criterion=key, value=d.scores.get(key),
                                 comment=d.criterion_comments.get(key, "")))  # fmt: skip
            for gate, answer in sorted(d.gates.items()):
                s.add(DraftGate(submission_id=sid, gate=gate, answer=answer))
            self._save_review(s, sid, d)

    # -- handing back ----------------------------------------------------------------------

    def score_file(self, sequence: int) -> ScoreFile:
        entries = [
            self.review(s.id) for s in self.kit.submissions if self.state(s.id) != "not_started"
        ]
        return ScoreFile(
            event_id=self.kit.event_id,
            kit_id=self.kit.kit_id,
            juror_id=self.kit.juror_id,
            rubric_hash=self.kit.rubric_hash,
            sequence=sequence,
            created_at=iso_utc(),
            reviews=tuple(replace(e) for e in entries),
        )

    def export(self, out: Path) -> ExportSummary:
        """Write the signed score file with the next sequence number into folder ``out``.

        The sequence number is stored before the file is written: a crash in between leaves
        a gap in the numbers (harmless), never two different files with the same number
        (which the coordinator would have to refuse). A write that fails (a full or
        write-protected stick) gives the number back: the file is written atomically, so no
        file with that number exists, and the next export uses it.
        """
        previous = self.sequence
        sequence = previous + 1
        path = out / f"{self.kit.juror_id}-{sequence:03d}.iminscore"
        self._set("sequence", str(sequence))
        try:
            write_score_file(self.score_file(sequence), self.kit.key, path)
        except OSError as exc:
            self._set("sequence", str(previous))
            raise RefusedError(
                _("cannot write {path}: {why}").format(path=path, why=exc.strerror or exc)
            ) from None
        except BaseException:
            self._set("sequence", str(previous))
            raise
        counts = self.counts()
        return ExportSummary(
            path=path,
            sequence=sequence,
            done=counts["done"],
            drafts=counts["in_progress"],
            conflicts=counts["conflict"],
            not_started=counts["not_started"],
        )


# -- background work (plain functions with a progress token, for the GUI's task runner) ------


def open_workspace(
    kit_path: Path,
    passphrase: str | None = None,
    *,
    folder: Path | None = None,
    progress: Progress = SILENT,
) -> JurorWorkspace:
    """``JurorWorkspace.open`` reporting progress; a cancelled open leaves nothing open."""
    progress.step(0, 2, "reading the kit")
    workspace = JurorWorkspace.open(kit_path, passphrase, folder=folder)
    try:
        progress.step(1, 2, "opening your workspace")
        progress.step(2, 2, "ready")
    except Cancelled:
        workspace.close()
        raise
    return workspace


def export_scores(
    workspace: JurorWorkspace, out: Path, *, progress: Progress = SILENT
) -> ExportSummary:
    """``JurorWorkspace.export`` reporting progress (the caller keeps other edits away meanwhile)."""
    progress.step(0, 1, "writing the score file")
    summary = workspace.export(out)
    progress.step(1, 1, "done")
    return summary
