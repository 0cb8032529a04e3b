"""Names inside mentions: the titles written before a person's name and English "the".

A mention keeps them ("M. Dupont", "le général de Gaulle", "the United States"); the name itself,
which merging, labels, gazetteer look-ups and cross-document resolution compare, does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# Titles, ranks, offices and honorifics written before a person's name. A person mention includes
# them ("M. Dupont", "le général de Gaulle", "President Putin"), as in the HIPE and MEANTIME
# guidelines; the name itself (merging, labels, gazetteer look-ups) is read without them
# (name_part). French ones are lower-case inside a sentence; English ones are capitalised.
_FR_TITLES = """m. MM. Mr Mr. mme mmes mlle mlles mgr mad. me dr monsieur messieurs madame mesdames mademoiselle
    monseigneur maître docteur professeur président présidente vice-président vice-présidente ministre
    chancelier chancelière sénateur sénatrice député députée maire préfet gouverneur ambassadeur consul
    général maréchal amiral colonel lieutenant-colonel capitaine commandant lieutenant major sergent
    caporal roi reine prince princesse empereur impératrice tsar duc duchesse archiduc archiduchesse
    comte comtesse vicomte vicomtesse baron baronne marquis marquise lord lady sir don pape cardinal
    abbé évêque archevêque curé chanoine pasteur rabbin sœur soeur""".split()
_EN_TITLES = """Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. President Vice-President Senator Sen. Governor Gov.
    Rep. Representative Congressman Congresswoman Mayor Ambassador Chancellor General Gen. Admiral
    Colonel Col. Lieutenant Lt. Captain Capt. Sergeant Sgt. King Queen Prince Princess Pope Cardinal
    Bishop Archbishop Rabbi Sheikh Lord Lady Sir Dame Rev. Reverend""".split()


def _title_alternation(words: Iterable[str], *, lower_too: bool) -> str:
    forms: set[str] = set()
    for word in words:
        forms.add(word)
        forms.add(word[:1].upper() + word[1:])
        if lower_too:
            forms.add(word.lower())
    # Honorific abbreviations only in their own capitalisation ("M." but not the metre in "5 m.").
    forms -= {"m.", "mm.", "mr", "mr.", "me", "dr", "mme", "mmes", "mlle", "mlles", "mgr", "mad."}
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


_TITLE_WORD = {
    "fr": _title_alternation(_FR_TITLES, lower_too=True),
    "en": _title_alternation(_EN_TITLES, lower_too=False),
}
# One or more titles, possibly joined by an article ("M. le ministre", "M. le Dr"); a French rank
# may be "en chef" ("le général en chef Radetzky").
_IN_CHIEF = {"fr": r"(?:\s+en\s+chef)?", "en": ""}
_TITLE_RUN = {
    lang: rf"(?:{word}){_IN_CHIEF[lang]}(?:\s+(?:(?:le|la)\s+)?(?:{word}){_IN_CHIEF[lang]})*"
    for lang, word in _TITLE_WORD.items()
}
_TITLE_BEFORE = {lang: re.compile(rf"(?<![\w.'’-])(?:{run})\s+$") for lang, run in _TITLE_RUN.items()}
TITLE_PREFIX = re.compile(
    "|".join(rf"^(?:{run})(?:\s+|$)" for run in _TITLE_RUN.values())
)
LEADING_THE = re.compile(r"^the\s+", re.I)


def title_words(lang: str) -> str:
    """A regex alternation of the titles of ``lang`` written before a person's name ("" when none)."""
    return _TITLE_WORD.get(lang, "")


@lru_cache(maxsize=65536)
def acronyms_differ_by_letters(one: str, other: str) -> bool:
    """Whether the acronyms ``one`` and ``other`` (stops removed) differ and one begins the other:
    "GMC", a brand, is another thing than "GM" = "General Motors Corp.", though its letters are that
    name's initials with "Corp."."""
    return one != other and (one.startswith(other) or other.startswith(one))


def name_part(surface: str) -> str:
    """The name in a mention, without a leading English "the" or the titles before a person's name
    ("the United States" → "United States", "M. le ministre Bally" → "Bally"). Cached: names repeat."""
    surface = LEADING_THE.sub("", surface)
    match = TITLE_PREFIX.match(surface)
    return surface[match.end() :] if match and match.end() < len(surface) else surface


def title_start(text: str, start: int, lang: str) -> int:
    """Where a person mention starting at ``start`` begins once the titles written just before it are
    included ("le maréchal Haig" → "maréchal Haig"); ``start`` itself when there are none."""
    pattern = _TITLE_BEFORE.get(lang)
    if pattern is None:
        return start
    window = max(0, start - 40)
    match = pattern.search(text, window, start)
    return match.start() if match else start
