"""Two mechanisms the extraction engineers found outside their own files (issue 14): the
existential 'there were' is no place adverb, and a dotted acronym is one word of a claimant's id.
Invented articles in real places."""
from __future__ import annotations

from reconcile.extract import parse_article, propose
from reconcile.extract.project import claimant_slug


def _article(title: str, body: str, date: str = "2031-05-04"):
    return parse_article(f"url: https://example.org/a\ntitle: {title}\ndate: {date}\n\n{body}", "a.txt")


def _by_value(proposals, value: str):
    found = [p for p in proposals if p.value == value or p.value.startswith(value + " ")]
    assert found, [p.value for p in proposals]
    return found[0]


def test_there_were_counts_where_the_article_is_not_where_the_last_sentence_was():
    article = _article("Mine collapse in Peru",
                       "A mine collapsed in Arequipa, Peru, on 3 May 2031. Rescue teams gathered in Cusco. "
                       "There were 249 victims, the regional government said.")
    assert _by_value(propose(article), "249").place != "Cusco"
    # the place adverb still takes the last sentence's place
    article = _article("Mine collapse in Peru",
                       "A mine collapsed in Arequipa, Peru, on 3 May 2031. Rescue teams gathered in Cusco. "
                       "There, 40 miners were trapped, the regional government said.")
    assert _by_value(propose(article), "40").place == "Cusco"


def test_allí_hubo_keeps_the_place_of_the_sentence_before():
    article = _article("Derrumbe en Perú",
                       "Una mina se derrumbó en Perú el 3 de mayo de 2031. Los rescatistas llegaron a Cusco. "
                       "Allí, 40 mineros quedaron atrapados, según el gobierno regional.")
    assert _by_value(propose(article, "es"), "40").place == "Cusco"


def test_a_dotted_acronym_is_one_word_of_the_claimants_id():
    assert claimant_slug("U.N. observers") == "un-observers"
    assert claimant_slug("the U.S. Geological Survey") == "the-us-geological-survey"
    assert claimant_slug("Dr. A. Pérez") == "dr-a-perez"          # one initial is no acronym
    article = _article("Shelling in Homs",
                       "Shelling killed 92 people in Homs, Syria, on 3 May 2031, U.N. observers said.")
    claimant = _by_value(propose(article), "92").claimant
    assert claimant == "U.N. observers" and claimant_slug(claimant) == "un-observers"


def test_the_span_of_days_may_be_named_in_the_openings_second_sentence():
    article = _article("Lima riots",
                       "The Lima riots were a wave of unrest in Peru. They took place from 3 May to 5 May 2031 "
                       "across the capital. Police said 40 people were injured.")
    assert _by_value(propose(article), "40").as_of == "2031-05"
    article = _article("Disturbios de Lima",
                       "Los disturbios de Lima fueron una ola de protestas en Perú. Comenzaron el 3 de mayo de 2031 "
                       "y terminaron el 5 de mayo de 2031. La policía informó de 40 heridos.")
    assert _by_value(propose(article, "es"), "40").as_of == "2031-05"
    # the third sentence is no longer the opening
    article = _article("Lima riots",
                       "The Lima riots were a wave of unrest in Peru. Shops closed. They took place from 3 May to "
                       "5 May 2031 across the capital. Police said 40 people were injured.")
    assert _by_value(propose(article), "40").as_of != "2031-05"


def test_a_bare_government_is_the_articles_countrys_not_the_country_the_sentences_name_most():
    article = _article("Floods in Nepal",
                       "Floods struck Nepal on 3 May 2031. Aid arrived from India on Monday, and rescuers from India "
                       "flew to the valley. The government said 60 people were missing.")
    assert _by_value(propose(article), "60").claimant == "Government of Nepal"      # was of India
    article = _article("Inundaciones en Nepal",
                       "Las inundaciones afectaron a Nepal el 3 de mayo de 2031. La ayuda llegó desde India el lunes "
                       "y rescatistas de India volaron al valle. El gobierno informó de 60 desaparecidos.")
    assert _by_value(propose(article, "es"), "60").claimant == "Gobierno de Nepal"
