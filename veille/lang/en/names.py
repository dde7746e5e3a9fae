"""English forms of places, countries, features and organizations the
gazetteer packages lack, mapped to the English names the records use (the
same values as the French tables, so entities are one across languages)."""
from __future__ import annotations

# Older or Russian-based spellings, and regions and seas the gazetteer does
# not list under these names. Keys are folded (lower case, no accents),
# without the article "the" (the gazetteer strips it).
PLACE_ALIASES = {
    "crimea": "Crimea", "crimean peninsula": "Crimea", "the crimea": "Crimea", "donbas": "Donbas", "donbass": "Donbas",
    "kiev": "Kyiv", "kyiv": "Kyiv", "odessa": "Odesa", "odesa": "Odesa", "kharkov": "Kharkiv", "kharkiv": "Kharkiv",
    "zaporozhye": "Zaporizhzhia", "zaporizhia": "Zaporizhzhia", "zaporizhzhia": "Zaporizhzhia",
    "zaporozhzhia": "Zaporizhzhia", "nikolaev": "Mykolaiv", "nikolayev": "Mykolaiv", "mykolaiv": "Mykolaiv",
    "dnepr": "Dnipro", "dnipro": "Dnipro", "lvov": "Lviv", "lviv": "Lviv", "chernigov": "Chernihiv",
    "chernihiv": "Chernihiv", "rovno": "Rivne", "lugansk": "Luhansk", "luhansk": "Luhansk",
    "artemovsk": "Bakhmut", "artyomovsk": "Bakhmut", "bakhmut": "Bakhmut", "izyum": "Izium", "izium": "Izium",
    "avdeyevka": "Avdiivka", "avdiivka": "Avdiivka", "kursk": "Kursk", "belgorod": "Belgorod", "bryansk": "Bryansk",
    "kherson": "Kherson", "sumy": "Sumy", "mariupol": "Mariupol", "bucha": "Bucha", "sevastopol": "Sevastopol",
    "sebastopol": "Sevastopol", "krivoy rog": "Kryvyi Rih", "kryvyi rih": "Kryvyi Rih",
    "black sea": "Black Sea", "red sea": "Red Sea", "mediterranean": "Mediterranean Sea",
    "mediterranean sea": "Mediterranean Sea", "baltic sea": "Baltic Sea", "the baltic": "Baltic Sea",
    "caspian sea": "Caspian Sea", "sea of azov": "Sea of Azov", "azov sea": "Sea of Azov",
    "aegean sea": "Aegean Sea", "south china sea": "South China Sea", "english channel": "English Channel",
    "north sea": "North Sea",
}
# Named features, English word before the name -> English pattern for the
# name ("Lake Chad" -> "Lake Chad", "the port of Odesa" -> "Port of Odesa").
# Keys are folded. English puts most feature words after the name
# ("Independence Square", "Crimean Bridge"), which the gazetteer or the NER
# keeps whole; only the words written before a name are listed here.
FEATURES = {
    "lake": "Lake {}", "mount": "Mount {}", "port": "Port of {}", "gulf": "Gulf of {}", "sea": "Sea of {}",
    "strait": "Strait of {}", "bay": "Bay of {}", "cape": "Cape {}", "isle": "Isle of {}",
}

