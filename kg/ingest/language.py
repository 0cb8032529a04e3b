"""Language routing: split a document into runs of French and English text.

News articles mix languages (a French article quoting an English tweet), and a French model reads
English badly. Each sentence-sized chunk is identified on its own; chunks too short to tell take the
language of their neighbours; adjacent chunks in one language are joined into a segment, which is
what the spaCy model of that language then reads. Offsets never move: segments are spans of the
original text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.knowledge.words import word_set
from kg.types import Segment

if TYPE_CHECKING:
    from lingua import LanguageDetector

SUPPORTED: tuple[str, ...] = ("fr", "en")

# A chunk needs this many letters and this much confidence to decide its own language.
MIN_LETTERS = 12
MIN_CONFIDENCE = 0.80

# A sentence end: the closing marks after the stop (French typography spaces them: « … lundi. »)
# stay with the sentence (group 1), the next one may open with a spaced mark (« X. « Free … »).
_SENTENCE_END = re.compile(r"(?<=[.!?…])((?:\s?[\"»”’)\]])*)\s+(?=(?:[\"«“‘(\[]\s?)?[A-ZÀ-ÖØ-Þ0-9])")
# The end of a quotation set off by an incise that names its speaker: « « Free accounts will lose
# links », a écrit le milliardaire », "“We will win,” she said". A quotation in one language is
# often framed in the other, so the incise is a chunk of its own.
# A question or an exclamation needs no comma before its lower-case incise ('“Pourquoi ?” asked the
# minister', « « Why? » s'interroge-t-il »).
_QUOTE_INCISE = re.compile(
    r"(?<=[»”])(?=\s*,\s*[^\W\d_])|(?<=,[”\"])(?=\s+[^\W\d_])|(?:(?<=[?!][»”\"])|(?<=[?!]\s[»”]))(?=\s+[^\W\d_A-ZÀ-ÖØ-Þ])"
)
# The start of a quotation after the clause that introduces it with a colon: « Il a écrit : « We
# are … » ». The frame is a chunk of its own for the same reason.
_QUOTE_FRAME = re.compile(r"(?<=:)(?=\s*[«“\"]\s?[^\W\d_])")
# ... or with a comma ("She said, “Nous …”", '“Nous partons,” he said, “mais nous …”'), when the
# quotation is of whole sentences (:func:`_quotes_to_stop`), not a phrase of the writer's sentence.
# A straight mark right after the comma closes a quotation ('"Nous allons gagner," the coach said').
_COMMA_FRAME = re.compile(r"(?<=,)(?=\s*([«“])\s?[^\W\d_]|\s+(\")[^\W\d_])")
_CLOSING_OF = {"«": "»", "“": "”", '"': '"'}
_OPENING_OF = {"»": "«", "”": "“", '"': '"'}
# A chunk that ends with a closing quotation mark, a full stop after it or not (« … now ». »).
_CLOSES = re.compile(r"[»”\"]\s?[.!?…]?$")
# The word right before a full stop, to tell an abbreviated title ("M.", "Dr.") from a sentence end.
_WORD_BEFORE_STOP = re.compile(r"(?:^|(?<=[\s(«\"“]))([^\W\d_]+)\.$")
_LINE = re.compile(r"[^\r\n]+")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_URL = re.compile(r"https?://\S+|www\.\S+|@\w+|#\w+")
_WORD = re.compile(r"[^\W\d_]+")

# Function words that belong to one of the two languages only (no "on", "or", "but", "as", "an",
# "pour", "plus", "est", which are words in both). A sentence using several of one list and none
# of the other is decided without the statistical detector: it is several times faster, and the
# detector, which weighs letter n-grams, can be swayed by a run of English names in a French
# sentence ("Michael Bloomberg pense que Barack Obama, qui vise un second mandat face au
# républicain Mitt Romney, ...").
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "le la les des du une et dans qui que avec sur par pas ont été au aux cette ces son sa ses il"
        " elle ils nous vous leur mais selon après depuis sont était avait ne lui se".split()
    ),
    "en": frozenset(
        "the and of to is was were with for that this from by has have had are be been which who will"
        " would said its their they he she at not".split()
    ),
}
MIN_FUNCTION_WORDS = 2


@lru_cache(maxsize=1)
def _title_abbreviations() -> frozenset[str]:
    """Abbreviated titles whose full stop ends no sentence ("M. Dupont", "Dr. Smith", "St. Thomas")."""
    return word_set("xx", "title_abbreviations") | word_set("fr", "honorific_abbreviations")


def after_title(text: str, at: int) -> bool:
    """Whether the full stop ending at ``at`` closes an abbreviated title (``xx/title_abbreviations``,
    ``fr/honorific_abbreviations``): the name after it belongs with the title, so no chunk ends there."""
    match = _WORD_BEFORE_STOP.search(text, max(0, at - 12), at)
    return match is not None and match.group(1) in _title_abbreviations()


@dataclass(frozen=True)
class Chunk:
    """A sentence-sized piece of text and the language decided for it (``None``: undecided).

    ``frame`` marks the words around a quotation cut off from it (an incise after it, the clause
    that introduces it): the writer's words, so undecided they take the document's language."""

    start: int
    end: int
    lang: str | None
    frame: bool = False
    # The chunk opens a quotation that runs on into the next chunk (« « We did it! » We are … »):
    # undecided, it is in the language of the rest of its quotation.
    opens: bool = False
    # The chunk follows one that closes a quotation and opens none itself: the writer's words, so
    # undecided they take the document's language, not the quotation's (« … players. » La salle a
    # applaudi.).
    after_quote: bool = False


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH).build()


def identify(text: str, *, min_confidence: float = MIN_CONFIDENCE) -> str | None:
    """The language (``fr`` or ``en``) of a piece of text, or ``None`` when it is too short or unclear."""
    cleaned = _URL.sub(" ", text)
    if len(_LETTER.findall(cleaned)) < MIN_LETTERS:
        return None
    by_words = by_function_words(cleaned)
    if by_words is not None:
        return by_words
    values = _detector().compute_language_confidence_values(cleaned)
    if not values or values[0].value < min_confidence:
        return None
    return "en" if values[0].language.name == "ENGLISH" else "fr"


def by_function_words(text: str) -> str | None:
    """``fr`` or ``en`` when ``text`` uses at least :data:`MIN_FUNCTION_WORDS` distinct function
    words of that language and none of the other, else ``None``."""
    words = {w.lower() for w in _WORD.findall(text)}
    fr = len(words & FUNCTION_WORDS["fr"])
    en = len(words & FUNCTION_WORDS["en"])
    if fr >= MIN_FUNCTION_WORDS and not en:
        return "fr"
    if en >= MIN_FUNCTION_WORDS and not fr:
        return "en"
    return None


def chunks(text: str, *, start: int = 0, end: int | None = None) -> list[Chunk]:
    """Split ``text[start:end]`` into line- and sentence-sized chunks with their detected language."""
    stop = len(text) if end is None else end
    result: list[Chunk] = []
    for line in _LINE.finditer(text, start, stop):
        pieces: list[tuple[int, int]] = []
        cursor = line.start()
        for boundary in _SENTENCE_END.finditer(text, line.start(), line.end()):
            if after_title(text, boundary.start()):
                continue  # "M. Dupont", "St. Thomas": the name stays with its title
            pieces.append((cursor, boundary.end(1)))
            cursor = boundary.end()
        pieces.append((cursor, line.end()))
        for a, b, frame in (part for p, q in pieces for part in _split_at_quotations(text, p, q, line.start())):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                after = bool(result) and _CLOSES.search(text, result[-1].start, result[-1].end) is not None
                opening = text[a] in _OPENING_OF.values()
                result.append(
                    Chunk(a, b, identify(text[a:b]), frame, opening and _left_open(text[a:b]), after and not opening)
                )
    return result


def _left_open(piece: str) -> bool:
    """Whether the quotation that opens ``piece`` is still open at its end (more opening marks than
    closing ones; for straight quotes, an odd number of them)."""
    if piece[0] == '"':
        return piece.count('"') % 2 == 1
    return piece.count(piece[0]) > piece.count({"«": "»", "“": "”"}[piece[0]])


def _split_at_quotations(text: str, start: int, end: int, line_start: int) -> list[tuple[int, int, bool]]:
    """``text[start:end]`` cut where a quotation ends before an incise (« », a déclaré X ») and
    where one starts after the clause introducing it (« X a écrit : « … »): the quotation and its
    frame may be in two languages. Each piece comes with whether it is a frame (the incise, which
    runs to the sentence end, or the introducing clause). A quotation that opens inside a sentence
    (« Il a repris le slogan « Make America Great Again », devant ses partisans ») is a phrase of
    that sentence: no cut there."""
    cuts = sorted(
        [(m.start(), "incise") for m in _QUOTE_INCISE.finditer(text, start, end) if _quotes_sentences(text, m.start(), line_start)]
        + [(m.start(), "frame") for m in _QUOTE_FRAME.finditer(text, start, end)]
        + [(m.start(), "frame") for m in _COMMA_FRAME.finditer(text, start, end) if _quotes_to_stop(text, max(m.start(1), m.start(2)))]
    )
    out: list[tuple[int, int, bool]] = []
    cursor, kind = start, ""
    for at, cut in cuts:
        if at > cursor:
            # the piece before an introducing clause's cut is that clause; the one after an incise's
            # cut is the incise
            out.append((cursor, at, kind == "incise" or cut == "frame"))
            cursor, kind = at, cut
    out.append((cursor, end, kind == "incise"))
    return out


def _quotes_sentences(text: str, close: int, line_start: int) -> bool:
    """Whether the quotation whose closing mark ends at ``close`` opened at the start of its line or
    sentence, or after a colon: it quotes whole sentences, not a phrase of the writer's sentence."""
    mark = text[close - 1]
    opening = text.rfind(_OPENING_OF[mark], line_start, close - 1)
    if opening < 0:
        return False
    before = text[line_start:opening].rstrip()
    return not before or before[-1] in ".!?…:»”\")"


