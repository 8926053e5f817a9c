"""Where an article's event is: the place the article is about (its dateline, the place its
opening says the event happened in, its title's place; never an infobox line), and whether the
event struck several countries or a wider region. What kind of event it is, which dates a count
its sentence does not date, is event_kind's.
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter
from dataclasses import replace
from urllib.parse import urlsplit

from reconcile.extract.article import Article, home_country
from reconcile.extract.attr_names import _AUTHORS
from reconcile.extract.demonyms import demonym
from reconcile.extract.fields import city_code, country_of, is_city, places_in
from reconcile.extract.place_bodies import in_body_name
from reconcile.extract.place_dateline import dateline, dateline_end, dateline_start
from reconcile.extract.place_lists import holder_of_list
from reconcile.extract.place_spread import began_there, spread_over, spread_within
from reconcile.extract.place_towns import TOWN, TOWN_APPOSITION, towns_listed
from reconcile.extract.place_words import opens_town_names
from reconcile.extract.places import (PROVINCE_AFTER, PROVINCE_BEFORE, UPPER, city_subdivision, countries_named,
                                      division_named, is_capital, origins, read_at_home,
                                      sole_city)
from reconcile.extract.speakers import ROLES, TRIGGER, WEEKDAYS, _country_of_demonym
from reconcile.model.names import fold_name, iso_place
from reconcile.quantities.lexicon import MONTHS, fold_word
from reconcile.quantities.running import Sentence

__all__ = ["article_place", "dateline", "dateline_end", "prose_of", "several_countries", "specific", "speakers_only"]

# --- the article's place --------------------------------------------------------------------
def _is_infobox(text: str, sentence: Sentence) -> bool:
    """A line of an infobox or a list of figures ("Fatalities: 6,340 confirmed, 1,061 missing",
    "53,537 deaths, 107,213 injured"): a short line of its own, with no sentence's end, that is
    a "Label: value" or holds a figure. Not the article's opening: its places are not where the
    article's event is."""
    line = sentence.text.strip()
    on_own_line = (sentence.start == 0 or text[sentence.start - 1] == "\n") and \
        text[sentence.start + len(line):sentence.start + len(line) + 1] in ("", "\n")
    if on_own_line and "\n" not in line and len(line.split()) <= 16 and not line.endswith((".", "!", "?", "…")) \
            and (_LABEL.match(line) is not None or any(ch.isdigit() for ch in line) or _BYLINE.match(line) is not None):
        return True
    # a row of a block of "Label: value" lines whose value is made of sentences ("Result: 39 dead. 600
    # injured. Five-year ban for all English clubs."): each of its sentences is the infobox's
    start = text.rfind("\n", 0, sentence.start) + 1
    end = text.find("\n", sentence.start)
    end = len(text) if end < 0 else end
    if not _LABEL.match(text, start, end) or len(text[start:end].split()) > 40:
        return False
    # the lines next to it are rows too (a paragraph has a blank line on each side)
    before = text.rfind("\n", 0, max(0, start - 1)) + 1
    after = text.find("\n", end + 1)
    return bool(start and _LABEL.match(text, before, start - 1)
                or end < len(text) and _LABEL.match(text, end + 1, len(text) if after < 0 else after))


_LABEL = re.compile(r"[^\W\d_][^:.!?]{0,40}:\s*\S")
# a byline on a line of its own: "By Jane Doe, Staff Writer", "Por Ana Pérez y Luis Gil", "BY JANE DOE"
_BYLINE = re.compile(rf"(?:By|BY|Por|POR)\s+[{UPPER}][^\W\d_]*(?:[ ,.'’-]+[^\W\d_]+){{0,8}}\.?$")


def prose_of(text: str, all_sentences: list[Sentence]) -> list[Sentence]:
    """The article's sentences less its infobox lines."""
    return [s for s in all_sentences if not _is_infobox(text, s)]


# the verb of the event's happening, then "in X": "occurred ... in the Savar Upazila of Dhaka",
# "realizada en Barcelona", "tuvo lugar una gran manifestación en Barcelona"
_HAPPENED = re.compile(
    r"\b(?:occurred|occurring|took\s+place|taking\s+place|happened|(?:was|were)\s+held|held|struck|hit|"
    r"organi[sz]ed|gathering|staged|se\s+produjo|producido|tuvo\s+lugar|ocurri[oó]|ocurrid[oa]|sucedi[oó]|"
    r"acontecid[oa]s?|aconteci[oó]|acontecieron|"
    r"realizad[oa]s?|se\s+realiz[oó]|celebrad[oa]s?|se\s+celebr[oó]|organizad[oa]s?|convocad[oa]s?|"
    # "un deslizamiento registrado la madrugada del martes en la comunidad X", "el sismo se registró en X"
    r"registrad[oa]|se\s+registr[oó]|"
    r"sacudi[oó]|azot[oó]|golpe[oó]|descarril[oó]|"
    # a storm's landfall: "made landfall near X", "tocó tierra cerca de X"
    r"made\s+landfall|landfall|toc[oó]\s+tierra|tocando\s+tierra|"
    # a wreck, and Spanish's infinitive after "al" / "tras": "collided off X", "plunged into a ravine in X",
    # "al descarrilar un tren cerca de X", "tras volcar el cayuco en X", "al chocar en X"
    r"collided|collision|plunged|plunges|overturned|descarrilar|volcar|chocar|desplomarse|derrumbarse|"
    r"hundirse|naufragar|colisi[oó]n|se\s+precipit[oó]|"
    # what strikes a place, named as its object (``_STRIKE``)
    r"strikes|hits|shook|shakes|rocked|lashed|pounded|ravaged|ravages|battered|"
    r"affects|sacuden?|azotan?|golpean?|afectan?|afect[oó]|asol[oó]|asolan?|"
    # the event's own noun: "a gold mine collapse in Copiapó", "un incendio en la granja penal de X"
    r"collapsed?|exploded|explosion|blast|bombing|attack|crash|crashed|se\s+estrell[oó]|estrellarse|(?:wild|bush)?fires?|"
    r"ignited|burn(?:ed|t|ing)|stampede|derailment|derailed|"
    r"flood(?:s|ing)?|landslides?|mudslides?|avalanches?|inundaci[oó]n(?:es)?|deslaves?|deslizamientos?|alud|"
    r"avalanchas?|accidente|se\s+accident[oó]|choc[oó]|(?:se\s+)?volc[oó]|"
    r"derrumbe|se\s+derrumb[oó]|colaps[oó]|explot[oó]|explosi[oó]n|"
    r"atentado|incendios?|estampida|descarrilamiento|"
    # attacks and wrecks: "a shooting at a school in X", "un ataque armado en X", "el naufragio frente a X"
    r"shootings?|massacre|riots?|clashes|ambush|sank|capsized|sinking|shipwreck|mass\s+shooting|"
    # the verbs of attacking, as the nouns: "gunmen attacked a market in X", "atacaron un mercado en X"
    r"attacked|raided|ambushed|atac[oó]|atacaron|asaltaron|emboscaron|"
    r"ataques?|tiroteos?|balacera|masacre|matanza|disturbios|enfrentamientos?|emboscada|naufragio|hundimiento|"
    r"se\s+hundi[oó]|naufrag[oó]|"
    # an epidemic's: "the death toll from a cholera outbreak in X rose", "el brote de cólera en X"
    r"outbreaks?|epidemics?|brotes?|epidemias?|"
    # a volcano's: "the volcano erupted ... in the village of X", "la erupción ... en la isla de X"
    r"erupted|eruptions?|erupci[oó]n)\b", re.I)
# a march's, by its verb, in an article about a march: "thousands marched in Rosario" (not the nouns: "La protesta se
# inspira en los campamentos de Extremadura"; nor in an article of another event: "Thousands protested in Istanbul
# against the government's response to the earthquake")
_OTHERS_MARCHED = re.compile(r"\b(?:more|smaller|other|others|also|otros|otras|m[aá]s|tambi[eé]n)\b[^.;,]*$", re.I)
_MARCHED = re.compile(r"\b(?:marched|rallied|protested|marcharon|marchan|marchaban|protestaron)\b", re.I)


# what struck a town, and a toll's verb: "a tornado tore through Moore, Oklahoma", "gunmen killed 30 in
# the village of X", "las lluvias caídas en Atacama". They tell where the article's event happened in
# its first sentence only: a later one may tell another, local event ("Heavy rains in Port-au-Prince
# later killed 20 people", "Lluvias en Puerto Príncipe mataron después a 20 personas")
_STRUCK = re.compile(
    r"\b(?:tore(?=\s+through)|swept(?=\s+through)|ripped(?=\s+through)|devastated|arras[oó]|killed|kills|mat[oó]|"
    r"mataron|murieron|lluvias(?:\s+ca[ií]das)?|heavy\s+rains?|rains|temporal|"
    # a toll the event left: "Cyclone X left 200 dead in Y", "El ciclón causó 200 muertos en Y"
    r"left|caused|dej[oó]|caus[oó]|died)\b", re.I)


# a sentence after the first that tells something later than the article's event: "later", "más tarde"
_LATER_EVENT = re.compile(r"\b(?:later|afterwards|subsequently|m[aá]s\s+tarde|despu[eé]s|luego|posteriormente)\b",
                          re.I)


# the kinds of event a sentence may tell, in both languages ("aftershock" / "réplica")
_KIND_OF = {word: kind for kind, words in {
    "quake": "earthquake earthquakes quake quakes tremor terremoto terremotos sismo sismos seismo temblor",
    "aftershock": "aftershock aftershocks replica replicas",
    "protest": "protest protests demonstration demonstrations march marches rally rallies protesta protestas "
               "manifestacion manifestaciones marcha marchas",
    "fire": "fire fires blaze wildfire incendio incendios",
    "flood": "flood floods flooding inundacion inundaciones",
    "slide": "landslide landslides mudslide mudslides deslave deslaves deslizamiento alud",
    # an attack, and who carries it out: "Gunmen killed 30" tells an attack, as "Hombres armados mataron a 30"
    "attack": "attack attacks bombing bombings blast explosion shooting ataque ataques atentado explosion tiroteo "
              "gunmen militants attackers assailants insurgents bomber bombers massacre killings ambush "
              "armados pistoleros atacantes asaltantes insurgentes sicarios terroristas masacre matanza emboscada",
    # an outbreak of a disease: "Cholera has killed 800" tells an epidemic, "El cólera ha matado a 800"
    "epidemic": "epidemic outbreak cholera dengue measles ebola influenza flu malaria epidemia brote colera "
                "sarampion gripe",
    "storm": "storm storms hurricane cyclone typhoon tornado tormenta huracan ciclon tifon",
    "riot": "riot riots clashes disturbios enfrentamientos",
    "strike": "strike strikes huelga huelgas paro"}.items() for word in words.split()}


# kinds that tell one event: a storm's rains flood towns and slide hillsides ("Hurricane X killed 30 in
# Honduras. Flooding occurred in Y", "El huracán ... Los deslaves ocurrieron en Y"); a protest turns
# to a riot ("Protests ... Clashes took place in Y", "Protestas ... Los disturbios ocurrieron en Y")
_ONE_EVENT = {"flood": "storm", "slide": "storm", "riot": "protest"}


def _event_kinds(text: str) -> set[str]:
    """The kinds of event ``text`` names ("An aftershock struck X": aftershock), a kind that is part
    of another's event named as that one (a flood, of a storm)."""
    return {_ONE_EVENT.get(kind, kind) for word in re.findall(r"[^\W\d_]+", text)
            if (kind := _KIND_OF.get(fold_word(word)))}


def _verbs(sentence: str, event: set[str] | None, marches: bool = False) -> list[re.Match]:
    """The verbs and nouns of the article's event happening in a sentence of its opening, in order:
    a toll's verb and what struck a town only in the first sentence (``event`` None); in a later
    one, none when it tells of a later event ("A fire in X later killed 20", "Un incendio en X mató
    después a 20"), nor one whose subject is an event of another kind than the article's ``event``
    ("A strong aftershock struck X" of an earthquake, "Una protesta se realizó en X" of an epidemic),
    when the title and first sentence name its kind ("The attack took place in X" after "At least 30
    people died in Nigeria on Monday" is the article's)."""
    # (not "Hundreds more marched in X", "Smaller groups rallied in Y": others than the march's own)
    marched = [m for m in _MARCHED.finditer(sentence) if not _OTHERS_MARCHED.search(sentence, max(0, m.start() - 30),
                                                                                     m.start())] if marches else []
    if event is None:
        return sorted([*_HAPPENED.finditer(sentence), *_STRUCK.finditer(sentence), *marched], key=lambda m: m.start())
    return [] if _LATER_EVENT.search(sentence) else sorted([
        verb for verb in _HAPPENED.finditer(sentence) if not event or not _event_kinds(sentence[:verb.end()]) - event
    ] + marched, key=lambda m: m.start())


_POSSESSIVE = re.compile(r"['’]s\s")
# the words between a division's possessive and a place inside it: capitalised words, a compass word or a kind
_OWN_WORDS = re.compile(r"(?:(?:[A-ZÁÉÍÓÚÑ][\w.-]*|(?:north|south|east|west|central)(?:ern|-?\w+ern)?|"
                        r"county|district|region|city|town|township|parish|of)\s+)*")
_ROUTE = re.compile(r"\b(?:from|desde)\s", re.I)
_ROUTE_TO = re.compile(r"[^,;.]{0,40}?\s(?:to|hasta|a)\s+(?:the\s+|la\s+|el\s+)?[A-ZÁÉÍÓÚÑ]")
_ADMIN_AFTER = re.compile(r"\s+(?:Upazila|District|Township|Municipality|Province|Prefecture|County|Region)$")


