"""Rule-based extraction of events from one parsed text segment.

:func:`events_from_doc` reads a spaCy :class:`~spacy.tokens.Doc` of ONE segment of a document (one run
of text in one language) and returns :class:`kg.types.EventMention` objects whose character offsets
are in the coordinates of the FULL document: pass the segment's start as ``offset``. It finds event
triggers with the lexicon ``ontologies/triggers.tsv`` (lemma + part of speech + sense restrictions,
see ``ontologies/README-triggers.md``) and reads their participants from the dependency parse:
subjects, objects, passive agents, "de X" / "of X" / "X's" complements of nominalisations, the
subject of a support verb for "X a déclaré son retrait", subjects shared by coordinated verbs,
recipients of communication and transfer verbs, a place and the closest resolved time expression.

Quotations are in :mod:`kg.extract.quotes`, memberships in :mod:`kg.extract.memberships`, the
lexicons in :mod:`kg.knowledge.lexicons` and the shared grammar in :mod:`kg.nlp.grammar`. Nothing
is loaded at import time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from kg.knowledge.words import rows, word_maps, word_set, word_sets
from kg.nlp.doccache import doc_text
from kg.nlp.regexscan import first_char_filter
from kg.nlp.wordforms import verb_lemma
from kg.types import EventMention, Span, Timex

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token
from kg.extract.arguments import (
    _arg_span,
    _Args,
    _check,
    _clitic_subject,
    _Ctx,
    _event_time,
    _governing_verb,
    _incise_start,
    _inverted_subject,
    _is_human,
    _local_timexes,
    _noun_args,
    _requirements_hold,
    _select_entry,
    _sentence_bounds,
    _subject_under_time,
    _sum_of_money,
    _trimmed_span,
    _verb_args,
    coordinated_members,
    judged_act,
    judged_act_noun,
    later_conjunct,
    member_span,
    sequence_noun,
)
from kg.extract.quotes import _all_quotes, _complement_clauses, _que_clause, _quote_spans
from kg.extract.spanindex import Covering
from kg.knowledge.lexicons import TriggerEntry, TriggerLexicon, load_lexicon
from kg.nlp.grammar import (
    _COMMUNICATION_TYPES,
    _OBJ,
    _PASS_SUBJ,
    _case_of,
    _complements,
    _intention_idioms,
    _is_passive,
    _lemma,
    _morph,
    _noun_modality,
    _noun_polarity,
    _verb_modality,
    _verb_polarity,
    prior_infinitive,
    supports,
)

__all__ = ["events_from_doc", "negation_in_type"]


# --------------------------------------------------------------------------------------------------
# Events
# --------------------------------------------------------------------------------------------------


_NOT_TRIGGER_ENTS = ("ORG", "PER", "PERSON", "LOC", "GPE", "FAC")
# Per lexicon (by identity): (lang, LEMMA hash, POS id) -> whether the lexicon has rows for it.
_LEXICON_HITS: dict[int, tuple[TriggerLexicon, dict[tuple[str, int, int], bool]]] = {}


def _lexicon_hits(lex: TriggerLexicon) -> dict[tuple[str, int, int], bool]:
    cached = _LEXICON_HITS.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    hits: dict[tuple[str, int, int], bool] = {}
    _LEXICON_HITS[id(lex)] = (lex, hits)
    return hits


def _trigger_candidates(doc: Doc, lang: str, lex: TriggerLexicon) -> list[int]:
    """Indices of the tokens :func:`_select_entry` may accept: a VERB or NOUN outside a name
    entity whose lemma has lexicon rows. Read from the POS, ENT_TYPE and LEMMA arrays, so that
    no Token is built for the other words."""
    import numpy
    from spacy.attrs import ENT_TYPE, LEMMA, LOWER, POS
    from spacy.parts_of_speech import NOUN, VERB

    if len(doc) == 0:
        return []
    strings = doc.vocab.strings
    hits = _lexicon_hits(lex)
    names = {0: False}
    out: list[int] = []
    columns = doc.to_array([POS, ENT_TYPE, LEMMA, LOWER])
    # Only verbs and nouns can be triggers: the other rows are never converted to Python values.
    rows = numpy.flatnonzero((columns[:, 0] == VERB) | (columns[:, 0] == NOUN))
    for i, (pos, ent, lemma, lower) in zip(rows.tolist(), columns[rows].tolist()):
        named = names.get(ent)
        if named is None:
            named = names[ent] = strings[ent] in _NOT_TRIGGER_ENTS
        if named:
            continue
        key = (lang, lemma, pos)
        hit = hits.get(key)
        if hit is None:
            text = strings[lemma] if lemma else ""
            tag = "VERB" if pos == VERB else "NOUN"
            hit = hits[key] = bool(lex.lookup(lang, text.lower().replace("’", "'"), tag) or lex.default(lang, tag))
        if not hit and pos == VERB and lang == "fr":
            # the repaired lemma of a verb the lemmatizer got wrong ("s'adresse", "nait")
            key = (lang, lemma, lower)
            hit = hits.get(key)
            if hit is None:
                text = (strings[lemma] if lemma else "").lower().replace("’", "'")
                repaired = verb_lemma(strings[lower], text, lang)
                hit = hits[key] = repaired != text and bool(lex.lookup(lang, repaired, "VERB"))
        if hit:
            out.append(i)
    return out


def _partitive_whole(tok: Token | None) -> Token | None:
    """The group a share is taken from, for a participant headed by a word of share or quantity
    with an "of" / « de » complement ("Half of the workers", « 35 % des contrôleurs », "thousands
    of protesters"; ``xx/partitive_heads``): who acted is the workers, not "half". The group is
    people or things in the plural; a share of one organisation stays a share ("bought 30 percent of
    Beta", "owns 12 percent of the company": a stake, not the company). In English a share of another
    thing is the thing ("won 52 percent of the vote", "lost 40 percent of its market value"), and so is
    what a sum of money counts ("sold 2 million euros of bonds"). Anything else is itself."""
    if tok is None:
        return tok
    english = tok.lang_ == "en"
    if _lemma(tok) not in word_set("xx", "partitive_heads") and not (english and _sum_of_money(tok)):
        return tok
    if english and _sum_of_money(tok):
        after = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
        # "took $400,000 in bribes", "steered $2 billion in pension funds": what the sum is of (a
        # bare noun; "invest $3 billion in the venture" puts it somewhere), on the sum or its verb
        ins = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > tok.i]
        if not ins and after is not None and after.lower_ == "in" and after.head.i == tok.head.i:
            ins = [after]
        if ins:
            counted = next((c for c in ins[0].children if c.dep_ == "pobj"), None)
            if counted is not None and counted.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in counted.children):
                return counted
    for prep, head, kind in _complements(tok):
        if kind == "obl" and prep in ("of", "de") and head.i > tok.i and head.pos_ in ("NOUN", "PROPN", "PRON"):
            plural = "Plur" in head.morph.get("Number") or head.tag_ in ("NNS", "NNPS")
            people = _is_human(head) or _lemma(head) in word_set("xx", "collective_people_nouns")
            return head if plural or people or (english and not _stake_in(head)) else tok
    return tok


def _same(tok: Token | None) -> Token | None:
    return tok


def _acting_body(tok: Token | None) -> Token | None:
    """The body behind an agent that names the procedure by which it acted, for a procedure noun
    (``xx/procedure_agent_nouns``) with an "of" / « de » complement naming people or an
    organisation, or people in the plural ("approved by a vote of the city council", "by a decision
    of the board", "by a vote of shareholders"): who acted is the
    council, not the vote. A procedure of something else stays ("a vote of confidence", "by a vote
    of 52 to 48")."""
    if tok is None or _lemma(tok) not in word_set("xx", "procedure_agent_nouns"):
        return tok
    kinds = {r[0]: r[1] for r in rows(tok.lang_[:2], "coref_nouns") if len(r) > 1}
    for prep, head, kind in _complements(tok):
        if kind == "obl" and prep in ("of", "de", "du", "des") and head.i > tok.i:
            if head.pos_ not in ("NOUN", "PROPN"):
                return tok  # "by a vote of 52 to 48": a count, no body
            plural = "Plur" in head.morph.get("Number") or head.tag_ in ("NNS", "NNPS")
            if _is_human(head) or plural or _stake_in(head) or kinds.get(_lemma(head)) in ("ORG", "PER"):
                return head
            return tok
    return tok


def _stake_in(whole: Token) -> bool:
    """Whether a share of ``whole`` is a stake in an organisation, a named thing or a holding, which
    stays the participant ("30 percent of Beta", "12 percent of the company", "half of its stake"), not
    a share of a thing that counts ("52 percent of the vote"; ``en/organisation_descriptors``,
    ``en/holding_nouns``)."""
    return (
        whole.pos_ in ("PROPN", "PRON")
        or bool(whole.ent_type_)
        or whole.text[:1].isupper()  # a name the tagger took for a common noun ("of Beta")
        or _lemma(whole) in word_sets("organisation_descriptors").get("en", frozenset())
        or _lemma(whole) in word_set("en", "holding_nouns")
    )


def _hyphen_glued(tok: Token, side: int) -> Token | None:
    """The word a hyphen glues to ``tok`` on ``side`` (-1 before, 1 after) with no space on
    either side of the hyphen ("state" for "owned" in "state-owned", "up" for "start" in
    "start-up"), which the English tokenizer splits into three tokens."""
    doc = tok.doc
    hyphen_i, word_i = tok.i + side, tok.i + 2 * side
    if not 0 <= word_i < len(doc) or doc[hyphen_i].text != "-":
        return None
    first, hyphen = (doc[word_i], doc[hyphen_i]) if side < 0 else (tok, doc[hyphen_i])
    word = doc[word_i]
    if first.whitespace_ or hyphen.whitespace_ or word.is_punct or word.is_space:
        return None
    return word


def _hyphen_first_parts(doc: Doc) -> list[int]:
    """Indices of the nouns and verbs a hyphen glues to the word after them ("take" of
    "take-over"), read from the ORTH array so that no Token is built for the other words."""
    import numpy
    from spacy.attrs import ORTH

    hyphen = doc.vocab.strings["-"]
    if len(doc) < 3:
        return []
    rows = numpy.flatnonzero(doc.to_array([ORTH])[1:-1] == hyphen).tolist()
    return [i for i in rows if doc[i].pos_ in ("NOUN", "VERB") and _hyphen_glued(doc[i], 1) is not None]


def _hyphenated_entry(lex: TriggerLexicon, tok: Token, entry: TriggerEntry | None, lang: str) -> TriggerEntry | None:
    """The trigger row of an English word that is part of a hyphenated word, or None when that
    part is no event of its own.

    A first part is an event only as the compound event noun the lexicon knows ("take-off",
    "lay-offs" as "takeoff", "layoff"), never by its own lemma ("start" of "start-up", "cut" of
    "cut-off date", "follow" of "follow-up"); a bound prefix ("re-", "pre-") is none. A last part
    is no event when the hyphenated word modifies a noun after it ("a state-owned carrier", "an
    EADS-led consortium", "passenger-carrying service", "no-bid contracts"), or after "non-"/"no-"
    ("non-stop"); after a verb prefix it stays the event ("re-open", "pre-orders")."""
    after = _hyphen_glued(tok, 1)
    before = _hyphen_glued(tok, -1)
    prefixes = word_sets("hyphen_verb_prefixes").get(lang, frozenset())
    negating = word_sets("hyphen_negating_prefixes").get(lang, frozenset())
    if after is not None:
        word = tok.lower_
        if before is not None or word in prefixes or word in negating:
            return None
        for form in (f"{word}-{after.lower_}", f"{word}{after.lower_}", f"{word}-{_lemma(after)}", f"{word}{_lemma(after)}"):
            for row in lex.lookup(lang, form, "NOUN"):
                if _requirements_hold(row, tok, lang):
                    return row
        return None
    if before is None or entry is None:
        return entry
    first = before.lower_
    if first in prefixes:
        return entry
    if first in negating:
        return None
    if (
        tok.tag_ in ("VBN", "VBG", "VBD", "JJ")
        and tok.head.i > tok.i
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.dep_ not in ("nsubj", "nsubjpass")
    ):
        # a participle: the hyphenated word is an attribute of the noun after it (an event noun
        # there still names its event: "post-election violence", "anti-war protests"), unless it
        # is a dynamic past participle whose first part is the noun that did the act ("the
        # court-ordered review", "a Qatar-mediated agreement", "storm-damaged roads"): a state
        # ("state-owned", "EADS-led", "Chicago-based") says who owns or leads, no act
        stative = word_sets("hyphen_stative_participles").get(lang, frozenset())
        if (
            tok.tag_ in ("VBN", "VBD")
            and before.pos_ in ("NOUN", "PROPN")
            and first not in word_sets("hyphen_non_agent_firsts").get(lang, frozenset())
            and _lemma(tok) not in stative
            and tok.lower_ not in stative
        ):
            return entry
        return None
    return entry


def events_from_doc(
    doc: Doc,
    *,
    lang: str,
    offset: int = 0,
    timexes: Sequence[Timex] = (),
    lexicon: TriggerLexicon | None = None,
) -> Iterator[EventMention]:
    """Yield the events of one parsed segment, in text order (:func:`_segment_events`); an event
    noun shares the time of a detached participle of its type that follows it (« la mort de Yasser
    Arafat, décédé le 11 novembre 2004 »: one death, :func:`_share_participle_times`); a French
    detached participle describing what a dated past act took takes its date
    (:func:`_object_participle_times`), and so does a French present participle or gerund adjunct
    of a dated act (:func:`_adverbial_participle_times`), and an English "-ing" adjunct set off by a
    comma ("exploded on Tuesday, killing 12 people")."""
    events = list(_segment_events(doc, lang=lang, offset=offset, timexes=timexes, lexicon=lexicon))
    events = _share_participle_times(doc, events, offset)
    if lang == "fr":
        events = _adverbial_participle_times(doc, _object_participle_times(doc, events, offset), offset)
    elif lang == "en":
        events = _adverbial_participle_times(doc, events, offset)
    yield from events


def _share_participle_times(doc: Doc, events: list[EventMention], offset: int) -> list[EventMention]:
    """An event noun followed in its sentence by a detached past participle of the same type that
    has its own date, with no finite verb between them (« la mort de l'ancien chef Yasser Arafat,
    décédé le 11 novembre 2004 », "the arrest of Paul Durand, detained on March 3"), is the same
    event and takes that date. A participle of another type (« la visite du ministre, nommé le 3
    mars ») dates nothing of the noun, nor does one that reports or acts on the event
    (``<lang>/reaction_participles``: « la déclaration du ministre, confirmée le 3 mars »)."""
    tokens = [(doc.char_span(e.trigger.start - offset, e.trigger.end - offset, alignment_mode="expand"), e) for e in events]
    shared: dict[int, Timex] = {}
    # the dated events that may be a noun's participle, by type and sentence, in text order: a noun
    # is compared with those of its sentence only (a long window has thousands of events)
    parts: dict[tuple[str, int], list[tuple[Token, Timex]]] | None = None
    for noun_span, noun in tokens:
        if noun_span is None or noun_span.root.pos_ != "NOUN":
            continue
        n = noun_span.root
        if parts is None:
            parts = {}
            for part_span, part in tokens:
                if part_span is not None and part.time is not None:
                    p = part_span.root
                    parts.setdefault((part.type, p.sent.start), []).append((p, part.time))
        for p, when in parts.get((noun.type, n.sent.start), ()):
            if p.i <= n.i or doc[p.i - 1].text != ",":
                continue
            if p.pos_ != "VERB" or not (p.tag_ == "VBN" or (
                "Part" in _morph(p, "VerbForm") and "Pres" not in _morph(p, "Tense"))):
                continue
            if _lemma(p) in word_sets("reaction_participles").get(p.lang_, frozenset()):
                continue  # « la déclaration du ministre, confirmée le 3 mars »: another act on it
            between = doc[n.i + 1 : p.i]
            if any(t.pos_ == "AUX" or "Fin" in _morph(t, "VerbForm") for t in between):
                continue
            first, last = p.idx, p.right_edge.idx + len(p.right_edge.text)
            if not first <= when.start - offset < last:
                continue  # the participle's date is its own, in its clause
            shared[n.i] = when
            break
    out = []
    for span, event in tokens:
        if span is not None and span.root.i in shared and event.time != shared[span.root.i]:
            event = replace(event, time=shared[span.root.i])
        out.append(event)
    return out


# The links from a noun up to the act that takes it: its object or complement, or a noun's complement.
_OBJECT_PATH_DEPS = frozenset({"obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod"})


def _events_by_root(doc: Doc, events: list[EventMention], offset: int) -> dict[int, EventMention]:
    """The first event of each trigger head, by the head token's index in ``doc`` (triggers at
    ``offset`` in the text)."""
    by_root: dict[int, EventMention] = {}
    for event in events:
        span = doc.char_span(event.trigger.start - offset, event.trigger.end - offset, alignment_mode="expand")
        if span is not None:
            by_root.setdefault(span.root.i, event)
    return by_root


def _undated_asserted_heads(doc: Doc, events: list[EventMention], offset: int) -> Iterator[tuple[int, EventMention, Token]]:
    """Each event with no time that is asserted and not negated, with its index in ``events`` and
    its trigger's head token: the ones a participle pass may date."""
    for k, event in enumerate(events):
        if event.time is not None or event.modality != "ASSERTED" or event.polarity != "POS":
            continue
        span = doc.char_span(event.trigger.start - offset, event.trigger.end - offset, alignment_mode="expand")
        if span is not None:
            yield k, event, span.root


def _object_participle_times(doc: Doc, events: list[EventMention], offset: int) -> list[EventMention]:
    """A French past participle set off by a comma after a common noun that a dated act of its own
    sentence takes (its object, or a complement of its object: « La police a procédé mardi à
    l'arrestation de deux militants, placés en garde à vue », « a interpellé mardi deux hommes,
    conduits au commissariat ») says what followed from that act, and takes its date when it has
    none of its own. Only a syntactic link counts, and only an asserted, not negated act in a
    completed past tense that is no act of speech (« a annoncé mardi le recrutement d'agents,
    embauchés pour trois ans »: what is announced is not done that day): not a participle
    describing the subject (« Le vote, reporté au 5 avril, a été annulé mardi »: an earlier act on
    it), nor a name (« Paul Durand, élu président du club »: the
    person's background), a concessive or conditional clause (no participle of a noun), a future,
    conditional or pluperfect act, or a negated or unasserted participle."""
    by_root = _events_by_root(doc, events, offset)
    out = list(events)
    for k, event, part in _undated_asserted_heads(doc, events, offset):
        if part.pos_ != "VERB" or part.dep_ != "acl" or part.i == 0 or doc[part.i - 1].text != ",":
            continue
        if "Part" not in _morph(part, "VerbForm") or "Pres" in _morph(part, "Tense"):
            continue
        if any(c.dep_.startswith("aux") for c in part.children):
            continue
        noun = part.head
        if noun.pos_ != "NOUN" or noun.dep_ not in _OBJECT_PATH_DEPS:
            continue
        act: EventMention | None = None
        cur = noun
        for _ in range(4):
            if cur.dep_ not in _OBJECT_PATH_DEPS or cur.head.i == cur.i:
                break
            cur = cur.head
            act = by_root.get(cur.i)
            if act is not None or cur.pos_ in ("VERB", "AUX"):
                break
        if act is None or act.time is None or act.time.type != "DATE" or act.modality != "ASSERTED" or act.anterior:
            continue
        if act.polarity != "POS" or act.type in _COMMUNICATION_TYPES:
            # « La police n'a pas interpellé mardi les militants, placés … »: no act to follow from;
            # « La mairie a annoncé mardi le recrutement de cinquante agents, embauchés pour trois
            # ans »: what is said or announced is not done on the day it is said
            continue
        verb = cur
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if not _completed_past(verb):
            continue  # « La police procédera mardi à l'arrestation … »: a plan, not a done act
        out[k] = replace(event, time=act.time)
    return out


def _adverbial_participle_times(doc: Doc, events: list[EventMention], offset: int) -> list[EventMention]:
    """A French present participle or gerund that is an adjunct of a verb (« les rebelles ont attaqué
    mardi le poste, tuant trois soldats », « a quitté mardi le groupe en dénonçant sa dérive ») tells
    what came with that act, on its day: without a date of its own it takes the own date of the
    asserted, not negated act it depends on (the nearest verb above it). The participle must follow
    « en » or be an adverbial clause set off by a comma; a participle describing a noun (« les
    soldats gardant le poste ») is no adjunct. English: an "-ing" adverbial clause after a comma,
    with no subject or conjunction of its own ("exploded in a market on Tuesday, killing 12 people",
    "hit the coast overnight on Monday, leaving 20,000 homes without power"; not "…, the storm
    leaving …", "…, before leaving …")."""
    by_root = _events_by_root(doc, events, offset)
    out = list(events)
    for k, event, part in _undated_asserted_heads(doc, events, offset):
        before = doc[part.i - 1].lower_ if part.i > 0 else ""
        if part.lang_ == "en" and _finite_clause_marks(part) & word_sets("simultaneity_subordinators").get("en", frozenset()):
            # "arrested him on Tuesday when he arrived": a clause at the time of its verb; not a
            # clause in the present under a past act ("was cancelled on Tuesday while the stadium
            # remains closed", "closed on Monday as teachers demand more pay"): a state at the
            # time of writing, which the publication date dates
            if event.present and _english_past_form(part.head):
                continue
        elif part.lang_ == "en" and part.dep_ in ("xcomp", "advcl") and _lemma(part) in _intention_idioms("en").get(_lemma(part.head), ()):
            # "MPs voted on Tuesday to approve the budget": approved by that vote, on its day
            # (``en/intention_idioms``, read once by kg.nlp.grammar, as for the modality)
            pass
        elif part.tag_ == "VBG" and part.lang_ == "en":
            if not (before == "," and part.dep_ == "advcl" and part.head.i < part.i) or any(
                c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in part.children
            ):
                continue
        elif part.pos_ != "VERB" or "Part" not in _morph(part, "VerbForm") or "Pres" not in _morph(part, "Tense"):
            continue
        # « en tuant »: a gerund, whatever the parser hung it on (it may read « en » as a case
        # marker and the gerund as a complement of the object); else an adjunct set off by a comma
        elif before != "en" and not (before == "," and part.dep_ == "advcl"):
            continue
        # the act it depends on: the nearest verb above it (the object noun between them skipped)
        cur, act = part, None
        for _ in range(3):
            if cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                act = by_root.get(cur.i)
                break
        # a part of the day (« appelle cet après-midi à voter, prônant … ») dates the act's day too
        if act is None or act.time is None or act.time.type not in ("DATE", "TIME") or act.time_inferred:
            continue
        if act.modality != "ASSERTED" or act.polarity != "POS":
            continue
        out[k] = replace(event, time=act.time)
    return out


def _english_past_form(tok: Token) -> bool:
    """An English verb in the simple past, or whose auxiliary is ("closed", "was cancelled",
    "did not say")."""
    return tok.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in tok.children)


def _future_auxiliary(tok: Token, lang: str) -> bool:
    """English "going" of "be going to + verb" (a ``modal_heads`` verb in -ing with an infinitive
    under it): it says the infinitive's event is to come, and is no motion or occurrence itself."""
    return (
        lang == "en"
        and tok.tag_ == "VBG"
        and tok.lemma_.lower() in word_maps("modal_heads").get(lang, {})
        and any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in tok.children)
    )


def _staff_departures(doc: Doc, found: dict[int, TriggerEntry], lex: TriggerLexicon, lang: str) -> None:
    """Retype in ``found`` a noun of leaving (``<lang>/staff_departure_nouns``: « départ ») read as a
    journey when it has no complement of its own and a loss of a job (an ``EndPosition`` trigger:
    « Les départs se feront sans licenciement », « 150 départs et aucun licenciement ») or a word of
    the terms of one (``<lang>/staff_departure_cues``: « Les départs se feront sur la base du
    volontariat ») is tied to it (:func:`_terms_of_departure`): people leaving their jobs, the
    noun's ``EndPosition`` row. A departure with its own complement (« le départ du train pour
    Lyon », « les départs en vacances ») keeps its row, and so does one a job loss merely shares a
    sentence with (« Les départs ont été annulés en raison d'une grève contre les licenciements »)."""
    nouns = word_sets("staff_departure_nouns").get(lang, frozenset())
    if not nouns:
        return
    cues = word_sets("staff_departure_cues").get(lang, frozenset())
    for i, entry in list(found.items()):
        tok = doc[i]
        if entry.type != "Transport" or tok.pos_ != "NOUN" or _lemma(tok) not in nouns:
            continue
        if any(c.i > tok.i and c.dep_.startswith(("nmod", "obl", "acl", "amod", "appos")) for c in tok.children):
            continue
        sent = tok.sent
        if not any(
            _terms_of_departure(t, tok, found)
            for t in sent
            if t.i != i and ((t.i in found and found[t.i].type == "EndPosition") or _lemma(t) in cues)
        ):
            continue
        staff = next((e for e in lex.lookup(lang, _lemma(tok), "NOUN") if e.type == "EndPosition"), None)
        if staff is not None:
            found[i] = staff


def _terms_of_departure(word: Token, departure: Token, found: dict[int, TriggerEntry]) -> bool:
    """Whether a job-loss word ``word`` states the terms of ``departure``: coordinated with it
    (« 150 départs et aucun licenciement »), or hung, at most through two words that are no event
    of their own, on the word ``departure`` depends on (« Les départs se feront sans licenciement »,
    « sur la base du volontariat », « propose des départs pour éviter les licenciements »). A job
    loss with a complement of its own (« après le licenciement d'un aiguilleur ») is an event told
    for itself, and one hung under another event (« une grève contre les licenciements ») is that
    event's matter: neither says what the departures are."""
    if departure.dep_ == "conj" and departure.head.i == word.i:
        return True
    if any(c.i > word.i and c.dep_.startswith("nmod") for c in word.children):
        return False
    targets = {departure.i, departure.head.i}
    cur = word
    for _ in range(3):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i in targets:
            return True
        if cur.i in found:
            return False  # « une grève contre les licenciements »: another event's matter
    return False


def _segment_events(
    doc: Doc,
    *,
    lang: str,
    offset: int = 0,
    timexes: Sequence[Timex] = (),
    lexicon: TriggerLexicon | None = None,
) -> Iterator[EventMention]:
    """Yield the events of one parsed segment, in text order.

    ``offset`` is the segment's start in the full document; every returned offset is
    ``offset + index in doc.text``. ``timexes`` are resolved temporal expressions in full-document
    coordinates (those outside this segment, and DURATION / SET ones, are ignored); an event gets the
    closest one in its clause, else in its sentence, else None.

    A trigger is a VERB or NOUN whose lemma has a lexicon row whose sense restriction holds; rows
    about negation come first ("ne ... plus commercialisés" is a ProductDiscontinuation). A verb
    whose object (or passive subject) is an event noun of the same type ("signer un accord") is left
    to the noun, which takes the verb's subject as agent.

    Factuality: ``polarity`` is NEG for a negated trigger (negated events are kept, never dropped;
    see :func:`negation_in_type` for rows whose type already reads the negation), ``modality`` is
    FUTURE, CONDITIONAL, POSSIBLE, HYPOTHETICAL, REQUESTED (asked for: "demanded that Acme stop
    selling", "should be barred", "appelle à interdire") or ASSERTED; ``reported_by`` is the trigger of the
    communication event whose complement holds the event ("a déclaré son retrait", "said it would
    exit", or the reporting verb of the quotation it is in); ``in_quote`` says whether the trigger
    is inside a direct quotation.
    """
    lang = lang.split("-")[0].lower()
    lex = lexicon or load_lexicon()
    local_timexes = _local_timexes(doc, timexes, offset)
    ctx = _Ctx(
        lang=lang,
        timex_ranges=[(t.start - offset, t.end - offset) for t in timexes],
        quote_ranges=_quote_spans(doc_text(doc), min_words=1),
    )
    found: dict[int, TriggerEntry] = {}
    rejected: list[int] = []
    for i in _trigger_candidates(doc, lang, lex):
        tok = doc[i]
        entry = _select_entry(lex, tok, lang)
        if lang == "en" and (_hyphen_glued(tok, -1) is not None or _hyphen_glued(tok, 1) is not None):
            entry = _hyphenated_entry(lex, tok, entry, lang)
            if entry is None:
                continue
        if entry is not None:
            found[tok.i] = entry
        elif tok.pos_ == "NOUN":
            rejected.append(i)
    if lang == "en":
        for i in _hyphen_first_parts(doc):
            if i not in found and (entry := _hyphenated_entry(lex, doc[i], None, lang)) is not None:
                found[i] = entry  # "the take-over of Beta", "300 lay-offs": the compound's row
    for i in rejected:
        entry = _anaphoric_entry(lex, doc[i], lang, found)
        if entry is not None:
            found[i] = entry
    _staff_departures(doc, found, lex, lang)
    emitted: dict[int, TriggerEntry] = {}
    # The types of the default rows (lemma "*"): events of these types are light, general uses.
    general_types = frozenset(e.type for pos in ("VERB", "NOUN") for e in lex.default(lang, pos))
    idioms = _idiom_spans(doc_text(doc), lang) if found else []
    for i, entry in sorted(found.items()):
        tok = doc[i]
        if any(a <= tok.idx < b for a, b in idioms):
            continue  # "un pouvoir de vie ou de mort", "a matter of life and death": no event
        if _future_auxiliary(tok, lang):
            continue  # "is going to close the plant": the closing is the event, in the future
        if _listed_plain_noun(tok):
            continue  # "depends on government contracts, fees and licences"
        if _cited_word(tok):
            continue  # "des pages telles que « suicide »": a word cited, not an event
        if entry.type in general_types and tok.tag_ == "VBG" and tok.dep_ == "amod":
            continue  # "the defending champion", "the existing fleet": an attribute, no act
        if (
            lang == "en"
            and tok.pos_ == "VERB"
            and tok.dep_ == "compound"
            and _hyphen_glued(tok, 1) is None  # "A walk-out by stagehands": the compound's row
        ):
            continue  # "Aid workers distributed flour": a noun the tagger read as a verb, modifying a noun
        if tok.pos_ == "VERB" and entry.type not in general_types and any(
            # two general acts stay two ("made the decision", "to fund an extended search")
            c.i in found and found[c.i].type == entry.type and doc[c.i].pos_ == "NOUN"
            for c in tok.children
            if c.dep_ in _OBJ
            or c.dep_ in _PASS_SUBJ  # "signer un accord", "l'accord a été signé"
        ):
            continue
        if tok.pos_ == "VERB" and (entry.type not in general_types or _raising_verb(tok, lang)) and any(
            c.i in found and found[c.i].type == entry.type and c.dep_ == "xcomp" for c in tok.children
        ):
            # "will discontinue selling gloves": the complement carries the event and its patient;
            # two general verbs are two acts ("voted to legalise", "decided to resign"), unless the
            # first only says how likely or usual the second is ("happened to visit", raising_verbs)
            continue
        emitted[i] = entry
    # Reporting events: a verb or noun of a communication type that is itself emitted.
    reporting = frozenset(
        i for i, e in emitted.items() if e.type in _COMMUNICATION_TYPES
    )
    direct = (
        [r for r in _all_quotes(doc, lang, lex, keep=True) if not r.indirect]
        if emitted
        else []
    )
    quoted = Covering([(r.start, r.end) for r in direct])
    for i, entry in emitted.items():
        tok = doc[i]
        args = (
            _verb_args(tok, entry, ctx)
            if tok.pos_ == "VERB"
            else _noun_args(tok, entry, ctx)
        )
        if entry.type in general_types:
            _drop_event_arguments(args, found, relatives=True)
        elif tok.pos_ == "VERB" and supports(tok, None, lang):
            _drop_event_arguments(args, found, ("patient",))  # "held a press conference", "announced the launch"
        s_start, s_end = _sentence_bounds(tok)
        if tok.pos_ == "VERB":
            negated = _verb_polarity(tok, lang)[0]
            modality = _verb_modality(tok, lang, through_sequence=not _dated_prior_act(tok, local_timexes, lang))
        else:
            negated = _noun_polarity(tok, lang, reporting)
            modality = _noun_modality(tok, lang, dated_prior=lambda verb: _dated_prior_act(verb, local_timexes, lang))
        quote = next((r for r in direct if r.start <= tok.idx < r.end), None)
        reporter = _reporter(tok, reporting, quoted)
        if (
            reporter is None
            and quote is not None
            and quote.verb is not None
            and quote.verb.i in reporting
            and quote.verb.i != tok.i
        ):
            reporter = quote.verb
        if reporter is None and quote is None:
            reporter = _incise_reporter(tok, reporting, lang)
        commemorated = _anniversary(tok, lang)
        co_agents, co_patients = (
            tuple(
                span
                for m in coordinated_members(
                    args.antecedent.get(slot)
                    or (_acting_body if slot == "agent" else _same)(_partitive_whole(getattr(args, slot))),
                    trigger=tok,
                    events=found,
                )
                if (span := member_span(m, offset, trigger=tok)) is not None
            )
            for slot in ("agent", "patient")
        )
        yield EventMention(
            trigger=Span(offset + tok.idx, offset + tok.idx + len(tok.text), tok.text),
            type=entry.type,
            lemma=_lemma(tok),
            sentence=_trimmed_span(doc, s_start, s_end, offset),
            agent=_arg_span(_acting_body(_partitive_whole(args.agent)), offset, trigger=tok),
            patient=_arg_span(_partitive_whole(args.patient), offset, trigger=tok),
            recipient=_arg_span(_partitive_whole(args.recipient), offset, trigger=tok),
            place=_arg_span(args.place, offset, trigger=tok),
            time=_commemorated_time(tok, commemorated, local_timexes, lang),
            polarity="NEG" if negated else "POS",
            modality=modality,  # type: ignore[arg-type]
            reported_by=None
            if reporter is None
            else Span(
                offset + reporter.idx,
                offset + reporter.idx + len(reporter.text),
                reporter.text,
            ),
            in_quote=quote is not None,
            agent_via=args.via.get("agent") if args.agent is not None else None,
            patient_via=args.via.get("patient") if args.patient is not None else None,
            agent_antecedent=_arg_span(args.antecedent.get("agent"), offset),
            patient_antecedent=_arg_span(args.antecedent.get("patient"), offset),
            agent_manager=_arg_span(args.manager, offset),
            co_agents=co_agents,
            co_patients=co_patients,
            definite=tok.pos_ == "NOUN" and _definite(tok),
            # the event an anniversary recalls happened years before the time of the report
            # and so did what someone is jailed, fined or thanked for
            anterior=(tok.pos_ == "VERB" and _pluperfect(tok)) or commemorated is not None
            or judged_act(tok, lang) or later_conjunct(tok, lang) or _pluperfect_adjunct(tok, lang)
            or _sequenced_clause(tok, lang)
            or (entry.type not in _COMMUNICATION_TYPES and _background_description(tok, lang))
            or judged_act_noun(tok, lang) or _dated_clause_of_sequence(tok, local_timexes, lang)
            or _pluperfect_argument(tok, lang),
            present=(tok.pos_ == "VERB" and _simple_present(tok)) or _present_state(tok, lang),
            generic=tok.pos_ == "VERB" and _generic_subject(tok, lang),
            perfect=lang == "en" and (_present_perfect(tok) if tok.pos_ == "VERB" else _perfect_state_noun(tok)),
            past=tok.pos_ == "VERB" and (_completed_past(tok) if lang == "fr" else lang == "en" and _simple_past(tok)),
        )


def _drop_event_arguments(
    args: _Args,
    triggers: Mapping[int, TriggerEntry],
    slots: tuple[str, ...] = ("agent", "patient"),
    *,
    relatives: bool = False,
) -> None:
    """An event of the type of a default row ("held a press conference", "reached a settlement", "the
    announcement came") whose agent or patient is itself an event keeps no such argument: the
    event noun carries the meaning, and agents and patients are participants, not events. With
    ``relatives``, a relative pronoun standing for an event noun is one too ("the agreement,
    which defined ..."). A fire, a storm or an explosion (an ``Incident``) still acts: "the storm
    collapsed the bridge", "the blaze destroyed 40 homes" keep it as their agent."""
    for slot in slots:
        tok = getattr(args, slot)
        antecedent = args.antecedent.get(slot) if relatives else None
        if slot == "agent" and tok is not None and tok.i in triggers and triggers[tok.i].type == "Incident":
            continue
        if tok is not None and (tok.i in triggers or (antecedent is not None and antecedent.i in triggers)):
            setattr(args, slot, None)
            args.via.pop(slot, None)
            args.antecedent.pop(slot, None)


@cache
def _idiom_pattern(lang: str) -> re.Pattern[str] | None:
    phrases = sorted(word_sets("idioms").get(lang, frozenset()), key=len, reverse=True)
    if not phrases:
        return None
    # Scanned over each segment's text: the look-ahead of kg.nlp.regexscan (same matches, faster).
    return first_char_filter(re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")(?!\w)", re.I))




def _anaphoric_entry(
    lex: TriggerLexicon, tok: Token, lang: str, found: Mapping[int, TriggerEntry]
) -> TriggerEntry | None:
    """The row of an event noun under a demonstrative that refers back to an event of its type
    reported earlier in the segment ("la liste vient d'être publiée ... cette publication"): a
    positive sense restriction (the complement the noun lacks) is waived, an exclusion is not."""
    if not any(c.dep_ == "det" and c.lower_ in word_set("xx", "demonstrative_determiners") for c in tok.children):
        return None
    earlier = {e.type for j, e in found.items() if j < tok.i}
    if not earlier:
        return None
    for entry in lex.lookup(lang, _lemma(tok), "NOUN"):
        if entry.type not in earlier:
            continue
        if all(
            any(_check(c, tok, lang) != c.negated for c in group) or not any(c.negated for c in group)
            for group in entry.requires
        ):
            return entry
    return None


_OPENING_QUOTES = frozenset({"«", '"', "“", "‘"})
_CLOSING_QUOTES = frozenset({"»", '"', "”", "’"})


def _cited_word(tok: Token) -> bool:
    """A noun that is the whole of a quotation ("« suicide »", 'the word "strike"'): the text
    names the word (a page title, a label), it reports no event."""
    if tok.pos_ != "NOUN":
        return False
    doc = tok.doc
    before = next((t for t in reversed(doc[max(0, tok.i - 2) : tok.i]) if not t.is_space), None)
    after = next((t for t in doc[tok.i + 1 : tok.i + 3] if not t.is_space), None)
    return (
        before is not None
        and after is not None
        and before.text in _OPENING_QUOTES
        and after.text in _CLOSING_QUOTES
    )


def _idiom_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Character ranges of the set phrases (``idioms``) of a segment's text."""
    pattern = _idiom_pattern(lang)
    return [] if pattern is None else [m.span() for m in pattern.finditer(text.replace("’", "'"))]


def _listed_plain_noun(tok: Token) -> bool:
    """A bare plural event noun in a list of things: no determiner, number or possessor, no
    complement, and coordinated with other nouns ("government contracts, consulting fees and
    licences"). It names a kind of thing, not an event that happened."""
    if tok.pos_ != "NOUN" or not ("Plur" in _morph(tok, "Number") or tok.tag_ == "NNS"):
        return False
    doc = tok.doc
    listed = (
        tok.dep_ == "conj"
        or any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in tok.children)
        or (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in (",", ";", "and", "or", "et", "ou"))
    )
    if not listed:
        return False
    return not any(
        c.dep_ in ("det", "poss", "nummod", "nmod:poss", "det:poss", "prep", "nmod", "acl", "relcl", "acl:relcl")
        for c in tok.children
    )


