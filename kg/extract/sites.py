"""Industrial sites named as such ("the Kansas City Assembly Plant", "the Dearborn Truck Plant",
"Everett Factory"), which NER reads as a company, or misses; and a place glued to "-based" and the
like in one token ("the U.S.-based automaker"), which NER misses.

MEANTIME annotates a named site as a place, LOC, the whole name and its article, with no place
inside it ("their Everett Factory", "Airbus ' Delivery Center", dev), as it does an airport
("Changi International Airport"). A site named by its town and a lower-case noun ("the Oshawa
plant") is the town's mention instead (:func:`kg.extract.descriptors.plant_place_evidence`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.entities import Candidate
from kg.extract.headlines import function_words, title_case_line
from kg.extract.spanindex import CandidateIndex
from kg.knowledge.gazetteer import default_gazetteer
from kg.knowledge.words import word_set

if TYPE_CHECKING:
    from spacy.tokens import Doc

SITE_EXTRACTOR = "site name"
GLUED_EXTRACTOR = "glued place"

# The lower-case word right before the name.
_OWNER_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)[^\S\n]+$")


@cache
def _site_name() -> re.Pattern[str]:
    """One to four capitalised words, then a capitalised head noun of a site (``en/site_name_heads``),
    and no capitalised word after it ("the Varlo Power Plant Authority" is another name)."""
    heads = "|".join(sorted((re.escape(h) for h in word_set("en", "site_name_heads")), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’.-])(?:[A-Z][\w&'’.-]*[^\S\n]+){{1,4}}(?:{heads})(?![\w-])(?![^\S\n]+[A-Z])")


def site_candidates(candidates: Sequence[Candidate], text: str, lang: str, doc: Doc | None = None) -> list[Candidate]:
    """``candidates`` with each named industrial site a place (English only): the candidates
    inside its name, or on the name and its article, give way to it; a candidate across its edge
    keeps its reading and the site is left out, and so does a person's name that ends with the
    head noun ("Robert Plant"). A capitalised function word or a word that ends a sentence is no
    part of the name ("At Dunmore Truck Plant", "on Monday. Plant managers"), and a Title Case
    line is not read ("Workers Strike At Ford Plant": every word is capitalised there). A site
    whose name is the subject of a verb of saying in the parse ``doc`` (``en/reporting_verbs``:
    "Finsbury Park Mosque said it had received threats", "Canterbury Cathedral announced") is its
    institution, left to NER's reading (review rvn27b of n27b)."""
    if lang != "en":
        return list(candidates)
    found = list(candidates)
    index = CandidateIndex(found)
    dropped: set[int] = set()
    sites: list[Candidate] = []
    for match in _site_name().finditer(text):
        start, end = _name_start(text, match.start(), match.end()), match.end()
        words = text[start:end].split()
        if len(words) < 2 or _in_title_case_line(text, start, end):
            continue
        if len(words) == 2 and words[0].endswith(("'s", "’s")):
            continue  # "Block's Square unit": the owner's name and its product, no site's name (n28b)
        # "the " right before the name: a candidate that took it in is on the name too.
        outer = start - 4 if text[max(0, start - 4) : start].lower() == "the " else start
        near = index.overlapping(outer, end)
        inside = [k for k in near if outer <= found[k].start and found[k].end <= end]
        if any(k not in inside and found[k].start < end and start < found[k].end for k in near):
            continue
        if any(found[k].label == "PER" and found[k].end == end and (_given_name_first(text[found[k].start : end]) or _given_name_first(text[start:end])) for k in inside):
            # A person named after the head noun ("singer Robert Plant"), not "Wembley Stadium"
            # (n28b); the model may have read the surname alone ("Ana [Square]"; rvn28b).
            continue
        if doc is not None and _speaks(doc, start, end):
            continue
        if _given_name_first(text[start:end]) and _surname_alone(found, text, start, end):
            continue  # "Ana Square, a nurse, won the lottery. Square said she ...": a person (rvn28b)
        dropped.update(inside)
        # A possessive determiner before the name determines it, and MEANTIME takes it in as it
        # takes an article ("their Everett Factory"); the article itself is added later, with
        # every name's (kg.extract.mentions).
        owner = _OWNER_BEFORE.search(text, max(0, start - 8), start)
        if owner is not None and owner.group(1) in word_set("en", "possessive_determiners"):
            start = owner.start()
        sites.append(Candidate(start, end, "LOC", SITE_EXTRACTOR, evidence=(f"site name: {text[start:end].split()[-1]}",)))
    return [c for k, c in enumerate(found) if k not in dropped] + sites


