"""One tab per attachment: PDFs in an embedded viewer, images scaled, other files outside.

Content is read only when its tab is first shown, straight from the kit into memory; a file
is written to a temporary folder (to open it with the system application) only for a kit
that is not encrypted, so an encrypted kit leaves no plaintext copy on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QObject,
    QPointF,
    QSize,
    Qt,
    QTemporaryDir,
    QUrl,
)
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.formats.kit import KitAttachment
from imin_desktop.ui.common.accessible import name_internal_controls
from imin_desktop.ui.common.i18n import text

try:  # QtPdf ships in the PySide6-Pdf wheel (PySide6 >= 6.8) or PySide6-Addons (older)
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_PDF = True
except ImportError:  # pragma: no cover - depends on the installed wheels
    HAVE_PDF = False

Reader = Callable[[str], bytes]
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
READABLE_ZOOM = 1.0


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


class AttachmentPage(QWidget):
    """A tab's content; ``load`` reads the attachment the first time the tab is shown."""

    def __init__(self, attachment: KitAttachment, reader: Reader, temp: QTemporaryDir | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.attachment = attachment
        self.reader = reader
        self.temp = temp
        self.loaded = False
        self.setAccessibleName(text(attachment.title) or Path(attachment.path).name)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(4)

    def load(self) -> None:
        if not self.loaded:
            self.loaded = True
            self._load(self.reader(self.attachment.sha256))

    def _load(self, data: bytes) -> None:
        raise NotImplementedError

    def open_button(self) -> QPushButton | None:
        """ "Open with the system application", only where that writes no secret to disk."""
        if self.temp is None:
            return None
        button = QPushButton(self.tr("Open outside imIN"), self)
        button.setToolTip(self.tr("Open this file with the computer's own application"))
        button.setAccessibleName(self.tr("Open with the system application"))
        button.clicked.connect(self.open_externally)
        return button

    def open_externally(self) -> bool:
        if self.temp is None:
            return False
        name = Path(self.attachment.path).name or self.attachment.sha256
        target = Path(self.temp.path()) / self.attachment.sha256[:12] / name
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(self.reader(self.attachment.sha256))
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))


class PdfPage(AttachmentPage):
    """A PDF in an embedded viewer with page navigation and zoom (rendering is asynchronous)."""

    def __init__(self, attachment: KitAttachment, reader: Reader, temp: QTemporaryDir | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(attachment, reader, temp, parent)
        bar = QToolBar(self.tr("Page"), self)
        bar.setAccessibleName(self.tr("PDF tools"))
        bar.setIconSize(QSize(16, 16))
        self.previous_page = self._tool(
            "◀", self.tr("Previous page (Page Up)"), self.tr("Previous page")
        )
        self.previous_page.clicked.connect(lambda: self.go_to(self.page() - 1))
        bar.addWidget(self.previous_page)
        self.page_box = QSpinBox(self)
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setToolTip(self.tr("Page number"))
        self.page_box.setMinimum(1)
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda n: self.go_to(n - 1))
        bar.addWidget(self.page_box)
        self.page_count = QLabel(self)
        self.page_count.setAccessibleName(self.tr("Page count"))
        bar.addWidget(self.page_count)
        self.next_page = self._tool("▶", self.tr("Next page (Page Down)"), self.tr("Next page"))
        self.next_page.clicked.connect(lambda: self.go_to(self.page() + 1))
        bar.addWidget(self.next_page)
        bar.addSeparator()
        self.zoom_out = self._tool("−", self.tr("Zoom out (Ctrl+-)"), self.tr("Zoom out"))
        self.zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        bar.addWidget(self.zoom_out)
        self.zoom = QComboBox(self)
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.setToolTip(self.tr("Zoom"))
        self.zoom.addItem(self.tr("Fit width"), "width")
        self.zoom.addItem(self.tr("Fit page"), "page")
        for factor in ZOOMS:
            self.zoom.addItem(f"{factor:.0%}", factor)
        self.zoom.currentIndexChanged.connect(self._zoom_chosen)
        bar.addWidget(self.zoom)
        self.zoom_in = self._tool("+", self.tr("Zoom in (Ctrl++)"), self.tr("Zoom in"))
        self.zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in.clicked.connect(lambda: self.step_zoom(1))
        bar.addWidget(self.zoom_in)
        if (button := self.open_button()) is not None:
            spacer = QWidget(self)
            spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            bar.addWidget(spacer)
            bar.addWidget(button)
        self.layout_.addWidget(bar)
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("PDF document"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setDocument(self.document)
        # Real size (100 %) reads at any page shape; fitting a slide deck's width into the
        # middle pane shrinks its body text to about 7 px. Fit width is one choice away.
        self.zoom.setCurrentIndex(self.zoom.findData(READABLE_ZOOM))
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.layout_.addWidget(self.view, 1)
        name_internal_controls(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Page Down / Page Up turn the page (not a screenful of it), Home / End go to the
        first / last page."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            moves = {Qt.Key.Key_PageDown: self.page() + 1, Qt.Key.Key_PageUp: self.page() - 1,
                     Qt.Key.Key_Home: 0, Qt.Key.Key_End: self.document.pageCount() - 1}  # fmt: skip
            if event.key() in moves and not event.modifiers():
                self.go_to(moves[Qt.Key(event.key())])
                return True
        return False

    def _tool(self, label: str, tip: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(label)
        button.setToolTip(tip)
        button.setAccessibleName(name)
        button.setAutoRaise(True)
        button.setMinimumSize(QSize(28, 28))
        return button

    def _load(self, data: bytes) -> None:
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._update_pages()

    def _update_pages(self) -> None:
        count = max(1, self.document.pageCount())
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(count)
        self.page_box.blockSignals(False)
        self.page_count.setText(self.tr("of %1").replace("%1", str(self.document.pageCount())))
        self._page_changed(self.page())

    def page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.document.pageCount() and page != self.page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.previous_page.setEnabled(page > 0)
        self.next_page.setEnabled(page + 1 < self.document.pageCount())

    def _zoom_chosen(self, _index: int) -> None:
        choice = self.zoom.currentData()
        if choice == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))

    def step_zoom(self, direction: int) -> None:
        current = self.view.zoomFactor()
        if direction > 0:
            target = next((z for z in ZOOMS if z > current + 0.01), ZOOMS[-1])
        else:
            target = next((z for z in reversed(ZOOMS) if z < current - 0.01), ZOOMS[0])
        self.zoom.setCurrentIndex(self.zoom.findData(target))


