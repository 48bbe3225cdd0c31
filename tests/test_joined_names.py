"""N104: a compound name written joined and apart (tqa.checks.joined_names), on invented names."""

from __future__ import annotations

import pytest

from tests.example_runs import fired
from tqa.checks import ALL_CHECKS
from tqa.checks.base import Example

N104 = next(c for c in ALL_CHECKS if c.code == "N104")
AR = "قال المستشار ليث عبد الرزاق إن الخطة جاهزة. وأضاف عبد الرزاق أن ثلاث شركات أبدت اهتماماً."


@pytest.mark.parametrize(
    ("en", "changed"),
    [
        ("Adviser Laith Abdul-Razzaq said the plan was ready. Abdulrazzaq added that three firms were interested.", "Abdulrazzaq"),
        ("Adviser Laith Abdulrazzaq said the plan was ready. Abdul Razzaq added that three firms were interested.", "Abdul Razzaq"),
    ],
)
def test_a_compound_name_joined_and_apart_is_one_name_two_ways(en: str, changed: str) -> None:
    [message] = fired(N104, Example(ar=AR, en=en, fails=True))
    assert message.startswith(f"«{changed}» and ") and "joined and apart" in message


@pytest.mark.parametrize(
    "en",
    [
        "Adviser Laith Abdul-Razzaq said the plan was ready. Abdul-Razzaq added that three firms were interested.",
        "Adviser Laith Abdulrazzaq said the plan was ready. Abdulrazzaq added that three firms were interested.",
        # Abu Dhabi and an unrelated Abudi are no two writings of one name.
        "Adviser Laith Abdulrazzaq said in Abu Dhabi the plan was ready. Abudi added that three firms were interested.",
    ],
)
def test_one_writing_throughout_is_no_finding(en: str) -> None:
    assert [m for m in fired(N104, Example(ar=AR, en=en, fails=False)) if "joined and apart" in m] == []
