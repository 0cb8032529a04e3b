"""Quotations and their speaker, reporting verb, channel and addressee, from one parsed segment.

:func:`quotes_from_doc` finds direct quotations (between quotation marks) and indirect speech
("a déclaré que ...") and the subject of the reporting verb. Offsets are in full-document
coordinates (pass the segment's start as ``offset``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kg.knowledge.words import pair_map, rows, word_map, word_maps, word_set, word_sets
from kg.nlp.doccache import doc_text, token_starts
from kg.types import Quote, Span, Timex

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token
from kg.extract.arguments import (
    _adjunct_gerund,
    _arg_span,
    _clitic_subject,
    _controlled_subject,
    _event_time,
    _governing_verb,
    _incise_name,
    _inverted_subject,
    _is_reporting,
    _is_speaker,
    _local_timexes,
    _locution_noun,
    _matrix_of_misattached_conjunct,
    _name_after_honorific,
    _np_tokens,
    _own_subject,
    _sentence_bounds,
    _subject,
    _tokens_span,
    is_reporting_verb,
)
from kg.extract.memberships import (
    _is_person_token,
    _match_role,
    _person_run,
    _person_run_ending,
)
from kg.knowledge.lexicons import (
    TriggerLexicon,
    load_lexicon,
    load_roles,
)
from kg.nlp.grammar import (
    _NON_NAME_ENTS,
    _PASS_SUBJ,
    _SUBJ,
    _case_of,
    _complements,
    _ent,
    _is_imperative,
    _lemma,
    _present_participle,
)

__all__ = ["QuoteFrame", "frames_from_doc", "is_reporting_verb", "quotes_from_doc", "with_framed_quotes"]


# --------------------------------------------------------------------------------------------------
# Quotes
# --------------------------------------------------------------------------------------------------

_QUOTE_PAIRS = (("«", "»"), ("“", "”"), ("``", "''"), ("„", "“"))
_MIN_QUOTE_WORDS = 3


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
# A sentence-final mark and the end of its line: what comes after is another paragraph's.
_LINE_AFTER_END = re.compile(r"[.!?…][\"»”’)]*[^\S\n]*\n")


def _opens_next_paragraph(text: str, gap: re.Match[str], pos: int) -> bool:
    """Whether the opening mark at ``pos`` starts the paragraph right after ``gap``, the first break
    after a mark still open: the typographic convention of a quotation over several paragraphs,
    each opened anew and only the last one closed, so the open one ends with its paragraph."""
    return not text[gap.end() : pos].strip()


def _paired_marks(text: str, open_mark: str, close_mark: str) -> Iterator[tuple[int, int]]:
    """(open, close) positions of one kind of typographic quotation marks, nesting included.

    A closing mark closes the latest open one (« … « réelle » fraude … »). A mark never closed is
    dropped rather than paired with the close of a later quotation, which would invert every
    quotation after it: an opening mark after a paragraph break drops the marks still open before
    the break (“… tanker\n\nSmith said “…” … a stray ” later: the first mark is never closed, and
    a stray close paragraphs further on would otherwise make one quotation of everything between).
    A quotation over several paragraphs with no opening mark of its own kind inside stays whole;
    one whose paragraphs each open anew and only the last closes (“… ¶ “… ¶ “…”) is one
    quotation per paragraph.
    """
    marks = sorted(
        [(m.start(), True) for m in re.finditer(re.escape(open_mark), text)]
        + [(m.start(), False) for m in re.finditer(re.escape(close_mark), text)]
    )
    opened: list[int] = []
    for pos, is_open in marks:
        if is_open:
            if opened and (gap := _PARAGRAPH_BREAK.search(text, opened[-1], pos)):
                if len(opened) == 1 and _opens_next_paragraph(text, gap, pos):
                    yield opened[0], gap.start()
                opened.clear()
            opened.append(pos)
        elif opened:
            yield opened.pop(), pos


def _straight_side(text: str, i: int) -> str:
    """``open``, ``close`` or ``either`` for the straight double quote at ``i``, from its neighbours.

    Tokenised text puts spaces on both sides of every mark, so the side is often unknown.
    """
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = (before.isspace() or before in "([{—–-/") and not after.isspace()
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _paired_straight(text: str) -> Iterator[tuple[int, int]]:
    """(open, close) positions of straight double quotes.

    Marks pair in turn, except that a mark that can only open, found after a paragraph break
    while a quotation is open, shows the earlier mark was never closed; a mark that can only
    close while none is open is a stray.
    """
    open_at: int | None = None
    for m in re.finditer('"', text):
        i = m.start()
        side = _straight_side(text, i)
        if open_at is None:
            if side != "close":
                open_at = i
            continue
        if side == "open" and (gap := _PARAGRAPH_BREAK.search(text, open_at, i)):
            if _opens_next_paragraph(text, gap, i):
                yield open_at, gap.start()
            open_at = i
            continue
        yield open_at, i
        open_at = None


def _quote_spans(
    text: str, *, min_words: int = _MIN_QUOTE_WORDS
) -> list[tuple[int, int]]:
    """Inner character ranges of the quotations of ``text`` (marks excluded, whitespace trimmed)."""
    found: list[tuple[int, int]] = []
    for open_mark, close_mark in _QUOTE_PAIRS:
        for start, end in _paired_marks(text, open_mark, close_mark):
            found.append((start + len(open_mark), end))
    for start, end in _paired_straight(text):
        found.append((start + 1, end))
    out: list[tuple[int, int]] = []
    for start, end in sorted(set(found)):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if len(text[start:end].split()) < min_words:
            continue
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e in out):
            continue
        out.append((start, end))
    return out


def _speaker_of(verb: Token, inside: set[int]) -> Token | None:
    # The parser often leaves an inverted clitic ("», indique-t-il") as a plain dependent.
    subj = _subject(verb)
    if subj is not None and subj.i in inside:
        subj = None  # a word of the quotation the parser made the subject (« Il y a… », a expliqué X)
    if subj is not None and subj.i < verb.i and _own_subject(verb) is None:
        # « Dans le Var, les rafales « pourront atteindre 120 km/h » avertit Météo France »: the
        # subject the incise verb inherited from the verb it hangs on is no speaker when a name
        # follows it
        subj = _incise_name(verb, subj) or subj
    subj = subj or _inverted_subject(verb) or _clitic_subject(verb) or _adjunct_speaker(verb) or _paragraph_opening_name(verb)
    if subj is not None and subj.i not in inside:
        return subj
    return None


def _paragraph_opening_name(verb: Token) -> Token | None:
    """The name that opens the verb's paragraph when only its apposition, set off by commas, and
    the verb's auxiliaries and adverbs lie between (« Marie Roux, porte-parole de la SNCF, a
    confirmé que … »): its subject, which the parser hung on the sentence of the paragraph before
    when it ran the two together. Else None."""
    doc = verb.doc
    text = doc_text(doc)
    start = text.rfind("\n", 0, verb.idx) + 1
    if start == 0:
        return None  # the first paragraph: the parse has no earlier sentence to run into
    first = next((t for t in doc[max(0, verb.i - 40) : verb.i] if t.idx >= start and not t.is_space), None)
    if first is None or not (_is_person_token(first) or _ent(first) == "ORG"):
        return None
    k = first.i
    while k < verb.i and (_is_person_token(doc[k]) or (_ent(doc[k]) == "ORG" and doc[k].ent_type_ == first.ent_type_)):
        k += 1
    rest = doc[k : verb.i]
    if not rest or rest[0].text != ",":
        return None
    commas = [t.i for t in rest if t.text == ","]
    if len(commas) != 2:
        return None  # an apposition of its own between two commas, nothing more
    if any(t.pos_ in ("VERB", "AUX") for t in doc[commas[0] + 1 : commas[1]]):
        return None  # "Marie Roux, who runs the depot, …": a clause, parsed already
    if any(t.pos_ not in ("AUX", "ADV", "PART") for t in doc[commas[1] + 1 : verb.i]):
        return None
    return doc[k - 1]


def _adjunct_speaker(verb: Token) -> Token | None:
    """The speaker of a reporting gerund with no subject of its own: the one a gerund after a
    preposition inherits ("justified it by saying", "quoted Djamal as saying"), or the writer of the
    medium a participle describes ("resigned in a letter stating": the subject of the verb the
    medium depends on)."""
    lang = verb.doc.lang_
    if _adjunct_gerund(verb):
        return _controlled_subject(verb, lang)[0]
    head = verb.head
    if verb.dep_ == "acl" and _present_participle(verb) and head.pos_ == "NOUN" and _channel_of_noun(head, lang):
        governor = _governing_verb(head)
        return _subject(governor) if governor is not None else None
    return None


@dataclass
class _QuoteRecord:
    """A quotation found in a parsed segment, in segment coordinates."""

    start: int
    end: int
    tokens: set[int]
    indirect: bool = False
    speaker: Token | None = None
    verb: Token | None = None


def _direct_quotes(doc: Doc, lang: str, lex: TriggerLexicon) -> list[_QuoteRecord]:
    """Direct quotations with the reporting verb and speaker (see :func:`quotes_from_doc`)."""
    text = doc_text(doc)
    starts = token_starts(doc)
    out: list[_QuoteRecord] = []
    for q_start, q_end in _quote_spans(text):
        lo = bisect.bisect_left(starts, q_start)
        hi = bisect.bisect_left(starts, q_end)
        inside = set(range(lo, hi))
        record = _QuoteRecord(q_start, q_end, inside)
        out.append(record)
        if not inside:
            continue
        speaker: Token | None = None
        verb: Token | None = None
        # 1. The verb that governs the quoted clause.
        for i in sorted(inside):
            tok = doc[i]
            head = tok.head
            if head.i in inside or head.i == tok.i or tok.is_punct:
                continue
            cur = head
            for _ in range(4):
                if _is_reporting(cur, lang, lex) and not _next_paragraph(text, q_end, cur, q_start) and not _closed_before(text, q_end, cur, inside, lang):
                    verb = verb or cur
                    speaker = _speaker_of(cur, inside)
                    if speaker is not None:
                        verb = cur
                    break
                if cur.head.i == cur.i:
                    break
                cur = cur.head
            if speaker is not None:
                break
        first = doc[min(inside)]
        s_start, s_end = _sentence_bounds(first)
        # Token offsets increase along the Doc, so the sentence's tokens are one slice of it.
        s_lo, s_hi = (
            bisect.bisect_left(starts, s_start),
            bisect.bisect_left(starts, s_end),
        )
        sent_toks = [doc[i] for i in range(s_lo, s_hi) if i not in inside]
        # A quotation of several sentences ends in the sentence of its reporting verb
        # ("« … français. Ma réputation … », indique-t-il"): the verb after it is looked for there.
        e_start, e_end = _sentence_bounds(doc[max(inside)])
        after_toks = sent_toks if (e_start, e_end) == (s_start, s_end) else [
            doc[i]
            for i in range(bisect.bisect_left(starts, e_start), bisect.bisect_left(starts, e_end))
            if i not in inside
        ]
        last = max(inside)
        nxt = next((t for t in doc[last + 1 : last + 4] if t.idx >= e_end), None)
        if nxt is not None and all(t.is_punct for t in doc[last + 1 : nxt.i]):
            # The parser ended the sentence with the quotation ("« … », lui avait dit X" read as
            # two sentences): the words right after it belong to the quote's sentence.
            n_end = _sentence_bounds(nxt)[1]
            after_toks = after_toks + [
                doc[i] for i in range(nxt.i, min(bisect.bisect_left(starts, n_end), nxt.i + 6))
            ]
        # 2. A reporting verb after the quote in its sentence: "« … », a dit X".
        if speaker is None:
            for tok in after_toks:
                if tok.i > max(inside) and _is_reporting(tok, lang, lex) and not _next_paragraph(text, q_end, tok) and not _closed_before(text, q_end, tok, inside, lang):
                    speaker = _speaker_of(tok, inside)
                    if speaker is not None:
                        verb = tok
                        break
        # 2b. French: any verb with an inverted subject clitic right after the quote and a comma is
        # its incise (« … », tente-t-il de corriger; « … », s'amuse-t-elle), even one no lexicon
        # lists as a verb of saying.
        if speaker is None and lang == "fr":
            incise = _incise_verb(doc, last)
            if incise is not None:
                # « tente-t-il de corriger »: the act of saying is the infinitive the verb governs
                said = next((c for c in incise.children if c.dep_ == "xcomp" and c.i > incise.i), incise)
                speaker, verb = _clitic_subject(incise), said
        # 3. A reporting verb before the quote: "X a déclaré : « … »".
        if speaker is None:
            for tok in reversed(sent_toks):
                if tok.i < min(inside) and _is_reporting(tok, lang, lex):
                    speaker = _speaker_of(tok, inside)
                    if speaker is not None:
                        verb = tok
                        break
        # 3b. A clause of no saying ending with a colon right before the quote, whose subject is a
        # person: "Smith was blunt: « … »", "The minister had a simple message: « … »".
        if speaker is None:
            speaker = _colon_clause_speaker(doc, text, q_start, min(inside), sent_toks)
        # 4. "selon X", "d'après X", "according to X".
        if speaker is None:
            for tok in sent_toks:
                if tok.i < min(inside) and tok.lower_.replace(
                    "’", "'"
                ) in word_sets("according_to").get(lang, ()):
                    target = tok.head if tok.dep_ in ("case", "fixed", "mwe") else None
                    if target is not None and target.dep_ == "fixed":
                        target = target.head
                    if target is None or target.pos_ not in (
                        "NOUN",
                        "PROPN",
                        "PRON",
                        "X",
                    ):
                        # English: "according to X" -> prep(according) -> prep(to) -> pobj X
                        for d in tok.subtree:
                            if d.dep_ == "pobj":
                                target = d
                                break
                    if (
                        target is not None
                        and target.i not in inside
                        and target.pos_ in ("NOUN", "PROPN", "PRON", "X")
                    ):
                        speaker = target
                        break
        record.speaker = speaker
        record.verb = verb
        if speaker is None and verb is None and len(out) > 1:
            previous = out[-2]
            if (
                previous.speaker is not None
                and _continues(doc, previous, record)
                # a verb of its own after it whose speaker the parse missed: not a continuation
                and not any(t.i > last and _is_reporting(t, lang, lex) and not _closed_before(text, q_end, t, inside, lang) for t in after_toks)
            ):
                # "« … », affirme-t-il. « Pour ma part, je … »": a quotation with no verb of its
                # own that follows one by the same speaker, with only that one's incise between
                record.speaker = previous.speaker
    return out


# Between a colon and the quotation it introduces: spaces and opening marks.
_COLON_BEFORE_QUOTATION = re.compile(r":[^\S\n]*(?:[«“\"][^\S\n]*)+$")


def _colon_clause_speaker(doc: Doc, text: str, q_start: int, first: int, sent_toks: Sequence[Token]) -> Token | None:
    """The speaker of a quotation that a clause with no verb of saying introduces with a colon in
    its sentence ("Smith was blunt: « We will fight »", "Le ministre a été clair : « … »"): the
    clause's subject, when it is a person (a name, a role noun, "he" or "she") and the clause opens
    the sentence. A thing ("The report was clear:") or a clause after another one says nothing."""
    if not _COLON_BEFORE_QUOTATION.search(text, max(0, q_start - 12), q_start):
        return None
    before = [t for t in sent_toks if t.i < first and not t.is_space]
    if len(before) < 2 or before[-1].text != ":" and not (before[-1].is_quote and any(t.text == ":" for t in before[-3:])):
        return None
    colon = next(t for t in reversed(before) if t.text == ":")
    clause = [t for t in before if t.i < colon.i]
    if not clause or any(t.text in (",", ";", ":") or t.is_quote for t in clause):
        return None  # "After the vote, Smith was blunt:" reads fine, but a list or a quote is another matter
    subjects = [t for t in clause if t.dep_ in ("nsubj", "nsubj:pass") and t.head.i < colon.i]
    if len(subjects) != 1:
        return None
    subj = subjects[0]
    if not _speaking_predicate(subj.head, doc.lang_.split("-")[0]):
        return None  # "The mayor arrived at the court:", "The senator left the chamber:" say nothing
    person = (
        subj.ent_type_ == "PERSON"
        or subj.lower_ in _person_pronouns(doc.lang_.split("-")[0] or "en")
        or _is_role_noun(subj)
    )
    return subj if person else None


def _speaking_predicate(pred: Token, lang: str) -> bool:
    """Whether the predicate of a clause before a colon introduces what its subject says: a copula
    with its complement ("Smith was blunt:", « Le ministre a été clair : ») or a verb whose object is
    a noun of saying (``message_nouns``: "had a simple message:"). A verb of another act ("arrived:",
    "left the chamber:") does not."""
    if any(c.dep_ == "cop" for c in pred.children):
        return True  # French and UD parses hang the copula on its complement
    if pred.lemma_.lower() == "be" and any(c.dep_ in ("acomp", "attr") for c in pred.children):
        return True
    said = word_sets("message_nouns").get(lang, frozenset())
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in said for c in pred.children)


def _person_pronouns(lang: str) -> frozenset[str]:
    """The personal pronouns of ``coref_pronouns`` that stand for a person only ("he", "she", « il »)."""
    if lang not in ("en", "fr"):
        return frozenset()
    return frozenset(r[0] for r in rows(lang, "coref_pronouns") if len(r) > 4 and r[1] == "personal" and r[4] == "PER")


def _closed_before(text: str, q_end: int, verb: Token, inside: set[int], lang: str) -> bool:
    """Whether an English quotation ends its own sentence with a full stop inside its marks and
    ``verb`` after it reports a clause of its own: '"Our mills cannot compete." The union said it
    would fight' is no quotation of the union's ('"…," the union said' would be). Not when the
    verb's subject is a third-person pronoun, who goes on speaking ('"They were magnificent
    tonight." He added that the team would rest': rvc28)."""
    return (
        lang == "en" and bool(inside) and verb.i > max(inside) and text[q_end - 1 : q_end] == "."
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
        and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" and "Prs" in c.morph.get("PronType") and "3" in c.morph.get("Person")
            for c in verb.children
        )
    )


