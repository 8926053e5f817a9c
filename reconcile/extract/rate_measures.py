"""Rates and shares that count no noun: the measure their clause names is their criterion (GUIDE § criterion:
"Measures name the measure"; a share ends in ``-share``).

A percentage with no counted noun had no criterion, so every rate of an article fell in one draft topic and unrelated
rates conflicted ("el PIB caerá un 7 % y el desempleo llegará al 25 %": 7 against 25). The measure the figure's
clause names as its subject or head ("la inflación ... fue de 9,8%", "the jobless rate of 9.5%", "turnout was 45
percent", "Buhari won 53.9% of the vote") is its criterion, in English slugs, so that the texts of one measure in
both languages share a topic:

- ``inflation`` (a rate of prices, no share), qualified when the text says over what span: ``inflation-monthly``
  ("la inflación de marzo", "monthly"), ``inflation-annual`` ("interanual", "year on year", "annual", or a year
  alone: "la inflación de 2011", "cerró 2015 en"), ``inflation-year-to-date`` ("acumulada", "so far this year"). A
  month's inflation and the twelve months to that month are both dated by the month, so only the criterion keeps
  them apart (GUIDE: a qualifier goes after a hyphen);
- a share of people in a state, as dev's "fatality rate" is ``dead-share``: ``unemployed-share`` (unemployment,
  the jobless rate, desempleo, desocupación), ``underemployed-share``, ``poor-share`` (poverty), ``poor-extreme-share``
  (extreme poverty, indigencia); ``-change`` after it when the figure is a change ("la pobreza cayó un 5%");
- ``voted-share`` for turnout (as dev5's "Participación: 37.43 %"), ``abstained-share`` for abstention, and
  ``voted-<name>`` for the share an option or a candidate won (as dev's ``voted-apruebo``, ``voted-si``);
- ``gdp-change`` for the economy's output ("GDP will fall 7%", as news' ``budget-change``); ``interest-rate``.

Also here: the criterion of "15 million (10%) of whom were unemployed" (the state the relative clause names, the
share in its bracket a share of the same), a total across that bracket, and figures that are no claim (GUIDE: names
with digits; not claims): "tiene un peso vital" (weight, no money), "El IPC 7 provincias" (an index's name), "provoca
dos escenarios" (a count of abstractions).
"""
from __future__ import annotations

import re

from reconcile.extract.fields import criterion_of_word
from reconcile.extract.proposal import Line, Proposal
from reconcile.model.names import slugify
from reconcile.quantities.running import Found

__all__ = ["rate_fields", "rate_criterion", "is_not_a_claim"]

# --- the measures -------------------------------------------------------------------------------------------------

