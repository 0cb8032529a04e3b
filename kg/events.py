"""Rule-based extraction of events, quotations and memberships from one parsed text segment.

Every function here reads a spaCy :class:`~spacy.tokens.Doc` of ONE segment of a document (one run
of text in one language) and returns plain objects of :mod:`kg.types` whose character offsets are in
the coordinates of the FULL document: pass the segment's start as ``offset``.

* :func:`events_from_doc` finds event triggers with the lexicon ``ontologies/triggers.tsv`` (lemma +
  part of speech + sense restrictions, see ``ontologies/README-triggers.md``) and reads their
  participants from the dependency parse: subjects, objects, passive agents, "de X" / "of X" / "X's"
  complements of nominalisations, the subject of a support verb for "X a déclaré son retrait",
  subjects shared by coordinated verbs, recipients of communication and transfer verbs, a place and
  the closest resolved time expression.
* :func:`quotes_from_doc` finds direct quotations and the subject of the reporting verb.
* :func:`memberships_from_doc` reads titles and appositions ("le PDG Arvind Krishna", "Brad Smith,
  président de Microsoft") with the role labels of ``ontologies/roles.ttl``.

The functions work with the French UD parser of ``fr_core_news_*`` and the ClearNLP-style parser of
the English ``en_core_web_*`` models. Nothing is loaded at import time: the lexicons are read on first
use and cached.
"""

from __future__ import annotations

import bisect
import csv
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.doccache import doc_text, token_starts
from kg.errors import Errors, KGError
from kg.resources import resource_path
from kg.types import EventMention, Membership, Quote, Span, Timex
from kg.knowledge.words import pair_map, word_map, word_maps, word_set, word_sets

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = [
    "Condition",
    "RoleLexicon",
    "TriggerEntry",
    "TriggerLexicon",
    "events_from_doc",
    "load_lexicon",
    "load_roles",
    "memberships_from_doc",
    "negation_in_type",
    "quotes_from_doc",
]

# --------------------------------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------------------------------

_VALUE_KEYS = frozenset({"obj", "comp", "mod", "subj", "prep", "case", "next"})
_FLAG_KEYS = frozenset(
    {"refl", "obj", "noobj", "clause", "passive", "neg", "cessative"}
)
_ROLE_SLOTS = frozenset({"subj", "obj", "gen", "to", "iobj", "dative"})
_ROLE_NAMES = frozenset({"agent", "patient", "recipient"})


@dataclass(frozen=True)
class Condition:
    """One test of a sense restriction: ``key`` with ``values`` (empty for a flag), maybe negated."""

    key: str
    values: frozenset[str] = frozenset()
    negated: bool = False


@dataclass(frozen=True)
class TriggerEntry:
    """One row of the trigger lexicon.

    ``requires`` is a conjunction of disjunctions: every inner tuple needs one condition to hold.
    ``roles`` overrides the default mapping of syntactic slots onto event roles.
    """

    lang: str
    lemma: str
    pos: str
    type: str
    requires: tuple[tuple[Condition, ...], ...] = ()
    roles: Mapping[str, str] = field(default_factory=dict)
    note: str = ""
    line: int = 0

    @property
    def allows_negation(self) -> bool:
        """True when the row is about a negated or cessative use ("ne ... plus", "no longer")."""
        return any(
            c.key in ("neg", "cessative") and not c.negated
            for group in self.requires
            for c in group
        )


@dataclass(frozen=True)
class TriggerLexicon:
    """The trigger lexicon, indexed by ``(lang, lemma, pos)``; rows keep their file order."""

    entries: Mapping[tuple[str, str, str], tuple[TriggerEntry, ...]]
    path: Path | None = None

    def lookup(self, lang: str, lemma: str, pos: str) -> tuple[TriggerEntry, ...]:
        """Rows for a lemma and part of speech, most specific first (file order)."""
        return self.entries.get((lang, lemma.lower(), pos), ())

    @property
    def types(self) -> frozenset[str]:
        """Every event type the lexicon can produce."""
        return frozenset(e.type for rows in self.entries.values() for e in rows)

    def __len__(self) -> int:
        return sum(len(rows) for rows in self.entries.values())

    def size(self, lang: str) -> int:
        """Number of rows for one language."""
        return sum(len(rows) for (lg, _, _), rows in self.entries.items() if lg == lang)


def _parse_requires(
    text: str, *, path: str, line: int
) -> tuple[tuple[Condition, ...], ...]:
    text = text.strip()
    if text in ("", "-"):
        return ()
    groups: list[tuple[Condition, ...]] = []
    for group_text in text.split(";"):
        alts: list[Condition] = []
        for alt in group_text.split(","):
            alt = alt.strip()
            negated = alt.startswith("!")
            alt = alt.lstrip("!").strip()
            key, sep, values = alt.partition(":")
            key = key.strip()
            if sep:
                if key not in _VALUE_KEYS:
                    raise KGError(
                        Errors.E202, path=path, line=line, detail=f"unknown key {key!r}"
                    )
                vals = frozenset(
                    v.strip() if v.strip().startswith("@") else v.strip().lower()
                    for v in values.split("|")
                    if v.strip()
                )
                if not vals:
                    raise KGError(
                        Errors.E202,
                        path=path,
                        line=line,
                        detail=f"empty list for {key!r}",
                    )
                alts.append(Condition(key, vals, negated))
            else:
                if key not in _FLAG_KEYS:
                    raise KGError(
                        Errors.E202,
                        path=path,
                        line=line,
                        detail=f"unknown flag {key!r}",
                    )
                alts.append(Condition(key, frozenset(), negated))
        groups.append(tuple(alts))
    return tuple(groups)


def _parse_roles(text: str, *, path: str, line: int) -> dict[str, str]:
    text = text.strip()
    if text in ("", "-"):
        return {}
    out: dict[str, str] = {}
    for item in text.split(";"):
        slot, sep, role = item.partition("=")
        slot, role = slot.strip(), role.strip()
        if not sep or slot not in _ROLE_SLOTS or role not in _ROLE_NAMES:
            raise KGError(
                Errors.E202, path=path, line=line, detail=f"bad roles item {item!r}"
            )
        out[slot] = role
    return out


def load_lexicon(path: Path | None = None) -> TriggerLexicon:
    """Read the trigger lexicon (``ontologies/triggers.tsv`` by default).

    Raises :class:`~kg.errors.KGError` E202 on a malformed row. The default lexicon is cached.
    """
    if path is None:
        return _default_lexicon()
    return _read_lexicon(Path(path))


@lru_cache(maxsize=1)
def _default_lexicon() -> TriggerLexicon:
    return _read_lexicon(resource_path("triggers.tsv"))


def _read_lexicon(path: Path) -> TriggerLexicon:
    entries: dict[tuple[str, str, str], list[TriggerEntry]] = {}
    header_seen = False
    with open(path, encoding="utf-8", newline="") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            cells = next(
                csv.reader([raw.rstrip("\r\n")], delimiter="\t", quoting=csv.QUOTE_NONE)
            )
            if not header_seen and cells[:2] == ["lang", "lemma"]:
                header_seen = True
                continue
            if len(cells) < 4:
                raise KGError(
                    Errors.E202,
                    path=str(path),
                    line=number,
                    detail=f"expected at least 4 tab-separated columns, got {len(cells)}",
                )
            cells += [""] * (7 - len(cells))
            lang, lemma, pos, etype, requires, roles, note = (
                c.strip() for c in cells[:7]
            )
            if lang not in ("fr", "en"):
                raise KGError(
                    Errors.E202,
                    path=str(path),
                    line=number,
                    detail=f"bad lang {lang!r}",
                )
            if pos not in ("VERB", "NOUN"):
                raise KGError(
                    Errors.E202, path=str(path), line=number, detail=f"bad pos {pos!r}"
                )
            if not lemma or not etype:
                raise KGError(
                    Errors.E202,
                    path=str(path),
                    line=number,
                    detail="empty lemma or type",
                )
            entry = TriggerEntry(
                lang=lang,
                lemma=lemma.lower(),
                pos=pos,
                type=etype,
                requires=_parse_requires(requires, path=str(path), line=number),
                roles=_parse_roles(roles, path=str(path), line=number),
                note="" if note == "-" else note,
                line=number,
            )
            entries.setdefault((lang, entry.lemma, pos), []).append(entry)
    return TriggerLexicon({k: tuple(v) for k, v in entries.items()}, path=path)


