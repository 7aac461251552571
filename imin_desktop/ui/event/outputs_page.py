"""Outputs: the workbook, the decision report and an applicant's summary, made in the
background with progress and cancel; the report previewed in the window and printed.

The files are written by ``services.exports`` and ``services.report`` (the same code as
``imin export xlsx`` and ``imin report pdf``). A final report while something is missing shows
the list and asks first. In a read-only window everything here still works: it writes files
beside the event, never into it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.formats.kit import KitAttachment
from imin_desktop.ui.common.attachments import PdfPage
from imin_desktop.ui.common.i18n import language
from imin_desktop.ui.common.tasks import TaskHandle
from imin_desktop.ui.event.context import EventContext
from imin_desktop.ui.event.page import EventPage
from imin_desktop.ui.event.wording import method_label

if TYPE_CHECKING:
    from imin_desktop.persistence.database import Database

METHODS = ("mean", "median", "trimmed", "zscore", "adjusted", "consensus")
LANGUAGES = (("en", "English"), ("pt", "Português"))


class OutputsPage(EventPage):
    """Three outputs on the left, the report's preview (with Print…) on the right."""

    output_written = Signal(str)  # the path of a file just written
    preview_shown = Signal(str)

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.preview: PdfPage | None = None
        self.task: TaskHandle | None = None  # the output being made (Cancel stops it)
        self.last_written: Path | None = None
        self.lang_box = QComboBox(self)
        for code, name in LANGUAGES:
            self.lang_box.addItem(name, code)
        self.lang_box.setCurrentIndex(1 if language() == "pt" else 0)
        self.lang_box.setAccessibleName(self.tr("Language of the outputs"))
        self.method_box = QComboBox(self)
        for method in METHODS:
            self.method_box.addItem(method_label(method), method)
        saved = str(ctx.settings.value("results/method") or "mean")
        self.method_box.setCurrentIndex(METHODS.index(saved) if saved in METHODS else 0)
        self.method_box.setAccessibleName(self.tr("Consolidation method of the outputs"))
        common = QGroupBox(self.tr("For every output"), self)
        common_form = QFormLayout(common)
        common_form.addRow(self.tr("&Language:"), self.lang_box)
        common_form.addRow(self.tr("&Method:"), self.method_box)

        workbook = QGroupBox(self.tr("Results workbook (.xlsx)"), self)
        self.workbook_button = QPushButton(self.tr("Export &workbook…"), workbook)
        self.workbook_button.clicked.connect(self.choose_workbook)
        workbook_text = QLabel(
            self.tr("Every figure, review and decision, for spreadsheets."), workbook
        )
        workbook_text.setWordWrap(True)
        box = QVBoxLayout(workbook)
        box.addWidget(workbook_text)
        box.addWidget(self.workbook_button)

        report = QGroupBox(self.tr("Decision report (.pdf)"), self)
        self.draft_radio = QRadioButton(self.tr("&Draft (watermarked)"), report)
        self.final_radio = QRadioButton(self.tr("&Final, for signature"), report)
        self.draft_radio.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.draft_radio)
        kinds.addButton(self.final_radio)
        self.report_button = QPushButton(self.tr("Generate &report…"), report)
        self.report_button.clicked.connect(self.choose_report)
        box = QVBoxLayout(report)
        box.addWidget(self.draft_radio)
        box.addWidget(self.final_radio)
        box.addWidget(self.report_button)

        summary = QGroupBox(self.tr("Applicant's evaluation summary (.pdf)"), self)
        self.submission_box = QComboBox(summary)
        self.submission_box.setAccessibleName(self.tr("Submission of the summary"))
        self.summary_button = QPushButton(self.tr("Export &summary…"), summary)
        self.summary_button.clicked.connect(self.choose_summary)
        box = QVBoxLayout(summary)
        summary_text = QLabel(self.tr("One submission's scores and comments, to send to its "
                                 "applicant."), summary)  # fmt: skip
        summary_text.setWordWrap(True)
        box.addWidget(summary_text)
        box.addWidget(self.submission_box)
        box.addWidget(self.summary_button)

        letters = QGroupBox(self.tr("Evaluation letters (one .pdf per submission)"), self)
        self.letters_lang_box = QComboBox(letters)
        self.letters_lang_box.addItem(self.tr("English"), "en")
        self.letters_lang_box.addItem(self.tr("Português"), "pt")
        self.letters_lang_box.addItem(self.tr("Each in its submission's language"), "submission")
        self.letters_lang_box.setAccessibleName(self.tr("Language of the letters"))
        self.letters_button = QPushButton(self.tr("Export &letters…"), letters)
        self.letters_button.clicked.connect(self.choose_letters)
        letters_text = QLabel(self.tr("A letter to every applicant with the panel's consensus scores "
                                 "(the mean where none was agreed), comments and decision."),
                              letters)  # fmt: skip
        letters_text.setWordWrap(True)
        box = QVBoxLayout(letters)
        box.addWidget(letters_text)
        box.addWidget(self.letters_lang_box)
        box.addWidget(self.letters_button)

        self.open_pdf_button = QPushButton(self.tr("&Open a PDF…"), self)
        self.open_pdf_button.setToolTip(self.tr("Preview a report generated earlier"))
        self.open_pdf_button.clicked.connect(self.choose_pdf)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self.print_dialog)
        self.print_button.setEnabled(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        for group in (common, workbook, report, summary, letters):
            left_layout.addWidget(group)
        left_layout.addWidget(self.status)
        left_layout.addStretch(1)
        self.preview_area = QWidget(self)
        self.preview_layout = QVBoxLayout(self.preview_area)
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()
        self.preview_title = QLabel(
            self.tr("No report previewed yet: generate one, or open a PDF.")
        )
        self.preview_title.setWordWrap(True)
        tools.addWidget(self.preview_title, 1)
        tools.addWidget(self.open_pdf_button)
        tools.addWidget(self.print_button)
        self.preview_layout.addLayout(tools)
        self.preview_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview_area)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- settings ----------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        return str(self.lang_box.currentData())

    @property
    def method(self) -> str:
        return str(self.method_box.currentData())

    def refresh(self) -> None:
        from imin_desktop.services.submissions import list_submissions

        self.load("submissions", list_submissions, self.ctx.db, on_loaded=self._submissions)

    def _submissions(self, subs: list) -> None:  # type: ignore[type-arg]
        current = self.submission_box.currentData()
        self.submission_box.clear()
        for s in subs:
            self.submission_box.addItem(f"{s.id} — {s.title[:60]}", s.id)
        if current is not None:
            self.submission_box.setCurrentIndex(max(self.submission_box.findData(current), 0))

    def ask(self, title: str, text: str) -> bool:
        """A yes/no question to the user (tests answer it in their place)."""
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _save_path(self, title: str, name: str, pattern: str) -> Path | None:
        folder = Path(str(self.ctx.settings.value("outputs/folder") or ""))
        if not folder.is_dir():
            folder = self.ctx.path.parent if self.ctx.path is not None else Path.home()
        chosen, _filter = QFileDialog.getSaveFileName(self, title, str(folder / name), pattern)
        if not chosen:
            return None
        self.ctx.settings.set_value("outputs/folder", str(Path(chosen).parent))
        return Path(chosen)

    def _stem(self) -> str:
        return self.ctx.path.stem if self.ctx.path is not None else "event"

    # -- the outputs -------------------------------------------------------------------------

    def choose_workbook(self) -> None:
        path = self._save_path(self.tr("Export the workbook"), f"{self._stem()}-results.xlsx",
                               self.tr("Excel workbook (*.xlsx)"))  # fmt: skip
        if path is not None:
            self.export_workbook(path)

    def export_workbook(self, path: Path) -> None:
        from imin_desktop.services.exports import export_workbook

        self.task = self.ctx.run(self, self.tr("Exporting the workbook…"), export_workbook,
                     self.ctx.db,
                     path, method=self.method, lang=self.lang, on_success=self._written,
                     changes_event=not self.ctx.read_only,
                     error_title=self.tr("The workbook was not exported"))  # fmt: skip

    def choose_report(self) -> None:
        kind = "final" if self.final_radio.isChecked() else "draft"
        path = self._save_path(self.tr("Generate the decision report"),
                               f"{self._stem()}-report-{kind}.pdf", self.tr("PDF (*.pdf)"))  # fmt: skip
        if path is not None:
            self.generate_report(path)

    def generate_report(self, path: Path, only: str | None = None) -> None:
        final = self.final_radio.isChecked() and only is None
        if final and not self._final_confirmed():
            return
        from imin_desktop.services.report import export_report

        label = (self.tr("Generating the evaluation summary…") if only
                 else self.tr("Generating the decision report…"))  # fmt: skip
        self.task = self.ctx.run(self, label, export_report, self.ctx.db, path, method=self.method,
                     lang=self.lang, final=final, only=only, on_success=self._report_written,
                     changes_event=not self.ctx.read_only,
                     error_title=self.tr("The report was not generated"),
                     force=final)  # fmt: skip

    def _final_confirmed(self) -> bool:
        """Nothing missing, or the user saw what is and still wants a final report."""
        gaps = final_gaps(self.ctx.db, self.method)
        if not gaps:
            return True
        return self.ask(self.tr("The event is not ready for a final report"), self.tr(
            "Still missing:\n{list}\n\nGenerate a final report anyway?").replace(
                "{list}", "\n".join(f"• {line}" for line in gaps)))  # fmt: skip

    def choose_summary(self) -> None:
        key = self.submission_box.currentData()
        if key is None:
            return
        path = self._save_path(self.tr("Export the evaluation summary"),
                               f"{self._stem()}-{key}-summary.pdf", self.tr("PDF (*.pdf)"))  # fmt: skip
        if path is not None:
            self.generate_report(path, only=str(key))

    def choose_letters(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the evaluation letters"),
            str(self.ctx.settings.value("outputs/folder") or Path.home()),
        )  # fmt: skip
        if folder:
            self.ctx.settings.set_value("outputs/folder", folder)
            self.export_letters(Path(folder) / f"{self._stem()}-letters")

    def export_letters(self, folder: Path) -> None:
        from imin_desktop.services.letters import export_letters

        self.ctx.run(self, self.tr("Writing the evaluation letters…"), export_letters,
                     self.ctx.db, folder, lang=str(self.letters_lang_box.currentData()),
                     on_success=lambda done: self._written(done.folder),
                     changes_event=not self.ctx.read_only,
                     error_title=self.tr("The letters were not written"))  # fmt: skip

    def _written(self, path: Path) -> None:
        self.last_written = Path(path)
        self.status.setText(self.tr("Written: {path}").replace("{path}", str(path)))
        self.output_written.emit(str(path))

    def _report_written(self, path: Path) -> None:
        self._written(path)
        self.show_preview(Path(path))

    # -- preview and print -------------------------------------------------------------------

    def choose_pdf(self) -> None:
        folder = str(self.ctx.settings.value("outputs/folder") or "")
        chosen, _f = QFileDialog.getOpenFileName(self, self.tr("Preview a PDF"), folder,
                                                 self.tr("PDF (*.pdf)"))  # fmt: skip
        if chosen:
            self.show_preview(Path(chosen))

    def show_preview(self, path: Path) -> PdfPage:
        """Show ``path`` in the embedded viewer (replacing any earlier preview)."""
        if self.preview is not None:
            self.preview_layout.removeWidget(self.preview)
            self.preview.deleteLater()
        else:
            stretch = self.preview_layout.itemAt(self.preview_layout.count() - 1)
            if stretch is not None and stretch.spacerItem() is not None:
                self.preview_layout.removeItem(stretch)
        size = path.stat().st_size
        attachment = KitAttachment(path=path.name, title=path.name, sha256="", size=size,
                                   media_type="application/pdf")  # fmt: skip
        self.preview = PdfPage(attachment, lambda _sha: path.read_bytes(), None, self)
        self.preview.setObjectName("reportPreview")
        self.preview_layout.addWidget(self.preview, 1)
        self.preview.load()
        self.preview_title.setText(path.name)
        self.preview_title.setToolTip(str(path))
        self.print_button.setEnabled(self.preview.document.pageCount() > 0)
        self.preview_shown.emit(str(path))
        return self.preview

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.preview is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.preview.document.pageCount()))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: object) -> int:
        """Print the previewed PDF on ``printer`` (a configured ``QPrinter``)."""
        from imin_desktop.ui.common.errors import show_error
        from imin_desktop.ui.common.pdf_print import print_pdf

        if self.preview is None:
            return 0
        try:
            pages = print_pdf(self.preview.document, printer)  # type: ignore[arg-type]
        except Exception as exc:
            show_error(self, self.tr("The report was not printed"), exc, wait=False)
            return 0
        self.status.setText(self.tr("Sent %n page(s) to the printer.", "", pages))
        return pages


def final_gaps(db: Database, method: str) -> list[str]:
    """What is missing for a final report, in words (the report service's own check)."""
    from imin_desktop.services.report_final import final_report_gaps

    gaps = final_report_gaps(db, method=method)  # type: ignore[arg-type]
    return [] if gaps.complete else list(gaps.lines())
