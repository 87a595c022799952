"""The extracted sentences a summary may use, their centrality (LexRank) and the articles that back them.

A candidate is a whole body sentence: it starts at a sentence start (a capital, a digit or an opening
quote), ends with a full stop or exclamation mark (a question states nothing), is no heading, no part of its
headline (a deck) and no page notice ("This page is archived", "Sign up to our newsletter"), and closes every
quotation it opens (a sentence cut inside a multi-paragraph quote takes the quote's next sentences when short,
else is none). A place
dateline ("LONDON —", "WASHINGTON (AP) —") is no part of the sentence. A holding statement ("We are currently
working with the emergency services") or a "no comment" says nothing a reader needs and ranks low. LexRank
(PageRank over the thresholded TF-IDF cosine graph, Erkan & Radev 2004) ranks them; a sentence is backed by its
own article and every other article holding a sentence close to it that shares more than names with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import numpy as np

from newsweave.model import Article, Statement
from newsweave.records import SentenceRef
from newsweave.summarise.tfidf import TOKEN, fit, query_similarity, similarity_matrix, stop_words

EDGE_THRESHOLD = 0.1  # cosine below which two sentences are not linked in the LexRank graph
SUPPORT = 0.35  # cosine above which another article's sentence backs a summary sentence
MIN_WORDS, MAX_WORDS = 8, 70
STARTS = re.compile(r"^[\"'“‘]?[A-Z0-9]")
ENDS = re.compile(r"[.!?][\"'”’)]*$")
# A page notice, no sentence of the report. The lookahead on the phrases' first letters lets the regex engine pass
# over most positions without trying each phrase there (2.2x faster over BBC sentences).
NOTICE = re.compile(
    r"(?=[acdfginpst©])(?:\bthis (?:page|article|story) (?:is|was|has been) archived|\bis no longer (?:being )?updated|"
    r"\bsubscrib(?:e|ing) to (?:our|the)\b|\bsign up (?:for|to) (?:our|the|free)\b|\bnewsletter delivered\b|"
    r"\bdelivered to your inbox|\bclick here\b|\bfollow us (?:on|at)\b|\ball rights reserved\b|"
    r"\bcopyright (?:law|ⓒ|©|\d{4})|©|\b(?:get|download) (?:the|our) [\w ]{0,20}\bapp\b|"
    r"\bsubscriber agreement\b|\bterms of (?:use|service)\b|\bprivacy policy\b|\bimage caption\b)",
    re.IGNORECASE,
)
# A live page's update mark ("PS4 Update 5.50 - UPDATE 1: Sony has now released the patch notes ..."): a page
# notice opening the sentence, not its start.
UPDATE_MARK = re.compile(r"(?:^|[-–—]\s*)(?:UPDATED?|EDIT|CORRECTION)(?:\s+\d+)?\s*:")
OPENING_QUOTES, CLOSING_QUOTES = "\"'“‘", ('"', "'", "”", "’")
QUOTE_MARK = re.compile(r'["“”]')  # the double quotation marks `leaves_quote_open` reads
QUESTION = re.compile(r"\?[\"'”’)]*$")
WHETHER = re.compile(r"^[\"'“‘]?whether\b", re.IGNORECASE)  # "Whether it is a bad investment is the big question."
CONJUNCTION_START = re.compile(r"^[\"'“‘]?(?:and|but|or)\b", re.IGNORECASE)  # "And like Putin, ..."
DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)*)?(?: ?\([A-Za-z .]{1,30}\))?"
    r"(?:\s*[—–]\s*|\s+--?\s+)(?=[\"“A-Z0-9])"
)  # "LONDON — ", "WASHINGTON (AP) — ", "SEOUL, South Korea — "
HOLDING = re.compile(
    r"\bwe(?: are|'re|’re| have been)(?: currently| now| still)? (?:working with|on (?:the )?scene|at the scene|"
    r"aware of|responding to|attending|dealing with|assisting)\b",
    re.IGNORECASE,
)  # "We are currently on scene at a major incident": an emergency service's holding line
# "The New York State Attorney General’s office had no comment.", "Sanders’ campaign didn’t immediately respond to a
# request for comment": what someone did not say, no news.
NO_COMMENT = re.compile(
    r"\b(?:had|has|have|offered|made) no (?:immediate |further )?comment\b|\bdeclined to comment\b|"
    r"\b(?:did not|didn[’']t|could not|couldn[’']t)(?: immediately)? (?:respond|reply|return)\b[^.]{0,40}"
    r"\brequests? for comment\b|\bcould not (?:immediately )?be reached for comment\b",
    re.IGNORECASE,
)
HOLDING_WEIGHT = 0.2
HEADLINE_WEIGHT = 8.0  # a lead telling what the headlines tell (wework: "WeWork is reportedly being investigated by")
QUOTED_LEAD = 0.5  # a lead mostly in someone's quoted words, against one in the reports' own voice
QUOTED_HALF = 0.5
QUOTE_CONTINUATION = 2  # following sentences a quote left open may take to close
PRONOUN_START = re.compile(r"^[\"'“‘]?(?:he|she|it|they|this|that|these|those|his|her|its|their)\b", re.IGNORECASE)
# A time or point a sentence opens on by pointing back ("Later that year, ...", "Until this point, ...", "At the same
# time, ..."): which year or point, the reader of the summary cannot tell.
BACK_REFERENCE = re.compile(
    r"^(?:(?:later|earlier|until|up to|by|at|from|since|after|before|in|on|during|within)\s+)?"
    r"(?:(?:that|those|the same|the following)\s+(?:years?|days?|weeks?|months?|time|point|night|morning|afternoon|"
    r"evening|moment|stage|period|decade)|this\s+(?:point|stage|moment|time))\b",
    re.IGNORECASE,
)
# A connective or a relative time opening a sentence goes on from the one before ("Instead, two months later, the
# Panama Papers were leaked.", "However, ...").
CONNECTIVE_START = re.compile(
    r"^(?:(?:instead|however|meanwhile|moreover|nevertheless|nonetheless|yet|then|thus|therefore|also|otherwise|"
    r"besides|likewise|similarly|furthermore|in addition|as a result|by contrast|in contrast)\b|"
    r"(?:\w+\s+){1,2}(?:hours?|days?|weeks?|months?|years?)\s+(?:later|afterwards?)\b)",
    re.IGNORECASE,
)
# A first person outside quotation marks is a statement's speaker the summary does not name ("We were alerted by
# Apple that ..." of Telegram's statement); inside them the sentence names its speaker ('"I will miss it," he said').
FIRST_PERSON_START = re.compile(r"^(?:we|our|us|i|my|you|your)\b", re.IGNORECASE)


@dataclass
class Candidate:
    """An extracted sentence with its LexRank score and the articles backing it."""

    statement: Statement
    score: float
    backers: list[str]
    position: int  # its index among its article's candidates (0: the article's lead)
    support: list[SentenceRef] = field(default_factory=list)  # each other backer's most similar sentence
    headline: float = 0.0  # its mean cosine with the reports' headlines: how closely it tells what they lead with
    reports: int = 0  # its backers, a rewrite counted with the article it rewrites (0: every backer counts)


def without_dateline(text: str) -> str:
    """The sentence without a place dateline opening it: "LONDON — At least seven people ..." -> "At least ..."."""
    match = DATELINE.match(text.strip())
    return text.strip()[match.end() :] if match else text.strip()


def dateline_length(text: str) -> int:
    """How many characters of a statement's text a dateline (and the space before it) takes."""
    return len(text) - len(without_dateline(text))


