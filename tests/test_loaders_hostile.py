"""Config, waivers and glossary loaders never crash and never hang (issue 12): a hostile
or broken file is read, or refused with the project's one-line error.

The Hypothesis examples per property are few by default, so that the suite stays
quick; HYPOTHESIS_PROFILE=long (tests/conftest.py) runs a long session.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tqa import config
from tqa.checks.fingerprint import Fingerprints, fingerprint
from tqa.config import Settings, load_settings
from tqa.errors import ConfigError, GlossaryError
from tqa.glossary import files as glossary_files
from tqa.glossary.files import load_glossary_entries
from tqa.glossary.model import Glossary, GlossaryEntry
from tqa.waivers import load_waivers

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = settings.default.max_examples * 2 // 3  # 40 in the quick profile (tests/conftest.py), 1,333 in the long one
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def one_line(error: BaseException) -> str:
    text = str(error)
    assert "\n" not in text and "\x1b" not in text and len(text) < 1100, text[:200]
    return text


# ------------------------------------------------------------------ tqa.toml / pyproject.toml

DEEP = "[" * 3000 + "]" * 3000


@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("pyproject.toml", 'tool = "x"\n', "'tool' is 'x', not a table"),
        ("pyproject.toml", "tool = 5\n", "not a table"),
        ("pyproject.toml", "[tool]\ntqa = [1, 2]\n", "'tool.tqa' is <a list of 2 item(s)>"),
        ("pyproject.toml", '[tool]\ntqa = "s"\n', "'tool.tqa' is 's'"),
        ("tqa.toml", f"x = {DEEP}\n", "nested too deeply"),
        ("tqa.toml", f"fail_on = {'9' * 5000}\n", "integer too long"),
        ("tqa.toml", "glossaries = 5\n", "'glossaries' must be a list of texts"),
        ("tqa.toml", "select = {a = 1}\n", "'select' must be a list of texts"),
        ("tqa.toml", "ignore = [1]\n", "'ignore' must be a list of texts"),
        ("tqa.toml", "fail_on = 3\n", "fail_on: unknown severity '3'"),
        ("tqa.toml", 'fail_on = ["error"]\n', "fail_on: unknown severity <a list of 1 item(s)>"),
        ("tqa.toml", 'severity = "x"\n', "'severity' must be a table"),
        ("tqa.toml", "severity = {N101 = 1}\n", "severity.N101: unknown severity '1'"),
        ("tqa.toml", "waivers = [1]\n", "'waivers' is <a list of 1 item(s)>, not a path"),
        ("tqa.toml", "direction = 5\n", "direction '5' is not ar-en or en-ar"),
        ("tqa.toml", '"\\u001b]0;pwned\\u0007\\u202e" = 1\n', "unknown setting(s) \\x1b]0;pwned\\x07\\u202e"),
        ("tqa.toml", f'direction = "{"x" * 180_000}"\n', "…' is not ar-en"),
        ("tqa.toml", b"fail_on = '\xff'\n", "not UTF-8"),
    ],
)
def test_hostile_config_files_are_one_line_errors(tmp_path: Path, name: str, text: str | bytes, words: str) -> None:
    (tmp_path / name).write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    with pytest.raises(ConfigError) as caught:
        load_settings(tmp_path, {})
    assert words in one_line(caught.value)
    assert len(str(caught.value)) < 400


def test_config_size_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "MAX_CONFIG_BYTES", 100)
    (tmp_path / "tqa.toml").write_text("# " + "x" * 200 + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="larger than 100 bytes"):
        load_settings(tmp_path, {})


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30)
JSONISH = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=12
)
TOMLISH = st.recursive(
    st.booleans() | st.integers() | st.text(max_size=30) | st.sampled_from(["error", "warning", "ar-en", "N101", "auto"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)
KEYS = st.sampled_from(["glossaries", "fail_on", "select", "ignore", "severity", "waivers", "direction"]) | st.text(max_size=8)


@FUZZ
@given(st.dictionaries(KEYS, TOMLISH, max_size=5), st.booleans())
def test_any_toml_table_loads_or_is_a_config_error(
    tmp_path_factory: pytest.TempPathFactory, table: dict[str, Any], in_pyproject: bool
) -> None:
    folder = tmp_path_factory.mktemp("toml")
    lines = "\n".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in table.items())
    if in_pyproject:
        (folder / "pyproject.toml").write_text("[tool.tqa]\n" + lines + "\n", encoding="utf-8", errors="surrogatepass")
    else:
        (folder / "tqa.toml").write_text(lines + "\n", encoding="utf-8", errors="surrogatepass")
    try:
        assert isinstance(load_settings(folder, {}), Settings)
    except ConfigError as error:
        one_line(error)


VALID_TOML = 'glossaries = ["glossaries/syria.yaml"]\nfail_on = "warning"\nselect = ["N", "D"]\n[severity]\nN103 = "error"\n'


def mutated(text: str, data: st.DataObject) -> str:
    """A few random deletions, insertions and replacements: a careless edit, or a fuzzer's."""
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(text)))
        change = data.draw(st.sampled_from(["delete", "insert", "replace"]))
        piece = data.draw(
            st.text(max_size=6) | st.sampled_from(["[", "{", "\x00", "\ud800", "\u202e", "&a", "*a", "\n", '"', "'", ",", "|"])
        )
        if change == "delete":
            text = text[:at] + text[at + len(piece) :]
        elif change == "insert":
            text = text[:at] + piece + text[at:]
        else:
            text = text[:at] + piece + text[at + len(piece) :]
    return text


