"""From documents to :class:`~kg.types.Analysis` values: language routing, spaCy, and every extractor.

Segments of all documents in a batch are grouped by language and parsed with ``nlp.pipe``, which is
what keeps the full build close to raw spaCy speed. One failing document becomes a coded error and
never takes the rest of the batch with it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from kg.analyse.options import Options
from kg.analyse.parsehelper import ParseHelper, parse_window_extracts
from kg.analyse.plan import Plan, plan_documents
from kg.analyse.windowlocal import WindowExtracts, window_cues, window_memberships, window_mentions
from kg.errors import Errors, KGError
from kg.extract import (
    attach,
    datelines,
    eventcoref,
    headline_descriptions,
    headline_lists,
    locatives,
    named_kind_phrases,
    quantity_phrases,
    temporal,
)
from kg.extract import coref as coref_of
from kg.extract import events as evt
from kg.extract import lists as listed_people
from kg.extract import memberships as memberships_of
from kg.extract import mentions as mentions_of
from kg.extract import quotes as quo
from kg.knowledge.gazetteer import Gazetteer, default_gazetteer
from kg.knowledge.words import word_maps, word_sets
from kg.nlp.doccache import doc_text, remember_text, token_starts
from kg.nlp.grammar import _fr_tense, _morph, _noun_requested, _prep_norm, across_quote
from kg.nlp.models import load_model, model_name
from kg.types import (
    Analysis,
    Document,
    EntityMention,
    EventMention,
    Membership,
    Quote,
    Segment,
    Span,
    Timex,
)

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan



# Morphology hash -> "is it a future tense", for every analysis met so far. A hash names its
# feature string ("Mood=Ind|Tense=Fut|..."), the same in every vocabulary, and the models can only
# produce the analyses of their tag sets, so this stays small.
_FUTURE_MORPHS: dict[int, bool] = {}


def future_tokens(doc: Doc) -> list[bool]:
    """For each token: does it put its clause in the future? A verb in the future tense, English
    "will"/"shall", or French "aller" governing an infinitive ("va fermer").

    Read from the Doc's attribute arrays, with the morphology of each distinct analysis looked up
    once per process: making a Token and a MorphAnalysis for every word cost more than the rest of
    the dates.
    """
    import numpy
    from spacy.attrs import LEMMA, LOWER, MORPH
    from spacy.tokens import MorphAnalysis

    vocab = doc.vocab
    if not len(doc):
        return []
    columns = doc.to_array([MORPH, LOWER, LEMMA])
    morphs, lowers, lemmas = columns[:, 0], columns[:, 1], columns[:, 2]
    future = []
    for m in numpy.unique(morphs).tolist():
        is_future = _FUTURE_MORPHS.get(m)
        if is_future is None:
            is_future = _FUTURE_MORPHS[m] = "Fut" in MorphAnalysis.from_id(vocab, m).get("Tense")
        if is_future:
            future.append(m)
    modal = [vocab.strings[w] for w in _future_modals()]
    flags = numpy.isin(morphs, future) | numpy.isin(lowers, modal)
    for i in numpy.flatnonzero(lemmas == vocab.strings["aller"]).tolist():
        flags[i] = flags[i] or _governs_infinitive(doc[i])
    if doc.lang_ == "fr":
        # the tagger reads most futures of the first and second persons as presents (« je me
        # rendrai lundi », « nous signerons vendredi »: Tense=Pres), the forms of quotations: the
        # form, a future stem and an ending of the future, says it (only words ending as a future does)
        for i in numpy.flatnonzero(~flags).tolist():
            tok = doc[i]
            if tok.lower_.endswith(_FR_FUTURE_TAILS) and tok.pos_ in ("VERB", "AUX") and _fr_tense(tok) == "FUT":
                flags[i] = True
    return flags.tolist()


#: The endings of every French simple future (the stem's « r » and the person's ending), which
#: :func:`future_tokens` reads the form of; the tagger's own Tense=Fut is taken as it stands.
_FR_FUTURE_TAILS = ("rai", "ras", "ra", "rons", "rez", "ront")


def _governs_infinitive(tok: Token) -> bool:
    """``aller`` + infinitive: parsed as an auxiliary of the infinitive, or in the present tense as
    the head of an infinitive complement ("va fermer"; "allait déposer" is a past)."""
    if _morph(tok.head, "VerbForm") == ["Inf"]:
        return True
    return "Pres" in _morph(tok, "Tense") and any(
        child.dep_ == "xcomp" and _morph(child, "VerbForm") == ["Inf"] for child in tok.children
    )


def _future_modals() -> list[str]:
    """The future auxiliaries of ``lexicons/*/modal_auxiliaries.tsv`` ("will", "shall", "'ll"),
    with a typographic apostrophe too."""
    words = {w for m in word_maps("modal_auxiliaries").values() for w, v in m.items() if v == "FUTURE"}
    return sorted(words | {w.replace("'", "\u2019") for w in words})


def _future_governors(lang: str) -> frozenset[str]:
    """``lexicons/<lang>/future_governors.tsv``, empty for a language without the list."""
    return word_sets("future_governors").get(lang, frozenset())


def _lemma(tok: Token) -> str:
    """``tok``'s lemma, lower-cased, with the slips of the model's lemmatizer put right
    (``lexicons/<lang>/lemma_corrections.tsv``: "hopes" is no form of "hop")."""
    form = tok.lower_
    if form in _corrected_forms():  # (the language looked up only for the few forms listed)
        return word_maps("lemma_corrections").get(tok.doc.lang_, {}).get(form) or tok.lemma_.lower()
    return tok.lemma_.lower()


@cache
def _corrected_forms() -> frozenset[str]:
    """Every form of ``lexicons/*/lemma_corrections.tsv``, whatever its language."""
    return frozenset(form for forms in word_maps("lemma_corrections").values() for form in forms)


def _auxes(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_.startswith("aux")]


def _conditional_present(tok: Token) -> bool:
    """A French verb in the present conditional, active (« la réunion aurait lieu en juin ») or
    passive (« il serait jugé en octobre »: « serait » the passive's auxiliary): in a report, a future
    seen from the past. Not a past conditional, whose auxiliary is one of tense (« se serait enfui
    en mars », « aurait été arrêté », « serait arrivé »): a past told with reserve."""
    if tok.doc.lang_ != "fr" or tok.pos_ not in ("VERB", "AUX"):
        return False
    auxes = _auxes(tok)
    if any(a.dep_ == "aux:tense" for a in auxes):
        return False

    def cond(t: Token) -> bool:
        # the tagger reads some conditionals as imperfects (« qu'il recevrait les syndicats »:
        # Tense=Imp): the form, a future stem and an ending of the conditional, says it too
        return (_morph(t, "Mood") == ["Cnd"] and _morph(t, "Tense") == ["Pres"]) or (
            "Cnd" not in _morph(t, "Mood") and _fr_tense(t) == "CND"
        )

    if cond(tok):
        return True
    # (« serait arrivé », « serait parti »: a verb of ``fr/etre_verbs`` the parser reads as a passive
    # is a past conditional)
    return tok.lemma_.lower() not in word_sets("etre_verbs").get("fr", frozenset()) \
        and any(a.dep_ == "aux:pass" and cond(a) for a in auxes)


def _present_passive(tok: Token) -> bool:
    """A French verb in the present passive (« le ministre est reçu », « les députés sont convoqués »):
    its only auxiliary is « être » in the present, and it is no verb conjugated with « être »
    (``fr/etre_verbs``: « il est arrivé » is a compound past). A present, not a thing done."""
    auxes = _auxes(tok)
    return bool(auxes) and all(a.dep_ == "aux:pass" and _morph(a, "Tense") == ["Pres"] for a in auxes) \
        and tok.lemma_.lower() not in word_sets("etre_verbs").get("fr", frozenset())


def _future_in_past(verb: Token, date: Token) -> bool:
    """A French present conditional (:func:`_conditional_present`) in a clause that « que » opens
    under a verb (« le parquet a annoncé qu'il serait jugé en octobre »): a future seen from the
    past. Not a conditional of its own clause, the press's reserve on a reported fact (« selon la
    police, le suspect serait interpellé lundi », « le joueur serait blessé »), nor a date after a
    word of ``fr/since_prepositions`` (« qu'il serait détenu depuis janvier »): the start of a
    state, before now."""
    if verb.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_.startswith("qu") for c in verb.children):
        return False
    since = word_sets("since_prepositions").get("fr", frozenset())
    head = date
    for _ in range(3):  # « depuis janvier », « depuis le 6 mai »: the preposition under the date's noun
        if any(c.dep_ == "case" and c.lower_ in since for c in head.children):
            return False
        if head.head.i == head.i or head.head.pos_ in ("VERB", "AUX"):
            break
        head = head.head
    previous = date.doc[date.i - 1] if date.i > 0 else None
    if previous is not None and previous.lower_ in since:
        return False
    return _conditional_present(verb)


def _past_form(tok: Token) -> bool:
    """A verb (or the copula of an adjective) in a finite past tense: "was set to", "planned to",
    "had expected"."""
    words = [tok, *_auxes(tok)]
    if tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and tok.head.pos_ == "AUX":
        words.append(tok.head)  # "was due to"
    if tok.dep_ in ("acomp", "attr") and tok.head.i != tok.i:
        words.append(tok.head)
    return any(w.tag_ == "VBD" or (w.tag_ == "VBN" and w is tok and any(a.lemma_ == "have" for a in _auxes(tok)))
               for w in words)



def _present_perfect(tok: Token, path: Sequence[Token]) -> bool:
    """A participle with "has" or "have" whose date is the object of "for" ("has scheduled a vote for
    Monday", "have been set for June", "has prepared for Sunday's final"): a plan made and still
    standing, whose date lies ahead (English gives no past day to a present perfect). A date after
    another preposition, or none, is the day of the act ("have gone on strike on Monday", "has set a
    record high on Tuesday", "has proposed a tax cut Tuesday")."""
    prep = next((t for t in path[1:] if t.dep_ == "prep"), None)
    return tok.tag_ == "VBN" and prep is not None and prep.lower_ == "for" \
        and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in _auxes(tok))


def _done_participle(tok: Token) -> bool:
    """A past participle without auxiliary modifying a noun ("the bill, passed by the House on
    Tuesday, now goes to the Senate", « le défenseur, blessé samedi, sera absent trois semaines »): the
    event is done, whatever the main clause says; not a participle of planning
    (``lexicons/en/future_governors.tsv``: "the meeting scheduled for Friday"; French
    ``lexicons/fr/expected_participles.tsv``: « la réunion, prévue vendredi »); so too for one
    coordinated with such a participle ("John Smith, arrested on Monday and charged on Tuesday, will
    appear in court": charged last Tuesday)."""
    if tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.dep_ == "acl" and not _auxes(tok) and (
            tok.tag_ in ("VBN", "VBD") or ("Part" in _morph(tok, "VerbForm") and "Past" in _morph(tok, "Tense"))):
        tok = tok.head
    if tok.dep_ != "acl" or _auxes(tok):
        return False
    if tok.tag_ == "VBN":
        return _lemma(tok) not in _future_governors(tok.doc.lang_)
    return tok.doc.lang_ == "fr" and _morph(tok, "VerbForm") == ["Part"] and "Past" in _morph(tok, "Tense") \
        and tok.lower_ not in word_sets("expected_participles").get("fr", frozenset())


def _with_absolute(tok: Token) -> bool:
    """A bare participle after the noun of a "with" phrase ("ended its hearing, with a ruling expected
    in June", "cut 500 jobs, with more cuts planned for September"): an absolute clause that tells what
    stands at the time of its sentence, so a plan it names lies ahead whatever the tense of the verb
    the phrase hangs from."""
    noun = tok.head
    return tok.dep_ == "acl" and noun.i != tok.i and noun.dep_ == "pobj" and noun.head.lower_ == "with"


def _as_participle(tok: Token) -> bool:
    """A bare participle after "as" that compares its clause with what was said of it ("would begin as
    scheduled in June", "will reopen as planned in May", "went ahead as expected on Sunday"): the date
    the parser hangs from it is its clause's, and so is the tense. Only a participle of planning
    (``lexicons/en/schedule_participles.tsv``): after one of saying or foreseeing the date is the saying's
    ("will be heard in July, as announced on Monday", "as forecast in January", "as reported on Tuesday")."""
    return _bare_as_participle(tok) and tok.lower_ in word_sets("schedule_participles").get(tok.doc.lang_, frozenset())


def _as_report(tok: Token) -> bool:
    """A bare participle after "as" that tells what was said or foreseen of its clause, no plan ("will be
    heard in July, as announced on Monday", "as forecast in January", "as reported on Tuesday"): the
    date the parser hangs from it is the saying's, a past, whatever the tense of the clause it compares."""
    return _bare_as_participle(tok) and tok.lower_ not in word_sets("schedule_participles").get(tok.doc.lang_, frozenset())


def _bare_as_participle(tok: Token) -> bool:
    """A participle with no auxiliary in an adverbial clause opened by "as" ("as scheduled", "as announced")."""
    return tok.tag_ == "VBN" and tok.dep_ == "advcl" and not _auxes(tok) \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)


def _preterite(tok: Token) -> bool:
    """Whether an English verb in a past tense tells a thing done: not a plan or an expectation of
    ``lexicons/en/future_governors.tsv`` ("was expected in April", "was due in May", "was set for
    June"), whose date may still lie ahead. Its date is the past one even a year away (see
    :func:`kg.extract.temporal.resolve`)."""
    governors = _future_governors(tok.doc.lang_)
    if tok.doc.lang_ != "en" or not governors:
        return False
    if any(a.tag_ == "MD" for a in _auxes(tok)):
        return False  # "would have opened in April": a past that did not happen, maybe of a plan ahead
    if _lemma(tok) in governors and (tok.tag_ == "VBN" or any(c.dep_ == "xcomp" for c in tok.children)):
        return False  # "was scheduled for June", "planned in April to open" (not "went public in May")
    return not any(c.dep_ in ("acomp", "attr", "oprd") and _lemma(c) in governors for c in tok.children)


def _dated(tok: Token) -> bool:
    """Whether a verb has a date of its own, directly or by its preposition ("said Monday", "said on
    Monday")."""
    return any(c.ent_type_ in ("DATE", "TIME") or (c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME")
                                                                          for g in c.children))
               for c in tok.children)


def _dated_long_before(saying: Token, clause: Token) -> bool:
    """Whether a verb of saying has a date of its own, directly or by its preposition, that is a
    year ("said in 2009", "said last year"), not a weekday, a month or a day near the text's ("said
    Monday", "said this week"; "said in February it expected to close in October", told in March,
    is most often this October). The parser may hang it on the reported clause when it comes before
    that clause's subject ("said last year he expected")."""
    subject = min((c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), default=clause.i)
    heads = [*saying.children, *(c for c in clause.children if saying.i < c.i < subject)]
    dates = [g for c in heads for g in ((c,) if c.dep_ != "prep" else tuple(c.children))
             if g.ent_type_ in ("DATE", "TIME")]
    return any((g.is_digit and len(g.text) == 4) or g.lemma_.lower() == "year" for g in dates)


def _backshifted(tok: Token, *, weekday: bool = False) -> bool:
    """Whether a simple past is the backshifted present of a clause a past verb of saying reports
    (``lexicons/<lang>/reporting_verbs.tsv``: "said it expected to complete the sale in October",
    "said the vote was expected in October"): by the sequence of tenses, what was planned or
    expected then still lay ahead of the saying. Not a compound past ("said it had planned to") nor
    a past outside reported speech ("the council was to vote in June"). A ``weekday`` planned in a
    report that has its own date is left to the past ("said Monday it expected to sign on Wednesday",
    told on Thursday: the Wednesday after that Monday, not the coming one), and so is any date in a
    report of a past year (:func:`_dated_long_before`)."""
    clause = tok.head if tok.dep_ in ("acomp", "attr") and tok.head.i != tok.i else tok
    for _ in range(3):
        if clause.dep_ != "conj" or clause.head.i == clause.i:
            break
        clause = clause.head  # "said it was in talks ... and hoped to close the deal in October"
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    saying = clause.head
    if saying.lemma_.lower() not in word_sets("reporting_verbs").get(tok.doc.lang_, frozenset()) \
            or not _past_form(saying) or (weekday and _dated(saying)) or _dated_long_before(saying, clause):
        return False  # (a saying of a past year: what it planned may be over, "said last year he
        # expected to retire in June", told in September, is not next June)
    return not any(a.lemma_ == "have" or a.tag_ == "MD" for t in (tok, clause) for a in _auxes(t))


def _through_plan(path: Sequence[Token], verb: Token) -> bool:
    """Whether the date climbs to ``verb`` through a noun of ``lexicons/<lang>/future_governors.tsv``
    ("announced plans for June", "cut its forecast for May"): the date is the plan's, which may lie
    ahead, not the time of the past verb."""
    governors = _future_governors(verb.doc.lang_)
    below = list(path[:path.index(verb)]) if verb in path else []  # not "the plan announced on Friday"
    return any(t.pos_ in ("NOUN", "PROPN") and _lemma(t) in governors for t in below)


def _tenseless(tok: Token) -> bool:
    """A "to" infinitive complement ("wants to open"), or a gerund after its noun ("growth returning")
    or its object ("keep the government running"): a verb without a tense of its own."""
    auxes = _auxes(tok)
    if tok.tag_ == "VB":
        return tok.dep_ in ("xcomp", "ccomp", "acl", "advcl", "relcl") and bool(auxes) and all(a.tag_ == "TO" for a in auxes)
    if tok.tag_ == "VBN" and any(a.tag_ == "TO" for a in auxes):
        # a passive infinitive ("is on track to be finished in September")
        return tok.dep_ in ("xcomp", "ccomp", "acl", "advcl", "relcl") \
            and all(a.tag_ == "TO" or (a.lemma_ == "be" and a.tag_ == "VB") for a in auxes)
    if tok.tag_ == "VBG" and tok.dep_ == "xcomp" and not auxes and tok.head.i != tok.i:
        # a gerund complement of its verb's object ("would keep the government running through Sept. 30"),
        # or of a verb of beginning, going on or ending (``lexicons/en/aspectual_verbs.tsv``: "would keep
        # providing funds until Monday", "will start selling it on Friday"); not a gerund object, often of
        # a thing done ("denies killing his wife on Monday")
        return any(c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children) \
            or tok.head.lemma_.lower() in word_sets("aspectual_verbs").get(tok.doc.lang_, frozenset())
    return tok.tag_ == "VBG" and tok.dep_ == "acl" and not auxes


def _object_purpose(verbs: Sequence[Token]) -> bool:
    """Whether the date's verb is, or lies under, a "to" infinitive that tells what a provision
    (``lexicons/<lang>/provision_nouns.tsv``: a bill, a law, a deal, a plan) made or adopted by a past
    verb is for ("approved a bill to keep the government running through September", "signed a deal
    to buy 20 jets by October", "passed a law to raise the tax in October"; the parser may hang the
    infinitive on the noun or on the verb right after it): what a provision just adopted provides for
    comes after it, so the date looks ahead like a future. Not the purpose of another act, which is
    done with it ("sent troops to retake the town on Sunday", "held talks to end the strike on
    Monday"), nor a provision that is the subject ("the plan to close it in May failed")."""
    for n, tok in enumerate(verbs[:-1]):
        auxes = _auxes(tok)
        if tok.tag_ in ("VB", "VBN") and any(a.tag_ == "TO" for a in auxes):
            governor = verbs[n + 1]
            if not (_past_form(governor) and governor.pos_ == "VERB"):
                return False
            nouns = word_sets("provision_nouns").get(tok.doc.lang_, frozenset())
            if tok.dep_ in ("relcl", "acl"):
                noun = tok.head
                return noun.dep_ == "dobj" and noun.head.i == governor.i and noun.lemma_.lower() in nouns
            if tok.dep_ == "advcl" and tok.head.i == governor.i:
                # the infinitive right after the object the verb governs ("passed a law to raise the tax")
                return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns and c.right_edge.i + 1 == tok.left_edge.i
                           for c in governor.children)
            return False
        if tok.tag_ not in ("VB", "VBG") or auxes:
            return False  # only non-finite verbs lead up to the infinitive ("keep the government running")
    return False


