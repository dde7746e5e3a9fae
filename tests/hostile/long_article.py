"""A long French article written for the tests: news-like paragraphs (quotes,
reported speech, strikes, casualties, aid) from templates and a seeded random
generator, so that every run reads the same text."""
from __future__ import annotations

import random

PEOPLE = [("Le ministre de la Défense", "il"), ("La porte-parole du gouvernement", "elle"),
          ("Le maire de la ville", "il"), ("La présidente de la commission", "elle"),
          ("Le chef de l'état-major", "il"), ("Le gouverneur de la région", "il")]
NAMES = ["Marc Duval", "Claire Fontaine", "Olena Marchenko", "Piotr Kowalski", "Anna Berg", "Jean Morel"]
PLACES = ["Kharkiv", "Odessa", "Dnipro", "Soumy", "Lviv", "Kherson", "Zaporijjia", "Poltava"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

SENTENCES = [
    "{who} a déclaré {day} que la situation restait tendue autour de {place}.",
    "« Nous ne céderons rien », a affirmé {name} devant les journalistes réunis à {place}.",
    "Selon l'armée de l'air, {n} drones ont été lancés dans la nuit et {m} ont été abattus.",
    "Au moins {k} personnes ont été tuées et {j} blessées lors d'une frappe sur {place}, selon les secours.",
    "{name} a estimé que les négociations prendraient encore plusieurs mois.",
    "Les habitants de {place} ont passé la nuit dans les abris, a précisé {who_lower}.",
    "D'après le ministère, {n} missiles de croisière ont visé les infrastructures énergétiques.",
    "Les partenaires ont promis une aide de {b} millions d'euros pour reconstruire le réseau électrique.",
    "{who} a ajouté qu'une enquête avait été ouverte sur les circonstances de l'attaque.",
    "La circulation a repris {day} matin sur le principal pont de {place}.",
]


def long_article(chars: int, seed: int = 17) -> str:
    """Markdown with front matter, about `chars` characters long."""
    rng = random.Random(seed)
    out = ["---", "language: fr", "published: 2025-03-12", "---", "# Une longue nuit d'attaques", ""]
    size = sum(len(line) + 1 for line in out)
    while size < chars:
        who, _ = rng.choice(PEOPLE)
        para = " ".join(
            rng.choice(SENTENCES).format(
                who=who, who_lower=who[0].lower() + who[1:], name=rng.choice(NAMES), place=rng.choice(PLACES),
                day=rng.choice(DAYS), n=rng.randint(20, 200), m=rng.randint(5, 19), k=rng.randint(2, 30),
                j=rng.randint(3, 60), b=rng.randint(10, 900))
            for _ in range(rng.randint(3, 6)))
        out += [para, ""]
        size += len(para) + 2
    return "\n".join(out)