_INFLATION = "inflation"
# (noun, slug, kind): kind "level" is a share or a rate told at its level, "-change" when the text tells a change;
# "change" is a quantity whose percentage is always a change (GDP); "inflation" takes its span's qualifier
_MEASURES: tuple[tuple[str, str, str], ...] = (
    (r"inflaci[oó]n|inflation|IPC|CPI|(?:[ií]ndice\s+de\s+)?precios\s+al\s+consumidor|consumer[\s-]+price(?:s|\s+index)"
     r"|costo\s+de\s+(?:la\s+)?vida|cost\s+of\s+living|(?:variaci[oó]n|suba|aumento|alza)\s+de\s+(?:los\s+)?precios"
     r"|(?:rise|increase)\s+in\s+(?:consumer\s+)?prices", _INFLATION, "inflation"),
    (r"subempleo|underemployment", "underemployed-share", "level"),
    (r"desempleo|desocupaci[oó]n|unemployment|joblessness|jobless\s+rate|tasa\s+de\s+paro", "unemployed-share",
     "level"),
    (r"pobreza\s+extrema|extrema\s+pobreza|indigencia|extreme\s+poverty", "poor-extreme-share", "level"),
    (r"pobreza|poverty(?:\s+rate)?", "poor-share", "level"),
    (r"(?:voter\s+)?turnout|participaci[oó]n(?:\s+electoral|\s+ciudadana)?|voter\s+participation", "voted-share",
     "vote"),
    (r"abstenci[oó]n|abstention", "abstained-share", "vote"),
    (r"PIB|GDP|producto\s+(?:interno|interior)\s+bruto|gross\s+domestic\s+product|econom[ií]a|economy|"
     r"crecimiento\s+econ[oó]mico|economic\s+growth|actividad\s+econ[oó]mica|economic\s+activity", "gdp-change",
     "change"),
    (r"tasas?\s+de\s+inter[eé]s|interest\s+rates?", "interest-rate", "level"),
)
_NOUNS = re.compile("|".join(rf"(?P<m{i}>\b(?:{noun})\b)" for i, (noun, _, _) in enumerate(_MEASURES)), re.I)
# measures a figure may name right after it: "un 720 por ciento de inflación", "a 25% unemployment rate", "9.5%
# jobless rate" (not "3% of GDP": a share of the economy, no change of it)
_AFTER = re.compile(r"\s*(?:(?:de|of)\s+(?:la\s+)?)?(?:annual\s+|anual\s+|interanual\s+)?(?P<noun>inflaci[oó]n|"
                    r"inflation|desempleo|desocupaci[oó]n|unemployment|jobless(?:ness)?|pobreza|poverty|turnout|"
                    r"abstenci[oó]n|abstention)\b", re.I)
# where a new clause with a subject of its own opens: "..., y el desempleo llegará", "; the jobless rate", "while GDP"
_NEW_CLAUSE = re.compile(r"[;:]|\b(?i:y|e|and|but|pero|while|whereas|mientras(?:\s+que)?|aunque|although)\s+"
                         r"(?=(?:(?i:el|la|los|las|the|su|sus|its|their)|[A-ZÁÉÍÓÚÑ]{2,})\b)")
# a measure named as the cause or the foe of something, no subject of the figure: "due to inflation, sales fell
# 10%", "la lucha contra la pobreza", "pese a la inflación"
_NO_SUBJECT = re.compile(r"(?:due\s+to|because\s+of|against|amid|despite|fight(?:ing)?|a\s+causa\s+de|debido\s+a|"
                         r"contra|pese\s+a|frente\s+a|lucha\s+contra|combat\w*)\s+(?:(?:the|la|el|los|las)\s+)?$",
                         re.I)
# a change, not a level: "cayó un 7%", "caerá un 7 %", "rose by 2%", "fell 7%", "up 3%", "un 5% menos"
_CHANGE_BEFORE = re.compile(r"(?:\b(?:ca[ey]\w*|cay\w+|baj\w+|sub\w+|aument\w+|creci\w+|crec\w+|disminu\w+|"
                            r"descend\w+|redu[jc]\w+|increment\w+|retroced\w+|contra[ej]\w+|expand\w+)"
                            r"\s+(?:en\s+)?un|\b(?:by|up|down|grew|grow|grows|growing|fell|fall|falls|falling|"
                            r"rose|rise|rises|rising|shrank|shrink|shrinks|contracted|contract|expanded|expand|"
                            r"dropped|drop|declined|decline|jumped|climbed|increased|decreased))\s+(?:about\s+|some\s+|"
                            r"around\s+|nearly\s+|almost\s+|casi\s+|cerca\s+de\s+|alrededor\s+de\s+)?$", re.I)
_CHANGE_AFTER = re.compile(r"\s+(?:menos|m[aá]s|less|more|lower|higher)\b", re.I)

# the span inflation is told over
_YEAR_TO_DATE = re.compile(r"\b(?:acumulad[oa]s?|en\s+lo\s+que\s+va\s+del?\s+(?:a[ñn]o|\d{4})|so\s+far\s+this\s+year|"
                           r"year[\s-]+to[\s-]+date|cumulative)\b", re.I)