def leaves_quote_open(text: str) -> bool:
    """The last double quotation mark opens a quote the sentence never closes ("A Transport for London
    spokesman said: “We are currently working with the emergency services ... in Croydon."). A straight mark
    may close a curly one ('the state and “We’re On It" became top Twitter trends'); one opening a paragraph of
    a quote going on ('... championships. "In the year ahead these include ...') opens it again."""
    inside = False
    for found in QUOTE_MARK.finditer(text):  # the marks alone: a sentence is read once, in C, not char by char
        i, mark = found.start(), found.group()
        if mark == '"':  # a straight mark opens before a word, after a space or the start; else it closes
            inside = (i == 0 or text[i - 1].isspace() or text[i - 1] in "([") and text[i + 1 : i + 2].strip() != ""
        elif mark in "“”":
            inside = mark == "“"
    return inside


def is_candidate(statement: Statement, article: Article | None) -> bool:
    """A whole body sentence that is no heading, title or page notice and closes every quote it opens."""
    return not leaves_quote_open(without_dateline(statement.text)) and _is_sentence(statement, article)


def _is_sentence(statement: Statement, article: Article | None) -> bool:
    """A whole body sentence that is no heading, title or page notice: a node of the LexRank graph."""
    text = without_dateline(statement.text)
    words = len(text.split())
    if not (MIN_WORDS <= words <= MAX_WORDS) or not STARTS.match(text) or not ENDS.search(text):
        return False
    if QUESTION.search(text) or WHETHER.match(text):
        return False  # "What does the law firm have to say about all this?": a reader's question, no fact
    if _unattributed_quote(text):
        return False
    if NOTICE.search(text) or UPDATE_MARK.search(text):
        return False
    if article is not None:
        if article.title and _in_title(text, article.title):
            return False
        if any(h.start <= statement.start and statement.end <= h.end for h in article.headings):
            return False
    return True


