"""Speakers: how a claimant's name, title, role and body are read and written.

The words of speech ("said", "según") and the vocabularies of names (articles, titles, roles,
bodies, collectives, vague words), the tokens a name is read from, and the rules that turn the
words read into the claimant's name: titles and roles dropped ("el presidente Rafael Correa" ->
"Rafael Correa"), the body an unnamed spokesman speaks for, "sources of the police" -> police,
"the latter" -> the second of a pair, "Pakistani government" -> "Government of Pakistan".
``role_holder`` names, from the sentences around, the person who holds a role.
``reconcile.extract.attribution`` finds where in a sentence the names stand.
"""
from __future__ import annotations

from typing import Iterable, Sequence, TypeGuard

import re
from dataclasses import dataclass
from itertools import islice

from reconcile.extract.attr_lemmas import COUNTING_FORMS, WEAK_FORMS
from reconcile.extract.demonyms import demonym
from reconcile.extract.fields import places_in
from reconcile.extract.gentilicios import gentilicio
from reconcile.model.names import iso_place
from reconcile.quantities.lexicon import MONTHS, WORDS, fold_word

__all__ = ["ADVERB_END", "ARTICLES", "Attribution", "BODY_ANAPHORS", "COLLECTIVE", "DOCUMENT_ANAPHORS", "EVENTS",
           "INNER", "NOT_NAME_OPENERS", "OF_ITS_EVENT", "POSSESSIVES", "PRONOUNS", "SERVICE_TO",
           "ROLES", "SPEAKING", "TRIGGER", "UNNAMED", "VAGUE", "WEEKDAYS", "WIRE_AGENCIES", "anaphoric_body",
           "can_state", "clean_name", "government_of", "is_outlet", "name_text", "named_person",
           "kind_only", "one_of_pair", "possessed_body", "role_holder", "tokens", "trim_name", "usable", "without_role"]

# "the heat wave claimed the lives of 2,500", "claimed 40 lives": a toll taken, not a claim made
_LIVES = (r"(?!\s+(?:the\s+lives|(?:(?:at\s+least|more\s+than|over|about|some|nearly|almost)\s+)?[\d,.]+\s+lives|"
          r"(?:many|dozens\s+of|hundreds\s+of|thousands\s+of)\s+lives)\b)")
_VERBS = (
    # "reported missing", "reported dead": a state, not a report of someone's
    r"said|says|say|told|tells|reported(?!\s+(?:missing|dead|killed|injured|wounded|safe|alive|sick)\b)|reports|"
    "announced|announces|stated|states|estimated|"
    # the progressive: "CNN is reporting that two attackers were killed", "local media were reporting 12 deaths"
    "(?:is|are|was|were) (?:reporting|estimating|confirming)|"
    # a participle that introduces a quote after a colon: "the presiding judge Anna Berg stating:"
    r"(?:stating|saying|declaring|adding|diciendo|declarando|señalando|afirmando)(?=\s*:)|"
    # the present plural, in lower case only ("Organizers state that", not "the State Department"); "state"
    # before what is stated ("state that", "state 500"), not the noun after a name ("in Rio de Janeiro state,")
    r"(?-i:state(?=\s+(?:that|\d|about|around|some|more|over|nearly|at\s+least)\b)|report|announce|confirm)|"
    f"claims{_LIVES}|claim|commented|comments|quoted|quotes|maintained|maintains|argued|argues|alleged|alleges|"
    "testified|concluded|estimate|warned|warns|explained|explains|stressed|emphasized|emphasised|indicated|"
    "revealed|reveals|disclosed|specified|specifies|conceded|documented|tweeted|posted|predicted|projected|recalled|replied|"
    "suggested|suggests|measured|measures|midió|midieron|pointed out|points out|"
    # ("responded and pulled 12 survivors", "responded to the scene": went to help, no words)
    r"responded(?!\s+(?:and|then|quickly|immediately|swiftly|promptly|at|from|within|with\s+(?:rescue|fire|"
    r"boats?|helicopters?|crews?|teams?|units?|vehicles?|trucks?|equipment))\b|\s+to\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[^\W\d_]+\s+)?(?:scene|call|calls|fire|blaze|emergency|incident|site|area|alarm|crash|collapse|"
    r"accident)\b)|"
    "updated|updates|informed|informs|"
    # a second party who answers the first's figure: "the Interior Ministry contradicted that estimate, saying 806,000"
    "contradicted|disputed|countered|rebutted|contradijo|desmintió|rebatió|"
    f"estimates|counted|confirmed|confirms|claimed{_LIVES}|declared|recorded|registered|"
    "puts|wrote|writes|revised|raised|lowered|spoke of|talked of|speaks of|speak of|talks of|"
    # a speaker with an audience: "Governor X spoke to reporters. '...300...,' she said."
    "spoke to|spoke with|talked to|talked with|habló con|hablaron con|habló ante|"
    r"tallied|put|gave(?!\s+way\b)|found|finding|calculated|assessed|noted|added|insisted|acknowledged|"
    "admitted|published|released|asked for|requested|appealed for|referred to|described|mentioned|"
    "dijo|dice|dicen|dijeron|afirmó|afirma|afirmaron|informó|informa|informaron|aseguró|asegura|"
    "declaró|declara|reportó|reporta|reportaron|indicó|indica|señaló|señala|estimó|estima|"
    "calculó|calcula|cifró|cifra(?!\\s+(?:r[eé]cord|oficial|total|final|provisional|hist[oó]rica|global|exacta|real)\\b)|"
    "cifraron|contabilizó|contabiliza|confirmó|confirma|registró|evaluó|"
    "explicó|precisó|detalló|anunció|sostuvo|admitió|denunció|publicó|aseguraron|señalaron|"
    "contabilizaron|calcularon|estimaron|cifran|estiman|calculan|informan|aseguran|afirman|señalan|"
    "reportan|contabilizan|escribió|escribe|situó|situaron|sitúa|sitúan|fijó|fijaron|elevó|elevaron|"
    # "la fiscalía ajustó este lunes a 11 el número de muertos", "corrigió a 12"; a figure given: "la Guardia Urbana
    # aportó la cifra de 30.000", "el alcalde ofreció la cifra de 40.000"
    "(?:ajustó|ajustaron|corrigió|corrigieron)(?=(?: [^\\W\\d_]+){0,3}? (?:a|en|hasta) (?:\\d|unos |unas |más )|"
    " (?:la|el|su|sus) (?:cifra|balance|número|recuento|conteo|estimación))|"
    # a figure argued for: "los convocantes abogaron por 65.000" (not "abogó por la paz")
    "(?:abogó|abogaron|abogaba|abogaban) por(?= (?:(?:casi|más de|unos|unas|cerca de|al menos) )?\\d)|"
    # "subir" with the count as its object: "Las autoridades subieron a 246 el número de fallecidos", "subió el
    # balance a 300" (not "la cifra subió a 246": the count's own rise, no one's word)
    "(?:subió|subieron|subía|subían)(?= a (?:más de |unos |unas |al menos )?\\d[\\d.,]* (?:el|la|los|las|su|sus) "
    "(?:cifra|balance|número|recuento|conteo|saldo|total)\\b| (?:la|el|su|sus) (?:cifra|balance|número|recuento|"
    "conteo|saldo|total)\\b)|"
    "(?:aportó|aportaron|ofreció|ofrecieron|facilitó|facilitaron|proporcionó|proporcionaron)"
    "(?= (?:la|una|el|un|sus|su) (?:cifra|balance|estimación))|"
    "rebajó|rebajaron|redujo|redujeron|habló de|hablaron de|hablan de|habla de|"
    # a figure given as one's own: "Los organizadores dan «casi un millón»", "la policía daba 80.000" (not "dan a luz")
    "(?:dan|da|daban|daba|dieron|dio)(?= [«\"“]?(?:(?:casi|más de|unos|unas|cerca de|al menos|alrededor de|apenas) )?"
    "(?:\\d|un millón|medio millón|un millar))|"
    # a figure cited as one's own count: "aunque la ANPDH cita 448 fallecidos" (N4 D3; not "cita a vecinos": whom)
    "(?:cita|citan|citó|citaron|citaba|citaban)(?= (?:(?:casi|más de|unos|unas|cerca de|al menos|alrededor de|hasta) )?"
    "\\d)|"
    # the same figure given by another, in a relative clause: "80.000, la misma cifra que da la Policía"
    # (after a figure or a word for one: not "los 6.000 euros que da el Gobierno", money it hands out, R2)
    "(?:(?<=cifra que )|(?<=cifras que )|(?<=número que )|(?<=numero que )|(?<=dato que )|(?<=datos que )|"
    "(?<=balance que )|(?<=recuento que )|(?<=[0-9] que ))"
    "(?:dan|da|daban|daba|dieron|dio)(?= (?:la|el|los|las) [A-ZÁÉÍÓÚÑ])|"
    # the body that received the complaints counts them: "La Defensoría también ha recibido 104 quejas", "the
    # ombudsman received 40 complaints" (not "Colombia received 1.7 million migrants")
    "(?:recibió|recibieron|recibe|reciben|(?:ha|han|había|habían) recibido|received|has received|have received)"
    "(?= (?:(?:más de|unas?|al menos|cerca de|more than|at least|about|some|over|nearly) )?\\d[\\d.,]* "
    "(?:nuevas? |new |otras? |more )?(?:quejas|denuncias|reportes|reclamos|reclamaciones|solicitudes|peticiones|"
    "llamadas|complaints|reports|requests|applications|calls|claims|petitions)\\b"
    # or the report of a count, whatever it counts: "ha recibido el reporte de 42 muertos", "received reports of 40
    # deaths" (N4 D1)
    "| (?:(?:el|un|los|unos) (?:reporte|informe|aviso)s? de|reports? of) (?:(?:más de|unos|unas|al menos|cerca de|"
    "more than|at least|about|some|over|nearly) )?\\d)|"
    "pidió|solicitó|pidieron|solicitaron|se refirió a|mencionó|indicaron|explicaron|precisaron|detallaron|"
    "anunciaron|confirmaron|declararon|denunciaron|reveló|revelaron|advirtió|advirtieron|agregó|añadió|"
    "añadieron|manifestó|expresó|sostuvieron|apuntó|apuntaron|comunicó|comunicaron|notificó|difundió|"
    "difundieron|subrayó|destacó|recordó|insistió|aclaró|reconoció|reconocieron|tuiteó|agregaron|"
    # more verbs a quote's speaker is named after: "«Tenemos 51 fallecidos», resaltó Mazzoleni"
    "resaltó|remarcó|ahondó|puntualizó|enfatizó|reiteró|reiteraron|comentó|relató|lamentó|"
    # "Un balance anterior daba parte de 15 muertos", "el Gobierno dio una cantidad oficial de 1.645 muertos"
    # (of a figure, not a matter: "dio parte de la emergencia al gobierno regional, que reportó 40")
    "(?:daba|daban|dio|dieron) parte de(?=[^.;,]{0,40}?\\b(?:\\d|decenas|cientos|miles|centenares|docenas))|"
    "(?:dio|dieron|daba|daban) una (?:cifra|cantidad)(?: oficial)? de|"
    "atribuyó|atribuyeron|atribuye|attributed|identified|identificó|identificaron|"
    # the Spanish of "concluded", "documented", "found", "registered", "testified"
    "concluyó|concluyeron|concluye|documentó|documentaron|documenta|halló|hallaron|encontró|encontraron|"
    "registraron|testificó|alegó|alegaron|listed|lists|enumeró|enumeraron|"
    # a forecast, a demand, where a measure puts the event: "the weather service forecast up to 200
    # mm", "el Senamhi pronosticó lluvias de hasta 60 mm", "reclamó la decana", "el SSN ubicó el
    # epicentro a 12 km"
    "forecast|forecasts|forecasted|pronosticó|pronostica|pronosticaron|reclamó|reclamaron|reclama|"
    # an expectation with its figure is its holder's figure, as a forecast is: "Police had expected 5,000 people",
    # "organisers hoped for a turnout of 10,000", "la Policía preveía unas 20.000 personas" (GUIDE: the criterion
    # says it is expected; not "expected to rise", "the expected crowd": no figure follows)
    r"(?:expected|expects|anticipated|anticipates|hoped\s+for|hope\s+for|hopes\s+for|esperaba|esperaban|esperan|"
    r"preve[ií]a|preve[ií]an|prev[eé]n?|previó|previeron|(?:ha|han|había|habían)\s+(?:previsto|esperado))"
    r"(?=\s+(?:(?:a|an|the|una|la)\s+)?(?:(?:turnout|crowd|attendance|gathering|asistencia|llegada|participación|"
    r"afluencia)\s+(?:of|de)\s+)?(?:(?:up\s+to|more\s+than|at\s+least|about|around|some|over|nearly|roughly|"
    r"as\s+many\s+as|hasta|más\s+de|unos|unas|cerca\s+de|al\s+menos|alrededor\s+de)\s+)?\d)|"
    "ubicó|ubicaron|localizó|localizaron|"
    # a pledge is its giver's word, and its sum the giver's figure: "with the United Kingdom offering three million
    # pounds" (dev7: united-kingdom), "Japan pledged $10 million", "España ofreció 5 millones de euros" (its sum
    # right after the verb: not "offered condolences", "offered 200 rooms to ..." of a lower-case subject)
    r"(?:offered|offering|offers|pledged|pledging|pledges|promised|promising|donated|donating|ofreció|ofrecieron|"
    r"prometió|prometieron|donó|donaron)(?=\s+(?:(?:up\s+to|more\s+than|about|some|over|nearly|another|a\s+further|"
    r"an\s+additional|hasta|más\s+de|unos|unas|otros|otras)\s+)?(?:US\$|A\$|\$|£|€|US\s)?\s?(?:\d|(?:one|two|"
    r"three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred|dos|tres|cuatro|cinco|diez|cien)\s+"
    r"(?:hundred|thousand|million|billion|mil|millones)))|"
    # the imperfect, of a narration ("la policía keniana admitía ya 575 muertes; la AFP elevaba el número a 693")
    # (only verbs of counting and reporting: "el cartel indicaba 40 km/h", "un testigo aseguraba que vio"
    # state no figure)
    "admitía|admitían|elevaba|elevaban|cifraba|cifraban|informaba|informaban|estimaba|estimaban|calculaba|"
    "calculaban|reportaba|reportaban|contabilizaba|contabilizaban|situaba|situaban|"
    # "el balance del Ministerio daba cuenta de 122 muertos; Radio Caraibes hablaba de 264", "la ONU ya avisó que"
    "daba cuenta de|daban cuenta de|dio cuenta de|dieron cuenta de|da cuenta de|dan cuenta de|hablaba de|"
    "hablaban de|avisó|avisaron|avisa|(?:ha|han) contado(?!\\s+con\\b)|"
    # "la Delegación del Gobierno ha dado a conocer el dato"
    "(?:ha|han|había|habían) dado a conocer|dio a conocer|dieron a conocer|da a conocer|"
    "advierte|explica|precisa|detalla|estimaron|contaron(?!\\s+con\\b)|contó(?!\\s+con\\b)|actualizó|actualizaron|actualiza|"
    # every tense of a verb of counting, reporting or revising: "La CIDH registra 317", "la Policía ha apuntado una
    # cifra de 197", "el Cenidh eleva a 306", "la Delegación ha rebajado esa cifra hasta 370.000" (N4 D1)
    f"{COUNTING_FORMS}|"
    # the Spanish perfect, "haber" and the participle: "el Gobierno ha cifrado en 8", "han informado de"
    "(?:ha|han|había|habían|habría|habrían) (?:informado|reportado|cifrado|contabilizado|registrado|"
    "estimado|calculado|confirmado|documentado|señalado|indicado|denunciado|asegurado|afirmado|dicho|"
    "declarado|anunciado|publicado|elevado|situado|precisado|detallado|revelado|difundido)|"
    # any English verb in the past whose object is a clause of what was said: "Saravia highlighted that over 100,000",
    # "the mayor underlined that 40" (N6 D10), as "stressed that" is; the list above cannot hold every verb of saying
    # (not "that" as a determiner: "the dam collapsed that morning, killing", "the river flooded that evening, and")
    r"(?-i:[a-z]{3,}ed)(?=\s+that\s(?!\s*(?:morning|afternoon|evening|night|day|week|weekend|month|year|season|"
    r"summer|winter|spring|autumn|time|hour|moment)\b)(?!\s*[a-z]+\s*[,;:.]))")
