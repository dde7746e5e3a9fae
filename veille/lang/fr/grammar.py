"""French grammar hooks: small functions over spaCy tokens that the engine
calls where languages differ in form, not in what is extracted.

Each hook is tested on hand-built spaCy `Doc`s (tests/lang/test_fr_grammar.py),
without the model.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...folding import fold


def not_a_report(verb: Token) -> bool:
    """A speech verb that reports nobody's words: an imperative ("Rappelons
    que", "Notez que"), the first or second person (the author or an
    interviewer speaking; "a-t-il dit" is third), or a bare infinitive ("il
    faut dire que")."""
    if "Imp" in verb.morph.get("Mood"):
        return True
    if fold(verb.text).endswith(("ons", "ez")) and not any(c.dep_.startswith("nsubj") for c in verb.children):
        return True
    aux = [c for c in verb.children if c.dep_.startswith("aux")] + [verb]
    if any(p in ("1", "2") for a in aux for p in a.morph.get("Person")) \
            and not any(fold(c.text).startswith("-") for c in verb.children):
        return True
    return "Inf" in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children)


def inverted_pronoun(text: str) -> str | None:
    """The subject pronoun of an inverted cue's hyphenated token ("-il" of
    "dit-il", "-elle" of "affirme-t-elle"), folded; None for any other token.
    The euphonic "-t" alone gives the empty string."""
    if not text.startswith("-"):
        return None
    return fold(text).lstrip("-t").lstrip("-")


def is_euphonic(text: str) -> bool:
    """The euphonic "-t" between a verb and its inverted pronoun ("a-t-il")."""
    return fold(text).startswith("-t")


def participle_form(text: str) -> bool:
    """A word shaped like a past participle ("déclaré", "annoncées"): a speech
    verb the tagger took for a noun is still a cue in that form."""
    return text.endswith(("é", "ée", "és", "ées"))


def present_participle(verb: Token) -> bool:
    """"…, ajoutant que": a present participle, whose speaker is the previous
    statement's."""
    return "Part" in verb.morph.get("VerbForm") and verb.text.endswith("ant")


def head_candidates(words: list[str]) -> list[str]:
    """French puts the head noun first, or second after an adjective
    ("nombreux habitants", "nouveau gouvernement", "police nationale")."""
    return words[:2]


def gerund(verb: Token) -> bool:
    """French reports with an infinitive ("a affirmé avoir abattu"), never
    with a gerund: "en disant" is a manner, not what was said."""
    return False


def title_gender(title: str) -> str | None:
    """"la ministre", "une porte-parole": a feminine determiner makes the
    person named with the title a woman; "le", "l'", "un" say nothing (an
    elided or masculine form is also used for women)."""
    words = title.split()
    return "Fem" if words and words[0] in ("la", "une") else None


def singular(word: str) -> str:
    """"habitants" -> "habitant", "journaux" -> "journau" (enough to find the
    noun of a group in the tables); the word itself when not plural."""
    return word[:-1] if word[-1:] in ("s", "x") else word
