"""Who spoke: noun phrases as written, and the fullest name they stand for.

A speaker mention is the noun phrase (or pronoun) a cue attaches to. It is
resolved, in text order, to the most complete name the article gives: a
surname to the full name, a title ("le chef du Pentagone") to the person the
article gave that title, a pronoun to the last agreeing speaker or subject.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..folding import fold
from ..lang import Language





@lru_cache(maxsize=64)
def lexicon(lang: Language, table: str) -> frozenset[str]:
    """A lexicon word set of `lang`, folded like `fold` for lookups."""
    return frozenset(fold(w) for w in getattr(lang, table))


@lru_cache(maxsize=64)
def folded(lang: Language, table: str) -> dict:
    """A table of `lang` keyed by words, with its keys folded like `fold`."""
    return {fold(k): v for k, v in getattr(lang, table).items()}


@dataclass
class Mention:
    """A speaker as written: a name, a title or group noun phrase, or a pronoun."""

    start: int  # character offsets in the document
    end: int
    text: str
    kind: str  # "name" | "title" | "group" | "pronoun"
    gender: str | None = None
    number: str | None = None
    name: str | None = None  # resolved speaker name, filled by `SpeakerResolver`
    resolved: bool = True  # False for a title no named person was found for


@dataclass
class Person:
    name: str  # fullest form
    forms: set[str] = field(default_factory=set)
    gender: str | None = None


_INITIAL = re.compile(r"[A-Z]\.")


def is_acronym(tok: Token) -> bool:
    """"WHO", "ONU": a name in capitals, never the function word it spells."""
    return len(tok.text) > 1 and tok.text.isupper()


def is_name_article(tok: Token, lang: Language) -> bool:
    """A capitalized article ("Le", "L'") that may open a name."""
    return tok.text[:1].isupper() and fold(tok.text) in lexicon(lang, "NAME_ARTICLES")


def _part_of_name(tok: Token, lang: Language) -> bool:
    """A capitalized article inside a sentence, before a capitalized word, is
    part of a name: "selon Le Monde", "pour L'Orient-Le Jour"."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (is_name_article(tok, lang) and not tok.is_sent_start and nxt is not None
            and nxt.text[:1].isupper())


def _strip_det(tokens: list[Token], lang: Language) -> list[Token]:
    while tokens and (tokens[0].pos_ == "DET" and not _part_of_name(tokens[0], lang)
                      or fold(tokens[0].text) in lexicon(lang, "HONORIFICS") or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].pos_ in ("ADP", "DET", "CCONJ")):
        tokens = tokens[:-1]
    return tokens


def _span_text(doc: Doc, tokens: list[Token]) -> str:
    return doc[tokens[0].i : tokens[-1].i + 1].text if tokens else ""


def noun_phrase_right(doc: Doc, i: int, limit: int, lang: Language) -> list[Token]:
    """The noun phrase starting at token `i` (an inverted subject), with a
    trailing ", NAME" apposition; stops at verbs, relative pronouns and
    clause-level prepositions."""
    toks: list[Token] = []
    j = i
    while j < limit:
        t = doc[j]
        low = fold(t.text)
        if t.text in ("'", "’") and toks and len(toks[-1].text) == 1:
            toks.append(t)  # "l' ONU" tokenized as "l", "'"
            j += 1
            continue
        if t.is_space or t.is_punct and t.text not in ("-",):
            if t.text == "," and toks and j + 1 < limit and doc[j + 1].pos_ == "PROPN" and not _has_name(toks):
                # "le directeur de cabinet du président du Syctom, Patrice Furé"
                k = j + 1
                while k < limit and (doc[k].pos_ == "PROPN" or doc[k].text in ("-",) or (doc[k].is_title and not doc[k].is_sent_start)):
                    k += 1
                if k < limit and doc[k].pos_ in ("VERB", "AUX"):
                    break  # "according to X, Warhol was …": the name is the next clause's subject
                toks.extend(doc[j + 1 : k])
                break
            break
        if t.pos_ in ("VERB", "AUX", "SCONJ", "PRON") and not (t.pos_ == "PRON" and not toks and low in folded(lang, "PRONOUNS")):
            break
        if low in lexicon(lang, "NOUN_PHRASE_ENDS") and toks:
            break
        if toks and (low in folded(lang, "WEEKDAYS") or low in folded(lang, "RELATIVE_DAYS")):
            break  # "a affirmé l'ONU lundi", "said the ministry on Tuesday": the when, not the who
        if t.pos_ == "ADP" and low not in lexicon(lang, "NOUN_PHRASE_PREPOSITIONS") and toks:
            break
        if t.pos_ == "ADP" and low in lexicon(lang, "ADDRESSEE_MARKERS") and toks and not _next_is_capitalized(doc, j, limit):
            break
        if t.like_num and toks and t.pos_ == "NUM" and doc[j - 1].pos_ not in ("ADP", "DET"):
            break
        if t.pos_ == "ADV" and not toks:
            j += 1
            continue
        toks.append(t)
        j += 1
        if low in folded(lang, "PRONOUNS") and len(toks) == 1:
            break
    return toks


