"""Who states a figure (its claimant), as the article names them up to its sentence.

The attribution that governs the figure (``claimant_for``), or a credit in brackets after it
("1,338 (LCC)"); then who a common noun or a role means, from what the article named before:
"organisers" the front that called the march, "the Communications Minister" the minister named
with that role, "the agency" the agency named before, "he" the last source named. The names of
claimants and credits also hold places that are not where a figure is counted ("The New York
Times said", "(Argentina's health ministry)"): ``in_claimants_name`` and ``credit_spans`` say so.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from reconcile.extract.attribution import (ORGANISERS, WIRE_AGENCIES, Attribution, attributions, claimant_for,
                                           organiser_in, role_holder, unnamed_subject)
from reconcile.extract.attr_claimant import tells_a_figure_before
from reconcile.extract.attr_relatives import moved_from
from reconcile.extract.fields import places_in
from reconcile.extract.reading import read_backwards
from reconcile.extract.speakers import (ADVERB_END, BODY_ANAPHORS, DOCUMENT_ANAPHORS, NOT_NAME_OPENERS,
                                        _country_of_demonym, anaphoric_body, is_outlet, kind_only, possessed_body,
                                        without_role)
from reconcile.extract.proposal import Line
from reconcile.model.names import fold_name, slugify
from reconcile.quantities.lexicon import MONTHS
from reconcile.quantities.running import Found

__all__ = ["Claimants", "country_claimant", "credit_spans", "in_claimants_name"]

_CREDIT = re.compile(r"\s*\((?:the |la |el |los |las )?([A-Z][\w.&’' -]{1,50})\)")   # "(the Red Cross)"
_NOT_CREDITS = frozenset({"mw", "ms", "ml", "utc", "gmt", "est", "approx", "estimated", "estimado", "aprox"})

# "March organizers in New York claimed": a place inside a claimant's name after "in" is where
_IN_BEFORE = re.compile(r"\b(?:in|en)\s+$")
_SEATS = frozenset("delegacion delegation government administration embassy embajada consulate consulado".split())


def _in_name(body: str, said: Attribution, at: int) -> bool:
    """Whether an offset lies in the words of an attribution up to the claimant's name ("The
    New York Times said", "Fuentes de la policía"), not after it ("damnificadas por las lluvias
    en la región de Piura")."""
    if not said.start <= at < said.end:
        return False
    start = body.find(said.who, said.start, said.end) if said.who else -1
    return start < 0 or at < start + len(said.who)


def _organisers_in(body: str, start: int, at: int) -> bool:
    """"March organizers in New York claimed": a place after "in" in the claimant's words is
    where the count is, unless it is a body's seat ("la delegación del Gobierno en Cataluña")."""
    if _EVENT_OF_PLACE.match(body, at):
        return True                       # "The Los Angeles march's organizers claimed": the march's place
    return bool(_IN_BEFORE.search(body, 0, at)) and not any(
        fold_name(word) in _BODY_WORDS | _SEATS for word in re.findall(r"[^\W\d_]+", body[start:at]))


# a place, then the event whose organisers speak: "Los Angeles march's organizers"
_EVENT_OF_PLACE = re.compile(r"[^\W\d_ ]+(?:\s+(?-i:[A-Z])[^\W\d_]+)*\s+(?:march|rally|protest|demonstration)['’]s\s+"
                             r"organi[sz]ers\b", re.I)


def in_claimants_name(body: str, said: list[Attribution], at: int, name: str | None = None) -> bool:
    """Whether a place named at ``at`` lies in the name of one who states a figure ("The New York
    Times said", "Fuentes de la policía de Lima"): whose the words are, not where the count is. A
    claimant named by the place ``name`` alone, or by it and its level ("authorities in neighboring
    Bahia state said": "Bahia state"), is the place that reports its count: where, not who."""
    return any(_in_name(body, a, at) and not _organisers_in(body, a.start, at)
               and not (name and a.who and _the_place_itself(a.who, name)) for a in said)


_LEVEL_WORDS = frozenset("state province region county department prefecture estado provincia region departamento "
                         "municipio".split())


def _the_place_itself(who: str, name: str) -> bool:
    """Whether a claimant's name is the place ``name`` with its level ("Bahia state", "the state of
    Bahia"): not a country that speaks ("Australia said": its government's word)."""
    words = fold_name(who).split()
    level = False
    while words and words[-1] in _LEVEL_WORDS:
        words.pop()
        level = True
    while words and words[0] in _LEVEL_WORDS | {"the", "el", "la", "de", "of"}:
        level = level or words[0] in _LEVEL_WORDS
        words.pop(0)
    return level and bool(words) and " ".join(words) == fold_name(name)


_A_DATE_IN_BRACKETS = re.compile(r"(?:as\s+(?:of|at)|until|by|since|up\s+to|hasta|desde|a\s+partir\s+del?|al)\s+\S*\d"
                                 r"|\d{1,2}\s+[A-Za-z]+\s+\d{4}|[A-Za-z]+\s+\d{1,2},?\s+\d{4}", re.I)


# a clause's verb in brackets: a note on the figure, not who gives it
_A_CLAUSE = re.compile(r"\b(?:was|were|is|are|has|have|had|been|fue|fueron|es|son|ha|han|hab[ií]an?)\b")


def _is_credit(name: str, sentence: str) -> bool:
    """"(LCC)", "(UK intelligence)" after a figure name who gives it; a place alone in brackets
    ("(Argentina)") does only on a line of a list ("1,429 (United States)")."""
    if fold_name(name) in _NOT_CREDITS or _A_DATE_IN_BRACKETS.match(name):
        return False                      # "Aftershocks: 32 (As of 31 December 2018)": when, not who
    if _A_CLAUSE.search(name):
        return False                      # "434 (Dead bodies were found until 27 November)": a note, no name
    found = places_in(name)
    if not found:
        return True
    named = sum(len(written.split()) for _, written, _ in found)
    return named < len(name.split()) or len(sentence.split()) <= 6


def credit_spans(body: str) -> list[tuple[int, int]]:
    """Where figures are credited in brackets: a place named there is who counts, not where."""
    return [(m.start(), m.end()) for m in _CREDIT.finditer(body)
            if m.start() > 0 and body[m.start() - 1].isdigit() and _is_credit(m.group(1), body)]


def country_claimant(claimant: str | None) -> str | None:
    """The country a claimant is, when its name is a country's alone ("India", "Chile")."""
    if not claimant:
        return None
    found = places_in(claimant)
    if len(found) == 1 and len(found[0][0]) == 2 and found[0][1] == claimant:
        return found[0][0]
    return None


def _of_its_place(earlier: str, words: str) -> bool:
    """Whether the body named before, ``earlier``, can be the one the attribution's ``words`` name where they place
    it ("police in Los Angeles" after "the Los Angeles Police Department"; not "Police in Madison"): no place after
    "in", or a place the body's name holds."""
    placed = [name for code, name, at in places_in(words) if re.search(r"\b(?:in|en)\s+$", words[:at])]
    return not placed or any(fold_name(name) in fold_name(earlier) for name in placed)


_COUNTRY_GOVERNMENT = re.compile(r"(?P<body>Government|Gobierno)\s+(?:of|de)\s+(?P<name>.+)")


def _authorities_of_division(claimant: str, words: str, places: list) -> str:
    """"Officials in Georgia said 3 people died" in a Florida story: where the sentence's places read the name as a
    division (US-GA), its officials are that division's ("Georgia officials", "autoridades de Georgia"), not the
    government of the country of that name that ``speakers.government_of`` made of them (R2); ``claimant`` as it is
    otherwise, and where the text itself says "government" (``words``: the attribution's)."""
    match = _COUNTRY_GOVERNMENT.fullmatch(claimant)
    if match is None or re.search(r"govern|gobiern", words, re.I):
        return claimant
    name = match.group("name")
    if not any("-" in code and fold_name(spot) == fold_name(name) for code, spot, _ in places):
        return claimant
    return f"{name} officials" if match.group("body") == "Government" else f"autoridades de {name}"


