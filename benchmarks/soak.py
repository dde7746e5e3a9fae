"""Soak: N articles (default 10 000) into a fresh SQLite ledger, in one run.

The articles come from this file's own sentence templates, French and English
in turn (statements, casualty tolls, drone and missile attacks, aid), with
names, places and figures drawn afresh for each, so that no two are
near-duplicates and the dedup index keeps growing as in real use. Prints,
per thousand articles, the time per article (wall clock, and the process's
CPU time, which other programs on the machine do not inflate) and the
process's memory (RSS), then the first and the last thousand side by side
and their ratios: CPU time and RSS should stay within 15 % (ratio <= 1.15).
Not a test: `make bench-soak`.

    .venv/bin/python benchmarks/soak.py              # 10 000 articles (about an hour on 2 cores)
    .venv/bin/python benchmarks/soak.py -n 2000 --window 500
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

FIRST = ["Anna", "Olena", "Mark", "Pierre", "Sophie", "Ivan", "Maria", "Thomas", "Julia", "Andriy", "Claire",
         "Serhiy", "Laura", "Oleksandr", "Nadia", "Jean", "Katarina", "Petro", "Hélène", "David", "Iryna", "Paul"]
LAST = ["Kovalenko", "Martin", "Schneider", "Bondarenko", "Dubois", "Novak", "Shevchenko", "Moreau", "Hoffmann",
        "Tkachenko", "Lefebvre", "Horvat", "Melnyk", "Garnier", "Weber", "Kravets", "Rousseau", "Lindqvist",
        "Savchenko", "Fontaine", "Petrenko", "Bauer", "Marchenko", "Girard", "Holub", "Nielsen", "Lysenko"]
PLACES = ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Lviv", "Poltava", "Chernihiv", "Kherson", "Mykolaiv",
          "Kramatorsk", "Pokrovsk", "Izium", "Kryvyi Rih", "Vinnytsia", "Zhytomyr", "Rivne", "Lutsk", "Uman", "Bucha"]
ROLES = {
    "fr": ["le gouverneur de la région", "la porte-parole du ministère", "le maire", "le chef de l'administration "
           "militaire", "la ministre de l'Énergie", "le commandant de la brigade"],
    "en": ["the regional governor", "the ministry spokeswoman", "the mayor", "the head of the military "
           "administration", "the energy minister", "the brigade commander"],
}
TOPICS = {
    "fr": ["les négociations", "le cessez-le-feu", "les livraisons d'armes", "la défense aérienne", "les sanctions",
           "la reconstruction", "les échanges de prisonniers", "l'approvisionnement en électricité"],
    "en": ["the negotiations", "the ceasefire", "arms deliveries", "air defence", "the sanctions", "reconstruction",
           "prisoner exchanges", "the power supply"],
}
WORDS = {"fr": ["inacceptable", "indispensable", "prématuré", "décisif", "fragile", "urgent"],
         "en": ["unacceptable", "essential", "premature", "decisive", "fragile", "urgent"]}
DAYS = {"fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}
SENTENCES = {
    "fr": [
        "« {topic_cap} sont {word} », a déclaré {name} {day}.",
        "{role_cap} de {place}, {name}, a affirmé que {topic} restaient {word} à ce stade.",
        "Selon {name}, {topic} ne progresseront pas sans garanties solides pour {place}.",
        "Dans la nuit de {prev} à {day}, la Russie a lancé {drones} drones et {missiles} missiles contre l'Ukraine, "
        "selon l'armée de l'air ukrainienne, qui dit en avoir abattu {down}.",
        "Au moins {killed} personnes ont été tuées et {injured} blessées lors d'une frappe sur {place} {day}, "
        "a indiqué {name}.",
        "Une frappe de missile a endommagé des infrastructures énergétiques près de {place} {day}, a précisé {name}.",
        "{name} a estimé {day} que {topic} devaient rester la priorité de l'année.",
        "« Nous ne reculerons pas sur {topic} », a ajouté {name} devant la presse à {place}.",
        "Les autorités de {place} ont fait état de {injured} blessés après l'attaque de {drones} drones de la nuit.",
        "L'Union européenne a promis une aide de {aid} millions d'euros pour {topic}, a précisé {name}.",
        "{name} a dénoncé une décision {word} et appelé à reprendre {topic} avant le {dom} du mois.",
        "Les forces russes ont pris le contrôle de {area} km² autour de {place}, d'après {name}.",
    ],
    "en": [
        "\"{topic_cap} are {word},\" {name} said on {day}.",
        "{name}, {role} of {place}, said that {topic} remained {word} at this stage.",
        "According to {name}, {topic} will not move forward without firm guarantees for {place}.",
        "Overnight into {day}, Russia launched {drones} drones and {missiles} missiles at Ukraine, the Ukrainian air "
        "force said, adding that {down} had been shot down.",
        "At least {killed} people were killed and {injured} injured in a strike on {place} on {day}, {name} said.",
        "A missile strike damaged energy infrastructure near {place} on {day}, {name} added.",
        "{name} said on {day} that {topic} must remain this year's priority.",
        "\"We will not back down on {topic},\" {name} told reporters in {place}.",
        "Officials in {place} reported {injured} people injured after the overnight attack by {drones} drones.",
        "The European Union pledged {aid} million euros in aid for {topic}, {name} said.",
        "{name} denounced a {word} decision and called for {topic} to resume before the {dom}th.",
        "Russian forces have taken control of {area} square kilometres around {place}, according to {name}.",
    ],
}
TITLES = {"fr": "Guerre en Ukraine : {place} sous le feu, {name} appelle à l'aide ({n})",
          "en": "War in Ukraine: {place} under fire as {name} calls for help ({n})"}


def article(n: int, seed: int = 0) -> tuple[str, str]:
    """(file name, Markdown text) of soak article `n`: French when n is even, English when odd."""
    rng = random.Random(seed * 1_000_003 + n)
    lang = "fr" if n % 2 == 0 else "en"
    # in publication order, about 20 a day, as a feed brings them: each day's
    # articles are compared with those of the day before and after only
    published = date(2024, 1, 1) + timedelta(days=n // 20)
    lines = []
    for template in rng.sample(SENTENCES[lang], 8):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        role = rng.choice(ROLES[lang])
        topic = rng.choice(TOPICS[lang])
        wd = rng.randrange(7)
        drones = rng.randrange(20, 400)
        lines.append(template.format(
            name=name, role=role, role_cap=role[0].upper() + role[1:], topic=topic,
            topic_cap=topic[0].upper() + topic[1:], word=rng.choice(WORDS[lang]), day=DAYS[lang][wd],
            prev=DAYS[lang][wd - 1], place=rng.choice(PLACES), drones=drones, missiles=rng.randrange(2, 60),
            down=rng.randrange(10, drones), killed=rng.randrange(2, 80), injured=rng.randrange(2, 200),
            aid=rng.randrange(10, 5000), dom=rng.randrange(5, 28), area=rng.randrange(3, 900)))
    title = TITLES[lang].format(place=rng.choice(PLACES), name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", n=n)
    text = (f"---\npublished: {published.isoformat()}\nlanguage: {lang}\noutlet: Soak veille\n"
            f"url: https://soak.veille.example/{published:%Y/%m}/{seed}-{n}\n---\n# {title}\n\n"
            + "\n".join(lines) + "\n")
    return f"soak-{seed}-{n:05d}.md", text


def rss_mb() -> float:
    """The process's resident memory now, in MB (Linux /proc; else the peak)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def window_stats(marks: list[tuple[float, float, float]], start: int, end: int) -> tuple[float, float, float]:
    """(wall ms per article, CPU ms per article, mean RSS MB) over the
    articles done from `start` to `end` (marks: wall, CPU, RSS after each)."""
    before = marks[start - 1] if start else marks[0]
    n = end - max(start, 1)
    wall, cpu = (1000 * (marks[end - 1][i] - before[i]) / n for i in (0, 1))
    rss = sum(m[2] for m in marks[start:end]) / (end - start)
    return wall, cpu, rss


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", "--articles", type=int, default=10_000)
    ap.add_argument("--window", type=int, default=1000, help="articles in the first/last window")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dir", help="folder for the articles and the ledger (default: a fresh temporary one)")
    a = ap.parse_args()
    if a.articles < 2 * a.window:
        ap.error("--articles must be at least twice --window")

    from veille.store import open_store
    from veille.store.ingest import finish_run, ingest_items, start_run
    from veille.readers.sources import iter_items
    from veille import extract_many

    tmp = Path(a.dir or tempfile.mkdtemp(prefix="veille-soak-"))
    folder = tmp / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(a.articles):
        name, text = article(n, a.seed)
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp / "veille.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    # both pipelines loaded and warm before the clock starts
    list(extract_many([article(n, a.seed + 1)[1] for n in range(4)]))
    print(f"{a.articles} articles in {folder}; ledger {db}; RSS at start {rss_mb():.0f} MB", flush=True)

    marks: list[tuple[float, float, float]] = []

    def done() -> None:
        marks.append((time.perf_counter(), time.process_time(), rss_mb()))
        if len(marks) % a.window == 0:
            k = len(marks)
            wall, cpu, rss = window_stats(marks, k - a.window, k)
            print(f"  articles {k - a.window + 1:>6}-{k:<6} {wall:7.1f} ms/article (CPU {cpu:6.1f} ms)   "
                  f"RSS {rss:7.1f} MB   load {os.getloadavg()[0]:.1f}", flush=True)

    store = open_store(db)
    started = time.perf_counter()
    counts = start_run(store, "soak", [str(folder)])
    try:
        ingest_items(store, iter_items([str(folder)]), counts, on_done=done)
    finally:
        finish_run(store, counts)
    total = time.perf_counter() - started
    size = db.stat().st_size / 2**20
    store.close()
    print(counts.summary())
    print(f"total {total / 60:.1f} min · {len(marks) / total:.2f} articles/s · ledger {size:.0f} MB")
    first = window_stats(marks, 0, a.window)
    last = window_stats(marks, len(marks) - a.window, len(marks))
    wall_ratio, cpu_ratio, rss_ratio = (last[i] / first[i] for i in range(3))
    for label, (wall, cpu, rss) in ((f"first {a.window}", first), (f"last  {a.window}", last)):
        print(f"{label}: {wall:.1f} ms/article (CPU {cpu:.1f} ms), RSS {rss:.0f} MB")
    flat = cpu_ratio <= 1.15 and rss_ratio <= 1.15
    print(f"ratio last/first: CPU time {cpu_ratio:.2f} · RSS {rss_ratio:.2f} -> {'flat' if flat else 'NOT flat'} "
          f"within 15 % (wall clock {wall_ratio:.2f}, load average {os.getloadavg()[0]:.1f})")
    sys.exit(0 if flat else 1)


if __name__ == "__main__":
    main()
