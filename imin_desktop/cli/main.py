"""The ``imin`` command line: everything a coordinator does, scriptable and headless."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from imin_desktop import __version__
from imin_desktop.cli import (
    argparse_words,
    commands_consensus,
    commands_event,
    commands_export,
    commands_funding,
    commands_juror,
    commands_letters,
    commands_logistics,
    commands_report,
    commands_results,
    commands_server,
    commands_setup,
)
from imin_desktop.cli.output import TerminalSafe
from imin_desktop.domain.errors import InputError, RefusedError
from imin_desktop.domain.progress import Cancelled
from imin_desktop.domain.text import LANGUAGES, _, set_language

# Command words that take the EVENT argument right after them (``--db`` puts the URL there).
EVENT_COMMANDS = {
    ("event", "new"), ("event", "show"), ("submissions", "import"), ("submissions", "list"), ("jurors", "add"),
    ("jurors", "import"), ("jurors", "list"), ("conflicts", "add"), ("assign",), ("kits", "export"),
    ("kits", "check"), ("kits", "confirm"),
    ("sheets", "export"), ("scores", "import"), ("scores", "status"), ("results",), ("decide",),
    ("export", "xlsx"), ("report", "pdf"), ("consensus", "set"), ("consensus", "gate"),
    ("consensus", "clear"), ("consensus", "show"), ("consensus", "import"), ("funding",),
    ("letters",),
}  # fmt: skip

MODULES: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [
    commands_setup.register,
    commands_event.register,
    commands_logistics.register,
    commands_juror.register,
    commands_results.register,
    commands_consensus.register,
    commands_funding.register,
    commands_letters.register,
    commands_export.register,
    commands_report.register,
    commands_server.register,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="imin",
        description=_("imIN Desktop: evaluation of challenge submissions from the command line."),
    )
    parser.add_argument("--version", action="version", version=f"imin {__version__}",
                        help=_("show program's version number and exit"))  # fmt: skip
    parser.add_argument(
        "--lang", choices=list(LANGUAGES),
        help=_("language of messages and help (default: IMIN_LANG, then the system's)"),
    )  # fmt: skip
    parser.add_argument(
        "--db", metavar="URL", help=_("use this database URL instead of an EVENT file (or IMIN_DB)")
    )
    parser.add_argument("--actor", help=_("name recorded in the audit trail (default: your user)"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for register in MODULES:
        register(commands)
    return parser


# Options before the command that take a value (the value is not a command word).
GLOBAL_VALUE_OPTIONS = {"--actor", "--lang"}


def interface_language(argv: Sequence[str]) -> str | None:
    """The ``--lang`` given before the command word (a command's own ``--lang`` is the language
    of the document it writes)."""
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if not arg.startswith("-") and not (i > 0 and argv[i - 1] in GLOBAL_VALUE_OPTIONS):
            return None
    return None


def _insert_db_url(argv: list[str], url: str) -> list[str]:
    """Put the database URL where the EVENT argument goes."""
    words = [
        i
        for i, a in enumerate(argv)
        if not a.startswith("-") and not (i > 0 and argv[i - 1] in GLOBAL_VALUE_OPTIONS)
    ]
    for size in (2, 1):
        if len(words) >= size:
            key = tuple(argv[i] for i in words[:size])
            if key in EVENT_COMMANDS:
                at = words[size - 1] + 1
                return [*argv[:at], url, *argv[at:]]
    return argv


def _split_db(argv: list[str]) -> tuple[list[str], str | None]:
    url = os.environ.get("IMIN_DB") or None
    out: list[str] = []
    skip = False
    for i, arg in enumerate(argv):
        if skip:
            skip = False
            continue
        if arg == "--db" and i + 1 < len(argv):
            url, skip = argv[i + 1], True
        elif arg.startswith("--db="):
            url = arg.split("=", 1)[1]
        else:
            out.append(arg)
    return out, url


def main(argv: Sequence[str] | None = None) -> int:
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout = TerminalSafe(stdout)
    sys.stderr = TerminalSafe(stderr)
    try:
        return _run(argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _run(argv: Sequence[str] | None) -> int:
    args_list, url = _split_db(list(sys.argv[1:] if argv is None else argv))
    set_language(interface_language(args_list))  # None: IMIN_LANG, then the locale
    argparse_words.install()
    if url:
        args_list = _insert_db_url(args_list, url)
    parser = build_parser()
    args = parser.parse_args(args_list)
    args.db_url = url  # for the commands that name a server beside a file (server, push, pull)
    if args.actor:
        os.environ["IMIN_ACTOR"] = args.actor
    try:
        result: int = args.func(args)
        return result
    except InputError as exc:
        print(_("imin: refused: {exc}").format(exc=exc), file=sys.stderr)
        return 1
    except RefusedError as exc:
        print(_("imin: refused: {exc}").format(exc=exc), file=sys.stderr)
        return 1
    except Cancelled:
        print(_("imin: cancelled; nothing was changed"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_("imin: interrupted; nothing was changed"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a defect: tell the user plainly, keep the details for us
        log = _write_crash_log()
        print(
            _(
                "imin: internal error ({kind}: {exc}). Nothing was changed. Details were written to {log}"
            ).format(kind=type(exc).__name__, exc=exc, log=log),
            file=sys.stderr,
        )
        return 70


def _write_crash_log() -> Path:
    import platformdirs

    folder = Path(platformdirs.user_log_dir("imin-desktop", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "crash.log"
    with open(log, "a", encoding="utf-8") as handle:
        handle.write(traceback.format_exc())
        handle.write("\n")
    return log


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
