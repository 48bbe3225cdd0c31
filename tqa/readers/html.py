"""HTML pages: the article body only, without navigation, comments or page furniture.

trafilatura is made for exactly this job (boilerplate removal on news pages);
comments are excluded explicitly because it includes them by default.
"""

from __future__ import annotations

from pathlib import Path

from tqa.errors import InputError
from tqa.model import Block, Document


def read_html(path: Path, text: str) -> Document:
    import trafilatura
    from lxml import etree

    extracted = trafilatura.extract(
        text, output_format="xml", include_comments=False, include_tables=False, favor_recall=True, with_metadata=True
    )
    if not extracted:
        raise InputError("no article body found in the HTML page", where=str(path), fix="save the article text as .txt or .md")
    root = etree.fromstring(extracted.encode("utf-8"), parser=etree.XMLParser(resolve_entities=False, no_network=True))
    blocks: list[Block] = []
    title = root.get("title")
    if title:
        blocks.append(Block(" ".join(title.split()), heading=True))
    for element in root.iter("head", "p", "item", "quote"):
        words = " ".join("".join(element.itertext()).split())
        if words and not (blocks and blocks[0].heading and words == blocks[0].text and len(blocks) == 1):
            blocks.append(Block(words, heading=element.tag == "head"))
    return Document(str(path), "html", tuple(blocks), title)