_ANNUAL = re.compile(r"\b(?:interanual(?:es)?|anual(?:es)?|annual(?:ly|i[sz]ed)?|year[\s-]+(?:on|over)[\s-]+year|"
                     r"twelve[\s-]+months?|12[\s-]+months?|(?:en|de)\s+los\s+[uú]ltimos\s+(?:12|doce)\s+meses|"
                     r"(?:over|in)\s+the\s+(?:past|last)\s+(?:12|twelve)\s+months|a\s+(?:12|doce)\s+meses|i\.\s?a\.)",
                     re.I)
_MONTHS = (r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre|january|"
           r"february|march|april|may|june|july|august|september|october|november|december")
_MONTHLY = re.compile(rf"\b(?:mensual(?:es)?|monthly|month[\s-]+on[\s-]+month|(?:en|durante)\s+el\s+mes|del\s+mes|"
                      rf"(?:{_MONTHS})(?:['’]s)?)\b", re.I)
# ("may" the verb: "inflation may reach 5%" names no month)
_MAY_VERB = re.compile(r"\bmay\s+(?:be|reach|rise|fall|hit|top|exceed|climb|drop|end|close)\b", re.I)

# --- votes ----------------------------------------------------------------------------------------------------------

_ELECTION = re.compile(r"\b(?:vot\w*|elecci\w+|election\w*|electoral\w*|comicios|plebiscit\w+|referend\w+|"
                       r"sufragi\w+|ballot\w*|polls?|candidat\w+|escrutinio)\b", re.I)
_OF_THE_VOTE = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:popular\s+|valid\s+|total\s+)?(?:votes?|ballots)|"
                          r"de\s+(?:los\s+)?(?:votos|sufragios)(?:\s+v[aá]lidos)?|del\s+(?:voto|electorado))\b", re.I)
_WON = (r"(?:won|winning|took|taking|got|getting|received|receiving|obtained|obtaining|secured|securing|garnered|"
        r"polled|gained|gan[oó]|obtuvo|logr[oó]|consigui[oó]|"
        r"sac[oó]|recibi[oó]|triunf[oó]|se\s+impuso|alcanz[oó])")
_FILLER = r"(?:(?:con|with|el|un|the|a|about|some|around|nearly|almost|just\s+over|over|más\s+del?|casi|cerca\s+del?|" \
          r"alrededor\s+del?)\s+)*"
_NAME = (r"(?:«(?P<q>[^»]{1,60})»|[\"“](?P<d>[^\"”]{1,60})[\"”]|"
         r"(?P<c>[A-ZÁÉÍÓÚÑ][\w.'’-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.'’-]*){0,3}))")
# "Buhari won 53.9% of the vote", "la opción «Apruebo» ganó con un 78,28%"
_NAME_WON = re.compile(rf"{_NAME}\s+(?:[^\W\d_]+\s+)?{_WON}\s+{_FILLER}$")
# "triunfó la opción «Convención Constitucional» con un 79%"
_WON_NAME = re.compile(rf"{_WON}\s+(?:(?:la|el|the)\s+(?:opci[oó]n|candidat[oa]|partido|option|candidate|party)\s+)?"
                       rf"{_NAME}\s+{_FILLER}$")
# the other side of a result: "Buhari winning 59.4 percent of votes to Jonathan's 39.2 percent"
_NAME_S = re.compile(rf"\b(?:to|against|frente\s+a|contra|y|and)\s+{_NAME}['’]s\s+{_FILLER}$")
_NOT_A_NAME = frozenset("el la los las the a an un una finalmente finally también also it he she they él ella ellos "
                        "this that este esta".split())