def _scheduled(tok: Token) -> bool:
    """A verb of ``lexicons/<lang>/schedule_verbs.tsv`` in the simple present, alone or with the word it
    needs after it ("the law takes effect Jan. 1", "the trial begins in April"): a schedule."""
    if tok.tag_ not in ("VBZ", "VBP") or _auxes(tok):
        return False
    entries = word_sets("schedule_verbs").get(tok.doc.lang_, frozenset())
    lemma = tok.lemma_.lower()
    return lemma in entries or any(f"{lemma} {t.lower_}" in entries for c in tok.children for t in (c, *c.children))


def _scheduled_copula(tok: Token, path: Sequence[Token]) -> bool:
    """A "be" in the simple present whose subject is a planned event of
    ``lexicons/<lang>/scheduled_event_nouns.tsv`` ("the election is Nov. 5", "Italy's vote is on Feb.
    24", "the hearing is in June", "the summit is in Brussels on Thursday"): the event's schedule, when the
    date (``path`` climbs from it) is what "be" tells of the event. Not when "be" tells something else, a
    state at that date: a noun or adjective ("the vote is a test of his rule in November", "the hearing is
    open to the public in October"), a phrase of another preposition than one of time or place ("the poll
    is of 1,200 adults in October"), the event's own stage ("the trial is in its third week in October")."""
    if tok.lemma_ != "be" or tok.tag_ not in ("VBZ", "VBP") or _auxes(tok):
        return False
    nouns = word_sets("scheduled_event_nouns").get(tok.doc.lang_, frozenset())
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in nouns for c in tok.children):
        return False
    own = word_sets("own_time_prepositions").get(tok.doc.lang_, frozenset())
    on_path = {t.i for t in path}
    for c in tok.children:
        if c.i in on_path:
            continue
        if c.dep_ in ("attr", "acomp", "oprd"):
            return False
        if c.dep_ == "prep" and (c.lower_ not in own or any(
                o.dep_ == "pobj" and any(d.dep_ == "poss" and d.tag_ == "PRP$" for d in o.children)
                for o in c.children)):
            return False
    return True


def _path_up(sent: SpacySpan, local: int) -> list[Token]:
    """The token at character ``local`` of ``sent`` and its heads up to the root."""
    path: list[Token] = []
    tok = _token_at(sent, local)
    for _ in range(10):
        if tok is None:
            break
        path.append(tok)
        tok = tok.head if tok.head.i != tok.i else None
    return path


def _target_date(path: Sequence[Token]) -> bool:
    """Whether the date that ``path`` climbs from follows "for" after a verb of
    ``lexicons/<lang>/target_date_verbs.tsv`` that has an object, the "for" hanging from the verb or from
    its object ("called elections for Feb. 2", "called a meeting for March 3"): the date arranged; so is
    the date after "of" that a noun of ``lexicons/<lang>/target_date_nouns.tsv``, the verb's object,
    governs ("set a trial date of April 6")."""
    if len(path) < 3 or path[0].dep_ != "pobj":
        return False
    if path[1].lower_ == "of" and len(path) > 3 and path[2].dep_ in ("dobj", "obj") \
            and _lemma(path[2]) in word_sets("target_date_nouns").get(path[0].doc.lang_, frozenset()):
        path = [path[0], path[1], path[3], path[3]]  # (the noun is the object: the verb is next)
    elif path[1].lower_ != "for":
        return False
    verbs = word_sets("target_date_verbs").get(path[0].doc.lang_, frozenset())
    head = path[2]
    if head.pos_ == "NOUN" and head.dep_ in ("dobj", "obj") and len(path) > 3:
        head = path[3]
    return head.pos_ == "VERB" and head.lemma_.lower() in verbs and any(c.dep_ in ("dobj", "obj") for c in head.children)


def _unrealised(verbs: Sequence[Token]) -> bool:
    """Whether the verbs a date climbs through, up to the first finite one, include an infinitive or a
    verb under a modal ("is expected to sign", "will fly home", "hope to contain") or a participle of
    ``lexicons/<lang>/future_governors.tsv`` ("results are expected after counting ends on Tuesday"): a
    thing still to do."""
    for v in verbs:
        auxes = _auxes(v)
        if v.tag_ == "VB" or any(a.tag_ in ("MD", "TO") for a in auxes) \
                or (v.tag_ == "VBN" and _lemma(v) in _future_governors(v.doc.lang_)):
            return True
        if v.tag_ in ("VBZ", "VBP", "VBD") or any(a.tag_ in ("VBZ", "VBP", "VBD") for a in auxes):
            return False
    return False


