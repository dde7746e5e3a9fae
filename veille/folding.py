"""Folding: the one way veille compares words in every language."""
from __future__ import annotations

import unicodedata


def _accent_table() -> dict[int, str]:
    table = {}
    for code in range(0x00C0, 0x0250):
        base = "".join(c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c))
        if len(base) == 1 and base != chr(code):
            table[code] = base
    table[ord("’")] = "'"
    return table


_FOLD = _accent_table()


def fold(text: str) -> str:
    """Lower-case, accents off, apostrophes unified, for comparing words.
    Keeps the length of Latin text, so offsets in a folded text are offsets
    in the original."""
    return text.translate(_FOLD).lower()
