"""Reading a claimant's name from where a sentence attributes a number: backwards from a verb
for its subject ("the Associated Press reported"), forwards from a verb or a phrase for its
object ("according to the U.N. refugee agency", "..., dijo el ministro de Defensa").

Words are read one by one (no pattern backtracks on long runs of capitalised words); the reader
passes over what stands between a name and its verb: a time ("Police on Sunday said"), a place
("police in the capital said"), an aside between commas ("EFE, citando fuentes policiales,
informó"), a description ("Ban Ki-moon, the U.N. secretary-general, said"), a listener ("dijo a la
AFP"), a short name in brackets ("the migration authority (Migración Colombia) said").
``reconcile.extract.attribution`` finds the verbs and phrases; ``reconcile.extract.speakers``
turns the words read into a claimant's name.
"""
from __future__ import annotations

import re

from reconcile.extract.attr_authorities import authorities_of
from reconcile.extract.attr_names import _BODY_HEADS as _HEADS
from reconcile.extract.attr_names import _FIELD_WORDS
from reconcile.extract.attr_stations import ESTACION_BEFORE, STATION_BEFORE, runs_stations
from reconcile.extract.fields import is_people_of_place, places_in
from reconcile.extract.speakers import (ARTICLES, COLLECTIVE, INNER, ROLES, SERVICE_TO, SPEAKING, TRIGGER, UNNAMED,
                                        WEEKDAYS, WIRE_AGENCIES, Attribution, clean_name, name_text, possessed_body,
                                        tokens)
from reconcile.quantities.lexicon import MONTHS, fold_word

__all__ = ["ADVERB", "DOCUMENT_ADJECTIVE", "SPEAK_FOR", "read_backwards", "read_forwards", "told_in_past"]
# words that end a name read forwards
_FORWARD_STOP = frozenset(
    "that que on in at last this yesterday today ayer hoy este esta en durante to al for por "
    "with con who which quien quienes cual while whilst whereas mientras and y e but pero as como when cuando "
    "after tras before antes since desde there were was had has have is are ha han fue fueron "
    "es son more than mas menos about unos unas around some nearly casi over only just "
    # "figures released by the ministry show", "an AFP tally based on official sources": the name ends
    "show shows showed indicate indicates indicated suggest suggests suggested reveal reveals revealed "
    "based compiled gathered muestran muestra indican indica revelan revela basado basada basados basadas "
    # "informó EFE citando a vecinos": the one who cites, then whom it cites (``attr_relays``)
    "citing quoting citando "
    # a Spanish clause's verb or its reflexive after the name: "según la policía hubo 20 detenidos", "según las
    # autoridades se trata de ...", "las cifras del Gobierno y de los sindicatos se aproximaron"
    "se hubo hay habia habian "
    # the bound of a figure, never a name: "..., Wis., said between 75,000 and 100,000"
    "between entre approximately aproximadamente almost roughly".split())
# words that end a name read backwards
_BACK_STOP = frozenset(
    "that que which who while whilst whereas mientras and y but pero as como when cuando because porque where "
    "donde if si said dijo was were is are had has have ha han had been fue fueron es son "
    "also tambien then luego later despues before after once although though since until antes aunque "
    "in en on at by of de del to a al for por para with con from desde".split())
ADVERB = re.compile(r"(?:ly|mente)$")
#: a conjunction that opens a sentence before its subject, never a name's first word
_OPENING_CONJUNCTIONS = frozenset("and y e but pero".split())
_AUXILIARIES = frozenset(
    "had has have was were is are been would will could also initially later then first "
    "ha han habia habian habria habrian fue fueron tambien luego despues primero".split())


_MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|December|"
                "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|enero|febrero|marzo|abril|mayo|junio|julio|"
                "agosto|septiembre|setiembre|octubre|noviembre|diciembre")
_DAY_NAMES = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lunes|martes|mi[eé]rcoles|jueves|"
              "viernes|s[aá]bado|domingo")
# "the council in 2006 stated", "Police on Sunday said", "la policía el lunes informó": when, between
# the subject and its verb
_WHEN_BEFORE_VERB = re.compile(
    rf"(?:,\s*)?\b(?:(?:in|en)\s+(?:(?:{_MONTH_NAMES})\s+)?\d{{4}}|(?:in|en)\s+(?:{_MONTH_NAMES})|"
    rf"(?:on|el)\s+(?:(?:{_DAY_NAMES})|(?:{_MONTH_NAMES})\s+\d{{1,2}}|\d{{1,2}}\s+(?:de\s+)?(?:{_MONTH_NAMES}))|"
    rf"(?:last|this|el pasado|este|esta)\s+(?:week|month|year|{_DAY_NAMES}|semana|mes|a[nñ]o)|"
    r"yesterday|today|earlier|ayer|hoy)\s*,?\s*$", re.I)


# words of time that open a sentence before its subject ("Anoche la policía informó", "Last week the
# ministry said", "Esta semana el ministerio dijo"): no part of a name (speakers.WEEKDAYS holds the
# days, "yesterday", "today", "ayer", "hoy")
_WHEN_WORDS = frozenset("tonight week weekend month year anoche anteayer semana mes ano".split())


def _after_a_day(toks: list, k: int) -> bool:
    """Whether the word at ``k`` follows a day's number: "6 May", "6 de Mayo"."""
    if k > 0 and toks[k - 1][0][:1].isdigit():
        return True
    return k > 1 and fold_word(toks[k - 1][0]) == "de" and toks[k - 2][0][:1].isdigit()


def _name_end(toks: list, k: int) -> bool:
    """Whether the word at ``k``, of digits and capitals, ends the capitalised name before it: "Coordinadora
    Feminista 8M" (not a day's number: "On 6 May")."""
    return not toks[k][0].isdigit() and toks[k][0][:1].isdigit() and k > 0 and toks[k - 1][0][:1].isupper()


def read_backwards(sentence: str, at: int) -> Attribution | None:
    """The subject just before a verb at ``at``: "the Associated Press reported"; not an adverb
    ("Additionally, said the NDMA": no one before the verb)."""
    found = _read_backwards(sentence, at)
    return None if found is not None and " " not in found.who and _an_adverb(found.who) else found


# what kind of body the name before it is, in brackets before its verb: "(an NGO)", "(una ONG)", "(a rights group)"
_KIND_ASIDE = re.compile(r"\s*\((?:an?|una?)\s+[^()]{1,30}\)\s*$", re.I)
# where the place before it lies, in brackets before the verb: "del estado de Chiapas (sureste) informaron"
_WHERE_ASIDE = re.compile(r"\s*\((?:north|south|east|west|northeast|northwest|southeast|southwest|central|centre|"
                          r"norte|sur|este|oeste|noreste|noroeste|sureste|suroeste|centro)\)\s*$", re.I)


# a body's name the text sets in quotes: "la «Comisión Permanente de Contingencias» (Copeco)", "the “Civil Guard”",
# "the 'Red Crescent'" (capitalised words and the small words between them, not a quoted sentence)
_QUOTED_NAME = re.compile(r"(?P<open>[«“‘\"'])(?P<name>(?-i:[A-ZÁÉÍÓÚÑ])[^\W\d_]*(?:\s+[^\W\d_]+){0,7})"
                          r"(?P<close>[»”’\"'])(?![^\W\d_])")


