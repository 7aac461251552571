"""Test set-up shared by the whole suite: headless Qt and a private HOME."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = tempfile.mkdtemp(prefix="imin-home-")
os.environ["HOME"] = _home
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_CACHE_HOME"] = os.path.join(_home, "cache")
_runtime = os.path.join(_home, "runtime")
os.makedirs(_runtime, mode=0o700, exist_ok=True)
os.environ["XDG_RUNTIME_DIR"] = _runtime

# Tests read English unless they choose a language; the compiled catalogue matches its source.
os.environ["IMIN_LANG"] = "en"
subprocess.run(
    [sys.executable, str(Path(__file__).parents[1] / "tools" / "translations.py"), "release",
     "--if-stale"],
    check=True, capture_output=True,
)  # fmt: skip
