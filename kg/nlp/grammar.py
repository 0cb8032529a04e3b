"""Grammar helpers every extractor shares: dependency labels, prepositions, subjects, passives,
coordination, negation (polarity), modality and French tense.

They read the French UD parse of ``fr_core_news_*`` and the ClearNLP-style parse of the English
``en_core_web_*`` models. The word lists they consult are data (``ontologies/lexicons``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from kg.knowledge.words import rows, word_map, word_maps, word_set, word_sets
from kg.nlp.doccache import token_morphs
from kg.nlp.wordforms import verb_lemma

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


# --------------------------------------------------------------------------------------------------
# Parse helpers (UD labels for French, ClearNLP labels for English)
# --------------------------------------------------------------------------------------------------

_SUBJ = frozenset({"nsubj", "csubj"})
_PASS_SUBJ = frozenset({"nsubj:pass", "nsubjpass", "csubj:pass", "csubjpass"})
_OBJ = frozenset({"obj", "dobj"})
_IOBJ = frozenset({"iobj", "dative"})
_REFL_DEPS = frozenset({"expl:comp", "expl:pv", "expl:pass", "expl"})
_NAME_DEPS = frozenset({"compound", "flat", "flat:name", "flat:foreign", "fixed", "nn"})
_NON_NAME_ENTS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
)
_ENT_NORMAL = {
    "PERSON": "PER",
    "GPE": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "WORK_OF_ART": "MISC",
    "EVENT": "MISC",
    "LANGUAGE": "MISC",
}
# Event types whose "à X" / "to X" / indirect object is a recipient by default.
_RECIPIENT_TYPES = frozenset(
    {
        "Statement",
        "Announcement",
        "Letter",
        "PhoneWrite",
        "TransferOwnership",
        "TransferMoney",
        "Appeal",
    }
)
# Types whose participants are never inherited from the subject of a support verb
# ("X a annoncé la mort de Y": X did not die).
_NO_INHERIT_TYPES = frozenset({"Die", "BeBorn", "Injure", "Marry", "Divorce"})
_COMMUNICATION_TYPES = frozenset({"Statement", "Announcement", "Letter", "PhoneWrite"})


# (morphology hash, feature) -> the feature's values. A hash names one feature string
# ("Mood=Ind|Tense=Fut|...") in every vocabulary and the models only produce the analyses of their
# tag sets, so this stays small; ``MorphAnalysis.get`` splits the feature string anew on every call
# and costs about six times reading the hash.
_MORPH_VALUES: dict[tuple[int, str], tuple[str, ...]] = {}


def _morph(tok: Token, feature: str) -> list[str]:
    """Values of one morphological feature of a token (empty when absent): ``tok.morph.get``,
    looked up once per distinct analysis and feature."""
    key = (token_morphs(tok.doc)[tok.i], feature)
    values = _MORPH_VALUES.get(key)
    if values is None:
        values = _MORPH_VALUES[key] = tuple(tok.morph.get(feature, []))
    return list(values)


def _ent(tok: Token) -> str:
    label = tok.ent_type_
    return _ENT_NORMAL.get(label, label)


def _prep_norm(text: str) -> str:
    t = text.lower().replace("’", "'")
    return word_map("fr", "contracted_prepositions").get(t, t)


# (LEMMA, POS, LOWER, LANG) -> _lemma: the same words come back in every document, and a hash names
# the same text in every vocabulary. Emptied when it grows past _LEMMAS_MAX.
_LEMMAS: dict[tuple[int, int, int, int], str] = {}
_LEMMAS_MAX = 200_000


def _lemma(tok: Token) -> str:
    key = (tok.lemma, tok.pos, tok.lower, tok.lang)
    lemma = _LEMMAS.get(key)
    if lemma is None:
        if len(_LEMMAS) >= _LEMMAS_MAX:
            _LEMMAS.clear()
        lemma = tok.lemma_.lower().replace("’", "'")
        if tok.pos_ == "VERB" and tok.lang_ == "fr":
            lemma = verb_lemma(tok.lower_, lemma, "fr")  # "s'adresse" is no noun "adresse"
        _LEMMAS[key] = lemma
    return lemma


def across_quote(aux: Token, verb: Token) -> bool:
    """Whether a quotation mark stands between auxiliary ``aux`` and its ``verb``: the parser may
    hang a quotation's verb as the auxiliary of the reporting verb after it (« « La réunion aura lieu
    vendredi », a indiqué mardi la mairie »: « aura » is no auxiliary of « indiqué », whose tense
    and modality are its own)."""
    lo, hi = sorted((aux.i, verb.i))
    return any(t.is_quote for t in aux.doc[lo + 1 : hi])


def _case_of(tok: Token) -> str:
    """The preposition introducing a nominal (FR ``case`` child, EN governing ``prep``)."""
    for child in tok.children:
        if child.dep_ in ("case", "mark") and child.i < tok.i:
            # A French preposition is read as written: the model lemmatises « entre » as the verb
            # « entrer » and « sous » as « sou »; contracted forms go through _prep_norm.
            written = child.pos_ == "ADP" and child.lang_ == "fr"
            return _prep_norm(
                child.text if written or child.lemma_ in ("", "-PRON-") else child.lemma_
            )
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent", "dative"):
        return _prep_norm(tok.head.lemma_)
    return ""


def _complements(tok: Token) -> Iterator[tuple[str, Token, str]]:
    """Nominal dependents of ``tok`` as ``(preposition, head token, kind)``.

    ``kind`` is ``obj``, ``iobj``, ``obl`` (prepositional complement), ``poss`` or ``compound``.
    """
    for child in tok.children:
        dep = child.dep_
        if dep in _OBJ:
            yield "", child, "obj"
        elif dep in _IOBJ:
            # "sent the injured to hospital": the parser may tag the "to" of a dative a particle
            if child.pos_ == "ADP" or any(g.dep_ == "pobj" for g in child.children):
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        yield _prep_norm(child.lemma_), grand, "obl"
            else:
                yield "", child, "iobj"
        elif dep.startswith("obl") or dep.startswith("nmod") and dep != "nmod:poss":
            yield _case_of(child), child, "obl"
        elif dep in ("prep", "agent"):
            for grand in child.children:
                if grand.dep_ in ("pobj", "pcomp"):
                    prep = _prep_norm(child.lemma_)
                    yield prep, grand, "obl"
        elif dep in ("poss", "nmod:poss"):
            yield "'s", child, "poss"
        elif dep == "compound" and tok.pos_ == "NOUN":
            yield "", child, "compound"


def source_complement(tok: Token) -> bool:
    """``tok`` is introduced by a preposition of a source (« selon X », « d'après X », "according to
    X"; ``according_to``), which the parser may split into « d' » and a fixed « après »."""
    sources = word_sets("according_to").get(tok.lang_[:2], frozenset())
    for case in tok.children:
        if case.dep_ != "case":
            continue
        if case.lower_ in sources or any(f.dep_ == "fixed" and f.lower_ in sources for f in case.children):
            return True
    return False


def _is_reflexive(tok: Token) -> bool:
    for child in tok.children:
        if child.dep_ in _REFL_DEPS and child.pos_ == "PRON":
            return True
        if (
            child.pos_ == "PRON"
            and child.lemma_.lower() in ("se", "soi")
            and child.dep_ in ("obj", "iobj", "expl:comp", "expl:pv")
        ):
            return True
        if (
            "Reflex=Yes" in str(child.morph)
            and child.i < tok.i
            and child.pos_ == "PRON"
        ):
            return True
    return False


def _reduced_passive(tok: Token) -> bool:
    """A headline's reduced passive ("was" dropped), parsed as an active past whose subject is
    really the patient: a past form without auxiliary with a subject and a "by" agent ("Acme
    swamped by orders"), or a verb of designation (``designation_verbs``) whose subject is a person
    and whose object or predicative complement is a bare title noun, no determiner, no person in it
    ("Jane Roe named chief executive of Acme"). French: :func:`_bare_participle_clause`."""
    if tok.lang_.startswith("fr"):
        return _bare_participle_clause(tok)
    if tok.tag_ not in ("VBD", "VBN") or tok.pos_ != "VERB":
        return False
    children = list(tok.children)
    if any(c.dep_.startswith("aux") for c in children):
        return False
    if any(c.dep_ == "agent" for c in children) and any(c.dep_ in _SUBJ for c in children):
        return True
    if _headline_passive(tok, children):
        return True
    if _lemma(tok) not in word_sets("designation_verbs").get("en", frozenset()):
        return False
    subj = next((c for c in children if c.dep_ in _SUBJ), None)
    if subj is None or subj.ent_type_ not in ("PERSON", "PER"):
        return False
    titles = [c for c in children if c.dep_ in ("oprd", *_OBJ)]
    return len(titles) == 1 and titles[0].pos_ == "NOUN" and not any(
        g.dep_ == "det" or g.ent_type_ in ("PERSON", "PER") for g in titles[0].subtree if g.i != titles[0].i
    )


def _headline_passive(tok: Token, children: list[Token]) -> bool:
    """An English headline's past form with no auxiliary, no object and no clause, a subject before
    it and no full stop at the end of its line, of a verb that takes an object whenever it is
    active (``en/headline_passive_verbs``: "Union leader charged with fraud", "Journalist detained
    at airport", "Coach sacked after defeat", "crew rescued"): the subject is the patient. Not
    "Minister resigned over scandal" (a verb without object), nor a sentence ending with a stop."""
    active = word_map("en", "headline_passive_verbs").get(_lemma(tok))
    if active is None:
        return False
    if any(c.dep_ in (*_OBJ, "ccomp", "xcomp", "dative", "oprd", "prt") for c in children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in active.split("|") for c in children):
        return False  # "Rebels shot at a helicopter", "Fans charged into the pitch": active
    if not any(c.dep_ == "nsubj" and c.i < tok.i for c in children):
        return False
    return not _ends_with_stop(tok)


def _bare_participle_clause(tok: Token) -> bool:
    """A French past participle with no auxiliary whose parse gave it a subject: a headline's or an
    absolute clause's passive (« Incendie : un pompier blessé », « Le suspect interpellé, … »), whose
    subject is the patient. Not a verb conjugated with « être » (« le ministre arrivé à Lyon »: who
    arrives), a reflexive (« se »), a verb with a « que » clause or an object with its determiner
    (« Le maire dit qu'il … »: a present tense of the same form), nor a conjunct, which shares the auxiliary of the verb before it
    (« a inauguré la salle et salué les bénévoles »)."""
    if tok.pos_ != "VERB" or tok.dep_ == "conj":
        return False
    if "Part" not in _morph(tok, "VerbForm") or "Past" not in _morph(tok, "Tense"):
        return False
    children = list(tok.children)
    if any(c.dep_.startswith("aux") or c.dep_.startswith("expl") or c.dep_ == "cop" for c in children):
        return False
    if any(c.text[:1] in ("-", "‑") for c in children):
        return False  # « dit-elle »: a verb of saying the tagger read as a participle
    if any(c.dep_ == "ccomp" or (c.dep_ == "obj" and any(d.dep_ == "det" for d in c.children)) for c in children):
        # a present tense the tagger read as a participle (« Le maire dit qu'il a reçu des menaces »,
        # « Le préfet interdit la manifestation »): a passive takes no « que » clause, no object
        return False
    if tok.dep_ == "ROOT" and tok.lower_.endswith("it") and _ends_with_stop(tok):
        # a form in « -it » is also a present tense (« Le maire écrit aux habitants. »), which a
        # full sentence is; a headline has no stop (« Un automobiliste conduit à l'hôpital »)
        return False
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < tok.i), None)
    # a name or a noun with its determiner (« un pompier »), not « Moi, dit-elle »
    if subject is None or not (subject.pos_ == "PROPN" or any(c.dep_ == "det" for c in subject.children)):
        return False
    return _lemma(tok) not in word_set("fr", "etre_verbs")


