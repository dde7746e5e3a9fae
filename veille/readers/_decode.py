"""Bytes to text, refusing what is not text with a coded error."""
from __future__ import annotations

from ..errors import InputError

_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


def decode(raw: bytes, source: str) -> str:
    """Decode a file's bytes: UTF-8 first (BOM dropped), else a detected encoding.

    Raises `InputError` V101 (empty), V102 (binary) or V103 (undetectable).
    """
    if not raw.strip():
        raise InputError("V101", source)
    head = raw[:8192]
    if b"\x00" in head or sum(b in _CONTROL for b in head) > len(head) // 100 + 2:
        raise InputError("V102", source)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        first_bad = err.start
    # veille reads French and English: Windows-1252 (a superset of Latin-1 for
    # text) is the likely legacy encoding, and statistical detection confuses
    # it with Central European code pages on short texts.
    try:
        text = raw.decode("cp1252")
        if not any(0x80 <= ord(c) <= 0x9F for c in text):
            return text
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        raise InputError("V103", source, f"invalid UTF-8 at byte {first_bad}")
    text = str(best)
    letters = [c for c in text[:20000] if c.isalpha()]
    if letters and sum(c < "\u0250" for c in letters) / len(letters) < 0.9:
        # veille reads Latin-script languages: a "detection" into another
        # script is mojibake, not the article
        raise InputError("V103", source, f"invalid UTF-8 at byte {first_bad}; best guess {best.encoding} is not Latin script")
    return text
