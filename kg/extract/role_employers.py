"""English names read from the words around them (issue 21, n37b): the body named right before a
role and its holder ("Unite general secretary Sharon Graham", "Codelco Chairman Maximo Pacheco"),
which the model skips (a dictionary word, an unknown company) or reads as a place; a name of common
nouns that speaks ("Thames Water said"); a site's name before its lower-case noun ("King's Cross
station"); a long name coordinated with commas before its bracketed acronym ("The National Union of
Rail, Maritime and Transport Workers (RMT)")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.entities import Candidate
from kg.knowledge import institutions as inst
from kg.knowledge.gazetteer import default_gazetteer
from kg.knowledge.words import rows, word_map, word_set

if TYPE_CHECKING:
    from spacy.tokens import Doc

ROLE_EMPLOYER_EXTRACTOR = "rule:role-employer"
ROLE_EMPLOYER_EVIDENCE = "body before a role and its holder"

# The words before a person's name on its line, last word last.
_WORD = re.compile(r"[A-Za-z][\w&'’.-]*")
# What may stand between two words of the run: blanks only (a comma or a dash ends it).
_BLANKS = re.compile(r"[ \t]+")
# The longest role (en/company_roles, en/body_head_roles) in words.
_MAX_ROLE_WORDS = 4
# The longest body's name before a role, in words ("Royal Dutch Shell").
_MAX_NAME_WORDS = 3


@cache
def _roles() -> frozenset[str]:
    return word_set("en", "company_roles") | word_set("en", "body_head_roles")


@cache
def _openers() -> frozenset[str]:
    """Words that open a title before a role ("Acting chief executive", "Outgoing chairman",
    "Veteran spokesman", "Former chief executive"): en/title_premodifiers and en/former_words."""
    return word_set("en", "title_premodifiers") | word_set("en", "former_words")


@cache
def office_portfolios() -> frozenset[str]:
    """The words of ``en/portfolio_words`` that name a field of government and no party ("Health",
    "Finance"; not "Labour")."""
    return frozenset(row[0] for row in rows("en", "portfolio_words") if row[1:2] != ("party",))


@cache
def _lone_non_bodies() -> frozenset[str]:
    """Words that, alone before a role, name no body: en/role_body_stop_words and the portfolios of
    en/portfolio_words that name no party ("Health spokesman Wes Stirling", "Energy spokeswoman"),
    whereas "Labour spokesman" is the party's (rv n37b)."""
    return word_set("en", "role_body_stop_words") | office_portfolios()


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@cache
def _not_name_words() -> frozenset[str]:
    """Capitalised words that open a sentence or a title rather than a body's name ("The",
    "Former", "Acting", "Deputy"): spaCy's stop words, the words of titles (en/role_titles) and
    generic institution nouns ("Government spokesman")."""
    return _stop_words() | word_set("en", "role_titles") | word_set("xx", "generic_institution_nouns") | _openers()


def _words_before(text: str, end: int) -> list[re.Match[str]]:
    """The words right before ``end`` joined by blanks only, last one last (at most seven)."""
    words: list[re.Match[str]] = []
    at = end
    while len(words) < _MAX_ROLE_WORDS + _MAX_NAME_WORDS:
        gap = re.search(r"[ \t]+$", text[max(0, at - 8) : at])
        if gap is None:
            break
        at -= len(gap.group())
        word = re.search(r"[A-Za-z][\w&'’.-]*$", text[max(0, at - 40) : at])
        if word is None:
            break
        start = at - len(word.group())
        if start > 0 and not text[start - 1].isspace():
            break
        words.insert(0, _WORD.match(text, start, at))  # type: ignore[arg-type]
        at = start
    return words


def _place_or_nationality(surface: str) -> bool:
    """A place the gazetteer knows ("U.S.", "Chile"), or a run with a nationality or region
    adjective ("French Foreign", "German")."""
    if any(r.type == "LOC" for r in default_gazetteer().lookup(surface)):
        return True
    return any(inst.nationality_adjective(w) for w in surface.split())