def _ends_with_stop(tok: Token) -> bool:
    """Whether the sentence of ``tok`` ends with a full stop, an exclamation or a question mark."""
    words = [t for t in tok.sent if not t.is_space]
    return bool(words) and words[-1].text in (".", "!", "?", "…")


# Dependencies of the French subject of a reflexive causative: the parser labels it a subject, a
# passive subject, an expletive (« Il s'était fait expulser ») or a bare ``dep`` (a name).
_CAUSATIVE_SUBJ_DEPS = frozenset({"nsubj", "nsubj:pass", "expl:subj", "dep"})
# The clitic of a reflexive causative: « s' », « se », « me », « nous » ..., however it is labelled.
_CLITIC_DEPS = frozenset({"obj", "iobj", "expl:comp", "expl:pv", "expl:pass", "expl"})


def _reflexive_causative(tok: Token) -> Token | None:
    """The French reflexive causative verb before the infinitive ``tok`` (« s'est [fait] arrêter »,
    « se sont [laissé] convaincre »; ``fr/reflexive_causatives``), which makes the subject the one
    the act befalls: a passive in all but form. None for any other verb, and when the infinitive has
    an object of its own (« le maire s'est fait construire une maison »: the house is built, the
    mayor only benefits; ``_causative_recipient``)."""
    causative = _causative_before(tok)
    if causative is None or _infinitive_object(tok):
        return None
    return causative


def _infinitive_object(tok: Token) -> bool:
    """Whether the infinitive ``tok`` has an object of its own (a bare role noun is an attribute: « s'est
    fait élire maire »; with a determiner it is an object: « se voit rencontrer le président »)."""
    roles = word_sets("person_role_nouns").get("fr", frozenset())
    return any(
        c.dep_ in _OBJ and c.pos_ != "PRON"
        and (c.lemma_.lower() not in roles or any(d.dep_ == "det" for d in c.children))
        for c in tok.children
    )


def _causative_before(tok: Token) -> Token | None:
    """The reflexive « se faire », « se laisser », « se voir » before the infinitive ``tok``, whether
    or not the infinitive has an object. Not before a verb conjugated with « être » (``fr/etre_verbs``):
    such a verb takes no object to be made a passive of (« le boxeur s'est laissé aller », « il s'est
    vu mourir »: who goes, who dies)."""
    if not tok.lang_.startswith("fr") or tok.pos_ != "VERB":
        return None
    if "Inf" not in _morph(tok, "VerbForm") and tok.lower_ != tok.lemma_.lower():
        return None  # (the tagger reads some infinitives as finite: « s'est fait interpeller »)
    if _lemma(tok) in word_set("fr", "etre_verbs"):
        return None
    lemmas = word_set("fr", "reflexive_causatives")
    # the parser hangs « fait » on the infinitive (``dep``, ``aux``) or the infinitive on « fait »
    # (``xcomp``)
    causative = next(
        (c for c in tok.children if c.i < tok.i and c.pos_ in ("AUX", "VERB") and c.lemma_.lower() in lemmas
         and not c.dep_.startswith(("aux:tense", "aux:pass"))),
        None,
    )
    holder = tok
    if causative is None and tok.dep_ == "xcomp" and tok.head.i < tok.i and tok.head.lemma_.lower() in lemmas:
        causative = holder = tok.head
    if causative is None:
        return None
    imagined = word_set("fr", "imagined_self_adverbs")
    if _lemma(causative) == "voir" and any(
        c.dep_ == "advmod" and c.lower_ in imagined for c in (*causative.children, *tok.children)
    ):
        return None  # « il se voit déjà signer », « se voit mal démissionner »: who pictures himself acting
    if not any(
        c.pos_ == "PRON" and c.i < causative.i and c.dep_ in _CLITIC_DEPS
        and (c.lemma_.lower() in ("se", "soi") or "Reflex=Yes" in str(c.morph))
        for c in holder.children
    ):
        return None
    return causative


def _subject_of_causative(tok: Token, causative: Token) -> Token | None:
    """The subject of the reflexive causative ``causative`` before the infinitive ``tok``."""
    holder = causative if tok.head.i == causative.i and tok.dep_ == "xcomp" else tok
    return next((c for c in holder.children if c.dep_ in _CAUSATIVE_SUBJ_DEPS and c.i < causative.i
                 and c.pos_ in ("NOUN", "PROPN", "PRON", "X")), None)


def _causative_subject(tok: Token) -> Token | None:
    """The subject of the reflexive causative before the infinitive ``tok`` (« [le suspect] s'est
    fait arrêter »): the patient of the infinitive. None when ``tok`` is no such infinitive."""
    causative = _reflexive_causative(tok)
    return None if causative is None else _subject_of_causative(tok, causative)


def _causative_recipient(tok: Token) -> Token | None:
    """The subject of a reflexive causative before an infinitive with an object of its own (« [le
    commissaire] s'est vu reprocher sa gestion », « [la joueuse] s'est vu infliger une amende », « [il]
    s'est fait remettre le prix »): the one the act is done to or for, never the one who does it."""
    causative = _causative_before(tok)
    if causative is None or not _infinitive_object(tok):
        return None
    return _subject_of_causative(tok, causative)


def misparsed_object_relative(verb: Token) -> tuple[Token, Token] | None:
    """``(subject, antecedent)`` of an English object relative clause the parser read as a
    participle on its subject ("The plan, which the board approved on Sunday, …": "approved" an
    ``acl`` of "board", as if the board were approved): the noun the verb hangs on is its subject,
    and the noun before "which" / "that" / "whom" is what it acts on. None for a true participle
    ("the plan approved on Sunday") or another language."""
    if not verb.lang_.startswith("en") or verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return None
    noun = verb.head
    if noun.i > verb.i or noun.pos_ not in ("NOUN", "PROPN") or any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj", "auxpass", "aux") for c in verb.children
    ):
        return None
    doc = verb.doc
    first = noun.left_edge.i
    if doc[first].lower_ in ("which", "whom") and first < noun.i:
        first += 1  # "which" hung inside the noun's phrase ("which Harlow's board approved")
    if first < 2 or doc[first - 1].lower_ not in ("which", "that", "whom"):
        return None
    before = doc[first - 2]
    if before.text == "," and first >= 3:
        before = doc[first - 3]
    if before.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun, before


def misparsed_main_verb(verb: Token) -> Token | None:
    """The subject of an English past the parser hung on the sentence's first noun as a participle,
    leaving the sentence with a noun for its root ("Last month, the company named Carla Mendes as
    its chief executive": "named" an ``acl`` of "company", as if the company were named). The verb
    has an object of its own, which no passive participle has, and no other finite verb stands
    outside it. None for a true participle ("the man named John Smith was charged"), a headline's
    passive ("Jane Roe named CEO": no full stop, no determiner) or another language."""
    if not verb.lang_.startswith("en") or verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return None
    noun = verb.head
    if noun.dep_ != "ROOT" or noun.i > verb.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    children = list(verb.children)
    if not any(c.dep_ in ("dobj", "oprd", "dative") for c in children) or any(
        c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in children
    ):
        return None
    if not any(c.dep_ in ("det", "poss") for c in noun.children):
        return None
    sent = verb.sent
    inside = {t.i for t in verb.subtree}
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i not in inside for t in sent):
        return None
    last = sent[-1]
    return noun if last.text in (".", "!") or (last.is_punct and len(sent) > 1 and sent[-2].text == ".") else None


def past_misparsed_relative(noun: Token) -> Token:
    """The noun before an object relative clause the parser cut in two (:func:`misparsed_object_relative`)
    when the parse made the clause's subject ``noun`` the subject of the main verb ("The plan, which
    the board approved, was announced": the plan was announced, not the board); ``noun`` otherwise."""
    for child in noun.children:
        if child.dep_ == "acl":
            relative = misparsed_object_relative(child)
            if relative is not None and relative[0].i == noun.i:
                return relative[1]
    return noun


