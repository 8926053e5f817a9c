"""What befell a count, read from its own verb and its own adjective rather than from the noun it
counts: the verb after a part of a group ("3 of the injured died", "tres de los heridos murieron":
dead, not injured) or after a noun that names a criterion itself ("12 protesters died", "12
manifestantes murieron": dead, not protested); and how badly the injured are hurt ("ten suffered
serious injuries", "ocho de los heridos están graves": injured-seriously; "500 slight", "40
heridos leves": injured-slightly), as the GUIDE writes a qualifier after a hyphen."""
from __future__ import annotations

import re
from collections.abc import Callable

from reconcile.quantities.lexicon import fold_word

__all__ = ["ON_STRIKE", "detained", "is_crowd_estimate", "is_forecast", "is_increment", "is_severity", "of_cases",
           "of_people_at", "of_strike", "revises", "tells_of_strike", "verb_after_count", "with_origin",
           "with_severity"]

# a part of a group said before it: "3 of the injured", "tres de los heridos", "8 of them"
_PART_OF = re.compile(r"\s+(?:of|de)\s+(?:the|those|these|them|los|las|ellos|ellas|estos|estas)\b"
                      r"(?:\s+(?!(?:later|then|also|still|luego|despu[eé]s|tambi[eé]n|a[uú]n)\b)[^\W\d_]+)?", re.I)
