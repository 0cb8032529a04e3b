"""Capitalised common nouns of English headlines, which the model types as names.

A news text's first line is often its headline, in sentence case ("Carmaker seeks more aid") or in
Title Case ("Stocks Tumble As Oil Jumps", "Automaker Posts Loss"); a subheading may be in Title
Case too. There a common noun is capitalised by where it stands, and the model often reads it as
an organisation, a person or a place ("Carmaker", "Oil Jumps", "Union Rejects Contract"). Such a
candidate is no name when each of its words is a common word of the language (the pipeline's
dictionary of forms, :mod:`kg.nlp.wordforms`, or a word the text writes in small letters), the
gazetteer knows none of it, and the text never writes its words with a capital where no position
explains it ("the Union said", "Union Pacific said"): a name is said again in the body.

Only a one-word candidate opening the headline (a first line with text after it and no full stop
at its end), or a candidate inside a Title Case line, is read; one of its words must also be
written in small letters elsewhere ("Carmaker" ... "the carmaker", "Oil Jumps" ... "oil prices"):
the dictionary holds names too ("nasdaq"), and a place or a body of common words ("Wall Street",
"Supreme Court") is a name whatever its words are. A name the model ran on into the headline's
verb and object ("Senate Rejects Auto Bailout", "Automakers Ask Congress For Aid") is cut to the
name the body says again ("The Senate", "asked Congress").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kg.knowledge.gazetteer import default_gazetteer
from kg.knowledge.words import word_map, word_set
from kg.nlp.wordforms import is_dictionary_word, is_verb_lemma

__all__ = ["common_noun_in_headline", "common_word_opening_quote", "title_case_line", "title_case_name_span"]

_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
# Where a capital is explained by position: the start of the text, a line or a sentence, or an
# opening quotation mark or bracket right after one.
_POSITION_BEFORE = re.compile(r"(?:^|[\n.!?:][\s\"“‘'(]*)$")
_REACH = 6
# A headline or a subheading is short; a longer line is a sentence (and a long line is not read
# word by word for each of its candidates).
_MAX_TITLE_WORDS = 16
_MAX_TITLE_CHARS = 200
_NAME_LABELS = frozenset({"ORG", "PER", "LOC"})


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def function_words() -> frozenset[str]:
    """English function words (spaCy's stop words: "on", "as", "the"), which a headline writes
    with a capital but no name begins or ends with ("Stocks Fall On Wall Street As Oil Surges")."""
    return _stop_words()


def _line(text: str, start: int) -> tuple[int, int]:
    """The line holding offset ``start``."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    return a, len(text) if b < 0 else b


# A possessive ending that tokenised copy writes apart from its noun ("World 's").
_SPLIT_POSSESSIVE = re.compile(r"(?<=\s)['’]s(?![\w'’])")


def title_case_line(line: str) -> bool:
    """Whether ``line`` is written in Title Case: at least three words, at most
    :data:`_MAX_TITLE_WORDS`, every word but the short function words ("as", "of", "to")
    capitalised, not all in capitals, and no sentence's full stop at its end."""
    if len(line) > _MAX_TITLE_CHARS:
        return False
    # Tokenised copy writes a possessive apart ("World 's Largest Carmaker"): its "s" is no word.
    words = _WORD.findall(_SPLIT_POSSESSIVE.sub("", line))
    if not 3 <= len(words) <= _MAX_TITLE_WORDS or line.rstrip().endswith((".", ",", ";")):
        return False
    if all(w.isupper() for w in words):
        return False
    stop = _stop_words()
    return all(w[0].isupper() or _camel_case(w) for w in words if w.casefold() not in stop)


# A brand written with a small first letter and a capital inside ("iPhone", "eReader", "eBay"):
# a Title Case line writes it so, as the body does (issue 21, n38b).
_CAMEL = re.compile(r"[a-z]{1,2}[A-Z]")


def _camel_case(word: str) -> bool:
    """Whether ``word`` is a name written with a small first letter and a capital right after it
    ("iPhone", "eReader", "iOS"), which a Title Case line leaves as it is."""
    return _CAMEL.match(word) is not None


def _lowered(text: str) -> frozenset[str]:
    """The words ``text`` writes in small letters, without a full stop after them."""
    return frozenset(w.rstrip(".") for w in _WORD.findall(text) if w.islower())


def _unknown_run_body_words(text: str, start: int, end: int, words: Sequence[str],
                            line: tuple[int, int]) -> frozenset[str] | None:
    """The words the text writes in small letters outside the headline ``line``, or None when the
    gazetteer knows the run ``text[start:end]`` or one of its ``words`` (a place or a known name is
    no common word)."""
    gazetteer = default_gazetteer()
    if gazetteer.lookup(text[start:end]) or any(gazetteer.lookup(w) for w in words):
        return None
    return _lowered(text[: line[0]] + "\n" + text[line[1] :])


def _written_small(word: str, lowered: frozenset[str]) -> bool:
    """Whether the text writes ``word`` in small letters elsewhere, also in the singular or the
    plural ("Stocks" ... "stock prices", "Carmaker" ... "carmakers")."""
    key = word.casefold()
    forms = {key, key + "s", key + "es"}
    if key.endswith("s"):
        forms |= {key[:-1], key[:-2] if key.endswith("es") else key}
    return bool(forms & lowered)


def _common_word(word: str, lowered: frozenset[str]) -> bool:
    """Whether ``word`` is a common word: written in small letters elsewhere in the text, or a form
    of the dictionary, also once a regular inflection is taken off ("Jumps", "Estimates")."""
    key = word.casefold()
    if key in lowered or is_dictionary_word(key, "en"):
        return True
    stems = [key[:-1]] if key.endswith("s") else []
    if key.endswith("es"):
        stems.append(key[:-2])
    if key.endswith("ies"):
        stems.append(key[:-3] + "y")
    return any(len(s) > 2 and is_dictionary_word(s, "en") for s in stems)


def _capitalised_elsewhere(text: str, word: str, line: tuple[int, int]) -> bool:
    """Whether the text writes ``word`` with its capital outside ``line`` where no position
    explains it (inside a sentence, or first in a sentence before another capitalised word: "Union
    Pacific said"), outside Title Case lines."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text):
        if line[0] <= m.start() < line[1]:
            continue
        other = _line(text, m.start())
        if title_case_line(text[other[0] : other[1]]):
            continue
        if not _POSITION_BEFORE.search(text, max(0, m.start() - _REACH), m.start()):
            return True
        after = _WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
        if after is not None and after.group()[0].isupper():
            return True
    return False


def common_noun_in_headline(text: str, start: int, end: int, label: str | None, *, headline: bool) -> bool:
    """Whether the English candidate ``text[start:end]`` is a capitalised common noun of a headline
    or a Title Case line, no name (see the module's docstring). ``headline``: whether the text's
    first line is the document's headline (the text is its first segment)."""
    if label not in _NAME_LABELS:
        return False
    line = _line(text, start)
    if end > line[1]:
        return False
    words = _WORD.findall(text[start:end])
    title_case = title_case_line(text[line[0] : line[1]])
    before = _LAST_WORD.search(text, line[0], start)
    if title_case and label == "PER" and (_titled_verb(words) or (before is not None and _titled_verb([before.group(1), *words]))):
        return True  # "Judge Sentences Ex-Banker To 11 Years": a role and the headline's verb (n34a)
    if not words or any(not w[0].isupper() or w.isupper() or not w.isalpha() for w in words):
        return False  # an acronym, a number or a word in small letters: a name's
    if title_case and _verb_led_common_run(text, start, end, words, line):
        return True  # "Wildfires Force Evacuations": the headline's verb and object (n39b)
    # A headline has a text after it and is no sentence: "Nasdaq said it would buy X." is none.
    opening = headline and line[0] == 0 and text[:start].strip() == "" and len(words) == 1 and bool(text[line[1] :].strip())
    opening = opening and not text[line[0] : line[1]].rstrip().endswith((".", "!", "?"))
    if not (title_case or opening):
        return False
    lowered = _unknown_run_body_words(text, start, end, words, line)
    if lowered is None:
        return False
    # A function word inside the run is the headline's ("Coastal Towns Brace For Storm"; issue 21,
    # n28b): no common noun, nor a name's word to look for elsewhere.
    stop = _stop_words()
    inner = [0 < i < len(words) - 1 and w.casefold() in stop for i, w in enumerate(words)]
    if not all(skip or _common_word(w, lowered) for w, skip in zip(words, inner)):
        return False
    if not any(_written_small(w, lowered) for w in words):
        return False  # a dictionary word alone may be a name ("Nasdaq"): the text must write it small
    return not any(_capitalised_elsewhere(text, w, line) for w, skip in zip(words, inner) if not skip)


# The word right before a candidate on its line: "Judge " of "Judge Sentences Ex-Banker".
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t]+$")


# An opening quotation mark right before a word that the start of a sentence capitalises, "``" and
# a blank in tokenised copy.
_QUOTE_OPENING = re.compile(r"(?:^|[\n.!?:][ \t]*|[ \t])(?:[\"“‘]|``[ \t]?)$")


def common_word_opening_quote(text: str, start: int, end: int, label: str | None) -> bool:
    """Whether the one-word English candidate ``text[start:end]`` is a common word that opens a
    quotation at a sentence's start, no name ("\"Speech is the next big interface,\" he said"
    after "speech recognition software"; n34a): a word of the dictionary the text writes in small
    letters elsewhere and never with a capital where no position explains it, nor a name the
    gazetteer knows. The model reads such a quoted opening word as a company or a person."""
    if label not in _NAME_LABELS:
        return False
    word = text[start:end]
    if not word.isalpha() or not word[0].isupper() or word.isupper() or not _QUOTE_OPENING.search(text, max(0, start - 6), start):
        return False
    if not is_dictionary_word(word.casefold(), "en") or default_gazetteer().lookup(word):
        return False
    outside = text[:start] + "\n" + text[end:]
    if not _written_small(word, _lowered(outside)) or _counted_small(word, outside):
        return False
    return not _capitalised_elsewhere(text, word, (start, end))


def _counted_small(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` in small letters as a singular count noun, after a
    determiner of ``en/singular_count_determiners`` and at most two words ("a new frontier", "each
    shell"), and the head of its phrase, no small word but a function word after it (not "a speech
    recognition system"): a count noun opens a sentence bare only as a name ("\"Frontier is a
    low-cost carrier\""), where a mass noun opens one as itself ("\"Speech is the next big
    interface\"")."""
    determiners = "|".join(sorted(word_set("en", "singular_count_determiners")))
    pattern = rf"(?<![\w'’-])(?i:{determiners})[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}{re.escape(word.casefold())}(?![\w'’-])"
    for match in re.finditer(pattern, text):
        after = re.match(r"[ \t]+([a-z]+)", text[match.end() : match.end() + 30])
        if after is None or after.group(1) in function_words():
            return True
    return False


def _titled_verb(words: list[str]) -> bool:
    """Whether a Title Case line's "person", with the word before it, opens with a role's title
    (``en/role_titles``: "Judge", "Mayor") and the line's verb right after it ("Judge Sentences
    Ex-Banker", "Mayor Vetoes Budget"): a common noun, the headline's subject, and no name between
    them."""
    return len(words) >= 2 and words[0].casefold() in word_map("en", "role_titles") and _headline_verb(words[1])


@lru_cache(maxsize=4096)
def _headline_verb(word: str) -> bool:
    """Whether ``word`` is the present tense of a verb of an event or of speech, as a headline
    writes it after its subject ("Launches", "Meets", "Unveils", "Buys", "Says"): an "-s" form
    whose stem the trigger lexicon has as an English verb or ``en/reporting_verbs`` or
    ``en/headline_verbs`` lists ("Files", "Recalls", "Posts")."""
    from kg.knowledge.lexicons import load_lexicon

    key = word.casefold()
    if not key.endswith("s") or len(key) < 4:
        return False
    stems = {key[:-1]}
    if key.endswith("es"):
        stems.add(key[:-2])
    if key.endswith("ies"):
        stems.add(key[:-3] + "y")
    lexicon = load_lexicon()
    listed = word_set("en", "reporting_verbs") | word_set("en", "headline_verbs")
    return any(lexicon.lookup("en", stem, "VERB") or stem in listed for stem in stems)


@lru_cache(maxsize=4096)
def _base_headline_verb(word: str) -> bool:
    """Whether ``word`` is the base form of a verb of an event or of speech, as a headline writes
    it after a plural subject ("Bears Sign", "Celtics Beat", "Workers Ratify"): a verb of the
    trigger lexicon, of ``en/reporting_verbs`` or of ``en/headline_verbs`` ("Top") as it stands."""
    from kg.knowledge.lexicons import load_lexicon

    key = word.casefold()
    listed = word_set("en", "reporting_verbs") | word_set("en", "headline_verbs")
    return len(key) > 2 and (bool(load_lexicon().lookup("en", key, "VERB")) or key in listed)


# The next word of a headline line after a word ("Partners Buys": "Buys").
_NEXT_LINE_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def _name_tail_before_verb(text: str, word: re.Match[str], line_end: int) -> bool:
    """Whether the "-s" word ``word`` of a headline ends a name rather than being its verb: a head
    of a company's name (``xx/company_heads``: "Kestrel Partners Buys Stake"), or a word before
    another headline verb ("Zorbex Markets Opens Office", "Victoria Falls Floods Town")."""
    if word.group().casefold() in word_set("xx", "company_heads"):
        return True
    after = _NEXT_LINE_WORD.match(text, word.end(), line_end)
    return after is not None and _headline_verb(after.group(1))


def _titled_word(word: str) -> bool:
    """Whether ``word`` is written as a name's word: a capital first, not all in capitals."""
    return word[:1].isupper() and not word.isupper()


def _said_alone(name: str, word: str, outside: str) -> bool:
    """Whether ``outside`` says ``name`` as a whole, not right after ``word`` (the headline's verb
    cut from it must not be its first word in the body: "Batters Gulf Coast" ... "the Batters
    Gulf Coast hotel" keeps it)."""
    pattern = rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])"
    return any(not outside[: m.start()].rstrip().endswith(word) for m in re.finditer(pattern, outside))


# How many common words a headline puts between a base-form verb and its object's name ("Edge
# Past", "Hold Off"): a particle or two.
_MAX_PARTICLES = 2


def _name_object_after(words: list[re.Match[str]], cuttable: list[bool], j: int, *, said_in: str | None = None) -> bool:
    """Whether the base-form verb ``words[j]`` of a Title Case candidate has a name after it, right
    after it or past a particle or two the text never capitalises ("Harbor City Beat Eastfield",
    "Kestrel United Edge Past Rovers"; n39b): the first word after the verb that is no common word
    is written as a name's word. With ``said_in`` (the text outside the line), that text must say
    the word again too, as a word the dictionary lacks is no name by itself ("Senate Weighs Auto
    Bailout" ... "The Senate voted"; rvn39b)."""
    for k in range(j + 1, min(len(words), j + 2 + _MAX_PARTICLES)):
        if not cuttable[k]:
            word = words[k].group()
            said = said_in is None or re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", said_in) is not None
            return _titled_word(word) and said
    return False


def _present_after_subject(text: str, word: re.Match[str], line_start: int) -> bool:
    """Whether the "-s" word ``word`` of a Title Case line is a verb's present after the line's
    subject ("Toyota Overtakes GM", "Rovers Outlast Kestrel" aside; n39b): the stem is a verb's
    lemma of the pipeline's tables and a word written as a name's stands right before it on the
    line. The trigger lexicon and ``en/headline_verbs`` hold the verbs a headline writes most; this
    reads the others where the line's syntax shows a verb."""
    key = word.group().casefold()
    if not key.endswith("s") or len(key) < 4:
        return False
    return _subject_before(text, word.start(), line_start) and _verb_form(key, present_only=True)


def _subject_before(text: str, start: int, line_start: int) -> bool:
    """Whether the word right before ``start`` on its Title Case line may end the line's subject: a
    name's word, no function word ("Stocks Fall On Wall Street": "On" is no subject)."""
    before = _LAST_WORD.search(text, line_start, start)
    return before is not None and _titled_word(before.group(1)) and before.group(1).casefold() not in _stop_words()


def _verb_form(word: str, *, present_only: bool = False) -> bool:
    """Whether the lower-case ``word`` is a verb's lemma of the pipeline's tables or its present
    in "-s" ("force", "overtakes", "buries"); with ``present_only`` the present only."""
    stems = set() if present_only else {word}
    if word.endswith("s"):
        stems.add(word[:-1])
    if word.endswith("es"):
        stems.add(word[:-2])
    if word.endswith("ies"):
        stems.add(word[:-3] + "y")
    return any(len(stem) > 2 and is_verb_lemma(stem, "en") for stem in stems)


def _verb_led_common_run(text: str, start: int, end: int, words: list[str], line: tuple[int, int]) -> bool:
    """Whether the candidate ``text[start:end]`` of a Title Case line is the line's verb and its
    object, no name ("Wildfires Force Evacuations", "Storm Knocks Out Power"; n39b): a word written
    as a name's stands before it on the line (the subject), its first word is a verb (the present
    or the base form of a verb of the pipeline's tables), every word is a common word the text never
    writes with a capital where no position explains it, the gazetteer knows none of it and the
    text does not say it again outside the line. A name is said again in the body."""
    if not _subject_before(text, start, line[0]) or len(words) < 2:
        return False
    if not _verb_form(words[0].casefold()):
        return False
    lowered = _unknown_run_body_words(text, start, end, words, line)
    if lowered is None:
        return False
    stop = _stop_words()
    if not all(w.casefold() in stop or _common_word(w, lowered) for w in words):
        return False
    outside = text[: line[0]] + "\n" + text[line[1] :]
    if re.search(rf"(?<![\w'’-]){re.escape(text[start:end])}(?![\w'’-])", outside):
        return False
    return not any(_capitalised_elsewhere(text, w, line) for w in words if w.casefold() not in stop)


# A plural word that may end a name: "Bears", "Celtics", "Workers"; not "Congress", "Brass".
_PLURAL_NAME_WORD = re.compile(r"[^s'’]s$")


def title_case_name_span(text: str, start: int, end: int, label: str | None) -> tuple[int, int]:
    """The name inside the English candidate ``text[start:end]`` of a Title Case line once the
    common words the model ran it into are cut ("Senate Rejects Auto Bailout" -> "Senate",
    "Automakers Ask Congress For Aid" -> "Congress"): the first, shortest run of its words that the
    gazetteer knows or the text says again outside the line, when every word cut is a common word
    the text never writes with a capital where no position explains it, one of them written in
    small letters elsewhere. A headline verb that opens the candidate is cut from the name the text
    says again after it ("Storm Batters Gulf Coast" -> "Gulf Coast"), and a base-form verb between a
    name and another name ends the first ("Harbor City Beat Eastfield" -> "Harbor City").
    ``(start, end)`` when there is nothing to cut."""
    if label not in _NAME_LABELS:
        return start, end
    line = _line(text, start)
    if end > line[1] or not title_case_line(text[line[0] : line[1]]):
        return start, end
    words = list(_WORD.finditer(text, start, end))
    gazetteer = default_gazetteer()
    if len(words) < 2 or gazetteer.lookup(text[start:end]):
        return start, end
    outside = text[: line[0]] + "\n" + text[line[1] :]
    lowered = _lowered(outside)
    # Whether each word may be cut: a capitalised common word the text never capitalises elsewhere.
    cuttable = [
        w[0].isupper() and not w.isupper() and w.isalpha() and _common_word(w, lowered) and not _capitalised_elsewhere(text, w, line)
        for w in (m.group() for m in words)
    ]
    n = len(words)
    # "Halvorsen Motors Shares Fall", "Nordvik Bank Stock Tumbles": a noun of a company's shares
    # (``en/company_share_nouns``) ends the company's name before it, whatever the words after it,
    # when the text says that name again; the body need not write the noun in small letters, as it
    # may open its sentence with it ("Shares of Halvorsen Motors fell").
    shares = word_set("en", "company_share_nouns")
    for j in range(1, n):
        if cuttable[j] and words[j].group().casefold() in shares and all(cuttable[j:]):
            name = text[start : words[j - 1].end()]
            if gazetteer.lookup(name) or re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", outside):
                return start, words[j - 1].end()
            break
    # "Storm Batters Gulf Coast": the line's verb opening the candidate is cut from the name after
    # it that the text says again (n38b); only across a space, as "&" joins a firm's names
    # ("Lands & Orvan Wins Award" keeps "Lands & Orvan"; rvn38b).
    if (
        n > 1
        and cuttable[0]
        and not text[words[0].end() : words[1].start()].strip()
        and (_headline_verb(words[0].group()) or _present_after_subject(text, words[0], line[0]))
        and not _name_tail_before_verb(text, words[0], line[1])
    ):
        name = text[words[1].start() : end]
        if gazetteer.lookup(name) or _said_alone(name, words[0].group(), outside):
            return words[1].start(), end
    # "Microsoft Launches Windows 7", "Obama Meets Medvedev": the line's verb ends the name before
    # it, whatever follows (a number, another name), when the text says that name again.
    # A plural name takes the verb's base form ("Chicago Bears Sign Linebacker", n32a); so does a
    # team's or a body's singular name when a name, its object, follows the verb ("Harbor City
    # Beat Eastfield", where the body writes "Eastfield" with a capital; n38b).
    for j in range(1, n):
        base = _base_headline_verb(words[j].group())
        plural = base and _PLURAL_NAME_WORD.search(words[j - 1].group()) is not None
        plural = plural or (base and _name_object_after(words, cuttable, j))
        # A verb's present the lexicons lack ends the name too, as where it opens a candidate after
        # the subject, when a name, its object, follows it in the candidate ("Brightwell Outpaces
        # Harlan" read whole; rvn39b): a company's plural head stays ("Dellmark Stores", "Walden
        # Trusts Fund").
        present = _present_after_subject(text, words[j], line[0]) and _name_object_after(words, cuttable, j, said_in=outside)
        verb = _headline_verb(words[j].group()) or plural or present
        if cuttable[j] and verb and not _name_tail_before_verb(text, words[j], line[1]):
            name = text[start : words[j - 1].end()]
            if gazetteer.lookup(name) or re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", outside):
                return start, words[j - 1].end()
            break
    for i in range(n):
        if not all(cuttable[:i]):
            break
        for k in range(i + 1, n + 1):
            if (i, k) == (0, n) or not all(cuttable[k:]):
                continue
            cut = [m.group() for m in words[:i] + words[k:]]
            if not any(_written_small(w, lowered) for w in cut):
                continue
            name = text[words[i].start() : words[k - 1].end()]
            if gazetteer.lookup(name) or re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", outside):
                return words[i].start(), words[k - 1].end()
    return start, end
