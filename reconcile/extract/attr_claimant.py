"""Which attribution of a sentence governs a figure (``claimant_for``): not one across a clause with a figure of
its own, nor one from inside an aside (a relative clause, a dash, a comma aside), nor an outlet named as such; and
a credit of the figure in the next sentence ("That figure was confirmed by the ministry": ``figure_credit``).
"""
from __future__ import annotations

import re

from reconcile.extract.attr_clauses import opens_later_clause
from reconcile.extract.attr_frames import in_fronted_clause
from reconcile.extract.attr_names import body_name
from reconcile.extract.attr_relatives import governs, relative_tellers
from reconcile.extract.attr_subjects import FRAMES_ALL, GAPPED, a_place, holds_figure, subject_end
from reconcile.extract.attr_verbs import after_article
from reconcile.extract.reading import read_backwards, read_forwards
from reconcile.extract.speakers import (_BODIES, INNER, ROLES, TRIGGER, VAGUE, WEAK_VERBS, WIRE_AGENCIES, Attribution,
                                        can_state, is_outlet, trim_name, usable, without_role)
from reconcile.quantities.lexicon import fold_word

__all__ = ["claimant_for", "figure_credit", "tells_a_figure_before"]

# a concession after a comma, the writer's own clause: ", though over 100,000 appeared", ", aunque más de 100.000"
_CONCEDED = re.compile(r",\s+(?:though|although|even\s+though|aunque|si\s+bien)\s+(?!(?:that|que)\b)", re.I)


# a clause that opens with one of these and ends with a comma is an aside: "The flood, which the
# ministry said was the worst, killed 300"; "Before the ministry said anything, 300 had fled"
_ASIDE_OPEN = re.compile(r"(?:^|,)\s*(?:which|who|whom|whose|before|after|when|although|though|because|if|once|"
                         r"que|quien|quienes|cuyo|cuya|antes de que|despu[eé]s de que|cuando|aunque|porque|si)\b",
                         re.I)
# "a march that organizers said drew 10,000": a relative clause without commas opens at "that"
_THAT_BEFORE = re.compile(r"\b(?:that|which|que)\s+(?:the\s+|los\s+|las\s+|el\s+|la\s+)?$", re.I)


def _enclosed_apart(sentence: str, a: Attribution, start: int, end: int) -> bool:
    """Whether attribution ``a`` stands in an aside (a relative or subordinate clause between
    commas, or opening the sentence) that does not hold the number at [start, end)."""
    if a.start <= start < a.end:
        return False
    opening = None
    for match in _ASIDE_OPEN.finditer(sentence, 0, a.start):
        opening = match
    if opening is not None and "," not in sentence[opening.end():a.start]:
        close = sentence.find(",", a.end)
        close = close if close >= 0 else len(sentence)
        if (start < opening.start() or start > close) and sentence[opening.start()] == "," or \
                opening.start() == 0 and start > close:
            return True
    return bool(a.before and _THAT_BEFORE.search(sentence, max(0, a.start - 12), a.start) and start < a.start
                and not _told_by(sentence, a, start))


# a sentence that credits the figure given just before: "That figure comes from the health
# ministry.", "The toll was confirmed by the army.", "That is according to the UN.", "The army
# confirmed the figure.", "Así lo informó la Cruz Roja.", "Esa cifra fue confirmada por el Ministerio."
_THE_FIGURE = (r"(?:(?:that|this|these|those|the)\s+(?:latest\s+|new\s+|official\s+)?(?:figures?|numbers?|toll|"
               r"death\s+toll|counts?|tally|estimates?|totals?|data)|(?:esa|esta|dicha|la|estas|esas|dichas|las)\s+"
               r"(?:[úu]ltima\s+|nueva\s+)?cifras?|(?:ese|este|dicho|el)\s+(?:[úu]ltimo\s+|nuevo\s+)?"
               r"(?:balance|n[uú]mero|recuento|saldo))")
