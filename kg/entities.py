"""Named entities: spaCy NER plus the cleanup layer that makes its output usable.

Raw statistical NER on news is noisy: a French model reading English tags verb phrases as people,
URLs as organisations and clitics (``n’``) as persons. This module

* maps each model's labels onto PER, ORG and LOC;
* strips elision and lowercase determiners (``l’IBM`` → ``IBM``), possessives and stray punctuation;
* drops URLs, handles, hashtags, stop words, clitics and spans that contain verbs or pronouns;
* reclassifies MISC by gazetteer or by head words, and drops it otherwise;
* drops products that NER calls people or companies ("MacBook Air laptops", "web browser
  Safari", "Airbus A380"), keeping the makers the gazetteer knows ("Airbus jets");
* lets the gazetteer (data in ``ontologies/gazetteer``) correct types and add Wikidata QIDs;
* merges the mentions of one entity within a document, recording why.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.doccache import doc_text
from kg.events import is_reporting_verb
from kg import institutions as inst
from kg.gazetteer import Gazetteer, GazetteerRecord, default_gazetteer, normalise_name
from kg.ingest import slugify
from kg.names import LEADING_THE as _LEADING_THE
from kg.names import TITLE_PREFIX as _TITLE_PREFIX
from kg.names import name_part, title_start
from kg.types import Entity, EntityLabel, EntityMention
from kg.knowledge.words import word_set, word_sets

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

LABEL_MAP: dict[str, EntityLabel | None] = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "MISC": None,  # decided by _reclassify_misc
}

_ELISION = re.compile(r"^(?:(?:[ldjmnstc]|qu|lorsqu|puisqu|jusqu|presqu)['’]\s*)+", re.I)
# French determiners are not part of names. English "the" is kept in the mention (OntoNotes and
# MEANTIME include it: "the United States"); names are compared without it (normalise_name).
_LOWER_DETERMINER = re.compile(r"^(?:(?:le|la|les|un|une|des|du|de|au|aux|a|an)\s+)+")
# A final full stop belongs to an abbreviation ("Ltd.", "Corp.", "U.S.", "N.V."), not to the name's sentence.
_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]|\b(?:Inc|Corp|Co|Ltd|Bros|Jr|Sr|St|Mr|Mrs|Dr|Gen|Gov|Sen|Rep|Ave|Av|Mt|Ste|Cie|Dept)|[A-Z]\.[A-Z])\.$")
_POSSESSIVE = re.compile(r"['’]s$")
_EDGE_JUNK = " \t\r\n\"'“”«»‘’()[]{}<>,;:.!?-–—…*_/|\u00a0\u202f\u200b\u00ad"
_URLISH = re.compile(r"(https?:|www\.|://|\.(?:com|org|net|fr|co|io|gov|edu)\b|@|#|\w+/\w+)", re.I)
_CLITIC = re.compile(r"^\w{1,3}['’]$")


_BLOCKING_POS = frozenset({"VERB", "AUX", "PRON", "SCONJ"})

_ARTICLE_ONLY = re.compile(r"(?:the|le|la|les|l['’])\s*", re.I)
_ROMAN_NUMERAL = re.compile(r"^[IVXLC]+$")
# Nationality nouns ("les Suisses", "80 000 Français", "l'Américain", "un Neuchâtelois") name
# people, not places. Plural after a plural determiner or a number; singular after a determiner.
_PLURAL_DETERMINER = re.compile(r"(?:\b(?:les|des|aux|ces|nos|vos|leurs|deux|trois|plusieurs|autres)\s+|\d\s+)$", re.I)
_SINGULAR_DETERMINER = re.compile(r"(?:\b(?:le|la|un|une|ce|cet|cette|du|au)\s+|\bl['’])$", re.I)
# Endings that, in the plural, almost only nationality nouns have (Suédois, Anglais, Italiens,
# Africains, Espagnols). Place names such as "les Vosges", "les Grisons", "les Landes" or "les
# Balkans" end otherwise; a demonym with another ending is found in ontologies/demonyms.tsv.
_DEMONYM_ENDING = re.compile(r"(?:ais|aise|ois|oise|ien|ienne|ain|aine|ol|ole)$", re.I)
# Singular place names ending in -ais are common (le Valais, le Beaujolais): only -ois/-oise after
# "le"/"la"/"un"... ("le Neuchâtelois", "une Vaudoise") counts without the table.
_SINGULAR_DEMONYM_ENDING = re.compile(r"\w\w(?:ois|oise)$")


def is_generic_or_demonym(text: str, start: int, end: int) -> bool:
    """True for spans that look like names but denote no single entity: a bare generic institution
    noun, a Roman numeral, or a nationality noun after a determiner or number ("les Suisses")."""
    surface = text[start:end]
    if " " in surface:
        return False
    if surface.casefold() in word_set("xx", "generic_institution_nouns") or _ROMAN_NUMERAL.match(surface):
        return True
    before = text[max(0, start - 20) : start]
    known = inst.norm(surface) in inst.tables().demonyms["fr"]
    if surface.endswith(("s", "x")) and _PLURAL_DETERMINER.search(before):
        if known or surface.endswith(("ais", "ois")) or _DEMONYM_ENDING.search(surface[:-1]):
            return not _is_known_place(surface)
    if _SINGULAR_DETERMINER.search(before):
        if _SINGULAR_DEMONYM_ENDING.search(surface) and not before.rstrip().endswith(("l'", "l’")):
            return not _is_known_place(surface)
        return known and not _is_known_place(surface)
    return False


def _is_known_place(surface: str) -> bool:
    return any(r.type == "LOC" for r in default_gazetteer().lookup(surface))


@dataclass(frozen=True)
class Candidate:
    """A mention before overlap resolution."""

    start: int
    end: int
    label: EntityLabel
    extractor: str
    record: GazetteerRecord | None = None
    # An institution named by a nationality adjective (kg.institutions).
    institution: inst.Institution | None = None


def clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``text[start:end]`` to the name itself: no elision, lowercase determiner, possessive or edge punctuation."""
    changed = True
    while changed and start < end:
        changed = False
        piece = text[start:end]
        stripped = piece.lstrip(_EDGE_JUNK)
        if len(stripped) != len(piece):
            start += len(piece) - len(stripped)
            changed = True
            continue
        stripped = piece.rstrip(_EDGE_JUNK)
        kept = piece[: len(stripped) + 1]
        if kept.endswith(".") and _ABBREVIATION_END.search(kept):
            stripped = kept
        if len(stripped) != len(piece):
            end -= len(piece) - len(stripped)
            changed = True
            continue
        for pattern in (_ELISION, _LOWER_DETERMINER):
            match = pattern.match(piece)
            if match and match.end() < len(piece):
                start += match.end()
                changed = True
                break
        if changed:
            continue
        match = _POSSESSIVE.search(piece)
        if match and match.start() > 0:
            end -= len(piece) - match.start()
            changed = True
    return start, end


