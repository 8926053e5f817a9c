"""Spanish demonyms ("gentilicios") and the countries they name: "venezolanas" -> Venezuela. A table of its own,
read by the speakers ("el gobierno venezolano") and by the places ("la capital hondureña") alike."""
from __future__ import annotations

from reconcile.quantities.lexicon import fold_word

__all__ = ["gentilicio"]

# Spanish demonyms (masculine singular, accents dropped) whose country is not the demonym less a suffix
_GENTILICIOS = {"venezolano": "Venezuela", "colombiano": "Colombia", "mexicano": "México", "chileno": "Chile",
                "peruano": "Perú", "argentino": "Argentina", "boliviano": "Bolivia", "ecuatoriano": "Ecuador",
                "mauritano": "Mauritania", "lituano": "Lituania",
                "cubano": "Cuba", "hondureño": "Honduras", "guatemalteco": "Guatemala", "salvadoreño": "El Salvador",
                "nicaragüense": "Nicaragua", "costarricense": "Costa Rica", "panameño": "Panamá",
                "paraguayo": "Paraguay", "uruguayo": "Uruguay", "dominicano": "República Dominicana",
                "haitiano": "Haití", "español": "España", "estadounidense": "Estados Unidos", "frances": "Francia",
                "britanico": "Reino Unido", "ruso": "Rusia", "chino": "China", "sirio": "Siria", "iraqui": "Irak",
                "afgano": "Afganistán", "pakistani": "Pakistán", "turco": "Turquía", "israeli": "Israel",
                "palestino": "Palestina", "libanes": "Líbano", "irani": "Irán", "ucraniano": "Ucrania",
                "brasileño": "Brasil", "italiano": "Italia", "aleman": "Alemania", "japones": "Japón",
                "sudafricano": "Sudáfrica", "azerbaiyano": "Azerbaiyán", "uzbeko": "Uzbekistán",
                # the countries news names most, by the demonym ("el gobierno surcoreano")
                "surcoreano": "Corea del Sur", "norcoreano": "Corea del Norte", "indio": "India",
                "bangladesi": "Bangladés", "birmano": "Birmania", "filipino": "Filipinas", "indonesio": "Indonesia",
                "nepali": "Nepal", "nepales": "Nepal", "egipcio": "Egipto", "marroqui": "Marruecos",
                "argelino": "Argelia", "nigeriano": "Nigeria", "keniano": "Kenia", "keniata": "Kenia",
                "etiope": "Etiopía", "sudanes": "Sudán", "somali": "Somalia", "griego": "Grecia",
                "portugues": "Portugal", "polaco": "Polonia", "canadiense": "Canadá", "australiano": "Australia",
                "saudi": "Arabia Saudita", "saudita": "Arabia Saudita", "yemeni": "Yemen", "jordano": "Jordania",
                "libio": "Libia", "tunecino": "Túnez", "senegales": "Senegal", "puertorriqueño": "Puerto Rico",
                "belga": "Bélgica", "holandes": "Países Bajos", "neerlandes": "Países Bajos", "suizo": "Suiza",
                "sueco": "Suecia", "noruego": "Noruega", "danes": "Dinamarca", "finlandes": "Finlandia",
                "mozambiqueño": "Mozambique", "zimbabuense": "Zimbabue", "tailandes": "Tailandia",
                "vietnamita": "Vietnam", "camboyano": "Camboya", "malasio": "Malasia", "armenio": "Armenia",
                "georgiano": "Georgia", "bielorruso": "Bielorrusia", "serbio": "Serbia", "croata": "Croacia",
                "rumano": "Rumania", "hungaro": "Hungría", "checo": "República Checa", "austriaco": "Austria",
                "irlandes": "Irlanda", "maliense": "Malí", "nigerino": "Níger", "camerunes": "Camerún",
                "ghanes": "Ghana", "ugandes": "Uganda", "ruandes": "Ruanda", "tanzano": "Tanzania",
                "angoleño": "Angola", "catari": "Catar", "emirati": "Emiratos Árabes Unidos", "kuwaiti": "Kuwait",
                "taiwanes": "Taiwán", "neozelandes": "Nueva Zelanda", "marfileño": "Costa de Marfil",
                "jamaicano": "Jamaica"}
_GENTILICIOS = {fold_word(k): v for k, v in _GENTILICIOS.items()}


def gentilicio(word: str) -> str | None:
    """"venezolanas" -> "Venezuela", "nicaragüenses" -> "Nicaragua": a Spanish demonym's country."""
    low = fold_word(word)
    for form in (low, low[:-1], low[:-2] + "o", low[:-1] + "o" if low.endswith("a") else "",
                 low[:-2] if low.endswith(("es", "as")) else "", low[:-2] + "e" if low.endswith("es") else ""):
        if form and form in _GENTILICIOS:
            return _GENTILICIOS[form]
    return None