@FUZZ
@given(st.data())
def test_mutated_toml_loads_or_is_a_config_error(tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    folder = tmp_path_factory.mktemp("toml")
    (folder / "tqa.toml").write_bytes(mutated(VALID_TOML, data).encode("utf-8", "surrogatepass"))
    try:
        load_settings(folder, {})
    except ConfigError as error:
        one_line(error)


# ------------------------------------------------------------------ waivers


def write_waivers(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "w.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"waivers": [{"code": "N101", "fingerprint": "0123456789abcdef", "reason": ' + "9" * 5000 + "}]}", "integer too long"),
        ('{"waivers": [{"code": 5, "fingerprint": "ab"}]}', "'code' must be a text, not '5'"),
        ('{"waivers": [{"code": "N101", "fingerprint": ["ab"]}]}', "'fingerprint' must be a text"),
        ('{"waivers": [{"code": "N101", "fingerprint": "0123456789abcdef", "reason": {"a": 1}}]}', "'reason' must be a text, not <a dict"),
        ('{"waivers": [{"code": "N101", "fingerprint": "0123456789abcdef", "reason": "' + "x" * 3000 + '"}]}', "'reason' is longer than 2,000"),
        ('{"waivers": ["x"]}', "waiver 1 needs 'code' and 'fingerprint'"),
        ('{"waivers": [{"code": "N101", "fingerprint": "zz"}]}', "fingerprint 'zz' is not one tqa writes"),
        ('{"schema": "tqa-waivers/2", "waivers": []}', "schema is 'tqa-waivers/2', which this tqa does not read"),
        ('{"waivers": {"a": 1}}', "has no 'waivers' list"),
        (b"\xff\xfe{", "not valid JSON"),
    ],
)
def test_hostile_waivers_are_one_line_errors(tmp_path: Path, content: str | bytes, words: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_waivers(write_waivers(tmp_path, content))
    assert words in one_line(caught.value)


def test_a_lone_surrogate_in_a_reason_is_read_as_the_replacement_character(tmp_path: Path) -> None:
    path = write_waivers(tmp_path, '{"waivers": [{"code": "N101", "fingerprint": "0123456789abcdef", "reason": "ok \\ud800 then"}]}')
    assert load_waivers(path)[0].reason == "ok \ufffd then"


def test_a_10_mb_waivers_file_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    reason = "x" * 10_000_000
    path = write_waivers(tmp_path, '{"waivers": [{"code": "N101", "fingerprint": "0123456789abcdef", "reason": "' + reason + '"}]}')
    with pytest.raises(ConfigError, match="more than the 5,000,000"):
        load_waivers(path)


@FUZZ
@given(
    JSONISH
    | st.fixed_dictionaries(
        {
            "waivers": st.lists(
                st.dictionaries(st.sampled_from(["code", "fingerprint", "reason"]) | st.text(max_size=5), JSONISH), max_size=4
            )
        }
    )
)
def test_any_json_loads_as_waivers_or_is_a_config_error(tmp_path_factory: pytest.TempPathFactory, value: Any) -> None:
    path = write_waivers(tmp_path_factory.mktemp("w"), json.dumps(value))
    try:
        for waiver in load_waivers(path):
            assert all(isinstance(v, str) for v in (waiver.code, waiver.fingerprint, waiver.reason))
            waiver.reason.encode("utf-8")  # writable
    except ConfigError as error:
        one_line(error)


# ------------------------------------------------------------------ fingerprints


def test_cached_fingerprints_equal_the_definition_on_every_sample_and_test_article() -> None:
    from tests.test_samples import ARTICLES, SAMPLES, pairs, settings_for
    from tqa.pipeline import run

    checked = 0
    for folder in (SAMPLES, ARTICLES):
        for name in pairs(folder):
            report = run(folder / f"{name}.ar.md", folder / f"{name}.en.md", settings_for(folder / f"{name}.defects.yaml"))
            doc = report.document
            seen: dict[tuple[str, str | None, str | None, str], list[str]] = {}
            for f in report.findings:
                source = doc.source.segments[f.source.segment].text if f.source else None
                target = doc.target.segments[f.target.segment].text if f.target else None
                evidence = (f.source.text if f.source else "") + "\x1e" + (f.target.text if f.target else "")
                seen.setdefault((f.code, source, target, evidence), []).append(f.fingerprint)
            # A repeat of the same evidence hashes its place among its kind (the second, the third).
            for (code, source, target, evidence), found in seen.items():
                assert sorted(found) == sorted(fingerprint(code, source, target, evidence, n + 1) for n in range(len(found)))
                checked += 1
    assert checked > 50


def test_fingerprints_of_many_findings_in_one_huge_sentence() -> None:
    sentence = "the " * 50_000  # 200 KB
    other = "ال" * 1000
    cached = Fingerprints()  # how long this takes: bench/hostile.py (tests assert no wall-clock time)
    values = [cached("U401", sentence, other, f"the\x1e{n}") for n in range(20_000)]
    assert values[7] == fingerprint("U401", sentence, other, "the\x1e7")
    assert cached("X", "a\ud800", None, "e") == fingerprint("X", "a\ud800", None, "e")  # hashes, never crashes


# ------------------------------------------------------------------ glossaries


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
    return path


BOMB = (
    "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8))
    + "entries:\n  - id: x\n    en: X\n    note: *i\n"
)


@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("big.csv", 'id,en\nx,"' + "y" * 140_000 + '"\n', "big.csv:2: not a valid table: field larger than field limit"),
        ("deep.yaml", "entries: " + "[" * 5000 + "]" * 5000 + "\n", "deep.yaml"),
        ("bomb.yaml", BOMB, "aliases expand to more than"),
        ("scalar.yaml", "entries: [1, x]\n", "entry 1 is '1', not a mapping"),
        ("list.yaml", "entries:\n  - [a, b]\n", "entry 1 is <a list of 2 item(s)>"),
        ("en.yaml", "entries:\n  - id: x\n    en: [a, b]\n", "'en' must be a text, not <a list of 2 item(s)>"),
        ("note.yaml", "entries:\n  - id: x\n    en: X\n    note: {a: 1}\n", "note.yaml:2: 'note' must be a text"),
        ("type.yaml", "entries:\n  - id: x\n    en: X\n    type: [person]\n", "'type' must be a text"),
        ("ar.yaml", "entries:\n  - id: x\n    en: X\n    ar: {a: b}\n", "'ar' must be a text or a list of texts"),
        ("short.yaml", "entries:\n  - id: x\n    en: X\n    short: [x]\n", "'short' must be a text"),
        ("key.yaml", "entries:\n  - id: x\n    en: X\n    ? [k]\n    : v\n", "key.yaml"),
        ("hugeid.yaml", "entries:\n  - id: " + "7" * 5000 + "\n    en: X\n", "'id' is longer than 300"),
        ("field.yaml", 'entries:\n  - id: x\n    en: X\n    "\\e]0;x\\a": 1\n', "unknown field(s) \\x1b]0;x\\x07"),
    ],
)
def test_hostile_glossaries_are_one_line_errors(tmp_path: Path, name: str, text: str, words: str) -> None:
    with pytest.raises(GlossaryError) as caught:
        load_glossary_entries(write(tmp_path, name, text))
    assert words in one_line(caught.value)


