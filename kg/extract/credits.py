"""Agency credits inside the text: "(AFP)", "(Le Journal/AFP)", "PARIS, 15 (Havas).", "— Reuters".

A credit says who wrote the article (the agency: ``schema:author``) and, before a slash, who
published it (``schema:publisher``); it is no news about the agency. The credited names are kept
as mentions with the evidence "agency credit" or "publisher credit" (corpora such as HIPE-2020
annotate them as organisations, and the graph needs their nodes), found when NER missed them, and
the graph links the article to them as author and publisher. Agency names are data:
``ontologies/lexicons/xx/news_agencies.tsv``; in a credit's position, a name of six letters or
more with one letter misread by OCR is read as the agency's ("(Eeuter)").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from kg.extract.entities import Candidate, is_editorial_marker
from kg.knowledge.words import word_set
from kg.nlp.regexscan import first_char_filter
from kg.nlp.wordforms import is_dictionary_word
from kg.types import AGENCY_CREDIT, PHOTO_CREDIT, PUBLISHER_CREDIT, SIGNATURE

__all__ = ["AGENCY_CREDIT", "PHOTOGRAPHER_CREDIT", "PHOTO_CREDIT", "PUBLISHER_CREDIT", "SIGNATURE", "with_credits", "with_signatures"]

# The evidence of a photographer named in a photo credit ("Photo: Manu Fernandez/AP").
PHOTOGRAPHER_CREDIT = "photographer credit"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = "|".join(re.escape(a) for a in sorted(word_set("xx", "news_agencies"), key=len, reverse=True))
    # "(AFP)", "(AFP.)", "(( Havas)", "(Le Journal/AFP)", "(Le Journal / AFP, Reuters)". Blanks
    # and the dot before ")" are matched without nested repetitions, so a long run of spaces
    # costs linear time.
    bracket = re.compile(
        rf"\((?:\(\s*)?(?:(?P<publisher>[A-ZÀ-Þ][^()/\n]{{0,40}}?)\s*/\s*)?(?P<agency>{names})"
        rf"(?:\s*,\s*(?P<second>{names}))?[^\S\n]*(?:\.[^\S\n]*)?\)"
    )
    # "— Reuters" or "- AFP" closing a paragraph.
    dash = re.compile(rf"(?:^|\s)[—–-]\s*(?P<agency>{names})[^\S\n]*(?:\.[^\S\n]*)?$", re.M)
    return bracket, dash


@cache
def _photo_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    photo = sorted(word_set("xx", "photo_agencies"), key=len, reverse=True)
    every = sorted(set(photo) | word_set("xx", "news_agencies"), key=len, reverse=True)
    # "photo Keystone", "Photo: AFP", "(photo AGIP)".
    # (the look-ahead of kg.nlp.regexscan: the same matches, found faster over the whole text)
    after_word = first_char_filter(re.compile(rf"(?<![\w-])[Pp]hotos?[^\S\n]*:?[^\S\n]*(?P<agency>{'|'.join(re.escape(a) for a in every)})(?![\w-])"))
    # "(AGIP)" standing alone between two sentences, or closing a line.
    bracket = re.compile(rf"(?:(?<=[.!?»\n])|(?<=[.!?»][^\S\n])|^)[^\S\n]*\((?P<agency>{'|'.join(re.escape(a) for a in photo)})\)", re.M)
    return after_word, bracket


# Where a bracketed agency is a credit, not an acronym explaining the words before it ("cours
# préparatoire (CP)", "Harrisburg (PA)"): after a dateline opening the line ("PARIS (AFP) -",
# "WALL STREET, 15 (Havas)"), or closing the line or the paragraph, or before a dash ("(Reuter.) —").
_DATELINE = re.compile(r"[^\S\n]*[A-ZÀ-Þ][A-ZÀ-Þ'’ .-]{0,40}(?:,[^\S\n]*[\w .]{0,30})?")
_DATELINE_MAX = 80
_CLOSING = re.compile(r"[^\S\n]*(?:\.[^\S\n]*)?(?:$|[—–-])", re.M)


def _credit_position(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether the bracket ``text[start:end]`` (on the line starting at ``line_start``) stands
    where a credit stands (see above)."""
    if start - line_start <= _DATELINE_MAX and _DATELINE.fullmatch(text, line_start, start):
        return True
    return _CLOSING.match(text, end) is not None


