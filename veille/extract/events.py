"""Events with numbers: attacks (per weapon category), casualties,
territorial control, aid. Every event carries its evidence spans and a date
resolved from the article's own words.

The extractor reads counts attached to the words that say what they count
("34 morts", "six des sept missiles balistiques", "Sur 123 drones, … 71",
"20 % de l'Ukraine"); all words come from the language module.
"""
from __future__ import annotations

import bisect

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..lang import Language
from ..gazetteer import country_code, country_name, find_place, nationalities, organization
from .dates import find_dates
from .numbers import Number, find_numbers
from .speakers import fold, lexicon

_SP = " \u00a0\u202f\u2009"
_YEAR = range(1900, 2101)
_NEAR = 200  # characters before a figure where its words are (a sentence may run for pages)


@lru_cache(maxsize=8)
def _lexicon(lang: Language):
    casualty = {fold(w): field for field, ws in lang.CASUALTY_WORDS.items() for w in ws}
    groups = {fold(w): g for g, ws in lang.CASUALTY_GROUPS.items() for w in ws}
    counted = {fold(w) for w in lang.COUNTED_NOUNS}
    weapons = sorted(((fold(k), v) for k, v in lang.WEAPONS.items()), key=lambda kv: -len(kv[0]))
    weapon_re = re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k, _ in weapons) + r")(?![\w-])")
    roles = sorted(((fold(w), r) for r, ws in lang.WEAPON_ROLES.items() for w in ws), key=lambda kv: -len(kv[0]))
    return casualty, groups, counted, dict(weapons), weapon_re, roles


@lru_cache(maxsize=8)
def _sides_lexicon(lang: Language):
    """Folded demonyms and country names (adjectives, names and seats of
    power), and the patterns that find who attacked, who was attacked and who
    receives aid, compiled once per language."""
    demonyms = dict(sorted(((fold(k), v) for k, v in lang.DEMONYMS.items()), key=lambda kv: -len(kv[0])))
    names = dict(sorted(((fold(k), v) for k, v in lang.NATIONALITIES.items() if " " not in k), key=lambda kv: -len(kv[0])))
    slots = {"demonyms": "|".join(map(re.escape, demonyms)), "names": "|".join(map(re.escape, names))}
    return {
        "demonyms": demonyms,
        "names": names,
        # "des drones russes", "l'attaque russe"
        "on_weapons": lang.pattern("attacker_on_weapons", **slots),
        # "la Russie a lancé"
        "launcher": lang.pattern("attacker_launching", **slots),
        # "contre l'Ukraine", "le territoire ukrainien"
        "target": lang.pattern("target_country", **slots),
        # "à l'Ukraine", "aux forces ukrainiennes"
        "recipient": lang.pattern("recipient_country", **slots),
    }


@lru_cache(maxsize=8)
def _casualty_before_re(lang: Language) -> list[tuple[re.Pattern, str]]:
    return [(re.compile(r"(?<![\w-])" + re.escape(fold(p)) + "$"), field)
            for field, phrases in lang.CASUALTY_BEFORE.items() for p in phrases]


