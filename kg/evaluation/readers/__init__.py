"""Readers for the gold formats: TimeML (``.tml``), MEANTIME CAT XML and HIPE TSV."""

from __future__ import annotations
