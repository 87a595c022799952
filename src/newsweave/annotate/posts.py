"""Embedded social posts as quotations: the author of a tweet or an Instagram post placed in an article speaks.

The cleaner keeps a post's text and records its author (`Article.posts`). Here each post becomes a direct
quote of its author, the author an actor of the article (the entity already named so, or a new one: an
organisation when its name is one, else a person), and a figure inside the post a claim the author
asserts. A sentence just before a post whose speaker is an indefinite person ("Another wondered why
...", "One user asked ...") introduces that post: its speaker is the post's author.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newsweave.annotate.acronyms import is_acronym
from newsweave.annotate.doc_arrays import doc_text
from newsweave.annotate.entities import TITLE_WORDS
from newsweave.annotate.knowledge import country_of_word, organisation_named
from newsweave.annotate.name_spans import INSTITUTION_NOUNS
from newsweave.annotate.speech_words import REPORTING_VERBS
from newsweave.model import Article, Claim, EmbeddedPost, Entity, Quote

# The verb a post's quote is credited with, by platform.
_CUE = {"twitter": "tweeted", "instagram": "posted", "facebook": "posted", "tiktok": "posted"}
# Words that make a display name an organisation's ("City of Springfield", "The Nigerian Senate").
_ORGANISATION_WORDS = INSTITUTION_NOUNS | {
    "senate", "city", "county", "university", "college", "school", "hospital", "party", "news", "times", "post",
    "inc", "inc.", "ltd", "llc", "corp", "co.", "company", "group", "association", "foundation", "union", "team",
    "club", "network", "tv", "radio", "museum", "library", "church", "army", "navy", "force", "forces", "house",
    "zoo", "official", "hq",
}  # fmt: skip
# An indefinite speaker: "another", "one", "someone", or a common noun under one of these ("one user").
_INDEFINITE = {"another", "one", "someone", "somebody", "other", "a", "an"}
_ADDRESS = re.compile(r"^(?:https?://|www\.|pic\.twitter\.com/|[@#]\w)", re.I)
_TRAILING_LINKS = re.compile(r"(?:\s*(?:https?://\S+|pic\.twitter\.com/\S+|[⬇️↓👇]+))+\s*$")


def _words(name: str) -> list[str]:
    return [w.strip(".,'’").lower() for w in name.split()]


def _without_title(name: str) -> tuple[str, list[str]]:
    """The name without leading titles ("Governor Kristi Noem" -> "Kristi Noem", ["Governor"])."""
    words = name.split()
    cut = 0
    while cut < len(words) - 1 and words[cut].lower() in TITLE_WORDS:
        cut += 1
    return " ".join(words[cut:]), words[:cut]


def _type_of(name: str) -> str:
    """ORG when the name is an organisation's (a body's noun, an acronym as the entities read it, a word with
    digits or a web address, a known organisation or country), else PERSON."""
    words = set(_words(name))
    if words & _ORGANISATION_WORDS or organisation_named(name) or country_of_word(name):
        return "ORG"
    if any((is_acronym(w) and w.isalpha()) or re.search(r"\d|\.(?:com|org|net|gov)\b", w) for w in name.split()):
        return "ORG"
    return "PERSON"


def _known(name: str, entities: list[Entity]) -> Entity | None:
    """The article's entity of that name (or one of its aliases), a person's or an organisation's."""
    key = name.lower()
    return next(
        (
            e
            for e in entities
            if e.type in ("PERSON", "ORG") and key in {n.lower() for n in (e.name, *e.aliases)} and e.mentions
        ),
        None,
    )


def _author(post: EmbeddedPost, entities: list[Entity], article_id: str) -> Entity:
    """The post's author as an actor of the article: the entity already named so, or a new one."""
    name, titles = _without_title(post.author)
    entity = _known(name, entities) or _known(post.author, entities)
    if entity is None:
        numbers = [int(m.group(1)) for e in entities if (m := re.search(r":e(\d+)$", e.id))]
        entity = Entity(
            id=f"{article_id}:e{max(numbers, default=-1) + 1}",
            article=article_id,
            name=name,
            type=_type_of(post.author),
        )
        entities.append(entity)
    entity.titles += [t for t in titles if t not in entity.titles]
    entity.mentions = sorted({*entity.mentions, (post.start, post.end)})  # the author speaks here
    return entity