def avoir_active(verb: Token) -> bool:
    """A French verb whose only auxiliary is « avoir » and whose subject the parser labelled a
    passive subject (« Le juge l'a remis en liberté »: « juge » ``nsubj:pass`` of « remis »): a
    passive needs « être » (« a été remis »), so the verb is active and that subject its subject."""
    if not verb.lang_.startswith("fr") or verb.pos_ != "VERB":
        return False
    aux = [c for c in verb.children if c.dep_.startswith("aux")]
    return (
        bool(aux)
        and all(_lemma(c) == "avoir" and c.dep_ not in ("aux:pass", "auxpass") for c in aux)
        and any(c.dep_ in _PASS_SUBJ for c in verb.children)
        and not _is_reflexive(verb)
    )


def _is_passive(tok: Token) -> bool:
    if misparsed_object_relative(tok) is not None or misparsed_main_verb(tok) is not None:
        return False  # "which the board approved": active, whatever the parse made of it
    if avoir_active(tok):
        return False  # « Le juge l'a remis en liberté »
    if any(c.dep_ in ("aux:pass", "auxpass") for c in tok.children) or _reduced_passive(tok):
        return True
    if _causative_before(tok) is not None:
        # « s'est fait arrêter par la police », « s'est vu reprocher sa gestion par les députés »: a
        # passive in all but form, whose « par » complement is the agent
        return True
    if tok.dep_ in ("acl", "acl:relcl") and (
        tok.tag_ == "VBN"
        or ("Part" in _morph(tok, "VerbForm") and "Past" in _morph(tok, "Tense"))
    ):
        return True
    return any(c.dep_ in _PASS_SUBJ for c in tok.children) and not _is_reflexive(tok)


def _polarity(tok: Token, lang: str) -> tuple[bool, bool]:
    """``(negated, cessative)`` for a verb: "ne ... pas" / "not" and "ne ... plus" / "no longer"."""
    neg = ces = False
    children = list(tok.children)
    lemmas = {
        c.lower_.replace("’", "'")
        for c in children
        if c.dep_ in ("advmod", "neg", "det")
    }
    lemmas |= {c.lemma_.lower() for c in children if c.dep_ in ("advmod", "neg")}
    if lang == "fr":
        has_ne = bool(lemmas & {"ne", "n'"})
        if has_ne and "plus" in lemmas:
            neg = ces = True
        elif lemmas & word_set("fr", "negation_words") - {"rien", "aucun", "aucune"} or (
            has_ne and not _restrictive_or_expletive_ne(tok)
        ):
            neg = True
        if any(
            c.dep_ in ("mark", "case") and c.lower_ == "sans" and c.i < tok.i
            for c in children
        ):
            neg = True  # "sans signer le contrat"
    else:
        if lemmas & {"not", "n't", "never", "no"}:
            neg = True
        for child in children:
            low = child.lower_
            if low in ("anymore",) or (
                low == "longer" and any(g.lower_ == "no" for g in child.children)
            ):
                ces = neg = True
            if low == "more" and any(g.lower_ == "any" for g in child.children):
                ces = neg = True
        if ces:
            neg = True
        if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
            neg = True  # "left without signing the contract"
    return neg, ces


def _restrictive_or_expletive_ne(verb: Token) -> bool:
    """French "ne" that does not negate: restrictive "ne ... que" ("ne vend que des logiciels")
    and expletive "ne" after "avant que", "à moins que", "de peur que", "sans que"."""
    doc = verb.doc
    ne = next((c for c in verb.children if c.i < verb.i and c.lower_.replace("’", "'") in ("ne", "n'")), None)
    if ne is not None:
        # « Ce n'est qu'en 2020 que le projet a été abandonné »: the parser hangs the « ne » of a
        # cleft's « être » on the verb of its « que » clause; « que » right after that verb group
        # (clitics and auxiliaries only between) restricts, « n'est pas » negates
        for t in doc[ne.i + 1 : min(verb.i, ne.i + 4)]:
            if t.lower_.replace("’", "'") in ("que", "qu'"):
                return True
            if t.pos_ not in ("AUX", "VERB", "PRON"):
                break
    sub = [t for t in verb.subtree if t.i > verb.i]
    for t in sub[:6]:
        if t.lower_ in ("que", "qu'", "qu’") and t.dep_ in (
            "mark",
            "advmod",
            "fixed",
            "cc",
        ):
            head = t.head
            if (
                head.i != verb.i
                and head.head.i == verb.i
                and head.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADV", "ADP", "VERB")
            ):
                return True
            if head.i == verb.i:
                return True
    for child in verb.children:
        if child.dep_ == "mark":
            words = {child.lower_} | {g.lower_ for g in child.children}
            prev = doc[child.i - 1].lower_ if child.i > 0 else ""
            if words & {"avant", "moins", "peur", "crainte"} or prev in (
                "avant",
                "moins",
                "peur",
                "crainte",
                "sans",
            ):
                return True
    return False


def _is_coordinated(tok: Token) -> bool:
    """A conjunct, or a bare participle the parser attached as advcl ("fabriqués, vendus ou ...")."""
    if tok.dep_ == "conj":
        return True
    # (not after a finite verb: « il affrontera le maire sortant, élu en 2014 » describes the mayor,
    # and is no part of what « affrontera » says is to come)
    return (
        tok.dep_ == "advcl"
        and "Part" in _morph(tok, "VerbForm")
        and "Past" in _morph(tok, "Tense")
        and not any(c.dep_.startswith(("aux", "mark", "nsubj")) for c in tok.children)
        and "Fin" not in _morph(tok.head, "VerbForm")
    )


def _shares_verb_group(tok: Token) -> bool:
    """A coordinated verb that shares its head's auxiliaries, negation and subject: a bare
    participle or infinitive without auxiliary or subject of its own ("ne seront plus
    commercialisés, vendus ou mis à jour", "will not sell or update"). A finite conjunct ("ne vend
    pas X et achète Y") carries its own polarity and tense."""
    if not _is_coordinated(tok) or _own_subject(tok):
        return False
    if any(c.dep_.startswith("aux") for c in tok.children):
        return False
    return _is_nonfinite(tok) or _misread_nonfinite_conjunct(tok)


def _misread_nonfinite_conjunct(tok: Token) -> bool:
    """An English conjunct the tagger read as a finite past or present that shares the verb group
    of its head: after a "to" infinitive or a modal, a form spelt as its infinitive ("expected to create 400
    jobs and cost $2 billion", "agreed to buy Beta and put it up for sale", "will close the plant and cut
    600 jobs"); after a perfect, a past
    form ("would have furloughed 800,000 workers and closed national parks")."""
    if tok.lang_ != "en" or tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBN", "VBP"):
        return False
    head = tok.head
    if tok.lower_ == _lemma(tok) and _to_infinitive(head):
        return True
    if tok.lower_ == _lemma(tok) and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return True  # after a modal: "will close the plant and cut 600 jobs", "could close it and put jobs at risk"
    return tok.tag_ == "VBD" and head.tag_ == "VBN" and any(
        c.dep_ == "aux" and _lemma(c) == "have" for c in head.children
    )


def _exit_head(tok: Token, lang: str) -> Token | None:
    """The verb of ending (``exit_verbs``) whose complement ``tok`` is: "stopped selling", "will
    cease to offer", "cesse de vendre", "a renoncé à acheter". None when that verb is negated ("did
    not stop selling": the selling goes on)."""
    if tok.dep_ != "xcomp" or tok.head.i == tok.i:
        return None
    head = tok.head
    form = word_maps("exit_verbs").get(lang, {}).get(_lemma(head))
    if form is None or (form == "ing" and tok.tag_ != "VBG"):
        return None
    if _polarity(head, lang)[0]:
        return None
    return head


def _refused(tok: Token, lang: str) -> bool:
    """``tok`` is the infinitive of a verb of refusing (``refusal_verbs``) that is not negated
    itself: « a refusé de commenter », « a omis de déclarer » (the comment never happened), or of
    a negated verb of succeeding (« n'a pas réussi à convaincre »): see :func:`refusing_head`."""
    return refusing_head(tok, lang) is not None


def refusing_head(tok: Token, lang: str) -> Token | None:
    """The verb that keeps its infinitive ``tok`` from happening, or None: a verb of refusing or
    failing (``refusal_verbs``) that is not negated itself (« a refusé mardi de signer », « a échoué
    à conclure », "failed to agree"), or a negated verb of succeeding (``success_verbs``: « n'a pas
    réussi à convaincre », « n'est pas parvenu à », "did not manage to"). The infinitive is then
    negated, and happens (or rather fails to) when that verb does. Also the infinitive of a noun
    of refusing or failing (``refusal_nouns``: "his failure to pay the fine", « son refus de
    signer »)."""
    if tok.head.i != tok.i and tok.head.pos_ == "NOUN" and tok.dep_ in ("acl", "relcl") and _infinitive_of_noun(tok, lang):
        return tok.head if _lemma(tok.head) in word_sets("refusal_nouns").get(lang, frozenset()) else None
    if tok.head.i == tok.i or (tok.dep_ != "xcomp" and not _split_infinitive_complement(tok)):
        return None
    head = tok.head
    lemma = _lemma(head)
    if lemma in word_sets("refusal_verbs").get(lang, frozenset()):
        return None if _polarity(head, lang)[0] else head
    if lemma in word_sets("success_verbs").get(lang, frozenset()):
        return head if _polarity(head, lang)[0] else None
    return None