def _bare(code: str, name: str) -> str:
    """A place's name without the word of its kind ("the Emilia-Romagna region", "Savar Upazila"), but a declared
    county's, which keeps it as the text writes it ("Butte County": GUIDE § place; ``place_towns``)."""
    if is_city(code) and name.endswith(" County"):
        return name
    return _ADMIN_AFTER.sub("", name) or name


# the verbs whose object is the place struck, past and present: "shook northern Chile", "the drought
# that affects Uruguay", "las lluvias que azotan Bolivia", "la sequía que afecta a Uruguay"
_STRIKE = re.compile(r"struck|strikes|hit|hits|shook|shakes|rocked|lashed|pounded|ravaged|"
                     r"ravages|battered|affects|sacudi[oó]|sacuden?|azot[oó]|azotan?|golpe[oó]|golpean?|"
                     r"afectan?|afect[oó]|asol[oó]|asolan?", re.I)


# between "struck" and the place struck: the day ("sacudió el lunes la región de Loreto", "struck on
# Monday the province of Albay") and the kind of division ("the state of", "el estado de")
_OBJECT_GAP = re.compile(r"\s+(?:(?:on\s+|el\s+|este\s+|esta\s+)(?:pasad[oa]\s+)?"
                         r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|"
                         r"jueves|viernes|s[aá]bado|domingo|night|morning|noche|ma[nñ]ana|madrugada)\s+)?"
                         r"(?:the\s+|a\s+la\s+|al\s+|la\s+|el\s+|a\s+)?"
                         r"(?:(?:northern|southern|eastern|western|central|coastal|mountainous|costera|"
                         r"monta[nñ]osa)\s+)?"
                         r"(?:(?:state|province|region|department|estado|provincia|regi[oó]n|departamento)"
                         r"\s+(?:of|de|del)\s+)?", re.I)


# a comparison's realm after a place: "the deadliest wildfire in California's history", "in U.S. history"
_HISTORY_AFTER = re.compile(r"(?:['’]s)?\s+(?:recorded\s+)?(?:history|records?)\b", re.I)


_ALSO = re.compile(r"\b(?:also|too|as\s+well|además|tambi[eé]n)\b", re.I)


_IN_PLACE = re.compile(r"\b(?:in|en|at|through|"
                       # a wreck's place beside it: "off the coast of Fujairah", "near Mieres", "frente a las
                       # costas de Lampedusa", "cerca de Mieres"
                       r"off(?:\s+the\s+coast\s+of)?|near|cerca\s+de|frente\s+a(?:\s+las\s+costas\s+de)?)"
                       r"\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?"
                       # a part of the place: "riots in central Kyiv", "in downtown Nairobi", "en el centro de
                       # Bogotá", "en el norte de Chile"
                       r"(?:(?:central|downtown|northern|southern|eastern|western|north-?eastern|north-?western|"
                       r"south-?eastern|south-?western)\s+|"
                       r"(?:centro|norte|sur|este|oeste|noreste|noroeste|sureste|suroeste)\s+(?:de|del)\s+)?"
                       # "en la provincia de Napo", "in the state of Gujarat"
                       r"(?:(?:province|state|department|region|municipality|provincia|estado|departamento|"
                       r"regi[oó]n|municipio)\s+(?:of|de|del)\s+)?$|"
                       # "at a shopping mall in Kampala", "en un centro comercial de Kampala"
                       # "en dicha estancia infantil de Hermosillo", "at this market in Kano"
                       r"\b(?:in|en|at)\s+(?:a|an|the|this|that|un|una|el|la|dich[oa]|est[ea]|es[ea])\s+"
                       r"(?:[^\W\d_]+\s+){1,2}(?:of|de|del|in|en)\s+$|"
                       # "in the southern Iraqi city of Nasiriyah", "en la ciudad iraquí de Nasiriya"
                       r"\b(?:in|en|at|across|throughout)\s+(?:the\s+|la\s+|el\s+)?(?:[^\W\d_]+\s+){0,2}"
                       r"(?:city|town|village|state|province|ciudad|localidad|pueblo|municipio|estado|provincia)"
                       r"(?:\s+[^\W\d_]+)?\s+(?:of|de|del)\s+$|"
                       # Spanish may leave the "de" out before a village's name: "en la comunidad San Miguel"
                       r"\ben\s+(?:la|el)\s+(?:comunidad|aldea|caser[ií]o|vereda|corregimiento|poblado)"
                       r"\s+(?:de\s+)?$|"
                       # "in the Tacuba neighbourhood of Mexico City": the city a quarter is of
                       rf"\b(?:in|en)\s+(?:the\s+|la\s+|el\s+)?(?:[{UPPER}][^\W\d_]+\s+){{1,3}}"
                       r"(?:neighbou?rhood|district|quarter|suburb|area)\s+of\s+(?:the\s+)?$|"
                       # a division named by its kind after any preposition: "attacks on villages of the
                       # state of Plateau", "ataques contra aldeas del estado de Plateau", "los incendios que
                       # afectan a la región de Valparaíso"
                       r"\b(?:of\s+the|to\s+the|on\s+the|the|del|de\s+la|a\s+la|al|la|el)\s+"
                       r"(?:state|province|region|department|estado|provincia|regi[oó]n|departamento)\s+"
                       r"(?:of|de|del)\s+$", re.I)


def _happened_in(sentence: str, country: str | None, event: set[str] | None,
                 marches: bool = False) -> tuple[str, str, str | None] | None:
    """The place the opening says the event happened in: the first place named after "in"
    ("en") within a few words of a verb of happening ("occurred", "was held", "se produjo",
    "realizada"), the most specific of a chain ("the Savar Upazila of Dhaka, Bangladesh": Savar).
    (code, name, the place the text puts it in when reconcile does not know it, else None): "occurred
    in Kalinda, Mexico", "in Sutatausa, a town in central Colombia"."""
    found = [p for p in places_in(sentence, country) if not a_water(sentence, p[1], p[2])]
    # a country a verb puts the event in yields to a place in it that a later verb names ("20 died in
    # Ecuador when an earthquake struck the province of Manabí", "murieron en Ecuador ... sacudió Manabí")
    national: tuple[str, str, str | None] | None = None
    for verb in _verbs(sentence, event, marches):
        if _ALSO.search(sentence, max(0, verb.start() - 25), verb.end()):
            continue                  # "protests were also held in Batumi": not the event's own place
        hit = next(((code, name, at) for code, name, at in found
                     # no stop between (a dot before a digit is a figure's: "arrasaron 20.000 hectáreas en X")
                     if verb.end() <= at <= verb.end() + 90 and (
                         _IN_PLACE.search(sentence, max(0, at - 60), at)
                         or _STRIKE.fullmatch(verb.group()) and _OBJECT_GAP.fullmatch(sentence[verb.end():at]))
                     and not re.search(r"[.;](?!\d)", sentence[verb.end():at])
                     # a march's route: "a protest march ... from Southorn Playground in Wan Chai to ..." (not "a man
                     # from Texas arrived in Uvalde")
                     and not (_ROUTE.search(sentence, max(verb.end(), at - 60), at)
                              and _ROUTE_TO.match(sentence, at + len(name)))
                     and not _PART_OF.search(sentence, verb.end(), at)
                     # the realm of a comparison: "the deadliest wildfire in California's history"
                     and not _HISTORY_AFTER.match(sentence, at + len(name))), None)
        # a town reconcile does not know, called one before the region it lies in: "buried 25 homes in the
        # village of El Rodeo, in the department of X", "sepultó 25 viviendas en la aldea Queja, en el
        # departamento de Alta Verapaz": the town, the most specific
        village = _CALLED_TOWN.match(sentence, verb.end())
        if hit is not None and village is not None and village.start(1) < hit[2] and country and \
                hit[0] != country_of(hit[0]) and not is_city(hit[0]) and not places_in(village.group(1), country):
            return city_code(country_of(hit[0]), village.group(1)), village.group(1), hit[0]
        # "in Peru's Andean region of Ayacucho", "in Northern California's Butte County": the place of the country or
        # the division the possessive leads to
        owned = next((p for p in found if hit is not None and hit[2] < p[2] <= hit[2] + 60 and p[0] != hit[0]
                      and country_of(p[0]) == country_of(hit[0]) and not is_city(hit[0])
                      and _POSSESSIVE.match(sentence, hit[2] + len(hit[1]))
                      and not re.search(r"[.;,]", sentence[hit[2]:p[2]])
                      # a division's: only the place's own words between ("Northern California's Butte County"),
                      # not a comparison's ("Texas's deadliest shooting since Uvalde": R6 5)
                      and (hit[0] == country_of(hit[0]) or _OWN_WORDS.fullmatch(
                          sentence, sentence.index(" ", hit[2] + len(hit[1])) + 1, p[2]))), None)
        if owned is not None:
            return owned[0], _bare(*owned[:2]), None
        if hit is not None and hit[0] == country_of(hit[0]):
            national = national or (hit[0], hit[1], None)
            continue
        if hit is not None and national is not None and any(
                p[2] > hit[2] and _LISTED.fullmatch(sentence, hit[2] + len(hit[1]), p[2]) for p in found):
            continue      # "rains in the Khyber Pakhtunkhwa, Sindh, Punjab ... regions of Pakistan": the country's
        if hit is not None:
            # "localized in Kozhikode and Malappuram districts of Kerala": several divisions, and the one that holds
            # them, the event's place
            listed = _DIVISIONS_OF.match(sentence, hit[2] + len(hit[1]))
            holder = next((p for p in found if listed is not None and p[2] == listed.end()), None)
            if holder is not None:
                return holder[0], _bare(*holder[:2]), None
            paired = next((p for p in found if p[2] > hit[2]
                           and _AND_ONLY.fullmatch(sentence, hit[2] + len(hit[1]), p[2])
                           and _PAIR_ENDS.match(sentence, p[2] + len(p[1]))
                           and "-" in p[0] and not is_city(p[0]) and country_of(p[0]) == country_of(hit[0])), None)
            if (paired is not None or len(_listed_divisions(sentence, found, hit)) >= 3) and "-" in hit[0] \
                    and not is_city(hit[0]):
                # "se produjo en Sicilia y Calabria", "struck Apulia and Basilicata", "battered Himachal Pradesh,
                # Delhi, Uttar Pradesh and ...": two divisions or a list, none the event's alone: their country's
                return country_of(hit[0]), country_of(hit[0]), None
            return hit[0], _bare(*hit[:2]), None   # "struck the Emilia-Romagna region"
        # a town reconcile does not know, placed by the text: "occurred in Kalinda, Mexico"
        town = _IN_TOWN.match(sentence, verb.end())
        if town is not None and not places_in(town.group(1), country):
            # "in North Kensington, West London": the city a compass word leads (West London is London),
            # not "South Africa", "North Korea": a name the compass word opens
            where = places_in(town.group(2), country)
            if not where or where[0][2] != 0:
                where = places_in(_COMPASS.sub("", town.group(2)), country)
            if where and where[0][2] == 0:
                return city_code(country_of(where[0][0]), town.group(1)), town.group(1), where[0][0]
        # a town reconcile does not know, called one: "killing 25 in the village of El Rodeo"
        if village is not None and country and not places_in(village.group(1), country):
            return city_code(country_of(country), village.group(1)), village.group(1), country
    return national


_AND_ONLY = re.compile(r"\s*(?:y|e|and)\s+(?:(?:la|el|the)\s+)?")


def _listed_divisions(sentence: str, found: list[tuple[str, str, int]],
                      first: tuple[str, str, int]) -> list[tuple[str, str, int]]:
    """The places inside ``first``'s country that a list opened by ``first`` names: "Himachal Pradesh, Delhi, Uttar
    Pradesh and Odisha"."""
    listed = [first]
    for p in sorted(found, key=lambda q: q[2]):
        last = listed[-1]
        if p[2] > last[2] and _LISTED.fullmatch(sentence, last[2] + len(last[1]), p[2]) and "-" in p[0] \
                and country_of(p[0]) == country_of(first[0]):
            listed.append(p)
    return listed
# the second of the pair ends the verb's object: "en Sicilia y Calabria, en el sur", "struck Apulia and Basilicata on
# 3 March" (not "struck Andalusia and Granada province bore the brunt": another clause's subject)
_PAIR_ENDS = re.compile(r"\s*(?:[,.;)]|$|\s(?:en|in|on|el|the|de|del|a|at|during|durante|con|with)\b)")


# a compass word before a city's name: "West London", "East Jerusalem"
_COMPASS = re.compile(r"^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)\s+(?=[A-Z])")


# "in the village of El Rodeo", "en la aldea de San Miguel": a town by the text's own word; or the
# object of the verb ("struck the town of X", "golpeó el pueblo de X")
_CALLED_TOWN = re.compile(rf"(?:[^.;]{{0,60}}?\b(?:in|en|at|(?i:{_STRIKE.pattern}))|)\s+(?:the\s+|la\s+|el\s+|al\s+)?"
                          r"(?:(?:small|remote|pequeñ[oa])\s+)?"
                          # Spanish may leave the "de" out: "en la aldea Queja", "en el caserío Pampa Grande"
                          # a port is named by its town: "in the port of Calapan", "en el puerto de La Restinga"
                          r"(?:(?:town|village|hamlet|port)\s+of|(?:pueblo|localidad|aldea|caser[ií]o|poblado)(?:\s+de)?|"
                          r"puerto\s+de)\s+"
                          rf"([{UPPER}][^\W\d_]+(?:\s(?:de\s+|del\s+)?[{UPPER}][^\W\d_]+){{0,2}})")