def _body_before_role(text: str, start: int) -> tuple[int, int, str] | None:
    """The span of the body's name and the role before a person's name at ``start``, or None."""
    words = _words_before(text, start)
    roles = _roles()
    for size in range(min(_MAX_ROLE_WORDS, len(words) - 1), 0, -1):
        role = " ".join(w.group() for w in words[-size:]).casefold()
        if role not in roles:
            continue
        role_words = words[-size:]
        # a role written lower case, or wholly capitalised ("Chairman", "Chief Executive")
        if not (all(w.group().islower() for w in role_words) or all(w.group()[:1].isupper() for w in role_words)):
            return None
        name: list[re.Match[str]] = []
        for w in reversed(words[:-size]):
            if not w.group()[:1].isupper() or len(name) == _MAX_NAME_WORDS:
                break
            if w.group().casefold() in _not_name_words():
                # "The", "Former", "Acting" open the title; a title's or an institution's word
                # ("General Motors", "Government") is part of what names no body here.
                if w.group().casefold() not in _openers() and w.group().casefold() not in _stop_words():
                    return None
                break
            name.insert(0, w)
        if not name:
            return None
        a, b = name[0].start(), name[-1].end()
        surface = text[a:b].rstrip(".")
        b = a + len(surface)
        if _place_or_nationality(surface) or (len(name) == 1 and surface.casefold() in _lone_non_bodies()):
            return None
        # A single word opening its sentence that the text also writes in lower case is a common
        # word ("Group chief executive ...", "... the group. Group chief executive ...").
        opening = a == 0 or text[:a].rstrip()[-1:] in ".!?\n"
        if opening and len(name) == 1 and re.search(rf"(?<![\w-]){re.escape(surface.casefold())}(?![\w-])", text) is not None:
            return None
        return a, b, role
    return None


def employers_before_role_holders(candidates: Sequence[Candidate], text: str, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with the body named right before a role held at a body
    (``en/company_roles``, ``en/body_head_roles``) and its holder, a person's name of two words or
    more ("Unite general secretary Sharon Graham", "Codelco Chairman Maximo Pacheco"): a name the
    model missed is added as an organisation, one it read as a place or a person with nothing else
    to say so is typed one. A known place or nationality ("U.S. President Joe Biden", "French
    Foreign Minister", "German carmaker chief executive"), a stop word or a title's word ("Former
    chief executive"), and a name that overlaps another keep as they were."""
    if lang != "en":
        return list(candidates)
    out = list(candidates)
    for holder in candidates:
        if holder.label != "PER" or len(text[holder.start : holder.end].split()) < 2:
            continue
        found = _body_before_role(text, holder.start)
        if found is None:
            continue
        a, b, role = found
        evidence = f"{ROLE_EMPLOYER_EVIDENCE}: {role}"
        overlapping = [k for k, c in enumerate(out) if c.start < b and a < c.end]
        if not overlapping:
            if not _shortened_name(candidates, text, text[a:b]):
                out.append(Candidate(a, b, "ORG", ROLE_EMPLOYER_EXTRACTOR, evidence=(evidence,)))
            continue
        if len(overlapping) == 1:
            k = overlapping[0]
            c = out[k]
            if (c.start, c.end) == (a, b) and c.label in ("LOC", "PER") and c.record is None and c.institution is None and not c.evidence:
                out[k] = replace(c, label="ORG", evidence=(evidence,))
    return out


def _shortened_name(candidates: Sequence[Candidate], text: str, name: str) -> bool:
    """Whether ``name`` opens a longer organisation's name the text gives ("Kestrel" after "Kestrel
    Motors and Kestrel Bank"): a shortened name, which the names' resolution reads (or leaves
    unread when two bodies share it), no body of its own."""
    return any(
        c.label == "ORG" and c.end - c.start > len(name) and text[c.start : c.end].startswith(name + " ")
        for c in candidates
    )


PLACE_BEFORE_SITE_NOUN_EVIDENCE = "name before a site's noun"
# A blank and a lower-case word right after a name ("King's Cross [station]").
_LOWER_WORD_AFTER = re.compile(r"[ \t]+(?P<noun>[a-z]+)(?![\w-])")
# A determiner right before a name: "a Shell station", "the Everton stadium", "the Valero
# terminal" are a company's or a club's site; a place's own name takes none ("at Euston station").
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]n?|[Tt]he)[ \t]+$")


