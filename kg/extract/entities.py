"""Named entities: spaCy NER plus the cleanup layer that makes its output usable.

Raw statistical NER on news is noisy: a French model reading English tags verb phrases as people,
URLs as organisations and clitics (``n’``) as persons. This module

* maps each model's labels onto PER, ORG and LOC;
* strips elision and lowercase determiners (``l’IBM`` → ``IBM``), possessives and stray punctuation;
* drops URLs, handles, hashtags, stop words, clitics and spans that contain verbs or pronouns;
* reclassifies MISC by gazetteer or by head words, and drops it otherwise;
* drops editorial furniture ("(PHOTO NOT FOR SALE)", "NDLR", section labels);
* hands "i" product names ("iPod") and MISC names to :mod:`kg.extract.products`, which types
  products PRO ("MacBook Air laptops", "web browser Safari", "Airbus A380"), keeping the makers
  the gazetteer knows ("Airbus jets");
* lets the gazetteer (data in ``ontologies/gazetteer``) correct types and add Wikidata QIDs;
* merges the mentions of one entity within a document, recording why.

This module holds the labels, the cleanup and the candidates; :mod:`kg.extract.products` types
products, :mod:`kg.extract.descriptors` types names from the words that describe them,
:mod:`kg.extract.accounts` and :mod:`kg.extract.credits` find tickers, handles and agency credits,
and :mod:`kg.extract.mentions` builds a document's mentions and merges them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, cast

from kg.extract.institutions import Institution
from kg.extract.spanindex import CandidateIndex
from kg.knowledge import institutions as inst
from kg.knowledge.gazetteer import (
    Gazetteer,
    GazetteerRecord,
    default_gazetteer,
    normalise_name,
)
from kg.knowledge.places import place_kind
from kg.knowledge.words import number_map, rows, word_map, word_maps, word_set, word_sets
from kg.nlp.doccache import doc_text
from kg.nlp.regexscan import first_char_filter
from kg.nlp.wordforms import is_dictionary_word, is_dictionary_word_in_capitals, verb_lemma
from kg.text.names import LEADING_THE as _LEADING_THE
from kg.text.names import TITLE_PREFIX as _TITLE_PREFIX
from kg.text.names import name_part, title_start
from kg.types import EntityLabel

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


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
# A name of one letter and the full stop that ends its sentence ("sur X."): the stop is the
# sentence's, since a lone initial is no name ("J. Doe" keeps its stop: the letter is not alone).
_LONE_LETTER_AT_END = re.compile(r"[A-Z]\.(?=[^\S\n]*(?:$|\n|[^\S\n][\"«“(]?[A-ZÀ-Þ]))")
_EDGE_JUNK = " \t\r\n\"'“”«»‘’()[]{}<>,;:.!?-–—…*_/|&\u00a0\u202f\u200b\u00ad"
_URLISH = re.compile(r"(https?:|www\.|://|\.(?:com|org|net|fr|co|io|gov|edu)\b|@|#|\w+/\w+)", re.I)
_CLITIC = re.compile(r"^\w{1,3}['’]$")
# A company or news site named by its domain, written as a name ("Detik.com", "Overstock.com"): a
# capitalised word before ".com" or ".net", with no scheme, "www." or path around it.
_DOMAIN_NAME = re.compile(r"(?<![\w./@#:-])[A-Z][A-Za-z0-9-]*\.(?:com|net)(?![\w./-])")


# The evidence of a MISC name that only the words around it can make a product.
UNSURE_PRODUCT = "MISC: a product only with evidence"

_BLOCKING_POS = frozenset({"VERB", "AUX", "PRON", "SCONJ"})

_ARTICLE_ONLY = re.compile(r"(?:the|le|la|les|l['’])\s*", re.I)
_ROMAN_NUMERAL = re.compile(r"^[IVXLC]+$")
# Nationality nouns ("les Suisses", "80 000 Français", "l'Américain", "un Neuchâtelois") name
# people, not places. Plural after a plural determiner or a number; singular after a determiner.
_PLURAL_DETERMINER = re.compile(r"(?:\b(?:les|des|aux|ces|nos|vos|leurs|deux|trois|plusieurs|autres)\s+|\d\s+)$", re.I)
# A plural common noun right before a plural nationality noun makes it an adjective ("les ministres
# Français", "des soldats Anglais").
_PLURAL_NOUN_BEFORE = re.compile(r"(?<![\w'’-])[a-zà-ÿ]{3,}[sx]\s+$")
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
    generic = word_set("xx", "generic_institution_nouns")
    if surface.casefold() in generic or surface.casefold().removesuffix("s") in generic or _ROMAN_NUMERAL.match(surface):
        return True
    before = text[max(0, start - 20) : start]
    known = _is_people_noun(surface)
    # After a plural determiner, or a plural common noun (an adjective capitalised as older print
    # does: "aux ministres Français").
    if surface.endswith(("s", "x")) and (_PLURAL_DETERMINER.search(before) or _PLURAL_NOUN_BEFORE.search(before) or _quantity_before(before)):
        if known or surface.endswith(("ais", "ois")) or _DEMONYM_ENDING.search(surface[:-1]):
            return not _is_known_place(surface)
    if _SINGULAR_DETERMINER.search(before):
        if _SINGULAR_DEMONYM_ENDING.search(surface) and not before.rstrip().endswith(("l'", "l’")):
            return not _is_known_place(surface)
        return known and not _is_known_place(surface)
    if known and _PREDICATIVE_BEFORE.search(before):
        return not _is_known_place(surface)  # "il était Américain"
    return False


# A noun of quantity and "de" before a plural nationality noun count it ("des centaines de
# Tibétains", "des milliers d'Afghans"): ``xx/quantity_nouns``, singular or plural.
_QUANTITY_DE_BEFORE = re.compile(r"(?<![\w'’-])(?P<noun>[a-zà-ÿ]+)\s+(?:de\s+|d['’]\s*)$")


def _quantity_before(before: str) -> bool:
    match = _QUANTITY_DE_BEFORE.search(before)
    if match is None:
        return False
    noun = match.group("noun").casefold()
    return noun in word_set("xx", "quantity_nouns") or noun.removesuffix("s") in word_set("xx", "quantity_nouns")


# A copula before a nationality noun makes it predicative ("il était Américain", "ils sont Basques").
_PREDICATIVE_BEFORE = re.compile(r"\b(?:est|était|sont|étaient|être|devenu|devenue|devenus|devenues)\s+$", re.I)


def _is_people_noun(surface: str) -> bool:
    """A nationality noun of ontologies/demonyms.tsv or a people's name of the ``ethnonyms`` list,
    alone or as the last part of a hyphenated compound ("Austro-Allemands")."""
    key = inst.norm(surface)
    return any(part in inst.tables().demonyms["fr"] or part in _ethnonyms() for part in {key, key.rsplit(" ", 1)[-1]})


@cache
def _ethnonyms() -> frozenset[str]:
    return frozenset(inst.norm(w) for w in word_set("fr", "ethnonyms"))


def _is_known_place(surface: str) -> bool:
    return any(r.type == "LOC" for r in default_gazetteer().lookup(surface))


def _employer_label(surface: str) -> EntityLabel:
    """The type of the name before a role title and a person's name, which the model read as a
    person with the title ("Halvorsen Chief Financial" of "Halvorsen Chief Financial Officer Linda
    Sato"): the gazetteer's place or person, a person's name that begins with a given name, else
    the company the person works for."""
    types = {r.type for r in default_gazetteer().lookup(surface)}
    if types == {"LOC"}:
        return "LOC"
    return "PER" if types == {"PER"} or given_name_evidence(surface) is not None else "ORG"


@dataclass(frozen=True)
class Candidate:
    """A mention before overlap resolution."""

    start: int
    end: int
    label: EntityLabel
    extractor: str
    record: GazetteerRecord | None = None
    # An institution named by a nationality adjective (kg.knowledge.institutions).
    institution: Institution | None = None
    # The words that typed the candidate when they, not the model, decided (EntityMention.evidence).
    evidence: tuple[str, ...] = ()
    # A product's maker as the text names it (EntityMention.maker).
    maker: str | None = None
    # A company's ticker ("NASDAQ:ZRB") and the handles of a person or organisation ("@zorba").
    ticker: str | None = None
    accounts: tuple[str, ...] = ()


# A sovereign's or a pope's name and its ordinal ("Frédéric III", "Benoît XVI", "François Ier",
# "François 1 er" as OCR gives it back): Roman numerals up to XXIX.
_REGNAL = re.compile(
    r"(?<![\w'’-])(?P<name>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)[^\S\n]+"
    r"(?P<num>X{0,2}(?:IX|IV|V?I{1,3}|V)|1[^\S\n]?er|Ier)(?![\w'’-])"
)


def regnal_candidates(text: str, lang: str) -> list[Candidate]:
    """French people named by a given name and a regnal ordinal, which the model may miss ("la
    publication du Journal de Frédéric III", "l'imagination de François 1 er"). The name is no
    common word, stop word or name the gazetteer knows ("Chapitre III", "Il V", "Bordeaux II",
    "le Monde I"): those are no sovereigns."""
    if lang != "fr":
        return []
    stop_words = _stop_words(lang)
    out = []
    for match in _REGNAL.finditer(text):
        name = match.group("name")
        if name.casefold() in stop_words or is_dictionary_word(name, lang) or default_gazetteer().lookup(name):
            continue
        out.append(Candidate(match.start(), match.end(), "PER", "regnal", evidence=("regnal ordinal",)))
    return out


def prefixed_place_candidates(text: str, lang: str) -> list[Candidate]:
    """Places named by a prefix of the ``place_prefixes`` list hyphenated to a capitalised name
    ("outre-Rhin", "Outre-Atlantique"): the whole word is one place mention."""
    prefixes = word_set(lang, "place_prefixes") if lang == "fr" else frozenset()
    if not prefixes:
        return []
    pattern = _prefix_pattern(tuple(sorted(prefixes)))
    return [Candidate(m.start(), m.end(), "LOC", "place prefix", evidence=(f"place prefix: {m.group(1).casefold()}-",)) for m in pattern.finditer(text)]


@lru_cache(maxsize=8)
def _prefix_pattern(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(p) for p in prefixes)
    return re.compile(rf"(?<![\w-])((?i:{words}))[-\u2010\u2011](?=[A-ZÀ-Þ])[\w'’-]*\w")


def club_candidates(text: str, lang: str) -> list[Candidate]:
    """Sports clubs named by an abbreviation of the ``club_prefixes`` list before a capitalised name
    ("FC Sion", "H. C. La Chaux-de-Fonds"): one organisation mention over both. French only: English
    headlines capitalise every word ("EV Sales Rise")."""
    if lang != "fr":
        return []
    pattern = _club_pattern(tuple(sorted(word_set("xx", "club_prefixes"), key=len, reverse=True)))
    return [Candidate(m.start(), m.end(), "ORG", "club prefix", evidence=(f"club prefix: {m.group(1)}",)) for m in pattern.finditer(text)]


@lru_cache(maxsize=8)
def _club_pattern(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    # "H.C." also as "H. C."; the name: capitalised words, "La"/"Le" and hyphens inside.
    forms = "|".join(r"\.\s?".join(re.escape(part) for part in p.rstrip(".").split(".")) + (r"\." if p.endswith(".") else "") for p in prefixes)
    name = rf"[A-ZÀ-Þ][\w'’]*(?:-(?!(?:{forms})(?![\w]))[\w'’]+)*"
    # A capital "A" before a lower-case word is the preposition « à » left without its accent ("le H.
    # C. Sion A la suite de …"), no word of the name.
    return re.compile(rf"(?<![\w.])({forms})\s+((?:(?:La|Le|Les)\s+)?{name}(?:\s+(?![AÀ]\s+[a-zà-ÿ]){name})?)(?![\w])")


def purpose_name_candidates(text: str, lang: str) -> list[Candidate]:
    """English: the names of bodies built as a body's noun, "for", maybe "the", and the capitalised
    noun of what the body works for, with its complements ("the Royal Society for the Protection of
    Birds", "the Campaign for the Protection of Rural England", "the National Society for the
    Prevention of Cruelty to Children"; issue 21, n26b), one organisation each. The model cuts
    them at "for" or misses them; the body's noun (``en/purpose_body_heads``) and the purpose's
    (``en/purpose_name_nouns``) are capitalised, and so is every word of the complements but the
    joining prepositions and articles: "fined the Football Association for the protection of
    fans", "the Society for Research" with a lower-case word after it end where the name does."""
    if lang != "en":
        return []
    pattern = _purpose_name_pattern(
        tuple(sorted(word_set("en", "purpose_body_heads"))), tuple(sorted(word_set("en", "purpose_name_nouns")))
    )
    stop = _stop_words(lang) | word_set("en", "weekdays") | word_set("en", "full_months")
    out = []
    for m in pattern.finditer(text):
        start = m.start()
        # The words before the body's noun that open no name: "The", "On Monday" (a capital at the
        # head of a sentence), which the noun-phrase reading may take back as the article.
        for w in re.finditer(r"\S+", text[m.start() : m.start("head")]):
            if w.group().casefold() not in stop:
                break
            start = m.start() + w.end() + 1
        end = _before_staff_title(text, m.end("purpose"), m.end())
        if end <= m.end("purpose"):
            continue
        out.append(Candidate(start, end, "ORG", "purpose name", evidence=(f"purpose name: {m.group('head')} for {m.group('purpose')}",)))
    return out


def _before_staff_title(text: str, start: int, end: int) -> int:
    """Where the complements ``text[start:end]`` of a body's name for a purpose end: before the
    first capitalised title of its staff (``en/role_titles``, ``en/articled_person_titles``,
    ``en/staff_titles``) and the joining words before it, which open a person's title and name
    ("the Society for the Protection of Birds [Chief Executive Mark Reid]", "... to Animals
    [Inspector Jane Hollis]"; review rv26b), or ``end``."""
    heads, parts = _staff_titles()
    words = list(_CAPITALISED_WORD.finditer(text, start, end))
    for k, w in enumerate(words):
        word = w.group().casefold()
        # A word that only leads into a title ("Chief", "Vice", "General") opens one before a
        # title's head ("Chief Executive"), not before another word ("of General Practice").
        if word in heads or (word in parts and k + 1 < len(words) and words[k + 1].group().casefold() in heads):
            return start + len(_TRAILING_JOINERS.sub("", text[start : w.start()]))
    return end


_CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]+(?![\w-])")
# Joining words and blanks that end a complement cut before a title: "of", "to", "the".
_TRAILING_JOINERS = re.compile(r"(?:[^\S\n]+(?:of|to|the))*[^\S\n]*$")


@cache
def _staff_titles() -> tuple[frozenset[str], frozenset[str]]:
    """The words of a title a body's staff holds (:func:`_before_staff_title`): those that are a
    title ("Executive", "President", "Inspector"), and those that only lead into one ("Chief",
    "General": ``en/role_titles``' "part")."""
    parts = frozenset(row[0] for row in rows("en", "role_titles") if row[1:2] == ("part",))
    heads = frozenset(row[0] for row in rows("en", "role_titles") if row[1:2] == ("head",))
    return (heads | word_set("en", "articled_person_titles") | word_set("en", "staff_titles")) - parts, parts


@lru_cache(maxsize=4)
def _purpose_name_pattern(heads: tuple[str, ...], purposes: tuple[str, ...]) -> re.Pattern[str]:
    word = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    gap = r"[^\S\n]+"
    heads_re = "|".join(re.escape(h) for h in heads)
    purposes_re = "|".join(re.escape(p) for p in purposes)
    # Capitalised words may open the name before the body's noun ("Royal", "National"); one
    # complement at least follows the purpose's noun ("thanked the Foundation for Relief funding"
    # names none), "of" or "to", maybe "the", and a run of capitalised words. Not "and" ("... of
    # Science and the Institute for ...", "... of Birds and Greenpeace said"), "in" or "on" ("...
    # of Torture on Tuesday"): what they join may be no part of the name.
    complement = rf"{gap}(?:of|to){gap}(?:the{gap})?{word}(?:{gap}{word})*"
    return re.compile(
        rf"(?<![\w'’-])(?:{word}{gap}){{0,3}}(?P<head>{heads_re}){gap}for{gap}(?:the{gap})?(?P<purpose>{purposes_re})(?:{complement})+(?![\w'’-])"
    )


_ROUTE_WORD = r"[A-ZÀ-Þ][\w'’]*(?:-[a-zà-ÿ][\w'’]*(?:-[A-ZÀ-Þ][\w'’]*)?)*"
_ROUTE_PLACE = rf"{_ROUTE_WORD}(?:\s+(?:(?:de|di|del|da|la|le|sur|en|am|an)\s+)?{_ROUTE_WORD})*"
# A stage's route in race results: two places joined by a hyphen, then the distance in brackets
# ("Logroño-Miranda de Ebro (131 km)", "Alcudia-Alcudia (contre-la-montre, 39,5 km)").
_ROUTE = re.compile(rf"(?<![\w'’-])(?P<a>{_ROUTE_PLACE})-(?P<b>{_ROUTE_PLACE})\s*\((?:[^()\d]{{0,30}},\s*)?\d+(?:[.,]\d+)?\s*km\b")


def route_candidates(text: str) -> list[Candidate]:
    """The start and finish of a race stage written as "A-B (N km)": two place mentions. A route
    whose halves could be cut at another hyphen ("Saint-Imier-Bienne") is left to the model."""
    out: list[Candidate] = []
    for m in _ROUTE.finditer(text):
        route = m.group("a") + "-" + m.group("b")
        if len(re.findall(r"-(?=[A-ZÀ-Þ])", route)) != 1:
            continue
        for part in ("a", "b"):
            out.append(Candidate(m.start(part), m.end(part), "LOC", "race route", evidence=("race route: A-B (N km)",)))
    return out


def newspaper_candidates(text: str, lang: str) -> list[Candidate]:
    """Newspaper titles made of a title word of ``newspaper_title_words`` and the place or name it is
    "of" ("Gazette de Lausanne", "Feuille d'Avis de Neuchâtel", "GAZETTE DE LAUSANNE"): one
    organisation mention over the whole title, so that the place inside it is no place mention of
    its own. French only (English titles put the place first: "The Washington Post")."""
    if lang != "fr":
        return []
    out: list[Candidate] = []
    for pattern in _newspaper_patterns(tuple(sorted(word_set("xx", "newspaper_title_words"), key=len, reverse=True))):
        for m in pattern.finditer(text):
            out.append(Candidate(m.start(), m.end(), "ORG", "newspaper title", evidence=(f"newspaper title: {m.group(1)}",)))
    return out


@lru_cache(maxsize=8)
def _newspaper_patterns(words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The title-case and the all-capitals form of a newspaper title: a title word, an optional
    capitalised complement ("d'Avis"), then "de"/"du"/"des"/"d'" and a capitalised name with at
    most one complement of its own ("de l'Allemagne du Nord")."""
    forms = []
    for upper in (False, True):
        head = "|".join(re.escape(w.upper() if upper else w) for w in words)
        cap = r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]*[A-ZÀ-Þ]" if upper else r"[A-ZÀ-Þ][\w’'-]*\w"
        of = r"(?:DE|DU|DES|D['’])" if upper else r"(?:de|du|des|d['’])"
        article = r"(?:LA\s+|L['’]\s*)?" if upper else r"(?:la\s+|l['’]\s*)?"
        name = rf"{cap}(?:\s+{of}\s*{article}{cap})?"
        # A regnal number after the complement makes it a monarch, not a place: "le Journal de
        # Frédéric III" is his diary.
        forms.append(first_char_filter(re.compile(  # the look-ahead of kg.nlp.regexscan: same matches, faster scan
            rf"(?:(?<=[LlDd]['’])|(?<![\w'’-]))({head})(?:\s+{of}\s*{cap})?\s+{of}\s*{article}{name}(?![\w'’-])(?!\s+[IVX]+\b)"
        )))
    return forms[0], forms[1]


def clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``text[start:end]`` to the name itself: no elision, lowercase determiner, possessive or
    edge punctuation, no match's score after it ("Rangers 2-1"), no quantifier capitalised at the
    head of a sentence before it ("Several European Central Bank policymakers"; n26b)."""
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
        if kept.endswith(".") and _ABBREVIATION_END.search(kept) and not (len(kept) == 2 and _LONE_LETTER_AT_END.match(text, start)):
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
            continue
        match = _TRAILING_SCORE.search(piece)
        if match and match.start() > 0 and not _numbered_name_before(piece[: match.start()]):
            end -= len(piece) - match.start()
            changed = True
            continue
        match = _OPENING_WORD.match(piece)
        if match and match.group(1) in word_set("en", "quantifier_openers") and not _company_word_last(piece):
            start += match.end()
            changed = True
    return start, end


# A capitalised word and the capitalised word after it, at the start of a span: "[Several]
# European Central Bank", "[Many] Liberal Democrat" (en/quantifier_openers).
_OPENING_WORD = re.compile(r"([A-Z][a-z]+)[^\S\n]+(?=[A-Z])")


# A match's score NER glued to the side's name ("Rangers 2-1", "Lyon 3–0"; n26b; a basketball
# score, "Lakers 102-98", n32a): after a word of letters, at the end of the span. No aircraft's
# designation opens with 1 and two digits ("Boeing 737-800" stays).
_TRAILING_SCORE = re.compile(r"(?<=[^\W\d_])[^\S\n]+(?:\d{1,2}|1\d\d)[-–]\d{1,3}$")


def _numbered_name_before(piece: str) -> bool:
    """Whether ``piece`` ends with a word after which numbers name a route, a channel or a part
    (``en/numbered_name_words``): "Route 1-9", "Section 3-2" keep their numbers, no match's score
    (review rv26b of n26b)."""
    words = piece.split()
    return bool(words) and words[-1].casefold() in word_set("en", "numbered_name_words")


def _company_word_last(piece: str) -> bool:
    """Whether ``piece`` ends with a company's legal suffix (``xx/legal_suffixes``): "Few Doubts
    Ltd", "Many Hands Group" are a company's whole name, their quantifier no sentence's opener
    (review rv26b of n26b); "Several European Central Bank" is not."""
    words = piece.split()
    return bool(words) and words[-1].casefold() in word_set("xx", "legal_suffixes")


def is_editorial_marker(surface: str, *, furniture: bool = False) -> bool:
    """True for editorial furniture inside the body ("(PHOTO NOT FOR SALE)", "END", "NDLR", a
    section label such as "Tech", a unit such as "R&D"): ``ontologies/lexicons/xx/editorial_markers.tsv``,
    compared without case, outer punctuation or repeated spaces. ``furniture``: whether the
    surface stands where furniture stands (:func:`furniture_position`); the entries that are also
    real names ("EDS", "DR") are markers only there, so without it they are taken for names."""
    key = " ".join(surface.strip(_EDGE_JUNK).casefold().replace("’", "'").split())
    markers = _editorial_markers()
    return key in markers and (furniture or not markers[key])


@cache
def _editorial_markers() -> dict[str, bool]:
    """Each marker, and whether it is one only in a furniture position (second column)."""
    return {r[0]: len(r) > 1 and r[1].strip() == "furniture" for r in rows("xx", "editorial_markers")}


# The characters that may surround furniture on its line or inside its brackets.
_FURNITURE_EDGE = " \t-–—*•.:;,"
_FURNITURE_REACH = 40


def furniture_position(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in brackets ("(EDS)", "[DR]") or alone on its line
    ("FIN", "— Flash —"), where editorial furniture stands. Looks at most a few characters
    around the span, so a long line costs nothing."""
    before = text[max(0, start - _FURNITURE_REACH) : start].rstrip(_FURNITURE_EDGE)
    after = text[end : end + _FURNITURE_REACH].lstrip(_FURNITURE_EDGE)
    if before.endswith(("(", "[")) and after.startswith((")", "]")):
        return True
    line_before = start - _FURNITURE_REACH <= 0 or "\n" in before
    line_after = end + _FURNITURE_REACH >= len(text) or "\n" in after
    return line_before and line_after and before.rsplit("\n", 1)[-1] == "" and after.split("\n", 1)[0] == ""


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
    if _URLISH.search(_DOMAIN_NAME.sub("Name", surface)) or _CLITIC.match(surface):
        return False
    if surface.lower() in stop_words:
        return False
    return surface[0].isupper() or surface[0].isdigit() or any(ch.isupper() for ch in surface[:3])


def _plausible_person(surface: str) -> bool:
    words = name_part(surface).split()
    if not 1 <= len(words) <= 5:
        return False
    particles = word_set("xx", "name_particles")
    if any(_glued_particle(w, particles) for w in words) and any(w.casefold() in word_set("xx", "arabic_body_place_nouns") for w in words):
        return False  # "Ansar al-Sharia", "Masjid al-Haram": a group's or a place's name
    return all(
        w[0].isupper() or w.lower() in particles or not w[0].isalpha() or _ELIDED_PARTICLE.match(w) or _glued_particle(w, particles)
        for w in words
    )


# "Jeanne d'Arc", "Barbey d'Aurevilly", "Valéry Giscard d'Estaing".
_ELIDED_PARTICLE = re.compile(r"^d['’][A-ZÀ-Þ]")
# "al-Rashid", "el-Sayed", "bin-Talal": a particle glued by a hyphen to the capitalised rest of a surname.
_HYPHENED_PARTICLE = re.compile(r"^(?P<particle>[a-z]{2,3})-[A-ZÀ-Þ][\w'’-]*$")


def _glued_particle(word: str, particles: frozenset[str]) -> bool:
    """Whether ``word`` is a surname that begins with a lower-case particle of ``xx/name_particles``
    and a hyphen ("al-Rashid", "el-Sayed"), as Arabic names are written in English copy."""
    match = _HYPHENED_PARTICLE.match(word)
    return match is not None and match.group("particle") in particles


def _reclassify_misc(surface: str) -> EntityLabel | None:
    words = [w.lower() for w in re.findall(r"[\w.]+", surface)]
    if any(w in word_set("xx", "organisation_cues") for w in words):
        return "ORG"
    if any(w in word_set("xx", "place_cues") for w in words):
        return "LOC"
    return None


def is_function_only(surface: str) -> bool:
    """True for a French span of two or more words that are all functions and their qualifiers
    ("Premier Consul", "Grand Chancelier", "Ancien Ministre", "Directrice générale"): it names an office, not a person, however
    it is capitalised (``fr/person_role_nouns``, ``fr/role_qualifiers``)."""
    words = surface.casefold().split()
    if len(words) < 2:
        return False
    roles = word_set("fr", "person_role_nouns")
    known = roles | word_set("fr", "role_qualifiers")
    # A feminine or plural form of a listed word counts too ("Directrice générale", "Présidente
    # déléguée": "général", "délégué").
    return all(w in known or w.removesuffix("e") in known or w.removesuffix("s") in known for w in words) and any(w in roles for w in words)


def _name_after_function(surface: str) -> int | None:
    """Offset in a French ``surface`` of the person's name that follows the office it starts with
    (« Premier ministre Dominique de Villepin », « ministre Jean Dupont »): the office is words of
    :func:`is_function_only` or one role noun, the name two words or more that start with a
    capital; None otherwise (« Prix Nobel de la paix », « Premier ministre »)."""
    roles = word_set("fr", "person_role_nouns")
    words = list(re.finditer(r"\S+", surface))
    for k in range(1, len(words) - 1):
        office = surface[: words[k - 1].end()]
        if not (is_function_only(office) or (k == 1 and office.casefold() in roles)):
            continue
        rest = [w.group(0) for w in words[k:]]
        if rest[0][:1].isupper() and rest[-1][:1].isupper() and len(rest) >= 2:
            return words[k].start()
    return None


@cache
def _honorific_abbreviations() -> frozenset[str]:
    """French honorifics written short ("MM", "Mme"): alone, with or without their full stop, they
    name nobody ("MM. les membres des commissions")."""
    return frozenset(r[0] for r in rows("fr", "honorific_abbreviations"))


def is_form_of_address(surface: str) -> bool:
    """True for a form of address that stands for a dignitary without naming them ("Sa Majesté",
    "His Excellency", "S. M. I."): the ``honorific_addresses`` list, compared in lower case; an
    abbreviated one whatever its spaces and final full stop ("S.M.", "S. M. B")."""
    folded = surface.casefold()
    return " ".join(folded.split()) in word_set("xx", "honorific_addresses") or _compact(folded) in _abbreviated_addresses()


def _compact(abbreviation: str) -> str:
    return re.sub(r"[\s.]+", ".", abbreviation).strip(".")


@cache
def _abbreviated_addresses() -> frozenset[str]:
    return frozenset(_compact(a) for a in word_set("xx", "honorific_addresses") if "." in a)


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


@cache
def _make_names() -> frozenset[str]:
    """The makes of ``en/vehicle_makes``, case-folded (a group makes no model of its own name; a
    make's plant is no town's, :func:`kg.extract.descriptors.plant_place_evidence`)."""
    return frozenset(m.casefold() for m in word_set("en", "vehicle_makes"))


_ARTICLE_BEFORE_PRODUCT = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?)[ \t]+$")


def _lowercase_edition_end(doc: Doc, i: int, end: int) -> int:
    """The end of a product's name that the token ``doc[i]``, right after it, goes on with when it
    is an edition's word in small letters (``en/lowercase_edition_words``: "iPod nano", "iPod
    touch"), else ``end``: not before a hyphen or a noun it would modify ("the iPod touch-screen",
    "the iPod touch screen")."""
    if i >= len(doc) or doc[i].text not in word_set("en", "lowercase_edition_words") or doc[i].idx != end + 1:
        return end
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and (after.text == "-" or (after.pos_ == "NOUN" and after.is_lower)):
        return end
    return doc[i].idx + len(doc[i].text)


def _capitalised(surface: str) -> str:
    """``surface`` from its first capitalised word on (the name after a place's head noun)."""
    if not surface[:1].islower():
        return surface
    at = _first_capital(surface)
    return surface if at is None else surface[at:]


# The parts of speech of a word a possessive may own or that opens what it owns ("Ben & Jerry's ice
# cream", "Ben & Jerry's new flavour", "Ben & Jerry's two plants").
_OWNED_WORD_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "ADV"})


def _possessive_shop_end(doc: Doc, text: str, start: int, end: int, *, final: bool) -> int | None:
    """English: the end of a one-word name with the possessive after it that owns nothing, the
    possessive the parse tags as such and a finite verb, a modal or a sentence's full stop right
    after it ("Dillard's reported higher sales", "Kohl's said"; the full stop only when ``final``,
    for what the model read as an organisation: "He shopped at Zellman's.", not "The decision was
    Obama's."): a shop or a business named so, whose name the possessive is part of. None
    otherwise ("Kohl's stores", "Obama's and Biden's plans", "Apple's in talks": the verb "is"; the
    contractions of "is" and "has" before a passive report or a participle the parse may read as a
    past tense, ``en/contracted_has_participles``: "Obama's said to be", "GM's got"; for what the
    model read as a person, the possessive before "be" as the verb of its own, not another's
    auxiliary, which leaves the noun out: "Obama's is the better plan", "Romney's was", not "Kohl's
    has cut prices"); a
    name of several words ("Jane Roe's") is a person's, unless an ampersand joins them (issue 21,
    n38a): "Ben & Jerry's" is a firm's name, the possessive part of it before any word that is no
    noun the possessive could own ("Unilever will sell Ben & Jerry's as part of", "Ben & Jerry's has
    clashed"; not "Ben & Jerry's ice cream", nor a firm the gazetteer knows without it, nor before
    an amount or a quotation: "Johnson & Johnson's $8.9 billion plan"; rvn38)."""
    if text[end : end + 2] not in ("'s", "’s"):
        return None
    firm = " " in text[start:end].strip() and " & " in text[start:end]
    if " " in text[start:end].strip() and not firm:
        return None
    poss = doc.char_span(end, end + 2)
    if poss is None or len(poss) != 1 or poss[0].tag_ != "POS":
        return None
    i = poss[0].i + 1
    if i >= len(doc):
        return None
    nxt = doc[i]
    if firm:
        # A firm the gazetteer knows without the possessive ("Johnson & Johnson's talc plan") owns
        # what follows, whatever it is; so does any firm before an amount or a quoted name
        # ("Johnson & Johnson's $8.9 billion plan", "Procter & Gamble's "Tide" brand"; rvn38).
        if default_gazetteer().lookup(text[start:end]) or nxt.is_currency or nxt.like_num or nxt.pos_ == "SYM" or nxt.is_quote:
            return None
        return end + 2 if nxt.pos_ not in _OWNED_WORD_POS else None
    verb = nxt.head if nxt.dep_ in ("aux", "auxpass") else nxt
    if not final and verb.lemma_ == "be" and verb.dep_ not in ("aux", "auxpass"):
        return None  # "Obama's is the better plan", "Brown's will be the vote": a person's, the noun left out
    if nxt.lower_ in word_set("en", "contracted_has_participles"):
        return None  # "GM's got a plan": "has got", the possessive a contraction
    if nxt.tag_ == "VBD" and i + 2 < len(doc) and doc[i + 1].tag_ == "TO" and doc[i + 2].tag_ == "VB":
        return None  # "Obama's said to be": "is said to", a passive report, the possessive a contraction
    if nxt.tag_ in ("VBD", "VBZ", "VBP", "MD") or (final and nxt.text == "." and (i + 1 == len(doc) or doc[i + 1].is_sent_start)):
        return end + 2
    return None


def ner_candidates(doc: Doc, *, lang: str, model: str) -> Iterator[Candidate]:
    """Cleaned-up NER spans of one segment ``doc``, in the doc's own character offsets."""
    stop_words = _stop_words(doc.lang_)
    text = doc_text(doc)
    held = _held_words(doc) if lang == "fr" else {}
    ents = list(doc.ents)
    skip: set[int] = set()
    for k, ent in enumerate(ents):
        if k in skip:
            continue
        end_char = ent.end_char
        if lang == "en" and (complement := _cut_complement(doc, ents, k)) is not None:
            # "General Motors of | Canada": the model cut the name before its complement.
            if complement >= ents[k + 1].end_char:
                skip.add(k + 1)
            end_char = complement
        if ent.label_ not in LABEL_MAP and lang == "en" and _named_body(ent):
            # "The Port of Leith Authority fined …" read as a work of art: a body's name by its last word
            from spacy.tokens import Span as SpacySpanType

            ent = SpacySpanType(doc, ent.start, ent.end, label="ORG")
        if lang == "en" and ent.label_ == "PRODUCT" and (model_start := _ner_model_designation(ent)) is not None:
            # "the Switch 2", "F-35", "777X": a model's designation the model read as a product
            yield Candidate(model_start, ent.end_char, "PRO", f"spacy:{model}:{ent.label_}+designation", evidence=(f"model designation: {text[model_start:ent.end_char]}",))
            continue
        if ent.label_ not in LABEL_MAP:
            if lang == "en" and (surname_end := _cut_surname_end(doc, ent, text, ent.start_char, ent.end_char)) is not None:
                # "its chairman Marcel Ospel resigned": a given name read alone as a product.
                yield Candidate(ent.start_char, surname_end, "PER", f"spacy:{model}:{ent.label_}+surname", evidence=(f"given name: {ent.text}",))
            continue
        if any(tok.pos_ in _BLOCKING_POS and tok.is_lower for tok in ent):
            continue
        for line_start, line_end in _line_pieces(text, ent.start_char, end_char, lang):
            for start, end in name_pieces(text, line_start, line_end, LABEL_MAP[ent.label_], lang):
                yield from _ner_candidate(doc, ent, text, start, end, lang=lang, model=model, stop_words=stop_words, held=held)


# A model's designation on its own: one to two capitals and two to four digits, a hyphen between
# them or not, a variant's number and capitals after ("F-35", "A321XLR", "A350-1000"), or three
# digits and an "X" ("777X"); or a capitalised word and a generation's number of one or two digits
# ("Switch 2"). "M5", "COVID-19" and "H5N1" are none.
_NER_DESIGNATION = re.compile(r"(?:[A-Z]{1,2}-?\d{2,4}(?:-\d{3,4})?[A-Z]{0,3}|\d{3}X|[A-Z][a-z]{2,}[ \t]+\d{1,2})")


# A road's number: a prefix of capitals, a hyphen and digits only ("I-95", "US-50").
_ROAD_DESIGNATION = re.compile(r"(?P<prefix>[A-Z]{1,2})-\d{1,4}")


def _ner_model_designation(ent: SpacySpan) -> int | None:
    """English: where the model's name begins in the span ``ent`` that the English model labelled a
    product when it is a model's designation (:data:`_NER_DESIGNATION`: "F-35", "777X", "the
    Switch 2"; the article before it is the mention's), or None. Not before a noun that the
    designation names something else with ("the G20 summit", "the A40 road", "the X-15 program":
    ``en/not_model_words``, ``en/event_name_heads``) nor before a count's word or a percent sign,
    and not a road's number ("I-95": ``en/road_designation_prefixes``) nor a rank's, a route's or a
    part's ("Grade 2", "Stage 9": ``en/numbered_name_words``)."""
    doc = ent.doc
    words = ent[1:] if ent[0].lower_ in ("the", "its", "their") else ent
    if not len(words) or _NER_DESIGNATION.fullmatch(words.text) is None:
        return None
    road = _ROAD_DESIGNATION.fullmatch(words.text)
    if road is not None and road.group("prefix").casefold() in word_set("en", "road_designation_prefixes"):
        return None  # "I-95 was closed": an interstate's number, no model's
    if len(words) == 2 and words[0].lower_ in word_set("en", "numbered_name_words"):
        return None  # "the Grade 2 listed building", "Stage 9": a rank's or a part's number (rvn28a)
    glued = doc.text[ent.end_char : ent.end_char + 1]
    if glued == "-" or glued.isalnum():
        return None  # "A330" of "A330-300E": the model cut the designation
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None:
        stop = word_set("en", "not_model_words") | word_set("en", "event_name_heads") | word_set("en", "rate_count_words") | word_set("en", "measure_unit_nouns")
        if after.lower_ in stop or after.lemma_.lower() in stop or after.text == "%":
            return None
    return ent.start_char if ent[0].lower_ == "the" else words.start_char


# The small words a body's name holds in lower case ("the Port of Leith Authority").
_NAME_FUNCTION_WORDS = frozenset({"of", "for", "and", "the", "on", "&"})
# Labels of the English model that are no entity kind of kg but that it gives bodies' names too.
_OTHER_NAME_LABELS = frozenset({"WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})


def _named_body(ent: SpacySpan) -> bool:
    """English: a name the model labelled a work, an event, a law or a product whose last word is
    a capitalised noun of an organisation (``en/organisation_name_heads``: "The Port of Leith
    Authority", "the Harbour Development Agency"), two words or more besides "the", its other
    words capitalised or small function words, and not quoted (a quoted title stays a work)."""
    if ent.label_ not in _OTHER_NAME_LABELS:
        return False
    words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    if len(words) < 2 or not words[-1].text[:1].isupper():
        return False
    if words[-1].lower_ not in word_set("en", "organisation_name_heads"):
        return False
    if not all(t.text[:1].isupper() or t.lower_ in _NAME_FUNCTION_WORDS for t in words):
        return False
    doc = ent.doc
    before = doc[ent.start - 1].text if ent.start > 0 else ""
    after = doc[ent.end].text if ent.end < len(doc) else ""
    return before not in ('"', "“", "‘", "'", "«") and after not in ('"', "”", "’", "'", "»")


def _cut_complement(doc: Doc, ents: Sequence[SpacySpan], k: int) -> int | None:
    """English: the end of the name after an organisation's span that the model ended with "of"
    (``xx/genitive_prepositions``), when its next name begins right after it ("General Motors of"
    + "Canada": "General Motors of Canada"); None otherwise. A name that has its complement
    already takes no second one: it ends before the preposition ("The University of Michigan of" +
    "Ann Arbor": "The University of Michigan", then the place)."""
    ent = ents[k]
    if ent.label_ != "ORG" or k + 1 >= len(ents) or len(ent) < 2:
        return None
    genitive = word_set("xx", "genitive_prepositions")
    last, after = doc[ent.end - 1], ents[k + 1]
    if last.lower_ not in genitive or not last.is_lower or after.start != ent.end:
        return None
    if after.label_ not in LABEL_MAP or LABEL_MAP[after.label_] not in ("LOC", "ORG") or "\n" in doc_text(doc)[ent.start_char : after.end_char]:
        return None
    if any(t.lower_ in genitive and t.is_lower for t in doc[ent.start : ent.end - 1]):
        before = doc[ent.end - 2]
        return int(before.idx + len(before.text))
    return int(after.end_char)


# Where a name cannot go on: a line break in English copy (a headline, then the lead; MEANTIME-style
# one sentence a line), a blank line in any language (OCR'd pages break lines inside names).
_LINE_BREAK = {"en": re.compile(r"\n")}
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# A piece that ends in a word with neither a capital nor a digit is no name ("Apple\nShares of").
_NAME_END = re.compile(r"[\w&.'’-]*[A-ZÀ-Þ0-9][\w&.'’-]*\s*$")


def _line_pieces(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """The pieces of the NER span ``text[start:end]`` between line breaks a name does not cross
    ("GM to sell Opel\nGermany's government": "Opel" and "Germany"); the span itself when it
    crosses none."""
    breaks = list(_LINE_BREAK.get(lang, _BLANK_LINE).finditer(text, start, end))
    if not breaks:
        return [(start, end)]
    pieces, at = [], start
    for match in breaks:
        pieces.append((at, match.start()))
        at = match.end()
    pieces.append((at, end))
    return [(a, b) for a, b in pieces if a < b and _NAME_END.search(text, a, b)]


# Two names the model read as one across "&" or "et" and an article ("le Jungfrau-Sund & le
# Dageiort", "entre la Bulgarie et la Serbie"): French only.
_JOINED_NAMES = re.compile(r"\s+(?:&|et)\s+(?:(?:le|la|les)\s+|l['’]\s*)(?=[A-ZÀ-Þ])")
# A lowercase French article inside a span, with the word before it.
_INNER_ARTICLE = re.compile(r"(?P<before>\S+)\s+(?:le|la|les)\s+")


def _capitals(word: str) -> bool:
    """A word of two letters or more, all in capitals, as a heading prints it ("WALL", "ON")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _heading_word(word: str) -> bool:
    """A word in capitals with no punctuation after it, as a heading runs on ("ET", "STREET");
    "KBC," ends an item of a list."""
    return _capitals(word) and all(c.isalpha() or c in "'’-" for c in word)


def _without_capital_run(text: str, start: int, end: int, label: EntityLabel | None) -> tuple[int, int]:
    """``text[start:end]`` without the words of a heading in capitals that the model read into a
    name written in small letters: a word in capitals at the start of the span right after another
    one ("SUTERMEISTER ET BECK Heinrich Sutermeister" -> "Heinrich Sutermeister") and, but for a
    person (whose surname may be printed in capitals: "Jean DUPONT"), a word in capitals at its end
    right before another one ("RJR Nabisco WALL STREET" -> "RJR Nabisco"). A name all in capitals
    stays whole ("GAZETTE DE LAUSANNE"), and so does one after an acronym that ends an item of a
    list ("ING, KBC, BNP Paribas Fortis et AXA")."""
    words = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]
    if len(words) < 2 or all(_capitals(text[a:b]) for a, b in words):
        return start, end
    before = re.search(r"(\S+)\s+$", text[max(0, start - 40) : start])
    while len(words) > 1 and before is not None and _heading_word(before.group(1)) and _capitals(text[words[0][0] : words[0][1]]):
        if all(_capitals(text[a:b]) for a, b in words[1:]):
            break
        words.pop(0)
    after = re.match(r"\s+(\S+)", text[words[-1][1] : words[-1][1] + 40])
    if label != "PER" and after is not None and _heading_word(after.group(1)):
        while len(words) > 1 and _capitals(text[words[-1][0] : words[-1][1]]) and not all(_capitals(text[a:b]) for a, b in words[:-1]):
            words.pop()
    return words[0][0], words[-1][1]


def _without_leading_conjunction(text: str, start: int, end: int) -> int:
    """Start of a span once a capitalised conjunction and an article before the name are dropped
    ("Et le Conseil national" -> "le Conseil national", which ``clean_span`` reads as "Conseil
    national"): ``xx/list_conjunctions`` before ``xx/determiners``. "Et" alone before a name stays
    (it may be an OCR'd or foreign word of the name)."""
    match = re.match(r"(\S+)\s+(\S+)\s+\S", text[start:end])
    if match is None or not match.group(1)[:1].isupper():
        return start
    if match.group(1).casefold() in word_set("xx", "list_conjunctions") and match.group(2) in word_set("xx", "determiners"):
        return start + match.start(2)
    return start


def _before_inner_article(text: str, start: int, end: int) -> int:
    """French: the end of a span before a lowercase article that no preposition governs ("Conseil
    des ministres les modalités" -> "Conseil des ministres"); an article after a preposition of
    ``fr/article_prepositions`` is part of the name ("Union pour la démocratie française"), and so
    is one before a capitalised word ("Charles le Téméraire")."""
    for match in _INNER_ARTICLE.finditer(text, start, end):
        before = match.group("before")
        if text[match.end() : match.end() + 1].islower() and before.casefold() not in word_set("fr", "article_prepositions") and not before.casefold().endswith(("d'", "d’")):
            return match.start("before") + len(before)
    return end


def _inner_address_start(text: str, start: int, end: int) -> int:
    """French: where a person span begins when a form of address inside it follows another
    capitalised word, which the model took into the name ("Courrèges Mademoiselle Chanel" ->
    "Mademoiselle Chanel"): ``fr/forms_of_address`` and the abbreviated honorifics with their
    full stop ("M.", "Mme")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    abbreviations = _honorific_abbreviations()
    for prev, word, nxt in zip(words, words[1:], words[2:]):
        w = word.group()
        address = w.casefold() in word_set("fr", "forms_of_address") or (w.endswith(".") and w[:-1] in abbreviations)
        if address and prev.group()[:1].isupper() and not prev.group().endswith(".") and nxt.group()[:1].isupper():
            return start + word.start()
    return start


def _without_section_label(text: str, start: int, end: int) -> int:
    """Start of a person span once a section label the model read into it is dropped ("Cyclisme
    Olano impressionne" -> "Olano"): an ``xx/editorial_markers`` entry that is a marker anywhere,
    followed by a capitalised word."""
    match = re.match(r"(\S+)\s+(?=[A-ZÀ-Þ])", text[start:end])
    if match is not None and _editorial_markers().get(match.group(1).casefold()) is False:
        return start + match.end()
    return start


_CAPITAL_A = re.compile(r"[AÀ]\s+(?=[A-ZÀ-Þ])")
_PLACE_PAIR = re.compile(r"[A-ZÀ-Þ][\w'’]+-[A-ZÀ-Þ][\w'’]+")


def _paired_places(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """French: the two places of a contest named by a hyphenated pair after a noun of
    ``fr/pairing_nouns`` ("la finale France-Brésil": France, Brésil), when the gazetteer knows both
    as places and not the pair ("Autriche-Hongrie", "Alsace-Lorraine" stay whole)."""
    if not _PLACE_PAIR.fullmatch(text, start, end):
        return None
    before = text[max(0, start - 20) : start].split()
    if not before or before[-1].casefold() not in word_set("fr", "pairing_nouns"):
        return None
    cut = text.index("-", start)
    if default_gazetteer().lookup(text[start:end]) or not (_is_known_place(text[start:cut]) and _is_known_place(text[cut + 1 : end])):
        return None
    return [(start, cut), (cut + 1, end)]


# A place in capitals, then a dash between blanks and a capitalised word: a dateline's place run
# into the name that opens the story ("DETROIT - General Motors", "NEW YORK — Chrysler").
_DATELINE_DASH = re.compile(r"(?P<place>[A-Z][A-Z'’.-]+(?:[^\S\n]+[A-Z][A-Z'’.-]+)*)[^\S\n]+[—–-][^\S\n]+(?=[A-Z])")


def _line_start(text: str, start: int) -> bool:
    """Whether only blanks stand between the start of its line and ``start`` (read back over the
    blanks alone: a search for the line's start cost the line's length at every name of a long
    line)."""
    k = start
    while k > 0 and text[k - 1] != "\n" and text[k - 1].isspace():
        k -= 1
    return k == 0 or text[k - 1] == "\n"


# "and" between two names inside one span.
_AND = re.compile(r"[^\S\n]+and[^\S\n]+")


def _listed_companies(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """English: an organisation's span ``text[start:end]`` that lists two companies with "and"
    ("Almeer Construction and Hollis & Grange", which the model read as one name), cut in two
    where the first ends with a company word (:func:`company_worded`) and the second begins with
    a capitalised word that is none ("Zorvex Metals and Mining Corp." is one company's name, and
    "Procter and Gamble", "Marks and Spencer" end with no company word before "and") nor a word of
    the dictionary, which goes on the first company's own name as a second line of its trade
    ("Harbour Engineering and Design", "Atlantic Research and Development Corp.", "Coastal Power
    and Light"; rv21i)."""
    found = _AND.search(text, start, end)
    if found is None or _AND.search(text, found.end(), end) is not None:
        return [(start, end)]
    first, second = text[start : found.start()], text[found.end() : end]
    if _known_company_after(first, second, text[start:end]):
        return [(start, found.start()), (found.end(), end)]
    lead = second.split()[0].casefold() if second.split() else ""
    words = word_set("xx", "company_heads") | word_set("xx", "legal_suffixes") | word_set("en", "company_tail_words")
    if not (company_worded(first, "en") and second[:1].isupper() and lead not in words) or is_dictionary_word(lead, "en"):
        return [(start, end)]
    return [(start, found.start()), (found.end(), end)]


def _known_company_after(first: str, second: str, whole: str) -> bool:
    """Whether the organisation's span ``whole`` lists two names with "and" of which the second is
    an organisation the gazetteer knows and the whole no name it knows ("Standard Chartered and
    Emirates", which the model read as one; issue 21, n22a), the first capitalised word by word
    ("Procter and Gamble", "Marks and Spencer" end with no company of their own)."""
    words = first.split()
    if not words or not all(w[:1].isupper() for w in words) or not second[:1].isupper():
        return False
    gazetteer = default_gazetteer()
    if gazetteer.lookup(whole) or not any(r.type == "ORG" for r in gazetteer.lookup(second)):
        return False
    return not any(r.type == "LOC" for r in gazetteer.lookup(first))


# A comma between two names of one span.
_NAME_COMMA = re.compile(r",[^\S\n]+(?=[A-ZÀ-Þ])")


def _town_and_enclosing_place(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A place's span ``text[start:end]`` that runs across a comma into a place the gazetteer knows
    ("Bentiu, South Sudan", which the model read as one name): two names, the town and the place
    it lies in, unless the gazetteer knows the whole ("Washington, D.C.")."""
    found = _NAME_COMMA.search(text, start, end)
    if found is None or _NAME_COMMA.search(text, found.end(), end) is not None:
        return [(start, end)]
    gazetteer = default_gazetteer()
    if gazetteer.lookup(text[start:end]) or not any(r.type == "LOC" for r in gazetteer.lookup(text[found.end() : end])):
        return [(start, end)]
    return [(start, found.start()), (found.end(), end)]


def name_pieces(text: str, start: int, end: int, label: EntityLabel | None, lang: str) -> list[tuple[int, int]]:
    """The names inside the NER span ``text[start:end]``, cleaned (:func:`clean_span`): the span
    without a heading in capitals glued to it, a capitalised conjunction before it or, for a person,
    a section label ("Cyclisme"), and, in French, two places of a contest ("la finale
    France-Brésil") apart, cut in two where "&" or "et" and an article join two names and
    ended before an article no preposition governs."""
    start, end = clean_span(text, start, end)
    start, end = _without_capital_run(text, start, end, label)
    start = _without_leading_conjunction(text, start, end)
    pieces = [(start, end)]
    if lang == "fr":
        pieces = []
        at = start
        for match in _JOINED_NAMES.finditer(text, start, end):
            pieces.append((at, match.start()))
            at = match.end()
        pieces.append((at, end))
        pieces = [(a, _before_inner_article(text, a, b)) for a, b in pieces]
        if label == "PER":
            pieces = [(_inner_address_start(text, a, b), b) for a, b in pieces]
        if len(pieces) == 1 and (pair := _paired_places(text, *pieces[0])) is not None:
            pieces = pair
        if label == "LOC":
            # "A Yverdon, chez Mad. Bourgeois": the preposition "à" at the head of a sentence,
            # written without its accent or with it, is no part of the place.
            pieces = [(a + m.end() if (m := _CAPITAL_A.match(text, a, b)) else a, b) for a, b in pieces]
    if label == "PER":
        pieces = [(_without_section_label(text, a, b), b) for a, b in pieces]
    if lang == "en" and label == "ORG" and len(pieces) == 1:
        pieces = _listed_companies(text, *pieces[0])
    if label == "LOC" and len(pieces) == 1:
        pieces = _town_and_enclosing_place(text, *pieces[0])
    if lang == "en" and len(pieces) == 1 and (dash := _DATELINE_DASH.match(text, pieces[0][0], pieces[0][1])) is not None and _line_start(text, pieces[0][0]):
        # "DETROIT - General Motors Corp. said": the place of a dateline with no agency's credit,
        # then the first name of the story (kg.extract.datelines types the place).
        pieces = [(pieces[0][0], dash.end("place")), (dash.end(), pieces[0][1])]
    out = []
    for a, b in pieces:
        a, b = clean_span(text, a, b)
        if a < b:
            out.append((a, b))
    return out


def _ner_candidate(
    doc: Doc,
    ent: SpacySpan,
    text: str,
    start: int,
    end: int,
    *,
    lang: str,
    model: str,
    stop_words: frozenset[str],
    held: dict[str, list[tuple[int, int]]],
    employer: bool = False,
) -> Iterator[Candidate]:
    """The candidate of one piece ``text[start:end]`` of the NER span ``ent``, if it is a name
    (``employer``: the piece is the name before a role title that the model ran into it, see
    :func:`_before_role_title`)."""
    end = _trim_trailing_time(ent, start, end)
    end = _before_separator(text, start, end)
    end = _before_trailing_conjunction(text, start, end, lang)
    if lang == "en":
        end = _before_owned_name(text, start, end)
        start = _after_holding_noun(text, start, end)
        if (title := _before_role_title(text, start, end)) is not None:
            # "Halvorsen Chief Financial Officer Linda Sato": the employer's name before the
            # title; the person after it is the model's (or the role reader's) own mention.
            yield from _ner_candidate(doc, ent, text, start, title, lang=lang, model=model, stop_words=stop_words, held=held, employer=True)
            return
    if start < end and text[start].islower():
        offset = _name_start(text[start:end], LABEL_MAP[ent.label_], lang)
        if offset is None:
            return
        start, end = clean_span(text, start + offset, end)
    if lang == "fr":
        start = _without_capital_article(text, start, end)
        start = _without_heading(text, start, end, lang)
    if lang == "en" and text[end : end + 1] == "." and text[start:end] + "." in word_set("en", "place_abbreviations"):
        end += 1  # "Auburn Hills, Mich.": the stop is the abbreviation's
    if lang == "en" and end == ent.end_char and (surname_end := _cut_surname_end(doc, ent, text, start, end)) is not None:
        # "its chairman Marcel Ospel resigned": the model read the given name alone (as a
        # product, a company) and left the surname out.
        yield Candidate(start, surname_end, "PER", f"spacy:{model}:{ent.label_}+surname", evidence=(f"given name: {text[start:end]}",))
        return
    if lang == "en" and LABEL_MAP[ent.label_] == "PER" and (given := _given_name_before(text, start, end)) is not None:
        # "Isabel Moreno said": the model read the surname alone and left the given name out.
        yield Candidate(given, end, "PER", f"spacy:{model}:{ent.label_}+given name", evidence=(f"given name: {text[given:start].strip()}",))
        return
    shop = False
    if lang == "en" and LABEL_MAP[ent.label_] in ("PER", "ORG") and (shop_end := _possessive_shop_end(doc, text, start, end, final=LABEL_MAP[ent.label_] == "ORG")) is not None:
        # "Dillard's reported higher sales": a possessive that owns nothing is the shop's name.
        end, shop = shop_end, True
    surface = text[start:end]
    if (
        not surface
        or is_title_only(surface)
        or (lang == "fr" and (is_function_only(surface) or surface.rstrip(".") in _honorific_abbreviations()))
        or is_form_of_address(surface)
        or is_editorial_marker(surface, furniture=furniture_position(text, start, end))
    ):
        return
    if len(surface) == 1 and (platform := _platform_letter(text, start, surface)) is not None:
        # "sur X", "on X": a one-letter name is no name, except a platform's after where one posts
        yield Candidate(start, end, "PRO", f"spacy:{model}:{ent.label_}+platform", evidence=(f"platform after: {platform}",))
        return
    if not is_plausible_name(_capitalised(name_part(surface)), stop_words=stop_words) or is_generic_or_demonym(
        text, start, end
    ):
        return
    label = LABEL_MAP[ent.label_] or _reclassify_misc(surface)
    if employer and label == "PER":
        # The name a title follows is whom the person works for: a company, unless it is a place
        # or a person the gazetteer knows or that begins with a given name ("Ontario Treasurer
        # Dwight Duncan", "Barack Obama Spokesman Robert Gibbs").
        label = _employer_label(surface)
    elif shop and label == "PER":
        label = "ORG"  # "Dillard's reported": the name before a possessive that owns nothing is a shop's
    if lang == "fr" and label in ("LOC", "ORG") and ranked_person(surface):
        label = "PER"  # "Col EMG G. de Loës": an officer, not a place
    if label is None and lang == "fr" and (name_at := _name_after_function(surface)) is not None:
        # « l'ancien Premier ministre Dominique de Villepin », read whole as MISC: the office, then
        # the person who holds it (issue 21, f37b)
        yield Candidate(start + name_at, end, "PER", f"spacy:{model}:{ent.label_}+office", evidence=(f"office: {surface[:name_at].strip()}",))
        return
    if label is None:
        # A MISC name may be a product ("le navigateur Safari"): kg.extract.products keeps it
        # only when the words around it say so.
        yield Candidate(start, end, "PRO", f"spacy:{model}:{ent.label_}", evidence=(UNSURE_PRODUCT,))
        return
    if _PRODUCT_PREFIX.match(name_part(surface)):
        if lang == "en" and end == ent.end_char:
            end = _lowercase_edition_end(doc, ent.end, end)  # "the iPod nano", "the iPod touch" (n34a)
            # The article that determines the product is part of its mention, as a model's is
            # ("the iPhone 4"), unless the product modifies a noun after it ("the iPod line").
            nxt = ent.end + (1 if end > ent.end_char else 0)
            modifies = nxt < len(doc) and doc[nxt].is_lower and doc[nxt].pos_ in ("NOUN", "PROPN")
            if not modifies and (article := _ARTICLE_BEFORE_PRODUCT.search(text, max(0, start - 5), start)) is not None:
                start = article.start()
        yield Candidate(start, end, "PRO", f"spacy:{model}:{ent.label_}+product", evidence=("product name: i-prefix",))
        return
    if _measure_or_currency(text, start, end) or (lang == "fr" and _two_letter_scrap(text, start, end) and surface.casefold() not in held):
        return
    if label in ("PER", "LOC") and quoted_alone(text, start, end):
        # « Sexy », tel est le nom de cette robe; « Herbstfeuer », six chants: a title in quotes
        # names a work or a product, not the place or person the model took it for.
        yield Candidate(start, end, "PRO", f"spacy:{model}:{ent.label_}+quoted", evidence=("quoted title",))
        return
    if lang == "en" and label in ("ORG", "PER", "LOC"):
        seat = _seat_place(text, start, end, doc=None if ent.label_ in _PLACE_NER_LABELS else doc)
        if seat is not None:
            # "the Wolfsburg-based company", "the Troy, Michigan-based company": the name before
            # "-based" and the city before it are where a company sits, and the article before
            # the city is the company's ("the ... company"), not the city's.
            yield Candidate(seat, end, "LOC", f"spacy:{model}:{ent.label_}+seat", evidence=(SEAT_EVIDENCE,))
            return
    if lang == "en" and label in ("ORG", "LOC") and (person := _after_person_role(ent, text, start, end)) is not None:
        # "Spokeswoman Sandy Angers", "Analyst Jane Roe": a person's role before a name NER
        # took for a company or a place.
        yield Candidate(person, end, "PER", f"spacy:{model}:{ent.label_}+role", evidence=(f"role: {text[start:person].strip()}",))
        return
    if lang == "en" and label != "LOC" and surface in word_set("en", "place_abbreviations") and re.search(r",[^\S\n]*$", text[max(0, start - 3) : start]):
        label = "LOC"  # "Oshawa, Ont.": a province after its city, whatever the model took it for
    if lang == "en" and label == "PER" and (site := _person_named_site(text, start, end)) is not None:
        # "the John F. Kennedy Space Center", "the Ronald Reagan Presidential [Library]": a site,
        # an institution or an instrument named after a person, not the person
        site_end, site_label, word = site
        if site_label == "LOC" and _reporting_verb_at(doc, ent.end, site_end):
            # "The Desmond Tutu Centre said it would close": a site that speaks is the body that
            # runs it (review of n28a, rvn28a)
            site_label = "ORG"
        yield Candidate(start, site_end, site_label, f"spacy:{model}:{ent.label_}+site", evidence=(f"kind of name: {word}",))
        return
    if label == "PER" and (
        # "Douglas Aircraft"; "Varga Pharma", "Meridian Health", not "John Trust", "Peter Gas"
        company_worded(surface, lang, person=True)
        # "Ford Credit", but not after a given name ("John Credit" is a person's name)
        or (lang == "en" and surface.split()[-1].casefold() in word_set("en", "finance_arm_heads") and surface.split()[0].casefold() not in word_set("xx", "given_names"))
        # "Chester Zoo", "Mary Seacole Hospital": an institution's last word ends no person's name,
        # but a given name and one such word may be a person's (n27b)
        or (lang == "en" and _institution_worded(surface, text[max(0, start - 24) : start], text[end : end + 60]))
    ):
        label = "ORG"  # "Douglas Aircraft", "Delta Air Lines", "Ford Credit": a company named after a person
    if label == "PER" and (not _plausible_person(surface) or _common_word(ent, start, end) or _title_complement(surface)):
        return
    if len(surface.split()) > 8 or (lang == "en" and _names_event(surface)):
        return
    if label in ("PER", "ORG") and calendar_word(surface, lang) and title_start(text, start, lang) == start:
        return  # « Mars et Avril ont été froids »: months, not a person and a company
    if lang == "fr" and label in ("LOC", "ORG") and " " not in surface and surface[:1].isupper() and _lower_title_before(text, start) \
            and not surface.isupper() and not re.match(r"[^\S\n]+[A-ZÀ-Þ][a-zà-ÿ]", text[end : end + 3]):
        # « lord Crewe », « le prince Gortschakoff »: a title makes a person of a town's name; not
        # an acronym or a word before a name (« le député LR Jean Dupont », « la sénatrice Modem
        # Anne Roux »: the person's party)
        label = "PER"
    if lang == "fr" and _dictionary_word_alone(doc, text, start, end, lang, held) and (label != "LOC" or _heading_position(doc, text, start, end) or _common_noun_place(doc, ent, text, start, end)):
        # A place name is often a common word too ("la Corse", "les Grisons"): only where
        # nothing but a heading or a sentence start capitalises it, or where the tagger reads it
        # as a common noun or adjective, is such a word dropped.
        return
    yield Candidate(start, end, label, f"spacy:{model}:{ent.label_}")


def _platform_letter(text: str, start: int, surface: str) -> str | None:
    """The preposition before a one-letter platform's name (``xx/platforms``: "X") where something
    is posted ("sur X", "on X", "via X": ``xx/platform_prepositions``), or None."""
    if surface not in word_set("xx", "platforms"):
        return None
    before = _WORD_BEFORE_NAME.search(text, max(0, start - 12), start)
    if before is None or before.group("word").lower() not in word_set("xx", "platform_prepositions"):
        return None
    return before.group("word").lower()


# The word right before a name, after one space.
_WORD_BEFORE_NAME = re.compile(r"(?<![\w-])(?P<word>\w+)[^\S\n]+$")


# An abbreviated rank, staff marks in capitals, then an initial ("Col EMG G. de Loës", "Br J. Délia").
_RANKED = re.compile(r"(?P<rank>[A-ZÀ-Þ][a-zé]{1,3})(?:[^\S\n]+[A-Z]{1,4})*[^\S\n]+[A-ZÀ-Þ]\.[^\S\n]*(?:(?:de|d['’]|von|van)[^\S\n]*)?[A-ZÀ-Þ]")


# An apposition of a person right after a name: an age ("Jane Hospital, 34,") or an article and
# up to three lower-case words, the person's noun among them ("Jane Hospital, a nurse").
_PERSON_APPOSITION_AFTER = re.compile(r",[^\S\n]+(?:(?P<age>\d{1,3})[^\S\n]*,|(?:an?|the)[^\S\n]+(?P<words>[a-z-]+(?:[^\S\n]+[a-z-]+){0,2}))")


def _person_apposition(after: str) -> bool:
    """Whether the text ``after`` a name opens an apposition that describes a person: an age, or a
    noun of ``en/coref_person_nouns`` or ``en/apposition_roles`` ("Jane Hospital, a nurse, said")."""
    found = _PERSON_APPOSITION_AFTER.match(after)
    if found is None:
        return False
    if found.group("age"):
        return True
    nouns = frozenset(r[0] for r in rows("en", "coref_person_nouns") if r) | word_set("en", "apposition_roles")
    return any(w in nouns for w in found.group("words").split())


def _institution_worded(surface: str, before: str = "", after: str = "") -> bool:
    """English: whether the name ``surface`` ends with the capitalised word of a public or cultural
    institution (``en/institution_name_tails``: "Chester Zoo", "Mary Seacole Hospital"); a name of
    two words whose first is a given name (``xx/given_names``) is left a person's ("Mary Library"),
    and so is a name with a person's title first or in the text ``before`` it ("Professor Ann
    Library": ``en/name_titles``, ``en/role_titles``), or an apposition of a person in the text
    ``after`` it ("Jane Hospital, a nurse", "Jane Hospital, 34,": review rvn27b)."""
    words = surface.split()
    titles = word_set("en", "name_titles") | frozenset(word_map("en", "role_titles"))
    previous = before.split()[-1:] if before[-1:].isspace() else []
    if any(w.casefold().rstrip(".") in titles for w in [*previous, *words[:1]]):
        return False
    if _person_apposition(after):
        return False
    if len(words) < 2 or not words[-1][:1].isupper() or words[-1].casefold() not in word_set("en", "institution_name_tails"):
        return False
    return len(words) > 2 or words[0].casefold() not in word_set("xx", "given_names")


# One capitalised word right after a name, on the same line, with no capitalised word or
# possessive after it.
# A word of ``en/site_name_modifiers`` may come first: "John F. Kennedy [International] Airport" (n37b).
_TAIL_WORD_AFTER = re.compile(r"[ \t](?:(?P<modifier>[A-Z][a-z]+)[ \t]+)?(?P<word>[A-Z][a-z]+)(?![\w'’-])(?![ \t]+[A-Z])")


def _person_named_site(text: str, start: int, end: int) -> tuple[int, EntityLabel, str] | None:
    """English: the end, the type and the head word of the name of a site, an institution or an
    instrument named after a person that NER read as the person's name ``text[start:end]``, or
    None: a name of three words or more whose last is a word of ``en/person_named_site_tails``
    ("John F. Kennedy Space Center", "James Webb Space Telescope"), or one that such a word or one
    of ``en/institution_name_tails`` goes on right after ("Ronald Reagan Presidential" +
    "Library"), the name then being of three words or more or not opening with a given name
    ("Mary Library" is left a person's)."""
    words = text[start:end].split()
    tails = word_map("en", "person_named_site_tails")
    after = _TAIL_WORD_AFTER.match(text, end)
    if after is not None and after.group("modifier") is not None and after.group("modifier").casefold() not in word_set("en", "site_name_modifiers"):
        after = None
    if after is not None:
        word = after.group("word").casefold()
        label = tails.get(word) or ("ORG" if word in word_set("en", "institution_name_tails") else None)
        if label is not None and (len(words) >= 2 or words[0].casefold() not in word_set("xx", "given_names")):
            return after.end(), cast("EntityLabel", label), word
    if len(words) >= 3 and words[-1][:1].isupper() and (label := tails.get(words[-1].casefold())) is not None:
        return end, cast("EntityLabel", label), words[-1].casefold()
    return None


def _reporting_verb_at(doc: Doc, after: int, at: int) -> bool:
    """Whether the first token of ``doc`` from token ``after`` on that begins at or after the
    character ``at`` is a verb of saying (``reporting_verbs``: "said", "warned", "reported")."""
    for tok in doc[after : after + 4]:
        if tok.idx >= at:
            return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in word_sets("reporting_verbs").get("en", frozenset())
    return False


# A capitalised word and one blank right before a name, not after another name's word, an initial
# or a hyphen.
_GIVEN_WORD_BEFORE = re.compile(r"(?<![\w'’.&-])(?<![A-Z][a-z] )(?P<word>[A-Z][a-z]+)[ \t]$")


def _given_name_before(text: str, start: int, end: int) -> int | None:
    """English: where a person's name that NER read as its surname alone (one capitalised word,
    ``text[start:end]``) begins when a given name of ``xx/given_names`` stands right before it
    ("[Isabel] Moreno said"), or None."""
    surface = text[start:end]
    if " " in surface or not surface[:1].isupper() or not surface.isalpha():
        return None
    before = _GIVEN_WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is None or before.group("word").casefold() not in word_set("xx", "given_names"):
        return None
    return before.start("word")


def ranked_person(surface: str) -> bool:
    """French: a name that begins with a military rank in abbreviated form (``fr/rank_abbreviations``:
    "Col", "Br", "Cdt"), staff marks in capitals if any, and an initial ("Col EMG G. de Loës", "Br
    J. Délia Santa"): an officer. "Col du Pillon" (a pass) has no initial."""
    match = _RANKED.match(surface)
    return match is not None and match.group("rank") in word_set("fr", "rank_abbreviations")


def _after_person_role(ent: SpacySpan, text: str, start: int, end: int) -> int | None:
    """English: where the person's name begins in a span made of a person's role noun
    (``en/employee_nouns``, ``en/spokesperson_nouns``: "Spokeswoman", "Analyst") and two or three
    capitalised words, subject of a reporting verb ("Spokeswoman Sandy Angers said"); None
    otherwise ("Executive Jet Aviation was sold", "Analyst Relations said")."""
    root = ent.root
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in word_set("en", "reporting_verbs"):
        return None
    words = text[start:end].split()
    if not 3 <= len(words) <= 4 or words[0].casefold() not in word_set("en", "employee_nouns") | word_set("en", "spokesperson_nouns"):
        return None
    rest = words[1:]
    if not all(w[:1].isupper() and w[1:2].islower() for w in rest) or any(w.casefold() in word_set("xx", "company_heads") for w in rest):
        return None
    return text.index(rest[0], start + len(words[0]))


# The evidence of a place typed by :func:`_seat_place`: it outweighs the predicate of the noun
# phrase it stands in ("the Auburn Hills, Michigan-based company employs": the company employs).
SEAT_EVIDENCE = "seat: -based"

# A capitalised word after a given name, as a surname is written ("Ospel", "McCormick", "Smith-Jones").
_SURNAME_AFTER = re.compile(r"[^\S\n]+(?P<surname>(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?![-'’.])")


def _cut_surname_end(doc: Doc, ent: SpacySpan, text: str, start: int, end: int) -> int | None:
    """English: the end of a person's name the model cut after the given name: one word of
    ``xx/given_names`` that the model did not read as a whole person, followed by a capitalised
    word that begins no other name of the model's, is no noun that heads a company's or a place's
    name and is no name the gazetteer knows ("Marcel Ospel", not "Marcel Paris" nor "Victor
    Group"). None otherwise."""
    surface = text[start:end]
    if not surface.isalpha() or not surface[:1].isupper() or surface.isupper() or surface.casefold() not in word_set("xx", "given_names"):
        return None
    match = _SURNAME_AFTER.match(text, end)
    if match is None or ent.end >= len(doc) or doc[ent.end].ent_iob_ == "B" or doc[ent.end].idx != match.start("surname"):
        return None
    surname = match.group("surname")
    heads = word_set("xx", "place_heads") | word_set("xx", "company_heads") | word_set("xx", "legal_suffixes") | word_set("en", "organisation_name_heads")
    if surname.casefold() in heads or default_gazetteer().lookup(surname) or default_gazetteer().lookup(surface):
        return None
    return match.end("surname")


# A capitalised name glued by a hyphen to a participle that says where something sits
# ("Wolfsburg-based", "North Carolina-headquartered": ``en/seat_participles``).
_SEAT_WORD = re.compile(r"(?P<name>[A-Z][^\s-]*(?:\s+[A-Z][^\s-]*)*)-(?P<participle>[a-z]+)$")
# The participle right after a name ("Wolfsburg|-based").
_SEAT_HYPHEN = re.compile(r"-(?P<participle>[a-z]+)\b")
# The same after a comma, where the city before it sits in that region ("Troy, Michigan-based").
_SEAT_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*[A-Z][^\s,-]*(?:[^\S\n]+[A-Z][^\s,-]*)*-(?P<participle>[a-z]+)\b")
_LEADING_ARTICLE = re.compile(r"(?:[Tt]he)[^\S\n]+(?=[A-Z])")
# "the" right before a name the model read without it.
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])[Tt]he[^\S\n]+$")
# A capitalised word after a participle ("Troy, Michigan-based Delphi").
_NAME_AFTER = re.compile(r"[^\S\n]+[A-Z]")


# The model's labels of places: a name so labelled before "-based" needs no holder to be one.
_PLACE_NER_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _seat_holder(doc: Doc, start: int) -> bool:
    """Whether the participle of ``en/seat_participles`` after the name at ``start`` of ``doc``
    modifies a noun that sits somewhere: an organisation, a unit or a person at work (heads of
    ``en/organisation_descriptors``, ``en/business_appositions``, ``en/organisation_unit_nouns``,
    ``en/employee_nouns``, ``en/spokesperson_nouns``, ``en/apposition_roles`` and the heads of
    ``en/role_titles``: "the Stuttgart-based carmaker", "a Zorba-based analyst"), not a product
    or a technology built on the name ("Android-based phones", "the Ethereum-based token")."""
    participles = word_set("en", "seat_participles")
    first = next((t.i for t in doc if t.idx >= start), None)
    if first is None:
        return False
    participle = next((t for t in doc[first : first + 6] if t.lower_ in participles), None)
    if participle is None:
        return False
    holders = _seat_holder_nouns()
    return participle.head.lemma_.lower() in holders or participle.head.lower_ in holders


@cache
def _seat_holder_nouns() -> frozenset[str]:
    """The nouns :func:`_seat_holder` accepts, read once."""
    return (
        word_set("en", "organisation_descriptors")
        | word_set("en", "business_appositions")
        | frozenset(word_map("en", "organisation_unit_nouns"))
        | word_set("en", "employee_nouns")
        | word_set("en", "spokesperson_nouns")
        | word_set("en", "apposition_roles")
        | frozenset(w for w, kind in word_map("en", "role_titles").items() if kind == "head")
    )


def _seat_place(text: str, start: int, end: int, *, doc: Doc | None = None) -> int | None:
    """English: the start of a place the model read as a company or a person, or with the
    article of the noun phrase it modifies, when it says where a company sits: a name glued to
    "-based" ("the Wolfsburg-based carmaker": a place, not a company), or a city before ", Region-based"
    ("the Auburn Hills, Michigan-based company": "Auburn Hills"). None otherwise; a company the
    gazetteer knows before the hyphen stays ("Intel-based" names what a product runs on). With
    ``doc`` (the model did not take the name for a place), a name the gazetteer does not know as a
    place is one only before a noun that sits somewhere (:func:`_seat_holder`: not "the
    Android-based phones")."""
    participles = word_set("en", "seat_participles")
    surface = text[start:end]
    glued = _SEAT_WORD.fullmatch(surface)
    name = glued.group("name") if glued is not None and glued.group("participle") in participles else None
    if name is None and (hyphen := _SEAT_HYPHEN.match(text, end, min(len(text), end + 30))) and hyphen.group("participle") in participles:
        name = surface  # the tokenizer cut "Wolfsburg-based" at the hyphen
    if name is not None:
        records = default_gazetteer().lookup(name)
        if any(r.type != "LOC" for r in records):
            return None
        if doc is not None and not records and not _seat_holder(doc, start):
            return None
        article = _LEADING_ARTICLE.match(surface)
        return start + article.end() if article else start
    after = _SEAT_AFTER.match(text, end, min(len(text), end + 80))
    if after is None or after.group("participle") not in participles or "-" in surface:
        return None
    article = _LEADING_ARTICLE.match(surface)
    if article is None and default_gazetteer().lookup(surface) and not any(r.type == "LOC" for r in default_gazetteer().lookup(surface)):
        return None
    if article is None and not _ARTICLE_BEFORE.search(text[max(0, start - 5) : start]) and not _NAME_AFTER.match(text, after.end()):
        # "Zorvex Systems, Michigan-based maker of seats, said": without the article of the phrase
        # the city and its region modify, only a name after them says the name is the city
        # ("Troy, Michigan-based Delphi"); else the phrase is the name's apposition.
        return None
    return start + article.end() if article else start


_CAPITAL_ARTICLE = re.compile(r"(?:L[ea]|Les)\s+|L['’]")


def _without_capital_article(text: str, start: int, end: int) -> int:
    """Start of a French name once an article capitalised at the head of a sentence is dropped ("La
    France a signé" -> "France"), when the gazetteer knows the name without the article and not
    with it in its own label: "Le Figaro" keeps its article, and so do the names it does not know ("La
    Chaux-de-Fonds", "La Spezia")."""
    match = _CAPITAL_ARTICLE.match(text, start, end)
    if match is None or match.end() >= end:
        return start
    records = default_gazetteer().lookup(text[match.end() : end])
    article = text[start : match.end()].strip().casefold()
    if records and not any(label.casefold().startswith(article) for r in records for label in (r.label_en, r.label_fr)):
        return match.end()
    return start


@cache
def _weekdays() -> frozenset[str]:
    return word_set("en", "weekdays") | word_set("fr", "weekdays")


# What ends a name inside a span the model read across two sentences of wire copy ("Suisse.-Groupe
# B", "(ATS).-L'Action nationale") or into the bracket after it ("R. Favre {Sion"): a full stop
# before a dash, a closing bracket never opened, an opening bracket never closed.
_SEPARATOR = re.compile(r"\.-|[)({]")


# A possessive inside a span, written with or without a blank before it ("Apple Computer 's Mac
# OS", "Acme's Zorbix"), followed by a capitalised word.
_POSSESSIVE_INSIDE = re.compile(r"[ \t]?['’]s[ \t]+(?=[A-Z0-9])")


def _before_owned_name(text: str, start: int, end: int) -> int:
    """English: the end of a span the model read across a possessive into the name of what the
    owner makes or has ("Apple Computer 's Mac OS" is Apple Computer): the span ends before the
    possessive when the words before it are a name the gazetteer knows, or such a name and company
    words (``xx/company_heads``: "Apple Computer"). Names with a possessive
    of their own ("People 's Republic of China", "Moody 's Investors Service") are no names the
    gazetteer knows before it, and stay whole."""
    match = _POSSESSIVE_INSIDE.search(text, start, end)
    if match is None or match.start() <= start:
        return end
    owner = text[start : match.start()]
    first, *rest = owner.split()
    gazetteer = default_gazetteer()
    heads = word_set("xx", "company_heads")
    if gazetteer.lookup(owner) or (rest and gazetteer.lookup(first) and all(w.casefold() in heads for w in rest)):
        return match.start()
    return end


# A capitalised word in a span and what follows it: where a role title may begin.
_SPAN_WORD = re.compile(r"(?<=\s)[A-Z][\w-]*")
# The words after a span, up to the next capitalised word that is no role word (the person's name).
_WORDS_AFTER = re.compile(r"(?:[^\S\n]+[\w-]+){1,6}")


def _before_role_title(text: str, start: int, end: int) -> int | None:
    """English: the end of the name in a span the model ran from a name into a role written as a
    title before a person's name ("Halvorsen Chief Financial" of "Halvorsen Chief Financial Officer
    Linda Sato", "Kestrel Vice Chairman Tom Reyes"): a capitalised word after the first that begins
    a run of role words (``en/role_titles``) inside the span and past its end, the run's last word
    a role ("head"), a capitalised name right after it. None otherwise ("General Motors", "Chief
    Executive Magazine", "Secretary of State")."""
    roles = word_map("en", "role_titles")
    for match in _SPAN_WORD.finditer(text, start, end):
        if match.start() == start or roles.get(match.group().casefold(), "and") == "and":
            continue
        after = _WORDS_AFTER.match(text, end)
        inside = text[match.start() : end].split()
        words = inside + (after.group().split() if after is not None else [])
        k = 0
        while k < len(words) and words[k].casefold() in roles:
            k += 1
        if k < len(inside) or k >= len(words) or roles[words[k - 1].casefold()] != "head":
            return None
        if not (words[k][:1].isupper() and words[k][1:2].islower()):
            return None
        return clean_span(text, start, match.start())[1]
    return None


# A noun and "of" or "in" before a capitalised word: "Shares of Canon", "Stock in Zorba".
_HOLDING_LEAD = re.compile(r"(\w+)[^\S\n]+(?:of|in)[^\S\n]+(?=[A-Z])")


def _after_holding_noun(text: str, start: int, end: int) -> int:
    """English: the start of a name once a noun for what investors hold in it and "of" or "in",
    capitalised at the head of a sentence, are left out ("Shares of Canon Inc." -> "Canon Inc.",
    "Stockholders of Zorba" -> "Zorba": ``en/holding_nouns``); "Bank of America" stays."""
    match = _HOLDING_LEAD.match(text, start, end)
    if match is None or match.group(1).casefold() not in word_set("en", "holding_nouns"):
        return start
    return match.end()


def _before_separator(text: str, start: int, end: int) -> int:
    """``end`` moved back to the first separator of ``text[start:end]`` (see ``_SEPARATOR``)."""
    for match in _SEPARATOR.finditer(text, start, end):
        sep = match.group()
        if (sep == ")" and "(" in text[start : match.start()]) or (sep in "({" and re.search(r"[)}]", text[match.end() : end])):
            continue
        return clean_span(text, start, match.start())[1] if match.start() > start else start
    return end


# A lowercase coordinating conjunction that ends a span, with what precedes it: "Bank of America
# Corp. and" of "Bank of America Corp. and Citigroup Inc. led".
_TRAILING_WORD = re.compile(r"[^\S\n]+(?P<word>[a-z]+)[^\S\n]*$")


def _before_trailing_conjunction(text: str, start: int, end: int, lang: str = "") -> int:
    """``end`` moved back before a lowercase conjunction of ``xx/list_conjunctions`` that NER glued
    to the end of a name ("Bank of America Corp. and" before the next company's name), or in
    English a preposition of ``en/name_final_prepositions`` ("Friends of the Earth against"): no
    name ends with one."""
    match = _TRAILING_WORD.search(text, start, end)
    if match is None:
        return end
    word = match.group("word")
    if word not in word_set("xx", "list_conjunctions") and not (lang == "en" and word in word_set("en", "name_final_prepositions")):
        return end
    return clean_span(text, start, match.start())[1]


def _trim_trailing_time(ent: SpacySpan, start: int, end: int) -> int:
    """End of ``ent`` without the time words NER glued to the name ("Renault mardi", "Acme Tuesday").

    A lowercase weekday or month never ends a name; a capitalised one ends it only when it is a
    weekday, because English months are also names ("Theresa May").
    """
    times = word_set("xx", "temporal_words")
    weekdays = _weekdays()
    tokens = [tok for tok in ent if tok.idx < end]
    while len(tokens) > 1:
        last = tokens[-1]
        word = last.text.casefold()
        if word not in times or not (last.is_lower or word in weekdays):
            break
        tokens.pop()
        end = tokens[-1].idx + len(tokens[-1].text)
    return max(end, start)


def _names_event(surface: str) -> bool:
    """Whether the English ``surface`` names an event: its head noun last ("the Paris Air Show",
    ``en/event_name_heads``), or a storm's title before one name (``en/storm_titles``: "Hurricane
    Milton", "Typhoon Haiyan", which the model reads as a person; issue 21, n27b)."""
    words = surface.split()
    if len(words) > 1 and words[-1].casefold() in word_set("en", "event_name_heads") and words[-1][0].isupper():
        return True
    # A company named so keeps its name ("Hurricane Energy", "Cyclone Power").
    # ... and so does one whose word ends like a trade's noun ("Typhoon Gaming", "Cyclone Robotics";
    # en/company_word_suffixes, review rvn27b).
    if words and words[-1].casefold().endswith(tuple(word_set("en", "company_word_suffixes"))):
        return False
    return any(
        len(words) == len(title.split()) + 1 and " ".join(words[:-1]) == title and words[-1][:1].isupper() and words[-1][1:].islower()
        for title in word_set("en", "storm_titles")
    ) and not company_worded(surface, "en")


_QUOTE_BEFORE = re.compile(r"[«<“]\s*$")
_QUOTE_AFTER = re.compile(r"\s*[»>”]")


def quoted_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the whole of a quotation in guillemets or curly quotes ("«
    Sexy »", "“Illico”"; "<" and ">" are how old print's guillemets come out of OCR)."""
    return _QUOTE_BEFORE.search(text, max(0, start - 3), start) is not None and _QUOTE_AFTER.match(text, end) is not None


_DIMENSIONS = re.compile(r"\d+(?:\s*[x×]\s*\d+)+")


_TWO_LETTERS = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]")


def _two_letter_scrap(text: str, start: int, end: int) -> bool:
    """True for a French "name" of two letters, a capital then a small one, outside brackets: OCR
    debris of a short word ("Lo coût" for "Le coût", "Kn voici" for "En voici", "12 _Vs grammes").
    A country code in the brackets of a results list stays ("Guidi (It)"), and so does a word of a
    longer name of the same text ("Xi Jinping ... Xi"), which the caller checks."""
    return _TWO_LETTERS.fullmatch(text, start, end) is not None and not text[max(0, start - 1) : start] == "("


def _measure_or_currency(text: str, start: int, end: int) -> bool:
    """A unit written against its number ("30GB", "5km"), a screen size ("320x240") or a currency
    code ("USD"): no entity."""
    surface = text[start:end]
    return (start > 0 and text[start - 1].isdigit()) or surface in word_set("xx", "currency_codes") or bool(_DIMENSIONS.fullmatch(surface))


# A clock time right before a time zone ("7h44 UTC", "16:50 (UTC)", "10 a.m. EST").
_CLOCK_BEFORE = re.compile(r"\d{1,2}(?:\s*[h:.]\s*\d{2}|\s*h|\s*[ap]\.?m\.?)\s*\(?\s*$", re.I)
# A credit rating (Moody's "Baa2", "Aa1"; S&P's "AA+", "BBB-"); one with "aa" is no name anywhere,
# a bare one only beside another ("de A3 à Baa2").
_RATING = r"(?:Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3]|AAA|AA[+-]?|BBB[+-]?|BB[+-]?|CCC[+-]?)"
# The noun of a rating after one ("its AAA rating", "AA+ credit ratings", "a BBB-rated bond") or,
# in French, before it (« la note AAA », « sa note "AA+" »).
_RATING_NOUN_AFTER = re.compile(r"[ \t]*(?:-[ \t]*rated\b|[ \t](?:credit[ \t]+|debt[ \t]+)?ratings?\b)")
_RATING_NOUN_BEFORE = re.compile(r"\bnote[ \t]+[«\"“]?[ \t]*$")
_RATING_ALONE = re.compile(r"(?:Aaa|Aa[1-3]|Baa[1-3]|Caa[1-3])")
_RATING_PAIR = re.compile(rf"(?<![\w-]){_RATING}(?![\w+-])[\s»\"”]*(?:à|to|vers|and|et)[\s«\"“]*{_RATING}(?![\w+-])")
_EPONYM_BEFORE = re.compile(r"(?<![\w-])(?P<head>\w+)[^\S\n]+(?:de[^\S\n]+|d['’])$")


def not_a_name_here(text: str, start: int, end: int, lang: str) -> str | None:
    """Why the capitalised word at ``[start, end)`` is no entity in its place, or None: a time zone
    after a clock time (``xx/time_zones``: "7h44 UTC"; "l'UTC a annoncé" may be a university), a
    credit rating ("Baa2"; "A3" beside another rating: "de A3 à Baa2", or before "rating": "its
    AAA rating"), an English term of business
    (``en/business_terms``: "the Initial Public Offering", "EPS", "the CPI"), a government portfolio
    before a role noun or after a title and "for"/"of" (:func:`_portfolio`: "Trade" of "Trade
    Minister Jane Roe", "Education" of "the Cabinet Secretary for Education"), a section of a
    newspaper (:func:`_newsroom_section`: "the Metro section"), a disease before an outbreak's
    noun (:func:`_disease_name`: "the Ebola outbreak"), a description
    whose only capitalised word is a nationality (:func:`_nationality_description`: "the European
    steel association"), a government security
    named by its issuer ("the 10-year Treasury note"), a commodity's grade ("Brent crude"), a
    span inside the name of a traded grade or bond ("Texas" of "West Texas Intermediate"), an
    adverb of place opening a sentence before
    a comma (``en/place_adverbs``: "Overseas, ..."), an English holiday (:func:`_holiday`: "Martin
    Luther King Day") or currency (:func:`_currency`: "the Euro"), a court's district
    (:func:`_judicial_district`: "the Southern District" of "the U.S. Bankruptcy Court for the
    Southern District of New York"), a chamber that names a bill (:func:`_bill_designation`: "House"
    of "House Bill 18"), or, in French, the name of
    an event (``fr/event_name_heads``: "le Forum mondial de la langue française", "les Jeux
    olympiques"; "Londres" after it stays) or a one-word name in a term of science or medicine
    (``fr/eponym_heads``: "le boson de Higgs", "le test de Turing"; "la maladie de Jean Dupont"
    keeps the person), or a French weekday alone (« Mardi, Greenpeace a manifesté »)."""
    surface = text[start:end]
    if surface in word_set("xx", "time_zones") and _CLOCK_BEFORE.search(text, max(0, start - 16), start):
        return "time zone"
    if lang in ("en", "fr") and _business_term(surface, lang):
        return "business term"
    if lang == "en" and _security(text, surface, end):
        return "security"
    if lang == "en" and _commodity_grade(text, surface, end):
        return "commodity grade"
    if lang == "en" and _portfolio(text, surface, end):
        return "portfolio"
    if lang == "en" and _nationality_description(surface):
        return "description"
    if lang == "en" and _newsroom_section(text, surface, start, end):
        return "section"
    if lang == "en" and _disease_name(text, surface, end):
        return "disease"
    if lang == "en" and _award(text, surface, start, end):
        return "award"
    if lang == "en" and _in_traded_name(text, start, end):
        return "traded name"
    if lang == "en" and surface.casefold() in word_set("en", "place_adverbs") and _OPENS_SENTENCE.search(text, max(0, start - 3), start) and text[end : end + 1] == ",":
        return "adverb of place"
    if lang == "en" and _holiday(surface):
        return "holiday"
    if lang == "en" and _currency(text, start, end):
        return "currency"
    if lang == "en" and _judicial_district(text, start, end):
        return "judicial district"
    if lang == "en" and _bill_designation(text, end):
        return "bill"
    if _RATING_ALONE.fullmatch(surface):
        return "credit rating"
    if re.fullmatch(_RATING, surface):
        window = text[max(0, start - 20) : min(len(text), end + 20)]
        if any(m.start() <= start - max(0, start - 20) < m.end() for m in _RATING_PAIR.finditer(window)):
            return "credit rating"
        if _RATING_NOUN_AFTER.match(text, end) or _RATING_NOUN_BEFORE.search(text, max(0, start - 12), start):
            return "credit rating"  # "affirmed its AAA rating", "la note AAA" (n34a)
    if lang == "fr" and surface.split(None, 1)[0] in word_set("fr", "event_name_heads"):
        return "event name"
    if lang == "fr" and _month_of_date(text, start, end):
        return "date"
    if lang == "fr" and surface.casefold() in word_set("fr", "weekdays"):
        return "weekday"  # « Mardi, Greenpeace a manifesté »: the model may read the opening weekday as a name
    if lang == "fr" and _feast_day(text, start, end):
        return "feast day"
    if lang == "fr" and " " not in surface:
        head = _EPONYM_BEFORE.search(text, max(0, start - 20), start)
        if head is not None and head.group("head").casefold() in word_set("fr", "eponym_heads"):
            return "eponym"
    return None


# What follows a chamber's name in a bill's designation: "Joint" maybe, a noun of
# ``en/bill_designation_nouns`` and a number ("House [Bill 18]", "Senate [Joint Resolution 3]").
_BILL_AFTER = re.compile(r"[^\S\n]+(?:Joint[^\S\n]+)?(?P<noun>[A-Z][a-z]+)[^\S\n]+(?:No\.[^\S\n]*)?\d")


def _bill_designation(text: str, end: int) -> bool:
    """Whether a bill's designation goes on after the name ending at ``end`` ("House" of "House
    Bill 18", "Senate" of "Senate Bill 5"): the chamber names the bill there, not itself."""
    after = _BILL_AFTER.match(text, end)
    return after is not None and after.group("noun") in word_set("en", "bill_designation_nouns")


# The start of the text, a line or a sentence before a word ("\n\nOverseas,", ". Abroad,").
_OPENS_SENTENCE = re.compile(r"(?:^|[\n.!?][^\S\n]*|\n[^\S\n]*)$")


# A day of the month as print and OCR give it: "12", "1er", or one or two characters OCR reads
# for digits ("i" for 1, "ÎO" for 10).
_DAY = r"(?:\d{1,2}(?:er)?|(?![Ii]l(?!\w))[\dIÎilOo]{1,2})"  # (OCR's letters for digits; not the pronoun « il »)
_DAY_BEFORE = re.compile(rf"(?<![\w.,]){_DAY}[^\S\n]+$")
_DAY_WORD = re.compile(_DAY)
_YEAR_AFTER = re.compile(r"[^\S\n]*\d{4}(?!\d)")
_YEAR_AFTER_DOT = re.compile(r"\.?[^\S\n]*\d{4}(?!\d)")


def _month_of_date(text: str, start: int, end: int) -> bool:
    """French: a capitalised month name (``fr/months``, abbreviated ones too: « Juill. », « Sept. »)
    right after a day of the month or right before a year, or a span made of a day and a month (« 12
    Juillet », « i Juill. 1808 », « ÎO Juillet »): a date, which the model reads as a name in old
    print that capitalised months."""
    words = text[start:end].split()
    months = word_map("fr", "months")
    if not words or words[-1].rstrip(".").casefold() not in months:
        return False
    if len(words) == 2:
        return _DAY_WORD.fullmatch(words[0]) is not None
    if len(words) != 1:
        return False
    # (a full stop before the year only after an abbreviated month, « Juill. 1808 »: « sur Mars. 2021
    # restera … » ends a sentence)
    word = words[-1].rstrip(".").casefold()
    abbreviated = any(k != word and k.startswith(word) and v == months[word] for k, v in months.items())
    year_after = _YEAR_AFTER_DOT if abbreviated else _YEAR_AFTER
    return _DAY_BEFORE.search(text, max(0, start - 8), start) is not None or year_after.match(text, end) is not None


# A saint's day named by the feminine article before "Saint-" and a man's name (« la Saint-Martin »,
# « à la Saint-Jean », « de la St-Sylvestre »: the feast, « la fête de »), not a place (« à
# Saint-Martin ») nor a saint (« saint Martin »); « la Sainte-Chapelle » is no feast.
_FEAST_DAY = re.compile(r"(?:^|(?<![\w'’-]))la[^\S\n]+$", re.I)
_FEAST_NAME = re.compile(r"(?:Saint|St)-[A-ZÀ-Þ][\w'’-]*")


def _feast_day(text: str, start: int, end: int) -> bool:
    """French: « la Saint-Martin », a feast day (:data:`_FEAST_DAY`), not a place or a person; the
    model may run the article into the span at a sentence start (« La Saint-Nicolas a été fêtée »)."""
    if text[start : start + 3] in ("La ", "la ") and _FEAST_NAME.fullmatch(text, start + 3, end) is not None:
        return True
    return _FEAST_NAME.fullmatch(text, start, end) is not None and _FEAST_DAY.search(text, max(0, start - 8), start) is not None


def _lower_title_before(text: str, start: int) -> bool:
    """French: a person's title in lower case (a rank, a nobility title: "lord", "prince", "général")
    written right before ``start``, not an honorific abbreviation ("M.", which the model's types
    already follow) nor a title at a sentence start (« Général » may open a heading)."""
    begin = title_start(text, start, "fr")
    return begin < start and text[begin : begin + 1].islower() and not text[begin:start].strip().endswith(".")


def calendar_word(surface: str, lang: str) -> bool:
    """French: a month's or a day's name alone (« Mars et Avril ont été froids », « Samedi, il
    neigeait »), capitalised by a sentence start or by old print: no person or organisation."""
    if lang != "fr" or not surface.isalpha():
        return False
    word = surface.casefold()
    months = number_map("fr", "months")
    # A month's full name, not an abbreviation of another of its names ("sept" of "septembre").
    abbreviation = any(other != word and other.startswith(word) and months[other] == months.get(word) for other in months)
    return word in word_set("fr", "weekdays") or (word in months and not abbreviation)


_SPACE_BEFORE_PUNCT = re.compile(r"\s+(?=[,;:])")


def _holiday(surface: str) -> bool:
    """An English holiday's name, a date, not a person's, a place's or an organisation's: one of
    ``en/holidays`` ("Martin Luther King Day", "Labor Day"), or a name of three words or more
    that "Day" ends ("Health and Sports Day", "Martin Luther King Jr. Day"; "Doris Day" is a
    person's). Unless its own "the" comes with it ("the Armed Forces Day parade"), such a name
    shows that it names no person by a word a person's name lacks: a lower-case joiner ("and",
    "of"), an abbreviation's full stop ("Jr."), a possessive ("Saint Patrick's Day"); "the singer
    Mary Ann Day", "Sir Robin Day" are people's."""
    bare = _LEADING_THE.sub("", surface.strip())
    name = " ".join(bare.split())
    if name in word_map("en", "holidays"):
        return True
    words = name.split()
    if len(words) < 3 or words[-1] != "Day":
        return False
    return bare != surface.strip() or any(not w[:1].isupper() or "." in w or "'" in w or "’" in w for w in words[:-1])


# A court's name and "for" before a district ("the U.S. Bankruptcy Court for "), and "of" and a
# capitalised word after it (" of New York").
_COURT_FOR_BEFORE = re.compile(r"\b[Cc]ourt[ \t]+for[ \t]+$")
_OF_PLACE_AFTER = re.compile(r"[ \t]+of[ \t]+[A-Z]")


def _judicial_district(text: str, start: int, end: int) -> bool:
    """A court's district after its name and "for" ("the U.S. Bankruptcy Court for [the Southern
    District] of New York": ``en/judicial_district_words``), part of the court's name and no place
    of its own; the state after it is one."""
    words = _LEADING_THE.sub("", text[start:end].strip()).split()
    if len(words) != 2 or words[1] != "District" or words[0].casefold() not in word_set("en", "judicial_district_words"):
        return False
    return bool(_COURT_FOR_BEFORE.search(text, max(0, start - 20), start)) and bool(_OF_PLACE_AFTER.match(text, end))


# "the" right before a name that NER read without it ("the " of "against the Euro").
_THE_RIGHT_BEFORE = re.compile(r"(?<![\w'’])[Tt]he[ \t]+$")


def _currency(text: str, start: int, end: int) -> bool:
    """A currency's name written with a capital ("the Euro", "The U.S. Dollar", "the Japanese
    Yen": ``en/currency_names`` ends it), which names no organisation nor place; "Dollar General"
    and "Euro Disney" end with another word. The words also name people ("Actor Donnie Yen said",
    "chairman Chen Yuan said", "Yuan said"), so the currency's name comes after a country's or a
    place's (``demonyms.tsv``: "Japanese", "U.S."; the gazetteer: "the Hong Kong Dollar"), or,
    alone, after its article ("the Euro")."""
    surface = text[start:end].strip()
    words = _LEADING_THE.sub("", surface).split()
    if len(words) == 1 and words[0][:1].isupper() and _quoted_against_currency(text, end):
        return True  # "Sterling fell 0.5 percent against the dollar" (issue 21, n35a)
    if not words or not words[-1][:1].isupper() or words[-1].casefold() not in word_set("en", "currency_names"):
        return False
    if len(words) == 1:
        return len(surface.split()) == 2 or _THE_RIGHT_BEFORE.search(text, max(0, start - 5), start) is not None
    from kg.knowledge.gazetteer import default_gazetteer
    from kg.knowledge.institutions import norm, tables

    issuer = " ".join(words[:-1])
    if norm(issuer) in tables().demonyms.get("en", {}):
        return True
    return {r.type for r in default_gazetteer().lookup(issuer)} == {"LOC"}


# Up to six words in small letters or figures after a name, then "against" or "versus", "the" and
# a word ("fell 0.5 percent against the dollar", "rose against the U.S. dollar").
_AGAINST_AFTER = re.compile(
    r"(?:[^\S\n]+(?:[a-z]+|[\d.,]+%?))(?:[^\S\n]+(?:[a-z]+|[\d.,]+%?)){0,5}?[^\S\n]+(?:against|versus)[^\S\n]+the[^\S\n]+(?:U\.S\.[^\S\n]+|US[^\S\n]+)?(?P<word>[A-Za-z]+)"
)


def _quoted_against_currency(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is quoted against a currency later in its clause
    ("Sterling fell 0.5 percent against the dollar", "The Swiss franc rose versus the euro"): the
    name is a currency's, which ``en/currency_names`` leaves out where the word also names a firm
    or a person ("sterling", "pound": "Sterling Bancorp", "Ezra Pound")."""
    match = _AGAINST_AFTER.match(text, end)
    if match is None:
        return False
    currencies = word_set("en", "currency_names") | word_set("en", "currency_nouns")
    if text[end:].split(maxsplit=1)[0].casefold() in currencies:
        return False  # "The US dollar fell against the euro": the country of the currency named after it
    return match.group("word").casefold() in currencies


def _business_term(surface: str, lang: str = "en") -> bool:
    """A term of business or economics (``<lang>/business_terms``: "IPO", « BTP », « TVA »), "the"
    left out and spaced commas closed up ("Maintenance , Repair and Overhaul")."""
    term = _SPACE_BEFORE_PUNCT.sub("", _LEADING_THE.sub("", surface.strip()))
    return " ".join(term.split()).casefold() in word_set(lang, "business_terms")


_NEXT_WORD = re.compile(r"[^\S\n]+([A-Za-z]+)")


def _security(text: str, surface: str, end: int) -> bool:
    """An issuer's name before a noun of a security (``en/security_issuers``,
    ``en/security_nouns``): "the 10-year Treasury note", "Treasury yields"."""
    if _LEADING_THE.sub("", surface).casefold() not in word_set("en", "security_issuers"):
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).casefold() in word_set("en", "security_nouns")


def _nationality_description(surface: str) -> bool:
    """English: a span whose only capitalised words, after its article, are a nationality or
    region adjective ("the European steel association", "the Japanese business lobby": a
    description NER took for a name; ``ontologies/demonyms.tsv``, ``en/region_adjectives``)."""
    words = _LEADING_THE.sub("", surface).split()
    for size in (2, 1):
        head, rest = " ".join(words[:size]), words[size:]
        if rest and inst.nationality_adjective(head):
            return head[:1].isupper() and not head.isupper() and all(w.isalpha() and w.islower() for w in rest)
    return False


# "the", or a possessive determiner, right before a word ("the [Metro] section", "its [National] desk").
_SECTION_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er)[^\S\n]+$")


def _newsroom_section(text: str, surface: str, start: int, end: int) -> bool:
    """English: one capitalised word between "the" (or a possessive determiner) and a lower-case
    noun of a newspaper's or a broadcaster's section (``en/newsroom_section_nouns``: "the Metro
    section", "its National desk", "the Business pages"): the section's name, no organisation or
    place (issue 21, n26b). A name the gazetteer knows keeps its type ("the Reuters desk"); so does
    a word in capitals ("the NATO desk")."""
    if " " in surface or not surface[:1].isupper() or surface.isupper() or not surface.isalpha():
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None or after.group(1) not in word_set("en", "newsroom_section_nouns"):
        return False
    if _SECTION_DETERMINER_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    return not default_gazetteer().lookup(surface)


def _disease_name(text: str, surface: str, end: int) -> bool:
    """English: one word before a lower-case noun of an outbreak (``en/disease_event_nouns``: "the
    COVID-19 pandemic", "the Ebola outbreak", "the Zika virus"): a disease's name, which the model
    reads as an organisation or a place (issue 21, n26b). A name the gazetteer knows keeps its type
    ("the Wuhan outbreak": where it broke out)."""
    word = _LEADING_THE.sub("", surface)
    if " " in word or not word[:1].isupper():
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None or after.group(1) not in word_set("en", "disease_event_nouns"):
        return False
    return not default_gazetteer().lookup(word)


# An article, a possessive determiner or an ordinal right before an award's name ("won [an]
# Oscar", "her second Golden Globe", "the Pulitzer").
_AWARD_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth)[^\S\n]+$"
)
# A lower-case word one blank after the name ("Golden Globe [winner] Sandra Oh").
_AWARD_NOUN_AFTER = re.compile(r"[^\S\n]+([a-z]+)\b")
# A hyphen and a lower-case word glued to the name ("Oscar[-winning]").
_GLUED_WORD_AFTER = re.compile(r"-([a-z]+)(?![\w-])")


def _award(text: str, surface: str, start: int, end: int) -> bool:
    """English: the name of an award or a prize (``en/award_names``) after an article, a possessive
    determiner or an ordinal ("won an Oscar", "her second Golden Globe"), or glued to a participle
    of ``en/award_participles`` ("the Oscar-winning director", "Grammy-nominated"): the award's
    name, which the model reads as a person or a company (issue 21, n27b). The same word as a
    given name keeps its reading ("Oscar said", "Tony Blair")."""
    glued = _GLUED_WORD_AFTER.search(surface)
    if glued is not None and glued.end() == len(surface):
        word, after = surface[: glued.start()], glued.group(1)
    else:
        word = _LEADING_THE.sub("", surface)
        found = _GLUED_WORD_AFTER.match(text, end)
        after = found.group(1) if found is not None else ""
    if word not in word_set("en", "award_names") or (not after and text[end : end + 1] == "-"):
        return False  # the first part of a hyphenated name ("the Oscar-Smith family")
    if word == surface and (winner := _AWARD_NOUN_AFTER.match(text, end)) is not None and winner.group(1) in word_set("en", "award_participles"):
        return True  # "Golden Globe winner Sandra Oh", "Grammy winners" (rvn27b)
    if after:
        return after in word_set("en", "award_participles")
    return word != surface or _AWARD_DETERMINER_BEFORE.search(text, max(0, start - 8), start) is not None


# A role noun and "for" or "of" right before a portfolio's word ("Secretary for [Education]",
# "Minister of State for [Trade]", "the minister of [Energy]").
_TITLE_FOR_BEFORE = re.compile(
    r"(?:\b(?P<modifier>[A-Za-z]+)[^\S\n]+)?\b(?P<noun>[A-Za-z]+)(?:[^\S\n]+of[^\S\n]+State)?[^\S\n]+(?:for|of)[^\S\n]+$"
)


def _portfolio(text: str, surface: str, end: int) -> bool:
    """English: one capitalised word of a government portfolio (``en/portfolio_words``) written as
    a title before a role noun (``en/portfolio_title_nouns``): "Trade" of "Japanese Trade Minister
    Jane Roe", "Energy" of "Energy Secretary Tom Wilkes"), or after such a noun and "for" or "of"
    ("the Cabinet Secretary for Education"; not a spokesperson's: "a spokesman for Labour"). NER
    reads it as an organisation; it
    names a field of work, and the ministry, when the text names one, has a name of its own ("the
    Ministry of Trade")."""
    word = _LEADING_THE.sub("", surface)
    if " " in word and all(inst.nationality_adjective(w) for w in word.split()[:-1]):
        # "Philippine Defence Secretary Gilberto Teodoro", "British Foreign Secretary": a nationality
        # before the portfolio names the government whose portfolio it is, no body of its own
        surface = word = word.split()[-1]
    if " " in word or not word[:1].isupper() or word.casefold() not in word_set("en", "portfolio_words"):
        return False
    if surface == word and (title := _TITLE_FOR_BEFORE.search(text, max(0, end - len(word) - 40), end - len(word))) is not None:
        # "the Cabinet Secretary for Education", "Minister of State for Trade": the office's
        # portfolio after its title noun and "for"/"of" (n26b); a spokesperson for a party speaks
        # for the party ("a spokesman for Labour")
        noun = title.group("noun").casefold()
        # "the general secretary of Labour" is the party's officer (review rv26b)
        party_office = word.casefold() in _party_portfolios() and (title.group("modifier") or "").casefold() in word_set("en", "party_office_modifiers")
        if noun in word_set("en", "portfolio_title_nouns") and noun not in word_set("en", "spokesperson_nouns") and not party_office:
            return True
    after = _NEXT_WORD.match(text, end)
    if after is None or (noun := after.group(1).casefold()) not in word_set("en", "portfolio_title_nouns"):
        return False
    # A party's spokesperson is the party's: "Labour spokesman Tom Harding".
    return not (word.casefold() in _party_portfolios() and noun in word_set("en", "spokesperson_nouns"))


@cache
def _party_portfolios() -> frozenset[str]:
    """Portfolio words that also name a political party (``en/portfolio_words``, second column
    "party": "Labour", "Labor")."""
    return frozenset(row[0] for row in rows("en", "portfolio_words") if row[1:2] == ("party",))


def _commodity_grade(text: str, surface: str, end: int) -> bool:
    """English: a name before a noun of a commodity's grade (``en/commodity_grade_nouns``: "Brent
    crude"), unless the gazetteer knows it as a place ("Iran crude exports")."""
    after = _NEXT_WORD.match(text, end)
    if after is None or after.group(1) not in word_set("en", "commodity_grade_nouns"):
        return False
    return not _is_known_place(_LEADING_THE.sub("", surface))


@cache
def _traded_name_pattern() -> re.Pattern[str] | None:
    """The names of ``en/traded_names`` as one pattern, case kept, longest first."""
    names = sorted(word_set("en", "traded_names"), key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in names) + r")(?![\w-])")


def _in_traded_name(text: str, start: int, end: int) -> bool:
    """English: a span that reaches into the name of a grade of crude or a government bond
    (``en/traded_names``: "Texas" of "West Texas Intermediate", "German Bunds"): no entity. A name
    that ends before it stays ("U.S." of "U.S. Treasuries")."""
    pattern = _traded_name_pattern()
    if pattern is None:
        return False
    return any(m.start() < end and start < m.end() for m in pattern.finditer(text, max(0, start - 40), min(len(text), end + 40)))


# A number before the place and the currency it names ("9.99 US dollars", "1,000 Hong Kong dollars").
_AMOUNT_BEFORE = re.compile(r"\d[\d.,]*(?:\s+(?:million|billion|trillion|bn|m))?\s+$")


def currency_of_amount(text: str, start: int, end: int) -> bool:
    """English: a place between an amount and a currency noun (``en/currency_nouns``) names the
    currency of the amount ("$ 9.99 US dollars", "1,000 Hong Kong dollars"): no mention of the
    place. Without an amount the place stays ("the US dollar fell": a currency's country)."""
    after = text[end : end + 20].split(None, 1)
    if not after or after[0].strip(".,;:)").casefold() not in word_set("en", "currency_nouns"):
        return False
    return _AMOUNT_BEFORE.search(text, max(0, start - 30), start) is not None


def airline_start(text: str, start: int, end: int) -> int | None:
    """English: where an airline's name starts when the model took its place or its whole name for
    a place or a person: a word of ``en/airline_prefixes`` ("Air") as a word of its own right
    before the name or as its first word ("Air China", "Air Berlin"). None otherwise ("the air in
    California", "Air" written small or glued to another word)."""
    prefixes = word_set("en", "airline_prefixes")
    words = text[start:end].split()
    if len(words) > 1 and words[0] in prefixes:
        return None if _adjective_before_country(text, start, words[0], " ".join(words[1:])) else start
    before = re.search(r"(?:^|(?<=[\s(\"'“‘]))(\w+)[ \t]+$", text[max(0, start - 12) : start])
    if before is not None and before.group(1) in prefixes:
        at = max(0, start - 12) + before.start(1)
        return None if _adjective_before_country(text, at, before.group(1), text[start:end]) else at
    return None


# The end of a sentence or a line right before a word, an opening quotation mark maybe between:
# the word's capital says nothing.
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"”’')]?[^\S\n]+|\n[^\S\n]*)[\"“‘(]?$")


def _adjective_before_country(text: str, at: int, prefix: str, place: str) -> bool:
    """A prefix that is also an English adjective (``en/adjective_name_prefixes``: "Real",
    "Sporting") opening a sentence before a country's name ("Real India emerges", "Sporting
    Britain mourned"): the adjective, not a club's name ("Real Madrid beat Barcelona" is one)."""
    if prefix not in word_set("en", "adjective_name_prefixes") or _SENTENCE_OPENING.search(text, max(0, at - 5), at) is None:
        return False
    countries = frozenset(inst.tables().demonyms.get("en", {}).values())
    return any(r.type == "LOC" and r.qid in countries for r in default_gazetteer().lookup(place))


def as_airline(cand: Candidate, text: str) -> Candidate | None:
    """English: "Air China", "Air Berlin": an airline named after a place, which the model or the
    gazetteer took for the place or a person, as an organisation (:func:`airline_start`); None
    for any other candidate."""
    if cand.label not in ("PER", "LOC") or (start := airline_start(text, cand.start, cand.end)) is None:
        return None
    return Candidate(start, cand.end, "ORG", cand.extractor + "+airline", evidence=("airline name",))



# The evidence of a natural feature's name, which no company's record of the same name outweighs.
FEATURE_EVIDENCE = "natural feature after:"
# "the" right before a name: the article of a natural feature's name ("the Amazon rain forest").
_THE_BEFORE = re.compile(r"(?<![\w-])(?:the|The)[^\S\n]+$")
# The lower-case noun of a natural feature after such a name, "rain" before "forest" allowed.
_FEATURE_AFTER = re.compile(r"[^\S\n]+(?:rain[^\S\n]+)?(?P<noun>[a-z]+)(?![\w'’-])")


def as_feature_place(cand: Candidate, text: str, doc: Doc | None = None) -> Candidate | None:
    """English: one capitalised word after "the" that the model or the gazetteer took for an
    organisation (a company's name: "Amazon") followed by the lower-case noun of a natural feature
    (``en/geographic_feature_nouns``: "the Amazon rain forest", "the Mekong delta"), as the place
    (issue 21, n25b), without the company's record; None for any other candidate, and, with the
    ``doc``, for a feature's noun before a noun it modifies ("the Shell delta pipeline", rv25b)."""
    if cand.label != "ORG" or " " in text[cand.start : cand.end].strip() or not text[cand.start : cand.start + 1].isupper():
        return None
    after = _FEATURE_AFTER.match(text, cand.end)
    if after is None or after.group("noun") not in word_set("en", "geographic_feature_nouns"):
        return None
    if _THE_BEFORE.search(text, max(0, cand.start - 5), cand.start) is None:
        return None
    # The feature's noun that modifies a noun after it names no feature: "the Shell delta
    # pipeline", "the Zorba river cruise" are the company's (rv25b).
    if doc is not None:
        following = next((t for t in doc if t.idx >= after.end()), None)
        if following is not None and text[after.end() : following.idx] == " " and following.is_lower and following.pos_ == "NOUN":
            return None
    return Candidate(cand.start, cand.end, "LOC", cand.extractor + "+feature", evidence=(f"{FEATURE_EVIDENCE} {after.group('noun')}",))

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

# A bare preposition of place right before a word ("à Bière", "en Gruyère"): no article, so a name.
_BARE_PLACE_PREPOSITION = re.compile(r"(?:^|(?<=\s))(\w+)[^\S\n]+$")


def _common_noun_place(doc: Doc, ent: SpacySpan, text: str, start: int, end: int) -> bool:
    """French: a one-word "place" the tagger reads as a common noun or adjective inside its
    sentence (« à la Centrale », « au-dessous du Château », « une Prétendue prise »): a capitalised
    common word, not a place. After a bare preposition of place (``fr/place_only_prepositions``:
    « à Bière », « en Gruyère ») a common word is still a place's name."""
    if not _common_word(ent, start, end):
        return False
    before = _BARE_PLACE_PREPOSITION.search(text, max(0, start - 12), start)
    return before is None or before.group(1).casefold() not in word_set("fr", "place_only_prepositions")


# What joins the items of a list of names ("Bordeaux, Limoges et Bourges", "Leuba (Buttes)").
_LIST_JOIN = re.compile(r"^\s*(?:,|et|and|\()\s*$")


def _listed_with_names(doc: Doc, text: str, start: int, end: int, lang: str = "fr") -> bool:
    """Whether the word at ``text[start:end]`` is an item of a list of names, or stands in
    brackets after one: the other names vouch for it. Only the names right before and after it are
    read (a joiner between them leaves room for no other name), by walking the few tokens between.
    A one-word name that is a common word of the language vouches for nothing (« Parole et Musique »:
    two capitalised words of a title); the gazetteer's places do ("Berne et Neuchâtel")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    k = span.start - 1
    while k >= 0 and doc[k].ent_iob_ == "O" and _gap_token(doc[k]):
        k -= 1
    if k >= 0 and doc[k].ent_iob_ != "O" and (k + 1 >= len(doc) or doc[k + 1].ent_iob_ != "I"):
        before = doc[k].idx + len(doc[k].text)  # the end of the name before it
        if before <= start and _LIST_JOIN.match(text[before:start]) and not (doc[k].ent_iob_ == "B" and _common_word_name(doc[k], lang)):
            return True
    k = span.end
    while k < len(doc) and doc[k].ent_iob_ == "O" and _gap_token(doc[k]):
        k += 1
    if k < len(doc) and doc[k].ent_iob_ == "B" and doc[k].idx >= end:
        gap = text[end : doc[k].idx]  # up to the start of the name after it
        one_word = k + 1 >= len(doc) or doc[k + 1].ent_iob_ != "I"
        if _LIST_JOIN.match(gap) and gap.strip() != "(" and not (one_word and _common_word_name(doc[k], lang)):
            return True
    return False


def _common_word_name(tok: Token, lang: str) -> bool:
    """Whether a one-token name is a common word of the language the gazetteer does not know
    ("Parole", "Musique"), which vouches for no neighbour of a list."""
    return tok.text.isalpha() and is_dictionary_word(tok.text, lang) and not default_gazetteer().lookup(tok.text)


def _gap_token(tok: Token) -> bool:
    """A token that may stand between two names of a list (what :data:`_LIST_JOIN` allows)."""
    return tok.is_space or tok.text in (",", "et", "and", "(")


# A word in capitals before a name written in lower case with a capital ("SUISSE Chambres fédérales").
_HEADING_WORD = re.compile(r"([A-ZÀ-Þ]{5,})\s+(?=[A-ZÀ-Þ][a-zà-ÿ])")


def _without_heading(text: str, start: int, end: int, lang: str) -> int:
    """Start of a name once a heading in capitals that the model glued to it is dropped: a common
    word of the language ("SUISSE Chambres fédérales" -> "Chambres fédérales"). A word in capitals
    that is no common word may be part of the name ("SNCF Réseau") and stays."""
    match = _HEADING_WORD.match(text, start, end)
    if match is None or match.end() >= end or not is_dictionary_word(match.group(1), lang):
        return start
    return match.end()


# The end of a sentence right before a word: a full stop, "!" or "?" after a word of two or more
# lower-case letters or digits ("de la ville. ", "en 1918. "), not after an initial or an
# abbreviated title ("J. ", "M. ", "St. "). (A line's first word may be a dateline's place.)
_AFTER_SENTENCE_END = re.compile(r"(?<![\w'’-])[a-zà-ÿ0-9][a-zà-ÿ0-9]+[.!?][»”\")]?\s+$")


def _heading_position(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is capitalised by where it stands, not by what it
    is: all in capitals, first in its sentence, or first inside quotation marks or brackets."""
    if text[start:end].isupper() or text[max(0, start - 3) : start].rstrip().endswith(("«", '"', "“", "(", "<")):
        return True
    if _AFTER_SENTENCE_END.search(text, max(0, start - 40), start):
        return True  # the parser may glue a sentence to the one before ("la ville. Subventionné par")
    span = doc.char_span(start, end, alignment_mode="expand")  # the token at ``start``, not a walk over the doc
    return span is not None and len(span) > 0 and span[0].idx == start and bool(span[0].is_sent_start)


def _held_words(doc: Doc) -> dict[str, list[tuple[int, int]]]:
    """Each word (case-folded) of a name of more than one token in ``doc``, with the character
    spans of the names holding it: read once per doc, not once per candidate."""
    held: dict[str, list[tuple[int, int]]] = {}
    for other in doc.ents:
        if len(other) > 1:
            for tok in other:
                held.setdefault(tok.text.casefold(), []).append((other.start_char, other.end_char))
    return held


def _dictionary_word_alone(
    doc: Doc, text: str, start: int, end: int, lang: str, held: dict[str, list[tuple[int, int]]] | None = None
) -> bool:
    """True for one capitalised word that is a common word of the language ("Musique",
    "Attentifs", "FRONTIÈRES", "Touchera"): a heading, a sentence-initial or a capitalised word
    the model took for a name. Kept when the gazetteer knows it ("Berne", "Suisse"), when a title
    stands before it ("M. Blanc") or when a longer name of the same segment holds it ("Louis
    Blanc" ... "Blanc"). The dictionary is the pipeline's own table of forms
    (:mod:`kg.nlp.wordforms`); a pipeline without one drops nothing."""
    surface = text[start:end]
    if not surface.isalpha() or not surface[0].isupper():
        return False
    if not is_dictionary_word(surface, lang) and not (lang == "fr" and is_dictionary_word_in_capitals(surface, lang)):
        return False
    if default_gazetteer().lookup(surface) or title_start(text, start, lang) < start or _listed_with_names(doc, text, start, end, lang):
        return False
    if held is None:
        held = _held_words(doc)
    return not any(not (a <= start and end <= b) for a, b in held.get(surface.casefold(), ()))


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
        long_s: dict[str, set[str]] = defaultdict(set)
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
            if nlp.lang == "fr" and target is folded:
                long_s[key].update(long_s_readings(form))
        for target, matcher in ((exact, self._exact), (folded, self._folded)):
            keys = list(target)
            for key, pattern in zip(keys, nlp.tokenizer.pipe(target[k] for k in keys)):
                matcher.add(key, [pattern])
        variants = [(key, form) for key, forms in long_s.items() for form in sorted(forms) if _form_key(form) not in self._records]
        for (key, _), pattern in zip(variants, nlp.tokenizer.pipe(form for _, form in variants)):
            self._folded.add(key, [pattern])

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        strings = doc.vocab.strings
        features: list[tuple[int, int]] = []  # the natural features' names read so far, in order
        for matcher, folded in ((self._exact, False), (self._folded, True)):
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                if folded and not (span[0].is_title or span[0].is_upper or span[0].text[:1].isupper()):
                    continue
                if folded and len(span) > 1 and span[0].lower_ in word_set("xx", "determiners") and not span[1].text[:1].isupper():
                    # A capitalised article before a common word ("Le soir, ...", "The times"):
                    # no name, though a name ("Le Soir", "The Times") is written the same.
                    continue
                if span[-1].is_lower and start > 0 and (
                    doc[start - 1].lower_ in ("a", "an")
                    or doc.lang_ == "en" and any(c.i < start and c.dep_ in ("det", "nummod") and c.lower_ != "the" for c in span[-1].children)
                ):
                    # "an EU executive said", "a British central bank official": a description
                    # among a record's aliases ("EU executive" of the European Commission) names
                    # the one body only with "the" (issue 17, c37a); nor with another determiner or
                    # a number further left ("a senior EU executive", "one EU executive": rvc37)
                    continue
                records = self._records.get(strings[match_id], [])
                record = _pick_record(records, span.text)
                if record is None:
                    continue
                if record.type == "ORG" and _after_hyphenated_place(doc, start):
                    continue  # « le Masters de Paris-Bercy », « Lyon-Matignon »: a compound place's second half
                if place_kind(record) == "subdivision" and not _subdivision_reading(doc, start, end):
                    continue  # "Virginia Woolf", "Lake Victoria", "Victoria said": no state
                if record.type == "PER" and doc.lang_ == "en" and start > 0 and doc[start - 1].lower_ == "the":
                    continue  # "guests at the Paris Hilton": a person's name takes no article; a hotel's does (review rvn35)
                if record.id.startswith(_FEATURE_ID_PREFIXES):
                    if _capitalised_word_after(doc, end):
                        continue  # "Thames Water", "Severn Trent", "Nile Rodgers": a longer name's first word
                    if not _feature_reading(doc, start, end, record.id, features):
                        continue  # "Thames, the regional lender", "a Mont Blanc pen", "the cruise ship the Danube"
                    features.append((start, end))
                yield Candidate(span.start_char, span.end_char, record.type, "gazetteer", record)  # type: ignore[arg-type]


def _after_hyphenated_place(doc: Doc, start: int) -> bool:
    """Whether token ``start`` of ``doc`` is glued by a hyphen to a place's name the gazetteer knows
    before it (« Paris-Bercy », « Lyon-Matignon »): the second half of a compound place name, which
    names a district, a hall or a station there, not the organisation it may name alone (« Bercy »,
    the French economy ministry; review rvf37b). Two companies joined so stay (« Renault-Nissan »)."""
    if start < 2 or doc[start - 1].text not in ("-", "‑") or doc[start - 1].whitespace_ or doc[start - 2].whitespace_:
        return False
    before = doc[start - 2]
    return before.text[:1].isupper() and _is_known_place(before.text)


def _subdivision_reading(doc: Doc, start: int, end: int) -> bool:
    """Whether the name ``doc[start:end]`` of a state or province names it here: after a town and
    a comma ("Kelowna, British Columbia"), or where the model read a place and no capitalised word
    stands against it ("flooding in Virginia"; not "Virginia Woolf", "Lake Victoria")."""
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].text[:1].isupper() and (doc[start - 2].ent_type_ or not doc[start - 2].is_sent_start):
        return True
    if not subdivision_named_at(doc, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)):
        return False  # "the Mississippi" (the river), "Victoria" alone (a capital's name too)
    if end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_punct:
        return False
    if start > 0 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_punct and not doc[start].is_sent_start:
        return False
    if start > 0 and doc[start - 1].pos_ in ("NOUN", "PROPN"):
        return False  # « l'impératrice Victoria », "Queen Victoria": a title before a name
    return any(ent.start == start and ent.end == end and ent.label_ in ("GPE", "LOC") for ent in doc.ents)


# A capitalised word right after a name, on its line: the name is a longer name's first word.
_CAPITALISED_AFTER = re.compile(r"[^\S\n]+[A-ZÀ-Þ]")
# The last word before a position, with an elided article's apostrophe.
_WORD_BEFORE = re.compile(r"([^\W\d_]+['’]?)[^\S\n]*$")


def subdivision_named_at(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` of ``doc``'s text, a state's or a province's of the
    gazetteer, may name the state alone, read on the text: not the first word of a longer name
    ("Virginia Tech", "Victoria Falls"), not a name that is also a well-known town's
    (``xx/subdivision_town_names``: "Victoria"), and after an article the language's states do not
    take (``<lang>/subdivision_cues`` "not_before") only before the common noun it qualifies ("the
    Nevada desert"; "the Mississippi", "the Ohio" alone are rivers). After a town and a comma
    ("Melbourne, Victoria") kg.extract.enclosing reads the state."""
    text = doc_text(doc)
    name = text[start:end]
    if normalise_name(name) in word_set("xx", "subdivision_town_names"):
        return False
    if _CAPITALISED_AFTER.match(text, end):
        return False
    cues = word_maps("subdivision_cues").get(doc.lang_, {})
    head = re.match(r"[^\W\d_]+['’]?", name)
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    articled = (head is not None and head.end() < len(name) and cues.get(head.group().lower()) == "not_before") or (
        before is not None and cues.get(before.group(1).lower()) == "not_before"
    )
    if not articled:
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    following = doc[span.end] if span is not None and span.end < len(doc) else None
    return following is not None and following.pos_ in ("NOUN", "ADJ") and following.text[:1].islower()


# The id prefixes of the gazetteer's natural features (ontologies/gazetteer/features.tsv): rivers,
# seas, lakes, mountains and ranges, deserts; and of the regions named with "the" ("the Midlands",
# regions.tsv).
_FEATURE_ID_PREFIXES = ("loc:river:", "loc:sea:", "loc:lake:", "loc:mountain:", "loc:range:", "loc:desert:", "loc:area:")


# The kinds of feature whose one-word name takes an article in running text ("the Thames", "la
# Tamise", "the Alps", "the Sahara", "the Bosphorus", "the Cotswolds"); a mountain's and a lake's do
# not ("Matterhorn", "Etna", "Loch Ness").
_ARTICLED_FEATURE_PREFIXES = ("loc:river:", "loc:sea:", "loc:range:", "loc:desert:", "loc:area:")


def _feature_reading(doc: Doc, start: int, end: int, record_id: str, features: list[tuple[int, int]]) -> bool:
    """Whether the tokens ``[start, end)`` of ``doc``, a natural feature's name of the gazetteer,
    name the feature by the words before them (issue 21, rvn28b; ``xx/feature_articles``): no
    indefinite article before ("a Mont Blanc pen", "a Thames barge"), no noun of a kind of product
    (``en/product_kinds``: "the cruise ship the Danube", "the ferry Rhine": a vessel's name) nor
    "aboard" ("aboard the Danube"); and a one-word name of a kind written with an article has one
    ("the Thames", "du Rhin"), or modifies a noun and the model read no other name there ("Rhine
    shipping"), or follows another feature's name in a list ("the Rhine, Danube and Elbe"); otherwise it names a company, a brand or a person the model reads ("Thames, the regional
    lender", "a deal with Nile, a sportswear maker", "Nile products")."""
    roles = word_map("xx", "feature_articles")
    before = doc[start - 1] if start > 0 else None
    if before is not None and roles.get(before.lower_) == "kind":
        return False
    kinds = word_set("en", "product_kinds")
    back = start - 1
    if before is not None and roles.get(before.lower_) == "name":
        back -= 1
    if back >= 0 and ((doc[back].lower_ in kinds and doc[back].is_lower) or roles.get(doc[back].lower_) == "vessel"):
        return False
    if end - start > 1 or not record_id.startswith(_ARTICLED_FEATURE_PREFIXES):
        return True
    if before is not None and roles.get(before.lower_) == "name":
        return True
    # A noun modifier the model read as no company's, person's or product's name: "Rhine shipping",
    # "Thames flooding", "Midlands firms" (not "Sahara shares" read as a company's).
    after = doc[end] if end < len(doc) else None
    if after is not None and after.is_alpha and after.is_lower and doc[start].ent_type_ not in ("ORG", "PERSON", "PRODUCT"):
        return True
    # A list of features after one article: "the Rhine, Danube and Elbe", "the Alps or Pyrenees".
    return before is not None and before.lower_ in {",", "and", "or", "et", "ou"} and any(e == start - 1 for _, e in features)


def feature_named_with_article(text: str, start: int) -> bool:
    """Whether the name at ``start`` of ``text`` (or the span that begins there with its article)
    follows an article a natural feature's name takes (``xx/feature_articles``: "the Nile", "la
    Tamise"): a name the model typed otherwise without one ("a deal with Nile, a sportswear maker",
    "Thames, the regional lender") takes no feature's record by its surface (issue 21, rvn28b)."""
    roles = word_map("xx", "feature_articles")
    head = re.match(r"[^\W\d_]+['’]?", text[start:])
    if head is not None and roles.get(head.group().lower()) == "name" and head.end() < len(text[start:]):
        return True  # the model's span took the article in ("the Danube")
    before = re.search(r"([^\W\d_]+['’]?)\s*$", text[max(0, start - 20) : start])
    return before is not None and roles.get(before.group(1).lower()) == "name"


def is_feature_record(record_id: str) -> bool:
    """Whether ``record_id`` is a natural feature's or an articled region's of the gazetteer."""
    return record_id.startswith(_FEATURE_ID_PREFIXES)


def _capitalised_word_after(doc: Doc, end: int) -> bool:
    """Whether the token ``end`` of ``doc`` is a capitalised word of letters right after the one
    before it, a space between, on the same line: a natural feature's name followed by one is the
    first word of a longer name, a company's or a person's ("Thames Water", "Severn Trent", "Nile
    Rodgers"; issue 21, n28b), which the model or another rule reads."""
    if end >= len(doc):
        return False
    tok = doc[end]
    before = doc[end - 1]
    return tok.is_alpha and tok.text[:1].isupper() and tok.idx == before.idx + len(before.text) + 1


# A non-final "s", which print before about 1800 wrote as a long s ("ſ"), and OCR reads as "f".
_NON_FINAL_S = re.compile(r"s(?=[a-zà-ÿ])")


def long_s_readings(name: str) -> set[str]:
    """How OCR reads ``name`` printed with long s: every non-final "s" as "f" ("Russie" ->
    "Ruffie", "Asie" -> "Afie"), and "st", a ligature, as "fl" too ("Constantinople" ->
    "Conflantinople"). Empty for a name without a non-final "s"."""
    if not _NON_FINAL_S.search(name):
        return set()
    return {_NON_FINAL_S.sub("f", name), _NON_FINAL_S.sub("f", name.replace("st", "fl"))} - {name}


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


_NAME_WORD_OR_AMPERSAND = re.compile(r"[^\W\d_][\w'’-]*|&")


def without_glued_places(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """``candidates`` less the model's spans that glue gazetteer places to OCR debris ("Ruffie eft"
    for "Russie est", "Turquie & de l'Afie"): every capitalised word of the span lies in a place
    the gazetteer found inside it, and the rest holds an ampersand or a lower-case word that is no
    word of the language (nor a stop word). The places stay; "Suisse romande" (a real adjective)
    and "lac de Neuchâtel" stay whole."""
    places = [c for c in candidates if c.record is not None and c.label == "LOC"]
    if not places:
        return list(candidates)
    out = []
    for cand in candidates:
        inside = [p for p in places if cand.start <= p.start and p.end <= cand.end and (p.start, p.end) != (cand.start, cand.end)]
        if cand.record is None and inside:
            words = [w for w in _NAME_WORD_OR_AMPERSAND.finditer(text, cand.start, cand.end) if not any(p.start <= w.start() < p.end for p in inside)]
            capitalised = any(w.group()[:1].isupper() for w in words)
            stop = _stop_words(lang)
            debris = any(w.group() == "&" or (w.group().islower() and w.group() not in stop and not is_dictionary_word(w.group(), lang)) for w in words)
            if words and not capitalised and debris:
                continue
        out.append(cand)
    return out


# A word glued by a hyphen, as OCR of old print gives it: "-Londres" after a blank (a dash whose
# blank was lost), "Israël.-Groupe" (a full stop and a dash between two sentences), "Monténégro-Ont"
# (a line-end hyphen between a name and the next word).
_GLUED_WORD = re.compile(
    r"(?<!\S)(?:-(?P<lead>[A-ZÀ-Þ][^\W\d_]+)|(?P<head>[A-ZÀ-Þ][^\W\d_]+)(?P<sep>\.?-)(?P<tail>[^\W\d_]+))(?=[\s.,;:!?)»>]|$)"
)


def glued_place_candidates(text: str, lang: str) -> list[Candidate]:
    """French: places the gazetteer knows that OCR glued to a word by a hyphen, which the tokenizer
    then reads as one word or the model reads with the glued word: "h -Londres", "Finlande,
    Israël.-Groupe C", "Nos troupes du Monténégro-Ont occupé". The glued word is a stop word of the
    language ("Ont", "Et") or follows a full stop ("Israël.-Groupe"); a hyphenated name the gazetteer
    knows whole ("Bâle-Campagne", "Autriche-Hongrie") and one whose second part is a content word
    ("Bâle-Ville") are left as they are."""
    if lang != "fr":
        return []
    gazetteer = default_gazetteer()
    stop = _stop_words(lang)
    out = []
    for match in _GLUED_WORD.finditer(text):
        part = "lead" if match.group("lead") else "head"
        if part == "head":
            if gazetteer.lookup(match.group()):
                continue
            if match.group("sep") == "-" and (match.group("tail").casefold() not in stop or match.group("tail").casefold() in word_set(lang, "compass_points")):
                continue  # (« Berlin-Est », « Paris-Nord »: a part of the place, not a glued word)
        place = next((r for r in gazetteer.lookup(match.group(part)) if r.type == "LOC"), None)
        if place is not None:
            out.append(Candidate(match.start(part), match.end(part), "LOC", "gazetteer", place, evidence=("place glued by OCR",)))
    return out


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
    # The chosen spans never overlap, so sorted by start their ends are sorted too: a candidate
    # overlaps one of them only if it overlaps the last that starts before its end (log n a
    # lookup, not n: a long text of repeated names has thousands of candidates).
    starts: list[int] = []
    ends: list[int] = []
    for cand in sorted(by_span.values(), key=lambda c: (-(c.end - c.start), c.record is None, c.start)):
        k = bisect_left(starts, cand.end)
        if k > 0 and ends[k - 1] > cand.start:
            continue
        chosen.append(cand)
        starts.insert(k, cand.start)
        ends.insert(k, cand.end)
    return sorted(chosen, key=lambda c: c.start)



# Function words a French organisation's name cannot end with: the model stopped its span before the
# complement ("les Usines de l'" + "Aluminium de Sion").
_DANGLING_COMPLEMENT = re.compile(r"[^\S\n]+(?:(?:de|du|des|d)(?:[^\S\n]+(?:la|l))?)['’]?$")
_COMPLEMENT_GAP = re.compile(r"['’]?[^\S\n]*")


# " of " or " of the " between an organisation's head noun and the place it serves.
_OF_PLACE = re.compile(r"[^\S\n]+of[^\S\n]+(?P<article>(?:the[^\S\n]+)?)")
# What may follow the place that ends such a name: no capitalised word, possessive or hyphen.
_PLACE_NAME_GOES_ON = re.compile(r"[^\S\n]*(?:[A-Z]|['’]|-)")


def with_place_complements(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """``candidates`` with each English organisation the model ended on its head noun before "of"
    and a place ("The Food Safety and Standards Authority" and "India", "the Reserve Bank" and
    "Malawi") read to the end of the place, as one organisation's name (issue 21, n22a): a name of
    the gazetteer's or the model's, the head a word of ``en/organisation_name_heads``. The place
    stays a mention of its own, as MEANTIME annotates the place inside a name ("the [United
    Kingdom] 's Royal Air Force")."""
    if lang != "en":
        return list(candidates)
    heads = word_set("en", "organisation_name_heads")
    places: dict[int, int] = {}
    for c in candidates:
        if c.label == "LOC":
            places[c.start] = max(places.get(c.start, c.end), c.end)
    out: list[Candidate] = []
    for cand in candidates:
        words = text[cand.start : cand.end].split()
        if cand.label == "ORG" and cand.record is None and len(words) > 1 and words[-1].casefold() in heads and words[0][:1].isupper() or (
            cand.label == "ORG" and cand.record is None and len(words) > 2 and words[0] in ("the", "The") and words[-1].casefold() in heads
        ):
            gap = _OF_PLACE.match(text, cand.end)
            # the place's mention begins after "of", or after its article ("of [the Bahamas]")
            at = next((a for a in (gap.start("article"), gap.end()) if a in places), None) if gap is not None else None
            end = places[at] if at is not None else None
            if at is not None and end is not None and _PLACE_NAME_GOES_ON.match(text, end) is None:
                cand = replace(cand, end=end, evidence=(*cand.evidence, f"place complement: {text[at:end]}"))
        if cand.label == "ORG" and cand.record is None:
            cand = _with_second_place(cand, text, places, heads)
        out.append(cand)
    return out


# " and " (or " and the ") between the two places an organisation serves.
_AND_PLACE = re.compile(r"[^\S\n]+and[^\S\n]+(?P<article>(?:the[^\S\n]+)?)")
# The head noun of an organisation's name, "of" and its place at the end of the name's words.
_HEAD_OF_PLACE_END = re.compile(r"(?P<head>[A-Za-z]+)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?P<place>[A-Z][^\n]*)$")


def _with_second_place(cand: Candidate, text: str, places: dict[int, int], heads: frozenset[str]) -> Candidate:
    """``cand``, an organisation whose name ends on a head noun, "of" and a place ("The Port
    Authority of New York"), read on to the place coordinated with it by "and" ("and New Jersey")
    when both are places of one kind the gazetteer knows (two states, two countries) and nothing
    capitalised, possessive or hyphenated goes on after the second: a body of two places is one name
    (issue 21, n36b). "the Bank of Japan and China's central bank" stays two names."""
    m = _HEAD_OF_PLACE_END.search(text, cand.start, cand.end)
    if m is None or m.group("head").casefold() not in heads:
        return cand
    first = m.start("place")
    gap = _AND_PLACE.match(text, cand.end)
    if places.get(first) != cand.end or gap is None:
        return cand
    at = next((a for a in (gap.start("article"), gap.end()) if a in places), None)
    if at is None or _PLACE_NAME_GOES_ON.match(text, places[at]) is not None:
        return cand
    gazetteer = default_gazetteer()
    kinds = [{place_kind(r) for r in gazetteer.lookup(text[a:b]) if r.type == "LOC"} for a, b in ((first, cand.end), (at, places[at]))]
    if not kinds[0] & kinds[1] - {None}:
        return cand
    return replace(cand, end=places[at], evidence=(*cand.evidence, f"place complement: {text[at : places[at]]}"))


# What joins the coordinated words of one name: a comma, "and", or a comma and "and".
_COORDINATION_GAP = re.compile(r",[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+")
# One or two capitalised words after "and" that end a name, with no capitalised word, possessive or
# hyphen after them ("the Brotherhood of Locomotive Engineers [and Trainmen]").
_TRAILING_CONJUNCT = re.compile(r"[^\S\n]+and[^\S\n]+(?P<run>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)(?![\w'’-])(?![^\S\n]*(?:[A-Z]|['’]))")
# A plural noun written as a name's word ("Engineers", "Trainmen", "Explosives").
_PLURAL_NAME_WORD = re.compile(r"[A-Z][a-z]*(?:[a-rt-z]s|men)$")
_OF_WORD = re.compile(r"[^\S\n](?:of|for)[^\S\n]")
# "the", one to three capitalised words and "and" right before a name: the first piece of a
# coordinated name the model left out ("[The Pipeline and] Hazardous Materials Safety Administration").
_LEADING_CONJUNCT = re.compile(r"(?<![\w-])(?:the|The)[^\S\n]+(?P<run>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,2})[^\S\n]+and[^\S\n]+$")


# "and", one to three capitalised words and a head of ``en/coordinated_name_heads`` right after a
# one-word piece: "[the Maritime] and Coastguard Agency".
_BODY_TAIL = re.compile(r"[^\S\n]+and[^\S\n]+(?P<run>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,2})(?![\w'’-])")


def _common_word_pieces(ordered: Sequence[Candidate], start: int, end: int, text: str) -> list[int] | None:
    """The indices of the candidates over ``text[start:end]``, the first piece of a coordinated
    name, when each is a slip of the model to be taken into the name: wholly inside it, known to no
    gazetteer record, and made of common words of the dictionary ("the [Coast] and Harbour Board",
    read as a place; issue 21, n38b); ``None`` when one is a name of its own ("the [Boeing] and
    Airbus Council")."""
    inside = []
    for k, o in enumerate(ordered):
        if not (o.start < end and start < o.end):
            continue
        words = text[o.start : o.end].split()
        if o.start < start or o.end > end or o.record is not None or o.extractor == "gazetteer" or len(words) != 1:
            return None
        if not is_dictionary_word(words[0].casefold(), "en") or default_gazetteer().lookup(words[0]):
            return None
        inside.append(k)
    return inside


def _coordinated_body_tail(ordered: Sequence[Candidate], cand: Candidate, text: str, heads: frozenset[str]) -> int | None:
    """Where the English body's name whose first piece is the one-word candidate ``cand`` ends, when
    the model read only that piece ("the [Maritime] and Coastguard Agency"; issue 21, n38b): after
    "the", a common word of the dictionary no gazetteer record knows and that names no body of its
    own (not "the Treasury and Customs Agency" ... :func:`_standalone_body`), then "and", one to three
    capitalised words no candidate holds, the last a head of ``en/coordinated_name_heads``.
    ``None`` otherwise."""
    if cand.label != "ORG" or cand.record is not None or cand.extractor == "gazetteer":
        return None
    words = text[cand.start : cand.end].split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if len(words) != 1 or not is_dictionary_word(words[0].casefold(), "en") or _standalone_body(words[0]):
        return None
    if default_gazetteer().lookup(words[0]):
        return None
    tail = _BODY_TAIL.match(text, cand.end)
    if tail is None or tail.group("run").split()[-1].casefold() not in heads:
        return None
    if any(o.start < tail.end() and cand.end < o.end for o in ordered if o is not cand):
        return None
    return tail.end()


def _opens_with_article(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start`` begins with "the" or comes right after it."""
    return text[start:end].startswith(("the ", "The ")) or _ARTICLE_BEFORE.search(text, max(0, start - 4), start) is not None


def _standalone_body(words: str) -> bool:
    """Whether ``words`` are a one-word name of a body that stands by itself after "the"
    (``en/standalone_body_names``: "Treasury", "Pentagon") or hold a title of an office or a rank
    (``en/role_titles``, ``en/name_titles``: "Mayor", "President", "Queen"), a weekday, a month or
    a nationality (ontologies/demonyms.tsv: "Americans"): a coordinated name's first piece that
    names a body, a group, a person or a day of its own ("the Treasury and Federal Reserve Board",
    "the Mayor and City Council", "the Americans and Trade Commission lawyers", rv25b)."""
    split = [w.casefold() for w in words.replace(",", " ").split()]
    if len(split) == 1 and split[0] in word_set("en", "standalone_body_names"):
        return True
    roles = word_map("en", "role_titles")
    days = word_set("en", "weekdays") | word_set("en", "months")
    people = inst.tables().demonyms["en"]
    return any(
        w in word_set("en", "name_titles") or roles.get(w) in ("head", "part") or w in days or inst.norm(w) in people or inst.norm(w.removesuffix("s")) in people for w in split
    )


def _coordinated_chain(ordered: Sequence[Candidate], starts: dict[int, int], i: int, text: str, heads: frozenset[str]) -> list[int] | None:
    """The candidates after ``ordered[i]`` that, with it, are the coordinated pieces of one
    organisation's name (:func:`with_coordinated_name_parts`); None when they are not."""
    chain = [i]
    end = ordered[i].end
    while True:
        gap = _COORDINATION_GAP.match(text, end)
        j = starts.get(gap.end()) if gap is not None else None
        if gap is None or j is None or ordered[j].label != "ORG" or text[ordered[j].start : ordered[j].end].startswith(("the ", "The ")):
            return None
        chain.append(j)
        end = ordered[j].end
        if "and" in gap.group():
            break
    # Every piece but the last is no whole name of its own: it ends on no head, is no acronym and
    # is no name the gazetteer knows ("the Department of Energy and Nuclear Regulatory Commission").
    known = {(o.start, o.end) for o in ordered if o.extractor == "gazetteer" or o.record is not None}
    for k in chain:
        piece = ordered[k]
        last = text[piece.start : piece.end].split()[-1]
        bare = piece.start + 4 if text[piece.start : piece.end].startswith(("the ", "The ")) else piece.start
        if (piece.start, piece.end) in known or (bare, piece.end) in known or (k != chain[-1] and (last.casefold() in heads or last.isupper())):
            return None
        # ... nor a body's one-word name of its own ("the Treasury and Federal Reserve Board", rv25b).
        if k != chain[-1] and _standalone_body(text[bare : piece.end]):
            return None
    last = text[ordered[chain[-1]].start : ordered[chain[-1]].end].split()[-1]
    return chain if last[:1].isupper() and last.casefold() in heads else None


def _couple_given_name(ordered: Sequence[Candidate], leading: re.Match[str]) -> int | None:
    """The index in ``ordered`` of the one candidate that holds the run of ``leading`` when that
    run is one given name (``xx/given_names``, ``xx/given_name_genders``) that the model read as a
    person or a product: after "the", and before "and" and the organisation's name ``surface``
    (which ends on a head), it opens that name ("The [Bill] and Melinda Gates Foundation"); None
    otherwise."""
    run = leading.group("run")
    if " " in run or not (run.casefold() in word_set("xx", "given_names") or run.casefold() in word_map("xx", "given_name_genders")):
        return None
    over = [k for k, o in enumerate(ordered) if o.start < leading.end("run") and leading.start("run") < o.end]
    if len(over) != 1 or ordered[over[0]].label not in ("PER", "PRO") or ordered[over[0]].record is not None:
        return None
    piece = ordered[over[0]]
    return over[0] if (piece.start, piece.end) in ((leading.start("run"), leading.end("run")), (leading.start(), leading.end("run"))) else None


# Two capitalised words joined by "and" ("Slater and Gordon", "Dunmore and Sons"), on their own.
_FIRM_PAIR = re.compile(r"(?<![\w'’&.-])(?<![A-Z][a-z] )[A-Z][a-z]+[^\S\n]+and[^\S\n]+(?P<second>[A-Z][a-z]+)(?![\w'’&-])(?![^\S\n]+[A-Z])")
# An apposition headed by a singular noun after a name: an article, up to three words, the noun,
# then a comma, a stop or a word that goes on a noun phrase ("Slater and Gordon, the law firm,").
_SINGULAR_APPOSITION = re.compile(
    r"[^\S\n]*,[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,3}?(?P<noun>[a-z-]+)(?=[^\S\n]*[,.;]|[^\S\n]+(?:of|in|for|that|which|based)\b)"
)


# The words of the clause right before a pair of names: after the last stop, colon or line break.
_CLAUSE_WORDS_BEFORE = re.compile(r"[^.!?;:\n]*$")


def _two_parties_before(text: str, start: int) -> bool:
    """Whether one of the three words of the clause before ``start`` makes the two names after it
    two parties (``en/two_party_words``: "between Unison and Kestrel", "the merger of Aviva and
    Hiscox")."""
    clause = _CLAUSE_WORDS_BEFORE.search(text, max(0, start - 60), start)
    words = re.findall(r"[\w'’-]+", clause.group() if clause is not None else "")[-3:]
    return any(w.casefold() in word_set("en", "two_party_words") for w in words)


# Two capitalised names joined by an ampersand, each one or two words ("Ben & Jerry", "Dolce &
# Gabbana", "Kestrel & Sons"): a firm's name, as no person's is written.
_AMPERSAND_NAME = re.compile(r"[A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*)?[^\S\n]*&[^\S\n]*[A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*)?")


def firms_with_ampersand(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """English: ``candidates`` with a person's name that is two names joined by "&" typed ORG
    ("Unilever will sell Ben & Jerry's", "Dolce & Gabbana said", where the model read a person):
    brands and firms named after their founders join them so, people never (issue 21, n35a). A name
    the gazetteer knows keeps its type."""
    if lang != "en":
        return list(candidates)
    return [
        replace(c, label="ORG", evidence=(*c.evidence, "firm name: ampersand"))
        if c.label == "PER" and c.record is None and _AMPERSAND_NAME.fullmatch(text, c.start, c.end) is not None
        else c
        for c in candidates
    ]


def with_firm_pairs(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """English: ``candidates`` with two one-word names joined by "and" that the model read as two
    people or companies read as one firm's name (issue 21, n28a): when the second word ends a
    firm's name (``en/firm_pair_tails``: "Dunmore and Sons", "Vance and Partners") or when an
    apposition headed by a singular noun of a line of business or a body follows
    (``en/business_appositions``: "Slater and Gordon, the law firm,", "Marks and Spencer, the
    retailer,"; not a team, a band or a group: "Federer and Nadal, the doubles team for Europe"; nor
    after a word that makes them two parties, :func:`_two_parties_before`: "talks between Unison
    and Kestrel, the agency,"). Each word is one candidate's whole name or none's, neither a name the gazetteer knows ("Boeing and Airbus" are
    two), and no candidate runs past the pair."""
    if lang != "en":
        return list(candidates)
    tails = word_set("en", "firm_pair_tails")
    descriptors = word_set("en", "business_appositions")
    index = CandidateIndex(candidates)
    drop: set[int] = set()
    added: list[Candidate] = []
    for match in _FIRM_PAIR.finditer(text):
        start, end = match.span()
        apposition = _SINGULAR_APPOSITION.match(text, end)
        if match.group("second").casefold() in tails:
            why = f"firm name: {match.group('second')}"
        elif apposition is not None and apposition.group("noun") in descriptors and not _two_parties_before(text, start):
            why = f"descriptor after: {apposition.group('noun')}"
        else:
            continue
        over = index.overlapping(start, end)
        pieces = [candidates[k] for k in over]
        if not pieces or any(p.start < start or p.end > end or " " in text[p.start : p.end] or p.record is not None or p.label == "LOC" for p in pieces):
            continue
        drop.update(over)
        added.append(Candidate(start, end, "ORG", "firm-pair", evidence=(why,)))
    if not added:
        return list(candidates)
    return sorted([*(c for k, c in enumerate(candidates) if k not in drop), *added], key=lambda c: c.start)


def with_coordinated_name_parts(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """``candidates`` with each English organisation's name whose words are coordinated by "and"
    and that the model read as two or three organisations, read as one name (issue 21, n25b): "the
    Centers for Medicare" and "Medicaid Services", "Biotechnology" and "Biological Sciences Research
    Council", "the Senate Health, Education", "Labor" and "Pensions Committee". The name begins with
    "the" or comes after it, no piece but the first has an article, each piece is an organisation,
    no piece but the last ends on a head of ``en/coordinated_name_heads`` or is an acronym ("NASA
    and European Space Agency" name two), and the last one ends on such a head. A name with "of" or
    "for" that ends on a plural noun takes in one or two plural capitalised words after "and" the
    model left out ("the Brotherhood of Locomotive Engineers" and "Trainmen"), and a name the
    gazetteer does not know that ends on such a head takes in "the", one to three capitalised words
    no candidate holds and "and" before it ("The Pipeline and" of "The Pipeline and Hazardous
    Materials Safety Administration"). Places inside stay mentions of their own."""
    if lang != "en":
        return list(candidates)
    heads = word_set("en", "coordinated_name_heads")
    ordered = sorted(candidates, key=lambda c: (c.start, -c.end))
    starts: dict[int, int] = {}
    for k, c in enumerate(ordered):
        starts.setdefault(c.start, k)
    absorbed: set[int] = set()
    joined: dict[int, Candidate] = {}
    for i, cand in enumerate(ordered):
        if i in absorbed or cand.label != "ORG" or cand.record is not None:
            continue
        if not _opens_with_article(text, cand.start, cand.end):
            leading = _LEADING_CONJUNCT.search(text, max(0, cand.start - 60), cand.start)
            surface = text[cand.start : cand.end]
            # The first piece of the name left out: capitalised words no candidate holds.
            # A couple's given name the model read as a person's before a name that opens with a
            # given name ("The Bill and Melinda Gates Foundation": "Bill" + "Melinda Gates
            # Foundation"): one foundation's name, named after both.
            inside: list[int] | None = None
            partner = (
                _couple_given_name(ordered, leading)
                if leading is not None and surface.split()[-1].casefold() in heads and surface.split()[-1][:1].isupper()
                else None
            )
            if (
                leading is not None
                and surface.split()[-1].casefold() in heads
                and surface.split()[-1][:1].isupper()
                and not _standalone_body(leading.group("run"))
                and (partner is not None or (inside := _common_word_pieces(ordered, leading.start("run"), leading.end("run"), text)) is not None)
                and not any((o.start, o.end) == (cand.start, cand.end) and (o.record is not None or o.extractor == "gazetteer") for o in ordered)
            ):
                if partner is not None:
                    absorbed.add(partner)
                absorbed.update(inside or ())
                joined[i] = replace(cand, start=leading.start(), evidence=(*cand.evidence, f"coordinated name: {text[leading.start() : cand.end]}"))
            continue
        chain = _coordinated_chain(ordered, starts, i, text, heads)
        if chain is not None:
            end = ordered[chain[-1]].end
            absorbed.update(k for k, o in enumerate(ordered) if k != i and o.label == "ORG" and cand.start <= o.start and o.end <= end)
            joined[i] = replace(cand, end=end, evidence=(*cand.evidence, f"coordinated name: {text[cand.start:end]}"))
            continue
        tail = _coordinated_body_tail(ordered, cand, text, heads)
        if tail is not None:
            joined[i] = replace(cand, end=tail, evidence=(*cand.evidence, f"coordinated name: {text[cand.start : tail]}"))
            continue
        surface = text[cand.start : cand.end]
        trailing = _TRAILING_CONJUNCT.match(text, cand.end)
        if (
            trailing is not None
            and _OF_WORD.search(surface) is not None
            and _PLURAL_NAME_WORD.match(surface.split()[-1]) is not None
            and _PLURAL_NAME_WORD.match(trailing.group("run").split()[-1]) is not None
            and not any(o.start < trailing.end() and trailing.start("run") < o.end for o in ordered)
        ):
            joined[i] = replace(cand, end=trailing.end(), evidence=(*cand.evidence, f"coordinated name: {text[cand.start : trailing.end()]}"))
    # Back in the order the candidates came in.
    position = {id(c): k for k, c in enumerate(ordered)}
    return [joined.get(position[id(c)], c) for c in candidates if position[id(c)] not in absorbed]



# An ordinal number in figures, and "the" before it, right before a name: "[the 9th] U.S. Circuit
# Court of Appeals", "[the 101st] Airborne Division"; the name holds a word of a numbered unit
# (``en/numbered_unit_words``), not "[May 3rd] Varlo Foods" nor "the 50th NATO summit" (rv25b).
_ORDINAL_BEFORE = re.compile(r"(?:(?<![\w-])(?:the|The)[^\S\n]+)?(?<![\w-])\d+(?:st|nd|rd|th)[^\S\n]+$")


def with_ordinal_openers(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """``candidates`` with each English organisation the model read without the ordinal number in
    figures that opens its name, and its article, read with them ("the 9th U.S. Circuit Court of
    Appeals", as MEANTIME annotates the name; issue 21, n25b) when the name holds a word of a
    numbered unit (``en/numbered_unit_words``: "Circuit", "Division"; "the 50th NATO summit", "May
    3rd Varlo Foods" are no such names, rv25b). A name the gazetteer knows keeps its span."""
    if lang != "en":
        return list(candidates)
    out = []
    for cand in candidates:
        if cand.label == "ORG" and cand.record is None and cand.extractor != "gazetteer" and text[cand.start : cand.start + 1].isupper():
            before = _ORDINAL_BEFORE.search(text, max(0, cand.start - 16), cand.start)
            units = word_set("en", "numbered_unit_words")
            if before is not None and any(w.casefold() in units for w in text[cand.start : cand.end].split()):
                cand = replace(cand, start=before.start(), evidence=(*cand.evidence, f"ordinal: {text[before.start() : cand.start].strip()}"))
        out.append(cand)
    return out

@cache
def _court_name_pattern() -> re.Pattern[str]:
    """"the" or not, up to three capitalised words ("U.S.", a state: "the Texas Court of Appeals"; review
    rvn36), a court's head (``en/court_name_heads``, "court"), "for the", up to three
    capitalised words or an ordinal, the complement's last word ("complement"), then "of" and a
    place's capitalised words (group ``where``) or not, before a possessive ending or no word: "the
    U.S. District Court for the Southern District of New York", "the U.S. Court of Appeals for the
    2nd Circuit's ruling"."""
    heads = word_map("en", "court_name_heads")

    def alternation(kind: str) -> str:
        words = sorted((h for h, k in heads.items() if k == kind), key=len, reverse=True)
        return "|".join(r"[^\S\n]+".join(re.escape(w) for w in h.split()) for h in words)

    blank = r"[^\S\n]+"
    return re.compile(
        rf"(?<![\w-])(?:[Tt]he{blank})?(?:[A-Z][\w.'’-]*{blank}){{0,3}}(?:{alternation('court')}){blank}for{blank}the{blank}"
        rf"(?:(?:[A-Z][\w'’-]*|\d+(?:st|nd|rd|th)){blank}){{0,3}}(?:{alternation('complement')})"
        rf"(?P<place>{blank}of{blank}(?P<where>[A-Z][\w'’-]*(?:{blank}[A-Z][\w'’-]*){{0,2}}))?(?=['’]s\b|(?![\w'’-]))"
    )


def court_names(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """English: a court's name that a complement in "for the ..." goes on naming (:func:`_court_name_pattern`:
    "the U.S. Court of Appeals for the Federal Circuit", "the U.S. District Court for the Southern
    District of New York") as one organisation, in place of the pieces the model read apart ("the
    U.S. Court of Appeals" and "the Federal Circuit", "the U.S.", "District Court") (issue 21,
    n36a). Only a place candidate after the complement's "of" is not dropped here; a court named
    with no such complement ("the Court of Appeal in London") is left as it is."""
    if lang != "en" or "for the" not in text:
        return list(candidates)
    courts = [m for m in _court_name_pattern().finditer(text) if m.group()[:1].isupper() or m.group().startswith("the")]
    if not courts:
        return list(candidates)
    spans = [(m.start(), _court_name_end(m, candidates)) for m in courts]
    out = [
        c
        for c in candidates
        if not any(
            c.start < end and start < c.end and not (c.label == "LOC" and m.group("place") is not None and c.start >= m.start("place"))
            for m, (start, end) in zip(courts, spans)
        )
    ]
    out += [Candidate(start, end, "ORG", "court name", evidence=(f"court's complement: {text[start:end].split(' for ', 1)[-1]}",)) for start, end in spans]
    return sorted(out, key=lambda c: (c.start, c.end))


# The extractor of a court's name, which no place's word of its name retypes.
COURT_EXTRACTOR = "court name"
# An article and one or two capitalised words, or one such word alone, and "Court of", then the
# place's capitalised words ("the Superior Court of Fulton County", "a Regional Trial Court of
# Quezon City", "Supreme Court of Georgia"). Without an article a second word before the court's
# own is no part of its name but one that opens the sentence or qualifies a person ("Former Supreme
# Court of Canada justice", "In Supreme Court of Canada filings"; review rvn37). The name begins
# after "a" or "an" (group ``after``), with "the".
_COURT_OF_PLACE = re.compile(
    r"(?<![\w-])(?:(?:[Tt]he[^\S\n]+|[Aa]n?[^\S\n]+(?P<after>))(?:[A-Z][a-z]+[^\S\n]+){1,2}|[A-Z][a-z]+[^\S\n]+)Court[^\S\n]+of[^\S\n]+(?P<where>[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,2})"
)


def courts_of_places(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """English: a court named after the place it serves, "of" between ("the Superior Court of Fulton
    County", "the Supreme Court of Georgia"; issue 21, n37a), as one organisation, where the model
    read the court and the place apart or the whole as a place. The place is a place candidate that
    begins after "of" (kept as a mention of its own, as :func:`with_place_complements` keeps it) or
    capitalised words ending on a territory's word (``en/territory_name_heads``: "County"); a court of no place ("the High
    Court of Justice") and a court "in" a town ("the High Court in London") are left as they are."""
    if lang != "en" or "Court of" not in text:
        return list(candidates)
    heads = word_set("en", "territory_name_heads")
    out = list(candidates)
    for match in _COURT_OF_PLACE.finditer(text):
        where = match.start("where")
        start = match.start("after") if match.group("after") is not None else match.start()
        places = [c.end for c in out if c.label == "LOC" and c.start == where]
        if places:
            end = max(places)
        else:
            words = list(re.finditer(r"\S+", match.group("where")))
            last = next((w for w in reversed(words) if w.group().casefold() in heads), None)
            if last is None:
                continue
            end = where + last.end()
        if any(c.start < start < c.end or c.start < end < c.end for c in out if c.start < where):
            continue  # inside a longer name
        kept = [c for c in out if not (c.start < end and start < c.end) or (c.label == "LOC" and c.start >= where)]
        court = Candidate(start, end, "ORG", COURT_EXTRACTOR, evidence=(f"court's place: {text[where:end]}",))
        out = sorted((*kept, court), key=lambda c: (c.start, c.end))
    return out


# The extractor of a local council's name (councils_of_places).
COUNCIL_EXTRACTOR = "council of place"


def councils_of_places(candidates: Sequence[Candidate], doc: Doc, lang: str) -> list[Candidate]:
    """A local council named by its place and a lower-case council's name (``place_council_names``)
    as one organisation: "Walsall council leader Mike Bird", "the leader of Leeds city council"
    (English: the place before), « le conseil départemental du Nord » (French: the place after « de
    »). The place is a place candidate, or in English capitalised proper nouns no candidate holds
    (the model misses many towns or reads one as a person's name).
    A council before a noun it modifies ("council tax": ``council_compound_nouns``) and a council
    of no named place ("the council said") are left as they are, and so is a span the model
    already read as one organisation or a name that crosses it."""
    names = word_sets("place_council_names").get(lang)
    if not names:
        return list(candidates)
    longest = max(len(name.split()) for name in names)
    # (a name's first word first: the slices below are built for the few tokens that may open one,
    # not for every token of a long document)
    firsts = frozenset(name.split()[0] for name in names)
    out = list(candidates)
    n = len(doc)
    for i, tok in enumerate(doc):
        if tok.lower_ not in firsts or (lang == "en" and not tok.text.islower()):
            continue
        size = next(
            (k for k in range(min(longest, n - i), 0, -1) if " ".join(t.lower_ for t in doc[i : i + k]) in names), 0
        )
        if not size or (lang == "en" and not all(t.text.islower() for t in doc[i : i + size])):
            continue
        place = _council_place_en(out, doc, i) if lang == "en" else _council_place_after(out, doc, i + size)
        if place is None:
            continue
        if lang == "en":
            if i + size < n and doc[i + size].lower_ in word_set("en", "council_compound_nouns"):
                continue  # "Walsall council tax": the tax, no council named
            start, end = place[0], doc[i + size - 1].idx + len(doc[i + size - 1].text)
        else:
            start, end = tok.idx, place[1]
        if any(c.start <= start and end <= c.end and c.label == "ORG" for c in out):
            continue  # the model's own reading of the council
        if any(c.start < start < c.end or c.start < end < c.end for c in out):
            continue  # a name across the council's edge
        kept = [c for c in out if not (c.start < end and start < c.end) or (c.label == "LOC" and (c.start, c.end) == place)]
        council = Candidate(start, end, "ORG", COUNCIL_EXTRACTOR, evidence=(f"council's place: {doc.text[place[0]:place[1]]}",))
        out = sorted((*kept, council), key=lambda c: (c.start, c.end))
    return out


def _council_place_en(candidates: Sequence[Candidate], doc: Doc, i: int) -> tuple[int, int] | None:
    """The place's name that ends right before token ``i`` (an English council's name), as
    character offsets: a place candidate, or the words of :func:`council_place_start`, over which
    only a person's or an organisation's reading of those very words may lie; else None."""
    if i == 0:
        return None
    before = doc[i - 1]
    end = before.idx + len(before.text)
    places = [c.start for c in candidates if c.label == "LOC" and c.end == end]
    if places:
        return min(places), end
    k = council_place_start(doc, i)
    if k is None:
        return None
    start = doc[k].idx
    if any(c.start < end and start < c.end and not (c.label in ("PER", "ORG") and start <= c.start) for c in candidates):
        return None  # a name across the place's edge
    return start, end


def council_place_start(doc: Doc, i: int) -> int | None:
    """The first token of the place's name right before token ``i``, where an English council's
    lower-case name begins ("Walsall" of "Walsall council"), or None: capitalised words, no stop
    words, each a proper noun no name tag covers, a place's tag, or a name of one word that the
    model read as a person or an organisation (its slip for a town it does not know: "Walsall",
    "Dunmore"), unless the word is a common word or a name the gazetteer knows as an organisation
    ("the Labour council": the party's)."""
    stop_words = _stop_words("en")
    k = i
    while k > 0:
        tok = doc[k - 1]
        if not tok.text[:1].isupper() or tok.lower_ in stop_words:
            break
        if tok.ent_type_ in ("GPE", "LOC"):
            k -= 1
            continue
        if tok.ent_type_ in ("ORG", "PERSON"):
            lone = tok.ent_iob_ == "B" and not (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I")
            if not lone or k != i or is_dictionary_word(tok.text, "en") or any(r.type == "ORG" for r in default_gazetteer().lookup(tok.text)):
                break
        elif tok.ent_type_ or tok.pos_ != "PROPN":
            break
        k -= 1
    return k if k < i else None


def _council_place_after(candidates: Sequence[Candidate], doc: Doc, j: int) -> tuple[int, int] | None:
    """The place candidate after the « de », « du », « de la », « d' » at token ``j`` (a French
    council's name), as character offsets; else None."""
    n = len(doc)
    if j >= n or doc[j].lower_.replace("’", "'") not in ("de", "du", "des", "d'"):
        return None
    j += 1
    if j < n and doc[j].lower_.replace("’", "'") in ("la", "l'", "les"):
        j += 1
    if j >= n:
        return None
    start = doc[j].idx
    places = [c.end for c in candidates if c.label == "LOC" and c.start == start]
    return (start, max(places)) if places else None


def _court_name_end(match: re.Match[str], candidates: Sequence[Candidate]) -> int:
    """Where the court's name of ``match`` (:func:`_court_name_pattern`) ends: at the end of the place
    candidate that begins its place after "of", or before the first weekday, month or title among
    the place's words, which begin what follows ("the District of Delaware Monday", "the Southern
    District of New York Judge Alma Castellano"; review rvn36)."""
    if match.group("where") is None:
        return match.end()
    start = match.start("where")
    places = [c.end for c in candidates if c.label == "LOC" and c.start == start and c.end <= match.end()]
    if places:
        return max(places)
    stop = word_set("en", "weekdays") | word_set("en", "months") | frozenset(word_map("en", "role_titles"))
    end = start
    for word in re.finditer(r"\S+", match.group("where")):
        if word.group().casefold() in stop:
            break
        end = start + word.end()
    return end if end > start else match.start("place")


def with_dangling_complements(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """``candidates`` with each French organisation whose span ends on "de", "du", "des", "de la" or
    "de l'" joined to the name written right after it ("l'Orchestre de la ville de" and "Fribourg",
    "les Usines de l'" and "Aluminium de Sion" are one organisation each), the name taken in
    whatever the model called it; with no name there, the dangling words are cut off."""
    if lang != "fr":
        return list(candidates)
    ordered = sorted(candidates, key=lambda c: (c.start, -c.end))
    absorbed: set[int] = set()
    out: list[Candidate] = []
    for i, cand in enumerate(ordered):
        if i in absorbed:
            continue
        dangling = _DANGLING_COMPLEMENT.search(text, cand.start, cand.end) if cand.label == "ORG" and cand.record is None else None
        if dangling is None:
            out.append(cand)
            continue
        gap = _COMPLEMENT_GAP.match(text, cand.end)
        at = gap.end() if gap is not None else cand.end
        nxt = next((j for j, o in enumerate(ordered) if j != i and o.start == at and text[at : at + 1].isupper()), None)
        if nxt is not None:
            absorbed.add(nxt)
            out.append(replace(cand, end=max(ordered[nxt].end, cand.end), evidence=(*cand.evidence, f"complement: {text[at : ordered[nxt].end]}")))
        elif dangling.start() > cand.start:
            out.append(replace(cand, end=dangling.start()))
    return out


# « à », maybe an article, then a capitalised word: where a French organisation the model ran on
# over a verb's or a noun's complement leaves off.
_A_COMPLEMENT = re.compile(r"[^\S\n]+à[^\S\n]+(?:(?:la|le|les)[^\S\n]+|l['’][^\S\n]*)?[A-ZÀ-Þ]")
_KEPT_LAST_POS = frozenset({"PROPN", "ADJ"})


def without_a_complements(candidates: Sequence[Candidate], doc: Doc, text: str, lang: str) -> list[Candidate]:
    """``candidates`` with each French organisation that runs over « à » and a capitalised word
    ending before « à », and before the lower-case nouns or verbs it had taken in after its name
    (« la Société générale avance à la Turquie » is « Société générale », « l'Union à l'Exposition
    nationale de Zurich » is « Union »), when a place is found after « à »: the place is a place of
    its own. Gazetteer names keep their span; so do a name left with no word and one with no place
    after « à » (« le Commissariat à l'Énergie atomique »)."""
    if lang != "fr":
        return list(candidates)
    out: list[Candidate] = []
    for cand in candidates:
        match = _A_COMPLEMENT.search(text, cand.start, cand.end) if cand.label == "ORG" and cand.record is None else None
        # A place found inside what follows « à » says the phrase goes somewhere: « le Commissariat à
        # l'Énergie atomique » has none and stays whole.
        if match is not None and not any(o.label == "LOC" and match.end() - 1 <= o.start and o.end <= cand.end for o in candidates):
            match = None
        if match is None:
            out.append(cand)
            continue
        span = doc.char_span(cand.start, match.start(), alignment_mode="contract")
        end = len(span) if span is not None else 0
        # Lower-case words after the name that are no adjectives: the verb or noun that "à" follows.
        while end > 1 and span is not None and span[end - 1].is_lower and span[end - 1].pos_ not in _KEPT_LAST_POS and span[end - 2].pos_ not in ("ADP", "DET"):
            end -= 1
        if span is None or not end or not span[0].text[:1].isupper():
            out.append(cand)
            continue
        out.append(replace(cand, end=span[end - 1].idx + len(span[end - 1].text)))
    return out


# An item of a list of people each followed by their place in brackets ("Favre (Genève), Ody
# (Fribourg) et A. de Weck (Lausanne)"): initials, a particle, then one or two capitalised words.
_BRACKETED_ITEM = re.compile(r"(?<![\w'’.-])(?P<name>[A-ZÀ-Þ][^(){},;\n]{0,30}?)[^\S\n]*[({](?P<place>[^(){}\n]{2,30})\)")
# The names such a list may add when the model missed them: initials, a particle, then one or two
# capitalised words.
_BRACKETED_NAME = re.compile(
    r"(?:[A-ZÀ-Þ][a-zà-ÿ]{0,2}\.[^\S\n]*)*(?:(?:de|von|van|di|da|del|du)[^\S\n]+)?[A-ZÀ-Þ][\w'’-]+(?:[^\S\n]+[A-ZÀ-Þ][\w'’-]+)?"
)
_INITIAL = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{0,2}\.[^\S\n]")
_LIST_GAP = re.compile(r"[^\S\n]*(?:[,;]|et)[^\S\n]*(?:et[^\S\n]+)?")
_MIN_BRACKETED_ITEMS = 3


def bracketed_place_lists(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """``candidates`` with the names of a French list of people each followed by a place in
    brackets typed PER ("MM. Favre (Genève), Ody (Fribourg), Rossi (Lugano) et Cattori
    (Locarno)": Rossi and Cattori too), and those the model missed added: a list of at least three
    such items whose places are mostly places, where more names are people (typed so, or written
    with an initial: "A. Favre") than places. A list of towns with their cantons ("Bulle
    (Fribourg), Morat (Fribourg)") has no people and is left alone; a list that holds a name the
    gazetteer knows as a place too."""
    if lang != "fr" or "(" not in text:
        return list(candidates)
    out = list(candidates)
    for run in _bracketed_runs(text):
        names = [(m.start("name"), m.end("name")) for m in run]
        places = [(m.start("place"), m.end("place")) for m in run]
        on_name = [[c for c in out if c.start < b and a < c.end] for a, b in names]
        if any(c.record is not None and c.label == "LOC" for found in on_name for c in found):
            continue
        placed = sum(any(c.label == "LOC" and a <= c.start and c.end <= b for c in out) for a, b in places)
        people = sum(any(c.label == "PER" for c in found) or _INITIAL.match(text, a) is not None for (a, _), found in zip(names, on_name))
        places_named = sum(any(c.label == "LOC" for c in found) for found in on_name)
        if placed * 2 <= len(run) or people < 2 or people <= places_named:
            continue
        for (a, b), found in zip(names, on_name):
            if not found and _BRACKETED_NAME.fullmatch(text, a, b):
                out.append(Candidate(a, b, "PER", "bracketed-list", evidence=("list of people with places",)))
            for c in found:
                if c.label != "PER" and c.record is None and c.institution is None:
                    out[out.index(c)] = replace(c, label="PER", evidence=(*c.evidence, "list of people with places"))
    return out


def _bracketed_runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Runs of at least :data:`_MIN_BRACKETED_ITEMS` "Name (Place)" items joined by commas,
    semicolons or "et"."""
    run: list[re.Match[str]] = []
    for m in _BRACKETED_ITEM.finditer(text):
        if run and not _LIST_GAP.fullmatch(text, run[-1].end(), m.start()):
            if len(run) >= _MIN_BRACKETED_ITEMS:
                yield run
            run = []
        run.append(m)
    if len(run) >= _MIN_BRACKETED_ITEMS:
        yield run


_CAPITALS_RUN = re.compile(r"(?<![\w'’.-])[A-ZÀ-Þ][A-ZÀ-Þ'’-]*(?:[^\S\n]+[A-ZÀ-Þ][A-ZÀ-Þ'’-]*)+(?![\w'’-])")
_MAX_BYLINE_WORDS = 3


def capitalised_name_candidates(text: str, lang: str) -> list[Candidate]:
    """People whose name is written in capitals, as a by-line or a credit gives it ("PASCAL MARTIN",
    "WILLIAM HENRY SMITH"), where the model reads a heading: a run of two or three words in
    capitals, the first a given name (``xx/given_names``) and none a stop word of the language. A
    longer run is a heading ("JEAN DUPONT ÉLU À LA MAIRIE") and gives none. French only."""
    if lang != "fr":
        return []
    given = word_set("xx", "given_names")
    stop = _stop_words(lang)
    out = []
    for match in _CAPITALS_RUN.finditer(text):
        words = match.group().split()
        if len(words) > _MAX_BYLINE_WORDS or words[0].split("-")[0].casefold() not in given:
            continue
        if any(w.casefold() in stop for w in words):
            continue
        out.append(Candidate(match.start(), match.end(), "PER", "capitals", evidence=(f"given name: {words[0]}",)))
    return out


# A possessive or "the", one or two capitalised words and a noun of a brand or a company's unit
# ("its Saturn brand", "GM 's Zorba division", "the Zorba unit").
_UNIT_NAME = re.compile(
    r"(?<![\w'’])(?:[Ii]ts|[Tt]heir|[Tt]he|[A-Z][\w.&-]*[^\S\n]?['’]s)[^\S\n]+"
    r"(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)[^\S\n]+(?P<noun>[a-z]+)\b"
)


@cache
def _legal_name_pattern() -> re.Pattern[str]:
    """One to four capitalised words (with "&" between them) and an abbreviated legal form of
    ``xx/legal_suffix_abbreviations`` or a spelled-out one of ``xx/legal_suffix_words`` right after
    them."""
    forms = "|".join(re.escape(f) for f in sorted(word_set("xx", "legal_suffix_abbreviations") | word_set("xx", "legal_suffix_words"), key=len, reverse=True))
    word = r"[A-Z][\w'’.-]*"
    return re.compile(
        rf"(?<![\w&'’.-])(?P<name>{word}(?:[ \t]+(?:&[ \t]+)?{word}){{0,3}})[ \t]+(?:&[ \t]+)?(?P<form>{forms})(?![\w&'’-])(?!\.\w)"
    )


def legal_name_candidates(text: str, lang: str) -> list[Candidate]:
    """Companies named with an abbreviated legal form that NER missed ("half of GMAC LLC, the
    finance arm", "Zorvex Inc."): the capitalised words before the form, without the function words
    a sentence may begin with ("The", "In"), and the form, typed ORG."""
    stop = _stop_words(lang)
    out = []
    for match in _legal_name_pattern().finditer(text):
        words = match.group("name").split()
        start = match.start("name")
        while words and words[0].casefold() in stop:
            start = text.index(words[0], start) + len(words[0])
            while text[start : start + 1] in (" ", "\t"):
                start += 1  # not a slice of the rest of the text, quadratic in a long one
            words = words[1:]
        if not words or words[0] == "&":
            continue
        # A spelled-out form in the first line, a headline's Title Case, is left to NER, and so is
        # one in another language than English ("la Corporation des bouchers", a guild).
        if match.group("form") in word_set("xx", "legal_suffix_words") and (lang != "en" or "\n" not in text[: match.start()].lstrip()):
            continue
        out.append(Candidate(start, match.end("form"), "ORG", "legal-name", evidence=(f"legal suffix: {match.group('form')}",)))
    return out


def unit_name_candidates(text: str, lang: str, doc: Doc | None = None) -> list[Candidate]:
    """English: the names of brands and company units that NER skips, before a noun of a brand or
    a unit that they modify (``<lang>/organisation_unit_nouns``): "its Saturn brand", "GM's Zorba
    division". A name of common words is a unit's description, not its name ("its Consumer
    division"), but for a brand, whose name may be a word ("the Saturn brand", and then "its Saturn
    unit" in the same text); a place the gazetteer
    knows is where a unit works ("its Asia unit") unless the noun is a brand's. A nationality or a
    party the model found in ``doc`` says what kind of brand it is, not its name ("its Chinese
    brands", "hurt the Republican brand")."""
    if lang != "en":
        return []
    kinds = word_map(lang, "organisation_unit_nouns")
    gazetteer = default_gazetteer()
    matches = [m for m in _UNIT_NAME.finditer(text) if m.group("noun") in kinds]
    brands = {m.group("name") for m in matches if kinds[m.group("noun")] == "place"}
    out = []
    for match in matches:
        name, noun = match.group("name"), match.group("noun")
        brand = kinds[noun] == "place"
        if not brand and name not in brands and all(is_dictionary_word(w, lang) for w in name.split()):
            continue
        if any(r.type == "LOC" for r in gazetteer.lookup(name)) and not brand:
            continue
        span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand") if doc is not None else None
        if span is not None and any(tok.ent_type_ == "NORP" for tok in span):
            continue
        out.append(Candidate(match.start("name"), match.end("name"), "ORG", "unit", evidence=(f"unit noun after: {noun}",)))
    return out


# The first half of a hyphenated given name, glued to the name the model began after it ("José-"
# before "Maria Jimenez").
_GIVEN_HALF_BEFORE = re.compile(r"(?<![\w'’.-])[A-ZÀ-Þ][a-zà-ÿ]+-$")


def with_hyphenated_given_names(candidates: Sequence[Candidate], text: str) -> list[Candidate]:
    """``candidates`` with each person's name that the model began after the hyphen of a compound
    given name started at its first half ("José-Maria Jimenez", "Hans-Peter Kohler")."""
    out = []
    for cand in candidates:
        if cand.label == "PER" and (match := _GIVEN_HALF_BEFORE.search(text, max(0, cand.start - 20), cand.start)) is not None:
            cand = replace(cand, start=match.start())
        out.append(cand)
    return out


# One or two capitalised words right before a blank, at the end of a window ("Maria ", "Karl-Theodor ").
_GIVEN_WORDS_BEFORE = re.compile(r"(?<![\w'’.-])((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?[^\S\n]+){1,2})$")


# A verb after a name, an adverb in "-ly" allowed before it, then "he" or "she", "that" between
# allowed ("Jordan said he", "Lima told reporters she" is left out: the pronoun must follow).
_VERB_THEN_PERSONAL_PRONOUN = re.compile(r"[^\S\n]+(?:[a-z]+ly[^\S\n]+)?(?P<verb>[a-z]+)[^\S\n]+(?:that[^\S\n]+)?(?:he|she)\b")


def speaks_of_self_after(text: str, end: int) -> bool:
    """Whether a verb of saying and "he" or "she" follow the name ending at ``end`` ("Jordan said he
    would keep a stake"): a person speaking of himself or herself, as no country or company does
    ("Jordan said it would")."""
    match = _VERB_THEN_PERSONAL_PRONOUN.match(text, end)
    if match is None:
        return False
    verb = match.group("verb")
    return verb_lemma(verb, verb, "en") in word_set("en", "reporting_verbs") or verb in word_set("en", "reporting_verbs")


# One capitalised word right before a name, one blank between ("Raheem " of "Raheem Sterling").
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'’.&-])(?P<given>[A-Z][a-z]+)[^\S\n]$")


def with_given_names_before(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """English: a one-word name right after a given name the model left out (``xx/given_names``, no
    word of the dictionary: "Raheem Sterling said" read as "Sterling", a company) is that person's
    surname, and the two words are the person (issue 21, n35a). A given name that is a word too
    ("Christian Democrats") and one a candidate holds are left out; so is a name of several words
    or one that continues with a capitalised word."""
    if lang != "en":
        return list(candidates)
    given = word_set("xx", "given_names")
    ends = {c.end for c in candidates}
    out = []
    for cand in candidates:
        surface = text[cand.start : cand.end]
        match = _GIVEN_NAME_BEFORE.search(text, max(0, cand.start - 20), cand.start) if cand.label in ("PER", "ORG", "LOC") and surface.isalpha() and surface[:1].isupper() and surface[1:].islower() else None
        if (
            match is not None
            and match.group("given").casefold() in given
            and not is_dictionary_word(match.group("given").casefold(), lang)
            and match.end("given") not in ends
            and re.match(r"[^\S\n]+[A-Z]", text[cand.end : cand.end + 2]) is None
        ):
            cand = replace(cand, start=match.start("given"), label="PER", record=None, evidence=(*cand.evidence, f"given name before: {match.group('given')}"))
        out.append(cand)
    return out


# A given name and one or two capitalised surnames ("Erling Haaland", "Jonas Vingegaard"), then an
# adverb in "-ly" or not and the next word ("said", "also told").
_MISSED_FULL_NAME = re.compile(
    r"(?<![\w'’.&-])(?P<given>[A-Z][a-z]+)[^\S\n]+(?P<surname>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[^\S\n]+[A-Z][a-z]+)?)"
    r"(?![\w'’&-])[^\S\n]+(?:[a-z]+ly[^\S\n]+)?(?P<verb>[a-z]+)\b"
)

# "its" right after the verb of saying: the speaker owns things as a company does ("said its
# quarterly sales rose").
_ITS_AFTER = re.compile(r"[^\S\n]+(?:that[^\S\n]+)?its\b")


def missed_full_names(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """English: the people the model skipped whole, a given name (``xx/given_names``) and one or two
    capitalised surnames, then a verb of saying (``en/reporting_verbs``: "Erling Haaland said he
    was happy", "Viktor Hallberg told reporters"; issue 21, n36a). No word of the name may be a
    word of the dictionary ("Christian Democrats said", "Will Power said": left out) nor lie in a
    candidate, and the verb takes no "its" after it ("Carl Zeiss said its sales rose", a company);
    the rest of ``candidates`` is returned unchanged, the new people added."""
    if lang != "en":
        return list(candidates)
    given = word_set("xx", "given_names")
    verbs = word_set("en", "reporting_verbs")
    index = CandidateIndex(candidates)
    added = []
    for match in _MISSED_FULL_NAME.finditer(text):
        first, verb = match.group("given"), match.group("verb")
        if first.casefold() not in given or not any(form in verbs for form in (verb_lemma(verb, verb, "en"), verb, verb[:-1], verb[:-2])):
            continue
        words = [first, *re.split(r"[\s-]+", match.group("surname"))]
        if any(is_dictionary_word(w.casefold(), lang) for w in words) or index.overlaps(match.start("given"), match.end("surname")):
            continue
        if _ITS_AFTER.match(text, match.end()):
            continue  # "Carl Zeiss said its profit fell": a company named after a person speaks of its own (review rvn36)
        added.append(Candidate(match.start("given"), match.end("surname"), "PER", "given name", evidence=(f"given name: {first}", f"speaks: {verb}")))
    return sorted((*candidates, *added), key=lambda c: (c.start, c.end)) if added else list(candidates)


# A capitalised given name and one or two capitalised surnames, none glued to a word before them
# ("Novak Djokovic", "Max Verstappen", "Ousmane Dembele").
_ACTING_FULL_NAME = re.compile(r"(?<![\w'’.&-])(?P<given>[A-Z][a-z]+)[^\S\n]+(?P<surname>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[^\S\n]+[A-Z][a-z]+)?)(?![\w'’&-])")
# "its" one word or none after the verb ("raised its forecast", "cut its"): a company's own.
_ITS_SOON = re.compile(r"[^\S\n]+(?:[a-z]+[^\S\n]+)?its\b")
# The subject relations of the name's last word under its verb.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@cache
def _company_subject_verbs() -> frozenset[str]:
    """The lemmas of verbs whose subject is a company or an index rather than a person
    (``en/organisation_verbs``, the verbs of ``en/company_act_verbs``, ``en/market_movement_verbs``,
    ``en/company_result_verbs``)."""
    acts = frozenset(k for k, v in word_map("en", "company_act_verbs").items() if v == "verb")
    return word_set("en", "organisation_verbs") | acts | word_set("en", "market_movement_verbs") | word_set("en", "company_result_verbs")


def _surname_alone(text: str, surname: str, given_start: int) -> bool:
    """Whether ``surname`` stands alone elsewhere in ``text`` (no capitalised word right before or
    after it, in the headline or the body) and no company's words follow it there ("Djokovic will
    face", not "Keller said it", "Keller's shares")."""
    for match in re.finditer(rf"(?<![\w'’.&-])(?<!\w[^\S\n]){re.escape(surname)}(?![\w&-])", text):
        if match.start() == given_start:
            continue
        before = text[max(0, match.start() - 30) : match.start()]
        # (a word that ends a sentence is none of the name: "on Monday. Castellano met"; review rvn37)
        if re.search(r"(?:[A-Z][\w'’.&-]*[\w'’&-]|(?<![\w.])[A-Z]\.?)[^\S\n]+$", before):
            continue  # "Anna Keller", "J. Keller", "Keller" inside another name
        after = text[match.end() : match.end() + 30]
        if re.match(r"[^\S\n]+[A-Z]", after):
            continue
        if re.match(r"(?:['’]s[^\S\n]+(?:shares|stock)\b|[^\S\n]+(?:[a-z]+[^\S\n]+)?(?:it|its)\b)", after):
            return False  # a company named after a person, taken up as a company
        return True
    return False


def missed_acting_people(candidates: Sequence[Candidate], doc: Doc, text: str, lang: str) -> list[Candidate]:
    """English: the people the model skipped whole that are the subject of a verb other than one
    of saying ("Max Verstappen won the race", "Novak Djokovic beat Carlos Alcaraz"; issue 21,
    n37a): a given name and one or two capitalised surnames, none in a candidate and none a word of
    the dictionary (one, with a listed given name: "Max Verstappen", "Jannik Sinner"), whose last word is the subject of the verb right after it. The first word is a given
    name of ``xx/given_names``, or the surname stands alone elsewhere in the text, in the headline
    or later (:func:`_surname_alone`: "Djokovic beats Alcaraz" … "Novak Djokovic beat"). A verb of
    a company or an index (:func:`_company_subject_verbs`: "Baird Keller acquired", "rose") and "its"
    after the verb ("Carl Zeiss raised its forecast") leave the name out."""
    if lang != "en":
        return list(candidates)
    given = word_set("xx", "given_names")
    index = CandidateIndex(candidates)
    added = []
    for match in _ACTING_FULL_NAME.finditer(text):
        start, end = match.start("given"), match.end("surname")
        first = match.group("given")
        words = [first, *re.split(r"[\s-]+", match.group("surname"))]
        # (a plural counts as its singular's word: "Christian Democrats won")
        common = sum(is_dictionary_word(w.casefold(), lang) or (w.endswith("s") and is_dictionary_word(w[:-1].casefold(), lang)) for w in words)
        # A listed given name may be a word ("Max Verstappen") or go with one ("Jannik Sinner"),
        # not both; without one, no word of the name may be a word.
        if common > (1 if first.casefold() in given else 0) or index.overlaps(start, end):
            continue
        span = doc.char_span(start, end)
        if span is None or span.end >= len(doc):
            continue
        last, verb = span[-1], doc[span.end]
        if last.dep_ not in _SUBJECT_DEPS or last.head.i != verb.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        if span.start > 0 and doc[span.start - 1].pos_ == "PROPN" and doc[span.start - 1].text[:1].isupper():
            continue  # the tail of a longer name ("Paris St Germain")
        if verb.lemma_.lower() in _company_subject_verbs() or _ITS_SOON.match(text, verb.idx + len(verb.text)):
            continue
        if first.casefold() in given:
            why = f"given name: {first}"
        elif _surname_alone(text, words[-1], start):
            why = f"surname alone: {words[-1]}"
        else:
            continue
        added.append(Candidate(start, end, "PER", "given name", evidence=(why, f"subject of: {verb.lemma_.lower()}")))
    return sorted((*candidates, *added), key=lambda c: (c.start, c.end)) if added else list(candidates)


def with_given_names_before_particles(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """English: a person's name that begins with a surname's particle (``xx/leading_name_particles``:
    "zu Guttenberg", "van der Hoeven") with the given names right before it that the model read
    apart or dropped ("Karl-Theodor" + "zu Guttenberg", "Maria van der" + "Hoeven"): one name. The
    words before are a person's mention that ends there, or given names (``xx/given_names``, each
    half of a hyphenated one, after a title or not: "Minister Hans-Peter zu Berg") that no other
    mention holds."""
    if lang != "en":
        return list(candidates)
    particles = word_set("xx", "leading_name_particles")
    given = word_set("xx", "given_names")
    by_end = {c.end: i for i, c in enumerate(candidates)}
    # The candidates by start, and the furthest end of those up to each: whether one holds a word
    # before a name is one look-up, not a pass over all of them (a long list of names cost
    # quadratic time).
    starts = sorted((c.start, c.end) for c in candidates)
    furthest = list(accumulate((e for _, e in starts), max))
    out = list(candidates)
    dropped: set[int] = set()
    for i, cand in enumerate(candidates):
        words = text[cand.start : cand.end].split()
        if cand.label != "PER" or len(words) < 2 or not any(" ".join(words[:k]) in particles for k in (1, 2, 3)):
            continue
        match = _GIVEN_WORDS_BEFORE.search(text, max(0, cand.start - 40), cand.start)
        if match is None:
            continue
        j = by_end.get(match.end(1) - len(match.group(1)) + len(match.group(1).rstrip()))
        if j is not None and candidates[j].label == "PER":
            out[i] = replace(cand, start=candidates[j].start)
            dropped.add(j)
        elif j is None:
            # The given names alone, after a capitalised title or word ("Minister Hans-Peter zu Berg").
            first = next((w.start() for w in re.finditer(r"\S+", match.group(1)) if all(part.casefold() in given for v in match.group(1)[w.start() :].split() for part in v.split("-"))), None)
            if first is None:
                continue
            k = bisect_left(starts, (cand.start,))
            if k == 0 or furthest[k - 1] <= match.start(1) + first:
                out[i] = replace(cand, start=match.start(1) + first)
    return [c for k, c in enumerate(out) if k not in dropped]


# Lower-case particles of a surname that end a person's span, then the blanks and particles up to the
# next name ("Dolf van" + " den " + "Brink").
_TRAILING_PARTICLES = re.compile(r"(?:[^\S\n]+[a-z]+)+$")
_PARTICLES_BETWEEN = re.compile(r"(?:[^\S\n]+[a-z]+)*[^\S\n]+")


def with_surnames_after_particles(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """English: a person's name that the model cut inside its surname's particles ("Dolf van" +
    "Brink" of "Chief executive Dolf van den Brink", the surname read as a company): the person's
    span ends with particles of ``xx/name_particles``, only particles follow it up to a capitalised
    one-word candidate, and that candidate is the rest of the person's name. The candidate after
    it keeps its reading when the gazetteer knows it. A span cut before the particles ("Erik" of
    "Manager Erik ten Hag", "ten" read as a number; "Jose Eduardo" + "Santos" of "Jose Eduardo dos
    Santos") takes them and the one capitalised word after them (:data:`_PARTICLES_THEN_SURNAME`),
    which no other candidate begins, or which a one-word candidate the gazetteer does not know is."""
    if lang != "en":
        return list(candidates)
    particles = word_set("xx", "name_particles")
    by_start = {c.start: i for i, c in enumerate(candidates)}
    out = list(candidates)
    dropped: set[int] = set()
    for i, cand in enumerate(candidates):
        if cand.label != "PER" or i in dropped:
            continue
        tail = _TRAILING_PARTICLES.search(text, cand.start, cand.end)
        if tail is None or tail.start() == cand.start or not all(w in particles for w in tail.group().split()):
            continue
        between = _PARTICLES_BETWEEN.match(text, cand.end)
        if between is None or not all(w in particles for w in between.group().split()):
            continue
        j = by_start.get(between.end())
        if j is None or j == i:
            continue
        nxt = candidates[j]
        if nxt.record is not None or " " in text[nxt.start : nxt.end] or not text[nxt.start : nxt.start + 1].isupper():
            continue
        out[i] = replace(cand, end=nxt.end, evidence=(*cand.evidence, f"surname after particles: {text[nxt.start : nxt.end]}"))
        dropped.add(j)
    starts = sorted(c.start for c in candidates)
    for i, cand in enumerate(out):
        if cand.label != "PER" or i in dropped or _TRAILING_PARTICLES.search(text, cand.start, cand.end) is not None:
            continue
        after = _PARTICLES_THEN_SURNAME.match(text, cand.end)
        if after is None or not text[cand.end - 1 : cand.end].isalpha() or not all(w in particles for w in after.group("particles").split()):
            continue
        if _counted_noun(after.group("particles").split(), after.group("surname")):
            continue  # "gave Mark Evans ten Days", "fined Paul Jones ten Euros": a number and its noun
        j = by_start.get(after.start("surname"))
        if j is not None:
            nxt = candidates[j]
            if j in dropped or nxt.record is not None or nxt.end != after.end("surname"):
                continue
            dropped.add(j)
        elif bisect_left(starts, cand.end + 1) < len(starts) and starts[bisect_left(starts, cand.end + 1)] < after.end():
            continue  # another name begins in the particles or the surname
        # "Erik" + " ten Hag" (the particle read as a number, the surname as nothing), "Jose
        # Eduardo" + " dos " + "Santos": the surname the model cut off after the given names.
        out[i] = replace(cand, end=after.end("surname"), evidence=(*cand.evidence, f"surname after particles: {after.group('surname')}"))
    return [c for k, c in enumerate(out) if k not in dropped]


def _counted_noun(particles: Sequence[str], word: str) -> bool:
    """Whether ``word`` after ``particles`` that are a number word too ("ten" of ``en/number_words``)
    is a noun in the plural that the number counts ("ten Days", "ten Euros", "ten Times"), no
    surname ("ten Hag", "ten Cate"): a word of the dictionary once its plural's ending is cut."""
    if not any(p in number_map("en", "number_words") for p in particles) or not word.endswith("s"):
        return False
    lower = word.casefold()
    return any(is_dictionary_word(stem, "en") for stem in (lower[:-1], lower[:-2] if lower.endswith("es") else ""))


# Particles after a person's name that the model ended at a name word, then one capitalised word
# and no other capitalised word after it ("Erik" + " ten Hag said", "Jose Eduardo" + " dos Santos").
_PARTICLES_THEN_SURNAME = re.compile(
    r"(?P<particles>(?:[^\S\n]+[a-z]{2,4}){1,2})[^\S\n]+(?P<surname>[A-ZÀ-Þ][a-zà-ÿ'’-]*[a-zà-ÿ])(?![\w'’-])(?![^\S\n]+[A-ZÀ-Þ])"
)


# A nationality noun after a singular article, then a name ("le Belge Jan Peeters", "l'Allemande
# Anna Weber"): the noun as a group.
_NATIONALITY_NOUN = re.compile(r"(?<![\w'’])(?P<article>[Ll]e|[Ll]a|[Ll]['’])[^\S\n]*(?P<noun>[A-ZÀ-Þ][a-zà-ÿ]+)[^\S\n]+(?=[A-ZÀ-Þ])")


def people_after_nationality(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """``candidates`` with the name written after a singular article and a nationality noun typed
    PER, the noun left out of the span ("le Belge Jan Peeters": "Jan Peeters", whatever the
    model called it or glued to it): only a person is so described. "la Suisse" or "l'Allemagne"
    followed by a name is a country (the gazetteer knows it as a place) and is left alone. French
    only; gazetteer names keep their type."""
    if lang != "fr":
        return list(candidates)
    demonyms = inst.tables().demonyms.get("fr", {})
    out = []
    for cand in candidates:
        if cand.record is None and cand.institution is None and cand.label in ("PER", "ORG", "LOC"):
            for match in _NATIONALITY_NOUN.finditer(text, max(0, cand.start - 30), cand.end):
                if match.end() not in (cand.start,) and not (cand.start == match.start("noun") and match.end() < cand.end):
                    continue
                noun = match.group("noun")
                if inst.norm(noun) not in demonyms or (match.group("article").casefold() != "le" and _is_known_place(noun)):
                    continue
                cand = replace(cand, start=match.end(), label="PER", evidence=(*cand.evidence, f"nationality: {noun}"))
                break
        out.append(cand)
    return out


def person_named(name: str) -> bool:
    """Whether a company's name begins with a given name ("Ralph Lauren", "Walt Disney"): named
    after its founder, whose own name the short form may be."""
    return name.split()[0].casefold() in word_set("xx", "given_names")


@cache
def _surname_tail_words() -> frozenset[str]:
    """The words of ``en/company_tail_words`` that are common English surnames too (marked
    "surname": "power", "steel")."""
    return frozenset(row[0] for row in rows("en", "company_tail_words") if row[1:2] == ("surname",))


def company_worded(surface: str, lang: str, *, person: bool = False) -> bool:
    """Whether the name ``surface`` ends with a word that names a company: one of
    ``xx/company_heads`` whatever comes before it ("Douglas Aircraft", "Delta Air Lines": a company
    named after a person), or in English one of ``en/company_tail_words``, a trade's word that is a
    surname or a common word too, after a first word that is no given name ("Meridian Health",
    "Varga Pharma", "Halvard Energy"; "Peter Gas", "Linda Care" are people: ``xx/given_names``,
    and here the rarer or more ambiguous ``xx/given_name_genders`` too, as the model's own reading
    of a person is kept). With ``person`` (the model read the name as a person's), a trade's word
    that is a common surname too (``en/company_tail_words`` marked "surname") needs a word of the
    dictionary first ("Western Power", "Coastal Steel"): after a coined or foreign word it is the
    surname of a given name no list has ("Delvin Power, a retired teacher", "Ngozi Steel, 34";
    rv21i)."""
    words = surface.split()
    if not words:
        return False
    last = words[-1].casefold()
    if last in word_set("xx", "company_heads"):
        return True
    if lang != "en" or len(words) < 2 or last not in word_set("en", "company_tail_words"):
        return False
    first = words[0].split("-")[0].casefold()
    if person and last in _surname_tail_words() and not is_dictionary_word(first, lang):
        return False
    return first not in word_set("xx", "given_names") and first not in word_map("xx", "given_name_genders")


_MAX_GIVEN_NAME_WORDS = 4


def given_name_evidence(surface: str) -> str | None:
    """The given name that makes ``surface`` a person's name ("Clara Martin", "WILLIAM HENRY
    SMITH", "Jean-Paul Favre": ``xx/given_names``), or None: two to four capitalised words, the
    first a given name, none of them a noun that heads an organisation's or a place's name ("Victor
    Hugo Hôtel" is no person). A particle makes a place as often as a person ("Caroline du Nord",
    "Charles de Gaulle" for the airport), so such a name is left as the model read it."""
    words = surface.split()
    if not 2 <= len(words) <= _MAX_GIVEN_NAME_WORDS:
        return None
    first = words[0].split("-")[0].casefold()
    if first not in word_set("xx", "given_names"):
        return None
    heads = (
        word_set("fr", "organisation_heads") | word_set("fr", "organisation_name_heads") | word_set("xx", "place_heads") | word_set("xx", "company_heads") | word_set("xx", "legal_suffixes")
    )
    for word in words[1:]:
        if not word[:1].isupper() or not word.replace("-", "").replace("'", "").isalpha() or word.casefold() in heads:
            return None
    return f"given name: {words[0]}"


def without_places_glued_to_companies(candidates: Sequence[Candidate], text: str, lang: str) -> list[Candidate]:
    """English: ``candidates`` with the model's organisation that runs from a place the gazetteer
    knows, "the" before it or not, across a company the gazetteer knows that starts one blank after
    the place ("in the United States Ford Motor Co. weighed", "In Britain Barclays PLC fell": the
    sentence's place and its subject, no comma between them) cut to the company's name, from its
    first word to the model's end; the place stays the gazetteer's. A company whose own name opens
    with a place ("United States Steel Corp.", "Japan Airlines") has no known company after the
    place and stays whole (issue 21, n34a)."""
    if lang != "en":
        return list(candidates)
    places = {c.start: c for c in candidates if c.label == "LOC" and c.record is not None}
    companies = {c.start for c in candidates if c.label == "ORG" and c.record is not None}
    out = []
    for cand in candidates:
        if cand.label == "ORG" and cand.record is None and cand.institution is None:
            start = cand.start + (4 if text.startswith(("the ", "The "), cand.start) else 0)
            place = places.get(start)
            after = place.end + 1 if place is not None else -1
            if place is not None and place.end < cand.end and text[place.end : after] == " " and after in companies:
                cand = replace(cand, start=after)
        out.append(cand)
    return out
