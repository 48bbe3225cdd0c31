"""The HTML report in a real browser: headless Debian Chromium driven by Playwright, from file://.

Never downloads a browser. Without /usr/bin/chromium (or $TQA_CHROMIUM) the tests
skip, except under CI (the CI variable set), where a missing browser must fail.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tqa.cli import app
from tqa.model import AlignedDocument, Article, Bead, Finding, Report, Segment, Severity, Signature, Span
from tqa.report.html_report import render_html

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("TQA_CHROMIUM", "/usr/bin/chromium")
AR = ROOT / "samples" / "moscow-visit.ar.md"
EN = ROOT / "samples" / "moscow-visit.en.md"
GLOSSARY = ROOT / "glossaries" / "syria.yaml"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests need Chromium under CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        _unavailable(f"no Chromium at {CHROMIUM} (install Debian's chromium or set TQA_CHROMIUM)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e .[dev])")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--headless"])
        yield chromium
        chromium.close()


class Watched:
    """A page plus everything it did that a report must never do."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.console: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("console", lambda message: self.console.append(f"{message.type}: {message.text}"))
        page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path) -> None:
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")


@pytest.fixture
def watched(browser: Any) -> Iterator[Watched]:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 900})
    yield Watched(context.new_page())
    context.close()


def tqa_check(*args: str | Path) -> None:
    result = CliRunner().invoke(app, ["check", *map(str, args)])
    assert result.exit_code in (0, 1), result.output  # 1: findings at or above --fail-on


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("sample")
    tqa_check(AR, EN, "--glossary", GLOSSARY, "--html", folder / "r.html", "--json", folder / "r.json")
    return folder / "r.html", json.loads((folder / "r.json").read_text(encoding="utf-8"))


def _assert_clean(w: Watched, html: Path) -> None:
    assert w.dialogs == []
    assert w.requests == [html.as_uri()], w.requests
    assert w.errors == []
    assert [m for m in w.console if m.startswith("error") or "Content Security Policy" in m] == []


def test_counts_shown_equal_the_json_counts(watched: Watched, sample: tuple[Path, dict[str, Any]]) -> None:
    html, data = sample
    watched.open(html)
    page = watched.page
    for label, n in data["summary"].items():
        assert page.locator(f"#count-{label}").inner_text() == str(n)
    for category, n in data["counts"]["by_category"].items():
        assert page.locator(f"#count-cat-{category}").inner_text() == str(n)
    assert page.locator("#verdict").inner_text() == ("FAIL" if data["verdict"]["failed"] else "PASS")
    # The script ran (CSP let its hash through): it filled in the tally.
    total = len(data["findings"])
    assert page.locator("#f-shown").inner_text() == f"{total} of {total} shown"
    assert page.locator("li.finding").count() == total
    _assert_clean(watched, html)


def test_filters_by_category_code_severity_and_search(watched: Watched, sample: tuple[Path, dict[str, Any]]) -> None:
    html, data = sample
    watched.open(html)
    page = watched.page
    by_category = Counter(f["category"] for f in data["findings"])
    category = next(c for c, n in by_category.items() if n < len(data["findings"]))
    page.select_option("#f-cat", category)
    visible = page.locator("li.finding:visible")
    assert visible.count() == by_category[category]
    assert set(visible.evaluate_all("els => els.map(e => e.dataset.category)")) == {category}
    assert page.locator(f"section.group[data-category='{category}']").is_visible()
    assert page.locator("section.group:visible").count() == 1

    page.select_option("#f-cat", "")
    code = data["findings"][0]["code"]
    page.select_option("#f-code", code)
    assert visible.count() == sum(1 for f in data["findings"] if f["code"] == code)
    page.select_option("#f-code", "")

    page.uncheck(".filters input[value=info]")
    assert visible.count() == sum(1 for f in data["findings"] if f["severity"] != "info")
    page.check(".filters input[value=info]")

    page.fill("#f-q", "tartous")
    assert visible.count() == sum(1 for f in data["findings"] if "tartous" in _searchable(data, f))
    assert visible.count() >= 1

    # A word of a finding's sentence that its message does not hold finds it too (new-user review).
    n, word = _word_of_a_sentence_only(data)
    page.fill("#f-q", word)
    assert page.locator(f"#f{n}").is_visible()
    _assert_clean(watched, html)


