"""YAML for glossaries: libyaml's parser, scalars as text, and no alias expansion blow-up.

A glossary's values are all text, so the only implicit type kept is null: `id:
2024-01-01`, `en: yes` or a 5,000-digit id are read as the text written, never as a
date, a bool or an integer. A YAML alias is a reference, so a "billion laughs" file
is small in memory until something walks it; the composed graph is measured first
(each node once, with memo), and a file whose aliases would expand beyond a bound
is refused before any value is built from it.
"""

from __future__ import annotations

from typing import Any

import yaml

_BASE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when PyYAML has it
_NULL = "tag:yaml.org,2002:null"


_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_STR = "tag:yaml.org,2002:str"


class _GlossaryLoader(_BASE):  # type: ignore[misc]
    """libyaml's parser and composer; values are built by `_build`, not by PyYAML's constructors."""

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool]) -> str:
        # Plain scalars are text unless they spell null; every implicit date, bool or number stays text.
        if kind is yaml.ScalarNode:
            return _NULL if implicit[0] and value in _NULLS else _STR
        return str(super().resolve(kind, value, implicit))


class TooManyNodes(yaml.YAMLError):
    def __init__(self, limit: int) -> None:
        super().__init__()
        self.problem = f"aliases expand to more than {limit:,} values (an alias bomb?)"
        self.problem_mark = None


def expanded_size(root: yaml.Node, limit: int) -> int:
    """Nodes in the tree with every alias expanded, counted without expanding: each
    distinct node's size is computed once (post-order, no recursion), then reused."""
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in sizes:
            continue
        children = _children(node)
        if not children_done and any(id(c) not in sizes for c in children):
            stack.append((node, True))
            stack.extend((c, False) for c in children if id(c) not in sizes)
            continue
        if any(id(c) not in sizes for c in children):  # a cycle (a recursive alias): it never ends
            raise TooManyNodes(limit)
        sizes[id(node)] = min(limit + 1, 1 + sum(sizes[id(c)] for c in children))
    return sizes[id(root)]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _build(root: yaml.Node) -> Any:
    """Plain data from the node graph: text, None, lists and dicts (with their line under
    "__line__"). An explicit tag (!!int, !!binary, !!python/...) is not obeyed: its text
    is kept. A node reached twice through an alias is built once and shared."""
    built: dict[int, Any] = {}

    def build(node: yaml.Node) -> Any:
        if id(node) in built:
            return built[id(node)]
        if isinstance(node, yaml.ScalarNode):
            value: Any = None if node.tag == _NULL else str(node.value)
        elif isinstance(node, yaml.SequenceNode):
            value = built[id(node)] = []
            value.extend(build(child) for child in node.value)
        else:
            value = built[id(node)] = {}
            for key_node, value_node in node.value:
                key = build(key_node)
                if not isinstance(key, (str, type(None))):
                    raise yaml.MarkedYAMLError(problem="a key that is not a text", problem_mark=key_node.start_mark)
                value[key] = build(value_node)
            value["__line__"] = node.start_mark.line + 1
        built[id(node)] = value
        return value

    return build(root)


def load_yaml(text: str, max_nodes: int) -> Any:
    """The document's data, or yaml.YAMLError (TooManyNodes for an alias bomb)."""
    loader = _GlossaryLoader(text)
    try:
        node = loader.get_single_node()
    finally:
        loader.dispose()
    if node is None:
        return None
    # Without an anchor (&) there is no alias: the graph is a tree no larger than the file.
    if "&" in text and expanded_size(node, max_nodes) > max_nodes:
        raise TooManyNodes(max_nodes)
    return _build(node)