def _without_name_quotes(sentence: str) -> str:
    """``sentence`` with the quotes around a body's name blanked (offsets kept): a name read backwards goes on past
    its closing mark ("la «Comisión Permanente de Contingencias» informó": the Comisión's)."""
    if not any(mark in sentence for mark in "»”’\"'"):
        return sentence
    for match in _QUOTED_NAME.finditer(sentence):
        words = match.group("name").split()
        if words[-1][:1].isupper() and all(w[:1].isupper() or fold_word(w) in INNER | ARTICLES for w in words) and \
                (match.group("open"), match.group("close")) in _NAME_QUOTES:
            sentence = f"{sentence[:match.start()]} {match.group('name')} {sentence[match.end():]}"
    return sentence


_NAME_QUOTES = frozenset({("«", "»"), ("“", "”"), ("‘", "’"), ('"', '"'), ("'", "'")})


def _read_backwards(sentence: str, at: int) -> Attribution | None:
    sentence = _without_name_quotes(sentence)
    when = _WHEN_BEFORE_VERB.search(sentence, max(0, at - 40), at)
    if when is not None and (when.start() == 0 or when.group().rstrip().endswith(",")):
        when = None                                    # "the mayor, who came on Monday, said": an aside's end
    read_to = when.start() if when is not None else at
    organisers = _ORGANISERS_OF.match(sentence, 0, read_to)
    if organisers is not None:
        # "Organisers of today's demonstration against the visit of President George Bush claimed": the
        # organisers, however long the name of what they organised
        return Attribution(organisers.group(1), organisers.start(1), at, True)
    station = STATION_BEFORE.search(sentence, max(0, read_to - 80), read_to)
    if station is not None and station.start() > 0:
        # "The Indian Meteorological Department (IMD) station in Santacruz recorded": the body that runs it
        # (``attr_stations``); a station named by its place alone is no one's ("The Colaba observatory recorded")
        owner = _read_backwards(sentence, station.start())
        return Attribution(owner.who, owner.start, at, True) if owner is not None and runs_stations(owner.who) else None
    estacion = ESTACION_BEFORE.search(sentence, max(0, read_to - 120), read_to)
    if estacion is not None:
        return Attribution(estacion.group().strip(), estacion.start(), at, True)   # "la estación de AEMET en X"
    aside = _KIND_ASIDE.search(sentence, max(0, read_to - 40), read_to) or \
        _WHERE_ASIDE.search(sentence, max(0, read_to - 40), read_to)
    if aside is not None:
        read_to = aside.start()                        # "the Kassala Medical Network (an NGO) reported": the network
    toks = tokens(sentence, max(0, read_to - 160), read_to)
    if toks and toks[-1][0] == ",":
        commas = [k for k in range(len(toks) - 1) if toks[k][0] == ","]
        known = _known_as(toks[commas[-1] + 1:-1]) if commas else None
        if known:
            # "The National Disaster Service, known as Senapred, said", "conocido como Senapred, informó":
            # the short name, the one the article goes on using
            return Attribution(name_text(sentence, known), known[0][1], at, True)
        if commas and (fold_word(toks[commas[-1] + 1][0]) in _ASIDES
                       or _is_place_name(sentence, toks[commas[-1] + 1:-1])):
            toks = toks[:commas[-1]]                   # "EFE, citando fuentes policiales, informó": EFE
        else:                                          # "police in the capital, Port-au-Prince, said": police
            return _apposition(sentence, toks[:-1], at)
    short = _short_name(toks)
    if short is not None:
        return Attribution(name_text(sentence, short), short[0][1], at, True)
    if len(toks) > 2 and fold_word(toks[-1][0]) in _RELATIVE and toks[-2][0] in (",", "—", "–"):
        # "The ministry, which said last week that 200 had died": the name before the relative clause (or a dash:
        # "the party — which says its tabulations show")
        described = _described_before(sentence, toks[:-1], at)
        if described is not None:
            return described
        return _read_backwards(sentence, toks[-2][1]) if toks[-2][1] > 0 else None
    if len(toks) > 3 and fold_word(toks[-1][0]) in _RELATIVE and toks[-1][0].islower():     # not "the WHO"
        # "Carabineros, institución que aseguró", "the police, a body that said": the name the noun describes
        apposed = next((k for k in range(len(toks) - 2, max(-1, len(toks) - 6), -1) if toks[k][0] == ","), 0)
        if apposed and all(tok.isalpha() and tok.islower() for tok, _, _ in toks[apposed + 1:-1]):
            described = _read_backwards(sentence, toks[apposed][1])
            names = described.who.split() if described is not None else []
            lead = next((k for k, w in enumerate(names) if w[:1].isupper()), 0)
            return Attribution(" ".join(names[lead:]), described.start, at, True) \
                if described is not None and names else None
    if toks and toks[-1][0].islower() and len(toks[-1][0]) > 4 and toks[-1][0].endswith("ed") and \
            fold_word(toks[-1][0]) not in _AUXILIARIES:
        return None                                    # "the army rejected claims that": a verb, not a name
    words: list = []
    for k in range(len(toks) - 1, -1, -1):
        tok, s, e = toks[k]
        low = fold_word(tok)
        if low in ("at", "of", "from", "for", "with", "de", "del") and words and k > 0 and \
                fold_word(toks[k - 1][0]) in SPEAK_FOR and not (
                    # sources speak for a body named after "at" ("Sources at the Kenyatta hospital"), not "sources at
                    # the scene", "sources with knowledge of", "sources from both sides"
                    fold_word(toks[k - 1][0]) == "sources" and (low != "at" or not any(
                        w[0][:1].isupper() or fold_word(w[0]) in SPEAKING | _BODY_OF for w in words))):
            named = clean_name(words, sentence_start=False)
            # "officials at the interior ministry": the body; "organizers for United for Peace": the named
            # coalition (not "Organizers of the Harvest March", "los organizadores de la marcha": the organisers)
            if fold_word(toks[k - 1][0]) not in _ORGANISERS or low in ("for", "from", "with") and named and \
                    named[0][0][:1].isupper():
                return Attribution(name_text(sentence, named), toks[k - 1][1], at, True) if named else None
        if not words and (ADVERB.search(low) or low in _AUXILIARIES) and tok[0].islower():
            continue                                   # "officially reported", "had initially asked for"
        if low in ("in", "en") and words and _is_place_name(sentence, words):
            words.insert(0, (tok, s, e))               # "March organizers in New York claimed"
            continue
        if low in ("in", "en", "at") and words and fold_word(words[0][0]) in ARTICLES and words[0][0].islower():
            words = []                                 # "police in the capital said": where they are, passed over
            continue
        if low in ("y", "e") and words and k >= 3 and fold_word(toks[k - 2][0]) in ("de", "del") and \
                fold_word(toks[k - 3][0]) in _BODY_OF and toks[k - 1][0].isalpha() and toks[k - 1][0].islower() \
                and words[0][0].islower() and fold_word(words[0][0]) not in ARTICLES | {"de", "del"}:
            words.insert(0, (tok, s, e))               # "los colegios de médicos y enfermeras hondureños": one body
            continue
        if low in _OPENING_CONJUNCTIONS and not sentence[:s].strip():
            break                                      # "Y la OIM calcula", "And the UN said": no part of the name
        if low in ("y", "e", "and") and len(words) > 1 and words[0][0].islower() and \
                fold_word(words[0][0]) in ARTICLES and words[1][0][:1].isupper() and any(
                    w[:1].isupper() and fold_word(w) in _HEADS for w, _, _ in words[1:]):
            # "el Ministerio de Seguridad Pública y el Servicio Nacional de Migración detalla": two bodies, the one
            # by the verb read whole (the nine words had cut the first into "Seguridad Pública y el Servicio ...")
            break
        if tok == "Al" and words and words[0][0][:1].isupper():
            words.insert(0, (tok, s, e))               # "Al Jazeera reported": the name's article, not "a el"
            continue
        if not tok[0].isalpha() and tok not in ("&",) and not _name_end(toks, k) or \
                low in _BACK_STOP and not _acronym(tok) and not (
                low in INNER and words and (words[0][0][0].isupper() or low in ("of", "de", "del") or (
                    # "Office for the Coordination of ...": "for" before an article before a capital
                    fold_word(words[0][0]) in ARTICLES and len(words) > 1 and words[1][0][:1].isupper()))):
            break
        if tok[0].isdigit() and not _name_end(toks, k) or (low in MONTHS and _after_a_day(toks, k)) or \
                low in WEEKDAYS or (
                low in _WHEN_WORDS and (tok.islower() or k == 0)):
            break                                      # "On 6 May rescuers found", "On Monday police said",
            #                                            "Ayer la policía dijo", "Last week the ministry said"
        words.insert(0, (tok, s, e))
        # (a role's long phrase is read whole when the ninth word cuts it after its "of": "the head of the
        # regional emergency management office in Kerala told", not "regional emergency management office ...")
        if len(words) >= 9 and not (len(words) < 13 and (tok.islower() and (
                fold_word(tok) in INNER | ARTICLES or fold_word(words[1][0]) in _OF_BODY)
                or tok[:1].isupper())):
            break
    words = [w for w in words]
    # a lowercase run before the name is not part of it: keep from the first article or capital
    # (or a body that speaks for itself: "police estimated", "organizadores calcularon")
    first = next((k for k, w in enumerate(words) if w[0][0].isupper() or fold_word(w[0]) in ARTICLES
                  or fold_word(w[0]) in COLLECTIVE or is_people_of_place(w[0])), None)
    if first is not None and words[first][0].islower() and fold_word(words[first][0]) not in ARTICLES:
        # "the toll of 61 civilians the Varnian government said": a noun, then an article opening the subject of a
        # relative clause with no "that"; the subject is from that article (a name holds no article after a noun
        # without its "of", "de", "for")
        first = next((k for k in range(len(words) - 2, first, -1) if words[k][0] in ("the", "el", "la", "los", "las")
                      and words[k - 1][0].isalpha() and words[k - 1][0].islower()
                      and fold_word(words[k - 1][0]) not in INNER | ARTICLES | _AUXILIARIES), first)
    if first is None and len(words) >= 2 and possessed_body(f"{words[-2][0]} {words[-1][0]}"):
        first = len(words) - 2                         # "..., his party said": whose party, read against the article
    if first is None and len(words) == 1 and fold_word(words[0][0]) in SPEAKING and \
            sentence[:words[0][1]].rstrip().endswith(","):
        first = 0                                      # "At the time, government estimated that 60 000"
    if first is None and len(words) >= 2 and fold_word(words[-1][0]) in SPEAK_FOR:
        # "fire service officials said", "health ministry officials said": the officials of the body
        # the nouns before them name (Spanish names it after them: "funcionarios de Salud dijeron")
        body = next((k for k in range(max(0, len(words) - 4), len(words) - 1)
                     if fold_word(words[k][0]) in SPEAKING), None)
        first = None if body is None else max(0, len(words) - 4, body - 1)
        if body is not None and first is not None and first < body and \
                fold_word(words[first][0]) in _RANKS_OF_OFFICIALS:
            first = body                               # "a senior government official": the government's
        if body is None and fold_word(words[-2][0]) in _FIELDS_OF_OFFICIALS:
            # "Tsvangirai won 47.9 percent, election officials said": officials named by the field they serve, a
            # body the text leaves unnamed (not "officials" alone, the publication's word; nor the one named before)
            first = len(words) - 2
    if first is not None and fold_word(words[first][0]) == "authorities" and words[first][0].islower() and \
            first >= 2 and all(w[0].islower() and w[0].isalpha() for w in words[first - 2:first]) and \
            fold_word(words[first - 1][0]) in SPEAKING and fold_word(words[first - 2][0]) not in ARTICLES:
        first -= 2                                     # "civil defense authorities said": the civil defense
    elif first is not None and fold_word(words[first][0]) in COLLECTIVE and words[first][0].islower():
        # "human rights groups estimated", "opposition sources claimed": the nouns before an English
        # collective name which ones (Spanish names them after it: "organizaciones de derechos humanos")
        while first > 0 and words[first - 1][0].islower() and words[first - 1][0].isalpha() and \
                fold_word(words[first - 1][0]) not in ARTICLES | _AUXILIARIES and \
                not ADVERB.search(fold_word(words[first - 1][0])) and first > len(words) - 4:
            first -= 1
    if first is None:
        return None
    if first > 0 and fold_word(words[first - 1][0]) in ("in", "en") and _is_place_name(sentence, words[first:]) and (
            first > 1 or _AFTER_RELATIVE.search(sentence, 0, words[0][1])):
        if first > 1 and fold_word(words[first - 2][0]) in UNNAMED:
            # "..., officials in Lagos said": the officials of that place (``attr_authorities``), not where was said
            return authorities_of(sentence, Attribution(name_text(sentence, words[first - 2:]), words[first - 2][1],
                                                        at, True))
        # "el PP, ..., que solo en Madrid aseguró", "que en Madrid aseguró": where it was said, not who; the subject
        # is before it (not "the USGS (USGS) in Colorado said": the body read across its acronym)
        return _read_backwards(sentence, words[0][1]) if words[0][1] > 0 else None
    words = _past_the_figures(clean_name(words[first:], sentence_start=words[first][1] == 0
                                         or not sentence[:words[first][1]].strip()
                                         or _DATELINE.fullmatch(sentence, 0, words[first][1]) is not None))
    if not words:
        return None
    words = _past_where_served(sentence, toks, words)
    return Attribution(name_text(sentence, words), words[0][1], at, True)


