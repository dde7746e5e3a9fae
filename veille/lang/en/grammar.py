"""English grammar hooks: small functions over spaCy tokens that the engine
calls where languages differ in form, not in what is extracted.

Read the English models' tags (Penn: VB, VBD, VBG, VBN, VBP, VBZ) and morph
features; English has no inverted clitic subjects and no euphonic "-t".
"""
from __future__ import annotations

from spacy.tokens import Token

from ...folding import fold

_FIRST_SECOND = {"i", "we", "you", "me", "us"}
# Irregular past participles of the speech verbs (and a few common others).
_IRREGULAR_PARTICIPLES = {"said", "told", "written", "wrote", "thought", "felt", "spoken", "made", "put", "given",
                          "shown", "known", "seen", "held", "sent", "brought", "taught", "sought", "meant", "hit",
                          "struck", "shot", "hurt", "slain", "led", "read", "spelt", "undertaken"}
# Titles that name a woman ("the spokeswoman", "Queen").
_FEMININE = {"spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "policewoman",
             "servicewoman", "stateswoman", "alderwoman", "queen", "princess", "duchess", "empress", "countess",
             "baroness", "dame", "lady", "madam", "mrs", "mrs.", "ms", "ms.", "actress", "sister", "mother",
             "grandmother", "wife", "widow", "daughter", "abbess", "archduchess"}
_FEMININE_PHRASES = ("first lady",)
# Plurals that do not end in -s, and words in -s that are not plurals.
_IRREGULAR_PLURALS = {"men": "man", "women": "woman", "children": "child", "people": "people", "police": "police",
                      "feet": "foot", "teeth": "tooth", "mice": "mouse", "staff": "staff", "troops": "troops",
                      "personnel": "personnel", "militia": "militia"}
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "news", "ics")


def not_a_report(verb: Token) -> bool:
    """A speech verb that reports nobody's words: an imperative ("Note that
    …"), the first or second person (the author or an interviewer speaking:
    "I said", "we warned", "you claim"), a bare infinitive ("to say", "let
    me say", "declined to say") or an adjective ("the alleged attack")."""
    if "Imp" in verb.morph.get("Mood"):
        return True
    if verb.pos_ == "ADJ":
        return True
    children = list(verb.children)
    subjects = [c for c in children if c.dep_.startswith("nsubj")]
    if any(fold(s.text) in _FIRST_SECOND or any(p in ("1", "2") for p in s.morph.get("Person")) for s in subjects):
        return True
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass", "aux:pass")]
    if any(p in ("1", "2") for a in auxes for p in a.morph.get("Person")):
        return True
    if verb.tag_ == "VB":
        # a base form: an imperative without subject, or an infinitive ("to say"); "will say",
        # "did say", "could confirm" (modal or do-support) still report
        real_aux = [a for a in auxes if a.tag_ != "TO"]
        if not real_aux and not subjects:
            return True
        if any(a.tag_ == "TO" for a in auxes):
            return True
    return False


def inverted_pronoun(text: str) -> str | None:
    """English has no hyphenated inverted subject ("dit-il"): None for every
    token not starting with "-" (and the bare folded rest for one that does,
    which never names a pronoun of the table)."""
    if not text.startswith("-"):
        return None
    return fold(text).lstrip("-")


def is_euphonic(text: str) -> bool:
    """English has no euphonic token between a verb and its pronoun."""
    return False


def participle_form(text: str) -> bool:
    """A word shaped like a past participle ("stated", "warned", "said",
    "told"): a speech verb the tagger took for a noun is still a cue in that form."""
    low = fold(text)
    return low.endswith("ed") and len(low) > 3 or low in _IRREGULAR_PARTICIPLES


def present_participle(verb: Token) -> bool:
    """"…, adding that": a present participle, whose speaker is the previous
    statement's."""
    return verb.tag_ == "VBG" or fold(verb.text).endswith("ing")


def head_candidates(words: list[str]) -> list[str]:
    """English puts the head noun last ("Russia's defence ministry", "senior
    military officials"), before a complement after "of" ("head of the
    agency": "head")."""
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    return words[::-1][:2]


def gerund(verb: Token) -> bool:
    """"reported destroying 15 drones", "accused Moscow of trying to …",
    "admitted to being …": the gerund English reports with where French
    has an infinitive."""
    # the cue's complement: not "rising prices" (a modifier), not "…, adding that" (a clause of its own)
    return verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "ccomp", "pcomp", "obj")


def title_gender(title: str) -> str | None:
    """"the spokeswoman", "Queen …", "first lady": a title that names a
    woman; other titles ("the minister", "the spokesperson") say nothing,
    English titles being mostly ungendered."""
    words = fold(title).split()
    if any(w in _FEMININE for w in words):
        return "Fem"
    joined = " ".join(words)
    return "Fem" if any(p in joined for p in _FEMININE_PHRASES) else None


def singular(word: str) -> str:
    """"residents" -> "resident", "casualties" -> "casualty", "servicemen"
    -> "serviceman", "people" stays; the word itself when not plural."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    for plural, single in (("men", "man"), ("women", "woman")):
        if word.endswith(plural) and len(word) > len(plural) + 2:
            return word[: -len(plural)] + single
    if word.endswith(_NOT_PLURAL_ENDINGS) or len(word) < 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word
