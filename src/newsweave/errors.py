"""Errors a user can act on: each names the input and the problem in one line."""

from __future__ import annotations


class NewsweaveError(Exception):
    """Base class: the CLI prints these as one line, never as a traceback."""


class InputError(NewsweaveError):
    """An input (a file, or one record inside it) that cannot be read; the run skips it and goes on."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
