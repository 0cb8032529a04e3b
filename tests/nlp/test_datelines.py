"""Sentence breaks around a dateline (kg.nlp.datelines). Invented texts."""

from __future__ import annotations

import pytest

from kg.nlp.datelines import break_datelines, break_headlines, break_paragraphs

spacy = pytest.importorskip("spacy")


def _starts(text: str) -> list[str]:
    doc = break_datelines(spacy.blank("en")(text))
    return [t.text for t in doc[1:] if t.is_sent_start]


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        # a headline, its dateline, the first sentence: the dateline and the line after it start
        ("Acme buys Beta\nMay 2 , 2024\nAcme Corp. today bought Beta .", ["May", "Acme"]),
        ("Acme buys Beta\nTuesday , May 2 , 2024\nThe deal closed .", ["Tuesday", "The"]),
        ("Acme buys Beta\n2 May 2024\nThe deal closed .", ["2", "The"]),
        # a date inside a line is no dateline
        ("Acme bought Beta on May 2 , 2024 .\nThe deal closed .", []),
        # a line of words or of numbers only is none either
        ("Acme buys Beta\nThe deal\nclosed in May .", []),
        ("Results\n2024 , 2025\nrose .", []),
        # the last line may be a dateline: nothing after it to mark
        ("Acme buys Beta\nMay 2 , 2024", ["May"]),
        # a dateline that opens the first sentence's line ends before the dash: the place, a date and
        # the agency are no subject of the story's first verb
        ("LONDON, Oct 19 (Reuters) - Severn Water agreed to buy Avon .", ["Severn"]),
        ("Acme buys Beta\nLONDON (Reuters) - Severn Water bought Avon .", ["Severn"]),
        ("NEW YORK (AP) _ Hudson Foods sold its bakery .", ["Hudson"]),
        ("Paris, March 3 (AFP) -- The government raised the wage .", ["The"]),
        ("WASHINGTON - The Senate passed the bill .", ["The"]),
        # not a dateline: a capitalised name and a dash with no capitals, date or bracket, a lower-case
        # word after the dash, a two-letter abbreviation, a score
        ("The BBC - which denies it - said so .", []),
        ("NATO - the alliance said - met .", []),
        ("UK - EU talks resumed .", []),
        ("Arsenal 2 - 1 Chelsea .", []),
        # a name, then an apposition between dashes
        ("UNICEF - The UN agency - warned of famine .", []),
    ],
)
def test_dateline_breaks(text, starts):
    assert _starts(text) == starts


# A headline (a line with no sentence-final mark, then a blank line) ends its sentence: the parser ran
# it into the lead ("… fines firm\n\nThe Port Authority fined …" made "The Port Authority" an
# apposition of the headline's noun and left "fined" without a subject)
@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Authority fines firm\n\nThe Port Authority fined the firm .", ["The"]),
        ("Le conseil vote la gratuité\n\nLe conseil municipal a adopté la mesure .", ["Le"]),
        ("Floods in the north\n\n« We lost everything » , she said .", ["«"]),
        ("Results for 2024\n\n2025 will be harder , he said .", ["2025"]),
        # one newline is a text wrapped at a fixed width, or a dateline's business
        ("The Port Authority fined\nThe Firm on Tuesday .", []),
        # a line ending on a comma, a colon or a dash announces what follows
        ("The minister said :\n\nThe budget is tight .", []),
        ("The winners were Acme ,\n\nBeta and Gamma .", []),
        # a paragraph opening in lower case goes on with the line before
        ("The talks covered\n\nfishing rights .", []),
        # after a full stop the parser already breaks; nothing to add
        ("The firm was fined .\n\nIt will not appeal .", []),
    ],
)
def test_headline_breaks(text, starts):
    doc = break_headlines(spacy.blank("en")(text))
    assert [t.text for t in doc[1:] if t.is_sent_start] == starts


@pytest.fixture(scope="module")
def fr_tagger():
    """The French model up to its tagger: :func:`break_paragraphs` runs before the parser and reads
    the parts of speech."""
    try:
        return spacy.load("fr_core_news_md", exclude=["parser", "attribute_ruler", "lemmatizer", "ner"])
    except OSError as exc:  # pragma: no cover - model not installed
        pytest.skip(f"spaCy model missing: {exc}")


