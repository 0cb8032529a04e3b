"""Institution phrases in a parsed segment ("le gouvernement américain", "the French army"), read
with the tables of :mod:`kg.knowledge.institutions`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.knowledge.gazetteer import Gazetteer, GazetteerRecord, default_gazetteer, normalise_name
from kg.nlp.doccache import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from kg.types import EntityMention
from kg.knowledge.institutions import (
    _MAX_WORDS,
    _NOUNS,
    Tables,
    _fold,
    _gazetteer_record,
    institution_key,
    institution_label,
    norm,
    tables,
)

__all__ = ["Institution", "described_institution", "institutions_from_doc", "place_before_name", "place_record"]


# --- extraction -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Institution:
    """One institution phrase in a segment doc (character offsets of that doc)."""

    start: int
    end: int
    head: str
    qid: str  # the country
    key: str
    label: str
    record: GazetteerRecord | None = None  # the gazetteer's own record, when it knows the institution
    # The words that name the country ("U.S." in "the U.S. government", "allemand" in « le ministère
    # allemand »), as character offsets of the same doc.
    place: tuple[int, int] | None = None


def _window(doc: Doc, i: int, n: int) -> str | None:
    if i + n > len(doc):
        return None
    first = doc[i]
    last = first if n == 1 else doc[i + n - 1]
    if first.is_punct or last.is_punct or last.is_space:
        return None  # "américain." must not pass for "américain" (norm drops full stops)
    # the text of ``doc[i : i + n]``, cut from the Doc's text: no Span, nor a Token per word
    return norm(doc_text(doc)[first.idx : last.idx + len(last)])


def _root(span: Span) -> int:
    """Index of the token of ``span`` whose head lies outside it (or the last token)."""
    for tok in span:
        if not span.start <= tok.head.i < span.end or tok.head.i == tok.i:
            return tok.i
    return span.end - 1


def _match_after(doc: Doc, i: int, words: str) -> int | None:
    """The token index just after ``words`` when they start at token ``i``, else None."""
    if not words:
        return i
    for n in range(1, _MAX_WORDS + 1):
        got = _window(doc, i, n)
        if got is None:
            return None
        if got == words:
            return i + n
        if not words.startswith(got):
            return None
    return None


@lru_cache(maxsize=65536)
def _first_word(text: str) -> str:
    """``norm`` of a token, cut at its first apostrophe or space (cached: words repeat)."""
    return norm(text).split("'")[0].split(" ")[0]


def _may_contain(doc: Doc, firsts: frozenset[str]) -> bool:
    """Cheap test on the whole text before looking at tokens one by one."""
    # A first word holds no whitespace, so it occurs in the folded text exactly when it occurs in
    # its ``norm`` (which only also collapses whitespace).
    folded = _fold(doc_text(doc))
    return any(word in folded for word in firsts)


# id(test) -> (test, {ORTH hash: does a token of that text pass it}): the same words come back in
# every document, and a hash names the same text in every vocabulary.
_WORD_TESTS: dict[int, tuple[Callable[[str], bool], dict[int, bool]]] = {}


def _passing(doc: Doc, test: Callable[[str], bool]) -> Iterator[int]:
    """The indices of the tokens of ``doc`` whose text passes ``test``, read from the ORTH array
    with each distinct word tested once per process, without building a Token per word."""
    from spacy.attrs import ORTH

    if not len(doc):
        return
    cached = _WORD_TESTS.get(id(test))
    if cached is None or cached[0] is not test:
        cached = _WORD_TESTS[id(test)] = (test, {})
    seen = cached[1]
    strings = doc.vocab.strings
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        hit = seen.get(orth)
        if hit is None:
            hit = seen[orth] = test(strings[orth])
        if hit:
            yield i


@lru_cache(maxsize=16)
def _first_word_test(firsts: frozenset[str]) -> Callable[[str], bool]:
    """Whether a French token's text starts an institution form: its first word is one of ``firsts``."""
    return lambda text: _first_word(text) in firsts


@lru_cache(maxsize=16)
def _demonym_start_test(firsts: frozenset[str]) -> Callable[[str], bool]:
    """Whether an English token's text may start a demonym: capitalised ("us", "french fries" are
    none), its first word one of ``firsts``."""
    return lambda text: text[:1].isupper() and norm(text).split(" ")[0] in firsts


