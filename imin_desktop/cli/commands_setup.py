"""``imin demo`` and ``imin validate``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from imin_desktop.cli.output import say
from imin_desktop.domain.errors import InputError
from imin_desktop.domain.text import LANGUAGES, _, language

Sub = argparse._SubParsersAction


def _validate(args: argparse.Namespace) -> int:
    from imin_desktop.formats.registry import detect

    refused = 0
    for name in args.files:
        path = Path(name)
        if not path.exists():
            print(_("{path}: refused: no such file or folder").format(path=path), file=sys.stderr)
            refused += 1
            continue
        fmt = detect(path)
        if fmt is None:
            print(_("{path}: refused: not a file imIN Desktop knows (rubric, submission package or listing, kit, score file, score sheet)").format(path=path),
                  file=sys.stderr)  # fmt: skip
            refused += 1
            continue
        try:
            summary = fmt.validate(path)
        except InputError as exc:
            print(
                _("{path}: refused ({name}): {exc}").format(path=path, name=fmt.name, exc=exc),
                file=sys.stderr,
            )
            refused += 1
            continue
        say(_("{path}: valid {name}: {summary}").format(path=path, name=fmt.name, summary=summary))
    return 1 if refused else 0


def _demo(args: argparse.Namespace) -> int:
    from imin_desktop.services.demo import build_demo

    for line in build_demo(Path(args.out), seed=args.seed, lang=args.lang):
        say(line)
    return 0


def register(commands: Sub[argparse.ArgumentParser]) -> None:
    p = commands.add_parser("demo", help=_("build a complete demo event headless"))
    p.add_argument("--out", default="imin-demo", metavar="DIR")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--lang", choices=list(LANGUAGES), default=language(),
                   help=_("language of the document (default: the interface language)"))  # fmt: skip
    p.set_defaults(func=_demo)
    p = commands.add_parser(
        "validate", help=_("check rubric, package, kit, score file or sheet files")
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=_validate)