def _content_end(text: str, start: int, end: int) -> int:
    """The end of the post's words, before the links and arrows that close it."""
    match = _TRAILING_LINKS.search(text[start:end])
    return start + match.start() if match and match.start() > 0 else end


def _indefinite(subject: Span | None) -> bool:
    if subject is None:
        return False
    root = subject.root
    if root.lower_ in _INDEFINITE and root.pos_ in ("PRON", "NUM", "DET", "ADJ", "NOUN"):
        return True
    return root.pos_ == "NOUN" and any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in root.children)


def _introducing(doc: Doc, post: EmbeddedPost) -> tuple[Span, Span] | None:
    """The sentence right before the post, when its speech verb's subject is an indefinite person: the
    verb's content and the subject ("Another wondered why ...")."""
    before = [s for s in doc.sents if s.end_char <= post.start]
    if not before or doc_text(doc)[before[-1].end_char : post.start].strip():
        return None
    sentence = before[-1]
    verb = sentence.root
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subject = doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1] if subjects else None
    contents = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    if not _indefinite(subject) or not contents:
        return None
    content = doc[contents[0].left_edge.i : contents[0].right_edge.i + 1]
    return content, subject


def _credit_introduction(doc: Doc, post: EmbeddedPost, author: Entity, quotes: list[Quote], article_id: str) -> None:
    found = _introducing(doc, post)
    if found is None:
        return
    content, subject = found
    quote = next((q for q in quotes if content.start_char <= q.start < content.end_char), None)
    if quote is None:
        quote = Quote(
            id="",
            article=article_id,
            text=content.text,
            direct=False,
            start=content.start_char,
            end=content.end_char,
            sentence=content.sent.text,
            speaker_start=subject.start_char,
            speaker_end=subject.end_char,
            cue=content.root.head.text,
        )
        quotes.append(quote)
    quote.speaker, quote.speaker_entity = author.name, author.id


def _address_in_posts(entity: Entity, spans: list[tuple[int, int]]) -> bool:
    """A link, handle or hashtag inside a post that the model took for a name ("https://t.co/XPxUJuyIAC")."""
    inside = all(any(a <= s and e <= b for a, b in spans) for s, e in entity.mentions)
    return bool(entity.mentions) and inside and bool(_ADDRESS.match(entity.name))


def credit_posts(doc: Doc, article: Article, entities: list[Entity], claims: list[Claim], quotes: list[Quote]) -> None:
    """Each embedded post a direct quote of its author, its figures the author's claims, the author an
    entity; a sentence introducing the post by an indefinite speaker credits the author. Lists are
    updated in place; quote ids are numbered again in text order."""
    for post in article.posts:
        author = _author(post, entities, article.id)
        end = _content_end(article.text, post.start, post.end)
        inside = [q for q in quotes if post.start <= q.start and q.end <= post.end]
        quotes[:] = [q for q in quotes if q not in inside or q.speaker is not None]  # the post quotes them
        quotes.append(
            Quote(
                id="",
                article=article.id,
                text=article.text[post.start : end],
                direct=True,
                start=post.start,
                end=end,
                sentence=article.text[post.start : post.end],
                speaker=author.name,
                speaker_entity=author.id,
                cue=_CUE.get(post.platform or "", "posted"),
            )
        )
        for claim in claims:
            if post.start <= claim.start < post.end:
                claim.asserted_by, claim.source_entity, claim.affiliation = author.name, author.id, None
        _credit_introduction(doc, post, author, quotes, article.id)
    if article.posts:
        spans = [(p.start, p.end) for p in article.posts]
        cited = {q.speaker_entity for q in quotes} | {c.source_entity for c in claims}
        entities[:] = [e for e in entities if e.id in cited or not _address_in_posts(e, spans)]
        quotes.sort(key=lambda q: q.start)
        for index, quote in enumerate(quotes):
            quote.id = f"{article.id}:q{index}"
