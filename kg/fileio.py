"""Atomic file writes: a temporary file in the same folder, then a rename.

A reader (or a crash) never sees a half-written output. The file gets the usual permissions
(``0o666`` less the umask), not the private mode of a temporary file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def replace_atomically(path: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write`` on a temporary path next to ``path``, then rename it over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_text_atomically(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` atomically, synced to disk."""

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())

    return replace_atomically(path, write)


def write_pieces_atomically(path: Path, pieces: Iterable[str]) -> Path:
    """Write the texts of ``pieces`` one after the other (UTF-8, ``\\n`` line ends) to ``path``
    atomically, synced to disk: a large text (a page) written as it is made, never held whole."""

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8", newline="\n") as handle:
            for piece in pieces:
                handle.write(piece)
            handle.flush()
            os.fsync(handle.fileno())

    return replace_atomically(path, write)