_PHRASES = ("according to|based on figures from|based on data from|citing|quoting|citando|"
            # "según recoge el último informe de X"
            "según recoge|según recogen|según recogió|según recogía|"
            # "300 were killed, per the United Nations": after a comma, before a capital (not "per cent",
            # "per Day", "(per X)": a credit in brackets, ``attr_official``)
            "(?<=, )per(?=\\s+(?:the\\s+)?(?-i:[A-Z]))|"
            "as (?:reported|stated|announced|estimated|confirmed|counted) by|"
            "(?:given|provided|issued|offered|compiled|gathered|put forward|confirmed|released|published|"
            "announced) by|"
            "(?:figures|data|statistics|estimates|a report|a count|a tally) (?:from|by|released by|published by)|"
            "(?:cifras|datos|estad[ií]sticas|estimaciones|un informe|un recuento|un balance) "
            "(?:oficiales )?(?:de|del|publicad[oa]s por|difundid[oa]s por)|"
            "(?:was|were|been|is|are) (?:reported|released|announced|published|estimated|given|confirmed) by|"
            "según|de acuerdo con|de acuerdo al|de acuerdo a|conforme al|conforme a|a juicio de|en opinión de|"
            "in the opinion of|"
            "(?:dad[oa]s?|publicad[oa]s?|informad[oa]s?|anunciad[oa]s?|confirmad[oa]s?|estimad[oa]s?) "
            "(?:a conocer )?por")
# every phrase and verb begins with a letter: the lookahead spares the alternation every end of a word
TRIGGER = re.compile(rf"\b(?=[^\W\d_])(?:(?P<phrase>{_PHRASES})|(?P<verb>{_VERBS}))\b", re.I)
# titles written with a full stop: one token each ("Col.", "Gov."), so the stop ends no name
_TITLE_WORDS = ("Mr|Mrs|Ms|Dr|Drs|Prof|Gov|Sen|Sens|Rep|Reps|Col|Gen|Maj|Lt|Sgt|Capt|Cmdr|Adm|Brig|Supt|"
                "Insp|Det|Cpl|Pvt|Rev|Fr|Hon|Pres|Sr|Sra|Srta|Dra|Lic|Ing|Arq|Gral|Cnel|Tte|Cap|Mons|"
                "St|Ste|Ft|Mt")
_TOKEN = re.compile(rf"(?:[A-Za-z]\.){{2,}}(?:['’]s\b)?|"
                    # a web site's name is one word: "PowerOutage.us reports", "Weather.com"
                    r"[A-Za-z][\w-]*\.(?:com|org|net|gov|us|info|io)\b(?!\.?\w)|"
                    rf"(?:{_TITLE_WORDS})\.(?=\s+[A-ZÁÉÍÓÚÑ])|"
                    # a middle initial between two names: "Nicholas D. Kristof"; initials before a name: "T. P. Gupta",
                    # "J. K. Rao said"
                    r"(?:(?<=[a-z] )|(?<=^)|(?<=[A-Z]\. ))[A-Z]\.(?=\s+(?:[A-Z]\.\s+)*[A-ZÁÉÍÓÚÑ][a-záéíóúñ])|"
                    # (a hyphen ends no word: "-según cifras de Carabineros- eran": a dash)
                    # a name's last word of digits and capitals is one word: "Coordinadora Feminista 8M"
                    r"[^\W\d_](?:[\w'’&]|-(?=\w))*|\d+[A-ZÁÉÍÓÚÑ]+(?!\w)|\d+|[^\s\w]", re.UNICODE)
# titles before a person's name, dropped from it; "St. Louis", "Ft. Worth", "Mt. Everest" keep theirs
_TITLES = frozenset(w.lower() + "." for w in _TITLE_WORDS.split("|") if w not in ("St", "Ste", "Ft", "Mt"))

ARTICLES = frozenset({"the", "el", "la", "los", "las", "a", "an", "un", "una", "lo"})
INNER = frozenset({"of", "de", "del", "for", "para", "and", "y", "e", "la", "las", "los", "el",
                    "the", "on", "sobre"})
PRONOUNS = frozenset(
    "he she they it we i you him her them this these those there officials authorities one "
    "él ella ellos ellas ello esto eso este esta usted nosotros "
    # "la misma cifra que da la Policía": the same, no one
    "misma mismo mismas mismos same "
    # "Allí hablaba de 12.000 desplazados": where the one named before spoke, no one
    "alli allí ahi ahí aqui aquí alla allá here".split())
# the common nouns of the unnamed who speak, no one by themselves, in both languages: "Authorities
# said", "Las autoridades dijeron" (but "Venezuelan authorities", "las autoridades venezolanas":
# the government)
UNNAMED = frozenset("officials authorities autoridades funcionarios".split())
# a document or a word of someone named before: "according to his report", "según su oficio"
POSSESSIVES = frozenset("his her their its su sus".split())
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves "
    "viernes sabado domingo today yesterday hoy ayer".split())
COLLECTIVE = frozenset(
    "police organisers organizers organizadores policia bomberos firefighters rescuers "
    "investigators investigadores prosecutors fiscalia witnesses testigos residents vecinos survivors "
    "sobrevivientes supervivientes doctors medicos activists activistas students estudiantes experts expertos "
    "researchers scientists cientificos analysts analistas observers observadores journalists periodistas "
    "villagers pobladores habitantes unions sindicatos relatives familiares organizaciones grupos ong ongs convocantes "
    "fuentes groups organizations organisations ngos sources historians historiadores".split())
ROLES = frozenset(
    "president presidente minister ministro ministra secretary secretario secretaria secretary-general "
    "secretario-general spokesman spokeswoman spokesperson portavoz vocero vocera director directora "
    "governor gobernador gobernadora mayor alcalde alcaldesa chief jefe jefa commander comandante head "
    "general senator senador senadora deputy diputado diputada premier periodico diario newspaper daily "
    "agency agencia cadena coordinator coordinador coordinadora titular responsable delegado delegada "
    "fiscal defensor defensora commissioner comisionado comisionada sheriff inspector superintendent "
    "journalist reporter correspondent periodista corresponsal historian historiador historiadora "
    "researcher investigadora writer escritor escritora author autor autora activist activista "
    "official funcionario funcionaria ambassador embajador embajadora envoy enviado enviada consul "
    # the offices of news copy before a holder's name: "protest leader Ana Ruiz", "County Judge Ann
    # Lee", "Chief District Officer Ram Thapa", "WHO representative Ana Ruiz", "el viceministro Juan
    # Pérez", "la rectora María Gómez", "el líder opositor ..."
    "leader lider representative representante officer judge juez jueza viceminister viceministro "
    "viceministra vice-president vicepresidente vicepresidenta rector rectora decano decana dean "
    "chairman chairwoman prefect prefecto prefecta intendente administrator administrador "
    "administradora presidenta canciller concejal concejala magistrate magistrado magistrada coroner".split())
