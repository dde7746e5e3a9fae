"""Find quotations in text by their marks, robust to stray or unbalanced marks.

Works on characters only (no model), paragraph by paragraph, so a mark left
open never swallows the rest of the article: it is closed at the end of its
paragraph, or continued when the next paragraph opens with a mark (the
convention for a quotation running over several paragraphs) or closes it
before opening any other.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"[^\n]+")
_SPACES = " \u00a0\u202f\u2009\t"


@dataclass
class Quote:
    start: int  # the opening mark
    end: int  # just after the closing mark (or the paragraph end when unclosed)
    inner_start: int  # first character of the quoted text (spaces trimmed)
    inner_end: int
    closed: bool = True
    depth: int = 0  # 0 for an outer quote, 1 for a quote inside a quote

    @property
    def inner(self) -> tuple[int, int]:
        return self.inner_start, self.inner_end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _SPACES:
        start += 1
    while end > start and text[end - 1] in _SPACES:
        end -= 1
    return start, end


def _is_apostrophe(text: str, i: int) -> bool:
    """’ between letters is an apostrophe (l’Ukraine), not a closing mark."""
    return 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


def _straight_role(text: str, i: int, lo: int, hi: int) -> str:
    """Guess whether a straight quote opens or closes, from its neighbours."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if before in _SPACES + "([{'’:—–-" and after not in _SPACES + ".,;:!?)":
        return "open"
    if after in _SPACES + ".,;:!?)]}" and before not in _SPACES:
        return "close"
    return "either"


def find_quotes(text: str, pairs: dict[str, str]) -> list[Quote]:
    """All quotations in `text`, outer and nested, sorted by start."""
    quotes: list[Quote] = []
    carry: Quote | None = None  # an outer quote left open at a paragraph end
    for para in _PARAGRAPH.finditer(text):
        lo, hi = para.span()
        found, carry = _scan_paragraph(text, lo, hi, pairs, carry)
        quotes.extend(found)
    if carry is not None:
        quotes.append(carry)
    return sorted(quotes, key=lambda q: (q.start, -q.end))


def _scan_paragraph(text, lo, hi, pairs, carry):
    """Quotes closed in text[lo:hi]; returns (found, quote still open at the end)."""
    closers = {c: o for o, c in pairs.items() if o != c}
    stack: list[tuple[str, int]] = []  # (opening mark, position of the quote's start)
    found: list[Quote] = []
    inner_from: dict[int, int] = {}  # quote start -> inner start, for carried quotes
    pos = lo
    if carry is not None:
        first = lo
        while first < hi and text[first] in _SPACES:
            first += 1
        if first < hi and text[first] in ("«", "“", '"'):
            # The quotation goes on in this paragraph, which repeats the mark.
            stack.append((text[first], carry.start))
            inner_from[carry.start] = carry.inner_start
            pos = first + 1
        elif _closes_first(text, lo, hi, text[carry.start], pairs):
            # The paragraph closes the quotation before opening any other.
            stack.append((text[carry.start], carry.start))
            inner_from[carry.start] = carry.inner_start
        else:
            found.append(carry)
    for i in range(pos, hi):
        ch = text[i]
        if ch == '"' and '"' in pairs:
            role = _straight_role(text, i, lo, hi)
            if any(m == '"' for m, _ in stack) and role != "open" or role == "close":
                _close(text, stack, found, '"', i, inner_from)
            else:
                stack.append(('"', i))
            continue
        if ch in ("’", "‘") and _is_apostrophe(text, i):
            continue
        if ch in closers:
            _close(text, stack, found, closers[ch], i, inner_from)
        elif ch in pairs:
            stack.append((ch, i))
    if not stack:
        return found, None
    # Left open: the outermost quote ends with the paragraph (and may go on).
    mark, start = stack[0]
    s, e = _trim(text, inner_from.get(start, start + 1), hi)
    return found, Quote(start, hi, s, e, closed=False, depth=0)


def _closes_first(text: str, lo: int, hi: int, opener: str, pairs: dict[str, str]) -> bool:
    """The first quotation mark of text[lo:hi] closes a quotation opened by
    `opener` (a quotation running over paragraphs without repeating its
    mark: "… today's game.¶It was a very emotional day.")."""
    closer = pairs.get(opener)
    for i in range(lo, hi):
        ch = text[i]
        if ch in ("’", "‘") and _is_apostrophe(text, i):
            continue
        if ch in pairs or ch in pairs.values():
            if ch == '"':
                return closer == '"' and _straight_role(text, i, lo, hi) == "close"
            return ch == closer and ch != opener
    return False


def _close(text, stack, found, opener, i, inner_from):
    """Close the innermost quote opened by `opener`; a stray closing mark is ignored."""
    if not any(m == opener for m, _ in stack):
        return
    while stack:
        mark, start = stack.pop()
        if mark == opener:
            s, e = _trim(text, inner_from.get(start, start + 1), i)
            found.append(Quote(start, i + 1, s, e, closed=True, depth=len(stack)))
            return
