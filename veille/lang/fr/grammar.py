"""French grammar hooks: small functions over spaCy tokens that the engine
calls where languages differ in form, not in what is extracted."""
from __future__ import annotations


def title_gender(title: str) -> str | None:
    """"la ministre", "une porte-parole": a feminine determiner makes the
    person named with the title a woman; "le", "l'", "un" say nothing (an
    elided or masculine form is also used for women)."""
    words = title.split()
    return "Fem" if words and words[0] in ("la", "une") else None
