"""French constructions written as regular expressions, by name.

`{TABLE}` stands for the words of that lexicon table, longest first, as an
alternation; the engine compiles each pattern once per language and never
adds words of its own. What text a pattern runs on (as written, or folded:
lower case, no accents, straight apostrophes) is said in
`veille.lang.PATTERNS`.
"""
from __future__ import annotations

_SP = "[ \u00a0\u202f\u2009]"  # a space, non-breaking or thin
_NUMBER_WORDS = "(?:{NUMBER_WORDS})(?:(?:-|" + _SP + ")(?:et(?:-|" + _SP + "))?(?:{NUMBER_WORDS}))*"  # "vingt-et-un"

_NAME = r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*"  # a capitalized name of one or more words

# one person, said with the indefinite article (or "un de ses …"), a person noun or a demonym
_ONE = (r"(?<!, )\b(?:un|une)(?:\s+(?:de ses|de leurs|des|d'entre eux|d'entre elles))?\s+(?:\w+\s+)?"
        r"({ONE_PERSON_NOUNS:folded}|{DEMONYMS:folded})s?\b(?:[^.;:!?]{0,80}?)\s+")
_PASSIVE = r"(?:(?:a|avait|aurait) ete|d'etre)\s+(?:\w+ment\s+)?"  # "a été", "avant d'être", "a été grièvement"

