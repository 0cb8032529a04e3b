"""A headline's description without an article is the entity the lead sentence names.

Headlines drop articles: "Judge halts sale of drug maker", "Apple executive leaves company",
"Hospital chain recalls pumps", "World's largest passenger airliner lands in London". Such a
description is no anaphor :mod:`kg.extract.coref` can resolve (nothing comes before it, and it has
no definite article), so it starts a chain of an unnamed thing, while it stands for the entity
the article's first sentence names ("Mark Papermaster, formerly an Apple Inc. executive ...",
"Meridian Health, which runs 30 hospitals ..."): MEANTIME puts both in one chain.
:func:`with_headline_descriptions` gives each such chain to the one entity of the lead sentence
whose type the description's head noun names (``coref_nouns``: "company", "chain", "airliner"; a
one-word role of ``roles.ttl`` for a person: "executive", "judge", "governor"). Two entities of
that type in the lead ("Judge halts sale of drug maker to Indian rival": two companies), or two
descriptions of that type in the headline ("Company sues airline"), leave the chains as they
were. Linear in the text: one pass over the chains and the lead's names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from kg.extract.coref import _wire_credit, with_references
from kg.extract.named_kind_phrases import noun_kinds
from kg.knowledge.lexicons import _label_key, load_roles
from kg.knowledge.words import word_set
from kg.types import Entity, Reference, Span, UnnamedChain

# What may open a headline description: no article, no demonstrative, no possessive pronoun and no
# number ("the company", "its unit", "two airlines" are no description of one named entity).
_OPENERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"})
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def head_type(phrase: str, lang: str, *, opens_line: bool = False) -> str | None:
    """The entity type the head (last word) of a headline description names, or None: a noun of
    ``coref_nouns`` ("company": ORG, "airliner": PRO) or a one-word role ("executive", "judge":
    PER). Singular only: "drug makers" are several. A one-word description that opens the line
    (``opens_line``) may be capitalised there ("Automaker to cut 2,000 jobs")."""
    words = phrase.split()
    if not words or words[0].lower() in _OPENERS or words[0][:1].isdigit():
        return None
    head = words[-1]
    if opens_line and len(words) == 1 and head[1:].islower():
        head = head.lower()  # the capital of the line's first word says nothing
    if _WORD.fullmatch(head) is None or not head.islower():
        return None  # a name, a number or a capitalised title ends it: not a description
    kind = noun_kinds(lang).get(head)
    if kind is not None:
        return kind
    if head.endswith("s") and noun_kinds(lang).get(head[:-1]) is not None:
        return None  # a plural of a kind noun: several things
    if _label_key(head) in load_roles().labels:
        return "PER"
    return None


def lead_sentence(text: str, sentences: Sequence[Span]) -> tuple[int, int] | None:
    """The span of the article's first sentence: the first sentence after the headline (the first
    line) that has a lower-case word of three letters or more (a dateline "June 13 , 2005" has
    none)."""
    end = text.find("\n")
    if end <= 0:
        return None
    for s in sentences:
        if s.start <= end:
            continue
        if any(w.islower() and len(w) >= 3 for w in _WORD.findall(s.text)):
            return s.start, s.end
    return None


def _the_one(etype: str, lead: tuple[int, int], entities: Sequence[Entity], text: str = "") -> int | None:
    """The one entity of type ``etype`` that the lead sentence names; None for none or several. The
    wire service credited in brackets before the dateline's dash ("BERLIN, Aug 30 (dpa) - German
    rail operator Nordbahn") filed the story and is none of its parties (``text``: the document)."""
    found = {
        k for k, e in enumerate(entities)
        if e.type == etype and any(lead[0] <= m.start < lead[1] and not (text and _wire_credit(text, m.start, m.end)) for m in e.mentions)
    }
    return found.pop() if len(found) == 1 else None


def _names_another(first: Reference, lead: tuple[int, int], entities: Sequence[Entity]) -> bool:
    """Whether the description ``first`` holds the name of an entity ("Zorba executive") that the
    lead sentence does not name."""
    return any(
        any(first.start <= m.start and m.end <= first.end for m in e.mentions)
        and not any(lead[0] <= m.start < lead[1] for m in e.mentions)
        for e in entities
    )


