"""The article's place (scene.article_place) and the places that are no count's.

- an attack, a shooting, a riot, a wreck is an event that happens somewhere ("un ataque armado en
  Saravena, Arauca", "a riot in Tanjung Priok, Jakarta"): the town the opening puts it in;
- an event that spread over its country ("took place in all regions of X", "en todo el país",
  "Nationwide, ...") is the country's, not the town where it began;
- a toll's verb or what struck a town ("Heavy rains in X killed 12") places the article's event in
  its first sentence only; a later sentence telling a later event, or one of another kind ("A strong
  aftershock struck X" of an earthquake), does not move it;
- when neither the title nor the first sentence names the kind of the event ("At least 600 people
  died in Ecuador"), a later sentence telling an event of any kind is the article's ("The earthquake
  occurred in Portoviejo", "El terremoto ocurrió en Portoviejo"); who carries out an attack names its
  kind ("Gunmen killed 30", "Hombres armados mataron a 30"), a disease an epidemic ("Cholera has
  killed 800"); a storm's floods and slides, a protest's riots, are one event with it; the verb of
  attacking places an attack as its noun does ("gunmen attacked a market in X", "atacaron un mercado
  en X");
- a pandemic is, by the word, the world's: no one country is its place;
- the town the title names, which the opening puts inside a region ("la refinería de Amuay, en el
  estado Falcón"), is more specific than that region; a town a storm tore through, gunmen killed
  in, rains fell on ("tore through Moore, Oklahoma", "las lluvias caídas en Atacama") is the event's;
- where goods came from and a treaty's partner ("semillas venidas de X", "a trade agreement with
  X") are no place of a count.

Invented articles and sentences (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.scene import article_place
from reconcile.quantities.running import sentences


def _where(title: str, body: str) -> tuple[str, str] | None:
    article = parse_article(f"title: {title}\ndate: 2015-03-05\n\n{body}\n", "news.txt")
    return article_place(article, sentences(article.text, None))


@pytest.mark.parametrize("title, body, name", [
    ("Ataque en Arauca", "Un ataque con explosivos contra un cuartel de la policía en Saravena, Arauca, dejó 3 "
     "muertos, según el Ejército de Colombia.", "Saravena"),
    ("Tiroteo en Nuevo León", "Un tiroteo en un bar de Apodaca, Nuevo León, dejó 7 muertos el sábado.", "Apodaca"),
    ("Tanjung Priok riot", "The Tanjung Priok riot was a riot in Tanjung Priok, Jakarta, Indonesia, on 12 September "
     "1984. Government figures put the dead at 24.", "Tanjung Priok"),
    ("Ferry disaster in Bangladesh", "A ferry capsized in Munshiganj, a district of Bangladesh, on Sunday; 40 people "
     "drowned.", "Munshiganj"),
])
def test_an_attack_or_a_wreck_happens_in_the_town_the_opening_names(title, body, name):
    where = _where(title, body)
    assert where is not None and where[1] == name


@pytest.mark.parametrize("title, body, country", [
    ("2011 Peruvian protests", "A wave of protests began in Lima in May 2011 and took place in all regions of "
     "Peru. Lima saw the largest marches.", "PE"),
    ("Protestas en Ecuador de 2015", "Las protestas comenzaron en Quito y se extendieron en todo el país durante "
     "junio. Quito fue el centro de las marchas.", "EC"),
    ("2015 Kenyan strikes", "Teachers struck in Nairobi, and strikes then spread to many cities across Kenya. "
     "Nairobi saw the largest.", "KE"),
    # the words of spreading at a sentence's start, capitalised
    ("2015 Kenyan strikes", "Teachers struck in Nairobi on Monday. Nationwide, some 200,000 teachers joined the "
     "strike.", "KE"),
    ("Huelga docente en Kenia de 2015", "La huelga se realizó en Nairobi el lunes. En todo el país, unos 200.000 "
     "maestros se sumaron a ella.", "KE"),
])
def test_an_event_spread_over_its_country_is_the_country(title, body, country):
    where = _where(title, body)
    assert where is not None and where[0] == country


def test_a_town_where_the_event_happened_stays_its_place():
    where = _where("2011 Lima protests", "Protests took place in Lima in May 2011. Lima saw the largest marches.")
    assert where is not None and where[1] == "Lima"


@pytest.mark.parametrize("title, body", [
    ("2016 cholera pandemic", "The 2016 cholera pandemic began in Yemen in October 2016, and cases were later "
     "reported in Somalia."),
    ("Pandemia de gripe de 2016", "La pandemia de gripe comenzó en México en enero de 2016 y se extendió a Chile."),
    # the world's, said at a sentence's start
    ("2016 cholera outbreak", "Worldwide, the outbreak killed 5,000 people in 2016, most of them in Yemen."),
    ("Brote de cólera de 2016", "En todo el mundo, el brote mató a 5.000 personas en 2016, la mayoría en Yemen."),
])
def test_a_pandemic_has_no_one_country(title, body):
    assert _where(title, body) is None


@pytest.mark.parametrize("body, value, place", [
    ("El paro dejó al menos 8 muertos en Colombia. Los campesinos rechazaban las semillas venidas de Estados Unidos, "
     "que dejaron al menos 40 fincas arruinadas.", "al menos 40", "CO"),
    ("The strike left 8 dead in Colombia. Farmers opposed a trade agreement with Mexico, which ruined at least 40 "
     "farms.", "at least 40", "CO"),
])
def test_where_goods_came_from_is_no_place_of_a_count(body, value, place):
    raw = f"title: Paro agrario en Colombia\ndate: 2013-08-19\n\n{body}\n"
    assert {p.value: p.place for p in propose(parse_article(raw, "news.txt"))}[value] == place


@pytest.mark.parametrize("title, body, name", [
    ("Explosión en la refinería de Amuay", "Una explosión en la refinería de Amuay, en el estado Falcón, Venezuela, "
     "dejó 48 muertos.", "Amuay"),
    ("Derrumbe en Hpakant", "Un deslizamiento de tierra en una mina de jade de Hpakant, en el estado de Kachin, en el "
     "norte de Birmania, mató a 162 personas.", "Hpakant"),
    ("Kyaukpa landslide", "A landslide at a jade mine in Kyaukpa, in the state of Kachin, Myanmar, killed 90 people.",
     "Kyaukpa"),
    ("Tornado hits Oklahoma town", "A tornado tore through Moore, Oklahoma, on Monday afternoon, killing at least 24 "
     "people.", "Moore"),
    ("Gunmen kill 30 in Nigerian village", "Gunmen killed 30 people in the village of Kwaga in Borno state, Nigeria, "
     "on Tuesday, residents said.", "Kwaga"),
    ("Ataque a un pueblo de Nigeria", "Hombres armados mataron a 30 personas en el pueblo de Kwaga, en el estado de "
     "Borno, Nigeria, el martes.", "Kwaga"),
    ("Inundaciones en el norte de Chile", "Las lluvias caídas en Atacama dejaron 25 muertos, según la ONEMI de Chile.",
     "Atacama"),
    # a town the opening places near a city: "in Regent, on the outskirts of Freetown"
    ("Mudslide in Sierra Leone", "A mudslide in Regent, on the outskirts of Freetown, killed more than 400 people on "
     "Monday.", "Regent"),
    ("Deslave en Sierra Leona", "Un deslave en Regent, en las afueras de Freetown, mató a más de 400 personas el "
     "lunes.", "Regent"),
    # a later sentence of the opening telling the article's event: the opening names no kind of event
    ("Hundreds dead in Ecuador", "At least 600 people died in Ecuador on Saturday, officials said. The earthquake "
     "occurred in Portoviejo, in the west.", "Portoviejo"),
    ("Cientos de muertos en Ecuador", "Al menos 600 personas murieron en Ecuador el sábado, dijeron las autoridades. "
     "El terremoto ocurrió en Portoviejo, en el oeste.", "Portoviejo"),
    # who attacked names an attack
    ("Thirty dead in Nigeria", "Gunmen killed 30 people in Nigeria on Monday, officials said. The attack took place "
     "in Kano. Police arrested 5 suspects.", "Kano"),
    ("Treinta muertos en Nigeria", "Hombres armados mataron a 30 personas en Nigeria el lunes, dijeron las "
     "autoridades. El ataque ocurrió en Kano. La policía detuvo a 5 sospechosos.", "Kano"),
    # a storm's floods are the storm's event
    ("Thirty dead in Honduras", "A hurricane killed 30 people across Honduras on Monday. The worst flooding occurred "
     "in Choluteca.", "Choluteca"),
    ("Treinta muertos en Honduras", "Un huracán mató a 30 personas en Honduras el lunes. Las peores inundaciones "
     "ocurrieron en Choluteca.", "Choluteca"),
    # the verb of attacking places the attack as its noun does
    ("Thirty dead in Nigeria", "On Saturday, gunmen attacked a market in Kano. The attackers killed 30 traders.",
     "Kano"),
    ("Treinta muertos en Nigeria", "El sábado, hombres armados atacaron un mercado en Kano. Mataron a 30 "
     "comerciantes.", "Kano"),
])
def test_the_opening_names_the_events_town(title, body, name):
    where = _where(title, body)
    assert where is not None and where[1] == name


@pytest.mark.parametrize("title, body", [
    ("2017 truck bombing", "A truck bomb exploded in Kabul on 31 May, killing 150 people and sparking protests "
     "nationwide."),
    ("Camión bomba de 2017", "Un camión bomba explotó en Kabul el 31 de mayo, matando a 150 personas y provocando "
     "protestas en todo el país."),
])
def test_a_bombing_that_sparked_protests_nationwide_stays_in_its_town(title, body):
    where = _where(title, body)
    assert where is not None and where[1] == "Kabul"


@pytest.mark.parametrize("title, body, country", [
    # a toll's verb, what struck a town: the article's event's place in its first sentence only
    ("Cholera in Haiti", "Cholera has killed 800 people across Haiti this year, the health ministry said. Heavy rains "
     "in Jacmel killed 12 people.", "HT"),
    ("Cólera en Haití", "El cólera ha matado a 800 personas en Haití este año, dijo el ministerio de salud. Las "
     "lluvias en Jacmel mataron a 12 personas.", "HT"),
    # a later sentence that tells of a later event does not move the place
    ("Floods in Haiti", "Floods have left 800 dead in Haiti, the government said. A fire in Jacmel later destroyed "
     "40 shelters.", "HT"),
    ("Inundaciones en Haití", "Las inundaciones dejaron 800 muertos en Haití, dijo el gobierno. Un incendio en Jacmel "
     "destruyó después 40 refugios.", "HT"),
    # a later sentence whose subject is another kind of event than the article's
    ("Earthquake in Haiti", "An earthquake killed 800 people across Haiti on Saturday. A strong aftershock struck "
     "Jacmel on Monday.", "HT"),
    ("Terremoto en Haití", "Un terremoto mató a 800 personas en Haití el sábado. Una fuerte réplica sacudió Jacmel el "
     "lunes.", "HT"),
    ("Cholera in Haiti", "Cholera has killed 800 people across Haiti this year. A protest was held in Jacmel on "
     "Monday.", "HT"),
    ("Cólera en Haití", "El cólera ha matado a 800 personas en Haití este año. Una protesta se realizó en Jacmel el "
     "lunes.", "HT"),
    # another kind of event than the opening's: not the article's place
    ("Thirty dead in Honduras", "A hurricane killed 30 people across Honduras on Monday. An earthquake struck "
     "Choluteca on Tuesday.", "HN"),
    ("Treinta muertos en Honduras", "Un huracán mató a 30 personas en Honduras el lunes. Un sismo sacudió Choluteca "
     "el martes.", "HN"),
    ("Earthquake in Haiti", "An earthquake killed 800 people across Haiti on Saturday. Gunmen attacked a market in "
     "Jacmel on Monday.", "HT"),
    ("Terremoto en Haití", "Un terremoto mató a 800 personas en Haití el sábado. Hombres armados atacaron un mercado "
     "en Jacmel el lunes.", "HT"),
])
def test_a_later_sentence_telling_a_local_event_keeps_the_articles_place(title, body, country):
    where = _where(title, body)
    assert where is not None and where[0] == country
