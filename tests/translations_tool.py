"""``tools/translations.py`` (what ``scripts/update-translations`` runs) as a module for tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def translations_tool() -> ModuleType:
    if "translations_tool_module" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "translations_tool_module", ROOT / "tools" / "translations.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["translations_tool_module"] = module
        spec.loader.exec_module(module)
    return sys.modules["translations_tool_module"]
