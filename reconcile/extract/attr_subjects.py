"""The subject a speech verb has when no name stands right before it: where a subject ends before its verb (a
clitic, "only", an apposed name's brackets), a subject across a relative clause or an apposed description ("El
Comité que investigó la matanza cifró", "X (SNC), Syria's main bloc, put"), a subject after its verb ("..., dijo el
ministro de Defensa"), an anaphor ("this same group said"), official data ("Official estimates put"), and a
second speaker whose verb the sentence leaves out ("police said 20,000 and organisers, 100,000"). Also whether a
name is a place and nothing more, which no speaker is, and a place framed by "according to" (``framed_places_dropped``).
"""
from __future__ import annotations

import re

from reconcile.extract.attr_official import official_name
from reconcile.extract.fields import places_in
from reconcile.extract.reading import read_backwards, read_forwards
from reconcile.extract.attr_lemmas import COUNTING_FORMS
from reconcile.extract.speakers import (ARTICLES, PRONOUNS, ROLES, SPEAKING, TRIGGER, UNNAMED, VAGUE, WEAK_VERBS,
                                        Attribution, anaphoric_body, can_state, named_person, tokens, usable)
from reconcile.quantities.lexicon import WORDS, fold_word

__all__ = ["AFTER_SUBJECT", "BY_NEXT", "DATA", "FIGURE_NOUNS", "FRAMES_ALL", "GAPPED", "NO_INVERSION", "TIME_NOUNS",
           "a_place", "anaphor_before", "framed_places_dropped",
           "fronted_figure", "gapped_speakers", "holds_figure", "inverted_subject",
           "official_data", "opens_sentence", "speaks_as_body", "subject_across_clause", "subject_before_description",
           "subject_end", "subjects_of"]


def subjects_of(sentence: str, pattern: re.Pattern, keep) -> list[Attribution]:
    """The subject before each match of ``pattern`` that ``keep(match, subject)`` accepts."""
    out = []
    for match in pattern.finditer(sentence):
        subject = read_backwards(sentence, match.start())
        if subject is not None and keep(match, subject):
            out.append(Attribution(subject.who, subject.start, match.end(), True))
    return out


# "a Western diplomat who compiled estimates put", "Beijing hospital records compiled shortly after
# the events recorded": the subject before a relative or participle clause that stands between it
# and its verb (a short clause without a figure or a comma)
_RELATIVE_WORDS = frozenset("who which que quien quienes".split())


def subject_across_clause(sentence: str, match: re.Match) -> Attribution | None:
    toks = tokens(sentence, max(0, match.start() - 80), match.start())
    clause: list[tuple[str, int, int]] = []
    for tok in reversed(toks):
        if not tok[0][:1].isalpha() or fold_word(tok[0]) in ("that", "and", "y", "while", "mientras"):
            break
        clause.insert(0, tok)
    for k, (tok, start, _) in enumerate(clause[1:-1], start=1):
        low = fold_word(tok)
        opens = low in _RELATIVE_WORDS or (tok.islower() and len(tok) > 4 and low.endswith("ed")
                                            and clause[k - 1][0][:1].isalpha())
        if not opens or len(clause) - k > 8:
            continue
        subject = read_backwards(sentence, start)
        if usable(subject) and (subject.who[:1].isupper() or can_state(subject.who, "gave")) and \
                subject.who.split()[-1].lower() not in _RELATIVE_WORDS:
            return Attribution(subject.who, subject.start, match.end(), True)
        break
    return None


# "X (SNC), Syria's main opposition bloc, put the toll at": the subject before a description
# ("one of the organizers", "uno de los organizadores": one of a group, as "an organizer" is)
_DESCRIPTION_OPEN = re.compile(r"\s*(?:[A-Z][\w-]*['’]s\s|(?:the|a|an|its|el|la|un|una)\s|"
                               r"(?:one\s+of|uno\s+de|una\s+de)\s+(?:the|its|los|las|sus)\s)", re.I)
# a figure's noun is no speaker: ", put the death toll at ..." reads no name forwards
FIGURE_NOUNS = frozenset("toll figure figures number count total tally estimate estimates cifra balance "
                          "saldo numero".split())


def subject_before_description(sentence: str, match: re.Match) -> Attribution | None:
    before = sentence[:match.start()].rstrip()
    if not before.endswith(","):
        return None
    opening = before.rfind(",", 0, len(before) - 1)
    if opening <= 0 or not _DESCRIPTION_OPEN.match(before, opening + 1):
        return None
    description = before[opening + 1:-1]
    if len(description.split()) > 8 or any(c.isdigit() for c in description) or TRIGGER.search(description):
        return None
    subject = read_backwards(sentence, opening)
    if not usable(subject) or not subject.who[:1].isupper():
        return None
    return Attribution(subject.who, subject.start, match.end(), True)


