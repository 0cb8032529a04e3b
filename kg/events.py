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

from kg.errors import Errors, KGError
from kg.resources import resource_path
from kg.types import EventMention, Membership, Quote, Span, Timex

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


def _label_key(text: str) -> str:
    return re.sub(r"[\s\-‐]+", "", text.lower().replace("’", "'"))


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
_PREP_NORMAL = {
    "d'": "de",
    "du": "de",
    "des": "de",
    "au": "à",
    "aux": "à",
    "a": "à",
}
_POSSESSIVE_DETS = frozenset(
    {
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "its",
        "their",
        "his",
        "her",
        "our",
        "notre",
        "nos",
    }
)
_PLACE_PREPS = frozenset({"à", "en", "dans", "in", "at", "near", "près"})
_TO_PREPS = frozenset({"à", "to", "auprès"})
_GEN_PREPS = frozenset({"de", "of"})
_AGENT_PREPS = frozenset({"par", "by"})
_PATIENT_FALLBACK_PREPS = frozenset(
    {
        "à",
        "de",
        "for",
        "from",
        "of",
        "to",
        "against",
        "with",
        "into",
        "out",
        "contre",
        "sur",
    }
)
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
# Support (light) verbs: their subject is the agent of their event-noun object.
_SUPPORT_VERBS = {
    "fr": frozenset(
        {
            "faire",
            "effectuer",
            "mener",
            "procéder",
            "opérer",
            "réaliser",
            "lancer",
            "prendre",
            "déposer",
            "annoncer",
            "officialiser",
            "confirmer",
            "déclarer",
            "signer",
            "conclure",
            "finaliser",
            "entamer",
            "engager",
            "organiser",
            "adresser",
            "envoyer",
            "publier",
            "décider",
            "programmer",
            "planifier",
            "préparer",
            "poursuivre",
            "porter",
        }
    ),
    "en": frozenset(
        {
            "make",
            "carry",
            "conduct",
            "hold",
            "stage",
            "launch",
            "take",
            "file",
            "announce",
            "confirm",
            "declare",
            "sign",
            "complete",
            "finalize",
            "finalise",
            "reach",
            "seal",
            "send",
            "organize",
            "organise",
            "begin",
            "start",
            "publish",
            "plan",
            "prepare",
            "issue",
            "pursue",
        }
    ),
}
# Nouns that can be the agent in "l'annonce du gouvernement" although they are not names.
_AGENTIVE_NOUNS = frozenset(
    {
        "gouvernement",
        "entreprise",
        "société",
        "groupe",
        "firme",
        "compagnie",
        "état",
        "pays",
        "ministère",
        "police",
        "armée",
        "parti",
        "syndicat",
        "constructeur",
        "banque",
        "président",
        "ministre",
        "direction",
        "justice",
        "tribunal",
        "cour",
        "conseil",
        "commission",
        "autorité",
        "government",
        "company",
        "group",
        "firm",
        "state",
        "country",
        "ministry",
        "army",
        "party",
        "union",
        "maker",
        "manufacturer",
        "bank",
        "president",
        "minister",
        "court",
        "board",
        "authority",
        "regulator",
        "carrier",
        "airline",
    }
)
_NEG_FR = frozenset(
    {"pas", "jamais", "point", "guère", "rien", "aucun", "aucune", "nullement"}
)
_REPORTING_EXTRA = {
    "fr": frozenset(
        {
            "dire",
            "déclarer",
            "affirmer",
            "ajouter",
            "préciser",
            "indiquer",
            "expliquer",
            "souligner",
            "assurer",
            "estimer",
            "confirmer",
            "annoncer",
            "répondre",
            "lancer",
            "insister",
            "rappeler",
            "reconnaître",
            "écrire",
            "conclure",
            "martèler",
            "marteler",
            "prévenir",
            "avertir",
            "commenter",
            "poursuivre",
            "réagir",
            "noter",
            "juger",
            "dénoncer",
            "plaider",
            "regretter",
            "ironiser",
            "s'exclamer",
            "exclamer",
            "tweeter",
            "confier",
        }
    ),
    "en": frozenset(
        {
            "say",
            "tell",
            "state",
            "add",
            "explain",
            "claim",
            "note",
            "confirm",
            "announce",
            "insist",
            "argue",
            "write",
            "reply",
            "respond",
            "warn",
            "comment",
            "declare",
            "tweet",
            "conclude",
            "continue",
            "admit",
            "acknowledge",
            "ask",
            "stress",
            "remark",
            "report",
        }
    ),
}
_ACCORDING_TO = {"fr": frozenset({"selon", "après"}), "en": frozenset({"according"})}


def _morph(tok: Token, feature: str) -> list[str]:
    """Values of one morphological feature of a token (empty when absent)."""
    return list(tok.morph.get(feature, []))


def _ent(tok: Token) -> str:
    label = tok.ent_type_
    return _ENT_NORMAL.get(label, label)


def _prep_norm(text: str) -> str:
    t = text.lower().replace("’", "'")
    return _PREP_NORMAL.get(t, t)


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
        elif has_ne or lemmas & _NEG_FR - {"rien", "aucun", "aucune"}:
            neg = True
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
    return neg, ces


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


