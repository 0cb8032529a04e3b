"""Slugs: the ASCII identifiers of documents and entity keys."""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["slugify"]


def slugify(value: str, *, max_length: int = 80) -> str:
    """A lowercase ASCII identifier made of letters, digits, ``-`` and ``_``."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9_]+", "-", ascii_text).strip("-").lower()
    if not slug:
        slug = "doc-" + hashlib.sha256(value.encode("utf-8")).hexdigest()[:12]
    return slug[:max_length].rstrip("-")