# issue 17 (f17g): a new paragraph that opens on a fronted adverbial after a sentence-final mark
# starts a sentence (the French parser ran « …\n\nLundi, le président … » into one); a line that ends
# mid-sentence or on an abbreviation (one token « M. »), or opens on its subject, a quotation or a
# dateline, does not
@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Le ministre a reconnu des erreurs.\n\nLundi, le président a demandé sa démission.", ["Lundi"]),
        ("« Je pars », a-t-il dit. « C'est fini. »\nSelon la police, le suspect a avoué.", ["Selon"]),
        ("Le maire a-t-il menti ?\nMardi, le conseil a voté.", ["Mardi"]),
        ("Le ministre a reconnu des erreurs\nde gestion.", []),
        ("Le conseil a reçu M.\nDupont hier.", []),
        ("Le ministre a démissionné.\nLe 3 mars, le conseil a voté.", ["Le"]),
        # a paragraph opening on its subject, a quotation or a dateline keeps the parse
        ("Le ministre a démissionné.\nLe conseil a voté.", []),
        ("Le ministre a démissionné.\n« Je pars », a-t-il dit.", []),
        ("Le ministre a démissionné.\n27 août 2012. - Le conseil a voté.", []),
        # review rv17j: more fronted adverbials (« Selon », « Depuis 2010, », « Lundi soir, ») break; a
        # conjunction (« Mais ») and a headline without a final mark do not, nor does a bulleted line;
        # « etc. » (one token, ``fr/sentence_final_abbreviations``) ends its sentence, « M. » does not
        ("Le ministre a démissionné.\nDepuis 2010, le conseil vote le budget.", ["Depuis"]),
        ("Le ministre a démissionné.\nLundi soir, le conseil a voté.", ["Lundi"]),
        ("Le ministre a démissionné.\nMais le conseil a voté.", []),
        ("Il a cité les pommes, les poires, etc.\n\nLundi soir, le conseil a voté.", ["Lundi"]),
        ("Le conseil a reçu M.\nDe Lesseps hier.", []),
        ("Le conseil vote la réforme\nSelon le maire, le budget est serré.", []),
        ("Le conseil a voté.\n- Selon le maire, le budget est serré.", []),
        # a line opening in lower case goes on with the sentence before (a text wrapped at a fixed
        # width), even after a closing quotation mark
        ("Il a parlé de « crise »\npour décrire la situation.", []),
        ("Il a parlé de « crise ».\nSelon lui, rien ne va.", ["Selon"]),
    ],
)
@pytest.mark.slow
def test_paragraph_breaks(fr_tagger, text, starts):
    doc = break_paragraphs(fr_tagger(text))
    assert [t.text for t in doc[1:] if t.is_sent_start] == starts


@pytest.mark.slow
def test_headline_keeps_its_object(en_nlp):
    from kg.extract.events import events_from_doc
    from kg.nlp.datelines import add_dateline_breaks

    add_dateline_breaks(en_nlp)
    doc = en_nlp("Acme launches new phone\nJune 9 , 2008\nAcme Corp. today launched a new phone .")
    launch = next(e for e in events_from_doc(doc, lang="en") if e.trigger.text == "launches")
    assert launch.agent is not None and launch.agent.text == "Acme"
    assert launch.patient is not None and launch.patient.text == "phone"


def test_many_paragraph_breaks_cost_about_linear_time() -> None:
    """All the breaks are marked at once (review rv17j: setting ``is_sent_start`` token by token
    scans the whole document each time, and a 1 MB French text took 10 s)."""
    import time

    from spacy.tokens import Doc

    nlp = spacy.blank("fr")
    paragraph = ["Il", "a", "parlé", ".", "\n", "Selon", "lui", ",", "rien", "."]
    tags = ["PRON", "AUX", "VERB", "PUNCT", "SPACE", "ADP", "PRON", "PUNCT", "PRON", "PUNCT"]

    def seconds(n: int) -> tuple[float, Doc]:
        doc = Doc(nlp.vocab, words=paragraph * n, pos=tags * n, spaces=[False] * len(paragraph) * n)
        started = time.process_time()
        break_paragraphs(doc)
        return time.process_time() - started, doc

    (small, _), (large, doc) = min(seconds(500) for _ in range(3)), min(seconds(4000) for _ in range(3))
    assert sum(1 for t in doc[1:] if t.is_sent_start) == 4000
    assert large < 30 * max(small, 0.01), (small, large)  # 8 times the input; quadratic was 64 times


