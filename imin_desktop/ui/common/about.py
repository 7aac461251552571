"""Help ▸ About (version, licence, where the log and the user's data are) and Help ▸ User guide."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from imin_desktop import __version__
from imin_desktop.domain.resources import resource

translate = QCoreApplication.translate
LICENCE = "Proprietary — © imIN, national public-health innovation hub"


def log_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("imin-desktop", appauthor=False))


def data_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("imin-desktop", appauthor=False))


def guide_path(language: str | None = None) -> Path | None:
    """The user guide in the user's language: shipped inside the program (``resources/guide``,
    filled by the bundle build), or the source tree's ``docs/`` in a development checkout."""
    lang = (language or QLocale().name())[:2]
    names = (["user-guide.pt.md"] if lang == "pt" else []) + ["user-guide.md"]
    shipped = resource("guide")
    folders = [Path(str(shipped))] if shipped.is_dir() else []
    folders.append(Path(__file__).resolve().parents[3] / "docs")
    for folder in folders:
        for name in names:
            if (folder / name).is_file():
                return folder / name
    return None


def about_text() -> str:
    return translate(
        "About",
        "<h3>imIN Desktop {version}</h3>"
        "<p>Evaluation of challenge submissions: offline scoring by jurors, consolidated "
        "results, panel decisions and decision reports.</p>"
        "<p><b>Licence:</b> {licence}</p>"
        "<p><b>Log file:</b> {log}<br><b>Your data (juror workspaces):</b> {data}</p>"
        "<p>When you ask for support, send the log file with your question.</p>",
    ).format(
        version=__version__,
        licence=LICENCE,
        log=log_folder() / "imin-desktop.log",
        data=data_folder(),
    )


def show_about(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("About", "About imIN Desktop"))
    box.setText(about_text())
    box.setIcon(QMessageBox.Icon.Information)
    box.open()
    return box


class GuideDialog(QDialog):
    """The user guide, read in the program (Markdown with its screenshots)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("imIN Desktop — user guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        self.browser.setAccessibleName(self.tr("User guide"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 700)


def show_guide(parent: QWidget | None) -> QDialog | None:
    path = guide_path()
    if path is None:
        QMessageBox.information(
            parent,
            translate("About", "User guide"),
            translate("About", "The user guide is not installed with this copy of imIN Desktop."),
        )
        return None
    dialog = GuideDialog(path, parent)
    dialog.open()
    return dialog


def add_help_menu(window: QMainWindow) -> QMenu:
    """Help ▸ User guide (F1 where the window has no other use for it) and Help ▸ About."""
    menu = window.menuBar().addMenu(translate("About", "&Help"))
    guide = QAction(translate("About", "&User guide"), window)
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(lambda _checked=False: show_guide(window))
    about = QAction(translate("About", "&About imIN Desktop"), window)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda _checked=False: show_about(window))
    folder = QAction(translate("About", "Open the &log folder"), window)
    folder.triggered.connect(
        lambda _checked=False: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_folder())))
    )
    from imin_desktop.ui.common.settings_dialog import settings_action

    settings = settings_action(window)
    for action in (guide, folder, settings, about):
        menu.addAction(action)
    return menu