def _reported_waiting(tok: Token) -> bool:
    """A progressive of a verb of ``lexicons/<lang>/awaiting_verbs.tsv`` in a clause a reporting verb
    (``lexicons/<lang>/reporting_verbs.tsv``) governs ("his lawyers said they were waiting for Tuesday's
    decision"): the past progressive is the speaker's present, what is awaited is still to come."""
    head = tok.head
    return tok.tag_ == "VBG" and tok.dep_ == "ccomp" and head.i != tok.i \
        and _lemma(tok) in word_sets("awaiting_verbs").get(tok.doc.lang_, frozenset()) \
        and any(a.lemma_ == "be" for a in _auxes(tok)) \
        and head.lemma_.lower() in word_sets("reporting_verbs").get(tok.doc.lang_, frozenset())


def _done_before(tok: Token) -> bool:
    """A gerund, active or passive, after a preposition of ``lexicons/<lang>/completed_action_prepositions.tsv``
    ("after winning", "after being shot"): a thing done before the clause the preposition hangs from."""
    if tok.dep_ != "pcomp" or tok.head.lower_ not in word_sets("completed_action_prepositions").get(tok.doc.lang_, frozenset()):
        return False
    auxes = _auxes(tok)
    if tok.tag_ == "VBG":
        return not auxes
    return tok.tag_ == "VBN" and bool(auxes) and all(a.tag_ == "VBG" for a in auxes)


def _own_date(path: Sequence[Token], verb: Token, *, timed: bool = False) -> bool:
    """Whether the date that ``path`` climbs from hangs from ``verb`` itself, by its preposition or
    directly ("to open it in April", "returning in the second half"), not through a noun
    ("to blame for the blast on Sunday"). With ``timed``, only by a preposition that sets the
    verb's time (``lexicons/<lang>/own_time_prepositions.tsv``: not "will publish data for February")."""
    if not path:
        return False
    # only a preposition below the verb is the date's own: one above it governs the verb's clause ("agree on a
    # budget for the year that begins Oct. 1": "for" is the budget's, the date hangs from "begins" directly)
    below = path[:path.index(verb)] if verb in path else path
    prep = next((t for t in below if t.pos_ == "ADP"), None)
    if timed and prep is not None and prep.lower_ not in word_sets("own_time_prepositions").get(verb.doc.lang_, frozenset()):
        return False
    return (prep.head.i if prep is not None else path[0].head.i) == verb.i


def _anticipated(path: Sequence[Token], words: Mapping[str, str]) -> bool:
    """Whether the date's way up to its verb goes through a word of ``words`` (``lexicons/<lang>/anticipation_words.tsv``,
    ``cause_words.tsv``) by its preposition ("ahead of Friday's report", "in anticipation of Sunday's election")."""
    for prep, tok in zip(path, path[1:]):
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if words.get(tok.lower_) == prep.lower_ and prep.head.i == tok.i:
            return True
        if prep.dep_ == "pobj" and prep.head.i == tok.i \
                and any(c.dep_ == "pcomp" and c.lower_ == words.get(tok.lower_) for c in tok.children):
            return True  # "because of Friday's storm" parsed with the noun under "because", "of" beside it
    return False


def _committed_infinitive(tok: Token, verbs: frozenset[str]) -> bool:
    """A "to" infinitive complement of a verb of ``lexicons/<lang>/commitment_verbs.tsv`` ("agreed to
    meet", "was told to raise", "asked investors to vote"): what it names comes after that verb."""
    return tok.dep_ == "xcomp" and tok.tag_ == "VB" and tok.head.i != tok.i \
        and tok.head.lemma_.lower() in verbs and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def _present_be_to(tok: Token) -> bool:
    """A "to" infinitive complement of a present "be" ("Ross is to return on Saturday", "the law is to
    take effect in January", "ministers are to meet Monday"): the wire's scheduled future. Not "was /
    were to", a plan of the past whose date may be past too."""
    return tok.dep_ == "xcomp" and tok.tag_ == "VB" and tok.head.i != tok.i and tok.head.lemma_ == "be" \
        and tok.head.tag_ in ("VBZ", "VBP") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) \
        and tok.lemma_.lower() not in word_sets("be_to_idioms").get("en", frozenset())  # not "is to blame"


def _past_be_to(tok: Token) -> bool:
    """A "to" infinitive after a past "be" or a word of ``lexicons/<lang>/past_schedule_words.tsv``
    after one ("Obama was to address the convention on Saturday", "the minister was due to arrive
    Friday", "the vote was scheduled to take place Thursday"): the wire's future in the past, a plan
    that may still lie ahead of the telling. Not "was to blame" (``be_to_idioms``) nor "had been due to"."""
    # (a passive infinitive is a participle under "to be": "the suspect was to be arraigned Friday",
    # "the satellite was due to be launched on Thursday")
    passive = tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in tok.children)
    if tok.dep_ != "xcomp" or not (tok.tag_ == "VB" or passive) or tok.head.i == tok.i \
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) \
            or tok.lemma_.lower() in word_sets("be_to_idioms").get(tok.doc.lang_, frozenset()):
        return False
    words = word_sets("past_schedule_words").get(tok.doc.lang_, frozenset())
    head = tok.head
    if head.tag_ == "VBD" and _lemma(head) in word_sets("past_plan_verbs").get(tok.doc.lang_, frozenset()):
        # "crews expected to reconnect most homes by Thursday": the active past of a plan (not "had
        # planned", whose head is a participle), unless the text tells how it turned out ("hoped to
        # win the vote on Thursday, but lost": a plan of the past)
        # (a reported "said he expected to sign on Wednesday" is the future of the report, read
        # further up the path)
        return head.dep_ != "ccomp" and not any(c.lower_ in ("but", "yet") for c in head.children if c.dep_ == "cc") \
            and not any(c.lower_ in ("but", "yet") for c in tok.children if c.dep_ == "cc")
    if head.lemma_ == "be":
        return "be" in words and head.tag_ == "VBD"
    if _lemma(head) not in words:
        return False
    be = [c for c in head.children if c.dep_ in ("aux", "auxpass") and c.lemma_ == "be"]
    if head.dep_ == "acomp" and head.head.lemma_ == "be":
        be.append(head.head)  # "was due to": the adjective's copula
    return any(b.tag_ == "VBD" for b in be) and not any(c.lemma_ == "have" for c in head.children if c.dep_ == "aux")


def _planned_kind(noun: Token) -> bool:
    """Whether a noun of ``en/past_event_nouns`` names the kind of a planned event, not one that
    befell: it premodifies a noun of ``en/planned_event_heads`` ("the Dec. 12 fire inspection", "the
    Dec. 2 crash test") or its "of" names a work (``en/work_nouns``: "the Dec. 4 shooting of the film")."""
    if noun.dep_ == "compound" and noun.head.i == noun.i + 1 \
            and noun.head.lower_ in word_sets("planned_event_heads").get("en", frozenset()):
        return True
    works = word_sets("work_nouns").get("en", frozenset())
    return any(p.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in works for o in p.children)
               for p in noun.children if p.dep_ == "prep")


def _befallen_event(sent: SpacySpan, local: int) -> str | None:
    """Whether the English date at ``local`` dates a noun of ``lexicons/<lang>/past_event_nouns.tsv``:
    one it premodifies ("charged over the August bombing") or one its preposition follows right after
    ("decided not to indict him in the shooting in August", whatever the parser hangs "in August"
    from). The date is that event's, which befell, not the time of the verb above it: "premodifier"
    or "after" (the caller keeps the clause's future for the second: the date may be the verb's, "will
    be sentenced for the attack in March"), None when neither."""
    tok = _token_at(sent, local)
    if tok is None or tok.doc.lang_ != "en":
        return None
    nouns = word_sets("past_event_nouns").get("en", frozenset())
    if tok.dep_ in ("compound", "nmod", "poss") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        head = tok.head
        if head.lower_ not in nouns or _planned_kind(head):
            return None
        return "premodifier"
    if tok.i - 2 < sent.start or tok.lower_ in word_maps("weekdays").get("en", {}):
        return None  # (a weekday after the noun may be the clause's: "will face trial over the shooting on Friday")
    prep, noun = tok.nbor(-1), tok.nbor(-2)
    befell = prep.tag_ == "IN" and tok.dep_ == "pobj" and noun.pos_ == "NOUN" and noun.lower_ in nouns
    return "after" if befell else None


def _event_modifier(tok: Token) -> bool:
    """A date that premodifies a noun, its event's day ("Police to probe Monday crash", "Driver to be
    charged over Sunday crash", "victims of Sunday's crash to be returned"): what the infinitive plans is
    done to a thing already dated, not on that day. Only a noun after a preposition or in the subject: the
    object of the infinitive may be the planned event itself ("Parliament to hold Tuesday vote")."""
    if tok.dep_ not in ("compound", "poss", "nmod") or tok.head.pos_ != "NOUN" or tok.head.i < tok.i:
        return False
    noun = tok.head
    for _ in range(6):
        if noun.dep_ in ("pobj", "nsubj", "nsubjpass"):
            return True
        if noun.head.i == noun.i or noun.pos_ in ("VERB", "AUX"):
            return False
        noun = noun.head
    return False


def _headline_infinitive(tok: Token, governors: frozenset[str]) -> bool:
    """A headline's "to" infinitive, active or passive, that stands for a future ("Cyprus parliament to
    vote on bailout Tuesday", "Obama to visit Israel on Wednesday", "Senate set to vote Thursday",
    "Lawmakers to vote Tuesday, official says", "Pope Francis to be installed Tuesday"): with its own subject, hanging from a noun or from nothing, or under a
    word of planning whose "is" the headline left out (the parser reads "set", "expected" as pasts)."""
    passive = tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in tok.children)
    if not (tok.tag_ == "VB" or passive) or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return False  # (a passive infinitive too: "Pope Francis to be installed Tuesday", "Hostages to be freed Monday")
    if tok.head.i == tok.i or tok.head.pos_ in ("NOUN", "PROPN"):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or _lemma(tok.head) in governors


def _resultative(tok: Token) -> bool:
    """Whether a participle has the state it brings about as its complement ("Mosque set ablaze
    Sunday", "Hostages set free Monday"): an act, done, not a plan ("Vote set for Tuesday")."""
    return any(c.dep_ in ("prt", "acomp", "oprd") or (c.dep_ == "advmod" and c.tag_ == "JJ") for c in tok.children)


