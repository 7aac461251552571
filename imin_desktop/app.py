"""The composition root: the QApplication, its settings, logging and error handling, windows.

``imin-desktop [--read-only] [FILE]``: a ``.iminkit`` opens the juror workspace, an ``.imin``
event file the event window (read-only for a manager), a ``.iminscore`` score file goes to the
open event it belongs to; nothing shows the start window. A second launch hands its file to the
running program and exits. ``--install-desktop-entry`` / ``--uninstall-desktop-entry`` add or
remove the menu entry, icons and file types for the current user.
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
from imin_desktop.ui.common.about import log_folder
from imin_desktop.ui.common.errors import ExceptHook
from imin_desktop.ui.common.i18n import LANGUAGE_KEY, choose_language, install_translators
from imin_desktop.ui.common.icons import app_icon
from imin_desktop.ui.common.settings import AppSettings
from imin_desktop.ui.shell import Shell

APP_NAME = "imIN Desktop"
ORGANISATION = "imIN"
NATIVE_STYLES = {"windows11", "macos"}  # styles that follow the system's light/dark setting


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
        "file", nargs="?",
        help=_("a juror kit (.iminkit), an event file (.imin) or a score file (.iminscore)"),
    )  # fmt: skip
    parser.add_argument(
        "--read-only", action="store_true",
        help=_("open the event read-only (a manager reading, printing and signing)"),
    )  # fmt: skip
    parser.add_argument(
        "--install-desktop-entry", action="store_true",
        help=_("add imIN Desktop to your applications menu and its file types to your desktop"),
    )  # fmt: skip
    parser.add_argument(
        "--uninstall-desktop-entry", action="store_true",
        help=_("remove what --install-desktop-entry added"),
    )  # fmt: skip
    parser.add_argument("--new-instance", action="store_true", help=argparse.SUPPRESS)
    # For the bundle's smoke test: open FILE, report the window that opened, quit.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--check-resources", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--check-modules", metavar="FILE", help=argparse.SUPPRESS)
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
    shell.open(args.file, read_only=args.read_only)
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


def desktop_integration(install: bool) -> int:
    """``--install-desktop-entry`` / ``--uninstall-desktop-entry`` (no window needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # icons are drawn, not shown
    from imin_desktop.ui.common import desktop_entry

    _app = create_application([])  # the icons are drawn by Qt
    if install:
        written = desktop_entry.install(app_icon())
        print(f"imin-desktop: installed the menu entry, {len(written) - 2} icons and the file "
              f"types .imin, .iminkit, .iminscore under {desktop_entry.data_home()}")  # fmt: skip
    else:
        removed = desktop_entry.uninstall()
        print(f"imin-desktop: removed {len(removed)} files from {desktop_entry.data_home()}")
    return 0


def check_resources() -> dict[str, str]:
    """Every resource the program reads at run time, as found from where it runs (for the
    bundle's test): name -> where it was found. Raises when one is missing."""
    from imin_desktop.domain.resources import resource
    from imin_desktop.exports.report_style import register_fonts
    from imin_desktop.persistence.database import _alembic_config, head_revision
    from imin_desktop.ui.common.about import guide_path

    found: dict[str, str] = {}
    for name in ("health-innovation.json", "health-innovation.xlsx",
                 "innovation-action-weighted.json", "innovation-action-weighted.xlsx"):  # fmt: skip
        node = resource("rubrics", name)
        if not node.is_file():
            raise FileNotFoundError(f"rubric {name}")
        found[f"rubrics/{name}"] = str(node)
    translations = resource("translations")
    for node in translations.iterdir():
        if node.name.endswith(".qm"):
            found[f"translations/{node.name}"] = str(node)
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    if script.get_current_head() != head_revision():
        raise RuntimeError("migrations: Alembic and the program disagree on the head revision")
    found["migrations"] = f"{script.dir} (head {head_revision()})"
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    found["fonts"] = pdfmetrics.getFont("Report").face.filename
    guide = guide_path("en")
    if guide is None:
        raise FileNotFoundError("user guide")
    found["guide"] = str(guide)
    return found


def smoke_test(app: QApplication, shell: Shell, limit_ms: int = 60_000) -> int:
    """Run until FILE's window is open (exit 0) or the start window reports a problem (1)."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    clock = QElapsedTimer()
    clock.start()
    result: list[int] = []

    def poll() -> None:
        if shell.events or shell.workspace is not None:
            window = shell.workspace or next(iter(shell.events.values()))
            print(f"imin-desktop: opened {type(window).__name__}: {window.windowTitle()}")
            result.append(0)
        elif shell.start.message.isVisible() and shell.start.task is None:
            print(f"imin-desktop: could not open: {shell.start.message.text()}")
            result.append(1)
        elif clock.elapsed() > limit_ms:
            result.append(2)
        if result:
            timer.stop()
            shell.shutdown()
            app.exit(result[0])

    timer = QTimer(app)
    timer.timeout.connect(poll)
    timer.start(100)
    return int(app.exec())


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(choose_language())  # --help and the messages below, before the GUI exists
    args = parse_args(argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return desktop_integration(args.install_desktop_entry)
    if args.check_modules:  # the bundle's test: modules the program imports on first use
        import importlib
        import json

        missing = []
        for name in Path(args.check_modules).read_text(encoding="utf-8").split():
            try:
                importlib.import_module(name)
            except ImportError as exc:
                missing.append(f"{name}: {exc}")
        print(json.dumps(missing))
        return 0
    if args.check_resources:
        import json

        print(json.dumps(check_resources(), indent=1))
        return 0
    problem = display_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    log_path = setup_logging()
    hook = ExceptHook()
    hook.install()
    logging.getLogger(__name__).info("imIN Desktop %s starting (log: %s)", __version__, log_path)
    try:
        app = create_application(argv)
        from imin_desktop.ui.common.single_instance import InstanceServer, forward

        if args.smoke_test:
            app, shell = build(argv)
            return smoke_test(app, shell)
        if not args.new_instance and forward([(args.file or "", args.read_only)]):
            logging.getLogger(__name__).info("handed %s to the running instance", args.file)
            return 0
        app, shell = build(argv)
        server = InstanceServer(parent=app)
        server.open_requested.connect(lambda path, ro: shell.open(path or None, ro))
        server.listen()
        app.aboutToQuit.connect(server.close)
        return int(app.exec())
    finally:
        hook.uninstall()