def _infinitive_of_noun(tok: Token, lang: str) -> bool:
    """``tok`` is an infinitive after its noun: "failure to pay" ("to" + base form), « refus de
    signer » (an infinitive after « de »)."""
    if tok.i < tok.head.i:
        return False
    if lang == "en":
        return _to_infinitive(tok)
    return "Inf" in _morph(tok, "VerbForm")


def _split_infinitive_complement(tok: Token) -> bool:
    """An English "to" infinitive the parser hung as an adverbial clause on a verb with no object
    of its own because a date came between: "did not manage on Tuesday to approve", "failed on
    Monday to block" (the complement of the verb, not a purpose)."""
    head = tok.head
    return (
        tok.dep_ == "advcl"
        and tok.i > head.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and not any(c.dep_ in ("mark", "nsubj") for c in tok.children)
        and not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in head.children)
        and any(c.dep_ == "prep" and head.i < c.i < tok.i for c in head.children)
    )


def _hindered(tok: Token, lang: str) -> bool:
    """``tok`` is the act a verb of hindering (``hindering_verbs``) keeps someone from: "a judge
    blocked Acme from expanding", "was barred from driving", "refrained from commenting", « a empêché
    la société d'agrandir l'usine », « a interdit à l'entreprise de vendre ». The act did not happen,
    unless the verb of hindering is negated itself ("did not stop them from leaving")."""
    head = tok.head
    if head.i == tok.i:
        return False
    if lang == "en":
        if tok.dep_ != "pcomp" or head.dep_ != "prep" or head.lower_ != "from" or head.head.i == head.i:
            return False
        verb = head.head
    else:
        if "Inf" not in _morph(tok, "VerbForm") or not any(
            c.dep_ == "mark" and c.lower_.replace("’", "'") in ("de", "d'") for c in tok.children
        ):
            return False
        verb = _object_infinitive_governor(tok) or head
        if verb is head and tok.dep_ not in ("xcomp", "ccomp", "advcl"):
            return False
    if verb.pos_ not in ("VERB", "AUX") or _lemma(verb) not in word_sets("hindering_verbs").get(lang, frozenset()):
        return False
    return not _polarity(verb, lang)[0]


def _object_infinitive_governor(tok: Token) -> Token | None:
    """The verb whose object or « à » complement the French parser hung the « de » / « à »
    infinitive ``tok`` on, as if it completed that noun (« a empêché la société d'agrandir l'usine »,
    « a demandé à la Commission d'ouvrir une enquête »): the infinitive is that verb's complement.
    None for an infinitive that completes its noun (« sa décision de fermer »)."""
    head = tok.head
    if (
        tok.dep_ != "acl"
        or head.i == tok.i
        or head.pos_ not in ("NOUN", "PROPN", "PRON")
        or head.head.i == head.i
        or head.head.pos_ not in ("VERB", "AUX")
        or not (head.dep_ in _OBJ or head.dep_.startswith("obl"))
        or "Inf" not in _morph(tok, "VerbForm")
    ):
        return None
    if not any(c.dep_ == "mark" and c.lower_.replace("’", "'") in ("de", "d'", "à") for c in tok.children):
        return None
    return head.head


def _continued_negation(tok: Token, lang: str) -> bool:
    """A negated complement of a verb of continuing: "continuera de ne pas vendre", "will
    continue not to sell" read as "ne vendra plus" (the verb of continuing itself not negated)."""
    if tok.dep_ != "xcomp" or tok.head.i == tok.i:
        return False
    head = tok.head
    if _lemma(head) not in word_set(lang, "continuation_verbs"):
        return False
    return not _polarity(head, lang)[0]


def _business_of(tok: Token, lang: str) -> bool:
    """``tok`` names the line of business of a clause that reads "no longer": "is no longer in the
    business of selling printers", "n'est plus dans le métier de vendre". The climb goes through
    nouns and prepositions only, to the first verb or copula, whose polarity must be cessative."""
    nouns = word_set(lang, "business_nouns")
    cur = tok
    seen_business = False
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return False
        if head.pos_ in ("VERB", "AUX"):
            return seen_business and _polarity(head, lang)[1]
        if head.pos_ == "NOUN" and _lemma(head) in nouns:
            seen_business = True
        elif head.pos_ not in ("NOUN", "ADP", "PROPN"):
            return False
        cur = head
    return False


def _own_polarity(tok: Token, lang: str) -> tuple[bool, bool]:
    neg, ces = _polarity(tok, lang)
    if not neg and _exit_head(tok, lang) is not None:
        return True, True  # "stopped selling" reads as "no longer sells"
    if not neg and _refused(tok, lang):
        return True, False  # « a refusé de commenter » reads as « n'a pas commenté »
    if not neg and _hindered(tok, lang):
        return True, False  # "blocked Acme from expanding" reads as "Acme did not expand"
    if neg and not ces and _continued_negation(tok, lang):
        return True, True  # "continuera de ne pas vendre" reads as "ne vendra plus"
    if not neg and _business_of(tok, lang):
        return True, True  # "no longer in the business of selling" reads as "no longer sells"
    if not neg and _negative_subject(tok, lang):
        return True, False  # "No one was injured", "Nobody was hurt": no injury
    return neg, ces


def _negative_subject(tok: Token, lang: str) -> bool:
    """An English subject that denies its clause: a pronoun of ``negative_pronouns`` ("Nobody was
    hurt", "None of the passengers were injured") or a noun or "one" with the determiner "no"
    ("No one was injured", "No passengers were hurt"). French says it with « ne », which the
    polarity reads already."""
    if lang != "en":
        return False
    pronouns = word_sets("negative_pronouns").get(lang, frozenset())
    determiners = word_set("xx", "negative_determiners") | pronouns  # "Neither driver was hurt"
    exceptive = word_sets("exceptive_words").get(lang, frozenset())
    for child in tok.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if child.lower_ not in pronouns and not any(d.dep_ == "det" and d.lower_ in determiners for d in child.children):
            continue
        if any(t.lower_ in exceptive and t.dep_ in ("cc", "prep", "advmod") for t in tok.doc[child.i + 1 : tok.i]):
            continue  # "No one but the goalkeeper was injured", "Nobody except the driver survived"
        return True
    return False


def _verb_polarity(tok: Token, lang: str) -> tuple[bool, bool]:
    """Polarity with inheritance along coordination: "ne seront plus commercialisés, vendus".
    The complement of a verb of ending is cessative: "cesse de vendre" as "ne vend plus"."""
    neg, ces = _own_polarity(tok, lang)
    cur = tok
    steps = 0
    while not neg and _shares_verb_group(cur) and steps < 5:
        cur = cur.head
        neg, ces = _own_polarity(cur, lang)
        steps += 1
    if not neg and cur.dep_ == "xcomp" and cur.head.i != cur.i and (
        _lemma(cur.head) in word_maps("modal_heads").get(lang, {}) or _intention_of(cur, lang) is not None
    ) and not _restricted_infinitive(cur, lang):
        # « ne veut pas fermer », « ne va pas fermer », "is not going to sell", « n'envisage pas de
        # fermer », « ne compte pas faire appel »: the modal's negation is the infinitive's (the
        # event is announced as not happening)
        neg, ces = _polarity(cur.head, lang)
    if not neg and lang == "en" and cur.dep_ == "xcomp" and cur.head.pos_ == "ADJ" and cur.head.head.i != cur.head.i:
        # "will no longer be able to post", "was unable to pay": the copula's polarity, turned
        # round by an adjective of inability
        sense = word_maps("ability_adjectives").get(lang, {}).get(cur.head.lower_)
        if sense is not None and cur.head.dep_ == "acomp":
            copula_neg, copula_ces = _polarity(cur.head.head, lang)
            neg, ces = (copula_neg, copula_ces) if sense == "same" else (not copula_neg, False)
    return neg, ces


def _intention_of(tok: Token, lang: str) -> str | None:
    """The modality an infinitive ``tok`` takes from the verb of intending or planning it
    complements (``<lang>/intention_heads``: « envisage de fermer », « compte recruter », « doit
    annoncer »), or None. A head listed for the simple tenses only gives none in a compound tense
    or the passé simple (« a dû annuler », « dut annuler »: it happened); a head in the conditional
    gives CONDITIONAL (« devrait annoncer »)."""
    # "The board voted on Tuesday to close the clinic": with a date between them the English parser
    # reads the infinitive as an adverbial clause of purpose; after a verb of intending it is its
    # complement all the same
    to_clause = tok.dep_ == "advcl" and tok.lang_ == "en" and tok.head.i < tok.i and any(
        c.tag_ == "TO" for c in tok.children
    ) and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)
    if (tok.dep_ != "xcomp" and not to_clause) or tok.head.i == tok.i or tok.head.pos_ not in ("VERB", "AUX", "ADJ"):
        return None  # an adjective heads a plan too: "was due to be released"
    if "Inf" not in _morph(tok, "VerbForm") and not any("Inf" in _morph(a, "VerbForm") for a in tok.children if a.dep_.startswith("aux")):
        return None
    head = tok.head
    entry = _intention_heads(lang).get(_lemma(head))
    if entry is None:
        return None
    if any(a.dep_ == "aux:tense" and "Inf" in _morph(a, "VerbForm") for a in tok.children) or (
        tok.tag_ == "VBN" and any(a.dep_ == "aux" and "Inf" in _morph(a, "VerbForm") for a in tok.children)
    ):
        # « le suspect doit avoir quitté la France », « le club espère avoir recruté le bon entraîneur »,
        # "is expected to have died in the storm" (an English "have" aux, not the passive "to be
        # named"): a perfect infinitive tells what is (supposed to be) done, not a plan
        return None
    if _lemma(tok) in _intention_idioms(lang).get(_lemma(head), ()):
        return None  # « on entend dire que », « on entend parler de »: hearsay, not an intention
    if _lemma(head) == "be" and (
        _lemma(tok) in word_sets("be_to_idioms").get(lang, ())  # "was to blame for the crash": no plan
        or any(c.dep_ in ("advmod", "acomp") and c.lower_ in word_sets("later_adverbs").get(lang, ())
               for c in list(head.children) + list(tok.children))
    ):
        return None  # "He was later to become president": the destiny the story tells, which came (rvf32b)
    modality, tenses = entry
    if tenses == "simple" and _past_head(head):
        return None
    if "Cnd" in _morph(head, "Mood") or (lang == "fr" and _fr_tense(head) == "CND"):
        return "CONDITIONAL"
    return modality