# the rest of a list of divisions after its first, then the one that holds them: "and Malappuram districts of ",
# "y Chiquimula, departamentos de ", ", Sindh and Punjab provinces of "
_DIVISIONS_OF = re.compile(rf"(?:\s*(?:,|,?\s+and|,?\s+y|,?\s+e)\s+[{UPPER}][^\W\d_]+(?:\s[{UPPER}][^\W\d_]+)?){{1,6}}"
                           r",?\s+"
                           r"(?:districts|provinces|counties|regions|states|municipalities|prefectures|departments|"
                           r"distritos|provincias|municipios|departamentos|estados|regiones)\s+(?:of|de|del)\s+"
                           r"(?:the\s+|la\s+|el\s+)?(?:(?:state|province|region|estado|provincia|regi[oó]n)\s+(?:of|de|del)"
                           r"\s+)?")


# between two places of a list: "Sindh, Punjab", "Sindh y Punjab"
_LISTED = re.compile(r"\s*(?:,|,?\s+and|,?\s+y|,?\s+e)\s+(?:the\s+|la\s+|el\s+)?")


# a part of the toll, whose place is the part's: "left 98 dead, 71 of them in Oaxaca", "dejó 98
# muertos, 71 de ellos en Oaxaca", "killed 370, including 228 in Mexico City"; the most of it: "dejó 13
# muertos, la mayoría en la región de Coquimbo", "killed 40, mostly in Sindh" (the event's place holds more)
_MOST = (r"[,;(]\s*(?:(?:the\s+)?most(?:\s+of\s+them)?|the\s+majority|la\s+mayor[ií]a|la\s+mayor\s+parte)\b|"
         # "las lluvias que arrasaron sobre todo la provincia de Murcia", "hit mainly Sindh" (not "in mostly
         # mountainous Nepal")
         r"\b(?:mostly|mainly|largely|primarily|especially|particularly|sobre\s+todo|principalmente|"
         r"mayoritariamente|especialmente|particularmente)(?=\s+(?:the|la|el|los|las|in|en|a|al|del?|[A-ZÁÉÍÓÚÑ])\b)")
_PART_OF = re.compile(r"\b(?:of\s+(?:them|whom)|including|among\s+them|de\s+ell[oa]s|entre\s+ell[oa]s|"
                      r"inclu(?:id[oa]s|yendo))\b|" + _MOST, re.I)


# the words that open the name of water or of a volcano, never of a town ("Lake" and "Lago" open some towns'
# names, "Lake Charles", "Lago Agrio", which the gazetteer knows)
_NATURE = r"(?i:lake|river|sea|gulf|golfo|strait|estrecho|ocean|oc[eé]ano|volcano|volc[aá]n)"
_IN_TOWN = re.compile(r"[^.;]{0,60}?\b(?:in|en|at|through|near|cerca\s+de)\s+(?:the\s+|la\s+|el\s+)?"
                      r"(?:(?:town|city|village|municipality|ciudad|pueblo|localidad|municipio)\s+(?:of|de)\s+)?"
                      # a lake, a river, a sea is no town: "in Lake Victoria, Tanzania", "en el Golfo Pérsico,
                      # Irán"
                      rf"(?!{_NATURE}\b)([{UPPER}][^\W\d_]+(?:\s[{UPPER}][^\W\d_]+)?),\s+"
                      # "Sutatausa, a town in central Colombia", "Sutatausa, un pueblo del centro de Colombia"
                      r"(?:(?:a|an|un|una)\s+(?:small\s+|pequeñ[oa]\s+)?(?:town|village|city|municipality|pueblo|"
                      r"localidad|ciudad|municipio|aldea)\s+(?:in|of|en|de|del)\s+(?:the\s+|la\s+|el\s+)?"
                      r"(?:[a-záéíóúñ]+\s+){0,2}(?:(?:of|de|del)\s+(?:the\s+|la\s+)?)?|"
                      # "in Regent, on the outskirts of Freetown", "en Xochimilco, en las afueras de"
                      r"(?:on\s+the\s+outskirts\s+of|near|outside|(?:en|a)\s+las\s+afueras\s+de|cerca\s+de)\s+)?"
                      rf"([{UPPER}][^\W\d_]+(?:\s(?:de\s+)?[{UPPER}][^\W\d_]+){{0,2}})")


# the event spans a region wider than a country, or the world: no one country is its place
# ("Worldwide, ...", "En todo el mundo, ..." at a sentence's start too)
_WIDE = re.compile(r"(?i:\b(?:across|around|throughout)\s+the\s+(?:world|globe)|\bworldwide\b|"
                   r"\b(?:en|por|alrededor\s+de)\s+todo\s+el\s+mundo\b)|"
                   r"\b(?:South[- ]?east|South|Central|East|West)\s+Asia\b|\bCentral\s+America\b|"
                   r"\bAm[eé]rica\s+(?:Central|Latina)\b|\bCentroam[eé]rica\b|\bSudeste\s+Asi[aá]tico\b|"
                   r"\bthe\s+Caribbean\b|\bel\s+Caribe\b|\bLatin\s+America\b|"
                   # a continent: "the hottest summer recorded in Europe", "en toda Europa"
                   r"\b(?:in|across|throughout|en|por)\s+(?:toda\s+)?(?:Europe|Europa|Africa|África)\b|"
                   # a pandemic is, by the word, of the world: "the 2009 flu pandemic", "pandemia de gripe"
                   r"(?i:\bpandemi[ac]s?\b)|"
                   # "several European countries were affected", "afectó a varios países" (what the event struck,
                   # not "many countries pledged aid")
                   r"(?i:\b(?:several|many|numerous|multiple|varios|muchos|diversos|numerosos)\s+(?:[^\W\d_]+\s+)?"
                   r"(?:countries|nations|pa[ií]ses)(?:\s+[^\W\d_]+)?\s+(?:were|was)\s+(?:affected|hit|struck|"
                   r"flooded)\b|"
                   r"\b(?:affected|hit|struck|flooded|afect[oó]|golpe[oó]|azot[oó])\s+(?:a\s+)?(?:several|many|"
                   r"numerous|varios|muchos|numerosos)\s+(?:[^\W\d_]+\s+)?(?:countries|nations|pa[ií]ses)\b)")


# a country's name that begins a proper name: "the Iraq War" is no place of the protests against it
_NAME_AFTER = re.compile(r"\s+(?:War|Wars|Crisis|Guerra)\b")


def _title_places(title: str, country: str | None = None, home: str | None = None) -> list[tuple[str, str, int]]:
    """The places a title names (read in ``country`` first; a name one of ``home``'s divisions
    shares, as that division: ``_home_divisions``), less a country's name that begins a name
    ("Iraq War")."""
    found = _home_divisions(title, places_in(title, country), home)
    named = origins(title, found)                 # "Matanza de la calle Morelos": a street's name
    kept = [p for p in found if not _NAME_AFTER.match(title, p[2] + len(p[1])) and p[2] not in named
            and not _airline(title, p[2], p[2] + len(p[1]))]
    speaking = _title_speakers(title, kept)
    # "U.S. military says 12 civilians killed in Herat raid", "Rusia afirma que 40 murieron en Járkov": the country
    # that speaks, or whose officials speak, is no place of the event when the title names another
    return [p for p in kept if p[2] not in speaking] if len(speaking) < len(kept) else kept


# a speech verb right after a country's name in a title, with a word or two of its own between ("EE.UU. dice que",
# "Rusia afirma que", "Iraq says", "UK police say")
_SAYS_AFTER = re.compile(r"\.?(?:\s+(?-i:[a-záéíóúñ]+)){0,2}?\s+(?:says?|said|claims?|dicen?|afirman?|aseguran?|"
                         r"denuncian?|informan?|sostienen?|reporta[n]?)\b", re.I)


@lru_cache(maxsize=64)
def speakers_only(texts: tuple[str, ...]) -> frozenset[str]:
    """The countries ``texts`` (a title, an opening) name only as who speaks or whose officials speak ("U.S. military
    says 12 civilians killed in Herat raid"): no country the event struck."""
    spoken: set[str] = set()
    placed: set[str] = set()
    for text in texts:
        found = places_in(text)
        speaking = _title_speakers(text, found)
        for code, _, at in found:
            (spoken if at in speaking else placed).add(country_of(code))
    return frozenset(spoken - placed)


def _title_speakers(title: str, found: list[tuple[str, str, int]]) -> set[int]:
    """The offsets of the countries of ``found`` that speak in a title, or open the name of who speaks: "Iraq says",
    "U.S. officials say", "EE.UU. dice que"."""
    from reconcile.extract.attribution import attributions

    starts = {a.start + max(0, title.find(a.who, a.start, a.end) - a.start) for a in attributions(title) if a.who}
    return {at for code, name, at in found if "-" not in code
            and (at in starts or _SAYS_AFTER.match(title, at + len(name)))}


def _without_breakdown(article: Article) -> Article:
    """``article`` with the places of a breakdown its title lists blanked out: "Paiporta (45),
    Catarroja (25) y Alfafar (15) concentran..." names parts, no one of them the article's place."""
    title = article.title or ""
    parts = list(_NAME_WITH_FIGURE.finditer(title))
    if len(parts) < 2:
        return article
    for part in parts:
        title = title[:part.start(1)] + " " * len(part.group(1)) + title[part.end(1):]
    return replace(article, title=title)


#: the name a part of a list stands under, less "capital": "Orinoquía" of "Orinoquía (46)", "Valencia" of
#: "Valencia capital (16)" (``propose_parts`` reads it before the brackets)
PART_NAME = rf"([{UPPER}][^\W\d_]*(?:[ -](?:de|del|la|y|[{UPPER}][^\W\d_]*)){{0,3}})(?:\s+capital)?"
# a name and its own figure in a list: "Paiporta (45)", "Valencia capital (16)"
_NAME_WITH_FIGURE = re.compile(rf"{PART_NAME}\s*\(\s*\d[\d.,]*\s*\)")


def _airline(title: str, start: int, end: int) -> bool:
    """Whether the name at ``title[start:end]`` is a flight's airline ("Vuelo 2933 de LaMia", "Lamia
    Flight 2933"), not a place; a route's end is a place ("Vuelo 1 de Madrid a Lima")."""
    return bool(_AIRLINE_OF.search(title, 0, start) and not _ROUTE_AFTER.match(title, end)
                or _FLIGHT_AFTER.match(title, end))


# an airline's name in a flight's title: "Vuelo 2933 de LaMia", "Vuelo 3142 de LAPA", "Lamia Flight 2933"
_AIRLINE_OF = re.compile(r"\b(?:vuelo|flight)\s+\d+\s+(?:de\s+(?:la\s+)?|of\s+)?$", re.I)
# a route in a flight's title: "Vuelo 1 de Madrid a Lima", "Flight 9 from Quito to Lima": its places are places
_ROUTE_AFTER = re.compile(r"\s+(?:a|to|hacia|-|–)\s+[A-ZÁÉÍÓÚ]")
_FLIGHT_AFTER = re.compile(r"\s+(?:Airlines?\s+|Airways\s+|Air\s+)?(?:Flight|vuelo)\s+\d", re.I)


def several_countries(title: str | None) -> list[str]:
    """The countries a title joins into one event's name ("2023 Turkey–Syria earthquakes",
    "Chile-Argentina"): a count of the whole event is of none of them. Not countries the title
    names apart ("Venezuela crisis: 500 soldiers defected to Colombia")."""
    title = title or ""
    found = _title_places(title)
    for (a, name_a, at_a), (b, _, at_b) in zip(found, found[1:]):
        if country_of(a) != country_of(b) and re.fullmatch(r"\s*[–—/-]\s*", title[at_a + len(name_a):at_b]):
            return list(dict.fromkeys(country_of(code) for code, _, _ in found))
    return []


_CONTINENT = re.compile(r"(?:in|across|throughout|en|por)\s+(?:toda\s+)?(?:Europe|Europa|Africa|África)", re.I)


def _wide_event(article: Article, prose: list[Sentence]) -> str | None:
    """The region wider than a country the opening says the event spans ("across the world",
    "Southeast Asia", "América Central"), or the countries its first sentences list as struck ("the
    storm affected Greece, Bulgaria, and Turkey"), when the title names no place: its counts have
    no one place."""
    if article.title and _title_places(article.title):
        return None
    pandemic = _WIDE.search(article.title or "")
    if pandemic is not None and pandemic.group().lower().startswith("pandemi"):
        return pandemic.group()
    opening = prose[0].text if prose else ""
    # the opening's wreck; the next sentence's too in an article about a flight or a sinking ("Flight 447 was
    # a flight from Rio to Paris. On 1 June it crashed into the Atlantic"), not boats a typhoon sank
    for sentence in prose[:2] if _WRECK_TITLE.search(article.title or "") else prose[:1]:
        sea = _AT_SEA.search(sentence.text)
        if sea is not None and not _NEAR_AFTER.match(sentence.text, sea.end()) and \
                not _SEA_PORT.match(sentence.text, sea.end()):
            return sea.group(1)       # "crashed into the Atlantic Ocean": no country holds its counts
    for match in _WIDE.finditer(opening):
        if _CONTINENT.fullmatch(match.group()) and places_in(opening):
            continue                  # "struck western France, one of the worst in Europe": France's
        during = _DURING_WIDER.search(opening, max(0, match.start() - 60), match.start())
        if during is not None and _WIDER_EVENT.search(opening, during.start(), match.end() + 30):
            continue                  # "an outbreak ... during the 1846–1860 cholera pandemic": the wider one's
        if not _COMPARED_IN.search(opening, max(0, match.start() - 60), match.start()):
            return match.group()      # not "the largest march in Latin America": a comparison's scope
    for sentence in prose[:2]:
        struck = _STRUCK_LIST.search(sentence.text)
        if struck is not None:
            found = [p for p in places_in(sentence.text) if p[2] >= struck.end()]
            listed = [found[0]] if found and found[0][2] == struck.end() else []
            for p in found[1:] if listed else []:
                if not _LISTED.fullmatch(sentence.text, listed[-1][2] + len(listed[-1][1]), p[2]):
                    break
                listed.append(p)
            countries = {code for code, _, _ in listed if "-" not in code}
            if len(countries) >= 2 and len(countries) == len(listed):
                return ", ".join(name for _, name, _ in listed)   # "the storm affected Greece, Bulgaria, and Turkey"
    return None


