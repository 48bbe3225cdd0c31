"""Domain errors. Each says what went wrong, where, and how to fix it.

The CLI catches TqaError once and prints `str(error)` as a single line, exit 2.
"""

from __future__ import annotations


class TqaError(Exception):
    """Base of every expected, user-facing failure."""

    def __init__(self, what: str, *, where: str | None = None, fix: str | None = None) -> None:
        self.what = what
        self.where = where
        self.fix = fix
        super().__init__(self.__str__())

    def __str__(self) -> str:
        text = f"{self.where}: {self.what}" if self.where else self.what
        if self.fix:
            text += f" ({self.fix})"
        return text


class InputError(TqaError):
    """An article file that cannot be read, is empty, or is in the wrong language."""


class ConfigError(TqaError):
    """Bad settings: an unknown check code, a malformed tqa.toml, an invalid option."""


class GlossaryError(TqaError):
    """A glossary file that cannot be parsed or has an invalid entry."""


class OutputError(TqaError):
    """A report or an output file that cannot be written where it was asked for."""
