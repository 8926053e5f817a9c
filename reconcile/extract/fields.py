"""The scope of a proposed claim read from its sentence: population and criterion here; places
(``extract.places``) and dates (``extract.dates``) are named here too, for the modules that read
every field from one place."""
from __future__ import annotations

import re
from functools import lru_cache

from reconcile.extract.dates import dates_in, relative_date
from reconcile.extract.pop_groups import GROUPS, named_groups, people_by_name
from reconcile.extract.pop_lexicon import COUNTED, PEOPLE_SLUGS
from reconcile.extract.pop_stock import is_population_stock
from reconcile.extract.pop_criterion import verb_after_count, with_severity
from reconcile.extract.pop_verbs import english_participle
from reconcile.extract.pop_measure import distance_from, weather
from reconcile.extract.places import (city_code, city_of, country_of, is_city, place_value, places_in,
                                      places_named, title_name)
from reconcile.model.names import slugify
from reconcile.quantities.lexicon import WORDS, fold_word

__all__ = ["ANAPHORIC", "AREAS", "COMPASS", "PEOPLE_CRITERIA", "PEOPLE_GROUPS", "is_people_of_place", "population",
           "share_population",
           "partitive_population", "of_them_population",
           "object_population", "subject_population",
           "subject_criterion", "criterion_of_word", "criterion", "governing_verb", "measure_criterion",
           "title_name", "places_in", "places_named", "city_code", "city_of", "country_of", "is_city",
           "place_value", "dates_in", "relative_date"]

#: population tags of people; the other tags of _POPULATION count things
PEOPLE_GROUPS = frozenset(
    "people miners prisoners firefighters volunteers voters supporters teachers doctors nurses journalists "
    "farmers fishermen activists soldiers police children survivors passengers crew students patients "
    "inhabitants refugees migrants workers families tourists rescuers visitors fighters rebels immigrants "
    "emigrants guards officers minors occupants".split()) | PEOPLE_SLUGS

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
    "prisoners": "prisoners presos reclusos reos presidiarios convictos prisioneros",
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
    "soldiers": "soldiers militares soldados uniformados",
    "police": "police policias policia carabineros gendarmes antidisturbios",
    # the text's own noun, as the annotators write it: "5,000 officers", "12 agentes" (officers;
    # "police officers", "agentes antidisturbios" are police: _PERSONNEL), "12 menores" (minors)
    "officers": "officers agentes",
    "children": "children ninos niños",
    "minors": "minors menores",
    "homes": "homes dwellings hogares",
    "houses": "houses casas viviendas",
    "buildings": "buildings edificios inmuebles",
    "bridges": "bridges puentes",
    "temples": "temples templos",
    "storeys": "storeys stories floors pisos plantas",
    "doors": "doors puertas",
    "vehicles": "vehicles vehiculos coches",
    "provinces": "provinces provincias",
    "aftershocks": "aftershocks replicas",
    "votes": "votes votos ballots preferencias",
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
    "occupants": "occupants ocupantes",
    "students": "students estudiantes alumnos",
    "patients": "patients pacientes",
    "hospitals": "hospitals hospitales",
    "schools": "schools escuelas colegios",
    "inhabitants": "inhabitants habitantes residentes pobladores vecinos",
    "refugees": "refugees refugiados",
    "migrants": "migrants migrantes",
    "workers": "workers trabajadores empleados",
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
    "shelters": "shelters albergues refugios",
    "guards": "guards custodios guardias celadores",
    "visitors": "visitors visitantes",
    "fighters": "fighters combatientes",
    "rebels": "rebels rebeldes guerrilleros insurgentes",
    "immigrants": "immigrants inmigrantes",
    "emigrants": "emigrants emigrantes",
}.items():
    for _word in _words.split():
        _POPULATION[_word] = _tag
# people counted as people, in the words not listed above: other spellings, and Spanish nouns of
# people with their feminine forms ("personas heridas", "desaparecidas", "lesionadas")
for _word in ("protestors rioters individuos deportados retornados ancianos bebes "
              "indigenas comuneros universitarios jubilados pensionistas feligreses naufragos lesionados "
              "secuestrados asesinados rescatados ejecutados evacuees "
              # Spanish participles and nouns that count people by what befell them
              "fallecimientos bajas occisos ahogados calcinados intoxicados mutilados baleados hospitalizados "
              "internados atendidos atrapados sepultados soterrados aislados incomunicados albergados alojados "
              "desalojados reubicados contagiados infectados capturados apresados retenidos refugiados "
              "sobrevivientes "
              "marchistas huelguistas connacionales compatriotas expulsados asilados exiliados concurrentes "
              "enfermos quemados jornaleros escolares afiliados sindicalistas "
              # the people a gathering is: "estimates of the crowd", "la asistencia"
              "crowd crowds turnout attendance multitud multitudes asistencia afluencia concurrencia").split():
    _POPULATION.setdefault(_word, "people")
for _word, _tag in list(_POPULATION.items()):
    if _tag in PEOPLE_GROUPS and _word.endswith(("os", "ores")):
        # the feminine plural of a noun of people: "pasajeras", "mineras", "reclusas", "profesoras"
        _POPULATION.setdefault(_word[:-2] + "as", _tag)
_POPULATION.update({"trabajadoras": "workers", "medicas": "doctors", "maestras": "teachers",
                    "obreros": "workers", "obreras": "workers", "hinchas": "fans",
                    "ninas": "girls", "niñas": "girls", "girls": "girls", "boys": "boys"})
# the wider lexicon of counted nouns (``pop_lexicon``): what the lists above do not say
for _word, _tag in COUNTED.items():
    _POPULATION.setdefault(_word, _tag)
#: the tags of nouns of things ("homes", "aftershocks"; "counties", which the lexicon leaves to read as their own
#: plural), not of people (a case is a sick person, a body a dead one, a homicide a person killed)
_THING_TAGS = (frozenset(_POPULATION.values()) | {"counties"}) - PEOPLE_GROUPS - {
    "people", "cases", "bodies", "girls", "boys", "fans", "homicides", "murders", "kidnappings", "arrests"}


def counts_things(pop: list[str]) -> bool:
    """Whether a population names only things the lexicon knows ("homes": a draft topic of them counts, in no
    unit of people)."""
    return bool(pop) and all(tag in _THING_TAGS for tag in pop)


# a word in the sentence (folded prefix) -> criterion slug
_CRITERIA = [
    ("dead", "died dead death killed kill fatalit perish lives toll muert muri muer fallec mato matando deces difunt"
             " defunci mortal fatales perec slain succumb occis acribill calcinad"
             " mataron murdered asesinad homicid ejecutad drown ahogad ahogaron ahogo"
             # "the victims ... massacred", "fueron masacrados"
             " massacred masacrad masacraron"),
    ("injured", "injur wounded wounding hurt herid lesion hiri maimed contus"),
    ("missing", "missing unaccounted desaparec desaparici disappear"),
    ("displaced", "displaced desplazad"),
    ("homeless", "homeless"),
    ("unharmed", "unharmed unhurt uninjured ileso ilesa"),
    ("evacuated", "evacu desaloj"),
    ("arrested", "arrest detain detenid detuv arrestad captur aprehendid apresad apreso apresaron encarcel jailed"),
    ("stranded", "stranded varad"),
    ("isolated", "isolated aislad incomunicad"),
    ("rescued", "rescued rescatad rescataron rescato"),
    ("deported", "deported deportad"),
    # expelled is not deported (GUIDE: a verb with no word of its own is slugged as it stands)
    ("expelled", "expelled expulsad expulsaron expulso"),
    # "27,200 emigrated to the United Kingdom", "emigraron 40.000 personas"
    ("emigrated", "emigrated emigrating emigrar emigraron emigro"),
    ("recovered", "recovered recuperad"),
    # cases ruled out: "se han descartado 120 casos", "120 casos descartados", "120 were discarded" (GUIDE: a verb
    # with no word of its own, slugged; never the confirmed cases')
    ("ruled-out", "descartad descarto descartaron discarded"),
    ("deployed", "deployed despleg"),
    ("survived", "survivors survived sobrevivientes supervivientes sobrevivieron"),
    ("kidnapped", "kidnapped abducted secuestrad"),
    ("hospitalised", "hospitali"),
    ("infected", "infect contagi contrajeron"),
    # "killed 58 people and sickened 1,293 others", "enfermó a otras 1.293" (not "la enfermedad")
    ("sickened", "sickened sickening enfermo enfermaron enfermado"),
    ("trapped", "trapped atrapad"),
    ("buried", "buried sepultad soterrad"),
    ("crossed", "crossed cruzar cruzaron cruzad cruzo"),
    # "the bus was carrying 45 passengers", "el autobús transportaba a 45 pasajeros"
    ("on-board", "carrying transportaba llevaba"),
    # "atendió a 730 personas", "atienden a 600 pacientes": the active verb ("80 heridos fueron
    # atendidos" stay injured; "the clinic treated 730 people" is the verb before, as it stands)
    ("treated", "atendio atendieron atiend"),
    # "25,000 Haitians arrive", "han llegado a Canarias 32.878 migrantes" (not "llegaron a 80", a toll)
    ("arrived", "arriv arrib llegado llegada"),   # "arribaron a la provincia"
    ("defected", "defected desert"),
    ("fled", "fled flee fleeing huyeron huyo huir escaped escaparon"),
    # ("manifesta": "manifestantes", "manifestación"; not a ship's "manifest", nor "manifestó", stated)
    ("protested", "march protest demonstrat rally rallied attend turnout manifesta"
                  " marcharon particip concentr asistieron asistentes congreg gathered"),
    ("damaged", "damaged dañad dañaron averiad averiaron"),
    ("damage", "damage losses daño perdidas"),
    ("destroyed", "destroyed destruid destruy razed arrasad arraso arrasaron arrasando consumid consumio consumieron"),
    ("collapsed", "collapsed derrumbad derrumbo derrumbaron colapsad colapso colapsaron desplomad desplomo"
                   " desplomaron"),
    ("flooded", "flooded inundad inundo inundaron anegad anego anegaron"),
    ("derailed", "derail descarril"),
    ("overturned", "overturned capsized volcad volco volcaron"),
    # "damnificados": those a disaster struck (their homes, their goods), as the annotations count them
    ("affected", "affected afectad afectaron afecto damnificad"),
]
_CRITERION_WORDS = [(slug, tuple(words.split())) for slug, words in _CRITERIA]
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# plural demonyms: the people of a place ("Syrians", "Pakistanis", "venezolanos", "nepalíes")
_DEMONYM = {"en": re.compile(r"^[a-z]{3,}(?:ians|eans|ans|anis|qis|elis|alis|shis|aitis|udis)$"),
            "es": re.compile(r"^[a-zñ]{3,}(?:anos|anas|enos|eños|eñas|enses|eses|[ií]es)$")}


def is_people_of_place(word: str) -> bool:
    """A plural demonym, the people of a place: "Syrians", "venezolanos", "mocoanos" (not "pequeños")."""
    low = fold_word(word)
    return low not in _NOT_DEMONYMS and any(pattern.search(low) for pattern in _DEMONYM.values())