# Usual English short names of countries where ISO 3166's English names are
# formal or differ ("Russian Federation", "Türkiye"): folded name -> ISO alpha-2.
COUNTRY_NAMES = {
    "russia": "RU", "south korea": "KR", "north korea": "KP", "syria": "SY", "iran": "IR", "uk": "GB",
    "u.k.": "GB", "britain": "GB", "great britain": "GB", "united kingdom": "GB", "us": "US", "u.s.": "US",
    "usa": "US", "u.s.a.": "US", "united states": "US", "united states of america": "US", "america": "US",
    "moldova": "MD", "czech republic": "CZ", "czechia": "CZ", "taiwan": "TW", "laos": "LA", "drc": "CD",
    "dr congo": "CD", "congo-kinshasa": "CD", "democratic republic of the congo": "CD",
    "congo-brazzaville": "CG", "belarus": "BY", "uae": "AE", "united arab emirates": "AE", "vietnam": "VN",
    "tanzania": "TZ", "bolivia": "BO", "venezuela": "VE", "palestine": "PS", "west bank": "PS",
    "central african republic": "CF", "myanmar": "MM", "burma": "MM", "kosovo": "XK",
    "turkey": "TR", "turkiye": "TR", "ivory coast": "CI", "cote d'ivoire": "CI", "vatican": "VA",
    "north macedonia": "MK", "macedonia": "MK",
}