def _next_is_capitalized(doc: Doc, j: int, limit: int) -> bool:
    for k in range(j + 1, min(j + 3, limit)):
        if doc[k].pos_ == "DET":
            continue
        return doc[k].text[:1].isupper()
    return False


def _has_name(tokens: list[Token]) -> bool:
    return any(t.ent_type_ == "PER" for t in tokens)


def subtree_phrase(doc: Doc, head: Token, lang: Language) -> list[Token]:
    """A subject's noun phrase from the parse: its subtree without relative
    clauses, clauses and the punctuation around them."""
    skip: set[int] = set()
    names = _coordinated_names(head, lang)
    for t in head.subtree:
        if t is not head and t.i not in names and t.dep_ in ("acl:relcl", "acl", "advcl", "ccomp", "parataxis", "conj", "cc",
                                                             "nsubj", "obl:mod", "obl"):
            skip.update(x.i for x in t.subtree)
    toks = [t for t in head.subtree if t.i not in skip]
    # keep a contiguous run around the head, stopping at punctuation unless
    # it opens an apposed name ("le porte-parole du gouvernement, Alain-Claude …")
    run = [head]
    idx = {t.i for t in toks}
    k = head.i - 1
    while k in idx and not (doc[k].is_punct and doc[k].text != "-"):
        run.insert(0, doc[k])
        k -= 1
    k = head.i + 1
    while k < len(doc) and (k in idx or doc[k].ent_type_ == "PER" and doc[k - 1].ent_type_ == "PER"
                            or doc[k].pos_ == "PROPN" and doc[k - 1].pos_ == "PROPN" and run[-1].i == k - 1):
        t = doc[k]
        if t.is_punct and t.text != "-" and t.ent_type_ != "PER":
            if t.text == "," and k + 1 < len(doc) and (doc[k + 1].ent_type_ == "PER" or doc[k + 1].pos_ == "PROPN" and k + 2 < len(doc) and doc[k + 2].pos_ == "PROPN"):
                run.append(t)
                k += 1
                continue
            break
        run.append(t)
        k += 1
    return run


def _mistagged_name(tokens: list[Token]) -> bool:
    """A first name the tagger took for a verb ("Jacline Mouraud"): the NER
    says person and a name follows."""
    return len(tokens) >= 2 and tokens[0].ent_type_ == "PER" and tokens[1].pos_ == "PROPN"


def _joint_or_nobody(doc: Doc, tokens: list[Token], lang: Language) -> tuple[bool, Mention | None]:
    """(True, mention) for the speakers named together ("Thierry et Véronique
    Roy"), (True, None) for the euphonic "-t" of "a-t-il", which names no one;
    (False, None) otherwise."""
    if len(tokens) == 1 and lang.grammar.is_euphonic(tokens[0].text) and not lang.grammar.inverted_pronoun(tokens[0].text):
        return True, None
    if len(tokens) >= 3 and all(t.pos_ in ("PROPN", "CCONJ") for t in tokens) and any(t.pos_ == "CCONJ" for t in tokens):
        text = _span_text(doc, tokens)
        return True, Mention(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), text, "group", None, "Plur", name=text)
    return False, None


def _coordinated_names(head: Token, lang: Language) -> set[int]:
    """"Thierry et Véronique Roy": names joined by a coordinator to a name
    head speak together (the indices of the coordinated names and the word
    joining them)."""
    if head.pos_ != "PROPN":
        return set()
    out: set[int] = set()
    for c in head.children:
        if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > head.i:
            joins = [x for x in c.children if x.dep_ == "cc" and fold(x.text) in lexicon(lang, "COORDINATORS")]
            if joins and all(t.pos_ in ("PROPN", "CCONJ") for t in head.doc[head.i:c.i + 1]):
                out |= {x.i for x in c.subtree} | {x.i for x in joins}
    return out


