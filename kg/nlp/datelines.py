"""Sentence breaks around a dateline and at paragraph breaks, set before the parser runs.

A news text often opens with its headline, a line holding only the date, then the first sentence
("Acme buys Beta\\nMay 2 , 2024\\nAcme Corp. today bought ..."). spaCy's parser runs the three lines
into one sentence and hangs the headline's object on the date ("buys [Beta May 2]"). A line made
only of a date (month and weekday names of ``months`` / ``weekdays``, numbers, commas and periods)
starts a sentence, and so does the line after it; the parser keeps boundaries set before it. One
pass over the tokens; nothing else of the parse is touched.

A new paragraph that opens on a fronted adverbial after a sentence that ends its line (a full
stop, a question or exclamation mark, an ellipsis or a closing quotation mark as a token of its
own) starts a sentence too (:func:`break_paragraphs`): the French parser otherwise runs it into the
sentence before (« …\n\nLundi, le président … »), hangs the weekday on the verb of the previous
paragraph and loses the subject of its own verb. An abbreviation (« M. » at the end of a line) is
one token and breaks nothing, except one that ends a sentence (« etc. »,
``sentence_final_abbreviations``); a line opening in lower case goes on with the sentence before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.knowledge.words import word_set, word_sets

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

COMPONENT = "kg_dateline_breaks"
PARAGRAPH_COMPONENT = "kg_paragraph_breaks"
HEADLINE_COMPONENT = "kg_headline_breaks"
FRONTED_DATE_COMPONENT = "kg_fronted_dates"
# A line ending on one of these announces what follows it (a list, a quotation, a clause).
_OPEN_ENDS = frozenset({",", ":", ";", "-", "–", "—", "«", "“", "(", "[", "&"})
_OPENING_QUOTES = frozenset({"«", "“", '"', "‘", "'"})
# The tokens that end a sentence at the end of a line.
_FINAL_MARKS = frozenset({".", "!", "?", "…", "»", "...", "”"})

#: The longest dateline read, in tokens ("Tuesday , May 2 , 2024" has 6).
_MAX_TOKENS = 8


def _date_words(lang: str) -> frozenset[str]:
    return word_set(lang, "months") | word_set(lang, "weekdays")


def _is_dateline(line: list[Token], words: frozenset[str]) -> bool:
    if not line or len(line) > _MAX_TOKENS:
        return False
    names = numbers = 0
    for tok in line:
        if tok.lower_.rstrip(".") in words:
            names += 1
        elif tok.is_digit:
            numbers += 1
        elif tok.text not in (",", "."):
            return False
    return names > 0 and numbers > 0


def _lines(doc: Doc) -> list[list[Token]]:
    lines: list[list[Token]] = [[]]
    for tok in doc:
        if "\n" in tok.text:
            lines.append([])
            continue
        if not tok.is_space:
            lines[-1].append(tok)
        if "\n" in tok.whitespace_:
            lines.append([])
    return [line for line in lines if line]


def _mark_starts(doc: Doc, starts: list[int], inside: Sequence[int] = ()) -> Doc:
    """Mark the tokens at ``starts`` as sentence starts, and those at ``inside`` as no sentence
    starts, all in one pass: spaCy's ``Token.is_sent_start`` setter scans the whole document for a
    parse each time it is set, so setting it once per break costs the breaks times the length of
    the text (review rv17j: 10 s on a 1 MB text)."""
    if not starts:
        return doc
    import numpy
    from spacy.attrs import SENT_START

    column = doc.to_array([SENT_START])
    column[starts] = 1
    if inside:
        column[list(inside)] = numpy.iinfo(column.dtype).max  # -1 read as a uint64: no start
    doc.from_array([SENT_START], column)
    return doc


def _fronted_phrase_tokens(line: list[Token], words: frozenset[str]) -> list[int]:
    """The tokens of a line that opens on a fronted adverbial (:func:`_fronted_adverbial`) after its
    first one, up to its first verb (the tagger's part of speech, set before the parser) and before
    any sentence-final mark: one sentence. Once its first token is marked a sentence start, the
    French parser otherwise cuts the date phrase into sentences of its own (« Mardi » | « soir » |
    « , à Bordeaux, le conseiller a annoncé … » after a headline), and its events lose their date.
    Empty when the line does not open on a fronted adverbial, and for a language other than French."""
    if not line or not line[0].lang_.startswith("fr") or not _fronted_adverbial(line, words):
        return []
    out: list[int] = []
    for tok in line[1:]:
        if tok.text in _FINAL_MARKS:
            break
        out.append(tok.i)
        if tok.pos_ in ("VERB", "AUX"):
            break
    return out


#: The dashes that close a dateline opening a line ("LONDON (Reuters) - …", AP's "_").
_DATELINE_DASHES = frozenset({"-", "—", "–", "--", "_"})
#: The longest dateline opening a line, in tokens ("WASHINGTON , D.C. , Oct. 19 ( Reuters ) -").
_MAX_INLINE_TOKENS = 14


def _inline_dateline_end(line: list[Token], words: frozenset[str]) -> int | None:
    """The index in ``line`` of the first word after a dateline that opens the line and runs into
    its first sentence ("LONDON, Oct 19 (Reuters) - Acme agreed …", "NEW YORK (AP) _ The …"): a
    place in capitals, then optionally a date and an agency in brackets, then a dash. A run of
    capitalised words is a dateline only in upper case, or with a date or an agency's bracket."""
    first = line[0]
    if not (first.is_alpha and first.text[:1].isupper()):
        return None
    upper = first.is_upper and len(first.text) >= 3
    dated = bracket = False
    depth = 0
    for j, tok in enumerate(line[:_MAX_INLINE_TOKENS]):
        text = tok.text
        if depth:
            if text == ")":
                depth -= 1
                bracket = True
            continue
        if text == "(":
            depth += 1
            continue
        if text in _DATELINE_DASHES and j > 0:
            # "UNICEF - The UN agency - warned": a dash closing the phrase after it makes it an
            # apposition of the name, not the story after a dateline
            closed = any(t.text in _DATELINE_DASHES for t in line[j + 1 : j + 8])
            if j + 1 < len(line) and (upper or dated or bracket) and not closed and (
                line[j + 1].text[:1].isupper() or line[j + 1].text[:1] in '"“'
            ):
                return j + 1
            return None
        if tok.lower_.rstrip(".") in words or tok.is_digit:
            dated = dated or tok.lower_.rstrip(".") in words
            continue
        if text in (",", ".", "/") or (tok.is_alpha or "." in text) and text[:1].isupper():
            continue
        return None
    return None


def break_datelines(doc: Doc) -> Doc:
    """Mark the first token of a dateline and of the line after it as sentence starts, and the
    first word after a dateline that opens a line and runs into its sentence."""
    words = _date_words(doc.lang_)
    lines = _lines(doc)
    starts: list[int] = []
    for k, line in enumerate(lines):
        if _is_dateline(line, words):
            starts.append(line[0].i)
            if k + 1 < len(lines):
                starts.append(lines[k + 1][0].i)
            continue
        after = _inline_dateline_end(line, words)
        if after is not None:
            starts.append(line[after].i)
    return _mark_starts(doc, starts)


def add_dateline_breaks(nlp: Language) -> None:
    """Put :func:`break_datelines` before the parser of ``nlp`` (once; no parser, nothing)."""
    from spacy.language import Language

    if COMPONENT in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT, func=break_datelines)
    nlp.add_pipe(COMPONENT, before="parser")


