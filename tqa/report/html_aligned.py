"""The report's aligned text: both articles side by side, bead by bead, every
finding marked at its characters in both languages, and the reference translation's
scores under the pairs they belong to."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from tqa.model import Article, Bead, Finding, Report
from tqa.report.html_escape import bdi, esc, fsi, isolated

if TYPE_CHECKING:
    from tqa.scoring.score import ScoredPair

HUES = 8  # distinct mark colours (report.css has .h0 to .h7); a finding's AR and EN marks share one, and its number
KIND_LABELS = {"1-0": "1-0 omission", "0-1": "0-1 addition"}


Mark = tuple[int, int, int]  # start, end, finding number


@dataclass(frozen=True)
class FindingIndex:
    """Everything looked up per finding or per segment, computed once (no per-finding scans)."""

    bead_of_source: dict[int, int]
    bead_of_target: dict[int, int]
    source_marks: dict[int, list[Mark]]
    target_marks: dict[int, list[Mark]]
    numbered: dict[int, Finding]

    @classmethod
    def build(cls, report: Report) -> FindingIndex:
        doc = report.document
        bead_of_source = {i: b for b, bead in enumerate(doc.beads) for i in bead.source}
        bead_of_target = {j: b for b, bead in enumerate(doc.beads) for j in bead.target}
        source_marks: dict[int, list[Mark]] = defaultdict(list)
        target_marks: dict[int, list[Mark]] = defaultdict(list)
        numbered = {n: f for n, f in enumerate(report.findings, 1)}
        for n, finding in numbered.items():
            if finding.source:
                source_marks[finding.source.segment].append((finding.source.start, finding.source.end, n))
            if finding.target:
                target_marks[finding.target.segment].append((finding.target.start, finding.target.end, n))
        return cls(bead_of_source, bead_of_target, dict(source_marks), dict(target_marks), numbered)

    def bead_of(self, finding: Finding) -> int | None:
        if finding.source and finding.source.segment in self.bead_of_source:
            return self.bead_of_source[finding.source.segment]
        if finding.target and finding.target.segment in self.bead_of_target:
            return self.bead_of_target[finding.target.segment]
        return None


# --------------------------------------------------------------------------- aligned text


def _ranges(length: int, marks: list[Mark]) -> list[tuple[int, int, tuple[int, ...]]]:
    """Split possibly overlapping spans into non-overlapping ranges, each with the findings covering it.

    A sweep over the cut points, so that many findings in one sentence cost their number, not its square."""
    spans = [(max(0, min(s, length)), max(0, min(e, length)), n) for s, e, n in marks]
    spans = [(s, e, n) for s, e, n in spans if s < e]
    opening: dict[int, list[int]] = defaultdict(list)
    closing: dict[int, list[int]] = defaultdict(list)
    for s, e, n in spans:
        opening[s].append(n)
        closing[e].append(n)
    cuts = sorted({0, length, *opening, *closing})
    active: set[int] = set()
    out = []
    for start, end in pairwise(cuts):
        active.difference_update(closing.get(start, ()))
        active.update(opening.get(start, ()))
        out.append((start, end, tuple(sorted(active))))
    return out


# A sentence can carry hundreds of findings (a pasted run of quote marks); each highlight names at most
# this many in its tooltip and links, so that the page grows with the findings, not with their square.
MAX_NAMED_PER_MARK = 8


def _tip(covering: tuple[int, ...], findings: list[Finding]) -> str:
    lines = [
        f"{n}. {f.code} {fsi(isolated(f.message))}"
        + (f" — suggestion: {fsi(f.suggestion)}" if f.suggestion else "")
        + (f" — waived: {fsi(f.waived)}" if f.waived else "")
        for n, f in zip(covering[:MAX_NAMED_PER_MARK], findings[:MAX_NAMED_PER_MARK], strict=True)
    ]
    if len(covering) > MAX_NAMED_PER_MARK:
        lines.append(f"… and {len(covering) - MAX_NAMED_PER_MARK} more here (see the findings list)")
    return "\n".join(lines)


def _marked(text: str, marks: list[Mark], index: FindingIndex) -> str:
    if not marks:
        return esc(text)
    ends = {n: e for _, e, n in marks}
    out = []
    for start, end, covering in _ranges(len(text), marks):
        piece = esc(text[start:end])
        if not covering:
            out.append(piece)
            continue
        findings = [index.numbered[n] for n in covering]
        worst = max(f.severity for f in findings).label
        tip = _tip(covering, findings)
        named = covering[:MAX_NAMED_PER_MARK]
        ending = " ".join(str(n) for n in named if min(ends[n], len(text)) == end)
        waived = " waived" if all(f.waived is not None for f in findings) else ""
        label = f' data-n="{ending}"' if ending else ""
        described = " ".join(f"f{n}-msg" for n in named)
        out.append(
            f'<mark class="m sev-{worst} h{covering[0] % HUES}{waived}" data-f="{" ".join(map(str, named))}"{label} tabindex="0" '
            f'title="{esc(tip)}" data-tip="{esc(tip)}" aria-describedby="{described}">{piece}</mark>'
        )
    return "".join(out)


def _cell(article: Article, ids: tuple[int, ...], marks: dict[int, list[Mark]], index: FindingIndex, extra: str = "") -> str:
    lang = article.lang
    css = "ar" if lang == "ar" else "en"
    direction = ' dir="rtl"' if lang == "ar" else ' dir="ltr"'
    if not ids:
        return f'<td class="{css} empty" lang="{lang}"{direction}>{extra}</td>'
    pieces = []
    previous: int | None = None
    for i in ids:
        segment = article.segments[i]
        if previous is not None and segment.paragraph != previous:
            pieces.append('<span class="pbreak" title="paragraph break"></span>')
        elif previous is not None:
            pieces.append(" ")
        previous = segment.paragraph
        # Each sentence isolated: a bidi override in one cannot run on into the next.
        body = f"<bdi>{_marked(segment.text, marks.get(i, []), index)}</bdi>"
        pieces.append(f'<span class="heading">{body}</span>' if segment.heading else body)
    return f'<td class="{css}" lang="{lang}"{direction}>{"".join(pieces)}{extra}</td>'


def alignment_section(report: Report, index: FindingIndex) -> str:
    doc = report.document
    references = _reference_pairs(report)
    single = not doc.source.segments  # one article checked alone: no source column to pair with
    rows = []
    previous_paragraph = None
    for number, bead in enumerate(doc.beads):
        paragraph = _paragraph_of(doc.source, doc.target, bead)
        classes = ["bead"]
        if previous_paragraph is not None and paragraph != previous_paragraph:
            classes.append("para")
        previous_paragraph = paragraph
        if (not bead.source or not bead.target) and not single:
            classes.append("gap")
        low = ""
        if bead.uncertain:
            classes.append("low")
            low = f'<span class="low" title="the aligner is unsure of this pairing">low {bead.score:.2f}</span>'
        kind = KIND_LABELS.get(bead.kind, bead.kind)
        reference = "".join(_reference_block(p) for p in references.get(number, []))
        target_cell = _cell(doc.target, bead.target, index.target_marks, index, reference)
        if single:  # one article checked alone: its sentences, nothing to pair them with
            rows.append(f'<tr id="b{number}" class="{" ".join(classes)}" data-kind="{bead.kind}">{target_cell}</tr>')
            continue
        rows.append(
            f'<tr id="b{number}" class="{" ".join(classes)}" data-kind="{bead.kind}">'
            f"{_cell(doc.source, bead.source, index.source_marks, index)}"
            f'<td class="kind" title="alignment confidence {bead.score:.2f}">{kind}{low}</td>'
            f"{target_cell}</tr>"
        )
    if single:
        head = f"<thead><tr><th>{esc(doc.target.lang)}: one article checked alone, no source</th></tr></thead>"
        return f'<h2>Text</h2><table class="aligned single" id="aligned">{head}<tbody>{"".join(rows)}</tbody></table>'
    head = (
        '<colgroup><col class="c-ar"><col class="c-kind"><col class="c-en"></colgroup>'
        f"<thead><tr><th>{esc(doc.source.lang)}</th><th>pair</th><th>{esc(doc.target.lang)}</th></tr></thead>"
    )
    return f'<h2>Aligned text</h2><table class="aligned" id="aligned">{head}<tbody>{"".join(rows)}</tbody></table>'


def _paragraph_of(source: Article, target: Article, bead: Bead) -> int:
    if bead.source:
        return source.segments[bead.source[0]].paragraph
    return -1 - target.segments[bead.target[0]].paragraph


# --------------------------------------------------------------------------- reference translation (optional extra)


def _reference_pairs(report: Report) -> dict[int, list[ScoredPair]]:
    """Bead number -> reference pairs shown under its English cell (at the bead of the pair's first target id)."""
    if report.reference is None:
        return {}
    bead_of_target = {j: b for b, bead in enumerate(report.document.beads) for j in bead.target}
    placed: dict[int, list[ScoredPair]] = defaultdict(list)
    for pair in report.reference.pairs:
        targets = [t for t in pair.hyp if t in bead_of_target]
        if targets:
            placed[bead_of_target[min(targets)]].append(pair)
    return placed


def number_text(value: object, digits: int = 1) -> str:
    return f"{value:.{digits}f}" if isinstance(value, (int, float)) and not isinstance(value, bool) else "–"


def score_text(value: float | None) -> str:
    """A score as the page shows it: rounded first as the JSON report's "reference"
    block is, so that the page and the file agree to the last digit."""
    return number_text(None if value is None else round(value, 4))


def _reference_block(pair: ScoredPair) -> str:
    if pair.diff:
        words = []
        for op in pair.diff:
            if op.op == "equal":
                words.append(esc(op.ref or op.hyp))
            else:
                if op.hyp:
                    words.append(f"<del>{esc(op.hyp)}</del>")
                if op.ref:
                    words.append(f"<ins>{esc(op.ref)}</ins>")
        text = "<bdi>" + " ".join(words) + "</bdi>"
    else:
        text = bdi(pair.ref_text or "")
    return (
        f'<div class="ref" lang="en"><span class="badge">reference · chrF {score_text(pair.chrf)} · '
        f"TER {score_text(pair.ter)}</span> {text}</div>"
    )


def reference_chips(report: Report) -> str:
    if report.reference is None:
        return ""
    corpus = report.reference.corpus
    scores = "".join(
        f'<span class="chip">{name} <b>{score_text(value)}</b></span>'
        for value, name in ((corpus.bleu, "BLEU"), (corpus.chrf, "chrF"), (corpus.ter, "TER"))
    )
    return f'<div class="chips"><span class="meta">against the reference <a href="#reference">(details)</a>:</span>{scores}</div>'


def reference_section(report: Report) -> str:
    """The reference's corpus scores with their sacrebleu signatures, for the page's footer."""
    if report.reference is None:
        return ""
    corpus = report.reference.corpus
    scores = (
        ("bleu", "BLEU", corpus.bleu, corpus.bleu_signature),
        ("chrf", "chrF", corpus.chrf, corpus.chrf_signature),
        ("ter", "TER", corpus.ter, corpus.ter_signature),
    )
    rows = "".join(
        f'<tr><td>{name}</td><td><b id="ref-{key}">{score_text(value)}</b></td><td>{bdi(signature)}</td></tr>'
        for key, name, value, signature in scores
    )
    return (
        f'<section id="reference"><h2>Reference translation</h2><div>{bdi(report.reference.reference.path)}</div>'
        f"<table>{rows}</table></section>"
    )
