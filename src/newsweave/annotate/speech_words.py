"""The words attribution reads: reporting verbs, verbs of saying proper, nouns that can speak, nouns
that refer back to a body, and the markers that end an attributed passage. Kept apart from the
resolution logic (attribution.py) so that the lists can be read and extended on their own."""

from __future__ import annotations

REPORTING_VERBS = {
    "say", "tell", "state", "add", "note", "warn", "claim", "confirm", "announce", "report", "describe",
    "explain", "argue", "suggest", "insist", "emphasize", "emphasise", "stress", "acknowledge", "admit",
    "deny", "believe", "estimate", "predict", "mention", "highlight", "underscore", "speculate",
    "indicate", "reveal", "declare", "assert", "allege", "accuse", "urge", "write", "testify", "maintain",
    "contend", "reply", "respond", "recall", "concede", "comment", "observe", "remark", "think",
    "expect", "fear", "hope", "worry", "promise", "vow", "pledge", "threaten", "imply", "caution",
    "signal", "disclose", "assure", "demand", "ask", "conclude", "find", "show", "feel", "doubt",
    "reckon", "tweet", "post", "frame", "characterize", "characterise", "label", "dismiss", "project",
    "forecast", "calculate", "count", "put", "brief", "agree", "recount", "quote", "cite", "detail",
    "point", "stat", "articulate", "reiterate", "proclaim", "assess", "judge", "advise", "recommend",
    "quip", "joke", "wonder", "exclaim", "complain", "lament", "boast", "retort", "muse", "plead", "scoff",
    "shout", "whisper", "snap", "counter", "concur", "gush", "chide", "rail", "know",
} | {
    # Cue verbs of PolNeAR train's attributions that this list lacked (single-verb cue spans, lemma: count):
    # blast 23, slam 17, recognize 13, remind 12, share 10, answer 8, assail 6, email 6, outline 5,
    # hint 4. "learn" and "charge" add more wrong sources than right ones on train; "compare" is mostly
    # "compared with", a preposition.
    # Kept those that raise train's source-right count without lowering precision; "seem", "appear",
    # "decline", "seek", "refuse", "plan" are more frequent but report nothing by themselves, and "echo" (9)
    # cost a right source on dev ("members echo her concerns, ... as a memo put it").
    "blast", "slam", "recognize", "remind", "share", "answer", "assail", "email", "outline", "hint",
}  # fmt: skip
# Verbs that report through "X as Y" rather than a that-clause: "framing them as a security measure".
FRAMING_VERBS = {
    "frame",
    "describe",
    "characterize",
    "characterise",
    "label",
    "dismiss",
    "call",
    "brand",
    "portray",
}
# Verbs that name who worded a quote after it: '... the "end of equality," as Wendt phrased it', "as he put it".
PHRASING_VERBS = {"phrase", "put", "word", "term", "say", "describe"}
# Nouns that name what is quoted right after them, a name or a title, not words said: 'under the pseudonym “Carlos
# Danger”', 'on the podcast “Here's the Thing.”', 'the documentary “Weiner.”'.
NAMING_NOUNS = {"pseudonym", "alias", "nickname", "moniker", "podcast", "documentary", "film", "movie", "novel",
                "album", "song", "sitcom", "hashtag", "handle", "codename"}  # fmt: skip
# Nouns that introduce the words quoted right after them: 'after uttering the words, "I'm retiring."'.
WORDS_NOUNS = {"words", "phrase", "line", "lines", "message"}
# Verbs of judging that report only a judgement: "X as Y" ("he sees Cruz as a uniter") or, for the last two, a
# small clause ("voters consider Clinton honest"); "consider how others might respond" reports nothing.
REGARD_VERBS = {"see", "view", "regard", "consider", "deem"}
# Verbs of saying proper: whatever noun is their subject is speaking ("Health bosses said that ...").
# Other reporting verbs ("images showed", "the data suggest") need a subject of the kind that speaks; so does
# "stress" ("the Roadster's weight would not stress the lift capability" strains, it does not say).
SPEECH_VERBS = {
    "say", "tell", "state", "add", "announce", "report", "confirm", "claim", "write", "note", "insist",
    "explain", "warn", "tweet", "post", "declare", "deny", "admit", "testify", "reply", "respond", "comment",
    "remark", "allege", "assert", "emphasize", "emphasise", "acknowledge", "disclose", "reveal",
    "argue", "contend", "maintain", "reiterate", "recount", "mention", "concede", "urge", "promise", "vow",
    "quip", "joke", "wonder", "exclaim", "complain", "lament", "boast", "retort", "muse", "plead", "scoff",
    "shout", "whisper", "snap", "counter", "gush", "chide", "rail", "advise", "yell", "chant", "scream", "cry",
    "affirm", "mouth",
    "remind", "hint", "answer", "email",  # from PolNeAR train's cues, as in REPORTING_VERBS
}  # fmt: skip
# Shares of the people polled: "64 percent call him competent", "a majority said".
RESPONDENTS = {"percent", "majority", "majorities", "minority", "third", "thirds", "half", "quarter", "quarters",
               "plurality", "percentage", "share"}  # fmt: skip