def _definite(tok: Token) -> bool:
    """A noun introduced by a definite, demonstrative or possessive determiner ("the deal",
    "cet accord", "its purchase", "l'annonce"): it may name an event reported earlier."""
    dets = word_set("xx", "anaphoric_determiners")
    # « l'annonce du rachat »: the article contracted with the preposition (``fr/definite_contractions``)
    contractions = word_set("fr", "definite_contractions") if tok.lang_.startswith("fr") else frozenset()
    return any(
        (
            (c.dep_ in ("det", "poss", "det:poss", "nmod:poss") and c.lower_ in dets)
            or (c.dep_ == "case" and c.lower_ in contractions)
        )
        and c.i < tok.i
        for c in tok.children
    )


def _simple_present(tok: Token) -> bool:
    """A finite verb in the simple present, active ("operates", "exploite") or passive ("is
    explained", "est exploité"); not a compound past ("has filed", "a annoncé") nor a future."""
    aux = [c for c in tok.children if c.dep_.startswith("aux")]
    if not aux:
        # "The sanctions, first imposed in 2020, freeze the assets": the English tagger may read a
        # present with a plural subject as a bare infinitive (VB); with a subject and no "to" or
        # auxiliary it is the present
        if tok.tag_ == "VB" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children) and not any(
            c.dep_ in ("aux", "mark") or c.tag_ == "TO" for c in tok.children
        ):
            return True
        return "Fin" in _morph(tok, "VerbForm") and "Pres" in _morph(tok, "Tense")
    return all(c.dep_ in ("auxpass", "aux:pass") and "Pres" in _morph(c, "Tense") for c in aux)