PATTERNS: dict[str, str] = {
    # dates: "dans la nuit de mardi à mercredi", "dans la nuit du 20 au 21
    # mars", "vendredi 14 février 2025", "hier", "mercredi"
    "date": (
        r"(?i)\b(?:(?P<night>(?:dans )?la nuit (?:de |du )?(?P<n1>{WEEKDAYS}) (?:au |à )(?P<n2>{WEEKDAYS}))"
        r"|(?P<nightdate>(?:dans )?la nuit du (?P<d1>[0-3]?\d|1er) (?:au |à )(?P<d2>[0-3]?\d) (?P<m2>{MONTHS})"
        r"(?: (?P<y2>(?:19|20)\d\d))?)"
        r"|(?P<explicit>(?:(?P<wd>{WEEKDAYS}) )?(?P<day>[0-3]?\d|1er) (?P<month>{MONTHS})(?: (?P<year>(?:19|20)\d\d))?)"
        r"|(?P<rel>{RELATIVE_DAYS})"
        r"|(?P<weekday>{WEEKDAYS}))\b"
    ),
    # numbers: "112 000", "1,5 million", "une quarantaine", "vingt-deux"
    "number": (
        r"(?i)(?<![\w,.])(?:(?P<digits>\d{1,3}(?:" + _SP + r"\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?)"
        r"(?:" + _SP + "(?:de" + _SP + r")?(?P<dscale>{SCALES})\b)?"
        r"|(?:une?|la|d'une?)?" + _SP + r"?(?P<approx>{APPROXIMATE})s?\b"
        r"|(?:un" + _SP + r")?(?P<fraction>{FRACTIONS})-(?P<fscale>{SCALES})\b"  # "un demi-milliard"
        r"|(?P<words>" + _NUMBER_WORDS + r")\b)"
    ),
    "hedge": "(?i)(?:{QUALIFIERS})" + _SP + "*$",
    # "une femme", "un jeune homme": read already as the number word, never added twice
    "article_one": r"(?i)(?<![\w-])(?:un|une)(?=" + _SP + r"+(?:[\w-]+" + _SP + r"+){0,2}?(?:{ONE_PERSON_NOUNS})\b)",
    "share": r"(?i)(?<![\w-])(?P<share>{SHARES})(?=" + _SP + r"+(?:de|d'|d’|du|des)(?!\w))",  # "la moitié du pays"
    "hedge_after": "(?i)" + _SP + "+(?P<hedge>{QUALIFIERS_AFTER})(?!\\w)",
    "unit_before": "(?i)(?P<unit>us\\$|\\$|€|£)[ \u00a0]?$",  # "$2bn", "£5m", "US$ 3 millions"
    "unit": "(?i)" + _SP + "*(?:de" + _SP + "|d'|d’)?(?P<unit>{UNITS})(?!\\w)",
    # entities
    "leading_article": r"(?i)^(?:(?:la|le|les|du|des|de)\s+|l['’]\s*)",
    "region_word_inside": r"(?i)^((?:région|oblast|province)(?:\s+\w+)?\s+(?:de\s+|d['’]))(.+)$",
    "region_word_before": r"(?i)(région|oblast|province)s?(?:\s+\w+)?\s+(?:de\s+|d['’])$",
    "region_list_before": (
        r"(?i:(région|oblast|province)s)(?:\s+\w+)?\s+(?:de\s+|d['’])"
        r"(?:" + _NAME + r"(?:\s*,\s*(?:(?:de\s+|d['’]))?|\s+(?:et|ainsi que)\s+(?:de\s+|d['’])?))+$"
    ),
    "locative_before": r"(?i)(?:\b(?:à|au|aux|en|vers|près\s+de|autour\s+de|région\s+de)\s+|\bd['’])$",
    "instead_of_before": r"\b(?:a|en) la place (?:de |d')$",
    "feature_opening": r"^({FEATURES})\s+(de la |de l'|du |des |de |d')?(?=\S)",
    "feature_before": r"\b(?:la|le|l'|du|de la|de l')\s*({FEATURES})\s+(de la |de l'|du |des |de |d')?$",
    "feature_name_article": r"(?i)^(?:de la |de l['’]|du |des |de |d['’]|la |le |l['’])",
    "name_title_before": r"\b({NAME_TITLES})\s+$",
    "trailing_date_word": r"\s+(?:{WEEKDAYS}|{MONTHS})$",
    "organization_noun_before": r"\b(?:{ORGANIZATION_NOUNS})(?:\s+[a-zà-ÿ'’-]+){0,4}\s+$",
    "proper_name": r"^[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:de|du|des|la|le|al|el|von|van|ben|bin)\s+)?[A-ZÀ-Ý][\w'’.-]*)+$",
    "cut_after_preposition": r"(?i)(?:['’]|\s(?:de|du|des))$",
    "of_split": r"^(.+?)\s+(?:de|du|des|d['’])\s*(?:la\s+|le\s+|l['’])?(.+)$",
    "of_country": r"^(.+?) (?:de l'|de la |du |des )([^ ]+(?: [^ ]+)?)$",  # folded: "N de l'Ukraine"
    # events (on folded text unless said otherwise)
    "leading_determiner": r"(?i)^(?:(?:les|le|la|des|du|de|un|une)\s+|l['’]\s*)",  # as written
    "place_preposition_before": r"(?:\b(?:a|au|dans|sur|pres de|vers|en)|region de|ville de|oblast de|d')$",
    "folded_article": r"^(?:{NAME_ARTICLES:folded}) ?",
    # the indefinite article is the number: "un policier a été tué", "un jeune homme a été blessé",
    # "un de ses gardes du corps a été tué", "une Palestinienne … avant d'être abattue"
    # (never "le prêtre", nor an apposition: "la victime, une femme de 56 ans, …")
    "one_killed": (
        _ONE + r"(?:" + _PASSIVE + r"(?:{KILLED_PARTICIPLES:folded})|l'(?:a|ont)\s+(?:{KILLED_PARTICIPLES:folded})"
        r"|{DIED_PHRASES:folded})\b"
        r"|(?<!, )\b(?:un|une)\s+({ONE_PERSON_NOUNS:folded})\s+(?:{KILLED_PARTICIPLES:folded})\b"  # "d'un jihadiste tué"
    ),
    # "le prêtre a été égorgé" after the article introduced "un prêtre": the same person, counted once
    "one_killed_again": (
        r"\b(?:le|la|l')\s*({ONE_PERSON_NOUNS:folded})\b(?:[^.;:!?]{0,80}?)\s+"
        r"(?:a ete\s+(?:{KILLED_PARTICIPLES:folded})|{DIED_PHRASES:folded})\b"
    ),
    "introduced_as_one": r"\b(?:un|une) {noun}\b",
    "one_injured": _ONE + _PASSIVE + r"(?:{INJURED_PARTICIPLES:folded})\b",
    "month_after": r"(?i)^\s+(?:{MONTHS})\b",  # as written: "le 17 septembre"
    "duration_after": r"(?i)^[\s,]*(?:(?:et|à|ou|-)\s*\d+\s*)?(?:{DURATION_NOUNS})\b",  # as written
    # two numbers of one range: "60 à 70", "16 ou 17", "entre 10 et 15", "de 20 à 30"
    "range_between": r"(?i)^\s*(?:à|ou|-|–)\s*$",
    "range_and_between": r"(?i)^\s*et\s*$",
    "range_and_before": r"(?i)\bentre\s*$",
    # a toll that names its field: "le nombre de morts s'élève désormais à 23"
    "toll_before": (
        r"(?:(?P<killed>\bnombre (?:de|des) (?:morts|tues|deces|victimes decedees))|(?P<injured>\bnombre (?:de|des) "
        r"blesses)|(?P<missing>\bnombre (?:de|des) disparus))\b[^.;:]{0,50}?\b(?:a|de|atteint)\s*$"
    ),
    # a toll that changes: "est passé de 30 à 45" (the second is the count)
    "toll_change_before": r"\b(?:pass|grimp|mont|augment|alourdi)\w*\s+de\s*$",
    "versus_between": r"^[^.;:]{0,60},\s*contre\s*$",  # "163 djihadistes tués dans l'offensive, contre onze …"
    # "une vingtaine de blessés : dix casques bleus et …", "4 blessés : le chauffeur et 2 passagers"
    "breakdown_between": r"^\s*:(?:[\w\s'’-]{0,40}(?:,|\bet))?\s*$",
    "breakdown_item_between": r"^[\w\s-]{0,40}(?:,|\bet)\s*$",
    "either_casualty_after": r"(?i)^\s+ou\s+(?:tu[ée]e?s?|morte?s?|bless[ée]e?s?|disparue?s?)\b",  # "tués ou blessés"
    "then_between": r"^[\s,]*puis\s*$",  # "41 blessés, puis 48": the second replaces the first
    "not_a_count_before": r"(article|n°|numero|page|chapitre)\s*$",
    "clock_after": r"\s?h\b|\s?h\d|:\d",  # as written: "14 h", "14h30", "14:30"
    "strike_before": r"\b(?:{STRIKE_WORDS})\w*\s+(?:\w+\s+){0,2}$",
    # "en trois jours", "au cours des deux dernières semaines", "depuis le début du mois", "cette semaine"
    "over_a_period": (
        r"\b(?:en|sur|pendant|durant|au\s+cours\s+des?)\s+(?:les\s+)?"
        r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|quelques|\d+)\s+(?:derni[e]res?\s+)?"
        r"(?:jours|nuits|semaines|mois|ans)\b"
        r"|\bdepuis\s+le\s+debut\s+d|\bdepuis\s+(?:le\s+\d+\s+)?(?:{MONTHS:folded})\b"
        r"|\bcette\s+semaine\b|\bce\s+mois\b|\bcette\s+annee\b|\bjusqu'a\s+present\b|\bau\s+total\s+depuis\b"
    ),
    "clause_break": r", mais|;|\.",
    "including": r"\b(?:dont|incluant|y compris|parmi lesquels|parmi lesquelles)\b",  # as written
    "and_only": r"[\s,]*et[\s]*",  # as written
    "of_between": "[" + _SP[1:-1] + "]*(de|d')[" + _SP[1:-1] + "]*",
    "of_the_between": "[" + _SP[1:-1] + "]*des[" + _SP[1:-1] + "]*",
    "including_after": r"[^.;]{0,40}?,?\s*dont\b",
    "out_of_before": r"(?:^|[\s,])(sur|parmi)( les)?$",
    "auxiliaries_opening": r"^[\s,]*(?:(?:ont|sont|avaient|etaient|auraient|ont ete|ont été|ete|été)\s+)*",
    "change_before": r"\b(?:augment\w*|diminu\w*|baiss\w*|recul\w*|progress\w*|multipli\w*)\s+(?:de|par)\s*$",
    "control_verb": r"(?<!\w)({CONTROL_VERBS:folded})(?!\w)",
    "territory_after": (  # as written: "de la région de Koursk", "du territoire russe"
        "[" + _SP[1:-1] + "]*(?:de|du|des|d')[" + _SP[1:-1] + r"]*(?:la |le |l'|l’)?(r[ée]gion de |oblast de )?([\w'’-]+)"
    ),
    "us_dollars": r"dollars americains|\bus\$",
    "recipient_phrase": r"\b(?:a|pour|vers|au|aux) (?:la |le |l'|les )?([\w-]+(?: [\w-]+){0,2})",
    "aid_of": r"\baides?\s+(?:militaire\s+|financiere\s+|humanitaire\s+)?([\w-]+)",
    # "150 millions d'euros d'aide de la part de l'Allemagne"
    "aid_from": r"^[^.;]{0,60}?\b(?:de la part|en provenance) (?:de la |du |des |de l'|de |d')([\w'-]+(?: [\w'-]+){0,2})",
    "giver_before": r"([\w'’-]+)\s+(?:a\s+|ont\s+)?(?:{verb})\b",
    # who attacked, who was attacked, who receives ({demonyms}, {names}: the
    # folded demonyms and one-word country names)
    "attacker_on_weapons": (
        r"\b(?:{WEAPONS:folded}|(?:{STRIKE_WORDS}|attaqu|offensiv|tir)\w*)"
        r"(?:\s+(?!(?:de|du|des|sur|contre|par|a|en|dans)\b)[\w-]+){0,2}\s+({demonyms})\b"
    ),
    "attacker_launching": r"\b(?:la |le |l')?({names})\s+(?:\w+\s+){0,2}?(?:a|ont)\s+(?:\w+\s+)?({LAUNCH_VERBS:folded})\b",
    "target_country": r"\b(?:contre|sur|vers) (?:la |le |l')?({names})\b|\bterritoire ({demonyms})\b",
    "recipient_country": r"\b(?:a|pour|vers|au|aux) (?:la |le |l'|les )?(?:({names})\b|[\w-]+ ({demonyms})\b)",
    # statements
    "continuation_gap": r"(?:,|et|, et|;|:)?",  # as written, stripped
}