def _past_head(head: Token) -> bool:
    """A verb in a compound tense or a simple past (« a souhaité », « souhaita », « avait prévu »)."""
    return any(c.dep_.startswith("aux") for c in head.children) or "Past" in _morph(head, "Tense")


@cache
def _intention_idioms(lang: str) -> dict[str, frozenset[str]]:
    """``<lang>/intention_idioms``: head lemma -> the infinitives it heads in no plan (« entendre dire »)."""
    if lang not in word_sets("intention_idioms"):
        return {}
    out: dict[str, set[str]] = {}
    for row in rows(lang, "intention_idioms"):
        out.setdefault(row[1], set()).add(row[0])
    return {k: frozenset(v) for k, v in out.items()}


_QUE = ("que", "qu'")


def _restricted_infinitive(inf: Token, lang: str) -> bool:
    """A head with a bare « ne » (no « pas », « jamais »… of ``<lang>/negation_words``) and a restrictive
    « que » in its infinitive's clause (« le club n'envisage de recruter qu'un attaquant », « le suspect
    ne doit être jugé qu'en juin »): « ne … que » restricts, the infinitive is not negated."""
    if lang != "fr":
        return False
    head = inf.head
    words = {c.lower_.replace("’", "'") for c in head.children if c.dep_ in ("advmod", "neg")}
    if not words & {"ne", "n'"} or words & word_set("fr", "negation_words"):
        return False
    after = [t for t in inf.subtree if t.i > inf.i]
    for t in after[:6]:
        if t.lower_.replace("’", "'") in _QUE and t.dep_ in ("mark", "advmod", "fixed", "cc"):
            # on a noun or a date (« qu'un attaquant », « qu'en juin »), not one opening a clause
            # (« ne peut affirmer que l'école fermera »: a literary negation)
            return t.head.pos_ not in ("VERB", "AUX")
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "aux:pass", "aux:tense"):
            break
    return False


def _to_infinitive(verb: Token) -> bool:
    """An English bare infinitive with its "to" ("a plan to cut", "a call to ban")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _intended_by_noun(verb: Token, noun: Token, lang: str) -> str | None:
    """The modality ``verb`` takes as the infinitive complement of a noun of intending or agreeing
    (``<lang>/intention_nouns``: "Acme announced a plan to cut 500 jobs", « son intention de
    racheter Beta »): the cuts are planned, not done. None for any other verb."""
    if lang == "fr" and verb.dep_ == "xcomp" and noun.pos_ in ("VERB", "AUX"):
        # « a présenté son projet de fermer l'usine »: the parser hangs the noun's infinitive on the
        # verb whose object the noun is, right before the « de »
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i), None)
        noun = next((c for c in noun.children if c.dep_ in _OBJ and mark is not None and c.right_edge.i == mark.i - 1), noun)
        verb_dep = "acl" if noun.pos_ == "NOUN" else verb.dep_
    else:
        verb_dep = verb.dep_
    if verb_dep not in ("acl", "relcl", "advcl") or noun.pos_ != "NOUN" or noun.i > verb.i:
        return None
    if lang == "en":
        if not _to_infinitive(verb):
            return None
    elif verb_dep != "acl" or "Inf" not in _morph(verb, "VerbForm") or (noun.i != verb.head.i and noun.head.i != verb.head.i):
        return None
    if any(a.dep_ == "aux:tense" and "Inf" in _morph(a, "VerbForm") for a in verb.children):
        return None  # « la décision d'avoir fermé »: a perfect infinitive tells what was done
    return _intention_nouns(lang).get(_lemma(noun))


@cache
def _intention_nouns(lang: str) -> dict[str, str]:
    """``<lang>/intention_nouns``: lemma -> modality; empty for a language without it."""
    if lang not in word_sets("intention_nouns"):
        return {}
    return {row[0]: row[1] for row in rows(lang, "intention_nouns")}


@cache
def _intention_heads(lang: str) -> dict[str, tuple[str, str]]:
    """``<lang>/intention_heads``: lemma -> (modality, tenses); empty for a language without it."""
    if lang not in word_sets("intention_heads"):
        return {}
    return {row[0]: (row[1], row[2]) for row in rows(lang, "intention_heads")}


def _own_subject(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ in _SUBJ or child.dep_ in _PASS_SUBJ:
            return child
    return None


def _is_imperative(tok: Token) -> bool:
    """The writer's imperative that opens a sentence without a subject ("Rappelons que", "Notons
    que", "Note that"): French first or second person plural forms, English base forms."""
    if tok.pos_ not in ("VERB", "AUX") or any(c.dep_.startswith(("nsubj", "expl")) for c in tok.children):
        return False
    before = [t for t in tok.doc[tok.sent.start : tok.i] if not (t.is_punct or t.is_space)]
    if before:
        return False
    lower = tok.lower_
    return lower.endswith(("ons", "ez")) or tok.tag_ == "VB"


def _is_question(tok: Token) -> bool:
    """A French verb asking a question by inversion (« Le ministre pense-t-il que la réforme
    passera ? », « Pensez-vous que … ? »): its verb group is followed by a hyphenated subject clitic
    (``fr/interrogative_clitics``) and the first end of sentence after it is a question mark. An
    incise (« …, a-t-il dit. ») ends with no question mark."""
    if not tok.lang_.startswith("fr") or tok.pos_ not in ("VERB", "AUX"):
        return False
    first = min([tok.i] + [c.i for c in tok.children if c.dep_.startswith("aux")])
    doc = tok.doc
    after = first + 1
    clitic = after < len(doc) and doc[after].text.startswith(("-", "‑")) and doc[after].text.lstrip(
        "-‑"
    ).lower() in word_set("fr", "interrogative_clitics")
    if not clitic:
        return False
    end = next((t for t in doc[after : tok.sent.end] if t.text in ("?", ".", "!", "…")), None)
    return end is not None and end.text == "?"


def _conjoined_incise(tok: Token) -> bool:
    """A French verb set off by a comma after the clause it reports, with its subject after it and
    no conjunction, which the parser coordinates with that clause (« Le groupe a pour sa part
    rejeté le texte, a indiqué son porte-parole »): an incise, whose content is the clause before."""
    if not tok.lang_.startswith("fr") or tok.dep_ != "conj" or tok.head.i > tok.i:
        return False
    children = list(tok.children)
    if any(c.dep_ == "cc" for c in children) or not any(
        c.i > tok.i and (c.dep_.startswith("nsubj") or c.dep_ == "obj" and _closing_speaker(tok, c)) for c in children
    ):
        return False
    first = min([tok.i] + [c.i for c in children if c.dep_.startswith("aux")])
    return first > 0 and tok.doc[first - 1].text == ","


def _closing_speaker(verb: Token, obj: Token) -> bool:
    """A speaker the parser read as the object of a French verb after a comma, closing the sentence
    with no subject of the verb before it (« Les travaux ne reprendront pas avant la fin du mois, a
    précisé la préfecture »), as the inverted subject of an incise; not a thing said or done
    (« …, a précisé les règles »)."""
    if any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children) or not _speaker_like(obj):
        return False
    end = verb.sent.end
    while end > obj.i + 1 and verb.doc[end - 1].is_punct:
        end -= 1
    return obj.right_edge.i == end - 1


def _root_incise(tok: Token) -> bool:
    """A French verb set off by a comma at the end of the sentence whose clause it reports, with its
    subject after it (which the parser may read as its object) closing the sentence, which the
    parser made the sentence's root and hung the reported clause's words on (« Les journalistes
    sont en sécurité, mais choqués, a indiqué leur direction »): an incise too, when a verb of the
    clause before the comma is in one of its dependents' subtree."""
    if not tok.lang_.startswith("fr") or tok.dep_ != "ROOT":
        return False
    children = list(tok.children)
    # the speaker after the verb, which the parser may read as its object, closes the sentence
    end = tok.sent.end
    while end > tok.i + 1 and tok.doc[end - 1].is_punct:
        end -= 1
    # (« dans un communiqué », « à l'AFP » may follow it)
    tail_end = max([c.right_edge.i for c in children if c.dep_.startswith("obl") and c.i > tok.i], default=-1)
    if not any(
        c.dep_.startswith(("nsubj", "obj")) and c.i > tok.i
        and (c.right_edge.i == end - 1 or (tail_end == end - 1 and not any(
            o.i > c.right_edge.i and not o.dep_.startswith(("obl", "punct")) for o in children
        )))
        for c in children
    ):
        return False
    first = min([tok.i] + [c.i for c in children if c.dep_.startswith("aux")])
    if first <= tok.sent.start or tok.doc[first - 1].text != ",":
        return False
    before = [c for c in children if c.i < first - 1]
    return any(t.pos_ in ("VERB", "AUX") and t.i < first - 1 for c in before for t in c.subtree)


def _reported_infinitive(child: Token, verb: Token) -> bool:
    """A bare infinitive after a French verb of saying that tells what is said (« a expliqué vouloir
    partir », « a indiqué avoir reçu des menaces »: a compound infinitive, whose « avoir » or « être »
    the parse hangs on the participle), no « de » or « à » before it."""
    if child.dep_ != "xcomp" or child.i <= verb.i or any(c.dep_ == "mark" for c in child.children):
        return False
    if _morph(child, "VerbForm") == ["Inf"]:
        return True
    return "Part" in _morph(child, "VerbForm") and any(
        c.dep_.startswith("aux") and verb.i < c.i < child.i and _morph(c, "VerbForm") == ["Inf"] for c in child.children
    )


