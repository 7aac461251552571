"""Desktop integration: the menu entry and file types, and one running program per user."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage

from imin_desktop.ui.common import desktop_entry
from imin_desktop.ui.common.icons import app_icon
from imin_desktop.ui.common.single_instance import InstanceServer, forward

BIN = Path(sys.executable).parent


def test_desktop_entry_installs_a_valid_entry_file_types_and_icons(qapp, tmp_path):
    written = desktop_entry.install(app_icon(), home=tmp_path, command="imin-desktop")
    entry = tmp_path / "applications" / "imin-desktop.desktop"
    assert entry in written
    check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert (check.returncode, check.stdout + check.stderr) == (0, "")
    assert "MimeType=application/x-imin-event;application/x-imin-kit;" in entry.read_text()
    mime = ET.parse(tmp_path / "mime" / "packages" / "imin-desktop.xml").getroot()
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    globs = {m.get("type"): m.find(f"{ns}glob").get("pattern") for m in mime}
    assert globs == {
        "application/x-imin-event": "*.imin",
        "application/x-imin-kit": "*.iminkit",
        "application/x-imin-scores": "*.iminscore",
    }
    icon = QImage(str(tmp_path / "icons/hicolor/48x48/apps/imin-desktop.png"))
    assert (icon.width(), icon.height()) == (48, 48)
    removed = desktop_entry.uninstall(home=tmp_path)
    assert sorted(removed) == sorted(written)
    assert not any(p.is_file() for p in (tmp_path / "applications").rglob("*.desktop"))


def test_install_desktop_entry_command_writes_for_the_current_user(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "HOME": str(tmp_path)}
    env.pop("QT_QPA_PLATFORM", None)  # the command needs no display
    env.pop("DISPLAY", None)
    done = subprocess.run([str(BIN / "imin-desktop"), "--install-desktop-entry"], env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "installed the menu entry" in done.stdout
    entry = tmp_path / "applications" / "imin-desktop.desktop"
    assert f"Exec={BIN / 'imin-desktop'} %f" in entry.read_text()
    undone = subprocess.run([str(BIN / "imin-desktop"), "--uninstall-desktop-entry"], env=env,
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert undone.returncode == 0 and not entry.exists()


def test_a_second_launch_hands_its_file_to_the_running_program(qtbot, tmp_path):
    name = f"imin-test-{uuid.uuid4().hex[:12]}"
    server = InstanceServer(name)
    assert server.listen()
    kit = tmp_path / "J01.iminkit"
    kit.write_bytes(b"not opened here")
    env = {**os.environ, "IMIN_INSTANCE_NAME": name, "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    with qtbot.waitSignal(server.open_requested, timeout=30_000) as received:
        second = subprocess.Popen([str(BIN / "imin-desktop"), "--read-only", str(kit)], env=env)
    assert received.args == [str(kit.resolve()), True]
    assert second.wait(timeout=30) == 0
    server.close()


def test_forward_finds_nobody_when_no_program_is_running(qapp):
    assert forward([("x.imin", False)], name=f"imin-test-{uuid.uuid4().hex[:12]}") is False


def test_instance_server_ignores_garbage_and_keeps_listening(qtbot):
    from PySide6.QtCore import QByteArray
    from PySide6.QtNetwork import QLocalSocket

    name = f"imin-test-{uuid.uuid4().hex[:12]}"
    server = InstanceServer(name)
    assert server.listen()
    socket = QLocalSocket()
    socket.connectToServer(name)
    assert socket.waitForConnected(1000)
    socket.write(QByteArray(b"not json\n[1, 2]\n"))
    socket.flush()
    socket.disconnectFromServer()
    with qtbot.waitSignal(server.open_requested, timeout=5000) as received:
        assert forward([("ok.imin", False)], name=name)
    assert received.args == [str(Path("ok.imin").resolve()), False]
    server.close()
