"""A body's name without the place the text names it with.

News copy names a body with its country or its seat: "Indonesia's BNPB disaster agency", "the
Conred agency in Guatemala", "el Servicio Senamhi en Perú". The claimant is the body; the country
or town is where it sits (a place of the sentence, read as such elsewhere), not part of its name.
A place the name itself holds stays: "el Instituto Geofísico del Perú", "the Government of
Pakistan" ("of", "de": the name's own words), "the U.S. Embassy in Kabul", "la Delegación del
Gobierno en Cataluña" (a seat: an embassy, a delegation is named by where it is). A state's organ
named by what it does keeps its country ("Peru's Health Ministry": every state has one), and so
does any body whose name is generic, common words that would name a body in any country ("Peru's
National Meteorological Service" and "Ecuador's ..." are two claimants, as "el Servicio Nacional de
Meteorología de Perú" and "... de Ecuador" are), written one way however the text gives the
country: "National Meteorological Service (Peru)" for "Peru's ..." and "... in Peru"; a name of its
own drops it ("Indonesia's BNPB disaster agency" -> "BNPB disaster agency").
An acronym's possessive before a description is the acronym: "the U.N.'s refugee agency" -> "U.N.
refugee agency" (not "U.N.'s": a slug "un-s-refugee-agency").
"""
from __future__ import annotations

import re

from reconcile.extract.places import places_in
from reconcile.extract.speakers import _country_of_demonym
from reconcile.quantities.lexicon import fold_word

__all__ = ["body_name", "clips", "long_name_in", "spells"]

# the head nouns of a body's name: "Institute", "Bureau", "Servicio"
_BODY_HEADS = frozenset(
    "institute institution bureau service agency survey office ministry department authority commission committee "
    "council centre center organisation organization observatory administration force police guard army "
    "network society foundation federation association secretariat directorate board corps utility company "
    "instituto servicio agencia oficina ministerio departamento autoridad comision comite consejo centro "
    "organizacion observatorio administracion fuerza policia guardia ejercito red sociedad fundacion "
    "federacion asociacion secretaria direccion junta cuerpo empresa".split())
# bodies named by where they sit: "the U.S. Embassy in Kabul", "la Delegación del Gobierno en Cataluña"
_SEATS = frozenset("embassy embajada consulate consulado delegation delegacion mission mision government gobierno "
                   "branch sede chapter".split())
_POSSESSIVE_ENDS = ("'s", "’s")
# a place named by a common noun, whose body a possessive names: "the country's disaster agency"
_PLACE_NOUNS = frozenset("country nation city state province region island town capital".split())
_ORGANISERS = frozenset("organisers organizers organizadores organizadoras".split())
# organs every state has, named by what they do: "Peru's Health Ministry" is Peru's, kept whole
_STATE_ORGANS = frozenset("ministry ministerio department departamento police policia army ejercito force fuerza "
                          "guard guardia navy armada military government gobierno".split())


# the common words of bodies' names besides their head nouns: the fields they serve and the words
# that qualify them ("National Hurricane Center", "Civil Defence", "Gestión de Riesgos")
_FIELD_WORDS = frozenset(
    "health disaster disasters emergency emergencies weather fire rescue water earthquake hurricane storm flood "
    "risk risks civil defense defence protection security interior foreign affairs environment statistics "
    "census energy transport education justice interior weather climate ocean oceanic marine coast coastal "
    "search relief aid red cross crescent state federal public people's "
    "salud desastre desastres emergencia emergencias tiempo fuego bomberos rescate agua terremoto huracan "
    "tormenta riesgo riesgos civil defensa proteccion seguridad interior exteriores ambiente medio estadistica "
    "estadisticas censos energia transporte educacion justicia clima mar costa busqueda ayuda cruz roja "
    "media luna estado publica publico".split())
# the suffixes of the common adjectives and nouns of such names, whole, so that a name of its own
# that merely ends alike is no common word ("Sedapal", "Aguandia", "Orion"): "National",
# "Meteorological", "Federal", "Municipal", "Environmental", "Seismic", "Volcanology", "Management",
# "Region", "Nacional", "Geológico", "Prevención", "Región", "Seguridad"
_FIELD_ENDINGS = ("ical", "onal", "ral", "tal", "cial", "rial", "ipal", "ic", "ics", "logy", "tion", "tions",
                  "sion", "sions", "gion", "gions", "ment", "ments", "ance", "ence", "ity", "ary", "ory",
                  "ico", "ica", "icos", "icas", "cion", "ciones", "siones", "giones", "idad",
                  "ario", "aria", "ista", "ismo")