def _title_complement(surface: str) -> bool:
    """True when what follows a title is its complement, not a name ("président de la République",
    "ministre des Finances", "President of France"); "général de Gaulle" is a name."""
    name = name_part(surface)
    return name != surface and _COMPLEMENT.match(name) is not None


_COMPLEMENT = re.compile(r"^(?:du|des|de\s+la|de\s+l['’]|d['’]|of)\b", re.I)


def is_plausible_name(surface: str, *, stop_words: Iterable[str] = ()) -> bool:
    """Reject surface forms that cannot be names: URLs, handles, clitics, stop words, lowercase text.
    English mentions keep "the" ("the United States"); the name after it is what is checked."""
    if " " in surface and _LEADING_THE.match(surface):
        surface = _LEADING_THE.sub("", surface)
    if len(surface) < 2 or not any(ch.isalpha() for ch in surface):
        return False
    if _URLISH.search(surface) or _CLITIC.match(surface):
        return False
    if surface.lower() in stop_words:
        return False
    return surface[0].isupper() or surface[0].isdigit() or any(ch.isupper() for ch in surface[:3])


def _plausible_person(surface: str) -> bool:
    words = name_part(surface).split()
    if not 1 <= len(words) <= 5:
        return False
    return all(w[0].isupper() or w.lower() in word_set("xx", "name_particles") or not w[0].isalpha() or _ELIDED_PARTICLE.match(w) for w in words)


# "Jeanne d'Arc", "Barbey d'Aurevilly", "Valéry Giscard d'Estaing".
_ELIDED_PARTICLE = re.compile(r"^d['’][A-ZÀ-Þ]")


def _reclassify_misc(surface: str) -> EntityLabel | None:
    words = [w.lower() for w in re.findall(r"[\w.]+", surface)]
    if any(w in word_set("xx", "organisation_cues") for w in words):
        return "ORG"
    if any(w in word_set("xx", "place_cues") for w in words):
        return "LOC"
    return None


def is_title_only(surface: str) -> bool:
    """True for a span made only of titles ("M.", "Mme", "M. le président"): no name, no entity. A
    single full title word may be a name in its own right (the singer Prince)."""
    surface = _LOWER_DETERMINER.sub("", surface)
    match = _TITLE_PREFIX.match(surface)
    if match is None or surface[match.end() :].strip(_EDGE_JUNK):
        return False
    return " " in surface.strip() or surface.endswith(".") or len(surface) <= 4


def _name_start(surface: str, label: EntityLabel | None, lang: str) -> int | None:
    """Offset in ``surface`` (which starts with a lower-case word) where the mention begins.

    A person's title and a place's head noun ("général de Gaulle", "lac de Neuchâtel") belong to
    the mention, and so does English "the"; any other lower-case lead-in ("hôpital de Dreux",
    "ancien juge Bâschlin") is no part of the name, which starts at the first capitalised word.
    """
    if _LEADING_THE.match(surface):
        return 0
    if label == "PER" and _TITLE_PREFIX.match(surface):
        return 0
    head = surface.split(None, 1)[0].casefold()
    if lang == "fr" and ((label == "LOC" and head in word_set("xx", "place_heads")) or (label == "ORG" and head in word_set("fr", "organisation_heads"))):
        return 0
    return _first_capital(surface, camel_case=True)


def _first_capital(surface: str, *, camel_case: bool = False) -> int | None:
    """Offset of the first word of ``surface`` that starts with a capital (or, with ``camel_case``,
    has one after a lower-case start: "iTunes"), if any."""
    for match in _WORD_START.finditer(surface):
        at = match.start()
        if surface[at].isupper() or (camel_case and _CAMEL_CASE.match(surface, at)):
            return at
    return None