# the figure, then who gave it: "That figure comes from X", "The toll was confirmed by X", "That is according to X"
_FIGURE_FROM = re.compile(rf"^\s*(?:{_THE_FIGURE}\s+(?:(?:was|were|is|are|has been|have been|had been|fue|fueron|"
                          r"es|son|ha sido|han sido)\s+)?(?:later\s+|first\s+|luego\s+|despu[eé]s\s+)?"
                          r"(?:confirmed|given|released|provided|reported|issued|published|compiled|announced|"
                          r"dad[oa]s?|confirmad[oa]s?|proporcionad[oa]s?|difundid[oa]s?|ofrecid[oa]s?|publicad[oa]s?|"
                          r"facilitad[oa]s?|aportad[oa]s?|anunciad[oa]s?)\s+(?:by|por)\s+|"
                          rf"{_THE_FIGURE}\s+(?:comes?|came)\s+from\s+|{_THE_FIGURE}\s+(?:proviene|procede)n?\s+de\s+|"
                          r"(?:that|this)(?:'s|’s|\s+is|\s+was)\s+according\s+to\s+|"
                          # "It was announced on Saturday in the city of Derna by OCHA", "Lo anunció el sábado ..."
                          r"(?:it|this)\s+(?:was|has\s+been|had\s+been)\s+(?:announced|reported|confirmed|disclosed|"
                          r"revealed|stated|released)\s+(?:(?!that\b)[^\W\d_]+\s+){0,10}?by\s+|"
                          r"(?:ello\s+)?(?:fue|ha\s+sido)\s+(?:anunciad|informad|confirmad|comunicad|revelad)o\s+"
                          r"(?:(?!que\b)[^\W\d_]+\s+){0,10}?por\s+|"
                          r"as[ií]\s+lo\s+[^\W\d_]+\s+|lo\s+(?:inform|confirm|asegur|indic|precis)[^\W\d_]*\s+)", re.I)
# the agent of a passive, then the content clause it announced: "by the mayor that ...", "por el alcalde que ..."
_WHAT_WAS_SAID = re.compile(r"[^,.;:]{1,80}?\s(?:that|que)\s", re.I)
# who gave it, then the figure: "The army confirmed the figure", "El Ministerio confirmó la cifra"
_GAVE_FIGURE = re.compile(rf"\b(?:confirmed|confirms|gave|released|provided|issued|published|reported|updated|"
                          rf"confirm[oó]|dio|difundi[oó]|public[oó]|proporcion[oó]|ofreci[oó]|actualiz[oó])\s+"
                          rf"{_THE_FIGURE}\b", re.I)


def figure_credit(sentence: str) -> str | None:
    """Who a sentence with no figure of its own credits with the figure given just before it
    ("At least 40 died. That figure comes from the health ministry." -> health ministry), or
    None (not "The minister said the figure was too high": a comment, not a credit)."""
    if any(c.isdigit() for c in sentence):
        return None
    source = _FIGURE_FROM.match(sentence)
    if source is not None and _WHAT_WAS_SAID.match(sentence, source.end()):
        source = None   # "It was announced by the mayor that the march would be banned": what was announced (R2)
    if source is not None:
        found = read_forwards(sentence, source.end())
        if not usable(found) or not (can_state(found.who, "gave") or any(fold_word(w) in ROLES
                                                                          for w in found.who.split())):
            return None
        return without_role(body_name(trim_name(found.who)))
    gave = _GAVE_FIGURE.search(sentence)
    subject = read_backwards(sentence, gave.start()) if gave else None
    if usable(subject) and can_state(subject.who, "gave"):
        return without_role(body_name(trim_name(subject.who)))
    return None


_CLAUSE_BREAK = re.compile(r",\s*(?:while|whilst|whereas|but|although|mientras(?: que)?|pero|aunque|en tanto que)\b|;|"
                           # a sentence the splitter left joined after a quote: '...civilians."[5] Lilley said'
                           r"[.!?][\"”»’]+(?:\[\w+\])*\s+(?=[A-ZÁÉÍÓÚÑ])", re.I)


