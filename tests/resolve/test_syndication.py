"""kg.syndication: near-duplicate (syndicated) copies of a news story, found with MinHash + LSH.

Every text here is invented for these tests.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.resolve.syndication import (
    DEFAULT_THRESHOLD,
    Duplicate,
    SyndicationIndex,
    estimate,
    find_duplicates,
    shingles,
    signature,
    similarity,
    words,
)

# -- An English wire story, its site copies, a rewrite and a translation ---------------------------

EN_WIRE = """CALDERWICK, March 4 (Northwire) - Dock workers at the port of Calderwick walked off the job on \
Monday morning, halting the loading of grain and timber ships for the first time in eleven years, after \
talks with the harbour authority over night-shift pay broke down late on Sunday. Union officials said \
about 1,400 members had joined the stoppage and that picket lines would stay in place at all four \
terminal gates until the authority returned to the table with a written offer.

The harbour authority said in a statement that it regretted the decision and that contingency plans were \
in place to keep the ferry terminal and the fuel jetty running. A spokeswoman, Helen Marsh, told \
reporters that the last offer, a six per cent rise spread over two years, remained on the table and was \
among the most generous in the region. She declined to say how many vessels were waiting at anchor \
outside the breakwater.

Shipping agents in the town estimated that at least nine cargo ships were delayed and that exporters of \
barley and sawn timber could face penalties if the dispute lasted beyond the end of the week. The \
regional chamber of commerce urged both sides to accept mediation, warning that farmers upstream had \
already begun to run out of storage space after a record harvest.

The last strike at Calderwick, in 2013, lasted nine days and ended with an agreement brokered by the \
labour ministry. Union leader Tomas Ferreira said his members did not want a long dispute but would not \
accept rotating night shifts without a proper premium. Talks are expected to resume on Wednesday at a \
neutral venue, according to two people familiar with the arrangements."""


def edit(text: str, changes: dict[str, str]) -> str:
    """``text`` with each key replaced once by its value (the key must occur)."""
    for old, new in changes.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def paragraphs(text: str, order: list[int]) -> str:
    parts = text.split("\n\n")
    return "\n\n".join(parts[i] for i in order)


EN_COPY_COURIER = (
    "Coastal Courier | Business | Share this article\nBy Courier staff, with Northwire\n\n"
    + edit(EN_WIRE, {"walked off the job": "walked out", "declined to say": "would not say",
                     "estimated": "reckoned"})
    + "\n\nCopyright 2024 Coastal Courier. All rights reserved."
)
EN_COPY_STAR = (
    "THE MIDLAND STAR — Updated 09:42\n\n"
    + edit(EN_WIRE, {"Monday morning": "Monday", "most generous": "most competitive",
                     "urged": "called on"}).replace("'", "’").replace(" - ", " — ")
    + "\n\nReporting by Northwire; editing by the Star’s business desk."
)

EN_REWRITE = """Ships are stacking up outside Calderwick after the town's dockers stopped work on Monday in a \
row over pay for night shifts, the first walkout at the harbour since 2013. Around 1,400 union members \
are taking part, according to their representatives, who have set up pickets at each of the terminal \
gates and say they will not leave until management puts a new offer in writing.

Management, for its part, insists that a two-year deal worth six per cent is fair and has promised that \
ferries and fuel deliveries will not be affected. Local agents count nine or more delayed freighters, \
mostly waiting to take on barley and timber, and exporters fear contractual penalties should the \
stoppage drag on into next week.

Business leaders want a mediator brought in, pointing to grain silos upriver that are already full after \
an exceptional harvest. When the port last stopped, over a decade ago, the dispute ran for nine days \
before the government stepped in. Tomas Ferreira, who leads the union, insists nobody wants a repeat, \
but says rotating nights need a premium. Both sides are due to meet again midweek."""

FR_TRANSLATION = """CALDERWICK, 4 mars (Northwire) - Les dockers du port de Calderwick ont cessé le travail \
lundi matin, interrompant le chargement des navires de céréales et de bois pour la première fois depuis \
onze ans, après l'échec dimanche soir des négociations avec l'autorité portuaire sur la rémunération des \
équipes de nuit. Selon les responsables syndicaux, environ 1 400 adhérents participent au mouvement et \
les piquets resteront en place aux quatre portes des terminaux jusqu'à ce que l'autorité revienne à la \
table avec une offre écrite.

