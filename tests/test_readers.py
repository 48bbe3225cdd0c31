from pathlib import Path

import pytest

from tqa.errors import InputError
from tqa.readers import read_document
from tqa.readers.text import read_markdown, strip_inline_markdown


def test_markdown_blocks_headings_lists_and_inline_markup() -> None:
    text = (
        "---\nauthor: x\n---\n# العنوان **الكبير**\n\nفقرة *أولى* مع [رابط](http://example.org).\nسطر ثان.\n\n- بند ١\n- بند ٢\n"
    )
    doc = read_markdown(Path("a.md"), text)
    assert [(b.text, b.heading) for b in doc.blocks] == [
        ("العنوان الكبير", True),
        ("فقرة أولى مع رابط. سطر ثان.", False),
        ("بند ١", False),
        ("بند ٢", False),
    ]
    assert doc.title == "العنوان الكبير"


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("**bold** and _it_", "bold and it"),
        ("see `code`", "see code"),
        ("![img](x.png)word", "word"),
        ("al_Sharaa_x", "al_Sharaa_x"),
    ],
)
def test_inline_markdown(markdown: str, plain: str) -> None:
    assert strip_inline_markdown(markdown) == plain


def test_reader_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02abc")
    # UTF-8 with one bad byte is damaged UTF-8, not a legacy code page to guess at
    # (a Windows-1256 file is read: tests/test_readers_hostile.py).
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes("قال الوزير إن المحادثات مستمرة".encode() + b"\xff")
    for path, words in [
        (tmp_path / "missing.md", "not found"),
        (empty, "empty"),
        (binary, "binary"),
        (damaged, "UTF-8"),
        (tmp_path, "directory"),
    ]:
        with pytest.raises(InputError, match=words):
            read_document(path)


def test_docx_reads_tracked_insertions_and_skips_deletions(tmp_path: Path) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_heading("Title", level=1)
    paragraph = document.add_paragraph("Kept ")
    insertion = OxmlElement("w:ins")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "inserted"
    run.append(text)
    insertion.append(run)
    paragraph._p.append(insertion)
    deletion = OxmlElement("w:del")
    run = OxmlElement("w:r")
    deleted = OxmlElement("w:delText")
    deleted.text = " deleted"
    run.append(deleted)
    deletion.append(run)
    paragraph._p.append(deletion)
    path = tmp_path / "a.docx"
    document.save(str(path))
    doc = read_document(path)
    assert [(b.text, b.heading) for b in doc.blocks] == [("Title", True), ("Kept inserted", False)]
    assert qn("w:t")


def test_bad_docx_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="not a readable .docx"):
        read_document(path)


def test_html_page_body_without_furniture(tmp_path: Path) -> None:
    body = " ".join(f"The minister said the port deal would be signed next week, sentence {i}." for i in range(6))
    page = f"""<html><head><title>Port deal</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Port deal signed</h1><p>{body}</p><p>A second paragraph follows with more detail on the agreement and its terms.</p></article>
    <footer>Copyright site management</footer></body></html>"""
    path = tmp_path / "a.html"
    path.write_text(page, encoding="utf-8")
    texts = [b.text for b in read_document(path).blocks]
    assert any("port deal would be signed" in t for t in texts)
    assert not any("Copyright" in t or t == "Home" for t in texts)


def test_html_page_of_furniture_only_is_a_clear_error(tmp_path: Path) -> None:
    page = """<html><head><title>Syria news</title></head><body><nav><a href="/">World</a> <a href="/b">Business</a></nav>
    <div class="cookie">We use cookies to improve your experience. <button>Accept all cookies?</button></div>
    <footer>All rights reserved.</footer></body></html>"""
    path = tmp_path / "furniture.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(InputError, match="no article body"):
        read_document(path)