def places_before_site_nouns(candidates: Sequence[Candidate], text: str, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with a name the model typed an organisation or a person right before
    a site's common noun in lower case (``en/lower_site_nouns``: "King's Cross station", "St
    Pancras station", "Heathrow airport") typed a place. A name the gazetteer knows as a company
    ("a Shell station"), one in capitals (call letters), one after "a"/"an"/"the" ("the Everton stadium"), and a name the text
    or the gazetteer already typed (a record, an institution, evidence) keep their type."""
    if lang != "en":
        return list(candidates)
    nouns = word_set("en", "lower_site_nouns")
    out = []
    for cand in candidates:
        if cand.label in ("ORG", "PER") and cand.record is None and cand.institution is None and not cand.evidence:
            after = _LOWER_WORD_AFTER.match(text, cand.end)
            surface = text[cand.start : cand.end]
            if (
                after is not None
                and after.group("noun") in nouns
                and not surface.isupper()
                and _INDEFINITE_BEFORE.search(text[max(0, cand.start - 5) : cand.start]) is None
                and not any(r.type == "ORG" for r in default_gazetteer().lookup(surface))
            ):
                cand = replace(cand, label="LOC", evidence=(f"{PLACE_BEFORE_SITE_NOUN_EVIDENCE}: {after.group('noun')}",))
        out.append(cand)
    return out


SPEAKING_SERVICE_EVIDENCE = "common nouns speaking"
# Pronouns of a person in what a name says ("said [she] would appeal").
_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})


def _service_heads() -> frozenset[str]:
    return word_set("en", "service_name_heads") | word_set("en", "company_tail_words") | word_set("xx", "company_heads") | word_set("en", "organisation_name_heads")


def _person_title(word: str) -> bool:
    """Whether the lower-case ``word`` is a title written before a person's name ("constable",
    "mayor", "inspector", "mr"): en/role_titles, en/staff_titles, en/articled_person_titles,
    en/person_titles."""
    return (
        word in word_set("en", "role_titles")
        or word in word_set("en", "staff_titles")
        or word in word_set("en", "articled_person_titles")
        or word in word_map("en", "person_titles")
    )


def speaking_service_names(candidates: Sequence[Candidate], doc: Doc, text: str, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with the capitalised name of two or three words that is the subject
    of a verb of saying (``en/reporting_verbs``) and ends with the common noun of what a body runs
    ("Network Rail said", "Thames Water said", "Southern Railway said": ``en/service_name_heads``,
    a company's or an organisation's last word), or with a word the text writes in lower case
    elsewhere ("the mail was late ... Royal Mail said"): an organisation where the model found
    nothing, or typed the very name a person's with nothing else to say so. A name that opens
    with a given name (``xx/given_names``: "Jane Water said") or with a stop word, one the
    gazetteer knows, and one that overlaps another name keep as they were."""
    if lang != "en":
        return list(candidates)
    from kg.extract.entities import given_name_evidence

    verbs = word_set("en", "reporting_verbs")
    given = word_set("xx", "given_names")
    out = list(candidates)
    for verb in doc:
        if verb.lemma_ not in verbs or verb.pos_ not in ("VERB", "AUX"):
            continue
        for subject in verb.children:
            if subject.dep_ != "nsubj" or subject.i < 1:
                continue
            words = doc[subject.left_edge.i : subject.i + 1]
            if not 2 <= len(words) <= 3 or not all(w.is_alpha and w.text.istitle() for w in words):
                continue
            first, last = words[0].text.casefold(), words[-1].text
            if first in given or first in _stop_words() or given_name_evidence(words.text) is not None:
                continue
            # "Jane Water said she would appeal": what the name says of itself makes it a person.
            if any(t.lower_ in _PERSONAL_PRONOUNS for t in verb.subtree):
                continue
            a, b = words.start_char, words.end_char
            head = last.casefold() in _service_heads()
            lowered = re.search(rf"(?<![\w-]){re.escape(last.casefold())}(?![\w-])", text) is not None
            if not (head or lowered) or default_gazetteer().lookup(words.text):
                continue
            # "Constable Wood said ... the wood": a title before a surname that is a common word.
            if not head and _person_title(first):
                continue
            overlapping = [k for k, c in enumerate(out) if c.start < b and a < c.end]
            evidence = (f"{SPEAKING_SERVICE_EVIDENCE}: {last.casefold()}",)
            if not overlapping:
                out.append(Candidate(a, b, "ORG", ROLE_EMPLOYER_EXTRACTOR, evidence=evidence))
            elif len(overlapping) == 1 and head:
                c = out[overlapping[0]]
                if (c.start, c.end) == (a, b) and c.label == "PER" and c.record is None and c.institution is None and not c.evidence:
                    out[overlapping[0]] = replace(c, label="ORG", evidence=evidence)
    # "Ofwat fined Yorkshire Water. Yorkshire Water said ...": the same name, read as a person
    # where it does not speak, is the same body (rv n37b).
    bodies = {text[c.start : c.end]: c.evidence for c in out if c.evidence and c.evidence[0].startswith(SPEAKING_SERVICE_EVIDENCE)}
    return [
        replace(c, label="ORG", evidence=bodies[text[c.start : c.end]])
        if c.label == "PER" and text[c.start : c.end] in bodies and c.record is None and c.institution is None and not c.evidence
        else c
        for c in out
    ]