def _verb_polarity(tok: Token, lang: str) -> tuple[bool, bool]:
    """Polarity with inheritance along coordination: "ne seront plus commercialisés, vendus"."""
    neg, ces = _polarity(tok, lang)
    cur = tok
    steps = 0
    while not neg and _is_coordinated(cur) and steps < 5 and not _own_subject(cur):
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
            if kind in ("obl",) and prep in _GEN_PREPS:
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
    negated = _verb_polarity(tok, lang)[0] if tok.pos_ == "VERB" else False
    for entry in rows:
        if negated and not entry.allows_negation:
            continue
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
                in tok.doc.text[min(child.idx, cur.idx) : max(child.idx, cur.idx)]
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
    return Span(offset + start, offset + end, doc.text[start:end])


def _arg_span(tok: Token | None, offset: int) -> Span | None:
    if tok is None:
        return None
    return _tokens_span(tok.doc, _np_tokens(tok), offset)


_TEMPORAL_WORDS = frozenset(
    {
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "aujourd'hui",
        "hier",
        "demain",
        "matin",
        "soir",
        "semaine",
        "mois",
        "année",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "yesterday",
        "tomorrow",
        "week",
        "month",
        "year",
        "morning",
        "evening",
    }
)


@dataclass
class _Ctx:
    """What argument finding needs besides the parse: timex and quotation character ranges."""

    lang: str
    timex_ranges: Sequence[tuple[int, int]] = ()
    quote_ranges: Sequence[tuple[int, int]] = ()

    def temporal(self, tok: Token) -> bool:
        if tok.ent_type_ in ("DATE", "TIME") or _lemma(tok) in _TEMPORAL_WORDS:
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
    return prep in _PLACE_PREPS and _ent(tok) == "LOC"


