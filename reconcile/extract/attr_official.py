"""Figures the government gives, and credits written in brackets after a figure.

"Officially, 39 were killed", "official figures put", "las cifras oficiales": the government
speaks, whose country the article names (``speakers.role_holder``). Not "con un número oficial de
200 desaparecidos", an official figure no verb gives: the text's own, as the annotated texts have
it. "613 (per Azerbaijani government)", "108 (according to U.N. observers)", "276 (oficial)",
"200 (government) to 1,000 (opposition)": who gives the figure, in brackets after it.
``reconcile.extract.attribution`` gathers these with the verbs of speech.
"""
from __future__ import annotations

import re

from reconcile.extract.speakers import (COLLECTIVE, EVENTS, ROLES, SPEAKING, TRIGGER, VAGUE, Attribution, government_of,
                                        usable)
from reconcile.quantities.lexicon import fold_word

__all__ = ["bracket_credits", "label_credit", "label_end", "official_name", "official_tally", "opening_official"]

# "official figures", "las cifras oficiales", "the official count": the government's
_SPANISH_DATA = frozenset("oficial oficiales oficialmente gobierno cifra cifras datos balance recuento "
                          "estimaciones informe conteo evaluacion evaluaciones".split())
_DATA_WORDS = frozenset("figures figure data statistics count counts toll tally tallies estimates estimate "
                        "numbers number records report reports informes reportes "
                        "death cifra cifras datos estadisticas recuento balance "
                        "estimaciones estimacion informe reporte conteo saldo de del of the la las el los official "
                        "officially oficial oficiales oficialmente government gobierno "
                        # "An official preliminary assessment said", "una evaluación oficial preliminar"
                        "assessment assessments evaluation evaluations evaluacion evaluaciones preliminary initial "
                        "provisional preliminar preliminares inicial iniciales provisionales".split())


# the words of an official version or its sources, besides the data's: "fuentes oficiales marroquíes", "(versión
# oficial marroquí)", "official Pakistani sources"
_VERSION_WORDS = frozenset("version versiones fuentes fuente sources source account".split())


def _official_of_a_country(words: list[str]) -> str:
    """The government of the country whose demonym qualifies an official figure or source ("las fuentes oficiales
    marroquíes", "versión oficial marroquí" -> "Gobierno de Marruecos"; GUIDE: "estimaciones oficiales pakistaníes" is
    gobierno-de-pakistan), or ""."""
    other = [w for w in words if fold_word(w) not in _DATA_WORDS | _VERSION_WORDS]
    if len(other) != 1 or not any(fold_word(w).startswith(("offici", "oficial")) for w in words):
        return ""
    spanish = other[0].islower()
    asked = f"gobierno {other[0]}" if spanish else f"{other[0]} government"
    named = government_of(asked)
    return "" if named == asked else named


def _government(spanish: bool) -> str:
    return "Gobierno" if spanish else "Government"


# the body a Spanish adjective after a data noun names: "las estimaciones policiales" (the police's, as
# "police estimates" is), "cifras sindicales" (the unions')
_BODY_ADJECTIVES = {"policiales": "Policía", "sindicales": "sindicatos"}


def official_name(who: str) -> str:
    """"official figures", "las cifras oficiales" -> "Government", "Gobierno"; "las estimaciones
    policiales" -> "Policía"; "" for any other name."""
    words = [fold_word(w) for w in who.split()]
    if len(words) >= 2 and words[-1] in _BODY_ADJECTIVES and all(w in _DATA_WORDS for w in words[:-1]):
        return _BODY_ADJECTIVES[words[-1]]
    if not words or not any(w.startswith("offici") or w.startswith("oficial") for w in words):
        return ""
    if not all(w in _DATA_WORDS for w in words):
        return _official_of_a_country(who.split())

    return _government(any(w in _SPANISH_DATA for w in words))


# "Officially, 39 were killed", "Oficialmente, se contabilizaron 300": the government speaks
_OFFICIALLY = re.compile(r"\s*(?P<word>Officially|Oficialmente)\s*,", re.I)


# "Fuentes de la Secretaría de Gestión de Riesgos (SGR), las lluvias dejaron ...": sources of a body, opening the
# sentence as "según" would, their verb left out
_SOURCES_OF = re.compile(r"\s*(?:Fuentes|Sources)\s+"
                         # (not "Fuentes de Ebro", a town: a body follows its article)
                         r"(?:de\s+la|de\s+los|de\s+las|del|at\s+the|of\s+the|from\s+the)\s+"
                         r"(?P<who>[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+(?:de|del|la|las|los|y|of|for|the|and|[A-ZÁÉÍÓÚÑ][\w'’.-]*))"
                         r"{0,9})\s*(?:\([^()]{1,20}\)\s*)?,")


