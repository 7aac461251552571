"""Factories for the jury logistics tests: events with submissions, jurors and assignments,
issued kits, score files, and plain dumps of what an event holds.

Everything is real: SQLite event files, submission packages and kits written as zips, score
files signed and written by the format's own writer (tests that need an independent writer
build one themselves). Submissions and jurors come from the event generator, so names carry
Portuguese accents; attachments are "neutral" by default (a small PDF-like file and the
generator's cover image, neither of which holds a team member's name), or the generator's
real pitch deck and cover with ``realistic=True``.
"""

from __future__ import annotations

import functools
import io
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from factories import event_file, package_zip, rubric_doc, write_json
from pg_cluster import Backend
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from imin_desktop.domain.review import ReviewEntry, ReviewStatus
from imin_desktop.formats.kit import Kit, open_kit
from imin_desktop.formats.scorefile import ScoreFile, write_score_file
from imin_desktop.generator import (
    GeneratedJuror,
    GeneratedSubmission,
    generate_jurors,
    generate_submissions,
    write_package_zip,
)
from imin_desktop.models.base import ExactDecimal
from imin_desktop.persistence.database import Database, open_database, url_for
from imin_desktop.services import assignments, jurors, kits, submissions
from imin_desktop.services.events import create_event

CREATED_AT = "2026-11-26T16:20:00Z"

# --- the rubric ------------------------------------------------------------------------------


@functools.cache
def mini_rubric_path() -> Path:
    """``factories.rubric_doc()`` written once: excellence (0–5 by 0.5, comment required),
    impact (weight 2), one gate ``eligible``. One path, so ``event_file`` caches its template."""
    return write_json(Path(tempfile.mkdtemp(prefix="imin-rubric-")) / "mini.json", rubric_doc())


# --- generated people and packages ----------------------------------------------------------


@functools.cache
def generated_submissions(
    count: int, seed: int, blind_variants: bool = False
) -> tuple[GeneratedSubmission, ...]:
    return tuple(generate_submissions(count, seed, blind_variants=blind_variants))


@functools.cache
def generated_jurors(count: int, seed: int) -> tuple[GeneratedJuror, ...]:
    return tuple(generate_jurors(count, seed))


@functools.cache
def small_pdf(text: str) -> bytes:
    """A real one-page PDF (reportlab) saying ``text``, with no metadata worth the name."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.drawString(72, 720, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def neutral_files(sub: GeneratedSubmission) -> dict[str, bytes]:
    """Attachments that hold no team member's name: a one-page PDF (and its blind variant,
    when the package has one) and the cover image."""
    cover = next(a for a in sub.attachments if a.media_type == "image/png")
    files = {
        "pitch.pdf": small_pdf(f"Pitch deck of {sub.id}"),
        cover.path: sub.attachment_bytes(cover),
    }
    for attachment in sub.attachments:
        if attachment.blind_path:
            files[attachment.blind_path] = small_pdf(f"Anonymised pitch deck of {sub.id}")
    return files


def write_submission_packages(
    folder: Path, subs: Sequence[GeneratedSubmission], *, realistic: bool = False
) -> list[Path]:
    paths = []
    for sub in subs:
        path = folder / f"{sub.id}.zip"
        if realistic:
            write_package_zip(sub, path)
        else:
            package_zip(path, sub.to_document(), neutral_files(sub))
        paths.append(path)
    return paths


# --- events -----------------------------------------------------------------------------------


@dataclass
class LogisticsEvent:
    """An event with generated submissions and jurors, on a real SQLite file (``path``) or a
    real PostgreSQL database (``path`` is then its URL; commands take either)."""

    folder: Path
    path: Any
    db: Database
    submissions: list[GeneratedSubmission]
    jurors: list[GeneratedJuror]
    kits: dict[str, Kit] = field(default_factory=dict)  # juror id -> the issued kit

    @property
    def submission_ids(self) -> list[str]:
        return [s.id for s in self.submissions]

    @property
    def juror_ids(self) -> list[str]:
        return [j.id for j in self.jurors]

    def assignments(self) -> dict[str, tuple[str, ...]]:
        return dict(assignments.show_design(self.db).assignments)

    def unassigned(self, juror: str) -> str:
        return next(s for s in self.submission_ids if s not in self.assignments()[juror])

    def issue_kits(self, out: Path | None = None) -> dict[str, Kit]:
        """Export every juror's kit and open them: juror id -> kit (its key signs score files)."""
        issued = kits.export_kits(self.db, out or self.folder / "kits", actor="tester")
        self.kits = {k.juror_id: open_kit(k.path).kit for k in issued}
        return self.kits


