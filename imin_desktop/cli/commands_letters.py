"""``imin letters``: one evaluation letter (PDF) per submission, and ``letters.csv``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from imin_desktop.cli.common import event_db
from imin_desktop.cli.lazy import lazy
from imin_desktop.cli.output import say
from imin_desktop.domain.consolidation.results import RESULT_METHODS

if TYPE_CHECKING:
    from imin_desktop.services import letters
else:
    (letters,) = lazy("imin_desktop.services.letters")

Sub = argparse._SubParsersAction


def _letters(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        done = letters.export_letters(db, Path(args.out), lang=args.lang, method=args.method)
    say(f"wrote {len(done.files)} evaluation letters to {done.folder} and the mail-merge list "
        f"{done.csv} ({args.lang}, method {args.method})")  # fmt: skip
    return 0


def register(commands: Sub[argparse.ArgumentParser]) -> None:
    p = commands.add_parser("letters", help="one evaluation letter (PDF) per submission, "
                            "and letters.csv for a mail merge")  # fmt: skip
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the letters")
    p.add_argument("--lang", choices=["pt", "en", "submission"], default="en",
                   help="language of the letters; submission: each in its submission's language")  # fmt: skip
    p.add_argument("--method", choices=list(RESULT_METHODS), default="consensus",
                   help="scores shown (default: consensus, the mean where none was agreed)")  # fmt: skip
    p.set_defaults(func=_letters)