# words that end as demonyms do ("salvadoreños", "venezolanos") and are not: adjectives, things
_NOT_DEMONYMS = frozenset(
    "pequeños pequeñas medianos medianas cercanos cercanas lejanos lejanas urbanos urbanas humanos humanas "
    "ajenos ajenas llenos llenas buenos buenas plenos plenas terrenos venenos frenos truenos estrenos veranos "
    "planos granos gusanos organos arcanos profanos mundanos sanos sanas lozanos tempranos tempranas".split())


# words read as the counted noun that only qualify the noun after them ("300 nuevos casos")
_BEFORE_NOUN = frozenset("nuevos nuevas otros otras primeros primeras ultimos ultimas posibles presuntos "
                         "presuntas supuestos supuestas new other additional more possible suspected "
                         # size and strength: "dos fuertes terremotos", "three major earthquakes"
                         "fuertes grandes pequenos pequeñas graves violentos violentas intensos intensas "
                         "potentes severos severas strong large major big small powerful violent minor "
                         "severe "
                         # "2.000 pequeños comercios", "40 antiguas iglesias": adjectives a Spanish noun follows
                         "pequeños pequeñas antiguos antiguas viejos viejas numerosos numerosas diversos diversas "
                         "distintos distintas diferentes verdaderos verdaderas modestos modestas enormes "
                         "valiosos valiosas humildes former old small".split())
# a noun that counts something only with the word after it: "dos movimientos telúricos"
# (or with the word that qualifies it, after it or before it: "31 centros de salud y 50 centros educativos", "31 health
# centres": health centres and schools, not two counts of "centres")
_QUALIFIED = {"movimientos": ((("telur", "sism"), "earthquakes"),), "movements": ((("seismic",), "earthquakes"),),
              "entidades": ((("municipal",), "municipalities"),),
              "centros": ((("salud", "sanitari", "medic", "asistencial", "hospitalari"), "health-centres"),
                          (("educativ", "escolar", "educacion", "ensenanza"), "schools"),
                          (("evacuacion", "acogida", "refugio", "albergue", "alojamiento"), "shelters")),
              "centres": ((("health", "medical"), "health-centres"), (("evacuation",), "shelters")),
              "centers": ((("health", "medical"), "health-centres"), (("evacuation",), "shelters"))}
# the word that qualifies such a noun after it: "telúricos", "de salud", "de la salud"
_QUALIFIER_AFTER = re.compile(r"\s+(?:(?:de|of|for)\s+(?:(?:la|el|the)\s+)?)?([^\W\d_]+)", re.I)
# the nouns after the counted one in a list: "soldados, policías y bomberos", "soldados
# venezolanos y policías" (a demonym between them is passed over)
_NEXT_NOUN = re.compile(r"(?:\s*,\s*(?:(?:and|y|e|or|o)\s+)?|\s+(?:and|y|e|or|o)\s+)([^\W\d_]+)", re.I)
_ADJECTIVE = re.compile(r"\s+([^\W\d_]+)")
# "unos 2.000 efectivos policiales": the force a word of personnel belongs to
_FORCES = {"policiales": "police", "policias": "police", "militares": "soldiers", "castrenses": "soldiers",
           "police": "police", "military": "soldiers", "army": "soldiers", "policia": "police",
           "ejercito": "soldiers", "carabineros": "police", "gendarmeria": "police", "antidisturbios": "police"}
# the words of personnel that name no force by themselves: "300 efectivos de la Policía y el Ejército"
_PERSONNEL = frozenset({"efectivos", "elementos", "miembros", "integrantes", "personnel", "troops", "members",
                        "officers", "agentes"})
# members of a family are people, as kin: "12 members of the same family", "8 integrantes de una familia"
_OF_A_FAMILY = re.compile(r"\s+(?:of|de)\s+(?:(?:the|a|one|la|una|su|their|same|misma|sola|single)\s+)*"
                          r"(?:family|families|familia|familias|household|households)\b", re.I)
_FORCE_AFTER = re.compile(r"\s+(?:(?:de|del|of)\s+)?(?:(?:la|el|los|las|the)\s+)?([^\W\d_]+)"
                          r"(?:\s+(?:y|e|and)\s+(?:(?:la|el|los|las|the)\s+)?([^\W\d_]+))?", re.I)


# "2,000 head of cattle", "3.000 cabezas de ganado": the animals counted by the head
_OF_ANIMALS = frozenset({"head", "cabezas"})
# words of what befell the living, used as adjectives before the noun counted ("40 dead cows")
_STATES = frozenset("dead injured wounded missing trapped stranded rescued evacuated muertos heridos".split())
_NOUN_AFTER = re.compile(r"\s+(?:(?:of|de)\s+)?([^\W\d_]+)")


# a counted word that stands for a noun said before it: "24 people and at least 63 others", "12 more"
ANAPHORIC = frozenset("others more ones otros otras mas".split())   # "six new ones": the noun before
# endings of English words that are not plural nouns ("serious", "previous", "less", "status", "crisis")
_NOT_PLURAL = ("ous", "ss", "us", "is")


# "12,000 of the country's 320,000 public school teachers": the whole a part is of, after a possessive
_OF_WHOSE = re.compile(r"\s+of\s+(?:the\s+)?[^\W\d_]+['’]s\s+(?:(?:some|about|around|nearly)\s+)?\d[\d.,]*"
                       r"(?:\s+million)?((?:\s+[^\W\d_]+){1,3})", re.I)


# a figure's qualifiers joined before its noun, the first of them no noun: "8,410 suspected and confirmed cases",
# "120 new or probable cases" (the reader takes no noun, or the first qualifier, for the counted one)
_JOINED_QUALIFIERS = re.compile(r"\s+[a-z]+(?:\s*,\s*[a-z]+)*\s*,?\s+(?:and|or)\s+([a-z]+)\s+([a-z]+)\b")


def noun_after_qualifiers(after: str, lang: str, counted: str | None) -> str | None:
    """The noun after qualifiers an "and" or an "or" joins right after a figure (``after``: the text after it), when
    the reader took no noun or the first qualifier (``counted``) for it: "suspected and confirmed cases" is "cases";
    None when the joined words are no qualifiers of one noun ("people and cattle")."""
    joined = _JOINED_QUALIFIERS.match(after) if lang == "en" else None
    if joined is None:
        return None
    first = after.split(None, 1)[0].rstrip(",")
    if counted is not None and counted != first or \
            any(_noun_tag(word, lang) is not None for word in (first, joined.group(1))) or \
            _noun_tag(joined.group(2), lang) is None:
        return None
    return joined.group(2)


def population(counted: str | None, after: str, lang: str) -> list[str]:
    """Population tags from the counted noun, and a second noun joined by "and"/"y"
    ("soldados y policías" -> [police, soldiers]); a group the text names by its own noun in
    place of ``people`` ("12 civiles" -> [civilians], "300 Kurds" -> [people]: ``pop_groups``)."""
    if counted and counted.endswith(("'s", "’s")):
        # a possessive is never what is counted: "5,000 of the city's 40,000 taxi drivers" counts
        # the drivers, the plural of the whole after it, not "school" of "public school teachers"
        # (Spanish has no such possessive: "de los 40.000 taxistas de la ciudad" reads as it is)
        whole = _OF_WHOSE.match(after)
        nouns = [w for w in whole.group(1).split() if w.islower() and w.endswith("s")] if whole else []
        return next((tags for w in nouns if (tags := population(w, "", lang))), [])
    tags = _tags(counted, after, lang)
    if not tags and counted is None:
        tags = _predicate_noun(after, lang)
    return people_by_name(named_groups(tags, counted, after, _counts_people), counted, after[:40], lang)


# a figure with no noun of its own that a copula says are some group: "Of those, 8,500 were
# children", "Del total, 8.500 eran menores de edad", "De ellos, 40 son mujeres"
_COPULA_NOUN = re.compile(r"(?:\s+(?:of|out\s+of|de|entre)\s+(?:the|these|those|los|las|estos|estas)(?:\s+[\d.,]*\d)?"
                          r"\s+[^\W\d_]+)?"   # (the set it is of: "four of the 33 dead were civilians")
                          r"\s+(?:were|are|was|is|eran|son|fueron|era|es)\s+(?:(?:all|todos|todas)\s+)?"
                          r"([^\W\d_]+)\b(?!\s+(?:by|por)\b)")


def _predicate_noun(after: str, lang: str) -> list[str]:
    """The group a copula after the figure names, when the lexicon knows the noun (not a verb's
    participle: "8,500 were killed" names no group)."""
    match = _COPULA_NOUN.match(after)
    # a group of people the noun names over the people the lexicon reads ("four were civilians")
    tag = GROUPS.get(fold_word(match.group(1))) or _POPULATION.get(fold_word(match.group(1))) if match else None
    return [tag] if tag and tag != "people" else []


def _counts_people(noun: str) -> bool:
    """Whether a noun counts people with no group of its own ("personas", "victims")."""
    return _POPULATION.get(fold_word(noun)) == "people" and fold_word(noun) not in GROUPS


def _tags(counted: str | None, after: str, lang: str) -> list[str]:
    """The tags of the counted noun and the nouns listed after it, as the lexicon reads them."""
    tags = set()
    first = _ADJECTIVE.match(after)
    if first and counted and fold_word(counted) not in _POPULATION and (
            fold_word(first.group(1)) in _POPULATION or is_people_of_place(first.group(1))):
        # "12 villagers overnight", "12 aircraft flew": the noun right after the figure; a people
        # the reader took for no noun ("25,000 Haitians arrive", "25.000 haitianos llegan")
        counted = first.group(1)
    if counted:
        at = after.find(counted)
        noun = _NOUN_AFTER.match(after, at + len(counted)) if 0 <= at < 40 else None
        if noun and (fold_word(counted) in _OF_ANIMALS or fold_word(counted) in _STATES) and \
                _noun_tag(noun.group(1), lang) not in (None, "people"):
            counted = noun.group(1)   # "2,000 head of cattle", "40 dead cows", "12 injured passengers": the noun
        if fold_word(counted) == "seekers" and after[max(0, at - 8):at].strip().lower() == "asylum":
            return ["asylum-seekers"]
    if counted and fold_word(counted) in ANAPHORIC:
        return []                             # "63 others": what the number before counts (propose)
    if counted and fold_word(counted) not in _POPULATION:
        at = after.find(counted)
        following = re.match(r"\s+([^\W\d_]+)", after[at + len(counted):]) if 0 <= at < 40 else None
        if following and fold_word(counted) in _BEFORE_NOUN:
            counted = following.group(1)              # "300 nuevos casos", "2.000 pequeños comercios": the noun
    if counted and fold_word(counted) in _PERSONNEL and lang == "en":
        at = after.find(counted)
        modifier = re.search(r"([^\W\d_]+)\s+$", after[:at]) if 0 < at < 40 else None
        if modifier and _POPULATION.get(fold_word(modifier.group(1))):
            return [_POPULATION[fold_word(modifier.group(1))]]   # "250 crew members", "40 staff members"
    if counted and fold_word(counted) in _PERSONNEL:
        at = after.find(counted)
        following = _FORCE_AFTER.match(after[at + len(counted):]) if 0 <= at < 40 else None
        forces = [_FORCES.get(fold_word(word)) for word in following.groups() if word] if following else []
        if forces and forces[0]:
            return sorted({force for force in forces if force})   # "2.000 efectivos policiales": police
        if _OF_A_FAMILY.match(after[at + len(counted):] if 0 <= at < 40 else ""):
            return ["people"]         # "12 members of the same family", "12 miembros de una misma familia"
    if counted:
        demonym = _DEMONYM[lang if lang in _DEMONYM else "en"]
        at = after.find(counted)
        rest = after[at + len(counted):] if 0 <= at < 40 else after
        tag = _POPULATION.get(fold_word(counted))
        following = _QUALIFIER_AFTER.match(rest)
        before = re.search(r"([^\W\d_]+)\s+$", after[:at]) if 0 < at < 40 else None
        for prefixes, qualified_tag in _QUALIFIED.get(fold_word(counted), ()):
            if any(word and fold_word(word.group(1)).startswith(prefixes) for word in (following, before)):
                tag = qualified_tag           # "dos movimientos telúricos": earthquakes; "31 centros de salud"
        if tag is None and demonym.search(fold_word(counted)) and fold_word(counted) not in _NOT_DEMONYMS:
            tag = "people"                    # "thousands of Syrians", "miles de nepalíes"
        if tag is None and counted.islower():
            # a singular noun of a tag: "one firefighter", "un bombero" (firefighters)
            tag = _POPULATION.get(fold_word(counted) + "s") or _POPULATION.get(fold_word(counted) + "es")
        if tag is None and lang == "en" and counted.islower() and counted.endswith("s") and len(counted) > 3 \
                and not counted.endswith(_NOT_PLURAL):
            tag = counted                     # "lawsuits", "aftershocks"; not "10 serious"
        if tag:
            tags.add(tag)
        tags.update(_listed_after(rest, demonym, counted))
    return sorted(tags)