def _french(doc: Doc, tabs: Tables) -> Iterator[tuple[int, int, str, str, int, int]]:
    forms, demonyms = tabs.forms["fr"], tabs.demonyms["fr"]
    max_inst, max_dem = tabs.max_words("forms", "fr"), tabs.max_words("demonyms", "fr")
    firsts = tabs.first_words("forms", "fr")
    if not _may_contain(doc, firsts):
        return
    for i in _passing(doc, _first_word_test(firsts)):
        tok = doc[i]
        if tok.pos_ not in _NOUNS and not tok.text[:1].isupper():
            continue
        found = None
        for n in range(max_inst, 0, -1):
            key = _window(doc, i, n)
            if key is None or key not in forms:
                continue
            for d in range(max_dem, 0, -1):
                dem = _window(doc, i + n, d)
                if dem is None or dem not in demonyms:
                    continue
                adjective = doc[i + n : i + n + d]
                root = doc[_root(adjective)]
                # The adjective modifies the institution noun, and names one country only
                # ("les gouvernements français et allemand" are two governments).
                if not i <= root.head.i < i + n or any(c.dep_ == "conj" for c in root.children):
                    continue
                for form in forms[key]:
                    end = _match_after(doc, i + n + d, form.after)
                    if end is not None:
                        found = (i, end, form.head, demonyms[dem], i + n, i + n + d)
                        break
                if found:
                    break
            if found:
                break
        if found:
            yield found


def _english(doc: Doc, tabs: Tables) -> Iterator[tuple[int, int, str, str, int, int]]:
    forms, demonyms = tabs.forms["en"], tabs.demonyms["en"]
    max_inst, max_dem = tabs.max_words("forms", "en"), tabs.max_words("demonyms", "en")
    firsts = tabs.first_words("demonyms", "en")
    if not _may_contain(doc, firsts):
        return
    for i in _passing(doc, _demonym_start_test(firsts)):
        if i > 0:
            prev = doc[i - 1]
            # "pro-Russian government", "South Sudanese army": the adjective is part of a longer one.
            if prev.text in ("-", "‐") or (prev.text[:1].isupper() and prev.pos_ in _NOUNS | {"ADJ"} and not prev.is_sent_start):
                continue
            if prev.text.lower().endswith("-"):
                continue
        found = None
        for d in range(max_dem, 0, -1):
            dem = _window(doc, i, d)
            if dem is None or dem not in demonyms:
                continue
            for n in range(max_inst, 0, -1):
                key = _window(doc, i + d, n)
                if key is None or key not in forms:
                    continue
                last = doc[i + d + n - 1]
                if last.pos_ not in _NOUNS:
                    continue
                # The institution must be the head, not part of a longer name ("US Army Corps of Engineers").
                if last.dep_ == "compound" and last.head.i > last.i and last.head.pos_ == "PROPN":
                    continue
                if i + d + n < len(doc) and doc[i + d + n].text[:1].isupper() and doc[i + d + n].pos_ == "PROPN" and last.head.i == i + d + n:
                    continue
                root = doc[_root(doc[i : i + d])]
                if not (i + d <= root.head.i < i + d + n):
                    continue
                found = (i, i + d + n, forms[key][0].head, demonyms[dem], i, i + d)
                break
            if found:
                break
        if found:
            yield found


def _english_possessive(doc: Doc, tabs: Tables, gaz: Gazetteer) -> Iterator[tuple[int, int, str, str, int, int]]:
    """English institutions after a country's possessive, written in lower case ("France's finance
    ministry", "Germany's economy ministry"): the country's institution, as "the French finance
    ministry" is (n37b). A capitalised one keeps the model's reading ("Brazil's Health Ministry"),
    and so does a noun that is no institution of the tables ("Germany's biggest bank")."""
    forms = tabs.forms["en"]
    countries = frozenset(tabs.demonyms["en"].values())
    max_inst = tabs.max_words("forms", "en")
    for p in doc:
        if p.tag_ != "POS" or p.i == 0 or p.i + 1 >= len(doc):
            continue
        country = doc[p.i - 1]
        d = 1
        while country.i - d >= 0 and doc[country.i - d].dep_ == "compound" and doc[country.i - d].head.i == country.i and d < 3:
            d += 1  # "United States's", "South Korea's"
        if doc[country.i - d].dep_ != "compound" or doc[country.i - d].head.i != country.i:
            d -= 1
        i = country.i - d
        place = doc[i : country.i + 1]
        if country.dep_ != "poss" or not place.text[:1].isupper():
            continue
        record = next((r for r in gaz.lookup(place.text) if r.type == "LOC" and r.qid in countries), None)
        if record is None or record.qid is None:
            continue
        k = p.i + 1
        for n in range(max_inst, 0, -1):
            key = _window(doc, k, n)
            if key is None or key not in forms:
                continue
            last = doc[k + n - 1]
            if last.pos_ in _NOUNS and all(t.text.islower() for t in doc[k : k + n]) and country.head.i == last.i:
                yield (i, k + n, forms[key][0].head, record.qid, i, country.i + 1)
                break