def _vote(body: str, item: Found, around: str) -> str | None:
    """``voted-<name>`` for a share an option or a candidate won ("Buhari won 53.9% of the vote", "«Apruebo» ganó
    con un 78,28% de los votos"), None for any other figure."""
    of_vote = _OF_THE_VOTE.match(body, item.end) is not None or (item.counted or "").lower() in (
        "vote", "votes", "votos", "voto", "sufragios")
    if not of_vote and not _ELECTION.search(around):
        return None
    start = max(0, item.start - 120)
    patterns = (_NAME_WON, _WON_NAME, _NAME_S) if _OF_THE_VOTE.search(body) else (_NAME_WON, _WON_NAME)
    for pattern in patterns:
        found = pattern.search(body, start, item.start)
        if found is None:
            continue
        name = found.group("q") or found.group("d") or found.group("c")
        words = name.split()
        while words and words[0].lower() in _NOT_A_NAME:
            words = words[1:]
        if words:
            return f"voted-{slugify(' '.join(words))}"
    return None


def _clause_before(body: str, item: Found) -> tuple[int, str]:
    """(where it starts, the text) of ``item``'s clause before it: back to the last new clause with a subject of its
    own, 200 characters at most."""
    start = max(0, item.start - 200)
    window = body[start:item.start]
    cuts = [m.end() for m in _NEW_CLAUSE.finditer(window)]
    cut = cuts[-1] if cuts else 0
    return start + cut, window[cut:]


# an aside within a clause: "el IPC 7 provincias – un índice que elaboró ... – ascendió", "(IPC)"
_ASIDE = re.compile(r"\s[–—][^–—]*[–—]|\([^()]*\)")
# a noun in a body's name: "viceministro de Economía", "Ministry of Economy"
_IN_A_NAME = re.compile(r"\b(?:de|del|of)\s+$", re.I)


def _in_aside(clause: str, at: int) -> bool:
    """Whether ``at`` of ``clause`` is in an aside that closes before the clause ends."""
    return any(m.start() < at < m.end() for m in _ASIDE.finditer(clause))


def _measure(body: str, item: Found, around: str) -> tuple[str, str, int, int] | None:
    """(slug, kind, start, end) of the measure ``item``'s clause names as its subject or head, or right after it."""
    after = _AFTER.match(body, item.end)
    if after is not None:
        found = _NOUNS.fullmatch(after.group("noun"))
        if found is not None:
            index = int(found.lastgroup[1:])  # type: ignore[index]
            return _MEASURES[index][1], _MEASURES[index][2], after.start("noun"), after.end("noun")
    at, clause = _clause_before(body, item)
    label = re.search(r"([^\W\d_][^\n:]{0,40})\s*:\s*$", clause)
    nouns = list(_NOUNS.finditer(clause))
    if label is not None:     # "Participación: 37.43 %": a row's label
        nouns = [n for n in nouns if n.start() >= label.start(1)]
    for noun in reversed(nouns):
        if _in_aside(clause, noun.start()) or _IN_A_NAME.search(clause, 0, noun.start()) and \
                noun.group()[:1].isupper() and not noun.group().isupper():
            continue    # "– ... viceministro de Economía – ascendió al 24,9%": an aside's, a ministry's name
        if _NO_SUBJECT.search(clause, 0, noun.start()):
            return None
        if len(_ASIDE.sub("", clause[noun.end():])) > 90:
            return None
        index = int(noun.lastgroup[1:])  # type: ignore[index]
        slug, kind = _MEASURES[index][1], _MEASURES[index][2]
        if kind == "vote" and slug == "voted-share" and noun.group().lower().startswith("particip") and \
                not _ELECTION.search(around):
            return None       # "la participación en el paro fue del 80%": a strike's, no vote
        return slug, kind, at + noun.start(), at + noun.end()
    return None


def _inflation_span(body: str, start: int, item: Found) -> str:
    """``inflation`` qualified by the span the text tells it over, between the measure's noun and the figure's
    clause's end: a year's inflation, dated by its year, is ``inflation`` ("la inflación de 2011 fue del 9,8%",
    "annual inflation in 2011 reached 9.5%"); a month's is monthly ("la inflación de marzo", "December's"), unless
    the text says it is the twelve months to that month ("interanual a marzo", "year on year in March")."""
    end = min(len(body), item.end + 40)
    stop = re.search(r"[,;:.]\s|\s(?:y|and)\s", body[item.end:end])
    span = body[start:item.end + stop.start() if stop else end]
    if _YEAR_TO_DATE.search(span):
        return f"{_INFLATION}-year-to-date"
    monthly = _MONTHLY.search(_MAY_VERB.sub(" ", span)) is not None
    if _ANNUAL.search(span):
        return f"{_INFLATION}-annual" if monthly or re.search(r"interanual|year[\s-]+(?:on|over)", span, re.I) \
            else _INFLATION
    return f"{_INFLATION}-monthly" if monthly else _INFLATION