# a sentence the splitter left joined after its references, the next one right after them: "...en la provincia de
# Valencia.[10][11][12]Los datos de la AEMET evidencian ..." (a credit past it is another sentence's)
_JOINED_SENTENCE = re.compile(r"[.!?][\"”»’]*(?:\[[^\]\[]{1,24}\])+(?=[A-ZÁÉÍÓÚÑ¿¡])")


# what the distance between a number and its attribution does not count: spaces, and the words
# that join a second figure ("y a 600.000")
_JOINS = re.compile(r"\s+|\b(?:y|e|a|al|and|to)\b", re.I)


# a subject the text does not name and its verb of speech, then the figure's own clause: "A local rights group said two
# were killed" (not "The government declared a state of emergency as the toll rose", "After the army said ..., 12")
_SAID_THEN_FIGURE = re.compile(r"^(?:(?:A|An|Un|Una|Some|Algun[oa]s)\s+)[^,;]{0,60}?\b(?:said|says|told|claimed|stated|"
                               r"dijo|dijeron|afirm[oó]|aseguró|aseguraron|señal[oó]|indic[oó])\b(?:\s+(?:that|que))?"
                               r"[^,;]*$")


def claimant_for(found: list[Attribution], start: int, end: int, slug, sentence: str = "") -> Attribution | None:
    """The attribution that governs a number at [start, end): the nearest one, a wire agency
    only when the sentence names no one else."""
    if not found:
        return None
    if sentence and "(" in sentence:
        paired = _respective(found, start, slug, sentence)
        if paired is not None:
            return paired
    def distance(a: Attribution) -> tuple[bool, int, bool, bool]:
        if a.end <= start:
            gap = start - a.end
        elif a.start >= end:
            gap = a.start - end
        else:
            gap = 0
        # "Human rights groups put the dead at 3,000, while the army said 150": a clause apart
        lo, hi = (a.end, start) if a.end <= start else (end, a.start)
        if sentence:
            gap = len(_JOINS.sub("", sentence[lo:max(lo, hi)]))
            if a.start >= end and _COUNTED_NOUN.fullmatch(sentence, end, max(end, a.start)):
                gap = 0               # "or 20,000 participants according to the police": the figure's own noun
        # a tie: "según la Guardia Urbana y a 600.000 según la Delegación": the one right after the number
        # (one character more: a break's lookahead sees the name that starts the next sentence)
        broken = bool(sentence and _CLAUSE_BREAK.search(sentence, lo, min(len(sentence), max(lo, hi) + 1)))
        return (broken, gap, a.end <= start,
                slug(a.who) in WIRE_AGENCIES)

    if sentence and (tellers := relative_tellers(sentence)):
        # "el 16%, cifra que los sindicatos elevaron al 84%": the relative clause's speaker gives its own figures, or
        # the one right before it, and no other
        mine = [a for t in tellers if governs(t, sentence, start, end) for a in found if _told_by_teller(a, t)]
        if mine:
            return mine[0] if mine[0].who else None
        found = [a for a in found if not any(_told_by_teller(a, t) for t in tellers)]
    if sentence:
        # "126 (cifra del gobierno) a 3600": a credit in brackets is the figure's before it, not the next one's
        # "100.000 y la Guardia Urbana, 40.000": a speaker whose verb is left out is the next figure's
        gapped = {(m.start("who"), m.end()) for m in GAPPED.finditer(sentence)}
        found = [a for a in found if not _enclosed_apart(sentence, a, start, end)
                 and not (a.end <= start and sentence.startswith("(", a.start))
                 and not (a.start >= end and (a.start, a.end) in gapped)
                 and not _credits_an_aside(sentence, a, start)
                 # "Cientos de miles ..., la protesta de Washington que según sus organizadores reunió a 500.000":
                 # the credit frames the relative clause, not a figure before it
                 and not (not a.before and start < a.start and _FRAMING.match(sentence, a.start)
                          and _RELATIVE_BEFORE.search(sentence, max(0, a.start - 12), a.start))
                 # "After 10,000 took refuge in the embassy, the government announced that...": not the 10,000's
                 and not in_fronted_clause(sentence, a, start)
                 # "40 died, up from the 30 the ministry reported": the ministry's is the 30 alone
                 and not _of_another_figure(sentence, a, start)
                 # "100 may be missing, and Associated Press put the injured at 400": not the 100's
                 and not (a.before and opens_later_clause(sentence, a.start, a.end, end))
                 # "afectó a 20 000,[2] y causó 330 muertes, según X": not the 20 000's
                 and not _closed_by_reference(sentence, a, end)
                 # "... 600,2 l/m² en el observatorio de Chiva.[12]Los datos de la AEMET evidencian": another sentence's
                 and not _JOINED_SENTENCE.search(sentence, *((end, a.start) if a.start >= end else (a.end, start)))
                 # "Police claimed that only 55,000 took part, though over 100,000 appeared to be present": the
                 # concession after the speaker's clause is the writer's
                 # (but "According to X, at least 200 were killed, though as many as 1,000 may have died": X frames all)
                 and not (a.end <= start and _CONCEDED.search(sentence, a.end, start)
                          and not FRAMES_ALL.match(sentence))]
    if not found:
        return None
    told = [a for a in found if sentence and a.before and a.start > start and _told_by(sentence, a, start)
            and not _APART.search(sentence, start, a.start)]
    if told:
        # "the army disputed the toll of 61 civilians the government said were killed": the relative clause's
        # speaker gave the figure it follows, not the main clause's subject nearer to it
        return told[0]
    best = min(found, key=distance)
    if is_outlet(best.who, slug) or _named_as_outlet(sentence, best):
        # "The BBC reports that 45 have died, according to the Red Cross": the outlet carries
        # the words of the one it credits in the same clause
        credited = [a for a in found if a.who and not is_outlet(a.who, slug) and not distance(a)[0]
                    and not _named_as_outlet(sentence, a)
                    and not any(fold_word(w) in VAGUE for w in a.who.split())]   # not "a hospital source"
        if credited:
            best = min(credited, key=distance)
        elif best.start >= end and _SAID_THEN_FIGURE.search(sentence, 0, start):
            # "A local rights group said two were killed, Reuters reported": the words of one the sentence
            # does not name, which the outlet carries (GUIDE: the outlet is no source): no one's
            return None
    if sentence and best.before and best.end <= start and _counts(sentence, best) and not _counting_body(best.who):
        # "Los vecinos registran 200 quejas al mes, según la asociación": the credit after the figure names who
        # states it; the subject of a verb of counting is what it counts of, not its teller (R5 3)
        credits = [a for a in found if not a.before and a.start >= end and a.who and _FRAMING.match(sentence, a.start)
                   and not distance(a)[0] and not is_outlet(a.who, slug) and slug(a.who) not in WIRE_AGENCIES
                   and not _named_as_outlet(sentence, a)]
        if credits:
            best = min(credits, key=distance)
    if sentence and distance(best)[0] and _speaks_unnamed(sentence, start, end):
        # "officials said 197 died; Uyghur groups say the toll is higher": the number's own clause
        # has a speaker the text does not name, not the one of the other clause
        return None
    if sentence and best.start >= end and _CLAUSE_BREAK.search(sentence, end, best.start):
        after = _CLAUSE_BREAK.search(sentence, best.end)
        if re.search(r"\d", sentence[best.end:after.start() if after else len(sentence)]):
            # "fired 1,100 rounds; the police found 23 firearms", "es de 300, aunque la Cruz Roja
            # habla de 500": a speaker with a figure of its own in a later clause
            return None
    return best if best.who else None


