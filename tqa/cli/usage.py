"""A usage error as one line on standard error, as every other refusal of tqa is (README:
"2 a usage or input error, printed as one line"): what is wrong, in which command, and
where to read how to write it.

click (vendored in typer 0.29 as typer._click) prints a usage error as four lines: the
usage, a hint, a blank line and "Error: …". tqa runs typer with standalone_mode=False so
that the error reaches it, and words it here. Only typer's public names are used: its
usage errors are `typer.TyperException`s with an exit code and `format_message()`, and
carry the `typer.Context` of the command they belong to.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from tqa import patterns
from tqa.errors import one_line

if TYPE_CHECKING:
    import typer

# click's wording, made a clause of tqa's line: "No such option: --bogus" reads
# "no such option --bogus" after the program name.
_COLON_AFTER = patterns.compile(r"^(no such option|no such command): ", re.IGNORECASE)
# Where click's message goes on after naming the problem: "no such command 'lnt'. Did you
# mean 'lint'?", "no such option --jsn (Possible options: --json)", "invalid value for
# '--limit': Input should be ..."; the command is named before that.
_GOES_ON = patterns.compile(r"\. | \(|: ")


def command_name(ctx: typer.Context | None) -> str:
    """The command as the user types it, with tqa's own name ("python -m tqa check" is `tqa check`)."""
    names: list[str] = []
    current: Any = ctx  # typer.Context, whose parents are click's own Context class
    while current is not None and current.parent is not None:
        names.append(current.info_name or "")
        current = current.parent
    return " ".join(["tqa", *reversed(names)])


def is_help(error: typer.TyperException, ctx: typer.Context | None) -> bool:
    """A command group called with nothing after it answers with its help (no_args_is_help),
    which click raises as a usage error whose message is that help."""
    return ctx is not None and error.format_message() == ctx.get_help()


def command_in(argv: list[str], root: Any) -> str:
    """The command that the words of `argv` name under the click command `root`, for an error
    click raises before the command has a context ("option '--html' requires an argument")."""
    names: list[str] = []
    command = root
    for token in (t for t in argv if not t.startswith("-")):
        command = getattr(command, "commands", {}).get(token)
        if command is None:
            break
        names.append(token)
    return " ".join(["tqa", *names])


def repeated_option(argv: list[str], root: Any) -> str | None:
    """The one-line error for an option that takes one value given twice (`--json a.json
    --json b.json`): click keeps the last without a word, and the user, who asked for
    two, gets one. A repeatable option (-g) and a flag given twice are fine."""
    command, names = root, ["tqa"]
    seen: set[str] = set()
    tokens = iter(argv)
    for token in tokens:
        if token == "--":
            return None
        if not token.startswith("-") or token == "-":
            sub = getattr(command, "commands", {}).get(token)
            if sub is not None:
                command, seen = sub, set()
                names.append(token)
            continue
        name = token.partition("=")[0] if token.startswith("--") else token[:2]
        option = next((p for p in command.params if name in (*p.opts, *p.secondary_opts) and name.startswith("-")), None)
        if option is None or option.is_flag or option.count:
            continue  # an unknown option is click's to refuse; a flag takes no value
        if token == name:
            next(tokens, None)  # its value
        if not option.multiple and option.name in seen:
            where = " ".join(names)
            return f"tqa: error: option {name} is given twice for '{where}' (only one would be used); see '{where} --help'"
        seen.add(option.name)
    return None


def usage_line(error: typer.TyperException, command: str) -> str:
    """`tqa: error: no such option --bogus for 'tqa check'; see 'tqa check --help'`."""
    message = one_line(error.format_message().strip().rstrip("."))
    message = _COLON_AFTER.sub(lambda m: m.group(1) + " ", message)
    message = message[:1].lower() + message[1:]
    head, tail = _split(message)
    joined = "in" if " for " in head else "for"
    return f"tqa: error: {head} {joined} '{command}'{tail}; see '{command} --help'"


def _split(message: str) -> tuple[str, str]:
    """The problem and what click adds to it, the addition lower-cased and in brackets or after a colon."""
    found = _GOES_ON.search(message)
    if found is None:
        return message, ""
    rest = message[found.end() :]
    rest = rest[:1].lower() + rest[1:]
    tail = f": {rest}" if found.group() == ": " else f" ({rest.removesuffix(')')})"
    return message[: found.start()], tail