def _past_where_served(sentence: str, toks, words: list) -> list:
    """"UNHCR's designated public information focal person in Bangladesh Joseph Tripura said" (N6 D10): the read
    stops at "in", and the place where the role serves runs into its holder's name; the holder is the claimant."""
    before = [t for t in toks if t[2] <= words[0][1]]
    if len(words) < 3 or not before or fold_word(before[-1][0]) not in ("in", "en"):
        return words
    for cut in range(1, len(words) - 1):
        if _is_place_name(sentence, words[:cut]) and 2 <= len(words) - cut <= 4 and \
                all(w[0][:1].isupper() and w[0].isalpha() for w in words[cut:]) and \
                not places_in(name_text(sentence, words[cut:])) and \
                not any(fold_word(w[0]) in _HEADS for w in words[cut:]):
            # a holder's name, no body's ("Officials in Hawaii County Civil Defense Agency said": the whole name)
            return words[cut:]
    return words


_AFTER_RELATIVE = re.compile(r"(?:\b(?:que|which|who|quien|quienes)|,)\s*$", re.I)


def _described_before(sentence: str, toks, at: int) -> Attribution | None:
    """The name before a description between commas that a relative clause follows: "el PP, organizador de la
    mayor parte de las concentraciones, que aseguró" -> "PP" (``toks`` end with the comma before the relative);
    None when no such description (one in lower case, opening with no article) stands there."""
    comma = next((k for k in range(len(toks) - 2, max(-1, len(toks) - 14), -1) if toks[k][0] == ","), None)
    if not comma or comma + 1 >= len(toks) - 1:
        return None
    between = toks[comma + 1:-1]
    if not all(tok.isalpha() and tok.islower() for tok, _, _ in between) or fold_word(between[0][0]) in ARTICLES:
        return None
    found = _read_backwards(sentence, toks[comma][1])
    return Attribution(found.who, found.start, at, True) if found is not None and found.who[:1].isupper() else None


