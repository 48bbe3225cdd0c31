"""A bilingual file's declared source language decides the direction, unless one is given.

Each file pairs a changed weekday (the English says Thursday, the Arabic الجمعة,
Friday) with a unit whose target is empty: an omission of the declared source.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tqa.config import Settings
from tqa.errors import InputError
from tqa.model import Finding, Report
from tqa.pipeline import run
from tqa.readers.bilingual import read_bilingual

ROOT = Path(__file__).resolve().parent.parent
TEXT = {
    "en": (
        "The Jordanian government on Thursday raised petrol prices by 7%.",
        "Jordan imports more than 90% of its energy needs.",
    ),
    "ar": (
        "رفعت الحكومة الأردنية يوم الجمعة أسعار البنزين بنسبة ٧ بالمئة.",
        "ويستورد الأردن أكثر من ٩٠٪ من احتياجاته من الطاقة.",
    ),
}


def _other(lang: str) -> str:
    return "ar" if lang == "en" else "en"


def xliff12(source: str, declared: str | None = None) -> str:
    target = _other(source)
    units = "".join(
        f'<trans-unit id="{i}"><source>{TEXT[source][i]}</source><target>{TEXT[target][i] if i == 0 else ""}</target></trans-unit>'
        for i in range(2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        f'<file source-language="{declared or source}" target-language="{target}" datatype="plaintext" original="x"><body>{units}</body></file></xliff>'
    )


def xliff20(source: str) -> str:
    target = _other(source)
    units = "".join(
        f'<unit id="u{i}"><segment><source>{TEXT[source][i]}</source>{f"<target>{TEXT[target][i]}</target>" if i == 0 else ""}</segment></unit>'
        for i in range(2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="{source}" trgLang="{target}"><file id="f">{units}</file></xliff>'
    )


def tmx(source: str, header: str | None = None, unit_source: str = "") -> str:
    """The target variant is written first: the reader takes the source from srclang, not from the order."""
    target = _other(source)
    attribute = f' srclang="{unit_source}"' if unit_source else ""
    units = "".join(
        f'<tu{attribute}><tuv xml:lang="{target}"><seg>{TEXT[target][i] if i == 0 else ""}</seg></tuv>'
        f'<tuv xml:lang="{source}"><seg>{TEXT[source][i]}</seg></tuv></tu>'
        for i in range(2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" '
        f'o-tmf="x" adminlang="en" srclang="{header or source}" datatype="plaintext"/><body>{units}</body></tmx>'
    )


WRITERS = {"xliff12": (xliff12, "xliff"), "xliff20": (xliff20, "xlf"), "tmx": (tmx, "tmx")}


def write(tmp_path: Path, kind: str, source: str) -> Path:
    writer, suffix = WRITERS[kind]
    path = tmp_path / f"{kind}-{source}.{suffix}"
    path.write_text(writer(source), encoding="utf-8")
    return path


def one(report: Report, code: str) -> Finding:
    found = [f for f in report.findings if f.code == code]
    assert len(found) == 1, [(f.code, f.message) for f in report.findings]
    return found[0]


@pytest.mark.parametrize("kind", sorted(WRITERS))
@pytest.mark.parametrize("source", ["en", "ar"])
def test_the_declared_source_is_the_source(tmp_path: Path, kind: str, source: str) -> None:
    report = run(write(tmp_path, kind, source), None, Settings())
    doc = report.document
    assert (doc.source.lang, doc.target.lang) == (source, _other(source))
    assert [s.text for s in doc.source.segments] == list(TEXT[source])
    assert [s.text for s in doc.target.segments] == [TEXT[_other(source)][0]]
    omission = one(report, "O301")  # the empty target is an untranslated source sentence, not an addition
    assert omission.source is not None and omission.source.text == TEXT[source][1]
    assert not [f for f in report.findings if f.code == "O302"]
    weekday = one(report, "D212")
    assert weekday.source is not None and weekday.target is not None
    if source == "en":  # the Arabic translation is wrong: the English says which day
        assert weekday.message.startswith("The English says Thursday, but the Arabic says «الجمعة»")
        assert (weekday.source.text, weekday.target.text) == ("Thursday", "الجمعة")
    else:
        assert weekday.message.startswith("«الجمعة» is Friday, but the English says Thursday")
        assert (weekday.source.text, weekday.target.text) == ("الجمعة", "Thursday")
    assert report.fails(Settings().fail_on)


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_a_given_direction_wins_over_the_file(tmp_path: Path, kind: str) -> None:
    report = run(write(tmp_path, kind, "en"), None, Settings(direction="ar-en"))
    assert report.document.source.lang == "ar"
    assert one(report, "O302").target is not None  # read backwards, the untranslated unit is an addition


def test_tmx_all_takes_the_units_srclang(tmp_path: Path) -> None:
    path = tmp_path / "all.tmx"
    path.write_text(tmx("en", header="*all*", unit_source="en-US"), encoding="utf-8")
    bilingual = read_bilingual(path)
    assert bilingual.declared_source == "en-US"
    assert [b.text for b in bilingual.first.blocks] == list(TEXT["en"])
    assert run(path, None, Settings()).document.source.lang == "en"


@pytest.mark.parametrize("declared", ["fr", ""])
def test_a_source_language_neither_arabic_nor_english_keeps_the_default(tmp_path: Path, declared: str) -> None:
    path = tmp_path / "fr.xliff"
    path.write_text(xliff12("en").replace('source-language="en"', f'source-language="{declared}"'), encoding="utf-8")
    assert run(path, None, Settings()).document.source.lang == "ar"


def tqa(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tqa", *args], check=False, capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def test_the_terminal_and_json_say_the_file_decided(tmp_path: Path) -> None:
    path, out = write(tmp_path, "xliff12", "en"), tmp_path / "r.json"
    result = tqa("check", str(path), "--json", str(out))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "direction: English is the source, as xliff12-en.xliff declares (source language en)" in result.stdout
    assert "E O301 omission" in result.stdout
    direction = json.loads(out.read_text(encoding="utf-8"))["direction"]
    assert direction == {"source": "en", "from": "file", "declared_source": "en", "contradicts_file": False}


def test_a_contradicting_direction_says_so_in_one_line(tmp_path: Path) -> None:
    path, out = write(tmp_path, "tmx", "en"), tmp_path / "r.json"
    result = tqa("check", str(path), "--direction", "ar-en", "--json", str(out))
    lines = [line for line in result.stdout.splitlines() if line.startswith("direction:")]
    assert lines == [
        "direction: Arabic taken as the source, as given (ar-en), although tmx-en.tmx declares en as its source language (the given direction wins)"
    ]
    direction = json.loads(out.read_text(encoding="utf-8"))["direction"]
    assert (direction["from"], direction["contradicts_file"]) == ("given", True)
    agreeing = tqa("check", str(path), "--direction", "en-ar")
    assert agreeing.returncode == 1 and "\ndirection:" not in agreeing.stdout


def test_an_article_pair_report_has_no_direction_block(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT["ar"][0] + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT["en"][0] + "\n", encoding="utf-8")
    out = tmp_path / "r.json"
    tqa("check", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--json", str(out))
    assert "direction" not in json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("kind", "first_unit"), [("xliff12", "0"), ("xliff20", "u0")])
def test_findings_name_the_unit_a_cat_tool_looks_up(tmp_path: Path, kind: str, first_unit: str) -> None:
    """An XLIFF's findings say "unit u0", not "paragraph 1, sentence 1"; the JSON gives each
    segment its unit (new-user review). A TMX without tuid keeps paragraphs."""
    report = run(write(tmp_path, kind, "en"), None, Settings())
    changed = one(report, "D212")  # Thursday against الجمعة, in the first unit
    assert changed.source is not None
    assert report.document.source.place(changed.source.segment) == f"unit {first_unit}"
    data = json.loads(subprocess.run(
        [sys.executable, "-m", "tqa", "check", str(write(tmp_path, kind, "en")), "--json", "-"],
        capture_output=True, text=True, timeout=120, check=False, cwd=ROOT,
    ).stdout)
    assert [s.get("unit") for s in data["source"]["segments"]] == [first_unit, first_unit.replace("0", "1")]
    plain = run(write(tmp_path, "tmx", "en"), None, Settings())
    assert plain.document.source.place(0) == "paragraph 1, sentence 1"


@pytest.mark.parametrize(
    ("langs", "units", "said"),
    [
        (("fr", "de"), [("Bonne nuit", "Gute Nacht")], "declares French (fr) and German (de): neither is Arabic or English"),
        (
            ("en-GB", "fr-FR"),
            [("Good night", "Bonne nuit")],
            "declares English (en-GB) and French (fr-FR): French (fr-FR) is neither Arabic nor English",
        ),
    ],
    ids=["fr-de", "en-fr"],
)
def test_a_file_declaring_another_language_says_which(
    tmp_path: Path, langs: tuple[str, str], units: list[tuple[str, str]], said: str
) -> None:
    """Units too short to show their language were taken for English: "both files are in
    English" for a French-German XLIFF (new-user review). The declaration says what it is."""
    body = "".join(
        f'<trans-unit id="{i}"><source>{s}</source><target>{t}</target></trans-unit>' for i, (s, t) in enumerate(units, 1)
    )
    path = tmp_path / "memory.xlf"
    path.write_text(
        f'<?xml version="1.0"?><xliff version="1.2"><file source-language="{langs[0]}" target-language="{langs[1]}"><body>{body}</body></file></xliff>',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as raised:
        run(path, None, Settings())
    assert str(raised.value).startswith(f"{path}: {said} (")


@pytest.mark.parametrize("kind", sorted(WRITERS))
@pytest.mark.parametrize("source", ["en", "ar"])
def test_the_signature_says_the_direction_used_and_what_decided_it(tmp_path: Path, kind: str, source: str) -> None:
    """A new user's review: a TMX read English-first printed `direction:auto` in the signature
    of every report (terminal, JSON, HTML), as if no direction had been decided."""
    path = write(tmp_path, kind, source)
    used = f"{source}-{_other(source)}"
    assert f"|direction:{used}(file)|" in str(run(path, None, Settings()).signature)
    assert "|direction:ar-en|" in str(run(path, None, Settings(direction="ar-en")).signature)  # given: as given
    undeclared = tmp_path / f"undeclared.{WRITERS[kind][1]}"
    undeclared.write_text(path.read_text(encoding="utf-8").replace(f'="{source}"', '=""'), encoding="utf-8")
    assert "|direction:ar-en(default)|" in str(run(undeclared, None, Settings()).signature)


def test_an_article_pair_signature_keeps_its_direction_setting(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT["ar"][0] + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT["en"][0] + "\n", encoding="utf-8")
    assert "|direction:auto|" in str(run(tmp_path / "a.txt", tmp_path / "b.txt", Settings()).signature)