# the Spanish nouns in "-ía" keep their accent: "Meteorología", "Sismología", "Fiscalía" (not
# "Aguandia", a name), or are a field's by their root ("Meteorologia", "Geografia")
_FIELD_IA = ("logia", "grafia", "nomia", "metria")
_JOIN_WORDS = frozenset("of for the and on de del la las los el y e para".split())


def _generic(words: list[str]) -> bool:
    """Whether ``words``, a body's name, are common words only, that would name a body in any
    country ("National Meteorological Service", "Instituto Nacional de Defensa Civil"), not a name
    of its own ("BNPB disaster agency", "Copeco"): heads, the fields served, their adjectives."""
    for word in words:
        bare = fold_word(word.strip(".,;:()"))
        if _acronym(word) or not bare.isalpha():
            return False
        if not (bare in _JOIN_WORDS or bare in _BODY_HEADS or bare in _STATE_ORGANS or bare in _FIELD_WORDS
                or bare.endswith(_FIELD_ENDINGS + _FIELD_IA) or word.lower().endswith("ía")):
            return False
    return True


def _a_place(words: list[str]) -> bool:
    """Whether ``words`` are one place's name and nothing else ("Italy", "New Zealand", "the Philippines")."""
    text = " ".join(words)
    found = places_in(text)
    return len(found) == 1 and found[0][1] == text.removeprefix("the ").removeprefix("The ")


def _acronym(word: str) -> bool:
    bare = word.replace(".", "")
    return 2 <= len(bare) <= 8 and bare.isalpha() and bare.isupper()


def _names_a_body(words: list[str]) -> bool:
    return any(fold_word(w) in _BODY_HEADS for w in words)


# a body's common noun that points back at one named before: "... de la entidad", "... of the agency"
_ANAPHOR_NOUNS = frozenset("entidad institucion organismo agency entity institution body".split())
# what organisers organise that is no group: "Organizers of the Great March", "organizadores de la Marcha"
_EVENT_NOUNS = frozenset("march marches marcha marchas protest protests protesta protestas rally rallies "
                         "demonstration manifestacion manifestaciones concentracion concentraciones strike huelga "
                         "parade desfile festival event evento movilizacion caminata vigil vigilia".split())


def _names_an_event(words: list[str]) -> bool:
    return any(fold_word(w) in _EVENT_NOUNS for w in words)


# what a news outlet is, after its own name and a word that describes it: "the state-run Xinhua news agency" (not
# "Iranian television", "The Guardian newspaper": no descriptor, the name as it stands)
# (not "agency" alone: "the UN refugee agency" is a body, not an outlet)
_MEDIA_NOUNS = frozenset({"news agency", "newspaper", "daily", "broadcaster", "channel", "television", "tv", "radio",
                          "network", "tabloid", "weekly", "news channel", "news network", "news website"})


#: who writes a document: a body, or a government ("reporte del gobierno de la provincia")
_AUTHORS = _BODY_HEADS | frozenset("government gobierno alcaldia municipalidad municipio gobernacion prefectura "
                                   "ayuntamiento".split())
#: a document a body wrote, named before its author ("reporte del gobierno", "informe de la ONU")
_DOCUMENT_NOUNS = frozenset("reporte reportes informe informes comunicado boletin balance report reports statement "
                            "bulletin study estudio".split())


