"""Who states a number: the claimant a sentence attributes it to.

A speech verb ("said", "reported", "dijo", "informó") or a phrase ("according to", "según")
is found with one flat pattern; the claimant's name is then read word by word from it,
backwards for a subject ("the Associated Press reported") and forwards for an object
("according to the U.N. refugee agency", "..., dijo el ministro de Defensa"). Names keep their
abbreviations ("U.N.", "Col."), and nothing here backtracks on long runs of capitalised words.

The one who states the figure is preferred to the one who relays it: the official a wire quotes
or cites ("AP quoted police as saying", "Reuters reported, citing the ministry"), the body another
reports as counting ("the U.N. reported the government found"), the agent of a passive revision
("raised to 2,500 by the agency"), the body an unnamed spokesman speaks for. Asides between the
subject and its verb (a place, a relative clause, "citing ...", "in a statement") are passed over.
``role_holder`` and ``organiser_in`` name, from the sentences around, the person who holds a role
and the body that called a march.
"""
from __future__ import annotations

from typing import TypeGuard

import re
from dataclasses import dataclass

from reconcile.extract.fields import places_in
from reconcile.quantities.lexicon import fold_word

__all__ = ["Attribution", "attributions", "claimant_for", "organiser_in", "role_holder", "ORGANISERS",
           "WIRE_AGENCIES"]

_VERBS = (
    "said|says|say|told|tells|reported|reports|announced|announces|stated|states|estimated|"
    "claims|claim|commented|comments|quoted|quotes|maintained|maintains|argued|argues|alleged|alleges|"
    "testified|concluded|"
    "estimates|counted|confirmed|confirms|claimed|declared|recorded|registered|"
    "puts|wrote|writes|revised|raised|lowered|spoke of|talked of|"
    "tallied|put|gave|found|finding|calculated|assessed|noted|added|insisted|acknowledged|"
    "admitted|published|released|asked for|requested|appealed for|referred to|described|mentioned|"
    "dijo|dice|dicen|dijeron|afirmó|afirma|afirmaron|informó|informa|informaron|aseguró|asegura|"
    "declaró|declara|reportó|reporta|reportaron|indicó|indica|señaló|señala|estimó|estima|"
    "calculó|calcula|cifró|cifra|cifraron|contabilizó|contabiliza|confirmó|confirma|registró|evaluó|"
    "explicó|precisó|detalló|anunció|sostuvo|admitió|denunció|publicó|aseguraron|señalaron|"
    "contabilizaron|calcularon|estimaron|cifran|estiman|calculan|informan|aseguran|afirman|señalan|"
    "reportan|contabilizan|escribió|escribe|situó|situaron|sitúa|sitúan|fijó|fijaron|elevó|elevaron|"
    "rebajó|rebajaron|redujo|redujeron|habló de|hablaron de|hablan de|habla de|"
    "pidió|solicitó|pidieron|solicitaron|se refirió a|mencionó|indicaron|explicaron|precisaron|detallaron|"
    "anunciaron|confirmaron|declararon|denunciaron|reveló|revelaron|advirtió|advirtieron|agregó|añadió|"
    "añadieron|manifestó|expresó|sostuvieron|apuntó|apuntaron|comunicó|comunicaron|notificó|difundió|"
    "difundieron")
_PHRASES = ("according to|based on figures from|based on data from|citing|quoting|"
            "as (?:reported|stated|announced|estimated|confirmed|counted) by|"
            "(?:given|provided|issued|offered|compiled|gathered|put forward) by|"
            "(?:figures|data|statistics|estimates|a report|a count|a tally) (?:from|by|released by|published by)|"
            "(?:cifras|datos|estad[ií]sticas|estimaciones|un informe|un recuento|un balance) "
            "(?:oficiales )?(?:de|del|publicad[oa]s por|difundid[oa]s por)|"
            "(?:was|were|been|is|are) (?:reported|released|announced|published|estimated|given|confirmed) by|"
            "según|de acuerdo con|de acuerdo a|conforme a|a juicio de|"
            "(?:dad[oa]s?|publicad[oa]s?|informad[oa]s?|anunciad[oa]s?|confirmad[oa]s?|estimad[oa]s?) "
            "(?:a conocer )?por")
_TRIGGER = re.compile(rf"\b(?:(?P<phrase>{_PHRASES})|(?P<verb>{_VERBS}))\b", re.I)
# titles written with a full stop: one token each ("Col.", "Gov."), so the stop ends no name
_TITLE_WORDS = ("Mr|Mrs|Ms|Dr|Drs|Prof|Gov|Sen|Sens|Rep|Reps|Col|Gen|Maj|Lt|Sgt|Capt|Cmdr|Adm|Brig|Supt|"
                "Insp|Det|Cpl|Pvt|Rev|Fr|Hon|Pres|Sr|Sra|Srta|Dra|Lic|Ing|Arq|Gral|Cnel|Tte|Cap|Mons|"
                "St|Ste|Ft|Mt")
_TOKEN = re.compile(rf"(?:[A-Za-z]\.){{2,}}(?:['’]s\b)?|(?:{_TITLE_WORDS})\.(?=\s+[A-ZÁÉÍÓÚÑ])|"
                    r"[^\W\d_][\w'’&-]*|\d+|[^\s\w]", re.UNICODE)
# titles before a person's name, dropped from it; "St. Louis", "Ft. Worth", "Mt. Everest" keep theirs
_TITLES = frozenset(w.lower() + "." for w in _TITLE_WORDS.split("|") if w not in ("St", "Ste", "Ft", "Mt"))