def _searchable(data: dict[str, Any], finding: dict[str, Any]) -> str:
    """What the search box reads of a finding: its texts and the sentences of its bead."""
    texts = [str(finding[k] or "") for k in ("code", "name", "category", "severity", "message", "suggestion", "waived")]
    texts += [side["text"] for side in (finding["source"], finding["target"]) if side]
    for bead in data["alignment"]:
        if any(side and side["segment"] in bead[name] for side, name in ((finding["source"], "source"), (finding["target"], "target"))):
            texts += [data["source"]["segments"][i]["text"] for i in bead["source"]]
            texts += [data["target"]["segments"][j]["text"] for j in bead["target"]]
            break
    return "\n".join(texts).lower()


def _word_of_a_sentence_only(data: dict[str, Any]) -> tuple[int, str]:
    """A finding's number (1-based, as the page numbers them) and an English word of its
    target sentence found in none of its own texts."""
    for n, finding in enumerate(data["findings"], start=1):
        if finding["target"] is None:
            continue
        sentence = data["target"]["segments"][finding["target"]["segment"]]["text"]
        own = " ".join(str(finding[k] or "") for k in ("message", "suggestion", "code", "name")).lower()
        own += " " + finding["target"]["text"].lower() + " " + ((finding["source"] or {}).get("text") or "").lower()
        words = [w.strip(".,\"'") for w in sentence.split()]
        for word in words:
            if len(word) >= 6 and word.isalpha() and word.lower() not in own:
                return n, word.lower()
    raise AssertionError("no finding with a sentence word outside its texts")


def test_findings_can_be_read_in_article_order(watched: Watched, sample: tuple[Path, dict[str, Any]]) -> None:
    html, data = sample
    watched.open(html)
    page = watched.page
    numbers = "els => els.map(e => Number(e.dataset.n))"
    grouped = page.locator("li.finding:visible").evaluate_all(numbers)
    page.select_option("#f-order", "article")
    assert page.locator("li.finding:visible").evaluate_all(numbers) == list(range(1, len(data["findings"]) + 1))
    assert page.locator("section.group:visible").count() == 0
    page.select_option("#f-cat", data["findings"][0]["category"])  # filters still apply in this order
    assert page.locator("li.finding:visible").count() == sum(
        1 for f in data["findings"] if f["category"] == data["findings"][0]["category"]
    )
    page.select_option("#f-cat", "")
    page.select_option("#f-order", "category")
    assert page.locator("li.finding:visible").evaluate_all(numbers) == grouped
    _assert_clean(watched, html)


def test_clicking_a_finding_scrolls_to_its_bead_row_and_flashes_it(watched: Watched, sample: tuple[Path, dict[str, Any]]) -> None:
    from playwright.sync_api import expect

    html, _ = sample
    watched.open(html)
    page = watched.page
    last = page.locator("li.finding").last
    bead = page.evaluate("JSON.parse(document.getElementById('tqa-data').textContent).findings.at(-1).bead")
    row = page.locator(f"#{bead}")
    last.locator(".msg").click()
    expect(row).to_be_in_viewport()
    expect(row).to_have_class(re.compile(r"\bflash\b"))
    expect(last).to_be_focused()
    n = int(last.get_attribute("data-n") or 0)
    assert page.locator(f"mark.m.active[data-f~='{n}']").count() >= 1

    # j / k and the arrow keys move between findings in the panel's order.
    first = page.locator("li.finding").first
    first.locator(".msg").click()
    page.keyboard.press("j")
    expect(page.locator("li.finding").nth(1)).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(page.locator("li.finding").nth(2)).to_be_focused()
    page.keyboard.press("k")
    expect(page.locator("li.finding").nth(1)).to_be_focused()
    page.keyboard.press("ArrowUp")
    expect(first).to_be_focused()
    _assert_clean(watched, html)


