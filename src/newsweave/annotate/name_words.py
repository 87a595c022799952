"""Words that say what a name names, read where spaCy is not loaded (merging a story's entities).

A noun written before a name or in apposition to it ("the Panamanian law firm Mossack Fonseca", "German
daily Sueddeutsche Zeitung") makes the name a body, not a person, whatever the model tagged. A given name
and its nickname ("Christine" / "Chrissy") name one person when the surname is the same.
"""

from __future__ import annotations

from functools import cache

from nicknames import NickNamer

# Nouns that say a name is a body, not a person, when written before it or in apposition to it.
BODY_NOUNS = {
    "firm", "company", "corporation", "bank", "newspaper", "daily", "paper", "tabloid", "broadcaster", "network",
    "magazine", "website", "airline", "publisher", "agency",
}  # fmt: skip


# Words of office and address that, capitalised before a name, make it a person's name.
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "secretary", "secretary-general", "general", "spokesman",
    "spokeswoman", "spokesperson", "ambassador", "director", "chancellor", "king", "queen", "prince",
    "princess", "senator", "sen.", "governor", "gov.", "mayor", "chief", "commander", "deputy", "envoy",
    "chairman", "chairwoman", "chair", "ceo", "leader", "lawmaker", "representative", "rep.", "mr", "mr.",
    "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen.", "col.", "colonel", "lt.", "lieutenant", "admiral",
    "pope", "sheikh", "judge", "justice", "professor", "prof.", "captain", "capt.", "sergeant", "sgt.",
    "major", "marshal", "officer", "official", "adviser", "advisor", "inspector", "commissioner",
    "attorney", "speaker", "premier", "emir", "ayatollah", "cardinal", "bishop", "rabbi", "imam",
    "head", "coach", "founder", "analyst", "correspondent", "editor", "reporter", "sheriff", "detective",
    "det.", "superintendent", "supt.", "reverend", "rev.", "pastor", "trooper", "constable", "corporal", "cpl.",
    "prosecutor", "pollster",
}  # fmt: skip
# Titles that make a name with the name they precede ("Queen Elizabeth", "Pope Francis"): kept in the name.
STYLED_TITLES = {
    "king", "queen", "prince", "princess", "pope", "sheikh", "emir", "ayatollah", "cardinal", "lord", "lady", "sir",
}  # fmt: skip
# Words that qualify an office; an "organisation" made only of these and titles is a model error.
OFFICE_WORDS = {
    "defence", "defense", "foreign", "interior", "finance", "security", "intelligence", "national",
    "executive", "affairs", "ministry", "department", "office",
}  # fmt: skip
# The department a cabinet office is "of" ("Secretary of State", "Attorney General"'s "Justice"): after "<title> of"
# the word names the office, no body ("State said", "the State Department" stay bodies).
DEPARTMENT_WORDS = {
    "state", "defense", "defence", "treasury", "justice", "interior", "agriculture", "commerce", "labor", "labour",
    "health", "education", "energy", "transportation", "transport", "housing", "war", "finance", "foreign",
}  # fmt: skip
# Agencies whose credit opens a photo caption line ("EPA Preparations for New Year's Eve are underway", "AFP Police
# made a number of arrests"): the credit is no part of the name the model runs it into.
PHOTO_CREDITS = {"AFP", "EPA", "AP", "PA", "Reuters", "REUTERS", "Getty", "GETTY", "Shutterstock", "Alamy", "REX"}


def is_team_of(words: list[str]) -> bool:
    """A name opened by "Team" ("Team Clinton", "Team GB") is a campaign or a side named after someone or a
    place, a body and never a person, whatever word follows."""
    return len(words) > 1 and words[0] == "Team"


# Words that end a title's head noun phrase: what follows them says where or what of ("governor of Mexico's
# central bank" is a governor, not a bank).
_TITLE_PREPOSITIONS = frozenset({"of", "at", "for", "in", "with", "from", "to", "on"})
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})


def is_body_title(title: str) -> bool:
    """A "title" whose head noun makes a name a body: "Panamanian law firm", "German daily"; not "former governor
    of Mexico's central bank" (a person's office at a body)."""
    words = title.lower().split()
    if words and words[0] in _RELATIVE_PRONOUNS:
        return False  # "who built a conservative-leaning network from scratch": a clause about a person
    cut = next((i for i, w in enumerate(words) if w in _TITLE_PREPOSITIONS), len(words))
    return cut > 0 and words[cut - 1] in BODY_NOUNS


@cache
def nick_namer() -> NickNamer:
    """The nicknames table (loaded once, on first use)."""
    return NickNamer()


def is_given_name(word: str) -> bool:
    """A given name the nicknames table knows ("Robert", "Chrissy"), not a word of description ("Actress")."""
    namer, word = nick_namer(), word.lower()
    return bool(namer.nicknames_of(word) or namer.canonicals_of(word))


def same_given_name(a: str, b: str) -> bool:
    """One given name, or a nickname of the other with the same initial ("Pat" / "Patrick", "Chrissy" /
    "Christine"; not "Bill" / "William", which would let any W. join any B.)."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    if a[:1] != b[:1]:
        return False
    namer = nick_namer()
    return b in namer.nicknames_of(a) or a in namer.nicknames_of(b)