def _next_paragraph(text: str, q_end: int, verb: Token, q_start: int | None = None) -> bool:
    """Whether a verb after a quotation is in a later paragraph: a quotation that ends its
    paragraph is not what the next paragraph's verb reports ("... ignored us for months."\n\nAcme
    said it regretted the strike": not Acme's words). Given the quotation's start, also whether a
    verb before it ends an earlier paragraph with its sentence, which the parse ran on into the
    quotation's (« Acme a annoncé la fermeture du site.\n\n« C'est douloureux », a déclaré X »:
    X's words, not Acme's); a paragraph ending on a colon introduces the quotation."""
    if verb.idx > q_end:
        return _PARAGRAPH_BREAK.search(text, q_end, verb.idx) is not None
    return q_start is not None and verb.idx < q_start and _LINE_AFTER_END.search(text, verb.idx, q_start) is not None


def _incise_verb(doc: Doc, last: int) -> Token | None:
    """The verb of a French incise right after a quotation: closing mark, comma, then a verb (with
    its reflexive or auxiliary) whose subject is an inverted clitic (« … », tente-t-il de …)."""
    i = last + 1
    while i < len(doc) and doc[i].is_punct and doc[i].text != ",":
        i += 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    for tok in doc[i + 1 : i + 4]:
        if tok.pos_ in ("VERB", "AUX") and _clitic_subject(tok) is not None:
            return tok
        if tok.pos_ not in ("PRON", "AUX") and not tok.text.endswith("'"):
            return None
    return None