# a wreck in open sea: "crashed into the Atlantic Ocean", "se estrelló en el océano Atlántico", "sank in
# the South China Sea"; not one near a place ("sank in the Mediterranean Sea off Lampedusa": ``_NEAR_AFTER``)
_AT_SEA = re.compile(
    r"\b(?:crashed|sank|went\s+down|plunged|ditched|disappeared|se\s+estrell[oó]|se\s+hundi[oó]|naufrag[oó]|"
    r"se\s+precipit[oó]|desapareci[oó])\s+(?:[^.;]{0,40}?\s)?(?:in|into|over|en|al|sobre)\s+(?:the\s+|el\s+)?"
    r"((?:(?:North|South|northern|southern)\s+)?(?:Atlantic|Pacific|Indian|Arctic)(?:\s+Ocean)?|"
    r"oc[eé]ano\s+(?:Atl[aá]ntico|Pac[ií]fico|[IÍ]ndico|[AÁ]rtico)(?:\s+(?:Norte|Sur|Septentrional|Meridional))?|"
    r"(?:Mediterranean|Caribbean|North|Baltic|Black|Red|South\s+China|Java|Arabian)\s+Sea|"
    r"mar\s+(?:Mediterr[aá]neo|Caribe|del\s+Norte|B[aá]ltico|Negro|Rojo|de\s+Java|de\s+la\s+China\s+Meridional))")
_WRECK_TITLE = re.compile(r"\b(?:flight|vuelo|sinking|shipwreck|hundimiento|naufragio|MV|SS|RMS|ferry|ferri)\b", re.I)
_SEA_PORT = re.compile(r"\s+(?:port|coast|coastline|shore|harbou?r|resort|puerto|costa|litoral|playa)\b", re.I)
_NEAR_AFTER = re.compile(r"[^.;]{0,30}?\b(?:off|near|close\s+to|frente\s+a|cerca\s+de|a\s+\d|junto\s+a)\b", re.I)


# a verb of an event striking the places listed after it: "the storm affected Greece, Bulgaria and Turkey",
# "la tormenta afectó a Grecia, Bulgaria y Turquía"
_STRUCK_LIST = re.compile(r"\b(?:struck|hit|affected|ravaged|battered|lashed|pounded|afect[oó]|azot[oó]|golpe[oó]|"
                          r"asol[oó])\s+(?:(?:parts\s+of|partes\s+de)\s+)?(?:a\s+)?")


# a wider event the article's happened during or was part of: "occurred during the 1846–1860 cholera pandemic
# happening worldwide", "durante la pandemia de gripe", "as part of the worldwide protests"
_DURING_WIDER = re.compile(r"\b(?:during|amid|amidst|part\s+of|durante|en\s+medio\s+de|parte\s+de)\s+"
                           r"(?:the\s+|la\s+|el\s+|an?\s+|una?\s+)?[^.;]{0,50}$", re.I)


_WIDER_EVENT = re.compile(r"\b(?:pandemics?|epidemics?|wars?|crisis|waves?|pandemias?|epidemias?|guerras?|olas?)\b",
                          re.I)


_COMPARED_IN = re.compile(r"\b(?:most|largest|biggest|worst|deadliest|strongest|costliest|mayor(?:es)?|peor(?:es)?|"
                          r"m[aá]s\s+\w+)\b[^.;]{0,40}\b(?:in|en|of|de)\s+(?:the\s+)?$", re.I)


def _inside(code: str, region: str) -> bool:
    """Whether a place lies in a title's place that is more than a country: a subdivision
    of it (ISO), or a town of its country when it is a region ("Barcelona" in a "Diada de
    Cataluña"); nothing lies in a town."""
    if is_city(region):
        return False
    if is_city(code):
        return country_of(code) == country_of(region)
    parent: str | None = code
    while parent and "-" in parent:
        parent = iso_place(parent)[1]
        if parent == region:
            return True
    return False


# a given name a place shares, then a surname: "Mauricio Macri", "Chad Smith"
_SURNAME_AFTER = re.compile(rf"\s+([{UPPER}][a-záéíóúñüç'’-]+)\b")
_ROLE_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")
_PERSON_TITLES = frozenset("mr mrs ms dr sr sra senor senora don dona former ex".split())
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|into|from|to|of|across|en|de|desde|hacia|del)\s+$", re.I)
# countries whose names people are given, before a surname: "Mauricio Macri" (not Mauritius), "Israel Vázquez",
# "Chad Smith", "Jordan Henderson", "Georgia Brown", "Francia Márquez"
_GIVEN_NAMES = frozenset("mauricio israel chad jordan georgia francia".split())
# the kinds of place a place's name goes on with: "Lima City", "Cuscatlán Department"
_PLACE_KINDS = frozenset("city province state county region district department island islands river valley "
                         "ciudad provincia estado condado region distrito departamento isla islas rio valle".split())


# a surname's particle, after the given name or opening the name: "Eduardo del Rosario", '"...," del Rosario said'
_PARTICLE_BEFORE = re.compile(rf"(?:([{UPPER}][a-záéíóúñüç'’-]+)\s+|(?:^|[,\"”»’(]\s*))"
                              r"(?:de\s+la|de\s+las|de\s+los|del|de|van\s+der|van\s+den|van|von|da|das|do|dos)\s+$")


_ARTICLE_BEFORE = re.compile(r"\b(?:el|la|los|las|the|un|una|an?)\s+$", re.I)


def _surname_with_particle(text: str, name: str, at: int) -> bool:
    """Whether the place ``name`` at ``at`` is a surname after its particle: after a role and a given name ("Civil
    defense chief Eduardo del Rosario"), or before a verb of saying ("Eduardo del Rosario said", '"...," del Rosario
    said'); not "the mayor of Rosario", "los vecinos de Rosario dijeron", "Puerto de la Cruz"."""
    particle = _PARTICLE_BEFORE.search(text, max(0, at - 40), at)
    if particle is None:
        return False
    given = particle.group(1)
    if given is not None and (places_in(given) or fold_word(given) in _PLACE_KINDS | ROLES | _AUTHORS
                              or _ARTICLE_BEFORE.search(text, max(0, particle.start() - 6), particle.start())):
        return False              # "El Gobierno de Honduras informó", "la Universidad de Chile dijo": a body
    verb = TRIGGER.match(text, at + len(name) + 1) if at + len(name) < len(text) else None
    if verb is not None and verb.group("verb") is not None:
        return True
    if given is None:
        return False
    role = _ROLE_BEFORE.search(text, max(0, particle.start() - 40), particle.start())
    word = fold_word(role.group(1)) if role is not None else ""
    return word in ROLES or word in _PERSON_TITLES


def persons_name(text: str, name: str, at: int) -> bool:
    """Whether the place ``name`` at ``at`` is a person's given name, its surname after it: after a role
    ("el expresidente Mauricio Macri", "former president Chad Smith"), or before a verb of saying ("Mauricio
    Macri dijo"); not a place the next word names ("Santa Cruz Bolivia") nor a place's kind."""
    if " " in name.strip():
        return False
    if _surname_with_particle(text, name, at):
        return True
    surname = _SURNAME_AFTER.match(text, at + len(name))
    if surname is None or places_in(surname.group(1)) or fold_word(surname.group(1)) in _PLACE_KINDS:
        return False
    if fold_word(name) in _GIVEN_NAMES and fold_word(surname.group(1)) not in WEEKDAYS | MONTHS and \
            not _LOCATIVE_BEFORE.search(text, max(0, at - 12), at) and \
            not re.match(rf"\s+[{UPPER}]", text[surname.end():]) and \
            not text[surname.end():surname.end() + 1].isalnum():
        # "acompañaron a Mauricio Pérez": a given name, not Mauritius (not "in Israel Saturday", "Jordan Tuesday
        # received", "the Israel Defense Forces")
        return True
    role = _ROLE_BEFORE.search(text, max(0, at - 40), at)
    if role is not None:
        word = fold_word(role.group(1))
        if word in ROLES or word in _PERSON_TITLES or word.startswith("ex") and word[2:].lstrip("-") in ROLES:
            return True
    verb = TRIGGER.match(text, surname.end() + 1) if surname.end() < len(text) else None
    return verb is not None and verb.group("verb") is not None


# a venue whose name follows it, no "de" between: "el estadio Cuscatlán", "el hotel Colón", "el aeropuerto El Dorado"
_VENUE_BEFORE = re.compile(r"\b(?:estadio|hotel|teatro|hospital|cl[ií]nica|colegio|escuela|liceo|universidad|"
                           r"aeropuerto|discoteca|centro\s+comercial|coliseo|penal|c[aá]rcel|stadium)\s+$", re.I)


def venue_named(text: str, at: int) -> bool:
    """Whether the place named at ``at`` is the name of the venue written right before it ("el estadio
    Cuscatlán": a stadium of San Salvador, not the department; not "el estadio de Lima")."""
    return _VENUE_BEFORE.search(text, max(0, at - 24), at) is not None


# the words before where a vehicle was bound: "a train bound for Madrid", "un autobús con destino a Lima"
_BOUND_FOR = re.compile(r"\b(?:bound|heading|headed)\s+(?:for|to)\s+(?:the\s+)?$|\bcon\s+destino\s+(?:a|al)\s+$", re.I)


def article_place(article: Article, all_sentences: list[Sentence]) -> tuple[str, str] | None:
    """The place the article is about: its dateline's; else the place its opening says the
    event happened in, if it lies in the title's country ("Angrois" rather than the title's
    "Santiago de Compostela"; "struck Kocaeli Province" rather than the title's town, "İzmit
    earthquake": GUIDE § place, the place the opening says it happened in); else one in its title;
    else the first country of its opening, else the country named most often. Infobox lines are
    not the opening. A town whose name the title or the opening writes longer is that longer town
    (``_whole_town``)."""
    article = _without_breakdown(article)
    found = _article_place(article, all_sentences)
    return _whole_town(found, [article.title or "", *(s.text for s in prose_of(article.text, all_sentences)[:3])])


# the rest of a town's longer name: "San José de Secce", "San Juan del Oro"
_NAME_GOES_ON = rf"\s+(?:de|del|de\s+la|de\s+los|de\s+las)\s+([{UPPER}][^\W\d_]+(?:\s[{UPPER}][^\W\d_]+)?)\b"


# a site named after a saint or a town, whose name goes on as the town's would: "Hospital San Juan de
# Dios", "el colegio San José de Calasanz", "la calle Santiago de Liniers"
_SITE_BEFORE = re.compile(r"(?:\b[A-ZÁÉÍÓÚÑ][^\W\d_]+|\b(?:hospital|cl[ií]nica|iglesia|parroquia|colegio|escuela|liceo|"
                          r"universidad|calle|avenida|barrio|colonia|plaza|c[aá]rcel|penal|estadio|hotel|edificio|"
                          r"church|school|street|avenue))\s+$")


def _whole_town(found: tuple[str, str] | None, texts: list[str]) -> tuple[str, str] | None:
    """A town reconcile knows by the first words of a longer name the text writes, whose last word
    is no place ("San José" of "San José de Secce", not "Santiago" of "Santiago de Chile"): the
    town of the whole name, declared in the same country."""
    if found is None or not is_city(found[0]):
        return found
    for text in texts:
        longer = re.search(rf"\b{re.escape(found[1])}{_NAME_GOES_ON}", text)
        if longer is not None and not places_in(longer.group(1)) and not countries_named(longer.group(1)) \
                and not _SITE_BEFORE.search(text, max(0, longer.start() - 30), longer.start()):
            name = longer.group()
            return city_code(country_of(found[0]), name), name
    # a town's name that goes on in capitals where the prose writes it ("San Juan Ixhuatepec", "San Pedro
    # Limón"): the reader reads no place there (``name_goes_on``), so a title whose capitals say nothing
    # ("Explosiones de San Juan Ixhuatepec") named only the first words of the longer town
    for text in texts[1:] if opens_town_names(found[1].split()[0]) else []:
        for longer in re.finditer(rf"\b{re.escape(found[1])}(?:\s+[{UPPER}][^\W\d_]+){{1,2}}\b", text):
            if not places_in(longer.group()) and not any(at == longer.start() for _, _, at in places_in(text)):
                name = longer.group()
                return city_code(country_of(found[0]), name), name
    return found


def _home_divisions(text: str, found: list[tuple[str, str, int]], home: str | None) -> list[tuple[str, str, int]]:
    """``found`` (the places of ``text`` read in no country) with each name that ``home`` reads as
    one of its divisions read so ("Beni": BO-B, not the Congolese city)."""
    if home is None:
        return found
    divisions = {at: (code, name, at) for code, name, at in places_in(text, home)
                 if "-" in code and not is_city(code) and country_of(code) == home}
    if not divisions:
        return found
    return sorted({**{p[2]: p for p in found}, **divisions}.values(), key=lambda p: p[2])


_WATER_BEFORE = re.compile(r"\b(?:r[ií]o|river|lago|lake|laguna|arroyo|creek)\s+(?:de\s+|del\s+|of\s+(?:the\s+)?)?$",
                           re.I)
_WATER_AFTER = re.compile(r"\s+(?:River|Lake|Creek|Delta|Basin|(?-i:river|lake|creek|delta|basin))\b")


_DIVISION_WORD_BEFORE = re.compile(r"\b(?:departamento|provincia|partido|department|province)\s+$", re.I)