_WORD_START = re.compile(r"(?:^|(?<=[\s'’(-]))\w")
# A word with a capital after a lower-case start is a name however it begins ("iTunes", "eBay").
_CAMEL_CASE = re.compile(r"[a-z]{1,2}[A-Z]")
# "i" before a capitalised stem is how products are named (iPod, iPhone, iTunes, iOS), not companies.
_PRODUCT_PREFIX = re.compile(r"^i[A-Z]")


def _capitalised(surface: str) -> str:
    """``surface`` from its first capitalised word on (the name after a place's head noun)."""
    if not surface[:1].islower():
        return surface
    at = _first_capital(surface)
    return surface if at is None else surface[at:]


def ner_candidates(doc: Doc, *, lang: str, model: str) -> Iterator[Candidate]:
    """Cleaned-up NER spans of one segment ``doc``, in the doc's own character offsets."""
    stop_words = _stop_words(doc.lang_)
    text = doc_text(doc)
    for ent in doc.ents:
        if ent.label_ not in LABEL_MAP:
            continue
        if any(tok.pos_ in _BLOCKING_POS and tok.is_lower for tok in ent):
            continue
        start, end = clean_span(text, ent.start_char, ent.end_char)
        if start < end and text[start].islower():
            offset = _name_start(text[start:end], LABEL_MAP[ent.label_], lang)
            if offset is None:
                continue
            start, end = clean_span(text, start + offset, end)
        surface = text[start:end]
        if not surface or is_title_only(surface):
            continue
        if not is_plausible_name(_capitalised(name_part(surface)), stop_words=stop_words) or is_generic_or_demonym(
            text, start, end
        ):
            continue
        label = LABEL_MAP[ent.label_] or _reclassify_misc(surface)
        if label is None:
            continue
        if _PRODUCT_PREFIX.match(name_part(surface)) or _measure_or_currency(text, start, end):
            continue
        if label == "PER" and surface.split()[-1].casefold() in word_set("xx", "company_heads"):
            label = "ORG"  # "Douglas Aircraft", "Delta Air Lines": a company named after a person
        if label == "PER" and (not _plausible_person(surface) or _common_word(ent, start, end) or _title_complement(surface)):
            continue
        if len(surface.split()) > 8 or (lang == "en" and _names_event(surface)):
            continue
        yield Candidate(start, end, label, f"spacy:{model}:{ent.label_}")


def _names_event(surface: str) -> bool:
    words = surface.split()
    return len(words) > 1 and words[-1].casefold() in word_set("en", "event_name_heads") and words[-1][0].isupper()


_DIMENSIONS = re.compile(r"\d+(?:\s*[x×]\s*\d+)+")


def _measure_or_currency(text: str, start: int, end: int) -> bool:
    """A unit written against its number ("30GB", "5km"), a screen size ("320x240") or a currency
    code ("USD"): no entity."""
    surface = text[start:end]
    return (start > 0 and text[start - 1].isdigit()) or surface in word_set("xx", "currency_codes") or bool(_DIMENSIONS.fullmatch(surface))


def _common_word(ent: SpacySpan, start: int, end: int) -> bool:
    """True for one capitalised word inside a sentence that the tagger reads as a common noun or
    adjective ("l'Habitude", "« Parole et Musique »", "un ami Intime"): a heading, a title or a
    capitalised word, not a person's name. Sentence-initial words are left alone, since the tagger
    has no capital to go by there."""
    tokens = [tok for tok in ent if tok.idx < end and start < tok.idx + len(tok)]
    if len(tokens) != 1:
        return False
    tok = tokens[0]
    return tok.pos_ in _COMMON_POS and not tok.is_sent_start and not tok.is_upper


_COMMON_POS = frozenset({"NOUN", "ADJ"})


@lru_cache(maxsize=4)
def _stop_words(lang: str) -> frozenset[str]:
    from spacy.util import get_lang_class

    try:
        return frozenset(get_lang_class(lang).Defaults.stop_words)
    except Exception:  # an unknown language code simply has no stop list
        return frozenset()


