"""All file formats, registered most specific first, for ``imin validate``."""

from __future__ import annotations

from pathlib import Path

from imin_desktop.formats import base


def load_formats() -> list[base.FileFormat]:
    # Imported for their registration; the order decides which format claims a file first.
    from imin_desktop.formats import (  # noqa: F401
        package,
        rubric_json,
        rubric_xlsx,
    )

    return base.REGISTRY


def detect(path: Path) -> base.FileFormat | None:
    load_formats()
    return base.detect_format(path)