def test_yaml_dates_bools_and_numbers_are_read_as_the_text_written(tmp_path: Path) -> None:
    text = "entries:\n  - id: 2024-01-01\n    en: yes\n    ar: [2024-01-01 10:00:00, 12]\n    short: no\n    note: 1.50\n  - id: 0x1F\n    en: !!int 5\n"
    first, second = load_glossary_entries(write(tmp_path, "g.yaml", text))
    assert (first.id, first.en, first.ar, first.short, first.note) == (
        "2024-01-01",
        "yes",
        ("2024-01-01 10:00:00", "12"),
        "no",
        "1.50",
    )
    assert (second.id, second.en) == ("0x1F", "5")


def test_glossary_size_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(glossary_files, "MAX_GLOSSARY_BYTES", 100)
    with pytest.raises(GlossaryError, match="more than the 100 a glossary may have"):
        load_glossary_entries(write(tmp_path, "g.yaml", "entries:\n" + "  - en: X\n" * 20))
    monkeypatch.setattr(glossary_files, "MAX_GLOSSARY_BYTES", 10_000)
    monkeypatch.setattr(glossary_files, "MAX_ENTRIES", 3)
    with pytest.raises(GlossaryError, match="has 4 entries, more than 3"):
        load_glossary_entries(write(tmp_path, "g.csv", "en\na\nb\nc\nd\n"))