def a_water(text: str, name: str, at: int) -> bool:
    """Whether the place ``name`` at ``at`` names a river or a lake, not a town or region: "las crecidas del río
    Paraná", "along the Paraná River", "capsized in the Ganga river" (no Ganja of Azerbaijan)."""
    return bool(_WATER_BEFORE.search(text, max(0, at - 20), at) or _WATER_AFTER.match(text, at + len(name)))


# a section or edition of an outlet that reports from abroad: "bbc.co.uk/mundo/", "rfi.fr/es/", "elcomercio.pe/mundo/"
_WORLD_SECTIONS = frozenset("mundo world internacional international internacionales global america americas "
                            "latinoamerica latam es en fr pt de".split())


def _readings_support(texts: list[str], founds: list[list[tuple[str, str, int]]]) -> Counter:
    """For each country, how many of the places the texts name (once each, where people came from too) it may be the
    place of: "Madrid" is Spain's or Colombia's, "Valencia" Spain's, Venezuela's and more."""
    support: Counter = Counter()
    for text, found in zip(texts, founds):
        for code, name, at in found:
            support.update(countries_named(text[at:at + len(name)]) or {country_of(code)})
    return support


def _shared_names_read(text: str, found: list[tuple[str, str, int]], support: Counter) -> list[tuple[str, str, int]]:
    """``found`` with each name that several countries' places share read in the country the other places of the
    article may be in more often than in the one it was read in: "Valencia" beside "Sevilla" and "Alicante" is
    Spain's, not Venezuela's more populous city."""
    out = []
    for code, name, at in found:
        named = countries_named(name) if "-" in code else frozenset()
        best = max(sorted(named), key=lambda c: support[c]) if len(named) > 1 else None
        if best is not None and support[best] > support[country_of(code)]:
            code = next((other for other, _, there in places_in(text, best) if there == at
                         and country_of(other) == best), code)
        out.append((code, name, at))
    return out


def _world_edition(url: str | None) -> bool:
    """Whether an address is of a world section or a foreign-language edition (its outlet's country is no
    place of the story)."""
    segments = [seg.lower() for seg in urlsplit(url or "").path.split("/") if seg]
    folders = segments[:-1] or segments
    return any(seg in _WORLD_SECTIONS for seg in folders) or any(
        seg.split("-")[0] in ("world", "mundo") for seg in segments)     # "/news/world-asia-123"


def _article_place(article: Article, all_sentences: list[Sentence]) -> tuple[str, str] | None:
    """``article_place`` before a known town's name is made whole."""
    start = dateline_start(article.text)         # past a headline's or highlights' lines above it
    filed = dateline(article.text[start:])
    prose = prose_of(article.text, all_sentences)
    wire = [s for s in prose if s.start >= start]   # from the dateline's sentence on
    if filed is not None and not _filed_abroad(filed, article.title, wire):
        return _elsewhere(filed, wire) or filed
    located = _location_town(article.text, all_sentences)
    told = {country_of(code) for text in [article.title or "", *(s.text for s in prose[:3])]
            for code, _, _ in places_in(text)}
    if located is not None and (not told or country_of(located[0]) in told):
        return located    # (not a line the opening contradicts: "un desastre minero en Chile", "Ubicación: Mendoza")
    if _wide_event(article, prose) or (_areas_affected(article.text, all_sentences)
                                       and (not prose or _happened_in(prose[0].text, None, None) is None)):
        return None                   # unless the opening says where it struck: "Typhoon X struck the Philippines"
    # the outlet's country, by its address ("eldeber.com.bo"): a name one of its divisions shares is read as
    # that division ("El fuego migra a Beni": Bolivia's department, not the city in Congo); a city's name is
    # read as everywhere ("Sismo en Santiago" in elcomercio.pe's world news is Chile's capital)
    home = home_country(article.url)
    title_found = _title_places(article.title, home=home) if article.title else []
    counts: Counter = Counter()
    opening: Counter = Counter()
    # the votes of names that only one country has ("Chile", "Valparaíso"): a name several
    # countries share ("Santiago", "Valencia", "Mérida") is read in the country they give
    sure: Counter = Counter()
    sure_opening: Counter = Counter()
    named: Counter = Counter()
    written: dict[str, str] = {}          # a place's code -> its name as first written
    opening_texts = {s.start for s in prose[:3]}
    filed_end = start + (dateline_end(article.text[start:]) or 0) if filed is not None else 0
    every = [_home_divisions(sentence.text, places_in(sentence.text), home) for sentence in all_sentences]
    support = _readings_support([article.title or "", *(s.text for s in all_sentences)], [title_found, *every])
    for sentence, found in zip(all_sentences, every):
        found = _shared_names_read(sentence.text, found, support)
        came_from = origins(sentence.text, found) | _built_at(sentence.text, found)
        agencies = _agencies_countries(sentence.text)
        if agencies and (any(p[2] not in agencies | came_from for p in found) or _PLACE_NAMED.search(sentence.text)):
            # "the U.S. Geological Survey said" beside a place of its own: whose agency it is, no vote; alone, the
            # country of "the Kenya Red Cross said" is the article's as ever (R2: it had left the count unplaced)
            came_from |= agencies
        if sentence.start in opening_texts:
            speakers = _speakers_countries(sentence.text)      # "U.S. health officials said": no vote, beside
            if any(p[2] not in speakers | came_from for p in found):   # another place
                came_from |= speakers
        if filed is not None:
            # a dateline abroad (``_filed_abroad``): where the report was filed, no vote
            came_from |= {p[2] for p in found if start <= sentence.start + p[2] < filed_end}
        found_all = found
        # "migrants from Libya": not the event's place; "la colonia San Rafael": a quarter, not the town;
        # "Built by X of Hiroshima, Japan": where the ship was built
        found = [p for p in found if p[2] not in came_from
                 and not _QUARTER.search(sentence.text, max(0, p[2] - 20), p[2])
                 and not persons_name(sentence.text, p[1], p[2])
                 and not venue_named(sentence.text, p[2]) and not a_water(sentence.text, p[1], p[2])
                 # "al departamento Ambato" (of Catamarca): a division of its own country, not Ecuador's city Ambato
                 and not (is_city(p[0]) and _DIVISION_WORD_BEFORE.search(sentence.text, max(0, p[2] - 16), p[2]))]
        # where a train or a ship was bound ("A train bound for Madrid derailed near Santiago de Compostela") is no
        # place of the event, but tells the country it ran in: the weakest vote (session 49: it had given none once
        # the destination was an origin, and the unknown town was read abroad)
        for code in dict.fromkeys(code for code, _, at in found_all if at in came_from
                                  and _BOUND_FOR.search(sentence.text, max(0, at - 30), at)):
            counts[country_of(code)] += 1
        for code in dict.fromkeys(code for code, _, _ in found):   # in order: a tie goes to the first named
            counts[country_of(code)] += 1
            if sentence.start in opening_texts:
                opening[country_of(code)] += 1
        for code in dict.fromkeys(code for code, name, _ in found if len(countries_named(name)) == 1):
            sure[country_of(code)] += 1
            if sentence.start in opening_texts:
                sure_opening[country_of(code)] += 1
        for code, name, _ in found:
            named[code] += 1                  # every mention ("the Savar collapse ... in Savar")
            written.setdefault(code, name)
    best = sure_opening or sure or opening or counts
    country = max(best, key=lambda c: (best[c], sure[c], counts[c])) if best else None
    if country is not None and home is not None and home not in best and counts[country] == 1 and \
            sum(1 for c in counts if counts[c] == 1) >= 3 and all(is_city(code) for code in named):
        # a list of cities abroad, each named once, and no other place ("se replicaron en varias ciudades ... y en el
        # exterior: Toronto, Londres, París, Madrid"): none of them is the article's country, the outlet's is (not
        # a story that names a country: "struck Turkey ... felt in Lebanon, Cyprus and Israel")
        country = home
    if country is not None and title_found and all(country_of(code) != country for code, _, _ in title_found):
        # "Inundaciones en Valencia" of an article that names Spain: the title read in that country
        again = _title_places(article.title or "", country)
        if any(country_of(code) == country for code, _, _ in again):
            title_found = again
    forces = _forces_country(prose[:3]) if title_found and set(named) <= {c for c, _, _ in title_found} else None
    if forces is not None and all(is_city(code) and country_of(code) != forces for code, _, _ in title_found):
        # the text names no place but the title's town, and its country only by the army that acted there
        # ("the Río X massacre ... by the Honduran army"): the town is read in that country
        title_found = [(city_code(forces, name), name, at) for _, name, at in title_found]
        country = forces
    title_countries = {country_of(code) for code, _, _ in title_found}
    several = several_countries(article.title)
    if several:
        country = several[0]                  # "Turkey–Syria earthquakes": the first is the epicentre's
    prefer = next(iter(title_countries)) if len(title_countries) == 1 else None if title_countries else country
    titled = next((p for p in title_found if "-" in p[0]), None) if len(title_countries) == 1 else None
    if country is not None and not several and all(code == country for code, _, _ in title_found) \
            and spread_over(article.title, prose[:2], country):
        return country, country       # "originated in Santiago and took place in all regions of Chile"
    if titled is not None and not several and not is_city(titled[0]) and spread_within(article.title, prose[:2]):
        return titled[0], titled[1]   # "Assam flood situation grim": "across 15 districts", not the one named next
    kinds = _event_kinds(" ".join([article.title or "", prose[0].text if prose else ""]))   # the article's event's
    opening_named = bool(prose and places_in(prose[0].text))
    for sentence in prose[:3]:
        # (a march's verb in a later sentence only where the first names no place: "Hundreds more marched in Cusco"
        # after "took to the streets of Lima" is not the march's place)
        happened = _happened_in(sentence.text, prefer, None if sentence is prose[0] else kinds,
                                "protest" in kinds and (sentence is prose[0] or not opening_named))
        if happened is not None and began_there(article.title, sentence.text, happened[1]):
            continue                          # "The riots ... originally focused in the banlieue of Paris": its origin
        if happened is not None and (prefer is None or country_of(happened[0]) == prefer) and \
                happened[0] != country_of(happened[0]) and (titled is None or _inside(happened[0], titled[0])
                                                            or happened[2] == titled[0]
                                                            or is_city(titled[0]) and not is_city(happened[0])):
            own = _title_place(article.title, prose[:3]) if not title_found else None
            if own is not None and country_of(own[0]) == country_of(happened[0]) and not is_city(happened[0]):
                return own                      # "Derrumbe en Hpakant": "una mina de Hpakant, en el estado de Kachin"
            return happened[0], happened[1]     # "collapsed in Ikoyi, Lagos" in a "Lagos building collapse"
        other = _other_name(sentence.text, article.title, prefer)
        if other is not None:
            return other
    if len(title_countries) == 1 and titled is None and title_found[0][0] == country_of(title_found[0][0]):
        # the title names the country alone ("Mine blast in Colombia"): the town the opening says
        # the event happened at ("in the town of Sutatausa, in central Colombia")
        town = _opening_town(prose[:1], title_found[0][0]) or _opening_division(prose[:1], title_found[0][0])
        if town is None and _title_narrows(article.title or "", title_found[0]):
            # the title names a part of the country no code has ("hits New Zealand's South Island"): the one town of
            # it the opening puts the toll in or near ("killed ... in central Christchurch")
            town = _opening_sole_city(prose[:3], title_found[0][0])
        if town is not None:
            return town
    if len(title_countries) == 1:
        return title_found[0][0], title_found[0][1]   # else ("Turkey–Syria earthquake") the opening decides
    event = _title_place(article.title, prose[:3])
    if event is not None:
        return event
    if country is None:
        # no place of the text is known: a town the title names that one country has ("Beslan
        # school siege": Beslan, Russia, 36,000 people), named in the opening too; else the
        # country the opening names by its people's adjective ("by the Honduran army"); else the outlet's
        # country by its address, of a story that names no place at all ("Las lluvias dejaron 25 fallecidos,
        # según Defensa Civil" on a ".pe" site: Peru)
        sole = _title_sole_town(article.title, prose[:3]) or _called_sole_town(prose[:3])
        if sole is None and (by_people := _demonym_country(prose[:3], article.title)) is not None:
            # "en la localidad senegalesa de Ndiaganiao": the town the opening names, inside that country
            sole = _opening_town(prose[:1], by_people[0]) or by_people
        if sole is None and home is not None and not named and not _world_edition(article.url):
            return home, home
        return sole
    if article.title:
        # the title's place read inside that country: a town too small to be known worldwide
        # ("Santiago de Compostela"), or one the opening calls a town ("the town of Armero")
        in_title = places_in(article.title, country)
        not_here = origins(article.title, in_title)    # "la calle Morelos": a street's name
        inside = [p for p in in_title if country_of(p[0]) == country and p[0] != country and p[2] not in not_here]
        if inside:
            return inside[0][0], inside[0][1]
        town = _title_town(article.title, prose[:3], country) or _title_listed_town(article.title, prose, country)
        if town is not None:
            return town
    town = _opening_town(prose[:1], country)
    if town is not None:
        return town
    # the event's own place: the most specific place of that country the first sentence naming
    # one names ("discoteca República Cromañón de Buenos Aires (Argentina)"), if the article
    # comes back to it (a place named once may be where a ship was going)
    for sentence in prose[:3]:
        named_here = places_in(sentence.text, country)
        found = specific(named_here)
        inside = [p for p in found if country_of(p[0]) == country and p[0] != country
                  and (named[p[0]] >= 2 or _LOCATED.search(sentence.text, max(0, p[2] - 90), p[2])
                       # an address: "at 9 Kuybyshev Street, Perm, Russia", "en Tlalpan, Ciudad de México, México",
                       # "in Brussels, Belgium, before the final", "de Hermosillo, Sonora, México"
                       or _address(sentence.text, named_here, p, country)
                       or _city_of_a_site(sentence.text, p))
                  and not _QUARTER.search(sentence.text, max(0, p[2] - 20), p[2])]
        if inside and (holder := holder_of_list(sentence.text, found, inside[0])) is not None:
            return holder, holder if "-" not in holder else iso_place(holder)[0]   # a list of places: no one
            # of them is the event's ("counted 500: Norte de Santander (415), ..., Arauca (23)"), what holds them
        if inside:
            return inside[0][0], inside[0][1]
        if found:
            break
    site = _site_city(article.title, country, named, written)
    if site is not None:
        return site
    return _location_line(article.text, all_sentences, country) or (country, country)


