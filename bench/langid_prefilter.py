"""Is tqa.readers.langid's English pre-filter safe? Every English sentence of the samples,
the test articles and the shared sets, and each document's first 5,000 characters:
where plainly_english() says English, does langdetect (asked anyway) agree?

    python bench/langid_prefilter.py ../shared/data

A disagreement is a sentence that U403 (a third language at 0.9 or more) or a
document that the language test (best guess) would have judged otherwise; the
script prints each one and how much text the pre-filter spares langdetect.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from shared_data import data_parser, require

from tqa.lang.ar import latin_letter_count
from tqa.model import Block, Document
from tqa.readers.langid import _MASK, _detector_factory, plainly_english
from tqa.text.segment import segment_document


def documents(data: Path) -> list[list[str]]:
    docs = [
        [line for line in (folder / "en.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
        for folder in sorted(data.glob("*/docs/*"))
        if (folder / "en.txt").is_file()
    ]
    docs.append((data / "ud-pud-news-wiki" / "pud.en").read_text(encoding="utf-8").splitlines())
    for path in sorted([*ROOT.glob("samples/*.en.md"), *ROOT.glob("tests/articles/*.en.md")]):
        document = Document(str(path), "text", (Block(path.read_text(encoding="utf-8")),))
        docs.append([s.text for s in segment_document(document, "en").segments])
    return docs


def langdetect_best(masked: str) -> tuple[str, float]:
    from langdetect import detect_langs

    _detector_factory()
    best = detect_langs(masked)[0]
    return str(best.lang), float(best.prob)


def main() -> None:
    folder = data_parser(__doc__, default=ROOT.parent / "shared" / "data").parse_args().data
    data = require(folder, "ntrex128-news", "ud-pud-news-wiki")
    sentences = spared = disagree = fully = 0
    docs = documents(data)
    for lines in docs:
        whole = True
        for text in lines:
            masked = _MASK.sub(" ", text)
            if latin_letter_count(masked) < 40:
                continue  # U403 does not judge shorter sentences
            sentences += 1
            if not plainly_english(masked):
                whole = False
                continue
            spared += 1
            lang, prob = langdetect_best(masked)
            if lang != "en" and prob >= 0.9:
                disagree += 1
                print(f"sentence: langdetect says {lang} {prob:.2f}: {text[:120]}")
        sample = _MASK.sub(" ", " ".join(lines)[:5000])
        if plainly_english(sample) and langdetect_best(sample)[0] != "en":
            disagree += 1
            print(f"document: langdetect says {langdetect_best(sample)[0]}: {lines[0][:80]}")
        fully += whole and plainly_english(sample)
    print(
        f"{sentences} sentences of 40 letters or more, {spared} plainly English ({spared / sentences:.0%}); "
        f"{fully} of {len(docs)} documents need no langdetect at all; {disagree} disagreements"
    )


if __name__ == "__main__":
    main()
