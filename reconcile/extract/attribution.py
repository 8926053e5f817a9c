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
``organiser_in`` names, from the sentence, the body that called a march; ``claimant_for`` picks
the attribution that governs a number (not across a clause with a figure of its own, nor from
inside an aside); ``figure_credit`` reads a credit in the next sentence. Reading the name from a
verb is ``reconcile.extract.reading``; how the words read become a name (titles, roles, bodies)
is ``reconcile.extract.speakers``.
"""
from __future__ import annotations

import re

from reconcile.extract.attr_clauses import measures_a_thing, opens_later_clause, speaks_after_coordinated_figure
from reconcile.extract.attr_frames import by_a_means, in_fronted_clause
from reconcile.extract.attr_joint import joint_sources, named_of_joint
from reconcile.extract.attr_names import body_name
from reconcile.extract.attr_official import (bracket_credits, label_credit, label_end, official_name,
                                             official_tally, opening_official)
from reconcile.extract.fields import places_in
from reconcile.extract.reading import ADVERB, read_backwards, read_forwards
from reconcile.extract.speakers import (ARTICLES, COLLECTIVE, POSSESSIVES, PRONOUNS, ROLES, SPEAKING, TRIGGER,
                                        UNNAMED, VAGUE, WEAK_VERBS, WIRE_AGENCIES, Attribution, anaphoric_body,
                                        can_state, government_of, is_outlet, named_person, one_of_pair,
                                        possessed_body, role_holder, tokens, trim_name, usable, without_role)
from reconcile.quantities.lexicon import WORDS, fold_word

__all__ = ["Attribution", "attributions", "claimant_for", "figure_credit", "organiser_in", "role_holder",
           "ORGANISERS", "WIRE_AGENCIES"]
# "was reported to have", "fue informado": a passive verb without "by" names no claimant
_PASSIVE_BEFORE = frozenset("was were is are be been being fue fueron es son sido".split())
# "the funds requested had been received": a participle after its noun, not the verb of a claimant
_AFTER_PARTICIPLE = frozenset("had has have was were is are will would could may might".split())


# verbs in the present plural that are also nouns ("the state of Bihar", "a report"): a verb
# only after a plural subject, never after an article or a determiner, nor before "of"
_PLURAL_PRESENT = frozenset("state report announce confirm".split())
_NOT_SUBJECT_END = frozenset("the a an this that its their his her our of in on by to for with new same whole "
                             "final latest first".split())


def _after_article(sentence: str, match: re.Match) -> bool:
    """"la cifra de asistentes", "the estimates": a noun, not a verb."""
    if match.group().endswith(("ó", "aron", "ieron")):
        return False                                   # "la rebajó", "lo cifraron": a pronoun, then the verb
    before = tokens(sentence, max(0, match.start() - 12), match.start())
    if match.group() in _PLURAL_PRESENT:
        after = tokens(sentence, match.end(), min(len(sentence), match.end() + 6))
        return not before or fold_word(before[-1][0]) in _NOT_SUBJECT_END or (
            bool(after) and fold_word(after[0][0]) in ("of", "on", "by", "from", "for", "was", "is", "has"))
    if before and before[-1][0].isupper() and len(before[-1][0]) > 1:
        return False                                   # "The UN said": an acronym, not the article "un"
    return bool(before) and fold_word(before[-1][0]) in ARTICLES | _POSSESSIVE_WORDS


# "his estimate", "sus cifras": a possessive before a noun that is also a verb
_POSSESSIVE_WORDS = frozenset("su sus its their this esta his her our".split())


# "reports", "claims", "states" are plural nouns before these: "national reports cited in the
# table", "claims of 300 dead", "reports say"
_NOUN_NEXT = frozenset("of from in on about by were are have had say said says suggest suggested indicate "
                       "indicated show showed put circulated emerged".split())
_NOUN_OR_VERB = frozenset("reports claims states comments quotes estimates".split())


_DOCUMENT_BY = re.compile(
    # (plural with no article: "according to official reports by X", "según informes oficiales de X")
    r"\s+(?:(?:a|an|the|its|un|una|el|la|su)\s+(?:\d{4}\s+)?(?:[^\W\d_]+\s+){0,2}?"
    r"(?:report|study|survey|count|census|investigation|estimate|analysis|review|tally|inquiry|audit|statement|"
    r"informe|estudio|recuento|censo|investigaci[oó]n|balance|an[aá]lisis|reporte|comunicado|"
    # "According to a new bulletin issued by X", "a fresh update released by X", "un boletín emitido por X"
    # (not "an update from the field": by whom it was issued, not where it came from)
    r"(?:bulletin|update|communiqu[eé]|press\s+release|bolet[ií]n|actualizaci[oó]n|parte)(?!\s+(?:from|of|on)\b)"
    # (nor "el boletín del mediodía", "el parte de la noche", "el boletín de prensa": when, or what kind)
    r"(?!\s+(?:del?|de\s+la)\s+(?:mediod[ií]a|noche|ma[nñ]ana|tarde|d[ií]a|prensa|situaci[oó]n|emergencia)\b))|"
    r"(?:(?:the|its|los|sus)\s+)?(?:(?:official|preliminary|latest|initial|oficiales)\s+)?"
    r"(?:reports|studies|surveys|counts|estimates|tallies|statements|informes|estudios|recuentos|reportes|"
    # (whose author follows: not "reports from Gaza", "informes de inteligencia")
    r"comunicados)(?=\s+(?:(?:oficiales|preliminares|provisionales)\s+)?(?:by|por|de\s+l[ao]s?|del|of\s+the)\s))\s+"
    # an adjective after the document's noun, as Spanish writes it: "un balance oficial difundido por"
    r"(?:(?:oficial|preliminar|provisional|final|anual|nuevo|nueva|official|preliminary|final|annual|oficiales|"
    r"preliminares|provisionales|finales|anuales|nuevos|nuevas)\s+)?"
    # the document's participle and its day may come before its author: "a report released on
    # Wednesday by", "un informe divulgado este miércoles por"
    r"(?:(?:released|published|issued|presented|made public|divulgad[oa]|publicad[oa]|difundid[oa]|emitid[oa]|"
    r"presentad[oa]|dad[oa] a conocer)\s+(?:(?:on|this|last|este|esta|el|la|ayer|hoy|yesterday|today)\s+)?"
    r"(?:[^\W\d_]+\s+)?(?:by|por)|by|from|of|de|del)\s+", re.I)
_AGENT_AFTER = re.compile(r"\s+(?:(?:to|at|a|en|hasta)\s+(?:about\s+|some\s+|unos\s+|unas\s+)?[\d][\d.,]*"
                          r"(?:\s+(?:million|millones|thousand|mil))?\s+)?(?:by|por)\s+", re.I)
_BETWEEN_AUX = frozenset("later initially first then also officially subsequently eventually since "
                         "luego despues inicialmente posteriormente tambien oficialmente".split())


def _agent(sentence: str, match: re.Match) -> Attribution | None:
    """The agent of a passive report: "the figure was later raised to 25,000 by the government",
    "fue elevada a 300 por el ministerio" -> the government, the ministry."""
    if not fold_word(match.group()).endswith(("ed", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")) and \
            fold_word(match.group()) != "put":         # "the toll was put at 1,200 by the Red Cross"
        return None
    before = tokens(sentence, max(0, match.start() - 40), match.start())
    while before and (fold_word(before[-1][0]) in _BETWEEN_AUX or ADVERB.search(fold_word(before[-1][0]))):
        before = before[:-1]
    if not before or fold_word(before[-1][0]) not in _PASSIVE_BEFORE:
        return None
    by = _AGENT_AFTER.match(sentence, match.end())
    if by is None:
        return None
    found = read_forwards(sentence, by.end())
    if not usable(found) or not can_state(found.who, match.group()):
        return None                                    # "recorded by seismographs": no one states it
    return Attribution(found.who, match.start(), found.end, False)


# "declared a state of emergency", "declaró el estado de excepción": an act, not a statement
_DECLARED_STATE = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:national\s+|nacional\s+)?(?:state|estado|emergencia|"
                             r"emergency|curfew|toque|alerta|alert|days?|d[ií]as?|war|guerra|mourning|duelo)\b", re.I)


def _plural_noun(sentence: str, match: re.Match) -> bool:
    """"the individual national reports cited below": a plural noun, not a verb in the present."""
    if fold_word(match.group()) not in _NOUN_OR_VERB:
        return False
    after = tokens(sentence, match.end(), min(len(sentence), match.end() + 30))
    if not after or not after[0][0][:1].isalpha():
        # "reports 300 dead", "states: 40 died" are verbs; "the claims." ends a noun phrase
        return not after or not (after[0][0][:1].isdigit() or after[0][0] in (",", ":", "\"", "“"))
    word = fold_word(after[0][0])
    return word in _NOUN_NEXT or word.endswith("ed") and after[0][0].islower()


_PASSIVE_ADVERBS = frozenset("first later also officially initially previously originally subsequently "
                             "widely reportedly then".split())


def _passive(sentence: str, match: re.Match) -> bool:
    """"was reported to have", "the funds requested had been": the verb has no subject that
    speaks (a passive without "by", or a participle after its noun)."""
    before = tokens(sentence, max(0, match.start() - 30), match.start())
    after = tokens(sentence, match.end(), min(len(sentence), match.end() + 30))
    word_before = fold_word(before[-1][0]) if before else ""
    if word_before in _PASSIVE_ADVERBS and len(before) > 1:
        word_before = fold_word(before[-2][0])         # "was first reported", "were later confirmed"
    if word_before == "se":                            # "se registró", "se informó": no one speaks
        return not (after and fold_word(after[0][0]) == "por")
    if word_before in _PASSIVE_BEFORE and fold_word(match.group()).endswith(("ed", "ado", "ada", "ados", "adas",
                                                                        "ido", "ida", "idos", "idas")):
        return not (after and fold_word(after[0][0]) in ("by", "por"))
    return bool(after) and fold_word(after[0][0]) in _AFTER_PARTICIPLE and fold_word(match.group()).endswith("ed")


# the publication's own people: "our Kolkata bureau", "our correspondent", "nuestro corresponsal"
_OURS = re.compile(r"\b(?:our|nuestr[oa]s?)\s+(?:[^\W\d_]+\s+)?$", re.I)
_OURS_FIRST = re.compile(r"(?:our|nuestr[oa]s?)\s", re.I)


def attributions(sentence: str) -> list[Attribution]:
    """Every attribution in a sentence, in order; ``who`` is "" where someone unnamed speaks
    ("other estimates put the toll at 1,833")."""
    out = []
    for a in _attributions(sentence):
        if by_a_means(sentence, a):
            continue                                   # "(confirmado por laboratorio)": how, not who
        a = _before_where(sentence, a)
        a = _across_acronym(sentence, a)
        if a.who and _OPENING_ADVERB.fullmatch(a.who):
            continue                                   # "Posteriormente, reportó 300": the one named before
        if a.who and _other_languages_word(sentence, a):
            continue                                   # "la mayor cifra de fallecidos": greater, not the mayor
        if anaphoric_body(a.who):
            out.append(Attribution(anaphoric_body(a.who), a.start, a.end, a.before))
            continue                                   # "the same group": resolved against the article
        if a.who and (_OURS_FIRST.match(a.who) or _OURS.search(sentence, max(0, a.start - 12),
                                                         sentence.find(a.who.split()[0], a.start))):
            out.append(Attribution("", a.start, a.end, a.before))
            continue                                   # "our Kolkata bureau reports": the publication itself
        trimmed = body_name(trim_name(a.who, a.before)) if a.who else ""
        if possessed_body(trimmed):
            out.append(Attribution(trimmed.lower(), a.start, a.end, a.before))
            continue                                   # "His party says": whose party, resolved against the article
        words = trimmed.split()
        if len(words) > 1 and fold_word(words[0]) in PRONOUNS and all(fold_word(w) in _AUXILIARIES for w in words[1:]):
            trimmed, words = words[0], words[:1]      # "\"We can confirm 3 more bodies,\" the sheriff said": "we"
        if len(words) > 2 and fold_word(words[1]) in ("in", "en", "at") and \
                fold_word(words[0]) in PRONOUNS | UNNAMED | COLLECTIVE:
            trimmed = _without_where(words[0])         # "Police in Cusco said": the police, in Cusco
        who = (official_name(a.who) if a.who else "") or (_government_of_person(trimmed) or government_of(
            one_of_pair(without_role(trimmed), sentence, a.start)) if trimmed else "")
        if who and _SOME_OTHERS.match(who) and who[who.index(" ") + 1:].islower():
            out.append(Attribution("", a.start, a.end, a.before))
            continue                                   # "Other aid agencies estimated": no one named
        if not who and (not a.who or not trimmed) or usable(Attribution(who, a.start, a.end, a.before)):
            out.append(Attribution(who, a.start, a.end, a.before))     # "" : an unnamed speaker
    return out


# a title in one language that is a plain word in the other, and the determiners that read it in that other
# language: Spanish "la mayor cifra", "el mayor número" (greater), not the English mayor
_NOT_A_TITLE_AFTER = {"mayor": frozenset("el la los las lo un una su sus del al muy".split()),
                      "mayores": frozenset("los las sus unos unas".split())}


def _other_languages_word(sentence: str, a: Attribution) -> bool:
    """Whether a one-word claimant is a title read in the wrong language: "mayor" after "la"."""
    words = a.who.split()
    determiners = _NOT_A_TITLE_AFTER.get(fold_word(words[-1])) if len(words) <= 2 else None
    if determiners is None:
        return False
    at = sentence.find(words[-1], a.start, a.end)
    before = tokens(sentence, max(0, at - 12), at) if at >= 0 else []
    return bool(before) and fold_word(before[-1][0]) in determiners


# words between a pronoun and its verb: "we can confirm", "they have also reported"
_AUXILIARIES = frozenset("can could will would may might must should shall do does did have has had also now still "
                         "just cannot already".split())


# others unnamed, of a kind: "Other aid agencies", "some relief groups", "otras organizaciones"
_SOME_OTHERS = re.compile(r"(?:other|some|several|various|many|otras|otros|algunas|algunos|varias|varios|"
                          r"diversas|diversos)\s+\S", re.I)


# a body's name, its acronym in brackets, then where it is: "El Servicio Sismológico Nacional (SSN) de México"
_ACRONYM_OF = re.compile(r"((?:[A-ZÁÉÍÓÚÑ][\w'’-]+\s+(?:(?:de|del|of|for|y|and|la|el|the)\s+)*){1,8})"
                         r"\(([A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑ.&-]{1,9})\)\s+(?:de|del|of|in|en)\s+$")


def _across_acronym(sentence: str, a: Attribution) -> Attribution:
    """A claimant read back only to the place after a body's acronym ("... (SSN) de México indicó":
    México) is the body named before the acronym."""
    if not a.before or not a.who:
        return a
    at = sentence.find(a.who, a.start, a.end)
    match = _ACRONYM_OF.search(sentence, max(0, at - 120), at) if at >= 0 else None
    if match is None or not places_in(a.who):
        return a
    name = re.sub(r"^(?:the|el|la|los|las)\s+", "", match.group(1).strip(), flags=re.I)
    return Attribution(name, match.start(1), a.end, a.before)


# where a body speaks from, as a plural of places: "Police in both cities said", "la policía de ambas ciudades"
_IN_PLACES = re.compile(r"\b(?:in|en|de|across)\s+(?:both|all|several|the\s+two|the\s+three|ambas|ambos|las\s+dos|"
                        r"los\s+dos|varias|varios|todas\s+las|todos\s+los)\s+(?:cities|towns|states|provinces|regions|"
                        r"countries|capitals|districts|counties|ciudades|localidades|provincias|regiones|pa[ií]ses|"
                        r"estados|comunas|municipios)\s*$", re.I)


def _before_where(sentence: str, a: Attribution) -> Attribution:
    """The speaker named before where it speaks from, when the attribution read only the places ("Police in
    both cities said": the police, not "cities")."""
    if not a.who:
        return a
    inside = _IN_PLACES.search(a.who) if " " in a.who else None
    if inside is not None and inside.start() > 0:
        return Attribution(a.who[:inside.start()].rstrip(), a.start, a.end, a.before)   # "la policía de ambas ciudades"
    if " " in a.who or not a.who.islower():
        return a
    at = sentence.find(a.who, a.start)
    where = _IN_PLACES.search(sentence, max(0, at - 40), at + len(a.who)) if at >= 0 else None
    found = read_backwards(sentence, where.start()) if where is not None else None
    return Attribution(found.who, found.start, a.end, a.before) if found is not None and found.who else a


def _without_where(noun: str) -> str:
    """The claimant a common noun of speakers names before "in"/"en" and a place: that kind of
    body, where the place says ("Police in Cusco said", "Policía en Cusco dijo": the police;
    "Bomberos en Cusco", "Rescuers in Cusco": the firefighters, the rescuers), or no one named
    ("Officials in Cusco said", "Autoridades en Cusco dijeron": someone unnamed, the outlet's
    word). The place is the count's, not the name's."""
    return "" if fold_word(noun) in PRONOUNS | UNNAMED else noun


# "el gobierno del presidente Pedro Montt", "the government of President X": the government
_GOVERNMENT_OF = (r"(government|gobierno)\s+(?:of|de|del)\s+(?:the\s+|el\s+)?"
                  r"(?:president|presidente|presidenta|prime minister|primer ministro|king|rey)")
_GOVERNMENT_OF_PERSON = re.compile(rf"^(?:the\s+|el\s+)?{_GOVERNMENT_OF}\b", re.I)   # a name that is one
_GOVERNMENT_LED_BY = re.compile(rf"\b{_GOVERNMENT_OF}\s*$", re.I)                      # a name's words before it


def _government_of_person(who: str) -> str:
    match = _GOVERNMENT_OF_PERSON.match(who)
    return match.group(1).capitalize() if match else ""


# a person's name and a comma right before the office read as a verb's subject: '"...," R.K. Mishra,
# Director of Cuttack meteorological centre told IANS'
_NOT_A_NAME = frozenset("in on at of for after before during the a an en el la los las tras durante desde "
                        "meanwhile however but and y pero".split())
_PERSON_BEFORE_ROLE = re.compile(r"((?:[A-Z][\w.'’-]*\.?\s+){1,3}[A-Z][\w'’-]+)\s*,\s*$")


def _led_by(sentence: str, subject: Attribution) -> Attribution:
    """"las cifras oficiales del gobierno del presidente Pedro Montt situó": the government, not its head;
    "R.K. Mishra, Director of Cuttack meteorological centre told": the person the office is in apposition to."""
    words = subject.who.split()
    bare = without_role(subject.who).split()
    # (not a role with its holder's name: "Responding to X, President Recep Tayyip Erdogan told reporters": Erdogan)
    named = len(bare) >= 2 and bare != words and all(w[:1].isupper() for w in bare) and \
        not {fold_word(w) for w in bare} & {"of", "de", "del", "for", "para"}
    if words and fold_word(words[0]) in ROLES and not named:
        person = _PERSON_BEFORE_ROLE.search(sentence, max(0, subject.start - 50), subject.start)
        names = person.group(1).split() if person is not None else []
        if person is not None and not any(fold_word(w) in ROLES | _NOT_A_NAME for w in names) and \
                not places_in(person.group(1)):
            return Attribution(person.group(1), person.start(1), subject.end, subject.before)
    match = _GOVERNMENT_LED_BY.search(sentence, max(0, subject.start - 60), subject.start)
    if match is None:
        return subject
    return Attribution(match.group(1).capitalize(), match.start(), subject.end, subject.before)


_DATA_NOUNS = frozenset("figures data statistics estimates a cifras datos estadisticas estimaciones un".split())
_POSSESSIVE = re.compile(r"(?:['’]s?)\s+(?:own\s+|official\s+|latest\s+|final\s+|initial\s+)?"
                         r"(?:estimates?|figures?|count|tally|toll|death toll|numbers?|data|statistics|report)\b")


_FIGURE_NEXT = re.compile(r"\s*,?\s*(?:of|at|was|is|stood at|(?:now\s+)?stands? at|reached|"
                          r"(?:has\s+)?(?:rose|risen|climbed) to|put at|"
                          r"(?:show|shows|showed|indicate|indicates|indicated|suggest|suggests|suggested)(?: that)?|"
                          r"puts? (?:it|the \w+(?: \w+)?) at)?\s*"
                          r"(?:(?:more than|at least|about|around|some|over|nearly|almost|roughly|just)\s+)?"
                          r"[\d$€£]", re.I)


def _subjects_of(sentence: str, pattern: re.Pattern, keep) -> list[Attribution]:
    """The subject before each match of ``pattern`` that ``keep(match, subject)`` accepts."""
    out = []
    for match in pattern.finditer(sentence):
        subject = read_backwards(sentence, match.start())
        if subject is not None and keep(match, subject):
            out.append(Attribution(subject.who, subject.start, match.end(), True))
    return out


# "by the mayor's count", "in the army's estimate": whose count a figure is, after it
_BY_WHOSE = re.compile(r"\b(?:by|in|per|on)\s+(?:the\s+)?$", re.I)


def _possessives(sentence: str) -> list[Attribution]:
    """"the Red Cross's estimate of 300", "Amnesty International's figures": the owner counts
    (not "the government's death toll may have been...": no figure follows); "20,000, by the
    mayor's count": the owner of the count the figure is by."""
    def keep(match: re.Match, subject: Attribution) -> bool:
        if _FIGURE_NEXT.match(sentence, match.end()) and (subject.who[:1].isupper() or (
                usable(subject) and fold_word(subject.who.split()[-1]) in SPEAKING)):
            return True                                # "Amnesty's figures of 300", "the army's death toll of 150"
        return bool(_BY_WHOSE.search(sentence, max(0, subject.start - 12), subject.start)) and usable(subject)
    return _subjects_of(sentence, _POSSESSIVE, keep)


# "the Associated Press quoted police as saying", "AP reports Lassegue as commenting"
# a person's office or spokesman after the name: "Mayor Marty Walsh's office" speaks for the mayor
_ONES_OFFICE = r"['’]s?\s+(?:office|spokes(?:man|woman|person)|team|staff|aides?)"
# (the office between: "cited Mayor Marty Walsh's office as estimating": the mayor)
_RELAYED = re.compile(rf"(?:{_ONES_OFFICE})?"
                      r"\s*,?\s+as (?:saying|stating|telling|commenting|claiming|reporting|confirming|estimating|"
                      r"putting|counting)\b")
_RELAY_VERBS = frozenset("quoted quotes reported reports cited cites".split())


_BY_RELAY = re.compile(r"\s+by\b", re.I)
_QUOTED_PASSIVE = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s*\Z", re.I)


def _relayed(sentence: str, match: re.Match) -> Attribution | None:
    """The one a relay quotes: "the AP quoted police as saying 12 were arrested" -> police."""
    if fold_word(match.group()) not in _RELAY_VERBS:
        return None
    by = _BY_RELAY.match(sentence, match.end())
    if by is not None:
        # "Governor X was quoted by the Philippine News Agency as saying": the passive's subject is the one quoted,
        # not "by the Philippine News Agency"
        relay = read_forwards(sentence, by.end())
        said = _RELAYED.match(sentence, relay.end) if usable(relay) else None
        passive = _QUOTED_PASSIVE.search(sentence, 0, match.start())
        subject = read_backwards(sentence, passive.start()) if passive is not None else None
        if said is None or not usable(subject):
            return None
        return Attribution(subject.who, subject.start, said.end(), True)
    found = read_forwards(sentence, match.end())
    if not usable(found):
        return None
    said = _RELAYED.match(sentence, found.end)
    return Attribution(found.who, match.start(), said.end(), False) if said else None


_CITED_VERB = re.compile(r"\b(?:cited|cites|citaron|cit[oó])\b", re.I)


def _cited_as(sentence: str) -> list[Attribution]:
    """"local media cited Mayor Marty Walsh's office as estimating the crowd at 90,000": the one cited
    ("cited" is no word of speech by itself: "the report cited poor maintenance")."""
    out = []
    for match in _CITED_VERB.finditer(sentence):
        found = read_forwards(sentence, match.end())
        said = _RELAYED.match(sentence, found.end) if usable(found) else None
        if found is not None and said is not None:
            who = re.sub(rf"{_ONES_OFFICE}$", "", found.who)
            out.append(Attribution(who, match.start(), said.end(), False))
    return out


def _cited(out: list[Attribution], sentence: str) -> list[Attribution]:
    """"Reuters reported, citing the health ministry": the one cited states the figure, the wire
    relays it (a cited name only; "citing local officials" leaves the wire)."""
    merged: list[Attribution] = []
    for a in sorted(out, key=lambda a: a.start):
        if (merged and a.who and not any(fold_word(w) in PRONOUNS | VAGUE for w in a.who.split())
                and sentence[a.start:a.start + 8].lower().startswith(("citing", "quoting", "citando"))
                and (merged[-1].start <= a.start < merged[-1].end      # "AP, citing X, reported"
                     or not sentence[merged[-1].end:a.start].strip(" ,")   # "AP reported, citing X"
                     # "a local media report said, citing X": the verb after an unnamed subject's words
                     or TRIGGER.fullmatch(sentence[merged[-1].end:a.start].strip(" ,")) is not None)):
            prev = merged.pop()
            a = Attribution(a.who, prev.start, a.end, prev.before)
        merged.append(a)
    return merged


def _attributions(sentence: str) -> list[Attribution]:
    found = _scan_attributions(sentence)
    if "uentes" in sentence:
        for joint in joint_sources(sentence):         # "fuentes hospitalarias y policiales informaron"
            found = [a for a in found if a.end <= joint.start or a.start >= joint.end] + [joint]
    return _cited(found, sentence) if "citing" in sentence or "quoting" in sentence or "citando" in sentence \
        else found


# "the National Park Service issued an estimate of about 400,000": the one who gives the estimate
_GAVE_ESTIMATE = re.compile(
    r"\b(?:issued|issues|gave|gives|(?:had|has|have)\s+given|released|releases|published|publishes|provided|"
    r"provides|offered|offers|"
    r"produced|made|dio|dieron|entreg[oó]|public[oó]|difundi[oó]|ofreci[oó])\s+(?:an?|the|its|their|una?|su|sus)\s+"
    r"(?:(?:official|new|initial|revised|final|preliminary|own|first|oficial|nueva|nuevo|primera|primer)\s+)?"
    r"(?:estimates?|figures?|count|tally|toll|death toll|number|estimaci[oó]n|cifra|balance|recuento)\b", re.I)


def _gave_estimates(sentence: str) -> list[Attribution]:
    return _subjects_of(sentence, _GAVE_ESTIMATE, lambda match, subject: usable(subject) and can_state(
        subject.who, "gave", _opens(sentence, subject.start)))


# a document its subject issues, then the clause that tells what it says: "Migración Colombia entregó un reporte en el
# que revela que 700 ...", "un informe según el cual 700 ...", "issued a report in which it said 700 ...", "a report
# according to which 700 ..."
_DOCUMENT_SAYING = re.compile(
    r"\b(?:un|una|el|la|su|sus|a|an|the|its|their)\s+(?:(?:nuevo|nueva|[uú]ltimo|[uú]ltima|new|latest)\s+)?"
    r"(?:reporte|informe|comunicado|bolet[ií]n|documento|estudio|balance|report|statement|bulletin|document|study)"
    r"(?:\s+(?:oficial|preliminar|official|preliminary))?\s*,?\s+"
    r"(?:(?:en\s+(?:el|la)\s+(?:que|cual)|donde|in\s+which|where|que|which|that)\s+(?:(?:se|it|they)\s+)?"
    r"(?:revela|revel[oó]|indica|indic[oó]|se[ñn]ala|se[ñn]al[oó]|detalla|detall[oó]|muestra|mostr[oó]|asegura|"
    r"asegur[oó]|afirma|afirm[oó]|dice|dijo|precisa|precis[oó]|informa|inform[oó]|establece|estableci[oó]|"
    r"reporta|report[oó]|explica|explic[oó]|says|said|states|stated|reports|reported|shows|showed|reveals|revealed|"
    r"indicates|indicated|notes|noted|estimates|estimated)|"
    r"seg[uú]n\s+(?:el|la)\s+cual|de\s+acuerdo\s+con\s+(?:el|la)\s+cual|according\s+to\s+which)\b", re.I)


# the verb by which the subject issues the document (not "conoció", "obtained", "saw": a reader of it)
_ISSUED = re.compile(r"\b(?P<verb>entreg[oó]|entrega|entregaron|public[oó]|publica|publicaron|present[oó]|presenta|"
                     r"presentaron|difundi[oó]|difunde|difundieron|emiti[oó]|emite|emitieron|divulg[oó]|divulgaron|"
                     r"elabor[oó]|elaboraron|dio\s+a\s+conocer|dieron\s+a\s+conocer|da\s+a\s+conocer|"
                     r"issued|issues|released|releases|published|publishes|presented|presents|produced|delivered|"
                     r"put\s+out|submitted)\s+$", re.I)


def _document_saying(sentence: str) -> list[Attribution]:
    """The subject of the main clause that issues a document, then tells what the document says: the one who states
    the figure (GUIDE: a report is no claimant, its author is)."""
    out = []
    for match in _DOCUMENT_SAYING.finditer(sentence):
        verb = _ISSUED.search(sentence[:match.start()])
        if verb is None:
            continue              # "La FM conoció un informe según el cual": who read it is not who wrote it
        subject = read_backwards(sentence, _subject_end(sentence, verb.start("verb")))
        if usable(subject) and (subject.who[:1].isupper() or can_state(subject.who, "gave")):
            out.append(Attribution(subject.who, subject.start, match.end(), True))
    return out


# "..., Home Office figures showed", "official data indicate", "los datos del Ministerio muestran": the
# body whose figures show the count states it (official figures: the government's)
_FIGURES_SHOW = re.compile(
    r"\b(?P<official>official\s+)?(?:figures|data|statistics|records|numbers|cifras|datos|estad[ií]sticas|registros)"
    r"(?P<oficiales>\s+oficiales)?\s+(?P<verb>show|shows|showed|indicate|indicates|indicated|suggest|suggests|"
    r"suggested|reveal|reveals|revealed|muestran|mostraron|indican|indicaron|revelan|revelaron|reflejan|reflejaron)\b",
    re.I)


# a study of someone's that shows the figure: "The infographics from Ria Novosti shows that", "An analysis by
# the Daily Planet shows that", "Un análisis del diario El Sol muestra que"
# the shows, "Un informe reciente de Copeco revela que", "el boletín número 5 de la Dirección, que establece que"
_STUDY_SHOWS = re.compile(r"\b(?:infographics?|analysis|study|survey|map|calculation|count|report|bulletin|an[aá]lisis|"
                          r"estudio|infograf[ií]a|mapa|c[aá]lculo|conteo|informe|reporte|bolet[ií]n)"
                          r"(?:\s+(?:recent|new|latest|reciente|nuevo|preliminar|semanal|diario|n[uú]mero\s+\d+))*"
                          r"\s+(?:from|by|of|de|del)\s+(?P<who>[^,;]{2,60}?)\s*(?:,\s+(?:que|which)\s+)?"
                          r"(?:shows?|showed|indicates?|indicated|suggests?|suggested|found|finds|reveals?|revealed|"
                          r"muestra|mostr[oó]|indica|indic[oó]|revela|revel[oó]|apunta|apunt[oó]|establece|"
                          r"estableci[oó]|se[ñn]ala|se[ñn]al[oó]|detalla|detall[oó])\b", re.I)
# the figures of a sentence that says whose report they are from: "Estos números forman parte del último reporte
# de Defensa Civil: hasta la fecha son 61 personas fallecidas", "The figures are part of the UN's latest report"
_PART_OF_REPORT = re.compile(r"\b(?:forman|forma|son|es)\s+parte\s+del\s+(?:(?:[úu]ltimo|nuevo|m[aá]s\s+reciente)\s+)?"
                             r"(?:informe|reporte|bolet[ií]n)\s+(?:oficial\s+)?(?:de|del)\s+",
                             re.I)


def _figures_show(sentence: str) -> list[Attribution]:
    out = []
    for match in _STUDY_SHOWS.finditer(sentence):
        found = read_forwards(sentence[:match.end("who")], match.start("who"))   # not on into its verb
        if usable(found) and found.who[:1].isupper() and not _a_place(found.who):
            out.append(Attribution(found.who, match.start(), match.end(), True))
    for match in _PART_OF_REPORT.finditer(sentence):
        found = read_forwards(sentence, match.end())
        if usable(found) and found.who[:1].isupper() and not _a_place(found.who):   # not "del reporte de Lima"
            out.append(Attribution(found.who, match.start(), found.end, True))
    for match in _FIGURES_SHOW.finditer(sentence):
        if match.group("official") or match.group("oficiales"):
            words = tokens(sentence, max(0, match.start() - 12), match.start())
            if not (words and words[-1][0][:1].isupper() or words and words[-1][0].endswith(("'s", "’s"))):
                # "official figures show": the government's (not "the Indonesian government's official figures")
                out.append(Attribution("Government" if match.group("official") else "Gobierno", match.start(),
                                       match.end(), True))
                continue
        subject = read_backwards(sentence, match.start("verb"))
        if not usable(subject):
            continue
        who = trim_name(subject.who)
        if official_name(subject.who) or who and (who != subject.who or _past_the_data(subject.who)) and \
                can_state(who, "recorded", _opens(sentence, subject.start)):
            out.append(Attribution(subject.who, subject.start, match.end(), True))
    return out


def _past_the_data(who: str) -> bool:
    """Whether a name read backwards was a body's figures that reading left the body of ("Las cifras del
    Ministerio" -> "Ministerio"): the name holds no data noun."""
    return not any(fold_word(w) in _DATA for w in who.split())


# "Para la policía, fueron 45.000", "For the organisers, it was 300,000": whose view opens the sentence
_FOR_WHOM = re.compile(r"\s*[\"“«]?(?:Para|For|En opini[oó]n de|In the view of|A ojos de)\s+")


# where the view ends: a comma, or the verb of the figure it gives ("Para la Delegación del Gobierno han sido
# 170.000", "For police there were 80,000")
_VIEW_ENDS = re.compile(r"\s*(?:,|(?:han\s+sido|hab[ií]an\s+sido|fueron|son|eran|ser[ií]an|hubo|habr[ií]a|"
                        r"there\s+were|it\s+was|they\s+were)\b)", re.I)


def _for_whom(sentence: str) -> list[Attribution]:
    opening = _FOR_WHOM.match(sentence)
    found = read_forwards(sentence, opening.end()) if opening else None
    if not usable(found) or not _VIEW_ENDS.match(sentence, found.end) or not can_state(found.who, "gave"):
        return []                                      # not "Para el rescate, 300 soldados..."
    return [Attribution(found.who, 0, found.end, False)]


# what happened, not who tells it, as the subject of "put the toll at": "The discovery put the death toll from the
# landslide at 80", "The new deaths put the toll at 1,200", "Tuesday's deaths put"
_EVENT_SUBJECT = re.compile(r"\b(?:discover(?:y|ies)|deaths?|find(?:ing)?s?|bod(?:y|ies)|attacks?|blasts?|fires?|"
                            r"quakes?|earthquakes?|storms?|floods?|rains?|crash(?:es)?|collapses?|explosions?|"
                            r"muertes?|hallazgos?|cuerpos?|ataques?)$", re.I)
# "the opposition put the toll at 500", "rebels put the number of dead at 40", "rights groups put the death toll
# from the crackdown at more than 70": an estimate, whoever gives it
_PUT_TALLY_AT = re.compile(r"\s+(?:the\s+|its\s+|their\s+)?(?:[^\W\d_]+\s+){0,3}?(?:toll|figure|number|count|"
                           r"total|tally|crowd|turnout)\s+(?:(?:of|from|in)\s+(?:the\s+)?(?:[^\W\d_]+\s+){1,2}?)?at\b",
                           re.I)


# "Estimates ranged from 100,000 by police to 1 million by organizers", "las cifras van de 20.000
# por la policía a 90.000 por los organizadores": whose each figure of a range of estimates is
_ESTIMATES = re.compile(r"\b(?:estimat\w*|figures?|counts?|tall(?:y|ies)|cifras?|estimaci\w*|c[aá]lculos?|"
                        r"recuentos?|cifrad[oa]s?|estimad[oa]s?|calculad[oa]s?|contabilizad[oa]s?)\b", re.I)
_FIGURE_BY = re.compile(r"\d[\d.,]*(?:\s+(?:million|millones|thousand|mil))?\s+(by|por)\s+", re.I)


# "el número de muertos fue elevado a 300 por el ministerio": a passive revision whose participle
# is no verb of speech by itself, with its agent after the figure
_REVISED_BY = re.compile(r"\b(?:fue|fueron|ha sido|han sido|hab[ií]a sido|hab[ií]an sido)\s+(?:\w+mente\s+|luego\s+)?"
                         r"(?:elevad|cifrad|situad|fijad|rebajad|reducid|aumentad|actualizad|corregid|ajustad)[oa]s?"
                         r"\s+(?:a|en|hasta)\s+(?:unos\s+|unas\s+|m[aá]s de\s+|alrededor de\s+)?\d[\d.,]*"
                         r"(?:\s+(?:millones|mil))?\s+por\s+", re.I)


def _revised_by(sentence: str) -> list[Attribution]:
    out = []
    for match in _REVISED_BY.finditer(sentence):
        found = read_forwards(sentence, match.end())
        if usable(found) and can_state(found.who, "raised"):      # not "por las lluvias"
            out.append(Attribution(found.who, match.start(), found.end, False))
    return out


def _figures_by(sentence: str) -> list[Attribution]:
    first = _ESTIMATES.search(sentence)
    if first is None:
        return []
    out = []
    for match in _FIGURE_BY.finditer(sentence, first.end()):
        found = read_forwards(sentence, match.end())
        if usable(found) and can_state(found.who, "estimated"):
            out.append(Attribution(found.who, match.start(1), found.end, False))
    return out


# "187, the official count of the government, to several hundred": whose count a figure is, after it
_COUNT_OF = re.compile(r"\d\s*,\s+(?:the|its|la|el|su)\s+(?:official\s+|oficial\s+)?(?:count|figure|estimate|tally|"
                       r"toll|cifra|estimaci[oó]n|recuento)\s+(?:oficial\s+)?(?:of|by|de|del)\s+", re.I)


# "La cifra oficial del gobierno fue de 26 muertos", "the official tally of the ministry was 300": the
# count of a body, then the verb that gives its figure
_TALLY_OF = re.compile(r"\b(?:la|el|the)\s+(?:(?:official|final|latest)\s+)?(?:cifra|balance|recuento|conteo|"
                       r"figure|count|tally|toll|death toll)\s+(?:(?:oficial|final)\s+)?(?:of|de|del)\s+", re.I)
_TALLY_VERB = re.compile(r"\s*,?\s*(?:fue|era|es|ascendi[oó]|ascend[ií]a|lleg[oó]|alcanz[oó]|was|is|stood|reached)\b",
                         re.I)


def _tallies_of(sentence: str) -> list[Attribution]:
    out = []
    for match in _TALLY_OF.finditer(sentence):
        found = read_forwards(sentence, match.end())
        if not usable(found) or not _TALLY_VERB.match(sentence, found.end) or not can_state(found.who, "raised"):
            continue                                   # "la cifra de muertos fue", "the toll of the storm was"
        named = places_in(found.who)
        if named and sum(len(w.split()) for _, w, _ in named) >= len(found.who.split()):
            continue                                   # "el balance de Lima fue": the place's count, no one's
        out.append(Attribution(found.who, match.start(), found.end, False))
    return out


def _counts_of(sentence: str) -> list[Attribution]:
    out = []
    for match in _COUNT_OF.finditer(sentence):
        found = read_forwards(sentence, match.end())
        if usable(found) and can_state(found.who, "gave"):
            out.append(Attribution(found.who, match.start() + 1, found.end, False))
    return out


# "a Western diplomat who compiled estimates put", "Beijing hospital records compiled shortly after
# the events recorded": the subject before a relative or participle clause that stands between it
# and its verb (a short clause without a figure or a comma)
_RELATIVE_WORDS = frozenset("who which que quien quienes".split())


def _subject_across_clause(sentence: str, match: re.Match) -> Attribution | None:
    toks = tokens(sentence, max(0, match.start() - 80), match.start())
    clause: list[tuple[str, int, int]] = []
    for tok in reversed(toks):
        if not tok[0][:1].isalpha() or fold_word(tok[0]) in ("that", "and", "y", "while", "mientras"):
            break
        clause.insert(0, tok)
    for k, (tok, start, _) in enumerate(clause[1:-1], start=1):
        low = fold_word(tok)
        opens = low in _RELATIVE_WORDS or (tok.islower() and len(tok) > 4 and low.endswith("ed")
                                            and clause[k - 1][0][:1].isalpha())
        if not opens or len(clause) - k > 8:
            continue
        subject = read_backwards(sentence, start)
        if usable(subject) and (subject.who[:1].isupper() or can_state(subject.who, "gave")) and \
                subject.who.split()[-1].lower() not in _RELATIVE_WORDS:
            return Attribution(subject.who, subject.start, match.end(), True)
        break
    return None


# "X (SNC), Syria's main opposition bloc, put the toll at": the subject before a description
# ("one of the organizers", "uno de los organizadores": one of a group, as "an organizer" is)
_DESCRIPTION_OPEN = re.compile(r"\s*(?:[A-Z][\w-]*['’]s\s|(?:the|a|an|its|el|la|un|una)\s|"
                               r"(?:one\s+of|uno\s+de|una\s+de)\s+(?:the|its|los|las|sus)\s)", re.I)
# a figure's noun is no speaker: ", put the death toll at ..." reads no name forwards
_FIGURE_NOUNS = frozenset("toll figure figures number count total tally estimate estimates cifra balance "
                          "saldo numero".split())


def _subject_before_description(sentence: str, match: re.Match) -> Attribution | None:
    before = sentence[:match.start()].rstrip()
    if not before.endswith(","):
        return None
    opening = before.rfind(",", 0, len(before) - 1)
    if opening <= 0 or not _DESCRIPTION_OPEN.match(before, opening + 1):
        return None
    description = before[opening + 1:-1]
    if len(description.split()) > 8 or any(c.isdigit() for c in description) or TRIGGER.search(description):
        return None
    subject = read_backwards(sentence, opening)
    if not usable(subject) or not subject.who[:1].isupper():
        return None
    return Attribution(subject.who, subject.start, match.end(), True)


def _opens(sentence: str, at: int) -> bool:
    """Whether a name at ``at`` opens the sentence (no word before it: its capital may be the sentence's)."""
    return not any(c.isalpha() for c in sentence[:at])


def _speaks_as_body(who: str) -> bool:
    """"police", "the army", "organizadores": a lowercase subject that speaks by itself."""
    last = fold_word(who.split()[-1])
    return last in SPEAKING or last in ROLES or last in PRONOUNS or last in VAGUE


_TIME_NOUNS = frozenset("day days week weeks month months year years morning evening night afternoon time "
                        "dia dias semana semanas mes meses ano anos manana tarde noche".split())
# "las cifras ... solo las situó en 126", "the ministry only put it at": words between a subject and its verb
# between a subject and its verb: a clitic, "only", or the perfect's auxiliary ("X, the minister, has disclosed")
_BEFORE_VERB = frozenset("lo la los las le les se solo sólo only apenas just has have had having did does "
                         "would".split())


def _subject_end(sentence: str, at: int) -> int:
    toks = tokens(sentence, max(0, at - 30), at)
    # (an adverb too, after an apposed name: "The health minister, John Mbeki, later confirmed")
    while len(toks) > 1 and toks[-1][0].islower() and (toks[-1][0] in _BEFORE_VERB or fold_word(toks[-1][0])
                                                       in _AFTER_SUBJECT and toks[-2][0] == ","):
        at = toks[-1][1]
        toks = toks[:-1]
    if ")" not in sentence[max(0, at - 4):at]:
        return at
    head = sentence[:at].rstrip()
    comma = head.endswith(",")
    head = head.removesuffix(",").rstrip()
    if head.endswith(")"):
        # "El Ministerio de Salud de Haití (MSPP), informó", "(MSPP, por sus siglas en francés) informó": the
        # name that opens the sentence before the brackets (not "(SSN) indicó": the short name, as written)
        opening = head.rfind("(")
        if 0 < opening and len(head) - opening <= 80 and head.count(")", opening) == 1 and (
                comma or "," in head[opening:]) and "," not in head[:opening] \
                and head[opening + 1:opening + 2].isupper():
            return len(sentence[:opening].rstrip())
    return at


# "Los organizadores calcularon 100.000 y la Guardia Urbana, 40.000", "police said 20,000 and organisers,
# 100,000": a second speaker whose verb the sentence leaves out, before its figure
# "100.000 y la Guardia Urbana, 40.000", "los organizadores hablaron de 100.000; la policía, de 20.000"
_GAPPED = re.compile(r"(?:(?:,\s*|\s)(?:y|e|and|while|mientras que|mientras)\s+|;\s*)"
                     r"(?P<who>(?:(?:la|el|los|las|the)\s+)?[^\W\d_][\w'’-]*(?:\s+(?:(?:de|del|of|la|el|the)\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]*){0,5})\s*,\s*"
                     r"(?=(?:de\s+|of\s+|en\s+|at\s+)?(?:unos|unas|about|some|m[aá]s de|more than|al menos|at least|"
                     r"cerca de|around)?\s*\d)")


def _gapped(sentence: str) -> list[Attribution]:
    out = []
    for match in _GAPPED.finditer(sentence):
        words = match.group("who").split()
        if words and fold_word(words[0]) in ARTICLES:
            words = words[1:]
        name = " ".join(words)
        found = Attribution(name, match.start("who"), match.end(), True)
        if usable(found) and (name[:1].isupper() or fold_word(words[-1]) in SPEAKING) and not _a_place(name):
            out.append(found)
    return out


def framed_places_dropped(sentence: str, found: list[Attribution]) -> list[Attribution]:
    """``found`` less a place that is the subject of a verb inside a frame that opens the sentence:
    "According to the ministry, Lima has recorded 1,200 cases", "Según la ONU, Perú ha registrado":
    the frame's words, told of the place, not the place's."""
    frame = _FRAMES_ALL.match(sentence)
    if frame is None or not any(not a.before and a.start <= frame.end() for a in found):
        return found
    return [a for a in found if not (a.before and a.start > frame.end() and a.who and _a_place(a.who)
                                     and _records(sentence[a.start:a.end]))]


def _records(span: str) -> bool:
    """Whether an attribution's words hold a verb that records, not one that speaks ("Lima has recorded", "Perú
    registró"; not "Ukraine said", "China reported", "Rusia aseguró": a state that speaks)."""
    return any(fold_word(word) in WEAK_VERBS for word in span.split()[1:])


def _a_place(name: str) -> bool:
    """Whether ``name`` is a place and nothing more ("and Jamaica, 3": Jamaica's figure, no speaker)."""
    found = places_in(name)
    return len(found) == 1 and found[0][1] == name


# English verbs whose subject never follows them ("..., said the minister", but not "..., confirmed
# the minister"): what follows is their object ("X, head of the mission, confirmed opposition claims")
_NO_INVERSION = frozenset("confirmed confirms estimated estimates estimate told tells put puts gave found finding "
                          "recorded registered counted calculated assessed documented measured measures published "
                          "released revised raised lowered declared described mentioned projected predicted tallied "
                          "updated updates concluded revealed reveals disclosed indicated suggested suggests "
                          "requested quoted quotes cited cites".split())
_BY_NEXT = re.compile(r"\s+(?:by|por)\b", re.I)
_CITED_OBJECT = re.compile(r"\s+(?:a|al)(?=\s)", re.I)
# "40 murieron, cifra que confirmó la Cruz Roja": a figure's noun, "que", then the verb and its subject
_FIGURE_THAT = re.compile(r"\b(?:cifra|balance|saldo|n[uú]mero|recuento)\s+que$", re.I)
_ENGLISH_ARTICLE = re.compile(r"\s+an?(?=\s+[A-Z])")


_SENTENCE_TAIL = re.compile(r"[\s.!?;:\"”’»)\]]*$")


def _inverted_subject(sentence: str, match: re.Match) -> Attribution | None:
    """The subject after its verb that closes the sentence after a comma: "..., informó la Conred.",
    "..., en Iztapalapa, informó la jefa de Gobierno, Clara Brugada.", "..., said the fire service."
    It states the sentence, whatever a name before the comma ("el volcán de Fuego, que entró en
    erupción, ..."): the verb's own subject is the one after it."""
    if not match.group("verb") or fold_word(match.group()) in _NO_INVERSION or _BY_NEXT.match(sentence, match.end()):
        return None
    if not sentence[:match.start()].rstrip().endswith(","):
        return None
    found = read_forwards(sentence, match.end())
    if not usable(found) or fold_word(found.who.split()[-1]) in _FIGURE_NOUNS or found.who.startswith(("de ", "del ")):
        return None                   # (not "ha informado de la detención de cuatro personas": what, not who)
    if _holds_figure(found.who) and not _holds_figure(sentence[:match.start()]):
        # "La ministra, Marcela Flores, confirmó horas después el deceso de otras dos personas": the words after
        # the verb hold the figure, so they are its object; the subject is the apposed name before the verb
        return None
    found = named_person(sentence, Attribution(found.who, match.start(), found.end, False))
    short = _SHORT_NAME_AFTER.match(sentence, found.end)    # "..., indicó el servicio sismológico (USGS)."
    end = short.end() if short else found.end
    return found if _SENTENCE_TAIL.fullmatch(sentence, end) else None


_SHORT_NAME_AFTER = re.compile(r"\s*\((?-i:[A-Z][\w.&-]{1,15})\)")
_FIGURE_WORDS = frozenset(fold_word(w) for lang in ("en", "es") for w in WORDS[lang]) - {"a", "an", "un", "una", "uno"}


def _holds_figure(text: str) -> bool:
    """Whether ``text`` holds a figure, in digits or in words ("otras dos personas")."""
    return any(c.isdigit() for c in text) or any(fold_word(w) in _FIGURE_WORDS for w in re.findall(r"[^\W\d_]+", text))


# "Un año después, esta misma agrupación reportó": a demonstrative and the noun of a body named before
_ANAPHOR_BEFORE = re.compile(r"\b(?:this|that|esta|este|esa|ese|dicha|dicho|aquella|aquel)\s+(?:same\s+|misma\s+|"
                             r"mismo\s+)?([^\W\d_]+)\s+(?:(?:also|later|then|tambi[eé]n|luego|despu[eé]s)\s+)?$", re.I)


def _anaphor_before(sentence: str, match: re.Match) -> Attribution | None:
    found = _ANAPHOR_BEFORE.search(sentence, max(0, match.start() - 60), match.start())
    if found is None or not anaphoric_body(found.group(1)):
        return None
    return Attribution(found.group(1), found.start(), match.end(), True)


_DATA = frozenset("figures figure data statistics count counts toll tally tallies estimates estimate numbers "
                  "records report reports cifra cifras datos estadisticas recuento balance estimaciones informe "
                  "informes reporte reportes conteo saldo".split())


def _official_data(subject: str) -> str:
    """"Official estimates", "an official tally" (the government's) -> "Government"; "" for "an official"."""
    words = subject.split()
    if words and words[0].lower() in ("a", "an", "un", "una"):
        words = words[1:]                              # the article, not the UN: "A UN official said"
    return official_name(" ".join(words)) if {fold_word(w) for w in words} & _DATA else ""


# a second verb of the same subject: "..., and later raised", "y luego elevó"
_COORDINATED = re.compile(r",?\s+(?:and|y|e)\s+(?:(?:later|then|also|subsequently|luego|despu[eé]s|tambi[eé]n|"
                          r"posteriormente|m[aá]s tarde)\s+)?$", re.I)
# a clause with a verb of its own between the subject's two verbs: "X said 40 died, and the army later raised"
_OTHER_CLAUSE = re.compile(r"\b(?:who|which|que|while|mientras|but|pero)\b", re.I)


def _scan_attributions(sentence: str) -> list[Attribution]:
    out: list[Attribution] = _possessives(sentence) if "'" in sentence or "’" in sentence else []
    out.extend(_gave_estimates(sentence))
    out.extend(_document_saying(sentence))
    shown = _figures_show(sentence)
    out.extend(shown)
    out.extend(_figures_by(sentence))
    if " por " in sentence:
        out.extend(_revised_by(sentence))
    out.extend(_for_whom(sentence))
    if "(" in sentence:
        out.extend(bracket_credits(sentence))
    out.extend(opening_official(sentence))
    if ":" in sentence:
        out.extend(label_credit(sentence))
    tallies = official_tally(sentence) if "ficial" in sentence else []
    out.extend(tallies)
    out.extend(_counts_of(sentence))
    out.extend(_cited_as(sentence))
    out.extend(_tallies_of(sentence))
    if "," in sentence and TRIGGER.search(sentence):
        out.extend(_gapped(sentence))
    covered = label_end(sentence) if ":" in sentence else 0   # "Police estimate: 5,000": a label's noun
    for match in TRIGGER.finditer(sentence):
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
            found = read_forwards(sentence, document.end()) if document else None
            if not usable(found):
                object_at = _CITED_OBJECT.match(sentence, match.end()) if match.group().lower() == "citando" else (
                    _ENGLISH_ARTICLE.match(sentence, match.end()) if match.group()[:1].isascii() else None)
                # "según el censo de 2010"; "citando a la policía": the one cited, after its "a"; "according
                # to a Reuters tally": the article "a" (not the Spanish listener "a")
                found = read_forwards(sentence, object_at.end() if object_at else match.end())
            noun = fold_word(match.group().split()[0]) in _DATA_NOUNS
            if usable(found) and not (noun and not found.who[:1].isupper() and not can_state(found.who, "gave")):
                # not "cifras de asistencia"; "figures released by the health ministry" names a body;
                # "según el alcalde de Lima, Jorge Muñoz,": the person the role names
                found = named_person(sentence, Attribution(found.who, match.start(), found.end, False))
                out.append(found)
                covered = found.end
            elif found is not None and found.who and fold_word(found.who.split()[-1]) in UNNAMED and \
                    len(found.who.split()) <= 2:
                # "10,000, according to the authorities, and 25,000, according to the unions": no one
                # named, but the frame is the 10,000's, not the unions'
                out.append(Attribution("", match.start(), found.end, False))
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
        inverted = _inverted_subject(sentence, match)
        if inverted is not None:
            out.append(inverted)                       # "..., en Iztapalapa, informó la jefa de Gobierno"
            continue
        subject = read_backwards(sentence, _subject_end(sentence, match.start())) or _anaphor_before(sentence, match)
        if usable(subject) and fold_word(subject.who.split()[-1]) in _TIME_NOUNS:
            subject = None                             # "a cable filed on the same day estimated": when, not who
        if usable(subject) and subject.who.islower() and not _speaks_as_body(subject.who):
            # "El Comité que investigó la matanza cifró": the name before the relative clause
            subject = _subject_across_clause(sentence, match) or subject
        joint = named_of_joint(sentence, match.start(), match.end(), subject)
        if joint is not None:
            out.append(joint)                          # "police and hospital sources said": police
            continue
        official = _official_data(sentence[subject.start:match.start()]) if subject is not None else ""
        if official and subject is not None:           # "Official estimates put", "An official tally put"
            subject = Attribution(official, subject.start, subject.end, subject.before)
        if usable(subject) and (official or can_state(subject.who, match.group(), _opens(sentence, subject.start))
                                or _PUT_TALLY_AT.match(sentence, match.end())
                                and not _EVENT_SUBJECT.search(subject.who)):
            out.append(_led_by(sentence, Attribution(subject.who, subject.start, match.end(), True)))
            continue
        if subject is not None and subject.who.islower() and fold_word(subject.who.split()[-1]) in UNNAMED and all(
                fold_word(w) in VAGUE | UNNAMED | ARTICLES for w in subject.who.split()):
            # "In Spain, officials said that 100,000 marched", "local authorities said": someone speaks, whom the
            # text does not name (not the one a sentence before named)
            out.append(Attribution("", subject.start, match.end(), True))
            continue
        shared = _COORDINATED.search(sentence, 0, match.start())
        named = [a for a in out if a.who and a.end <= match.start()] if shared else []
        if shared is not None and named and named[-1].before and \
                not _OTHER_CLAUSE.search(sentence, named[-1].end, shared.start()):
            out.append(Attribution(named[-1].who, shared.start(), match.end(), True))
            continue                                   # "X reported 40 dead, and later raised the figure to 60"
        across = _subject_across_clause(sentence, match) or _subject_before_description(sentence, match)
        if across is not None:
            out.append(across)      # "a diplomat who compiled estimates put", "X (SNC), Syria's main bloc, put"
            continue
        vague = [(fold_word(tok), at) for tok, at, _ in tokens(sentence, max(0, match.start() - 40),
                                                               match.start())][-3:]
        while vague and vague[0][0] not in VAGUE:
            vague = vague[1:]
        if vague and all(w in VAGUE for w, _ in vague) and not (
                subject is not None and subject.who[:1].isupper()
                and not all(fold_word(w) in VAGUE for w in subject.who.split())):
            # "other estimates put the toll at 1,833": someone speaks, and the text does not say who
            # (from its words on: "..., whilst other sources estimate" opens a clause of its own)
            out.append(Attribution("", vague[0][1], match.end(), True))
            continue
        # '"...", said the minister', '..., dijo el ministro de Defensa'
        before = sentence[:match.start()].rstrip()
        if fold_word(match.group()) in _NO_INVERSION or _BY_NEXT.match(sentence, match.end()):
            # "X, head of Y, confirmed opposition claims": an object; "The attack, claimed by the
            # group, killed 40": a participle and its agent (the phrases read "confirmed by X")
            continue
        # "—Hay 45 muertos —dijo el alcalde": a dialogue's dash before the verb, as a comma
        if before.endswith((",", "\"", "”", "»", "'", "—", "–")) or _FIGURE_THAT.search(before):
            found = read_forwards(sentence, match.end())
            if usable(found) and fold_word(found.who.split()[-1]) not in _FIGURE_NOUNS:
                out.append(named_person(sentence, Attribution(found.who, match.start(), found.end, False)))
    generic = [a for a in (*shown, *tallies) if a.who in ("Government", "Gobierno")]
    return [a for a in out if not any(a is g for g in generic) or not _named_after(sentence, a, out, generic)]


# a contrast between two clauses: "official figures show 300, while the opposition says 500"
_FRAMES_ALL = re.compile(r"\s*(?:according\s+to|seg[uú]n|de\s+acuerdo\s+(?:con|a|al))\b", re.I)
# a concession after a comma, the writer's own clause: ", though over 100,000 appeared", ", aunque más de 100.000"
_CONCEDED = re.compile(r",\s+(?:though|although|even\s+though|aunque|si\s+bien)\s+(?!(?:that|que)\b)", re.I)
_CONTRAST = re.compile(r"\b(?:while|whilst|whereas|but|mientras|pero|aunque|although|sin\s+embargo)\b", re.I)


def _named_after(sentence: str, generic: Attribution, found: list[Attribution], generics: list[Attribution]) -> bool:
    """Whether the sentence names who gives the official figures after them ("Official figures show
    300 deaths in Aleppo, the Syrian Observatory said"; "El balance oficial ... es de 300, informó la
    Unidad ..."): that one states them, and the government of the country is no fallback."""
    return any(a.who and not any(a is g for g in generics) and a.start >= generic.end
               and not _CONTRAST.search(sentence, generic.end, a.start) for a in found)


# a document named before (the report its author released), named again by a demonstrative pronoun
# or by its noun, shows the figure, so its author states it: "Este muestra un total de 101 fallecidos",
# "Estos recogen 300", "It lists 300 dead", "These show 300", "The report lists 300 dead"
_DOCUMENTS = (r"(?:(?:latest|new|official|[uú]ltimo|nuevo)\s+)?"
              r"(?:reports?|study|studies|survey|documents?|bulletins?|statement|tally|informes?|reportes?|estudios?|"
              r"documentos?|bolet[ií]n|boletines|comunicado|balance|conteo)"
              # "El reporte oficial", "the official report", "el último informe"
              r"(?:\s+(?:oficial|oficiales|preliminar|final))?")
_DOCUMENT_SHOWS = re.compile(
    r"\s*(?:(?:Este|Esta|[ÉE]ste|[ÉE]sta|Estos|Estas|[ÉE]se|[ÉE]sa|It|This|That|These|Those|"
    r"(?:The|This|That|These|Those|El|La|Los|Las|Este|Esta|Estos|Estas|Dicho|Dicha)\s+"
    + _DOCUMENTS + r")\s+)(?:(?:also|tambi[eé]n|further|adem[aá]s)\s+)?"
    r"(?:shows?|indicates?|reveals?|lists?|records?|counts?|gives?|muestran?|indican?|revelan?|registran?|"
    r"recogen?|cifran?|dan?\s+cuenta|dan?|contabilizan?|enumeran?|"
    # what it says: "The report says 45,000 cattle died", "El informe señala que murieron 45.000"
    r"says|said|states|notes|adds|estimates|señalan?|dicen?|afirman?|precisan?|detallan?|estiman?|"
    r"agregan?|añaden?)\b")


# the document named again after its figures or before them, as its author's: "..., the report said.", "According
# to the report, ...", "Según el informe, ..."
_DOCUMENT_TAG = re.compile(r",\s+(?:the|el|la|este|esta|dicho|dicha)\s+" + _DOCUMENTS
                           + r"\s+(?:also\s+|adem[aá]s\s+)?(?:said|says|showed|shows|added|stated|noted|"
                           r"indicated|señal[oó]|indic[oó]|agreg[oó]|añadi[oó]|precis[oó]|detall[oó]|inform[oó])"
                           r"[^,;]{0,30}$")
_DOCUMENT_SAYS = re.compile(r"\s*(?:according\s+to|seg[uú]n|de\s+acuerdo\s+(?:con|a)|conforme\s+a)\s+"
                            r"(?:the|el|la|este|esta|dicho|dicha)\s+" + _DOCUMENTS + r"\s*,", re.I)


def is_pronoun_subject(sentence: str) -> bool:
    """"He said ...", "Ella afirmó": the claimant is the one named before."""
    if _DOCUMENT_SHOWS.match(sentence) or _DOCUMENT_SAYS.match(sentence) or _DOCUMENT_TAG.search(sentence):
        return True                                    # "Este muestra...", "The report lists...": its author's
    for match in TRIGGER.finditer(sentence):    # "Of the deaths, 17,388 were reported in Kashmir, he said."
        if match.group("phrase"):
            after = tokens(sentence, match.end(), min(len(sentence), match.end() + 12))
            # "According to her, 300 died", "Según ella": the one named before; not "according to police"
            # "según su oficio", "according to their figures": a document of the one named before
            return bool(after) and (after[0][0].lower() in _OBJECT_PRONOUNS     # "él", not the article "el"
                                    or after[0][0].lower() in POSSESSIVES)
        toks = tokens(sentence, max(0, match.start() - 40), match.start())
        while toks and toks[-1][0].islower() and (fold_word(toks[-1][0]) in _AFTER_SUBJECT
                                                  or ADVERB.search(fold_word(toks[-1][0]))):
            toks = toks[:-1]                           # "It later raised the toll", "He also said"
        if toks and fold_word(toks[-1][0]) in PRONOUNS:
            if speaks_after_coordinated_figure(sentence, toks[-1][1], match.end()) or \
                    measures_a_thing(sentence, fold_word(toks[-1][0]), match.group(), match.end()):
                continue                               # "150 were killed and officials say...", "It registered a depth"
            return True
        if _DROPPED_SUBJECT.search(sentence, 0, match.start()) and _SENTENCE_END.match(sentence, match.end()):
            return True                                # '«Contamos 300 cuerpos», dijo.': the one named before
        if (match.group().endswith(("ó", "aron", "ieron", "ijo", "ijeron", "uvo")) or _THAT_NEXT.match(
                sentence, match.end())) and (match.start() == 0 or _OPENING_ADVERB.fullmatch(sentence[:match.start()])):
            if measures_a_thing(sentence, None, match.group(), match.end()):
                continue                               # "Registró una profundidad de 10 km": the quake's
            return True                                # "Aseguró que hay 300", "Dijo que...", "Asegura que..."
    return False


# words between a pronoun and its verb: "It later raised", "She also said", "Ella luego afirmó"
_AFTER_SUBJECT = frozenset("later also then again further subsequently initially first had has have "
                           "luego despues tambien ademas posteriormente inicialmente".split())
# an adverb that opens a sentence whose verb has no subject: "Luego afirmó que eran 35."
_OPENING_ADVERB = re.compile(r"\s*(?:Luego|Despu[eé]s|Adem[aá]s|Tambi[eé]n|Posteriormente|M[aá]s tarde|"
                             r"Asimismo|Finalmente|Inicialmente)\s*,?\s*")
_THAT_NEXT = re.compile(r"\s+que\b")            # a Spanish verb of speech then its clause: "Asegura que ..."
_DROPPED_SUBJECT = re.compile(r"[\"”»'’]?,\s*$")
_SENTENCE_END = re.compile(r"\s*(?:[.;!?]|$)")


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
    return bool(a.before and _THAT_BEFORE.search(sentence, max(0, a.start - 12), a.start) and start < a.start)


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
                          r"as[ií]\s+lo\s+[^\W\d_]+\s+|lo\s+(?:inform|confirm|asegur|indic|precis)[^\W\d_]*\s+)", re.I)
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