# the same figure named again in a clause after it, whose speaker gives it too: "la misma cifra que da la Policía", "el
# mismo número que dio la Guardia Urbana", "the same figure as the police gave", "the same number that the army gave"
_SAME_FIGURE = re.compile(r",\s+(?:(?:la|el|the)\s+)?(?:misma|mismo|same)\s+(?:cifra|n[uú]mero|dato|estimaci[oó]n|"
                          r"balance|recuento|figure|number|estimate|count|tally)\s+(?:que|as|that)?\s*", re.I)
# between "la misma cifra que" and the body that gives it, only its verb of giving: "que da la Policía", "as the
# police", "que maneja el Gobierno" (not a time or a comparison: "que el año pasado, según la Policía")
_GIVER_GAP = re.compile(r"\s*(?:(?:da|dio|daba|dan|dieron|ofrece|ofreci[oó]|maneja|manejan|manej[oó]|calcula|"
                        r"calcul[oó]|cifra|cifr[oó]|estima|estim[oó]|baraja|barajan|facilita|facilit[oó]|gives|gave|given\s+by|"
                        r"reported\s+by|estimated\s+by|used\s+by)\s+)?(?:(?:la|el|los|las|the|by|del|de\s+la)\s+)?",
                        re.I)
# a clause of its own between the figure and that one: "..., and the same figure as"
_OTHER_CLAUSE_BREAK = re.compile(r"[;:.]|\b(?:but|pero|while|mientras|whereas|although|aunque)\b", re.I)


_SPOKESPERSON = r"(?:spokes(?:man|woman|person)|press\s+officer|portavoz|vocer[oa])"
# the body a spokesperson speaks for, written before the role ("a Zemland army spokesman", "army spokeswoman") or
# after it ("a spokesman for the army", "el portavoz del Ejército de Zemlandia"), in apposition to the name
_BODY_BEFORE_ROLE = re.compile(rf"(?:^|[,(]|\b(?:the|a|an|un|una|el|la)\b)\s*(?P<body>(?:[^\W\d_][\w.'-]*\s+){{0,3}}?"
                               rf"[^\W\d_][\w.'-]*)\s+{_SPOKESPERSON}\s*,?\s*$", re.I)
_BODY_AFTER_ROLE = re.compile(rf"\b{_SPOKESPERSON}\s+(?:for|of|de|del)\s+(?:the\s+|la\s+|los\s+|las\s+)?"
                              rf"(?P<body>[^\W\d_][^,;:()]{{1,60}}?)\s*(?:,|$)", re.I)


def _spokesperson_of(body: str, person: str) -> str | None:
    """The body ``person`` is named the spokesperson of, in apposition ("A Zemland army spokesman, Col. Ivo Brant,
    said", "Col. Ivo Brant, an army spokesman, said", "el portavoz del Ejército, Iván Brant, dijo"), or None."""
    at = body.find(person)
    if at < 0 or len(person.split()) < 2:
        return None                                    # a person by full name, not a body
    head = body[max(0, at - 90):at]
    head = re.sub(r"(?:\b[A-Z][a-z]{0,4}\.\s*)+$", "", head.rstrip()).rstrip()   # "Col.", "Maj. Gen."
    tail = body[at + len(person):at + len(person) + 90]
    after = re.match(r"\s*,\s*((?:a|an|the|un|una|el|la)\s+)?(?P<role>[^,;:()]{3,80}?)\s*,", tail)
    for said in ([head] if head.endswith(",") or head.lower().endswith(_ROLE_ENDINGS) else []) + \
            ([after.group("role")] if after else []):
        said = said.rstrip(", ")
        found = _BODY_BEFORE_ROLE.search(said) or _BODY_AFTER_ROLE.search(said)
        if found is not None:
            name = re.sub(r"^(?:the|a|an|un|una|el|la)\s+", "", found.group("body").strip(), flags=re.I)
            if name and fold_name(name) not in ("a", "an", "the", "un", "una", "el", "la"):
                return name
    return None


_ROLE_ENDINGS = ("spokesman", "spokeswoman", "spokesperson", "portavoz", "vocero", "vocera")


def _named_before(claimant: str | None, seen: list[str]) -> str | None:
    """"the agency reported", "the council said", "según el ministerio": the claimant named
    before whose name holds that noun ("Philippines News Agency")."""
    if not claimant or len(claimant.split()) > 2 or not (
            claimant.islower() or fold_name(claimant) in _BODY_WORDS | _COLLECTIVE_NOUNS):
        return None                                    # a name; "Police said" at a sentence's start is a noun
    noun = fold_name(claimant.split()[-1])
    for name in reversed(seen):
        if noun in {fold_name(word) for word in name.split()}:
            return name
    return None


def _initials(name: str) -> str:
    """"United Nations Office for the Coordination of ..." -> "unoc...", "U.N. OCHA" -> "unocha"."""
    words = name.split()
    if len(words) == 1 or all(w.isupper() or not w[:1].isalpha() for w in words):
        return fold_name(re.sub(r"[^\w]", "", name))
    return "".join(fold_name(w)[:1] for w in words if w[:1].isupper())


# the bodies of the United Nations system whose name or initials do not begin with the family's ("WHO", "la OMS",
# "the World Food Programme"), folded: the nearest of them is what "the UN agency" means, not a UN body named earlier
_UN_FAMILY = frozenset({"un", "onu", "nu", "unitednations", "nacionesunidas"})
_UN_SYSTEM = frozenset(fold_name(name) for name in (
    "WHO", "OMS", "FAO", "ILO", "OIT", "IOM", "OIM", "WFP", "PMA", "IAEA", "OIEA", "ACNUR", "OCHA", "OCAH", "ICAO",
    "OACI", "IMO", "OMI", "WMO", "OMM", "ITU", "UIT", "UPU", "IFAD", "FIDA", "OHCHR", "ACNUDH", "OPS", "PAHO", "CEPAL",
    "ECLAC", "World Health Organization", "World Health Organisation", "Organización Mundial de la Salud",
    "World Food Programme", "World Food Program", "Programa Mundial de Alimentos", "Food and Agriculture "
    "Organization", "International Labour Organization", "Organización Internacional del Trabajo",
    "International Organization for Migration", "Organización Internacional para las Migraciones",
    "International Atomic Energy Agency", "Organismo Internacional de Energía Atómica", "World Meteorological "
    "Organization", "Organización Meteorológica Mundial", "Pan American Health Organization",
    "Organización Panamericana de la Salud", "Alto Comisionado de las Naciones Unidas para los Refugiados"))


def _in_family(name: str, family: str) -> bool:
    """Whether the body ``name`` is of the family "the <family> agency" names: its name or initials begin with the
    family's ("UNICEF", "United Nations Office ..." of "UN"), or, of the UN, a body of the UN system ("WHO")."""
    if _initials(name).startswith(family) or fold_name(re.sub(r"[^\w]", "", name)).startswith(family):
        return True
    return family in _UN_FAMILY and (fold_name(name) in _UN_SYSTEM or fold_name(re.sub(r"[^\w]", "", name))
                                     .startswith(("unitednations", "nacionesunidas")))


def _of_the_family_named(claimant: str | None, seen: list[str]) -> str | None:
    """"the UN agency", "la agencia de la ONU" after "the UN Office for the Coordination of Humanitarian Affairs
    (UNOCHA)": the body of that family named last (its name or its initials begin with the family's; of the UN,
    any body of the UN system: "UNICEF said ... The WHO said ... The UN agency said" is the WHO), or None."""
    words = (claimant or "").split()
    if len(words) == 2 and fold_name(words[1]) in BODY_ANAPHORS and words[0].replace(".", "").isupper():
        family = fold_name(words[0].replace(".", ""))
    elif len(words) >= 3 and fold_name(words[0]) in BODY_ANAPHORS and fold_name(words[1]) in ("de", "del", "of") \
            and words[-1].replace(".", "").isupper():
        family = fold_name(words[-1].replace(".", ""))
    else:
        return None
    for name in reversed(seen):
        if fold_name(name) != fold_name(claimant or "") and _in_family(name, family):
            return name
    return None