# where a ship, a plane, a building was made: "Built by Onomichi Zosen of Hiroshima, Japan", "built in
# Belfast", "construido en los astilleros de Bilbao", "fabricado en Francia"
_BUILT_BEFORE = re.compile(r"\b(?:built|constructed|manufactured|construid[oa]|fabricad[oa])\s+"
                           r"(?:(?:by|in|at|en|por)\s+)(?:[^\s,;.]+\s+){0,4}?(?:(?:of|in|at|de|en)\s+)?"
                           r"(?:the\s+|la\s+|el\s+|los\s+)?$", re.I)


# a thing that leaves where it was built: a ship, a plane, a train
_MOVABLE = re.compile(r"\b(?:ship|vessel|ferry|boat|tanker|liner|aircraft|airliner|plane|jet|train|locomotive|"
                      r"barco|buque|ferri|ferry|nave|petrolero|avi[oó]n|aeronave|tren|locomotora)s?\b", re.I)


def _built_at(text: str, found: list[tuple[str, str, int]]) -> set[int]:
    """The offsets of the places ``text`` names as where a ship, a plane or a train was built, and
    the places listed after it ("Hiroshima, Japan"): no place of the event that befell the thing."""
    out: set[int] = set()
    if not _MOVABLE.search(text):
        return out                    # a dam or a building stands where it was built
    previous = None
    for _, name, at in found:
        if _BUILT_BEFORE.search(text, max(0, at - 50), at) or (
                previous is not None and previous[0] in out and re.fullmatch(r"\s*,\s*", text[previous[1]:at])):
            out.add(at)
        previous = (at, at + len(name))
    return out


# an adjective of a people as English writes it ("Honduran", "Peruvian", "Congolese", "Pakistani",
# "Turkish", "Philippine"; the irregular ones, "Thai", "Lao", "Swiss", are ``demonym``'s) and as Spanish does, after
# its noun ("Ejército mexicano", "policía peruana", "territorio hondureño", "fuerzas nicaragüenses")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_DEMONYM_EN = re.compile(r"[A-Z][a-z]+(?:ians?|eans?|ans?|ese|is?|ish|ch|ine)")
_DEMONYM_ES = re.compile(r"(?<=[^\W\d_]\s)[a-zñ]+(?:an[oa]s?|eñ[oa]s?|ens[ea]s?|[eé]s|es[ae]s?|in[oa]s?|[ií]|[ií]es|"
                         r"c[oa]s?|[oa]s?)\b")


# a settlement of that country: "the Senegalese town of X", "la localidad senegalesa de X" (``_IN_SETTLEMENT``)
_SETTLEMENTS = frozenset("town village city province region district island localidad ciudad pueblo aldea villa "
                         "municipio provincia region comunidad isla".split())
# what a people's adjective qualifies when it places an event in its country: a state's forces and
# bodies, its land and towns ("the Honduran army", "el Ejército mexicano", "territorio hondureño", "la localidad
# senegalesa de X"); not a
# person, a firm or migrants of that people, who may be anywhere ("the Spanish player", "una empresa
# alemana", "Eritrean migrants")
_AT_HOME = frozenset("army armed military police forces troops soldiers government authorities officials navy guard "
                     "regime state security territory coast waters border capital "
                     "ejercito policia fuerzas tropas soldados gobierno autoridades funcionarios armada guardia "
                     "militares regimen estado seguridad territorio costa aguas frontera capital".split()) \
    | _SETTLEMENTS
# a state's body by its name, after the adjective: "the Thai Disaster Prevention and Mitigation Department"
_BODY_NAMED = re.compile(r"\s+(?:[A-Z][\w'-]*\s+(?:(?:and|of|for)\s+(?:the\s+)?)?){0,6}?(?:Department|Ministry|Agency|"
                         r"Army|Police|Navy|Government|Authority|Office|Service|Commission|Council|Forces|Guard|"
                         r"Directorate|Bureau)\b")


# the settlement where it happened, after "in" (English: before the adjective; Spanish: before the noun): "in the
# Senegalese town of X", "en la localidad senegalesa de X" (not "migrants from the Honduran village of X", "bound for
# the Kenyan town of X", "había zarpado de la isla tunecina de X": GUIDE, where people came from is no place)
_IN_SETTLEMENT = re.compile(r"\b(?:in|at|near|en|cerca\s+de)\s+(?:(?:the|la|el|una?|an?)\s+)?(?:[^\W\d_]+\s+)?$",
                            re.I)


def _country_of_adjective(word: str, spanish: bool) -> str | None:
    """The code of the country a people's adjective names ("Honduran": HN, "mexicano": MX), else None."""
    name = _country_of_demonym(word.capitalize() if spanish else word, spanish=spanish)
    if name is None and not spanish and word.endswith("n"):
        name = word[:-1] + "s"            # "Honduran" of "Honduras"
    if not name or fold_name(name) == fold_name(word):
        return None
    found = places_in(name)
    return found[0][0] if found and found[0][0] == country_of(found[0][0]) and len(found[0][1]) == len(name) else None


def _demonym_country(opening: list[Sentence], title: str | None = None) -> tuple[str, str] | None:
    """The country the opening names only by its people's adjective, when it names no place:
    "a massacre by the Honduran army", "perpetrada por el Ejército mexicano", "Sudanese officials said"
    (the first so named); else the title, by the adjective of its event ("Thai flood death toll rises",
    "Sismo peruano deja 20 muertos")."""
    for text, event in [*((s.text, False) for s in opening), *([(title, True)] if title else [])]:
        words = [(m.start(), m.group(), False) for m in _CAPITALISED.finditer(text)
                 if _DEMONYM_EN.fullmatch(m.group()) or demonym(m.group())]
        words += [(m.start(), m.group(), True) for m in _DEMONYM_ES.finditer(text)]
        for at, word, spanish in sorted(words):
            near = re.findall(r"[^\W\d_]+", text[:at])[-1:] if spanish else \
                re.findall(r"[^\W\d_]+", text[at + len(word):])[:1]
            body = not spanish and _BODY_NAMED.match(text, at + len(word)) is not None
            if not near or fold_word(near[0]) not in _AT_HOME and not body and not (
                    event and fold_word(near[0]) in _KIND_OF):
                continue      # "the Spanish player", "la empresa estadounidense": no place of the event
            if fold_word(near[0]) in _SETTLEMENTS and not _IN_SETTLEMENT.search(text, 0, at):
                continue      # "migrantes procedentes de la aldea guatemalteca de X", "bound for the Kenyan town of X":
                #               where they came from or went, not where it happened ("sucedió en la localidad ...")
            code = _country_of_adjective(word, spanish)
            if code is not None:
                return code, code
    return None


# an infobox's line of the places an event struck: "Areas affected: Honduras, Belize", "Áreas afectadas: ..."
_AFFECTED_LABEL = re.compile(r"\s*(?:(?:Areas|Countries|Regions)\s+affected|Affected\s+(?:areas|countries|regions)|"
                             r"(?:[ÁA]reas|Zonas|Pa[ií]ses|Regiones)\s+afectad[oa]s)\s*:\s*", re.I)


def _areas_affected(text: str, all_sentences: list[Sentence]) -> bool:
    """Whether an infobox's "Areas affected:" line lists two countries or more ("Áreas afectadas:
    Puerto Rico, Jamaica, Honduras y México"): the event is of several countries, and a count
    that names no place is of none of them (GUIDE § place)."""
    for sentence in all_sentences:
        label = _AFFECTED_LABEL.match(sentence.text)
        on_own_line = sentence.start == 0 or text[sentence.start - 1] == "\n"
        if label is not None and on_own_line and len(   # countries themselves: not "Mexico, Texas"
                {code for code, _, _ in places_in(sentence.text[label.end():]) if "-" not in code}) >= 2:
            return True
    return False


# an infobox's line of the event's place: "Location: Ludlow, Colorado", "Ubicación: Tlaxco, Tlaxcala"
_LOCATION_LABEL = re.compile(r"\s*(?:Location|Place|Site|Ubicaci[oó]n|Lugar|Localizaci[oó]n)\s*:\s*")


# a site whose name holds a town's: "Valla de Melilla", "Plaza de Mayo", "the Port of Spain"... (a fence, a square, a
# bridge, a stadium named after a place, standing where the line says next)
_SITE_WORD = (r"(?:valla|fence|muro|wall|plaza|square|puente|bridge|estadio|stadium|aeropuerto|airport|puerto|port|"
              r"paso|crossing|frontera|border|estaci[oó]n|station|mina|mine|presa|dam|c[aá]rcel|prison|iglesia|church|"
              r"catedral|cathedral|hospital|mercado|market|parque|park|campo|camp)")
_SITE_OF = re.compile(rf"\b{_SITE_WORD}\s+(?:de|del|of)\s+(?:la\s+|el\s+|los\s+|las\s+|the\s+)?$", re.I)
_SITE_NAME = re.compile(rf"{_SITE_WORD}\b", re.I)


def _location_line(text: str, all_sentences: list[Sentence], country: str) -> tuple[str, str] | None:
    """The most specific place of ``country`` an infobox's "Location:" line names, when the prose
    names the country alone: that line is the event's place, as no other infobox line is; a town
    reconcile does not know before a place of that country ("Tlaxco, Tlaxcala") is declared in it (not a
    site's name, "Plaza de Mayo, ciudad de Buenos Aires", nor a town in one: "Valla de Melilla en Nador")."""
    for sentence in all_sentences:
        label = _LOCATION_LABEL.match(sentence.text)
        if label is None or not _is_infobox(text, sentence):
            continue
        value = sentence.text[label.end():]
        inside = [p for p in specific(places_in(value, country)) if country_of(p[0]) == country and p[0] != country
                  and not _SITE_OF.search(value, max(0, p[2] - 24), p[2])]
        town = re.match(rf"([{UPPER}][^\W\d_]+(?:\s(?:de\s+|del\s+)?[{UPPER}][^\W\d_]+){{0,2}}),", value)
        if inside and town is not None and inside[0][2] > town.end() and not places_in(town.group(1), country) \
                and not _SITE_NAME.match(town.group(1)):
            return city_code(country, town.group(1)), town.group(1)   # "Tlaxco, Tlaxcala": a town unknown
        if inside:
            return inside[0][0], inside[0][1]
    return None


def _location_town(text: str, all_sentences: list[Sentence]) -> tuple[str, str] | None:
    """The town an infobox's "Location:" line names, in one country ("Location: Itaewon, Yongsan District, Seoul,
    South Korea": Itaewon; "Lugar: Valla de Melilla en Nador": Nador): the event's place, before a title that
    names it by a wider place or a landmark; not a line that says it was the place of one part ("Lugar: Alcanar
    (explosiones fortuitas)"), nor one of a country ("Location: South Korea nationwide")."""
    for sentence in all_sentences:
        label = _LOCATION_LABEL.match(sentence.text)
        if label is None or not _is_infobox(text, sentence) or "(" in sentence.text:
            continue
        value = sentence.text[label.end():]
        found = [p for p in places_in(value) if not _SITE_OF.search(value, max(0, p[2] - 24), p[2])]
        countries = {country_of(code) for code, _, _ in found}
        if len(countries) != 1:
            return None
        town = _location_line(text, [sentence], next(iter(countries)))
        return town if town is not None and "-" in town[0] else None
    return None


# a country's forces or government by its people's adjective: "the Honduran army", "el Ejército mexicano"
_FORCES_EN = re.compile(r"\b([A-Z][a-z]+)\s+(?:army|military|armed\s+forces|forces|troops|soldiers|police|"
                        r"government|navy|air\s+force|national\s+guard)\b")
_FORCES_ES = re.compile(r"\b(?:ej[eé]rcito|militares|fuerzas\s+armadas|fuerzas|tropas|soldados|polic[ií]a|gobierno|"
                        r"armada|guardia\s+nacional)\s+([a-zñáéíóú]+)\b", re.I)


def _forces_country(opening: list[Sentence]) -> str | None:
    """The country whose army, police or government the opening names by its people's adjective."""
    for sentence in opening:
        for match in sorted([*_FORCES_EN.finditer(sentence.text), *_FORCES_ES.finditer(sentence.text)],
                            key=lambda m: m.start()):
            code = _country_of_adjective(match.group(1), match.re is _FORCES_ES)
            if code is not None:
                return code
    return None


def _opening_places(text: str, country: str | None) -> list[tuple[str, str, int]]:
    """The places a wire's first sentence names after its dateline that may be its event's: not
    where someone came from, nor a place in a body's name ("Yemen's Houthi-run health ministry",
    "el Gobierno de Colombia")."""
    start = dateline_end(text) or 0
    found = [p for p in places_in(text, country) if p[2] >= start]
    came_from = origins(text, found)
    kept = [p for p in found if p[2] not in came_from and not in_body_name(text, p[2], p[1], p[0] == country_of(p[0]))]
    # a country that opens who speaks beside another place ("An outbreak in the Marshall Islands ..., U.S. health
    # officials said"), not the only one ("U.S. health officials said a salmonella outbreak has sickened 650")
    speakers = _speakers_countries(text[start:])
    others = [p for p in kept if p[2] - start not in speakers]
    return others if others else kept


