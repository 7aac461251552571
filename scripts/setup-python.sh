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
.venv/bin/python -m uv pip install -q --python .venv/bin/python -e ".${EXTRAS}"
# The compiled translations (.qm) the GUI loads: built here from resources/translations/*.ts.
.venv/bin/python tools/translations.py release
