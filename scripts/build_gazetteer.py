"""Regenerate ``ontologies/gazetteer/countries.tsv`` from CLDR (through babel) and pycountry.

Run ``python scripts/build_gazetteer.py`` after editing the curated tables below. It needs
``babel`` and ``pycountry`` (``pip install babel pycountry``); they are build-time tools only, and
kg never imports them at run time.

Only ``countries.tsv`` is generated. The other ``*.tsv`` files in ``ontologies/gazetteer`` are
curated by hand and this script never touches them.

Where the data comes from:

* the country list: ISO 3166-1 alpha-2 codes from pycountry, plus Kosovo (``XK``, a CLDR code);
* English and French names: CLDR territory names as shipped by babel;
* Wikidata QIDs: the ``QIDS`` table below, checked by hand against published ISO-code-to-Wikidata
  tables. A code missing from it gets no QID: a missing QID is better than a wrong one;
* extra aliases (acronyms, long official forms, common French and English variants): the
  ``EXTRA_ALIASES`` table below, curated by the project.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "ontologies" / "gazetteer" / "countries.tsv"
COLUMNS = ("id", "qid", "type", "label_en", "label_fr", "aliases", "source")

# ISO 3166-1 alpha-2 code -> Wikidata QID of the country or territory item.
# fmt: off
QIDS: dict[str, str] = {
    "AD": "Q228", "AE": "Q878", "AF": "Q889", "AG": "Q781", "AI": "Q25228", "AL": "Q222",
    "AM": "Q399", "AO": "Q916", "AQ": "Q51", "AR": "Q414", "AS": "Q16641", "AT": "Q40", "AU": "Q408",
    "AW": "Q21203", "AX": "Q5689", "AZ": "Q227", "BA": "Q225", "BB": "Q244", "BD": "Q902",
    "BE": "Q31", "BF": "Q965", "BG": "Q219", "BH": "Q398", "BI": "Q967", "BJ": "Q962",
    "BL": "Q25362", "BM": "Q23635", "BN": "Q921", "BO": "Q750", "BQ": "Q27561", "BR": "Q155",
    "BS": "Q778", "BT": "Q917", "BV": "Q23408", "BW": "Q963", "BY": "Q184", "BZ": "Q242",
    "CA": "Q16", "CC": "Q36004", "CD": "Q974", "CF": "Q929", "CG": "Q971", "CH": "Q39",
    "CI": "Q1008", "CK": "Q26988", "CL": "Q298", "CM": "Q1009", "CN": "Q148", "CO": "Q739",
    "CR": "Q800", "CU": "Q241", "CV": "Q1011", "CW": "Q25279", "CX": "Q31063", "CY": "Q229",
    "CZ": "Q213", "DE": "Q183", "DJ": "Q977", "DK": "Q35", "DM": "Q784", "DO": "Q786",
    "DZ": "Q262", "EC": "Q736", "EE": "Q191", "EG": "Q79", "EH": "Q6250", "ER": "Q986",
    "ES": "Q29", "ET": "Q115", "FI": "Q33", "FJ": "Q712", "FK": "Q9648", "FM": "Q702",
    "FO": "Q4628", "FR": "Q142", "GA": "Q1000", "GB": "Q145", "GD": "Q769", "GE": "Q230",
    "GF": "Q3769", "GG": "Q25230", "GH": "Q117", "GI": "Q1410", "GL": "Q223", "GM": "Q1005",
    "GN": "Q1006", "GP": "Q17012", "GQ": "Q983", "GR": "Q41", "GS": "Q35086", "GT": "Q774",
    "GU": "Q16635", "GW": "Q1007", "GY": "Q734", "HK": "Q8646", "HM": "Q131198", "HN": "Q783",
    "HR": "Q224", "HT": "Q790", "HU": "Q28", "ID": "Q252", "IE": "Q27", "IL": "Q801",
    "IM": "Q9676", "IN": "Q668", "IO": "Q43448", "IQ": "Q796", "IR": "Q794", "IS": "Q189",
    "IT": "Q38", "JE": "Q785", "JM": "Q766", "JO": "Q810", "JP": "Q17", "KE": "Q114",
    "KG": "Q813", "KH": "Q424", "KI": "Q710", "KM": "Q970", "KN": "Q763", "KP": "Q423",
    "KR": "Q884", "KW": "Q817", "KY": "Q5785", "KZ": "Q232", "LA": "Q819", "LB": "Q822",
    "LC": "Q760", "LI": "Q347", "LK": "Q854", "LR": "Q1014", "LS": "Q1013", "LT": "Q37",
    "LU": "Q32", "LV": "Q211", "LY": "Q1016", "MA": "Q1028", "MC": "Q235", "MD": "Q217",
    "ME": "Q236", "MF": "Q126125", "MG": "Q1019", "MH": "Q709", "MK": "Q221", "ML": "Q912",
    "MM": "Q836", "MN": "Q711", "MO": "Q14773", "MP": "Q16644", "MQ": "Q17054", "MR": "Q1025",
    "MS": "Q13353", "MT": "Q233", "MU": "Q1027", "MV": "Q826", "MW": "Q1020", "MX": "Q96",
    "MY": "Q833", "MZ": "Q1029", "NA": "Q1030", "NC": "Q33788", "NE": "Q1032", "NF": "Q31057",
    "NG": "Q1033", "NI": "Q811", "NL": "Q55", "NO": "Q20", "NP": "Q837", "NR": "Q697",
    "NU": "Q34020", "NZ": "Q664", "OM": "Q842", "PA": "Q804", "PE": "Q419", "PF": "Q30971",
    "PG": "Q691", "PH": "Q928", "PK": "Q843", "PL": "Q36", "PM": "Q34617", "PN": "Q35672",
    "PR": "Q1183", "PS": "Q219060", "PT": "Q45", "PW": "Q695", "PY": "Q733", "QA": "Q846",
    "RE": "Q17070", "RO": "Q218", "RS": "Q403", "RU": "Q159", "RW": "Q1037", "SA": "Q851",
    "SB": "Q685", "SC": "Q1042", "SD": "Q1049", "SE": "Q34", "SG": "Q334", "SH": "Q192184",
    "SI": "Q215", "SJ": "Q842829", "SK": "Q214", "SL": "Q1044", "SM": "Q238", "SN": "Q1041",
    "SO": "Q1045", "SR": "Q730", "SS": "Q958", "ST": "Q1039", "SV": "Q792", "SX": "Q26273",
    "SY": "Q858", "SZ": "Q1050", "TC": "Q18221", "TD": "Q657", "TF": "Q129003", "TG": "Q945",
    "TH": "Q869", "TJ": "Q863", "TK": "Q36823", "TL": "Q574", "TM": "Q874", "TN": "Q948",
    "TO": "Q678", "TR": "Q43", "TT": "Q754", "TV": "Q672", "TW": "Q865", "TZ": "Q924",
    "UA": "Q212", "UG": "Q1036", "UM": "Q16645", "US": "Q30", "UY": "Q77", "UZ": "Q265",
    "VA": "Q237", "VC": "Q757", "VE": "Q717", "VG": "Q25305", "VI": "Q11703", "VN": "Q881",
    "VU": "Q686", "WF": "Q35555", "WS": "Q683", "XK": "Q1246", "YE": "Q805", "YT": "Q17063",
    "ZA": "Q258", "ZM": "Q953", "ZW": "Q954",
}
# fmt: on

# Labels replacing CLDR's where CLDR's short form reads badly in running text: (en, fr).
LABEL_OVERRIDES: dict[str, tuple[str, str]] = {
    "CD": ("Democratic Republic of the Congo", "République démocratique du Congo"),
    "CG": ("Republic of the Congo", "République du Congo"),
    "HK": ("Hong Kong", "Hong Kong"),
    "MO": ("Macao", "Macao"),
    "PS": ("Palestine", "Palestine"),
}

# Further names of a country, in any language. Only names that denote the country itself.
EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "AE": ("UAE", "EAU", "Émirats"),
    "BA": ("Bosnia", "Bosnie"),
    "BO": ("État plurinational de Bolivie",),
    "CD": (
        "DRC",
        "RDC",
        "DR Congo",
        "RD Congo",
        "Congo-Kinshasa",
        "République démocratique du Congo",
    ),
    "CG": ("Congo-Brazzaville", "Republic of Congo"),
    "CI": ("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"),
    "CN": ("People's Republic of China", "PRC", "République populaire de Chine"),
    "CV": ("Cabo Verde",),
    "CZ": ("Czech Republic", "République tchèque"),
    "DE": ("Federal Republic of Germany", "République fédérale d'Allemagne"),
    "FR": ("French Republic", "République française"),
    "GB": (
        "UK",
        "U.K.",
        "Britain",
        "Great Britain",
        "Grande-Bretagne",
        "United Kingdom of Great Britain and Northern Ireland",
        "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
    ),
    "HK": ("Hong Kong SAR", "Hongkong"),
    "IR": ("Islamic Republic of Iran", "République islamique d'Iran"),
    "KP": (
        "DPRK",
        "RPDC",
        "Democratic People's Republic of Korea",
        "République populaire démocratique de Corée",
    ),
    "KR": ("Republic of Korea", "République de Corée"),
    "LA": ("Lao PDR", "Lao People's Democratic Republic"),
    "MK": ("Republic of North Macedonia", "République de Macédoine du Nord"),
    "MM": ("Burma", "Birmanie"),
    "MO": ("Macau",),
    "NL": ("Holland",),  # not "Hollande": in French news that is François Hollande
    "PS": ("State of Palestine", "État de Palestine"),
    "RU": ("Russian Federation", "Fédération de Russie"),
    "SY": ("Syrian Arab Republic", "République arabe syrienne"),
    "SZ": ("Swaziland",),
    "TL": ("East Timor", "Timor-Leste"),
    "TR": ("Turkey", "Türkiye", "Turquie"),
    "TZ": ("United Republic of Tanzania",),
    "US": (
        "USA",
        "US",
        "U.S.",
        "U.S.A.",
        "United States of America",
        "America",  # English news's "America" is the country ("Bank of America" is its own name)
        "États-Unis d'Amérique",
        "Etats-Unis",
    ),
    "VA": ("Vatican", "Cité du Vatican"),
    "VN": ("Viet Nam",),
}

_PAREN_RE = re.compile(r"^(?P<main>.+?)\s*\((?P<inner>[^)]+)\)\s*$")


def _split_parenthesis(name: str) -> tuple[str, list[str]]:
    """``"Myanmar (Burma)"`` -> ``("Myanmar", ["Myanmar (Burma)", "Burma"])``."""
    match = _PAREN_RE.match(name)
    if not match or not match["inner"][:1].isupper():
        # A lower-case qualifier ("Saint-Martin (partie néerlandaise)") is part of the name.
        return name, []
    return match["main"], [name, match["inner"]]


def _variants(name: str) -> list[str]:
    """Spelled-out variants of CLDR's abbreviations (``St.``, ``&``) and apostrophes."""
    out = []
    if "&" in name:
        out.append(name.replace("&", "and"))
    if name.startswith("St. "):
        out.append("Saint " + name[4:])
        if "&" in name:
            out.append("Saint " + name[4:].replace("&", "and"))
    if "\u2019" in name:
        out.append(name.replace("\u2019", "'"))
    return out