# a turnout told by its voters: "40.6 percent of voters turned out", "el 55 % de los electores votó"
_TURNED_OUT = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:registered\s+|eligible\s+)?(?:voters|electorate)\s+(?:turned\s+out|"
                         r"voted|cast)|de\s+(?:los\s+)?(?:electores|votantes|habilitados|empadronados|inscritos)\s+"
                         r"(?:vot[oóa]|acudi[oó]|particip[oó]|sufrag[oó]))\b", re.I)
# a figure set against the one before it in its sentence, of the same measure: "compared to an official 55.9 percent",
# "frente al 9,5 % oficial", "versus 12%"
_COMPARED = re.compile(r"\b(?:compared\s+(?:to|with)|versus|vs\.?|against|frente\s+a[l]?|comparad[oa]\s+con|"
                       r"en\s+comparaci[oó]n\s+con)\s+(?:(?:an?|the|el|la|un|una)\s+)?(?:official\s+|oficial\s+)?$",
                       re.I)


# a row of facts, its label before a colon: "Participación: 37.43 %", "Sí: 49.78 %", "Desempleo: 9 %"
_ROW = re.compile(r"\s*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})\s*:\s*")


def _row_criterion(label: str, item: Found, around: str) -> str | None:
    """The criterion of a percentage on a row of facts: the measure its label names ("Participación": voted-share,
    in a text of a vote), else, in a text of a vote, the share its label's option won ("Sí: 49.78 %": voted-si)."""
    found = _NOUNS.fullmatch(label)
    election = _ELECTION.search(around) is not None or (item.counted or "").lower() in ("votes", "votos")
    if found is not None:
        slug, kind = _MEASURES[int(found.lastgroup[1:])][1:]  # type: ignore[index]
        return slug if kind != "vote" or election else None
    return f"voted-{slugify(label)}" if election else None


def rate_criterion(body: str, item: Found, around: str) -> str | None:
    """The criterion of a percentage from the measure its clause names (module docstring), or None."""
    if item.unit != "percent":
        return None
    row = _ROW.fullmatch(body, 0, item.start)
    if row is not None:
        return _row_criterion(row.group(1), item, around)
    if _TURNED_OUT.match(body, item.end):
        return "voted-share"      # "40.6 percent of voters turned out"
    voted = _vote(body, item, around)
    if voted is not None:
        return voted
    measure = _measure(body, item, around)
    if measure is None:
        return None
    slug, kind, start, _ = measure
    if kind == "inflation":    # (with the words before its noun: "December's inflation")
        return _inflation_span(body, max(_clause_before(body, item)[0], start - 25), item)
    if kind == "level" and (_CHANGE_BEFORE.search(body, max(0, item.start - 40), item.number_start)
                            or _CHANGE_AFTER.match(body, item.end)):
        return f"{slug}-change"
    return slug


# --- "15 million (10%) of whom were unemployed" ---------------------------------------------------------------------

_BRACKET = r"\s*\([^()]{1,40}\)"
_OF_WHOM = r"(?:of\s+(?:whom|which|them)|de\s+(?:los|las)\s+cuales|de\s+quienes|de\s+ell[oa]s)"
_COPULA = (r"(?:were|are|was|is|had\s+been|have\s+been|has\s+been|remained|remain|eran|estaban|son|est[aá]n|fueron|"
           r"se\s+encontraban|se\s+encuentran|segu[ií]an|siguen|quedaron|resultaron)")