# two figures in brackets that give the two before them again, for another day or place: "the organizers counted
# 65,000 and the police 14,000 (against 100,000 and 25,000 on Saturday)" (N3 D4)
_RESPECTIVE = re.compile(r"\(\s*(?:(?:against|versus|vs\.?|compared\s+(?:with|to)|frente\s+a|contra)\s+)?"
                         r"(?:(?:about|some|around|unos|unas)\s+)?(\d[\d.,]*\d|\d)\s+(?:and|y|e)\s+"
                         r"(?:(?:about|some|around|unos|unas)\s+)?(\d[\d.,]*\d|\d)\b[^()\d]*\)", re.I)
_FIGURE = re.compile(r"\d[\d.,]*\d|\d")


def _respective(found: list[Attribution], start: int, slug, sentence: str) -> Attribution | None:
    """The claimant of a figure in brackets that pairs, in order, with the two figures before them when each has a
    claimant of its own: 100,000 is the organizers' and 25,000 the police's in "the organizers counted 65,000 and
    the police 14,000 (against 100,000 and 25,000 on Saturday)"; None when it does not."""
    for pair in _RESPECTIVE.finditer(sentence):
        if not pair.start() < start < pair.end():
            continue
        before = list(_FIGURE.finditer(sentence, 0, pair.start()))[-2:]
        if len(before) < 2:
            return None
        first, second = (claimant_for(found, m.start(), m.end(), slug, sentence) for m in before)
        if first is None or second is None or not first.who or not second.who or first.who == second.who:
            return None
        return first if start < pair.end(1) else second
    return None