class GazetteerMatcher:
    """Finds gazetteer names in a spaCy Doc: acronyms case-sensitively, other names case-insensitively
    but only where the text is capitalised as a name."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        from spacy.matcher import PhraseMatcher

        vocab = nlp.vocab
        self.gazetteer = gazetteer
        self._exact: PhraseMatcher = PhraseMatcher(vocab, attr="ORTH")
        self._folded: PhraseMatcher = PhraseMatcher(vocab, attr="LOWER")
        self._records: dict[str, list[GazetteerRecord]] = defaultdict(list)
        exact: dict[str, str] = {}
        folded: dict[str, str] = {}
        for form, record in gazetteer.surface_forms():
            form = form.strip()
            if len(form) < 2:
                continue
            key = _form_key(form)
            if record not in self._records[key]:
                self._records[key].append(record)
            # Acronyms and very short names only match with their exact capitalisation.
            words = re.split(r"[\s\-]+", form)
            target = exact if any(w.isupper() and len(w) > 1 for w in words) or len(form) <= 3 else folded
            target.setdefault(key, form)
        for target, matcher in ((exact, self._exact), (folded, self._folded)):
            keys = list(target)
            for key, pattern in zip(keys, nlp.tokenizer.pipe(target[k] for k in keys)):
                matcher.add(key, [pattern])

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        strings = doc.vocab.strings
        for matcher, folded in ((self._exact, False), (self._folded, True)):
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                if folded and not (span[0].is_title or span[0].is_upper or span[0].text[:1].isupper()):
                    continue
                records = self._records.get(strings[match_id], [])
                record = _pick_record(records, span.text)
                if record is None:
                    continue
                yield Candidate(span.start_char, span.end_char, record.type, "gazetteer", record)  # type: ignore[arg-type]


def _form_key(form: str) -> str:
    return "gz:" + form.casefold()


def _pick_record(records: Sequence[GazetteerRecord], surface: str) -> GazetteerRecord | None:
    if not records:
        return None
    # Several records can share a name (Georgia the country and the state); prefer the one whose
    # own label is this name, then one with a QID, then the first in file order.
    norm = normalise_name(surface)
    ranked = sorted(
        records,
        key=lambda r: (
            normalise_name(r.label_en) != norm and normalise_name(r.label_fr) != norm,
            r.qid is None,
        ),
    )
    return ranked[0]


_MATCHERS: dict[tuple[int, int], GazetteerMatcher] = {}


def gazetteer_matcher(nlp: Language, gazetteer: Gazetteer) -> GazetteerMatcher:
    """The matcher for one pipeline and gazetteer, built once (pattern building tokenises every name)."""
    key = (id(nlp), id(gazetteer))
    if key not in _MATCHERS:
        _MATCHERS[key] = GazetteerMatcher(nlp, gazetteer)
    return _MATCHERS[key]


def resolve_overlaps(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep a set of non-overlapping candidates, longest first; on an identical span the gazetteer
    decides the type (it knows that Axios is a news organisation, not a person)."""
    by_span: dict[tuple[int, int], Candidate] = {}
    for cand in candidates:
        key = (cand.start, cand.end)
        current = by_span.get(key)
        if current is None or (cand.record is not None and current.record is None):
            by_span[key] = cand
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(by_span.values(), key=lambda c: (-(c.end - c.start), c.record is None, c.start)):
        if any(cand.start < b and a < cand.end for a, b in taken):
            continue
        chosen.append(cand)
        taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


def entity_mentions_from_doc(
    doc: Doc,
    *,
    nlp: Language,
    lang: str,
    model: str,
    gazetteer: Gazetteer,
    offset: int = 0,
) -> list[EntityMention]:
    """Clean entity mentions of one segment ``doc``; offsets are shifted by ``offset`` into document
    coordinates."""
    matcher = gazetteer_matcher(nlp, gazetteer)
    text = doc_text(doc)
    found = _without_products(
        [c for c in (*ner_candidates(doc, lang=lang, model=model), *matcher(doc)) if not _names_product(c, text)],
        doc,
        text,
        lang=lang,
        gazetteer=gazetteer,
    )
    if lang == "en":
        found = [_with_article(c, doc, text) for c in _without_event_names(found, doc)]
    candidates = resolve_overlaps(_with_title(c, text, lang) for c in found)
    candidates = with_institutions(candidates, inst.institutions_from_doc(doc, lang=lang, gazetteer=gazetteer), text)
    mentions = []
    for cand in candidates:
        if cand.institution is not None:
            mentions.append(_institution_mention(cand.institution, text, lang=lang, offset=offset))
            continue
        surface = text[cand.start : cand.end]
        name = name_part(surface)
        # A title marks a person: "Mlle Chanel" is not the fashion house.
        record = cand.record or _exact_record(gazetteer, name, cand.label, same_type=name != surface and cand.label == "PER")
        label = record.type if record is not None else cand.label
        mentions.append(
            EntityMention(
                start=cand.start + offset,
                end=cand.end + offset,
                text=text[cand.start : cand.end],
                label=label,  # type: ignore[arg-type]
                extractor=cand.extractor if cand.record is not None or record is None else cand.extractor + "+gazetteer",
                lang=lang,
                qid=record.qid if record else None,
                canonical=record.id if record else None,
            )
        )
    return mentions


# A maker's name followed by a model designation ("Airbus A380", "Boeing 787", "737-800s") is part
# of a product's name, not a mention of the company. Single digits and years are no models
# ("France 2", "Europe 1", "Apple 2011 results").
_MODEL_AFTER = re.compile(r"\s+(?:[A-Z]{1,3}-?\d{2,4}[A-Za-z]{0,2}|\d{3}(?:-\d{1,4})?s?)\b")
_MODEL_INSIDE = re.compile(r"\s(?:[A-Z]{1,3}-?\d{2,4}[A-Za-z]{0,2}|\d{3}(?:-\d{1,4})?s?)$")


def _names_product(cand: Candidate, text: str) -> bool:
    if cand.label != "ORG":
        return False
    return bool(_MODEL_AFTER.match(text, cand.end) or _MODEL_INSIDE.search(text, cand.start, cand.end))


# --- products named like companies or people -------------------------------------------------------
#
# NER tags a product ("MacBook Air laptops", "web browser Safari", "Lion, the new version of the
# operating system") as a person or an organisation. A product is none of PER, ORG or LOC, and as a
# node it would give the graph a person called Safari. The cues are the common nouns around the name.

# A name before "users" names what they use ("Macintosh users"); "Boeing employees" stays a company.
_PRODUCT_USERS = frozenset({"user"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})


