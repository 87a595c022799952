"""Who asserts something, as a typed record: the phrase as written, who it is, and whether that kind of
phrase can make a statement at all (a named actor, an official, a poll's respondents; not "the stance")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsweave.annotate.entities import TITLE_WORDS
from newsweave.annotate.speech_words import (
    FINDING_NOUNS,
    FINDING_VERBS,
    RESPONDENTS,
    SOMEONE,
    SOURCE_NOUNS,
    SPEECH_VERBS,
)
from newsweave.model import Entity


@dataclass
class Source:
    """Who asserts something: the phrase as written, and who it is (a resolved person, a named body)."""

    text: str
    start: int
    end: int
    name: str
    entity: Entity | None = None
    affiliation: str | None = None
    resolved: bool = False  # a pronoun or title that was traced back to a name
    is_named: bool = False  # the phrase's head is the entity (not "North Korea's stance")

    def can_speak(self, head: Token, verb: Token | None = None) -> bool:
        """A named or resolved actor, a noun of the kind that makes statements, or any noun that is the
        subject of a verb of saying proper. A natural place never speaks ("Seychelles, an Indian Ocean
        archipelago often described as a tax haven", parsed as the archipelago describing)."""
        if head.ent_type_ == "LOC" or (self.entity is not None and self.entity.type == "LOC" and not self.resolved):
            return False
        if verb is not None and verb.lemma_.lower() in SPEECH_VERBS and head.pos_ in ("NOUN", "PROPN"):
            return True
        if verb is not None and verb.lemma_.lower() in SPEECH_VERBS and head.lower_ in SOMEONE:
            return True  # "someone in the audience shouted", "some chanted"
        if verb is not None and verb.lemma_.lower() in FINDING_VERBS and head.lemma_.lower() in FINDING_NOUNS:
            return True  # what a slide, a chart or an average shows: "Another slide shows that eight of 10 ..."
        if head.lower_ in RESPONDENTS or (head.like_num and head.dep_.startswith("nsubj")):
            return True  # a share of those polled: "64 percent call him competent", "less than a third agreed"
        if head.pos_ == "NOUN" and head.text[:1].isupper() and head.i > head.sent.start and not _title_case(head.sent):
            return True  # a name the tagger took for a common noun ("Trump described ...")
        return (
            self.is_named
            or self.resolved
            or (head.pos_ == "PROPN" and (bool(head.ent_type_) or not _title_case(head.sent)))
            or head.lower_ in SOURCE_NOUNS
            or head.lower_ in TITLE_WORDS
            or head.lemma_.lower() in SOURCE_NOUNS
        )


def _title_case(sent) -> bool:
    """A headline in title case, where a capital says nothing about a name."""
    words = [t for t in sent if t.is_alpha and not t.is_stop]
    return sum(t.text[:1].isupper() for t in words) > 0.6 * len(words)