def _own_full_name(doc: Doc, toks: list[Token], known: str) -> str:
    """The person `known` by that surname, unless the mention is a full name
    with another first name ("Souha Arafat" is not "Yasser Arafat")."""
    from .entities import name_key  # the transliteration rules of person keys

    own = _span_text(doc, toks)
    if len(toks) >= 2 and len(known.split()) >= 2 and name_key(toks[0].text) != name_key(known.split()[0]):
        return own
    return known


class SpeakerResolver:
    """Turns mentions into names, in text order (pronouns need the past)."""

    def __init__(self, doc: Doc, lang: Language):
        self.doc = doc
        self.lang = lang
        self.persons: dict[str, Person] = {}  # folded surname -> person
        self.titles: list[tuple[str, str]] = []  # (folded title phrase, person name)
        self.referents: list[tuple[int, str, str | None, str | None]] = []  # (pos, name, gender, number)
        self.things: set[str] = set()  # referents that are places or organizations
        self.person_ent: dict[int, Span] = {}  # token index -> the PER entity it is in
        self.org_titles: list[tuple[int, str, str]] = []  # (char offset, folded noun, name): "le quotidien Le Monde"
        self._collect_persons()
        self._collect_organizations()

    # -- persons and titles -------------------------------------------------
    def _name_tokens(self, span: Span) -> list[Token]:
        toks = [t for t in span if not t.is_punct and fold(t.text) not in lexicon(self.lang, "HONORIFICS")]
        before = self.doc[span.start - 1] if span.start > 0 else None
        if toks and self._name_start(span) < span.start:
            toks = [before, *toks]  # "Lloyd J. Austin" read as "J. Austin": the first name before the initial
        if len(toks) == 1 and before is not None and fold(before.text) in lexicon(self.lang, "NAME_TITLES"):
            toks = [before, *toks]  # "le pape François"
        return toks

    def _name_start(self, span: Span) -> int:
        """Where a person's name starts: the entity's start, or the first
        name before it when the model left it out ("Lloyd J. Austin" read as
        "J. Austin")."""
        before = self.doc[span.start - 1] if span.start > 0 else None
        if _INITIAL.fullmatch(span[0].text) and before is not None and before.pos_ == "PROPN" \
                and not before.ent_type_ and before.text[:1].isupper():
            return span.start - 1
        return span.start

    def _collect_persons(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ != "PER":
                continue
            toks = self._name_tokens(ent)
            if not toks:
                continue
            for t in ent:
                self.person_ent[t.i] = ent
            name = _span_text(self.doc, toks)
            key = fold(toks[-1].text)
            p = self.persons.get(key)
            if p is None:
                p = self.persons[key] = Person(name)
            elif len(name.split()) > len(p.name.split()):
                p.name = name
            p.forms.add(name)
            title = self._title_near(ent)
            if title:
                self.titles.append((title, key))
                p.gender = self.lang.grammar.title_gender(title) or p.gender

    def _collect_organizations(self) -> None:
        """Names apposed to an organization noun ("l'ONG Human Rights Watch",
        "le quotidien L'Orient-Le Jour"), so that "le quotidien" or "l'ONG"
        later in the article is that organization."""
        nouns = lexicon(self.lang, "ORGANIZATION_NOUNS")
        if not nouns:
            return
        doc = self.doc
        for ent in doc.ents:
            start = ent.start
            if start > 0 and is_name_article(doc[start - 1], self.lang) and not doc[start - 1].is_sent_start:
                start -= 1  # "L'Orient-Le Jour", "Le Monde": the article is part of the name
            k = start - 1
            steps = 0
            while k >= 0 and steps < 4 and doc[k].pos_ in ("ADJ", "ADP", "NOUN") and fold(doc[k].text) not in nouns:
                k, steps = k - 1, steps + 1
            if k >= 1 and fold(doc[k].text) in nouns and doc[k - 1].pos_ == "DET":
                self.org_titles.append((ent.start_char, fold(doc[k].text), doc[start:ent.end].text))

    def organization_for_title(self, noun: str, pos: int) -> str | None:
        """The organization last named with this noun before `pos` ("le quotidien" -> L'Orient-Le Jour)."""
        for at, known, name in reversed(self.org_titles):
            if at < pos and known == noun:
                return name
        # else the organization named last, not long before ("selon Greenpeace, …" then "l'association")
        named = [ent for ent in self.doc.ents if ent.label_ == "ORG" and pos - 1500 < ent.start_char < pos]
        return named[-1].text if named and noun in lexicon(self.lang, "ORGANIZATION_NOUNS") else None

    def _title_near(self, ent: Span) -> str | None:
        """'le porte-parole du Kremlin, Dmitry Peskov' / 'Peskov, le porte-parole du Kremlin'."""
        doc = self.doc
        sent = ent.sent
        # before: DET ... (,)? NAME
        first = self._name_start(ent)
        j = first - 1
        if j >= sent.start and doc[j].text == ",":
            j -= 1
        k = j
        roles = lexicon(self.lang, "PERSON_ROLES") | lexicon(self.lang, "SPEAKER_NOUNS")
        while k >= sent.start and not doc[k].is_punct and doc[k].pos_ not in ("VERB", "AUX", "PRON", "SCONJ") and doc[k].ent_type_ != "PER" \
                and not (doc[k].pos_ == "CCONJ" and doc[k + 1].text[:1].isupper()):  # "the secretary and Army Gen. X"
            if doc[k].pos_ == "DET" and (k == sent.start or doc[k - 1].pos_ not in ("ADP",)):
                phrase = _strip_det(list(doc[k : j + 1]), self.lang)
                if phrase and phrase[0].pos_ in ("NOUN", "ADJ") and fold(phrase[0].text) in roles:
                    return fold(_span_text(doc, phrase))
                break
            k -= 1
        if k < sent.start or doc[k].pos_ != "DET":
            # a capitalized title without a determiner ("Secretary of Defense X", "Ukrainian President X")
            phrase = list(doc[k + 1 : j + 1])
            if j == first - 1 and phrase and phrase[0].text[:1].isupper() \
                    and any(fold(t.text) in roles and t.text[:1].isupper() for t in phrase):
                return fold(_span_text(doc, phrase))
        # after: NAME, DET TITLE
        j = ent.end
        if j < sent.end and doc[j].text == "," and j + 1 < sent.end and doc[j + 1].pos_ == "DET":
            phrase = _strip_det(noun_phrase_right(doc, j + 1, sent.end, self.lang), self.lang)
            if phrase and fold(phrase[0].text) in lexicon(self.lang, "PERSON_ROLES") | lexicon(self.lang, "SPEAKER_NOUNS"):
                return fold(_span_text(doc, phrase))
        return None

    def person_for(self, tokens: list[Token]) -> str | None:
        """The full name of a person named in `tokens`, if any."""
        for t in tokens:
            of = lexicon(self.lang, "OF_WORDS")
            if t.i > 0 and fold(self.doc[t.i - 1].text) in of and t.i > tokens[0].i:
                continue  # "le porte-parole d'Ali Bongo" is not Ali Bongo
            ent = self.person_ent.get(t.i)
            if ent is not None and ent.start < t.i:
                ent_first = self.doc[ent.start]
                if ent_first.i > 0 and fold(self.doc[ent_first.i - 1].text) in of and ent_first.i > tokens[0].i:
                    continue
            if ent is not None:
                toks = self._name_tokens(ent)
                p = self.persons.get(fold(toks[-1].text)) if toks else None
                if p:
                    return _own_full_name(self.doc, toks, p.name)
        # else a surname known as a person's, not a place's ("Tunisia's coach")
        of = lexicon(self.lang, "OF_WORDS")
        for t in tokens:
            if t.i > tokens[0].i and fold(self.doc[t.i - 1].text) in of or self.person_ent.get(t.i) is not None:
                continue
            if t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC") and fold(t.text) in self.persons:
                return self.persons[fold(t.text)].name
        return None

    def add_person(self, tokens: list[Token]) -> str:
        """Register a person the NER missed (an apposed name: "le gouverneur, Oleh Kiper")."""
        name = _span_text(self.doc, tokens)
        key = fold(tokens[-1].text)
        p = self.persons.setdefault(key, Person(name))
        if len(name.split()) > len(p.name.split()):
            p.name = name
        return p.name

    def person_for_title(self, title: str) -> str | None:
        """A person the article gave this title (or a synonym of it)."""
        t = fold(title)
        candidates = {t}
        for group in self.lang.ROLE_SYNONYMS:
            folded = {fold(g) for g in group}
            if any(_contains_words(t, g, self.lang) for g in folded):
                candidates |= folded
        # the title given in the article must say at least as much as this one
        # ("président ukrainien" finds "le président ukrainien X", never "le président Y")
        for known, key in reversed(self.titles):
            if any(_contains_words(known, c, self.lang) for c in candidates):
                return self.persons[key].name
        return None

    # -- resolution -----------------------------------------------------------
    def last_person(self, pos: int, gender: str | None) -> str | None:
        """The person most recently mentioned before `pos` (for "le ministre"
        standing for the minister just named), gender permitting."""
        for p, name, g, _ in sorted(self.referents, key=lambda r: r[0], reverse=True):
            if p >= pos:
                continue
            if not self.is_person(name):
                continue
            person = self.persons[fold(name.split()[-1])]
            if gender and person.gender and gender != person.gender:
                continue
            return name
        return None

    def add_referent(self, pos: int, name: str, gender: str | None, number: str | None, thing: bool = False) -> None:
        """A name a later pronoun may stand for; `thing`: a place or an
        organization, which a pronoun only persons can be never stands for."""
        self.referents.append((pos, name, gender, number))
        if thing and not self.is_person(name):
            self.things.add(name)

    def is_person(self, name: str) -> bool:
        person = self.persons.get(fold(name.split()[-1])) if name else None
        return person is not None and person.name == name

    def resolve(self, m: Mention) -> str | None:
        """A pronoun's referent: the last one named before it, of its
        number and gender; a person for a pronoun only persons can be ("he"),
        never a person for a neuter one ("it")."""
        if m.kind == "pronoun":
            low = fold(m.text).lstrip("-t").lstrip("-")
            gender, number = folded(self.lang, "PRONOUNS").get(low, (None, None))
            person_only = low in lexicon(self.lang, "PERSON_PRONOUNS")
            for pos, name, g, n in sorted(self.referents, key=lambda r: r[0], reverse=True):
                if pos >= m.start:
                    continue
                if number and n and n != number:
                    continue
                if gender == "Fem" and g == "Masc" or gender == "Masc" and g == "Fem" and number == "Sing":
                    continue
                if person_only and name in self.things or gender == "Neut" and self.is_person(name):
                    continue
                return name
            return None
        return m.name


def _contains_words(a: str, b: str, lang: Language) -> bool:
    """Every content word of title `b` is in title `a` ("ministre français des
    affaires étrangères" contains "ministre des affaires étrangères")."""
    function_words = lexicon(lang, "TITLE_FUNCTION_WORDS")
    wa = set(a.replace("'", "' ").split()) - function_words
    wb = set(b.replace("'", "' ").split()) - function_words
    return bool(wb) and wb <= wa


def _whole_words(doc: Doc, tokens: list[Token]) -> list[Token]:
    """`tokens` grown over the hyphenated words they cut ("état - major" the
    tokenizer split is the one word "état-major")."""
    if not tokens or tokens[0].text.startswith("-"):
        return tokens
    i, j = tokens[0].i, tokens[-1].i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    while j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ and not doc[j + 1].whitespace_:
        j += 2
    return list(doc[i:j + 1]) if (i, j) != (tokens[0].i, tokens[-1].i) else tokens


def whole_word(token: Token) -> str:
    """The hyphenated word a token is part of ("état" of "état-major")."""
    return _span_text(token.doc, _whole_words(token.doc, [token]))


def _apposed_name(tokens: list[Token], is_role: bool) -> list[Token] | None:
    """The name on one side of a comma, a title on the other: "le gouverneur
    de la région, Oleh Kiper", "Ghaith al Ghaith, le PDG de Flydubai"."""
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if not comma:
        return None
    before, after = tokens[:comma], tokens[comma + 1 :]
    if is_role and after and all(t.pos_ in ("PROPN", "X") or t.text == "-" for t in after):
        return after
    if after and after[0].pos_ == "DET" and all(t.pos_ in ("PROPN", "X") or t.text[:1].isupper() or t.text == "-" for t in before):
        return before
    return None


def _name_after_title(tokens: list[Token], lang: Language) -> list[Token] | None:
    """The name right after a role word that the model did not read as a
    person's ("team member Rodaba Noori", "Facebook co-founder Mark Zuckerberg"):
    two capitalized words or more closing the phrase, none of them a
    place's or an organization's."""
    k = len(tokens)
    while k > 0 and (tokens[k - 1].pos_ == "PROPN" and tokens[k - 1].text[:1].isupper() or tokens[k - 1].text == "-"):
        k -= 1
    run = tokens[k:]
    if len(run) < 2 or k == 0 or any(t.ent_type_ in ("GPE", "LOC", "ORG") for t in run):
        return None
    roles = lexicon(lang, "PERSON_ROLES") | lexicon(lang, "SPEAKER_NOUNS")
    return run if tokens[k - 1].pos_ == "NOUN" and fold(whole_word(tokens[k - 1])) in roles else None


def mention_from_tokens(doc: Doc, tokens: list[Token], resolver: SpeakerResolver, lang: Language) -> Mention | None:
    """Build a mention from a noun phrase's tokens, resolved to a name except
    for pronouns (which need the text before them) and unknown titles."""
    orig_first = tokens[0].i if tokens else 0
    indefinite = bool(tokens) and fold(tokens[0].text) in lexicon(lang, "INDEFINITE_DETERMINERS")
    tokens = _whole_words(doc, _strip_det(tokens, lang))
    if not tokens:
        return None
    handled, special = _joint_or_nobody(doc, tokens, lang)
    if handled:
        return special
    first = tokens[0]
    low = fold(first.text).lstrip("-")
    if first.text.startswith("-t-"):
        low = low[2:]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = _span_text(doc, tokens)
    if len(tokens) == 1 and low in folded(lang, "PRONOUNS"):
        g, n = folded(lang, "PRONOUNS")[low]
        return Mention(start, end, text, "pronoun", g, n)
    if len(tokens) == 1 and low in lexicon(lang, "NON_SPEAKERS") and not is_acronym(first):
        return None
    if first.pos_ in ("ADP", "ADV", "VERB", "AUX", "SCONJ", "CCONJ", "NUM") and not _mistagged_name(tokens):
        return None  # "de son côté", "pour la Syrie": not a speaker
    head = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), tokens[0])
    if fold(head.text) in lexicon(lang, "DOCUMENT_SOURCES"):
        return None  # "selon le bilan": a document, not a speaker
    gender = (head.morph.get("Gender") or [None])[0]
    number = (head.morph.get("Number") or [None])[0]
    is_role = head.pos_ == "NOUN" and fold(head.text) in lexicon(lang, "PERSON_ROLES")

    def named(name_tokens: list[Token]) -> Mention:
        person = resolver.person_for(name_tokens) or resolver.add_person(name_tokens)
        return Mention(start, end, text, "name", gender, "Sing", name=person)

    person = resolver.person_for(tokens)
    if person:
        return Mention(start, end, text, "name", gender, "Sing", name=person)
    name = _name_after_title(tokens, lang) or _apposed_name(tokens, is_role)
    if name:
        return named(name)
    k = orig_first - 1
    if head.pos_ == "NOUN" and k > 0 and doc[k].text == ",":
        # "Ghaith al Ghaith, le PDG …" parsed with the title alone as subject
        j = k - 1
        while j >= 0 and (doc[j].pos_ == "PROPN" or doc[j].text == "-" and j > 0 and doc[j - 1].pos_ == "PROPN"):
            j -= 1
        if j < k - 1 and (j < 0 or doc[j].is_punct or doc[j + 1].is_sent_start):
            name = list(doc[j + 1 : k])
            return Mention(name[0].idx, end, _span_text(doc, name), "name", gender, "Sing",
                           name=resolver.person_for(name) or _span_text(doc, name))
    if is_role and number != "Plur" and not indefinite:
        titled = resolver.person_for_title(text)
        if titled:
            return Mention(start, end, text, "title", gender, number, name=titled)
        return Mention(start, end, text, "title", gender, number, name=_clean(text), resolved=False)
    if head.pos_ == "NOUN" and len(tokens) <= 2 and number != "Plur" and not indefinite:
        organization = resolver.organization_for_title(fold(head.text), start)
        if organization:  # "le quotidien note que…": the paper named just before
            return Mention(start, end, text, "name", gender, number, name=organization)
    kind = "name" if head.pos_ == "PROPN" else "group"
    return Mention(start, end, text, kind, gender, number, name=_clean(text))


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,")