def _whole_paragraph(text: str, record: _QuoteRecord) -> bool:
    """Whether a quotation is a paragraph on its own: only its marks and spaces between it and the
    paragraph breaks around it."""
    before = text[text.rfind("\n", 0, record.start) + 1 : record.start]
    after_end = text.find("\n", record.end)
    after = text[record.end : after_end if after_end >= 0 else len(text)]
    return not before.strip(" \t«“\"„") and not after.strip(" \t»”\".!?…")


def _continues(doc: Doc, previous: _QuoteRecord, record: _QuoteRecord) -> bool:
    """Whether only punctuation and the previous quotation's reporting incise (its verb, subject
    and auxiliaries) lie between two quotations of one paragraph, or of two paragraphs in a row
    when the later quotation is a paragraph of its own ("…," said Mayor Peter Coyle.¶"We will
    look at every option."): the journalist's convention for the same speaker going on."""
    text = doc_text(doc)
    gap = text[previous.end : record.start]
    if len(gap) > 240:  # an incise may name its speaker at length and say where
        return False
    if "\n" in gap and not _whole_paragraph(text, record):
        return False
    verb = previous.verb
    if verb is not None and verb.dep_ == "xcomp" and verb.head.i < verb.i:
        verb = verb.head  # « tente-t-il de corriger »: the incise is the whole verb group
    incise = {t.i for t in verb.subtree} if verb is not None else set()
    if previous.speaker is not None:
        incise |= {t.i for t in previous.speaker.subtree}  # the parser may hang the verb on "-il"
    incise -= previous.tokens
    starts = token_starts(doc)
    lo, hi = bisect.bisect_left(starts, previous.end), bisect.bisect_left(starts, record.start)
    return all(doc[i].is_punct or doc[i].is_space or i in incise for i in range(lo, hi))


