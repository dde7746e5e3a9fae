"""Language packages, and the `Language` object the engine reads.

A language package (`veille/lang/<code>/`) is data and small hooks: every word
and phrase the extractors look for, as tables with the names in `TABLES`; the
regular-expression constructions, by the names in `PATTERNS`; and a `grammar`
module with the functions in `HOOKS`. A package is checked once, when it is
first loaded: a missing, mistyped or empty table, a pattern that does not
compile or a missing hook is a `LanguageError` naming every problem at once,
never a silent default in the middle of an extraction.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field, make_dataclass
from functools import lru_cache
from types import ModuleType

from ..folding import fold

LANGUAGES = {"fr": "veille.lang.fr", "en": "veille.lang.en"}

_WORDS = (set, frozenset, list, tuple)  # a collection of words or phrases

# Every table the engine reads, and what it must be.
TABLES: dict[str, type | tuple[type, ...]] = {
    # the language and its spaCy model
    "CODE": str, "MODEL": str,
    # statements: quotation marks, speech verbs and their forms, sources, speakers
    "QUOTE_PAIRS": dict, "SPEECH_VERBS": dict, "CUE_FORMS": dict, "DE_INFINITIVE_VERBS": _WORDS,
    "COMPLEMENTIZERS": _WORDS, "INFINITIVE_MARKERS": _WORDS, "ADDRESSEE_MARKERS": _WORDS,
    "OBJECT_THEN_INFINITIVE_VERBS": _WORDS, "TO_INFINITIVE_VERBS": _WORDS, "TO_INFINITIVE_MARKERS": _WORDS, "COORDINATORS": _WORDS, "SENTENCE_CONNECTORS": _WORDS, "AS_WORD": str,
    "INFINITIVE_AUXILIARIES": _WORDS, "DETERMINERS": _WORDS, "NAME_ARTICLES": _WORDS,
    "NOUN_PHRASE_PREPOSITIONS": _WORDS, "NOUN_PHRASE_ENDS": _WORDS, "TITLE_FUNCTION_WORDS": _WORDS,
    "INDEFINITE_DETERMINERS": _WORDS, "LIGHT_VERB_CUES": dict, "COPULAS": _WORDS, "REFLEXIVE_PRONOUNS": _WORDS,
    "ADVERBIAL_OPENERS": _WORDS, "TIME_ADVERBS": _WORDS, "MANNER_OPENERS": _WORDS, "NEGATIONS": _WORDS,
    "DATIVE_PREPOSITIONS": _WORDS, "CLAUSE_ENDS": _WORDS, "AS_OBJECT_PRONOUNS": _WORDS, "RELATIVE_SUBJECTS": _WORDS, "NEGATIVE_SUBJECTS": _WORDS,
    "OF_THE": _WORDS, "SERVICE_NOUNS": _WORDS, "NOT_BEFORE_SUBJECT": _WORDS, "AGENT_MARKERS": _WORDS, "CLAUSE_LINKS": _WORDS,
    "CLITICS": _WORDS, "INSERTS": _WORDS, "REFLEXIVE_CUES": _WORDS, "TRAILING_ORDERS": _WORDS,
    "ACCORDING_TO": dict, "ACCORDING_TO_PHRASES": _WORDS, "FOR_X": str,
    "SPEAKER_NOUNS": _WORDS, "PERSON_ROLES": _WORDS, "ROLE_SYNONYMS": _WORDS, "PRONOUNS": dict, "PERSON_PRONOUNS": _WORDS,
    "NON_SPEAKERS": _WORDS, "NAME_TITLES": _WORDS, "HONORIFICS": _WORDS, "DOCUMENT_SOURCES": _WORDS,
    # dates and numbers
    "WEEKDAYS": dict, "RELATIVE_DAYS": dict, "MONTHS": dict, "TIME_NOUNS": _WORDS,
    "NUMBER_WORDS": _WORDS, "SCALES": dict, "FRACTIONS": dict, "SHARES": dict, "APPROXIMATE": dict, "QUALIFIERS": dict, "QUALIFIERS_AFTER": dict, "UNITS": dict, "UNIT_FACTORS": dict,
    "DECIMAL_MARK": str, "THOUSANDS_SEPARATORS": _WORDS,
    # events
    "CASUALTY_WORDS": dict, "CASUALTY_BEFORE": dict, "CASUALTY_GROUPS": dict, "COUNTED_NOUNS": _WORDS,
    "ONE_PERSON_NOUNS": _WORDS, "CASUALTY_FILLERS": _WORDS, "CURRENT_TOLL": _WORDS, "PROVISIONAL_TOLL": _WORDS, "CASUALTY_AFTER_PHRASES": dict,
    "COUNT_PARTITIVES": _WORDS, "OTHER_WORDS": _WORDS, "DURATION_NOUNS": _WORDS, "DIED_PHRASES": _WORDS, "CONFIRMED_CASUALTY_WORDS": dict, "OF_WORDS": _WORDS,
    "LAND_NOUNS": _WORDS, "KILLED_PARTICIPLES": _WORDS, "INJURED_PARTICIPLES": _WORDS, "SUPERSEDED_TOLL": _WORDS,
    "WEAPONS": dict, "WEAPON_ROLES": dict, "STRIKE_WORDS": _WORDS, "LAUNCH_VERBS": _WORDS,
    "CONTROL_VERBS": _WORDS, "AID_WORDS": _WORDS, "GENERIC_AID_WORDS": _WORDS, "GIVING_VERBS": _WORDS, "AID_KINDS": dict,
    "DAMAGE_VERBS": _WORDS, "DAMAGE_CERTAIN": _WORDS,
    # entities and places
    "ORGANIZATION_NOUNS": _WORDS, "ORGANIZATIONS": dict, "NATIONALITIES": dict, "DEMONYMS": dict,
    "COUNTRY_NAMES": dict, "PLACE_ALIASES": dict, "FEATURES": dict,
    # the model's labels in the engine's terms: dependency labels to Universal
    # Dependencies ("dobj" -> "obj"), entity labels to PER/ORG/LOC/GPE/MISC
    # ("PERSON" -> "PER"; "" drops the entity: "CARDINAL", "DATE")
    "DEPENDENCY_LABELS": dict, "ENTITY_LABELS": dict,
    # the regular-expression constructions, by name (see `PATTERNS`)
    "PATTERNS": dict,
}

# Tables that may be empty: a model that already speaks Universal Dependencies
# and veille's entity labels (the French one) maps nothing; a language whose
# gendered pronouns also stand for things (French "il" for "le ministère") has
# no pronoun that only a person can be.
MAY_BE_EMPTY = frozenset({"DEPENDENCY_LABELS", "ENTITY_LABELS", "PERSON_PRONOUNS", "UNIT_FACTORS"})

# What a speech verb may introduce (the values of SPEECH_VERBS): a reported
# clause, a reported clause without its complementizer ("said the attack
# …", where the language drops "that"), an infinitive, a quotation, or a
# clause only when it is quoted.
COMPLEMENTS = frozenset({"clause", "bare-clause", "infinitive", "quote", "clause-quote"})

# The constructions written as regular expressions over folded text, each
# compiled once per language: name -> what it matches.
PATTERNS: dict[str, str] = {
    "date": "a date expression, with the groups night (n1, n2: weekdays), nightdate (d1, d2, m2, y2), "
            "explicit (wd, day, month, year), rel (a relative day) and weekday; on the text with straight apostrophes",
    "number": "a number: digits (with dscale, a scale word after them), approx (a word of APPROXIMATE), "
              "fraction (a key of FRACTIONS) with fscale (its scale word) or words (number words); on the text as "
              "written",
    "hedge": "a hedge (a key of QUALIFIERS) ending where the text searched ends",
    "share": "a share said in words (a key of SHARES, in the group share) before what it is a share of "
             "('a fifth of', 'la moitié du'; as written)",
    "article_one": "the indefinite article before a person noun of ONE_PERSON_NOUNS (maybe after a few "
                   "modifiers), or 'another' before a person or a weapon: one, a count ('a woman', 'a "
                   "15-year-old boy', 'another drone'; as written)",
    "hedge_after": "a hedge (a key of QUALIFIERS_AFTER) right after a number, in the group hedge ('107 or more')",
    "unit": "a unit right after a number, in the group unit (a key of UNITS)",
    "unit_before": "a currency sign right before a number, in the group unit (a key of UNITS)",
    # entities (on the text as written unless said folded)
    "leading_article": "an article opening a name, removed from it",
    "region_word_inside": "a name the NER took with its region word (group 1: the region words, 2: the name)",
    "region_word_before": "a region word ending just before a name (group 1: region, oblast or province, folded)",
    "region_list_before": "a list of names after a plural region word, ending just before the next name of the list",
    "locative_before": "a preposition of place ending just before a name",
    "instead_of_before": "'instead of' ending just before a name (folded): the feature word before it is not one",
    "feature_opening": "a feature word of FEATURES opening a name (group 1; folded), then its article (group 2)",
    "feature_before": "a feature word of FEATURES ending just before a name (folded), then its article (group 2)",
    "feature_name_article": "an article opening the name after a feature word",
    "name_title_before": "a title of NAME_TITLES ending just before a one-word name (group 1)",
    "trailing_date_word": "a weekday or month the NER left at the end of a name",
    "organization_noun_before": "an organization noun and up to four lower-case words ending just before a name",
    "proper_name": "a name of several capitalized words, with the particles of names",
    "cut_after_preposition": "a name the NER cut after its preposition",
    "of_split": "'X of Y' (group 1: X, group 2: Y without its article)",
    "of_country": "'N of COUNTRY' (folded; group 1: N, group 2: the country)",
    # events (on folded text unless said as written)
    "leading_determiner": "a determiner opening a noun phrase (as written)",
    "place_preposition_before": "a preposition of place ending just before a place",
    "folded_article": "an article of NAME_ARTICLES opening a folded name",
    "one_killed": "one person killed said without a number (group 1 or 2: the noun of ONE_PERSON_NOUNS)",
    "one_killed_again": "a person the article introduced as one (un/une NOUN) said killed again with a definite "
                        "article (group 1: the noun)",
    "introduced_as_one": "the noun {noun} with the indefinite article: a person introduced as one",
    "one_injured": "one person injured said without a number (group 1: the noun of ONE_PERSON_NOUNS)",
    "month_after": "a month name right after a number: the number is a day of a date",
    "duration_after": "a duration or age unit right after a number, maybe after a second number ('30 et 34 ans')",
    "range_between": "what joins the two numbers of a range ('60 à 70', '16 ou 17')",
    "range_and_between": "'and' between the two numbers of a range opened by 'between'",
    "range_and_before": "'between' just before the first number of a range",
    "toll_before": "a toll that names its field (group killed, injured or missing), then a few words and the "
                   "word before its figure, ending just before it ('the death toll has risen to')",
    "toll_change_before": "a verb of change then 'from' just before the old figure of a toll ('est passé de')",
    "versus_between": "what joins a casualty count to a count of the other side ('…, contre')",
    "breakdown_between": "a colon after a casualty count, before its breakdown",
    "breakdown_item_between": "a comma or 'and' between two items of a breakdown",
    "either_casualty_after": "'or' and a casualty word of another field right after a casualty word: one count "
                             "of both ('killed or injured'), no count of either (as written)",
    "then_between": "'then' alone between a count and the figure that replaces it",
    "not_a_count_before": "a word before a number that makes it a reference (article, page…), not a count",
    "clock_after": "a time of day right after a number (as written)",
    "strike_before": "a strike word and up to two words ending just before a place",
    "over_a_period": "a span of several days or a total to date in a count's sentence, folded ('over three days', "
                     "'since the start of the month'): the count has no night of its own",
    "clause_break": "a break that ends the clause of a superseded toll",
    "including": "'including' between two counts (as written)",
    "and_only": "only 'and' between two counts (as written)",
    "of_between": "only 'of' between a count and its noun",
    "of_the_between": "only 'of the' between two counts ('X of the Y drones')",
    "including_after": "a few words then 'including' after a count of weapons",
    "out_of_before": "'out of' ending just before a count ('Sur 123 drones')",
    "auxiliaries_opening": "auxiliaries opening the text after a count ('ont été')",
    "change_before": "a verb of change and its preposition ending just before a figure: a change, not a share "
                     "held ('increased by 40%')",
    "control_verb": "a verb of CONTROL_VERBS (group 1)",
    "territory_after": "the territory after a figure of control (as written; group 1: region words, 2: the name)",
    "us_dollars": "a currency written as US dollars",
    "recipient_phrase": "a preposition of the recipient then up to three words (group 1)",
    "aid_of": "aid then its adjective of kind, then the donor's adjective (group 1)",
    "aid_from": "the text after an amount up to its giver: 'from' and up to three words (group 1; folded)",
    "giver_before": "a word (group 1) before the giving verb {verb}",
    "attacker_on_weapons": "a weapon or strike word then a demonym of {demonyms} (group 1)",
    "attacker_launching": "a country of {names} (group 1) that launched (group 2: the verb of LAUNCH_VERBS)",
    "continuation_gap": "what may stand between two quotations hung on one cue (stripped)",
    "target_country": "a country struck: of {names} (group 1) or of {demonyms} (group 2)",
    "recipient_country": "a country receiving: of {names} (group 1) or of {demonyms} (group 2)",
}

# The grammar hooks a package's `grammar` module must define: name -> what it
# answers. Each takes spaCy tokens (or text) and returns a plain value.
HOOKS: dict[str, str] = {
    "not_a_report": "not_a_report(verb) -> bool: a speech verb that reports nobody (imperative, first or second "
                    "person, bare infinitive)",
    "inverted_pronoun": "inverted_pronoun(text) -> str | None: the pronoun of an inverted subject token, folded",
    "is_euphonic": "is_euphonic(text) -> bool: a token that only joins a verb to its inverted pronoun",
    "participle_form": "participle_form(text) -> bool: a word shaped like a past participle",
    "singular": "singular(word) -> str: a folded plural noun in the singular (the word itself when not plural)",
    "present_participle": "present_participle(verb) -> bool: a present participle ('ajoutant')",
    "head_candidates": "head_candidates(words) -> list[str]: the words of a noun phrase (folded, without "
                       "determiners) that may be its head noun, most likely first",
    "gerund": "gerund(verb) -> bool: a gerund that reports like an infinitive after a cue ('reported destroying', "
              "'accused X of trying'); always False in a language without one",
    "title_gender": "title_gender(title) -> 'Fem', 'Masc' or None: the gender a title (folded, with its "
                    "determiner) gives the person it names",
}


class LanguageError(Exception):
    """A language module that does not give the engine every table it reads."""


def check(module: ModuleType) -> None:
    """Raise `LanguageError` listing every table of `TABLES` that `module`
    lacks, has with the wrong type, or leaves empty, every construction of
    `PATTERNS` it lacks or that does not compile, and every hook of `HOOKS`
    its `grammar` lacks."""
    problems = []
    for name, kind in TABLES.items():
        if not hasattr(module, name):
            problems.append(f"{name} is missing")
            continue
        value = getattr(module, name)
        if not isinstance(value, kind):
            expected = kind.__name__ if isinstance(kind, type) else "a collection of words"
            problems.append(f"{name} is a {type(value).__name__}, not {expected}")
        elif not value and name not in MAY_BE_EMPTY:
            problems.append(f"{name} is empty")
    for lemma, allows in (getattr(module, "SPEECH_VERBS", None) or {}).items() if isinstance(
            getattr(module, "SPEECH_VERBS", None), dict) else ():
        unknown = set(allows) - COMPLEMENTS
        if unknown:
            problems.append(f"SPEECH_VERBS[{lemma!r}] allows unknown complements {sorted(unknown)}")
    patterns = getattr(module, "PATTERNS", None)
    if isinstance(patterns, dict):
        for name in PATTERNS:
            if name not in patterns:
                problems.append(f"pattern {name} is missing")
                continue
            try:
                re.compile(_SLOT.sub("(?!)", _expand(patterns[name], module)))
            except (re.error, TypeError) as error:
                problems.append(f"pattern {name} does not compile ({error})")
            except AttributeError as error:
                problems.append(f"pattern {name} refers to a missing table ({error.name})")
    grammar = getattr(module, "grammar", None)
    for name in HOOKS:
        if not callable(getattr(grammar, name, None)):
            problems.append(f"grammar hook {name} is missing")
    if problems:
        raise LanguageError(f"language module {module.__name__}: " + "; ".join(problems))


_TABLE_REF = re.compile(r"\{([A-Z][A-Z_]+)(:folded)?\}")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _expand(source: str, module) -> str:
    """`source` with each `{TABLE}` replaced by the alternation of its words
    (`{TABLE:folded}`: of its words folded, for patterns over folded text)."""
    def words(m: re.Match) -> str:
        table = getattr(module, m.group(1))
        return _alternation(map(fold, table) if m.group(2) else table)
    return _TABLE_REF.sub(words, source)


# `{slot}` (lower case): an alternation the engine computes from the tables
# and gives when it compiles the pattern (`Language.pattern(name, slot=…)`)
_SLOT = re.compile(r"\{([a-z][a-z_]*)\}")


def _compiled(module: ModuleType) -> dict[str, re.Pattern | str]:
    """Each pattern compiled, or expanded and left as text when it has slots."""
    out: dict[str, re.Pattern | str] = {}
    for name, source in module.PATTERNS.items():
        expanded = _expand(source, module)
        out[name] = expanded if _SLOT.search(expanded) else re.compile(expanded)
    return out


# A checked language package: every table of `TABLES` as a field of its
# type, the compiled constructions (`compiled["name"]`) and the grammar hooks.
# Frozen, and hashed by identity so that per-language caches can key on it.
_Base = make_dataclass(
    "_Base", [(name, kind) for name, kind in TABLES.items()] + [("grammar", ModuleType)], frozen=True, eq=False)


@dataclass(frozen=True, eq=False)
class Language(_Base):
    """A language package, checked and compiled once (see `load`)."""

    compiled: dict[str, re.Pattern | str] = field(default_factory=dict)

    def pattern(self, name: str, **slots: str) -> re.Pattern:
        """The compiled construction `name`; a construction with `{slot}`s is
        compiled with the alternations given for them (once per value)."""
        found = self.compiled[name]
        if isinstance(found, re.Pattern):
            return found
        return _with_slots(found, tuple(sorted(slots.items())))


@lru_cache(maxsize=256)
def _with_slots(source: str, slots: tuple[tuple[str, str], ...]) -> re.Pattern:
    given = dict(slots)
    return re.compile(_SLOT.sub(lambda m: given[m.group(1)], source))


def load(module: ModuleType) -> Language:
    """Check a language package and build its `Language`."""
    check(module)
    return Language(**{name: getattr(module, name) for name in TABLES}, grammar=module.grammar,
                    compiled=_compiled(module))


@lru_cache(maxsize=None)
def get_language(code: str) -> Language:
    """The language for `code`, checked; `ValueError` for a language veille
    cannot read yet."""
    try:
        module = importlib.import_module(LANGUAGES[code])
    except KeyError:
        raise ValueError(f"language {code!r} is not supported yet (supported: {', '.join(LANGUAGES)})") from None
    return load(module)
