"""House glossaries: the entries (`entry`), the glossary and its matcher (`model`,
`matcher`, `arabic_forms`, `cache`), the files they are read from (`files`, `entries`,
`yaml`, `tbx`), `lint` and `suggest` (entries for names the glossary lacks).

Nothing is imported here: `tqa.text.people` needs `entry` without the model, which
imports it (an eager re-export here would close that cycle)."""