# what news copy calls a person before the name, no office: "Policeman Laal Agha", "Survivor Lawrence Drake",
# "el policía Juan Soto", "la vecina Ana Ruiz"
_DESCRIPTORS = frozenset("policeman policewoman constable patrolman survivor witness resident villager farmer "
                         "fisherman shopkeeper policia agente sobreviviente superviviente testigo vecino vecina "
                         "campesino campesina pescador".split())
# words that name no one by themselves: "Other estimates suggest", "Unofficial reports said"
VAGUE = frozenset("other others some several many unofficial official various independent local initial "
                   "unconfirmed unverified conflicting press news most all both numerous multiple unnamed "
                   "anonymous varying different "
                   "preliminary early later new latest sources source reports estimates media accounts reportes "
                   "otras otros algunas algunos varias varios diversas diversos distintas distintos diverse "
                   "fuentes informes medios extraoficiales oficiales".split())
# "sources of the Mexican police", "IMD observations": words around the claimant's name
_SOURCES_OF = re.compile(r"^(?:(?:unnamed |anonymous |official |police |diplomatic )?sources? "
                         r"(?:of|in|at|from|close to|within) |fuentes? (?:de(?:l)?|cercanas? a) |"
                         # "officials at the interior ministry", "a spokesman for the army": the body
                         r"(?:(?:senior |local |top )?officials?|spokes(?:man|woman|person)|representatives?|"
                         r"experts?|staff|funcionarios?|portavoces|representantes|expertos|t[eé]cnicos) "
                         r"(?:at|of|from|with|for|de(?:l)?) (?=(?:the |la |el |los |las )?[A-ZÁÉÍÓÚÑ]|the |la |el )|"
                         r"(?:(?:preliminary|official|initial|latest|provisional|final|new|unofficial) )?"
                         r"(?:figures|data|estimates|numbers|statistics|calculations|count)(?: (?:released|published|"
                         r"provided|issued|"
                         r"compiled|gathered))? (?:of|from|by) |"
                         r"(?:cifras?|datos|estimaci(?:ones|[oó]n)|n[uú]meros|c[aá]lculos?|c[oó]mputos?|conteo|recuento)"
                         r"(?: (?:oficiales|preliminares|provisionales|iniciales))? "
                         r"(?:de(?:l)?|(?:publicad|difundid|"
                         r"entregad|proporcionad|elaborad)[oa]s por) )", re.I)
_TRAILING_NOUNS = frozenset("observations data figures estimates estimate numbers count counts tally "
                            # "A police statement said": the police
                            "statement statements communique bulletin "
                            "preliminary official initial latest "
                            "report reports records statistics datos cifras estimaciones recuento "
                            "registros estadisticas informe balance conteo reporte tallies cable cables memo "
                            "telegram dato cifra "
                            # "según el cómputo más reciente", "según una evaluación preliminar": a tally, no one
                            "computo computos evaluacion evaluaciones assessment assessments".split())
# "el último balance", "the latest official count": words before a document's noun
_DOCUMENT_ADJECTIVES = frozenset("ultimo ultima ultimos ultimas primer primera nuevo nueva nuevos nuevas latest last "
                                 "new provisional preliminar preliminares final oficial oficiales "
                                 # "El más reciente balance indica", "the most recent count shows"
                                 "mas reciente recientes recent most".split())
# "a la agencia EFE", "al diario", "to reporters": a listener after the speaker read forwards
_LISTENER = re.compile(r"\s(?:a|al|ante)\s+(?=(?:la|el|los|las)\s|[A-ZÁÉÍÓÚÑ])")
_NOT_NAMES = frozenset({"mw", "ms", "ml", "utc", "gmt", "est", "approx", "estimated", "estimado"})
# "according to legend", "según la tradición local": no one states the figure
_HEARSAY = frozenset("legend legends tradition traditions myth lore rumour rumours rumor rumors leyenda leyendas "
                     "tradicion tradiciones rumores mito".split())
WIRE_AGENCIES = frozenset({
    "associated-press", "ap", "reuters", "agence-france-presse", "afp", "efe", "agencia-efe",
    "europa-press", "dpa", "ansa", "xinhua", "upi", "bloomberg"})


@dataclass(frozen=True)
class Attribution:
    who: str          # the name as written ("the U.N. refugee agency" -> "U.N. refugee agency")
    start: int        # span of the attribution (name and verb) in the sentence
    end: int
    before: bool      # the name stands before its verb (a subject)
    cites: str | None = None    # the unnamed source it says it took the figure from ("citing local officials")


def tokens(text: str, start: int, end: int):
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def clean_name(words: list[tuple[str, int, int]], sentence_start: bool) -> list[tuple[str, int, int]]:
    while words and fold_word(words[0][0]) in ARTICLES and not (words[0][0].isupper() and len(words[0][0]) > 1):
        # "The New York Times" inside a sentence keeps its capital "The"; "UN" is no article
        if words[0][0][0].isupper() and not sentence_start and len(words) > 1 and words[1][0][0].isupper():
            break
        words = words[1:]
        sentence_start = False
    while words and fold_word(words[-1][0]) in INNER:
        words = words[:-1]
    return words


def name_text(sentence: str, words) -> str:
    return sentence[words[0][1]:words[-1][2]] if words else ""
