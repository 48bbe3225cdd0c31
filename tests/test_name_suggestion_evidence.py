"""What a suggested glossary entry (N105, `tqa glossary suggest`) takes from the whole article,
a new user's review: a lone "al-Name" that the article places elsewhere was typed a person,
and a headline's capitals became the entry's spelling. Invented sentences, new names."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.example_runs import desk_glossary, document
from tqa.config import Settings
from tqa.glossary.files import load_glossaries
from tqa.glossary.model import Glossary
from tqa.glossary.suggest import NamePair, new_entry_pairs, suggested_entry_yaml
from tqa.pipeline import Inputs, align_inputs, read_aligned, run

LEAD_AR = "افتتحت البلدية سوقاً جديدة للخضار في وسط المدينة صباح أمس.\n\n"
LEAD_EN = "The municipality opened a new vegetable market in the city centre yesterday morning.\n\n"


def _pairs(ar: str, en: str, glossary: Glossary | None = None) -> list[NamePair]:
    used = glossary if glossary is not None else Glossary([], [])
    doc = align_inputs(Inputs(document(LEAD_AR + ar, "ar"), document(LEAD_EN + en, "en"), "ar", "en"), used)
    return new_entry_pairs(doc, used)


def _typed(ar: str, en: str, glossary: Glossary | None = None) -> list[tuple[str, str, str]]:
    return [(p.entry_english, p.kind, p.kind_check) for p in _pairs(ar, en, glossary)]


def test_a_lone_al_name_the_article_places_later_is_a_place() -> None:
    ar = "استهدف قصف مدفعي الزعفرانة فجر الأحد.\n\nوقال سكان في مدينة الزعفرانة إن المحال أغلقت."
    en = "Artillery shelling targeted al-Zaafarana at dawn on Sunday.\n\nResidents said shops had closed across al-Zaafarana."
    assert _typed(ar, en) == [("al-Zaafarana", "place", "")]
    en = "Artillery shelling targeted al-Zaafarana at dawn on Sunday.\n\nResidents of the town of al-Zaafarana said shops had closed."
    ar = "استهدف قصف مدفعي الزعفرانة فجر الأحد.\n\nوقال سكان الزعفرانة إن المحال أغلقت."
    assert _typed(ar, en) == [("al-Zaafarana", "place", "")]


def test_a_glossary_place_beside_the_name_places_it(tmp_path: Path) -> None:
    glossary = desk_glossary(tmp_path, [{"id": "hama", "type": "place", "en": "Hama", "ar": ["حماة"]}])
    ar = "وصلت قافلة مساعدات إلى حماة والزعفرانة يوم الاثنين."
    en = "An aid convoy reached Hama and al-Zaafarana on Monday."
    assert _typed(ar, en, glossary) == [("al-Zaafarana", "place", "")]


def test_with_nothing_around_it_a_lone_al_name_is_a_guess_to_check() -> None:
    ar = "وأثار الزعفراني جدلاً واسعاً بتصريحاته الأخيرة."
    en = "Al-Zaafarani stirred wide controversy with his latest remarks."
    [pair] = _pairs(ar, en)
    assert (pair.kind, pair.kind_check) == ("person", "a guess from the name's shape alone")
    block = suggested_entry_yaml(pair.entry_english, pair.arabic_entry_form, kind=pair.kind, check=pair.kind_check)
    assert "    type: person   # check: a guess from the name's shape alone" in block.splitlines()
    inline = suggested_entry_yaml(pair.entry_english, pair.arabic_entry_form, inline=True, kind=pair.kind, check=pair.kind_check)
    assert inline.endswith("}  # check the type: a guess from the name's shape alone")
    # Either form pastes into a glossary file that loads (the comment is YAML's).
    for entry in (block, f"  - {inline}"):
        assert yaml.safe_load(f"name: desk\nentries:\n{entry}\n")["entries"][0]["type"] == "person"


def test_a_given_name_first_or_a_title_needs_no_check() -> None:
    assert _typed("وقال سامر الزعفراني إن العمل بدأ.", "Samer al-Zaafarani said work had begun.") == [
        ("Samer al-Zaafarani", "person", "")
    ]
    assert _typed("وقال الوزير الزعفراني إن العمل بدأ.", "Minister al-Zaafarani said work had begun.") == [
        ("al-Zaafarani", "person", "")
    ]


def test_later_words_that_belong_to_another_name_or_clause_say_nothing() -> None:
    """A speech verb's subject ("Haddad said Zliten would") and a bank named after a town
    («مصرف زليتن») say nothing of the name; the article's first mention had nothing either."""
    ar = "وتعتمد زليتن على الزراعة.\n\nوقال حداد إن زليتن ستزيد الإنتاج.\n\nورفع مصرف زليتن الفائدة."
    en = "Zliten relies on farming.\n\nHaddad said Zliten would raise output.\n\nThe Bank of Zliten raised its rate."
    typed = {english: (kind, check) for english, kind, check in _typed(ar, en)}
    assert typed["Zliten"] == ("place", "a guess from the name's shape alone")