def body_name(name: str) -> str:
    """``name`` without the country or town it is given with, when the rest is a name of its own:
    "Indonesia's BNPB disaster agency" -> "BNPB disaster agency", "Servicio Senamhi en Perú" ->
    "Servicio Senamhi", "U.N.'s refugee agency" -> "U.N. refugee agency"; a generic name with its
    country after it ("Italy's National Institute of Geophysics" -> "National Institute of
    Geophysics (Italy)"); any other name as it is."""
    words = name.split()
    if len(words) < 2:
        return name
    if len(words) > 2 and fold_word(words[0]) in _DOCUMENT_NOUNS and fold_word(words[1]) in ("de", "del", "of"):
        # "reporte del gobierno de la provincia Buenos Aires", "report of the ministry": the author, not the document
        rest = words[3:] if fold_word(words[2]) in ("la", "el", "los", "las", "the") and len(words) > 3 else words[2:]
        if rest[0][:1].isupper() or any(fold_word(w) in _AUTHORS for w in rest):   # (not "el boletín del mediodía")
            return body_name(" ".join(rest))
    if len(words) > 4 and fold_word(words[-3]) in ("de", "del", "of") and fold_word(words[-2]) in ("la", "el", "the") \
            and fold_word(words[-1]) in _ANAPHOR_NOUNS and words[0][:1].isupper():
        # "la Dirección de Monitoreo de Eventos Adversos de la entidad": of the body named before, no more name
        return body_name(" ".join(words[:-3]))
    if len(words) > 2 and fold_word(words[0]) in _ORGANISERS and fold_word(words[1]) in ("of", "de", "del") and \
            not _names_a_body(words[2:]) and (_names_an_event(words[2:]) or not words[2][:1].isupper()):
        return words[0]                                # "Organizers of the Great March": the organisers
    if len(words) > 2 and fold_word(words[0]) in _ORGANISERS and fold_word(words[1]) in ("de", "del", "of") and \
            words[2][:1].isupper() and all(w[:1].isupper() or fold_word(w) in _SMALL for w in words[2:]):
        return " ".join(words[2:])                     # "los organizadores de Fridays For Future": the group
    owner = next((k for k, w in enumerate(words[:-1]) if w.endswith(_POSSESSIVE_ENDS)), None)
    if owner is not None:
        rest = words[owner + 1:]
        whose = words[:owner] + [words[owner][:-2]]
        country = _country_of_demonym(whose[-2]) if len(whose) == 2 and fold_word(whose[1]) == "government" else None
        if country and rest[0][:1].isupper():
            return body_name(" ".join([f"{country}'s", *rest]))   # "Libyan government's Ministry": Libya's
        if owner == 0 and fold_word(whose[0]) in _PLACE_NOUNS and _names_a_body(rest):
            return " ".join(rest)                      # "the country's disaster agency": the agency
        if _names_a_body(rest) and rest[0][:1].isupper() and _a_place(whose) and not any(
                fold_word(w) in _STATE_ORGANS for w in rest):
            if _generic(rest):                         # "National Weather Service (Peru)"
                return _with_country(rest, whose)
            return body_name(" ".join(rest))          # "Indonesia's BNPB disaster agency": the agency
        if owner == 0 and _acronym(whose[0]) and all(w.islower() for w in rest) and _names_a_body(rest):
            return " ".join(whose + rest)              # "U.N.'s refugee agency" -> "U.N. refugee agency"
        if _a_place(whose) and _acronym(rest[0]):
            return body_name(" ".join(rest))          # "Israel's COGAT", "Peru's Sutran": a name of its own
        if _a_place(whose) and len(rest) >= 2 and all(w.islower() for w in rest[:-1]) and rest[-1][:1].isupper():
            return rest[-1]                            # "Peru's transport regulator Sutran": the body's own name
        return name
    caps = [k for k, w in enumerate(words) if w[:1].isupper()]
    if caps and caps[0] > 0 and caps == list(range(caps[0], caps[-1] + 1)) and caps[-1] + 1 < len(words) and \
            all(w.islower() for w in words[:caps[0]]) and " ".join(words[caps[-1] + 1:]) in _MEDIA_NOUNS:
        return " ".join(words[caps[0]:caps[-1] + 1])   # "state-run Xinhua news agency": Xinhua
    if all(w.islower() for w in words[:-1]) and words[-1][:1].isupper() and \
            fold_word(words[-2]) not in _SMALL and not _a_place(words[-1:]):
        return words[-1]                               # "regulador de transporte peruano Sutran": the name
    at = next((k for k, w in enumerate(words) if k >= 2 and fold_word(w) in ("in", "en")), None)
    if at is None or at + 1 >= len(words):
        return name
    body, where = words[:at], words[at + 1:]
    if where and fold_word(where[0]) in ("the", "el", "la"):
        where = where[1:]
    if not where or not body[0][:1].isupper() or not _names_a_body(body) or any(
            fold_word(w) in _SEATS for w in body) or not _a_place(where):
        return name
    if _generic(body):
        return _with_country(body, where)              # "Hydrological Service (Peru)"
    return " ".join(body)                              # "the Conred Agency in Guatemala": the agency