# Indefinite pronouns that speak when their verb is one of saying: "someone in the audience shouted".
SOMEONE = {"someone", "somebody", "some", "many", "others", "one", "another", "anyone", "everyone", "few", "several",
           "most"}  # fmt: skip
# An adverbial clause opened by one of these is the circumstance of the report, not what is reported:
# "reported its third case after two other cases were revealed".
CIRCUMSTANCE_MARKS = {"after", "before", "when", "while", "since", "until", "once", "as", "because", "although"}
# Definite references to a body named earlier: "the company said", "the news agency said".
BODY_NOUNS = {
    "company", "firm", "group", "agency", "commission", "ministry", "department", "newspaper", "paper",
    "organisation", "organization", "committee", "council", "coalition", "union", "office", "authority",
    "bank", "startup", "network", "outlet", "institute", "center", "centre", "board", "hospital",
    "university", "court", "administration", "army", "military", "government", "service", "broadcaster",
    "fund",
}  # fmt: skip
# What a body issues and then "says" ("the statement said"): it speaks for whoever issued it.
ISSUED_NOUNS = {"statement", "announcement", "release", "communique", "communiqué", "letter"}
ISSUING_VERBS = {"issue", "release", "publish", "put", "post", "send", "make"}
# Heads that are the body itself when a name modifies them ("the G7 nations" is G7), unlike the people
# of a body, who keep their own words ("White House advisers", "an Associated Press journalist").
MEMBER_NOUNS = {"nations", "countries", "states", "members", "governments", "allies", "partners"}
# Generic sources that speak for a state: without a country of their own they speak for the story's country.
OFFICIAL_NOUNS = {"official", "officials", "authorities", "authority", "police", "government", "ministry", "military",
                  "army", "administration", "prosecutors", "investigators", "regulators"}  # fmt: skip
PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_GROUP = {"they", "them", "we"}
PASSAGE_HOPS = 3  # sentences back an attributed passage carries its source (3 reaches every carry-over of the gold
# files and 4 credits a figure the plague gold leaves unsourced; on PolNeAR train hops 2-4 are as precise as hop 1)
HEDGES = {"reportedly", "allegedly", "purportedly", "apparently"}
VOICE_OPENERS = {"however", "but", "meanwhile", "still", "yet", "nevertheless", "nonetheless", "despite"}
CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "parataxis", "dobj", "conj"}
SKIP_IN_SOURCE = {"relcl", "acl", "advcl", "punct", "appos"}


# Common nouns that can be the source of a statement (people, bodies, documents that report).
SOURCE_NOUNS = {
    "official", "officials", "expert", "experts", "analyst", "analysts", "report", "reports", "intelligence",
    "ministry", "government", "administration", "media", "authorities", "authority", "source", "sources",
    "leader", "leaders", "diplomat", "diplomats", "observer", "observers", "critic", "critics", "scientist",
    "scientists", "researcher", "researchers", "study", "survey", "poll", "statement", "police", "cops", "military",
    "army", "commander", "commanders", "witness", "witnesses", "resident", "residents", "people", "group",
    "groups", "agency", "agencies", "spokesman", "spokeswoman", "spokesperson", "minister", "president",
    "officer", "officers", "lawmaker", "lawmakers", "scholar", "scholars", "strategist", "strategists",
    "campaign", "committee", "council", "court", "judge", "prosecutor", "prosecutors", "investigator",
    "investigators", "document", "documents", "data", "figures", "estimate", "estimates", "allies", "ally",
    "nations", "countries", "state", "states", "company", "firm", "bank", "union", "party", "voters",
    "aide", "aides", "adviser", "advisers", "advisor", "advisors", "member", "members", "representative",
    "representatives", "democrats", "republicans", "candidate", "candidates", "economist", "economists",
    "doctor", "doctors", "worker", "workers", "activist", "activists", "family", "friends", "staff",
    "polling", "polls", "surveys", "studies", "results", "research", "analysis", "supporters", "opponents",
    "respondents",
}  # fmt: skip
# Speech acts reported without a that-clause: "urged Madrid to act", "denied paying a ransom", "pressed Clinton
# to do more".
ACT_VERBS = {"urge", "warn", "ask", "advise", "tell", "order", "instruct", "encourage", "recommend", "deny", "admit",
             "claim", "accuse", "press", "push", "pressure", "implore", "beg", "call", "challenge"}  # fmt: skip
