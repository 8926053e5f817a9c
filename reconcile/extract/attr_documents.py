"""Attributions to a document, an estimate or a tally rather than to a speaker's verb: the one who gave an
estimate ("the National Park Service issued an estimate of about 400,000"), a document that says or shows ("un
informe de la ONU señala", "figures from the ministry show"), the one a view is "for" ("Para la policía, ..."),
the agent of a revision or a figure "by" someone ("fue elevada por el Gobierno", "1,200 by police count"), and a
tally or count "of" a body ("the official count of the ministry", "la cifra oficial del Ministerio").
"""
from __future__ import annotations

import re

from reconcile.extract.attr_official import official_name
from reconcile.extract.attr_subjects import DATA, a_place, opens_sentence, subject_end, subjects_of
from reconcile.extract.fields import places_in
from reconcile.extract.reading import read_backwards, read_forwards
from reconcile.extract.speakers import Attribution, can_state, tokens, trim_name, usable
from reconcile.quantities.lexicon import fold_word

__all__ = ["counts_of", "document_saying", "figures_by", "figures_show", "for_whom", "gave_estimates", "revised_by",
           "tallies_of"]


# "the National Park Service issued an estimate of about 400,000": the one who gives the estimate
_GAVE_ESTIMATE = re.compile(
    r"\b(?:issued|issues|gave|gives|(?:had|has|have)\s+given|released|releases|published|publishes|provided|"
    r"provides|offered|offers|"
    r"produced|made|dio|dieron|entreg[oó]|public[oó]|difundi[oó]|ofreci[oó])\s+(?:an?|the|its|their|una?|su|sus)\s+"
    r"(?:(?:official|new|initial|revised|final|preliminary|own|first|oficial|nueva|nuevo|primera|primer)\s+)?"
    r"(?:estimates?|figures?|count|tally|toll|death toll|number|estimaci[oó]n|cifra|balance|recuento)\b", re.I)


def gave_estimates(sentence: str) -> list[Attribution]:
    return subjects_of(sentence, _GAVE_ESTIMATE, lambda match, subject: usable(subject) and can_state(
        subject.who, "gave", opens_sentence(sentence, subject.start)))


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


# a document named with its author, then the clause of what it says: "el informe de la ONU, según el cual 300 ...",
# "the report by the Red Cross, according to which 300 ..."
_AUTHORED_SAYING = re.compile(
    r"\b(?:un|una|el|la|a|an|the)\s+(?:(?:nuevo|nueva|[uú]ltimo|[uú]ltima|new|latest)\s+)?"
    r"(?:reporte|informe|comunicado|bolet[ií]n|documento|estudio|balance|report|statement|bulletin|document|study)"
    r"(?:\s+(?:oficial|preliminar|official|preliminary))?\s+(?:de|del|by|of|from)\s+"
    r"(?P<who>[^,;:()]{2,80}?)\s*,?\s+"
    r"(?:seg[uú]n\s+(?:el|la)\s+cual|de\s+acuerdo\s+con\s+(?:el|la)\s+cual|according\s+to\s+which)\b", re.I)


def document_saying(sentence: str) -> list[Attribution]:
    """The subject of the main clause that issues a document, then tells what the document says: the one who states
    the figure (GUIDE: a report is no claimant, its author is); or the author named with the document ("el informe
    de la ONU, según el cual 300 civiles murieron": the UN's)."""
    out = []
    for match in _AUTHORED_SAYING.finditer(sentence):
        author = read_forwards(sentence[:match.end("who")], match.start("who"))
        if usable(author) and author.who[:1].isupper() and not a_place(author.who):
            out.append(Attribution(author.who, match.start(), match.end(), True))
    for match in _DOCUMENT_SAYING.finditer(sentence):
        verb = _ISSUED.search(sentence[:match.start()])
        if verb is None:
            continue              # "La FM conoció un informe según el cual": who read it is not who wrote it
        subject = read_backwards(sentence, subject_end(sentence, verb.start("verb")))
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


def figures_show(sentence: str) -> list[Attribution]:
    out = []
    for match in _STUDY_SHOWS.finditer(sentence):
        found = read_forwards(sentence[:match.end("who")], match.start("who"))   # not on into its verb
        if usable(found) and found.who[:1].isupper() and not a_place(found.who):
            out.append(Attribution(found.who, match.start(), match.end(), True))
    for match in _PART_OF_REPORT.finditer(sentence):
        found = read_forwards(sentence, match.end())
        if usable(found) and found.who[:1].isupper() and not a_place(found.who):   # not "del reporte de Lima"
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
                can_state(who, "recorded", opens_sentence(sentence, subject.start)):
            out.append(Attribution(subject.who, subject.start, match.end(), True))
    return out


def _past_the_data(who: str) -> bool:
    """Whether a name read backwards was a body's figures that reading left the body of ("Las cifras del
    Ministerio" -> "Ministerio"): the name holds no data noun."""
    return not any(fold_word(w) in DATA for w in who.split())


# "Para la policía, fueron 45.000", "For the organisers, it was 300,000": whose view opens the sentence
_FOR_WHOM = re.compile(r"\s*[\"“«]?(?:Para|For|En opini[oó]n de|In the view of|A ojos de)\s+")


# where the view ends: a comma, or the verb of the figure it gives ("Para la Delegación del Gobierno han sido
# 170.000", "For police there were 80,000")
_VIEW_ENDS = re.compile(r"\s*(?:,|(?:han\s+sido|hab[ií]an\s+sido|fueron|son|eran|ser[ií]an|hubo|habr[ií]a|"
                        r"there\s+were|it\s+was|they\s+were)\b)", re.I)


def for_whom(sentence: str) -> list[Attribution]:
    opening = _FOR_WHOM.match(sentence)
    found = read_forwards(sentence, opening.end()) if opening else None
    if not usable(found) or not _VIEW_ENDS.match(sentence, found.end) or not can_state(found.who, "gave"):
        return []                                      # not "Para el rescate, 300 soldados..."
    return [Attribution(found.who, 0, found.end, False)]


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


def revised_by(sentence: str) -> list[Attribution]:
    out = []
    for match in _REVISED_BY.finditer(sentence):
        found = read_forwards(sentence, match.end())
        if usable(found) and can_state(found.who, "raised"):      # not "por las lluvias"
            out.append(Attribution(found.who, match.start(), found.end, False))
    return out


def figures_by(sentence: str) -> list[Attribution]:
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


def tallies_of(sentence: str) -> list[Attribution]:
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


def counts_of(sentence: str) -> list[Attribution]:
    out = []
    for match in _COUNT_OF.finditer(sentence):
        found = read_forwards(sentence, match.end())
        if usable(found) and can_state(found.who, "gave"):
            out.append(Attribution(found.who, match.start() + 1, found.end, False))
    return out
