"""Evaluation letters on a real event: one PDF per submission read back with pdftotext and
pypdf, letters.csv, languages, consensus comments, and never a juror's name or id."""

from __future__ import annotations

import csv
import hashlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from funding_factories import scored_event
from logistics_factories import LogisticsEvent
from sqlalchemy import select

from imin_desktop.domain.progress import Cancelled
from imin_desktop.models import Submission
from imin_desktop.services import consensus, decisions, funding, letters
from imin_desktop.services.jurors import list_jurors


@pytest.fixture
def event(tmp_path: Path) -> Iterator[LogisticsEvent]:
    ev = scored_event(tmp_path / "event")
    yield ev
    ev.db.dispose()


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    return " ".join(out.split())


def test_letters_one_pdf_per_submission_and_the_mail_merge_list(
    event: LogisticsEvent, tmp_path: Path
) -> None:
    done = letters.export_letters(event.db, tmp_path / "out", lang="en", actor="tester")

    with open(done.csv, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["submission"] for r in rows] == sorted(event.submission_ids)
    assert list(rows[0]) == ["submission", "email", "file", "sha256"]
    for row in rows:
        data = (tmp_path / "out" / row["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == row["sha256"]
        assert data.startswith(b"%PDF")
    by_id = {s.id: s for s in event.submissions}
    assert rows[0]["email"] == next(p.email for p in by_id[rows[0]["submission"]].team if p.email)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        [*(f"{s}.pdf" for s in event.submission_ids), "letters.csv"]
    )


def test_letters_show_scores_thresholds_comments_and_outcome(
    event: LogisticsEvent, tmp_path: Path
) -> None:
    consensus.set_consensus(event.db, "SUB-003", "excellence", "4", "Objetivos muito claros.")
    decisions.decide(event.db, "SUB-003", "winner", "Best value for patients.")
    letters.export_letters(event.db, tmp_path / "out", lang="en")

    text = pdf_text(tmp_path / "out" / "SUB-003.pdf")
    assert "Evaluation summary" in text and "SUB-003" in text
    assert "Shared care planning for chronic patients" in text
    assert "Excellence 1 4.00 3 met" in text
    assert "Agreed comment of the panel Objetivos muito claros." in text
    assert "Reviewer A:" in text and "Reviewer B:" in text  # impact has no consensus
    assert "Outcome Winner" in text and "Best value for patients." in text
    assert "Asking for a review of the procedure" in text


def test_letters_never_name_a_juror(event: LogisticsEvent, tmp_path: Path) -> None:
    jurors = list_jurors(event.db)
    decisions.decide(event.db, "SUB-001", "finalist",
                     f"Close call; {jurors[0].name} and {jurors[1].id} asked for a second read.")  # fmt: skip
    done = letters.export_letters(event.db, tmp_path / "out", lang="submission")

    identities = [i for j in jurors for i in (j.name, j.id, j.email) if i]
    assert len(done.files) == len(event.submission_ids)
    for f in done.files:
        path = tmp_path / "out" / f.file_name
        texts = [
            pdf_text(path),
            " ".join(
                " ".join((page.extract_text() or "").split())
                for page in pypdf.PdfReader(path).pages
            ),
        ]
        for text in texts:
            for identity in identities:
                assert identity.lower() not in text.lower(), (f.file_name, identity)
    assert "Close call; […] and […] asked for a second read." in pdf_text(
        tmp_path / "out" / "SUB-001.pdf")  # fmt: skip


def test_letters_in_portuguese_and_by_submission_language(
    event: LogisticsEvent, tmp_path: Path
) -> None:
    funding.apply_funding(event.db, funding.resolve_settings(event.db, budget=800_000), lang="pt")
    letters.export_letters(event.db, tmp_path / "pt", lang="pt")
    letters.export_letters(event.db, tmp_path / "mixed", lang="submission")

    pt = pdf_text(tmp_path / "pt" / "SUB-003.pdf")
    assert "Resultado da avaliação" in pt and "Avaliador A:" in pt and "receção" in pt
    assert (
        "Decisão Financiada" in pt and "Lista principal: acumulado de 144 000 € de 800 000 €." in pt
    )
    by_language = {s.id: s.language for s in event.submissions}
    for sub, language in by_language.items():
        text = pdf_text(tmp_path / "mixed" / f"{sub}.pdf")
        assert ("Resultado da avaliação" in text) == (language == "pt"), sub


def test_letters_cancelled_leave_the_folder_as_it_was(
    event: LogisticsEvent, tmp_path: Path
) -> None:
    class StopAfterThree:
        def step(self, done: int, total: int, message: str = "") -> None:
            if message.startswith("SUB-004"):
                raise Cancelled

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        letters.export_letters(event.db, out, progress=StopAfterThree())

    assert list(out.iterdir()) == []


@pytest.mark.parametrize("lang", ["en", "pt"])
def test_letter_page_renders_as_an_image(event: LogisticsEvent, tmp_path: Path, lang: str) -> None:
    consensus.set_consensus(event.db, "SUB-003", "excellence", "4",
                            "Objetivos muito claros e mensuráveis." if lang == "pt"
                            else "Clear, measurable objectives.")  # fmt: skip
    funding.apply_funding(event.db, funding.resolve_settings(event.db, budget=800_000), lang=lang)
    letters.export_letters(event.db, tmp_path / "out", lang=lang)

    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1",
                    str(tmp_path / "out" / "SUB-003.pdf"), str(tmp_path / "page")], check=True)  # fmt: skip
    page = next(tmp_path.glob("page*.png"))
    assert page.stat().st_size > 10_000  # a page with text on it (docs/images/letter-*.png)


def test_letters_print_hostile_text_literally(event: LogisticsEvent, tmp_path: Path) -> None:
    hostile = '<b>Bold</b> & <font size="40">big</font> =HYPERLINK("x")'
    with event.db.begin() as session:
        sub = session.scalars(select(Submission).where(Submission.key == "SUB-002")).one()
        sub.title = hostile
    decisions.decide(event.db, "SUB-002", "not_selected", "<br/>Too early & too small.")

    letters.export_letters(event.db, tmp_path / "out", lang="en")

    text = pdf_text(tmp_path / "out" / "SUB-002.pdf")
    assert hostile in text
    assert "<br/>Too early & too small." in text
