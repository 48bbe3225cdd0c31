"""The sentence features of a long input found by worker processes (issue #14): the same
features as serially, the same error, serial where workers must not start, and no worker
left behind by Ctrl-C. The threshold is a parameter, so that a small invented input
takes the parallel path. All sentences are invented."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from tests.signals import default_sigint, kill_leaving_no_worker
from tqa.glossary.model import Glossary, GlossaryEntry
from tqa.model import Segment
from tqa.text import evidence, feature_pool

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = Glossary([GlossaryEntry("harbour-board", "organisation", "Tarin Harbour Board", ("مجلس ميناء تارين",))])
ARABIC = [
    "وقال مجلس ميناء تارين إن 42 سفينة رست في ١٢ آذار/مارس.",
    'وأضاف المتحدث: "سنفتح الرصيف الجديد.',
    'وسيخدم السفن الكبيرة." هل ستنخفض الرسوم؟',
    "وبلغت الإيرادات ٣٫٥ مليون دولار خلال ٤٨ ساعة، أي ٢٠٪ من الهدف.",
    "«وصلت الشحنة. وفرغت في يومين» قال المدير.",
]
ENGLISH = [
    "The Tarin Harbour Board said 42 ships docked on 12 March.",
    '"We will open the new quay.',
    'It will serve large ships," the spokesman added. Will fees fall?',
    "Revenue reached $3.5 million within two days, 20% of the target, on Monday.",
    "“The cargo arrived. It was unloaded in two days,” the manager said.",
]


def segments(texts: list[str], count: int) -> tuple[Segment, ...]:
    """`count` sentences, three to a paragraph: quotations open in one sentence and close
    in the next, across chunk boundaries too."""
    return tuple(Segment(n, n // 3, texts[n % len(texts)]) for n in range(count))


needs_two_cores = pytest.mark.skipif(feature_pool.worker_count(4) < 2, reason="workers cannot start here")


@needs_two_cores
@pytest.mark.parametrize("glossary", [None, GLOSSARY], ids=["no glossary", "glossary"])
@pytest.mark.parametrize(("texts", "lang"), [(ARABIC, "ar"), (ENGLISH, "en")])
def test_workers_find_the_serial_features(
    texts: list[str], lang: str, glossary: Glossary | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    used = []
    in_workers = feature_pool._in_workers
    monkeypatch.setattr(feature_pool, "_in_workers", lambda *args: used.append(1) or in_workers(*args))
    sentences = segments(texts, 64)  # chunks of 16: sentence 31 opens a quotation 32 closes
    short = segments(texts, 7)  # found here while the workers find the long one's
    parallel, beside = feature_pool.chunked_features(
        evidence._sentence_features, [(sentences, lang), (short, lang)], glossary, threshold=20
    )
    serial = evidence._sentence_features(sentences, lang, glossary)
    assert used == [1]
    assert beside == evidence._sentence_features(short, lang, glossary)
    assert parallel == serial
    # Every field, the anchors as sorted lists (a frozenset's iteration order is no part of
    # its value: it differs between runs with different hash seeds as well).
    assert [(f.length, f.paragraph, sorted(f.anchors), f.quoting) for f in parallel] == [
        (f.length, f.paragraph, sorted(f.anchors), f.quoting) for f in serial
    ]
    assert any(f.quoting.continues for f in serial)  # a quotation the chunks cut is read whole


def _fails_on_the_fortieth(
    sentences: tuple[Segment, ...], lang: str, glossary: Glossary | None
) -> tuple[evidence.SentenceFeatures, ...]:
    if any(s.id == 40 for s in sentences):
        raise ValueError(f"sentence 40 of {lang}")
    return evidence._sentence_features(sentences, lang, glossary)


@needs_two_cores
def test_an_error_in_a_worker_is_the_serial_error() -> None:
    sentences = segments(ENGLISH, 61)
    with pytest.raises(ValueError, match="^sentence 40 of en$"):
        feature_pool.chunked_features(_fails_on_the_fortieth, [(sentences, "en")], None, threshold=20)
    with pytest.raises(ValueError, match="^sentence 40 of en$"):
        feature_pool.chunked_features(_fails_on_the_fortieth, [(sentences, "en")], None, threshold=1000)


def test_serial_below_the_threshold_when_switched_off_and_in_a_pool_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feature_pool, "_in_workers", None)  # called, it would fail
    sentences = segments(ENGLISH, 61)
    expected = evidence._sentence_features(sentences, "en", None)
    assert feature_pool.chunked_features(evidence._sentence_features, [(sentences, "en")], None, threshold=62) == [expected]
    monkeypatch.setenv(feature_pool.SWITCH, "0")
    assert feature_pool.chunked_features(evidence._sentence_features, [(sentences, "en")], None, threshold=20) == [expected]
    monkeypatch.delenv(feature_pool.SWITCH)
    # A batch's article worker (not daemonic in a ProcessPoolExecutor) stays serial.
    with ProcessPoolExecutor(1) as pool:
        assert pool.submit(feature_pool.worker_count, 4).result() == 1


CHILD = textwrap.dedent(
    """
    import sys, time
    from tqa.model import Segment
    from tqa.text import evidence, feature_pool

    def slow(sentences, lang, glossary):
        time.sleep(60)
        return evidence._sentence_features(sentences, lang, glossary)

    sentences = tuple(Segment(n, 0, "The board met on Monday.") for n in range(40))
    print("started", flush=True)
    feature_pool.chunked_features(slow, [(sentences, "en")], None, threshold=20)
    """
)


@needs_two_cores
def test_ctrl_c_leaves_no_worker_behind() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True, preexec_fn=default_sigint, text=True,
    )  # fmt: skip
    assert process.stdout is not None and process.stdout.readline() == "started\n"
    workers: list[int] = []
    for _ in range(100):  # until both workers run
        workers = _children(process.pid)
        if len(workers) == 2:
            break
        time.sleep(0.05)
    assert len(workers) == 2
    os.killpg(process.pid, signal.SIGINT)
    try:
        _, errors = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:  # the workers kept it waiting: the test fails, and leaves nothing
        os.killpg(process.pid, signal.SIGKILL)
        raise
    assert process.returncode != 0 and "KeyboardInterrupt" in errors
    for pid in workers:
        assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split(")")[1][:3]


@needs_two_cores
def test_a_killed_parent_leaves_no_worker_behind() -> None:
    """SIGKILL (or the OOM killer) runs no handler in the parent: its workers, waiting on a
    queue whose write end they hold themselves, would wait forever. They end with it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True, text=True
    )
    assert process.stdout is not None and process.stdout.readline() == "started\n"
    for _ in range(100):  # until both workers run
        if len(_children(process.pid)) == 2:
            break
        time.sleep(0.05)
    assert len(_children(process.pid)) == 2
    assert kill_leaving_no_worker(process) == []


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(n) for n in (task / "children").read_text().split()]
    return found


@needs_two_cores
def test_both_sides_share_one_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    used = []
    in_workers = feature_pool._in_workers
    monkeypatch.setattr(feature_pool, "_in_workers", lambda *args: used.append(1) or in_workers(*args))
    arabic, english = segments(ARABIC, 45), segments(ENGLISH, 50)
    found = evidence.features_of_sides([(arabic, "ar"), (english, "en")], GLOSSARY)
    assert used == []  # below the threshold
    jobs = [(arabic, "ar"), (english, "en")]
    assert feature_pool.chunked_features(evidence._sentence_features, jobs, GLOSSARY, threshold=20) == [tuple(f) for f in found]
    assert used == [1]
