"""Acceptance: a blind kit holds no team identity anywhere.

Every file inside every kit of a blind event — plain and encrypted kits, opened with the
kit reader — is searched byte by byte and, for attachments, through the text ``pypdf``
extracts, for every team member's name, e-mail and organisation and every identifying
field. The search here is written independently of the program's own check.
"""

from __future__ import annotations

import functools
import io
import json
import re
import unicodedata
from pathlib import Path

from logistics_factories import LogisticsEvent, prepared_event, zip_members
from pypdf import PdfReader

from imin_desktop.formats.archive import unseal
from imin_desktop.formats.kit import MAGIC, OpenedKit, kit_document, open_kit
from imin_desktop.services import kits

PASSPHRASE = "cavalo correto bateria agrafo"


def fold(text: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", plain.casefold()).strip()


def identities(event: LogisticsEvent) -> set[str]:
    found = set()
    for sub in event.submissions:
        for person in sub.team:
            found |= {person.name, person.email, person.organisation}
        found.add(str(sub.fields["website"]))
    return found


def byte_forms(text: str) -> set[bytes]:
    forms = set()
    for variant in (text, fold(text), unicodedata.normalize("NFD", text)):
        forms |= {variant.lower().encode("utf-8"), variant.lower().encode("utf-16-be"),
                  json.dumps(variant.lower()).strip('"').encode("ascii")}  # fmt: skip
    return forms


def files_of(path: Path, opened: OpenedKit) -> dict[str, bytes]:
    """The kit file itself, every member of its zip (decrypted first), and every attachment
    as the kit reader hands it out."""
    raw = path.read_bytes()
    container = unseal(raw, PASSPHRASE, MAGIC, str(path), "kit") if opened.encrypted else raw
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
    files = files_of(path, opened)
    found = [
        (name, term)
        for name, data in files.items()
        for term in terms
        if any(form in data.lower() for form in byte_forms(term))
    ]
    found += [
        (name, term)
        for name, text in texts_of(opened, files).items()
        for term in terms
        if fold(term) in fold(text)
    ]
    return sorted(found)


def test_blind_kits_plain_and_encrypted_hold_no_team_identity_in_bytes_or_text(
    tmp_path: Path,
) -> None:
    event = prepared_event(tmp_path, submissions_count=6, jurors_count=3, per_submission=2,
                           blind=True, realistic=True, identifying_fields=["website"])  # fmt: skip
    terms = identities(event)

    plain = kits.export_kits(event.db, tmp_path / "plain")
    sealed = kits.export_kits(event.db, tmp_path / "sealed", passphrase=PASSPHRASE)

    assert len(plain) == len(sealed) == 3
    opened = [(k.path, open_kit(k.path)) for k in plain]
    opened += [(k.path, open_kit(k.path, PASSPHRASE)) for k in sealed]
    assert sum(len(o.kit.submissions) for _, o in opened) == 2 * 6 * 2
    assert [(p.name, hits(p, o, terms)) for p, o in opened] == [(p.name, []) for p, _ in opened]


def test_identity_search_finds_the_team_in_the_same_event_when_it_is_not_blind(
    tmp_path: Path,
) -> None:
    event = prepared_event(tmp_path, submissions_count=4, jurors_count=2, per_submission=2,
                           realistic=True)  # fmt: skip

    [issued, *_] = kits.export_kits(event.db, tmp_path / "kits")

    opened = open_kit(issued.path)
    found = hits(issued.path, opened, identities(event))
    names = {p.name for s in event.submissions for p in s.team if s.id in
             {k.id for k in opened.kit.submissions}}  # fmt: skip
    assert names <= {term for _, term in found}
    assert any(" p1" in where for where, _ in found)  # the deck's team page, through pypdf
