"""Maximal mention extents: a name with the words around it that some guidelines count as part of
the mention (French only for now).

kg's mentions are names: the title stays ("M. Dupont", "le général de Gaulle"), a description does
not. HIPE-2020's guidelines annotate more: a person mention takes in the functions written before
the name and the description in apposition after it ("conseiller fédéral X", "M. X, pasteur à
Y"), a place mention its head noun and a regional adjective ("canton de X", "Suisse romande"), and
names nested inside such a mention are not counted on their own. :func:`maximal_mentions` gives
that reading of a document's mentions; kg's own output and graph are unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from kg.knowledge import institutions as inst
from kg.knowledge.words import number_map, rows, word_map, word_set

__all__ = [
    "Extent",
    "index_phrase",
    "is_newspaper_title",
    "maximal_extent",
    "maximal_mentions",
    "name_phrase",
    "owners_before",
    "possessor_start",
]


@dataclass(frozen=True)
class Extent:
    """A mention's span and label, before or after extension."""

    start: int
    end: int
    label: str


_WORD = r"[a-zà-öø-ÿœæ][a-zà-öø-ÿœæ'’-]*"
_DETERMINER = r"(?:le|la|les|l['’]|du|des|au|aux|un|une|notre|son|sa|ses|leur|leurs|ce|cet|cette|[Ll]e|[Ll]a|[Ll]es|[Ll]['’])"
# A word before a name: an elided article stands alone ("l'", "d'").
_WORD_BEFORE = re.compile(r"[\w-]+['’]|[\w-]+")
_DETERMINERS = frozenset("le la les l' l’ du des au aux un une notre son sa ses leur leurs ce cet cette".split())
_TITLE_ARTICLE_BEFORE = re.compile(r"(?<![\w.])(?:M|MM|Mme|Mmes|Mlle|Mgr)\.?\s+(?:le|la|l['’])\s*$")
_AGE = re.compile(r"\d{1,3}\s+ans\s*,\s*")
# A description in apposition: a comma, an optional determiner, then words up to the next
# punctuation mark.
_APPOSITION = re.compile(rf",\s+(?:{_AGE.pattern})?(?:{_DETERMINER}\s*)?(?P<phrase>[^,;:!?()«»\[\]\n—.]+(?:\.(?=\S)[^,;:!?()«»\[\]\n—.]*)*)")
_HEAD_BEFORE = re.compile(r"(?<![\w-])(?P<head>[a-zà-öø-ÿœæ][a-zà-öø-ÿœæ-]*)\s+(?:de\s+la\s+|de\s+l['’]\s*|d['’]\s*|de\s+|du\s+|des\s+)?$")
_AFTER_WORD = re.compile(rf"\s+(?P<word>{_WORD})")
# Words that end a run of description words: a description never goes on over them.
_STOP = frozenset(
    """à a ai as au aux avait avec c ce ces cet cette dans de des dont du elle en est et était fut il
    l la le les leur lui mais n ne ni nous on ont ou où par pas pour qu que qui s sa se ses si son sont
    sur un une y""".split()
)
# A nationality noun after a singular article, right before a person's name ("l'Allemand X", "le
# Français X"): a description that the maximal extent takes in.
_NATIONALITY_BEFORE = re.compile(r"(?:(?<![\w'’])(?:[Ll]e|[Ll]a|au|du)\s+|(?<![\w'’])[Ll]['’]\s*)(?P<noun>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)\s+$")
_HONORIFIC = re.compile(r"(?:M|MM|Mme|Mmes|Mlle|Mlles|Mgr|Me|Dr)\b")
_MAX_APPOSITION_WORDS = 20
_MAX_LOOKBEHIND = 80


def _roles() -> frozenset[str]:
    return word_set("fr", "person_role_nouns") | word_set("fr", "occupation_nouns")


def _qualifiers() -> frozenset[str]:
    return word_set("fr", "role_qualifiers")


def _role_word(word: str) -> bool:
    return word.casefold() in _roles()


