"""Readable summaries of `veille/1` records, for people rather than programs."""
from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Iterable


def summarize(records: Iterable[dict], width: int = 100) -> str:
    """Per article: title, date, and each statement as 'speaker (kind, cue): text'."""
    lines: list[str] = []
    speakers: Counter = Counter()
    n_docs = n_statements = 0
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
        lines.append("")
    lines.append(f"{n_docs} articles, {n_statements} statements. Most quoted: "
                 + ", ".join(f"{name} ({n})" for name, n in speakers.most_common(5)))
    return "\n".join(lines)