_STILL = r"(?:(?:still|todav[ií]a|a[uú]n|now|ahora)\s+)?"
# after the figure, across a bracket of its own: "15 million (10%) of whom were unemployed"
_OF_WHOM_AFTER = re.compile(rf"(?P<bracket>{_BRACKET})?\s+{_OF_WHOM}\s+{_COPULA}\s+{_STILL}(?P<word>[^\W\d_]+)", re.I)
# after "of whom" and the figure: "of whom 40 were killed", "de los cuales 15 millones estaban desempleados"
_OF_WHOM_BEFORE = re.compile(rf"{_OF_WHOM},?\s+$", re.I)
_COPULA_AFTER = re.compile(rf"(?:{_BRACKET})?\s+{_COPULA}\s+{_STILL}(?P<word>[^\W\d_]+)", re.I)
# the figure in a bracket right after a count: "15 million (10%)"
_IN_BRACKET_AFTER = re.compile(r"\s*\)")
# the states a relative clause tells of its people, that no verb lexicon names
_STATES = frozenset("unemployed jobless employed homeless poor underemployed desempleados desempleadas desocupados "
                    "desocupadas pobres indigentes empleados empleadas subempleados".split())

_STATE_SLUGS = {"desempleados": "unemployed", "desempleadas": "unemployed", "desocupados": "unemployed",
                "desocupadas": "unemployed", "jobless": "unemployed", "pobres": "poor", "indigentes": "poor",
                "empleados": "employed", "empleadas": "employed", "subempleados": "underemployed"}


def _state(word: str) -> str | None:
    """The criterion a participle or a state names ("killed": dead, "unemployed"), or None for a group's noun
    ("soldiers", "niños": who they were, no criterion)."""
    known = criterion_of_word(word)
    if known is not None:
        return known
    low = word.lower()
    if low in _STATES:
        return slugify(_STATE_SLUGS.get(low, low))
    return None


def _relative_state(body: str, item: Found) -> tuple[str, bool] | None:
    """(the state a relative clause names of ``item``'s people, whether a bracket stands between), or None."""
    after = _OF_WHOM_AFTER.match(body, item.end)
    if after is None and _OF_WHOM_BEFORE.search(body, max(0, item.start - 30), item.start):
        after = _COPULA_AFTER.match(body, item.end)
    if after is None:
        return None
    state = _state(after.group("word"))
    return (state, bool(after.groupdict().get("bracket"))) if state else None


def _total_before(line: Line, item: Found, out: list[Proposal]) -> int | None:
    """The count of ``line`` before ``item`` that a part of it is of: the last of the sentence no part itself, with
    no unit, no smaller than the part."""
    for index in range(len(out) - 1, -1, -1):
        total = out[index]
        if total.sentence != line.number:
            return None
        if total.unit is None and not total.is_part and total.part_of is None:
            try:
                low = float(total.value.replace(",", "")) if total.value.replace(",", "").isdigit() else None
            except ValueError:
                low = None
            return index if low is None or item.lower is None or item.lower <= low else None
    return None


def _share_in_bracket(line: Line, item: Found) -> str | None:
    """The state the relative clause after a share's bracket names: the 10% of "15 million (10%) of whom were
    unemployed" is the unemployed's share."""
    close = _IN_BRACKET_AFTER.match(line.body, item.end)
    if item.unit != "percent" or close is None:
        return None
    after = _OF_WHOM_AFTER.match(line.body, close.end())
    state = _state(after.group("word")) if after is not None else None
    return f"{state}-share" if state else None


# --- no claim ------------------------------------------------------------------------------------------------------

# "un peso" as weight: "tiene un peso vital", "con un peso decisivo", "un peso específico"
_PESO_IDIOM_BEFORE = re.compile(r"\b(?:ten(?:er|[ií]a[n]?|go|emos|drá[n]?|ga[n]?)|tiene[n]?|tuvo|tuvieron|tenido|"
                                r"con|sin|cobra\w*|gana\w*|adquiri\w*|adquiere\w*)\s+(?:(?:muy|mucho|tanto)\s+)?$",
                                re.I)