_RELATIVE_BEFORE = re.compile(r"\b(?:que|which|who|where|donde)\s+$", re.I)
_FRAMING = re.compile(r"seg[uú]n|according\s+to|de\s+acuerdo\s+(?:con|a)\b", re.I)


# the Spanish verbs that keep a count or move it, whose subject a credit after the figure outranks ("El balance
# eleva a 45 los muertos, según Protección Civil"); not those of telling ("informó", "reportó": the teller's)
_KEEPS_COUNT = re.compile(r"(?:registr|contabiliz|comput|elev|rebaj|actualiz)[a-z]*")


def _counts(sentence: str, a: Attribution) -> bool:
    """Whether the verb of subject ``a`` keeps or moves a count ("registran", "eleva", "counted", "recorded": the
    verbs that also tell of things that do not speak, ``WEAK_VERBS``), not one of telling ("said", "informó")."""
    verb = max(TRIGGER.finditer(sentence, a.start, a.end), key=lambda m: m.start(), default=None)
    if verb is None or not verb.group("verb"):
        return False
    head = fold_word(verb.group().split()[-1])
    return head in WEAK_VERBS or bool(_KEEPS_COUNT.fullmatch(head))


def _counting_body(who: str | None) -> bool:
    """Whether the subject ``who`` is a body that counts (a body's or a role's noun, "La Policía Nacional", "Police";
    a name, "Migración Colombia"), whose count a credit after it only relays: "La Policía Nacional contabilizó 20.000
    manifestantes, según La Vanguardia" is the police's (R6 1), not "Los vecinos registran 200 quejas, según la
    asociación" (R5 3)."""
    words = (who or "").split()
    return any(fold_word(w) in _BODIES or fold_word(w) in ROLES for w in words) or any(
        w[:1].isupper() and fold_word(w) not in INNER for w in words[1:])


def _told_by_teller(a: Attribution, teller) -> bool:
    return teller.attribution.start <= a.start < teller.attribution.end


# a figure a relative clause after it tells who gave: "the 30 (deaths) (that) the ministry reported", "las 300 que
# contó la Cruz Roja" (the article before the figure: "up from the 30", "frente a los 300"; not "30 people the ministry
# said died", whose clause is the speaker's own; "of" too: "the toll of 61 civilians the government said")
_FIGURE_THEN_ITS_TELLER = re.compile(r"\b(?:the|los|las|el|la|(?<=\s)of|(?<=\s)de)\s+(?:\d[\d.,]*|[^\W\d_]+)"
                                     r"(?:\s+[a-záéíóúñ]+){0,2}?\s+(?:(?:that|which|que)\s+)?"
                                     r"(?:(?:the|los|las|el|la)\s+)?$", re.I)


