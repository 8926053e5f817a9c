"""What a length or a speed measures
(fields.measure_criterion, a helper of propose). Sentences made up for
the mechanism."""
from __future__ import annotations

from reconcile.extract.fields import measure_criterion
from reconcile.quantities.running import Sentence, scan


def _measures(text, lang="en"):
    return {q.text: measure_criterion(text, q.start, q.end, q.unit) for q in scan(Sentence(0, text, lang))}


def test_a_length_at_a_depth_is_the_hypocentre_depth():
    assert _measures("El sismo se originó a una profundidad de 35 km.", "es") == {"35 km": "hypocentre-depth"}
    assert _measures("The quake struck 12 km (7 mi) deep.") == {"12 km": "hypocentre-depth", "7 mi": "hypocentre-depth"}


def test_a_length_from_a_place_is_a_distance_of_the_epicentre_when_the_sentence_has_one():
    found = _measures("Su epicentro estuvo a 60 km al sureste de Arequipa y a 20 km de profundidad.", "es")
    assert found == {"60 km": "epicentre-distance", "20 km": "hypocentre-depth"}
    assert _measures("The epicentre lay 48 km (30 mi) north of Valparaíso.") == \
        {"48 km": "epicentre-distance", "30 mi": "epicentre-distance"}
    # no epicentre: a distance
    assert _measures("The village lies 80 km south of the capital.") == {"80 km": "distance"}
    # a length that is neither: nothing is guessed
    assert _measures("La marcha recorrió 11 kilómetros.", "es") == {"11 kilómetros": None}


def test_a_speed_of_the_wind():
    assert _measures("The storm reached peak winds of 240 km/h.") == {"240 km/h": "peak-winds"}
    # the GUIDE has one slug for a wind's speed, peak or not
    assert _measures("Se registraron vientos de 90 km/h en la costa.", "es") == {"90 km/h": "peak-winds"}
    # no wind: a train's speed is train-speed (GUIDE's slug); another vehicle's is not guessed
    assert _measures("El tren circulaba a 190 km/h.", "es") == {"190 km/h": "train-speed"}
    assert _measures("El autobús circulaba a 120 km/h.", "es") == {"120 km/h": None}


def test_a_speed_limit_and_a_sustained_wind_on_a_line_of_facts():
    assert _measures("The train ran at 190 km/h where the speed limit is 80 km/h.") == {
        "190 km/h": "train-speed", "80 km/h": "speed-limit"}
    assert _measures("La vía tiene una velocidad máxima permitida de 80 km/h.", "es") == {"80 km/h": "speed-limit"}
    assert _measures("El tramo tiene una velocidad máxima de 80 km/h.", "es") == {"80 km/h": "speed-limit"}
    assert _measures("1-minute sustained: 315 km/h") == {"315 km/h": "peak-winds"}


def test_a_distance_with_two_directions_and_a_quake_located_by_it():
    sentence = "The magnitude 4.7 quake occurred 13 kilometers (8 miles) west, northwest of Lake Elsinore."
    at = sentence.index("13 kilometers")
    assert measure_criterion(sentence, at, at + len("13 kilometers"), "km") == "epicentre-distance"
    sentence = "El sismo se produjo a 30 km al oeste-noroeste de Lima."
    at = sentence.index("30 km")
    assert measure_criterion(sentence, at, at + 5, "km") == "epicentre-distance"
    # no quake located by it: a distance from the place named
    sentence = "The flood reached a town 30 km west, northwest of Lima."
    at = sentence.index("30 km")
    assert measure_criterion(sentence, at, at + 5, "km") == "distance-from-lima"