@dataclass(frozen=True)
class RoleLexicon:
    """Role labels of ``roles.ttl``: normalised label -> role local name, and the head roles."""

    labels: Mapping[str, str]
    heads: frozenset[str]
    max_tokens: int = 4

    @property
    def roles(self) -> frozenset[str]:
        """Every role local name."""
        return frozenset(self.labels.values())


_ROLE_NS = "https://w3id.org/newskg/role#"


def load_roles(path: Path | None = None) -> RoleLexicon:
    """Read role labels (prefLabel/altLabel/rdfs:label) and the ``role:HeadRoles`` collection."""
    if path is None:
        return _default_roles()
    return _read_roles(Path(path))


@lru_cache(maxsize=1)
def _default_roles() -> RoleLexicon:
    return _read_roles(resource_path("roles.ttl"))


_LABEL_KEY_JUNK = re.compile(r"[\s\-‐]+")


@lru_cache(maxsize=65536)
def _label_key(text: str) -> str:
    return _LABEL_KEY_JUNK.sub("", text.lower().replace("’", "'"))


def _read_roles(path: Path) -> RoleLexicon:
    from rdflib import Graph, URIRef
    from rdflib.namespace import RDFS, SKOS

    graph = Graph().parse(path, format="turtle")
    labels: dict[str, str] = {}
    max_tokens = 1
    for prop in (SKOS.prefLabel, SKOS.altLabel, RDFS.label):
        for subject, label in graph.subject_objects(prop):
            name = str(subject)
            if (
                not name.startswith(_ROLE_NS)
                or (subject, SKOS.inScheme, None) not in graph
            ):
                continue
            local = name[len(_ROLE_NS) :]
            labels.setdefault(_label_key(str(label)), local)
            max_tokens = max(max_tokens, len(re.findall(r"\w+|[^\w\s]", str(label))))
    heads = frozenset(
        str(m)[len(_ROLE_NS) :]
        for m in graph.objects(URIRef(_ROLE_NS + "HeadRoles"), SKOS.member)
    )
    return RoleLexicon(labels, heads, max_tokens)


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


def _morph(tok: Token, feature: str) -> list[str]:
    """Values of one morphological feature of a token (empty when absent)."""
    return list(tok.morph.get(feature, []))


def _ent(tok: Token) -> str:
    label = tok.ent_type_
    return _ENT_NORMAL.get(label, label)


def _prep_norm(text: str) -> str:
    t = text.lower().replace("’", "'")
    return word_map("fr", "contracted_prepositions").get(t, t)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower().replace("’", "'")