def _of_another_figure(sentence: str, a: Attribution, start: int) -> bool:
    """Whether ``a`` speaks in a relative clause that tells who gave another figure than the one at ``start``:
    "At least 40 died, up from the 30 the health ministry reported on Tuesday" (the ministry gave the 30, not the
    40); "menos que los 5.000 que contó la policía"."""
    if not sentence or a.start <= start:
        return False
    told = _figure_then_its_teller(sentence, a)
    if told is None or not any(c.isdigit() for c in told.group()) and not holds_figure(told.group()):
        return False
    return start < told.start() and not _FRAMED_BY.search(sentence, 0, start)


def _figure_then_its_teller(sentence: str, a: Attribution) -> re.Match[str] | None:
    """The figure a relative clause before ``a`` tells ``a`` gave (``_FIGURE_THEN_ITS_TELLER``); after "of", "de",
    within one clause ("the toll of 61 civilians the government said"; not "un 90 % menos que en 2024, informó X"); not
    across a credit ("según la policía")."""
    told = _FIGURE_THEN_ITS_TELLER.search(sentence, max(0, a.start - 60), a.start)
    if told is not None and (_FRAMED_BY.match(sentence, a.start) or _FRAMED_BY.search(told.group())):
        return None  # "Más de 5.000 personas según la policía": a credit, no relative clause (GUIDE: X's)
    if told is not None and fold_word(told.group().split()[0]) in ("of", "de") and \
            _APART.search(sentence, told.start(), a.start):
        return None
    return told


def tells_a_figure_before(sentence: str, a: Attribution) -> bool:
    """Whether ``a`` speaks in a relative clause after the figure it gave ("the 61 civilians the government said
    were killed"): not the subject a pronoun in the next sentence goes back to."""
    told = _figure_then_its_teller(sentence, a)
    return a.before and told is not None and not _APART.search(sentence, told.start(), a.start)


# a figure and a speaker in two clauses: "a turnout of 12,000, but police counted 4,000" (not a relative clause)
_APART = re.compile(r"[,;:()]\s|\b(?:but|and|while|whereas|pero|y|e|mientras)\b", re.I)


def _told_by(sentence: str, a: Attribution, start: int) -> bool:
    """Whether the figure at ``start`` is the one a relative clause with its own speaker tells who gave: "frente a
    los 300.000 que el PSOE dijo haber reunido", "the 50,000 that the organisers said had marched" (the PSOE's, the
    organisers'; not the main clause's subject)."""
    told = _figure_then_its_teller(sentence, a)
    return told is not None and told.start() <= start < told.end()


# a credit that frames the whole sentence before its first figure: "According to X, 40 died, up from ..."
_FRAMED_BY = re.compile(r"\b(?:according\s+to|seg[uú]n|de\s+acuerdo\s+(?:con|a))\b", re.I)


_REFERENCE = re.compile(r"\[[^\]\[]{1,24}\]")
# the noun a figure counts, alone between it and a credit: "20,000 participants according to the police"
_COUNTED_NOUN = re.compile(r"\s+(?!(?:was|has|is|does|says|goes|dies)\s)(?:[a-záéíóúñ]{2,}s|people|gente)\s+")


def _closed_by_reference(sentence: str, a: Attribution, end: int) -> bool:
    """Whether a credit after a figure ending at ``end`` ("según X", "..., said X") stands past
    the reference mark that closes the figure's clause and another clause with a figure of its own:
    "La enfermedad afectó a más de 20 000 personas,[2] y causó la muerte de unas 330, según X" (X
    gives the 330; the 20 000 has its own reference)."""
    if a.before or a.start < end:
        return False
    mark = _REFERENCE.search(sentence, end, a.start)
    return mark is not None and any(c.isdigit() for c in _REFERENCE.sub("", sentence[mark.end():a.start]))