def _present_state(tok: Token, lang: str) -> bool:
    """A French event noun that is the predicate of « être » in the simple present, after « en » or
    with a « depuis » complement (« Les syndicats sont en grève depuis trois semaines », « le
    suspect est en fuite »): a state that holds at the time of writing, like a verb in the simple
    present, not an act of the day of the sentence before (« Le directeur a reçu les délégués
    vendredi. Les syndicats sont en grève … »: not Friday)."""
    if lang != "fr" or tok.pos_ != "NOUN":
        return False
    if not any(
        c.dep_ == "cop" and "Pres" in _morph(c, "Tense") and "Fin" in _morph(c, "VerbForm") for c in tok.children
    ):
        return False
    since = word_sets("since_prepositions").get(lang, frozenset())
    return any(c.dep_ == "case" and c.lower_ == "en" for c in tok.children) or any(
        c.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ in since for g in c.children)
        for c in tok.children
    )


def _generic_subject(tok: Token, lang: str) -> bool:
    """Whether verb ``tok`` is in the present and its subject stands for any member of its kind
    (``<lang>/generic_subject_words``: "A minister does not resign over a rumour", « Chaque club vend
    ses joueurs », "Anyone who cheats loses"): the clause then says what holds in general, a truth of
    no one day. A subject with a complement ("a barrel of oil costs $100", « un litre d'essence
    coûte ») measures a thing of the day. An indefinite article ("a", « un ») makes a general
    subject only with a predicate of habit: negated ("A referee never changes his decision"), after a
    modal ("A minister can resign") or with an adverb of habit (``<lang>/habitual_adverbs``);
    otherwise it is one member told of on the day ("A suspect remains in custody," police said)."""
    words = word_maps("generic_subject_words").get(lang)
    if not words:
        return False
    # the present only, "does" of a negation or a question included: "A man was killed" is one man
    if not _simple_present(tok) and not any(
        c.dep_ == "aux" and _lemma(c) == "do" and "Pres" in _morph(c, "Tense") for c in tok.children
    ):
        return False
    for child in tok.children:
        if child.dep_ not in ("nsubj", "nsubjpass", "nsubj:pass"):
            continue
        if child.lower_ in words and not any(c.dep_ == "det" for c in child.children):
            return True  # "anyone", « quiconque », « tout »; not « le tout »
        if any(c.dep_ in ("prep", "nmod") for c in child.children):
            return False
        kind = next((words[c.lower_] for c in child.children
                     if c.dep_ == "det" and c.i < child.i and c.lower_ in words), None)
        if kind is None:
            return False
        return kind == "any" or _habitual_predicate(tok, lang)
    return False