# Well-known organizations: folded English forms (and acronyms) -> the
# canonical English name the French table also maps to.
ORGANIZATIONS = {
    # United Nations system
    "un": "United Nations", "u.n.": "United Nations", "united nations": "United Nations",
    "the united nations": "United Nations", "the un": "United Nations",
    "un security council": "United Nations Security Council", "security council": "United Nations Security Council",
    "united nations security council": "United Nations Security Council",
    "un general assembly": "United Nations General Assembly", "general assembly": "United Nations General Assembly",
    "united nations general assembly": "United Nations General Assembly",
    "un human rights council": "United Nations Human Rights Council",
    "human rights council": "United Nations Human Rights Council",
    "ocha": "United Nations Office for the Coordination of Humanitarian Affairs",
    "un human rights office": "Office of the United Nations High Commissioner for Human Rights",
    "ohchr": "Office of the United Nations High Commissioner for Human Rights",
    "unhcr": "UNHCR", "un refugee agency": "UNHCR", "unicef": "UNICEF", "unesco": "UNESCO", "unrwa": "UNRWA",
    "unifil": "UNIFIL", "world food programme": "World Food Programme", "wfp": "World Food Programme",
    "world health organization": "World Health Organization", "who": "World Health Organization",
    "iaea": "International Atomic Energy Agency", "international atomic energy agency": "International Atomic Energy Agency",
    "icc": "International Criminal Court", "international criminal court": "International Criminal Court",
    "icj": "International Court of Justice", "international court of justice": "International Court of Justice",
    "iom": "International Organization for Migration",
    # Europe and alliances
    "nato": "NATO", "north atlantic treaty organization": "NATO", "nato-ukraine council": "NATO-Ukraine Council",
    "eu": "European Union", "european union": "European Union", "european commission": "European Commission",
    "european council": "European Council", "european parliament": "European Parliament",
    "council of the eu": "Council of the European Union", "council of the european union": "Council of the European Union",
    "european central bank": "European Central Bank", "ecb": "European Central Bank",
    "council of europe": "Council of Europe", "european court of human rights": "European Court of Human Rights",
    "osce": "Organization for Security and Co-operation in Europe",
    "organization for security and co-operation in europe": "Organization for Security and Co-operation in Europe",
    "g7": "G7", "g20": "G20", "imf": "International Monetary Fund", "international monetary fund": "International Monetary Fund",
    "world bank": "World Bank", "african union": "African Union", "arab league": "Arab League", "opec": "OPEC",
    "opec+": "OPEC+", "coalition of the willing": "Coalition of the Willing",
    # Ukraine
    "ukrainian air force": "Ukrainian Air Force", "air force": "Ukrainian Air Force",
    "air force of ukraine": "Ukrainian Air Force", "ukraine's air force": "Ukrainian Air Force",
    "general staff": "Ukrainian General Staff", "ukrainian general staff": "Ukrainian General Staff",
    "general staff of the armed forces of ukraine": "Ukrainian General Staff",
    "ukraine's general staff": "Ukrainian General Staff",
    "armed forces of ukraine": "Armed Forces of Ukraine", "ukrainian armed forces": "Armed Forces of Ukraine",
    "ukrainian navy": "Ukrainian Navy", "navy of ukraine": "Ukrainian Navy",
    "ukrainian defence ministry": "Ukrainian Ministry of Defence",
    "ukrainian defense ministry": "Ukrainian Ministry of Defence",
    "ministry of defence of ukraine": "Ukrainian Ministry of Defence",
    "ukrainian foreign ministry": "Ukrainian Ministry of Foreign Affairs",
    "sbu": "Security Service of Ukraine", "security service of ukraine": "Security Service of Ukraine",
    "hur": "Defence Intelligence of Ukraine", "gur": "Defence Intelligence of Ukraine",
    "defence intelligence of ukraine": "Defence Intelligence of Ukraine",
    "ukrainian military intelligence": "Defence Intelligence of Ukraine",
    "state emergency service": "State Emergency Service of Ukraine",
    "state emergency service of ukraine": "State Emergency Service of Ukraine",
    "verkhovna rada": "Verkhovna Rada", "national guard of ukraine": "National Guard of Ukraine",
    "ukrinform": "Ukrinform", "energoatom": "Energoatom",
    # Russia
    "kremlin": "Kremlin", "the kremlin": "Kremlin", "russian defence ministry": "Russian Ministry of Defence",
    "russian defense ministry": "Russian Ministry of Defence", "russian ministry of defence": "Russian Ministry of Defence",
    "russian foreign ministry": "Russian Ministry of Foreign Affairs", "fsb": "Federal Security Service",
    "federal security service": "Federal Security Service", "state duma": "State Duma", "duma": "State Duma",
    "wagner": "Wagner Group", "wagner group": "Wagner Group", "tass": "TASS", "ria novosti": "RIA Novosti",
    "interfax": "Interfax", "rosatom": "Rosatom", "gazprom": "Gazprom",
    "russian armed forces": "Russian Armed Forces",
    # United States
    "pentagon": "Pentagon", "the pentagon": "Pentagon", "white house": "White House", "the white house": "White House",
    "state department": "US State Department", "us state department": "US State Department",
    "u.s. state department": "US State Department", "congress": "US Congress", "us congress": "US Congress",
    "us senate": "US Senate", "cia": "Central Intelligence Agency", "fbi": "Federal Bureau of Investigation",
    "federal reserve": "Federal Reserve", "the fed": "Federal Reserve",
    # Middle East and armed groups
    "idf": "Israel Defense Forces", "israel defense forces": "Israel Defense Forces",
    "israeli military": "Israel Defense Forces", "hamas": "Hamas", "hezbollah": "Hezbollah",
    "houthis": "Houthis", "the houthis": "Houthis", "islamic state": "Islamic State", "isis": "Islamic State",
    "isil": "Islamic State", "irgc": "Islamic Revolutionary Guard Corps",
    "islamic revolutionary guard corps": "Islamic Revolutionary Guard Corps",
    "revolutionary guards": "Islamic Revolutionary Guard Corps", "al-qaeda": "al-Qaeda", "al qaeda": "al-Qaeda",
    "taliban": "Taliban", "the taliban": "Taliban", "al-shabaab": "al-Shabaab",
    "palestinian authority": "Palestinian Authority",
    # Aid and rights organizations
    "red cross": "Red Cross", "icrc": "International Committee of the Red Cross",
    "international committee of the red cross": "International Committee of the Red Cross",
    "amnesty international": "Amnesty International", "human rights watch": "Human Rights Watch",
    "doctors without borders": "Doctors Without Borders", "msf": "Doctors Without Borders",
    # News agencies
    "afp": "Agence France-Presse", "agence france-presse": "Agence France-Presse", "reuters": "Reuters",
    "ap": "Associated Press", "associated press": "Associated Press", "the associated press": "Associated Press",
    "bbc": "BBC", "cnn": "CNN",
}