def adverbial_between_commas(noun: Token, pronoun: Token) -> bool:
    """Whether ``noun`` heads an adverbial set off by two commas right before a French « qui »
    (« Personne ne sait, dans le quartier, qui a attaqué la boulangerie », « Les enquêteurs ignorent
    encore, à Marseille, qui a tué le gardien »): a phrase with a preposition, or a verb's
    adverbial, between a comma and the comma before « qui », which then opens the question the
    adverbial interrupted (« qui a attaqué »: who, not the district), not a clause of that noun."""
    if not pronoun.lang_.startswith("fr") or pronoun.i < 2 or pronoun.nbor(-1).text != ",":
        return False
    doc = noun.doc
    words = [t.i for t in noun.subtree if t.i < pronoun.i and not t.is_punct]  # the parse may hang the commas on it
    # « lors du procès », « près de la gare »: an adverb the parse made the head of the phrase
    adverb = noun.head.pos_ in ("ADV", "ADP") and noun.head.i < noun.i
    left = min(words + [noun.head.i] if adverb else words)
    if left < 1 or doc[left - 1].text != "," or max(words) != pronoun.i - 2:
        return False
    return adverb or noun.dep_.startswith("obl") or any(c.dep_ == "case" and c.i == left for c in noun.children)


def _split_incise(tok: Token) -> bool:
    """A French verb group right after a comma that the parser made the start of a sentence of its
    own (« Le vaccin sera proposé aux Antilles, [a précisé l'autorité dans un communiqué.] »): an
    incise whose content is the clause before the comma, which ends no sentence."""
    if not tok.lang_.startswith("fr") or tok.pos_ != "VERB":
        return False
    doc = tok.doc
    children = list(tok.children)
    aux = [c for c in children if c.dep_.startswith("aux") and c.i < tok.i]
    first = min([tok.i] + [c.i for c in aux])
    if first < 3 or doc[first - 1].text != "," or any(c.dep_.startswith("nsubj") and c.i < tok.i for c in children):
        return False
    if not doc[first - 1].is_sent_start:
        # « Le militant fera appel, a estimé l'avocate »: a finite verb group after a comma that
        # the parser hung on the verb before as an adverbial, with no conjunction to make it one
        if tok.dep_ not in ("advcl", "conj") or tok.head.i > tok.i or any(c.dep_ in ("mark", "cc") for c in children):
            return False
        if aux:
            return tok.dep_ == "advcl" and any("Fin" in _morph(a, "VerbForm") for a in aux) and any(
                c.dep_ in ("obj", "nsubj") and c.i > tok.i for c in children
            )
        # « Deux suspects ont été interpellés, précise la gendarmerie », « …, indiquent les
        # pompiers »: a simple tense, read as an adverbial or a conjunct whose object is the speaker
        return _postposed_speaker_closes(tok)
    before = doc[first - 2]
    return before.text not in (".", "!", "?", "…", ";", ":") and not before.is_space and "\n" not in before.whitespace_


def _postposed_speaker_closes(verb: Token) -> bool:
    """A finite third-person indicative ``verb`` whose nominal after it, agreeing in number, is the
    last phrase of the sentence (a « dans un communiqué » or « à l'AFP » may follow it): the
    speaker of an incise in a simple tense, which the parser read as the verb's object."""
    if "Fin" not in _morph(verb, "VerbForm") or _morph(verb, "Person") not in ([], ["3"]):
        return False
    if _morph(verb, "Mood") not in ([], ["Ind"]):
        return False
    after = [c for c in verb.children if c.dep_ in ("obj", "nsubj") and c.i > verb.i]
    if len(after) != 1 or after[0].i not in (verb.i + 1, verb.i + 2) or after[0].pos_ not in ("NOUN", "PROPN"):
        return False
    speaker = after[0]
    if speaker.pos_ == "NOUN" and not any(c.dep_ == "det" and c.i == verb.i + 1 for c in speaker.children):
        return False
    if _morph(speaker, "Number") and _morph(verb, "Number") and _morph(speaker, "Number") != _morph(verb, "Number"):
        return False
    if not _speaker_like(speaker):
        return False  # « Le maire a pris la parole, explique le projet »: two acts of one subject
    end = verb.sent.end
    while end > verb.i + 1 and (verb.doc[end - 1].is_punct or verb.doc[end - 1].is_space):
        end -= 1
    tail = [c for c in verb.children if c.i > speaker.right_edge.i]
    last = max([speaker.right_edge.i] + [c.right_edge.i for c in tail])
    return last == end - 1 and all(c.dep_.startswith("obl") for c in tail)


#: Word lists whose nouns name someone who can speak: people by their office, trade or situation,
#: and bodies (« la préfecture », « le parquet »), beside the languages' shared ``speaker_nouns``.
_SPEAKER_NOUN_LISTS = ("person_role_nouns", "employee_nouns", "spokesperson_nouns", "organisation_heads", "human_nouns")


def _speaker_like(tok: Token) -> bool:
    """A name, a person or organisation the model recognised, or a noun of a person or a body."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("PER", "ORG"):
        return True
    lemma = tok.lemma_.lower()
    lang = tok.lang_[:2]
    if lemma in word_set("xx", "speaker_nouns") or lemma in word_set("xx", "agentive_nouns"):
        return True
    return any(lemma in word_set(lang, name) or tok.lower_ in word_set(lang, name) for name in _SPEAKER_NOUN_LISTS)


def _has_clause(tok: Token) -> bool:
    if any(
        c.dep_ in ("ccomp", "parataxis", "parataxis:insert", "parataxis:parenth")
        for c in tok.children
    ):
        return True
    if tok.dep_.startswith("parataxis") or _conjoined_incise(tok) or _root_incise(tok):
        return True
    if tok.lang_.startswith("fr") and any(_reported_infinitive(c, tok) for c in tok.children):
        return True  # « a expliqué vouloir se consacrer à sa famille »: what is said, as an infinitive
    if _split_incise(tok):
        return True
    sent_text = tok.sent.text if tok.doc.has_annotation("SENT_START") else tok.doc.text
    return any(q in sent_text for q in ("«", "“", '"', "``"))


# --------------------------------------------------------------------------------------------------
# Factuality: polarity and modality
# --------------------------------------------------------------------------------------------------

# French future / conditional endings, added to the future stem (the infinitive, minus the final
# "e" of -re verbs, or an irregular stem). The French parser's Mood=Cnd / Tense=Fut are unreliable
# on conditionals ("vendrait" comes out as Tense=Imp), so the form is checked too.
_FR_FUT_ENDINGS = ("ons", "ont", "ez", "ai", "as", "a")
_FR_CND_ENDINGS = ("aient", "ions", "iez", "ais", "ait")


def _fr_stems(lemma: str) -> set[str]:
    stems = {lemma}
    if lemma.endswith("re"):
        stems.add(lemma[:-1])  # vendre -> vendr(a)
    if lemma in word_map("fr", "irregular_future_stems"):
        stems.add(word_map("fr", "irregular_future_stems")[lemma])
    for suffix, stem in (("venir", "viendr"), ("tenir", "tiendr"), ("faire", "fer")):
        if lemma.endswith(suffix):
            stems.add(lemma[: -len(suffix)] + stem)
    if lemma.endswith("yer"):
        stems.add(lemma[:-3] + "ier")  # payer -> paier(a)
    if lemma.endswith(("eler", "eter")):
        stems.add(lemma[:-2] + lemma[-3] + "er")  # appeler -> appeller(ons), jeter -> jetter(a)
    return stems


def _strip_accents(text: str) -> str:
    import unicodedata

    return "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
    )


def _fr_tense(tok: Token) -> str | None:
    """``"FUT"`` or ``"CND"`` for a French future or conditional verb form, else None."""
    if "Cnd" in _morph(tok, "Mood"):
        return "CND"
    if "Fut" in _morph(tok, "Tense"):
        return "FUT"
    # The form decides (the parser's VerbForm is unreliable too: "signera" comes out as Part);
    # no participle or infinitive ends in a future stem + ending.
    form = _strip_accents(tok.lower_)
    stems = {_strip_accents(s) for s in _fr_stems(_lemma(tok))}
    for endings, label in ((_FR_CND_ENDINGS, "CND"), (_FR_FUT_ENDINGS, "FUT")):
        for ending in endings:
            if form.endswith(ending) and form[: -len(ending)] in stems:
                return label
    return None


def _own_modality(verb: Token, lang: str) -> str | None:
    """Modality marked on one verb and its auxiliaries, None when unmarked."""
    if lang == "fr":
        found: str | None = None
        for t in [verb] + [c for c in verb.children if c.dep_.startswith("aux") and not across_quote(c, verb)]:
            if t is not verb and _lemma(t) == "pouvoir":
                return "POSSIBLE"
            if t is not verb and _lemma(t) == "aller" and t.i < verb.i:
                found = found or "FUTURE"
            tense = _fr_tense(t)
            if tense == "CND":
                return "CONDITIONAL"
            if tense == "FUT":
                found = "FUTURE"
        return found
    found = None
    for child in verb.children:
        if child.dep_ == "aux" and child.tag_ == "MD":
            value = word_map("en", "modal_auxiliaries").get(child.lower_.replace("’", "'"))
            if value is None:
                value = word_map("en", "modal_auxiliaries").get(_lemma(child))
            if value is not None:
                return value
    return found


def _is_hypothetical(verb: Token, lang: str) -> bool:
    doc = verb.doc
    for child in verb.children:
        if child.dep_ != "mark" or child.lower_ not in word_sets("hypothetical_marks").get(
            lang, ()
        ):
            continue
        prev = doc[child.i - 1].lower_ if child.i > 0 else ""
        if prev in word_set("xx", "non_conditional_before") or any(
            g.lower_ in word_set("xx", "non_conditional_before") for g in child.children
        ):
            continue
        return True
    return False


def _sequence_infinitive(tok: Token, lang: str) -> bool:
    """``tok`` is a French infinitive clause of a verb opened by a word of
    ``<lang>/sequence_prepositions`` (« avant de fermer », « après avoir signé »)."""
    if lang != "fr" or tok.dep_ != "advcl" or "Inf" not in _morph(tok, "VerbForm") and not _past_infinitive(tok):
        return False
    words = word_sets("sequence_prepositions").get(lang, frozenset())
    return any(c.dep_ == "mark" and c.i < tok.i and c.lower_ in words for c in tok.children)


def prior_infinitive(tok: Token, lang: str) -> bool:
    """``tok`` is a French past infinitive clause of ``<lang>/sequence_prepositions`` (« après
    avoir signé », « après être parti »): an act done before the main clause's."""
    return _past_infinitive(tok) and _sequence_infinitive(tok, lang)


