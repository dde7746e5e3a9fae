"""English constructions written as regular expressions, by name.

`{TABLE}` stands for the words of that lexicon table, longest first, as an
alternation; `{TABLE:folded}` for its folded words; `{slot}` for an
alternation the engine gives. What text a pattern runs on (as written, or
folded: lower case, no accents, straight apostrophes) is said in
`veille.lang.PATTERNS`; the groups are the French package's, by name, so the
engine reads both languages the same way.

Python's `re` does not allow one group name twice, so constructions English
writes in two orders ("Feb. 12" and "12 February") capture their groups in
lookaheads and then consume either order.
"""
from __future__ import annotations

_SP = "[ \u00a0\u202f\u2009]"  # a space, non-breaking or thin
_SPS = _SP[1:-1]  # the same characters, for use inside a character class
# "twenty-one", "one hundred and twenty", "three thousand"
_NUMBER_WORDS = "(?:{NUMBER_WORDS})(?:(?:-|" + _SP + ")(?:and" + _SP + ")?(?:{NUMBER_WORDS}))*"

_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"  # a capitalized name of one or more words

_MONTH = r"(?:{MONTHS})(?!\w)"
_ORD = r"(?:st|nd|rd|th)?"  # "1st", "12th"
_DAY = r"[0-3]?\d" + _ORD + r"(?!\d)"

# one person, said with the indefinite article (or "one of his …"), a person noun or a demonym
_ONE = (r"(?<!, )\b(?:a|an|one)(?:\s+of\s+(?:his|her|their|the|its))?\s+(?:[\w-]+\s+)?"
        r"({ONE_PERSON_NOUNS:folded}|{DEMONYMS:folded})(?:s|es)?\b(?:[^.;:!?]{0,80}?)\s+")
# "was", "has been", "before being", "was fatally", "was among those"
_PASSIVE = (r"(?:(?:was|were|has been|had been|have been)\s+(?:among (?:those|the)\s+)?|before being\s+)"
            r"(?:\w+ly\s+)?")