def _person_start(text: str, start: int) -> int:
    """Start of a French person mention once the function written before it is included."""
    if not _HONORIFIC.match(text, start):
        window = max(0, start - _MAX_LOOKBEHIND)
        words = list(_WORD_BEFORE.finditer(text, window, start))
        # Up to four lower-case words right before the name, after a determiner: qualifiers, then a
        # role noun, then role nouns, adjectives or "et" between two roles ("le jeune X",
        # "l'ancien juge cantonal X", "le producteur et musicien suisse X").
        run: list[re.Match[str]] = []
        at = start
        for match in reversed(words):
            if text[match.end() : at].strip() or len(run) > 4:
                break
            run.insert(0, match)
            at = match.start()
        for i in range(len(run) - 1, -1, -1):
            if run[i].group().casefold() not in _DETERMINERS:
                continue
            taken = [m.group() for m in run[i + 1 :]]
            if taken and _role_phrase(taken):
                start = run[i + 1].start()
            break
    start = _role_comma_start(text, start)
    nationality = _NATIONALITY_BEFORE.search(text, max(0, start - 40), start)
    if nationality is not None and start == nationality.end() and inst.norm(nationality.group("noun")) in inst.tables().demonyms["fr"]:
        start = nationality.start("noun")
    title = _TITLE_ARTICLE_BEFORE.search(text, max(0, start - 12), start)
    if title is not None and text[start : start + 1].islower() and _role_word(text[start : start + 40].split(None, 1)[0]):
        start = title.start()
    if not _HONORIFIC.match(text, start):
        honorific = _ocr_honorific_before().search(text, max(0, start - 12), start)
        if honorific is not None:
            start = honorific.start()
    abbreviation = _ROLE_ABBREVIATION_BEFORE.search(text, max(0, start - 16), start)
    if abbreviation is not None and abbreviation.group("abbr").casefold() in word_set("fr", "role_abbreviations"):
        start = abbreviation.start("abbr")
    return start


# A function abbreviated with a full stop right before a name ("prés. A. Ammann"): see
# ``fr/role_abbreviations``.
_ROLE_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.'’-])(?P<abbr>[a-zà-ÿ][a-zà-ÿ-]*)\.[^\S\n]+$")


@cache
def _ocr_honorific_before() -> re.Pattern[str]:
    """An abbreviated honorific (``fr/honorific_abbreviations``) right before a name, as OCR gives it
    back: without its full stop or with a comma, a semicolon, a quotation mark or a degree sign in
    its place ("M Capré", "M, Kellogg", "MM ; F. Honegger", "M » Ramsay", "M° Clara", "M .. Baroche",
    "Mad ; Bonaparte"). On one line only; the well-formed "M." is a title kg's mention already has."""
    words = sorted((r[0] for r in rows("fr", "honorific_abbreviations")), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w'’.-])(?:{alternation})(?:[^\S\n]*[,;:»«\"°*]+|[^\S\n]*\.\.|[^\S\n]+\.)?[^\S\n]+$|(?<![\w'’.-])(?:{alternation})[,;:»«\"°*]+$")


# A function in apposition before the name, ended by a comma ("son président, Rudolf Keller").
_COMMA_BEFORE = re.compile(rf",[^\S\n]*(?:(?<![\w'’]){_DETERMINER}[^\S\n]*)?$")
# Where such a function begins: after the last punctuation mark before it.
_PHRASE_BOUNDARY = re.compile(r"[,;:!?()«»\[\]\n—.]")
# The words that may join a function to its complement ("commandant en chef de l'armée").
_JOINERS = frozenset("à au aux d' d’ de des du en et l' l’ la le les".split())
_MAX_FUNCTION_WORDS = 10