# a ministry called by its portfolio: "la cartera de Salud", "la cartera", "el departamento de Estado"
_PORTFOLIO = re.compile(r"(?:(?:la|esta|dicha)\s+)?cartera(?:\s+de\s+(?P<what>.+))?", re.I)


def _portfolio_of(claimant: str | None, seen: list[str]) -> str | None:
    """"la cartera de Salud", "la cartera": the last ministry named before (of that portfolio,
    when the words say which); None when none was."""
    match = _PORTFOLIO.fullmatch(claimant or "")
    if match is None:
        return None
    what = fold_name(match.group("what") or "")
    for name in reversed(seen):
        folded = fold_name(name)
        if folded.startswith(("ministerio", "ministry")) and (not what or what in folded):
            return name
    return None


def _named_in_full_before(claimant: str | None, named: list[str]) -> str | None:
    """"la guardia costera" after "La guardia costera mauritana": a body named in lower case before with one more
    word, its country's adjective, the same body (not "the fire department chief", "la secretaría de salud
    estatal"); None when none, or more than one, was."""
    if not claimant or not claimant.islower() or len(claimant.split()) < 2:
        return None
    key = fold_name(claimant)
    found = {name for name in named if name.islower() and fold_name(name).startswith(key + " ")
             and len(name.split()) == len(claimant.split()) + 1
             and _country_of_demonym(name.split()[-1].capitalize(), True)}
    return found.pop() if len(found) == 1 else None


def _short_name_of(word: str | None, seen: list[str]) -> str | None:
    """"according to Migration" after "the Colombian migration authority reported": a capitalised
    word used as the short name of the one body named before that holds it as a common noun (in
    lower case there); None when no body, or more than one, does."""
    key = fold_name(word or "")
    if not word or " " in word.strip() or not word[:1].isupper() or len(key) < 4:
        return None
    found = {name for name in seen if len(name.split()) > 1
             and any(w.islower() and fold_name(w) == key for w in name.split())}
    return found.pop() if len(found) == 1 else None


# an outlet or a body that quotes someone: "The BBC quoted one of the divers, Haidar el Ali, as saying"
_QUOTED_AS_SAYING = re.compile(r"\b(?:quoted|quotes|cited|cites|reported|reports)\s+"
                               r"(?P<who>[^.;:\"“”]{2,100}?),?\s+as\s+"
                               r"(?:saying|telling|stating|reporting)\b")
# an appositive name after the noun phrase: "one of the divers, Haidar el Ali"
_APPOSITIVE_NAME = re.compile(r",\s*((?:[A-ZÁÉÍÓÚÑ][\w'’-]+|al|el|de|bin|van|von)(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w'’-]+|al|el|de|"
                              r"bin|van|von)){1,4})\s*,?\s*$")


_PERSON_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w'’-]+|al|el|de|bin|van|von)){1,3}")


_CLOSING_AFTER = re.compile(r"[\"”»’)\]]*")


def _still_open(body: str, open_before: bool) -> bool:
    """Whether a quotation is open at the end of ``body`` (straight quotes toggle; “ and « open, ” and » close). A
    sentence that opens with a straight quote while one is open goes on with it, as a paragraph of a quote that runs
    on opens again with its mark ('..."the trend is of fewer cases.' then '"The situation is improving," X said.':
    closed after it)."""
    state = open_before
    lead = len(body) - len(body.lstrip())
    if open_before and body[lead:lead + 1] == '"':
        body = body[lead + 1:]
    for ch in body:
        if ch == '"':
            state = not state
        elif ch in "“«":
            state = True
        elif ch in "”»":
            state = False
    return state


def closing_speaker(body: str, later: Sequence[str], pronoun: str | None = None) -> str | None:
    """Who is named after a quote that ``body`` opens and a later sentence closes: '"The toll is now 32.
    Ninety are wounded," X told Reuters.' (the tag after the closing mark speaks every sentence of the
    quote); ``pronoun`` for a tag whose subject is a pronoun ('..., he wrote on X'): whom it means; None
    when the quote closes in ``body``, or no sentence of ``later`` closes it with a tag."""
    if body.lstrip()[:1] not in _OPENING_QUOTES or not _still_open(body, False):
        return None
    for text in later:
        close = _QUOTE_CLOSE.search(text)
        if close is None:
            if any(q in text for q in "“«"):
                return None                    # another quote opens: the first one was never closed
            continue
        tag = [a for a in attributions(text) if a.who and 0 <= a.start - close.end() <= 3]
        if tag:
            return tag[0].who
        # '"... 812 were detained. As many as 300 have been released," he wrote': the one named before
        return pronoun if _PRONOUN_TAG.match(text, close.end()) else None
    return None


# a sentence that brings in someone not named: "A nurse at the hospital described the scene.", "Una vecina contó"
_SOMEONE_ELSE = re.compile(r"\s*(?:A|An|One|Un|Una|Another|Otr[oa])\s+(?-i:[a-záéíóúñ])")
_PRONOUN_TAG = re.compile(r"\s*,?\s*(?:(?:he|she|they|it)\s+(?:also\s+)?(?:said|says|told|wrote|writes|added|"
                          r"stated|explained|noted|posted|tweeted)|(?:said|says|wrote|added)\s+(?:he|she)|"
                          # a Spanish verb with its subject dropped ("», dijo.", "», escribió en X")
                          r"dijo|afirm[oó]|escribi[oó]|agreg[oó]|añadi[oó]|señal[oó]|indic[oó]|explic[oó]|"
                          r"precis[oó]|asegur[oó]|declar[oó])\b", re.I)


_QUOTE_CLOSE = re.compile(r"[\"”»]")


def _speaker_quoted(words: str) -> str | None:
    """Who a relay quotes, as a claimant's name: the name given in apposition, else the words
    without their role; None for a pronoun."""
    appositive = _APPOSITIVE_NAME.search(words)
    if appositive is not None:
        return appositive.group(1)
    first = words.split(",")[0].strip()
    if "," in words and _PERSON_NAME.fullmatch(first):
        return first                  # "Mary Gahonzire, deputy commissioner general of prisons": the person
    name = without_role(words.strip(" ,"))
    first = fold_name(name.split()[0]) if name.split() else ""
    return None if not name or first in ("him", "her", "them", "it", "he", "she", "they") else name


_UNNAMED_SUBJECT = re.compile(r"\b(?:officials|authorities|autoridades|funcionarios)\b", re.I)


# a person named before, by the word for one who holds office: "según el funcionario", "the official added"
_PERSON_ANAPHOR = re.compile(r"(?:(?:el|la|the|this|dicho|dicha|este|esta)\s+)?(?:funcionari[oa]|mandatari[oa]|"
                             r"official)", re.I)


_ORGANISATION_NOUNS = frozenset("organizacion organization organisation".split())
# a march or a strike, whose "organización" is its organisers ("Barcelona ha concentrado a 400.000 personas, según la
# organización"), not the body named before (a firm that counted, the police)
_MARCHED = re.compile(r"\b(?:manifestaci[oó]n\w*|manifestantes|concentraci[oó]n\w*|concentrad[oa]s?|"
                      r"ha\s+concentrado|huelgas?|marchas?|movilizaci[oó]n\w*|asistentes)\b", re.I)
# bodies of the state, which no one calls "the organisation"
_STATE_BODY = re.compile(r"\b(?:policia|police|gobierno|government|ministerio|ministry|ejercito|army|guardia|"
                         r"delegacion|ayuntamiento|alcaldia|prefectura|prefecture|carabineros|gendarmeria)\b")