def build_rows() -> list[tuple[str, ...]]:
    """The rows of ``countries.tsv``, sorted by English label."""
    import babel
    import pycountry
    from babel import Locale

    en = Locale("en").territories
    fr = Locale("fr").territories
    source = f"CLDR via babel {babel.__version__}"
    codes = sorted({c.alpha_2 for c in pycountry.countries} | {"XK"})
    rows = []
    for code in codes:
        cldr_en, cldr_fr = en[code], fr[code]
        label_en, extra_en = _split_parenthesis(cldr_en)
        label_fr, extra_fr = _split_parenthesis(cldr_fr)
        aliases = extra_en + extra_fr
        if code in LABEL_OVERRIDES:
            aliases = [cldr_en, cldr_fr, *aliases]
            label_en, label_fr = LABEL_OVERRIDES[code]
        aliases += EXTRA_ALIASES.get(code, ())
        aliases += _variants(label_en) + _variants(label_fr)
        seen = {label_en, label_fr}
        unique = []
        for alias in aliases:
            if alias not in seen:
                seen.add(alias)
                unique.append(alias)
        qid = QIDS.get(code, "")
        rid = qid or f"loc:country:{code.lower()}"
        rows.append((rid, qid, "LOC", label_en, label_fr, "|".join(unique), source))
    rows.sort(key=lambda r: (r[3].casefold(), r[0]))
    return rows


def render(rows: list[tuple[str, ...]]) -> str:
    lines = ["\t".join(COLUMNS)]
    for row in rows:
        for field in row:
            if "\t" in field or "\n" in field:
                raise ValueError(f"field {field!r} holds a tab or newline")
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if countries.tsv is out of date"
    )
    args = parser.parse_args(argv)
    text = render(build_rows())
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(
                f"{OUTPUT} is out of date; run scripts/build_gazetteer.py",
                file=sys.stderr,
            )
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({text.count(chr(10)) - 1} records)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