def _que_clause(verb: Token) -> bool:
    """True when ``verb`` heads a complement clause introduced by "que" / "that"."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ != "mark" or child.lower_ not in word_set("xx", "complementisers"):
            continue
        prev = doc[child.i - 1].lower_ if child.i > 0 else ""
        if prev in word_set("xx", "complex_subordinators") or any(
            g.dep_ == "fixed" for g in child.children
        ):
            continue
        return True
    return False


def _has_mark(tok: Token, words: Iterable[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in words for c in tok.children)


def _complement_clauses(verb: Token, lang: str) -> list[Token]:
    """Heads of the reported clauses of a reporting verb: its ``ccomp`` ("a déclaré que …",
    "said it would exit"), or a "que" clause the parser hung elsewhere under the verb ("a affirmé
    dans un communiqué que …" parsed as a relative clause of "communiqué")."""
    out: list[Token] = []
    open_questions = word_sets("hypothetical_marks").get(lang, frozenset())
    for child in verb.children:
        dep = child.dep_
        if dep in _SUBJ or dep in _PASS_SUBJ:
            continue
        if dep == "ccomp":
            if not _has_mark(child, open_questions):
                out.append(child)
        elif dep in ("advcl", "obj", "dobj", "xcomp", "acl") and _que_clause(child):
            out.append(child)
        elif (
            dep == "prep"
        ):  # "said in a press release that …" parsed as a relative clause
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.extend(
                        g
                        for g in pobj.children
                        if g.dep_ in ("relcl", "acl", "ccomp") and _que_clause(g)
                    )
        elif child.pos_ in ("NOUN", "PROPN", "X") and dep.startswith(
            ("obl", "xcomp", "nmod", "iobj")
        ):
            out.extend(
                g
                for g in child.children
                if g.dep_ in ("acl:relcl", "acl", "ccomp") and _que_clause(g)
            )
    return out


def _clause_span(clause: Token) -> tuple[int, int] | None:
    """Character range of a reported clause, without its "que" / "that" and edge punctuation."""
    doc = clause.doc
    s_start, s_end = _sentence_bounds(clause)
    # a conjunct the parser hung on the clause but that shares the reporting verb's subject
    # ("said few trains would run and warned passengers") is no part of what is said
    cut = {t.i for c in clause.children if c.dep_ == "conj"
           and getattr(_matrix_of_misattached_conjunct(c), "i", None) == clause.head.i for t in c.subtree}
    cut |= {c.i for c in clause.children if c.dep_ == "cc" and cut and c.i < min(cut)}
    idx = sorted(t.i for t in clause.subtree if s_start <= t.idx < s_end and t.i not in cut)
    if not idx:
        return None
    lo, hi = idx[0], idx[-1]
    lo = _past_verb_adjuncts(clause, lo)
    while lo <= hi and (
        doc[lo].is_punct
        or doc[lo].is_space
        or (doc[lo].dep_ == "mark" and doc[lo].lower_ in word_set("xx", "complementisers"))
    ):
        lo += 1
    while (
        hi >= lo
        and (doc[hi].is_punct or doc[hi].is_space)
        and doc[hi].text not in ("»", "”", '"', ")")
    ):
        hi -= 1
    if hi < lo:
        return None
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _past_verb_adjuncts(clause: Token, lo: int) -> int:
    """Where a reported clause without "that" begins once the adjuncts between the reporting verb
    and the clause's subject are left out: the parser often hangs them on the clause ("said [on
    Wednesday] it had agreed"), but they date or place the saying, not what is said."""
    doc = clause.doc
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or lo == 0 or doc[lo - 1].i != clause.head.i:
        return lo
    moved = True
    while moved:
        moved = False
        for child in clause.children:
            if child.left_edge.i == lo and child.dep_ in ("prep", "npadvmod", "advmod") and child.right_edge.i < subject.left_edge.i:
                lo = child.right_edge.i + 1
                moved = True
                break
    return lo



def _indirect_quotes(
    doc: Doc, lang: str, lex: TriggerLexicon, direct: Sequence[_QuoteRecord]
) -> list[_QuoteRecord]:
    """Indirect speech: the complement clause of a reporting verb that holds no direct quotation."""
    quoted = [(r.start, r.end) for r in direct]
    out: list[_QuoteRecord] = []
    seen: set[tuple[int, int]] = set()
    from spacy.attrs import POS
    from spacy.parts_of_speech import VERB

    verbs = (
        [i for i, pos in enumerate(doc.to_array(POS).tolist()) if pos == VERB] if len(doc) else []
    )
    for i in verbs:
        verb = doc[i]
        if (
            verb.pos_ != "VERB"
            or verb.dep_ == "fixed"
            or not _is_reporting(verb, lang, lex)
            or _is_imperative(verb)  # the writer's "Rappelons que": nobody is reported
        ):
            continue
        if any(s <= verb.idx < e for s, e in quoted):
            continue  # reported speech inside a direct quotation
        clauses = _complement_clauses(verb, lang)
        if not clauses:
            unquoted = _unquoted_incise(verb, lang, quoted)
            if unquoted is not None and unquoted[:2] not in seen:
                seen.add(unquoted[:2])
                # « C'est grave », a réagi le maire: a short quotation in its marks is direct speech
                marked = doc_text(doc)[: unquoted[0]].rstrip()[-1:] in {o for o, _ in _QUOTE_PAIRS[:2]}
                out.append(_QuoteRecord(unquoted[0], unquoted[1], unquoted[2], indirect=not marked,
                                        speaker=_speaker_of(verb, unquoted[2]), verb=verb))
        for clause in clauses:
            bounds = _clause_span(clause)
            if bounds is None or bounds in seen:
                continue
            start, end = bounds
            if any(s < end and start < e for s, e in quoted):
                continue  # "a déclaré que « … »" is direct speech
            gap = doc_text(doc)[verb.idx + len(verb.text) : start] if start > verb.idx else doc_text(doc)[end : verb.idx]
            if _LINE_AFTER_END.search(gap):
                continue  # a clause the parser ran on into the next paragraph says nothing reported here
            if len(doc_text(doc)[start:end].split()) < 2:
                continue
            seen.add(bounds)
            tokens = {t.i for t in clause.subtree}
            out.append(
                _QuoteRecord(
                    start,
                    end,
                    tokens,
                    indirect=True,
                    speaker=_speaker_of(verb, tokens),
                    verb=verb,
                )
            )
    out.extend(r for r in _source_quotes(doc, lang, quoted) if (r.start, r.end) not in {(o.start, o.end) for o in out})
    return out


def _source_quotes(doc: Doc, lang: str, quoted: Sequence[tuple[int, int]]) -> list[_QuoteRecord]:
    """Unquoted statements that a source phrase of ``according_to`` opens or closes ("According to
    a police spokesman, the suspect was arrested", « Selon lui, la grève pourrait durer », "…,
    according to the ministry."): indirect speech whose speaker is the source's noun (a role noun
    keeps its complement, "police spokesman"; a pronoun is left to the integrator). A source that
    cannot speak (« selon les chiffres de l'Insee », "according to the study"), one in the middle
    of a sentence, or one whose statement holds a quotation, gives none."""
    sources = word_sets("according_to").get(lang, frozenset())
    text = doc_text(doc)
    out: list[_QuoteRecord] = []
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        # a sentence the parser ran over a paragraph break: only its first paragraph
        toks = [t for t in toks if "\n" not in text[toks[0].idx : t.idx]] if toks else toks
        if len(toks) < 5:
            continue
        words = [t.lower_.replace("’", "'") for t in toks]
        commas = [k for k, t in enumerate(toks) if t.text == ","]
        source: tuple[int, int] | None = None  # the source phrase's tokens (first, after last)
        statement: tuple[int, int] | None = None
        if _source_words(words, 0, sources):
            first_comma = next((k for k in commas if k > 1), None)
            if first_comma is not None and first_comma + 1 < len(toks) and "PronType=Rel" in str(toks[first_comma + 1].morph):
                # « Selon la police, qui a ouvert une enquête, le conducteur … »: the relative
                # clause says more of the source; the statement follows it
                first_comma = next((k for k in commas if k > first_comma + 1), None) if first_comma <= 8 else None
                if first_comma is not None:
                    source, statement = (0, first_comma), (first_comma + 1, len(toks))
            elif first_comma is not None and first_comma <= 8:
                source, statement = (0, first_comma), (first_comma + 1, len(toks))
                run = _person_run(doc, toks[first_comma + 1].i) if first_comma + 1 < len(toks) else None
                after = next((k for k, t in enumerate(toks) if run is not None and t.i == run[1]), len(toks))
                if after < len(toks) and toks[after].text == ",":
                    # « Selon son producteur, Michel Nouader, son état … »: the name in apposition speaks
                    source, statement = (first_comma + 1, after), (after + 1, len(toks))
        else:
            k = next((k for k in commas if _source_words(words, k + 1, sources)), None)
            if k is not None and k >= 3 and all(t.is_punct for t in toks[k + 2 :][-1:]) and not any(
                t.is_punct and t.text not in (".", "!", "?", "…") for t in toks[k + 2 : -1]
            ):
                source, statement = (k + 1, len(toks)), (0, k)
        if source is None or statement is None:
            continue
        head = _source_head(toks[source[0] : source[1]], sources)
        body = [t for t in toks[statement[0] : statement[1]] if not t.is_space]
        while body and body[-1].is_punct and body[-1].text in _FINAL_PUNCT:
            body.pop()  # the sentence's stop, never a closing "%" or bracket of the statement
        if head is None or not (_is_speaker(head) or _is_role_noun(head)):
            continue  # « selon les chiffres de l'Insee »: a document, nobody speaking
        if len(body) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in body):
            continue
        start, end = body[0].idx, body[-1].idx + len(body[-1].text)
        if any(s < end and start < e for s, e in quoted) or any(ch in text[start:end] for ch in "«»“”\""):
            continue
        out.append(_QuoteRecord(start, end, {t.i for t in body}, indirect=True, speaker=head))
    return out


