"""Sense restrictions of triggers, the participants of verbs and event nouns, and the time of an
event: what events, quotations and memberships share about arguments.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.coref import event_noun, impersonal, is_latest_anaphor
from kg.extract.limits import after_limit_word
from kg.extract.spanindex import Covering
from kg.knowledge.words import rows, word_map, word_maps, word_set, word_sets
from kg.nlp.doccache import doc_text, is_ancestor, token_heads, token_starts
from kg.nlp.lemmas import PERSON_NOUN_LISTS
from kg.nlp.wordforms import verb_lemma
from kg.types import ArgumentVia, Span, Timex

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan
from kg.knowledge.gazetteer import default_gazetteer
from kg.knowledge.institutions import norm as _norm
from kg.knowledge.institutions import tables as _tables
from kg.knowledge.lexicons import Condition, TriggerEntry, TriggerLexicon, _default_lexicon
from kg.nlp.grammar import (
    _COMMUNICATION_TYPES,
    _NAME_DEPS,
    _NO_INHERIT_TYPES,
    _NON_NAME_ENTS,
    _OBJ,
    _PASS_SUBJ,
    _RECIPIENT_TYPES,
    _SUBJ,
    _case_of,
    _causative_recipient,
    _causative_subject,
    _complements,
    _conjoined_incise,
    _ent,
    _has_clause,
    _is_coordinated,
    _is_imperative,
    _is_nonfinite,
    _is_passive,
    _is_question,
    _is_reflexive,
    _lemma,
    _morph,
    _past_infinitive,
    _prep_norm,
    _prepositional_support_verb,
    _present_participle,
    _reduced_passive,
    _support_verb,
    _verb_polarity,
    adverbial_between_commas,
    avoir_active,
    misparsed_main_verb,
    misparsed_object_relative,
    past_misparsed_relative,
    refusing_head,
    source_complement,
    supports,
)

# --------------------------------------------------------------------------------------------------
# Sense restrictions
# --------------------------------------------------------------------------------------------------


# Acts of paying or fining, whose object may be the sum (« a versé 3 millions », « a payé 500 euros »)
_PAYMENT_TYPES = frozenset({"TransferMoney", "Fine"})
#: Per-language lists whose nouns can stand for a speaker or an actor (``@SPEAKER`` in a sense
#: restriction), beside ``xx/speaker_nouns`` and ``xx/agentive_nouns``.
_SPEAKER_LISTS = ("person_role_nouns", "employee_nouns", "spokesperson_nouns", "organisation_heads")


# Never cached: a cache keyed by a Token keeps its Doc alive, and with it every parsed window of a long
# document (1.9 MB of French: about 190 MB of peak memory).
def _channel_case(tok: Token) -> bool:
    """Whether the nominal ``tok`` stands under a preposition of a channel (``xx/channel_prepositions``:
    "in a statement", « dans un communiqué », « lors d'une conférence de presse », the « de » after an
    adverb « lors ») or under none: the channel of its clause's act, whose subject wrote or spoke it.
    Not "shares rose after the announcement", « a démissionné après l'annonce »."""
    case = _case_of(tok)
    if not case:
        return True
    channels = word_set("xx", "channel_prepositions")
    if case in channels:
        return True
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    return case == "de" and before is not None and before.lower_ in channels


@cache
def _speaker_nouns() -> frozenset[str]:
    """Every noun that can stand for a speaker or an actor (``_SPEAKER_LISTS`` and the ``xx`` lists), built once."""
    words = set(word_set("xx", "speaker_nouns")) | word_set("xx", "agentive_nouns")
    for name in _SPEAKER_LISTS:
        for found in word_sets(name).values():
            words |= found
    return frozenset(words)


def _is_speaker(tok: Token) -> bool:
    """A person or organisation that can say or demand something: a name, a pronoun or a human noun."""
    if _ent(tok) in ("PER", "ORG") or tok.pos_ in ("PRON", "PROPN"):
        return True
    if _lemma(tok) in _speaker_nouns():
        return True
    # "la syndicaliste Marie Leroy": a noun with a name in apposition; "le journal Libération", "la
    # sénatrice Anne Roux": a noun with an organisation's or a person's name right after it, which
    # the parser may hang as a modifier
    return any(
        (c.dep_ in ("appos", "flat:name") and _is_name_like(c))
        or (c.i == tok.i + 1 and c.dep_ in ("nmod", "compound") and _ent(c) in ("ORG", "PER"))
        for c in tok.children
    )


@cache
def _human_nouns() -> frozenset[str]:
    words: set[str] = set()
    for name in PERSON_NOUN_LISTS:
        for found in word_sets(name).values():
            words |= found
    return frozenset(words)


def _is_human(tok: Token) -> bool:
    """A person: a person's name, a noun that describes people ("dix rebelles", "le ministre",
    "son successeur") or a noun with a name in apposition; unlike ``@SPEAKER``, no organisation."""
    if _ent(tok) == "PER":
        return True
    if tok.pos_ == "NOUN" and (_lemma(tok) in _human_nouns() or tok.lower_ in _human_nouns()):
        return True
    if tok.pos_ == "NOUN" and any(
        (c.dep_ in ("appos", "flat:name") or (c.i == tok.i + 1 and c.dep_ == "nmod")) and _ent(c) == "PER"
        for c in tok.children
    ):
        return True
    return _is_people(tok)


def _bare_count(tok: Token) -> bool:
    """A number with no noun, standing for people as an object or a passive subject ("Tornado kills
    three", "injuring at least 25", « Trois ont été arrêtés »): only what a verb of the trigger lexicon
    restricted to people is said of."""
    return tok.pos_ == "NUM" and tok.like_num and tok.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass") \
        and all(c.dep_ in ("advmod", "quantmod", "compound", "nummod")
                or (c.dep_ in ("prep", "nmod") and c.lower_ not in ("of", "de", "des", "d'", "d’")) for c in tok.children)


def _is_people(tok: Token) -> bool:
    """A capitalised plural nationality noun: "145 000 Philippins ont été évacués", "les
    Espagnols" (the demonyms of ``ontologies/demonyms.tsv``, which name a country's people when
    written as a plural noun)."""
    if tok.pos_ not in ("NOUN", "PROPN") or not tok.text[:1].isupper() or not tok.lower_.endswith("s"):
        return False
    if _norm(tok.text) not in _tables().demonyms.get(tok.lang_, {}):
        return False
    return not default_gazetteer().lookup(tok.text)  # "les Philippines" is the country


def _token_matches(tok: Token, values: frozenset[str]) -> bool:
    if "@HUMAN" in values:
        # a people-only restriction reads a relative pronoun as its antecedent: "l'arbre qu'ils ont
        # abattu" is no death, "le ministre qu'ils ont arrêté" an arrest
        antecedent = _relative_antecedent(tok)
        if antecedent is not None:
            return _token_matches(antecedent, values)
        if _neuter_relative(tok):
            return False  # « ce qui est arrivé à Lyon »: a fact, no one arriving
    if _lemma(tok) in values or tok.lower_ in values:
        return True
    if _ent(tok) == "PER" and any(
        c.dep_ == "compound" and c.i < tok.i - 1 and c.lower_ in values and tok.doc[c.i + 1].dep_ == "compound"
        for c in tok.children
    ):
        # e39a: "Striker Tomas Verhoeven was released": the title before a person's name says what
        # the person is, as the noun would ("the striker was released"). rve39: a title is followed
        # by the rest of the name; a first name just before the surname is none ("Bill Turner" is no bill)
        return True
    for v in values:
        if v == "@SPEAKER":
            if _is_speaker(tok):
                return True
            continue
        if v == "@HUMAN":
            if _is_human(tok) or _bare_count(tok):
                return True
            continue
        if v == "@KIND":
            # a kind of product (``lexicons/<lang>/product_kinds.tsv``: "pill", « vaccin »)
            if _lemma(tok) in word_set(tok.lang_, "product_kinds") or tok.lower_ in word_set(tok.lang_, "product_kinds"):
                return True
            continue
        if v.startswith("@"):
            tag = v[1:]
            if _ent(tok) == tag or tok.pos_ == tag or tok.ent_type_ == tag:
                return True
            if tag == "PRON" and is_latest_anaphor(tok):  # « ces derniers ont été libérés »
                return True
    return False


def _predicates(tok: Token) -> list[Token]:
    """What a verb says of its object or subject (a secondary predicate: "was found guilty", "found him
    guilty", « a été reconnu coupable », « l'a déclaré coupable »): an adjective, or a noun the French
    tagger took one for, that completes the verb."""
    own = [c for c in tok.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.pos_ in ("ADJ", "NOUN")
           and not any(g.dep_ == "det" for g in c.children)]
    # "found Karen Whitby guilty": the parser makes the name the clause and the adjective its complement
    return own + [g for c in _small_clause_names(tok) for g in c.children if g.dep_ == "acomp" and g.pos_ == "ADJ"]


def _small_clause_names(tok: Token) -> list[Token]:
    """English names the parser made a clause complement of a verb with an adjective complement of
    their own ("The jury found Karen Whitby guilty": "Whitby" a ccomp, "guilty" its acomp)."""
    if tok.lang_ != "en":
        return []
    return [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "PROPN" and c.i > tok.i
            and any(g.dep_ == "acomp" and g.pos_ == "ADJ" for g in c.children)
            # (the name's first word may hang on its last as a subject: "Karen" on "Whitby")
            and not any(g.dep_.startswith("aux") or g.pos_ in ("VERB", "AUX")
                        or (g.dep_.startswith("nsubj") and g.pos_ != "PROPN") for g in c.children)]


def _small_clause_subjects(tok: Token) -> list[Token]:
    """What a verb's secondary predicate is said of when the parser read it as a small clause: the
    subject of an adjective clause ("A jury found her guilty": "her", the subject of "guilty") or the
    name made a clause (:func:`_small_clause_names`)."""
    out = [g for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "ADJ" and c.i > tok.i
           for g in c.children if g.dep_.startswith("nsubj") and g.i < c.i]
    return out + _small_clause_names(tok)


def _predicate_word(tok: Token) -> str:
    """A predicate's lemma in lower case, after "not" when it is negated ("found not guilty")."""
    negated = any(c.dep_ in ("neg", "advmod") and c.lower_ in ("not", "non", "pas") for c in tok.children)
    return ("not " if negated else "") + _lemma(tok)


def _neuter_relative(tok: Token) -> bool:
    """``tok`` is a relative pronoun whose clause hangs from a neuter demonstrative (« ce qui est
    arrivé », « ce que le ministre a dit »: ``fr/neuter_antecedents``): it stands for a thing."""
    if tok.pos_ != "PRON" or tok.lower_.replace("’", "'") not in word_set("xx", "relative_pronouns"):
        return False
    clause = tok.head
    return (
        clause.i != tok.i
        and clause.dep_.startswith(("relcl", "acl:relcl"))
        and clause.head.lower_ in word_set("fr", "neuter_antecedents")
    )


def _objects(tok: Token) -> list[Token]:
    """Direct objects of a verb (passive subject included) or "de/of" complements of a noun."""
    out: list[Token] = []
    if tok.pos_ == "NOUN":
        for prep, head, kind in _complements(tok):
            if kind in ("obl",) and prep in word_set("xx", "genitive_prepositions"):
                out.append(head)
        return out
    caused = _causative_subject(tok)
    if caused is not None:
        # « le suspect s'est fait arrêter »: the subject is what the act befalls, the clitic nothing
        return [caused]
    relative = misparsed_object_relative(tok)
    if relative is not None:
        return [relative[1]]  # "The plan, which the board approved": the plan
    if misparsed_main_verb(tok) is not None:
        # "the company named Carla Mendes as its CEO": the name the parse read as a predicate of the
        # participle is the active verb's object
        return [c for c in tok.children if c.dep_ in (*_OBJ, "oprd")]
    for child in tok.children:
        if child.dep_ in _OBJ:
            out.append(child)
        elif child.dep_ in _PASS_SUBJ and not _is_reflexive(tok) and not _causer_as_passive_subject(tok) and not avoir_active(tok):
            out.append(past_misparsed_relative(child) if tok.lang_ == "en" else child)
    out.extend(_second_subject_after(tok))
    out.extend(_objects_after_time(tok))
    if not out and tok.lang_ == "en":
        out.extend(_small_clause_subjects(tok))  # "A jury found her guilty": her
    if not out:
        out.extend(_objects_after_locution(tok))
    if not out:
        out.extend(_object_after_incise(tok))
    if not out and _fronted_participle_of_subject(tok):
        # « Interpellé lundi, le suspect a avoué »: a past participle opening the sentence says what
        # befell the main clause's subject
        main = tok.head.head if tok.dep_ == "conj" else tok.head  # « Élue … puis réélue …, Mme X »
        out.extend(c for c in main.children if c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ)
    if not out and tok.dep_ == "xcomp" and _has_passive_aux(tok):
        # "la liste vient d'être publiée", "ils ont dû être évacués": the passive infinitive's
        # subject is the subject of the verb it depends on.
        out.extend(c for c in tok.head.children if c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ)
    if not out and tok.lang_ == "en" and _lemma(tok) not in word_set("en", "reporting_verbs"):
        # "Drugmaker recalls blood pressure pills" over a dateline: the parser reads the headline's
        # object as a clause of its own, a noun with no subject, auxiliary or marker under it
        out.extend(
            c for c in tok.children
            if c.dep_ == "ccomp" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")
            and not any(g.dep_ in _SUBJ or g.dep_ in ("aux", "auxpass", "mark", "cop") for g in c.children)
        )
    # "ne propose plus de logiciels": the partitive hangs from the negation adverb.
    for child in tok.children:
        if child.dep_ == "advmod" and child.lower_ in ("plus", "pas"):
            out.extend(
                g for g in child.children if g.dep_ in ("obl:arg", "obj", "nmod")
            )
    return out


def _object_after_incise(verb: Token) -> list[Token]:
    """A French object after an incise set off by commas, which the parser hangs on the comma that
    closes it (« Le conseil a adopté lundi soir, par 38 voix contre 21, un budget de 412 millions »):
    a noun with its determiner, for a verb whose subject comes before it (after the verb, a noun
    could be a postposed subject)."""
    if not verb.lang_.startswith("fr") or verb.pos_ != "VERB" \
            or not any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children):
        return []
    return [g for c in verb.children if c.dep_ == "punct" and c.text == "," and c.i > verb.i
            for g in c.children
            if g.dep_ in ("dep", "fixed") and g.pos_ in ("NOUN", "PROPN") and g.i > c.i
            and any(d.dep_ == "det" for d in g.children)]


def _second_subject_after(verb: Token) -> list[Token]:
    """A French name right after a verb that already has a subject before it, which the parser
    read as a second subject (« le président ukrainien a rencontré Emmanuel Macron »): the object.
    Not after a comma, where a postposed subject of an incise stands."""
    if not verb.lang_.startswith("fr") or verb.pos_ != "VERB":
        return []
    children = list(verb.children)
    if not any(c.dep_ == "nsubj" and c.i < verb.i and not _time_word(c) for c in children):
        return []  # « Mardi a démissionné Jean Castex »: a time word read as the subject; the name is it
    return [
        c for c in children
        if c.dep_ == "nsubj" and c.i == verb.i + 1 and c.pos_ == "PROPN" and not _is_passive(verb)
    ]


def _time_word(tok: Token) -> bool:
    """A time word or a date or time the model recognised (« mardi », « hier soir »)."""
    return _lemma(tok) in word_set("xx", "temporal_words") or tok.lower_ in word_set("xx", "temporal_words") or tok.ent_type_ in ("DATE", "TIME")


def _bare_noun(tok: Token) -> bool:
    """A noun phrase with no preposition of its own and no time word for head. A common noun needs
    a determiner or a number: one with neither after a time word is an address or an adverbial
    (« a manifesté samedi place de la République », « lundi matin rue de Rivoli »), no object."""
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ == "case" for c in tok.children)
        and not _time_noun(tok)
        and (tok.pos_ == "PROPN" or any(c.dep_.startswith(("det", "nummod")) for c in tok.children))
    )


def _time_noun(tok: Token) -> bool:
    """A French noun of a time span or a day, which heads an adverbial after a weekday and no
    object (« ont manifesté jeudi toute la journée », « samedi la veille du vote », « vendredi
    plusieurs heures »): a time word, a unit of time, a part of the day, a day counted from another."""
    lemma, lower = _lemma(tok), tok.lower_
    return any(
        w in word_set("xx", "temporal_words")
        or w in word_map("fr", "time_units")
        or w in word_map("xx", "day_parts")
        or w in word_set("fr", "day_offset_nouns")
        for w in (lemma, lower)
    )


def _objects_after_locution(verb: Token) -> list[Token]:
    """The object of a French verb set after a bare « en » complement that makes a locution with it
    (« a placé en garde à vue mardi un ancien adjoint », « ont remis en liberté trois militants »,
    « a mis en examen le maire »), which the parser hangs on that complement as an apposition or a
    complement without preposition: a noun phrase with a determiner or a number, with no comma
    before it (« placé en garde à vue, le suspect a avoué » is the subject of another verb)."""
    if not verb.lang_.startswith("fr") or verb.pos_ != "VERB":
        return []
    doc = verb.doc
    out: list[Token] = []
    for comp in verb.children:
        if comp.i < verb.i or not comp.dep_.startswith("obl") or comp.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "case" and c.lower_ == "en" for c in comp.children):
            continue
        if any(c.dep_.startswith(("det", "nummod")) for c in comp.children):
            continue  # « en la personne de », « en deux temps »: no locution
        # the object hangs on the locution's noun or on its own complement (« garde [à vue] »)
        holders = [comp, *(c for c in comp.children if c.dep_ == "nmod" and c.i > comp.i and not _bare_noun(c))]
        for holder in holders:
            for g in holder.children:
                if (
                    g.i > holder.i
                    and g.dep_.startswith(("nmod", "appos", "obj"))
                    and _bare_noun(g)
                    and not any(t.text in (",", ";", ":") for t in doc[comp.i : g.left_edge.i])
                ):
                    out.append(g)
    return out


def _objects_after_time(verb: Token) -> list[Token]:
    """The object of a French verb set after a time word (« a rencontré dimanche son homologue »,
    « a interpellé samedi soir trois manifestants »), which the parser hangs on the time word or
    reads as a bare adverbial: a noun phrase without preposition right after the time word."""
    if not verb.lang_.startswith("fr"):
        return []
    temporal = word_set("xx", "temporal_words")
    times = [c for c in verb.children if c.i > verb.i and _lemma(c) in temporal]
    if not times:
        return []
    # « dimanche soir plusieurs militants »: the part of the day the parser hung on the weekday
    times += [g for t in times for g in t.children if g.i > t.i and _lemma(g) in temporal]
    out: list[Token] = []
    for time in times:
        out.extend(
            g for g in time.children
            # « a relaxé mercredi Marc Lavergne »: the parser may read the name as the weekday's
            # apposition
            if g.i > time.i and (g.dep_ in _OBJ or (g.dep_.startswith(("nmod", "appos")) and _bare_noun(g)))
        )
    first = min(t.i for t in times)
    out.extend(
        c for c in verb.children
        if c.i > first and c.dep_.startswith("obl") and _bare_noun(c) and c.i not in {t.i for t in times}
    )
    return out


# The value a person noun matches in a requirement (``@HUMAN``).
_HUMAN = frozenset({"@HUMAN"})


def _complements_under_time(tok: Token) -> list[Token]:
    """Complements with a preposition that the parser hung on a word between the verb and them: a
    time word (« se rendra vendredi à Marseille », « jeudi prochain à Marseille »), or a person's
    name that is the verb's object (« a condamné Jean Dupont à un an de prison », « pour fraude »;
    a name takes no such complement, bar « de »), or a person noun that is its object, for « à »
    (« a condamné mardi le journaliste à une amende »): the verb's own."""
    out: list[Token] = []
    for child in tok.children:
        if child.i < tok.i:
            continue
        if child.dep_.startswith(("obl", "xcomp", "obj")) and _lemma(child) in word_set("xx", "temporal_words"):
            for sub in child.subtree:
                if sub.i != child.i and sub.dep_.startswith(("nmod", "obl")) and any(c.dep_ == "case" for c in sub.children):
                    out.append(sub)
        elif tok.lang_.startswith("fr") and child.dep_ in _OBJ and child.pos_ == "PROPN" and _ent(child) == "PER":
            for sub in child.children:
                if sub.i > child.i and sub.dep_.startswith("nmod") and any(
                    c.dep_ == "case" and c.lower_ not in ("de", "d'", "d’", "du", "des") for c in sub.children
                ):
                    out.append(sub)
        elif tok.lang_.startswith("fr") and child.dep_ in _OBJ and child.pos_ == "NOUN" and _token_matches(child, _HUMAN):
            # « a condamné (mardi) le journaliste à une amende »: a person noun object takes an « à »
            # complement the parser hangs on it, which is the verb's
            out.extend(
                sub for sub in child.children
                if sub.i > child.i and sub.dep_.startswith("nmod") and any(c.dep_ == "case" and c.lower_ == "à" for c in sub.children)
            )
    return out


def _reduced_relative_object(tok: Token) -> bool:
    """An English verb of a relative clause with no relative word, with a subject of its own and no
    object, after a noun that is what it acts on: "the ship the navy sank", "the paintings police
    recovered" (the noun is its object, so it is no verb without object). Not after a noun of time,
    place, manner or cause (``en/relative_adverb_nouns``: "the day the ship sank", "the way the fire
    spread") nor a date."""
    if not tok.lang_.startswith("en") or tok.dep_ != "relcl" or tok.head.i > tok.i:
        return False
    head = tok.head
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("DATE", "TIME"):
        return False
    if _lemma(head) in word_set("en", "relative_adverb_nouns") or head.lower_ in word_set("en", "relative_adverb_nouns"):
        return False
    children = list(tok.children)
    if not any(c.dep_ == "nsubj" and head.i < c.i < tok.i for c in children):
        return False
    # a relative word ("which the navy sank", "where the bus overturned") or a passive: not reduced
    return not any(
        c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that" or c.dep_ in ("auxpass", "nsubjpass", "prt")
        for c in children
        if c.i < tok.i
    )


def _has_infinitive(tok: Token) -> bool:
    """An infinitive complement of the verb: "ordered the troops to withdraw", « a ordonné de
    fermer » (an ``xcomp`` in the infinitive, English "to" + base form), or of the noun: "an order
    to close the plant" (``acl``; the English parser also says ``relcl``)."""
    deps = ("xcomp", "acl", "relcl") if tok.pos_ == "NOUN" else ("xcomp",)  # "an order to close the plant"
    for child in tok.children:
        if child.dep_ not in deps or child.i < tok.i:
            continue
        if child.lang_ == "en":
            if child.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                return True
        elif "Inf" in child.morph.get("VerbForm"):
            return True
    return False


def _counted_span(obj: Token) -> bool:
    """A span of time with an "of" complement that is no time, which makes it a thing the verb acts
    on, not when it happens ("ended 12 years of Republican rule", "ended months of talks")."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and not _temporal_word(g) for g in c.children)
        for c in obj.children
    )


def _check(cond: Condition, tok: Token, lang: str) -> bool:
    key = cond.key
    if not cond.values:
        if key == "refl":
            return _is_reflexive(tok)
        if key == "obj":
            return bool(_objects(tok))
        if key == "noobj":
            # « un chalutier a sombré lundi »: the parser reads a weekday after the verb as its object
            # ; a span of time that counts a thing is a real object ("ending 12 years of Republican rule")
            return not any(not _temporal_word(o) or _counted_span(o) for o in _objects(tok)) and not _reduced_relative_object(tok)
        if key == "clause":
            return _has_clause(tok)
        if key == "inf":
            return _has_infinitive(tok)
        if key == "passive":
            return _is_passive(tok)
        if key == "imperative":
            return _is_imperative(tok)
        if key == "question":
            return _is_question(tok)
        if key in ("neg", "cessative"):
            neg, ces = (
                _verb_polarity(tok, lang)
                if tok.pos_ in ("VERB", "AUX")
                else (False, False)
            )
            return neg if key == "neg" else ces
        return False
    if key == "obj":
        if any(_token_matches(t, cond.values) for t in _objects(tok)):
            return True
        # "une trentaine de personnes ont été tuées": a quantity noun stands for its "de X" complement,
        # and so does a number counted out of a group ("will close 40 of its 180 branches") and a
        # share of one (« a interpellé une partie des manifestants »; ``xx/partitive_heads``)
        if any(
            _token_matches(h, cond.values)
            for t in _objects(tok)
            if _lemma(t) in word_set("xx", "quantity_nouns") or _lemma(t) in word_set("xx", "partitive_heads")
            or (t.pos_ == "NUM" and t.like_num)
            for p, h, _ in _complements(t)
            if t.pos_ != "NUM" or p in ("of", "de", "des", "d'", "d’")
        ):
            return True
        # The noun a passive participle modifies ("Marie Dupont, nommée directrice") and the
        # subject of a headline's reduced passive ("Jane Roe named CEO") are its objects.
        if tok.pos_ == "VERB" and _is_passive(tok) and tok.dep_ in ("acl", "acl:relcl"):
            return _token_matches(tok.head, cond.values)
        if _reduced_passive(tok):
            return any(c.dep_ in _SUBJ and _token_matches(c, cond.values) for c in tok.children)
        return False
    if key == "comp":
        if any(_token_matches(h, cond.values) for _, h, _ in _complements(tok)):
            return True
        if any(_token_matches(h, cond.values) for h in _complements_under_time(tok)):
            return True
        # "en Virginie, où Obama se rendra": a relative "où" stands for the noun before it.
        place = _locative_antecedent(tok)
        if place is not None:
            return _token_matches(place, cond.values)
        after = _incise_complement(tok)
        if after is not None and _token_matches(after, cond.values):
            return True
        # "faire appel de la décision": the complement hangs from the support verb of the noun.
        support = _support_verb(tok, lang) if tok.pos_ == "NOUN" else None
        return support is not None and any(
            h.i != tok.i and _token_matches(h, cond.values) for _, h, _ in _complements(support)
        )
    if key == "subj":
        # « Ryanair, qui a dû supprimer 400 vols, a réclamé »: the noun before the relative clause
        subj = _object_controller(tok, lang) or _subject(tok) or (_subject_before_relative(tok) if tok.pos_ == "VERB" else None)
        if subj is None:
            return False
        if _token_matches(subj, cond.values):
            return True
        if any(c.dep_ == "amod" and c.pos_ == "NOUN" and c.i > subj.i and _token_matches(c, cond.values) for c in subj.children):
            # « Un violent incendie s'est déclaré »: the parser read the adjective before the noun as
            # the head and the noun as its modifier; the noun is the subject
            return True
        # "des milliers de personnes se sont rassemblées": the quantity noun stands for its complement.
        return _lemma(subj) in word_set("xx", "quantity_nouns") and any(
            _token_matches(h, cond.values) for _, h, _ in _complements(subj)
        )
    if key == "mod":
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "nn")]
        if (
            tok.dep_ == "compound"
        ):  # "clinical trial results": "clinical" hangs from "results"
            mods += [
                c
                for c in tok.head.children
                if c.dep_ in ("amod", "compound") and c.i < tok.i
            ]
        return any(_token_matches(c, cond.values) for c in mods)
    if key == "pred":
        return any(_predicate_word(c) in cond.values for c in _predicates(tok))
    if key == "next":
        following = [t for t in tok.doc[tok.i + 1 : tok.i + 2] if not t.is_space]
        return any(_token_matches(t, cond.values) for t in following)
    if key == "head":
        # "a weight-loss pill": the noun after the trigger that it modifies as a compound names a kind
        # of thing, the trigger no event
        return (
            tok.dep_ in ("compound", "nmod", "amod")
            and tok.head.i > tok.i
            and tok.head.pos_ in ("NOUN", "PROPN")
            and _token_matches(tok.head, cond.values)
        )
    if key == "as":
        # e39b: the noun of the trigger's own "as" phrase ("named him as Dan Cope": who he is, not
        # what he becomes, as in "named her as its chief executive")
        return any(p == "as" and _token_matches(h, cond.values) for p, h, _ in _complements(tok))
    if key == "prev":  # the word right before ("attentat-suicide": a hyphen)
        preceding = [t for t in tok.doc[max(0, tok.i - 1) : tok.i] if not t.is_space]
        return any(_token_matches(t, cond.values) for t in preceding)
    if key == "vprep":
        # « a fait appel, mercredi, à un cabinet », « fait appel d'urgence aux pompiers »: the parser
        # hangs the complement from the support verb of the noun, not from the noun, or from an
        # adverbial phrase under that verb (« fait appel une nouvelle fois aux bénévoles »); not from
        # the noun's own complement (« fait appel de sa condamnation à cinq ans »)
        support = _support_verb(tok, lang) if tok.pos_ == "NOUN" else None
        if support is None:
            return False
        for child in support.children:
            if child.i <= tok.i or not child.dep_.startswith(("obl", "iobj")):
                continue
            heads = [child]
            if child.dep_ == "obl:mod" and not any(g.dep_ == "case" and _prep_norm(g.lemma_) == "de" for g in child.children):
                heads += [c for c in child.children if c.dep_ == "nmod"]
            if any(g.dep_ == "case" and (_prep_norm(g.lemma_) in cond.values or _prep_norm(g.text) in cond.values)
                   for h in heads for g in h.children):
                return True
        return False
    if key == "case":
        return _case_of(tok) in cond.values
    if key == "prep":
        if "with" in cond.values and _stranded_with(tok) is not None:
            return True
        for child in tok.children:
            if child.dep_ in ("prep", "prt", "agent", "dative", "compound:prt") and (
                _lemma(child) in cond.values or child.lower_ in cond.values
            ):
                return True
            if child.dep_.startswith(("obl", "nmod", "xcomp", "advcl", "ccomp", "acl")):
                for grand in child.children:
                    if (
                        grand.dep_ in ("case", "mark")
                        and _prep_norm(grand.lemma_) in cond.values
                    ):
                        return True
                    if (
                        grand.dep_ in ("case", "mark")
                        and _prep_norm(grand.text) in cond.values
                    ):
                        return True
        return any(
            g.dep_ == "case" and (_prep_norm(g.lemma_) in cond.values or _prep_norm(g.text) in cond.values)
            for sub in _complements_under_time(tok)
            for g in sub.children
        )
    return False



def _stranded_with(tok: Token) -> Token | None:
    """The object of an English "with" right after a verb's direct object that the parser hung
    on a verb above it ("won a contract to supply the Air Force (USAF) with tankers": "with" on
    "won"): a "with" that closes the object's phrase is the verb's own."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or not (_is_name_like(obj) or _is_speaker(obj) or _is_human(obj)):
        return None  # "to supply engines with Beta": a thing supplied, Beta a partner
    k = obj.right_edge.i + 1
    if k >= len(tok.doc):
        return None
    prep = tok.doc[k]
    if prep.lower_ != "with" or prep.dep_ != "prep" or prep.head.i == tok.i or not prep.head.is_ancestor(tok):
        return None
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _locative_antecedent(tok: Token) -> Token | None:
    """The noun a relative "où" / "where" opening ``tok``'s clause stands for: the noun right
    before it (a comma between), wherever the parser hung the clause."""
    if tok.dep_ != "acl:relcl":
        return None
    rel = next(
        (c for c in tok.children if c.i < tok.i and c.lower_ in word_set("xx", "locative_relatives")), None
    )
    if rel is None:
        return None
    for prev in reversed(tok.doc[max(0, rel.i - 3) : rel.i]):
        if prev.is_punct:
            continue
        return prev if prev.pos_ in ("NOUN", "PROPN") else None
    return None


def _stopped_activity(tok: Token, lang: str) -> bool:
    """(e39a) An -ing form naming the activity that a freeze, a pause or a ban stops ("a hiring freeze",
    "froze hiring", "paused recruiting": ``<lang>/stopped_activity_heads``): the modifier of such a
    noun or the gerund under such a verb, which is no act of its own (nobody was hired)."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("amod", "compound", "xcomp", "dobj", "nmod"):
        return False
    head = tok.head
    if head.i == tok.i or _lemma(head) not in word_sets("stopped_activity_heads").get(lang, frozenset()):
        return False
    # a modifier before its noun ("hiring freeze"), a gerund after its verb ("froze hiring")
    return head.i > tok.i if head.pos_ == "NOUN" else head.pos_ == "VERB" and tok.i == head.i + 1


def _requirements_hold(entry: TriggerEntry, tok: Token, lang: str) -> bool:
    for group in entry.requires:
        if not any(_check(c, tok, lang) != c.negated for c in group):
            return False
    return True


def _select_entry(
    lexicon: TriggerLexicon, tok: Token, lang: str
) -> TriggerEntry | None:
    if tok.pos_ not in ("VERB", "NOUN") or (tok.pos_ == "VERB" and tok.dep_ == "prep"):
        # a participle used as a preposition is no act: "starting May 1", "beginning next month"
        return None
    if _stopped_activity(tok, lang):
        return None
    lemma = _lemma(tok)
    rows = lexicon.lookup(lang, lemma, tok.pos_)
    # A negated trigger is kept (the event gets polarity NEG); rows that require ``neg`` or
    # ``cessative`` come first in the file and take precedence ("ne plus vendre").
    for entry in rows:
        if _requirements_hold(entry, tok, lang):
            return entry
    # Default rows (lemma "*"): any other verb is an event of a general type ("the plane landed
    # safely"), except the light and stative verbs of non_event_verbs.
    defaults = lexicon.default(lang, tok.pos_)
    if (
        not defaults
        or len(lemma) < 2
        or not lemma.isalpha()
        or lemma in word_sets("non_event_verbs").get(lang, frozenset())
    ):
        return None
    for entry in defaults:
        if _requirements_hold(entry, tok, lang):
            return entry
    return None


# --------------------------------------------------------------------------------------------------
# Arguments
# --------------------------------------------------------------------------------------------------


def _is_name_like(tok: Token) -> bool:
    ent = tok.ent_type_
    return tok.pos_ == "PROPN" or (bool(ent) and ent not in _NON_NAME_ENTS)


def _np_tokens(tok: Token) -> list[int]:
    """Head of a noun phrase plus its name parts (compound, flat, proper-noun nmod and appos)."""
    keep = {tok.i}
    stack = [tok]
    speaker = _person_after_organisation(tok) if tok.lang_ == "fr" else None
    while stack:
        cur = stack.pop()
        for child in cur.children:
            dep = child.dep_
            take = False
            if dep in _NAME_DEPS:
                take = True
            elif dep == "conj" and _ampersand_name(cur, child):
                # "Northern Aerospace Defence & Space NV": one name, joined by "&"
                take = True
            elif dep in ("appos", "amod") or (
                dep.startswith("nmod") and dep != "nmod:poss"
            ):
                take = (_is_name_like(child) or any(
                    _is_name_like(g) for g in child.children if g.dep_ in _NAME_DEPS
                )) and not (
                    # « le rachat d'Activision par Microsoft »: the parse hangs the agent of the
                    # event noun on its object; a « par » complement is no part of a name
                    dep.startswith("nmod") and _agent_case(child)
                ) and not (
                    # "à l'AFP Jean-Philippe Magnen": a person's name is no part of an organisation's
                    dep == "appos" and _ent(cur) == "ORG" and _ent(child) == "PER"
                ) and not (
                    # « François Brottes (PS) »: a person's party or office in brackets is no part
                    # of the name
                    _ent(cur) == "PER" and child.left_edge.i > 0 and tok.doc[child.left_edge.i - 1].text == "("
                ) and not (
                    # « Le ministre de la Santé (Parti socialiste) a annoncé »: a bracketed name whose
                    # closing bracket the parse hung elsewhere would leave the span's bracket open
                    # (a person's name stays, its bracket closed: « la secrétaire générale de la CGT
                    # (Sophie Binet) » names who holds the office)
                    _unclosed_bracket(child) and _ent(child) != "PER"
                ) and not (
                    # « Un homme interpellé à Lyon »: a name after a participle or relative clause
                    # of the noun is that clause's complement, whatever the parse hung it on (a
                    # name in apposition still names the noun: « le juge nommé hier, Paul Roux »)
                    dep.startswith("nmod") and _clause_between(cur, child)
                ) and not (
                    # « a reçu les représentants des agriculteurs à Matignon »: a place after « à »,
                    # « dans » is where the clause happens, no part of a name
                    dep.startswith("nmod") and _located_place(child)
                )
            elif (
                dep == "prep" and cur.pos_ in ("NOUN", "PROPN") and child.lower_ == "of"
            ):
                take = any(_is_name_like(g) for g in child.children if g.dep_ == "pobj")
                if take:
                    keep.add(child.i)
                    child = next(g for g in child.children if g.dep_ == "pobj")
            if (
                take
                and "\n"
                in doc_text(tok.doc)[min(child.idx, cur.idx) : max(child.idx, cur.idx)]
            ):
                take = False
            if take and speaker is not None and child.i >= speaker.i:
                # « à l'AFP Gilles-Éric Séralini », « à l'agence Reuters Pierre Martin »: the
                # person after an organisation's name is no part of it (the parse hangs the
                # postposed speaker there)
                take = False
            if take and child.i not in keep:
                keep.add(child.i)
                stack.append(child)
                if _unclosed_bracket(child):
                    end = child.right_edge.i + 1
                    if end < len(tok.doc) and tok.doc[end].text == ")":
                        keep.add(end)
    if tok.lang_ == "fr" and tok.pos_ == "NOUN" and max(keep) <= tok.i + 2:
        # (the parse may have taken a lower-case adjective it tagged a proper noun: « nantaise »)
        after = _name_after_adjectives(tok) or _name_after_complement(tok)
        if after and set(range(tok.i + 1, max(keep) + 1)) <= set(after):
            keep.update(after)
    if tok.lang_ == "fr":
        last = tok.doc[max(keep)]
        if last.ent_iob_ in ("B", "I") and last.ent_type_ in ("PER", "ORG"):
            # « du président Emmanuel Macron »: the parse hung the surname elsewhere; the
            # model's name goes on to its end
            end = last.i + 1
            # (capitalised words only: « le PSG lundi » is no name however the model reads it)
            while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I" and tok.doc[end].text[:1].isupper():
                end += 1
            keep.update(range(last.i, end))
    return sorted(keep)


def _name_after_adjectives(head: Token) -> list[int]:
    """French: the adjectives and the name right after a common noun ``head`` (« la start-up
    nantaise Kalio », « la biotech bordelaise Genlys », « le chanteur belge Lucas Verhaegen »),
    which names what the noun describes, however the parse hung them (on the adjective, on the
    verb as a second object, or as the root of a sentence of its own). One or two lower-case
    adjectives between, on one line, and a name entity that starts right after them."""
    doc = head.doc
    i = head.i + 1
    adjectives: list[int] = []
    while (
        i < len(doc)
        and len(adjectives) < 2
        and doc[i].pos_ in ("ADJ", "PROPN")
        and doc[i].text.isalpha()
        and doc[i].text.islower()
        and not doc[i].ent_type_
        and doc[i - 1].whitespace_
    ):
        adjectives.append(i)
        i += 1
    if not adjectives or i >= len(doc) or not doc[i - 1].whitespace_:
        return []
    name = _name_from(head, i, ("ORG", "PER", "LOC", "MISC"))
    return [*adjectives, *name] if name else []


def _name_after_complement(head: Token) -> list[int]:
    """French: the complement and the name after a noun that describes an organisation
    (``organisation_descriptors``) by its trade: « le fabricant d'électroménager Altéa », « le
    géant de la distribution Walmart », « le spécialiste français du pneu Vianor ». The name is
    what the noun describes, though the parse hangs it on the complement; a place there is the
    complement's (« le fabricant de meubles de Lyon »). A lower-case adjective may stand before the
    preposition, an article after it, and one after the complement's noun."""
    doc = head.doc
    if head.pos_ != "NOUN" or _lemma(head) not in word_sets("organisation_descriptors").get("fr", frozenset()):
        return []
    i = head.i + 1
    taken: list[int] = []
    if i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].text.isalpha() and doc[i].text.islower():
        taken.append(i)
        i += 1
    if i >= len(doc) or doc[i].lower_.replace("’", "'") not in word_set("fr", "trade_complement_prepositions"):
        return []
    taken.append(i)
    i += 1
    if i < len(doc) and doc[i].pos_ == "DET" and doc[i].lower_.replace("’", "'") in word_set("fr", "trade_complement_articles"):
        taken.append(i)
        i += 1
    if i >= len(doc) or doc[i].pos_ != "NOUN" or not doc[i].text.islower():
        return []
    taken.append(i)
    i += 1
    if i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].text.isalpha() and doc[i].text.islower() and not doc[i].ent_type_:
        taken.append(i)
        i += 1
    if i >= len(doc) or not doc[i - 1].whitespace_:
        return []
    name = _name_from(head, i, ("ORG", "PER", "MISC"))
    return [*taken, *name] if name else []


def _name_from(head: Token, i: int, types: tuple[str, ...]) -> list[int]:
    """The tokens of the name entity of one of ``types`` that starts at ``i`` and names what the
    noun ``head`` before it describes: on the head's line, and not the subject of a clause of its
    own after an object's noun. Empty otherwise."""
    doc = head.doc
    first = doc[i]
    if first.ent_iob_ != "B" or first.ent_type_ not in types or not _is_name_like(first):
        return []
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if "\n" in doc_text(doc)[head.idx : doc[end - 1].idx]:
        return []
    if head.head.i < head.i and (
        (end < len(doc) and doc[end].pos_ in ("AUX", "VERB"))
        or any(doc[k].dep_.startswith("nsubj") and doc[k].head.i >= end for k in range(i, end))
    ):
        # an object's name that is the subject of the next clause: « a accusé le gouvernement
        # français Macron a répondu » (a subject's own name may be followed by its verb)
        return []
    return list(range(i, end))


def _ampersand_name(head: Token, conj: Token) -> bool:
    """Whether ``conj`` goes on the name of ``head`` after an "&" inside one entity of the model
    ("Defence & Space NV", "Procter & Gamble"): the parse coordinates the two halves."""
    doc = head.doc
    if not head.ent_type_ or head.ent_type_ != conj.ent_type_ or conj.i < head.i:
        return False
    between = doc[head.i + 1 : conj.left_edge.i]
    return any(t.text == "&" for t in between) and all(t.ent_type_ == head.ent_type_ and t.ent_iob_ == "I" for t in doc[head.i + 1 : conj.i + 1])


def _comma_joined_subject(tok: Token) -> Token | None:
    """The other name of a headline's subjects joined by a comma, which the parse gives the verb as
    two subjects ("Chile's Codelco, Japan's Mitsui agree lithium venture": both agree): an English
    plural present whose subjects are each one singular name with only a comma between them. A past
    ("A storm swept the state, killing two, officials said") folds a clause instead."""
    verb = tok.head
    if tok.lang_ != "en" or tok.dep_ != "nsubj" or verb.tag_ != "VBP" or verb.i < tok.i or not _listed_name(tok):
        return None
    others = [c for c in verb.children if c.dep_ == "nsubj" and c.i != tok.i]
    if len(others) != 1 or not _listed_name(others[0]) or "Plur" in _morph(others[0], "Number") \
            or "Plur" in _morph(tok, "Number"):
        return None
    first, second = sorted((tok, others[0]), key=lambda t: t.i)
    between = tok.doc[first.right_edge.i + 1 : second.left_edge.i]
    return others[0] if [t.text for t in between] == [","] else None


def _stranded_first_member(tok: Token) -> Token | None:
    """The first name of a sentence-initial coordinated subject that the parse cut off as a root of
    its own (« Paris et Berlin ont signé », "Paris" a root, "Berlin" the subject): the name before an
    additive conjunction right before the subject ``tok``, heading nothing but its own name parts."""
    doc = tok.doc
    left = tok.left_edge
    if left.dep_ == "cc" and left.head.i == tok.i:
        left = doc[left.i + 1]  # « Fabrel et le fonds Kerlan ont signé »: the conjunction hangs on the subject
    if not tok.dep_.startswith("nsubj") or left.i < 2:
        return None
    cc = doc[left.i - 1]
    if cc.dep_ != "cc" or cc.lower_ not in word_set("xx", "additive_conjunctions") or cc.head.i not in (tok.i, tok.head.i):
        return None
    name = doc[cc.i - 1]
    while name.head.i != name.i and name.dep_ in _NAME_DEPS and name.head.i < cc.i:
        name = name.head
    if name.dep_ != "ROOT" or name.head.i != name.i or not _listed_name(name):
        return None
    # the name opens the sentence, or a sentence of its own the segmenter ended at the conjunction
    if name.left_edge.i != name.sent.start or not (name.sent.end == cc.i or name.sent.start == tok.sent.start):
        return None
    if any(c.dep_ not in _NAME_DEPS for c in name.children if c.i != cc.i):
        return None
    return name


def _own_name(tok: Token, other: Token) -> bool:
    """Whether ``other`` lies in a named entity of its own, not in the one ``tok`` lies in."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return not start <= other.i < end


# The named participants a coordination lists: people, organisations, places and products.
_COORDINATED_NAMES = frozenset({"PER", "ORG", "LOC", "PRODUCT"})


def _listed_name(tok: Token) -> bool:
    """Whether ``tok`` is the head of a name that may take part in an event: a participant's entity,
    or a proper noun outside any entity (the model misses many invented names), never a date or an
    amount."""
    if tok.ent_type_:
        return _ent(tok) in _COORDINATED_NAMES
    if tok.pos_ == "NOUN" and tok.lang_.startswith("fr"):
        return _described_name(tok)
    if tok.pos_ == "NOUN" and len(tok.text) > 1 and tok.text.isupper() and tok.is_alpha:
        return True  # an acronym the tagger took for a common noun ("the WHO and UNICEF")
    return tok.pos_ == "PROPN" and len(tok.text) > 1 and tok.text[:1].isupper()


def _described_name(tok: Token) -> bool:
    """Whether a French common noun is the descriptor of the name right after it, which heads the
    phrase (« le fonds Kerlan », « la société Dravel », ``fr/organisation_descriptors``): the
    phrase names an organisation as the name alone would."""
    if _lemma(tok) not in word_set("fr", "organisation_descriptors") or tok.i + 1 >= len(tok.doc):
        return False
    name = tok.doc[tok.i + 1]
    return (
        name.head.i == tok.i
        and name.text[:1].isupper()
        and len(name.text) > 1
        and (name.pos_ == "PROPN" or bool(name.ent_type_))
    )


def coordinated_members(tok: Token | None, *, trigger: Token, events: Container[int] = ()) -> list[Token]:
    """The other members of the coordination whose member ``tok`` is an event's participant
    ("**France** and Germany signed the treaty", "bought **Alpha** and Beta", « **Paris** et Berlin
    ont signé »): each takes part in the event as ``tok`` does.

    Only an additive coordination (``xx/additive_conjunctions``: "and", "&", « et ») counts: "Acme
    or Beta" and "neither Acme nor Beta" name alternatives, not participants. A member that is the
    second half of one name ("Procter & Gamble"), an event word itself (``events``: "announced the
    merger and the layoffs"), a date, or that lies across the trigger is left out.

    Names only, on both sides: the lists of common nouns a parse coordinates ("CEO and co-founder
    Steve Jobs", "record video and sound", "between $12 million and $20 million") are titles,
    ranges and sets of things far more often than a second participant."""
    if tok is None or not _listed_name(tok):
        return []
    members = [m for m in tok.conjuncts if _listed_name(m) and m.dep_ in ("conj", tok.dep_) and _own_name(tok, m)]
    stranded = _stranded_first_member(tok)
    if stranded is not None:
        return [stranded] if stranded.i not in events else []
    comma = _comma_joined_subject(tok)
    if comma is not None:
        return [comma] if comma.i not in events else []
    titles = word_sets("role_titles").get(tok.lang_[:2], frozenset())
    if any(m.lower_ in titles for m in (tok, *members)):
        return []  # "Acme CEO and co-founder Jane Roe": two titles of one person
    first = min([tok, *members], key=lambda t: t.i)
    if not members or _case_of(first) in word_set("xx", "reciprocal_prepositions"):
        # "a dispute between Airbus and Boeing", « les négociations entre Renault et Nissan »: a
        # relation of two sides, not an act of both
        return []
    group = [tok, *members]
    words = [c.lower_ for m in group for c in m.children if c.dep_ == "cc"]
    additive = word_set("xx", "additive_conjunctions")
    if not words or any(w not in additive for w in words):
        return []
    if any(c.dep_ == "preconj" and c.lower_ != "both" for m in group for c in m.children):
        return []  # "either Acme or Beta", « soit Acme soit Beta »
    own = set(_np_tokens(tok))
    found: list[Token] = []
    negations = word_set("xx", "excluding_negations")
    for m in sorted(members, key=lambda t: t.i):
        if m.i in own or _ampersand_name(tok, m) or _ampersand_name(m, tok):
            continue
        # a second half of another member's name ("Dalby Air and Kelso Lease & Finance": not
        # "Finance"), which the parse chains to the coordination as one more conjunct
        if any(not _own_name(f, m) or _ampersand_name(f, m) for f in found):
            continue
        if min(tok.i, m.i) < trigger.i < max(tok.i, m.i) or m.i in events:
            continue
        if _temporal_word(m):
            continue
        if any(c.i < m.i and c.lower_ in negations for c in m.children):
            continue  # "Halbury and not Ferrow won", « Vinci et non Eiffage »: the one left out
        if _subject_of_next_clause(m):
            continue
        found.append(m)
    return found


def _subject_of_next_clause(member: Token) -> bool:
    """Whether the last name of a coordination is rather the subject of the clause right after it,
    which the parse hung on the event's clause without a subject of its own ("Acme fired Ann Bell and
    Tom Ryan has quit", "police questioned Ann Bell and Tom Ryan resigned": "Tom Ryan" quit or
    resigned, he was not fired or questioned)."""
    doc = member.doc
    i = member.right_edge.i + 1
    while i < len(doc) and doc[i].pos_ in ("AUX", "ADV", "PART") and doc[i].head.i > i:
        i += 1  # "Tom Ryan has quit", "Tom Ryan later quit"
    if i >= len(doc):
        return False
    verb = doc[i]
    return (
        verb.pos_ == "VERB"
        and verb.dep_ in ("conj", "ccomp")
        and verb.head.i < member.i
        and not any(c.dep_.startswith(("nsubj", "expl")) for c in verb.children)
    )


def _unclosed_bracket(child: Token) -> bool:
    """Whether ``child`` opens right after a « ( » and its own words do not hold the « ) » that
    closes it: the name in brackets stops short of its closing bracket."""
    doc = child.doc
    start = child.left_edge.i
    if start == 0 or doc[start - 1].text != "(":
        return False
    return not any(t.text == ")" for t in child.subtree)


def _clause_between(noun: Token, child: Token) -> bool:
    """Whether a verb clause of ``noun`` (a participle or relative clause: « un homme interpellé à
    Lyon », « une femme agressée à Lille ») lies between the noun and its dependent ``child``."""
    return any(
        c.dep_.startswith("acl") and c.pos_ in ("VERB", "AUX") and noun.i < c.i < child.i
        for c in noun.children
    )


def _located_place(tok: Token) -> bool:
    """A French place name introduced by a preposition of ``fr/place_only_prepositions`` (« à
    Matignon », « dans le Var »), which locates, never names."""
    if not tok.lang_.startswith("fr") or _ent(tok) != "LOC":
        return False
    words = word_set("fr", "place_only_prepositions")
    # a name the parse took for a second « case » of the place (« la société Solvanex à Paris »)
    # stays with the noun, and the place with it
    cases = [c for c in tok.children if c.dep_ == "case"]
    # « au Japon », « aux Pays-Bas »: the article contracted with « à » locates too
    return any(_prep_norm(c.lower_) in words for c in cases) and not any(c.ent_type_ for c in cases)


def _on_behalf_of(tok: Token) -> Token | None:
    """X in « de la part de X », « à l'initiative de X », « sous l'impulsion de X »
    (``fr/agent_locution_nouns``: the noun and the prepositions that open its locution), whose act
    the event is: the noun of the locution after its preposition and definite article, and its own
    « de » complement. Not the same noun with another preposition or article (« pour sa part », « une
    initiative de la mairie »: a noun of its own)."""
    if not tok.lang_.startswith("fr"):
        return None
    opening = word_maps("agent_locution_nouns").get("fr", {}).get(_lemma(tok))
    if opening is None:
        return None
    if not (any(c.dep_ == "case" and c.lower_ in opening.split("|") for c in tok.children)
            and any(c.dep_ == "det" and c.lower_ in ("la", "l'", "l’") for c in tok.children)):
        return None
    return next(
        (c for c in tok.children if c.dep_.startswith("nmod") and c.i > tok.i
         and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’", "du", "des") for g in c.children)),
        None,
    )


def _subject_before_relative(verb: Token) -> Token | None:
    """The subject of a French verb that follows a relative clause set off by commas (« Renault,
    dont le PDG a démissionné lundi, a annoncé », « Le groupe, qui a perdu 2 milliards, a
    annoncé »), when the parser made the verb a second root or a conjunct of the relative clause's
    verb: the noun the relative clause describes. None for a passive verb, a verb with a subject of
    its own, or anything else before the comma."""
    if not verb.lang_.startswith("fr") or verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj", "advcl", "ccomp"):
        return None
    if any(c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ for c in verb.children) or _has_passive_aux(verb):
        return None
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i])
    if first < 2 or verb.doc[first - 1].text != ",":
        return None
    cur = verb.doc[first - 2]
    for _ in range(10):
        if cur.dep_ == "acl:relcl":
            break
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    else:
        return None
    noun = cur.head
    if noun.i >= cur.i or noun.pos_ not in ("NOUN", "PROPN") or cur.dep_ != "acl:relcl":
        return None
    if not (
        noun.dep_ == "ROOT" and verb.dep_ == "ROOT"
        or verb.dep_ == "conj" and verb.head.i == cur.i
        # « Le président, Jacques Rey, qui avait été nommé en 2021, a démissionné »: the finite verb
        # group after the relative clause hung on the relative clause's verb as an adverbial
        or noun.dep_ == "ROOT" and verb.dep_ == "advcl" and verb.head.i == cur.i and _finite_group(verb)
        # « Le club, qui a recruté trois joueurs cet été, a limogé son entraîneur »: or as a complement
        # clause with no conjunction of its own (a real one opens with « que »)
        or (
            noun.dep_ == "ROOT" and verb.dep_ == "ccomp" and verb.head.i == cur.i and _finite_group(verb)
            and not any(c.dep_ == "mark" for c in verb.children)
        )
        # « Ryanair, qui a dû supprimer 400 vols, a réclamé une réforme »: the noun hung on the
        # verb as a bare adverbial, with no preposition, at the start of the sentence
        or (
            verb.dep_ == "ROOT" and noun.head.i == verb.i and noun.dep_.startswith("obl")
            and noun.left_edge.is_sent_start and not any(c.dep_ == "case" for c in noun.children)
            and _finite_group(verb)
        )
    ):
        return None
    # the relative clause opens right after the noun's phrase and a comma
    if verb.doc[cur.left_edge.i - 1].text != "," if cur.left_edge.i > 0 else True:
        return None
    return noun


def _finite_group(verb: Token) -> bool:
    """Whether the verb or one of its auxiliaries is finite (« a démissionné », « démissionne »)."""
    return any((t is verb or t.dep_.startswith("aux")) and "Fin" in _morph(t, "VerbForm") for t in (verb, *verb.children))


def _agent_under_complement(tok: Token) -> Token | None:
    """The agent complement (« par X », labelled as one) of a passive verb that the parser hung on
    a noun after the verb: the predicative noun (« élu maire par le conseil », « nommé directeur par
    le conseil d'administration ») or a complement of the verb (« placé en garde à vue par les
    gendarmes », « condamné à deux ans de prison par le tribunal »). A « par » with a determiner
    or a name only (:func:`_agent_case`): « par intérim », « par balle » are manners."""
    for child in tok.children:
        if child.i < tok.i or not child.dep_.startswith(("xcomp", "obl", "obj")) or source_complement(child):
            continue  # « selon un bilan établi par la préfecture »: who drew up the source
        for sub in child.subtree:
            if sub.i != child.i and sub.dep_ in ("obl:agent", "nmod") and _agent_case(sub) and not _under_other_verb(sub, child):
                return sub
    return None


def _by_on_kept_object(verb: Token) -> Token | None:
    """The object of an English "by" that the parser hung on the object a passive ``verb`` keeps
    ("Acme was fined 2 million euros by the regulator", "was awarded a contract by the city"), right
    after that object's words; only a name or an agentive noun ("by the regulator"), never a means
    ("was paid a bonus by cheque", "was sent a letter by mistake")."""
    words = word_set("xx", "agent_prepositions")
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj") or obj.i < verb.i:
            continue
        for sub in obj.children:
            if sub.dep_ != "prep" or sub.lower_ not in words or sub.i != max(t.i for t in obj.subtree if t.i < sub.i) + 1:
                continue
            agent = next((c for c in sub.children if c.dep_ == "pobj"), None)
            if agent is not None and (_is_name_like(agent) or _lemma(agent) in word_set("xx", "agentive_nouns")):
                return agent
    return None


def _by_after_aside(verb: Token) -> Token | None:
    """The object of an English "by" right after a comma that closes an aside between a passive
    ``verb`` and it ("was acquired in 2019, after months of talks, by Gamma Holdings"), when the
    parser hung it on a word of the aside and no passive verb of the aside takes it; only a name
    or an agentive noun ("by the regulator"), never a means ("by cutting costs")."""
    doc = verb.doc
    for sub in verb.subtree:
        if sub.i <= verb.i + 1 or sub.head.i == verb.i or doc[sub.i - 1].text != ",":
            continue
        if sub.dep_ not in ("prep", "agent") or sub.lower_ not in word_set("xx", "agent_prepositions"):
            continue
        if not any(t.text == "," for t in doc[verb.i + 1 : sub.i - 1]):
            continue  # no aside opened after the verb
        up = sub.head
        own = False
        while up.i != verb.i:
            if up.pos_ in ("VERB", "AUX") and _is_passive(up):
                own = True  # "a year after it was sued, by X": the aside's own passive
                break
            up = up.head
        obj = next((c for c in sub.children if c.dep_ == "pobj"), None)
        if own or obj is None:
            continue
        if _is_name_like(obj) or _lemma(obj) in word_set("xx", "agentive_nouns"):
            return obj
    return None


def _under_other_verb(sub: Token, top: Token) -> bool:
    """Whether a verb between ``sub`` and ``top`` (its ancestor) governs ``sub``: the agent of a
    participle of its own (« blessées, selon un communiqué publié par la mairie »: the statement's
    publisher, not who injured)."""
    tok = sub.head
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.pos_ == "VERB":
            return True
        tok = tok.head
    return False


def _agent_case(tok: Token) -> bool:
    """Whether ``tok`` is introduced by a preposition of the agent (« par X »; ``xx/agent_prepositions``)
    and can be one (not « par hasard »: :func:`_manner_noun`)."""
    return any(c.dep_ == "case" and c.lower_ in word_set("xx", "agent_prepositions") for c in tok.children) and not _manner_noun(tok)


def _manner_noun(tok: Token) -> bool:
    """A French common noun with no determiner, number or name of its own after « par »: a manner,
    a means or a rate (« par hasard », « par tranches », « par téléphone », « par action »), never
    who does the act, which French introduces with a determiner (« par la police ») or a name. A count
    or share of votes and the noun of a fixed locution do so with a determiner or a number (« élu
    par 312 voix », « par 52 % des suffrages », « par la suite »; ``fr/par_manner_nouns``)."""
    if tok.lang_.startswith("en"):
        return _margin(tok)
    if not tok.lang_.startswith("fr") or tok.pos_ != "NOUN":
        return False
    if _lemma(tok) in word_set("fr", "par_manner_nouns") or tok.text == "%":
        return True
    if _capitalised_name(tok):
        return False  # « le rachat de Norvia par Altéa »: a name the tagger read as a common noun acts
    return not any(c.dep_ in ("det", "nummod", "nmod:poss") or c.dep_.startswith("flat") for c in tok.children)


def _sum_of_money(tok: Token) -> bool:
    """A French noun heading a sum of money: a currency after a number (« 500 euros », « de
    millions d'euros »), or « million », « milliard » with a number and a currency or nothing after
    it (« 200 millions d'euros », « a versé 3 millions »), never a count of people or things (« deux
    millions de personnes »). A sum paid, fined or granted is no participant of the act: the payer,
    the fined party and who receives are (``fr/currency_nouns``, ``fr/amount_nouns``). In English,
    the head of an amount the recogniser tags as money ("a fine of 20 million pounds", "paid $3
    million")."""
    if tok.lang_.startswith("en"):
        if tok.ent_type_ == "MONEY" and tok.pos_ in ("NOUN", "PROPN", "NUM", "SYM"):
            return True
        # the recogniser misses some sums ("a fine of 2 million euros"): a currency after a number
        currencies = word_set("en", "currency_names") | word_set("en", "currency_nouns")
        return (tok.lower_ in currencies or _lemma(tok) in currencies) and (
            any(c.dep_ == "nummod" or c.like_num for c in tok.children if c.i < tok.i)
            or (tok.i > 0 and tok.doc[tok.i - 1].like_num)
        )
    if not tok.lang_.startswith("fr") or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    currency, amounts = word_set("fr", "currency_nouns"), word_set("fr", "amount_nouns")
    numbered = any(c.dep_ == "nummod" or c.like_num for c in tok.children if c.i < tok.i) or (
        tok.i > 0 and tok.doc[tok.i - 1].like_num
    )
    if tok.lower_ in currency or _lemma(tok) in currency:
        return numbered or tok.head.lower_ in amounts
    if tok.lower_ in amounts or _lemma(tok) in amounts:
        # only a « de » complement tells what is counted (« deux millions de personnes »); the parser
        # may also hang who receives on the sum (« a versé deux millions aux communes »)
        genitive = word_set("xx", "genitive_prepositions")
        complements = [
            c for c in tok.children
            if c.i > tok.i and c.dep_.startswith("nmod") and _case_of(c) in genitive
        ]
        if any(c.lower_ in currency or _lemma(c) in currency for c in complements):
            return True
        return numbered and not complements
    return False


def _dative_under_sum(amount: Token) -> Token | None:
    """The « à X » who receives that the parser hung on a sum of money or its currency (« a versé
    2 milliards de dollars à ses actionnaires »): a person, a body or a place that can receive."""
    to = word_set("xx", "to_prepositions")
    for sub in amount.subtree:
        if (
            sub.i > amount.i
            and sub.dep_.startswith("nmod")
            and _case_of(sub) in to  # « à », and « au », « aux » contracted with the article
            and sub.pos_ in ("NOUN", "PROPN")
            # « à ses actionnaires », « à l'association », « aux ravisseurs »: a determined noun or
            # a name, not a rate or a kind (« à taux zéro »)
            and (
                sub.pos_ == "PROPN"
                or any(c.dep_ in ("det", "det:poss", "nmod:poss") for c in sub.children)
                or any(c.dep_ == "case" and c.lower_ in word_set("fr", "definite_contractions") for c in sub.children)
            )
        ):
            return sub
    return None


def _capitalised_name(tok: Token) -> bool:
    """Whether a French common noun is a name the tagger misread: capitalised inside its sentence,
    a named entity of the model, and no online platform (« par Twitter » is a channel,
    ``xx/platforms``) nor an acronym of a medium (« par SMS »)."""
    if tok.is_sent_start or not tok.text[:1].isupper() or tok.text.isupper() or not tok.ent_type_:
        return False
    return tok.text not in word_set("xx", "platforms") and tok.lower_ not in word_map("fr", "channels")


def _margin(tok: Token) -> bool:
    """An English count after "by" that tells by how much, never who did it: a number ("won by
    52-47"), a margin ("by a wide margin") or a unit of ``en/margin_nouns`` with its number and no
    "of" phrase ("failed by 52 votes to 47", "was beaten by two goals", "won by 14 seconds"; not
    "approved by 68 percent of members", whose members voted, nor "killed by 12 gunmen")."""
    if tok.pos_ == "NUM":
        return True
    if tok.pos_ != "NOUN" or _lemma(tok) not in word_set("en", "margin_nouns"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return _lemma(tok) == "margin"
    return _lemma(tok) == "margin" or any(c.dep_ == "nummod" or c.like_num for c in tok.children)


def _fronted_participle_subject(tok: Token) -> Token | None:
    """The subject of the main clause after a present participle that opens the sentence ("Estimant
    que « ... », il vota contre", "Citing rising costs, Acme said"): a participial adjunct has the
    main clause's subject, wherever the parser hung the two clauses."""
    present = _present_participle(tok) and (tok.tag_ == "VBG" or tok.lower_.endswith("ant"))
    if not present or tok.pos_ != "VERB":
        return None
    sent = tok.sent
    if any(not (t.is_punct or t.is_space) for t in tok.doc[sent.start : tok.i]):
        return None
    depth = 0
    comma = None
    for t in tok.doc[tok.i + 1 : sent.end]:
        if t.text in ("«", "“", "(") :
            depth += 1
        elif t.text in ("»", "”", ")"):
            depth = max(0, depth - 1)
        elif t.text == "," and depth == 0:
            comma = t.i
            break
    if comma is None:
        return None
    for t in tok.doc[comma + 1 : sent.end]:
        # a finite verb without a passive auxiliary is active, whatever label its subject got
        active = not _has_passive_aux(t.head)
        subject = t.dep_ in _SUBJ or _personal_expletive(t) or (t.dep_ in _PASS_SUBJ and active)
        if subject and t.head.i > t.i and t.head.pos_ in ("VERB", "AUX"):
            return t
        if t.dep_ in _PASS_SUBJ:
            return None  # "Arguing that ..., the bill was passed": no agent to give
    return None


def _personal_expletive(tok: Token) -> bool:
    """A French « il » / « elle » the parser labels ``expl:subj`` that is a real subject: the
    model gives that label to a sentence-initial « Il précise », « il confie », « il s'oppose »;
    « il faut », « il y a », « il est probable que » stay impersonal (:func:`coref.impersonal`)."""
    return tok.dep_ == "expl:subj" and tok.pos_ == "PRON" and not impersonal(tok, "fr")


def _subject(tok: Token) -> Token | None:
    """Grammatical subject of a verb, inherited along conj / xcomp / participial advcl."""
    relative = misparsed_object_relative(tok)
    if relative is not None:
        return relative[0]  # "The plan, which the board approved": the board
    main = misparsed_main_verb(tok)
    if main is not None:
        return main  # "Last month, the company named Carla Mendes as its CEO": the company
    found = _subject_along(tok)
    # "The plan, which the board approved, will cost": the plan, not the board
    return past_misparsed_relative(found) if found is not None and tok.lang_ == "en" else found


def _subject_along(tok: Token) -> Token | None:
    """:func:`_subject` before the repair of a relative clause the parser cut in two."""
    cur = tok
    french = tok.lang_.startswith("fr")
    adjunct = False  # whether ``cur`` was reached from a French adverbial infinitive or gerund
    for _ in range(6):
        own = _own_subject(cur)
        if own is not None:
            return own
        shared = next((c for c in cur.children if c.dep_ in _PASS_SUBJ), None)
        if shared is not None:
            # a passive: its subject is the patient, unless reached from an active conjunct or
            # from an adverbial (« le ministre a été limogé après avoir critiqué le président »)
            if adjunct:
                return shared
            return shared if cur.i != tok.i and _active_conjunct(tok) and tok.head.i == cur.i else None
        if cur.i != tok.i and french:
            described = _participle_noun(cur)
            if described is not None:
                return described  # « X, soupçonné d'avoir tué sa femme »: X is the one who killed
        if cur.dep_ in ("conj", "xcomp") or (cur.dep_ in ("parataxis", "advcl") and _listed_verb(cur)) or (
            cur.dep_ in ("advcl", "advcl:cleft") and _is_nonfinite(cur)
        ):
            adjunct = french and cur.dep_.startswith("advcl") and not _bare_past_participle(cur)
            cur = cur.head
            continue
        governor = _gerund_governor(cur, "fr" if french else "")
        if governor is not None:
            adjunct = True
            cur = governor
            continue
        detached = _detached_participle_governor(cur)
        if detached is not None:
            cur = detached
            continue
        return None
    return None


def _participle_noun(part: Token) -> Token | None:
    """The noun a French bare past participle describes, when an infinitive depends on the
    participle (« un homme accusé d'avoir frappé un policier », « a arrêté Paul Girard, soupçonné
    d'avoir tué sa femme »): that noun, the participle's patient, is the infinitive's subject. The
    participle hangs on the noun, or, set off by a comma right after the object of its verb, on
    that verb. None otherwise."""
    if not _bare_past_participle(part) or part.pos_ != "VERB":
        return None
    if part.dep_ == "acl" and part.head.pos_ in ("NOUN", "PROPN") and part.head.i < part.i:
        return part.head
    if part.dep_ != "advcl" or part.head.i > part.i or part.i < 1 or part.doc[part.i - 1].text != ",":
        return None
    before = part.doc[part.i - 2] if part.i >= 2 else None
    obj = next((c for c in part.head.children if c.dep_ in _OBJ and c.i < part.i), None)
    if before is None or obj is None or obj.right_edge.i != before.i:
        return None
    return obj


def _detached_participle_governor(tok: Token) -> Token | None:
    """The verb whose subject a French present participle set off by a comma shares when the parse
    hung it on a thing's noun (« Hollande demandait l'ouverture d'une enquête administrative,
    estimant que … »: the one who estimates is Hollande, not the inquiry). Not on a person's or an
    organisation's noun, which the participle may describe (« des manifestants, réclamant … »)."""
    if tok.dep_ != "acl" or not tok.lang_.startswith("fr") or not _present_participle(tok):
        return None
    doc = tok.doc
    noun = tok.head
    if tok.i < 1 or doc[tok.i - 1].text != "," or noun.pos_ != "NOUN" or noun.i > tok.i:
        return None
    people = (word_set("xx", "agentive_nouns"), word_set("fr", "person_role_nouns"), word_set("fr", "human_nouns"))
    cur = noun
    # every noun from the participle's up to the verb is a thing (« des habitants de la commune,
    # réclamant … » may describe the inhabitants)
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if _ent(cur) in ("PER", "ORG") or any(_lemma(cur) in words for words in people) or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _main_clause_of_fronted_infinitive(verb: Token, lang: str) -> Token | None:
    """The subject of the main clause of a fronted French infinitive of sequence that the parser
    made the sentence's root, hanging the main clause under it (« Après avoir racheté Vitalis,
    Danone a licencié 200 salariés »: « licencié » an ``advcl`` of « racheté »): that subject does
    what the infinitive says, as when the parse is right (« le maire a signé avant de partir »).
    The infinitive is opened by a word of ``<lang>/sequence_prepositions``; the main clause is a
    finite verb after it with a subject of its own. None otherwise (« Après avoir signé. »)."""
    if lang != "fr" or not (_is_infinitive(verb) or _is_nonfinite(verb)) or verb.dep_ != "ROOT":
        return None
    words = word_sets("sequence_prepositions").get(lang, frozenset())
    if not any(c.dep_ in ("mark", "case") and c.i < verb.i and c.lower_ in words for c in verb.children):
        return None
    doc = verb.doc
    for main in verb.subtree:
        if main.i <= verb.i or main.dep_ not in ("advcl", "conj", "parataxis", "acl:relcl") or main.pos_ not in ("VERB", "AUX"):
            continue
        if _is_nonfinite(main) and not any(c.dep_.startswith("aux") and not _is_nonfinite(c) for c in main.children):
            continue  # another infinitive or a bare participle, no main clause
        if any("Rel" in _morph(c, "PronType") for c in main.children):
            continue  # « après avoir racheté la société que Danone a fondée »: a true relative
        subject = _own_subject(main)
        if (
            subject is not None
            and subject.pos_ in ("NOUN", "PROPN", "PRON")
            and subject.i < main.i
            and subject.left_edge.i > 0
            and doc[subject.left_edge.i - 1].text == ","
        ):
            # the parser hangs the main clause on the root or on its object (« Après avoir racheté
            # la société Vitalis, Danone a licencié »: an ``acl:relcl`` of « société »); the comma
            # that closes the fronted infinitive opens it
            return subject
    return None


def _own_subject(verb: Token) -> Token | None:
    """The subject among the verb's own dependents (a reflexive's passive subject included), or the
    name right before the verb group when the parse took a word of an earlier clause for it
    (:func:`_name_before_verb`)."""
    own = _parsed_subject(verb)
    if own is not None:
        name = _name_before_verb(verb, own)
        if name is not None:
            return name
        return _antecedent_over_relative_object(verb, own) or own
    # « Le juge a fait interpeller un militant »: the parse hung the subject on « fait »
    caused = next((c for f in _causers_before(verb) for c in f.children if c.dep_ in _SUBJ and c.i < f.i), None)
    if caused is not None:
        return caused
    return (
        _subject_across_adverbial(verb) or _subject_of_participle_incise(verb) or _subject_of_inverted_question(verb)
        or _subject_before_object_clitic(verb)
    )


def _subject_before_object_clitic(verb: Token) -> Token | None:
    """The noun before a French accusative clitic (``accusative_clitics``) and a finite auxiliary,
    which the parser read as a noun modified by the participle (« Les policiers les ont arrêtés »:
    « policiers » the root, « arrêtés » its ``acl``): a clitic before the auxiliary is the object,
    so the noun it follows is the subject. The participle has no subject of its own, the clitic
    comes right after the noun phrase and right before the first auxiliary; not a relative clause
    (« les salariés qui les ont rejoints »), whose relative pronoun is the subject."""
    if not verb.lang_.startswith("fr") or verb.pos_ != "VERB" or verb.dep_ != "acl":
        return None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i:
        return None
    auxes = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    if not auxes:
        return None
    first = min(a.i for a in auxes)
    clitic = verb.doc[first - 1]
    if (
        clitic.pos_ != "PRON" or clitic.head.i != verb.i or not clitic.dep_.startswith("obj")
        or clitic.lower_ not in word_set("fr", "accusative_clitics")
    ):
        return None
    # the clitic follows the noun phrase: nothing of the participle's clause before it
    if any(c.i < clitic.i for c in verb.children if c.i != clitic.i) or clitic.i - 1 != max(t.i for t in noun.subtree if t.i < clitic.i):
        return None
    return noun


def _subject_of_inverted_question(verb: Token) -> Token | None:
    """The subject of a French past participle in a question with complex inversion that the parser
    hung on the inverted clitic (« Pourquoi la région a-t-elle abandonné ce projet ? »: « -elle »
    the root, « abandonné » its modifier): the noun subject the clitic repeats, else the clitic
    itself (« Pourquoi a-t-il quitté le parti ? »)."""
    if not verb.lang_.startswith("fr") or verb.dep_ != "acl" or "Part" not in _morph(verb, "VerbForm"):
        return None
    clitic = verb.head
    if (
        clitic.i >= verb.i
        or clitic.pos_ != "PRON"
        or not clitic.text.startswith(("-", "‑"))
        or clitic.text.strip("-‑").lower() not in word_set("fr", "inverted_subject_clitics")
    ):
        return None
    if not any(c.dep_.startswith("aux") or _lemma(c) in ("avoir", "être") for c in clitic.doc[clitic.i - 3 : clitic.i]):
        return None
    noun = next((c for c in clitic.children if c.dep_ in _SUBJ and c.i < clitic.i and c.pos_ in ("NOUN", "PROPN")), None)
    return noun or clitic


def _subject_of_participle_incise(verb: Token) -> Token | None:
    """The subject of a French verb group the parse left without one because it took that subject
    for the passive subject of a participle set off by commas between them and hung the verb on
    nothing of it (« Le Vatican, sollicité par la presse, n'a pas souhaité s'exprimer »: « Vatican »
    read as the one « sollicité » only). The participle's subject closes right before the first
    comma, the participle's phrase right before the second one, and only the verb's own
    auxiliaries and adverbs (« n'a pas ») stand between that comma and the verb; None otherwise."""
    if not verb.lang_.startswith("fr") or verb.pos_ not in ("VERB", "AUX") or _is_infinitive(verb):
        return None
    doc = verb.doc
    for part in verb.children:
        if part.dep_ != "advcl" or part.i > verb.i or not _bare_past_participle(part):
            continue
        subj = next((c for c in part.children if c.dep_ in _SUBJ | _PASS_SUBJ and c.i < part.i), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or doc[subj.right_edge.i + 1].text != ",":
            continue
        close = part.right_edge.i + 1
        if close >= verb.i or doc[close].text != ",":
            continue
        between = doc[close + 1 : verb.i]
        if all(t.head.i == verb.i and (t.dep_.startswith("aux") or t.dep_ == "advmod") for t in between):
            return subj
    return None


def _antecedent_over_relative_object(verb: Token, subj: Token) -> Token | None:
    """The noun a relative clause set off by commas describes, when the parse took the end of that
    clause for the subject of the verb after it and hung the verb on the clause (« La chanteuse X,
    qui a remporté dimanche le prix Y, a annoncé lundi … »: « prix » read as the subject of
    « annoncé »). The subject must close the relative clause right before the comma and the verb
    group; None otherwise."""
    if not verb.lang_.startswith("fr") or verb.pos_ != "VERB" or subj.i > verb.i:
        return None
    clause = verb.head
    if verb.dep_ not in ("ccomp", "conj", "parataxis", "xcomp") or clause.dep_ != "acl:relcl" or not clause.i < subj.i:
        return None
    if not any(c.dep_ in _SUBJ and "Rel" in _morph(c, "PronType") or c.lower_ == "qui" for c in clause.children):
        return None
    doc = verb.doc
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i])
    if first < 2 or doc[first - 1].text != "," or subj.right_edge.i != first - 2:
        return None
    noun = clause.head
    opening = clause.left_edge.i
    if noun.i >= opening or noun.pos_ not in ("NOUN", "PROPN") or opening < 1 or doc[opening - 1].text != ",":
        return None
    return noun


@cache
def _adverbial_phrases() -> frozenset[str]:
    """``fr/parenthetical_adverbials`` without spaces, as the tokens of a phrase join."""
    return frozenset(p.replace(" ", "") for p in word_set("fr", "parenthetical_adverbials"))


def _adverbial_before(doc: Doc, end: int) -> int | None:
    """The first token of a phrase of ``fr/parenthetical_adverbials`` that ends at token ``end``
    (« pour sa part », « d'ailleurs »), or None."""
    phrases = _adverbial_phrases()
    joined = ""
    for start in range(end, max(end - 4, -1), -1):
        joined = doc[start].lower_.replace("’", "'") + joined
        if joined in phrases:
            return start
    return None


def _in_adverbial(tok: Token) -> bool:
    """The noun of a phrase of ``fr/parenthetical_adverbials`` (« côté » of « de son côté », « part »
    of « pour sa part »), which names no participant."""
    doc = tok.doc
    for end in range(tok.i, min(tok.i + 4, len(doc))):
        start = _adverbial_before(doc, end)
        if start is not None and start <= tok.i:
            return True
    return False


def _subject_across_adverbial(verb: Token) -> Token | None:
    """The subject of a French verb the parse left without one because a set adverbial phrase
    stands between the subject and the verb group (``fr/parenthetical_adverbials``: « le ministre
    des finances, Pierre Moscovici, a pour sa part ajouté », where the parser hung « ajouté » on
    « part » and « a » elsewhere): the phrase, the commas around it and the auxiliaries before the
    verb are skipped, and the noun phrase that ends right before them is the subject. Needs a
    finite verb or an auxiliary of « avoir » (or « être » of an ``etre_verbs`` verb) in the group:
    a passive (« a pour sa part été arrêté ») or a bare participle (« la décision, en effet, prise
    … ») gets none. Not a phrase with a preposition (« Selon l'AFP, de son côté, … »)."""
    if not verb.lang_.startswith("fr") or verb.pos_ not in ("VERB", "AUX") or _is_infinitive(verb):
        return None
    doc = verb.doc
    j = verb.i - 1
    skipped = False
    finite = "Fin" in _morph(verb, "VerbForm")
    number = _morph(verb, "Number") if finite else []
    while j >= verb.sent.start:
        tok = doc[j]
        start = _adverbial_before(doc, j)
        if start is not None:
            skipped = True
            j = start - 1
        elif tok.text == ",":
            j -= 1
        elif tok.lower_ in ("ne", "n'", "n’"):
            j -= 1
        elif _lemma(tok) in ("avoir", "être") and "Fin" in _morph(tok, "VerbForm") and tok.pos_ in ("AUX", "VERB"):
            if _lemma(tok) == "être" and _lemma(verb) not in word_set("fr", "etre_verbs"):
                return None  # a passive: its subject is the patient
            finite, number = True, _morph(tok, "Number")
            j -= 1
        else:
            break
    if not skipped or not finite or j < verb.sent.start:
        return None
    cand = doc[j]
    boundary = max(
        [verb.sent.start - 1] + [t.i for t in doc[verb.sent.start : j] if t.text in (";", ":", "«", "»", "(", ")")]
    )
    while True:
        # from the last word of the phrase up to its head (« Pierre Moscovici » -> « ministre »);
        # across a comma only from an apposition or a detached adjective (« Le gouvernement,
        # impuissant, a de son côté dénoncé »)
        head = cand.head
        if head.i == cand.i or not boundary < head.i < cand.i or head.pos_ not in ("NOUN", "PROPN", "PRON", "ADJ", "NUM"):
            break
        if any(t.text == "," for t in doc[head.i : cand.left_edge.i]) and cand.dep_ not in ("appos", "amod", "acl"):
            break
        if max(_np_tokens(head)) > j:
            break  # the parse hung words after the verb group on it: keep the apposed name
        cand = head
    if cand.pos_ not in ("NOUN", "PROPN", "PRON") or cand.left_edge.i <= boundary:
        return None
    if any(c.dep_ == "case" for c in cand.children):
        return None  # « Selon l'AFP », « Pour le ministre »: no subject
    if number and _morph(cand, "Number") and not set(number) & set(_morph(cand, "Number")):
        return None
    return cand


def _name_before_verb(verb: Token, subj: Token) -> Token | None:
    """A French singular name set off by a comma right before a singular verb group, when the
    parse took a word before that comma for the subject (« Alors que la gauche était en minorité
    face aux députés de l'opposition, François Brottes (PS) est intervenu »: the parser read
    « minorité » as the subject and the name as a conjunct of « députés »). A name coordinated
    with « et » / « ou » (« les ministres, les syndicats et Jean Dupont ont signé ») or a plural
    verb keeps the parse's reading."""
    if not verb.lang_.startswith("fr"):
        return None
    doc = verb.doc
    aux = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    first = min([verb.i] + [c.i for c in aux])
    finite = next((t for t in [*sorted(aux, key=lambda t: t.i), verb] if "Fin" in _morph(t, "VerbForm")), None)
    if finite is None or "Sing" not in _morph(finite, "Number"):
        return None
    end = first - 1
    if end >= 1 and doc[end].text == ")":
        # a party or an office in brackets after the name (« François Brottes (PS) »)
        opening = next((i for i in range(end - 1, max(end - 6, 0), -1) if doc[i].text == "("), None)
        if opening is None:
            return None
        end = opening - 1
    if end < 2 or _ent(doc[end]) != "PER":
        return None
    start = end
    while start > 0 and _ent(doc[start - 1]) == "PER" and doc[start].ent_iob_ == "I":
        start -= 1
    if doc[start - 1].text != "," or subj.i >= start - 1 or start <= subj.i <= end:
        return None
    head = doc[start]
    while head.head.i != head.i and start <= head.head.i <= end:
        head = head.head
    return head


def _pronoun_of_adverbial(tok: Token) -> bool:
    """A pronoun inside a set phrase of ``fr/parenthetical_adverbials`` after the start of its
    sentence (« Mme Merkel a quant à elle appelé », « le ministre a lui-même annoncé »): the subject
    stands before the phrase. At the start of the sentence (« Elle aussi a démenti ») the pronoun is
    the subject."""
    if tok.pos_ != "PRON":
        return False
    doc = tok.doc
    for end in range(tok.i, min(tok.i + 4, len(doc))):
        start = _adverbial_before(doc, end)
        if start is not None and start <= tok.i:
            return start > tok.sent.start
    return False


def _rubric_colon(subj: Token, verb: Token) -> int | None:
    """The colon between a French subject that opens its line and its verb on the same line (« Justice
    : la cour d'appel de Rennes confirme », « Accord sur la pêche : la France et le Royaume-Uni ont
    signé »): the subject is a headline's rubric, not who acts. None otherwise, or with a quotation
    mark or a line break between the subject and the verb."""
    if subj.i > verb.i:
        return None
    doc = verb.doc
    start = subj.left_edge.i
    if start > 0 and "\n" not in doc[start - 1].text_with_ws and not doc[start].is_sent_start:
        return None
    colon = None
    for t in doc[start : verb.i]:
        if "\n" in t.text_with_ws or t.text in _QUOTE_MARKS:
            return None
        if t.text == ":" and colon is None and t.i > subj.i:
            colon = t.i
    return colon


def _phrase_after_colon(rubric: Token, colon: int, verb: Token) -> Token | None:
    """The head of the noun phrase right after the colon of a headline's rubric that the parser hung
    inside the rubric's phrase (« Accord sur la pêche : la France et le Royaume-Uni ont signé »:
    « France »), when that phrase runs up to the verb group; None otherwise."""
    doc = verb.doc
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i])
    for t in doc[colon + 1 : first]:
        if t.pos_ in ("NOUN", "PROPN") and not (colon < t.head.i < first):
            return t if is_ancestor(token_heads(doc), rubric.i, t.i) and t.right_edge.i <= first - 1 else None
    return None


def _parsed_subject(verb: Token) -> Token | None:
    """The subject among the verb's own dependents (a reflexive's passive subject included). A
    dative clitic the parser made a subject is taken only when there is no other ("« … », lui
    avait dit Christian Jacob": Jacob)."""
    dative: Token | None = None
    if _etre_active(verb) or _causer_as_passive_subject(verb) or avoir_active(verb):
        # "François Brottes est intervenu": a verb conjugated with « être », not a passive
        return next(c for c in verb.children if c.dep_ in _PASS_SUBJ)
    for child in verb.children:
        if _dont(child) and any(c.dep_ in _SUBJ and not _dont(c) for c in verb.children):
            continue  # « dont le directeur a démissionné »: the director, not « dont »
        if _euphonic_t(child):
            # the euphonic « -t- » of « a-t-il »: the clitic after it is the subject
            nxt = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
            if nxt is not None and nxt.text.lstrip("-‑").lower() in word_set("fr", "inverted_subject_clitics"):
                return nxt
            continue
        if (
            child.dep_ in _SUBJ
            and child.i < verb.i
            and any(c.dep_ in _SUBJ and c.i > child.i for c in verb.children)
            and _in_dateline(child, verb, undated=True)
        ):
            # "SEATTLE — Acme, the shipping company, said": the parse made the place the report is
            # filed from a second subject
            continue
        if child.dep_ in _SUBJ and dative is None and _dative_clitic(child, verb):
            dative = child
            continue
        if child.dep_ in _SUBJ and verb.lang_.startswith("fr") and _quoted_before(child, verb):
            continue  # « Il y a … », a expliqué X: a word of the quotation
        if child.dep_ in _SUBJ and child.i > verb.i and _subjectless_infinitive(verb):
            continue  # « après avoir critiqué le président »: the object
        if child.dep_ in _SUBJ and child.i > verb.i and _listed_verb(verb):
            continue  # « X est arrivé à Lyon, a rencontré le maire puis ... »: the object
        if child.dep_ in _SUBJ and child.i > verb.i and _number_clash(child, verb):
            continue  # « Le maire a accueilli X, a salué les habitants »: the object
        if child.dep_ in _SUBJ and verb.lang_.startswith("fr") and _pronoun_of_adverbial(child):
            continue  # « Mme Merkel a quant à elle appelé »: the pronoun of the set phrase is no subject
        if child.dep_ in _SUBJ and verb.lang_.startswith("fr") and source_complement(child):
            # « D'après L'Équipe, le club anglais Northfield a recruté … »: the parse made the source
            # the subject and the real subject its apposition; the source is no participant
            real = next((c for c in child.children if c.dep_ == "appos" and c.i > child.i and c.i < verb.i), None)
            if real is not None:
                return real
            continue
        if child.dep_ in _SUBJ and _time_subject_before_subject(verb, child):
            continue  # « …, a expliqué mardi Sophie Marchand »: the weekday is the date, not the speaker
        if child.dep_ in _SUBJ and verb.lang_.startswith("fr") and (colon := _rubric_colon(child, verb)) is not None:
            # « Justice : la cour d'appel confirme la condamnation »: a headline's rubric before a
            # colon is no subject; the phrase after the colon is, as another subject or hung on the rubric
            if any(c.dep_ in _SUBJ and colon < c.i < verb.i for c in verb.children):
                continue
            return _phrase_after_colon(child, colon, verb)
        if child.dep_ in _SUBJ or _personal_expletive(child):
            return _closest_subject(verb, child)
        if child.dep_ in _PASS_SUBJ and _is_reflexive(verb):
            return child
    return dative


def _dont(tok: Token) -> bool:
    """The French relative « dont », a « de » complement and never a subject, which the parser may
    label one beside the real subject (« le club, dont l'entraîneur a été limogé »)."""
    return tok.lower_ == "dont" and tok.lang_.startswith("fr")


def _time_subject_before_subject(verb: Token, subj: Token) -> bool:
    """A French time noun the parser made a postposed subject while the real postposed subject
    follows it (« “…”, a expliqué mardi Sophie Marchand », « a déclaré lundi soir Paul Durand »:
    both « mardi » and « Sophie » labelled subjects of the verb): the time word is the date."""
    if not verb.lang_.startswith("fr") or subj.i < verb.i or subj.pos_ != "NOUN" or not _time_noun(subj):
        return False
    return any(c.dep_ in _SUBJ and c.i > subj.i for c in verb.children)


_QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”"})


def _listed_verb(verb: Token) -> bool:
    """A French finite verb of a list that shares the subject of the verb before it (« Le ministre
    est arrivé à Lyon, a rencontré le maire puis a annoncé un plan »): a conjunct or a verb after
    a comma whose head has its subject before it, no verb of saying (« ..., a déclaré le
    ministre » has its subject after it) and no quotation before it in the sentence. A noun after
    such a verb is its object, never its subject. The parser also hangs such a verb on the one
    before it as an adverbial clause (« Le maire a inauguré la salle, a salué les bénévoles et a
    promis … »): one with no conjunction of its own (« quand », « si », « que »), right after a comma."""
    if not verb.lang_.startswith("fr") or verb.dep_ not in ("conj", "parataxis", "advcl"):
        return False
    if verb.dep_ == "advcl" and not _comma_listed(verb):
        return False
    head = verb.head
    if head.i >= verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if not any((c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ) and c.i < head.i for c in head.children):
        return False
    finite = [t for t in (verb, *verb.children) if (t is verb or t.dep_.startswith("aux")) and "Fin" in _morph(t, "VerbForm")]
    if not finite:
        return False
    if any(t.text in _QUOTE_MARKS for t in verb.doc[verb.sent.start : verb.i]):
        return False
    if verb.dep_ == "advcl" and any(
        head.i < c.i < verb.i and c.pos_ == "VERB" and c.dep_ not in ("conj", "parataxis", "advcl") and _finite_group(c)
        for c in head.children
    ):
        # « Le joueur a été exclu, a protesté l'entraîneur, a menacé de … »: a verb between the two
        # the parser hung otherwise is an incise, whose subject after it goes on with the list
        return False
    # a verb of saying is one more verb of the list when a later verb with a conjunction continues
    # it (« a accueilli X, a salué le préfet puis a inauguré la gare »), else an incise with its
    # subject after it (« ..., a déclaré le ministre », « ..., a indiqué une source »)
    return not is_reporting_verb(verb, "fr") or _in_verb_list(verb)


def _comma_listed(verb: Token) -> bool:
    """A French verb group right after a comma, with no subordinating word of its own (« mark »:
    « quand », « si », « parce que », « après »), which a comma list of verb phrases leaves."""
    if any(c.dep_ == "mark" or (c.dep_ == "case" and c.i < verb.i) for c in verb.children):
        return False
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    return first > 0 and verb.doc[first - 1].text == ","


def _subject_of_first_listed(verb: Token) -> Token | None:
    """The subject of the first verb of a French comma list of verb phrases that the parser hung
    on a later verb as an adverbial clause, leaving that later verb with no subject (« Le maire a
    inauguré un gymnase, a remercié les entreprises et a annoncé … »: who thanks and announces is
    the mayor). The later verb is finite, right after a comma, no verb of saying unless a verb with
    a conjunction continues the list (« …, a annoncé l'Élysée » is an incise with its subject after
    it), with no quotation before it in the sentence. None otherwise."""
    if not verb.lang_.startswith("fr") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if not _comma_listed(verb) or any(c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ for c in verb.children):
        return None
    if _has_passive_aux(verb) or _is_reflexive(verb):
        return None  # « …, a été applaudi »: the first verb's agent is this one's patient
    finite = [t for t in (verb, *verb.children) if (t is verb or t.dep_.startswith("aux")) and "Fin" in _morph(t, "VerbForm")]
    if not finite:
        return None
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    if any(t.text in _QUOTE_MARKS for t in verb.doc[verb.sent.start : verb.i]):
        return None
    if is_reporting_verb(verb, "fr") and not _in_verb_list(verb):
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > verb.i or clause.right_edge.i >= first:
            continue
        if any(c.dep_ == "mark" or (c.dep_ == "case" and c.i < clause.i) for c in clause.children):
            continue
        if not any(
            (t is clause or t.dep_.startswith("aux")) and "Fin" in _morph(t, "VerbForm")
            for t in (clause, *clause.children)
        ):
            continue
        subject = next((c for c in clause.children if c.dep_ in _SUBJ and c.i < clause.i), None)
        if subject is not None:
            return _own_subject(clause) or subject
    return None


def _number_clash(noun: Token, verb: Token) -> bool:
    """A French common noun after the verb that cannot be its postposed subject because it does not
    agree in number with the verb's finite form (« ..., a salué les habitants »: a singular verb, a
    plural noun). Only a noun with no conjunct (« a annoncé le maire et le préfet ») and whose
    determiner, if it has a number, agrees with it, so that a tagging slip changes nothing."""
    if not verb.lang_.startswith("fr") or noun.pos_ != "NOUN" or any(c.dep_ == "conj" for c in noun.children):
        return False
    number = _morph(noun, "Number")
    finite = [t for t in (verb, *verb.children) if (t is verb or t.dep_.startswith("aux")) and "Fin" in _morph(t, "VerbForm")]
    if len(number) != 1 or not finite or len(_morph(finite[0], "Number")) != 1:
        return False
    if any(c.dep_ == "det" and _morph(c, "Number") and _morph(c, "Number") != number for c in noun.children):
        return False
    return _morph(finite[0], "Number") != number


def _subjectless_infinitive(verb: Token) -> bool:
    """A French infinitive, simple or compound (« signer », « avoir signé »), that no causative or
    perception verb governs (``causative_verbs``: « fait venir le ministre »): it has no subject of
    its own, so a noun after it is no subject."""
    if not verb.lang_.startswith("fr"):
        return False
    if not (_is_infinitive(verb) or any(c.dep_.startswith("aux") and _is_infinitive(c) for c in verb.children)):
        return False
    return _lemma(verb.head) not in word_set("fr", "causative_verbs")


def _closest_subject(verb: Token, first: Token) -> Token:
    """Of several subjects the French parse gave one verb, the closest before it: the other is the
    subject of a clause the parser folded in (« [C'est] inacceptable dans la mesure où HP a
    augmenté »: « C' » of the copula, « HP » of « augmenté »), when a subordinator or a relative
    pronoun hung on the verb stands between them. One subject is kept as it is. In English, the
    closest after a comma ("A storm swept the state, killing two people, officials said": the parse
    hung the storm's clause on "said" with the storm as a second subject)."""
    if first.i > verb.i:
        return first
    if not verb.lang_.startswith("fr"):
        return _closest_after_comma(verb, first)
    before = [
        c
        for c in verb.children
        if c.dep_ in _SUBJ and first.i <= c.i < verb.i and not _dative_clitic(c, verb) and not _quoted_before(c, verb)
    ]
    last = before[-1] if before else first
    # only when a subordinator or a relative pronoun of the verb opens the clause of the closer one
    # (« dans la mesure où »); « Moi, dit-il, j'ai … » keeps its dislocated first subject
    opens = any(
        c.dep_ == "mark" or "Rel" in _morph(c, "PronType") for c in verb.children if first.i < c.i < last.i
    )
    return last if opens else first


def _closest_after_comma(verb: Token, first: Token) -> Token:
    """Of two English subjects before one verb, the later when a comma opens its phrase: the earlier
    belongs to a clause the parser folded into the verb's. The first otherwise."""
    doc = verb.doc
    later = [c for c in verb.children if c.dep_ in _SUBJ and first.i < c.i < verb.i]
    if not later:
        return first
    last = later[-1]
    start = last.left_edge.i
    if start < 1 or doc[start - 1].text != "," or first.right_edge.i >= start:
        return first
    return last


def _etre_active(verb: Token) -> bool:
    """A French verb conjugated with « être » in the active voice ("est intervenu", "sont
    arrivés", ``etre_verbs``), which the parser reads as a passive: its passive subject is its
    subject. "a été" (a true passive) is excluded."""
    if not verb.lang_.startswith("fr") or _lemma(verb) not in word_set("fr", "etre_verbs"):
        return False
    aux = [c for c in verb.children if c.dep_.startswith("aux")]
    return (
        any(c.dep_ in _PASS_SUBJ for c in verb.children)
        # « Paul Durand est arrivé hier »: the parser may also give « est » as a tense auxiliary
        # next to the passive subject
        and any(c.dep_ in ("aux:pass", "auxpass") or _lemma(c) == "être" for c in aux)
        and not any(c.lower_ == "été" for c in aux)
    )


def _causer_as_passive_subject(verb: Token) -> bool:
    """A French infinitive after a causative « faire » / « laisser » (``causer_verbs``) whose
    causer the parser labelled the infinitive's passive subject (« Le préfet a fait évacuer
    l'immeuble »: « préfet » ``nsubj:pass`` of « évacuer »): the causer brings the act about, so
    it is the infinitive's subject (its agent), never what the act befalls. Not a reflexive
    causative (« s'est fait arrêter »: the subject undergoes it, ``_causative_subject``) nor a
    true passive (« a été fait »)."""
    if not verb.lang_.startswith("fr") or not _is_infinitive(verb) or _is_reflexive(verb):
        return False
    causer = next(
        (c for c in verb.children if c.i < verb.i and c.dep_ not in _SUBJ and c.dep_ not in _PASS_SUBJ
         and _lemma(c) in word_set("fr", "causer_verbs")),
        None,
    )
    if causer is None or _is_reflexive(causer) or _causative_subject(verb) is not None:
        return False
    if any(c.lower_ == "été" or c.dep_ in ("aux:pass", "auxpass") for c in (*verb.children, *causer.children)):
        return False
    return any(c.dep_ in _PASS_SUBJ and c.i < causer.i for c in verb.children)


def _dative_clitic(child: Token, verb: Token) -> bool:
    """A French dative clitic the parser made a subject: "lui" / "leur" right before the verb or
    its first auxiliary ("lui avait dit"), which is the indirect object."""
    if not verb.lang_.startswith("fr") or child.lower_ not in word_set("fr", "dative_clitics") or child.i > verb.i:
        return False
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    return child.i == first - 1


def _accusative_clitic(child: Token, verb: Token) -> bool:
    """A French accusative clitic (``accusative_clitics``) the parser made a second subject: right
    before the verb or its first auxiliary, with another subject of the verb before it (« Les
    syndicats les ont aidés »), which is the direct object."""
    if not verb.lang_.startswith("fr") or child.pos_ != "PRON" or child.lower_ not in word_set("fr", "accusative_clitics"):
        return False
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    return child.i == first - 1 and any(c.dep_ in _SUBJ and c.i < child.i for c in verb.children)


def _named_before(subj: Token) -> Token | None:
    """The name a parse left beside a descriptive subject that stands in apposition to it ("Acme
    Holdings NV ( AHN ) , the parent company of Beta , has won": "company" read as the subject,
    the name as a loose modifier of the verb, or of a headline run into the sentence): the subject
    is the name."""
    if subj.pos_ != "NOUN" or subj.dep_ not in _SUBJ:
        return None
    left = subj.left_edge.i
    doc = subj.doc
    if left < 2 or doc[left - 1].text != ",":
        return None
    for sibling in subj.head.children:
        if (
            sibling.i < left - 1
            and sibling.dep_ in ("npadvmod", "dep", "nmod", "appos")
            and _is_name_like(sibling)
            and sibling.right_edge.i >= left - 3
        ):
            return sibling
    first = _line_subject(subj.head)  # the name hung from a headline run into the sentence
    if first is not None and first.i < left - 1 and _is_name_like(first):
        return first
    # the parse cut the name off as a verbless sentence of its own ("Acme Holdings NV ( AHN ) ,")
    before = doc[left - 2]
    fragment = before.sent
    if (
        fragment.start != subj.sent.start
        and _is_name_like(fragment.root)
        and not any(t.pos_ in ("VERB", "AUX") for t in fragment)
        and "\n" not in doc_text(doc)[fragment.root.idx : subj.idx]
    ):
        return fragment.root
    return None


def _has_passive_aux(tok: Token) -> bool:
    return any(c.dep_ in ("aux:pass", "auxpass") for c in tok.children)


def _active_conjunct(tok: Token) -> bool:
    """A coordinated verb in the active voice with its own tense: "Il fut exclu et **déclara**",
    "X a été arrêté et **a nié**". The subject it shares with a passive first conjunct is its own
    subject (its agent), not a patient; a bare participle ("a été arrêté puis libéré") shares the
    first conjunct's passive. English: a conjunct with a finite tense of its own, a modal or perfect
    auxiliary or a simple past with its own object ("was treated in hospital and **will not play**",
    "was injured in training and **missed** the final"); a participle ("was arrested and charged")
    and a past without object, which the tagger may have read for a participle, still share it."""
    if tok.doc.lang_ == "en":
        return _english_active_conjunct(tok)
    if tok.doc.lang_ != "fr":
        return False
    listed = tok.dep_ == "conj" or (tok.dep_ in ("parataxis", "advcl") and _listed_verb(tok))
    if not listed or tok.pos_ != "VERB" or _has_passive_aux(tok) or _is_reflexive(tok):
        return False
    if any(c.dep_ in ("aux", "aux:tense") for c in tok.children):
        return True
    # a finite verb; the tagger reads some simple pasts ("déclara") as infinitives
    forms = _morph(tok, "VerbForm")
    return bool(forms) and "Part" not in forms and "Ger" not in forms


def _past_read_for_participle(tok: Token) -> bool:
    """An English past the tagger read as a simple past where the parse hangs it on a noun, of a
    verb that always takes an object when active and with none (``en/headline_passive_verbs``): a
    participle ("Union leader charged with fraud": the leader is charged)."""
    return (
        tok.tag_ == "VBD"
        and tok.dep_ == "acl"
        and tok.lang_.startswith("en")
        and _lemma(tok) in word_map("en", "headline_passive_verbs")
        and not any(c.dep_ in (*_OBJ, *_SUBJ, "ccomp", "aux") for c in tok.children)
    )


def _english_active_conjunct(tok: Token) -> bool:
    """An English verb coordinated with a passive one before it, in an active tense of its own: a
    past or present with an object or a clause of its own, or an auxiliary that is no passive one
    ("will", "has")."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.head.i > tok.i:
        return False
    if not _has_passive_aux(tok.head) or _has_passive_aux(tok) or any(c.dep_ in _SUBJ for c in tok.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ != "to" for c in tok.children):
        return tok.tag_ in ("VB", "VBN", "VBG")  # "will not play", "has denied"
    # a past form with an object of its own ("missed the final"); without one the tagger's past may
    # be a participle that shares the passive ("which is made by Acme and marketed alongside X")
    return tok.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ in (*_OBJ, "ccomp") for c in tok.children)


def _matrix_of_misattached_conjunct(tok: Token) -> Token | None:
    """The verb an English finite conjunct really coordinates with when the parser hung it on an
    infinitive complement: in "the union asked members to stay calm and warned of strikes" "warned"
    has the tense of "asked", not the form of "stay", so the union warned (not the members). The
    matrix verb must have the conjunct's tense tag; None when the parse is plausible. So too for a
    reported clause under a modal: in "Network Rail said few trains would run and warned passengers"
    a past "warned" cannot share "would", so Network Rail warned (not the trains)."""
    head = tok.head
    if tok.doc.lang_ != "en" or tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    under_modal = head.dep_ == "ccomp" and head.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    if not (under_modal or head.dep_ == "xcomp" and _is_infinitive(head) or _thing_cannot_urge(tok)) \
            or head.head.i == head.i:
        return None
    matrix = head.head
    if matrix.tag_ != tok.tag_ or any(c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ for c in tok.children):
        return None
    return matrix


@cache
def _titles_and_bodies() -> frozenset[str]:
    """English nouns of an office or of a body (``en/role_titles``, ``en/organisation_descriptors``):
    someone who can urge or warn, with the speaker and human nouns."""
    return word_sets("role_titles").get("en", frozenset()) | word_sets("organisation_descriptors").get("en", frozenset())


def _thing_cannot_urge(tok: Token) -> bool:
    """Whether an English conjunct of a reported clause tells someone to act ("urged lawmakers to
    pass a bill": an object and its infinitive) while the clause it hangs on has a subject that is
    no one who could ("Gov. Caldwell said the case showed the need and urged lawmakers to pass a
    bill": the case urged nothing), and the reporting verb has someone for its subject."""
    head = tok.head
    if head.dep_ != "ccomp" or head.head.i == head.i:
        return False
    if not any(c.dep_ == "dobj" and (_is_speaker(c) or _is_human(c)) for c in tok.children) or not any(
        c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in tok.children
    ):
        return False
    own = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    matrix = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    someone = _titles_and_bodies()

    def anyone(t: Token) -> bool:
        return _is_speaker(t) or _is_human(t) or t.lower_ in someone or _lemma(t) in someone

    return own is not None and own.pos_ == "NOUN" and not anyone(own) and matrix is not None and anyone(matrix)


def _is_infinitive(tok: Token) -> bool:
    return "Inf" in _morph(tok, "VerbForm") or tok.tag_ == "VB"


def _dep_subject(verb: Token) -> Token | None:
    """A name the parser left as ``dep`` before a verb with no subject: the French model often reads
    an unknown company name that way ("Acme cesse de vendre", "Acme a été contraint de vendre")."""
    if any(c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ != "dep" or child.i > verb.i or not (
            child.pos_ in ("PROPN", "X") or _ent(child) in ("PER", "ORG")
        ):
            continue
        inside = {t.i for t in child.subtree}
        between = verb.doc[child.i + 1 : verb.i]
        if all(
            t.i in inside
            or (t.head.i == verb.i and t.dep_.startswith(("aux", "cop", "advmod", "expl")))
            or t.dep_ == "advmod"
            for t in between
        ):
            return child
    return None


def _causative_performer(matrix: Token, infinitive: Token) -> Token | None:
    """Who does what a French infinitive says after « laisser » or a verb of perception
    (``causative_verbs``) when the parser hung the noun after the infinitive on the matrix verb as
    its object: « le préfet a laissé partir les manifestants », « a vu sortir les otages » (the
    demonstrators leave). Only a person or a body, and only when the infinitive has no object of
    its own; never after « faire », whose noun is as often the infinitive's object (« a fait
    arrêter le suspect »)."""
    if _lemma(matrix) == "faire" or _lemma(matrix) not in word_set("fr", "causative_verbs") or not _is_infinitive(infinitive):
        return None
    if any(c.dep_ in _OBJ or c.dep_ in _SUBJ for c in infinitive.children):
        return None
    for child in matrix.children:
        if child.dep_ in _OBJ and child.i > infinitive.i and child.pos_ in ("NOUN", "PROPN") and (_is_speaker(child) or _is_human(child) or _is_people(child)):
            return child
    return None


def _control_object(matrix: Token, infinitive: Token) -> Token | None:
    """The object of an object-control verb before its infinitive: "forced Acme to sell", "a
    contraint Acme à vendre", "a ordonné à Acme de payer" (the "à X" complement)."""
    if _is_reflexive(matrix):
        return None
    for child in matrix.children:
        if child.dep_ in _SUBJ and _accusative_clitic(child, matrix):
            return child  # « les syndicats les ont aidés à organiser »: a clitic read as a subject
        if child.i >= infinitive.i or child.dep_ in _SUBJ or child.dep_ in _PASS_SUBJ:
            continue
        if child.dep_ in _OBJ or child.dep_ in ("iobj", "dative"):
            if child.pos_ != "ADP":
                return child
        if child.pos_ not in ("NOUN", "PROPN", "PRON", "X"):
            continue
        if any(g.dep_ == "case" and _prep_norm(g.text) == "à" for g in child.children):
            return child
        if child.i > matrix.i and child.pos_ in ("PROPN", "X") and not child.dep_.startswith(("obl", "nmod")):
            return child  # a name the parser did not read as the object ("autorisé Acme/advmod à")
    return None


def _object_controller(tok: Token, lang: str) -> Token | None:
    """The object of an object-control verb that ``tok``, its infinitive, depends on (« a convaincu
    la ministre de demander une enquête »: the minister asks, not what convinced her)."""
    if tok.dep_ == "acl" and tok.head.dep_ == "obj" and tok.head.i < tok.i and tok.pos_ == "VERB" and _is_infinitive(tok):
        # « a convaincu la veuve du président, Marie Leroy, de demander »: after an apposition the
        # parser hangs the infinitive on the object itself
        verb = tok.head.head
        if verb.pos_ == "VERB" and _matrix_lemma(verb, lang) in word_sets("object_control_verbs").get(lang, frozenset()):
            return tok.head
        return None
    if tok.dep_ != "xcomp" or tok.pos_ != "VERB" or not _is_infinitive(tok) or tok.head.i > tok.i:
        return None
    if _matrix_lemma(tok.head, lang) not in word_sets("object_control_verbs").get(lang, frozenset()):
        return None
    return _control_object(tok.head, tok)


def _english_object_controller(matrix: Token, infinitive: Token) -> Token | None:
    """Who does an English infinitive the parser hung on a verb as its complement or its purpose,
    when that is the verb's object or the object of its preposition rather than its subject: the
    one a verb of choosing, hiring or sending picks, when it is someone who can act
    (``en/selection_control_verbs``: "appointed Jo Orr to replace him", "hired a lawyer to defend
    him", not "chose the route to avoid traffic"), the object of a verb of
    ``en/object_control_verbs`` the parser read as a purpose ("ordered the troops to withdraw"),
    and the object of a verb's preposition (``en/prepositional_control_verbs``: "called on the
    minister to resign", "appealed to members to reject the offer"). None otherwise: the subject
    does it ("Police fired tear gas to disperse the crowd")."""
    if infinitive.dep_ not in ("xcomp", "advcl") or not _is_infinitive(infinitive) or matrix.i > infinitive.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
        return None
    if _has_passive_aux(matrix):
        # "Orr was appointed to replace him": the passive subject, as before; who "was given until
        # Friday to call off the strike" was given the time and calls it off
        return _given_until(matrix, infinitive)
    lemma = _lemma(matrix)
    if lemma in word_set("en", "selection_control_verbs"):
        obj = _control_object(matrix, infinitive)
        if obj is not None and obj.dep_ in _OBJ and (_is_speaker(obj) or _is_human(obj)):
            return obj
        return None
    if infinitive.dep_ == "advcl" and lemma in word_set("en", "object_control_verbs"):
        obj = _control_object(matrix, infinitive)
        if obj is not None and obj.dep_ in _OBJ:
            return obj
        return None
    if infinitive.dep_ == "advcl" and lemma in word_set("en", "giving_verbs"):
        held = _held_until(matrix, infinitive) or _leave_receiver(matrix, infinitive)
        if held is not None:
            return held
    preps = set(word_map("en", "prepositional_control_verbs").get(lemma, "").split("|")) - {""}
    for child in matrix.children:
        if child.dep_ == "prep" and child.lower_ in preps and matrix.i < child.i < infinitive.i:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME") and _can_be_called_on(pobj):
                # someone who can act: not "called on Monday to demand a recount", "called on social
                # media to boycott the vote", "appealed to common sense to end the dispute"
                return pobj
    return None


def _held_until(matrix: Token, infinitive: Token) -> Token | None:
    """The one a verb of giving (``en/giving_verbs``) gives time to, when a limit ("until", "till",
    ``en/until_prepositions``) stands between its object and its infinitive ("The league gave the
    club until October to respond", "gave Acme until Friday to pay"): the parser reads the one
    given as the only object. The object, when it can act; None otherwise."""
    objects = [c for c in matrix.children if c.i < infinitive.i and (c.dep_ in _OBJ or c.dep_ == "dative")]
    limits = [
        c for c in matrix.children
        if c.dep_ == "prep" and matrix.i < c.i < infinitive.i and c.lower_ in word_set("en", "until_prepositions")
    ]
    if len(objects) != 1 or not limits or objects[0].i > limits[0].i:
        return None
    obj = objects[0]
    if obj.pos_ not in ("NOUN", "PROPN", "PRON") or obj.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"):
        return None
    return obj


def _given_until(matrix: Token, infinitive: Token) -> Token | None:
    """The passive subject of a verb that grants time (``en/time_granting_verbs``) with a limit
    ("until", "till", ``en/until_prepositions``) before its infinitive and no object ("The union was
    given until Friday to call off the strike"): who is given time, and does what the infinitive
    says. None otherwise."""
    if _lemma(matrix) not in word_set("en", "time_granting_verbs") or infinitive.i < matrix.i:
        return None
    if any(c.dep_ in _OBJ or c.dep_ == "dative" for c in matrix.children):
        return None
    if not any(
        c.dep_ == "prep" and matrix.i < c.i < infinitive.i and c.lower_ in word_set("en", "until_prepositions")
        for c in matrix.children
    ):
        return None
    return next((c for c in matrix.children if c.dep_ in _PASS_SUBJ and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _leave_receiver(matrix: Token, infinitive: Token) -> Token | None:
    """The one a verb of giving grants leave or time to when the parser hung the infinitive on the
    verb rather than on the noun of ``en/opportunity_nouns`` ("the regulator gave Pelican Air a week
    to fix the engines", "gave the government the green light to borrow"): the verb's dative, when
    a noun of leave or time stands between it and the infinitive. None otherwise ("gave workers a
    bonus to keep them": the giver keeps them)."""
    leave = word_set("en", "opportunity_nouns")
    dative = next((c for c in matrix.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if dative is None:
        # "gave the defendant time to find a lawyer": the one given time glued to the noun
        noun = next(
            (c for c in matrix.children if c.dep_ in _OBJ and c.i < infinitive.i and c.pos_ == "NOUN" and _lemma(c) in leave),
            None,
        )
        return _glued_receiver(noun) if noun is not None else None
    if dative.i > infinitive.i:
        return None
    granted = any(
        c.dep_ in _OBJ or c.dep_ == "npadvmod"
        for c in matrix.children
        if dative.i < c.i < infinitive.i and c.pos_ == "NOUN" and _lemma(c) in leave
    )
    return dative if granted else None


def _glued_receiver(leave: Token) -> Token | None:
    """The one given leave or time that the parser glued to the noun of ``en/opportunity_nouns`` as
    a compound ("the judge gave Orvex permission to sell": "Orvex permission"; "gave the defendant
    time to find a lawyer"): a name of a person or an organisation, or a noun of people. None for a
    compound that says what kind of leave it is ("planning permission", "voting rights")."""
    return next(
        (
            c
            for c in leave.children
            if c.dep_ == "compound"
            and c.i < leave.i
            and ((c.pos_ == "PROPN" and _ent(c) in ("PER", "ORG")) or (c.pos_ == "NOUN" and _is_human(c)))
        ),
        None,
    )


def _opportunity_holder(noun: Token) -> Token | None:
    """Who does the infinitive of a noun of leave or time (``en/opportunity_nouns``) that a verb
    gives: its first object ("the ruling gave the company a chance to appeal": the company
    appeals), or the verb's passive subject ("Acme was given a week to respond"). None otherwise
    ("Acme missed a chance to win" keeps its own reading)."""
    if _lemma(noun) not in word_set("en", "opportunity_nouns") or noun.dep_ not in _OBJ:
        return None
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or _lemma(verb) not in word_set("en", "giving_verbs"):
        return None
    dative = next((c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if dative is not None:
        return dative
    glued = _glued_receiver(noun)
    if glued is not None:
        return glued
    if _has_passive_aux(verb):
        return next((c for c in verb.children if c.dep_ in _PASS_SUBJ), None)
    return None


def _granted_leave(verb: Token, args: _Args) -> None:
    """A verb of giving that grants leave or time rather than a thing: its object, a noun of
    ``en/opportunity_nouns`` ("gave the company a chance to appeal", "granted Acme the right to
    sell"), is no patient; the one given time before a limit ("gave the club until October to
    respond", read by the parser as the only object) is the recipient, not the patient."""
    patient = args.patient
    if patient is None:
        return
    leave = next(
        (c for c in verb.children if c.dep_ in _OBJ and c.pos_ == "NOUN" and _lemma(c) in word_set("en", "opportunity_nouns")),
        None,
    )
    if leave is not None and patient.dep_ in _PASS_SUBJ and args.recipient is None:
        # "Acme was given a week to respond": who is given the time receives it
        args.patient = None
        args.via.pop("patient", None)
        args.put("recipient", patient)
        return
    if leave is not None and patient.i == leave.i:
        args.patient = None
        args.via.pop("patient", None)
        if args.recipient is None:
            args.put("recipient", _glued_receiver(leave))  # "gave Orvex permission to sell"
        return
    infinitive = next((c for c in verb.children if c.dep_ == "advcl" and c.i > patient.i and _is_infinitive(c)), None)
    if infinitive is not None and args.recipient is None and getattr(_given_until(verb, infinitive), "i", -1) == patient.i:
        # "The union was given until Friday to call off the strike": who is given time receives it
        args.patient = None
        args.put("recipient", patient, args.via.pop("patient", "direct"))
        return
    if infinitive is not None and args.recipient is None and getattr(_held_until(verb, infinitive), "i", -1) == patient.i:
        args.patient = None
        args.via.pop("patient", None)
        args.put("recipient", patient)


def _passive_receiver(verb: Token, args: _Args, *, payment: bool) -> None:
    """The passive of an English verb of giving that keeps its second object ("Halvern was granted a
    stay until March", "the firm was awarded a contract", "the players were paid a bonus"): the
    passive subject is who receives, the object kept is what is given (a sum paid is none)."""
    subject = args.patient
    if subject is None or args.recipient is not None or subject.dep_ not in _PASS_SUBJ or subject.head.i != verb.i:
        return
    kept = next(
        (c for c in verb.children if c.dep_ in _OBJ and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") and not _temporal_word(c)),
        None,
    )  # not a day the parser took for an object ("the fine was paid Monday")
    if kept is None:
        return
    args.patient = None
    args.put("recipient", subject, args.via.pop("patient", "direct"))
    if not (payment and _sum_of_money(kept)):
        args.put("patient", kept)


def _split_double_object(verb: Token, args: _Args) -> None:
    """The two objects of a verb of giving that the parser did not read as a double object: two
    direct objects ("will give residents of the valley a new bridge": residents receive, the bridge
    is given), or a second noun phrase glued into the "of" phrase of the first, seen from a noun
    with both a possessive and an indefinite article after it ("will give owners of its new phone
    a free case"). The first receives, the second is the patient."""
    patient = args.patient
    if patient is None or patient.dep_ not in _OBJ or patient.head.i != verb.i:
        return
    second = next((c for c in verb.children if c.dep_ in _OBJ and c.i > patient.i and c.pos_ in ("NOUN", "PROPN")), None)
    if second is not None and any(t.is_punct or t.pos_ == "CCONJ" for t in verb.doc[patient.right_edge.i + 1 : second.i]):
        return  # "to give free cases, refunds to owners": a list the parser broke, not two objects
    if second is None:
        for t in patient.subtree:
            if t.i == patient.i or t.pos_ != "NOUN" or t.dep_ != "pobj":
                continue
            poss = [c.i for c in t.children if c.dep_ == "poss"]
            indefinite = [c.i for c in t.children if c.dep_ == "det" and c.lower_ in ("a", "an")]
            if poss and indefinite and min(poss) < min(indefinite):
                second = t
                break
    if second is None:
        return
    args.patient = None
    args.via.pop("patient", None)
    args.put("recipient", patient)
    args.put("patient", second)


def _destination(head: Token) -> bool:
    """Whether the "to" complement ``head`` of a verb of giving or sending is where things go, not
    who receives them: a place name ("sent troops to France"), a name the tagger called a person
    that the gazetteer knows only as a place ("sent two battalions to Niger"), or a noun of a site
    (``en/plant_nouns``, ``en/destination_nouns``: "shipped the engines to its factory", "sent
    the wounded to hospital")."""
    if _ent(head) == "LOC":
        return True
    if head.pos_ == "PROPN" and _ent(head) not in ("ORG",):
        records = default_gazetteer().lookup(head.text)
        return bool(records) and all(r.type == "LOC" for r in records)
    return head.pos_ == "NOUN" and (
        _lemma(head) in word_set("en", "plant_nouns") or _lemma(head) in word_set("en", "destination_nouns")
    )


def _paid_with_sum(matrix: Token, infinitive: Token) -> bool:
    """An English verb of ``en/selection_control_verbs`` with two objects before its "to"
    infinitive, the one paid and the sum ("paid Real Madrid 80 million euros
    to sign the striker", "paid the lawyer 5,000 dollars to represent him", "paid smugglers 3,000
    euros to reach Italy"): either the payer or the one paid may do the infinitive, so it has no
    agent rather than a wrong one."""
    if infinitive.dep_ not in ("xcomp", "advcl") or matrix.i > infinitive.i or not _is_infinitive(infinitive):
        return False
    if _lemma(matrix) not in word_set("en", "selection_control_verbs") or _has_passive_aux(matrix):
        return False
    objects = [c for c in matrix.children if c.dep_ in (*_OBJ, "dative") and c.i < infinitive.i and c.pos_ != "ADP"]
    # the sum: money, or a count ("sent the children books to help them read": the charity helps)
    return len(objects) >= 2 and any(
        o.ent_type_ == "MONEY" or o.like_num or any(c.dep_ == "nummod" or c.like_num for c in o.children) for o in objects
    )


def _can_be_called_on(tok: Token) -> bool:
    """Someone an English verb of ``en/prepositional_control_verbs`` can call on to act: a name, a
    pronoun, a person's or an organisation's noun, or the members of a group (``membership_nouns``,
    ``coref_member_nouns``: "appealed to members", "called on workers"); not a means or a faculty
    ("called on social media", "on the phone", "appealed to common sense")."""
    if _is_speaker(tok) or _is_human(tok):
        return True
    lemma = _lemma(tok)
    return lemma in word_set("en", "membership_nouns") or lemma in word_set("en", "coref_member_nouns")


def _noun_controller(noun: Token, lang: str) -> Token | None:
    """Who does what a control noun's infinitive says: its possessor or "de X" / "of X" name
    ("Acme's decision to close", "la décision de Sony de quitter") or a name before it ("the Acme
    plan to close"), else the subject of the verb
    whose object it is ("Acme announced plans to buy", "a annoncé son intention de racheter")."""
    for prep, head, kind in _complements(noun):
        if kind == "poss" and head.lower_ not in word_set("xx", "possessive_determiners"):
            return head
        if kind == "obl" and prep in word_set("xx", "genitive_prepositions") and (
            _is_name_like(head) or _lemma(head) in word_set("xx", "agentive_nouns")
        ):
            return head  # "la volonté du groupe de réduire ses effectifs": an agentive noun too
        if (
            kind == "obl"
            and prep in word_set("xx", "agent_prepositions")
            and head.i < noun.i + 4
            and (_is_name_like(head) or _is_human(head) or _lemma(head) in word_set("xx", "agentive_nouns"))
        ):
            # "the decision by Acme to close the plant", "an attempt by rebels to seize the town":
            # the noun's "by" agent does what its infinitive says
            return head
    named = next((c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i and _ent(c) in ("ORG", "PER")), None)
    if named is not None:
        # "a judge blocked a Forest Service plan to log the forest": the plan's owner named before
        # it logs, not who blocked it
        return named
    if noun.dep_ == "ROOT" and not any(c.dep_ in _SUBJ for c in noun.children):
        # "The WHO and UNICEF plan to vaccinate", "Equinor and Shell plan to drill": a verb the
        # parser read as a noun heading the sentence; the names before it are its subject, not
        # the owners of a plan (a place stays out: "the Gaza plan to rebuild")
        fronted = next((c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i), None)
        if fronted is not None and _ent(fronted) != "LOC" and (
            _is_name_like(fronted)
            or _is_human(fronted)
            or any(c.dep_ == "conj" for c in fronted.children)
            or (fronted.text[:1].isupper() and fronted.i > fronted.sent.start)
        ):
            return fronted
    verb = noun.head
    if noun.dep_ in _OBJ and verb.pos_ in ("VERB", "AUX") and verb.i != noun.i:
        return _controlled_subject(verb, lang)[0]
    if (
        _in_state(noun, verb.head, lang)
        and not any(c.dep_ in ("poss", "nmod:poss") for c in noun.children)
    ):
        # "Acme is in talks to buy Beta", "Acme remains in negotiations to sell": the one in them
        return _controlled_subject(verb.head, lang)[0]
    return None


@cache
def _gerund_object_control(lang: str) -> frozenset[tuple[str, str]]:
    """``(verb lemma, preposition)`` pairs whose object does what the gerund after the preposition
    says ("fined the player for missing training"), from ``gerund_object_control_verbs``; English
    only, French says it with an infinitive (``object_control_verbs``: « accusé X d'avoir menti »)."""
    if lang != "en":
        return frozenset()
    return frozenset((r[0], prep) for r in rows(lang, "gerund_object_control_verbs") if len(r) >= 2 for prep in r[1].split("|"))


def _judged_heads(lang: str) -> frozenset[tuple[str, str]]:
    """``(head lemma, preposition)`` pairs of ``<lang>/judged_act_heads`` (« procès » + « de »,
    « condamner » + « pour », « revendiquer » + ``obj``; a row lists a head's prepositions with « | »)."""
    return frozenset((r[0], prep) for r in rows(lang, "judged_act_heads") if len(r) >= 2 for prep in r[1].split("|"))


def sequence_noun(tok: Token, lang: str) -> bool:
    """An event noun after a word of ``<lang>/sequence_prepositions`` (« a été écroué samedi après
    l'attaque », « avant le scrutin »): an act before or after its clause's."""
    if lang != "fr" or tok.pos_ != "NOUN" or tok.head.i == tok.i:
        return False
    case = _case_of(tok)
    return bool(case) and case in word_sets("sequence_prepositions").get(lang, frozenset())


def judged_act_noun(tok: Token, lang: str) -> bool:
    """An event noun for the act a day is counted from (``<lang>/day_offset_nouns``: « la veille du
    scrutin », « au lendemain de l'attentat »), or the act a trial, an inquiry, a sentence, a claim
    or a condemnation is about (``<lang>/judged_act_heads``: « le procès de l'attentat s'est ouvert
    lundi », « condamné lundi pour le meurtre », « a revendiqué mardi l'attaque »): it happened on
    another day than its clause, which does not date it, nor does the sentence before."""
    if lang != "fr" or tok.pos_ != "NOUN" or tok.head.i == tok.i:
        return False
    case = _case_of(tok)
    if case == "de" and tok.head.pos_ == "NOUN" \
            and _lemma(tok.head) in word_sets("day_offset_nouns").get(lang, frozenset()):
        return True
    if case:
        prep = case
    elif tok.dep_ in _OBJ or tok.dep_ in _PASS_SUBJ_DEPS:
        prep = "obj"
    else:
        return False
    return (_lemma(tok.head), prep) in _judged_heads(lang)


def other_act_noun(tok: Token, lang: str) -> bool:
    """An event noun of another time than its clause (:func:`sequence_noun`,
    :func:`judged_act_noun`): a date of the clause is not its own (one of its own phrase is:
    « après l'attaque de samedi »)."""
    return sequence_noun(tok, lang) or judged_act_noun(tok, lang)


def later_conjunct(tok: Token, lang: str) -> bool:
    """A coordinated verb that an adverb of ``later_adverbs`` puts after the verb it is coordinated
    with: "was first identified in 2009 and has since spread", "was founded in 1998 and later
    moved". It happened after the first verb's date and before the report, on no day the text
    gives."""
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX"):
        return False
    words = word_sets("later_adverbs").get(lang, frozenset())
    if any(c.dep_ == "advmod" and c.lower_ in words for c in tok.children):
        return True
    # "came into office in January and has tried to reform the police": a present perfect after a
    # simple past goes on from the first verb's date to the time of the report
    head = tok.head
    return (
        lang == "en"
        and _present_perfect(tok)
        and head.tag_ == "VBD"
        and any(c.dep_ == "cc" and head.i < c.i < tok.i for c in head.children)  # a real "and"
    )


def _present_perfect(tok: Token) -> bool:
    """An English verb in the present perfect: "has tried", "have spread"."""
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in tok.children)


def judged_act(tok: Token, lang: str) -> bool:
    """An act someone is judged for, named by a gerund or an event noun after the preposition of a
    verb of blame, praise or sanction (``gerund_object_control_verbs``): "was jailed on Friday for
    stealing £2m", "convicted of murder", "thanked the volunteers for cleaning the beach". It
    happened before the judgement, so it takes no date the text does not give it. French says it
    with a past infinitive after « pour » or « de » (« interpellé lundi pour avoir tué un
    policier », « accusé d'avoir détourné des fonds »): done before whatever governs it."""
    if lang == "fr":
        return (
            tok.pos_ in ("VERB", "AUX")
            and _past_infinitive(tok)
            and any(c.dep_ == "mark" and c.lower_.replace("’", "'") in ("pour", "de", "d'") for c in tok.children)
        )
    if lang != "en" or tok.dep_ not in ("pcomp", "pobj"):
        return False
    if tok.dep_ == "pcomp" and tok.tag_ != "VBG":
        return False
    prep = tok.head
    if prep.dep_ != "prep" or prep.head.i == prep.i:
        return False
    verb = prep.head
    if verb.pos_ in ("NOUN", "NUM") and verb.dep_ in _OBJ and verb.head.i != verb.i:
        verb = verb.head  # "criticised the plan for ignoring": the parser hung "for" on the object
    return (
        verb.pos_ in ("VERB", "AUX")
        and (_lemma(verb), prep.lower_) in _gerund_object_control(lang)
        and not _purpose_gerund(tok, lang)
    )


def _purpose_gerund(tok: Token, lang: str) -> bool:
    """What a verb of sanction is done for rather than what its object did: "arrested a farmer for
    questioning" (``purpose_gerunds``): the police question him, after the arrest."""
    return tok.lower_ in word_sets("purpose_gerunds").get(lang, frozenset())


def _judged_object(tok: Token, lang: str) -> Token | None:
    """The object a gerund's preposition was hung on by the parser, when the object's verb makes
    it the gerund's agent ("criticised the plan for ignoring rural areas": ``for`` depends on
    "plan", the object of "criticised", ``gerund_object_control_verbs``). None elsewhere."""
    prep = tok.head
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    noun = prep.head
    verb = noun.head
    if lang == "en" and noun.dep_ == "pobj" and verb.dep_ == "agent" and verb.head.i != verb.i:
        # "have been accused by rights groups of recruiting children": the parser hung "of" on the
        # passive's agent; the passive subject (the one accused) is the gerund's agent
        passive = verb.head
        if (_lemma(passive), prep.lower_) not in _gerund_object_control(lang) or _purpose_gerund(tok, lang):
            return None
        subject = next((c for c in passive.children if c.dep_ in _PASS_SUBJ), None)
        return subject or _described_by_participle(passive, lang)  # "the mayor, praised by X for cleaning"
    if noun.dep_ not in _OBJ or verb.i == noun.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    if (_lemma(verb), prep.lower_) not in _gerund_object_control(lang) or _purpose_gerund(tok, lang):
        return None
    return _party_of_amount(noun)


def _party_of_amount(obj: Token) -> Token:
    """Who a sum is imposed on when the object of a verb of sanction is the sum ("fined Orvane $1.2
    billion for forcing …", "fined Orvane 1.1 billion euros for …": the parser makes the amount the
    object and Orvane its dative or a modifier of it): the one fined, who did what the gerund says.
    ``obj`` itself when it is no amount or no such party is found."""
    amount = obj.ent_type_ == "MONEY" or obj.pos_ == "NUM" or any(
        c.ent_type_ == "MONEY" or (c.pos_ == "NUM" and c.dep_ in ("nummod", "compound", "quantmod")) for c in obj.children
    )
    if not amount:
        return obj
    head = obj.head
    dative = next((c for c in head.children if c.dep_ in ("dative", "iobj") and c.i < obj.i), None)
    return dative or _first_object_in_amount(obj) or obj


def _described_by_participle(part: Token, lang: str) -> Token | None:
    """The noun an English past participle of blame or praise describes (``gerund_object_control_verbs``:
    "a man suspected of stealing", "the senator, accused of taking bribes,"): the one suspected or
    accused, who does what the gerund after it says. None for any other participle."""
    if lang != "en" or part.dep_ != "acl" or part.tag_ not in ("VBN", "VBD") or part.head.i == part.i:
        return None
    noun = part.head
    # a simple past the tagger chose for the participle has no object of its own ("a nurse praised for")
    if noun.pos_ not in ("NOUN", "PROPN", "PRON") or any(c.dep_ in (*_SUBJ, *_PASS_SUBJ, *_OBJ) for c in part.children):
        return None
    return noun


def _adjunct_gerund(tok: Token) -> bool:
    """An English gerund after a preposition that depends on a verb: "by saying", "after violating",
    "without paying" (``pcomp`` of a ``prep``). The verb's surface subject is the gerund's agent."""
    prep = tok.head
    return (
        tok.dep_ == "pcomp"
        and tok.tag_ == "VBG"
        and prep.dep_ == "prep"
        and prep.head.i != prep.i
        and prep.head.pos_ in ("VERB", "AUX")
    )


def _gerund_governor(tok: Token, lang: str) -> Token | None:
    """The verb a French gerund (« en » and a present participle) tells about when the parser hung
    the gerund on a noun of the clause (« a heurté un rocher en sortant du port »: ``nmod`` of
    « rocher »): a gerund never describes a noun, so the noun's verb is its governor. None for any
    other token, or when the noun depends on no verb."""
    if lang != "fr" or tok.dep_ not in ("nmod", "acl", "obl", "obl:mod"):
        return None
    if "Part" not in _morph(tok, "VerbForm") or "Pres" not in _morph(tok, "Tense"):
        return None
    if not any(c.lower_ == "en" and c.dep_ in ("case", "mark") and c.i < tok.i for c in tok.children):
        return None
    noun = tok.head
    if noun.pos_ in ("VERB", "AUX") and tok.dep_ != "acl":
        return noun  # « en sortant » as an oblique of the verb
    verb = noun.head
    if noun.pos_ not in ("NOUN", "PROPN", "PRON") or verb.i == noun.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb


def _fronted_participle_of_subject(tok: Token) -> bool:
    """A French past participle without auxiliary or object that opens its sentence before the
    main verb, set off by a comma (« Interpellé lundi, le suspect a avoué », « Condamné en 2010,
    l'ancien maire a fait appel »): a passive whose patient is the main clause's subject. Not a
    verb conjugated with « être » (« Arrivé mardi, le ministre … »: who arrived). A participle coordinated with such a one
    (« Élue en 2014 puis réélue en 2020, Mme Rolland … ») is one too."""
    if tok.lang_.startswith("fr") and tok.dep_ == "conj" and tok.head.i < tok.i and tok.pos_ == "VERB" and _bare_past_participle(tok):
        if _lemma(tok) in word_set("fr", "etre_verbs") or any(c.dep_ in _OBJ for c in tok.children):
            return False
        return _fronted_participle_of_subject(tok.head)
    if not tok.lang_.startswith("fr") or tok.pos_ != "VERB" or not tok.dep_.startswith("advcl"):
        return False
    if tok.i != tok.sent.start or tok.head.i <= tok.i or not _bare_past_participle(tok):
        return False
    if _lemma(tok) in word_set("fr", "etre_verbs") or any(c.dep_ in _OBJ for c in tok.children):
        return False
    if _lemma(tok) in word_set("fr", "pronominal_participles") and any(
        c.dep_ in _SUBJ and _is_human(c) for c in tok.head.children
    ):
        return False  # « Retiré de la course, le candidat … »: having withdrawn (« s'étant retiré »), he acts
    return any(t.text == "," for t in tok.doc[tok.i + 1 : tok.head.i])


def _bare_past_participle(tok: Token) -> bool:
    """A past participle with no auxiliary of its own (« arrêté lundi », « élu en 2019 »)."""
    return (
        "Part" in _morph(tok, "VerbForm")
        and "Pres" not in _morph(tok, "Tense")
        and not any(c.dep_.startswith("aux") for c in tok.children)
    )


def _past_closed_quotation(head: Token, adjunct: Token) -> Token:
    """The verb whose subject an adverbial after ``head`` belongs to: ``head`` itself, or, when
    ``head`` is a quoted clause closed before the adverbial, the verb that reports the quotation
    (« a précisé que « personne ne partira » en ajoutant ... »: the speaker adds, not
    « personne »)."""
    if not (head.i < adjunct.i and head.dep_ in ("ccomp", "parataxis") and head.head.i != head.i):
        return head
    closing = any(
        t.text in ("»", "”") and t.head.i == head.i for t in head.doc[head.i + 1 : adjunct.i]
    )
    return head.head if closing else head


def _bare_misparse(verb: Token, head: Token, lang: str) -> bool:
    """An English base-form complement without "to" under a verb that takes no bare infinitive
    (``bare_infinitive_verbs``): a noun read as a verb ("Acme integrates search") or an imperative
    of a quotation ('saying, "Stop me"'), which inherits no subject."""
    if lang != "en" or verb.tag_ != "VB" or any(c.lower_ == "to" for c in verb.children):
        return False
    return _lemma(head) not in word_sets("bare_infinitive_verbs").get(lang, frozenset())


def _headline_infinitive_subject(tok: Token, lang: str) -> Token | None:
    """The name an English headline's "to" infinitive tells the plan of ("Velcora to buy Norvane",
    "Boeing to cut 500 jobs"): a sentence without a finite verb whose root is the name, with the
    infinitive hung on it; never a common noun ("Plans to buy Norvane") nor a name in a clause."""
    if lang != "en" or tok.dep_ not in ("acl", "relcl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    ):
        return None
    head = tok.head
    if head.dep_ != "ROOT" or head.i > tok.i or not _is_name_like(head) or head.pos_ not in ("PROPN", "NOUN"):
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in head.sent):
        return None  # a sentence with a finite verb is no headline
    return head


def _controlled_subject(tok: Token, lang: str) -> tuple[Token | None, ArgumentVia, bool]:
    """The subject of a verb, ``(token, via, is_patient)``, through coordination, control and
    raising: "Acme agreed to acquire Beta" and "Acme a décidé de quitter" (subject control),
    "Acme is expected to buy" and "Acme a été contraint de vendre" (the passive subject of the
    matrix verb), "forced Acme to sell" and "a ordonné à Acme de payer" (object control, from
    ``object_control_verbs``), "Acme is likely to sell" (an adjective), "Acme's decision to close"
    and "Acme announced plans to buy" (``control_nouns``). ``is_patient`` when the verb is itself
    a passive infinitive ("Acme agreed to be acquired": Acme is acquired)."""
    passive_inf = _has_passive_aux(tok)
    cur = tok
    via: ArgumentVia = "direct"
    # Whether ``cur`` was reached from ``tok`` through infinitive complements (and coordination)
    # only, the last step an infinitive: then a passive subject of ``cur`` controls ``tok``.
    controlled = False
    path_clean = True
    active_conjunct = False  # whether ``cur`` was reached from an active conjunct of it
    adjunct = False  # whether ``cur`` was reached from a gerund after a preposition ("after selling")
    # Whether ``cur`` is the infinitive a French adverbial infinitive hangs on (« contraint de
    # démissionner après avoir été mis en examen »): a passive subject controlling ``cur`` does both.
    adjunct_infinitive = False
    headline = _headline_infinitive_subject(tok, lang)
    if headline is not None:
        return headline, "direct", passive_inf
    for _ in range(8):
        own_patient = passive_inf and cur.i != tok.i
        own = _own_subject(cur) or _subject_of_first_listed(cur)
        if own is not None:
            return own, via, own_patient
        described = _participle_noun(cur) if cur.i != tok.i and lang == "fr" and controlled else None
        if described is not None:
            return described, "control", passive_inf  # « X, soupçonné d'avoir tué sa femme »: X killed
        passive = next((c for c in cur.children if c.dep_ in _PASS_SUBJ), None)
        if passive is not None:
            if active_conjunct:
                return passive, via, own_patient  # "Il fut exclu et déclara": the speaker
            if adjunct:
                return passive, "control", own_patient  # "Acme was fined for violating the law"
            if not controlled:
                return None, via, False  # a passive: its subject is the patient
            if lang == "fr" and impersonal(passive, "fr"):
                # « il a été décidé par le conseil d'interdire la pêche »: the « par » complement
                # decides; the impersonal « il » is nobody
                return _passive_agent(cur), "control", passive_inf
            return passive, "control", passive_inf  # "Acme is expected to buy"
        dep_subject = _dep_subject(cur)
        if dep_subject is not None:
            if cur.i == tok.i:
                return dep_subject, via, _is_passive(cur)
            if _has_passive_aux(cur):
                if not controlled:
                    return None, via, False
                return dep_subject, "control", passive_inf
            return dep_subject, via, own_patient
        head = cur.head
        if head.i == cur.i:
            main = _main_clause_of_fronted_infinitive(cur, lang)
            if main is not None:
                return main, "control", passive_inf
            return None, via, False
        if cur.dep_ == "conj" or (cur.dep_ in ("parataxis", "advcl") and _listed_verb(cur)):
            active_conjunct = _active_conjunct(cur)
            cur = _matrix_of_misattached_conjunct(cur) or head
            controlled = False
            continue
        active_conjunct = False
        adjunct = False
        if lang == "en" and _paid_with_sum(head, cur):
            return None, via, False  # "paid Real Madrid 80 million euros to sign X": who signs?
        chooser = _english_object_controller(head, cur) if lang == "en" else None
        if chooser is not None:
            return chooser, "control", passive_inf  # "appointed Jo Orr to replace him": Orr replaces
        if _adjunct_gerund(cur):
            # "Acme justified the deal by saying ...", "was suspended after violating the law":
            # the surface subject of the verb the preposition depends on does what the gerund says;
            # after "as" its object ("quoted the minister as saying", object_control_prepositions)
            if head.lower_ in word_sets("object_control_prepositions").get(lang, frozenset()) or (
                (_lemma(head.head), head.lower_) in _gerund_object_control(lang) and not _purpose_gerund(cur, lang)
            ):
                # "accused the government of ignoring warnings": the government ignored them
                obj = next((c for c in head.head.children if c.dep_ in _OBJ and c.i < head.i), None)
                if obj is not None:
                    return _party_of_amount(obj), "control", passive_inf
                described = _described_by_participle(head.head, lang)
                if described is not None:
                    return described, "control", passive_inf  # "a man suspected of stealing paintings"
            cur = head.head
            adjunct = True
            controlled = False
            path_clean = False
            via = "control"
            continue
        if (
            (cur.dep_ in ("advcl", "advcl:cleft") or _oblique_adverbial_infinitive(cur, lang))
            and _is_nonfinite(cur)
            # "lorsqu'un vote a été annoncé" is finite: an auxiliary other than "to" (or, in French,
            # than the auxiliary's own infinitive or participle: « après avoir signé », « ayant vu »)
            and not any(
                c.dep_.startswith("aux") and c.pos_ != "PART" and not (lang == "fr" and _is_nonfinite(c))
                for c in cur.children
            )
        ):
            # French: the surface subject of the verb an adverbial infinitive or gerund depends on
            # does what it says, a passive subject too (« le suspect a été arrêté après avoir
            # tiré », « est rentré au port en sortant »); a bare past participle is passive
            # itself (« arrêté lundi, le suspect a été transféré »)
            planned = _planned_by(cur, head, lang)
            if planned is not None:
                return planned[0], "control", passive_inf
            adjunct = lang == "fr" and not _bare_past_participle(cur)
            cur = _past_closed_quotation(head, cur) if lang == "fr" else head
            adjunct_infinitive = adjunct and cur.i == head.i and _is_infinitive(head)
            controlled = False
            path_clean = False
            continue
        judged = _judged_object(cur, lang)
        if judged is not None:
            return judged, "control", passive_inf
        governor = _gerund_governor(cur, lang)
        if governor is not None:
            # « a heurté un rocher en sortant du port »: a gerund the parser hung on a noun
            # or read as an oblique still tells what the subject of that verb did
            cur = _past_closed_quotation(governor, cur)
            controlled = False
            path_clean = False
            adjunct = True
            via = "control"
            continue
        if (
            _is_infinitive(cur)
            and head.dep_ == "advmod"
            and head.lower_ in word_sets("purpose_adverbs").get(lang, frozenset())
            and head.head.i != head.i
        ):
            # « a vendu ses parts afin de financer »: the parser hangs the infinitive on « afin »,
            # an adverb of the verb whose subject does what the infinitive says
            cur = head.head
            controlled = False
            path_clean = False
            via = "control"
            continue
        if cur.dep_ == "xcomp":
            if _bare_misparse(cur, head, lang):
                return None, via, False
            if _matrix_lemma(head, lang) in word_sets("object_control_verbs").get(lang, frozenset()):
                obj = _control_object(head, cur) or _object_read_as_subject(head, cur)
                if obj is not None:
                    return obj, "control", passive_inf
            performer = _causative_performer(head, cur) if lang == "fr" else None
            if performer is not None:
                return performer, "control", passive_inf  # « le préfet a laissé partir les manifestants »
            if _is_nonfinite(cur):
                via = "control"
            controlled = (path_clean or adjunct_infinitive) and _is_nonfinite(cur)
            adjunct_infinitive = False
            cur = head
            continue
        if cur.dep_ == "acomp" and (cur.pos_ == "ADJ" or cur.tag_ == "VBN"):
            # "Acme is likely to sell", "Acme is committed to support": the copula's subject
            cur = head
            continue
        if lang == "en" and cur.dep_ in ("acl", "relcl") and _is_infinitive(cur) and head.pos_ == "NOUN":
            holder = _opportunity_holder(head)
            if holder is not None:
                return holder, "control", passive_inf  # "gave the company a chance to appeal"
        if (
            cur.dep_ == "acl"
            and _is_infinitive(cur)
            and head.pos_ == "NOUN"
            and _lemma(head) in word_sets("control_nouns").get(lang, frozenset())
        ):
            return _noun_controller(head, lang), "control", passive_inf
        if (
            lang == "fr"
            and cur.dep_ in ("acl", "nmod")
            and _is_infinitive(cur)
            and (head.dep_ in _OBJ or (head.dep_.startswith(("obl", "iobj")) and _case_of(head) == "à"))
            and head.pos_ in ("NOUN", "PROPN", "PRON")
            and head.head.pos_ == "VERB"
            and _lemma(head.head) in word_sets("object_control_verbs").get(lang, frozenset())
            and any(c.dep_ == "mark" and _prep_norm(c.text) in ("à", "de") and c.i < cur.i for c in cur.children)
            and not _is_reflexive(head.head)
            # « a demandé le droit de manifester »: the noun's own infinitive, no one who acts
            and _lemma(head) not in word_sets("infinitive_nouns").get(lang, frozenset())
        ):
            # « le préfet a poussé les éleveurs à manifester », « a demandé au directeur de
            # l'hôpital de démissionner »: the infinitive the parser hung on the object (or the « à »
            # complement) of an object-control verb is that verb's, and the object does what it says
            return head, "control", passive_inf
        if cur.dep_ == "acl" and _purpose_on_object(cur, head, lang):
            # « ont bloqué l'accès d'un dépôt pour protester »: the parser hung the purpose
            # infinitive on the object; the subject of the verb does what it says
            cur = head.head
            controlled = False
            path_clean = False
            adjunct = True
            via = "control"
            continue
        detached = _detached_participle_governor(cur)
        if detached is not None:
            cur = detached
            controlled = False
            path_clean = False
            via = "control"
            continue
        return None, via, False
    return None, via, False


def _oblique_adverbial_infinitive(tok: Token, lang: str) -> bool:
    """A French past infinitive after a preposition that the parser hung on the main verb as an
    oblique (« Après avoir été élu maire, Paul Durand a nommé », « élu » ``obl:mod``): an adverbial
    clause all the same."""
    return (
        lang == "fr"
        and tok.pos_ == "VERB"
        and tok.dep_.startswith("obl")
        and tok.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("mark", "case") and c.pos_ == "ADP" and c.i < tok.i for c in tok.children)
        and any(c.dep_.startswith("aux") and "Inf" in _morph(c, "VerbForm") and c.i < tok.i for c in tok.children)
    )


def _purpose_on_object(infinitive: Token, noun: Token, lang: str) -> bool:
    """A French infinitive after « pour » that the parser hung on the object of a verb, which tells
    why the verb's subject acted (« Les militants ont bloqué l'accès du dépôt pour protester »). Not
    after a plan (``control_nouns``, read by :func:`_planned_by`), a noun whose possessive or « de »
    name or agentive noun may be who acts (« la loi du gouvernement pour interdire »), nor under a
    verb that only judges the object (« ont critiqué la loi pour interdire »)."""
    if lang != "fr" or not _is_infinitive(infinitive) or noun.dep_ not in _OBJ:
        return False
    verb = noun.head
    if verb.pos_ != "VERB" or verb.i == noun.i or not any(c.dep_ in _SUBJ for c in verb.children):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "pour" and c.i < infinitive.i for c in infinitive.children):
        return False
    if _lemma(noun) in word_sets("control_nouns").get(lang, frozenset()):
        return False
    if any(c.dep_ in ("det", "det:poss") and "Yes" in _morph(c, "Poss") for c in noun.children):
        return False
    for _prep, head, kind in _complements(noun):
        if kind == "obl" and (_is_name_like(head) or _lemma(head) in word_set("xx", "agentive_nouns") or _is_human(head)):
            return False
    lex = _default_lexicon()
    return not any(e.type in _COMMUNICATION_TYPES for e in lex.lookup(lang, _lemma(verb), "VERB"))


def _matrix_lemma(tok: Token, lang: str) -> str:
    """The lemma of a control verb, a French past participle after its auxiliary that the parser
    read as a noun too (« ont persuadé le maire de signer »: « persuadé » NOUN, lemma « persuadé »)."""
    if lang == "fr" and tok.pos_ in ("NOUN", "ADJ") and any(
        c.dep_.startswith("aux") and c.i < tok.i and _lemma(c) in ("avoir", "être") for c in tok.children
    ):
        return verb_lemma(tok.lower_, _lemma(tok), lang)
    return _lemma(tok)


def _object_read_as_subject(matrix: Token, infinitive: Token) -> Token | None:
    """The object of a French object-control verb that the parser read as a second subject after
    it (« Les syndicats ont persuadé le maire de Grenoble de signer »: « maire » nsubj), when the
    verb has its own subject before it."""
    if not matrix.lang_.startswith("fr") or not any(c.dep_ in _SUBJ and c.i < matrix.i for c in matrix.children):
        return None
    return next(
        (c for c in matrix.children if c.dep_ in _SUBJ and matrix.i < c.i < infinitive.i and c.pos_ in ("NOUN", "PROPN")),
        None,
    )


def _planned_by(infinitive: Token, verb: Token, lang: str) -> tuple[Token | None] | None:
    """Who does what a purpose infinitive says when it follows the object of ``verb`` that is a
    plan (``control_nouns``) and so tells the plan's content, which the parser hung on the verb
    (« Les syndicats ont critiqué le plan du gouvernement pour supprimer des postes »: the
    government): the plan's « de » name or agentive noun, or its possessive; nobody when it names
    none and ``verb`` is a verb of opinion, no announcement (« ont dénoncé le projet pour
    supprimer »: not the unions). After such a verb any object tells what is judged: a person or
    a name did it (« a critiqué le préfet pour avoir fermé la plage »), a thing is done by its « de »
    name (« la loi du gouvernement pour interdire ») or by nobody (« ont dénoncé la réforme pour
    supprimer »). None, the rule does not apply, otherwise (« a présenté un plan pour réduire »:
    the subject of « présenté »)."""
    if lang != "fr" or not any(
        c.dep_ == "mark" and c.lower_ in word_sets("purpose_adverbs").get(lang, frozenset()) | {"pour"}
        for c in infinitive.children
    ):
        return None
    first = infinitive.left_edge.i
    plan = next(
        (
            c for c in verb.children
            if c.dep_ in _OBJ and c.i < infinitive.i and c.right_edge.i + 1 == first
        ),
        None,
    )
    if plan is None:
        return None
    lex = _default_lexicon()
    entries = lex.lookup(lang, _lemma(verb), "VERB")
    announcing = any(e.type == "Announcement" for e in entries)
    judging = any(e.type == "Statement" for e in entries) and not announcing
    past = any(c.dep_.startswith("aux") and "Inf" in _morph(c, "VerbForm") for c in infinitive.children)
    if past and (
        _lemma(verb) in word_sets("object_control_verbs").get(lang, frozenset())
        or _lemma(verb) in word_sets("sanction_verbs").get(lang, frozenset())
    ) and (_is_name_like(plan) or _is_human(plan) or _organisation_like(plan, lang) or _lemma(plan) in _people_nouns(lang)):
        # « a remercié la police pour avoir arrêté les suspects »: the police arrested them; « Le club
        # a licencié l'entraîneur pour avoir agressé un joueur »: the coach did (``sanction_verbs``);
        # not « a invité les maires pour annoncer » (the prefect's purpose)
        return (plan,)
    if _lemma(plan) not in word_sets("control_nouns").get(lang, frozenset()):
        if not judging:
            return None
        if _is_name_like(plan) or _is_human(plan):
            # « a critiqué le préfet pour avoir fermé la plage »: the one judged did it; a present
            # infinitive is the subject's purpose (« a salué les sauveteurs pour rendre hommage »)
            return (plan,) if past else None
    for prep, head, kind in _complements(plan):
        if kind == "obl" and prep in word_set("xx", "genitive_prepositions") and head.i < infinitive.i:
            if _is_name_like(head) or _lemma(head) in word_set("xx", "agentive_nouns"):
                return (head,)
            if announcing and not any(c.dep_ in ("det", "det:poss") for c in head.children) and not _contracted_article(head):
                # « Le gouvernement a présenté un projet de loi pour interdire »: a kind of plan, no
                # owner; the one who announces it has it
                break
            return (None,)  # « le plan de la réforme pour … »: whose plan the text does not say here
    possessor = next(
        (c for c in plan.children if c.dep_ in ("det", "det:poss") and c.i < plan.i and "Yes" in _morph(c, "Poss")),
        None,
    )
    if possessor is not None:
        return (possessor,)
    return (None,) if judging else None


def _relative_que_antecedent(verb: Token) -> Token | None:
    """The noun a French relative « que » takes up when the parser read the pronoun as a
    conjunction (``mark``) of a clause hung on the noun: the clause has a subject of its own, no
    object, and its past participle agrees with the noun (« les deux hommes, que la police a
    arrêtés »); not a completive after a noun (« l'annonce que la police a arrêté deux hommes »)."""
    if verb.dep_ not in ("acl", "acl:relcl") or verb.pos_ != "VERB" or verb.head.i > verb.i:
        return None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    children = list(verb.children)
    que = next(
        (c for c in children if c.dep_ == "mark" and c.i < verb.i and c.lower_.replace("’", "'") in word_set("fr", "relative_object_pronouns")),
        None,
    )
    if que is None or any(not (t.is_punct or t.head.i == noun.i and t.dep_ == "amod") for t in noun.doc[noun.i + 1 : que.i]):
        return None
    if not any(c.dep_ == "nsubj" and que.i < c.i < verb.i for c in children) or _objects(verb):
        return None
    if not any(c.dep_ == "aux:tense" for c in children) or "Part" not in _morph(verb, "VerbForm"):
        return None
    return noun if _participle_agrees(noun, verb) else None


def _relative_object(verb: Token) -> Token | None:
    """The French relative pronoun object before its verb: "qu'" in "l'accord qu'ont signé"."""
    for child in verb.children:
        if (
            child.dep_ in _OBJ
            and child.i < verb.i
            and child.lower_.replace("’", "'") in word_set("fr", "relative_object_pronouns")
        ):
            return child
    return None


def _incise_speaker(tok: Token) -> bool:
    """Whether a common noun after the verb of an incise can be its speaker: someone
    (:func:`_is_speaker`, :func:`_is_human`) or a writing that speaks for its author (``document_speakers``: « précise
    le communiqué »). A thing is the object of a second act of the subject before the comma (« Le
    maire a pris la parole, explique le projet », « …, annonce une tournée »)."""
    if _is_speaker(tok) or _is_human(tok) or _lemma(tok) in word_sets("document_speakers").get(tok.lang_[:2], frozenset()):
        return True
    if any(t.text in ("»", "”") for t in tok.doc[tok.sent.start : tok.head.i]) or _opens_cut_incise(tok):
        return True  # « “…”, affirme un jeune locataire »: after a quotation, whoever follows says it
    # « …, écrit le quotidien El Punt Avui », « un locataire, Marc Jolivet »: a noun with a name of
    # its own, no preposition between
    return any(
        c.i > tok.i and c.dep_ in ("appos", "conj", "flat:name", "nmod", "compound") and _ent(c) in ("PER", "ORG")
        and not any(g.dep_ == "case" for g in c.children)
        for c in tok.children
    )


def _opens_cut_incise(tok: Token) -> bool:
    """Whether ``tok`` is in the first sentence of a Doc that opens with a comma: an incise that
    language routing cut from the quotation before it (« « Free accounts will lose links », a écrit
    le milliardaire »: the French segment starts at the comma), its closing mark in another Doc."""
    doc = tok.doc
    return tok.sent.start == 0 and len(doc) > 0 and doc[0].text == ","


def _inverted_subject(verb: Token, *, incise: bool = True) -> Token | None:
    """French subject-verb inversion: after a quotation or in an incise ("« … », a déclaré Oumar
    Maïga", "…, a annoncé jeudi la commission"), and, whatever the verb, in a relative clause whose
    pronoun is the object ("l'accord qu'ont signé les deux pays"), where the parser reads the
    postposed subject as an object. ``incise=False`` looks at relative clauses only."""
    if not verb.lang_.startswith("fr") or any(c.dep_ in _SUBJ and not _quoted_before(c, verb) for c in verb.children):
        return None
    relative = verb.dep_.startswith("acl") and _relative_object(verb) is not None
    if not relative and incise:
        after = _after_comme_clitic(verb)
        if after is not None:
            return after
    if not relative:
        if not incise:
            return None
        if _incise_start(verb) is None or _in_verb_list(verb):
            return None
    for child in verb.children:
        if (
            child.i > verb.i
            and (
                (child.dep_ in (_OBJ | _PASS_SUBJ) and (_is_name_like(child) or (child.pos_ == "NOUN" and (relative or _incise_speaker(child)))))
                # « “…”, s'est félicité M. Martinez »: after a reflexive verb of an incise the parser
                # leaves the postposed name unlabelled (``dep``); a name there is the speaker
                or (child.dep_ == "dep" and not relative and _is_name_like(child))
                # « “…” a déclaré Barack Obama lorsqu'il … »: a subordinate clause after the name
                # makes the parser read it as a bare adverbial; a person's or organisation's name
                # right after the verb with no preposition is the speaker
                or (not relative and _bare_name_after(verb, child))
            )
            # « …, a annoncé mardi Renault »: the parser reads the weekday as an object too
            and not (_lemma(child) in word_set("xx", "temporal_words") or child.ent_type_ in ("DATE", "TIME"))
        ):
            return (_set_off_name(verb, child) if not relative else None) or child
    if not relative:
        under = _subject_under_time(verb)
        if under is not None and (_is_name_like(under) or _determined(under)):
            return under
        # "…, déclare à l'AFP Jean-Philippe Magnen": the speaker's name hung on the addressee
        # (« à l'agence Reuters Pierre Martin »: on a common noun after an organisation's name;
        # « à l'AFP Gilles-Éric Séralini »: a compound given name the parser splits).
        for child in verb.children:
            if child.i > verb.i and child.dep_ in ("obl:arg", "obl", "obl:mod", "iobj"):
                named = _person_after_organisation(child)
                if named is not None:
                    return named
        # « …, a déclaré après la rencontre l'entraîneur X », « a affirmé devant la presse le
        # ministre »: the speaker hung on the complement before it, as its apposition
        for child in verb.children:
            if child.i > verb.i and child.dep_.startswith("obl"):
                under = _subject_under_complement(child)
                if under is not None:
                    return under
        # "…, affirme un jeune manifestant, X": a determined noun the parser read as an adjectival
        # complement of the verb.
        for child in verb.children:
            if (
                child.i > verb.i
                and child.dep_ == "xcomp"
                and child.pos_ in ("NOUN", "ADJ")
                and any(c.dep_ == "det" and c.i < child.i for c in child.children)
            ):
                return child
    return None


def _set_off_name(verb: Token, noun: Token) -> Token | None:
    """The person's name that a comma sets off after the postposed speaker ``noun`` at the end of
    the sentence, which the parser hung on the verb as a complement (« « … », a expliqué sa
    directrice financière, Sophie Marchal. »): the speaker's name, which the noun only describes."""
    if noun.pos_ != "NOUN":
        return None
    after = noun.right_edge.i + 2
    doc = verb.doc
    if after >= len(doc) or doc[after - 1].text != ",":
        return None
    name = doc[after]
    if name.head != verb or not name.dep_.startswith("obl") or name.pos_ != "PROPN" or _ent(name) != "PER" or _case_of(name):
        return None
    last = name.right_edge.i
    return name if all(t.is_punct for t in doc[last + 1 : name.sent.end]) else None


def _bare_name_after(verb: Token, child: Token) -> bool:
    """``child`` is an adverbial the parser hung on ``verb`` that is a person's or organisation's name
    starting right after the verb, with no preposition of its own (« a déclaré Barack Obama lorsqu'il
    apprit la nouvelle »); « a déclaré à Paris », « a déclaré lundi » are no such names."""
    return (
        child.dep_.startswith("obl")
        and child.left_edge.i == verb.i + 1
        and _ent(child) in ("PER", "ORG")
        and _is_name_like(child)
        and not any(c.dep_ == "case" for c in child.children)
    )


def _subject_under_complement(comp: Token) -> Token | None:
    """A postposed speaker the parser hung on the prepositional complement before it (« après la
    rencontre l'entraîneur X »): a noun with a determiner of its own, right after the complement's
    own words with no comma or preposition between, that can speak (a name, a speaker noun). None
    for a noun the complement really takes (« à la veille du scrutin ») and for a bare name in
    apposition to it (« a dit au ministre Pierre Martin »: the addressee)."""
    if not any(c.dep_ == "case" for c in comp.children):
        return None
    for sub in comp.children:
        if sub.i <= comp.i or sub.dep_ not in ("appos", "nmod", "flat:name"):
            continue
        if any(c.dep_ == "case" for c in sub.children):
            continue
        if sub.doc[sub.left_edge.i - 1].is_punct:
            continue  # « après la rencontre, l'entraîneur X »: an apposition set off by a comma
        if not any(c.dep_ == "det" and c.i < sub.i for c in sub.children):
            continue  # « a dit au ministre Pierre Martin »: a bare name is the complement's apposition
        if _lemma(sub) in word_set("xx", "temporal_words"):
            continue
        if _ent(sub) in ("PER", "ORG") or _is_speaker(sub):
            return sub
    return None


_CLOSING_QUOTES = frozenset({"»", "”", '"'})


def _person_after_organisation(tok: Token) -> Token | None:
    """The first word of a person's name that the parse hung on the organisation ``tok`` names or
    heads (« à l'AFP Gilles-Éric Morel », « à l'agence RIA Novosti Valentine Morel »): the name
    follows the organisation's own name directly (no comma, no preposition) and is no part of it.
    None when ``tok`` is not an organisation or has no organisation's name in its own words."""
    if _ent(tok) != "ORG" and not any(
        _ent(t) == "ORG" and t.head.i == tok.i and t.i > tok.i and not any(c.dep_ == "case" for c in t.children)
        for t in tok.children
    ):
        return None
    if _ent(tok) != "ORG" and _lemma(tok) in word_sets("person_role_nouns").get(tok.lang_[:2], frozenset()):
        return None  # « la députée LFI Clémence Roux »: the person holds the role, her party between
    for g in tok.subtree:
        if g.i <= tok.i:
            continue
        if g.is_punct or g.pos_ == "ADP":
            return None
        if _ent(g) == "PER" and g.ent_iob_ == "B" and g.dep_ in ("appos", "flat:name", "flat", "nmod"):
            return g
    return None


def _quoted_before(tok: Token, verb: Token) -> bool:
    """``tok`` lies before ``verb`` in a quotation that an incise follows (« Il y a… », a expliqué
    X): a closing quotation mark and a comma or a colon next to it between them. A word of the
    quotation the parser hung on the reporting verb, never that verb's subject; a name in quotation
    marks is still one (« Le "Grand Paris" a été lancé »)."""
    if tok.i >= verb.i:
        return False
    doc = verb.doc
    for t in doc[tok.i + 1 : verb.i]:
        if t.text in _CLOSING_QUOTES:
            before = doc[t.i - 1].text if t.i > 0 else ""
            after = doc[t.i + 1].text if t.i + 1 < len(doc) else ""
            if before in (",", ":", ".", "!", "?", "…") or after in (",", ":"):
                return True
    return False


def _after_comme_clitic(verb: Token) -> Token | None:
    """The subject after the verb of « comme le rappelle HRW », « comme l'a souligné le ministre »
    (``inversion_conjunctions`` + ``neuter_clitics``): the name or determined noun right after the
    verb, its adverbs aside, wherever the parser hung it. None in any other clause."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return None
    first = verb.left_edge.i
    marks = word_set("fr", "inversion_conjunctions")
    clitics = word_set("fr", "neuter_clitics")
    before = list(doc[max(0, first - 1) : verb.i])
    if not any(t.lower_ in marks for t in before) or not any(
        t.lower_.replace("’", "'") in clitics and t.pos_ == "PRON" for t in before
    ):
        return None
    k = verb.i + 1
    while k < len(doc) and doc[k].pos_ == "ADV":
        k += 1
    if k >= len(doc):
        return None
    tok = doc[k]
    if tok.pos_ == "PROPN" or _is_name_like(tok):
        return tok
    if tok.pos_ == "DET" and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    return None


_INCISE_MARKS = frozenset({"»", "”", '"', ",", ":"})


def _euphonic_t(tok: Token) -> bool:
    """The « -t- » of « a-t-il », which the parser may take for a subject."""
    return tok.text.strip("-‑").lower() == "t"


def _incise_start(verb: Token) -> int | None:
    """The first token of a verb group set off by a quotation mark, a comma or a colon (« », a
    déclaré X »), None when the verb group is not an incise."""
    group = [verb, *_causers_before(verb)]
    first = min([t.i for t in group] + [c.i for t in group for c in t.children if c.dep_.startswith("aux")])
    before = verb.doc[max(0, first - 2) : first]
    return first if any(t.text in _INCISE_MARKS for t in before) else None


def _causers_before(verb: Token) -> list[Token]:
    """The French causative verb (``causer_verbs``) the parser hung on the infinitive ``verb`` right
    after it (« », a fait savoir la CGT »: « fait » a ``dep`` of « savoir »), part of its verb group."""
    # the tagger reads some infinitives after « fait » as finite (« fait interpeller »): the form is the lemma
    if not verb.lang_.startswith("fr") or not (_is_infinitive(verb) or verb.lower_ == _lemma(verb)):
        return []
    return [
        c for c in verb.children
        if c.i == verb.i - 1 and c.dep_ not in _SUBJ and c.dep_ not in _PASS_SUBJ and _lemma(c) in word_set("fr", "causer_verbs")
    ]


def _subject_under_time(verb: Token) -> Token | None:
    """A postposed subject the parser hung on the time word before it, as a complement without a
    preposition (« …, a annoncé mercredi la CGT », « a indiqué lundi la direction »), or on the verb
    after a weekday and its part of the day (« a annoncé mardi soir la CGT »: « soir » is no
    subject)."""
    temporal = word_set("xx", "temporal_words")

    def bare(tok: Token, after: int) -> bool:
        return (
            tok.i > after
            and tok.pos_ in ("NOUN", "PROPN")
            and _lemma(tok) not in temporal
            and not any(c.dep_ == "case" for c in tok.children)
        )

    for child in verb.children:
        if not (child.i > verb.i and child.dep_.startswith(("obl", "obj")) and _lemma(child) in temporal):
            continue
        # « a indiqué samedi soir la préfecture »: also under the part of the day hung on the weekday
        parts = [s for s in child.children if s.i > child.i and s.dep_.startswith("nmod") and _lemma(s) in temporal]
        for time in (child, *parts):
            for sub in time.children:
                # « a demandé jeudi la députée X »: also hung as the time word's object
                if sub.dep_.startswith(("nmod", "obj")) and bare(sub, time.i):
                    return sub
        # the time word and its parts of the day, then a sibling of them on the verb
        end = max([child.i] + [s.i for s in child.children if s.dep_.startswith("nmod") and _lemma(s) in temporal])
        for sib in verb.children:
            if sib.i == end + 1 or (sib.i > end and sib.left_edge.i == end + 1):
                if sib.dep_.startswith(("obl", "obj")) and bare(sib, end) and (_ent(sib) in ("PER", "ORG") or _is_speaker(sib)):
                    return sib
    return None


def _incise_name(verb: Token, subject: Token) -> Token | None:
    """The name after a reporting verb in an incise whose parsed subject lies before the incise
    ("C'est un exemple d'ingérence, a déclaré Abdel Sayda": the parser makes "exemple" the
    subject and the speaker the object). Only a name is taken; a noun object stays one."""
    if not verb.lang_.startswith("fr") or subject.i > verb.i:
        return None
    first = _incise_start(verb)
    if first is None or not any(t.text in _INCISE_MARKS for t in verb.doc[subject.i : first]):
        return None
    if _closes_apposition(subject, first):
        return None
    for child in verb.children:
        if child.i > verb.i and child.dep_ in _OBJ and _ent(child) in ("PER", "ORG") and _is_name_like(child):
            return child
    under = _subject_under_time(verb)
    if under is not None and (
        (_ent(under) in ("PER", "ORG") and _is_name_like(under))
        or (_lemma(verb) in word_set("fr", "reporting_verbs") and _determined(under) and _is_speaker(under))
    ):
        return under  # « La grève continuera, a annoncé mercredi la CGT »
    if _lemma(verb) in word_set("fr", "reporting_verbs"):
        # « Helvia ne vendra plus le Dolazan, a annoncé mardi l'entreprise »: after a reporting verb
        # set off as an incise, a determined noun that can speak is the speaker, not what was said
        # (« …, a annoncé sa retraite » stays an object)
        for child in verb.children:
            if child.i > verb.i and child.dep_ in _OBJ and child.pos_ == "NOUN" and _determined(child) and _is_speaker(child):
                return child
    return None


def _closes_apposition(subject: Token, first: int) -> bool:
    """Whether the comma before the verb group starting at ``first`` closes a name set off by
    commas after the subject (« Le directeur sportif, Raphael Meyer, a félicité son coureur »):
    the subject's own apposition, so the verb is no incise and its object no speaker."""
    doc = subject.doc
    if first < 2 or doc[first - 1].text != "," or subject.right_edge.i != first - 2:
        return False
    # the name must end at that comma: « Le maire, Jean Moulin, et son adjoint ont démissionné lundi,
    # a annoncé la préfecture »: the comma after the name opens the coordination, not the verb
    if any(
        c.i > subject.i
        and c.dep_ in ("appos", "conj")
        and doc[c.i - 1].text == ","
        and _is_name_like(c)
        and c.right_edge.i == first - 2
        for c in subject.children
    ):
        return True
    # « Sa prédécesseure, Audrey Azoulay, a félicité le directeur »: the parser made the name set
    # off by two commas the subject and hung the noun it describes elsewhere; a name between a
    # noun's comma and the verb's is that noun's apposition, not a quotation before an incise
    start = subject.left_edge.i
    return (
        start >= 2
        and doc[start - 1].text == ","
        and doc[start - 2].pos_ in ("NOUN", "PROPN")
        and _is_name_like(subject)
        and not any(t.text in _INCISE_MARKS and t.text != "," for t in doc[start - 1 : first])
    )


def _described_postposed(verb: Token, subj: Token) -> Token | None:
    """The French object between a verb and its postposed subject that ends right before a comma
    and the subject's name (« a indiqué la directrice de la filiale, Nadia Berrada »): a
    description of the subject in apposition, not what the verb acts on. None otherwise."""
    if not verb.lang_.startswith("fr") or subj.i <= verb.i + 1 or not _is_name_like(subj):
        return None
    doc = verb.doc
    if doc[subj.i - 1].text != ",":
        return None
    for child in verb.children:
        if not (verb.i < child.i < subj.i and child.dep_ in _OBJ and child.pos_ == "NOUN"):
            continue
        set_off = _set_off_name(verb, child)
        # « a reconnu son entraîneur, Didier Lamarque »: a title no human noun of the lexicons that
        # the speaker's name sets off at the end of the incise describes the speaker too
        if _is_human(child) or (set_off is not None and set_off.i == subj.i):
            end = child.right_edge.i
            if end == subj.i - 2:
                return child
    return None


def _determined(tok: Token) -> bool:
    """A noun with a definite or possessive determiner of its own (« l'entreprise », « sa direction »)."""
    return any(
        c.dep_ in ("det", "det:poss") and c.i < tok.i
        and (c.lower_.replace("’", "'") in word_set("fr", "definite_determiners") or "Yes" in _morph(c, "Poss"))
        for c in tok.children
    )


def _clitic_subject(verb: Token) -> Token | None:
    """A subject clitic inverted after the verb ("« Moi, dit-il, … »", "a-t-elle déclaré"), which
    the parser often attaches as ``dep``: the verb's subject, not the quotation's first word."""
    if not verb.lang_.startswith("fr"):
        return None
    clitics = word_set("fr", "inverted_subject_clitics")
    candidates = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    first = min(c.i for c in candidates)
    for head in candidates:
        for child in head.children:
            text = child.text
            if child.i > first and text.startswith(("-", "‑")) and text.lstrip("-‑").lower() in clitics:
                return child
    return None


def _in_verb_list(verb: Token) -> bool:
    """A verb set off by a comma that a later verb with a conjunction and no subject of its own
    continues (« Le ministre a signé l'accord, a salué les syndicats et a quitté la salle »): a list
    of verb phrases of one subject, no incise, whose noun after the verb is its object. Not « …, a
    annoncé l'Élysée, et le président a nommé … », whose last verb has its own subject."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(
        c.dep_ == "conj" and c.i > verb.i and c.pos_ in ("VERB", "AUX")
        and any(g.dep_ == "cc" for g in c.children)
        and not any(g.dep_ in _SUBJ or g.dep_ in _PASS_SUBJ for g in c.children)
        for h in heads for c in h.children
    )


def _doubled_by_clitic(subj: Token, verb: Token) -> bool:
    """A noun or name subject right before the verb group that an inverted clitic doubles, as in a
    question (« Pourquoi le ministre a-t-il démissionné ? », « Le ministre a-t-il rencontré les
    syndicats ? »): the noun is the subject, the clitic only takes it up. Not a word set off from
    the verb by a comma or a quotation mark (« « Moi, dit-elle, … » »)."""
    if subj.pos_ not in ("NOUN", "PROPN") or _quoted_before(subj, verb):
        return False
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    end = subj.right_edge.i
    # no punctuation from the subject's first word to the verb group: « « Notre ville change »
    # déclare-t-il » is a quotation, its noun no subject
    return end < first and not any(t.is_punct for t in verb.doc[subj.left_edge.i : first])


def _passive_agent(verb: Token) -> Token | None:
    """The « par » complement of a French passive verb (« décidé par le conseil »), None without one
    or when it is a manner (« par hasard »: :func:`_agent_case`)."""
    return next((c for c in verb.children if c.dep_ == "obl:agent" and _agent_case(c)), None)


def _claimant(noun: Token, lang: str) -> Token | None:
    """The author an event noun gets from a claim participle ("les attaques, revendiquées par le
    groupe X", "the attacks claimed by X"): the participle's agent complement."""
    verbs = word_sets("claim_verbs").get(lang, frozenset())
    for child in noun.children:
        if not (child.dep_.startswith("acl") and _lemma(child) in verbs):
            continue
        for comp in child.children:
            if comp.dep_ == "obl:agent":
                return comp
            if comp.dep_ == "agent":  # English: "by" with its object
                return next((g for g in comp.children if g.dep_ == "pobj"), None)
    return None


def _passive_subject(tok: Token) -> Token | None:
    caused = _causative_subject(tok)
    if caused is not None:
        return caused  # « Trois policiers se sont fait arrêter »
    cur = tok
    for _ in range(6):
        if _is_reflexive(cur) or _etre_active(cur) or _causer_as_passive_subject(cur) or avoir_active(cur):
            return None
        # « dont » hung on the clause or on its subject (« dont le directeur »)
        dont = next((t.i for c in cur.children for t in (c, *c.children) if _dont(t)), None)
        for child in cur.children:
            if _dont(child):
                continue  # « dont l'entraîneur a été limogé »: the parser may call « dont » a subject
            if dont is not None and child.i < dont and child.dep_ in _PASS_SUBJ:
                continue  # « Le festival, dont le directeur a été arrêté »: the antecedent, not the subject
            if (
                child.dep_ in _PASS_SUBJ
                and child.pos_ in ("VERB", "AUX")
                and any(o.dep_ in _PASS_SUBJ and o.pos_ not in ("VERB", "AUX") for o in cur.children)
            ):
                continue  # « Ont-ils été arrêtés ? »: the inverted auxiliary, the clitic is the subject
            if child.dep_ in _PASS_SUBJ:
                return past_misparsed_relative(child) if child.lang_ == "en" else child
            if child.dep_ in _SUBJ:
                return None
        if _is_coordinated(cur) and not _active_conjunct(cur):
            cur = cur.head
            continue
        return None
    return None


def _postposed_passive_subject(tok: Token) -> Token | None:
    """The subject of a French passive whose auxiliaries open the sentence, after the participle
    (« Ont été arrêtés mardi à Lille trois hommes », « Ont été placés en garde à vue deux
    complices »), which the parser reads as an adverbial or hangs on a complement (and may take
    the auxiliary « Ont » for the subject): the first noun after the participle with no
    preposition of its own that is no time word and agrees with the participle in number. None
    when anything but the verb group opens the sentence."""
    if not tok.lang_.startswith("fr") or tok.pos_ != "VERB" or "Part" not in _morph(tok, "VerbForm"):
        return None
    group = [c for c in tok.children if c.pos_ == "AUX" and c.i < tok.i]
    if not any(c.dep_ == "aux:pass" for c in group) or not group:
        return None
    first = min(c.i for c in group)
    # « Pourquoi ont été arrêtés ces militants ? », « Ainsi ont été élus … »: an adverb may open the
    # sentence before the auxiliaries (and be taken for the subject)
    opener = tok.doc[tok.sent.start]
    opened = first == tok.sent.start or (first == tok.sent.start + 1 and opener.pos_ == "ADV")
    if not opened or any(
        c.dep_ in _SUBJ or (c.dep_ in _PASS_SUBJ and c.pos_ not in ("AUX", "ADV")) for c in tok.children
    ):
        return None
    number = _morph(tok, "Number")
    temporal = word_set("xx", "temporal_words")
    for cand in tok.doc[tok.i + 1 : tok.sent.end]:
        if cand.pos_ in ("VERB", "AUX") or cand.text in (",", ";", ":", "«", "»", "."):
            if cand.text == "," or cand.pos_ in ("VERB", "AUX"):
                return None  # another clause, or an apposition: not read any further
            continue
        if (
            cand.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ == "case" for c in cand.children)
            and _lemma(cand) not in temporal
            and cand.ent_type_ not in ("DATE", "TIME")
        ):
            if cand.pos_ == "NOUN" and not any(c.dep_.startswith(("det", "nummod")) for c in cand.children):
                # « Ont été élus maires dimanche les candidats », « Est élu président du club
                # l'ancien gardien »: a bare noun after the participle is its attribute, no subject
                continue
            # « le maire et son adjoint »: coordinated nouns are plural together
            plural = True if any(c.dep_ == "conj" for c in cand.children) else _plural_noun(cand)
            if plural is None and cand.pos_ == "PROPN":
                return None
            return cand if plural is (number == ["Plur"]) else None
    return None


def _governing_verb(tok: Token) -> Token | None:
    cur = tok
    for _ in range(12):
        if cur.head.i == cur.i:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _tokens_span(doc: Doc, indices: Sequence[int], offset: int) -> Span:
    first, last = doc[min(indices)], doc[max(indices)]
    start, end = first.idx, last.idx + len(last.text)
    return Span(offset + start, offset + end, doc_text(doc)[start:end])


def _object_before_score(verb: Token) -> Token | None:
    """The English object a parse read as an adverbial noun because a score follows it ("Arsenal
    beat Chelsea 2-1": "Chelsea" npadvmod): a proper noun after the verb, right before a number, a
    dash and a number."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ != "npadvmod" or child.pos_ != "PROPN" or child.i < verb.i:
            continue
        end = child.i + 1
        if end + 2 < len(doc) and doc[end].like_num and doc[end + 1].text in ("-", "–") and doc[end + 2].like_num:
            return child
    return None


def _first_object_in_amount(obj: Token) -> Token | None:
    """The first object of an English double object that the parser hung on the amount after it
    ("fined Brannock 2 million euros", "paid the bank 3 million dollars": "Brannock", "bank" a
    modifier of "euros"): a name or a noun with its determiner, before the amount's number."""
    number = next((c for c in obj.children if c.pos_ == "NUM" and c.dep_ in ("nummod", "compound") and c.i < obj.i), None)
    if number is None:
        return None
    return next(
        (
            c
            for c in obj.children
            if c.i < number.left_edge.i
            and (c.dep_ == "nmod" or (c.dep_ == "compound" and c.pos_ == "PROPN"))
            and c.pos_ in ("PROPN", "NOUN")
            and c.ent_type_ not in ("DATE", "TIME", "MONEY", "CARDINAL")
        ),
        None,
    )


def member_span(tok: Token, offset: int, *, trigger: Token) -> Span | None:
    """The span of a coordinated participant (:func:`coordinated_members`): its noun phrase, without
    a date the parse glued to its end (« Julie Martin mardi »)."""
    indices = sorted(_np_tokens(tok))
    while len(indices) > 1 and indices[-1] > tok.i and _temporal_word(tok.doc[indices[-1]]):
        indices.pop()
    if tok.i < trigger.i <= indices[-1]:
        indices = [i for i in indices if i < trigger.i]
    return _tokens_span(tok.doc, indices, offset) if indices else None


def _temporal_word(tok: Token) -> bool:
    """Whether ``tok`` is a date or time word (« mardi », "Monday", "yesterday")."""
    return tok.ent_type_ in ("DATE", "TIME") or _lemma(tok) in word_set("xx", "temporal_words")


def _arg_span(tok: Token | None, offset: int, *, trigger: Token | None = None) -> Span | None:
    """The span of the participant ``tok`` (None for none): its noun phrase, cut before its own
    event's word ``trigger`` when the phrase runs over it."""
    if tok is None:
        return None
    indices = _np_tokens(tok)
    if trigger is not None and tok.i < trigger.i <= max(indices):
        # « Le Premier ministre en visite au Japon »: a name the model ran over the event's own
        # word; the participant ends before it
        indices = [i for i in indices if i < trigger.i]
    if tok.ent_iob_ == "B" and _ent(tok) == "PER":
        # « à l'AFP Gilles-Éric Morel »: the parse hangs the rest of the name on another word; the
        # argument is the whole name the recogniser found
        last = tok.i
        while last + 1 < len(tok.doc) and tok.doc[last + 1].ent_iob_ == "I":
            last += 1
        if last > max(indices):
            indices = [*indices, last]
    shares = [c.i for k in indices if tok.doc[k].lower_ in ("%", "percent") and k < tok.i
              for c in tok.doc[k].children if c.like_num and c.i < k and c.i not in indices]
    if shares:
        indices = [*indices, *shares]  # "a 40% stake": the share's number, not a bare "% stake"
    titled = _name_after_honorific(tok) if len(indices) == 1 else None
    if titled is not None:
        indices = [*indices, titled]
    first = _titled_name_start(tok)
    if first is not None and first < min(indices):
        indices = [first, *indices]
    span = _tokens_span(tok.doc, indices, offset)
    if len(indices) == 1 and span.text[:1] in "-‑":
        # An inverted clitic ("a-t-il déclaré", "déclare-t-elle") is tokenised with its hyphens
        # ("-il", "-t-elle"): the argument is the pronoun itself, which coreference takes up and
        # links to its antecedent, not the hyphenated token that no reference contains.
        word = re.sub(r"^[-‑](?:t[-‑])?", "", span.text)
        if word and word != span.text:
            return Span(span.end - len(word), span.end, word)
    return span


def _name_after_honorific(tok: Token) -> int | None:
    """The last word of the person's name right after ``tok`` when ``tok`` is a French abbreviated
    honorific alone (« a réagi Me Claire Morvan »: the model reads « Me » as a name of its own and
    the parse hangs the lawyer's name beside it, so the participant would be the title alone)."""
    doc = tok.doc
    if not tok.lang_.startswith("fr") or tok.text not in word_set("fr", "honorific_abbreviations"):
        return None
    nxt = tok.i + 1
    if nxt >= len(doc) or _ent(doc[nxt]) != "PER" or doc[nxt].pos_ != "PROPN" or nxt not in {t.i for t in tok.head.subtree}:
        return None
    last = nxt
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    return last


def _titled_name_start(tok: Token) -> int | None:
    """The abbreviated honorific that opens the person's name ``tok`` ends when the parse hung the
    honorific and the given name elsewhere (« Me Sophie Garnier a annoncé »: « Garnier » is the
    subject, « Me Sophie » an unattached piece): the participant is the whole titled name."""
    if not tok.lang_.startswith("fr") or tok.ent_iob_ != "I" or _ent(tok) != "PER":
        return None
    doc = tok.doc
    first = tok.i - 1
    while first > 0 and doc[first].ent_iob_ == "I" and doc[first].pos_ == "PROPN":
        first -= 1
    if doc[first].ent_iob_ != "B" or doc[first].text not in word_set("fr", "honorific_abbreviations"):
        return None
    return first


@dataclass
class _Ctx:
    """What argument finding needs besides the parse: timex and quotation character ranges."""

    lang: str
    timex_ranges: Sequence[tuple[int, int]] = ()
    quote_ranges: Sequence[tuple[int, int]] = ()

    def __post_init__(self) -> None:
        # a window's thousands of timexes are not walked for each of its thousands of arguments
        self._timexes = Covering(self.timex_ranges)

    def temporal(self, tok: Token) -> bool:
        if tok.ent_type_ in ("DATE", "TIME") or _lemma(tok) in word_set("xx", "temporal_words"):
            return True
        return tok.idx in self._timexes

    def quote_of(self, tok: Token) -> tuple[int, int] | None:
        for s, e in self.quote_ranges:
            if s <= tok.idx < e:
                return s, e
        return None


@dataclass
class _Args:
    agent: Token | None = None
    patient: Token | None = None
    recipient: Token | None = None
    place: Token | None = None
    ctx: _Ctx | None = None
    # How each filled slot was found (kg.types.ArgumentVia).
    via: dict[str, ArgumentVia] = field(default_factory=dict)
    # The antecedent of a slot filled by a relative pronoun ("Acme, which said": Acme).
    antecedent: dict[str, Token] = field(default_factory=dict)
    # A bare management noun the agent was read for (« la direction a annoncé »: the company named
    # last before it), which the document's typed names read again (``EventMention.agent_manager``).
    manager: Token | None = None

    def put(self, slot: str, tok: Token | None, via: ArgumentVia = "direct") -> bool:
        """Fill ``slot`` with ``tok`` unless it is filled already or ``tok`` is a time expression."""
        if tok is None or slot == "none" or getattr(self, slot) is not None:
            return False  # (a row's ``obj=none``: the object is part of the expression)
        if self.ctx is not None and self.ctx.temporal(tok):
            return False
        if tok.lang_.startswith("fr") and _in_adverbial(tok):
            return False  # « de son côté », « pour sa part »: nobody's
        if self.ctx is not None and tok.lower_ in word_sets("indefinite_subjects").get(self.ctx.lang, frozenset()):
            return False  # « On a annoncé la réouverture »: nobody in particular, no participant
        setattr(self, slot, tok)
        self.via[slot] = via
        return True

    def holds(self, tok: Token) -> bool:
        """Whether ``tok`` already fills a slot (tokens are compared by index, not identity)."""
        return any(
            t is not None and t.i == tok.i
            for t in (self.agent, self.patient, self.recipient, self.place)
        )


def _is_place(tok: Token, prep: str) -> bool:
    return prep in word_set("xx", "place_prepositions") and _ent(tok) == "LOC"


def _relative_subject_clause(verb: Token) -> bool:
    """A relative clause whose subject is the relative pronoun, so that it tells what its noun does
    (« les négociations qui se déroulent »; not « les négociations que mène Acme »)."""
    return verb.dep_ == "acl:relcl" and any(
        c.dep_ in _SUBJ and c.i < verb.i and "Rel" in _morph(c, "PronType") for c in verb.children
    )


def _put_parties(args: _Args, head: Token, governor: Token | None = None) -> None:
    """The parties of "between X and Y": X is the agent, Y (coordinated with X) the patient.

    The French parse sometimes hangs Y from the word that governs X (« les négociations entre
    Washington et Téhéran »: Téhéran a ``conj`` of « négociations »); then Y is the conjunct of
    ``governor`` that follows X with only a coordinating conjunction and determiners between."""
    args.put("agent", head)
    other = next((c for c in head.children if c.dep_ == "conj"), None)
    if other is None and governor is not None:
        other = next(
            (
                c
                for c in governor.children
                if c.dep_ == "conj"
                and c.i > head.right_edge.i
                and all(t.pos_ in ("CCONJ", "DET") for t in head.doc[head.right_edge.i + 1 : c.i])
                and any(t.pos_ == "CCONJ" for t in head.doc[head.right_edge.i + 1 : c.i])
            ),
            None,
        )
    if other is not None:
        args.put("patient", other)


def _not_patient(tok: Token, prep: str) -> bool:
    """A prepositional complement that cannot stand for a missing object: a place name after a
    preposition of movement ("fly from London to Sydney") or a measure, an amount or a date
    ("fly for 9,420 miles", "sold for $5 million")."""
    if _ent(tok) == "LOC" and prep in word_set("xx", "path_prepositions"):
        return True
    if source_complement(tok):
        return True  # « d'après la CGT, 5000 salariés ont manifesté »: who says so, no participant
    if _adverbial_place(tok):
        return True  # « se sont affrontés près du stade »: where, no participant
    return tok.ent_type_ in _NON_NAME_ENTS or _locution_noun(tok)  # « a déclaré au sein du parti »


def _adverbial_place(tok: Token) -> bool:
    """A French « de » complement a place adverb introduces (« près du stade », « auprès de la
    mairie », ``fr/locative_prepositions``), never a count (« près de 30 personnes »: about 30)."""
    if not tok.lang_.startswith("fr") or any(c.dep_ == "nummod" or c.like_num for c in tok.children):
        return False
    places = word_set("fr", "locative_prepositions")
    if any(c.dep_ == "advmod" and c.i < tok.i and c.lower_ in places for c in tok.children):
        return True
    # « a manifesté près de la mairie »: the parser may hang the adverb on the verb
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    return before is not None and before.dep_ == "advmod" and before.head.i == tok.head.i and before.lower_ in places


def _acl_recipient(tok: Token) -> Token | None:
    """Recipient of a noun from its participle: "une lettre adressée aux membres du Congrès"."""
    for child in tok.children:
        if child.dep_ in ("acl", "acl:relcl") and child.pos_ == "VERB":
            for prep, head, kind in _complements(child):
                if kind == "iobj" or (
                    kind == "obl" and prep in word_set("xx", "to_prepositions") and not _is_place(head, prep)
                ):
                    return head
    return None


def _quote_governor(tok: Token, ctx: _Ctx) -> Token | None:
    """For a trigger outside a quotation whose parse head is inside one, the verb governing the
    quotation ("affirmait que « … », appelant à …": the participle belongs to "affirmait")."""
    if ctx.quote_of(tok) is not None:
        return None
    region = ctx.quote_of(tok.head)
    doc = tok.doc
    seen: set[tuple[int, int]] = set()
    governor: Token | None = None
    while region is not None and region not in seen:
        seen.add(region)
        governor = None
        for inner in doc:
            if region[0] <= inner.idx < region[1]:
                head = inner.head
                if (
                    not (region[0] <= head.idx < region[1])
                    and head.i != inner.i
                    and head.i != tok.i
                ):
                    governor = (
                        head if head.pos_ in ("VERB", "AUX") else _governing_verb(head)
                    )
                    break
        if governor is None:
            return None
        region = ctx.quote_of(governor)  # a quotation coordinated with an earlier one
    return governor


def _represented(tok: Token, lang: str) -> Token | None:
    """Whom a spokesperson, lawyer or representative (``spokesperson_nouns``) speaks or acts for,
    when no person is named with them: "An Acme spokesperson", "a spokesman for Beta", "the
    company's lawyers", "le porte-parole de Beta", "l'avocat de Paul Durand"."""
    lemma = _lemma(tok)
    if lemma in word_sets("member_nouns").get(lang, frozenset()):
        return _member_organisation(tok) or _possessor(tok)
    if lemma not in word_sets("spokesperson_nouns").get(lang, frozenset()):
        return None
    if any(
        c.dep_ in ("appos", "flat", "flat:name") and _is_name_like(c) for c in tok.children
    ):
        return None  # "le porte-parole du groupe, Jean Martin": the person is named
    for prep, head, kind in _complements(tok):
        if kind == "compound" and _is_name_like(head):
            return head
        if kind == "poss":
            return head
        if kind == "obl" and prep in word_set("xx", "representation_prepositions") and (
            head.pos_ in ("NOUN", "PROPN", "PRON", "X")
        ):
            return head
    return _possessor(tok)


def _possessor(tok: Token) -> Token | None:
    """The possessive determiner of a French spokesperson or member noun with no person named
    with it (« a indiqué son porte-parole », « a commenté sa porte-parole », « ses dirigeants ont
    expliqué »): it stands for whom the noun speaks or acts for, and coreference links it to that
    antecedent (the English "its lawyers" is a ``poss`` complement, read by the caller)."""
    if not tok.lang_.startswith("fr"):
        return None
    if any(c.dep_ in ("appos", "flat", "flat:name") and _is_name_like(c) for c in tok.children):
        return None  # « son porte-parole, Jean Martin »: the person is named
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and _ent(doc[tok.i + 2]) == "PER":
        return None  # « a indiqué son avocat, Me Dupond »: named too, the parser hung the name elsewhere
    for child in tok.children:
        if (
            child.i < tok.i
            and child.dep_ in ("det", "det:poss")
            and child.lower_ in word_set("xx", "possessive_determiners")
        ):
            return child
    return None


def _member_organisation(tok: Token) -> Token | None:
    """The organisation named in the complement of a member noun (``member_nouns``: "des leaders
    du Parti populaire", "les forces de la coalition de l'OTAN"), through one intermediate group
    noun; None when a person is named with the noun or no organisation is."""
    if any(c.dep_ in ("appos", "flat", "flat:name") and _is_name_like(c) for c in tok.children):
        return None
    head: Token | None = tok
    for _ in range(2):
        nxt = None
        for prep, comp, kind in _complements(head):
            if kind == "obl" and prep in word_set("xx", "representation_prepositions"):
                nxt = comp
                break
        if nxt is None:
            return None
        if _ent(nxt) == "ORG" or (nxt.pos_ == "PROPN" and _ent(nxt) not in ("PER", "LOC")):
            return nxt
        head = nxt
    return None


def _relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for: the head of its relative clause ("Acme, which
    agreed", "Renault, qui a annoncé", "le rachat qu'a annoncé Renault"). For "who", a clause the
    parser hung from an organisation or place complement belongs to the noun that governs it
    ("the head of Acme, who resigned": the head)."""
    if tok.pos_ != "PRON" or tok.lower_.replace("’", "'") not in word_set("xx", "relative_pronouns"):
        return None
    clause = tok.head
    if clause.i == tok.i or not clause.dep_.startswith(("relcl", "acl:relcl")):
        return _antecedent_before_comma(tok)
    antecedent = clause.head
    if antecedent.i == clause.i or antecedent.pos_ not in ("NOUN", "PROPN", "X"):
        return None
    if adverbial_between_commas(antecedent, tok):
        return None
    named = _name_before_relative_comma(tok, antecedent)
    if named is not None:
        return named
    governor = _agreeing_governor(tok, clause, antecedent)
    if governor is not None:
        return governor
    if tok.lower_ in word_set("xx", "personal_relative_pronouns") and _ent(antecedent) in ("ORG", "LOC"):
        up = antecedent.head
        if antecedent.dep_ == "pobj" and up.dep_ == "prep":
            up = up.head
        if up.i != antecedent.i and up.pos_ == "NOUN":
            return up
    return antecedent


def _noun_gender(tok: Token) -> str | None:
    """A French noun's gender by its morphology and its determiner together; None when unknown or
    when the two disagree."""
    genders = {g for t in (tok, *(c for c in tok.children if c.dep_ == "det" and c.i < tok.i)) for g in _morph(t, "Gender")}
    return next(iter(genders)) if len(genders) == 1 else None


def _agreeing_governor(tok: Token, clause: Token, antecedent: Token) -> Token | None:
    """The other noun of a « N1 de N2, qui … » phrase when the parser hung the subject « qui »
    clause on one of the two and the clause's participle after « être » agrees in gender with the
    other only (« le propriétaire de la bijouterie, qui avait été blessé »: the owner; « le fils de
    la présidente, qui a été élue »: the president). None otherwise: a participle after « avoir »
    agrees with nothing, and a gender the morphology does not settle decides nothing."""
    if not tok.lang_.startswith("fr") or tok.lower_ != "qui" or not tok.dep_.startswith("nsubj"):
        return None
    if clause.pos_ != "VERB" or "Part" not in _morph(clause, "VerbForm"):
        return None
    if not any(c.dep_.startswith("aux") and _lemma(c) == "être" for c in clause.children):
        return None

    def genitive(noun: Token) -> bool:
        return noun.dep_.startswith("nmod") and any(c.dep_ == "case" and _genitive_case(c) for c in noun.children)

    if genitive(antecedent) and antecedent.head.i < antecedent.i and antecedent.head.pos_ == "NOUN":
        other = antecedent.head  # the clause hung on the complement: the noun that governs it
    else:
        # the clause hung on the governor: its « de » complement that ends right before the comma
        other = next(
            (
                c
                for c in antecedent.children
                if c.i > antecedent.i and c.pos_ == "NOUN" and genitive(c) and c.right_edge.i == tok.i - 2
            ),
            None,
        )
        if other is None:
            return None
    gender = _morph(clause, "Gender")
    if len(gender) != 1 or _noun_gender(antecedent) in (None, gender[0]) or _noun_gender(other) != gender[0]:
        return None
    if gender[0] == "Fem" and _lemma(antecedent) in word_set("fr", "epicene_person_nouns"):
        # « Le ministre de la Culture, qui a été nommée en mai »: a woman in an office the article
        # still names in the masculine; the feminine participle does not move « qui » to « Culture »
        return None
    number = _morph(clause, "Number")
    return other if _plural_noun(other) is (number == ["Plur"]) else None


def _genitive_case(case: Token) -> bool:
    """Whether a French preposition is « de » in any of its forms (« de », « d' », « du », « des »)."""
    return any(w.replace("’", "'").rstrip("'") in word_set("xx", "genitive_prepositions") for w in (case.lower_, case.lemma_.lower()))


def _name_before_relative_comma(tok: Token, antecedent: Token) -> Token | None:
    """The name right before the comma of a French subject « qui » whose clause the parser hung on a
    noun further back, when a preposition other than « de » brings the name in (« une amende à la
    Pologne, qui refuse de fermer la mine », « un délai accordé à Veolia, qui doit »): the nearest
    phrase, a participant of its own, is what « qui » stands for, when the clause's verb agrees
    with it; « le président du club, qui » keeps the president."""
    if not tok.lang_.startswith("fr") or tok.lower_ != "qui" or tok.i < 2 or tok.nbor(-1).text != ",":
        return None
    name = tok.nbor(-2)
    while name.dep_.startswith("flat") and name.head.i < name.i:
        name = name.head
    if name.pos_ != "PROPN":
        return None
    for _ in range(3):  # up the name's « de » complements: « un prêt au club de Lens, qui »: the club
        if name.i == antecedent.i or not name.dep_.startswith(("nmod", "obl")):
            return None
        case = [c for c in name.children if c.dep_ == "case" and c.i < name.i]
        if not case:
            return None
        if not _genitive_case(case[0]):
            break
        if name.head.i >= name.i or name.head.pos_ not in ("NOUN", "PROPN"):
            return None
        name = name.head
    else:
        return None
    if name.i == antecedent.i or not is_ancestor(token_heads(tok.doc), antecedent.i, name.i):
        return None
    verb = tok.head
    finite = [t for t in (verb, *verb.children) if (t is verb or t.dep_.startswith("aux")) and "Fin" in _morph(t, "VerbForm")]
    if not finite or _morph(finite[0], "Number") == ["Plur"]:
        return None  # a singular name, a singular verb
    return name if _plural_noun(name) is not True else None


def _plural_noun(tok: Token) -> bool | None:
    """Whether a French noun is plural by its morphology and its ending together (the parser's
    Number alone is unreliable: « historiens » may come out singular, « Ryanair » plural); None
    when the two disagree."""
    number = _morph(tok, "Number")
    ending = tok.lower_.endswith(("s", "x"))
    if number == ["Plur"] and ending:
        return True
    if number == ["Sing"] and not tok.lower_.endswith(("s", "x", "z")):
        return False
    # « plusieurs historiens »: a determiner's number then decides
    dets = {n for c in tok.children if c.dep_ == "det" and c.i < tok.i for n in _morph(c, "Number")}
    if dets == {"Plur"} and ending:
        return True
    if dets == {"Sing"} and not ending:
        return False
    return None


def _antecedent_before_comma(tok: Token) -> Token | None:
    """The noun a French subject « qui » stands for when the parser did not hang its clause on it
    (« Les supporteurs, qui avaient réclamé des changements, ont applaudi », « critiqué par
    plusieurs historiens, qui réclamaient »): the head of the noun phrase that ends right before
    the comma before « qui » (« le président du club, qui »: the president), when the verb of the
    clause agrees with it in number. None for anything else before the comma."""
    if not tok.lang_.startswith("fr") or tok.lower_ != "qui" or not tok.dep_.startswith("nsubj"):
        return None
    if "Rel" not in _morph(tok, "PronType") or tok.i < 2 or tok.nbor(-1).text != ",":
        return None
    noun = tok.nbor(-2)
    if noun.pos_ not in ("NOUN", "PROPN") or noun.is_sent_start:
        return None
    for _ in range(4):  # up the noun's own complements: « la fédération de pêche de la Manche »
        up = noun.head
        if up.i >= noun.i or up.pos_ not in ("NOUN", "PROPN") or not noun.dep_.startswith(("nmod", "flat", "appos")):
            break
        if any(t.text in (",", ";", ":", "«", "»") or t.pos_ in ("VERB", "AUX") for t in tok.doc[up.i : noun.i]):
            break
        if _ent(noun) and any(
            c.dep_ == "case" and not _genitive_case(c) for c in noun.children
        ):
            break  # « une amende à Veolia, qui »: a name brought in by « à », not a « de » complement
        noun = up
    if adverbial_between_commas(noun, tok):
        return None
    verb = tok.head
    finite = [t for t in (verb, *verb.children) if (t is verb or t.dep_.startswith("aux")) and "Fin" in _morph(t, "VerbForm")]
    plural = _plural_noun(noun)
    if plural is None and noun.pos_ == "PROPN" and _ent(noun) and not noun.lower_.endswith(("s", "x")):
        plural = False  # « Veolia »: a name the morphology leaves without a number is one thing
    if not finite or plural is None:
        return None
    verb_plural = _morph(finite[0], "Number") == ["Plur"]
    return noun if verb_plural == plural else None


def _resolve_relatives(args: _Args) -> None:
    """Arguments that are relative pronouns keep the pronoun as their span (what the text says,
    as for "it") and record its antecedent, which the graph links (via "relative")."""
    for slot in ("agent", "patient"):
        tok = getattr(args, slot)
        antecedent = None if tok is None else _relative_antecedent(tok)
        if antecedent is not None and not args.holds(antecedent):
            args.antecedent[slot] = antecedent
            args.via[slot] = "relative"


def _managed(tok: Token, lang: str) -> Token | None:
    """The organisation whose management a bare definite noun of ``management_nouns`` names ("la
    direction avait annoncé", "a indiqué la direction": the company the article last named): the
    nearest organisation name before it in the document. None when the noun has a complement of
    its own, which names whom it acts for instead (« la direction de Beta », « la direction de la
    chaîne »: Beta, the channel), or no organisation precedes."""
    if _lemma(tok) not in word_sets("management_nouns").get(lang, frozenset()):
        return None
    complements = list(_complements(tok))
    owner = next(
        (head for prep, head, kind in complements if kind == "obl" and prep in ("de", "of") and head.pos_ in ("NOUN", "PROPN")
         and _ent(head) != "PER" and not _is_human(head)),
        None,
    )
    if owner is not None:
        # « la direction de la chaîne a condamné », « la direction de France 24 »: the company it runs
        return owner
    possessor = next((c for c in tok.children if c.dep_ in ("det", "det:poss", "nmod:poss") and c.i < tok.i and "Yes" in _morph(c, "Poss")), None)
    if possessor is not None and lang == "fr" and possessor.lower_ in _third_person_possessives(lang):
        # « a annoncé mardi sa direction »: the company the possessive takes up (coreference); not
        # « notre direction » in a quotation
        return possessor
    if not _bare_management(tok, lang):
        return None
    doc = tok.doc
    source = None
    for ent in reversed(doc.ents):
        if ent.end <= tok.i and ent.label_ == "ORG" and not _bracketed_credit(ent):
            if _union_name(ent):
                continue  # « délégué syndical CGT. La direction … »: a union has no such management
            if ent.root.pos_ == "NOUN" and ent.start == ent.sent.start and len(ent) == 1:
                continue  # « Grève chez Valmont : … »: a headline's first common noun the model took for a name
            if source_complement(ent.root) or _learned_from(ent.root):
                # « Selon la CGT, la direction n'a pas réussi à … », « a-t-on appris auprès de la
                # CGT »: the source of the report is the other side; the company named before it is
                # the management's, when there is one
                source = source or doc[ent.end - 1]
                continue
            return _last_word(ent)
    return source


def _bare_management(tok: Token, lang: str) -> bool:
    """Whether ``tok`` is a management noun (``management_nouns``) with nothing of its own that
    names whom it runs (no complement, modifier or third-person possessive: « la direction a
    annoncé », « a indiqué leur direction »), so that its company is the one the article named
    last before it (:func:`_managed`)."""
    if _lemma(tok) not in word_sets("management_nouns").get(lang, frozenset()):
        return False
    if any(True for _ in _complements(tok)) or any(c.dep_ in ("amod", "appos", "acl") for c in tok.children):
        return False
    possessor = next((c for c in tok.children if c.dep_ in ("det", "det:poss", "nmod:poss") and c.i < tok.i and "Yes" in _morph(c, "Poss")), None)
    if possessor is not None and lang == "fr" and possessor.lower_ in _third_person_possessives(lang):
        return False  # « sa direction »: the company the possessive takes up
    # "a indiqué leur direction" is a management too
    return any(
        c.dep_ == "det" and (c.lower_ in word_set(lang, "definite_determiners") or "Yes" in _morph(c, "Poss"))
        for c in tok.children
    )


def _last_word(ent: SpacySpan) -> Token:
    """The last token of ``ent`` that is no white space: the model's names may run over the
    paragraph break after a headline (« Grève chez Valmont\n\n »)."""
    for tok in reversed(ent):
        if not tok.is_space:
            return tok
    return ent[-1]


def _union_name(ent: SpacySpan) -> bool:
    """Whether the organisation ``ent`` is a labour union: a name of ``xx/labour_union_names``, or
    a name right after « syndicat », « syndical(e) » or "union" (« le syndicat Alliance », « délégué
    syndical CGT », "union Unite")."""
    if ent.text.lower() in word_set("xx", "labour_union_names"):
        return True
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.lower_ in word_set("xx", "labour_union_nouns")


def _learned_from(tok: Token) -> bool:
    """``tok`` names whom a report was learned from (« a-t-on appris auprès de la CGT », « selon des
    informations obtenues auprès du syndicat »): the French « auprès de », which the parser hangs as
    an adverb over the name or as the name's own marker."""
    if not tok.lang_.startswith("fr"):
        return False
    learned = word_set("fr", "learned_from_prepositions")
    return tok.head.lower_ in learned or any(c.lower_ in learned for c in tok.children)


def _bracketed_credit(ent: SpacySpan) -> bool:
    """Whether the organisation ``ent`` stands alone in brackets right before a dash (« LYON, 12
    mars (AFP) - »): the agency that filed the story, never the company whose management speaks
    (an acronym in brackets after its name, « la société Ovalis (OVL) a annoncé », is no credit)."""
    doc = ent.doc
    if ent.start == 0 or ent.end + 1 >= len(doc) or doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
        return False
    return doc[ent.end + 1].text in ("-", "–", "—")


def _headed(tok: Token, lang: str) -> Token | None:
    """The organisation the head of management a noun of ``head_role_nouns`` names speaks for when
    no person is named with it: its « de » complement when that is an organisation (« le directeur de
    l'agence », « la directrice générale de Kalio ») or its singular possessive when the sentence
    before is about an organisation (« La clinique Saint-Roch a suspendu … Sa directrice médicale a
    déclaré »), which coreference takes up. None when the noun was said earlier in the article (the
    person it describes, « Paul Hervé, directeur de l'hôpital »), has another complement (« le
    directeur de campagne du candidat », « son directeur de thèse ») or a person is named with it."""
    if lang != "fr" or _lemma(tok) not in word_sets("head_role_nouns").get(lang, frozenset()):
        return None
    if any(c.dep_ in ("appos", "flat", "flat:name") and _is_name_like(c) for c in tok.children):
        return None  # « le directeur de l'hôpital Paul Hervé », « son directeur, Paul Hervé »
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and _ent(doc[tok.i + 2]) == "PER":
        return None
    heads = word_sets("head_role_nouns")[lang]
    if any(_lemma(t) in heads or t.lower_ in heads for t in doc[: tok.i]):
        return None  # said before: the noun may describe a person the article named
    complements = [(prep, head) for prep, head, kind in _complements(tok) if kind == "obl"]
    if complements:
        prep, head = complements[0]
        if (
            len(complements) == 1
            and prep in word_set("xx", "genitive_prepositions")
            and _organisation_like(head, lang)
            # « de l'hôpital », « du musée », « de Kalio »; a bare noun is a kind of director, no
            # owner (« son directeur de cabinet », « le directeur de campagne »)
            and (head.pos_ == "PROPN" or _ent(head) == "ORG" or any(c.dep_ == "det" for c in head.children) or _contracted_article(head))
        ):
            return head
        return None
    possessor = next(
        (c for c in tok.children if c.dep_ in ("det", "det:poss") and c.i < tok.i and "Yes" in _morph(c, "Poss")),
        None,
    )
    if possessor is None or possessor.lower_ not in _third_person_possessives(lang):
        return None
    before = _previous_subject(tok)
    if before is None or not _organisation_like(before, lang) or _other_possessor(before, lang):
        return None
    return possessor


@cache
def _people_nouns(lang: str) -> frozenset[str]:
    """Nouns of a person's trade or place beside ``_is_human``'s lists (« l'entraîneur », « le
    directeur », « le boulanger »)."""
    return word_set(lang, "team_nouns") | word_set(lang, "occupation_nouns") | word_set(lang, "head_role_nouns")


def _other_possessor(subject: Token, lang: str) -> bool:
    """Whether the sentence of ``subject`` names another singular person or organisation that a
    possessive after it may take up (« La fédération a suspendu l'athlète. Son directeur a
    annoncé »: the athlete's director as well as the federation's)."""
    inside = {t.i for t in subject.subtree}
    people = _people_nouns(lang)
    return any(
        t.i not in inside
        and t.pos_ in ("NOUN", "PROPN")
        and not t.dep_.startswith(("flat", "compound"))
        and "Plur" not in _morph(t, "Number")
        and (_is_human(t) or _organisation_like(t, lang) or _ent(t) in ("PER", "ORG") or _lemma(t) in people)
        for t in subject.sent
    )


def _contracted_article(tok: Token) -> bool:
    """Whether the preposition of ``tok`` holds its article (« du », « des », « au »)."""
    return any(
        c.dep_ == "case" and c.lower_ in word_set(tok.lang_[:2], "definite_contractions") for c in tok.children
    )


def _organisation_like(tok: Token, lang: str) -> bool:
    """An organisation's name or a noun that heads or describes one (« l'agence », « la clinique
    Saint-Roch », « l'entreprise »), never a person's."""
    if _ent(tok) == "PER" or any(_ent(c) == "PER" for c in tok.children if c.dep_ in ("appos", "flat", "flat:name")):
        return False
    if _ent(tok) == "ORG":
        return True
    if tok.pos_ != "NOUN":
        return False
    return _lemma(tok) in (
        word_set(lang, "organisation_heads") | word_set(lang, "organisation_descriptors") | word_set(lang, "headed_body_nouns")
    )


def _previous_subject(tok: Token) -> Token | None:
    """The subject of the main verb of the sentence before ``tok``'s, when ``tok`` opens its own."""
    sent = tok.sent
    if any(t.pos_ not in ("DET", "PUNCT") for t in sent if t.i < tok.i):
        return None
    if sent.start == 0:
        return None
    prev = tok.doc[sent.start - 1].sent
    root = prev.root
    return next((c for c in root.children if c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ), None)


@cache
def _third_person_possessives(lang: str) -> frozenset[str]:
    """The singular possessive determiners of ``coref_pronouns`` (« sa », « son »), which
    coreference links to one named entity. Not « leur »: « les journalistes …, a indiqué leur
    direction » is the employer of people, which the nearest organisation gives."""
    return frozenset(row[0] for row in rows(lang, "coref_pronouns") if len(row) > 3 and row[1] == "possessive" and row[3] == "sg")


def _stands_for_statement(tok: Token) -> bool:
    """A demonstrative pronoun subject that takes up what was just said ("This brings Acme's
    orders to 230", ``statement_pronouns``): an event or a fact, no participant. A relative "that"
    is not one."""
    return (
        tok.pos_ == "PRON"
        and tok.lower_ in word_set("xx", "statement_pronouns")
        and not tok.head.dep_.startswith(("relcl", "acl:relcl"))
    )


def _other_line(arg: Token, trigger: Token) -> bool:
    """Whether a line break separates an argument from its trigger. A headline, its dateline and
    the first sentence often run together in one parse ("Acme buys Beta / May 2, 2024 / Acme has
    bought ..."); a line is read on its own, as names are (:func:`_np_tokens`)."""
    lo, hi = sorted((arg.idx, trigger.idx))
    return "\n" in doc_text(trigger.doc)[lo:hi]


# Dependencies of a verb that modifies a noun ("the much-anticipated iPhone", "the jet built"):
# such a verb has no subject of its own to look for.
_NOUN_MODIFIER_DEPS = frozenset({"amod", "acl", "relcl", "acl:relcl", "compound", "nmod"})


def _noun_over_finite_verb(verb: Token) -> Token | None:
    """The subject of a French finite verb the parser hung on it as a modifier of the noun before
    it (« Le ministre démissionnera vendredi », « Selon Le Monde, le ministre démissionnera »: the
    sentence's root is the noun, the verb its ``nmod``). The noun is the subject when only its own
    words (no punctuation, no other verb, no pronoun or conjunction) stand between them and it has
    no preposition of its own. A participle or an infinitive is no such verb (« les élus réunis »)."""
    if not verb.lang_.startswith("fr") or verb.pos_ != "VERB" or not _finite_group(verb):
        return None
    head = verb.head
    if head.i >= verb.i or head.pos_ not in ("NOUN", "PROPN") or verb.dep_ not in _NOUN_MODIFIER_DEPS:
        return None
    if any(c.dep_ == "case" for c in head.children):
        return None
    doc = verb.doc
    # « Le maire ... et son adjoint ont démissionné »: the verb's own auxiliaries may stand between
    auxiliaries = {c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i}
    for t in doc[head.i + 1 : verb.i]:
        if t.i in auxiliaries:
            continue
        if t.is_punct or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") or head not in t.ancestors:
            return None
    # a relative clause (« l'usine que dirige X ») has its pronoun; its noun is no subject
    if verb.dep_ in ("relcl", "acl:relcl") or any(c.pos_ == "PRON" and c.i < verb.i for c in verb.children):
        return None
    if auxiliaries:
        # a participle after a finite auxiliary that agrees with the noun; a plural one after the last
        # of coordinated nouns has the coordination for subject, which its first conjunct stands for
        plural = _morph(doc[min(auxiliaries)], "Number") == ["Plur"]
        if plural and head.dep_ == "conj":
            while head.dep_ == "conj" and head.head.i < head.i and head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head
        elif _plural_noun(head) is not plural:
            return None
    return head


def _subject_of_detached_participle(verb: Token) -> Token | None:
    """The subject of a French verb that the parser gave to a participle clause set off by commas
    before it (« Le ministre, arrivé lundi à Lyon, a annoncé sa candidature »: « ministre » hung
    on « arrivé » as its subject, the participle on the verb as an ``advcl``)."""
    if not verb.lang_.startswith("fr"):
        return None
    for child in verb.children:
        if child.i >= verb.i or child.dep_ != "advcl" or child.pos_ != "VERB":
            continue
        if "Part" not in _morph(child, "VerbForm") or any(c.dep_.startswith("aux") for c in child.children):
            continue
        subj = next((c for c in child.children if c.dep_ in _SUBJ and c.i < child.i), None)
        if subj is not None and verb.doc[child.i - 1].text == "," and subj.pos_ in ("NOUN", "PROPN"):
            return subj
    return None


def _line_subject(verb: Token) -> Token | None:
    """The subject of a verb that a parse running a headline, its dateline and the first sentence
    together attached to another line ("Acme buys Beta / May 2, 2024 / Acme Corp. today bought
    ...", where "Acme Corp." is read as the headline verb's object): the first noun of the verb's
    line before it whose head lies on another line, no other verb between the line start and the
    verb. Only a sentence with a line break before the verb is looked at (the cost stays that of
    the sentence)."""
    doc = verb.doc
    text = doc_text(doc)
    first, last = _sentence_bounds(verb)
    start = text.rfind("\n", first, verb.idx) + 1
    if start == 0:
        return None
    end = text.find("\n", verb.idx, last)
    end = last if end < 0 else end
    i = verb.i - 1
    while i >= 0 and doc[i].idx >= start:
        i -= 1
    for tok in verb.doc[i + 1 : verb.i]:
        if tok.pos_ == "VERB":
            return None
        if (
            tok.pos_ in ("NOUN", "PROPN", "PRON")
            and not start <= tok.head.idx < end
            # "Selon l'AFP, le Conseil … a appelé": a phrase with a preposition is no subject
            and not any(c.dep_ == "case" and c.i < tok.i for c in tok.children)
        ):
            return tok
    return None


_DATELINE_DASHES = ("—", "–", "--")


def _in_dateline(arg: Token, trigger: Token, *, undated: bool = False) -> bool:
    """Whether the argument lies in a dateline that opens the trigger's line (« Lyon, 12 mars
    2025 — Un homme a été interpellé »): a short run with a digit closed by a dash before the
    trigger, which the parse may run into the sentence. With ``undated``, a place in capitals
    closed by a dash needs no date ("SEATTLE — Acme said"): only for a caller that has other
    evidence, as "NASA — the space agency — said" opens the same way."""
    if arg.i >= trigger.i:
        return False
    text = doc_text(trigger.doc)
    start = text.rfind("\n", 0, arg.idx) + 1
    between = text[arg.idx : trigger.idx]
    for dash in _DATELINE_DASHES:
        k = between.find(" " + dash + " ")
        if k >= 0:
            lead = text[start : arg.idx + k]
            return len(lead) <= 60 and (any(c.isdigit() for c in lead) or (undated and _capital_place(lead)))
    k = between.find(" - ")
    if k >= 0:
        # an English wire dateline with a plain hyphen, its place in capitals ("BOSTON, March 11 -
        # Long-term exposure ... increases"): not a score ("Leeds 2 - 1 Everton")
        lead = text[start : arg.idx + k]
        return len(lead) <= 60 and any(c.isdigit() for c in lead) and _capital_place(lead)
    return False


def _capital_place(lead: str) -> bool:
    """Whether a dateline's text before the dash opens on a place in capitals of three letters or
    more ("BOSTON, March 11", "NEW YORK (Reuters)", "SAINT-ÉTIENNE"), before any region or credit."""
    first = lead.split(",", 1)[0].split("(", 1)[0].strip()
    return (
        len(first) >= 3
        and first.replace(" ", "").replace(".", "").replace("-", "").isalpha()
        and first.isupper()
    )


def _keep_own_line(args: _Args, trigger: Token) -> None:
    """Empty every slot filled from another line than the trigger's, or from a dateline before it."""
    for slot in ("agent", "patient", "recipient", "place"):
        tok = getattr(args, slot)
        if tok is not None and (_other_line(tok, trigger) or _in_dateline(tok, trigger)):
            setattr(args, slot, None)
            args.via.pop(slot, None)
            args.antecedent.pop(slot, None)


def _document_author(tok: Token, lang: str) -> Token | None:
    """The author a writing (``document_speakers``) speaks for, named by a « de » complement or a
    possessive or an agentive noun: « indique un communiqué de la société Acme », « la lettre du
    ministre Paul Durand affirme », « précise son communiqué ». None when the complement names no
    one (« un communiqué de presse »)."""
    if _lemma(tok) not in word_sets("document_speakers").get(lang, frozenset()):
        return None
    for prep, head, kind in _complements(tok):
        if kind == "poss":
            return head
        if kind == "obl" and prep in word_set("xx", "genitive_prepositions") and (
            _is_name_like(head) or _lemma(head) in word_set("xx", "agentive_nouns")
        ):
            return head  # « la lettre du ministre Paul Durand »: an agentive noun too
    return _possessor(tok)


def _speak_for(args: _Args, lang: str, event_type: str) -> None:
    """An agent that speaks or acts for someone else is replaced by whom it represents (the head of
    an organisation's management only when it speaks: « le directeur de l'usine a démissionné » is
    the director's own act, « le directeur de l'usine a annoncé la fermeture » the factory's)."""
    if args.agent is None:
        return
    if _represented(args.agent, lang) is None and _bare_management(args.agent, lang):
        args.manager = args.agent
    party = (
        _represented(args.agent, lang)
        or _managed(args.agent, lang)
        or (
            _headed(args.agent, lang)
            if _speaking(args.agent, lang, event_type) and not _speaks_of_self(args, lang)
            else None
        )
        or _document_author(args.agent, lang)
    )
    if party is not None and not (args.ctx is not None and args.ctx.temporal(party)):
        args.agent = party
        args.via["agent"] = "spokesperson"


def _speaking(agent: Token, lang: str, event_type: str) -> bool:
    """Whether ``agent`` speaks: the agent of a statement or the subject of a verb of saying (« la
    directrice de Kalio a annoncé la fermeture »: the closure's agent too)."""
    return event_type in _COMMUNICATION_TYPES or (
        agent.dep_ in _SUBJ and agent.head.i != agent.i and is_reporting_verb(agent.head, lang)
    )


# The event types of a person's own change of position (« sa démission », « son départ »).
_OWN_POSITION_TYPES = frozenset({"EndPosition", "StartPosition"})


def _speaks_of_self(args: _Args, lang: str) -> bool:
    """Whether the head of management who speaks speaks of himself, not for the organisation, for
    the statement and the events it tells: what he says is his own change of position (the object
    of the verb of saying, with his possessive and no « de » complement: « Le directeur de l'hôpital
    a annoncé sa démission », not « a annoncé le licenciement de 200 salariés » nor « des
    licenciements »; an infinitive with no object or his own: « a annoncé quitter ses fonctions »;
    « qu'il démissionnait ») or what happened to him (a passive infinitive: « La
    directrice de l'école a déclaré avoir été agressée ») or did himself (a past infinitive: « Le
    directeur de l'école a nié avoir agressé des élèves », « a reconnu avoir détourné des fonds »)."""
    agent = args.agent
    if agent is None or agent.dep_ not in _SUBJ or agent.head.i == agent.i:
        return False
    lex = _default_lexicon()

    def own_position(tok: Token, pos: str) -> bool:
        return any(e.type in _OWN_POSITION_TYPES for e in lex.lookup(lang, _lemma(tok), pos))

    def possessed(noun: Token) -> bool:  # « sa démission », « ses fonctions »
        return any(d.dep_ in ("det", "det:poss") and "Yes" in _morph(d, "Poss") for d in noun.children)

    for comp in agent.head.children:
        if comp.i < agent.head.i:
            continue
        if comp.dep_ in _OBJ and comp.pos_ == "NOUN" and own_position(comp, "NOUN") and possessed(comp):
            if not any(
                kind == "obl" and prep in word_set("xx", "genitive_prepositions") for prep, _head, kind in _complements(comp)
            ):
                return True
        subjects = [c for c in comp.children if c.dep_ in _SUBJ and (comp.dep_ != "xcomp" or c.i < comp.i)]
        if comp.dep_ == "xcomp" and comp.pos_ == "VERB" and not subjects and any(
            c.dep_ == "aux:pass" or (c.pos_ == "AUX" and "Inf" in _morph(c, "VerbForm") and c.i < comp.i)
            for c in comp.children
        ):
            # « a déclaré avoir été agressée », « a nié avoir agressé des élèves », « a reconnu avoir
            # détourné des fonds »: what he underwent or did himself
            return True
        if comp.pos_ == "VERB" and (
            (comp.dep_ == "xcomp" and not subjects)
            # « a annoncé qu'il démissionnait »: a personal pronoun takes the speaker up
            or (comp.dep_ == "ccomp" and len(subjects) == 1 and subjects[0].pos_ == "PRON" and "3" in _morph(subjects[0], "Person"))
        ):
            if own_position(comp, "VERB") and all(possessed(c) for c in comp.children if c.dep_ in _OBJ):
                return True
    return False


def _named_member(tok: Token, lang: str) -> Token | None:
    """The named member of a group that a common noun designates, given without a verb after a
    word of ``subset_markers`` (« les groupes de défense, dont Amnesty International, ont
    condamné », « plusieurs pays, dont la France, ont protesté »): the first name, which the parser
    hangs from the noun as a verbless relative clause. None when the noun is itself a name or a
    pronoun, or the relative clause has a verb (« les pays dont la France est membre »)."""
    markers = word_sets("subset_markers").get(lang, frozenset())
    if not markers or tok.pos_ != "NOUN" or _is_name_like(tok):
        return None
    for child in tok.children:
        if child.i < tok.i or child.dep_ not in ("acl:relcl", "appos", "nmod"):
            continue
        if not (_is_name_like(child) and _ent(child) in ("PER", "ORG", "LOC")):
            continue
        if any(c.lower_ in markers and c.i < child.i for c in child.children) and not any(
            c.dep_.startswith(("cop", "aux", "nsubj")) for c in child.children
        ):
            return child
    return None


def _name_members(args: _Args, lang: str) -> None:
    """An agent that is an unnamed group with a named member stated after « dont » is the member."""
    if args.agent is None:
        return
    member = _named_member(args.agent, lang)
    if member is not None and not args.holds(member):
        args.agent = member


def _detached_participle(tok: Token) -> Token | None:
    """The name a detached past participle right after it and a comma describes (« Yasser Arafat,
    décédé le 11 novembre 2004 », « le préfet Claude Érignac, tué le 6 février », "John Smith,
    arrested on Monday"): the last word of a person's name; so too for a participle coordinated
    with one (« élu en 2014 et réélu en 2020 »). None for a participle with an auxiliary or a
    subject of its own, or after anything but a person's name."""
    if tok.dep_ == "conj" and tok.head.i < tok.i and tok.pos_ == "VERB" and tok.head.pos_ == "VERB" \
            and not any(c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ or c.dep_.startswith("aux") for c in tok.children) \
            and ("Part" in _morph(tok, "VerbForm") or tok.tag_ == "VBN"):
        return _detached_participle(tok.head)
    if tok.i < 2 or tok.pos_ != "VERB" or tok.nbor(-1).text != ",":
        return None
    if not ("Part" in _morph(tok, "VerbForm") and "Past" in _morph(tok, "Tense")) and tok.tag_ != "VBN":
        return None
    if any(c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ or c.dep_.startswith("aux") for c in tok.children):
        return None
    name = tok.nbor(-2)
    if name.text == ")":
        # « le maire sortant Jean-Luc Moudenc (divers droite), élu en 2014 »: past the party or
        # office in brackets after the name
        k = name.i - 1
        while k > 0 and tok.doc[k].text not in ("(", ")", ",") and name.i - k < 8:
            k -= 1
        if tok.doc[k].text != "(" or k < 1:
            return None
        name = tok.doc[k - 1]
    if name.ent_type_ not in ("PER", "PERSON") or name.ent_iob_ == "":
        return None
    return name


def _shared_subject_incise(verb: Token, subj: Token) -> bool:
    """A French verb of saying set off by a comma, with no conjunction of its own, that took the
    subject of the verb before it while a name after it is its postposed subject (« Le ministre a
    été remplacé lundi, a annoncé l'Élysée »; not « ..., puis a annoncé un plan »)."""
    if not verb.lang_.startswith("fr") or verb.dep_ not in ("conj", "parataxis") or subj.i > verb.i:
        return False
    if _own_subject(verb) is not None or any(c.dep_ == "cc" for c in verb.children):
        return False
    if _incise_start(verb) is None or _in_verb_list(verb):
        return False
    inverted = _inverted_subject(verb, incise=True)
    if inverted is None or inverted.i == subj.i:
        return False
    # a name, or a noun for a speaker that agrees with the verb (« ..., a annoncé la police »;
    # not « ..., a salué les habitants », whose noun is plural)
    return _is_name_like(inverted) or (
        inverted.pos_ == "NOUN" and _is_speaker(inverted) and not _number_clash(inverted, verb)
    )


def _first_conjunct_over_clause(verb: Token, subj: Token) -> Token | None:
    """The first of French coordinated subjects when the parser made the last one (« et son
    adjoint ») the verb's subject and hung the verb, a finite clause with no relative pronoun, on
    the first one as a relative clause (« Le maire, Jean Moulin, et son adjoint ont démissionné
    lundi »): the coordination is the subject, and its first conjunct stands for it. None
    otherwise."""
    if not verb.lang_.startswith("fr") or verb.dep_ not in ("acl:relcl", "acl", "conj") or not _finite_group(verb):
        return None
    head = verb.head
    if head.pos_ not in ("NOUN", "PROPN") or not head.i < subj.i < verb.i or subj.dep_ not in _SUBJ:
        return None
    if head.dep_ != "ROOT" and head.dep_ not in _SUBJ and head.dep_ not in _PASS_SUBJ:
        # « Le président a reçu les agriculteurs et leurs représentants ont démissionné »: the first
        # noun is another verb's object, a clause of its own follows « et », no coordinated subject
        return None
    if any("Rel" in _morph(c, "PronType") for c in verb.subtree):
        return None
    # « et » right before the subject's phrase, hung on it or on the verb
    start = subj.left_edge.i
    doc = verb.doc
    if doc[start].lower_ == "et" and doc[start].dep_ == "cc":
        pass
    elif start == 0 or doc[start - 1].lower_ != "et" or doc[start - 1].dep_ != "cc" or doc[start - 1].head.i not in (subj.i, verb.i):
        return None
    finite = [c for c in verb.children if c.dep_.startswith("aux") and "Fin" in _morph(c, "VerbForm")]
    if finite and _morph(finite[0], "Number") != ["Plur"]:
        return None
    return head


def _verb_args(tok: Token, entry: TriggerEntry, ctx: _Ctx) -> _Args:
    roles = entry.roles
    args = _Args(ctx=ctx)
    subj, subj_via, subj_is_patient = _controlled_subject(tok, ctx.lang)
    antecedent_subject = _subject_before_relative(tok)
    if antecedent_subject is not None:
        subj, subj_via, subj_is_patient = antecedent_subject, "direct", False
    psubj = _passive_subject(tok)
    if psubj is None or psubj.pos_ in ("AUX", "ADV"):
        # « Ont été arrêtés mardi trois hommes »: the parser may take the auxiliary for the subject
        psubj = _postposed_passive_subject(tok) or (None if psubj is not None else psubj)
    if psubj is not None and subj is not None and psubj.i == subj.i:
        subj = None  # « Le journaliste s'est fait agresser »: the subject of a reflexive causative
    causative_recipient = _causative_recipient(tok)
    if causative_recipient is not None and subj is not None and subj.i == causative_recipient.i:
        subj = None  # « Le commissaire s'est vu reprocher sa gestion »: who is reproached, not who reproaches
    if psubj is None and subj is not None and _fronted_participle_of_subject(tok):
        subj, psubj = None, subj  # « Interpellé lundi, le suspect a avoué »: the suspect is arrested
    if subj is not None and psubj is None and _reduced_passive(tok):
        subj, psubj = None, subj  # "Jane Roe named CEO of Acme": the nominee is the patient
    if subj_is_patient:
        # "Acme agreed to be acquired by Beta": the controller is the patient of the passive
        psubj = psubj or subj
        subj = None
    if subj is None and psubj is None:
        # « Le ministre, arrivé lundi à Lyon, a annoncé sa candidature »: no incise, whose
        # object would be taken for a postposed subject
        detached = _subject_of_detached_participle(tok)
        if detached is not None:
            subj, subj_via = detached, "direct"
    if subj is not None and entry.type in _COMMUNICATION_TYPES and _shared_subject_incise(tok, subj):
        # « Le ministre a été remplacé lundi, a annoncé l'Élysée »: the conjunct took the first
        # verb's subject, but a verb of saying set off by a comma with a name after it is an incise
        if psubj is not None and psubj.i == subj.i:
            psubj = None
        subj = None
    inverted = (
        _inverted_subject(tok, incise=entry.type in _COMMUNICATION_TYPES)
        if subj is None
        else _incise_name(tok, subj) if entry.type in _COMMUNICATION_TYPES else None
    )
    if inverted is not None:
        subj, subj_via = inverted, "postposed"
        psubj = None if psubj is not None and psubj.i == inverted.i else psubj
    clitic = _clitic_subject(tok) if psubj is None else None
    if clitic is not None and (
        subj is None or (subj.i < tok.i and not _doubled_by_clitic(subj, tok)) or _euphonic_t(subj)
    ):  # "déclare-t-il": the parser may take the euphonic "-t" for the subject
        subj, subj_via = clitic, "postposed"
    if (
        (subj is None or _other_line(subj, tok) or ctx.temporal(subj))  # "Acme Inc. today/nsubj has"
        and (psubj is None or _other_line(psubj, tok))
        and tok.dep_ not in _NOUN_MODIFIER_DEPS
    ):
        own = _line_subject(tok)
        if own is not None and _is_passive(tok):
            subj, psubj = None, own
        elif own is not None:
            subj, subj_via = own, "direct"
    if subj is None and psubj is None:
        hung = _noun_over_finite_verb(tok)
        if hung is not None:
            subj, subj_via = hung, "direct"  # « Le ministre démissionnera vendredi »
    first_conjunct = _first_conjunct_over_clause(tok, subj) if subj is not None else None
    if first_conjunct is not None:
        subj = first_conjunct  # « Le maire, Jean Moulin, et son adjoint ont démissionné »
    named = _named_before(subj) if subj is not None else None
    if named is not None:
        subj = named  # "Acme NV ( AN ) , the parent company of Beta , has won"
    if subj is not None and _stands_for_statement(subj):
        subj = None  # "This brings Acme's orders to 230": what was said, not a participant
    if psubj is None and (subj is None or subj.i < tok.i):
        # a subject the parse gave before a detached participle is another clause's
        named = _detached_participle(tok)
        if named is not None and tok.lang_.startswith("fr") and _lemma(tok) in word_set("fr", "etre_verbs"):
            subj, subj_via, psubj = named, "direct", None  # « Yasser Arafat, décédé le ... »: who died
        elif named is not None:
            subj, psubj = None, named  # « Claude Érignac, tué le 6 février »: who was killed
    if subj is None and psubj is None:
        fronted = _fronted_participle_subject(tok)
        if fronted is not None:
            subj, subj_via = fronted, "control"  # "Estimant que ..., il vota contre"
    relative = misparsed_object_relative(tok)
    if relative is not None:
        # "The plan, which the board approved on Sunday, …": the board approved the plan
        subj, subj_via, psubj = relative[0], "direct", None
    main = misparsed_main_verb(tok)
    if main is not None:
        subj, subj_via, psubj = main, "direct", None  # "the company named X as CEO": the company
    subj_role = roles.get("subj", "agent")
    obj_role = roles.get("obj", "patient")
    governor = _quote_governor(tok, ctx) if subj is None and psubj is None else None
    if governor is not None:
        subj = _subject(governor)
    elif (
        subj is None
        and psubj is None
        and tok.dep_ in ("acl", "acl:relcl")
        and (_is_nonfinite(tok) or _past_read_for_participle(tok))
        # « Le maire, X, et son adjoint ont démissionné »: a participle with a finite auxiliary is
        # a clause of its own the parser hung on the noun, not a participle describing it
        and not (tok.lang_.startswith("fr") and _finite_group(tok))
        and not (
            _is_infinitive(tok)
            and _lemma(tok.head) in word_sets("control_nouns").get(ctx.lang, frozenset())
        )
    ):
        # Participle modifying a noun: "les produits vendus" (patient) / "IBM, calling for" (agent).
        passive_participle = tok.tag_ == "VBN" or _past_read_for_participle(tok) or (
            "Part" in _morph(tok, "VerbForm") and "Pres" not in _morph(tok, "Tense")
        )
        if passive_participle:
            psubj = tok.head
        elif _is_speaker(tok.head):
            subj = tok.head  # "IBM, calling for": only who can act; "issues relating to" has no agent
    args.put(subj_role, subj, subj_via)
    args.put(obj_role, psubj)
    if ctx.lang == "fr" and psubj is None:
        # « les deux hommes, que la police a arrêtés lundi »: the relative « que » the parser read
        # as a conjunction; the noun it takes up undergoes the act
        args.put(obj_role, _relative_que_antecedent(tok))
    recipient_default = entry.type in _RECIPIENT_TYPES and entry.type != "Appeal"
    # "sent the letter to Congress", "awarded the contract to Boeing": a verb of giving or sending
    # names who receives, whatever the type of its row; a place it goes to ("sent troops to Mali")
    # is no recipient
    giving = (
        not recipient_default
        and "to" not in roles
        and ctx.lang == "en"
        and tok.lemma_.lower() in word_set("en", "giving_verbs")
    )
    recipient_default = recipient_default or giving
    to_role = (
        roles.get("to")
        or roles.get("iobj")
        or roles.get("dative")
        or ("recipient" if recipient_default else None)
    )
    if causative_recipient is not None and to_role and not args.holds(causative_recipient):
        args.put(to_role, causative_recipient)  # « la joueuse s'est vu infliger une amende »
    passive = _is_passive(tok)
    fallback: list[Token] = []
    measured = False
    # Objects after a postposed subject are pieces of it the parser split off ("a déclaré Mitt
    # Romney", "a déclaré X, l'un des responsables").
    after_subject = subj.i if subj is not None and subj_via == "postposed" else None
    # ... and a description set off by a comma right before it is its apposition (« a indiqué la
    # directrice de la filiale, Nadia Berrada »: the parser's object is the speaker's role)
    described = _described_postposed(tok, subj) if subj is not None else None
    for prep, head, kind in _complements(tok):
        if subj is not None and head.i == subj.i:
            continue
        if after_subject is not None and kind == "obj" and head.i > after_subject:
            continue
        if described is not None and head.i == described.i:
            continue
        if kind == "obj" and entry.type in _PAYMENT_TYPES and _sum_of_money(head):
            # « a versé 3 millions d'euros à l'association »: the sum is no participant; the
            # parser may hang who receives on it (« 2 milliards de dollars à ses actionnaires »)
            if to_role:
                args.put(to_role, _dative_under_sum(head))
            if ctx.lang == "en":
                # "fined Brannock 2 million euros": the parser hung the fined party on the sum
                args.put(to_role or "recipient", _first_object_in_amount(head))
            continue
        if kind == "obj" and ctx.lang == "en" and _change_measure(head):
            measured = True  # "shares shed 2 percent": how far they moved, no participant
            continue
        if kind == "obj":
            first = _first_object_in_amount(head) if ctx.lang == "en" else None
            if first is not None:
                # "fined Brannock 2 million euros": the parser hung the first object on the amount
                args.put(to_role or "recipient", first)
            if not args.put(obj_role, head) and ctx.temporal(head) and _counted_span(head):
                # "ending 12 years of Republican rule": the span of time counts what ends
                args.put(obj_role, next(g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                                        for g in c.children if g.dep_ == "pobj" and not _temporal_word(g)))
        elif kind == "iobj":
            if to_role and head.pos_ != "ADV":  # « a fermement condamné », which the parser may call iobj
                args.put(to_role, head)
            elif ctx.lang == "en" and head.dep_ == "dative" and head.pos_ in ("NOUN", "PROPN", "PRON"):
                # "Acme gave its workers a bonus", "the city awarded Beta a contract": the first
                # object of a double object is who receives, whatever the verb
                args.put("recipient", head)
        elif kind == "obl" and _on_behalf_of(head) is not None:
            args.put("agent", _on_behalf_of(head))  # « une plainte déposée de la part de X »
        elif kind == "obl" and prep == "with" and "with" in roles:
            args.put(roles["with"], head)  # "to supply the air force with tankers": what is supplied (a row's with=)
        elif kind == "obl" and prep == "from" and "from" in roles:
            args.put(roles["from"], head)  # "received $5 million from the state": the payer (a row's from=)
        elif kind == "obl":
            if prep in word_set("xx", "agent_prepositions") and _manner_noun(head):
                pass  # « arrêté par hasard »: a manner, no agent (and no patient)
            elif prep in word_set("xx", "agent_prepositions") and (
                passive or head.dep_ == "obl:agent" or head.head.dep_ == "agent"
            ):
                args.put("agent", head)
            elif _is_place(head, prep):
                args.put("place", head)
            elif prep in word_set("xx", "reciprocal_prepositions") and (passive or subj is None):
                _put_parties(args, head)  # "the agreement reached between the two companies"
            elif (
                prep in word_set("xx", "to_prepositions")
                and to_role
                and not _locution_noun(head)
                and not (giving and _destination(head))
            ):
                args.put(to_role, head)
            elif (
                prep in word_set("xx", "patient_fallback_prepositions")
                and head.pos_ in ("NOUN", "PROPN", "PRON", "X")
                and not _not_patient(head, prep)
            ):
                fallback.append(head)
    if ctx.lang == "en" and getattr(args, obj_role, None) is None and not passive:
        # "Arsenal beat Chelsea 2-1": a name followed by a score, read as an adverbial
        args.put(obj_role, _object_before_score(tok))
    if to_role == "recipient" and args.recipient is None and ctx.lang == "fr":
        # « a accordé une prime à ses agents »: the parser hangs the « à X » on the object noun
        args.put("recipient", _object_dative(tok))
    if passive and args.agent is None:
        # « a été inculpé jeudi par la police fédérale »: the parser hangs the agent on the weekday
        args.put("agent", next((h for h in _complements_under_time(tok) if _agent_case(h)), None))
    if passive and args.agent is None:
        # « a été élu maire par le conseil », « placé en garde à vue par les gendarmes »: the parser
        # hangs the passive's agent on the predicative noun or the complement between them
        args.put("agent", _agent_under_complement(tok))
    if "with" in roles and getattr(args, roles["with"]) is None:
        args.put(roles["with"], _stranded_with(tok))
    if passive and args.agent is None and tok.lang_ == "en":
        # "Beta was acquired in 2019, after months of talks, by Gamma": the parser hangs a "by"
        # agent set off after an aside on the aside's last word
        args.put("agent", _by_after_aside(tok))
    if passive and args.agent is None and tok.lang_ == "en":
        # "was fined 30 million pounds by the regulator", "was awarded a contract by the city": the
        # parser hangs the "by" agent on the object the passive keeps
        args.put("agent", _by_on_kept_object(tok))
    for head in fallback if not measured else ():  # "shed 1.2 percent against the dollar": a standard
        if args.put("patient", head):
            break
    if args.patient is None and obj_role != "none":
        for head in _objects(tok):
            if (
                not args.holds(head)
                and not (entry.type in _PAYMENT_TYPES and _sum_of_money(head))
                and not (ctx.lang == "en" and _change_measure(head))
                and (subj is None or head.i != subj.i)
                and (after_subject is None or head.i < after_subject)
                and (described is None or head.i != described.i)
                and args.put("patient", head)
            ):
                break
    if (
        measured
        and args.patient is None
        and args.recipient is None
        and args.agent is not None
        and not passive
        and (entry.type == "QuantityChange" or _lemma(tok) in word_set("en", "market_movement_verbs"))
    ):
        # "Kestrel shares lost 3 percent": a subject that moved by a measure undergoes the move; who
        # "won 61 percent in the first round" moved nothing and still wins (``en/market_movement_verbs``)
        moved, how = args.agent, args.via.pop("agent", "direct")
        args.agent = None
        args.put("patient", moved, how)
    if args.patient is not None and _expletive(args.patient, tok):
        args.patient = None
        args.via.pop("patient", None)
    if giving:
        _granted_leave(tok, args)
    if ctx.lang == "en" and recipient_default and passive:
        _passive_receiver(tok, args, payment=entry.type in _PAYMENT_TYPES)
    if ctx.lang == "en" and args.recipient is None and tok.lemma_.lower() in word_set("en", "giving_verbs"):
        _split_double_object(tok, args)
    _resolve_relatives(args)
    # Before the spokesperson rule: the organisation "la direction" speaks for may be named in an
    # earlier paragraph; only the words of the sentence must stand on the trigger's line.
    _keep_own_line(args, tok)
    _speak_for(args, ctx.lang, entry.type)
    _name_members(args, ctx.lang)
    return args


def _change_measure(obj: Token) -> bool:
    """An English numbered measure by which a quantity moves, as a verb's object ("shed 2 percent",
    "gained 120 points", "lost 3%"; ``en/change_measure_nouns``), not a part of a thing counted by
    an "of" complement ("cut 5 percent of its staff")."""
    if obj.lower_ not in word_set("en", "change_measure_nouns") and _lemma(obj) not in word_set("en", "change_measure_nouns"):
        return False
    numbered = any(c.like_num or c.pos_ == "NUM" for c in obj.children if c.i < obj.i) or (
        obj.i > 0 and obj.doc[obj.i - 1].like_num
    )
    return numbered and not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)


def _object_dative(verb: Token) -> Token | None:
    """The « à X » the parser hung on a French verb's direct object when it is the verb's recipient:
    a person, an organisation or a place that can receive (« a accordé une prime à ses agents »,
    « a versé une indemnité à la famille »), not a complement of the thing given (« une prime à la
    casse », « un prêt à taux zéro »)."""
    to = word_set("xx", "to_prepositions")
    for obj in verb.children:
        if obj.dep_ not in _OBJ or obj.i < verb.i or obj.pos_ != "NOUN":
            continue
        for sub in obj.children:
            if sub.i > obj.i and sub.dep_.startswith("nmod") and _sum_of_money(sub):
                # « a débloqué une aide de 3 milliards d'euros aux agriculteurs »: the parser hangs
                # who receives on the sum that says how much the thing given is worth
                under = _dative_under_sum(sub)
                if under is not None:
                    return under
            if (
                sub.i > obj.i
                and sub.dep_.startswith("nmod")
                and any(
                    c.dep_ == "case" and (c.lower_ in to or c.lemma_.lower() in to) for c in sub.children
                )
                and (_is_speaker(sub) or _ent(sub) == "LOC")
            ):
                return sub
    return None


def _object_under_time(noun: Token) -> bool:
    """``noun`` is an object the parser hung on a time word (« jeudi », « hier ») that itself
    hangs on a verb before it, with no preposition of its own (« a annoncé jeudi la suppression »)."""
    time = noun.head
    return (
        time.i < noun.i
        and _lemma(time) in word_set("xx", "temporal_words")
        and time.head.pos_ in ("VERB", "AUX")
        and time.head.i < time.i
        and not any(c.dep_ == "case" for c in time.children)
    )


@cache
def _english_agent_supports() -> frozenset[tuple[str, str, str]]:
    return frozenset((r[0], r[1], r[2]) for r in rows("en", "prepositional_agent_supports") if len(r) >= 3)


def _undergoer_support(noun: Token, verb: Token, lang: str) -> bool:
    """``verb`` takes the event noun ``noun`` as its object and its subject undergoes the noun's
    event ("would pay the fine", "failed to pay the penalty": the fined party;
    ``en/undergoer_support_pairs``)."""
    return lang == "en" and _lemma(noun) in word_maps("undergoer_support_pairs").get("en", {}).get(_lemma(verb), "").split("|")


def _prepositional_support(noun: Token, verb: Token, lang: str) -> bool:
    """``verb`` is a support verb whose event noun ``noun`` it takes after its own preposition
    (« a procédé à l'arrestation de trois suspects »; ``prepositional_support_verbs``; in English
    only the pairs of verb, preposition and noun of ``prepositional_agent_supports``: "went on
    strike", not "went on sale")."""
    if lang == "en":
        prep = noun.head
        return (
            noun.dep_ == "pobj"
            and prep.dep_ == "prep"
            and prep.head.i == verb.i
            and (_lemma(verb), prep.lower_, _lemma(noun)) in _english_agent_supports()
        )
    if lang != "fr":
        return False
    found = _prepositional_support_verb(noun, lang)
    return found is not None and found.i == verb.i


def _locution_noun(head: Token) -> bool:
    """The noun of a French compound preposition (« au cours de sa vidéo », « à l'issue de la
    réunion », ``fr/locution_nouns``; or with a possessive for the « de » phrase: « à son arrivée »):
    no addressee of the verb."""
    return (
        head.lang_.startswith("fr")
        and _lemma(head) in word_set("fr", "locution_nouns")
        and any((c.dep_.startswith("nmod") and _case_of(c) == "de") or (c.dep_ == "det" and "Yes" in _morph(c, "Poss"))
                for c in head.children)
    )


def _expletive(arg: Token, verb: Token) -> bool:
    """An empty subject of a passive verb with a clausal complement ("It is expected that Acme
    will ...", "Il est prévu que ..."): it stands for nothing."""
    return (
        arg.lower_ in word_set("xx", "expletive_pronouns")
        and arg.head.i == verb.i
        and arg.dep_ in _PASS_SUBJ_DEPS
        and any(c.dep_ in ("ccomp", "csubjpass", "csubj") for c in verb.children)
    )


_PASS_SUBJ_DEPS = frozenset({"nsubjpass", "nsubj:pass", "expl", "expl:pass"})


# Event types whose patient is a staff ("effectifs", "postes") that belongs to the agent, its employer.
_STAFF_TYPES = frozenset({"EndPosition"})
#: Penalties, whose "for" / « pour » complement names the offence punished, not who undergoes them.
_PENALTY_TYPES = frozenset({"Fine", "Sentence", "Convict", "ChargeIndict", "ArrestJail"})


def _copular_state_subject(noun: Token, lang: str) -> Token | None:
    """The subject of an event noun the parse made the predicate of a state copula with a state
    preposition (« les contrôleurs sont en grève »: the noun heads the clause, ``cop`` and ``case``
    hang from it)."""
    if not any(c.dep_ == "cop" and _lemma(c) in word_sets("state_verbs").get(lang, frozenset()) for c in noun.children):
        return None
    if not any(c.dep_ == "case" and c.lower_ in word_sets("state_prepositions").get(lang, frozenset()) for c in noun.children):
        return None
    return next((c for c in noun.children if c.dep_ in _SUBJ), None)


def _noun_in_state(noun: Token, lang: str) -> Token | None:
    """The noun a bare French event noun after a state preposition describes, with no verb between
    (« Le président sénégalais en visite à Paris », « les salariés en grève ont manifesté »): the
    one in that state takes part in the event. None when the event noun has an article (« en la
    visite ») or hangs on no noun."""
    if lang != "fr" or not noun.dep_.startswith(("nmod", "acl", "amod", "obl")):
        return None
    if not any(c.dep_ == "case" and c.lower_ in word_sets("state_prepositions").get(lang, frozenset()) for c in noun.children):
        return None
    if any(c.dep_ in ("det", "det:poss", "nummod") for c in noun.children):
        return None
    if noun.dep_.startswith("obl"):
        return _subject_before_detached_state(noun)
    holder = noun.head
    if holder.i >= noun.i or holder.pos_ not in ("NOUN", "PROPN") or _lemma(holder) in word_set("xx", "temporal_words"):
        return None
    return holder


def _subject_before_detached_state(noun: Token) -> Token | None:
    """The subject a state phrase set off by commas right after it describes, when the parse hung
    the phrase on the verb (« Les salariés, en grève depuis dix jours, ont voté la reprise »:
    « grève » ``obl:mod`` of « voté »): the subject is the one in that state. None when the phrase
    does not follow the subject's last word and its comma."""
    doc = noun.doc
    verb = noun.head
    first = noun.left_edge.i
    if verb.pos_ not in ("VERB", "AUX") or verb.i < noun.i or first < 2 or doc[first - 1].text != ",":
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJ and c.i < first), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.right_edge.i not in (first - 1, first - 2):
        return None
    return subject


def _in_state(noun: Token, verb: Token, lang: str) -> bool:
    """A noun after a state preposition under a state verb: "Acme is in talks with Beta" (Acme takes
    part in the talks; ``state_prepositions``, ``state_verbs``)."""
    preps = word_sets("state_prepositions").get(lang, frozenset())
    if _lemma(verb) not in word_sets("state_verbs").get(lang, frozenset()):
        return False
    if noun.dep_.startswith("obl") and noun.head.i == verb.i:
        # the French parse hangs the noun from the verb with its preposition as "case": « est en grève »
        return any(c.dep_ == "case" and c.lower_ in preps for c in noun.children)
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i == verb.i and prep.lower_ in preps


def _participle_genitive(noun: Token) -> list[Token]:
    """The « de » complement of a French event noun that the parser hung on the bare participle right
    after it (« le départ précipité de son secrétaire général », « le retrait annoncé de la
    France »: « de X » read as the participle's agent). Not a participle with an auxiliary, an
    object or a complement before the « de » one (« un discours suivi par … »), nor a « de » that
    introduces an infinitive."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return []
    part = doc[noun.i + 1]
    if part.head.i != noun.i or part.dep_ != "acl" or "Part" not in _morph(part, "VerbForm"):
        return []
    if any(c.dep_.startswith("aux") or c.dep_ in _OBJ for c in part.children):
        return []
    for prep, head, kind in _complements(part):
        if head.i < part.i or kind != "obl":
            continue
        if prep != "de" or head.pos_ not in ("NOUN", "PROPN", "PRON") or head.left_edge.i != part.i + 1:
            return []
        if _ent(head) == "LOC":
            return []  # « le départ prévu de Paris »: where from
        if head.pos_ == "NOUN" and not any(c.dep_.startswith("det") for c in head.children):
            return []  # « l'attaque menée de nuit »: a bare noun is a manner
        return [head]
    return []


def _names_after(noun: Token) -> bool:
    """Whether a common noun is followed by the name it introduces (« le groupe Mediapress », « la
    banque Norbel »), hung on it with no preposition."""
    return any(c.i > noun.i and not _case_of(c) and _is_name_like(c) for c in noun.children if c.dep_ in ("nmod", "appos", "flat:name"))


def _agent_under_genitives(patient: Token) -> Token | None:
    """The « par » complement the French parser hung on an event noun's object or on a « de »
    complement of it (« le rachat d'Activision par Microsoft », « l'arrestation de deux fonctionnaires
    du ministère par la brigade financière »): a noun that is no event takes no « par » agent, so it is
    the event noun's. Only noun complements are walked, not a participle's (« des fonctionnaires
    nommés par le ministre »: the appointer)."""
    current = [patient]
    for _ in range(3):
        below: list[Token] = []
        for noun in current:
            for c in noun.children:
                if not c.dep_.startswith("nmod"):
                    continue
                if _agent_case(c):
                    return c
                if _case_of(c) in word_set("xx", "genitive_prepositions"):
                    below.append(c)
                elif not _case_of(c) and c.left_edge.i == c.head.i + 1 and _is_name_like(c) and c.head.pos_ == "NOUN":
                    below.append(c)  # « le rachat du quotidien La Gazette par … »: the title's name
        current = below
    return None


def _by_object(prep: Token) -> Token | None:
    """The object of an English "by" preposition (``xx/agent_prepositions``), else None."""
    if prep.dep_ != "prep" or prep.lower_ not in word_set("xx", "agent_prepositions"):
        return None
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _by_under_object(patient: Token) -> Token | None:
    """The "by" phrase the English parser hung on an event noun's "of" object or on an "of"
    complement of it ("the acquisition of Beta by Acme", "the sale of shares of the unit by
    Acme"): a noun that is no event takes no "by" agent, so it is the event noun's."""
    current = [patient]
    for _ in range(2):
        below: list[Token] = []
        for noun in current:
            for c in noun.children:
                found = _by_object(c)
                if found is not None:
                    return found
                if c.dep_ == "prep" and c.lower_ == "of":
                    below.extend(g for g in c.children if g.dep_ == "pobj")
        current = below
    return None


def _by_after_noun(noun: Token) -> Token | None:
    """The "by" phrase right after the phrase of an English event noun that is the object of an
    active verb ("blocked the purchase of the airline by Gamma"): an active verb has no "by"
    agent of its own."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or _is_passive(verb):
        return None
    for child in verb.children:
        if child.i > noun.i and child.left_edge.i == noun.right_edge.i + 1:
            return _by_object(child)
    return None


def _agentive_genitive(head: Token, lang: str) -> bool:
    """Whether an event noun's « de X » / "of X" complement can be who acts: a name, a pronoun, an
    agentive noun (« l'annonce du gouvernement »), one person's office or a noun with a person's name."""
    return (
        _is_name_like(head)
        or head.pos_ in ("PRON", "X")
        or _lemma(head) in word_set("xx", "agentive_nouns")
        # « le départ de son secrétaire général »: one person's office stands for the person
        # (not a plural, « le retrait des soldats »)
        or (
            (_lemma(head) in word_sets("person_role_nouns").get(lang, frozenset()) or _is_human(head))
            and "Sing" in _morph(head, "Number")
        )
        # « à la demande de sa veuve Sandrine Morel »: a noun with a person's name in
        # apposition is that person
        or any(c.dep_ in ("appos", "flat:name", "flat") and _ent(c) == "PER" for c in head.children)
    )


# Event types an authority orders: the « de » complement of their noun that is a public authority
# (``<lang>/authority_nouns``) is who orders them (« l'interdiction de la préfecture »).
_AUTHORITY_ACT_TYPES = frozenset({"Ban", "Suspension"})
# Event types a group does together: the « de » complement of their noun that is people or a body
# does it (« la grève des cheminots »), not only one person.
_COLLECTIVE_ACT_TYPES = frozenset({"Demonstrate"})
# Event types done against a target (« contre X », "against X"): the noun's « de » complement then acts.
_TARGETED_TYPES = frozenset({"Attack"})
# Event types whose « par X » can be the way taken (« l'évacuation des blessés par Roissy »)
_ROUTE_TYPES = frozenset({"Transport"})


def _acting_genitive(tok: Token, head: Token, entry: TriggerEntry, lang: str) -> bool:
    """Whether the « de X » complement of an event noun whose row makes it the patient acts after
    all: when the noun also names a target (« l'agression de la Russie contre la Géorgie »,
    ``xx/adversative_prepositions``) and X can act, or when a ban or suspension is a public
    authority's (« malgré l'interdiction de la préfecture », ``<lang>/authority_nouns``; not « la
    suspension du maire »)."""
    if head.pos_ == "NOUN" and entry.type in _AUTHORITY_ACT_TYPES and _lemma(head) in word_sets("authority_nouns").get(lang, frozenset()):
        return True
    if entry.type not in _TARGETED_TYPES:
        return False  # "the decline of the dollar against the yen": no act against anyone
    adversative = word_set("xx", "adversative_prepositions")
    if not (_agentive_genitive(head, lang) or _is_human(head)):
        return False  # « l'attaque des rebelles contre la ville »: people, plural too, act against it
    if any(kind == "obl" and prep in adversative and other.i != head.i for prep, other, kind in _complements(tok)):
        return True
    # the parser hangs the target on the « de » complement before it
    return any(
        c.dep_.startswith("nmod") and c.i > head.i and any(g.dep_ == "case" and _prep_norm(g.lemma_) in adversative for g in c.children)
        for c in head.children
    )


def _agent_after_object(noun: Token) -> Token | None:
    """The « par X » agent of a French event noun that the parser hung on the active verb whose
    object the noun is, right after the noun's phrase (« a salué l'arrestation du suspect par les
    gendarmes »: the gendarmes arrest; an active verb has no « par » agent of its own). Only a
    person or an organisation, never a manner or a means (« a annoncé sa démission par un
    communiqué », « par la voix de … »), and not when the verb is passive (« l'accord a été signé
    par le ministre »)."""
    verb = noun.head
    if noun.dep_ not in _OBJ or verb.pos_ not in ("VERB", "AUX") or _is_passive(verb):
        return None
    for child in verb.children:
        if child.dep_ not in ("obl", "obl:mod", "obl:arg", "obl:agent") or child.i <= noun.i:
            continue
        if child.left_edge.i != noun.right_edge.i + 1 or not _agent_case(child) or _par_not_agent(noun, child):
            continue
        if _is_name_like(child) or ((_is_speaker(child) or _is_human(child)) and child.pos_ != "PRON"):
            return child
    return None


def _par_not_agent(noun: Token, head: Token, *, moving: bool = False) -> bool:
    """Whether the French « par X » ``head`` near the event noun ``noun`` is no agent of it: the
    noun is the object of a verb whose « par » names a source, a first step or a route
    (``fr/par_source_verbs``: « a appris le décès du jeune homme par les gendarmes », « a commencé
    sa visite par la mairie de Lille »), or X is a town or a region, a route (« le passage du Tour
    par Rodez »), not a country, which can act (« l'invasion de l'Ukraine par la Russie »). With
    ``moving`` (the noun is a movement, ``_ROUTE_TYPES``), a place's name the tagger read as a
    common noun is its route too (« l'évacuation des blessés par Roissy »), where a company's name
    it misread the same way acts on a takeover (« le rachat de Norvia par Altéa »)."""
    if not noun.lang_.startswith("fr"):
        return False
    verb = noun.head
    if noun.dep_ in _OBJ and verb.pos_ in ("VERB", "AUX") and _lemma(verb) in word_set("fr", "par_source_verbs"):
        return True
    if head.pos_ != "PROPN" and _capitalised_name(head):
        return moving and _ent(head) == "LOC"
    if head.pos_ != "PROPN" or _ent(head) in ("PER", "ORG"):
        return False
    records = default_gazetteer().lookup(head.text)
    if any(r.source.startswith("CLDR") or r.type != "LOC" for r in records):
        return False
    return _ent(head) == "LOC" or bool(records)


def _place_of_attack(tok: Token, head: Token, entry: TriggerEntry) -> bool:
    """Whether the « de X » complement of an attack noun is where it happened, not who attacked: a
    place (« l'attentat de Nice », « la fusillade de Toulouse ») with no target named after the noun
    (« l'attaque de la Russie contre l'Ukraine »: Russia attacks)."""
    if entry.type not in _TARGETED_TYPES:
        return False
    if _acting_state(head) and not any(t.i > head.i and _agent_case(t) for t in tok.subtree):
        return False  # « l'attaque de l'Iran », « l'offensive de la Russie »: the state attacks
    if _ent(head) != "LOC":
        # a name the tagger left untyped or mistyped that only the gazetteer's places bear
        records = default_gazetteer().lookup(head.text) if _ent(head) not in ("PER", "ORG") and _is_name_like(head) else []
        if not records or any(r.type != "LOC" for r in records):
            return False
    adversative = word_set("xx", "adversative_prepositions")
    # the target may hang on the noun or, in the parse, on the place (« de la Russie contre l'Ukraine »)
    return not any(kind == "obl" and prep in adversative for t in (tok, head) for prep, _, kind in _complements(t))


def _acting_state(head: Token) -> bool:
    """A French country named with its article (« de la Russie », « de l'Iran », « du Mali »): the
    state that acts, unlike a city or a country without article, which French uses for where it
    happened (« la fusillade de Toulouse », « du Havre », « les massacres de Syrie »)."""
    if not head.lang_.startswith("fr") or head.pos_ != "PROPN":
        return False
    article = any(
        (c.dep_ == "det" and c.text.islower()) or (c.dep_ == "case" and "Def" in _morph(c, "Definite"))
        for c in head.children
        if c.i < head.i
    )
    return article and any(r.source.startswith("CLDR") for r in default_gazetteer().lookup(head.text))


def _incident_setting(head: Token, incident: str, lang: str) -> bool:
    """Whether the « de » complement ``head`` of the incident noun of lemma ``incident`` says its
    kind or setting (``<lang>/incident_setting_nouns``: « un accident de la route », « un incendie
    de forêt »), bare, or with the definite article after the incident nouns the list names for it
    (« l'accident de la route », but « l'effondrement de la route »: the road); never with a possessive,
    demonstrative or numeral determiner, nor with a complement or a name of its own (« l'incendie
    de la forêt de Fontainebleau », « l'accident de sa voiture »: the thing that burns or crashes)."""
    kinds = word_maps("incident_setting_nouns").get(lang, {})
    article = kinds.get(_lemma(head)) or kinds.get(head.lower_)
    if article is None or head.pos_ != "NOUN":
        return False
    children = list(head.children)
    # (the words of « incendie de forêt » NER may tag as one MISC name: the article is no name)
    if any(c.dep_ in ("nmod", "appos", "flat", "flat:name", "nummod", "det:poss", "nmod:poss")
           or (c.dep_ not in ("case", "det") and _is_name_like(c)) for c in children):
        return False
    determiners = [c for c in children if c.dep_ == "det" or (c.dep_ == "case" and "Def" in _morph(c, "Definite"))]
    if not determiners:
        return True
    # the definite article only (« du travail »), read from the morphology: no demonstrative
    return incident in article.split("|") and all("Def" in _morph(c, "Definite") and "Dem" not in _morph(c, "PronType") for c in determiners)


def _headline_verb_read_as_noun(tok: Token) -> tuple[Token, Token] | None:
    """(e38a) An English headline verb in the present that the parser read as a plural noun between
    two names ("EU fines Meta 800 million euros", "Brussels fines Vantor 2 billion euros"): the line
    opens with the name that the noun takes as its compound, a noun phrase hangs from the noun with no
    preposition after it, and the line has no finite verb and no final stop. The name before is who
    acts, whatever its kind (a city stands for its government), and what comes after is who undergoes
    it: the first name of that phrase (a fined party before the sum), else its head. None otherwise
    ("the EU fines on Meta", a sentence with a verb)."""
    if tok.tag_ != "NNS" or tok.i == 0:
        return None
    sent = tok.sent
    if sent.text.rstrip().endswith((".", "?", "!")) or any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent
    ):
        return None
    before = [t for t in tok.children if t.i < tok.i]
    name = next((c for c in reversed(before) if c.dep_ == "compound" and _is_name_like(c)), None)
    if name is None or any(t.i != name.i and t not in name.subtree for t in before) or name.left_edge.i != sent.start:
        return None
    after = next((c for c in tok.children if c.i == tok.i + 1 and c.dep_ in ("dobj", "appos", "nmod", "npadvmod")), None)
    if after is None:
        after = next((c for c in tok.children if c.i > tok.i and c.dep_ in ("dobj", "appos")), None)
    if after is None:
        # rve38: with no object the line is a noun phrase whose name is a place or a kind, not a
        # headline verb ("Madrid protests in pictures", "Kenya attacks on police stations")
        return None
    first = next((t for t in after.subtree if t.i > tok.i and _is_name_like(t) and not t.like_num), None)
    return name, first if first is not None and first.i <= after.i else after


def _noun_args(tok: Token, entry: TriggerEntry, ctx: _Ctx) -> _Args:
    """Arguments of an event noun: "de X" / "of X" / "X's", "par X" / "by X", support verbs."""
    roles = entry.roles
    args = _Args(ctx=ctx)
    headline = _headline_verb_read_as_noun(tok) if ctx.lang == "en" else None
    if headline is not None:
        args.put("agent", headline[0])
        args.put("patient", headline[1])
        return args
    gen_role = roles.get("gen", "agent")
    undergone = False  # the object of a verb whose subject undergoes it ("pay the fine", "suffered a defeat")
    recipient_default = entry.type in _RECIPIENT_TYPES and entry.type != "Appeal"
    to_role = roles.get("to") or ("recipient" if recipient_default else None)
    gens: list[Token] = []
    others: list[Token] = []
    compounds: list[Token] = []
    possessor: Token | None = None
    of_head: Token | None = None
    possessive_det = any(
        child.dep_ in ("det", "det:poss", "poss", "nmod:poss")
        and (child.lower_ in word_set("xx", "possessive_determiners") or "Poss=Yes" in str(child.morph))
        for child in tok.children
    )
    for prep, head, kind in _complements(tok):
        if kind == "obl" and _on_behalf_of(head) is not None:
            args.put("agent", _on_behalf_of(head))  # « une lettre de la part du syndicat »
        elif kind == "poss":
            if head.lower_ in word_set("xx", "possessive_determiners"):
                possessive_det = True
            else:
                gens.insert(0, head)
                possessor = head
        elif kind == "obl" and prep in word_set("xx", "genitive_prepositions") and _lemma(head) in word_set("xx", "scale_nouns") and (
            any(c.like_num for c in head.subtree if c.i != head.i) or (head.i + 1 < len(head.doc) and head.doc[head.i + 1].like_num)
        ):
            pass  # « un séisme de magnitude 6 », « un incendie de 200 hectares »: a measure, no participant
        elif kind == "obl" and prep in word_set("xx", "genitive_prepositions") and _lemma(head) in word_set("xx", "disaster_kind_nouns") and not any(
            c.dep_ in ("det", "poss", "nmod:poss", "nummod") for c in head.children
        ):
            pass  # « une tempête de neige », "a flood of water": the event's kind, no participant
        elif kind == "obl" and prep in word_set("xx", "genitive_prepositions") and _lemma(head) in word_set("xx", "event_kind_complements") and not any(
            c.dep_ in ("det", "poss", "nmod:poss", "nummod") for c in head.children
        ):
            pass  # « une conférence de presse », « une grève d'ampleur »: its kind or size, no participant
        elif kind == "obl" and entry.type == "Incident" and prep in word_set("xx", "genitive_prepositions") and _incident_setting(head, _lemma(tok), ctx.lang):
            pass  # « un accident de la route », « un incendie de forêt »: the incident's kind, no participant
        elif kind == "obl" and prep in word_set("xx", "genitive_prepositions") and _sum_of_money(head):
            # « une amende de 200 millions d'euros », « une aide de 3 millions »: a sum, no
            # participant; the parser may hang on it whom the fine or the aid goes to (« une amende
            # de 40 millions d'euros au laboratoire Pharmex »)
            if to_role:
                args.put(to_role, _dative_under_sum(head))
        elif kind == "obl" and prep in word_set("xx", "genitive_prepositions"):
            gens.append(head)
            if prep == "of" and of_head is None:
                of_head = head
        elif kind == "obl" and prep in word_set("xx", "agent_prepositions"):
            if not _manner_noun(head) and not _par_not_agent(tok, head, moving=entry.type in _ROUTE_TYPES):  # « par tranches »: a manner
                args.put("agent", head)
        elif kind == "obl" and prep == "from" and "from" in roles:
            args.put(roles["from"], head)  # "an order from Qatar Airways": the buyer (a row's from=)
        elif kind == "obl" and prep in word_set("xx", "reciprocal_prepositions"):
            _put_parties(args, head, tok)
        elif kind == "compound" and _ent(head) in ("ORG", "PER"):
            compounds.append(head)  # "the Qatar Airways order", "the EU ban"
        elif kind == "compound" and _is_name_like(head):
            args.put("patient", head)  # "the A380 delays", "iPhone 4 pre-orders"
        elif kind == "obl" and _is_place(head, prep):
            args.put("place", head)
        elif kind == "obl" and prep in word_set("xx", "to_prepositions") and to_role:
            args.put(to_role, head)
        elif (
            kind == "obl"
            and prep in word_set("xx", "noun_fallback_prepositions")
            and head.pos_ in ("NOUN", "PROPN", "X")
        ):
            others.append(head)
    if to_role == "recipient" and args.recipient is None:
        args.put("recipient", _acl_recipient(tok))
    if args.agent is None and ctx.lang == "fr":
        args.put("agent", _support_participle_agent(tok))
    if not gens and ctx.lang == "fr":
        gens.extend(_participle_genitive(tok))
    if args.agent is None:
        # « l'accord négocié entre le PS et EELV », "a deal struck between X and Y": the parties
        # hang from the noun's participle, or from the verb of a relative clause whose subject
        # is the noun's relative pronoun (« les négociations qui se déroulent entre Washington et
        # Téhéran », « la rencontre qui a eu lieu entre X et Y »).
        for part in tok.children:
            if part.pos_ == "VERB" and (part.dep_ == "acl" or _relative_subject_clause(part)):
                for prep, head, kind in _complements(part):
                    if kind == "obl" and prep in word_set("xx", "reciprocal_prepositions"):
                        _put_parties(args, head, part)
                        break
    if (
        ctx.lang == "en"
        and possessor is not None
        and of_head is not None
        and gen_role in ("agent", "patient")
        and entry.type != "Incident"  # "the bank's collapse of confidence": nobody does a collapse
        and args.agent is None
        and not ctx.temporal(possessor)
        and not ctx.temporal(of_head)  # "the striker's second injury of the season": a period, no patient
    ):
        # "the firm's acquisition of a rival", "the city's evacuation of wounded civilians": the "of"
        # phrase undergoes the act and a possessor who can act does it; a place or a thing that
        # possesses is neither (its launch, the plane's delivery alone stay patients)
        if _is_speaker(possessor) or _is_name_like(possessor):
            args.put("agent", possessor)
        args.put("patient", of_head)
        gens = [g for g in gens if g.i not in (possessor.i, of_head.i)]
    for head in gens:
        if gen_role == "actor":
            args.put("agent", head)  # "the nurses' strike": the strikers, whatever noun names them
            continue
        if gen_role == "agent" and _place_of_attack(tok, head, entry):
            args.put("place", head)  # « l'attentat de Nice »: where it struck, not who struck
            continue
        if gen_role == "agent":
            acts = (
                _agentive_genitive(head, ctx.lang)
                or _acting_genitive(tok, head, entry, ctx.lang)
                # « la grève des cheminots », « la manifestation des agriculteurs »: people, plural
                # too, or a body are who march or strike; « la grève de la faim » is no one
                or (entry.type in _COLLECTIVE_ACT_TYPES and (_is_human(head) or _ent(head) == "ORG"))
            )
            if not (acts and args.put("agent", head)):
                args.put("patient", head)
        elif gen_role == "patient" and _acting_genitive(tok, head, entry, ctx.lang) and args.put("agent", head):
            continue
        elif not args.put(gen_role, head) and gen_role != "patient":
            args.put("patient", head)
    # "The club suffered a heavy defeat against Leeds": whom the subject of the verb undergoes the
    # noun with is its opponent or cause, no patient; the subject is (below)
    undergone_object = tok.dep_ in _OBJ and tok.head.i != tok.i and _undergoer_support(tok, tok.head, ctx.lang)
    for head in others if not undergone_object else ():
        if entry.type in _PENALTY_TYPES and _case_of(head) in ("for", "pour") and not (
                _is_name_like(head) or _is_speaker(head) or _is_human(head)):
            continue  # « une amende pour favoritisme », "a fine for pollution": the offence, no participant
        if args.put("patient", head):
            break
    if entry.type in _STAFF_TYPES and args.agent is None and args.patient is not None:
        # "la réduction d'effectifs de l'entreprise Acme": the employer of the staff cut is the agent
        for prep, head, kind in _complements(args.patient):
            employer = prep in word_set("xx", "genitive_prepositions") or prep in word_set(ctx.lang, "employer_prepositions")
            if kind == "obl" and employer and (_is_name_like(head) or _lemma(head) in word_set("xx", "agentive_nouns")):
                args.put("agent", head)
                break
    if args.agent is None and args.patient is not None and ctx.lang == "fr":
        # « le rachat d'Activision par Microsoft »: the parser hangs the « par » agent of the event
        # noun on the noun's object
        agent = _agent_under_genitives(args.patient)
        if agent is not None and _par_not_agent(tok, agent, moving=entry.type in _ROUTE_TYPES):
            agent = None
        if agent is not None and (
            _is_name_like(agent)
            or _lemma(agent) in word_set("xx", "agentive_nouns")
            or _names_after(agent)
            # « l'interpellation des deux suspects par les gendarmes »: people, or who arrests
            or _is_human(agent)
            or _lemma(agent) in word_set("fr", "arresting_agents")
        ):
            args.put("agent", agent)
    if args.agent is None and ctx.lang == "fr":
        args.put("agent", _agent_after_object(tok))
    if args.agent is None and args.patient is not None and ctx.lang == "en":
        # "the acquisition of Beta by Acme", "regulators blocked the purchase of the airline by
        # Gamma": the English parser hangs the event noun's "by" agent on its "of" object or on the
        # active verb whose object the noun is
        agent = _by_under_object(args.patient) or _by_after_noun(tok)
        if agent is not None and (_is_name_like(agent) or _lemma(agent) in word_set("xx", "agentive_nouns")):
            args.put("agent", agent)
    for head in compounds:
        # an organisation or a person named before the event noun: who does it, else who undergoes it
        if not (gen_role in ("agent", "actor") and args.put("agent", head)):
            args.put("patient", head)
    subj_slot = roles.get("subj", "agent")
    if getattr(args, subj_slot) is None:
        args.put(subj_slot, _copular_state_subject(tok, ctx.lang))  # « les contrôleurs sont en grève »
    if getattr(args, subj_slot) is None:
        args.put(subj_slot, _noun_in_state(tok, ctx.lang))  # « Le président sénégalais en visite à Paris »
    if getattr(args, subj_slot) is None:
        verb: Token | None = None
        as_object = tok.dep_ in _OBJ
        subj_via: ArgumentVia = "direct"
        if tok.head.pos_ in ("VERB", "AUX") and tok.head.i != tok.i:
            verb = tok.head
        elif as_object and _object_under_time(tok):
            # « a annoncé jeudi la suppression de 800 postes »: the parser hangs the object on the
            # weekday before it; the weekday's verb is the noun's
            verb = tok.head.head
        elif tok.dep_ == "pobj":
            verb = _governing_verb(tok)
        else:
            # "l'accord qu'ont signé les deux pays": the noun is the object of a relative clause
            verb = next(
                (
                    c
                    for c in tok.children
                    if c.dep_.startswith("acl") and c.pos_ == "VERB" and _relative_object(c) is not None
                ),
                None,
            )
            as_object = verb is not None
        if verb is not None:
            support = (supports(verb, tok, ctx.lang) and as_object) or _prepositional_support(tok, verb, ctx.lang)
            undergone = as_object and _undergoer_support(tok, verb, ctx.lang)
            support = support or undergone
            # « en ordonnant le retrait des soldats »: who orders the act does it (``order_verbs``),
            # while the order keeps the act as its patient
            ordered = as_object and _lemma(verb) in word_sets("order_verbs").get(ctx.lang, frozenset())
            # "dans une lettre", "in a statement": the writer is the subject of the clause.
            # Only under a preposition of a channel (``xx/channel_prepositions``): "shares rose after the
            # announcement", « a démissionné après l'annonce »: the subject did not make it.
            in_comm = entry.type in _COMMUNICATION_TYPES and tok.dep_.startswith(
                ("obl", "pobj", "nmod")
            ) and _channel_case(tok)
            # « le président a accepté sa démission »: « sa » is not the president
            others_act = possessive_det and as_object and _lemma(verb) in word_sets("other_possessor_verbs").get(
                ctx.lang, frozenset()
            )
            # « RSF a dénoncé son arrestation », « le ministre a annoncé sa nomination »: the
            # possessive of a noun whose « de » complement undergoes it (gen=patient) names who
            # undergoes it; when it is the noun's only participant, the verb's subject is not who acts
            # (« son rachat d'Activision »: with a « de » patient, the possessive is the buyer)
            undergoer_possessive = (
                ctx.lang == "fr" and possessive_det and gen_role == "patient" and not gens and as_object
            )
            if not others_act and (
                (possessive_det and not undergoer_possessive)
                or in_comm
                or _in_state(tok, verb, ctx.lang)
                or ((support or ordered) and entry.type not in _NO_INHERIT_TYPES)
            ):
                verb_subject, verb_via, verb_is_patient = _controlled_subject(verb, ctx.lang)
                if _subject_before_relative(verb) is not None:
                    verb_subject, verb_via, verb_is_patient = _subject_before_relative(verb), "direct", False
                if (
                    in_comm
                    and verb_subject is not None
                    and _lemma(verb) in word_set("fr", "reporting_verbs")
                    and _shared_subject_incise(verb, verb_subject)
                ):
                    # « Le club a limogé son entraîneur, a annoncé la direction dans un communiqué »: the
                    # channel of a reporting incise is its postposed speaker's, not the first verb's subject
                    verb_subject, verb_via = _inverted_subject(verb, incise=True), "postposed"
                    subj_via = "postposed"
                if verb_subject is not None and verb_subject.lower_ in word_sets("indefinite_subjects").get(ctx.lang, frozenset()):
                    verb_subject, verb_is_patient = None, True  # « on se remémore sa rencontre »: nobody's
                if verb_subject is not None and verb_subject.i == tok.i:
                    # « Son arrestation a choqué la ville », « sa nomination a surpris »: the noun
                    # is the subject of the verb it hangs on; the event never does itself, and
                    # the possessive (below) names its participant
                    verb_subject, verb_is_patient = None, True
                if verb_is_patient:
                    verb_subject = None
                elif verb_via == "control":
                    subj_via = "control"  # "ordered Acme to pay a fine"
                if verb_subject is None:
                    # « Les cours reprendront lundi, indique le rectorat dans un communiqué »: the
                    # channel of an incise with no subject before it is its postposed speaker's
                    incise = in_comm and _lemma(verb) in word_set("fr", "reporting_verbs") and _has_clause(verb)
                    verb_subject = _inverted_subject(verb, incise=incise)
                    subj_via = "postposed"
                if (
                    (verb_subject is None or _other_line(verb_subject, verb))
                    and not verb_is_patient
                    and not _is_passive(verb)
                    and verb.dep_ not in _NOUN_MODIFIER_DEPS
                ):
                    verb_subject, subj_via = _line_subject(verb), "direct"  # a headline run into the sentence
                # "the plane made its maiden flight": a row's subj slot maps the support verb's subject;
                # who pays a fine is fined
                args.put("patient" if undergone else subj_slot, verb_subject, subj_via)
                if support and ctx.lang == "en" and args.patient is None and _lemma(tok) in word_set("en", "inflicted_nouns"):
                    # "handed the leaders their first defeat": who is dealt the defeat suffers it (a headline
                    # parse makes both nouns objects: "Court hands Velmont a defeat")
                    args.put("patient", next(
                        (
                            c for c in verb.children
                            if (c.dep_ == "dative" or (c.dep_ in _OBJ and c.i < tok.i)) and c.pos_ in ("NOUN", "PROPN", "PRON")
                        ),
                        None,
                    ) or next(
                        # "handed a defeat to the government"
                        (g for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to" and c.i > tok.i
                         for g in c.children if g.dep_ == "pobj"),
                        None,
                    ))
                if support and args.patient is None:
                    for prep, head, kind in _complements(verb):
                        if kind == "obl" and prep in word_set("xx", "support_patient_prepositions"):
                            args.put("patient", head)
                        elif kind in ("obl", "iobj") and roles.get("to") == "patient" and prep in word_set("xx", "to_prepositions") and (_is_speaker(head) or _is_human(head)):
                            # « a infligé au réseau social une amende »: whom the support verb
                            # fines is the fined party (a row's to=patient)
                            args.put("patient", head)
        if (
            verb is not None
            and ctx.lang == "fr"
            and tok.dep_ in _PASS_SUBJ
            and _lemma(verb) in word_sets("support_verbs").get(ctx.lang, frozenset())
        ):
            # « une plainte a été déposée par la famille / de la part de la famille »: the agent of
            # the passive support verb does what its noun says
            for prep, head, kind in _complements(verb):
                behalf = _on_behalf_of(head) if kind == "obl" else None
                if behalf is not None or (kind == "obl" and prep in word_set("xx", "agent_prepositions") and not _manner_noun(head)):
                    args.put("agent", behalf or head)
                    break
    if args.agent is None:
        args.put("agent", _claimant(tok, ctx.lang))
    poss_role = "patient" if gen_role == "patient" or undergone else "agent"
    if getattr(args, poss_role) is None and possessive_det:
        for child in tok.children:
            if child.lower_ in word_set("xx", "possessive_determiners") and (
                child.pos_ == "PRON" or (child.pos_ == "DET" and "Yes" in _morph(child, "Poss"))
            ):
                # "its exit": the integrator resolves the pronoun; "its maiden flight" (gen=patient)
                args.put(poss_role, child)
    _resolve_relatives(args)
    # Before the spokesperson rule: the organisation "la direction" speaks for may be named in an
    # earlier paragraph; only the words of the sentence must stand on the trigger's line.
    _keep_own_line(args, tok)
    _speak_for(args, ctx.lang, entry.type)
    _name_members(args, ctx.lang)
    return args


# --------------------------------------------------------------------------------------------------
# Sentences and time
# --------------------------------------------------------------------------------------------------


def _support_participle_agent(noun: Token) -> Token | None:
    """The « par » agent of a French past participle of a support verb that follows the event noun
    (« un communiqué publié par la mairie », « une attaque menée par les rebelles », « une
    manifestation organisée par la CGT »): who made the statement, the attack, the march."""
    for part in noun.children:
        if part.dep_ != "acl" or part.pos_ != "VERB" or part.i <= noun.i or "Part" not in _morph(part, "VerbForm"):
            continue
        if _lemma(part) not in word_sets("support_verbs").get("fr", frozenset()):
            continue
        if any(c.dep_.startswith("aux") or c.dep_.startswith("nsubj") for c in part.children):
            continue  # a relative clause's or a finite verb's own subject
        return _passive_agent(part)
    return None


def _incise_complement(tok: Token) -> Token | None:
    """The noun of a French « de » complement that follows an event noun after incises set off by
    commas (« l'exécution, jeudi, par les rebelles, de 28 soldats »), which the parser hangs on a
    noun of the incise: the complement is the event noun's. None when a verb or the end of the
    clause comes first."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.lang_ != "fr" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return None
    for t in doc[tok.i + 2 : min(len(doc), tok.i + 16)]:
        if t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":", "«", "»"):
            return None
        if t.dep_ == "case" and _prep_norm(t.text) == "de" and doc[t.i - 1].text == "," and t.head.i > t.i \
                and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return t.head
    return None


def _sentence_bounds(tok: Token) -> tuple[int, int]:
    doc = tok.doc
    if doc.has_annotation("SENT_START"):
        sent = tok.sent
        return sent.start_char, sent.end_char
    return 0, len(doc_text(doc))


def _trimmed_span(doc: Doc, start: int, end: int, offset: int) -> Span:
    text = doc_text(doc)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(offset + start, offset + end, text[start:end])


def _local_timexes(
    doc: Doc, timexes: Iterable[Timex], offset: int
) -> list[tuple[int, int, Timex]]:
    out = []
    limit = len(doc_text(doc))
    for timex in timexes:
        if timex.type in ("DURATION", "SET"):
            continue
        start, end = timex.start - offset, timex.end - offset
        if start < 0 or end > limit or start >= end:
            continue
        out.append((start, end, timex))
    return sorted(out, key=lambda t: (t[0], t[1]))


def _closest(
    candidates: Sequence[tuple[int, int, Timex]], anchor: Token
) -> Timex | None:
    if not candidates:
        return None
    a_start, a_end = anchor.idx, anchor.idx + len(anchor.text)

    def distance(item: tuple[int, int, Timex]) -> tuple[int, int]:
        s, e, _ = item
        gap = s - a_end if s >= a_end else (a_start - e if e <= a_start else 0)
        return (gap, 0 if s >= a_end else 1)  # ties: prefer the one after the trigger

    best = min(candidates, key=distance)
    return _range_start(candidates, best, doc_text(anchor.doc))[2]


def _range_start(
    candidates: Sequence[tuple[int, int, Timex]], chosen: tuple[int, int, Timex], text: str
) -> tuple[int, int, Timex]:
    """The first date of a range or pair the chosen date closes ("les 9 et 10 juillet", "du 9 au
    12 mars"): a date that ends just before it, joined by a word of ``range_connectors``."""
    connectors = word_set("xx", "range_connectors")
    determiners = word_set("xx", "role_determiners")
    for cand in candidates:
        if cand[1] > chosen[0] or cand is chosen:
            continue
        words = text[cand[1] : chosen[0]].lower().replace("’", "'").split()
        if words and words[0] in connectors and all(w in connectors or w in determiners for w in words):
            return cand
    return chosen


def _comparison_since(doc: Doc, start: int, tok: Token) -> bool:
    """Whether the English date at character ``start`` follows "since" (``en/since_prepositions``) in a
    phrase that ranks (an ordinal or a superlative, ``en/superlative_words``, before it under the
    word "since" hangs on: "the first strike since 2019", "the biggest fall since 2008"): the date
    bounds the comparison. Not for the event ``tok`` of a clause the date itself governs ("the
    first strike since 2019, when cabin crew walked out": the walkout is of 2019)."""
    starts = token_starts(doc)
    i = bisect.bisect_left(starts, start)
    if i <= 0 or i >= len(doc):
        return False
    since = doc[i - 1]
    if since.lower_ not in word_sets("since_prepositions").get("en", frozenset()):
        return False
    if is_ancestor(token_heads(doc), since.i, tok.i):
        return False
    ranked = word_set("en", "superlative_words")
    return any(
        t.i < since.i and (t.tag_ in ("JJS", "RBS") or t.lower_ in ranked or t.ent_type_ == "ORDINAL")
        for t in since.head.subtree
    )


#: An English date that names the period figures are compared with: the same period a year before, or the
#: unit before ("the same period a year earlier", "the year-earlier quarter", "a year ago", "the prior-year").
_COMPARED_PERIOD = re.compile(
    r"(?i)^(?:the\s+)?(?:same\s+(?:period|quarter|month|week|time|day)\b|(?:year|quarter|month)[-\s](?:earlier|ago)$"
    r"|prior[-\s]year$|(?:a|one)\s+(?:year|quarter|month)\s+(?:earlier|ago|before)$)")


#: A figure in running text ("$548 million", "4.2%", "1,200"), after the word that introduces it.
_FIGURE_AFTER_WORD = re.compile(r"([^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(?:about\s+|nearly\s+|almost\s+)?[$€£]?\d")


def _compared_period(doc: Doc, item: tuple[int, int, Timex], tok: Token) -> bool:
    """Whether the English date ``item`` names the period that a figure after ``tok`` is compared with: a
    phrase of :data:`_COMPARED_PERIOD` after ``tok``, either right after a word of comparison
    (``en/comparison_signals``: "rose 18% from the year-earlier period", "fell from a year earlier") or
    after a figure such a word opens (``en/figure_comparison_signals``: "compared with $69 million in the
    same period a year earlier"). Not "A year earlier, profit had fallen", told of its own, nor a date
    that only follows a preposition of the verb ("was released from prison a year ago", "met with union
    leaders a year ago", "cut rates to 2% a year ago"); a preposition that also sets a time ("pulled out
    of the town on the same day a year earlier", ``en/own_time_prepositions``) compares only with a figure
    ("up 5% on the same period a year earlier")."""
    if not _COMPARED_PERIOD.match(item[2].text) or item[0] <= tok.idx:
        return False
    between = doc_text(doc)[tok.idx + len(tok.text):item[0]].casefold()
    if re.search(r"[.;!?]\s", between):
        return False
    # the word right before the date ("from the year-earlier quarter": past the date's own article)
    right_before = re.search(r"([^\W\d_]+)\s+(?:the\s+)?$", between)
    if right_before is not None and right_before.group(1) in word_set("en", "comparison_signals") \
            and (any(ch.isdigit() for ch in between)
                 or right_before.group(1) not in word_set("en", "own_time_prepositions")):
        return True
    # "from $548 million in the same period a year earlier": the date closes the figure compared with
    signals = word_set("en", "figure_comparison_signals")
    for m in _FIGURE_AFTER_WORD.finditer(between):
        opener = m.group(1).split()
        if (opener[-1] in signals or " ".join(opener) in signals) \
                and len(re.findall(r"[^\W\d_]+", between[m.end():])) <= 6:
            return True
    return False


def _past_deadlines(local: Sequence[tuple[int, int, Timex]], lang: str) -> list[tuple[int, int, Timex]]:
    """The dates without the words that only open a deadline ("d'ici à 2014": 2014 dates the event)
    when the deadline follows them."""
    words = word_sets("deadline_words").get(lang, frozenset())
    if not words:
        return list(local)
    out = []
    for item in local:
        if item[2].text.lower() in words and any(0 < o[0] - item[1] <= 8 for o in local if o is not item):
            continue
        out.append(item)
    return out


def _reporter_before_complement(head: Token, governor: Token) -> Token | None:
    """English: the reporting verb whose date ``head`` is when the parser hung the date on the verb
    of the reported clause instead ("X said on Monday it was closing", "said Tuesday it had"): the
    date stands right after the reporting verb, before the reported clause's subject, and no "that"
    opens that clause before it."""
    reporter = governor.head
    if governor.dep_ != "ccomp" or reporter.i == governor.i or reporter.i > head.i:
        return None
    if _lemma(reporter) not in word_set("en", "reporting_verbs"):
        return None
    subjects = [c.i for c in governor.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects or not head.i < min(subjects):
        return None
    doc = head.doc
    between = range(reporter.i + 1, min(subjects))
    if any(doc[i].dep_ == "mark" or doc[i].text in (",", ";", ":") for i in between):
        return None
    return reporter


# How far after the end of a date the date that a deadline word before it opens may start
# (:func:`_past_deadlines`).
_DEADLINE_REACH = 8


def _dates_read(tok: Token, local: Sequence[tuple[int, int, Timex]]) -> tuple[list[tuple[int, int, Timex]], int]:
    """The dates of ``local`` that :func:`_event_time` can read for ``tok``, in their order, and the
    character before which they start: those of its line (the only ones it keeps) and of its
    dependency tree (where it looks for what bounds a noun), then the dates right after them that
    :func:`_past_deadlines` compares them with (to be cut at that character after it). A window of
    a long document has thousands of dates, and reading each one for every event (the words before
    it, its token) grew with the square of the window."""
    doc = tok.doc
    text = doc_text(doc)
    lo = text.rfind("\n", 0, tok.idx) + 1
    hi = text.find("\n", tok.idx)
    hi = len(text) if hi < 0 else hi
    heads = token_heads(doc)
    root = tok.i
    for _ in range(len(heads)):
        if not heads[root]:
            break
        root += heads[root]
    top = doc[root]
    first, last = top.left_edge.i, top.right_edge.i
    starts = token_starts(doc)
    # A date is read at the last token starting at or before it (token_of): the tree's tokens take
    # the characters from its first token's start to the start of the token after its last.
    lo = min(lo, starts[first] if first > 0 else 0)
    hi = max(hi, starts[last + 1] if last + 1 < len(starts) else 1 << 62)
    reach = max((c[1] for c in local if lo <= c[0] < hi), default=hi) + _DEADLINE_REACH
    return [c for c in local if lo <= c[0] <= max(hi, reach)], hi


def _when_relative_date(
    clause_root: Token, local: Sequence[tuple[int, int, Timex]], token_of: Callable[[int], int]
) -> Timex | None:
    """The date a relative clause of time hangs on (``xx/temporal_relatives``): "the first strike
    since 2019, when cabin crew struck for three days", "founded in 1998, when two engineers left
    IBM": what the clause tells happened then, whatever date its main clause has. None for a
    clause on anything but a date ("the day when" with no date, "the city where")."""
    if clause_root.head.i == clause_root.i:
        return None
    relatives = word_set("xx", "temporal_relatives")
    relative = next((c for c in clause_root.children if c.i < clause_root.i and c.lower_ in relatives), None)
    if relative is None:
        return None
    doc = clause_root.doc
    if clause_root.dep_ in ("relcl", "acl:relcl"):
        head = clause_root.head.i
    elif relative.i >= 2 and doc[relative.i - 1].text == "," and clause_root.dep_ in ("advcl", "acl", "parataxis"):
        # « fermée depuis 2015, où un incendie a détruit le hall »: the French parser hangs the
        # clause on the main verb; the date right before the comma is what it is about
        head = relative.i - 2
    else:
        return None
    for item in local:
        if token_of(item[0]) <= head <= token_of(max(item[0], item[1] - 1)):
            return item[2]
    return None


#: Opening and closing quotation marks that pair as such (a straight mark opens and closes in turn).
_QUOTE_OPENERS = {"«": "»", "“": "”", "„": "“"}
#: The fewest words of a quotation whose dates :func:`_quoted_apart` keeps from the words around it (a
#: quoted phrase inside a sentence, « qualifié de « grande avancée », is no statement of its own).
_MIN_QUOTED_WORDS = 3


def _quoted_apart(doc: Doc, tok: Token, char: int) -> bool:
    """Whether the date starting at character ``char`` lies inside a quotation of ``tok``'s sentence
    (of at least :data:`_MIN_QUOTED_WORDS` words) that does not hold ``tok``."""
    sent = tok.sent
    if not (sent.start_char <= char < sent.end_char):
        return False
    spans: list[tuple[int, int]] = []
    opened: list[tuple[str, int]] = []
    for t in sent:
        if not t.is_quote:
            continue
        mark = t.text
        if opened and (mark == opened[-1][0] or (mark == '"' and opened[-1][0] == '"')):
            spans.append((opened.pop()[1], t.i))
        elif mark in _QUOTE_OPENERS or mark == '"':
            opened.append((_QUOTE_OPENERS.get(mark, '"'), t.i))
    if not spans:
        return False
    at = next((t.i for t in sent if t.idx <= char < t.idx + max(1, len(t.text))), None)
    if at is None:
        return False
    return any(lo < at < hi and not lo < tok.i < hi and sum(1 for w in doc[lo + 1:hi] if w.is_alpha) >= _MIN_QUOTED_WORDS
               and not _quoted_for(doc[at], tok, lo, hi) for lo, hi in spans)


def _quoted_for(word: Token, tok: Token, lo: int, hi: int) -> bool:
    """Whether the words between the quotation marks at ``lo`` and ``hi`` that hold ``word`` are the
    verb ``tok``'s own complement, with no verb of their own above ``word``: ``tok`` quotes them (« l'usine
    rouvrirait « au plus tard à la fin du mois de mars » », 'would reopen "no later than the end of
    March"'), they tell nothing apart (« « Mardi, nous avons signé », a dit le maire »). A parse that
    hangs the quoted words elsewhere keeps them apart."""
    head = word
    while lo < head.i < hi:
        if head.i != word.i and head.pos_ in ("VERB", "AUX"):
            return False  # a clause of the quotation's own
        if head.head.i == head.i:
            return False
        head = head.head
    # the first word outside the quotation: ``tok``, or a word of its clause below no other verb
    while head.i != tok.i:
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return False
        head = head.head
    return True


def _event_time(tok: Token, local: Sequence[tuple[int, int, Timex]], lang: str = "", *,
                linked: bool = True) -> Timex | None:
    """The date of the event at ``tok`` among the sentence's dates ``local``. ``linked`` lets a
    clause of simultaneity and its main clause lend each other a date (off when one asks the other,
    so that the two do not ask back)."""
    if not local:
        return None
    near, bound = _dates_read(tok, local)
    local = [c for c in _past_deadlines(near, lang) if c[0] < bound]
    # « une précédente manifestation avait réuni un millier de personnes en septembre »: an adjective
    # FR-TimeBank marks as a time (PAST_REF) says the event is earlier, not when it took place
    doc = tok.doc
    local = [c for c in local if not _reference_adjective(doc, c)]
    if lang == "en":
        # "The walkout is the first at the plant since 2019", "their biggest fall since March 2020":
        # the date bounds a comparison, it dates nothing
        local = [c for c in local if not _comparison_since(doc, c[0], tok)]
        # "Revenue climbed to $611 million from $548 million in the same period a year earlier", "profit
        # rose from the year-earlier quarter": the period compared with dates the old figure, not the rise
        local = [c for c in local if not _compared_period(doc, c, tok)]
    # « « Nous avons reçu les autorisations mardi », a déclaré la directrice », '"We got the permits last
    # week," she said': a date inside a quotation dates what the quotation tells, not the words around it
    local = [c for c in local if not _quoted_apart(doc, tok, c[0])]
    if not local:
        return None
    # « a fermé l'école jusqu'au 3 avril », « une grève jusqu'au printemps »: the end of what lasts,
    # not the time the event takes place
    # (« a démissionné avant le 10 avril »: the limit, not the time, of a completed act; a deadline
    # of what is ahead, « le retrait des soldats avant la fin de l'année 2012 », is its date in the gold)
    done = lang == "fr" and _done_verb(tok)
    # In English only after a verb granting time ("was given until Friday to call off the strike":
    # the deadline, not the day of the giving); "will be delayed until October" is of October.
    granting = lang == "fr" or (lang == "en" and _lemma(tok) in word_set("en", "time_granting_verbs"))
    # « Les salariés, en grève depuis lundi, … », « sont en grève depuis le 6 mars »: the start of a
    # state that still holds, not the day of the event (in French; English "since" is read apart)
    # (not for a clause « où » opens on that date: « fermée depuis 2015, où un incendie a détruit le
    # hall » is of 2015, :func:`_when_relative_date`)
    own = tok if tok.pos_ in ("VERB", "AUX") else _governing_verb(tok)
    relative = own is not None and any(c.lower_ == "où" for c in own.children)
    until = [c for c in local if (granting and _after_bound_word(doc, c[0], lang, "until_prepositions"))
             or (done and _limit_date(doc, c, lang))
             or (lang == "fr" and not relative and _after_bound_word(doc, c[0], lang, "since_prepositions"))]
    local = [c for c in local if c not in until]
    if not local:
        return None
    # A date on another line never dates the event, whatever the parse hung it on (a paragraph
    # the parser ran into the one before: « ... vocations ». / Déjà au début du mois dernier, ...).
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, tok.idx) + 1
    line_end = text.find("\n", tok.idx)
    line_end = len(text) if line_end < 0 else line_end
    local = [c for c in local if line_start <= c[0] < line_end]
    if not local:
        return None
    starts = token_starts(doc)

    def token_of(char: int) -> int:
        return max(0, bisect.bisect_right(starts, char) - 1)

    if lang == "fr":
        # « Au lendemain du 8 mai, le maire a démissionné »: the day counted from the date dates the
        # event, not the date it is counted from (the parser may hang both on the verb)
        local = [c for c in local if not _counted_from(doc, c, local, token_of)] or local

    if tok.pos_ == "NOUN" and until:
        # « une grève jusqu'au printemps », « a annoncé mardi une grève jusqu'au printemps »: what
        # lasts until then has no time point, nor the day it was announced
        noun_root = _governing_verb(tok)

        def bounds_noun(item: tuple[int, int, Timex]) -> bool:
            i = token_of(item[0])
            if is_ancestor(token_heads(doc), tok.i, i):
                return True
            governor = _governing_verb(doc[i])
            return noun_root is not None and governor is not None and governor.i == noun_root.i \
                and tok.dep_ in _OBJ | {"nmod"}

        if any(bounds_noun(c) for c in until):
            return None
    glued = _glued_ago(doc, tok, local, text)
    if glued is not None:
        return glued  # « une étude publiée il y a deux ans »: the parser hangs « il y a » elsewhere
    focused = [c for c in local if _cleft_focus(doc, token_of(c[0]), tok)]
    if focused:
        # « C'est aujourd'hui, à 18h15, qu'une fusée doit lancer les satellites »: the date a cleft
        # puts in focus is the time of its « que » clause, whatever the parser made of the cleft
        return _closest(focused, tok)
    clause_root = tok if tok.pos_ in ("VERB", "AUX") else (_governing_verb(tok) or tok)
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and _present_participle(tok):
        # "a émis le lendemain un communiqué affirmant que …": a present participle that describes
        # a noun takes the clause of the noun
        clause_root = _governing_verb(tok.head) or clause_root
    if _gerund(tok) and tok.head.pos_ in ("VERB", "AUX") and tok.head.i != tok.i:
        # "a revu ses prévisions en affirmant que …", "cut its forecast, saying …": the gerund
        # happens when its verb does, and takes its date
        return _event_time(tok.head, local, lang)
    # Subtree membership by walking up from the date's token (a few steps) rather than the
    # subtree's set of every token (a Token each: a whole sentence for a main verb, every event).
    heads = token_heads(doc)
    refuser = refusing_head(clause_root, lang)
    if refuser is not None and not any(is_ancestor(heads, clause_root.i, token_of(c[0])) for c in local):
        # « le conseil a refusé mardi de signer l'accord », « n'a pas réussi lundi à convaincre »:
        # what was refused or failed is of the time of the refusal, a date of the infinitive's own
        # phrase aside (« a refusé de signer l'accord du 3 mars »)
        return _event_time(refuser, local, lang)

    def under(top: int, i: int) -> bool:
        return i == top or is_ancestor(heads, top, i)

    other_act = other_act_noun(tok, lang)

    def dates_clause(item: tuple[int, int, Timex]) -> bool:
        if _reaction_date(tok, token_of(item[0]), lang):
            return False  # « la grève, annoncée le 3 mars »: the announcement's date, not the strike's
        head = _timex_head(doc, token_of(item[0]), token_of(max(item[0], item[1] - 1)))
        if under(tok.i, head.i) and head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
            # "the March 2 meeting", "the meeting on Tuesday"; but not the date of a participle
            # that describes another noun (« la visite du ministre, nommé le 3 mars »)
            return not _foreign_participle_date(tok, head, lang)
        if other_act:
            return False  # « écroué samedi après l'attaque », « le procès de l'attentat s'est ouvert lundi »
        if head.dep_ == "npadvmod" and head.head.i == clause_root.head.i and misparsed_main_verb(clause_root) is not None:
            return True  # "Last month, the company named X as CEO": the parse hung the date on the subject
        if _sequence_phrase(head, tok, lang):
            return False  # « a démissionné après son élection en 2016 »: the election's year
        if _offset_anchor(head, tok, lang):
            return False  # « la veille de sa démission »: the day before the resignation, not its day
        if head.dep_ in _ATTRIBUTIVE_DEPS and head.head.pos_ in ("NOUN", "PROPN") and head.head.i != tok.i \
                and (not _adverbial_date(doc, item[0], lang)
                     or (_in_subject(head, clause_root) and not _ends_postposed_subject(head, clause_root))):
            # (a date inside the subject's phrase is no adverbial of its verb: « l'auteur de l'attaque
            # de la banque en 2015 a été arrêté »)
            # "the 1991 agreement" dates the agreement, not the verb of the clause; but "lors de
            # son discours mardi", "during Tuesday's meeting" date the clause the phrase is in
            return _simultaneous_phrase(head.head, lang, clause_root=clause_root)
        governor = _governing_verb(head)
        if governor is not None and _modal_infinitive_of_subject(tok, governor, clause_root):
            governor = clause_root  # « des élections pourraient avoir lieu en juin »: the noun's date
        if governor is not None and lang == "en" and (reporter := _reporter_before_complement(head, governor)) is not None:
            governor = reporter  # "said on Monday it was closing": the saying's date, whatever the parse
        # a verb of another line is no governor: the parse ran two paragraphs together
        return governor is None or governor.i == clause_root.i or _other_line(governor, head)

    when = _when_relative_date(clause_root, local, token_of)
    if when is not None:
        return when
    apposed = _apposed_date(tok, local) or _participle_clause_date(tok, local, lang) \
        or _restrictive_date(tok, local, lang) or _participle_modifier_date(tok, local, lang, token_of)
    if apposed is not None:
        return apposed
    # "Last month, the company named X as CEO": the clause of a past the parse hung on its subject
    # is the whole sentence
    top = clause_root.head.i if misparsed_main_verb(clause_root) is not None else clause_root.i
    in_clause = [c for c in local if under(top, token_of(c[0])) and dates_clause(c)]
    if in_clause and tok.pos_ == "NOUN" and lang == "fr":
        # « a annoncé mardi la suppression de 300 postes d'ici 2024 »: a deadline in the noun's
        # phrase, or on the verb whose object the noun is, dates what is to be done by then, not
        # the day it was announced (a past act is never dated by a date ahead)
        def deadline_of_noun(item: tuple[int, int, Timex]) -> bool:
            if not _after_deadline_word(doc, item[0], lang):
                return False
            head = _timex_head(doc, token_of(item[0]), token_of(max(item[0], item[1] - 1)))
            if under(tok.i, token_of(item[0])):
                return _deadline_in_phrase(head, tok)
            governor = _governing_verb(head)
            if not (tok.dep_ in _OBJ and tok.head.i == clause_root.i and governor is not None and governor.i == clause_root.i):
                return False
            # ... hung on the verb itself, not under another of its objects or conjuncts (« a annoncé
            # la fermeture de l'usine et l'ouverture d'un site d'ici 2025 »: the opening's deadline)
            first, last = token_of(item[0]) - 3, token_of(max(item[0], item[1] - 1))
            cur = head
            while cur.i != governor.i and cur.head.i != cur.i:
                if not first <= cur.i <= last:
                    return False
                cur = cur.head
            return True

        deadlines = [c for c in in_clause if deadline_of_noun(c)]
        if deadlines:
            return _closest(deadlines, tok)
        if _done_verb(clause_root):
            # (rvf31b) « Renault a annoncé mardi la suppression de 2 000 postes d'ici 2026, selon un
            # communiqué », « a promis un référendum d'ici 2026, lors d'un discours »: a deadline
            # bounds what comes before it (the cuts), not a noun after it in a done act's clause (the
            # communiqué, the speech: of the day of the act), whatever the parser hung it on
            in_clause = [c for c in in_clause if c[0] > tok.idx or under(tok.i, token_of(c[0]))
                         or not _after_deadline_word(doc, c[0], lang)]
    if in_clause and tok.pos_ == "NOUN" and lang == "fr":
        # (f35b) « a critiqué mercredi l'accord de 1991 », « a évoqué mardi l'attentat du 13
        # novembre »: the date that complements the event noun itself is its own, however near the
        # verb's date stands to it
        def own_complement(item: tuple[int, int, Timex]) -> bool:
            head = _timex_head(doc, token_of(item[0]), token_of(max(item[0], item[1] - 1)))
            return head.dep_ == "nmod" and head.head.i == tok.i

        own = [c for c in in_clause if own_complement(c)]
        if own:
            return _closest(own, tok)
    if in_clause:
        return _closest(in_clause, tok)
    first = clause_root
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") and first.head.i < first.i:
        first = first.head
    if _conjoined_incise(clause_root):
        # « Le groupe a livré l'an dernier 735 appareils, a précisé son porte-parole »: an incise the
        # parser coordinates reports the clause before it, whose date is not the report's
        first = clause_root
    if first.i != clause_root.i and later_conjunct(clause_root, lang):
        first = clause_root  # "identified in 2009 and has since spread": after that date, not on it
    if first.i != clause_root.i and _reporting_conjunct(clause_root, lang):
        # "The drug was approved in March, and the regulator said it was monitoring": a report with a
        # subject of its own, joined to a dated clause, is of the time of reporting, not of that date
        first = clause_root
    if first.i != clause_root.i:
        # A coordinated verb shares the date of the clause it is coordinated with ("le 28 juin, le
        # gouvernement a changé la direction et nomma X"), when that date is the first verb's own.
        def dates_first(item: tuple[int, int, Timex]) -> bool:
            head = _timex_head(doc, token_of(item[0]), token_of(max(item[0], item[1] - 1)))
            governor = _governing_verb(head)
            if lang == "fr" and _in_subject(head, first):
                return False  # « X, le complice ... de la prise d'otages en 1975, devait ..., a annoncé »
            return governor is not None and governor.i == first.i

        shared = [c for c in local if token_of(c[0]) < clause_root.i and dates_first(c)]
        if shared:
            return _closest(shared, tok)
    if lang == "fr" and tok.pos_ == "VERB":
        later = _later_conjunct_date(tok, first, local, token_of)
        if later is not None:
            return later
    if linked and clause_root.dep_ == "advcl" and clause_root.head.i != clause_root.i \
            and _simultaneous_clause(clause_root, lang):
        # « La crise a éclaté le 3 mars, lorsque le quotidien a révélé l'affaire »: the clause
        # happens when its main clause does
        main = _event_time(clause_root.head, local, lang, linked=False)
        if main is not None:
            return main
    if linked and tok.i == clause_root.i and tok.pos_ in ("VERB", "AUX"):
        # "a man died when a tree fell on his car late Monday", « trois personnes sont mortes
        # lorsqu'un bus s'est renversé dimanche »: the main clause happens when its clause of
        # simultaneity does, when it has no date of its own
        for clause in tok.children:
            if clause.dep_ == "advcl" and _simultaneous_clause(clause, lang) and not _question_clause(tok, clause) \
                    and (clause.pos_ in ("NOUN", "PROPN") or any(c.dep_ in (*_SUBJ, *_PASS_SUBJ) for c in clause.children)):
                # (a clause with a subject of its own, which the parse may have made its head: "its
                # date matches the number when written as 7/8/07" names no time of the match)
                sub = _event_time(clause, local, lang, linked=False)
                if sub is not None:
                    return sub
    s_start, s_end = _sentence_bounds(tok)
    # A date of the clause dating another verb (its complement clause's) or a noun does not date it.
    in_sentence = [c for c in local if s_start <= c[0] < s_end and not under(clause_root.i, token_of(c[0]))]
    if clause_root.head.i != clause_root.i:
        # A subordinate clause is not dated by the clause that governs it ("announced Tuesday that
        # it will close"): only a date the parse left outside the whole tree is a candidate.
        root = clause_root
        while root.head.i != root.i:
            root = root.head

        def crossed(item: tuple[int, int, Timex]) -> bool:
            # a date the parse hung on a verb of another line dates nothing there: it is its own line's
            head = _timex_head(doc, token_of(item[0]), token_of(max(item[0], item[1] - 1)))
            governor = _governing_verb(head)
            return governor is not None and _other_line(governor, head)

        in_sentence = [c for c in in_sentence if not under(root.i, token_of(c[0])) or crossed(c)]
    return _closest(in_sentence, tok)


def _reporting_conjunct(verb: Token, lang: str) -> bool:
    """A verb of saying (``<lang>/reporting_verbs``) coordinated after another clause, with a subject
    of its own ("The plant closed in 2019, and the company said it would not reopen", « L'usine a fermé
    en 2019 et la direction a indiqué qu'elle ne rouvrirait pas »): a report of its own, not an act
    of the first clause's time."""
    return verb.dep_ == "conj" and _lemma(verb) in word_sets("reporting_verbs").get(lang, frozenset()) \
        and any(c.dep_ in _SUBJ for c in verb.children)


# What stops a later conjunct's date from dating the verbs before it: a clause of its own (« que »,
# « qui »), a semicolon, a colon, a quotation or a line break between the verb and the date.
_CONJUNCT_BREAK = re.compile(r"\b(?:que|qu['’]|qui|dont|où|mais|puis)(?!\w)|[;:«»\"\n]|\bensuite\b", re.I)


def _later_conjunct_date(
    tok: Token, first: Token, local: Sequence[tuple[int, int, Timex]], token_of: Callable[[int], int]
) -> Timex | None:
    """The date of a later conjunct that shares ``tok``'s auxiliary (« Il a été mis en examen et
    écroué samedi », « interpellé, placé en garde à vue et écroué samedi »): one compound tense
    over the conjuncts is one clause, and a date after the last one dates them all. Not when the
    later conjunct has an auxiliary or a subject of its own (« a été interpellé et sera jugé
    lundi », « l'a placé en garde à vue mardi »: another clause), when the sentence does not run
    on from ``tok`` to the date without another clause, semicolon or quotation, nor when ``tok``
    itself has no auxiliary (a simple tense, another reading)."""
    has_aux = any(c.dep_.startswith("aux") for c in tok.children) or (
        first.i != tok.i and any(c.dep_.startswith("aux") for c in first.children)
    )
    if not has_aux or _morph(tok, "VerbForm") != ["Part"]:
        return None
    doc = tok.doc
    text = doc_text(doc)
    found: list[tuple[int, int, Timex]] = []
    for conj in first.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.i <= tok.i or _morph(conj, "VerbForm") != ["Part"]:
            continue  # (« a été condamné et fera appel lundi »: a finite verb is a clause of its own)
        if any(c.dep_.startswith("aux") or c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ or c.dep_ == "expl:comp"
               or (c.dep_ == "obj" and c.pos_ == "PRON") for c in conj.children):
            continue
        for item in local:
            if item[0] < conj.idx + len(conj.text):
                continue  # a date before the conjunct is not hung after it
            head = _timex_head(doc, token_of(item[0]), token_of(max(item[0], item[1] - 1)))
            governor = _governing_verb(head)
            if governor is None or governor.i != conj.i or head.dep_ not in ("obl:mod", "obl", "advmod", "obl:arg"):
                continue
            if _CONJUNCT_BREAK.search(text, tok.idx + len(tok.text), item[0]):
                continue
            found.append(item)
    return _closest(found, tok) if found else None


def _modal_infinitive_of_subject(noun: Token, inf: Token, verb: Token) -> bool:
    """``inf`` is the infinitive of a French modal ``verb`` (``prospective_modals``: « pourraient »,
    « doit ») whose subject is the event noun ``noun``: « des élections anticipées pourraient avoir
    lieu en juin », « le vote doit se tenir mardi ». The date of the infinitive is the noun's."""
    return (
        noun.pos_ == "NOUN"
        and noun.head.i == verb.i
        and noun.dep_ in _SUBJ
        and inf.dep_ == "xcomp"
        and inf.head.i == verb.i
        and verb.lower_ in word_sets("prospective_modals").get(verb.lang_[:2], frozenset())
    )


def _simultaneous_clause(verb: Token, lang: str) -> bool:
    """A temporal clause introduced by a conjunction of ``simultaneity_conjunctions`` (« lorsque »,
    « quand », "when")."""
    words = word_sets("simultaneity_conjunctions").get(lang, frozenset())
    # (English "when" is the clause's adverb in the parse, first of its clause)
    return bool(words) and any(
        (c.dep_ == "mark" or (c.dep_ == "advmod" and c.i == verb.left_edge.i)) and c.lower_ in words
        for c in verb.children
    )


def _question_clause(verb: Token, clause: Token) -> bool:
    """Whether a "when" clause the parse hung on ``verb`` as an adverbial asks a question rather than
    dates it: under a verb of saying or a negated verb ("did not say when the law would take effect
    in 2014", « n'a pas précisé quand l'usine rouvrirait »), or with a modal of its own ("when it
    would reopen")."""
    lang = verb.lang_[:2]
    if _lemma(verb) in word_set(lang, "reporting_verbs") or _verb_polarity(verb, lang)[0]:
        return True
    return any(c.tag_ == "MD" or (c.dep_.startswith("aux") and "Cnd" in _morph(c, "Mood")) for c in clause.children)


_CLEFT_QUE = frozenset({"que", "qu'", "qu’"})
_CLEFT_BOUNDS = ("since_prepositions", "until_prepositions", "deadline_prepositions")


def _cleft_focus(doc: Doc, date: int, tok: Token) -> bool:
    """The date at token ``date`` is the focus of a French cleft sentence that ``tok``'s clause
    completes (« C'est mardi que le ministre a démissionné », « C'était hier soir qu'il est
    arrivé »): the sentence opens with « c' » / « ce » and a form of « être », the date follows it
    and ``tok`` follows the first « que » after the date, in its clause (no punctuation between)."""
    if not tok.lang_.startswith("fr"):
        return False
    sent = tok.sent
    first = sent.start
    while first < sent.end and (doc[first].is_punct or doc[first].is_space):
        first += 1
    if first + 1 >= sent.end or doc[first].lower_.replace("’", "'") not in ("c'", "ce"):
        return False
    if _lemma(doc[first + 1]) != "être" or not first + 1 < date < tok.i:
        return False
    # « C'est depuis 2010 que la société vend des voitures », « jusqu'au 30 juin que … »: a bound of
    # what lasts, not the date of the clause
    lead = doc[first + 2 : date + 1].text.lower().replace("’", "'")
    bounds = {w for name in _CLEFT_BOUNDS for w in word_sets(name).get("fr", frozenset())}
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", lead) for w in bounds):
        return False
    que = next((t.i for t in doc[date:tok.i] if t.lower_ in _CLEFT_QUE), None)
    # an incise after the clause (« …, a rappelé mardi le préfet ») is no part of it
    return que is not None and not any(t.text in (",", ";", ":", "«", "»") for t in doc[que:tok.i])


def _adverbial_date(doc: Doc, start: int, lang: str) -> bool:
    """A French date that no « de » introduces (« son abandon en début de matinée le 11
    novembre », « l'annonce le 3 mars »): an adverbial of the clause the parser hung on a noun,
    where « la réunion du 3 mars » / « l'accord de 1991 » date the noun."""
    if lang != "fr":
        return False
    if _after_deadline_word(doc, start, lang):
        return True  # « supprimera 300 postes d'ici 2024 »: « d'ici » opens a deadline, not a genitive
    before = doc_text(doc)[max(0, start - 40) : start].rstrip().rsplit(None, 1)  # the word before, not the text
    word = before[-1].lower().replace("’", "'") if before else ""
    if "'" in word:
        # « l'accord d'avril »: the elided « d' » glued to the date; but « les centres d'accueil mardi
        # », « la cour d'appel mardi »: the word before the date is the noun after the elision
        head, _, tail = word.rpartition("'")
        word = head + "'" if not tail else tail
    return word not in word_set("fr", "date_genitives")


def _deadline_in_phrase(date_head: Token, noun: Token) -> bool:
    """Whether a deadline whose head is ``date_head``, somewhere under the event noun ``noun``, is
    the noun's own: reached without a clause (« la vente de sa filiale, qu'il promettait d'ici 2024 »:
    the promise's) or another conjunct (« la fermeture de l'usine et l'ouverture d'un site d'ici
    2025 »: the opening's) between them."""
    cur = date_head
    for _ in range(12):
        if cur.i == noun.i:
            return True
        if cur.dep_.startswith("conj") or (cur.i != date_head.i and cur.pos_ in ("VERB", "AUX")) or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _after_deadline_word(doc: Doc, start: int, lang: str) -> bool:
    """Whether the date at character ``start`` follows a word of ``<lang>/deadline_prepositions``
    (« d'ici 2024 », « d'ici le 30 juin »): the deadline of the clause's act, wherever the parser
    hung it (« 300 postes d'ici 2024 »: on the object)."""
    return _after_bound_word(doc, start, lang, "deadline_prepositions")


# A one-word reference to the past or the future (« précédente », « prochain », "previous").
_REFERENCE_WORD = re.compile(r"[^\W\d_]+", re.U)


def _reference_adjective(doc: Doc, item: tuple[int, int, Timex]) -> bool:
    """A time that is one adjective and no calendar value (``PAST_REF``, ``FUTURE_REF``: « la
    précédente manifestation », « le prochain conseil »): it tells the event is earlier or later,
    not its date. Not an adverb (« précédemment »)."""
    timex = item[2]
    if timex.value not in ("PAST_REF", "FUTURE_REF") or _REFERENCE_WORD.fullmatch(timex.text) is None:
        return False
    starts = token_starts(doc)
    i = max(0, bisect.bisect_right(starts, item[0]) - 1)
    return doc[i].pos_ == "ADJ"


def _glued_ago(doc: Doc, tok: Token, local: Sequence[tuple[int, int, Timex]], text: str) -> Timex | None:
    """A date of « il y a » (``<lang>/ago_openers``) right after a participle trigger, nothing but
    spaces between (« une étude publiée il y a deux ans », « le joueur, arrivé il y a trois mois »):
    the participle's date, which the parser hangs on the verb « a » or the sentence's root."""
    if tok.pos_ not in ("VERB", "AUX") or "Part" not in _morph(tok, "VerbForm"):
        return None
    openers = word_sets("ago_openers").get(tok.lang_[:2])
    if not openers:
        return None
    end = tok.idx + len(tok.text)
    for start, _end, timex in local:
        if start >= end and not text[end:start].strip() and any(timex.text.lower().startswith(w) for w in openers):
            return timex
    return None


def _done_verb(tok: Token) -> bool:
    """A French verb in the compound past (its tense auxiliary in the present indicative: « a
    démissionné », « a été arrêté ») or the simple past (« démissionna »): an act done."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c for c in tok.children if c.dep_ == "aux:tense"]
    if aux:
        return all("Pres" in _morph(c, "Tense") and "Ind" in _morph(c, "Mood") for c in aux)
    if any(c.dep_.startswith("aux") for c in tok.children):
        return False
    return "Fin" in _morph(tok, "VerbForm") and "Past" in _morph(tok, "Tense")


def _limit_date(doc: Doc, item: tuple[int, int, Timex], lang: str) -> bool:
    """A date (no clock time) after a word of ``<lang>/limit_prepositions`` (« avant le 1er mai »):
    a limit of the event, not its time."""
    return item[2].type == "DATE" and after_limit_word(doc_text(doc), item[0], lang)


def _after_bound_word(doc: Doc, start: int, lang: str, lexicon: str) -> bool:
    """Whether the date at character ``start`` follows a word of ``<lang>/<lexicon>`` (« d'ici »,
    « jusqu'au »), in lower case with straight apostrophes, within the 14 characters before it."""
    words = word_sets(lexicon).get(lang)
    if not words:
        return False
    before = " ".join(doc_text(doc)[max(0, start - 14) : start].lower().replace("’", "'").split())
    return any(before == w or before.endswith(" " + w) for w in words)


def _gerund(tok: Token) -> bool:
    """A French gerund ("en affirmant") or an English participle clause set off after its verb
    ("…, saying that"): an adverbial present participle."""
    if tok.dep_ != "advcl" or not _present_participle(tok) or tok.i < tok.head.i:
        return False
    if tok.lang_ == "fr":
        return any(c.dep_ == "mark" and c.lower_ == "en" for c in tok.children)
    return not any(c.dep_ in ("mark", "prep") for c in tok.children)  # not "after saying", "before leaving"


def _in_subject(head: Token, verb: Token) -> bool:
    """Whether the date whose head is ``head`` lies inside a noun of the subject phrase of ``verb``
    (« l'auteur de l'attaque en 2015 a été arrêté »): a date of that phrase, not of the verb."""
    cur = head
    while cur.head.i != verb.i and cur.head.i != cur.i:
        cur = cur.head
    return cur.i != head.i and cur.head.i == verb.i and cur.dep_.startswith(("nsubj", "csubj"))


def _ends_postposed_subject(head: Token, verb: Token) -> bool:
    """Whether the date whose head is ``head`` closes the subject phrase that follows ``verb``, at
    the end of its clause (« …, a indiqué le procureur mercredi. », « a déclaré la ministre de la
    Culture lundi soir, »): the parser hangs the verb's date on the postposed subject's noun, but a
    date no « de » introduces there is the verb's, as it is before the subject (« a indiqué mercredi
    le procureur »); what follows it (« à l'AFP ») is the verb's too."""
    cur = head
    while cur.head.i != verb.i and cur.head.i != cur.i:
        cur = cur.head
    return cur.i > verb.i and cur.dep_.startswith("nsubj") and cur.right_edge.i == head.right_edge.i


def _sequence_phrase(head: Token, tok: Token, lang: str) -> bool:
    """Whether the date whose head is ``head`` lies inside the phrase of another noun that a word of
    ``<lang>/sequence_prepositions`` introduces (« a démissionné après son élection en 2016 »,
    « avant la réunion du 3 mars »): the clause happens before or after that noun's time, which is
    no date of the clause's events."""
    words = word_sets("sequence_prepositions").get(lang)
    if not words:
        return False
    cur = head
    while cur.head.i != cur.i and cur.i != tok.i and cur.pos_ not in ("VERB", "AUX"):
        if cur.pos_ == "NOUN" and cur is not head and tok.i not in (t.i for t in cur.subtree) \
                and _case_of(cur) in words and not _before_case(head, cur):
            return True
        cur = cur.head
    return False


def _before_case(head: Token, noun: Token) -> bool:
    """The date ``head`` comes before the preposition of ``noun``'s phrase (« a abandonné la course
    mercredi après une collision »): the parser hung the clause's weekday on the noun after it, but
    a date in that phrase follows its preposition."""
    cases = [c.i for c in noun.children if c.dep_ == "case"]
    return bool(cases) and head.right_edge.i < min(cases)


def _counted_from(doc: Doc, item: tuple[int, int, Timex], local: Sequence[tuple[int, int, Timex]],
                  token_of: Callable[[int], int]) -> bool:
    """Whether the French date ``item`` is the one a day is counted from, written right after that
    day's noun (``fr/day_offset_nouns``) and its « de » (« au lendemain du 8 mai », « la veille du 3
    juin »), that day being a date of its own in ``local``."""
    first = token_of(item[0])
    if first < 2:
        return False
    case, day = doc[first - 1], doc[first - 2]
    if _prep_norm(case.text) != "de" or day.lower_ not in word_sets("day_offset_nouns").get("fr", frozenset()):
        return False
    return any(other is not item and other[0] <= day.idx < other[1] for other in local)


def _offset_anchor(head: Token, tok: Token, lang: str) -> bool:
    """Whether the event noun ``tok`` is the complement of the noun of a day counted from another
    (``<lang>/day_offset_nouns``) that heads the date (« la veille de sa démission », « au lendemain
    de l'élection »): the event is what the day is counted from, on another day."""
    if tok.pos_ != "NOUN" or tok.i == head.i or _lemma(head) not in word_sets("day_offset_nouns").get(lang, frozenset()):
        return False
    cur = tok
    for _ in range(3):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == head.i:
            return True
    return False


def _simultaneous_phrase(noun: Token, lang: str, *, clause_root: Token | None = None) -> bool:
    """Whether ``noun`` heads a phrase that puts the clause at the time of an event ("lors de son
    discours", "au cours de la réunion", "during the meeting"; ``simultaneity_prepositions``).
    With ``clause_root``, the phrase must hang on that verb, not on a noun or a participle of one (« a
    affirmé le candidat battu lors du scrutin du 7 mars »: the defeat's time, not the saying's)."""
    words = word_set(lang, "simultaneity_prepositions") if lang else frozenset()
    if not words:
        return False
    cur = noun
    for _ in range(3):
        if _opened_by(cur, words):
            if clause_root is None:
                return True
            # (the parser may hang « lors » on the noun: « le candidat battu lors du scrutin »; the
            # words of the preposition itself, « au cours de », are passed over)
            opening = {w for entry in words for w in entry.split()}
            up = cur.head
            while up.i != up.head.i and (up.pos_ not in ("VERB", "AUX", "NOUN", "PROPN", "PRON")
                                         or (cur.i - 5 <= up.i < cur.i and up.lower_ in opening)):
                up = up.head
            return up.i == clause_root.i or up.pos_ not in ("VERB", "AUX", "NOUN", "PROPN", "PRON")
        # (f35b) « au cours de la conférence de presse de lundi »: the date hangs on the noun's complement
        if cur.dep_ != "nmod" or cur.head.pos_ != "NOUN" or cur.head.i == cur.i:
            return False
        if not _of_complement(cur) or event_noun(cur, lang):
            # (rvf35b) « pendant le débat sur la réforme de 2019 », « lors de la commémoration de
            # l'attentat du 13 novembre 2015 »: a complement in « sur », « contre »…, or an event of
            # its own, keeps its date; only a « de » complement that is no event (« de presse », « du
            # conseil ») lends its date to the phrase
            return False
        cur = cur.head
    return False


def _of_complement(noun: Token) -> bool:
    """Whether ``noun`` is introduced by French « de » (« du », « des », « d' »: ``contracted_prepositions``)."""
    return any(c.dep_ == "case" and _prep_norm(c.text) == "de" for c in noun.children)


def _opened_by(noun: Token, words: frozenset[str]) -> bool:
    """Whether the phrase of ``noun`` is opened by one of ``words`` (lower-case words as written, a
    straight apostrophe): "lors de", "au cours de", « pendant »."""
    if not words:
        return False
    doc = noun.doc
    left = noun.left_edge.i
    before = " ".join(t.lower_.replace("’", "'") for t in doc[max(0, left - 4) : left])
    if any(before == w or before.endswith(" " + w) for w in words):
        return True
    # (f35b) « lors de la cérémonie de mardi », « pendant la réunion de jeudi »: the parser makes « lors » an adverb and « de » the noun's own case word, or takes
    # « pendant » into the noun's phrase; read the words before the noun without its determiners and
    # adjectives
    prefix = [t for t in doc[max(0, left - 4) : noun.i]
              if not (t.head.i == noun.i and t.dep_ in _NOUN_PREMODIFIERS)]
    before = " ".join(t.lower_.replace("’", "'") for t in prefix[-4:])
    return any(before == w or before.endswith(" " + w) for w in words)


#: The dependents before a noun that stand between a preposition and the noun (« lors de *la
#: dernière* réunion »), read past by :func:`_simultaneous_phrase`.
_NOUN_PREMODIFIERS = frozenset({"det", "det:poss", "amod", "nummod"})


def _apposed_date(tok: Token, local: Sequence[tuple[int, int, Timex]]) -> Timex | None:
    """A date set off by commas right after an event noun's phrase dates the noun, wherever the
    parser hung it ("le second tour de l'élection présidentielle, les 16 et 17 juin, a été ...")."""
    if tok.pos_ != "NOUN":
        return None
    doc = tok.doc
    after = tok.right_edge.i + 1
    if after >= len(doc) or doc[after].text != ",":
        return None
    text = doc_text(doc)
    gap_start = doc[after].idx + 1
    determiners = word_set("xx", "role_determiners")
    for start, end, timex in local:
        if start < gap_start:
            continue
        words = text[gap_start:start].lower().split()
        if not all(w in determiners for w in words):
            break
        rest = text[end:].lstrip()
        closing = rest[:1] in (",", ".", ";", ")") or rest == ""
        pair = _range_start(local, (start, end, timex), text)
        if not closing:
            # "les 16 et 17 juin, ...": the closing date of the pair ends the apposition
            nxt = next((c for c in local if c[0] > end), None)
            if nxt is None or text[nxt[1]:].lstrip()[:1] not in (",", ".", ";", ")"):
                return None
            if _range_start(local, nxt, text)[0] != start:
                return None
        return pair[2]
    return None


def _participle_clause_date(tok: Token, local: Sequence[tuple[int, int, Timex]], lang: str) -> Timex | None:
    """The date of a French past participle clause right after an event noun's phrase that agrees
    with the noun (« les accords d'Évian, signés le 18 mars 1962 »), wherever the parser hung the
    participle: the date of the noun's own event, not of the clause it is in. A participle that
    agrees with a noun or person named in between describes that one instead (« la visite du
    ministre, nommé le 3 mars »; « l'accord du ministre, nommé le 3 mars »)."""
    if lang != "fr" or tok.pos_ != "NOUN":
        return None
    doc = tok.doc
    after = tok.right_edge.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    if after >= len(doc):
        return None
    part = doc[after]
    if part.pos_ not in ("VERB", "ADJ") or "Part" not in _morph(part, "VerbForm") \
            or "Pres" in _morph(part, "Tense") or part.lower_.endswith("ant"):
        return None
    if not _participle_agrees(tok, part):
        return None
    if _describes_between(tok, part):
        return None
    text = doc_text(doc)
    item = _linked_date(local, text, part.idx + len(part.text))
    if item is None:
        return None
    if _lemma(part) in word_set(lang, "reaction_participles") and not _target_date(part, item[0], lang):
        return None  # « la grève, annoncée le 3 mars »: the date of the announcement
    return _range_start(local, item, text)[2]


def _participle_modifier_date(tok: Token, local: Sequence[tuple[int, int, Timex]], lang: str,
                              token_of: Callable[[int], int]) -> Timex | None:
    """The date of a French past participle that modifies an event noun with no comma and agrees with
    it (« a examiné mercredi l'incendie survenu il y a trois ans », « a évoqué l'attentat commis en
    2015 »): the noun's own event is dated by its participle, not by the verb the noun is an object
    of. Not a participle of reacting (``fr/reaction_participles``: « la grève annoncée le 3 mars »
    is dated by its announcement) unless the date is the act's own target."""
    if lang != "fr" or tok.pos_ != "NOUN":
        return None
    doc = tok.doc
    for part in tok.children:
        if part.dep_ != "acl" or part.i != tok.i + 1 or part.pos_ not in ("VERB", "ADJ") \
                or "Part" not in _morph(part, "VerbForm") or "Pres" in _morph(part, "Tense") \
                or part.lower_.endswith("ant") or not _participle_agrees(tok, part):
            continue
        for item in local:
            first, last = token_of(item[0]), token_of(max(item[0], item[1] - 1))
            if not part.i < first <= part.right_edge.i:
                continue
            head = _timex_head(doc, first, last)
            if head.head.i != part.i or not head.dep_.startswith("obl"):
                continue
            if _lemma(part) in word_set(lang, "reaction_participles") and not _target_date(part, item[0], lang):
                return None
            return _range_start(local, item, doc_text(doc))[2]
    return None


def _linked_date(local: Sequence[tuple[int, int, Timex]], text: str, gap_start: int) -> tuple[int, int, Timex] | None:
    """The first date after ``gap_start`` when only ``participle_date_words`` lie between: the date
    of the word that ends at ``gap_start``."""
    links = word_set("fr", "participle_date_words")
    for start, end, timex in local:
        if start < gap_start:
            continue
        words = text[gap_start:start].lower().replace("’", "'").split()
        return (start, end, timex) if all(w in links for w in words) else None
    return None


def _foreign_participle_date(tok: Token, head: Token, lang: str) -> bool:
    """Whether a date inside an event noun's phrase belongs to a French past participle that cannot
    agree with the noun (« la visite du ministre, nommé le 3 mars »: « nommé » is the minister's). In English, a date in a clause or a participle
    that describes another noun of the phrase (e38a: "the recall, which covers models built between
    2021 and 2024": the building's years, not the recall's)."""
    if lang == "en":
        cur = head
        while cur.i != tok.i and cur.head.i != cur.i:
            if cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("acl", "relcl") and cur.head.i != tok.i:
                return True
            cur = cur.head
        return False
    if lang != "fr":
        return False
    cur = head
    while cur.i != tok.i and cur.head.i != cur.i:
        if cur.pos_ in ("VERB", "ADJ") and "Part" in _morph(cur, "VerbForm") and "Pres" not in _morph(cur, "Tense"):
            # a person or an agreeing noun named in between is what a bare participle describes (« le
            # départ de Paul Durand, nommé le 3 mars »; not a compound tense, « X a marqué hier »)
            bare = not any(c.dep_.startswith("aux") for c in cur.children)
            return not _participle_agrees(tok, cur) or (bare and cur.i > tok.i and _describes_between(tok, cur))
        cur = cur.head
    return False


def _describes_between(tok: Token, part: Token) -> bool:
    """Whether a person's name or a noun the participle can agree with stands between the event
    noun and its participle, so that the participle describes that one (« la visite du ministre,
    nommé le 3 mars »; « l'accord du ministre, nommé le 3 mars »)."""
    for mid in tok.doc[tok.i + 1 : part.i]:
        if mid.ent_type_ == "PER" or (mid.pos_ == "NOUN" and _participle_agrees(mid, part)):
            return True
    return False


# Endings of French past participles (« annoncée », « interdites », « revendiqué », « suspendu »).
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "it", "ite", "its", "ites", "u", "ue", "us", "ues")


def _reaction_date(tok: Token, date_token: int, lang: str) -> bool:
    """Whether the date at token ``date_token`` belongs to a past participle after the event noun
    ``tok`` that reports, judges or acts on the event as an event of its own (« la grève, annoncée
    le 3 mars », « l'attentat, revendiqué le 5 mars par le groupe », « le procès, reporté le 3
    mars »; ``<lang>/reaction_participles``), however the parser hung it: the nearest verb before the
    date, with no finite verb between the noun and it. A participle that carries the event out
    (« les accords, signés le 18 mars ») is no such verb."""
    if tok.pos_ != "NOUN":
        return False
    words = word_sets("reaction_participles").get(lang)
    if not words or date_token <= tok.i + 1:
        return False
    doc = tok.doc
    verb = next((t for t in reversed(doc[tok.i + 1 : date_token]) if t.pos_ in ("VERB", "AUX", "ADJ")), None)
    if verb is None or _lemma(verb) not in words or not verb.lower_.endswith(_PARTICIPLE_ENDINGS):
        return False
    if _target_date(verb, doc[date_token].idx, lang):
        return False  # « la grève annoncée pour le 5 avril »: the date set for the strike
    return not any(t.pos_ == "AUX" or "Fin" in _morph(t, "VerbForm") for t in doc[tok.i + 1 : verb.i])


def _target_date(verb: Token, start: int, lang: str) -> bool:
    """Whether the date at character ``start`` after ``verb`` follows a word of
    ``<lang>/target_prepositions`` (« annoncée pour le 5 avril », « reporté au 5 avril »): the date the
    act sets for the event, not the act's own."""
    targets = word_sets("target_prepositions").get(lang, frozenset())
    text = doc_text(verb.doc)
    words = text[verb.idx + len(verb.text) : start].lower().replace("’", "'").split()
    return bool(words) and (words[-1] in targets or " ".join(words[-2:]) in targets)


def _restrictive_date(tok: Token, local: Sequence[tuple[int, int, Timex]], lang: str) -> Timex | None:
    """The date after the « que » of a restrictive « ne … que » on a French verb (« les otages n'ont
    été libérés qu'en janvier 1981 », « n'a été retrouvé que le 5 mars »): an adverbial of the verb,
    which the parser often takes for a conjunction that opens the next clause. Only when nothing
    but the verb's own words stands between the verb and « que » (no other verb)."""
    if lang != "fr" or tok.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.lower_.replace("’", "'") in ("ne", "n'") for c in tok.children):
        return None
    doc = tok.doc
    text = doc_text(doc)
    que = next((t for t in doc[tok.i + 1 : min(len(doc), tok.i + 12)]
                if t.lower_.replace("’", "'") in ("que", "qu'")), None)
    negations = word_set("fr", "negation_words")  # « ne … pas que » is no restriction
    if que is None or any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":") or t.lower_ in negations
                          for t in doc[tok.i + 1 : que.i]):
        return None
    item = _linked_date(local, text, que.idx + len(que.text))
    return _range_start(local, item, text)[2] if item is not None else None


def _participle_agrees(noun: Token, part: Token) -> bool:
    """Whether a French past participle can agree with ``noun`` in number and gender, from the
    participle's ending (« signés », « conclue ») and the noun's features (its ending for number)."""
    word = part.lower_
    plural = word.endswith(("s", "x"))
    if word.endswith("is") and not word.endswith("ies"):
        plural_known = False  # « pris », « mis », « acquis »: either number
    else:
        plural_known = True
    feminine = word.rstrip("s").endswith("e")
    number = _morph(noun, "Number")
    noun_plural = ("Plur" in number) if number else noun.lower_.endswith(("s", "x"))
    if plural_known and plural != noun_plural:
        return False
    gender = _morph(noun, "Gender")
    if gender and ("Fem" in gender) != feminine:
        return False
    return True


# Dependencies of a date that modifies a noun ("the 1991 agreement", "2008's games").
_ATTRIBUTIVE_DEPS = frozenset({"compound", "nummod", "amod", "poss", "nmod", "nmod:poss"})


def _timex_head(doc: Doc, first: int, last: int) -> Token:
    """The token of a date's words whose head lies outside them (the first one if none does)."""
    for i in range(first, last + 1):
        head = doc[i].head
        if not first <= head.i <= last or head.i == i:
            return doc[i]
    return doc[first]


def is_reporting_verb(tok: Token, lang: str) -> bool:
    """Whether ``tok`` is a verb of saying (reporting or appeal types of the packaged lexicon, or
    one of the extra reporting verbs): "said", "a annoncé", "declared"."""
    return _is_reporting(tok, lang, _default_lexicon())


def _is_reporting(tok: Token, lang: str, lex: TriggerLexicon) -> bool:
    lemma = _lemma(tok)
    if tok.pos_ not in ("VERB", "AUX"):
        # The parser sometimes leaves an inverted reporting verb untagged ("», commente Paul Durand").
        return tok.pos_ == "X" and lemma in word_sets("reporting_verbs").get(lang, frozenset())
    if lemma in word_sets("reporting_verbs").get(lang, frozenset()):
        return True
    if lemma in word_sets("belief_verbs").get(lang, frozenset()):
        return False  # « pense que … »: a Statement, but its clause is a belief, no reported speech
    return any(
        (e.type in _COMMUNICATION_TYPES or e.type == "Appeal")
        # a locution (« faire savoir », « faire part »): the verb alone says nothing
        and (not _locution_row(e) or _requirements_hold(e, tok, lang))
        for e in lex.lookup(lang, lemma, "VERB")
    )


def _locution_row(entry: TriggerEntry) -> bool:
    """A row that needs a fixed word next to its verb (``next:`` / ``prev:``): a locution."""
    return any(c.key in ("next", "prev") and not c.negated for group in entry.requires for c in group)
