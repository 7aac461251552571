"""Kit passphrases: generated per juror, and the list a coordinator prints to hand them out.

A passphrase is shown once and written once, to the list; the event never stores it (a kit
opened with it holds the juror's copy of the submissions, which a lost laptop must not reveal).
"""

from __future__ import annotations

import csv
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from imin_desktop.domain.errors import InputError, RefusedError
from imin_desktop.services.kits import IssuedKit

# No 0/O, 1/l/I: a passphrase is read off paper and typed by hand.
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
GROUPS, GROUP_SIZE = 4, 4  # 16 characters, about 79 bits
HEADER = ("juror", "name", "kit", "passphrase")


@dataclass(frozen=True)
class PassphraseRow:
    juror_id: str
    juror_name: str
    kit_file: str
    passphrase: str


def new_passphrase() -> str:
    """A random passphrase like ``k7mq-2xpf-9hta-wd4e``."""
    return "-".join(
        "".join(secrets.choice(ALPHABET) for _ in range(GROUP_SIZE)) for _ in range(GROUPS)
    )


def new_passphrases(jurors: Iterable[str]) -> dict[str, str]:
    return {juror: new_passphrase() for juror in jurors}


def passphrase_rows(
    issued: Iterable[IssuedKit], passphrases: Mapping[str, str]
) -> list[PassphraseRow]:
    return [
        PassphraseRow(kit.juror_id, kit.juror_name, kit.path.name, passphrases[kit.juror_id])
        for kit in issued
        if kit.encrypted and kit.juror_id in passphrases
    ]


def write_passphrase_list(path: Path, rows: Iterable[PassphraseRow]) -> Path:
    """A CSV (UTF-8 with a byte-order mark, so spreadsheets show accents) to print or keep."""
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADER)
            for row in rows:
                writer.writerow([row.juror_id, row.juror_name, row.kit_file, row.passphrase])
    except OSError as exc:
        raise RefusedError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path


def read_passphrase_list(path: Path) -> list[PassphraseRow]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    if not rows or tuple(rows[0]) != HEADER:
        raise InputError(str(path), "row 1", "not a passphrase list (juror, name, kit, passphrase)")
    return [PassphraseRow(*row) for row in rows[1:] if len(row) == len(HEADER)]