PATTERNS: dict[str, str] = {
    # dates: "overnight into Wednesday", "the night of Tuesday to Wednesday", "Tuesday night into
    # Wednesday", "the night of Feb. 11 to 12", "the night of 11-12 February", "Tuesday, Feb. 12, 2025",
    # "February 12", "12 February 2025", "yesterday", "on Wednesday"
    "date": (
        r"(?i)\b(?:"
        # a night between two weekdays: the morning's date (n2)
        r"(?P<night>(?:(?P<np>(?:during |on |in )?the night (?:of |from |between )?"
        r"|overnight (?:on |from |between )?)?(?P<n1>{WEEKDAYS})(?(np)(?: night)?| night)"
        r"|overnight) (?:to|into|and) (?P<n2>{WEEKDAYS}))"
        # a night between two days of a month, month first or last
        r"|(?P<nightdate>(?:(?:during |on |in )?the night of |overnight (?:on )?)"
        r"(?=(?:(?:the )?[0-3]?\d" + _ORD + r" ?(?:to|into|-|–|and) ?(?:the )?[0-3]?\d" + _ORD + r"(?: of)? )?"
        r"(?P<m2>{MONTHS})(?!\w))"
        r"(?:" + _MONTH + r" )?(?:the )?(?P<d1>[0-3]?\d)" + _ORD + r" ?(?:to|into|-|–|and) ?(?:the )?"
        r"(?P<d2>[0-3]?\d)" + _ORD + r"(?!\d)(?:(?: of)? " + _MONTH + r")?"
        r"(?:,? (?P<y2>(?:19|20)\d\d))?)"
        # a day of a month, with its weekday and year: "Tuesday, Feb. 12, 2025", "12 February 2025"
        r"|(?P<explicit>(?:(?P<wd>{WEEKDAYS}),? (?:the )?)?"
        r"(?=(?:" + _MONTH + r" )?(?:the )?(?P<day>" + _DAY + r"))"
        r"(?=(?:(?:the )?" + _DAY + r"(?: of)? )?(?P<month>{MONTHS})(?!\w))"
        r"(?:" + _MONTH + r" (?:the )?" + _DAY + r"|(?:the )?" + _DAY + r"(?: of)? " + _MONTH + r")"
        r"(?:,? (?P<year>(?:19|20)\d\d)(?!\d))?)"
        r"|(?P<rel>{RELATIVE_DAYS})"
        r"|(?P<weekday>{WEEKDAYS}))(?!\w)"
    ),
    # numbers: "1,500", "1.5 million", "$2bn", "a dozen", "twenty-two"; "dozens", "hundreds" are no counts
    "number": (
        r"(?i)(?<![\w,.])(?:(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        r"(?:(?:" + _SP + r"(?!m\b)|(?=(?:bn|mn|m|bln|mln)\b))(?P<dscale>{SCALES})\b)?"
        r"|(?:(?:a|an)" + _SP + r")?(?P<approx>{APPROXIMATE})(?!s)\b"
        # "half a billion", "half-a-billion", "a quarter of a million"
        r"|(?:(?:a|an)[- ])?(?P<fraction>{FRACTIONS})[- ](?:of[- ])?(?:an?[- ])?(?P<fscale>{SCALES})\b"
        r"|(?P<words>" + _NUMBER_WORDS + r")\b)"
    ),
    "hedge": r"(?i)(?<![\w-])(?:{QUALIFIERS})" + _SP + "*$",
    # "killing a woman", "including a 15-year-old boy": the article counts one person
    "article_one": (
        r"(?i)(?<![\w-])(?:a|an)(?=" + _SP + r"+(?:[\w-]+" + _SP + r"+){0,2}?(?:{ONE_PERSON_NOUNS})\b)"
        # "… and another drone over Oryol": one more
        r"|(?<![\w-])another(?=" + _SP + r"+(?:[\w-]+" + _SP + r"+){0,2}?(?:{ONE_PERSON_NOUNS}|person|{WEAPONS})\b)"
    ),
    # "nearly a fifth of Ukraine", "about half of the region"
    "share": r"(?i)(?<![\w-])(?P<share>{SHARES})(?=" + _SP + r"+of\b)",
    "hedge_after": "(?i)" + _SP + "+(?P<hedge>{QUALIFIERS_AFTER})(?!\\w)",  # "killing 107 or more"
    "unit_before": "(?i)(?P<unit>us\\$|\\$|€|£)[ \u00a0]?$",  # "$2bn", "£5m", "US$ 3 millions"
    "unit": "(?i)" + _SP + "*(?P<unit>{UNITS})(?!\\w)",
    # entities
    "leading_article": r"(?i)^the\s+",
    # "Kursk Oblast", "Kharkiv region" taken whole by the NER: the region word comes after the name
    # (group 1, captured in a lookahead), the name before it (group 2)
    "region_word_inside": r"(?i)^(?=.+?\s+((?:region|oblast|province)s?)$)(.+?)\s+(?:region|oblast|province)s?$",
    # "the region of " just before a name, or the region word alone (from region_word_inside)
    "region_word_before": r"(?i)\b(region|oblast|province)s?(?:\s+of(?:\s+the)?\s+|\s*)$",
    "region_list_before": (
        r"(?i:(region|oblast|province)s)\s+of\s+"
        r"(?:" + _NAME + r"(?:\s*,\s*|\s+(?:and|as well as)\s+))+$"
    ),
    "locative_before": r"(?i)\b(?:in|at|near|outside|around|towards?|into|across|region\s+of|city\s+of)\s+$",
    "instead_of_before": r"\binstead of $",
    "feature_opening": r"^({FEATURES})\s+(of the |of )?(?=\S)",
    "feature_before": r"\bthe\s+({FEATURES})\s+(of the |of )?$",
    "feature_name_article": r"(?i)^(?:of the |of |the )",
    "name_title_before": r"(?i)\b({NAME_TITLES})\s+$",
    # "Kyiv Tuesday" -> "Kyiv"; never "May" ("Theresa May")
    "trailing_date_word": r"(?i)\s+(?:{WEEKDAYS}|(?!may$)(?:{MONTHS}))$",
    # English apposes the name right after its noun: "news agency Interfax", "the broadcaster Suspilne"
    "organization_noun_before": r"(?i)\b(?:{ORGANIZATION_NOUNS})\s+$",
    "proper_name": (
        r"^[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|and|de|du|la|le|al|el|von|van|ben|bin)\s+){0,2}[A-Z][\w'’.-]*)+$"
    ),
    "cut_after_preposition": r"(?i)\s(?:of|of the)$",
    "of_split": r"^(.+?)\s+of\s+(?:the\s+)?(.+)$",
    "of_country": r"^(.+?) of (?:the )?([^ ]+(?: [^ ]+)?)$",  # folded: "air force of ukraine"
    # events (on folded text unless said otherwise)
    "leading_determiner": r"(?i)^(?:the|a|an|this|that|these|those|its|their|his|her)\s+",  # as written
    "place_preposition_before": (
        r"(?:\b(?:in|at|on|near|outside|towards?|into|over|across)(?: the)?"
        r"|region of|city of|town of|village of|oblast of)$"
    ),
    "folded_article": r"^(?:{NAME_ARTICLES:folded})\b ?",
    # the indefinite article is the number: "a police officer was killed", "a woman died",
    # "one of his bodyguards was shot dead", "a Palestinian … before being shot dead"
    "one_killed": (
        _ONE + r"(?:" + _PASSIVE + r"(?:{KILLED_PARTICIPLES:folded})|{DIED_PHRASES:folded})\b"
        r"|(?<!, )\b(?:a|an)\s+(?:{KILLED_PARTICIPLES:folded})\s+({ONE_PERSON_NOUNS:folded})\b"  # "a killed soldier"
    ),
    # "the priest was killed" after the article introduced "a priest": the same person, counted once
    "one_killed_again": (
        r"\bthe\s+({ONE_PERSON_NOUNS:folded})\b(?:[^.;:!?]{0,80}?)\s+"
        r"(?:(?:was|had been|has been)\s+(?:\w+ly\s+)?(?:{KILLED_PARTICIPLES:folded})|{DIED_PHRASES:folded})\b"
    ),
    "introduced_as_one": r"\b(?:a|an) {noun}\b",
    "one_injured": _ONE + _PASSIVE + r"(?:{INJURED_PARTICIPLES:folded})\b",
    "month_after": r"(?i)^\s+(?:{MONTHS})(?!\w)",  # as written: "on 17 September"
    # as written: "aged 31 years", "a 12-year-old", "30 and 34 years old", "for 3 days"
    "duration_after": r"(?i)^[\s,-]*(?:(?:and|to|or|-)\s*\d+\s*-?)?(?:{DURATION_NOUNS})\b",
    # two numbers of one range: "60 to 70", "16 or 17", "between 10 and 15", "60-70"
    "range_between": r"(?i)^\s*(?:to|or|-|–)\s*$",
    "range_and_between": r"(?i)^\s*and\s*$",
    "range_and_before": r"(?i)\bbetween\s*$",
    # a toll that names its field: "the death toll from the strike has risen to 23", "bringing the
    # number of injured to 30", "a death toll of 12"
    "toll_before": (
        r"(?:(?P<killed>\bdeath toll|\btoll of (?:the )?dead"
        r"|\bnumber of (?:the )?(?:[\w-]+ ){0,2}?(?:dead|deaths|fatalities|killed))"
        r"|(?P<injured>\bnumber of (?:the )?(?:[\w-]+ ){0,2}?(?:injured|wounded|injuries|hurt))"
        r"|(?P<missing>\bnumber of (?:the )?(?:[\w-]+ ){0,2}?missing))"
        r"\b[^.;:]{0,50}?\b(?:to|at|of|reached|hit|is|was|now)\s*$"
    ),
    # a toll that changes: "rose from 30 to 45" (the second is the count)
    "toll_change_before": (
        r"\b(?:rose|risen|rising|rises|climb\w*|increas\w*|jump\w*|grew|grown|grow\w*|went up|gone up|soar\w*"
        r"|surg\w*|mount\w*)\s+from\s*$"
    ),
    "versus_between": r"^[^.;:]{0,60},\s*(?:against|compared with|compared to|versus|vs\.?)\s*$",
    # "a dozen injured: ten peacekeepers and …", "4 wounded: the driver and 2 passengers"
    "breakdown_between": r"^\s*:(?:[\w\s'’-]{0,40}(?:,|\band))?\s*$",
    "breakdown_item_between": r"^[\w\s-]{0,40}(?:,|\band)\s*$",
    # "200 children killed or injured": one count of both
    "either_casualty_after": r"(?i)^\s+(?:or|and/or)\s+(?:killed|dead|died|injured|wounded|hurt|maimed|missing)\b",
    "then_between": r"^[\s,]*(?:then|later)\s*$",  # "41 injured, then 48": the second replaces the first
    # a reference, not a count: "article 5", "page 3", "No. 4", and the day after a month ("Feb. 12")
    "not_a_count_before": (
        r"(?:\b(?:article|no\.|number|page|chapter|section|resolution|paragraph)"
        r"|\b(?:{MONTHS:folded})(?:\s+the)?)\s*$"
    ),
    "clock_after": r"(?i)\s?(?:a\.?m\b|p\.?m\b|h\b|hrs\b|gmt\b|utc\b)|:\d",  # as written: "3 p.m.", "14:30"
    "strike_before": r"\b(?:{STRIKE_WORDS})\w*\s+(?:\w+\s+){0,2}$",
    # "over three days", "in the past two weeks", "since the start of the month", "this week", "so far this year"
    "over_a_period": (
        r"\b(?:over|in|during|across|within|for)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+)?"
        r"(?:two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:days|nights|weeks|months|years)\b"
        r"|\bsince\s+(?:the\s+)?(?:start|beginning)\s+of\b|\bsince\s+(?:{MONTHS:folded})\b"
        r"|\bthis\s+(?:week|month|year)\b|\bso\s+far\b|\bto\s+date\b|\bin\s+total\s+since\b"
    ),
    "clause_break": r", but|, and\b|;|\.",
    "including": r"(?i)\b(?:including|among them|among whom|of whom|of which|of them)\b",  # as written
    "and_only": r"[\s,]*and[\s]*",  # as written
    # "14 of the drones" (the drones counted before), "15 of 16 drones", "six of the seven missiles"
    "of_between": "[" + _SPS + "]*of(?: the)?[" + _SPS + "]*",
    "of_the_between": "[" + _SPS + "]*(?:out )?of(?: the)?[" + _SPS + "]*",
    # "123 drones, of which 71 …", "20 drones, including 14 …" (never "Six shells of them hit": a part of a
    # count given before)
    "including_after": r"[^.;]{0,40}?,\s*(?:of which|including)\b",
    # "Out of 123 drones, …", "Of the 123 drones, …"
    "out_of_before": r"(?:^|[\s,])out of( the)?$|^of the$",
    "auxiliaries_opening": r"^[\s,]*(?:(?:that|which|have|has|had|were|was|are|is|been|being|be|will|would|could)\s+)*",
    "change_before": r"\b(?:by|(?:rose|risen|fell|fallen|grew|grown|increased|decreased|dropped|declined) to)\s*$",
    "control_verb": r"(?<![\w-])({CONTROL_VERBS:folded})(?!\w)",  # never "government-controlled areas"
    # as written: "of the Kursk region" (group 1: the region word after the name), "of Ukraine",
    # "of Russian territory"
    "territory_after": (
        r"(?i)[" + _SPS + r"]*of[" + _SPS + r"]+(?:the[" + _SPS + r"]+)?"
        r"(?:(?=[\w-]+[" + _SPS + r"]+(region|oblast|province)\b))?([\w-]+)"
    ),
    "us_dollars": r"\bu\.?s\.? dollars?\b|\bus\$|\busd\b",
    "recipient_phrase": r"\b(?:to|for) (?:the )?([\w-]+(?: [\w-]+){0,2})",
    # "us military aid", "german humanitarian assistance": the donor's adjective comes first (group 1)
    "aid_of": (
        r"\b([\w-]+)\s+(?:(?:military|financial|humanitarian|security|economic|defence|defense)\s+)?"
        r"(?:aid|assistance)\b"
    ),
    # "$175 billion in aid from the United States"
    "aid_from": r"^[^.;]{0,60}?\bfrom (?:the )?([\w.'-]+(?: [\w.'-]+){0,2})",
    "giver_before": r"([\w'’-]+)\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:{verb})\b",
    # who attacked, who was attacked, who receives ({demonyms}, {names}: the
    # folded demonyms and one-word country names). English puts the demonym first: "Russian drones".
    "attacker_on_weapons": (
        r"\b({demonyms})\s+(?:[\w-]+\s+){0,2}?"
        r"(?:{WEAPONS:folded}|(?:{STRIKE_WORDS}|offensiv|barrage|assault|fire)\w*)\b"
    ),
    "attacker_launching": (
        r"\b(?:the )?({names})\s+(?:\w+\s+){0,2}?(?:(?:has|have|had)\s+(?:\w+\s+)?)?({LAUNCH_VERBS:folded})\b"
    ),
    "target_country": (
        r"\b(?:against|on|at|into|toward|towards|across) (?:the )?({names})\b"
        r"|\b({demonyms}) (?:territory|soil|land|cities|city|towns|regions)\b"
    ),
    "recipient_country": r"\b(?:to|for) (?:the )?(?:({names})\b|({demonyms})\s+[\w-]+\b)",
    # statements
    "continuation_gap": r"(?:,|and|, and|;|:)?",  # as written, stripped
}
