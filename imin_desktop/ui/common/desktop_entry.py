"""Desktop integration on Linux (freedesktop.org): a menu entry, icons and file types.

``imin-desktop --install-desktop-entry`` writes, for the current user only (under
``$XDG_DATA_HOME``, by default ``~/.local/share``):

- ``applications/imin-desktop.desktop`` — the menu entry, opening the files below;
- ``mime/packages/imin-desktop.xml`` — the file types ``.imin`` (event), ``.iminkit`` (juror
  kit) and ``.iminscore`` (score file);
- ``icons/hicolor/NxN/apps/imin-desktop.png`` and the file types' icons, at the usual sizes.

It then refreshes the desktop's caches when the tools are there (``update-mime-database``,
``update-desktop-database``, ``gtk-update-icon-cache``); ``--uninstall-desktop-entry`` removes
exactly those files.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QIcon

APP_ID = "imin-desktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


@dataclass(frozen=True)
class FileType:
    mime: str
    suffix: str
    comment: str
    comment_pt: str


FILE_TYPES = (
    FileType("application/x-imin-event", ".imin", "imIN evaluation event", "Evento de avaliação imIN"),
    FileType("application/x-imin-kit", ".iminkit", "imIN juror kit", "Kit de jurado imIN"),
    FileType("application/x-imin-scores", ".iminscore", "imIN score file", "Ficheiro de pontuações imIN"),
)  # fmt: skip


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launch_command() -> str:
    """How the menu entry starts this program: the bundle's executable, or the installed
    ``imin-desktop`` script next to this Python."""
    if getattr(sys, "frozen", False):
        return shlex.quote(sys.executable)
    script = Path(sys.executable).with_name("imin-desktop")
    if script.exists():
        return shlex.quote(str(script))
    found = shutil.which("imin-desktop")
    if found:
        return shlex.quote(found)
    return f"{shlex.quote(sys.executable)} -m imin_desktop"


def desktop_entry(command: str) -> str:
    mimes = ";".join(t.mime for t in FILE_TYPES)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.0\n"
        "Name=imIN Desktop\n"
        "GenericName=Evaluation of challenge submissions\n"
        "GenericName[pt]=Avaliação de candidaturas\n"
        "Comment=Score submissions offline, merge score files, rank and decide\n"
        "Comment[pt]=Pontuar candidaturas sem rede, reunir pontuações, ordenar e decidir\n"
        f"Exec={command} %f\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "Categories=Office;\n"
        f"MimeType={mimes};\n"
        "StartupNotify=true\n"
        f"StartupWMClass={APP_ID}\n"
    )


def mime_package() -> str:
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">\n',
    ]
    for t in FILE_TYPES:
        parts.append(
            f'  <mime-type type="{t.mime}">\n'
            f"    <comment>{t.comment}</comment>\n"
            f'    <comment xml:lang="pt">{t.comment_pt}</comment>\n'
            f'    <icon name="{t.mime.replace("/", "-")}"/>\n'
            f'    <glob pattern="*{t.suffix}" weight="90"/>\n'
            "  </mime-type>\n"
        )
    parts.append("</mime-info>\n")
    return "".join(parts)


def _files(home: Path) -> dict[Path, str]:
    """Every file the integration owns, with what kind it is."""
    out = {
        home / "applications" / f"{APP_ID}.desktop": "entry",
        home / "mime" / "packages" / f"{APP_ID}.xml": "mime",
    }
    for size in ICON_SIZES:
        folder = home / "icons" / "hicolor" / f"{size}x{size}"
        out[folder / "apps" / f"{APP_ID}.png"] = "icon"
        for t in FILE_TYPES:
            out[folder / "mimetypes" / f"{t.mime.replace('/', '-')}.png"] = "icon"
    return out


def install(icon: QIcon, home: Path | None = None, command: str | None = None) -> list[Path]:
    """Write the entry, the file types and the icons; return the files written."""
    home = home or data_home()
    written: list[Path] = []
    for path, kind in _files(home).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if kind == "entry":
            path.write_text(desktop_entry(command or launch_command()), encoding="utf-8")
        elif kind == "mime":
            path.write_text(mime_package(), encoding="utf-8")
        else:
            size = int(path.parent.parent.name.split("x")[0])
            if not icon.pixmap(size, size).save(str(path), "PNG"):
                raise OSError(f"could not write the icon {path}")
        written.append(path)
    _refresh_caches(home)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove exactly the files ``install`` writes; return those that were there."""
    home = home or data_home()
    removed = []
    for path in _files(home):
        if path.exists():
            path.unlink()
            removed.append(path)
    _refresh_caches(home)
    return removed


def _refresh_caches(home: Path) -> None:
    for tool, folder in (
        ("update-mime-database", home / "mime"),
        ("update-desktop-database", home / "applications"),
        ("gtk-update-icon-cache", home / "icons" / "hicolor"),
    ):
        if shutil.which(tool) and folder.is_dir():
            subprocess.run(
                [tool, *(["-f", "-t"] if tool == "gtk-update-icon-cache" else []), str(folder)],
                check=False,
                capture_output=True,
                timeout=60,
            )
