"""HTML pages: the article body only, without navigation, comments or page furniture.

trafilatura is made for exactly this job (boilerplate removal on news pages);
comments are excluded explicitly because it includes them by default.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from tqa.errors import InputError
from tqa.model import Block, Document


def _reads_like_prose(xml: str) -> bool:
    """One paragraph of twenty words, or two of ten, that end like sentences: a line
    of menu items and a cookie notice does not."""
    paragraphs = re.findall(r"<p[^>]*>(.*?)</p>", xml, flags=re.DOTALL)
    sentences = [p.split() for p in paragraphs if p.rstrip().endswith((".", "!", "?", "؟", "»", "”", '"'))]
    return any(len(words) >= 20 for words in sentences) or sum(len(words) >= 10 for words in sentences) >= 2


def read_html(path: Path, text: str) -> Document:
    import trafilatura  # trafilatura and lxml (heavy) only when an HTML page is read
    from lxml import etree

    extract = partial(trafilatura.extract, output_format="xml", include_comments=False, include_tables=False, with_metadata=True)
    # Precision first: a page of navigation and cookie banners must not pass for an
    # article. What is extracted is kept only if it reads like prose; otherwise the
    # default extraction gets the same test.
    try:
        extracted = extract(text, favor_precision=True)
        if not extracted or not _reads_like_prose(extracted):
            extracted = extract(text)
            if extracted and not _reads_like_prose(extracted):
                extracted = None
        root = (
            etree.fromstring(extracted.encode("utf-8"), parser=etree.XMLParser(resolve_entities=False, no_network=True))
            if extracted
            else None
        )
    except Exception as error:  # noqa: BLE001 - whatever trafilatura or lxml raise on a hostile page is an input error
        raise InputError(
            f"cannot be read as an HTML page ({type(error).__name__})",
            where=str(path),
            fix="save the article text as .txt or .md",
        ) from None
    if root is None:
        raise InputError(
            "no article body found in the HTML page (only navigation, banners or too little text)",
            where=str(path),
            fix="save the article text as .txt or .md",
        )
    blocks: list[Block] = []
    title = root.get("title")
    if title:
        blocks.append(Block(" ".join(title.split()), heading=True))
    for element in root.iter("head", "p", "item", "quote"):
        words = " ".join("".join(element.itertext()).split())
        if words and not (blocks and blocks[0].heading and words == blocks[0].text and len(blocks) == 1):
            blocks.append(Block(words, heading=element.tag == "head"))
    return Document(str(path), "html", tuple(blocks), title)
