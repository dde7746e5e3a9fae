"""Republications: the same story republished or lightly edited.

Each article gets a MinHash signature (datasketch) of its word 5-shingles.
The signature is cut into bands; articles sharing a band are candidates,
found with one indexed lookup per band however large the ledger grows. A
candidate whose estimated Jaccard similarity reaches the threshold makes the
new article a republication of the first copy.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy

NUM_PERM = 128
BANDS, ROWS = 32, 4  # 32 x 4 = 128: candidates from about 0.42 similarity
THRESHOLD = 0.8      # estimated Jaccard at which a candidate is the same story
SHINGLE = 5
SCHEME = "affine32"  # datasketch 2's hashing; stored signatures depend on it


def signature(text: str) -> numpy.ndarray:
    """The MinHash signature of `text` (word 5-shingles, case and punctuation aside)."""
    from datasketch import MinHash

    words = re.findall(r"\w+", text.casefold())
    shingles = {" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(max(1, len(words) - SHINGLE + 1))}
    m = MinHash(num_perm=NUM_PERM, seed=1, permutations=_permutations(), scheme=SCHEME)
    m.update_batch(list(shingles))
    return m.hashvalues.astype(numpy.uint64)


@lru_cache(maxsize=1)
def _permutations():
    """The random permutations of every signature: the same seed, made once."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


def bands(sig: numpy.ndarray) -> list[tuple[int, str]]:
    return [(b, hashlib.blake2b(sig[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=8).hexdigest())
            for b in range(BANDS)]


def similarity(a: numpy.ndarray, b: numpy.ndarray) -> float:
    return float(numpy.mean(a == b))


def find_first_copy(store, sig: numpy.ndarray) -> tuple[str, float] | None:
    """The ledger's first copy of the article with signature `sig`, if any."""
    placeholders = " OR ".join("(band = ? AND hash = ?)" for _ in range(BANDS))
    params = [x for pair in bands(sig) for x in pair]
    candidates = store.query(
        f"SELECT DISTINCT d.id, d.republication_of, d.published, s.signature FROM minhash_bands b "
        f"JOIN documents d ON d.id = b.document_id JOIN minhash_signatures s ON s.document_id = d.id "
        f"WHERE {placeholders}", params)
    best = None
    for c in candidates:
        score = similarity(sig, numpy.frombuffer(bytes(c["signature"]), dtype=numpy.uint64))
        if score >= THRESHOLD and (best is None or score > best[1]):
            best = (c["republication_of"] or c["id"], score)
    return best


def remember(store, document_id: str, sig: numpy.ndarray) -> None:
    store.execute("INSERT INTO minhash_signatures(document_id, signature) VALUES (?, ?)", (document_id, sig.tobytes()))
    store.executemany("INSERT INTO minhash_bands(band, hash, document_id) VALUES (?, ?, ?)",
                      [(band, h, document_id) for band, h in bands(sig)])
