"""An offline gazetteer of people, organisations and places, kept as TSV data.

The records live in ``ontologies/gazetteer/*.tsv`` (``kg/_ontologies/gazetteer`` once installed), one
record per line under a header naming the columns ``id qid type label_en label_fr aliases source``.
``aliases`` is a ``|``-separated list of further surface forms. Lines that are blank or start with
``#`` are ignored. See ``ontologies/gazetteer/README.md`` for what each column holds.

:meth:`Gazetteer.lookup` matches a surface form after :func:`normalise_name`, so it ignores case,
accents, apostrophe style, spacing, hyphens, full stops and a leading article. All-caps aliases
(acronyms such as ``UN`` or ``CNN``) are meant to be matched case-sensitively by a caller that
scans running text; :meth:`Gazetteer.surface_forms` gives the raw forms for that purpose.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import Errors, KGError
from kg.knowledge.resources import resource_path

COLUMNS: tuple[str, ...] = (
    "id",
    "qid",
    "type",
    "label_en",
    "label_fr",
    "aliases",
    "source",
)
TYPES: frozenset[str] = frozenset({"PER", "ORG", "LOC"})
ALIAS_SEPARATOR = "|"

_QID_RE = re.compile(r"^Q[1-9][0-9]*$")
_ID_RE = re.compile(r"^\S+$")

_APOSTROPHES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u2032": "'",
    }
)
_DASHES_RE = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212-]+")
_SPACE_RE = re.compile(r"\s+")
# Leading articles and elisions, applied to already case-folded, accent-free text.
_ARTICLE_RE = re.compile(r"^(?:l'\s*|(?:le|la|les|the)\s+)")
_EDGE_PUNCT = "\"'«»“”„‹›()[]{}<>,;:!?*/\\ "


@functools.lru_cache(maxsize=1 << 16)
def normalise_name(text: str) -> str:
    """Return the comparison key of a name (cached: the same names are compared again and again).

    Case-folds, strips accents, unifies apostrophes (``’`` → ``'``), turns hyphens and dashes into
    spaces, removes full stops (``U.S.`` → ``us``), collapses whitespace, drops one leading French
    or English article or elision (``l'``, ``le``, ``la``, ``les``, ``the``) and strips surrounding
    punctuation. A name made only of an article keeps it (``"Les"`` → ``"les"``).
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().translate(_APOSTROPHES)
    text = _DASHES_RE.sub(" ", text)
    text = text.replace(".", "")
    text = _SPACE_RE.sub(" ", text).strip(_EDGE_PUNCT)
    stripped = _ARTICLE_RE.sub("", text, count=1).strip(_EDGE_PUNCT)
    return stripped or text


@functools.cache
def usual_index_names() -> dict[str, str]:
    """Other names of one stock market index, normalised, to its usual name ("the dow" -> "dow
    jones industrial average", "standard & poor's 500" -> "s&p 500": ``xx/market_index_aliases``),
    one table for merging within a document (kg.extract.mentions) and across documents
    (kg.resolve.entities)."""
    from kg.knowledge.words import word_map

    return {normalise_name(other): normalise_name(usual) for other, usual in word_map("xx", "market_index_aliases").items()}


@dataclass(frozen=True)
class GazetteerRecord:
    """One entity of the gazetteer."""

    id: str
    qid: str | None
    type: str
    label_en: str
    label_fr: str
    aliases: tuple[str, ...]
    source: str

    def label(self, lang: str) -> str:
        """The label in ``lang`` (``"fr"`` gives the French one, anything else the English one)."""
        return self.label_fr if lang.lower().startswith("fr") else self.label_en

    def names(self) -> tuple[str, ...]:
        """Every distinct surface form: the two labels, then the aliases, in file order."""
        return tuple(dict.fromkeys((self.label_en, self.label_fr, *self.aliases)))


class Gazetteer:
    """An in-memory index of gazetteer records."""

    def __init__(self, records: list[GazetteerRecord]) -> None:
        self._records = list(records)
        self._by_id = {record.id: record for record in self._records}
        self._index: dict[str, list[GazetteerRecord]] = {}
        for record in self._records:
            for name in record.names():
                key = normalise_name(name)
                if not key:
                    continue
                bucket = self._index.setdefault(key, [])
                if not any(other is record for other in bucket):
                    bucket.append(record)

    @classmethod
    def load(cls, directory: Path | None = None) -> Gazetteer:
        """Load every ``*.tsv`` file in ``directory`` (default: the packaged gazetteer).

        Raises :class:`KGError` ``E201`` with the file and line of the first malformed record, or
        of a record whose ``id`` or ``qid`` repeats one seen before.
        """
        directory = resource_path("gazetteer") if directory is None else Path(directory)
        records: list[GazetteerRecord] = []
        seen_ids: dict[str, str] = {}
        seen_qids: dict[str, str] = {}
        for path in sorted(directory.glob("*.tsv")):
            for line_no, record in _read_file(path):
                where = f"{path}:{line_no}"
                if record.id in seen_ids:
                    raise _error(
                        path,
                        line_no,
                        f"duplicate id {record.id!r} (first at {seen_ids[record.id]})",
                    )
                seen_ids[record.id] = where
                if record.qid is not None:
                    if record.qid in seen_qids:
                        raise _error(
                            path,
                            line_no,
                            f"duplicate qid {record.qid!r} (first at {seen_qids[record.qid]})",
                        )
                    seen_qids[record.qid] = where
                records.append(record)
        return cls(records)

    def lookup(self, surface: str) -> list[GazetteerRecord]:
        """Records one of whose names equals ``surface`` after :func:`normalise_name`."""
        return list(self._index.get(normalise_name(surface), ()))

    def records(self) -> Iterator[GazetteerRecord]:
        """Every record, in load order."""
        return iter(self._records)

    def surface_forms(self) -> Iterator[tuple[str, GazetteerRecord]]:
        """Every ``(form, record)`` pair, raw forms as written in the data (for a PhraseMatcher)."""
        for record in self._records:
            for name in record.names():
                yield name, record

    def by_id(self, record_id: str) -> GazetteerRecord | None:
        """The record with this local id, if any."""
        return self._by_id.get(record_id)

    def __len__(self) -> int:
        return len(self._records)


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded on first use and cached."""
    return Gazetteer.load()


def _error(path: Path, line: int, detail: str) -> KGError:
    return KGError(Errors.E201, path=str(path), line=line, detail=detail)


def _read_file(path: Path) -> Iterator[tuple[int, GazetteerRecord]]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise _error(path, 1, f"file is not valid UTF-8 ({exc.reason})") from exc
    lines = text.splitlines()
    if (
        not lines
        or tuple(lines[0].lstrip("\ufeff").rstrip("\r").split("\t")) != COLUMNS
    ):
        raise _error(
            path, 1, f"the header must be the tab-separated columns {' '.join(COLUMNS)}"
        )
    for line_no, raw in enumerate(lines[1:], start=2):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield line_no, _parse_row(path, line_no, line)


def _parse_row(path: Path, line_no: int, line: str) -> GazetteerRecord:
    fields = line.split("\t")
    if len(fields) != len(COLUMNS):
        raise _error(
            path,
            line_no,
            f"expected {len(COLUMNS)} tab-separated fields, found {len(fields)}",
        )
    rid, qid, etype, label_en, label_fr, aliases, source = (f.strip() for f in fields)
    if not rid or not _ID_RE.match(rid):
        raise _error(path, line_no, f"id must be non-empty without spaces, got {rid!r}")
    if qid and not _QID_RE.match(qid):
        raise _error(path, line_no, f"qid {qid!r} is not a Wikidata id such as Q30")
    if etype not in TYPES:
        raise _error(
            path, line_no, f"type {etype!r} is not one of {', '.join(sorted(TYPES))}"
        )
    if not label_en or not label_fr:
        raise _error(path, line_no, "label_en and label_fr must both be non-empty")
    if not source:
        raise _error(path, line_no, "source must be non-empty")
    alias_list = (
        tuple(a.strip() for a in aliases.split(ALIAS_SEPARATOR) if a.strip())
        if aliases
        else ()
    )
    for name in (label_en, label_fr, *alias_list):
        if not normalise_name(name):
            raise _error(path, line_no, f"name {name!r} is empty once normalised")
    return GazetteerRecord(
        id=rid,
        qid=qid or None,
        type=etype,
        label_en=label_en,
        label_fr=label_fr,
        aliases=alias_list,
        source=source,
    )
