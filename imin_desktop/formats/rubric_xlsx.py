"""The rubric as a workbook, for coordinators who prefer a spreadsheet to JSON.

Sheets: ``criteria`` (one row per criterion), ``settings`` (name/value rows),
``levels`` (criterion, value, labels) and ``gates`` (key, labels). Reading builds an
``imin.rubric/1`` document and checks it through the same path as JSON rubrics.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from imin_desktop.domain.errors import InputError
from imin_desktop.domain.files import atomic_path
from imin_desktop.domain.rubric import Rubric
from imin_desktop.formats.base import xlsx_workbook_xml
from imin_desktop.formats.rubric_json import parse_rubric, rubric_document
from imin_desktop.formats.workbook import WorkbookLimits, open_sheet, open_workbook, sheet_rows

CRITERIA_COLUMNS = [
    "key", "label_en", "label_pt", "description_en", "description_pt",
    "weight", "min", "max", "step", "threshold", "comment_required",
]  # fmt: skip
SETTINGS = [
    "id", "title_en", "title_pt", "total", "overall_threshold", "threshold_basis",
    "disagreement_spread", "tie_break", "min", "max", "step",
]  # fmt: skip


def _lang(en: Any, pt: Any) -> Any:
    en = "" if en is None else str(en)
    pt = "" if pt is None else str(pt)
    if pt:
        return {"en": en, "pt": pt} if en else {"pt": pt}
    return en


def _split(text: Any) -> tuple[Any, Any]:
    if isinstance(text, dict):
        return text.get("en", ""), text.get("pt", "")
    return text or "", ""


def _num(value: Any, file: str, where: str) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise InputError(file, where, "expected a number, found true/false")
    try:
        number = float(value if isinstance(value, (int, float)) else str(value).replace(",", "."))
    except (ValueError, OverflowError):
        raise InputError(file, where, f"expected a number, found {value!r}"[:300]) from None
    if not math.isfinite(number):
        raise InputError(file, where, f"expected a number, found {value!r}")
    if isinstance(value, int):
        return value
    return int(number) if number.is_integer() else number


def _bool(value: Any, file: str, where: str) -> bool:
    if value is None or value == "":
        return False
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("yes", "true", "1", "sim", "y", "s", "x"):
        return True
    if text in ("no", "false", "0", "não", "nao", "n"):
        return False
    raise InputError(file, where, f"expected yes or no, found {value!r}")


#: A rubric workbook: at most 100 criteria, their levels and gates, and a few settings.
RUBRIC_WORKBOOK = WorkbookLimits(
    max_file=8 * 1024 * 1024,
    max_total=64 * 1024 * 1024,
    max_part=32 * 1024 * 1024,
    max_rows=20_001,
    max_cells=400_000,
    max_elements=1_600_000,
)
MAX_RUBRIC_COLUMNS = 32


def _table(book: Any, name: str, file: str, required: bool) -> list[dict[str, Any]]:
    sheet = open_sheet(book, name, file, RUBRIC_WORKBOOK) if name in book.sheetnames else None
    if sheet is None:
        if required:
            raise InputError(file, f"sheet {name!r}", "is missing")
        return []
    rows = list(sheet_rows(sheet, MAX_RUBRIC_COLUMNS))
    if not rows:
        return []
    header = [str(h).strip().lower() if h is not None else "" for h in rows[0]]
    out = []
    for number, row in enumerate(rows[1:], start=2):
        if all(v is None or v == "" for v in row):
            continue
        record = {h: row[i] for i, h in enumerate(header) if h and i < len(row)}
        record["__where__"] = f"sheet {name!r}, row {number}"
        out.append(record)
    return out


def read_rubric_xlsx(path: Path) -> Rubric:
    file = str(path)
    book = open_workbook(path, file, RUBRIC_WORKBOOK, data_only=True)
    try:
        settings = {
            str(r.get("name", "")).strip(): (r.get("value"), r["__where__"])
            for r in _table(book, "settings", file, True)
        }
        criteria_rows = _table(book, "criteria", file, True)
        level_rows = _table(book, "levels", file, False)
        gate_rows = _table(book, "gates", file, False)
    finally:
        book.close()

    def setting(name: str) -> Any:
        return settings.get(name, (None, ""))[0]

    def setting_num(name: str) -> Any:
        value, where = settings.get(name, (None, f"sheet 'settings', {name}"))
        return _num(value, file, f"{where} ({name})")

    doc: dict[str, Any] = {
        "format": "imin.rubric/1",
        "id": str(setting("id") or ""),
        "title": _lang(setting("title_en"), setting("title_pt")),
        "total": str(setting("total") or "weighted_sum"),
        "threshold_basis": str(setting("threshold_basis") or "total"),
        "criteria": [],
        "gates": [],
        "tie_break": [t.strip() for t in str(setting("tie_break") or "").split(",") if t.strip()],
    }
    if setting("min") is not None:
        doc["scale"] = {k: setting_num(k) for k in ("min", "max", "step")}
    for name in ("overall_threshold", "disagreement_spread"):
        if (value := setting_num(name)) is not None:
            doc[name] = value
    levels: dict[str, list[dict[str, Any]]] = {}
    for row in level_rows:
        key = str(row.get("criterion") or "")
        levels.setdefault(key, []).append(
            {
                "value": _num(row.get("value"), file, row["__where__"]),
                "label": _lang(row.get("label_en"), row.get("label_pt")),
            }
        )
    for row in criteria_rows:
        where = row["__where__"]
        weight = _num(row.get("weight"), file, f"{where}, weight")
        item: dict[str, Any] = {
            "key": str(row.get("key") or ""),
            "label": _lang(row.get("label_en"), row.get("label_pt")),
            "weight": 1 if weight is None else weight,  # an empty cell; 0 stays 0 and is refused
            "comment_required": _bool(
                row.get("comment_required"), file, f"{where}, comment_required"
            ),
        }
        description = _lang(row.get("description_en"), row.get("description_pt"))
        if description:
            item["description"] = description
        scale = {k: _num(row.get(k), file, f"{where}, {k}") for k in ("min", "max", "step")}
        if any(v is not None for v in scale.values()) and scale != doc.get("scale"):
            item["scale"] = {k: v for k, v in scale.items() if v is not None}
        if (threshold := _num(row.get("threshold"), file, f"{where}, threshold")) is not None:
            item["threshold"] = threshold
        item["levels"] = levels.pop(item["key"], [])
        doc["criteria"].append(item)
    if levels:
        raise InputError(
            file, "sheet 'levels'", f"levels for unknown criterion {sorted(levels)[0]!r}"
        )
    for row in gate_rows:
        doc["gates"].append(
            {
                "key": str(row.get("key") or ""),
                "label": _lang(row.get("label_en"), row.get("label_pt")),
            }
        )
    parsed = parse_rubric(doc, file)
    # Keep the document in the same normal form the JSON twin is written in.
    return parse_rubric(rubric_document(parsed), file)


def write_rubric_xlsx(rubric: Rubric, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "criteria"
    sheet.append(CRITERIA_COLUMNS)
    for c in rubric.criteria:
        label_en, label_pt = _split(c.label)
        desc_en, desc_pt = _split(c.description)
        sheet.append(
            [
                c.key, label_en, label_pt, desc_en, desc_pt, float(c.weight),
                float(c.scale.min), float(c.scale.max), float(c.scale.step),
                None if c.threshold is None else float(c.threshold),
                "yes" if c.comment_required else "no",
            ]
        )  # fmt: skip
    settings = book.create_sheet("settings")
    settings.append(["name", "value"])
    title_en, title_pt = _split(rubric.title)
    values: dict[str, Any] = {
        "id": rubric.id, "title_en": title_en, "title_pt": title_pt, "total": rubric.total,
        "overall_threshold": None if rubric.overall_threshold is None else float(rubric.overall_threshold),
        "threshold_basis": rubric.threshold_basis,
        "disagreement_spread": float(rubric.disagreement_spread),
        "tie_break": ", ".join(rubric.tie_break), "min": float(rubric.scale.min),
        "max": float(rubric.scale.max), "step": float(rubric.scale.step),
    }  # fmt: skip
    for name in SETTINGS:
        settings.append([name, values[name]])
    levels = book.create_sheet("levels")
    levels.append(["criterion", "value", "label_en", "label_pt"])
    for c in rubric.criteria:
        for level in c.levels:
            levels.append([c.key, float(level.value), *_split(level.label)])
    gates = book.create_sheet("gates")
    gates.append(["key", "label_en", "label_pt"])
    for g in rubric.gates:
        gates.append([g.key, *_split(g.label)])
    for ws in book.worksheets:
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
        for column in ws.columns:
            width = max(len(str(cell.value or "")) for cell in column)
            ws.column_dimensions[column[0].column_letter].width = min(max(10, width + 2), 60)
    for row in book["criteria"].iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                cell.data_type = "s"
    with atomic_path(path) as tmp:
        book.save(tmp)


class RubricXlsxFormat:
    name = "rubric (xlsx)"
    generic = False

    def detect(self, path: Path, head: bytes) -> bool:
        xml = xlsx_workbook_xml(path, head)
        return xml is not None and b'name="criteria"' in xml

    def validate(self, path: Path) -> str:
        rubric = read_rubric_xlsx(path)
        return f"rubric {rubric.id!r}: {len(rubric.criteria)} criteria, hash {rubric.hash}"


def read_rubric_file(path: Path) -> Rubric:
    """A rubric from ``.json`` or ``.xlsx``, chosen by the file's suffix."""
    from imin_desktop.formats.rubric_json import read_rubric_json

    if path.suffix.lower() == ".xlsx":
        return read_rubric_xlsx(path)
    if path.suffix.lower() == ".json":
        return read_rubric_json(path)
    raise InputError(str(path), "", "a rubric is a .json or .xlsx file")