def _quotes_to_stop(text: str, opening: int) -> bool:
    """Whether the quotation opening at ``opening`` runs to a sentence's end: its closing mark, on
    the same line, comes after a stop or a comma (« , “Nous partons.” », not « , “a scandal” »), or
    is not on that line."""
    line_end = text.find("\n", opening)
    close = text.find(_CLOSING_OF[text[opening]], opening + 1, None if line_end < 0 else line_end)
    if close < 0:
        return True
    return text[opening + 1 : close].rstrip()[-1:] in (".", "!", "?", "…", ",")


def _fill(items: Sequence[Chunk], default: str) -> list[str]:
    """Give undecided chunks the language of the nearest decided chunk before them, else after them;
    an undecided frame of a quotation (« », a dit X », "She replied:") or sentence after one the
    document's language, an undecided first sentence of a quotation the language of the next chunk,
    which goes on with it."""
    langs: list[str | None] = [default if c.lang is None and (c.frame or c.after_quote) else c.lang for c in items]
    for i, c in enumerate(items[:-1]):
        if c.lang is None and c.opens and items[i + 1].lang is not None:
            langs[i] = items[i + 1].lang  # « « We did it! We are the champions! », …: the rest's language
    last: str | None = None
    for i, lang in enumerate(langs):
        if lang is None:
            langs[i] = last
        else:
            last = lang
    following: str | None = None
    for i in range(len(langs) - 1, -1, -1):
        if items[i].lang is not None:
            following = items[i].lang
        if langs[i] is None:
            langs[i] = following or default
    return [lang or default for lang in langs]


