"""Score a translation against a reference translation: BLEU, chrF and TER, per article and per sentence.

Two versions of one article in the same language rarely split into the same
sentences: an editor merges two sentences, splits one, drops or adds one. So the
versions are first aligned monolingually (`tqa.align.monolingual`), then scored with
sacrebleu over the aligned pairs.

Choices that decide the numbers (documented because they differ from running
sacrebleu on two line files):

- A bead's sentences are joined with one space, so a 2-1 merge is scored as one
  hypothesis line against one reference line.
- A hypothesis sentence with no counterpart is scored against "" (it adds
  length to BLEU's brevity ratio and insertions to TER), and a reference sentence
  with no counterpart against an empty hypothesis (it lowers BLEU and chrF
  recall and counts as deletions in TER). Dropping such lines instead would hide
  exactly the additions and omissions an editor wants to see.
- Per segment we show chrF and TER, not BLEU: sentence BLEU is unstable on short
  segments. TER is None where the reference side is empty (TER divides by the
  reference length); chrF is then 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tqa.align.monolingual import align_monolingual
from tqa.errors import InputError
from tqa.model import Article, Bead, Block, Document, Lang
from tqa.readers import BILINGUAL_FORMATS, load_text, read_document
from tqa.readers.langid import document_language
from tqa.robust import median, robust_spread
from tqa.scoring.worddiff import DiffOp, word_diff
from tqa.text.segment import segment_document, segment_lines

# R701 calibration, see `divergent_pairs`.
DIVERGENCE_MADS = 2.5
# Independent translations of one news sentence score chrF 40-75; unrelated
# sentences on the same topic up to about 40 (measured on samples/ and tests/articles/).
DIVERGENCE_FLOOR = 50.0
# "Shares no sentence": no pair reaches COMMON_CHRF and the article scores below
# NO_COMMON_CORPUS_CHRF (unrelated articles: 6-12; an independent translation: 40+).
COMMON_CHRF = 50.0
NO_COMMON_CORPUS_CHRF = 25.0


@dataclass(frozen=True)
class CorpusScores:
    bleu: float
    chrf: float
    ter: float
    bleu_signature: str
    chrf_signature: str
    ter_signature: str


@dataclass(frozen=True)
class ScoredPair:
    """One bead of the monolingual alignment with its sentence scores."""

    hyp: tuple[int, ...]
    ref: tuple[int, ...]
    hyp_text: str
    ref_text: str
    chrf: float | None
    ter: float | None
    diff: tuple[DiffOp, ...]


@dataclass(frozen=True)
class ScoreResult:
    hypothesis: Article
    reference: Article
    beads: tuple[Bead, ...]
    corpus: CorpusScores
    pairs: tuple[ScoredPair, ...]

    def worst_first(self) -> tuple[ScoredPair, ...]:
        return tuple(sorted(self.pairs, key=lambda p: (p.chrf if p.chrf is not None else 0.0, -(p.ter or 0.0))))


# ---------------------------------------------------------------- scoring


def score_articles(hypothesis: Article, reference: Article) -> ScoreResult:
    """Align two same-language versions and score them; raises when they share nothing."""
    hyp_texts = [s.text for s in hypothesis.segments]
    ref_texts = [s.text for s in reference.segments]
    beads = align_monolingual(hyp_texts, ref_texts)
    return score_beads(hypothesis, reference, beads)


def score_beads(hypothesis: Article, reference: Article, beads: tuple[Bead, ...]) -> ScoreResult:
    # Imported here: sacrebleu pulls in regex, numpy and tabulate, too slow for `tqa --help`.
    from sacrebleu.metrics import BLEU, CHRF, TER  # type: ignore[attr-defined]  # re-exported, untyped

    hyp_lines = [" ".join(hypothesis.segments[i].text for i in bead.source) for bead in beads]
    ref_lines = [" ".join(reference.segments[j].text for j in bead.target) for bead in beads]
    bleu, chrf, ter = BLEU(), CHRF(), TER()
    # chrF and TER statistics are computed once per pair and give both the corpus and
    # the sentence scores: sacrebleu's corpus_score and sentence_score compute each
    # from exactly these per-segment statistics, so every score is the same float,
    # and TER, the slow one, runs once instead of twice (#14).
    chrf_stats = chrf._extract_corpus_statistics(hyp_lines, [ref_lines])
    ter_stats = ter._extract_corpus_statistics(hyp_lines, [ref_lines])
    corpus = CorpusScores(
        bleu.corpus_score(hyp_lines, [ref_lines]).score,
        chrf._aggregate_and_compute(chrf_stats).score,
        ter._aggregate_and_compute(ter_stats).score,
        str(bleu.get_signature()),
        str(chrf.get_signature()),
        str(ter.get_signature()),
    )
    pairs = tuple(
        _scored_pair(bead, hyp, ref, float(chrf._aggregate_and_compute([c]).score), float(ter._aggregate_and_compute([t]).score))
        for bead, hyp, ref, c, t in zip(beads, hyp_lines, ref_lines, chrf_stats, ter_stats, strict=False)
    )
    _require_common_sentence(pairs, corpus.chrf, hypothesis, reference)
    return ScoreResult(hypothesis, reference, beads, corpus, pairs)


def _scored_pair(bead: Bead, hyp: str, ref: str, chrf_score: float, ter_score: float) -> ScoredPair:
    if hyp == ref and hyp:
        # sacrebleu gives exactly 100 and 0 for an unchanged sentence; say so exactly.
        chrf_score, ter_score = 100.0, 0.0
    return ScoredPair(bead.source, bead.target, hyp, ref, chrf_score, ter_score if ref else None, word_diff(hyp, ref))


def _require_common_sentence(pairs: tuple[ScoredPair, ...], corpus_chrf: float, hypothesis: Article, reference: Article) -> None:
    best = max((p.chrf or 0.0 for p in pairs if p.hyp and p.ref), default=0.0)
    if best < COMMON_CHRF and corpus_chrf < NO_COMMON_CORPUS_CHRF:
        raise InputError(
            f"shares no sentence with {hypothesis.path} (best sentence chrF {best:.1f})",
            where=reference.path,
            fix="give a version of the same article",
        )


def divergent_pairs(pairs: Sequence[ScoredPair]) -> tuple[ScoredPair, ...]:
    """Pairs whose chrF is far below the article's own distribution (finding R701).

    Calibrated per article, because a reference translated independently agrees
    sentence by sentence far less than an edited copy does: with m the median
    chrF of the pairs that have a hypothesis sentence and s = 1.4826 * MAD (the
    median absolute deviation scaled to a normal standard deviation), a pair is
    divergent when chrF < m - 2.5 * s AND chrF < 50. The absolute floor keeps an
    article whose sentences all agree closely (m near 100, s near 0) from
    flagging a light edit; the spread keeps an independent reference, whose
    sentences score 40-75, from flagging every paraphrase.
    A hypothesis sentence with no reference counterpart has chrF 0 and is
    divergent by this rule; a reference sentence with no counterpart is not a
    finding (it has no translated text to point at).
    """
    scored = [p for p in pairs if p.hyp and p.chrf is not None]
    if not scored:
        return ()
    values = [p.chrf for p in scored if p.chrf is not None]
    typical = median(values)
    threshold = min(typical - DIVERGENCE_MADS * robust_spread(values, typical), DIVERGENCE_FLOOR)
    return tuple(p for p in scored if p.chrf is not None and p.chrf < threshold)


# ---------------------------------------------------------------- reading


def read_version(path: Path, role: str, one_per_line: bool = False) -> tuple[Document, Lang]:
    """Read one version and detect its language; errors name the file's role."""
    if path.suffix.lower() in BILINGUAL_FORMATS:
        # A version is one article: `tqa check`'s advice for a bilingual file does not apply here.
        raise InputError(
            f"{role} is a bilingual file (XLIFF or TMX), not one version of the article",
            where=str(path),
            fix=f"give the {role} as one article file: .txt, .md, .html or .docx",
        )
    try:
        if one_per_line:
            lines = load_text(path).splitlines()
            document = Document(str(path), "lines", tuple(Block(line) for line in lines if line.strip()))
        else:
            document = read_document(path)
    except InputError as error:
        raise InputError(f"{role} {error.what}", where=error.where, fix=error.fix) from None
    return document, document_language(document, "give an Arabic or English text", role=f"{role} ")


