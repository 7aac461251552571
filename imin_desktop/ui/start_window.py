"""The start window: open a juror kit (dialog, drag and drop, recent files, command line)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.formats.kit import PassphraseRequired, WrongPassphrase, is_encrypted_kit
from imin_desktop.ui.common.about import add_help_menu
from imin_desktop.ui.common.errors import readable, show_error
from imin_desktop.ui.common.i18n import text
from imin_desktop.ui.common.icons import app_icon
from imin_desktop.ui.common.passphrase_dialog import PassphraseDialog
from imin_desktop.ui.common.settings import AppSettings
from imin_desktop.ui.common.tasks import TaskHandle, TaskRunner
from imin_desktop.ui.event.start_section import CoordinatorSection

if TYPE_CHECKING:
    from imin_desktop.persistence.database import Database
    from imin_desktop.services.juror import JurorWorkspace

KIT_SUFFIX = ".iminkit"
EVENT_SUFFIX = ".imin"


def open_event_database(path: Path, *, read_only: bool = False,
                        progress: Progress = SILENT) -> Database:  # fmt: skip
    """Open (and if needed migrate) an event file; the database stack loads off the UI thread."""
    from imin_desktop.services import events

    progress.step(0, 1, "opening the event")
    db = events.open_event(path, read_only=read_only)
    try:
        events.event_info(db)  # reads the event once: a broken file fails here, not in the window
    except BaseException:
        db.dispose()
        raise
    return db


def open_workspace(
    path: Path, passphrase: str | None, *, folder: Path | None, progress: Progress = SILENT
) -> JurorWorkspace:
    """The juror service's ``open_workspace``, imported off the UI thread (background work)."""
    from imin_desktop.services.juror import open_workspace as open_it

    return open_it(path, passphrase, folder=folder, progress=progress)


def preload(progress: Progress = SILENT) -> None:
    """Load the services while the juror looks at the start window (background work)."""
    import imin_desktop.services.events
    import imin_desktop.services.juror  # noqa: F401


