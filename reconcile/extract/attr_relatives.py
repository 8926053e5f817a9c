"""A relative clause after a figure that tells who gave it, or who gave another figure for the same thing: the
"guerra de cifras" of Spanish news.

- "750.000 personas, dato que ha ofrecido la plataforma organizadora": the platform gives the 750.000;
- "el 16%, cifra que los sindicatos aumentaron hasta el 84%", "el 35% y el 30%, datos que elevan al 93% y 98%,
  respectivamente, los sindicatos": the unions give the 84%, the 93% and the 98%, not the 16% nor the 35%;
- "las cifras del País Vasco, que el primero cifró en el 25,8%, los segundos en el 53% y el Ejecutivo vasco en el
  20%": each speaker its own figure, the verb left out after the first; "el primero" and "los segundos" are the
  pair the sentence named before ("del Gobierno central y de los sindicatos").

``relative_tellers`` reads them; a teller governs only its own figures, or, when its clause has none, the figure
right before it (``governs``), so that no other figure of the sentence is credited to it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reconcile.extract.reading import read_backwards, read_forwards
from reconcile.extract.speakers import Attribution, usable
from reconcile.quantities.lexicon import fold_word

__all__ = ["Teller", "governs", "moved_from", "relative_tellers"]


@dataclass(frozen=True)
class Teller:
    attribution: Attribution
    figures: tuple[tuple[int, int], ...]     # the clause's own figures; () when it tells who gave the one before it


# the verbs of giving or moving a figure, each in the 3rd person (present, preterite, imperfect) or as a participle
# after "ha", "han", "había"
_AR_STEMS = ("facilit|aport|manej|señal|indic|confirm|estim|calcul|public|proporcion|baraj|avanz|contabiliz|cifr|"
             "sit[uú]|comunic|registr|inform|elev|aument|rebaj|baj|fij|llev|increment|dej|reporte|report")
_ER_STEMS = "ofrec|difund|reconoc|sub|reduc|recog|atribu|ofrezc"
_VERB = (rf"(?:(?:ha|han|hab[ií]a|hab[ií]an)\s+)?(?:(?:{_AR_STEMS})(?:ó|aron|a|an|aba|aban|ado)|"
         rf"(?:{_ER_STEMS})(?:i[oó]|ieron|e|en|[ií]a|[ií]an|ido)|redujo|redujeron|"
         r"da|dan|dio|dieron|daba|daban|dado)")
# an adverb before the verb, the subject left out: "cifra que posteriormente rebajó a 36.000" (the main clause's)
_VERB_RE = re.compile(rf"\b(?:(?:[^\W\d_]+mente|ya|luego|despu[eé]s|m[aá]s\s+tarde|tambi[eé]n)\s+)?{_VERB}\b", re.I)
# one figure, and a run of them: "al 93% y 98%", "hasta llegar al 84%", "en el 25,8%"
_ONE = (r"(?:(?:el|la|los|las|un|una)\s+)?(?:(?:m[aá]s\s+de|casi|unos|unas|cerca\s+de|al\s+menos)\s+)?"
        r"\d[\d.,]*(?:\s*%|\s+por\s+ciento|\s+mil(?:lones)?)?")
_FIGURES = rf"{_ONE}(?:\s*(?:,|y|e)\s*{_ONE})*"
_TO_FIGURES = re.compile(rf"\s+(?:(?:hasta\s+)?(?:llegar\s+)?(?:a|al|en|hasta)\s+)(?P<figures>{_FIGURES})"
                         r"(?:\s*,?\s*respectivamente\s*,?)?", re.I)
_ONE_RE = re.compile(_ONE, re.I)
# a subject after the clause's figures: after a comma, or with its article or capital ("al 93% los sindicatos")
_SUBJECT_AFTER = re.compile(r"\s*,|\s+(?:el|la|los|las)\s|\s+(?-i:[A-ZÁÉÍÓÚÑ])", re.I)
# the antecedent: a figure's noun ("dato que", ", cifra que"), a figure ("a 100.000 que", "los «más de 100.000» que"),
# a figure's noun named a few words before a comma ("las cifras del País Vasco, que")
_NOUN = r"(?:cifras?|datos?|n[uú]meros?|balances?|saldos?|recuentos?|estimaci[oó]n|estimaciones|porcentajes?)"
_THAT = re.compile(rf"(?:\b{_NOUN}\s+|\d[\d.,%]*[»”\"']?\s+|\b{_NOUN}\b[^,;.]{{0,40}},\s+|"
                   r"(?P<and>,?\s+y\s+))que\s+", re.I)
# a figure right before the antecedent's noun: "750.000 personas, dato que", "40 personas murieron, cifra que", "a
# 100.000 que"
_FIGURE_BEFORE = re.compile(r"\d[\d.,%]*[»”\"']?(?:\s+[^\W\d_]+){0,3}\s*,?\s*(?:[^\W\d_]+\s*)?$")
# the same figure given by another ("la misma cifra que da la Policía"): ``propose_claimant.also_given_by``
_SAME = re.compile(r"\b(?:mism[oa]s?|id[eé]ntic[oa]s?)\s+$", re.I)
# a speaker whose verb the sentence leaves out, then its figure: ", los segundos en el 53%", "y el Ejecutivo vasco en
# el 20%"
_GAPPED = re.compile(rf"(?:\s*,\s*|\s+(?:y|e)\s+)(?P<who>(?:(?:el|la|los|las)\s+)?[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)"
                     rf"{{0,4}}?)\s+(?:en|a|al|hasta)\s+(?P<figures>{_FIGURES})", re.I)
_FIRST = frozenset("primero primera primeros primeras".split())
_SECOND = frozenset("segundo segunda segundos segundas ultimo ultima ultimos ultimas".split())
# the head of what a verb of raising moved, no speaker: "eleva a 500 el total de víctimas", "el número de muertos",
# "el saldo mortal", "los fallecidos", "los contagios"
_COUNT_HEAD = re.compile(r"(?:(?:el|la|los|las)\s+)?(?:total|n[uú]mero|cifra|balance|saldo|recuento|suma|conteo|"
                         r"cantidad|monto|v[ií]ctimas|muertos|fallecidos|heridos|contagios|casos|detenidos|desaparecidos|"
                         r"afectados|damnificados|evacuados|asistentes|participantes|manifestantes)\b", re.I)
_ARTICLE = re.compile(r"^(?:el|la|los|las)\s+(?=\S)", re.I)
# the data named before a body's name: "(los) recuentos de la Xunta", "estadísticas del Gobierno"
_OF_DATA = re.compile(rf"^(?:{_NOUN}|recuentos|estad[ií]sticas|informes?)\s+(?:del|de\s+(?:la|los|las|el))\s+", re.I)
_PAIR_JOIN = re.compile(r"\s+(?:y|e)\s+(?:de\s+)?", re.I)


@lru_cache(maxsize=256)
def relative_tellers(sentence: str) -> tuple[Teller, ...]:
    """Every speaker a relative clause after a figure names (Spanish only), in order."""
    if "que" not in sentence or not any(c.isdigit() for c in sentence):
        return ()
    out: list[Teller] = []
    for that in _THAT.finditer(sentence):
        if _SAME.search(sentence, max(0, that.start() - 16), that.start()):
            continue                                   # "la misma cifra que da la Policía": a second giver
        told = _told(sentence, sentence.rindex("que", 0, that.end()), that.end(), own_only=bool(that.group("and")))
        if told is None or not told.figures and not _FIGURE_BEFORE.search(sentence, max(0, that.start() - 40),
                                                                          that.start() + 1):
            continue                                   # "el balance que ofreció X, que contabilizó 300": no figure yet
        out.append(told)
        at = max([told.attribution.end, *(hi for _, hi in told.figures)])
        while told.figures and (gap := _GAPPED.match(sentence, at)) is not None:
            who = _named_pair(sentence, that.start(), gap.group("who")) or _ARTICLE.sub("", gap.group("who"))
            if not usable(Attribution(who, gap.start("who"), gap.end("who"), True)):
                break
            out.append(Teller(Attribution(who, gap.start("who"), gap.end("who"), True), _spans(sentence, gap)))
            at = gap.end()
    return tuple(out)


def _told(sentence: str, start: int, at: int, own_only: bool) -> Teller | None:
    """The clause from ``at`` (after "que"): its verb first and its subject after ("que ha ofrecido la plataforma",
    "que elevan al 93%, respectivamente, los sindicatos") or its subject first ("que los sindicatos aumentaron hasta
    el 84%")."""
    verb = _VERB_RE.match(sentence, at)
    if verb is not None:
        moved = _TO_FIGURES.match(sentence, verb.end())
        found = read_forwards(sentence, moved.end() if moved else verb.end())
        if not usable(found) or any(c.isdigit() for c in found.who) or own_only and moved is None:
            return None
        if moved is not None and not _SUBJECT_AFTER.match(sentence, moved.end()):
            return None                                # "que rebajó a 36.000 asistentes": the figure's noun
        if moved is not None and _COUNT_HEAD.match(found.who):
            return None                                # "cifra que eleva a 500 el total de víctimas": what it raised
        who = _named_pair(sentence, start, found.who) or found.who
        return Teller(Attribution(who, start, max(found.end, moved.end() if moved else 0), False),
                      _spans(sentence, moved) if moved else ())
    verb = _VERB_RE.search(sentence, at, min(len(sentence), at + 60))
    subject = sentence[at:verb.start()].strip() if verb is not None else ""
    if verb is None or not subject or any(c in subject for c in ",;:\"«»") or any(c.isdigit() for c in subject):
        return None
    moved = _TO_FIGURES.match(sentence, verb.end())
    if own_only and moved is None:
        return None
    who = _named_pair(sentence, start, subject) or _ARTICLE.sub("", subject)
    if not usable(Attribution(who, at, verb.start(), True)):
        return None
    return Teller(Attribution(who, at, verb.end(), True), _spans(sentence, moved) if moved else ())


def _spans(sentence: str, match: re.Match) -> tuple[tuple[int, int], ...]:
    return tuple((one.start() + match.start("figures"), one.end() + match.start("figures"))
                 for one in _ONE_RE.finditer(match.group("figures")))


def _named_pair(sentence: str, before: int, who: str) -> str | None:
    """"el primero", "los segundos", "este último": one of the pair the sentence names before ``before`` ("las
    estadísticas del Gobierno central y de los sindicatos"), or None."""
    words = [fold_word(w) for w in who.split()]
    if len(words) != 2 or words[1] not in _FIRST | _SECOND:
        return None
    joins = list(_PAIR_JOIN.finditer(sentence, 0, before))
    for join in reversed(joins):
        first = read_backwards(sentence, join.start())
        second = read_forwards(sentence, join.end())
        if usable(first) and usable(second):
            return _OF_DATA.sub("", first.who if words[1] in _FIRST else second.who)
    return None


def governs(teller: Teller, sentence: str, start: int, end: int) -> bool:
    """Whether ``teller`` gives the figure at [start, end): one of its own, or, when it has none, the one right
    before its clause (only a noun, a comma or a closing quote between)."""
    if teller.figures:
        return any(start < hi and lo < end for lo, hi in teller.figures)
    between = sentence[end:teller.attribution.start]
    return end <= teller.attribution.start and len(between) <= 40 and not any(c.isdigit() or c in ";:" for c in between)


# a verb that moves another's figure to one's own: "cifra que los sindicatos elevaron hasta el 84%", "datos que elevan
# al 93% y 98%, respectivamente, los sindicatos", "que rebajan al 10%"; its forms only, not "subrayan", "bajo" (R4 5)
_MOVES = re.compile(r"\b(?:(?:elev|aument|rebaj|baj|increment|llev)(?:a|an|ó|aron|ado|ada|aba|aban|ar|e|en|ando)|"
                    r"sub(?:e|en|ió|ieron|ía|ían|ido|ir|iendo)|reduj(?:o|eron)|reduc(?:e|en|ía|ían|ido|ir|iendo))\b",
                    re.I)


def moved_from(sentence: str, start: int, end: int) -> Attribution | None:
    """The teller who moves the figure at [start, end) to figures of its own in a relative clause after it ("en
    Asturias el 30%, datos que elevan al 93% y 98%, respectivamente, los sindicatos": the unions'), or None. The
    figure is not that teller's but the other side's, which the sentence may leave unnamed (R3)."""
    for teller in relative_tellers(sentence):
        clause = teller.attribution.start
        if teller.figures and end <= clause and _MOVES.search(sentence, clause, max(hi for _, hi in teller.figures)):
            return teller.attribution
    return None
