"""Modules imported on first use, so ``imin --help`` and ``--version`` answer at once."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule:
    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)


def lazy(*names: str) -> tuple[Any, ...]:
    return tuple(LazyModule(name) for name in names)
