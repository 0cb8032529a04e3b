"""People named in lists, and their countries: sports results ("12. Dupont (Fr) à 2'24"") and lists of names each
followed by a place in brackets ("Favre (Lausanne), Rochat (Morges) et Pittet (Sion)").

Seen alone, a surname in such a list is often taken for a place by the model. The shape of the
list says what the items are: a rank before a name and a time or a country code after it is a
result of a competition, whose items are competitors; a list of "name (place)" items one of which
is a person is a list of people. Nothing here depends on the words themselves.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from kg.types import EntityMention

__all__ = ["with_listed_people"]

_NAME = r"[A-ZÀ-Þ][\w'’-]+(?:\s+(?:(?:de|van|von|del|da|di|van\s+den)\s+)?[A-ZÀ-Þ][\w'’-]+)?"
# A ranked name may start with the initial of a given name ("5. M. Zberg (S)", "9. L. Jalabert (Fr)").
_RANKED_NAME = rf"(?:[A-ZÀ-Þ]\.\s?)?{_NAME}"
# A ranked item of a result list: "12. Dupont (Fr)", "3. Martin à 1'03"", "7. Durand m. t.".
_RANKED = re.compile(
    rf"(?:^|(?<=[\s.;:]))\d{{1,3}}\.\s+(?P<name>{_RANKED_NAME})"
    r"(?=\s*(?:\([A-ZÀ-Þ][\w ,.'’\"-]{0,20}\)|à\s+(?:l['’]\s*)?\d|m\.\s?t\.|\d{1,2}\s?h\s?\d|\d{1,2}['’]\d))"
)
_MIN_RANKED = 3
# A ranked name with nothing after it but the next rank ("12. Camenzind. 23. Huser."): an item of
# the results only in a document whose results list has the full shape above.
_RANKED_BARE = re.compile(rf"(?:^|(?<=[\s.;:]))\d{{1,3}}\.\s+(?P<name>{_RANKED_NAME})(?=\.\s+\d{{1,3}}\.\s)")
# The competitor's country code in brackets after a ranked name: "(Fr)", "(Be, 8")", "(EU)", "(USA)".
_CODE_AFTER = re.compile(r"\s*\((?P<code>[A-ZÀ-Þ](?:[a-zà-ÿ]{0,3}|[A-ZÀ-Þ]{1,2}))(?=[),\s])")
# A bracket after a name, the name's last letter perhaps followed by an OCR'd quote ("JatOn' (Morges)").
_BRACKET_AFTER = re.compile(r"['’]?\s*[({](?P<inside>[A-ZÀ-Þ][^(){}\n]{0,40})\)")
_LIST_JOIN = re.compile(r"\s*(?:,|;|\bet\b|\band\b)\s*")
# What may stand between one "name (place)" item and the next mention of the list: a joiner, the
# initials or given name the recogniser left out ("A. Pi guet"), and whole items it missed.
# A surname's particle ("de Dardel") and an initial with an OCR'd comma ("J, Tissières") too.
_NAME_WORDS = r"(?:(?:[A-ZÀ-Þ],|[A-ZÀ-Þ][\w'’.-]*|de|du|van|von|d['’])\s*){0,4}"
# The gap is the joiner and the words after it, then any number of whole missed items, each matched
# only as far as the next mention needs (matching all of them from every item was quadratic in a
# long list).
_LIST_GAP_HEAD = re.compile(rf"\s*(?:,|;|\bet\b|\band\b)\s*{_NAME_WORDS}")
_LIST_GAP_ITEM = re.compile(
    rf"['’]?\s*[({{][A-ZÀ-Þ][^(){{}}\n]{{0,40}}\)\s*(?:,|;|\bet\b|\band\b)\s*{_NAME_WORDS}"
)
_MIN_LISTED = 3


def _relabel(mention: EntityMention) -> EntityMention:
    if mention.label == "PER" or mention.institution is not None:
        return mention
    return replace(mention, label="PER", evidence=(*mention.evidence, "list of people"))


def _ranked(text: str, mentions: list[EntityMention], lang: str) -> list[EntityMention]:
    items = list(_RANKED.finditer(text))
    if len(items) < _MIN_RANKED:
        return mentions
    full = {item.start() for item in items}
    items += [item for item in _RANKED_BARE.finditer(text) if item.start() not in full]
    by_span = {(m.start, m.end): i for i, m in enumerate(mentions)}
    spans = sorted((m.start, m.end) for m in mentions)
    added: list[EntityMention] = []
    for item in items:
        a, b = item.span("name")
        if (a, b) in by_span:
            i = by_span[(a, b)]
            if mentions[i].label in ("LOC", "ORG"):
                mentions[i] = _relabel(mentions[i])
        elif not any(s < b and a < e for s, e in spans):
            added.append(EntityMention(a, b, text[a:b], "PER", "results list", lang))
        code = _CODE_AFTER.match(text, b)
        if code is None:
            continue
        a, b = code.span("code")
        if (a, b) in by_span:
            i = by_span[(a, b)]
            if mentions[i].label != "LOC":
                # The gazetteer's record for the letters is another thing ("EU": the union, not
                # the United States of French results lists): the code keeps none.
                mentions[i] = replace(
                    mentions[i], label="LOC", qid=None, canonical=None, evidence=(*mentions[i].evidence, "country code in a results list")
                )
        elif not any(s < b and a < e for s, e in spans):
            added.append(EntityMention(a, b, text[a:b], "LOC", "results list", lang))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


def _bracketed(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    ordered = sorted(range(len(mentions)), key=lambda i: (mentions[i].start, mentions[i].end))
    starts = {mentions[i].start: i for i in ordered}
    # The item each mention followed by "(place)" leads to: the next mention after a list joiner.
    nxt: dict[int, int | None] = {}
    for i in ordered:
        m = mentions[i]
        bracket = _BRACKET_AFTER.match(text, m.end)
        if bracket is None:
            continue
        nxt[i] = _next_item(text, bracket.end(), starts)
    seen: set[int] = set()
    for i in ordered:
        if i not in nxt or i in seen:
            continue
        chain = [i]
        in_chain = {i}
        while (j := nxt.get(chain[-1])) is not None and j not in in_chain:
            chain.append(j)
            in_chain.add(j)
            if j not in nxt:
                break  # the last item: a name with no bracket after it ("... et Ody.")
        seen.update(chain)
        if len(chain) >= _MIN_LISTED and any(mentions[k].label == "PER" for k in chain):
            for k in chain:
                if mentions[k].label in ("LOC", "ORG") and not mentions[k].canonical:
                    mentions[k] = _relabel(mentions[k])
    return mentions


def _next_item(text: str, at: int, starts: dict[int, int]) -> int | None:
    """The mention that continues a list whose item's bracket ends at ``at``: the first one after a
    joiner and within the list's gap, skipping the given names and the whole items the recogniser
    missed; a mention in brackets is the place of a missed item, not the next name."""
    join = _LIST_JOIN.match(text, at)
    head = _LIST_GAP_HEAD.match(text, at)
    if join is None or head is None:
        return None
    reach, begin = head.end(), join.end()
    while True:
        while begin <= reach:
            if begin in starts and not text[max(0, begin - 2) : begin].rstrip().endswith(("(", "{")):
                return starts[begin]
            begin += 1
        item = _LIST_GAP_ITEM.match(text, reach)  # one more missed item
        if item is None or item.end() <= reach:
            return None
        reach = item.end()


def with_listed_people(text: str, mentions: Sequence[EntityMention], lang: str) -> list[EntityMention]:
    """``mentions`` with the items of result lists and of "name (place)" lists typed PER, the
    competitors of a result list that NER missed added (in the document's ``lang``), their
    country codes typed LOC, and the items of a plain list typed as most of them are."""
    return _agreed(text, _bracketed(text, _ranked(text, list(mentions), lang)))


_ONE_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]+")
_MIN_AGREEING = 3


def _agreed(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """A plain list of one-word names ("Zariategui, Eflio, Torre, Madrazo et Vargas", "Moldava,
    Bazias, Kovi, Pancevo") names things of one kind: an item the model typed a person where most
    items are places, or a place where most are people, takes the others' type. At least three
    items must agree, and more than disagree; names the gazetteer knows keep their type."""
    ordered = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    runs: list[list[int]] = []
    run: list[int] = []
    for i in ordered:
        m = mentions[i]
        if not _ONE_NAME.fullmatch(m.text) or m.label not in ("PER", "LOC"):
            if len(run) > 1:
                runs.append(run)
            run = []
            continue
        if run and not _LIST_JOIN.fullmatch(text[mentions[run[-1]].end : m.start]):
            if len(run) > 1:
                runs.append(run)
            run = []
        run.append(i)
    if len(run) > 1:
        runs.append(run)
    out = list(mentions)
    for items in runs:
        votes = Counter(mentions[i].label for i in items)
        (label, most), *rest = votes.most_common()
        if most < _MIN_AGREEING or (rest and rest[0][1] >= most):
            continue
        kind = "people" if label == "PER" else "places"
        for i in items:
            m = mentions[i]
            if m.label != label and m.canonical is None and m.institution is None:
                out[i] = replace(m, label=label, evidence=(*m.evidence, f"list of {kind}"))  # type: ignore[arg-type]
    return out