def _with_country(body: list[str], where: list[str]) -> str:
    """A generic body's name with the country it is given with, one way however the text gives it:
    "Peru's National Weather Service", "the National Weather Service in Peru" -> "National Weather
    Service (Peru)"; "el Servicio Sismológico en Chile" -> "Servicio Sismológico (Chile)"."""
    return f"{' '.join(body)} ({' '.join(where)})"


# the small words of a name an acronym may leave out: "United Nations Office for the Coordination of ..."
_SMALL = frozenset("of for the and on de del la las los el y e para en in".split())
_WORD = r"(?:(?:[A-Z]\.){2,}|[A-ZÁÉÍÓÚÑ][\w'’-]*)"          # "U.S.", "Geological"
_PROPER_RUN = re.compile(rf"{_WORD}(?:\s+(?:(?:of|for|the|and|on|de|del|la|las|los|el|y|para|en)\s+){{0,2}}"
                         rf"{_WORD}){{1,9}}")


def _initials(word: str) -> str:
    """"Geological" -> "g"; "U.S." -> "us" (a word of initials gives them all)."""
    if re.fullmatch(r"(?:[A-Za-z]\.)+", word):
        return word.replace(".", "")
    return fold_word(word)[:1]


def spells(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is the initials of ``name``: "USGS" of "United States Geological Survey",
    "OMS" of "Organización Mundial de la Salud", "MSF" of "Médecins Sans Frontières" (small words
    may be left out or kept: "INE" of "Instituto Nacional de Estadística")."""
    letters = acronym.replace(".", "").upper()
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if not _acronym(acronym) or len(words) < 2:
        return False
    big = "".join(_initials(w) for w in words if fold_word(w) not in _SMALL).upper()
    every = "".join(_initials(w) for w in words).upper()
    return letters in (big, every)


def clips(short: str, name: str) -> bool:
    """Whether ``short``, one word written in title case, is made of the starts of ``name``'s
    words, in order: the short forms Spanish and British copy write as words, "Copeco" of
    "Comisión Permanente de Contingencias", "Minsa" of "Ministerio de Salud", "Indeci" of
    "Instituto Nacional de Defensa Civil", "Fema" of "Federal Emergency Management Agency". The
    first word gives the first letters; a later word may give none; two words at least give some."""
    if not re.fullmatch(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,7}", short):
        return False
    letters = fold_word(short)
    words = [fold_word(w) for w in re.split(r"[\s-]+", name) if w and fold_word(w) not in _SMALL]
    if len(words) < 2:
        return False

    def fits(i: int, j: int, used: int) -> bool:
        if i == len(letters):
            return used >= 2
        if j == len(words):
            return False
        if j > 0 and fits(i, j + 1, used):      # a word that gives no letter ("Nacional" in "Indeci")
            return True
        word = words[j]
        k = 1
        while k <= len(word) and i + k <= len(letters) and word[:k] == letters[i:i + k]:
            if fits(i + k, j + 1, used + 1):
                return True
            k += 1
        return False

    return fits(0, 0, 0)


def long_name_in(acronym: str, text: str) -> str | None:
    """The one proper name ``text`` gives whose initials ``acronym`` is ("the United States
    Geological Survey ... the USGS"), or None when there is none or several."""
    if not _acronym(acronym):
        return None
    found = set()
    for match in _PROPER_RUN.finditer(text):
        words = match.group().split()
        # the longest tail of the run the acronym spells: "Yesterday the World Health Organization"
        for k in range(len(words) - 1):
            tail = " ".join(words[k:])
            if words[k][:1].isupper() and fold_word(words[k]) not in _SMALL and spells(acronym, tail):
                found.add(tail)
                break
    return found.pop() if len(found) == 1 else None
