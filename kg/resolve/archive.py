"""The analyses of every document built, kept so the corpus can be resolved again in one order.

Corpus-level resolution (:mod:`kg.resolve.resolver`) decides one document at a time, each decision
depending on the documents before it. For the graph to depend on the documents only (not on the
order they arrive in, the batches, the workers or a sequence of ``kg build --update`` runs), every
build resolves *all* the documents of the corpus again, in one canonical order (document id), from
a fresh registry. That needs the analyses of the documents built earlier: this archive keeps each
document's :class:`~kg.types.Analysis` (what extraction found, before resolution) together with a
digest of what resolution last gave it, so a document whose resolution did not change is not
written again.

During a build, the first :data:`IN_MEMORY` analyses are kept as they are (frozen dataclasses:
nothing to encode or decode, each read twice, by the replay and by :meth:`AnalysisArchive.save`),
the others compressed in a private temporary file (one read per replay, so a large corpus never
sits in memory); the file is unlinked at once and written by this process only. It holds each
analysis as the very JSON that :meth:`AnalysisArchive.save` writes, so saving copies it without
decoding it (a new build reads none back before; pickles were faster to read back, 1.5 against 4 ms
per Wikinews article, but took 0.8 ms to write and 2.4 ms more to save). On disk
(``analyses.jsonl.gz`` next to ``registry.json``) they are JSON lines: never pickle, since a build folder may come from someone
else. That JSON is read as hostile: every field is checked against the types of :mod:`kg.types`
(E714 otherwise).
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
import os
import tempfile
import types
import typing
import weakref
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import kg.types as kt
from kg.errors import Errors, KGError
from kg.types import Analysis

ARCHIVE_VERSION = 1

__all__ = ["AnalysisArchive", "analysis_from_json", "analysis_to_json"]


# --- Analysis <-> JSON ----------------------------------------------------------------------------


#: For each dataclass met: its fields as ``(name, has a default, the default)`` (a factory's value
#: made once), so that encoding an analysis does not ask :func:`dataclasses.fields` for every value.
_FIELDS: dict[type, tuple[tuple[str, bool, Any], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, bool, Any], ...]:
    found = _FIELDS.get(cls)
    if found is None:
        spec: list[tuple[str, bool, Any]] = []
        for f in dataclasses.fields(cls):
            if f.default is not dataclasses.MISSING:
                spec.append((f.name, True, f.default))
            elif f.default_factory is not dataclasses.MISSING:
                spec.append((f.name, True, f.default_factory()))
            else:
                spec.append((f.name, False, None))
        found = _FIELDS[cls] = tuple(spec)
    return found


_PLAIN = (str, int, float, bool, type(None))


def _encode(value: Any) -> Any:
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is tuple or kind is list:
        return [v if type(v) in _PLAIN else _encode(v) for v in value]
    spec = _FIELDS.get(kind)  # a dataclass met before: no is_dataclass() per value
    if spec is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        spec = _fields(kind)
    if spec is not None:
        out = {}
        for name, has_default, default in spec:
            item = getattr(value, name)
            if has_default and item == default:
                continue  # defaults left out: most optional fields are empty
            out[name] = item if type(item) in _PLAIN else _encode(item)
        return out
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    return value


def analysis_to_json(analysis: Analysis) -> dict:
    """``analysis`` as plain JSON values (fields at their default are left out)."""
    return _encode(analysis)


@typing.no_type_check
def _hints(cls: type) -> dict[str, Any]:
    found = _HINTS.get(cls)
    if found is None:
        found = _HINTS[cls] = typing.get_type_hints(cls, vars(kt))
    return found


_HINTS: dict[type, dict[str, Any]] = {}


def _decode(kind: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(kind)
        if value is None and type(None) in options:
            return None
        for option in options:
            if option is not type(None):
                return _decode(option, value, where)
    if origin is typing.Literal:
        if value not in typing.get_args(kind):
            raise ValueError(f"{where}: {value!r} is not one of {typing.get_args(kind)}")
        return value
    if origin is tuple:
        if not isinstance(value, list):
            raise ValueError(f"{where}: expected a list")
        item = typing.get_args(kind)[0]
        return tuple(_decode(item, v, f"{where}[{i}]") for i, v in enumerate(value))
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        if not isinstance(value, dict):
            raise ValueError(f"{where}: expected an object")
        hints = _hints(kind)
        names = {f.name for f in dataclasses.fields(kind)}
        unknown = set(value) - names
        if unknown:
            raise ValueError(f"{where}: unknown field {sorted(unknown)[0]!r}")
        try:
            return kind(**{k: _decode(hints[k], v, f"{where}.{k}") for k, v in value.items()})
        except TypeError as exc:  # a required field missing
            raise ValueError(f"{where}: {exc}") from None
    if kind is bool:
        if not isinstance(value, bool):
            raise ValueError(f"{where}: expected true or false")
        return value
    if kind is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError(f"{where}: expected an integer")
        return value
    if kind is str:
        if not isinstance(value, str):
            raise ValueError(f"{where}: expected a string")
        return value
    raise ValueError(f"{where}: cannot read a {kind!r}")


def analysis_from_json(data: Any) -> Analysis:
    """The :class:`~kg.types.Analysis` that :func:`analysis_to_json` wrote (ValueError when ``data``
    does not have its shape)."""
    result = _decode(Analysis, data, "analysis")
    assert isinstance(result, Analysis)
    return result


def _json_bytes(analysis: Analysis) -> bytes:
    """One analysis as the compact JSON that :meth:`AnalysisArchive.save` writes."""
    return json.dumps(analysis_to_json(analysis), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def digest(value: Any) -> str:
    """A short, stable digest of a JSON-able value (what resolution gave a document)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=list)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