L'autorité portuaire a indiqué dans un communiqué qu'elle regrettait cette décision et que des plans de \
secours permettaient de maintenir en activité le terminal des ferries et l'appontement pétrolier. Sa \
porte-parole, Helen Marsh, a déclaré que la dernière offre, une hausse de six pour cent étalée sur deux \
ans, restait valable et comptait parmi les plus généreuses de la région. Elle a refusé de préciser \
combien de navires attendaient au mouillage derrière la digue.

Les agents maritimes de la ville estiment qu'au moins neuf cargos sont retardés et que les exportateurs \
d'orge et de bois scié pourraient subir des pénalités si le conflit se prolongeait au-delà de la fin de \
la semaine. La chambre de commerce régionale a exhorté les deux parties à accepter une médiation, en \
avertissant que les agriculteurs en amont commençaient déjà à manquer de place de stockage après une \
récolte record.

La dernière grève à Calderwick, en 2013, avait duré neuf jours et s'était achevée par un accord négocié \
sous l'égide du ministère du Travail. Le dirigeant syndical Tomas Ferreira a affirmé que ses adhérents \
ne souhaitaient pas un long conflit mais n'accepteraient pas des nuits tournantes sans une véritable \
prime. Les discussions devraient reprendre mercredi dans un lieu neutre, selon deux personnes au fait \
des préparatifs."""

# -- A French wire story, its copies, a reordered and a cut version --------------------------------

FR_WIRE = """VALMOREAU, 12 novembre (Agence Hexa) - La crue de la Sarve a contraint près de six cents \
habitants de Valmoreau et des hameaux voisins à quitter leur logement dans la nuit de samedi à \
dimanche, après des pluies d'une intensité inédite depuis les relevés de 1958. La préfecture a \
déclenché le plan d'urgence peu après minuit et ouvert deux gymnases pour accueillir les familles \
évacuées, dont une centaine d'enfants.

Selon Météo Hexa, il est tombé en vingt-quatre heures l'équivalent de deux mois de précipitations sur \
le haut bassin de la rivière. Le niveau de la Sarve a atteint 4,80 mètres au pont de la Gare, soit \
plus d'un mètre au-dessus de la cote d'alerte, avant de commencer à baisser lentement dimanche en fin \
de matinée.

Les pompiers ont mené une quarantaine d'opérations de mise en sécurité, notamment à l'aide \
d'embarcations dans le quartier des Tanneries, où l'eau a envahi les rez-de-chaussée. Aucune victime \
n'est à déplorer, mais deux personnes âgées ont été hospitalisées par précaution pour une hypothermie \
légère, a précisé le commandant des secours, Julien Aubertin.

Le maire, Claire Desportes, a demandé la reconnaissance de l'état de catastrophe naturelle et annoncé \
la fermeture des écoles jusqu'à mercredi. La circulation reste interdite sur la route départementale \
entre Valmoreau et Saint-Ours, où un pan de talus s'est effondré. Les services techniques redoutent \
une nouvelle montée des eaux si les orages annoncés pour mardi se confirment sur les reliefs."""

FR_COPY_COURRIER = (
    "Le Courrier du Val — Faits divers — Publié le 12/11\nPar la rédaction, avec Agence Hexa\n\n"
    + edit(FR_WIRE, {"a contraint": "a obligé", "peu après minuit": "vers minuit",
                     "a précisé": "a indiqué"}).replace("'", "’")
    + "\n\nCet article vous a été utile ? Abonnez-vous à notre lettre du matin."
)
FR_REORDERED = paragraphs(FR_WIRE, [1, 3, 0, 2])
FR_CUT = paragraphs(FR_WIRE, [0, 1])

# -- Two different stories from one site with a long shared footer (shorter than each story) -------

