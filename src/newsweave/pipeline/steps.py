"""The steps of the ingest: per-article (fingerprint, terms, annotate) and global (duplicates, stories,
rewrites). Global steps hold the state they need (a duplicate index, the story clusterer) as plain objects
the engine gives them; none of them knows a store or an engine."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Protocol

from newsweave.clean.metadata import domain_of
from newsweave.model import Annotations, Article
from newsweave.pipeline.copies import Copies, StoredAnnotations, reading_key
from newsweave.pipeline.parallel import ParallelAnnotator, Result, Ticket
from newsweave.pipeline.step import Drop, Item, StepStats
from newsweave.stories.cluster import StoryClusterer
from newsweave.stories.dedupe import DUPLICATE_JACCARD, band_keys, find_rewrite, from_bytes, signature, to_bytes
from newsweave.stories.features import article_terms

if TYPE_CHECKING:  # spaCy and the extractors only where articles are parsed: not in a pool's calling process
    from spacy.language import Language


class Fingerprint:
    """MinHash signature and LSH bands of each article's words."""

    name: ClassVar[str] = "fingerprint"
    needs: ClassVar[frozenset[str]] = frozenset({"article"})
    adds: ClassVar[frozenset[str]] = frozenset({"signature", "bands"})

    def run(self, batch: list[Item], stats: StepStats) -> list[Item]:
        for item in batch:
            if item.signature is not None:
                continue  # fingerprinted already (a staged shard of the batch engine)
            minhash = signature(item.article.text)
            item.signature, item.bands = to_bytes(minhash), band_keys(minhash)
        stats.seen += len(batch)
        stats.passed += len(batch)
        return batch


@dataclass
class Annotate:
    """One spaCy pass per article and every extractor over it, in process (`nlp`) or in a pool of worker
    processes (`pool`). An extractor failure is a counted drop of that article's extractions (the article
    itself stays). With a pool, `start` queues a batch for the workers ahead of `run`, which then only
    collects what they sent back. An exact copy of an earlier article (`copies`) is not parsed: it takes the
    original's annotations, from its own batch or, through `stored`, from the store."""

    nlp: Language | None = None
    pool: ParallelAnnotator | None = None
    stored: StoredAnnotations | None = None
    name: ClassVar[str] = "annotate"
    needs: ClassVar[frozenset[str]] = frozenset({"article"})
    adds: ClassVar[frozenset[str]] = frozenset({"annotations"})
    started: dict[int, tuple[Ticket, int]] = field(default_factory=dict)  # id(item) -> its ticket, position
    copies: Copies = field(default_factory=Copies)

    def start(self, batch: list[Item]) -> None:
        """Queue the batch's articles to parse for the pool's workers and return at once (nothing to do in
        process)."""
        if self.pool is None or not batch:
            return
        to_parse = self._to_parse(batch)
        if not to_parse:
            return
        ticket = self.pool.start_annotating([i.article for i in to_parse])
        for position, item in enumerate(to_parse):
            self.started[id(item)] = (ticket, position)

    def _to_parse(self, batch: list[Item]) -> list[Item]:
        """The items of `batch` that copy no earlier article (each item is looked at once, in input order)."""
        for item in batch:
            if item.reading_key is None:
                item.reading_key = reading_key(item.article)
                item.copy_of = self.copies.original_of(item.article, item.reading_key)
        return [i for i in batch if i.copy_of is None]

    def run(self, batch: list[Item], stats: StepStats) -> list[Item]:
        if not batch:
            return batch
        to_parse = self._to_parse(batch)
        made = dict(zip(map(id, to_parse), self._extract(to_parse), strict=True))
        by_article = {i.article.id: made[id(i)] for i in to_parse}
        for item in batch:
            found, failure, prints = made[id(item)] if id(item) in made else self._copied(item, by_article)
            item.annotations = found
            if item.copy_of is not None:
                stats.marked += 1
            elif item.reading_key is not None:
                self.copies.failed(item.reading_key, failure)
            if prints is not None and item.signature is None:  # made by the worker: Fingerprint skips the item
                item.signature, item.bands, item.terms = prints.signature, prints.bands, prints.terms
            if failure:
                stats.dropped.append(Drop(item.article.id, failure))
            else:
                stats.passed += 1
        stats.seen += len(batch)
        return batch

    def _copied(self, item: Item, by_article: dict[str, Result]) -> Result:
        """A copy's result: its original's annotations under its id, from this batch or the store; parsed
        after all when neither has them (another writer stored something else under the original's id)."""
        assert item.copy_of is not None and item.reading_key is not None
        original: Annotations | None = None
        failure = self.copies.failures.get(item.reading_key)
        if item.copy_of in by_article:
            original, failure, _ = by_article[item.copy_of]
        elif self.stored is not None:
            original = self.stored(item.copy_of, item.reading_key)
        if original is None:
            item.copy_of = None
            return self._extract([item])[0]
        return original.renamed(item.article.id), failure, None

    def _extract(self, batch: list[Item]) -> list[Result]:
        if self.pool is not None:
            return self._collect(batch)
        from newsweave.annotate import annotate, failure_reason

        failed: dict[str, str] = {}

        def on_error(article: Article, error: Exception) -> None:
            failed[article.id] = failure_reason(error)

        return [(a, failed.get(a.article), None) for a in annotate([i.article for i in batch], self.nlp, on_error)]

    def _collect(self, batch: list[Item]) -> list[Result]:
        """The started items' results (under the item's id now: another writer may have taken the old one);
        items never started are annotated now."""
        assert self.pool is not None
        tickets: dict[int, list] = {}
        mine = {id(item) for item in batch}
        for item in batch:
            ticket, _ = self.started.get(id(item), (None, 0))
            if ticket is not None and id(ticket) not in tickets:
                tickets[id(ticket)] = self.pool.collect(ticket)
        for key in [k for k, (ticket, _) in self.started.items() if id(ticket) in tickets and k not in mine]:
            del self.started[key]  # items dropped since they were started (another writer stored them)
        late = [i for i in batch if id(i) not in self.started]
        fresh = iter(self.pool.annotate([i.article for i in late]) if late else [])
        results = []
        for item in batch:
            if id(item) not in self.started:
                results.append(next(fresh))
                continue
            ticket, position = self.started.pop(id(item))
            found, failure, prints = tickets[id(ticket)][position]
            if found.article != item.article.id:
                found = found.renamed(item.article.id)
            results.append((found, failure, prints))
        return results


