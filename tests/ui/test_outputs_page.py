"""Outputs: workbook and report written in the background, read back by openpyxl and pypdf;
the report previewed and printed to a PDF file through QPrinter."""

from __future__ import annotations

import openpyxl
from event_helpers import open_window, settle, show
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter


def test_outputs_page_exports_the_workbook(qtbot, demo_event, runner, settings, tmp_path):
    window = open_window(qtbot, demo_event, runner, settings)
    page = show(qtbot, window, "outputs")
    page.method_box.setCurrentIndex(page.method_box.findData("median"))
    target = tmp_path / "results.xlsx"
    with qtbot.waitSignal(page.output_written, timeout=120_000):
        page.export_workbook(target)
    settle(qtbot, window)
    book = openpyxl.load_workbook(target, read_only=True)
    assert len(book.sheetnames) >= 3
    texts = [str(c) for row in book[book.sheetnames[0]].iter_rows(values_only=True)
             for c in row if c is not None]  # fmt: skip
    assert any("median" in t.lower() or "mediana" in t.lower() for t in texts)
    assert "Written" in page.status.text()
    window.close()


def test_outputs_page_generates_previews_and_prints_the_report(qtbot, demo_event, runner,
                                                               settings, tmp_path):  # fmt: skip
    window = open_window(qtbot, demo_event, runner, settings)
    page = show(qtbot, window, "outputs")
    target = tmp_path / "report.pdf"
    with qtbot.waitSignal(page.preview_shown, timeout=180_000):
        page.generate_report(target)
    settle(qtbot, window)
    pages = len(PdfReader(target).pages)
    assert pages > 3
    preview = page.preview
    assert preview is not None and preview.isVisible()
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.document.pageCount() == pages
    assert page.print_button.isEnabled()

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printer_path := printed))
    printer.setResolution(150)
    assert page.print_to(printer) == pages
    reader = PdfReader(printer_path)
    assert len(reader.pages) == pages
    assert "1" in page.status.text() or str(pages) in page.status.text()

    printer.setFromTo(2, 3)  # a range from the print dialog
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    assert page.print_to(printer) == 2
    assert len(PdfReader(tmp_path / "range.pdf").pages) == 2
    window.close()


def test_outputs_page_exports_one_applicants_summary(qtbot, demo_event, runner, settings,
                                                     tmp_path):  # fmt: skip
    window = open_window(qtbot, demo_event, runner, settings)
    page = show(qtbot, window, "outputs")
    key = page.submission_box.itemData(0)
    target = tmp_path / "summary.pdf"
    with qtbot.waitSignal(page.preview_shown, timeout=180_000):
        page.generate_report(target, only=key)
    settle(qtbot, window)
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert key in text
    window.close()


def test_outputs_page_final_report_lists_what_is_missing_and_asks(qtbot, demo_event, runner,
                                                                  settings, tmp_path):  # fmt: skip
    window = open_window(qtbot, demo_event, runner, settings)
    page = show(qtbot, window, "outputs")
    page.final_radio.setChecked(True)
    asked: list[str] = []
    page.ask = lambda title, text: asked.append(text) and False
    page.generate_report(tmp_path / "refused.pdf")
    settle(qtbot, window)
    assert "still draft" in asked[0] and "without a decision" in asked[0]
    assert not (tmp_path / "refused.pdf").exists()
    page.ask = lambda title, text: True
    with qtbot.waitSignal(page.preview_shown, timeout=180_000):
        page.generate_report(tmp_path / "final.pdf")
    settle(qtbot, window)
    assert len(PdfReader(tmp_path / "final.pdf").pages) > 3
    window.close()


def test_outputs_page_writes_one_letter_per_submission(qtbot, demo_event, runner, settings,
                                                       tmp_path):  # fmt: skip
    window = open_window(qtbot, demo_event, runner, settings)
    page = show(qtbot, window, "outputs")
    page.letters_lang_box.setCurrentIndex(page.letters_lang_box.findData("pt"))
    with qtbot.waitSignal(page.output_written, timeout=180_000):
        page.export_letters(tmp_path / "letters")
    settle(qtbot, window)
    pdfs = sorted((tmp_path / "letters").glob("*.pdf"))
    assert len(pdfs) == window.ctx.info.submissions
    assert len(PdfReader(pdfs[0]).pages) >= 1
    assert (tmp_path / "letters" / "letters.csv").is_file()
    window.close()


def test_outputs_page_cancelled_report_leaves_no_file(qtbot, demo_event, runner, settings,
                                                      tmp_path):  # fmt: skip
    window = open_window(qtbot, demo_event, runner, settings)
    page = show(qtbot, window, "outputs")
    target = tmp_path / "cancelled.pdf"
    page.generate_report(target)
    assert page.task is not None
    page.task.cancel()  # what the progress dialog's Cancel does
    settle(qtbot, window)
    assert not target.exists()
    assert not list(tmp_path.glob("*.pdf*"))
    assert page.preview is None
    window.close()