def _an_adverb(word: str) -> bool:
    """"Additionally", "Posteriormente": an adverb, no name (not "Italy", "Kelly")."""
    low = fold_word(word)
    return low.endswith("mente") and len(low) > 6 or low in _ADVERBS_AFTER


# the figures a body gives, named before it: "Later estimates by the United Nations raised",
# "Estimaciones posteriores de las Naciones Unidas elevaron", "Nuevas cifras del Ministerio"
_FIGURES = frozenset("estimates estimate figures figure data statistics count tally report reports "
                     "estimaciones estimacion cifras cifra datos estadisticas recuento balance informe "
                     "informes".split())


_DATA_ADJECTIVES = frozenset("official oficial oficiales latest new nuevas nuevos ultimas ultimos".split())


def _past_the_figures(words: list) -> list:
    """A name read backwards that opens with the figures a body gives is the body: "Later estimates
    by the United Nations" -> "United Nations", "Las últimas cifras del Ministerio de Salud" ->
    "Ministerio de Salud" (the figures and their adjectives go; "official figures" alone stays,
    the government's: ``attr_official``)."""
    for k, (tok, _, _) in enumerate(words[:4]):
        if fold_word(tok) not in _FIGURES:
            continue
        for j in range(k + 1, min(k + 3, len(words) - 1)):
            if fold_word(words[j][0]) in ("of", "by", "from", "de", "del"):
                rest = clean_name(words[j + 1:], sentence_start=False)
                # a name, or a body's noun ("El informe de la comisión enumeró"), not "cifras de víctimas"
                return rest if rest and (rest[0][0][:1].isupper() or fold_word(rest[0][0]) in SPEAKING) else words
        return words
    return words


_KNOWN_AS = (("known", "as"), ("also", "known", "as"), ("conocido", "como"), ("conocida", "como"),
             ("llamado",), ("llamada",), ("called",))


def _known_as(toks) -> list | None:
    """The name an aside gives a body by: "known as Senapred", "conocida como Conred"."""
    words = [fold_word(t[0]) for t in toks]
    for opening in _KNOWN_AS:
        n = len(opening)
        name = toks[n + 1:] if len(toks) > n + 1 and words[n] in ARTICLES else toks[n:]
        if tuple(words[:n]) == opening and 0 < len(name) <= 5 and name[0][0][:1].isupper() and all(
                t[0][:1].isupper() or fold_word(t[0]) in INNER for t in name):
            return list(name)
    return None


def _acronym(tok: str) -> bool:
    """"the WHO said", "según la OMS": an acronym that spells a stop word is a name."""
    return len(tok) > 1 and tok.isalpha() and tok.isupper()


def _short_name(toks) -> list | None:
    """"the Colombian migration authority (Migración Colombia) said": the name in brackets, the
    one the article goes on using (the long one is its alias: ``extract.project``)."""
    if len(toks) < 4 or toks[-1][0] != ")":
        return None
    opening = next((k for k in range(len(toks) - 2, max(-1, len(toks) - 9), -1) if toks[k][0] == "("), None)
    if not opening:
        return None                                    # none, or the bracket opens the sentence
    inner = toks[opening + 1:-1]
    if not inner or not inner[0][0][:1].isupper() or not all(t[0][:1].isalpha() for t in inner) \
            or not toks[opening - 1][0][:1].isalpha():
        return None
    return inner


_RELATIVE = frozenset("which who que quien quienes".split())


# the ones who speak for a body named after them: "officials at the ministry", "a spokesman for the army"
SPEAK_FOR = frozenset("officials official spokesman spokeswoman spokesperson representatives representative "
                       "staff funcionarios funcionario portavoces portavoz representantes "
                       # "Sources at the Kenyatta hospital told Reuters": the hospital
                       "sources "
                       # "Organizers for United for Peace and Justice estimated": the coalition that called it
                       "organizers organisers organizadores".split())
_ORGANISERS = frozenset("organizers organisers organizadores".split())
#: what officials serve, that names them as a body's: "election officials", "health officials", "customs officials"
_FIELDS_OF_OFFICIALS = _FIELD_WORDS | frozenset("election elections electoral immigration customs border prison "
                                                "prisons hospital school schools".split())
# the organisers of a named thing, opening the sentence, up to the verb: no comma, quote or figure between
# (a list of places may hold commas: "Organizers of marches in Seattle, Denver and Portland all claimed")
_ORGANISERS_OF = re.compile(r"(?:(?:The|Los|Las)\s+)?((?i:organi[sz]ers|organizadores))\s+(?:of|de|del)\s+"
                            r"(?:[^,;:\"“”«»\d]|,(?=\s+[A-ZÁÉÍÓÚÑ][\w.-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.-]*)*"
                            r"(?:,|\s+(?:and|y|e)\s)))"
                            r"{3,160}?\s*$")


# an aside between commas after the subject, passed over: "citing police sources", "según su web"
_ASIDES = frozenset("citing quoting citando segun according speaking talking writing testifying hablando in en "
                    "via who which whose que quien quienes cuyo cuya "
                    # "Los organizadores, por su parte, hablaron de", "The army, however, said"
                    "por however meanwhile though sin asimismo ademas tambien also".split())


def _is_place_name(sentence: str, words) -> bool:
    """Whether the words read so far are one place's name alone ("New York")."""
    name = name_text(sentence, words)
    if _STATE_ABBREVIATION.fullmatch(name):
        return True                                    # "Police in Madison, Wis., said": the state, AP style
    found = places_in(name)
    if len(found) == 1 and found[0][1] == name:
        return True
    # a part of a place, by its kind: "Basra's Ashar district", "Sadr City suburb"
    return bool(found) and found[0][2] == 0 and _PART_OF_PLACE.fullmatch(name) is not None


# a US state as AP style abbreviates it after a town: "Madison, Wis.", "Eureka, Calif.", "Austin, Texas"
_STATE_ABBREVIATION = re.compile(
    r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|"
    r"N\.\s?H|N\.\s?J|N\.\s?M|N\.\s?Y|N\.\s?C|N\.\s?D|Okla|Ore|Pa|R\.\s?I|S\.\s?C|S\.\s?D|Tenn|Vt|Va|Wash|"
    r"W\.\s?Va|Wis|Wyo)\.")
_PART_OF_PLACE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w'’.-]*){0,4}\s+"
                            r"(?:district|suburb|province|region|area|neighbou?rhood|quarter|county|township|governorate)")