class DuplicateIndex(Protocol):
    """Earlier articles sharing an LSH band: (id, story id, signature) each, earliest first."""

    def candidates(self, bands: list[tuple[int, int]]) -> list[tuple[str, str, bytes]]: ...


@dataclass
class Deduplicate:
    """Marks an article `duplicate_of` the earliest near-identical one (estimated Jaccard >= 0.8) and puts
    it in that article's story (for an original of the same batch, the clustering step does that)."""

    index: DuplicateIndex
    name: ClassVar[str] = "deduplicate"
    needs: ClassVar[frozenset[str]] = frozenset({"signature", "bands"})
    adds: ClassVar[frozenset[str]] = frozenset({"duplicate_of"})

    def run(self, batch: list[Item], stats: StepStats) -> list[Item]:
        earlier: list[Item] = []
        for item in batch:
            minhash = from_bytes(item.signature)
            bands = set(item.bands)
            pending = [(e.article.id, e.story_id, e.signature) for e in earlier if bands & set(e.bands)]
            for article_id, story_id, stored in [*self.index.candidates(item.bands), *pending]:
                if from_bytes(stored).jaccard(minhash) >= DUPLICATE_JACCARD:
                    item.article.duplicate_of, item.story_id = article_id, story_id
                    stats.marked += 1
                    break
            if item.article.duplicate_of is None:
                if item.terms is None:  # else made ahead by a worker
                    item.terms = article_terms(item.article.text, item.article.title)
            else:
                item.terms = None  # a copy adds no terms to the clustering
            earlier.append(item)
        stats.seen += len(batch)
        stats.passed += len(batch)
        return batch


@dataclass
class Cluster:
    """Puts each original article in the most similar story, or starts one (incremental clustering)."""

    clusterer: StoryClusterer
    name: ClassVar[str] = "cluster"
    needs: ClassVar[frozenset[str]] = frozenset({"duplicate_of"})
    adds: ClassVar[frozenset[str]] = frozenset({"story_id", "terms"})

    def run(self, batch: list[Item], stats: StepStats) -> list[Item]:
        story_of: dict[str, str] = {}
        for item in batch:
            if item.story_id is None and item.article.duplicate_of in story_of:
                item.story_id = story_of[item.article.duplicate_of]
            if item.story_id is None:
                terms = item.terms if item.terms is not None else article_terms(item.article.text, item.article.title)
                item.story_id = self.clusterer.add(item.article.id, terms, item.article.published)
            story_of[item.article.id] = item.story_id
        for item in batch:  # a story placed earlier in the batch may have merged into an older one since
            if item.story_id is not None:
                item.story_id = self.clusterer.resolve(item.story_id)
        stats.seen += len(batch)
        stats.passed += len(batch)
        return batch


@dataclass
class DetectRewrites:
    """An article whose sentences mostly match an earlier article of its story, or that names that article's
    site as its original source, gets `rewrite_of`."""

    members: Callable[[str], list[Article]]  # a story's latest original articles
    name: ClassVar[str] = "rewrites"
    needs: ClassVar[frozenset[str]] = frozenset({"story_id"})
    adds: ClassVar[frozenset[str]] = frozenset({"rewrite_of"})

    def run(self, batch: list[Item], stats: StepStats) -> list[Item]:
        for position, item in enumerate(batch):
            article = item.article
            if article.duplicate_of:
                continue
            same_batch = [b.article for b in batch[:position] if b.story_id == item.story_id]
            members = [m for m in [*reversed(same_batch), *self.members(item.story_id)] if m.id != article.id]
            article.rewrite_of = rewrite_of(article, members[:3])
            stats.marked += article.rewrite_of is not None
        stats.seen += len(batch)
        stats.passed += len(batch)
        return batch


def rewrite_of(article: Article, members: list[Article]) -> str | None:
    if article.original_source:
        for member in members:
            if article.original_source in {domain_of(member.site or ""), domain_of(member.url or "")}:
                return member.id
    return find_rewrite(article.text, [(m.id, m.text) for m in members])