def _surname_alone(found: Sequence[Candidate], text: str, start: int, end: int) -> bool:
    """Whether the last word of the name at ``[start, end)``, which a given name begins, is a
    person's name alone elsewhere in ``text`` (a candidate typed PER, outside the name): the name
    is that person's, taken up by the surname ("Ana Square ... Square said she"; rvn28b)."""
    last = text[start:end].split()[-1]
    return any(c.label == "PER" and text[c.start : c.end] == last and not (start <= c.start and c.end <= end) for c in found)


def _given_name_first(surface: str) -> bool:
    """Whether the first word of ``surface`` is a given name (``xx/given_names``, after an article):
    a name the model read as a person's that ends with a site's head noun is a person's only then
    ("Robert Plant"); otherwise the model misread the site ("Wembley Stadium", "Trafalgar Square"
    as a person; issue 21, n28b)."""
    words = [w for w in surface.split() if w.casefold() != "the"]
    return bool(words) and words[0].split("-")[0].casefold() in word_set("xx", "given_names")


def _speaks(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` of ``doc``'s text is the subject of a verb of saying
    (``en/reporting_verbs``): a site that speaks is its institution ("the Blue Mosque said")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ == "nsubj" and root.head.i >= span.end and root.head.lemma_.lower() in word_set("en", "reporting_verbs")


# A word that ends a sentence: a full stop after three letters or more ("Monday.", "Inc."), not an
# abbreviation's ("St.", "Ft.", "U.S.").
_SENTENCE_END = re.compile(r"[^\W\d_]{3,}\.$")


def _name_start(text: str, start: int, end: int) -> int:
    """Where the site's name matched at ``[start, end)`` begins: after its article ("The Dunmore
    Truck Plant"), and after the last capitalised function word ("At", "The": headline or sentence
    capitals) or word ending a sentence before the head."""
    words = list(re.finditer(r"\S+", text[start:end]))
    stop = function_words()
    begin = 0
    for k, word in enumerate(words[:-1]):
        if word.group().casefold() in stop or _SENTENCE_END.search(word.group()):
            begin = k + 1
    return start + words[begin].start() if begin < len(words) else end


def _in_title_case_line(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies in a Title Case line (:func:`kg.extract.headlines.title_case_line`);
    the line is looked for no further than a headline's length, so a long text costs no more."""
    reach = 201
    lo, hi = max(0, start - reach), min(len(text), end + reach)
    a = text.rfind("\n", lo, start)
    b = text.find("\n", end, hi)
    if (a < 0 and lo > 0) or (b < 0 and hi < len(text)):
        return False  # a line longer than any headline
    return title_case_line(text[a + 1 : b if b >= 0 else len(text)])


# A place's abbreviation glued by a hyphen to a participle or a noun after it, which the tokenizer
# keeps as one word ("U.S.-based", "U.K.-headquartered"); the words after are ``en/seat_participles``.
_GLUED_ABBREVIATION = re.compile(r"(?<![\w.-])(?P<place>(?:[A-Z]\.){2,3})-(?P<word>[a-z]+)(?![\w-])")


def glued_place_abbreviations(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """``candidates`` with each place abbreviation glued to a word of a seat or an origin ("the
    U.S.-based automaker", ``en/seat_participles``) that no candidate holds, as a place; the whole
    hyphenated word is MEANTIME's token, as for "Detroit-based". English only."""
    if lang != "en":
        return list(candidates)
    suffixes = word_set("en", "seat_participles")
    gazetteer = default_gazetteer()
    out = list(candidates)
    index = CandidateIndex(out)  # the matches do not overlap: the ones added need no look-up
    for match in _GLUED_ABBREVIATION.finditer(text):
        if match.group("word") not in suffixes:
            continue
        start, end = match.span("place")
        if index.overlaps(start, match.end()):
            continue
        if not any(r.type == "LOC" for r in gazetteer.lookup(match.group("place"))):
            continue
        out.append(Candidate(start, end, "LOC", GLUED_EXTRACTOR, evidence=(f"seat: {match.group('word')}",)))
    return out


LINKED_PLACE_EXTRACTOR = "linked place name"
# A capitalised word (with the hyphenated capitalised words after it), then one or more links of
# ``xx/place_name_linkers`` each followed by capitalised words, all joined by hyphens.
_CAPITALISED_PART = r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)*"


@cache
def _linked_place_name() -> re.Pattern[str]:
    """A town's name of capitalised parts linked by ``xx/place_name_linkers`` ("Aulnay-sous-Bois")."""
    links = "|".join(sorted((re.escape(w) for w in word_set("xx", "place_name_linkers")), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-]){_CAPITALISED_PART}(?:-(?:{links})-{_CAPITALISED_PART})+(?![\w-]|['’](?!s\b))")


@cache
def _seat_before() -> re.Pattern[str]:
    """Where a company sits, right before a name: a seat participle and "in" ("based in",
    ``en/seat_participles``), or a noun of a plant and a preposition of place ("a factory in",
    ``en/plant_nouns``, ``en/place_prepositions``). Not "at": "the plant at Harley-Davidson" is
    the owner's plant."""
    seats = "|".join(re.escape(w) for w in sorted(word_set("en", "seat_participles")))
    plants = "|".join(re.escape(w) for w in sorted(word_set("en", "plant_nouns")))
    places = "|".join(re.escape(w) for w in sorted(word_set("en", "place_prepositions")))
    return re.compile(rf"(?<![\w-])(?:(?:{seats})[^\S\n]+in|(?:{plants})[^\S\n]+(?:{places}))[^\S\n]+$")


def linked_place_names(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """``candidates`` with the hyphenated names of towns read as places (English): a name whose
    capitalised parts are linked by a lower-case word of ``xx/place_name_linkers`` ("Peugeot's
    Aulnay-sous-Bois plant", "the plant in Stoke-on-Trent"), which the model cuts into a company and
    a person or misses, as one place instead of the candidates inside it; and a hyphenated name the
    model read as a company where a company sits ("based in Boulogne-Billancourt", "the factory in
    Rueil-Malmaison"), unless the gazetteer knows it as an organisation. A candidate that runs
    beyond the name ("the Aulnay-sous-Bois Assembly Plant") stays."""
    if lang != "en":
        return list(candidates)
    gazetteer = default_gazetteer()
    out = list(candidates)
    for match in _linked_place_name().finditer(text):
        start, end = match.span()
        inside = [c for c in out if c.start < end and start < c.end]
        if any(c.start < start or end < c.end or (c.label == "LOC" and (c.start, c.end) == (start, end)) for c in inside):
            continue
        known = gazetteer.lookup(match.group(0))
        if known and not any(r.type == "LOC" for r in known):
            continue  # a person's or a company's name the gazetteer knows ("Charles-de-Gaulle airport")
        out = [c for c in out if c not in inside]
        record = next((r for r in known if r.type == "LOC"), None)
        out.append(Candidate(start, end, "LOC", LINKED_PLACE_EXTRACTOR, record=record, evidence=(f"linked place name: {match.group(0)}",)))
    seat = _seat_before()
    for k, cand in enumerate(out):
        surface = text[cand.start : cand.end]
        if cand.label != "ORG" or "-" not in surface or re.fullmatch(_CAPITALISED_PART, surface) is None:
            continue
        if seat.search(text, max(0, cand.start - 40), cand.start) is None or any(r.type == "ORG" for r in gazetteer.lookup(surface)):
            continue
        if re.match(r"[^\S\n]?['’]s\b", text[cand.end : cand.end + 3]):
            continue  # "a plant in Rolls-Royce's Derby site": the owner of the place
        out[k] = Candidate(cand.start, cand.end, "LOC", cand.extractor, record=cand.record if cand.record and cand.record.type == "LOC" else None, evidence=(*cand.evidence, f"seat of a company: {surface}"))
    return out