def opens_sentence(sentence: str, at: int) -> bool:
    """Whether a name at ``at`` opens the sentence (no word before it: its capital may be the sentence's)."""
    return not any(c.isalpha() for c in sentence[:at])


def speaks_as_body(who: str) -> bool:
    """"police", "the army", "organizadores": a lowercase subject that speaks by itself."""
    last = fold_word(who.split()[-1])
    return last in SPEAKING or last in ROLES or last in PRONOUNS or last in VAGUE


TIME_NOUNS = frozenset("day days week weeks month months year years morning evening night afternoon time "
                        "dia dias semana semanas mes meses ano anos manana tarde noche".split())
# "las cifras ... solo las situó en 126", "the ministry only put it at": words between a subject and its verb
# between a subject and its verb: a clitic, "only", or the perfect's auxiliary ("X, the minister, has disclosed")
_BEFORE_VERB = frozenset("lo la los las le les se solo sólo only apenas just has have had having did does "
                         "would".split())


def subject_end(sentence: str, at: int) -> int:
    toks = tokens(sentence, max(0, at - 30), at)
    # (an adverb too, after an apposed name: "The health minister, John Mbeki, later confirmed")
    while len(toks) > 1 and toks[-1][0].islower() and (toks[-1][0] in _BEFORE_VERB or fold_word(toks[-1][0])
                                                       in AFTER_SUBJECT and toks[-2][0] == ","):
        at = toks[-1][1]
        toks = toks[:-1]
    if ")" not in sentence[max(0, at - 4):at]:
        return at
    head = sentence[:at].rstrip()
    comma = head.endswith(",")
    head = head.removesuffix(",").rstrip()
    if head.endswith(")"):
        # "El Ministerio de Salud de Haití (MSPP), informó", "(MSPP, por sus siglas en francés) informó": the
        # name that opens the sentence before the brackets (not "(SSN) indicó": the short name, as written)
        opening = head.rfind("(")
        if 0 < opening and len(head) - opening <= 80 and head.count(")", opening) == 1 and (
                comma or "," in head[opening:]) and "," not in head[:opening] \
                and head[opening + 1:opening + 2].isupper():
            return len(sentence[:opening].rstrip())
    return at


# "Los organizadores calcularon 100.000 y la Guardia Urbana, 40.000", "police said 20,000 and organisers,
# 100,000": a second speaker whose verb the sentence leaves out, before its figure
# "100.000 y la Guardia Urbana, 40.000", "los organizadores hablaron de 100.000; la policía, de 20.000"; without the
# comma, the figure right after the name: "the organizers counted 65,000 and the police 14,000" (N3 D4)
GAPPED = re.compile(r"(?:(?:,\s*|\s)(?:y|e|and|while|whereas|mientras que|mientras)\s+|;\s*)"
                     r"(?P<who>(?:(?:la|el|los|las|the)\s+)?[^\W\d_][\w'’-]*(?:\s+(?:(?:de|del|of|la|el|the)\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]*){0,5})(?:\s*,\s*|\s+)"
                     r"(?=(?:de\s+|of\s+|en\s+|at\s+)?(?:unos|unas|about|some|m[aá]s de|more than|al menos|at least|"
                     r"cerca de|around)?\s*\d)")


# the noun of a body, then the place it is of: "La policía municipal de Salt", which "la de Berga" leaves out
_BODY_OF_PLACE = re.compile(r"\b(?P<article>la|el|los|las)\s+(?P<noun>(?:[a-záéíóúñ]+\s+){0,2}?[a-záéíóúñ]+)\s+"
                            r"(?:de|del)\s+[A-ZÁÉÍÓÚÑ]", re.I)


def _elided_noun(sentence: str, article: str, end: int) -> str | None:
    """The noun "la de Berga" leaves out: that of the last body of a place before ``end`` with the same article
    ("La policía municipal de Salt ha apuntado 135.000; la de Berga, 60.000": "policía municipal", N4 D7)."""
    nouns = [m.group("noun") for m in _BODY_OF_PLACE.finditer(sentence, 0, end)
             if m.group("article").lower() == article.lower() and fold_word(m.group("noun").split()[0]) in SPEAKING]
    return nouns[-1] if nouns else None


