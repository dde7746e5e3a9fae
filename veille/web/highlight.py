"""The article text with every statement, speaker mention and event evidence
marked, as escaped HTML: the text is untrusted, so every character of it goes
through `markupsafe.escape`, and the marks carry only ids veille made."""
from __future__ import annotations

from markupsafe import Markup, escape

PALETTE = 8  # speaker colours, cycled


def speaker_colours(record: dict) -> dict[str, int]:
    """Speaker name -> colour index, in order of first statement."""
    colours: dict[str, int] = {}
    for st in record.get("statements") or []:
        if st.get("speaker") and st["speaker"] not in colours:
            colours[st["speaker"]] = len(colours) % PALETTE
    return colours


def marks(record: dict) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, id) of everything to highlight: statements `st`,
    speaker mentions `spk`, event evidence `ev`."""
    out = []
    for st in record.get("statements") or []:
        out.append((*st["span"], "st", st["id"]))
        if st.get("speaker_span"):
            out.append((*st["speaker_span"], "spk", st["id"]))
    for ev in record.get("events") or []:
        for start, end in ev.get("evidence") or []:
            out.append((start, end, "ev", ev["id"]))
    text_len = len(record["document"]["text"])
    return [(max(0, s), min(text_len, e), k, i) for s, e, k, i in out if s is not None and e is not None and s < e]


def highlighted_text(record: dict) -> Markup:
    """The text cut at every mark boundary; each piece a <span> naming the
    statements, speakers and events it belongs to."""
    text = record["document"]["text"]
    spans = marks(record)
    colours = speaker_colours(record)
    speaker_of = {st["id"]: st.get("speaker") for st in record.get("statements") or []}
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    first_of: set[str] = set()
    html = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        active = [(k, i) for s, e, k, i in spans if s <= a and b <= e]
        if not active:
            html.append(str(piece))
            continue
        classes, attrs = [], []
        statements = [i for k, i in active if k == "st"]
        speakers = [i for k, i in active if k == "spk"]
        events = [i for k, i in active if k == "ev"]
        if statements:
            classes.append("st")
            sid = statements[-1]
            colour = colours.get(speaker_of.get(sid) or "", None)
            if colour is not None:
                classes.append(f"c{colour}")
            attrs.append(f'data-st="{escape(" ".join(statements))}"')
            for sid_ in statements:
                if sid_ not in first_of:  # anchor at a statement's first piece: /documents/x#S3
                    first_of.add(sid_)
                    attrs.append(f'id="{escape(sid_)}"')
                    break
        if speakers:
            classes.append("spk")
            attrs.append(f'data-spk="{escape(" ".join(speakers))}"')
        if events:
            classes.append("ev")
            attrs.append(f'data-ev="{escape(" ".join(events))}"')
            fresh = [i for i in events if i not in first_of]
            if fresh and not any(a.startswith("id=") for a in attrs):  # anchor at an event's evidence: #V2
                first_of.add(fresh[0])
                attrs.append(f'id="{escape(fresh[0])}"')
        html.append(f'<span class="{" ".join(classes)}" {" ".join(attrs)} tabindex="0">{piece}</span>')
    return Markup("".join(html))
