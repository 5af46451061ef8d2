"""Errors the library raises for *expected* problems with the user's input.

The CLI turns every :class:`InputError` into a one-line message naming the file and the
problem, and exit status 2, with no traceback. Anything else is a bug and keeps its traceback.
"""
from __future__ import annotations

import os


class AnalysisError(Exception):
    """Base class for expected, user-facing errors."""


class InputError(AnalysisError):
    """A problem with an input file or argument: ``path`` names it, ``problem`` says what is wrong."""

    def __init__(self, path: str | os.PathLike | None, problem: str):
        self.path = None if path is None else os.fspath(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}" if self.path else problem)
