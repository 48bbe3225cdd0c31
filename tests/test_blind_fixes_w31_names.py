"""Name fixes drawn from the blind pairs w31-w33, on invented names and sentences: a
company whose English name says no kind («شركة» in its Arabic does) is referred back to
as «الشركة» once named; a place listed as «مدينة X» is named by X alone when no other
place of the glossary is written with X."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.checks.base import Example

_CEMENT = {
    "id": "gulf-falcon-cement",
    "type": "organisation",
    "en": "Gulf Falcon Cement",
    "ar": ["شركة الصقر الخليجية للإسمنت", "الصقر الخليجية للإسمنت"],
    "variants": ["GFC"],
}
_FIRST_AR = "افتتحت شركة الصقر الخليجية للإسمنت فرناً جديداً يوم الأحد. "
_FIRST_EN = "Gulf Falcon Cement (GFC) opened a new kiln on Sunday. "


@pytest.mark.parametrize(
    ("ar", "fails"),
    [
        (_FIRST_AR + "وقالت الشركة إن الإنتاج سيتضاعف بحلول الصيف.", False),
        (_FIRST_AR + "وقال المسؤولون إن الإنتاج سيتضاعف بحلول الصيف.", True),
        # «الشركة» before the company is named may be any company.
        ("قالت الشركة إن الإنتاج سيتضاعف بحلول الصيف. وافتتحت فرناً جديداً يوم الأحد.", True),
    ],
)
def test_a_company_named_by_its_acronym_is_referred_back_to_as_the_company(tmp_path: Path, ar: str, fails: bool) -> None:
    desk = desk_glossary(tmp_path, [_CEMENT])
    en = _FIRST_EN + "GFC said output would double by the summer."
    if ar.startswith("قالت"):
        en = "GFC said output would double by the summer. It opened a new kiln on Sunday."
    example = Example(ar=ar, en=en, fails=fails, direction="en-ar")
    assert bool(fired(BY_CODE["N103"], example, desk)) == fails, ar