def _counted_just_before(sentence: str, end: int) -> bool:
    """Whether the last figure before ``end`` is the object of a verb of counting or saying, a few lower-case words
    at most between them ("counted 65,000", "cifraron la asistencia en 100.000"; not "said the Army lost 300")."""
    figures = list(re.finditer(r"\d", sentence[:end]))
    if not figures:
        return False
    at = figures[-1].start()
    verbs = [v for v in TRIGGER.finditer(sentence, 0, at) if v.group("verb")]
    if not verbs:
        return False
    between = sentence[verbs[-1].end():at].split()
    return len(between) <= 4 and not any(w[:1].isupper() for w in between)


def gapped_speakers(sentence: str) -> list[Attribution]:
    out = []
    for match in GAPPED.finditer(sentence):
        words = match.group("who").split()
        if len(words) > 2 and fold_word(words[0]) in ARTICLES and words[1] in ("de", "del") and \
                (noun := _elided_noun(sentence, words[0], match.start())) is not None:
            words = [words[0], *noun.split(), *words[1:]]   # "la de Berga": "la policía municipal de Berga"
        if words and fold_word(words[0]) in ARTICLES:
            words = words[1:]
        if not words:
            continue                                   # "and the 500 ...": a figure's article, no one
        name = " ".join(words)
        if "," not in sentence[match.end("who"):match.end()] and ";" not in match.group() and \
                not _counted_just_before(sentence, match.start()):
            continue          # no comma: a gap only of a figure a verb of counting or saying gave ("the organizers
            # counted 65,000 and the police 14,000"), not "the Army lost 300 soldiers and the Navy 40 sailors" (R6 6)
        found = Attribution(name, match.start("who"), match.end(), True)
        if usable(found) and (name[:1].isupper() or fold_word(words[-1]) in SPEAKING or fold_word(words[0]) in SPEAKING
                              and words[-1][:1].isupper()) and not a_place(name):
            out.append(found)
        elif words and all(fold_word(w) in UNNAMED or fold_word(w) in VAGUE for w in words) and \
                fold_word(words[-1]) in UNNAMED:
            out.append(Attribution("", found.start, found.end, True))   # "and the authorities 93,000": unnamed
    return out


def framed_places_dropped(sentence: str, found: list[Attribution]) -> list[Attribution]:
    """``found`` less a place that is the subject of a verb inside a frame that opens the sentence:
    "According to the ministry, Lima has recorded 1,200 cases", "Según la ONU, Perú ha registrado":
    the frame's words, told of the place, not the place's."""
    frame = FRAMES_ALL.match(sentence)
    if frame is None or not any(not a.before and a.start <= frame.end() for a in found):
        return found
    return [a for a in found if not (a.before and a.start > frame.end() and a.who and a_place(a.who)
                                     and _records(sentence[a.start:a.end]))]


def _records(span: str) -> bool:
    """Whether an attribution's words hold a verb that records, not one that speaks ("Lima has recorded", "Perú
    registró"; not "Ukraine said", "China reported", "Rusia aseguró": a state that speaks)."""
    return any(fold_word(word) in WEAK_VERBS for word in span.split()[1:])


def a_place(name: str) -> bool:
    """Whether ``name`` is a place and nothing more ("and Jamaica, 3": Jamaica's figure, no speaker)."""
    found = places_in(name)
    return len(found) == 1 and found[0][1] == name


# English verbs whose subject never follows them ("..., said the minister", but not "..., confirmed
# the minister"): what follows is their object ("X, head of the mission, confirmed opposition claims")
NO_INVERSION = frozenset("confirmed confirms estimated estimates estimate told tells put puts gave found finding "
                          "recorded registered counted calculated assessed documented measured measures published "
                          "released revised raised lowered declared described mentioned projected predicted tallied "
                          "updated updates concluded revealed reveals disclosed indicated suggested suggests "
                          "requested quoted quotes cited cites".split())
BY_NEXT = re.compile(r"\s+(?:by|por)\b", re.I)


_SENTENCE_TAIL = re.compile(r"[\s.!?;:\"”’»)\]]*$")


def inverted_subject(sentence: str, match: re.Match) -> Attribution | None:
    """The subject after its verb that closes the sentence after a comma: "..., informó la Conred.",
    "..., en Iztapalapa, informó la jefa de Gobierno, Clara Brugada.", "..., said the fire service."
    It states the sentence, whatever a name before the comma ("el volcán de Fuego, que entró en
    erupción, ..."): the verb's own subject is the one after it."""
    if not match.group("verb") or fold_word(match.group()) in NO_INVERSION or BY_NEXT.match(sentence, match.end()):
        return None
    if not sentence[:match.start()].rstrip().endswith(","):
        return None
    found = read_forwards(sentence, match.end())
    if not usable(found) or fold_word(found.who.split()[-1]) in FIGURE_NOUNS or found.who.startswith(("de ", "del ")):
        return None                   # (not "ha informado de la detención de cuatro personas": what, not who)
    if holds_figure(found.who) and not holds_figure(sentence[:match.start()]):
        # "La ministra, Marcela Flores, confirmó horas después el deceso de otras dos personas": the words after
        # the verb hold the figure, so they are its object; the subject is the apposed name before the verb
        return None
    found = named_person(sentence, Attribution(found.who, match.start(), found.end, False))
    short = _SHORT_NAME_AFTER.match(sentence, found.end)    # "..., indicó el servicio sismológico (USGS)."
    end = short.end() if short else found.end
    return found if _SENTENCE_TAIL.fullmatch(sentence, end) else None