def _doublet(counted: str, noun: str) -> bool:
    """Whether ``noun`` is the feminine Spanish adds to ``counted`` to name both ("niños y niñas",
    "ciudadanos y ciudadanas"): one group, children, not children and girls."""
    masculine, other = fold_word(counted), fold_word(noun)
    return len(masculine) > 3 and masculine.endswith(("os", "es")) and other == masculine[:-2] + "as"


# verbs in -s that follow a count ("the 40 dead includes", "12 missing remains"): no noun
_VERBS_IN_S = frozenset("includes remains means makes says stands rises seems brings takes gives shows puts "
                        "comes goes leaves stays represents exceeds reaches totals".split())


def _noun_tag(word: str, lang: str) -> str | None:
    """The tag of one noun: the lexicon's, else an English lower-case plural's own ("cows")."""
    tag = _POPULATION.get(fold_word(word))
    if tag is None and lang == "en" and word.islower() and word.endswith("s") and len(word) > 3 \
            and not word.endswith(_NOT_PLURAL) and word not in _VERBS_IN_S:
        return word
    return tag


def _listed_after(rest: str, demonym: re.Pattern, counted: str | None = None) -> list[str]:
    """The tags of the nouns listed after a counted noun: "y policías", ", policías y
    bomberos", "venezolanos y policías" (a demonym qualifies the noun before it); not the
    counted noun's feminine ("niños y niñas": ``_doublet``)."""
    tags: list[str] = []
    while True:
        adjective = _ADJECTIVE.match(rest)
        if adjective and adjective.group(1).islower() and demonym.search(fold_word(adjective.group(1))):
            rest = rest[adjective.end():]
        match = _NEXT_NOUN.match(rest)
        doublet = bool(match and counted and _doublet(counted, match.group(1)))
        tag = _POPULATION.get(fold_word(match.group(1))) if match and not doublet else None
        if match is None or tag is None and not doublet:
            return []                         # a list no "and" closes: "40 people, officials said"
        if tag is not None:
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
              r"cifra\w*|sub(?:i[oó]|e|en|ieron|ido)|aument\w*|acerc\w*|roz\w*|approach\w*|near(?:ing|ed|s)|"
              r"rose|risen|rising|increased|jumped|grew|reached|exceed\w*|stood|stands|climbed|totall?ed|numbered|topped|passed|"
              # "the death toll from the disaster was raised to 94" (not "raised $5 million")
              r"(?:raised|revised(?:\s+(?:up|upwards?|down|downwards?))?|lifted)(?=\s+to\b)|"
              # "Dengue cases now total 4,500", "Los casos suman 4.500" (not the nouns: "a total of", "la suma de")
              r"(?<!\ba\s)(?<!\bun\s)(?<!\bthe\s)(?<!\bel\s)(?<!\bin\s)(?<!\ben\s)(?:total(?:s|l?ing)?|totaliz\w*)|"
              r"(?<!\bla\s)(?<!\buna\s)sum(?:a|an|aba|aban|aron|ó|o)|"
              r"fue|fueron|era|eran|es|son|was|were|is|are|"
              # "the crowd was estimated at 40,000", "estimates of the crowd ranged from 100,000"
              r"estimated|ranged|calculad[oa]s?|estimad[oa]s?|cifrad[oa]s?|oscil\w*)")
_PUTS_AT = re.compile(
    _PUTS_VERB + r"\s+(?:(?:a|de|los|las|al|to|at|the|more|than|over|unos|unas|around|about|almost|nearly|"
                 r"cerca|m[aá]s|from|between|entre|en|(?:un|a)\s+total\s+(?:de|of))\s+)*$", re.I)
_PUTS_FIRST = re.compile(r"(?:se\s+)?" + _PUTS_VERB + r"\s", re.I)
_SUBJECT_END = re.compile(r"[,;:()\[\]—–]|\b(?:que|which|that|who|quienes|y|and|pero|but|mientras|while)\b", re.I)


# "La ONU cifra en 4 millones los refugiados sirios", "Suben a dos los muertos": the noun after
# the figure that a verb puts at it
_PUT_BEFORE = re.compile(_PUTS_VERB + r"\s+(?:en|a|at|to)\s+(?:(?:unos|unas|m[aá]s\s+de|cerca\s+de)\s+)?$", re.I)
# "fueron 115 los rescatistas", "Son 12 los muertos": the noun after the figure, its subject
_COPULA_BEFORE = re.compile(r"\b(?:fueron|son|eran|ser[aá]n|ser[ií]an|han\s+sido|habr[ií]an\s+sido)\s+"
                            r"(?:(?:unos|unas|m[aá]s\s+de|cerca\s+de|al\s+menos)\s+)?$", re.I)
_OBJECT_AFTER = re.compile(r"\s+(?:los|las|el\s+n[uú]mero\s+de|la\s+cifra\s+de)\s+([^\W\d_]+)", re.I)


# "Organisers put the crowd at 150,000", "la policía cifró la multitud en 40.000": the verb's object,
# between it and the figure
_OBJECT_BEFORE = re.compile(
    r"\b(?:put|puts|putting|placed?|places|estimated?|estimates|estimating|calculated?|reckoned|"
    r"cifr\w*|estim\w*|calcul\w*|situ[oóa]\w*|ubic[oóa]\w*)\s+(?:the|its|their|la|el|los|las|su|sus)\s+"
    r"([^\W\d_]+)\s+(?:at|en)\s+(?:(?:about|around|some|over|nearly|almost|more\s+than|unos|unas|"
    r"casi|cerca\s+de|m[aá]s\s+de|alrededor\s+de)\s+)?$", re.I)


def object_population(before: str, after: str, lang: str) -> list[str]:
    """"cifra en 4 millones los refugiados" -> [refugees], "put the crowd at 150,000" -> [people]:
    the noun the verb puts at the figure."""
    put = _OBJECT_BEFORE.search(before[-80:])
    if put and put.group(1).islower():
        return population(put.group(1), "", lang)
    if not _PUT_BEFORE.search(before[-60:]) and not _COPULA_BEFORE.search(before[-40:]):
        return []
    match = _OBJECT_AFTER.match(after)
    return population(match.group(1), "", lang) if match else []


# "40 dead, 12 of them children", "12 de ellos niños": the part's own noun
_OF_THEM = re.compile(r"\s*(?:of|de)\s+(?:them|those|whom|ellos|ellas|estos|estas|l[oa]s\s+cuales|quienes)\s+"
                      r"(?P<copula>(?:were|are|was|eran|son|fueron|era)\s+)?([^\W\d_]+)", re.I)


def of_them_population(after: str, lang: str) -> list[str]:
    """"12 of them children", "25 of whom were tourists" -> [children], [tourists]: the noun a part of a
    figure said before names."""
    match = _OF_THEM.match(after)
    if match is None:
        return []
    word = match.group(2)
    if match.group("copula") and names_what_befell(word):
        return []             # "of whom were killed", "de ellos fueron rescatados": no group of theirs
    return population(word, "", lang)


