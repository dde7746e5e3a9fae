"""Readable summaries of `veille/1` records, for people rather than programs."""
from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Iterable


_HEDGE = {"at_least": "at least ", "more_than": "more than ", "about": "about ", "just_under": "just under ",
          "less_than": "less than ", "up_to": "up to "}


def _count(ev: dict, field: str) -> str:
    return _HEDGE.get((ev.get("qualifiers") or {}).get(field), "") + f"{ev[field]:,}".replace(",", " ")


def describe_event(ev: dict) -> str:
    """One line for an event: 'attack 2025-02-12: ballistic_missile 7 launched, 6 intercepted; …'."""
    when = ev.get("date") or "undated"
    t = ev["type"]
    if t == "attack":
        parts = []
        for w in ev["weapons"]:
            counts = ", ".join(f"{w[f]} {f}" for f in ("launched", "intercepted", "suppressed", "hit") if w.get(f) is not None)
            parts.append(f"{w['category'] or 'mixed'} {counts}")
        return f"attack {when}: " + "; ".join(parts)
    if t == "casualties":
        counts = ", ".join(f"{_count(ev, f)} {f}" for f in ("killed", "injured", "missing") if ev.get(f) is not None)
        return f"casualties {when} {ev.get('place') or ''} ({ev.get('group')}): {counts}"
    if t == "territorial_control":
        held = " / ".join(x for x in [f"{_count(ev, 'share_pct')} %" if ev.get("share_pct") is not None else "",
                                      f"{_count(ev, 'area_km2')} km²" if ev.get("area_km2") is not None else ""] if x)
        return f"territory: {ev.get('controller')} holds {held} of {ev.get('territory') or '?'}"
    if t == "aid":
        return f"aid {when}: {ev.get('donor') or '?'} → {ev.get('recipient') or '?'} {ev['amount']:,} {ev.get('currency')}".replace(",", " ")
    return f"{t} {when} {ev.get('place') or ''}: {ev.get('object', '')}"


def summarize(records: Iterable[dict], width: int = 100) -> str:
    """Per article: title, date, and each statement as 'speaker (kind, cue): text'."""
    lines: list[str] = []
    speakers: Counter = Counter()
    n_docs = n_statements = n_events = 0
    for r in records:
        n_docs += 1
        doc = r["document"]
        lines.append(f"== {doc.get('title') or doc['source']}")
        lines.append(f"   {doc.get('outlet') or '?'} · {doc.get('published') or 'date unknown'} · {doc['source']}")
        for st in r["statements"]:
            n_statements += 1
            who = st.get("speaker") or "(no speaker)"
            speakers[who] += 1
            date = f", {st['date']}" if st.get("date") else ""
            head = f"   • {who} [{st['kind']}, {st.get('cue') or '-'}{date}]: "
            body = textwrap.shorten(st["text"], width=max(30, width - len(head)), placeholder=" …")
            lines.append(head + "« " + body + " »")
        for ev in r.get("events", []):
            n_events += 1
            lines.append("   ◆ " + describe_event(ev))
        lines.append("")
    lines.append(f"{n_docs} articles, {n_statements} statements, {n_events} events. Most quoted: "
                 + ", ".join(f"{name} ({n})" for name, n in speakers.most_common(5)))
    return "\n".join(lines)