class DropArea(QFrame):
    """The framed area that takes a dropped kit and holds the "Open" button."""

    dropped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setObjectName("dropArea")
        self.setAccessibleName(self.tr("Drop a juror kit here"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._set_highlight(False)

    def _set_highlight(self, on: bool) -> None:
        border = "palette(highlight)" if on else "palette(mid)"
        self.setStyleSheet(f"#dropArea {{ border: 2px dashed {border}; border-radius: 10px; }}")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
            self._set_highlight(True)

    def dragLeaveEvent(self, event: Any) -> None:
        self._set_highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_highlight(False)
        for url in event.mimeData().urls():
            if url.isLocalFile():
                event.acceptProposedAction()
                self.dropped.emit(url.toLocalFile())
                return


class StartWindow(QMainWindow):
    """Where a juror opens their kit; ``workspace_opened`` carries the opened workspace."""

    workspace_opened = Signal(object)
    event_opened = Signal(object, bool)  # the Database of an opened event, read-only

    def __init__(self, runner: TaskRunner, settings: AppSettings,
                 workspace_dir: Path | None = None) -> None:  # fmt: skip
        super().__init__()
        self.runner = runner
        self.settings = settings
        self.workspace_dir = workspace_dir
        self.task: TaskHandle | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
        self.setWindowTitle(self.tr("imIN Desktop"))
        self.setWindowIcon(app_icon())
        self.setAccessibleName(self.tr("imIN Desktop start window"))
        self.setAcceptDrops(True)
        self._build()
        self.refresh_recent()
        if not settings.restore_window("start", self):
            self.resize(QSize(720, 560))

    def _build(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(16)

        header = QHBoxLayout()
        logo = QLabel(central)
        logo.setPixmap(app_icon().pixmap(56, 56))
        logo.setAccessibleName(self.tr("imIN logo"))
        header.addWidget(logo)
        titles = QVBoxLayout()
        title = QLabel(self.tr("imIN Desktop"), central)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        titles.addWidget(title)
        subtitle = QLabel(
            self.tr("Score your assigned submissions offline, or run a challenge's jury."), central
        )
        titles.addWidget(subtitle)
        header.addLayout(titles, 1)
        layout.addLayout(header)

        self.drop_area = DropArea(central)
        self.drop_area.dropped.connect(self.open_path)
        drop_layout = QVBoxLayout(self.drop_area)
        drop_layout.setContentsMargins(24, 28, 24, 28)
        drop_layout.setSpacing(12)
        hint = QLabel(
            self.tr("Drop your juror kit (.iminkit) or an event file (.imin) here, or"),
            self.drop_area,
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        drop_layout.addWidget(hint)
        self.open_button = QPushButton(self.tr("Open a juror kit…"), self.drop_area)
        self.open_button.setAccessibleName(self.tr("Open a juror kit"))
        self.open_button.setToolTip(
            self.tr("Choose the kit file the coordinator gave you (Ctrl+O)")
        )
        self.open_button.setDefault(True)
        self.open_button.setMinimumHeight(36)
        self.open_button.clicked.connect(self.choose_file)
        drop_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.drop_area)
        self.coordinator = CoordinatorSection(self.runner, self.settings, central)
        self.coordinator.open_requested.connect(self.open_path)
        self.coordinator.event_created.connect(lambda db: self.event_opened.emit(db, False))
        layout.addWidget(self.coordinator)
        self.read_only_button = QPushButton(self.tr("Open an event read-only…"), central)
        self.read_only_button.setToolTip(self.tr(
            "For a manager: read the results and decisions, print the report, change nothing"))  # fmt: skip
        self.read_only_button.clicked.connect(lambda: self.choose_file(read_only=True))
        layout.addWidget(self.read_only_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.progress = QProgressBar(central)
        self.progress.setAccessibleName(self.tr("Opening progress"))
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), central)
        self.cancel_button.setAccessibleName(self.tr("Cancel opening"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_task)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        layout.addLayout(busy)

        self.message = QLabel(central)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.message.linkActivated.connect(self._show_details)
        self.last_error: tuple[str, BaseException] | None = None
        self.message.setStyleSheet(
            "#message { border: 1px solid palette(mid); border-radius: 6px; padding: 10px; "
            "background: palette(base); }"
        )
        self.message.hide()
        layout.addWidget(self.message)

        recent_title = QLabel(self.tr("Recent kits and events"), central)
        bold = recent_title.font()
        bold.setBold(True)
        recent_title.setFont(bold)
        layout.addWidget(recent_title)
        self.recent = QListWidget(central)
        self.recent.setAccessibleName(self.tr("Recent kits and events"))
        self.recent.setToolTip(self.tr("Double-click or press Enter to open"))
        self.recent.itemActivated.connect(
            lambda item: self.open_path(item.data(Qt.ItemDataRole.UserRole))
        )
        layout.addWidget(self.recent, 1)
        self.setCentralWidget(central)

        open_action = QAction(self.tr("Open a juror kit…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_file)
        self.addAction(open_action)
        new_action = QAction(self.tr("Create an event…"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.triggered.connect(self.coordinator.create_event)
        self.addAction(new_action)
        add_help_menu(self)

    # -- recent files ------------------------------------------------------------------------

    def refresh_recent(self) -> None:
        self.recent.clear()
        rows = self.settings.recent_files()
        for path, label in rows:
            item = QListWidgetItem(f"{label}\n{path}" if label else path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        if not rows:
            empty = QListWidgetItem(self.tr("No kit or event opened yet on this computer."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(empty)

    # -- opening -----------------------------------------------------------------------------

    def choose_file(self, read_only: bool = False) -> None:
        """Choose a kit or an event to open; ``read_only``: an event, for reading only."""
        if read_only:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Open an event read-only"), self.settings.folder("open"),
                self.tr("Event files (*.imin);;All files (*)"),
            )  # fmt: skip
        else:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Open a juror kit"),
                self.settings.folder("open"),
                self.tr("Juror kits (*.iminkit);;Event files (*.imin);;All files (*)"),
            )
        if path:
            self.settings.set_folder("open", Path(path).parent)
            if read_only:
                self.open_event(Path(path), read_only=True)
            else:
                self.open_path(path)

    def show_message(self, html: str) -> None:
        self.message.setText(html)
        self.message.setVisible(bool(html))

    def open_path(self, path: str | Path) -> None:
        """Open whatever the juror pointed at: a kit, an event file, or explain what it is."""
        if "://" in str(path):  # a login on an event server (docs/server.md)
            self.open_server(str(path))
            return
        path = Path(path)
        self.show_message("")
        if self.task is not None:
            return
        if not path.is_file():
            self.show_message(self.tr("<b>{file}</b> was not found.").replace("{file}", path.name))
            self.settings.remove_recent(path)
            self.refresh_recent()
            return
        if path.suffix.lower() == EVENT_SUFFIX:
            self.open_event(path)
        elif path.suffix.lower() == KIT_SUFFIX or is_encrypted_kit(path):
            self.open_kit(path)
        else:
            self.show_message(
                self.tr("imIN Desktop opens juror kits (<b>.iminkit</b>) and event files "
                        "(<b>.imin</b>); <b>{file}</b> is neither.").replace("{file}", path.name)
            )  # fmt: skip

    def open_server(self, url: str) -> None:
        """Connect in the background: a juror's login opens their online workspace (every change
        stored on the server at once), a coordinator's or manager's login the event window."""
        from imin_desktop.services.online import open_on_server

        self.show_message("")
        if self.task is not None:
            return
        self._busy(True)
        self.task = self.runner.start(
            "open server", open_on_server, url,
            on_success=self._server_opened,
            on_failure=lambda exc: self._failed(
                self.tr("The event server could not be opened"), exc,
                self.tr("The event server did not let this login in."),
            ),
            on_finished=self._task_finished,
        )  # fmt: skip

    def _server_opened(self, opened: object) -> None:
        from imin_desktop.services.juror import JurorWorkspace

        if isinstance(opened, JurorWorkspace):
            if self.task is not None and self.task.cancel_requested:
                opened.close()
                return
            self.workspace_opened.emit(opened)
        else:
            self.event_opened.emit(opened, False)

    def open_kit(self, path: Path, passphrase: str | None = None, error: str = "") -> None:
        if passphrase is None and (error or is_encrypted_kit(path)):
            self._ask_passphrase(path, error)
            return
        self._busy(True)
        self.task = self.runner.start(
            "open kit", open_workspace, path, passphrase, folder=self.workspace_dir,
            on_success=lambda ws: self._kit_opened(path, ws),
            on_failure=lambda exc: self._kit_failed(path, exc),
            on_finished=self._task_finished,
        )  # fmt: skip

    def _ask_passphrase(self, path: Path, error: str) -> None:
        dialog = PassphraseDialog(path.name, self, error)
        self.passphrase_dialog = dialog
        dialog.accepted.connect(lambda: self.open_kit(path, dialog.value()))
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        dialog.open()

    def _forget_dialog(self, dialog: PassphraseDialog) -> None:
        if self.passphrase_dialog is dialog:
            self.passphrase_dialog = None
        dialog.deleteLater()

    def _kit_opened(self, path: Path, workspace: JurorWorkspace) -> None:
        if self.task is not None and self.task.cancel_requested:
            workspace.close()
            return
        label = f"{text(workspace.kit.event_title)} — {workspace.kit.juror_name}"
        self.settings.add_recent(path, label)
        self.refresh_recent()
        self.workspace_opened.emit(workspace)

    def _kit_failed(self, path: Path, exc: BaseException) -> None:
        if isinstance(exc, WrongPassphrase):
            self._ask_passphrase(
                path,
                self.tr("That passphrase does not open this kit. Check it with the coordinator "
                        "(capital letters count) and try again."),
            )  # fmt: skip
        elif isinstance(exc, PassphraseRequired):
            self._ask_passphrase(path, "")
        else:
            _text, unexpected = readable(exc)
            title = self.tr("This kit could not be opened")
            if unexpected:
                show_error(self, title, exc, wait=False)
            self._failed(title, exc, self.tr(
                "<b>{file}</b> is not a juror kit imIN Desktop can open. Ask your coordinator "
                "for your juror kit (the <b>.iminkit</b> file) and open that one."
            ).replace("{file}", _escape(path.name)))  # fmt: skip

    def open_event(self, path: Path, read_only: bool = False) -> None:
        """Open an event file in the background; ``event_opened`` brings its database."""
        self._busy(True)
        self.task = self.runner.start(
            "open event", open_event_database, path, read_only=read_only,
            on_success=lambda db: self._event_opened(path, db, read_only),
            on_failure=lambda exc: self._event_failed(path, exc),
            on_finished=self._task_finished,
        )  # fmt: skip

    def _event_opened(self, path: Path, db: Database, read_only: bool) -> None:
        if self.task is not None and self.task.cancel_requested:
            db.dispose()
            return
        self.settings.add_recent(path, path.stem)
        self.refresh_recent()
        self.event_opened.emit(db, read_only)

    def _event_failed(self, path: Path, exc: BaseException) -> None:
        _text, unexpected = readable(exc)
        title = self.tr("This event could not be opened")
        if unexpected:
            show_error(self, title, exc, wait=False)
        self._failed(title, exc, self.tr(
            "<b>{file}</b> could not be opened as an event file. If it came from someone else, "
            "ask them to send it again; a damaged file cannot be repaired here."
        ).replace("{file}", _escape(path.name)))  # fmt: skip

    def _failed(self, title: str, exc: BaseException, what_to_do: str) -> None:
        """What happened and what to do, with the technical detail one click away."""
        self.last_error = (title, exc)
        details = self.tr("Details…")
        self.show_message(f"{what_to_do}<br><a href='details'>{details}</a>")

    def _show_details(self, _link: str) -> None:
        if self.last_error is not None:
            title, exc = self.last_error
            show_error(self, title, exc, wait=False)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.open_button.setEnabled(not busy)
        self.recent.setEnabled(not busy)

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _task_finished(self) -> None:
        self.task = None
        self._busy(False)

    # -- window ------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.drop_area.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_area.dropEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.save_window("start", self)
        super().closeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