# Punctuation that ends a sentence or a clause: what a statement loses at its end.
_FINAL_PUNCT = frozenset({".", "!", "?", "…", ",", ";", ":"})


def _source_words(words: Sequence[str], k: int, sources: frozenset[str]) -> bool:
    """Whether the words from ``k`` open a source phrase of ``according_to`` ("according", «
    selon », « d'après » split by the parser into « d' » and « après »). A word that the list
    writes only after an elided article (« d'après ») is no source on its own: « Après le maire,
    les élus ont pris la parole » tells when, not who says so."""
    if k >= len(words):
        return False
    if k + 1 < len(words) and words[k].endswith("'") and words[k] + words[k + 1] in sources:
        return True
    word = words[k]
    return word in sources and not any(s.endswith("'" + word) for s in sources)


def _source_head(toks: Sequence[Token], sources: frozenset[str]) -> Token | None:
    """The noun a source phrase names: the last noun of the first noun group after the source
    words, before any complement or clause of its own ("a police spokesman", « un porte-parole de
    la gendarmerie », "a spokeswoman for the airline": spokeswoman, "figures released by the
    ministry": figures; "the suspect's lawyer": lawyer). None when no noun group follows the source
    words (« selon qu'il pleuve ou non »: a condition, nobody speaking)."""
    head: Token | None = None
    for t in toks:
        word = t.lower_.replace("’", "'")
        if head is None and (t.pos_ == "ADP" or word in sources):
            continue  # "according to", « selon », « d' après »
        if t.dep_ == "poss" or t.tag_ == "POS":
            head = None  # "the suspect's lawyer", "his own account": the possessor is not the source
        elif t.pos_ in ("NOUN", "PROPN", "PRON"):
            head = t
        elif head is not None:
            break
        elif t.pos_ not in ("DET", "ADJ", "NUM"):
            return None
    return head


def _unquoted_incise(verb: Token, lang: str, quoted: Sequence[tuple[int, int]]) -> tuple[int, int, set[int]] | None:
    """What a French reporting verb set after a comma with its subject after it reports when no
    quotation marks enclose it (« La circulation a été rétablie vers midi, a indiqué la préfecture
    dans un communiqué »): the clause before the comma, as English "…, the police said" is read
    (issue 17, f37c). ``(start, end, tokens)`` of that clause, or None: a verb with no subject of
    its own after it (« Le maire a ouvert la séance, a rappelé le contexte » shares its subject),
    a clause of one word, or one inside a quotation."""
    if not lang.startswith("fr"):
        return None
    doc = verb.doc
    first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "expl:comp")])
    if first == 0 or doc[first - 1].text != ",":
        return None
    if verb.dep_ in ("parataxis", "conj") and verb.head.i < verb.i:
        head = verb.head  # the parser hangs the incise on the reported clause
    else:
        # « Les négociations reprendront lundi, a annoncé le ministre »: or the clause on the incise
        head = next((c for c in verb.children if c.dep_ in ("advcl", "parataxis") and c.i < first - 1
                     and c.pos_ in ("VERB", "AUX")), verb)
        if head is verb:
            return None
    if _inverted_subject(verb) is None and not any(
        c.i > verb.i and c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children
    ):
        return None  # no postposed subject: a coordinated act of the same subject
    inside = {t.i for t in verb.subtree} if head.i < verb.i and head is verb.head else set()
    tokens = {t.i for t in head.subtree if t.i < first - 1 and t.i not in inside}
    tokens = {i for i in tokens if i >= head.sent.start}
    if not tokens or min(tokens) != head.sent.start:
        return None  # the reported clause opens the sentence: « Selon X, … » and the like are not read
    if len([i for i in tokens if not doc[i].is_punct]) < 2:
        return None
    lo, hi = min(tokens), max(tokens)
    while hi >= lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    while lo <= hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    if hi < lo:
        return None
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    if any(s < end and start < e for s, e in quoted):
        return None  # « « … », a indiqué X »: direct speech, read with its marks
    clause = doc_text(doc)[start:end]
    closing = {c for _, c in _QUOTE_PAIRS[:2]}
    if hi + 1 < len(doc) and doc[hi + 1].text in closing and clause.count("«") + clause.count("“") > clause.count("»") + clause.count("”"):
        # « La mesure est « injuste », a déclaré X »: the clause ends with its quoted word's mark
        hi += 1
        end = doc[hi].idx + len(doc[hi].text)
        clause = doc_text(doc)[start:end]
    if "\n" in doc_text(doc)[start : doc[first].idx] or any(clause.count(o) != clause.count(c) for o, c in _QUOTE_PAIRS[:2]):
        # « La direction a annoncé la fermeture.\n\n« C'est inacceptable », a dénoncé X »: the
        # parser ran the clause of the paragraph before into a quotation too short to be read as
        # one, which the incise reports (that quotation, not the clause); a word in quotation marks
        # inside the clause is no such quotation (« La mesure est « injuste », a estimé le syndicat »)
        return _closing_quotation(doc, start, end, {i for i in tokens if lo <= i <= hi})
    return start, end, {i for i in tokens if lo <= i <= hi}


def _closing_quotation(doc: Doc, start: int, end: int, tokens: set[int]) -> tuple[int, int, set[int]] | None:
    """The quotation in marks that closes the clause ``start``..``end`` an incise reports, when it
    opens after the clause's last paragraph break and holds two words at least (« … client.\n\n
    « C'est grave », a réagi le maire »: « C'est grave »), too short for :func:`_quote_spans`;
    ``(start, end, tokens)`` of its words inside the marks, or None."""
    text = doc_text(doc)
    clause = text[start:end]
    for open_mark, close_mark in _QUOTE_PAIRS[:2]:
        opening = clause.rfind(open_mark)
        if not clause.endswith(close_mark) or opening < 0 or "\n" in clause[opening:]:
            continue
        inner_start, inner_end = start + opening + len(open_mark), end - len(close_mark)
        while inner_start < inner_end and text[inner_start].isspace():
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1].isspace():
            inner_end -= 1
        inside = {i for i in tokens if inner_start <= doc[i].idx < inner_end}
        if len(text[inner_start:inner_end].split()) < 2 or not inside:
            return None
        return inner_start, inner_end, inside
    return None