def test_marks_explain_themselves_on_keyboard_focus(watched: Watched, sample: tuple[Path, dict[str, Any]]) -> None:
    html, _ = sample
    watched.open(html)
    mark = watched.page.locator("mark.m").first
    assert mark.get_attribute("title")
    described = (mark.get_attribute("aria-describedby") or "").split()
    assert described and all(watched.page.locator(f"#{i}").count() == 1 for i in described)
    mark.focus()
    watched.page.keyboard.press("Shift+Tab")
    watched.page.keyboard.press("Tab")  # keyboard focus, so :focus-visible shows the tip
    tip = mark.evaluate("el => getComputedStyle(el, '::before').content")
    assert mark.get_attribute("data-tip") and tip not in ("none", "normal", "")


def test_accept_export_waivers_and_rerun(watched: Watched, sample: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    html, data = sample
    watched.open(html)
    page = watched.page
    index, finding = next((i, f) for i, f in enumerate(data["findings"]) if f["severity"] == "error")
    item = page.locator(f"#f{index + 1}")
    item.get_by_label("accepted as is", exact=True).check()
    item.locator("input.note").fill("house style allows it here")
    page.locator(f"#f{2 if index == 0 else 1}").get_by_label("to fix", exact=True).check()  # another finding

    page.reload()  # decisions survive: localStorage under the report's content hash
    # expect() waits for the page's script to restore them (a busy machine is slow to run it).
    from playwright.sync_api import expect

    expect(item.get_by_label("accepted as is", exact=True)).to_be_checked()
    expect(item.locator("input.note")).to_have_value("house style allows it here")
    expect(page.locator("#decided")).to_have_text("1 accepted, 1 to fix")

    with page.expect_download() as download_info:
        page.click("#export")
    waivers_path = tmp_path / "waivers.json"
    download_info.value.save_as(waivers_path)
    exported = json.loads(waivers_path.read_text(encoding="utf-8"))
    assert exported["schema"] == "tqa-waivers/1"
    assert exported["waivers"] == [
        {"code": finding["code"], "fingerprint": finding["fingerprint"], "reason": "house style allows it here"}
    ]

    out = tmp_path / "out.json"
    rerun_html = tmp_path / "waived.html"
    tqa_check(AR, EN, "--glossary", GLOSSARY, "--waivers", waivers_path, "--json", out, "--html", rerun_html)
    rerun = json.loads(out.read_text(encoding="utf-8"))
    waived = [f for f in rerun["findings"] if f["waived"] is not None]
    assert [(f["code"], f["fingerprint"], f["waived"]) for f in waived] == [
        (finding["code"], finding["fingerprint"], "house style allows it here")
    ]

    # The re-run's report shows it as waived, not as new, and exports it again.
    watched.open(rerun_html)
    again = page.locator(f"#f{index + 1}")
    assert "waived" in (again.get_attribute("class") or "").split()
    assert "house style allows it here" in again.inner_text()
    assert again.locator("input[type=radio]").count() == 0
    with page.expect_download() as second:
        page.click("#export")
    second.value.save_as(tmp_path / "again.json")
    assert json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))["waivers"] == exported["waivers"]


