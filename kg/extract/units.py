"""Names of a company's units that NER reads apart or misses: a regional unit named by the
company and the region it runs ("GM Europe", "Ford Europe", "GM North America", "Toyota Canada"),
which NER reads as a company and a place, and brands or units listed before their plural noun
("its Saab and Saturn brands"), of which NER finds some only.

MEANTIME annotates a regional unit's name as one organisation, with neither the company nor the
place inside it ("EADS North America", dev), as it does the names NER reads whole ("Chrysler
Canada", "Kia Motors America").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from kg.extract.entities import Candidate
from kg.extract.headlines import title_case_line
from kg.extract.spanindex import CandidateIndex
from kg.knowledge import institutions as inst
from kg.knowledge.gazetteer import Gazetteer, default_gazetteer
from kg.knowledge.words import word_map, word_set
from kg.nlp.wordforms import is_dictionary_word, verb_lemma

UNIT_EVIDENCE = "regional unit"

# A possessive right after the place makes it the owner of what follows ("sell Hummer to China 's
# Tengzhong"), not a unit's last word.
_POSSESSIVE_AFTER = re.compile(r"\s*['’]s?\b")


def regional_unit_names(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """``candidates`` with each organisation that a blank alone separates from a region it runs
    read with it as one organisation ("GM" + "Europe" -> "GM Europe"). The region is a continent
    or a world region (``en/unit_regions``) or a country written in full that has a nationality
    adjective (``ontologies/demonyms.tsv``: "Canada", "China"; not "U.S.", "UK", which premodify
    the noun after them: "GM U.S. sales", but for one before a verb in the past, which the unit is
    the subject of: "Greenpeace UK criticised", "Zorba UK said"). English only."""
    if lang != "en":
        return list(candidates)
    regions = word_set(lang, "unit_regions")
    countries = frozenset(inst.tables().demonyms.get("en", {}).values())
    gazetteer = default_gazetteer()

    def is_region(surface: str, end: int | None = None) -> bool:
        if surface in regions:
            return True
        if surface.replace(".", "").isupper() and (end is None or not _past_verb_after(text, end)):
            return False
        return any(r.type == "LOC" and r.qid in countries for r in gazetteer.lookup(surface))

    by_start = {c.start: c for c in candidates if c.label in ("LOC", "ORG")}
    index = CandidateIndex(candidates)
    units: list[Candidate] = []
    places: set[int] = set()  # starts of the places the units took
    for cand in candidates:
        place = by_start.get(cand.end + 1)
        company = cand.label == "ORG" and (cand.record is None or cand.record.type == "ORG")
        if not company or place is None or text[cand.end : place.start] != " " or not _unit_ends(text, place.end):
            continue
        if text[cand.start : cand.end].lower().startswith(("the ", "a ")) or not is_region(text[place.start : place.end], place.end):
            continue  # "the Fed", "a Tokyo": no company's own name
        if any(candidates[k].start < place.end < candidates[k].end for k in index.overlapping(cand.start, place.end)):
            continue  # a longer name goes on after the region ("Nokia Asia Pacific" read whole)
        if _addressee_before(text, cand.start):
            continue  # "told Reuters Europe would need more gas": the place opens the reported clause
        units.append(replace(
            cand, end=place.end, record=None, institution=None,
            evidence=(*cand.evidence, f"{UNIT_EVIDENCE}: {text[place.start : place.end]}"),
        ))
        places.add(place.start)
    taken = {u.start for u in units} | places
    whole = [_read_whole_unit(c, text, is_region, gazetteer) for c in candidates if c.start not in taken]
    return whole + units


def _read_whole_unit(cand: Candidate, text: str, is_region: Callable[[str], bool], gazetteer: Gazetteer) -> Candidate:
    """``cand`` typed ORG when the model read a regional unit's whole name as a place or a person
    ("Tesco Ireland" GPE, "Zorvex Canada" PERSON): a name the gazetteer does not know, whose last
    word or two are a region (``is_region``) and whose words before it are a coined name, none a
    dictionary word, a given name (``xx/given_names``: "Michael Jordan") or a place the gazetteer
    knows ("Northern Ireland", "Equatorial Guinea" are places of their own)."""
    if cand.label not in ("LOC", "PER") or cand.record is not None or cand.institution is not None or cand.evidence:
        return cand
    words = text[cand.start : cand.end].split()
    given = word_set("xx", "given_names")
    for cut in (len(words) - 1, len(words) - 2):
        if cut < 1 or not is_region(" ".join(words[cut:])):
            continue
        name = words[:cut]
        if all(
            w[:1].isupper() and w.isalpha() and not is_dictionary_word(w, "en") and w.casefold() not in given and not gazetteer.lookup(w)
            for w in name
        ) and not gazetteer.lookup(" ".join(words)):
            return replace(cand, label="ORG", evidence=(*cand.evidence, f"{UNIT_EVIDENCE}: {' '.join(words[cut:])}"))
    return cand


# The word right before a company's name.
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)[^\S\n]+$")


def _addressee_before(text: str, start: int) -> bool:
    """Whether a verb that takes its addressee as object (``en/addressee_object_verbs``: "told",
    "warned", "assured") comes right before the company at ``start``: the company is the one told,
    and a place after it is the subject of what it was told ("a spokesman told CNN Israel had not
    been consulted"), not its unit's region."""
    word = _WORD_BEFORE.search(text, max(0, start - 16), start)
    if word is None:
        return False
    form = word.group(1)
    # The irregular forms from the pipeline's tables ("told"), the regular ones by their ending
    # ("warned", "assured", "notified", "tells", "informing").
    stems = {verb_lemma(form, form, "en"), form[:-1], form[:-2], form[:-3], form[:-3] + "e", form[:-3] + "y"}
    return bool(stems & word_set("en", "addressee_object_verbs"))


# The word after a name.
_WORD_AFTER = re.compile(r"[^\S\n]+([a-z]+)\b")


def _past_verb_after(text: str, end: int) -> bool:
    """Whether a verb in the past comes right after ``end``: a regular form ("criticised",
    "announced") or an irregular one of the pipeline's tables ("said", "told", "won"); a form in
    "-s" may be a plural noun ("plants", "shares") and is left out."""
    word = _WORD_AFTER.match(text, end)
    if word is None:
        return False
    form = word.group(1)
    if form.endswith("ed"):
        return True
    return not form.endswith("s") and verb_lemma(form, form, "en") != form


def _unit_ends(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` ends the unit's name: no possessive follows it."""
    return _POSSESSIVE_AFTER.match(text, end) is None


# A list of names after a determiner or a possessive, before the plural noun of the things they name
# ("its Saab and Saturn brands", "GM's Pontiac, Saturn and Hummer brands").
_NAME = r"[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?"
_LISTED_UNITS = re.compile(
    r"(?<![\w'’])(?:[Ii]ts|[Tt]heir|[Tt]he|[A-Z][\w.&-]*[^\S\n]?['’]s)[^\S\n]+"
    rf"(?P<list>{_NAME}(?:[^\S\n]*,[^\S\n]*{_NAME})*[^\S\n]*,?[^\S\n]+(?:and|or)[^\S\n]+{_NAME})[^\S\n]+(?P<noun>[a-z]+)\b"
)


def listed_unit_names(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """``candidates`` with each name of a list before a plural noun of brands or units
    (``en/organisation_unit_nouns``: "its Saab and Saturn brands", "the Pontiac, Saturn and Hummer
    brands") that no candidate holds, as an organisation; before "brands" or "marques" a name NER
    read as a person or a place is one too ("its Lincoln and Mercury brands"). A nationality or
    region adjective is no brand's name but the brands' place ("its Chinese and Indian brands",
    ``ontologies/demonyms.tsv``, ``en/region_adjectives``). English only."""
    if lang != "en":
        return list(candidates)
    kinds = word_map(lang, "organisation_unit_nouns")
    out = list(candidates)
    # The lists do not overlap, nor do the names of one list: the names added need no look-up.
    index = CandidateIndex(out)
    for match in _LISTED_UNITS.finditer(text):
        noun = match.group("noun")
        if noun not in kinds or not noun.endswith("s"):
            continue
        brand = kinds[noun] == "place"
        for name in re.finditer(_NAME, match.group("list")):
            if inst.nationality_adjective(name.group(), lang):
                continue  # "its Chinese and Indian brands": the brands' place (kg.extract.nationalities)
            start, end = match.start("list") + name.start(), match.start("list") + name.end()
            held = index.overlapping(start, end)
            if not held:
                out.append(Candidate(start, end, "ORG", "unit", evidence=(f"listed before: {noun}",)))
            elif brand and len(held) == 1 and (out[held[0]].start, out[held[0]].end) == (start, end) and out[held[0]].label in ("PER", "LOC"):
                k = held[0]
                out[k] = replace(out[k], label="ORG", record=None, evidence=(*out[k].evidence, f"listed before: {noun}"))
    return out


JOINED_EVIDENCE = "names of companies joined"


def _title_case_headline_end(text: str) -> int:
    """The end of ``text``'s first line when that line is a Title Case headline with a body after
    it, else 0."""
    first = text.split("\n", 1)[0]
    return len(first) if "\n" in text and title_case_line(first) else 0


def joined_company_names(candidates: Sequence[Candidate], text: str, lang: str, *, gazetteer: Gazetteer | None = None) -> list[Candidate]:
    """``candidates`` with each name made of the names of two companies the gazetteer knows,
    one blank apart, which the model or a product rule read as a person, a product or a place,
    typed as the organisation it is: a joint venture is named after its parents ("Sony Ericsson
    posted a loss", "Fuji Xerox opened a plant"; issue 21, n32a). A name of a company's head word
    after them ("Nokia Siemens Networks") counts as one too (``xx/company_heads``). A name with any
    other word ("Sony PlayStation", "Apple Watch"), a run of three companies (a list: "Boeing Airbus
    Embraer") and a pair only a Title Case headline writes ("Apple Samsung Patent Fight Resumes")
    are left as they are. English only."""
    if lang != "en":
        return list(candidates)
    gazetteer = gazetteer or default_gazetteer()
    heads = word_set("xx", "company_heads")

    def company(cand: Candidate) -> bool:
        surface = text[cand.start : cand.end]
        return " " not in surface and surface[:1].isupper() and any(r.type == "ORG" for r in gazetteer.lookup(surface))

    # Two known companies one blank apart that the gazetteer or the model found apart ("Sony
    # Ericsson posts loss", "Sony Ericsson's phones") are one name, unless a hyphen glues a word to
    # the second ("the Sony Ericsson-built"); every candidate on either part gives way to the
    # joined name.
    spans = {(c.start, c.end) for c in candidates if c.label in ("ORG", "PER", "PRO", "LOC") and company(c)}
    by_start = {a: (a, b) for a, b in sorted(spans)}
    by_end = {b: (a, b) for a, b in spans}
    headline = _title_case_headline_end(text)
    joined: dict[tuple[int, int], tuple[int, int]] = {}
    for a, b in sorted(spans):
        second = by_start.get(b + 1)
        if second is None or text[b : b + 1] != " " or text[second[1] : second[1] + 1] == "-" or (a, b) in joined:
            continue
        # A third known company one blank before or after makes the run a list whose commas the
        # writer left out ("Toyota Honda Nissan Sales Fall"), not a venture named after two parents.
        if (a - 1 in by_end and text[a - 1] == " ") or (second[1] + 1 in by_start and text[second[1]] == " "):
            continue
        # A Title Case headline drops its "and" ("Apple Samsung Patent Fight Resumes"): there the
        # pair is one name only if the text writes it so beyond the headline.
        if second[1] <= headline and not re.search(rf"(?<![\w'’-]){re.escape(text[a : second[1]])}(?![\w-])", text[headline:]):
            continue
        joined[(a, b)] = joined[second] = (a, second[1])
    merged: list[Candidate] = []
    done: set[tuple[int, int]] = set()
    for cand in candidates:
        whole = joined.get((cand.start, cand.end))
        if whole is None:
            merged.append(cand)
        elif whole not in done:
            done.add(whole)
            parts = text[whole[0] : whole[1]].replace(" ", ", ")
            merged.append(replace(cand, start=whole[0], end=whole[1], label="ORG", record=None, maker=None, evidence=(*cand.evidence, f"{JOINED_EVIDENCE}: {parts}")))
    out = []
    for cand in merged:
        if cand.label not in ("PER", "PRO", "LOC") or cand.record is not None:
            out.append(cand)
            continue
        words = text[cand.start : cand.end].split(" ")
        while len(words) > 2 and words[-1].casefold() in heads:
            words.pop()
        # Two parents, as a venture is named; three known companies are a list ("Boeing Airbus Embraer").
        if len(words) == 2 and all(w[:1].isupper() and any(r.type == "ORG" for r in gazetteer.lookup(w)) for w in words):
            cand = replace(cand, label="ORG", maker=None, evidence=(*cand.evidence, f"{JOINED_EVIDENCE}: {', '.join(words)}"))
        out.append(cand)
    return out
