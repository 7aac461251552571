"""argparse's own words ("usage:", "options", its error messages) in the interface language.

argparse looks its words up with ``gettext``; :func:`install` points that lookup at imIN's
catalogue, where the words below are listed for lupdate (``N_``)."""

from __future__ import annotations

import argparse

from imin_desktop.domain.text import N_, _

WORDS = [
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("expected %s argument"),
    N_("expected %s arguments"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
]


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _(singular if n == 1 else plural)


def install() -> None:
    """Make argparse speak the interface language (idempotent)."""
    setattr(argparse, "_", _)  # noqa: B010 - argparse calls the module-level name ``_``
    setattr(argparse, "ngettext", _ngettext)  # noqa: B010
