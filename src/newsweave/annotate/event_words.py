"""The word classes event detection reads, kept apart from the parse logic so they can be read on their own.

A happening is named by any verb outside three closed classes (saying, thinking, and the light or
aspectual verbs that only carry another verb), or by a noun of the happening kind ("the crash", "the
derailment", "an earthquake"). The coarse `type` groups verbs and nouns of one kind of happening.
"""

from __future__ import annotations

from newsweave.annotate.speech_words import SPEECH_VERBS

# Verbs of thinking, perceiving states and wanting: they report a mind, not a step of the story.
COGNITIVE_VERBS = {
    "think", "believe", "know", "feel", "expect", "hope", "want", "wish", "seem", "appear", "understand",
    "remember", "consider", "wonder", "fear", "doubt", "suppose", "realize", "realise", "guess", "assume",
    "suspect", "imagine", "like", "love", "hate", "prefer", "mean", "intend", "plan", "need", "deserve",
    "accord", "regard", "view", "deem", "worry", "care", "mind", "trust", "estimate", "base", "relate",
    "decide", "choose",
}  # fmt: skip
# Light, aspectual and linking verbs: "began to", "tried to", "has become", "kept", "let".
LIGHT_VERBS = {
    "be", "have", "do", "get", "become", "begin", "start", "continue", "keep", "remain", "stay", "try",
    "let", "seem", "tend", "manage", "fail", "use", "include", "involve", "look", "sound", "happen", "occur",
    "rank", "make", "take", "put", "set", "see", "show", "call", "name",
}  # fmt: skip
# Telling, hearing and recalling, besides the verbs of saying proper: "Speaking to the BBC, he recalled ...".
TELLING_VERBS = {
    "speak",
    "talk",
    "recall",
    "describe",
    "hear",
    "listen",
    "read",
    "quote",
    "cite",
    "thank",
    "ask",
    "suggest",
    "dismiss",
    "accuse",
    "blame",
    "praise",
    "criticise",
    "criticize",
    "condemn",
}
# A verb of saying that announces a thing rather than a clause ("announced his retirement") is an event.
OBJECT_SPEECH = {"announce", "reveal", "disclose", "unveil", "confirm"}
# Objects that make a verb a stance or a comment: "raised concerns", "raises questions", "sounded the alarm".
MENTAL_OBJECTS = {
    "concern", "alarm", "question", "fear", "doubt", "hope", "worry", "stake", "eyebrow", "possibility",
    "chapter", "issue", "point", "attention", "interest", "view", "opinion", "sympathy", "condolence", "support",
}  # fmt: skip
NOT_EVENTS = (SPEECH_VERBS | TELLING_VERBS | COGNITIVE_VERBS | LIGHT_VERBS) - OBJECT_SPEECH

# Nouns that name a happening (the heads ECB+ annotates as actions most often, and their news kin).
EVENT_NOUNS = {
    "accident", "acquisition", "arrest", "arson", "assassination", "assault", "attack", "battle", "blast",
    "blaze", "bombing", "ceasefire", "clash", "collapse", "collision", "conviction", "crash", "death",
    "derailment", "disaster", "earthquake", "election", "eruption", "evacuation", "execution", "explosion",
    "fire", "firing", "flood", "flooding", "heist", "hijacking", "incident", "injury", "invasion",
    "kidnapping", "killing", "landslide", "merger", "murder", "outage", "overdose", "protest", "quake",
    "raid", "rescue", "resignation", "riot", "robbery", "sentencing", "shelling", "shooting", "stabbing",
    "storm", "strike", "suicide", "takeover", "temblor", "trial", "tsunami", "verdict", "victory", "vigil",
    "war", "wildfire", "withdrawal", "deployment", "offensive", "airstrike", "crackdown",
    "derailing", "hurricane", "typhoon", "tornado", "funeral", "inquest", "investigation", "sanctions",
    "deal", "agreement", "negotiation", "talks", "offer", "damage", "attempt", "operation", "win", "defeat",
    "outbreak", "epidemic", "pandemic", "emergency", "lockdown", "ban", "leak", "hack", "breach",
}  # fmt: skip

# Coarse kinds of happening, verbs and nouns alike; a verb or noun without one is its own kind.
EVENT_TYPES = {
    "deploy": "deploy", "send": "deploy", "dispatch": "deploy", "station": "deploy", "position": "deploy",
    "mobilize": "deploy", "mobilise": "deploy", "deployment": "deploy",
    "attack": "attack", "strike": "attack", "shell": "attack", "bomb": "attack", "clash": "attack",
    "fight": "attack", "engage": "attack", "invade": "attack", "raid": "attack", "target": "attack",
    "shoot": "attack", "bombing": "attack", "shelling": "attack", "airstrike": "attack", "assault": "attack",
    "invasion": "attack", "offensive": "attack", "shooting": "attack", "stab": "attack", "stabbing": "attack",
    "meet": "meet", "visit": "meet", "host": "meet",
    "condemn": "condemn", "denounce": "condemn", "criticize": "condemn", "criticise": "condemn",
    "sanction": "sanction", "sanctions": "sanction",
    "supply": "supply", "provide": "supply", "deliver": "supply", "ship": "supply", "export": "supply",
    "agree": "agree", "sign": "agree", "ratify": "agree", "approve": "agree",
    "arrest": "arrest", "detain": "arrest", "capture": "arrest", "apprehend": "arrest",
    "kill": "kill", "murder": "kill", "killing": "kill", "die": "die", "death": "die",
    "injure": "injure", "wound": "injure", "hurt": "injure", "injury": "injure",
    "announce": "announce", "launch": "launch", "fire": "launch", "test": "launch",
    "summon": "summon", "expel": "summon", "withdraw": "withdraw", "retreat": "withdraw", "withdrawal": "withdraw",
    "threaten": "warn", "demand": "demand",
    "crash": "crash", "collide": "crash", "collision": "crash", "derail": "crash", "derailment": "crash",
    "overturn": "crash", "accident": "crash", "derailing": "crash",
    "earthquake": "earthquake", "quake": "earthquake", "temblor": "earthquake",
    "blaze": "fire", "wildfire": "fire", "burn": "fire",
    "charge": "charge", "prosecute": "charge", "indict": "charge",
    "convict": "convict", "conviction": "convict", "sentence": "sentence", "sentencing": "sentence",
    "acquire": "acquire", "acquisition": "acquire", "buy": "acquire", "purchase": "acquire", "takeover": "acquire",
    "resign": "resign", "resignation": "resign", "quit": "resign", "step": "resign",
}  # fmt: skip

PLACE_PREPS = {"in", "into", "near", "at", "across", "inside", "outside", "on", "off", "through", "along"}
TARGET_PREPS = {"against", "on", "at", "to", "with", "into"}  # a named target may follow these