def _habitual_predicate(tok: Token, lang: str) -> bool:
    """Whether verb ``tok`` tells a habit rather than a state of the day: it is negated ("does not
    resign", « ne démissionne pas »), under an English modal ("can resign") or with an adverb of
    habit (``<lang>/habitual_adverbs``: "usually", « généralement »)."""
    if _verb_polarity(tok, lang)[0]:
        return True
    habits = word_sets("habitual_adverbs").get(lang, frozenset())
    return any((c.dep_ == "aux" and c.tag_ == "MD") or (c.dep_ == "advmod" and c.lower_ in habits)
               for c in tok.children)


def _present_perfect(tok: Token) -> bool:
    """An English past participle whose tense auxiliary is "has" or "have" ("has made", "have been
    fired"); not "had" (the pluperfect), nor "will have", "would have", "to have" (a modal or an
    infinitive before the auxiliary), nor a participle that heads no verb group of its own."""
    if tok.tag_ != "VBN":
        return False
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.i < tok.i]
    forms = word_set("en", "present_perfect_auxiliaries")
    have = [c for c in aux if c.lower_ in forms and c.tag_ in ("VBZ", "VBP")]
    if not have:
        return False
    # "will have made", "may have died", "to have signed": not an act told as done by the time of writing
    return not any(c.tag_ in ("MD", "TO") for c in aux)