def test_many_arabic_forms_folding_to_one_word_match_as_before(tmp_path: Path) -> None:
    lines = ["entries:"]
    for n in range(30_000):
        lines += [f"  - id: e{n}", f"    en: Entry {n}", f"    ar: [{'الكلمة' if n % 10 == 1 else 'كلمة'}]"]
    # How long: bench/hostile.py (1 s; 18 s and more when each add scanned its slot).
    glossary = Glossary(load_glossary_entries(write(tmp_path, "g.yaml", "\n".join(lines) + "\n")))
    matches = glossary.find("وصلت الكلمة أمس", "ar")
    assert [(m.entry.id, m.text) for m in matches] == [("e1", "الكلمة")]  # the first entry listing that form, as before


def test_the_index_keeps_one_candidate_per_form_and_entry() -> None:
    entry = GlossaryEntry(id="a", type="term", en="Term", variants=("Term", "term"))
    glossary = Glossary([entry, GlossaryEntry(id="b", type="term", en="Term")])
    found = glossary._english.longest("term", [], 0)
    assert found is not None and found[0] == 1
    forms = [((e := glossary.entries[i]).en, *e.variants)[w] for i, w, _ in found[1]]
    assert list(zip(forms, [glossary.entries[i].id for i, _, _ in found[1]], strict=False)) == [
        ("Term", "a"),
        ("term", "a"),
        ("Term", "b"),
    ]


