#!/usr/bin/env bash
# A project virtual environment in .venv with the package installed (EXTRAS: e.g. "[test]").
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS="${1:-}"
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
if ! .venv/bin/python -m uv --version >/dev/null 2>&1; then
  .venv/bin/python -m pip install -q --disable-pip-version-check uv
fi
# Byte-compiled at install: every command starts from .pyc files even where the user's
# environment forbids writing them (PYTHONDONTWRITEBYTECODE), instead of recompiling
# SQLAlchemy, Alembic and the program on each run.
.venv/bin/python -m uv pip install -q --compile-bytecode --python .venv/bin/python -e ".${EXTRAS}"
# uv compiles what it installs; a venv made before that (or by hand) is compiled here once
# (later runs find every .pyc up to date and take a second or two).
site=$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
.venv/bin/python -m compileall -q -j 0 "$site" imin_desktop >/dev/null 2>&1 || true
# The compiled translations (.qm) the GUI loads: built here from resources/translations/*.ts.
.venv/bin/python tools/translations.py release