def _kind_keys(nouns: Sequence[Token] | SpacySpan, lang: str) -> set[str]:
    """What a run of lower-case nouns (and French "de" complements) names: the head's lemma (the
    last noun in English, the first in French) and the two-word key around it ("operating
    system", "système d'exploitation", "code name")."""
    lemmas = [t.lemma_.lower() if t.pos_ == "NOUN" else t.lower_ for t in nouns]
    if lang == "fr":
        return {lemmas[0], " ".join(lemmas[:3]).replace("' ", "'"), " ".join(lemmas[:2])}
    keys = {lemmas[-1], nouns[-1].lower_}
    if len(nouns) > 1:
        keys.add(f"{nouns[-2].lower_} {lemmas[-1]}")
    return keys


def _is_common_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.is_lower and tok.is_alpha


def _part_of_name(tok: Token) -> bool:
    """A token that continues a product's name after the maker or first word: "Air", "OS", "X",
    "Trent", "900", "iPod"."""
    return not tok.is_punct and (tok.text[:1].isupper() or tok.like_num or bool(_CAMEL_CASE.match(tok.text)))


def _product_noun_after(span: SpacySpan, *, known: bool, person: bool) -> int:
    """English: 2 when the rest of a model name comes between the name and a product noun ("Mac OS X
    operating system", "Rolls-Royce Trent 900 engines", "Apple Macintosh computers", as "Airbus
    A380"); 1 when the name itself modifies the noun ("MacBook Air laptops", "Macintosh users"),
    which a maker also does ("Lenovo laptops"); 0 otherwise. A maker the gazetteer knows, directly
    before the noun, is the maker ("Airbus jets"), and so is a name with a company suffix ("Apple
    Inc. computers"). Before a person's name "version" is a rendering ("the Michael Jackson
    version"): only kinds of product count there."""
    doc = span.doc
    i = span.end
    while i < len(doc) and _part_of_name(doc[i]):
        i += 1
    if (known and i == span.end) or any(t.lower_ in word_set("xx", "company_heads") for t in doc[span.start : i]):
        return 0
    j = i
    while j < len(doc) and _is_common_noun(doc[j]):
        j += 1
    if j == i or span.root.head.i not in range(span.end, j):
        return 0
    kinds = word_sets("product_kinds")["en"] if person else word_sets("product_kinds")["en"] | word_sets("product_descriptors")["en"] | _PRODUCT_USERS
    if not _kind_keys(doc[i:j], "en") & kinds:
        return 0
    return 2 if i > span.end else 1


def _product_noun_before(span: SpacySpan, lang: str) -> bool:
    """The name follows a noun naming a kind of product ("web browser Safari", "operating system Mac
    OSX", "le navigateur Safari", "le système d'exploitation Windows"). A name that is the subject
    of its own verb, unattached to the noun, is not named by it ("the car Smith bought")."""
    doc = span.doc
    i = span.start
    if i == 0 or not _is_common_noun(doc[i - 1]):
        return False
    first = i - 1
    while first > 0 and (_is_common_noun(doc[first - 1]) or (lang == "fr" and doc[first - 1].lower_ in {"de", "d'", "d’"})):
        first -= 1
    while not _is_common_noun(doc[first]):
        first += 1
    nouns = doc[first:i]
    attached = span.root.head.i in range(first, i) or any(t.head.i in range(span.start, span.end) for t in nouns)
    if not attached and span.root.dep_ in _SUBJECT_DEPS:
        return False
    return bool(_kind_keys(nouns, lang) & word_sets("product_kinds")[lang])


def _product_in_apposition(span: SpacySpan, lang: str) -> bool:
    """The name is in apposition with a description of a product ("Lion, the new version of ...",
    "Tiger, the code name for this release", "Safari, Apple's web browser", "Lion, la nouvelle
    version de", "the new phone, the Lumia")."""
    doc = span.doc
    root = span.root
    if root.dep_ == "appos" and _is_common_noun(root.head) and root.head.i < span.start:
        # The other way round: "the new phone, the Lumia, ...".
        return bool(_kind_keys([root.head], lang) & (word_sets("product_kinds")[lang] - word_set("xx", "metaphor_kinds")))
    i = span.end
    if i >= len(doc) or doc[i].text != ",":
        return False
    i += 1
    stop = min(len(doc), i + 6)
    while i < stop and not _is_common_noun(doc[i]):
        tok = doc[i]
        if not (tok.lower_ in word_set("xx", "determiners") or tok.pos_ in {"DET", "ADJ", "PROPN", "PART", "NUM"}):
            return False
        i += 1
    j = i
    while j < len(doc) and (_is_common_noun(doc[j]) or (lang == "fr" and j > i and doc[j].lower_ in {"de", "d'", "d’"})):
        j += 1
    if j == i:
        return False
    return bool(_kind_keys(doc[i:j], lang) & ((word_sets("product_kinds")[lang] - word_set("xx", "metaphor_kinds")) | word_sets("product_descriptors")[lang]))


def _device_with_article(span: SpacySpan) -> bool:
    """English: "the" before a one-word name written in camel case and heading its own phrase ("the
    MacBook", "the PowerBook", "the PlayStation"). Such names are brands; a company's takes no
    article ("PayPal said"), but a device, a count noun, does. "the AirTran flight" is no case:
    there "the" determines "flight"."""
    if len(span) == 2 and span[0].lower_ == "the":
        span = span[1:]
    if len(span) != 1 or span.start == 0 or span.doc[span.start - 1].lower_ != "the":
        return False
    tok = span[0]
    following = span.doc[tok.i + 1] if tok.i + 1 < len(span.doc) else None
    if following is not None and (following.pos_ in {"NOUN", "PROPN"} or following.text in {"'s", "’s"}):
        return False
    return bool(_INNER_CAPITAL.search(tok.text))