@lru_cache(maxsize=8)
def _after_phrases(lang: Language) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The folded partitives ("d'entre eux") and casualty phrases after a count."""
    return (tuple(fold(p) for p in lang.COUNT_PARTITIVES),
            tuple((field, fold(p)) for field, ps in lang.CASUALTY_AFTER_PHRASES.items() for p in ps))


def _words_after(text: str, pos: int, n: int) -> list[tuple[int, int, str]]:
    out = []
    for m in re.finditer(r"[\w'’-]+", text[pos : pos + 120]):
        out.append((pos + m.start(), pos + m.end(), fold(m.group(0))))
        if len(out) >= n:
            break
    return out


def _is_count(n: Number, text: str, lang: Language) -> bool:
    """Numbers that are not counts: years, times, ages and durations, article
    numbers, units, and plural approximations ("des dizaines": dozens)."""
    if n.unit:
        return False
    if n.words and n.qualifier == "about":
        last = fold(text[n.start:n.end]).split()[-1]
        approximate = lexicon(lang, "APPROXIMATE")  # folded once per language
        if last not in approximate and lang.grammar.singular(last) in approximate:
            return False  # "des dizaines": dozens, not a count
    written = text[n.start : n.end]
    if not n.words and n.int_value in _YEAR and "." not in written \
            and not any(sep in written for sep in lang.THOUSANDS_SEPARATORS):  # "2,000 people" is no year
        return False
    before = fold(text[max(0, n.start - 12) : n.start])
    if lang.pattern("not_a_count_before").search(before):
        return False
    name = re.search(r"[\w,;:'’][" + _SP + r"]+([A-Z][\w-]*)[" + _SP + r"]+$", text[max(0, n.start - 40):n.start])
    if not n.words and name and fold(name.group(1)) not in lexicon(lang, "WEEKDAYS") | lexicon(lang, "MONTHS"):
        return False  # part of a name inside a sentence: "a Falcon 9 rocket", "Flight 370"
    after = text[n.end : n.end + 4]
    if lang.pattern("clock_after").match(after):
        return False
    # "âgé de 31 ans", "depuis 12 ans", "30 et 34 ans": an age or a duration; "le 17 septembre": a date
    return not lang.pattern("duration_after").match(text[n.end:n.end + 24]) \
        and not lang.pattern("month_after").match(text[n.end:n.end + 16])


def _unwrapped_sentences(doc: Doc, text: str) -> list[tuple[int, int]]:
    """The sentences of `doc`, as (start, end), with a hard-wrapped line
    joined to the next: a line break ends a sentence in the pipeline, but a
    line that stops without a full stop, in a paragraph that goes on
    ("12 civilians were killed on\nSaturday night, including …"), is the
    same sentence."""
    out: list[tuple[int, int]] = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        if out:
            previous = text[out[-1][0]:start]
            body = previous.rstrip(_SP + "\n")
            if previous[len(body):].count("\n") == 1 and body and body[-1].isalnum() \
                    and text[start:start + 1].isalnum():
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


class EventFinder:
    def __init__(self, doc: Doc, lang: Language, published: str | None, text: str | None = None):
        self.doc = doc
        self.text = text if text is not None else doc.text
        self.lang = lang
        self.published = published
        self.numbers = find_numbers(self.text, lang)
        self.dates = find_dates(self.text, published, lang)
        self.sents = _unwrapped_sentences(doc, self.text)
        self._sent_starts = [s for s, _ in self.sents]
        self._counts_of: list[Number] | None = None
        self._counts_at: dict[int, int] = {}
        self.lex = _lexicon(lang)
        self.weapon_counts: set[int] = set()  # numbers already read as weapon counts
        # places as the NER labels them, less known organizations ("la Maison Blanche")
        self.places = [(e.start_char, e.text) for e in doc.ents if e.label_ in ("LOC", "GPE") and not organization(e.text, lang)]
        self.statements = [st for st in doc._.veille_statements or () if st.speaker]

    def reporter_of(self, evidence: list[tuple[int, int]]) -> str | None:
        """Who the article says gave the figures: the speaker of a statement
        holding the first count ("Selon l'armée de l'air, 123 drones …")."""
        for s, e in evidence[:1]:
            for st in self.statements:
                if st.start < e and s < st.end:
                    return st.speaker
        return None

    # -- helpers --------------------------------------------------------------
    def paragraph_of(self, pos: int) -> tuple[int, int]:
        s = self.text.rfind("\n", 0, pos) + 1
        e = self.text.find("\n", pos)
        return s, (len(self.text) if e == -1 else e)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self._sent_starts, pos) - 1  # sentences are in text order
        if k >= 0 and self.sents[k][0] <= pos < self.sents[k][1]:
            return self.sents[k]
        return self.paragraph_of(pos)

    def date_near(self, pos: int) -> str | None:
        """The date the article gives for what happens at `pos`: in its
        sentence, else earlier in its paragraph, else None."""
        s, e = self.sentence_of(pos)
        in_sent = [d for d in self.dates if s <= d.start < e and d.date]
        if in_sent:
            return min(in_sent, key=lambda d: abs(d.start - pos)).date
        # else the last date given shortly before (the same report, a few
        # sentences or short paragraphs earlier)
        before = [d for d in self.dates if pos - 600 <= d.start < pos and d.date]
        return before[-1].date if before else None

    def place_near(self, s: int, e: int) -> str | None:
        """Where it happened: a place after "à", "dans", "sur"… in the sentence,
        else the first place named there that is not a country acting in it."""
        demonyms = _sides_lexicon(self.lang)["demonyms"]  # "Ukrainian cities": an adjective, no place
        places = [(start, text) for start, text in self.places if s <= start < e and fold(text) not in demonyms]
        for start, text in places:
            prev = fold(self.text[max(0, start - 12) : start]).rstrip(_SP)
            if self.lang.pattern("place_preposition_before").search(prev):
                return text
        others = [text for _, text in places if self.lang.pattern("folded_article").sub("", fold(text)) not in nationalities(self.lang)]
        return others[0] if others else None

    def struck_place_before(self, pos: int, window: int = 600) -> str | None:
        """The last place named as hit by a strike shortly before `pos`
        ("…les frappes de drones et de missiles, qui ont frappé Kyiv
        mercredi." then the figures of the attack)."""
        pattern = self.lang.pattern("strike_before")
        found = None
        for start, text in self.places:
            if pos - window <= start < pos:
                before = fold(self.text[max(0, start - 40) : start])
                if pattern.search(before) and not country_code(text, self.lang):
                    found = text
        return found

    # -- casualties -----------------------------------------------------------
    def casualties(self) -> list[dict]:
        casualty, groups, counted, *_ = self.lex
        found: list[tuple[Number, str, str, int]] = []  # (number, field, group, word end)
        counts = [n for n in self.numbers if _is_count(n, self.text, self.lang) and n.start not in self.weapon_counts]
        ranges = self._ranges(counts)
        seen: list[tuple[Number, str]] = []  # every casualty count read, superseded or not
        breakdown: set[int] = set()  # counts read as items of a breakdown after a colon
        for i, n in enumerate(counts):
            if n.start in ranges and ranges[n.start] is None:
                continue  # the other end of a range counted by its first number
            if hit_before := self._changed_toll(n, counts, casualty):
                found.append((n, *hit_before))  # "le nombre de morts est passé de 30 à 45"
                continue
            if n.start in ranges:  # "16 ou 17 morts": up to 17
                upper = ranges[n.start]
                hit = self._casualty_after(upper, casualty, groups, counted) \
                    or self._casualty_before(n, casualty, groups, counted)
                n = Number(n.start, upper.end, upper.value, "up_to", hedge_start=n.hedge_start)
            else:
                # the object of a casualty verb before it ("killed at least 41 civilians, including …,
                # wounded hundreds") before a subject of one after it
                hit = self._casualty_before(n, casualty, groups, counted) or self._casualty_after(n, casualty, groups, counted)
                if hit is None and (hit := self._listed(n, counts[i + 1:], casualty, groups, counted)) is not None:
                    breakdown.add(n.start)  # an item of a list: a count of its own
                    if i + 1 < len(counts):
                        breakdown.add(counts[i + 1].start)
            if hit is not None:
                seen.append((n, hit[0]))
                if self._superseded(n, hit[0], seen):
                    continue
            if hit is None and found and found[-1][3] <= n.start \
                    and self.lang.pattern("then_between").match(self.text[found[-1][3]:n.start]):
                # "41 blessés, puis 48": the later figure replaces the earlier
                previous = found.pop()
                hit = (previous[1], previous[2], n.end)
            if hit is None and found and found[-1][3] <= n.start:
                hit = self._same_field_after(n, found[-1], groups, breakdown)
            if hit is None and found and self._dont_between(found[-1][0].end, n.start) \
                    and found[-1][0].end > self.sentence_of(n.start)[0]:
                # "14 morts, dont les 5 assaillants", "dont un des chauffeurs": the same count, for a group
                words = [w for w in _words_after(self.text, n.end, 3)
                         if not self._is_of(w[2]) and w[2] not in lexicon(self.lang, "DETERMINERS")
                         and not any(c.isdigit() for c in w[2])][:1]  # "including a 15-year-old boy"
                if words and (words[0][2] in groups or words[0][2] in counted
                              or self.lang.grammar.singular(words[0][2]) in counted | set(groups)
                              | lexicon(self.lang, "ONE_PERSON_NOUNS")):
                    hit = (found[-1][1], groups.get(words[0][2], "unspecified"), words[0][1])
            if hit:
                found.append((n, *hit))
        events: list[dict] = []
        for n, field, group, word_end in self._drop_provisional(found):
            s, e = self.sentence_of(n.start)
            ev = next((x for x in events if x["_sent"] == (s, e) and field not in x
                       and (x["group"] == group or group == "unspecified")
                       and not self._dont_between(x["_last"], n.start)), None)
            if ev is None:
                ev = {"type": "casualties", "date": self.date_near(n.start), "place": self.place_near(s, e),
                      "group": group, "_sent": (s, e), "evidence": [], "qualifiers": {}, "_item": n.start in breakdown}
                events.append(ev)
            ev[field] = n.int_value
            if n.qualifier:
                ev["qualifiers"][field] = n.qualifier
            ev["_last"] = n.start
            ev["evidence"].append([n.hedge_start if n.hedge_start is not None else n.start, word_end])
        events += self._one_killed(events)
        for ev in events:
            self._share_hedge(ev)
        # the same toll stated twice (lead, then the prosecutor) is one event
        # (or once in part: "tué sept personnes" then "sept morts et 28 blessés", at the same place)
        unique: list[dict] = []
        fields = ("killed", "injured", "missing")
        for ev in sorted(events, key=lambda e: -sum(f in e for f in fields)):
            counts = {f: ev[f] for f in fields if f in ev}
            twin = None if ev.get("_item") else next(  # items of a breakdown are counts of their own
                (u for u in unique if {f: u[f] for f in fields if f in u} == counts
                 or all(u.get(f) == v for f, v in counts.items()) and self._same_scene(u, ev)), None)
            if twin is not None:
                twin["evidence"].extend(ev["evidence"])
            else:
                unique.append(ev)
        return sorted(unique, key=lambda e: min(a for a, _ in e["evidence"]))

    def _same_scene(self, a: dict, b: dict) -> bool:
        """Nothing says two casualty events are apart: the same paragraph, the
        same place and date (or one of them unknown)."""
        ends = sorted(x for ev in (a, b) for span in ev["evidence"] for x in span)
        if "\n" in self.text[ends[0]:ends[-1]]:
            return False
        return all(a.get(k) == b.get(k) or not a.get(k) or not b.get(k) for k in ("place", "date"))

    def _one_killed(self, events: list[dict]) -> list[dict]:
        """"Le muezzin … a été abattu", "un policier a été tué": one person
        killed, said without a number, in a sentence that gives no toll."""
        _, groups, *_ = self.lex
        out = []
        folded = fold(self.text)
        for field, pattern in (("killed", self.lang.pattern("one_killed")), ("injured", self.lang.pattern("one_injured")),
                               ("killed", self.lang.pattern("one_killed_again"))):
            for s, e in self.sents:
                m = pattern.search(folded, s, e)
                if not m:
                    continue
                if any(ev["_sent"] == (s, e) and field in ev and any(a < s + m.end() and s + m.start() < b
                                                                     for a, b in ev["evidence"]) for ev in events + out):
                    continue  # the count already read there ("deux personnes ont été tuées")
                if any(ev["_sent"] == (s, e) and field in ev and pattern is not self.lang.pattern("one_killed_again")
                       for ev in events + out):
                    continue
                noun = next(g for g in m.groups() if g)
                if pattern is self.lang.pattern("one_killed_again") and not self.lang.pattern(
                        "introduced_as_one", noun=re.escape(noun)).search(folded, 0, s + m.start()):
                    continue  # a definite person never introduced as one is no count ("la chanteuse a été tuée")
                out.append({"type": "casualties", "date": self.date_near(s + m.start()), "place": self.place_near(s, e),
                            "group": groups.get(noun, "civilian"), "_sent": (s, e), field: 1, "qualifiers": {},
                            "evidence": [[s + m.start(), s + m.end()]]})
        return out

    def _pos_at(self, char: int) -> str:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0].pos_ if span is not None and len(span) else ""

    def _superseded(self, n: Number, field: str, seen: list[tuple[Number, str]]) -> bool:
        """A count in the clause of "le premier bilan faisait état de 20 morts
        et 42 blessés", "d'abord évalué à …" (a later count of the same field
        in the clause is the new toll), or the old figure of "est passé de
        30 à 45"."""
        s, _ = self.sentence_of(n.start)
        clause = fold(self.text[s : n.start])
        if self.lang.pattern("toll_change_before").search(clause):
            return True
        for marker in map(fold, self.lang.SUPERSEDED_TOLL):
            k = clause.rfind(marker)
            if k != -1 and not self.lang.pattern("clause_break").search(clause[k:]) \
                    and not any(fold(c) in clause[k:] for c in self.lang.CURRENT_TOLL) \
                    and not any(s + k + len(marker) < m.start < n.start and f == field for m, f in seen):
                return True
        return False

    def _same_field_after(self, n: Number, previous: tuple, groups, breakdown: set[int]):
        """A count of people after a casualty count, joined to it by
        'contre' or as its breakdown after a colon: "163 djihadistes tués,
        contre onze combattants", "une vingtaine de blessés : dix casques bleus
        et dix soldats"; the count takes the earlier one's field."""
        between = self.text[previous[3]:n.hedge_start if n.hedge_start is not None else n.start]
        colon = self.lang.pattern("breakdown_between").match(between)
        item = previous[0].start in breakdown and self.lang.pattern("breakdown_item_between").match(between)
        if not (self.lang.pattern("versus_between").match(between) or colon or item):
            return None
        words = _words_after(self.text, n.end, 1)
        if not words or self._pos_at(words[0][0]) != "NOUN" or words[0][2] in self.lex[3]:
            return None  # a count of people, not of weapons
        if colon or item:
            breakdown.add(n.start)
        return previous[1], groups.get(words[0][2], "unspecified"), words[0][1]

    def _drop_provisional(self, found: list) -> list:
        """A provisional toll ("un bilan provisoire de 60 à 70 morts") gives
        way to a later toll of the same field that is not provisional."""
        provisional = []
        for n, *_ in found:
            s, _ = self.sentence_of(n.start)
            clause = fold(self.text[s:n.start])
            provisional.append(any(fold(w) in clause for w in self.lang.PROVISIONAL_TOLL))
        return [f for i, f in enumerate(found)
                if not provisional[i] or not any(not provisional[k] and g[1] == f[1] and g[0].start > f[0].start
                                                 for k, g in enumerate(found))]

    def _count_index(self, counts: list[Number]) -> dict[int, int]:
        """Position of each count in `counts` (built once per list)."""
        if self._counts_of is not counts:
            self._counts_of, self._counts_at = counts, {id(m): k for k, m in enumerate(counts)}
        return self._counts_at

    def _changed_toll(self, n: Number, counts: list[Number], casualty: dict[str, str]):
        """The new figure of "le nombre de morts est passé de 30 à 45": the
        field of the casualty word named before the old figure."""
        i = self._count_index(counts).get(id(n), 0)
        if i == 0:
            return None
        old = counts[i - 1]
        s, _ = self.sentence_of(old.start)
        before = fold(self.text[max(s, old.start - _NEAR):old.start])  # the change is told near its old figure
        if not self.lang.pattern("toll_change_before").search(before) \
                or not self.lang.pattern("range_between").match(self.text[old.end:n.start]):
            return None
        field = next((casualty[w] for w in reversed(re.findall(r"[\w'-]+", before)) if w in casualty), None)
        return (field, "unspecified", n.end) if field else None

    def _ranges(self, counts: list[Number]) -> dict[int, Number | None]:
        """The ranges among the counts: lower bound start -> upper bound, and
        upper bound start -> None ("60 à 70", "16 ou 17", "entre 10 et 15").
        A toll that changes ("passé de 30 à 45") is no range."""
        out: dict[int, Number | None] = {}
        for a, b in zip(counts, counts[1:]):
            between = self.text[a.end:b.start]
            before = fold(self.text[max(0, a.start - 30):a.hedge_start if a.hedge_start is not None else a.start])
            if self.lang.pattern("toll_change_before").search(before):
                continue
            if self.lang.pattern("range_between").match(between) or (
                    self.lang.pattern("range_and_between").match(between)
                    and self.lang.pattern("range_and_before").search(before)):
                out[a.start], out[b.start] = b, None
        return out

    def _is_of(self, word: str) -> bool:
        """'of' before a noun: "de", "des", or elided ("d'équipage")."""
        of = lexicon(self.lang, "OF_WORDS")
        return word in of or any(word.startswith(w) for w in of if w.endswith("'"))

    def _dont_between(self, a: int, b: int) -> bool:
        return bool(self.lang.pattern("including").search(self.text[a:b]))

    def _share_hedge(self, ev: dict) -> None:
        """'au moins 3 morts et 22 blessés' hedges both counts."""
        fields = [f for f in ("killed", "injured", "missing") if f in ev]
        quals = ev["qualifiers"]
        if len(fields) > 1 and len(quals) == 1:
            (q,) = quals.values()
            spans = sorted(ev["evidence"])
            # only counts joined by a bare "et" ("au moins 3 morts et 22 blessés"),
            # not a second verb ("a tué au moins un civil et blessé quatre autres")
            if self.lang.pattern("and_only").fullmatch(self.text[spans[0][1] : spans[-1][0]]):
                for f in fields:
                    quals.setdefault(f, q)

    def _casualty_after(self, n, casualty, groups, counted, listed=False):
        """"34 morts", "trois civils tués", "deux personnes ont été tuées"."""
        if n.article and self._in_apposition(n):
            return None  # "the victim, a woman of 56, died": a definite person, no count
        words = _words_after(self.text, n.end, 12)
        group = "unspecified"
        first = 0  # where the count's noun may stand: after "de" of "une vingtaine de"
        noun = complement = -2  # where the counted noun and its complement ("de l'EI") stand
        skip_to = n.end
        for k, (ws, we, w) in enumerate(words):
            if ws < skip_to:
                continue
            rest = fold(self.text[ws:ws + 40])
            partitives, phrases = _after_phrases(self.lang)
            partitive = next((p for p in partitives if rest.startswith(p)), None)
            if partitive and k == first:
                skip_to = ws + len(partitive)  # "quatre d'entre eux"
                first = k + 2
                continue
            phrase = next(((field, p) for field, p in phrases if rest.startswith(p)), None)
            if phrase:
                return phrase[0], group, ws + len(phrase[1])
            if k == 0 and n.words and n.qualifier == "about" and self._is_of(w):
                first = 1
                continue  # "une vingtaine de blessés"
            if k > 0 and self._is_of(w) and words[k - 1][2] in counted:
                complement = k + 2
                if self.text[ws:we].endswith(("'", "’")) or len(w) > 3:  # "d'équipage", "d'EI": the noun is in the word
                    complement = k + 1
                continue  # "deux membres d'équipage", "trois agents de sécurité"
            if self._pos_at(ws) == "AUX":
                continue  # "une femme avait été blessée", "dont cinq seraient en état critique"
            if k == 0 and self.text[n.end:ws].strip(_SP) not in ("",):
                return None
            if w in casualty:
                return (casualty[w], group, we) if self._casualty_word_counts(words, k) else None
            if w in groups or w in counted:
                # "23 people, including four children, were killed": the apposition is skipped
                skip_to = self._apposition_end(we) if k == first else skip_to
                group = groups.get(w, group)
                continue
            if w in self.lang.CASUALTY_FILLERS or w in lexicon(self.lang, "RELATIVE_SUBJECTS"):
                continue  # "deux passants, qui ont été blessés"
            if k == first and self._modifier_before_noun(n, ws, w):
                first = k + 1
                continue  # "345 Muslim pilgrims have been killed": the adjective before the noun
            if k == noun + 1 and self._pos_at(ws) in ("ADJ", "PROPN"):
                continue  # "six jeunes Sevranais", "deux passants juifs"
            if k > 0 and k <= complement and self._pos_at(ws) in ("DET", "PROPN", "NOUN"):
                continue  # "cinquante combattants de l'EI": the complement of the counted noun
            if k == first and self._counted_noun(n, ws, w, listed):
                noun = k
                skip_to = self._apposition_end(we)  # "les deux frères, âgés de 30 ans, ont été tués"
                continue  # "trois paroissiens sont blessés" (but "une attaque a blessé" is an article)
            if self._pos_at(ws) == "ADV":
                continue  # "sont également blessés", "dont 10 grièvement blessés"
            if k > 0 and k < 3 and words[k - 1][2] in counted | set(groups) and self._pos_at(ws) in ("ADJ", "ADV"):
                continue  # "deux personnes grièvement blessées"
            return None
        return None

    def _modifier_before_noun(self, n: Number, ws: int, w: str) -> bool:
        """An adjective between a count and its noun ("345 Muslim pilgrims"),
        or an age after the article ("a 63-year-old man")."""
        return self._pos_at(ws) == "ADJ" and not (n.words and n.int_value == 1) \
            or n.article and any(c.isdigit() for c in w)

    def _counted_noun(self, n: Number, ws: int, w: str, listed: bool) -> bool:
        """The noun a count counts ("trois paroissiens"); never the noun of an
        article ("une attaque a blessé"), but a person after an indefinite
        article read as one ("a man was killed")."""
        if self._pos_at(ws) not in ("NOUN", "PROPN" if listed else "NOUN") or w in self.lex[3]:
            return False
        return not (n.words and n.int_value == 1 and not listed) \
            or n.article and w in lexicon(self.lang, "ONE_PERSON_NOUNS")

    def _casualty_word_counts(self, words: list[tuple[int, int, str]], k: int) -> bool:
        """The casualty word `words[k]` after a count makes it a count of its
        field: not after a weapon, with its confirming word, alone."""
        w, we = words[k][2], words[k][1]
        if k > 0 and any(wd in self.lex[3] for _, _, wd in words[:k]):
            return False  # "71 drones abattus": weapons, not people
        confirming = self.lang.CONFIRMED_CASUALTY_WORDS.get(w)
        if confirming and not (k + 1 < len(words) and words[k + 1][2].startswith(tuple(confirming))):
            return False
        # "a soldier killed two civilians": the count right after the verb is who was killed
        if self._pos_at(words[k][0]) == "VERB" and any(
                not self.text[we:m.hedge_start if m.hedge_start is not None else m.start].strip(_SP)
                and m.start > we and _is_count(m, self.text, self.lang) for m in self.numbers):
            return False
        # "200 children killed or injured": one count of both, of neither field
        return not self.lang.pattern("either_casualty_after").match(self.text[we:we + 40])

    def _in_apposition(self, n: Number) -> bool:
        """A count after a comma that does not close an opening phrase of
        place or time ("The victim, a woman …", but "In Odesa, a man …")."""
        if not self.text[:n.start].rstrip(_SP).endswith(","):
            return False
        s, _ = self.sentence_of(n.start)
        span = self.doc.char_span(s, n.start, alignment_mode="expand")
        opening = next((t for t in span or () if not t.is_space), None)
        return opening is None or opening.pos_ not in ("ADP", "ADV", "SCONJ")

    def _listed(self, n: Number, later: list[Number], casualty, groups, counted):
        """A count in a list whose last item carries the casualty word: "247
        Palestiniens, 40 Israéliens et deux Américains ont perdu la vie"."""
        _, e = self.sentence_of(n.start)
        current = n
        for nxt in later:
            if nxt.start >= e:
                return None
            between = self.text[current.end:nxt.start]
            between = re.sub(r"\([^()]*\)", "", between)  # "(en majorité des assaillants)"
            if any(c in between for c in "()[];:"):
                return None  # "(incluant quatre policiers) et 41 blessés": not one list
            words = re.findall(r"[\w'’-]+", between)
            if any(fold(w) in casualty or self._pos_at(self.text.find(w, current.end)) in ("VERB", "AUX")
                   for w in words):
                return None  # "a man was killed and a woman …": two clauses, not one list
            joined = fold(between.strip(_SP)).rsplit(None, 1)
            if not words or len(words) > 4 or not between.rstrip(_SP).endswith(",") \
                    and not (joined and joined[-1] in lexicon(self.lang, "COORDINATORS")):
                return None
            if self._pos_at(self.text.find(words[0], current.end)) not in ("NOUN", "PROPN"):
                return None  # each item is a count of people: "40 Israéliens"
            hit = self._casualty_after(nxt, casualty, groups, counted, listed=True)
            if hit is not None:
                first = _words_after(self.text, n.end, 1)
                return hit[0], groups.get(fold(words[0]), "unspecified"), first[0][1] if first else n.end
            current = nxt
        return None

    def _apposition_end(self, pos: int) -> int:
        """After a noun, the end of an apposition between commas (", âgés de 30
        ans,"), else `pos`."""
        if not self.text.startswith(",", pos):
            return pos
        close = self.text.find(",", pos + 1, pos + 60)
        if close == -1 or any(c in self.text[pos + 1:close] for c in ".;:"):
            return pos
        return close + 1

    def _casualty_before(self, n, casualty, groups, counted):
        """"a tué au moins un civil", "blessé quatre autres", "tuant environ 50 civils"."""
        start = n.hedge_start if n.hedge_start is not None else n.start
        before = fold(self.text[max(0, start - 30) : start]).rstrip(_SP)
        field = next((f for pattern, f in _casualty_before_re(self.lang) if pattern.search(before)), None)
        if field is None:
            # "the death toll from the strike has risen to 23": the toll names the field
            toll = self.lang.pattern("toll_before").search(
                fold(self.text[max(self.sentence_of(n.start)[0], start - 90):start]))
            field = next((f for f, v in toll.groupdict().items() if v), None) if toll else None
            if field is None:
                return None
            after = _words_after(self.text, n.end, 1)
            if not after or self._pos_at(after[0][0]) not in ("NOUN", "PROPN", "NUM"):
                return field, "unspecified", n.end  # "the death toll of 12 was revised"
        words = _words_after(self.text, n.end, 2)
        group = "unspecified"
        rest = fold(self.text[n.end:n.end + 20]).lstrip(_SP)
        if any(rest.startswith(fold(p)) for p in self.lang.COUNT_PARTITIVES):  # "tuant quatre d'entre eux"
            return field, group, n.end
        if self._stands_alone(n):  # "injuring a further 216.", "killing 107 or more and wounding 238"
            return field, group, n.end
        if len(words) > 1 and words[0][2] not in counted and (self._pos_at(words[0][0]) == "ADJ" or "-" in words[0][2]) \
                and words[1][2] not in self.lex[3]:  # "the killing of a six-year-old boy"
            words = words[1:]  # "killing 20 Ukrainian soldiers"
        # who was killed or hurt must be people: "a tué 3 civils", "blessé quatre autres",
        # never "a abattu 71 (drones)" or "abattu six des sept missiles"
        if not words or words[0][2] in self.lex[3] or not (
                words[0][2] in counted or words[0][2] in groups or self._pos_at(words[0][0]) == "NOUN"):
            return None
        if words and words[0][2] in groups:
            group = groups[words[0][2]]
        end = words[0][1] if words and (words[0][2] in counted or words[0][2] in groups) else n.end
        return field, group, end

    def _stands_alone(self, n: Number) -> bool:
        """A count with no noun of its own, the object of the casualty verb
        before it: punctuation, a coordinator or an adverb follows ("injured
        over one hundred.", "killing all six aboard")."""
        rest = self.text[n.end:n.end + 40].lstrip(_SP)
        if not rest or rest[0] in ".,;:)!?\n":
            return True
        words = _words_after(self.text, n.end, 1)
        if not words or self.text[n.end:words[0][0]].strip(_SP):
            return False
        return words[0][2] in lexicon(self.lang, "COORDINATORS") or self._pos_at(words[0][0]) in ("ADV", "ADP")

    # -- attacks --------------------------------------------------------------
    def attacks(self) -> list[dict]:
        *_, weapons, weapon_re, roles = self.lex
        folded = fold(self.text)
        events: list[dict] = []
        for ps, pe in self._paragraphs():
            waves: list[tuple[dict, list]] = [({}, [])]
            mentions = [(m.start(), category, model, self._weapon_counts(m, folded, roles))
                        for m, category, model in self._weapon_mentions(weapon_re.finditer(folded, ps, pe), weapons)]
            self.weapon_counts.update(n.start for *_, counts in mentions for n, _ in counts)
            mentions += self._counts_of_weapons_named_before(mentions, folded, ps, pe)
            for _, category, model, counts in sorted(mentions, key=lambda x: x[0]):
                for n, role in counts:
                    entries, evidence = waves[-1]
                    if category in entries and entries[category][role] is not None:
                        waves.append(({}, []))  # the same count again: another wave
                        entries, evidence = waves[-1]
                    entry = entries.setdefault(category, {"category": category, "model": model, "launched": None,
                                                          "intercepted": None, "suppressed": None, "hit": None})
                    entry[role] = n.int_value
                    if n.qualifier:  # "plus de 900 drones": the hedge of this count
                        entry.setdefault("qualifiers", {})[role] = n.qualifier
                    evidence.append(self.sentence_of(n.start))
                    self.weapon_counts.add(n.start)
            for entries, evidence in waves:
                if not entries:
                    continue
                places = [p for p in [self.place_near(*evidence[0]) or self.struck_place_before(evidence[0][0])]
                          if p] if evidence else []
                attacker, target = self.sides(folded, ps, pe, places)
                events.append({
                    "type": "attack", "date": self._night_of(evidence),
                    "places": places,
                    "attacker": attacker,
                    "target": target,
                    "reported_by": self.reporter_of(evidence),
                    "weapons": list(entries.values()),
                    "evidence": [list(x) for x in dict.fromkeys(evidence)],
                })
        return self._with_follow_ups(events)

    def _night_of(self, evidence: list[tuple[int, int]]) -> str | None:
        """The date of an attack's night; None for counts over a period ("over
        three days, 900 drones", "depuis le début du mois"): a total, not one
        night's figures."""
        if not evidence:
            return None
        s, e = evidence[0]
        if self.lang.pattern("over_a_period").search(fold(self.text[s:e])):
            return None
        return self.date_near(s)

    def _with_follow_ups(self, events: list[dict]) -> list[dict]:
        """An attack that only says what became of weapons counted just
        before ("…included 20 drones and three ballistic missiles." then
        "air defenses destroyed 14 of the drones") is the same attack."""
        out: list[dict] = []
        for ev in events:
            prev = out[-1] if out else None
            if prev is None or not self._follows_up(prev, ev):
                out.append(ev)
                continue
            for w in ev["weapons"]:
                entry = next(x for x in prev["weapons"] if x["category"] == w["category"])
                entry.update({k: v for k, v in w.items() if k not in ("model", "qualifiers") and v is not None})
                if w.get("qualifiers"):
                    entry.setdefault("qualifiers", {}).update(w["qualifiers"])
            prev["evidence"] += [x for x in ev["evidence"] if x not in prev["evidence"]]
            prev["places"] += [p for p in ev["places"] if p not in prev["places"]]
            prev["reported_by"] = prev["reported_by"] or ev["reported_by"]
        return out

    def _follows_up(self, prev: dict, ev: dict) -> bool:
        """`ev`, shortly after `prev`, launches nothing and only fills roles
        `prev` left empty for weapons `prev` counted, with no other date or
        side."""
        if prev["evidence"] and ev["evidence"] and ev["evidence"][0][0] - prev["evidence"][-1][1] > 400:
            return False
        if any(prev[k] and ev[k] and prev[k] != ev[k] for k in ("date", "attacker", "target")):
            return False
        for w in ev["weapons"]:
            entry = next((x for x in prev["weapons"] if x["category"] == w["category"]), None)
            if w["launched"] is not None or entry is None or entry["launched"] is None \
                    or any(w[k] is not None and entry[k] is not None for k in ("intercepted", "suppressed", "hit")):
                return False
        return True

    def _counts_of_weapons_named_before(self, mentions: list, folded: str, ps: int, pe: int) -> list:
        """Counts without a weapon word of their own, of the weapons named
        before them in the paragraph, with a role word saying what became of
        them: "…, adding that 60 drones were shot down and 20 were lost to
        electronic warfare", "Air defences downed 60 of them"."""
        out = []
        partitives = _after_phrases(self.lang)[0]
        names = [m.span() for m in self.lex[4].finditer(folded, ps, pe)]  # "S-300", "Kh-101": names, no counts
        for n in self.numbers:
            if not (ps <= n.start < pe) or n.start in self.weapon_counts or self._is_article(n) \
                    or not _is_count(n, self.text, self.lang) or any(a <= n.start < b for a, b in names):
                continue
            named = [x for x in mentions if x[0] < n.start]
            if not named:
                continue
            end = self._bare_count_end(n, folded, partitives)
            role = self._explicit_role(folded, n, end) if end is not None else None
            if role is not None:
                _, category, model, _ = named[-1]
                out.append((n.start, category, model, [(n, role)]))
                self.weapon_counts.add(n.start)
        return out

    def _bare_count_end(self, n: Number, folded: str, partitives: tuple[str, ...]) -> int | None:
        """Where a count without a noun of its own ends: after its partitive
        ("60 of them"), after "others" ("52 others were lost"), or right
        after it when nothing or a verb follows; None when a noun follows."""
        rest = folded[n.end:n.end + 30].lstrip(_SP)
        partitive = next((p for p in partitives if rest.startswith(p)), None)
        if partitive is not None:
            return folded.index(partitive, n.end) + len(partitive)
        words = _words_after(self.text, n.end, 1)
        if words and not self.text[n.end:words[0][0]].strip(_SP) and words[0][2] in lexicon(self.lang, "OTHER_WORDS"):
            return words[0][1]  # "52 others", "20 more"
        if self._stands_alone(n) or self.lang.pattern("auxiliaries_opening").match(folded[n.end:]).group(0).strip(_SP + ","):
            return n.end
        return None

    def _explicit_role(self, folded: str, n: Number, after: int) -> str | None:
        """The role word right after a bare count (maybe after auxiliaries:
        "20 were lost") or among the few words before it ("downed 60 of
        them"), else None."""
        _, e = self.sentence_of(n.start)
        if (role := self._role_right_after(folded, after, e)) is not None:
            return role
        before = folded[max(0, n.start - 40):n.hedge_start if n.hedge_start is not None else n.start]
        before = " ".join(re.split(r"[,;:]", before)[-1].split()[-3:])  # in the count's own clause
        found = [(before.rfind(word), role) for word, role in self.lex[-1]
                 if re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", before)]
        return max(found)[1] if found else None

    def _weapon_mentions(self, matches, weapons: dict[str, str]):
        """(match, category, model) for each weapon mention; a kind word
        followed by a model ("59 missiles Tomahawk", "drones Shahed") is
        one mention of the model's category, counted before the kind word."""
        matches = list(matches)
        skip = set()
        for i, m in enumerate(matches):
            if i in skip:
                continue
            category, model = weapons[m.group(1)], self._model(m)
            nxt = matches[i + 1] if i + 1 < len(matches) else None
            joined = nxt is not None and not self.text[m.end():nxt.start()].strip(_SP + self._quote_marks)
            if joined and model is None and weapons[nxt.group(1)] != category:
                category, model = weapons[nxt.group(1)], self._model(nxt)
                skip.add(i + 1)
            elif joined and model is not None and self._model(nxt) is None:
                skip.add(i + 1)  # '"Shahed" drones', "Kh-101 missiles": the model, then a kind word
            yield m, category, model

    def _model(self, m: re.Match) -> str | None:
        """A weapon model as written ("Kh-101", "Shahed", "Storm Shadow"): the
        words of a name, not the kind words with it ("Shahed drones")."""
        written = [w for w in self.text[m.start(1):m.end(1)].split()
                   if w[:1].isupper() or any(c.isdigit() for c in w)]
        return " ".join(written) or None

    def sides(self, folded: str, ps: int, pe: int, places: list[str]) -> tuple[str | None, str | None]:
        """Who attacked and who was attacked, as the text says it (else None):
        the attacker from a nationality adjective on the weapons or the strike
        ("des drones russes", "l'attaque russe") or a country that launched
        ("la Russie a lancé"); the target from the country of the place hit,
        else "contre l'Ukraine", "le territoire ukrainien"."""
        lex = _sides_lexicon(self.lang)
        window = folded[max(0, ps - 600):pe]
        attacker = None
        for text in (folded[ps:pe], window):  # the paragraph's own words first
            m = lex["on_weapons"].search(text)
            attacker = lex["demonyms"][m.group(1)] if m else None
            if attacker is None:
                m = lex["launcher"].search(text)
                attacker = lex["names"][m.group(1)] if m else None
            if attacker is not None:
                break
        target = None
        for place in places:
            found = find_place(place, self.lang)
            if found is not None and found.country:
                target = country_name(found.country)
                break
        if target is None:
            m = lex["target"].search(window)
            if m:
                target = lex["names"].get(m.group(1)) if m.group(1) else lex["demonyms"][m.group(2)]
        if target == attacker:
            target = None
        return attacker, target

    def _paragraphs(self):
        pos = 0
        for line in self.text.split("\n"):
            if line.strip():
                yield pos, pos + len(line)
            pos += len(line) + 1

    def _weapon_counts(self, m, folded, roles):
        """Counts of one weapon mention with their roles: "N WEAPON", "X des Y
        WEAPON", "Sur Y WEAPON, … X … Z autres"."""
        s, e = self.sentence_of(m.start())
        names = [x.span() for x in self.lex[4].finditer(folded, s, e)]  # "Kh-101": a name, no count
        nums = [n for n in self.numbers if s <= n.start < e and _is_count(n, self.text, self.lang)
                and not any(a <= n.start < b for a, b in names)]
        # the count right before the weapon, maybe after "of" or modifiers, never across another weapon
        # ("six Kinzhal hypersonic missiles" counts the Kinzhals once)
        before = [n for n in nums if n.end <= m.start() and (
            not folded[n.end:m.start()].strip(_SP + "-" + self._quote_marks)
            or self.lang.pattern("of_between").fullmatch(folded[n.end:m.start()])
            or self._modifiers_only(n.end, m.start()) and not any(n.end <= a and b <= m.start() for a, b in names))]
        out = []
        if not before or self._given_not_fired(folded[s:e]) or self._modifies_a_noun(m, names):
            return out
        y = before[-1]
        if self._is_article(y):
            return out  # "un missile" is an article, not a count
        # "X des Y WEAPON": X has the role of the clause, Y was launched
        x = next((n for n in nums if n.end <= y.start and self.lang.pattern("of_the_between").fullmatch(folded[n.end:y.start])), None)
        clause_role = self._role(folded, s, e, y.start)
        if x is not None:
            out.append((x, clause_role if clause_role != "launched" else "intercepted"))
            out.append((y, "launched"))
            return out
        lead = folded[s:y.start].strip(_SP)
        dont = self.lang.pattern("including_after").match(folded[m.end():e])
        out_of = self.lang.pattern("out_of_before").search(lead)
        if dont and not out_of:
            # "123 drones, dont 71 abattus": the count, then what became of part of it; "destroyed
            # 27 drones, including 12 over Bryansk": the part has the whole's role
            whole = self._role(folded, s, e, y.start, nearest=True)
            out.append((y, whole))
            after = m.end() + dont.end()
            for n in nums:
                if n.start >= after and not self._is_article(n):
                    out.append((n, self._count_role(folded, n, e, default=whole)))
            return out
        if out_of:
            # "Sur 123 drones, l'armée a abattu 71 et … contre 40 autres"
            out.append((y, "launched"))
            for n in nums:
                if n.start > m.end() and not self._is_article(n):
                    out.append((n, self._count_role(folded, n, e)))
            return out
        # "50 drones were shot down": the role right after the weapon is its own
        # (a verb of its own, not a participle describing it: "downed all 16 drones launched by Russia")
        out.append((y, self._role_right_after(folded, m.end(), e, own_verb=True) or clause_role))
        return out

    def _role_right_after(self, folded: str, pos: int, e: int, own_verb: bool = False) -> str | None:
        """The role word right after `pos`, maybe after auxiliaries ("were
        shot down", "ont été abattus"; only after them when `own_verb`), else
        None."""
        aux = self.lang.pattern("auxiliaries_opening").match(folded[pos:e])
        if own_verb and not aux.group(0).strip(_SP + ","):
            return None
        rest = folded[pos + aux.end():e].lstrip(self._quote_marks + "'")
        return next((role for word, role in self.lex[-1] if re.match(re.escape(word) + r"(?!\w)", rest)), None)

    def _modifies_a_noun(self, m: re.Match, names: list[tuple[int, int]]) -> bool:
        """The weapon word only qualifies the noun that is counted ("40
        missile and drone attacks", "12 drone strikes", "10 HIMARS
        launchers"): by the parse, a modifier of a noun after it that names
        no weapon."""
        span = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or not len(span):
            return False
        t = span[-1]
        head = t.head
        return t.dep_ in ("compound", "nmod", "amod") and t.i < head.i <= t.i + 3 and head.pos_ == "NOUN" \
            and not any(a <= head.idx < b for a, b in names)

    def _given_not_fired(self, sentence: str) -> bool:
        """Weapons given, not fired: a sentence of aid ("the package includes
        500 missiles", "will provide 200 missiles") with no word of what
        became of them."""
        words = set(re.findall(r"[\w-]+", sentence))
        if not words & (lexicon(self.lang, "AID_WORDS") | lexicon(self.lang, "GIVING_VERBS")):
            return False
        return not any(re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", sentence) for word, _ in self.lex[-1])

    def _is_article(self, n: Number) -> bool:
        """One said with a word that is also the indefinite article ("un
        missile"): an article, not a count. English "one missile" counts."""
        return n.words and n.int_value == 1 and n.qualifier is None \
            and fold(self.text[n.start:n.end]) in lexicon(self.lang, "DETERMINERS")

    @property
    def _quote_marks(self) -> str:
        return "".join(k + v for k, v in self.lang.QUOTE_PAIRS.items())

    def _modifiers_only(self, a: int, b: int) -> bool:
        """Only modifiers of a noun between a count and its noun ("728
        long-range drones", "16 Russian drones", "600 combat drones"): at most
        three words the parser tags as adjectives or nouns, and no
        punctuation but hyphens and quotation marks."""
        between = self.text[a:b]
        if not between.strip(_SP + self._quote_marks) or re.search(r"[^\w\s" + re.escape(self._quote_marks) + "-]", between):
            return False
        span = self.doc.char_span(a, b, alignment_mode="contract")
        words = [t for t in span or () if t.is_alpha]
        return 0 < len(words) <= 3 and all(t.pos_ in ("ADJ", "NOUN", "PROPN") or t.dep_ in ("amod", "compound")
                                            for t in words)

    def _count_role(self, folded: str, n: Number, e: int, default: str = "launched") -> str:
        """The role of a bare count after "Sur Y drones,": a verb right after it
        ("80 ont été abattus", "30 perdus localement"), else one right before
        it ("a abattu 71", "contre-mesures électroniques contre 40 autres")."""
        after = self.lang.pattern("auxiliaries_opening").sub("", folded[n.end:e])
        for word, role in self.lex[-1]:
            if after.startswith(word):
                return role
        before = " ".join(folded[max(0, n.start - 60) : n.start].split()[-4:])
        best, best_pos = default, -1
        for word, role in self.lex[-1]:
            k = before.rfind(word)
            if k > best_pos:
                best, best_pos = role, k
        return best

    def _role(self, folded, s, e, pos, nearest=False):
        """What happened to the weapons counted at `pos`: the role word nearest
        before it in the clause (or anywhere in the sentence)."""
        roles = self.lex[-1]
        best, best_d = "launched", None
        # a role word after the count says what became of it only in its own clause
        # ("included two ballistic missiles, and that … shot down the drones")
        brk = self.lang.pattern("clause_break").search(folded, pos, e)
        end = brk.start() if brk else e
        for word, role in roles:
            for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", folded[s:end]):
                a = s + m.start()
                d = pos - a if a < pos else (a - pos) * 3  # prefer words before the count
                if nearest and a > pos:
                    continue
                if best_d is None or d < best_d:
                    best, best_d = role, d
        return best

    # -- territorial control -----------------------------------------------------
    def territory(self) -> list[dict]:
        events = []
        for s, e in self.sents:
            sent = fold(self.text[s:e])
            hits = [(s + m.start(), m.group(1)) for m in self.lang.pattern("control_verb").finditer(sent)]
            if not hits:
                continue
            for n in self.numbers:
                if not (s <= n.start < e) or n.unit not in ("km2", "percent"):
                    continue
                start = n.hedge_start if n.hedge_start is not None else n.start
                if self.lang.pattern("change_before").search(fold(self.text[max(s, start - 30):start])):
                    continue  # "increased by 40%": a change, not a share
                verb_pos = max((p for p, _ in hits if p < n.start), default=None)
                if verb_pos is None:
                    continue
                controller = self._country_before(s, verb_pos)
                if controller is None:
                    continue
                ev = next((x for x in events if x["_verb"] == verb_pos), None)
                if ev is None:
                    ev = {"type": "territorial_control", "controller": controller,
                          "territory": self._territory_after(n.unit_end or n.end, e),
                          "date": None, "qualifiers": {}, "evidence": [], "_verb": verb_pos}
                    events.append(ev)
                field = "area_km2" if n.unit == "km2" else "share_pct"
                if field in ev:
                    continue
                ev[field] = n.int_value if float(n.value).is_integer() else n.value
                if n.qualifier:
                    ev["qualifiers"][field] = n.qualifier
                ev["evidence"].append([n.hedge_start if n.hedge_start is not None else n.start, n.unit_end or n.end])
        return events

    def _country_before(self, s: int, pos: int) -> str | None:
        words = re.findall(r"[\w'’-]+", fold(self.text[s:pos]))
        for w in reversed(words[-4:]):
            w = w.split("'")[-1]
            name = nationalities(self.lang).get(w)
            if name:
                return name
        return None

    def _territory_after(self, pos: int, e: int) -> str | None:
        m = self.lang.pattern("territory_after").match(self.text[pos:e])
        if not m:
            return None
        word = m.group(2)
        if fold(word) in lexicon(self.lang, "LAND_NOUNS"):
            adj = re.match(r"[" + _SP + r"]*([\w'’-]+)", self.text[pos + m.end() : e])
            # "territoire russe"; never a name after it ("of territory Russia seized")
            word = adj.group(1) if adj and fold(adj.group(1)) in _sides_lexicon(self.lang)["demonyms"] else word
        name = nationalities(self.lang).get(fold(word)) or word
        if name.islower() and fold(name) not in lexicon(self.lang, "LAND_NOUNS"):
            # "of internationally recognized areas of Ukraine": the territory is named further on
            later = self.lang.pattern("territory_after").search(self.text[pos + m.end():min(e, pos + m.end() + 40)])
            return self._territory_after(pos + m.end() + later.start(), e) if later else None
        return f"{name} Oblast" if m.group(1) else name

    # -- aid ------------------------------------------------------------------
    def aid(self) -> list[dict]:
        events = []
        aid_words = {fold(w) for w in self.lang.AID_WORDS}
        giving = {fold(w) for w in self.lang.GIVING_VERBS}
        for n in self.numbers:
            if n.unit not in ("USD", "EUR", "UAH", "GBP") or n.value < 1000:
                continue
            s, e = self.sentence_of(n.start)
            window = fold(self.text[self._previous_sentence(s, e):e])
            words = set(re.findall(r"[\w-]+", window))
            giver = self._giver(n, giving) or self._donor_after(n, e)
            recipient = self._recipient(fold(self.text[s:e])) or self._recipient(window)
            if not (words & aid_words) and not (giver and self._recipient(fold(self.text[s:e]))):
                continue  # aid is said with an aid word, or a giver and a country that receives
            if giver is None and recipient is None and not words & (aid_words - lexicon(self.lang, "GENERIC_AID_WORDS")):
                continue  # "$40 billion in funding for schools": money, given by nobody to no country
            donor = giver or self._donor(fold(self.text[s:e]), giving) \
                or self._donor(window, giving) or self._nationality_before(s, n.start, self._recipient(window)) or (
                "United States" if self.lang.pattern("us_dollars").search(fold(self.text[n.start:(n.unit_end or n.end)])) else None)
            kind = next((k for k, ws in self.lang.AID_KINDS.items() if words & {fold(w) for w in ws}), None)
            events.append({"type": "aid", "donor": donor, "recipient": recipient, "kind": kind,
                           "amount": n.int_value, "currency": n.unit, "date": self.date_near(n.start),
                           "evidence": [[s, e]]})
        return events

    def _previous_sentence(self, s: int, e: int) -> int:
        """The start of the sentence before (s, e) that holds words (a bullet
        alone is no sentence), else s."""
        if (s, e) not in self.sents:
            return s
        for ps, pe in reversed(self.sents[:self.sents.index((s, e))]):
            if re.search(r"\w", self.text[ps:pe]):
                return ps
        return s

    def _giver(self, n: Number, giving: set[str]) -> str | None:
        """The subject of the giving verb the amount depends on ("The UK has
        contributed £4.1 billion", "Britain announced a $618 million
        package"), by the parse: a country, a known organization, or a name
        the NER marks."""
        span = self.doc.char_span(n.start, n.end, alignment_mode="expand")
        if span is None:
            return None
        t = span.root
        for _ in range(5):
            if fold(t.text) in giving:
                break
            if t.head.i == t.i:
                return None
            t = t.head
        else:
            return None
        subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is None and t.dep_ == "conj":
            subject = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        words = [x for x in subject.subtree if x.dep_ != "punct"]
        name = self.lang.pattern("leading_determiner").sub("", self.text[words[0].idx:words[-1].idx + len(words[-1].text)])
        found = nationalities(self.lang).get(fold(name)) or organization(name, self.lang)
        if found:
            return found
        return name if subject.ent_type_ in ("ORG", "GPE") and len(words) <= 6 else None

    def _donor_after(self, n: Number, e: int) -> str | None:
        """The giver named after the amount ("$175 billion in aid from the
        United States"): a country or a known organization."""
        m = self.lang.pattern("aid_from").match(fold(self.text[n.unit_end or n.end:e]))
        if not m:
            return None
        words = m.group(1).split()
        nat = nationalities(self.lang)
        for k in range(len(words), 0, -1):  # longest first: "the united states"
            name = " ".join(words[:k]).rstrip(".,")
            found = nat.get(name) or organization(name, self.lang)
            if found:
                return found
        return None

    def _nationality_before(self, s: int, pos: int, recipient: str | None) -> str | None:
        """The country named nearest before the amount in its sentence, not
        the recipient ("a U.S. Senate vote on $61 billion in aid for
        Ukraine")."""
        nat = nationalities(self.lang)
        words = re.findall(r"[\w'’-]+(?:\.[\w'’-]+)*\.?", fold(self.text[s:pos]))
        for i in range(len(words) - 1, -1, -1):
            for w in (" ".join(words[i:i + 2]), words[i], words[i].rstrip("."), words[i].split("'")[0]):
                if w in nat and nat[w] != recipient:
                    return nat[w]
        return None

    def _recipient(self, window: str) -> str | None:
        """Who receives, as the text says it: "à l'Ukraine", "pour Kyiv", "aux
        forces ukrainiennes"; else None."""
        lex = _sides_lexicon(self.lang)
        m = lex["recipient"].search(window)
        if m:
            return lex["names"][m.group(1)] if m.group(1) else lex["demonyms"][m.group(2)]
        for m in self.lang.pattern("recipient_phrase").finditer(window):
            words = m.group(1).split()
            for n in range(len(words), 0, -1):  # longest first: "à la Corée du Sud"
                code = country_code(" ".join(words[:n]), self.lang)
                if code:
                    return country_name(code)
        return None

    def _donor(self, window: str, giving: set[str]) -> str | None:
        nat = nationalities(self.lang)
        m = self.lang.pattern("aid_of").search(window)
        if m and m.group(1) in nat:
            return nat[m.group(1)]
        for verb in sorted(giving):
            vm = self.lang.pattern("giver_before", verb=re.escape(verb)).search(window)
            if vm and vm.group(1).split("'")[-1] in nat:
                return nat[vm.group(1).split("'")[-1]]
        return None

    # -- damage ---------------------------------------------------------------
    def damage(self) -> list[dict]:
        """Objects said to be hit or damaged: "a endommagé les infrastructures
        critiques", "l'hôpital a été touché par quatre roquettes"."""
        events = []
        weapons, people = self.lex[3], set(self.lex[1]) | self.lex[2]
        for t in self.doc:
            if t.lemma_ not in self.lang.DAMAGE_VERBS or t.pos_ != "VERB":
                continue
            passive = any(c.dep_ == "aux:pass" for c in t.children)
            target = next((c for c in t.children if c.dep_ == ("nsubj:pass" if passive else "obj")), None)
            if target is None and passive:
                target = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if target is None or target.pos_ not in ("NOUN", "PROPN") or target.ent_type_ in ("LOC", "PER", "GPE"):
                continue
            skip = {y.i for x in target.subtree if x.dep_ in ("acl:relcl", "acl") for y in x.subtree}
            words = [x for x in target.subtree if x.i not in skip and x.dep_ != "punct" and not x.is_space][:14]
            words = [x for x in words if abs(x.i - target.i) < 10]
            obj_text = self.text[words[0].idx : words[-1].idx + len(words[-1].text)] if words else target.text
            folded_obj = fold(obj_text)
            if fold(target.text) in people or any(w in weapons for w in re.findall(r"[\w'-]+", folded_obj)):
                continue  # people are casualties, weapons are interceptions
            s, e = self.sentence_of(t.idx)
            events.append({"type": "damage", "date": self.date_near(t.idx), "place": self.place_near(s, e),
                           "object": self.lang.pattern("leading_determiner").sub("", obj_text),
                           "certain": t.lemma_ in self.lang.DAMAGE_CERTAIN,
                           "evidence": [[min(words[0].idx, t.idx), max(t.idx + len(t.text), words[-1].idx + len(words[-1].text))]]})
        return events

    def run(self) -> list[dict]:
        attacks = self.attacks()
        events = attacks + self.casualties() + self.territory() + self.aid() + self.damage()
        for ev in events:
            for k in [k for k in ev if k.startswith("_")]:
                del ev[k]
            if "qualifiers" in ev and not ev["qualifiers"]:
                del ev["qualifiers"]
        return events


def quantities_from(numbers: list[Number], text: str) -> list[dict]:
    """Numbers with a unit (km², %, money), as the record's `quantities`."""
    out = []
    for n in numbers:
        if n.unit:
            s, e = (n.hedge_start if n.hedge_start is not None else n.start), n.unit_end or n.end
            out.append({"value": n.int_value if float(n.value).is_integer() else n.value, "unit": n.unit,
                        "qualifier": n.qualifier, "text": text[s:e], "span": [s, e]})
    return out


def find_events(doc: Doc, lang: Language, published: str | None, text: str | None = None) -> tuple[list[dict], list[dict]]:
    """All events with numbers in a parsed document, and its quantities."""
    finder = EventFinder(doc, lang, published, text)
    return finder.run(), quantities_from(finder.numbers, finder.text)