# a passive given "officially", by no one named: "was officially reported to have 1,204 deaths", "were officially
# recorded", "se registraron oficialmente 300 muertes", "oficialmente se contabilizaron" (not "the government
# officially reported": its subject names who)
_OFFICIAL_PASSIVE = re.compile(
    r"\b(?:(?:was|were|been|is|are)\s+officially\s+(?:reported|recorded|registered|estimated|counted|listed|"
    # (not "259 were officially confirmed dead", "declared dead": what befell them, as the text's own words)
    r"given|put)|"
    r"se\s+(?:registraron|reportaron|contabilizaron|confirmaron|registr[oó]|report[oó]|contabiliz[oó]|"
    r"confirm[oó])\s+oficialmente|oficialmente\s+se\s+(?:registraron|reportaron|contabilizaron|confirmaron|"
    r"registr[oó]|report[oó]|contabiliz[oó]|confirm[oó]))\b", re.I)


# the passive's agent, named: "by the organisers", "por la Cruz Roja"
_BY_AGENT = re.compile(r"\b(?:by\s+(?:the\s+)?[A-Za-z]|por\s+(?:la|el|los|las)\s+[A-Za-zÁÉÍÓÚÑáéíóúñ])")
# the figure the passive gives, right after it ("was officially reported to have 1,204 deaths", "se registraron
# oficialmente 300 muertes") or as its subject ("300 deaths were officially recorded"), in its clause
_FIGURE_NEXT = re.compile(r"\s+(?:to\s+(?:have|be)\s+(?:been\s+)?)?(?:(?!(?:en|in|since|desde)\b)[^\W\d_]+\s+){0,3}?"
                          r"\d")
_FIGURE_BEFORE = re.compile(r"\d[\d.,]*(?:\s+[^\W\d_]+){0,3}\s+$")


def opening_official(sentence: str) -> list[Attribution]:
    sources = _SOURCES_OF.match(sentence)
    if sources is not None:
        return [Attribution(sources.group("who").rstrip(), sources.start("who"), sources.end(), False)]
    opening = _OFFICIALLY.match(sentence)
    if opening is None:
        passive = _OFFICIAL_PASSIVE.search(sentence) if "fficial" in sentence or "ficialmente" in sentence else None
        if passive is None or not (_FIGURE_NEXT.match(sentence, passive.end())
                                   or _FIGURE_BEFORE.search(sentence, max(0, passive.start() - 60), passive.start())):
            return []                     # "The march was officially registered ... and drew 5,000": not its figure
        if any(not passive.start() <= m.start() < passive.end() for m in TRIGGER.finditer(sentence)) or \
                _BY_AGENT.search(sentence, passive.end()):
            return []                     # "..., the Red Cross said", "officially recorded as 57,000 by the organisers"
        return [Attribution(_government(fold_word(passive.group()).find("oficial") >= 0), passive.start(),
                            passive.end(), False)]
    return [Attribution(_government(opening.group("word").lower().startswith("ofi")), opening.start("word"),
                        opening.end(), False)]


# "El saldo oficial de las explosiones fue de 212 muertos", "The official death toll of the fire was
# 48": the official count of the event, the subject of the verb that gives its figures, says what
# "Officially, ..." says (not "con un número oficial de 200 desaparecidos": no verb gives it, the
# text's own). What follows "of" names the event counted; not what is counted ("la cifra oficial de
# muertos es de 300"), nor who counts ("la cifra oficial del Ministerio": ``attr_documents.tallies_of``).
# A toll of no event named ("The official death toll stood at 52") stays the text's own, as
# tests/extract/test_attr_official.py has it.
_OFFICIAL_TALLY = re.compile(
    r"\b(?:(?:el|la|los|las)\s+(?:saldo|balance|cifras?|recuentos?|conteo|n[uú]mero|datos|estimaci[oó]n|"
    r"estimaciones)\s+oficial(?:es)?|the\s+official\s+(?:death\s+toll|toll|counts?|tally|figures?|estimates?|"
    r"number|data|statistics))(?P<of>\s+(?:de|del|of)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,4}?)?\s*,?\s*"
    r"(?:fue|fueron|era|eran|es|son|ascendi[oó]|asciende|ascend[ií]a|lleg[oó]|alcanz[oó]|qued[oó]|"
    r"was|were|is|are|stood|stands|reached|rose)\b", re.I)


