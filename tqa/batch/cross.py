"""Consistency across the articles of a batch: one name spelled two ways in different
articles (the transliteration key and N104's clustering, applied to the whole batch),
glossary spellings broken most often, and names the glossary lacks that recur."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from tqa.checks.name_consistency import _clusters
from tqa.glossary.suggest import suggested_entry_yaml
from tqa.lang.en import spelling_key
from tqa.text.names import Spelling, core_of
from tqa.text.skeletons import latin_skeleton
from tqa.text.translit import _skeleton, name_tokens, token_key, translit_key

if TYPE_CHECKING:
    from tqa.batch.store import Store

# N101 name-variant and N102 name-forbidden: a glossary name written another way.
GLOSSARY_SPELLING_CODES = ("N101", "N102")


@dataclass(frozen=True)
class Place:
    article: str
    segment: int
    sentence: str


@dataclass(frozen=True)
class SpellingUse:
    spelling: str  # as most often written
    count: int
    articles: dict[str, int]  # article key -> uses
    places: tuple[Place, ...]


@dataclass(frozen=True)
class NameCluster:
    """One name, spelled two or more ways across the batch; most used spelling first."""

    spellings: tuple[SpellingUse, ...]

    @property
    def summary(self) -> str:
        return ", ".join(f"{s.spelling} ×{n} in {a}" for s in self.spellings for a, n in s.articles.items())


@dataclass(frozen=True)
class WrongSpelling:
    code: str
    written: str
    house: str | None
    count: int
    articles: tuple[str, ...]


@dataclass(frozen=True)
class RecurringName:
    english: str
    arabic: str
    articles: tuple[str, ...]
    entry: str  # ready to paste into a YAML glossary


@dataclass(frozen=True)
class CrossArticle:
    names: tuple[NameCluster, ...]
    wrong_spellings: tuple[WrongSpelling, ...]
    recurring_unlisted: tuple[RecurringName, ...]


def cross_article(store: Store, run_id: int) -> CrossArticle:
    return CrossArticle(name_clusters(store, run_id), wrong_spellings(store, run_id), recurring_unlisted(store, run_id))


def name_clusters(store: Store, run_id: int) -> tuple[NameCluster, ...]:
    """N104's clusters over every article's spellings: the same key, or one Arabic word
    rendered by both, and never two spellings whose Arabic words differ in long vowels."""

    uses: dict[str, list[tuple[str, str, int, str]]] = defaultdict(list)
    arabic: dict[str, frozenset[str]] = {}
    listed: dict[str, str] = {}  # core -> the glossary entry that knows it
    for key, core, text, segment, sentence, forms, entry in store.db.execute(
        "SELECT a.key, n.core, n.text, n.segment, n.sentence, n.arabic, n.entry FROM names n JOIN articles a ON a.id = n.article_id"
        " JOIN run_articles r ON r.article_id = a.id WHERE r.run_id = ? ORDER BY a.key, n.rowid",
        (run_id,),
    ):
        uses[core].append((key, text, segment, sentence))
        if forms and core not in arabic:
            arabic[core] = frozenset(forms.split())
        if entry:
            listed.setdefault(core, entry)
    spellings = [Spelling(core, ()) for core in uses]
    clusters = []
    for cluster in (c for group in _candidate_groups(spellings, arabic) for c in _clusters(group, arabic)):
        for part in _evidenced_parts([s.core for s in cluster], arabic, listed):
            if len({key for core in part for key, *_ in uses[core]}) < 2:
                continue  # inside one article: that article's N104 says it
            clusters.append(
                NameCluster(tuple(sorted((_spelling_use(uses[core]) for core in part), key=lambda u: (-u.count, u.spelling))))
            )
    return tuple(sorted(clusters, key=lambda c: (-sum(s.count for s in c.spellings), c.spellings[0].spelling)))


# Across a batch's thousands of capitalised words, the key alone joins too much
# (Rosa and Russia, Wayde and Wide): on the NTREX and FLORES news it was mostly noise.
MIN_LETTERS_KEY_ONLY = 5


def _evidenced_parts(cores: list[str], arabic: dict[str, frozenset[str]], listed: dict[str, str]) -> list[list[str]]:
    """The spellings of a cluster that something besides the key's leniency joins, in
    connected parts: one glossary entry lists both (two entries are two names); both
    render one Arabic word and share their consonants; or they have the very same
    transliteration key (Hmeimim, Khmeimim), are long enough to carry evidence, and no
    Arabic says they are two words."""

    def joined(a: str, b: str) -> bool:
        if a in listed and b in listed:
            return listed[a] == listed[b]
        forms_a, forms_b = arabic.get(a), arabic.get(b)
        if forms_a and forms_b:
            return bool(forms_a & forms_b) and latin_skeleton(a) == latin_skeleton(b)
        return min(len(a), len(b)) >= MIN_LETTERS_KEY_ONLY and translit_key(a) == translit_key(b)

    parts: list[list[str]] = []
    for core in cores:
        homes = [p for p in parts if any(joined(core, other) for other in p)]
        parts = [p for p in parts if p not in homes] + [[core, *(c for p in homes for c in p)]]
    return [sorted(p, key=cores.index) for p in parts if len(p) > 1]


def _candidate_groups(spellings: list[Spelling], arabic: dict[str, frozenset[str]]) -> list[list[Spelling]]:
    """Spellings that N104's clustering could join, grouped, so that it runs on each
    small group rather than on every pair of a batch's thousands of names (quadratic).
    It joins two spellings only when their words have the same consonants after the
    transliteration key (translit.same_name), or when both render one Arabic word and
    share a Latin consonant skeleton: spellings that share neither can never meet."""

    parent = list(range(len(spellings)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[object, int] = {}
    for i, spelling in enumerate(spellings):
        keys: list[object] = [tuple(tuple(_skeleton(token_key(t))[0]) for t in name_tokens(spelling.core))]
        if spelling.core in arabic:
            keys.append(("arabic", latin_skeleton(spelling.core)))
        for key in keys:
            j = first_with.setdefault(key, i)
            parent[root(i)] = root(j)
    groups: dict[int, list[Spelling]] = defaultdict(list)
    for i, spelling in enumerate(spellings):
        groups[root(i)].append(spelling)
    return [group for group in groups.values() if len(group) > 1]


def _spelling_use(uses: list[tuple[str, str, int, str]]) -> SpellingUse:
    written = Counter(text for _, text, _, _ in uses).most_common(1)[0][0]
    articles = Counter(key for key, *_ in uses)
    return SpellingUse(
        written, len(uses), dict(sorted(articles.items())), tuple(Place(k, seg, sentence) for k, _, seg, sentence in uses)
    )


def wrong_spellings(store: Store, run_id: int) -> tuple[WrongSpelling, ...]:
    """Glossary names written a forbidden or a variant way, most frequent first; the
    wrong form is the translation's evidence (the article's own for one article alone)."""
    marks = ",".join("?" for _ in GLOSSARY_SPELLING_CODES)
    grouped: dict[tuple[str, str], tuple[str | None, list[str]]] = {}
    for key, code, written, house in store.db.execute(
        f"SELECT a.key, f.code, coalesce(f.target, f.source), f.suggestion FROM findings f JOIN articles a ON a.id = f.article_id"
        f" JOIN run_articles r ON r.article_id = a.id WHERE r.run_id = ? AND f.code IN ({marks}) AND f.waived IS NULL ORDER BY a.key",
        (run_id, *GLOSSARY_SPELLING_CODES),
    ):
        entry = grouped.setdefault((code, written or ""), (house, []))
        entry[1].append(key)
    ranked = [
        WrongSpelling(code, written, house, len(keys), tuple(dict.fromkeys(keys)))
        for (code, written), (house, keys) in grouped.items()
    ]
    return tuple(sorted(ranked, key=lambda w: (-w.count, w.code, w.written)))


def recurring_unlisted(store: Store, run_id: int) -> tuple[RecurringName, ...]:
    """Names the glossary lacks (as `tqa glossary suggest` finds them) in two or more
    articles, with the entry to paste: the spelling and Arabic used most."""

    seen: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for key, english, arabic, kind in store.db.execute(
        "SELECT a.key, s.english, s.arabic, s.kind FROM suggestions s JOIN articles a ON a.id = s.article_id"
        " JOIN run_articles r ON r.article_id = a.id WHERE r.run_id = ? ORDER BY a.key, s.rowid",
        (run_id,),
    ):
        seen[spelling_key(core_of(english))].append((key, english, arabic, kind))
    recurring = []
    for mentions in seen.values():
        articles = tuple(dict.fromkeys(m[0] for m in mentions))
        if len(articles) < 2:
            continue
        english = Counter(m[1] for m in mentions).most_common(1)[0][0]
        arabic = Counter(m[2] for m in mentions).most_common(1)[0][0]
        kind = Counter(m[3] for m in mentions).most_common(1)[0][0]
        recurring.append(RecurringName(english, arabic, articles, suggested_entry_yaml(english, arabic, kind=kind)))
    return tuple(sorted(recurring, key=lambda r: (-len(r.articles), r.english)))


def cross_dict(cross: CrossArticle) -> dict[str, object]:
    return {
        "schema": "tqa-cross-article/1",
        "names": [{"summary": c.summary, "spellings": [asdict(s) for s in c.spellings]} for c in cross.names],
        "wrong_spellings": [asdict(w) for w in cross.wrong_spellings],
        "recurring_unlisted": [asdict(r) for r in cross.recurring_unlisted],
    }


def render_cross_json(cross: CrossArticle) -> str:
    return json.dumps(cross_dict(cross), ensure_ascii=False, indent=2) + "\n"