def _apposition(sentence: str, toks, at: int) -> Attribution | None:
    """"Venezuela's defense minister, Vladimir Padrino López, said": the name between commas."""
    words: list = []
    for k in range(len(toks) - 1, -1, -1):
        tok, s, e = toks[k]
        if tok == ",":
            break
        if tok in _CLOSING_QUOTES and k + 1 < len(toks) - 1 and len(words) >= 2 and \
                all(w[0][:1].isupper() or _ARABIC_PARTICLE.match(w[0]) for w in words):
            break                                      # '"...," Dr Ahmed Jassim Rubaie, told AFP': the speaker
        if not (tok[0].isalpha() and (tok[0].isupper() or fold_word(tok) in INNER or _ARABIC_PARTICLE.match(tok))):
            return _described(sentence, toks, at)
        words.insert(0, (tok, s, e))
        if len(words) > 10:                            # "El Sindicato Nacional de Trabajadores Mineros y
            return None                                # Metalúrgicos, expresó": a body's long name
    if words and fold_word(words[0][0]) in _OF_BODY:
        return _described(sentence, toks, at)         # "Juan Soto, del Ministerio de Salud, dijo": Juan Soto
    if len(words) > 1 and fold_word(words[0][0]) in ARTICLES and not sentence[:words[0][1]].strip():
        words = words[1:]                              # "El Sindicato Nacional ..., expresó": the body's name
    words = clean_name(words, sentence_start=False)
    return Attribution(name_text(sentence, words), words[0][1], at, True) if words else None


_OF_BODY = frozenset({"of", "from", "de", "del"})
# the rank of an official before the body's noun, no part of the body's name: "a senior government official"
_RANKS_OF_OFFICIALS = frozenset("senior top high-ranking high-level junior chief leading".split())
# a body's noun before what it is of: "los colegios de médicos y enfermeras", "the hospital"
_BODY_OF = frozenset("colegio colegios comite comites sindicato sindicatos asociacion asociaciones federacion "
                     "federaciones organizacion organizaciones gremio gremios consejo confederacion colectivo "
                     "colectivos camara union ministerio secretaria direccion instituto hospital hospitals directorate "
                     "ministry department office agency".split())
# a surname that opens with its article, in lower case: "al-Rubaie", "el-Sisi", "ad-Din"
_ARABIC_PARTICLE = re.compile(r"(?:al|el|ad|as|ar|an|at|az|ash|ul)-[A-Z]")
_CLOSING_QUOTES = frozenset({'"', "”", "»"})


def _described(sentence: str, toks, at: int) -> Attribution | None:
    """"Ban Ki-moon, the U.N. secretary-general, said": a description between commas (an article
    or a role in it) after the name; the name is the capitalised run before the first comma."""
    commas = [k for k, (tok, _, _) in enumerate(toks) if tok == ","]
    if not commas:
        return None
    inner = [fold_word(tok) for tok, _, _ in toks[commas[-1] + 1:]]
    if not inner or not (inner[0] in ARTICLES | _OF_BODY or any(w in ROLES for w in inner)) or len(inner) > 16:
        return None
    named = toks[:commas[-1]]
    if len(named) > 3 and named[-1][0] == ")" and named[-3][0] == "(" and named[-2][0].isupper():
        named = named[:-3]                             # "The Civil Human Rights Front (CHRF), a platform..."
    words: list = []
    for tok, s, e in reversed(named):
        if not (tok[:1].isupper() or _ARABIC_PARTICLE.match(tok) or fold_word(tok) in INNER and words) \
                or len(words) >= 5:
            break
        words.insert(0, (tok, s, e))
    where = len(named) - len(words) - 1
    if words and where > 0 and fold_word(named[where][0]) in _LOCATIVE and _is_place_name(sentence, words):
        # "X, a spokesperson, in a statement issued in Kampala, the capital of Uganda, said": the place is
        # where it was said, and its description an aside; the speaker is named before them
        comma = next((k for k in range(where - 1, -1, -1) if named[k][0] == ","), None)
        if not comma:
            return None
        found = _read_backwards(sentence, named[comma][1])
        if found is None or not found.who or found.who[:1].islower() and found.who.split()[0] not in ARTICLES:
            found = _described(sentence, named[:comma], at)   # "X, a spokesperson for the ministry on Monday,"
        return Attribution(found.who, found.start, at, True) if found is not None and found.who else None
    # (its capitalised run is a time: "In an update released on Friday, the ministry ..., said")
    if named and (not words or words[0] == named[0] or fold_word(words[0][0]) in _FRONTED) and \
            not sentence[:named[0][1]].strip() and fold_word(named[0][0]) in _FRONTED:
        # "In a disaster update released on March 6, the ministry in charge of emergency management, said": the
        # clause before the first comma is when or where; the words between the commas are the subject
        subject = clean_name(list(toks[commas[-1] + 1:]), sentence_start=False)
        if subject and fold_word(toks[commas[-1] + 1][0]) in ARTICLES and \
                any(fold_word(w[0]) in _BODY_OF | ROLES for w in subject):
            return Attribution(name_text(sentence, subject), subject[0][1], at, True)
    words = clean_name(words, sentence_start=True)
    return Attribution(name_text(sentence, words), words[0][1], at, True) if words else None


_LOCATIVE = frozenset("in at near from en desde".split())
# the words that open a clause of when or where before a sentence's subject: "In a statement on Monday, ..."
_FRONTED = frozenset("in on at after during en tras durante".split())


# a document, then its owner: "según la información publicada hoy por el Ministerio de Sanidad", "según la
# información de 'Times of India'", "según el último balance provisional que ha ofrecido Protección Civil",
# "according to figures released on Monday by the ministry": the owner states the figure
# what a document's data are, after its noun, as Spanish writes them: "los datos más recientes del Ministerio", "el
# boletín epidemiológico de la Secretaría", "el reporte diario de Copeco", "las cifras actualizadas de Salud" (an
# adjective's ending, not what the data count: "las cifras de muertos de Lima")
DOCUMENT_ADJECTIVE = (r"m[aá]s\s+recientes?|recientes?|diari[oa]s?|semanal(?:es)?|mensual(?:es)?|"
                      r"epidemiol[oó]gic[oa]s?|estad[ií]stic[oa]s?|t[eé]cnic[oa]s?|definitiv[oa]s?|"
                      r"actualizad[oa]s|consolidad[oa]s|acumulad[oa]s")
_DOCUMENT_BY = re.compile(
    # "según lo indicado por el Minsal", "de acuerdo a lo informado por": what the owner said
    r"\s*(?:lo\s+(?:indicado|informado|se[nñ]alado|dicho|reportado|publicado|expuesto|comunicado|declarado)\s+"
    r"por\s+|"
    # "según se desprende de los datos ... publicados por": the data the figure is read from
    r"(?:se\s+(?:desprende|extrae|deduce)\s+(?:de\s+|(?=del\s)))?"
    r"(?:(?:el|la|los|las|un|una|su|sus|the|a|an|its|their|del)\s+)?"
    r"(?:(?:[uú]ltim[oa]s?|nuev[oa]s?|primer[oa]?|latest|last|new|first)\s+)?"
    r"(?:informaci[oó]n|balance|datos|dato|cifras|cifra|estimaciones|estimaci[oó]n|recuento|informe|reporte|conteo|"
    r"c[oó]mputo|c[aá]lculo|bolet[ií]n|bulletin|"
    r"estad[ií]sticas|comunicado|actualizaci[oó]n|information|figures|data|estimates|count|tally|report|statement|"
    r"update)"
    r"(?:\s+(?:oficial(?:es)?|provisional(?:es)?|preliminar(?:es)?|parcial(?:es)?|official|provisional|"
    r"preliminary|latest|" + DOCUMENT_ADJECTIVE + r"))*\s+"
    r"(?:(?:de|del|of|from)\s+(?=[\"'«“‘]?(?:(?:el|la|los|las|the)\s+)?(?-i:[A-ZÁÉÍÓÚÑ]))|"
    # (after what the data are of: "los datos de seguimiento a las 16 horas publicados por")
    r"(?:(?:de|del|a|en)\s+(?:[a-záéíóúñ]+\s+|\d{1,2}\s+){1,6}?)?"
    r"(?:publicad|difundid|ofrecid|facilitad|entregad|proporcionad|elaborad|emitid|presentad|actualizad|recopilad|"
    r"recabad|compilad|efectuad|realizad)[oa]s?\s+"
    r"(?:(?:hoy|ayer|este|esta|el|la)\s+(?:\w+\s+)?)?por\s+|"
    r"(?:released|published|provided|issued|given)\s+(?:(?:on|this|yesterday|today)\s+(?:\w+\s+)?)?by\s+|"
    r"que\s+(?:ha|han|hab[ií]a|hab[ií]an)\s+(?:ofrecido|facilitado|publicado|difundido|dado|presentado|entregado|"
    r"emitido)\s+(?=(?:(?:el|la|los|las)\s+)?(?-i:[A-ZÁÉÍÓÚÑ]))))"
    r"[\"'«“‘]?", re.I)