def _article_pair(tmp_path: Path, ar: str, en: str) -> list[NamePair]:
    (tmp_path / "a.ar.md").write_text(ar, encoding="utf-8")
    (tmp_path / "a.en.md").write_text(en, encoding="utf-8")
    glossary = load_glossaries([])
    return new_entry_pairs(read_aligned(tmp_path / "a.ar.md", tmp_path / "a.en.md", Settings(), glossary), glossary)


def test_the_entry_is_spelt_as_the_body_writes_it_not_as_a_headline(tmp_path: Path) -> None:
    ar = "# قصف يطال سوق الزعفرانة\n\nقصفت طائرات مسيرة سوقاً شعبياً في الزعفرانة صباح الأحد.\n"
    en = "# Drone Strike Hits Al-Zaafarana Market\n\nDrones struck a popular market in al-Zaafarana on Sunday morning.\n"
    [pair] = _article_pair(tmp_path, ar, en)
    assert (pair.english.text, pair.entry_english, pair.kind, pair.kind_check) == ("Al-Zaafarana", "al-Zaafarana", "place", "")
    report = run(tmp_path / "a.ar.md", tmp_path / "a.en.md", Settings(select=("N105",)))
    [finding] = report.findings
    assert finding.message.startswith("«Al-Zaafarana» («الزعفرانة») is not in the glossary")  # the evidence as written
    assert finding.suggestion == "{id: zaafarana, type: place, en: al-Zaafarana, ar: [الزعفرانة]}"


def test_a_sentence_s_first_word_takes_its_spelling_from_the_body_too(tmp_path: Path) -> None:
    ar = "الزعفراني يستقيل من منصبه.\n\nوقدم المحافظ الزعفراني استقالته صباح الأحد.\n"
    en = "Al-Zaafarani resigns from his post.\n\nGovernor al-Zaafarani submitted his resignation on Sunday morning.\n"
    assert [(p.entry_english, p.kind) for p in _article_pair(tmp_path, ar, en)] == [("al-Zaafarani", "person")]


def test_a_word_the_body_writes_in_lower_case_is_no_name(tmp_path: Path) -> None:
    ar = "# صادرات الكافيار ترتفع\n\nارتفعت صادرات الكافيار بنسبة عشرة في المئة هذا العام.\n"
    en = "# Caviar Exports Rise\n\nExports of caviar rose by ten percent this year.\n"
    assert _article_pair(tmp_path, ar, en) == []
    en = "# Caviar Exports Rise\n\nExports of Caviar rose by ten percent this year.\n"  # the body capitalises it: a brand
    assert [p.entry_english for p in _article_pair(tmp_path, ar, en)] == ["Caviar"]