def _head_elsewhere(text: str, phrase: str, lead: tuple[int, int], owner: Entity, phrase_ends: frozenset[int] = frozenset()) -> bool:
    """Whether the lead sentence has the head noun (last word) of the headline description
    ``phrase`` outside every mention and reference of ``owner``: a phrase of its own there ("The
    RMT union") is what the headline describes, not the name. Not a modifier of the next word, a
    noun of the organisation's people (:func:`_of_its_people`) or the last word of a phrase
    (``phrase_ends``: the ends of the chains' mentions, "airline taxes")."""
    head = phrase.split()[-1].lower()
    spans = [(m.start, m.end) for m in owner.mentions] + [(r.start, r.end) for r in owner.references]
    for found in re.finditer(rf"\b{re.escape(head)}(?:\s+([a-z][a-z-]*))?\b", text[lead[0] : lead[1]], re.IGNORECASE):
        at = lead[0] + found.start()
        if found.group(1) is not None and (_of_its_people(found.group(1).lower()) or lead[0] + found.end() in phrase_ends):
            # "Union calls strike \n Unite called a strike, union leader Sharon Pike said": the
            # noun modifies a person of the organisation ("party officials", "club captain") or
            # the head of a phrase ("blaming airline taxes"), it is no phrase of its own
            continue
        if any(_PREDICATE_BETWEEN.fullmatch(text, b, at) for a, b in spans if b <= at):
            # "Charity hires director \n The Ellery Trust named Jo Lake as its director": the
            # noun heads a predicate of the name, the name's own phrase
            continue
        if not any(a <= at < b for a, b in spans):
            return True
    return False


# Between a name and a noun that heads its predicate ("Jo Lake as its director", "Jo Lake is the
# new director"): a predicative word and at most three words of the noun's phrase.
_PREDICATE_BETWEEN = re.compile(r",?\s+(?:as|is|was|becomes|became)\s+(?:[\w'’-]+\s+){0,3}")


def _of_its_people(word: str) -> bool:
    """Whether ``word`` (lower case) names people of an organisation, singular or plural: a role
    ("leader", "captain"), a member noun ("officials", "staff": ``coref_member_nouns``) or a
    person noun ("spokesman": ``coref_person_nouns``)."""
    people = word_set("en", "coref_member_nouns") | word_set("en", "coref_person_nouns")
    return any(w in people or _label_key(w) in load_roles().labels for w in {word, word.removesuffix("s")})


def with_headline_descriptions(
    text: str, entities: tuple[Entity, ...], chains: tuple[UnnamedChain, ...], sentences: Sequence[Span]
) -> tuple[tuple[Entity, ...], tuple[UnnamedChain, ...]]:
    """``entities`` and ``chains`` with each chain that a headline description without an article
    starts ("Hospital chain recalls pumps") moved into the one entity of its type that the lead
    sentence names (:func:`head_type`, :func:`lead_sentence`)."""
    end = text.find("\n")
    if end <= 0 or not chains:
        return entities, chains
    lead = lead_sentence(text, sentences)
    if lead is None:
        return entities, chains
    added: dict[int, list[Reference]] = {}
    kept: list[UnnamedChain] = []
    # where the phrases of the lead end ("airline taxes"): a headline noun right before such an end
    # modifies its head
    phrase_ends = frozenset(
        [m.end for c in chains for m in c.mentions if lead[0] <= m.start < lead[1]]
        + [r.end for e in entities for r in e.references if lead[0] <= r.start < lead[1]]
    )
    types: list[str | None] = []
    for chain in chains:
        first = chain.mentions[0]
        english = (first.lang or "en") == "en"  # tested on English headlines only
        opens_line = first.start == 0 or text[first.start - 1] == "\n"
        types.append(head_type(first.text, "en", opens_line=opens_line) if english and first.kind == "nominal" and first.end <= end else None)
    # "Company sues airline": two descriptions of one type in the headline are two entities, so
    # neither is the one entity of that type the lead names (when NER missed the other one there).
    counted = Counter(t for t in types if t is not None)
    for chain, etype in zip(chains, types, strict=True):
        first = chain.mentions[0]
        # Only a headline description of a type the headline describes once is looked at further:
        # the scans below read every entity's mentions, once per chain they were quadratic in the
        # length of a long document.
        if etype is None or counted[etype] != 1:
            kept.append(chain)
            continue
        # "Federal official criticises plan \n A federal official told Governor Alan Reyes ...": a
        # chain the lead itself goes on with is the thing the lead brings in, not the name there.
        in_lead = any(lead[0] <= m.start < lead[1] for m in chain.mentions[1:])
        # "Zorba executive quits \n Vexal Inc. said its finance chief Mark Hill had left": a name in
        # the description the lead does not name again says the lead is about someone else.
        in_lead = in_lead or _names_another(first, lead, entities)
        owner = _the_one(etype, lead, entities, text) if not in_lead else None
        if owner is not None and _head_elsewhere(text, first.text, lead, entities[owner], phrase_ends):
            # "Union calls strike at Northern Rail \n The RMT union on Wednesday called ...": the
            # lead gives the head noun to a phrase that is not the name's, which it describes
            owner = None
        if owner is None:
            kept.append(chain)
            continue
        name = next(m for m in entities[owner].mentions if lead[0] <= m.start < lead[1])
        for ref in chain.mentions:
            if ref is first:
                why = f"a headline description, the {etype} the lead names: '{first.text}' = {entities[owner].label}"
                ref = replace(ref, antecedent=Span(name.start, name.end, name.text), evidence=why)
            added.setdefault(owner, []).append(ref)
    if not added:
        return entities, chains
    return with_references(entities, added), tuple(kept)