_ARTICLES = frozenset({"the", "el", "la", "los", "las", "a", "an", "un", "una", "lo"})
_INNER = frozenset({"of", "de", "del", "for", "para", "and", "y", "e", "la", "las", "los", "el",
                    "the", "on", "sobre"})
# words that end a name read forwards
_FORWARD_STOP = frozenset(
    "that que on in at last this yesterday today ayer hoy este esta en durante to al for por "
    "with con who which quien quienes cual while mientras and y e but pero as como when cuando "
    "after tras before antes since desde there were was had has have is are ha han fue fueron "
    "es son more than mas menos about unos unas around some nearly casi over only just".split())
# words that end a name read backwards
_BACK_STOP = frozenset(
    "that que which who while mientras and y but pero as como when cuando because porque where "
    "donde if si said dijo was were is are had has have ha han had been fue fueron es son "
    "also tambien then luego later despues "
    "in en on at by of de del to a al for por para with con from desde".split())
_PRONOUNS = frozenset(
    "he she they it we i you him her them this these those there officials authorities one "
    "él ella ellos ellas ello esto eso este esta usted nosotros".split())
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves "
    "viernes sabado domingo today yesterday hoy ayer".split())
_ADVERB = re.compile(r"(?:ly|mente)$")
_AUXILIARIES = frozenset(
    "had has have was were is are been would will could also initially later then first "
    "ha han habia habian habria habrian fue fueron tambien luego despues primero".split())
_COLLECTIVE = frozenset(
    "police organisers organizers organizadores policia bomberos firefighters rescuers "
    "investigators investigadores prosecutors fiscalia witnesses testigos residents vecinos survivors "
    "sobrevivientes supervivientes doctors medicos activists activistas students estudiantes experts expertos "
    "researchers scientists cientificos analysts analistas observers observadores journalists periodistas "
    "villagers pobladores habitantes unions sindicatos relatives familiares".split())
_ROLES = frozenset(
    "president presidente minister ministro ministra secretary secretario secretaria secretary-general "
    "secretario-general spokesman spokeswoman spokesperson portavoz vocero vocera director directora "
    "governor gobernador gobernadora mayor alcalde alcaldesa chief jefe jefa commander comandante head "
    "general senator senador senadora deputy diputado diputada premier periodico diario newspaper daily "
    "agency agencia cadena coordinator coordinador coordinadora titular responsable delegado delegada "
    "fiscal defensor defensora commissioner comisionado comisionada sheriff inspector superintendent "
    "journalist reporter correspondent periodista corresponsal historian historiador historiadora "
    "researcher investigadora writer escritor escritora author autor autora activist activista "
    "official funcionario funcionaria".split())
# words that name no one by themselves: "Other estimates suggest", "Unofficial reports said"
_VAGUE = frozenset("other others some several many unofficial official various independent local initial "
                   "unconfirmed unverified conflicting press news most all both numerous multiple unnamed "
                   "anonymous varying different "
                   "preliminary early later new latest sources source reports estimates media accounts "
                   "otras otros algunas algunos varias varios fuentes informes medios extraoficiales "
                   "oficiales".split())
# "was reported to have", "fue informado": a passive verb without "by" names no claimant
_PASSIVE_BEFORE = frozenset("was were is are be been being fue fueron es son sido".split())
# "the funds requested had been received": a participle after its noun, not the verb of a claimant
_AFTER_PARTICIPLE = frozenset("had has have was were is are will would could may might".split())
# "sources of the Mexican police", "IMD observations": words around the claimant's name
_SOURCES_OF = re.compile(r"^(?:(?:unnamed |anonymous |official |police |diplomatic )?sources? "
                         r"(?:of|in|at|from|close to|within) |fuentes? (?:de(?:l)?|cercanas? a) |"
                         r"(?:figures|data|estimates|numbers) (?:of|from) |"
                         r"(?:cifras|datos|estimaciones|n[uú]meros)(?: oficiales)? (?:de(?:l)?) )", re.I)
_TRAILING_NOUNS = frozenset("observations data figures estimates estimate numbers count counts tally "
                            "preliminary official initial latest "
                            "report reports records statistics datos cifras estimaciones recuento "
                            "registros estadisticas informe".split())
_NOT_NAMES = frozenset({"mw", "ms", "ml", "utc", "gmt", "est", "approx", "estimated", "estimado"})
WIRE_AGENCIES = frozenset({
    "associated-press", "ap", "reuters", "agence-france-presse", "afp", "efe", "agencia-efe",
    "europa-press", "dpa", "ansa", "xinhua", "upi", "bloomberg"})


@dataclass(frozen=True)
class Attribution:
    who: str          # the name as written ("the U.N. refugee agency" -> "U.N. refugee agency")
    start: int        # span of the attribution (name and verb) in the sentence
    end: int
    before: bool      # the name stands before its verb (a subject)


def _tokens(text: str, start: int, end: int):
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def _clean(words: list[tuple[str, int, int]], sentence_start: bool) -> list[tuple[str, int, int]]:
    while words and fold_word(words[0][0]) in _ARTICLES and not (words[0][0].isupper() and len(words[0][0]) > 1):
        # "The New York Times" inside a sentence keeps its capital "The"; "UN" is no article
        if words[0][0][0].isupper() and not sentence_start and len(words) > 1 and words[1][0][0].isupper():
            break
        words = words[1:]
        sentence_start = False
    while words and fold_word(words[-1][0]) in _INNER:
        words = words[:-1]
    return words


def _join(sentence: str, words) -> str:
    return sentence[words[0][1]:words[-1][2]] if words else ""


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


