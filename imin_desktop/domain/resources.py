"""Where the shipped resources (rubrics, icons, translations, demo data) are read from."""

from __future__ import annotations

import importlib.resources
from importlib.abc import Traversable
from pathlib import Path


def resources() -> Traversable:
    """The ``resources/`` folder: packaged as ``imin_desktop.resources`` in a wheel,
    or the source tree's top-level folder in a development checkout."""
    try:
        return importlib.resources.files("imin_desktop.resources")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Traversable:
    node = resources()
    for part in parts:
        node = node / part
    return node