def _acl_recipient(tok: Token) -> Token | None:
    """Recipient of a noun from its participle: "une lettre adressée aux membres du Congrès"."""
    for child in tok.children:
        if child.dep_ in ("acl", "acl:relcl") and child.pos_ == "VERB":
            for prep, head, kind in _complements(child):
                if kind == "iobj" or (
                    kind == "obl" and prep in _TO_PREPS and not _is_place(head, prep)
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
            if prep in _AGENT_PREPS and (
                passive or head.dep_ == "obl:agent" or head.head.dep_ == "agent"
            ):
                args.put("agent", head)
            elif _is_place(head, prep):
                args.put("place", head)
            elif prep in _TO_PREPS and to_role:
                args.put(to_role, head)
            elif prep in _PATIENT_FALLBACK_PREPS and head.pos_ in (
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


_NOUN_FALLBACK_PREPS = frozenset(
    {"contre", "against", "pour", "for", "sur", "on", "from", "into"}
)


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
        and (child.lower_ in _POSSESSIVE_DETS or "Poss=Yes" in str(child.morph))
        for child in tok.children
    )
    for prep, head, kind in _complements(tok):
        if kind == "poss":
            if head.lower_ in _POSSESSIVE_DETS:
                possessive_det = True
            else:
                gens.insert(0, head)
        elif kind == "obl" and prep in _GEN_PREPS:
            gens.append(head)
        elif kind == "obl" and prep in _AGENT_PREPS:
            args.put("agent", head)
        elif kind == "obl" and _is_place(head, prep):
            args.put("place", head)
        elif kind == "obl" and prep in _TO_PREPS and to_role:
            args.put(to_role, head)
        elif (
            kind == "obl"
            and prep in _NOUN_FALLBACK_PREPS
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
                or _lemma(head) in _AGENTIVE_NOUNS
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
                _lemma(verb) in _SUPPORT_VERBS.get(ctx.lang, frozenset())
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
            if child.lower_ in _POSSESSIVE_DETS and child.pos_ == "PRON":
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
    return 0, len(doc.text)


def _trimmed_span(doc: Doc, start: int, end: int, offset: int) -> Span:
    text = doc.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(offset + start, offset + end, text[start:end])


def _local_timexes(
    doc: Doc, timexes: Iterable[Timex], offset: int
) -> list[tuple[int, int, Timex]]:
    out = []
    limit = len(doc.text)
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
    starts = [t.idx for t in doc]

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

    A trigger is a VERB or NOUN whose lemma has a lexicon row whose sense restriction holds; a
    negated trigger only counts for rows about negation ("ne ... plus commercialisés" is a
    ProductDiscontinuation). A verb whose object is an event noun of the same type ("signer un
    accord") is left to the noun, which takes the verb's subject as agent.
    """
    lang = lang.split("-")[0].lower()
    lex = lexicon or load_lexicon()
    local_timexes = _local_timexes(doc, timexes, offset)
    ctx = _Ctx(
        lang=lang,
        timex_ranges=[(t.start - offset, t.end - offset) for t in timexes],
        quote_ranges=_quote_spans(doc.text, min_words=1),
    )
    found: dict[int, TriggerEntry] = {}
    for tok in doc:
        if tok.ent_type_ in ("ORG", "PER", "PERSON", "LOC", "GPE", "FAC"):
            continue
        entry = _select_entry(lex, tok, lang)
        if entry is not None:
            found[tok.i] = entry
    for i, entry in sorted(found.items()):
        tok = doc[i]
        if tok.pos_ == "VERB" and any(
            c.i in found and found[c.i].type == entry.type and doc[c.i].pos_ == "NOUN"
            for c in tok.children
            if c.dep_ in _OBJ
        ):
            continue
        args = (
            _verb_args(tok, entry, ctx)
            if tok.pos_ == "VERB"
            else _noun_args(tok, entry, ctx)
        )
        s_start, s_end = _sentence_bounds(tok)
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
        )


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


def _is_reporting(tok: Token, lang: str, lex: TriggerLexicon) -> bool:
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = _lemma(tok)
    if lemma in _REPORTING_EXTRA.get(lang, frozenset()):
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


def quotes_from_doc(
    doc: Doc, *, lang: str, offset: int = 0, lexicon: TriggerLexicon | None = None
) -> Iterator[Quote]:
    """Yield the direct quotations of a segment (« … », “ … ”, "…", `` … ''; at least 3 words).

    The quote span covers the text between the marks. The speaker is the subject of the reporting
    verb that governs the quotation (``X a déclaré que « … »``), else of a reporting verb after it
    in the sentence (``« … », a dit X``), else before it (``X said: "…"``), else the complement of
    "selon" / "d'après" / "according to"; None when none is found. Pronoun speakers are returned as
    they are, for the integrator to resolve.
    """
    lang = lang.split("-")[0].lower()
    lex = lexicon or load_lexicon()
    text = doc.text
    starts = [t.idx for t in doc]
    for q_start, q_end in _quote_spans(text):
        lo = bisect.bisect_left(starts, q_start)
        hi = bisect.bisect_left(starts, q_end)
        inside = set(range(lo, hi))
        speaker: Token | None = None
        if inside:
            # 1. The verb that governs the quoted clause.
            for i in sorted(inside):
                tok = doc[i]
                head = tok.head
                if head.i in inside or head.i == tok.i or tok.is_punct:
                    continue
                cur = head
                for _ in range(4):
                    if _is_reporting(cur, lang, lex):
                        speaker = _speaker_of(cur, inside)
                        break
                    if cur.head.i == cur.i:
                        break
                    cur = cur.head
                if speaker is not None:
                    break
            first = doc[min(inside)]
            s_start, s_end = _sentence_bounds(first)
            sent_toks = [
                t for t in doc if s_start <= t.idx < s_end and t.i not in inside
            ]
            # 2. A reporting verb after the quote in its sentence: "« … », a dit X".
            if speaker is None:
                for tok in sent_toks:
                    if tok.i > max(inside) and _is_reporting(tok, lang, lex):
                        speaker = _speaker_of(tok, inside)
                        if speaker is not None:
                            break
            # 3. A reporting verb before the quote: "X a déclaré : « … »".
            if speaker is None:
                for tok in reversed(sent_toks):
                    if tok.i < min(inside) and _is_reporting(tok, lang, lex):
                        speaker = _speaker_of(tok, inside)
                        if speaker is not None:
                            break
            # 4. "selon X", "d'après X", "according to X".
            if speaker is None:
                for tok in sent_toks:
                    if tok.i < min(inside) and tok.lower_.replace(
                        "’", "'"
                    ) in _ACCORDING_TO.get(lang, ()):
                        target = (
                            tok.head if tok.dep_ in ("case", "fixed", "mwe") else None
                        )
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
        yield Quote(
            span=Span(offset + q_start, offset + q_end, text[q_start:q_end]),
            speaker=_arg_span(speaker, offset),
        )


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
_DETS = frozenset(
    {
        "le",
        "la",
        "l'",
        "les",
        "the",
        "a",
        "an",
        "un",
        "une",
        "son",
        "sa",
        "its",
        "their",
    }
)


def _match_role(doc: Doc, i: int, roles: RoleLexicon) -> tuple[int, str] | None:
    """Longest role label starting at token ``i``: ``(end token exclusive, role)``."""
    best: tuple[int, str] | None = None
    key = ""
    if doc[i].is_space or doc[i].is_punct:
        return None
    for j in range(i, min(len(doc), i + roles.max_tokens + 2)):
        tok = doc[j]
        if tok.is_space or (tok.is_punct and tok.text not in ("-", "'", "’")):
            break
        base = key
        key = base + _label_key(tok.text)
        for candidate in (
            key,
            base + _label_key(tok.lemma_),
            key[:-1] if key.endswith(("s", "x")) else "",
        ):
            if candidate and candidate in roles.labels:
                best = (j + 1, roles.labels[candidate])
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
    while i < len(doc) and doc[i].lower_.replace("’", "'") in _DETS:
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
    while i < n:
        match = _match_role(doc, i, lex)
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
            while m < n and doc[m].lower_.replace("’", "'") in _DETS:
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
                doc[b].lower_.replace("’", "'") in _DETS or doc[b].pos_ == "ADJ"
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
