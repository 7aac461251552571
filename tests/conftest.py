"""Test set-up shared by the whole suite: headless Qt and a private HOME."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = tempfile.mkdtemp(prefix="imin-home-")
os.environ["HOME"] = _home
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_CACHE_HOME"] = os.path.join(_home, "cache")
_runtime = os.path.join(_home, "runtime")
os.makedirs(_runtime, mode=0o700, exist_ok=True)
os.environ["XDG_RUNTIME_DIR"] = _runtime