# Words a fronted date phrase may hold besides weekday and month names and numbers (« Le 3 mars, »,
# « Ce lundi, »).
_DATE_PHRASE_WORDS = frozenset({"le", "l'", "l’", "ce", "cet", "cette", "dès", "depuis", "jusqu'au", "au", "du", "soir", "matin"})


def _fronted_adverbial(line: list[Token], words: frozenset[str]) -> bool:
    """A line opening on a fronted adverbial: a date phrase set off by a comma (« Lundi, … », « Le 3
    mars, … »; not a dateline, « 27 août 2012. - … », whose parse French keeps), or a preposition
    (« Face à … », « Depuis … », « Selon … »), an adverb or a subordinating conjunction (« Quand
    … »), by the tagger's part of speech (set before the parser)."""
    first = line[0]
    for tok in line[:6]:
        if tok.text == ",":
            return tok.i > first.i
        if not (tok.lower_.rstrip(".") in words or tok.is_digit or tok.lower_ in _DATE_PHRASE_WORDS):
            break
    return first.pos_ in ("ADP", "ADV", "SCONJ") and first.lower_.rstrip(".") not in words and not first.is_digit


def break_paragraphs(doc: Doc) -> Doc:
    """Mark the first token of a line as a sentence start when the line before it ends with a
    sentence-final mark (:data:`_FINAL_MARKS`) and the line opens on a fronted adverbial
    (:func:`_fronted_adverbial`): the parse that ran the two together hung the adverbial on the verb
    of the sentence before. Other paragraphs keep the parse (a paragraph opening on its subject or
    a quotation is mostly parsed apart already, and a re-parse moved as many speakers as it found)."""
    words = _date_words(doc.lang_)
    # « …, les pistes cyclables, etc.\n\nLundi, … »: the abbreviation's period ends the sentence too
    final = _FINAL_MARKS | word_sets("sentence_final_abbreviations").get(doc.lang_, frozenset())
    lines = _lines(doc)
    opened = [
        line
        for before, line in zip(lines, lines[1:])
        # a line opening in lower case goes on with the sentence of the line before (« … de
        # « crise »\npour … », a text wrapped at a fixed width)
        if before[-1].lower_ in final and not line[0].text[:1].islower() and _fronted_adverbial(line, words)
    ]
    return _mark_starts(doc, [line[0].i for line in opened], [i for line in opened for i in _fronted_phrase_tokens(line, words)])


