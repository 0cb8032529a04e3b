"""Plain, frozen data types passed between the extraction steps and the graph builder.

Every offset in these types is a Python string index into :attr:`Document.text`, the full text of
the source document, so that any node of the graph can be traced back to its characters.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Literal

from kg.text.names import name_part

# PRO: a product or service ("the iPhone", "Airbus A380", "Acme's FaceMatch"), schema:Product.
# FIN: a stock market index ("the Dow Jones Industrial Average", "le CAC 40"), kg:MarketIndex: a
# financial indicator, neither a product (it has no maker) nor an organisation (MEANTIME's FIN);
# or a market named by its street or its exchange ("on Wall Street"), kg:FinancialMarket.
EntityLabel = Literal["PER", "ORG", "LOC", "PRO", "FIN"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
# The evidence of a mention that credits the article to an agency ("(AFP)", "— Reuters") or to a
# publisher ("(Le Journal/AFP)"): the graph makes them the article's schema:author and publisher.
AGENCY_CREDIT = "agency credit"
PUBLISHER_CREDIT = "publisher credit"
# A picture's credit ("photo Keystone", "(AGIP)" between two sentences): an organisation mention,
# not the article's author.
PHOTO_CREDIT = "photo credit"
# The evidence of a FIN mention that names a market, not an index ("Stocks fell on Wall Street",
# "fell 3 percent on the New York Stock Exchange"): its reasons begin so, and the graph types an
# entity all of whose mentions say so kg:FinancialMarket instead of kg:MarketIndex.
MARKET_EVIDENCE = "market: "
# A journalist's initials or name signing the article ("… longtemps. / CMA", "… du pays. G. P."):
# a person mention, the article's author.
SIGNATURE = "author signature"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to year, month or day granularity."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None:
            _dt.date(self.year, self.month or 1, self.day)  # raises ValueError when invalid

    @property
    def granularity(self) -> Literal["year", "month", "day"]:
        """The finest unit this date is known to."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def iso(self) -> str:
        """ISO 8601 / TIMEX3 form at the date's own granularity (``2020``, ``2020-06``, ``2020-06-08``)."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def to_date(self) -> _dt.date | None:
        """The :class:`datetime.date`, when the day is known."""
        if self.day is None or self.month is None:
            return None
        return _dt.date(self.year, self.month, self.day)

    @classmethod
    def from_date(cls, value: _dt.date) -> PartialDate:
        """Build a day-granular date."""
        return cls(value.year, value.month, value.day)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a time part after ``T`` is ignored).

        Raises ValueError on anything else.
        """
        core = text.strip().split("T", 1)[0]
        parts = core.split("-")
        if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
            raise ValueError(f"not an ISO date: {text!r}")
        if len(parts[0]) != 4 or any(len(p) != 2 for p in parts[1:]):
            raise ValueError(f"not an ISO date: {text!r}")
        nums = [int(p) for p in parts]
        return cls(nums[0], nums[1] if len(nums) > 1 else None, nums[2] if len(nums) > 2 else None)


@dataclass(frozen=True)
class Document:
    """One input article, with its metadata, after ingest."""

    id: str
    text: str
    source: str
    date: PartialDate | None = None
    lang: str | None = None
    url: str | None = None
    title: str | None = None
    # Character offset where the article body starts (after a metadata prefix line, if any).
    body_start: int = 0
    # From a web page's metadata: the byline and the site that published it.
    author: str | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class Segment:
    """A run of text in one language. ``embedded`` marks quoted material in another language
    (a tweet quoted in an article): its dates never re-anchor the article's own timeline."""

    start: int
    end: int
    lang: str
    embedded: bool = False


@dataclass(frozen=True)
class Span:
    """A character span of the document text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Timex:
    """A normalised temporal expression (TIMEX3)."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    embedded: bool = False


@dataclass(frozen=True)
class EntityMention:
    """One cleaned-up mention of a named entity."""

    start: int
    end: int
    text: str
    label: EntityLabel
    extractor: str
    lang: str
    qid: str | None = None
    # Name the gazetteer knows this mention by, when it matched one of its records.
    canonical: str | None = None
    # An institution named by a nationality adjective ("le gouvernement américain"): its key
    # (org-government-Q30, see kg.knowledge.institutions), and the QID of the country it is located in.
    institution: str | None = None
    location_qid: str | None = None
    # The words of the text that typed the mention, when they and not the model's label decided it
    # ("descriptor: the advocacy group", "product noun after: laptops"): a later chain-level type
    # vote can weigh them.
    evidence: tuple[str, ...] = ()
    # For a product (PRO), the name of its maker as the text gives it ("Acme" in "Acme's FaceMatch").
    maker: str | None = None
    # A company's stock ticker written after it ("NASDAQ:ACME"), and the social media handles
    # written right after a person's or organisation's name ("@acme_ceo").
    ticker: str | None = None
    accounts: tuple[str, ...] = ()


