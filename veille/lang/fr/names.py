"""French names of places and organizations the gazetteer packages lack,
mapped to their English names."""
from __future__ import annotations

from .organizations import ORGANIZATIONS as _ORGANIZATIONS

# French forms of those regions, and of places whose French exonym the
# gazetteer does not list. Keys are folded (lower case, no accents).
PLACE_ALIASES = {
    "crimee": "Crimea", "la crimee": "Crimea", "peninsule de crimee": "Crimea", "donbass": "Donbas", "donbas": "Donbas",
    "kiev": "Kyiv", "kyiv": "Kyiv", "kyev": "Kyiv", "odessa": "Odesa", "kharkov": "Kharkiv", "zaporijia": "Zaporizhzhia",
    "zaporijjia": "Zaporizhzhia", "marioupol": "Mariupol", "boutcha": "Bucha", "izioum": "Izium", "soumy": "Sumy",
    "koursk": "Kursk", "belgorod": "Belgorod", "briansk": "Bryansk", "tchernihiv": "Chernihiv", "kherson": "Kherson",
    "mykolaiv": "Mykolaiv", "nikolaev": "Mykolaiv", "dnipro": "Dnipro", "bakhmout": "Bakhmut", "avdiivka": "Avdiivka",
    "alep": "Aleppo", "mogadiscio": "Mogadishu", "tombouctou": "Timbuktu", "rostov-sur-le-don": "Rostov-on-Don",
    "londres": "London", "moscou": "Moscow", "bruxelles": "Brussels", "pekin": "Beijing", "sebastopol": "Sevastopol",
    "normandie": "Normandy",
    "mer noire": "Black Sea", "mer rouge": "Red Sea", "mer mediterranee": "Mediterranean Sea",
    "mediterranee": "Mediterranean Sea", "mer baltique": "Baltic Sea", "mer caspienne": "Caspian Sea",
    "mer d'azov": "Sea of Azov", "mer egee": "Aegean Sea", "mer de chine meridionale": "South China Sea",
    "manche": "English Channel", "mer du nord": "North Sea",
}
# Named features, French word -> English pattern for the name that follows
# ("place Tahrir" -> "Tahrir Square", "mer du Japon" -> "Sea of Japan",
# "aéroport de Bruxelles" -> "Brussels Airport"). Keys are folded; the name
# after them is put in English when the gazetteer knows it.
FEATURES = {
    "place": "{} Square", "mer": "Sea of {}", "mont": "Mount {}", "comte": "{} County", "aeroport": "{} Airport",
    "aeroport international": "{} International Airport", "station de metro": "{} metro station",
    "gare": "{} station", "mosquee": "{} Mosque", "hotel": "{} Hotel", "pont": "{} Bridge", "lac": "Lake {}",
    "baie": "{} Bay", "golfe": "Gulf of {}", "detroit": "{} Strait", "ile": "{} Island", "fleuve": "{} River",
    "centrale nucleaire": "{} Nuclear Power Plant", "usine": "{} plant", "universite": "{} University",
}

# Usual French short names of countries where ISO 3166's French names are
# formal ("Syrienne, République arabe"): folded name -> ISO alpha-2.
COUNTRY_NAMES = {
    "syrie": "SY", "coree du nord": "KP", "coree du sud": "KR", "moldavie": "MD", "republique tcheque": "CZ",
    "taiwan": "TW", "laos": "LA", "rdc": "CD", "rd congo": "CD", "congo-kinshasa": "CD", "congo-brazzaville": "CG",
    "bielorussie": "BY", "belarus": "BY", "emirats arabes unis": "AE", "vietnam": "VN", "tanzanie": "TZ",
    "bolivie": "BO", "venezuela": "VE", "iran": "IR", "palestine": "PS", "centrafrique": "CF", "myanmar": "MM",
    "grande-bretagne": "GB", "etats-unis d'amerique": "US", "macedoine": "MK", "kosovo": "XK", "cisjordanie": "PS",
}
# Well-known organizations: folded French forms -> English name (the table
# in organizations.py), and the English "Air Force" of texts translated from
# Ukrainian reports.
ORGANIZATIONS = {**_ORGANIZATIONS, "air force": "Ukrainian Air Force", "air force ukrainienne": "Ukrainian Air Force",
                 "l'air force ukrainienne": "Ukrainian Air Force"}
