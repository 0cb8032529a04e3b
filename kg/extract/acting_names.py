"""English names typed by what they do in the text or by their shape (issue 21, n38a): a name the
model read as a place across a document that says or decides something ("Chile's Codelco keeps
grip" ... "Codelco said" ... "Codelco decided to seek partners") is an organisation in every
mention, unless the gazetteer knows it as a place ("China said": the country's government, which
the model's reading keeps); a given name and a surname of a Gaelic shape the model skipped ("Rory
McIlroy and Scottie Scheffler will go", "Sinead O'Brien") are a person."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.descriptors import territory_head_evidence
from kg.extract.entities import Candidate, given_name_evidence
from kg.knowledge.gazetteer import default_gazetteer
from kg.knowledge.places import place_kind
from kg.knowledge.words import word_set

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ACTING_NAME_EVIDENCE", "LOWER_CAMEL_EVIDENCE", "acting_place_names", "companies_joined_by_and", "lowercase_brand_names", "names_with_skipped_first_word", "organisations_with_skipped_first_word", "people_cut_before_surname", "people_ending_in_cities", "people_with_prefixed_surnames", "prefixed_names_that_speak", "process_name", "shops_named_again"]

ACTING_NAME_EVIDENCE = "subject of a verb of saying or deciding:"

_SUBJECT_DEPS = frozenset({"nsubj"})
# Words of a sentence that make its speaker a person ("Pacheco said he would stay").
_PERSONAL = frozenset({"he", "she", "his", "her", "him"})
# The longest name the rule reads, in words ("Empresa Nacional Minera" read as a place).
_MAX_WORDS = 3


@cache
def _acting_verbs() -> frozenset[str]:
    """Verbs whose subject speaks or decides: ``en/reporting_verbs`` and ``en/deciding_verbs``."""
    return word_set("en", "reporting_verbs") | word_set("en", "deciding_verbs")


def _after_place_preposition(text: str, name: str, prepositions: frozenset[str]) -> bool:
    """Whether the text writes ``name`` right after a place preposition somewhere ("jobs in
    Dunmore"): the text uses it as a place at least once."""
    pattern = rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(prepositions)))})[^\S\n]+(?:the[^\S\n]+)?{re.escape(name)}(?![\w'’-])"
    return re.search(pattern, text, flags=re.IGNORECASE if name.isupper() else 0) is not None


# What follows a dateline's town at a line's start: a comma (the state) or the agency's bracket.
_DATELINE_AFTER = re.compile(r"[^\S\n]*(?:,|\()")


def _dateline_town(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` opens its line before a comma or a bracket ("LOUISVILLE, Kentucky
    (Reuters) - ... said": the parse may make the dateline's town the subject of the lead's verb)."""
    return (start == 0 or text[start - 1] == "\n") and _DATELINE_AFTER.match(text, end) is not None


def _surname_of_someone(candidates: Sequence[Candidate], text: str, name: str) -> bool:
    """Whether ``name`` ends a longer name of a person the candidates hold ("Maximo Pacheco" ...
    "Pacheco said", read as a place)."""
    return any(c.label == "PER" and text[c.start : c.end].endswith(" " + name) for c in candidates)


def acting_place_names(candidates: Sequence[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with a name the model read as a place, which the gazetteer does not
    know, typed ORG in every mention of it when one mention is the subject of a verb of saying or
    deciding (``en/reporting_verbs``, ``en/deciding_verbs``: "Codelco said", "Codelco decided to
    seek partners"): a place the text means literally neither says nor decides, while the model reads
    an unknown company's coined name as a town as often as not. Left as they are: a name the
    gazetteer knows ("Chile said", "Santiago decided"), one with other evidence (a dateline's
    town), a name opening with a given name, a territory's name (``en/territory_name_heads``:
    "Harris County said"), the surname of a person the text names in full,
    a name in a sentence that speaks of "he" or "she" ("Pacheco said he would stay"), a town followed
    by its state ("The Portland, Oregon, police bureau said"), and a name the
    text also writes after a place preposition (``en/place_prepositions``: "jobs in Dunmore")."""
    if lang != "en":
        return list(candidates)
    gazetteer = default_gazetteer()
    verbs = _acting_verbs()
    prepositions = word_set("en", "place_prepositions")
    acting: dict[str, str] = {}
    for c in candidates:
        if c.label != "LOC" or c.record is not None or c.institution is not None or c.evidence:
            continue
        name = text[c.start : c.end]
        if name in acting or _dateline_town(text, c.start, c.end) or not name[:1].isupper() or name.split()[0].casefold() == "the" or len(name.split()) > _MAX_WORDS:
            continue
        span = doc.char_span(c.start, c.end)
        if span is None:
            continue
        root = span.root
        subject = root.head if root.dep_ == "conj" else root
        verb = subject.head
        if subject.dep_ not in _SUBJECT_DEPS or verb.lemma_.lower() not in verbs or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(t.lower_ in _PERSONAL for t in root.sent):
            continue
        if any(c.dep_ == "appos" and c.ent_type_ in ("GPE", "LOC") for c in root.children):
            continue  # "The Portland, Oregon, police bureau said": a town with its state, still a place
        if gazetteer.lookup(name) or given_name_evidence(name) is not None or _surname_of_someone(candidates, text, name):
            continue
        if territory_head_evidence(span, lang) is not None:
            continue  # "Harris County said", "Maricopa County voted": the county's government, still a place (rvn38)
        if _after_place_preposition(text, name, prepositions):
            continue
        acting[name] = verb.lemma_.lower()
    if not acting:
        return list(candidates)
    return [
        replace(c, label="ORG", evidence=(f"{ACTING_NAME_EVIDENCE} {acting[text[c.start : c.end]]}",))
        if c.label == "LOC" and text[c.start : c.end] in acting and c.record is None and c.institution is None and not c.evidence
        else c
        for c in candidates
    ]


# A given name and a surname of a Gaelic shape: "Mc"/"Mac" and a capital ("McIlroy", "MacLeod"),
# or "O'" and a capital ("O'Brien"), no word glued before or after.
_PREFIXED_SURNAME_NAME = re.compile(
    r"(?<![\w'’.&-])(?P<given>[A-Z][a-z]+)[^\S\n]+(?P<surname>(?:Ma?c[A-Z]|O['’][A-Z])[a-z]+)(?![\w&-])(?!['’][A-Za-z])"
)


def people_with_prefixed_surnames(candidates: Sequence[Candidate], text: str, *, lang: str) -> list[Candidate]:
    r"""English: ``candidates`` with the people the model skipped whole, a given name of
    ``xx/given_names`` and a surname of a Gaelic shape ("Rory McIlroy and Scottie Scheffler will
    go", "coach Niamh O'Connell"), whatever the words after: the shape names a person as no common
    word or place does; the same name the model read, alone and with no other evidence, as an
    organisation or a place ("Declan MacAuley, a farmer, said") is retyped a person. A name that
    another candidate overlaps, a surname in the possessive of a shop or
    a brand ("Ronald McDonald's"), and a given name that opens a longer run of capitalised words
    (``(?<![\w...])`` keeps "Royal MacLeod Trust" out: "royal" is no given name) are left out."""
    if lang != "en":
        return list(candidates)
    given = word_set("xx", "given_names")
    added = []
    retyped: dict[tuple[int, int], tuple[str, ...]] = {}
    for match in _PREFIXED_SURNAME_NAME.finditer(text):
        if match.group("given").casefold() not in given:
            continue
        a, b = match.start("given"), match.end("surname")
        evidence = (f"given name: {match.group('given')}", f"surname shape: {match.group('surname')}")
        overlapping = [c for c in candidates if c.start < b and a < c.end]
        if not overlapping:
            added.append(Candidate(a, b, "PER", "given name", evidence=evidence))
        elif all((c.start, c.end) == (a, b) and c.label in ("ORG", "LOC") and c.record is None and c.institution is None and not c.evidence for c in overlapping):
            # The model read the whole name and nothing more as an organisation or a place
            # ("Declan MacAuley, a farmer, said"): the same shape names a person (rvn38).
            retyped[(a, b)] = evidence
    if retyped:
        candidates = [replace(c, label="PER", evidence=retyped[(c.start, c.end)]) if (c.start, c.end) in retyped else c for c in candidates]
    return sorted((*candidates, *added), key=lambda c: (c.start, c.end)) if added else list(candidates)


def process_name(surface: str, lang: str) -> bool:
    """English: whether ``surface`` (a leading "the" aside) is one word of ``en/process_names``, the
    name of a policy, a process or an illness ("a Brexit spokesman", "the Covid inquiry"), which
    names no person, organisation or place wherever it stands; a longer name that holds it keeps
    its reading ("the Brexit Party", "Covid Recovery Group")."""
    if lang != "en":
        return False
    word = re.sub(r"^[Tt]he[^\S\n]+", "", surface)
    return " " not in word and word.casefold() in word_set("en", "process_names")


def _owns_nothing(doc: Doc, text: str, end: int) -> bool:
    """Whether the possessive at ``end`` of ``text`` is followed by no word it could own: no noun,
    adjective, number or adverb opens what comes after it ("Sainsbury's to pay", not "Sainsbury's
    shares")."""
    after = doc.char_span(end + 2, len(text), alignment_mode="expand")
    nxt = next((t for t in after if not t.is_space), None) if after is not None else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "ADV")


def shops_named_again(candidates: Sequence[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with a one-word name the text writes elsewhere as an organisation
    whose possessive is part of its name ("Sainsbury's said it would appeal", read so by
    :func:`kg.extract.entities._possessive_shop_end`) extended over its possessive where the model
    cut it before it ("Judge orders Sainsbury's to pay", a headline: was "Sainsbury", a second
    company), typed as the shop, where the possessive owns nothing (not "Sainsbury's shares"). A person's possessive ("Sainsbury's lawyer" when the text names
    no shop "Sainsbury's") is left alone."""
    if lang != "en":
        return list(candidates)
    shops = {
        text[c.start : c.end - 2]: c.label
        for c in candidates
        if c.label == "ORG" and text[c.end - 2 : c.end] in ("'s", "’s") and " " not in text[c.start : c.end].strip()
    }
    if not shops:
        return list(candidates)
    return [
        replace(c, end=c.end + 2, label="ORG")
        if text[c.start : c.end] in shops and text[c.end : c.end + 2] in ("'s", "’s") and c.label in ("ORG", "PER", "LOC") and c.institution is None
        and not text[c.end + 2 : c.end + 3].isalnum() and _owns_nothing(doc, text, c.end)
        else c
        for c in candidates
    ]


def people_cut_before_surname(candidates: Sequence[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with a person's name that the model cut before its last word widened
    over it ("Captain Harpreet Singh Dhillon praised", read as "Harpreet Singh"; issue 21, n39a):
    the person's name opens with a given name, its last word is a compound of the capitalised proper
    noun one blank after it (the parser's NNP), that no candidate holds, that no capitalised word
    follows, and the whole is still a person's name by :func:`given_name_evidence` (no head of an
    organisation's or a place's name: "Maria Lopez Foundation" is left alone), no weekday or month."""
    if lang != "en":
        return list(candidates)
    stop = word_set("en", "weekdays") | word_set("en", "full_months")
    held = [(c.start, c.end) for c in candidates]
    out = []
    for cand in candidates:
        out.append(cand)
        if cand.label != "PER" or given_name_evidence(text[cand.start : cand.end]) is None:
            continue
        span = doc.char_span(cand.start, cand.end)
        if span is None or span.end >= len(doc) or span[-1].dep_ != "compound" or span[-1].head.i != span.end:
            continue
        nxt = doc[span.end]
        after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        if nxt.tag_ != "NNP" or not nxt.is_title or not nxt.is_alpha or nxt.idx != cand.end + 1 or nxt.lower_ in stop:
            continue
        if after is not None and after.is_alpha and after.text[:1].isupper():
            continue
        end = nxt.idx + len(nxt.text)
        if any(a < end and cand.end < b for a, b in held) or given_name_evidence(text[cand.start : end]) is None:
            continue
        out[-1] = replace(cand, end=end)
    return out


# "X and Y" or "X & Y" between two one-word names, one blank around the joiner.
_JOINED_PAIR = re.compile(r"[^\S\n]+(?:and|&)[^\S\n]+")
# What makes the words after a pair one company: a singular verb ("Marks and Spencer has", "...
# was fined"), its possessive ("Smith and Wesson's"), or "said it"/"said its" (one speaker).
_ONE_SPEAKER = re.compile(r"[^\S\n]+said[^\S\n]+it(?:s)?\b")


def companies_joined_by_and(candidates: Sequence[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with two one-word organisations the model read apart on either side
    of "and" or "&" made one organisation when the words after them speak of one company ("Marks
    and Spencer has cut prices", "Smith and Wesson shares fell", "Johnson and Johnson said it
    would"; issue 21, n39a): a verb in the singular right after the second (the parser's VBZ, or
    "was"), its possessive, a noun of its shares (``en/company_share_nouns``) or "said it(s)".
    Two companies the gazetteer knows stay two ("Ford and GM said"), and so does a pair before a
    plural verb ("Acme and Zorba have merged"), a pair after a preposition or as an object before a
    verb ("The merger between Kraft and Heinz was approved"), or one with no such cue."""
    if lang != "en":
        return list(candidates)
    gazetteer = default_gazetteer()
    shares = word_set("en", "company_share_nouns")

    def one_word(c: Candidate) -> bool:
        name = text[c.start : c.end]
        return c.label == "ORG" and c.institution is None and re.fullmatch(r"[A-Z][a-z]+", name) is not None and not any(r.type == "ORG" for r in gazetteer.lookup(name))

    by_start = {c.start: c for c in candidates if one_word(c)}
    held = [(c.start, c.end) for c in candidates]
    # The first word may be one the model skipped ("LONDON (Reuters) - Marks and Spencer has"): a
    # capitalised proper noun (the parser's NNP or NNPS) that no candidate holds.
    skipped = [
        Candidate(t.idx, t.idx + len(t.text), "ORG", "joined company")
        for t in doc
        # (only a word a joiner follows can open a pair: the test against every candidate is made for
        # those few, not for every proper noun of a long document)
        if t.tag_ in ("NNP", "NNPS") and re.fullmatch(r"[A-Z][a-z]+", t.text)
        and _JOINED_PAIR.match(text, t.idx + len(t.text)) is not None
        and not any(a < t.idx + len(t.text) and t.idx < b for a, b in held)
    ]
    joined: dict[int, int] = {}
    for first in [*(c for c in candidates if one_word(c)), *(c for c in skipped if one_word(c))]:
        joiner = _JOINED_PAIR.match(text, first.end)
        second = by_start.get(joiner.end()) if joiner is not None else None
        if second is None or first.start in joined:
            continue
        after = doc.char_span(second.end, len(text), alignment_mode="expand")
        nxt = next((t for t in after if not t.is_space), None) if after is not None else None
        if nxt is None:
            continue
        # A verb speaks of the pair only when the pair is its subject, not the object of a
        # preposition in its subject ("The merger between Kraft and Heinz was approved"; rvn39).
        head = doc.char_span(first.start, first.end, alignment_mode="expand")
        verb_cue = nxt.tag_ == "VBZ" or nxt.lower_ == "was" or _ONE_SPEAKER.match(text, second.end) is not None
        if verb_cue and head is not None and head.root.dep_ in ("pobj", "dobj", "dative"):
            verb_cue = False
        if verb_cue or nxt.tag_ == "POS" or nxt.lower_ in shares:
            joined[first.start] = second.end
    if not joined:
        return list(candidates)
    ends = set(joined.values())
    starts = {c.start for c in candidates}
    out = [replace(c, end=joined[c.start], evidence=("one company: and",)) for c in skipped if c.start in joined and c.start not in starts]
    for c in candidates:
        if c.start in joined and one_word(c):
            out.append(replace(c, end=joined[c.start], evidence=(*c.evidence, "one company: and")))
        elif c.end in ends and one_word(c) and any(c.start > a and c.end == b for a, b in joined.items()):
            continue
        else:
            out.append(c)
    return out


# A brand written in camel case with a lower-case first letter ("easyJet", "eBay", "iHeartMedia"):
# a short lower-case prefix, then a capitalised word; no word glued before or after, no handle,
# hashtag, address or file name.
_LOWER_CAMEL = re.compile(r"(?<![\w@#./:-])[a-z]{1,4}(?:[A-Z][a-z]{2,})+(?![\w@-])")
LOWER_CAMEL_EVIDENCE = "camel-case name:"
# The capitalised word one blank before a match (searched up to the match's start).
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)[^\S\n]$")


def lowercase_brand_names(candidates: Sequence[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with the companies written in camel case with a lower-case first
    letter that the model skipped ("easyJet said it would add routes", "Shares in easyJet rose";
    issue 21, n39a), added as organisations in every mention when one mention is a company's by
    the sentence: the subject of a verb of saying or deciding (``en/reporting_verbs``,
    ``en/deciding_verbs``), the complement of "in" or "of" after a noun of shares
    (``en/company_share_nouns``), a name coordinated with an organisation the model found ("easyJet
    and Ryanair"), or other evidence of an organisation (:func:`organisation_evidence`: "easyJet,
    the budget carrier"). A word no such cue marks ("sales of eBooks", "the eCommerce unit") and one
    a candidate holds (a product: "the iPhone") are left alone, and so is a surname after a given
    name or a person's name in any mention ("Jacob deGrom" ... "deGrom said")."""
    if lang != "en":
        return list(candidates)
    from kg.extract.descriptors import organisation_evidence

    held = [(c.start, c.end) for c in candidates]
    organisations = {t.i for c in candidates if c.label == "ORG" and (sp := doc.char_span(c.start, c.end, alignment_mode="expand")) is not None for t in sp}
    verbs = _acting_verbs()
    shares = word_set("en", "company_share_nouns")
    found: dict[str, str] = {}
    spans: list[tuple[int, int, str]] = []
    # A surname in camel case after a given name ("Jacob deGrom" ... "deGrom said"; rvn39): a
    # person's in every mention.
    persons = {c.end for c in candidates if c.label == "PER"}
    given = word_set("xx", "given_names")
    surnames = {
        m.group() for m in _LOWER_CAMEL.finditer(text)
        if (before := _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())) is not None
        and (before.end(1) in persons or before.group(1).casefold() in given)
    }
    for m in _LOWER_CAMEL.finditer(text):
        a, b = m.span()
        if any(x < b and a < y for x, y in held) or m.group() in surnames:
            continue
        spans.append((a, b, m.group()))
        span = doc.char_span(a, b)
        if span is None or m.group() in found:
            continue
        tok = span.root
        why = None
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in verbs:
            why = tok.head.lemma_.lower()
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") and tok.head.i > 0 and doc[tok.head.i - 1].lower_ in shares:
            why = doc[tok.head.i - 1].lower_  # "Shares in easyJet rose", whatever the parse attaches "in" to
        elif (tok.dep_ == "conj" and tok.head.i in organisations) or any(c.dep_ == "conj" and c.i in organisations for c in tok.children):
            why = "coordinated with an organisation"
        else:
            why = organisation_evidence(span, lang)
        if why is not None:
            found[m.group()] = why
    if not found:
        return list(candidates)
    added = [
        Candidate(a, b, "ORG", "camel-case name", evidence=(f"{LOWER_CAMEL_EVIDENCE} {found[name]}",))
        for a, b, name in spans if name in found
    ]
    return [*candidates, *added]


def organisations_with_skipped_first_word(candidates: Sequence[Candidate], text: str, doc: Doc, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with an organisation the text describes (an apposition, a
    descriptor: the ``apposition:`` evidence of :func:`kg.extract.descriptors.organisation_evidence`)
    widened over the capitalised word one blank before it that the parse makes part of its name and
    no candidate holds ("SYDNEY (Reuters) - Virgin Australia, the country's second-largest
    carrier, said": the model kept "Australia"; issue 21, n39a). A weekday, a month, a word that
    opens its sentence as a determiner or a pronoun, and a word after a capitalised one are left out."""
    if lang != "en":
        return list(candidates)
    stop = word_set("en", "weekdays") | word_set("en", "full_months")
    held = [(c.start, c.end) for c in candidates]
    out = []
    for c in candidates:
        if c.label != "ORG" or not any(e.startswith("apposition:") for e in c.evidence):
            out.append(c)
            continue
        span = doc.char_span(c.start, c.end)
        prev = doc[span.start - 1] if span is not None and span.start > 0 else None
        if (
            prev is None or prev.tag_ not in ("NNP", "NNPS") or not prev.is_title or not prev.is_alpha or prev.lower_ in stop
            or prev.idx + len(prev.text) + 1 != c.start or prev.head.i not in range(span.start, span.end) or prev.dep_ != "compound"
            or any(a < c.start and prev.idx < b for a, b in held)
            or (prev.i > 0 and doc[prev.i - 1].is_alpha and doc[prev.i - 1].text[:1].isupper())
        ):
            out.append(c)
            continue
        out.append(replace(c, start=prev.idx, record=None))
    return out


def names_with_skipped_first_word(candidates: Sequence[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with a person's or an organisation's name of the model widened over
    the capitalised word one blank before it that the model left out ("Priyanka Gandhi Vadra
    addressed a rally", read as "Gandhi Vadra"; "Suresh Raina Academy opened a centre", read as
    "Raina Academy"; issue 21, n39c): the parser's proper noun (NNP) compounded into the name,
    that no candidate holds, no word of the dictionary nor a name the gazetteer knows, unless it
    is a given name (``xx/given_names``), with no capitalised word before it; the model's name has
    two words at least (a one-word name after a given name is a person's the other rules read:
    "Raheem Sterling said", the model's "Sterling" an organisation). A common word
    ("Yesterday Gandhi Vadra spoke"), a known place or company ("India Raina Academy") and a
    weekday or a month are left out."""
    if lang != "en":
        return list(candidates)
    from kg.nlp.wordforms import is_dictionary_word

    stop = word_set("en", "weekdays") | word_set("en", "full_months")
    given = word_set("xx", "given_names")
    gazetteer = default_gazetteer()
    held = [(c.start, c.end) for c in candidates]
    out = []
    for c in candidates:
        out.append(c)
        if c.label not in ("PER", "ORG") or c.institution is not None or c.record is not None or not c.extractor.startswith("spacy:"):
            continue
        span = doc.char_span(c.start, c.end)
        prev = doc[span.start - 1] if span is not None and span.start > 0 else None
        if (
            span is None or len(span) < 2 or prev is None or prev.tag_ != "NNP" or not prev.is_title or not prev.is_alpha or prev.lower_ in stop
            or prev.idx + len(prev.text) + 1 != c.start or prev.dep_ != "compound" or prev.head.i not in range(span.start, span.end)
            or any(a < c.start and prev.idx < b for a, b in held)
            or (prev.i > 0 and doc[prev.i - 1].is_alpha and doc[prev.i - 1].text[:1].isupper())
            or (is_dictionary_word(prev.text, "en") and prev.lower_ not in given)
            or gazetteer.lookup(prev.text)
        ):
            continue
        out[-1] = replace(c, start=prev.idx, evidence=(*c.evidence, f"skipped first word: {prev.text}"))
    return out


def people_ending_in_cities(candidates: Sequence[Candidate], text: str, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with a person's name of three words or more that ends with a city
    of a city the gazetteer knows (:func:`kg.knowledge.places.place_kind`) cut before the city, which becomes a place
    ("Police arrested Rajesh Kumar Delhi on Tuesday": the person is "Rajesh Kumar", then the city;
    issue 21, n39c). A city that is a given name ("Florence"), or that the text writes as a
    person's name elsewhere (the surname alone: "Houston said"), is a surname and left alone; so
    is a two-word name ("Jack London")."""
    if lang != "en":
        return list(candidates)
    gazetteer = default_gazetteer()
    given = word_set("xx", "given_names")
    people = [text[c.start : c.end] for c in candidates if c.label == "PER"]
    out = []
    for c in candidates:
        surface = text[c.start : c.end]
        words = surface.split()
        last = words[-1] if words else ""
        if (
            c.label != "PER" or len(words) < 3 or not last.isalpha() or not last[:1].isupper() or last.casefold() in given
            or not any(place_kind(r) == "city" and last in r.names() for r in gazetteer.lookup(last))
            or sum(p == last or p.endswith(f" {last}") for p in people) > 1
            or re.search(rf"(?<![\w'’-]){re.escape(last)}[^\S\n]+(?:said|says|told)\b", text)
        ):
            out.append(c)
            continue
        cut = c.start + surface.rindex(last)
        out.append(replace(c, end=c.start + len(surface[: surface.rindex(last)].rstrip())))
        out.append(Candidate(cut, cut + len(last), "LOC", "city after a name", evidence=(f"city after a person's name: {last}",)))
    return out


def prefixed_names_that_speak(candidates: Sequence[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with a name made with the "i" prefix, read as a product by its shape
    ("iPhone"), made an organisation in every mention when one mention, with no article, is the
    subject of a verb of saying or deciding (``en/reporting_verbs``, ``en/deciding_verbs``):
    "iFlytek said on Monday" names a company, for a product says nothing (issue 21, n39c). "The
    iPhone sold well" and "sales of iPads" keep their products."""
    if lang != "en":
        return list(candidates)
    verbs = _acting_verbs()
    determiners = word_set("xx", "determiners")
    speakers: set[str] = set()
    for c in candidates:
        if c.label != "PRO" or "product name: i-prefix" not in c.evidence:
            continue
        span = doc.char_span(c.start, c.end)
        if span is None or len(span) != 1:
            continue
        tok = span.root
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in verbs and not (tok.i > 0 and doc[tok.i - 1].lower_ in determiners):
            speakers.add(text[c.start : c.end])
    if not speakers:
        return list(candidates)
    return [
        replace(c, label="ORG", maker=None, evidence=(f"{ACTING_NAME_EVIDENCE} {text[c.start : c.end]}",))
        if c.label == "PRO" and "product name: i-prefix" in c.evidence and text[c.start : c.end] in speakers
        else c
        for c in candidates
    ]