def names_what_befell(word: str) -> bool:
    """Whether a word after "were", "fueron" says what befell people (a participle, a criterion's word), not
    who they were: "rescued", "asesinados", "hospitalised" (not "tourists", "bomberos", "women")."""
    return criterion_of_word(word) is not None or fold_word(word).endswith(
        ("ed", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"))


_PARTITIVE = re.compile(r"\s*(?:(?:de|of)\s+(?:los|las|the|sus|its|their)|out\s+of|del\s+total\s+de|"
                        # "33 of 48 mayors", "13 of Malawi's 28 districts"
                        r"of\s+a\s+total\s+of|of(?:\s+[^\W\d_]+['’]s)?(?=\s+\d))"
                        # "14 out of more than 360 wildfires", "28 del total de 36 estados"
                        r"\s+(?:(?:more\s+than|over|some|about|nearly|m[aá]s\s+de|unos|unas)\s+)?(?:[\d.,]+\s+)?"
                        r"([^\W\d_]+)", re.I)


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


_OUT_OF = re.compile(r"\s*(?:out\s+of|of|de|de\s+entre)\s+(?:(?:the|los|las|all|todos|todas)\s+)?"
                     r"(?:(?:approximately|about|around|some|unos|unas|aproximadamente)\s+)?[\d][\d.,\s]*\s+"
                     r"([^\W\d_]+)[^,;]*,\s*$", re.I)


def subject_population(before: str, lang: str, figure: str = "") -> list[str]:
    """The population of a figure whose counted noun is the subject of the verb before it
    ("el número de víctimas supera las 6000" -> [people], "Los cuerpos recuperados superaban los
    ciento cincuenta mil" -> [bodies]): the first noun of people or things of that subject.
    ``figure``: the figure's text, when the verb opens it ("supera las 6000")."""
    label = re.fullmatch(r"\s*((?:[^\W\d_]+\s+){0,3}[^\W\d_]+)\s*:\s*", before)
    if label:
        # a line of facts: "Aftershocks: ≥30,000", "Viviendas destruidas: 300", "Número de muertos: 45"
        words = label.group(1).split()
        known = [w for w in words if fold_word(w) in _POPULATION]
        return population(known[0] if known else words[0], "", lang) if known or len(words) == 1 else []
    whole = _OUT_OF.match(before) if len(before) < 300 else None
    if whole and not re.search(r"\d", before[whole.end():]):
        # "Out of 476 passengers and crew, 304 died": a part counts what its whole does
        return population(whole.group(1), before[whole.start(1):whole.start(1) + 40], lang)
    if re.search(r"[^\W\d_]\s*\(\s*$", before[-20:]):
        # "todos los vehículos del tren (13)": a figure in brackets counts the noun before it
        for word in reversed(_WORD.findall(_SUBJECT_END.split(before[-45:-1])[-1])):
            if word.islower() and fold_word(word) in _POPULATION:
                return population(word, "", lang)
    subject = _subject(before, figure)
    if len(subject) == 1 and _people_listed(before, figure):
        return ["people"]                 # "los afectados, damnificados, evacuados y refugiados suman 400 mil"
    for word in subject:
        if fold_word(word) in _POPULATION:
            return population(word, "", lang)
    if any(criterion_of_word(word) in PEOPLE_CRITERIA for word in subject):
        return ["people"]                 # "the death toll is approaching 2,000": a toll of deaths counts people
    return []


#: criteria that count people when no noun says what is counted ("murieron 25", "the death toll")
PEOPLE_CRITERIA = frozenset({"dead", "injured", "injured-seriously", "injured-slightly", "missing", "displaced",
                             "protested", "evacuated", "arrested", "affected", "rescued", "trapped", "kidnapped",
                             "hospitalised", "deported", "expelled", "emigrated", "survived", "fled", "homeless",
                             "sickened"})


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

# "The death toll from the collapse of a stadium stand in northern Peru has risen to 40": the tally its word names, the
# head of a subject too long to read word by word
_NAMED_TALLY = re.compile(r"\b([^\W\d_]+)\s+(?:toll|count|tally)\b", re.I)


# a noun of data right before a participle that tells how it was got: "figures gathered by", "datos recopilados"
_DATA_BEFORE = re.compile(r"\b(?:figures|data|statistics|numbers|records|reports|counts|cifras|datos|"
                          r"estad[ií]sticas|n[uú]meros|registros|informes|recuentos)\s+$", re.I)


def criterion_of_word(word: str) -> str | None:
    """The criterion one word names ("lesionados" -> injured), or None."""
    low = fold_word(word)
    for slug, prefixes in _CRITERION_WORDS:
        if low.startswith(prefixes):
            return slug
    return None


# a subject that lists words of one each: "los afectados, damnificados, evacuados y refugiados"
_LISTED = re.compile(r"(?:[^\W\d_]+\s*,\s*)*[^\W\d_]+(?:\s*,)?\s+(?:y|e|and)\s+[^\W\d_]+\s*$")


_SUBJECT_OPENS = re.compile(r"(?:^|\b(?:los|las|the|que|that)\s+)$", re.I)


def _people_listed(before: str, figure: str) -> bool:
    """Whether the subject a verb puts at the figure is a list of words that each count people, what
    befell them or who they are, at least one of them what befell them: people, whatever the last
    word names."""
    window = before[-200:]
    verb = _PUTS_AT.search(window)
    if verb is None:
        return False
    listed = _LISTED.search(window, max(0, verb.start() - 90), verb.start())
    if listed is None or not _SUBJECT_OPENS.search(window, max(0, listed.start() - 12), listed.start()):
        return False                      # (not "Las viviendas afectadas, dañadas y destruidas": the houses)
    words = [w for w in _WORD.findall(listed.group()) if fold_word(w) not in ("y", "e", "and")]
    befell = [w for w in words if criterion_of_word(w) in PEOPLE_CRITERIA]
    return len(words) > 1 and bool(befell) and all(
        w.islower() and (w in befell or population(w, "", "es") or population(w, "", "en")) for w in words)


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
    tallies = list(_TALLY_OF.finditer(head)) or list(_NAMED_TALLY.finditer(head))
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
    "used located situated ubicado ubicados ubicada situado situada showed shown indicated suggested "
    # "Liberia has seen 33": a place that saw a count has it, nothing befell the count
    "revealed seen "
    # "han tenido que desplazarse", "had to flee": an auxiliary of obligation, the verb after it says what befell them
    "tenido tenida tenidos tenidas".split())
# words that end the phrase of a number: the verb after them governs something else
_CLAUSE_WORDS = frozenset(
    "and or but while that which who whom whose as when where because in on at of to for with from by "
    "across during y o e pero mientras que quien quienes cuando donde porque en de del a al para con por "
    "desde durante".split())
_VERB_WORD = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]")


# days and times that end like a participle: "se manifestaron el sábado", "el pasado domingo" (a day, not what befell
# the count)
_DAY_WORDS = frozenset("sabado pasado feriado".split())


def _is_participle(word: str, lang: str) -> bool:
    low = fold_word(word)
    if low in _NOT_CRITERIA or low in _DAY_WORDS or len(low) < 4 or not word.islower():
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
    if lang == "es":
        # "Fueron detenidos 45 manifestantes", "la policía detuvo a 45": the verb before the number
        while before and fold_word(before[-1]) in _BETWEEN_VERB_AND_NUMBER:
            before.pop()
        opening = bool(before) and re.match(r"[\W]*" + re.escape(before[-1]) + r"\b", sentence) is not None
        if before and (before[-1].islower() or opening) and criterion_of_word(before[-1]) is not None:
            # "Murieron 300 animales": the verb may open the sentence
            return fold_word(before[-1]), "before"
    return None


_BETWEEN_VERB_AND_NUMBER = frozenset("a al otros otras unos unas los las un total de".split())


def governing_verb(sentence: str, start: int, end: int, lang: str) -> str | None:
    """The verb that says what a number counts, as written (lowercase), or None."""
    found = _governing(sentence, start, end, lang)
    return found[0] if found else None


def _slug(word: str) -> str | None:
    """A verb as its own criterion, in English: a Spanish participle the table knows is translated
    ("incendiadas" -> burned); any other word is slugged as it stands ("dañadas" -> "danadas")."""
    return english_participle(word) or slugify(word) or None


# criteria said in more than one word
_CRITERION_PHRASES = [
    # "120 cases had been ruled out", "ruled out 120 suspected cases" (not "ruled out foul play": its own clause)
    (re.compile(r"\b(?:ruled|ruling|rules|rule)\s+out\b", re.I), "ruled-out"),
    (re.compile(r"\bsin (?:hogar|techo|vivienda)\b", re.I), "homeless"),
    # "más de 65 no localizadas", "18 personas sin localizar", "not yet located": Mexico's and Spain's official word
    # for missing (not the dead of the figure before: "64 fallecidas y 65 no localizadas")
    (re.compile(r"\b(?:no|a[uú]n no|todav[ií]a no|sin)\s+(?:localizad[oa]s?|localizar|ubicad[oa]s?|ubicar)\b"
                r"|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:located|found|accounted\s+for)\b", re.I), "missing"),
    # not "all 157 on board died", "los 40 a bordo murieron": those who died
    (re.compile(r"\b(?:a bordo|on board|aboard)\b(?!\s+(?:(?:were|was)\s+)?(?:died|killed|perished|murieron|"
                r"fallecieron|perecieron))", re.I), "on-board"),
    # a vehicle with its people: "un autobús con 45 pasajeros", "a boat with some 60 migrants"
    (re.compile(r"\b(?:bus|autob[uú]s|autocar|minib[uú]s|microb[uú]s|truck|cami[oó]n|ship|boat|barco|buque|"
                r"embarcaci[oó]n|plane|aircraft|avi[oó]n|avioneta|train|tren|vessel|ferry|cayuco|patera|"
                r"neum[aá]tica|piragua|lancha|dinghy|van|furgoneta|helicopter|helic[oó]ptero)\s+(?:[^\W\d_]+\s+){0,2}?"
                r"(?:with|con)(?=\s+(?:(?:about|some|around|nearly|more\s+than|unos|unas|casi|m[aá]s\s+de)\s+)?"
                r"\d[\d.,]*\s+(?:passengers|pasajeros|people|personas|migrants|migrantes|occupants|ocupantes|"
                r"crew|tripulantes|refugees|refugiados)\b)",
                re.I), "on-board"),
    # "More than 5,000 police officers are on duty in the capital to ensure the march runs smoothly": on duty (as the
    # annotations slug it: "six guards were on duty"), not the march's
    (re.compile(r"\b(?:on\s+duty)\b", re.I), "on-duty"),
    # "declared a state of emergency in seven regions", "estado de excepción en seis provincias"
    (re.compile(r"\b(?:states?\s+of\s+(?:emergency|disaster|calamity)|estados?\s+de\s+(?:emergencia|excepci[oó]n|"
                r"alarma|cat[aá]strofe|calamidad))\b", re.I), "state-of-emergency"),
    # "350,000 customers lost power", "were without power", "quedaron sin luz", "sin electricidad"
    (re.compile(r"\b(?:lost|losing|lose|without|sin|(?:do|does|did|do\s+still|still\s+do)\s+not\s+have|"
                r"(?:don['’]t|doesn['’]t|didn['’]t)\s+(?:yet\s+)?have|(?:have|has|had)\s+no|no\s+(?:tienen|ten[ií]an|"
                r"tiene|cuentan\s+con|disponen\s+de))\s+(?:power|electricity|luz|electricidad|"
                r"energ[ií]a\s+el[eé]ctrica|suministro\s+el[eé]ctrico)\b", re.I), "without-power"),
    (re.compile(r"\b(?:suffered|sustained|sufri(?:eron|[oó]|do))\s+(?:[^\W\d_][\w-]*\s+){0,2}(?:injuries|burns|wounds|"
                r"heridas|lesiones|quemaduras)\b", re.I), "injured"),
    (re.compile(r"\b(?:sufri(?:eron|[oó]|do)|suffered|sustained|presentaron|presentan)\s+(?:graves\s+|serious\s+|"
                r"severe\s+|algunos\s+|some\s+)?(?:daños|damage)\b", re.I), "damaged"),
    (re.compile(r"\bperd(?:i[oó]|ieron|ido|er) (?:la|sus) vidas?\b|\b(?:lost|losing|lose)\s+(?:their|his|her)\s+"
                r"lives?\b", re.I), "dead"),
    # "3 millones de personas perdieron sus hogares", "40,000 lost their homes"
    (re.compile(r"\b(?:lost|losing|perdieron|perdi[oó]|perdido|han\s+perdido)\s+(?:their|his|her|sus|su)\s+"
                r"(?:homes?|houses?|hogar(?:es)?|casas?|viviendas?)\b", re.I), "homeless"),
    # "50.000 tuvieron que abandonar sus hogares", "forced to leave their homes", "fled their homes": displaced
    # (not in a relative clause, nor for a purpose: "villagers who left their homes to fetch water were killed")
    (re.compile(r"(?<!who\s)(?<!quienes\s)\b(?:abandon(?:ar|aron|ó|o|ado)|dej(?:ar|aron|ó|o|ado)|huir\s+de|"
                r"huyeron\s+de|left|leave|leaving|fled|flee|fleeing|forced\s+(?:from|out\s+of))\s+"
                r"(?:their|his|her|sus|su)\s+(?:homes?|houses?|hogar(?:es)?|casas?|viviendas?)\b"
                r"(?!\s+(?:to|para|in\s+order)\b)", re.I), "displaced"),
    # "300.000 personas han tenido que desplazarse", "had to relocate": obliged to leave where they lived
    (re.compile(r"\b(?:tuvieron|han\s+tenido|hab[ií]an\s+tenido|tienen|debieron|han\s+debido|had|have\s+had|were\s+forced)"
                r"\s+(?:que|to)\s+(?:desplazarse|trasladarse|reubicarse|relocate|move\s+out)\b", re.I), "displaced"),
    # "se cobró la vida de 40 personas", "se cobró 40 vidas"
    (re.compile(r"\bcobr(?:[oó]|aron|ado|a|an)\b(?=[^.;]{0,40}\bvidas?\b)", re.I), "dead"),
    # "15 remain in hospital", "fueron trasladados al hospital"
    (re.compile(r"\b(?:in|to|into)\s+(?:the\s+)?hospitals?\b|\b(?:al|en\s+el|en\s+los|a\s+los)\s+hospital(?:es)?\b",
                re.I), "hospitalised"),
    (re.compile(r"\b(?:(?:salieron|sali[oó]|tomaron|llenaron|inundaron) (?:a )?(?:la|las) calles?|"
                r"(?:took|take|taking|taken) to the streets|(?:filled|fill|poured into) the streets)\b", re.I),
     "protested"),
    # "6,200 people were in 380 shelters", "8.300 personas permanecen en 112 albergues", "sheltered in schools"
    # (the count of shelters itself: ``_SHELTERS``)
    (re.compile(r"\b(?:(?:in|into|en)\s+(?:(?:about|some|around|nearly|unos|unas|los|las|the)\s+)?(?:\d[\d.,]*\s+)?"
                r"(?:(?:temporary|evacuation|emergency|public|temporales)\s+)?(?:shelters|albergues|refugios(?!\s+de\b)|"
                r"evacuation\s+cent(?:re|er)s|centros\s+de\s+evacuaci[oó]n)|sheltered|sheltering|albergad[oa]s|"
                r"alojad[oa]s\s+en\s+albergues)\b", re.I), "sheltered"),
    # "37 aid trucks entered the territory", "ingresaron al país 500 migrantes" (not "la entrada", a door)
    (re.compile(r"\b(?:entered|entering|entraron|entrado|ingresaron|ingresado)\b(?!\s+(?:en\s+(?:acci[oó]n|vigor|"
                r"funcionamiento|servicio|contacto)|into\s+(?:force|service|talks))\b)", re.I), "entered"),
    # "2.100 migrantes hicieron el viaje de vuelta", "1,200 returned home" (not "returned to the streets", a protest
    # again, nor "volvieron a marchar")
    (re.compile(r"\b(?:viajes?\s+de\s+(?:vuelta|regreso)|return\s+(?:journey|trip)|returned|regresaron|"
                r"retornaron|(?:han|habían|had|have)\s+(?:regresado|retornado))\b"
                r"(?!\s+(?:to\s+the\s+streets|a\s+(?:las|la)\s+calles?|fire)\b)", re.I), "returned"),
    # "las cifras de asistencia": attendance, not "asistencia humanitaria"
    (re.compile(r"\basistencia\b(?!\s+(?:humanitaria|m[eé]dica|sanitaria|alimentaria|t[eé]cnica|social|"
                r"legal|jur[ií]dica|psicol[oó]gica|financiera|econ[oó]mica))", re.I), "protested"),
]
_SEGMENT_END = re.compile(r"[,;:()—–]")
# ways and premises, which are closed when cut or blocked (not trucks stuck, nor trees cut down)
_WAYS_AND_PREMISES = ("carretera", "via", "calle", "puente", "escuela", "colegio", "comercio", "tienda", "camino",
                      "tramo", "aeropuerto", "puerto", "autopista", "autovia", "frontera", "road", "street", "bridge",
                      "school", "shop", "store", "highway", "route", "airport", "port", "border", "motorway")