# Acts that charge or credit someone "of" or "for" something: "accused Clinton of using divisive rhetoric".
CHARGE_VERBS = {"accuse", "blame", "criticize", "criticise", "praise", "thank", "fault", "credit", "commend", "condemn",
                "attack", "slam", "blast", "chide", "scold", "rebuke", "applaud"}  # fmt: skip
OBJECT_ACTS = {"deny", "admit", "claim"}  # "claimed responsibility for the attack"
# Nouns that report what follows them in a that-clause: "a declaration by China's health chiefs that ...".
REPORT_NOUNS = {"declaration", "statement", "announcement", "claim", "warning", "assertion", "admission",
                "assurance", "insistence", "suggestion", "acknowledgment", "acknowledgement", "allegation", "remark",
                "comment", "promise", "pledge", "vow", "belief", "argument", "contention", "charge", "accusation",
                "prediction", "hope", "fear", "concern", "worry", "threat", "boast", "view", "notion", "assessment",
                "estimate", "conclusion", "complaint", "message", "report"}  # fmt: skip
# What carries someone's words, and the gatherings that voice them: the subject of the clause words are quoted
# in speaks for them though its verb is not one of saying ("The ad targets a “corrupt political system”").
VOICE_NOUNS = {
    "ad", "advert", "advertisement", "commercial", "message", "letter", "email", "e-mail", "memo", "note", "tweet",
    "post", "petition", "book", "memoir", "editorial", "column", "op-ed", "essay", "headline", "slogan", "chant",
    "video", "release", "document", "cable",
    "speech", "narrator", "answer", "response", "reply", "campaign", "platform", "bill", "law", "act", "ruling",
    "opinion", "filing", "suit", "lawsuit", "complaint", "order", "guidance", "rules", "piece", "footnote", "paper",
    "crowd", "audience", "team", "board", "staff", "staffer", "aide", "aides", "friend", "party", "office",
}  # fmt: skip
# Documents whose publisher speaks through them: "the report says" -> the paper it appeared in.
DOCUMENT_NOUNS = {"report", "study", "survey", "article", "story", "analysis", "investigation", "review", "poll"}
# What reports findings rather than words: all its verb's phrases carry what it found, not only a clause ("A CNN/ORC
# poll showed Mr. Trump leading Mr. Cruz nationally, 45 percent to 18 percent", "Polls show Clinton up by 10 points").
FINDING_NOUNS = DOCUMENT_NOUNS | {"data", "result", "average", "research", "filing", "record", "file", "tally",
                                  "finding", "projection", "count", "audit", "slide", "chart", "graph", "table", "map",
                                  "presentation", "document"}  # fmt: skip
# Verbs by which such a thing states what it found: "Another slide shows that eight of 10 avocados ...".
FINDING_VERBS = {"show", "find", "indicate", "suggest", "reveal", "estimate", "project", "put", "predict", "count"}
# Stances and speech acts whose object is what is reported ("Obama announced a series of steps", "the
# senators criticized the draft platform", "a poll showed Trump leading"): PolNeAR's attributions.
OBJECT_REPORTS = {
    "announce", "mention", "criticize", "criticise", "endorse", "support", "praise", "defend", "oppose", "back",
    "denounce", "condemn", "decry", "blast", "slam", "tout", "applaud", "challenge", "question", "discuss",
    "cite", "reject", "welcome", "blame", "mock", "dismiss", "embrace", "champion", "advocate", "propose",
    "show", "describe", "deny", "admit", "claim", "confirm", "predict", "estimate", "reveal", "disclose",
    "express", "voice", "acknowledge", "highlight", "stress", "emphasize", "emphasise", "repeat", "reiterate",
    "promise", "pledge", "vow", "recommend", "suggest", "fear", "expect", "want", "prefer", "favor", "favour",
    "say", "write", "tweet", "report", "explain", "attack", "offer", "recall",
}  # fmt: skip
# Verbs of speaking about something: "talked about his record", "commented on the ruling".
ABOUT_VERBS = {"talk", "speak", "ask", "comment", "focus", "write", "complain", "boast", "brag", "testify", "argue",
               "warn", "joke", "muse", "rail", "speculate"}  # fmt: skip
# Verbs that point at what they speak of with "to": "referring to the attacks", "pointed to Cruz's organisation".
POINTING_VERBS = {"refer", "point", "allude"}
# Lemmas the tagger gets wrong for a verb of the lists above: "hoping" -> "hop".
LEMMA_FIXES = {"hoping": "hope", "hopes": "hope", "hoped": "hope"}
# Verbs that introduce quoted words only when the quote is beside them: '“Honestly,” he continued, “...”'.
QUOTE_VERBS = {"continue", "interrupt", "yell", "scream", "chant", "sing", "laugh", "sigh", "chime", "interject",
               "affirm", "mouth", "cry"}  # fmt: skip