class ImagePage(AttachmentPage):
    """An image scaled to the tab's width (never enlarged past its own size)."""

    def __init__(self, attachment: KitAttachment, reader: Reader, temp: QTemporaryDir | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(attachment, reader, temp, parent)
        if (button := self.open_button()) is not None:
            bar = QHBoxLayout()
            bar.setContentsMargins(6, 4, 6, 0)
            bar.addStretch(1)
            bar.addWidget(button)
            self.layout_.addLayout(bar)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAccessibleName(self.tr("Image"))
        self.image_label = QLabel(self.scroll_area)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setAccessibleName(self.accessibleName())
        self.scroll_area.setWidget(self.image_label)
        self.layout_.addWidget(self.scroll_area, 1)
        self.image = QImage()

    def _load(self, data: bytes) -> None:
        self.image = QImage.fromData(data)
        if self.image.isNull():
            self.image_label.setText(self.tr("This image cannot be shown."))
        self._rescale()

    def _rescale(self) -> None:
        if self.image.isNull():
            return
        ratio = self.devicePixelRatioF()
        available = self.scroll_area.viewport().size() * ratio
        pixmap = QPixmap.fromImage(self.image)
        if pixmap.width() > available.width() or pixmap.height() > available.height():
            pixmap = pixmap.scaled(available, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)  # fmt: skip
        pixmap.setDevicePixelRatio(ratio)
        self.image_label.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()


class FilePage(AttachmentPage):
    """Any other file: what it is, and a button to open it with the system application."""

    def __init__(self, attachment: KitAttachment, reader: Reader, temp: QTemporaryDir | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(attachment, reader, temp, parent)
        self.layout_.setContentsMargins(24, 24, 24, 24)
        about = QLabel(
            f"<b>{_escape(Path(attachment.path).name)}</b><br>"
            f"{_escape(attachment.media_type)}, {human_size(attachment.size)}", self
        )  # fmt: skip
        about.setAccessibleName(self.tr("File"))
        self.layout_.addWidget(about)
        button = self.open_button()
        if button is not None:
            self.layout_.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            note = QLabel(self.tr("This kit is encrypted, so its files are never written to the "
                                  "disk and imIN cannot show this kind of file. Ask the "
                                  "coordinator for a copy if you need it."), self)  # fmt: skip
            note.setWordWrap(True)
            note.setAccessibleName(self.tr("Why this file cannot be opened"))
            self.layout_.addWidget(note)
        self.layout_.addStretch(1)

    def load(self) -> None:
        self.loaded = True  # nothing to read until the juror asks to open it

    def _load(self, data: bytes) -> None:
        return None


def page_for(attachment: KitAttachment, reader: Reader, temp: QTemporaryDir | None,
             parent: QWidget | None = None) -> AttachmentPage:  # fmt: skip
    media = attachment.media_type.lower()
    if media == "application/pdf" and HAVE_PDF:
        return PdfPage(attachment, reader, temp, parent)
    if media.startswith("image/") and media != "image/svg+xml":
        return ImagePage(attachment, reader, temp, parent)
    return FilePage(attachment, reader, temp, parent)


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
