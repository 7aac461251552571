"""Finding a team's identity in text, in bytes and in real PDFs (reportlab, read by pypdf)."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from imin_desktop.formats.identity import (
    IdentityMatch,
    IdentityTerm,
    find_identity,
    find_in_bytes,
    find_in_text,
)
from imin_desktop.formats.scrub import ScrubError

NAME = IdentityTerm("name", "Conceição Gião")
EMAIL = IdentityTerm("email", "conceicao.giao@ulscoimbra.example")
ORG = IdentityTerm("organisation", "ULS Coimbra")
TERMS = [NAME, EMAIL, ORG]


def pdf(*pages: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, pageCompression=1)
    for text in pages:
        for n, line in enumerate(text.split("\n")):
            canvas.drawString(72, 720 - 14 * n, line)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize(
    "text", ["Equipa: CONCEICAO GIAO", "Conceição\n  Gião", "conceição gião (lead)"],
    ids=["accents and case", "spread over lines", "lower case"],
)  # fmt: skip
def test_find_in_text_folds_accents_case_and_white_space(text: str) -> None:
    assert find_in_text(text, TERMS) == [NAME]


def test_find_in_text_skips_terms_too_short_to_mean_anything() -> None:
    assert find_in_text("a b c", [IdentityTerm("organisation", "B")]) == []


@pytest.mark.parametrize("codec", ["utf-8", "utf-16-be", "utf-16-le", "latin-1"])
def test_find_in_bytes_finds_a_name_in_each_common_encoding(codec: str) -> None:
    data = b"\x00garbage" + "Autor: Conceição Gião".encode(codec) + b"\xff"

    assert find_in_bytes(data, TERMS) == [NAME]


def test_find_identity_names_the_pdf_page_of_each_term() -> None:
    data = pdf("Remote triage", "Equipa / Team\nConceição Gião — ULS Coimbra",
               "Contact: conceicao.giao@ulscoimbra.example")  # fmt: skip

    found = find_identity(data, "application/pdf", TERMS)

    assert found == [IdentityMatch(NAME, 2), IdentityMatch(ORG, 2), IdentityMatch(EMAIL, 3)]


def test_find_identity_of_a_clean_pdf_is_empty() -> None:
    assert find_identity(pdf("Remote triage", "A partner health unit"), "application/pdf",
                         TERMS) == []  # fmt: skip


def test_find_identity_reads_a_text_file_and_its_bytes() -> None:
    data = "Team lead: Conceição Gião\r\nULS\tCoimbra".encode()

    assert find_identity(data, "text/plain", TERMS) == [
        IdentityMatch(NAME, None), IdentityMatch(ORG, None),
    ]  # fmt: skip


def test_find_identity_of_an_unreadable_pdf_raises_scrub_error() -> None:
    with pytest.raises(ScrubError):
        find_identity(b"%PDF-1.4 broken", "application/pdf", TERMS)