def _role_comma_start(text: str, start: int) -> int:
    """Start of a French person mention once a function written before it and set off by a comma
    is included, as HIPE annotates it ("son président, Rudolf Keller", "l'ingénieur rural, M.
    Wey", "le commandant en chef de l'armée, Glubb Pacha"): a determiner, a role noun (after its
    qualifiers), then at most a few words of complement, without a verb or a pronoun. A
    determiner after the comma is allowed before a function the mention already has ("son
    agent, l'avocat X")."""
    comma = _COMMA_BEFORE.search(text, max(0, start - 12), start)
    if comma is None:
        return start
    if text[comma.start() + 1 : comma.end()].strip() and not text[start : start + 1].islower():
        return start  # a determiner after the comma belongs to a function of the mention's own
    window = max(0, comma.start() - _MAX_LOOKBEHIND)
    boundary = max((m.end() for m in _PHRASE_BOUNDARY.finditer(text, window, comma.start())), default=window)
    words = list(_WORD_BEFORE.finditer(text, boundary, comma.start()))[-(_MAX_FUNCTION_WORDS + 1) :]
    clause = word_set("fr", "apposition_clause_words")
    for i in range(len(words) - 2, -1, -1):
        if words[i].group().casefold() not in _DETERMINERS:
            continue
        rest = [w.group() for w in words[i + 1 :]]
        lead = 0
        while lead < len(rest) and rest[lead].casefold() in _qualifiers():
            lead += 1
        if lead >= len(rest) or not _role_word(rest[lead]) or not rest[0][:1].islower():
            continue
        if any(w.casefold() in clause or (w.casefold() in _STOP and w.casefold() not in _JOINERS) for w in rest):
            return start
        return words[i + 1].start()
    return start


def _role_phrase(words: Sequence[str]) -> bool:
    lead = 0
    while lead < len(words) and words[lead].casefold() in _qualifiers():
        lead += 1
    rest = words[lead:]
    if not rest:
        return lead > 0
    return (
        _role_word(rest[0])
        and all((w not in _STOP or w == "et") and w not in word_set("fr", "apposition_clause_words") and w[:1].islower() for w in rest)
        and rest[-1] != "et"
    )


_NEXT_NAME = re.compile(r"\s+et\s+(?=[A-ZÀ-Þ])")


# Lower-case words right after a name, on its line, each maybe two joined by a hyphen
# ("imprimeurs-libraires").
_WORDS_AFTER = re.compile(r"(?:[^\S\n]+[a-zà-öø-ÿœæ]+(?:-[a-zà-öø-ÿœæ]+)?)+")
# What may follow a trade written after a name without a comma: a preposition or no word.
_AFTER_TRADE = frozenset("à au aux de des du d en chez".split())  # "d": an elided "d'" splits there


def _plain_role(word: str) -> bool:
    """Whether ``word`` (maybe a plural in -s or -x) is a role noun, each part of a hyphenated one
    too ("imprimeurs-libraires")."""
    return all(_role_word(part) or (part[-1:] in ("s", "x") and _role_word(part[:-1])) for part in word.split("-"))


def _trade_end(text: str, end: int) -> int:
    """End of a French person mention once a trade written right after the name without a comma is
    included, as older print lists booksellers and printers ("chez Manget et Cherbuliez
    imprimeurs-libraires à Genève", "chez J. J. Paschoud imprimeur libraire"): one or two role
    nouns, followed by a preposition, a punctuation mark or the end of the line, so that a verb
    spelt as a role noun ("M. Roy juge utile") stays out."""
    match = _WORDS_AFTER.match(text, end)
    if match is None:
        return end
    words = list(re.finditer(r"\S+", match.group()))
    taken = 0
    while taken < min(2, len(words)) and _plain_role(words[taken].group()):
        taken += 1
    if not taken:
        return end
    if taken < len(words) and words[taken].group().casefold() not in _AFTER_TRADE:
        return end
    first = words[0].group()
    if taken == 1 and taken < len(words) and "-" not in first and first[-1:] not in ("s", "x"):
        # one singular trade before a preposition may be a verb or an apposition of today's prose
        # (« François Hollande juge de son côté », « Anne Hidalgo maire de Paris »): only a plural, a
        # hyphenated pair or two trades run on to a place
        return end
    return match.start() + words[taken - 1].end()


