"""Throughput of veille against bare spaCy on the same texts, per language.

    python benchmarks/throughput.py [--min-articles 200] [--shared ../shared] [--language fr,en]

Texts: for French, the French dev set plus the seed article repeated until
there are at least --min-articles (the bundled demo articles when ../shared
is absent); for English, the English dev set repeated likewise (skipped when
../shared is absent). veille is timed end to end as `veille extract` runs it
(reading files, the model, veille's components, building records); the
baseline is `nlp.pipe` of the same language's spaCy model on the same texts.
Both with 1 and 2 processes. Each language ends with `ratio <lang> R`: veille
articles/s ÷ bare articles/s, one process; the last line, `ratio R`, is the
lowest of them. Each side runs --repeat times, alternated, and its fastest
run counts (as timeit does).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def article_paths(shared: Path, language: str, minimum: int) -> list[Path]:
    """The language's dev articles, filled up to `minimum` by repeating
    the seed (French) or the dev articles themselves (English)."""
    from veille.readers import iter_inputs

    dev = shared / "data" / "dev" / language
    filler_dir = shared / "data" / "seed" if language == "fr" else dev
    if dev.is_dir() and filler_dir.is_dir():
        base = [p for p, why in iter_inputs([dev]) if why is None]
        filler = [p for p, why in iter_inputs([filler_dir]) if why is None]
    elif language == "fr":
        print(f"{shared} not found: using the demo articles", file=sys.stderr)
        base, filler = [], [p for p, why in iter_inputs([ROOT / "demo" / "articles"]) if why is None]
    else:
        print(f"{dev} not found: no {language} benchmark", file=sys.stderr)
        return []
    paths = list(base)
    while len(paths) < minimum:
        paths.extend(filler)
    return paths[: max(minimum, len(base))]


def time_veille(paths: list[Path], processes: int) -> float:
    from veille import extract_many, read_file

    start = time.perf_counter()
    n = sum(1 for _ in extract_many((read_file(p) for p in paths), processes=processes))
    assert n == len(paths)
    return time.perf_counter() - start


def time_bare(texts: list[str], language: str, processes: int) -> tuple[float, int]:
    from veille.pipeline import load_bare

    nlp = load_bare(language)
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16, n_process=processes))
    return time.perf_counter() - start, tokens


def bench(paths: list[Path], language: str, repeat: int) -> float:
    """Both sides on one language's articles; the one-process ratio."""
    from veille import read_file
    from veille.pipeline import load, load_bare

    texts = [read_file(p).text for p in paths]
    load(language), load_bare(language)  # model loading is not throughput
    time_veille(paths[:4], 1), time_bare(texts[:4], language, 1)  # warm-up
    n = len(paths)
    results = {}
    for processes in (1, 2):
        # alternate the two and keep each one's fastest run, so that a slow
        # moment of the machine does not land on one side only
        bare_runs, veille_runs = [], []
        for _ in range(repeat):
            bare_s, tokens = time_bare(texts, language, processes)
            bare_runs.append(bare_s)
            veille_runs.append(time_veille(paths, processes))
        bare_s, veille_s = min(bare_runs), min(veille_runs)
        results[processes] = (veille_s, bare_s)
        print(f"{language} {processes} process{'es' if processes > 1 else ''}: {n} articles, {tokens} tokens | "
              f"bare spaCy {n / bare_s:6.2f} articles/s {tokens / bare_s:8.0f} tokens/s | "
              f"veille {n / veille_s:6.2f} articles/s {tokens / veille_s:8.0f} tokens/s | "
              f"ratio {bare_s / veille_s:.3f}")
    veille_s, bare_s = results[1]
    print(f"ratio {language} {bare_s / veille_s:.3f}")
    return bare_s / veille_s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-articles", type=int, default=200)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--language", default="fr,en", help="languages to time, comma-separated")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each, alternated; the fastest counts")
    a = ap.parse_args()

    ratios = []
    for language in a.language.split(","):
        paths = article_paths(a.shared, language, a.min_articles)
        if paths:
            ratios.append(bench(paths, language, a.repeat))
    print(f"ratio {min(ratios):.3f}")


if __name__ == "__main__":
    main()