# the nouns that name an outlet before its name; an agency only when news qualifies it ("the news
# agency Bernama", "la agencia de noticias Xinhua"): "the disaster agency BNPB", "la agencia Copeco"
# is a body
_OUTLET_NOUN = re.compile(r"\b(?:diario|peri[oó]dico|newspaper|cadena|canal|channel|broadcaster|daily|emisora|radio|"
                          r"(?:news|wire|press)\s+agency|agencia\s+(?:de\s+(?:noticias|prensa)|informativa))\s+$", re.I)


def _named_as_outlet(sentence: str, a: Attribution) -> bool:
    """"el diario El Sol informa", "the newspaper La Voz reported", "the news agency Bernama": an
    outlet named by its noun (an agency by news: "the disaster agency BNPB" is a body)."""
    at = sentence.find(a.who, a.start) if a.who else -1
    return at >= 0 and bool(_OUTLET_NOUN.search(sentence, max(0, at - 24), at))


# a comma that closes or opens an aside (not one inside a number: "6,1")
_ASIDE_COMMA = re.compile(r",(?!\d)")


# an aside between dashes (spaced hyphens, en or em dashes): "Miles de personas -120.000 según la Delegación-
# marcharon", "Thousands — 120,000 according to police — marched"; a hyphen inside a word does not open nor close it
# (an em dash may touch the words: "personas—3.000 según la Policía—se"; an en dash between words joins them:
# "the Turkey–Syria earthquakes")
_DASH_ASIDE = re.compile(r"(?:(?<=\s)[-–—]\s?|(?<=[^\W\d_])—)(?=[^\s–—-])"
                         r"(?:[^–—\-\n]|(?<=\w)-(?=\w)){3,240}?(?:\s?[-–—](?=[\s,.;:]|$)|—(?=[^\W\d_]))")


def _in_dash_aside(sentence: str, a: Attribution, start: int) -> bool:
    """Whether ``a`` speaks inside an aside between dashes that holds a figure of its own, and a number at
    ``start`` stands outside it: "Miles de personas -120.000 según la Delegación del Gobierno- marcharon" (the
    Delegación gives the 120.000; "Miles" is the writer's own)."""
    for aside in _DASH_ASIDE.finditer(sentence):
        if aside.start() <= a.start and a.end <= aside.end():
            inside = sentence[aside.start():a.start] + sentence[a.end:aside.end()]
            return not aside.start() <= start < aside.end() and holds_figure(inside)
    return False


def _credits_an_aside(sentence: str, a: Attribution, start: int) -> bool:
    """Whether ``a`` is a credit ("según X", "according to X") after a figure inside an aside
    between commas that a number at ``start`` stands outside of: "El sismo, de magnitud 6,1 según
    el SSN, dejó 40 muertos" (the SSN gives the 6,1, not the 40); or any speaker inside an aside
    between dashes with a figure of its own."""
    if ("-" in sentence or "—" in sentence or "–" in sentence) and _in_dash_aside(sentence, a, start):
        return True
    if a.before:
        return False
    left = max((m.start() for m in _ASIDE_COMMA.finditer(sentence, 0, a.start)), default=-1)
    right = _ASIDE_COMMA.search(sentence, a.end)
    if left < 0 or right is None or left < start < right.start():
        return False
    return any(c.isdigit() for c in sentence[left:a.start])


def _speaks_unnamed(sentence: str, start: int, end: int) -> bool:
    """Whether the clause that holds [start, end) has a verb of speech of its own."""
    opening = 0
    for match in _CLAUSE_BREAK.finditer(sentence, 0, start):
        opening = match.end()
    closing = _CLAUSE_BREAK.search(sentence, end)
    for verb in TRIGGER.finditer(sentence, opening, closing.start() if closing else len(sentence)):
        if verb.group("verb") and after_article(sentence, verb):
            continue          # "«La cifra de heridos ronda los 2.300, pero ...»": a noun, no verb of the clause
        subject = read_backwards(sentence, subject_end(sentence, verb.start())) \
            if fold_word(verb.group()) in WEAK_VERBS else None
        if subject is not None and subject.who and a_place(subject.who):
            continue          # "Kenya has registered 97 cases, while ..., the WHO said": whose count, no speaker
        return True
    return False
