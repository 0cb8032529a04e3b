"""Nationality and region adjectives that premodify a noun, as places ("German airline
Lufthansa", "British and Irish stock markets", "European shares", "Japanese automakers").

NER types them NORP and kg used to drop them; MEANTIME (and the NewsReader guidelines it follows)
annotates such an adjective as a mention of the place, LOC. Only an adjective that modifies a noun
is taken: "the Japanese" or "Americans" name people, not the country, and an adjective inside a
longer name ("American Airlines", "the European Central Bank") is part of that name. The mention
bears the country's gazetteer record (``ontologies/demonyms.tsv``), so that it joins the country's
entity ("German" ... "Germany"); a region's adjective (``en/region_adjectives``) has none.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.entities import Candidate
from kg.knowledge import institutions as inst
from kg.knowledge.words import rows, word_set
from kg.nlp.doccache import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.institutions import Institution
    from kg.knowledge.gazetteer import Gazetteer, GazetteerRecord

NATIONALITY_EVIDENCE = "nationality adjective"
NATIONALITY_EXTRACTOR = "nationality"

# Dependencies of a premodifier on its noun ("German airline", "Japanese carmakers' sales").
_PREMODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def nationality_candidates(
    doc: Doc, taken: Sequence[Candidate], *, lang: str, gazetteer: Gazetteer
) -> list[Candidate]:
    """Places named by a nationality or region adjective before a noun in ``doc`` (English only),
    outside every candidate of ``taken``."""
    if lang != "en":
        return []
    demonyms = inst.tables().demonyms.get("en", {})
    regions = word_set("en", "region_adjectives")
    idioms = {tuple(row[0].split(" ", 1)) for row in rows("en", "demonym_idioms")}
    people = word_set("en", "demonym_people_nouns")
    ethnic = word_set("en", "ethnicity_premodifiers")
    spans = _Taken(taken)
    out: list[Candidate] = []
    for tok in doc:
        word = tok.text
        if not word[:1].isupper() or word.isupper():
            continue  # "U.S.", "UK" are names the model reads; a headline in capitals is no cue
        # A two-word adjective ("South Korean", "North American") starts one word earlier.
        first = compound_adjective_start(doc, tok, demonyms, regions)
        if first is not None:
            word = doc[first.i : tok.i + 1].text
        qid = demonyms.get(inst.norm(word))
        if qid is None and word not in regions:
            continue
        modifier = _phrase_root(tok, first)
        # The second of coordinated adjectives hangs on the first ("German and Japanese automakers").
        while modifier.dep_ == "conj" and modifier.head.i < modifier.i:
            modifier = modifier.head
            modifier = _phrase_root(modifier, compound_adjective_start(doc, modifier, demonyms, regions))
        if modifier.dep_ not in _PREMODIFIER_DEPS or modifier.head.pos_ not in _NOUNS or modifier.head.i <= tok.i:
            continue
        begin = first if first is not None else tok
        prev = doc[begin.i - 1] if begin.i > 0 else None
        if _after_ethnic(doc, begin, modifier, ethnic):
            continue  # "ethnic Uzbek militias", "ethnic Uzbek and Kyrgyz residents": a people, no place
        if prev is not None and _is_listed(prev.text, demonyms, regions):
            continue  # "Syrian Turkmen fighters", "Chinese Kazakh herders": a people of the first's country
        if prev is not None and prev.text[:1].isupper() and not prev.is_sent_start and prev.text not in ("The", "A", "An"):
            continue  # part of a longer name, or a compound adjective no list holds
        start, end = begin.idx, tok.idx + len(tok.text)
        if spans.overlaps(start, end):
            continue
        # A capitalised noun right after it may make it part of a name the model missed ("Japanese
        # Automobile Manufacturers"): only a lower-case noun, or a coordinated adjective, follows.
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or (nxt.text[:1].isupper() and nxt.pos_ != "ADJ" and not _is_listed(nxt.text, demonyms, regions)):
            if nxt is None or nxt.dep_ != "cc":
                continue
        if _describes_a_name(modifier.head, doc, spans):
            continue
        if any((word, noun.lemma_.lower()) in idioms or (word, noun.lower_) in idioms for noun in (tok.head, nxt)):
            continue  # "a Dutch auction", "Chinese walls", "Greek yoghurt sales": a fixed phrase names no place
        if modifier.head.lemma_.lower() in people or modifier.head.lower_ in people:
            continue  # "European political leaders", "the American format": a nationality, a culture
        record = gazetteer.by_id(qid) if qid is not None else None
        out.append(Candidate(start, end, "LOC", NATIONALITY_EXTRACTOR, record=record, evidence=(f"{NATIONALITY_EVIDENCE}: {word}",)))
    return out


def without_misread_adjectives(found: list[Candidate], doc: Doc, *, lang: str, gazetteer: Gazetteer) -> list[Candidate]:
    """``found`` without a person or an organisation the model read in a lone nationality
    adjective that premodifies a lower-case noun ("[Sri Lankan] tea growers", "[Kazakh] miners":
    NER's PERSON and ORG), so that :func:`nationality_candidates` reads it as the place. English
    only; an adjective of ``ontologies/demonyms.tsv`` or ``en/region_adjectives``, not a country's
    own name ("Britain", "US": a place already), a word of a longer name ("Sri Lankan Airlines")
    nor a subject ("Swiss said", the airline; "French said", a surname)."""
    if lang != "en":
        return found
    demonyms = inst.tables().demonyms.get("en", {})
    regions = word_set("en", "region_adjectives")
    text = doc_text(doc)
    out = []
    for cand in found:
        if cand.label in ("PER", "ORG") and cand.record is None and cand.institution is None and not cand.evidence:
            word = text[cand.start : cand.end]
            after = text[cand.end : cand.end + 2]
            if (
                not word.isupper()
                and (inst.norm(word) in demonyms or word in regions)
                and after[:1] == " "
                and after[1:2].islower()
                and not any(r.type == "LOC" for r in gazetteer.lookup(word))
                and _premodifies_a_noun(doc, cand)
            ):
                continue
        out.append(cand)
    return out


def _premodifies_a_noun(doc: Doc, cand: Candidate) -> bool:
    """Whether the last word of ``cand`` hangs on a noun after it as a premodifier."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    last = span[-1]
    return last.dep_ in _PREMODIFIER_DEPS and last.head.pos_ in _NOUNS and last.head.i > last.i


def without_countries_in_descriptions(found: list[Candidate], doc: Doc, *, lang: str) -> list[Candidate]:
    """``found`` without the country's name or abbreviation that premodifies a definite
    description of one organisation ("The [US] manufacturer", "the [U.S.] automaker":
    :func:`_describes_an_organisation`). English only; a name of the gazetteer's record of a
    country (``ontologies/demonyms.tsv``), read by NER or the gazetteer.

    The NewsReader guidelines make a place named inside a noun phrase a mention of its own (the
    corpus's premodifier mentions, "[US] markets", "[UK] iTunes prices"), and MEANTIME dev
    annotates the country in such a description 2 times in 3 ("the No. 2 [U.S.] music retailer",
    "the top [U.S.] music seller Wal-Mart"; not "the US manufacturer"). The rule is kept for its
    one dev case, narrowed by the rank that the two others have (:func:`_ranks`); a nationality
    adjective in the same description is a place (issue 21, n21h: no dev case either way, and the
    guidelines annotate it)."""
    if lang != "en":
        return found
    demonyms = inst.tables().demonyms.get("en", {})
    # doc.text joins every token again at each call: read it once (a call per candidate was
    # quadratic in the document's length).
    text = doc_text(doc)
    out = []
    for cand in found:
        if cand.label == "LOC" and cand.extractor != NATIONALITY_EXTRACTOR and inst.norm(text[cand.start : cand.end]) in demonyms:
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is not None and len(span):
                last = span[-1]
                head = last.head
                if last.dep_ in _PREMODIFIER_DEPS and head.i > last.i and _describes_an_organisation(head):
                    continue
        out.append(cand)
    return out


def institution_adjective(found: Institution, text: str, gazetteer: Gazetteer) -> tuple[int, int, GazetteerRecord | None] | None:
    """The nationality adjective that describes the English institution phrase ``found`` ("German"
    in "the German government", "Canadian" in "the Canadian government": offsets of ``text``), as
    a place with the country's record, or None. The phrase is kg's organisation and no name
    (:func:`kg.extract.institutions.described_institution`); the adjective before its noun is a
    place as before any noun of a thing ("German factories", MEANTIME LOC), but for a noun of
    people (``en/demonym_people_nouns``) or a plural, which names the people of a body ("Italian
    officials", "British regulators", "Japanese authorities"). A country's name or abbreviation
    ("the U.S. government") is the place's name of its own
    (:func:`kg.extract.institutions.place_record`)."""
    if found.place is None:
        return None
    start, end = found.place
    word = text[start:end]
    phrase = text[found.start : found.end].split()
    if not phrase or not phrase[-1][:1].islower() or not word[:1].isupper() or word.isupper():
        return None  # a name ("the German Finance Ministry"), or an abbreviation ("U.S.")
    if inst.tables().demonyms.get("en", {}).get(inst.norm(word)) != found.qid:
        return None
    people = word_set("en", "demonym_people_nouns")
    last = phrase[-1].casefold()
    if last in people or last.endswith("s"):
        return None  # "Italian officials", "British regulators", "Japanese authorities": people
    if gazetteer.lookup(word):
        return None  # a country's own name used as a modifier ("the Britain finance ministry")
    return start, end, gazetteer.by_id(found.qid)


def compound_adjective_start(doc: Doc, tok: Token, demonyms: dict[str, str], regions: frozenset[str]) -> Token | None:
    """The first word of the two-word nationality or region adjective that ``tok`` ends ("South
    Korean", "North American", "Latin American": ``ontologies/demonyms.tsv``,
    ``en/region_adjectives``), or None. Read word by word, "Latin" would be a longer name's first
    word and "American" the United States' adjective ("Latin American markets")."""
    if tok.i == 0:
        return None
    prev = doc[tok.i - 1]
    if not prev.whitespace_ or not prev.text[:1].isupper():
        return None
    phrase = f"{prev.text} {tok.text}"
    return prev if inst.norm(phrase) in demonyms or phrase in regions else None


def _phrase_root(tok: Token, first: Token | None) -> Token:
    """The word of a two-word adjective that ``first`` begins and ``tok`` ends whose head lies
    outside it (the parser hangs "American" on "North" as often as the reverse), or ``tok``."""
    if first is None:
        return tok
    return tok if not first.i <= tok.head.i <= tok.i else first


class _Taken:
    """The candidates already found, looked up by overlap in log time (sorted starts and the running
    furthest end): a long text with many adjectives and names costs n log n, not n squared."""

    def __init__(self, found: Sequence[Candidate]) -> None:
        ordered = sorted((c.start, c.end) for c in found)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []
        for _, b in ordered:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a candidate overlaps ``[start, end)``."""
        k = bisect_right(self.starts, end - 1)
        return k > 0 and self.reach[k - 1] > start


def _after_ethnic(doc: Doc, begin: Token, first: Token, ethnic: frozenset[str]) -> bool:
    """Whether the adjective that starts at ``begin``, or the first of the coordinated adjectives
    it belongs to (``first``, on which the parse hangs the others), follows a word of
    ``en/ethnicity_premodifiers`` ("ethnic Russian separatists", "ethnic Uzbek and Kyrgyz
    residents"), but for the last part of a compound ("a multi-ethnic Bosnian team" is Bosnia's)."""
    for word in (begin, first.left_edge):
        marker = word if word.lower_ in ethnic else doc[word.i - 1] if word.i > 0 and doc[word.i - 1].lower_ in ethnic else None
        if marker is not None and not (marker.i > 0 and doc[marker.i - 1].text == "-"):
            return True
    return False


def _is_listed(word: str, demonyms: dict[str, str], regions: frozenset[str]) -> bool:
    return inst.norm(word) in demonyms or word in regions


def _describes_an_organisation(noun: Token) -> bool:
    """Whether ``noun`` heads a definite description of one organisation ("The US manufacturer",
    "the U.S. automaker": a singular noun of ``en/organisation_descriptors`` after "the") with no
    rank before it. A plural ("European manufacturers", "German automakers") names an industry of
    the country, and a rank ("the No. 2 U.S. music retailer", "the top U.S. music seller": MEANTIME
    dev LOC; :func:`_ranks`) places the company in the country's market."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in word_set("en", "organisation_descriptors"):
        return False
    article = next((child for child in noun.children if child.dep_ == "det" and child.lower_ == "the"), None)
    if article is None:
        return False
    # A rank places the company in the country's market, which the country then names: "the No. 2
    # [U.S.] music retailer" (dev LOC), "the largest [U.S.] automaker".
    return not any(_ranks(tok) for tok in noun.doc[article.i + 1 : noun.i])


def _ranks(tok: Token) -> bool:
    """Whether ``tok`` gives a rank: a superlative, an ordinal or a number, or a word of
    ``en/rank_words`` ("top", "No.")."""
    return tok.tag_ in ("JJS", "RBS") or tok.pos_ == "NUM" or tok.ent_type_ == "ORDINAL" or tok.lower_ in word_set("en", "rank_words")


# The tags of the lower-case words of a description the parse may leave apart from its noun.
_DESCRIPTION_TAGS = frozenset({"NN", "NNS", "JJ"})


def _describes_a_name(noun: Token, doc: Doc, spans: _Taken) -> bool:
    """Whether ``noun`` heads a description written before a name, with or without a comma
    ("Irish low cost airline, Ryanair", "European airframer Airbus", "the American computer company
    Apple", "the Nigerian telecoms firm Zorba Nigeria"): MEANTIME annotates the whole description with the name as the organisation and leaves
    the adjective inside it alone more often than not."""
    head = noun
    while True:
        if head.pos_ == "PROPN":
            return True  # "European airframer Airbus": the description premodifies the name
        if head.dep_ not in _PREMODIFIER_DEPS or head.head.i <= head.i:
            break
        head = head.head
    nxt = noun.i + 1
    descriptors = word_set("en", "organisation_descriptors")
    # Lower-case words between, the last a descriptor, which the parse may leave apart ("the
    # Nigerian telecoms firm Zorba Nigeria": "firm" read as an adjective).
    skipped = nxt
    while skipped < min(len(doc), noun.i + 3) and doc[skipped].is_lower and doc[skipped].is_alpha and doc[skipped].tag_ in _DESCRIPTION_TAGS:
        skipped += 1
    if skipped > nxt and doc[skipped - 1].lower_ in descriptors:
        nxt = skipped
    if nxt < len(doc) and doc[nxt].text == ",":
        nxt += 1
    if nxt >= len(doc):
        return False
    tok = doc[nxt]
    # A name in capitals the tagger reads as a noun counts too ("the Belgian rail operator ZRB").
    capitals = len(tok.text) > 1 and tok.is_upper and tok.is_alpha
    return tok.text[:1].isupper() and (tok.pos_ == "PROPN" or capitals or spans.overlaps(tok.idx, tok.idx + 1))