FOOTER = """The Fenland Observer is an independent newspaper owned by a charitable trust. We rely on our \
readers to keep reporting on local councils, courts and schools. If you value this journalism, please \
consider a subscription from just two pounds a month. Our newsroom follows the Editors' Code of \
Practice; to report an error, write to the readers' editor at the address printed on page two. \
Comments on this article are moderated and close after seven days."""

STORY_COUNCIL = """Councillors in Brackley Fen voted by nine votes to four on Thursday night to keep the \
town library open on Saturdays, reversing a plan agreed in the spring to close it at weekends to save \
money. The decision followed a petition signed by more than 2,300 residents and a packed public meeting \
at the corn exchange, where parents, pensioners and students queued for almost two hours to speak.

The cabinet member for culture, Priya Lund, said the council had listened and would find the money by \
delaying the refurbishment of the market square car park by a year. Opposition councillors welcomed \
the change but said the library's opening hours on weekday evenings, cut last year, should also be \
restored. A review of all branch libraries across the district is due to report in the autumn, and \
the mobile library serving outlying villages will keep its fortnightly timetable until then."""

STORY_POLICE = """Police in Harlow Ridge are appealing for witnesses after a lorry carrying frozen food \
overturned on the bypass roundabout early on Tuesday, spilling its load across both carriageways and \
closing the road for most of the morning rush hour. The driver, a man in his fifties from Lincoln, was \
treated at the scene for minor injuries and later released.

Officers said no other vehicle appeared to have been involved, but they want to hear from anyone with \
dashboard camera footage of the approach road between five and six o'clock. Recovery crews worked for \
almost four hours to right the trailer and clear pallets of peas and fish fingers, while buses were \
diverted through the industrial estate. The highways agency said the roundabout's surface had been \
inspected and was safe, and that a long-planned scheme to add traffic lights would go ahead in June."""

# -- Two days of a templated market report: the same wording, other figures and companies ----------

MARKET_MONDAY = """PARIS, 3 juin (Agence Hexa) - La Bourse de Paris a terminé en hausse de 0,84 % lundi, le \
CAC 40 gagnant 63,12 points à 7 580,41 points dans un volume d'échanges de 3,1 milliards d'euros. Les \
valeurs bancaires ont mené la progression, Banque Orsay prenant 2,9 % et Crédit Vernay 2,1 %, tandis \
que le secteur automobile a reculé, Motors Lavalle cédant 1,7 % après un avertissement sur ses ventes \
en Asie. Sur le marché obligataire, le rendement de l'emprunt d'État à dix ans s'est établi à 3,02 %, \
en légère baisse par rapport à vendredi. L'euro valait 1,0841 dollar en fin de séance et le baril de \
brent s'échangeait à 81,40 dollars. Les investisseurs attendent mardi les chiffres de l'inflation dans \
la zone euro, puis jeudi la réunion de la Banque centrale européenne, qui devrait laisser ses taux \
inchangés selon la plupart des économistes interrogés par l'agence."""

MARKET_TUESDAY = """PARIS, 4 juin (Agence Hexa) - La Bourse de Paris a terminé en baisse de 0,37 % mardi, le \
CAC 40 perdant 28,05 points à 7 552,36 points dans un volume d'échanges de 2,7 milliards d'euros. Les \
valeurs technologiques ont mené le repli, Sigma Logiciels cédant 3,4 % et Vectis 2,2 %, tandis que le \
secteur du luxe a progressé, Maison Aurèle prenant 1,5 % après un relèvement de sa recommandation par \
un courtier. Sur le marché obligataire, le rendement de l'emprunt d'État à dix ans s'est établi à 3,05 %, \
en légère hausse par rapport à lundi. L'euro valait 1,0813 dollar en fin de séance et le baril de \
brent s'échangeait à 80,95 dollars. Les investisseurs attendent jeudi la réunion de la Banque centrale \
européenne, qui devrait laisser ses taux inchangés selon la plupart des économistes interrogés par \
l'agence, puis vendredi les chiffres de l'emploi aux États-Unis."""

# -- Short texts: a wire brief and paywall stubs ---------------------------------------------------