def _channel_of_noun(tok: Token, lang: str) -> str | None:
    lemma = _lemma(tok)
    for child in tok.children:
        if child.dep_ in ("nmod", "compound", "nn", "amod") or child.dep_.startswith(
            "nmod"
        ):
            value = pair_map("xx", "channel_compounds").get((lemma, _lemma(child)))
            if value is not None:
                return value
        if child.dep_ == "prep" and child.lower_ in ("on", "de"):
            for g in child.children:
                value = pair_map("xx", "channel_compounds").get((lemma, _lemma(g)))
                if value is not None:
                    return value
    return word_maps("channels").get(lang, {}).get(lemma)


def _nominal_dependents(verb: Token) -> Iterator[Token]:
    """Nominal dependents of a verb other than its subject and its complement clause, through
    English prepositions ("in a statement" -> "statement")."""
    for child in verb.children:
        dep = child.dep_
        if (
            dep in _SUBJ
            or dep in _PASS_SUBJ
            or dep in ("ccomp", "mark", "punct", "aux", "cc")
        ):
            continue
        if dep in ("prep", "agent", "dative") and child.pos_ == "ADP":
            for g in child.children:
                if g.dep_ in ("pobj", "pcomp"):
                    yield g
        elif child.pos_ in ("NOUN", "PROPN", "X", "PRON"):
            yield child


def _channel(verb: Token, lang: str) -> tuple[str | None, Token | None]:
    """The medium of a statement and the noun naming it: "dans une lettre", "in a statement",
    "sur Twitter", "tweeted"."""
    for noun in _nominal_dependents(verb):
        prep = _case_of(noun)
        if prep and prep not in word_set("xx", "channel_prepositions"):
            continue
        value = _channel_of_noun(noun, lang)
        if value is None:
            for child in noun.children:  # "dans un message publié sur Twitter"
                if child.dep_.startswith(("nmod", "acl")) or child.dep_ == "prep":
                    for g in [child, *child.children]:
                        if g.pos_ in ("NOUN", "PROPN", "X"):
                            value = _channel_of_noun(g, lang)
                            if value is not None:
                                break
                if value is not None:
                    break
        if value is not None:
            return value, noun
    value = word_map("xx", "channel_verbs").get(_lemma(verb))
    if value is not None:
        return value, None
    # A medium the parser hung elsewhere in the reporting clause ("a déclaré le PDG du groupe
    # dans un entretien à …": "entretien" under the inverted subject), outside reported clauses.
    skip: set[int] = set()
    for child in verb.children:
        if child.dep_ in ("ccomp", "parataxis") or child.dep_.startswith("advcl"):
            skip.update(t.i for t in child.subtree)
    for tok in verb.subtree:
        if tok.i in skip or tok.pos_ not in ("NOUN", "PROPN") or tok.i == verb.i:
            continue
        prep = _case_of(tok)
        governor = _governing_verb(tok)
        if prep in word_set("xx", "channel_prepositions") and governor is not None and governor.i == verb.i:
            value = _channel_of_noun(tok, lang)
            if value is not None:
                return value, tok
    return None, None


def _addressee_candidate(tok: Token, lang: str) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN", "PRON", "X"):
        return False
    if tok.ent_type_ in ("DATE", "TIME") or _lemma(tok) in word_set("xx", "temporal_words"):
        return False
    if _ent(tok) == "LOC" or _locution_noun(tok):
        return False  # « au cours de sa vidéo », « au sein du parti »
    return word_maps("channels").get(lang, {}).get(_lemma(tok)) is None


def _addressee(verb: Token, lang: str, channel_noun: Token | None) -> Token | None:
    """The addressee of a statement: "a déclaré à Axios", "told Reuters", "said to reporters",
    else the interviewer of "dans un entretien à X" / "in an interview with X"."""
    for child in verb.children:
        dep = child.dep_
        if (
            dep in _SUBJ
            or dep in _PASS_SUBJ
            or dep in ("ccomp", "mark", "punct", "aux", "cc")
        ):
            continue
        if lang == "en":
            if dep in ("dative", "iobj"):
                target = next((g for g in child.children if g.dep_ == "pobj"), child)
                if _addressee_candidate(target, lang):
                    return target
            elif dep == "dobj" and _lemma(verb) in word_set("en", "addressee_object_verbs"):
                if _addressee_candidate(child, lang):
                    return child
            elif dep == "prep" and child.lower_ == "to":
                for g in child.children:
                    if g.dep_ == "pobj" and _addressee_candidate(g, lang):
                        return g
        else:
            if dep == "iobj" and child.pos_ == "PRON":
                return child
            if _case_of(child) in ("à", "auprès") and _addressee_candidate(child, lang):
                return child
    if channel_noun is not None:
        for prep, head, kind in _complements(channel_noun):
            if (
                kind == "obl"
                and prep in ("à", "avec", "with", "to")
                and _addressee_candidate(head, lang)
            ):
                return head
        for child in channel_noun.children:  # "un entretien accordé au Monde"
            if child.dep_.startswith("acl") and child.pos_ == "VERB":
                for prep, head, kind in _complements(child):
                    if (
                        kind == "iobj" or (kind == "obl" and prep in ("à", "to"))
                    ) and _addressee_candidate(head, lang):
                        return head
    return None


