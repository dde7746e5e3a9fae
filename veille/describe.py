"""Events in words: what an analyst reads in a table or a CSV cell instead
of field names ("123 drones launched, 71 shot down, 40 jammed", "at least 1
killed, 4 injured", "Russia controls just under 20 % of Ukraine", "US$65 bn
from the United States").

Every figure keeps the article's hedge (`qualifiers`), and nothing is added
that the event does not hold: a missing figure is left out, never written
as 0.
"""
from __future__ import annotations

from datetime import date, timedelta

HEDGES = {"at_least": "at least", "more_than": "more than", "about": "about", "just_under": "just under",
          "up_to": "up to", "less_than": "less than"}
# category -> (one, several); `None` is a count of several kinds together ("900 drones and missiles")
WEAPON_NOUNS = {
    "ballistic_missile": ("ballistic missile", "ballistic missiles"),
    "cruise_missile": ("cruise missile", "cruise missiles"),
    "aeroballistic_missile": ("aeroballistic missile", "aeroballistic missiles"),
    "guided_air_missile": ("guided air missile", "guided air missiles"),
    "missile": ("missile", "missiles"),
    "drone": ("drone", "drones"),
    "decoy_drone": ("decoy drone", "decoy drones"),
    "reconnaissance_drone": ("reconnaissance drone", "reconnaissance drones"),
    "guided_bomb": ("guided bomb", "guided bombs"),
    "rocket": ("rocket", "rockets"),
    "artillery": ("artillery shell", "artillery shells"),
    None: ("missile or drone", "missiles and drones together"),
}
WEAPON_FIELDS = (("launched", "launched"), ("intercepted", "shot down"), ("suppressed", "jammed"),
                 ("hit", "hit their targets"))
CASUALTY_FIELDS = (("killed", "killed"), ("injured", "injured"), ("missing", "missing"))
CURRENCY_SIGNS = {"USD": "US$", "EUR": "€", "GBP": "£", "JPY": "¥", "CAD": "C$", "AUD": "A$"}
GROUPS = {"civilian": "civilians", "military": "military"}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # English whatever the machine's locale


def number(value: float | int | None) -> str:
    """12,345 or 12.5, as English writes it."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.1f}".rstrip("0").rstrip(".")


def hedged(value: float | int, hedge: str | None) -> str:
    return f"{HEDGES[hedge]} {number(value)}" if hedge in HEDGES else number(value)


def weapon(w: dict) -> str:
    """"123 drones launched, 71 shot down, 40 jammed"."""
    hedges = w.get("qualifiers") or {}
    first = True
    parts = []
    for field, verb in WEAPON_FIELDS:
        value = w.get(field)
        if value is None:
            continue
        if first:
            one, several = WEAPON_NOUNS.get(w.get("category"), (w.get("category") or "weapon",) * 2)
            parts.append(f"{hedged(value, hedges.get(field))} {one if value == 1 else several} {verb}")
            first = False
        else:
            parts.append(f"{hedged(value, hedges.get(field))} {verb}")
    if parts and w.get("model"):
        parts[0] += f" ({w['model']})"
    return ", ".join(parts)


def _casualties(ev: dict, hedges: dict) -> str:
    parts = [f"{hedged(ev[f], hedges.get(f))} {word}" for f, word in CASUALTY_FIELDS if ev.get(f) is not None]
    text = ", ".join(parts)
    group = GROUPS.get(ev.get("casualty_group") or "")
    return f"{text} ({group})" if text and group else text


def _territory(ev: dict, hedges: dict) -> str:
    share = f"{hedged(ev['share_pct'], hedges.get('share_pct'))} %" if ev.get("share_pct") is not None else None
    area = f"{hedged(ev['area_km2'], hedges.get('area_km2'))} km²" if ev.get("area_km2") is not None else None
    held = share or area
    if held is None:
        return ""
    controller = ev.get("controller") or "a side not named"
    territory = f" of {ev['territory']}" if ev.get("territory") else ""
    also = f" ({area})" if share and area else ""
    return f"{controller} controls {held}{territory}{also}"


def amount(value: float, currency: str | None, hedge: str | None = None) -> str:
    """"US$65 bn", "€1.5 bn", "300 m CHF"."""
    for size, unit in ((1e9, " bn"), (1e6, " m")):
        if abs(value) >= size:
            figure = number(round(value / size, 2)) + unit
            break
    else:
        figure = number(value)
    sign = CURRENCY_SIGNS.get(currency or "")
    text = f"{sign}{figure}" if sign else f"{figure} {currency}" if currency else figure
    return f"{HEDGES[hedge]} {text}" if hedge in HEDGES else text


def _aid(ev: dict, hedges: dict) -> str:
    text = amount(ev["amount"], ev.get("currency"), hedges.get("amount")) if ev.get("amount") is not None else ""
    if ev.get("kind"):
        text = f"{text} of {ev['kind']} aid" if text else f"{ev['kind']} aid"
    if ev.get("donor"):
        text += f" from {ev['donor']}"
    if ev.get("recipient"):
        text += f" to {ev['recipient']}"
    return text.strip()


def figures(ev: dict) -> str:
    """The event's figures in words ("" for an event without figures)."""
    hedges = ev.get("qualifiers") or {}
    kind = ev.get("type")
    if kind == "attack":
        return "; ".join(filter(None, (weapon(w) for w in ev.get("weapons") or [])))
    if kind == "casualties":
        return _casualties(ev, hedges)
    if kind == "territorial_control":
        return _territory(ev, hedges)
    if kind == "aid":
        return _aid(ev, hedges)
    if kind == "damage":
        return f"damaged: {ev['object']}" if ev.get("object") else ""
    return ""


def actors(ev: dict) -> str:
    """"Russia → Ukraine, as reported by the Ukrainian Air Force" ("on Ukraine"
    when the article names no attacker, "by Russia" when it names no target)."""
    attacker, target = ev.get("attacker"), ev.get("target")
    side = f"{attacker} → {target}" if attacker and target else f"by {attacker}" if attacker else \
        f"on {target}" if target else ""
    if ev.get("reported_by"):
        side = f"{side}, as reported by {ev['reported_by']}" if side else f"reported by {ev['reported_by']}"
    return side


def night(day: str) -> str:
    """The night before the morning `day` (YYYY-MM-DD): "night of 11 to 12 February 2025"."""
    end = date.fromisoformat(day[:10])
    start = end - timedelta(days=1)
    first = str(start.day) if start.month == end.month else f"{start.day} {MONTHS[start.month - 1]}"
    if start.year != end.year:
        first += f" {start.year}"
    return f"night of {first} to {end.day} {MONTHS[end.month - 1]} {end.year}"