def _backwards(sentence: str, at: int) -> Attribution | None:
    """The subject just before a verb at ``at``: "the Associated Press reported"."""
    when = _WHEN_BEFORE_VERB.search(sentence, max(0, at - 40), at)
    if when is not None and (when.start() == 0 or when.group().rstrip().endswith(",")):
        when = None                                    # "the mayor, who came on Monday, said": an aside's end
    read_to = when.start() if when is not None else at
    toks = _tokens(sentence, max(0, read_to - 160), read_to)
    if toks and toks[-1][0] == ",":
        commas = [k for k in range(len(toks) - 1) if toks[k][0] == ","]
        if commas and (fold_word(toks[commas[-1] + 1][0]) in _ASIDES
                       or _is_place_name(sentence, toks[commas[-1] + 1:-1])):
            toks = toks[:commas[-1]]                   # "EFE, citando fuentes policiales, informó": EFE
        else:                                          # "police in the capital, Port-au-Prince, said": police
            return _apposition(sentence, toks[:-1], at)
    words: list = []
    for tok, s, e in reversed(toks):
        low = fold_word(tok)
        if not words and (_ADVERB.search(low) or low in _AUXILIARIES) and tok[0].islower():
            continue                                   # "officially reported", "had initially asked for"
        if low in ("in", "en") and words and _is_place_name(sentence, words):
            words.insert(0, (tok, s, e))               # "March organizers in New York claimed"
            continue
        if low in ("in", "en", "at") and words and fold_word(words[0][0]) in _ARTICLES and words[0][0].islower():
            words = []                                 # "police in the capital said": where they are, passed over
            continue
        if not tok[0].isalpha() and tok not in ("&",) or low in _BACK_STOP and not (
                low in _INNER and words and (words[0][0][0].isupper() or low in ("of", "de"))):
            break
        if tok[0].isdigit():
            break
        words.insert(0, (tok, s, e))
        if len(words) >= 9:
            break
    words = [w for w in words]
    # a lowercase run before the name is not part of it: keep from the first article or capital
    # (or a body that speaks for itself: "police estimated", "organizadores calcularon")
    first = next((k for k, w in enumerate(words) if w[0][0].isupper() or fold_word(w[0]) in _ARTICLES
                  or fold_word(w[0]) in _COLLECTIVE), None)
    if first is None:
        return None
    words = _clean(words[first:], sentence_start=words[first][1] == 0 or not sentence[:words[first][1]].strip())
    if not words:
        return None
    return Attribution(_join(sentence, words), words[0][1], at, True)


# an aside between commas after the subject, passed over: "citing police sources", "según su web"
_ASIDES = frozenset("citing quoting citando segun according speaking talking writing testifying hablando in en "
                    "via who which whose que quien quienes cuyo cuya".split())


def _is_place_name(sentence: str, words) -> bool:
    """Whether the words read so far are one place's name alone ("New York")."""
    name = _join(sentence, words)
    found = places_in(name)
    return len(found) == 1 and found[0][1] == name


def _apposition(sentence: str, toks, at: int) -> Attribution | None:
    """"Venezuela's defense minister, Vladimir Padrino López, said": the name between commas."""
    words: list = []
    for k in range(len(toks) - 1, -1, -1):
        tok, s, e = toks[k]
        if tok == ",":
            break
        if not (tok[0].isalpha() and (tok[0].isupper() or fold_word(tok) in _INNER)):
            return _described(sentence, toks, at)
        words.insert(0, (tok, s, e))
        if len(words) > 6:
            return None
    words = _clean(words, sentence_start=False)
    return Attribution(_join(sentence, words), words[0][1], at, True) if words else None


def _described(sentence: str, toks, at: int) -> Attribution | None:
    """"Ban Ki-moon, the U.N. secretary-general, said": a description between commas (an article
    or a role in it) after the name; the name is the capitalised run before the first comma."""
    commas = [k for k, (tok, _, _) in enumerate(toks) if tok == ","]
    if not commas:
        return None
    inner = [fold_word(tok) for tok, _, _ in toks[commas[-1] + 1:]]
    if not inner or not (inner[0] in _ARTICLES or any(w in _ROLES for w in inner)) or len(inner) > 10:
        return None
    named = toks[:commas[-1]]
    if len(named) > 3 and named[-1][0] == ")" and named[-3][0] == "(" and named[-2][0].isupper():
        named = named[:-3]                             # "The Civil Human Rights Front (CHRF), a platform..."
    words: list = []
    for tok, s, e in reversed(named):
        if not (tok[:1].isupper() or fold_word(tok) in _INNER and words) or len(words) >= 5:
            break
        words.insert(0, (tok, s, e))
    words = _clean(words, sentence_start=True)
    return Attribution(_join(sentence, words), words[0][1], at, True) if words else None


