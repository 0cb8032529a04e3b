"""Gold readers (TimeML, MEANTIME CAT XML, HIPE TSV) on hand-made snippets, and the coded errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KGError
from kg.evaluation.gold import Mention
from kg.evaluation.readers.hipe import parse_hipe
from kg.evaluation.readers.meantime import parse_meantime
from kg.evaluation.readers.timeml import parse_timeml, read_timeml_folder
from kg.evaluation.runner import evaluate, evaluate_corpus, resolve_corpora
from kg.types import PartialDate

TIMEML = """<?xml version="1.0" encoding="UTF-8"?>
<TimeML>
<DOCID>doc-1</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2003-02-14">14/02/2003</TIMEX3></DCT>
<TEXT>Le maire a <EVENT class="OCCURRENCE" eid="e1">annoncé</EVENT> <TIMEX3 tid="t1" type="DATE" value="2003-02-13">hier</TIMEX3> la <EVENT class="OCCURRENCE" eid="e2">fermeture</EVENT> du pont <SIGNAL sid="s1">pendant</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P3D">trois jours</TIMEX3> &amp; plus.</TEXT>
<TLINK lid="l1" eventInstanceID="ei1" relatedToTime="t1" relType="IS_INCLUDED"/>
</TimeML>
"""


def test_timeml_text_offsets_and_dct() -> None:
    doc = parse_timeml(TIMEML, doc_id="fallback", lang="fr")
    assert doc.id == "doc-1" and doc.lang == "fr"
    assert doc.text == "Le maire a annoncé hier la fermeture du pont pendant trois jours & plus."
    assert doc.dct == PartialDate(2003, 2, 14)
    assert [(doc.text[t.start : t.end], t.label, t.value) for t in doc.timexes] == [
        ("hier", "DATE", "2003-02-13"),
        ("trois jours", "DURATION", "P3D"),
    ]
    assert [(doc.text[e.start : e.end], e.label) for e in doc.events] == [
        ("annoncé", "OCCURRENCE"),
        ("fermeture", "OCCURRENCE"),
    ]
    assert doc.layers == {"timexes", "events"} and not doc.entities
    assert doc.scored_range == (0, len(doc.text))


def test_timeml_creation_time_inside_text_is_not_scored() -> None:
    content = (
        '<TimeML><TEXT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">'
        'March 22, 2013</TIMEX3> Shares fell <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3>.</TEXT></TimeML>'
    )
    doc = parse_timeml(content, doc_id="x", lang="en")
    assert doc.dct == PartialDate(2013, 3, 22)
    assert [t.text for t in doc.timexes] == ["Thursday"]
    assert [t.text for t in doc.ignored_timexes] == ["March 22, 2013"]


@pytest.mark.parametrize("content", ["<TimeML><TEXT>broken</TimeML>", "<TimeML><DOCID>x</DOCID></TimeML>"])
def test_timeml_unreadable_is_E604(content: str) -> None:
    with pytest.raises(KGError) as info:
        parse_timeml(content, doc_id="x", lang="fr", source="bad.tml")
    assert info.value.code == "E604" and "bad.tml" in str(info.value)


def test_timeml_folder_reads_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b.tml").write_text(TIMEML.replace("doc-1", "b"), encoding="utf-8")
    (tmp_path / "a.tml").write_text(TIMEML.replace("doc-1", "a"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    assert [d.id for d in read_timeml_folder(tmp_path, lang="fr")] == ["a", "b"]


def _tokens(sentences: list[list[str]]) -> str:
    out, t_id = [], 1
    for s, words in enumerate(sentences):
        for w in words:
            out.append(f'<token number="{t_id - 1}" sentence="{s}" t_id="{t_id}">{w}</token>')
            t_id += 1
    return "\n".join(out)


SENTENCES = [
    ["Airbus", "wins", "order"],  # 1-3
    ["June", "13", ",", "2005"],  # 4-7
    ["Mobile", ",", "Alabama", "said", "Airbus", "hired", "John", "Smith", "."],  # 8-16
    ["Later", "sentences", "."],  # 17-19
    ["More", "."],  # 20-21
    ["Still", "Airbus", "range", "."],  # 22-25
    ["Not", "annotated", "Boeing", "."],  # 26-29
]


def _anchors(*ids: int) -> str:
    return "".join(f'<token_anchor t_id="{i}"/>' for i in ids)


MEANTIME = f"""<?xml version="1.0" ?><Document doc_id="42" doc_name="42_Airbus" lang="en">
{_tokens(SENTENCES)}
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM">{_anchors(1)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM">{_anchors(8, 9, 10)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="NAM">{_anchors(10)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type="NAM">{_anchors(12)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="5" syntactic_type="NAM">{_anchors(14, 15)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="6" syntactic_type="PRO">{_anchors(18)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="7" syntactic_type="NAM">{_anchors(3)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="8"></ENTITY_MENTION>
<ENTITY_MENTION m_id="9" syntactic_type="PRE.NAM">{_anchors(23)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="10" syntactic_type="PRE.NOM">{_anchors(24)}</ENTITY_MENTION>
<EVENT_MENTION m_id="20" pred="win" pos="VERB">{_anchors(2)}</EVENT_MENTION>
<EVENT_MENTION m_id="21" pred="hire" pos="VERB">{_anchors(13)}</EVENT_MENTION>
<TIMEX3 m_id="30" functionInDocument="CREATION_TIME" type="DATE" value="2005-06-13">{_anchors(4, 5, 6, 7)}</TIMEX3>
<TIMEX3 m_id="31" functionInDocument="NONE" type="DATE" value="2005-06">{_anchors(17)}</TIMEX3>
<ENTITY m_id="100" ent_type="ORG" TAG_DESCRIPTOR="Airbus"/>
<ENTITY m_id="101" ent_type="LOC" TAG_DESCRIPTOR="Mobile, Alabama"/>
<ENTITY m_id="102" ent_type="LOC" TAG_DESCRIPTOR="Alabama"/>
<ENTITY m_id="103" ent_type="PER" TAG_DESCRIPTOR="John Smith"/>
<ENTITY m_id="104" ent_type="PRO" TAG_DESCRIPTOR="order"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><source m_id="4"/><source m_id="6"/><source m_id="9"/><source m_id="10"/><target m_id="100"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><target m_id="101"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="3"/><target m_id="102"/></REFERS_TO>
<REFERS_TO r_id="4"><source m_id="5"/><target m_id="103"/></REFERS_TO>
<REFERS_TO r_id="5"><source m_id="7"/><target m_id="104"/></REFERS_TO>
<HAS_PARTICIPANT r_id="10" sem_role="Arg0"><source m_id="20"/><target m_id="1"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="11" sem_role="Arg1"><source m_id="20"/><target m_id="7"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="12" sem_role="Arg0"><source m_id="21"/><target m_id="4"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="13" sem_role="Arg2"><source m_id="21"/><target m_id="5"/></HAS_PARTICIPANT>
<TLINK r_id="20" reltype="IS_INCLUDED"><source m_id="20"/><target m_id="30"/></TLINK>
<TLINK r_id="21" reltype="BEFORE"><source m_id="21"/><target m_id="30"/></TLINK>
<TLINK r_id="22" reltype="INCLUDES"><source m_id="31"/><target m_id="21"/></TLINK>
</Relations>
</Document>
"""


# A financial entity (FIN) named once ("More", standing for an index's name) and described once
# ("sentences", a common noun).
MEANTIME_FIN = MEANTIME.replace(
    "</Markables>",
    f'''<ENTITY_MENTION m_id="11" syntactic_type="NAM">{_anchors(20)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="12" syntactic_type="NOM">{_anchors(18)}</ENTITY_MENTION>
<ENTITY m_id="105" ent_type="FIN" TAG_DESCRIPTOR="More index"/>
</Markables>''',
).replace("</Relations>", '''<REFERS_TO r_id="6"><source m_id="11"/><source m_id="12"/><target m_id="105"/></REFERS_TO>
</Relations>''')


def test_meantime_named_financial_entities_are_kept_as_fin() -> None:
    # MEANTIME's FIN (stock market indices, and unnamed contracts, prices, markets): the named
    # mentions are kept with their type, scored on their own row like products; the others are not.
    doc = parse_meantime(MEANTIME_FIN, doc_id="x")
    got = [(doc.text[m.start : m.end], m.label) for m in doc.entities]
    assert ("More", "FIN") in got
    assert not any(text == "sentences" for text, _ in got)
    assert "FIN" in doc.entity_labels


def test_meantime_text_is_rebuilt_from_tokens() -> None:
    doc = parse_meantime(MEANTIME, doc_id="fallback")
    lines = doc.text.split("\n")
    assert lines[0] == "Airbus wins order" and lines[2] == "Mobile , Alabama said Airbus hired John Smith ."
    assert len(lines) == len(SENTENCES) and doc.id == "42" and doc.lang == "en"
    assert doc.dct == PartialDate(2005, 6, 13)


def test_meantime_entities_named_typed_innermost() -> None:
    doc = parse_meantime(MEANTIME, doc_id="x")
    got = [(doc.text[m.start : m.end], m.label) for m in doc.entities]
    # "Mobile , Alabama" (the city) contains "Alabama" (another entity): the city keeps its own
    # name, "Mobile", and "Alabama" is kept too; the pronoun,
    # the common-noun premodifier and the unanchored mention are not named mentions. A name used
    # as a premodifier ("Airbus range", PRE.NAM) is one; a named product is kept as PRO (scored on
    # its own row, outside the totals).
    assert doc.entity_labels == {"PER", "ORG", "LOC", "PRO", "FIN"}
    assert got == [
        ("Airbus", "ORG"),
        ("order", "PRO"),
        ("Mobile", "LOC"),
        ("Alabama", "LOC"),
        ("Airbus", "ORG"),
        ("John Smith", "PER"),
        ("Airbus", "ORG"),
    ]


def _nested_doc(words: list[str], outer: tuple[int, int], inner: list[tuple[int, int]], *, same: bool, label: str = "LOC") -> str:
    """A one-sentence CAT document: an outer named mention over tokens ``outer`` (1-based,
    inclusive) and inner named mentions of the same label, of the outer's entity when ``same``."""
    marks = [f'<ENTITY_MENTION m_id="1" syntactic_type="NAM">{_anchors(*range(outer[0], outer[1] + 1))}</ENTITY_MENTION>']
    refs = ['<REFERS_TO r_id="1"><source m_id="1"/><target m_id="100"/></REFERS_TO>']
    for i, (a, b) in enumerate(inner, start=2):
        marks.append(f'<ENTITY_MENTION m_id="{i}" syntactic_type="NAM">{_anchors(*range(a, b + 1))}</ENTITY_MENTION>')
        target = 100 if same else 100 + i
        refs.append(f'<REFERS_TO r_id="{i}"><source m_id="{i}"/><target m_id="{target}"/></REFERS_TO>')
    entities = "".join(f'<ENTITY m_id="{100 + i}" ent_type="{label}"/>' for i in [0, *range(2, len(inner) + 2)])
    return (
        f'<Document doc_id="1" lang="en">{_tokens([words])}<Markables>{"".join(marks)}{entities}</Markables>'
        f'<Relations>{"".join(refs)}</Relations></Document>'
    )


@pytest.mark.parametrize(
    ("words", "outer", "inner", "same", "label", "expected"),
    [
        # a place written with the place it is in: the outer mention is the first place
        ("in Mobile , Alabama .", (2, 4), [(4, 4)], False, "LOC", ["Mobile", "Alabama"]),
        ("at Moscone Center in San Francisco .", (2, 6), [(5, 6)], False, "LOC", ["Moscone Center", "San Francisco"]),
        ("at the Moscone West center in San Francisco .", (2, 8), [(7, 8)], False, "LOC", ["the Moscone West center", "San Francisco"]),
        ("at Suvarnabhumi Airport , which serves Bangkok .", (2, 7), [(7, 7)], False, "LOC", ["Suvarnabhumi Airport", "Bangkok"]),
        ("at Singapore 's Changi Airport .", (2, 5), [(2, 2)], False, "LOC", ["Singapore", "Changi Airport"]),
        ("The Beatles ' Apple Corps sued .", (1, 5), [(1, 2)], False, "ORG", ["The Beatles", "Apple Corps"]),
        # the inner name is the outer mention's own entity: only the innermost is kept
        ("Irish airline , Ryanair , said", (1, 4), [(4, 4)], True, "ORG", ["Ryanair"]),
        ("Airbus parent EADS won", (1, 3), [(3, 3)], True, "ORG", ["EADS"]),
        # the other sense: nothing of its own is left, or the inner name is part of one name
        ("Boeing and Lockheed lost", (1, 3), [(1, 1), (3, 3)], False, "ORG", ["Boeing", "Lockheed"]),
        ("the iPod Software 1.1.1 update", (2, 4), [(2, 2)], False, "PRO", ["iPod"]),
        ("a new Intel-based Mac .", (2, 4), [(3, 3)], False, "PRO", ["Intel-based"]),
        ("Airbus parent company Acme Group won", (1, 5), [(1, 1)], False, "ORG", ["Airbus"]),
    ],
)
def test_meantime_nested_names(words: str, outer: tuple[int, int], inner: list[tuple[int, int]], same: bool, label: str, expected: list[str]) -> None:
    doc = parse_meantime(_nested_doc(words.split(), outer, inner, same=same, label=label), doc_id="x")
    assert [m.text for m in doc.entities] == expected
    assert all(m.label == label for m in doc.entities)


@pytest.mark.parametrize(
    ("token", "expected"),
    [("Inc.,", "Apple Inc."), ("Inc.", "Apple Inc."), (",", "Apple ,")],
)
def test_meantime_glued_comma_is_no_part_of_a_name(token: str, expected: str) -> None:
    content = (
        f'<Document doc_id="1" lang="en">{_tokens([["Apple", token, "said"]])}<Markables>'
        f'<ENTITY_MENTION m_id="1" syntactic_type="NAM">{_anchors(1, 2)}</ENTITY_MENTION><ENTITY m_id="100" ent_type="ORG"/>'
        '</Markables><Relations><REFERS_TO r_id="1"><source m_id="1"/><target m_id="100"/></REFERS_TO></Relations></Document>'
    )
    assert [m.text for m in parse_meantime(content, doc_id="x").entities] == [expected]


def test_meantime_events_arguments_timexes_and_scored_range() -> None:
    doc = parse_meantime(MEANTIME, doc_id="x")
    assert [m.text for m in doc.events] == ["wins", "hired"]
    args = [(a.trigger.text, a.role, a.argument.text) for a in doc.arguments]
    assert args == [("wins", "agent", "Airbus"), ("wins", "patient", "order"), ("hired", "agent", "Airbus")]
    assert [(t.text, t.value) for t in doc.timexes] == [("Later", "2005-06")]
    assert [t.text for t in doc.ignored_timexes] == ["June 13 , 2005"]
    start, end = doc.scored_range
    assert start == 0 and doc.text[:end].endswith("Still Airbus range .")
    assert "Boeing" not in doc.text[:end]


def test_meantime_event_time_from_tlinks() -> None:
    doc = parse_meantime(MEANTIME, doc_id="x")
    # "wins" IS_INCLUDED in the creation time; "hired": BEFORE says nothing, the timex INCLUDES it
    assert [(m.text, m.value) for m in doc.events] == [("wins", "2005-06-13"), ("hired", "2005-06")]
    assert "event times" in doc.layers


def test_meantime_unreadable_is_E604() -> None:
    with pytest.raises(KGError) as info:
        parse_meantime("<Document></Document>", doc_id="x", source="empty.xml")
    assert info.value.code == "E604"


HIPE = """TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC
# hipe2022:document_id = DOC-1
# hipe2022:date = 1888-08-03
# hipe2022:language = fr
M\tB-pers\tO\tB-pers.ind\tO\tO\tO\t_\t_\tNoSpaceAfter
.\tI-pers\tO\tI-pers.ind\tO\tO\tO\t_\t_\tEndOfLine
Hagenbeck\tI-pers\tO\tI-pers.ind\tO\tO\tO\t_\t_\t_
arrive\tO\tO\tO\tO\tO\tO\t_\t_\t_
à\tO\tO\tO\tO\tO\tO\t_\t_\t_
Munich\tB-loc\tO\tB-loc.adm.town\tO\tO\tO\tQ1726\t_\tNoSpaceAfter
,\tO\tO\tO\tO\tO\tO\t_\t_\t_
lundi\tB-time\tO\tB-time.date.abs\tO\tO\tO\t_\t_\t_
avec\tO\tO\tO\tO\tO\tO\t_\t_\t_
le\tB-prod\tO\tB-prod.media\tO\tO\tO\t_\t_\t_
Figaro\tI-prod\tO\tI-prod.media\tO\tO\tO\t_\t_\tNoSpaceAfter
.\tO\tO\tO\tO\tO\tO\t_\t_\tEndOfSentence

# hipe2022:document_id = DOC-2
# hipe2022:date = 1900-01
La\tO\tO\tO\tO\tO\tO\t_\t_\t_
Société\tB-org\tO\tB-org.ent\tO\tO\tO\t_\t_\t_
Générale\tI-org\tO\tI-org.ent\tO\tO\tO\t_\t_\t_
Paris\tB-loc\tO\tB-loc\tO\tO\tO\t_\t_\t_
Lyon\tB-loc\tO\tB-loc\tO\tO\tO\t_\t_\tNoSpaceAfter|EndOfLine
"""


def test_hipe_documents_text_and_entities() -> None:
    docs = list(parse_hipe(HIPE.splitlines(), source="snippet.tsv"))
    assert [d.id for d in docs] == ["DOC-1", "DOC-2"]
    first, second = docs
    assert first.text == "M. Hagenbeck arrive à Munich, lundi avec le Figaro."
    assert first.dct == PartialDate(1888, 8, 3) and first.lang == "fr" and first.layers == {"entities"}
    assert [(m.text, m.label) for m in first.entities] == [("M. Hagenbeck", "PER"), ("Munich", "LOC")]
    assert [(m.text, m.label) for m in second.entities] == [("Société Générale", "ORG"), ("Paris", "LOC"), ("Lyon", "LOC")]
    assert second.dct == PartialDate(1900, 1)
    for doc in docs:
        assert all(doc.text[m.start : m.end] == m.text for m in doc.entities)


def test_hipe_line_breaks_can_be_kept() -> None:
    first = next(parse_hipe(HIPE.splitlines(), keep_line_breaks=True))
    assert first.text.startswith("M.\nHagenbeck")
    assert first.entities[0] == Mention(0, 12, "PER", "", "M.\nHagenbeck")


def test_hipe_bad_row_is_E604() -> None:
    lines = HIPE.splitlines()[:5] + ["only\ttwo"]
    with pytest.raises(KGError) as info:
        list(parse_hipe(lines, source="bad.tsv"))
    assert info.value.code == "E604" and info.value.line == 6


def test_missing_corpora_folder_is_E601(tmp_path: Path) -> None:
    with pytest.raises(KGError) as info:
        evaluate("all", ["dev"], corpora=tmp_path / "absent")
    assert info.value.code == "E601"
    with pytest.raises(KGError) as info:  # the folder exists, the corpus in it does not
        evaluate_corpus("hipe", "dev", corpora=tmp_path)
    assert info.value.code == "E601"


def test_unknown_corpus_is_E602() -> None:
    with pytest.raises(KGError) as info:
        resolve_corpora("timebank-xx")
    assert info.value.code == "E602" and "fr-timebank" in str(info.value)


def test_missing_split_is_E603(tmp_path: Path) -> None:
    with pytest.raises(KGError) as info:
        evaluate_corpus("tempeval3", "dev", corpora=tmp_path)
    assert info.value.code == "E603"
    with pytest.raises(KGError) as info:
        evaluate("all", ["train"], corpora=tmp_path)
    assert info.value.code == "E603"