# A capital after lower-case letters inside one word ("MacBook", "PowerBook"), not "McDonald".
_INNER_CAPITAL = re.compile(r"^[A-Z][a-z]{2,}[A-Z][a-z]")


def _inside_product_name(span: SpacySpan) -> bool:
    """The name continues or is listed with an "i" product ("iPhone SDK", "iTunes Music Store", "the
    iPod Classic, Nano and Shuffle")."""
    doc = span.doc
    i = span.start
    while i > 0 and _part_of_name(doc[i - 1]):
        i -= 1
        if _PRODUCT_PREFIX.match(doc[i].text):
            return True
    root = span.root
    if root.dep_ == "conj":
        head = root.head
        return any(_PRODUCT_PREFIX.match(t.text) for t in (head, *head.lefts))
    return False


def _speaks(span: SpacySpan, lang: str) -> bool:
    """The name, or the noun phrase it names, is the subject of a verb of saying: a product says
    nothing, so "the messaging app Telegram said" and "le moteur de recherche Qwant a annoncé" name
    companies."""
    tok = span.root
    for _ in range(4):  # up through the noun phrase: "Qwant" -> "recherche" -> "moteur"
        if tok.dep_ == "nsubj":  # an active subject: a passive one does not say anything
            return is_reporting_verb(tok.head, lang)
        if tok.dep_ not in _PHRASE_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# Dependencies that keep a token inside the noun phrase of its head.
_PHRASE_DEPS = frozenset({"appos", "nmod", "compound", "flat", "flat:name", "amod", "nn", "npadvmod"})


def product_evidence(cand: Candidate, doc: Doc, lang: str, *, known: bool) -> int:
    """How surely the words around ``cand`` make it a product rather than a person, company or
    place: 2 (a product, and so is the same name elsewhere in the segment), 1 (a product unless the
    name acts as an organisation elsewhere: "McDonnell Douglas jets"), 0 (no cue).

    ``known`` says the gazetteer knows the name: a known company or place is a maker or a
    location, except when a model name follows it before the product noun."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0
    after = _product_noun_after(span, known=known, person=cand.label == "PER") if lang == "en" and cand.label != "LOC" else 0
    if after or known:
        evidence = after
    else:
        strong = (
            _product_noun_before(span, lang)
            or _product_in_apposition(span, lang)
            or _inside_product_name(span)
            or (lang == "en" and _device_with_article(span))
        )
        evidence = 2 if strong else 0
    return 0 if evidence and _speaks(span, lang) else evidence


def _acts_as_organisation(cand: Candidate, doc: Doc) -> bool:
    """True when the mention is used as a company is: subject of a verb or owner ("Lenovo said",
    "Lenovo's chief"), agent ("made by Lenovo", "par Lenovo") or coordinated with another name
    ("Douglas Aircraft and McDonnell Douglas"). Products take an article ("the new MacBook Air
    uses", "the SDK will allow"), companies seldom do."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    before = span.start - 1
    while before >= 0 and doc[before].pos_ == "ADJ":
        before -= 1
    root = span.root
    if (before >= 0 and doc[before].lower_ in word_set("xx", "determiners")) or any(c.dep_ == "det" for c in root.children):
        return False
    if root.dep_ in _SUBJECT_DEPS or root.dep_ == "poss":
        return True
    if root.head.lower_ in {"by", "par"} and root.dep_ in {"pobj", "obl:agent", "nmod", "obl"}:
        return True
    return (root.dep_ == "conj" and root.head.pos_ == "PROPN") or any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in root.children)


def _without_products(found: list[Candidate], doc: Doc, text: str, *, lang: str, gazetteer: Gazetteer) -> list[Candidate]:
    """``found`` less the products (:func:`product_evidence`) and, within the segment, the other
    mentions of a product's name that the gazetteer does not know ("the Mac" once "Mac OS X
    operating system" showed what Mac is). A name that elsewhere acts as an organisation stays
    one, and so do its mentions before a product noun ("McDonnell Douglas jets")."""
    products: set[str] = set()
    flagged: list[tuple[Candidate, str, int]] = []
    kept: list[tuple[Candidate, str, bool]] = []
    for cand in found:
        name = name_part(text[cand.start : cand.end])
        known = cand.record is not None or bool(gazetteer.lookup(name))
        evidence = product_evidence(cand, doc, lang, known=known)
        norm = normalise_name(name)
        if evidence:
            flagged.append((cand, norm, evidence))
            if not known:
                products.add(norm)
        else:
            kept.append((cand, norm, known))
    actors = {norm for cand, norm, _ in kept if _acts_as_organisation(cand, doc)}
    out = [cand for cand, norm, known in kept if known or norm not in products or norm in actors]
    out += [cand for cand, norm, evidence in flagged if evidence == 1 and norm in actors]
    return sorted(out, key=lambda c: c.start)


def _without_event_names(found: list[Candidate], doc: Doc) -> list[Candidate]:
    """``found`` less the names inside the name of an event ("Paris" in "Paris Air Show").

    A name used as a noun modifier ("Apple CEO Steve Jobs", "Boeing employees") stays a mention,
    although MEANTIME scores it apart (PRE.NAM): the graph needs the organisation of a role and the
    company whose employees act."""
    dropped = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "EVENT" or _names_event(e.text)]
    if not dropped:
        return found
    return [c for c in found if not any(a <= c.start and c.end <= b for a, b in dropped)]


