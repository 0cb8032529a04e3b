"""Products that NER calls people or companies ("MacBook Air laptops", "web browser Safari",
"Airbus A380"), or misses ("iPhone 4"): the cues are the common nouns around the name. They are
typed PRO (schema:Product), with the words that typed them and, when the text names it, their
maker ("Airbus" in "Airbus A380", "Acme" in "Acme's FaceMatch"). The makers the gazetteer knows
stay organisations ("Airbus jets").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.quotes import is_reporting_verb
from kg.knowledge import institutions as inst
from kg.knowledge.gazetteer import (
    Gazetteer,
    normalise_name,
    usual_index_names,
)
from kg.knowledge.words import word_map, word_set, word_sets
from kg.nlp.doccache import doc_text
from kg.text.names import name_part
from kg.types import MARKET_EVIDENCE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan
from kg.extract.entities import _CAMEL_CASE, _PRODUCT_PREFIX, UNSURE_PRODUCT, Candidate, _make_names
from kg.extract.spanindex import CandidateIndex

__all__ = [
    "as_generation_product",
    "company_index_candidates",
    "modified_noun_after",
    "designation_candidates",
    "index_candidates",
    "is_exchange_name",
    "make_model_candidates",
    "maker_index_candidates",
    "market_index_reason",
    "market_street_candidates",
    "model_mentions",
    "models_named_again",
    "named_product_candidates",
    "numbered_product_candidates",
    "owned_model_candidates",
    "owned_kind_candidates",
    "product_candidates",
    "product_evidence",
    "with_products",
]


# A maker's name followed by a model designation ("Airbus A380", "Boeing 787", "737-800s", "Audi
# A4", "Toyota RAV4") is part of a product's name, not a mention of the company. Single digits and
# years are no models ("France 2", "Europe 1", "Apple 2011 results"); one digit after one to three
# capitals is ("BMW X5", "Hummer H2"), not after a hyphen ("P-1", a rating); two capitals, a space
# and three digits are one too ("Lexus ES 350"). A variant's number after a hyphen ("A350-1000"), a
# lower-case edition ("A320neo") and an "X" after three digits ("777X") belong to the designation.
# Three digits from 100 to 199 and a hyphen are a basketball score ("the Lakers 102-98"; n32a).
_DESIGNATION = (
    r"(?:[A-Z]{1,3}-?\d{2,4}(?:-\d{3,4}(?![\w-]))?[A-Za-z]{0,3}|[A-Z]{1,3}\d(?![\w-])|[A-Z]{2}[ \t]\d{3}(?![\w-])"
    r"|(?!1\d\d[-–]\d)\d{3}(?:-\d{1,4}[A-Z]{0,3}|X(?![\w-]))?s?)"
)
_MODEL_AFTER = re.compile(rf"\s+{_DESIGNATION}\b")
_MODEL_INSIDE = re.compile(rf"\s{_DESIGNATION}$")


def as_model_product(cand: Candidate, text: str, *, gazetteer: Gazetteer | None = None, lang: str = "") -> Candidate | None:
    """A maker's name with a model designation ("Airbus A380", "Boeing 737-800s") as one product
    whose maker is the name; an airline before a flight number ("Air France Flight 447") as the
    airline alone; None when ``cand`` is no such name. In English a one-word "person" with a
    designation of letters and a digit is a brand's model too ("The Hummer H2", "the Pontiac G6"),
    the article the model read into the person included ("The Vega X2 will go on sale"): no one's
    name ends so."""
    if lang == "en" and (local := _union_local(cand, text)) is not None:
        return local
    if lang == "en" and (edition := _edition_of_designation(cand, text)) is not None:
        return edition
    if cand.label != "ORG" and not (cand.label == "PER" and lang == "en"):
        return None
    after = _MODEL_AFTER.match(text, cand.end)
    inside = None if after else _MODEL_INSIDE.search(text, cand.start, cand.end)
    if after is None and inside is None:
        return None
    following = text[(after or inside).end() if after else cand.end :].split(None, 1)  # type: ignore[union-attr]
    if following and following[0].strip(".,;:").casefold() in word_set("xx", "amount_scale_words"):
        return None  # "fined Meta Platforms 798 million euros": a sum after the name, no model
    before = text[cand.start : cand.end if after else inside.start()]  # type: ignore[union-attr]
    words = before.split()
    if cand.label == "PER" and words[:1] in (["The"], ["the"]):
        # "The Vega X2 will go on sale": the article the model took into its person (n34a)
        before = before.split(None, 1)[1] if len(words) > 1 else before
        words = words[1:]
    if cand.label == "PER" and (not re.search(r"[A-Z]\d", (after or inside).group()) or len(words) != 1):  # type: ignore[union-attr]
        # A brand is one word; a person named in full is followed by a race position ("Max
        # Roe P1, Jane Doe P2") or a ranking as often, which is no model.
        return None
    if len(words) > 1 and words[-1].casefold() in word_set("xx", "flight_words"):
        # "Air France Flight 447": a flight number follows the airline, which stays a company.
        return replace(cand, end=cand.start + len(before[: before.rindex(words[-1])].rstrip()))
    model = (after or inside).group().strip()  # type: ignore[union-attr]
    end = after.end() if after else cand.end
    tail = _MODEL_NAME_TAIL.match(text, end)
    edition_tail = _EDITION_TAIL.match(text, end) if lang != "fr" else None
    if edition_tail is not None and edition_tail.group("edition").casefold() in word_set("en", "model_edition_words"):
        # "Boeing 737 MAX 10": an edition word, and maybe its variant's number, end the model.
        end = edition_tail.end()
    elif tail is not None and tail.group("name").casefold() not in _not_model_names():
        # "Boeing 787 Dreamliner": the capitalised name after the designation is the model's name.
        end = tail.end()
    maker = name_part(before)
    maker = (_known_maker_prefix(maker + " x", gazetteer) if gazetteer is not None else None) or maker
    return Candidate(cand.start, end, "PRO", cand.extractor + "+model", evidence=(f"model designation: {model}",), maker=maker)


# An edition word of ``en/model_edition_words`` after a model designation, in capitals or not, and
# maybe a variant's number of one or two digits ("737 MAX 10", "A321 Plus").
_EDITION_TAIL = re.compile(r"[ \t]+(?P<edition>[A-Z][A-Za-z]{1,4})(?:[ \t]+\d{1,2})?(?![\w'’%-]|[.,]\d)")
# A three-digit designation, or one of a letter or two and digits, right before an edition word, with
# the article before it: "the 737 [MAX]", "an A321 [Plus]".
_DESIGNATION_BEFORE_EDITION = re.compile(r"(?:(?<![\w'’-])(?P<det>[Tt]he|[Aa]n?)[ \t]+)?(?<![\w.,$£€/-])(?P<model>\d{3}|[A-Z]{1,2}\d{2,3})[ \t]+$")


def _edition_of_designation(cand: Candidate, text: str) -> Candidate | None:
    """A one-word name NER read as a company, a person or a place, which is the edition word of
    the model designation before it ("the 737 MAX 10": "MAX" is no company): the designation, its
    article, the edition and a variant's number after it as one product, made by the maker
    named right before the designation, if any."""
    surface = text[cand.start : cand.end]
    if cand.label not in ("ORG", "PER", "LOC") or " " in surface or surface.casefold() not in word_set("en", "model_edition_words"):
        return None
    before = _DESIGNATION_BEFORE_EDITION.search(text, max(0, cand.start - 12), cand.start)
    if before is None:
        return None
    edition = _EDITION_TAIL.match(text, before.end("model"))
    if edition is None or edition.start("edition") != cand.start:
        return None
    start = before.start("det") if before.group("det") else before.start("model")
    model = text[before.start("model") : edition.end()]
    return Candidate(start, edition.end(), "PRO", cand.extractor + "+edition", evidence=(f"{_MODEL_EVIDENCE}{model}",), maker=maker_before(text, start))


# A name of two capitalised words or more and a generation's number, with an edition word after it
# ("Galaxy Watch 6", "Redmi Note 13", "Galaxy Z Fold 5", "Mate 60 Pro"), and the determiner the
# model may read into it.
_GENERATION_NAME = re.compile(
    r"(?P<det>(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+)?(?P<words>[A-Z][\w+-]*(?:[ \t]+[A-Z][\w+-]*)+)[ \t]+(?P<number>\d{1,3})"
    r"(?:[ \t]+(?P<edition>[A-Z][a-z]+))?"
)
# An edition word right after the name ("Mate 60" + " Pro"), no capitalised word going on.
_EDITION_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)(?![\w-])(?![ \t]+[A-Z])")
# A determiner of a thing owned or singled out, or a maker's possessive, right before the name.
_GENERATION_OWNER_BEFORE = re.compile(r"(?:(?<![\w-])(?:[Tt]he|[Ii]ts|[Tt]heir)|['’]s)[ \t]+$")


def as_generation_product(cand: Candidate, doc: Doc, *, gazetteer: Gazetteer, lang: str) -> Candidate | None:
    """English: an organisation the model read in a product's name of two capitalised words or more
    and its generation's number after "the", "its", "their" or a maker's possessive ("unveiled the
    Galaxy Watch 6", "its Redmi Note 13 had sold", "Samsung launched the Galaxy Z Fold 5"), as the
    product, or None. A word of a channel, a route, a rank or a part of a series before the number
    (``en/numbered_name_words``: "BBC Radio 4", "the Detroit Big 3"), a company or a place the
    gazetteer knows first ("the France 24 report"), and a name that modifies a noun after it that
    is no kind of product ("the Channel 4 documentary") are left as they are."""
    if lang != "en" or cand.label != "ORG" or cand.record is not None or cand.evidence:
        return None
    text = doc_text(doc)
    match = _GENERATION_NAME.fullmatch(text, cand.start, cand.end)
    if match is None:
        return None
    edition = match.group("edition")
    if edition is not None and edition.casefold() not in word_set("en", "model_edition_words"):
        return None
    if match.group("det") is None and _GENERATION_OWNER_BEFORE.search(text, max(0, cand.start - 12), cand.start) is None:
        return None
    words = match.group("words").split()
    if words[-1].casefold() in word_set("en", "numbered_name_words") | word_set("en", "not_model_words"):
        return None
    if gazetteer.lookup(words[0]) or any(w.isupper() and len(w) > 1 for w in words[:1]):
        return None  # "the BBC Radio 4", "the France 24 report": a broadcaster's channel
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_lower and after.pos_ == "NOUN" and not (_kind_keys([after], lang) & word_set(lang, "product_kinds")):
        return None  # "the Channel 4 documentary": the name modifies a noun of another kind
    start = cand.start + (len(match.group("det")) if match.group("det") and match.group("det")[:1] in "Ii" else 0)
    end = cand.end
    if edition is None and (more := _EDITION_AFTER.match(text, end)) is not None and more.group(1).casefold() in word_set("en", "model_edition_words"):
        end = more.end()  # "its Zorba Phone 7" + " Pro": the model read the edition out
    return Candidate(start, end, "PRO", cand.extractor + "+generation", evidence=(f"generation number: {match.group('number')}",))


# The number of a union's branch after its unit word ("UAW Local" + " 22"), no figure going on.
_BRANCH_NUMBER = re.compile(r"[ \t]+\d{1,5}(?![\w-])(?![.,]\d)")


def _union_local(cand: Candidate, text: str) -> Candidate | None:
    """English: a union's branch, a name then a word of ``en/union_unit_words`` and its number
    ("UAW Local 22", "Teamsters Local 743"), as one organisation, where the model typed it a
    product or left the number out ("UAW Local"); None for any other candidate. The union's name
    must come first: "Local 22" alone is left as it is."""
    words = text[cand.start : cand.end].split()
    units = word_set("en", "union_unit_words")
    if len(words) >= 2 and words[-1] in units and (number := _BRANCH_NUMBER.match(text, cand.end)) is not None:
        end = number.end()
    elif len(words) >= 3 and words[-2] in units and words[-1].isdigit():
        end = cand.end
    else:
        return None
    return Candidate(cand.start, end, "ORG", cand.extractor + "+union branch", evidence=("union branch",))


# A capitalised name right after a model designation names the model ("Boeing 787 Dreamliner",
# "Boeing 787 Dreamliners"), unless another capitalised word follows ("Boeing 787 Seattle Plant").
_MODEL_NAME_TAIL = re.compile(r"[ \t]+(?P<name>[A-Z][a-z]{3,})(?![\w'’-])(?![ \t]+[A-Z])")


@cache
def _model_stop_words() -> frozenset[str]:
    """Words that end a maker + model name: company, organisation and place heads."""
    return word_set("xx", "company_heads") | word_set("xx", "organisation_cues") | word_set("xx", "place_heads") | word_set("en", "not_model_words")


@cache
def _not_model_names() -> frozenset[str]:
    """Capitalised words that follow a model without naming it: months, weekdays, place and company heads."""
    return (
        word_set("en", "months") | word_set("en", "full_months") | word_set("en", "weekdays")
        | word_set("xx", "company_heads") | word_set("xx", "place_heads") | word_set("en", "not_model_words")
    )


# A model designation read again in the segment: itself, a variant ("777-200LR"), a plural ("787s",
# "A380s"); a designation with letters also brings its siblings ("A350", "A321s" once "Airbus A380"
# is read): digits alone are too common to stand for a model without having been seen after a maker.
_LETTER_MODEL = re.compile(r"^(?P<prefix>[A-Z]{1,3})-?\d{2,4}(?:-\d{1,4})?[A-Za-z]{0,3}$")
_MODEL_EVIDENCE = "model designation: "
_MODEL_NAME_EVIDENCE = "model name: "


# A designation of letters and three digits before a noun naming a kind of product ("the A380
# airliner", "six A330-300E aircraft", "an X500 drone"): a model even when no maker is named.
_LETTER_DESIGNATION = re.compile(
    r"(?<![\w.$£€/-])(?P<model>[A-Z]{1,2}\d{3}(?:-\d{1,4}[A-Z]{0,3})?[A-Z]{0,3})(?P<plural>s?)(?![\w'’-])[ \t]+(?P<noun>[a-z][a-z-]+)"
)


# The same designation with a description of a product in apposition after it ("the Z380, a
# twin-deck aircraft that ...", "the Z380 , the largest airliner"): up to three words between the
# article and the kind of product, on the same line.
_APPOSED_DESIGNATION = re.compile(
    r"(?<![\w.$£€/-])(?P<model>[A-Z]{1,2}\d{3}(?:-\d{1,4}[A-Z]{0,3})?[A-Z]{0,3})(?P<plural>)(?![\w'’-])[ \t]*,[ \t]+"
    r"(?:an?|the)[ \t]+(?P<noun>(?:[\w'’-]+[ \t]+){0,3}[a-z][a-z-]+)(?![\w'’-])"
)


def designation_candidates(text: str) -> list[Candidate]:
    """Models named by a letter-and-digit designation before a kind of product ("A380 airliner") or
    with a description of such a kind in apposition ("the A380, a twin-deck aircraft"); English
    nouns only."""
    kinds = word_sets("product_kinds")["en"]
    out: list[Candidate] = []
    matches = sorted([*_LETTER_DESIGNATION.finditer(text), *_APPOSED_DESIGNATION.finditer(text)], key=lambda m: m.start())
    for match in matches:
        if out and out[-1].start == match.start("model"):
            continue
        nouns = match.group("noun").split()
        if any(noun in kinds or (noun.endswith("s") and noun[:-1] in kinds) for noun in nouns):
            start, end = match.start("model"), match.end("plural")
            model = match.group("model")
            out.append(Candidate(start, end, "PRO", "model-name", evidence=(f"{_MODEL_EVIDENCE}{model}",), maker=maker_before(text, start)))
    return out


# A product's name and its generation's number (one or two digits, or a capital and one to three
# digits: "Galaxy S24 Ultra", n28a), then maybe an edition word:
# a word in camel case ("PlayStation 5", "the PowerBook 3") or one to two capitalised words before
# the number and an edition after it ("Pixel 8 Pro", "Redmi Note 13 Plus").
_NUMBERED_NAME = re.compile(
    r"(?<![\w.'’&-])(?P<name>(?P<camel>[A-Z][a-z]{2,}[A-Z][a-z]+)|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+(?P<number>\d{1,2}|[A-Z]\d{1,3})"
    r"(?:[ \t]+(?P<edition>[A-Z][a-z]+))?(?![\w'’-]|[.,]\d|[ \t]*%)"
)


_WORD_AFTER_NUMBER = re.compile(r"[ \t]+([a-z]+)")


@cache
def _counted_words() -> frozenset[str]:
    """The words that make a number a quantity ("5 percent", "10 million", "3 points", "a dozen"), a
    measure or a length of time ("the ParkRun 5 kilometre course", "the LinkedIn 5 year plan")."""
    return (
        word_set("en", "rate_count_words") | word_set("en", "fraction_measure_nouns") | word_set("xx", "quantity_nouns")
        | word_set("en", "distance_units") | word_set("en", "time_units") | word_set("en", "measure_unit_nouns")
    )


@cache
def _occasion_words() -> frozenset[str]:
    """The nouns that make a number an event's edition ("the WrestleMania 40 event")."""
    return word_set("en", "numbered_occasion_nouns") | word_set("en", "event_name_heads")


_KIND_AFTER = re.compile(r"[ \t]+([a-z]+)")


def _made_product(text: str, match: re.Match[str], gazetteer: Gazetteer) -> bool:
    """Whether a plain name, a number and an edition word (``_NUMBERED_NAME``) are a product's: a
    maker's possessive before it ("Google's Pixel 8 Pro"), or a noun of a kind of product after
    it ("Pixel 8 Pro phones"); "the Region 4 Plus scheme", "the Galaxy 5 Plus team" are none."""
    if _owner_before(text, match.start(), gazetteer) is not None:
        return True
    kind = _KIND_AFTER.match(text, match.end())
    kinds = word_sets("product_kinds")["en"]
    return kind is not None and (kind.group(1) in kinds or kind.group(1).removesuffix("s") in kinds)


def numbered_product_candidates(text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """English: products named by a name and a generation's number that the model missed or read as
    a product (a label kg leaves out): a camel-case name after "the", "its", "their" or a maker's
    possessive ("the PlayStation 5", "Sony's PlayStation 5") or with an edition word of
    ``en/model_edition_words`` after the number ("the PlayStation 5 Pro"), or a plain name with an
    edition word that a maker's possessive or a noun of a product makes a product's
    (:func:`_made_product`: "Google's Pixel 8 Pro", "Pixel 8 Pro phones"). A word
    of a channel, a route, a rank or a part of a series (``en/numbered_name_words``: "Formula 1",
    "Channel 4") is no product's name, and neither is a place's or a company's the gazetteer knows
    ("the Dallas 4")."""
    editions = word_set("en", "model_edition_words")
    numbered = word_set("en", "numbered_name_words")
    out = []
    for match in _NUMBERED_NAME.finditer(text):
        name, edition = match.group("name"), match.group("edition")
        if any(w.casefold() in numbered for w in name.split()) or gazetteer.lookup(name):
            continue
        has_edition = edition is not None and edition.casefold() in editions
        owned = _GENERATION_OWNER_BEFORE.search(text, max(0, match.start() - 8), match.start()) is not None
        # "Samsung's Galaxy S9", "Google's Pixel 7": a plain name and its generation right after the
        # possessive of a company the gazetteer knows, with no noun of a site, a workforce or a
        # holding after it ("Halvorsen's Plant 2 workers"; issue 21, n33a).
        maker_owned = (
            edition is None
            and _owner_before(text, match.start(), gazetteer) is not None
            and not modified_noun_after(text, match.end("number"))
        )
        if not (match.group("camel") and (has_edition or owned)) and not (has_edition and _made_product(text, match, gazetteer)) and not maker_owned:
            continue
        after = _WORD_AFTER_NUMBER.match(text, match.end("number"))
        if not has_edition and after is not None and after.group(1) in _counted_words():
            continue  # "the PayPal 2 percent fee", "the YouTube 10 million views": a quantity
        if after is not None and after.group(1) in _occasion_words():
            continue  # "the WrestleMania 40 event", "the MasterChef 15 final": an edition of an event
        end = match.end() if has_edition else match.end("number")
        evidence = f"{_MODEL_NAME_EVIDENCE}{text[match.start() : end]}"
        out.append(Candidate(match.start(), end, "PRO", "numbered-name", evidence=(evidence,), maker=maker_before(text, match.start())))
    return out


# An article right before a model's designation read again, on the same line.
_MODEL_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?)[ \t]+$")


# The lower-case word right after a model's designation, on the same line.
_LOWER_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[a-z]+)(?![\w'’-])")


def _modifies_noun_after(text: str, end: int) -> bool:
    """Whether the model's designation ending at ``end`` modifies the noun after it: a noun of
    ``en/model_modified_nouns``, ``en/not_model_words`` or a kind of product of
    ``en/product_kinds`` ("the A350 programme", "the A380 superjumbo")."""
    after = _LOWER_WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group("word")
    nouns = word_set("en", "model_modified_nouns") | word_set("en", "not_model_words") | word_sets("product_kinds")["en"]
    return word in nouns or word.removesuffix("s") in nouns


def model_mentions(found: Sequence[Candidate], text: str) -> list[Candidate]:
    """Mentions of the models that ``found`` names after a maker ("Airbus A380", "Boeing 787
    Dreamliner") read again without the maker ("the A380", "A350s", "787s", "777-200LR", "the
    Dreamliner"), typed PRO with the same maker; only where no other candidate is."""
    patterns: list[tuple[re.Pattern[str], str, str | None]] = []
    seen: set[str] = set()
    for cand in found:
        if cand.label != "PRO":
            continue
        for ev in cand.evidence:
            if not ev.startswith((_MODEL_EVIDENCE, _MODEL_NAME_EVIDENCE)):
                continue
            model = ev.split(": ", 1)[1]
            names = [n.group("name") for n in _MODEL_NAME_TAIL.finditer(text, cand.start, cand.end) if n.end() == cand.end]
            names = [n[:-1] if n.endswith("s") and len(n) > 4 else n for n in names]
            letters = _LETTER_MODEL.match(model)
            base = re.escape(model.rstrip("s") if model[:1].isdigit() else model)
            forms = [rf"{base}(?:-\d{{1,4}}[A-Z]{{0,3}})?s?"]
            if cand.maker:
                # The maker's name and the model's, with their article, read first as one: "the
                # Zorba Nova" again is the whole name, not "Nova" after a company, and "the Vega
                # X2" not "X2" (n34a).
                forms.insert(0, rf"(?:[Tt]he\s+)?{re.escape(cand.maker)}\s+{base}")
            if letters is not None:
                forms.append(rf"{re.escape(letters.group('prefix'))}\d{{3}}(?:-\d{{1,4}}[A-Z]{{0,3}})?s?")
            forms += [rf"{re.escape(n)}s?" for n in names]
            for form in forms:
                if form not in seen:
                    seen.add(form)
                    patterns.append((re.compile(rf"(?<![\w.,$£€-]){form}(?![\w'’-]|[.,]\d)"), model, cand.maker))
    if not patterns:
        return []
    # Each match is looked up among the candidates and the mentions already added, by bisection:
    # a scan of every span per match was quadratic in the length of a long document.
    taken = CandidateIndex(found)
    starts: list[int] = []  # the mentions added, which never overlap one another, in text order
    ends: list[int] = []
    out: list[Candidate] = []
    for pattern, model, maker in patterns:
        for match in pattern.finditer(text):
            a, b = match.span()
            k = bisect_left(starts, b)  # the added mentions before k start before b: the last ends last
            if taken.overlaps(a, b) or (k > 0 and ends[k - 1] > a):
                continue
            starts.insert(k, a)
            ends.insert(k, b)
            # The article that determines the model is part of its mention ("the A380", "a 787"),
            # as the maker's and model's names take theirs ("the Chevrolet Volt").
            # Not when the model modifies a noun after it, which the article determines ("the A350
            # programme", "the KC-46 delays": ``en/model_modified_nouns``, ``en/product_kinds``).
            if (
                (article := _MODEL_ARTICLE_BEFORE.search(text, max(0, a - 5), a)) is not None
                and not taken.overlaps(article.start(), a)
                and not _modifies_noun_after(text, b)
            ):
                a = article.start()
                starts[k] = a
            out.append(Candidate(a, b, "PRO", "model-mention", evidence=(f"model of the segment: {model}",), maker=maker))
    return sorted(out, key=lambda c: c.start)


# A vehicle make's model: one capitalised word or a designation ("Malibu", "F-150", "RAV4",
# "G6"), two or four capitals ("CTS", "SRX"), or a word of ``en/model_name_openers`` and a
# capitalised word ("Grand Cherokee", "Crown Victoria"), with the article before the make and the
# possessive after the model left to the caller.
_MAKE_MODEL = r"(?P<model>(?:(?:{openers})[ \t]+)?[A-Z][a-z][a-z-]*|[A-Z][A-Za-z]{{0,3}}-?\d{{1,4}}[A-Za-z]?|[A-Z]{{2,4}})"


@cache
def _make_model_pattern() -> re.Pattern[str] | None:
    """A make of ``en/vehicle_makes`` and a model's name after it, on its own (no capitalised word
    before the make or after the model: "Henry Ford Hospital", "Jaguar Land Rover", "Toyota Motor
    Manufacturing"), with "the", "a" or "an" before it when there is one."""
    makes = sorted(word_set("en", "vehicle_makes"), key=len, reverse=True)
    if not makes:
        return None
    alternation = "|".join(re.escape(m).replace(r"\ ", r"[ \t]+") for m in makes)
    openers = "|".join(re.escape(w) for w in sorted(word_set("en", "model_name_openers"))) or "(?!)"
    model = _MAKE_MODEL.format(openers=openers)
    return re.compile(
        rf"(?<![\w&'’.-])(?:(?P<det>[Tt]he|[Aa]n?)[ \t]+)?(?P<make>{alternation})[ \t]+{model}(?![\w&-])(?![ \t]+(?!SUVs?\b)[A-Z0-9])"
    )


# What joins two coordinated names: a comma, "and", "or", or a comma and one of them.
_COORDINATION = re.compile(r"[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")


def make_model_candidates(text: str, gazetteer: Gazetteer, people: Sequence[Candidate] = ()) -> list[Candidate]:
    """English: a car make and a model's name ("Chevrolet Malibu", "GM's Cadillac Escalade",
    "the Jeep Wrangler", "a Ford F-150") as one product made by the make, which outweighs what NER
    read across it (the make as a company and the model as a place: "Chevrolet" + "Malibu"). The
    model's word is no company's or place's head ("Ford Motor", "Toyota Center", "Ford
    Foundation", "Lincoln Memorial"), no role ("Toyota Chairman"), no plural ("Volvo Cars"), no
    other make ("Renault Nissan", "Fiat Chrysler"), and no organisation or place the gazetteer
    knows ("Audi America" is the make's national arm). A name that ``people`` (NER's persons)
    hold whole, with no article or possessive before it, is a person named like a make ("Sen.
    Lincoln Chafee", "Mercedes Sosa sang"), and so is one whose make is a given name too (marked
    "person" in the list) without an article, a possessive or a kind of product ("Mercedes Ruehl
    won", but "the Lincoln Navigator", "Lincoln Navigator SUVs")."""
    pattern = _make_model_pattern()
    if pattern is None:
        return []
    makes = {m.casefold() for m in word_set("en", "vehicle_makes")}
    stop = _model_stop_words() | _not_model_names() | word_set("en", "role_titles") | word_set("xx", "organisation_cues") | word_set("en", "event_name_heads")
    person_makes = word_map("en", "vehicle_makes")
    kinds = word_sets("product_kinds").get("en", frozenset())
    # NER's people by where they start, to find those around a match by bisection among the few
    # that start at most a name's length before it (a scan of all of them for every match would be
    # quadratic in a long text).
    by_start = sorted(people, key=lambda p: p.start)
    starts = [p.start for p in by_start]
    out: list[Candidate] = []
    legal = word_set("xx", "legal_suffixes") | word_set("xx", "company_suffixes")
    kind_keys = {k.casefold() for k in kinds}  # "SUV" is written in capitals in the lexicon
    acronyms = word_set("en", "not_model_acronyms")
    for match in pattern.finditer(text):
        model = match.group("model")
        if model.casefold() in stop or model.casefold() in makes:
            continue
        counted = _COUNT_BEFORE.search(text, max(0, match.start() - 20), match.start()) is not None
        if _PLURAL.search(model) and not any(ch.isdigit() for ch in model) and not counted:
            continue  # "Volvo Cars"; but "68,000 Jeep Grand Cherokees" counts a model's cars (n34a)
        if counted and _singular_key(model.split()[-1]) & (kind_keys | stop):
            continue  # "900 Volvo Buses employees", "800 Renault Trucks workers": a make's company (rvn34)
        if model.split()[-1].casefold() in stop:
            continue  # "the Jeep Grand Plant": an opener before a site's word names no model
        if model.isupper() and (model.casefold() in legal or model.casefold() in kind_keys or model in acronyms):
            continue  # "Porsche SE", "Volkswagen AG", "a Nissan SUV", "a Toyota TV ad": a legal form, a kind, an office
        if model.casefold() in legal:
            continue  # "BYD Co.", "Geely Holding": the make's company (issue 21, n35a)
        if model.isupper() and modified_noun_after(text, match.end("model")):
            continue  # "the Toyota TMMK plant", "the Toyota NA unit": a site or a unit of the make
        before = _CAPITALISED_BEFORE.search(text, max(0, match.start("make") - 40), match.start("make"))
        if before is not None and match.group("det") is None and not re.search(r"['’]s[ \t]+$", before.group()):
            continue  # "Henry Ford Fusion"... but "GM's Cadillac Escalade" is the owner's model
        if _is_organisation(model, gazetteer) or _is_organisation(f"{match.group('make')} {model}", gazetteer):
            continue
        if any(r.type == "LOC" for r in gazetteer.lookup(model)):
            continue  # a make's national arm ("Audi America", "Toyota Canada"), not a model
        owned = re.search(r"['’]s[ \t]+$", text[max(0, match.start("make") - 4) : match.start("make")]) is not None
        # A model coordinated with the one before ("the Ford Fusion and Ford Focus") is one too,
        # whatever NER read across it.
        coordinated = bool(out) and _COORDINATION.fullmatch(text, out[-1].end, match.start()) is not None
        # A count in figures before the make counts its cars, as an article would ("12,000 Ford Explorers").
        owned = owned or coordinated or counted
        near = by_start[bisect_left(starts, match.start("make") - 80) : bisect_right(starts, match.start("make"))]
        if match.group("det") is None and not owned and any(match.end("model") <= p.end for p in near):
            continue
        if match.group("det") is None and not owned and _starts_at(by_start, starts, match.start("model")):
            continue  # "Porsche Taylor was arrested": NER's person begins at the model's word
        kind = re.match(r"[ \t]+([a-z][a-z-]+?|SUV)s?\b", text[match.end("model") : match.end("model") + 30])
        if person_makes.get(match.group("make")) == "person" and match.group("det") is None and not owned and not (kind and kind.group(1) in kinds):
            continue  # "Lincoln Chafee", "Mercedes Ruehl": a person named like the make
        if not coordinated and person_makes.get(match.group("make")) == "person" and kind and kind.group(1) not in kinds and any(match.end("model") <= p.end for p in near):
            continue  # "a Mercedes Sosa concert": NER's person before a noun the article belongs to
        start = match.start("det") if match.group("det") else match.start("make")
        out.append(
            Candidate(start, match.end("model"), "PRO", "make-model", evidence=(f"{_MODEL_NAME_EVIDENCE}{model}",), maker=match.group("make"))
        )
    return out


def _singular_key(word: str) -> frozenset[str]:
    """The small-letter forms ``word`` may have in the singular, itself included ("Trucks":
    "trucks", "truck"; "Buses": "buses", "buse", "bus"), to look a plural up in a word list."""
    key = word.casefold()
    forms = {key}
    if key.endswith("s"):
        forms.add(key[:-1])
    if key.endswith("es"):
        forms.add(key[:-2])
    return frozenset(forms)


def _starts_at(by_start: Sequence[Candidate], starts: Sequence[int], start: int) -> bool:
    """Whether one of ``by_start`` (sorted by their ``starts``) begins at ``start``."""
    k = bisect_left(starts, start)
    return k < len(starts) and by_start[k].start == start


# "the" before a maker and one capitalised model name ("the Ford Fusion", "the Zorba Nova"): a
# company's name takes no article, a car or a device does.
_LEADING_THE = re.compile(r"[Tt]he\s+")
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s+$")
# An article and a model year or a range of them before a maker ("the 2008 Zorba", "a 2005-2010
# Zorba"): what follows the maker is its model, as after "the".
_MODEL_YEAR_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he|an?)\s+(?:19|20)\d{2}(?:[-–](?:19|20)?\d{2})?\s+$")
_MODEL_NAME_AFTER = re.compile(r"\s+(?P<model>[A-Z][a-z][\w-]*)(?![\w'’-])(?!\s*(?:[A-Z&]|['’]s\b))")


def as_brand_model(cand: Candidate, text: str, *, gazetteer: Gazetteer | None = None) -> Candidate | None:
    """English: "the", a maker the gazetteer knows as an organisation and one capitalised model name
    ("the Ford Fusion", in one NER span or the maker's span followed by the model) as one product
    whose maker is the name; None when ``cand`` is no such name."""
    if gazetteer is None:
        return None
    if cand.label in ("ORG", "PER") and (brand := _unknown_brand_model(cand, text, gazetteer)) is not None:
        return brand
    if cand.label in ("ORG", "LOC") and (owned := _owned_model(cand, text, gazetteer)) is not None:
        return owned
    if cand.label != "ORG":
        return None
    lead = _LEADING_THE.match(text, cand.start, cand.end)
    owner = None if lead else _owner_before(text, cand.start, gazetteer)
    if lead is None and owner is None and _THE_BEFORE.search(text, max(0, cand.start - 5), cand.start) is None and _MODEL_YEAR_BEFORE.search(text, max(0, cand.start - 20), cand.start) is None:
        return None
    start = lead.end() if lead else cand.start
    body = text[start : cand.end]
    words = body.split()
    after = _MODEL_NAME_AFTER.match(text, cand.end) if len(words) == 1 else None
    if owner is None and len(words) == 2 and _known_maker_prefix(body, gazetteer) == words[0] and not _is_organisation(body, gazetteer):
        maker, model, end = words[0], words[1], cand.end
        if _MODEL_NAME_AFTER.match(" " + model) is None:
            return None
    elif owner is None and after is not None and _is_organisation(body, gazetteer):
        maker, model, end = body, after.group("model"), after.end()
    elif after is not None and not gazetteer.lookup(body) and not gazetteer.lookup(after.group("model")) and not _PLURAL.search(after.group("model")):
        # A brand the gazetteer does not know, after "the" or its owner's possessive, and its
        # model's name ("the Chevrolet Volt", "Acme's Zorba Nova"): the model, made by the brand.
        maker, model, end = body, after.group("model"), after.end()
    else:
        return None
    # An event's head noun ends no model either: "the NBA Finals" is the league's event (n36a)
    stop = _model_stop_words() | word_set("en", "event_name_heads")
    if model.casefold() in stop:
        return None
    return Candidate(start, _generation_end(text, end), "PRO", cand.extractor + "+model", evidence=(f"model name: {model}",), maker=maker)


# A generation's number after a model's name, an edition word after it ("Pro"), and what follows.
_GENERATION_AFTER = re.compile(r"[ \t]+\d{1,3}(?:[ \t]+(?P<edition>[A-Z][a-z]+))?(?![\w-])(?![.,]\d)(?P<next>[ \t]*(?:[,.;:!?)\"”]|$)|[ \t]+(?P<word>[a-z]+)\b)")


def _generation_end(text: str, end: int) -> int:
    """Where a maker's model ending at ``end`` ends with the generation number written after it
    and an edition word of ``en/model_edition_words`` ("the Sony PlayStation 5 had sold", "the
    Nintendo Switch 2 was delayed", "the Google Pixel 8 Pro,"): the number is the model's when a
    stop, a comma, an auxiliary of ``en/model_number_followers`` or a kind of
    product (``en/product_kinds``) follows it, and no noun it counts ("the Ford Focus 3 times")
    (issue 21, n29a). ``end`` when no such number follows."""
    match = _GENERATION_AFTER.match(text, end)
    if match is None:
        return end
    edition = match.group("edition")
    if edition is not None and edition.casefold() not in word_set("en", "model_edition_words"):
        return end
    word = match.group("word")
    kinds = word_sets("product_kinds").get("en", frozenset())
    if word is not None and word not in word_set("en", "model_number_followers") and not {word, word.removesuffix("s")} & kinds:
        return end
    return match.start("next")


# A car maker's possessive right before a name, tokenised or not ("Toyota's ", "General Motors 's
# "): up to three capitalised words.
_MAKER_OWNER_BEFORE = re.compile(r"(?<![\w&.-])(?P<owner>[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,2})[ \t]?['’]s[ \t]+$")
# What a person's name is written before: a comma, then a relative pronoun
# (``en/person_relative_pronouns``) or an age and a comma ("Nissan's Ghosn, who", "GM's Barra, 52,").
_PERSON_AFTER = re.compile(r"[ \t]*,[ \t]*(?:(?P<word>[a-z]+)\b|\d{1,3}[ \t]*,)")
# A model's one name: a capital then lower-case letters ("Prius", "F-150" is left to NER).
_ONE_MODEL_NAME = re.compile(r"[A-Z][a-z][a-z-]*")


def _is_car_maker(owner: str) -> bool:
    """Whether ``owner`` is a car maker: a make (``en/vehicle_makes``), a group
    (``en/vehicle_groups``), or a name opened by one ("Toyota Motor Corp.", "Ford Motor Co.")."""
    makers = {m.casefold() for m in word_set("en", "vehicle_makes") | word_set("en", "vehicle_groups")}
    words = owner.casefold().split()
    return any(" ".join(words[:k]) in makers for k in range(1, len(words) + 1))


def _reporting_form(word: str) -> bool:
    """Whether ``word`` is a form of a verb of saying (``en/reporting_verbs``: "said", "says",
    "told", "added", "announced")."""
    return _verb_form_of(word, word_set("en", "reporting_verbs"))


def _verb_form_of(word: str, verbs: frozenset[str]) -> bool:
    """Whether ``word`` is a written form of a verb of ``verbs`` ("resigned", "testified", "says")."""
    from kg.nlp.wordforms import verb_lemma

    return any(form in verbs for form in (verb_lemma(word, word, "en"), word, word[:-1], word[:-2]))


# The next name of a coordination of towns, of one word or more ("and East Liberty plants").
_NEXT_TOWN = re.compile(
    r"(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?P<model>[A-Z][a-z][a-z-]*(?:[ \t]+[A-Z][a-z][a-z-]*){0,2})(?![\w&'’-])"
)
# What follows the last name of a coordination: an adverb, then the word after it ("Wagoner and
# Henderson quickly resigned").
_WORD_AFTER_NAMES = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?([a-z]+)\b")
# An apposition after a name: its first lower-case words, up to four ("Toyota's Lentz, president of
# its US arm", "GM's Zephra, the company's chief executive").
_APPOSITION_WORDS = re.compile(r"[ \t]*,[ \t]*((?:[a-z'’-]+[ \t]+){0,3}[a-z'’-]+)")


@cache
def _role_heads() -> frozenset[str]:
    """The heads of ``en/role_titles`` ("president", "executive", "chairman"), not their parts."""
    return frozenset(w for w, kind in word_map("en", "role_titles").items() if kind == "head")


def _person_of_maker(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` after a car maker's possessive is a person: the subject of
    a verb of speech or of ``en/person_subject_verbs``, after the names coordinated with it ("GM's
    Wagoner and Henderson resigned", "Toyota's Inaba spoke"), or a name a role follows in apposition
    ("Toyota's Lentz, president of its US arm")."""
    pos = end
    while (more := _NEXT_TOWN.match(text, pos)) is not None and not _is_car_maker(more.group("model")):
        pos = more.end("model")  # "Honda's Zephra and Toyota said": the make says it, not the model
    verb = _WORD_AFTER_NAMES.match(text, pos)
    if verb is not None and (_verb_form_of(verb.group(1), word_set("en", "person_subject_verbs")) or _reporting_form(verb.group(1))):
        return True
    apposition = _APPOSITION_WORDS.match(text, end)
    return apposition is not None and any(w in _role_heads() for w in apposition.group(1).split())


def _owned_model(cand: Candidate, text: str, gazetteer: Gazetteer) -> Candidate | None:
    """English: one capitalised name right after a car maker's possessive (:func:`_is_car_maker`),
    which NER read as a company or a place ("Toyota 's Prius", "Ford's Mustang"), as that maker's
    model; None for a name the gazetteer knows or another make ("Toyota's Lexus", "GM's Opel"), a
    plural, a word that heads no model (``_model_stop_words``), a brand before its model's name
    ("GM's Zorvo Kestrel", read as one model by the caller), a town before its state ("Toyota's
    Georgetown, Kentucky, plant"), a person who speaks ("GM's Wagoner said"), or a name a plant's
    or a unit's noun follows ("Ford's Dearborn plant", "GM's Saturn division"), or a noun of a
    site, a workforce or a holding, one lower-case word between allowed
    (:func:`modified_noun_after`: "Ford's Louisville assembly plant", "Ford's
    Oakville employees", "Toyota's Georgetown operations"), or a person's relative pronoun or age
    after a comma ("Nissan's Ghosn, who also runs Renault", "GM's Barra, 52, took over")."""
    surface = text[cand.start : cand.end]
    if _ONE_MODEL_NAME.fullmatch(surface) is None or _PLURAL.search(surface) or gazetteer.lookup(surface):
        return None
    if re.match(r"[ \t]+[A-Z0-9]", text[cand.end : cand.end + 2]):
        return None  # a brand before its model's name ("GM's Zorvo Kestrel"), read as such below
    if re.match(r"[ \t]*,[ \t]+[A-Z]", text[cand.end : cand.end + 4]):
        return None  # a town and its state ("Toyota's Georgetown, Kentucky, plant")
    owner = _MAKER_OWNER_BEFORE.search(text, max(0, cand.start - 50), cand.start)
    if owner is None or not _is_car_maker(owner.group("owner")):
        return None
    makes = {m.casefold() for m in word_set("en", "vehicle_makes") | word_set("en", "vehicle_groups")}
    if surface.casefold() in makes or surface.casefold() in _model_stop_words() or surface.casefold() in _not_model_names():
        return None
    after = re.match(r"[ \t]+([a-z]+)", text[cand.end : cand.end + 30])
    heads = word_set("en", "plant_nouns") | word_set("en", "organisation_unit_nouns") | word_set("en", "not_model_words")
    if after is not None and (after.group(1) in heads or _reporting_form(after.group(1))):
        return None  # "GM's Wagoner said": a person of the maker
    if modified_noun_after(text, cand.end):
        return None  # "Ford's Louisville assembly plant", "Ford's Oakville employees": a place of the maker
    if _listed_before_site(text, cand.end):
        return None  # "Peugeot's Sochaux and Mulhouse plants": towns of the maker listed before the noun
    person = _PERSON_AFTER.match(text, cand.end)
    if person is not None and (person.group("word") is None or person.group("word") in word_set("en", "person_relative_pronouns")):
        return None  # "Nissan's Ghosn, who also runs Renault", "GM's Barra, 52,": a person of the maker
    if _person_of_maker(text, cand.end):
        return None  # "GM's Wagoner and Henderson said", "Toyota's Inaba spoke to reporters"
    return Candidate(cand.start, cand.end, "PRO", cand.extractor + "+model", evidence=(f"model name: {surface}",), maker=owner.group("owner"))


# A capitalised word right before a name, within its sentence ("Congressional" of "the
# Congressional Budget Office" is no brand named on its own).
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w&'’-]*[ \t]+$")


def _unknown_brand_model(cand: Candidate, text: str, gazetteer: Gazetteer) -> Candidate | None:
    """English: "the" and two capitalised words neither of which the gazetteer knows, which NER
    read as one company or person ("the Chevrolet Malibu", "the Saturn Aura"), as a model of the
    brand the first word names, when the text shows that word is a brand: named on its own
    elsewhere ("Saturn said", "Saturn's sales") or followed here by a kind of product ("the Zorba
    Nova sedan"). A name that ends with an organisation's or a place's noun ("the Zorba Center"),
    a plural ("the Dallas Cowboys"), a singular team nickname (``en/singular_team_nicknames``: "The
    Orlando Magic") and a given name ("the John Smith") are no model."""
    lead = _LEADING_THE.match(text, cand.start, cand.end)
    start = lead.end() if lead is not None else cand.start
    if lead is None and _THE_BEFORE.search(text, max(0, cand.start - 5), cand.start) is None:
        return None
    words = text[start : cand.end].split()
    if len(words) != 2 or gazetteer.lookup(" ".join(words)) or any(gazetteer.lookup(w) for w in words):
        return None
    brand, model = words
    if not brand[:1].isupper() or _MODEL_NAME_AFTER.match(" " + model) is None or _PLURAL.search(model) or model.casefold() in _model_stop_words():
        return None
    heads = word_set("xx", "generic_institution_nouns") | word_set("en", "organisation_name_heads") | {w.casefold() for w in word_set("xx", "newspaper_title_words")}
    if model.casefold() in heads or brand.casefold() in word_set("xx", "given_names"):
        return None
    if model.casefold() in word_set("en", "singular_team_nicknames"):
        return None  # "The Orlando Magic", "the Utah Jazz": a town's team (issue 21, n35a)
    # (not a kind that introduces a name of its own: "the Royal Navy ship HMS Kestrel"; review rv21i)
    kind = re.match(r"[ \t]+([a-z][a-z-]+|SUV)s?\b(?![ \t]+[A-Z])", text[cand.end : cand.end + 30])
    kinds = word_sets("product_kinds").get("en", frozenset())
    # The brand on its own: no capitalised word right before or after it ("Saturn said", not
    # "Congressional Budget Office").
    alone = re.compile(rf"(?<![\w-]){re.escape(brand)}(?![\w-])(?![ \t]+[A-Z0-9])")
    elsewhere = any(
        not (cand.start <= m.start() < cand.end) and _CAPITALISED_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None
        for m in alone.finditer(text)
    )
    if not elsewhere and not (kind is not None and kind.group(1) in kinds):
        return None
    return Candidate(start, cand.end, "PRO", cand.extractor + "+model", evidence=(f"model name: {model}",), maker=brand)


# A plural ends a group's name, not a model's ("the Rolling Stones", "the Dallas Cowboys").
_PLURAL = re.compile(r"[^su]s$")
# A count in figures right before a name: "recalling 68,000 ", "about 400,000 ".
_COUNT_BEFORE = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})*[ \t]+$")
# An organisation's possessive right before a name: "GM's ", "Acme 's ".
_OWNER_BEFORE = re.compile(r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s?['’]s\s+$")


def _owner_before(text: str, start: int, gazetteer: Gazetteer) -> str | None:
    """The organisation the gazetteer knows whose possessive comes right before ``start`` ("GM's
    Chevrolet Malibu" -> "GM"), if any."""
    match = _OWNER_BEFORE.search(text, max(0, start - 40), start)
    if match is None or not _is_organisation(match.group("owner"), gazetteer):
        return None
    return match.group("owner")


def _is_organisation(surface: str, gazetteer: Gazetteer) -> bool:
    return any(r.type == "ORG" for r in gazetteer.lookup(surface))


# A name made with the "i" prefix ("iPhone", "iOS", "iTunes Music Store") and what continues it: a
# version number or capitalised words ("iPhone 4", "iPhone 3GS", "iOS 5", "iTunes Store").
_I_PRODUCT = re.compile(r"(?<![\w@#/.-])i[A-Z][A-Za-z]+(?:[ \t]+(?:[A-Z][A-Za-z]+|\d[\dA-Za-z.]*[\dA-Za-z]|\d))*(?![\w@])")
# A possessive before a product names its maker ("Acme's FaceMatch", "Apple 's iTunes").
_MAKER_BEFORE = re.compile(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s?['’]s\s+$")


def product_candidates(text: str) -> list[Candidate]:
    """Products that NER often misses: names made with the "i" prefix (``_PRODUCT_PREFIX``)."""
    out = []
    for match in _I_PRODUCT.finditer(text):
        start, end = match.span()
        out.append(Candidate(start, end, "PRO", "product-name", evidence=("product name: i-prefix",), maker=maker_before(text, start)))
    return out


@cache
def _product_name_pattern() -> re.Pattern[str] | None:
    """The names of ``en/product_names`` as whole words, longest first."""
    names = sorted(word_set("en", "product_names"), key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<![\w@#/.&'’-])(?:" + "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in names) + r")(?![\w&-])")


def named_product_candidates(text: str) -> list[Candidate]:
    """English: the well-known products of ``en/product_names`` that the model missed ("Apple said
    it would rebuild Siri", "Sales of Viagra fell"; issue 21, n35a), with the maker a possessive
    before names ("Amazon's Alexa"). The caller keeps only those no other candidate overlaps."""
    pattern = _product_name_pattern()
    if pattern is None:
        return []
    return [
        Candidate(m.start(), m.end(), "PRO", "product-name", evidence=("known product name",), maker=maker_before(text, m.start()))
        for m in pattern.finditer(text)
        # not a part of a longer name: a designation or a capitalised word right before or after
        # it ("the Boeing 787 Copilot", "Alexa Chung")
        if _NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()) is None and _NAME_WORD_AFTER.match(text, m.end()) is None
    ]


# A capitalised word or a number right before a name, or a capitalised word right after it.
_NAME_WORD_BEFORE = re.compile(r"(?:[A-Z][\w&.-]*|\d[\w-]*)[ \t]+$")
_NAME_WORD_AFTER = re.compile(r"[ \t]+[A-Z0-9]")


# A maker's possessive, then one to three capitalised words (a digit or a "+" inside allowed), then
# a lower-case word: "OpenAI's ChatGPT chatbot", "Apple's Vision Pro headset", "Meta's Threads app".
_OWNED_NAME = re.compile(
    r"(?<![\w&.-])(?P<owner>[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,2})[ \t]?['’]s[ \t]+"
    r"(?P<name>[A-Z][\w+-]*(?:[ \t]+(?:[A-Z][\w+-]*|\d{1,2}))*)(?=[ \t]+[a-z])"
)
_MAX_OWNED_NAME_WORDS = 3
# The model's labels of names that are no product (it reads many products as companies too, but a
# company's name found there is a candidate of its own, never one of these).
_NOT_PRODUCT_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP", "PERSON"})


@cache
def _site_or_body_words() -> frozenset[str]:
    """The words that end a company's, a site's, a body's or a place's name, not a product's."""
    return word_set("en", "not_model_words") | word_set("xx", "organisation_cues") | word_set("xx", "place_cues") | word_set("xx", "company_heads")


def owned_kind_candidates(doc: Doc, gazetteer: Gazetteer) -> list[Candidate]:
    """English: a product the model missed, named between its maker's possessive and a noun of a
    kind of product that heads the phrase (``en/product_kinds``): "OpenAI's ChatGPT chatbot",
    "Apple's Vision Pro headset", "Meta's Threads app". A name the gazetteer knows (a place or a
    company: "Samsung's Vietnam phone factory", "Acme's Texas truck") is none, and neither is one
    whose noun is no product's head ("GM's Detroit truck plant")."""
    text = doc_text(doc)
    kinds = word_sets("product_kinds")["en"]
    out = []
    for match in _OWNED_NAME.finditer(text):
        name = match.group("name")
        if len(name.split()) > _MAX_OWNED_NAME_WORDS or gazetteer.lookup(name) or gazetteer.lookup(name.split()[0]):
            continue
        if any(w.casefold() in _site_or_body_words() for w in name.split()):
            continue  # "Boeing's Everett Factory jets": a site's or a body's name
        span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        if span is None or span.end >= len(doc) or any(t.ent_type_ in _NOT_PRODUCT_ENTS for t in span):
            continue  # "Biden's Delaware car": a place the model found, which the gazetteer may not know
        # The lower-case nouns after the name, the last one the head the name modifies.
        k = span.end
        while k < len(doc) and _is_common_noun(doc[k]):
            k += 1
        if k == span.end or (k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN")):
            continue
        head = doc[k - 1]
        if not {head.lemma_.lower(), head.lower_} & kinds:
            continue
        evidence = f"product noun after: {head.text}"
        out.append(Candidate(match.start("name"), match.end("name"), "PRO", "owned-kind", evidence=(evidence,), maker=match.group("owner")))
    return out


def quoted_work_candidates(doc: Doc) -> list[Candidate]:
    """English: the titles of creative works the model found (``WORK_OF_ART``), which kg reads as
    products only where quotation marks and a noun of a work show what they are
    (:func:`_quoted_work`: 'the drama "The Salt Road"'); the model's works are otherwise left out,
    as it gives the label to headlines, slogans and quoted phrases too."""
    works = [ent for ent in doc.ents if ent.label_ == "WORK_OF_ART"]
    # The same title in quotation marks elsewhere in the segment names the same work ('rights to
    # "The Salt Road"').
    titles = {ent.text for ent in works if _quoted_work(ent)}
    return [
        Candidate(ent.start_char, ent.end_char, "PRO", "spacy:WORK_OF_ART+work", evidence=("quoted title of a work",))
        for ent in works
        if ent.text in titles and _quoted(ent)
    ]


def _quoted(span: SpacySpan) -> bool:
    """Whether quotation marks enclose the name ``span``."""
    doc = span.doc
    return span.start > 0 and span.end < len(doc) and doc[span.start - 1].text in _OPENING_QUOTES and doc[span.end].text in _CLOSING_QUOTES


def maker_before(text: str, start: int) -> str | None:
    """The maker a possessive names right before a product ("Acme's FaceMatch" -> "Acme")."""
    match = _MAKER_BEFORE.search(text, max(0, start - 60), start)
    return match.group(1) if match else None


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
    k = i  # lower-case adjectives before the noun: "FaceMatch facial-recognition software"
    while k < len(doc) and ((doc[k].pos_ == "ADJ" and doc[k].is_lower) or (doc[k].text == "-" and k > i)):
        k += 1
    j = k
    while j < len(doc) and _is_common_noun(doc[j]):
        j += 1
    if j == k or span.root.head.i not in range(span.end, j):
        return 0
    if _kind_before_a_name(doc, j - 1):
        return 0  # "the Royal Navy ship HMS Kestrel": the name after the noun is the product, the one before its owner
    kinds = word_sets("product_kinds")["en"] if person else word_sets("product_kinds")["en"] | word_sets("product_descriptors")["en"] | _PRODUCT_USERS
    keys = _kind_keys(doc[k:j], "en")
    if not keys & kinds and not (keys & word_set("en", "product_line_nouns") and _named_as_a_product(span, doc[span.start : i])):
        return 0
    return 2 if i > span.end else 1


def _kind_before_a_name(doc: Doc, noun: int) -> bool:
    """Whether the noun at ``noun`` introduces a proper name right after it, which the parse joins
    to it ("the Royal Navy ship HMS Kestrel", "the NASA telescope Hubble"; not "Macintosh computers
    Apple sold"): that name is the thing of the kind, and a name before the noun its owner or maker
    (review rv21i: "Royal Navy" was a product)."""
    after = noun + 1
    end = after
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    if end == after:
        return False
    return doc[noun].head.i in range(after, end) or any(doc[t].head.i == noun for t in range(after, end))


def _named_as_a_product(span: SpacySpan, name: SpacySpan) -> bool:
    """Whether a name before a noun of a range of products (``en/product_line_nouns``: "line",
    "lineup") is a product's: written as one, a capital inside a word or a number ("the new
    MacBook line", "the iPod line", "the Galaxy S9 lineup"), or owned by a possessive determiner
    ("its Galaxon line"). A party's, a government's, a team's or a railway's "line" or "lineup"
    is no product ("the Labour line", "the Kremlin line", "the Arsenal lineup", "the Victoria
    line")."""
    if any(_INNER_CAPITAL.search(t.text) or t.like_num for t in name):
        return True
    return span.start > 0 and span.doc[span.start - 1].lower_ in word_set("en", "possessive_determiners")


# A capital after a lower-case letter inside a word: "MacBook", "iPod", "PlayStation".
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


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
    root = span.root
    # The parser sometimes reads "the video game Starfall sold" as two subjects of one verb.
    twin = nouns[-1].head.i == root.head.i and nouns[-1].dep_ == root.dep_ and root.head.i != root.i
    attached = twin or root.head.i in range(first, i) or any(t.head.i in range(span.start, span.end) for t in nouns)
    if not attached and span.root.dep_ in _SUBJECT_DEPS:
        return False
    return bool(_kind_keys(nouns, lang) & word_sets("product_kinds")[lang])


def _articled_kind_before(span: SpacySpan) -> bool:
    """English: the lower-case nouns right before the name follow an article or a possessive
    ("the messaging service", "its search engine", "Acme's video platform")."""
    doc = span.doc
    i = span.start
    while i > 0 and _is_common_noun(doc[i - 1]):
        i -= 1
    if i == span.start or i == 0:
        return False
    before = doc[i - 1]
    return before.lower_ in {"the", "its", "their"} or before.lower_ in word_set("en", "possessive_determiners") or before.tag_ == "POS"


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
        # A capitalised noun may modify the kind too ("Paxlovid, a COVID-19 pill").
        if not (tok.lower_ in word_set("xx", "determiners") or tok.pos_ in {"DET", "ADJ", "PROPN", "PART", "NUM"} or (lang == "en" and tok.pos_ == "NOUN") or tok.text == "-"):
            return False
        i += 1
    j = i
    # A hyphen between two nouns joins a compound modifier ("a touch-screen phone"): the head is
    # the noun after the compound.
    while j < len(doc) and (
        _is_common_noun(doc[j])
        or (lang == "fr" and j > i and doc[j].lower_ in {"de", "d'", "d’"})
        or (lang == "en" and j > i and doc[j].text == "-" and j + 1 < len(doc) and _is_common_noun(doc[j + 1]))
    ):
        j += 1
    if j == i:
        return False
    nouns = [t for t in doc[i:j] if t.text != "-"]
    return bool(_kind_keys(nouns, lang) & ((word_sets("product_kinds")[lang] - word_set("xx", "metaphor_kinds")) | word_sets("product_descriptors")[lang]))


CAMEL_OWNED_EVIDENCE = "camel-case name after its maker's possessive"
# A noun after a name that makes it a company's part or a person's, not a product: "Google's
# YouTube unit", "Acme's DataWorks subsidiary".
_CAMEL_OWNED_NOT_AFTER = re.compile(r"[ \t]+([a-z]+)")


# "Mac" or "Mc" and a capital: a Gaelic surname ("MacKenzie", "McArthur") or a brand ("MacBook").
_MAC_PREFIX = re.compile(r"^Ma?c(?=[A-Z])")


def _gaelic_surname(word: str) -> bool:
    """Whether ``word`` is a surname made with "Mac" or "Mc" ("Boeing's MacKenzie defended the
    delay"): the rest is no dictionary word, as a brand's is ("MacBook"), or is a given name
    ("MacArthur", "MacDonald")."""
    from kg.nlp.wordforms import is_dictionary_word

    m = _MAC_PREFIX.match(word)
    if m is None:
        return False
    rest = word[m.end() :]
    return not is_dictionary_word(rest.lower(), "en") or rest.casefold() in word_set("xx", "given_names")


def _camel_after_owner(span: SpacySpan) -> bool:
    """English: the one-word name ``span`` is written in camel case ("BlackBerry", "PowerBook",
    "FaceMatch") right after the possessive of a company the gazetteer knows ("Research In Motion's
    BlackBerry", "Zorvex's FaceMatch"): a company's names in camel case are the gazetteer's, so an
    unknown one its owner has is a product's, unless a noun of a company's unit, of a site or of a
    holding follows it ("Google's DataWorks unit") or it speaks. Issue 21, n32a."""
    from kg.knowledge.gazetteer import default_gazetteer

    if len(span) != 1 or not _CAMEL_WORD.search(span[0].text) or not span[0].text.isalpha() or _gaelic_surname(span[0].text):
        return False
    text = span.doc.text
    if _owner_before(text, span.start_char, default_gazetteer()) is None:
        return False
    after = _CAMEL_OWNED_NOT_AFTER.match(text, span.end_char)
    if after is not None and (after.group(1) in word_set("en", "organisation_unit_nouns") or _reporting_form(after.group(1))):
        return False
    return not modified_noun_after(text, span.end_char)


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
    return bool(_CAMEL_WORD.search(tok.text))


# A capital after lower-case letters inside one word ("MacBook", "PowerBook"), not "McDonald".
_CAMEL_WORD = re.compile(r"^[A-Z][a-z]{2,}[A-Z][a-z]")


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


def _acts_as_company(span: SpacySpan) -> bool:
    """English: the name, or the noun phrase it names, is the active subject of what only a company
    does (``en/company_act_verbs``): a verb such as "hire", "sue", "lay (off)", or any verb with
    its workforce as the object ("cut 500 jobs"): "the streaming service Zorba hired 200
    engineers" names the company."""
    acts = word_map("en", "company_act_verbs")
    tok = span.root
    for _ in range(4):
        if tok.dep_ == "nsubj":
            verb = tok.head
            if acts.get(verb.lemma_.lower()) == "verb":
                return True
            return any(c.dep_ == "dobj" and acts.get(c.lemma_.lower()) == "object" for c in verb.children)
        if tok.dep_ not in _PHRASE_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# Dependencies that keep a token inside the noun phrase of its head.
_PHRASE_DEPS = frozenset({"appos", "nmod", "compound", "flat", "flat:name", "amod", "nn", "npadvmod"})


def product_evidence(cand: Candidate, doc: Doc, lang: str, *, known: bool) -> int:
    """How surely the words around ``cand`` make it a product (see :func:`product_reason`)."""
    return product_reason(cand, doc, lang, known=known)[0]


def product_reason(cand: Candidate, doc: Doc, lang: str, *, known: bool) -> tuple[int, str]:
    """How surely the words around ``cand`` make it a product rather than a person, company or
    place: 2 (a product, and so is the same name elsewhere in the segment), 1 (a product unless the
    name acts as an organisation elsewhere: "McDonnell Douglas jets"), 0 (no cue).

    ``known`` says the gazetteer knows the name: a known company or place is a maker or a
    location, except when a model name follows it before the product noun."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0, ""
    if (platform := _platform_after_preposition(span)) is not None:
        # "sur Twitter", "via Facebook": the service, unless the name acts as a company elsewhere.
        return 1, f"platform after: {platform}"
    # A place is never a product but when the model read a model's name as one (a "facility"):
    # a word of letters and digits in it says it is a model ("a Lumio S5 microscope").
    # So does a count in figures or a possessive determiner before a place of one or two words
    # the gazetteer does not know: "recalled 12,000 Mustang coupes", "sales of its Kindle Fire
    # tablet" (n34a).
    counted = cand.label == "LOC" and not known and len(span) <= 2 and _counted(span)
    read = lang == "en" and (cand.label != "LOC" or _model_numbered(span) or counted)
    after = _product_noun_after(span, known=known, person=cand.label in ("PER", "LOC")) if read else 0
    reason = ""
    if known:
        # A known company or place before a model name and a product noun is the maker ("Intel
        # Core Duo processors", "Rolls-Royce Trent 900 engines"): the product is the rest. A
        # known name after an articled kind of product is the product ("the messaging service
        # Zapchat", "its search engine Findr"), unless it acts as a company elsewhere.
        if lang == "en" and cand.label != "LOC" and _articled_kind_before(span) and _product_noun_before(span, lang):
            return (0, "") if _speaks(span, lang) or _acts_as_company(span) else (1, "product noun before")
        return 0, ""
    if after:
        evidence = after
        reason = "product noun after"
    else:
        tests = (
            ("product noun before", lambda: _product_noun_before(span, lang)),
            ("apposition with a product", lambda: _product_in_apposition(span, lang)),
            ("inside a product name", lambda: _inside_product_name(span)),
            ("device with an article", lambda: lang == "en" and _device_with_article(span)),
            ("quoted title of a work", lambda: lang == "en" and _quoted_work(span)),
            ("made by the maker before", lambda: lang == "en" and _after_maker_of(span)),
            ("work noun after", lambda: lang == "en" and cand.extractor.endswith(":FAC") and _work_noun_after(span)),
            ("unknown place after a company's possessive", lambda: lang == "en" and cand.label == "LOC" and _place_after_company(span)),
            ("maker's name and a product's word", lambda: lang == "en" and cand.label in ("ORG", "LOC") and _maker_product_word(span)),
        )
        reason = next((why for why, test in tests if test()), "")
        evidence = 2 if reason else 0
        if not reason and lang == "en" and span.text in word_set("en", "product_names"):
            # "Amazon's Alexa", "sales of Ozempic": a well-known product's name, unless the name
            # acts as a company elsewhere in the segment (issue 21, n35a).
            evidence, reason = 1, "known product name"
        if not reason and lang == "en" and cand.label in ("ORG", "PER", "LOC") and _camel_after_owner(span):
            # "Research In Motion's BlackBerry": a product unless it acts as a company elsewhere.
            evidence, reason = 1, CAMEL_OWNED_EVIDENCE
    if evidence and _speaks(span, lang):
        return 0, ""
    return evidence, reason


_OPENING_QUOTES = frozenset({'"', "“", "``", "'", "‘"})
_CLOSING_QUOTES = frozenset({'"', "”", "''", "'", "’"})


def _quoted_work(span: SpacySpan) -> bool:
    """English: the name ``span`` is a title in quotation marks that a noun of a creative work
    (``en/work_nouns``) introduces or describes in apposition: 'the drama "The Salt Road"', '"Cold
    Harbour", a Brazilian thriller'. Unquoted, the name before such a noun is its maker ("a
    Spielberg film") and the one after it may be its author ("the novel by ...")."""
    doc = span.doc
    works = word_set("en", "work_nouns")
    if span.start < 2 or not _quoted(span):
        return False
    before = doc[span.start - 2]
    if before.is_lower and before.lemma_.lower() in works:
        return True
    i = span.end + 1
    if i >= len(doc) or doc[i].text != ",":
        return False
    i += 1
    stop = min(len(doc), i + 4)
    # (a nationality's adjective, capitalised, too: "a Brazilian thriller")
    while i < stop and doc[i].pos_ in ("DET", "ADJ") and (doc[i].is_lower or doc[i].pos_ == "ADJ"):
        i += 1
    return i < len(doc) and doc[i].is_lower and doc[i].lemma_.lower() in works


def _after_maker_of(span: SpacySpan) -> bool:
    """English: the name ``span`` is the "of" complement of a maker's noun (``en/product_maker_nouns``),
    alone or as a later conjunct ("the Danish maker of Ozempic and Wegovy", "the developer of
    Starfall Quest"): what the maker makes (issue 21, n35a). The noun comes before the name; a
    name that modifies another noun is left to that noun ("the maker of Zorba cookies"), and a name
    whose last word heads a site's or a body's name is the site a developer builds ("the developer
    of Brasswood Park")."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i >= prep.i:
        return False
    noun = prep.head
    if span.text.split()[-1].casefold() in _site_or_body_words():
        return False  # "the developer of Brasswood Park", "Lakeside Mall": a site it builds (review rvn35)
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in word_set("en", "product_maker_nouns")


def _work_noun_after(span: SpacySpan) -> bool:
    """English: a noun of a creative work (``en/work_nouns``) right after the name ``span``, which
    modifies it ("the new Superman film", "the Barbie movie"): the name is the work's, where the
    model read a building (FAC; issue 21, n35a)."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    noun = doc[span.end]
    return noun.is_lower and noun.lemma_.lower() in word_set("en", "work_nouns") and span.root.head.i == noun.i


def _place_after_company(span: SpacySpan) -> bool:
    """English: a place the gazetteer does not know right after the possessive of a company it
    knows, with no noun after it ("Google's Gemini and OpenAI's ChatGPT"): the company's product
    (issue 21, n35a). A noun after the name makes it a site or a unit ("Acme's Zorba plant"), and so
    does a state after its comma ("Acme's Zorba, Ohio, plant") or a list before a site's noun."""
    from kg.knowledge.gazetteer import default_gazetteer

    doc = span.doc
    if len(span) > 2 or span.start < 2 or doc[span.start - 1].tag_ != "POS":
        return False
    text = doc.text
    owner = _MAKER_OWNER_BEFORE.search(text, max(0, span.start_char - 50), span.start_char)
    words = owner.group("owner").split() if owner is not None else []
    # (the owner's last words: "Monday. Google" after a sentence's end is "Google")
    if not any(r.type == "ORG" for k in range(len(words)) for r in default_gazetteer().lookup(" ".join(words[k:]))):
        return False
    if span.end < len(doc):
        nxt = doc[span.end]
        if nxt.is_lower and nxt.pos_ in ("NOUN", "PROPN", "ADJ"):
            return False
        if nxt.text == "," and span.end + 1 < len(doc) and doc[span.end + 1].text[:1].isupper():
            return False
    return not _listed_before_site(text, span.end_char) and not modified_noun_after(text, span.end_char)


def _counted(span: SpacySpan) -> bool:
    """Whether a count in figures ("12,000 Mustang"; not a year, "in 2012 Mustang": four digits
    without a comma) or a possessive determiner ("its Kindle Fire") comes right before ``span``."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return _COUNT_BEFORE.search(before.text_with_ws) is not None or before.lower_ in word_set("en", "possessive_determiners")


def _model_numbered(span: SpacySpan) -> bool:
    """Whether a word of the name ``span`` after its first mixes capital letters and digits, as a
    model's number does ("Lumio S5", "Nordix X200"; not "M25", "Highway 61", "Terminal 5")."""
    return any(_MODEL_NUMBER.fullmatch(t.text) for t in span[1:])


# Capital letters and digits in one word, both ("S5", "X200", "3GS" is "3GS" too).
_MODEL_NUMBER = re.compile(r"(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*[0-9])[A-Z0-9]{2,6}")


def _platform_after_preposition(span: SpacySpan) -> str | None:
    """The preposition before an online platform's name where something is posted or shown ("sur
    Twitter", "via Facebook", "on YouTube": ``xx/platforms``, ``xx/platform_prepositions``), or None."""
    platforms = word_set("xx", "platforms")
    if span.text not in platforms or span.start == 0:
        return None
    doc, at = span.doc, span.start - 1
    # "on Bluesky and Threads", "sur Facebook, Instagram ou TikTok": a platform listed after one
    # that follows the preposition shares it (one-word platforms only, as listed).
    while at >= 2 and (doc[at].lower_ in word_set("xx", "list_conjunctions") or doc[at].text == ",") and doc[at - 1].text in platforms:
        at -= 2
    prep = doc[at]
    return prep.lower_ if prep.lower_ in word_set("xx", "platform_prepositions") else None


def _maker_product_word(span: SpacySpan) -> bool:
    """English: the name ``span`` is a known company's name and a word of ``en/maker_product_words``
    ("Google Maps", "Microsoft Teams", "Amazon Prime Video"), which names one of its products or
    services, not a unit of the company ("Google Cloud", "Sony Music"). The word must end the
    name and stand as written in it, capitalised, with no capitalised word after it."""
    words = name_part(span.text).split()
    if len(words) < 2 or words[-1].casefold() not in word_set("en", "maker_product_words") or not words[-1][:1].isupper():
        return False
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text[:1].isupper():
        return False
    if words[-1].casefold() in word_set("xx", "organisation_cues") and _site_of_maker(span):
        return False
    from kg.knowledge.gazetteer import default_gazetteer

    return _known_maker_prefix(" ".join(words), default_gazetteer()) is not None


def _site_of_maker(span: SpacySpan) -> bool:
    """Whether the name ``span``, whose last word names a unit as well as a product ("Office"),
    names a unit or a site of the company: after a definite article ("The Google Office", "the UN
    Office") or before a place ("Google Office in Zurich", "at Geneva")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in word_set("en", "product_kinds"):
        return False  # "the Microsoft Office software": the product, as the noun after it says
    if span[0].lower_ == "the" or (span.start > 0 and doc[span.start - 1].lower_ == "the"):
        return True
    after = doc[span.end : span.end + 2]
    return len(after) == 2 and after[0].lower_ in ("in", "at") and after[1].text[:1].isupper()


def _known_maker_prefix(surface: str, gazetteer: Gazetteer) -> str | None:
    """The longest first words of a product's name that the gazetteer knows as an organisation
    ("Intel" in "Intel Core Duo", "Rolls-Royce" in "Rolls-Royce Trent")."""
    words = name_part(surface).split()
    for k in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:k])
        if any(r.type == "ORG" for r in gazetteer.lookup(prefix)):
            return prefix
    return None


def _model_names(cand: Candidate, gazetteer: Gazetteer) -> set[str]:
    """The model's name (normalised) of a product read as a maker's name and a model name ("Volt"
    of "the Chevrolet Volt", made by "Chevrolet"), which the text may use alone later; none for
    a name the gazetteer knows or a designation ("787" stands for no model without its maker)."""
    if cand.label != "PRO" or not cand.maker:
        return set()
    names = {e[len(_MODEL_NAME_EVIDENCE) :] for e in cand.evidence if e.startswith(_MODEL_NAME_EVIDENCE)}
    return {normalise_name(n) for n in names if n[:1].isupper() and not any(ch.isdigit() for ch in n) and not gazetteer.lookup(n)}


# An article or an owner's possessive right before a name ("the Malibu", "GM's Malibu").
_MODEL_DETERMINER_BEFORE = re.compile(r"(?:(?<![\w-])[Tt]he|['’]s)[ \t]+$")


def _alone_as_model(cand: Candidate, text: str) -> bool:
    """Whether the name of ``cand`` may stand for a model read before in the segment: not when a
    capitalised word follows it, which makes it part of another name ("Sierra Nevada" after the
    "GMC Sierra"), nor when NER read a place without an article or a possessive before it ("drove
    a Chevrolet Malibu to Malibu, California", but "the Malibu had no plates")."""
    if re.match(r"[ \t]+[A-Z]", text[cand.end : cand.end + 2]):
        return False
    surface = text[cand.start : cand.end]
    return cand.label != "LOC" or _LEADING_THE.match(surface) is not None or _MODEL_DETERMINER_BEFORE.search(text, max(0, cand.start - 8), cand.start) is not None


def _speaks_cand(cand: Candidate, doc: Doc, lang: str) -> bool:
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and _speaks(span, lang)


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


# --- stock market indices ----------------------------------------------------------------------
#
# NER calls a stock market index an organisation ("the Dow fell 200 points", "the Nasdaq composite
# index", "le CAC 40 a reculé"). An index is no company, nor a product made by a maker: it is a
# financial indicator, typed FIN (kg:MarketIndex; MEANTIME's FIN).


@cache
def _market_indices() -> dict[str, str]:
    """``lexicons/xx/market_indices.tsv``: index names (normalised) -> "index", or "company" when a
    company bears the name too. A possessive's "'s" is also read split from its word, as tokenised
    text writes it ("Standard & Poor 's 500")."""
    out: dict[str, str] = {}
    for name, kind in word_map("xx", "market_indices").items():
        out[normalise_name(name)] = kind
        out.setdefault(normalise_name(_SPLIT_POSSESSIVE.sub(r" \1", name)), kind)
    return out


# A possessive "'s" glued to its word ("Poor's"), which tokenised text writes apart ("Poor 's").
_SPLIT_POSSESSIVE = re.compile(r"(?<=\w)(['’]s)\b")
# The count of stocks written after an index's number ("the Standard & Poor's 500-stock index"):
# no part of the index's name.
_STOCK_COUNT = re.compile(r"-stock$", re.IGNORECASE)


def index_kind(name: str) -> str:
    """What ``market_indices.tsv`` says ``name`` is ("index", "company"), read without a count of
    stocks glued to its number ("S&P 500-stock"); "" for a name it lacks."""
    return _market_indices().get(normalise_name(_STOCK_COUNT.sub("", name)), "")


@cache
def _index_pattern() -> re.Pattern[str] | None:
    """The names of ``market_indices.tsv`` that no company bears, longest first, as one pattern: a
    one-word name that is a common word of English ("Nifty") is left to the cues of the text."""
    from kg.nlp.wordforms import is_dictionary_word

    names = [name for name, kind in word_map("xx", "market_indices").items() if kind == "index"]
    names = [n for n in names if " " in n or "-" in n or not is_dictionary_word(n, "en")]
    if not names:
        return None
    # A possessive's "'s" and a slash may stand apart from their words, as tokenised text writes
    # them ("Standard & Poor 's 500", "S&P / ASX 200").
    forms = "|".join(
        r"\s+".join(re.escape(w).replace("'s", r"\s?['’]s").replace("/", r"\s?/\s?") for w in n.split()) for n in sorted(names, key=len, reverse=True)
    )
    # A name, then a count of stocks ("500-stock", read with the index noun after it) or a
    # capitalised index noun that belongs to it ("the Straits Times Index").
    return re.compile(rf"(?<![\w&/-])(?:{forms})(?:-stock(?=\s+index))?(?:\s+(?-i:Index|Average))?(?![\w&/-])", re.IGNORECASE)


def index_candidates(text: str) -> list[Candidate]:
    """Stock market indices named in full (``market_indices.tsv``, those no company bears: "the Dow
    Jones Industrial Average", "the CAC 40", "the Nikkei 225", "the S&P 500"), which NER misses or
    cuts ("CAC" as a company): FIN mentions (kg:MarketIndex, MEANTIME's FIN). Each word of the name
    is written with a capital, as a name is ("the Nasdaq composite index" is left to the index noun
    after it), but for the words of an average's name that wire style writes in lower case after a
    capitalised first word (``en/index_average_words``: "the Dow Jones industrial average"); an
    index is never an organisation."""
    pattern = _index_pattern()
    if pattern is None:
        return []
    lower_ok = word_set("en", "index_average_words")
    return [
        Candidate(m.start(), m.end(), "FIN", "market index", evidence=("market index: known index name",))
        for m in pattern.finditer(text)
        if m.group()[:1].isupper()
        and not any(word.islower() and word not in lower_ok and word not in ("'s", "’s") and not _STOCK_COUNT.search(word) for word in m.group().split())
    ]


# A name of capitalised words (a maker's, an exchange's or a sector's: "ICE Dollar", "Amex Oil",
# "Reuters / Jefferies CRB", "S&P Financials") that ends with a capitalised "Index"; "The" of a
# sentence's start is the article, no part of it, and so is a word before it that ends the sentence
# before ("on Tuesday. Hong Kong's Hang Seng Index": a capital, lower-case letters, a full stop).
_NAMED_INDEX = re.compile(
    r"(?<![\w&/.'’-])(?!The\b)(?![A-Z][a-z]+\.[ \t])(?:[A-Z][\w&.'’-]*|\d[\w.-]*)"
    r"(?:(?:[ \t]+|[ \t]*/[ \t]*)(?![A-Z][a-z]+\.[ \t])(?:[A-Z][\w&.'’-]*|\d[\w.-]*))*[ \t]+Index(?![\w-])(?![ \t]+[A-Z])"
)


def maker_index_candidates(text: str, candidates: Sequence[Candidate], gazetteer: Gazetteer, *, doc: Doc) -> list[Candidate]:
    """English: a capitalised name that ends with "Index" and holds a company's or an exchange's
    name, which NER read alone ("The ICE Dollar Index", "The Amex Oil Index", "The NYSE Arca Airline
    Index") or missed ("The S&P Financials Index"): the index, FIN, whose name the company only
    makes. Only where an organisation's candidate lies inside the name or the gazetteer knows its
    first word as one, and where the index moves as a market does, subject of a verb of
    ``en/market_movement_verbs`` or ``en/index_predicate_verbs`` ("fell 0.4 percent", "tracks");
    a name of none ("the Consumer Price Index", "the Human Development Index"), a ranking ("The
    Bloomberg Billionaires Index ranks him 12th") or a longer name ("The Zorvex Index Fund") is
    left as it is."""
    verbs = word_set("en", "market_movement_verbs") | word_set("en", "index_predicate_verbs")
    out = []
    for m in _NAMED_INDEX.finditer(text):
        start, end = m.span()
        last = doc.char_span(end - len("Index"), end)
        if last is None or not _subject_of(last[-1], verbs):
            continue  # "Google Trends Index data", "the Index ranks": no market's move
        inside = [c for c in candidates if c.start < end and start < c.end]
        if any(c.start < start or end < c.end for c in inside) or any(c.label == "FIN" for c in inside):
            continue  # a longer name holds it, or an index is read there already
        first = m.group(0).split()[0]
        if not any(c.label == "ORG" for c in inside) and not any(r.type == "ORG" for r in gazetteer.lookup(first)):
            continue
        out.append(Candidate(start, end, "FIN", "market index", evidence=(f"market index: a name made by {first}",)))
    return out


def _subject_of(tok: Token, verbs: frozenset[str]) -> bool:
    """Whether ``tok`` is the subject of a verb whose lemma is in ``verbs``, or of a verb joined to
    one ("rose and then fell")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = tok.head
    return head.lemma_.lower() in verbs or any(c.dep_ == "conj" and c.lemma_.lower() in verbs for c in head.children)


# The evidence of a name that both a company and an index bear (``market_indices``: "company"),
# found where the model missed it ("Japan's Nikkei index fell"): kept only when the words around it
# make it an index (:func:`with_products`).
MAYBE_INDEX = "market index: a company's name that an index bears"


@cache
def _company_index_pattern() -> re.Pattern[str] | None:
    """The names of ``market_indices.tsv`` that a company bears too, longest first, as one
    pattern, each word written with a capital ("Nikkei", "Hang Seng"), not inside a longer name."""
    names = [name for name, kind in word_map("xx", "market_indices").items() if kind == "company"]
    if not names:
        return None
    forms = "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in sorted(names, key=len, reverse=True))
    # A capitalised index noun may follow: it belongs to the name ("The Hang Seng Index fell").
    return re.compile(
        rf"(?<![\w&/-])(?:{forms})(?:[ \t]+(?-i:Composite[ \t]+Index|Index|Average|Composite))?(?![\w&/-])(?![ \t]+(?-i:[A-Z0-9]))",
        re.IGNORECASE,
    )


def company_index_candidates(text: str) -> list[Candidate]:
    """English: the names that a company and an index both bear ("Nikkei", "Dow Jones", "Hang
    Seng", "Nasdaq"), written with capitals, with a capitalised index noun after them ("Hang Seng
    Index"), and not before another capitalised word or a number ("Dow Chemical", "Nikkei 225"), as candidates for what the model missed ("Japan's Nikkei index
    fell", "The Nikkei closed down 1 percent"): :func:`with_products` types one FIN when the words
    around it make it an index and drops it otherwise (:data:`MAYBE_INDEX`)."""
    pattern = _company_index_pattern()
    if pattern is None:
        return []
    return [
        Candidate(m.start(), m.end(), "ORG", "market index", evidence=(MAYBE_INDEX,))
        for m in pattern.finditer(text)
        if all(w[:1].isupper() for w in m.group().split())
    ]


# Why an exchange's name is typed FIN: shares trade "on" it, so it is the market, not the company
# that runs it. Unlike an index's, its other mentions in the segment keep their own reading.
EXCHANGE_AS_MARKET = f"{MARKET_EVIDENCE}the exchange shares trade on"


def is_exchange_name(name: str) -> bool:
    """Whether ``name`` names a stock or commodity exchange: it ends with an exchange noun
    (``en/exchange_heads``: "the New York Stock Exchange", "the Paris Bourse", "the Chicago Board
    of Trade") written with capitals, or it is a short name of ``xx/exchange_short_names`` ("NYSE",
    "the Nymex")."""
    norm = normalise_name(name)
    if norm in word_set("xx", "exchange_short_names"):
        return True
    words = name.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    return any(norm.endswith(" " + head) for head in word_set("en", "exchange_heads"))


def _trading_after(name: SpacySpan) -> bool:
    """English: the exchange ``name`` comes right before a noun of a session of trading, with at
    most one lower-case word between (``en/exchange_trading_nouns``: "in New York Stock Exchange
    composite trading", "in Nasdaq trading"): the market where shares trade, as after "on"."""
    doc, nouns = name.doc, word_set("en", "exchange_trading_nouns")
    for i in range(name.end, min(len(doc), name.end + 2)):
        if doc[i].lower_ in nouns:
            return True
        if not doc[i].is_lower or not doc[i].is_alpha:
            return False
    return False


def _traded_on(name: SpacySpan) -> bool:
    """English: the exchange ``name`` is where something trades, the object of "on" (or a name
    coordinated with it: "listed on the London Stock Exchange and the Toronto Stock Exchange")
    after a noun of trading (``en/market_trading_nouns``: "heavy trading on the NYSE", "its debut
    on the Paris Bourse") or after a verb of trading or of a market movement
    (``en/market_trading_verbs``, ``en/market_movement_verbs``: "listed on the Nasdaq", "fell on
    the New York Stock Exchange"), a verb with a figure before "on" ("fell 8 percent to $4.10 on
    the New York Stock Exchange") or whose subject or object is a noun of trading ("Kestrel shares
    were unchanged on the Nasdaq"): the market, not the company that runs it ("the NYSE said",
    "NYSE Euronext's profit"), nor the exchange another verb's "on" governs ("declined to comment
    on the NYSE", "called on the London Stock Exchange to cut fees", "depend on the Tokyo Stock
    Exchange")."""
    root = name.root
    # The second of coordinated exchanges shares the first's "on" (a bounded walk: spaCy's
    # conjunct chains point back to the first).
    for _ in range(4):
        if root.dep_ != "conj" or root.head.i == root.i:
            break
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "on" or prep.i == root.i:
        return False
    head = prep.head
    trading = word_set("en", "market_trading_nouns")
    # A figure may come between ("fell 8 percent to $4.10 on the New York Stock Exchange").
    figure_seen = False
    for _ in range(4):
        figure = head.like_num or head.pos_ in {"NUM", "SYM"} or any(c.dep_ == "nummod" for c in head.children)
        if not (figure or (head.pos_ == "ADP" and head.dep_ == "prep")) or head.head.i == head.i:
            break
        figure_seen = figure_seen or figure
        head = head.head
    if head.pos_ == "ADJ" and head.dep_ in {"acomp", "oprd"}:
        head = head.head  # "Kestrel shares were unchanged on the Nasdaq": the verb's subject decides
    if head.pos_ in {"VERB", "AUX"}:
        # A phrasal verb governs its "on" ("regulators cracked down on the exchange").
        if any(c.dep_ == "prt" for c in head.children):
            return False
        lemma = head.lemma_.lower()
        if figure_seen or lemma in word_set("en", "market_trading_verbs") or lemma in word_set("en", "market_movement_verbs"):
            return True
        return any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.lemma_.lower() in trading for c in head.children)
    return head.lemma_.lower() in trading


# Why a market street is read as the street itself, a place: a preposition of a path or a place
# next to it comes before ("marched down Wall Street", "exploded near Wall Street").
STREET_AS_PLACE = "a street after a preposition of a path"


def market_street_candidates(text: str) -> list[Candidate]:
    """English: a street whose name stands for its city's financial market (``xx/market_streets``:
    "Stocks fell on Wall Street", "Wall Street rallied", "On Friday, Wall Street rallied"), which
    NER misses or calls a place: a FIN mention (MEANTIME's FIN holds markets). Not inside a longer
    name ("The Wall Street Journal", "Occupy Wall Street": a capitalised word that is no function
    word before or after it; a headline's function words are no name's, "Stocks Fall On Wall Street
    As Oil Surges"), nor after a house number ("11 Wall Street", an address), nor a work's title
    (a noun of ``en/work_nouns`` before it or heading its apposition: "the movie Wall Street",
    "Wall Street, the 1987 film"). After a preposition of a path or of a place next to it
    (``en/street_path_prepositions``: "marched down Wall Street", "a bomb exploded near Wall
    Street") it is the street, a LOC candidate (:data:`STREET_AS_PLACE`)."""
    names = sorted(word_set("xx", "market_streets"), key=len, reverse=True)
    if not names:
        return []
    from kg.extract.headlines import function_words

    # Function words and words of time ("Yesterday Wall Street rallied") open no longer name.
    stop = function_words() | word_set("xx", "temporal_words")
    works = word_set("en", "work_nouns")
    paths = word_set("en", "street_path_prepositions")
    forms = "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in names)
    pattern = re.compile(rf"(?<![\w&/-])(?:{forms})(?![\w&/-])", re.IGNORECASE)
    out = []
    for m in pattern.finditer(text):
        if not all(w[:1].isupper() for w in m.group().split()):
            continue
        window = text[max(0, m.start() - 40) : m.start()]
        before = re.search(r"(?:^|(\S?)\s+)(\S+)[ \t]+$", window)
        prev = before.group(2).lstrip("\"“‘'(") if before is not None else ""
        # A capitalised word right before that is no function word nor a word of time ("Occupy
        # Wall Street"); one that a comma or a full stop ends is none ("On Friday, Wall Street
        # rallied").
        glued = prev[:1].isupper() and prev.lower() not in stop and not prev.endswith((",", ";", ":", ".", "!", "?", ")"))
        after = re.match(r"[ \t]+([A-Za-z0-9][\w'’&-]*)", text[m.end() : m.end() + 40])
        longer = after is not None and (after.group(1)[:1].isdigit() or (after.group(1)[:1].isupper() and after.group(1).lower() not in stop))
        if longer or glued or prev[:1].isdigit():
            continue  # part of a longer name, or an address
        if prev.lower() in works or _work_apposition(text, m.end(), works):
            continue  # a film's or a book's title
        pair = re.search(r"(\w+)\s+(\w+)\s+$", window)
        possessive = text.startswith(("'s", "’s"), m.end())  # "near Wall Street's record": the market
        if not possessive and (prev.lower() in paths or (pair is not None and f"{pair.group(1)} {pair.group(2)}".lower() in paths)):
            out.append(Candidate(m.start(), m.end(), "LOC", "market street", evidence=(STREET_AS_PLACE,)))
            continue
        out.append(Candidate(m.start(), m.end(), "FIN", "market street", evidence=(f"{MARKET_EVIDENCE}a street named for its market",)))
    return out


# An apposition that names a work: a comma, an article and a few words, one of them a work noun
# before any function word ("Wall Street, the 1987 film by Oliver Stone", ", a hit film"). Bounded:
# it reads a short window.
_APPOSITION = re.compile(r"\s*,\s+(?:the|a|an)\s+((?:[\w'’-]+[ \t]*){1,4})", re.IGNORECASE)


def _work_apposition(text: str, end: int, works: frozenset[str]) -> bool:
    """Whether an apposition after ``end`` names a work (``en/work_nouns``: ", the 1987 film")."""
    from kg.extract.headlines import function_words

    match = _APPOSITION.match(text[end : end + 80])
    if match is None:
        return False
    stop = function_words()
    for word in match.group(1).lower().split():
        if word in works:
            return True
        if word in stop:
            return False
    return False


def _figure_after(verb: Token, lang: str) -> bool:
    """A number, a percentage or a direction (``market_directions.tsv``) in the few words after
    ``verb`` ("fell 200 points", "closed at 2,100", "closed higher", "a perdu 3 %", « a clôturé en
    hausse »)."""
    doc = verb.doc
    directions = word_sets("market_directions").get(lang, frozenset())
    return any(t.like_num or t.text == "%" or t.lower_ in directions for t in doc[verb.i + 1 : min(len(doc), verb.i + 7)] if t.sent == verb.sent)


def market_index_reason(span: SpacySpan, lang: str, *, known: bool) -> str:
    """Why the name ``span`` is a stock market index, or a market, or "" when it is neither:

    * a name of ``market_indices.tsv`` that no company bears ("the S&P 500", "the Hang Seng");
    * English: an exchange (:func:`is_exchange_name`) where shares trade (:func:`_traded_on`:
      "fell 3 percent on the New York Stock Exchange"), the market (:data:`EXCHANGE_AS_MARKET`);
      "the New York Stock Exchange said" stays the company;
    * a name followed by an index noun (English: "the Dow Jones industrial average", "the Nasdaq
      composite index", "the Kospi index"; lower-case words may come between) or ending with one
      ("Jakarta Composite Index"), or after one (French: « l'indice Nikkei »), unless the
      gazetteer knows it (a company before "index" is its maker: "the Acme price index");
    * a name that is also a company's ("Nasdaq", "Dow Jones"), subject of a market movement verb
      followed by a figure or a direction ("the Nasdaq lost 3 percent", "the Dow closed higher";
      "Dow Jones said" and "the Nasdaq closed for the holiday" stay companies), or, in English,
      after "the" and subject of such a verb that no exchange does ("the Dow plunged"; not
      ``en/market_session_verbs``: "the Nasdaq opened"), or followed by a direction and a figure
      with no verb ("Hong Kong's Hang Seng down 3 percent").
    """
    doc = span.doc
    words = [t for t in span if t.lower_ not in word_set("xx", "determiners")]
    if not words:
        return ""
    name = doc[words[0].i : words[-1].i + 1]
    kind = index_kind(name.text)
    if kind == "index":
        return "market index: known index name"
    if lang == "en" and is_exchange_name(name.text) and (_traded_on(name) or _trading_after(name)):
        return EXCHANGE_AS_MARKET
    heads = word_sets("market_index_heads").get(lang, frozenset())
    if lang == "en":
        if len(name) > 1 and name[-1].lower_ in heads and name[-1].text[:1].isupper() and not known:
            return "market index: index noun in the name"
        j = name.end
        while j < min(len(doc), name.end + 2) and doc[j].is_lower and doc[j].lower_ not in heads and doc[j].pos_ in {"ADJ", "NOUN"}:
            j += 1
        k = j
        while k + 1 < len(doc) and doc[k + 1].lower_ in heads:
            k += 1  # "composite index"
        # The index noun ends the phrase: "Hexcel composite materials" names no index.
        ends = k + 1 >= len(doc) or not (doc[k + 1].is_lower and doc[k + 1].pos_ == "NOUN")
        if j < len(doc) and doc[j].lower_ in heads and ends and (kind or not known):
            return "market index: index noun after"
    elif lang == "fr":
        i = name.start - 1
        if i >= 0 and doc[i].lower_ in {"phare", "vedette", "principal"}:
            i -= 1
        if i >= 0 and doc[i].lower_ in heads and (kind or not known):
            return "market index: index noun before"
    if kind == "company":
        # The first of coordinated subjects carries the verb ("the Dow and the Nasdaq fell").
        root = name.root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        verb = root.head.lemma_.lower()
        if root.dep_ == "nsubj" and verb in word_sets("market_movement_verbs").get(lang, frozenset()):
            if _figure_after(root.head, lang):
                return "market index: subject of a market movement"
            if lang == "en" and verb not in word_set("en", "market_session_verbs") and _index_determiner(doc, name.start):
                # "the Dow plunged": a company neither plunges nor rallies; an exchange opens and closes.
                return "market index: subject of a market movement"
        if lang == "en" and _direction_and_figure(doc, name.end):
            return "market index: a direction and a figure after"
        if lang == "en" and root.dep_ == "dobj" and _index_determiner(doc, name.start) and name.end < len(doc) and doc[name.end].lower_ in word_set("en", "market_directions"):
            # "Tech shares led the Nasdaq higher", "the report sent the Dow lower".
            return "market index: moved in a direction"
    return ""


def _company_acts(cand: Candidate, norm: str, doc: Doc, lang: str) -> bool:
    """Whether the mention ``cand`` of a name that a company bears too (``market_indices``:
    "company": "S&P", "Nasdaq", "Dow Jones", "Nikkei") acts as that company, though an index of
    the segment holds or bears the name: it modifies a noun that is no index noun
    (``market_index_heads``: "the Nikkei newspaper", "Dow shares", « le quotidien Nikkei », « le
    groupe Dow Jones »), it is the company of a share noun ("shares of Dow"), or, bare, it is the
    subject of a verb that no index does, an owner or an agent ("The S&P 500 fell after S&P
    downgraded the United States", "Nasdaq bought the exchange"). An index is the subject of a
    market movement ("Nasdaq fell 2 percent")."""
    if _market_indices().get(norm) != "company":
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    heads = word_sets("market_index_heads").get(lang, frozenset())
    head = root.head
    if head.i != root.i and head.pos_ == "NOUN" and head.lower_ not in heads and head.lemma_.lower() not in heads:
        if root.dep_ in ("compound", "nn") and head.i > root.i:
            return True  # "the Nikkei newspaper", "Dow shares"
        if root.dep_ in ("appos", "flat", "flat:name", "nmod") and head.i < root.i and not any(c.dep_ == "case" for c in root.children):
            return True  # « le quotidien Nikkei », « l'action Dow Jones »
    if root.dep_ == "pobj" and head.lower_ in word_set("xx", "genitive_prepositions") and head.head.lemma_.lower() in word_set(lang, "coref_share_nouns"):
        return True  # "shares of Dow"
    if not _acts_as_organisation(cand, doc):
        return False
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # the first of coordinated subjects carries the verb
    # An index of the segment does what an index does in market reports: moves, or hits, posts,
    # suffers ("Dow suffers worst drop" above "the Dow Jones Industrial Average fell").
    verbs = word_sets("market_movement_verbs").get(lang, frozenset()) | word_sets("index_predicate_verbs").get(lang, frozenset())
    return not (root.dep_ in _SUBJECT_DEPS and root.head.lemma_.lower() in verbs)


def _index_determiner(doc: Doc, i: int) -> bool:
    """English: "the" right before the name at ``i``, or a place's possessive ("Japan's Nikkei",
    "Britain's FTSE"): how news names an index, where a company is named bare."""
    if i == 0:
        return False
    before = doc[i - 1]
    if before.lower_ == "the":
        return True
    return before.lower_ in ("'s", "’s") and i >= 2 and doc[i - 2].ent_type_ in ("GPE", "LOC")


def _direction_and_figure(doc: Doc, i: int) -> bool:
    """English: a direction (``market_directions``) right at ``i`` and a number in the three words
    after it, with no verb: the elliptic report of an index ("Hong Kong's Hang Seng down 3
    percent", "the Nikkei up 1.2%")."""
    if i >= len(doc) or doc[i].lower_ not in word_set("en", "market_directions") or doc[i].pos_ in {"VERB", "AUX"}:
        return False
    return any(t.like_num for t in doc[i + 1 : min(len(doc), i + 4)])


# The labels this stage gives: products (PRO) and stock market indices (FIN).
_TYPED_HERE = frozenset({"PRO", "FIN"})


def with_products(found: list[Candidate], doc: Doc, text: str, *, lang: str, gazetteer: Gazetteer) -> list[Candidate]:
    """``found`` with the products (:func:`product_evidence`) typed PRO and, within the segment,
    the other mentions of a product's name that the gazetteer does not know ("the Mac" once "Mac
    OS X operating system" showed what Mac is). A name that elsewhere acts as an organisation
    stays one, and so do its mentions before a product noun ("McDonnell Douglas jets"). Each
    product keeps the reason it was typed so (``Candidate.evidence``) and the maker a possessive
    names ("Apple's iTunes"). Stock market indices (:func:`market_index_reason`) are typed FIN
    (no product: an index has no maker), and so are the other mentions of their name in the
    segment, but for one that speaks ("Dow Jones said") or acts as the company
    (:func:`_company_acts`: "S&P downgraded"). A name that a company and an index bear, found
    where the model missed it (:data:`MAYBE_INDEX`), is kept only as such an index. An exchange
    where shares trade (:data:`EXCHANGE_AS_MARKET`) is FIN there only."""
    products: set[str] = set()
    # Model names of a maker's products read in the segment ("Volt" of "the Chevrolet Volt").
    models: dict[str, str] = {}
    indices: set[str] = set()
    out_indices: list[Candidate] = []
    flagged: list[tuple[Candidate, str, int, str]] = []
    kept: list[tuple[Candidate, str, bool]] = []
    # Names a company and an index bear that the model missed, with no cue of an index yet.
    maybes: list[tuple[Candidate, str]] = []
    for cand in found:
        unsure = cand.evidence == (UNSURE_PRODUCT,)
        if unsure:
            cand = replace(cand, label="ORG", evidence=())
        elif cand.label == "PRO" and index_kind(name_part(text[cand.start : cand.end])) == "index":
            # A name and a number read as a model ("Stoxx 600" of « l'indice Stoxx 600 », "SBF 120"):
            # a known index name is an index, never a product.
            cand = replace(cand, label="FIN", record=None, evidence=(*cand.evidence, "market index: known index name"), maker=None)
            indices.add(normalise_name(name_part(text[cand.start : cand.end])))
            kept.append((cand, "", False))
            continue
        elif cand.label in _TYPED_HERE:
            # An index's name types its other mentions; a market's does not ("Stocks fell on Wall
            # Street ... protesters marched down Wall Street": the street).
            if cand.label == "FIN" and not any(e.startswith(MARKET_EVIDENCE) for e in cand.evidence):
                indices.add(normalise_name(name_part(text[cand.start : cand.end])))
            models.update(dict.fromkeys(_model_names(cand, gazetteer), cand.maker or ""))
            kept.append((cand, "", False))
            continue
        name = name_part(text[cand.start : cand.end])
        known = cand.record is not None or bool(gazetteer.lookup(name))
        norm = normalise_name(name)
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is not None and len(span) and (why := market_index_reason(span, lang, known=known)):
            if why != EXCHANGE_AS_MARKET:
                indices.add(norm)
            own = tuple(e for e in cand.evidence if e != MAYBE_INDEX)
            out_indices.append(replace(cand, label="FIN", record=None, evidence=(*own, why), maker=None))
            continue
        if cand.evidence == (MAYBE_INDEX,):
            maybes.append((cand, norm))
            continue
        evidence, reason = product_reason(cand, doc, lang, known=known)
        if evidence:
            flagged.append((cand, norm, evidence, reason))
            if not known:
                products.add(norm)
        elif not unsure:
            kept.append((cand, norm, known))
    actors = {norm for cand, norm, _ in kept if cand.label not in _TYPED_HERE and _acts_as_organisation(cand, doc)}

    def product(cand: Candidate, why: str) -> Candidate:
        maker = cand.maker or maker_before(text, cand.start) or _known_maker_prefix(text[cand.start : cand.end], gazetteer)
        # A model named after its make before in the segment ("Chevrolet Tahoe ... the Tahoe hybrid").
        maker = maker or models.get(normalise_name(name_part(text[cand.start : cand.end]))) or None
        return replace(cand, label="PRO", record=None, evidence=(*cand.evidence, why), maker=maker)

    # A name that companies bear too and that begins an index named in the segment is that
    # index's short form ("the Dow" after "the Dow Jones Industrial Average"), and so is one that
    # is another name of the same index ("Dow Jones" beside "the Dow": ``market_index_aliases``).
    usual = usual_index_names()
    named = {usual.get(i, i) for i in indices}
    shorts = {
        n for n, kind in _market_indices().items()
        if kind == "company" and (any(i.startswith(n + " ") for i in indices) or usual.get(n) in named)
    }
    out = out_indices
    for cand, norm in maybes:
        # The short name of an index the segment names ("The Nikkei 225 fell. The Nikkei ...").
        if (norm in indices or norm in shorts) and not _speaks_cand(cand, doc, lang) and not _company_acts(cand, norm, doc, lang):
            out.append(replace(cand, label="FIN", record=None, evidence=("same name as a market index of the segment",), maker=None))
    for cand, norm, known in kept:
        if cand.label not in _TYPED_HERE and (norm in indices or norm in shorts) and not _speaks_cand(cand, doc, lang) and not _company_acts(cand, norm, doc, lang):
            out.append(replace(cand, label="FIN", record=None, evidence=(*cand.evidence, "same name as a market index of the segment"), maker=None))
        elif cand.label not in _TYPED_HERE and not known and norm in models and not _speaks_cand(cand, doc, lang) and _alone_as_model(cand, text):
            # A model's name on its own after the maker's name and the model's ("the Chevrolet
            # Volt ... The Volt will go on sale"): the model, which NER often reads as a person.
            out.append(product(replace(cand, maker=cand.maker or models[norm] or None), "same name as a model of the segment"))
        elif cand.label in _TYPED_HERE or known or norm not in products or norm in actors:
            out.append(cand)
        else:
            out.append(product(cand, "same name as a product of the segment"))
    for cand, norm, evidence, reason in flagged:
        if evidence == 1 and norm in actors:
            if cand.extractor.endswith(":MISC"):
                continue  # a MISC name is a company only by the gazetteer or NER's own label
            out.append(cand)
        else:
            out.append(product(cand, reason))
    return sorted(out, key=lambda c: c.start)


# A lower-case word, then maybe a second, after a name.
_NOUNS_AFTER = re.compile(r"[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?")


def modified_noun_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` modifies a noun of a site, a workforce or a holding right
    after it, one lower-case word between allowed (``en/plant_nouns``, ``en/holding_nouns``,
    ``en/name_modified_nouns``, the plurals of ``en/employee_nouns``: "Louisville assembly
    plant", "Oakville employees", "Toyota shares"): the name is the place or the owner of that
    thing, not the head of its noun phrase."""
    m = _NOUNS_AFTER.match(text, end)
    if m is None:
        return False
    nouns = _modified_nouns()
    return m.group(1) in nouns or (m.group(2) is not None and m.group(2) in nouns)


@cache
def _modified_nouns() -> frozenset[str]:
    employees = word_set("en", "employee_nouns")
    return (
        word_set("en", "plant_nouns")
        | word_set("en", "holding_nouns")
        | word_set("en", "name_modified_nouns")
        | employees
        | {f"{w}s" for w in employees}
    )


# One capitalised word of lower-case letters, the whole of a model's name ("Astra", "Cruze").
_ONE_WORD_MODEL = re.compile(r"(?:[Tt]he[ \t]+)?(?P<word>[A-Z][a-z]{2,})")
# What may come right before another mention of the word when it is a model's name there too:
# "the" and modifiers, a make or another capitalised word, an owner's possessive ("the new Astra",
# "Opel Astra", "Vauxhall's Astra").
_MODEL_LEAD = re.compile(r"(?:(?<![\w'’])[Tt]he(?:[ \t]+[a-z][\w-]*){0,2}|[A-Z][\w-]*|['’]s)[ \t]+$")


@cache
def _vehicle_make_pattern() -> re.Pattern[str]:
    """The makes and groups of ``en/vehicle_makes`` and ``en/vehicle_groups`` as whole words."""
    names = sorted(word_set("en", "vehicle_makes") | word_set("en", "vehicle_groups"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def articled_models(candidates: Sequence[Candidate], doc: Doc, text: str, *, lang: str, gazetteer: Gazetteer) -> list[Candidate]:
    """English: one capitalised word after "the" (and at most two modifiers: "the new Astra") that
    NER read as a company or a place, as a car model (PRO) when its sentence or the one before
    names a car make or group (``en/vehicle_makes``, ``en/vehicle_groups``): "Vauxhall's plant
    will build the new Astra", "GM said the Cruze will follow", "Ford said the Focus sold well".
    A model's name is written with its article or its make, so not a word the text also writes
    bare ("Tengzhong said"), one the gazetteer knows ("the Fed", "the Kremlin"), a body's or a
    site's noun (``_model_stop_words``: "the Senate", "the Treasury"), a newspaper's title word
    ("Ford sold the Herald"), a make itself, a plural ("the Teamsters"), a name after a preposition
    of place (``en/model_place_prepositions``: "a plant in the Ruhr"), a name whose apposition is
    no kind of product ("the Challenge, a design contest"), nor the subject of a verb of speech
    ("the Commission said"). The maker is the one make the sentence names."""
    if lang != "en":
        return list(candidates)
    makes = _vehicle_make_pattern()
    stop = (
        _model_stop_words() | _not_model_names()
        | word_set("xx", "generic_institution_nouns") | word_set("en", "organisation_name_heads")
        | {m.casefold() for m in word_set("en", "vehicle_makes") | word_set("en", "vehicle_groups")}
        | {w.casefold() for w in word_set("xx", "newspaper_title_words")}
    )
    products = [(c.start, c.end) for c in candidates if c.label == "PRO"]
    out: list[Candidate] = []
    for cand in candidates:
        if cand.label in ("ORG", "LOC") and cand.record is None and not cand.evidence and (model := _articled_model(cand, doc, text, makes, stop, gazetteer, products)):
            out.append(model)
        else:
            out.append(cand)
    return out


def _articled_model(
    cand: Candidate, doc: Doc, text: str, makes: re.Pattern[str], stop: frozenset[str], gazetteer: Gazetteer, products: Sequence[tuple[int, int]]
) -> Candidate | None:
    """:func:`articled_models` for one candidate: its product reading, or None."""
    match = _ONE_WORD_MODEL.fullmatch(text, cand.start, cand.end)
    if match is None:
        return None
    word = match.group("word")
    if _PLURAL.search(word) or word.casefold() in stop or gazetteer.lookup(word):
        return None
    if index_kind(word) or word.casefold() in word_set("en", "exchange_heads"):
        return None  # "flat on the Dow", "asked the Bourse": a market, no model
    span = doc.char_span(match.start("word"), match.end("word"))
    if span is None or len(span) != 1:
        return None
    tok = span[0]
    # "the", then at most two modifiers, right before the word.
    i = tok.i - 1
    while i >= 0 and tok.i - i <= 3 and doc[i].lower_ != "the" and (doc[i].pos_ == "ADJ" or doc[i].tag_ in ("JJ", "VBN")):
        i -= 1
    if i < 0 or doc[i].lower_ != "the" or tok.i - i > 3:
        return None
    if i > 0 and doc[i - 1].lower_ in word_set("en", "model_place_prepositions"):
        return None
    if tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
        return None  # a longer name goes on ("the Zorba Center")
    if cand.label == "LOC" and re.match(r"[ \t]*,[ \t]*[A-Z]", text[tok.idx + len(tok) : tok.idx + len(tok) + 4]):
        return None  # a town and its state ("the Dearborn, Michigan-based automaker")
    if tok.dep_ in ("compound", "nmod", "amod") or (tok.dep_ == "conj" and tok.head.dep_ in ("compound", "nmod", "amod")):
        return None  # a name that modifies a noun ("the Bochum and Eisenach plants")
    if modified_noun_after(text, tok.idx + len(tok)):
        return None  # "the Zorba assembly plant", "the Zorba workforce": a site's or a holding's name
    if tok.dep_ in ("nsubj", "nsubjpass") and is_reporting_verb(tok.head, "en"):
        return None  # "the Commission said": a body that speaks
    kinds = word_sets("product_kinds").get("en", frozenset())
    if any(c.dep_ == "appos" and not {c.lemma_.lower(), c.lower_, c.text} & kinds for c in tok.children):
        return None  # "the Challenge, a design contest": its apposition names what it is, no car
    sent = tok.sent
    if not _model_cue(tok, [p for p in products if sent.start_char <= p[0] < sent.end_char and p[0] != cand.start]):
        return None
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    area_start = before.start_char if before is not None else sent.start_char
    named = [m.group(0) for m in makes.finditer(text, area_start, sent.end_char) if not (cand.start <= m.start() < cand.end)]
    if not named:
        return None
    # Named bare elsewhere, the word is a company's or a place's name (read last: a pass over the text).
    own = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    for other in own.finditer(text):
        if other.start() != tok.idx and _MODEL_LEAD.search(text, max(0, other.start() - 40), other.start()) is None:
            return None
    in_sentence = {m.group(0) for m in makes.finditer(text, sent.start_char, sent.end_char) if m.group(0).casefold() in _make_names()}
    maker = next(iter(in_sentence)) if len(in_sentence) == 1 else None
    start = doc[i].idx if i == tok.i - 1 else tok.idx
    return Candidate(start, match.end("word"), "PRO", cand.extractor + "+model", evidence=(f"model after a car make: {word}",), maker=maker)


def _model_cue(tok: Token, products: Sequence[tuple[int, int]]) -> bool:
    """Whether what the sentence does with ``tok`` is done with a model: it is the object or the
    subject of a verb of ``en/model_verbs`` ("build the Astra", "the Volt will compete"), the "of"
    or "for" complement of a noun of ``en/model_of_nouns`` ("sales of the Passat"), the subject of
    "be" with a kind of product ("The Focus was the best-selling car"), or, neither subject nor object
    of another verb, in a sentence that names a kind of product or another product ("ahead of the
    Corsa" beside "car"). A body is lobbied or told, or approves: no model."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "the Escalade and the Tahoe": the first conjunct's role
    roles = word_map("en", "model_verbs")
    head = tok.head
    kinds = word_sets("product_kinds").get("en", frozenset())
    role = roles.get(head.lemma_.lower())
    if tok.dep_ in ("dobj", "nsubjpass") and role is not None:
        return True
    if tok.dep_ == "nsubj" and role == "subject":
        # "the Volt will compete with the Prius", not "the Scuderia would compete in Monza".
        return bool(products) or _names_a_kind(tok.sent, kinds)
    if tok.dep_ == "pobj" and head.lower_ in ("of", "for") and head.head.lower_ in word_set("en", "model_of_nouns"):
        return True
    if tok.dep_ == "nsubj" and head.lemma_ == "be":
        return any(c.dep_ == "attr" and (c.lemma_.lower() in kinds or c.lower_ in kinds) for c in head.children)
    if tok.dep_ in ("dobj", "nsubjpass", "nsubj", "dative"):
        return False
    return bool(products) or _names_a_kind(tok.sent, kinds)


def _names_a_kind(sent: SpacySpan, kinds: frozenset[str]) -> bool:
    """Whether the sentence ``sent`` names a kind of product (``en/product_kinds``: "car", "hybrid")."""
    return any(t.lemma_.lower() in kinds or t.lower_ in kinds for t in sent if t.pos_ == "NOUN")


# A car maker's possessive, by name or by its noun, then the first model's name ("Honda's Civic",
# "the Japanese carmaker's Camry", "Porsche's 911"): one capitalised word or three digits. A word
# with a full stop before the owner's last word ends a sentence ("on Monday. Toyota's Prius").
_OWNED_MODEL_START = re.compile(
    r"(?<![\w&.'’-])(?P<owner>(?:(?![A-Z][a-z]+\.[ \t])[A-Z][\w&.-]*[ \t]+){0,2}[A-Z][\w&.-]*|[a-z]+)[ \t]?['’]s[ \t]+"
    r"(?P<model>[A-Z][a-z][a-z-]*|\d{3})(?![\w&'’-])"
)
# The next model of a coordination: ", X", " and X", ", and X", " or X".
_NEXT_MODEL = re.compile(r"(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?P<model>[A-Z][a-z][a-z-]*|\d{3})(?![\w&'’-])")


def _listed_before_site(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` opens a coordination of names that a plant's, a unit's or
    a site's noun ends ("Peugeot's Sochaux and Mulhouse plants", "GM's Hamtramck and Orion
    plants"): towns of the maker, no models."""
    pos = end
    while (more := _NEXT_TOWN.match(text, pos)) is not None:
        pos = more.end("model")  # "Honda's Marysville and East Liberty plants": a town of two words
    if pos == end:
        return False
    after = re.match(r"[ \t]+([a-z]+)", text[pos : pos + 30])
    heads = word_set("en", "plant_nouns") | word_set("en", "organisation_unit_nouns") | word_set("en", "not_model_words")
    return (after is not None and after.group(1) in heads) or modified_noun_after(text, pos)


def _car_owner(owner: str) -> bool:
    """Whether a possessive's owner is a car maker: a make or a group (:func:`_is_car_maker`), or a
    car maker's noun ("automaker", "carmaker": ``en/coref_product_words`` whose product is "car")."""
    if owner[:1].islower():
        return word_map("en", "coref_product_words").get(owner) == "car" and owner.endswith("maker")
    return _is_car_maker(owner)


def owned_model_candidates(text: str, gazetteer: Gazetteer, found: Sequence[Candidate] = ()) -> list[Candidate]:
    """English: the models a car maker's possessive names, one word each, and the models
    coordinated with the first ("Honda's Civic and Accord", "Porsche's 911 and Cayenne models",
    "the Japanese carmaker's Camry and Corolla", "VW's Golf, Polo and Passat"), typed PRO with the
    maker when the possessive names it, which NER often misses or reads as places. A word is no
    model when it is a make or a group ("Honda's Civic and Toyota": the coordination ends there),
    a name the gazetteer knows, a plural, a month or a company's or a place's head
    (``_not_model_names``), the start of a longer name ("GM's Rick Wagoner"), a place before its
    state ("Toyota's Georgetown, Kentucky"), a person who speaks or is described ("GM's Wagoner
    said", "Fiat's Marchionne, who"), a name before a noun of a plant, a unit, a site or a
    workforce ("Ford's Louisville plant"), a nationality or region adjective ("Ford's European arm"),
    a person of the maker (:func:`_person_of_maker`: "GM's Wagoner and Henderson resigned",
    "Toyota's Lentz, president of its US arm"), the last word of a person NER names in full
    elsewhere ("Carlos Ghosn" ... "Renault's Ghosn"), or a name that ``found`` (NER's candidates)
    reads as a person or as part of a longer name."""
    makes = {m.casefold() for m in word_set("en", "vehicle_makes") | word_set("en", "vehicle_groups")}
    stop = _model_stop_words() | _not_model_names() | word_set("en", "role_titles")
    heads = word_set("en", "plant_nouns") | word_set("en", "organisation_unit_nouns") | word_set("en", "not_model_words")
    ners = list(found)
    ner = CandidateIndex(ners)
    demonyms = inst.tables().demonyms.get("en", {})
    regions = {w.casefold() for w in word_set("en", "region_adjectives")}
    # The last words of NER's people of two words or more that no make opens ("Jim Lentz", "Carlos
    # Ghosn"): that word after a maker's possessive is the person again ("Toyota's Lentz"). One pass
    # over the candidates, not one per possessive.
    surnames = {
        words[-1]
        for c in ners
        if c.label == "PER" and len(words := text[c.start : c.end].split()) > 1 and words[0].casefold() not in makes
    }

    def model_word(start: int, end: int) -> bool:
        word = text[start:end]
        if word.casefold() in makes or word.casefold() in stop or (_PLURAL.search(word) and not word.isdigit()):
            return False
        if not word.isdigit() and gazetteer.lookup(word):
            return False
        if re.search(r"-[a-z]", word):
            return False  # "the carmaker's Ghosn-led board", "Nissan's Ghosn-era plan": a compound modifier
        if inst.norm(word) in demonyms or word.casefold() in regions or word in surnames:
            return False  # "Ford's European arm", "Volvo's Swedish owner"; "Toyota's Lentz" after "Jim Lentz"
        if _person_of_maker(text, end):
            return False  # "Toyota's Lentz, president of its US arm", "GM's Wagoner and Henderson resigned"
        if re.match(r"[ \t]+[A-Z0-9]|[ \t]*,[ \t]+[A-Z][\w-]*,", text[end : end + 40]):
            return False  # "GM's Rick Wagoner", "Toyota's Georgetown, Kentucky, plant"
        after = re.match(r"[ \t]+([a-z]+)", text[end : end + 30])
        if after is not None and (after.group(1) in heads or _reporting_form(after.group(1))):
            return False  # "Ford's Dearborn plant", "GM's Wagoner said"
        if modified_noun_after(text, end):
            return False
        person = _PERSON_AFTER.match(text, end)
        if person is not None and (person.group("word") is None or person.group("word") in word_set("en", "person_relative_pronouns")):
            return False  # "Fiat's Marchionne, who also runs Ferrari"
        # NER's person on the word, or a name of NER's that goes beyond it.
        return not any(ners[k].label == "PER" or ners[k].start < start or ners[k].end > end for k in ner.overlapping(start, end))

    out: list[Candidate] = []
    for match in _OWNED_MODEL_START.finditer(text):
        owner = match.group("owner")
        if not _car_owner(owner):
            continue
        maker = owner if owner[:1].isupper() else None
        spans = [match.span("model")]
        pos = match.end("model")
        while (more := _NEXT_MODEL.match(text, pos)) is not None:
            spans.append(more.span("model"))
            pos = more.end("model")
        if _listed_before_site(text, spans[0][1]):
            continue  # "Peugeot's Sochaux and Mulhouse plants": the maker's towns
        for a, b in spans:
            if not model_word(a, b):
                break  # "Honda's Civic and Toyota": the coordination of models ends at a make
            out.append(Candidate(a, b, "PRO", "owned-model", evidence=(f"{_MODEL_NAME_EVIDENCE}{text[a:b]}",), maker=maker))
    return out


def _without_article(name: str) -> str:
    """``name`` without the "the" that opens it."""
    lead = _LEADING_THE.match(name)
    return name[lead.end() :] if lead is not None else name


def models_named_again(candidates: Sequence[Candidate], text: str, *, gazetteer: Gazetteer) -> list[Candidate]:
    """English: a car model's name that the text reads as a model once, with its article or its
    make ("the Zephra is built in Mexico", "the Ford Zephra"), typed PRO wherever NER read it or
    the make and it as a person's name ("Ford Zephra goes on sale", a headline; "began selling the
    Zephra small car"). Only a name no gazetteer record backs and no capitalised word follows, with
    the maker of the model it repeats; a make's name alone is never a model, and a place or a
    company named like a model keeps NER's reading ("to Malibu, California")."""
    makes = {m.casefold() for m in word_set("en", "vehicle_makes") | word_set("en", "vehicle_groups")}
    models: dict[str, str | None] = {}
    for cand in candidates:
        # A model by its make or designation, or a product kg read from one word after "the".
        if cand.label != "PRO" or not ("model" in cand.extractor or any("model" in e or e.startswith("one word after the") for e in cand.evidence)):
            continue
        words = _without_article(text[cand.start : cand.end]).split()
        maker: str | None = cand.maker
        if words and words[0].casefold() in makes:
            maker, words = words[0], words[1:]
        if not words or words[0].casefold() in makes or not words[0][:1].isupper():
            continue
        model = " ".join(words)
        models.setdefault(model, maker)
        if maker:
            models.setdefault(f"{maker} {model}", maker)
    if not models:
        return list(candidates)
    out: list[Candidate] = []
    for cand in candidates:
        name = _without_article(text[cand.start : cand.end])
        make, _, rest = name.partition(" ")
        # The make and the model's name, whatever make the model was read with ("Ford Zephra").
        repeated = name in models or (make.casefold() in makes and rest in models)
        # Only NER's person: a place or a company named like a model stays ("to Malibu,
        # California", "Sierra Nevada"), and so does a word of a longer name.
        longer = re.match(r"[ \t]*,?[ \t]+[A-Z]", text[cand.end : cand.end + 4]) is not None
        if cand.label == "PER" and cand.record is None and repeated and not longer and not gazetteer.lookup(name):
            owner = models[name] if name in models else make
            cand = replace(cand, label="PRO", evidence=(*cand.evidence, f"same name as a model of the text: {name}"), maker=owner)
        out.append(cand)
    return out
