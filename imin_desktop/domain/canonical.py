"""Canonical JSON and hashes, exactly as the formats specification defines them."""

from __future__ import annotations

import hashlib
import json
import math
from decimal import Decimal
from typing import Any

_UNCHANGED = (str, bool, int, type(None))


def _normalise(value: Any) -> Any:
    kind = type(value)
    if kind in _UNCHANGED:
        return value
    if kind is dict:
        return {str(k): v if type(v) in _UNCHANGED else _normalise(v) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [v if type(v) in _UNCHANGED else _normalise(v) for v in value]
    return _normalise_other(value)


def _normalise_other(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, Decimal):
        value = float(value) if value != value.to_integral_value() else int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("canonical JSON has no representation for NaN or infinity")
        if value.is_integer():
            return int(value)
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, dict):
        return {str(k): _normalise(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_normalise(v) for v in value]
    raise TypeError(f"cannot write {type(value).__name__} as canonical JSON")


def canonical_json(obj: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8, whole numbers as integers, others in shortest repr."""
    return json.dumps(
        _normalise(obj), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def content_hash(obj: Any) -> str:
    """``sha256:`` + hex digest of the object's canonical JSON."""
    return "sha256:" + sha256_hex(canonical_json(obj))