_PROPER = r"[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:(?:for|of|the|and|de|del|la|los|las|y|e)\s+)*[A-ZÁÉÍÓÚÑ][\w'’-]*)*"


# a preposition that opens a capitalised phrase: a place or a time, no body's name ("In Paris", "En Madrid")
_PLACE_FRONTED = re.compile(r"(?:In|At|On|From|Across|Throughout|En|Desde|Durante|Tras)\s")


def _kind_named_before(noun: str, texts: Sequence[str]) -> str | None:
    """The one body of a kind the texts name with its noun ("party": "the Movement for Democratic Change party",
    "the opposition party MDC", "el PP, partido ...", "the Labour Party"), or None when they name none or
    several."""
    word = re.escape(noun)
    patterns = (rf"(?<![\w'’-])({_PROPER})\s+((?i:{word}))\b", rf"\b(?i:{word})\s+({_PROPER})",
                rf"(?<![\w'’-])({_PROPER}),\s+(?:(?i:the|el|la|un|una|a|an)\s+)?(?:[^\W\d_]+\s+)?(?i:{word})\b")
    found: list[str] = []
    for text in texts:
        for pattern in patterns:
            for match in re.finditer(pattern, text):
                if _PLACE_FRONTED.match(match.group(1)):
                    continue                               # "In Paris, the union counted" (N3 D5): where, not who
                name = re.sub(r"^(?:The|El|La|Los|Las)\s+", "", match.group(1))
                if match.re.groups == 2 and match.group(2)[:1].isupper():
                    name = f"{name} {match.group(2)}"      # "the Labour Party": the noun is of the name
                if name and not re.fullmatch(r"(?:The|El|La|Los|Las|His|Her|Their|Its|Su|Sus)", name):
                    found.append(name)
    names = {fold_name(name) for name in found}
    return found[-1] if len(names) == 1 else None


#: pronouns that may stand for a body ("según ellos", "they said"; not "he", "she": a person)
_BODY_PRONOUN = re.compile(r"\b(?:ellos|ellas|they|them|it)\b", re.I)


def _body_before_pronoun(body: str, end: int) -> str | None:
    """The body a sentence names before the pronoun that speaks in it, before ``end`` (its figure):
    "para la Delegación de Gobierno no se ha alcanzado tales números: según ellos han sido 170.000" ->
    "Delegación de Gobierno"; None when it names none there."""
    pronoun = _BODY_PRONOUN.search(body, 0, end)
    if pronoun is None:
        return None
    names = [re.sub(r"^(?:The|El|La|Los|Las)\s+", "", m.group()) for m in _NAME.finditer(body, 0, pronoun.start())]
    names = [n for n in names if len(n.split()) >= 2 and any(fold_name(w) in _BODY_WORDS for w in n.split())]
    return names[-1] if names else None


def _a_person(name: str) -> bool:
    """Whether a claimant's name is a person's ("Ruzanna Grigoryan"), not a body's ("Ministry of
    Health", "UNHCR", "Amnesty International", "Protección Civil") nor a place's."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:2].islower() for w in words) and not any(
        fold_name(w) in _BODY_WORDS | _CONNECTORS | _ORGANISATION_WORDS for w in words) and not places_in(name)


# words of an organisation's name that no person's holds ("Human Rights Watch", "World Bank", "Médicos Sin Fronteras")
_ORGANISATION_WORDS = frozenset("international internacional watch bank banco borders fronteras civil relief corps "
                                "nations unidas rights humanos mundial world red cruz network alliance coalition "
                                "foundation fundacion institute society sociedad association asociacion federation "
                                "council programme program fund fondo aid ayuda save children ninos medicos doctors "
                                "amnesty amnistia observatory observatorio".split())


# the narrator's aside after a quote's attribution, about what the speaker meant
_NARRATORS_ASIDE = re.compile(r"\b(?:said|says|added|dijo|afirmó|añadió)\s*,\s*(?:referring\s+to|"
                              r"in\s+(?:a\s+)?reference\s+to|alluding\s+to|refiri[eé]ndose\s+a|"
                              r"en\s+referencia\s+a|en\s+alusi[oó]n\s+a)\b", re.I)
_THAT_CLAUSE = re.compile(r",\s*(?:that|que)\b")
# a courtesy title before a surname: "Mr Jaiswal", "la señora Gómez", "Dr. Ruiz"
_COURTESY = frozenset("mr mrs ms miss dr sr sra srta dra senor senora don dona prof".split())


# the particle of a surname: "del Rosario", "de la Cruz", "van Gogh", "von Trapp", "dos Santos"
_PARTICLE = re.compile(r"(?:de\s+la|de\s+las|de\s+los|del|de|van\s+der|van\s+den|van|von\s+der|von|da|das|do|dos)\s+")
_DATE_BEFORE = re.compile(r"(?:\d|\b(?:in|on|of|since|until|by|early|late|mid|last|next|during|after|before|de|del|en|"
                          r"desde|hasta|el|a|mes|principios|finales|mediados|durante|tras|antes|pasado|próximo))\s*$",
                          re.I)


def full_name(claimant: str | None, texts: list[str]) -> str | None:
    """The full name of a person a claimant names by the surname alone ("Mr Jaiswal", "López
    Obrador"), when the article named one person of that surname in full before ("Junior Home
    Minister Sriprakash Jaiswal"); None otherwise (GUIDE: a person by full name)."""
    if not claimant:
        return None
    words = claimant.split()
    titled = len(words) > 1 and fold_name(words[0].rstrip(".")) in _COURTESY
    rest = words[1:] if titled else words
    particle = _PARTICLE.match(" ".join(rest))
    if particle is not None and len(rest) > len(particle.group().split()):
        rest = rest[len(particle.group().split()):]   # "de la Cruz", "del Rosario": the surname after its particle
    if not 1 <= len(rest) <= 2 or not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in rest):
        return None                               # not "COGAT", "Mr O'Neill" left as written
    if any(fold_name(w) in _BODY_WORDS | _CONNECTORS for w in rest) and not (particle is not None and len(rest) == 1):
        return None                               # (but "de la Cruz" is a surname, not the Red Cross)
    surname = " ".join(rest)
    # the given names, then the surname's particle if any: "Eduardo del Rosario" for "Rosario" or "del Rosario"
    between = re.escape(particle.group()) if particle is not None else f"(?:{_PARTICLE.pattern})?"
    pattern = re.compile(r"((?:[A-ZÁÉÍÓÚÑ][\w'’-]+\s+){1,3}" + between + r")" + re.escape(surname) + r"\b")
    found = set()
    for text in texts:
        for match in pattern.finditer(text):
            name = without_role(match.group(0).strip())
            given = name[:-len(surname)].split()
            kept = _PARTICLE.search(" ".join(given) + " ")
            surname_here = surname
            if kept is not None and kept.start() > 0 and kept.end() == len(" ".join(given)) + 1:
                # the particle is the surname's ("del Rosario"), not a given name
                surname_here = f"{' '.join(given)[kept.start():].strip()} {surname}"
                given = " ".join(given)[:kept.start()].split()
            while given and (fold_name(given[0]) in NOT_NAME_OPENERS or ADVERB_END.search(fold_name(given[0]))
                             or given[0].isupper() and (len(given[0]) >= 3 or slugify(given[0]) in WIRE_AGENCIES)):
                given = given[1:]                 # not an outlet's acronym: "dijo a EFE Amina Bello" (but "AJ Brown")
            # (a month's name is a given name where no date word comes before it: "Julio Mazzoleni", not "el 3 de
            # Julio Mazzoleni")
            dated = _DATE_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None
            if given and name.endswith(surname) and not any(
                    fold_name(w) in _BODY_WORDS | _COURTESY or fold_name(w) in MONTHS and (dated or k > 0)
                    or w.endswith(("'s", "’s")) for k, w in enumerate(given)):
                found.add(" ".join([*given, surname_here]))
    return found.pop() if len(found) == 1 else None