@lru_cache(maxsize=1024)
def _speakers_countries(text: str) -> frozenset[int]:
    """Where a country opens the name of who speaks, as its officials' adjective: "U.S. health officials said",
    "UK police said" (whose officials they are, not where the event is)."""
    from reconcile.extract.attribution import attributions

    out = set()
    for a in attributions(text):
        words = a.who.split()
        if len(words) >= 2 and words[1][:1].islower() and a.who[:1].isupper():
            found = places_in(words[0])
            if found and "-" not in found[0][0]:
                out.add(a.start)
    return frozenset(out)


#: a place the gazetteer may not know, named as one: "in the Shindand district", "la provincia de Herat"
_PLACE_NAMED = re.compile(r"\b[A-Z][\w'-]+\s+(?:district|province|region|county|village|valley)\b|"
                          r"\b(?:distrito|provincia|regi[oó]n|condado|aldea|valle)\s+(?:de\s+)?[A-Z]")


@lru_cache(maxsize=1024)
def _agencies_countries(text: str) -> frozenset[int]:
    """Where a country opens the name of a body that speaks: "the U.S. Geological Survey said", "the Pakistan
    Meteorological Department said" (whose agency it is, which reports on events abroad too)."""
    from reconcile.extract.attribution import attributions

    out = set()
    for a in attributions(text):
        found = places_in(a.who.split()[0]) if " " in a.who and a.who[:1].isupper() else []
        if found and "-" not in found[0][0] and in_body_name(a.who, found[0][2], found[0][1], True):
            out.add(a.start)
    return frozenset(out)


def _filed_abroad(filed: tuple[str, str], title: str | None, prose: list[Sentence]) -> bool:
    """Whether a dateline's town is only where the report was filed, in another country than the
    event's: the title and the first sentence name places of one other country and none of the
    dateline's ("GENEVA (Reuters) - Yemen has recorded 100,000 cholera cases", "GINEBRA (EFE).- Yemen
    ha registrado 100.000 casos de cólera"). The article's place is then read as with no dateline."""
    if not prose:
        return False
    named = [*(_title_places(title) if title else []), *_opening_places(prose[0].text, None)]
    # (not a country's name the dateline's country gives a place of its own: "MADRID - ... atrapados en Granada")
    countries = {country_of(code) for code, name, _ in named
                 if "-" in code or not read_at_home(name, code, country_of(filed[0]))}
    return len(countries) == 1 and country_of(filed[0]) not in countries


# an event of the whole country, by its name: "a nationwide strike", "un paro nacional", "la huelga general"
_NATIONAL_EVENT = re.compile(r"\b(?:(?:nationwide|national|general)\s+(?:strike|walkout|shutdown|protests?|lockdown)|"
                             r"(?:paro|huelga|protestas?|movilizaci[oó]n|cuarentena)\s+(?:nacional|general)|"
                             r"(?:strike|protests?)\s+(?:across|throughout)\s+the\s+country)\b", re.I)


def _elsewhere(filed: tuple[str, str], prose: list[Sentence]) -> tuple[str, str] | None:
    """The place a wire's first sentence says the event happened in, when it is not the town of
    the dateline, which is then only where the report was filed: another town or a subdivision of
    that country ("LIMA (Reuters) - A landslide buried 40 homes in Chosica", "SANTIAGO.- ... en la
    región de Valparaíso"), or the country itself ("NAIROBI - Floods have killed 169 people in
    Kenya", "MAPUTO.- El ciclón causó 200 muertos en Mozambique"). Not a place the dateline's town
    lies in ("GUAYAQUIL - a riot in a prison of Guayas"): the town is the more specific."""
    if not prose:
        return None
    text = prose[0].text
    country = country_of(filed[0])
    if _NATIONAL_EVENT.search(text) and not _CAPITAL.search(text) and fold_name(filed[1]) not in fold_name(
            text[(dateline_end(text) or 0):]):
        return country, country      # "SANTIAGO.- Unos 90.000 profesores iniciaron un paro nacional": Chile
    happened = _happened_in(text, country, None)
    if happened is None:
        # no verb of happening: the first place of the dateline's country the sentence names, when it
        # does not name the dateline's town ("PANAMÁ (AP) — Unos 30.000 migrantes cruzaron la selva del
        # Darién", "NAIROBI - Thousands of refugees crossed into Turkana county")
        named = [p for p in _opening_places(text, country) if country_of(p[0]) == country]
        told = fold_name(filed[1]) in fold_name(text[(dateline_end(text) or 0):])
        if named and not any(p[0] == filed[0] for p in named) and not told:
            inner = specific(named)
            happened = (inner[0][0], inner[0][1], None)
        elif not named and not told and is_city(filed[0]) and (
                _NEAR_DESCRIBED.search(text, dateline_end(text) or 0) or _SPREAD_EVENT.search(text)
                or is_capital(*filed) and _NEAR_NAMED.search(text, dateline_end(text) or 0)):
            # "ROME — A boat capsized near Lampedusa", "near a small Mediterranean island", "KARACHI - Floods have
            # killed 1,061 people since mid-June": the event is elsewhere in the country, or over it, not in the town
            # the wire filed from (a town reconcile does not know is away from the capital, not from any town:
            # "CALAPAN, Philippines -- A passenger ferry capsized ... off Mindoro island", where Calapan lies)
            return country, country
    if happened is None or happened[0] == filed[0] or country_of(happened[0]) != country_of(filed[0]):
        return None
    if not is_city(filed[0]) and _inside(filed[0], happened[0]):
        return None
    # the country, unless the sentence says the capital or names the town: "KABUL - ... in Afghanistan's
    # capital", "NAIROBI - ... in Kenya when a fire swept a Nairobi slum"
    if happened[0] == country_of(happened[0]) and (
            _CAPITAL.search(prose[0].text) or fold_name(filed[1]) in fold_name(prose[0].text[len(filed[1]):])):
        return None
    return happened[0], happened[1]


# where a first sentence puts its event away from a town: near or off a place reconcile does not know, or one it
# only describes ("near Lampedusa", "off a small Mediterranean island", "cerca de una aldea")
_NEAR = r"\b(?:near|off|off\s+the\s+coast\s+of|cerca\s+de|frente\s+a)\s+"
_NEAR_NAMED = re.compile(_NEAR + r"(?-i:[A-ZÁÉÍÓÚÑ])", re.I)
_NEAR_DESCRIBED = re.compile(_NEAR + r"(?:an?|una?)\s+(?:[^\W\d_]+\s+){0,3}?(?:island|isle|islet|village|coast|shore|"
                             r"port|reef|isla|islote|aldea|pueblo|costa|puerto|arrecife)s?\b", re.I)
# an event that spreads over a country, not one town's: "Floods have killed", "the monsoon", "a cholera outbreak"
_SPREAD_EVENT = re.compile(r"\b(?:floods?|flooding|monsoon|drought|heat\s*waves?|cold\s+snap|epidemic|outbreak|"
                           r"inundaciones|sequ[ií]a|ola\s+de\s+(?:calor|fr[ií]o)|epidemia|brote)\b", re.I)


# the capital, by that word: "in Afghanistan's capital", "en la capital de Perú", "la capitalina"
_CAPITAL = re.compile(r"\bcapital(?:ina)?\b", re.I)


# a site a title names, which lies in a town: "Tiananmen Square protests", "Masacre de la Plaza de
# las Tres Culturas", "Estadio Nacional tragedy"
_SITE = re.compile(r"\b(?:Square|Plaza|Stadium|Park|Bridge|Market|Station|Airport|Cathedral|Mosque|Temple|Mall|"
                   r"Estadio|Parque|Puente|Mercado|Estaci[oó]n|Aeropuerto|Catedral|Mezquita|Templo)\b")


def _site_city(title: str | None, country: str, named: Counter, written: dict[str, str]) -> tuple[str, str] | None:
    """The town of a site the title names and reconcile does not know ("Tiananmen Square"):
    the one town of ``country`` the article names more than once and more often than any other
    (Beijing); None when the title names no site, or no town stands out."""
    site = _SITE.search(title or "")
    if site is None or _title_places(title or "", country):
        return None
    towns = sorted(((n, code) for code, n in named.items() if is_city(code) and country_of(code) == country),
                   reverse=True)
    if not towns or towns[0][0] < 2 or (len(towns) > 1 and towns[1][0] == towns[0][0]):
        return None
    return towns[0][1], written[towns[0][1]]


# the event's other name in the opening: "El accidente ferroviario de Santiago de Compostela o
# accidente de Angrois", "The 2013 Savar building collapse or Rana Plaza collapse"
_OTHER_NAME = re.compile(
    r"\b(?:or|o|also\s+known\s+as|known\s+as|tambi[eé]n\s+(?:llamad[oa]|conocid[oa])\s+como|conocid[oa]\s+como)"
    rf"\s+(?:the\s+|el\s+|la\s+)?(?:(?:\d{{4}}\s+)?([{UPPER}][^\W\d_]+(?:\s+[{UPPER}][^\W\d_]+){{0,2}})\s+[a-z]+"
    rf"|[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+)?\s+(?:de|del|of|in|en)\s+([{UPPER}][^\W\d_]+(?:\s+[{UPPER}][^\W\d_]+){{0,2}}))")


_NAME_BEFORE = re.compile(rf"^(?:the\s+|el\s+|la\s+)?(?:\d{{4}}\s+)?"
                          rf"([{UPPER}][^\W\d_]+(?:\s+[{UPPER}][^\W\d_]+){{0,2}})"
                          r"\s+[a-z]+(?:\s+[a-z]+)?\s+(?:or|o)\s", re.I)


def _other_name(sentence: str, title: str | None, country: str | None) -> tuple[str, str] | None:
    """A place in the event's other name that the opening gives, when the title names the event
    otherwise: "X or the Savar building collapse", "accidente de Santiago o accidente de
    Angrois". A known place; else, when the title names the event's country, a town declared
    inside it (the reviewer checks it)."""
    if not title:
        return None
    words = {fold_name(w) for w in re.findall(r"[^\W\d_]+", title)}
    names = [m.group(1) or m.group(2) for m in _OTHER_NAME.finditer(sentence[:300])]
    before = _NAME_BEFORE.match(sentence)
    if before:
        names.insert(0, before.group(1))
    for name in names:
        if not name or all(fold_name(w) in words for w in name.split()):
            continue                          # the title's own name for the event
        if " " not in name and len(name) > 3 and fold_word(name) in MONTHS:
            continue                          # "the great earthquake of September 21": a day, no town (not "Santo
            #                                   Domingo", nor "Mar del Plata")
        found = places_in(name, country)
        if found and found[0][2] == 0 and (country is None or country_of(found[0][0]) == country):
            return found[0][0], found[0][1]
        if country is not None and not found and len(name.split()) == 1 and sentence.count(name) >= 2:
            return city_code(country, name), name     # "Angrois", named again in the sentence
    return None


_NAME_RUN = re.compile(rf"[{UPPER}][^\W\d_]+(?:[ -][{UPPER}][^\W\d_]+){{0,2}}")


# the word before a region's name: "en el estado Falcón", "in the province of Sichuan"
_KIND_OF_REGION = r"state|province|region|department|district|county|estado|provincia|regi[oó]n|departamento|municipio"


# the word after a name that makes it an area: "the Houla Region of Syria"
_AREA_WORD = r"(?:[Rr]egion|[Dd]istrict|[Gg]overnorate|[Pp]rovince|[Vv]alley|[Pp]lain|[Aa]rea)"


def _title_place(title: str | None, opening: list[Sentence]) -> tuple[str, str] | None:
    """A place the title names that reconcile does not know, placed by the opening as "Ghouta,
    Syria", "Ghouta (Syria)", "Ghouta, en Siria" or "the Houla Region of Syria": the article's own place, declared
    inside that country."""
    if not title:
        return None
    for run in _NAME_RUN.finditer(title):
        name = run.group()
        if places_in(name):
            continue
        # "Ghouta, Syria", "Ghouta (Syria)", "Ghouta, en Siria", "the Houla Region of Syria"
        pattern = re.compile(rf"\b{re.escape(name)}(?:\s*(?:,(?:\s*(?:en|in))?|\()|"
                             rf"\s+{_AREA_WORD}\s+(?:of|in)(?:\s+the)?)\s*"
                             # "Amuay, en el estado Falcón", "Kyaukpa, in the state of Kachin"
                             rf"(?:(?:the|el|la)\s+(?:{_KIND_OF_REGION})\s+(?:(?:of|de|del)\s+)?)?"
                             rf"([{UPPER}][^,;.()]{{1,40}})")
        for sentence in opening:
            for match in pattern.finditer(sentence.text):
                found = _chain_place(match.group(1), sentence.text[match.end(1):])
                if found and found[0][2] == 0 and not is_city(found[0][0]):
                    land = country_of(found[0][0])
                    # a subdivision of that country named as news names it ("Sichuan", ISO's "Sichuan Sheng"):
                    # that subdivision, not a town of its name
                    return (division_named(name, land) or city_code(land, name)), name
    return None



# the next names of an address after a name reconcile does not know: ", El Alto, Bolivia" ("in Senkata, El Alto,
# Bolivia": a quarter of a town it does not know either, in Bolivia)
_CHAIN_NEXT = re.compile(rf"\s*,\s*([{UPPER}][^,;.()]{{1,40}})")


def _chain_place(name: str, rest: str) -> list[tuple[str, str, int]]:
    """The places of ``name``, else of the next one or two names of its address in ``rest`` ("El Alto, Bolivia")."""
    found = places_in(name)
    for _ in range(2):
        after = _CHAIN_NEXT.match(rest)
        if found or after is None:
            break
        found, rest = places_in(after.group(1)), rest[after.end():]
    return found