_THE_BEFORE = re.compile(r"(?<!\w)[Tt]he\s+$")
_POSSESSIVE_AFTER = re.compile(r"\s?['’]s\b")
_LEADING_THE_SPACE = re.compile(r"[Tt]he\s+")


def _with_article(cand: Candidate, doc: Doc, text: str) -> Candidate:
    """Include an English "the" that determines the name itself ("the United States", "the
    Pentagon"), not one that determines a noun the name modifies ("the Airbus website") nor a
    descriptive phrase headed by a common noun ("the British parliament"). Before a possessive
    "'s" the article determines the possessed noun ("the Air Force's interests"), and a leading
    "the" that NER took in is dropped."""
    if _POSSESSIVE_AFTER.match(text, cand.end):
        lead = _LEADING_THE_SPACE.match(text, cand.start, cand.end)
        return replace(cand, start=lead.end()) if lead and lead.end() < cand.end else cand
    match = _THE_BEFORE.search(text, max(0, cand.start - 5), cand.start)
    if match is None:
        return cand
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return cand
    article = doc[span.start - 1]
    root = span.root
    if article.lower_ != "the" or not span.start <= article.head.i < span.end or root.dep_ == "compound" or root.is_lower:
        return cand
    return replace(cand, start=match.start())


def _with_title(cand: Candidate, text: str, lang: str) -> Candidate:
    if cand.label != "PER":
        return cand
    start = title_start(text, cand.start, lang)
    return cand if start == cand.start else replace(cand, start=start)


def with_institutions(
    candidates: Sequence[Candidate], found: Iterable[inst.Institution], text: str = ""
) -> list[Candidate]:
    """Add institution phrases ("gouvernement américain") to non-overlapping candidates.

    A gazetteer name or a longer NER name that already covers the phrase is kept (the gazetteer's
    "Congrès américain"); an NER span equal to the phrase, or a name inside it (the country in
    "the US government"), gives way to the institution; so does an NER span that only adds "the".
    """
    out = list(candidates)
    for found_inst in found:
        a, b = found_inst.start, found_inst.end
        overlapping = [c for c in out if c.start < b and a < c.end]
        if any(c.record is not None and not (a <= c.start and c.end <= b and (c.end - c.start) < (b - a)) for c in overlapping):
            continue  # the gazetteer already names it (or names something across it)
        if any(
            c.start <= a and b <= c.end and (c.end - c.start) > (b - a) and not (c.end == b and _ARTICLE_ONLY.fullmatch(text[c.start : a]))
            for c in overlapping
        ):
            continue  # a longer NER name covers it ("French Army Museum")
        out = [c for c in out if c not in overlapping]
        out.append(Candidate(a, b, "ORG", "demonym", found_inst.record, found_inst))
    return sorted(out, key=lambda c: c.start)


def _institution_mention(found: inst.Institution, text: str, *, lang: str, offset: int) -> EntityMention:
    record = found.record
    return EntityMention(
        start=found.start + offset,
        end=found.end + offset,
        text=text[found.start : found.end],
        label="ORG",
        extractor="demonym+gazetteer" if record is not None else "demonym",
        lang=lang,
        qid=record.qid if record is not None else None,
        canonical=record.id if record is not None else None,
        institution=None if record is not None else found.key,
        location_qid=found.qid,
    )


def _exact_record(gazetteer: Gazetteer, surface: str, label: EntityLabel, *, same_type: bool = False) -> GazetteerRecord | None:
    records = gazetteer.lookup(surface)
    typed = [r for r in records if r.type == label]
    if same_type:
        records = typed
    return _pick_record(typed or records, surface) if records else None


# --- merging within a document ---------------------------------------------------------------------


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


