"""Statements: direct quotes, reported speech and "selon X", with speakers.

The extractor reads surface constructions of news French (quote marks, a
speech verb with que/qu', an infinitive or a quote, inverted cues, "selon X")
with the parse used for subjects; all words come from the language module.
"""
from __future__ import annotations

import re

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy

from spacy.tokens import Doc, Token

from ..lang import Language
from .dates import find_dates
from .quotes import Quote, find_quotes
from .speakers import (Mention, SpeakerResolver, fold, folded, is_acronym, lexicon, mention_from_tokens, noun_phrase_right,
                       subtree_phrase, whole_word)

_SPACES = " \u00a0\u202f\u2009\t\n"
_CLOSERS = set("»”\"’›“")


@dataclass
class Statement:
    kind: str
    start: int
    end: int
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    mention: Mention | None = None
    speaker: str | None = None
    date: str | None = None
    via: str = ""  # which construction found it, for debugging and tests
    entity: str | None = None  # the id of the speaker's entity, set by the entity builder

    def to_json(self, sid: str) -> dict:
        return {
            "id": sid,
            "kind": self.kind,
            "span": [self.start, self.end],
            "speaker": self.speaker,
            "speaker_span": [self.mention.start, self.mention.end] if self.mention else None,
            "cue": self.cue,
            "cue_span": [self.cue_start, self.cue_end] if self.cue_start is not None else None,
            "date": self.date,
        }


@dataclass(frozen=True)
class Candidate:
    """A statement a construction proposes: its kind and content span, the
    cue and speaker mention it was found with, the construction's id, and
    what the arbitration must check before accepting it (`requires`):

    - "cue-outside": the cue is not inside an accepted statement (a cue in
      reported speech is part of what was reported);
    - "no-overlap": the content does not mostly overlap an accepted one;
    - "quote-unclaimed": no accepted statement holds the quotation already.
    """

    kind: str
    start: int
    end: int
    cue: Cue | None
    mention: Mention | None
    construction: str
    lemma: str | None = None
    requires: frozenset[str] = frozenset()


@dataclass
class Cue:
    lemma: str
    first: int  # first token of the verb group (auxiliary included)
    verb: int  # the lexical verb
    last: int  # last token of the group (clitic subject "-t-il" included)
    allows: tuple[str, ...]
    clitic: int | None = None  # "-il" of "a-t-il déclaré" / "dit-il": the inverted subject


@lru_cache(maxsize=8)
def _according_phrases(lang: Language) -> tuple[tuple[str, str, bool], ...]:
    """The language's "according to" words and phrases, folded, longest first:
    (phrase, cue lemma, whether it may stand anywhere). A word that is only
    sometimes a source marker ("suivant" for "selon") must open a clause."""
    out = {(fold(word), lemma, fold(word) == fold(lemma) or " " in word) for word, lemma in lang.ACCORDING_TO.items()}
    out |= {(fold(p), p.replace("’", "'"), True) for p in lang.ACCORDING_TO_PHRASES}
    return tuple(sorted(out, key=lambda x: -len(x[0])))


def _phrase_at(folded: str, phrases) -> tuple[str, str, bool] | None:
    """The phrase `folded` (text from a token on) starts with, whole words only."""
    for phrase, lemma, anywhere in phrases:
        if folded.startswith(phrase) and (len(folded) == len(phrase) or phrase.endswith("'")
                                          or not folded[len(phrase)].isalnum()):
            return phrase, lemma, anywhere
    return None


