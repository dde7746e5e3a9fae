"""Weapon models as the Air Force reports name them -> `veille/1` categories.

The dataset names one model per row, or a bundle ("C-300 and Iskander-M",
"X-101/X-555 and Kalibr") whose counts cover all of its parts. Reconnaissance
drones (Orlan, ZALA, Supercam…) are not attack drones: they get a category of
their own, `reconnaissance_drone`, which only an article's mixed total
(category null) is compared with.
"""
from __future__ import annotations

MODEL_CATEGORIES = {
    # attack drones, Shahed type, and loitering munitions
    "shahed-136/131": "drone", "unknown uav": "drone", "lancet": "drone", "молнія": "drone", "mohajer-6": "drone",
    "kub": "drone", "granat-4": "drone",
    # reconnaissance drones
    "orlan-10": "reconnaissance_drone", "orlan-30": "reconnaissance_drone", "reconnaissance uav": "reconnaissance_drone",
    "supercam": "reconnaissance_drone", "zala": "reconnaissance_drone", "merlin-vr": "reconnaissance_drone",
    "orion": "reconnaissance_drone", "forpost": "reconnaissance_drone", "eleron": "reconnaissance_drone",
    "фенікс": "reconnaissance_drone", "привет-82": "reconnaissance_drone", "картограф": "reconnaissance_drone",
    # ballistic: Iskander-M/KN-23, and S-300/S-400 air-defence missiles fired at ground targets
    "iskander-m": "ballistic_missile", "iskander-m/kn-23": "ballistic_missile", "kn-23": "ballistic_missile",
    "ballistic missile": "ballistic_missile", "intercontinental ballistic missile": "ballistic_missile",
    "c-300": "ballistic_missile", "c-400": "ballistic_missile", "c-300/c-400": "ballistic_missile",
    "x-47 kinzhal": "aeroballistic_missile",
    "x-101/x-555": "cruise_missile", "kalibr": "cruise_missile", "iskander-k": "cruise_missile", "x-22": "cruise_missile",
    "x-32": "cruise_missile", "3m22 zircon": "cruise_missile", "p-800 oniks": "cruise_missile", "x-35": "cruise_missile",
    "banderol": "cruise_missile",
    "x-59": "guided_air_missile", "x-69": "guided_air_missile", "x-59/x-69": "guided_air_missile",
    "x-59mk2": "guided_air_missile", "x-31": "guided_air_missile", "x-31p": "guided_air_missile",
    "x-31pd": "guided_air_missile",
    "gbu": "guided_bomb", "aerial bomb": "guided_bomb",
    "unknown missile": "missile",
}
MISSILES = {"ballistic_missile", "cruise_missile", "aeroballistic_missile", "guided_air_missile", "missile"}


def category(model: str) -> str | None:
    """The category of a model or bundle: one category when every part has
    it, `missile` for a bundle of missiles of several kinds, else None (a
    mixed count, or a model the table does not know)."""
    parts = [p.strip().casefold() for p in model.split(" and ")]
    cats = {MODEL_CATEGORIES.get(p) for p in parts}
    if None in cats:
        return None
    if len(cats) == 1:
        return cats.pop()
    if cats <= MISSILES:
        return "missile"
    return None