def make_event(
    folder: Path,
    *,
    submissions_count: int = 8,
    jurors_count: int = 4,
    per_submission: int | None = 2,
    seed: int = 7,
    blind: bool = False,
    identifying_fields: Sequence[str] = (),
    conflicts: Iterable[tuple[str, str]] = (),
    realistic: bool = False,
    blind_variants: bool | None = None,
    target: str | None = None,
) -> LogisticsEvent:
    """Create an event with the mini rubric, import generated submissions, add generated
    jurors, declare ``conflicts`` and (unless ``per_submission`` is None) assign.
    ``target`` is a database URL to create it in instead of ``folder/event.imin``.

    The submissions of a blind event come ready for it (``blind_variants``, by default
    ``blind``): summaries without organisations, pitch decks with an anonymised copy."""
    folder.mkdir(parents=True, exist_ok=True)
    path: Any = target or folder / "event.imin"
    if blind or identifying_fields or target:
        create_event(path, "Desafio Saúde 2026", mini_rubric_path(), blind=blind,
                     identifying_fields=list(identifying_fields), actor="tester").dispose()  # fmt: skip
    else:
        event_file(folder, path.name, mini_rubric_path())
    db = open_database(path)
    variants = blind if blind_variants is None else blind_variants
    subs = list(generated_submissions(submissions_count, seed, variants))
    people = list(generated_jurors(jurors_count, seed))
    packages = write_submission_packages(folder / "packages", subs, realistic=realistic)
    submissions.import_submissions(db, packages, actor="tester")
    for person in people:
        jurors.add_juror(db, person.id, person.name, person.email, actor="tester")
    for juror, sub in conflicts:
        jurors.add_conflict(db, juror, sub, actor="tester")
    if per_submission is not None:
        assignments.auto_assign(db, per_submission, seed=seed, actor="tester")
    return LogisticsEvent(folder, path, db, subs, people)


_PREPARED: dict[str, LogisticsEvent] = {}


def copy_event_file(source: Path, target: Path) -> Path:
    """A consistent copy of an event file (SQLite's backup API, WAL included)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dest:
        src.backup(dest)
    src.close()
    dest.close()
    return target


def prepared_event(
    folder: Path, *, issue_kits: bool = False, backend: Backend | None = None, **params: Any
) -> LogisticsEvent:
    """``make_event(**params)`` (and its kits) built once per set of parameters, then copied
    into ``folder``: a private event file and kit folder for each test, in milliseconds.
    On a PostgreSQL ``backend`` the original is a template database, copied per test."""
    server = backend.server if backend is not None else None
    key = repr((issue_kits, server.port if server else None, sorted(params.items())))
    if key not in _PREPARED:
        target = server.url(server.new_database()) if server else None
        original = make_event(Path(tempfile.mkdtemp(prefix="imin-prepared-")) / "event",
                              target=target, **params)  # fmt: skip
        if issue_kits:
            original.issue_kits()
        original.db.dispose()
        _PREPARED[key] = original
    original = _PREPARED[key]
    path: Any
    if backend is not None and server is not None:
        path = backend.new_url(template=make_url(original.path).database)
    else:
        path = copy_event_file(original.path, folder / "event.imin")
    if (original.folder / "kits").is_dir():
        shutil.copytree(original.folder / "kits", folder / "kits")
    prepared = LogisticsEvent(folder, path, open_database(path), list(original.submissions),
                              list(original.jurors), dict(original.kits))  # fmt: skip
    if backend is not None:
        backend.closers.append(prepared.db.dispose)
    return prepared


# --- reviews and score files --------------------------------------------------------------------


def complete_entry(
    submission_id: str,
    status: ReviewStatus = "final",
    *,
    excellence: str = "4.5",
    impact: str = "3",
    comment: str = "Equipa sólida; preço pouco claro.",
    updated_at: str = "2026-11-26T16:18:03Z",
) -> ReviewEntry:
    """A review that satisfies the mini rubric completely."""
    return ReviewEntry(
        submission_id=submission_id,
        status=status,
        scores={"excellence": Decimal(excellence), "impact": Decimal(impact)},
        gates={"eligible": True},
        comment=comment,
        criterion_comments={"excellence": "Objetivos claros e pertinentes."},
        updated_at=updated_at,
    )


def conflict_entry(submission_id: str) -> ReviewEntry:
    return ReviewEntry(submission_id=submission_id, status="draft", conflict=True,
                       updated_at="2026-11-26T16:18:03Z")  # fmt: skip


def write_scores(
    kit: Kit,
    entries: Sequence[ReviewEntry],
    sequence: int,
    folder: Path,
    *,
    name: str | None = None,
    created_at: str = CREATED_AT,
) -> Path:
    """A score file signed with the kit's key by the program's own writer."""
    path = folder / (name or f"{kit.juror_id}-{sequence:03d}.iminscore")
    sf = ScoreFile(
        event_id=kit.event_id,
        kit_id=kit.kit_id,
        juror_id=kit.juror_id,
        rubric_hash=kit.rubric_hash,
        sequence=sequence,
        created_at=created_at,
        reviews=tuple(entries),
    )
    write_score_file(sf, kit.key, path)
    return path


# --- what an event holds ------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A value as SQLite's own driver reads it, whichever database it came from: exact
    decimals as their text, booleans as 0/1."""
    if isinstance(value, Decimal):
        return ExactDecimal().process_bind_param(value, _SQLITE)
    if isinstance(value, bool):
        return int(value)
    return value