# What a reference that is not a name is: a personal pronoun ("it", "elle"), a possessive
# determiner ("its", "sa"), a relative pronoun ("which", "qui"), a definite description ("the
# company", "la société") or an apposition ("Apple, the tech giant").
ReferenceKind = Literal["pronoun", "possessive", "relative", "nominal", "appositive"]


@dataclass(frozen=True)
class Reference:
    """A pronoun or description that refers to a named entity of the document (its coreference
    chain), with the rule that linked it and the mention it was linked to."""

    start: int
    end: int
    text: str
    kind: ReferenceKind
    lang: str
    antecedent: Span
    evidence: str


@dataclass(frozen=True)
class Entity:
    """The mentions of one real-world entity within a document, merged."""

    key: str
    label: str
    type: EntityLabel
    mentions: tuple[EntityMention, ...]
    qid: str | None = None
    merge_evidence: tuple[str, ...] = ()
    # The country an institution is located in (schema:location), when known.
    location_qid: str | None = None
    # The pronouns and descriptions that take it up in the document (kg.extract.coref), in text
    # order: with ``mentions``, its coreference chain.
    references: tuple[Reference, ...] = ()

    # For a product, the name of its maker as the text gives it (schema:manufacturer).
    maker: str | None = None
    # Tickers (schema:tickerSymbol) and handles (schema:sameAs account nodes) of its mentions.
    tickers: tuple[str, ...] = ()
    accounts: tuple[str, ...] = ()

    @property
    def aliases(self) -> tuple[str, ...]:
        """Every distinct surface form, in order of first appearance."""
        # Mentions keep English "the" and a person's titles ("the United States", "M. Dupont");
        # the names themselves do not.
        return tuple(dict.fromkeys(name_part(mention.text) for mention in self.mentions))


def names_a_market(mention: EntityMention) -> bool:
    """Whether ``mention`` is a FIN mention that names a market, not an index (its evidence
    begins with :data:`MARKET_EVIDENCE`: "Stocks fell on Wall Street")."""
    return mention.label == "FIN" and any(e.startswith(MARKET_EVIDENCE) for e in mention.evidence)


def market_key(key: str) -> bool:
    """Whether the entity key ``key`` is a market's (``market-wall-street``): a market and an
    index of one name ("on the Nasdaq", "the Nasdaq composite index") are two entities, within a
    document (kg.extract.mentions.merge_mentions) and across documents (kg.resolve.entities)."""
    return key.startswith("market-")


@dataclass(frozen=True)
class UnnamedChain:
    """The mentions of a thing, person or organisation the document never names ("the plane" ...
    "the plane" ... "it"), each a :class:`Reference` whose ``antecedent`` is the chain's earlier
    mention it was linked to (its own span for the first one), with the evidence of the link
    (kg.extract.coref). A chain of one mention is a noun phrase that stands for an entity."""

    key: str
    head: str
    mentions: tuple[Reference, ...]


# How an event argument was found: "direct" (the trigger's own subject, object or complement),
# "postposed" (a French subject after its verb: "« … », a annoncé le ministre", "qu'ont signé les
# deux pays"), "relative" (the antecedent of a relative pronoun: "Acme, which said"), "control"
# (the subject or object of the verb or noun an infinitive depends on: "Acme agreed to buy",
# "Acme is expected to sell", "forced Acme to sell", "Acme's plan to sell"), "spokesperson" (the
# organisation a spokesperson, lawyer or representative speaks or acts for), "coreference" (a
# pronoun or a description, "it", "elle", "the company", whose chain names the entity:
# kg.extract.coref).
ArgumentVia = Literal["direct", "postposed", "relative", "control", "spokesperson", "coreference"]

# Modalities of events that have not happened as told ("will sell", "would sell", "was asked to
# sell"): they take no date by inheritance from the narrative and anchor nothing else.
UNANCHORED_MODALITIES = frozenset({"FUTURE", "CONDITIONAL", "HYPOTHETICAL", "POSSIBLE", "REQUESTED"})


