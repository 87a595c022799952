"""A small, documented knowledge table: which country a nationality word, capital or institution means.

Used for a source's affiliation ("Ukrainian intelligence" -> Ukraine, "the Pentagon" -> United States)
and for merging metonyms ("Pyongyang" speaking for North Korea). It lists countries and well-known
institutions in general, not the actors of any one story; extend it here, in one place.
"""

from __future__ import annotations

import re

# country: (nationality words, capital or seat used as a metonym, other names)
COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "United States": (("American", "Americans", "U.S.", "US"), ("Washington",), ("U.S.", "US", "USA", "U.S.A.", "America", "the United States", "United States of America")),
    "United Kingdom": (("British", "Briton", "Britons", "UK", "U.K."), ("London",), ("UK", "U.K.", "Britain", "Great Britain", "the United Kingdom")),
    "Russia": (("Russian", "Russians"), ("Moscow", "Kremlin"), ("Russian Federation",)),
    "Ukraine": (("Ukrainian", "Ukrainians"), ("Kyiv", "Kiev"), ()),
    "North Korea": (("North Korean", "North Koreans"), ("Pyongyang",), ("DPRK", "Democratic People's Republic of Korea")),
    "South Korea": (("South Korean", "South Koreans"), ("Seoul",), ("Republic of Korea", "ROK")),
    "China": (("Chinese",), ("Beijing",), ("People's Republic of China", "PRC")),
    "Japan": (("Japanese",), ("Tokyo",), ()),
    "Taiwan": (("Taiwanese",), ("Taipei",), ()),
    "India": (("Indian", "Indians"), ("New Delhi", "Delhi"), ()),
    "Pakistan": (("Pakistani", "Pakistanis"), ("Islamabad",), ()),
    "Afghanistan": (("Afghan", "Afghans"), ("Kabul",), ()),
    "Iran": (("Iranian", "Iranians"), ("Tehran",), ()),
    "Iraq": (("Iraqi", "Iraqis"), ("Baghdad",), ()),
    "Syria": (("Syrian", "Syrians"), ("Damascus",), ()),
    "Israel": (("Israeli", "Israelis"), ("Jerusalem", "Tel Aviv"), ()),
    "Palestine": (("Palestinian", "Palestinians"), ("Ramallah",), ()),
    "Lebanon": (("Lebanese",), ("Beirut",), ()),
    "Jordan": (("Jordanian", "Jordanians"), ("Amman",), ()),
    "Saudi Arabia": (("Saudi", "Saudis"), ("Riyadh",), ()),
    "Yemen": (("Yemeni", "Yemenis"), ("Sanaa",), ()),
    "Qatar": (("Qatari",), ("Doha",), ()),
    "United Arab Emirates": (("Emirati",), ("Abu Dhabi",), ("UAE",)),
    "Turkey": (("Turkish", "Turks"), ("Ankara",), ("Türkiye",)),
    "Egypt": (("Egyptian", "Egyptians"), ("Cairo",), ()),
    "Libya": (("Libyan", "Libyans"), ("Tripoli",), ()),
    "Sudan": (("Sudanese",), ("Khartoum",), ()),
    "Ethiopia": (("Ethiopian", "Ethiopians"), ("Addis Ababa",), ()),
    "Somalia": (("Somali", "Somalis"), ("Mogadishu",), ()),
    "Kenya": (("Kenyan", "Kenyans"), ("Nairobi",), ()),
    "Nigeria": (("Nigerian", "Nigerians"), ("Abuja",), ()),
    "South Africa": (("South African", "South Africans"), ("Pretoria",), ()),
    "France": (("French",), ("Paris", "Elysee", "Élysée"), ()),
    "Germany": (("German", "Germans"), ("Berlin",), ()),
    "Italy": (("Italian", "Italians"), ("Rome",), ()),
    "Spain": (("Spanish", "Spaniards"), ("Madrid",), ()),
    "Portugal": (("Portuguese",), ("Lisbon",), ()),
    "Netherlands": (("Dutch",), ("The Hague", "Amsterdam"), ("Holland",)),
    "Belgium": (("Belgian", "Belgians"), ("Brussels",), ()),
    "Poland": (("Polish", "Poles"), ("Warsaw",), ()),
    "Hungary": (("Hungarian", "Hungarians"), ("Budapest",), ()),
    "Romania": (("Romanian", "Romanians"), ("Bucharest",), ()),
    "Belarus": (("Belarusian", "Belarusians"), ("Minsk",), ()),
    "Moldova": (("Moldovan", "Moldovans"), ("Chisinau",), ()),
    "Georgia": (("Georgian", "Georgians"), ("Tbilisi",), ()),
    "Armenia": (("Armenian", "Armenians"), ("Yerevan",), ()),
    "Azerbaijan": (("Azerbaijani", "Azeri"), ("Baku",), ()),
    "Kazakhstan": (("Kazakh",), ("Astana",), ()),
    "Sweden": (("Swedish", "Swedes"), ("Stockholm",), ()),
    "Norway": (("Norwegian", "Norwegians"), ("Oslo",), ()),
    "Finland": (("Finnish", "Finns"), ("Helsinki",), ()),
    "Denmark": (("Danish", "Danes"), ("Copenhagen",), ()),
    "Estonia": (("Estonian", "Estonians"), ("Tallinn",), ()),
    "Latvia": (("Latvian", "Latvians"), ("Riga",), ()),
    "Lithuania": (("Lithuanian", "Lithuanians"), ("Vilnius",), ()),
    "Czech Republic": (("Czech", "Czechs"), ("Prague",), ("Czechia",)),
    "Slovakia": (("Slovak", "Slovaks"), ("Bratislava",), ()),
    "Austria": (("Austrian", "Austrians"), ("Vienna",), ()),
    "Switzerland": (("Swiss",), ("Bern", "Geneva"), ()),
    "Greece": (("Greek", "Greeks"), ("Athens",), ()),
    "Serbia": (("Serbian", "Serbs"), ("Belgrade",), ()),
    "Ireland": (("Irish",), ("Dublin",), ()),
    "Canada": (("Canadian", "Canadians"), ("Ottawa",), ()),
    "Mexico": (("Mexican", "Mexicans"), ("Mexico City",), ()),
    "Brazil": (("Brazilian", "Brazilians"), ("Brasilia",), ()),
    "Argentina": (("Argentine", "Argentinian", "Argentines"), ("Buenos Aires",), ()),
    "Venezuela": (("Venezuelan", "Venezuelans"), ("Caracas",), ()),
    "Colombia": (("Colombian", "Colombians"), ("Bogota",), ()),
    "Chile": (("Chilean", "Chileans"), ("Santiago",), ()),
    "Cuba": (("Cuban", "Cubans"), ("Havana",), ()),
    "Australia": (("Australian", "Australians"), ("Canberra",), ()),
    "New Zealand": (("New Zealander", "New Zealanders", "Kiwi"), ("Wellington",), ()),
    "Indonesia": (("Indonesian", "Indonesians"), ("Jakarta",), ()),
    "Philippines": (("Filipino", "Filipinos", "Philippine"), ("Manila",), ()),
    "Vietnam": (("Vietnamese",), ("Hanoi",), ()),
    "Thailand": (("Thai",), ("Bangkok",), ()),
    "Myanmar": (("Burmese",), ("Naypyidaw",), ("Burma",)),
    "Malaysia": (("Malaysian", "Malaysians"), ("Kuala Lumpur",), ()),
    "Singapore": (("Singaporean", "Singaporeans"), (), ()),
    "Bangladesh": (("Bangladeshi", "Bangladeshis"), ("Dhaka",), ()),
    "Sri Lanka": (("Sri Lankan",), ("Colombo",), ()),
}  # fmt: skip