# a dateline before the sentence's first word: "MÉXICO.— La Secretaría", "LIMA (EFE).- El Ministerio"
_DATELINE = re.compile(r"\s*(?-i:[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .,'’/-]*)(?:\s*\([^()]{1,30}\))?\s*(?:\.?\s*[—–-]+|:)\s*")


def read_forwards(sentence: str, at: int) -> Attribution | None:
    """The name just after a verb or phrase ending at ``at``: "according to the U.N. agency"; the
    owner of a document named there ("según la información publicada hoy por el Ministerio")."""
    document = _DOCUMENT_BY.match(sentence, at)
    if document is not None and document.end() < len(sentence):
        owner = read_forwards(sentence, document.end())
        if owner is not None:
            return Attribution(owner.who.strip("\"'«»“”‘’"), at, owner.end, False)
    toks = tokens(sentence, at, min(len(sentence), at + 160))
    # "según ha informado este jueves el Ministerio", "según han informado fuentes de": the verb's
    # perfect passed over, then the day
    perfect = len(toks) > 3 and fold_word(toks[0][0]) in _HAVE and _SAID_PARTICIPLE.fullmatch(fold_word(toks[1][0]))
    if perfect:
        toks = toks[2:]
        while len(toks) > 2 and (fold_word(toks[0][0]) in _DAY_WORDS and fold_word(toks[1][0]) in WEEKDAYS
                                 or fold_word(toks[0][0]) in ("hoy", "ayer", "today", "yesterday")):
            toks = toks[2:] if fold_word(toks[0][0]) in _DAY_WORDS else toks[1:]
    # "según le dijo la Policía a este diario", "según nos informó el alcalde": the listener's pronoun passed over
    if len(toks) > 2 and fold_word(toks[0][0]) in _CLITICS and _said(toks[1][0]):
        toks = toks[1:]
    # "según informó este martes Laura Velázquez", "dijo el lunes el ministro": the day passed over
    verb = TRIGGER.fullmatch(toks[0][0]) if toks else None
    if verb is not None and verb.group("verb") and (len(toks) == 1 or toks[1][0] in ",.;:)»”\"—–"):
        return None                                    # "según dicen, 30 casas": said by no one named
    if verb is not None and verb.group("verb") and len(toks) > 1 and fold_word(toks[1][0]) in _ABOUT:
        return None                                    # "informó del desastre", "reported on the floods": what, not who
    if toks and toks[0][0].lower() == "se":
        return None                                    # "Según se pudo establecer", "según se informó": no one
    if len(toks) > 1 and fold_word(toks[0][0]) in _ABOUT and toks[1][0].islower() and \
            fold_word(toks[1][0]) not in ARTICLES:
        return None                                    # "..., Jorge Rivas, informó del desastre": what he told of
    if verb is not None and verb.group("verb") and len(toks) > 3 and (
            fold_word(toks[1][0]) in WEEKDAYS or fold_word(toks[1][0]) in _DAY_WORDS
            and fold_word(toks[2][0]) in WEEKDAYS):
        toks = toks[1:]
    while len(toks) > 2 and fold_word(toks[0][0]) in _DAY_WORDS and fold_word(toks[1][0]) in WEEKDAYS:
        toks = toks[2:]
    while toks and fold_word(toks[0][0]) in WEEKDAYS:
        toks = toks[1:]
        # "el reporte oficial del lunes pasado": the day's word after it is no name either
        while toks and fold_word(toks[0][0]) in _AFTER_A_WEEKDAY:
            toks = toks[1:]
    if len(toks) > 1 and fold_word(toks[0][0]) == "lo" and _PARTICIPLE.search(fold_word(toks[1][0])):
        return None                                    # "según lo previsto en el plan": no one, what was agreed
    # "informó en Twitter el titular de...", "said in a statement the ministry": a short
    # prepositional phrase before the name is passed over
    if verb is not None and verb.group("verb") and len(toks) > 2 and fold_word(toks[1][0]) in _LISTENER | _ASIDE \
            and _aside(toks[1:]):
        # "según informan a Europa Press fuentes policiales", "según informó en Twitter Salvamento Marítimo"
        toks = toks[1:]
    if toks and _aside(toks):
        toks = _after_aside(toks)
    words: list = []
    quoted = unquoted = False
    for k, (tok, s, e) in enumerate(toks):
        low = fold_word(tok)
        if tok in _OPENING_QUOTES and all(fold_word(w[0]) in ARTICLES for w in words) and not quoted and \
                _quoted_name(toks[k + 1:]):
            quoted = unquoted = True                   # "por la «Comisión Permanente de Contingencias» (Copeco)"
            continue
        if quoted and tok in _CLOSING_QUOTES and words:
            quoted = False                             # the name's own quotes closed: it goes on to its acronym
            continue
        if not words and tok.islower() and _an_adverb(tok):
            continue                                   # "afirmó anteriormente que", "said additionally": no name
        if not words and low in ARTICLES:
            words.append((tok, s, e))
            continue
        if tok.isdigit() and len(tok) == 4 and words and fold_word(words[-1][0]) in ("de", "of") and any(
                fold_word(w[0]) in _DOCUMENTS for w in words):
            if k + 2 < len(toks) and fold_word(toks[k + 1][0]) in ("de", "del", "of", "by") and (
                    toks[k + 2][0][:1].isupper() or fold_word(toks[k + 2][0]) in ARTICLES):
                # "según un estudio de 2005 de la Universidad de Lagos", "a 2005 study by": its author
                author = read_forwards(sentence, toks[k + 1][2])
                if author is not None:
                    return Attribution(author.who, at, author.end, False)
            words.append((tok, s, e))                  # "según el censo de 2010": the census of that year
            break
        if tok == "," and (listed := _listed_fields(toks, k, words)):
            words.extend(listed)                       # "Ministerio de Ganadería, Agricultura y Pesca"
            break
        if tok.isdigit() and len(tok) <= 3 and words and words[-1][0][:1].isupper() and \
                (k + 1 == len(toks) or toks[k + 1][0] in (",", ".", ";", ")")):
            words.append((tok, s, e))                  # "according to Channel 24,", "según Canal 13.": its name
            break
        if _name_end(toks, k) and words:
            words.append((tok, s, e))                  # "según la Coordinadora Feminista 8M": its name
            break
        if not tok[0].isalpha() or tok[0].isdigit():
            break
        following = toks[k + 1][0] if k + 1 < len(toks) else ""
        # "Delegación del Gobierno en Cataluña": a capitalised name goes on through "en"
        in_name = low in ("en", "in", "se") and words and words[-1][0][:1].isupper() and following[:1].isupper() \
            and (low == "se" or _seated(words))
        if low in ("by", "por") and words and _PUBLISHED.fullmatch(fold_word(words[-1][0])):
            words.append((tok, s, e))                  # "según cifras publicadas por el Ministerio": read on
            continue
        if tok.islower() and _RELAYING.fullmatch(low) and any(fold_word(w[0]) not in ARTICLES for w in words) \
                and not all(fold_word(w[0]) in ARTICLES | _FIGURES | _DATA_ADJECTIVES for w in words):
            # "según los estudios forenses recogidos por la sentencia", "according to studies cited by
            # the court": the studies speak, the one who cites them relays (not "cifras citadas por el
            # Ministerio": figures state nothing by themselves)
            break
        if tok == "a" and words and words[-1][0][:1].isupper() and fold_word(words[-1][0]) in SERVICE_TO and \
                following[:1].isupper():
            words.append((tok, s, e))                  # "Comisión Mexicana de Ayuda a Refugiados": one name
            continue
        if tok == "a" and words and fold_word(words[-1][0]) not in ARTICLES | INNER and \
                (following[:1].isupper() or fold_word(following) in ARTICLES):
            break                                      # "según una carta del ministerio a la ONU": the addressee
        if low in ("by", "por") and len(words) > 2 and _befell(words[-1][0]):
            # "said the governor of the province hit by the floods, Ana Ruiz": what befell the place ends the role
            words = words[:-2] if fold_word(words[-2][0]) in _HOW_BADLY else words[:-1]
            break
        arabic = tok == "Al" and following[:1].isupper()      # "la cadena Al Jazeera": a name's article
        if low in _FORWARD_STOP and not in_name and not _acronym(tok) and not arabic and not (
                low in INNER and words and fold_word(words[-1][0]) not in ARTICLES):
            break
        if low in WEEKDAYS or _a_verb_after_name(tok, words):
            break
        if low in _NEW_PHRASE and words and words[-1][0].islower() and fold_word(words[-1][0]) not in _JOINING and \
                sum(fold_word(w[0]) not in ARTICLES for w in words) >= 2 and not any(_said(w[0]) for w in words):
            break                                      # "según las fuentes oficiales marroquíes el balance fue"
        words.append((tok, s, e))
        if len(words) >= 12:
            break
    words = _given_by(clean_name(words, sentence_start=False))
    if not words:
        return None
    who = name_text(sentence, words)
    return Attribution(re.sub(r"\s*[«»“”\"]\s*", " ", who).strip() if unquoted else who, at, words[-1][2], False)