def _forwards(sentence: str, at: int) -> Attribution | None:
    """The name just after a verb or phrase ending at ``at``: "according to the U.N. agency"."""
    toks = _tokens(sentence, at, min(len(sentence), at + 160))
    # "según informó este martes Laura Velázquez", "dijo el lunes el ministro": the day passed over
    verb = _TRIGGER.fullmatch(toks[0][0]) if toks else None
    if verb is not None and verb.group("verb") and len(toks) > 3 and (
            fold_word(toks[1][0]) in _WEEKDAYS or fold_word(toks[1][0]) in _DAY_WORDS
            and fold_word(toks[2][0]) in _WEEKDAYS):
        toks = toks[1:]
    while len(toks) > 2 and fold_word(toks[0][0]) in _DAY_WORDS and fold_word(toks[1][0]) in _WEEKDAYS:
        toks = toks[2:]
    while toks and fold_word(toks[0][0]) in _WEEKDAYS:
        toks = toks[1:]
    # "informó en Twitter el titular de...", "said in a statement the ministry": a short
    # prepositional phrase before the name is passed over
    if toks and _aside(toks):
        toks = _after_aside(toks)
    words: list = []
    for k, (tok, s, e) in enumerate(toks):
        low = fold_word(tok)
        if not words and low in _ARTICLES:
            words.append((tok, s, e))
            continue
        if tok.isdigit() and len(tok) == 4 and words and fold_word(words[-1][0]) in ("de", "of") and any(
                fold_word(w[0]) in _DOCUMENTS for w in words):
            words.append((tok, s, e))                  # "según el censo de 2010": the census of that year
            break
        if not tok[0].isalpha() or tok[0].isdigit():
            break
        following = toks[k + 1][0] if k + 1 < len(toks) else ""
        # "Delegación del Gobierno en Cataluña": a capitalised name goes on through "en"
        in_name = low in ("en", "in") and words and words[-1][0][:1].isupper() and following[:1].isupper()
        if low in _FORWARD_STOP and not in_name and not (
                low in _INNER and words and fold_word(words[-1][0]) not in _ARTICLES):
            break
        if low in _WEEKDAYS:
            break
        words.append((tok, s, e))
        if len(words) >= 12:
            break
    words = _clean(words, sentence_start=False)
    if not words:
        return None
    return Attribution(_join(sentence, words), at, words[-1][2], False)


_DAY_WORDS = frozenset({"este", "esta", "el", "on", "this", "last", "el pasado"})
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
    return first in _LISTENER and (fold_word(following) in _ARTICLES or following[:1].isupper())


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
        if fold_word(tok) in _ARTICLES and k >= 2:
            return toks[k:]
        if not tok[:1].isalpha():
            break
    return toks
