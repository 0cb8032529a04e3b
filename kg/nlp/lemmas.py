"""The lemmatizer's slips put right on every token, right after the model's lemmatizer.

The English model lemmatizes some verb forms as another word ("fined" as "fin", "hopes" as "hop"),
and every reader of lemmas then misses them: the trigger lexicon types "The authority fined the
firm" as a bare occurrence instead of a fine. ``lexicons/<lang>/lemma_corrections.tsv`` lists such
forms with their lemma; one pass over the lower-case forms of a document, and only the listed forms
are touched.

The French parser also reads some participles after « être » as adjectives (« Trois personnes sont
mortes dans l'accident »: « mortes » ADJ, « sont » its copula), so that no verb triggers the event;
``lexicons/<lang>/copular_participles.tsv`` lists such forms with their verb, and
:func:`verb_copular_participles` gives them the parse the parser gives « Le chanteur est mort lundi. »
(the verb's participle, « être » its tense auxiliary).

It also reads some infinitives right after a causative « faire » / « laisser » as nouns (« Le
directeur a fait licencier trois cadres »: « licencier » NOUN, object of « fait »);
:func:`verb_causative_infinitives` gives them the parse of « a fait placer deux suspects ».

The English parser reads the main verb of a sentence whose subject is an event noun with an "of"
complement as a participle on the verb's object ("The cancellation of the concert angered fans":
"concert angered fans" as fans that a concert angered); :func:`main_verb_after_complement` gives
such sentences the parse of "The resignation of the minister triggered protests".
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.knowledge.words import word_maps, word_set, word_sets

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.lookups import Lookups
    from spacy.tokens import Doc, Token

COMPONENT = "kg_lemma_corrections"


@cache
def _listed_forms(name: str, lang: str) -> dict[int, str]:
    """The forms the two-column list ``name`` of ``lang`` gives, by their hash in the string store,
    with the lemma each gives."""
    from spacy.strings import get_string_id

    return {get_string_id(form): lemma for form, lemma in word_maps(name).get(lang, {}).items()}


def _listed_tokens(doc: Doc, forms: dict[int, str]) -> list[tuple[int, str]]:
    """The tokens of ``doc`` whose lower-case form ``forms`` lists, with the lemma listed: only they
    become Token objects (the forms are read as one array)."""
    import numpy
    from spacy.attrs import LOWER

    lowers = doc.to_array([LOWER])
    found = numpy.flatnonzero(numpy.isin(lowers, numpy.fromiter(forms, dtype=lowers.dtype)))
    return [(i, forms[int(lowers[i])]) for i in found.tolist()]


def correct_lemmas(doc: Doc) -> Doc:
    """Give the verbs and nouns whose lower-case form ``lemma_corrections`` lists the lemma it
    gives."""
    fixes = _listed_forms("lemma_corrections", doc.lang_)
    if not fixes or len(doc) == 0:
        return doc
    for i, lemma in _listed_tokens(doc, fixes):
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX", "NOUN"):
            tok.lemma_ = lemma
    return doc


def verb_copular_participles(doc: Doc) -> Doc:
    """Make a listed participle the parser read as an adjective with « être » as its copula the
    participle of its verb: VERB, the verb's lemma, the copula its tense auxiliary (« sont mortes »
    as « sont mortes » of « mourir »). An adjective with no copula (« une langue morte », « retrouvé
    mort ») or whose copula is no form of « être » is left. A listed form the parser read as a
    participle with « être » as its copula (« deux personnes étaient mortes ») gets that copula as its
    tense auxiliary. A bare noun after « être » is read as the participle too (« Les deux randonneurs
    sont morts de froid »: « morts » NOUN, « de froid » no patient), a noun with a determiner is left
    (« sont des morts de la guerre »)."""
    forms = _listed_forms("copular_participles", doc.lang_)
    if not forms or len(doc) == 0:
        return doc
    for i, verb in _listed_tokens(doc, forms):
        tok = doc[i]
        if tok.pos_ == "VERB":
            # « deux personnes étaient mortes »: the parser's own participle, « étaient » its copula;
            # as its tense auxiliary the pluperfect and the compound past are read from it
            for c in tok.children:
                if c.dep_ == "cop" and c.lemma_.lower() == "être" and c.i < tok.i:
                    c.dep_ = "aux:tense"
            continue
        if tok.pos_ == "NOUN" and any(c.dep_.startswith(("det", "nummod")) for c in tok.children):
            continue  # « Les victimes sont des morts de la guerre »: a noun
        if tok.pos_ not in ("ADJ", "NOUN"):
            continue
        # (« Les deux randonneurs sont morts de froid »: the parser may read the bare plural after
        # « sont » as the noun « les morts », « de froid » its complement and so the patient)
        cops = [c for c in tok.children if c.dep_ in _COPULAS and c.lemma_.lower() == "être" and c.i < tok.i]
        if not cops and tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.i + 1 == tok.head.i:
            cops = _raise_over_next_noun(tok)
        if len(cops) != 1 or not _person_subject(tok):
            continue
        tok.pos_ = "VERB"
        tok.lemma_ = verb
        tok.set_morph(f"{tok.morph}|Tense=Past|VerbForm=Part".lstrip("|"))
        cops[0].dep_ = "aux:tense"
    return doc


_COPULAS = ("cop", "aux:pass", "aux:tense")


#: The lists of nouns that describe people (as ``@HUMAN`` of the trigger lexicon reads them); the
#: heads of management count (« le gérant a été placé en garde à vue »).
PERSON_NOUN_LISTS = ("human_nouns", "person_role_nouns", "employee_nouns", "spokesperson_nouns", "head_role_nouns")


def _person_subject(tok: Token, before: int | None = None) -> bool:
    """``tok`` has a subject (before ``before``) that can die: a name, a personal pronoun, a counted
    noun (« Trois personnes »), a noun with a name in apposition (« Le chanteur Paul Verne ») or a
    noun of the people lists; a relative « qui » reads as the noun before it. No common noun of a
    thing (« Le projet est mort », « Le dossier est mort »: a way of saying it is over)."""
    subjects = [c for c in tok.children if c.dep_.startswith("nsubj") and (before is None or c.i < before)]
    if len(subjects) != 1:
        return False
    subj = subjects[0]
    if subj.pos_ == "PRON" and subj.lower_ == "qui" and tok.dep_ == "acl:relcl":
        subj = tok.head
    if subj.pos_ == "PROPN":
        return True
    if subj.pos_ == "PRON":
        return subj.lower_ in ("il", "elle", "ils", "elles")
    if subj.pos_ != "NOUN":
        return False
    if any(c.dep_ == "nummod" or (c.dep_ in ("appos", "flat:name") and c.pos_ == "PROPN") for c in subj.children):
        return True
    lang = tok.doc.lang_
    return any(
        subj.lemma_.lower() in words or subj.lower_ in words
        for name in PERSON_NOUN_LISTS
        for words in (word_sets(name).get(lang, frozenset()),)
    )


def _raise_over_next_noun(tok: Token) -> list[Token]:
    """« Le chanteur est mort lundi à Brest »: the parser read « lundi » as the head of the clause,
    « est » its copula and « mort » its adjective. When the noun right after the participle has the
    copula right before the participle and the subject before it, the participle becomes the head
    of the clause, the noun its ``obl:mod`` with what follows it; returns the copula, or nothing
    when the shape is another one (« la mort violente », « un soldat mort hier » have no copula)."""
    noun = tok.head
    cops = [c for c in noun.children if c.dep_ == "cop" and c.i == tok.i - 1 and c.lemma_.lower() == "être"]
    if not cops or noun.pos_ != "NOUN" or not _person_subject(noun, before=tok.i):
        return []
    if noun.dep_ == "ROOT" or noun.head.i == noun.i:
        tok.head, tok.dep_ = tok, "ROOT"
    else:
        tok.head, tok.dep_ = noun.head, noun.dep_
    for child in [c for c in noun.children if c.i < tok.i]:
        child.head = tok
    noun.head, noun.dep_ = tok, "obl:mod"
    return cops


def verb_causative_infinitives(doc: Doc) -> Doc:
    """Make a French noun right after a causer verb (``fr/causer_verbs``: « faire », « laisser »)
    that the parser made its object, with no determiner, and whose form is a verb's infinitive,
    that infinitive (« a fait licencier trois cadres »: « licencier » VERB, ``xcomp`` of « fait »);
    an object of the causer after it becomes the infinitive's (« cadres »), as the parser reads
    « a fait placer deux suspects ». A noun with a determiner (« a fait le tour ») is left."""
    if doc.lang_ != "fr" or len(doc) < 2:
        return doc
    causers = word_set("fr", "causer_verbs")
    for tok in doc[1:]:
        if tok.pos_ != "NOUN" or tok.dep_ != "obj":
            continue
        causer = doc[tok.i - 1]
        if tok.head.i != causer.i or causer.pos_ not in ("VERB", "AUX") or causer.lemma_.lower() not in causers:
            continue
        if any(c.dep_.startswith(("det", "nummod")) for c in tok.children) or tok.lower_ not in _verb_lemmas(doc.lang_):
            continue
        tok.pos_ = "VERB"
        tok.lemma_ = tok.lower_
        tok.set_morph("VerbForm=Inf")
        tok.dep_ = "xcomp"
        for child in [c for c in causer.children if c.i > tok.i and c.dep_ == "obj"]:
            child.head = tok
        _complements_as_verb(tok, causer)
    return doc


def main_verb_after_complement(doc: Doc) -> Doc:
    """Make an English past form that the parser hung as a modifier on the noun after it, inside
    the complement of a sentence's root noun, that sentence's main verb (e39b): "The cancellation of
    the concert angered fans" ("angered" ``amod`` of "fans", the object of "of", and the sentence a
    noun with no verb). The complement ends at the noun before the verb ("the concert", "by
    Pellmark"), the root noun becomes the verb's subject and the noun after it the verb's object.
    Only when no other finite verb stands in the sentence, the sentence ends with a full stop (no
    headline, no caption) and the noun before the verb is a name or has a determiner of its own
    ("the sale of state owned companies" keeps its participle)."""
    if not doc.lang_.startswith("en") or len(doc) < 6:
        return doc
    for verb in doc:
        if verb.dep_ != "amod" or not verb.lower_.endswith("ed") or verb.tag_ not in ("VBD", "VBN", "JJ"):
            continue
        _raise_misread_participle(verb)
    return doc


def _raise_misread_participle(verb: Token) -> None:
    """:func:`main_verb_after_complement` for one past form ``verb`` (nothing when the shape differs)."""
    doc = verb.doc
    obj = verb.head
    if obj.i != verb.i + 1 or obj.pos_ not in ("NOUN", "PROPN") or obj.dep_ != "pobj":
        return
    prep, noun = obj.head, doc[verb.i - 1]
    root = prep.head
    if root.dep_ != "ROOT" or root.pos_ != "NOUN" or not root.i < prep.i < noun.i:
        return
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i not in (verb.i, obj.i):
        return
    sent = verb.sent
    if (
        sent.root.i != root.i
        or sent[-1].text != "."
        or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != verb.i for t in sent)
    ):
        return
    between = doc[prep.i + 1 : noun.i]
    if noun.pos_ != "PROPN" and not (between and between[-1].dep_ in ("det", "poss")):
        return  # "the sale of state owned companies": a participle on its noun
    if any(c.dep_ in ("det", "poss") and c.i > verb.i for c in obj.children):
        return
    movers = [t for t in between if t.head.i in (verb.i, obj.i)]
    after = [t for t in sent if t.head.i == root.i and t.i > verb.i]
    verb.head, verb.dep_ = verb, "ROOT"
    verb.pos_, verb.tag_ = "VERB", "VBD"
    verb.set_morph("Tense=Past|VerbForm=Fin")
    if verb.lemma_.lower() == verb.lower_:
        verb.lemma_ = _past_lemma(verb.lower_)  # "shocked" read as an adjective kept its form
    root.head, root.dep_ = verb, "nsubj"
    noun.head, noun.dep_ = prep, "pobj"
    for t in movers:
        t.head = noun
    obj.head, obj.dep_ = verb, "dobj"
    for t in after:
        t.head = verb


def _past_lemma(form: str) -> str:
    """The verb an English "-ed" form is the past of, by the lemmatizer's verbs ("shocked" →
    "shock", "saddened" → "sadden", "closed" → "close", "stopped" → "stop"); the form when none."""
    verbs = _verb_lemmas("en")
    stem = form[:-2]
    for candidate in (
        stem,
        form[:-1],
        stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "",
        stem[:-1] + "y" if stem.endswith("i") else "",
    ):
        if candidate and candidate in verbs:
            return candidate
    return form


def _complements_as_verb(verb: Token, causer: Token) -> None:
    """Relabel the complements the parser gave an infinitive it read as a noun (``verb``, now the
    verb after ``causer``) as a verb's: a noun phrase without preposition is its object (« a fait
    licencier sans préavis douze salariés »: « salariés » ``nmod`` of the noun), and so is one
    right after it whose « preposition » is an article of ``fr/infinitive_object_articles`` (« a
    fait licencier des salariés », « des dizaines de salariés », which the parser may hang on the
    causer); any other complement with a preposition is an oblique (« sans préavis »)."""
    articles = word_set("fr", "infinitive_object_articles")
    nouns = [c for c in verb.children if c.i > verb.i and c.dep_.startswith("nmod")]
    nouns += [c for c in causer.children if c.i > verb.i and c.dep_.startswith("obl")]
    for noun in nouns:
        if noun.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
            continue
        cases = [c for c in noun.children if c.dep_ == "case"]
        if not cases:
            if noun.head.i == verb.i:
                noun.dep_ = "obj"
        elif len(cases) == 1 and cases[0].i == verb.i + 1 and cases[0].lower_ in articles:
            # « licencier des salariés »: the plural article, not « de » + « les »
            cases[0].pos_ = "DET"
            cases[0].dep_ = "det"
            cases[0].lemma_ = "un"
            noun.head = verb
            noun.dep_ = "obj"
        elif noun.head.i == verb.i:
            noun.dep_ = "obl"


#: The verbs of each language's lemmatizer tables (``lemma_index``), registered by
#: :func:`add_lemma_corrections` (kg.nlp.wordforms reads the same tables through the loaded model,
#: which imports this module).
_VERB_LEMMAS: dict[str, frozenset[str]] = {}


def _verb_lemmas(lang: str) -> frozenset[str]:
    return _VERB_LEMMAS.get(lang, frozenset())


def verb_tables(lookups: Lookups) -> tuple[frozenset[str], dict[str, str]]:
    """The verb lemmas a lemmatizer's tables know (its index and its verb exceptions) and the verb
    exceptions (form → lemma); empty without an index."""
    if "lemma_index" not in lookups.tables:
        return frozenset(), {}
    index = lookups.get_table("lemma_index")
    verbs = {str(v) for v in index["verb"]} if "verb" in index else set()
    exceptions: dict[str, str] = {}
    if "lemma_exc" in lookups.tables and "verb" in lookups.get_table("lemma_exc"):
        for form, lemmas in lookups.get_table("lemma_exc")["verb"].items():
            if lemmas:
                exceptions[str(form)] = str(lemmas[0])
                verbs.add(str(lemmas[0]))
    return frozenset(verbs), exceptions


def _register_verbs(nlp: Language) -> None:
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is not None:
        _VERB_LEMMAS[nlp.lang] = verb_tables(lookups)[0]


def _correct(doc: Doc) -> Doc:
    return main_verb_after_complement(verb_causative_infinitives(verb_copular_participles(correct_lemmas(doc))))


def add_lemma_corrections(nlp: Language) -> None:
    """Put :func:`correct_lemmas`, :func:`verb_copular_participles`, :func:`verb_causative_infinitives`
    and :func:`main_verb_after_complement` right after the lemmatizer of ``nlp`` (once; no
    lemmatizer, nothing)."""
    from spacy.language import Language

    if COMPONENT in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return
    _register_verbs(nlp)
    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT, func=_correct)
    nlp.add_pipe(COMPONENT, after="lemmatizer")