# "un antro ubicado en la colonia San Rafael de la Ciudad de México", "a mall located in", "the
# Ponte X, a viaduct in Genoa": where the event's site is, named once
_LOCATED = re.compile(r"(?:\b(?:ubicad[oa]s?|situad[oa]s?|localizad[oa]s?|located|situated|based)\s+(?:en|in|at)\b"
                      # what the site is, in an apposition: "the Ponte X, a viaduct in Genoa", "el puente X,
                      # un viaducto en Génova"
                      r"|,\s+(?:a|an|un|una)\s+(?:[^\W\d_]+\s+){0,2}(?:viaduct|bridge|dam|mine|building|factory|"
                      r"stadium|nightclub|hotel|school|market|mall|prison|church|mosque|temple|tower|station|plant|"
                      r"refinery|viaducto|puente|presa|represa|mina|edificio|f[aá]brica|estadio|discoteca|escuela|"
                      r"mercado|c[aá]rcel|prisi[oó]n|iglesia|mezquita|templo|torre|estaci[oó]n|planta|refiner[ií]a)"
                      r"\s+(?:[^\W\d_]+\s+){0,2}(?:in|en)\b)[^.;]*$", re.I)


_COMMA = re.compile(r",\s+")


def address_after(text: str, found: list[tuple[str, str, int]],
                  place: tuple[str, str, int]) -> list[tuple[str, str, int]]:
    """The places an address names after ``place``, each right after a comma, of its country and
    by a proper name: "Hermosillo, Sonora, México" gives Sonora and México; "Brussels, Belgium,
    before the final between..." Belgium; "Port-au-Prince, the country's capital" none."""
    out: list[tuple[str, str, int]] = []
    end = place[2] + len(place[1])
    for p in sorted(found, key=lambda q: q[2]):
        if p[2] < end:
            continue
        if _COMMA.fullmatch(text, end, p[2]) is None or country_of(p[0]) != country_of(place[0]) \
                or not p[1][:1].isupper():
            break
        out.append(p)
        end = p[2] + len(p[1])
    return out


# a site a city holds, by the site's name: "Rizal Park in Manila", "Manila's Rizal Park", "Bangkok's Thammasat
# University" (the event happened in that city)
_SITE_WORDS = (r"(?:Park|Square|University|Stadium|Street|Avenue|Boulevard|Plaza|Campus|Mosque|Church|Cathedral|"
               r"Market|Prison|Palace|Bridge|Station|Hall|College|School|Temple|Mall|Arena)")
_SITE_IN = re.compile(rf"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}\s+{_SITE_WORDS}\s+(?:in|at)\s+(?:the\s+)?$")
_CITYS_SITE = re.compile(rf"['’]s\s+(?:[A-Z][\w'’-]*\s+){{1,3}}{_SITE_WORDS}\b")
# a site the event held or took: "had occupied Rizal Park in Manila", "stormed Bangkok's Thammasat University", "a
# crush inside X Stadium" (not one left from, taken to, or where something else was before: "took off from X Airport",
# "airlifted to Mayo Hospital", "after a match at the National Stadium in Lagos")
_HELD_SITE = re.compile(r"\b(?:occupied|occupying|stormed|storming|besieged|raided|surrounded|inside|within|in)\s+"
                        r"(?:the\s+)?$", re.I)


def _city_of_a_site(text: str, place: tuple[str, str, int]) -> bool:
    code, name, at = place
    if not is_city(code):
        return False
    site = _SITE_IN.search(text, max(0, at - 60), at)
    if site is not None:
        return _HELD_SITE.search(text, max(0, site.start() - 20), site.start()) is not None
    return _CITYS_SITE.match(text, at + len(name)) is not None and \
        _HELD_SITE.search(text, max(0, at - 20), at) is not None


def _address(text: str, found: list[tuple[str, str, int]], place: tuple[str, str, int], country: str) -> bool:
    """Whether ``place`` begins an address that ends in its country or one of its first-level
    regions ("Brussels, Belgium", "Sheffield, England"): the place is where it is, not only where
    it is near."""
    return any(code == country or not is_city(code) and iso_place(code)[1] == country
               for code, _, _ in address_after(text, found, place))


# a quarter of a city, whose name a town elsewhere may have: "la colonia San Rafael"
_QUARTER = re.compile(r"\b(?:colonia|barrio|fraccionamiento|neighbou?rhood|quarter)\s+$", re.I)


def _opening_town(opening: list[Sentence], country: str) -> tuple[str, str] | None:
    """The town, island or quarter the first sentence says the event happened at, after its verb
    ("se hundió frente a la isla italiana de Lampedusa", "occurred in the town of X"), when it
    is a place of ``country`` or one reconcile does not know (declared inside ``country``)."""
    for sentence in opening:
        text = sentence.text
        for verb in _verbs(text, None if sentence is opening[0] else _event_kinds(opening[0].text)):
            # within 160 characters of the verb, the name read whole ("las regiones de Coquimbo" at the
            # window's edge is not "Coq")
            town = TOWN.search(text, verb.end())
            if town is None or town.start() > verb.end() + 160 or re.search(r"[.;]", text[verb.end():town.start()]):
                continue
            if _PART_BEFORE.search(text, verb.end(), town.start()):
                continue                  # "deja 13 muertos, la mayoría en la región de Coquimbo": a part's place
            if town.group().split()[0].lower().endswith("s"):
                continue                  # "entre las regiones de Coquimbo y Los Lagos": several, no one town
            name = town.group(1)
            found = places_in(name, country)
            if found and found[0][2] == 0 and len(found[0][1]) == len(name):
                if country_of(found[0][0]) == country and found[0][0] != country:
                    return found[0][0], found[0][1]
                continue                  # a known place elsewhere, or the country itself
            if not found:
                return city_code(country, name), name
    return None


# a part of a country the title names by the country ("New Zealand's South Island", "el norte de Chile"; not
# "Terremoto de Chile", whose capital is the title's)
_NARROWED_BY_OWNER = re.compile(rf"['’]s\s+(?:[a-z]+\s+){{0,2}}([{UPPER}][^\W\d_]+(?:\s+[{UPPER}][^\W\d_]+)*)")
_NARROWED_BEFORE = re.compile(r"\b(?:north|south|east|west|norte|sur|este|oeste|centro)\s+(?:of|de|del)\s+(?:the\s+)?$",
                              re.I)


def _title_narrows(title: str, country: tuple[str, str, int]) -> bool:
    """Whether the title names a part of ``country`` that reconcile does not know, by the country's name: "hits New
    Zealand's South Island", "en el sur de Chile" (not "New Zealand's prime minister", "Terremoto de Chile")."""
    _, name, at = country
    owned = _NARROWED_BY_OWNER.match(title, at + len(name))
    return bool(owned and not places_in(owned.group(1))) or bool(_NARROWED_BEFORE.search(title, max(0, at - 40), at))


# where a toll is put: "in central Christchurch", "centred near Christchurch", "en el centro de Talca"
_PUT_NEAR = re.compile(r"\b(?:in|near|at|en|cerca\s+de)\s+(?:(?:the|el|la)\s+)?"
                       r"(?:(?:central|downtown|northern|southern|eastern|western|centro|norte|sur)\s+(?:de\s+)?)?$",
                       re.I)


def _opening_sole_city(opening: list[Sentence], country: str) -> tuple[str, str] | None:
    """The one city of ``country`` the opening names, where it puts something in or near it ("killed by collapsing
    buildings in central Christchurch"): none when it names several ("in Christchurch and Lyttelton")."""
    cities: dict[str, tuple[str, str, bool]] = {}
    for sentence in opening:
        text = sentence.text
        found = places_in(text, country)
        came_from = origins(text, found)
        for code, name, at in found:
            if not is_city(code) or country_of(code) != country or at in came_from or persons_name(text, name, at) \
                    or venue_named(text, at):
                continue
            put = cities.get(code, (code, name, False))[2] or bool(_PUT_NEAR.search(text, max(0, at - 30), at))
            cities[code] = (code, name, put)
    if len(cities) != 1:
        return None
    code, name, put = next(iter(cities.values()))
    return (code, name) if put else None


# an island called so: "the island of Sulawesi", "Sulawesi island", "la isla de Puná" (a state, a province:
# ``places.PROVINCE_BEFORE``, ``places.PROVINCE_AFTER``)
_ISLAND_OF = re.compile(r"\b(?:island|isla)\s+(?:of|de|del)\s+$", re.I)
_ISLAND_AFTER = re.compile(r"\s+island\b", re.I)
# in it, before the division's word: "in Brazil's southeastern (state of)", "on Indonesia's northern", "en el (estado
# de)" (not "off the coast of the region of": an epicentre offshore)
_IN_DIVISION = re.compile(r"\b(?:in|on|en)\s+(?:[^\W\d_]+['’]s\s+)?(?:(?:the|el|la)\s+)?(?:[^\W\d_]+\s+){0,2}$", re.I)
# a part the first sentence names of a count of the whole: "30 dead, including 10 in the state of X", "13 muertos, la
# mayoría en la región de X"
_PART_BEFORE = re.compile(r"\b(?:including|among\s+them|of\s+them|incluid[oa]s|entre\s+ell[oa]s|de\s+ell[oa]s)\b|"
                          + _MOST, re.I)


def _opening_division(opening: list[Sentence], country: str) -> tuple[str, str] | None:
    """The state, province or island of ``country`` that the first sentence names first, as such
    ("The death toll from the rain in Brazil's southeastern state of Espirito Santo has risen to
    17", "floods on Indonesia's northern Sulawesi island"), when the title names the country
    alone: the event's place; not a part the sentence names of a count of the whole country."""
    for sentence in opening:
        text = sentence.text
        for code, name, at in places_in(text, country):
            if code == country or country_of(code) != country:
                continue
            level = PROVINCE_BEFORE.search(text, max(0, at - 30), at) or _ISLAND_OF.search(text, max(0, at - 30), at)
            called = level is not None or bool(PROVINCE_AFTER.match(text, at + len(name))
                                                or _ISLAND_AFTER.match(text, at + len(name)))
            lead = level.start() if level is not None else at
            if called and _IN_DIVISION.search(text, max(0, lead - 40), lead) and not _PART_BEFORE.search(text, 0, at):
                return code, name
            break                         # only the first place inside the country
    return None


def _title_sole_town(title: str | None, opening: list[Sentence]) -> tuple[str, str] | None:
    """A name of the title that is a town of one country only (``sole_city``), when the opening
    names it too."""
    for run in _NAME_RUN.finditer(title or ""):
        if _airline(title or "", run.start(), run.end()):
            continue                  # "Vuelo 2933 de LaMia": an airline, not Lamia in Greece
        code = sole_city(run.group())
        if code is not None and any(re.search(rf"\b{re.escape(run.group())}\b", s.text) for s in opening):
            return code, run.group()
    return None


# a town or a division the text calls so: "in the town of Huanta", "en la provincia de Huanta"
_CALLED = re.compile(r"\b(?:town|village|city|province|district|municipality|pueblo|ciudad|localidad|provincia|"
                     r"distrito|municipio|departamento)\s+(?:of|de|del)\s+"
                     rf"([{UPPER}][^\W\d_]+(?:\s(?:de\s+|del\s+)?[{UPPER}][^\W\d_]+){{0,2}})")


def _called_sole_town(opening: list[Sentence]) -> tuple[str, str] | None:
    """A town the opening calls a town or the seat of a division ("en la provincia de Huanta")
    that one country alone has (``sole_city``), when the text names no place reconcile knows."""
    for sentence in opening:
        for match in _CALLED.finditer(sentence.text):
            code = sole_city(match.group(1))
            if code is not None:
                return code, match.group(1)
    return None


def _title_town(title: str, opening: list[Sentence], country: str) -> tuple[str, str] | None:
    """A name of the title the opening calls a town ("the town of Armero", "in Tal Kalakh, a town
    in Homs", "Tal Kalakh is a small town"), in ``country``."""
    names = {fold_name(run.group()) for run in _NAME_RUN.finditer(title)}
    for sentence in opening:
        for match in [*TOWN.finditer(sentence.text), *TOWN_APPOSITION.finditer(sentence.text)]:
            name = match.group(1)
            # the title's name, or words of a longer name of it ("the town of Johnstown" of the "Johnstown Flood")
            if fold_name(name) in names or fold_name(name.split()[0]) in names or \
                    re.search(rf"\b{re.escape(name)}\b", title) is not None:
                found = places_in(name, country)
                if found and found[0][2] == 0:
                    return found[0][0], found[0][1]
                return city_code(country, name), name
    return None


def _title_listed_town(title: str, prose: list[Sentence], country: str) -> tuple[str, str] | None:
    """A name of the title no gazetteer knows that the text lists among towns ("Terremoto de Aiquile de 1998", then
    "Las localidades más afectadas fueron Totora y Aiquile"): a town of ``country``."""
    names = {fold_name(run.group()) for run in _NAME_RUN.finditer(title)}
    for sentence in prose:
        for name in towns_listed(sentence.text):
            if fold_name(name) in names and not places_in(name, country):
                return city_code(country, name), name
    return None


def specific(found: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """The places named, less a country or a region when a place inside it is named too ("in
    Sheffield, England": Sheffield, whose ISO 3166-2 parent England is)."""
    inner = {country_of(code) for code, _, _ in found if country_of(code) != code}
    for code, _, _ in found:
        parent = city_subdivision(code) or code      # "Sheffield", the city GB-SHF governs: in England
        while "-" in parent and not is_city(parent):
            parent = iso_place(parent)[1] or parent.split("-")[0]
            inner.add(parent)
    # (not the country a sentence names by a common noun, "in the country", "a nivel nacional": the whole of it;
    # but "the country's deadliest" is a comparison's scope)
    return [p for p in found if p[0] not in inner or p[1][:1].islower() and not p[1].endswith("'s")]