# "el ministro de Salud, Juan Pérez": the person a role names, after a comma
_NAMED_AFTER = re.compile(r"\s*,\s*((?:(?:coronel|general|doctor|doctora|capit[aá]n|colonel|dr\.?)\s+)?"
                          r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+(?:de |del |la )?[A-ZÁÉÍÓÚÑ][\w'’-]+){1,3})\s*(?:[,.;]|$)")


def _named_person(sentence: str, a: Attribution) -> Attribution:
    """A role read forwards and the person named after it: "dijo el ministro de Salud, Juan
    Pérez" -> "Juan Pérez"."""
    if a.before or not (a.who[:1].islower() or any(fold_word(w) in _ROLES for w in a.who.split())):
        return a
    match = _NAMED_AFTER.match(sentence, a.end)
    if not match:
        return a
    name = match.group(1).split()
    if fold_word(name[0]) in ("coronel", "general", "doctor", "doctora", "capitan", "colonel", "dr", "dr."):
        name = name[1:]
    return Attribution(" ".join(name), a.start, match.end(1), a.before)


_MEDIA_ROLES = frozenset("periodico diario newspaper daily agency agencia cadena".split())
# who speaks for a body: "a police spokesman" states the police's figure
_VOICES = frozenset("spokesman spokeswoman spokesperson official officer portavoz vocero vocera funcionario "
                    "funcionaria".split())


def _person(name: str) -> str:
    """A person's name without the role before it: "el presidente Rafael Correa" -> "Rafael
    Correa", "UN Secretary-General Ban Ki-moon" -> "Ban Ki-moon"; "ministro de Defensa" stays."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in _TITLES:
        words = words[1:]                              # "Col. Ahmed Ali", "Maj. Gen. John Doe"
    name = " ".join(words)
    if len(words) > 1 and fold_word(words[-1]) in _VOICES:
        return " ".join(words[:-1])                    # "a police spokesman", "a UN official": the body
    if len(words) > 2 and fold_word(words[0]) in _VOICES and fold_word(words[1]) in ("de", "del", "of", "for"):
        rest = words[2:]
        if rest and fold_word(rest[0]) in _ARTICLES:
            rest = rest[1:]
        return " ".join(rest) or name                  # "portavoz del Ministerio del Interior": the ministry
    for k in range(len(words) - 1, -1, -1):
        if fold_word(words[k]).strip(",") in _MEDIA_ROLES and words[k][:1].isupper():
            continue                                   # "the Daily Star", "Diario Oficial": a name
        if fold_word(words[k]).strip(",") in _ROLES:
            rest = words[k + 1:]
            if rest and all(w[:1].isupper() for w in rest):
                return " ".join(rest)
            break
    return name


def _trim(name: str, inner_speaker: bool = True) -> str:
    """"fuentes de la policía mexicana" -> "policía mexicana", "IMD observations" -> "IMD"."""
    first = _TRIGGER.match(name)
    if first and first.group("verb") and len(name) > first.end():
        name = name[first.end():].lstrip()           # "según informó el Ministerio"
        for article in ("the ", "la ", "el ", "los ", "las "):
            if name.lower().startswith(article):
                name = name[len(article):]
                break
    match = _SOURCES_OF.match(name)
    if match and len(name) > match.end():
        name = name[match.end():]
        for article in ("the ", "la ", "el ", "los ", "las "):
            if name.lower().startswith(article):
                name = name[len(article):]
                break
    words = name.split()
    if words and fold_word(words[0]) in _TRAILING_NOUNS and name.islower():
        return ""                                      # "según datos preliminares": no one named
    for k in range(1, len(words)):
        verb = _TRIGGER.fullmatch(words[k])
        if words[k].islower() and verb is not None and verb.group("verb"):
            inner = words[k + 1:]
            if inner and fold_word(inner[0]) in _ARTICLES:
                inner = inner[1:]
            named = inner[:1] != words[k + 1:k + 2]     # "the government": after an article
            if inner_speaker and inner and (inner[0][:1].isupper() or named) and not any(
                    fold_word(w) in _PRONOUNS for w in inner):
                words = inner                          # "the U.N. reported the government found": the government
            else:
                words = words[:k]                      # "organizers told AFP they estimated": organizers
            break
    while len(words) > 1 and fold_word(words[-1]) in _TRAILING_NOUNS and words[-1].islower():
        words = words[:-1]
    if words and words[-1].endswith(("'s", "’s")) and len(words[-1]) > 2:
        words[-1] = words[-1][:-2]                     # "Amnesty International's figures put"
    return " ".join(words)


def _after_article(sentence: str, match: re.Match) -> bool:
    """"la cifra de asistentes", "the estimates": a noun, not a verb."""
    if match.group().endswith(("ó", "aron", "ieron")):
        return False                                   # "la rebajó", "lo cifraron": a pronoun, then the verb
    before = _tokens(sentence, max(0, match.start() - 12), match.start())
    return bool(before) and fold_word(before[-1][0]) in _ARTICLES | {"su", "sus", "its", "their", "this", "esta"}


# "reports", "claims", "states" are plural nouns before these: "national reports cited in the
# table", "claims of 300 dead", "reports say"
_NOUN_NEXT = frozenset("of from in on about by were are have had say said says suggest suggested indicate "
                       "indicated show showed put circulated emerged".split())
_NOUN_OR_VERB = frozenset("reports claims states comments quotes".split())


_DOCUMENT_BY = re.compile(
    r"\s+(?:a|an|the|its|un|una|el|la|su)\s+(?:\d{4}\s+)?(?:[^\W\d_]+\s+){0,2}?"
    r"(?:report|study|survey|count|census|investigation|estimate|analysis|review|tally|inquiry|audit|statement|"
    r"informe|estudio|recuento|censo|investigaci[oó]n|balance|an[aá]lisis|reporte|comunicado)\s+"
    r"(?:by|from|of|de|del)\s+", re.I)
_AGENT_AFTER = re.compile(r"\s+(?:(?:to|at|a|en|hasta)\s+(?:about\s+|some\s+|unos\s+|unas\s+)?[\d][\d.,]*"
                          r"(?:\s+(?:million|millones|thousand|mil))?\s+)?(?:by|por)\s+", re.I)
_BETWEEN_AUX = frozenset("later initially first then also officially subsequently eventually since "
                         "luego despues inicialmente posteriormente tambien oficialmente".split())


def _agent(sentence: str, match: re.Match) -> Attribution | None:
    """The agent of a passive report: "the figure was later raised to 25,000 by the government",
    "fue elevada a 300 por el ministerio" -> the government, the ministry."""
    if not fold_word(match.group()).endswith(("ed", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")):
        return None
    before = _tokens(sentence, max(0, match.start() - 40), match.start())
    while before and (fold_word(before[-1][0]) in _BETWEEN_AUX or _ADVERB.search(fold_word(before[-1][0]))):
        before = before[:-1]
    if not before or fold_word(before[-1][0]) not in _PASSIVE_BEFORE:
        return None
    by = _AGENT_AFTER.match(sentence, match.end())
    if by is None:
        return None
    found = _forwards(sentence, by.end())
    if not _usable(found) or not _can_state(found.who, match.group()):
        return None                                    # "recorded by seismographs": no one states it
    return Attribution(found.who, match.start(), found.end, False)


# "declared a state of emergency", "declaró el estado de excepción": an act, not a statement
_DECLARED_STATE = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:national\s+|nacional\s+)?(?:state|estado|emergencia|"
                             r"emergency|curfew|toque|alerta|alert|days?|d[ií]as?|war|guerra|mourning|duelo)\b", re.I)


# verbs that also tell of things that do not speak ("the storm gave 300 mm", "the town registered
# 1,500 births"): their subject states a figure only when it is a name, a body or a role
_WEAK_VERBS = frozenset("gave put puts found finding recorded registered counted calculated assessed published "
                        "released described noted asked requested raised lowered revised registro".split())
_BODIES = frozenset(
    "government gobierno ministry ministerio army ejercito military police policia agency agencia company empresa "
    "council consejo committee comite commission comision court tribunal office oficina department departamento "
    "hospital hospitals service servicio authorities autoridades officials organisation organization organizacion "
    "union sindicato group grupo institute instituto survey center centre centro bureau mayor alcaldia municipality "
    "municipio administration administracion secretariat secretaria prosecutor fiscalia red cross cruz roja "
    "coast guard guardia navy armada press prensa newspaper periodico diario media team equipo rescuers bomberos "
    "investigators inspectors observers monitors".split())


def _can_state(who: str, verb: str) -> bool:
    """Whether ``who`` can be the one who states a figure with ``verb``."""
    if fold_word(verb.split()[0]) not in _WEAK_VERBS or who[:1].isupper():
        return True
    last = fold_word(who.split()[-1])
    return last in _BODIES or last in _ROLES or last in _COLLECTIVE


def _plural_noun(sentence: str, match: re.Match) -> bool:
    """"the individual national reports cited below": a plural noun, not a verb in the present."""
    if fold_word(match.group()) not in _NOUN_OR_VERB:
        return False
    after = _tokens(sentence, match.end(), min(len(sentence), match.end() + 30))
    if not after or not after[0][0][:1].isalpha():
        # "reports 300 dead", "states: 40 died" are verbs; "the claims." ends a noun phrase
        return not after or not (after[0][0][:1].isdigit() or after[0][0] in (",", ":", "\"", "“"))
    word = fold_word(after[0][0])
    return word in _NOUN_NEXT or word.endswith("ed") and after[0][0].islower()


def _passive(sentence: str, match: re.Match) -> bool:
    """"was reported to have", "the funds requested had been": the verb has no subject that
    speaks (a passive without "by", or a participle after its noun)."""
    before = _tokens(sentence, max(0, match.start() - 30), match.start())
    after = _tokens(sentence, match.end(), min(len(sentence), match.end() + 30))
    word_before = fold_word(before[-1][0]) if before else ""
    if word_before == "se":                            # "se registró", "se informó": no one speaks
        return not (after and fold_word(after[0][0]) == "por")
    if word_before in _PASSIVE_BEFORE and fold_word(match.group()).endswith(("ed", "ado", "ada", "ados", "adas",
                                                                        "ido", "ida", "idos", "idas")):
        return not (after and fold_word(after[0][0]) in ("by", "por"))
    return bool(after) and fold_word(after[0][0]) in _AFTER_PARTICIPLE and fold_word(match.group()).endswith("ed")


def _usable(a: Attribution | None) -> TypeGuard[Attribution]:
    if a is None:
        return False
    low = fold_word(a.who)
    if low.split()[:1] in (["en"], ["in"]) and a.who[:1].isupper():
        return False                                   # "En Colima reportó 153 viviendas": a place, no one
    if len(low.split()) > 1 and low.split()[0] in _PRONOUNS and a.who[:1].islower():
        return False                                   # 'said he saw "three or four"': the one named before
    return (bool(low) and low not in _PRONOUNS and low not in _NOT_NAMES and low not in _WEEKDAYS
            and any(c.isalpha() for c in low) and not all(w in _VAGUE for w in low.split()))


# "tanto los promotores como la Generalidad ..., si bien los primeros anunciaron": the first of the pair
_PAIR = re.compile(r"\b(?i:tanto|both)\s+((?:[^\W\d_]+\s+){0,4}?[^\W\d_]+)\s+(?:como|and)\s+"
                   r"((?:el |la |los |las |the )?[^\W\d_]+(?:\s+(?:de|del|of|la|el|[A-ZÁÉÍÓÚÑ][^\W\d_]*)\b){0,5})")
_FORMER = frozenset({"primeros", "primeras", "former", "the former"})
_LATTER = frozenset({"segundos", "segundas", "latter", "the latter", "ultimos", "ultimas", "estos ultimos",
                     "estas ultimas", "este ultimo", "esta ultima"})


def _one_of_pair(who: str, sentence: str, at: int) -> str:
    """"los primeros", "the latter": the first or the second of a pair named before in the sentence."""
    low = " ".join(fold_word(w) for w in who.split())
    if low not in _FORMER and low not in _LATTER:
        return who
    pair = _PAIR.search(sentence, 0, at)
    if pair is None:
        return who
    name = pair.group(1 if low in _FORMER else 2).split()
    if name and fold_word(name[0]) in _ARTICLES:
        name = name[1:]
    return " ".join(name) or who


# demonyms whose country is not the demonym less a suffix
_DEMONYMS = {"french": "France", "british": "United Kingdom", "dutch": "Netherlands", "american": "United States",
             "filipino": "Philippines", "philippine": "Philippines", "burmese": "Myanmar", "salvadoran": "El Salvador",
             "salvadorean": "El Salvador", "swiss": "Switzerland", "greek": "Greece", "thai": "Thailand",
             "afghan": "Afghanistan", "welsh": "Wales", "scottish": "Scotland", "irish": "Ireland", "danish": "Denmark",
             "swedish": "Sweden", "finnish": "Finland", "polish": "Poland", "spanish": "Spain", "turkish": "Turkey"}
_GOVERNMENT = re.compile(r"(?:the\s+)?([A-Z][a-z]+)\s+government$")


def _country_of_demonym(word: str) -> str | None:
    """"Pakistani" -> "Pakistan", "Haitian" -> "Haiti", "Mexican" -> "Mexico"; None when no
    country reads so."""
    low = word.lower()
    if low in _DEMONYMS:
        return _DEMONYMS[low]
    for candidate in (word, word[:-1], word[:-2], word[:-2] + "o", word[:-3], word[:-3] + "a", word[:-4],
                      word[:-3] + "y", word + "y", word[:-1] + "a"):
        found = places_in(candidate) if len(candidate) > 2 else []
        if len(found) == 1 and len(found[0][0]) == 2 and found[0][1] == candidate:
            return candidate
    return None


def _government_of(who: str) -> str:
    """"Pakistani government" -> "Government of Pakistan", as the government of a country is named."""
    match = _GOVERNMENT.fullmatch(who)
    country = _country_of_demonym(match.group(1)) if match else None
    return f"Government of {country}" if country else who


def attributions(sentence: str) -> list[Attribution]:
    """Every attribution in a sentence, in order; ``who`` is "" where someone unnamed speaks
    ("other estimates put the toll at 1,833")."""
    out = []
    for a in _attributions(sentence):
        who = _one_of_pair(_person(_trim(a.who, a.before)), sentence, a.start) if a.who else ""
        who = _government_of(who) if who.endswith("government") else who
        if not who and not a.who or _usable(Attribution(who, a.start, a.end, a.before)):
            out.append(Attribution(who, a.start, a.end, a.before))     # "" : an unnamed speaker
    return out


_DATA_NOUNS = frozenset("figures data statistics estimates a cifras datos estadisticas estimaciones un".split())
_POSSESSIVE = re.compile(r"(?:['’]s?)\s+(?:own\s+|official\s+|latest\s+|final\s+|initial\s+)?"
                         r"(?:estimates?|figures?|count|tally|toll|death toll|numbers?|data|statistics|report)\b")


_FIGURE_NEXT = re.compile(r"\s*,?\s*(?:of|at|was|is|stood at|reached|rose to|put at|"
                          r"puts? (?:it|the \w+(?: \w+)?) at)?\s*"
                          r"(?:(?:more than|at least|about|around|some|over|nearly|almost|roughly|just)\s+)?"
                          r"[\d$€£]", re.I)


def _subjects_of(sentence: str, pattern: re.Pattern, keep) -> list[Attribution]:
    """The subject before each match of ``pattern`` that ``keep(match, subject)`` accepts."""
    out = []
    for match in pattern.finditer(sentence):
        subject = _backwards(sentence, match.start())
        if subject is not None and keep(match, subject):
            out.append(Attribution(subject.who, subject.start, match.end(), True))
    return out


def _possessives(sentence: str) -> list[Attribution]:
    """"the Red Cross's estimate of 300", "Amnesty International's figures": the owner counts
    (not "the government's death toll may have been...": no figure follows)."""
    return _subjects_of(sentence, _POSSESSIVE, lambda match, subject: subject.who[:1].isupper() and bool(
        _FIGURE_NEXT.match(sentence, match.end())))


# "the Associated Press quoted police as saying", "AP reports Lassegue as commenting"
_RELAYED = re.compile(r"\s*,?\s+as (?:saying|stating|telling|commenting|claiming|reporting|confirming|estimating)\b")
_RELAY_VERBS = frozenset("quoted quotes reported reports cited cites".split())


def _relayed(sentence: str, match: re.Match) -> Attribution | None:
    """The one a relay quotes: "the AP quoted police as saying 12 were arrested" -> police."""
    if fold_word(match.group()) not in _RELAY_VERBS:
        return None
    found = _forwards(sentence, match.end())
    if not _usable(found):
        return None
    said = _RELAYED.match(sentence, found.end)
    return Attribution(found.who, match.start(), said.end(), False) if said else None


def _cited(out: list[Attribution], sentence: str) -> list[Attribution]:
    """"Reuters reported, citing the health ministry": the one cited states the figure, the wire
    relays it (a cited name only; "citing local officials" leaves the wire)."""
    merged: list[Attribution] = []
    for a in sorted(out, key=lambda a: a.start):
        if (merged and a.who and not any(fold_word(w) in _PRONOUNS | _VAGUE for w in a.who.split())
                and sentence[a.start:a.start + 8].lower().startswith(("citing", "quoting"))
                and (merged[-1].start <= a.start < merged[-1].end      # "AP, citing X, reported"
                     or not sentence[merged[-1].end:a.start].strip(" ,"))):  # "AP reported, citing X"
            prev = merged.pop()
            a = Attribution(a.who, prev.start, a.end, prev.before)
        merged.append(a)
    return merged


def _attributions(sentence: str) -> list[Attribution]:
    found = _scan_attributions(sentence)
    return _cited(found, sentence) if "citing" in sentence or "quoting" in sentence else found


# "the National Park Service issued an estimate of about 400,000": the one who gives the estimate
_GAVE_ESTIMATE = re.compile(
    r"\b(?:issued|issues|gave|gives|released|releases|published|publishes|provided|provides|offered|offers|"
    r"produced|made|dio|dieron|entreg[oó]|public[oó]|difundi[oó]|ofreci[oó])\s+(?:an?|the|its|their|una?|su|sus)\s+"
    r"(?:(?:official|new|initial|revised|final|preliminary|own|first|oficial|nueva|nuevo|primera|primer)\s+)?"
    r"(?:estimates?|figures?|count|tally|toll|death toll|number|estimaci[oó]n|cifra|balance|recuento)\b", re.I)


def _gave_estimates(sentence: str) -> list[Attribution]:
    return _subjects_of(sentence, _GAVE_ESTIMATE, lambda match, subject: _usable(subject) and (
        subject.who[:1].isupper() or _can_state(subject.who, "gave")))


def _scan_attributions(sentence: str) -> list[Attribution]:
    out: list[Attribution] = _possessives(sentence) if "'" in sentence or "’" in sentence else []
    out.extend(_gave_estimates(sentence))
    covered = 0
    for match in _TRIGGER.finditer(sentence):
        if match.start() < covered:
            continue                                   # "según informó el Ministerio": one attribution
        if match.group("verb") and match.group()[0].isupper() and match.start() > 0:
            continue                                   # "the Guinness World Records": a name, not a verb
        relayed = _relayed(sentence, match) if match.group("verb") else None
        if relayed is not None:
            out.append(relayed)
            covered = relayed.end
            continue
        if match.group("phrase"):
            document = _DOCUMENT_BY.match(sentence, match.end())   # "according to a 2010 report by X"
            found = _forwards(sentence, document.end()) if document else None
            if not _usable(found):
                found = _forwards(sentence, match.end())          # "según el censo de 2010"
            noun = fold_word(match.group().split()[0]) in _DATA_NOUNS
            if _usable(found) and not (noun and not found.who[:1].isupper()):   # not "cifras de asistencia"
                out.append(Attribution(found.who, match.start(), found.end, False))
                covered = found.end
            continue
        agent = _agent(sentence, match) if match.group("verb") else None
        if agent is not None:
            out.append(agent)                          # "the toll was later revised by the government to 220"
            covered = agent.end
            continue
        if (_passive(sentence, match) or _after_article(sentence, match) or _plural_noun(sentence, match)
                or fold_word(match.group()).startswith("declar") and _DECLARED_STATE.match(sentence, match.end())):
            continue
        subject = _backwards(sentence, match.start())
        if _usable(subject) and _can_state(subject.who, match.group()):
            out.append(Attribution(subject.who, subject.start, match.end(), True))
            continue
        vague = [fold_word(tok) for tok, _, _ in _tokens(sentence, max(0, match.start() - 40), match.start())][-3:]
        while vague and vague[0] not in _VAGUE:
            vague = vague[1:]
        if vague and all(w in _VAGUE for w in vague) and not (subject is not None and subject.who[:1].isupper()
                                                               and fold_word(subject.who) not in _VAGUE):
            # "other estimates put the toll at 1,833": someone speaks, and the text does not say who
            out.append(Attribution("", match.start(), match.end(), True))
            continue
        # '"...", said the minister', '..., dijo el ministro de Defensa'
        before = sentence[:match.start()].rstrip()
        if before.endswith((",", "\"", "”", "»", "'")):
            found = _forwards(sentence, match.end())
            if _usable(found):
                out.append(_named_person(sentence, Attribution(found.who, match.start(), found.end, False)))
    return out


def is_pronoun_subject(sentence: str) -> bool:
    """"He said ...", "Ella afirmó": the claimant is the one named before."""
    for match in _TRIGGER.finditer(sentence):    # "Of the deaths, 17,388 were reported in Kashmir, he said."
        if match.group("phrase"):
            return False
        toks = _tokens(sentence, max(0, match.start() - 40), match.start())
        if toks and fold_word(toks[-1][0]) in _PRONOUNS:
            return True
    return False


_CLAUSE_BREAK = re.compile(r",\s*(?:while|whereas|but|although|mientras(?: que)?|pero|aunque|en tanto que)\b|;", re.I)


def claimant_for(found: list[Attribution], start: int, end: int, slug, sentence: str = "") -> Attribution | None:
    """The attribution that governs a number at [start, end): the nearest one, a wire agency
    only when the sentence names no one else."""
    if not found:
        return None
    def distance(a: Attribution) -> tuple[bool, int, bool]:
        if a.end <= start:
            gap = start - a.end
        elif a.start >= end:
            gap = a.start - end
        else:
            gap = 0
        # "Human rights groups put the dead at 3,000, while the army said 150": a clause apart
        lo, hi = (a.end, start) if a.end <= start else (end, a.start)
        return bool(sentence and _CLAUSE_BREAK.search(sentence, lo, max(lo, hi))), gap, slug(a.who) in WIRE_AGENCIES

    best = min(found, key=distance)
    if sentence and best.start >= end and ";" in sentence[end:best.start]:
        clause_end = sentence.find(";", best.end)
        if re.search(r"\d", sentence[best.end:clause_end if clause_end >= 0 else len(sentence)]):
            return None                                # "fired 1,100 rounds; the police found 23 firearms"
    return best if best.who else None


# roles a person holds (not "newspaper", "agency"): "the minister" can be named elsewhere
_PERSON_ROLES = _ROLES - _MEDIA_ROLES
_NAME_AFTER_ROLE = r"\s+((?:[A-ZÁÉÍÓÚÑ][\w'’-]+\s+){0,3}[A-ZÁÉÍÓÚÑ][\w'’-]+)"


def role_holder(claimant: str | None, nearby: list[str]) -> str | None:
    """The person who holds the role a claimant names, as the sentences around name them: "the
    Communications Minister states ..." then "Minister Marie-Laurence Lassegue commented" ->
    "Marie-Laurence Lassegue"; None when the claimant is not a role or no one is named with it."""
    words = (claimant or "").split()
    if not words or fold_word(words[-1]) not in _PERSON_ROLES:
        return None
    pattern = re.compile(rf"\b(?i:{re.escape(words[-1])}){_NAME_AFTER_ROLE}")
    for text in nearby:
        for match in pattern.finditer(text):
            name = match.group(1).split()
            if fold_word(name[0]) in _WEEKDAYS or fold_word(name[0]) in _ROLES or _TRIGGER.fullmatch(name[0]):
                continue
            return " ".join(name)
    return None


_ORGANISED = re.compile(r"\b(?:launched|organi[sz]ed|called|convened|staged|"
                        r"convoc[oó]|convocaron|organiz[oó]|organizaron)\b"
                        r"(?:\s+[^\W\d_]+){0,4}?\s+(?:march|marches|protest|protests|rally|rallies|demonstration|"
                        r"demonstrations|strike|sit-in|marcha|marchas|protesta|protestas|manifestaci[oó]n|"
                        r"manifestaciones|concentraci[oó]n|huelga|paro)\b", re.I)
ORGANISERS = frozenset({"organisers", "organizers", "organizadores", "the organisers", "the organizers",
                        "los organizadores", "march organizers", "march organisers"})


def organiser_in(sentence: str) -> str | None:
    """Who calls the march a sentence tells of: "The Civil Human Rights Front (CHRF), a platform
    for 50 groups, launched its first protest march" -> "Civil Human Rights Front"; the one
    "organisers" means later in the article."""
    match = _ORGANISED.search(sentence)
    if match is None:
        return None
    subject = _backwards(sentence, match.start())
    if subject is None or not subject.who[:1].isupper() or not _usable(subject):
        return None
    before = [fold_word(tok) for tok, _, _ in _tokens(sentence, max(0, subject.start - 12), subject.start)]
    if before and before[-1] in _ARTICLES:
        before = before[:-1]
    if before and before[-1] in ("by", "por"):
        return None                                    # "kidnapped by Chinese agents ...": an agent, not who called it
    return _person(_trim(subject.who))
