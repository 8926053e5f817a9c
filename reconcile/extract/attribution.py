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

The parts, by what they read: whether a speech verb is a claimant's verb (``attr_verbs``), a subject
with no name right before its verb (``attr_subjects``), a document, an estimate or a tally
(``attr_documents``), a wire that relays another's figure (``attr_relays``), and which attribution
governs a figure (``attr_claimant``: ``claimant_for``, ``figure_credit``).
"""
from __future__ import annotations

import re

from reconcile.extract.attr_authorities import authorities_at, authorities_of
from reconcile.extract.attr_claimant import claimant_for, figure_credit
from reconcile.extract.attr_clauses import measures_a_thing, speaks_after_coordinated_figure
from reconcile.extract.attr_documents import (counts_of, document_saying, figures_by, figures_show, for_whom,
                                              gave_estimates, revised_by, tallies_of)
from reconcile.extract.attr_frames import by_a_means
from reconcile.extract.attr_joint import joint_sources, named_of_joint
from reconcile.extract.attr_names import body_name
from reconcile.extract.attr_official import (bracket_credits, label_credit, label_end, official_name,
                                             official_tally, opening_official)
from reconcile.extract.attr_participles import participle_speakers
from reconcile.extract.attr_relatives import relative_tellers
from reconcile.extract.attr_relays import cited_as, relative_cites, relayed_speaker, with_cited
from reconcile.extract.attr_several import several_places
from reconcile.extract.attr_stations import station_of, station_owners
from reconcile.extract.attr_subjects import (AFTER_SUBJECT, BY_NEXT, FIGURE_NOUNS, NO_INVERSION, TIME_NOUNS,
                                             anaphor_before, framed_places_dropped, fronted_figure, gapped_speakers,
                                             holds_figure, inverted_subject, official_data, opens_sentence,
                                             speaks_as_body, subject_across_clause, subject_before_description,
                                             subject_end, subjects_of)
from reconcile.extract.attr_verbs import after_article, is_passive, passive_agent, plural_noun
from reconcile.extract.fields import places_in
from reconcile.extract.reading import ADVERB, DOCUMENT_ADJECTIVE, SPEAK_FOR, read_backwards, read_forwards
from reconcile.extract.speakers import (ARTICLES, COLLECTIVE, OF_ITS_EVENT, POSSESSIVES, PRONOUNS, ROLES, SPEAKING,
                                        DOCUMENT_ANAPHORS, TRIGGER, UNNAMED, VAGUE, WIRE_AGENCIES, Attribution,
                                        anaphoric_body,
                                        can_state, government_of, named_person, one_of_pair,
                                        possessed_body, role_holder, tokens, trim_name, usable, without_role)
from reconcile.quantities.lexicon import fold_word

__all__ = ["Attribution", "attributions", "claimant_for", "figure_credit", "framed_places_dropped",
           "is_pronoun_subject", "organiser_in", "unnamed_subject", "role_holder", "ORGANISERS", "WIRE_AGENCIES"]


_DOCUMENT_BY = re.compile(
    # (plural with no article: "according to official reports by X", "según informes oficiales de X")
    r"\s+(?:(?:a|an|the|its|un|una|el|la|su)\s+(?:\d{4}\s+)?(?:[^\W\d_]+\s+){0,2}?"
    r"(?:report|study|survey|count|census|investigation|estimate|analysis|review|tally|inquiry|audit|statement|"
    r"informe|estudio|recuento|censo|investigaci[oó]n|balance|an[aá]lisis|reporte|comunicado|"
    # "according to a letter from the ministry to the UN": the writer, not the one it is addressed to
    r"letter|carta|"
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
    r"preliminares|provisionales|finales|anuales|nuevos|nuevas|" + DOCUMENT_ADJECTIVE + r")\s+)?"
    # the document's participle and its day may come before its author: "a report released on
    # Wednesday by", "un informe divulgado este miércoles por"
    r"(?:(?:released|published|issued|presented|made public|divulgad[oa]|publicad[oa]|difundid[oa]|emitid[oa]|"
    r"presentad[oa]|dad[oa] a conocer)\s+(?:(?:on|this|last|este|esta|el|la|ayer|hoy|yesterday|today)\s+)?"
    r"(?:[^\W\d_]+\s+)?(?:by|por)|"
    # "según un informe leído ayer en la rueda de prensa por X", "a statement read out at a news conference by X"
    r"(?:read(?:\s+out)?|le[ií]d[oa])\s+(?:[^\W\d_]+\s+){0,6}?(?:by|por)|by|from|of|de|del)\s+", re.I)


# "declared a state of emergency", "declaró el estado de excepción": an act, not a statement
_DECLARED_STATE = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:national\s+|nacional\s+)?(?:state|estado|emergencia|"
                             r"emergency|curfew|toque|alerta|alert|days?|d[ií]as?|war|guerra|mourning|duelo)\b", re.I)


# the publication's own people: "our Kolkata bureau", "our correspondent", "nuestro corresponsal"
_OURS = re.compile(r"\b(?:our|nuestr[oa]s?)\s+(?:[^\W\d_]+\s+)?$", re.I)
_OURS_FIRST = re.compile(r"(?:our|nuestr[oa]s?)\s", re.I)


def attributions(sentence: str) -> list[Attribution]:
    """Every attribution in a sentence, in order; ``who`` is "" where someone unnamed speaks
    ("other estimates put the toll at 1,833")."""
    out = []
    for a in _attributions(sentence):
        cites = a.cites                                # "Reuters reported, citing state media": whom it cites
        if by_a_means(sentence, a):
            continue                                   # "(confirmado por laboratorio)": how, not who
        a = _before_where(sentence, a)
        a = _after_the_ones_of(sentence, a)
        a = _across_acronym(sentence, a)
        a = authorities_of(sentence, a)                # "Authorities in Sichuan said": Sichuan's
        a = _past_where(sentence, a)
        a = _past_serving(sentence, a)                 # "Australian soldiers serving with UNAMIR estimated"
        if a.who and a.before and several_places(a.who):
            out.append(Attribution("", a.start, a.end, a.before))
            continue                                   # "Clay and Liberty counties each registered": no one
        if a.who and _OPENING_ADVERB.fullmatch(a.who):
            continue                                   # "Posteriormente, reportó 300": the one named before
        if a.who and _other_languages_word(sentence, a):
            continue                                   # "la mayor cifra de fallecidos": greater, not the mayor
        if a.who and _CIFRA_NOUN.search(sentence, max(0, a.end - 40), a.end):
            continue                                   # "2.011 protestas, la menor cifra de la década": a noun
        if a.who and OF_ITS_EVENT.fullmatch(a.who):
            a = Attribution(a.who.split()[-1], a.start, a.end, a.before, cites)   # "según sus organizadores"
        if anaphoric_body(a.who):
            out.append(Attribution(anaphoric_body(a.who), a.start, a.end, a.before, cites))
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
        who = _without_count(who)                      # "The three countries": no one; "Three witnesses": witnesses
        if not who and trimmed:
            out.append(Attribution("", a.start, a.end, a.before))
            continue
        if not who and (not a.who or not trimmed) or usable(Attribution(who, a.start, a.end, a.before)):
            out.append(Attribution(who, a.start, a.end, a.before, cites))     # "" : an unnamed speaker
    return _speakers_documents(sentence, out)


# a document named by its kind alone, with "a": "according to a statement", "según un comunicado"
_A_DOCUMENT = re.compile(r"\b(?:a|an|un|una)\s+(?:[^\W\d_]+\s+)?(?P<noun>[^\W\d_]+)\s*$", re.I)


def _speakers_documents(sentence: str, found: list[Attribution]) -> list[Attribution]:
    """A document named by its kind alone after the figures of a speaker the sentence named before it is that
    speaker's: "The ministry said there were 120 cases and 2 deaths, according to a statement" (every figure the
    ministry's, not the last one no one's); "según un comunicado" alone names no one."""
    out = list(found)
    for k, a in enumerate(out):
        kind = _A_DOCUMENT.search(sentence, a.start, a.end)
        if a.before or kind is None or fold_word(a.who) not in DOCUMENT_ANAPHORS or \
                fold_word(kind.group("noun")) != fold_word(a.who):
            continue
        speaker = next((b for b in reversed(out[:k]) if b.end <= a.start), None)
        if speaker is not None and speaker.who and speaker.before and fold_word(speaker.who) not in DOCUMENT_ANAPHORS \
                and not _CONTRAST.search(sentence, speaker.end, a.start) and ";" not in sentence[speaker.end:a.start]:
            # (not past a clause of another side: "The army said 40 died, while 12 were killed, according to a report")
            out[k] = Attribution(speaker.who, a.start, a.end, a.before, speaker.cites)
    return out


# a participle before the noun it qualifies: "the 10 other confirmed deaths", "other reported cases" (not "other
# sources estimated 40", "others said that")
_ADJECTIVAL = re.compile(r"\s+(?!that\b|to\b|by\b|as\b|at\b)[a-z]+s\b")


# "cifra" as a noun after its determiner and an adjective, read as the verb "cifra" ("la menor cifra de la década",
# "una nueva cifra"): no one
_CIFRA_NOUN = re.compile(r"\b(?:la|una|esta|esa|su|nuestra|otra)\s+(?:menor|mayor|peor|mejor|nueva|[uú]ltima|"
                         r"primera|misma|alta|baja|elevada|enorme|gran|escasa|abultada|modesta)\s+cifra$", re.I)


# "las de la Policía, que señala", "el del Ministerio, que informó": the ones of a body, the body speaks
_THE_ONES_OF = re.compile(r"\b(?:las|los|la|el)\s+$", re.I)
_OF_THE = re.compile(r"(?:del|de\s+(?:la|las|los|el))\s+(?=\S)")


def _after_the_ones_of(sentence: str, a: Attribution) -> Attribution:
    """A speaker read back as "de la Policía" after "las", "los", "el" ("con las de la Policía, que señala") is the
    body (not "dijo de la Cruz": a surname's particle)."""
    of = _OF_THE.match(a.who) if a.who else None
    at = sentence.find(a.who, a.start, a.end) if of is not None else -1
    if of is None or at < 0 or not _THE_ONES_OF.search(sentence, max(0, at - 8), at):
        return a
    return Attribution(a.who[of.end():], a.start, a.end, a.before)


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


def _without_count(who: str) -> str:
    """The speaker a count of a kind names, by common nouns after the count (not "Two UN agencies", "Three Red
    Cross teams"): several bodies or places are no one named ("The three countries reported", "Two hospitals
    said", "los dos gobiernos": ""), a group of people who speak is that group, as it is without the count ("Three
    witnesses": "witnesses", "Four police officers": "police officers"); ``who`` as it is otherwise (a count of
    one is no kind: "one hospital")."""
    first, _, rest = who.partition(" ")
    if not rest or not rest.islower() or not holds_figure(first) or fold_word(first) in ("one", "uno", "una", "un"):
        return who
    people = any(w in COLLECTIVE for word in rest.split() for w in (fold_word(word), fold_word(word)[:-1]))
    return rest if people else ""


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


# where a subject is, between it and its verb: "A woman on the stage in Nine Elms said", "The council in Camden said"
_AT_PLACE = re.compile(r"\b(?:in|at|near|en|cerca\s+de)\s+(?:the\s+)?$", re.I)


def _past_where(sentence: str, a: Attribution) -> Attribution:
    """A speaker read back only to the name after "in", "at" ("A woman ... in Nine Elms said": Nine Elms) is where
    the subject before it is, not who speaks: that subject, or someone unnamed ("A woman")."""
    if not a.before or not a.who or not a.who[:1].isupper():
        return a
    at = sentence.find(a.who, a.start, a.end)
    where = _AT_PLACE.search(sentence, max(0, at - 12), at) if at > 0 else None
    voice = tokens(sentence, max(0, where.start() - 16), where.start())[-1:] if where is not None else []
    if where is None or voice and fold_word(voice[0][0]) in SPEAK_FOR:
        return a                                       # "Sources at the Kenyatta hospital told": the hospital's
    subject = read_backwards(sentence, where.start())
    if usable(subject) and can_state(subject.who, "gave", opens_sentence(sentence, subject.start)):
        return Attribution(subject.who, subject.start, a.end, a.before)
    return Attribution("", a.start, a.end, a.before)   # "A man on the platform in Camden said": no one named


# a participle of service between a subject and its verb: "soldiers serving as part of the UN mission estimated",
# "doctors working for MSF said", "soldados destacados en la misión de la ONU"
_SERVING_WORDS = (r"\b(?:serving|working|deployed|stationed|attached|volunteering|destacad[oa]s?|desplegad[oa]s?)"
                  r"\s+(?:as\s+part\s+of|as\s+members\s+of|with|for|in|to|at|en|con|como\s+parte\s+de)\s+")
_SERVING = re.compile(_SERVING_WORDS + r"(?:the\s+|la\s+|el\s+)?$", re.I)
_SERVING_IN = re.compile(r"\s+(?=" + _SERVING_WORDS + r"\S)", re.I)       # the same, inside a name read as one


def _past_serving(sentence: str, a: Attribution) -> Attribution:
    """A speaker read back only to the body after a participle of service ("Australian soldiers serving as part of
    the United Nations Assistance Mission for Rwanda estimated": the mission) is that participle's subject, the
    soldiers, who give the figure (GUIDE: X, by the name the text gives)."""
    if not a.before or not a.who:
        return a
    inside = _SERVING_IN.search(a.who)
    if inside is not None:                             # "Irish doctors working for MSF" read as one name
        return Attribution(a.who[:inside.start()], a.start, a.end, a.before)
    at = sentence.find(a.who, a.start, a.end)
    serving = _SERVING.search(sentence, max(0, at - 40), at) if at > 0 else None
    subject = read_backwards(sentence, serving.start()) if serving is not None else None
    return Attribution(subject.who, subject.start, a.end, a.before) if usable(subject) else a


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
    return subjects_of(sentence, _POSSESSIVE, keep)


def _attributions(sentence: str) -> list[Attribution]:
    found = _scan_attributions(sentence)
    tellers = [t.attribution for t in relative_tellers(sentence)]
    if tellers:                                        # "750.000, dato que ha ofrecido la plataforma": its clause's
        found = [a for a in found if not any(t.start <= a.start < t.end for t in tellers)] + tellers
    if "uentes" in sentence:
        for joint in joint_sources(sentence):         # "fuentes hospitalarias y policiales informaron"
            found = [a for a in found if a.end <= joint.start or a.start >= joint.end] + [joint]
    # "... 700 l/m² en algunos de los observatorios de AVAMET": the body that runs the stations
    found += [a for a in station_owners(sentence) if not any(b.start <= a.start < b.end for b in found)]
    if "cit" not in sentence.lower() and "quoting" not in sentence.lower():
        return found
    return with_cited([*found, *relative_cites(sentence)], sentence)   # "según EFE, que cita a vecinos" too


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
_CITED_OBJECT = re.compile(r"\s+(?:a|al)(?=\s)", re.I)
# "40 murieron, cifra que confirmó la Cruz Roja": a figure's noun, "que", then the verb and its subject; a figure
# itself ("frente a las 50.000 que aseguraron los organizadores")
_FIGURE_THAT = re.compile(r"(?:\b(?:cifra|balance|saldo|n[uú]mero|recuento)|\d(?:\s+[a-záéíóúñ]+){0,2}?)\s+que$", re.I)
_ENGLISH_ARTICLE = re.compile(r"\s+an?(?=\s+[A-Z])")


def _told_in_relative(sentence: str, match: re.Match) -> Attribution | None:
    """The subject after the verb of a relative clause on a figure ("los 50.000 que aseguraron los organizadores", "la
    misma cifra que da la Policía"): the verb's own subject, not a name before the figure."""
    if not match.group("verb") or not _FIGURE_THAT.search(sentence, 0, match.start() - 1):
        return None
    found = read_forwards(sentence, match.end())
    if not usable(found) or fold_word(found.who.split()[-1]) in FIGURE_NOUNS:
        return None
    return named_person(sentence, Attribution(found.who, match.start(), found.end, False))


# a second verb of the same subject: "..., and later raised", "y luego elevó"
_COORDINATED = re.compile(r",?\s+(?:and|y|e)\s+(?:(?:later|then|also|subsequently|luego|despu[eé]s|tambi[eé]n|"
                          r"posteriormente|m[aá]s tarde)\s+)?$", re.I)
# a clause with a verb of its own between the subject's two verbs: "X said 40 died, and the army later raised"
_OTHER_CLAUSE = re.compile(r"\b(?:who|which|que|while|mientras|but|pero)\b", re.I)


def _scan_attributions(sentence: str) -> list[Attribution]:
    out: list[Attribution] = _possessives(sentence) if "'" in sentence or "’" in sentence else []
    out.extend(gave_estimates(sentence))
    out.extend(document_saying(sentence))
    if "," in sentence:
        out.extend(participle_speakers(sentence))      # "UNOCHA has provided new figures, saying 1,023 died"
    shown = figures_show(sentence)
    out.extend(shown)
    out.extend(figures_by(sentence))
    if " por " in sentence:
        out.extend(revised_by(sentence))
    out.extend(for_whom(sentence))
    if "(" in sentence:
        out.extend(bracket_credits(sentence))
    out.extend(opening_official(sentence))
    if ":" in sentence:
        out.extend(label_credit(sentence))
    tallies = official_tally(sentence) if "ficial" in sentence else []
    out.extend(tallies)
    out.extend(counts_of(sentence))
    if sentence[:1].isdigit():
        out.extend(fronted_figure(sentence))           # "42 denuncias ha recibido la Defensoría": the Defensoría's
    out.extend(cited_as(sentence))
    out.extend(tallies_of(sentence))
    if TRIGGER.search(sentence):
        out.extend(gapped_speakers(sentence))
    covered = label_end(sentence) if ":" in sentence else 0   # "Police estimate: 5,000": a label's noun
    for match in TRIGGER.finditer(sentence):
        if match.start() < covered:
            continue                                   # "según informó el Ministerio": one attribution
        if match.group("verb") and match.group()[0].isupper() and match.start() > 0:
            continue                                   # "the Guinness World Records": a name, not a verb
        relayed = relayed_speaker(sentence, match) if match.group("verb") else None
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
            elif found is not None and found.who and authorities_at(sentence, found.who, found.end):
                out.append(Attribution(authorities_at(sentence, found.who, found.end), match.start(), found.end, False))
                covered = found.end                    # "according to authorities in Hunan": Hunan's
            elif found is not None and found.who and fold_word(found.who.split()[-1]) in UNNAMED and \
                    len(found.who.split()) <= 2:
                # "10,000, according to the authorities, and 25,000, according to the unions": no one
                # named, but the frame is the 10,000's, not the unions'
                out.append(Attribution("", match.start(), found.end, False))
                covered = found.end
            continue
        agent = passive_agent(sentence, match) if match.group("verb") else None
        if agent is not None:
            out.append(agent)                          # "the toll was later revised by the government to 220"
            covered = agent.end
            continue
        if (is_passive(sentence, match) or after_article(sentence, match) or plural_noun(sentence, match)
                or fold_word(match.group()).startswith("declar") and _DECLARED_STATE.match(sentence, match.end())):
            continue
        told = _told_in_relative(sentence, match)
        if told is not None:
            out.append(told)                           # "la misma cifra que da la Policía": the Policía's
            continue
        inverted = inverted_subject(sentence, match)
        if inverted is not None:
            out.append(inverted)                       # "..., en Iztapalapa, informó la jefa de Gobierno"
            continue
        subject = read_backwards(sentence, subject_end(sentence, match.start())) or anaphor_before(sentence, match)
        if usable(subject) and fold_word(subject.who.split()[-1]) in TIME_NOUNS:
            subject = None                             # "a cable filed on the same day estimated": when, not who
        if usable(subject) and subject.who.islower() and not speaks_as_body(subject.who):
            # "El Comité que investigó la matanza cifró": the name before the relative clause
            subject = subject_across_clause(sentence, match) or subject
        joint = named_of_joint(sentence, match.start(), match.end(), subject)
        if joint is not None:
            out.append(joint)                          # "police and hospital sources said": police
            continue
        owner = station_of(subject.who) if usable(subject) else None
        if subject is not None and owner is not None:
            # "la estación de AEMET en Valencia registró": the body that runs it; "el observatorio de Canyapar
            # registró": a station named by its place, no one's (``attr_stations``)
            out.append(Attribution(owner, subject.start, match.end(), True))
            continue
        official = official_data(sentence[subject.start:match.start()]) if subject is not None else ""
        if official and subject is not None:           # "Official estimates put", "An official tally put"
            subject = Attribution(official, subject.start, subject.end, subject.before)
        if usable(subject) and (official or can_state(subject.who, match.group(),
                                                      opens_sentence(sentence, subject.start))
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
        across = subject_across_clause(sentence, match) or subject_before_description(sentence, match)
        if across is not None:
            out.append(across)      # "a diplomat who compiled estimates put", "X (SNC), Syria's main bloc, put"
            continue
        vague = [(fold_word(tok), at) for tok, at, _ in tokens(sentence, max(0, match.start() - 40),
                                                               match.start())][-3:]
        while vague and vague[0][0] not in VAGUE:
            vague = vague[1:]
        if vague and all(w in VAGUE for w, _ in vague) and not _ADJECTIVAL.match(sentence, match.end()) and not (
                subject is not None and subject.who[:1].isupper()
                and not all(fold_word(w) in VAGUE for w in subject.who.split())):
            # "other estimates put the toll at 1,833": someone speaks, and the text does not say who
            # (from its words on: "..., whilst other sources estimate" opens a clause of its own)
            out.append(Attribution("", vague[0][1], match.end(), True))
            continue
        # '"...", said the minister', '..., dijo el ministro de Defensa'
        before = sentence[:match.start()].rstrip()
        if fold_word(match.group()) in NO_INVERSION or BY_NEXT.match(sentence, match.end()):
            # "X, head of Y, confirmed opposition claims": an object; "The attack, claimed by the
            # group, killed 40": a participle and its agent (the phrases read "confirmed by X")
            continue
        # "—Hay 45 muertos —dijo el alcalde": a dialogue's dash before the verb, as a comma
        if before.endswith((",", "\"", "”", "»", "'", "—", "–")) or _FIGURE_THAT.search(before):
            found = read_forwards(sentence, match.end())
            # (not "En 2014, elevó la cifra a 1,8 millones": the figure's noun is the object, its subject elided, N4 D6)
            ends = found.who.split()[:1] + found.who.split()[-1:] if usable(found) else []
            if usable(found) and not FIGURE_NOUNS & {fold_word(w) for w in ends}:
                out.append(named_person(sentence, Attribution(found.who, match.start(), found.end, False)))
    generic = [a for a in (*shown, *tallies) if a.who in ("Government", "Gobierno")]
    return [a for a in out if not any(a is g for g in generic) or not _named_after(sentence, a, out, generic)]
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


# whose count a sentence gives, by a possessive ("By its count, 12 ...", "..., by their estimate"): the English of
# "según su cálculo"
_BY_ITS_COUNT = re.compile(r"\b(?:by|in|on)\s+(?:its|their|his|her)\s+(?:own\s+)?(?:count|counts|estimate|"
                           r"estimates|tally|calculation|calculations|reckoning|figures)\b", re.I)


def is_pronoun_subject(sentence: str) -> bool:
    """"He said ...", "Ella afirmó": the claimant is the one named before."""
    if _DOCUMENT_SHOWS.match(sentence) or _DOCUMENT_SAYS.match(sentence) or _DOCUMENT_TAG.search(sentence):
        return True                                    # "Este muestra...", "The report lists...": its author's
    if _BY_ITS_COUNT.search(sentence):
        return True                                    # "By its count, 12 of the 70 marches ...": the one named before
    for match in TRIGGER.finditer(sentence):    # "Of the deaths, 17,388 were reported in Kashmir, he said."
        if match.group("phrase"):
            after = tokens(sentence, match.end(), min(len(sentence), match.end() + 12))
            # "According to her, 300 died", "Según ella": the one named before; not "according to police"
            # "según su oficio", "according to their figures": a document of the one named before
            return bool(after) and (after[0][0].lower() in _OBJECT_PRONOUNS     # "él", not the article "el"
                                    or after[0][0].lower() in POSSESSIVES)
        toks = tokens(sentence, max(0, match.start() - 40), match.start())
        while toks and toks[-1][0].islower() and (fold_word(toks[-1][0]) in AFTER_SUBJECT
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
def unnamed_subject(sentence: str) -> bool:
    """"..., officials said.", "Authorities say 40 died", "According to officials, ...", "las autoridades
    informaron": the speaker is unnamed officials, who are no one named before (GUIDE: the publication's), not
    a pronoun for the last source named ("Local officials said": ``attributions`` reads who they are)."""
    for match in TRIGGER.finditer(sentence):
        if match.group("phrase"):
            after = tokens(sentence, match.end(), min(len(sentence), match.end() + 20))
            if after and fold_word(after[0][0]) in ARTICLES:
                after = after[1:]
            if after and fold_word(after[0][0]) in UNNAMED:
                return True
            continue
        toks = tokens(sentence, max(0, match.start() - 40), match.start())
        while toks and toks[-1][0].islower() and (fold_word(toks[-1][0]) in AFTER_SUBJECT
                                                  or ADVERB.search(fold_word(toks[-1][0]))):
            toks = toks[:-1]                           # "officials later said", "authorities have confirmed"
        if toks and fold_word(toks[-1][0]) in UNNAMED and (len(toks) < 2 or fold_word(toks[-2][0]) in ARTICLES | VAGUE
                                                          or not toks[-2][0][:1].isalnum()):
            return True
    return False


# an adverb that opens a sentence whose verb has no subject: "Luego afirmó que eran 35."
_OPENING_ADVERB = re.compile(r"\s*(?:Luego|Despu[eé]s|Adem[aá]s|Tambi[eé]n|Posteriormente|M[aá]s tarde|"
                             r"Asimismo|Finalmente|Inicialmente|"
                             # a fronted year or a time after the one before: "En 2014, elevó la cifra a 1,8 millones"
                             # (N4 D6), "Un año después, rebajó"
                             r"(?:En|Ya en|Hacia)\s+(?:el\s+)?(?:a[nñ]o\s+)?\d{4}|"
                             r"(?:Un|Una|Dos|Tres|Pocos|Pocas|Unos|Unas)\s+(?:a[nñ]os?|mes(?:es)?|d[ií]as?|horas?|"
                             r"semanas?)\s+(?:despu[eé]s|m[aá]s\s+tarde))\s*,?\s*")
_THAT_NEXT = re.compile(r"\s+que\b")            # a Spanish verb of speech then its clause: "Asegura que ..."
_DROPPED_SUBJECT = re.compile(r"[\"”»'’]?,\s*$")
_SENTENCE_END = re.compile(r"\s*(?:[.;!?]|$)")


_OBJECT_PRONOUNS = frozenset("him her them él ella ellos ellas".split())


_ORGANISED = re.compile(r"\b(?:launched|organi[sz]ed|called|convened|staged|"
                        r"convoc[oó]|convocaron|organiz[oó]|organizaron)\b"
                        r"(?:\s+[^\W\d_]+){0,4}?\s+(?:march|marches|protest|protests|rally|rallies|demonstration|"
                        r"demonstrations|strike|sit-in|marcha|marchas|protesta|protestas|manifestaci[oó]n|"
                        r"manifestaciones|concentraci[oó]n|huelga|paro)\b", re.I)
ORGANISERS = frozenset({"organisers", "organizers", "organizadores", "the organisers", "the organizers",
                        "los organizadores", "march organizers", "march organisers", "convocantes", "los convocantes"})


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
