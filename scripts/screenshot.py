"""Regenerate docs/report.png: the HTML report of the moscow-visit sample in headless Chromium.

Run from the repository, in the environment tqa is installed in: `python scripts/screenshot.py [--chromium PATH] [--out PATH]`.
The report is rendered through the real CLI so the picture shows what editors get.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
WIDTH, HEIGHT = 1400, 1000  # wide enough for the panel and both columns side by side


def render_sample(html_path: Path) -> None:
    """Run `tqa check` on the sample; exit status 1 only means findings at or above error."""
    from typer.testing import CliRunner

    from tqa.cli import app

    args = [
        "check",
        "samples/moscow-visit.ar.md",
        "samples/moscow-visit.en.md",
        "--glossary",
        "glossaries/syria.yaml",
        "--html",
        str(html_path),
    ]
    result = CliRunner().invoke(app, args)
    if result.exit_code not in (0, 1) or not html_path.is_file():
        raise SystemExit(f"tqa check failed (exit {result.exit_code}):\n{result.output}")


def screenshot(html_path: Path, out: Path, chromium: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--headless"])
        page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
        page.goto(html_path.as_uri())
        # Select one finding so the picture shows a highlighted row and the active marks.
        page.locator("li.finding").nth(2).click()
        page.evaluate("window.scrollTo(0, 0)")
        page.wait_for_timeout(1800)  # let the row flash fade
        page.screenshot(path=str(out))
        browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default=CHROMIUM)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "report.png")
    options = parser.parse_args()
    if not Path(options.chromium).exists():
        print(f"no Chromium at {options.chromium}; install Debian's chromium or pass --chromium", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    import os

    os.chdir(ROOT)  # the sample paths in the report read as they do in the docs
    with tempfile.TemporaryDirectory() as tmp:
        html_path = Path(tmp) / "report.html"
        render_sample(html_path)
        options.out.parent.mkdir(parents=True, exist_ok=True)
        screenshot(html_path, options.out, options.chromium)
    print(f"wrote {options.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