def _past_infinitive(tok: Token) -> bool:
    """A participle whose auxiliary is an infinitive (« après avoir signé », « après être parti »)."""
    return any(c.dep_.startswith("aux") and "Inf" in _morph(c, "VerbForm") for c in tok.children)


def _verb_modality(tok: Token, lang: str, *, through_sequence: bool = True) -> str:
    """Modality of a verbal trigger: HYPOTHETICAL in a "si" / "if" clause, else what its own
    tense, auxiliaries or governing modal say ("va quitter", "pourrait quitter", "is going to
    close", "will continue to sell"), inherited along coordination of bare participles and, with
    ``through_sequence``, from the main clause of an « avant de » / « après avoir » infinitive."""
    possible = _possible_by_noun(tok, lang)
    if possible is not None:
        return possible  # "the risk of losing its licence"
    cur = tok
    for _ in range(6):
        if _is_hypothetical(cur, lang):
            return "HYPOTHETICAL"
        own = _own_modality(cur, lang)
        if own is not None:
            return own
        head = cur.head
        if head.i == cur.i:
            break
        if _shares_verb_group(cur):
            cur = head
            continue
        if through_sequence and _sequence_infinitive(cur, lang) and head.pos_ in ("VERB", "AUX"):
            # « Avant de fermer le site, la société versera une prime »: the act just before or
            # after the main clause's is as sure as it (here to come), whatever its own form says
            cur = head
            continue
        if _requested_by(cur, head, lang) or _persuaded_by(cur, head, lang):
            return "REQUESTED"
        if _permitted_by(cur, head, lang):
            return "POSSIBLE"
        governor = _object_infinitive_governor(cur) if lang == "fr" else None
        if governor is not None and _lemma(governor) in word_set(lang, "persuasion_verbs"):
            return "REQUESTED"  # « n'a pas réussi à convaincre les députés de voter le texte »
        if governor is not None and word_map(lang, "request_verbs").get(_lemma(governor)) is not None and not _polarity(governor, lang)[0]:
            return "REQUESTED"  # « a demandé à la Commission d'ouvrir une enquête »
        if _asked_by_noun(cur, head, lang) or _asked_by_noun(cur, _object_before(cur, head), lang):
            return "REQUESTED"
        planned = _intended_by_noun(cur, head, lang) or _intended_by_noun(cur, _object_before(cur, head), lang)
        if planned is not None:
            return planned
        if cur.dep_ == "xcomp" and head.pos_ == "ADJ" and (planned := _intention_of(cur, lang)) is not None:
            return planned  # "The prisoner was due to be released on Monday": a plan, maybe fallen through
        if lang == "en" and cur.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.i != head.i:
            # "we will be able to serve", "it would be hard to sell": the infinitive is as sure as
            # the copula's own tense or modal ("was able to escape" stays asserted)
            own = _own_modality(head.head, lang)
            if own is not None:
                return own
        if (cur.dep_ == "xcomp" or (cur.dep_ == "advcl" and _intention_of(cur, lang) is not None)) and head.pos_ in ("VERB", "AUX"):
            value = word_maps("modal_heads").get(lang, {}).get(_lemma(head))
            if lang == "en" and value is not None and head.tag_ != "VBG":
                value = None
            if lang == "fr" and _lemma(head) == "aller" and _fr_tense(head) is not None:
                value = None  # "ira vendre" is a motion verb, "va vendre" a future
            if (
                lang == "fr"
                and value is not None
                and _lemma(head) != "aller"
                and (
                    any(c.dep_.startswith("aux") for c in head.children)
                    or set(_morph(head, "Tense")) & {"Imp", "Past"}
                    and "Cnd" not in _morph(head, "Mood")
                )
            ):
                # "a pu vendre", "pouvait vendre": a past ability, not a possibility; « n'a pas
                # voulu commenter », « aurait voulu rencontrer »: a past wish, not a future event
                value = None
            if value is None:
                # « envisage de fermer », « compte recruter », « doit annoncer »: a plan, not a fact;
                # but « n'a pas souhaité commenter »: a past wish denied, the comment never came
                value = _intention_of(cur, lang)
                if value is not None and _past_head(head) and _polarity(head, lang)[0]:
                    value = None
            if value is not None:
                # the modal's own marks can still win: "pourrait" (Cnd) is POSSIBLE anyway
                if _is_hypothetical(head, lang):
                    return "HYPOTHETICAL"
                return value
            cur = head  # "a décidé de quitter": the matrix verb's tense
            continue
        break
    return "ASSERTED"


# Dependencies by which a verb of requesting takes the event it asks for: "demanded that Acme
# stop" (ccomp), "urged Acme to stop" (xcomp), "appelle à interdire" (xcomp, obl, advcl), "called
# for a ban" (prep + pobj), "réclame le retrait" (obj).
_REQUESTED_DEPS = frozenset({"ccomp", "xcomp", "advcl", "obl", "obl:arg", "obj", "dobj", "pcomp", "pobj"})
_REQUEST_CASES = frozenset({"for", "à", "pour", "that"})


def _requested_by(dependent: Token, head: Token, lang: str) -> bool:
    """``head`` is a verb of requesting (``request_verbs``), not negated, whose complement
    ``dependent`` is: the event there is asked for, not asserted. A preposition between them
    ("called for a ban", "appelle à l'interdiction") must be one of requesting."""
    if head.i == dependent.i or head.pos_ not in ("VERB", "AUX"):
        return False
    takes = word_map(lang, "request_verbs").get(_lemma(head))
    if takes is None or _polarity(head, lang)[0]:
        return False
    if dependent.dep_ == "prep":
        return dependent.lower_ in _REQUEST_CASES
    if takes == "clause" and dependent.dep_ in ("obj", "dobj"):
        return False  # "called the deal a mistake"
    if dependent.dep_ == "advcl" and "Part" in dependent.morph.get("VerbForm") and "Pres" in dependent.morph.get("Tense"):
        # « appelle à voter pour X, prônant son bilan »: a present participle adjunct is said along
        # with the call, not asked for
        return False
    if lang == "en" and dependent.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ not in ("that", "for") for c in dependent.children
    ):
        # "The strike was called after talks collapsed", "urged calm as protesters gathered": a
        # clause of time or cause set beside the call, not what is asked for
        return False
    return dependent.dep_ in _REQUESTED_DEPS


def _persuaded_by(dependent: Token, head: Token, lang: str) -> bool:
    """``head`` is a verb of persuading (``persuasion_verbs``) and ``dependent`` the act it urges
    (« a persuadé les élus de voter la réforme », "convinced the board to approve"): the act is
    urged, not asserted, whether the persuasion is denied or failed or not."""
    if head.i == dependent.i or dependent.pos_ not in ("VERB", "AUX"):
        return False
    # the head's lemma, not its tag: the tagger may read « persuadé » as an adverb or an adjective
    if _lemma(head) not in word_set(lang, "persuasion_verbs"):
        return False
    # a clause ("convinced the judges that he lied") is a belief, no act urged
    return dependent.dep_ in ("xcomp", "advcl", "obl", "obl:arg")


def _permitted_by(dependent: Token, head: Token, lang: str) -> bool:
    """``dependent`` is the infinitive of a verb of permitting (``permission_verbs``) in the present
    or the future: "the ruling allows developers to link", « la loi permet aux communes
    d'interdire », "the rules do not allow banks to charge fees": the act is allowed (or not), not
    told as done. A past permission ("allowed them to leave", « a autorisé la société à
    reprendre ») usually tells that it was done."""
    if head.i == dependent.i or head.pos_ not in ("VERB", "AUX") or dependent.i < head.i:
        return False
    if dependent.dep_ not in ("xcomp", "ccomp") or _lemma(head) not in word_sets("permission_verbs").get(lang, frozenset()):
        return False
    if lang == "en":
        if dependent.tag_ != "VB":
            return False
    elif "Inf" not in _morph(dependent, "VerbForm"):
        return False
    tense, form = _morph(head, "Tense"), _morph(head, "VerbForm")
    if "Fin" in form and ("Past" in tense or "Imp" in tense):
        return False  # "allowed", « permettait »
    return not ("Part" in form and any(c.dep_ in ("aux", "aux:tense") for c in head.children))  # "has allowed", « a permis »