ACRONYM_NAME_EVIDENCE = "name up to its bracketed acronym"
# An acronym in brackets: "(RMT)", "(Usdaw)", "(ATF)".
# Tokenised copy writes blanks inside the brackets ("( RMT )").
_ACRONYM = re.compile(r"[ \t]*\([ \t]?(?P<acronym>[A-Z][A-Za-z]{1,7})[ \t]?\)")
# The words of a coordinated name: capitalised words, "of", "for", "and", "&", commas.
_NAME_RUN = re.compile(r"[ \t]*(?:[A-Z][\w'’-]*|of|for|and|&|,)(?:[ \t]*(?:,|[ \t](?:[A-Z][\w'’-]*|of|for|and|&)))*")


def _initials_hold(acronym: str, words: Sequence[str]) -> bool:
    """Whether the letters of ``acronym`` are, in order, initials of ``words`` (case aside):
    "RMT" of "National Union of Rail, Maritime and Transport Workers"."""
    initials = iter(w[0].casefold() for w in words if w[:1].isupper())
    return all(any(letter == i for i in initials) for letter in acronym.casefold())


def coordinated_names_before_acronyms(candidates: Sequence[Candidate], text: str, *, lang: str) -> list[Candidate]:
    """English: ``candidates`` with a long name that coordinates capitalised words with commas and
    "and" before its bracketed acronym ("The National Union of Rail, Maritime and Transport Workers
    (RMT)", "the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)"), which the model cut at
    a comma, as one organisation from the organisation that begins it to the bracket. The
    acronym's letters must be initials of the name's words in order; a second body after "and the"
    ("the Institute for Fiscal Studies and the Resolution Foundation"), a name the gazetteer knows
    inside, and a list that no organisation begins ("Maintenance, Repair and Overhaul (MRO)") keep
    as they were."""
    if lang != "en":
        return list(candidates)
    out = list(candidates)
    for first in candidates:
        if first.label != "ORG" or first.record is not None or first.institution is not None:
            continue
        run = _NAME_RUN.match(text, first.end)
        end = run.end() if run is not None else first.end
        end = first.end + len(text[first.end : end].rstrip(" \t,"))
        acronym = _ACRONYM.match(text, end)
        if acronym is None or end == first.end:
            continue
        tail = text[first.end : end]
        # The model may have cut after the comma as well as at it ("The Department of Health,
        # Education | and Welfare (HEW)").
        if not ((tail.lstrip(" \t").startswith(",") or "," in text[first.start : first.end]) and " and " in tail):
            continue
        words = text[first.start : end].split()
        if not _initials_hold(acronym.group("acronym"), [w.strip(",") for w in words if w.casefold() != "the" and w != ","]):
            continue
        inside = [k for k, c in enumerate(out) if first.start <= c.start and c.end <= end]
        if any(out[k].record is not None or out[k].label != "ORG" for k in inside if out[k] is not first):
            continue
        if any(c.start < end and first.start < c.end and not (first.start <= c.start and c.end <= end) for c in out):
            continue
        merged = Candidate(first.start, end, "ORG", first.extractor, evidence=(f"{ACRONYM_NAME_EVIDENCE}: {acronym.group('acronym')}",))
        out = [c for k, c in enumerate(out) if k not in set(inside)] + [merged]
    return out