# the quotes a text sets a body's name in: "la «Comisión Permanente de Contingencias»", "the “Civil Guard”"
_OPENING_QUOTES = frozenset("« “ \"".split())
# (and the closing ones, ``_CLOSING_QUOTES``, the same set as above)


def _quoted_name(toks) -> bool:
    """Whether the words after an opening quote are a name the quotes close: capitalised words and the small words
    between them ("«Comisión Permanente de Contingencias»"), not a quoted sentence ("said “We have 300 dead”")."""
    close = next((k for k, tok in enumerate(toks[:9]) if tok[0] in _CLOSING_QUOTES), None)
    return close is not None and close > 0 and toks[0][0][:1].isupper() and toks[close - 1][0][:1].isupper() and all(
        tok[:1].isupper() or fold_word(tok) in INNER | ARTICLES for tok, _, _ in toks[:close])


def _given_by(words: list) -> list:
    """A name read forwards that is a figure given by someone is that one: "(según) cifra comunicada por los Bomberos
    Municipales" -> "Bomberos Municipales", "cifras facilitadas por la Cruz Roja" (``words`` otherwise)."""
    low = [fold_word(w[0]) for w in words]
    k = 1 if low[:1] and low[0] in ARTICLES else 0
    if len(low) > k + 3 and low[k] in _FIGURES and _PUBLISHED.fullmatch(low[k + 1]) and low[k + 2] in ("por", "by"):
        rest = words[k + 3:]
        rest = rest[1:] if fold_word(rest[0][0]) in ARTICLES and len(rest) > 1 else rest
        if rest[0][0][:1].isupper() or fold_word(rest[0][0]) in SPEAKING:
            return rest
    return words


# what befell a place, after its noun: "the province hit by", "la provincia afectada por", "the town worst hit by"
_BEFELL = re.compile(r"hit|struck|(?:[a-z]+ed)|(?:[a-záéíóúñ]+(?:ad|id)[oa]s?)")
_HOW_BADLY = frozenset("worst hardest most badly severely mas".split())


def _befell(word: str) -> bool:
    return word.islower() and _BEFELL.fullmatch(word) is not None and fold_word(word) not in _NOT_BEFELL


# participles of a body's name before "by"/"por": "led by", "run by" stay the body's ("the coalition led by X")
_NOT_BEFELL = frozenset("led run owned backed funded supported formed founded headed chaired presided presidida "
                        "dirigida dirigido encabezada encabezado liderada liderado".split())


def _a_verb_after_name(tok: str, words: list) -> bool:
    """Whether a lower-case word after a name is its verb, which ends the name: a Spanish
    preterite ("un informe de Human Rights Watch documentó 96", "según fuentes de la policía
    murieron 40"), or an English past after a name of capitalised words only ("a report by Human
    Rights Watch documented 96"; not "the armed forces")."""
    if not words or not tok.islower() or len(tok) < 4:
        return False
    if tok.endswith(("ó", "aron", "ieron")):        # "según fuentes de la policía murieron 40"
        return True
    if not (words[-1][0][:1].isupper() and all(w[0][:1].isupper() or fold_word(w[0]) in ARTICLES | INNER
                                               for w in words)):
        return False
    # a Spanish verb in the plural after the name, its subject the data before it: "los datos de AEMET evidencian",
    # "las cifras de la ONU reflejan" (not "spokesman", "children", "women": a name's English nouns)
    plural = len(tok) >= 6 and fold_word(tok).endswith(("an", "en")) and not tok.endswith(("man", "men", "ren"))
    return plural or tok.endswith("ed")


def _listed_fields(toks, comma: int, words: list) -> list:
    """The fields a body's name lists after its first, one capitalised word each, the last after
    "y"/"and": "Ministerio de Ganadería, Agricultura y Pesca", "Ministry of Agriculture, Livestock
    and Fisheries" (the tokens from the comma on), or [] when no such list follows."""
    if len(words) < 3 or not words[-1][0][:1].isupper() or fold_word(words[-2][0]) not in ("de", "of", "del") or \
            not words[0][0][:1].isupper() and fold_word(words[0][0]) not in ARTICLES:
        return []
    k = comma
    out = []
    while k + 1 < len(toks) and toks[k][0] == "," and toks[k + 1][0][:1].isupper() and toks[k + 1][0].isalpha():
        out.extend(toks[k:k + 2])
        k += 2
    if out and k + 1 < len(toks) and fold_word(toks[k][0]) in ("y", "e", "and") and toks[k + 1][0][:1].isupper() \
            and toks[k + 1][0].isalpha() and (k + 2 >= len(toks) or not toks[k + 2][0][:1].isupper()):
        return out + list(toks[k:k + 2])
    return []