def to_article(document: Document, lang: Lang, one_per_line: bool = False) -> Article:
    if one_per_line:
        return segment_lines([b.text for b in document.blocks], lang, document.path)
    return segment_document(document, lang)


def require_language(path: Path, found: Lang, wanted: Lang, other: str) -> None:
    if found != wanted:
        names = {"ar": "Arabic", "en": "English"}
        raise InputError(
            f"is in {names[found]} but {other} is in {names[wanted]}", where=str(path), fix=f"give the {names[wanted]} version"
        )


def score_files(hyp_path: Path, ref_path: Path, one_per_line: bool = False, parallel: bool = False) -> ScoreResult:
    """`tqa score`: two versions in the same language, in any supported format.

    `parallel`: the files are one sentence per line and line k of one pairs with
    line k of the other, as sacrebleu reads them; no aligning.
    """
    hyp_doc, hyp_lang = read_version(hyp_path, "hypothesis", one_per_line or parallel)
    ref_doc, ref_lang = read_version(ref_path, "reference", one_per_line or parallel)
    require_language(ref_path, ref_lang, hyp_lang, f"the hypothesis {hyp_path}")
    hypothesis = to_article(hyp_doc, hyp_lang, one_per_line or parallel)
    reference = to_article(ref_doc, ref_lang, one_per_line or parallel)
    if not parallel:
        return score_articles(hypothesis, reference)
    if len(hypothesis.segments) != len(reference.segments):
        raise InputError(
            f"has {len(reference.segments)} lines but the hypothesis has {len(hypothesis.segments)}",
            where=str(ref_path),
            fix="drop --parallel to align the sentences",
        )
    beads = tuple(Bead((k,), (k,), 1.0) for k in range(len(hypothesis.segments)))
    return score_beads(hypothesis, reference, beads)
