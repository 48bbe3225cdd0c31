"""A check with no glossary gets the glossary load_glossaries([]) would give, without the
glossary readers being imported (tqa.pipeline.load_settings_glossaries, issue 14)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tqa.config import load_settings
from tqa.glossary.files import load_glossaries
from tqa.pipeline import load_settings_glossaries

ROOT = Path(__file__).resolve().parent.parent


def test_no_glossary_is_the_loaders_empty_glossary(tmp_path: Path) -> None:
    ours, loaded = load_settings_glossaries(load_settings(tmp_path, {})), load_glossaries([])
    assert (ours.entries, ours.sources, ours.cache_key, len(ours)) == (
        loaded.entries,
        loaded.sources,
        loaded.cache_key,
        len(loaded),
    )


def test_a_check_without_a_glossary_does_not_import_the_readers() -> None:
    code = (
        "import sys\nfrom pathlib import Path\nfrom tqa.config import load_settings\nfrom tqa.pipeline import run\n"
        "run(Path('samples/moscow-visit.ar.md'), Path('samples/moscow-visit.en.md'), load_settings(Path.cwd(), {}))\n"
        "print('tqa.glossary.files' in sys.modules, 'yaml' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