# a body's name the article gives ("the Las Vegas Metropolitan Police Department"): what "police" or
# "the ministry" said later refers to, when no claimant named before holds that noun
_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+(?:of|for|the|and|de|del|la|las|los|y|[A-ZÁÉÍÓÚÑ][\w'’.-]*)){0,9}")
_BODY_WORDS = frozenset(
    "police department ministry agency service office army guard council commission institute committee cross "
    "crescent front assembly federation union survey organization organisation center centre bureau force "
    "government secretariat policia ministerio agencia servicio oficina ejercito guardia consejo comision "
    "instituto comite cruz frente asamblea federacion sindicato organizacion centro fuerza gobierno secretaria "
    "fiscalia defensa".split())
_OPENING_QUOTES = ('"', "“", "«", "‘")
_COLLECTIVE_NOUNS = frozenset("organisers organizers organizadores authorities autoridades".split())
_CONNECTORS = frozenset("of for the and de del la las los y".split())


def _bodies_in(text: str) -> list[str]:
    """The names of bodies a text gives: the capitalised words around a body's noun ("Officers of
    the Las Vegas Metropolitan Police Department" -> "Las Vegas Metropolitan Police Department")."""
    out = []
    for match in _NAME.finditer(text):
        words = match.group().split()
        k = 0
        while k < len(words):
            if not (fold_name(words[k]) in _BODY_WORDS and words[k][:1].isupper()):
                k += 1
                continue
            start = k
            while start > 0 and words[start - 1][:1].isupper():
                start -= 1
            end = k + 1
            while end < len(words) and (words[end][:1].isupper() or end + 1 < len(words)
                                        and words[end + 1][:1].isupper() and fold_name(words[end]) in _CONNECTORS):
                end += 1
            name = words[start:end]
            if len(name) > 1 and (fold_name(name[0]) == "the" or fold_name(name[0]) in ("el", "la", "los", "las")
                                  and fold_name(name[1]) in _BODY_WORDS):
                name = name[1:]                        # "The Red Cross", "El Ministerio"; not "Las Vegas"
            if len(name) >= 2:
                out.append(" ".join(name))
            k = end
    return out


# a storm's infobox heads its winds and pressure with the agency that measured them: "10-minute
# sustained (EUMETSAT)", "1-minute sustained (SSHWS/NWS)" (a scale then the agency: the agency), then
# "Highest winds: 90 km/h", "Lowest pressure: 1000 hPa"
_MEASURED_BY = re.compile(r"\s*(?:\d+|one|ten)[- ]min(?:ute)?s?\s+sustained|\s*(?:vientos\s+)?sostenidos?\s+"
                          r"(?:de\s+|en\s+)?(?:\d+|un|diez)[- ]minutos?|\s*(?:\d+|un|diez)[- ]minutos?\s+sostenidos?",
                          re.I)
_MEASURED_CREDIT = re.compile(r"\s*\(([^()\d]{2,40})\)\s*$")
_MEASURE_LINE = re.compile(r"\s*(?:(?:highest|maximum|peak|max\.?)\s+(?:winds?|gusts?)|lowest\s+pressure|"
                           r"(?:vientos|r[aá]fagas)\s+m[aá]xim[oa]s|presi[oó]n\s+m[ií]nima)\s*:", re.I)


def _measured_by(body: str) -> str | None:
    """The agency a storm infobox's header line credits with the measures below it."""
    header = _MEASURED_BY.match(body)
    credit = _MEASURED_CREDIT.match(body, header.end()) if header else None
    return credit.group(1).split("/")[-1].strip() if credit else None


# the words that open a breakdown by place: "Balochistan remains the worst-hit", "seguida de Cataluña"
_BREAKDOWN_CUE = re.compile(r"\b(?:worst[- ]hit|hardest[- ]hit|most\s+affected|followed\s+by|m[aá]s\s+afectad[oa]s?|"
                            r"seguid[oa]s?\s+(?:de|por))\b", re.I)


# a sentence that opens with a day of its own: "El 2 de abril ...", "On 2 April ...", "Al 5 de marzo ...",
# "A 4 de enero ..."
_OPENS_WITH_A_DAY = re.compile(r"\s*(?:(?:el|al|a|hasta\s+el|on|by|as\s+of)\s+)?\d{1,2}\s+(?:de\s+)?"
                               r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
                               r"noviembre|diciembre|january|february|march|april|may|june|july|august|september|"
                               r"october|november|december)\b", re.I)


# a figure revised, its agent not named: "The number of those injured was raised to more than 1,000", "the toll
# was revised up to 45", "la cifra de heridos fue elevada a 300" (not "rose to", "se elevó a": the toll's own
# change, the text's narration)
_REVISED_BY_NO_ONE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:again|further|later|also|then|since|now)\s+)?"
    r"(?:raised|revised(?:\s+(?:up|upwards?|down|downwards?))?|updated|increased|lowered|adjusted)\s+(?:to|at)\b"
    r"(?![^.;]*\bby\s+(?:the\s+)?[A-Z])|"
    r"\b(?:fue|fueron|ha\s+sido|han\s+sido|hab[ií]a\s+sido)\s+(?:elevad[oa]s?|revisad[oa]s?|actualizad[oa]s?|"
    r"aumentad[oa]s?|rebajad[oa]s?)\s+(?:a|hasta)\b(?![^.;]*\bpor\s+(?:el|la|los|las)\s+[A-ZÁÉÍÓÚÑ])", re.I)


# a sentence that goes on with the figures of the report the sentence before cites: "..., according to the agency's
# latest report. The floods also killed 240 people elsewhere", "..., según el informe de la ONU. Además, 300 ..."
_ALSO = re.compile(r"\b(?:also|además|asimismo|también)\b", re.I)   # (not "too": "too high", R2)
# a subject that acts on its own, before or right after the adverb: "Police also arrested 30 looters", "Además, la
# policía detuvo a 30": its own figure, not the report's the sentence before cites (R2)
_ACTING_SUBJECT = re.compile(r"^\s*(?i:(?:also|además|asimismo|también),?\s+)?(?i:the\s+|la\s+|el\s+|los\s+|las\s+)?"
                             r"(?:(?i:police|policía|army|ejército|troops|tropas|soldiers|soldados|authorities|"
                             r"autoridades|rescuers|rescatistas|firefighters|bomberos|officials|funcionarios|"
                             r"guardia\s+civil)\b|[A-ZÁÉÍÓÚÑ][\w-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w-]*)*\s+(?:also|además|también)\b)")
_REPORT_FRAME = re.compile(r"\b(?:according\s+to|seg[uú]n|de\s+acuerdo\s+(?:con|a|al))\s+(?:[^\W\d_]+['’]?s?\s+){0,4}?"
                           r"(?:report|figures|data|statistics|count|tally|informe|reporte|datos|cifras|balance|"
                           r"recuento|bolet[ií]n)\b", re.I)


def _a_breakdown(line: Line) -> bool:
    """Whether a sentence that names no claimant breaks a total down by place: two figures or more and two
    regions or towns, or a region or town called the worst hit ("Balochistan remains the worst-hit with 149
    deaths, with Punjab reporting 114")."""
    places = {code for code, _, _ in line.places if "-" in code}   # regions and towns, not countries
    if not places:
        return False
    return bool(_BREAKDOWN_CUE.search(line.body)) or len(line.found) >= 2 and len(places) >= 2




# a body or a person that issues a document: "X published a report", "X released a statement", "X publicó un informe"
_PUBLISHED = re.compile(r"\b(?:published|released|issued|presented|put\s+out|publish(?:es)?|releases|issues|"
                        r"public[oó]|divulg[oó]|emiti[oó]|present[oó]|difundi[oó]|dio\s+a\s+conocer|publica|emite|"
                        r"difunde)\s+(?:a|an|its|their|the|un|una|su|el|la)\s+(?:[^\W\d_]+\s+){0,2}?(?:report|statement|"
                        r"bulletin|communiqu[eé]|update|informe|comunicado|bolet[ií]n|reporte|parte)\b", re.I)


