"""English demonyms whose country is not the demonym less a suffix: "Thai" -> Thailand, "Dutch" ->
Netherlands. A table of its own, read by the speakers ("Thai officials": the Government of Thailand) and by
the places alike: such a word is never a place of another country, though a gazetteer may hold it ("Thai" is
a name GeoNames gives Alor Setar, in Malaysia; "Somali" is a region of Ethiopia). The Spanish ones are in
``gentilicios``."""
from __future__ import annotations

__all__ = ["demonym"]

# (a regular demonym, the country's name and a suffix, "Sudanese", "Peruvian", is read from the name itself)
_DEMONYMS = {"french": "France", "british": "United Kingdom", "dutch": "Netherlands", "american": "United States",
             "filipino": "Philippines", "philippine": "Philippines", "burmese": "Myanmar", "salvadoran": "El Salvador",
             "salvadorean": "El Salvador", "swiss": "Switzerland", "greek": "Greece", "thai": "Thailand",
             "afghan": "Afghanistan", "welsh": "Wales", "scottish": "Scotland", "irish": "Ireland", "danish": "Denmark",
             "swedish": "Sweden", "finnish": "Finland", "polish": "Poland", "spanish": "Spain", "turkish": "Turkey",
             "dominican": "Dominican Republic",     # (Dominica's people are Dominicans too, far less often news)
             "somali": "Somalia", "lao": "Laos", "laotian": "Laos", "saudi": "Saudi Arabia",
             "emirati": "United Arab Emirates", "lebanese": "Lebanon", "portuguese": "Portugal", "belgian": "Belgium",
             "norwegian": "Norway", "mozambican": "Mozambique", "czech": "Czechia", "slovak": "Slovakia",
             "kazakh": "Kazakhstan", "uzbek": "Uzbekistan", "tajik": "Tajikistan", "kyrgyz": "Kyrgyzstan",
             "turkmen": "Turkmenistan", "ivorian": "Côte d'Ivoire", "cypriot": "Cyprus", "malagasy": "Madagascar",
             "mauritian": "Mauritius", "burkinabe": "Burkina Faso", "comoran": "Comoros", "seychellois": "Seychelles",
             "trinidadian": "Trinidad and Tobago", "macedonian": "North Macedonia"}


def demonym(word: str) -> str | None:
    """"Thai" -> "Thailand", "Somali" -> "Somalia": the English name of the country an irregular English
    demonym names, else None."""
    return _DEMONYMS.get(word.lower())
