"""Long and hostile texts: seconds per 100 KB and peak memory of veille, against
bare spaCy on the same text.

    python benchmarks/long_text.py [--size 950000] [--ten-mb]

Inputs, written here: a long French article from the tests' generator
(`tests/hostile/long_article.py`, --size characters), and the three hostile
Markdown files of issue 17 (an unclosed link, 200 KB of unclosed emphasis,
200 KB of an unclosed image). With --ten-mb, also a 10 MB article (about six
minutes). Each input runs in a child process of its own, so that its peak
memory (ru_maxrss) is its own: veille reads the file and extracts one record
as `veille extract` does, after the model is loaded, with one process and
with two (`-j 2`: the text's sections shared between two workers; the peak
is the parent's, each worker's is about the one-process figure); the baseline is the
same spaCy model's `nlp.pipe` over the same text in the same 10 000-character
chunks (a 10 MB text cannot go through spaCy whole). The last line is
`ratio R`: veille seconds ÷ bare seconds on the long article.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

CHILD = """
import json, resource, sys, time
import veille
from veille.readers import read_file
from veille import long_text
from veille.pipeline import load_bare
path, side, processes = sys.argv[1], sys.argv[2], int(sys.argv[3])
veille.extract("Le ministre a déclaré mardi à Kharkiv que tout allait bien.")
nlp = load_bare("fr") if side == "bare" else None
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
if side == "veille":
    (record,) = veille.extract_many([read_file(path, max_bytes=20_000_000)], processes=processes)
    found = {"statements": len(record["statements"]), "events": len(record["events"])}
else:
    text = read_file(path, max_bytes=20_000_000).text
    for _ in nlp.pipe(text[a:b] for a, b in long_text.chunk_bounds(text)):
        pass
    found = {}
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024, "model_mb": base / 1024, **found}))
"""


def run(path: Path, side: str, processes: int = 1) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), side, str(processes)], capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=950_000, help="characters of the long article")
    parser.add_argument("--ten-mb", action="store_true", help="also a 10 MB article (slow)")
    args = parser.parse_args()
    from long_article import long_article

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        inputs = {
            "long article": long_article(args.size),
            "unclosed link (135 B)": "---\nlanguage: fr\n---\n# T\n\nLe ministre a déclaré que [a](" + "x" * 40 + "\n",
            "unclosed emphasis (200 KB)": "---\nlanguage: fr\n---\n# T\n\n" + "**a " * 50_000 + "\n",
            "unclosed image (200 KB)": "---\nlanguage: fr\n---\n# T\n\n![a](" + "x" * 200_000 + "\n",
        }
        if args.ten_mb:
            inputs["10 MB article"] = long_article(10_000_000 - 50_000, seed=3)
        ratio = None
        print(f"{'input':28} {'KB':>7} {'veille s':>9} {'s/100KB':>8} {'peak MB':>8} {'bare s':>7} {'ratio':>6}"
              f" {'-j 2 s':>7} {'s/100KB':>8} {'peak MB':>8}")
        for name, text in inputs.items():
            path = tmp / "article.md"
            path.write_text(text, encoding="utf-8")
            kb = path.stat().st_size / 1000
            ours, bare, two = run(path, "veille"), run(path, "bare"), run(path, "veille", 2)
            r = ours["seconds"] / bare["seconds"] if bare["seconds"] > 0.01 else float("nan")

            def per(result):
                return f"{result['seconds'] / kb * 100:8.2f}" if kb >= 10 else f"{'-':>8}"

            print(f"{name:28} {kb:7.0f} {ours['seconds']:9.2f} {per(ours)} {ours['peak_mb']:8.0f} "
                  f"{bare['seconds']:7.2f} {r:6.2f} {two['seconds']:7.2f} {per(two)} {two['peak_mb']:8.0f}", flush=True)
            if name == "long article":
                ratio = r
        print(f"model loaded: {ours['model_mb']:.0f} MB (peak memory includes it)")
        print(f"ratio {ratio:.3f}")


if __name__ == "__main__":
    main()