def test_nested_tbx_concepts_are_all_read(tmp_path: Path) -> None:
    n = 4000
    inner = '<langSet xml:lang="en"><tig><term>Term</term></tig></langSet>'
    text = (
        '<?xml version="1.0"?><martif><text><body>' + ("<termEntry>" + inner) * n + "</termEntry>" * n + "</body></text></martif>"
    )
    entries = load_glossary_entries(write(tmp_path, "t.tbx", text))  # how long: bench/hostile.py
    assert len(entries) == n


VALID_YAML = (ROOT / "glossaries" / "syria.yaml").read_text(encoding="utf-8")[:3000].rsplit("\n  - id:", 1)[0] + "\n"
VALID_CSV = "id,type,en,ar,variants,forbidden,short,note\nx,place,Deir ez-Zor,دير الزور,Deir Ezzor,Dair Alzour,,\n"
VALID_TBX = (
    '<?xml version="1.0"?><martif><text><body><termEntry id="t1"><langSet xml:lang="en"><tig><term>Tartus</term>'
    '<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>'
    '<langSet xml:lang="ar"><tig><term>طرطوس</term></tig></langSet></termEntry></body></text></martif>'
)


def loads_or_glossary_error(path: Path) -> None:
    try:
        glossary = Glossary(load_glossary_entries(path))
    except GlossaryError as error:
        one_line(error)
        return
    glossary.find("The delegation arrived in Deir ez-Zor and Tartus.", "en")
    glossary.find("وصل الوفد إلى دير الزور وطرطوس.", "ar")


@FUZZ
@given(
    st.data(),
    st.sampled_from(
        [("g.yaml", VALID_YAML), ("g.csv", VALID_CSV), ("g.tsv", VALID_CSV.replace(",", "\t")), ("g.tbx", VALID_TBX)]
    ),
)
def test_mutated_glossaries_load_or_are_glossary_errors(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject, file: tuple[str, str]
) -> None:
    name, text = file
    loads_or_glossary_error(write(tmp_path_factory.mktemp("g"), name, mutated(text, data)))


ENTRY_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20) | st.dates() | st.datetimes() | st.floats(allow_nan=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
ENTRY = st.dictionaries(
    st.sampled_from(["id", "type", "en", "ar", "variants", "forbidden", "short", "note"]), ENTRY_VALUES, max_size=8
)


@FUZZ
@given(st.lists(ENTRY | ENTRY_VALUES, max_size=5))
def test_any_yaml_entries_load_or_are_glossary_errors(tmp_path_factory: pytest.TempPathFactory, entries: list[Any]) -> None:
    import yaml

    text = yaml.safe_dump({"entries": entries}, allow_unicode=True)
    loads_or_glossary_error(write(tmp_path_factory.mktemp("g"), "g.yaml", text))


@FUZZ
@given(st.text(max_size=300))
def test_any_text_as_a_glossary_loads_or_is_a_glossary_error(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    folder = tmp_path_factory.mktemp("g")
    for name, prefix in (("g.yaml", "entries:\n"), ("g.csv", "id,en,ar\n"), ("g.tbx", "")):
        loads_or_glossary_error(write(folder, name, prefix + text))


def test_glossary_lint_lines_show_escapes_instead_of_sending_them(tmp_path: Path) -> None:
    from tqa.glossary.lint import lint_glossaries

    path = write(tmp_path, "g.yaml", 'entries:\n  - id: "x\\e]0;pwned\\a"\n    en: X\n  - id: "x\\e]0;pwned\\a"\n    en: Y\n')
    lines = [str(problem) for problem in lint_glossaries([path])]
    assert any("duplicate id" in line for line in lines)
    assert all("\x1b" not in line and "\x07" not in line for line in lines)


def test_tbx_with_an_unknown_declared_encoding_is_one_glossary_error(tmp_path: Path) -> None:
    from tqa.errors import GlossaryError
    from tqa.glossary.files import load_glossaries

    tbx = tmp_path / "terms.tbx"
    tbx.write_text('<?xml version="1.0" encoding="x-no-such-codec"?><martif><text><body/></text></martif>', encoding="utf-8")
    with pytest.raises(GlossaryError, match="unknown declared encoding"):
        load_glossaries([tbx])