def _in_title(text: str, title: str) -> bool:
    """The sentence is its article's headline or a part of it: USA Today's "Sanders says he's riding momentum;
    Takes Wisconsin, but Clinton still has the math" opens the body with its deck "Takes Wisconsin, but Clinton still
    has the math." (a headline's words, no sentence of the report)."""
    words = " ".join(text.rstrip(".").split()).lower()
    return bool(words) and words in " ".join(title.split()).lower()


def _unattributed_quote(text: str) -> bool:
    """A sentence wholly inside quotation marks ("“A 17-year-old gorilla named Harambe is dead, and a child is
    in the hospital."): someone's words, which the summary would state as fact without their speaker."""
    if text[:1] not in OPENING_QUOTES:
        return False
    close = max(text.rfind(q) for q in CLOSING_QUOTES)
    return close <= 0 or len(text[close + 1 :].split()) < 2


def lexrank(matrix: np.ndarray, damping: float = 0.85, iterations: int = 100) -> np.ndarray:
    """Stationary distribution of the thresholded similarity graph (Erkan & Radev, 2004)."""
    graph = (matrix >= EDGE_THRESHOLD).astype(float)
    np.fill_diagonal(graph, 0.0)
    degree = graph.sum(axis=1, keepdims=True)
    degree[degree == 0] = 1.0
    transition = graph / degree
    n = len(matrix)
    scores = np.full(n, 1.0 / n)
    for _ in range(iterations):
        updated = (1 - damping) / n + damping * transition.T @ scores
        if np.abs(updated - scores).sum() < 1e-9:
            break
        scores = updated
    return scores


def rank_candidates(statements: list[Statement], articles: list[Article]) -> tuple[list[Candidate], np.ndarray]:
    """The original articles' candidate sentences with their centrality, and their cosine matrix. The graph
    holds every whole sentence as written; a sentence leaving a quote open is then given with the sentences
    that close it, or is no candidate."""
    by_id = {a.id: a for a in articles}
    originals = {a.id for a in articles if not a.duplicate_of}
    statements = [s for s in statements if s.article in originals]
    closed = {(s.article, s.start): s for s in with_quotes_closed(statements)}
    pool = [s for s in statements if _is_sentence(s, by_id.get(s.article))]
    if not pool:
        return [], np.zeros((0, 0))
    fitted = fit([s.text for s in pool])
    similarity = similarity_matrix(fitted)  # scikit-learn's TF-IDF cosines, without its import
    titles = sorted({a.title.strip() for a in articles if a.id in originals and a.title and a.title.strip()})
    headlines = query_similarity(fitted, titles)
    scores = lexrank(similarity)
    stop = stop_words()
    words = [common_words(s, stop) for s in pool]
    seen: dict[str, int] = {}
    candidates, kept = [], []
    for i, own in enumerate(pool):
        position = seen.get(own.article, 0)
        seen[own.article] = position + 1
        statement = closed.get((own.article, own.start), own)
        whole = _is_sentence(statement, by_id.get(own.article)) if statement is not own else True  # own: in the pool
        if not whole or leaves_quote_open(without_dateline(statement.text)):  # `is_candidate`, read once
            continue
        row = similarity[i]
        close = [int(j) for j in np.nonzero(row >= SUPPORT)[0] if words[i] & words[j]]  # not close by names alone
        backers = {pool[j].article for j in close} | {own.article}
        support = supporting_sentences(pool, row, own.article, close)
        holding = HOLDING.search(statement.text) or NO_COMMENT.search(statement.text)
        score = float(scores[i]) * (HOLDING_WEIGHT if holding else 1.0)
        reports = len({by_id[a].rewrite_of or a if a in by_id else a for a in backers})
        candidates.append(Candidate(statement, score, sorted(backers), position, support, float(headlines[i]), reports))
        kept.append(i)
    return candidates, similarity[np.ix_(kept, kept)]