# a sentence that opens with the figure, the object of the verb after it: "42 denuncias de muertes ha recibido la
# Defensoría del Pueblo", "Más de 300 quejas registró la Fiscalía" (no comma, no verb of its own before)
_FRONTED_FIGURE = re.compile(r"\s*(?:(?:m[aá]s\s+de|unos|unas|al\s+menos|cerca\s+de|casi)\s+)?\d[\d.,]*\s+"
                             r"(?:(?:nuevas?|otras?)\s+)?(?:quejas|denuncias|reportes|reclamos|reclamaciones|solicitudes|"
                             r"peticiones|llamadas|casos)\b[^,.;:\d]{0,80}?\s"
                             rf"(?P<verb>(?:(?:ha|han|había|habían)\s+)?(?:recibido|recibió|recibieron|recibe|reciben)|"
                             rf"{COUNTING_FORMS})\s+(?=(?:la|el|los|las)\s+[A-ZÁÉÍÓÚÑ])", re.I)


def fronted_figure(sentence: str) -> list[Attribution]:
    """The name right after a verb whose object, a count of complaints or cases, opens the sentence: "42 denuncias
    de muertes ha recibido la Defensoría del Pueblo, según informó" (N4 D1): the Defensoría's."""
    match = _FRONTED_FIGURE.match(sentence)
    if match is None:
        return []
    found = read_forwards(sentence, match.end())
    if not usable(found) or not found.who[:1].isupper() or holds_figure(found.who):
        return []
    return [named_person(sentence, Attribution(found.who, match.start("verb"), found.end, False))]


_SHORT_NAME_AFTER = re.compile(r"\s*\((?-i:[A-Z][\w.&-]{1,15})\)")
_FIGURE_WORDS = frozenset(fold_word(w) for lang in ("en", "es") for w in WORDS[lang]) - {"a", "an", "un", "una", "uno"}


def holds_figure(text: str) -> bool:
    """Whether ``text`` holds a figure, in digits or in words ("otras dos personas")."""
    return any(c.isdigit() for c in text) or any(fold_word(w) in _FIGURE_WORDS for w in re.findall(r"[^\W\d_]+", text))


# "Un año después, esta misma agrupación reportó": a demonstrative and the noun of a body named before
_ANAPHOR_BEFORE = re.compile(r"\b(?:this|that|esta|este|esa|ese|dicha|dicho|aquella|aquel)\s+(?:same\s+|misma\s+|"
                             r"mismo\s+)?([^\W\d_]+)\s+(?:(?:also|later|then|tambi[eé]n|luego|despu[eé]s)\s+)?$", re.I)


def anaphor_before(sentence: str, match: re.Match) -> Attribution | None:
    found = _ANAPHOR_BEFORE.search(sentence, max(0, match.start() - 60), match.start())
    if found is None or not anaphoric_body(found.group(1)):
        return None
    return Attribution(found.group(1), found.start(), match.end(), True)


DATA = frozenset("figures figure data statistics count counts toll tally tallies estimates estimate numbers "
                  "records report reports cifra cifras datos estadisticas recuento balance estimaciones informe "
                  "informes reporte reportes conteo saldo".split())


def official_data(subject: str) -> str:
    """"Official estimates", "an official tally" (the government's) -> "Government"; "" for "an official"."""
    words = subject.split()
    if words and words[0].lower() in ("a", "an", "un", "una"):
        words = words[1:]                              # the article, not the UN: "A UN official said"
    return official_name(" ".join(words)) if {fold_word(w) for w in words} & DATA else ""


# a contrast between two clauses: "official figures show 300, while the opposition says 500"
FRAMES_ALL = re.compile(r"\s*(?:according\s+to|seg[uú]n|de\s+acuerdo\s+(?:con|a|al))\b", re.I)


# words between a pronoun and its verb: "It later raised", "She also said", "Ella luego afirmó"
AFTER_SUBJECT = frozenset("later also then again further subsequently initially first had has have "
                           "luego despues tambien ademas posteriormente inicialmente".split())
