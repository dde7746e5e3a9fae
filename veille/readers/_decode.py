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
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        raise InputError("V103", source, f"invalid UTF-8 at byte {first_bad}")
    return str(best)
