"""Hostile and broken inputs, one family per kind of file tqa reads (issue 12).

Each family turns a seed number into one case, deterministically: a valid file
from the repository (samples/, tests/articles/, glossaries/syria.yaml) mutated
at the byte level (flips, truncation, insertion, another encoding), or a file
built to be malicious (XXE, billion laughs, external DTD, deep nesting, zip
bomb, CRC error, huge field, huge integer, lone surrogate, bidi controls,
terminal escapes). tests/fuzz/strategies.py wraps them for Hypothesis and
bench/fuzz.py draws them by the ten thousand.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Case:
    """Files to write into an empty folder, and what the CLI is asked to do with them."""

    family: str
    role: str  # "article", "bilingual", "glossary", "waivers", "config"
    name: str  # the fuzzed file's name
    data: bytes
    note: str  # which mutation or attack made it
    extra: dict[str, bytes] = field(default_factory=dict)  # other files (a valid counterpart article)


# --------------------------------------------------------------------- seeds


@cache
def _articles() -> tuple[tuple[str, str], ...]:
    """(Arabic, English) article pairs from samples/ and tests/articles/."""
    pairs = []
    for folder in (ROOT / "samples", ROOT / "tests" / "articles"):
        for ar in sorted(folder.glob("*.ar.md")):
            en = ar.with_name(ar.name.replace(".ar.md", ".en.md"))
            pairs.append((ar.read_text(encoding="utf-8"), en.read_text(encoding="utf-8")))
    return tuple(pairs)


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.lstrip("#-> ").split()) for p in text.split("\n\n") if p.strip()]


def _pair(rng: random.Random) -> tuple[str, str]:
    return rng.choice(_articles())


HOSTILE_STRINGS = (
    "\u202e\u2066evil\u2069",  # bidi override and isolates
    "\x1b]0;owned\x07\x1b[2J",  # terminal title change, clear screen
    "\x00",
    "\ufeff",
    "<script>alert(1)</script>",
    "\u200f\u200e\u061c",
    "﷽" * 50,
    "9" * 400,  # a number that is infinity as a float
    "1" * 5000,  # over Python's int-string limit
    "@" * 100 + "a" * 3000,
    "~~a " * 2000,
    "[](" * 2000,
    "<a" * 2000,
    "د. " * 2000,
    '"' + "A. " * 2000,
    # Letters re.IGNORECASE matches as ASCII ones: a reader must look them up as such.
    " ſeven million, the fırst quarter, 3 \u212ailometres, İbn Battuta, a ſhare of ſix percent ",
)
ENCODINGS = (
    "utf-16",
    "utf-16-le",
    "utf-32",
    "utf-8-sig",
    "cp1256",
    "iso8859-6",
    "cp1252",
    "latin-1",
    "cp720",
    "mac-arabic",
    "utf-7",
    "cp037",
)


def _encode(text: str, rng: random.Random) -> tuple[bytes, str]:
    """The text in an encoding a desk may send; lone surrogates pass through as bytes."""
    encoding = rng.choice(ENCODINGS)
    return text.encode(encoding, errors=rng.choice(("replace", "ignore"))), f"encoded {encoding}"


def mutate(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """One byte-level mutation of a valid file."""
    kind = rng.randrange(8)
    buffer = bytearray(data)
    if kind == 0 and buffer:
        for _ in range(rng.randint(1, 8)):
            buffer[rng.randrange(len(buffer))] ^= 1 << rng.randrange(8)
        return bytes(buffer), "byte flips"
    if kind == 1:
        return data[: rng.randrange(len(data) + 1)], "truncated"
    if kind == 2:
        at = rng.randrange(len(data) + 1)
        return data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:], "random bytes inserted"
    if kind == 3:
        at = rng.randrange(len(data) + 1)
        return data[:at] + rng.choice(HOSTILE_STRINGS).encode("utf-8", "surrogatepass") + data[at:], "hostile string inserted"
    if kind == 4:
        at = rng.randrange(len(data) + 1)
        return data[:at] + "\ud800".encode("utf-8", "surrogatepass") + data[at:], "lone surrogate"
    if kind == 5 and data:
        start = rng.randrange(len(data))
        chunk = data[start : start + rng.randint(1, 200)]
        return data[:start] + chunk * rng.randint(2, 300) + data[start:], "chunk repeated"
    if kind == 6:
        return _encode(data.decode("utf-8", "replace"), rng)
    return data.replace(b"\n", b"\r\n") if rng.random() < 0.5 else data.replace(b" ", b"\xc2\xa0"), "line ends or spaces changed"


# ------------------------------------------------------------------ articles


def _text_article(rng: random.Random, suffix: str, family: str) -> Case:
    ar, en = _pair(rng)
    fuzzed, other = (ar, en) if rng.random() < 0.5 else (en, ar)
    other_name = "other.en.md" if fuzzed is ar else "other.ar.md"
    roll = rng.random()
    if roll < 0.6:
        data, note = mutate(fuzzed.encode("utf-8"), rng)
    elif roll < 0.85:
        marker = rng.choice(("<a", "*a", "_a ", "![](", "~~a ", "[](", "**", "`", "# ", "> ", "- ", "د. ", "«", "\u202e", "x@"))
        data, note = (fuzzed + "\n\n" + marker * rng.randint(1000, 20000)).encode("utf-8"), f"{marker!r} repeated"
    else:
        data, note = _encode(fuzzed, rng)
    return Case(family, "article", f"fuzzed{suffix}", data, note, {other_name: other.encode("utf-8")})


def txt_md(rng: random.Random) -> Case:
    return _text_article(rng, rng.choice((".txt", ".md")), "txt/md")


def _html_page(text: str, rng: random.Random) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _paragraphs(text))
    head = rng.choice(('<meta charset="utf-8">', '<meta charset="windows-1256">', "", '<meta http-equiv="refresh" content="0">'))
    return f"<!DOCTYPE html><html><head>{head}<title>t</title></head><body><nav><a href='/'>Home</a></nav><article>{paragraphs}</article></body></html>"


def html(rng: random.Random) -> Case:
    ar, en = _pair(rng)
    fuzzed, other_name, other = (ar, "other.en.md", en) if rng.random() < 0.5 else (en, "other.ar.md", ar)
    page = _html_page(fuzzed, rng)
    roll = rng.random()
    if roll < 0.6:
        data, note = mutate(page.encode("utf-8"), rng)
    else:
        attack = rng.choice(
            (
                ("<div>" * 5000 + page + "</div>" * 5000, "deep nesting"),
                (page.replace("<article>", "<article><p>" + "9" * 400 + " and 3 million.</p>"), "number that is infinity"),
                ('<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + page.replace("<p>", "<p>&x;", 1), "XXE"),
                (page.replace("</article>", "<p>" + "<b>" * 3000 + "x" + "</article>"), "unclosed tags"),
                (page.replace("<p>", "<p>\u202e", 3), "bidi controls"),
                (page + "<p>" + "word " * rng.randint(1000, 50000) + "</p>", "huge paragraph"),
            )
        )
        data, note = attack[0].encode("utf-8", "surrogatepass"), attack[1]
    return Case("html", "article", "fuzzed.html", data, note, {other_name: other.encode("utf-8")})


@lru_cache(maxsize=16)
def _docx_bytes(index: int) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in _paragraphs(_articles()[index][0]):
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _rezip(data: bytes, change: Callable[[str, bytes], bytes]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, change(item.filename, source.read(item.filename)))
    return out.getvalue()


@lru_cache(maxsize=1)
def _zip_bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as stream:
            for _ in range(150):
                stream.write(b" " * 1_000_000)
    return out.getvalue()


_DOCX_ATTACKS: tuple[tuple[str, Callable[[str, bytes], bytes]], ...] = (
    ("malformed document.xml", lambda n, b: b[: len(b) // 2] if n == "word/document.xml" else b),
    ("wrong root", lambda n, b: b'<?xml version="1.0"?><root/>' if n == "word/document.xml" else b),
    ("no body", lambda n, b: b.split(b"<w:body>")[0] + b"</w:document>" if n == "word/document.xml" else b),
    ("broken rels", lambda n, b: b"<Relationships><Relationship Id='x'/></Relationships>" if n.endswith(".rels") else b),
    ("broken styles", lambda n, b: b"<w:styles/>" if n == "word/styles.xml" else b),
    ("broken content types", lambda n, b: b"<Types><Override/></Types>" if n == "[Content_Types].xml" else b),
    (
        "XXE",
        lambda n, b: (
            b.replace(b"?>", b'?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1) if n == "word/document.xml" else b
        ),
    ),
    (
        "billion laughs",
        lambda n, b: (
            b.replace(
                b"?>",
                b"?><!DOCTYPE d ["
                + b"".join(b'<!ENTITY e%d "&e%d;&e%d;">' % (i + 1, i, i) for i in range(30))
                + b'<!ENTITY e0 "ha">]>',
                1,
            )
            if n == "word/document.xml"
            else b
        ),
    ),
    ("deep nesting", lambda n, b: b.replace(b"<w:body>", b"<w:body>" + b"<w:p>" * 100000, 1) if n == "word/document.xml" else b),
    ("hostile text", lambda n, b: b.replace(b"<w:t>", "<w:t>\u202e\x1b[2J﷽".encode(), 3) if n == "word/document.xml" else b),
)


def docx(rng: random.Random) -> Case:
    index = rng.randrange(len(_articles()))
    valid = _docx_bytes(index)
    other = _articles()[index][1].encode("utf-8")
    roll = rng.random()
    if roll < 0.4:
        data, note = mutate(valid, rng)
    elif roll < 0.5:
        buffer = bytearray(valid)
        at = valid.find(b"word/document.xml") + 60  # inside the part's compressed data
        buffer[at] ^= 0xFF
        data, note = bytes(buffer), "CRC error"
    elif roll < 0.53:
        data, note = _zip_bomb(), "zip bomb"
    else:
        note, change = rng.choice(_DOCX_ATTACKS)
        data = _rezip(valid, change)
    return Case("docx", "article", "fuzzed.docx", data, note, {"other.en.md": other})


# ----------------------------------------------------------------- bilingual


def _bilingual_text(rng: random.Random) -> tuple[str, str]:
    ar, en = _pair(rng)
    units = list(zip(_paragraphs(ar), _paragraphs(en), strict=False))
    kind = rng.choice(("tmx", "xliff1", "xliff2"))

    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;")

    if kind == "tmx":
        body = "".join(
            f'<tu><tuv xml:lang="ar"><seg>{esc(a)}</seg></tuv><tuv xml:lang="en"><seg>{esc(e)}</seg></tuv></tu>' for a, e in units
        )
        return f'<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="ar"/><body>{body}</body></tmx>', ".tmx"
    if kind == "xliff1":
        body = "".join(
            f'<trans-unit id="{i}"><source>{esc(a)}</source><target>{esc(e)}</target></trans-unit>'
            for i, (a, e) in enumerate(units)
        )
        return (
            (
                '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2"><file source-language="ar" target-language="en">'
                f"<body>{body}</body></file></xliff>"
            ),
            ".xlf",
        )
    body = "".join(
        f'<unit id="{i}"><segment><source>{esc(a)}</source><target>{esc(e)}</target></segment></unit>'
        for i, (a, e) in enumerate(units)
    )
    return f'<?xml version="1.0"?><xliff version="2.0" srcLang="ar" trgLang="en"><file id="f">{body}</file></xliff>', ".xliff"


def xml_attacks(valid: str, root: str) -> tuple[tuple[str, str], ...]:
    """Malicious variants of an XML file (shared by XLIFF/TMX and TBX glossaries)."""
    decl_end = valid.index("?>") + 2 if valid.startswith("<?xml") else 0
    head, rest = valid[:decl_end], valid[decl_end:]
    laughs = "".join(f'<!ENTITY e{i + 1} "&e{i};&e{i};&e{i};&e{i};">' for i in range(12))
    return (
        (f'{head}<!DOCTYPE {root} [<!ENTITY x SYSTEM "file:///etc/passwd">]>{rest.replace("<seg>", "<seg>&x;", 1)}', "XXE"),
        (f'{head}<!DOCTYPE {root} [<!ENTITY e0 "ha">{laughs}]>{rest.replace("<seg>", "<seg>&e12;", 1)}', "billion laughs"),
        (f'{head}<!DOCTYPE {root} SYSTEM "http://127.0.0.1:9/x.dtd">{rest}', "external DTD"),
        (valid.replace("<body>", "<body>" + "<g>" * 50000, 1), "deep nesting"),
        (valid.replace('encoding="UTF-8"', 'encoding="x-no-such"'), "unknown declared encoding"),
        (valid.replace('encoding="UTF-8"', 'encoding="windows-1256"'), "declared windows-1256, written UTF-8"),
        (valid.replace("<seg>", "<seg>" + "9" * 400 + " ", 1), "number that is infinity"),
        (valid.replace("<seg>", "<seg>\u202e\x1b]0;x\x07", 2), "bidi and escapes"),
        (valid.replace("</body>", "<tu><tuv><seg>" + "x" * 200_000 + "</seg></tuv></tu></body>"), "huge field"),
    )


def xliff_tmx(rng: random.Random) -> Case:
    valid, suffix = _bilingual_text(rng)
    roll = rng.random()
    if roll < 0.5:
        data, note = mutate(valid.encode("utf-8"), rng)
    elif roll < 0.6:
        data, note = _encode(valid, rng)
    else:
        text, note = rng.choice(xml_attacks(valid, "tmx" if suffix == ".tmx" else "xliff"))
        data = text.encode("utf-8", "surrogatepass")
    return Case("xliff/tmx", "bilingual", f"fuzzed{suffix}", data, note)


# ------------------------------------------------------------------ glossary


@lru_cache(maxsize=1)
def _glossary_entries() -> tuple[dict[str, object], ...]:
    import yaml

    data = yaml.safe_load((ROOT / "glossaries" / "syria.yaml").read_text(encoding="utf-8"))
    return tuple(data["entries"])


def _table(entries: list[dict[str, object]], delimiter: str) -> str:
    import csv

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(["id", "type", "en", "ar", "variants", "forbidden"])
    for e in entries:

        def cell(v):
            return "|".join(v) if isinstance(v, list) else str(v or "")

        writer.writerow(
            [e.get("id"), e.get("type"), e.get("en"), cell(e.get("ar")), cell(e.get("variants")), cell(e.get("forbidden"))]
        )
    return out.getvalue()


def _tbx(entries: list[dict[str, object]]) -> str:
    def term_entry(e: dict[str, object]) -> str:
        ar = e.get("ar")
        first = ar[0] if isinstance(ar, list) and ar else str(ar or "")
        return (
            f'<termEntry id="{e.get("id")}"><langSet xml:lang="en"><tig><term>{e.get("en")}</term></tig></langSet>'
            f'<langSet xml:lang="ar"><tig><term>{first}</term></tig></langSet></termEntry>'
        )

    body = "".join(term_entry(e) for e in entries)
    return f'<?xml version="1.0" encoding="UTF-8"?><martif type="TBX" xml:lang="en"><text><body>{body}</body></text></martif>'


def _yaml_attacks(valid: str) -> tuple[tuple[str, str], ...]:
    aliases = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, c in zip("abcdefgh", "bcdefghi", strict=False)
    )
    return (
        (aliases + "entries:\n  - id: x\n    en: X\n    ar: [س]\n    note: *i\n", "YAML alias bomb in note"),
        ("entries:\n  - id: x\n    en: X\n    ar: [س]\n    type: *i\n" + aliases, "YAML alias bomb in type (undefined alias)"),
        ("entries: " + "[" * 5000 + "]" * 5000 + "\n", "deep nesting"),
        ("entries:\n  - id: " + "9" * 5000 + "\n    en: X\n    ar: [س]\n", "huge integer id"),
        ("entries:\n  - id: 2024-01-01\n    en: X\n    ar: [س]\n", "timestamp id"),
        ("entries:\n  - id: x\n    en: " + "A" * 200_000 + "\n    ar: [س]\n", "huge field"),
        ('entries:\n  - id: x\n    en: "\\ud800\u202e"\n    ar: [س]\n', "lone surrogate and bidi"),
        ("- just\n- a list\n", "not a mapping"),
        ("entries: 5\n", "entries not a list"),
        (valid.replace("en: ", "en: !!python/object/apply:os.system ['echo pwned'] #", 1), "python tag"),
    )


def glossary(rng: random.Random) -> Case:
    import yaml

    entries = list(_glossary_entries())
    chosen = rng.sample(entries, k=min(len(entries), rng.randint(1, 20)))
    suffix = rng.choice((".yaml", ".yml", ".csv", ".tsv", ".tbx"))
    if suffix in (".yaml", ".yml"):
        valid = yaml.safe_dump({"entries": chosen}, allow_unicode=True)
        attacks = _yaml_attacks(valid)
    elif suffix == ".tbx":
        valid = _tbx(chosen)
        attacks = xml_attacks(valid, "martif")
    else:
        delimiter = "\t" if suffix == ".tsv" else ","
        valid = _table(chosen, delimiter)
        attacks = (
            (valid + "x" + delimiter + "person" + delimiter + "A" * 140_000 + "\n", "field over 131,072 characters"),
            (valid + '"unterminated' + "\n" * 10, "unterminated quote"),
            ("\ufeff" + valid, "byte-order mark"),
            (valid.replace("id", "\u202eid", 1), "bidi in the header"),
            ("en\n" + "\n" * 50000, "empty rows"),
        )
    roll = rng.random()
    if roll < 0.5:
        data, note = mutate(valid.encode("utf-8"), rng)
    elif roll < 0.6:
        data, note = _encode(valid, rng)
    else:
        text, note = rng.choice(attacks)
        data = text.encode("utf-8", "surrogatepass")
    return Case("glossary", "glossary", f"fuzzed{suffix}", data, note)


# ------------------------------------------------------------------- waivers


def waivers(rng: random.Random) -> Case:
    items = [
        {
            "code": rng.choice(("N101", "D201", "O301")),
            "fingerprint": f"{rng.getrandbits(64):016x}",
            "reason": "checked by the desk",
        }
        for _ in range(rng.randint(0, 5))
    ]
    valid = json.dumps({"schema": "tqa-waivers/1", "waivers": items}, ensure_ascii=False)
    attacks = (
        ('{"waivers": ' + "[" * 100_000 + "]" * 100_000 + "}", "deep nesting"),
        ('{"schema": "tqa-waivers/1", "waivers": [{"code": "N101", "fingerprint": ' + "9" * 5000 + "}]}", "huge integer"),
        (
            '{"schema": "tqa-waivers/1", "waivers": [{"code": "N101", "fingerprint": "x", "reason": "\\ud800\\u202e"}]}',
            "lone surrogate in a reason",
        ),
        (
            '{"schema": "tqa-waivers/1", "waivers": [{"code": "N101", "fingerprint": "x", "reason": "' + "r" * 3_000_000 + '"}]}',
            "huge reason",
        ),
        ('{"waivers": {"code": "N101"}}', "waivers not a list"),
        ("[1, 2, 3]", "not an object"),
        ('{"waivers": [1e400, null, true, "x"]}', "wrong item types"),
        ('{"schema": "tqa-waivers/1", "waivers": [{"code": ["N101"], "fingerprint": {"a": 1}}]}', "wrong field types"),
        ("\ufeff" + valid, "byte-order mark"),
    )
    roll = rng.random()
    if roll < 0.5:
        data, note = mutate(valid.encode("utf-8"), rng)
    elif roll < 0.6:
        data, note = _encode(valid, rng)
    else:
        text, note = rng.choice(attacks)
        data = text.encode("utf-8", "surrogatepass")
    return Case("waivers", "waivers", "waivers.json", data, note)


# -------------------------------------------------------------------- config


def config(rng: random.Random) -> Case:
    pyproject = rng.random() < 0.5
    table = 'fail_on = "warning"\nselect = ["N", "D"]\nignore = ["P501"]\ndirection = "ar-en"\n[severity]\nN103 = "error"\n'
    valid = "[project]\nname = 'x'\n[tool.tqa]\n" + table.replace("[severity]", "[tool.tqa.severity]") if pyproject else table
    attacks = (
        ("[tool]\ntqa = 'a string'\n" if pyproject else "fail_on = 5\n", "a string or integer where a table belongs"),
        ("tool = 5\n" if pyproject else "select = 7\n", "tool is an integer"),
        ("[[tool.tqa]]\nx = 1\n" if pyproject else "severity = [1, 2]\n", "a list where a table belongs"),
        ("x = " + "[" * 5000 + "]" * 5000 + "\n", "deep nesting"),
        ("fail_on = " + "9" * 5000 + "\n", "huge integer"),
        ('"\x1b]0;owned\x07\x1b[2J" = 1\n', "terminal escapes in a key"),
        ('fail_on = "' + "x" * 200_000 + '"\n', "huge value"),
        ('glossaries = ["/dev/zero"]\n', "a device as a glossary"),
        ('fail_on = "\\ud800"\n', "lone surrogate escape"),
        ('direction = "\u202eauto"\n', "bidi in a value"),
    )
    roll = rng.random()
    if roll < 0.5:
        data, note = mutate(valid.encode("utf-8"), rng)
    elif roll < 0.6:
        data, note = _encode(valid, rng)
    else:
        text, note = rng.choice(attacks)
        data = text.encode("utf-8", "surrogatepass")
    return Case("config", "config", "pyproject.toml" if pyproject else "tqa.toml", data, note)


FAMILIES: dict[str, Callable[[random.Random], Case]] = {
    "txt/md": txt_md,
    "html": html,
    "docx": docx,
    "xliff/tmx": xliff_tmx,
    "glossary": glossary,
    "waivers": waivers,
    "config": config,
}


def make_case(family: str, seed: int) -> Case:
    return FAMILIES[family](random.Random(f"{family}:{seed}"))
