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
.venv/bin/python -m compileall -q -j 0 imin_desktop >/dev/null
# The compiled translations (.qm) the GUI loads: built here from resources/translations/*.ts.
.venv/bin/python tools/translations.py release
