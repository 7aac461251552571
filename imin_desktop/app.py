"""The composition root: the QApplication, its settings, logging and error handling, windows.

``imin-desktop [FILE]``: a ``.iminkit`` opens the juror workspace; an ``.imin`` event file or
nothing shows the start window.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QStyleFactory

from imin_desktop import __version__
from imin_desktop.domain.text import _, set_language
from imin_desktop.ui.common.errors import ExceptHook
from imin_desktop.ui.common.i18n import LANGUAGE_KEY, choose_language, install_translators
from imin_desktop.ui.common.icons import app_icon
from imin_desktop.ui.common.settings import AppSettings
from imin_desktop.ui.shell import Shell

APP_NAME = "imIN Desktop"
ORGANISATION = "imIN"
NATIVE_STYLES = {"windows11", "macos"}  # styles that follow the system's light/dark setting


def log_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("imin-desktop", appauthor=False))


def setup_logging() -> Path | None:
    """Log to a rotating file in the user's log folder (details the dialogs leave out)."""
    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "imin-desktop.log"
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="imin-desktop", description=_("imIN Desktop: score challenge submissions offline.")
    )
    parser.add_argument(
        "file", nargs="?", help=_("a juror kit (.iminkit) or an event file (.imin)")
    )
    parser.add_argument("--version", action="version", version=f"imin-desktop {__version__}")
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication with imIN's name, organisation, icon, style and translations."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setOrganizationDomain("imin.example")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(app_icon())
    style = app.style().name().lower() if app.style() is not None else ""
    if style not in NATIVE_STYLES and "Fusion" in QStyleFactory.keys():  # noqa: SIM118
        app.setStyle("Fusion")  # Fusion follows the system palette, light or dark
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    install_translators(app, choose_language(AppSettings().value(LANGUAGE_KEY)))
    return app


def build(argv: Sequence[str] | None = None) -> tuple[QApplication, Shell]:
    """Everything ``main`` starts, without entering the event loop (tests use this)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    app = create_application(argv)
    workspace_dir = os.environ.get("IMIN_WORKSPACE_DIR")
    shell = Shell(workspace_dir=Path(workspace_dir) if workspace_dir else None, parent=app)
    app.aboutToQuit.connect(shell.shutdown)
    shell.open(args.file)
    return app, shell


def display_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """Why no window can be shown here, in one line (None when a display is available).

    Qt aborts the whole process when its platform plugin cannot start; this checks first."""
    env = os.environ if environ is None else environ
    platform = env.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or platform not in ("", "xcb", "wayland"):
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return _(
            "imin-desktop: no display found (DISPLAY is not set). Start it in a desktop "
            "session, or use the imin command line."
        )
    if platform != "wayland" and not env.get("WAYLAND_DISPLAY"):
        import ctypes.util

        if ctypes.util.find_library("xcb-cursor") is None:
            return _(
                "imin-desktop: the X11 library xcb-cursor is missing; install libxcb-cursor0 "
                "(Debian, Ubuntu) or xcb-util-cursor."
            )
    return None


def main(argv: Sequence[str] | None = None) -> int:
    set_language(choose_language())
    problem = display_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    log_path = setup_logging()
    hook = ExceptHook()
    hook.install()
    logging.getLogger(__name__).info("imIN Desktop %s starting (log: %s)", __version__, log_path)
    try:
        app, _shell = build(argv)
        return int(app.exec())
    finally:
        hook.uninstall()