_OBJECT_PRONOUNS = frozenset("him her them él ella ellos ellas".split())


_CLAUSE_BREAK = re.compile(r",\s*(?:while|whilst|whereas|but|although|mientras(?: que)?|pero|aunque|en tanto que)\b|;|"
                           # a sentence the splitter left joined after a quote: '...civilians."[5] Lilley said'
                           r"[.!?][\"”»’]+(?:\[\w+\])*\s+(?=[A-ZÁÉÍÓÚÑ])", re.I)


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

    if sentence:
        # "126 (cifra del gobierno) a 3600": a credit in brackets is the figure's before it, not the next one's
        # "100.000 y la Guardia Urbana, 40.000": a speaker whose verb is left out is the next figure's
        gapped = {(m.start("who"), m.end()) for m in _GAPPED.finditer(sentence)} if "," in sentence else set()
        found = [a for a in found if not _enclosed_apart(sentence, a, start, end)
                 and not (a.end <= start and sentence.startswith("(", a.start))
                 and not (a.start >= end and (a.start, a.end) in gapped)
                 and not _credits_an_aside(sentence, a, start)
                 # "After 10,000 took refuge in the embassy, the government announced that...": not the 10,000's
                 and not in_fronted_clause(sentence, a, start)
                 # "100 may be missing, and Associated Press put the injured at 400": not the 100's
                 and not (a.before and opens_later_clause(sentence, a.start, a.end, end))
                 # "afectó a 20 000,[2] y causó 330 muertes, según X": not the 20 000's
                 and not _closed_by_reference(sentence, a, end)
                 # "Police claimed that only 55,000 took part, though over 100,000 appeared to be present": the
                 # concession after the speaker's clause is the writer's
                 # (but "According to X, at least 200 were killed, though as many as 1,000 may have died": X frames all)
                 and not (a.end <= start and _CONCEDED.search(sentence, a.end, start)
                          and not _FRAMES_ALL.match(sentence))]
    if not found:
        return None
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
            return not aside.start() <= start < aside.end() and _holds_figure(inside)
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
        subject = read_backwards(sentence, _subject_end(sentence, verb.start())) \
            if fold_word(verb.group()) in WEAK_VERBS else None
        if subject is not None and subject.who and _a_place(subject.who):
            continue          # "Kenya has registered 97 cases, while ..., the WHO said": whose count, no speaker
        return True
    return False


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
    subject = read_backwards(sentence, match.start())
    if subject is None or not subject.who[:1].isupper() or not usable(subject):
        return None
    before = [fold_word(tok) for tok, _, _ in tokens(sentence, max(0, subject.start - 12), subject.start)]
    if before and before[-1] in ARTICLES:
        before = before[:-1]
    if before and before[-1] in ("by", "por"):
        return None                                    # "kidnapped by Chinese agents ...": an agent, not who called it
    return without_role(trim_name(subject.who))
