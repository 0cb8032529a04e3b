"""Locate data files shipped with kg (ontologies, gazetteer, lexicons).

An installed wheel carries the data under ``kg/_ontologies``; a source checkout keeps it in the
repository's ``ontologies`` folder. :func:`resource_path` hides the difference.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # kg/, above kg/knowledge/
_INSTALLED_ROOT = _PACKAGE_DIR / "_ontologies"
_CHECKOUT_ROOT = _PACKAGE_DIR.parent / "ontologies"


def resource_path(*parts: str) -> Path:
    """Return the path of a data resource given relative to the ontologies root.

    ``resource_path("gazetteer")`` is ``kg/_ontologies/gazetteer`` in an installed package when it
    exists, else ``<repo>/ontologies/gazetteer``. The returned path is not checked for existence
    beyond choosing between the two roots, so callers report a missing file themselves.
    """
    installed = _INSTALLED_ROOT.joinpath(*parts)
    if installed.exists():
        return installed
    return _CHECKOUT_ROOT.joinpath(*parts)
