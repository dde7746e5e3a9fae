"""Synthetic French news articles for the ledger's tests and benchmarks.

Written for veille (CC0): sentences in the shapes French news uses, with
names, places and figures drawn from small pools, so that every article is a
different text (no two are near-duplicates) yet each has statements, attack
and casualty figures, dates and places for veille to find.
"""
from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

SPEAKERS = [("Dmitri Peskov", "le porte-parole du Kremlin"), ("Volodymyr Zelensky", "le président ukrainien"),
            ("Kaja Kallas", "la cheffe de la diplomatie européenne"), ("Mark Rutte", "le secrétaire général de l'OTAN"),
            ("Andriï Sybiha", "le ministre ukrainien des Affaires étrangères"),
            ("Maria Zakharova", "la porte-parole de la diplomatie russe"),
            ("Oleh Kiper", "le gouverneur de la région d'Odessa"), ("Ihor Terekhov", "le maire de Kharkiv")]
CITIES = ["Kiev", "Odessa", "Kharkiv", "Dnipro", "Zaporijjia", "Soumy", "Lviv", "Poltava", "Tchernihiv", "Kherson"]
TOPICS = ["les négociations", "le cessez-le-feu", "les livraisons d'armes", "la défense aérienne", "les sanctions",
          "la reconstruction", "les échanges de prisonniers", "la sécurité énergétique", "l'aide humanitaire"]
WORDS = ["inacceptable", "indispensable", "prématuré", "décisif", "irresponsable", "encourageant", "fragile"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

SENTENCES = [
    "« {topic_cap} sont {word} », a déclaré {name} {weekday}.",
    "{title_cap}, {name}, a affirmé que {topic} restaient {word} à ce stade.",
    "Selon {name}, {topic} ne progresseront pas sans garanties solides pour {city}.",
    "Dans la nuit de {prev} à {weekday}, la Russie a lancé {drones} drones et {missiles} missiles contre l'Ukraine, "
    "selon l'armée de l'air ukrainienne, qui dit en avoir abattu {down}.",
    "Au moins {killed} personnes ont été tuées et {injured} blessées lors d'une frappe sur {city} {weekday}, "
    "a indiqué {name}.",
    "Une frappe de missile a endommagé des infrastructures énergétiques dans la région de {city} {weekday}.",
    "{name} a estimé {weekday} que {topic} devaient rester la priorité de l'année.",
    "« Nous ne reculerons pas sur {topic} », a ajouté {name} devant la presse à {city}.",
    "Les autorités de {city} ont fait état de {injured} blessés après l'attaque de drones de la nuit.",
    "D'après {title}, {topic} pourraient reprendre dès la semaine prochaine.",
    "L'Union européenne a promis une aide de {aid} millions d'euros pour {topic}, a précisé {name}.",
    "{title_cap} a dénoncé une décision {word} et appelé à reprendre {topic}.",
]


def article(n: int, seed: int = 0) -> tuple[str, str]:
    """(file name, Markdown text) of synthetic article number `n`."""
    rng = random.Random(seed * 100_003 + n)
    published = date(2025, 1, 1) + timedelta(days=rng.randrange(0, 300))
    lines = []
    for template in rng.sample(SENTENCES, 7):
        name, title = rng.choice(SPEAKERS)
        wd = rng.randrange(7)
        topic = rng.choice(TOPICS)
        drones = rng.randrange(20, 300)
        lines.append(template.format(
            name=name, title=title, title_cap=title[0].upper() + title[1:], topic=topic,
            topic_cap=topic[0].upper() + topic[1:], word=rng.choice(WORDS), weekday=WEEKDAYS[wd],
            prev=WEEKDAYS[wd - 1], city=rng.choice(CITIES), drones=drones, missiles=rng.randrange(2, 40),
            down=rng.randrange(10, drones), killed=rng.randrange(1, 30), injured=rng.randrange(2, 90),
            aid=rng.randrange(50, 2000)))
    city = rng.choice(CITIES)
    text = (f"---\npublished: {published.isoformat()}\nlanguage: fr\noutlet: Corpus veille\n"
            f"url: https://corpus.veille.example/{published:%Y/%m}/article-{seed}-{n}\n---\n"
            f"# Guerre en Ukraine : nouvelle journée de tensions à {city} ({n})\n\n" + "\n".join(lines) + "\n")
    return f"article-{seed}-{n:05d}.md", text


def write_corpus(folder: Path, count: int, seed: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        name, text = article(n, seed)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
