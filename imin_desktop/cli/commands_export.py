"""``imin export xlsx``: the consolidated results as documents to send around.

Each document is a top-level command with a format word (``export xlsx``; ``report pdf`` sits
beside it): ``register`` adds one parser per command word, :func:`add_results_options` gives every
document the same ``--method`` / ``--lang`` choice, and each format is one ``_<word>_<format>``
function calling its service.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from imin_desktop.cli.common import event_db
from imin_desktop.cli.lazy import lazy
from imin_desktop.cli.output import say
from imin_desktop.domain.consolidation.results import RESULT_METHODS
from imin_desktop.domain.text import LANGUAGES as LANGS
from imin_desktop.domain.text import _, language

if TYPE_CHECKING:
    from imin_desktop.services import events, exports
else:
    events, exports = lazy("imin_desktop.services.events", "imin_desktop.services.exports")


Sub = argparse._SubParsersAction


def add_results_options(p: argparse.ArgumentParser) -> None:
    """The choices every results document offers: aggregation method and language."""
    p.add_argument("--method", choices=list(RESULT_METHODS), default="mean",
                   help=_("aggregation method (default: mean)"))  # fmt: skip
    p.add_argument("--lang", choices=list(LANGS), default=language(),
                   help=_("language of the document (default: the interface language)"))  # fmt: skip


def _export_xlsx(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        path = exports.export_workbook(db, Path(args.out), method=args.method, lang=args.lang)
    say(
        _("{path}: consolidated workbook (method {method}, {lang})").format(
            path=path, method=args.method, lang=args.lang
        )
    )
    return 0


def register(commands: Sub[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export", help=_("the consolidated results as a spreadsheet"))
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    p = formats.add_parser("xlsx", help=_("consolidated workbook: ranking, reviews, criteria, "
                           "matrix, methods, jurors, reliability, rubric, audit"))  # fmt: skip
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("out", metavar="OUT.xlsx")
    add_results_options(p)
    p.set_defaults(func=_export_xlsx)