# things shut, after their noun: "40 carreteras cortadas", "12 vías bloqueadas", "three roads were closed"
_CLOSED_AFTER = re.compile(r"\s+[^\W\d_]+(?:\s+(?:de|of)\s+[^\W\d_]+)?\s+(?:(?:fueron|han\s+sido|est[aá]n|siguen|"
                           r"permanecen|quedaron|were|are|remain|remained|have\s+been)\s+)?"
                           r"(?:cortad|cerrad|bloquead|closed\b|blocked\b)", re.I)
#: the words of numbers, English and Spanish (not the article "a")
_NUMBER_WORDS = frozenset(fold_word(w) for lang in ("en", "es") for w in WORDS[lang]) - {"a", "an"}
# a count that went to live in another country: "6,000 went to Canada", "4,500 refugees ended up in
# India", "2,500 moved to nearby Kenya", "4.000 se fueron a Francia", "emigraron a Argentina"
_MOVED_TO = re.compile(r"\s*(?:[^\W\d_]+\s+)?(?:went|moved|migrated|emigrated|relocated|resettled|ended\s+up|settled|"
                       r"se\s+fueron|se\s+marcharon|se\s+trasladaron|emigraron|se\s+establecieron|terminaron|"
                       r"acabaron)\s+(?:to|in|a|en)\s+(?:(?:the|la|el|nearby|neighbouring|neighboring|"
                       r"vecina|vecino)\s+)*([A-ZÁÉÍÓÚÑ][^\W\d_]+(?:\s+[A-ZÁÉÍÓÚÑ][^\W\d_]+)?)")


# a capacity right before its figure: "a passenger capacity of 608", "the prison's capacity is 892",
# "una capacidad de 5.000 personas", "un aforo para 40.000"
_CAPACITY_AT = re.compile(r"\b(?:capacity|capacidad|aforo)\s+"
                          # whose capacity: "la capacidad del estadio era de", "the stadium's capacity", "its capacity"
                          r"(?:(?:del|de\s+la|of\s+the)\s+[^\W\d_]+\s+)?"
                          r"(?:of|is|was|for|de|para|es|era|fue|of\s+up\s+to|"
                          r"de\s+hasta|era\s+de|es\s+de|fue\s+de)\s+"
                          r"(?:(?:about|some|nearly|around|unos|unas|aproximadamente|casi)\s+)?$", re.I)


# a passive's agent that the figure counts: "was endorsed by 84 NGOs", "fue respaldada por 84 ONG" (not
# a reduced clause: "460 firefighters, backed by 33 aircraft")
_BY_AGENT = re.compile(r"\b(?:was|were|is|are|been|be|fue|fueron|es|son|sido)\s+(?:[^\W\d_]+ly\s+|also\s+|"
                       r"tambi[eé]n\s+)?([^\W\d_]+)\s+(?:by|por)\s+(?:(?:about|some|over|more\s+than|nearly|unos|unas|m[aá]s\s+de|"
                       r"cerca\s+de)\s+)?$", re.I)


# a fate that follows another: "were kidnapped and later killed", "fueron secuestrados y luego asesinados"
_AND_LATER = re.compile(r"\s+(?:and|y|e)\s+(?:later|then|subsequently|eventually|afterwards|luego|despu[eé]s|"
                        r"posteriormente|finalmente)\s+([^\W\d_]+)", re.I)
# a list of nouns after the count, then its passive: "5,655 firms, ranches, farms, and agricultural
# estates were confiscated", "40 casas, escuelas e iglesias fueron saqueadas"
# (each noun starts after a space or a comma and ends at the word's end: an empty space between letters
# split one word many ways, and backtracked for seconds on a long sentence)
_LIST_THEN_PASSIVE = re.compile(r"(?:(?:\s*,\s*|\s+)(?:(?:and|y|e)\s+)?[^\W\d_]+\b){1,12}?\s+(?:were|fueron)\s+"
                                r"(?:(?:all|also|later|todos|todas|tambi[eé]n)\s+)?([^\W\d_]+)", re.I)


def _moved_abroad(sentence: str, end: int, counted: str | None) -> bool:
    """Whether the words after a count (and its noun) say it went to live in a country."""
    moved = _MOVED_TO.match(sentence, end)
    if moved is None or (counted is None and re.match(r"\s*[^\W\d_]+\s+(?:went|moved|ended|settled)",
                                                      sentence[end:]) is None and
                         re.match(r"\s*(?:went|moved|migrated|emigrated|relocated|resettled|ended|settled|se|"
                                  r"emigraron|terminaron|acabaron)\b", sentence[end:]) is None):
        return False
    found = places_in(moved.group(1))
    return bool(found) and found[0][2] == 0 and "-" not in found[0][0] and not is_city(found[0][0])

# criteria only people (or animals) meet; a count of things does not take them from a word nearby
# the time a word of the event names: "durante las protestas", "during the strike", "en el marco del paro"
_DURING = re.compile(r"\b(?:during|amid|amidst|throughout|since|durante|desde|en\s+medio\s+de|en\s+el\s+marco\s+de|"
                     r"a\s+lo\s+largo\s+de)\s+(?:(?:the|these|those|its|their|las|los|el|la|del|esas|esos|estas|"
                     r"estos|sus)\s+)?(?:[^\W\d_]+\s+)?$", re.I)
# the tags of counts of gatherings, which a protest's words do count ("150 marchas", "three rallies")
_GATHERINGS = frozenset({"protests", "marches", "rallies", "demonstrations", "gatherings", "strikes", "events"})
_LIVING_CRITERIA = frozenset({"dead", "injured", "displaced", "homeless", "unharmed", "arrested", "kidnapped",
                              "expelled", "emigrated",
                              "hospitalised", "deported", "survived", "fled", "defected"})


def _is_thing(counted: str | None) -> bool:
    """The counted noun is a known noun of things ("viviendas", "bridges"), not of people; an English noun that is
    a thing's own slug too ("a dozen states", "13 districts": the slugs of "estados", "distritos")."""
    word = fold_word(counted) if counted else ""
    tag = _POPULATION.get(word) or (word if word in _THING_TAGS else None)
    return tag is not None and tag not in PEOPLE_GROUPS


# the month March: a capital after a preposition of time or before a day or a year ("end of March
# 1938", "in March", "March 5"); not "the March for Our Lives"
_MONTH_BEFORE = re.compile(r"\b(?:of|in|on|for|since|until|till|by|early|late|mid|from|to|through|de)\s+$", re.I)
_MONTH_AFTER = re.compile(r"\s+\d|\s*,\s*\d")


def _is_month(sentence: str, match: re.Match) -> bool:
    if match.group() != "March":
        return False
    at = match.start()
    return (_MONTH_AFTER.match(sentence, match.end()) is not None
            or _MONTH_BEFORE.search(sentence, max(0, at - 12), at) is not None
            or re.search(r"\d\s*$", sentence[max(0, at - 4):at]) is not None)


@lru_cache(maxsize=16384)
def _criterion_prefix(word: str) -> str | None:
    """The first criterion whose words begin ``word`` (folded), or None: a word's, read once."""
    low = fold_word(word)
    return next((slug for slug, prefixes in _CRITERION_WORDS if low.startswith(prefixes)), None)


# verbs of being and of a state a count is in, between it and the word that says what befell it
_STATE_WORDS = frozenset(
    "were was are is have has had been be being remain remains remained stay stays stayed still also reportedly left "
    "fueron fue son es han ha habian habia sido estan estaban siguen sigue seguian permanecen permanece "
    "permanecian continuan continua quedan queda quedaron quedo resultaron resulto aun todavia tambien "
    # what they had to do: "50.000 tuvieron que abandonar sus hogares", "40,000 were forced to leave their homes"
    "tuvieron tuvo tienen tiene debieron debio deben que to forced obligados obligadas "
    # "de los cuales 47 ya habrían sido ubicados": reported, not stated
    "ya habrian habria hayan haya".split())
# the auxiliaries of a passive: the participle after them is what befell the count ("habrían sido ubicados": located)
_PASSIVE_AUXILIARIES = frozenset("sido been fueron fue were was".split())


