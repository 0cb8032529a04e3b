"""Syndicated copies: the same wire story published by several sites, found by near-duplicate text.

Text is normalised (Unicode NFKC, casefold, words are ``\\w+`` runs, so punctuation, typographic
quotes, case and whitespace never matter) and cut into *shingles* of ``k`` consecutive words. A
document's MinHash *signature* summarises its set of shingles; the share of equal positions in two
signatures estimates the Jaccard similarity of the two sets (|A ∩ B| / |A ∪ B|).

The signature is a one-permutation MinHash (Li, Owen and Zhang 2012) with optimal densification
(Shrivastava 2017): each distinct shingle is hashed once with ``hashlib.blake2b`` and the hash's
residue modulo ``permutations`` picks a bin whose minimum is kept; an empty bin copies the first
non-empty bin in a fixed pseudo-random order of its own. Each position still agrees for two texts
with probability equal to their Jaccard similarity J (unbiased, standard error sqrt(J(1-J)/128),
0.04 at J = 0.7), but one hash per shingle replaces 128, which is what makes pure Python fast
enough. Values are the top 32 bits of the bin's minimum. No randomised ``hash()`` anywhere: a text
has the same signature in every process (tested with two PYTHONHASHSEED values).

A pair is a *near-duplicate* when at least ``ceil(threshold * permutations)`` values are equal.
Candidates come from LSH bands of ``rows`` values, ``rows`` being the largest number for which
there are more bands than a passing pair can have unequal values (3 rows, 42 bands at 0.7): by
pigeonhole a passing pair always shares a band, so the index finds exactly the pairs that comparing
every pair would (tested); a pair at J = 0.1 is compared 4% of the time, at J = 0.05 0.5%.

- **Threshold 0.7**, not 0.8. In tests/test_syndication.py's table, estimated similarity of copies
  of one wire story (another site's header, footer and byline of 10-20 words with three words
  changed; paragraphs reordered; an update adding a paragraph) is 0.71-0.89, site against site
  being the lowest (0.71, 0.74) and 0.79 for a French copy against the wire; different stories are
  at most 0.59 (a templated bulletin on two days, five values changed), then 0.23 (a templated
  market report), 0.22 (two stories sharing a footer shorter than each), 0.0 (rewrite,
  translation). 0.8 misses three of the six copy pairs. Lower would merge templated bulletins,
  whose different figures are different facts: a false duplicate hides a story from the answers,
  a missed one only counts it twice, so the threshold sits near the copies (site-to-site copies
  within one standard error of it, the bulletin 2.5 below): Jaccard over shingles cannot fully
  separate site chrome from templates. Reordered paragraphs change only the shingles across
  paragraph boundaries: a duplicate. A copy cut to half the story (0.53) is a known miss.
- **Short texts**: fewer than ``min_words`` = 10·k words (50 for k = 5) give no signature and are
  never duplicates. Below that, site boilerplate can be most of a text: two paywall stubs of
  different articles (about 25 words with their titles) estimate 0.75. At 50 words a copy still
  passes with one word changed ((46 - 5) / (46 + 5) = 0.80 > 0.7).

Groups are the connected components of the near-duplicate relation (not transitive: A ~ B and
B ~ C with A ≁ C is one group). Each group has one *original*, the member with the smallest key
(publication date, unknown dates last; then document id); every other member is a duplicate of it,
never of another duplicate. The relation depends only on the two texts of each pair, so groups do
not depend on arrival order, batches, or discard and re-add. Dates are ISO 8601 text (``YYYY``,
``YYYY-MM``, ``YYYY-MM-DD`` as ``PartialDate.iso()`` writes them, optionally with a time) compared
as text: chronological within one time zone, a coarser date sorting before the days it contains.

Speed and memory, ``.venv/bin/python bench/syndication.py`` (10,000 synthetic documents of 600
words, one in ten a syndicated copy, fastest of 3 rounds, on a busy 2-core machine): 930
documents/s added (signature, candidates, verification; 10.8 s in all), 11 times the time of a
bare ``re.findall(r"\\w+", text)`` pass over the same texts, every planted copy found; 3.4 KB of
memory per indexed document (tracemalloc: the 0.6 KB signature, 42 band entries, the date).
"""