BRIEF = "Le pont de Saint-Ours sur la Sarve restera fermé à la circulation jusqu'à vendredi, a annoncé la préfecture."
STUB = ("Cet article est réservé aux abonnés. Déjà abonné ? Connectez-vous. Profitez de notre offre "
        "découverte : un euro le premier mois, sans engagement.")
STUB_A = "Valmoreau : la crue. " + STUB
STUB_B = "Bourse : le CAC recule. " + STUB

# -- A templated bulletin with five values changed, and a wire update adding a paragraph -------------

AIR_MONDAY = """Qualité de l'air à Valmoreau, bulletin du lundi 3 juin. L'indice de qualité de l'air sera \
moyen aujourd'hui sur l'agglomération, avec un indice de 4 sur une échelle de 10. Les concentrations \
d'ozone devraient rester modérées en matinée puis augmenter l'après-midi avec l'ensoleillement, sans \
dépasser le seuil d'information. Les particules fines resteront à un niveau faible grâce au vent de \
secteur ouest. Les personnes sensibles, notamment les enfants et les personnes âgées, sont invitées à \
limiter les efforts physiques intenses en plein air entre 14 heures et 18 heures. Prochain bulletin \
demain à 11 heures."""
AIR_TUESDAY = edit(AIR_MONDAY, {"lundi 3 juin": "mardi 4 juin", "moyen": "dégradé", "de 4 sur": "de 6 sur",
                                "modérées": "élevées", "faible": "moyen"})

EN_UPDATE = EN_WIRE + """

Late on Monday the labour ministry said it had appointed a mediator, the former judge Alice Crane, and \
invited both sides to meet her on Wednesday morning. The union said it would attend but that the \
picket lines would stay in place in the meantime."""




# -- The table ---------------------------------------------------------------------------------------

CASES = [
    # (case, text a, text b, duplicate?)
    ("copy with another site's header, footer, byline, 3 words changed (EN)", EN_WIRE, EN_COPY_COURIER, True),
    ("two site copies of one wire story, typographic quotes and dashes (EN)", EN_COPY_COURIER, EN_COPY_STAR, True),
    ("copy with another site's header, footer, 3 words changed (FR)", FR_WIRE, FR_COPY_COURRIER, True),
    ("paragraphs reordered: still the same wire copy", FR_WIRE, FR_REORDERED, True),
    ("reordered paragraphs against another site's copy", FR_REORDERED, FR_COPY_COURRIER, True),
    ("a wire update adding a paragraph", EN_WIRE, EN_UPDATE, True),
    ("identical texts", EN_WIRE, EN_WIRE, True),
    ("the same story heavily rewritten", EN_WIRE, EN_REWRITE, False),
    ("the same story translated", EN_WIRE, FR_TRANSLATION, False),
    ("two stories sharing a long footer, shorter than each story", STORY_COUNCIL + "\n\n" + FOOTER,
     STORY_POLICE + "\n\n" + FOOTER, False),
    ("a templated market report on two days (dense figures)", MARKET_MONDAY, MARKET_TUESDAY, False),
    ("a templated bulletin on two days (five values changed)", AIR_MONDAY, AIR_TUESDAY, False),
    ("a copy cut to its first two paragraphs (a known miss of Jaccard)", FR_WIRE, FR_CUT, False),
    ("two different wire stories", EN_WIRE, FR_WIRE, False),
    ("an identical short brief: too little evidence", BRIEF, BRIEF, False),
    ("paywall stubs of two articles: too short", STUB_A, STUB_B, False),
]
LONG_CASES = [c for c in CASES if len(words(c[1])) >= 50 and len(words(c[2])) >= 50]


def raw_estimate(a: str, b: str) -> float:
    """The estimated similarity with the short-text rule turned off."""
    sa, sb = signature(a, min_words=0), signature(b, min_words=0)
    assert sa is not None and sb is not None
    return estimate(sa, sb)


def exact_jaccard(a: str, b: str) -> float:
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb)


@pytest.mark.parametrize(("case", "a", "b", "duplicate"), CASES, ids=[c[0] for c in CASES])
def test_case_table(case: str, a: str, b: str, duplicate: bool) -> None:
    found = find_duplicates([("site-a", a, "2024-03-04"), ("site-b", b, "2024-03-05")])
    assert found == ({"site-b": "site-a"} if duplicate else {}), case
    # The estimate is close to the exact Jaccard similarity of the shingle sets (4 standard errors).
    exact = exact_jaccard(a, b)
    assert abs(raw_estimate(a, b) - exact) <= 4 * math.sqrt(exact * (1 - exact) / 128) + 0.01


