"""The nouns a count of an event names, English and Spanish, and the population slug each gives
(GUIDE.md: an English plural noun; the group's noun when the text names one).

Written from general knowledge of the two languages, not from the annotated texts: people by
role, occupation, age, state and force; vehicles; animals; buildings, homes and places; events
and things counted in the news. ``fields.population`` reads these after its own lexicon (which
keeps its older choices, such as "viviendas" -> houses).

- An English noun of a group is its own slug ("inmates", "troops", "villagers"): the text's noun
  is the group's noun. A Spanish noun is the English one it translates ("aeronaves" -> aircraft,
  "embarcaciones" -> vessels, "reses" -> cattle).
- English plurals that do not end in -s ("aircraft", "livestock", "sheep", "personnel") are
  listed, since the rule "an English plural not listed is its own tag" cannot see them.
"""
from __future__ import annotations

from reconcile.quantities.lexicon import fold_word

__all__ = ["COUNTED", "PEOPLE_SLUGS"]

# slug -> the words (folded; "ñ" kept) that count it; English plurals of people first
_PEOPLE: dict[str, str] = {
    # people by what befell them or what they stand accused of (GUIDE: [people], as "detenidos")
    "people": "procesados imputados acusados condenados sentenciados encarcelados apresados "
              "varados intoxicados quemados asfixiados aplastados lesionadas heridas almas "
              # peoples and faiths whose Spanish plural no demonym ending shows ("británicos", "checos")
              "britanicos polacos checos suizos noruegos suecos austriacos eslovacos croatas serbios bulgaros "
              "hungaros letones estonios etiopes eritreos arabes judios musulmanes cristianos catolicos "
              "uigures rohinyas asiaticos europeos latinos "
              # faiths in English, and the Spanish the list above lacks ("790 Muslims and 254 Hindus were killed")
              "muslims hindus sikhs christians jews buddhists catholics protestants hindues sijs budistas "
              "protestantes",
    # forces and security
    "troops": "troops",
    "inmates": "inmates",
    "convicts": "convicts",
    "policemen": "policemen",
    "servicemen": "servicemen",
    "marines": "marines",
    "sailors": "sailors marineros marinos",
    "pilots": "pilots pilotos",
    "officials": "officials funcionarios",
    "officers": "oficiales",
    "personnel": "personnel efectivos",
    "staff": "staff",
    "reservists": "reservists reservistas",
    "cadets": "cadets cadetes",
    "peacekeepers": "peacekeepers",
    "militiamen": "militiamen milicianos",
    "paramilitaries": "paramilitaries paramilitares",
    "militants": "militants",
    "insurgents": "insurgents",
    "guerrillas": "guerrillas",
    "terrorists": "terrorists terroristas",
    "attackers": "attackers atacantes agresores asaltantes",
    "assailants": "assailants",
    "gunmen": "gunmen pistoleros",
    "hitmen": "hitmen sicarios",
    "jihadists": "jihadists yihadistas",
    "separatists": "separatists separatistas",
    "criminals": "criminals delincuentes",
    "smugglers": "smugglers contrabandistas traficantes",
    "suspects": "suspects sospechosos",
    # occupations
    "drivers": "drivers conductores choferes chóferes camioneros",
    "paramedics": "paramedics paramedicos",
    "medics": "medics",
    "diplomats": "diplomats diplomaticos",
    "lawmakers": "lawmakers legisladores parlamentarios",
    "deputies": "deputies diputados",
    "senators": "senators senadores",
    "mayors": "mayors alcaldes",
    "priests": "priests sacerdotes curas",
    "nuns": "nuns monjas",
    "monks": "monks monjes",
    "bishops": "bishops obispos",
    "athletes": "athletes atletas deportistas",
    "players": "players jugadores futbolistas",
    "artists": "artists artistas",
    "musicians": "musicians musicos",
    "photographers": "photographers fotografos",
    "merchants": "merchants comerciantes mercaderes",
    "traders": "traders",
    "vendors": "vendors vendedores ambulantes",
    "businessmen": "businessmen empresarios",
    "ranchers": "ranchers ganaderos",
    "herders": "herders pastores",
    "hunters": "hunters cazadores",
    "climbers": "climbers alpinistas montañistas escaladores andinistas",
    "mountaineers": "mountaineers",
    "divers": "divers buzos",
    "guides": "guides guias",
    "scientists": "scientists cientificos investigadores",
    "engineers": "engineers ingenieros",
    "technicians": "technicians tecnicos",
    "lawyers": "lawyers abogados",
    "judges": "judges jueces",
    "health-workers": "sanitarios",
    "employees": "employees",
    "mineworkers": "mineworkers",
    "strikers": "strikers",
    # age, sex, kin, where they live
    "girls": "girls niñas ninas",
    "boys": "boys",
    "babies": "babies",
    "infants": "infants",
    "teenagers": "teenagers adolescentes",
    "adolescents": "adolescents",
    "elderly": "elderly",
    "pensioners": "pensioners",
    "retirees": "retirees",
    "residents": "residents",
    "villagers": "villagers aldeanos lugareños lugarenos",
    "settlers": "settlers colonos",
    "tenants": "tenants inquilinos",
    "homeowners": "homeowners propietarios",
    "islanders": "islanders isleños islenos",
    "commuters": "commuters",
    "motorists": "motorists automovilistas",
    "pedestrians": "pedestrians peatones",
    "cyclists": "cyclists ciclistas",
    "bathers": "bathers bañistas banistas",
    "worshippers": "worshippers worshipers",
    "shoppers": "shoppers",
    "customers": "customers clientes abonados abonadas",
    # who uses, buys or makes something: "1,5 millones de usuarios", "4.200 productores"
    "users": "users usuarios usuarias",
    "producers": "producers productores productoras",
    "consumers": "consumers consumidores consumidoras",
    "subscribers": "subscribers suscriptores suscriptoras",
    "travellers": "travellers travelers viajeros viajeras",
    "guests": "guests invitados huespedes",
    "delegates": "delegates delegados",
    "asylum-seekers": "solicitantes",
    "orphans": "orphans huerfanos",
    "widows": "widows viudas",
    "relatives": "relatives familiares parientes",
}