# Institutions whose name alone says whose they are.
INSTITUTIONS: dict[str, str] = {
    "Pentagon": "United States", "White House": "United States", "State Department": "United States",
    "Department of Defense": "United States", "Congress": "United States", "Senate": "United States",
    "CIA": "United States", "FBI": "United States", "Capitol Hill": "United States",
    "Kremlin": "Russia", "Duma": "Russia", "FSB": "Russia",
    "Downing Street": "United Kingdom", "Whitehall": "United Kingdom", "Westminster": "United Kingdom",
    "MI6": "United Kingdom", "Bundestag": "Germany", "Elysee": "France", "Élysée": "France",
    "Blue House": "South Korea", "NIS": "South Korea", "KCNA": "North Korea", "Knesset": "Israel",
    "IDF": "Israel", "Mossad": "Israel", "SBU": "Ukraine", "Verkhovna Rada": "Ukraine",
    "Justice Department": "United States", "Department of Justice": "United States",
    "Homeland Security": "United States", "National Weather Service": "United States", "FEMA": "United States",
    "CDC": "United States", "Secret Service": "United States",
    "Scotland Yard": "United Kingdom", "Metropolitan Police": "United Kingdom", "NHS": "United Kingdom",
    "Bundeswehr": "Germany", "Xinhua": "China", "TASS": "Russia", "RIA Novosti": "Russia", "Yonhap": "South Korea",
}  # fmt: skip