_PHRASE_END = re.compile(r"[^\w\s'’-]")
_NEXT_DIGIT = re.compile(r"\d")
# a verb of knowing that raises what befell the count: "are known to have died", "are believed to
# have been killed", "are feared to have drowned"
_RAISED = re.compile(r"(?:known|believed|thought|feared|presumed|reported|said|estimated|confirmed)\s+to\s+"
                     r"(?:have\s+)?(?:been\s+)?([^\W\d_]+)", re.I)


def _predicate(sentence: str, end: int, counted: str | None) -> str | None:
    """The criterion of the word a verb of being or of a state puts at the count: "7 remain
    missing", "otras 7 permanecen desaparecidas" (after the counted noun, if any); or of the
    phrase that follows it ("45 escuelas sufrieron daños")."""
    stop = _PHRASE_END.search(sentence, end, min(len(sentence), end + 50))
    hi = stop.start() if stop else min(len(sentence), end + 50)
    number = _NEXT_DIGIT.search(sentence, end, hi)
    if number is not None:
        hi = number.start()               # "29 personas fallecidas y 18 personas no localizadas": the 18's words
    words = list(_WORD.finditer(sentence, end, hi))[:5]
    at = next((k for k, w in enumerate(words[:3]) if counted and fold_word(w.group()) == fold_word(counted)), None)
    if at is not None:
        words = words[at + 1:]            # "two prison guards also suffered": after the noun and its modifiers
    k = 0
    while k < len(words) and fold_word(words[k].group()) in _STATE_WORDS:
        k += 1
    if k >= len(words):
        return None
    for pattern, slug in _CRITERION_PHRASES:
        if pattern.match(sentence, words[k].start()):
            return slug                   # "45 escuelas sufrieron daños"
    raised = _RAISED.match(sentence, words[k].start())
    if raised:
        return criterion_of_word(raised.group(1))   # "34 journalists are known to have died": dead
    if not k:
        return None
    found = criterion_of_word(words[k].group())
    if found is None and any(fold_word(w.group()) in _PASSIVE_AUXILIARIES for w in words[:k]):
        found = english_participle(words[k].group())   # "47 ya habrían sido ubicadas": located
    return found


# lives lost, claimed: "tres vidas perdidas", "se perdieron 80 000 vidas", "cobró 300 vidas", "claimed 300 lives"
_LIVES_LOST = re.compile(r"\b(?:perdi\w*|perdier\w+|lost|loss|cobr\w+|claim\w*|took|se\s+llev[oó](?!\s+a\s+cabo))\b",
                         re.I)
# the words of a toll of the dead right before its figure: "un saldo fatal de", "acabó con la vida de (entre)", "segó la
# vida de" (only its own figure: not "..., con un saldo fatal de 20 personas; otros 15 pasajeros")
_DEATHS_OF = re.compile(r"\b(?:(?:saldo|balance)\s+fatal|(?:acab(?:[oó]|aron|ado|a|an)\s+con|seg(?:[oó]|aron|ado))\s+"
                        r"la\s+vida)\s+de\s+(?:(?:entre|unos|unas|m[aá]s\s+de|al\s+menos|cerca\s+de|casi)\s+)?$", re.I)


def _lives_lost(sentence: str, start: int, end: int) -> bool:
    """Whether the clause of a count of lives says they were lost, and not saved: "se perdieron 80 000 vidas", "tres
    vidas perdidas"; not "salvaron 300 vidas, pero se perdieron otras 12" (the 300)."""
    lo = max((m.end() for m in _SEGMENT_END.finditer(sentence, max(0, start - 60), start)), default=max(0, start - 60))
    stop = _SEGMENT_END.search(sentence, end, min(len(sentence), end + 40))
    clause = sentence[lo:stop.start() if stop else min(len(sentence), end + 40)]
    return _LIVES_LOST.search(clause) is not None and _LIVES_SAVED.search(clause) is None


_LIVES_SAVED = re.compile(r"\b(?:salv\w+|saved?|saving|rescu\w+|rescat\w+|proteg\w+|protect\w*|evit\w+|avert\w*|"
                          r"prevent\w*)\b", re.I)
def _participle_after(sentence: str, end: int, counted: str | None) -> str | None:
    """The criterion of a participle right after a count and its noun, which says what befell all of them: "None of
    the 40 people killed in the blast", "Ninguna de las 12 personas fallecidas" (dead), "the 12 miners trapped" ."""
    words = list(_WORD.finditer(sentence, end, min(len(sentence), end + 40)))[:2]
    if words and counted and fold_word(words[0].group()) == fold_word(counted):
        words = words[1:]
    if not words or not counted and sentence[end:words[0].start()].strip():
        return None                       # (with no noun, the participle right after the figure)
    word = fold_word(words[0].group())
    return criterion_of_word(word) if re.search(r"(?:ed|en|ad[oa]s?|id[oa]s?)$", word) else None


# those on board, after the count and its noun: "the 30 passengers on board", "los 40 ocupantes a bordo"
_ABOARD_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:on\s+board|aboard|a\s+bordo)\b", re.I)
# a count none of whom the verb befell: "None of the forty guards were killed", "ninguno de los 40 guardias murió"
_NONE_OF = re.compile(r"\b(?:none|neither|not\s+one|ningun[oa]|ni\s+un[oa])\s+(?:of|de)\s+"
                      r"(?:the|los|las|sus|their)?\s*$", re.I)


# people who arrived somewhere, the place named after the verb ("llegaron a Europa", "reached Europe", "arrived in
# Lampedusa"; not "las muertes llegaron a 80", "the toll reached 100": a number after it)
_ARRIVED_AT = re.compile(r"\s+(?:(?:de|of)\s+)?(?:[^\W\d_]+\s+){0,2}?(?:(?:ya\s+|have\s+|had\s+|has\s+)?"
                         r"(?:llegaron|lleg[oó]|llegan|llega|arribaron|arrib[oó]|han\s+(?:llegado|arribado)|hab[ií]an\s+llegado|"
                         r"reached|arrived\s+(?:in|at|on)"
                         r"))\s+(?:a|al|en|hasta|to)?\s*(?:la\s+|las\s+|los\s+|el\s+|the\s+)?[A-ZÁÉÍÓÚÑ]")


def criterion(sentence: str, start: int, end: int, counted: str | None, lang: str = "en") -> str | None:
    """The counting rule (``_criterion``), with how badly the injured are hurt when the figure's
    clause says it ("ten suffered serious injuries": injured-seriously; not of none of them: "None of the 40 injured
    were in serious condition")."""
    none_of = _NONE_OF.search(sentence, max(0, start - 30), start) is not None
    crit = _criterion(sentence, start, end, counted, lang, none_of)
    risk = _AT_RISK.search(sentence, end, min(len(sentence), end + 80)) if crit else None
    if risk is not None and not _SEGMENT_END.search(sentence, end, risk.start()) and \
            criterion_of_word(risk.group(1)) == crit:
        return "at-risk"                  # "five districts are at the risk of being flooded": not flooded yet
    return crit if none_of else with_severity(crit, sentence, start, end)


# what has not befallen a count yet, only threatens it: "at the risk of being flooded", "en riesgo de inundarse"
_AT_RISK = re.compile(r"\b(?:at\s+(?:the\s+)?risk\s+of|at\s+risk\s+from|risk\s+being|in\s+danger\s+of|"
                      r"threatened\s+(?:by|with)|(?:en|con|bajo)\s+(?:alto\s+)?riesgo\s+de|corren?\s+(?:el\s+)?riesgo\s+de|"
                      r"en\s+peligro\s+de|amenazad[oa]s?\s+(?:por|de|con))\s+(?:being\s+|ser\s+|sufrir\s+|quedar\s+)?"
                      r"(?:(?:un|una|a|an|the|la|el|las|los)\s+)?([^\W\d_]+)", re.I)


# a crowd that fills the streets or a square, right after its count: "flooded the streets", "swarmed the streets of
# Tarn", "also thronged the main square", "inundaron las calles" (the verb alone is a flood's: "flooded 300 homes")
_FILL_VERBS = ("flooded swarmed thronged packed jammed filled crowded inundaron llenaron abarrotaron colmaron "
               "desbordaron tomaron").split()
_FILLS_THE_STREETS = re.compile(
    r"(?:\s+(?:also|have|had|has|again|then|later|tambi[eé]n|ya))*\s+(?:" + "|".join(_FILL_VERBS) +
    r"|poured\s+(?:into|onto)|took\s+to|salieron\s+a)\s+(?:the|las|la|los|el)?\s*(?:main\s+|central\s+)?"
    r"(?:streets?|squares?|avenues?|calles?|plazas?|avenidas?)\b", re.I)
# a transport that moved its riders: "the metro moved a record 470,000 passengers", "transportó a 2 millones de
# viajeros" (not "the bus was carrying 45 passengers": on board)
_CARRIED = re.compile(r"\b(?:moved|carried|transported|ferried|transport[oó]|transportaron|moviliz[oó]|"
                      r"trasladaron|traslad[oó])\s+(?:a\s+)?(?:(?:a\s+)?record\s+|un\s+r[eé]cord\s+de\s+|"
                      r"(?:about|some|nearly|over|more\s+than|unos|unas|m[aá]s\s+de|cerca\s+de)\s+)?$", re.I)
_RIDERS = frozenset("passengers riders commuters pasajeros viajeros usuarios".split())


_SHELTERS = frozenset("shelters albergues refugios".split())
_OWN_CLAUSE_ONLY = frozenset({"entered", "returned", "sheltered"})
_IN_THEM = re.compile(r"\b(?:in|en)\s+(?:(?:about|some|around|nearly|unos|unas)\s+)?$", re.I)