def segment(
    text: str,
    *,
    start: int = 0,
    lang: str | None = None,
    route: bool = True,
) -> tuple[str, tuple[Segment, ...]]:
    """Split a document body into language segments.

    Returns the document language and the segments. ``lang`` (from metadata) fixes the document
    language; otherwise it is the language of most characters. With ``route=False`` the whole body
    is one segment in the document language. Segments in another language than the document's are
    marked ``embedded``.
    """
    body = chunks(text, start=start)
    if not body:
        return lang or SUPPORTED[0], ()
    if lang is None:
        counts: Counter[str] = Counter()
        for chunk in body:
            if chunk.lang:
                counts[chunk.lang] += chunk.end - chunk.start
        lang = counts.most_common(1)[0][0] if counts else SUPPORTED[0]
    if not route:
        return lang, (Segment(body[0].start, body[-1].end, lang, False),)
    langs = _fill(body, lang)
    segments: list[Segment] = []
    seg_start, seg_lang = body[0].start, langs[0]
    for i in range(1, len(body)):
        if langs[i] != seg_lang:
            segments.append(Segment(seg_start, body[i - 1].end, seg_lang, seg_lang != lang))
            seg_start, seg_lang = body[i].start, langs[i]
    segments.append(Segment(seg_start, body[-1].end, seg_lang, seg_lang != lang))
    return lang, tuple(segments)