NAME_WORD = re.compile(r"\b[A-Z][\w.]*")  # a capitalised word, with an abbreviation's point ("Sen.", "Fla.")


def common_words(statement: Statement, stop: frozenset[str]) -> set[str]:
    """The sentence's content lemmas less the names it gives (words it writes capitalised) and stop words: what it
    says beyond who and where. A sentence backs another only when they share one ("Sen. Ted Cruz, R-Texas, was at
    seven percent." shares only names with "Hillary Clinton would beat Donald Trump and Sen. Ted Cruz, R-Texas,
    but lose to Ben Carson"; "is investigating WeWork" shares "investigate" with "is reportedly being
    investigated")."""
    names = {w.lower() for w in NAME_WORD.findall(statement.text)}
    lemmas = statement.lemmas or TOKEN.findall(statement.text.lower())  # a sentence not parsed: its words
    return {lemma for lemma in lemmas if len(lemma) > 2} - names - stop


def with_quotes_closed(statements: list[Statement]) -> list[Statement]:
    """Each sentence that leaves a quote open, joined with the next sentences of its article until the quote
    closes (at most QUOTE_CONTINUATION more and MAX_WORDS in all); one that cannot close stays as it is (no
    candidate). The sentences it took stay candidates of their own."""
    out = []
    for i, statement in enumerate(statements):
        if not leaves_quote_open(without_dateline(statement.text)):
            out.append(statement)
            continue
        joined = statement
        for following in statements[i + 1 : i + 1 + QUOTE_CONTINUATION]:
            if following.article != statement.article or following.start < joined.end:
                break
            text = f"{joined.text.rstrip()} {following.text.strip()}"
            if len(text.split()) > MAX_WORDS:
                break
            joined = replace(statement, end=following.end, text=text)
            if not leaves_quote_open(text):
                break
        out.append(joined)
    return out


def supporting_sentences(
    pool: list[Statement], similarity_row: np.ndarray, own_article: str, close: list[int]
) -> list[SentenceRef]:
    """In each other article backing a sentence, its most similar sentence: what a citation of that article
    points to (the web UI opens it). `close` holds the indexes (ascending) of the pool's sentences that back it,
    so that a sentence is compared with those only, not with the whole pool."""
    best: dict[str, int] = {}
    for j in close:
        statement = pool[j]
        if statement.article == own_article:
            continue
        if statement.article not in best or similarity_row[j] > similarity_row[best[statement.article]]:
            best[statement.article] = j
    return [SentenceRef(pool[j].article, pool[j].start, pool[j].end) for _, j in sorted(best.items())]


def lead_score(candidate: Candidate) -> float:
    """Centrality, raised by every other article that backs it (a rewrite with the article it rewrites is one:
    USA Today's two editions of its Wisconsin report made "Sanders would have to win big primary states ..." lead,
    not "Bernie Sanders prevailed in Wisconsin's Democratic primary Tuesday") and by a place among its article's
    first sentences (news puts who, what, where and when first); a sentence opening on a pronoun, a conjunction or a
    connective needs context, and one mostly in someone's quoted words tells the event in their voice, not the
    reports' (wework: "“We received an inquiry ...,” said a WeWork spokesperson" and "A company spokesperson said
    in an email that “we have received ...”" against "The New York State Attorney General (NYAG) is investigating
    WeWork, ...")."""
    reports = candidate.reports or len(candidate.backers)
    score = candidate.score * (1 + 0.5 * (reports - 1)) * (1 + HEADLINE_WEIGHT * candidate.headline)
    if candidate.position < 3:
        score *= 1.5
    text = without_dateline(candidate.statement.text)
    if PRONOUN_START.match(text) or FIRST_PERSON_START.match(text) or goes_on(text):
        score *= 0.3
    if quoted_share(text) > QUOTED_HALF:
        score *= QUOTED_LEAD
    return score


def goes_on(text: str) -> bool:
    """The sentence goes on from one before it: it opens on a conjunction, a connective or a time it points back to
    ("But this time, the company is Intel, not Google -- ...", Intel_smart_glass, led the summary)."""
    return bool(CONJUNCTION_START.match(text) or CONNECTIVE_START.match(text) or BACK_REFERENCE.match(text))


def quoted_share(text: str) -> float:
    """The share of a sentence's characters inside double quotation marks (a quote left open runs to its end)."""
    inside = sum(len(m.group(0)) for m in re.finditer(r"[“\"][^”\"]*(?:[”\"]|$)", text))
    return inside / max(1, len(text))