def break_headlines(doc: Doc) -> Doc:
    """Mark the first token of a paragraph as a sentence start when the line before it is a
    headline (:func:`_headline_before`)."""
    lines = _lines(doc)
    text = doc.text
    words = _date_words(doc.lang_)
    opened = [line for before, line in zip(lines, lines[1:]) if _headline_before(before, line, text)]
    # « Mardi soir, à Bordeaux, le conseiller … » under a headline: the fronted date stays in its sentence
    return _mark_starts(doc, [line[0].i for line in opened], [i for line in opened for i in _fronted_phrase_tokens(line, words)])


def add_headline_breaks(nlp: Language) -> None:
    """Put :func:`break_headlines` before the parser of ``nlp`` and, for French,
    :func:`join_fronted_dates` after it (once; no parser, nothing)."""
    from spacy.language import Language

    if HEADLINE_COMPONENT in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    if not Language.has_factory(HEADLINE_COMPONENT):
        Language.component(HEADLINE_COMPONENT, func=break_headlines)
    nlp.add_pipe(HEADLINE_COMPONENT, before="parser")
    if nlp.lang == "fr" and FRONTED_DATE_COMPONENT not in nlp.pipe_names:
        if not Language.has_factory(FRONTED_DATE_COMPONENT):
            Language.component(FRONTED_DATE_COMPONENT, func=join_fronted_dates)
        nlp.add_pipe(FRONTED_DATE_COMPONENT, after="parser")


def _date_phrase_word(tok: Token, words: frozenset[str]) -> bool:
    """A word a fronted date phrase is made of: a weekday or month name, a number, a word of
    :data:`_DATE_PHRASE_WORDS` (« soir », « matin », « le »)."""
    return tok.lower_.rstrip(".") in words or tok.is_digit or tok.lower_ in _DATE_PHRASE_WORDS


def join_fronted_dates(doc: Doc) -> Doc:
    """Hang a fronted date phrase the parser cut into sentences of its own back on the verb of the
    sentence it opens: under a headline, the French parser reads « Jeudi matin, à Lyon, les
    enseignants ont manifesté … » as « Jeudi matin » | « , à Lyon, les enseignants ont manifesté … »
    (or « Mardi » | « soir » | « , … »), and the events of the clause lose their date. A run of
    sentences on one line made only of date words (:func:`_date_phrase_word`), capitalised, right
    before a sentence of the same line that opens on a comma: the first one's root becomes an
    ``obl:mod`` of that sentence's root, the others' roots its ``nmod``. Nothing else is touched."""
    words = _date_words(doc.lang_)
    _join_weekday_after_verb(doc)
    _object_after_weekday(doc)
    _join_coordinated_opener(doc)
    sents = list(doc.sents)
    run: list[Span] = []
    for sent in sents:
        if run and sent[0].text == "," and not any("\n" in t.text or "\n" in t.whitespace_ for r in run for t in r):
            target = sent.root
            first = run[0].root
            for r in run:
                root = r.root
                if root.i == first.i:
                    root.head, root.dep_ = target, "obl:mod"
                else:
                    root.head, root.dep_ = first, "nmod"
            run = []
            continue
        words_only = all(_date_phrase_word(t, words) for t in sent if not t.is_space)
        if words_only and any(not t.is_space for t in sent) and (run or sent[0].text[:1].isupper()):
            run.append(sent)
        else:
            run = []
    return doc