_PESO_IDIOM_AFTER = re.compile(r"\s+(?:vital|important[e]?|espec[ií]fico|enorme|decisivo|fundamental|relativo|propio|"
                               r"mayor|menor|significativo|pol[ií]tico|simb[oó]lico|clave|determinante|considerable|"
                               r"muerto|excesivo|fuerte|grande|real|relevante|central|propio|crucial|creciente)\b",
                               re.I)
# an index or a series named with its figure: "El IPC 7 provincias", "el EMAE 12"
_NAMED_SERIES = re.compile(r"\b(?i:el|la|los|las|the|del|al)\s+[A-ZÁÉÍÓÚÑ]{2,7}\s+$")
# abstractions a text counts in passing, no fact of the event: "provoca dos escenarios", "three options"
_ABSTRACT = frozenset("escenarios escenario opciones alternativas posibilidades factores razones motivos aspectos "
                      "cuestiones temas ejes caminos vías hipótesis preguntas lecturas interpretaciones claves "
                      "lecciones objetivos desafíos retos frentes miradas posturas posiciones "
                      "scenarios options alternatives possibilities factors reasons aspects issues questions themes "
                      "paths ways hypotheses readings interpretations lessons goals challenges fronts views".split())


def is_not_a_claim(body: str, item: Found) -> bool:
    """Whether ``item`` is no claim: "un peso" as weight ("La diferencia tiene un peso vital"), a figure of an
    index's name ("El IPC 7 provincias subió"), a small count of abstractions ("provoca dos escenarios")."""
    text = item.text.lower()
    if re.fullmatch(r"un\s+peso", text) and (_PESO_IDIOM_BEFORE.search(body, max(0, item.start - 30), item.start)
                                             or _PESO_IDIOM_AFTER.match(body, item.end)):
        return True
    if item.unit is None and item.qualifier == "exact" and item.start == item.number_start and \
            re.fullmatch(r"\d{1,3}", item.text) and _NAMED_SERIES.search(body, max(0, item.start - 20), item.start):
        return True
    return bool(item.unit is None and item.counted and item.counted.lower() in _ABSTRACT
                and item.lower is not None and item.lower <= 12)


# --- the call -------------------------------------------------------------------------------------------------------

def rate_fields(line: Line, item: Found, out: list[Proposal], pop: list[str], crit: str | None, is_part: bool,
                total: int | None, checks: list[str]) -> tuple[list[str], str | None, bool, int | None] | None:
    """(population, criterion, is_part, total) of ``item`` with what this module reads (module docstring), or None
    for a figure that is no claim."""
    body = line.body
    if is_not_a_claim(body, item):
        return None
    around = " ".join(line.nearby or [body])
    own = rate_criterion(body, item, around)
    if own is None and item.unit == "percent":
        own = _share_in_bracket(line, item)
        share_of = _total_before(line, item, out) if own else None
        if share_of is not None and not pop:
            pop = list(out[share_of].population)
    if own is None and item.unit == "percent" and out and out[-1].sentence == line.number and \
            out[-1].unit == "percent" and out[-1].criterion and _COMPARED.search(body, max(0, item.start - 40),
                                                                              item.number_start):
        own = out[-1].criterion       # "40.6 percent of voters turned out ... compared to an official 55.9 percent"
    if own is None and item.unit is None:
        relative = _relative_state(body, item)
        if relative is not None:
            own, bracketed = relative
            if total is None and bracketed:     # "15 million (10%) of whom": the bracket had hidden the total
                total = _total_before(line, item, out)
                if total is not None:
                    is_part = True
                    pop = pop or list(out[total].population)
    if own is None or own == crit:
        return pop, crit, is_part, total
    checks[:] = [c for c in checks if not c.startswith("criterion")]
    checks.append(f"criterion ({own!r}: the measure or state its clause names)")
    return pop, own, is_part, total