def official_tally(sentence: str) -> list[Attribution]:
    out = []
    for match in _OFFICIAL_TALLY.finditer(sentence):
        counted = match.group("of") or ""
        words = counted.split()[1:]
        if not any(fold_word(w) in EVENTS for w in words) or any(
                w[:1].isupper() or fold_word(w) in SPEAKING for w in words):
            continue                                   # "la cifra oficial de la Cruz Roja fue": the Red Cross's
        spanish = not match.group().lower().startswith("the")
        out.append(Attribution(_government(spanish), match.start(), match.end(), True))
    return out


# an infobox line whose label names who gives its figure: "Official estimation: 22,000" (the
# government's), "Police estimate: 5,000", "Bersih estimation: 250,000", "Independent estimation:
# 80,000" (someone unnamed), "Estimación oficial: 300", "Cifra de los organizadores: 300"
_LABEL_CREDIT = re.compile(
    r"\s*(?:(?P<who>[^\W\d_][\w.&'’ -]{0,40}?)\s+(?:estimations?|estimates?|figures?|claims?)|"
    r"(?:estimaci[oó]n|estimaciones|cifras?|recuento|conteo|c[aá]lculo)\s+"
    r"(?P<quien>oficial(?:es)?|(?:de|del|de la|de los|de las)\s+[^:\d]{2,40}?))\s*:\s*(?=\S*\d)", re.I)
# label words that tell what is counted or which estimate, not who gives it: "Death toll estimate:",
# "Casualty figures:" (a count's noun alone names no one: "Head count:", "Body count:" are no labels here)
_LABEL_WORDS = frozenset("death deaths toll casualty casualties crowd attendance participation turnout damage "
                         "damages injured dead missing total highest lowest high low peak maximum minimum average "
                         "cost costs population number final first last upper lower loss losses economic "
                         "financial muertos muertes fallecidos heridos victimas asistentes asistencia participantes "
                         "participacion desaparecidos afectados damnificados evacuados detenidos manifestantes "
                         "casos danos perdidas total maxima minima final inicial".split())


# an infobox line of the official count by what it counts: "Official death toll: 46", "Official death-toll: 46",
# "Cifra oficial de muertos: 300", "Balance oficial: 300" (the government's)
_OFFICIAL_LABEL = re.compile(
    r"\s*(?:(?P<en>Official)\s+(?:death[- ])?(?:tolls?|counts?|tally|casualties|figures?)|"
    r"(?:Cifras?|Balance|Saldo|Recuento|Conteo)\s+oficial(?:es)?(?:\s+de\s+[^\W\d_]+)?)\s*:\s*(?=\S*\d)", re.I)


def label_end(sentence: str) -> int:
    """Where an estimate's label ends ("Death toll estimate: 3"), 0 for none: its noun is no verb."""
    match = _LABEL_CREDIT.match(sentence) or _OFFICIAL_LABEL.match(sentence)
    return match.end() if match else 0


def label_credit(sentence: str) -> list[Attribution]:
    match = _LABEL_CREDIT.match(sentence)
    if match is None:
        official = _OFFICIAL_LABEL.match(sentence)
        return [Attribution(_government(not official.group("en")), official.start(), official.end(), True)] \
            if official else []
    who = (match.group("who") or match.group("quien")).strip().rstrip("'’")
    words = who.split()
    if fold_word(words[0]) in ("de", "del"):
        words = words[1:]
    if words and fold_word(words[0]) in ("the", "la", "el", "los", "las"):
        words = words[1:]
    if not words or any(fold_word(w).rstrip("'’s") in _LABEL_WORDS or fold_word(w) in _LABEL_WORDS for w in words):
        return []
    if all(fold_word(w) in ("official", "oficial", "oficiales") for w in words):
        return [Attribution(_government(bool(match.group("quien"))), match.start(), match.end(), True)]
    name = " ".join(words)
    if all(fold_word(w) in VAGUE for w in words):
        return [Attribution("", match.start(), match.end(), True)]     # "Independent estimation:": unnamed
    if not (name[:1].isupper() or fold_word(words[-1]) in SPEAKING):
        return []                                      # "Cifra de muertos:": what is counted
    return [Attribution(name, match.start(), match.end(), True)]


# who gives the figure, in brackets after it
_BRACKET_CREDIT = re.compile(
    r"\((?:(?:per(?=\s+(?:the\s+)?(?-i:[A-Z]))|according to|seg[uú]n|source:|fuente:)\s+(?P<who>[^()\d]{2,60}?)|"
    r"(?P<own>(?-i:[A-Z])[^()\d]{1,50}?)\s+(?:claims?|figures?|estimates?|count)|"
    r"(?P<official>official|oficial|official figures?|government figures?|government claim|cifras? oficial(?:es)?|"
    r"cifras? del gobierno|dato oficial)|(?P<unofficial>unofficial|extraoficial|no oficial)|"
    # "200 (government) to 1,000 (opposition)", "(según la policía)": a speaker alone, in lower case
    # "3,000 (human rights groups)", "(organizaciones de derechos humanos)": a few words, the speaker
    # last in English, first in Spanish
    r"(?P<body>(?:the\s+|la\s+|el\s+|los\s+|las\s+)?(?-i:[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,3})))\)", re.I)