@dataclass(frozen=True)
class EventMention:
    """One event reported by a document, anchored on its trigger word."""

    trigger: Span
    type: str  # local name of a concept in ontologies/events.ttl
    lemma: str
    sentence: Span
    agent: Span | None = None
    patient: Span | None = None
    recipient: Span | None = None
    place: Span | None = None
    time: Timex | None = None
    time_inferred: bool = False
    # Factuality: "IBM will no longer sell X" is a NEG, FUTURE sale, never a plain positive one.
    polarity: Literal["POS", "NEG"] = "POS"
    modality: Literal["ASSERTED", "FUTURE", "CONDITIONAL", "HYPOTHETICAL", "POSSIBLE", "REQUESTED"] = "ASSERTED"
    # The trigger of the reporting event (an Announcement or Statement) that reports this one:
    # "a déclaré son retrait" -> the Withdrawal is reported by the Statement on "déclaré".
    reported_by: Span | None = None
    # Whether the trigger lies inside a quotation (direct speech).
    in_quote: bool = False
    # How the agent and the patient were found (see ArgumentVia); None when the slot is empty or
    # the step that made the event does not say (statements added for quotations).
    agent_via: ArgumentVia | None = None
    patient_via: ArgumentVia | None = None
    # The antecedent of an agent or patient that is a relative pronoun ("Acme, which agreed to
    # buy Beta": the agent span is "which", its antecedent "Acme"); the graph links the antecedent.
    agent_antecedent: Span | None = None
    patient_antecedent: Span | None = None
    # The other members of a coordinated agent or patient ("France and Germany signed", "bought Alpha
    # and Beta"): each takes part as the first does; the first stays ``agent`` / ``patient``.
    co_agents: tuple[Span, ...] = ()
    co_patients: tuple[Span, ...] = ()
    # A bare management noun the agent stands for (« La direction a annoncé la fermeture »: the agent
    # is the company the article named last before it): read again once the document's names are
    # typed, since the model may take that company for a place or a person.
    agent_manager: Span | None = None
    # A noun trigger introduced by a definite, demonstrative or possessive determiner ("the deal",
    # "cet accord", "its purchase"): it may refer back to an event already reported.
    definite: bool = False
    # A verb in the pluperfect ("had died", "avait quitté"): a background event, earlier than the
    # time of the report, which the publication date does not date.
    anterior: bool = False
    # A finite verb in the simple present ("Acme operates 30 jets", "is explained by"): a state or
    # fact at the time of writing, which the publication date dates rather than the sentence before.
    present: bool = False
    # A verb in the present whose subject stands for any member of its kind ("A minister does not
    # resign over a rumour", « Chaque club vend ses joueurs »): a general truth, which a quotation's
    # speaking does not date.
    generic: bool = False
    # An English verb in the present perfect ("has made its maiden flight", "have been fired"): an act
    # told for its bearing on the time of writing, which English never joins to a past date ("*has made
    # in January"), so no date of the sentence before or of the lead is its time; the publication date is.
    perfect: bool = False
    # A French verb in a past tense of a completed act (« a annoncé », « est arrivé », « annonça ») or an
    # English simple past ("warned"): done by the time of writing, so no date after the publication
    # date is its date.
    past: bool = False
    # Within-document event coreference: the trigger of the first mention of the same event in the
    # document (same type); None for a first mention. The graph writes one event node per chain.
    coref: Span | None = None


@dataclass(frozen=True)
class Quote:
    """A quotation attributed, when possible, to a speaker mention."""

    span: Span
    speaker: Span | None = None
    # The reporting verb that introduces the quote ("a déclaré", "said"), when there is one.
    reporting: Span | None = None
    # Indirect speech ("a déclaré que ...") rather than words inside quotation marks.
    indirect: bool = False
    # The medium, when stated: letter, tweet, interview, statement, press release...
    channel: str | None = None
    # The addressee, when stated ("a déclaré à Axios").
    addressee: Span | None = None
    # The date of the reporting verb's own clause ("a déclaré lundi que ..."), when it has one.
    time: Timex | None = None


@dataclass(frozen=True)
class Membership:
    """A person's role in an organisation, read from an apposition or a title."""

    person: Span
    organisation: Span | None
    role: str  # local name of a concept in ontologies/roles.ttl
    evidence: Span
    head: bool = False
    # The organisation is implicit: a definite or possessive title ("le PDG", "its CEO", "the
    # company's CEO") whose organisation is the antecedent the graph writer looks up. Without it,
    # a title that names no organisation gives no membership.
    anaphoric: bool = False
    # The text tells the person leaves the role ("X a démissionné de la présidence d'Acme", "X
    # quitte ses fonctions de directeur"): a former membership, not a current one.
    ended: bool = False


@dataclass(frozen=True)
class Analysis:
    """Everything extracted from one document."""

    document: Document
    segments: tuple[Segment, ...]
    sentences: tuple[Span, ...]
    entities: tuple[Entity, ...]
    timexes: tuple[Timex, ...]
    events: tuple[EventMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    memberships: tuple[Membership, ...] = ()
    models: tuple[str, ...] = field(default=())
    # Within-document chains of the entities the text does not name (kg.extract.coref).
    unnamed: tuple[UnnamedChain, ...] = ()
