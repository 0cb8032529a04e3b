"""A town and the place it lies in ("Everett, Washington", "Paris, Texas", "Tbilisi, Georgia"):
which records the two names are.

Wire copy names a town with its state, province or country after a comma. The second name says
which town the first is and which place the second is: Georgia after Atlanta is the state, after
Tbilisi the country; Washington after Everett is the state, not the capital; Paris before Texas is
not the French capital, whose record would link the town to the wrong Wikidata item and merge it
with every other Paris of the collection. The country each gazetteer place lies in is
``xx/place_countries`` (a country lies in itself).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.extract.entities import Candidate
from kg.knowledge.gazetteer import GazetteerRecord, default_gazetteer
from kg.knowledge.places import (
    OTHER_TOWN_EVIDENCE,
    abbreviated_state,
    in_another_part,
    lies_in_evidence,
    outermost,
    place_country,
    place_kind,
)
from kg.knowledge.words import word_maps, word_set

__all__ = [
    "OTHER_TOWN_EVIDENCE",
    "STATE_CUE_EVIDENCE",
    "abbreviated_states",
    "country_of",
    "states_in_lists",
    "states_named_as_states",
    "towns_in_places",
]


# How the evidence of a state's name a word next to it marks as the state begins ("Washington state").
STATE_CUE_EVIDENCE = "a state by the word next to it:"

# A comma between two names on one line.
_COMMA = re.compile(r",[^\S\n]+")
# A town's place in brackets, as French copy writes it: « Atlanta (Géorgie) ».
_BRACKET = re.compile(r"[^\S\n]*\([^\S\n]*")
_CLOSING = re.compile(r"[^\S\n]*\)")
# A name and a comma right before a wire abbreviation of a state ("Salem, Ore.", "Winston-Salem,
# N.C."); not a common noun's ("The coach, Pa., as his players call him").
_AFTER_NAME = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*,[^\S\n]+$")
# What follows such an abbreviation: a comma, a bracket, a dash, a quotation mark, the line's end or
# the next sentence; not a lower-case word ("Bring your ID, Ind. voters were told").
_AFTER_ABBREVIATION = re.compile(r"[^\S\n]*(?:[,;:()\]—–’”\"'-]|\n|$)|[^\S\n]+[A-Z“\"]")
_POSSESSIVE = re.compile(r"['’]s?(?![\w'’])")
# What may close off a town's place: a comma, a full stop, a bracket, a dash or the line's end.
_BEFORE_CLAUSE = re.compile(r"[^\S\n]*(?:[,.;:)\]—–]|[^\S\n]-[^\S\n]|\n|$)")


def country_of(record: GazetteerRecord | None) -> str | None:
    """The QID of the country the gazetteer place ``record`` lies in (a country's own QID)."""
    return place_country(record)


def _kind(record: GazetteerRecord | None) -> str | None:
    kind = place_kind(record)
    return "region" if kind == "subdivision" else kind


def _listed_after(text: str, end: int, at: dict[int, list[int]], candidates: Sequence[Candidate]) -> bool:
    """Whether another place follows the name ending at ``end`` after a comma or a conjunction: the
    two names are then items of a list ("Paris, London and Rome")."""
    again = _COMMA.match(text, end)
    if again is not None and any(candidates[k].label == "LOC" for k in at.get(again.end(), ())):
        return True
    following = text[end : end + 12].split()
    return bool(following) and following[0].lower() in word_set("xx", "list_conjunctions")


def _state_before_its_country(out: list[Candidate], towns: Sequence[int], text: str, state: Candidate, country: Candidate) -> bool:
    """Whether ``state`` names a state or province of the country after its comma ("Georgia, USA":
    the US state, not the country; "Victoria, Australia": the Australian state): the candidates
    ``towns`` of its name in ``out`` then take that record."""
    if _POSSESSIVE.match(text, country.end) or not _BEFORE_CLAUSE.match(text, country.end):
        return False  # "Georgia, Russia's neighbour"; "Georgia, Russia and Ukraine"
    gazetteer = default_gazetteer()
    countries = {country_of(r) for r in gazetteer.lookup(text[country.start : country.end]) if place_kind(r) == "country"}
    states = [r for r in gazetteer.lookup(text[state.start : state.end]) if place_kind(r) == "subdivision" and country_of(r) in countries]
    if len(states) != 1:
        return False
    whole = text[state.start : country.end]
    evidence: tuple[str, ...] = (f"state of the country after it: {whole}",)
    land = gazetteer.by_id(country_of(states[0]) or "")
    if land is not None:
        evidence += (lies_in_evidence(land, whole),)
    for i in towns:
        if out[i].record is not states[0]:
            out[i] = replace(out[i], record=states[0], evidence=(*out[i].evidence, *evidence))
    return True


def _abbreviated_state(surface: str) -> list[GazetteerRecord]:
    """The state or province wire copy's abbreviation ``surface`` names, as a list of readings."""
    record = abbreviated_state(surface)
    return [record] if record is not None else []


def abbreviated_states(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """``candidates`` with each place named by wire copy's abbreviation of a state or province right
    after a name and a comma ("PORTLAND, Ore. —", "Salem, Ore.": Oregon) given that state's record,
    whether or not the name before it was found (a dateline's capitals often are not)."""
    if lang != "en":
        return list(candidates)
    out = list(candidates)
    for k, cand in enumerate(candidates):
        if cand.label != "LOC" or cand.record is not None or not _AFTER_NAME.search(text, max(0, cand.start - 40), cand.start):
            continue
        if not _AFTER_ABBREVIATION.match(text, cand.end):
            continue
        found = abbreviated_state(text[cand.start : cand.end])
        if found is not None:
            whole = text[text.rfind("\n", 0, cand.start) + 1 : cand.end].strip()
            out[k] = replace(cand, record=found, evidence=(*cand.evidence, f"wire abbreviation of a state: {whole}"))
    return out


def towns_in_places(candidates: Sequence[Candidate], text: str) -> list[Candidate]:
    """``candidates`` with each town followed by a comma and the state, province or country it lies
    in read against it. The second name's record is the one in the town's country ("Tbilisi,
    Georgia": the country; "Atlanta, Georgia": the state) or, for a town the gazetteer does not
    know, the state or province of that name ("Everett, Washington", "Albany, New York"). A town
    the gazetteer knows in another country than the place after it is not that record ("Paris,
    Texas", "London, Ontario", "Birmingham, Alabama"): it keeps its name and loses the record.
    Not two items of a list ("Paris, London and Rome")."""
    out = list(candidates)
    at: dict[int, list[int]] = {}
    for k, c in enumerate(candidates):
        at.setdefault(c.start, []).append(k)
    gazetteer = default_gazetteer()
    done: set[int] = set()
    other_towns: dict[str, str] = {}
    for town in candidates:
        bracket = _BRACKET.match(text, town.end)
        comma = _COMMA.match(text, town.end) or bracket
        if town.start in done or comma is None or comma.end() not in at:
            continue
        towns = [i for i in at[town.start] if candidates[i].end == town.end]
        places = [j for j in at[comma.end()] if candidates[j].label == "LOC"]
        if not places:
            continue
        place = candidates[places[0]]
        if bracket is not None and (_CLOSING.match(text, place.end) is None or not any(candidates[i].label == "LOC" for i in towns)):
            continue  # « Atlanta (Géorgie) », as French copy writes it; not « Marie Dupont (Vaud) »
        records = [candidates[i].record for i in towns if candidates[i].record is not None]
        town_record = records[0] if records else None
        if town_record is not None and town_record.type != "LOC":
            continue  # "the World Bank, Washington": an organisation and its seat, not a town
        town_kind = _kind(town_record)
        if town_kind in (None, "country", "region") and any(candidates[i].label == "LOC" for i in towns) and _state_before_its_country(
            out, towns, text, town, place
        ):
            done.add(town.start)
            continue
        surface = text[place.start : place.end]
        abbreviated = _abbreviated_state(surface)
        if town_kind in ("country", "region") or (not abbreviated and _listed_after(text, place.end, at, candidates)) or _POSSESSIVE.match(text, place.end):
            # "France, Germany", "Bavaria, Saxony": a list; "Smith, Georgia's coach". A wire
            # abbreviation is a town's state, in a list too ("Springfield, Ill., Peoria, Ill.").
            continue
        if not any(candidates[i].label == "LOC" for i in towns) and town_record is None and not _BEFORE_CLAUSE.match(text, place.end):
            continue  # a person or a company the model read, not a town, unless the place closes off
        readings = [r for r in gazetteer.lookup(surface) if _kind(r) in ("region", "country")] or abbreviated
        if not readings:
            continue
        done.add(town.start)
        town_country = country_of(town_record)
        # "Tbilisi, Georgia": the country; "Atlanta, Georgia": the state.
        chosen = [r for r in readings if country_of(r) == town_country]
        if (town_country is not None and not chosen) or in_another_part(town_record, chosen):
            # "Paris, Texas", "London, Ontario": another town of the same name; "Washington, Pa.",
            # "Philadelphia, Miss.": another town of the same name in another state (review rvl30).
            other_towns[text[town.start : town.end]] = text[town.start : place.end]
        if not chosen:
            # A town the gazetteer does not know: a state or province before a country of the
            # same name ("Savannah, Georgia"), as wire copy writes it.
            chosen = [r for r in readings if place_kind(r) == "subdivision"] or [r for r in readings if _kind(r) == "region"] or readings
        chosen = outermost(chosen)  # "Glasgow, Scotland": the gazetteer's two records of Scotland
        if len(chosen) == 1:
            named = text[town.start : place.end]
            evidence = f"place a town lies in: {named}"
            for j in places:
                if out[j].record is not chosen[0]:
                    out[j] = replace(out[j], record=chosen[0], evidence=(*out[j].evidence, evidence))
            # Which town of its name this is, for the cross-document resolver ("Portland, Maine").
            for i in towns:
                if out[i].label == "LOC":
                    out[i] = replace(out[i], evidence=(*out[i].evidence, lies_in_evidence(chosen[0], named)))
    if other_towns:
        # The story's other mentions of the town are the same town ("Paris police said").
        for k, cand in enumerate(out):
            if cand.label == "LOC" and (whole := other_towns.get(text[cand.start : cand.end])) is not None:
                out[k] = replace(cand, record=None, evidence=(*cand.evidence, f"place in: {whole}", f"{OTHER_TOWN_EVIDENCE} {whole}"))
    return out


def states_named_as_states(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """``candidates`` with each place whose name is a state's or a province's of the gazetteer, as
    well as a capital's, a city's or a country's, read as the state where a word next to it says so
    (``<lang>/subdivision_cues``: "Washington state", "New York state officials", "upstate New
    York", « l'État de Washington »), whichever record the name had."""
    cues = word_maps("subdivision_cues").get(lang, {})
    after = sorted((w for w, role in cues.items() if role == "after"), key=len, reverse=True)
    before = sorted((w for w, role in cues.items() if role == "before"), key=len, reverse=True)
    if not after and not before:
        return list(candidates)
    gazetteer = default_gazetteer()
    out = list(candidates)
    for k, cand in enumerate(candidates):
        if cand.label != "LOC":
            continue
        start, surface = cand.start, text[cand.start : cand.end]
        # « l'État de Washington »: the model's span may open with the cue.
        opening = next((w for w in before if surface.lower().startswith(w) and (w.endswith(("'", "’")) or surface[len(w) : len(w) + 1].isspace())), None)
        if opening is not None:
            rest = surface[len(opening) :]
            start += len(opening) + len(rest) - len(rest.lstrip())
        name = text[start : cand.end]
        if not name[:1].isupper():
            continue
        preceding = text[max(0, start - 20) : start].lower()
        following = text[cand.end : cand.end + 20]
        cue = opening or next((w for w in before if re.search(rf"(?<!\w){re.escape(w)}[^\S\n]*$", preceding)), None) or next(
            (w for w in after if re.match(rf"[^\S\n]+{re.escape(w)}(?![\w'’-])", following)), None
        )
        if cue is None:
            continue
        readings = gazetteer.lookup(name)
        states = [r for r in readings if place_kind(r) == "subdivision"]
        if len(states) != 1 or cand.record is states[0]:
            continue
        if cue in after and any(place_kind(r) == "country" for r in readings):
            continue  # "Georgia state television": a country's state is its government's
        out[k] = replace(cand, record=states[0], evidence=(*cand.evidence, f"{STATE_CUE_EVIDENCE} {cue}"))
    return out


def _list_gap(text: str, end: int, start: int) -> bool:
    """Whether ``text[end:start]`` joins two items of a list: a comma, a conjunction or both."""
    words = text[end:start].replace(",", " , ").split()
    conjunctions = word_set("xx", "list_conjunctions")
    return "\n" not in text[end:start] and words in (
        [","], *([c] for c in conjunctions), *([",", c] for c in conjunctions)
    )


def states_in_lists(candidates: Sequence[Candidate], text: str) -> list[Candidate]:
    """``candidates`` with each name of a list of places that is a state's as well as a country's or
    a city's read as the state of the country the list's other states and provinces lie in, when no
    other item is a country or a city ("Texas, Florida and Georgia", "Alabama and Georgia", "New
    York, New Jersey and Connecticut": the US states; "Armenia, Azerbaijan and Georgia": the
    country; "Boston, Chicago and New York": the city)."""
    spans: dict[tuple[int, int], list[int]] = {}
    for k, c in enumerate(candidates):
        if c.label == "LOC":
            spans.setdefault((c.start, c.end), []).append(k)
    runs: list[list[tuple[int, int]]] = []
    last_end = -1
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if span[0] < last_end:
            continue  # a shorter reading of the same words
        if runs and _list_gap(text, last_end, span[0]):
            runs[-1].append(span)
        else:
            runs.append([span])
        last_end = span[1]
    gazetteer = default_gazetteer()
    out = list(candidates)
    for run in runs:
        if len(run) < 2 or (len(run) == 2 and text[run[0][1] : run[1][0]].strip() == ","):
            continue  # two names and a comma: a town and its place ("Tbilisi, Georgia"), read by towns_in_places
        readings = {s: [r for r in gazetteer.lookup(text[s[0] : s[1]]) if place_kind(r) in ("subdivision", "country", "city")] for s in run}
        ambiguous = [s for s in run if len({place_kind(r) for r in readings[s]}) > 1 and any(place_kind(r) == "subdivision" for r in readings[s])]
        others = [candidates[k].record for s in run if s not in ambiguous for k in spans[s]]
        if not ambiguous or any(place_kind(r) in ("country", "city") for r in others):
            continue  # "Armenia, Azerbaijan and Georgia"; "Boston, Chicago and New York"
        countries = {country_of(r) for r in others if _kind(r) == "region"}
        if len(countries) != 1 or None in countries:
            continue
        (country,) = countries
        evidence = f"a state listed with others: {text[run[0][0] : run[-1][1]]}"
        for s in ambiguous:
            states = [r for r in readings[s] if place_kind(r) == "subdivision" and country_of(r) == country]
            for k in spans[s] if len(states) == 1 else ():
                if out[k].record is not states[0]:
                    out[k] = replace(out[k], record=states[0], evidence=(*out[k].evidence, evidence))
    return out
