"""When the garbage collector runs.

tqa builds large structures that make no reference cycles and live until they are used
up: the modules a check imports, a glossary's tries, an article's sentence features.
The collector, run every 700 allocations, traverses them again and again and frees
nothing (issue 14). The command line keeps it off while a check starts (`pause_start_up`
until `collect_from_now_on`); a library call pauses it while it builds (`gc_paused`).
This module imports nothing but gc and contextlib, so that tqa.entry may import it
before its Ctrl-C guard.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_paused = [False]  # the collector is off because pause_start_up turned it off, until collect_from_now_on
_froze = [False]  # collect_from_now_on froze what the command line had made


def pause_start_up() -> None:
    """Turn the collector off while the command line loads and a check reads its inputs."""
    gc.disable()
    _paused[0] = True


def collect_from_now_on() -> None:
    """Turn the collector back on, with what was made so far frozen out of its way: a
    check's modules, glossary and aligned article live until the process ends. Does
    nothing unless pause_start_up turned the collector off (a library caller's, a test's)."""
    if _paused[0]:
        _paused[0] = False
        _froze[0] = True
        gc.freeze()
        gc.enable()


@contextmanager
def gc_paused() -> Iterator[None]:
    """The collector off while a large structure is built, on again afterwards if it was:
    50,000 glossary entries built in 2.2 s with it running, in 1.0 s without; at 10,000
    sentences a side, a quarter of the aligner's time was collections that walked every
    sentence's features again. Not gc.freeze(): it would also hide from the collector
    every cycle the process had made until then, for good, and a long-lived process (a
    batch worker, the fuzz run) that loads glossaries again and again grew past 1.8 GB
    with it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            _to_the_oldest_generation()
            gc.enable()


def _to_the_oldest_generation() -> None:
    """What was made while the collector was off, put with the oldest objects unscanned:
    else its first young collection traverses every one of them (a 50,000-entry
    glossary's millions, a fifth of its load, #14), and the next older ones again. They
    stay collectable: the full collections see them. freeze() then unfreeze() does it,
    with no traversal; not when something is frozen (the command line's start-up, in
    collect_from_now_on), which unfreeze() would thaw. gc.get_freeze_count() counts the
    frozen objects one by one: asked only when nothing is known to be frozen."""
    if not _froze[0] and gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