# "el ministro de Salud, Juan Pérez": the person a role names, after a comma
_NAMED_AFTER = re.compile(r"\s*,\s*((?:(?:coronel|general|doctor|doctora|capit[aá]n|colonel|dr\.?)\s+)?"
                          r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+(?:de |del |la )?[A-ZÁÉÍÓÚÑ][\w'’-]+){1,3})\s*(?:[,.;]|$)")


# what a role is of, up to the comma before its holder's name: " en Planificación Urbana de la Universidad Católica"
# (or what befell the place the role is of: " hit by the floods", " afectada por las lluvias")
_ROLE_FIELD = re.compile(r"\s+(?:en|de|del|of|for|in|at|(?:(?:worst|hardest|most|badly|m[aá]s)\s+)?"
                         r"(?:hit|struck|[a-z]+ed|[a-záéíóúñ]+(?:ad|id)[oa]s?)\s+(?:by|por))\s+[^,;.\d]{2,70}?(?=\s*,)")


# a body apposed to a role, before its holder's name: ", la Assemblea Nacional Catalana (ANC)"
_BODY_APPOSED = re.compile(r"\s*,\s*(?:la|el|los|las|the)\s+[A-ZÁÉÍÓÚÑ][^,;.\d]{1,80}?(?=\s*,)")


def named_person(sentence: str, a: Attribution) -> Attribution:
    """A role read forwards and the person named after it: "dijo el ministro de Salud, Juan
    Pérez" -> "Juan Pérez"."""
    if a.before or not (a.who[:1].islower() or any(fold_word(w) in ROLES for w in a.who.split())):
        return a
    match = _NAMED_AFTER.match(sentence, a.end)
    if not match and a.who[:1].islower():
        # "el especialista en Planificación Urbana de la Universidad Católica, Pablo Guzmán": the role's field
        # and body between it and the name
        field_ = _ROLE_FIELD.match(sentence, a.end)
        match = _NAMED_AFTER.match(sentence, field_.end()) if field_ else None
    if not match and fold_word(a.who.split()[0]) in ROLES:
        # "el presidente de la entidad organizadora, la Assemblea Nacional Catalana (ANC), Jordi Sànchez": the body
        # the role is of, apposed, then its holder (N4 D6; GUIDE: a role named with its holder's name: the holder)
        body = _BODY_APPOSED.match(sentence, a.end)
        match = _NAMED_AFTER.match(sentence, body.end()) if body else None
    if not match:
        return a
    name = match.group(1).split()
    if fold_word(name[0]) in ("coronel", "general", "doctor", "doctora", "capitan", "colonel", "dr", "dr."):
        name = name[1:]
    return Attribution(" ".join(name), a.start, match.end(1), a.before)


# the one at the head of a body: "the agency's chief" speaks for the agency
_HEADS = frozenset("chief head director jefe jefa titular".split())
_MEDIA_ROLES = frozenset("periodico diario newspaper daily agency agencia cadena".split())
# who speaks for a body: "a police spokesman" states the police's figure
_VOICES = frozenset("spokesman spokeswoman spokesperson official officer portavoz vocero vocera funcionario "
                    "funcionaria".split())
# several who speak for a body its common nouns name: "police officials", "fire service officials"
# (not "Senior officials", "U.S. officials": no body's noun; "French government officials", as named)
_VOICES_OF_BODY = frozenset("officials spokesmen spokespeople".split())
# who belong to or speak for a group the name after them gives: "ecologistas de Amigos de la Tierra"
# (organisers: ``attr_names.body_name``, which tells a group from the march they organise)
_MEMBERS = frozenset("ecologistas activistas activists miembros members militantes portavoces voceros".split())
# a body's acronym: "MoRRD", "NDMA", "BNPB" (two capitals in a row; not "U.S.", a country's)
_ACRONYM = re.compile(r"(?=[A-Za-z]*[A-Z]{2})[A-Z][A-Za-z]{1,7}")   # not "McAllen", "DeKalb": a town's name


def _names_a_country(name: str) -> bool:
    """Whether ``name`` opens with a country's name or acronym ("UK officials", "UAE officials"; not "EU")."""
    found = places_in(name)
    return bool(found) and found[0][2] == 0 and "-" not in found[0][0]


# titles written without their full stop, before a person's first and last name: "Dr Ana Ruiz"
# ranks of police and armed forces written without their stop, as British papers write them ("Supt Gibson",
# "Det Insp Ray Hall"): before a surname alone too
_BARE_RANKS = frozenset("Supt Insp Det Sgt Cpl Capt Cllr Gen Col Maj Lt Cmdr Brig".split())
_BARE_TITLES = frozenset("Mr Mrs Ms Dr Prof Sr Sra Srta Dra".split()) | _BARE_RANKS
# honorifics written without a full stop, dropped from a person's name: "Sir Alan Donald"
_HONORIFICS = frozenset("sir dame lord lady".split())
# words of an outlet's name: "Nicholas D. Kristof of The New York Times" is the writer, not the paper
_OUTLET_WORDS = frozenset("times post journal news herald guardian tribune telegraph gazette independent mail "
                          "express observer economist chronicle reuters bbc cnn press magazine radio television tv "
                          "diario periodico pais mundo nacion tiempo universal clarin mercurio".split())


def is_outlet(name: str, slug) -> bool:
    """Whether ``name`` is a wire agency or a news outlet ("Reuters", "the BBC", "The New York Times",
    "Xinhua news agency", "el diario El País"): one that carries others' words."""
    words = [fold_word(w) for w in name.split()]
    if not words:
        return False
    return slug(name) in WIRE_AGENCIES or words[-1] in _OUTLET_WORDS and name[:1].isupper() or any(
        w in ("newspaper", "periodico", "diario") for w in words[:-1]) or " ".join(words[-2:]) in (
        "news agency", "agencia efe", "press agency")


def without_role(name: str) -> str:
    """A person's name without the role before it: "el presidente Rafael Correa" -> "Rafael
    Correa", "UN Secretary-General Ban Ki-moon" -> "Ban Ki-moon"; "ministro de Defensa" stays;
    "British ambassador Sir Alan Donald" -> "Alan Donald"."""
    found = _without_role(name)
    words = found.split()
    if len(words) > 2 and (fold_word(words[0]) in _HONORIFICS or _HYPHENATED_RANK.fullmatch(words[0])) and all(
            w[:1].isupper() for w in words[1:]):
        return " ".join(words[1:])                     # "Sir Alan Donald", "police chief Police-General X Y"
    return found


# words of a body's name that no person's name holds: a capitalised office before them names the body
_IN_BODIES_NAMES = frozenset("nacional national internacional international federal derechos rights humanos human "
                             "unidas united permanente permanent municipal provincial estatal regional metropolitana "
                             "metropolitan".split())


# a rank written as one hyphenated word before a name: "Police-General Listyo Sigit Prabowo", "Lieutenant-General X"
_HYPHENATED_RANK = re.compile(r"(?:police|lieutenant|major|brigadier|vice|rear|air|sub|staff|chief|first|second|"
                              r"teniente|general|vice)-(?:general|admiral|colonel|commissioner|marshal|inspector|"
                              r"sergeant|superintendent|lieutenant|coronel|almirante|comisario)", re.I)


def _without_role(name: str) -> str:
    words = name.split()
    # "Colima Gov. Fernando Moreno Pena", "Texas Sen. Ann Lee": the office's place and title before the person
    titled = next((k for k in range(1, len(words) - 2) if words[k].lower() in _TITLES and words[k + 1][:1].isupper()
                   and all(w[:1].isupper() for w in words[:k])), None)
    if titled is not None:
        words = words[titled + 1:]
    while len(words) > 1 and (words[0].lower() in _TITLES or (len(words) > 2 or words[0] in _BARE_RANKS) and (
            words[0] in _BARE_TITLES or _HYPHENATED_RANK.fullmatch(words[0])) and words[1][:1].isupper()):
        words = words[1:]                              # "Col. Ahmed Ali", "Maj. Gen. John Doe", "Supt Gibson"
    name = " ".join(words)
    owner = next((k for k, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), None)
    person = words[owner + 1:] if owner is not None else []
    if 2 <= len(person) <= 4 and all(w[:1].isupper() and fold_word(w) not in _BODIES | ROLES for w in person):
        return " ".join(person)                        # "the BBC's Lyse Doucet": the person, not the outlet
    if len(words) > 1 and words[-2].endswith(("'s", "’s")) and fold_word(words[-1]) in _VOICES | _HEADS:
        return " ".join(words[:-2] + [words[-2][:-2]])  # "the agency's chief", "the ministry's spokesman"
    if len(words) > 1 and (fold_word(words[-1]) in _VOICES or fold_word(words[-1]) in _VOICES_OF_BODY and any(
            fold_word(w) in _BODIES or fold_word(w) in COLLECTIVE for w in words[:-1]) and (
            len(words) == 2 or all(w.islower() for w in words[:-1]))):
        return " ".join(words[:-1])                    # "a police spokesman", "a UN official": the body
    if len(words) > 2 and fold_word(words[0]) in _MEMBERS and fold_word(words[1]) in ("de", "del", "of") and all(
            w[:1].isupper() or fold_word(w) in INNER for w in words[2:]) and words[2][:1].isupper():
        # "ecologistas de Amigos de la Tierra", "activists of Extinction Rebellion": the group named
        return " ".join(words[2:])
    if len(words) == 2 and fold_word(words[1]) in _VOICES_OF_BODY and _ACRONYM.fullmatch(words[0]) \
            and not _names_a_country(" ".join(words)):
        return words[0]                                # "MoRRD officials", "NDMA officials": the body its acronym names
    of = next((k for k, w in enumerate(words) if fold_word(w) in ("of", "de", "del", "for")), 0)
    if 2 <= of <= 3 and all(w[:1].isupper() and fold_word(w) not in _BODIES | ROLES for w in words[:of]) and any(
            fold_word(w) in _BODIES or fold_word(w) in _OUTLET_WORDS and w[:1].isupper()
            or fold_word(words[of]) == "for" and w.isupper() and len(w) >= 2 for w in words[of + 1:]):
        # "Abdul Muhari of the disaster agency", "Anna Berg for the UNHCR": the person
        return " ".join(words[:of])
    if len(words) >= 2 and words[-1].isupper() and len(words[-1]) >= 2 and words[-1].isalpha() and any(
            w.islower() and fold_word(w) not in INNER | ARTICLES for w in words[:-1]) and not _of_a_family(words):
        return words[-1]                               # "Transit operator MTA", "the rights group HRW": its name
    if len(words) > 2 and fold_word(words[0]) in _VOICES and fold_word(words[1]) in ("de", "del", "of", "for"):
        rest = words[2:]
        if rest and fold_word(rest[0]) in ARTICLES:
            rest = rest[1:]
        return " ".join(rest) or name                  # "portavoz del Ministerio del Interior": the ministry
    if len(words) >= 3 and fold_word(words[0]) in _DESCRIPTORS and _a_persons_name(words[1:]) and not any(
            fold_word(w) in _IN_BODIES_NAMES for w in words[1:]):   # not "Policía Nacional de Ecuador": a body
        return " ".join(words[1:])                     # "Policeman Laal Agha", "Survivor Lawrence Drake": the person
    for k in range(len(words) - 1, -1, -1):
        if fold_word(words[k]).strip(",") in _MEDIA_ROLES and words[k][:1].isupper():
            continue                                   # "the Daily Star", "Diario Oficial": a name
        if fold_word(words[k]).strip(",") in ROLES:
            rest = words[k + 1:]
            of = next((j for j, w in enumerate(rest) if fold_word(w) in ("of", "de", "del")), len(rest))
            if 2 <= of < len(rest) and all(w[:1].isupper() for w in rest[:of] + rest[of + 1:]) and \
                    places_in(" ".join(rest[of + 1:])):
                rest = rest[:of]                       # "Mayor Ana Ruiz of Springfield": the person
            if rest and _a_persons_name(rest) and not (words[k][:1].isupper() and any(
                    fold_word(w) in _IN_BODIES_NAMES or fold_word(w) in _BODIES for w in rest)):
                return " ".join(rest)                  # not "Coordinadora Nacional de Derechos Humanos": a body
            holder = _after_portfolio(rest)
            if holder is not None:
                return holder                          # "Minister of Health Anne Wanjiru": the person
            served = _body_served(rest)
            if served is not None:
                return served                          # "coordinador de la Comisión de Ayuda a Refugiados": the body
            # an adjective after the office, as Spanish writes it: "el líder opositor Juan Soto",
            # "el ministro británico John Reid" (English puts it before: "opposition leader Juan Soto")
            plain = 0
            while plain < min(2, len(rest)) and rest[plain].isalpha() and rest[plain].islower() and \
                    fold_word(rest[plain]) not in INNER:
                plain += 1
            if plain and len(rest) - plain >= 2 and _a_persons_name(rest[plain:]):
                return " ".join(rest[plain:])
            break
    return name


# the words of a minister's or a secretary's portfolio: "of Energy and Natural Resources", "de Salud Pública"
_PORTFOLIO = frozenset(
    "health energy natural resources interior defence defense foreign affairs finance education justice labour labor "
    "transport agriculture environment home state public works security economy economic trade industry mines mining "
    "information communications tourism culture water emergency emergencies disaster disasters management civil "
    "protection social welfare development planning housing urban rural internal homeland national family women "
    "youth sports migration immigration "
    "salud interior defensa gobernacion hacienda educacion seguridad publica energia minas trabajo transporte "
    "transportes agricultura ambiente medio economia comercio industria turismo cultura agua emergencias gestion "
    "riesgo proteccion civil desarrollo social vivienda relaciones exteriores asuntos justicia obras publicas "
    "familia mujer juventud deportes migracion services servicios sociales highways roads carreteras human humanos "
    "sanitation saneamiento child children childhood care wellness wellbeing infancia ninez bienestar".split())


def _after_portfolio(rest: list[str]) -> str | None:
    """The person named after an office's portfolio: "of Health Anne Wanjiru" -> "Anne Wanjiru", "de Defensa
    Vladimir Padrino López" -> "Vladimir Padrino López"; None when no name follows it."""
    if len(rest) < 3 or fold_word(rest[0]) not in ("of", "de", "del", "for"):
        return None
    k = 1
    while k < len(rest) and (fold_word(rest[k]) in _PORTFOLIO or fold_word(rest[k]) in INNER | ARTICLES):
        k += 1
    tail = rest[k:]
    if tail and fold_word(tail[0]) in _HONORIFICS:
        tail = tail[1:]                   # "Lord Ahmad", "Sir Alan Duncan"
    if k < 2 or not 2 <= len(tail) <= 4 or not _a_persons_name(tail) or places_in(" ".join(tail)) or \
            len(tail) > 2 and _NOUN_ENDING.search(fold_word(tail[0])):
        return None                       # "of Health and Sanitation Sarah Kaye": a portfolio's word the list lacks
    return " ".join(tail)


def _body_served(rest: list[str]) -> str | None:
    """The body an office is of, when its name serves someone ("de la Comisión Mexicana de Ayuda a Refugiados" ->
    "Comisión Mexicana de Ayuda a Refugiados"), or None."""
    if len(rest) < 4 or fold_word(rest[0]) not in ("de", "del", "of"):
        return None
    body = rest[2:] if fold_word(rest[1]) in ARTICLES else rest[1:]
    served = any(_served(body, k) for k in range(1, len(body)))
    if not served or fold_word(body[0]) not in _BODIES or not all(
            w[:1].isupper() or fold_word(w) in INNER or w == "a" for w in body):
        return None
    return " ".join(body)


# the endings of a noun or an adjective of a portfolio, which no given name has: "Sanitation", "Federal", "Seguridad"
_NOUN_ENDING = re.compile(r"(?:tion|sion|cion|al|ity|idad|ment|ance|ence|ncia|ura|ics|ismo|ism|ive|iva|ivo|ing|ice|"
                          r"way|ces|ios|ales|ays|ries|ties|cies)(?:s|es)?$")


# a particle inside a person's name, written in lower case: "Ashraf al-Qidra", "Ahmed bin Ali", "Ana de la Cruz"
_NAME_PARTICLE = re.compile(r"(?:(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|bint|ben|ould)-(?=[A-Z])|"
                            r"(?:bin|ibn|bint|ben|ould|de|del|la|las|los|da|das|do|dos|du|van|von|der|den|ter|y)$)")


def _a_persons_name(words: list[str]) -> bool:
    """Whether ``words`` are a name: capitalised, but for the particles a name holds in lower case
    between its capitalised words, or before its last ("al-Qidra")."""
    if not words[0][:1].isupper() and not re.match(r"[a-z]+-[A-Z]", words[0]):
        return False
    return all(w[:1].isupper() or _NAME_PARTICLE.match(w) and (k < len(words) - 1 or "-" in w)
               for k, w in enumerate(words))


# "de acuerdo a estimaciones oficiales pakistaníes", "according to official Pakistani figures":
# the government of the country the adjective names
_OFFICIAL_OF = re.compile(r"(?:(?:las|los|the)\s+)?(?:(?:estimaciones|cifras|datos|fuentes|balances?|recuentos?)\s+"
                          r"oficiales\s+([^\W\d_]+)|official\s+([A-Z][a-z]+)\s+(?:estimates|figures|data|sources|count))",
                          re.I)
# words that start what a name is not: "según la ONU un total de 4 millones"
_DETERMINERS = frozenset("un una unos unas a an".split())
# words a name does not end with: "Guardia Urbana y a"
_DANGLING = frozenset("y e o a al de del en and or to of in".split())


# verbs in the present plural that are also nouns: inside a name, the noun ("the state of Bihar")
_ALSO_NOUNS = frozenset("state report announce confirm".split())
# adverbs of time or manner a name read up to its verb may end with: "by the USGS initially",
# "por el INPRES inicialmente"; not part of the name
_TRAILING_ADVERBS = frozenset(
    "initially originally previously earlier later subsequently officially reportedly separately also again "
    "now first then inicialmente originalmente previamente posteriormente oficialmente tambien luego ahora "
    "primero despues antes incluso even ya already aun "
    # a connective between the subject and its verb: "Ononye however said", "The health commissioner further
    # revealed", "el ministro sin embargo dijo"
    "however further though nonetheless nevertheless meanwhile moreover additionally too still yet "
    # "The union thus declared 3.5 million" (N3 D6): how, not who
    "thus therefore hence accordingly consequently instead likewise similarly entonces "
    "ademas asimismo igualmente".split())


def _of_a_family(words: list[str]) -> bool:
    """"agencia de la ONU", "agency of the UN": a body of the family an acronym names, not the acronym's body."""
    return 3 <= len(words) <= 4 and fold_word(words[0]) in BODY_ANAPHORS and \
        fold_word(words[1]) in ("de", "del", "of") and words[-1].replace(".", "").isupper()


def _appositive_acronym(words: list[str]) -> list[str]:
    """"la agencia científica norteamericana USGS (United States...)" -> ["USGS"]: a body named
    by its acronym after lowercase words that describe it (not "la agencia de la ONU": a body of that family,
    named before, ``propose_claimant``)."""
    if _of_a_family(words):
        return words
    for k, word in enumerate(words):
        bare = word.strip("(),")
        after = words[k + 1].strip("(),") if k + 1 < len(words) else ""
        if k >= 2 and len(bare) >= 2 and bare.isalpha() and bare.isupper() and all(
                w.islower() for w in words[:k]) and not (after.isalpha() and after.isupper()):
            return [bare]
    return words


# the kind of body news copy writes beside a body's own name, in lower case: "the CGT union", "the
# Thai Lawyers for Human Rights group", "the medical charity Doctors Without Borders", "la empresa
# Silza", "la organización Médicos Sin Fronteras", "la plataforma Madrid se Mueve"
_KINDS = frozenset("union group company firm charity organisation organization coalition movement platform "
                   "airline operator party sindicato grupo empresa organizacion ong coalicion movimiento "
                   "plataforma colectivo aerolinea operadora naviera partido asociacion federacion "
                   "fundacion agrupacion".split())


# the kinds written as an acronym before a name: "la ONG Temblores", "the NGO Viasna"
_KIND_ACRONYMS = frozenset(("ong", "ngo"))


def kind_only(who: str) -> str | None:
    """The noun of a speaker named only by its kind of body, with a possessive or an article or alone: "party"
    of "His party", "the party"; "partido" of "su partido"; None for any other speaker."""
    words = fold_word(who).split()
    if len(words) == 2 and words[0] in POSSESSIVES:
        return words[1] if words[1] in _KINDS and who.split()[-1].islower() else None
    if len(words) == 2 and words[0] in ARTICLES:
        words = words[1:]
    # (not "la organización", "the group": the march's organisers, the body named before: ``anaphoric_body``)
    return words[0] if len(words) == 1 and words[0] in _KINDS - BODY_ANAPHORS and who.split()[-1].islower() else None


def possessed_body(who: str) -> bool:
    """Whether a speaker is a possessive and a kind of body: "His party", "su partido", "their union": no
    name (the one it belongs to is named before, or not at all)."""
    words = fold_word(who).split()
    return len(words) == 2 and words[0] in POSSESSIVES and words[1] in _KINDS


def _a_speakers_noun(word: str) -> bool:
    """Whether ``word`` is a common noun for those who speak, singular or plural ("Monitor", "Observers"): with the
    kind before it, a body's whole name ("NGO Monitor" is no generic monitor)."""
    low = fold_word(word)
    return low in SPEAKING or f"{low}s" in SPEAKING


def _without_kind(words: list[str]) -> list[str]:
    """A body's own name without the kind of body written beside it in lower case (``_KINDS``):
    before it ("la empresa Silza" -> "Silza"), or after it in English ("the CGT union" -> "CGT"; not
    "His party", a possessive: ``possessed_body``)."""
    if len(words) > 1 and fold_word(words[0]) in _KIND_ACRONYMS and words[0].isupper() and words[1][:1].isupper() \
            and not (len(words) == 2 and _a_speakers_noun(words[1])):
        return words[1:]                               # "la ONG Temblores" (N4 D2): Temblores
    first = next((k for k, w in enumerate(words) if w[:1].isupper()), None)
    if first is None or first == 0:
        if first == 0 and len(words) > 1 and words[-1].islower() and fold_word(words[-1]) in _KINDS and \
                fold_word(words[0]) not in POSSESSIVES and \
                all(w[:1].isupper() or fold_word(w) in INNER for w in words[:-1]) and words[-2][:1].isupper():
            return words[:-1]                          # "CGT union", "Thai Lawyers for Human Rights group"
        return words
    kinds = [fold_word(w) in _KINDS for w in words[:first]]
    if any(kinds) and all(w.isalpha() and w.islower() for w in words[:first]) and words[-1][:1].isupper():
        return words[first:]                           # "empresa Silza", "medical charity Doctors Without Borders"
    return words


# the nouns of a service a body's name gives "to" someone: "Comisión Mexicana de Ayuda a Refugiados", "Centro de
# Atención a Víctimas", "Unidad de Apoyo a Desplazados"
SERVICE_TO = frozenset("ayuda atencion asistencia apoyo auxilio acceso servicio servicios socorro proteccion "
                       "acompanamiento orientacion reparacion respuesta".split())


def _served(words: list[str], k: int) -> bool:
    """Whether "a" at ``k`` joins a service to whom it serves inside one name ("Ayuda a Refugiados")."""
    return words[k] == "a" and fold_word(words[k - 1]) in SERVICE_TO and words[k + 1:k + 2] != [] and \
        words[k + 1][:1].isupper()


def trim_name(name: str, inner_speaker: bool = True) -> str:
    """"fuentes de la policía mexicana" -> "policía mexicana", "IMD observations" -> "IMD"."""
    first = TRIGGER.match(name)
    if first and first.group("verb") and first.group() not in _ALSO_NOUNS and len(name) > first.end():
        name = name[first.end():].lstrip()           # "según informó el Ministerio"
        for article in ("the ", "la ", "el ", "los ", "las "):
            if name.lower().startswith(article):
                name = name[len(article):]
                break
        listener = _LISTENER.search(name)
        if listener and listener.start() > 0:
            name = name[:listener.start()]           # "según declaró el alcalde a la agencia EFE": the mayor
    match = _SOURCES_OF.match(name)
    if match and len(name) > match.end():
        name = name[match.end():]
        for article in ("the ", "la ", "el ", "los ", "las "):
            if name.lower().startswith(article):
                name = name[len(article):]
                break
    official = _OFFICIAL_OF.fullmatch(name.strip())
    if official:
        country = _country_of_demonym((official.group(1) or official.group(2)).capitalize(),
                                      spanish=bool(official.group(1)))
        if country:                                    # "estimaciones oficiales pakistaníes", in the text's language
            return f"Gobierno de {country}" if official.group(1) else f"Government of {country}"
    for verb_inside in TRIGGER.finditer(name, 1):
        rest = name[verb_inside.end():].strip()
        if inner_speaker and verb_inside.group("verb") and " " in verb_inside.group() and \
                name[verb_inside.start()].islower() and rest[:1].isupper():
            name = rest                                # "Feng Congde pointed out Sir Donald": Sir Donald
            break
    words = name.split()
    bare = [w for w in words if fold_word(w) not in _DOCUMENT_ADJECTIVES]
    if bare and fold_word(bare[0]) in _TRAILING_NOUNS and name.islower():
        return ""                                      # "según datos preliminares", "el último balance oficial"
    cut = next((k for k in range(1, len(words)) if words[k] in _DETERMINERS and words[k - 1][:1].isupper()
                and not _served(words, k)), None)
    if cut is not None:
        words = words[:cut]                            # "según la ONU un total de": the UN
    for k in range(1, len(words)):
        verb = TRIGGER.fullmatch(words[k])
        if words[k].islower() and verb is not None and verb.group("verb") and words[k] not in _ALSO_NOUNS:
            inner = words[k + 1:]
            if inner and fold_word(inner[0]) in ARTICLES:
                inner = inner[1:]
            named = inner[:1] != words[k + 1:k + 2]     # "the government": after an article
            if inner_speaker and inner and (inner[0][:1].isupper() or named) and not any(
                    fold_word(w) in PRONOUNS for w in inner):
                words = inner                          # "the U.N. reported the government found": the government
            else:
                words = words[:k]                      # "organizers told AFP they estimated": organizers
            break
    words = _name_before_its_clause(words)
    if len(words) > 2 and words[0].islower() and fold_word(words[0]) not in INNER | ARTICLES | _LEVELS and all(
            w[:1].isupper() or fold_word(w) in INNER for w in words[1:]) and words[1][:1].isupper() and \
            fold_word(words[1]) not in ROLES:
        words = words[1:]                              # "the opposition National Coalition": its name
    while len(words) > 1 and fold_word(words[-1]) in _TRAILING_NOUNS and words[-1].islower():
        words = words[:-1]
    if len(words) > 2 and words[-1] == "authorities" and fold_word(words[-2]) in SPEAKING and \
            words[-2].islower():
        words = words[:-1]                             # "civil defense authorities": the civil defense
    while len(words) > 1 and fold_word(words[-1].rstrip(",")) in _TRAILING_ADVERBS and words[-1].islower():
        words = words[:-1]                             # "reported by the USGS initially with": the USGS
    words = _appositive_acronym(words)
    words = _without_kind(words)
    words = _without_served_place(words)
    while len(words) > 1 and words[-1] in _DANGLING:
        words = words[:-1]                             # "según la Guardia Urbana y a 600.000 según...": the name
    if words and words[-1].endswith(("'s", "’s")) and len(words[-1]) > 2:
        words[-1] = words[-1][:-2]                     # "Amnesty International's figures put"
    return " ".join(words)


# the kinds of place a person is said to be "of", in lower case after the place's name: "of Bohol province"
_PLACE_KINDS = frozenset("province state county district city town region municipality provincia estado condado "
                         "distrito ciudad region municipio departamento".split())


def _without_served_place(words: list[str]) -> list[str]:
    """A person's name without the place they serve: "Arthur Yap of Bohol province" -> "Arthur Yap" (N3 D6; a
    person by full name); not a body's name of a place ("Bank of Bohol province": no person's name before it)."""
    if len(words) < 5 or words[-1] not in _PLACE_KINDS or "of" not in words and "de" not in words:
        return words
    at = next(k for k, w in enumerate(words) if w in ("of", "de"))
    person = words[:at]
    titled = person[1:] if len(person) > 2 and fold_word(person[0]) in ROLES else person   # "Mayor Lina Ruiz"
    if 2 <= len(titled) <= 4 and _a_persons_name(titled) and not any(
            fold_word(w) in _BODIES or fold_word(w) in _BODY_HEADS or fold_word(w) in _KINDS or fold_word(w) in ROLES
            for w in titled) and all(w[:1].isupper() for w in words[at + 1:-1]):
        return person
    return words


# words that begin the clause after a name read forwards, not the name: "según el INDH solo cinco
# corresponden", "compiled by the Federal Commission of Missing Persons includes 8,373 names"
_CLAUSE_OPENERS = frozenset("solo only just apenas unos unas some about around nearly almost casi cerca "
                            "alrededor "
                            # an adverb of time: "the Federal Commission of Missing Persons so far includes"
                            "so still now currently already recently ya aun todavia ahora actualmente".split())
_NUMBER_WORDS = frozenset(w for lang in ("en", "es") for w in WORDS[lang]) - {"un", "una", "uno", "a", "an"}


# the level of a government a body serves, part of which body it is: "the state Health Ministry"
_LEVELS = frozenset("state federal provincial regional municipal county city".split())


def _name_before_its_clause(words: list[str]) -> list[str]:
    """A capitalised name without the clause read on after it: a number word, a word that bounds
    a figure, or an English verb in the present ("includes", "matches") after capitals only."""
    for k in range(1, len(words)):
        word = words[k]
        if not word.islower() or not words[k - 1][:1].isupper():
            continue
        low = fold_word(word)
        if low in _CLAUSE_OPENERS or low in _NUMBER_WORDS or (
                len(low) > 4 and low.endswith("es") and not _speakers_word(low) and all(
                    w[:1].isupper() or fold_word(w) in INNER for w in words[:k])):
            return words[:k]
    return words


def _speakers_word(low: str) -> bool:
    """"authorities", "sources", "figures" after a name are still the name's: who speaks, or their data."""
    return any(w in SPEAKING or w in UNNAMED or w in _TRAILING_NOUNS or w in VAGUE for w in (low, low[:-1], low[:-2]))


# verbs that also tell of things that do not speak ("the storm gave 300 mm", "the town registered
# 1,500 births"): their subject states a figure only when it is a name, a body or a role
WEAK_VERBS = frozenset("documented projected posted predicted measured measures midio midieron forecast forecasts "
                        "forecasted pronostico pronostica pronosticaron ubico ubicaron localizo localizaron "
                        "expected expects anticipated anticipates hoped hope hopes esperaba esperaban esperan preveia "
                        "preveian preve preven previo previeron previsto esperado "
                        "gave put puts found finding recorded registered counted calculated assessed published "
                        "released described noted asked requested raised lowered revised registro registraron "
                        "documento documentaron documenta hallo hallaron encontro encontraron listed lists enumero "
                        "enumeraron registrado documentado elevado situado identified identifico identificaron".split()
                        ) | WEAK_FORMS
# verbs of a pledge: their subject states its sum only when it is a name ("the United Kingdom offering", "Japan
# pledged"), not a kind of giver the text leaves unnamed ("International groups pledged US$95 million": dev's
# wikipedia)
_PLEDGES = frozenset("offered offering offers pledged pledging pledges promised promising donated donating ofrecio "
                     "ofrecieron prometio prometieron dono donaron".split())
# the press receives a report it does not make: "El periódico ha recibido el reporte de 30 heridos" names no one who
# counted (R5 5); the body that receives the complaints counts them ("ha recibido la Defensoría 42 denuncias")
_RECEIVED = re.compile(r"recib\w*|receiv\w*")
_PRESS = frozenset("periodico periodicos diario diarios newspaper newspapers paper daily redaccion newsroom cadena "
                   "emisora radio television televisora canal channel broadcaster periodista periodistas reporter "
                   "reporters corresponsal correspondent medio medios media".split())
# the auxiliary of the Spanish perfect: "ha registrado" is weak as "registró" is
_HABER = frozenset("ha han habia habian habria habrian".split())
_BODIES = frozenset(
    "government gobierno ministry ministerio army ejercito military police policia agency agencia company empresa "
    "council consejo committee comite commission comision court tribunal office oficina department departamento "
    "hospital hospitals service servicio authorities autoridades officials organisation organization organizacion "
    "organismo agrupacion entidad dependencia "
    "union sindicato group grupo institute instituto survey center centre centro bureau mayor alcaldia municipality "
    "municipio administration administracion secretariat secretaria prosecutor fiscalia red cross cruz roja "
    "coast guard guardia navy armada press prensa newspaper periodico diario media team equipo rescuers bomberos "
    "investigators inspectors observers monitors defence defense protection "
    # the French state's office in a department, which counts marchers: "In Rouen, the prefecture counted 14,800"
    "prefecture prefectura gendarmerie gendarmeria".split())


# the last word of a lowercase name that speaks by itself: "police", "the ministry", "organizadores"
SPEAKING = _BODIES | COLLECTIVE


# what happens, and never speaks: "La epidemia reportó un total de 26 923 casos", "the outbreak
# recorded 300 cases" tell what the event did; the figure is the text's own (not "the Earthquake
# Commission reported": a body's name holds the event's noun)
EVENTS = frozenset("epidemic epidemics outbreak outbreaks pandemic disease earthquake quake storm hurricane cyclone "
                   "typhoon flood floods flooding fire fires wildfire wildfires blaze explosion explosions blast "
                   "disaster tragedy catastrophe accident crash eruption landslide riots riot strike epidemia "
                   "epidemias pandemia brote brotes enfermedad terremoto sismo temblor huracan tormenta ciclon tifon "
                   "inundacion inundaciones incendio incendios explosion explosiones desastre tragedia catastrofe "
                   "accidente erupcion deslave alud disturbios huelga "
                   # a gathering, a crush, an attack: "La protesta concluyó con 24 detenidos"
                   "protest protests rally rallies demonstration demonstrations stampede crush massacre attack "
                   "bombing shooting sinking collapse avalanche protesta protestas marcha marchas manifestacion "
                   "manifestaciones concentracion movilizacion estampida avalancha masacre matanza ataque atentado "
                   "tiroteo naufragio derrumbe colapso "
                   # a quake's aftershock: "la réplica de mayor envergadura cifró una magnitud de 7,1"
                   "aftershock aftershocks tremor tremors quakes earthquakes replica replicas sismos terremotos "
                   "temblores".split())


# what was found or what fell, which states nothing either: "El nuevo hallazgo eleva a 45 el número de fallecidos, según
# Protección Civil", "the discovery raised the toll to 80" (R5 3: the credit after it is the figure's)
_THINGS = frozenset("hallazgo hallazgos descubrimiento descubrimientos riada riadas crecida crecidas temporal "
                    "temporales borrasca borrascas lluvias aguacero rescate rescates discovery discoveries finding "
                    "findings rains downpour downpours rescue rescues".split())


# the kinds of storm a name follows: "Typhoon Rai", "Hurricane Otis", "la tormenta Alberto"
_NAMED_STORMS = frozenset("typhoon hurricane storm cyclone tifon huracan tormenta ciclon depresion".split())


def _an_event(who: str) -> bool:
    """Whether a name read as a subject is headed by an event's common noun ("the outbreak", "la
    epidemia de dengue"; not "the fire brigade", "Cal Fire")."""
    words = [w for w in who.split() if fold_word(w) not in ARTICLES]
    # (a Spanish head's words after its "de" qualify it: "la réplica de mayor envergadura" is no mayor's)
    own = words[:1] if len(words) > 2 and fold_word(words[1]) in ("de", "del") and words[0].islower() and \
        all(w.islower() for w in words[2:]) else words
    if not words or any(fold_word(w) in _BODIES or fold_word(w) in ROLES or fold_word(w) in COLLECTIVE
                        or fold_word(w) in _KINDS for w in own):
        return False
    if len(words) > 1 and fold_word(words[0]) in _NAMED_STORMS and words[1][:1].isupper():
        return True                                    # "Typhoon Rai", "Hurricane Otis" (N3 D6): a storm's name
    # the head: the last word in English, the first before "de" in Spanish
    heads = [words[0]] if len(words) > 1 and fold_word(words[1]) in ("de", "del") else [words[-1]]
    return any(w.islower() and (fold_word(w) in EVENTS or fold_word(w) in _THINGS) for w in heads)


def can_state(who: str, verb: str, opening: bool = False) -> bool:
    """Whether ``who`` can be the one who states a figure with ``verb``. With a weak verb, a
    subject must be a name, a body, a role or a group that speaks; ``opening``: the subject opens
    the sentence, where a capital makes no name ("Winds measured 200 km/h", "Rains recorded 300
    mm": no one; "Hospitals recorded 40 deaths", "USGS measured", "Red Cross counted": they do).
    An event's noun never states ("La epidemia reportó 300 casos")."""
    if _an_event(who):
        return False
    words = verb.split()
    head = words[-1] if len(words) > 1 and fold_word(words[0]) in _HABER else words[0]
    if _RECEIVED.fullmatch(fold_word(words[-1])) and (any(fold_word(w) in _PRESS for w in who.split())
                                                 or is_outlet(who, lambda name: "-".join(fold_word(name).split()))):
        return False                                   # "El periódico ha recibido el reporte de 30 heridos": not its
    if fold_word(head) in _PLEDGES:
        bare = re.sub(r"^(?:the|el|la)\s+", "", who, flags=re.I)
        country = places_in(bare)
        return who[:1].isupper() and (not (opening and _capital_of_the_sentence(who)) or len(country) == 1 and len(
            country[0][0]) == 2 and country[0][1] == bare)
    if fold_word(head) not in WEAK_VERBS or who[:1].isupper() and not (
            opening and _capital_of_the_sentence(who)):
        return True
    written = who.split()
    words = [fold_word(w) for w in written]
    while len(words) > 1 and (words[-1] in _TRAILING_NOUNS or words[-1] in _TRAILING_ADVERBS):
        words.pop()                                    # "Government figures put", "The union thus counted"
    if len(words) > 1 and written[len(words) - 1].islower() and _country_of_demonym(written[len(words) - 1], True):
        words.pop()                                    # "las autoridades panameñas registraron": the authorities
    last = words[-1]
    known = _BODIES | ROLES | COLLECTIVE
    if "de" in words[1:] and written[0].islower() and words[0] in known and written[words.index("de", 1) + 1:][:1] \
            and written[words.index("de", 1) + 1][:1].isupper():
        return True                                    # "la policía municipal de Salt ha apuntado" (N4 D7)
    return last in known or last.endswith("s") and last[:-1] in known     # "Rights groups", "Hospitals"


def _capital_of_the_sentence(who: str) -> bool:
    """Whether the only capital of a name that opens a sentence is the sentence's: one word or
    a capital then lowercase words, not an acronym ("USGS", "U.N."), not a wire agency."""
    words = who.split()
    first = words[0]
    if first.isupper() or "." in first or any(w[:1].isupper() for w in words[1:]):
        return False
    return "-".join(fold_word(w) for w in words) not in WIRE_AGENCIES


# "the organisation", "the same group", "dicha organización", "esta misma agrupación": a body named
# before, by the common noun of its kind; ``anaphoric_body`` gives the noun, which the claimant of
# the figure resolves to the body the article named last (``propose_claimant``)
# a document is its author's: "según el comunicado", "The statement said" after the body that issued it was named
# (GUIDE: a report is no claimant, its author is)
DOCUMENT_ANAPHORS = frozenset("comunicado informe informacion reporte boletin statement report bulletin "
                              "communique".split())
BODY_ANAPHORS = frozenset("organisation organization group ngo organizacion agrupacion organismo entidad ong grupo "
                          # "According to the center", after "the human rights center Viasna"
                          "institucion institution center centre centro "
                          # "según la misión" (not "the union", "la empresa": a party of its own, often the other side
                          # of the dispute the body named before is)
                          "mission mision "
                          # "detalló la dependencia" (Mexico: a government office), after "Protección Civil"
                          "dependencia "
                          # "The agency said 700 ...", after "Migración Colombia said": the agency named before
                          "agency agencia".split()) | DOCUMENT_ANAPHORS
_ANAPHOR_DETERMINERS = frozenset("the this that said same aforementioned la el esta este esa ese dicha dicho misma "
                                 "mismo citada citado mencionada mencionado aquella aquel".split())


# a body's common noun that a kind of work may follow: "el organismo de socorro", "la entidad de rescate"
# (not "la organización de víctimas", "the organization of farmers": a body of its members)
_BODIES_OF_A_KIND = frozenset("organismo entidad institucion".split())
_SAME = frozenset("same this that misma mismo dicha dicho esta esa".split())


# where a body is based, as news copy describes one it named before: "the New York-based", "the London-based"
_BASED = re.compile(r"(?:the\s+)?(?:[A-Z][\w.]*\s+){0,3}[\w.]+-based\s+")


def anaphoric_body(who: str) -> str:
    """"the same group" -> "group", "Dicha organización" -> "organización"; "" for any other name
    (a bare "organisation" is one too; "the Lima group" is not)."""
    based = _BASED.match(who)
    if based is not None and len(who[based.end():].split()) <= 3 and who[based.end():].islower():
        who = who[based.end():]                        # "the New York-based rights organisation": the one named before
    words = who.split()
    if len(words) == 1 and who.isupper():
        return ""                                      # "(según ONG)": an NGO, not the one named before
    if len(words) > 1 and fold_word(words[-1]) in ("source", "fuente") and fold_word(words[-2]) in _SAME:
        return " ".join(words[-2:]).lower()            # "the same source", "según la misma fuente"
    # "El organismo de socorro detalló": the body named before, a common noun after it
    head = 1 if len(words) > 2 and fold_word(words[0]) in _ANAPHOR_DETERMINERS else 0
    if len(words) > head + 1 and fold_word(words[head]) in _BODIES_OF_A_KIND and len(words) <= head + 4 and \
            fold_word(words[head + 1]) in ("de", "of") and " ".join(words[head:]).islower():
        words = words[:head + 1]
    if not words or fold_word(words[-1]) not in BODY_ANAPHORS or not all(
            fold_word(w) in _ANAPHOR_DETERMINERS or based is not None for w in words[:-1]):
        return ""
    return words[-1].lower()


# the ones who called an event, by a possessive: "según sus organizadores", "its organisers said": the organisers of the
# march told of (``propose_claimant`` names them), not the one named before
OF_ITS_EVENT = re.compile(r"(?:su|sus|its|their)\s+"
                          r"(?:organizadores|organizadoras|convocantes|promotores|organi[sz]ers)", re.I)


def usable(a: Attribution | None) -> TypeGuard[Attribution]:
    if a is None:
        return False
    if anaphoric_body(a.who):
        return True                                    # "esta misma agrupación reportó": the body named before
    low = fold_word(a.who)
    if low.split()[:1] in (["en"], ["in"]) and a.who[:1].isupper():
        return False                                   # "En Colima reportó 153 viviendas": a place, no one
    if len(low.split()) > 1 and low.split()[0] in PRONOUNS and a.who[:1].islower():
        return False                                   # 'said he saw "three or four"': the one named before
    # "according to his report", "según su oficio", "His" alone: the one named before (not "his party": whose
    # party, ``propose_claimant`` reads)
    if low.split()[0] in POSSESSIVES and (a.who[:1].islower() or len(low.split()) == 1) and not possessed_body(a.who) \
            and not OF_ITS_EVENT.fullmatch(a.who):
        return False
    # "reached 12,000 by March", "rose to 80 by Friday": a date after "by", not an agent
    return (bool(low) and low not in PRONOUNS and low not in UNNAMED and low not in _NOT_NAMES and low not in WEEKDAYS
            and low not in MONTHS and low.split()[-1] not in _HEARSAY
            and any(c.isalpha() for c in low) and not all(w in VAGUE for w in low.split())
            and not all(w in _NO_ONES_PAPERS for w in low.split())
            and not all(w in _COUNTED_THINGS for w in low.split())
            and not (a.who[:1].islower() and (low.split()[0] in _EVENT_NOUNS or low.split()[-1] in _EVENT_NOUNS)
                     and not ({"de", "del", "of"} | _BODY_HEADS | _KINDS) & set(low.split()))
            # an event's own name: "the Great Sichuan Earthquake, which measured 8.0 according to ..." (not a body
            # its kind names: "la ONG Temblores", N4 D2)
            and not (len(low.split()) > 1 and low.split()[-1] in _EVENT_NOUNS
                     and not (_BODY_HEADS | _KINDS) & set(low.split())))


# what happened, no one who speaks, as a verb's subject: "La réplica más fuerte cifró una magnitud de 6,1", "the
# strongest aftershock registered 6.1" (not a body named after it: "the Earthquake Commission", "la brigada del
# incendio")
# the nouns of a body that an event's noun may name ("the hurricane center", "the flood relief commissioner")
_BODY_HEADS = frozenset("center centre commission commissioner agency service office authority committee council "
                        "department unit team brigade brigada relief response management institute bureau fund "
                        "centro comision agencia servicio oficina autoridad comite consejo unidad equipo".split())
_EVENT_NOUNS = frozenset("replica replicas sismo sismos terremoto terremotos temblor temblores earthquake earthquakes "
                         "quake quakes aftershock aftershocks tremor tremors huracan hurricane tormenta storm ciclon "
                         "cyclone tifon typhoon incendio incendios explosion blast erupcion eruption inundacion "
                         "inundaciones flood floods deslave landslide alud".split())


# what a figure counts, named before "estimates" or "figures": "Casualty estimates range from 100,000 to
# 142,000", "Death toll estimates vary": no one's (but "Police estimates put the crowd at 40,000" are)
_COUNTED_THINGS = frozenset("casualty casualties death deaths toll tolls damage damages crowd crowds injury injuries "
                            "fatality fatalities loss losses attendance turnout cost costs dead injured missing "
                            "muertos muertes victimas danos perdidas asistencia heridos desaparecidos".split())


# a document or the press with no one named: "Estimaciones posteriores elevaron la cifra", "Initial newspaper
# reports described": the publication's (GUIDE: unnamed sources are the publication's)
_NO_ONES_PAPERS = (_TRAILING_NOUNS | _DOCUMENT_ADJECTIVES | frozenset(
    "posteriores posterior later earlier early subsequent initial newspaper newspapers press media medios prensa "
    "periodisticos periodisticas informes estimacion dato cifra numero figure figures number "
    # a figure "given" or "released", with no one named: "según el último dato oficial facilitado este jueves"
    "facilitado facilitada facilitados facilitadas difundido difundida difundidos difundidas divulgado divulgada "
    "ofrecido ofrecida publicado publicada released provided given published".split())) - {
        "official", "oficial", "oficiales"}   # the state's


# "tanto los promotores como la Generalidad ..., si bien los primeros anunciaron": the first of the pair
_PAIR = re.compile(r"\b(?i:tanto|both)\s+((?:[^\W\d_]+\s+){0,4}?[^\W\d_]+)\s+(?:como|and)\s+"
                   r"((?:el |la |los |las |the )?[^\W\d_]+(?:\s+(?:de|del|of|la|el|[A-ZÁÉÍÓÚÑ][^\W\d_]*)\b){0,5})")
_FORMER = frozenset({"primeros", "primeras", "former", "the former"})
_LATTER = frozenset({"segundos", "segundas", "latter", "the latter", "ultimos", "ultimas", "estos ultimos",
                     "estas ultimas", "este ultimo", "esta ultima"})


def one_of_pair(who: str, sentence: str, at: int) -> str:
    """"los primeros", "the latter": the first or the second of a pair named before in the sentence."""
    low = " ".join(fold_word(w) for w in who.split())
    if low not in _FORMER and low not in _LATTER:
        return who
    pair = _PAIR.search(sentence, 0, at)
    if pair is None:
        return who
    name = pair.group(1 if low in _FORMER else 2).split()
    if name and fold_word(name[0]) in ARTICLES:
        name = name[1:]
    return " ".join(name) or who


# (a country's State speaks as its government: "Chinese state officials", "oficiales del Estado chino", dev7)
_GOVERNMENT = re.compile(r"(?:the\s+)?([A-Z][a-z]+)\s+(?:[Ss]tate\s+(?=(?i:authorities|officials)))?"
                         r"((?i:government|authorities|officials|parliament))$")
_GOBIERNO = re.compile(r"(?:(?:oficiales|funcionarios)\s+del\s+)?(?:el\s+|las\s+|los\s+)?"
                       r"(gobierno|autoridades|parlamento|estado)\s+([^\W\d_]+)$", re.I)


def _country_of_demonym(word: str, spanish: bool = False) -> str | None:
    """"Pakistani" -> "Pakistan", "Haitian" -> "Haiti", "Mexican" -> "Mexico"; None when no
    country reads so. An English demonym gives the country's English (ISO 3166) name, never a
    Spanish one that the same letters make ("Jordanian" is Jordan, not "Jordania"); ``spanish``:
    a Spanish demonym ("venezolanas", "pakistaníes"): the first name its forms make, else
    ``gentilicios``'s."""
    irregular = demonym(word)
    if irregular is not None:
        return irregular
    code, names = None, []
    for candidate in (word, word[:-1], word[:-2], word[:-2] + "o", word[:-3], word[:-3] + "a", word[:-3] + "e",
                      word[:-4], word[:-3] + "y", word + "y", word[:-1] + "a"):
        found = places_in(candidate) if len(candidate) > 2 else []
        if len(found) == 1 and len(found[0][0]) == 2 and found[0][1] == candidate \
                and code in (None, found[0][0]):
            code = found[0][0]
            names.append(candidate)
    if code is None:
        return gentilicio(word) if spanish else None
    if spanish:
        return names[0]
    english = iso_place(code)[0].split(",")[0]       # "Jordan" of "Jordan" and "Jordania"; else the shortest
    return english if english in names else min(names, key=len)


def government_of(who: str) -> str:
    """"Pakistani government", "Iraqi officials", "Azerbaijani authorities" -> "Government of
    Pakistan" (of Iraq, of Azerbaijan), as the government of a country is named; "Azerbaijani
    parliament" -> "Parliament of Azerbaijan"; "las autoridades azerbaiyanas" -> "Gobierno de
    Azerbaiyan"."""
    match = _GOVERNMENT.fullmatch(who)
    if match is not None:
        country = _country_of_demonym(match.group(1))
        body = "Parliament" if match.group(2).lower() == "parliament" else "Government"
        return f"{body} of {country}" if country else who
    match = _GOBIERNO.fullmatch(who)
    if match is not None and match.group(2).islower():
        country = _country_of_demonym(match.group(2).capitalize(), spanish=True)
        body = "Parlamento" if fold_word(match.group(1)) == "parlamento" else "Gobierno"
        return f"{body} de {country}" if country else who
    return who


# a government named without its country ("the government", "Officially, ...", "cifras oficiales"):
# the government of the country the sentences around name most
_BARE_GOVERNMENT = {"government": "Government of", "gobierno": "Gobierno de"}
_DEMONYM_WORD = re.compile(r"\b[A-Z][a-z]+(?:ian|ean|an|ese|i|ish)\b")


def _country_around(nearby: list[str]) -> str | None:
    """The country the sentences name most often (a town counts for its country), by the name
    the text writes it with (or its demonym's country); None when they name none."""
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for text in nearby:
        for code, name, _ in places_in(text):
            country = code[:2]
            counts[country] = counts.get(country, 0) + 1
            if len(code) == 2:
                names.setdefault(country, name)
        for match in _DEMONYM_WORD.finditer(text):
            country_name = _country_of_demonym(match.group())
            found = places_in(country_name) if country_name else []
            if found and len(found[0][0]) == 2:
                counts[found[0][0]] = counts.get(found[0][0], 0) + 1
                names.setdefault(found[0][0], country_name or "")
    named = [c for c in counts if c in names]
    if not named:
        return None
    return names[max(named, key=lambda c: counts[c])]


def _one_country(*texts: str) -> str | None:
    """The country the texts name, when they name one and no other (a town counts for its country)."""
    found = {code[:2] for text in texts if text for code, _, _ in places_in(text)}
    return _country_around(list(texts)) if len(found) == 1 else None


def _country_of_places(texts: Sequence[str], spanish: bool) -> str | None:
    """The country of the places the texts name, when they are of one country and none writes its
    name ("Explosiones de Guadalajara": México): its ISO 3166 name, in Spanish for a Spanish name."""
    found = {code[:2] for text in texts if text for code, _, _ in places_in(text)}
    if len(found) != 1:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_2=found.pop())
    if country is None:
        return None
    name = getattr(country, "common_name", None) or country.name.split(",")[0]
    if not spanish:
        return name
    import gettext

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"]).gettext(name).split(",")[0]
    except OSError:
        return name


def _full_name(surname: str, nearby: list[str]) -> str | None:
    """The whole name the sentences around give a person called by an honorific and a surname."""
    pattern = re.compile(rf"((?:[A-ZÁÉÍÓÚÑ][\w'’.-]*\s+){{1,3}}){re.escape(surname)}\b")
    for text in nearby:
        for match in pattern.finditer(text):
            name = without_role(f"{match.group(1)}{surname}".strip())
            if len(name.split()) >= 2 and fold_word(name.split()[0]) not in _HONORIFICS | ARTICLES:
                return name
    return None


# roles a person holds (not "newspaper", "agency"): "the minister" can be named elsewhere
_PERSON_ROLES = ROLES - _MEDIA_ROLES
_NAME_AFTER_ROLE = r"\s+((?:[A-ZÁÉÍÓÚÑ][\w'’-]+\s+){0,3}[A-ZÁÉÍÓÚÑ][\w'’-]+)"


def role_holder(claimant: str | None, nearby: list[str], article: Sequence[str] = (),
                earlier: Iterable[str] = ()) -> str | None:
    """The person who holds the role a claimant names, as the sentences around name them: "the
    Communications Minister states ..." then "Minister Marie-Laurence Lassegue commented" ->
    "Marie-Laurence Lassegue"; None when the claimant is not a role or no one is named with it.
    A bare "the government" is the government of the article's country, the one country the
    ``article`` (its title, dateline, opening sentence) names, not of another the sentence names
    ("aid arrived from Mexico"); else of the country the sentences around name most. A person's role
    no sentence around names is the one ``earlier`` sentences (the article's before, the latest first) name
    with it ("«...», agregó el gobernador" after "El gobernador Alejandro Murat" paragraphs before)."""
    words = (claimant or "").split()
    if words and fold_word(words[0]) in ARTICLES:
        words = words[1:]
    if len(words) == 2 and (fold_word(words[0]) in _HONORIFICS or words[0].lower() in _TITLES) and \
            words[1][:1].isupper():
        return _full_name(words[1], nearby)           # "Sir Donald" after "Sir Alan Donald": Alan Donald
    if len(words) == 1 and fold_word(words[0]) in _BARE_GOVERNMENT:
        # else the title's, where no text writes the country's name and the opening also names a town
        # that another country has a namesake of ("Explosiones de Guadalajara", "... San Carlos")
        spanish = fold_word(words[0]) == "gobierno"
        # (or the one country of the places the opening and the sentences around name: "ocurrió ... en Ayacucho.
        # Según la información oficial del Gobierno": Perú)
        country = _one_country(*article) or _country_around(nearby) or _country_of_places(article[:1], spanish) \
            or _country_of_places([*article, *nearby], spanish)
        return f"{_BARE_GOVERNMENT[fold_word(words[0])]} {country}" if country else None
    if not words or fold_word(words[-1]) not in _PERSON_ROLES:
        # (read the sentences before only for a role: ``_holder_named_after`` checks first)
        return _holder_named_after(words, list(nearby), earlier)
    earlier = list(earlier)
    pattern = re.compile(rf"\b(?i:{re.escape(words[-1])}){_NAME_AFTER_ROLE}")
    qualifiers = {fold_word(w) for w in words[:-1]}
    for text in [*nearby, *earlier]:
        for match in pattern.finditer(text):
            name = match.group(1).split()
            if fold_word(name[0]) in WEEKDAYS or fold_word(name[0]) in ROLES or TRIGGER.fullmatch(name[0]):
                continue
            before = text[max(0, match.start() - 30):match.start()].split()
            qualifier = fold_word(before[-1]) if before and before[-1][:1].isupper() else ""
            if qualifiers and qualifier and qualifier not in ARTICLES and qualifier not in qualifiers:
                continue                               # "the Swiss Ambassador" is not "United States ambassador X"
            return " ".join(name)
    return _holder_named_after(words, list(nearby), earlier)


# a role, what it is of, then its holder's name between commas: "El ministro de Ambiente de Corrientes, Jorge
# Ferrari, recorrió", "the head of the relief agency, Ann Lee, said"
_HOLDER = r"(?P<name>(?:[A-ZÁÉÍÓÚÑ][\w'’-]+\s+){1,3}[A-ZÁÉÍÓÚÑ][\w'’-]+)"
_ROLE_THEN_HOLDER = re.compile(r"\b(?!(?i:el|la|los|las|the|un|una|a|an)\b)(?P<role>[^\W\d_]+)"
                               # an adjective of the role: "El comandante general de la Policía, Víctor Herrera,"
                               # (or English's role after its adjective: "The acting governor of Hatay, Ali Demir,")
                               r"(?:\s+(?P<adjective>[a-záéíóúñ]+)(?=\s+(?:de|del|of|for|para)\s))?"
                               r"(?P<office>(?:\s+(?:de|del|of|for|para)\s+[^,.;:\"“”«»]{1,60}?)?),"
                               rf"\s+{_HOLDER}\s*[,(]")
_OFFICE_OF = frozenset("de del of for para".split())
# words of a role held by another than its holder: a deputy, a former or outgoing one
_OTHER_RANKS = frozenset("ex former deputy vice sub outgoing late adjunto adjunta saliente antiguo antigua "
                         "exministro exministra subdirector subdirectora viceministro viceministra".split())
# and the other way: "Laura Velázquez, coordinadora nacional de Protección Civil"
_HOLDER_THEN_ROLE = re.compile(rf"{_HOLDER},\s+(?:the\s+|el\s+|la\s+)?"
                               r"(?P<role>[a-záéíóúñ]+)(?:\s+[a-záéíóúñ]+)?"
                               r"(?P<office>\s+(?:de|del|of|for|para)\s+[^,.;:\"“”«»]{1,60}?)(?=\s*(?:[,.;:]|$))")


def _holder_named_after(words: list[str], nearby: list[str], earlier: Iterable[str]) -> str | None:
    """The person an earlier sentence names after the role between commas: "El ministro indicó" after "El
    ministro de Ambiente de Corrientes, Jorge Ferrari, ..."; "La titular de Protección Civil" after "La
    coordinadora de Protección Civil, Laura Mendoza, ..." (the same office, its head by another word). One
    person only: two holders of the role named so is no answer; a bare role ("El ministro") is read in the
    three sentences before only, and not where they name that role of another office without a name ("con el ministro
    de Salud")."""
    if not words or fold_word(words[0]) not in _PERSON_ROLES:
        return None
    # a deputy, outgoing or former holder is the one named with that rank only ("la viceministra" after "La
    # viceministra de Salud, Ana Ruiz"; not "el director adjunto" after "El director, Víctor Herrera")
    rank = {fold_word(w) for w in words} & _OTHER_RANKS
    office_words = words[1:]
    while office_words and office_words[0].islower() and fold_word(office_words[0]) not in _OFFICE_OF:
        office_words = office_words[1:]           # "el comandante general de la Policía": of the police
    office = " ".join(fold_word(w) for w in office_words)
    # (a bare role, in the three sentences before it only: not a holder named after it)
    texts = [*nearby, *earlier] if office else list(islice(earlier, 3))
    found: set[str] = set()
    offices: set[str] = set()
    for text in texts:
        for match in [*_ROLE_THEN_HOLDER.finditer(text), *_HOLDER_THEN_ROLE.finditer(text)]:
            role, of = fold_word(match.group("role")), " ".join(fold_word(w) for w in match.group("office").split())
            at = match.start("role")
            if role not in _PERSON_ROLES and (match.groupdict().get("adjective") or "") and \
                    fold_word(match.group("adjective")) in _PERSON_ROLES:
                role, at = fold_word(match.group("adjective")), match.start("adjective")
            held = {fold_word(w) for w in re.findall(r"[^\W\d_]+", text[max(0, match.start() - 14):at])} | {
                role, fold_word(match.group("role"))}
            if (role not in _PERSON_ROLES and not rank) or office and office != of \
                    or not office and role != fold_word(words[0]) and not rank or held & _OTHER_RANKS != rank:
                continue                           # (not "El ex ministro de Defensa, Juan Pérez": another holder)
            name = _holders_name(match.group("name"))
            if name is not None:
                found.add(name)
                offices.add(of)
        if not office:
            # the role of another office, named without its holder: "visitó Piura con el ministro de Salud"
            offices.update(" ".join(fold_word(w) for w in m.group(1).split())
                           for m in re.finditer(rf"\b(?i:{re.escape(words[0])})((?:\s+(?:de|del|of|for)\s+"
                                                rf"[A-ZÁÉÍÓÚÑ][\w'’-]*)+)", text))
    if not office and len(offices) > len(found):
        return None
    return found.pop() if len(found) == 1 else None


# a Spanish adverb, which opens a sentence, no name: "Posteriormente Jorge Chávez" (not "-ly": Emily, Kelly, Nelly)
ADVERB_END = re.compile(r"mente$")
# a holder of another time or rank than the role's: "the former minister", "el ex ministro", "the deputy director"
_OTHER_HOLDER = re.compile(r"\b(?:ex|former|deputy|vice|sub|outgoing|late|antiguo|exministro|adjunto|adjunta|"
                           r"saliente)[\s-]+$", re.I)   # (an acting or interim holder is the one in office)
# words a capitalised run may open with that are no part of a person's name: "Según Jorge Chávez, ministro de ...",
# "But John Kamau, director of ...", "Then Jaiswal said"
NOT_NAME_OPENERS = frozenset("the a an this that then when after before but and however meanwhile since also later "
                             "while according el la los las un una y e segun para cuando luego pero ademas tambien "
                             "mientras despues antes tras asimismo entonces earlier finally finalmente previously "
                             "igualmente anteriormente posteriormente "
                             # "Quoting Rafael Ortiz, deputy head of ..., the agency reported": whom a relay quotes
                             "quoting citing citando".split())


def _holders_name(written: str) -> str | None:
    """A holder's name as a role's apposition writes it, less the word that opens the sentence and a title before
    it ("Según Jorge Chávez", "Interior Minister Kithure Kindiki", "El Presidente Pedro Castillo"); None for no
    person's name (a place, a weekday, a role)."""
    words = written.split()
    while words and (fold_word(words[0]) in NOT_NAME_OPENERS or ADVERB_END.search(fold_word(words[0]))):
        words = words[1:]                          # "Posteriormente Jorge Chávez": an adverb, no name
    words = without_role(" ".join(words)).split()
    if len(words) < 2 or fold_word(words[0]) in ROLES or fold_word(words[0]) in WEEKDAYS or \
            not all(w[:1].isupper() for w in words) or places_in(" ".join(words)):
        return None
    return " ".join(words)
