"""argparse's own words ("usage:", "options", "invalid choice"...) in the UI language.

argparse looks its texts up through the module-level ``_`` and ``ngettext`` at
the moment it writes them, so pointing those at our catalog translates the help
and the usage errors without copying argparse. The sources below are argparse's
exact English texts (Python 3.11); a text not listed stays as argparse wrote it.
"""

from __future__ import annotations

import argparse

from core.i18n import N_, tr

TEXTS = {
    N_("usage: "),
    N_("options"),
    N_("positional arguments"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
}
PLURALS = {
    ("expected %s argument", "expected %s arguments"): N_("expected {count} argument(s)"),
}


def _gettext(text: str) -> str:
    return tr(text) if text in TEXTS else text


def _ngettext(singular: str, plural: str, count: int) -> str:
    source = PLURALS.get((singular, plural))
    if source is None:
        return singular if count == 1 else plural
    return tr(source, count="%s")


def install() -> None:
    """Route argparse's texts through the catalog (idempotent)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