def _person_end(text: str, end: int) -> int:
    """End of a French person mention once a description in apposition is included."""
    match = _APPOSITION.match(text, end)
    if match is None:
        return _trade_end(text, end)
    phrase = match.group("phrase")
    # "et" and a capitalised word begin the next item of a list of people ("MM. Charles Sandoz,
    # radical et Henri Montandon, libéral"): the description ends before them.
    phrase = phrase[: m.start()] if (m := _NEXT_NAME.search(phrase)) is not None else phrase
    words = phrase.split()
    if not words or len(words) > _MAX_APPOSITION_WORDS:
        return end
    if len(words) == 1 and words[0].casefold() in word_set("fr", "generation_words"):
        return end  # "Charles Nydegger, fils": which of two namesakes, not a description
    lead = 0
    while lead < len(words) and words[lead].casefold() in _qualifiers():
        lead += 1
    if lead >= len(words) or not _role_word(words[lead]):
        return end
    if any(w.casefold() in word_set("fr", "apposition_clause_words") for w in words):
        return end
    return match.start("phrase") + len(phrase.rstrip())


def _place_start(text: str, start: int, label: str) -> int:
    """Start of a French place or organisation mention once its head noun is included ("canton de
    X", "agence X")."""
    match = _HEAD_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return start
    if label == "ORG" and match.end("head") + 1 < match.end():
        return start  # "comité de X" is another organisation than X
    head = match.group("head").casefold()
    if head in word_set("fr", "destination_heads") or (head == "place" and text[max(0, match.start() - 5) : match.start()].endswith("à la ")):
        return start  # "la route de X" leads to X; "à la place de X" is "instead of X"
    heads = word_set("xx", "place_heads") if label == "LOC" else word_set("fr", "organisation_heads") | word_set("fr", "organisation_name_heads")
    return match.start("head") if head in heads else start


_NOUN_BEFORE = re.compile(r"(?<![\w-])(?P<head>[a-zà-öø-ÿœæ][a-zà-öø-ÿœæ-]*)[^\S\n]+$")


def _namesake_label(text: str, start: int, label: str, lang: str) -> str:
    """ORG for a person or a place named right after a noun that makes the two an organisation's
    name ("le gouvernement Franco", "l'hôtel Salvia": ``fr/organisation_name_heads``), else
    ``label``."""
    if lang != "fr" or label not in ("PER", "LOC"):
        return label
    match = _NOUN_BEFORE.search(text, max(0, start - 20), start)
    return "ORG" if match is not None and match.group("head") in word_set("fr", "organisation_name_heads") else label


def _place_end(text: str, end: int) -> int:
    match = _AFTER_WORD.match(text, end)
    if match is not None and match.group("word") in word_set("fr", "region_adjectives"):
        return match.end()
    return end


def maximal_extent(text: str, start: int, end: int, label: str, lang: str) -> tuple[int, int]:
    """``[start, end)`` widened to the maximal extent of a mention of type ``label``."""
    if lang != "fr":
        return start, end
    if label == "PER":
        return _person_start(text, start), _person_end(text, end)
    if label == "LOC":
        return _place_start(text, start, label), _place_end(text, end)
    if label == "ORG":
        return _place_start(text, start, label), end
    return start, end


def maximal_mentions(text: str, mentions: Iterable[Extent], lang: str) -> list[Extent]:
    """``mentions`` at their maximal extent, less those nested in another one's extent."""
    labelled = {Extent(m.start, m.end, _namesake_label(text, m.start, m.label, lang)) for m in mentions}
    ordered: Sequence[Extent] = sorted(labelled, key=lambda m: (m.start, -m.end))
    widened = [Extent(*maximal_extent(text, m.start, m.end, m.label, lang), m.label) for m in ordered]
    # Names inside a description are nested in it and dropped ("M. X, pasteur à Y").
    out: list[Extent] = []
    for m, w in zip(ordered, widened):
        end = w.end
        # A description runs up to the next person, who is not part of it ("X, conseillère nationale
        # Y": "X, conseillère nationale"), and not at all when that person's own function is what
        # follows the comma ("X, le président français Y").
        person = next((o for o in ordered if m.end < o.start < w.end and not _complement(text, o.start)), None)
        if m.label == "PER" and person is not None:
            end = _trimmed(text, m.end, person.start)
            own = next(ow for o, ow in zip(ordered, widened) if o is person)
            if own.start < person.start:
                end = m.end
        # A widening that would cut another mention in two is not made.
        if any(m.end <= o.start < end < o.end for o in ordered):
            end = m.end
        start = m.start if any(o.start < w.start < o.end <= m.start for o in ordered) else w.start
        out.append(Extent(start, end, m.label))
    kept = [
        m
        for m in out
        if not any(o is not m and o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end) for o in out)
    ]
    return sorted(set(kept), key=lambda m: (m.start, m.end, m.label))



