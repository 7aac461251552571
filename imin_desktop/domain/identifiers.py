"""Identifiers: 1–64 characters of ``[A-Za-z0-9._-]``."""

from __future__ import annotations

import re

IDENTIFIER = re.compile(r"[A-Za-z0-9._-]{1,64}")


def is_identifier(value: object) -> bool:
    return isinstance(value, str) and IDENTIFIER.fullmatch(value) is not None
