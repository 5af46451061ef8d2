"""Command-line interface: ``python -m analysis COMMAND ...``.

Argument parsing only. Each subcommand lives in its own module under
:mod:`analysis.commands` and exposes ``register(subparsers)``; it sets ``func`` on its parser.
Expected problems (:class:`analysis.errors.AnalysisError`) print one line naming the file and
the problem and exit with status 2, without a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__
from .errors import AnalysisError

#: Subcommand modules, in the order ``--help`` lists them.
COMMANDS = (
    "info",
    "clean",
    "attributions",
    "sourcing",
    "hedges",
    "readability",
    "analyze",
    "columns",
    "kwic",
    "sample",
    "validate",
    "report",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Sourcing, hedging and readability of newspaper columns, with evidence spans.",
    )
    parser.add_argument("--version", action="version", version=f"column-analysis {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"analysis.commands.{name}")
        except ModuleNotFoundError as exc:  # a command still being written is simply not offered
            if exc.name != f"analysis.commands.{name}":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status = args.func(args)
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return int(status or 0)
