"""Printing: JSON to stdout and nothing else, or aligned tables for people.

Nothing from a file reaches the terminal raw: ``TerminalSafe`` wraps stdout and stderr for
the whole command and writes every control character other than tab and line feed (ESC, BEL,
NUL, CR, DEL, the C1 controls) and every bidirectional override as a visible ``\\uXXXX``
escape. That escape is also valid inside a JSON string, so ``--json`` output stays JSON
and decodes to the same text.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from imin_desktop.domain.text import N_, _

_UNSAFE = [
    *range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0),
    0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A),
]  # fmt: skip
_ESCAPES = {code: f"\\u{code:04x}" for code in _UNSAFE}


def terminal_safe(text: str) -> str:
    """``text`` with every character that could steer a terminal written as ``\\uXXXX``."""
    return text.translate(_ESCAPES)


class TerminalSafe:
    """A text stream that escapes what ``terminal_safe`` escapes, then writes to ``inner``."""

    def __init__(self, inner: TextIO) -> None:
        self.inner = inner

    def write(self, text: str) -> int:
        return self.inner.write(terminal_safe(text))

    def writelines(self, lines: Sequence[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def print_json(value: Any) -> None:
    # One string, one write: ``json.dump`` writes a few bytes at a time, and every write goes
    # through the terminal-safe stream (250,000 of them for the results of a large event).
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


# Column headings of the tables the commands print, for the catalogue (shown through ``_``).
HEADINGS = [
    N_("id"),
    N_("title"),
    N_("track"),
    N_("attachments"),
    N_("name"),
    N_("email"),
    N_("state"),
    N_("total"),
    N_("juror"),
    N_("assigned"),
    N_("submission"),
    N_("rank"),
    N_("reviews"),
    N_("rank 5–95%"),
    N_("passes"),
    N_("flags"),
    N_("decision"),
    N_("conflicts"),
    N_("mean total"),
    N_("leniency"),
    N_("criterion"),
    N_("mean"),
    N_("consensus"),
    N_("gap"),
    N_("request"),
    N_("cumulative"),
    N_("proposal"),
    N_("done"),
    N_("draft"),
    N_("missing"),
    N_("conflict"),
    N_("not_started"),
    N_("in_progress"),
    N_("event"),
    N_("file"),
    N_("blind"),
    N_("rubric"),
    N_("rubric hash"),
    N_("submissions"),
    N_("jurors"),
    N_("assignments"),
    N_("score files"),
    N_("decisions"),
    N_("yes"),
    N_("no"),
]


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Aligned columns; headings in the interface language."""
    headers = [_(h) if h else h for h in headers]
    show_header = any(headers)
    cells = ([[str(h) for h in headers]] if show_header else []) + [
        ["" if c is None else str(c) for c in r] for r in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0 and show_header:
            print("  ".join("-" * w for w in widths))


def say(message: str) -> None:
    print(message)