# words between a count and its verb that say when, not what: "3 of the injured later died"
_WHEN = frozenset("later then also still subsequently eventually afterwards since all both reportedly "
                  "luego despues tambien aun todavia posteriormente finalmente todos todas ambos".split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# the auxiliaries before a participle that says what befell the count: "90 of those aboard had been rescued"
_AUXILIARIES = frozenset("had have has been were was are is fueron fue han habian habia sido estaban estaba "
                         "estan esta".split())
_PARTICIPLE = re.compile(r"(?:[^\W\d_]{2,}(?:ed|en|ad[oa]s?|id[oa]s?))$")
# a relative clause right after a count (and its noun): "two others who had been aboard the ship were evacuated"
_RELATIVE = re.compile(r"\s+(?:who|that|which|quienes|que)\s+", re.I)
# the whole a partitive's figure counts part of: "1,500 of the 2,000 people", "1.500 de las 2.000 personas"
_OF_THE_WHOLE = re.compile(r"\b(?:of|out\s+of|de|entre)\s+(?:the|these|those|los|las|estos|estas)\s+$", re.I)
# what may follow a verb (not a noun it qualifies, as "flooded" does in "the flooded village"): the end of the clause,
# a preposition, an adverb
_AFTER_A_VERB = re.compile(r"\s*(?:[,.;:()]|$)|\s+(?:by|in|at|on|to|from|after|before|when|while|during|with|and|or|"
                           r"as|off|out|overnight|yesterday|today|[^\W\d_]+ly|por|en|a|al|de|desde|tras|con|y|e|o)\b",
                           re.I)


def _is_finite(word: str, lang: str) -> bool:
    """A verb that states what befell its subject, in the past: "died", "drowned", "murieron",
    "falleció"; not a participle used as an adjective in Spanish ("muertos")."""
    low = fold_word(word)
    if not word.islower() or len(low) < 4:
        return False
    if lang == "es":
        return low.endswith(("ron", "ó", "io")) and not low.endswith(("ario", "orio"))
    return low.endswith("ed") or low in ("fled", "drowned", "died")


def verb_after_count(sentence: str, end: int, counted: str | None, lang: str,
                     word_criterion: Callable[[str], str | None], start: int | None = None) -> str | None:
    """The criterion of the verb right after a count's noun, or after the group a count is a part
    of, when that verb names one: "3 of the injured died" (dead), "12 protesters died" (dead),
    "doce manifestantes murieron" (dead). None when the noun is not followed by such a verb."""
    part = _PART_OF.match(sentence, end)
    at = part.end() if part else end
    inside = False                        # the figure's own text ends with its noun ("40 personas")
    if part is None and counted:
        first = _WORD.match(sentence, at + len(sentence[at:]) - len(sentence[at:].lstrip()))
        if first is not None and fold_word(first.group()) == fold_word(counted):
            at = first.end()              # "12 protesters died": after the noun
        elif fold_word(sentence[max(0, at - len(counted)):at]) == fold_word(counted):
            inside = True                 # "40 personas heridas murieron": the figure ends with its noun
        elif not _RELATIVE.match(sentence, at):
            return None                   # (the noun read with the figure: "12 people who ...")
    relative = _RELATIVE.match(sentence, at)
    whole = start is not None and _OF_THE_WHOLE.search(sentence, max(0, start - 16), start) is not None
    # (not the whole of a partitive: "Some 1,500 of the 2,000 people who live there were evacuated": the 1,500's verb)
    main = _main_verb(sentence, relative.end(), lang) if relative is not None and not whole else None
    if main is not None:
        # "two others who had been aboard the Ocean Viking were evacuated": evacuated, not on board
        return word_criterion(main)
    if part is None and not counted:
        return None
    qualifiers = 0
    for match in _WORD.finditer(sentence, at, min(len(sentence), at + 40)):
        if sentence[at:match.start()].strip():
            return None                   # a comma or a figure first: another clause
        word = match.group()
        if fold_word(word) in _WHEN or fold_word(word) in _AUXILIARIES:
            at = match.end()              # "3 of the injured later died", "90 of those aboard had been rescued"
            continue
        if _is_finite(word, lang):
            # (a verb right after a noun the figure holds is the reader's to weigh: "3,000 people fled their homes")
            return word_criterion(word) if qualifiers or not inside else None
        if lang == "es" and counted and not part and qualifiers < 2 and word.islower() and \
                fold_word(word).endswith(("os", "as", "es")):
            at, qualifiers = match.end(), qualifiers + 1   # "12 casos confirmados murieron": the noun's adjective
            continue
        return None
    return None


def _main_verb(sentence: str, at: int, lang: str) -> str | None:
    """The verb of the main clause after a relative clause that opens at ``at``: "(who) had been aboard the Ocean
    Viking were evacuated" (evacuated), "(who) lived in the flooded village died" (died); None when the clause ends
    first. The relative's own verb (its auxiliaries, then its first word) is passed over, and so is a word that
    qualifies the noun after it ("flooded village")."""
    stop = re.compile(r"[,.;:()\d]").search(sentence, at)
    words = list(_WORD.finditer(sentence, at, stop.start() if stop else len(sentence)))[:12]
    k = 0
    while k < len(words) and fold_word(words[k].group()) in _AUXILIARIES:
        k += 1
    for n in range(k + 1, len(words)):
        word = words[n].group()
        passive = fold_word(words[n - 1].group()) in _AUXILIARIES and _PARTICIPLE.match(fold_word(word))
        if fold_word(word) in _AUXILIARIES or not (passive or _is_finite(word, lang)):
            continue
        if _AFTER_A_VERB.match(sentence, words[n].end()):
            return word
    return None


# how badly: "serious injuries", "in serious condition", "heridos graves", "en estado grave",
# "de gravedad", "critically injured"; "slight", "minor injuries", "heridos leves". Only of the
# injured: "14 suffered serious burns" says how they were burned, not that they were injured
_SERIOUS = r"(?:serious(?:ly)?|critical(?:ly)?|severe(?:ly)?|life-threatening|grave(?:s|mente)?|de\s+gravedad|" \
           r"cr[ií]tic[oa]s?)"
_SLIGHT = r"(?:slight(?:ly)?|minor|light|leve(?:s|mente)?)"


def _how_badly(words: str) -> re.Pattern:
    """The figure's own adjective ("10 serious", "3 graves"), or one of injuries or a state."""
    return re.compile(rf"^\s*{words}\b|\b{words}\s+(?:injur|wound|condition|lesion|herid)|"
                      rf"\b(?:injur\w*|wounded|hurt|herid\w*|lesionad\w*|estado|condition|est[aá]n|encuentran?|"
                      rf"is|are|remains?|remained|permanecen?)\s+(?:in\s+)?{words}\b", re.I)


_SERIOUS_HERE, _SLIGHT_HERE = _how_badly(_SERIOUS), _how_badly(_SLIGHT)


def is_severity(word: str) -> bool:
    """A word of how badly, read as a counted noun: "10 graves, 500 leves" counts people."""
    return bool(re.fullmatch(_SERIOUS, word, re.I) or re.fullmatch(_SLIGHT, word, re.I))


_CLAUSE_END = re.compile(r"[,;.:()]|\b(?:and|y|while|mientras|but|pero)\b", re.I)


def with_severity(slug: str | None, sentence: str, start: int, end: int) -> str | None:
    """``slug`` with how badly its injured are hurt, as the figure's own clause says after it:
    "10 serious, 500 slight", "ten suffered serious injuries", "Ocho de los heridos están
    graves", "21 se encuentran en estado grave", "40 heridos leves"."""
    if slug != "injured":
        return slug
    stop = _CLAUSE_END.search(sentence, end, min(len(sentence), end + 50))
    clause = sentence[end:stop.start() if stop else min(len(sentence), end + 50)]
    if _SERIOUS_HERE.search(clause):
        return "injured-seriously"
    if _SLIGHT_HERE.search(clause):
        return "injured-slightly"
    return slug


# --- what a count of cases, of strikers and of a gathering counts -------------------------------

# how sure a count of cases is, as its own clause says: "9,216 suspected cases", "Casos
# confirmados: 1 678 817", "700 millones de casos (estimado)"; the first that matches
_SURE = [(re.compile(r"\b(?:estimat\w*|estimad[oa]s?)\b", re.I), "estimated"),
         (re.compile(r"\b(?:suspect\w*|sospech\w*)\b", re.I), "suspected"),
         (re.compile(r"\bprobables?\b", re.I), "probable"),
         (re.compile(r"\bconfirm\w*\b", re.I), "confirmed")]
_BRACKET_AFTER = re.compile(r"\s*\(([^()]{1,40})\)")
_CLAUSE_EDGE = re.compile(r"[,;.()\[\]]|\s(?:and|y|e|with|con|while|mientras)\s", re.I)
#: the criterion of cases ruled out ("120 casos descartados"): no one infected
RULED_OUT = "ruled-out"
_RULED_OUT_WORD = re.compile(r"\b(?:descart\w*|discarded|(?:ruled|ruling|rules|rule)\s+out)\b", re.I)
# what befalls the infected that a count of cases may say instead ("3,000 cases died")
_OF_THE_SICK = frozenset({"dead", "recovered", "hospitalised", "injured", "treated"})


# the words of what befell the sick, in a count of cases' own clause: "3,000 cases died", "120 casos mortales"
_SICK_WORD = re.compile(r"\b(?:died|dead|deaths?|fatal\w*|killed|muert\w*|muri\w*|fallec\w*|mortal\w*|recover\w*|"
                        r"perec\w*|perish\w*|succumb\w*|deceased|(?:lost|losing)\s+(?:their|his|her)\s+lives?|"
                        r"perdi(?:eron|[oó]|do)\s+(?:la|sus)\s+vidas?|"
                        r"recuper\w*|hospitali[sz]\w*|injur\w*|herid\w*|treated|atendid\w*|tratad\w*)\b", re.I)
_FATAL = re.compile(r"\s+(?:were|was|proved|fueron|resultaron)\s+(?:fatal|deadly|mortales|fatales)\b", re.I)


def _clause(sentence: str, start: int, end: int) -> str:
    """The figure's own clause: from the edge before it (a comma, a bracket; not an infobox
    heading's colon) to the edge after its noun."""
    lo = max((m.end() for m in _CLAUSE_EDGE.finditer(sentence, 0, start)), default=0)
    after = _CLAUSE_EDGE.search(sentence, end)
    return sentence[lo:after.start() if after else len(sentence)]


def _infected(crit: str | None) -> bool:
    """A criterion slugged from a verb of infection as it stands ("infectadas", "contagiados")."""
    return crit is not None and fold_word(crit).startswith(("infect", "contagi", "contraj"))


# an illness the text around a count of cases tells of: cases of it, not of fraud or of phones
_ILLNESS = re.compile(
    r"\b(?:cholera|c[oó]lera|dengue|measles|sarampi[oó]n|flu|influenza|gripe|virus|viral|outbreaks?|brotes?|"
    r"epidemi\w*|pandemi\w*|infect\w*|infecci\w*|contagi\w*|covid\w*|coronavirus|[eé]bola|malaria|paludismo|"
    r"tuberculosis|fever|fiebre|plague|peste|smallpox|viruela|diseases?|illness\w*|enfermedad\w*|sick\w*|"
    r"enferm[oa]s?|polio\w*|zika|chikungunya|mpox|hepatitis|meningitis|diphtheria|difteria|typhoid|tifoidea|"
    r"typhus|tifus|sars|hiv|vih|aids|sida)\b", re.I)


def of_cases(sentence: str, start: int, end: int, pop: list[str], crit: str | None,
             share: bool, around: str) -> tuple[list[str], str | None]:
    """A count of cases of a disease counts the people infected (GUIDE: [people] for any count of
    people that names no narrower group; "Casos confirmados: 1 678 817" is infected-confirmed):
    ``[people]``, ``infected`` with how sure the count is when its clause says it ("9,216 suspected
    cases": infected-suspected). A verb of infection is ``infected`` ("500 personas estaban
    infectadas"). Not a share ("38 % de los contagios" counts the cases), not what befell the sick
    ("3,000 cases died"), and only when ``around`` (the sentences around) tells of an illness or the
    clause says how sure the count is ("40 cases of fraud" counts cases)."""
    if _infected(crit):
        crit = "infected"
    clause = _clause(sentence, start, end)
    if not share and pop == ["cases"] and crit in _OF_THE_SICK and _SICK_WORD.search(clause) and \
            _ILLNESS.search(around):
        return ["people"], crit           # "12 confirmed cases have perished", "han fallecido 12 casos": their fate
    if share or pop != ["cases"] or (crit in _OF_THE_SICK and _SICK_WORD.search(clause)):
        return pop, crit                  # (not the deaths of another figure: "rose to 718, and 19 deaths")
    if crit == RULED_OUT and _RULED_OUT_WORD.search(clause):
        return ["people"], crit           # "se han descartado 120 casos": none of them infected
    if crit == RULED_OUT:
        crit = None                       # "se han descartado 120 casos y se confirmaron 45": the 45 are infected
    if _FATAL.match(sentence, end):
        return ["people"], "dead"         # "Of the 3,000 cases, 120 were fatal"
    bracket = _BRACKET_AFTER.match(sentence, end)   # "1 678 817 (confirmado por laboratorio)"
    said = (bracket.group(1) + " " if bracket else "") + clause
    sure = next((word for pattern, word in _SURE if pattern.search(said)), None)
    if sure is None and not _ILLNESS.search(around):
        return pop, crit                  # "40 cases of fraud", "3,000 cases of the new phone"
    joined = _SURE_JOINED.match(sentence, end)
    if joined is not None and len({word for pattern, word in _SURE if pattern.search(joined.group())}) > 1:
        return ["people"], "infected"     # "8,410 suspected and confirmed cases", "sospechosos y confirmados": all
    return ["people"], f"infected-{sure}" if sure else "infected"


# the words right after a count of cases that join two of how sure it is: "suspected and confirmed cases", "casos
# sospechosos y confirmados"
_SURE_JOINED = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+[^\W\d_]+\s*,?\s+(?:and|or|y|e|o|u)\s+[^\W\d_]+", re.I)


# where the infected caught it, as the figure's clause or its bracket says: "26 923 casos autóctonos",
# "987 (importados)", "412 locally acquired cases", "38 imported cases"
_ORIGINS = [(re.compile(r"\b(?:aut[oó]cton[oa]s?|autochthonous|locally[\s-]acquired|local\s+transmission|"
                        r"transmisi[oó]n\s+local)\b", re.I), "local"),
            (re.compile(r"\b(?:importad[oa]s?|imported)\b", re.I), "imported")]


def with_origin(crit: str | None, sentence: str, start: int, end: int) -> str | None:
    """An infected count's criterion with where its cases were caught, when its own clause or
    bracket says it ("Casos confirmados: 26 923 (autóctonos)": infected-confirmed-local; "987
    (importados)" under it: infected-confirmed-imported); ``crit`` otherwise."""
    if crit is None or not crit.startswith("infected"):
        return crit
    bracket = _BRACKET_AFTER.match(sentence, end)
    said = (bracket.group(1) + " " if bracket else "") + _clause(sentence, start, end)
    origin = next((word for pattern, word in _ORIGINS if pattern.search(said)), None)
    if origin is None:
        return crit
    base = crit.removesuffix("-local").removesuffix("-imported")
    return f"{base}-{origin}"


# a strike the figure's clause tells of: "32,000 teachers walked off the job", "went on strike",
# "striking miners", "9.185.383 trabajadores secundaron la huelga", "12.000 mineros en huelga"
_STRIKE = re.compile(
    r"\bon\s+strike\b|\bstrik(?:ers|ing)\b|\bwalk(?:ed|ing|s)?\s+(?:off\s+(?:the|their)\s+jobs?|out)\b|"
    r"\b(?:join(?:ed|ing)?|backed|supported|took\s+part\s+in)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}strike\b|"
    r"\ben\s+huelga\b|\bhuelguistas\b|\b(?:secund\w+|se\s+sum\w+|se\s+adhi\w+|adhiri\w+|se\s+unieron|"
    r"inici\w+|declar\w+|hicieron|realiz\w+|mant\w+|sigui\w+|particip\w+)\s+"
    # "iniciaron este lunes un paro nacional": a day or two words between the verb and the strike
    r"(?:(?!huelga\b|paro\b)[^\W\d_]+\s+){0,2}?(?:a\s+|en\s+)?"
    r"(?:la\s+|el\s+|una\s+|un\s+)?(?:huelga|paro)\b|\b(?:el|la)\s+(?:huelga|paro)\s+(?:reuni\w+|sum\w+|cont\w+)\b",
    re.I)
# a labour strike the sentence names (not one from the air or of lightning): "the general strike",
# "A strike by 50,000 teachers", "la huelga", "el paro nacional"
_A_STRIKE = re.compile(r"(?<!air)(?<!air-)(?<!drone\s)(?<!missile\s)(?<!military\s)(?<!lightning\s)"
                       r"\b(?:strikes?|walkouts?|huelgas?|paro\s+(?:nacional|general|c[ií]vico|agrario|indefinido))\b"
                       r"|\b(?:a|the)\s+(?:general|national|nationwide|rail|miners['’]?)\s+strike\b", re.I)


# a verb of following a strike, which the text around names: "paró el 16%", "un 6,5% de los murcianos la siguieron",
# "secundaron la convocatoria", "joined the call", "stayed away from work"; its passive, the strike its subject: "fue
# secundada por el 77%", "was observed by 60%"
_FOLLOWED = re.compile(
    r"\b(?:(?:secundad|seguid)[ao]s?\s+por|(?:observed|heeded|followed)\s+by|"
    r"par[oó]|pararon|paran|(?:la|lo)\s+(?:secund|sigui|sigu|respald|hicieron|hizo)\w*|(?:secund|sigui|sigu|"
    r"respald|se\s+sum|se\s+adhi|adhiri)\w*\s+(?:a\s+)?(?:la|el)\s+(?:convocatoria|jornada|llamado|llamamiento)|"
    r"(?:joined|followed|heeded|observed)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}(?:call|stoppage)|"
    r"stayed\s+(?:away|home)\s+from\s+work)\b", re.I)
#: the passive of following, and after its figure a noun of its own: "was followed by a 5% fall in output" is what
#: came after a strike, not who followed it (R4 4); "by 60% of workers", "por el 77%, según" are its followers
_PASSIVE = re.compile(r"(?:secundad|seguid)[ao]s?\s+por|(?:observed|heeded|followed)\s+by", re.I)
_A_NOUN_AFTER = re.compile(r"[ \t]*(?!(?:de|del|of|y|e|and|en|in|on|entre|among|según|according)\b)[^\W\d_]{3,}",
                           re.I)
#: the criteria a verb of following gives a figure as it stands ("was observed by 60%"), which a strike reads again
_FOLLOWING = frozenset({"observed", "heeded", "followed"})
#: the criterion of a count of people on strike (dev6's miners' strike), and of a share of them (GUIDE: "-share")
ON_STRIKE = "on-strike"


def of_strike(sentence: str, start: int, end: int, crit: str | None, share: bool, around: str) -> str | None:
    """``on-strike`` for a count whose segment says its people followed a strike ("secundó la huelga el 35%", "paró el
    16%", "un 6,5% la siguieron", the text ``around`` telling of the strike), ``on-strike-share`` for a share of them
    (GUIDE: a share ends in -share); ``crit`` otherwise."""
    segment = _segment(sentence, start, end)
    followed = _FOLLOWED.search(segment)
    if followed is not None and _PASSIVE.fullmatch(followed.group()) and _A_NOUN_AFTER.match(sentence, end):
        followed = None
    if crit in _FOLLOWING and followed and tells_of_strike(around):
        crit = None        # "The strike was observed by 60% of workers": its followers, not "observed"
    if crit not in (None, ON_STRIKE):
        return crit
    if crit is None and not (_STRIKE.search(segment) or followed and tells_of_strike(around)):
        return crit
    return f"{ON_STRIKE}-share" if share else ON_STRIKE


# between a figure and another's reading of it, in a clause that refers back to it: "el 16% de la población, cifra que
# los sindicatos elevaron al 84%", "el 30%, datos que elevan al 93%", "40,000 people, a figure the organisers put at
# 90,000"; or the next of the readings it lists ("al 93% y 98%, respectivamente")
_REVISES = re.compile(r"[^,;.:()\d]{0,60},\s*(?:una\s+|la\s+|las\s+|a\s+|the\s+)?(?:cifras?|datos?|porcentajes?|"
                      r"figures?|numbers?|estimates?|percentages?)\s+(?:que|which|that|the)\s[^.;:()\d]{0,80}"
                      r"|\s*(?:y|e|and|,)\s*", re.I)


# the month, not a march: "2 March 2019", "March 9"
_MONTH_MARCH = re.compile(r"\b\d{1,2}\s+March\b|\bMarch\s+\d")


def is_crowd_estimate(sentence: str, end: int, told: str, criterion_word: Callable[[str], str | None]) -> bool:
    """Whether the bare figure that ends at ``end`` is a crowd's estimate: its bracket says whose estimate it is
    ("12,000 (Police estimate)", "30.000 (cifra de los organizadores)") and ``told`` (the article's title and the lines
    around) tells of a protest (a word whose criterion, ``criterion_word``, is protested)."""
    return _AN_ESTIMATE.match(sentence, end) is not None and any(
        criterion_word(word) == "protested" for word in _WORD.findall(_MONTH_MARCH.sub(" ", told)))


def revises(sentence: str, before: int, start: int) -> bool:
    """Whether the figure at ``start`` is another's reading of the figure that ends at ``before`` in ``sentence``
    (``_REVISES``): it counts what that figure counts."""
    return _REVISES.fullmatch(sentence, before, start) is not None


def tells_of_strike(text: str) -> bool:
    """Whether ``text`` tells of a labour strike ("the miners' strike", "la huelga general")."""
    return _A_STRIKE.search(text) is not None or _STRIKE.search(text) is not None


# a verb of involvement that a strike's count of workers is said with: on strike, then
_INVOLVED = frozenset({"involved", "involving", "participated", "joined", "participaron", "involucró"})
# the count's noun struck, walked out or stayed off the job: "About 1.5 million workers struck"
_STRUCK = re.compile(r"\s+(?:workers|employees|miners|teachers|dockers|drivers|nurses|doctors|staff|members)\s+"
                     r"(?:struck|walked\s+out|downed\s+tools)\b", re.I)
_OFF_WORK = re.compile(r"\b(?:stayed|stay|staying|walked|walking)\s+off\s+the\s+job\b|"
                       r"\bno\s+(?:acudieron|fueron)\s+a\s+trabajar\b", re.I)
# "A strike by 50,000 teachers", "una huelga de unos 8.000 mineros" (not "paro", also unemployment)
_STRIKE_BY = re.compile(r"\b(?:strike|walkout|huelga)\s+(?:by|of|de)\s+(?:(?:some|about|around|over|more\s+than|"
                        r"unos|unas|m[aá]s\s+de|cerca\s+de)\s+)?$", re.I)
# a verb that estimates a crowd, right before its figure: "calculó 425 000", "police counted 8,000"
_ESTIMATED = re.compile(r"\b(?:calcul\w+|estim\w+|cifr\w+|count(?:ed|s)?|cont[oó]|contaron|put|puso)\s+"
                        r"(?:(?:the\s+)?(?:crowd|turnout|number|figure)(?:\s+at)?\s+|(?:la\s+)?(?:cifra|asistencia|"
                        r"participaci[oó]n)\s+en\s+|en\s+|at\s+)?(?:(?:about|some|around|nearly|over|more\s+than|"
                        r"unas|unos|cerca\s+de|m[aá]s\s+de|alrededor\s+de)\s+)?$", re.I)
# a bracket that says whose estimate a bare figure is, as an infobox's rows of a crowd say it: "12,000 (Police
# estimate)", "30,000 (Organiser and media estimate)", "50.000 (estimación policial)", "(cifra de los organizadores)"
_AN_ESTIMATE = re.compile(r"\s*\(\s*(?:[^\W\d_][\w'’.-]*\s+){0,4}?(?:estimates?|estimaci[oó]n|c[aá]lculo|cifra|"
                          r"count|recuento)\b[^()\d]{0,40}\)", re.I)
# a gathering the clause tells of, that the text around calls a protest: "se reunieron", "gathered"
# (a crowd that turned up: "100,000 people showed up at the park", "turned out", "llegaron a pie", "se les unieron")
_GATHERED = re.compile(r"\b(?:se\s+)?reun(?:i[oó]|ieron|idos|idas|irse)\b|\bcongreg\w+|\bgathered\b|\bmoviliz\w+|"
                       r"\b(?:show(?:ed|s)?|turn(?:ed|s)?)\s+(?:up|out)\b|\bse\s+(?:les\s+|nos\s+)?unieron\b|"
                       r"\b(?:lleg\w+|arriv\w+|came|walked|camin\w+|vinieron)\s+(?:a\s+pie|on\s+foot)\b|"
                       r"\bassembled\b|\bconvoc\w+\s+a\b", re.I)
_SEGMENT = re.compile(r"[,;.()\[\]]")


def _segment(sentence: str, start: int, end: int) -> str:
    """The figure's segment: from the comma or bracket before it to the one after it."""
    lo = max((m.end() for m in _SEGMENT.finditer(sentence, 0, start)), default=0)
    after = _SEGMENT.search(sentence, end)
    return sentence[lo:after.start() if after else len(sentence)]


# taking part, said with no word of protest: "13,000 people took part in the unrest"
_TOOK_PART = re.compile(r"\b(?:took|take|taking|takes)\s+part\b|\btomaron\s+parte\b", re.I)
# held by the police: "detained", "detenidos" as it stands; "arrested", "capturados" are arrested
_DETAINED = re.compile(r"\b(?:detain\w*|deten\w*|detuv\w*)", re.I)
_ARRESTED = re.compile(r"\b(?:arrest\w*|captur\w*|aprehen\w*|apres\w*|encarcel\w*|jailed)", re.I)


def detained(sentence: str, start: int, end: int, crit: str | None) -> str | None:
    """``detained`` for an arrest the figure's segment (else its sentence: "El número de detenidos
    asciende a 2.840 (1.084 en la capital ...)") words as a detention ("Detained: 28,000", "al
    menos 512 detenidos": GUIDE, a verb is slugged as it stands); ``crit`` otherwise."""
    if crit != "arrested":
        return crit
    for said in (_segment(sentence, start, end), sentence):
        if _DETAINED.search(said) or _ARRESTED.search(said):
            return "detained" if not _ARRESTED.search(said) else crit
    return crit


def of_people_at(sentence: str, start: int, end: int, pop: list[str], crit: str | None, protest: bool,
                 criterion_word: Callable[[str], str | None]) -> str | None:
    """The criterion of a count of people that no verb of what befell them names, from what its
    segment tells: ``on-strike`` for a strike ("32.000 docentes iniciaron una huelga",
    "12,000 striking miners"), ``protested`` for a gathering when the text around tells of a
    protest (``protest``: "110.000 personas se reunieron en el paseo", "crowds gathered"), for a
    crowd of ``pop`` people a protest involved or a verb estimates ("calculó 425 000 personas"),
    and for taking part in it when the criterion is another clause's ("13,000 people took part in
    the unrest, of whom 3,100 were arrested"); ``crit`` otherwise. A verb of infection is
    ``infected`` ("fueron infectados"). ``criterion_word(word)``: the criterion a word names."""
    segment = _segment(sentence, start, end)
    if protest and _TOOK_PART.search(segment) and crit not in (None, "protested") and not any(
            (slug := criterion_word(word)) and slug == crit for word in _WORD.findall(segment)):
        return "protested"                # "13,000 people took part in the unrest, of whom 3,100 were arrested"
    if crit in _INVOLVED and _A_STRIKE.search(sentence):
        return "on-strike"                # "The general strike involved over 1.7 million workers"
    if crit in _INVOLVED and protest:
        return "protested"                # "The one in Rome involved around three million people"
    if crit is None and protest and pop in ([], ["people"]) and _ESTIMATED.search(sentence, max(0, start - 40), start):
        return "protested"                # "El periódico calculó 425 000 personas", "police counted 8,000"
    if crit is not None:
        return crit
    if _STRIKE.search(segment) or _STRUCK.match(sentence, end) or _OFF_WORK.search(segment) or \
            _STRIKE_BY.search(sentence, max(0, start - 40), start):
        return "on-strike"
    if protest and _GATHERED.search(segment):
        return "protested"
    if re.search(r"\b(?:infect\w+|contagi\w+)\b", sentence[end:end + 60].split(",")[0], re.I):
        return "infected"                 # "70 soldados ... fueron infectados", "800,000 have been infected"
    return None


# a figure told as more of what was counted before: "another 12", "a further 108", "an additional 6,000", "otros
# 48", "otras 1800"; "12 more bodies", "tens of thousands more marched", "350 000 más", "12 cuerpos más" (not "12
# more than", "40 más que", "el 5% más pobre")
_MORE_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional|otr[oa]s)\s+(?:(?:some|about|around|at\s+least|"
                          r"unos|unas|al\s+menos)\s+)?$", re.I)
_MORE_AFTER = re.compile(r"\s+(?:more|additional)\b(?!\s+than\b)|"
                         r"(?:\s+[a-záéíóúñ]+)?\s+(?:m[aá]s|adicionales)\b(?!\s+(?:que|de|del)\b)"
                         r"(?!\s+[a-záéíóúñ]+(?:o|a|os|as|e|es)\b)", re.I)


def is_increment(sentence: str, start: int, end: int, number_start: int) -> bool:
    """Whether the figure at ``start``:``end`` counts more of what was counted before, not the whole ("Rescuers
    found 12 more bodies" after "At least 40 people died": 12 besides the 40, not a toll of 12)."""
    return bool(_MORE_BEFORE.search(sentence, max(0, number_start - 40), number_start)
                or _MORE_AFTER.match(sentence, end))



# a figure told as what was expected before the event, not counted at it: the verb of expecting governs the figure
# ("they expected a turnout of 50,000 people", "was expected to draw about 20,000", "the crowd size predicted earlier
# in the week was 20,000", "se esperaba la llegada de unas 5.000", "tendría una asistencia aproximada de 20,000"),
# or the figure is the subject of a verb in the future or the conditional ("some 20,000 people would attend",
# "asistirían 20.000 personas" is the one before it); not "far greater than expected", "higher than expected at 20,000"
# (a comparison with the forecast, the figure counted), nor "the toll of 20 is expected to rise" (the 20 counted, the
# rise foreseen). The verb after the figure is one of coming to the event ("would attend", "asistirán"), the people
# themselves, not a relative clause of theirs: "killed 87 people who would otherwise have escaped", "the 1,200 evacuees
# will return home", "40 others would be treated in hospital" count what befell them
_FIGURE_WORDS = (r"(?:\s+(?:a|an|the|turnout|crowd|crowds|attendance|participation|gathering|of|to|draw|attract|bring|"
                 r"see|have|about|around|some|roughly|up|at|least|as|many|more|than|over|nearly|almost|la|el|una|un|"
                 r"de|del|llegada|asistencia|participaci[oó]n|aproximada|concentraci[oó]n|afluencia|unos|unas|"
                 r"alrededor|cerca|hasta|m[aá]s|menos|al|por|lo|entre|que|llegar[ií]a[n]?|ser[ií]a[n]?|a))*\s*")
# the forecast a comparison names: "than expected", "as expected", "de lo previsto", "que lo esperado"
_NOT_COMPARED = r"(?<!\bthan\s)(?<!\bas\s)(?<!\blo\s)"
# a tally, the verb of its reaching a figure and what comes between that verb and the figure
_TALLY = r"\b(?:number|toll|figure|total|count|tally|cifra|n[uú]mero|balance|saldo|total)\b[^.;:\d]{0,60}?"
_TO_REACH = r"(?:reach|rise\s+to|climb\s+to|grow\s+to|increase\s+to|top|exceed|surpass|hit)"
_REACHED = (r"(?:\s+(?:about|around|some|nearly|almost|more\s+than|over|los|las|unos|unas|cerca\s+de|"
            r"m[aá]s\s+de))?\s+$")
_FORECAST_BEFORE = re.compile(
    _NOT_COMPARED + r"\b(?:expect(?:s|ed|ing)?|predict(?:s|ed|ing)?|anticipat(?:es|ed|ing)|forecasts?|projected|"
    r"esperaba[n]?|esperan|se\s+espera(?:ba)?n?|prev[eé](?:[ií]a[n]?|n)?|previst[oa]s?|pronostic(?:aba[n]?|aron|ó)|"
    r"tendr[ií]a[n]?|contar[ií]a[n]?\s+con|reunir[ií]a[n]?|congregar[ií]a[n]?)" + _FIGURE_WORDS + "$"
    r"|" + _NOT_COMPARED + r"\b(?:predicted|expected|forecast|anticipated|previst[oa])\b[^.;:,\d]{0,40}?\b"
    r"(?:was|were|is|at|era|fue|en)\s+(?:(?:about|around|some|up\s+to|unos|unas|de)\s+)?$"
    # a tally said to reach a figure some day: "the number of people crossing could reach 400,000 by the end of the
    # year", "la cifra podría llegar a 400.000" (not "rescuers could reach 40 people"); the conditional ("would rise
    # to", "llegaría a") is left to _CONDITIONAL_REACH
    r"|" + _TALLY + r"(?:\b(?:could|may|might|will|(?:is|are)\s+(?:expected|likely|projected|set)\s+to)\s+"
    + _TO_REACH + r"|\b(?:podr[ií]an?|podr[aá]n?)\s+(?:llegar\s+a|alcanzar|superar|ascender\s+a|subir\s+a|rebasar))"
    + _REACHED, re.I)
# a tally reaching a figure in the conditional ("would rise to", "llegaría a"): a forecast only when its sentence has
# a verb of warning, foreseeing or saying, before or after it, of any person and number, or names the forecast it
# follows ("Las autoridades advirtieron que la cifra llegaría a 1.200", "the toll would rise to 1,200, officials
# feared", "según las previsiones", "the governor said the toll would rise to 1,200": what someone foresees), since
# narrative tells a past toll so: "the death toll would rise to 1,200 over the following weeks", "la cifra llegaría a
# 1.200" alone in their sentence are the toll counted
_CONDITIONAL_REACH = re.compile(
    _TALLY + r"(?:\bwould\s+" + _TO_REACH + r"|\b(?:llegar[ií]an?\s+a|alcanzar[ií]an?|superar[ií]an?|"
    r"ascender[ií]an?\s+a))" + _REACHED, re.I)
_FORESEER = re.compile(
    r"\b(?:warn(?:s|ed|ing)?|fear(?:s|ed|ing)?|predict(?:s|ed|ing)?|estimat(?:es|ed|ing)|caution(?:s|ed)|"
    r"forecasts?|project(?:s|ed)|expect(?:s|ed)|says?|said|told|"
    r"advirti(?:[oó]|eron)|advierte[n]?|advert[ií]a[n]?|alert(?:[oó]|aron|a[n]?)|tem(?:e[n]?|[ií]a[n]?|i[oó]|ieron)|"
    r"(?:estim|calcul|pronostic|vaticin|proyect)(?:[oó]|aron|a[n]?|aba[n]?)|prev(?:[eé][n]?|e[ií]a[n]?|i[oó]|ieron)|"
    r"dij(?:o|eron)|dice[n]?|afirm(?:[oó]|aron|a[n]?)|asegur(?:[oó]|aron|a[n]?)|"
    r"seg[uú]n\s+(?:las?\s+|los\s+)?(?:previsi[oó]n(?:es)?|pron[oó]sticos?|proyecci[oó]n(?:es)?|estimaci[oó]n(?:es)?|"
    r"c[aá]lculos?))\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
# up to two words between the figure and its verb, none a relative pronoun: "50,000 people would attend", not "87
# people who would"
_TO_VERB = r"(?:\s+(?!(?:who|whom|which|that|que|quien|quienes|cuales)\b)[^\W\d_]+){0,2}?\s+"
_FORECAST_AFTER = re.compile(
    _TO_VERB + r"(?:would|will|(?:are|were|is|was)\s+(?:expected|likely|set|due)\s+to)\s+"
    r"(?:attend|gather|turn\s+out|show\s+up|come|take\s+part|participate|join|march|rally|protest|arrive|flock|fill|"
    r"descend|visit)\b"
    r"|" + _TO_VERB + r"(?:asistir|acudir|participar|llegar|marchar|se\s+congregar|se\s+reunir|"
    r"se\s+manifestar)(?:[ií]a[n]?|[aá]n?)\b", re.I)


def is_forecast(sentence: str, start: int, end: int, number_start: int) -> bool:
    """Whether the figure at ``start``:``end`` is a forecast made before the event, not a count of it ("The city
    police had estimated before the march that some 20,000 people would attend": 20,000 expected)."""
    lo = max(0, number_start - 120)
    if _FORECAST_BEFORE.search(sentence, lo, number_start) or _FORECAST_AFTER.match(sentence, end):
        return True
    if not _CONDITIONAL_REACH.search(sentence, lo, number_start):
        return False
    ends = [m.end() for m in _SENTENCE_END.finditer(sentence, 0, number_start)]
    after = _SENTENCE_END.search(sentence, end)
    return bool(_FORESEER.search(sentence, ends[-1] if ends else 0, after.start() if after else len(sentence)))