# --- the archive ----------------------------------------------------------------------------------


#: Analyses an archive keeps as objects before it spills to its temporary file. One takes about
#: 80 KB of memory (a Wikinews article), against about 1 ms of CPU to encode and compress and 4 ms
#: to read back; a build keeps its graph in memory up to ``--stream-after`` (1,000) documents anyway.
IN_MEMORY = 1000

#: The archives of this process that have a temporary file. A child forked from this process
#: (:mod:`kg.aside`: ``kg build`` saves the registry and the analyses in one) shares the file's
#: offset with it, and a copy of its write buffer: flushed before every fork, so that the child
#: reading the file never writes what this process still holds (the same bytes twice, at an offset
#: the other moved); reads go by :func:`os.pread`, which moves no offset (:meth:`AnalysisArchive._raw`).
_SPILLING: weakref.WeakSet[AnalysisArchive] = weakref.WeakSet()


def _flush_before_fork() -> None:
    for archive in list(_SPILLING):
        try:
            archive.flush()
        except (OSError, ValueError):  # a full disk, a closed file: said by the next write or read
            pass


if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_flush_before_fork)


class AnalysisArchive:
    """Document id → analysis (compressed JSON in a temporary file) and the digest of its last
    resolution."""

    def __init__(self, *, spill_dir: Path | None = None, in_memory: int = IN_MEMORY) -> None:
        self._spill_dir = spill_dir
        self._file: IO[bytes] | None = None
        self._index: dict[str, tuple[int, int]] = {}  # spilled: id -> (offset, size) in the file
        self._held: dict[str, Analysis] = {}  # kept as objects (never also in _index)
        self._in_memory = in_memory
        self.digests: dict[str, str] = {}

    def _handle(self) -> IO[bytes]:
        if self._file is None:
            self._file = tempfile.TemporaryFile(prefix=".kg-analyses-", dir=self._spill_dir)
            _SPILLING.add(self)
        return self._file

    def flush(self) -> None:
        """Write what the temporary file still holds in its buffer (done before every fork)."""
        if self._file is not None:
            self._file.flush()

    def __len__(self) -> int:
        return len(self._index) + len(self._held)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._held or doc_id in self._index

    def ids(self) -> list[str]:
        """Every document id, sorted: the order of resolution."""
        return sorted([*self._index, *self._held])

    def _put_raw(self, doc_id: str, blob: bytes) -> None:
        handle = self._handle()
        handle.seek(0, os.SEEK_END)
        offset = handle.tell()
        handle.write(blob)
        self._index[doc_id] = (offset, len(blob))

    def put(self, analysis: Analysis) -> None:
        """Keep ``analysis`` (replacing an earlier one of the same document, whose digest is dropped)."""
        doc_id = analysis.document.id
        if doc_id in self._held or len(self._held) < self._in_memory:
            self._held[doc_id] = analysis  # immutable: kept as it is
            self._index.pop(doc_id, None)
        else:
            self._put_raw(doc_id, zlib.compress(_json_bytes(analysis), 1))
        self.digests.pop(doc_id, None)

    def discard(self, doc_id: str) -> None:
        self._held.pop(doc_id, None)
        self._index.pop(doc_id, None)
        self.digests.pop(doc_id, None)

    def _raw(self, doc_id: str) -> bytes:
        offset, size = self._index[doc_id]
        handle = self._handle()
        if not hasattr(os, "pread"):  # (not on Windows, where nothing forks either)
            handle.seek(offset)
            return zlib.decompress(handle.read(size))
        handle.flush()  # what put() left in the buffer, on disk before it is read
        # At an offset, without moving the file's: a forked child (kg.aside) reads the file that
        # this process appends to, through the same offset otherwise.
        data = os.pread(handle.fileno(), size, offset)
        while len(data) < size:
            more = os.pread(handle.fileno(), size - len(data), offset + len(data))
            if not more:
                break
            data += more
        return zlib.decompress(data)

    def get(self, doc_id: str) -> Analysis:
        """The analysis kept for ``doc_id`` (KeyError when there is none)."""
        held = self._held.get(doc_id)
        if held is not None:
            return held
        return analysis_from_json(json.loads(self._raw(doc_id)))

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids())

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        self._index.clear()
        self._held.clear()

    # -- persistence ---------------------------------------------------------------------------

    def save(self, path: Path) -> Path:
        """Write every analysis as gzip-compressed JSON lines, sorted by document id, atomically."""
        from kg.fileio import replace_atomically

        def write(tmp: Path) -> None:
            # mtime=0 and no file name in the header (the temporary file's would differ from run to
            # run): the same analyses give the same bytes.
            with open(tmp, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=5, mtime=0) as handle:
                handle.write(json.dumps({"version": ARCHIVE_VERSION}).encode() + b"\n")
                for doc_id in self.ids():
                    line = b'{"id":' + json.dumps(doc_id, ensure_ascii=False).encode("utf-8")
                    line += b',"digest":' + json.dumps(self.digests.get(doc_id)).encode()
                    held = self._held.get(doc_id)
                    # A spilled analysis is kept as this JSON already: copied, not decoded.
                    line += b',"analysis":' + (_json_bytes(held) if held is not None else self._raw(doc_id)) + b"}\n"
                    handle.write(line)
                handle.flush()
                raw.flush()
                os.fsync(raw.fileno())

        return replace_atomically(Path(path), write)

    def load(self, path: Path) -> None:
        """Add the analyses saved in ``path`` (E714 when the file is not one :meth:`save` wrote)."""
        path = Path(path)
        try:
            with gzip.open(path, "rb") as handle:
                header = json.loads(handle.readline() or b"{}")
                if not isinstance(header, dict) or header.get("version") != ARCHIVE_VERSION:
                    raise ValueError(f"not an analysis archive of version {ARCHIVE_VERSION}")
                for number, line in enumerate(handle, start=2):
                    if not line.strip():
                        continue
                    item = json.loads(line)
                    if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                        raise ValueError(f"line {number}: expected an object with an id")
                    analysis = analysis_from_json(item.get("analysis"))
                    if analysis.document.id != item["id"]:
                        raise ValueError(f"line {number}: the analysis is of document {analysis.document.id!r}")
                    self.put(analysis)
                    stamp = item.get("digest")
                    if isinstance(stamp, str):
                        self.digests[item["id"]] = stamp
        except (OSError, EOFError, ValueError, zlib.error) as exc:  # json.JSONDecodeError is a ValueError
            raise KGError(Errors.E714, path=str(path), detail=str(exc)) from None
