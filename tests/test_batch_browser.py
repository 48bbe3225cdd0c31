"""The batch index page in a real browser (headless Debian Chromium through Playwright,
from file://): it sorts and filters, its links open the reports, and its CSP lets its
one script run and nothing else."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tqa.batch import find_jobs
from tqa.batch.runner import BatchOptions, run_batch
from tqa.config import Settings

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("TQA_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Path, list[str]]]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"browser tests need Chromium under CI: none at {CHROMIUM}", pytrace=False)
        pytest.skip(f"no Chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    folder = tmp_path_factory.mktemp("in")
    for slug in ("port-deal", "ramadan-prices", "aid-convoy"):
        for lang in ("ar", "en"):
            shutil.copy(ROOT / "tests" / "articles" / f"{slug}.{lang}.md", folder)
    (folder / "scan.en.txt").write_bytes(b"%PDF-1.4")
    (folder / "a<b>.en.txt").write_text("Russian jets left <script>alert(1)</script> Khmeimim on Monday.\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    run_batch(
        find_jobs([str(folder)], None),
        Settings(glossaries=(str(ROOT / "glossaries" / "syria.yaml"),)),
        BatchOptions(out, workers=2),
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--headless"])
        tab = browser.new_page()
        problems: list[str] = []
        tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        tab.on("pageerror", lambda e: problems.append(str(e)))
        tab.on("dialog", lambda d: (problems.append("dialog"), d.dismiss()))
        tab.on("request", lambda r: None if r.url.startswith("file://") else problems.append(r.url))
        tab.goto((out / "index.html").as_uri())
        yield tab, out, problems
        browser.close()


def _keys(tab: Any) -> list[str]:
    return list(tab.locator("#articles tbody tr:visible").evaluate_all("rows => rows.map(r => r.dataset.key)"))


def test_rows_sort_by_a_count_and_by_name(page: tuple[Any, Path, list[str]]) -> None:
    tab, _, problems = page
    assert tab.locator("#shown").inner_text() == "5 of 5 shown"  # the script ran under the CSP
    tab.click("#articles th:nth-child(3) button")  # errors, ascending
    values = tab.locator("#articles tbody tr td:nth-child(3)").evaluate_all("cells => cells.map(c => Number(c.dataset.value))")
    assert values == sorted(values) and values[-1] > 0
    tab.click("#articles th:nth-child(3) button")
    values = tab.locator("#articles tbody tr td:nth-child(3)").evaluate_all("cells => cells.map(c => Number(c.dataset.value))")
    assert values == sorted(values, reverse=True)
    assert tab.locator("#articles th:nth-child(3)").get_attribute("aria-sort") == "descending"
    tab.click("#articles th:nth-child(1) button")
    assert _keys(tab) == sorted(_keys(tab))
    assert problems == []


def test_filters_by_verdict_and_text(page: tuple[Any, Path, list[str]]) -> None:
    tab, _, problems = page
    tab.uncheck("input[name=verdict][value=fail]")
    tab.uncheck("input[name=verdict][value=pass]")
    assert _keys(tab) == ["scan"]
    assert "PDF" in tab.locator("tr[data-key=scan] .errline").inner_text()
    tab.check("input[name=verdict][value=fail]")
    tab.check("input[name=verdict][value=pass]")
    tab.fill("#q", "ramadan")
    assert _keys(tab) == ["ramadan-prices"]
    tab.fill("#q", "")
    assert tab.locator("#shown").inner_text() == "5 of 5 shown"
    assert problems == []


def test_links_open_reports_and_article_text_stays_text(page: tuple[Any, Path, list[str]]) -> None:
    tab, out, problems = page
    href = tab.locator("tr[data-key=port-deal] a").first.get_attribute("href")
    assert (out / href).is_file()
    assert tab.locator("script").count() == 2  # the data block and the page's own script, nothing from an article
    assert "Khmeimim" in tab.locator("#cross-wrong").inner_text()
    assert problems == []


def test_a_narrow_window_keeps_the_page_s_width(page: tuple[Any, Path, list[str]]) -> None:
    """At 400 px (a phone) the articles table, wider than the window, scrolls inside itself:
    the page never runs off to the right, and every row is still there."""
    tab, _, problems = page
    before = tab.viewport_size
    tab.set_viewport_size({"width": 400, "height": 800})
    try:
        assert tab.evaluate("[document.documentElement.scrollWidth, document.body.scrollWidth]") == [400, 400]
        table = tab.locator("#articles")
        assert table.evaluate("t => t.scrollWidth > t.clientWidth && getComputedStyle(t).overflowX === 'auto'")
        assert len(_keys(tab)) == tab.locator("#articles tbody tr").count()
    finally:
        tab.set_viewport_size(before)
    assert problems == []