def test_threshold_evidence() -> None:
    """The figures behind DEFAULT_THRESHOLD (see kg.syndication's docstring)."""
    copies = [raw_estimate(a, b) for _, a, b, dup in LONG_CASES if dup]
    others = [raw_estimate(a, b) for _, a, b, dup in LONG_CASES if not dup]
    assert min(copies) >= DEFAULT_THRESHOLD  # 0.71: two sites' copies, one of them reordered
    assert max(others) <= DEFAULT_THRESHOLD - 0.1  # 0.59: the templated bulletin
    # 0.8 would miss three of the six copy pairs; different stories stay far below either.
    assert sum(c < 0.8 for c in copies) == 3
    assert max(raw_estimate(a, b) for case, a, b, dup in LONG_CASES if not dup and "Jaccard" not in case
               and "bulletin" not in case) < 0.3


def test_short_text_rule() -> None:
    text = " ".join(f"mot{i}" for i in range(60))
    assert signature(" ".join(text.split()[:49])) is None  # fewer than 10 * k = 50 words
    assert signature(" ".join(text.split()[:50])) is not None
    assert signature(" ".join(text.split()[:29]), k=3) is None
    assert signature(" ".join(text.split()[:30]), k=3) is not None
    assert signature("", min_words=0) is None
    # Why: two different articles' paywall stubs would pass the threshold on their text alone.
    assert raw_estimate(STUB_A, STUB_B) >= DEFAULT_THRESHOLD
    assert find_duplicates([("a", STUB_A, None), ("b", STUB_B, None)]) == {}
    assert find_duplicates([("a", BRIEF, None), ("b", BRIEF, None)]) == {}
    assert similarity(BRIEF, BRIEF) == 0.0
    index = SyndicationIndex()
    index.add("a", BRIEF)
    index.add("b", BRIEF)
    assert len(index) == 2 and index.groups() == {} and index.similarity("a", "b") is None


# -- The original rule -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("dated", "original"),
    [
        ({"z-first": "2024-03-01", "a-later": "2024-03-05", "m-last": "2024-03-09"}, "z-first"),
        ({"b": "2024-03-05", "a": "2024-03-05", "c": "2024-03-05"}, "a"),  # a tie: the smallest id
        ({"a": None, "b": "2024-03-05", "c": None}, "b"),  # unknown dates come last
        ({"c": None, "b": None, "d": None}, "b"),  # all unknown: the smallest id
        ({"a": "2024-03-05T10:00:00Z", "b": "2024-03-05T09:00:00Z"}, "b"),
        ({"a": "2024-03-05", "b": "2024"}, "b"),  # a coarser date sorts before the days it contains
    ],
)
def test_original_rule(dated: dict[str, str | None], original: str) -> None:
    texts = [EN_WIRE, EN_COPY_COURIER, EN_COPY_STAR]
    docs = [(doc_id, text, date) for (doc_id, date), text in zip(dated.items(), texts)]
    expected = {doc_id: original for doc_id in dated if doc_id != original}
    assert find_duplicates(docs) == expected
    assert find_duplicates(reversed(docs)) == expected


def test_bad_date_is_refused() -> None:
    with pytest.raises(ValueError, match="ISO 8601"):
        SyndicationIndex().add("a", EN_WIRE, date="05/03/2024")


def test_groups_are_connected_components() -> None:
    """A ~ B and B ~ C with A not ~ C: one group, one original, no chain of duplicates."""
    pool = [f"mot{i}" for i in range(400)]
    a, b, c = (" ".join(pool[s : s + 200]) for s in (0, 20, 40))
    assert similarity(a, b) >= DEFAULT_THRESHOLD and similarity(b, c) >= DEFAULT_THRESHOLD
    assert similarity(a, c) < DEFAULT_THRESHOLD
    docs = [("c", c, "2024-01-01"), ("b", b, "2024-01-02"), ("a", a, "2024-01-03")]
    assert find_duplicates(docs) == {"a": "c", "b": "c"}
    index = SyndicationIndex()
    for doc in docs:
        index.add(doc[0], doc[1], date=doc[2])
    assert index.explain("a") == Duplicate("a", "c", similarity(a, c), 3)
    index.discard("b")  # the bridge: a and c part
    assert index.groups() == {}