class StatementFinder:
    def __init__(self, doc: Doc, lang: Language, published: str | None, text: str | None = None):
        self.doc = doc
        self.text = text if text is not None else doc.text
        self.lang = lang
        self.published = published
        self.quotes = [q for q in find_quotes(self.text, lang.QUOTE_PAIRS)]
        # outer quotes never overlap: sorted by start, a bisection finds the
        # one around a position (long texts have thousands of them)
        self.outer_quotes = sorted((q for q in self.quotes if q.depth == 0), key=lambda q: q.start)
        self._quote_starts = [q.start for q in self.outer_quotes]
        self.units = self._units()
        self._unit_starts = [s for s, _ in self.units]
        self.resolver = SpeakerResolver(doc, lang)
        self.statements: list[Statement] = []  # accepted by the arbitration, in the order accepted
        self._mentions: dict[int, Mention | None] = {}

    # -- geometry -------------------------------------------------------------
    def _units(self) -> list[tuple[int, int]]:
        """Sentence spans, merged where a quotation crosses a sentence end."""
        spans = [(s.start_char, s.end_char) for s in self.doc.sents]
        merged: list[list[int]] = []
        for s, e in spans:
            q = self._last_quote_before(merged[-1][1]) if merged else None
            if q is not None and merged[-1][1] <= q.inner_end and q.start >= merged[-1][0] \
                    and "\n" not in self.text[merged[-1][1]:s]:
                merged[-1][1] = e
            else:
                merged.append([s, e])
        return [(s, e) for s, e in merged]

    def _last_quote_before(self, pos: int) -> Quote | None:
        """The outer quote starting last before `pos`."""
        i = bisect_left(self._quote_starts, pos)
        return self.outer_quotes[i - 1] if i else None

    def unit_of(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self._unit_starts, pos)
        if i:
            s, e = self.units[i - 1]
            if pos < e:
                return s, e
        return pos, pos

    def tok_at(self, char: int) -> int:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span.start if span is not None else len(self.doc) - 1

    def quote_starting_at(self, char: int) -> Quote | None:
        q = self._last_quote_before(char + 1)
        return q if q is not None and q.start == char else None

    def quote_covering(self, char: int) -> Quote | None:
        q = self._last_quote_before(char + 1)
        return q if q is not None and char < q.end else None

    # -- cues -----------------------------------------------------------------
    def _lemma(self, t: Token) -> str | None:
        lower = t.lower_
        lemma = self.lang.CUE_FORMS.get(lower) or t.lemma_.lower()
        if lemma in self.lang.SPEECH_VERBS:
            return lemma if t.pos_ in ("VERB", "AUX", "NOUN", "ADJ") else None
        if lower in self.lang.SPEECH_VERBS and t.pos_ == "VERB":
            return lower
        return None

    def find_cues(self) -> list[Cue]:
        doc = self.doc
        cues = []
        lemmas = doc.to_array(["LEMMA", "LOWER"])
        known = _cue_hashes(self.lang, doc.vocab.strings)
        for i in numpy.flatnonzero(numpy.isin(lemmas[:, 0], known) | numpy.isin(lemmas[:, 1], known)):
            t = doc[int(i)]
            lemma = self._lemma(t)
            if not lemma or t.pos_ == "NOUN" and not self.lang.grammar.participle_form(t.text):
                continue
            if lemma in self.lang.LIGHT_VERB_CUES or t.lemma_ in self.lang.COPULAS:
                continue
            if self.lang.grammar.not_a_report(t) or self._denied_or_passive(t):
                continue
            first = t.i
            while first > 0 and (doc[first - 1].pos_ == "AUX" or self.lang.grammar.is_euphonic(doc[first - 1].text)
                                 or self.lang.grammar.inverted_pronoun(doc[first - 1].text) in folded(self.lang, "PRONOUNS")
                                 or (doc[first - 1].pos_ == "ADV" and first - 2 >= 0 and doc[first - 2].pos_ == "AUX")):
                first -= 1
            last = t.i
            while last + 1 < len(doc) and (self.lang.grammar.inverted_pronoun(doc[last + 1].text) in folded(self.lang, "PRONOUNS")
                                           or self.lang.grammar.is_euphonic(doc[last + 1].text) and last + 2 < len(doc)
                                           and self.lang.grammar.inverted_pronoun(doc[last + 2].text) in folded(self.lang, "PRONOUNS")):
                last += 1  # "dit-il", "ajoute-t-il"
            # reflexive "se dit", "s'affirme"
            if first > 0 and fold(doc[first - 1].text) in lexicon(self.lang, "REFLEXIVE_PRONOUNS") and lemma in self.lang.REFLEXIVE_CUES:
                first -= 1
            clitic = next((k for k in range(first, last + 1)
                           if k != t.i and self.lang.grammar.inverted_pronoun(doc[k].text) in folded(self.lang, "PRONOUNS")), None)
            cues.append(Cue(lemma, first, t.i, last, self.lang.SPEECH_VERBS[lemma], clitic))
        # a light verb and its verb ("faire savoir", "faire valoir")
        for light, verbs in self.lang.LIGHT_VERB_CUES.items():
            for i in numpy.flatnonzero(lemmas[:, 0] == doc.vocab.strings.add(light)):
                t = doc[int(i)]
                if t.lemma_ == light and t.i + 1 < len(doc) and doc[t.i + 1].lemma_ in verbs:
                    first = t.i
                    while first > 0 and doc[first - 1].pos_ == "AUX":
                        first -= 1
                    cues.append(Cue(f"{light} {verbs[0]}", first, t.i, t.i + 1, ("clause", "quote")))
        return sorted(cues, key=lambda c: c.first)

    def _denied_or_passive(self, verb: Token) -> bool:
        """"have not said why": nobody said it (the parse's negation, where
        the model marks one: French "ne … que" restricts, it does not deny);
        "the objectives were revealed when …": the subject is what was said,
        not who said it."""
        children = list(verb.children)
        passive = any(c.dep_ == "aux:pass" for c in children) and any(c.dep_ == "nsubj:pass" and c.i < verb.i for c in children)
        return passive or any(c.dep_ == "neg" for c in children)

    # -- the constructions and their arbitration ----------------------------------
    def run(self) -> list[Statement]:
        """Constructions propose candidates, in priority order: for each cue
        in text order "comme X", then cue-then-content, then content-then-cue
        (the first candidate accepted wins the cue); then the source phrases
        ("selon X"); then quotations no cue claimed. Each candidate is
        arbitrated as it comes (`_accept`): a construction reads only the
        statements accepted before it (for a speaker carried over, "…, et
        précise que", or where content starts after an earlier statement),
        never another construction's working state."""
        cues = self.find_cues()
        for n, cue in enumerate(cues):
            nxt = cues[n + 1] if n + 1 < len(cues) else None
            for construction in (self._comme, self._forward, self._inverted, self._trailing):
                candidate = construction(cue, nxt)
                if candidate is not None and self._accept(candidate):
                    break
        for candidate in self._according_to():
            self._accept(candidate)
        for candidate in self._remaining_quotes():
            self._accept(candidate)
        self.statements.sort(key=lambda s: s.start)
        self._dedupe()
        self._resolve()
        return self.statements

    def _skip_to_complement(self, j: int, limit: int) -> int:
        """Skip adverbs, dates and datives after a cue ("a déclaré mercredi au
        journal Guardian que"): the index of the first complement token."""
        doc = self.doc
        start = j
        while j < limit and j - start < 14:
            t = doc[j]
            low = fold(t.text)
            insert = self._insert_at(j, limit)
            if insert:
                j = insert
                continue
            if t.is_space or low == "," and j + 1 < limit and (fold(doc[j + 1].text) in lexicon(self.lang, "ADVERBIAL_OPENERS")
                                                               or fold(doc[j + 1].text) in self.lang.WEEKDAYS
                                                               or self._insert_at(j + 1, limit)):
                j += 1
                continue
            if t.pos_ == "ADV" and low not in lexicon(self.lang, "NEGATIONS") and low not in lexicon(self.lang, "COMPLEMENTIZERS"):
                j += 1
                continue
            if low in self.lang.WEEKDAYS or low in lexicon(self.lang, "TIME_ADVERBS"):
                j += 1
                continue
            if low in lexicon(self.lang, "INFINITIVE_MARKERS") and j + 1 < limit and fold(doc[j + 1].text) in lexicon(self.lang, "MANNER_OPENERS") \
                    and j + 2 < limit and doc[j + 2].pos_ in ("NOUN", "ADJ"):
                j += 3  # "de manière mensongère", "de son côté"
                continue
            if t.pos_ == "DET" and j + 1 < limit and fold(doc[j + 1].text) in lexicon(self.lang, "TIME_NOUNS"):
                k = j + 2
                while k < limit and doc[k].pos_ == "ADJ":
                    k += 1
                j = k  # "le week-end dernier", "la semaine passée"
                continue
            addressee = lexicon(self.lang, "ADDRESSEE_MARKERS")
            if low in lexicon(self.lang, "DATIVE_PREPOSITIONS") and t.pos_ in ("ADP", "AUX") or low in addressee:
                k = j + 1
                inner = lexicon(self.lang, "OF_WORDS") | lexicon(self.lang, "NAME_ARTICLES")
                while k < limit and k - j < 9 and (doc[k].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM") or fold(doc[k].text) in inner
                                                   or doc[k].text == "-"):
                    k += 1
                if k < limit and k > j + 1:
                    if doc[k].text == ",":
                        k += 1
                    j = k
                    continue
            return j
        return j

    def _insert_at(self, j: int, limit: int) -> int | None:
        """If an insert ("pour la première fois", "de son côté") starts at
        token j, the index just after it."""
        doc = self.doc
        inserts = _inserts(self.lang)
        end = min(doc[min(limit, len(doc)) - 1].idx + 40, doc[j].idx + len(inserts[0]) + 1)  # the longest insert and a char
        rest = fold(self.text[doc[j].idx : end])
        for phrase in inserts:
            if rest.startswith(phrase) and (len(rest) == len(phrase) or not rest[len(phrase)].isalnum()):
                end = doc[j].idx + len(phrase)
                k = j
                while k < limit and doc[k].idx < end:
                    k += 1
                if k < limit and doc[k].text == ",":
                    k += 1
                return k
        return None

    def _clause_end(self, start_char: int, cue: Cue, nxt: Cue | None) -> int:
        unit_s, unit_e = self.unit_of(start_char)
        end = unit_e
        # a new cue coordinated in the same sentence starts a new statement
        if nxt is not None and self.doc[nxt.first].idx < end and self.doc[nxt.first].idx > start_char:
            k = nxt.first - 1
            while k > cue.last and self.doc[k].pos_ == "ADV":
                k -= 1
            if (fold(self.doc[k].text) in (",", ";") or fold(self.doc[k].text) in lexicon(self.lang, "COORDINATORS")) \
                    and not self.quote_covering(self.doc[k].idx):
                end = min(end, self.doc[k].idx)
        # "; " and ", mais " end the reported clause (outside quotations)
        for mark in self.lang.CLAUSE_ENDS:
            k = self.text.find(mark, start_char, end)
            while k != -1 and self.quote_covering(k):
                k = self.text.find(mark, k + 1, end)
            if k != -1:
                end = k
        # "a précisé que X : « Y »": the quote after a colon is its own statement
        for q in self.outer_quotes:
            if start_char < q.start < end:
                before = self.text[start_char:q.start].rstrip(_SPACES)
                if before.endswith(":"):
                    end = min(end, len(before) + start_char - 1)
        # a quote that starts in the clause runs to its end
        for q in self.outer_quotes:
            if start_char <= q.start < end < q.end:
                end = q.end
        return self._trim_end(start_char, end)

    def _trim_end(self, s: int, e: int) -> int:
        while e > s and (self.text[e - 1] in _SPACES or self.text[e - 1] in ".,;:"):
            e -= 1
        return e

    def _kind(self, s: int, e: int) -> str:
        inside = [q for q in self.outer_quotes if s <= q.start and q.end <= e + 1]
        if not inside:
            return "indirect"
        if len(inside) == 1 and self.text[s:inside[0].start].strip(_SPACES) == "" and self.text[inside[0].end:e].strip(_SPACES + ".") == "":
            return "direct"
        return "mixed"

    def _candidate(self, kind, s, e, cue: Cue | None, mention, construction, lemma=None, requires=()) -> Candidate:
        if kind == "direct":
            while e > s and self.text[e - 1] in _SPACES + ",":
                e -= 1  # '“We will rebuild,” he said': the comma is the sentence's, not the speaker's
        return Candidate(kind, s, e, cue, mention, construction, lemma, frozenset(requires))

    def _refused(self, s: int, e: int, cue: Cue | None, requires) -> bool:
        """Whether content at s..e fails a check it requires (see `Candidate`)."""
        if e - s < 2:
            return True
        if "cue-outside" in requires and cue is not None:
            at = self.doc[cue.first].idx
            if any(st.start <= at < st.end for st in self.statements):
                return True
        if "no-overlap" in requires and self._overlaps(s, e):
            return True
        return "quote-unclaimed" in requires and any(st.start <= s and e <= st.end for st in self.statements)

    def _accept(self, c: Candidate) -> Statement | None:
        """The arbitration: the candidate becomes a statement unless it is
        empty or fails one of the checks it requires."""
        s, e = c.start, c.end
        if self._refused(s, e, c.cue, c.requires):
            return None
        cue = c.cue
        cue_s = self.doc[cue.first].idx if cue else None
        cue_e = (self.doc[cue.last].idx + len(self.doc[cue.last].text)) if cue else None
        st = Statement(c.kind, s, e, c.lemma or (cue.lemma if cue else None), cue_s, cue_e, c.mention, via=c.construction)
        self.statements.append(st)
        return st

    def _forward(self, cue: Cue, nxt: Cue | None) -> Candidate | None:
        """Cue then content: "X a déclaré que …", ": « … »", "avoir abattu…"."""
        doc = self.doc
        _, unit_e = self.unit_of(doc[cue.verb].idx)
        limit = min(len(doc), self.tok_at(max(unit_e - 1, 0)) + 1)
        j = self._skip_to_complement(cue.last + 1, limit)
        if j >= limit:
            return None
        t = doc[j]
        mention = self._subject(cue)
        if self.quote_covering(doc[cue.verb].idx) is not None:
            return None  # a cue inside a quotation is part of what was quoted
        if any(c.dep_.startswith("nsubj") and fold(c.text) in lexicon(self.lang, "NEGATIVE_SUBJECTS")
               for c in doc[cue.verb].children):
            return None  # "rien ne précise que …": nobody said it
        if fold(t.text) in lexicon(self.lang, "COMPLEMENTIZERS") and ("clause" in cue.allows or "clause-quote" in cue.allows):
            return self._forward_que(cue, nxt, j, mention)
        if (t.text in (":", ",") and self._quote_after(j, limit) or t.text in self.lang.QUOTE_PAIRS) and "quote" in cue.allows:
            return self._forward_quote(cue, nxt, j, limit, mention)
        if "bare-clause" in cue.allows:
            found = self._forward_bare_clause(cue, nxt, j, mention)
            if found is not None:
                return found
        if "infinitive" in cue.allows:
            found = self._forward_infinitive(cue, nxt, j, limit, mention)
            if found is not None:
                return found
        if "quote" in cue.allows:
            return self._quoted_object(cue, nxt, j, mention)
        return None

    def _quoted_object(self, cue: Cue, nxt: Cue | None, j: int, mention: Mention | None) -> Candidate | None:
        """"a dénoncé le « recours excessif à la force par des policiers »": a
        quotation of four words or more inside the cue's object is what the
        speaker said (shorter quoted labels are left alone)."""
        doc = self.doc
        verb = doc[cue.verb]
        if "Inf" in verb.morph.get("VerbForm") or any(c.dep_ == "aux:pass" for c in verb.children):
            return None  # "devraient être soutenues par des « … »": no one quoted by the subject
        start = doc[j].idx
        end = self._clause_end(start, cue, nxt)
        q = next((q for q in self.outer_quotes if start <= q.start < end), None)
        if q is None or len(self.text[q.inner_start:q.inner_end].split()) < 4 or mention is None \
                or any(c in self.text[start:q.start] for c in ".!?"):
            return None  # the quotation must be in the clause of a cue with its subject before it
        between = doc.char_span(start, q.start, alignment_mode="expand")
        if between is not None and any(t.pos_ in ("VERB", "AUX") for t in between):
            return None  # a clause of its own before the quotation
        return self._candidate("direct", q.inner_start, q.inner_end, cue, mention, "quoted-object", requires=("cue-outside",))

    def _forward_que(self, cue: Cue, nxt: Cue | None, j: int, mention: Mention | None) -> Candidate | None:
        """"X a déclaré que …" (or "précise que : « … »")."""
        doc = self.doc
        s = doc[j].idx + len(doc[j].text)
        while s < len(self.text) and self.text[s] in _SPACES + ":,":  # "précise que : « … »", "said that, as …"
            s += 1
        kind, s, e = self._reported_clause(s, cue, nxt)
        if kind != "direct" and "clause" not in cue.allows:
            return None  # "pense que …" without a quotation is a belief
        return self._candidate(kind, s, e, cue, mention, "clause", requires=("cue-outside",))

    def _reported_clause(self, s: int, cue: Cue, nxt: Cue | None) -> tuple[str, int, int]:
        """The kind and span of a reported clause starting at `s` (a
        quotation alone in it: what is inside the marks)."""
        e = self._clause_end(s, cue, nxt)
        kind = self._kind(s, e)
        if kind == "direct":
            q = self.quote_starting_at(s)
            if q:
                s, e = q.inner
        return kind, s, e

    def _forward_bare_clause(self, cue: Cue, nxt: Cue | None, j: int, mention: Mention | None) -> Candidate | None:
        """"X said the attack killed …": a reported clause without its
        complementizer, where the language drops it. The parser's clausal
        complement of the cue, with a subject of its own, starting at the
        complement (after the cue's object, if any: "told reporters the …")."""
        doc = self.doc
        verb = doc[cue.verb]
        clause = next((c for c in verb.rights if c.dep_ == "ccomp" and c.i > cue.last), None)
        if clause is None or not (any(c.dep_.startswith(("nsubj", "expl")) for c in clause.children)
                                  or any("Fin" in t.morph.get("VerbForm") for t in clause.subtree)):
            return None  # a clause: its own subject, or a finite verb the parse hung elsewhere
        first = clause.left_edge.i
        if doc[first].is_punct or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[cue.last + 1:first]):
            return None  # "…, an official said on Monday, Reuters reported": no clause of the cue
        kind, s, e = self._reported_clause(doc[first].idx, cue, nxt)
        return self._candidate(kind, s, e, cue, mention, "bare-clause", requires=("cue-outside",))

    def _quote_after(self, j: int, limit: int) -> bool:
        """A quotation opens right after token `j` (": « … »", ', "…"').
        The colon always introduces one; a comma does only right before it."""
        k = j + 1
        while k < limit and self.doc[k].is_space:
            k += 1
        return self.doc[j].text == ":" or k < limit and self.quote_starting_at(self.doc[k].idx) is not None

    def _forward_quote(self, cue: Cue, nxt: Cue | None, j: int, limit: int, mention: Mention | None) -> Candidate | None:
        """"X a déclaré : « … »", 'X said, "…"' / "X a dit « … » et …" (mixed)."""
        doc = self.doc
        t = doc[j]
        k = j + 1 if t.text in (":", ",") else j
        while k < limit and doc[k].is_space:
            k += 1
        q = self.quote_starting_at(doc[k].idx) if k < len(doc) else None
        if q is None:
            return None
        s, e = q.inner
        # « … » followed by more reported speech in the same clause: mixed
        tail_e = self._clause_end(q.start, cue, nxt)
        tail = self.text[q.end:tail_e].lstrip(_SPACES)
        if t.text not in (":", ",") and tail_e > q.end + 3 and not tail.startswith((",", ".", ";", *(w + " " for w in self.lang.COORDINATORS))):
            s, e, kind = q.start, tail_e, "mixed"
            kind = self._kind(s, e) if self._kind(s, e) != "direct" else "mixed"
        else:
            kind = "direct"
        return self._candidate(kind, s, e, cue, mention, "quote", requires=("cue-outside",))

    def _forward_infinitive(self, cue: Cue, nxt: Cue | None, j: int, limit: int, mention: Mention | None) -> Candidate | None:
        """"a déclaré avoir abattu …", "appelle à … de rester …", "accuse X d'avoir …"."""
        doc = self.doc
        markers = lexicon(self.lang, "INFINITIVE_MARKERS")
        low = fold(doc[j].text)
        k = j
        if cue.lemma in self.lang.DE_INFINITIVE_VERBS and low in lexicon(self.lang, "ADDRESSEE_MARKERS") \
                and not (j + 1 < limit and self._is_infinitive(doc[j + 1])):
            # "recommandent à leurs citoyens de rester …"
            m = j + 1
            while m < limit and m - j < 6 and fold(doc[m].text) not in markers:
                m += 1
            if m < limit and fold(doc[m].text) in markers:
                j, low = m, fold(doc[m].text)
        if low in markers and cue.lemma in self.lang.DE_INFINITIVE_VERBS:
            k = j + 1
        elif cue.lemma in self.lang.TO_INFINITIVE_VERBS:
            # "appelle à continuer …", "a appelé les habitants à rester …": the content is the infinitive's
            to = lexicon(self.lang, "TO_INFINITIVE_MARKERS")
            m = j
            while m < limit and m - j < 6 and fold(doc[m].text) not in to and not doc[m].is_punct:
                m += 1
            if m >= limit - 1 or fold(doc[m].text) not in to:
                return None
            k = m + 1
        elif cue.lemma in self.lang.OBJECT_THEN_INFINITIVE_VERBS:
            # accuse X d'avoir …: the content starts at X
            m = j
            while m < limit and m - j < 10 and fold(doc[m].text) not in markers:
                m += 1
            if m < limit - 1 and self._is_infinitive(doc[m + 1]):
                s = doc[j].idx
                e = self._clause_end(s, cue, nxt)
                return self._candidate(self._kind(s, e), s, e, cue, mention, "infinitive", requires=("cue-outside",))
            return None
        neg = k
        while neg < limit and neg - k < 4 and fold(doc[neg].text) in lexicon(self.lang, "CLITICS"):
            neg += 1
        if neg < limit and self._is_infinitive(doc[neg]):
            s = doc[k].idx
            e = self._clause_end(s, cue, nxt)
            return self._candidate(self._kind(s, e), s, e, cue, mention, "infinitive", requires=("cue-outside",))
        return None

    def _comme(self, cue: Cue, nxt: Cue | None) -> Candidate | None:
        """"Comme l'a souligné X, …" / "Comme le dit X, …": the content follows X."""
        doc = self.doc
        k = cue.first - 1
        objects = lexicon(self.lang, "AS_OBJECT_PRONOUNS")
        while k >= 0 and (fold(doc[k].text) in objects or fold(doc[k].text) + "'" in objects or doc[k].text in ("'", "’")):
            k -= 1
        unit_s, unit_e = self.unit_of(doc[cue.first].idx)
        limit = min(len(doc), self.tok_at(max(unit_e - 1, 0)) + 1)
        if k >= 0 and fold(doc[k].text) == fold(self.lang.AS_WORD) and not self.quote_covering(doc[k].idx):
            j = self._skip_to_complement(cue.last + 1, limit)  # "Comme l'a souligné X, …"
            toks = noun_phrase_right(doc, j, limit, self.lang)
            mention = mention_from_tokens(doc, toks, self.resolver, self.lang) if toks else None
        else:  # "As X said (to Y), …", where the speaker may come before the cue
            subj = next((c for c in doc[cue.verb].lefts if c.dep_.startswith("nsubj")), None)
            k = subj.left_edge.i - 1 if subj is not None else -1
            if "subject-cue" not in self.lang.TRAILING_ORDERS or k < 0 or fold(doc[k].text) != fold(self.lang.AS_WORD) \
                    or self.quote_covering(doc[k].idx):
                return None
            j, mention = cue.last + 1, self._mention_for_head(subj)
        if mention is None:
            return None
        # the content starts after the last comma before the next finite verb
        last_comma = None
        for t in doc[j:limit]:
            if t.text == ",":
                last_comma = t
            elif t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and last_comma is not None:
                s = last_comma.idx + 1
                while s < unit_e and self.text[s] in _SPACES:
                    s += 1
                e = self._clause_end(s, cue, nxt)
                return self._candidate(self._kind(s, e), s, e, cue, mention, "as")
        return None

    def _is_infinitive(self, t: Token) -> bool:
        """A verb that may report without a clause: an infinitive, or a
        gerund where the language reports with one ("reported destroying …")."""
        return t.pos_ in ("VERB", "AUX") and ("Inf" in t.morph.get("VerbForm") or self.lang.grammar.gerund(t)) \
            or fold(t.text) in lexicon(self.lang, "INFINITIVE_AUXILIARIES")

    def _subject(self, cue: Cue) -> Mention | None:
        """The speaker of a forward cue: the parse's subject when it is a
        plausible speaker, else what the surface says (a relative's
        antecedent, the previous cue's speaker for "…, et précise que", the
        noun phrase opening the sentence)."""
        m = self._coordinated_subject(cue)
        if m is not None:
            return m
        m = self._parsed_subject(cue)
        if m is not None:
            return m
        return self._surface_subject(cue)

    def _coordinated_subject(self, cue: Cue) -> Mention | None:
        """"X a indiqué que … et a également déclaré que …": a cue joined to the
        statement just before it shares its speaker (the parse often attaches
        the second verb to a noun inside the first clause)."""
        doc = self.doc
        k = cue.first - 1
        while k >= 0 and doc[k].pos_ == "ADV":
            k -= 1
        if k < 0 or fold(doc[k].text) != "," and fold(doc[k].text) not in lexicon(self.lang, "COORDINATORS"):
            return None
        if any(c.dep_.startswith("nsubj") and c.i < cue.verb and (c.i > k or self._plausible_speaker(c))
               for c in doc[cue.verb].children):
            return None  # its own subject: "…, while a senior diplomat, who spoke …, said"
        prev = [st for st in self.statements if st.mention is not None and st.end <= doc[k].idx]
        if prev and doc[k].idx - prev[-1].end <= 4:
            return prev[-1].mention
        return None

    def _surface_subject(self, cue: Cue) -> Mention | None:
        doc = self.doc
        k = cue.first - 1
        while k >= 0 and (doc[k].pos_ == "ADV" or doc[k].is_space):
            k -= 1
        if k < 0:
            return None
        low = fold(doc[k].text)
        unit_s, _ = self.unit_of(doc[cue.first].idx)
        para_s = self.text.rfind("\n", 0, doc[cue.first].idx) + 1
        if low in lexicon(self.lang, "RELATIVE_SUBJECTS"):  # "l'organisation islamique, qui affirme …"
            recent = [st for st in self.statements if st.mention is not None and para_s <= st.mention.end <= doc[k].idx]
            if recent and doc[k].idx - recent[-1].mention.end < 100:
                return recent[-1].mention  # "…, a ajouté X, le chef de mission, qui considère que"
            j = k - 1
            if j >= 0 and doc[j].text == ",":
                j -= 1
            toks = self._np_ending_at(j)
            return mention_from_tokens(doc, toks, self.resolver, self.lang) if toks else None
        if low == ",":
            named = self._name_before_apposition(cue)
            if named is not None:
                return named
        if low == "," or low in lexicon(self.lang, "COORDINATORS"):
            prev = [st for st in self.statements if st.mention is not None and para_s <= st.start and st.end <= doc[cue.first].idx]
            if prev:
                return prev[-1].mention
        # the noun phrase opening the sentence, after an opening adverbial
        i = self.tok_at(unit_s)
        end = cue.first
        if i < end and doc[i].pos_ in ("ADP", "ADV", "SCONJ", "CCONJ"):
            comma = next((j for j in range(i, end) if doc[j].text == ","), None)
            if comma is None:
                return None
            i = comma + 1
        toks = noun_phrase_right(doc, i, end, self.lang)
        if not toks:
            return None
        head = next((t for t in toks if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None or not (head.pos_ == "PROPN" or head.ent_type_ or fold(head.text) in lexicon(self.lang, "SPEAKER_NOUNS")):
            return None
        return mention_from_tokens(doc, toks, self.resolver, self.lang)

    def _name_before_apposition(self, cue: Cue) -> Mention | None:
        """"Tom Molomby, SC, said …" parsed without a subject: a person's
        name, then an apposition between commas, right before the cue."""
        doc = self.doc
        sent = doc[cue.first].sent
        ent = next((e for e in reversed(doc.ents) if e.label_ == "PER" and sent.start <= e.start and e.end < cue.first), None)
        if ent is None:
            return None
        between = doc[ent.end:cue.first]
        if not (2 <= len(between) <= 10 and between[0].text == "," and between[-1].text == ","):
            return None
        if any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in between):
            return None
        return mention_from_tokens(doc, list(ent), self.resolver, self.lang)

    def _after_preposition(self, t: Token) -> bool:
        """A French subject never follows de/d'/du (with or without an article)."""
        k = t.i - 1
        while k >= 0 and self.doc[k].pos_ == "DET" and fold(self.doc[k].text) not in lexicon(self.lang, "OF_THE"):
            k -= 1
        return k >= 0 and fold(self.doc[k].text) in lexicon(self.lang, "NOT_BEFORE_SUBJECT") and self.doc[k].pos_ == "ADP"

    def _plausible_speaker(self, t: Token) -> bool:
        return t.pos_ == "PROPN" or t.ent_type_ in ("PER", "ORG") or fold(t.text) in lexicon(self.lang, "SPEAKER_NOUNS")

    def _colon_speaker(self, q: Quote) -> Mention | None:
        """Who says a quotation introduced by a colon with no speech verb:
        the person last named before the colon, an agent ("revendiquée par
        X … : « … »"), or the sentence's subject."""
        doc = self.doc
        unit_s, _ = self.unit_of(q.start)
        span = doc.char_span(unit_s, q.start, alignment_mode="contract")
        if span is None or len(span) == 0:
            return None
        persons = [t for t in span if t.ent_type_ == "PER"]
        if persons:
            return self._mention_for_head(persons[-1])
        pars = [t for t in span if fold(t.text) in lexicon(self.lang, "AGENT_MARKERS")]
        if pars:
            toks = noun_phrase_right(doc, pars[-1].i + 1, span.end, self.lang)
            head = next((t for t in toks if t.pos_ in ("NOUN", "PROPN")), None)
            if head is not None and self._plausible_speaker(head):
                return mention_from_tokens(doc, toks, self.resolver, self.lang)
        subj = next((t for t in span if t.dep_.startswith("nsubj") and (self._plausible_speaker(t)
                     or fold(t.text) in folded(self.lang, "PRONOUNS"))), None)  # "Il a terminé par : « … »"
        return self._mention_for_head(subj) if subj is not None else None

    def _np_ending_at(self, j: int) -> list[Token]:
        doc = self.doc
        toks: list[Token] = []
        of = lexicon(self.lang, "OF_WORDS")
        while j >= 0 and (doc[j].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "X") or fold(doc[j].text) in of or doc[j].text == "-"):
            toks.insert(0, doc[j])
            if doc[j].pos_ == "DET" and (j == 0 or fold(doc[j - 1].text) not in of | lexicon(self.lang, "ADDRESSEE_MARKERS")):
                break
            j -= 1
        return toks

    def _parsed_subject(self, cue: Cue) -> Mention | None:
        doc = self.doc
        verb = doc[cue.verb]
        for _ in range(4):
            # the subject nearest the verb ("KYIV, Ukraine (AP) — President X said": X, not the dateline)
            subj = max((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and c.i < verb.i),
                       key=lambda c: c.i, default=None)
            if subj is None:
                subj = next((c for c in doc[cue.first:cue.verb].__iter__() if c.dep_.startswith("nsubj")), None)
            if subj is not None:
                low = fold(subj.text)
                if low in lexicon(self.lang, "RELATIVE_SUBJECTS") and verb.dep_ == "acl:relcl":
                    return self._mention_for_head(verb.head)
                if low in lexicon(self.lang, "NON_SPEAKERS") and low not in folded(self.lang, "PRONOUNS") and not is_acronym(subj):
                    return None
                if self._after_preposition(subj):
                    return None  # "le gouverneur de la région d'Odessa": a mis-parsed modifier
                closer = self._np_after_comma(subj, cue)
                return self._mention_for_head(closer if closer is not None else subj)
            # no subject: a speaker's noun phrase right before the cue ("… et la préfecture demande …",
            # parsed as a conjunct of an object), else inherit from the verb this one hangs on
            if verb.i == cue.verb and (before := self._np_before(cue)) is not None:
                return before
            if verb.dep_ in ("conj", "advcl", "xcomp", "acl") and verb.head.i != verb.i:
                if verb.dep_ == "acl" and self._plausible_speaker(verb.head):
                    return self._mention_for_head(verb.head)
                if verb.dep_ == "acl" and verb.head.head.i != verb.head.i:
                    verb = verb.head.head  # "… leur responsabilité, indiquant que": the clause's verb
                    continue
                verb = verb.head
                continue
            break
        # participles ("…, ajoutant que") take the last statement's speaker
        if self.lang.grammar.present_participle(doc[cue.verb]) and self.statements:
            prev = self.statements[-1]
            if prev.mention is not None:
                return prev.mention
        return None

    def _np_before(self, cue: Cue) -> Mention | None:
        """A definite noun phrase of a speaker ending right before the cue."""
        toks = self._np_ending_at(cue.first - 1)
        if not toks or toks[0].pos_ != "DET":
            return None
        head = next((t for t in toks if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None or not self._plausible_source(head) or self.quote_covering(toks[0].idx):
            return None
        return mention_from_tokens(self.doc, toks, self.resolver, self.lang)

    def _np_after_comma(self, subj: Token, cue: Cue) -> Token | None:
        """"La Syrie n'ayant pas ratifié la convention, l'ONG a demandé…": a
        subject parsed before a comma while a speaker's noun phrase stands
        alone between that comma and the cue; the head of that phrase."""
        doc = self.doc
        comma = next((k for k in range(cue.first - 1, subj.i, -1) if doc[k].text == ","), None)
        if comma is None or comma + 1 >= cue.first:
            return None
        phrase = doc[comma + 1:cue.first]
        if any(t.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "ADP") for t in phrase):
            return None
        head = next((t for t in reversed(phrase) if t.pos_ in ("NOUN", "PROPN")), None)
        return head if head is not None and self._plausible_source(head) else None

    def _mention_for_head(self, head: Token) -> Mention | None:
        if head.i not in self._mentions:  # the same subject is asked for by several rules
            low = fold(head.text)
            if low in folded(self.lang, "PRONOUNS") or head.text.startswith("-"):
                toks = [head]
            else:
                toks = subtree_phrase(self.doc, head, self.lang)
            self._mentions[head.i] = mention_from_tokens(self.doc, toks, self.resolver, self.lang)
        return self._mentions[head.i]

    def _inverted(self, cue: Cue, nxt: Cue | None = None) -> Candidate | None:
        """Content then cue: "« … », a déclaré X", "…, ont indiqué des responsables"."""
        doc = self.doc
        if "cue-subject" not in self.lang.TRAILING_ORDERS:
            return None
        if self.quote_covering(doc[cue.verb].idx) is not None:
            return self._incise(cue)
        if self.lang.grammar.present_participle(doc[cue.verb]):
            return None  # "ONG soutenant l'avortement": a participle has no inverted subject
        first_tok = doc[cue.first]
        unit_s, unit_e = self.unit_of(first_tok.idx)
        before = self.text[unit_s:first_tok.idx].rstrip(_SPACES)
        had_comma = before.endswith(",")
        if had_comma:
            before = before[:-1].rstrip(_SPACES)
        # the inverted subject
        limit = min(len(doc), self.tok_at(max(unit_e - 1, 0)) + 1)
        mention = None
        if cue.clitic is not None:  # "a-t-il déclaré", "dit-il"
            mention = mention_from_tokens(doc, [doc[cue.clitic]], self.resolver, self.lang)
        else:
            j = self._skip_to_complement(cue.last + 1, limit)
            if j < limit and (fold(doc[j].text) in lexicon(self.lang, "COMPLEMENTIZERS") or doc[j].text == ":") \
                    or j < limit and self._is_infinitive(doc[j]):
                return None
            toks = noun_phrase_right(doc, j, limit, self.lang) if j < limit else []
            nouns = [t for t in toks if t.pos_ in ("NOUN", "PROPN")]
            if nouns and nouns[0].pos_ == "NOUN" and not any(t.ent_type_ or self._plausible_source(t) for t in nouns):
                return None  # "a annoncé son décès": an object, not an inverted speaker
            mention = mention_from_tokens(doc, toks, self.resolver, self.lang) if toks else None
            if mention is None:
                return None
        # the content: a quotation just before, or the sentence up to the comma
        found = self._quote_before(cue, mention, unit_s, before, first_tok.idx, "inverted")
        if found is not None or not before:
            return found
        # indirect: needs a verb in the content, and a subject-less cue
        seg_s = self._segment_start(unit_s, first_tok.idx)
        seg_e = unit_s + len(before)
        if seg_e - seg_s < 10:
            return None
        span = doc.char_span(seg_s, seg_e, alignment_mode="expand")
        seg_toks = list(span) if span is not None else []
        if not any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") in (["Fin"], ["Part"]) for t in seg_toks):
            return None
        if not had_comma and cue.last == cue.verb:
            # "… précise la compagnie." needs the subject to end the sentence
            end_tok = mention and self.tok_at(mention.end - 1)
            if end_tok is None or end_tok + 1 < limit and not doc[end_tok + 1].is_punct:
                return None
        if any(c.dep_.startswith("nsubj") and seg_s <= c.idx and c.i < cue.verb and not c.text.startswith("-") for c in doc[cue.verb].children) and had_comma is False:
            return None
        s = seg_s
        # "Selon X, …, a-t-il dit": leave selon phrases to their own rule
        return self._candidate(self._kind(s, seg_e), s, self._trim_end(s, seg_e), cue, mention, "inverted")

    def _quote_before(self, cue: Cue, mention: Mention | None, unit_s: int, before: str, anchor: int,
                      construction: str) -> Candidate | None:
        """The quotation a content-then-cue construction reports: the one
        closing the text `before` the speaker or cue at `anchor` (direct, or
        mixed after a lead-in of the same sentence); when nothing stands
        before, the one ending the previous sentence."""
        if before and before[-1] in _CLOSERS:
            q = next((q for q in self.outer_quotes if q.end == unit_s + len(before)), None)
            if q is None:
                q = self.quote_covering(unit_s + len(before) - 1)
            if q is not None:
                seg_s = self._segment_start(unit_s, anchor)
                lead = self.text[seg_s:q.start].strip(_SPACES)
                if lead and q.start > seg_s and not lead.endswith((".", "!", "?", "…")):  # not a sentence of its own
                    return self._candidate("mixed", seg_s, q.end, cue, mention, f"{construction}-mixed")
                return self._candidate("direct", q.inner_start, q.inner_end, cue, mention, f"{construction}-quote")
        if not before:
            # the cue opens its sentence: the quotation may end the previous one
            prev = self.text[:anchor].rstrip(_SPACES + ",")
            q = next((q for q in self.outer_quotes if q.end == len(prev)), None)
            if q is not None and "\n" not in self.text[q.end:anchor]:
                return self._candidate("direct", q.inner_start, q.inner_end, cue, mention, f"{construction}-quote")
        return None

    def _trailing(self, cue: Cue, nxt: Cue | None = None) -> Candidate | None:
        """Content, then the speaker, then the cue: "“…,” he said", "…, the
        ministry said in a statement", "…, a senior official said on Monday".
        The cue takes no complement of its own after it."""
        doc = self.doc
        verb = doc[cue.verb]
        if "subject-cue" not in self.lang.TRAILING_ORDERS or self.quote_covering(verb.idx) is not None:
            return None
        subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
        if subj is None or any(t.pos_ not in ("ADV", "AUX", "PART") for t in doc[subj.right_edge.i + 1:cue.first]):
            return None
        if any(c.dep_ in ("ccomp", "xcomp", "mark") or c.dep_ == "obj" and not self._plausible_speaker(c) for c in verb.rights):
            return None  # "…, the farmers said nothing": the cue has a complement of its own
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" or m.pos_ == "SCONJ" for m in c.children) for c in verb.lefts):
            return None  # "After the storm passed, …": the content is the cue's circumstance
        if subj.pos_ not in ("NOUN", "PROPN", "PRON") or fold(subj.text) in lexicon(self.lang, "NON_SPEAKERS") and not is_acronym(subj):
            return None  # after its content, the subject of a speech verb is who spoke: "a resident said"
        anchor = subj.left_edge.idx
        unit_s, _ = self.unit_of(anchor)
        before = self.text[unit_s:anchor].rstrip(_SPACES)
        had_comma = before.endswith(",")
        if had_comma:
            before = before[:-1].rstrip(_SPACES)
        mention = self._subject(cue)
        if mention is None:
            return None
        found = self._quote_before(cue, mention, unit_s, before, anchor, "trailing")
        if found is not None or not before or not had_comma:
            return found
        seg_s = self._segment_start(unit_s, anchor)
        seg_e = unit_s + len(before)
        if any(st.cue_start is not None and seg_s <= st.cue_start < seg_e for st in self.statements):
            return None  # "…, an official said, Reuters reported": the report of a report
        connector = re.match(r"(\w+)\s*,\s*", self.text[seg_s:seg_e])
        if connector and fold(connector.group(1)) in lexicon(self.lang, "SENTENCE_CONNECTORS"):
            seg_s += connector.end()  # "Meanwhile, Russian strikes …, the administration said": not what was said
        span = doc.char_span(seg_s, seg_e, alignment_mode="expand")
        if seg_e - seg_s < 10 or span is None or not any(
                t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in span):
            return None
        return self._candidate(self._kind(seg_s, seg_e), seg_s, self._trim_end(seg_s, seg_e), cue, mention, "trailing")

    def _segment_start(self, unit_s: int, before: int) -> int:
        """Where content ending at `before` starts: the sentence start, or the
        end of a statement already found earlier in the sentence."""
        seg_s = unit_s
        for st in self.statements:
            if unit_s <= st.end <= before:
                seg_s = max(seg_s, st.end)
        while seg_s < len(self.text) and self.text[seg_s] in _SPACES + ",.»”\"":
            seg_s += 1
        return seg_s

    def _incise(self, cue: Cue) -> Candidate | None:
        """« Moi, dit-il, j'ai … »: the incise names the speaker and starts a new statement."""
        doc = self.doc
        if cue.clitic is None:
            return None
        q = self.quote_covering(doc[cue.verb].idx)
        after = doc[cue.last].idx + len(doc[cue.last].text)
        rest = self.text[after:q.inner_end].lstrip(_SPACES + ",")
        if not self.text[after:q.inner_end].lstrip(_SPACES).startswith(",") or len(rest) < 3:
            return None
        mention = mention_from_tokens(doc, [doc[cue.clitic]], self.resolver, self.lang)
        return self._candidate("direct", q.inner_end - len(rest), q.inner_end, cue, mention, "incise")

    def _according_to(self) -> Iterator[Candidate]:
        """"selon X, …", "…, selon X", "d'après X", sentence-initial "Pour X, …"."""
        doc = self.doc
        phrases = _according_phrases(self.lang)
        firsts = {p.split()[0].split("'")[0] for p, _, _ in phrases}
        for_x = fold(self.lang.FOR_X)
        coordinators = lexicon(self.lang, "COORDINATORS")

        def clause_start(t: Token) -> bool:
            return t.is_sent_start or t.i > 0 and (doc[t.i - 1].text in ("\n", ",") or fold(doc[t.i - 1].text) in coordinators)

        for t in doc:
            low = t.lower_ if t.lower_.isascii() else fold(t.text)  # fold only what needs it
            lemma = None
            nxt_i = t.i + 1
            if low.split("'")[0] in firsts:
                found = _phrase_at(fold(self.text[t.idx:t.idx + 40]), phrases)
                if found and (found[2] or clause_start(t)):
                    phrase, lemma = found[0], found[1]
                    while nxt_i < len(doc) and doc[nxt_i].idx < t.idx + len(phrase):
                        nxt_i += 1
            if lemma is None and low == for_x and clause_start(t):
                lemma = self.lang.FOR_X
            if lemma is None or self.quote_covering(t.idx):
                continue
            unit_s, unit_e = self.unit_of(t.idx)
            limit = min(len(doc), self.tok_at(max(unit_e - 1, 0)) + 1)
            toks = noun_phrase_right(doc, nxt_i, limit, self.lang)
            if not toks:
                continue
            np_end = toks[-1].idx + len(toks[-1].text)
            head = next((x for x in toks if x.pos_ in ("NOUN", "PROPN", "PRON")), None)
            if head is None:
                continue
            nouns = [head] if lemma == self.lang.FOR_X else [x for x in toks if x.pos_ in ("NOUN", "PROPN", "PRON")]
            if not any(self._plausible_source(x) for x in nouns) or fold(head.text) in lexicon(self.lang, "DOCUMENT_SOURCES"):
                continue  # "selon les régions", "selon toute vraisemblance", "selon le bilan"
            if lemma == self.lang.FOR_X and not self.text[np_end:].lstrip(" ").startswith(","):
                continue
            mention = mention_from_tokens(doc, toks, self.resolver, self.lang)
            if mention is None:
                continue
            cue = Cue(lemma, t.i, t.i, nxt_i - 1, ())
            # a quote right after: "Selon X, « … »"
            rest = self.text[np_end:unit_e]
            lead = self.text[unit_s:t.idx].strip(_SPACES)
            starts_sentence = not lead or fold(lead) in lexicon(self.lang, "SENTENCE_CONNECTORS")
            # "selon X dépêchés sur place, il …" / "car selon eux, il …": the
            # content follows the comma that closes the source's phrase
            comma = self._comma_after(np_end, unit_e)
            opens_clause = fold(lead.rstrip(",").rstrip(_SPACES)).rsplit(" ", 1)[-1] in lexicon(self.lang, "COORDINATORS")
            if comma is not None and not starts_sentence and lead.endswith(",") and not opens_clause \
                    and self._bare_subject(unit_s, t.idx):
                # "Les drones, selon Kyiv, ont été lancés …": the clause around the source
                yield self._according_around(unit_s, t.idx, unit_e, cue, mention)
                continue
            if comma is not None and (starts_sentence or lead.endswith((",", *self.lang.CLAUSE_LINKS))):
                rest = self.text[comma:unit_e]
                np_end = comma
                starts_sentence = True
            if starts_sentence and rest.lstrip(_SPACES).startswith(","):
                candidate = self._according_before(np_end + len(rest) - len(rest.lstrip(_SPACES)) + 1, unit_e, cue, mention)
            elif starts_sentence and comma is None:
                candidate = self._according_no_comma(toks, unit_e, cue)
            elif not starts_sentence:
                candidate = self._according_after(unit_s, t.idx, cue, mention)
            else:
                continue
            if candidate is not None:
                yield candidate

    def _according_no_comma(self, toks: list[Token], unit_e: int, cue: Cue) -> Candidate | None:
        """"According to the ministry over 300 people were killed": no comma
        after the source. Its phrase ends where a new noun phrase starts (a
        determiner or a number after a noun: "according to X the property
        was …", or a hedge: "more than 40 …"); the rest must be a clause with
        a finite verb."""
        doc = self.doc
        hedges = tuple(q + " " for q in self.lang.QUALIFIERS)
        cut = next((n for n in range(1, len(toks)) if toks[n].pos_ in ("DET", "NUM") and toks[n - 1].pos_ in ("NOUN", "PROPN")
                    or fold(self.text[toks[n].idx:toks[n].idx + 30]).startswith(hedges)), len(toks))
        toks = toks[:cut]
        s = toks[-1].idx + len(toks[-1].text)
        span = doc.char_span(s, unit_e, alignment_mode="contract")
        if span is None or not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in span):
            return None
        mention = mention_from_tokens(doc, toks, self.resolver, self.lang)
        return self._according_before(s, unit_e, cue, mention) if mention is not None else None

    def _bare_subject(self, unit_s: int, marker: int) -> bool:
        """No quotation before a source phrase in its clause: "Les drones,
        selon Kyiv, …", "Il a été interné et, d'après un policier, …" (a
        quotation before it belongs to another statement)."""
        s = self._segment_start(unit_s, marker)
        span = self.doc.char_span(s, marker, alignment_mode="expand")
        return span is not None and not any(t.is_quote for t in span)

    def _plausible_source(self, head: Token) -> bool:
        """Who may be a source: a name, a pronoun, or a noun of a speaker,
        a role or an organization."""
        low = fold(whole_word(head))
        one = self.lang.grammar.singular(low)
        return head.pos_ in ("PROPN", "PRON") or bool(head.ent_type_) or low in lexicon(self.lang, "SPEAKER_NOUNS") \
            or low in lexicon(self.lang, "PERSON_ROLES") or low in lexicon(self.lang, "ORGANIZATION_NOUNS") \
            or low in lexicon(self.lang, "ONE_PERSON_NOUNS") or one in lexicon(self.lang, "ONE_PERSON_NOUNS")

    def _according_around(self, unit_s: int, marker: int, unit_e: int, cue: Cue, mention: Mention) -> Candidate:
        """"<subject>, selon X, <rest>": the whole clause, the source phrase inside."""
        s = self._segment_start(unit_s, marker)
        return self._candidate(self._kind(s, unit_e), s, self._trim_end(s, unit_e), cue, mention, "according-to-around",
                               cue.lemma, requires=("no-overlap",))

    def _according_before(self, s: int, unit_e: int, cue: Cue, mention: Mention) -> Candidate:
        """"Selon X, <content>": the content runs from `s` to the sentence end."""
        while s < unit_e and self.text[s] in _SPACES:
            s += 1
        e = self._trim_end(s, unit_e)
        kind = self._kind(s, e)
        if kind == "direct":
            q = self.quote_starting_at(s)
            s, e = q.inner if q else (s, e)
        return self._candidate(kind, s, e, cue, mention, "according-to-before", cue.lemma, requires=("no-overlap",))

    def _according_after(self, unit_s: int, marker: int, cue: Cue, mention: Mention) -> Candidate | None:
        """"<content>, selon X": the content runs from the sentence start (or
        the end of a statement before it) to the marker at `marker`."""
        s = unit_s
        e = self._trim_end(s, marker)
        for st in self.statements:
            if unit_s <= st.end <= marker:
                s = max(s, st.end)
        while s < e and self.text[s] in _SPACES + ",.»":
            s += 1
        if e - s < 8 or any(st.start <= s and e <= st.end + 2 for st in self.statements):
            return None
        kind = self._kind(s, e)
        if kind == "direct":
            q = self.quote_starting_at(s - 1) or self.quote_starting_at(s)
            if q:
                s, e = q.inner
        return self._candidate(kind, s, e, cue, mention, "according-to-after", cue.lemma, requires=("no-overlap",))

    def _comma_after(self, pos: int, unit_e: int) -> int | None:
        """The comma closing a source phrase that starts at `pos` (no finite
        verb before it, a clause with a finite verb after it), if any."""
        doc = self.doc
        i = self.tok_at(pos)
        for j in range(i, min(i + 14, len(doc))):
            t = doc[j]
            if t.idx >= unit_e or self.quote_covering(t.idx):
                return None
            if t.text == ",":
                after = doc.char_span(t.idx + 1, unit_e, alignment_mode="contract")
                if after is not None and any(x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm") for x in after):
                    return t.idx
                return None
            if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
                return None
        return None

    def _overlaps(self, s: int, e: int) -> bool:
        return any(st.start < e and s < st.end and min(e, st.end) - max(s, st.start) > 0.5 * (e - s) for st in self.statements)

    def _remaining_quotes(self) -> Iterator[Candidate]:
        """Quotes no cue claimed: continuations of the previous statement, or
        quotes hung on a subject without a verb ("l'imam, « effaré », …")."""
        doc = self.doc
        requires = ("quote-unclaimed", "no-overlap")
        for q in self.outer_quotes:
            if self._refused(q.inner_start, q.inner_end, None, requires):
                continue  # the arbitration would refuse any reading of it
            words = len(self.text[q.inner_start:q.inner_end].split())
            unit_s, unit_e = self.unit_of(q.start)
            lead = self.text[unit_s:q.start].strip(_SPACES)
            opens_sentence = not lead or lead.endswith((".", "!", "?", "»", "…"))
            prev_st = [st for st in self.statements if st.end <= q.start and st.mention is not None]
            if prev_st and words >= 4:
                last = max(prev_st, key=lambda st: st.end)
                between = self.text[last.end:q.start].strip(_SPACES + "»”\"")
                if self.lang.pattern("continuation_gap").fullmatch(between):
                    # "« … » , « … »": a second quotation hung on the same cue
                    yield self._candidate("direct", q.inner_start, q.inner_end, None, last.mention, "continuation",
                                          last.cue, requires)
                    continue
            if opens_sentence and words >= 4:
                prev = [st for st in self.statements if st.end <= q.start]
                if prev:
                    last = max(prev, key=lambda st: st.end)
                    gap = self.text[last.end:q.start]
                    if gap.count("\n") <= 2 and len(gap) < 400 and last.mention is not None:
                        yield self._candidate("direct", q.inner_start, q.inner_end, None, last.mention, "continuation",
                                              last.cue, requires)
                        continue
            if words >= 4 and lead.endswith(":"):
                mention = self._colon_speaker(q)
                if mention is not None:
                    yield self._candidate("direct", q.inner_start, q.inner_end, None, mention, "colon", requires=requires)
                    continue
            if words >= 2 and lead:
                # a subject right before the quote with no verb in between
                toks = [t for t in doc[self.tok_at(unit_s):self.tok_at(q.start) + 1] if unit_s <= t.idx < q.start]
                verbs = [t for t in toks if t.pos_ == "VERB" or t.pos_ == "AUX" and t.lemma_ not in self.lang.COPULAS]
                subj = next((t for t in toks if t.dep_.startswith("nsubj")), None)
                if subj is not None and not verbs and (subj.ent_type_ == "PER" or fold(subj.text) in lexicon(self.lang, "SPEAKER_NOUNS")):
                    mention = self._mention_for_head(subj)
                    if mention:
                        yield self._candidate("direct", q.inner_start, q.inner_end, None, mention, "verbless", requires=requires)

    def _dedupe(self) -> None:
        out: list[Statement] = []
        for st in self.statements:
            if any(o.start == st.start and o.end == st.end for o in out):
                continue
            out.append(st)
        self.statements = out

    def _resolve(self) -> None:
        """Names for every statement, in text order, feeding the referent list."""
        doc = self.doc
        subjects = []
        deps = doc.to_array(["DEP"])
        nsubj = numpy.isin(deps, [doc.vocab.strings.add(d) for d in ("nsubj", "nsubj:pass")])
        reported = numpy.zeros(len(self.text) + 1, dtype=bool)  # characters inside a statement or a speaker
        for st in self.statements:
            reported[st.start:st.end] = True
            if st.mention is not None and st.mention.kind != "pronoun":
                reported[st.mention.start + 1:st.mention.end] = True  # "X, le PDG de la compagnie Y": not Y
        for i in numpy.flatnonzero(nsubj):
            t = doc[int(i)]
            if self.lang.grammar.inverted_pronoun(t.text) is not None:
                continue  # "-t", "-il" of "a-t-il": a clitic, never a named referent
            if t.dep_.startswith("nsubj") and not self.quote_covering(t.idx) and not reported[t.idx] and (t.ent_type_ in ("PER", "ORG") or fold(t.text) in lexicon(self.lang, "SPEAKER_NOUNS") or t.pos_ == "PROPN"
                     or fold(t.text) in lexicon(self.lang, "ORGANIZATION_NOUNS")):  # "L'ONG HRW publie…" then "elle"
                subjects.append(t)
        heads = {t.i for t in subjects}
        org_nouns = lexicon(self.lang, "ORGANIZATION_NOUNS")
        for ent in doc.ents:
            if ent.start > 0 and fold(doc[ent.start - 1].text) in org_nouns:
                continue  # "la compagnie Flydubai": an organization, whatever the NER says
            if ent.label_ == "PER" and not self.quote_covering(ent.start_char) and ent.start not in heads \
                    and not reported[ent.start_char]:
                subjects.append(ent[0])
                heads.add(ent.start)
        events = [("subj", t.idx, t) for t in subjects] + [("st", st.mention.start if st.mention else st.start, st) for st in self.statements]
        events.sort(key=lambda e: (e[1], e[0] == "st"))
        dates = find_dates(self.text, self.published, self.lang)
        for kind, pos, obj in events:
            if kind == "subj":
                m = self._mention_for_head(obj)
                if m and m.kind == "title" and not m.resolved:
                    # a copy: the same mention may be a statement's speaker, resolved by its own rule
                    m = replace(m, name=self.resolver.last_person(m.start, m.gender) or m.name)
                if m and m.kind != "pronoun" and m.name:
                    self.resolver.add_referent(m.start, m.name, self._gender(m), m.number, obj.ent_type_ in ("GPE", "LOC", "ORG"))
                continue
            st: Statement = obj
            m = st.mention
            if m is not None:
                if m.kind == "pronoun" and m.name is None:
                    m.name = self.resolver.resolve(m)
                elif m.kind == "title" and not m.resolved:
                    m.name = self._title_from_last_speaker(st, m) or m.name
                st.speaker = m.name
                if st.speaker:
                    self.resolver.add_referent(m.start + 1, st.speaker, self._gender(m) if m.kind != "name" else None, m.number)
            st.date = self._date_for(st, dates)

    def _gender(self, m: Mention) -> str | None:
        """A mention's gender: the model's, else what a title or noun says
        where the language's nouns have none ("Thomas' sister": a woman)."""
        if m.gender or m.kind not in ("title", "group"):
            return m.gender
        return self.lang.grammar.title_gender(fold(m.text))

    def _title_from_last_speaker(self, st: Statement, m: Mention) -> str | None:
        """News names a person, then calls them by their title: "…, a déclaré
        Ursula von der Leyen. La présidente de la Commission a souligné que".
        An unresolved title takes the name of the person who spoke just before
        (same or previous paragraph, gender permitting)."""
        prev = [o for o in self.statements if o.end <= st.start and o.speaker and o.mention is not None]
        if not prev:
            return None
        last = prev[-1]
        if self.text[last.end : st.start].count("\n") > 2:
            return None
        if self.resolver.persons.get(fold(last.speaker.split()[-1])) is None:
            return None  # the last speaker is not a person
        p = self.resolver.persons[fold(last.speaker.split()[-1])]
        if m.gender and p.gender and m.gender != p.gender:
            return None
        return last.speaker

    def _date_for(self, st: Statement, dates) -> str | None:
        anchor = st.cue_start if st.cue_start is not None else st.start
        unit_s, unit_e = self.unit_of(anchor)
        best = None
        for d in dates:
            if unit_s <= d.start < unit_e and not (st.start <= d.start < st.end) and d.date:
                if best is None or abs(d.start - anchor) < abs(best.start - anchor):
                    best = d
        if best is None and st.via == "continuation":
            prev = [o for o in self.statements if o.end <= st.start and o.date]
            return prev[-1].date if prev else None
        return best.date if best else None


_CUE_HASHES: dict[int, numpy.ndarray] = {}


def _cue_hashes(lang: Language, strings) -> numpy.ndarray:
    """Hashes of every lemma and surface form that may be a cue (for a
    vectorized first pass over the tokens)."""
    key = id(lang)
    if key not in _CUE_HASHES:
        words = set(lang.SPEECH_VERBS) | set(lang.CUE_FORMS)
        _CUE_HASHES[key] = numpy.array(sorted(strings.add(w) for w in words), dtype="uint64")
    return _CUE_HASHES[key]


@lru_cache(maxsize=8)
def _inserts(lang: Language) -> tuple[str, ...]:
    return tuple(sorted((fold(p) for p in lang.INSERTS), key=len, reverse=True))


def find_statements(doc: Doc, lang: Language, published: str | None, text: str | None = None) -> list[Statement]:
    """All statements in a parsed document, in text order."""
    return StatementFinder(doc, lang, published, text).run()
