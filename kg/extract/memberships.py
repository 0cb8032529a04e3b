"""Memberships from titles and appositions ("le PDG Arvind Krishna", "Brad Smith, président de
Microsoft") with the role labels of ``ontologies/roles.ttl``, from one parsed segment.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from kg.knowledge.words import rows, word_maps, word_set, word_sets
from kg.types import Entity, EntityMention, Membership, Reference, Span

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token
from kg.extract.arguments import _tokens_span
from kg.extract.descriptors import led_by
from kg.extract.entities import council_place_start
from kg.extract.role_employers import office_portfolios
from kg.knowledge import institutions as inst
from kg.knowledge.gazetteer import default_gazetteer
from kg.knowledge.lexicons import RoleLexicon, _label_key, load_roles
from kg.nlp.grammar import _ent, _lemma, _morph, _prep_norm
from kg.nlp.wordforms import is_dictionary_word

__all__ = ["memberships_from_doc", "with_chain_possessors"]


# --------------------------------------------------------------------------------------------------
# Memberships
# --------------------------------------------------------------------------------------------------

# Roles of a company: when a definite or possessive title names no organisation, the graph writer
# takes the organisation the text was speaking of. Political roles get no fallback organisation.
_CORPORATE_ROLES = frozenset(
    {
        "CEO",
        "Chair",
        "ChiefFinancialOfficer",
        "ChiefOperatingOfficer",
        "VicePresident",
        "Spokesperson",
        "Founder",
        "LegalDirector",
        "Representative",
        "Employee",
        "Executive",
        "Director",
    }
)


class _RoleIndex:
    """What :func:`_match_role` needs of a role lexicon beyond its labels: every prefix of every
    label (a key that is no prefix can never grow into a label), and, per (ORTH, LEMMA) hash pair,
    whether a token can start a label at all."""

    __slots__ = ("labels", "size", "prefixes", "starts")

    def __init__(self, labels: Mapping[str, str]) -> None:
        self.labels = labels
        self.size = len(labels)
        self.prefixes = frozenset(k[:n] for k in labels for n in range(len(k) + 1))
        self.starts: dict[tuple[int, int], bool] = {}

    def can_start(self, text: str, lemma: str) -> bool:
        """False when no role label can start at a token with this text and lemma (see
        :func:`_match_role`: nothing matches there and the key cannot grow into a label)."""
        if _former_prefix(text):
            return self.can_start(text[3:], text[3:])  # "ex-députée"
        key = _label_key(text)
        return (
            key in self.prefixes
            or _label_key(lemma) in self.labels
            or (key.endswith(("s", "x")) and key[:-1] in self.labels)
        )


_ROLE_INDEXES: dict[int, tuple[RoleLexicon, _RoleIndex]] = {}


def _role_index(roles: RoleLexicon) -> _RoleIndex:
    cached = _ROLE_INDEXES.get(id(roles))
    if cached is not None and cached[0] is roles and cached[1].size == len(roles.labels):
        return cached[1]
    index = _RoleIndex(roles.labels)
    _ROLE_INDEXES[id(roles)] = (roles, index)
    return index


def _role_starts(doc: Doc, roles: RoleLexicon) -> list[bool]:
    """Per token of ``doc``: can a role label start there (a necessary condition of
    :func:`_match_role` returning a match), read from the ORTH and LEMMA arrays without
    building a Token per word."""
    from spacy.attrs import LEMMA, ORTH

    index = _role_index(roles)
    starts = index.starts
    strings = doc.vocab.strings
    if len(doc) == 0:
        return []
    columns = doc.to_array([ORTH, LEMMA])
    out: list[bool] = []
    for pair in zip(columns[:, 0].tolist(), columns[:, 1].tolist()):
        flag = starts.get(pair)
        if flag is None:
            flag = starts[pair] = index.can_start(strings[pair[0]], strings[pair[1]] if pair[1] else "")
        out.append(flag)
    return out


def _match_role(doc: Doc, i: int, roles: RoleLexicon) -> tuple[int, str] | None:
    """Longest role label starting at token ``i``: ``(end token exclusive, role)``."""
    best: tuple[int, str] | None = None
    key = ""
    first = doc[i]
    if first.is_space or first.is_punct:
        return None
    if _ent(first) == "PER" and first.text[:1].isupper() and first.ent_iob_ == "I":
        return None  # "Bruno Le Maire": a word inside a person's name is no title
    labels = roles.labels
    prefixes = _role_index(roles).prefixes
    for j in range(i, min(len(doc), i + roles.max_tokens + 2)):
        tok = first if j == i else doc[j]
        text = tok.text
        if j == i and _former_prefix(text):
            text = text[3:]  # "ex-députée": a former title is a title
        if tok.is_space or (tok.is_punct and text not in ("-", "'", "’")):
            break
        base = key
        if (
            j > i
            and text[:1].isupper()
            and _ent(tok) in ("ORG", "LOC")
            # "secrétaire d'État": a word taken for a place that completes a title is the title's
            and not (_ent(tok) == "LOC" and base + _label_key(text) in labels)
        ):
            break  # "président du Conseil des ministres": the title stops where a name starts
        key = base + _label_key(text)
        for candidate in (
            key,
            base + _label_key(tok.lemma_ if j > i or not _former_prefix(first.text) else text),
            key[:-1] if key.endswith(("s", "x")) else "",
        ):
            if candidate and candidate in labels:
                best = (j + 1, labels[candidate])
                break
        # Every later key starts with ``key`` (or is ``key`` itself, after a token whose key is
        # empty): none can be a label unless ``key`` is a label prefix, or its singular a label.
        if key not in prefixes and not (key.endswith(("s", "x")) and key[:-1] in labels):
            break
    if best is not None and i > 0 and (best[1], doc[i - 1].lower_) in _role_other_senses():
        return None  # "market leader Acme": a rank, no post
    return best


@cache
def _role_other_senses() -> frozenset[tuple[str, str]]:
    """``xx/role_other_senses``: (role, word right before its label) pairs that name no office."""
    return frozenset((row[1], row[0]) for row in rows("xx", "role_other_senses") if len(row) >= 2)


def _deputy_title(doc: Doc, i: int, end: int) -> bool:
    """The role ``doc[i:end]`` is a deputy's, by a word of ``xx/deputy_title_words`` right before it
    ("Deputy Prime Minister", "the deputy mayor of Boston"), before it with a preposition and its article
    (« adjoint au maire », « adjointe à la maire ») or right after it (« le maire adjoint »)."""
    words = word_set("xx", "deputy_title_words")
    if end < len(doc) and doc[end].lower_ in words:
        return True
    b = i - 1
    while b >= 0 and i - b <= 3 and doc[b].pos_ in ("ADP", "DET") and doc[b].lower_ not in words:
        b -= 1  # « adjointe à la maire »: past the preposition and its article
    return b >= 0 and doc[b].lower_.rstrip("-") in words and (b == i - 1 or doc[b + 1].pos_ == "ADP")


def _relative_of_holder(doc: Doc, i: int, lang: str) -> bool:
    """Whether the title at ``i`` is the complement of a noun for another person ("la veuve de
    l'ancien président", "le fils du maire", "le conseiller du ministre"): a name in apposition
    after it is that person's, not the title holder's."""
    b = i - 1
    determiners = word_set("xx", "role_determiners")
    while b >= 0 and (doc[b].lower_.replace("’", "'") in determiners or _title_modifier(doc[b])):
        b -= 1
    if b < 1 or _prep_norm(doc[b].lower_) not in ("de", "of"):
        return False
    noun = doc[b - 1]
    if noun.pos_ != "NOUN":
        return False
    people = _people_nouns(lang)
    return noun.lower_ in people or _lemma(noun) in people


@cache
def _people_nouns(lang: str) -> frozenset[str]:
    """Nouns for people by role, kinship or situation (``person_role_nouns``, ``human_nouns``)."""
    return word_sets("person_role_nouns").get(lang, frozenset()) | word_sets("human_nouns").get(lang, frozenset())


def _former_prefix(text: str) -> bool:
    """``ex-`` before a title ("ex-députée", "ex-PDG")."""
    return len(text) > 3 and text[:3].lower() in ("ex-", "ex‑")


def _described_organisation(tok: Token) -> bool:
    """Whether ``tok`` starts a name right after a noun that describes an organisation
    (``organisation_descriptors``: « la société Bâtinord », "the company Zorba"), which the tagger
    may have read as a person's: the name is the organisation's."""
    if tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return before.pos_ == "NOUN" and _lemma(before) in _descriptors(tok.lang_[:2])


@cache
def _descriptors(lang: str) -> frozenset[str]:
    """The organisation descriptors of ``lang`` (none for a language without the list)."""
    return word_sets("organisation_descriptors").get(lang, frozenset())


def _is_person_token(tok: Token) -> bool:
    if tok.ent_iob_ == "B" and _described_organisation(tok):
        return False
    if _ent(tok) == "PER":
        return True
    return (
        tok.pos_ == "PROPN"
        and not tok.ent_type_
        and tok.text[:1].isupper()
        and tok.is_alpha
    )


def _person_run(doc: Doc, i: int) -> tuple[int, int] | None:
    """A person name starting at token ``i``: NER PER tokens, or 2+ capitalised untyped PROPN."""
    if i >= len(doc) or not _is_person_token(doc[i]) or not doc[i].text[:1].isupper():
        return None  # "le président [de la République]" tagged as a name: no name starts with "de"
    j = i
    while (
        j < len(doc)
        and _is_person_token(doc[j])
        and (j == i or doc[j].ent_iob_ != "B" or _ent(doc[j]) != "PER")
    ):
        j += 1
    if _ent(doc[i]) != "PER" and j - i < 2:
        return None
    return i, j


def _person_run_ending(doc: Doc, k: int) -> tuple[int, int] | None:
    """A person name ending at token ``k`` (inclusive)."""
    if k < 0 or not _is_person_token(doc[k]):
        return None
    i = k
    while i - 1 >= 0 and _is_person_token(doc[i - 1]) and doc[i].ent_iob_ != "B":
        i -= 1
    if _ent(doc[k]) != "PER" and k - i + 1 < 2:
        return None
    return i, k + 1


def _misc_name(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are a whole name the French tagger labelled MISC that reads as
    a person's ("Joechen Zaumseil", "Navi Pillay"): 2 to 4 capitalised proper nouns, the last no
    dictionary word. Taken for a person only next to a title (see :func:`_misc_name_ending`)."""
    if not 2 <= end - start <= 4 or start < 0 or end > len(doc):
        return False
    if doc[start].ent_iob_ != "B" or (end < len(doc) and doc[end].ent_iob_ == "I"):
        return False
    toks = doc[start:end]
    return (
        all(t.ent_type_ == "MISC" and t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in toks)
        and not is_dictionary_word(toks[-1].text, toks[-1].lang_)
    )


def _misc_name_ending(doc: Doc, k: int) -> tuple[int, int] | None:
    """A MISC-labelled person's name ending at token ``k`` (inclusive), see :func:`_misc_name`."""
    if k < 0 or doc[k].ent_type_ != "MISC":
        return None
    i = k
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    if i > 0 and doc[i - 1].pos_ in ("DET", "NOUN", "ADJ", "PROPN"):
        return None  # "le film Star Wars, ...": the name of a thing a noun introduces
    return (i, k + 1) if _misc_name(doc, i, k + 1) else None


def _misc_name_starting(doc: Doc, i: int) -> tuple[int, int] | None:
    """A MISC-labelled person's name starting at token ``i``, see :func:`_misc_name`."""
    if i >= len(doc) or doc[i].ent_type_ != "MISC" or doc[i].ent_iob_ != "B":
        return None
    j = i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return (i, j) if _misc_name(doc, i, j) else None


def _adjective(tok: Token) -> bool:
    """An adjective after a title ("le président afghan Hamid Karzai"), also a lower-case one the
    tagger took for a proper noun; never a word of a person's name."""
    if _ent(tok) == "PER":
        return False
    return tok.pos_ == "ADJ" or (tok.pos_ == "PROPN" and tok.text[:1].islower() and not tok.ent_type_)


def _org_run(doc: Doc, i: int) -> tuple[int, int] | None:
    """An organisation (or state) name starting at ``i``, after an optional article; a capitalised
    article the name tag starts with belongs to it (« La Poste », « Le Monde »)."""
    first = i
    while i < len(doc) and doc[i].lower_.replace("’", "'") in word_set("xx", "role_determiners"):
        i += 1
    own_article = (
        first < i < len(doc) and i - first == 1 and doc[first].text[:1].isupper()
        and doc[first].ent_iob_ == "B" and doc[i].ent_iob_ == "I" and _ent(doc[first]) == _ent(doc[i])
    )
    if i >= len(doc):
        return None
    tok = doc[i]
    if _ent(tok) in ("ORG", "LOC") or (tok.ent_iob_ == "B" and _described_organisation(tok)) or (
        # a lower-case word the tagger calls a proper noun is a portfolio ("ministre des outre-mer"),
        # and so is a capitalised common word no name tag covers ("ministre de la Justice")
        tok.pos_ in ("PROPN", "X")
        and _ent(tok) != "PER"
        and tok.text[:1].isupper()
        and (bool(_ent(tok)) or not is_dictionary_word(tok.text, tok.lang_))
    ):
        j = i + 1
        while j < len(doc) and (
            (doc[j].ent_iob_ == "I" and _ent(doc[j]) == _ent(tok))
            or (doc[j].pos_ == "PROPN" and _ent(doc[j]) not in ("PER",))
        ) and not (doc[j].text[:1].islower() and doc[j].lower_ in word_set("xx", "temporal_words")):
            j += 1  # a lower-case weekday the tagger ran into the name ends it (« de Vendôme Distribution lundi »)
        if j + 1 < len(doc) and doc[j].is_digit and len(doc[j]) <= 3 and (doc[j + 1].is_punct or doc[j + 1].pos_ == "CCONJ"):
            j += 1  # "France 24", "France 2": a channel's number ends its name
        return (first if own_article else i), j
    return None


def _portfolio_run(doc: Doc, run: tuple[int, int], lang: str) -> bool:
    """Whether an English run before a title is a government portfolio, maybe after nationality
    adjectives ("Finance" of "Finance Minister", "Philippine Defence" of "Philippine Defence
    Secretary", "British Foreign" of "British Foreign Secretary"): the model reads it as an
    organisation, but it names a field of work, not a ministry."""
    if lang != "en" or run[1] - run[0] > 3 or doc[run[1] - 1].lower_ not in office_portfolios():
        return False
    return all(inst.nationality_adjective(doc[t].text) for t in range(run[0], run[1] - 1))


def _org_run_ending(doc: Doc, k: int) -> tuple[int, int] | None:
    if k < 0:
        return None
    tok = doc[k]
    if not (
        _ent(tok) in ("ORG",)
        or (tok.pos_ in ("PROPN", "X") and _ent(tok) not in ("PER", "LOC"))
    ):
        return None
    i = k
    while i - 1 >= 0 and (
        (doc[i].ent_iob_ == "I" and _ent(doc[i - 1]) == _ent(tok))
        or (doc[i - 1].pos_ == "PROPN" and _ent(doc[i - 1]) not in ("PER", "LOC"))
    ):
        i -= 1
    return i, k + 1


def _short_form_before(doc: Doc, k: int) -> tuple[int, int] | None:
    """A capitalised word at ``k`` before a title that no tag covers but that starts the name of an
    organisation tagged elsewhere in the document ("Beta" of "Beta Inc"), as
    ``(k, k + 1)``; else None."""
    tok = doc[k]
    # a sentence's first word too ("Beta chief executive Jane Roe said"), but no adjective ("New CEO")
    if tok.ent_type_ or tok.pos_ not in ("NOUN", "PROPN") or not tok.text[:1].isupper() or not tok.is_alpha:
        return None
    if tok.lower_ in word_set("xx", "anaphoric_organisation_nouns"):
        # "Union president Mary Kerr" after "Union Pacific": a kind of body (the union), no short form
        return None
    if any(e.label_ == "ORG" and len(e) > 1 and e[0].text == tok.text for e in doc.ents):
        return k, k + 1
    return None


def _place_run_ending(doc: Doc, k: int) -> tuple[int, int] | None:
    """A place's name ending at ``k`` (tagged LOC), the possessor of a public office's title
    ("Chile's President", ``xx/place_office_roles``): the state the office is held in."""
    if k < 0 or _ent(doc[k]) != "LOC":
        return None
    i = k
    while i - 1 >= 0 and _ent(doc[i - 1]) == "LOC" and doc[i].ent_iob_ == "I":
        i -= 1
    return i, k + 1


def _past_role_determiners(doc: Doc, k: int) -> int:
    """The first token from ``k`` on that is not a determiner of ``xx/role_determiners`` (« de [la]
    république », "of [the] board")."""
    while k < len(doc) and doc[k].lower_.replace("’", "'") in word_set("xx", "role_determiners"):
        k += 1
    return k


def _past_governing_body(doc: Doc, j: int, lang: str) -> int:
    """The token after "de/du/of [the] BODY" when it is followed by "de/of X" ("du directoire de
    PSA", "of the board of Acme"; ``governing_bodies``), else ``j``: a role in the board of an
    organisation is a role at that organisation."""
    n = len(doc)
    if j >= n or _prep_norm(doc[j].lower_) not in ("de", "of", "du", "des"):
        return j
    k = _past_role_determiners(doc, j + 1)
    bodies = word_set(lang, "governing_bodies")
    best = None
    for m in range(k + 1, min(n, k + 4) + 1):
        words = " ".join(t.lower_ for t in doc[k:m]).replace(" ' ", "'").replace("' ", "'").replace("’", "'")
        if words in bodies:
            best = m
    if best is None or best >= n or _prep_norm(doc[best].lower_) not in ("de", "of", "du", "des"):
        return j
    return best


def _past_portfolio(doc: Doc, j: int, lang: str) -> int | None:
    """The token after a minister's portfolio starting at ``j`` ("de l'Intérieur", "des Affaires
    étrangères", "de l'Économie et des Finances", "au Budget", "of Finance"): common nouns, with or
    without a capital, their adjectives and coordinated portfolios. None when ``j`` starts none: a
    name is no portfolio ("ministre d'Israël", "Minister of Canada")."""
    n = len(doc)
    preps = word_set("xx", "portfolio_prepositions")
    determiners = word_set("xx", "role_determiners")
    end: int | None = None
    m = j
    while m < n and _prep_norm(doc[m].lower_) in preps:
        k = m + 1
        while k < n and doc[k].lower_.replace("’", "'") in determiners:
            k += 1
        tok = doc[k] if k < n else None
        if tok is None or not (
            tok.pos_ in ("NOUN", "PROPN", "X")
            and tok.is_alpha
            and _ent(tok) != "PER"
            and is_dictionary_word(tok.text, lang)
        ):
            break
        k += 1
        while k < n and doc[k].pos_ == "ADJ" and _ent(doc[k]) != "PER" and doc[k].text[:1].islower():
            k += 1
        end = k
        # "de l'Économie et des Finances", "de l'Emploi, du Travail et de la Santé"
        if k + 1 < n and doc[k].lower_ in ("et", "and", ",") and _prep_norm(doc[k + 1].lower_) in preps:
            m = k + 1
            continue
        break
    return end


def _of_complement(doc: Doc, j: int) -> tuple[int, int] | None:
    """``de X`` / ``d'X`` / ``du X`` / ``of X`` after a role, X an organisation; also the employer
    prepositions of ``role_org_prepositions`` ("analyste à Acme", "analyst at Acme"). The name
    takes its own ``de`` + noun complements ("Conseil des ministres")."""
    if j < len(doc) and (
        _prep_norm(doc[j].lower_) in ("de", "of", "du", "des")
        or _prep_norm(doc[j].lower_) in word_set("xx", "role_org_prepositions")
    ):
        run = _org_run(doc, j + 1) or _lone_name_before_apposition(doc, j + 1) or _name_before_body(doc, j + 1)
        if run is not None and _title_complement(doc, run, j):
            return None  # « procureur de la République de Toulouse »: part of the title, no body
        return _cut_remit(doc, _extend_org(doc, run)) if run is not None else None
    return None


def _past_title_postmodifier(doc: Doc, j: int, lang: str) -> int:
    """The token after a phrase of ``title_postmodifiers`` at ``j`` (« par intérim », « à titre
    intérimaire »: how the title is held), else ``j``."""
    phrases = word_sets("title_postmodifiers").get(lang, frozenset())
    for size in (3, 2):
        if j + size <= len(doc) and " ".join(t.lower_ for t in doc[j : j + size]) in phrases:
            return j + size
    return j


def _name_complement(doc: Doc, j: int) -> tuple[int, int] | None:
    """The organisation named right after the name a title goes with ("Judge Alan Marsh of
    Manchester Crown Court", "CEO Jane Roe of Acme Corp"), from ``j`` (after the name); else None.
    Only a name tagged as an organisation: "of" after a name also tells where a person comes from
    ("Representative Dale Whitcomb of Ohio")."""
    org = _of_complement(doc, j)
    return org if org is not None and _ent(doc[org[0]]) == "ORG" else None


def _with_council_name(doc: Doc, i: int, j: int, comp: tuple[int, int], lang: str) -> tuple[int, int]:
    """``comp``, the place after a title ``doc[i:j]`` that ends on a local council's name
    (``place_council_names``: « président du conseil départemental » + « du Nord »), widened to the
    council's name: the organisation is the council, not the place."""
    names = word_sets("place_council_names").get(lang, frozenset())
    for b in range(i + 1, j):
        if " ".join(t.lower_ for t in doc[b:j]) in names:
            return b, comp[1]
    return comp


def _place_complement(doc: Doc, j: int, lang: str) -> tuple[int, int] | None:
    """The place a public office's « de » / "of" at ``j`` names, as ``(start, end)``: a name tagged
    as a place or one the gazetteer knows as a place (the tagger leaves some towns untagged: « le
    maire de Lille »), after an optional noun of ``office_territory_nouns`` and its own « de »
    (« de la région Occitanie », « du département du Gard »); else None."""
    n = len(doc)
    if j >= n or _prep_norm(doc[j].lower_) not in ("de", "of", "du", "des"):
        return None
    m = _past_role_determiners(doc, j + 1)
    if m < n and doc[m].lower_ in word_sets("office_territory_nouns").get(lang, frozenset()):
        m += 1
        if m < n and _prep_norm(doc[m].lower_) in ("de", "of", "du"):
            m = _past_role_determiners(doc, m + 1)
    if m >= n or not doc[m].text[:1].isupper() or _ent(doc[m]) in ("PER", "ORG"):
        return None
    if _ent(doc[m]) == "LOC":
        end = m + 1
        while end < n and doc[end].ent_iob_ == "I" and _ent(doc[end]) == "LOC":
            end += 1
        return m, end
    end = m
    while end < n and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and not doc[end].ent_type_:
        end += 1
    if end == m or not any(r.type == "LOC" for r in default_gazetteer().lookup(doc[m:end].text)):
        return None
    return m, end


def _name_before_body(doc: Doc, i: int) -> tuple[int, int] | None:
    """Capitalised words, after an optional article, that the name of a governing body follows
    ("a member of the Dalton board", "of the Kestrel supervisory board"; ``governing_bodies``):
    the organisation whose board it is, whatever tag the name took (a surname-like company
    name is often read as a person's). A place stays out ("the Texas board": a state's)."""
    n = len(doc)
    k = _past_role_determiners(doc, i)
    end = k
    while end < n and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and _ent(doc[end]) != "LOC":
        end += 1
    if end == k or end >= n:
        return None
    bodies = word_set(doc.lang_[:2], "governing_bodies")
    for m in range(end + 1, min(n, end + 3) + 1):
        if " ".join(t.lower_ for t in doc[end:m]) in bodies:
            return k, end
    return None


def _lone_name_before_apposition(doc: Doc, i: int) -> tuple[int, int] | None:
    """A one-word name the tagger read as a person's, right after a title's « de » / "of" and
    before the person in apposition (« Le patron de Soltec, Marc Dubreuil »): the title's
    organisation, unless the word is a given name or the text names a person with it elsewhere
    (« le porte-parole de Mélenchon, Manuel Bompard », after « Jean-Luc Mélenchon »)."""
    n = len(doc)
    if not (i + 2 < n and doc[i].ent_iob_ == "B" and _ent(doc[i]) == "PER" and doc[i + 1].text == ","):
        return None
    word = doc[i].text
    if not word[:1].isupper() or word.lower() in word_set("xx", "given_names") or _person_run(doc, i + 2) is None:
        return None
    if any(len(ent) > 1 and word in (t.text for t in ent) for ent in doc.ents if _ent(ent[0]) == "PER"):
        return None
    return i, i + 1


def _title_complement(doc: Doc, run: tuple[int, int], j: int) -> bool:
    """The run starts with a noun of ``fr/title_complement_nouns`` (after its article) that stands
    alone or before « de X » (« la République », « la République de Toulouse »), not one a name's
    adjective follows (« la République démocratique du Congo »). Before « de X » only after a title
    of ``fr/seat_titles`` (word ``j - 1``, the one before the preposition ``j``: « procureur de la
    République de Lyon », a court's seat); « président de la République du Congo » names a state."""
    k = run[0]
    while k < run[1] and doc[k].lower_.replace("’", "'") in word_set("xx", "role_determiners"):
        k += 1
    if doc.lang_[:2] != "fr" or k >= len(doc) or doc[k].lower_ not in word_set("fr", "title_complement_nouns"):
        return False
    after = doc[k + 1] if k + 1 < len(doc) else None
    if after is not None and _prep_norm(after.lower_) in ("de", "du", "des"):
        return j > 0 and doc[j - 1].lower_ in word_set("fr", "seat_titles")
    return after is None or after.pos_ != "ADJ"


def _shared_complement(doc: Doc, j: int, roles: RoleLexicon) -> tuple[int, int] | None:
    """The organisation of the title coordinated right after a title ending before token ``j``
    (a conjunction of ``list_conjunctions``, then a title with no determiner): both titles share
    its complement ("Chairman and Chief Operating Officer of AirTran Airways", « président et
    directeur général de Renault »). Not a second title with its own determiner ("the chairman and
    the CEO of Acme": two people)."""
    n = len(doc)
    if j + 1 >= n or doc[j].lower_ not in word_set("xx", "list_conjunctions"):
        return None
    match = _match_role(doc, j + 1, roles)
    if match is None:
        return None
    m = match[0]
    while m < n and _adjective(doc[m]):
        m += 1
    return _of_complement(doc, m)


def _cut_remit(doc: Doc, run: tuple[int, int]) -> tuple[int, int]:
    """An organisation name without the remit the tagger ran into it ("L'Oréal pour
    l'Asie-Pacifique" is L'Oréal's; ``remit_prepositions``), unless the word before the
    preposition is a common word of the name ("Union pour un mouvement populaire")."""
    start, end = run
    for m in range(start + 1, end - 1):
        word = doc[m]
        if word.text.islower() and word.lower_ in word_set("xx", "remit_prepositions"):
            before = doc[m - 1]
            if before.text[:1].isupper() and not is_dictionary_word(before.text, before.lang_):
                return start, m
            break
    return start, end


def _extend_org(doc: Doc, run: tuple[int, int]) -> tuple[int, int]:
    """Grow an organisation name over ``de`` + common-noun complements that depend on it in the
    parse ("Conseil des ministres", "Chambre des représentants"), never over a person's name."""
    start, end = run
    while end + 1 < len(doc) and _prep_norm(doc[end].lower_) in ("de", "of"):
        noun = doc[end + 1]
        if noun.pos_ != "NOUN" or _ent(noun) == "PER" or not start <= noun.head.i < end:
            break
        end += 2
    return start, end


def _past_noun_modifiers(doc: Doc, k: int) -> int:
    """The token after the adjectives and ``de`` + bare noun modifiers that follow an organisation
    noun ("groupe socialiste", "chaîne de télévision"), never over a name."""
    n = len(doc)
    while k < n:
        if doc[k].pos_ == "ADJ" and _ent(doc[k]) != "PER":
            k += 1
        elif (
            k + 1 < n
            and _prep_norm(doc[k].lower_) in ("de", "en")  # "chaîne d'information en continu"
            and doc[k + 1].pos_ == "NOUN"
            and not doc[k + 1].ent_type_
            and doc[k + 1].text[:1].islower()
        ):
            k += 2
        else:
            break
    return k


def _past_place(doc: Doc, k: int) -> int:
    """The token after a place where the title is held ("en Afghanistan", "au Caire", "in Paris")
    between the organisation and the person's name, else ``k``."""
    n = len(doc)
    if k >= n or _prep_norm(doc[k].lower_) not in word_set("xx", "locative_title_prepositions"):
        return k
    m = k + 1
    while m < n and doc[m].lower_.replace("’", "'") in word_set("xx", "role_determiners"):
        m += 1
    if m >= n or _ent(doc[m]) != "LOC":
        return k
    while m < n and _ent(doc[m]) == "LOC":
        m += 1
    return m if m < n and doc[m].text == "," else k


def _plural_title(doc: Doc, i: int, end: int) -> bool:
    """Whether the title is a plural noun ("les députés"), which names no single person."""
    return any(doc[t].pos_ == "NOUN" and "Plur" in _morph(doc[t], "Number") for t in range(i, end))


def _coordinated(doc: Doc, person: tuple[int, int]) -> bool:
    """Whether the person's name is followed by a coordinated one ("les ministres X et Y")."""
    k = person[1]
    return k < len(doc) and doc[k].lower_ in ("et", "and", ",")


def _anaphoric_noun(doc: Doc, j: int) -> int | None:
    """The index of the organisation noun of ``de la société`` / ``du club`` / ``of the company``
    after a title (see :func:`_anaphoric_complement`), or None."""
    if j >= len(doc) or (
        _prep_norm(doc[j].lower_) not in ("de", "of", "du")
        and _prep_norm(doc[j].lower_) not in word_set("xx", "role_org_prepositions")
    ):
        return None
    for k in range(j + 1, min(len(doc), j + 4)):
        if doc[k].lemma_.lower() in word_set("xx", "anaphoric_organisation_nouns"):
            return k
        if doc[k].pos_ not in ("DET", "ADJ"):
            return None
        if doc[k].pos_ == "DET" and doc[k].lower_.replace("’", "'") not in word_set("xx", "anaphoric_determiners"):
            return None  # "présidente d'une ONG": some organisation, not one already named
    return None


def _demonym_state(doc: Doc, j: int, lang: str) -> tuple[int, int] | None:
    """``de la république équatorienne`` after a title: a state noun (``state_nouns``) with a
    nationality adjective of ``ontologies/demonyms.tsv`` names the country the role is held in; the
    span is the noun with its adjective. A bare adjective ("le président sénégalais") is no such
    complement."""
    n = len(doc)
    states = word_sets("state_nouns").get(lang)
    if not states or j >= n or _prep_norm(doc[j].lower_) != "de":
        return None
    k = _past_role_determiners(doc, j + 1)
    if k + 1 >= n or doc[k].lower_ not in states or _ent(doc[k + 1]) == "PER":
        return None
    if inst.norm(doc[k + 1].text) not in inst.tables().demonyms.get(lang, {}):
        return None
    return k, k + 2


def _past_field(doc: Doc, j: int) -> int:
    """The token after the field of a job ("chercheur en sciences naturelles", "professeur en
    droit public"): ``en`` + a lower-case common noun and its adjectives, else ``j``."""
    n = len(doc)
    if j + 1 >= n or doc[j].lower_ != "en":
        return j
    noun = doc[j + 1]
    if noun.pos_ != "NOUN" or noun.ent_type_ or not noun.text[:1].islower():
        return j
    k = j + 2
    while k < n and doc[k].pos_ == "ADJ" and doc[k].text[:1].islower():
        k += 1
    return k


def _past_designation(doc: Doc, k: int, lang: str) -> int:
    """The token after a designation participle and its date or place between a title and its
    holder's name (« la directrice générale nommée en septembre dernier Meg Whitman », « le maire
    élu en 2020 Paul Durand »), when a person's name comes next; else ``k``."""
    n = len(doc)
    if k >= n or not doc[k].text[:1].islower() or "Part" not in doc[k].morph.get("VerbForm"):
        return k
    if doc[k].lemma_ not in word_sets("designation_verbs").get(lang, frozenset()):
        return k
    for m in range(k + 1, min(n, k + 8)):
        if _person_run(doc, m) is not None:
            return m
        if doc[m].pos_ not in ("ADP", "DET", "NUM", "NOUN", "ADJ") or doc[m].is_punct:
            break
    return k


def _unread_complement(doc: Doc, j: int) -> bool:
    """Whether ``de`` + a capitalised word follows the title at ``j`` ("secrétaire général de la
    Francophonie" when the name got no organisation tag): a title whose organisation is unread."""
    n = len(doc)
    if j >= n or _prep_norm(doc[j].lower_) not in ("de", "of"):
        return False
    k = _past_role_determiners(doc, j + 1)
    return k < n and doc[k].text[:1].isupper()


# How many sentences after a title without a name :func:`_title_holder_nearby` reads for it.
_LATER_SENTENCES = 2


def _inside_quotation(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is inside French quotation marks (the nearest one before it opens)."""
    for k in range(i - 1, -1, -1):
        if doc[k].text in ("«", "“"):
            return True
        if doc[k].text in ("»", "”"):
            return False
    return False


#: ``doc.user_data`` keys of the lists below, kept for one call of :func:`memberships_from_doc` (which
#: reads the Doc and never changes it) and dropped when it ends: a later call reads the Doc as it is
#: then (its entities may have been set again since, the same number of tokens). Token indices only:
#: a Span kept there would tie the Doc in a reference cycle (freed by the garbage collector only, a
#: window of 50,000 characters held meanwhile) and make ``Doc.to_bytes``, pickling and ``Doc.copy`` fail.
_PEOPLE = "kg.extract.memberships.people"
_SENTS = "kg.extract.memberships.sents"


def _tagged_people(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) of each name the tagger calls a person (PER), in order, read once per call
    of :func:`memberships_from_doc`: :func:`_named_people` is asked for a few sentences at each
    title, and reading every entity of the Doc each time cost a window of 50,000 characters 15 times
    what its articles cost apart."""
    data = doc.user_data
    found = data.get(_PEOPLE)
    if found is None:
        found = data[_PEOPLE] = [(e.start, e.end) for e in doc.ents if _ent(doc[e.start]) == "PER"]
    return found


def _sentences(doc: Doc) -> tuple[list[tuple[int, int]], list[int]]:
    """The (start, end) of each sentence of ``doc`` and their first tokens, read once per call of
    :func:`memberships_from_doc` (see :func:`_tagged_people`)."""
    data = doc.user_data
    found = data.get(_SENTS)
    if found is None:
        bounds = [(s.start, s.end) for s in doc.sents]
        found = data[_SENTS] = (bounds, [a for a, _ in bounds])
    return found


def _forget_reads(doc: Doc) -> None:
    """Drop what :func:`_tagged_people` and :func:`_sentences` kept for ``doc``."""
    doc.user_data.pop(_PEOPLE, None)
    doc.user_data.pop(_SENTS, None)


def _named_people(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The names the tagger calls persons (PER) between tokens ``start`` and ``end``, in order."""
    out: list[tuple[int, int]] = []
    people = _tagged_people(doc)
    for a, b in people[bisect_left(people, (start, -1)) :]:
        if a >= end:
            break
        if b <= end:
            run = _person_run(doc, a)
            if run is not None and led_by(doc[run[0] : run[1]], doc.lang_) is None:
                # « Le patron de Kortex »: the organisation a leader heads, which the model read as a person
                out.append(run)
    return out


def _person_key(doc: Doc, run: tuple[int, int]) -> str:
    """A person's name as its last word, lower-cased: "Abdou Diouf" and "Diouf" are one person."""
    return doc[run[1] - 1].lower_


def _described(doc: Doc, run: tuple[int, int]) -> bool:
    """Whether the name at ``run`` comes with a description of its own: a common noun right before
    it (« le syndicaliste Jean Dupont ») or an apposition after a comma (« Jean Dupont, un
    syndicaliste », « Marie Durand, déléguée CGT »). Such a person is introduced as someone, not as
    the holder of a title named in another sentence."""
    start, end = run
    if start > 0 and doc[start - 1].pos_ == "NOUN" and doc[start - 1].text[:1].islower():
        return True
    if any(c.dep_ == "appos" and c.pos_ in ("NOUN", "ADJ") for t in doc[start:end] for c in t.children):
        return True
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    first = doc[end + 1]
    if not (first.pos_ == "DET" or (first.pos_ in ("NOUN", "ADJ") and first.text[:1].islower())):
        return False
    # the phrase runs to a second comma with no verb on the way (« Pour X, le vote est … » is a clause)
    for tok in doc[end + 1 : first.sent.end]:
        if tok.text == ",":
            return tok.i > end + 1
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _title_holder_nearby(
    doc: Doc, i: int, end: int, taken: set[str]
) -> tuple[int, int] | None:
    """The person a definite title without a name refers to, when the text leaves no doubt: its
    sentence names nobody and the sentence right before it and the next one (the first of the two
    after it that names anyone, when the one before names nobody) name exactly one person (PER), who holds no other title there ("Le
    ministre du Redressement productif a déclaré ... . Arnaud Montebourg reconnait ...", "Pour
    Jérémie Zimmermann, « ... » Le porte-parole du collectif ..."); a name after the title must be
    the person's first. The name nearest the title
    is returned."""
    if _inside_quotation(doc, i):
        return None  # « Le président ne comprend rien », a quoted title is the speaker's word
    bounds, firsts = _sentences(doc)
    here = bisect_right(firsts, i) - 1
    if here < 0 or i >= bounds[here][1]:
        return None
    sent = doc[bounds[here][0] : bounds[here][1]]
    if _named_people(doc, sent.start, sent.end) or any(
        _is_person_token(t) and t.text[:1].isupper() and _person_run(doc, t.i) for t in sent if not i <= t.i < end
    ):
        return None  # someone is named next to the title: which one it is, the text does not say
    before = _named_people(doc, *bounds[here - 1]) if here > 0 else []
    after: list[tuple[int, int]] = []
    for later_start, later_end in bounds[here + 1 : here + 1 + (_LATER_SENTENCES if not before else 1)]:
        after = _named_people(doc, later_start, later_end)
        if after:
            break  # the first sentence after the title that names anyone
    people = {_person_key(doc, r) for r in before + after}
    if len(people) != 1 or people & taken:
        return None
    if any(_described(doc, r) for r in before + after):
        return None  # « Jean Dupont, un syndicaliste, a critiqué … »: the text says who else they are
    if before:
        return after[0] if after else before[-1]
    # A name after the title introduces its holder: a person the text named before the title,
    # and does not name again right before it, is someone else ("M. Hagenbeck, le célèbre
    # marchand … le directeur de police s'est opposé … quand M. Hagenbeck …").
    key = _person_key(doc, after[0])
    if any(t.lower_ == key and _is_person_token(t) for t in doc[: sent.start]):
        return None
    return after[0]


def _first_time(seen: set[tuple[int, int, str]], person: Span, role: str) -> bool:
    """Whether ``person`` in ``role`` is not in ``seen`` yet (and add it): one membership a title."""
    key = (person.start, person.end, role)
    if key in seen:
        return False
    seen.add(key)
    return True


def memberships_from_doc(
    doc: Doc,
    *,
    lang: str,
    offset: int = 0,
    roles: RoleLexicon | None = None,
) -> Iterator[Membership]:
    """Yield person-role-organisation memberships read from titles and appositions.

    Patterns (role labels come from ``roles.ttl``; persons are NER PER names or runs of 2+ untyped
    capitalised proper nouns):

    * ``[ORG ['s]] ROLE [de/of ORG] [,] PERSON`` -- "le PDG Arvind Krishna", "IBM CEO Tim Cook",
      "le PDG d'IBM, Arvind Krishna", "le ministre de l'Intérieur Gérald Darmanin";
    * ``PERSON , [det] [ORG 's] ROLE [de/of ORG]`` -- "Brad Smith, président de Microsoft",
      "Tim Cook, Apple's CEO";
    * a copula, a verb of designation or parentheses: "X has been Acme's CEO", "X est la
      directrice générale d'Acme", "X a été élue présidente d'Acme", "X will assume the role of
      chairman of Acme", "X, who was the company's CEO", "X (director of Acme)".

    ``organisation`` is the organisation the title names: its own "de X" / "of X" complement, an
    organisation compound or possessor ("Acme CEO X", "Acme's CEO"); never the nearest organisation
    of the sentence. When there is none and a company title (CEO, chair, founder, spokesperson ...)
    is definite or possessive ("le PDG X", "its CEO", "the company's CEO"), ``anaphoric`` is True:
    the graph writer takes the organisation the text was speaking of. ``head`` is True for the
    members of ``role:HeadRoles``.
    """
    _forget_reads(doc)  # (what a call before left if it was never finished)
    try:
        yield from _memberships(doc, lang=lang, offset=offset, roles=roles)
    finally:
        _forget_reads(doc)


def _memberships(
    doc: Doc,
    *,
    lang: str,
    offset: int = 0,
    roles: RoleLexicon | None = None,
) -> Iterator[Membership]:
    """:func:`memberships_from_doc`, the reads of :func:`_tagged_people` and :func:`_sentences` kept meanwhile."""
    lang = lang.split("-")[0].lower()
    lex = roles or load_roles()
    seen: set[tuple[int, int, str]] = set()
    i = 0
    n = len(doc)
    can_start = _role_starts(doc, lex)
    # Definite titles no name goes with (start, end, role, organisation, ended), and the roles of
    # each person named with a title (by last name).
    pending: list[tuple[int, int, str, tuple[int, int] | None, bool]] = []
    holders: dict[str, set[str]] = {}
    while i < n:
        match = _match_role(doc, i, lex) if can_start[i] else None
        if match is None:
            i += 1
            continue
        end, role = match
        if _relative_of_holder(doc, i, lang):
            i = end  # "la veuve de l'ancien président, Souha Arafat": the name is the widow's
            continue
        if _deputy_title(doc, i, end):
            i = end  # "Deputy Prime Minister Ann Lee", « adjoint au maire »: another office than the head's
            continue
        person: tuple[int, int] | None = None
        org: tuple[int, int] | None = None
        ended = False
        # Pattern A: role followed by the person.
        j = end
        while j < n and _adjective(doc[j]):
            j += 1
        j = _past_title_postmodifier(doc, j, lang)  # "le directeur par intérim de Valmont"
        field = _past_field(doc, j)
        if field != j and _of_complement(doc, field) is not None:
            j = field  # "chercheur en sciences naturelles à l'université X"
        if role in word_set("xx", "portfolio_roles") and _demonym_state(doc, j, lang) is None:
            j = _past_portfolio(doc, j, lang) or j  # "ministre des Affaires étrangères": no organisation
        j = _past_governing_body(doc, j, lang)  # "président du directoire de PSA"
        comp = _of_complement(doc, j) or _demonym_state(doc, j, lang)
        if comp is not None:
            comp = _with_council_name(doc, i, j, comp, lang)  # « président du conseil départemental du Nord »
        if comp is None and role in word_set("xx", "place_office_roles"):
            comp = _place_complement(doc, j, lang)  # « le maire de Lille », « la présidente de la région Occitanie »
        if comp is None:
            comp = _shared_complement(doc, j, lex)  # "Chairman and Chief Operating Officer of AirTran"
        k = comp[1] if comp else j
        # "le président du club, Joey Saputo": the organisation is the antecedent of the noun.
        nominal = _anaphoric_noun(doc, j) if comp is None else None
        nominal_end = 0
        if nominal is not None:
            k = _past_noun_modifiers(doc, nominal + 1)
            named = _org_run(doc, k) if k < n and _ent(doc[k]) != "LOC" else None
            described = council = False
            if named is None and k + 1 < n and _prep_norm(doc[k].lower_) == "de" and _ent(doc[k + 1]) in ("ORG", "LOC"):
                # "la chaîne en langue anglaise de France 24": the channel's name after its description
                named = _org_run(doc, k + 1)
                described = named is not None
                # « du conseil départemental du Nord »: a local council, named by its place
                council = described and " ".join(t.lower_ for t in doc[nominal:k]) in word_sets("place_council_names").get(lang, frozenset())
                k = k + 1 if described else k
            if named is not None and named[0] == k:
                # "du groupe UMP", "de la chaîne de télévision France 24": the name says which; a
                # head noun that belongs to French names stays in it ("groupe UMP", not "chaîne")
                own_head = council or (not described and _lemma(doc[nominal]) in word_sets("organisation_heads").get(lang, frozenset()))
                comp, nominal, k = ((nominal if own_head else named[0]), named[1]), None, named[1]
            elif any(doc[m].lower_ == "de" for m in range(nominal + 1, k)):
                nominal = None  # "de l'association de protection légale": a description, no antecedent
            else:
                nominal_end = k  # "du groupe socialiste": the noun with its adjectives
        if comp is None and j < n and _ent(doc[j]) == "ORG" and doc[j].pos_ == "PROPN":
            comp = _org_run(doc, j)  # "ex-députée UMP", "sénateur PS": the party right after the title
            if comp is not None:
                k = comp[1]
        if comp is not None or nominal is not None:
            k = _past_place(doc, k)  # "l'ambassadeur de France en Afghanistan, Bernard Bajolet"
        if comp is None and j < n and doc[j].lower_ == "de" and j + 2 < n:
            # "ministre de l'Intérieur Gérald Darmanin": a portfolio, not an organisation
            m = j + 1
            while m < n and doc[m].lower_.replace("’", "'") in word_set("xx", "role_determiners"):
                m += 1
            if m < n and doc[m].pos_ in ("NOUN", "PROPN") and _ent(doc[m]) != "PER":
                k = m + 1
                if _ent(doc[m]) == "ORG" and doc[m].pos_ == "PROPN":
                    comp = (m, m + 1)
                elif doc[m].pos_ == "NOUN" and not doc[m].ent_type_ and doc[m].text[:1].islower():
                    # "le porte-parole de la mission onusienne en Syrie, X": a body the text only
                    # describes; the title is X's, with no organisation named
                    k = _past_place(doc, _past_noun_modifiers(doc, k))
        if k < n and doc[k].text == ",":
            k_person = k + 1
        else:
            k_person = k
        k_person = _past_designation(doc, k_person, lang)
        run = _person_run(doc, k_person) or _misc_name_starting(doc, k_person)
        before_name = run is not None
        if run is not None:
            person = run
            org = comp
            if org is None:
                # Organisation before the role: "IBM CEO Tim Cook", "Apple's CEO Tim Cook".
                # Lower-case adjectives between them ("Beta's new chief financial officer, Jane
                # Roe", "Acme's interim CEO") do not part the possessor from its title.
                b = i - 1
                while b >= 0 and _title_modifier(doc[b]) and doc[b].text[:1].islower():
                    b -= 1
                possessed = b >= 0 and doc[b].lower_ in ("'s", "’s")
                if possessed:
                    b -= 1
                elif b != i - 1:
                    b = -1  # "the new CEO": no possessor, and a name before the adjective is none
                if b >= 0:
                    # "Walsall council leader Mike Bird": the council the place names
                    org = _council_run_ending(doc, b, lang) or _org_run_ending(doc, b)
                    if org is not None and not possessed and _portfolio_run(doc, org, lang):
                        org = None  # "German Finance Minister Christian Lindner": a field of work, no body
                    if org is None and role in word_set("xx", "place_office_roles"):
                        # "Chile's President Gabriel Boric", "Texas Governor Greg Abbott": the office's state
                        org = _place_run_ending(doc, b)
                    if org is None:
                        # "Beta chief executive Jane Roe" after "Beta Inc": the short form names the
                        # company; never the organisation the text was speaking of (Acme)
                        org = _short_form_before(doc, b)
                if org is not None and org[0] + 2 < org[1] and doc[org[0]].lower_ == "ex" and doc[org[0] + 1].text in ("-", "‐"):
                    org, ended = (org[0] + 2, org[1]), True  # "Ex-Beta president Alice Wong": no "Ex-Beta", a role she held
                if org is not None and org[0] > 0 and doc[org[0] - 1].lower_ in word_set(lang, "former_words"):
                    ended = True  # "former Acme CEO John Doe": a role he held
            if org is None and _ent(doc[run[0]]) == "PER":
                org = _name_complement(doc, run[1])
        else:
            # Pattern B: person, [det] [ORG 's] role [of ORG].
            b = i - 1
            left_org: tuple[int, int] | None = None
            if b >= 0 and doc[b].lower_ in ("'s", "’s"):
                left_org = _org_run_ending(doc, b - 1)
                if left_org is None and role in word_set("xx", "place_office_roles"):
                    left_org = _place_run_ending(doc, b - 1)  # "Gabriel Boric, Chile's president"
                b = left_org[0] - 1 if left_org else b - 1
            elif b >= 0 and doc[b].pos_ == "PROPN":
                left_org = _org_run_ending(doc, b)
                if left_org is not None:
                    b = left_org[0] - 1
            while b >= 0 and (
                doc[b].lower_.replace("’", "'") in word_set("xx", "role_determiners") or _title_modifier(doc[b])
            ):
                b -= 1
            if b >= 1 and doc[b].text == ",":
                run = _person_run_ending(doc, b - 1) or _misc_name_ending(doc, b - 1)
                if run is not None:
                    person = run
                    org = comp or left_org
                    if any(doc[t].lower_ in word_set(lang, "former_words") for t in range(b + 1, i)):
                        ended = True  # "Amy Ho, former Brisco Inc. chief executive": as before a compound title
            elif comp is not None and b < i - 1 and doc[b + 1].lower_.replace("’", "'") in word_set("xx", "role_determiners"):
                # "Joechen Zaumseil le vice-président de L'Oréal": an apposition without its comma,
                # only with a determiner and the organisation the title names
                run = _person_run_ending(doc, b) if _ent(doc[b]) == "PER" else _misc_name_ending(doc, b)
                if run is not None:
                    person = run
                    org = comp
        anaphoric = False
        if person is None:
            # Roles stated by a copula or a verb of designation, or in parentheses: "X has been
            # Acme's CEO", "X a été élue présidente d'Acme", "X (administrateur d'Acme)".
            title = next(
                (doc[t] for t in range(i, end) if not i <= doc[t].head.i < end or doc[t].head.i == t), doc[end - 1]
            )  # the word of the title the rest depends on (the sentence root is its own head)
            holder = _post_holder(doc, title, lang)
            if holder is not None:
                person, ended = holder
            else:
                person = _predicate_person(doc, title, lang)
                if person is None:
                    person = _apposed_name(doc, title, end)
                    if person is not None:
                        nominal = None  # the complement the name is far from describes a body
            if person is not None:
                org = comp or _complement_org(doc, title) or _possessor_org(doc, i) or _designating_org(doc, title)
                # "Maria Lopez was named chief financial officer. The retailer said ...": the company
                # the text speaks of, as for "the CEO"
                anaphoric = org is None and nominal is None and _bare_designation(doc, title, person, lang)
        ended = ended or _former_prefix(doc[i].text) or (i > 0 and doc[i - 1].lower_ in word_set(lang, "former_words"))
        if person is not None and _plural_title(doc, i, end) and not _coordinated(doc, person):
            person = None  # "face aux députés de l'opposition, François Brottes": not his title
        elif (
            person is None
            and lang == "fr"  # measured on the French gold only
            and (_definite_title(doc, i) or _possessive_title(doc, i))
            and not _plural_title(doc, i, end)
            # a title noun, not an adjective of another noun ("la première unité centrale")
            and any(doc[t].pos_ in ("NOUN", "PROPN") for t in range(i, end))
            and not (end < n and doc[end].pos_ == "NOUN")
        ):
            # "Le ministre du Redressement productif a déclaré ...": the name may be in the next
            # sentence; not when a complement names a body the title's organisation is not read from
            title_org = comp or ((nominal, max(nominal + 1, nominal_end)) if nominal is not None else None)
            if title_org is not None or not _unread_complement(doc, j):
                pending.append((i, end, role, title_org, ended))
        if person is None:
            i = end
            continue
        if org is None and nominal is not None:
            org = (nominal, max(nominal + 1, nominal_end))
            anaphoric = True
        if org is None and _possessive_title(doc, i):
            # "Sa présidente, Claire Morel": the possessor is the organisation spoken of last.
            org = _antecedent_org(doc, i)
        if org is None and role in word_set("xx", "organisation_roles"):
            i = end  # "professeur", "employé": a job only with the organisation it is at
            continue
        if org is None:
            # No organisation in the phrase: a definite or possessive title ("le PDG", "its CEO",
            # "the company's CEO") refers to the organisation the text is about, which the graph
            # writer takes as the antecedent; never the nearest organisation of the sentence.
            # A bare title before a name ("CEO Steve Jobs") is read as definite too; an indefinite
            # one ("Tom Baker, a former engineer") names no particular organisation.
            anaphoric = not _indefinite_complement(doc, end) and not _unrelated_title(doc, i, lang) and (anaphoric or (
                _definite_title(doc, i)
                or (comp is None and _anaphoric_complement(doc, end))
                or (before_name and not _indefinite_title(doc, i))
            ))
        indices = [person[0], person[1] - 1, i, end - 1]
        if org is not None:
            indices += [org[0], org[1] - 1]
        person_span = _tokens_span(doc, range(person[0], person[1]), offset)
        org_span = _tokens_span(doc, range(org[0], org[1]), offset) if org else None
        key = (person_span.start, person_span.end, role)
        holders.setdefault(_person_key(doc, person), set()).add(role)
        if key not in seen:
            seen.add(key)
            yield Membership(
                person=person_span,
                organisation=org_span,
                role=role,
                evidence=_tokens_span(doc, indices, offset),
                head=role in lex.heads,
                anaphoric=anaphoric and role in _CORPORATE_ROLES,
                ended=ended,
            )
        # A title inside the organisation name of this one is no title ("président du Conseil
        # des ministres X" is no minister).
        i = org[1] if org is not None and end <= org[0] < org[1] else end
    for i, end, role, org, ended in pending:
        if org is None and role in word_set("xx", "organisation_roles"):
            continue  # "le professeur": a job only with the organisation it is at
        taken = {who for who, held in holders.items() if role not in held}
        person = _title_holder_nearby(doc, i, end, taken)
        if person is None:
            continue
        person_span = _tokens_span(doc, range(person[0], person[1]), offset)
        if not _first_time(seen, person_span, role):
            continue
        indices = [person[0], person[1] - 1, i, end - 1] + ([org[0], org[1] - 1] if org else [])
        yield Membership(
            person=person_span,
            organisation=_tokens_span(doc, range(org[0], org[1]), offset) if org else None,
            role=role,
            evidence=_tokens_span(doc, indices, offset),
            head=role in lex.heads,
            anaphoric=org is None and role in _CORPORATE_ROLES,
            ended=ended,
        )
    yield from _office_memberships(doc, lang, offset, lex, seen)
    yield from _managing_memberships(doc, lang, offset, lex, seen)


def _position_verb(noun: Token, lang: str) -> tuple[Token, str] | None:
    """The verb taking ``noun`` (a post or an office) as object or complement, with its kind in
    ``position_verbs`` ("end" or "hold"): "quitte ses fonctions", "démissionné de la présidence"."""
    if noun.dep_ not in ("obj", "dobj", "obl", "obl:arg", "obl:mod", "pobj", "nsubj:pass"):
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    verbs = word_maps("position_verbs").get(lang, {})
    lemma = verb.lemma_.lower()
    # The French lemmatiser leaves some present forms of -er verbs as they are ("quitte").
    kind = verbs.get(lemma) or (verbs.get(lemma + "r") if lang == "fr" and lemma.endswith("e") else None)
    if noun.dep_ == "nsubj:pass" and kind != "give":
        return None  # "le poste a été occupé par X": only a post given is its verb's passive subject
    return (verb, kind) if kind is not None and verb.pos_ in ("VERB", "AUX") else None


def _holder(doc: Doc, verb: Token, kind: str) -> tuple[int, int] | None:
    """Who takes, holds or leaves a post: the verb's subject, or for a post given ("give":
    "confié au banquier X") the person of its "à" complement."""
    if kind != "give":
        return _verb_person(doc, verb)
    for child in verb.children:
        if child.dep_ in ("obl:arg", "obl", "iobj") and _prep_norm(_case_word(child)) == "à":
            return _person_around(doc, child)
    return None


def _verb_person(doc: Doc, verb: Token) -> tuple[int, int] | None:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
    if subject is not None and subject.pos_ == "PRON" and verb.dep_ in ("relcl", "acl:relcl"):
        subject = verb.head  # "X, qui quitte la présidence d'Acme"
    return _person_around(doc, subject) if subject is not None else None


def _post_holder(doc: Doc, title: Token, lang: str) -> tuple[tuple[int, int], bool] | None:
    """The person who takes, holds or leaves the post a title names ("X quitte ses fonctions de
    directeur d'Acme"): ``(person, ended)``."""
    up = title.head
    if not (title.dep_ in ("nmod", "pobj") and up.i != title.i):
        return None
    if title.dep_ == "pobj":
        up = up.head
    if up.lemma_.lower() not in word_set("xx", "post_nouns"):
        return None
    found = _position_verb(up, lang)
    if found is None:
        return None
    person = _holder(doc, found[0], found[1])
    return (person, found[1] == "end") if person is not None else None


def _office_memberships(
    doc: Doc, lang: str, offset: int, lex: RoleLexicon, seen: set[tuple[int, int, str]]
) -> Iterator[Membership]:
    """Offices taken, held or left by a person: "X a démissionné de la présidence d'Acme", "X
    prendra la direction générale d'Acme" (``office_nouns``, ``position_verbs``). The office must
    name its organisation; leaving it gives an ``ended`` membership."""
    offices = word_maps("office_nouns").get(lang, {})
    if not offices:
        return
    n = len(doc)
    for i in _office_candidates(doc, offices):
        tok = doc[i]
        word = tok.lower_
        end = tok.i + 1
        role = None
        if end < n and f"{word} {doc[end].lower_}" in offices:
            role, end = offices[f"{word} {doc[end].lower_}"], end + 1
        elif word in offices or tok.lemma_.lower() in offices:
            role = offices.get(word) or offices[tok.lemma_.lower()]
        if role is None:
            continue
        found = _position_verb(tok, lang)
        if found is None:
            continue
        org = _of_complement(doc, end)
        person = _holder(doc, found[0], found[1])
        if org is None or person is None:
            continue
        person_span = _tokens_span(doc, range(person[0], person[1]), offset)
        if not _first_time(seen, person_span, role):
            continue
        yield Membership(
            person=person_span,
            organisation=_tokens_span(doc, range(org[0], org[1]), offset),
            role=role,
            evidence=_tokens_span(doc, [person[0], person[1] - 1, tok.i, end - 1, org[0], org[1] - 1], offset),
            head=role in lex.heads,
            ended=found[1] == "end",
        )


def _managing_memberships(
    doc: Doc, lang: str, offset: int, lex: RoleLexicon, seen: set[tuple[int, int, str]]
) -> Iterator[Membership]:
    """Roles stated by a verb of running in the present tense (``managing_verbs``): "Jane Roe, who
    heads Beta's European unit" (Director of Beta), "John Doe runs Acme" (Director and head of
    Acme). The subject (or the antecedent of a relative pronoun) must be a person's name, the
    object an organisation's name, or a unit noun (``managed_unit_nouns``) whose possessor is one;
    a unit's head is no head of the organisation."""
    verbs = word_maps("managing_verbs").get(lang, {})
    if not verbs:
        return
    units = word_set(lang, "managed_unit_nouns")
    course = word_set(lang, "managing_course_prepositions")
    for verb in doc:
        role = verbs.get(verb.lemma_.lower())
        # the present tense, a current role; the past ("who led Acme until 2022") tells a role held
        # once, an ended one
        if role is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP", "VBD"):
            continue
        if any(c.dep_ == "prep" and c.lower_ in course for c in verb.children):
            continue  # "leads Arsenal against Chelsea", "led Acme to victory": a contest, no post
        person = _verb_person(doc, verb)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if person is None or obj is None or _ent(doc[person[0]]) != "PER":
            continue
        head = True
        org: tuple[int, int] | None
        council = _council_run_ending(doc, obj.i, lang)
        if council is not None:
            # "who led Walsall council": a local council's leader
            org, role = council, _COUNCIL_ROLES.get(role, role)
        elif obj.pos_ == "PROPN":
            org = _org_run_ending(doc, obj.i) if _ent(obj) == "ORG" else None
        elif obj.lemma_.lower() in units or obj.lower_ in units:
            owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            org = _org_run_ending(doc, owner.i) if owner is not None and _ent(owner) == "ORG" else None
            head = False
        else:
            org = None
        if org is None:
            continue
        person_span = _tokens_span(doc, range(person[0], person[1]), offset)
        if not _first_time(seen, person_span, role):
            continue
        yield Membership(
            person=person_span,
            organisation=_tokens_span(doc, range(org[0], org[1]), offset),
            role=role,
            evidence=_tokens_span(doc, [person[0], person[1] - 1, verb.i, obj.i, org[0], org[1] - 1], offset),
            head=head and role in lex.heads,
            ended=verb.tag_ == "VBD",
        )


# The role of a person who runs a local council by a verb of ``managing_verbs``: "who leads
# Walsall council" is its leader, no director.
_COUNCIL_ROLES = {"Director": "Leader"}


def _council_run_ending(doc: Doc, k: int, lang: str) -> tuple[int, int] | None:
    """A local council named by its place and a lower-case council's name that ends at token ``k``
    ("Walsall council", "Leeds city council": ``place_council_names``), as ``(start, end)``, the
    place's words those of :func:`council_place_start`; else None. English only: a French council
    names its place after it."""
    names = word_sets("place_council_names").get(lang, frozenset()) if lang == "en" else frozenset()
    if not names or not doc[k].text.islower():
        return None
    # the longest name first: "city council", not "council" of "Leeds city council"
    start = next((b for b in range(max(0, k - 3), k + 1) if " ".join(t.lower_ for t in doc[b : k + 1]) in names and doc[b].text.islower()), None)
    if start is None:
        return None
    place = council_place_start(doc, start)
    return (place, k + 1) if place is not None else None


# id(offices) -> (offices, the offices' words up to a space, {(LOWER, LEMMA) hashes: may an office
# start there}): the same words come back in every document, and a hash names the same text in
# every vocabulary.
_OFFICE_STARTS: dict[int, tuple[dict[str, str], frozenset[str], dict[tuple[int, int], bool]]] = {}


def _office_candidates(doc: Doc, offices: dict[str, str]) -> list[int]:
    """The tokens of ``doc`` where :func:`_office_memberships` may find an office noun: the
    lower-cased word or lemma is an office, or the word is an office's words up to a space (a
    necessary condition of its tests), read from the LOWER and LEMMA arrays without building a
    Token per word."""
    from spacy.attrs import LEMMA, LOWER

    if not len(doc):
        return []
    cached = _OFFICE_STARTS.get(id(offices))
    if cached is None or cached[0] is not offices:
        heads = frozenset(k[:p] for k in offices for p, c in enumerate(k) if c == " ")
        cached = _OFFICE_STARTS[id(offices)] = (offices, heads, {})
    _, heads, seen = cached
    strings = doc.vocab.strings
    out: list[int] = []
    columns = doc.to_array([LOWER, LEMMA])
    for i, pair in enumerate(zip(columns[:, 0].tolist(), columns[:, 1].tolist())):
        flag = seen.get(pair)
        if flag is None:
            word = strings[pair[0]]
            flag = seen[pair] = word in offices or word in heads or strings[pair[1]].lower() in offices
        if flag:
            out.append(i)
    return out


def _definite_title(doc: Doc, i: int) -> bool:
    """The title starting at token ``i`` has a definite or possessive determiner, or an
    organisation noun as possessor ("le PDG", "its CEO", "the company's first CEO")."""
    b = i - 1
    while b >= 0 and _title_modifier(doc[b]):
        b -= 1
    if b < 0:
        return False
    word = doc[b].lower_.replace("’", "'")
    if word in ("'s",) and b >= 1:
        return doc[b - 1].lemma_.lower() in word_set("xx", "anaphoric_organisation_nouns")
    return word in word_set("xx", "role_determiners") - {"a", "an", "un", "une"} or word in word_set(
        "xx", "possessive_determiners"
    )


def _title_modifier(tok: Token) -> bool:
    """A word before a title that keeps it with its determiner or possessor: an adjective ("its new
    CEO"), or an English lower-case noun of a department (``en/title_department_nouns``: "its finance
    director")."""
    return tok.pos_ == "ADJ" or (
        tok.lang_.startswith("en") and tok.text[:1].islower() and tok.lower_ in word_set("en", "title_department_nouns")
    )


def _possessive_title(doc: Doc, i: int) -> bool:
    """The title starting at token ``i`` has a possessive determiner ("sa présidente", "its CEO")."""
    b = i - 1
    while b >= 0 and _title_modifier(doc[b]):
        b -= 1
    return b >= 0 and doc[b].lower_.replace("’", "'") in word_set("xx", "possessive_determiners")


def _antecedent_org(doc: Doc, i: int, sentences: int = 2) -> tuple[int, int] | None:
    """The organisation a possessive title at token ``i`` takes up: the subject of its own sentence
    when that is an organisation named before the title (« Sanofi a annoncé le rachat de Valneva, a
    indiqué son directeur général »: Sanofi's), else the last organisation name before it, in its
    sentence or the ``sentences`` before."""
    sent = doc[i].sent
    for ent in reversed(doc.ents):
        if sent.start <= ent.start and ent.end <= i and _ent(doc[ent.start]) == "ORG" and _subject_name(ent.root):
            return ent.start, ent.end
    here = sent.start
    starts = sorted({s.start for s in doc.sents if s.start <= here})
    floor = starts[max(0, len(starts) - 1 - sentences)]
    for ent in reversed(doc.ents):
        if ent.end <= i and ent.start >= floor and _ent(doc[ent.start]) == "ORG":
            return ent.start, ent.end
    return None


def _subject_name(root: Token) -> bool:
    """Whether a name is its clause's subject, or the name after the subject's descriptor (« le
    laboratoire pharmaceutique Sanofi a annoncé », parsed as a modifier of « laboratoire »)."""
    subjects = ("nsubj", "nsubj:pass")
    if root.dep_ in subjects:
        return True
    head = root.head
    return head.i < root.i and head.dep_ in subjects and root.dep_ in ("amod", "appos", "nmod", "flat:name", "compound")


def _indefinite_title(doc: Doc, i: int) -> bool:
    """The title starting at token ``i`` has an indefinite article ("a former CEO", "un ancien PDG")."""
    b = i - 1
    while b >= 0 and _title_modifier(doc[b]):
        b -= 1
    return b >= 0 and doc[b].lower_ in ("a", "an", "un", "une")


def _indefinite_complement(doc: Doc, j: int) -> bool:
    """« de/d' » and an indefinite article right after a title (« le patron d'une entreprise de BTP »,
    « le directeur d'une école »): the title's organisation is one the text does not name, not the
    one it spoke of last, so no antecedent is looked up for it."""
    if j + 1 >= len(doc) or _prep_norm(doc[j].lower_) not in ("de", "of"):
        return False
    det = doc[j + 1]
    return det.pos_ == "DET" and "Ind" in _morph(det, "Definite")


def _unrelated_title(doc: Doc, i: int, lang: str) -> bool:
    """An English title starting at ``i`` that does not speak of the organisation the text was
    speaking of: a legislator's office capitalised before the name ("Representative Chip Vance",
    ``en/legislator_titles``), or a title whose common-noun modifier names the body ("police
    spokesman Tom Reyes", "campaign spokeswoman Ana Ruiz": the police, the campaign), unless that
    noun takes up an organisation (``xx/anaphoric_organisation_nouns``: "company spokesman")."""
    if lang != "en":
        return False
    title = doc[i]
    if title.text[:1].isupper() and title.lower_ in word_set("en", "legislator_titles") and (i == 0 or not doc[i - 1].text[:1].isupper()):
        return True
    if i == 0:
        return False
    before = doc[i - 1]
    return (
        before.pos_ == "NOUN"
        and not before.ent_type_
        and before.dep_ == "compound"
        and before.lemma_.lower() not in word_set("xx", "anaphoric_organisation_nouns")
    )


def _anaphoric_complement(doc: Doc, j: int) -> bool:
    """``de la société`` / ``of the company`` after a title: the organisation is an antecedent."""
    return _anaphoric_noun(doc, j) is not None


def _complement_org(doc: Doc, title: Token) -> tuple[int, int] | None:
    """The proper noun a title takes as "de X" / "of X" complement or as possessor in the parse
    ("présidente d'Acme", "Acme's finance director"), whatever label the name got: the complement
    of a title names its organisation; but not a person's name, nor a lower-case word."""
    for child in title.children:
        target = child
        if child.dep_ == "prep" and child.lower_ == "of":
            target = next((g for g in child.children if g.dep_ == "pobj"), child)
        elif child.dep_ in ("poss", "nmod:poss"):
            target = child  # "Acme's finance director"
        elif not (child.dep_.startswith("nmod") and _prep_norm(_case_word(child)) in ("de", "du")):
            continue
        if target.pos_ == "PROPN" and _ent(target) != "PER" and target.text[:1].isupper():
            # a person's name is no organisation ("l'ancien premier ministre d'Hosni Moubarak")
            ids = [t.i for t in target.subtree if t.pos_ == "PROPN"]
            return min(ids), max(ids) + 1
    return None


def _case_word(tok: Token) -> str:
    return next((c.lower_ for c in tok.children if c.dep_ == "case"), "")


def _possessor_org(doc: Doc, i: int) -> tuple[int, int] | None:
    """The organisation compound or possessor before a title: "Acme's chief executive", "Acme CEO"."""
    b = i - 1
    while b >= 0 and _title_modifier(doc[b]):
        b -= 1
    if b >= 0 and doc[b].lower_ in ("'s", "’s"):
        return _org_run_ending(doc, b - 1)
    if b >= 0 and doc[b].pos_ == "PROPN":
        return _org_run_ending(doc, b)
    return None


def _person_around(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """The person name a token is part of, or the name in apposition to a noun ("Le Frère
    musulman Mohamed Morsi a été élu président")."""
    if not _is_person_token(tok):
        named = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and _is_person_token(c)), None)
        if named is None or tok.pos_ != "NOUN":
            return None
        tok = named
    i = tok.i
    while i - 1 >= 0 and _is_person_token(doc[i - 1]) and doc[i].ent_iob_ != "B":
        i -= 1
    while i < tok.i and not doc[i].text[:1].isupper():
        i += 1  # "- Le Frère": a dash or a particle the tagger put in the name starts none
    return _person_run(doc, i)


def _apposed_name(doc: Doc, title: Token, end: int) -> tuple[int, int] | None:
    """The person's name the parse hangs on a title as an apposition after a long complement ("L'un
    des porte-parole des équipes ayant participé à la recherche, Joe Incandela", "le nouveau
    directeur du site de Jababeka David Quentin"): the name's own words only, not a name of the
    complement the tagger ran into it."""
    for child in title.children:
        if child.dep_ != "appos" or child.i < end or not _is_person_token(child):
            continue
        if _ent(child) != "PER" and doc[child.i - 1].text != ",":
            continue
        return _person_run(doc, child.i)
    return None


def _named_object_before(verb: Token, title: Token) -> Token | None:
    """The person's name the parser made an object of a verb of designation right before the title
    it also made an object (« a nommé Claire Bonnet directrice générale »), else None."""
    if not title.lang_.startswith("fr"):
        return None
    named = next((c for c in verb.children if c.dep_ == "obj" and c.i < title.i), None)
    if named is None or not _is_person_token(named) or named.right_edge.i != title.left_edge.i - 1:
        return None
    return named


def _designating_verb(title: Token) -> Token | None:
    """The French verb of designation (``<lang>/designation_verbs``) that names the person right
    before ``title`` to it: the parser made the title a second object (« a nommé Claire Bonnet
    directrice générale ») or an apposition of the name with no comma (« a nommé Paul Lenoir
    directeur financier »). None otherwise (« a reçu Paul Lenoir, directeur financier »)."""
    if title.dep_ == "obj":
        verb = title.head
        named = _named_object_before(verb, title)
    elif title.dep_ in ("appos", "nmod") and not _case_word(title) and title.doc[title.left_edge.i - 1].text != ",":
        named = title.head.head if title.head.dep_ == "flat:name" else title.head
        verb = named.head
        if named.dep_ != "obj" or not _is_person_token(named) or not title.lang_.startswith("fr"):
            return None
    else:
        return None
    if named is None or _lemma(verb) not in word_sets("designation_verbs").get("fr", frozenset()):
        return None
    return verb


def _designating_org(doc: Doc, title: Token) -> tuple[int, int] | None:
    """The organisation that names a person to a title with no « de » complement: the subject of
    the verb of designation, a name or a common noun followed by its name (« Altéa a nommé Claire
    Bonnet directrice générale », « le groupe Altéa a nommé … »; not « le gouvernement a nommé »,
    nor a person: « le président a nommé X ministre » names no company of X's)."""
    verb = _designating_verb(title)
    if verb is None:
        return _en_designating_org(doc, title)
    if any(_case_word(c) and any(t.pos_ == "PROPN" or _ent(t) for t in c.subtree) for c in title.children if c.i > title.i):
        # « directrice générale de sa filiale Norvia »: a complement with a name names another body
        # (« président du directoire »: an organ of the subject's)
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or any(_case_word(c) for c in subject.children if c.i > subject.i):
        # « le Conseil des ministres a nommé … », « le conseil d'administration d'Altéa »: a body
        # with a complement of its own names people to posts outside it, or is its organ
        return None
    if subject.pos_ == "NOUN":
        # the parser reads an unknown name after its noun as an adjective too (« le groupe Altéa »)
        subject = next((c for c in subject.children if c.dep_ in ("nmod", "appos", "flat:name", "amod") and c.i == subject.i + 1), subject)
    if _is_person_token(subject) or _ent(subject) == "PER" or not subject.text[:1].isupper() or subject.is_sent_start and subject.pos_ == "NOUN":
        return None
    last = max(t.i for t in subject.subtree if t.dep_ in ("flat:name", "flat") or t.i == subject.i)
    run = _org_run_ending(doc, last)
    if run is not None:
        return run
    # an invented company's name the tagger read as an adjective or a place: not a known place
    if default_gazetteer().lookup(doc[subject.i : last + 1].text):
        return None
    return (subject.i, last + 1)


def _name_hung_on_title(doc: Doc, title: Token) -> Token | None:
    """The last word of a person's name the English parser hung on the title it is named to, right
    before the title's own words ("Acme named Maria Lopez chief financial officer": "Lopez" a
    modifier of "officer"), else None."""
    if not title.lang_.startswith("en"):
        return None
    k = title.i - 1
    while k >= 0 and doc[k].head.i == title.i and doc[k].pos_ in ("ADJ", "NOUN") and doc[k].text[:1].islower():
        k -= 1  # the title's own lower-case words ("chief financial")
    if k < 0 or _ent(doc[k]) != "PER" or doc[k].head.i not in (title.i, *(t.i for t in title.lefts)):
        return None
    return doc[k]


def _as_designation(title: Token) -> Token | None:
    """The English verb of designation a title is the "as" complement of ("appointed Jane Roe as
    chief executive", "was named as chairman"), else None."""
    if not title.lang_.startswith("en") or title.dep_ != "pobj" or title.head.lower_ != "as":
        return None
    verb = title.head.head
    if title.head.dep_ != "prep" or verb.lemma_.lower() not in word_set("en", "designation_verbs"):
        return None
    return verb


def _award_title(title: Token) -> bool:
    """Whether a title is an award's name by its "of the year" complement ("named Jane Roe chief
    executive of the year", ``xx/temporal_words``): a distinction given, no post in the designator."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in word_set("xx", "temporal_words") for o in c.children)
        for c in title.children
    )


def _bare_designation(doc: Doc, title: Token, person: tuple[int, int], lang: str) -> bool:
    """Whether ``person`` is named to a bare title by a passive verb of designation and the sentence
    names no organisation ("Maria Lopez was named chief financial officer on Monday", « Claire
    Martin a été nommée directrice générale lundi »): the title is that of the organisation the
    text was speaking of. Not with an article or a possessive ("was named a director", "was named
    its CEO": read apart), nor when the sentence names an organisation (she may come from it)."""
    verb = _as_designation(title) or title.head
    if title.dep_ not in ("oprd", "xcomp", "attr") and _as_designation(title) is None:
        return False
    if verb.lemma_.lower() not in word_sets("designation_verbs").get(lang, frozenset()):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj:pass")), None)
    if subject is None or not person[0] <= subject.i < person[1]:
        return False
    if any(c.dep_ in ("det", "poss") for c in title.children) or _award_title(title):
        return False
    sent = title.sent
    return not any(_ent(t) == "ORG" for t in sent)


def _en_designating_org(doc: Doc, title: Token) -> tuple[int, int] | None:
    """The organisation an English verb of designation names a person to a title for: its subject
    when tagged an organisation ("Acme named Jane Roe CEO", "Acme appointed Jane Roe as chief
    executive"); not a person, a place or a common noun ("the government appointed X as envoy")."""
    if not title.lang_.startswith("en"):
        return None
    verb = _as_designation(title) or (title.head if title.dep_ in ("oprd", "dobj") else None)
    if verb is None or verb.lemma_.lower() not in word_set("en", "designation_verbs") or _award_title(title):
        return None  # "Forbes named Jane Roe chief executive of the year": an award, no post at Forbes
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or _ent(subject) != "ORG" or subject.pos_ != "PROPN":
        return None
    return _org_run_ending(doc, subject.i)


def _predicate_person(doc: Doc, title: Token, lang: str) -> tuple[int, int] | None:
    """The person a title is said of by a copula, a verb of designation or an apposition in
    parentheses: "X has been Acme's CEO", "X est la directrice générale d'Acme", "X a été élue
    présidente d'Acme", "X will assume the role of chairman", "X (administrateur d'Acme)"."""
    head = title
    # "sociologue et professeur à ...": a coordinated title shares the first one's person.
    while head.dep_ == "conj" and head.head.pos_ == "NOUN" and head.head.i < head.i:
        head = head.head
    # "the role of chairman", "le poste de directeur": the post noun stands for the title.
    if head.dep_ in ("pobj", "nmod") and head.head.i != head.i:
        up = head.head.head if head.dep_ == "pobj" else head.head
        if up.lemma_.lower() in word_set("xx", "post_nouns"):
            head = up
    verbs = word_set("xx", "copulas") | word_sets("designation_verbs").get(lang, frozenset())
    subject: Token | None = None
    if any(c.dep_ == "cop" for c in head.children):
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    elif (head.dep_ == "appos" and any(c.text == "(" for c in head.head.children if c.i < head.i)) or (
        # an apposition, also when parsed as a bare nominal modifier (no preposition)
        head.dep_ in ("appos", "nmod")
        and _is_person_token(head.head)
        and head.head.i < head.i
        and not any(c.dep_ == "case" for c in head.children)
    ):
        subject = head.head  # "X (administrateur d'Acme)", "X le directeur sportif de l'équipe"
    elif (
        head.dep_ in ("attr", "oprd", "xcomp", "dobj", "obj")
        # "X élue présidente de Y" (a headline's participle): a bare title the parser hung as a
        # modifier of the participle, right after it, is its predicate
        or (
            head.dep_ in ("obl", "obl:mod")
            and head.left_edge.i == head.head.i + 1
            and "Part" in _morph(head.head, "VerbForm")
            and not any(c.dep_ == "case" for c in head.children)
        )
    ) and head.head.lemma_.lower() in verbs:
        verb = head.head
        if head.dep_ in ("dobj", "obj") and verb.lemma_.lower() not in word_set("xx", "copulas"):
            # « Altéa a nommé Claire Bonnet directrice générale »: the French parser reads the
            # predicate as a second object right after the person's name; the English one hangs
            # the name on the title ("Acme named Jane Roe CEO")
            hung = _name_hung_on_title(doc, head)
            if hung is not None:
                return _person_run_ending(doc, hung.i)
            named = _named_object_before(verb, head)
            return _person_around(doc, named) if named is not None else None  # "Acme named a CEO"
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i != head.i]
        if head.dep_ == "oprd" and objects:
            subject = objects[0]  # "Acme named Jane Roe CEO"
        elif head.dep_ == "oprd" and (hung := _name_hung_on_title(doc, head)) is not None:
            return _person_run_ending(doc, hung.i)  # "Acme named Maria Lopez chief financial officer"
        else:
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")), None)
            if subject is None and verb.dep_ in ("acl",):
                subject = verb.head  # "Jane Roe, nommée directrice de"
    elif (designating := _as_designation(head)) is not None:
        # "Acme appointed Jane Roe as chief executive", "Jane Roe was appointed as chairman"
        subject = next((c for c in designating.children if c.dep_ == "dobj"), None) or next(
            (c for c in designating.children if c.dep_ == "nsubjpass"), None
        )
    if subject is not None and subject.pos_ == "PRON" and subject.head.dep_ in ("relcl", "acl:relcl"):
        subject = subject.head.head  # "Jane Roe, who was the company's CEO"
    return _person_around(doc, subject) if subject is not None else None


# --------------------------------------------------------------------------------------------------
# The organisation of a possessive title, from the coreference chains
# --------------------------------------------------------------------------------------------------

# What may stand between a title's possessor and the title's own words ("The planemaker['s ]chief
# executive"): a possessive ending and spaces.
_TO_TITLE = re.compile(r"(?:['’]s?)?[^\S\n]*")
# The same after an English name's possessive ending, with up to two lower-case words of the title
# before it ("Norvane's new chief financial officer", "Velcora's newly appointed chief executive"):
# words of ``en/title_premodifiers`` only, so that "Acme's rival hired chief executive X" is no title
# of Acme's.
_NAME_TO_TITLE_WORDS = re.compile(r"['’]s?((?:[^\S\n]+[a-z][a-z-]*){1,2})[^\S\n]+")
# Between a person's name and the possessor of the title set after it ("Jane Roe, its chief executive").
_NAME_TO_TITLE = re.compile(r"[^\S\n]*[,(][^\S\n]*")
# How far before a title its possessor may begin ("The U.S. Justice Department's" is 30 characters).
_POSSESSOR_REACH = 48


def _possessor(text: str, ref: Reference) -> bool:
    """Whether a chain reference owns what follows it: a possessive determiner ("its", « sa »)
    or an English description with a possessive ending ("the planemaker's")."""
    return ref.kind == "possessive" or (ref.kind == "nominal" and text[ref.end : ref.end + 1] in ("'", "’"))


def _premodified_title(text: str, end: int, title_start: int) -> bool:
    """Whether only a possessive ending and words that qualify a title (``en/title_premodifiers``,
    ``en/former_words``: "new", "interim", "newly appointed") stand between an organisation's name
    ending at ``end`` and its title at ``title_start`` ("Norvane's new chief financial officer");
    never a noun or a verb ("Acme's rival hired chief executive X", "Acme's talks with chief
    executive X")."""
    found = _NAME_TO_TITLE_WORDS.fullmatch(text, end, title_start)
    if found is None:
        return False
    allowed = word_set("en", "title_premodifiers") | word_set("en", "former_words")
    return all(word in allowed for word in found.group(1).split())


def _former_before(text: str, start: int) -> bool:
    """Whether the word right before ``start`` makes the title after it a former one ("former
    Velcora CEO John Doe"; ``en/former_words``)."""
    words = text[max(0, start - 20) : start].split()
    return bool(words) and words[-1].lower() in word_set("en", "former_words")


def with_chain_possessors(text: str, memberships: Sequence[Membership], entities: Sequence[Entity]) -> list[Membership]:
    """The memberships, where a title's possessor is in an organisation's coreference chain
    (:mod:`kg.extract.coref`: "Its chief executive, Jane Roe", "The planemaker's chief executive",
    « Sa présidente, Claire Morel ») taking that organisation. The title reader alone can only take
    the organisation named last before the title, which is often another one ("... a lawsuit
    brought by the Justice Department. Its chief executive": the company the chain follows, not
    the department); an organisation the title names after itself ("chief executive of Acme") is
    kept."""
    memberships = _with_relative_possessors(text, memberships, entities)
    owned = sorted(
        {(r.start, r.end, r.text) for e in entities if e.type == "ORG" for r in e.references if _possessor(text, r)}
        # an English organisation's name before a title whose possessor or compound it is ("Norvane's
        # new chief financial officer, Jane Roe", "former Velcora CEO John Doe"): the names of the
        # entity layer, which the parser's tags may have called a person
        | {(m.start, m.end, m.text) for e in entities if e.type == "ORG" for m in e.mentions if m.lang == "en"}
    )
    if not owned:
        return list(memberships)
    starts = [o[0] for o in owned]
    out = []
    for membership in memberships:
        found = _title_possessor(text, membership, owned, starts)
        if found is not None:
            # the evidence spans the possessor, and no longer the organisation named before it
            first = min(found[0], membership.person.start) if membership.organisation is not None else min(found[0], membership.evidence.start)
            last = max(found[1], membership.evidence.end)
            evidence = Span(first, last, text[first:last])
            ended = membership.ended or _former_before(text, found[0])
            membership = replace(membership, organisation=Span(*found), anaphoric=False, evidence=evidence, ended=ended)
        out.append(membership)
    return out


# Lower-case words between a possessive relative and the title (« dont l'ancien patron », "whose
# new chief executive"): an article and adjectives.
_RELATIVE_TO_TITLE = re.compile(r"(?:[^\S\n]+(?:l['’])?[a-zà-ÿ]+)*[^\S\n]*(?:l['’])?")
# Between an organisation's name and the relative after it ("Forno, whose").
_NAME_TO_RELATIVE = re.compile(r"[^\S\n]*,?[^\S\n]*")


def _with_relative_possessors(text: str, memberships: Sequence[Membership], entities: Sequence[Entity]) -> list[Membership]:
    """The memberships, where a title without an organisation follows a possessive relative
    (``xx/possessive_relatives``) right after an organisation's name ("Acme bought Forno, whose
    chief executive, Marco Rossi, will stay", « Altéa a racheté Forno, dont l'ancien patron, Marco
    Rossi »), taking that organisation: the relative's antecedent, not the organisation the story
    is about nor the one named last."""
    relatives = word_set("xx", "possessive_relatives")
    ends = {m.end: m for e in entities if e.type == "ORG" for m in e.mentions}
    out = []
    for membership in memberships:
        if membership.organisation is None and membership.anaphoric:
            found = _relative_antecedent(text, membership.evidence.start, relatives, ends)
            if found is not None:
                start = min(found.start, membership.evidence.start)
                evidence = Span(start, max(membership.evidence.end, membership.person.end), text[start : max(membership.evidence.end, membership.person.end)])
                membership = replace(membership, organisation=Span(found.start, found.end, found.text), anaphoric=False, evidence=evidence)
        out.append(membership)
    return out


def _relative_antecedent(text: str, title: int, relatives: frozenset[str], ends: dict[int, EntityMention]) -> EntityMention | None:
    """The organisation mention that a possessive relative right before the title at ``title``
    hangs on, or None."""
    window = text[max(0, title - 40) : title]
    for match in re.finditer(r"\b\w+\b", window):
        word = match.group().lower()
        if word not in relatives:
            continue
        at = title - len(window) + match.start()
        if _RELATIVE_TO_TITLE.fullmatch(text, at + len(word), title) is None:
            continue
        for end in sorted(ends, reverse=True):
            if end <= at and _NAME_TO_RELATIVE.fullmatch(text, end, at) is not None:
                return ends[end]
    return None


def _title_possessor(
    text: str, membership: Membership, owned: Sequence[tuple[int, int, str]], starts: Sequence[int]
) -> tuple[int, int, str] | None:
    """The possessor reference ``(start, end, text)`` of ``membership``'s title, or None: inside
    the evidence (which spans the person, the title and any organisation) or right before it, not
    in the person's name, after any organisation the reader took, and next to the title: right
    before the evidence, or the name and a comma before it when the title follows the name."""
    person, org, evidence = membership.person, membership.organisation, membership.evidence
    lo = min(evidence.start, person.start) - _POSSESSOR_REACH
    best: tuple[int, int, str] | None = None
    for k in range(bisect_left(starts, lo), len(owned)):
        start, end, _ = owned[k]
        if start >= evidence.end:
            break
        if start < person.end and person.start < end:
            continue
        if org is not None and (start < org.end or org.start >= person.end):
            continue  # the organisation the title names, or one it names after the person
        if org is not None and end <= person.start and person.end < evidence.end:
            # "Acme named former Beta executive Jane Roe as CEO": the title after the person is
            # the designating subject's; a name before the person is that of another title of hers
            continue
        if end <= evidence.start:
            if _TO_TITLE.fullmatch(text, end, evidence.start) is None and not _premodified_title(
                text, end, evidence.start
            ):
                continue
        elif start >= person.end:
            if _NAME_TO_TITLE.fullmatch(text, person.end, start) is None:
                continue
        elif end > person.start or "." in text[end:person.start] or "\n" in text[end:person.start]:
            continue
        best = owned[k]
    return best