# f28b: under a headline, the French parser cut a fronted date phrase into sentences of its own
# (« Jeudi matin » | « , à Lyon, les enseignants ont manifesté … »); it is hung back on the verb of the
# sentence it opens. Near misses: a date alone on its line, a date sentence followed by one that does
# not open on a comma. (text, the verb, the first word of the verb's sentence)
@pytest.mark.parametrize(
    ("text", "verb", "first"),
    [
        ("Grève à Lyon\n\nJeudi matin, à Lyon, les enseignants ont manifesté devant le rectorat.", "manifesté", "Jeudi"),
        ("Bordeaux : un conseiller démissionne\n\nMardi soir, à Bordeaux, le conseiller Julien Arnaud a annoncé sa "
         "démission.", "annoncé", "Mardi"),
        ("Bordeaux : un conseiller démissionne\n\nMardi, le conseiller Julien Arnaud a annoncé sa démission.", "annoncé",
         "Mardi"),
        ("Grève à Lyon\n\nLundi.\n\nLes enseignants ont manifesté devant le rectorat.", "manifesté", "Les"),
        ("Grève à Lyon\n\nJeudi matin\n\nLes enseignants ont manifesté devant le rectorat.", "manifesté", "Les"),
    ],
)
@pytest.mark.slow
def test_a_fronted_date_under_a_headline_stays_in_its_sentence(fr_nlp, text, verb, first):
    doc = fr_nlp(text)
    token = next(t for t in doc if t.text == verb)
    assert token.sent[0].text == first


# The object the French parser hangs on a weekday right before it (« a annoncé mercredi la
# suppression de 900 postes »): the verb's object again, with the weekday's later complements; a
# complement with a preposition stays the weekday's or the verb's (lead, session 32).
WEEKDAY_OBJECT_CASES = [
    ("Le groupe Sorel a annoncé mercredi la suppression de 900 postes.", "suppression", "annoncé", "postes"),
    ("Le ministre a présenté lundi la réforme des retraites.", "réforme", "présenté", None),
    ("Le maire a été reçu mardi à la préfecture.", "préfecture", "!reçu", None),
]


@pytest.mark.parametrize(("text", "noun", "head", "child"), WEEKDAY_OBJECT_CASES)
def test_an_object_after_a_weekday_is_the_verb_s(fr_nlp, text: str, noun: str, head: str, child: str | None) -> None:
    doc = fr_nlp(text)
    tok = next(t for t in doc if t.text == noun)
    if head.startswith("!"):
        assert not (tok.head.text == head[1:] and tok.dep_ == "obj")
    else:
        assert tok.head.text == head and tok.dep_ == "obj"
    if child is not None:
        assert any(c.text == child for c in tok.children)


# f36c: the French parser ended a sentence before a lower-case « puis » / « et » that coordinates two
# fronted participles (« Élue en 2014 » | « puis réélue en 2020, Mme Rolland préside … »): one
# sentence again, the second participle coordinated with the first. Near misses: a full stop before
# the conjunction, a conjunction inside one sentence. (text, the verb, the first word of its sentence)
COORDINATED_OPENER_CASES = [
    ("Élue en 2014 puis réélue en 2020, Mme Rolland préside le conseil départemental.", "réélue", "Élue"),
    ("Élue en 2014 puis réélue en 2020, Mme Rolland préside le conseil départemental.", "préside", "Élue"),
    ("Le conseil a voté. Puis le maire a démissionné.", "démissionné", "Puis"),
    ("Le maire a été élu en 2014 puis il a démissionné en 2020.", "démissionné", "Le"),
]


@pytest.mark.parametrize(("text", "verb", "first"), COORDINATED_OPENER_CASES)
@pytest.mark.slow
def test_a_coordinated_fronted_participle_stays_in_its_sentence(fr_nlp, text: str, verb: str, first: str) -> None:
    doc = fr_nlp(text)
    token = next(t for t in doc if t.text == verb)
    assert token.sent[0].text == first