# -- Order independence, batches, discard and replace ------------------------------------------------

CORPUS: list[tuple[str, str, str | None]] = [
    ("en-wire", EN_WIRE, "2024-03-04"),
    ("en-courier", EN_COPY_COURIER, "2024-03-04"),
    ("en-star", EN_COPY_STAR, None),
    ("en-update", EN_UPDATE, "2024-03-05"),
    ("en-rewrite", EN_REWRITE, "2024-03-04"),
    ("fr-translation", FR_TRANSLATION, "2024-03-04"),
    ("fr-wire", FR_WIRE, "2024-11-12"),
    ("fr-courrier", FR_COPY_COURRIER, "2024-11-12T08:00"),
    ("fr-reordered", FR_REORDERED, "2024-11-11"),
    ("fr-cut", FR_CUT, "2024-11-12"),
    ("mk-monday", MARKET_MONDAY, "2024-06-03"),
    ("mk-monday-copy", "Bourse — les marchés en direct\n" + MARKET_MONDAY, "2024-06-03"),
    ("mk-tuesday", MARKET_TUESDAY, "2024-06-04"),
    ("council", STORY_COUNCIL + "\n\n" + FOOTER, "2024-05-02"),
    ("police", STORY_POLICE + "\n\n" + FOOTER, "2024-05-02"),
    ("brief", BRIEF, None),
    ("brief-copy", BRIEF, None),
]
EXPECTED = {
    "en-star": "en-courier", "en-update": "en-courier", "en-wire": "en-courier",
    "fr-courrier": "fr-reordered", "fr-wire": "fr-reordered",
    "mk-monday-copy": "mk-monday",
}


