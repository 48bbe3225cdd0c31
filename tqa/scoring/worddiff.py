"""Word-level diff between a hypothesis sentence and its reference.

The editor reads the diff next to the chrF/TER numbers: which words the
translation has that the reference lacks, and the other way round. Words are
whitespace tokens, so punctuation stays attached to its word, as an editor reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

DiffKind = Literal["equal", "insert", "delete", "replace"]


@dataclass(frozen=True)
class DiffOp:
    """One run of words. `insert`: words only in the reference (hyp is "");
    `delete`: words only in the hypothesis (ref is ""); `replace`: both differ."""

    op: DiffKind
    hyp: str
    ref: str

    def as_dict(self) -> dict[str, str]:
        return {"op": self.op, "hyp": self.hyp, "ref": self.ref}


def word_diff(hyp: str, ref: str) -> tuple[DiffOp, ...]:
    """The ops that turn `hyp` into `ref`, in reading order.

    >>> [o.op for o in word_diff("the big cat sat", "the cat sat down")]
    ['equal', 'delete', 'equal', 'insert']
    """
    hyp_words, ref_words = hyp.split(), ref.split()
    # autojunk off: its popularity heuristic would treat "the" in a long sentence as junk
    # and produce a diff that is correct but not the one an editor expects.
    matcher = SequenceMatcher(None, hyp_words, ref_words, autojunk=False)
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        ops.append(DiffOp(tag, " ".join(hyp_words[i1:i2]), " ".join(ref_words[j1:j2])))
    return tuple(ops)