def _join_coordinated_opener(doc: Doc) -> None:
    """« Élue en 2014 puis réélue en 2020, Mme Rolland préside … »: the French parser may end a
    sentence before a coordinating conjunction in lower case (« puis », « et ») and hang the
    second participle on the main verb, so the first one stands alone and the second one takes
    the main clause's subject as its own. A run of sentences of one line with no final mark
    (:data:`_FINAL_MARKS`) right before a sentence that opens on such a conjunction hung on an
    ``advcl`` of its root: the run's first root becomes that ``advcl`` of the root, the others' its
    ``nmod``, and the ``advcl`` its ``conj``. Nothing else is touched."""
    sents = list(doc.sents)
    run: list[Span] = []
    for sent in sents:
        first = sent[0]
        second = first.head
        if (
            run and first.pos_ == "CCONJ" and first.dep_ == "cc" and first.text.islower()
            and second.dep_ == "advcl" and second.head.i == sent.root.i and second.i > first.i
            and not any("\n" in t.text or "\n" in t.whitespace_ for r in run for t in r)
        ):
            top = run[0].root
            for r in run[1:]:
                r.root.head, r.root.dep_ = top, "nmod"
            top.head, top.dep_ = sent.root, "advcl"
            second.head, second.dep_ = top, "conj"
            run = []
            continue
        words = [t for t in sent if not t.is_space]
        if words and words[-1].text not in _FINAL_MARKS and words[-1].text not in _OPEN_ENDS:
            run = [*run, sent] if run or words[0].text[:1].isupper() else []
        else:
            run = []


def _join_weekday_after_verb(doc: Doc) -> None:
    """« Le juge a mis en examen jeudi deux anciens élus »: the French parser may end a sentence
    before a weekday in lower case that follows a verb's complement, and make the weekday the root
    of a sentence of its own with the object as its ``nmod``, so the verb loses its object and its
    date. A sentence that opens on a weekday in lower case and has it for root, right after a
    sentence of the same line whose last token is a word (no final mark, no punctuation) and whose
    root is a verb: the weekday becomes that verb's ``obl:mod`` (the object after it is then read
    as after any weekday). Nothing else is touched."""
    weekdays = word_set("fr", "weekdays")
    sents = list(doc.sents)
    for before, sent in zip(sents, sents[1:]):
        first = sent[0]
        if first.lower_ not in weekdays or not first.text.islower() or sent.root.i != first.i:
            continue
        last = doc[first.i - 1]
        if not last.is_alpha or "\n" in last.whitespace_ or before.root.pos_ != "VERB":
            continue
        first.head, first.dep_ = before.root, "obl:mod"


def _object_after_weekday(doc: Doc) -> None:
    """« Altéa a annoncé mercredi la suppression de 900 postes »: the French parser hangs the object
    after the weekday on the weekday (« suppression » its ``nmod``, and « de 900 postes » too), so
    the verb loses its object and the noun its complement. A weekday that is the ``obl:mod`` of a
    verb with no object of its own, followed right away by a determiner and a noun hung on it
    without a preposition: the noun becomes the verb's ``obj``, and the weekday's later complements
    the noun's. Nothing else is touched."""
    weekdays = word_set("fr", "weekdays")
    for tok in doc:
        if tok.dep_ != "obl:mod" or tok.lower_ not in weekdays or tok.head.pos_ != "VERB" or tok.i + 2 >= len(doc):
            continue
        verb, det = tok.head, doc[tok.i + 1]
        if det.pos_ != "DET" or det.head.i <= det.i or any(c.dep_ == "obj" for c in verb.children):
            continue
        noun = det.head
        if noun.head.i != tok.i or noun.pos_ != "NOUN" or not noun.dep_.startswith("nmod"):
            continue
        if any(c.dep_ == "case" for c in noun.children):
            continue  # « mardi à la mairie »: a complement, no object
        noun.head, noun.dep_ = verb, "obj"
        for child in [c for c in tok.children if c.i > noun.i and c.dep_.startswith("nmod")]:
            child.head = noun


def _headline_before(before: list[Token], line: list[Token], text: str) -> bool:
    """``line`` opens a paragraph after a line with no sentence-final mark and a blank line: a
    headline, a subheading or a caption, which the parser otherwise runs into the paragraph's first
    sentence ("Harbour authority fines firm\n\nThe Port Authority fined …" parses "The Port
    Authority" as an apposition of the headline's last noun and leaves "fined" without a subject).
    A line ending on a comma, a colon, a hyphen or an opening mark announces what follows; one
    opening on a lower-case letter goes on with it (checked by the caller)."""
    last, first = before[-1], line[0]
    if last.text in _FINAL_MARKS or last.text in _OPEN_ENDS:
        return False
    if not (first.text[:1].isupper() or first.text[:1].isdigit() or first.text in _OPENING_QUOTES):
        return False
    gap = text[last.idx + len(last.text) : line[0].idx]
    return gap.count("\n") >= 2 and not gap.strip()


def add_paragraph_breaks(nlp: Language) -> None:
    """Put :func:`break_paragraphs` before the parser of ``nlp`` (once; no parser, nothing)."""
    from spacy.language import Language

    if PARAGRAPH_COMPONENT in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    if not Language.has_factory(PARAGRAPH_COMPONENT):
        Language.component(PARAGRAPH_COMPONENT, func=break_paragraphs)
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