# International organisations are their own affiliation, under one name.
ORGANISATIONS: dict[str, str] = {
    "NATO": "NATO", "North Atlantic Treaty Organization": "NATO", "UN": "United Nations", "U.N.": "United Nations",
    "United Nations": "United Nations", "EU": "European Union", "European Union": "European Union",
    "G7": "G7", "G20": "G20", "IAEA": "IAEA", "International Atomic Energy Agency": "IAEA", "IMF": "IMF",
    "International Monetary Fund": "IMF", "World Bank": "World Bank", "WHO": "WHO",
    "World Health Organization": "WHO", "World Health Organisation": "WHO", "UNICEF": "UNICEF",
    "UNHCR": "UNHCR", "UN refugee agency": "UNHCR", "OCHA": "OCHA", "UNRWA": "UNRWA", "WFP": "WFP",
    "World Food Programme": "WFP", "Red Cross": "Red Cross", "ICRC": "Red Cross",
    "International Committee of the Red Cross": "Red Cross", "Red Crescent": "Red Crescent",
    "Amnesty International": "Amnesty International", "Amnesty": "Amnesty International",
    "Human Rights Watch": "Human Rights Watch", "HRW": "Human Rights Watch",
    "Doctors Without Borders": "MSF", "MSF": "MSF", "European Commission": "European Union",
    "European Parliament": "European Union", "European Council": "European Union", "Interpol": "Interpol",
    "OPEC": "OPEC", "African Union": "African Union", "ASEAN": "ASEAN", "Arab League": "Arab League",
    "OSCE": "OSCE", "International Criminal Court": "ICC", "ICC": "ICC", "WTO": "WTO",
    "World Trade Organization": "WTO", "OECD": "OECD",
}  # fmt: skip


def _index() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    demonyms, metonyms, names = {}, {}, {}
    for country, (nationalities, seats, others) in COUNTRIES.items():
        names[country.lower()] = country
        names["the " + country.lower()] = country
        for word in nationalities:
            demonyms[word.lower()] = country
        for word in seats:
            metonyms[word.lower()] = country
        for word in others:
            names[word.lower()] = country
    return demonyms, metonyms, names


DEMONYMS, METONYMS, COUNTRY_NAMES = _index()


def _lookup_key(text: str) -> str:
    return text.strip().removesuffix("'s").removesuffix("’s").strip().lower().removeprefix("the ")


def country_named(text: str) -> str | None:
    """The country a name, nationality word or capital stands for (not institutions)."""
    key = _lookup_key(text)
    return COUNTRY_NAMES.get(key) or DEMONYMS.get(key) or METONYMS.get(key)


def nationality_noun(word: str) -> bool:
    """A noun naming a person by nationality ("Dutchman", "Frenchwoman"); not a country's own word ("German")."""
    stem = re.sub(r"(wo)?m[ae]n$", "", word)
    return stem != word and word[:1].isupper() and country_named(stem) is not None


def organisation_named(text: str) -> str | None:
    """The one name of an international organisation ("UN" and "United Nations" -> "United Nations")."""
    return _ORGANISATIONS_LOWER.get(_lookup_key(text))


def country_of_word(text: str) -> str | None:
    """The country a name, nationality word, capital or institution stands for, if the table knows it."""
    key = text.strip().removesuffix("'s").removesuffix("’s").strip().lower()
    key_no_the = key.removeprefix("the ")
    for table in (COUNTRY_NAMES, DEMONYMS, METONYMS):
        if key in table:
            return table[key]
        if key_no_the in table:
            return table[key_no_the]
    return _INSTITUTIONS_LOWER.get(key_no_the) or _ORGANISATIONS_LOWER.get(key_no_the)


def _lowered(table: dict[str, str]) -> dict[str, str]:
    """A table keyed by its lower-cased names, the first of two names that lower-case alike winning (as a scan
    in table order would)."""
    lowered: dict[str, str] = {}
    for name, value in table.items():
        lowered.setdefault(name.lower(), value)
    return lowered


_INSTITUTIONS_LOWER = _lowered(INSTITUTIONS)  # read-only look-ups (country_of_word runs on every candidate word)
_ORGANISATIONS_LOWER = _lowered(ORGANISATIONS)


# US states by their AP Stylebook abbreviations (a fixed public list; Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas
# and Utah are never abbreviated), the full stop dropped as clean_name drops it. Left out: "Ga." (Georgia is also a
# country of the table above) and "Wash." (Washington is the United States' seat above).
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ill": "Illinois", "Ind": "Indiana",
    "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts",
    "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana",
    "Neb": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire", "N.J": "New Jersey", "N.M": "New Mexico",
    "N.Y": "New York", "N.C": "North Carolina", "N.D": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon",
    "Pa": "Pennsylvania", "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota", "Tenn": "Tennessee",
    "Vt": "Vermont", "Va": "Virginia", "W.Va": "West Virginia", "Wis": "Wisconsin", "Wisc": "Wisconsin",
    "Wyo": "Wyoming",
}  # fmt: skip


def us_state_named(text: str) -> str | None:
    """The US state an AP abbreviation names, alone or in a member's party label ("Fla.", "R-Fla.", "D-N.Y.")."""
    key = re.sub(r"^[RDI]-\s*", "", text.strip()).removesuffix(".")
    return US_STATE_ABBREVIATIONS.get(key)