_SQLITE = create_engine("sqlite://").dialect


def _rows(path: Any, sql: str) -> list[tuple[Any, ...]]:
    engine = create_engine(url_for(path))
    try:
        with engine.connect() as conn:
            rows = [tuple(_plain(v) for v in row) for row in conn.execute(text(sql))]
    finally:
        engine.dispose()
    return sorted(rows, key=repr)


def merged_content(path: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Reviews, scores, gate answers, conflicts and kept score files by their natural keys,
    without row ids, timestamps or the audit trail (what merging must make order-free)."""
    return {
        "reviews": _rows(
            path,
            """
            SELECT j.key, s.key, r.status, r.is_conflict, r.comment, f.sha256
            FROM reviews r JOIN jurors j ON j.id = r.juror_id
            JOIN submissions s ON s.id = r.submission_id
            LEFT JOIN score_files f ON f.id = r.score_file_id""",
        ),
        "scores": _rows(
            path,
            """
            SELECT j.key, s.key, c.key, sc.value, sc.comment
            FROM scores sc JOIN reviews r ON r.id = sc.review_id
            JOIN jurors j ON j.id = r.juror_id JOIN submissions s ON s.id = r.submission_id
            JOIN criteria c ON c.id = sc.criterion_id""",
        ),
        "gates": _rows(
            path,
            """
            SELECT j.key, s.key, g.key, a.answer
            FROM gate_answers a JOIN reviews r ON r.id = a.review_id
            JOIN jurors j ON j.id = r.juror_id JOIN submissions s ON s.id = r.submission_id
            JOIN gates g ON g.id = a.gate_id""",
        ),
        "conflicts": _rows(
            path,
            """
            SELECT j.key, s.key, c.source FROM conflicts c
            JOIN jurors j ON j.id = c.juror_id JOIN submissions s ON s.id = c.submission_id""",
        ),
        "score_files": _rows(
            path,
            """
            SELECT j.key, f.sha256, f.sequence, f.kind, f.is_current
            FROM score_files f JOIN jurors j ON j.id = f.juror_id""",
        ),
    }


def zip_members(data: bytes) -> dict[str, bytes]:
    """Every member of a zip, decompressed."""
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


# --- score sheets ---------------------------------------------------------------------------------

SHEET_FIELDS = {"score": "scores.{}", "criterion_comment": "criterion_comments.{}",
                "gate": "gates.{}"}  # fmt: skip


def sheet_cells(path: Path) -> dict[tuple[str, str], str]:
    """(submission id, field) -> cell (``D13``), from the hidden sheet's layout rows
    (docs/formats-scoresheet.md): ``column`` rows name each column's role and key,
    ``submission`` rows each submission's row."""
    wb = openpyxl.load_workbook(path)
    keys: dict[str, list[tuple[Any, ...]]] = {}
    for row in wb["imin"].iter_rows(values_only=True, max_col=8):
        if row[0] is not None:
            keys.setdefault(str(row[0]), []).append(row[1:])
    wb.close()
    letters = {SHEET_FIELDS.get(role, role).format(key): letter
               for letter, role, key, *_ in keys["column"]}  # fmt: skip
    return {
        (sid, fld): f"{letter}{row}"
        for sid, row, *_ in keys["submission"]
        for fld, letter in letters.items()
    }


def fill_sheet(path: Path, values: Mapping[tuple[str, str], Any], sheet: str = "Scores") -> None:
    """Type values into a score sheet with openpyxl, as a juror would in a spreadsheet."""
    cells = sheet_cells(path)
    wb = openpyxl.load_workbook(path)
    for key, value in values.items():
        wb[sheet][cells[key]] = value
    wb.save(path)
