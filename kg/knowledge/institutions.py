"""Institutions named by a nationality adjective: ``le gouvernement américain``, ``the US government``.

An institution noun (``ontologies/institutions.tsv``) modified by a nationality adjective or by a
country name used as a modifier (``ontologies/demonyms.tsv``) denotes that country's institution,
located in that country. French puts the adjective after the noun (``l'armée française``,
``la Banque centrale chinoise``, ``le ministère allemand des Finances``), English before it (``the
French army``, ``the U.S. government``, ``the Chinese foreign ministry``).

Each match gets a language-independent identity: the key ``org-{head}-{QID}`` and the label
``{Head} of {country}`` (``org-government-Q30``, "Government of the United States"), so the same
institution named in French in one document and in English in another is one node. When the
gazetteer knows the institution under one of the names the match implies (``the American Senate``
→ ``US Senate``, ``le Parlement français``), the gazetteer record is used instead.

The tables are data: a ``qid`` of the demonym table must be a country of the gazetteer. Ambiguous
adjectives (``congolais``) and person nouns (``président``) are left out on purpose.

This module holds the tables and the keys; :mod:`kg.extract.institutions` finds the phrases.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import Errors, KGError
from kg.knowledge.gazetteer import Gazetteer, GazetteerRecord, default_gazetteer
from kg.knowledge.resources import resource_path
from kg.knowledge.words import word_set
from kg.text.slug import slugify

if TYPE_CHECKING:
    pass


DEMONYM_COLUMNS = ("qid", "fr", "en", "source")
INSTITUTION_COLUMNS = ("head", "fr", "en", "source")
SLOT = "*"
_QID_RE = re.compile(r"^Q[1-9][0-9]*$")
_MAX_WORDS = 6
_NOUNS = frozenset({"NOUN", "PROPN"})
_SMALL_WORDS = frozenset({"of", "the", "and", "for"})
_DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212-]+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Comparison form of a phrase: no case, accents or full stops, one apostrophe style, hyphens as spaces."""
    return _SPACES.sub(" ", _fold(text)).strip()


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_APOSTROPHE_CHARS = ("\u2019", "\u2018", "\u02bc", "`")


def _drop_combining(match: re.Match[str]) -> str:
    return "".join(ch for ch in match.group() if not unicodedata.combining(ch))


def _fold(text: str) -> str:
    """``norm`` without collapsing whitespace. Written for whole documents: only runs of non-ASCII
    characters are looked at one by one, and ``str.replace`` beats ``str.translate`` here."""
    text = unicodedata.normalize("NFKD", text)
    if not text.isascii():
        text = _NON_ASCII.sub(_drop_combining, text)
    text = text.casefold()
    for char in _APOSTROPHE_CHARS:
        text = text.replace(char, "'")
    return _DASHES.sub(" ", text).replace(".", "")


# --- the tables -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Form:
    """One institution surface form: the words before the adjective slot and (French) after it."""

    head: str
    before: str
    after: str = ""


@dataclass(frozen=True)
class Tables:
    """Demonyms (normalised form → country QID) and institution forms, per language."""

    demonyms: dict[str, dict[str, str]]
    forms: dict[str, dict[str, tuple[Form, ...]]]
    heads: frozenset[str]
    surfaces: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]]  # (head, qid) -> (fr, en) names

    def max_words(self, kind: str, lang: str) -> int:
        """The most tokens a key of ``self.<kind>[lang]`` (``forms`` or ``demonyms``) can span (an
        elision such as "l'air" is two tokens)."""
        return self._reach[(kind, lang)][0]

    def first_words(self, kind: str, lang: str) -> frozenset[str]:
        """First words of the keys of ``self.<kind>[lang]``, to skip most tokens at once."""
        return self._reach[(kind, lang)][1]

    @cached_property
    def _reach(self) -> dict[tuple[str, str], tuple[int, frozenset[str]]]:
        # Read for every document: derived once from tables that never change. A key's words may
        # have been joined by hyphens that the tokenizer splits off ("sri - lankais", "costa -
        # ricienne": norm reads hyphens as spaces), so each gap between two words may be a token.
        out = {}
        for kind in ("forms", "demonyms"):
            for lang, table in getattr(self, kind).items():
                out[(kind, lang)] = (
                    max((2 * len(k.split()) - 1 + k.count("'") for k in table), default=1),
                    frozenset(k.split()[0].split("'")[0] for k in table),
                )
        return out


def _read(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or tuple(lines[0].lstrip("\ufeff").rstrip("\r").split("\t")) != columns:
        raise KGError(Errors.E201, path=str(path), line=1, detail=f"the header must be the tab-separated columns {' '.join(columns)}")
    for line_no, raw in enumerate(lines[1:], start=2):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) != len(columns) or not all(fields):
            raise KGError(Errors.E201, path=str(path), line=line_no, detail=f"expected {len(columns)} non-empty tab-separated fields")
        yield line_no, fields


