"""The rubric as JSON: ``imin.rubric/1``.

``parse_rubric`` is the single validation path: the xlsx form and kits build a
document and pass it through here, so every rubric in the program obeys one set of rules.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from imin_desktop.domain.canonical import canonical_json
from imin_desktop.domain.files import atomic_write_bytes
from imin_desktop.domain.rubric import (
    DEFAULT_DISAGREEMENT_SPREAD,
    Criterion,
    Gate,
    Level,
    Rubric,
    Scale,
    TieBreakKey,
)
from imin_desktop.formats.base import JsonLimits, Node, check_format, load_json, read_bytes

FORMAT = "imin.rubric"
MAJOR = 1
TOTALS = ("weighted_sum", "weighted_mean")
BASES = ("total", "unweighted_sum")
MAX_CRITERIA = 100
MAX_STEPS = 1000
RUBRIC_LIMITS = JsonLimits(max_bytes=1024 * 1024, max_values=100_000)
"""A rubric of 100 criteria with every level labelled in two languages is under 200 KB."""


def _scale(node: Node) -> Scale:
    node.obj()
    lo = node.require("min", Node.number)
    hi = node.require("max", Node.number)
    step = node.require("step", Node.number) if node.has("step") else Decimal(1)
    if hi <= lo:
        raise node.error(f"max ({hi}) must be greater than min ({lo})")
    if step <= 0:
        raise node.child("step").error("must be greater than 0")
    # Count the steps before testing the remainder: Decimal's ``%`` refuses a quotient
    # longer than its precision (a scale of 0–1e30 in steps of 1).
    if (hi - lo) / step > MAX_STEPS:
        raise node.child("step").error(f"more than {MAX_STEPS} values on the scale")
    if (hi - lo) % step != 0:
        raise node.child("step").error(f"{hi} − {lo} is not a whole number of steps of {step}")
    return Scale(lo, hi, step)


def _criterion(node: Node, default_scale: Scale) -> Criterion:
    node.obj()
    key = node.require("key", Node.identifier)
    scale = _scale(node.child("scale")) if node.has("scale") else default_scale
    weight = node.get("weight", Node.number, Decimal(1))
    if weight <= 0:
        raise node.child("weight").error("must be greater than 0")
    threshold = node.get("threshold", Node.number)
    if threshold is not None and not scale.contains(threshold):
        raise node.child("threshold").error(
            f"{threshold} is outside the scale {scale.min}–{scale.max}"
        )
    levels: list[Level] = []
    seen: set[Decimal] = set()
    for item in node.child("levels").items() if node.has("levels") else []:
        item.obj()
        value = item.require("value", Node.number)
        if (problem := scale.problem(value)) is not None:
            raise item.child("value").error(problem)
        if value in seen:
            raise item.child("value").error(f"a level for {value} is given twice")
        seen.add(value)
        levels.append(Level(value, item.require("label", Node.text)))
    return Criterion(
        key=key,
        label=node.get("label", Node.text, key),
        description=node.get("description", Node.text),
        weight=weight,
        scale=scale,
        threshold=threshold,
        comment_required=node.get("comment_required", Node.boolean, False),
        levels=tuple(sorted(levels, key=lambda lv: lv.value)),
    )


def _check_overall_threshold(
    node: Node, threshold: Decimal, criteria: list[Criterion], total: str, basis: str
) -> None:
    """Refuse an overall threshold no review could reach or miss: outside the range of
    the total (or of the unweighted sum of criterion scores) it applies to."""
    if basis == "unweighted_sum":
        lo = sum((c.scale.min for c in criteria), Decimal(0))
        hi = sum((c.scale.max for c in criteria), Decimal(0))
        what = "the unweighted sum of criterion scores"
    else:
        lo = sum((c.weight * c.scale.min for c in criteria), Decimal(0))
        hi = sum((c.weight * c.scale.max for c in criteria), Decimal(0))
        if total == "weighted_mean":
            weights = sum((c.weight for c in criteria), Decimal(0))
            lo, hi = lo / weights, hi / weights
        what = "the total"
    if not lo <= threshold <= hi:
        raise node.error(f"{threshold} is outside the range of {what}, {lo}–{hi}")


def parse_rubric(document: Any, file: str, location: str = "") -> Rubric:
    """Validate a rubric object and return it; ``document`` is kept for the rubric hash."""
    root = Node(file, location, document)
    check_format(root, FORMAT, MAJOR)
    scale = (
        _scale(root.child("scale"))
        if root.has("scale")
        else Scale(Decimal(0), Decimal(5), Decimal(1))
    )
    crit_nodes = root.require("criteria", Node.items)
    if not crit_nodes:
        raise root.child("criteria").error("a rubric needs at least one criterion")
    if len(crit_nodes) > MAX_CRITERIA:
        raise root.child("criteria").error(f"more than {MAX_CRITERIA} criteria")
    criteria = [_criterion(n, scale) for n in crit_nodes]
    keys = [c.key for c in criteria]
    for i, key in enumerate(keys):
        if key in keys[:i]:
            raise crit_nodes[i].child("key").error(f"criterion key {key!r} is used twice")
    gates: list[Gate] = []
    for g in root.child("gates").items() if root.has("gates") else []:
        g.obj()
        gkey = g.require("key", Node.identifier)
        if any(x.key == gkey for x in gates):
            raise g.child("key").error(f"gate key {gkey!r} is used twice")
        gates.append(Gate(gkey, g.get("label", Node.text, gkey)))
    total = root.get("total", Node.string, "weighted_sum")
    if total not in TOTALS:
        raise root.child("total").error(f"is {total!r}; expected one of {', '.join(TOTALS)}")
    basis = root.get("threshold_basis", Node.string, "total")
    if basis not in BASES:
        raise root.child("threshold_basis").error(
            f"is {basis!r}; expected one of {', '.join(BASES)}"
        )
    spread = root.get("disagreement_spread", Node.number, DEFAULT_DISAGREEMENT_SPREAD)
    if not 0 <= spread <= 1:
        raise root.child("disagreement_spread").error("must lie between 0 and 1")
    tie_break: list[str] = []
    for t in root.child("tie_break").items() if root.has("tie_break") else []:
        text = t.string(allow_empty=False)
        rule = TieBreakKey.parse(text)
        if rule.criterion is not None and rule.criterion not in keys:
            raise t.error(f"{text!r} is neither a criterion key nor field:NAME[:asc]")
        if rule.field is not None and not rule.field:
            raise t.error("field: needs a field name")
        tie_break.append(text)
    overall_threshold = root.get("overall_threshold", Node.number)
    if overall_threshold is not None:
        _check_overall_threshold(root.child("overall_threshold"), overall_threshold, criteria,
                                 total, basis)  # fmt: skip
    return Rubric(
        id=root.require("id", Node.identifier),
        title=root.get("title", Node.text, ""),
        scale=scale,
        criteria=tuple(criteria),
        total=total,
        overall_threshold=overall_threshold,
        threshold_basis=basis,
        disagreement_spread=spread,
        gates=tuple(gates),
        tie_break=tuple(tie_break),
        document=document,
    )


def rubric_document(rubric: Rubric) -> dict[str, Any]:
    """A complete ``imin.rubric/1`` object for a rubric built in the program."""

    def num(value: Decimal) -> int | float:
        return int(value) if value == value.to_integral_value() else float(value)

    def scale(s: Scale) -> dict[str, Any]:
        return {"min": num(s.min), "max": num(s.max), "step": num(s.step)}

    doc: dict[str, Any] = {
        "format": f"{FORMAT}/{MAJOR}",
        "id": rubric.id,
        "title": rubric.title,
        "scale": scale(rubric.scale),
        "total": rubric.total,
        "threshold_basis": rubric.threshold_basis,
        "disagreement_spread": num(rubric.disagreement_spread),
        "criteria": [],
        "gates": [{"key": g.key, "label": g.label} for g in rubric.gates],
        "tie_break": list(rubric.tie_break),
    }
    if rubric.overall_threshold is not None:
        doc["overall_threshold"] = num(rubric.overall_threshold)
    for c in rubric.criteria:
        item: dict[str, Any] = {"key": c.key, "label": c.label, "weight": num(c.weight)}
        if c.description is not None:
            item["description"] = c.description
        if c.scale != rubric.scale:
            item["scale"] = scale(c.scale)
        if c.threshold is not None:
            item["threshold"] = num(c.threshold)
        item["comment_required"] = c.comment_required
        item["levels"] = [{"value": num(lv.value), "label": lv.label} for lv in c.levels]
        doc["criteria"].append(item)
    return doc


def read_rubric_json(path: Path) -> Rubric:
    data = read_bytes(path, RUBRIC_LIMITS.max_bytes)
    return parse_rubric(load_json(data, str(path), RUBRIC_LIMITS), str(path))


def write_rubric_json(rubric: Rubric, path: Path) -> None:
    text = json.dumps(rubric.document or rubric_document(rubric), ensure_ascii=False, indent=2)
    atomic_write_bytes(path, text.encode("utf-8") + b"\n")


def rubric_bytes(rubric: Rubric) -> bytes:
    return canonical_json(rubric.document)


class RubricJsonFormat:
    name = "rubric (JSON)"
    generic = False

    def detect(self, path: Path, head: bytes) -> bool:
        return path.suffix.lower() == ".json" and b"imin.rubric" in head

    def validate(self, path: Path) -> str:
        rubric = read_rubric_json(path)
        return f"rubric {rubric.id!r}: {len(rubric.criteria)} criteria, hash {rubric.hash}"