def test_hostile_article_runs_nothing_and_fetches_nothing(watched: Watched, tmp_path: Path) -> None:
    html = tmp_path / "hostile.html"
    hostile = ROOT / "tests" / "hostile"
    tqa_check(hostile / "power-plant.ar.txt", hostile / "power-plant.en.txt", "--glossary", GLOSSARY, "--html", html)
    watched.open(html)
    page = watched.page
    body = page.locator("body").inner_text()
    for text in ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "javascript:alert(3)", "</textarea>", "</script>"):
        assert text in body
    assert page.locator("img, textarea, iframe, object, embed").count() == 0
    # Exercise the script on the hostile text: search, select, keys, hover.
    page.fill("#f-q", "script")
    page.locator("li.finding:visible").first.locator(".msg").click()
    page.keyboard.press("j")
    page.locator("mark.m").last.hover()
    page.wait_for_timeout(200)
    assert page.locator("#f-shown").inner_text().endswith("shown")
    _assert_clean(watched, html)


def _big_report(beads: int = 500, findings: int = 300) -> Report:
    """500 bead rows and 300 findings, with overlapping spans, built directly from the model."""
    ar = tuple(
        Segment(i, i // 4, f"قال المتحدث إن الوفد السوري وصل إلى موسكو في الجلسة رقم {i} لبحث القواعد") for i in range(beads)
    )
    en = tuple(
        Segment(i, i // 4, f"The spokesman said the Syrian delegation reached Moscow for session {i} to discuss the bases")
        for i in range(beads)
    )
    doc = AlignedDocument(
        Article("big.ar.md", "ar", "markdown", ar, "كبير"),
        Article("big.en.md", "en", "markdown", en, "Big"),
        tuple(Bead((i,), (i,), 0.3 if i % 17 == 0 else 0.9) for i in range(beads)),
    )
    codes = (("N102", "name", Severity.ERROR), ("D201", "number", Severity.WARNING), ("S501", "style", Severity.INFO))
    items = []
    for k in range(findings):
        code, category, severity = codes[k % 3]
        segment = (k * 5) % beads
        start = 4 + (k % 3) * 3  # neighbouring findings overlap
        items.append(
            Finding(
                code, f"check-{category}", category, severity, f"finding {k}", "fix it",  # type: ignore[arg-type]
                source=Span(segment, 7, 14, ar[segment].text[7:14]),
                target=Span(segment, start, start + 12, en[segment].text[start : start + 12]),
                fingerprint=f"{k:016x}",
            )
        )  # fmt: skip
    return Report(
        doc, tuple(items), "0.0.0", Signature("0.0.0", "none", "0@test", "error", "auto", waivers=False, reference=False), {}
    )


def test_works_with_500_rows_and_300_findings(watched: Watched, tmp_path: Path) -> None:
    # Functional only: tests assert no wall-clock time (filtering and searching 300 findings
    # took well under 250 ms here; a slow page shows in use, not in a flaky assertion).
    html = tmp_path / "big.html"
    html.write_text(render_html(_big_report(), Severity.ERROR), encoding="utf-8")
    watched.open(html)
    page = watched.page
    assert page.locator("#f-shown").inner_text() == "300 of 300 shown"
    shown = page.evaluate(
        """() => {
        const cat = document.getElementById('f-cat');
        cat.value = 'number'; cat.dispatchEvent(new Event('change', {bubbles: true}));
        const filtered = document.getElementById('f-shown').textContent;
        cat.value = ''; cat.dispatchEvent(new Event('change', {bubbles: true}));
        return filtered;
    }"""
    )
    assert shown != "300 of 300 shown"
    assert page.locator("li.finding:visible").count() == 300
    page.locator("li.finding").last.locator(".msg").click()
    for _ in range(20):
        page.keyboard.press("k")
    _assert_clean(watched, html)


def test_print_hides_the_controls_and_keeps_bead_rows_whole(watched: Watched, sample: tuple[Path, dict[str, Any]]) -> None:
    html, _ = sample
    watched.open(html)
    page = watched.page
    page.emulate_media(media="print")
    assert not page.locator(".filters").is_visible()
    assert not page.locator("#export").is_visible()
    assert page.locator("tr.bead").first.evaluate("el => getComputedStyle(el).breakInside") == "avoid"
    # The aligned text comes first on paper; the findings follow it.
    table_top = page.locator("#aligned").bounding_box()
    panel_top = page.locator("#panel").bounding_box()
    assert table_top and panel_top and table_top["y"] < panel_top["y"]


@pytest.mark.parametrize("width", [400, 700])
@pytest.mark.parametrize("single", [False, True], ids=["pair", "single-article"])
def test_a_narrow_window_stacks_the_pairs_and_nothing_runs_off_the_page(
    browser: Any, tmp_path: Path, width: int, single: bool
) -> None:
    """A phone or half a screen (a new user's review): no horizontal overflow of the page, each
    pair's source above its target at the full width, the findings above the text."""
    html = tmp_path / "r.html"
    tqa_check(*([EN] if single else [AR, EN]), "--glossary", GLOSSARY, "--html", html)
    context = browser.new_context(viewport={"width": width, "height": 800})
    watched = Watched(context.new_page())
    watched.open(html)
    page = watched.page
    assert page.evaluate("[document.documentElement.scrollWidth, document.body.scrollWidth]") == [width, width]
    wider = page.evaluate(
        "[...document.querySelectorAll('body *')].filter(e => e.getClientRects().length"
        " && e.getBoundingClientRect().right > innerWidth + 0.5).map(e => e.tagName + '.' + e.className)"
    )
    assert wider == []
    cells = [page.locator("tr.bead").nth(1).locator("td").nth(i).bounding_box() for i in (0, -1)]
    assert cells[0] and cells[1] and cells[1]["width"] > width * 0.8
    if not single:
        assert cells[0]["y"] + cells[0]["height"] <= cells[1]["y"] + 0.5  # the source above the target
    panel, table = page.locator("#panel").bounding_box(), page.locator("#aligned").bounding_box()
    assert panel and table and panel["y"] + panel["height"] <= table["y"]
    _assert_clean(watched, html)
    context.close()


def test_a_missing_browser_fails_under_ci_and_skips_otherwise(tmp_path: Path) -> None:
    import subprocess
    import sys

    def run_without_chromium(ci: bool) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k != "CI"}
        env["TQA_CHROMIUM"] = str(tmp_path / "no-such-chromium")
        if ci:
            env["CI"] = "1"
        test = f"{Path(__file__)}::test_counts_shown_equal_the_json_counts"
        command = [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", test]
        return subprocess.run(command, check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)

    under_ci = run_without_chromium(ci=True)
    assert under_ci.returncode != 0 and "browser tests need Chromium under CI" in under_ci.stdout, under_ci.stdout
    local = run_without_chromium(ci=False)
    assert local.returncode == 0 and "no Chromium at" in local.stdout and "SKIPPED" in local.stdout, local.stdout


def test_accepted_without_a_note_exports_reason_accepted_and_decisions_belong_to_one_report(
    watched: Watched, sample: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    html, data = sample
    watched.open(html)
    page = watched.page
    last = len(data["findings"])
    page.locator(f"#f{last}").get_by_label("accepted as is", exact=True).check()
    with page.expect_download() as download_info:
        page.click("#export")
    download_info.value.save_as(tmp_path / "w.json")
    waivers = json.loads((tmp_path / "w.json").read_text(encoding="utf-8"))["waivers"]
    assert waivers == [
        {"code": data["findings"][-1]["code"], "fingerprint": data["findings"][-1]["fingerprint"], "reason": "accepted"}
    ]

    # Another report (other content, other hash) in the same browser starts with no decisions.
    other = tmp_path / "other.html"
    hostile = ROOT / "tests" / "hostile"
    tqa_check(hostile / "power-plant.ar.txt", hostile / "power-plant.en.txt", "--glossary", GLOSSARY, "--html", other)
    watched.open(other)
    assert page.locator("#decided").inner_text() == "0 accepted, 0 to fix"
    watched.open(html)
    assert page.locator("#decided").inner_text() == "1 accepted, 0 to fix"