def reference_groups(docs: list[tuple[str, str, str | None]], threshold: float = DEFAULT_THRESHOLD) -> dict[str, str]:
    """Every pair compared (no banding), components by union-find, the smallest key as original."""
    sigs = {doc_id: signature(text) for doc_id, text, _ in docs}
    dates = {doc_id: date for doc_id, _, date in docs}
    parent = {doc_id: doc_id for doc_id in sigs}

    def root(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for i, (x, sx) in enumerate(sigs.items()):
        for y, sy in list(sigs.items())[i + 1 :]:
            if sx is not None and sy is not None and estimate(sx, sy) >= threshold:
                parent[root(x)] = root(y)
    members: dict[str, list[str]] = {}
    for doc_id in sigs:
        members.setdefault(root(doc_id), []).append(doc_id)
    out = {}
    for group in members.values():
        original = min(group, key=lambda d: (dates[d] is None, dates[d] or "", d))
        out.update({d: original for d in group if d != original})
    return out


def test_reference_matches_the_expected_groups() -> None:
    assert reference_groups(CORPUS) == EXPECTED


SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SLOW
@given(order=st.permutations(CORPUS), cuts=st.lists(st.integers(0, len(CORPUS)), max_size=4))
def test_groups_do_not_depend_on_order_or_batches(
    order: list[tuple[str, str, str | None]], cuts: list[int]
) -> None:
    index = SyndicationIndex()
    bounds = [0, *sorted(cuts), len(order)]
    for start, end in zip(bounds, bounds[1:]):
        for doc_id, text, date in order[start:end]:
            index.add(doc_id, text, date=date)
        batch_view = index.groups()  # asked between batches, as an --update build would
        assert set(batch_view) | set(batch_view.values()) <= {d for d, _, _ in order[:end]}
    assert index.groups() == EXPECTED
    assert len(index) == len(CORPUS)
    assert find_duplicates(order) == EXPECTED


@SLOW
@given(order=st.permutations(CORPUS), drop=st.sets(st.sampled_from([d for d, _, _ in CORPUS])))
def test_discard_then_add_again(order: list[tuple[str, str, str | None]], drop: set[str]) -> None:
    index = SyndicationIndex()
    for doc_id, text, date in order:
        index.add(doc_id, text, date=date)
    for doc_id in sorted(drop):
        index.discard(doc_id)
    kept = [doc for doc in CORPUS if doc[0] not in drop]
    assert index.groups() == reference_groups(kept)
    assert len(index) == len(kept) and all(d not in index for d in drop)
    for doc_id, text, date in order:
        if doc_id in drop:
            index.add(doc_id, text, date=date)
    assert index.groups() == EXPECTED


def test_add_replaces_and_discard_is_idempotent() -> None:
    index = SyndicationIndex()
    for doc_id, text, date in CORPUS:
        index.add(doc_id, text, date=date)
    index.add("en-courier", STORY_POLICE, date="2024-03-04")  # re-processed with other text
    assert index.duplicate_of("en-star") == "en-wire" and index.duplicate_of("en-courier") is None
    index.add("en-star", EN_COPY_STAR, date="2024-01-01")  # the same text, an earlier date
    assert index.duplicate_of("en-wire") == "en-star" and index.duplicate_of("en-star") is None
    index.discard("en-star")
    index.discard("en-star")
    index.discard("never-added")
    assert len(index) == len(CORPUS) - 1
    assert index.duplicate_of("en-update") == "en-wire"


def test_api_details() -> None:
    index = SyndicationIndex()
    for doc_id, text, date in CORPUS:
        index.add(doc_id, text, date=date)
    found = index.groups()
    found["fr-wire"] = "x"  # a copy: the index is untouched
    assert index.groups() == EXPECTED
    assert index.duplicate_of("en-courier") is None  # an original
    assert index.duplicate_of("en-rewrite") is None  # a singleton
    assert index.duplicate_of("unknown") is None
    assert index.explain("en-courier") is None
    why = index.explain("en-star")
    assert why is not None and why.original == "en-courier" and why.group_size == 4
    assert why.similarity == index.similarity("en-star", "en-courier") == raw_estimate(EN_COPY_STAR, EN_COPY_COURIER)
    assert "en-wire" in index and "nope" not in index
    with pytest.raises(ValueError):
        SyndicationIndex(threshold=0.0)
    with pytest.raises(ValueError):
        SyndicationIndex(k=0)
    with pytest.raises(ValueError):
        signature(EN_WIRE, permutations=0)


# -- Candidates: banding never loses a pair that passes ----------------------------------------------

@pytest.mark.parametrize("threshold", [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0])
def test_bands_catch_every_passing_pair(threshold: float) -> None:
    """Worst case: a pair just at the threshold with its unequal values spread over every band."""
    from array import array

    index = SyndicationIndex(threshold=threshold)
    a = array("I", range(128))
    b = array("I", a)
    needed = math.ceil(threshold * 128 - 1e-9)
    for n in range(128 - needed):  # one unequal value per band, as far as they go
        b[(n * index.rows) % 128 + (n * index.rows) // 128] += 1000
    assert estimate(a, b) >= threshold
    assert any(x == y for x, y in zip(index._band_keys(a), index._band_keys(b)))


@SLOW
@given(windows=st.lists(st.tuples(st.integers(0, 120), st.integers(60, 200)), min_size=2, max_size=8))
def test_index_agrees_with_comparing_every_pair(windows: list[tuple[int, int]]) -> None:
    """Overlapping windows of one word sequence: pairs all around the threshold."""
    pool = [f"w{i}" for i in range(400)]
    docs: list[tuple[str, str, str | None]] = [
        (f"d{n}", " ".join(pool[s : s + length]), None) for n, (s, length) in enumerate(windows)
    ]
    assert find_duplicates(docs) == reference_groups(docs)


# -- Signatures --------------------------------------------------------------------------------------

def test_estimate_is_unbiased_on_short_texts() -> None:
    """60-word texts fill fewer than half of the 128 bins: densification must not bias the estimate."""
    errors = []
    for n in range(40):
        pool = [f"m{n}x{i}" for i in range(120)]
        a, b = " ".join(pool[:60]), " ".join(pool[20:80])
        errors.append(raw_estimate(a, b) - exact_jaccard(a, b))
    assert abs(sum(errors) / len(errors)) < 0.02


def test_signature_shape_and_pinned_values() -> None:
    sig = signature(EN_WIRE)
    assert sig is not None and len(sig) == 128 and all(0 <= v < 2**32 for v in sig)
    assert len(signature(EN_WIRE, permutations=64) or ()) == 64
    assert signature(EN_WIRE, k=4) != sig
    assert signature(FR_WIRE) != sig
    # Pinned: a change of normalisation, hashing or densification changes stored signatures.
    assert sig[:4] == PINNED


PINNED = (129463204, 3145230151, 2352036382, 3248854665)


@pytest.mark.parametrize("seed", ["0", "4242"])
def test_signature_is_the_same_in_another_process(seed: str) -> None:
    code = "import sys; from kg.resolve.syndication import signature; print(signature(sys.stdin.read()))"
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", code], input=FR_COPY_COURRIER, capture_output=True, text=True,
                         env=env, check=True, timeout=120)
    assert out.stdout.strip() == str(signature(FR_COPY_COURRIER))


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèàçôœ", min_size=1, max_size=9)
SEPARATORS = [" ", "  ", "\n", "\n\n", "\t", "\u00a0", ", ", ". ", " — ", " « ", " » ", "’", "'", "-",
              "“", "”", " !", " ? ", ";", ": ", "…", "(", ") "]


def fullwidth(word: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "a" <= c <= "z" else c for c in word)


RENDER = [str.lower, str.upper, str.title, lambda w: unicodedata.normalize("NFD", w), fullwidth]


@settings(max_examples=60, deadline=None)
@given(ws=st.lists(WORD, min_size=50, max_size=120), data=st.data())
def test_signature_ignores_case_spacing_punctuation(ws: list[str], data: st.DataObject) -> None:
    plain = " ".join(ws)
    noisy = data.draw(st.sampled_from(["", "« ", "\n"]))
    for w in ws:
        noisy += data.draw(st.sampled_from(RENDER))(w) + data.draw(st.sampled_from(SEPARATORS))
    assert signature(noisy) == signature(plain) == signature(plain)
    assert signature(plain) is not None


def test_the_index_survives_registry_json() -> None:
    import json

    from kg.resolve.syndication import SyndicationIndex

    wire = " ".join(f"word{i} story{i % 7} text{i % 11}" for i in range(120))
    index = SyndicationIndex()
    index.add("copy", wire + " Site B", date="2024-05-22")
    index.add("original", "Site A. " + wire, date="2024-05-21")
    index.add("short", "too short to tell", date=None)
    again = SyndicationIndex()
    again.load_dict(json.loads(json.dumps(index.as_dict())))
    assert again.groups() == index.groups() == {"copy": "original"}
    assert len(again) == 3 and again.similarity("copy", "original") == index.similarity("copy", "original")
    other = SyndicationIndex(k=4)  # signatures made with other settings do not compare: not loaded
    other.load_dict(index.as_dict())
    assert len(other) == 0


@pytest.mark.parametrize("order", [CORPUS, list(reversed(CORPUS))], ids=["forward", "backward"])
def test_signed_entries_index_as_add(order) -> None:
    """Signatures computed apart (in any order) and indexed with add_signed in ``order`` give the
    index add gives in that order; a text too short has no signature and is never a duplicate."""
    added, signed = SyndicationIndex(), SyndicationIndex()
    sigs = {doc_id: signed.signature_of(text) for doc_id, text, _ in reversed(order)}
    for doc_id, text, date in order:
        added.add(doc_id, text, date=date)
        signed.add_signed(doc_id, sigs[doc_id], date=date)
    assert signed.groups() == added.groups() == EXPECTED
    assert signed.signature_of("too short to sign") is None
    signed.add_signed("short", signed.signature_of("too short to sign"), date=None)
    assert signed.duplicate_of("short") is None and "short" in signed
    with pytest.raises(ValueError):
        signed.add_signed("bad", None, date="March 2024")
