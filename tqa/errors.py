"""Domain errors. Each says what went wrong, where, and how to fix it.

The CLI catches TqaError once and prints each of its problems as a single line
(usually one; a glossary entry or config file with several gives each), exit 2.
Anything else that escapes a stage is a bug in tqa: `StageError` carries which
stage and which input it was working on, so the CLI can say so in one line, exit 3.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal, Self, TypeVar

T = TypeVar("T")

ECHO_LIMIT = 120  # characters of a value from a file echoed in an error line
_LINE_LIMIT = 1000  # characters of a whole error line, whatever it quotes


def _escaped(text: str) -> str:
    """Control, format (bidi) and surrogate characters made visible, as repr() shows them:
    an error line must not clear the terminal, set its title, or reverse itself."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def cut(text: str, limit: int = ECHO_LIMIT) -> str:
    """At most `limit` characters, with an ellipsis when something was cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shown(value: object, limit: int = ECHO_LIMIT) -> str:
    """A value read from a file, quoted for an error line: escaped, cut, one line.

    Like `repr`, but a 5,000-digit integer or a 10 MB text cannot make the line huge.
    """
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 400:
        return f"<an integer of about {int(value.bit_length() * 0.30103)} digits>"
    if isinstance(value, (dict, list, tuple)):
        return f"<a {type(value).__name__} of {len(value)} item(s)>"
    text = value if isinstance(value, str) else str(value)
    return repr(cut(text, limit))


def named(value: object, limit: int = ECHO_LIMIT) -> str:
    """A key or name read from a file, unquoted when it is a text: escaped and cut."""
    return one_line(cut(value, limit)) if isinstance(value, str) else shown(value, limit)


def one_line(text: str, limit: int = _LINE_LIMIT) -> str:
    return cut(_escaped(text), limit)


class TqaError(Exception):
    """Base of every expected, user-facing failure. One error may carry others found with
    it (`also`): an editor fixing a glossary entry or a config file wants every problem in
    one run. The CLI prints each problem on its own line."""

    def __init__(self, what: str, *, where: str | None = None, fix: str | None = None, also: Sequence[Self] = ()) -> None:
        self.what = what
        self.where = where
        self.fix = fix
        self.also = tuple(also)
        super().__init__(self.__str__())

    def line(self) -> str:
        # File names and quoted values come from outside: escaped here, once, for every error.
        text = f"{self.where}: {self.what}" if self.where else self.what
        if self.fix:
            text += f" ({self.fix})"
        return one_line(text)

    def __str__(self) -> str:
        # Still one line where one is kept (a batch's index, a log); the CLI prints each problem's own.
        return one_line("; ".join(error.line() for error in self.problems))

    @property
    def problems(self) -> tuple[Self, ...]:
        """This error and those found with it, in order; read each one's own line, what, where and fix."""
        return (self, *self.also)


def gather(errors: list[TqaError], make: Callable[..., T], *args: Any) -> T | None:
    """make(*args), or None with every problem it raised added to `errors` (see raise_all)."""
    try:
        return make(*args)
    except TqaError as error:
        errors.extend(error.problems)
        return None


def raise_all(errors: Sequence[TqaError]) -> None:
    """Raise the problems gathered, as the first one's kind carrying the others; nothing when none."""
    if errors:
        first = errors[0]
        raise type(first)(first.what, where=first.where, fix=first.fix, also=errors[1:])


class InputError(TqaError):
    """An article file that cannot be read, is empty, or is in the wrong language."""


class ConfigError(TqaError):
    """Bad settings: an unknown check code, a malformed tqa.toml, an invalid option."""


class GlossaryError(TqaError):
    """A glossary file that cannot be parsed or has an invalid entry."""


class OutputError(TqaError):
    """A report or an output file that cannot be written where it was asked for."""


class StageError(Exception):
    """An unexpected exception inside a stage: a bug in tqa, never a finding (exit 3).

    `stage` is read, segment, align, check CODE or report; `inputs` the files it was
    working on. The original exception is the `__cause__`.
    """

    def __init__(self, stage: str, inputs: tuple[str, ...], cause: BaseException) -> None:
        self.stage = stage
        self.inputs = inputs
        self.cause = cause
        super().__init__(self.__str__())

    def __str__(self) -> str:
        on = f" on {', '.join(self.inputs)}" if self.inputs else ""
        return one_line(f"internal error in stage {self.stage!r}{on}: {describe(self.cause)}")


def describe(error: BaseException) -> str:
    """One line for an unexpected exception: its type and the start of its message."""
    message = cut(one_line(str(error)), ECHO_LIMIT)
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


class in_stage:  # noqa: N801 - used as `with in_stage("read", path):`, like a function
    """Mark a stage: an unexpected exception inside it becomes a StageError naming the
    stage and its inputs. Domain errors and interrupts pass through unchanged."""

    def __init__(self, stage: str, *inputs: object) -> None:
        self.stage = stage
        self.inputs = tuple(str(i) for i in inputs if i is not None)

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, _tb: object) -> Literal[False]:
        if error is None or isinstance(error, (TqaError, StageError)) or not isinstance(error, Exception):
            return False
        if isinstance(error, OSError) and self.stage == "report":
            return False  # standard output closed or full: the CLI's own one-line message
        if isinstance(error, OSError) and self.stage == "read":
            # A file that cannot be read (EIO, EACCES raced after a check) is the input's
            # problem, not tqa's: the usual one-line input error.
            reason = error.strerror or type(error).__name__
            raise InputError(f"cannot be read: {reason}", where=", ".join(self.inputs) or None, fix="check the file") from None
        raise StageError(self.stage, self.inputs, error) from error


# defusedxml's refusals by class name, in words: its own messages are Python reprs
# ("EntitiesForbidden(name='lol', system_id=None, public_id=None)").
_UNSAFE_XML = {
    "EntitiesForbidden": "it declares entities, which tqa does not expand (an entity can hide a billion-laughs bomb)",
    "DTDForbidden": "it has a document type declaration, which tqa does not read",
    "ExternalReferenceForbidden": "it refers to an external file or address, which tqa does not fetch",
    "NotSupportedError": "it uses an XML feature tqa does not read",
}


def xml_problem(error: BaseException) -> str:
    """Why an XML file was not read, in words: not well-formed (where), or a refused feature."""
    refused = _UNSAFE_XML.get(type(error).__name__)
    return f"unsafe XML: {refused}" if refused else f"not well-formed XML: {error}"