# an article that opens the clause after a name ending in a lower-case word, and the words after which it goes on
_NEW_PHRASE = frozenset("el la los las".split())
_JOINING = frozenset("de del y e a en para contra sobre con entre por".split())
_DAY_WORDS = frozenset({"este", "esta", "el", "on", "this", "last", "el pasado"})
_HAVE = frozenset("ha han habia habian".split())
#: a listener's pronoun between "según" and its verb ("según le dijo", "según nos informó")
_CLITICS = frozenset("le les me nos te lo".split())


def _said(word: str) -> bool:
    verb = TRIGGER.fullmatch(word)
    return verb is not None and bool(verb.group("verb"))
_ABOUT = frozenset("de del sobre acerca about on of".split())
_SAID_PARTICIPLE = re.compile(r"(?:informad|indicad|se[nñ]alad|comunicad|confirmad|asegurad|explicad|precisad|detallad|"
                              r"declarad|afirmad|reportad|anunciad|publicad|difundid)o")
_AFTER_A_WEEKDAY = frozenset("pasado pasada anterior proximo siguiente last next".split())
# adverbs after a verb of saying, before its subject or its clause: "said additionally", "reported earlier"
_ADVERBS_AFTER = frozenset("additionally previously initially separately subsequently earlier later also again "
                           "recently currently reportedly publicly meanwhile similarly furthermore moreover ya tambien "
                           "luego despues antes ademas asimismo".split())
_PUBLISHED = re.compile(r"released|published|provided|issued|compiled|gathered|(?:publicad|difundid|entregad|"
                        # "según cifra comunicada por los Bomberos", "según los datos facilitados por el Ministerio"
                        r"proporcionad|elaborad|recopilad|recabad|compilad|comunicad|facilitad|divulgad|emitid|"
                        r"aportad|ofrecid)[oa]s?")
# the participle of one who relays what another stated, after the other's name
_RELAYING = re.compile(r"cited|quoted|reproduced|mentioned|(?:recogid|citad|mencionad|reproducid|referid|"
                       r"retomad)[oa]s?")
_PARTICIPLE = re.compile(r"(?:ado|ada|ados|adas|ido|ida|idos|idas|to|cho|sto)$")
# documents named by their year: "the census of 2010", "el censo de 2010"
_DOCUMENTS = frozenset("census censo survey encuesta report informe study estudio".split())
_ASIDE = frozenset({"en", "ante", "in", "on", "to"})
_LISTENER = frozenset({"a", "al"})


def _aside(toks) -> bool:
    """"dijo a la AFP", "informó en Twitter", "told reporters": a listener or an aside before the
    speaker ("a" is a listener only before an article or a name: not "said a spokesman")."""
    first = fold_word(toks[0][0])
    if first in _ASIDE:
        return True
    following = toks[1][0] if len(toks) > 1 else ""
    return first in _LISTENER and (fold_word(following) in ARTICLES or following[:1].isupper())


def _after_aside(toks):
    """The tokens after a listener or an aside: from the article that starts the speaker's name
    ("a la prensa el gobernador"), or after the comma that ends it, passing over one more aside
    in commas ("a la AFP, en el lugar de la tragedia, el subdirector")."""
    for k in range(1, min(8, len(toks))):
        tok = toks[k][0]
        if tok == ",":
            j = k + 1
            if j < len(toks) and fold_word(toks[j][0]) in _ASIDE | _LISTENER:
                end = next((m for m in range(j + 1, min(j + 10, len(toks))) if toks[m][0] == ","), None)
                if end is not None:
                    j = end + 1
            return toks[j:]
        if fold_word(tok) in ARTICLES and k >= 2:
            return toks[k:]
        if k == 2 and fold_word(toks[1][0]) in _PLATFORMS and tok[:1].isupper():
            return toks[k:]                            # "en Twitter Salvamento Marítimo": the speaker after the medium
        listener = toks[2:k] if fold_word(toks[1][0]) in ARTICLES else toks[1:k]
        if listener and fold_word(listener[0][0]) in ("agencia", "agency", "cadena", "diario"):
            listener = listener[1:]                    # "a la agencia AFP"
        if k <= 5 and tok[:1].isupper() and "-".join(fold_word(t[0]) for t in listener) in WIRE_AGENCIES:
            return toks[k:]                            # "dijo a EFE Amina Bello", "dijo a la AFP Julio Ruiz": after it
        if k >= 2 and tok.islower() and (fold_word(tok) in SPEAKING or fold_word(tok) in ROLES
                                         or fold_word(tok) in _SOURCES) and all(t[0][:1].isupper() for t in toks[1:k]):
            return toks[k:]                            # "según informan a Europa Press fuentes policiales"
        if not tok[:1].isalpha():
            break
    return toks


_SOURCES = frozenset("fuentes sources".split())
#: a body that a place's name after "en"/"in" names (its seat): "la Delegación del Gobierno en Cataluña", "the US
#: Embassy in Kyiv"; not a service's branch: "según Protección Civil en Valparaíso" (the place is no part of the name)
_SEATS = frozenset("delegacion subdelegacion embajada consulado representacion mision oficina delegation embassy "
                   "consulate mission office".split())


def _seated(words: list[tuple[str, int, int]]) -> bool:
    """Whether the name read so far (``words``) is a seat a place after it names ("Delegación del Gobierno")."""
    return any(fold_word(w[0]) in _SEATS for w in words)


#: where a speaker may say something, named before the speaker: "informó en Twitter Salvamento Marítimo"
_PLATFORMS = frozenset("twitter x facebook instagram telegram whatsapp tiktok youtube threads bluesky".split())


# a verb in the present or the present perfect: the count is of the time of writing ("at least
# 75,000 corpses have been buried", "hay 200 heridos"), not of a day named before
# (the same in both languages: "stands at", "totals", "reaches" / "asciende a", "suma", "alcanza")
_PRESENT = re.compile(r"\b(?:has|have|is|are|am|remains?|says|say|continues?|stands?|totals|reach(?:es)?|tops|"
                      r"exceeds?|ha|han|hay|es|son|est[aá]n?|sigue|siguen|permanece|permanecen|dice|dicen|"
                      r"contin[uú]an?|asciende|ascienden|suma|suman|alcanza|alcanzan|supera|superan|totaliza|"
                      r"totalizan)\b", re.I)
# a verb in a past tense: "were", "said", "estimated", "put ... at"; "murieron", "dijo", "estaban"
_PAST = re.compile(r"\b(?:was|were|said|told|put|had|[a-z]{3,}ed|died|fled|sank|fell|lost|took|drew|came|went|began|"
                   r"fue|fueron|hubo|hab[ií]a|hab[ií]an|[a-záéíóúñ]{2,}uyeron|cayeron|leyeron|"
                   r"[a-záéíóúñ]{3,}(?:ó|aron|ieron|aba|aban|[ií]a|[ií]an))\b", re.I)


def told_in_past(sentence: str) -> bool:
    """Whether a sentence tells of its figures in a past tense and in no present one: "Amongst the
    fatalities were twelve", "La policía la situó en 45.000" (a day named before in the paragraph
    dates them); not "Meanwhile, 75,000 corpses have been buried" (of the time of writing)."""
    return bool(_PAST.search(sentence)) and not _PRESENT.search(sentence)