from __future__ import annotations

import base64
import hashlib
import math
import operator
import re
import struct
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any

DEFAULT_THRESHOLD = 0.7
DEFAULT_K = 5
DEFAULT_PERMUTATIONS = 128
WORDS_PER_K = 10  # a text needs at least WORDS_PER_K * k words (see the module docstring)

_KEY_PRIME = 2**30 - 35
_WORD = re.compile(r"\w+")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2}([T ].*)?)?)?")
_blake = partial(hashlib.blake2b, digest_size=8)
_digest = operator.methodcaller("digest")
_from_le = partial(int.from_bytes, byteorder="little")


def words(text: str) -> list[str]:
    """The normalised words of ``text``: NFKC, casefolded, ``\\w+`` runs."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def _shingles(ws: list[str], k: int) -> set[str]:
    return set(map(" ".join, zip(*(ws[i:] for i in range(k)))))


def shingles(text: str, *, k: int = DEFAULT_K) -> frozenset[str]:
    """The set of ``k``-word shingles of ``text`` (normalised words joined by one space)."""
    if k < 1:
        raise ValueError(f"k must be at least 1, not {k}")
    return frozenset(_shingles(words(text), k))


@lru_cache(maxsize=8)
def _donors(permutations: int) -> tuple[tuple[int, ...], ...]:
    """For each bin, every bin in a fixed pseudo-random order: an empty bin copies the first non-empty one."""

    def order(j: int) -> tuple[int, ...]:
        return tuple(sorted(range(permutations), key=lambda d: _blake(b"%d/%d" % (j, d)).digest()))

    return tuple(order(j) for j in range(permutations))


def signature(
    text: str, *, k: int = DEFAULT_K, permutations: int = DEFAULT_PERMUTATIONS, min_words: int | None = None
) -> tuple[int, ...] | None:
    """The MinHash signature of ``text``: ``permutations`` 32-bit values, the same in any process.

    None when the text has fewer than ``min_words`` words (default ``10 * k``) or no shingle.
    """
    if k < 1 or permutations < 1:
        raise ValueError(f"k and permutations must be at least 1, not {k} and {permutations}")
    ws = words(text)
    if len(ws) < (WORDS_PER_K * k if min_words is None else min_words) or len(ws) < k:
        return None
    unique = _shingles(ws, k)
    hashes = sorted(map(_from_le, map(_digest, map(_blake, map(str.encode, unique)))), reverse=True)
    # Descending order, so the last hash written to each bin is the bin's minimum.
    minima = dict(zip(map(permutations.__rmod__, hashes), hashes))
    if len(minima) < permutations:
        donors = _donors(permutations)
        minima.update(
            {j: minima[next(d for d in donors[j] if d in minima)] for j in range(permutations) if j not in minima}
        )
    return tuple(minima[j] >> 32 for j in range(permutations))


def estimate(a: tuple[int, ...] | array, b: tuple[int, ...] | array) -> float:
    """Estimated Jaccard similarity of two signatures of the same length: the share of equal values."""
    if len(a) != len(b) or not a:
        raise ValueError("signatures of different or zero length")
    return sum(map(operator.eq, a, b)) / len(a)


def similarity(a: str, b: str, *, k: int = DEFAULT_K, permutations: int = DEFAULT_PERMUTATIONS) -> float:
    """Estimated Jaccard similarity of the shingles of two texts; 0.0 when either is too short."""
    sa = signature(a, k=k, permutations=permutations)
    sb = signature(b, k=k, permutations=permutations)
    return 0.0 if sa is None or sb is None else estimate(sa, sb)


@dataclass(frozen=True)
class Duplicate:
    """Why ``doc_id`` is a duplicate: its group's ``original`` and their estimated similarity (below
    the threshold when the two are linked only through other members of the group)."""

    doc_id: str
    original: str
    similarity: float
    group_size: int


class SyndicationIndex:
    """Incremental near-duplicate index. ``add`` (or replace), ``discard``, then ask ``groups()``.

    Per document it keeps the signature (an ``array('I')``), one entry per band and the date:
    3.4 KB per document at the defaults, measured with tracemalloc by ``bench/syndication.py``.
    """

    def __init__(
        self,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        k: int = DEFAULT_K,
        permutations: int = DEFAULT_PERMUTATIONS,
        min_words: int | None = None,
    ) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], not {threshold}")
        if k < 1 or permutations < 1:
            raise ValueError(f"k and permutations must be at least 1, not {k} and {permutations}")
        self.threshold, self.k, self.permutations = threshold, k, permutations
        self._needed = math.ceil(threshold * permutations - 1e-9)  # equal values to pass
        # The most rows per band leaving more bands than a passing pair has unequal values: by
        # pigeonhole, every pair at or above the threshold shares a band.
        unequal = permutations - self._needed
        self.rows = max(r for r in range(1, permutations + 1) if permutations // r > unequal)
        self.min_words = WORDS_PER_K * k if min_words is None else min_words
        self._docs: dict[str, tuple[array | None, str | None]] = {}
        self._bands: list[dict[int, str | tuple[str, ...]]] = [{} for _ in range(permutations // self.rows)]
        self._links: dict[str, set[str]] = {}
        self._groups: dict[str, str] | None = None

    def __len__(self) -> int:
        return len(self._docs)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._docs

    def _band_keys(self, sig: array) -> list[int]:
        # A band's values folded below 2**30 (the smallest int object): a rare false match only
        # adds a candidate, which verification rejects.
        raw, step = sig.tobytes(), self.rows * sig.itemsize
        return [_from_le(raw[i * step : (i + 1) * step]) % _KEY_PRIME for i in range(len(self._bands))]

    def add(self, doc_id: str, text: str, *, date: str | None = None) -> None:
        """Index ``doc_id`` (replacing any earlier version) published on ``date`` (ISO 8601 or None)."""
        self.add_signed(doc_id, self.signature_of(text), date=date)

    def signature_of(self, text: str) -> array | None:
        """The signature :meth:`add` computes for ``text`` (None for a text too short to have one):
        computed apart, in any order, then indexed by :meth:`add_signed` in the order that matters."""
        found = signature(text, k=self.k, permutations=self.permutations, min_words=self.min_words)
        return None if found is None else array("I", found)

    def add_signed(self, doc_id: str, sig: array | None, *, date: str | None = None) -> None:
        """:meth:`add` with the text's :meth:`signature_of` given."""
        if date is not None and not _DATE.fullmatch(date):
            raise ValueError(f"not an ISO 8601 date: {date!r}")
        self.discard(doc_id)
        self._insert(doc_id, sig, date)

    def _insert(self, doc_id: str, sig: array | None, date: str | None) -> None:
        self._docs[doc_id] = (sig, date)
        if sig is None:
            return
        candidates: set[str] = set()
        for bucket, key in zip(self._bands, self._band_keys(sig)):
            held = bucket.get(key)  # one id as a plain str (the usual case), several as a tuple
            if held is None:
                bucket[key] = doc_id
            elif isinstance(held, str):
                candidates.add(held)
                bucket[key] = (held, doc_id)
            else:
                candidates.update(held)
                bucket[key] = (*held, doc_id)
        for other in candidates:
            other_sig = self._docs[other][0]
            if other_sig is not None and sum(map(operator.eq, sig, other_sig)) >= self._needed:
                self._links.setdefault(doc_id, set()).add(other)
                self._links.setdefault(other, set()).add(doc_id)
        self._groups = None

    def discard(self, doc_id: str) -> None:
        """Remove ``doc_id`` if present (before re-processing it, say); otherwise do nothing."""
        entry = self._docs.pop(doc_id, None)
        if entry is None:
            return
        self._groups = None
        sig = entry[0]
        if sig is None:
            return
        for bucket, key in zip(self._bands, self._band_keys(sig)):
            held = bucket.pop(key)
            if not isinstance(held, str):
                rest = tuple(m for m in held if m != doc_id)
                bucket[key] = rest[0] if len(rest) == 1 else rest
        for other in self._links.pop(doc_id, set()):
            links = self._links[other]
            links.discard(doc_id)
            if not links:
                del self._links[other]

    def _key(self, doc_id: str) -> tuple[bool, str, str]:
        date = self._docs[doc_id][1]
        return (date is None, date or "", doc_id)

    def _component(self, doc_id: str) -> set[str]:
        seen, todo = {doc_id}, [doc_id]
        while todo:
            for other in self._links.get(todo.pop(), ()):
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        return seen

    def _mapping(self) -> dict[str, str]:
        if self._groups is None:
            result: dict[str, str] = {}
            done: set[str] = set()
            for doc_id in self._links:
                if doc_id not in done:
                    members = self._component(doc_id)
                    done |= members
                    original = min(members, key=self._key)
                    result.update((m, original) for m in members if m != original)
            self._groups = dict(sorted(result.items()))
        return self._groups

    def groups(self) -> dict[str, str]:
        """Each duplicate's id mapped to its original's id (originals and singletons are not keys)."""
        return dict(self._mapping())

    def duplicate_of(self, doc_id: str) -> str | None:
        """The original ``doc_id`` duplicates, or None (an original, a singleton, or not indexed)."""
        return self._mapping().get(doc_id)

    def explain(self, doc_id: str) -> Duplicate | None:
        """The original of ``doc_id`` with their estimated similarity and the group's size, or None."""
        original = self._mapping().get(doc_id)
        if original is None:
            return None
        a, b = self._docs[doc_id][0], self._docs[original][0]
        assert a is not None and b is not None
        return Duplicate(doc_id, original, estimate(a, b), len(self._component(doc_id)))

    def similarity(self, a: str, b: str) -> float | None:
        """Estimated Jaccard similarity of two indexed documents; None when either has no signature."""
        sa, sb = self._docs[a][0], self._docs[b][0]
        return None if sa is None or sb is None else estimate(sa, sb)


    def as_dict(self) -> dict[str, Any]:
        """The index as JSON-ready data: its settings and, per document, its date and signature
        (little-endian 32-bit values, base64), so ``registry.json`` can continue a build."""
        docs = {
            doc_id: [date, None if sig is None else base64.b64encode(struct.pack(f"<{len(sig)}I", *sig)).decode("ascii")]
            for doc_id, (sig, date) in self._docs.items()
        }
        settings = {"threshold": self.threshold, "k": self.k, "permutations": self.permutations, "min_words": self.min_words}
        return {"settings": settings, "documents": docs}

    def load_dict(self, data: dict[str, Any]) -> None:
        """Add the documents of :meth:`as_dict` output (ignored if it was made with other settings,
        whose signatures would not compare: the documents are then indexed again as they are read)."""
        settings = data.get("settings", {})
        if (settings.get("k"), settings.get("permutations"), settings.get("min_words")) != (self.k, self.permutations, self.min_words):
            return
        for doc_id, (date, packed) in data.get("documents", {}).items():
            self.discard(doc_id)
            sig = None if packed is None else array("I", struct.unpack(f"<{self.permutations}I", base64.b64decode(packed)))
            self._insert(doc_id, sig, date)


def find_duplicates(
    docs: Iterable[tuple[str, str, str | None]], *, threshold: float = DEFAULT_THRESHOLD, k: int = DEFAULT_K
) -> dict[str, str]:
    """``SyndicationIndex(...).groups()`` after adding every ``(doc_id, text, date)`` triple."""
    index = SyndicationIndex(threshold=threshold, k=k)
    for doc_id, text, date in docs:
        index.add(doc_id, text, date=date)
    return index.groups()
