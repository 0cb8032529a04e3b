"""Vocabulary namespaces generated from ``ontologies/*.ttl`` by ``scripts/gen_vocab.py``.

Do not edit by hand: a term missing here is missing from the ontology.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class KG(DefinedNamespace):
    """The project's own vocabulary."""

    FinancialMarket: URIRef
    MarketIndex: URIRef
    agent: URIRef
    agentVia: URIRef
    channel: URIRef
    corefEvidence: URIRef
    document: URIRef
    duplicateOf: URIRef
    embedded: URIRef
    extractor: URIRef
    inQuote: URIRef
    indirect: URIRef
    language: URIRef
    mergeEvidence: URIRef
    modality: URIRef
    model: URIRef
    patient: URIRef
    patientVia: URIRef
    polarity: URIRef
    quotation: URIRef
    recipient: URIRef
    reportedBy: URIRef
    role: URIRef
    roleEnded: URIRef
    sentence: URIRef
    sourcePath: URIRef
    timeInferred: URIRef
    timexType: URIRef
    timexValue: URIRef
    toolVersion: URIRef
    trigger: URIRef

    _NS = Namespace("https://w3id.org/newskg/ns#")
    _fail = True


class EVT(DefinedNamespace):
    """Event type concepts (SKOS)."""

    Acquit: URIRef
    Agreement: URIRef
    Announcement: URIRef
    Appeal: URIRef
    ArrestJail: URIRef
    Attack: URIRef
    Ban: URIRef
    BeBorn: URIRef
    Bid: URIRef
    Business: URIRef
    ChargeIndict: URIRef
    Conflict: URIRef
    Contact: URIRef
    Convict: URIRef
    CourtAppeal: URIRef
    DeclareBankruptcy: URIRef
    Delay: URIRef
    Demonstrate: URIRef
    Die: URIRef
    Dispute: URIRef
    Divorce: URIRef
    Elect: URIRef
    EndOrg: URIRef
    EndPosition: URIRef
    EventTypeScheme: URIRef
    Execute: URIRef
    Extradite: URIRef
    Fine: URIRef
    Incident: URIRef
    Injure: URIRef
    Investigate: URIRef
    Justice: URIRef
    Legislate: URIRef
    Letter: URIRef
    Life: URIRef
    Marry: URIRef
    Meet: URIRef
    MergeOrg: URIRef
    Movement: URIRef
    News: URIRef
    Nominate: URIRef
    Occurrence: URIRef
    Pardon: URIRef
    Personnel: URIRef
    PhoneWrite: URIRef
    ProductDiscontinuation: URIRef
    ProductLaunch: URIRef
    Production: URIRef
    QuantityChange: URIRef
    Recall: URIRef
    RejectLegislation: URIRef
    ReleaseParole: URIRef
    Sentence: URIRef
    StartOrg: URIRef
    StartPosition: URIRef
    Statement: URIRef
    Sue: URIRef
    Suspension: URIRef
    Transaction: URIRef
    TransferMoney: URIRef
    TransferOwnership: URIRef
    Transport: URIRef
    TrialHearing: URIRef
    Withdrawal: URIRef

    _NS = Namespace("https://w3id.org/newskg/event#")
    _fail = True


class ROLE(DefinedNamespace):
    """Person-organisation role concepts (SKOS)."""

    Ambassador: URIRef
    Analyst: URIRef
    CEO: URIRef
    Chair: URIRef
    ChiefFinancialOfficer: URIRef
    ChiefOperatingOfficer: URIRef
    Deputy: URIRef
    Director: URIRef
    Employee: URIRef
    Executive: URIRef
    Founder: URIRef
    Governor: URIRef
    HeadRoles: URIRef
    Judge: URIRef
    Leader: URIRef
    LegalDirector: URIRef
    Mayor: URIRef
    Member: URIRef
    Minister: URIRef
    President: URIRef
    PrimeMinister: URIRef
    Representative: URIRef
    RoleScheme: URIRef
    Secretary: URIRef
    SecretaryGeneral: URIRef
    Senator: URIRef
    Spokesperson: URIRef
    VicePresident: URIRef

    _NS = Namespace("https://w3id.org/newskg/role#")
    _fail = True