def _trimmed(text: str, start: int, end: int) -> int:
    """``end`` moved back over spaces, punctuation and function words, down to ``start``."""
    words = text[start:end].split()
    while words and (words[-1].casefold() in word_set("fr", "extent_trailing_words") or not any(c.isalnum() for c in words[-1])):
        words.pop()
    if not words:
        return start
    last = words[-1]
    return text.rindex(last, start, end) + len(last)


def _complement(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a preposition or an article, as a complement inside a
    description does ("pasteur à Y", "président de la Y")."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and (before[-1].casefold() in word_set("fr", "extent_trailing_words") or before[-1].casefold().endswith(("d'", "d’", "l'", "l’")))


_TITLE_WORD = re.compile(r"[\w-]+")


def is_newspaper_title(surface: str) -> bool:
    """Whether an organisation's name is a newspaper's title ("Le Figaro", "Gazette de Lausanne",
    "GAZETTE DE LAUSANNE" as a page heading writes it), which some corpora annotate as a product."""
    words = word_set("xx", "newspaper_title_words")
    return any(w.group() in words or (w.group().isupper() and w.group().capitalize() in words) for w in _TITLE_WORD.finditer(surface))


# --- English: a stock market index's noun phrase (MEANTIME) ---------------------------------------
#
# MEANTIME annotates a named mention as its whole noun phrase: the article or the possessor, the
# modifiers and the common noun the name modifies ("[the Air Force]", "[Singapore 's Changi
# International Airport]", "[Heathrow airport]"). kg's FIN mention is the index's name ("Nasdaq",
# "S&P 500", "Nikkei 225"); :func:`index_phrase` gives that reading of it.

# An index noun after the name, with the lower-case words of an average's name and a count of
# stocks before it ("composite index", "500-stock index", "stock average", "industrial average").
_INDEX_TAIL_WORD = re.compile(r"[ \t]+([A-Za-z]+|\d+-stock)")
# A possessor before the index's name or its modifiers: capitalised words (one lower-case "of"
# among them) and "'s" or a bare apostrophe ("Tokyo 's", "Hong Kong's", "the United States '"); no
# word but the last ends with a full stop after lower-case letters, which ends a sentence ("on
# Friday. Japan's Nikkei": the possessor is "Japan").
_POSSESSOR = re.compile(
    r"(?:(?<![\w'’-])(?:[Tt]he[ \t]+)?)(?:(?![A-Z][a-z]+\.[ \t])[A-Z][\w.&-]*[ \t]+(?:of[ \t]+)?){0,3}[A-Z][\w.&-]*[ \t]*(?:['’]s|(?<=s)[ \t]*['’])[ \t]+$"
)
_ARTICLE = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+$")
_PREMODIFIER = re.compile(r"(?<![\w'’-])(\d+-stock|[a-z]+(?:-[a-z]+)*)[ \t]+$")


def _index_end(text: str, end: int) -> int:
    """``end`` moved over an index noun after the name and the words of its name before it ("the
    Nasdaq| composite index", "the S&P 500| index", "the Nikkei| stock average"); unchanged when no
    index noun (``en/market_index_heads``) ends the words, or when a noun of a session of trading
    follows them (``en/exchange_trading_nouns``: "in Nasdaq composite trading")."""
    heads = word_set("en", "market_index_heads")
    inner = word_set("en", "index_average_words") | heads
    pos, best = end, end
    for _ in range(3):
        m = _INDEX_TAIL_WORD.match(text, pos)
        if m is None:
            break
        word = m.group(1).lower()
        if not (word in inner or word.endswith("-stock")):
            break
        pos = m.end()
        if word in heads:
            best = pos
    after = _INDEX_TAIL_WORD.match(text, best)
    if after is not None and after.group(1).lower() in word_set("en", "exchange_trading_nouns"):
        return end  # "in Nasdaq composite trading": the exchange's session, not an index noun
    return best


def _index_start(text: str, start: int) -> int:
    """``start`` moved back over the modifiers of an index's name (``en/index_premodifiers``, a
    hyphenated word in lower case or a count of stocks: "blue-chip", "tech-heavy", "30-stock") to
    the article or the possessor before them ("the broader", "Tokyo 's benchmark"); unchanged when
    neither comes before."""
    listed = word_set("en", "index_premodifiers")
    pos = start
    for _ in range(3):
        m = _PREMODIFIER.search(text, max(0, pos - 40), pos)
        if m is None or not (m.group(1) in listed or "-" in m.group(1)):
            break
        pos = m.start()
    if (art := _ARTICLE.search(text, max(0, pos - 5), pos)) is not None:
        return art.start()
    if (owner := _POSSESSOR.search(text, max(0, pos - 60), pos)) is not None:
        return owner.start()
    return start


def index_phrase(text: str, start: int, end: int) -> tuple[int, int]:
    """The noun phrase of the English stock market index named at ``[start, end)``, as MEANTIME
    annotates it: with the article or the possessor before it and the modifiers between ("[the
    blue-chip Dow]", "[Tokyo 's benchmark Nikkei 225 average]", "[London's FTSE 100 index]"), and
    the index noun after it ("[the tech-heavy Nasdaq composite index]", "[the Standard & Poor's
    500-stock index]"). A name already opened by its article is only widened to the right. Only an
    index's noun phrase is widened to the left: a name that ``market_indices.tsv`` knows, that an
    index noun ends ("Hang Seng Index") or that an index noun follows; a market named for its street or an exchange ("Wall Street", kg's FIN for
    the market) may modify another noun, whose article it does not take ("even the [Wall Street]
    analysts"), and so does an index's name that a noun of trading or of a holding follows ("the
    [Nasdaq] trading halt", "the [Dow] stocks": ``en/exchange_trading_nouns``,
    :func:`modified_noun_after`)."""
    from kg.extract.products import index_kind, modified_noun_after

    new_end = _index_end(text, end)
    if re.match(r"[Tt]he[ \t]", text[start : start + 4]):
        return start, new_end
    words = text[start:end].split()
    heads = word_set("en", "market_index_heads") | word_set("en", "index_average_words")
    if new_end == end and not index_kind(text[start:end]) and not (len(words) > 1 and words[-1].casefold() in heads):
        return start, end
    after = _INDEX_TAIL_WORD.match(text, new_end)
    if new_end == end and (
        (after is not None and after.group(1).lower() in word_set("en", "exchange_trading_nouns")) or modified_noun_after(text, end)
    ):
        return start, end  # "the [Nasdaq] trading halt", "the [Dow] stocks": the article is the noun's
    return _index_start(text, start), new_end


# A possessive between the possessor's name and the name it owns: "'s" (apart from the word in
# tokenised text: "Japan 's Toyota"), or a bare apostrophe after a plural ("Airbus ' Delivery
# Center"); no other word between.
_POSSESSIVE_GAP = re.compile(r"[ \t]*(?:['’]s|['’])[ \t]+")


def possessor_start(text: str, start: int, owners: Iterable[tuple[int, int]]) -> int:
    """The start of the possessor among ``owners`` that the name at ``start`` follows through a
    possessive ("[Japan] 's Toyota", "[Apple]'s iTunes"), with the article before the possessor
    ("[the United Kingdom 's Royal Air Force]"), for a corpus that annotates the name with its
    possessor (MEANTIME: "the United Kingdom 's Royal Air Force", "Boeing 's 747"); ``start`` when
    none. Only the owners ending within :data:`_MAX_GAP` characters before the name are looked at,
    so a caller may pass them all."""
    for a, b in owners:
        if start - _MAX_GAP <= b < start and (gap := _POSSESSIVE_GAP.fullmatch(text, b, start)) is not None and gap.end() == start:
            if "s" not in gap.group() and text[b - 1 : b] not in ("s", "S"):
                continue  # a bare apostrophe after a name that ends in no "s" closes a quotation ("the 'Acme' Zephra")
            if (art := _ARTICLE.search(text, max(0, a - 5), a)) is not None:
                return art.start()
            return a
    return start


# The longest possessive between a possessor's name and the name it owns (" 's ", "'s", " ' ").
_MAX_GAP = 8


def owners_before(start: int, owners_by_end: Mapping[int, Sequence[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The spans of ``owners_by_end`` (spans by their end offset) that end within :data:`_MAX_GAP`
    characters before ``start``: the possessors :func:`possessor_start` may find, looked up in
    constant time whatever the number of mentions."""
    return [span for b in range(max(0, start - _MAX_GAP), start) for span in owners_by_end.get(b, ())]


# One or two lower-case words after a name, each a whole word (not the first part of a hyphenated
# one: "Heathrow airport-bound flights").
_HEAD_AFTER = re.compile(r"[ \t]+([a-z]+)(?![\w-])(?:[ \t]+([a-z]+)(?![\w-]))?")
# The word right before a name, on its line.
_WORD_BEFORE_NAME = re.compile(r"(?<![\w'’-])([A-Za-z]+|\d[\d,.]*)[ \t]+$")
# A capitalised word right after a noun: a name in apposition ("Boeing subsidiary Jeppesen").
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")


def _modifies_head(text: str, start: int, head_end: int, label: str) -> bool:
    """Whether the name at ``start`` modifies the noun ending at ``head_end`` rather than names the
    thing it stands for: after an indefinite determiner, a quantifier or a number (``en/coref_determiners``:
    "a [Chicago] airport", "another [GM] unit", "two [Boeing] subsidiaries"), or, for an
    organisation, before a name in apposition to the noun ("[Boeing] subsidiary Jeppesen", "[GM]
    unit Opel": the unit is the other name)."""
    before = _WORD_BEFORE_NAME.search(text, max(0, start - 24), start)
    if before is not None:
        word = before.group(1)
        lower = word.casefold()
        if word[:1].isdigit() or lower in number_map("en", "number_words") or word_map("en", "coref_determiners").get(lower) in ("indefinite", "quantifier"):
            return True
    return label == "ORG" and _NAME_AFTER.match(text, head_end) is not None


def name_phrase(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """The noun phrase of the English name at ``[start, end)`` whose common noun of the same thing
    comes right after it (``en/name_phrase_heads`` for ``label``: "Opel unit", "United Auto
    Workers union", "Heathrow airport"), with the article before the name ("[the United Auto
    Workers union]"), as MEANTIME annotates it; ``(start, end)`` when no such noun follows, when
    the name only modifies the noun (:func:`_modifies_head`: "a Chicago airport", "Boeing
    subsidiary Jeppesen"), or when "union" follows a name that is no union's
    (``en/union_name_words``: "the main [Airbus] union")."""
    heads = word_map("en", "name_phrase_heads")
    m = _HEAD_AFTER.match(text, end)
    if m is None:
        return start, end
    if m.group(2) and heads.get(f"{m.group(1)} {m.group(2)}") == label:
        head, new_end = f"{m.group(1)} {m.group(2)}", m.end(2)
    elif heads.get(m.group(1)) == label:
        head, new_end = m.group(1), m.end(1)
    else:
        return start, end
    if head in ("union", "unions"):
        words = text[start:end].split()
        if not words or words[-1].casefold() not in word_set("en", "union_name_words"):
            return start, end
    if _modifies_head(text, start, new_end, label):
        return start, end
    if (art := _ARTICLE.search(text, max(0, start - 5), start)) is not None:
        start = art.start()
    return start, new_end
