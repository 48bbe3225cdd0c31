"""YAML for glossaries: libyaml's parser, scalars as text, aliases bounded, linear time.

A glossary's values are all text, so the only implicit type kept is null: `id:
2024-01-01`, `en: yes` or a 5,000-digit id are read as the text written, never as a
date, a bool or an integer; an explicit tag (!!int, !!binary, !!python/...) is not
obeyed either. The values are built straight from the parser's events (PyYAML's
composer took ten times as long as parsing: 50,000 entries in 35 s), on an explicit
stack, so deep nesting is no RecursionError. An alias is shared, never copied, and
the size of every value with its aliases expanded is counted as it closes: a
"billion laughs" is refused long before anything walks it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml  # imported by load_yaml: not for a CSV glossary, nor a cached one (#14)
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})


@dataclass
class _Open:
    """A mapping or sequence being read: its value, its expanded size so far, and for a
    mapping the key waiting for its value."""

    value: Any
    anchor: str | None
    line: int
    size: int = 1
    key: Any = None
    has_key: bool = False


def _problem(text: str, event: yaml.Event) -> yaml.MarkedYAMLError:
    import yaml

    mark: Any = event.start_mark  # libyaml's Mark or PyYAML's: both have .line
    return yaml.MarkedYAMLError(problem=text, problem_mark=mark)


def _line(event: yaml.Event) -> int:
    mark: Any = event.start_mark
    return int(mark.line) + 1


class _Builder:
    def __init__(self, max_nodes: int) -> None:
        import yaml

        self.yaml = yaml
        self.max_nodes = max_nodes
        self.anchors: dict[str, tuple[Any, int]] = {}  # anchor -> (value, its size with aliases expanded)
        self.open_anchors: set[str] = set()
        self.stack: list[_Open] = []
        self.documents: list[Any] = []

    def add(self, value: Any, size: int, event: yaml.Event, anchor: str | None) -> None:
        """A complete value: into its parent, or the document when there is none."""
        if size > self.max_nodes:
            raise _problem(f"aliases expand to more than {self.max_nodes:,} values (an alias bomb?)", event)
        if anchor is not None:
            self.anchors[anchor] = (value, size)
        if not self.stack:
            self.documents.append(value)
            return
        parent = self.stack[-1]
        parent.size += size
        if isinstance(parent.value, list):
            parent.value.append(value)
        elif not parent.has_key:
            if not isinstance(value, (str, type(None))):
                raise _problem("a key that is not a text", event)
            parent.key, parent.has_key = value, True
        else:
            parent.value[parent.key] = value
            parent.has_key = False

    def event(self, event: yaml.Event) -> None:
        yaml = self.yaml
        if isinstance(event, yaml.ScalarEvent):
            plain_null = event.implicit[0] and event.value in _NULLS
            self.add(None if plain_null else str(event.value), 1, event, event.anchor)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if self.stack and isinstance(self.stack[-1].value, dict) and not self.stack[-1].has_key:
                raise _problem("a key that is not a text", event)
            value: Any = {} if isinstance(event, yaml.MappingStartEvent) else []
            self.stack.append(_Open(value, event.anchor, _line(event)))
            if event.anchor is not None:
                self.open_anchors.add(event.anchor)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            done = self.stack.pop()
            if isinstance(done.value, dict):
                done.value["__line__"] = done.line
            if done.anchor is not None:
                self.open_anchors.discard(done.anchor)
            self.add(done.value, done.size, event, done.anchor)
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor in self.open_anchors:
                raise _problem(f"alias *{event.anchor} refers to a value that contains it", event)
            if event.anchor not in self.anchors:
                raise _problem(f"alias *{event.anchor} has no anchor &{event.anchor} before it", event)
            self.add(*self.anchors[event.anchor], event, None)


def load_yaml(text: str, max_nodes: int) -> Any:
    """The document's data (None for an empty file), or yaml.YAMLError."""
    import yaml

    builder = _Builder(max_nodes)
    parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when PyYAML has it
    for event in yaml.parse(text, Loader=parser):
        builder.event(event)
        if isinstance(event, yaml.DocumentStartEvent):
            builder.anchors.clear()  # anchors do not cross documents
    if len(builder.documents) > 1:
        raise yaml.MarkedYAMLError(problem="more than one document (---) in the file")
    return builder.documents[0] if builder.documents else None