def _headline_planned(path: Sequence[Token], governors: frozenset[str]) -> bool:
    """A headline's bare participle or adjective of planning the date hangs from, with no verb
    between them, heading the headline or its head noun ("Vote set for Tuesday", "Talks due Monday",
    "Election scheduled for Sunday in Kenya", "Rain expected Sunday", which the parser reads as a past
    without an object): the headline left out its "is"."""
    for tok in path[1:]:
        if _lemma(tok) in governors and not _auxes(tok) and not _resultative(tok) and (tok.tag_ in ("VBN", "JJ") or (
                tok.tag_ == "VBD" and not any(c.dep_ == "dobj" for c in tok.children))):
            return tok.dep_ == "ROOT" or (tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN"))
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _token_at(sent: SpacySpan, local: int) -> Token | None:
    """The token of ``sent`` that holds the character at ``local`` (None in a space between two
    tokens), found by bisection on the Doc's token offsets: tokens do not overlap, so only the last
    one starting at or before ``local`` can hold it."""
    doc = sent.doc
    k = bisect_right(token_starts(doc), local, sent.start, sent.end) - 1
    if k < sent.start:
        return None
    tok = doc[k]
    return tok if local < tok.idx + len(tok.text) else None


def _present_request(verb: Token, date: Token) -> bool:
    """A French verb of requesting (``fr/request_verbs``) in the simple present, the date's own verb or
    the one its infinitive hangs from, the date after what is asked for (« le syndicat appelle à une
    grève samedi », « appelle à manifester samedi »): what is asked for is to come. Not a compound or
    past tense (« a appelé samedi à la grève » dates the call), nor a date before the complement
    (« réclament samedi une hausse »)."""
    requests = word_maps("request_verbs").get("fr", {})
    for _ in range(2):
        if _lemma(verb) in requests:
            return "Fin" in _morph(verb, "VerbForm") and _morph(verb, "Tense") == ["Pres"] and not _auxes(verb) \
                and any(c.dep_ in ("obj", "obl", "obl:arg", "xcomp", "ccomp", "iobj") and verb.i < c.i < date.i
                        for c in verb.children)
        if "Inf" not in _morph(verb, "VerbForm") or verb.dep_ not in ("xcomp", "advcl", "obl", "ccomp"):
            return False
        verb = verb.head
    return False


def _past_call_for(verb: Token, date: Token) -> bool:
    """A French verb of requesting (``fr/request_verbs``) or of setting a thing to come
    (``fr/forthcoming_object_verbs``) in a compound or simple past, whose event noun object (the
    trigger lexicon's) comes between it and a calendar date with a month (« les syndicats ont appelé
    à une grève le 15 décembre », « le maire a annoncé une réunion publique le 3 novembre »): the date
    is the asked or announced event's as often as the act's, so the nearest such date reads it (a
    strike called in October for 15 December is next December's; a resignation announced on
    3 October, told in December, is this October's). Not a date before the object (« a appelé le
    15 décembre à la grève » dates the call), nor a weekday (the past one near it most often the act's)."""
    lemma = _lemma(verb)
    if lemma not in word_maps("request_verbs").get("fr", {}) \
            and lemma not in word_sets("forthcoming_object_verbs").get("fr", frozenset()):
        return False
    if not (_auxes(verb) or set(_morph(verb, "Tense")) & {"Past"}):
        return False
    if date.dep_ == "det" and date.head.i != date.i:
        date = date.head  # « le 15 décembre » from its article
    months = word_maps("months").get("fr", {})
    if not any(t.lower_ in months for t in date.subtree if t.i >= date.i):
        return False
    return any(c.dep_ in ("obj", "obl:arg", "obl") and verb.i < c.i < date.i and coref_of.event_noun(c, "fr")
               for c in verb.children)


def _noun_complement_date(path: Sequence[Token], verb: Token | None) -> bool:
    """Whether the date that ``path`` climbs from is a French « de » complement of a noun on its way
    up to ``verb`` (« Le concert de ce week-end a été annulé », « les élections de cet automne »): the
    verb's past tells nothing of the noun's event (the concert may be still to come). A bare date the
    parser hung on the object (« a fermé le parc ce week-end ») is no such complement."""
    below = path[:path.index(verb)] if verb is not None and verb in path else path
    # the date's own head, past its determiner (« ce » of « ce week-end »): not a noun higher up that
    # the date's phrase completes (« a détruit une partie des récoltes cet été »)
    head = next((t for t in below if not t.dep_.startswith("det")), None)
    return head is not None and head.dep_ == "nmod" \
        and any(c.dep_ == "case" and _prep_norm(c.text) == "de" for c in head.children)


def _verb_of_date(sent: SpacySpan, local: int) -> Token | None:
    """The verb the date at character ``local`` of ``sent`` hangs from (up to eight heads up)."""
    tok = _token_at(sent, local)
    for _ in range(8):
        if tok is None or tok.pos_ in ("VERB", "AUX"):
            return tok
        tok = tok.head if tok.head.i != tok.i else None
    return tok


def _closes(sent: SpacySpan) -> bool:
    """The sentence ends as running text does (a full stop, a question or an exclamation mark,
    maybe inside closing quotes or brackets), not as a headline."""
    for tok in reversed(sent):
        if tok.is_space or tok.is_quote or tok.is_bracket:
            continue
        return tok.text[-1:] in ".!?…"
    return False


def _bracket_joined(doc: Doc) -> list[SpacySpan]:
    """The sentences of ``doc``, one that opens with a bracket joined to the one before it when that
    one does not close on its line: the parser may cut a sentence before a square bracket ("will start
    at 10 a.m. EST [1500 GMT] on Thursday", "at 8 p.m. [1900 GMT] on Sunday": an abbreviation's full
    stop closes nothing), and the bracket's words are still of its clause."""
    joined: list[SpacySpan] = []
    for sent in doc.sents:
        last = next((t for t in reversed(joined[-1]) if not (t.is_space or t.is_quote or t.is_bracket)), None) \
            if joined else None
        if last is not None and sent[0].is_bracket and sent[0].is_left_punct \
                and not (last.is_punct and last.text[-1:] in ".!?…") \
                and "\n" not in doc.text[joined[-1].start_char:sent.start_char]:
            joined[-1] = doc[joined[-1].start:sent.end]
        else:
            joined.append(sent)
    return joined


def _run_on_headline(text: str, lo: int, hi: int, sent_end: int) -> bool:
    """Whether the line ``text[lo:hi]`` is a headline the parser ran into the text after it: it ends
    with no closing mark, its sentence goes on past its line break, and it is the text's first line or
    a blank line follows it ("Obama to visit Jordan on Friday\\nThe president arrived ..."). One line
    break inside running text (a hard-wrapped paragraph) makes no headline: the first line of a text
    wrapped by hand goes on with a small letter ("The central bank on Tuesday\\nwill raise its rate"),
    a lead after its headline with a capital; and a headline is short (a long line parsed twice would
    cost as much as the text)."""
    if hi < 0 or sent_end <= hi or hi - lo > _HEADLINE_REACH:
        return False
    line = text[lo:hi].strip().rstrip("\"'”’»)]")
    if not line or line.endswith((".", "!", "?", "…", ":", ";", ",")):
        return False
    nxt = text.find("\n", hi + 1)
    after = text[hi + 1 : nxt if nxt >= 0 else len(text)].strip()  # the next line (no copy of the rest: linear)
    if not after:
        return True  # a blank line follows
    # the text's first line (only blanks before it, found without copying them), a new sentence after it
    return _LEADING_BLANKS.match(text).end() >= lo and not after[:1].islower()  # type: ignore[union-attr]


#: The longest line read as a headline (a headline is a line of a few words).
_HEADLINE_REACH = 300
_LEADING_BLANKS = re.compile(r"\s*")


def _shouted(text: str) -> bool:
    """A line in capitals: at least two words of letters and no small letter, its lower-case form
    as long as itself (so that offsets carry over)."""
    if any(c.islower() and c.isalpha() for c in text):
        return False  # most lines: a small letter comes within a few characters
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and not any(c.islower() for c in letters) \
        and sum(1 for w in text.split() if sum(c.isalpha() for c in w) >= 2) >= 2 and len(text.lower()) == len(text)


def _tense_lookup(parsed: Sequence[tuple[Segment, Doc]]) -> Callable[[int], str | None]:
    """Map a document offset to the tense of the clause around it (``future`` or ``past``/``None``).

    Each segment's sentences are listed once, on the first call, and each sentence's tense is
    computed once (``doc.sents`` walks the whole Doc, and a document has many dates).
    """
    sentences: dict[int, list[tuple[int, int, SpacySpan]]] = {}
    tenses: dict[tuple[int, int], str] = {}
    lowered: dict[tuple[int, int], Callable[[int], str | None] | None] = {}
    futures: dict[int, list[bool]] = {}

    def sentence_tense(k: int, sent: SpacySpan) -> str:
        flags = futures.get(k)
        if flags is None:
            flags = futures[k] = future_tokens(parsed[k][1])
        return "future" if any(flags[sent.start : sent.end]) else "past"

    def clause_tense(k: int, sent: SpacySpan, local: int, verb: Token | None) -> str | None:
        """The tense of the verb whose clause holds the date: "announced Friday that it will
        give" is a past for "Friday", whatever the rest of the sentence says. None when the date
        hangs from no verb (a headline without one). ``verb``: the date's verb, :func:`_verb_of_date`
        (given: f35b's French "done" test asks this of most French dates, whose verb it has found)."""
        tok = verb
        if tok is not None and tok.tag_ == "VBG" and _tenseless(tok) and tok.head.pos_ in ("VERB", "AUX"):
            # "began deliberating on Friday and will resume Tuesday": a gerund complement of a verb of
            # beginning or ending, or of its verb's object, has no tense of its own; its verb's is the
            # date's (as :func:`english_tense` reads it in a sentence without a future)
            tok = tok.head
        if tok is None or tok.pos_ not in ("VERB", "AUX"):
            return None
        flags = futures.get(k)
        if flags is None:
            flags = futures[k] = future_tokens(parsed[k][1])
        # (not a quotation's verb the parser hung on the reporting verb after it: across_quote)
        auxes = [c for c in tok.children if c.dep_.startswith("aux") and not across_quote(c, tok)]
        perfect = word_sets("perfect_participle_auxiliaries").get(tok.doc.lang_, frozenset())
        if tok.tag_ == "VBN" and tok.i < tok.head.i and any(a.tag_ == "VBG" and a.lower_ in perfect for a in auxes) \
                and not _target_date(_path_up(sent, local)):
            # (not the date a perfect participle arranged: "Having scheduled the vote for Thursday, the
            # speaker will recess" is the coming Thursday)
            # "Having lost on Saturday, the team will need a win", "The firm, having announced cuts on
            # Tuesday, will close": a perfect participle before the verb it hangs from tells the
            # background, a thing done (not one after it: "will fly home on Friday, having played on
            # Thursday" may be still to come)
            return "preterite" if _preterite(tok) else "past"
        # "markets will be closed Friday": the parser may hang "will" from the passive's "be"
        stacked = [g for a in auxes for g in a.children if g.dep_.startswith("aux")]
        if any(flags[t.i] for t in (tok, *auxes, *stacked)):
            # "will hold its meeting in February": the date's own verb is in the future; an English one
            # by its auxiliary ("will"), through no noun, is sure enough to overrule proximity
            return "will" if tok.doc.lang_ == "en" and any(flags[t.i] for t in (*auxes, *stacked)) \
                and _own_date(_path_up(sent, local), tok, timed=True) else "future"
        if tok.doc.lang_ == "en" and _as_report(tok):
            return "past"  # "will be heard in July, as announced on Monday": the announcement's Monday
        if tok.doc.lang_ == "en" and _anticipated(_path_up(sent, local), word_maps("anticipation_words").get("en", {})):
            # "Trading was light ahead of the Easter holiday; markets will be closed on Friday": what a
            # past waits for is to come, in a sentence with a future as in one without (english_tense)
            return "awaited"
        if tok.doc.lang_ == "en" and _through_plan(_path_up(sent, local), tok):
            return "present"  # "announced plans for June": the plan's date, the nearest, not the verb's past
        past = "preterite" if _preterite(tok) else "past"
        if _done_participle(tok):
            return past  # "the bill, passed Tuesday, will go to the Senate": the participle's own past
        # Only a finite past or a compound past is a past: a bare participle ("prévue le 15
        # septembre") or an infinitive takes the tense of its sentence.
        finite_past = tok.tag_ == "VBD" or (
            "Fin" in _morph(tok, "VerbForm") and bool({"Past", "Imp"} & set(_morph(tok, "Tense")))
        )
        compound = bool(auxes) and (tok.tag_ == "VBN" or "Part" in _morph(tok, "VerbForm"))
        if compound and tok.doc.lang_ == "en" and not any(a.lemma_ == "have" or a.tag_ == "VBD" for a in auxes):
            # an English present passive is no past ("will celebrate Mass on Thursday, and his
            # inauguration is set for Tuesday", "is scheduled for"): the sentence's tense, as a participle's
            # (French « a fermé », with its auxiliary in the present, is a compound past)
            return None
        return past if finite_past or compound else None

    def english_tense(k: int, sent: SpacySpan, local: int) -> str | None:
        """The tense of an English clause without a future tense: ``future`` under a future cue
        ("is set to begin on Wednesday", "is scheduled for March 3", "plans to meet on Friday", a
        present progressive, a modal), ``past`` for a past, ``preterite`` for a past of the date's
        own verb that tells a thing done ("he resigned in April"), ``present`` for a present (the
        nearest year-less date, the coming weekday), ``headline`` for a present in a sentence without
        a closing mark (the nearest date, the last weekday), ``ahead`` for what a provision adopted
        in a past clause provides for (a future within some months).
        None when the language has no list of future cues."""
        doc = parsed[k][1]
        governors = _future_governors(doc.lang_)
        if not governors:
            return None
        tok = _token_at(sent, local)
        before = tok.nbor(-1) if tok is not None and tok.i > sent.start else None
        if before is not None and before.tag_ == "IN" and before.i > sent.start:
            before = before.nbor(-1)
        path: list[Token] = []
        for _ in range(10):
            if tok is None:
                break
            path.append(tok)
            tok = tok.head if tok.head.i != tok.i else None
        if _target_date(path):
            return "present"  # "called elections for Feb. 2", "set the trial for Jan. 14": the date planned, the nearest
        if not _closes(sent) and _headline_planned(path, governors):
            return "future"  # "Vote set for Tuesday", "Talks due Monday": the headline's "is" left out
        if before is not None and before.tag_ == "VBD":
            # "said (on) Monday it plans": the date right after a past verb is its own
            return "preterite" if _preterite(before) else "past"
        verbs = [t for t in path if t.pos_ in ("VERB", "AUX")]
        if verbs and _as_report(verbs[0]):
            return "past"  # "the plant closes in June, as announced on Monday": the announcement's Monday
        if len(verbs) > 1 and _as_participle(verbs[0]):
            verbs = verbs[1:]  # "would begin as scheduled in June": the date is the clause's, not the schedule's
        if not verbs:
            return None
        if len(path) > 2 and path[1].dep_ == "prep" and path[2].pos_ == "NOUN" and _noun_requested(path[2], doc.lang_):
            return "future"  # "have called for a general strike on Monday": the strike asked for is to come
        if len(verbs) > 1 and _done_before(verbs[0]) and _own_date(path, verbs[0]) \
                and (not _unrealised(verbs[1:]) or verbs[0].tag_ == "VBN"
                     or _lemma(verbs[0]) in word_sets("mishap_verbs").get(doc.lang_, frozenset())):
            # "goes into the final as favourite after winning in Rome on Sunday", "remains in hospital
            # after being shot on Friday": the gerund after "after" tells a thing done before the
            # clause's present (not under a modal: "will fly home after playing on Sunday", nor under
            # an infinitive: "is expected to sign after meeting on Sunday", "hope to contain it after
            # building firebreaks on Friday", unless the gerund is a passive or a mishap of
            # ``lexicons/<lang>/mishap_verbs.tsv``, which has befallen already: "is likely to miss the
            # match after being injured on Sunday", "is expected to miss the final after hurting his knee on Sunday")
            return "past"
        if len(verbs) > 1 and _done_before(verbs[0]) and _own_date(path, verbs[0]) and verbs[0].tag_ == "VBG" \
                and any(a.tag_ == "MD" for a in _auxes(verbs[1])):
            # "said they would leave the square after holding an assembly on Sunday": the gerund's date
            # is read as its modal verb's, "would leave ... on Sunday"
            verbs = verbs[1:]
        if not _closes(sent) and _headline_infinitive(verbs[0], governors) and not _event_modifier(path[0]):
            return "future"  # a headline's infinitive tells what is to come
        if _anticipated(path, word_maps("anticipation_words").get(doc.lang_, {})):
            # "rose ahead of Friday's jobs report": the report is to come (after a day the sentence gives:
            # "fell on Monday ahead of Tuesday's vote", :func:`kg.extract.temporal.resolve`)
            return "awaited" if doc.lang_ == "en" else "future"
        if _reported_waiting(verbs[0]):
            return "future"  # "said on Monday they were waiting for Tuesday's decision": the decision to come
        if _anticipated(path, word_maps("cause_words").get(doc.lang_, {})):
            return "past"  # "work stopped due to Tuesday's shutdown": a cause has come about already
        weekday = path[0].lower_ in word_maps("weekdays").get(doc.lang_, {})
        if _object_purpose(verbs) and not weekday:
            # "approved a bill to fund the government through September": what it provides for comes
            # after it, within some months (:data:`kg.extract.temporal._AHEAD_REACH`); a weekday there
            # most often dates the act itself ("passed a bill to fund it on Thursday", the parser
            # hanging the weekday on the infinitive)
            return "ahead"
        commitments = word_sets("commitment_verbs").get(doc.lang_, frozenset())
        # verbs of wanting and needing in the present look ahead like those of planning (not in a
        # headline's participle: "Man wanted for Sunday shooting")
        desires = word_sets("desire_verbs").get(doc.lang_, frozenset())
        for n, t in enumerate(path[1:], 1):
            if t is verbs[0] and t.lemma_ == "be" and t.tag_ in ("VBZ", "VBP") \
                    and any(c.dep_ == "acomp" and _lemma(c) in governors for c in t.children):
                # "elections are due in March", the date hung from the copula: to come; by a preposition
                # of its time, as sure as "will" ("a verdict is due by December 31", told in February:
                # this December, ten months away, not the last one)
                acomp = next(c for c in t.children if c.dep_ == "acomp" and _lemma(c) in governors)
                if doc.lang_ == "en" and (_own_date(path, t, timed=True) or _own_date(path, acomp, timed=True)):
                    return "will"
                return "future"
            if t is verbs[0] and (_committed_infinitive(t, commitments) or _present_be_to(t)):
                return "future"  # "agreed to meet again on Friday", "is to return on Saturday": to come
            if t is verbs[0] and weekday and _past_be_to(t):
                # "was to address the camp on Saturday": a plan told in a past, on either side of the
                # telling, the nearest such weekday (kg.extract.temporal reads "planned")
                return "planned"
            if t.lemma_.lower() in desires and t.tag_ in ("VBZ", "VBP") and t is not verbs[0] \
                    and path[n - 1].dep_ not in ("prep", "advcl", "mark", "advmod", "npadvmod"):
                # "the minister wants the law passed by October", "needs to raise it by June" (what the
                # verb wants, not an adjunct of it: "needs surgery after breaking his leg in March")
                return "future"
            if _lemma(t) in governors and t.pos_ in ("VERB", "AUX", "ADJ") \
                    and (not _past_form(t) or _backshifted(t, weekday=weekday) or _present_perfect(t, path)):
                if t.tag_ == "VBN" and not _auxes(t):
                    if verbs[0].head.i == t.i and verbs[0].dep_ == "xcomp" \
                            and any(a.tag_ == "TO" for a in _auxes(verbs[0])):
                        # "the deal, expected to close in the second quarter, is worth": what the
                        # participle plans is its infinitive, to come
                        return "future"
                    if _with_absolute(t):
                        return "future"  # "began hearing arguments, with a ruling expected in June": to come
                    continue  # a bare participle ("the meeting scheduled for Friday") says nothing
                if t is verbs[0] and t.tag_ not in ("VBN", "JJ"):
                    continue  # an active "plans" governs the date through its complement only
                if doc.lang_ == "en" and t.tag_ == "VBN" and any(a.tag_ in ("VBZ", "VBP") for a in _auxes(t)) \
                        and _own_date(path, t, timed=True):
                    # "a ruling is expected by December 31", "the vote is expected in March": a plan in the
                    # present for the time its own preposition gives, as sure as "will" (ten months away)
                    return "will"
                return "future"
            if t.tag_ in ("VBD", "VBZ", "VBP", "MD") or _done_participle(t) or (
                    t.pos_ in ("VERB", "AUX") and any(a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in _auxes(t))):
                # the cues of a higher clause do not reach down ("said it planned"), nor past a verb
                # with a finite auxiliary ("is expected to vote on the plan, which was approved Thursday")
                break
        verb = verbs[0]
        if verb.tag_ == "VBN" and verb.dep_ == "acl" and not _auxes(verb) and _lemma(verb) in governors \
                and len(verbs) > 1:
            # "the ruling, expected in June, could affect millions": a bare participle of planning says
            # nothing of its own; the clause it hangs in does ("the meeting, scheduled for Friday, was
            # called off" stays a past)
            verb = verbs[1]
        if verb.tag_ == "VBG" and not _auxes(verb) and len(verbs) > 1 \
                and verb.lemma_.lower() in word_sets("starting_participles").get(doc.lang_, frozenset()):
            # "Starting Monday, drivers must pay", "a road trip starting Wednesday": the point a thing
            # starts from has the tense of the clause the participle hangs in
            verb = verbs[1]
        if verb is verbs[0] and len(verbs) > 1 and _tenseless(verb) and _own_date(path, verb) \
                and verb.lemma_.lower() not in word_sets("be_to_idioms").get(doc.lang_, frozenset()):
            # a "to" infinitive, or a gerund after its noun, has no tense of its own: it takes the one of
            # the verb it hangs from ("wants to open it in April", "the company sees growth returning in
            # the second half"; not the date of a noun it governs, "is to blame for the blast on
            # Sunday"; nor a gerund object, often done: "denies killing him on Monday")
            verb = verbs[1]
        auxes = _auxes(verb)
        if not auxes and verb.tag_ == "VB" and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            # "would fund the agencies and allow borrowing until Feb. 7", "will meet and vote on Tuesday": a
            # bare verb joined to another shares its auxiliary, the modal that looks ahead
            auxes = _auxes(verb.head)
        if _through_plan(path, verb) and (_past_form(verb) or _done_participle(verb) or verb.tag_ == "VBN"):
            return "present"  # "announced plans for June": the plan's date, the nearest, not the verb's past
        if _past_form(verb) or _done_participle(verb):
            # the date's own verb in a past ("he resigned in April"), not one it was planned from
            return "preterite" if verb is verbs[0] and _preterite(verb) else "past"
        if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "future"  # "is meeting on Friday"
        if any(a.tag_ == "MD" for a in auxes):
            return "future"  # "could end on Friday", "would meet Monday": a modal looks ahead
        # "Lawmakers left Washington and return Monday": a bare verb joined to a finite one that has no
        # auxiliary to share is a present the tagger took for a base form (a past would be "returned")
        # ("reported losses and cut jobs on Monday": not a verb whose past is its base, en/unchanged_past_verbs;
        # "helped clean and rebuild the school": nor one of two bare verbs a past governs)
        present_conj = not auxes and verb.tag_ == "VB" and verb.dep_ == "conj" and not _auxes(verb.head) \
            and verb.head.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "mark" for c in verb.head.children) \
            and not (verb.head.tag_ == "VBD"
                     and verb.lower_ in word_sets("unchanged_past_verbs").get(doc.lang_, frozenset())) \
            and not any(c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB" for c in verb.head.children)
        # "Tickets for the game go on sale at 10 a.m. Tuesday": a main verb with its own subject and no
        # auxiliary that the tagger took for a base form after a noun is a present too (an imperative
        # has no subject, a subjunctive is no main verb)
        present_root = not auxes and verb.tag_ == "VB" and verb.dep_ == "ROOT" \
            and any(c.dep_ == "nsubj" for c in verb.children)
        if verb.tag_ in ("VBZ", "VBP") or present_conj or present_root or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
                return "preterite" if _preterite(verb) else "past"  # a present perfect
            # A headline tells past news in the present ("Obama signs bill Monday"): only a
            # sentence that closes like one is read as a schedule.
            if not _closes(sent):
                return "headline"
            if verb is verbs[0] and _scheduled(verb) and _own_date(path, verb, timed=True):
                return "will"  # "the law takes effect Jan. 1": next January, even ten months away
            if verb is verbs[0] and _scheduled_copula(verb, path) and _own_date(path, verb, timed=True):
                # "the election is Nov. 5", "the vote is in November", told in March: a planned event
                # whose date the present "is" gives lies ahead (a past one "was"), within the
                # reach of a future (a date a few weeks gone stays the nearest)
                return "future"
            return "present"
        return None

    def prospective(k: int, sent: SpacySpan, local: int, verb: Token | None) -> bool:
        """Whether the verb the date hangs from is an infinitive under a modal of
        ``lexicons/<lang>/prospective_modals.tsv`` ("le vote doit avoir lieu mardi", "l'État qui
        pourrait faire basculer le scrutin en novembre"), or under any other verb in the simple
        conditional ("voudrait rouvrir en mars"; not a compound one, "aurait pu"): its clause looks
        ahead like a future. A modal of another clause of the sentence says nothing of the date.
        ``verb``: the date's verb, :func:`_verb_of_date`."""
        modals = word_sets("prospective_modals").get(parsed[k][1].lang_)
        if not modals:
            return False
        planners = word_sets("planning_verbs").get(parsed[k][1].lang_, frozenset())
        # a wish both modal and planning (« vouloir »)
        modal_heads = planners & set(word_maps("modal_heads").get(parsed[k][1].lang_, {}))
        tok = verb
        for step in range(4):
            if tok is None or tok.pos_ not in ("VERB", "AUX"):
                return False
            auxes = _auxes(tok)
            if any(t.lower_ in modals for t in (tok, *auxes)):
                return True
            if step and "Cnd" in _morph(tok, "Mood") and not auxes:
                return True
            if tok.lemma_.lower() in planners and "Part" in _morph(tok, "VerbForm") and auxes \
                    and all(a.lemma_ == "être" and _morph(a, "Tense") == ["Pres"] for a in auxes):
                return True  # "la rencontre est prévue samedi": scheduled, in the present passive
            if tok.lemma_.lower() in modal_heads and (auxes or set(_morph(tok, "Tense")) & {"Imp", "Past"}):
                # « a voulu rassurer les élus mercredi », « aurait voulu partir lundi »: a past wish
                # (a planning verb also in <lang>/modal_heads, in a compound or past tense) tells no
                # plan ahead
                return False
            if tok.lemma_.lower() in planners and tok.pos_ == "VERB" \
                    and not any("Imp" in _morph(t, "Tense") for t in (tok, *auxes)) \
                    and (step or any(_morph(c, "VerbForm") == ["Inf"] for c in tok.children)):
                # "a prévu de revenir lundi", "prévoit de fermer en mars"; the date may hang from the
                # planning verb itself when the parser attaches it there ("envisage de partir mardi")
                return True
            # an infinitive, or a participle whose auxiliary is one ("doit être achevé en septembre",
            # a passive infinitive): up to the verb that governs it
            infinitive = _morph(tok, "VerbForm") == ["Inf"] or any(_morph(a, "VerbForm") == ["Inf"] for a in auxes)
            if not infinitive or tok.head.i == tok.i:
                return False
            tok = tok.head  # "faire basculer": up the infinitives to their modal
        return False

    def until_present(k: int, sent: SpacySpan, local: int) -> bool:
        """Whether the date follows a word of ``lexicons/<lang>/until_prepositions.tsv`` (« jusqu'au
        30 septembre ») in a clause in the present indicative (« l'exposition est visible », « le
        musée reste fermé »): what lasts until then lasts from now, so the date is ahead. Not in a
        compound past (« a été fermé jusqu'au 30 », "has been closed until October")."""
        words = word_sets("until_prepositions").get(parsed[k][1].lang_)
        if not words:
            return False
        text = doc_text(parsed[k][1])
        before = " ".join(text[max(0, local - 14) : local].lower().replace("’", "'").split())
        if not any(before.endswith(w) for w in words):
            return False
        tok = _token_at(sent, local)
        for _ in range(8):
            if tok is None or tok.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in tok.children):
                break
            tok = tok.head if tok.head.i != tok.i else None
        if tok is None:
            return False
        if tok.dep_ == "acomp" and tok.head.i != tok.i:
            tok = tok.head  # "the store stays closed until November": the verb the participle complements
        if tok.tag_ in ("VBG", "VBN") and not _auxes(tok) and tok.dep_ in ("xcomp", "ccomp", "oprd") and tok.head.i != tok.i \
                and tok.head.pos_ in ("VERB", "AUX"):
            # "keeps the government running through Sept. 30", "keeps agencies funded through
            # mid-January": the verb that governs the gerund or the participle
            tok = tok.head
        elif tok.tag_ == "VBN" and not _auxes(tok) and tok.dep_ == "acl" and tok.head.dep_ == "dobj" and tok.head.head.pos_ in ("VERB", "AUX"):
            tok = tok.head.head  # the parser reads "keeps agencies funded through" as a reduced relative
        helpers = [c for c in tok.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
        finite = [t for t in (tok, *helpers) if "Fin" in _morph(t, "VerbForm")]
        if not finite or any(t.lemma_ in ("avoir", "have") or t.lower_ == "été" for t in helpers):
            return False
        # English finite verbs other than "be" carry no mood ("stays", "remains")
        return all(_morph(t, "Tense") == ["Pres"] and _morph(t, "Mood") in (["Ind"], []) for t in finite)

    def postponed(k: int, sent: SpacySpan, local: int) -> bool:
        """Whether the date follows a word of ``lexicons/<lang>/postponement_prepositions.tsv`` right
        under a verb of ``lexicons/<lang>/postponement_verbs.tsv`` ("the hearing was adjourned until
        Monday", "the vote was postponed to Thursday"): what is put off is put off to a time ahead,
        whatever the tense of the verb that puts it off ("postponed from Monday" stays a past); so does
        a time given as a deadline ("was given until Monday to find the money", « a donné jusqu'au 30
        juin »)."""
        lang = parsed[k][1].lang_
        verbs = word_sets("postponement_verbs").get(lang)
        if not verbs:
            return False
        preps = word_sets("postponement_prepositions").get(lang, frozenset())
        tok = _token_at(sent, local)  # by bisection: a scan of the sentence made every date cost its length
        if tok is None:
            return False
        if tok.dep_ == "det" and tok.head.dep_ == "pobj" and lang == "en":
            tok = tok.head  # "postponed to the end of February": the date's noun, after its article
        while lang == "en" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
            # "delayed to the week of April 8", "adjourned until the end of the month": the date is put off
            # with the noun phrase it completes
            tok = tok.head.head
        if tok.dep_ == "pobj":  # English: the preposition heads the date
            verb = tok.head.head
            if verb.dep_ in ("advmod", "prt"):
                verb = verb.head  # "pushed the launch back to June"
            return tok.head.lower_ in preps and verb.lemma_.lower() in verbs
        # Universal Dependencies (French): the preposition hangs from the date, the date from the verb
        return any(c.dep_ == "case" and c.lower_ in preps for c in tok.children) and tok.head.lemma_.lower() in verbs

    def until_weekday(k: int, sent: SpacySpan, local: int, verb: Token | None) -> bool:
        """Whether an English weekday follows a word of ``lexicons/en/until_prepositions.tsv`` under a
        verb of warning or foreseeing (``lexicons/en/commitment_verbs.tsv``, ``future_governors.tsv``:
        "warned of flooding through Saturday", "forecast rain until Tuesday"): the end of what was
        foreseen may lie on either side of the telling (the coming Saturday, told on Friday), so the
        nearest such weekday reads it, as a plan told in a past does. Not a verb of what lasted ("the
        storm lasted through Monday": the past Monday)."""
        doc = parsed[k][1]
        words = word_sets("until_prepositions").get(doc.lang_)
        if doc.lang_ != "en" or not words or verb is None:
            return False
        lemma = _lemma(verb)
        if lemma not in word_sets("commitment_verbs").get("en", frozenset()) and lemma not in _future_governors("en"):
            return False
        before = doc_text(doc)[max(0, local - 9) : local].lower().split()
        tok = _token_at(sent, local)
        return bool(before) and before[-1] in words and tok is not None \
            and tok.lower_ in word_maps("weekdays").get("en", {})

    def after_deadline(k: int, local: int) -> bool:
        """Whether the date follows a word of ``lexicons/<lang>/deadline_prepositions.tsv`` (« d'ici le
        30 juin »): a deadline lies ahead, whatever the tense of the clause (« a promis un accord
        d'ici le 30 juin »)."""
        words = word_sets("deadline_prepositions").get(parsed[k][1].lang_)
        if not words:
            return False
        text = doc_text(parsed[k][1])
        before = " ".join(text[max(0, local - 14) : local].lower().replace("’", "'").split())
        return any(before == w or before.endswith(" " + w) for w in words)

    def since_point(k: int, local: int) -> bool:
        """Whether the date follows a word of ``lexicons/<lang>/past_point_prepositions.tsv``
        ("have been meeting since Monday", "under way since Monday, are expected to end Sunday"):
        what has lasted since then began before now, so the date lies behind whatever the tense."""
        words = word_sets("past_point_prepositions").get(parsed[k][1].lang_)
        if not words:
            return False
        doc = parsed[k][1]
        text = doc_text(doc)
        before = text[max(0, local - 12) : local].lower().split()
        if not (before and before[-1] in words and text[local - 1 : local].isspace()):
            return False
        # "since" as "because" opens a clause whose subject the date is ("… close early on Friday
        # since Monday is a holiday"): the parse marks the conjunction, or the date as a subject
        at = text.lower().rfind(before[-1], max(0, local - 12), local)
        word = doc.char_span(at, at + len(before[-1]), alignment_mode="expand")
        date = doc.char_span(local, local + 1, alignment_mode="expand")
        return not (word is not None and word[0].dep_ == "mark") and not (
            date is not None and date[0].dep_ in ("nsubj", "nsubjpass"))

    def shouted_tense(k: int, local: int) -> Callable[[int], str | None] | None:
        """When the line around ``local`` is written in capitals ("LE VILLAGE FERA LA FÊTE
        DIMANCHE."), the tenses of that line read in small letters (offsets from the line's start):
        the models see no verb in a shouted line. None for a line in ordinary case."""
        text = doc_text(parsed[k][1])
        lo = text.rfind("\n", 0, local) + 1
        if (k, lo) not in lowered:
            hi = text.find("\n", local)
            line = text[lo : len(text) if hi < 0 else hi]
            look = None
            if _shouted(line):
                small = line.lower()
                lang = parsed[k][0].lang
                look = _tense_lookup(((Segment(lo, lo + len(small), lang), load_model(lang)(small)),))
            lowered[(k, lo)] = look
        return lowered[(k, lo)]

    def headline_tense(k: int, sent: SpacySpan, local: int) -> Callable[[int], str | None] | None:
        """When the date stands on an English headline that the parser ran into the lead
        (:func:`_run_on_headline`), the tenses of the headline parsed alone (offsets from the line's
        start): the lead's verbs and full stop would make "Stocks fall Tuesday" a schedule and "Obama
        to visit Jordan on Friday" a past. None otherwise."""
        if parsed[k][1].lang_ != "en":
            return None
        text = doc_text(parsed[k][1])
        # (the line's start looked for no further back than a headline's length: on one long line, every
        # date would search back to the text's start)
        lo = text.rfind("\n", max(0, local - _HEADLINE_REACH - 1), local) + 1
        if lo == 0 and local > _HEADLINE_REACH + 1:
            return None  # a line longer than any headline
        key = (k, -1 - lo)  # beside the shouted lines' keys, never equal to them
        if key not in lowered:
            hi = text.find("\n", local)
            look = None
            if _run_on_headline(text, lo, hi, sent.end_char):
                line = text[lo:hi]
                look = _tense_lookup(((Segment(lo, lo + len(line), "en"), load_model("en")(line)),))
            lowered[key] = look
        return lowered[key]

    def tense_at(offset: int) -> str | None:
        for k, (seg, doc) in enumerate(parsed):
            if not seg.start <= offset < seg.end:
                continue
            local = offset - seg.start
            sents = sentences.get(k)
            if sents is None:
                sents = sentences[k] = [(s.start_char, s.end_char, s) for s in _bracket_joined(doc)]
            for n, (a, b, sent) in enumerate(sents):
                if a <= local < b:
                    shouted = shouted_tense(k, local)
                    if shouted is not None:
                        return shouted(local)
                    headline = headline_tense(k, sent, local)
                    if headline is not None:
                        return headline(local)
                    if since_point(k, local):
                        # "since April": before now, even told in March
                        return "preterite" if doc.lang_ == "en" else "past"
                    befallen = _befallen_event(sent, local)
                    if befallen == "premodifier":
                        return "past"  # "will charge him over the August bombing": the bombing's, over
                    found = tenses.get((k, n))
                    if found is None:
                        found = tenses[(k, n)] = sentence_tense(k, sent)
                    if befallen == "after" and found != "future":
                        # "to indict him in the shooting in August": the shooting's; not in a future
                        # ("will be sentenced for the attack in March": the sentencing's, to come)
                        return "past"
                    # the date's verb, looked up once for the tests below (f35b's "done" test and the
                    # French modals asked it again, about two in three French dates)
                    verb = _verb_of_date(sent, local)
                    if found == "future":  # only a sentence with a future may have a past clause
                        return clause_tense(k, sent, local, verb) or found
                    asked = verb if doc.lang_ == "fr" else None
                    at = _token_at(sent, local) if asked is not None else None
                    if asked is not None and at is not None and _present_request(asked, at):
                        return "future"  # « appelle à une grève samedi », « à manifester samedi »: to come
                    if asked is not None and at is not None and _past_call_for(asked, at):
                        return "present"  # « ont appelé à une grève le 15 décembre »: the nearest 15 December
                    if postponed(k, sent, local):
                        # "the vote was postponed to Thursday", « renvoyé à jeudi », told on a Thursday: put off
                        # to a day ahead, the next Thursday (kg.extract.temporal reads it as a future otherwise)
                        return "postponed"
                    if prospective(k, sent, local, verb) or until_present(k, sent, local) or after_deadline(k, local):
                        return "future"
                    if asked is not None and at is not None and _future_in_past(asked, at):
                        return "future"  # « a annoncé qu'il serait jugé en octobre »: a future in the past
                    told = english_tense(k, sent, local) or found
                    if told in ("past", "preterite") and until_weekday(k, sent, local, verb):
                        return "planned"  # "warned of flooding through Saturday", told on Friday: tomorrow
                    if told == "past" and doc.lang_ == "fr" and clause_tense(k, sent, local, asked) == "past" \
                            and not _noun_complement_date(_path_up(sent, local), asked) \
                            and not (asked is not None and _present_passive(asked)):
                        # (f35b) a French clause reads "past" in a present too; the date's own verb in a
                        # compound or finite past (« a été arrêté ce week-end ») tells a thing done
                        # (kg.extract.temporal reads it as a plain past, but for « ce week-end », « cet été »)
                        # (not a present passive, « le ministre est reçu en fin de semaine »: a present, told
                        # of this week's end as of one to come)
                        return "done"
                    return told
        return None

    return tense_at


#: A piece of a document and its Doc, with the window-local results (:mod:`kg.analyse.windowlocal`)
#: when the second process has read them already.
_Parsed = tuple[Segment, "Doc"] | tuple[Segment, "Doc", WindowExtracts | None]


def analyse_document(
    document: Document,
    parsed: Iterable[_Parsed],
    *,
    lang: str,
    gazetteer: Gazetteer,
    models: Sequence[str],
    segments: Sequence[Segment] | None = None,
) -> Analysis:
    """Run every extractor on one document whose segments are already parsed.

    ``parsed`` gives, in text order, each piece of the document read by spaCy and its Doc; by
    default the pieces are the language segments. A long document is read in windows
    (:mod:`kg.analyse.windows`): ``segments`` are then its language segments, the pieces cut them
    at paragraph breaks, and ``parsed`` may be a generator that parses each window when asked, so
    that only one window's Doc is alive at a time; a third item of a pair, when given, holds the
    window-local results of that window (:mod:`kg.analyse.windowlocal`, computed by the second
    process that parsed it: the same as read here). Everything read from a Doc is read window by
    window; the steps that need the whole document (merging the mentions of one entity, the dates
    anchored on earlier dates, quotations and events attached across sentences) run on the results
    of every window.
    """
    text = document.text
    if segments is None:
        parsed = list(parsed)
        segments = tuple(item[0] for item in parsed)
    segments = tuple(segments)
    reader = temporal.TimexReader(text, dct=document.date)
    timexes: list[Timex] = []
    mentions: list[EntityMention] = []
    sentences: list[Span] = []
    events: list[EventMention] = []
    quotes: list[Quote] = []
    frames: list[quo.QuoteFrame] = []
    memberships: list[Membership] = []
    cues: list[coref_of.CorefCues] = []
    parent = -1
    for item in parsed:
        piece, doc = item[0], item[1]
        done = item[2] if len(item) > 2 else None  # type: ignore[misc]
        # The language segment this piece is part of: a new one, or the same as the last piece's.
        k = parent
        while k + 1 < len(segments) and segments[k + 1].start <= piece.start:
            k += 1
        seg = segments[k] if k >= 0 else piece
        found = reader.read(
            seg, piece.start, piece.end, tense_at=_tense_lookup(((piece, doc),)), continues=k == parent,
            candidates=done.timex_candidates if done is not None and piece.lang == seg.lang else None,
        )
        found.sort(key=lambda t: (t.start, t.end))
        parent = k
        timexes += found
        if done is None:
            mentions += window_mentions(doc, lang=piece.lang, offset=piece.start, gazetteer=gazetteer)
        else:
            mentions += done.mentions
        for sent in doc.sents:
            a, b = sent.start_char + piece.start, sent.end_char + piece.start
            sentences.append(Span(a, b, text[a:b]))
        events += evt.events_from_doc(doc, lang=piece.lang, offset=piece.start, timexes=found)
        quotes += quo.quotes_from_doc(doc, lang=piece.lang, offset=piece.start, timexes=found)
        # a quotation and its incise routed to two parsers: the frame is joined to it below
        frames += quo.frames_from_doc(doc, lang=piece.lang, offset=piece.start, timexes=found)
        if done is None:
            memberships += window_memberships(doc, lang=piece.lang, offset=piece.start)
            cues.append(window_cues(doc, lang=piece.lang, offset=piece.start))
        else:
            memberships += done.memberships
            cues.append(done.cues)
        del doc, item  # the next window is parsed while this one is no longer referenced
    return _document_steps(
        document, segments, lang=lang, gazetteer=gazetteer, models=models, timexes=timexes, mentions=mentions,
        sentences=sentences, events=events, quotes=quotes, memberships=memberships, cues=cues, frames=frames,
    )


def _document_steps(
    document: Document,
    segments: tuple[Segment, ...],
    *,
    lang: str,
    gazetteer: Gazetteer,
    models: Sequence[str],
    timexes: list[Timex],
    mentions: list[EntityMention],
    sentences: list[Span],
    events: list[EventMention],
    quotes: list[Quote],
    memberships: list[Membership],
    cues: list[coref_of.CorefCues],
    frames: list[quo.QuoteFrame],
) -> Analysis:
    """The steps of :func:`analyse_document` that read the results of every window at once."""
    text = document.text
    timexes.sort(key=lambda t: (t.start, t.end))
    quotes = quo.with_framed_quotes(text, quotes, frames)
    mentions = mentions_of.with_model_mentions(text, mentions)
    # "Varga scores twice" ... "Tomas Varga scored": the headline's surname the model read as a place.
    mentions = mentions_of.with_headline_surnames(text, mentions)
    mentions = mentions_of.with_surnames(text, mentions_of.with_given_names_of_surnames(text, mentions))
    mentions = mentions_of.with_repeated_names(text, mentions, segments=segments)
    mentions = mentions_of.with_repeated_organisations(text, mentions)
    mentions = mentions_of.with_cut_leading_words(text, mentions, lang)
    mentions = mentions_of.with_dropped_kind_words(text, mentions, lang)
    mentions = mentions_of.with_company_short_names(text, mentions)
    mentions = mentions_of.with_places_named_as_companies(mentions, text)
    mentions = listed_people.with_listed_people(text, mentions, lang)
    mentions = datelines.with_dateline_places(text, mentions, lang)
    mentions = locatives.with_locative_places(text, mentions, lang)
    # "neighbourhoods such as Ciutat Vella and Gracia": the examples of a kind are of that kind.
    mentions = mentions_of.with_kind_listed_types(text, mentions)
    # "a chip made by Qualcomm": a person of one word the text never names in full is none.
    mentions = mentions_of.without_unnamed_people(mentions_of.with_listed_full_names(text, mentions), text)
    entities = tuple(mentions_of.merge_mentions(mentions, gazetteer=gazetteer, lang=lang, text=text))
    sentences.sort(key=lambda s: s.start)
    # Within-document coreference: pronouns and descriptions join the chains of the named entities.
    # The entities the text does not name get chains of their own ("the plane" ... "it").
    # "thousands of workers": one phrase, the workers counted, not two.
    cues = quantity_phrases.with_quantity_phrases(text, cues)
    # "Zorba Motors, Vexal Auto seek aid": a headline's list of names is a group mention.
    cues = headline_lists.with_headline_lists(text, cues, entities)
    entities, unnamed = coref_of.resolve_chains(text, entities, cues, sentences, quotes, memberships, events, timexes)
    # "Its chief executive, Jane Roe": the title's possessor is the organisation its chain follows.
    memberships = memberships_of.with_chain_possessors(text, memberships, entities)
    unnamed = headline_lists.with_counted_headline_lists(text, entities, unnamed)
    # "the broader Standard & Poor's 500 index": a mention of the index its name names.
    entities, unnamed = named_kind_phrases.with_named_kind_phrases(entities, unnamed)
    # "Apple executive leaves company": a headline's description is the entity the lead names.
    entities, unnamed = headline_descriptions.with_headline_descriptions(text, entities, unnamed, sentences)
    post_quotes, post_events = attach.embedded_posts(text, segments, timexes, sentences)
    quotes += post_quotes
    events += post_events
    events = attach.asserted_polarity(events)
    events = attach.statements_for_quotes(events, quotes, sentences)
    events = attach.attach_places(events, mentions, sentences)
    # « L'association UFC-Que Choisir a porté plainte »: the parse's subject « Choisir » is the name
    events, quotes = attach.arguments_over_names(events, quotes, [m for e in entities for m in e.mentions])
    # « Grève chez Valmont … La direction a annoncé »: the company as the document types its names
    events = attach.managements_over_names(events, [m for e in entities if e.type == "ORG" for m in e.mentions], text, lang)
    events = attach.attach_times(events, timexes=timexes, sentences=sentences, segments=segments, document=document)
    events = coref_of.coreference_via(events, entities)
    published = document.date.iso() if document.date is not None and document.date.granularity == "day" else None
    # a French definite event noun has the participants of the act it takes up (« Le rachat » after
    # « Acme a racheté Beta »); English keeps each mention's own
    events = eventcoref.corefer_events(
        events, entities=entities, sentences=sentences, published=published, inherit_arguments=lang == "fr",
        headline=attach.headline_tellings(events, text) if lang == "fr" else None,
    )
    return Analysis(
        document=replace(document, lang=lang),
        segments=segments,
        sentences=tuple(sentences),
        entities=entities,
        timexes=tuple(timexes),
        events=tuple(events),
        quotes=tuple(quotes),
        memberships=tuple(memberships),
        models=tuple(models),
        unnamed=unnamed,
    )


def analyse(
    documents: Iterable[Document],
    *,
    options: Options | None = None,
    gazetteer: Gazetteer | None = None,
) -> Iterator[Analysis | KGError]:
    """Analyse documents in batches, yielding one result (or one coded error) per document, in order.

    With ``options.prefetch`` (the default), spaCy parses the next batch in a background thread
    while the extractors read the current one, this thread's work and the driver's: spaCy's
    parsers and matrix products run without Python's global lock, so on a machine with a free core
    the extractors cost little wall-clock time. Only one batch is ever parsed ahead, and a document
    read in windows (:mod:`kg.analyse.windows`) waits for that parse to end before parsing its own
    windows, so a model never runs in two threads at once. The results are the same either way.
    """
    opts = options or Options()
    return analyse_planned(
        (_plan_batch(batch, opts) for batch in _batches(documents, opts.batch_size)),
        gazetteer=gazetteer,
        prefetch=opts.prefetch,
        helper=opts.parse_helper,
    )


def analyse_planned(
    planned: Iterable[Sequence[Plan | KGError]],
    *,
    gazetteer: Gazetteer | None = None,
    prefetch: bool = True,
    helper: bool = False,
) -> Iterator[Analysis | KGError]:
    """:func:`analyse` of documents planned already (:func:`kg.analyse.plan.plan_documents`), one
    batch of plans at a time: what a worker does with the plans the driver sends. The same results.
    ``helper``: the windows of a long document are parsed partly in a second process
    (:mod:`kg.analyse.parsehelper`)."""
    gaz = gazetteer or default_gazetteer()
    second = ParseHelper(gaz, warm_up=warm_up_extractors) if helper else None
    try:
        if not prefetch:
            for plans in planned:
                yield from _analyse_plans(plans, _parse_plans(plans), gaz, helper=second)
            return
        from concurrent.futures import ThreadPoolExecutor, wait
        from functools import partial

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-parse") as parser:
            ahead = None  # (plans, future of their parse) of the batch parsed in the background
            for plans in planned:
                future = parser.submit(_parse_plans, plans)
                if ahead is not None:
                    yield from _analyse_plans(
                        ahead[0], ahead[1].result(), gaz, quiesce=partial(wait, [future]), parser=parser, helper=second
                    )
                ahead = (plans, future)
            if ahead is not None:
                yield from _analyse_plans(ahead[0], ahead[1].result(), gaz, parser=parser, helper=second)
    finally:
        if second is not None:
            second.close()


def rehearse(langs: Sequence[str], *, gazetteer: Gazetteer | None = None) -> None:
    """Analyse, and throw away, one invented news text of each of ``langs`` that has one
    (``lexicons/xx/warm_up_texts.tsv``), in this thread only: what the extractors build on their
    first document (regular expressions, word lists, matchers, about 0.5 s of CPU) is then built
    once, before a process forks or while it waits, instead of on its first document. An analysis
    depends on nothing a document before it left (the same holds for a worker's second batch), so
    the analyses after it are the same. Each text is read in its own language only (no routing of
    its sentences): the rehearsal never loads the language detector, nor a model ``langs`` does not
    name, whatever the texts say. ``gazetteer``: the build's (default: the default gazetteer)."""
    from kg.knowledge.words import rows

    texts = {row[0]: row[1] for row in rows("xx", "warm_up_texts") if len(row) > 1}
    documents = [Document(id=f"warm-up-{lang}", text=texts[lang], source="warm-up", lang=lang) for lang in langs if lang in texts]
    if documents:
        for _ in analyse_planned([plan_documents(documents, Options(route_languages=False))], gazetteer=gazetteer, prefetch=False):
            pass


def warm_up_extractors(langs: Sequence[str], *, gazetteer: Gazetteer | None = None) -> None:
    """Build what the first document of each of ``langs`` builds otherwise, the models being loaded:
    the gazetteer's phrase matcher, the date rules (about 0.3 s of CPU per language) and the rest
    of the extractors' first use (:func:`rehearse`). Run by a worker pool's fork server
    (:mod:`kg.analyse.preload`) and by the second process of a long document
    (:class:`kg.analyse.parsehelper.ParseHelper`), while its parent parses the first window."""
    from kg.extract.entities import gazetteer_matcher

    gaz = gazetteer or default_gazetteer()
    for lang in langs:
        gazetteer_matcher(load_model(lang), gaz)
        temporal.find_timexes("1", lang=lang)  # compiles the language's rule table (cached)
    rehearse(langs, gazetteer=gazetteer)


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_Plan = Plan
#: Each document's language, segments and windows (:func:`kg.analyse.plan.plan_documents`).
_plan_batch = plan_documents


def _parse_plans(plans: Sequence[_Plan | KGError]) -> dict[tuple[int, int], Doc]:
    """Parse every segment of the batch, grouped by language (keyed by document and segment); a
    document read in windows is parsed later, one window at a time."""
    by_lang: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for d, plan in enumerate(plans):
        if isinstance(plan, KGError) or len(plan[3]) != len(plan[2]):
            continue
        for s, seg in enumerate(plan[2]):
            by_lang[seg.lang].append((d, s))
    parsed: dict[tuple[int, int], Doc] = {}
    for lang, keys in by_lang.items():
        texts = []
        for d, s in keys:
            document, _, segs, _ = plans[d]  # type: ignore[misc]
            texts.append(document.text[segs[s].start : segs[s].end])
        group: dict[tuple[int, int], Doc] = {}
        try:
            nlp = load_model(lang)
            for key, text, doc in zip(keys, texts, nlp.pipe(texts, batch_size=64)):
                remember_text(doc, text)
                group[key] = doc
        except Exception:  # noqa: BLE001 - each document of the group is parsed alone (_analyse_plans)
            continue  # and the one that fails is reported with its path; the others keep their results
        parsed.update(group)
    return parsed


def _analyse_plans(
    plans: Sequence[_Plan | KGError],
    parsed: dict[tuple[int, int], Doc],
    gaz: Gazetteer,
    *,
    quiesce: Callable[[], object] | None = None,
    parser: Executor | None = None,
    helper: ParseHelper | None = None,
) -> Iterator[Analysis | KGError]:
    """Run the extractors on each planned document of a batch whose segments ``parsed`` holds.
    ``quiesce`` is called before a document read in windows parses them (waits for a background parse);
    with ``parser`` (the background parse's thread) the next window is parsed there while the
    extractors read the current one; with ``helper``, windows are parsed in a second process
    instead (:func:`_parse_windows_shared`)."""
    for d, plan in enumerate(plans):
        if isinstance(plan, KGError):
            yield plan
            continue
        document, lang, segs, pieces = plan
        try:
            whole = len(pieces) == len(segs)
            ready = whole and all((d, s) in parsed for s in range(len(segs)))
            if not ready and quiesce is not None:
                quiesce()  # this thread parses (or loads a model): no background parse at the same time
            used = sorted({model_name(load_model(seg.lang)) for seg in segs})
            if ready:
                pairs = [(seg, parsed.pop((d, s))) for s, seg in enumerate(segs)]
                yield analyse_document(document, pairs, lang=lang, gazetteer=gaz, models=used)
            elif whole:  # the batch's parse of its language failed: this document alone
                yield analyse_document(
                    document, _parse_windows(document.text, segs), lang=lang, gazetteer=gaz, models=used
                )
            else:
                pool = helper.pool(sorted({piece.lang for piece in pieces})) if helper is not None and len(pieces) >= _HELPER_MIN_WINDOWS else None
                if pool is not None and helper is not None:
                    # (the second process ends once it has parsed its last window of the document: its
                    # memory is not held beside the rest of the build's; a later long document starts another)
                    windowed = _parse_windows_shared(document.text, pieces, pool, release=helper.close)
                else:
                    windowed = _parse_windows(document.text, pieces, parser)
                yield analyse_document(document, windowed, lang=lang, gazetteer=gaz, models=used, segments=segs)
        except KGError as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001 - reported with the document's path
            yield KGError(Errors.E014, path=document.source, detail=f"{type(exc).__name__}: {exc}")


def _parse_windows(text: str, pieces: Sequence[Segment], parser: Executor | None = None) -> Iterator[tuple[Segment, Doc]]:
    """Each window and its Doc, parsed when asked for: the previous Doc is no longer held here.
    With ``parser`` (a thread of its own) the next window is parsed there while the caller reads
    this one, as the batches of short documents are (at most two Docs alive, and one parse at a time)."""
    if parser is None or len(pieces) < 2:
        for piece in pieces:
            doc = _parse_window(text, piece)
            yield piece, doc
            del doc
        return
    from concurrent.futures import wait

    future = parser.submit(_parse_window, text, pieces[0])
    try:
        for k, piece in enumerate(pieces):
            doc = future.result()
            if k + 1 < len(pieces):
                future = parser.submit(_parse_window, text, pieces[k + 1])
            yield piece, doc
            del doc
    finally:
        # Left before its end (the extractors failed on a window): the parse of the next window is
        # waited for, so that the parse thread is idle again when the next document starts, as a
        # second process may be forked then (kg.analyse.parsehelper: never while a thread parses).
        wait([future])


def _parse_window(text: str, piece: Segment) -> Doc:
    window = text[piece.start : piece.end]
    doc = load_model(piece.lang)(window)
    remember_text(doc, window)
    return doc


#: A document of fewer windows is parsed in this process only: a window or two more to parse do not
#: pay for a second process (forked from this one, the models already loaded, but the pages it
#: copies and the Docs' round trip as bytes).
_HELPER_MIN_WINDOWS = 3

#: Windows of a long document the second process is asked to parse ahead of the one the extractors
#: read (one parsing, the others waiting), and windows of its own this process parses ahead while it
#: would otherwise wait: at most this many Docs, and serialized Docs, in flight.
_REMOTE_AHEAD = 3
_LOCAL_AHEAD = 2

#: The share of a long document's characters whose windows this process parses itself
#: (:func:`_shares`), the rest going to the second process. Besides parsing its windows and reading
#: their window-local results, as the second process does, this process reads the dates, events and
#: quotations of every window in order, and each Doc back from its bytes: about a fifth of a
#: window's parse and window-local reading (pf30a's timeline of a 1.9 MB French document, CPU
#: seconds: 14.6 for the in-order reading of 49 windows against 1.6-1.9 a window for the rest), so
#: the two processes are equally busy when this one parses (1 - 0.18) / 2, about 0.41, of the text.
_HERE_SHARE = 0.42


def _shares(pieces: Sequence[Segment], share: float) -> list[bool]:
    """Which windows of a long document this process parses (True) and which the second process does,
    decided from their lengths alone, before any is parsed: the first window here (the second process
    starts meanwhile), then each window here when half of it still keeps this process's characters
    within ``share`` of the characters so far. The same windows on every run, whatever the timing
    (the analysis does not depend on it either way: :func:`_parse_windows_shared`)."""
    mine: list[bool] = []
    total = own = 0
    for k, piece in enumerate(pieces):
        size = piece.end - piece.start
        total += size
        here = k == 0 or own + size / 2 <= share * total
        mine.append(here)
        if here:
            own += size
    return mine


def _parse_windows_shared(
    text: str, pieces: Sequence[Segment], pool: Executor, *, release: Callable[[], object] | None = None
) -> Iterator[_Parsed]:
    """Each window and its Doc, in order, the windows parsed by two processes: the second one
    (``pool``) parses its windows (:func:`_shares`) in order, at most ``_REMOTE_AHEAD`` ahead of the
    one read, and sends each Doc back serialized (``Doc.to_bytes``), with what the extractors read from
    that window alone (:func:`kg.analyse.parsehelper.parse_window_extracts`), while this one parses its
    own windows and runs the other extractors; when the window read next is the second process's and
    is not back yet, this process parses its own next windows (at most ``_LOCAL_AHEAD``) instead of
    waiting. Which process parses which window is decided before the first parse, so each process's
    work is the same on every run: the build's time does not depend on which process got somewhere
    first (it did when this process took back windows the second one had not started: ratios of
    1.22 to 1.59 over three runs of the same 1.9 MB build). spaCy gives a text the same parse in either process, a Doc read back from
    its bytes has every attribute the extractors read (the text remembered again), and the
    window-local extractors read nothing but the window's Doc, so the analysis does not depend on
    which process parsed and read a window either. ``release`` is called once the second process has
    no window left to parse; if it fails, the windows left are parsed here."""
    n = len(pieces)
    mine = _shares(pieces, _HERE_SHARE)
    theirs = deque(k for k in range(n) if not mine[k])
    ours = deque(k for k in range(n) if mine[k])
    remote: dict[int, Future[tuple[bytes, WindowExtracts]]] = {}
    local: dict[int, Doc] = {}
    helper: Executor | None = pool

    def top_up() -> None:
        nonlocal helper
        while helper is not None and theirs and len(remote) < _REMOTE_AHEAD:
            j = theirs[0]
            piece = pieces[j]
            try:
                remote[j] = helper.submit(parse_window_extracts, text[piece.start : piece.end], piece.lang, piece.start)
            except Exception:  # noqa: BLE001 - a broken pool: the rest is parsed here
                helper = None
                break
            theirs.popleft()
        if helper is None and theirs:  # its windows not given yet are parsed here, in order
            ours.extend(theirs)
            theirs.clear()
            ours_sorted = sorted(ours)
            ours.clear()
            ours.extend(ours_sorted)

    def parse_own() -> None:
        j = ours.popleft()
        local[j] = _parse_window(text, pieces[j])

    try:
        # The second process's first windows are given before this one parses its first window:
        # it reads them meanwhile (after its warm-up, ParseHelper) instead of waiting for it.
        top_up()
        parse_own()
        for k, piece in enumerate(pieces):
            while k not in local and k in remote and not remote[k].done() and len(local) < _LOCAL_AHEAD and ours:
                parse_own()
            done: WindowExtracts | None = None
            if k in local:
                doc = local.pop(k)
            elif k in remote:
                doc, done = _window_from_bytes(remote.pop(k), text, piece)
            else:  # this process's next window, or the second process failed before it was given it
                if ours and ours[0] == k:
                    ours.popleft()
                doc = _parse_window(text, piece)
            top_up()
            if release is not None and not remote and not theirs:
                release()
                release = helper = None
            yield piece, doc, done
            del doc, done
    finally:
        # Left before its end (the extractors failed on a window): the windows the second process
        # has not started are not parsed for nothing, ahead of the next long document's.
        for future in remote.values():
            future.cancel()


def _window_from_bytes(future: Future[tuple[bytes, WindowExtracts]], text: str, piece: Segment) -> tuple[Doc, WindowExtracts | None]:
    """The Doc the second process parsed, read back with this process's model, and the window-local
    results it read from it; the Doc parsed here (and nothing read yet) if that process failed, or if
    its extractors did (they fail here again, as in one process: the document's usual error)."""
    from spacy.tokens import Doc as SpacyDoc

    try:
        data, done = future.result()
    except Exception:  # noqa: BLE001 - a lost process: the same Doc, parsed here
        return _parse_window(text, piece), None
    doc = SpacyDoc(load_model(piece.lang).vocab).from_bytes(data)
    remember_text(doc, text[piece.start : piece.end])
    return doc, done
