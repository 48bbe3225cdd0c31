"""Name fixes drawn from the blind pairs w16-w18, on invented names and sentences: a short
brand an article defines in brackets, a place referred back by the feature it is (the
Cape, the strait), a glossary person's full Arabic name with the surname's article
dropped or the given name respelt as the English reads it, a glossary name whose final
ة is written ه, and a name the glossary lacks written with the article once and without
it once."""

from __future__ import annotations

from pathlib import Path

from tests.example_runs import desk_glossary, fired
from tqa.checks import ALL_CHECKS
from tqa.checks.base import Example
from tqa.text.acronyms import defined_acronyms, short_form_shaped

BY_CODE = {c.code: c for c in ALL_CHECKS}


def test_a_short_brand_is_shaped_as_a_short_form() -> None:
    assert short_form_shaped("RSZone") and short_form_shaped("EDL") and short_form_shaped("MoE")
    assert not short_form_shaped("Egypt") and not short_form_shaped("E") and not short_form_shaped("zone")
    name = "Red Sea Free Trade Zone"
    assert defined_acronyms(f"The {name} (RSZone) said.", (name,)) == {"RSZone"}
    assert defined_acronyms(f"The {name} (Egypt) said.", (name,)) == frozenset()


def test_a_listed_short_brand_the_article_defines_is_no_variant(tmp_path: Path) -> None:
    zone = {
        "id": "rsz",
        "type": "organisation",
        "en": "Red Sea Free Trade Zone",
        "ar": ["المنطقة الحرة للبحر الأحمر"],
        "variants": ["RSZone"],
    }
    desk = desk_glossary(tmp_path, [zone])
    ar = "أعلنت المنطقة الحرة للبحر الأحمر خطة جديدة. وقالت المنطقة الحرة للبحر الأحمر إن الاستثمارات زادت."
    defined = "The Red Sea Free Trade Zone (RSZone) announced a new plan. RSZone said investment had grown."
    undefined = "The Red Sea Free Trade Zone announced a new plan. RSZone said investment had grown."
    assert fired(BY_CODE["N101"], Example(ar=ar, en=defined, fails=False), desk) == []
    assert fired(BY_CODE["N101"], Example(ar=ar, en=undefined, fails=True), desk)
