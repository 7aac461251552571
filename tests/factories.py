"""Factories for tests: submission packages, batches, listings, rubrics and events from dicts.

Everything is written as real files by the real libraries (``zipfile``, ``csv``, ``openpyxl``)
so that the readers under test see exactly what a coordinator's disk would hold.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from imin_desktop.domain.resources import resource
from imin_desktop.persistence.database import Database, open_database
from imin_desktop.services.events import create_event

SHIPPED_RUBRICS = ("health-innovation", "innovation-action-weighted")

Members = Mapping[str | zipfile.ZipInfo, bytes]


# --- rubrics -------------------------------------------------------------------------------


def shipped_rubric_path(name: str = "health-innovation", suffix: str = "json") -> Path:
    return Path(str(resource("rubrics", f"{name}.{suffix}")))


def shipped_rubric_doc(name: str = "health-innovation") -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(shipped_rubric_path(name).read_text(encoding="utf-8"))
    return doc


def rubric_doc(**overrides: Any) -> dict[str, Any]:
    """A small valid ``imin.rubric/1`` object: two criteria on 0–5 in steps of 0.5, one gate."""
    doc: dict[str, Any] = {
        "format": "imin.rubric/1",
        "id": "mini",
        "title": {"en": "Mini rubric", "pt": "Grelha mínima"},
        "scale": {"min": 0, "max": 5, "step": 0.5},
        "total": "weighted_sum",
        "criteria": [
            {
                "key": "excellence",
                "label": {"en": "Excellence", "pt": "Excelência"},
                "weight": 1,
                "threshold": 3,
                "comment_required": True,
                "levels": [{"value": 0, "label": "Fails"}, {"value": 5, "label": "Excellent"}],
            },
            {"key": "impact", "label": "Impact", "weight": 2},
        ],
        "gates": [{"key": "eligible", "label": "Eligible"}],
        "tie_break": ["impact", "field:trl:asc"],
    }
    doc.update(copy.deepcopy(overrides))
    return doc


def write_json(path: Path, value: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


# --- submission packages -------------------------------------------------------------------


def submission_doc(sub_id: str = "SUB-001", **overrides: Any) -> dict[str, Any]:
    """A valid ``imin.submission/1`` object with one attachment, ``pitch.pdf``."""
    doc: dict[str, Any] = {
        "format": "imin.submission/1",
        "id": sub_id,
        "title": f"Remote triage {sub_id}",
        "track": "Startups",
        "summary": "Triage for rural health centres.",
        "team": [{"name": "Ana Sousa", "email": "ana@example.pt", "organisation": "Saúde Lda"}],
        "fields": {"trl": 5, "website": "https://example.pt"},
        "attachments": [{"path": "pitch.pdf", "title": "Pitch deck"}],
    }
    doc.update(copy.deepcopy(overrides))
    return doc


def default_files(sub_id: str = "SUB-001") -> dict[str, bytes]:
    return {"pitch.pdf": b"%PDF-1.4 pitch of " + sub_id.encode()}


def zip_bytes(members: Members, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip holding ``members`` (a name or a prepared ``ZipInfo`` -> content), in order."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as zf:
        for name, data in members.items():
            if isinstance(name, zipfile.ZipInfo):
                name.compress_type = method
            zf.writestr(name, data)
    return buffer.getvalue()


def manifest_bytes(doc: Any) -> bytes:
    return doc if isinstance(doc, bytes) else json.dumps(doc, ensure_ascii=False).encode("utf-8")


def package_members(
    doc: Any = None, files: Mapping[str, bytes] | None = None, prefix: str = ""
) -> dict[str | zipfile.ZipInfo, bytes]:
    """The members of one package: ``submission.json`` (a dict, or raw bytes) and its files."""
    doc = submission_doc() if doc is None else doc
    if files is None:
        files = default_files(doc["id"]) if isinstance(doc, dict) and "id" in doc else {}
    members: dict[str | zipfile.ZipInfo, bytes] = {prefix + "submission.json": manifest_bytes(doc)}
    members.update({prefix + name: data for name, data in files.items()})
    return members


def package_zip(
    path: Path,
    doc: Any = None,
    files: Mapping[str, bytes] | None = None,
    *,
    extra: Members | None = None,
    method: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """Write one package zip; ``extra`` adds raw members (hostile ones, say) after the rest."""
    members = package_members(doc, files)
    members.update(extra or {})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(zip_bytes(members, method))
    return path


def package_folder(path: Path, doc: Any = None, files: Mapping[str, bytes] | None = None) -> Path:
    """Write one package unpacked into the folder ``path``."""
    for name, data in package_members(doc, files).items():
        assert isinstance(name, str)
        target = path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return path


def batch_zip_of_zips(path: Path, packages: Mapping[str, bytes]) -> Path:
    """A batch: a zip whose members are package zips (``name.zip`` -> zip bytes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(zip_bytes(dict(packages), zipfile.ZIP_STORED))
    return path


def batch_zip_of_folders(
    path: Path, packages: Mapping[str, tuple[Any, Mapping[str, bytes] | None]]
) -> Path:
    """A batch: a zip with one unpacked package per folder (``folder`` -> (doc, files))."""
    members: dict[str | zipfile.ZipInfo, bytes] = {}
    for folder, (doc, files) in packages.items():
        members.update(package_members(doc, files, prefix=folder.rstrip("/") + "/"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(zip_bytes(members))
    return path


def symlink_member(name: str, target: str = "/etc/passwd") -> tuple[zipfile.ZipInfo, bytes]:
    """A zip member that a Unix unzip would create as a symbolic link to ``target``."""
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = 0o120777 << 16
    return info, target.encode()


def regular_member(name: str) -> zipfile.ZipInfo:
    """A regular-file member whose name is written verbatim (``zipfile`` would clean ``../``)."""
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = 0o100644 << 16
    return info


# --- listings ------------------------------------------------------------------------------


def listing_csv(
    path: Path, rows: Sequence[Mapping[str, Any]], files: Mapping[str, bytes] | None = None
) -> Path:
    """A ``.csv`` listing (header from the first row's keys) and its files beside it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_files(path.parent, files)
    header = list(rows[0]) if rows else ["id", "title"]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
    return path


def listing_xlsx(
    path: Path, rows: Sequence[Mapping[str, Any]], files: Mapping[str, bytes] | None = None
) -> Path:
    """An ``.xlsx`` listing on the first sheet, written with openpyxl."""
    import openpyxl

    path.parent.mkdir(parents=True, exist_ok=True)
    _write_files(path.parent, files)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    header = list(rows[0]) if rows else ["id", "title"]
    sheet.append(header)
    for row in rows:
        sheet.append([row.get(h) for h in header])
    book.save(path)
    return path


def _write_files(folder: Path, files: Mapping[str, bytes] | None) -> None:
    for name, data in (files or {}).items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


# --- events --------------------------------------------------------------------------------


_TEMPLATES: dict[str, Path] = {}


def event_file(folder: Path, name: str = "event.imin", rubric: Path | None = None) -> Path:
    """A real, freshly created SQLite event file (title "Summit", the shipped default rubric).

    Creating an event runs the migrations (~0.3 s), so the first call per rubric creates a
    template with ``create_event`` and later calls copy it; tests about creation itself call
    ``create_event`` directly.
    """
    rubric = rubric or shipped_rubric_path()
    if str(rubric) not in _TEMPLATES:
        template = Path(tempfile.mkdtemp(prefix="imin-template-")) / "template.imin"
        create_event(template, "Summit", rubric, actor="tester").dispose()
        _TEMPLATES[str(rubric)] = template
    target = folder / name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_TEMPLATES[str(rubric)], target)
    return target


def new_event(folder: Path, name: str = "event.imin", rubric: Path | None = None) -> Database:
    """An open event on a real SQLite file in ``folder`` (see ``event_file``)."""
    return open_database(event_file(folder, name, rubric))


def iterdump(path: Path | str) -> list[str]:
    """The event's whole content as SQL text (``sqlite3``'s own dump), independent of pages
    and journal state: equal dumps mean an unchanged event. For a database URL, every row of
    every table in key order, as text."""
    if isinstance(path, str) and "://" in path:
        return _dump_url(path)
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _dump_url(url: str) -> list[str]:
    from sqlalchemy import MetaData, create_engine, select

    engine = create_engine(url)
    try:
        meta = MetaData()
        meta.reflect(engine)
        lines: list[str] = []
        with engine.connect() as conn:
            for table in meta.sorted_tables:
                order = list(table.primary_key.columns) or list(table.columns)
                for row in conn.execute(select(table).order_by(*order)):
                    lines.append(f"{table.name}: {tuple(row)!r}")
        return lines
    finally:
        engine.dispose()