def _criterion(sentence: str, start: int, end: int, counted: str | None, lang: str = "en",
               none_of: bool = False) -> str | None:
    """The counting rule: the verb that governs the number, as a known criterion; else a verb
    right after the counted noun or the group it is a part of ("3 of the injured died"); else the
    counted noun's; else, in a passive ("three protests were held"), the verb as its own slug;
    else the criterion word nearest the number (within its clause first); else the verb before
    the number as its slug ("filed three lawsuits"). ``none_of``: the count is of "None of the ..."."""
    if _CAPACITY_AT.search(sentence, max(0, start - 40), start):
        return "capacity"                 # "a passenger capacity of 608", "the prison's capacity is 892"
    if _DEATHS_OF.search(sentence, max(0, start - 60), start):
        return "dead"                     # "con un saldo fatal de 4000 víctimas", "acabó con la vida de unas 2.300"
    if counted and fold_word(counted) in ("vidas", "lives") and _lives_lost(sentence, start, end):
        return "dead"                     # "tres vidas perdidas", "se perdieron 80 000 vidas" (not "salvó 300 vidas")
    noun = criterion_of_word(counted) if counted else None
    if _FILLS_THE_STREETS.match(sentence, end):
        return "protested"                # "two million people flooded the streets", "swarmed the streets of Tarn"
    if _CARRIED.search(sentence, max(0, start - 30), start) and counted and fold_word(counted) in _RIDERS:
        return "carried"                  # "the metro moved a record 470,000 passengers": riders, no crowd of the march
    if none_of:
        # "None of the forty guards were killed": what the verb says befell none of them; what the noun says they are
        # stays ("None of the 12 dead has been identified", "None of the 30 passengers on board were hurt")
        aboard = _ABOARD_AFTER.match(sentence, end)
        return noun or _participle_after(sentence, end, counted) or ("on-board" if aboard else None)
    if counted and fold_word(counted) in _SHELTERS and _IN_THEM.search(sentence, max(0, start - 24), start):
        return "open"                     # "6,200 people were in 380 shelters": the shelters open, not sheltered
    verb = _governing(sentence, start, end, lang)
    if verb is not None:
        for slug, prefixes in _CRITERION_WORDS:
            if verb[0].startswith(prefixes):
                return slug               # "200 manifestantes fueron detenidos": arrested
    then = verb_after_count(sentence, end, counted, lang, criterion_of_word, start)
    if then is not None:
        return then                       # "12 protesters died", "tres de los heridos murieron": dead
    act = _own_act(sentence, start, end, counted)
    if act is not None:
        return act                        # "2,000 police accompanied the marches": not protested
    if _moved_abroad(sentence, end, counted):
        return "emigrated"                # "6,000 went to Canada", "4.500 se fueron a la India"
    if noun is not None:
        return noun                       # "Los 25 heridos llegaron al Hospital": injured
    if _ARRIVED_AT.match(sentence, end):
        return "arrived"                  # "un millón de migrantes llegaron a Europa", "one million reached Europe"
    if counted and fold_word(counted).startswith(_WAYS_AND_PREMISES) and _CLOSED_AFTER.match(sentence, end):
        return "closed"                   # "40 carreteras cortadas", "12 roads remain closed" (not a strike's)
    predicate = _predicate(sentence, end, counted)
    if predicate is None and is_population_stock(sentence, start, end, counted):
        return "population"           # "nearly 70,000 people live in X", "una ciudad de 300.000 habitantes"
    if predicate is not None:
        return predicate              # "7 remain missing", "7 siguen desaparecidos", "12 are still missing"
    if verb is not None and verb[1] == "passive":
        return _slug(verb[0])
    phrases = [(m.start(), m.end(), slug) for pattern, slug in _CRITERION_PHRASES for m in pattern.finditer(sentence)]
    candidates = []
    for match in _WORD.finditer(sentence):
        if _is_month(sentence, match):
            continue                      # "by the end of March 1938": a month, no march
        if _DATA_BEFORE.search(sentence, max(0, match.start() - 20), match.start()):
            continue                      # "according to figures gathered by the SNM": the data's, no crowd's
        word_slug = _criterion_prefix(match.group())
        if word_slug is not None and not any(a <= match.start() < b for a, b, _ in phrases):
            candidates.append((match.start(), match.end(), word_slug))   # a phrase's word is the phrase's
    candidates.extend(phrases)
    # the words of the number's own segment (commas end one) first: "350 000 más habían quedado
    # heridas, y más de 1,5 millones de personas se habían quedado sin hogar" -> homeless
    lo = max((m.end() for m in _SEGMENT_END.finditer(sentence, 0, start)), default=0)
    joined = _JOINED_CLAUSE.search(sentence, lo, start)
    if joined is not None:
        lo = joined.end()                 # "47 were injured and 12 have gone missing": the 12's clause begins at "and"
    after = _SEGMENT_END.search(sentence, end)
    close = sentence.find(")", after.end()) if after is not None and after.group() == "(" else -1
    if close > 0 and after is not None and not _holds_a_number(sentence[after.end():close]):
        # "4.000 personas (otra cifra récord) tuvieron que ser desalojadas": an aside in brackets, the clause
        # going on after it (not a breakdown in them: "otras cuatro con evolución favorable (tres por neumonía)")
        candidates = [c for c in candidates if not after.start() <= c[0] < close]   # nor the aside's words
        after = _SEGMENT_END.search(sentence, close + 1)
    hi = after.start() if after else len(sentence)
    if sentence[:start].rstrip().endswith("(") and sentence[end:].lstrip().startswith(")"):
        # "el descarrilamiento de todos los vehículos del tren (13) y el volcado de cuatro": a
        # number in brackets counts what is named before it
        candidates = [c for c in candidates if c[1] <= start]
        lo = max((m.end() for m in _SEGMENT_END.finditer(sentence, 0, start - 1)), default=0)
    # a movement or a stay is the figure's own clause's ("más de 700 mil colombianos vivían en Venezuela, sin contar
    # los miles de inmigrantes que ingresaron": not the 700 mil that entered)
    candidates = [c for c in candidates if c[2] not in _OWN_CLAUSE_ONLY or lo <= c[0] and c[1] <= hi]
    if _is_thing(counted):
        # houses are not dead: a criterion only the living meet comes from another count's clause
        # ("12 fallecidos, más de 40 viviendas y 3 puentes")
        candidates = [c for c in candidates if c[2] not in _LIVING_CRITERIA]
    if counted and not set(population(counted, "", lang)) & (PEOPLE_GROUPS | _GATHERINGS):
        # "durante las protestas han ocurrido 40 casos de violencia", "42 denuncias de abusos durante el paro": things
        # the protest or the strike was the time of, no crowd and no strikers (not "310 actividades, de las cuales 200
        # fueron concentraciones", "Protests were held in 600 cities")
        candidates = [c for c in candidates if c[2] not in ("protested", "on-strike")
                      or not _DURING.search(sentence, max(0, c[0] - 40), c[0])]
    cause = max((m.end() for m in _CAUSE_CLAUSE.finditer(sentence, 0, start)), default=0)
    if cause:
        # "the fatalities may still increase because only 33 of 48 mayors were able to report back": the words
        # before a clause of cause or concession are another clause's
        candidates = [c for c in candidates if c[0] >= cause]
    with_other = _WITH_ANOTHER.search(sentence, end, min(len(sentence), end + 60))
    if with_other is not None and _holds_a_number(with_other.group(1)):
        # "was raised to 94 with one person reported missing": the words after "with one" are the one's
        candidates = [c for c in candidates if c[0] < with_other.start()]
    with_this = _WITH_THIS.search(sentence, max(0, start - 30), start) if verb is not None else None
    if with_this is not None and _holds_a_number(sentence[:with_this.start()]):
        # "six guards were on duty inside, with 26 more stationed outside": the words before are the six's (a figure
        # with a verb of its own; not "in 102 cities, with 350,000 in Dallas")
        candidates = [c for c in candidates if c[0] >= with_this.end()]
    scored = [(start - b if b <= start else a - end, slug, lo <= a and b <= hi, b) for a, b, slug in candidates]
    near = sorted((not inside, abs(distance), slug, b) for distance, slug, inside, b in scored if abs(distance) <= 60)
    if near:
        return _last_fate(sentence, near[0][3]) or near[0][2]
    if verb is not None and verb[1] == "before":
        return _slug(verb[0])
    agent = _BY_AGENT.search(sentence, max(0, start - 40), start)
    if agent and _is_participle(agent.group(1), lang) and not scored:
        return _slug(agent.group(1))      # "the rally was endorsed by 84 NGOs": endorsed
    listed = _LIST_THEN_PASSIVE.match(sentence, end)
    nouns = sentence[end:listed.start(1)].split() if listed else []
    if listed and _is_participle(listed.group(1), lang) and not scored and (
            "," in sentence[end:listed.start(1)] or {"and", "y", "e"} & set(nouns)) and \
            not set(map(str.lower, nouns)) & _CLAUSE_WORDS - {"and", "y", "e"}:
        return _slug(listed.group(1))     # "5,655 firms, ranches and farms were confiscated": confiscated
    if not scored:
        return None
    nearest = min((abs(d), slug, b) for d, slug, _, b in scored)
    return _last_fate(sentence, nearest[2]) or nearest[1]


# what a count of people did to others or to a crowd, which the crowd's words around it do not say of them: "2,000
# police accompanied the marches", "Turkey, which hosts 3.5 million refugees", "la policía escoltó a 300"
_OWN_ACTS = {
    "accompanied": ("accompan", "acompan", "acompañ"),
    "escorted": ("escort", "escolt"),
    "guarded": ("guard", "custodi", "resguard", "vigil"),
    # (whole words: not "hostages", nor "albergues", shelters)
    "hosted": ("hosts", "hosted", "hosting", "host", "acoge", "acogen", "acogio", "acogia", "alberga", "albergan",
               "albergo", "albergaba"),
}
_OWN_ACT_WORDS = {word: slug for slug, words in _OWN_ACTS.items() for word in words}
_OWN_ACT_STEMS = tuple(word for slug, words in _OWN_ACTS.items() if slug != "hosted" for word in words)


def _act_of(word: str) -> str | None:
    """The slug of an act on others a word names (``_OWN_ACTS``), or None."""
    low = fold_word(word)
    return _OWN_ACT_WORDS.get(low) or next((_OWN_ACT_WORDS[stem] for stem in _OWN_ACT_STEMS if low.startswith(stem)),
                                           None)


def _own_act(sentence: str, start: int, end: int, counted: str | None) -> str | None:
    """The slug of what the counted people did, when it is an act on others (``_OWN_ACTS``): the verb the count and
    its noun are the subject of ("2,000 police officers accompanied the marches", "unos 2.000 policías acompañaron las
    marchas") or the object of ("which hosts 3.5 million refugees", "que acoge a 3,5 millones"); None otherwise."""
    after = [m.group() for m in _VERB_WORD.finditer(sentence, end, min(len(sentence), end + 50))][:4]
    if counted is not None and fold_word(counted) in map(fold_word, after):
        after = after[[fold_word(w) for w in after].index(fold_word(counted)) + 1:]   # the verb after the noun
    passive = False
    while after and fold_word(after[0]) in _SKIP_AFTER:
        passive = passive or fold_word(after[0]) in _PASSIVE_AUXILIARIES
        after = after[1:]
    if after and after[0][0].isalpha() and not passive and not _NOT_FINITE.search(fold_word(after[0])):
        act = _act_of(after[0])
        if act is not None:
            return act
    before = [m.group() for m in _VERB_WORD.finditer(sentence, max(0, start - 30), start)]
    while before and fold_word(before[-1]) in _BETWEEN_VERB_AND_NUMBER | _WHEN_BEFORE:
        before.pop()
    return _act_of(before[-1]) if before and before[-1][0].isalpha() else None


# an act's word that is no verb of the count's own: "32 accompanying journalists" (an adjective), "32 acompañantes"
# (a noun), "acompañados por la policía" (what others did to them)
_NOT_FINITE = re.compile(r"(?:ing|antes?|entes?|ad[oa]s?|id[oa]s?)$")
# words of when between a verb and its count: "which hosts already 3.5 million", "que acoge ya a 2,8 millones"
_WHEN_BEFORE = frozenset("already now currently still also ya actualmente todavia tambien aun".split())


# a conjunction that opens the number's own clause: "and", "y", "while", "mientras", with up to two words before the
# figure ("and at least 12", "y otros 30", "and killed 40")
_JOINED_CLAUSE = re.compile(r"\b(?:and|y|e|but|pero|while|whereas|mientras)\s+(?:[^\W\d_]+\s+){0,2}\Z", re.I)


# a conjunction that opens a clause of cause or concession, whose figure the words before it do not count
_CAUSE_CLAUSE = re.compile(r"\b(?:because(?!\s+of\b)|although|though|whereas|porque|ya\s+que|puesto\s+que|aunque|"
                           r"si\s+bien)\b", re.I)