# One capitalised word in brackets: an agency's name as OCR may give it back ("(Eeuter)", "(Rcuters.)").
_OCR_BRACKET = re.compile(r"\((?P<agency>[A-ZÀ-Þ][a-zà-ÿ]{5,9})[^\S\n]*(?:\.[^\S\n]*)?\)")


def _ocr_agency(word: str) -> bool:
    """Whether ``word`` is a news agency's name of six letters or more with one letter misread
    ("Eeuter" for "Reuter"): same length, one letter different. An exact name is read by the
    patterns above."""
    for name in word_set("xx", "news_agencies"):
        if len(name) >= 6 and len(name) == len(word) and name != word:
            if sum(a != b for a, b in zip(name.casefold(), word.casefold())) == 1:
                return True
    return False


class _Found:
    """The candidates sorted by start, looked up by position (bisect), so that many credits in
    one text cost n log n, not n²."""

    def __init__(self, found: list[Candidate]) -> None:
        self.items = sorted(found, key=lambda c: c.start)
        self.starts = [c.start for c in self.items]
        self.longest = max((c.end - c.start for c in self.items), default=0)

    def credit(self, start: int, end: int, why: str) -> None:
        hi = bisect.bisect_left(self.starts, end)
        lo = bisect.bisect_left(self.starts, start - self.longest)
        inside = [i for i in range(lo, hi) if start < self.items[i].end]
        exact = [i for i in inside if (self.items[i].start, self.items[i].end) == (start, end)]
        if exact:
            for i in exact:
                cand = self.items[i]
                self.items[i] = replace(cand, label="ORG", evidence=(*cand.evidence, why))
            return
        if inside:
            return  # another name covers the credit: leave it to overlap resolution
        # The gazetteer's record, if any, is found when the mention is built (kg.extract.mentions).
        k = bisect.bisect_right(self.starts, start)
        self.items.insert(k, Candidate(start, end, "ORG", "credit", evidence=(why,)))
        self.starts.insert(k, start)
        self.longest = max(self.longest, end - start)


@cache
def _photographer_pattern() -> re.Pattern[str]:
    every = sorted(word_set("xx", "photo_agencies") | word_set("xx", "news_agencies"), key=len, reverse=True)
    # "(Photo by Kola Sulaimon/AFP)", "Photo: Manu Fernandez/AP": a photographer's name, a slash,
    # the agency.
    return re.compile(
        r"(?<![\w-])(?:[Pp]hoto(?:graph)?s?|PHOTO|[Pp]icture)(?:[^\S\n]+by|[^\S\n]*:)[^\S\n]+"
        r"(?P<name>[A-ZÀ-Þ][a-zà-ÿ][\w'’-]*(?:[^\S\n]+[A-ZÀ-Þ][a-zà-ÿ][\w'’-]*){1,2})[^\S\n]*/[^\S\n]*"
        rf"(?P<agency>{'|'.join(re.escape(a) for a in every)})(?![\w-])"
    )


def _photographer_name(name: str) -> bool:
    """Whether ``name``, before a photo credit's slash, is a photographer's and not the source a
    picture is credited to ("Photo by Kremlin Pool/AFP", "Israeli Army/AFP", "State House/AFP",
    "Handout Picture/Reuters", "Getty Images/AFP", "Police Scotland/PA", "Kenya Airways/AFP"): no
    agency of the lists, no word of an organisation, a company or a place (``xx/organisation_cues``,
    ``xx/company_heads``, ``xx/place_cues``, ``xx/credit_source_words``), the first word and the
    whole no name the gazetteer knows but a person's, and the first word a given name or some word
    no word of the dictionary ("Kola Sulaimon")."""
    from kg.knowledge.gazetteer import default_gazetteer

    words = name.split()
    agencies = {a.casefold() for a in word_set("xx", "photo_agencies") | word_set("xx", "news_agencies")}
    cues = word_set("xx", "organisation_cues") | word_set("xx", "company_heads") | word_set("xx", "place_cues") | word_set("xx", "credit_source_words")
    if name.casefold() in agencies or any(w.casefold() in cues for w in words):
        return False
    gazetteer = default_gazetteer()
    if any(r.type != "PER" for part in (words[0], name) for r in gazetteer.lookup(part)):
        return False
    return words[0].casefold() in word_set("xx", "given_names") or not all(is_dictionary_word(w, "en") for w in words)