def _is_role_noun(tok: Token) -> bool:
    """A role noun ("PDG", "porte-parole", "chief executive", "représentant") of ``roles.ttl``."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    roles = load_roles()
    doc = tok.doc
    candidates = [tok.i] + [
        c.i
        for c in tok.children
        if c.dep_ in ("amod", "compound", "nn") and c.i < tok.i
    ]
    for i in sorted(set(candidates)):
        match = _match_role(doc, i, roles)
        if match is not None and i <= tok.i < match[0]:
            return True
    return False


def _speaker_span(tok: Token | None, offset: int) -> Span | None:
    """Speaker mention: a person name ("Arvind Krishna" in "le PDG Arvind Krishna"), else the
    role noun phrase with its "de X" / "of X" / possessive complement ("représentant d'IBM", "The
    company's chief executive", "spokesperson for Boeing"), else the subject noun phrase."""
    if tok is None:
        return None
    doc = tok.doc
    titled = _name_after_honorific(tok)
    if titled is not None:
        return _tokens_span(doc, range(tok.i, titled + 1), offset)
    if _is_person_token(tok):
        back = _person_run_ending(doc, tok.i)
        lo = back[0] if back is not None else tok.i
        fwd = _person_run(doc, lo)
        hi = max(fwd[1] if fwd is not None else tok.i + 1, tok.i + 1)
        if back is not None or fwd is not None:
            return _tokens_span(doc, range(lo, hi), offset)
        return _arg_span(tok, offset)
    if tok.pos_ not in ("NOUN", "PROPN", "X"):
        return _arg_span(tok, offset)
    role = _is_role_noun(tok)
    for child in tok.children:  # a name in apposition: "le PDG Arvind Krishna"
        apposed = child.dep_ in ("appos", "flat:name", "flat", "compound", "nn") or (
            role and child.dep_.startswith("nmod") and not _case_of(child)
        )
        if apposed and child.i > tok.i and _is_person_token(child):
            run = _person_run(doc, child.i)
            if run is not None:
                return _tokens_span(doc, range(run[0], run[1]), offset)
    if role and tok.lang_.startswith("fr"):
        # « a reconnu son directeur général, Thierry Caron, lors de … »: the name set off by a comma
        # right after the role, which the parser hung elsewhere, is its apposition
        end = tok.right_edge.i
        if end + 2 < len(doc) and doc[end + 1].text == "," and _is_person_token(doc[end + 2]):
            run = _person_run(doc, end + 2)
            if run is not None and run[0] == end + 2:
                return _tokens_span(doc, range(run[0], run[1]), offset)
    if not role:
        return _arg_span(tok, offset)
    keep = {tok.i}
    for child in tok.children:
        dep = child.dep_
        if (dep in ("amod", "compound", "nn") and child.i < tok.i) or dep in (
            "poss",
            "nmod:poss",
        ):
            keep.update(t.i for t in child.subtree)
        elif dep.startswith("nmod") and _case_of(child) in (
            "de",
            "of",
            "chez",
            "for",
            "at",
        ):
            keep.update(_np_tokens(child))
            keep.update(
                c.i
                for c in child.children
                if c.dep_ in ("case", "det") and c.i < child.i
            )
        elif dep == "prep" and child.lower_ in ("of", "for", "at"):
            for g in child.children:
                if g.dep_ == "pobj":
                    keep.add(child.i)
                    keep.update(_np_tokens(g))
    return _tokens_span(doc, sorted(keep), offset)


# The quotations :func:`events_from_doc` found in the Doc it read last: (doc, lang, lexicon,
# records), for :func:`quotes_from_doc` on the same Doc, which takes them out.
_LAST_QUOTES: tuple[Doc, str, TriggerLexicon, list[_QuoteRecord]] | None = None


def _all_quotes(doc: Doc, lang: str, lex: TriggerLexicon, *, keep: bool = False) -> list[_QuoteRecord]:
    """Direct and indirect quotations of ``doc``, in text order.

    The pipeline runs :func:`events_from_doc` then :func:`quotes_from_doc` on each Doc, and both
    need these: the first keeps its result (``keep``) in a single slot, the second takes it and
    empties the slot (the records hold Tokens, hence the whole Doc and its parse: nothing should
    keep them longer; a cache in ``doc.user_data`` would also tie the Doc in a reference cycle).
    Callers must not modify the records.
    """
    global _LAST_QUOTES
    last = _LAST_QUOTES
    if last is not None and last[0] is doc and last[1] == lang and last[2] is lex:
        if not keep:
            _LAST_QUOTES = None
        return last[3]
    direct = _direct_quotes(doc, lang, lex)
    indirect = _indirect_quotes(doc, lang, lex, direct)
    records = sorted(direct + indirect, key=lambda r: (r.start, r.end))
    _LAST_QUOTES = (doc, lang, lex, records) if keep else None
    return records


def quotes_from_doc(
    doc: Doc, *, lang: str, offset: int = 0, lexicon: TriggerLexicon | None = None, timexes: Sequence[Timex] = ()
) -> Iterator[Quote]:
    """Yield the quotations of a segment, direct and indirect, in text order.

    Direct quotations (« … », “ … ”, "…", `` … ''; at least 3 words): the span covers the text
    between the marks. The speaker is the subject of the reporting verb that governs the quotation
    (``X a déclaré que « … »``), else of a reporting verb after it in the sentence (``« … », a dit
    X``), else before it (``X said: "…"``), else the complement of "selon" / "d'après" /
    "according to"; None when none is found.

    Indirect speech (``indirect=True``): the complement clause of a reporting verb ("a déclaré
    que …", "affirme que …", "said (that) …", "told X that …"), without its "que" / "that", when it
    holds no direct quotation.

    ``reporting`` is the reporting verb's token, ``addressee`` its "à X" / "told X" / "to X"
    complement (or the interviewer of "dans un entretien à X"), ``channel`` the medium in
    lower-case English ("letter", "tweet", "interview", "statement", "press release", "blog post",
    "television", ...). A role-noun speaker covers its complement ("le représentant d'IBM"), an
    apposed person name wins ("le PDG Arvind Krishna" -> "Arvind Krishna"); pronouns are returned
    as they are, for the integrator to resolve. ``time`` is the date of the reporting verb's own
    clause, read as an event's is (``timexes``, in document coordinates: « a jugé lundi que … »,
    « … », a confié mardi X »), for the statement the quotation stands for.
    """
    lang = lang.split("-")[0].lower()
    lex = lexicon or load_lexicon()
    local = _LocalTimexes(doc, timexes, offset)
    for record in _all_quotes(doc, lang, lex):
        yield _quote_of(record, doc, lang, offset, local)


class _LocalTimexes:
    """The dates of a Doc in its own coordinates, computed when first asked for."""

    def __init__(self, doc: Doc, timexes: Sequence[Timex], offset: int) -> None:
        self._doc, self._timexes, self._offset = doc, timexes, offset
        self._local: list[tuple[int, int, Timex]] | None = None

    def get(self) -> list[tuple[int, int, Timex]] | None:
        if not self._timexes:
            return None
        if self._local is None:
            self._local = _local_timexes(self._doc, self._timexes, self._offset)
        return self._local


def _quote_of(record: _QuoteRecord, doc: Doc, lang: str, offset: int, local: _LocalTimexes) -> Quote:
    """The :class:`Quote` of a record: its speaker's mention, its verb's channel, addressee and date."""
    text = doc_text(doc)
    verb = record.verb
    channel: str | None = None
    addressee: Token | None = None
    time: Timex | None = None
    if verb is not None:
        channel, channel_noun = _channel(verb, lang)
        addressee = _addressee(verb, lang, channel_noun)
        if addressee is not None and addressee.i in record.tokens:
            addressee = None
        dates = local.get()
        if dates is not None:
            time = _event_time(verb, dates, lang)
    return Quote(
        span=Span(
            offset + record.start,
            offset + record.end,
            text[record.start : record.end],
        ),
        speaker=_speaker_span(record.speaker, offset),
        reporting=None
        if verb is None
        else Span(offset + verb.idx, offset + verb.idx + len(verb.text), verb.text),
        indirect=record.indirect,
        channel=channel,
        addressee=_entity_or_arg_span(addressee, offset),
        time=time,
    )


# --------------------------------------------------------------------------------------------------
# Quotations framed in another segment
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteFrame:
    """The words around a quotation that a language segment cut off from it: an incise that opens
    a segment right after the quotation (« « Free accounts will lose links », a écrit le
    milliardaire », '“Nous ne céderons pas,” the minister said'), or the clause that closes a
    segment right before it (« Il a écrit : « We are closing … » »). ``at`` is where the frame
    touches the quotation (the start of the incise, the end of the clause), in document
    coordinates; ``quote`` holds the speaker, verb, channel, addressee and date, with an empty span
    at ``at``. ``until``, for an incise, is where its sentence ends: a quotation right after it with
    no frame of its own goes on with the same speaker (« « … », a affirmé la ministre. « Now we … » »)."""

    at: int
    after: bool
    quote: Quote
    until: int | None = None


def frames_from_doc(
    doc: Doc, *, lang: str, offset: int = 0, lexicon: TriggerLexicon | None = None, timexes: Sequence[Timex] = ()
) -> list[QuoteFrame]:
    """The frames of quotations outside a parsed segment (see :class:`QuoteFrame`): a reporting
    incise that opens it, a reporting clause ending with a colon or a comma that closes it. Only
    a frame whose reporting verb has a speaker is given; :func:`with_framed_quotes` keeps those a
    quotation actually touches."""
    lang = lang.split("-")[0].lower()
    lex = lexicon or load_lexicon()
    local = _LocalTimexes(doc, timexes, offset)
    out: list[QuoteFrame] = []
    opening = _opening_incise(doc, lang, lex)
    if opening is not None:
        verb, speaker = opening
        record = _QuoteRecord(0, 0, set(), speaker=speaker, verb=verb)
        until = offset + verb.sent.end_char
        out.append(QuoteFrame(offset + doc[0].idx, True, _quote_of(record, doc, lang, offset, local), until))
    closing = _closing_frame(doc, lang, lex)
    if closing is not None:
        verb, speaker = closing
        end = len(doc_text(doc).rstrip())
        record = _QuoteRecord(end, end, set(), speaker=speaker, verb=verb)
        out.append(QuoteFrame(offset + end, False, _quote_of(record, doc, lang, offset, local)))
    return out


# How far into its segment the verb of an incise may lie (« », a finalement écrit mardi soir X »).
_INCISE_REACH = 8


def _opening_incise(doc: Doc, lang: str, lex: TriggerLexicon) -> tuple[Token, Token] | None:
    """The reporting verb and speaker of an incise that opens ``doc`` (« , a écrit le milliardaire »,
    « , écrit-il », ", the minister said", "said Jane Roe"): only punctuation, the verb's auxiliaries,
    adverbs and its subject come before the verb."""
    first = next((t.i for t in doc if not (t.is_punct or t.is_space)), None)
    if first is None:
        return None
    sent_end = doc[first].sent.end
    for tok in doc[first : min(first + _INCISE_REACH, sent_end)]:
        if not _is_reporting(tok, lang, lex):
            if tok.pos_ == "VERB":
                return None  # a clause of its own comes first: no incise
            continue
        speaker = _speaker_of(tok, set())
        if speaker is None:
            return None
        allowed = {t.i for t in speaker.subtree} | {c.i for c in tok.children if c.dep_.startswith("aux")}
        if all(t.i in allowed or t.is_punct or t.pos_ in ("ADV", "PRON", "AUX", "PART") for t in doc[first : tok.i]):
            return tok, speaker
        return None
    return None


def _closing_frame(doc: Doc, lang: str, lex: TriggerLexicon) -> tuple[Token, Token] | None:
    """The reporting verb and speaker of the clause that ends ``doc`` with a colon or a comma, the
    quotation it introduces being in the next segment (« Il a écrit : », "She told reporters:")."""
    last = next((t for t in reversed(doc) if not t.is_space), None)
    if last is None or last.text not in (":", ","):
        return None
    for tok in reversed(doc[last.sent.start : last.i]):
        if not _is_reporting(tok, lang, lex):
            continue
        # the verb's clause runs to the mark: nothing after it is another clause's
        if tok.right_edge.i < last.i - 1 and not any(
            c.i == last.i for c in tok.children
        ):
            return None
        speaker = _speaker_of(tok, set())
        return (tok, speaker) if speaker is not None else None
    return None


# What may lie between a quotation and the incise after it (closing marks, a comma), and between
# the clause introducing it and the quotation (opening marks).
_AFTER_QUOTATION = re.compile(r"[^\S\n]*(?:[»”\"’,][^\S\n]*)*")
_BEFORE_QUOTATION = re.compile(r"[^\S\n]*(?:[«“\"][^\S\n]*)*")


def with_framed_quotes(text: str, quotes: Sequence[Quote], frames: Sequence[QuoteFrame]) -> list[Quote]:
    """The quotations of a document, each one that a segment boundary cut from its frame (see
    :class:`QuoteFrame`) given that frame's speaker, verb, channel, addressee and date.

    The quotation is read over the whole text, so one that started with its opening mark in an
    earlier segment (a first sentence read in the other language) is found whole; the segments'
    pieces of it with no speaker give way to it. A quotation that already has a speaker keeps it.
    """
    if not frames:
        return list(quotes)
    spans = _quote_spans(text)
    out = list(quotes)
    changed = False
    # where an incise's sentence ends and the speaker of the quotation it frames
    carried: list[tuple[int, Span]] = []
    for frame in frames:
        target: tuple[int, int] | None = None
        for s, e in spans:
            if frame.after and e <= frame.at and _AFTER_QUOTATION.fullmatch(text, e, frame.at):
                if any(c in "»”\"’" for c in text[e : frame.at]) and _open_to_incise(text, s, e, frame.at):
                    target = (s, e)
            elif not frame.after and s >= frame.at and _BEFORE_QUOTATION.fullmatch(text, frame.at, s):
                if any(c in "«“\"" for c in text[frame.at : s]):
                    target = (s, e)
                    break
        if target is None:
            continue
        s, e = target
        overlapping = [k for k, q in enumerate(out) if not q.indirect and q.span.start < e and s < q.span.end]
        if frame.until is not None:
            found = next((out[k].speaker for k in overlapping if out[k].speaker is not None), frame.quote.speaker)
            if found is not None:
                carried.append((frame.until, found))
        if any(out[k].speaker is not None for k in overlapping):
            continue
        framed = replace(frame.quote, span=Span(s, e, text[s:e]))
        same = next((k for k in overlapping if (out[k].span.start, out[k].span.end) == (s, e)), None)
        if same is not None:
            out[same] = framed
            changed = True
            continue
        inside = {k for k in overlapping if s <= out[k].span.start and out[k].span.end <= e}
        if len(inside) < len(overlapping):
            continue  # a quotation of a segment that runs past this one: marks paired otherwise
        out = [q for k, q in enumerate(out) if k not in inside] + [framed]
        changed = True
    for k, q in enumerate(out):
        speaker = None if q.speaker or q.reporting or q.indirect else _follow_on_speaker(text, q, carried)
        if speaker is not None:
            out[k] = replace(q, speaker=speaker)
            changed = True
    if changed:
        out.sort(key=lambda q: (q.span.start, q.span.end))
    return out


def _open_to_incise(text: str, start: int, end: int, at: int) -> bool:
    """Whether the quotation ``text[start:end]`` leaves its sentence open for the words at ``at``:
    a comma after its marks or at its end (« « … », a écrit X », '“Nous partons,” he said'), or a
    question or exclamation mark before a lower-case incise ('“Pourquoi ?” asked the CEO'). A
    quotation that ends with a full stop ends its sentence: '“La réforme sera votée.” The unions
    called a strike' is no incise of the unions."""
    if "," in text[end:at] or text[at : at + 80].lstrip()[:1] == ",":
        return True
    last = text[start:end].rstrip()[-1:]
    return last == "," or (last in ("?", "!") and text[at : at + 1].islower())


# After a quotation's closing marks, the comma of an incise of its own.
_OWN_INCISE = re.compile(r"[^\S\n]*(?:[»”\"’][^\S\n]*)*,")


def _follow_on_speaker(text: str, quote: Quote, carried: Sequence[tuple[int, Span]]) -> Span | None:
    """The speaker of a quotation with no frame of its own that starts right after the sentence of
    an incise framing an earlier one (« « The recession is behind us », a affirmé la ministre.
    « Now we must invest. » »: the minister's), as a segment reads it in one language; not when an
    incise of its own follows it, which names another speaker or none the parse found."""
    if _OWN_INCISE.match(text, quote.span.end):
        return None
    for until, speaker in carried:
        if until <= quote.span.start and _BEFORE_QUOTATION.fullmatch(text, until, quote.span.start) and any(
            c in "«“\"" for c in text[until : quote.span.start]
        ):
            return speaker
    return None


def _entity_or_arg_span(tok: Token | None, offset: int) -> Span | None:
    """The named entity a token belongs to (whole, even when the parser split it), else its noun
    phrase."""
    if tok is None:
        return None
    if tok.ent_type_ and tok.ent_type_ not in _NON_NAME_ENTS:
        for ent in tok.doc.ents:
            if ent.start <= tok.i < ent.end:
                return _tokens_span(tok.doc, range(ent.start, ent.end), offset)
    return _arg_span(tok, offset)