def _object_before(verb: Token, head: Token) -> Token:
    """The object of ``head`` that ends right before the "to" of ``verb``, an English infinitive the
    parser hung on ``head`` ("backed a call/dobj to ban/advcl the drug"); else ``head``."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or verb.dep_ != "advcl":
        return head
    obj = next((c for c in head.children if c.dep_ in _OBJ and c.i == to.i - 1), None)
    return head if obj is None else obj


def _asked_by_noun(verb: Token, noun: Token, lang: str) -> bool:
    """``verb`` is the infinitive complement of a noun of requesting (``request_nouns``): "their
    request to halt the project", « leur demande de suspendre les travaux ». What is asked for did
    not happen by being asked; the noun's own negation ("no request to") is the noun's affair."""
    if verb.dep_ not in ("acl", "relcl", "advcl") or noun.pos_ != "NOUN" or noun.i > verb.i:
        return False
    if noun.dep_ == "pobj" and noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "amod") for c in noun.children):
        # "in order to allow access": a bare singular noun after a preposition says a purpose
        # ("amid calls to ban the drug" is still asked for)
        return False
    if lang == "en":
        # "a call to ban the drug": the parser also reads the infinitive as a relative clause
        if not _to_infinitive(verb):
            return False
    elif verb.dep_ != "acl" or "Inf" not in _morph(verb, "VerbForm") or noun.i != verb.head.i:
        return False
    if _lemma(noun) not in word_sets("request_nouns").get(lang, frozenset()):
        return False
    # "made a phone call to congratulate", "received a call to say": a call, not a request
    words = {_lemma(c) for c in noun.children if c.dep_ in ("compound", "amod")}
    if noun.dep_ in _OBJ and noun.head.i != noun.i:
        words.add(_lemma(noun.head))
    return not any((_lemma(noun), w) in _request_noun_other_senses(lang) for w in words)


@cache
def _request_noun_other_senses(lang: str) -> frozenset[tuple[str, str]]:
    return frozenset((r[1], r[0]) for r in rows(lang, "request_noun_other_senses") if len(r) >= 2)


def _noun_requested(tok: Token, lang: str) -> bool:
    """An event noun asked for: "demanded a ban", "called for a ban", "réclame le retrait",
    "appelle à l'interdiction"."""
    head = tok.head
    if head.i == tok.i:
        return False
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _REQUEST_CASES:
        return _requested_by(head, head.head, lang)
    case = _case_of(tok)
    if tok.dep_ in ("obl", "obl:arg", "obl:mod") and case not in _REQUEST_CASES:
        return False
    return tok.dep_ in ("obj", "dobj", "obl", "obl:arg", "obl:mod") and _requested_by(tok, head, lang)


def supports(verb: Token, noun: Token | None, lang: str) -> bool:
    """Whether ``verb`` is a support (light) verb of the event noun ``noun`` its object (``support_verbs``:
    "signer un accord", "held a press conference"; ``<lang>/noun_support_pairs`` for the nouns named
    there only: "paid a visit", « voter la grève »), or an English verb of dealing a blow
    (``en/inflicting_verbs``) whose object is a loss or a blow (``en/inflicted_nouns``: "handed the
    leaders their first defeat"): handing anything else is no support ("Police handed the
    investigation to the FBI": the FBI investigates). With no noun, whether any of its objects is one."""
    lemma = _lemma(verb)
    if lemma in word_sets("support_verbs").get(lang, frozenset()):
        return True
    paired = word_maps("noun_support_pairs").get(lang, {}).get(lemma)
    if paired is None and lang != "en":
        return False
    if paired is not None:
        # "paid a visit to the plant": a support verb of these nouns only ("paid the bill" pays)
        nouns = [noun] if noun is not None else [c for c in verb.children if c.dep_ in _OBJ]
        return any(_lemma(n) in paired.split("|") for n in nouns)
    if lemma not in word_set("en", "inflicting_verbs"):
        return False
    inflicted = word_set("en", "inflicted_nouns")
    nouns = [noun] if noun is not None else [c for c in verb.children if c.dep_ in _OBJ]
    return any(_lemma(n) in inflicted for n in nouns)


def _support_verb(tok: Token, lang: str) -> Token | None:
    """The support (light) verb whose object is this event noun: "signer un accord"."""
    head = tok.head
    if head.i != tok.i and head.pos_ in ("VERB", "AUX") and tok.dep_ in _OBJ and supports(head, tok, lang):
        return head
    return None


def _noun_polarity(tok: Token, lang: str, reporting: frozenset[int]) -> bool:
    """A negated event noun: "aucun accord", "no agreement", "sans accord", "without a deal", or
    the object of a negated support verb ("n'a pas signé l'accord", "did not sign the contract").
    A negated reporting verb does not negate what it reports ("n'a pas annoncé son retrait")."""
    for child in tok.children:
        if child.dep_ in ("det", "neg", "advmod") and child.lower_ in word_set("xx", "negative_determiners"):
            return True
    if _case_of(tok) in ("sans", "without"):
        return True
    kept_off = _preventing_verb(tok, lang)
    if kept_off is not None:
        return not _verb_polarity(kept_off, lang)[0]
    support = _support_verb(tok, lang)
    if support is not None and support.i not in reporting:
        return _verb_polarity(support, lang)[0]
    return False


@cache
def _prevention_verbs(lang: str) -> dict[str, str]:
    """``<lang>/prevention_verbs``: lemma -> its particle or preposition ("-" for none)."""
    if lang not in word_sets("prevention_verbs"):
        return {}
    return {row[0]: row[1] for row in rows(lang, "prevention_verbs") if len(row) >= 2}


def _preventing_verb(tok: Token, lang: str) -> Token | None:
    """The verb that keeps the act of the event noun ``tok`` off ("avoided bankruptcy", "staved off
    collapse", « a évité la faillite », « échapper à la faillite »; ``prevention_verbs``), or None."""
    verb = tok.head
    if verb.i == tok.i or verb.pos_ not in ("VERB", "AUX"):
        if lang == "en" and tok.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.pos_ == "VERB":
            verb = verb.head  # "fended off calls for a strike" stays with "calls"; only "off X" is the verb's
        else:
            return None
    need = _prevention_verbs(lang).get(_lemma(verb))
    if need is None:
        return None
    if need == "-":
        return verb if tok.dep_ in _OBJ else None
    if lang == "en":
        # the particle is the verb's ("staved off collapse": prt), or the preposition the noun hangs on
        has = any(c.dep_ == "prt" and c.lower_ == need for c in verb.children) or (
            tok.dep_ == "pobj" and tok.head.lower_ == need
        )
        return verb if has and (tok.dep_ in _OBJ or tok.dep_ == "pobj") else None
    return verb if tok.dep_.startswith("obl") and _case_of(tok) == need else None


def _noun_modality(tok: Token, lang: str, *, dated_prior: Callable[[Token], bool] | None = None) -> str:
    """An event noun takes the modality of its support verb ("signera un accord" is FUTURE), also
    of a light verb and preposition ("will go on strike", « entrera en vigueur »,
    ``prepositional_support_verbs``); one a verb of requesting asks for is REQUESTED ("called for
    a ban"). A support verb ``dated_prior`` holds for (an act « après avoir » with a date of its
    own) keeps its own modality, not its main clause's (:func:`_verb_modality`)."""
    if _noun_requested(tok, lang):
        return "REQUESTED"
    possible = _possible_by_noun(tok, lang)
    if possible is not None:
        return possible
    support = _support_verb(tok, lang) or _prepositional_support_verb(tok, lang)
    if support is not None:
        return _verb_modality(support, lang, through_sequence=dated_prior is None or not dated_prior(support))
    return "ASSERTED"


def _possible_by_noun(tok: Token, lang: str) -> str | None:
    """The modality of an act named as the bare or indefinite complement of a noun of risk, fear or
    prospect (``<lang>/possibility_nouns``): "warned of the risk of flooding", "fears of a
    recession", "the risk of losing its licence", « un risque d'inondation », « la menace d'une
    grève ». None for anything else, and for a definite act ("the risks of the merger")."""
    head = tok.head
    if head.i == tok.i:
        return None
    if lang == "en":
        if tok.dep_ not in ("pobj", "pcomp") or head.dep_ != "prep" or head.lower_ != "of" or head.head.i == head.i:
            return None
        noun = head.head
    elif tok.dep_ == "nmod" and _case_of(tok) == "de":
        noun = head
        if any(c.dep_ == "case" and c.lower_ in ("du", "des") for c in tok.children):
            return None  # « le risque du projet »: a definite act
    else:
        return None
    if noun.pos_ != "NOUN":
        return None
    modality = word_maps("possibility_nouns").get(lang, {}).get(_lemma(noun))
    if modality is None:
        return None
    definite = word_set(lang, "definite_determiners") | word_set("xx", "possessive_determiners")
    if any(c.dep_ in ("det", "det:poss") and c.lower_.replace("’", "'") in definite or c.dep_ in ("poss", "nmod:poss") for c in tok.children):
        return None
    return modality


@cache
def _prepositional_supports(lang: str) -> frozenset[tuple[str, str]]:
    return frozenset((r[0], r[1]) for r in rows(lang, "prepositional_support_verbs") if len(r) >= 2)


def _prepositional_support_verb(tok: Token, lang: str) -> Token | None:
    """The light verb an event noun follows through a preposition of
    ``prepositional_support_verbs``: "go on strike", « se mettre en grève », « a procédé à
    l'arrestation » (the verb's subject is the noun's agent, its modality the noun's)."""
    if lang not in ("en", "fr"):
        return None
    if lang == "en":
        prep = tok.head
        if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
            return None
        verb = prep.head
    else:
        if not tok.dep_.startswith("obl") or tok.head.i == tok.i:
            return None
        verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or (_lemma(verb), _case_of(tok)) not in _prepositional_supports(lang):
        return None
    return verb


def _present_participle(tok: Token) -> bool:
    """An English "-ing" form or a French present participle ("affirmant", "estimant")."""
    return tok.tag_ == "VBG" or ("Part" in _morph(tok, "VerbForm") and "Pres" in _morph(tok, "Tense"))


def _is_nonfinite(tok: Token) -> bool:
    forms = _morph(tok, "VerbForm")
    if forms:
        return forms[0] in ("Part", "Inf", "Ger")
    return tok.tag_ in ("VBG", "VBN", "VB")
