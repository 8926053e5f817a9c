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

from reconcile.extract.speakers import COLLECTIVE, ROLES, SPEAKING, Attribution, usable
from reconcile.quantities.lexicon import fold_word

__all__ = ["bracket_credits", "official_name", "opening_official"]

# "official figures", "las cifras oficiales", "the official count": the government's
_SPANISH_DATA = frozenset("oficial oficiales oficialmente gobierno cifra cifras datos balance recuento "
                          "estimaciones informe conteo".split())
_DATA_WORDS = frozenset("figures figure data statistics count counts toll tally tallies estimates estimate "
                        "numbers number records report death cifra cifras datos estadisticas recuento balance "
                        "estimaciones estimacion informe conteo saldo de del of the la las el los official "
                        "officially oficial oficiales oficialmente government gobierno".split())


def _government(spanish: bool) -> str:
    return "Gobierno" if spanish else "Government"


def official_name(who: str) -> str:
    """"official figures", "las cifras oficiales" -> "Government", "Gobierno"; "" for any other name."""
    words = [fold_word(w) for w in who.split()]
    if not words or not any(w.startswith("offici") or w.startswith("oficial") for w in words) or not all(
            w in _DATA_WORDS for w in words):
        return ""
    return _government(any(w in _SPANISH_DATA for w in words))


# "Officially, 39 were killed", "Oficialmente, se contabilizaron 300": the government speaks
_OFFICIALLY = re.compile(r"\s*(?P<word>Officially|Oficialmente)\s*,", re.I)


def opening_official(sentence: str) -> list[Attribution]:
    opening = _OFFICIALLY.match(sentence)
    if opening is None:
        return []
    return [Attribution(_government(opening.group("word").lower().startswith("ofi")), opening.start("word"),
                        opening.end(), False)]


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
_BRACKET_SPEAKERS = frozenset("opposition oposicion rebels rebeldes".split())


# "(all hospitals)", "(three police)": a count's words, not its claimant's
_NO_CREDIT = frozenset("all every each some only including incl excluding mostly mainly todos todas solo incluidos "
                       "incluidas including".split())


_THEIR_DATA = frozenset("claim claims estimate estimates figure figures count tally".split())
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
        elif match.group("body"):
            words = match.group("body").split()
            if fold_word(words[0]) in ("the", "la", "el", "los", "las"):
                words = words[1:]
            if len(words) > 1 and fold_word(words[-1]) in _THEIR_DATA:
                words = words[:-1]                     # "(opposition claim)", "(rebel estimates)"
            # one word that speaks ("(government)", "(activists)"), or several that name a body or
            # its kind ("(human rights groups)"; not "(local activists)", people of no body)
            head = [w for w in (words[-1], words[0]) if _speaks(w) and (len(words) == 1 or _a_body(w))]
            if head and _after_a_figure(sentence, match.start()) and (
                    len(words) == 1 or fold_word(words[0]) not in _NO_CREDIT):
                out.append(Attribution(" ".join(words) if len(words) > 1 else head[0], match.start(), match.end(),
                                       False))
        else:
            name = (match.group("who") or match.group("own")).strip()
            for article in ("the ", "la ", "el ", "los ", "las "):
                if name.lower().startswith(article):
                    name = name[len(article):]
            found = Attribution(name, match.start(), match.end(), False)
            if usable(found):
                out.append(found)
    return out