def _a_place(who: str) -> bool:
    """Whether a sayer's name is a place's, all of it ("Delhi recorded 39 cases"; not "Ministerio del Agro")."""
    found = places_in(who)
    return len(found) == 1 and found[0][2] == 0 and len(found[0][1]) >= len(who.strip(" .")) - 1


def _a_document(who: str) -> bool:
    """"the report", "La información", "el comunicado": a document named alone."""
    return fold_name(anaphoric_body(who)) in DOCUMENT_ANAPHORS


@dataclass
class Claimants:
    """Who the article has named so far, read sentence by sentence: what a common noun, a role
    or a pronoun of a later sentence refers to."""
    bodies: list[str]                     # bodies the article names, for "police", "the ministry"
    organiser: str | None = None          # who called the march the article tells of
    last_named: str | None = None         # the last source named
    publisher: str | None = None          # who issued the document the article last told of ("X published a report")
    previous_speaker: str | None = None   # the speaker of the quote in the sentence before
    # the last one named in the sentence before, when it gave a figure: whose breakdown the next sentence may give
    previous_counter: str | None = None
    seen: list[str] = field(default_factory=list)       # every claimant named so far, as a name
    named: list[str] = field(default_factory=list)      # every claimant named so far, in lower case too
    measured_by: str | None = None        # the agency a storm's infobox credits with the measures below
    read_before: list[str] = field(default_factory=list)  # the sentences read so far
    quote_open: str | None = None         # the speaker of a quote still open after the sentence before
    quote_lines: int = 0                  # the sentences that quote has run on
    in_quote: bool = False                # a quote is open after the sentence before (its speaker named or not)
    closing: str | None = None            # the speaker a later sentence names after the open quote closes
    cites: str | None = None              # the unnamed source the last figure's claimant cites ("citing X")
    last_claimant: str | None = None      # the claimant of the last figure read, as resolved
    previous_claimant: str | None = None  # that of the last figure of the sentence before

    @classmethod
    def of_title(cls, title: str) -> Claimants:
        return cls(bodies=_bodies_in(title))

    def read(self, body: str, later: Sequence[str] = ()) -> None:
        """Before a sentence's figures: the organiser of the march it tells of, and who the tag after a
        quote it opens names (``later``: the sentences after it)."""
        self.organiser = organiser_in(body) or self.organiser
        if not self.in_quote:
            # a pronoun's tag means the person named before, when the sentence before the quote brings in no one
            # else ('A nurse described the scene. "...," she said' after a governor spoke is the nurse's)
            named = self.last_named if body.lstrip()[:1] in _OPENING_QUOTES and self.last_named and \
                _a_person(self.last_named) else None
            if named and self.read_before and _SOMEONE_ELSE.match(self.read_before[-1]) and \
                    named.split()[-1] not in self.read_before[-1]:
                named = None
            self.closing = closing_speaker(body, later, named)

    def of_figure(self, line: Line, item: Found, opening: tuple[str, str], checks: list[str]) -> str | None:
        """The claimant of ``item``, each guess noted in ``checks`` (and in ``cites`` the unnamed source it cites)."""
        body = line.body
        self.cites = None
        # a conversion in brackets is the figure before it told again, whoever is named after it ("with the United
        # Kingdom offering three million pounds ($5,600,000 U.S), Australia offering ...": the United Kingdom's;
        # GUIDE: a conversion in brackets has the same fields)
        converted = next((other for other in line.found if other.end <= item.start
                          and body[other.end:item.start].strip() == "("), item)
        who = claimant_for(line.said, converted.start, converted.end, slugify, body)
        if who is not None and country_claimant(who.who):
            # "Yemen has recorded 100,000 cases, the WHO said", "Haití reportó 300 muertes, informó
            # UNICEF": the country is whose count it is; who says it closes the sentence
            closing = claimant_for([a for a in line.said if a is not who], item.start, item.end, slugify, body)
            if (closing is not None and closing.start >= item.end and not country_claimant(closing.who)
                    and not is_outlet(closing.who, slugify)):   # "..., según Reuters": the wire carries it
                who = closing
        claimant = who.who if who else None
        relayed = _QUOTED_AS_SAYING.search(body, who.start, item.start) if who is not None else None
        if who is not None and relayed is not None and claimant and \
                relayed.start() - who.start <= len(claimant) + 20 and is_outlet(claimant, slugify):
            # "The BBC quoted one of the divers, Haidar el Ali, as saying that 262 bodies ...": a relay keeps
            # the first speaker (GUIDE), not the outlet that carries the words
            speaker = _speaker_quoted(relayed.group("who"))
            if speaker:
                checks.append(f"claimant ({speaker!r}: quoted by {claimant!r})")
                claimant = speaker
        credited = _CREDIT.match(body, item.end)
        if credited and _is_credit(credited.group(1), body) and not (
                who is not None and credited.start() <= who.start < credited.end()):
            # "1,338 (LCC)": a figure and who gives it; not over the name the attributions read from
            # the same brackets ("(Indian government figure)": the Government of India)
            claimant = credited.group(1)
        if claimant and self.organiser and fold_name(claimant) in ORGANISERS:
            checks.append(f"claimant ({claimant!r}: taken as {self.organiser!r}, who called the march)")
            claimant = self.organiser             # "Organisers claimed 12,000": the front that called it
        holder = role_holder(claimant, line.nearby, opening, reversed(self.read_before))
        if holder is not None:
            checks.append(f"claimant ({claimant!r}: taken as {holder!r}, named with that role)")
            claimant = holder                     # "the Communications Minister states" ... "Minister X"
        full = full_name(claimant, [*self.read_before, body[:who.start] if who is not None else ""])
        if full is not None:
            checks.append(f"claimant ({claimant!r}: taken as {full!r}, named in full before)")
            claimant = full                       # "Mr Jaiswal said" after "Minister Sriprakash Jaiswal"
        # (a body the sentence names before the figure is nearer than any of the sentences before: "UNICEF said 300
        # schools were closed; the UN agency said 40 of them were destroyed" is UNICEF's, R2)
        in_sentence = [self._in_full(a.who) for a in line.said if a.who and a.end <= item.start and a is not who
                       and not a.who.islower()]
        earlier = (_named_before(claimant, self.seen) or _named_before(claimant, self.bodies)
                   or _of_the_family_named(claimant, [*self.seen, *in_sentence])
                   or _short_name_of(claimant, self.named) or _portfolio_of(claimant, [*self.seen, *self.bodies])
                   or _named_in_full_before(claimant, self.named))
        if earlier is not None and who is not None and not _of_its_place(earlier, body[who.start:who.end]):
            earlier = None      # "Police officials in Madison, Wis., said" after "the Los Angeles Police Department"
        if earlier is not None:
            checks.append(f"claimant ({claimant!r}: taken as {earlier!r}, named before)")
            claimant = earlier                    # "the agency reported": the agency named before
        if claimant and _PERSON_ANAPHOR.fullmatch(claimant) and self.last_named and _a_person(self.last_named):
            checks.append(f"claimant ({claimant!r}: taken as {self.last_named!r}, the person named last)")
            claimant = self.last_named            # "El alcalde, Jorge Rivas, informó ... Según el funcionario, 40"
        named_last = self._body_named_last(claimant, line, item)
        if named_last is not None:
            checks.append(f"claimant ({claimant!r}: taken as {named_last!r}, the body named last)")
            claimant = named_last                      # "Amnesty documented 304 deaths. The organisation ..."
        kind = kind_only(claimant) if claimant else None
        kind_named = _kind_named_before(claimant.split()[-1], [*self.read_before, body[:item.start]]) \
            if kind and claimant else None
        unnamed = False                           # a possessive and a kind of body, and none of that kind named before
        if kind_named is not None:
            checks.append(f"claimant ({claimant!r}: taken as {kind_named!r}, the one {kind} the text names before)")
            claimant = kind_named                 # "the Movement for Democratic Change party ... His party says"
        elif kind and claimant and possessed_body(claimant):
            # "His party says 120,000 votes are missing": no name: the reviewer names it; the figure goes to --source
            # or the outlet meanwhile ("the union said" stays the union's: a party of its own, often the other side
            # of the body named before)
            checks.append(f"claimant ({claimant!r}: no name, and the text names no {kind} before it: name the "
                          "claimant)")
            claimant, unnamed = None, True
        document_alone = bool(named_last is None and claimant and _a_document(claimant))
        if document_alone:
            checks.append(f"claimant ({claimant!r}: a document whose author the text does not name)")
            claimant = None                            # "según el comunicado", no one named before: no one
        if claimant is None and self.measured_by and _MEASURE_LINE.match(body):
            claimant = self.measured_by           # "10-minute sustained (EUMETSAT)" / "Highest winds: 90 km/h"
            checks.append("claimant (the agency the infobox credits with the storm's measures)")
        if claimant is None and not line.said and self.closing:
            claimant = self.closing               # '"The toll is 32. Ninety are wounded," X told Reuters.'
            checks.append("claimant (a quote the tag of a later sentence attributes)")
        here = _body_before_pronoun(body, item.start) if claimant is None and line.pronoun_subject and not \
            document_alone and not unnamed else None
        if here is not None:
            # "para la Delegación de Gobierno no se ha alcanzado tales números: según ellos han sido 170.000": the
            # body the sentence names before the pronoun, not the last one that gave a figure (the organisers)
            claimant = here
            checks.append(f"claimant (a pronoun: {here!r}, named before it in the sentence)")
        if claimant is None and self.last_named and line.pronoun_subject and not document_alone and not unnamed \
                and not (unnamed_subject(body) and is_outlet(self.last_named, slugify)) and not (
                _UNNAMED_SUBJECT.search(body, 0, item.start) and (
                    _a_person(self.last_named) or any(not a.who for a in line.said))):
            # "He said", "It also estimated": the one named before; but "authorities estimated" are not a
            # survivor quoted before (GUIDE: unnamed officials are the publication's), nor the news agency that
            # reported before ("..., Xinhua reported. ... causing heavy damage, authorities said.")
            claimant = self.last_named
            unnamed_said = unnamed_subject(body)
            checks.append(f"claimant (unnamed officials: taken as {claimant!r}, the body named before them)"
                          if unnamed_said else "claimant (a pronoun: the last source named before)")
        if claimant is None and not line.said and self.previous_speaker and body[:1] in _OPENING_QUOTES:
            claimant = self.previous_speaker      # '"We found 40," said X. "Another 12 are missing."'
            checks.append("claimant (a quote that goes on: the speaker of the sentence before)")
        if claimant is None and not line.said and self.quote_open:
            claimant = self.quote_open            # 'X said: "We have 40 dead. Two hundred are injured."'
            checks.append("claimant (inside a quote opened in a sentence before: its speaker)")
        aside = _NARRATORS_ASIDE.search(body, 0, item.start)
        if claimant is not None and aside is not None and not _THAT_CLAUSE.search(body, aside.end(), item.start):
            # '"The worst since 2006," he said, referring to a 2006 quake that killed 6,000': the narrator's
            checks.append(f"claimant (the text's own aside after {claimant!r} spoke: no one's)")
            claimant = None
        if claimant and who is not None and who.cites and claimant == who.who:
            # "Reuters reported, citing state media": Reuters states it, and says whose it is (SPEC's cites)
            self.cites = who.cites
            checks.append(f"cites ({who.cites!r}: {claimant} took the figure from them, unnamed: name them)")
        moving = moved_from(body, item.start, item.end) if claimant is None and who is None and not unnamed else None
        if moving is not None and any(item.end <= a.start < moving.start for a in line.said if a is not moving):
            moving = None       # "para las Juntas, un 90% ..., mientras que el Gobierno de Murcia destacó ..., y que
            #                     los sindicatos subieron al 90%": not the figure the unions moved
        mover = moving.who if moving is not None else ""
        # the other side of a dispute the text has set out: the mover named before too, and another before it (not
        # whoever spoke last: "El Ministerio dijo que 3 resultaron heridas. En Valencia marcharon 2.000, cifra que
        # los organizadores elevaron a 10.000" leaves the 2.000 the text's, R4 5)
        known = mover and any(fold_name(name) == fold_name(mover) for name in self.named)
        other = next((name for name in reversed(self.seen) if fold_name(name) != fold_name(mover)
                      and not is_outlet(name, slugify)), None) if known else None
        if other is not None:
            # "La huelga tuvo un seguimiento del 20%, según el Gobierno, cifra que los sindicatos elevaron al 80%. En
            # Valencia fue del 35%, datos que elevan al 93% los sindicatos": the 35% is the other side's (R3)
            checks.append(f"claimant ({mover!r} moves this figure to its own: taken as {other!r}, the other side "
                          "named before)")
            claimant = other
        if claimant and who is not None and claimant == who.who:
            claimant = _authorities_of_division(claimant, body[who.start:who.end], line.places)
        same = self._spoke_for_before(claimant, body[max(0, who.start - 60):who.end]) if claimant and who else None
        if same is not None:
            # "..., a civil protection official said." then "national civil protection director Ricardo de la Cruz
            # told": perhaps one speaker named twice, one statement and not two sources (N3 D2; SPEC §3)
            checks.append(f"claimant ({claimant!r} speaks for {same!r}, a claimant named before: if it is the same "
                          "statement, make them one source)")
        spoke_for = _spokesperson_of(body, claimant) if claimant and who is not None and not self.cites else None
        if spoke_for is not None:
            # "Col. Ivo Brant, an army spokesman, said": the holder states it (GUIDE), for the body he speaks for, so
            # that body is its origin (SPEC §2: three spokespeople of one army are one origin, not corroboration)
            self.cites = _named_before(spoke_for, self.seen) or spoke_for   # "army": "the Zemland army" named before
            checks.append(f"cites ({self.cites!r}: {claimant} speaks for it)")
        self.last_claimant = claimant
        if claimant is None and not unnamed:
            checks.append("claimant (the text attributes this number to no one)")
            if unnamed_subject(body):   # "officials said": no one by name, not the source named before them
                checks.append("claimant (unnamed officials say it: the outlet's, or --source's, until you name "
                              "their body)")
        return claimant

    def _spoke_for_before(self, claimant: str, said: str) -> str | None:
        """A claimant named before whose name is the role of ``claimant`` in the words that credit it ("civil
        protection" in "national civil protection director Ricardo de la Cruz told"), or None."""
        written, name = fold_name(said), fold_name(claimant)
        at = written.find(name)
        if at <= 0:
            return None
        role = written[:at].rsplit(",", 1)[-1]          # the words right before the name, not another clause
        return next((other for other in reversed(self.named) if len(other) > 3 and fold_name(other) != name
                     and re.search(rf"\b{re.escape(fold_name(other))}\b", role)), None)

    def of_breakdown(self, line: Line, checks: list[str]) -> str | None:
        """The claimant of a figure no one states in a sentence that goes on with the report the sentence before
        credited, or None: a breakdown by region of its figure ("the NDMA said 502 had died. Balochistan remains
        the worst-hit with 149 deaths, with Punjab reporting 114": the NDMA's; GUIDE: a part takes its total's
        fields), or a figure revised by no one named ("..., Xinhua reported. The number of those injured was
        raised to more than 1,000": whoever raised it is the one who reported the toll just before), or a figure of
        the report the sentence before cites, which this one goes on with ("..., according to the agency's latest
        report. The floods also killed 240 people": the agency's)."""
        if line.said or not self.previous_counter or _OPENS_WITH_A_DAY.match(line.body):
            return None   # "El 2 de abril se informaba de 12 fallecidos, 4 en ...": a report of its own day
        if _a_breakdown(line):
            note = f"a breakdown of the figure {self.previous_counter!r} gave in the sentence before"
        elif _REVISED_BY_NO_ONE.search(line.body) and not unnamed_subject(line.body):
            note = (f"revised by no one named: taken as {self.previous_counter!r}, whose report the sentence before "
                    "gives")
        elif _ALSO.search(line.body) and self.read_before and _REPORT_FRAME.search(self.read_before[-1]) \
                and not _ACTING_SUBJECT.match(line.body):
            counter = self.previous_claimant or self.previous_counter
            checks[:] = [c for c in checks if c != "claimant (the text attributes this number to no one)"]
            checks.append(f"claimant (the report of {counter!r} the sentence before cites, which this one goes on "
                          "with: 'also')")
            return counter
        else:
            return None
        checks[:] = [c for c in checks if c != "claimant (the text attributes this number to no one)"]
        checks.append(f"claimant ({note})")
        return self.previous_counter

    def _body_named_last(self, claimant: str | None, line: Line, item: Found) -> str | None:
        """"the organisation", "the same group", "dicha organización": the last name the article gave
        a claimant before the figure, in this sentence or before (a name, not a common noun)."""
        if not claimant or not anaphoric_body(claimant):
            return None                           # not "ONG", "NGO": an acronym names some NGO
        here = [a.who for a in line.said if a.who and a.end <= item.start and a.who[:1].isupper()
                and fold_name(a.who) not in BODY_ANAPHORS]
        if fold_name(claimant).endswith(("source", "fuente")):
            return self.last_named if not here else here[-1]   # "the same source": whoever spoke last
        if _a_document(claimant):
            # "the report said": its author, a body named before (not "Delhi recorded 39 ..., the report said")
            # (a body: not a person, an outlet or a place the sentence has report figures)
            if self.publisher:
                return self.publisher               # "La OMS publicó un informe ... El informe indicó": the OMS
            authors = [who for who in self.seen if not _a_place(who) and not _a_document(who) and not _a_person(who)
                       and not is_outlet(who, slugify)]
            return authors[-1] if authors else None
        named = here or self.seen
        if fold_name(claimant).split()[-1] in _ORGANISATION_NOUNS:
            named = [who for who in named if not _a_person(who)]   # "the organisation" is no person named before
        if named and fold_name(claimant).split()[-1] in _ORGANISATION_NOUNS and (
                _STATE_BODY.search(fold_name(named[-1])) or _MARCHED.search(line.body)):
            return None   # "la Policía Nacional contabilizó 15.000, mientras que la organización calculó 500.000":
            #               a march's organisers, not the police named last
        return named[-1] if named else None

    def also_given_by(self, line: Line, item: Found, claimant: str | None) -> str | None:
        """Who else gives the figure ``item``, in a clause right after it that names the same figure ("cifró en
        80.000 los asistentes, la misma cifra que da la Policía", "put it at 70,000, the same figure as the police
        gave"): that one, a second claimant of the same figure (N6 D3); None when none, or the figure's own."""
        body = line.body
        same = _SAME_FIGURE.search(body, item.end, min(len(body), item.end + 80))
        if same is None or any(item.end <= other.start < same.start() for other in line.found) or \
                _OTHER_CLAUSE_BREAK.search(body, item.end, same.start()):
            return None
        said = next((a for a in line.said if a.who and same.end() <= a.start <= same.end() + 25), None)
        if said is None or not _GIVER_GAP.fullmatch(body, same.end(), said.start):
            return None       # (not "la misma cifra que el año pasado, según la Policía": last year's, not its)
        who = _named_before(said.who, self.seen) or _short_name_of(said.who, self.named) or said.who
        return who if fold_name(who) != fold_name(claimant or "") else None

    def _in_full(self, who: str) -> str:
        """"la Policía" after "la Policía Nacional": the body as named before, a figure's claimant is read so too."""
        return (_named_before(who, self.seen) if " " not in who else None) or who

    def after(self, line: Line, text: str = "") -> None:
        """After a sentence: the sources it named (``text``: the article's, whose closing quote after
        the sentence's last stop the sentence leaves out)."""
        agency = _measured_by(line.body)
        if agency is not None or not _MEASURE_LINE.match(line.body):
            self.measured_by = agency
        named = [a.who for a in line.said if a.who]
        # "OCHA gave the toll, citing local authorities. ... it added": "it" is the subject, not the one cited
        # (and not the speaker of a relative clause after its figure: "The army disputed the 61 the government said
        # were killed. It said 20": the army)
        subjects = [a.who for a in line.said if a.who and not line.body[a.start:a.start + 8].lower().startswith(
            ("citing", "quoting", "citando")) and not _a_document(a.who)
            and not tells_a_figure_before(line.body, a)] or \
            [who for who in named if not _a_document(who)]   # "the report said ... it said"
        if subjects:
            # "Drake said ... He said": the one named in full before ("Lawrence Drake"), as the figure's claimant is
            last = subjects[-1]
            # "El ministro indicó que ... Dijo que ...": the minister named before with that role
            # (not a bare government: which country's is read where its figure is)
            holder = None if fold_name(last).split()[-1] in ("government", "gobierno") else \
                role_holder(last, [*self.read_before[-2:], line.body], (), reversed(self.read_before))
            self.last_named = holder or full_name(last, self.read_before) or self._in_full(last)
        self.previous_counter = named[-1] if named and line.found else None
        self.previous_claimant = self.last_claimant if line.found else None
        # who speaks in this sentence's quote, for a quote that goes on in the next sentence
        # (or whose words a colon introduces, right after the verb: 'the judge Anna Berg stating:' then '"The
        # attackers killed 12,000 ..."'; not 'Responding to X, Y told reporters in Hatay:', nor an outlet)
        introduced = [a.who for a in line.said if a.who and a.end >= len(line.body.rstrip()) - 25
                      and not is_outlet(a.who, slugify)] if line.body.rstrip().endswith(":") else []
        # a quote that goes on from the speaker of the sentence before and is left open: '"We found 120," said X.
        # "Another 30 are missing.' then the next paragraph's '"More than 2,000 ...' (the press opens each paragraph
        # of a quote that runs over paragraphs with its mark, and closes the last one): X's
        went_on = self.previous_speaker if not self.in_quote and not line.said and \
            line.body.lstrip()[:1] in _OPENING_QUOTES else None
        self.previous_speaker = named[-1] if named and any(q in line.body for q in _OPENING_QUOTES) else \
            introduced[-1] if introduced else None
        self.read_before.append(line.body)
        # a quote left open at the end of the sentence goes on in the next: its speaker, named here or before
        end = line.sentence.start + len(line.body)
        after = _CLOSING_AFTER.match(text, end) if text[end:end + 1] else None
        closing = after.group() if after is not None else ""
        opened = _still_open(line.body + closing, self.in_quote)
        # (a stray quote mark must not lend a speaker to the rest of the article: a quote runs 4 sentences at most)
        self.quote_lines = self.quote_lines + 1 if opened and self.in_quote else 0
        self.in_quote = opened and self.quote_lines < 4
        self.quote_open = (named[-1] if named else self.quote_open or went_on) if self.in_quote else None
        self.closing = self.closing if self.in_quote else None
        published = _PUBLISHED.search(line.body)
        if published is not None:
            # "Human Rights Watch published a report on Monday", "La OMS publicó un informe": what a document
            # named alone later says is theirs, the subject of that verb (not "According to Reuters, the UN office
            # issued a report": the office); until another source speaks
            subject = read_backwards(line.body, published.start())
            self.publisher = without_role(subject.who) if subject is not None and subject.who and not is_outlet(
                subject.who, slugify) and not _a_document(subject.who) else None
        elif any(not _a_document(who) for who in named):
            self.publisher = None
        self.seen.extend(self._in_full(who) for who in named if not who.islower())
        self.named.extend(named)
        self.bodies.extend(_bodies_in(line.body))
