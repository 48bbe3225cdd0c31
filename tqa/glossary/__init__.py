"""House glossaries: the entries and their matcher (`model`), the files they are read
from (`files`, `yaml`, `tbx`), `lint` and `suggest` (entries for names the glossary lacks)."""

from tqa.glossary.model import Glossary, GlossaryEntry, GlossaryMatch, GlossarySource

__all__ = ["Glossary", "GlossaryEntry", "GlossaryMatch", "GlossarySource"]
