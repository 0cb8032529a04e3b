"""French people named after a title or a function that NER missed or mistyped.

Older French print names people by honorific and surname ("M. Dupont", "MM. Murphy et Beeley",
"Mad. Sayary"), by rank ("le général Prim", "le sergent Foerster") or by trade ("le libraire
Zaunrieth"); the statistical model often misses the surname, or reads it as a place or a company
("M. SCHULTHESS", "le colonel Gerbufch"). The title is the evidence: the capitalised words right
after it are a person's name. So is a parliamentary text named after its author ("le postulat
Weber", "la motion Oyex-Ponnaz": ``fr/eponymous_motion_nouns.tsv``). An abbreviated honorific ("M.", "Mme", data in
``ontologies/lexicons/fr/honorific_abbreviations.tsv``) suffices; a full title word
(:func:`kg.text.names.title_words`) or a function noun (``fr/person_role_nouns.tsv``) counts only
after a singular determiner ("le général Prim", not "le Conseil général Neuchâtel"). A plural
honorific announces a list ("MM. Bertoni, Micheli et Tissières"): each name of it is a person.

The mention is the name (with its title, which :func:`kg.extract.mentions._with_title` adds); a
function noun stays outside it, as kg's mentions are names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache

from kg.extract.entities import Candidate, _stop_words
from kg.knowledge.words import rows, word_set
from kg.nlp.regexscan import first_char_filter
from kg.text.names import title_words

__all__ = ["TitledName", "titled_names", "with_titled_people"]


@dataclass(frozen=True)
class TitledName:
    """A name written after a title: its span (title excluded) and the title that types it."""

    start: int
    end: int
    title: str


_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME_WORD = rf"[{_UPPER}][\w'’]*(?:-[\w'’]+)*"
_INITIAL = rf"[{_UPPER}][a-zà-ÿ]{{0,2}}\.(?:-[{_UPPER}][a-zà-ÿ]{{0,2}}\.)?"
_PARTICLE = r"(?:de|du|des|van|von|der|den|da|di|del|della|ten|ter|zu|y)"
_NAME = rf"(?:{_INITIAL}\s*)*{_NAME_WORD}(?:(?:\s+{_PARTICLE})?\s+{_NAME_WORD}|\s+d['’]{_NAME_WORD}){{0,3}}"
# A singular determiner right before a full title or a function ("le général", "l'abbé").
_DETERMINER_BEFORE = re.compile(r"(?:(?<![\w'’])(?:le|la|du|au|ce|cet|cette|son|sa|notre|votre|leur|un|une)\s+|(?<![\w'’])l['’]\s*)$", re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n—«]\s*)$")
_CAPITALISED_BEFORE = re.compile(r"[A-ZÀ-Þ][\w'’-]*\s+$")
_LIST_ITEM = re.compile(rf"(?:\s*,\s*|\s+et\s+)(?P<name>{_NAME})")


@cache
def _abbreviations() -> tuple[str, frozenset[str]]:
    """The honorific abbreviations as a regex (an OCR'd full stop or comma tolerated: "M, Kellogg",
    "M .. Baroche") and the plural ones."""
    table = rows("fr", "honorific_abbreviations")
    alternation = "|".join(re.escape(r[0]) for r in sorted(table, key=lambda r: -len(r[0])))
    plural = frozenset(r[0] for r in table if len(r) > 1 and r[1].strip() == "plural")
    return rf"(?:{alternation})(?:\s?\.\.?|,|\b)", plural


@cache
def _nobility() -> frozenset[str]:
    return word_set("fr", "nobility_titles")


@cache
def _roles() -> str:
    words = sorted(word_set("fr", "person_role_nouns"), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


@cache
def _pattern() -> re.Pattern[str]:
    abbreviation, _ = _abbreviations()
    # Titles and functions in one alternation without repeats ("général" is both: two readings of
    # each word would make a run of them not followed by a name backtrack through 2^n readings), and
    # a run of at most five (real ones have two or three: "M. le ministre"), so that every start
    # in a long run of titles costs a bounded scan.
    motions = {re.escape(w) for w in word_set("fr", "eponymous_motion_nouns")}
    words = sorted((set(title_words("fr").split("|")) | set(_roles().split("|")) | motions) - {""}, key=len, reverse=True)
    # A rank may be "en chef" ("le général en chef X", "le rédacteur en chef X").
    # So may an adjective or "d'Etat" ("le conseiller fédéral X", "le conseiller d'Etat X":
    # ``fr/role_complements``).
    complements = "|".join(re.escape(w) for w in sorted(word_set("fr", "role_complements"), key=len, reverse=True))
    one = rf"(?:{abbreviation}|(?:{'|'.join(words)})(?![\w'’-])(?:\s+en\s+chef|\s+(?:{complements})(?![\w'’-]))?)"
    run = rf"{one}(?:\s+(?:(?:le|la)\s+)?{one}){{0,4}}"
    # Scanned over the whole text: the look-ahead of kg.nlp.regexscan skips where no run can start.
    return first_char_filter(re.compile(rf"(?<![\w.-])(?P<run>{run})\s+(?P<name>{_NAME})"))


@cache
def _not_name_words() -> frozenset[str]:
    """Words that end a name or cannot start one: stop words, time words, titles and functions."""
    return _stop_words("fr") | word_set("xx", "temporal_words") | word_set("fr", "person_role_nouns")


def _name_end(text: str, start: int, end: int) -> int | None:
    """End of the name ``text[start:end]`` once trailing stop words ("ET", "Le") are dropped; None
    when no name word is left or the first word is no name word."""
    words = list(re.finditer(r"\S+", text[start:end]))
    blocked = _not_name_words()
    stripped = [w.group().strip(".").casefold() for w in words]
    if not words or stripped[0] in blocked or re.match(r"(?:m|mm|mme|mlle|dr|me|mgr)$", stripped[0]):
        return None
    # A stop word ends the name ("M. MAC NEIL ET ..."), and so does a word in capitals after a name
    # that is not ("M. Kellogg PARIS, 15": a dateline).
    capitals = words[0].group().isupper()
    for k in range(1, len(words)):
        word = words[k].group()
        particle = word.islower() and k + 1 < len(words) and re.fullmatch(_PARTICLE, word) is not None
        if (stripped[k] in blocked and not particle) or (not capitals and word.isupper() and len(word) > 1):
            words, stripped = words[:k], stripped[:k]
            break
    last = words[-1]
    if last.group().endswith(".") and len(last.group().rstrip(".")) <= 3:
        return None  # the name would end with an initial: no surname after it
    return start + last.end()


def _titled_by(text: str, run: re.Match[str]) -> bool:
    """Whether the title run is evidence enough: an abbreviated honorific, or a full title or a
    function after a singular determiner (or capitalised at the start of a sentence)."""
    abbreviation, _ = _abbreviations()
    if re.match(abbreviation, run.group("run")) and run.group("run")[:1].isupper():
        return True
    before = text[max(0, run.start() - 12) : run.start()]
    if _DETERMINER_BEFORE.search(before):
        return True
    # A title of nobility needs no determiner ("et comte Orloff"), unless it ends a capitalised
    # name ("le Conseil général Neuchâtel").
    first = run.group("run").split()[0]
    if first in _nobility() and not _CAPITALISED_BEFORE.search(before):
        return True
    return run.group("run")[:1].isupper() and _SENTENCE_START.search(text[max(0, run.start() - 3) : run.start()]) is not None


def titled_names(text: str) -> Iterator[TitledName]:
    """The names written after a title or function in French ``text``, and the names of the list a
    plural honorific opens."""
    _, plural = _abbreviations()
    for match in _pattern().finditer(text):
        if not _titled_by(text, match):
            continue
        title = " ".join(match.group("run").split())
        end = _name_end(text, match.start("name"), match.end("name"))
        if end is None:
            continue
        yield TitledName(match.start("name"), end, title)
        last_title = re.split(r"[\s.,]+", match.group("run").strip(" .,"))[-1]
        if last_title not in plural or end != match.end("name"):
            continue
        at = end
        while (item := _LIST_ITEM.match(text, at)) is not None:
            item_end = _name_end(text, item.start("name"), item.end("name"))
            if item_end is None:
                break
            yield TitledName(item.start("name"), item_end, title)
            if item_end != item.end("name"):
                break
            at = item_end


def with_titled_people(found: Sequence[Candidate], text: str) -> list[Candidate]:
    """``found`` with the people that a title names (:func:`titled_names`): a name no candidate
    covers is added; names of other types inside the titled name give way to it (the title outranks
    the model and the gazetteer: "le général Washington" is a person). A person already found, or a
    name that runs past the titled name, is left as it is. The candidates a name may overlap are
    looked up by start (bisect), so a long document costs in proportion to its names."""
    order = sorted(range(len(found)), key=lambda k: found[k].start)
    starts = [found[k].start for k in order]
    longest = max((c.end - c.start for c in found), default=0)
    removed: set[int] = set()
    added: list[Candidate] = []
    added_spans: list[tuple[int, int]] = []  # sorted by start
    added_longest = 0
    for name in titled_names(text):
        a, b = name.start, name.end
        lo, hi = bisect.bisect_left(starts, a - longest), bisect.bisect_left(starts, b)
        indices = sorted(k for k in (order[j] for j in range(lo, hi)) if k not in removed and found[k].end > a)
        overlapping = [found[k] for k in indices]
        lo = bisect.bisect_left(added_spans, (a - added_longest, -1))
        if any(s_start < b and a < s_end for s_start, s_end in added_spans[lo:bisect.bisect_left(added_spans, (b, -1))]):
            continue  # a person the titles already gave
        if any(c.label in ("PER", "PRO", "FIN") or c.institution is not None or not (a <= c.start and c.end <= b) for c in overlapping):
            continue
        why = f"title before: {name.title}"
        if overlapping:
            removed.update(indices)
            first = overlapping[0]
            added.append(replace(first, start=a, end=b, label="PER", record=None, extractor=first.extractor + "+title", evidence=(*first.evidence, why)))
        else:
            added.append(Candidate(a, b, "PER", "title", evidence=(why,)))
        bisect.insort(added_spans, (a, b))
        added_longest = max(added_longest, b - a)
    out = [c for k, c in enumerate(found) if k not in removed] + added
    return sorted(out, key=lambda c: c.start)
