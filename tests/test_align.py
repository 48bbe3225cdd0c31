"""The aligner against hand-made gold beads for every bead type."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.align_articles import article, pairs
from tqa.align.bilingual import align, align_length_only
from tqa.align.evaluation import evaluate_beads, format_beads, parse_beads
from tqa.align.io import write_json, write_tmx, write_tsv

AR = [
    "وصل الرئيس أحمد الشرع إلى موسكو يوم الثلاثاء في زيارة تستمر يومين.",
    "والتقى بالرئيس فلاديمير بوتين في الكرملين مساء اليوم نفسه.",
    "وتناولت المحادثات مستقبل قاعدة حميميم الجوية وميناء طرطوس، إضافة إلى صفقة قمح بقيمة ٣٠٠ مليون دولار.",
    "وقال المتحدث دميتري بيسكوف إن الجانبين ناقشا كل القضايا بصراحة.",
    "وأضاف أن مسألة القواعد لم تحسم بعد.",
    "ووقع الجانبان مذكرة لتطوير ميناء طرطوس باستثمارات تبلغ ٨٠٠ مليون دولار.",
    "وستصل أول شحنة من القمح الروسي إلى اللاذقية في ١٥ آذار.",
    "ومن المنتظر أن تعقد اللجنة المشتركة اجتماعها المقبل في دمشق في نيسان.",
]
EN = [
    "President Ahmed al-Sharaa arrived in Moscow on Tuesday for a two-day visit.",
    "He met President Vladimir Putin at the Kremlin the same evening.",
    "The talks covered the future of the Hmeimim air base and the port of Tartus.",
    "They also covered a wheat deal worth $300 million.",
    "Spokesman Dmitry Peskov said the two sides had discussed all issues frankly, adding that the question of the bases had not yet been settled.",
    "The two sides signed a memorandum to develop the port of Tartus with investments of $800 million.",
    "The first shipment of Russian wheat will reach Latakia on March 15.",
    "The joint committee is due to hold its next meeting in Damascus in April.",
]
# 1-1, 1-1, 1-2 (split), 2-1 (merge), 1-1, 1-1, 1-1
GOLD = "[0]:[0]\n[1]:[1]\n[2]:[2, 3]\n[3, 4]:[4]\n[5]:[5]\n[6]:[6]\n[7]:[7]\n"


def gold_pairs(text: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return pairs(parse_beads(text))


def test_splits_and_merges() -> None:
    assert pairs(align(article(AR, "ar"), article(EN, "en"))) == gold_pairs(GOLD)


def without(items: list[str], index: int) -> list[str]:
    return items[:index] + items[index + 1 :]


@pytest.mark.parametrize("dropped", [0, 7], ids=["first", "last"])
def test_omission_of_first_and_last_sentence(dropped: int) -> None:
    english = without(EN, dropped)
    beads = pairs(align(article(AR, "ar"), article(english, "en")))
    assert ((dropped,), ()) in beads
    assert len([b for b in beads if not b[1]]) == 1


def test_addition_in_the_middle() -> None:
    english = EN[:6] + ["Russia has kept a naval presence at Tartus since 1971."] + EN[6:]
    beads = pairs(align(article(AR, "ar"), article(english, "en")))
    assert ((), (6,)) in beads
    assert ((6,), (7,)) in beads and ((7,), (8,)) in beads


def test_omission_in_the_middle_is_not_glued_to_a_neighbour() -> None:
    english = without(EN, 5)  # the $800 million sentence
    beads = pairs(align(article(AR, "ar"), article(english, "en")))
    assert ((5,), ()) in beads


def test_two_to_two() -> None:
    arabic = ["قال الوزير إن الاتفاق سيوقع قريباً.", "وأكد أن قيمته ٢٥٠ مليون دولار، وأن التنفيذ يبدأ في أيار."]
    english = ["The minister said the agreement, worth $250 million,", "would be signed soon and carried out from May."]
    assert pairs(align(article(arabic, "ar"), article(english, "en"))) in ([((0, 1), (0, 1))], [((0,), (0,)), ((1,), (1,))])


def test_paragraph_boundaries_are_hints() -> None:
    arabic = [
        "وصل الوفد إلى دمشق صباح اليوم.",
        "وبدأت المحادثات بعد الظهر.",
        "وفي حلب افتتح مستشفى جديد.",
        "ويضم المستشفى مئتي سرير.",
    ]
    english = [
        "The delegation arrived in Damascus this morning, and talks began in the afternoon.",
        "A new hospital opened in Aleppo.",
        "It has 200 beds.",
    ]
    beads = align(article(arabic, "ar", [0, 0, 1, 1]), article(english, "en", [0, 1, 1]))
    assert pairs(beads) == [((0, 1), (0,)), ((2,), (1,)), ((3,), (2,))]


def test_every_sentence_once_in_order_and_scores_in_range() -> None:
    beads = align(article(AR, "ar"), article(without(EN, 3), "en"))
    assert [i for b in beads for i in b.source] == list(range(len(AR)))
    assert [j for b in beads for j in b.target] == list(range(len(EN) - 1))
    assert all(0.0 <= b.score <= 1.0 for b in beads)


def test_anchors_beat_length_only_on_an_omission() -> None:
    english = without(EN, 5)
    ours = evaluate_beads(
        align(article(AR, "ar"), article(english, "en")),
        parse_beads("[0]:[0]\n[1]:[1]\n[2]:[2, 3]\n[3, 4]:[4]\n[5]:[]\n[6]:[5]\n[7]:[6]\n"),
    )
    baseline = evaluate_beads(
        align_length_only(article(AR, "ar"), article(english, "en")),
        parse_beads("[0]:[0]\n[1]:[1]\n[2]:[2, 3]\n[3, 4]:[4]\n[5]:[]\n[6]:[5]\n[7]:[6]\n"),
    )
    assert ours.strict_f1 == 1.0
    assert ours.strict_f1 >= baseline.strict_f1


def test_writers() -> None:
    source, target = article(AR, "ar"), article(EN, "en")
    beads = align(source, target)
    tsv = write_tsv(beads, source, target).splitlines()
    assert len(tsv) == len(beads) and tsv[2].split("\t")[1] == f"{EN[2]} {EN[3]}"
    tmx = ElementTree.fromstring(write_tmx(beads, source, target))
    assert tmx.get("version") == "1.4"
    assert len(tmx.findall("./body/tu")) == len(beads)
    assert '"source_text"' in write_json(beads, source, target)
    assert parse_beads(format_beads(beads)) == beads


def test_align_command_with_gold(tmp_path: Path) -> None:
    ar, en, gold = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "gold.txt"
    ar.write_text("\n".join(AR) + "\n", encoding="utf-8")
    en.write_text("\n".join(EN) + "\n", encoding="utf-8")
    gold.write_text(GOLD, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "tqa", "align", str(ar), str(en), "--one-per-line", "--format", "beads", "--gold", str(gold)],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "strict P 1.000 R 1.000 F1 1.000" in result.stderr
    assert result.stdout.startswith("[0]:[0]:")


def test_latin_letters_kept_in_arabic_are_anchors() -> None:
    from tqa.text.evidence import latin_token_anchors

    arabic = latin_token_anchors("الحرفان اللذان يجب الانتباه لهما هما c و g، وفق معيار H5N1.", "ar")
    english = latin_token_anchors("The letters to watch are c and g, under the H5N1 standard.", "en")
    assert {"l:c", "l:g", "l:h5n1"} <= arabic & english
    assert latin_token_anchors("قال الوزير إن المحادثات مستمرة.", "ar") == set()


def test_tmx_says_what_it_leaves_out(tmp_path: Path) -> None:
    ar, en, out = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "out.tmx"
    ar.write_text("\n".join(AR) + "\n", encoding="utf-8")
    en.write_text("\n".join(without(EN, 5)) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "tqa", "align", str(ar), str(en), "--one-per-line", "--format", "tmx", "-o", str(out)],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "tmx: 1 sentence(s) with no counterpart left out" in result.stderr
    units = ElementTree.parse(out).getroot().findall("./body/tu")
    assert AR[5] not in [u.findtext("./tuv/seg") for u in units]


def test_tmx_holds_nothing_that_changes_between_runs() -> None:
    source, target = article(AR, "ar"), article(EN, "en")
    header = ElementTree.fromstring(write_tmx(align(source, target), source, target)).find("header")
    assert header is not None and "creationdate" not in header.attrib  # a clock value would differ run to run


def test_a_group_letter_is_not_the_english_article() -> None:
    # «المجموعة A» once paired with every "a" of the English, and the dropped
    # sentence was glued to its neighbour (a 2-1 bead) instead of reported.
    arabic = [
        "افتتح المنتخب الوطني مشواره في البطولة بفوز كبير على منتخب الفلبين بأربعة أهداف دون رد.",
        "وسجل المهاجم عمر خربين هدفين في الشوط الأول.",
        "وبهذا الفوز تصدر المنتخب ترتيب المجموعة A.",
        "ويلعب الفريق مباراته الثانية يوم الأحد أمام منتخب الأردن.",
    ]
    english = [
        "The national team opened its campaign with a big win over the Philippines, four goals to nil.",
        "Striker Omar Kharbin scored a brace in the first half, a fine start.",
        "The team plays its second match on Sunday against Jordan, a tougher test.",
    ]
    beads = align(article(arabic, "ar"), article(english, "en"))
    assert ((2,), ()) in pairs(beads)


def test_align_direction_sets_the_tmx_source_language(tmp_path: Path) -> None:
    ar, en, out = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "out.tmx"
    ar.write_text("\n".join(AR) + "\n", encoding="utf-8")
    en.write_text("\n".join(EN) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "tqa", "align", str(en), str(ar), "--one-per-line", "--format", "tmx", "-o", str(out)]
    result = subprocess.run([*command, "--direction", "en-ar"], check=False, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    root = ElementTree.parse(out).getroot()
    header, first_unit = root.find("header"), root.find("./body/tu")
    assert header is not None and header.get("srclang") == "en"
    assert first_unit is not None and first_unit.findtext("./tuv/seg") == EN[0]  # the source comes first


def test_an_a_opening_a_quoted_sentence_is_the_article() -> None:
    from tqa.text.evidence import latin_token_anchors

    assert "l:A" not in latin_token_anchors("He said: A new plan is ready.", "en")
    assert "l:A" in latin_token_anchors("The team tops Group A.", "en")
