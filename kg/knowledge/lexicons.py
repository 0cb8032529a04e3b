"""The trigger lexicon (``ontologies/triggers.tsv``) and the role lexicon (``ontologies/roles.ttl``).

Both are data: a trigger is a lemma, a part of speech, an event type and sense restrictions (see
``ontologies/README-triggers.md``); a role is a SKOS concept with French and English labels. The
packaged files are read on first use and cached; :func:`load_lexicon` and :func:`load_roles` read
other files.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import Errors, KGError
from kg.knowledge.resources import resource_path

if TYPE_CHECKING:  # pragma: no cover
    pass

__all__ = ["DEFAULT_LEMMA", "Condition", "RoleLexicon", "TriggerEntry", "TriggerLexicon", "load_lexicon", "load_roles"]


# --------------------------------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------------------------------

#: The lemma of a default row: it stands for every lemma of its part of speech that has no row of its own
#: that holds (and is not listed in ``lexicons/<lang>/non_event_verbs.tsv``).
DEFAULT_LEMMA = "*"
_VALUE_KEYS = frozenset({"obj", "comp", "mod", "pred", "subj", "prep", "vprep", "case", "next", "prev", "head", "as"})
_FLAG_KEYS = frozenset(
    {"refl", "obj", "noobj", "clause", "inf", "passive", "neg", "cessative", "imperative", "question"}
)
_ROLE_SLOTS = frozenset({"subj", "obj", "gen", "to", "from", "with", "iobj", "dative"})
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

    def default(self, lang: str, pos: str) -> tuple[TriggerEntry, ...]:
        """The rows for any other lemma of a part of speech (lemma ``*``), tried when no row of
        the lemma itself holds; empty when the language has none."""
        return self.entries.get((lang, DEFAULT_LEMMA, pos), ())

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
        # ``gen=actor``: a noun's "of X" / "X's" is who does it even when it is no name or
        # agentive noun ("the nurses' strike", "a strike of dockers")
        # ``obj=none``: the object is part of the expression, no participant (« coûter la vie à X »)
        if not sep or slot not in _ROLE_SLOTS or (role not in _ROLE_NAMES and (slot, role) not in (("gen", "actor"), ("obj", "none"))):
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