# things, animals, vehicles, places and events, Spanish (and English plurals without -s)
_THINGS: dict[str, str] = {
    # vehicles and arms
    "aircraft": "aircraft aeronaves aviones avionetas",
    "helicopters": "helicopteros",
    "drones": "drones",
    "bombers": "bombarderos",
    "vessels": "vessels embarcaciones",
    "ships": "barcos buques navios",
    "boats": "botes lanchas pateras cayucos balsas",
    "trains": "trenes",
    "carriages": "vagones",
    "vehicles": "automoviles autos carros",
    "motorcycles": "motos motocicletas",
    "bicycles": "bicicletas",
    "tanks": "tanques",
    "ambulances": "ambulancias",
    "patrols": "patrullas",
    "missiles": "misiles",
    "rockets": "cohetes",
    "projectiles": "proyectiles",
    "bombs": "bombas",
    "weapons": "armas",
    # animals
    "animals": "animales",
    "livestock": "livestock ganado cabezas",
    "cattle": "cattle reses vacunos bovinos",
    "cows": "vacas",
    "sheep": "sheep ovejas",
    "goats": "cabras",
    "pigs": "cerdos",
    "swine": "swine",
    "horses": "caballos",
    "dogs": "perros",
    "cats": "gatos",
    "birds": "aves pajaros",
    "poultry": "poultry",
    "chickens": "pollos gallinas",
    "fish": "fish peces",
    "deer": "deer venados ciervos",
    "whales": "ballenas",
    "dolphins": "delfines",
    "turtles": "tortugas",
    "elephants": "elefantes",
    "pets": "mascotas",
    # buildings, homes, works
    "huts": "chozas",
    "cabins": "cabañas cabanas",
    "apartments": "apartamentos",
    "mosques": "mezquitas",
    "warehouses": "almacenes bodegas galpones",
    "offices": "oficinas",
    "hotels": "hoteles",
    "restaurants": "restaurantes",
    "markets": "mercados",
    "farms": "granjas fincas",
    "crops": "cultivos cosechas",
    "premises": "locales",
    "businesses": "negocios",
    "towers": "torres",
    "poles": "postes",
    "trees": "arboles",
    "streets": "calles",
    "prisons": "carceles penales prisiones penitenciarias",
    "stations": "estaciones",
    "airports": "aeropuertos",
    "ports": "puertos",
    "dams": "represas",
    "wells": "pozos",
    "mines": "minas",
    "camps": "campamentos",
    "centres": "centros",
    "classrooms": "aulas",
    "beds": "camas",
    # places
    "villages": "pueblos poblados caserios",
    "towns": "localidades",
    "neighbourhoods": "colonias",
    "districts": "distritos",
    "departments": "departamentos",
    "states": "estados",
    "cantons": "cantones",
    "parishes": "parroquias",
    "communes": "comunas",
    "islands": "islas",
    "sectors": "sectores",
    # events
    "bombings": "bombardeos",
    "clashes": "enfrentamientos choques",
    "accidents": "accidentes siniestros",
    "homicides": "homicidios",
    "murders": "asesinatos",
    "kidnappings": "secuestros",
    "robberies": "robos asaltos",
    "lootings": "saqueos",
    "shots": "disparos",
    "marches": "marchas",
    # a protest's gatherings, counted as events ("Las 99 concentraciones"), not as the people at them
    "protests": "concentraciones movilizaciones",
    "rallies": "rallies mitines",
    "floods": "inundaciones",
    "storms": "tormentas",
    "eruptions": "erupciones",
    # papers and other counts
    "ballots": "boletas papeletas",
    "registrations": "inscripciones",
    "invitations": "invitaciones",
    "tickets": "entradas boletos",
    "cages": "jaulas",
    "doses": "dosis",
    "vaccines": "vacunas",
    "tests": "pruebas",
    "rations": "raciones",
    "packages": "paquetes",
    "tents": "carpas",
    "meals": "comidas",
    "offspring": "offspring",
    "spacecraft": "spacecraft",
}

#: folded noun -> population slug
COUNTED: dict[str, str] = {}
for _table in (_PEOPLE, _THINGS):
    for _slug, _words in _table.items():
        for _word in _words.split():
            COUNTED.setdefault(fold_word(_word), _slug)
for _word, _slug in list(COUNTED.items()):
    if _slug in _PEOPLE and _word.endswith(("os", "ores")):
        COUNTED.setdefault(_word[:-2] + "as", _slug)   # "pilotas", "conductoras", "diputadas"

#: the slugs of people (a count of them takes the criteria of the living)
PEOPLE_SLUGS = frozenset(slug for slug, words in _PEOPLE.items() if words)
