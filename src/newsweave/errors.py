"""Errors a user can act on: each names the input and the problem in one line."""

from __future__ import annotations

MAX_DETAIL = 300  # a detail quoting an input (an exception message, a bad value) is cut to this many characters


class NewsweaveError(Exception):
    """Base class: the CLI prints these as one line, never as a traceback."""


class InputError(NewsweaveError):
    """An input (a file, or one record inside it) that cannot be read; the run skips it and goes on.

    `code` is a short, fixed reason ("malformed JSON", "file too large") that summaries count by;
    `detail` says what exactly was wrong with this input. `reason` joins the two for the one-line message.
    """

    def __init__(self, source: str, code: str, detail: str | None = None) -> None:
        self.source = source
        self.code = code
        detail = " ".join(detail.split()) if detail else None  # one line: library messages may hold CR LF
        if detail and len(detail) > MAX_DETAIL:
            detail = detail[:MAX_DETAIL] + "…"
        self.detail = detail or None
        super().__init__(f"{source}: {self.reason}")

    @property
    def reason(self) -> str:
        return f"{self.code} ({self.detail})" if self.detail else self.code