def with_credits(found: list[Candidate], text: str) -> list[Candidate]:
    """``found`` with the credited agencies and publishers marked (and added when NER missed them),
    and the photographer a photo credit names before the agency ("(Photo by Kola Sulaimon/AFP)")
    as a person, in place of what the model read across the name and the slash."""
    photographers = [m for m in _photographer_pattern().finditer(text) if _photographer_name(m.group("name"))]
    if photographers:
        taken = [(m.start("name"), m.end("agency")) for m in photographers]
        found = [c for c in found if not any(c.start < b and a < c.end and c.start < m.end("name") for (a, b), m in zip(taken, photographers))]
        found += [Candidate(*m.span("name"), "PER", "credit", evidence=(PHOTOGRAPHER_CREDIT,)) for m in photographers]
    credited = {m.start(): m for m in photographers}
    out = _Found(found)
    bracket, dash = _patterns()
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    for match in bracket.finditer(text):
        line_start = line_starts[bisect.bisect_right(line_starts, match.start()) - 1]
        if not _credit_position(text, line_start, match.start(), match.end()):
            continue
        for group in ("agency", "second"):
            if match.group(group):
                out.credit(*match.span(group), AGENCY_CREDIT)
        if match.group("publisher") and match.start("publisher") not in credited:
            out.credit(*match.span("publisher"), PUBLISHER_CREDIT)
    for photo in photographers:
        out.credit(*photo.span("agency"), PHOTO_CREDIT)
    for match in _OCR_BRACKET.finditer(text):
        line_start = line_starts[bisect.bisect_right(line_starts, match.start()) - 1]
        if _ocr_agency(match.group("agency")) and _credit_position(text, line_start, match.start(), match.end()):
            out.credit(*match.span("agency"), AGENCY_CREDIT)
    for match in dash.finditer(text):
        out.credit(*match.span("agency"), AGENCY_CREDIT)
    for pattern in _photo_patterns():
        for match in pattern.finditer(text):
            out.credit(*match.span("agency"), PHOTO_CREDIT)
    return out.items


# A signature: a journalist's initials after the article's last sentence, and nothing after them
# but a bracketed note ("… le moment venu ». GPB", "… des tentatives. E. Bi.", "… de l'année. J. B.
# (A suivre.)"), or initials in capitals after a slash that closes a paragraph's last sentence, as
# the Swiss regional press signs ("… j'y crois !» / PHO", "… encore longtemps. / CMA"). Initials
# after an initial are the end of an abbreviation ("présentés à S. M. I.", Sa Majesté Impériale).
_INITIALS = r"(?:[A-ZÀ-Þ]{2,4}|[A-ZÀ-Þ]\.[^\S\n]?[A-ZÀ-Þa-zà-ÿ][a-zà-ÿ]?\.?)"
_SIGNATURE_AT_END = re.compile(
    rf"(?<=[.!?»\"”)])(?<!\W[A-ZÀ-Þ]\.)\s+(?P<sig>{_INITIALS})(?:\s*\([^()\n]{{1,30}}\))?\s*$"
)
_SIGNATURE_TAIL = 120
_SIGNATURE_AFTER_SLASH = re.compile(r"(?<=[.!?»\"”])[^\S\n]*/[^\S\n]*(?P<sig>[A-ZÀ-Þ]{2,4})(?![\w.-])")


def _signature_spans(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the signatures of ``text`` (above); an agency's name is a credit and an end
    mark ("FIN", "NDLR") furniture, not a signature."""
    agencies = {a.casefold() for a in word_set("xx", "news_agencies") | word_set("xx", "photo_agencies")}
    # The signature closing the text is looked for in its last characters only.
    tail = max(0, len(text) - _SIGNATURE_TAIL)
    found = [m for m in (_SIGNATURE_AT_END.search(text, tail),) if m is not None]
    found += list(_SIGNATURE_AFTER_SLASH.finditer(text))
    for match in found:
        sig = match.group("sig")
        if sig.strip(".").casefold() not in agencies and not is_editorial_marker(sig, furniture=True):
            yield match.span("sig")


def with_signatures(found: list[Candidate], text: str) -> list[Candidate]:
    """``found`` with the signatures of the text (above) as person mentions: a candidate on the
    same span or inside it gives way ("E. Bi" for "E. Bi."); one that reaches out of it stays."""
    out = list(found)
    for start, end in _signature_spans(text):
        if any(c.start < end and start < c.end and not (start <= c.start and c.end <= end) for c in out):
            continue
        out = [c for c in out if not (start <= c.start and c.end <= end)]
        out.append(Candidate(start, end, "PER", "signature", evidence=(SIGNATURE,)))
    return sorted(out, key=lambda c: c.start)