def load_tables(
    demonyms: Path | None = None, institutions: Path | None = None, *, gazetteer: Gazetteer | None = None
) -> Tables:
    """Read and check both tables (raises :class:`KGError` ``E201`` naming the file and line)."""
    gaz = gazetteer or default_gazetteer()
    demonyms = resource_path("demonyms.tsv") if demonyms is None else Path(demonyms)
    institutions = resource_path("institutions.tsv") if institutions is None else Path(institutions)
    countries = {r.qid for r in gaz.records() if r.qid and r.type == "LOC"}
    dem: dict[str, dict[str, str]] = {"fr": {}, "en": {}}
    raw_dem: dict[str, dict[str, list[str]]] = {}
    for line_no, (qid, fr, en, _source) in _read(demonyms, DEMONYM_COLUMNS):
        if not _QID_RE.match(qid) or qid not in countries:
            raise KGError(Errors.E201, path=str(demonyms), line=line_no, detail=f"qid {qid!r} is not a country of the gazetteer")
        for lang, cell in (("fr", fr), ("en", en)):
            names = [f.strip() for f in cell.split("|") if f.strip()]
            raw_dem.setdefault(qid, {}).setdefault(lang, []).extend(names)
            for form in names:
                other = dem[lang].setdefault(norm(form), qid)
                if other != qid:
                    raise KGError(Errors.E201, path=str(demonyms), line=line_no, detail=f"{form!r} already names {other}")
    forms: dict[str, dict[str, list[Form]]] = {"fr": {}, "en": {}}
    raw_inst: dict[str, dict[str, list[str]]] = {}
    for line_no, (head, fr, en, _source) in _read(institutions, INSTITUTION_COLUMNS):
        for lang, cell in (("fr", fr), ("en", en)):
            for form in (f.strip() for f in cell.split("|") if f.strip()):
                if lang == "en" and SLOT in form:
                    raise KGError(Errors.E201, path=str(institutions), line=line_no, detail="English forms take no '*' slot")
                before, _, after = (norm(p) for p in form.partition(SLOT)) if SLOT in form else (norm(form), "", "")
                forms[lang].setdefault(before, []).append(Form(head, before, after))
                raw_inst.setdefault(head, {}).setdefault(lang, []).append(form)
    surfaces = {}
    for head, by_lang in raw_inst.items():
        for qid, adjectives in raw_dem.items():
            fr_names = tuple(
                f.replace(SLOT, adj).replace("  ", " ") if SLOT in f else f"{f} {adj}"
                for f in by_lang.get("fr", [])
                for adj in adjectives.get("fr", [])
            )
            en_names = tuple(f"{a} {f}" for f in by_lang.get("en", []) for a in adjectives.get("en", []))
            surfaces[(head, qid)] = (fr_names, en_names)
    return Tables(
        demonyms=dem,
        forms={lang: {k: tuple(v) for k, v in table.items()} for lang, table in forms.items()},
        heads=frozenset(raw_inst),
        surfaces=surfaces,
    )


@lru_cache(maxsize=4)
def _tables_for(gazetteer: Gazetteer) -> Tables:
    return load_tables(gazetteer=gazetteer)


def nationality_adjective(word: str, lang: str = "en") -> bool:
    """Whether ``word`` is a nationality adjective of the demonym table (``ontologies/demonyms.tsv``:
    "British", "Philippine") or a region adjective of ``<lang>/region_adjectives`` ("European",
    "Arab")."""
    return norm(word) in tables().demonyms.get(lang, {}) or word in word_set(lang, "region_adjectives")


def tables(gazetteer: Gazetteer | None = None) -> Tables:
    """The packaged tables, loaded once per gazetteer."""
    return _tables_for(gazetteer or default_gazetteer())


# --- identity ---------------------------------------------------------------------------------------


def head_label(head: str) -> str:
    """``air force`` → ``Air Force``; ``ministry of the interior`` → ``Ministry of the Interior``."""
    return " ".join(w if w in _SMALL_WORDS else w[:1].upper() + w[1:] for w in head.split())


def country_name(record: GazetteerRecord) -> str:
    """The country's English name as it reads after "of" (``the United States``, ``France``)."""
    name = record.label_en
    plural = name.endswith("s") and name not in word_set("en", "singular_names_in_s")
    if name.startswith(("United ", "Democratic Republic")) or name.endswith((" Republic", " Islands")) or plural:
        return f"the {name}"
    return name


def country_record(qid: str, gazetteer: Gazetteer | None = None) -> GazetteerRecord | None:
    """The gazetteer's country record for ``qid``."""
    gaz = gazetteer or default_gazetteer()
    record = gaz.by_id(qid)
    if record is not None and record.qid == qid and record.type == "LOC":
        return record
    return next((r for r in gaz.records() if r.qid == qid and r.type == "LOC"), None)


def institution_key(head: str, qid: str) -> str:
    """``org-{head}-{QID}``: the same in every language and document."""
    return f"org-{slugify(head)}-{qid}"


def parse_key(key: str) -> tuple[str, str] | None:
    """``(head slug, QID)`` of an institution key, or None."""
    match = re.fullmatch(r"org-(.+)-(Q[1-9][0-9]*)", key)
    return (match.group(1), match.group(2)) if match else None


def institution_label(key: str, gazetteer: Gazetteer | None = None) -> str | None:
    """"Government of the United States" for ``org-government-Q30``."""
    parsed = parse_key(key)
    if parsed is None:
        return None
    slug, qid = parsed
    head = next((h for h in tables(gazetteer).heads if slugify(h) == slug), slug.replace("-", " "))
    record = country_record(qid, gazetteer)
    return f"{head_label(head)} of {country_name(record) if record else qid}"


def _gazetteer_record(head: str, qid: str, gaz: Gazetteer, tabs: Tables) -> GazetteerRecord | None:
    """A gazetteer organisation known by a name this institution implies (``US Senate``)."""
    country = country_record(qid, gaz)
    names = []
    if country is not None:
        names += [f"{head_label(head)} of {country_name(country)}", f"{country.label_en} {head_label(head)}"]
    fr_names, en_names = tabs.surfaces.get((head, qid), ((), ()))
    names += [*en_names, *fr_names]
    for name in names:
        found = [r for r in gaz.lookup(name) if r.type == "ORG"]
        if len(found) == 1:
            return found[0]
    return None