def _perfect_state_noun(tok: Token) -> bool:
    """An English event noun after a preposition of "has been" / "have been" ("Workers have been on
    strike since January", "The two sides have been in talks for months"): a state that holds at
    the time of writing, told as the present perfect tells it (:func:`_present_perfect`)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.i == prep.head.i:
        return False
    verb = prep.head
    return _lemma(verb) == "be" and _present_perfect(verb)


def _simple_past(tok: Token) -> bool:
    """An English verb in the simple past with no auxiliary ("Forecasters warned of storms through
    Thursday"): done by the time of writing, so no day after the publication date is its date."""
    return tok.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _completed_past(tok: Token) -> bool:
    """A French verb in the compound past (« a annoncé », « est arrivé », « a été arrêté »: its
    tense auxiliary in the present indicative) or the simple past (« annonça »); not the present,
    the passive present (« est exploité »), the future, the conditional or the pluperfect. A bare
    participle of a verb that reports or acts on an event (``fr/reaction_participles``: « la
    fermeture annoncée de l'usine d'ici à 2014 ») is such an act too: it is done."""
    if not any(c.dep_.startswith("aux") for c in tok.children) and "Part" in _morph(tok, "VerbForm") \
            and "Past" in _morph(tok, "Tense") and _lemma(tok) in word_set("fr", "reaction_participles"):
        return True
    aux = [c for c in tok.children if c.dep_ == "aux:tense"]
    if aux:
        return all(
            _lemma(c) in ("avoir", "être") and "Pres" in _morph(c, "Tense") and "Ind" in _morph(c, "Mood")
            for c in aux
        )
    if any(c.dep_.startswith("aux") for c in tok.children):
        return False
    return "Fin" in _morph(tok, "VerbForm") and "Past" in _morph(tok, "Tense")


_ORDINAL = re.compile(r"(\d{1,4})(?:e|è|ème|eme|er|re|st|nd|rd|th)", re.IGNORECASE)


def _anniversary(tok: Token, lang: str) -> tuple[Token, int] | None:
    """For an event noun that a noun of ``<lang>/anniversary_nouns`` governs (« le 33e anniversaire
    de la prise de l'ambassade », "the 33rd anniversary of the seizure"), that noun and the number
    of years back its ordinal counts (0 when it gives none); None for any other token. The event is
    a past one that the anniversary's date does not date."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nmod", "pobj") or _case_of(tok) not in ("de", "of"):
        return None
    head = tok.head.head if tok.dep_ == "pobj" else tok.head  # "anniversary of [the seizure]"
    if head.i == tok.i or head.pos_ != "NOUN" or head.lemma_.lower() not in word_set(lang, "anniversary_nouns"):
        return None
    for child in head.children:
        if child.i < head.i and child.dep_ in ("amod", "nummod"):
            match = _ORDINAL.fullmatch(child.text)
            if match:
                return head, int(match.group(1))
    return head, 0


def _commemorated_time(
    tok: Token, found: tuple[Token, int] | None, local: Sequence[tuple[int, int, Timex]], lang: str
) -> Timex | None:
    """The time of an event: for an event noun an anniversary governs (``found``, from
    :func:`_anniversary`), the year the ordinal counts back from the anniversary's own year
    (« vendredi … le 33e anniversaire de la prise » in 2012: 1979), else none; any other event's
    own (:func:`_event_time`)."""
    if found is None:
        return _event_time(tok, local, lang) or _aspectual_complement_time(tok, local, lang)
    head, years = found
    if not years:
        return None
    time = _event_time(tok, local, lang) or _event_time(head, local, lang)
    if time is None or time.type != "DATE" or not re.match(r"\d{4}", time.value):
        return None
    return Timex(time.start, time.end, time.text, "DATE", f"{int(time.value[:4]) - years:04d}")


def _aspectual_complement_time(tok: Token, local: Sequence[tuple[int, int, Timex]], lang: str) -> Timex | None:
    """The date of the activity a verb of ``aspectual_verbs`` times, for that verb: "continued to
    perform on Friday", "started to test the vaccine last month" (the parser hangs the date on the
    infinitive or gerund complement): the starting or going on is on that date too."""
    if tok.pos_ != "VERB" or _lemma(tok) not in word_sets("aspectual_verbs").get(lang, frozenset()):
        return None
    for child in tok.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and child.i > tok.i:
            return _event_time(child, local, lang)
    return None


def _raising_verb(tok: Token, lang: str) -> bool:
    """A verb of ``raising_verbs`` whose infinitive complement is the only act: "happened to visit",
    "used to play" (in the active only: "is used to access" is an act of using), and in the passive
    only "is expected to enter", « est censé ouvrir »."""
    voice = word_maps("raising_verbs").get(lang, {}).get(_lemma(tok))
    if voice is None or any(c.dep_ in _OBJ for c in tok.children):
        return False  # "used the money to buy blankets": an act of using
    return (voice == "passive") == _is_passive(tok)


def _pluperfect_adjunct(tok: Token, lang: str) -> bool:
    """A present participle adjunct of a verb in the pluperfect: "had vetoed the law twice, arguing
    that its wording was unclear", "had trained by practising", « avait démissionné, invoquant des
    raisons de santé », or a finite adverbial clause of it ("had been inspected after neighbours
    complained"): said or done along with the background act, so before the time of the report as
    well. A clause of a later time (``<lang>/posterior_subordinators``: "had escaped before officers
    arrived", "had lived there until he moved") is the time the pluperfect looks back from, no
    background."""
    head = tok.head
    if tok.dep_ == "pcomp" and head.dep_ == "prep" and head.head.i != head.i:
        head = head.head  # "had trained for the final by practising against left-handers"
    elif tok.dep_ != "advcl":
        return False
    participle = tok.tag_ == "VBG" or ("Part" in _morph(tok, "VerbForm") and "Pres" in _morph(tok, "Tense"))
    # ... or a finite adverbial clause of it: "had been inspected in January after neighbours
    # complained" (the complaint is background too)
    marks = [c.lower_ for c in tok.children if c.dep_ == "mark"]
    timed = (
        tok.dep_ == "advcl"
        and bool(marks)
        and "Fin" in _morph(tok, "VerbForm")
        and not set(marks) & word_sets("posterior_subordinators").get(lang, frozenset())
    )
    return (
        tok.pos_ == "VERB"
        and head.i != tok.i
        and head.pos_ == "VERB"
        and (participle or timed)
        and _pluperfect(head)
    )


def _finite_clause_marks(tok: Token) -> set[str]:
    """The subordinators of an English finite adverbial clause headed by ``tok`` ("after police
    exhumed", "when he arrived"); empty for any other verb."""
    if tok.dep_ != "advcl" or tok.pos_ != "VERB" or tok.head.i == tok.i or tok.head.pos_ not in ("VERB", "AUX"):
        return set()
    if tok.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return set()
    # "when" is the clause's adverb (WRB) in spaCy's English parse, "after" and "as" its markers
    return {c.lower_ for c in tok.children if c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < tok.i)}


def _background_description(tok: Token, lang: str) -> bool:
    """An English past act that describes a noun rather than tells the story: a relative clause in
    the simple past set off by a comma ("The novelist, who won the Booker Prize twice, has died";
    "Price, who denied the charges, will appeal"). It happened at some earlier time, so it takes no
    date of the sentence before or of the lead (a date of its own still dates it). Not a relative of
    place or time ("a conference, where he promoted the phone"), nor what is said (the caller skips
    reporting verbs: "an expert, who stated"), nor a participle after its noun ("a ceremony attended
    by leaders" is the ceremony's time)."""
    if lang != "en" or tok.pos_ != "VERB":
        return False
    if tok.dep_ != "relcl" or tok.tag_ != "VBD" or any(c.dep_.startswith("aux") for c in tok.children):
        return False
    # "a conference, where he promoted the phone": a relative of place or time is that occasion's act
    if any(c.lower_ in ("where", "when", "whereupon") for c in tok.children):
        return False
    first = tok.left_edge.i
    return first > 0 and tok.doc[first - 1].text == ","


def _sequenced_clause(tok: Token, lang: str) -> bool:
    """An English finite clause set before or after its verb (``<lang>/sequence_subordinators``:
    "charged her in 2021 after police exhumed the body", "resigned on Monday before the council
    voted"): it happened on a day the text does not give, so it takes no date of the sentence
    before or of the lead. Not a clause of a pluperfect, whose "before" / "until" clause is the
    time it looks back from (:func:`_pluperfect_adjunct`)."""
    if lang != "en" or _pluperfect(tok.head):
        return False
    return bool(_finite_clause_marks(tok) & word_sets("sequence_subordinators").get(lang, frozenset()))


def _pluperfect_argument(tok: Token, lang: str) -> bool:
    """A French event noun that is the subject or the object of a verb in the pluperfect (« Son
    incarcération avait provoqué l'indignation », « la police avait annoncé son arrestation »): an
    act before the background act, of no day the sentence before or the lead gives."""
    if lang != "fr" or tok.pos_ != "NOUN" or tok.head.i == tok.i or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    return (tok.dep_ in ("nsubj", "nsubj:pass", "obj") or tok.dep_.startswith("nsubj")) and _pluperfect(tok.head)


def _dated_prior_act(tok: Token, local: Sequence[tuple[int, int, Timex]], lang: str) -> bool:
    """An act « après avoir » (:func:`kg.nlp.grammar.prior_infinitive`) with a date in its own
    phrase (« Après avoir arrêté lundi le suspect, la police le présentera vendredi à un juge »): a
    completed act told with its time is a fact, not as sure as the main clause's act to come."""
    if not prior_infinitive(tok, lang):
        return False
    start, end = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    return any(start <= c[0] and c[1] <= end for c in local)


def _dated_clause_of_sequence(tok: Token, local: Sequence[tuple[int, int, Timex]], lang: str) -> bool:
    """An event noun after « après » / « avant » (:func:`sequence_noun`) with no date of its own in a
    clause that has one (« a été écroué samedi après l'attaque »): the act is of another time than
    that date, and no date of the text before dates it either. With no date in the clause (« Moins
    d'une heure après le départ, la NASA indiquait … ») the noun may take the report's."""
    if not sequence_noun(tok, lang) or _event_time(tok, local, lang) is not None:
        return False
    verb = _governing_verb(tok)
    return verb is not None and _event_time(verb, local, lang) is not None


def _pluperfect(tok: Token) -> bool:
    """A verb in the pluperfect: English "had" + past participle, French "avait" / "était" (an
    auxiliary in the imperfect) + participle ("had died", "avait quitté", "était parti")."""
    for c in tok.children:
        if not c.dep_.startswith("aux"):
            continue
        if c.lower_ in ("had", "'d") and tok.tag_ == "VBN":
            return True
        if _lemma(c) in ("avoir", "être") and "Imp" in _morph(c, "Tense"):
            return True
    return False


def negation_in_type(
    event: EventMention, lexicon: TriggerLexicon | None = None
) -> bool:
    """True when the event's type comes from a lexicon row that requires ``neg`` or ``cessative``:
    the type already reads the negation of the trigger ("ne seront plus vendus" is a
    ProductDiscontinuation with polarity NEG: the trigger is negated, the discontinuation is what
    the text asserts)."""
    if event.polarity != "NEG":
        return False
    lex = lexicon or load_lexicon()
    for lang in ("fr", "en"):
        for pos in ("VERB", "NOUN"):
            for entry in lex.lookup(lang, event.lemma, pos):
                if entry.type == event.type and entry.allows_negation:
                    return True
    return False


_REPORTED_DEPS = frozenset(
    {
        "ccomp",
        "xcomp",
        "csubj",
        "obj",
        "dobj",
        "parataxis",
        "parataxis:insert",
        "parataxis:parenth",
    }
)


def _incise_reporter(tok: Token, reporting: frozenset[int], lang: str) -> Token | None:
    """The French reporting verb of an incise that closes ``tok``'s sentence after a comma, with
    its subject inverted (« La police a arrêté trois suspects, a affirmé lundi le ministre », « Le
    maire a démissionné, a-t-il déclaré mardi »): the clause before the comma is what it reports, as
    the complement clause of "a déclaré que …" is, and the incise's day is that of the saying, which
    bounds the reported act (the parser hangs the incise on the act, or the act on the incise, as an
    adverbial clause, a conjunct or parataxis, so the dependency path tells nothing). None when the
    verb has a complement clause of its own (« , a-t-il ajouté qu'il … »), no inverted subject (« …,
    a salué les syndicats »: a second act of the same subject) or words after it."""
    if lang != "fr" or not reporting:
        return None
    doc = tok.doc
    sent = tok.sent
    for i in range(tok.i + 1, sent.end):
        verb = doc[i]
        if i not in reporting or verb.pos_ != "VERB":
            continue
        first = _incise_start(verb)
        if first is None or first <= tok.i or doc[first - 1].text != ",":
            continue
        # the incise closes the sentence: nothing but punctuation after the verb's words
        if any(not t.is_punct for t in doc[verb.right_edge.i + 1 : sent.end]):
            return None
        if _complement_clauses(verb, lang):
            return None
        postposed = any(c.dep_.startswith("nsubj") and c.i > verb.i for c in verb.children)
        if not postposed and _clitic_subject(verb) is None and _inverted_subject(verb) is None \
                and _subject_under_time(verb) is None:
            return None
        return verb
    return None


def _reporter(tok: Token, reporting: frozenset[int], quoted: Covering | None = None) -> Token | None:
    """The reporting event (a Statement or Announcement trigger) whose complement holds ``tok``:
    "a déclaré son retrait", "announced its withdrawal", "a annoncé qu'il quitterait", "said it
    would exit", "l'annonce de son retrait". None when the nearest reporting event above ``tok``
    does not take it as its complement (a subject, an adverbial clause ...). A word outside the
    direct quotations ``quoted`` whose path climbs into one is a misattachment of the parser (a
    verb coordinated with or hung from the quoted clause) and is not reported."""

    def in_quote(t: Token) -> bool:
        return quoted is not None and t.idx in quoted

    outside = not in_quote(tok)
    cur = tok
    saw_que = False
    for _ in range(12):
        if outside and cur.i != tok.i and in_quote(cur):
            return None
        if cur.pos_ in ("VERB", "AUX", "ADJ") and _que_clause(cur):
            saw_que = True
        head = cur.head
        if head.i == cur.i:
            return None
        if (
            head.i in reporting
            and head.pos_ == "NOUN"
            and saw_que
            and head.head.i in reporting
            and head.head.i != head.i
        ):
            cur = head  # "a affirmé dans un communiqué que …": the verb reports, not the medium
            continue
        if head.i in reporting:
            dep = cur.dep_
            if dep in _REPORTED_DEPS or dep.startswith("parataxis"):
                return head
            if saw_que and dep.startswith(
                ("obl", "nmod", "xcomp", "iobj", "prep", "advcl")
            ):
                return head  # a "que" clause the parser hung under an oblique
            if head.pos_ == "NOUN" and (
                _case_of(cur) in word_set("xx", "genitive_prepositions") or (dep == "prep" and cur.lower_ == "of")
            ):
                return (
                    head  # "l'annonce de son retrait", "announcement of its withdrawal"
                )
            return None
        cur = head
    return None