def _case_of(tok: Token) -> str:
    """The preposition introducing a nominal (FR ``case`` child, EN governing ``prep``)."""
    for child in tok.children:
        if child.dep_ in ("case", "mark") and child.i < tok.i:
            return _prep_norm(
                child.text if child.lemma_ in ("", "-PRON-") else child.lemma_
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
            if child.pos_ == "ADP":
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


def _is_passive(tok: Token) -> bool:
    if any(c.dep_ in ("aux:pass", "auxpass") for c in tok.children):
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
    return (
        tok.dep_ == "advcl"
        and "Part" in _morph(tok, "VerbForm")
        and "Past" in _morph(tok, "Tense")
        and not any(c.dep_.startswith(("aux", "mark", "nsubj")) for c in tok.children)
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
    return _is_nonfinite(tok)


def _verb_polarity(tok: Token, lang: str) -> tuple[bool, bool]:
    """Polarity with inheritance along coordination: "ne seront plus commercialisés, vendus"."""
    neg, ces = _polarity(tok, lang)
    cur = tok
    steps = 0
    while not neg and _shares_verb_group(cur) and steps < 5:
        cur = cur.head
        neg, ces = _polarity(cur, lang)
        steps += 1
    return neg, ces


def _own_subject(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ in _SUBJ or child.dep_ in _PASS_SUBJ:
            return child
    return None


def _has_clause(tok: Token) -> bool:
    if any(
        c.dep_ in ("ccomp", "parataxis", "parataxis:insert", "parataxis:parenth")
        for c in tok.children
    ):
        return True
    if tok.dep_.startswith("parataxis"):
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
        for t in [verb] + [c for c in verb.children if c.dep_.startswith("aux")]:
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


def _verb_modality(tok: Token, lang: str) -> str:
    """Modality of a verbal trigger: HYPOTHETICAL in a "si" / "if" clause, else what its own
    tense, auxiliaries or governing modal say ("va quitter", "pourrait quitter", "is going to
    close", "will continue to sell"), inherited along coordination of bare participles."""
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
        if cur.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
            value = word_maps("modal_heads").get(lang, {}).get(_lemma(head))
            if lang == "en" and value is not None and head.tag_ != "VBG":
                value = None
            if lang == "fr" and _lemma(head) == "aller" and _fr_tense(head) is not None:
                value = None  # "ira vendre" is a motion verb, "va vendre" a future
            if (
                lang == "fr"
                and _lemma(head) == "pouvoir"
                and (
                    any(c.dep_.startswith("aux") for c in head.children)
                    or set(_morph(head, "Tense")) & {"Imp", "Past"}
                    and "Cnd" not in _morph(head, "Mood")
                )
            ):
                value = None  # "a pu vendre", "pouvait vendre": a past ability, not a possibility
            if value is not None:
                # the modal's own marks can still win: "pourrait" (Cnd) is POSSIBLE anyway
                if _is_hypothetical(head, lang):
                    return "HYPOTHETICAL"
                return value
            cur = head  # "a décidé de quitter": the matrix verb's tense
            continue
        break
    return "ASSERTED"


def _support_verb(tok: Token, lang: str) -> Token | None:
    """The support (light) verb whose object is this event noun: "signer un accord"."""
    head = tok.head
    if (
        head.i != tok.i
        and head.pos_ in ("VERB", "AUX")
        and tok.dep_ in _OBJ
        and _lemma(head) in word_sets("support_verbs").get(lang, frozenset())
    ):
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
    support = _support_verb(tok, lang)
    if support is not None and support.i not in reporting:
        return _verb_polarity(support, lang)[0]
    return False


def _noun_modality(tok: Token, lang: str) -> str:
    """An event noun takes the modality of its support verb ("signera un accord" is FUTURE)."""
    support = _support_verb(tok, lang)
    if support is not None:
        return _verb_modality(support, lang)
    return "ASSERTED"


# --------------------------------------------------------------------------------------------------
# Sense restrictions
# --------------------------------------------------------------------------------------------------


def _token_matches(tok: Token, values: frozenset[str]) -> bool:
    if _lemma(tok) in values or tok.lower_ in values:
        return True
    for v in values:
        if v.startswith("@"):
            tag = v[1:]
            if _ent(tok) == tag or tok.pos_ == tag or tok.ent_type_ == tag:
                return True
    return False


def _objects(tok: Token) -> list[Token]:
    """Direct objects of a verb (passive subject included) or "de/of" complements of a noun."""
    out: list[Token] = []
    if tok.pos_ == "NOUN":
        for prep, head, kind in _complements(tok):
            if kind in ("obl",) and prep in word_set("xx", "genitive_prepositions"):
                out.append(head)
        return out
    for child in tok.children:
        if child.dep_ in _OBJ or (child.dep_ in _PASS_SUBJ and not _is_reflexive(tok)):
            out.append(child)
    # "ne propose plus de logiciels": the partitive hangs from the negation adverb.
    for child in tok.children:
        if child.dep_ == "advmod" and child.lower_ in ("plus", "pas"):
            out.extend(
                g for g in child.children if g.dep_ in ("obl:arg", "obj", "nmod")
            )
    return out


def _check(cond: Condition, tok: Token, lang: str) -> bool:
    key = cond.key
    if not cond.values:
        if key == "refl":
            return _is_reflexive(tok)
        if key == "obj":
            return bool(_objects(tok))
        if key == "noobj":
            return not _objects(tok)
        if key == "clause":
            return _has_clause(tok)
        if key == "passive":
            return _is_passive(tok)
        if key in ("neg", "cessative"):
            neg, ces = (
                _verb_polarity(tok, lang)
                if tok.pos_ in ("VERB", "AUX")
                else (False, False)
            )
            return neg if key == "neg" else ces
        return False
    if key == "obj":
        return any(_token_matches(t, cond.values) for t in _objects(tok))
    if key == "comp":
        return any(_token_matches(h, cond.values) for _, h, _ in _complements(tok))
    if key == "subj":
        subj = _subject(tok)
        return subj is not None and _token_matches(subj, cond.values)
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
    if key == "next":
        following = [t for t in tok.doc[tok.i + 1 : tok.i + 2] if not t.is_space]
        return any(_token_matches(t, cond.values) for t in following)
    if key == "case":
        return _case_of(tok) in cond.values
    if key == "prep":
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
        return False
    return False


def _requirements_hold(entry: TriggerEntry, tok: Token, lang: str) -> bool:
    for group in entry.requires:
        if not any(_check(c, tok, lang) != c.negated for c in group):
            return False
    return True


def _select_entry(
    lexicon: TriggerLexicon, tok: Token, lang: str
) -> TriggerEntry | None:
    if tok.pos_ not in ("VERB", "NOUN"):
        return None
    rows = lexicon.lookup(lang, _lemma(tok), tok.pos_)
    if not rows:
        return None
    # A negated trigger is kept (the event gets polarity NEG); rows that require ``neg`` or
    # ``cessative`` come first in the file and take precedence ("ne plus vendre").
    for entry in rows:
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
    while stack:
        cur = stack.pop()
        for child in cur.children:
            dep = child.dep_
            take = False
            if dep in _NAME_DEPS:
                take = True
            elif dep in ("appos", "amod") or (
                dep.startswith("nmod") and dep != "nmod:poss"
            ):
                take = _is_name_like(child) or any(
                    _is_name_like(g) for g in child.children if g.dep_ in _NAME_DEPS
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
            if take and child.i not in keep:
                keep.add(child.i)
                stack.append(child)
    return sorted(keep)


def _subject(tok: Token) -> Token | None:
    """Grammatical subject of a verb, inherited along conj / xcomp / participial advcl."""
    cur = tok
    for _ in range(6):
        for child in cur.children:
            if child.dep_ in _SUBJ:
                return child
            if child.dep_ in _PASS_SUBJ and _is_reflexive(cur):
                return child
        if any(c.dep_ in _PASS_SUBJ for c in cur.children):
            return None  # a passive: its subject is the patient
        if cur.dep_ in ("conj", "xcomp") or (
            cur.dep_ in ("advcl", "advcl:cleft") and _is_nonfinite(cur)
        ):
            cur = cur.head
            continue
        return None
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """French subject-verb inversion after a quotation: "« … », a déclaré Oumar Maïga"."""
    if not verb.lang_.startswith("fr") or any(c.dep_ in _SUBJ for c in verb.children):
        return None
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    before = verb.doc[max(0, first - 2) : first]
    if not any(t.text in ("»", "”", '"', ",", ":") for t in before):
        return None
    for child in verb.children:
        if (
            child.i > verb.i
            and child.dep_ in (_OBJ | _PASS_SUBJ)
            and (_is_name_like(child) or child.pos_ == "NOUN")
        ):
            return child
    return None


def _passive_subject(tok: Token) -> Token | None:
    cur = tok
    for _ in range(6):
        if _is_reflexive(cur):
            return None
        for child in cur.children:
            if child.dep_ in _PASS_SUBJ:
                return child
            if child.dep_ in _SUBJ:
                return None
        if _is_coordinated(cur):
            cur = cur.head
            continue
        return None
    return None


def _is_nonfinite(tok: Token) -> bool:
    forms = _morph(tok, "VerbForm")
    if forms:
        return forms[0] in ("Part", "Inf", "Ger")
    return tok.tag_ in ("VBG", "VBN", "VB")


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


def _arg_span(tok: Token | None, offset: int) -> Span | None:
    if tok is None:
        return None
    return _tokens_span(tok.doc, _np_tokens(tok), offset)


@dataclass
class _Ctx:
    """What argument finding needs besides the parse: timex and quotation character ranges."""

    lang: str
    timex_ranges: Sequence[tuple[int, int]] = ()
    quote_ranges: Sequence[tuple[int, int]] = ()

    def temporal(self, tok: Token) -> bool:
        if tok.ent_type_ in ("DATE", "TIME") or _lemma(tok) in word_set("xx", "temporal_words"):
            return True
        return any(s <= tok.idx < e for s, e in self.timex_ranges)

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

    def put(self, slot: str, tok: Token | None) -> bool:
        """Fill ``slot`` with ``tok`` unless it is filled already or ``tok`` is a time expression."""
        if tok is None or getattr(self, slot) is not None:
            return False
        if self.ctx is not None and self.ctx.temporal(tok):
            return False
        setattr(self, slot, tok)
        return True


def _is_place(tok: Token, prep: str) -> bool:
    return prep in word_set("xx", "place_prepositions") and _ent(tok) == "LOC"


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


def _verb_args(tok: Token, entry: TriggerEntry, ctx: _Ctx) -> _Args:
    roles = entry.roles
    args = _Args(ctx=ctx)
    subj = _subject(tok)
    psubj = _passive_subject(tok)
    inverted = (
        _inverted_subject(tok)
        if subj is None and entry.type in _COMMUNICATION_TYPES
        else None
    )
    if inverted is not None:
        subj = inverted
        psubj = None if psubj is inverted else psubj
    subj_role = roles.get("subj", "agent")
    obj_role = roles.get("obj", "patient")
    governor = _quote_governor(tok, ctx) if subj is None and psubj is None else None
    if governor is not None:
        subj = _subject(governor)
    elif (
        subj is None
        and psubj is None
        and tok.dep_ in ("acl", "acl:relcl")
        and _is_nonfinite(tok)
    ):
        # Participle modifying a noun: "les produits vendus" (patient) / "IBM, calling for" (agent).
        passive_participle = tok.tag_ == "VBN" or (
            "Part" in _morph(tok, "VerbForm") and "Pres" not in _morph(tok, "Tense")
        )
        if passive_participle:
            psubj = tok.head
        else:
            subj = tok.head
    args.put(subj_role, subj)
    args.put(obj_role, psubj)
    recipient_default = entry.type in _RECIPIENT_TYPES and entry.type != "Appeal"
    to_role = (
        roles.get("to")
        or roles.get("iobj")
        or roles.get("dative")
        or ("recipient" if recipient_default else None)
    )
    passive = _is_passive(tok)
    fallback: list[Token] = []
    for prep, head, kind in _complements(tok):
        if head is subj:
            continue
        if kind == "obj":
            args.put(obj_role, head)
        elif kind == "iobj":
            if to_role:
                args.put(to_role, head)
        elif kind == "obl":
            if prep in word_set("xx", "agent_prepositions") and (
                passive or head.dep_ == "obl:agent" or head.head.dep_ == "agent"
            ):
                args.put("agent", head)
            elif _is_place(head, prep):
                args.put("place", head)
            elif prep in word_set("xx", "to_prepositions") and to_role:
                args.put(to_role, head)
            elif prep in word_set("xx", "patient_fallback_prepositions") and head.pos_ in (
                "NOUN",
                "PROPN",
                "PRON",
                "X",
            ):
                fallback.append(head)
    for head in fallback:
        if args.put("patient", head):
            break
    if args.patient is None:
        used = {args.agent, args.recipient, args.place}
        for head in _objects(tok):
            if head not in used and head is not subj and args.put("patient", head):
                break
    return args


def _noun_args(tok: Token, entry: TriggerEntry, ctx: _Ctx) -> _Args:
    """Arguments of an event noun: "de X" / "of X" / "X's", "par X" / "by X", support verbs."""
    roles = entry.roles
    args = _Args(ctx=ctx)
    gen_role = roles.get("gen", "agent")
    recipient_default = entry.type in _RECIPIENT_TYPES and entry.type != "Appeal"
    to_role = roles.get("to") or ("recipient" if recipient_default else None)
    gens: list[Token] = []
    others: list[Token] = []
    possessive_det = any(
        child.dep_ in ("det", "det:poss", "poss", "nmod:poss")
        and (child.lower_ in word_set("xx", "possessive_determiners") or "Poss=Yes" in str(child.morph))
        for child in tok.children
    )
    for prep, head, kind in _complements(tok):
        if kind == "poss":
            if head.lower_ in word_set("xx", "possessive_determiners"):
                possessive_det = True
            else:
                gens.insert(0, head)
        elif kind == "obl" and prep in word_set("xx", "genitive_prepositions"):
            gens.append(head)
        elif kind == "obl" and prep in word_set("xx", "agent_prepositions"):
            args.put("agent", head)
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
    for head in gens:
        if gen_role == "agent":
            agentive = (
                _is_name_like(head)
                or head.pos_ in ("PRON", "X")
                or _lemma(head) in word_set("xx", "agentive_nouns")
            )
            if not (agentive and args.put("agent", head)):
                args.put("patient", head)
        elif not args.put(gen_role, head) and gen_role != "patient":
            args.put("patient", head)
    for head in others:
        if args.put("patient", head):
            break
    if args.agent is None:
        verb: Token | None = None
        if tok.head.pos_ in ("VERB", "AUX") and tok.head.i != tok.i:
            verb = tok.head
        elif tok.dep_ == "pobj":
            verb = _governing_verb(tok)
        if verb is not None:
            support = (
                _lemma(verb) in word_sets("support_verbs").get(ctx.lang, frozenset())
                and tok.dep_ in _OBJ
            )
            # "dans une lettre", "in a statement": the writer is the subject of the clause.
            in_comm = entry.type in _COMMUNICATION_TYPES and tok.dep_.startswith(
                ("obl", "pobj", "nmod")
            )
            if (
                possessive_det
                or in_comm
                or (support and entry.type not in _NO_INHERIT_TYPES)
            ):
                args.put("agent", _subject(verb))
                if support and args.patient is None:
                    for prep, head, kind in _complements(verb):
                        if kind == "obl" and prep in ("contre", "against"):
                            args.put("patient", head)
    if args.agent is None and possessive_det:
        for child in tok.children:
            if child.lower_ in word_set("xx", "possessive_determiners") and child.pos_ == "PRON":
                args.put(
                    "agent", child
                )  # "its exit": the integrator resolves the pronoun
    return args


# --------------------------------------------------------------------------------------------------
# Sentences and time
# --------------------------------------------------------------------------------------------------


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

    return min(candidates, key=distance)[2]


def _event_time(tok: Token, local: Sequence[tuple[int, int, Timex]]) -> Timex | None:
    if not local:
        return None
    doc = tok.doc
    starts = token_starts(doc)

    def token_of(char: int) -> int:
        return max(0, bisect.bisect_right(starts, char) - 1)

    clause_root = tok if tok.pos_ in ("VERB", "AUX") else (_governing_verb(tok) or tok)
    clause = {t.i for t in clause_root.subtree}
    in_clause = [c for c in local if token_of(c[0]) in clause]
    if in_clause:
        return _closest(in_clause, tok)
    s_start, s_end = _sentence_bounds(tok)
    in_sentence = [c for c in local if s_start <= c[0] < s_end]
    return _closest(in_sentence, tok)


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
    from spacy.attrs import ENT_TYPE, LEMMA, POS
    from spacy.parts_of_speech import NOUN, VERB

    if len(doc) == 0:
        return []
    strings = doc.vocab.strings
    hits = _lexicon_hits(lex)
    names = {0: False}
    out: list[int] = []
    for i, (pos, ent, lemma) in enumerate(doc.to_array([POS, ENT_TYPE, LEMMA]).tolist()):
        if pos != VERB and pos != NOUN:
            continue
        named = names.get(ent)
        if named is None:
            named = names[ent] = strings[ent] in _NOT_TRIGGER_ENTS
        if named:
            continue
        key = (lang, lemma, pos)
        hit = hits.get(key)
        if hit is None:
            text = strings[lemma] if lemma else ""
            hit = hits[key] = bool(
                lex.lookup(lang, text.lower().replace("’", "'"), "VERB" if pos == VERB else "NOUN")
            )
        if hit:
            out.append(i)
    return out


def events_from_doc(
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
    FUTURE, CONDITIONAL, POSSIBLE, HYPOTHETICAL or ASSERTED; ``reported_by`` is the trigger of the
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
    for i in _trigger_candidates(doc, lang, lex):
        tok = doc[i]
        entry = _select_entry(lex, tok, lang)
        if entry is not None:
            found[tok.i] = entry
    emitted: dict[int, TriggerEntry] = {}
    for i, entry in sorted(found.items()):
        tok = doc[i]
        if tok.pos_ == "VERB" and any(
            c.i in found and found[c.i].type == entry.type and doc[c.i].pos_ == "NOUN"
            for c in tok.children
            if c.dep_ in _OBJ
            or c.dep_ in _PASS_SUBJ  # "signer un accord", "l'accord a été signé"
        ):
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
    for i, entry in emitted.items():
        tok = doc[i]
        args = (
            _verb_args(tok, entry, ctx)
            if tok.pos_ == "VERB"
            else _noun_args(tok, entry, ctx)
        )
        s_start, s_end = _sentence_bounds(tok)
        if tok.pos_ == "VERB":
            negated = _verb_polarity(tok, lang)[0]
            modality = _verb_modality(tok, lang)
        else:
            negated = _noun_polarity(tok, lang, reporting)
            modality = _noun_modality(tok, lang)
        quote = next((r for r in direct if r.start <= tok.idx < r.end), None)
        reporter = _reporter(tok, reporting, [(r.start, r.end) for r in direct])
        if (
            reporter is None
            and quote is not None
            and quote.verb is not None
            and quote.verb.i in reporting
            and quote.verb.i != tok.i
        ):
            reporter = quote.verb
        yield EventMention(
            trigger=Span(offset + tok.idx, offset + tok.idx + len(tok.text), tok.text),
            type=entry.type,
            lemma=_lemma(tok),
            sentence=_trimmed_span(doc, s_start, s_end, offset),
            agent=_arg_span(args.agent, offset),
            patient=_arg_span(args.patient, offset),
            recipient=_arg_span(args.recipient, offset),
            place=_arg_span(args.place, offset),
            time=_event_time(tok, local_timexes),
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
        )


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


def _reporter(
    tok: Token, reporting: frozenset[int], quoted: Sequence[tuple[int, int]] = ()
) -> Token | None:
    """The reporting event (a Statement or Announcement trigger) whose complement holds ``tok``:
    "a déclaré son retrait", "announced its withdrawal", "a annoncé qu'il quitterait", "said it
    would exit", "l'annonce de son retrait". None when the nearest reporting event above ``tok``
    does not take it as its complement (a subject, an adverbial clause ...). A word outside the
    direct quotations ``quoted`` whose path climbs into one is a misattachment of the parser (a
    verb coordinated with or hung from the quoted clause) and is not reported."""

    def in_quote(t: Token) -> bool:
        return any(s <= t.idx < e for s, e in quoted)

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


# --------------------------------------------------------------------------------------------------
# Quotes
# --------------------------------------------------------------------------------------------------

_QUOTE_PAIRS = (("«", "»"), ("“", "”"), ("``", "''"), ("„", "“"))
_MIN_QUOTE_WORDS = 3


def _quote_spans(
    text: str, *, min_words: int = _MIN_QUOTE_WORDS
) -> list[tuple[int, int]]:
    """Inner character ranges of the quotations of ``text`` (marks excluded, whitespace trimmed)."""
    found: list[tuple[int, int]] = []
    for open_mark, close_mark in _QUOTE_PAIRS:
        pos = 0
        while True:
            start = text.find(open_mark, pos)
            if start < 0:
                break
            end = text.find(close_mark, start + len(open_mark))
            if end < 0:
                break
            found.append((start + len(open_mark), end))
            pos = end + len(close_mark)
    positions = [m.start() for m in re.finditer('"', text)]
    for a, b in zip(positions[0::2], positions[1::2]):
        found.append((a + 1, b))
    out: list[tuple[int, int]] = []
    for start, end in sorted(set(found)):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if len(text[start:end].split()) < min_words:
            continue
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e in out):
            continue
        out.append((start, end))
    return out


def is_reporting_verb(tok: Token, lang: str) -> bool:
    """Whether ``tok`` is a verb of saying (reporting or appeal types of the packaged lexicon, or
    one of the extra reporting verbs): "said", "a annoncé", "declared"."""
    return _is_reporting(tok, lang, _default_lexicon())


def _is_reporting(tok: Token, lang: str, lex: TriggerLexicon) -> bool:
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = _lemma(tok)
    if lemma in word_sets("reporting_verbs").get(lang, frozenset()):
        return True
    return any(
        e.type in _COMMUNICATION_TYPES or e.type == "Appeal"
        for e in lex.lookup(lang, lemma, "VERB")
    )


def _speaker_of(verb: Token, inside: set[int]) -> Token | None:
    subj = _subject(verb) or _inverted_subject(verb)
    if subj is not None and subj.i not in inside:
        return subj
    return None


@dataclass
class _QuoteRecord:
    """A quotation found in a parsed segment, in segment coordinates."""

    start: int
    end: int
    tokens: set[int]
    indirect: bool = False
    speaker: Token | None = None
    verb: Token | None = None


def _direct_quotes(doc: Doc, lang: str, lex: TriggerLexicon) -> list[_QuoteRecord]:
    """Direct quotations with the reporting verb and speaker (see :func:`quotes_from_doc`)."""
    text = doc_text(doc)
    starts = token_starts(doc)
    out: list[_QuoteRecord] = []
    for q_start, q_end in _quote_spans(text):
        lo = bisect.bisect_left(starts, q_start)
        hi = bisect.bisect_left(starts, q_end)
        inside = set(range(lo, hi))
        record = _QuoteRecord(q_start, q_end, inside)
        out.append(record)
        if not inside:
            continue
        speaker: Token | None = None
        verb: Token | None = None
        # 1. The verb that governs the quoted clause.
        for i in sorted(inside):
            tok = doc[i]
            head = tok.head
            if head.i in inside or head.i == tok.i or tok.is_punct:
                continue
            cur = head
            for _ in range(4):
                if _is_reporting(cur, lang, lex):
                    verb = verb or cur
                    speaker = _speaker_of(cur, inside)
                    if speaker is not None:
                        verb = cur
                    break
                if cur.head.i == cur.i:
                    break
                cur = cur.head
            if speaker is not None:
                break
        first = doc[min(inside)]
        s_start, s_end = _sentence_bounds(first)
        # Token offsets increase along the Doc, so the sentence's tokens are one slice of it.
        s_lo, s_hi = (
            bisect.bisect_left(starts, s_start),
            bisect.bisect_left(starts, s_end),
        )
        sent_toks = [doc[i] for i in range(s_lo, s_hi) if i not in inside]
        # 2. A reporting verb after the quote in its sentence: "« … », a dit X".
        if speaker is None:
            for tok in sent_toks:
                if tok.i > max(inside) and _is_reporting(tok, lang, lex):
                    speaker = _speaker_of(tok, inside)
                    if speaker is not None:
                        verb = tok
                        break
        # 3. A reporting verb before the quote: "X a déclaré : « … »".
        if speaker is None:
            for tok in reversed(sent_toks):
                if tok.i < min(inside) and _is_reporting(tok, lang, lex):
                    speaker = _speaker_of(tok, inside)
                    if speaker is not None:
                        verb = tok
                        break
        # 4. "selon X", "d'après X", "according to X".
        if speaker is None:
            for tok in sent_toks:
                if tok.i < min(inside) and tok.lower_.replace(
                    "’", "'"
                ) in word_sets("according_to").get(lang, ()):
                    target = tok.head if tok.dep_ in ("case", "fixed", "mwe") else None
                    if target is not None and target.dep_ == "fixed":
                        target = target.head
                    if target is None or target.pos_ not in (
                        "NOUN",
                        "PROPN",
                        "PRON",
                        "X",
                    ):
                        # English: "according to X" -> prep(according) -> prep(to) -> pobj X
                        for d in tok.subtree:
                            if d.dep_ == "pobj":
                                target = d
                                break
                    if (
                        target is not None
                        and target.i not in inside
                        and target.pos_ in ("NOUN", "PROPN", "PRON", "X")
                    ):
                        speaker = target
                        break
        record.speaker = speaker
        record.verb = verb
    return out


def _que_clause(verb: Token) -> bool:
    """True when ``verb`` heads a complement clause introduced by "que" / "that"."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ != "mark" or child.lower_ not in word_set("xx", "complementisers"):
            continue
        prev = doc[child.i - 1].lower_ if child.i > 0 else ""
        if prev in word_set("xx", "complex_subordinators") or any(
            g.dep_ == "fixed" for g in child.children
        ):
            continue
        return True
    return False


def _has_mark(tok: Token, words: Iterable[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in words for c in tok.children)


def _complement_clauses(verb: Token, lang: str) -> list[Token]:
    """Heads of the reported clauses of a reporting verb: its ``ccomp`` ("a déclaré que …",
    "said it would exit"), or a "que" clause the parser hung elsewhere under the verb ("a affirmé
    dans un communiqué que …" parsed as a relative clause of "communiqué")."""
    out: list[Token] = []
    open_questions = word_sets("hypothetical_marks").get(lang, frozenset())
    for child in verb.children:
        dep = child.dep_
        if dep in _SUBJ or dep in _PASS_SUBJ:
            continue
        if dep == "ccomp":
            if not _has_mark(child, open_questions):
                out.append(child)
        elif dep in ("advcl", "obj", "dobj", "xcomp", "acl") and _que_clause(child):
            out.append(child)
        elif (
            dep == "prep"
        ):  # "said in a press release that …" parsed as a relative clause
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.extend(
                        g
                        for g in pobj.children
                        if g.dep_ in ("relcl", "acl", "ccomp") and _que_clause(g)
                    )
        elif child.pos_ in ("NOUN", "PROPN", "X") and dep.startswith(
            ("obl", "xcomp", "nmod", "iobj")
        ):
            out.extend(
                g
                for g in child.children
                if g.dep_ in ("acl:relcl", "acl", "ccomp") and _que_clause(g)
            )
    return out


def _clause_span(clause: Token) -> tuple[int, int] | None:
    """Character range of a reported clause, without its "que" / "that" and edge punctuation."""
    doc = clause.doc
    s_start, s_end = _sentence_bounds(clause)
    idx = sorted(t.i for t in clause.subtree if s_start <= t.idx < s_end)
    if not idx:
        return None
    lo, hi = idx[0], idx[-1]
    while lo <= hi and (
        doc[lo].is_punct
        or doc[lo].is_space
        or (doc[lo].dep_ == "mark" and doc[lo].lower_ in word_set("xx", "complementisers"))
    ):
        lo += 1
    while (
        hi >= lo
        and (doc[hi].is_punct or doc[hi].is_space)
        and doc[hi].text not in ("»", "”", '"', ")")
    ):
        hi -= 1
    if hi < lo:
        return None
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _indirect_quotes(
    doc: Doc, lang: str, lex: TriggerLexicon, direct: Sequence[_QuoteRecord]
) -> list[_QuoteRecord]:
    """Indirect speech: the complement clause of a reporting verb that holds no direct quotation."""
    quoted = [(r.start, r.end) for r in direct]
    out: list[_QuoteRecord] = []
    seen: set[tuple[int, int]] = set()
    from spacy.attrs import POS
    from spacy.parts_of_speech import VERB

    verbs = (
        [i for i, pos in enumerate(doc.to_array(POS).tolist()) if pos == VERB] if len(doc) else []
    )
    for i in verbs:
        verb = doc[i]
        if (
            verb.pos_ != "VERB"
            or verb.dep_ == "fixed"
            or not _is_reporting(verb, lang, lex)
        ):
            continue
        if any(s <= verb.idx < e for s, e in quoted):
            continue  # reported speech inside a direct quotation
        for clause in _complement_clauses(verb, lang):
            bounds = _clause_span(clause)
            if bounds is None or bounds in seen:
                continue
            start, end = bounds
            if any(s < end and start < e for s, e in quoted):
                continue  # "a déclaré que « … »" is direct speech
            if len(doc_text(doc)[start:end].split()) < 2:
                continue
            seen.add(bounds)
            tokens = {t.i for t in clause.subtree}
            out.append(
                _QuoteRecord(
                    start,
                    end,
                    tokens,
                    indirect=True,
                    speaker=_speaker_of(verb, tokens),
                    verb=verb,
                )
            )
    return out


def _channel_of_noun(tok: Token, lang: str) -> str | None:
    lemma = _lemma(tok)
    for child in tok.children:
        if child.dep_ in ("nmod", "compound", "nn", "amod") or child.dep_.startswith(
            "nmod"
        ):
            value = pair_map("xx", "channel_compounds").get((lemma, _lemma(child)))
            if value is not None:
                return value
        if child.dep_ == "prep" and child.lower_ in ("on", "de"):
            for g in child.children:
                value = pair_map("xx", "channel_compounds").get((lemma, _lemma(g)))
                if value is not None:
                    return value
    return word_maps("channels").get(lang, {}).get(lemma)


def _nominal_dependents(verb: Token) -> Iterator[Token]:
    """Nominal dependents of a verb other than its subject and its complement clause, through
    English prepositions ("in a statement" -> "statement")."""
    for child in verb.children:
        dep = child.dep_
        if (
            dep in _SUBJ
            or dep in _PASS_SUBJ
            or dep in ("ccomp", "mark", "punct", "aux", "cc")
        ):
            continue
        if dep in ("prep", "agent", "dative") and child.pos_ == "ADP":
            for g in child.children:
                if g.dep_ in ("pobj", "pcomp"):
                    yield g
        elif child.pos_ in ("NOUN", "PROPN", "X", "PRON"):
            yield child


def _channel(verb: Token, lang: str) -> tuple[str | None, Token | None]:
    """The medium of a statement and the noun naming it: "dans une lettre", "in a statement",
    "sur Twitter", "tweeted"."""
    for noun in _nominal_dependents(verb):
        prep = _case_of(noun)
        if prep and prep not in word_set("xx", "channel_prepositions"):
            continue
        value = _channel_of_noun(noun, lang)
        if value is None:
            for child in noun.children:  # "dans un message publié sur Twitter"
                if child.dep_.startswith(("nmod", "acl")) or child.dep_ == "prep":
                    for g in [child, *child.children]:
                        if g.pos_ in ("NOUN", "PROPN", "X"):
                            value = _channel_of_noun(g, lang)
                            if value is not None:
                                break
                if value is not None:
                    break
        if value is not None:
            return value, noun
    value = word_map("xx", "channel_verbs").get(_lemma(verb))
    if value is not None:
        return value, None
    # A medium the parser hung elsewhere in the reporting clause ("a déclaré le PDG du groupe
    # dans un entretien à …": "entretien" under the inverted subject), outside reported clauses.
    skip: set[int] = set()
    for child in verb.children:
        if child.dep_ in ("ccomp", "parataxis") or child.dep_.startswith("advcl"):
            skip.update(t.i for t in child.subtree)
    for tok in verb.subtree:
        if tok.i in skip or tok.pos_ not in ("NOUN", "PROPN") or tok.i == verb.i:
            continue
        prep = _case_of(tok)
        governor = _governing_verb(tok)
        if prep in word_set("xx", "channel_prepositions") and governor is not None and governor.i == verb.i:
            value = _channel_of_noun(tok, lang)
            if value is not None:
                return value, tok
    return None, None


def _addressee_candidate(tok: Token, lang: str) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN", "PRON", "X"):
        return False
    if tok.ent_type_ in ("DATE", "TIME") or _lemma(tok) in word_set("xx", "temporal_words"):
        return False
    if _ent(tok) == "LOC":
        return False
    return word_maps("channels").get(lang, {}).get(_lemma(tok)) is None


def _addressee(verb: Token, lang: str, channel_noun: Token | None) -> Token | None:
    """The addressee of a statement: "a déclaré à Axios", "told Reuters", "said to reporters",
    else the interviewer of "dans un entretien à X" / "in an interview with X"."""
    for child in verb.children:
        dep = child.dep_
        if (
            dep in _SUBJ
            or dep in _PASS_SUBJ
            or dep in ("ccomp", "mark", "punct", "aux", "cc")
        ):
            continue
        if lang == "en":
            if dep in ("dative", "iobj"):
                target = next((g for g in child.children if g.dep_ == "pobj"), child)
                if _addressee_candidate(target, lang):
                    return target
            elif dep == "dobj" and _lemma(verb) in word_set("en", "addressee_object_verbs"):
                if _addressee_candidate(child, lang):
                    return child
            elif dep == "prep" and child.lower_ == "to":
                for g in child.children:
                    if g.dep_ == "pobj" and _addressee_candidate(g, lang):
                        return g
        else:
            if dep == "iobj" and child.pos_ == "PRON":
                return child
            if _case_of(child) in ("à", "auprès") and _addressee_candidate(child, lang):
                return child
    if channel_noun is not None:
        for prep, head, kind in _complements(channel_noun):
            if (
                kind == "obl"
                and prep in ("à", "avec", "with", "to")
                and _addressee_candidate(head, lang)
            ):
                return head
        for child in channel_noun.children:  # "un entretien accordé au Monde"
            if child.dep_.startswith("acl") and child.pos_ == "VERB":
                for prep, head, kind in _complements(child):
                    if (
                        kind == "iobj" or (kind == "obl" and prep in ("à", "to"))
                    ) and _addressee_candidate(head, lang):
                        return head
    return None


def _is_role_noun(tok: Token) -> bool:
    """A role noun ("PDG", "porte-parole", "chief executive", "représentant") of ``roles.ttl``."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    roles = load_roles()
    doc = tok.doc
    candidates = [tok.i] + [
        c.i
        for c in tok.children
        if c.dep_ in ("amod", "compound", "nn") and c.i < tok.i
    ]
    for i in sorted(set(candidates)):
        match = _match_role(doc, i, roles)
        if match is not None and i <= tok.i < match[0]:
            return True
    return False


def _speaker_span(tok: Token | None, offset: int) -> Span | None:
    """Speaker mention: a person name ("Arvind Krishna" in "le PDG Arvind Krishna"), else the
    role noun phrase with its "de X" / "of X" / possessive complement ("représentant d'IBM", "The
    company's chief executive", "spokesperson for Boeing"), else the subject noun phrase."""
    if tok is None:
        return None
    doc = tok.doc
    if _is_person_token(tok):
        back = _person_run_ending(doc, tok.i)
        lo = back[0] if back is not None else tok.i
        fwd = _person_run(doc, lo)
        hi = max(fwd[1] if fwd is not None else tok.i + 1, tok.i + 1)
        if back is not None or fwd is not None:
            return _tokens_span(doc, range(lo, hi), offset)
        return _arg_span(tok, offset)
    if tok.pos_ not in ("NOUN", "PROPN", "X"):
        return _arg_span(tok, offset)
    role = _is_role_noun(tok)
    for child in tok.children:  # a name in apposition: "le PDG Arvind Krishna"
        apposed = child.dep_ in ("appos", "flat:name", "flat", "compound", "nn") or (
            role and child.dep_.startswith("nmod") and not _case_of(child)
        )
        if apposed and child.i > tok.i and _is_person_token(child):
            run = _person_run(doc, child.i)
            if run is not None:
                return _tokens_span(doc, range(run[0], run[1]), offset)
    if not role:
        return _arg_span(tok, offset)
    keep = {tok.i}
    for child in tok.children:
        dep = child.dep_
        if (dep in ("amod", "compound", "nn") and child.i < tok.i) or dep in (
            "poss",
            "nmod:poss",
        ):
            keep.update(t.i for t in child.subtree)
        elif dep.startswith("nmod") and _case_of(child) in (
            "de",
            "of",
            "chez",
            "for",
            "at",
        ):
            keep.update(_np_tokens(child))
            keep.update(
                c.i
                for c in child.children
                if c.dep_ in ("case", "det") and c.i < child.i
            )
        elif dep == "prep" and child.lower_ in ("of", "for", "at"):
            for g in child.children:
                if g.dep_ == "pobj":
                    keep.add(child.i)
                    keep.update(_np_tokens(g))
    return _tokens_span(doc, sorted(keep), offset)


# The quotations :func:`events_from_doc` found in the Doc it read last: (doc, lang, lexicon,
# records), for :func:`quotes_from_doc` on the same Doc, which takes them out.
_LAST_QUOTES: tuple[Doc, str, TriggerLexicon, list[_QuoteRecord]] | None = None


def _all_quotes(doc: Doc, lang: str, lex: TriggerLexicon, *, keep: bool = False) -> list[_QuoteRecord]:
    """Direct and indirect quotations of ``doc``, in text order.

    The pipeline runs :func:`events_from_doc` then :func:`quotes_from_doc` on each Doc, and both
    need these: the first keeps its result (``keep``) in a single slot, the second takes it and
    empties the slot (the records hold Tokens, hence the whole Doc and its parse: nothing should
    keep them longer; a cache in ``doc.user_data`` would also tie the Doc in a reference cycle).
    Callers must not modify the records.
    """
    global _LAST_QUOTES
    last = _LAST_QUOTES
    if last is not None and last[0] is doc and last[1] == lang and last[2] is lex:
        if not keep:
            _LAST_QUOTES = None
        return last[3]
    direct = _direct_quotes(doc, lang, lex)
    indirect = _indirect_quotes(doc, lang, lex, direct)
    records = sorted(direct + indirect, key=lambda r: (r.start, r.end))
    _LAST_QUOTES = (doc, lang, lex, records) if keep else None
    return records


def quotes_from_doc(
    doc: Doc, *, lang: str, offset: int = 0, lexicon: TriggerLexicon | None = None
) -> Iterator[Quote]:
    """Yield the quotations of a segment, direct and indirect, in text order.

    Direct quotations (« … », “ … ”, "…", `` … ''; at least 3 words): the span covers the text
    between the marks. The speaker is the subject of the reporting verb that governs the quotation
    (``X a déclaré que « … »``), else of a reporting verb after it in the sentence (``« … », a dit
    X``), else before it (``X said: "…"``), else the complement of "selon" / "d'après" /
    "according to"; None when none is found.

    Indirect speech (``indirect=True``): the complement clause of a reporting verb ("a déclaré
    que …", "affirme que …", "said (that) …", "told X that …"), without its "que" / "that", when it
    holds no direct quotation.

    ``reporting`` is the reporting verb's token, ``addressee`` its "à X" / "told X" / "to X"
    complement (or the interviewer of "dans un entretien à X"), ``channel`` the medium in
    lower-case English ("letter", "tweet", "interview", "statement", "press release", "blog post",
    "television", ...). A role-noun speaker covers its complement ("le représentant d'IBM"), an
    apposed person name wins ("le PDG Arvind Krishna" -> "Arvind Krishna"); pronouns are returned
    as they are, for the integrator to resolve.
    """
    lang = lang.split("-")[0].lower()
    lex = lexicon or load_lexicon()
    text = doc_text(doc)
    for record in _all_quotes(doc, lang, lex):
        verb = record.verb
        channel: str | None = None
        addressee: Token | None = None
        if verb is not None:
            channel, channel_noun = _channel(verb, lang)
            addressee = _addressee(verb, lang, channel_noun)
            if addressee is not None and addressee.i in record.tokens:
                addressee = None
        yield Quote(
            span=Span(
                offset + record.start,
                offset + record.end,
                text[record.start : record.end],
            ),
            speaker=_speaker_span(record.speaker, offset),
            reporting=None
            if verb is None
            else Span(offset + verb.idx, offset + verb.idx + len(verb.text), verb.text),
            indirect=record.indirect,
            channel=channel,
            addressee=_entity_or_arg_span(addressee, offset),
        )


def _entity_or_arg_span(tok: Token | None, offset: int) -> Span | None:
    """The named entity a token belongs to (whole, even when the parser split it), else its noun
    phrase."""
    if tok is None:
        return None
    if tok.ent_type_ and tok.ent_type_ not in _NON_NAME_ENTS:
        for ent in tok.doc.ents:
            if ent.start <= tok.i < ent.end:
                return _tokens_span(tok.doc, range(ent.start, ent.end), offset)
    return _arg_span(tok, offset)


# --------------------------------------------------------------------------------------------------
# Memberships
# --------------------------------------------------------------------------------------------------

# Roles of a company: when the phrase names no organisation, the nearest preceding organisation in
# the sentence (from ``org_spans``) is taken. Political roles get no fallback organisation.
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
    out: list[bool] = []
    for orth, lemma in doc.to_array([ORTH, LEMMA]).tolist():
        pair = (orth, lemma)
        flag = starts.get(pair)
        if flag is None:
            flag = starts[pair] = index.can_start(strings[orth], strings[lemma] if lemma else "")
        out.append(flag)
    return out


def _match_role(doc: Doc, i: int, roles: RoleLexicon) -> tuple[int, str] | None:
    """Longest role label starting at token ``i``: ``(end token exclusive, role)``."""
    best: tuple[int, str] | None = None
    key = ""
    first = doc[i]
    if first.is_space or first.is_punct:
        return None
    labels = roles.labels
    prefixes = _role_index(roles).prefixes
    for j in range(i, min(len(doc), i + roles.max_tokens + 2)):
        tok = first if j == i else doc[j]
        text = tok.text
        if tok.is_space or (tok.is_punct and text not in ("-", "'", "’")):
            break
        base = key
        key = base + _label_key(text)
        for candidate in (
            key,
            base + _label_key(tok.lemma_),
            key[:-1] if key.endswith(("s", "x")) else "",
        ):
            if candidate and candidate in labels:
                best = (j + 1, labels[candidate])
                break
        # Every later key starts with ``key`` (or is ``key`` itself, after a token whose key is
        # empty): none can be a label unless ``key`` is a label prefix, or its singular a label.
        if key not in prefixes and not (key.endswith(("s", "x")) and key[:-1] in labels):
            break
    return best


def _is_person_token(tok: Token) -> bool:
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
    if i >= len(doc) or not _is_person_token(doc[i]):
        return None
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


def _org_run(doc: Doc, i: int) -> tuple[int, int] | None:
    """An organisation (or state) name starting at ``i``, after an optional article."""
    while i < len(doc) and doc[i].lower_.replace("’", "'") in word_set("xx", "role_determiners"):
        i += 1
    if i >= len(doc):
        return None
    tok = doc[i]
    if _ent(tok) in ("ORG", "LOC") or (
        tok.pos_ in ("PROPN", "X") and _ent(tok) != "PER"
    ):
        j = i + 1
        while j < len(doc) and (
            (doc[j].ent_iob_ == "I" and _ent(doc[j]) == _ent(tok))
            or (doc[j].pos_ == "PROPN" and _ent(doc[j]) not in ("PER",))
        ):
            j += 1
        return i, j
    return None


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


def _of_complement(doc: Doc, j: int) -> tuple[int, int] | None:
    """``de X`` / ``d'X`` / ``du X`` / ``of X`` after a role, X an organisation."""
    if j < len(doc) and _prep_norm(doc[j].lower_) in ("de", "of", "du", "des"):
        run = _org_run(doc, j + 1)
        if run is None and doc[j].lower_ in ("du", "des") and j + 1 < len(doc):
            run = _org_run(doc, j + 1)
        return run
    return None


def memberships_from_doc(
    doc: Doc,
    *,
    lang: str,
    offset: int = 0,
    org_spans: Sequence[Span] = (),
    roles: RoleLexicon | None = None,
) -> Iterator[Membership]:
    """Yield person-role-organisation memberships read from titles and appositions.

    Patterns (role labels come from ``roles.ttl``; persons are NER PER names or runs of 2+ untyped
    capitalised proper nouns):

    * ``[ORG ['s]] ROLE [de/of ORG] [,] PERSON`` -- "le PDG Arvind Krishna", "IBM CEO Tim Cook",
      "le PDG d'IBM, Arvind Krishna", "le ministre de l'Intérieur Gérald Darmanin";
    * ``PERSON , [det] [ORG 's] ROLE [de/of ORG]`` -- "Brad Smith, président de Microsoft",
      "Tim Cook, Apple's CEO".

    ``organisation`` is the organisation named in the phrase. When there is none and the role is a
    company role (CEO, chair, founder, spokesperson ...), the nearest organisation of ``org_spans``
    (full-document coordinates) that ends before the phrase in the same sentence is used; otherwise
    it is None and the integrator may fall back to a nearby organisation. ``head`` is True for the
    members of ``role:HeadRoles``.
    """
    lang = lang.split("-")[0].lower()
    lex = roles or load_roles()
    seen: set[tuple[int, int, str]] = set()
    i = 0
    n = len(doc)
    can_start = _role_starts(doc, lex)
    while i < n:
        match = _match_role(doc, i, lex) if can_start[i] else None
        if match is None:
            i += 1
            continue
        end, role = match
        person: tuple[int, int] | None = None
        org: tuple[int, int] | None = None
        # Pattern A: role followed by the person.
        j = end
        while j < n and doc[j].pos_ == "ADJ" and _ent(doc[j]) != "PER":
            j += 1
        comp = _of_complement(doc, j)
        k = comp[1] if comp else j
        if comp is None and j < n and doc[j].lower_ == "de" and j + 2 < n:
            # "ministre de l'Intérieur Gérald Darmanin": a portfolio, not an organisation
            m = j + 1
            while m < n and doc[m].lower_.replace("’", "'") in word_set("xx", "role_determiners"):
                m += 1
            if m < n and doc[m].pos_ in ("NOUN", "PROPN") and _ent(doc[m]) != "PER":
                k = m + 1
                if _ent(doc[m]) == "ORG" and doc[m].pos_ == "PROPN":
                    comp = (m, m + 1)
        if k < n and doc[k].text == ",":
            k_person = k + 1
        else:
            k_person = k
        run = _person_run(doc, k_person)
        if run is not None:
            person = run
            org = comp
            if org is None:
                # Organisation before the role: "IBM CEO Tim Cook", "Apple's CEO Tim Cook".
                b = i - 1
                if b >= 0 and doc[b].lower_ in ("'s", "’s"):
                    b -= 1
                if b >= 0:
                    org = _org_run_ending(doc, b)
        else:
            # Pattern B: person, [det] [ORG 's] role [of ORG].
            b = i - 1
            left_org: tuple[int, int] | None = None
            if b >= 0 and doc[b].lower_ in ("'s", "’s"):
                left_org = _org_run_ending(doc, b - 1)
                b = left_org[0] - 1 if left_org else b - 1
            elif b >= 0 and doc[b].pos_ == "PROPN":
                left_org = _org_run_ending(doc, b)
                if left_org is not None:
                    b = left_org[0] - 1
            while b >= 0 and (
                doc[b].lower_.replace("’", "'") in word_set("xx", "role_determiners") or doc[b].pos_ == "ADJ"
            ):
                b -= 1
            if b >= 1 and doc[b].text == ",":
                run = _person_run_ending(doc, b - 1)
                if run is not None:
                    person = run
                    org = comp or left_org
        if person is None:
            i = end
            continue
        indices = [person[0], person[1] - 1, i, end - 1]
        if org is not None:
            indices += [org[0], org[1] - 1]
        person_span = _tokens_span(doc, range(person[0], person[1]), offset)
        org_span = _tokens_span(doc, range(org[0], org[1]), offset) if org else None
        if org_span is None and role in _CORPORATE_ROLES and org_spans:
            org_span = _nearest_org(doc, org_spans, offset, doc[min(indices)])
        key = (person_span.start, person_span.end, role)
        if key not in seen:
            seen.add(key)
            yield Membership(
                person=person_span,
                organisation=org_span,
                role=role,
                evidence=_tokens_span(doc, indices, offset),
                head=role in lex.heads,
            )
        i = end


def _nearest_org(
    doc: Doc, org_spans: Sequence[Span], offset: int, anchor: Token
) -> Span | None:
    s_start, _ = _sentence_bounds(anchor)
    best: Span | None = None
    for span in org_spans:
        local_start, local_end = span.start - offset, span.end - offset
        if local_start < s_start or local_end > anchor.idx:
            continue
        if best is None or span.end > best.end:
            best = span
    return best
