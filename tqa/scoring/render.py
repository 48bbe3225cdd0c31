"""What `tqa score` and `tqa check --reference` show: the JSON (tqa-score/1, and the
check report's "reference" block) and the terminal table, worst pairs first."""

from __future__ import annotations

from typing import Any

from tqa.model import Article
from tqa.scoring.score import ScoredPair, ScoreResult


def pair_dict(pair: ScoredPair, hyp_key: str = "target") -> dict[str, Any]:
    return {
        hyp_key: list(pair.hyp),
        "reference": list(pair.ref),
        f"{hyp_key}_text": pair.hyp_text,
        "reference_text": pair.ref_text,
        "chrf": None if pair.chrf is None else round(pair.chrf, 4),
        "ter": None if pair.ter is None else round(pair.ter, 4),
        "diff": [op.as_dict() for op in pair.diff],
    }


def scores_dict(result: ScoreResult, hyp_key: str = "target") -> dict[str, Any]:
    """The shape of the JSON report's "reference" block (rendered in HTML too: keep it stable)."""
    corpus = result.corpus
    return {
        "path": result.reference.path,
        "bleu": round(corpus.bleu, 4),
        "chrf": round(corpus.chrf, 4),
        "ter": round(corpus.ter, 4),
        "signatures": {"bleu": corpus.bleu_signature, "chrf": corpus.chrf_signature, "ter": corpus.ter_signature},
        "pairs": [pair_dict(p, hyp_key) for p in result.pairs],
        "segments": _article_dict(result.reference)["segments"],
    }


def score_json(result: ScoreResult) -> dict[str, Any]:
    """`tqa score --json`: schema tqa-score/1; pairs as in the check report's "reference" block."""
    data = scores_dict(result, hyp_key="hypothesis")
    del data["path"], data["segments"]
    return {
        "schema": "tqa-score/1",
        "hypothesis": _article_dict(result.hypothesis),
        "reference": _article_dict(result.reference),
        **data,
    }


def _article_dict(article: Article) -> dict[str, Any]:
    segments = [{"id": s.id, "paragraph": s.paragraph, "text": s.text} for s in article.segments]
    return {"path": article.path, "lang": article.lang, "segments": segments}


def render_score_text(result: ScoreResult, limit: int = 20) -> str:
    corpus = result.corpus
    hyp, ref = result.hypothesis, result.reference
    lines = [
        (
            f"{hyp.path} ({hyp.lang}, {_count(len(hyp.segments), 'segment')}) against {ref.path} ({_count(len(ref.segments), 'segment')}), "
            f"{_count(len(result.pairs), 'aligned pair')}"
        ),
        f"BLEU {corpus.bleu:5.1f}  {corpus.bleu_signature}",
        f"chrF {corpus.chrf:5.1f}  {corpus.chrf_signature}",
        f"TER  {corpus.ter:5.1f}  {corpus.ter_signature}",
        "",
        "  chrF    TER  hyp -> ref   (worst first)",
    ]
    ranked = result.worst_first()
    for pair in ranked[:limit] if limit else ranked:
        ter = "    -" if pair.ter is None else f"{pair.ter:5.1f}"
        ids = f"{_ids(pair.hyp)} -> {_ids(pair.ref)}"
        text = pair.hyp_text or f"(only in reference) {pair.ref_text}"
        lines.append(f"  {pair.chrf or 0.0:5.1f}  {ter}  {ids:<12} {_clip(text)}")
    if limit and len(ranked) > limit:
        lines.append(f"  … and {len(ranked) - limit} more (see --json)")
    return "\n".join(lines) + "\n"


def _ids(ids: tuple[int, ...]) -> str:
    return "[" + ",".join(str(i) for i in ids) + "]"


def _clip(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _count(count: int, noun: str) -> str:
    return f"{count:,} {noun}" + ("" if count == 1 else "s")