# speakers in lower case that give a figure of their own in brackets, besides bodies, groups and roles
# the media that carried a party's figure, named beside it: "(Organiser and media estimate)" (the party states it; the
# media relay it)
_WITH_MEDIA = re.compile(r"\s+(?:and|y)\s+(?:the\s+|los\s+)?(?:media|medios)$", re.I)
_ONE_ORGANISER = frozenset("organiser organizer".split())
_BRACKET_SPEAKERS = frozenset("opposition oposicion rebels rebeldes".split())


# "(all hospitals)", "(three police)": a count's words, not its claimant's
_NO_CREDIT = frozenset("all every each some only including incl excluding mostly mainly todos todas solo incluidos "
                       "incluidas including".split())


_THEIR_DATA = frozenset("claim claims estimate estimates figure figures count tally".split())
_SU_DATA = frozenset("cifra cifras estimacion estimaciones dato datos recuento balance".split())
_SCALES = frozenset("thousand million millions billion mil millon millones millardos lakh crore".split())


def _after_a_figure(sentence: str, at: int) -> bool:
    """Whether brackets at ``at`` follow a figure: "1,200 (police)", "1,5 millones (organizadores)",
    "300+ (opposition)", "45 killed (army)"; not "the rally (students)"."""
    before = sentence[:at].rstrip()
    if before[-1:].isdigit() or before[-1:] == "+":
        return True
    words = before.split()[-2:]
    return bool(words) and (fold_word(words[-1]) in _SCALES or len(words) == 2 and words[0].rstrip("+")[-1:].isdigit())


def _speaks(word: str) -> bool:
    word = fold_word(word)
    return word in SPEAKING or word in ROLES or word in _BRACKET_SPEAKERS


_BODY_KINDS = frozenset("groups organisations organizations ngos organizaciones grupos ong ongs unions sindicatos "
                        "organismos agencies agencias".split())


def _a_body(word: str) -> bool:
    word = fold_word(word)
    return word in _BODY_KINDS or word in SPEAKING and word not in COLLECTIVE


def bracket_credits(sentence: str) -> list[Attribution]:
    out = []
    for match in _BRACKET_CREDIT.finditer(sentence):
        if match.group("unofficial"):
            out.append(Attribution("", match.start(), match.end(), False))   # someone unnamed gives it
        elif match.group("official"):
            spanish = fold_word(match.group("official").split()[0]) in _SPANISH_DATA
            out.append(Attribution(_government(spanish), match.start(), match.end(), False))
        elif match.group("body") and _official_of_a_country(match.group("body").split()):
            out.append(Attribution(_official_of_a_country(match.group("body").split()), match.start(), match.end(),
                                   False))                 # "(versión oficial marroquí)": Morocco's government
        elif match.group("body"):
            words = match.group("body").split()
            if fold_word(words[0]) in ("the", "la", "el", "los", "las"):
                words = words[1:]
            if len(words) > 1 and fold_word(words[-1]) in _THEIR_DATA:
                words = words[:-1]                     # "(opposition claim)", "(rebel estimates)"
            if len(words) > 2 and fold_word(words[0]) in _SU_DATA and fold_word(words[1]) in ("de", "del"):
                words = words[2:]                      # "(cifra del gobierno peruano)": the government's
            # one word that speaks ("(government)", "(activists)"), or several that name a body or
            # its kind ("(human rights groups)"; not "(local activists)", people of no body)
            head = [w for w in (words[-1], words[0]) if _speaks(w) and (len(words) == 1 or _a_body(w))]
            if head and _after_a_figure(sentence, match.start()) and (
                    len(words) == 1 or fold_word(words[0]) not in _NO_CREDIT):
                out.append(Attribution(" ".join(words) if len(words) > 1 else head[0], match.start(), match.end(),
                                       False))
        else:
            name = _WITH_MEDIA.sub("", (match.group("who") or match.group("own")).strip())
            if fold_word(name) in _ONE_ORGANISER:
                name += "s"                            # "(Organiser and media estimate)": the organisers'

            for article in ("the ", "la ", "el ", "los ", "las "):
                if name.lower().startswith(article):
                    name = name[len(article):]
            found = Attribution(name, match.start(), match.end(), False)
            if usable(found):
                out.append(found)
    return out