# another figure's own clause after a figure: "94 with one person missing", "40, while 12 others were injured"
# the same, seen from the second figure: ", with 26 more stationed outside", ", mientras otras 12"
_WITH_THIS = re.compile(r",\s*(?:with|while|whereas|con|mientras(?:\s+que)?)\s+(?:(?:about|some|around|nearly|another|"
                        r"unos|unas|otros|otras)\s+)?$", re.I)
_WITH_ANOTHER = re.compile(r"\b(?:with|while|whereas|con|mientras)\s+((?:[^\W\d_]+\s+){0,2}(?:\d|[^\W\d_]+))", re.I)


def _holds_a_number(text: str) -> bool:
    """Whether a stretch of text holds a number, in figures or in words ("tres por neumonía")."""
    return any(ch.isdigit() for ch in text) or any(fold_word(w) in _NUMBER_WORDS for w in _WORD.findall(text))


def _last_fate(sentence: str, at: int) -> str | None:
    """The criterion of a fate that follows the one ending at ``at``: "when they were kidnapped and
    later killed", "secuestrados y luego asesinados" (dead); None when none follows."""
    later = _AND_LATER.match(sentence, at)
    return criterion_of_word(later.group(1)) if later else None


# --- what a measure measures -----------------------------------------------------------------
_LENGTHS = frozenset({"km", "mi", "m", "ft", "yd", "cm", "nmi"})
_SPEEDS = frozenset({"km/h", "mph", "kn", "m/s"})
_DEPTH_BEFORE = re.compile(r"(?:depth|profundidad|hipocentro|hypocent(?:er|re))\b[^.;,]{0,25}$", re.I)
_DEPTH_AFTER = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?(?:deep|de profundidad|bajo tierra|underground)\b", re.I)
# compass directions, English and Spanish: "southwest of", "al noroeste de"
DIRECTIONS = ("north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|"
               "south-west|norte|sur|este|oeste|noreste|noroeste|nordeste|sureste|suroeste|sudeste|sudoeste")
# a direction, of one word or two: "west", "east-northeast", and as wire copy writes it, "west, northwest"
COMPASS = rf"(?:{DIRECTIONS})(?:(?:[–-]|,?\s+)(?:{DIRECTIONS}))?"
_FROM_AFTER = re.compile(
    rf"\s*(?:\([^()]{{0,20}}\)\s*)?,?\s*(?:(?:al|del|to the)\s+)?"
    # "west of", "east-northeast of", "west, northwest of"
    rf"(?:{COMPASS}\s+"
    rf"(?:of|de|del|from)\b|from\b|off\b|away\b|desde\b|de distancia\b|(?:de|of)\s+(?:la\s+|el\s+|the\s+)?"
    rf"(?:ciudad|city|capital|costa|coast)\b|de\s+[A-ZÁÉÍÓÚÑ])", re.I)
# the epicentre named, or a quake said to have struck or occurred where the distance says
_EPICENTRE = re.compile(r"\b(?:epicent(?:er|re|ro)|epicentral|centered|centrado)|"
                        r"\b(?:earthquake|quake|tremor|sismo|terremoto|temblor)s?\b[^.;]{0,40}?\b(?:struck|occurred|"
                        r"hit|was\s+located|se\s+produjo|ocurri[oó]|se\s+registr[oó]|se\s+localiz[oó]|se\s+ubic[oó])\b",
                        re.I)
# a relative clause that says where a place is, opened after the place: "Port-de-Paix, which is about 136 miles from
# the capital", "Mendi, que está a 80 km de la capital"
_WHERE_A_PLACE_IS = re.compile(r",\s*(?:which|that|where|que|donde|el\s+cual|la\s+cual)\b[^,;]*$", re.I)


def _of_the_epicentre(sentence: str, start: int) -> bool:
    """Whether a distance at ``start`` is the epicentre's: the sentence names an epicentre or where a quake struck,
    and not only before a relative clause of a place that the distance is in ("was centered 12 miles northwest of
    Port-de-Paix, which is about 136 miles from the capital": the 12 miles, not the 136)."""
    found = [m for m in _EPICENTRE.finditer(sentence)]
    if not found:
        return False
    return any(m.start() >= start or not _WHERE_A_PLACE_IS.search(sentence, m.end(), start) for m in found)


_CONVERTED = re.compile(r"(\d[\d.,]*\s*[^\W\d_][\w/]*)\s*\(\s*$")
_MILLIMETRES = re.compile(r"(?:\b|(?<=\d))(?:mm|mil[ií]metr\w*|millimet\w*)\b", re.I)   # ("644mm" too)
# a depth the words after it say is of rain: "3 inches of rain", "8 centímetros de lluvia"
_OF_RAIN = re.compile(r"\s*(?:\)\s*)?(?:of\s+(?:rain|rainfall|precipitation)|de\s+(?:lluvia|precipitaci[oó]n))\b", re.I)
_WIND = re.compile(r"\b(?:winds?|vientos?|r[aá]fagas|gusts?)\b", re.I)


# a speed no vehicle may pass ("the speed limit of 80 km/h", "la velocidad máxima permitida de 80 km/h")
# ("velocidad máxima" alone is what a Spanish road or track sign says: the limit)
_LIMIT = re.compile(r"\b(?:speed\s+limit|l[ií]mite\s+de\s+velocidad|velocidad\s+m[aá]xima|velocidad\s+(?:permitida|"
                    r"autorizada|l[ií]mite)|limitad[oa]\s+a|limited\s+to)\b[^.;,]{0,25}$", re.I)
# a train's own speed: "the train was travelling at 191 km/h", "el tren viajaba a 191 km/h"
_TRAIN = re.compile(r"\b(?:train|tren|convoy|locomotive|locomotora)\b", re.I)
# a wind named only as sustained, on a line of facts: "1-minute sustained: 315 km/h"
_SUSTAINED = re.compile(r"\b(?:sustained|sostenidos?)\b[^.;]{0,10}$", re.I)


#: units of area, of what burned or flooded
AREAS = frozenset({"ha", "acre", "km2", "mi2"})
# a fire's burning, said of an area: "had burned", "burnt", "scorched", "quemó", "consumidas por las
# llamas", "arrasadas por el fuego", "calcinadas", "ardieron"
_BURNED = re.compile(r"\b(?:burn\w*|scorch\w*|charred|torched|gutted\s+by\s+fire|quem\w+|calcin\w+|"
                     r"ard(?:ieron|i[oó]|en|ido)|"
                     r"consumid[oa]s?\s+por\s+(?:las\s+llamas|el\s+fuego|el\s+incendio)|(?:arrasad|devastad)[oa]s?\s+por\s+"
                     r"(?:las\s+llamas|el\s+fuego|el\s+incendio))", re.I)


_FLOOD_WATER = re.compile(r"\b(?:water|waters|flood\w*|agua|aguas|inundaci[oó]n\w*|riada|crecida)\b", re.I)


# a storm's surge of the sea, and how far inland it went: "a storm surge of 4.2 meters", "la marejada ciclónica de 5 m"
_SURGE = re.compile(r"\b(?:storm\s+surges?|surges?\s+of\s+(?:sea\s+)?water|marejadas?\s+cicl[oó]nicas?|"
                    r"mareas?\s+de\s+tormenta)\b", re.I)
_INLAND = re.compile(r"\s+(?:\([^()]*\)\s+)?(?:up\s+(?:the|a|el|la)\b|inland|into\s+(?:the\s+)?(?:interior|inland)|"
                     r"tierra\s+adentro|hacia\s+el\s+interior|adentro)\b", re.I)
# lengths too long for a surge's height: kilometres and miles are its reach
_REACH_UNITS = frozenset("km mi nmi".split())


def _clause_of(sentence: str, start: int, end: int) -> str:
    """The figure's clause: from the edge before it to the one after it (commas, semicolons)."""
    lo = max((m.end() for m in re.finditer(r"[;,()]", sentence[:start])), default=0)
    after = re.compile(r"[;,()]").search(sentence, end)
    return sentence[lo:after.start() if after else len(sentence)]


def vehicle_speed(sentence: str, start: int, end: int) -> str | None:
    """What a speed with no wind beside it measures: a limit ("speed limit of 80 km/h") is
    speed-limit; a sustained wind on a line of facts peak-winds; else a train's speed when the
    sentence is about a train (train-speed); None otherwise."""
    if _LIMIT.search(sentence, max(0, start - 60), start):
        return "speed-limit"
    if _SUSTAINED.search(sentence, max(0, start - 20), start):
        return "peak-winds"
    if _TRAIN.search(sentence):
        return "train-speed"
    return None


def measure_criterion(sentence: str, start: int, end: int, unit: str | None) -> str | None:
    """What a length or a speed measures, from the words around it: "a una profundidad de 15
    km", "10 km deep" -> hypocentre-depth; "81 km al noroeste de Katmandú", "37 km west of
    Gaziantep" -> epicentre-distance in a sentence about an epicentre, else distance-from-<the
    place named> ("120 km from Lampedusa") or distance; a wind's speed -> peak-winds; rain and
    heat (``pop_measure.weather``). None when nothing says."""
    converted = _CONVERTED.search(sentence, max(0, start - 30), start)
    if converted is not None:
        start, end = converted.start(1), converted.end(1)      # "85 km (53 mi)": the 85 km's
    if unit in ("in", "cm") and (converted is not None and _MILLIMETRES.search(converted.group(1))
                                 or _OF_RAIN.match(sentence, end)):
        unit = "mm"      # "489 millimeters (19.5 inches) of rain", "3 inches of rain": a depth of rain
    if unit in _LENGTHS and _SURGE.search(_clause_of(sentence, start, end)):
        # "sending a storm surge 40 kilometres up the delta": how far it reached; "a storm surge of 4.2 meters": how
        # high it rose (GUIDE: storm-surge-reach; a height is named as dev's tsunami-height is)
        return "storm-surge-reach" if unit in _REACH_UNITS or _INLAND.match(sentence, end) else "storm-surge-height"
    if unit in _LENGTHS:
        if _DEPTH_BEFORE.search(sentence, max(0, start - 45), start) or _DEPTH_AFTER.match(sentence, end):
            # "the water was six metres deep", "el agua alcanzó dos metros de profundidad": a flood's, not a quake's
            return "flood-depth" if _FLOOD_WATER.search(_clause_of(sentence, start, end)) else "hypocentre-depth"
        if _FROM_AFTER.match(sentence, end):
            # "120 km from Lampedusa": distance-from-lampedusa; "80 km south of the capital": distance
            return "epicentre-distance" if _of_the_epicentre(sentence, start) else (distance_from(sentence, end)
                                                                                    or "distance")
        return weather(sentence, unit)
    if unit in AREAS and _BURNED.search(_clause_of(sentence, start, end)):
        return "burned-area"          # "10,000 hectares had burned", "8.000 hectáreas habían sido consumidas"
    if unit in _SPEEDS:
        wind = [m for m in _WIND.finditer(sentence) if abs(m.start() - start) <= 50]
        if wind:
            return "peak-winds"       # the GUIDE's one slug of a wind, peak or not
        return vehicle_speed(sentence, start, end)
    return weather(sentence, unit)