def institutions_from_doc(doc: Doc, *, lang: str, gazetteer: Gazetteer | None = None) -> list[Institution]:
    """Institution phrases of one segment ``doc`` (its own character offsets), determiner excluded."""
    gaz = gazetteer or default_gazetteer()
    tabs = tables(gaz)
    if lang not in tabs.forms:
        return []
    found = _french(doc, tabs) if lang == "fr" else sorted([*_english(doc, tabs), *_english_possessive(doc, tabs, gaz)])
    out = []
    taken_until = -1
    for i, j, head, qid, p, q in found:
        if i < taken_until:
            continue
        taken_until = j
        span = doc[i:j]
        key = institution_key(head, qid)
        label = institution_label(key, gaz) or key
        place = doc[p:q]
        out.append(Institution(
            span.start_char, span.end_char, head, qid, key, label, _gazetteer_record(head, qid, gaz, tabs),
            (place.start_char, place.end_char),
        ))
    return out


# --- the place inside the phrase and the phrase as a description -----------------------------------

# A country written as letters with or without full stops ("U.S.", "US", "UK"): a modifier before the
# institution's name, which news corpora annotate as a name of the place even inside the
# institution's own name ("the [U.S.] Air Force"), unlike the spelled-out name that begins an
# official name ("United States Air Force").
_ABBREVIATION = re.compile(r"(?:[A-Z]\.?){2,4}")


def described_institution(mention: EntityMention) -> bool:
    """Whether an institution mention of the demonym reader has no proper name of its own: it is a
    common noun described by a nationality ("le gouvernement malien", "the U.S. government", "the
    French finance ministry", "British regulators"), which a corpus that annotates names does not
    count as a name. French writes the noun first, English last; a capitalised noun is a name ("la
    Banque centrale chinoise", "the U.S. Air Force", "The German Finance Ministry")."""
    if not mention.extractor.startswith("demonym") or mention.label != "ORG":
        return False
    words = mention.text.split()
    if mention.lang == "en":  # "the U.S. Air Force" keeps its article: only the noun tells
        return bool(words) and words[-1][:1].islower()
    return mention.text[:1].islower()


def place_record(found: Institution, text: str, gazetteer: Gazetteer | None = None) -> GazetteerRecord | None:
    """The gazetteer's record of the country when the institution phrase ``found`` (offsets of
    ``text``) names it by a place name that stands as a name of its own: "U.S." in "the U.S.
    government" or "the U.S. Air Force", "Britain" in "the Britain finance ministry". None for a
    nationality adjective ("the German government", « le gouvernement américain »: no place name
    is written), even one spelled like the country's name in another language ("the Argentine
    government": "Argentine" is the French name of Argentina, not an English one), and for the
    spelled-out country that begins an institution's proper name ("United States Air Force", one
    name)."""
    if found.place is None:
        return None
    surface = text[found.place[0] : found.place[1]]
    phrase = text[found.start : found.end].split()
    described = bool(phrase) and phrase[-1][:1].islower()
    if not described and not _ABBREVIATION.fullmatch(surface):
        return None
    gaz = gazetteer or default_gazetteer()
    key = normalise_name(surface)
    return next(
        (
            r
            for r in gaz.lookup(surface)
            if r.type == "LOC" and r.qid == found.qid and key in {normalise_name(n) for n in (r.label_en, *r.aliases)}
        ),
        None,
    )


_ABBREVIATED_LEAD = re.compile(r"(?:[Tt]he\s+)?(?P<place>(?:[A-Z]\.?){2,4})\s+(?P<rest>[A-Z][^\n]*)")


def place_before_name(
    name: str, gazetteer: Gazetteer | None = None, record: GazetteerRecord | None = None
) -> tuple[int, int, GazetteerRecord] | None:
    """Where an abbreviated country begins an organisation's name that the demonym reader did not
    read (the model's or the gazetteer's "US Air Force", "the U.S. Treasury"), with the country's
    record: the name is that country's institution and the country is written as a modifier, like
    "U.S." in "the U.S. Air Force" (:func:`place_record`). It is the country's institution when the
    rest of the name is one of the institution forms of the tables ("Air Force", "Senate"), or when
    ``record``, the gazetteer's record of the whole name, is a body of that country: its English
    label holds the country's ("United States Department of the Treasury"), or the gazetteer knows
    the rest of the name as the same record ("Federal Reserve"). None for another name ("US
    Airways", "UK Coal")."""
    match = _ABBREVIATED_LEAD.fullmatch(name)
    if match is None:
        return None
    gaz = gazetteer or default_gazetteer()
    country = next((r for r in gaz.lookup(match.group("place")) if r.type == "LOC"), None)
    if country is None or country.qid is None or country.qid not in tables(gaz).demonyms["en"].values():
        return None
    rest = match.group("rest")
    body = norm(rest) in tables(gaz).forms["en"] or (
        record is not None
        and record.type == "ORG"
        and (country.label_en.casefold() in record.label_en.casefold() or any(r.id == record.id for r in gaz.lookup(rest)))
    )
    return (match.start("place"), match.end("place"), country) if body else None
