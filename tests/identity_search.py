"""An identity search over kits, written independently of the program's own check.

Every file inside a kit — the kit file, every member of its zip (decrypted first for an
encrypted kit), every attachment as the kit reader hands it out — is searched byte by byte
(UTF-8, UTF-16, JSON-escaped; ASCII case ignored) and through its text (``kit.json``, each
PDF page as ``pypdf`` extracts it; accents, case and white space folded).
"""

from __future__ import annotations

import functools
import io
import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from logistics_factories import zip_members
from pypdf import PdfReader

from imin_desktop.formats.archive import unseal
from imin_desktop.formats.kit import MAGIC, OpenedKit, kit_document
from imin_desktop.generator import GeneratedSubmission

PASSPHRASE = "cavalo correto bateria agrafo"


def fold(text: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", plain.casefold()).strip()


def identities(subs: Iterable[GeneratedSubmission]) -> set[str]:
    """Every team member's name, e-mail and organisation, and every website."""
    found = set()
    for sub in subs:
        for person in sub.team:
            found |= {person.name, person.email, person.organisation}
        found.add(str(sub.fields["website"]))
    return found


@functools.cache
def byte_forms(text: str) -> frozenset[bytes]:
    forms = set()
    for variant in (text, fold(text), unicodedata.normalize("NFD", text)):
        forms |= {variant.lower().encode("utf-8"), variant.lower().encode("utf-16-be"),
                  json.dumps(variant.lower()).strip('"').encode("ascii")}  # fmt: skip
    return frozenset(forms)


def files_of(path: Path, opened: OpenedKit, passphrase: str = PASSPHRASE) -> dict[str, bytes]:
    """The kit file itself, every member of its zip (decrypted first), and every attachment
    as the kit reader hands it out."""
    raw = path.read_bytes()
    container = unseal(raw, passphrase, MAGIC, str(path), "kit") if opened.encrypted else raw
    files = {path.name: raw} | {f"zip:{n}": d for n, d in zip_members(container).items()}
    for sub in opened.kit.submissions:
        for att in sub.attachments:
            files[f"{sub.id}/{att.path}"] = opened.read_attachment(att.sha256)
    return files


@functools.cache
def pdf_pages(data: bytes) -> tuple[str, ...]:
    """The text of each page as pypdf extracts it (the same file is in several kits)."""
    return tuple(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def texts_of(opened: OpenedKit, files: dict[str, bytes]) -> dict[str, str]:
    texts = {"kit.json": json.dumps(kit_document(opened.kit), ensure_ascii=False, default=str)}
    for sub in opened.kit.submissions:
        for att in sub.attachments:
            data = files[f"{sub.id}/{att.path}"]
            if att.media_type == "application/pdf":
                texts |= {f"{sub.id}/{att.path} p{n}": text
                          for n, text in enumerate(pdf_pages(data), start=1)}  # fmt: skip
            else:
                texts[f"{sub.id}/{att.path}"] = data.decode("utf-8", errors="replace")
    return texts


def hits(path: Path, opened: OpenedKit, terms: set[str]) -> list[tuple[str, str]]:
    """(file, term) for every term found in a file's bytes or text."""
    files = files_of(path, opened)
    forms = {term: byte_forms(term) for term in terms}
    folded = {term: fold(term) for term in terms}
    found = []
    for name, data in files.items():
        lowered = data.lower()
        found += [(name, term) for term in terms if any(f in lowered for f in forms[term])]
    for name, text in texts_of(opened, files).items():
        haystack = fold(text)
        found += [(name, term) for term in terms if folded[term] in haystack]
    return sorted(found)
