"""Every file format the program reads, in one ordered list (tablib's ``register_builtins``).

``FORMATS`` is the whole list: nothing registers itself when its module is imported, so a
fresh process (``imin validate`` run on its own) knows exactly the formats a long-running one
knows. Detection asks the formats in this order and the first that claims a file reads it:

1. juror kit (``*.iminkit``, or a file starting ``IMINKIT-ENCRYPTED/1``: a sealed kit)
2. score file (``*.iminscore``, or ``*.json`` naming ``imin.scores/``)
3. score sheet (an ``.xlsx`` whose workbook has the hidden ``imin`` sheet)
4. rubric as JSON (``*.json`` naming ``imin.rubric``)
5. rubric as a workbook (``.xlsx`` with ``criteria`` and ``settings`` sheets)
6. consensus sheet (``.csv``/``.xlsx`` whose header has ``submission``, ``criterion``, ``score``)
7. juror list (``.csv``/``.xlsx`` whose header has ``id`` and ``name`` but no ``title``)
8. submission listing (any other ``.csv``/``.xlsx``)
9. submission package (any zip or folder)

Specific formats (a suffix of their own, a magic line, a marker inside) come first; the
generic ones that claim whatever is left of a kind come last, listing before package so a
workbook is never taken for a zip package.
"""

from __future__ import annotations

from pathlib import Path

from imin_desktop.formats.base import FileFormat
from imin_desktop.formats.consensus import ConsensusSheetFormat
from imin_desktop.formats.jurors import JurorListFormat
from imin_desktop.formats.kit import KitFormat
from imin_desktop.formats.package import ListingFormat, PackageFormat
from imin_desktop.formats.rubric_json import RubricJsonFormat
from imin_desktop.formats.rubric_xlsx import RubricXlsxFormat
from imin_desktop.formats.scorefile import ScoreFileFormat
from imin_desktop.formats.scoresheet import ScoreSheetFormat

FORMATS: tuple[FileFormat, ...] = (
    KitFormat(),
    ScoreFileFormat(),
    ScoreSheetFormat(),
    RubricJsonFormat(),
    RubricXlsxFormat(),
    ConsensusSheetFormat(),
    JurorListFormat(),
    ListingFormat(),
    PackageFormat(),
)

HEAD_BYTES = 4096


def detect(path: Path) -> FileFormat | None:
    """The first format of ``FORMATS`` that claims ``path``, or None."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
    except (IsADirectoryError, PermissionError):
        head = b""
    except OSError:
        return None
    for fmt in FORMATS:
        if fmt.detect(path, head):
            return fmt
    return None
