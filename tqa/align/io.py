"""Writers for `tqa align`: TSV, JSON, TMX 1.4b and bead lines."""

from __future__ import annotations

import json
from xml.sax.saxutils import escape, quoteattr

from tqa import __version__
from tqa.align.evaluation import format_beads
from tqa.model import Article, Bead

FORMATS = ("tsv", "json", "tmx", "beads")


def _text(article: Article, ids: tuple[int, ...]) -> str:
    return " ".join(article.segments[i].text for i in ids)


def write_tsv(beads: tuple[Bead, ...], source: Article, target: Article) -> str:
    """source TAB target TAB score; merged sentences joined with a space; tabs in text become spaces."""
    lines = []
    for bead in beads:
        cells = [
            _text(source, bead.source).replace("\t", " "),
            _text(target, bead.target).replace("\t", " "),
            f"{bead.score:.4f}",
        ]
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def write_json(beads: tuple[Bead, ...], source: Article, target: Article) -> str:
    data = [
        {
            "source": list(bead.source),
            "target": list(bead.target),
            "score": bead.score,
            "source_text": _text(source, bead.source),
            "target_text": _text(target, bead.target),
        }
        for bead in beads
    ]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_tmx(beads: tuple[Bead, ...], source: Article, target: Article) -> str:
    """TMX 1.4b for translation memories; only beads with text on both sides become units."""
    # No creationdate (optional in TMX 1.4b): the same input gives the same file.
    header = (
        f'<header creationtool="tqa" creationtoolversion={quoteattr(__version__)} segtype="sentence" o-tmf="tqa" '
        f'adminlang="en" srclang={quoteattr(source.lang)} datatype="plaintext"/>'
    )
    units = []
    for bead in beads:
        if not bead.source or not bead.target:
            continue
        units.append(
            "    <tu>\n"
            f"      <tuv xml:lang={quoteattr(source.lang)}><seg>{escape(_text(source, bead.source))}</seg></tuv>\n"
            f"      <tuv xml:lang={quoteattr(target.lang)}><seg>{escape(_text(target, bead.target))}</seg></tuv>\n"
            "    </tu>"
        )
    body = "\n".join(units)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  {header}\n  <body>\n{body}\n  </body>\n</tmx>\n'


def render(beads: tuple[Bead, ...], source: Article, target: Article, fmt: str) -> str:
    if fmt == "tsv":
        return write_tsv(beads, source, target)
    if fmt == "json":
        return write_json(beads, source, target)
    if fmt == "tmx":
        return write_tmx(beads, source, target)
    return format_beads(beads)