def _initials(surface: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", surface) if w and w[0].isupper()]
    return "".join(w[0] for w in words)


def _surnames_as_people(mentions: Sequence[EntityMention]) -> Sequence[EntityMention]:
    """A one-word name tagged ORG or LOC that is the surname of exactly one person named in full in
    the document is that person ("Steve Jobs ... Jobs said"): the model, seeing the surname alone,
    often takes it for a company. Gazetteer names keep their type."""
    surnames: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label == "PER":
            words = normalise_name(name_part(m.text)).split()
            if len(words) > 1:
                surnames[words[-1]].add(" ".join(words))
    if not surnames:
        return mentions
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.label == "PER" or m.canonical or m.institution or " " in m.text.strip() or not m.text[:1].isupper():
            continue
        if len(surnames.get(normalise_name(m.text), ())) == 1:
            out[i] = replace(m, label="PER")
    return out


def with_surnames(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """``mentions`` plus the bare surnames of the people named in full that NER missed ("Steve Jobs
    ... Jobs welcomed everyone"): a capitalised word equal to the surname of exactly one person of
    the document, outside every mention and not followed by another capitalised word. English
    only: French text (HIPE) names people by title and surname ("M. Dupont"), which NER finds."""
    owners: dict[str, set[str]] = defaultdict(set)
    langs: dict[str, str] = {}
    for m in mentions:
        if m.label != "PER" or m.lang != "en":
            continue
        words = name_part(m.text).split()
        if len(words) > 1 and len(words[-1]) > 2 and words[-1].isalpha() and words[-1][0].isupper():
            owners[words[-1]].add(" ".join(words))
            langs.setdefault(words[-1], m.lang)
    surnames = sorted((w for w, names in owners.items() if len(names) == 1), key=len, reverse=True)
    if not surnames:
        return list(mentions)
    pattern = re.compile(rf"(?<![\w.'’-])(?:{'|'.join(map(re.escape, surnames))})(?![\w'’-])(?!\s+[A-Z])")
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in spans]
    added = []
    for match in pattern.finditer(text):
        a, b = match.span()
        i = bisect_right(starts, a)
        if (i > 0 and spans[i - 1][1] > a) or (i < len(spans) and spans[i][0] < b):
            continue
        added.append(EntityMention(a, b, match.group(), "PER", "surname", langs[match.group()]))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else list(mentions)


def merge_mentions(
    mentions: Sequence[EntityMention],
    *,
    gazetteer: Gazetteer,
    lang: str,
) -> list[Entity]:
    """Group the mentions of a document into entities.

    Rules, each recorded as merge evidence: same gazetteer record; same normalised name; a person's
    partial name that ends a longer name of exactly one person (``Krishna`` → ``Arvind Krishna``);
    an acronym made of the initials of exactly one longer name.
    """
    mentions = _surnames_as_people(mentions)
    n = len(mentions)
    uf = _UnionFind(n)
    evidence: dict[int, list[str]] = defaultdict(list)

    def join(i: int, j: int, why: str) -> None:
        if uf.union(i, j):
            evidence[i].append(why)

    norms = [normalise_name(name_part(m.text)) for m in mentions]
    first_by_key: dict[str, int] = {}
    for i, m in enumerate(mentions):
        key = f"gz:{m.canonical}" if m.canonical else f"inst:{m.institution}" if m.institution else f"name:{norms[i]}"
        if key in first_by_key:
            j = first_by_key[key]
            if m.institution and not m.canonical:
                label = inst.institution_label(m.institution, gazetteer) or m.institution
                join(j, i, f"demonym: '{mentions[j].text}' = {label}")
                evidence[uf.find(j)].append(f"demonym: '{m.text}' = {label}")
                continue
            rule = "same gazetteer record" if m.canonical else "same normalised name"
            join(j, i, f"{rule}: '{mentions[j].text}' = '{m.text}'")
        else:
            first_by_key[key] = i
    # An institution named by a demonym is the one named in full ("Government of the United States").
    for i, m in enumerate(mentions):
        if not m.institution or m.canonical:
            continue
        label = inst.institution_label(m.institution, gazetteer) or m.institution
        for j, other in enumerate(mentions):
            if j != i and not other.institution and not other.canonical and other.label == "ORG" and norms[j] == normalise_name(label):
                join(i, j, f"demonym: '{m.text}' = {label}")
    # Partial person names: only when exactly one longer person name ends with them.
    people = [i for i, m in enumerate(mentions) if m.label == "PER"]
    full_names = {norms[i]: i for i in people if len(norms[i].split()) > 1}
    for i in people:
        words = norms[i].split()
        if len(words) != 1:
            continue
        hosts = {uf.find(j) for name, j in full_names.items() if name.split()[-1] == words[0]}
        if len(hosts) == 1:
            host = next(iter(hosts))
            join(host, i, f"partial person name: '{mentions[i].text}' ends '{mentions[host].text}'")
    # Acronyms.
    for i, m in enumerate(mentions):
        if m.label != "ORG" or not (m.text.isupper() and 2 <= len(m.text) <= 6):
            continue
        hosts = {
            uf.find(j)
            for j, other in enumerate(mentions)
            if j != i and other.label == "ORG" and len(other.text.split()) > 1 and _initials(other.text) == m.text
        }
        if len(hosts) == 1:
            host = next(iter(hosts))
            join(host, i, f"acronym: '{m.text}' = initials of '{mentions[host].text}'")

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)
    entities = []
    for root, members in groups.items():
        group = [mentions[i] for i in members]
        why = tuple(dict.fromkeys(e for i in members for e in evidence.get(i, [])))
        entities.append(_make_entity(group, gazetteer=gazetteer, lang=lang, evidence=why))
    entities.sort(key=lambda e: e.mentions[0].start)
    return entities


def _make_entity(
    group: Sequence[EntityMention], *, gazetteer: Gazetteer, lang: str, evidence: tuple[str, ...]
) -> Entity:
    record = next((r for m in group if m.canonical for r in [gazetteer.by_id(m.canonical)] if r is not None), None)
    location = next((m.location_qid for m in group if m.location_qid), None)
    institution = next((m.institution for m in group if m.institution), None)
    if record is None and institution is not None:
        label = inst.institution_label(institution, gazetteer) or institution
        return Entity(key=institution, label=label, type="ORG", mentions=tuple(group), qid=None, merge_evidence=evidence, location_qid=location)
    if record is not None:
        label = record.label("en")
        etype: EntityLabel = record.type  # type: ignore[assignment]
        key = record.qid or slugify(record.id)
        qid = record.qid
    else:
        votes = Counter(m.label for m in group)
        etype = max(votes, key=lambda lab: (votes[lab], lab == "ORG", lab == "PER"))
        forms = Counter(name_part(m.text) for m in group)
        label = max(forms, key=lambda f: (len(f.split()) if etype == "PER" else forms[f], forms[f], len(f)))
        key = f"{etype.lower()}-{slugify(normalise_name(label))}"
        qid = None
    return Entity(key=key, label=label, type=etype, mentions=tuple(group), qid=qid, merge_evidence=evidence, location_qid=location)
