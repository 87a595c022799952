"""The pipeline's seams: ids from the article itself, one path for brief and ingest, typed output, the
contract's JSON Schema, and every drop counted. Each test is named after the case it pins."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys

import jsonschema
import pytest
import spacy

from newsweave.api import brief, brief_with_summary
from newsweave.contract import brief_from_data, json_schema, stored_schema, to_data
from newsweave.pipeline.local import LocalEngine
from newsweave.pipeline.step import StepStats, check_order
from newsweave.pipeline.steps import Cluster, Fingerprint
from newsweave.records import Brief
from newsweave.store import open_store
from newsweave.stories.cluster import StoryClusterer
from tests.conftest import BBC, BENCH, KURSK

NEWSWEAVE = [sys.executable, "-m", "newsweave"]


def test_the_kept_json_schema_is_the_one_the_records_define():
    assert stored_schema() == json_schema()


def test_the_json_schema_validates_the_kursk_brief(kursk_brief):
    jsonschema.validate(kursk_brief, stored_schema())


def test_the_contract_round_trips_through_the_typed_records(kursk_brief):
    assert to_data(brief_from_data(kursk_brief)) == kursk_brief


def test_brief_accepts_one_path_as_a_string(nlp):
    result = brief(str(KURSK), nlp)
    assert isinstance(result, Brief) and len(result.articles) == 5 and result.stories[0].id == "s1"


def test_format_survives_brief_for_html_pages(tmp_path, nlp):
    truth = json.loads((BENCH / "ground-truth.json").read_text("utf-8"))
    for page_id in sorted(truth)[:2]:
        page = gzip.decompress((BENCH / "html" / f"{page_id}.html.gz").read_bytes())
        (tmp_path / f"{page_id}.html").write_bytes(page)
    result = brief(tmp_path, nlp)
    assert {a.format for a in result.articles} == {"html"}
    jsonschema.validate(to_data(result), stored_schema())


def test_an_exact_copy_under_another_name_is_a_duplicate_not_already_stored(tmp_path, nlp):
    original = KURSK / "001_d50eaae05427456e.txt"
    shutil.copy(original, tmp_path / "001_d50eaae05427456e.txt")
    shutil.copy(original, tmp_path / "wire_copy.txt")
    result, summary = brief_with_summary(tmp_path, nlp)
    articles = {a.id: a for a in result.articles}
    assert summary.added == 2 and summary.unchanged == 0 and summary.duplicates == 1
    assert articles["wire_copy"].duplicate_of == "001_d50eaae05427456e"


def test_reingesting_the_same_file_still_changes_nothing(tmp_path):
    db = tmp_path / "n.db"
    store = open_store(db)
    first = LocalEngine(store, None).run([KURSK / "001_d50eaae05427456e.txt"])
    second = LocalEngine(store, None).run([KURSK / "001_d50eaae05427456e.txt"])
    assert (first.added, second.added, second.unchanged) == (1, 0, 1)


def test_an_id_clash_across_runs_keeps_both_articles_extractions(tmp_path, nlp):
    for folder, source in (("a", "001_d50eaae05427456e.txt"), ("b", "004_1f801f38dbe7ad15.txt")):
        (tmp_path / folder).mkdir()
        shutil.copy(KURSK / source, tmp_path / folder / "report.txt")
    store = open_store(tmp_path / "n.db")
    LocalEngine(store, nlp).run([tmp_path / "a"])
    LocalEngine(store, nlp).run([tmp_path / "b"])
    ids = sorted(a.id for s in store.story_list() for a in store.articles_of(s.id))
    assert len(ids) == 2 and ids[0] == "report" and ids[1].startswith("report~")
    first, second = store.annotations_of(ids)
    assert first.claims and second.claims
    assert first.claims[0].sentence != second.claims[0].sentence  # each kept its own extractions
    assert all(c.article == ids[0] for c in first.claims)


def test_the_same_folder_in_two_orders_gives_the_same_article_and_story_ids(tmp_path):
    files = sorted(KURSK.glob("*.txt")) + [BBC / "business" / "001.txt", BBC / "sport" / "030.txt"]
    forward, _ = brief_with_summary(files, None)
    backward, _ = brief_with_summary(list(reversed(files)), None)
    assert sorted(a.id for a in forward.articles) == sorted(a.id for a in backward.articles)
    assert [(s.id, sorted(s.articles)) for s in forward.stories] == [
        (s.id, sorted(s.articles)) for s in backward.stories
    ]


def _one_line_reports(folder):
    """The kursk reports, each on one line (no line break to start a sentence at)."""
    folder.mkdir(exist_ok=True)
    for path in sorted(KURSK.glob("*.txt"))[1:3]:
        (folder / path.name).write_text(" ".join(path.read_text("utf-8").split()), "utf-8")
    return folder


def test_an_extractor_failure_is_a_counted_drop_in_the_run_summary(tmp_path):
    # A real pipeline without a parser or sentencizer: the extractors needing sentences fail.
    result, summary = brief_with_summary(_one_line_reports(tmp_path / "in"), spacy.blank("en"))
    failures = summary.extraction_failures
    assert sorted(d.article for d in failures) == sorted(a.id for a in result.articles)
    assert all("Sentence boundaries unset" in d.reason for d in failures)
    assert result.articles and not result.stories[0].claims  # the articles stay, without extractions


def test_the_cli_names_extraction_failures_in_its_summary_line(tmp_path):
    model = tmp_path / "blank"
    spacy.blank("en").to_disk(model)
    folder = _one_line_reports(tmp_path / "in")
    result = subprocess.run(
        [*NEWSWEAVE, "ingest", str(folder), "--db", str(tmp_path / "f.db"), "--model", str(model)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "extraction failed for 2 article(s)" in result.stderr and "Traceback" not in result.stderr


def test_steps_declare_what_they_need_and_the_order_is_checked():
    with pytest.raises(ValueError, match="needs"):
        check_order([Cluster(StoryClusterer()), Fingerprint()])
    check_order([Fingerprint()])
    assert StepStats("x").by_reason() == {}


def test_brief_and_ingest_then_export_give_the_same_story(tmp_path, nlp):
    db = tmp_path / "k.db"
    store = open_store(db)
    LocalEngine(store, nlp).run([KURSK])
    stored = to_data(store.story_brief("s1"))
    made = to_data(brief(KURSK, nlp))
    assert stored["stories"] == made["stories"]
    assert [a["id"] for a in stored["articles"]] == [a["id"] for a in made["articles"]]


def test_parsing_in_two_processes_gives_the_same_brief_as_one(tmp_path, nlp):
    from newsweave.pipeline.parallel import ParallelAnnotator

    folder = tmp_path / "bbc"
    folder.mkdir()
    for path in sorted(BBC.glob("business/*.txt"))[:24] + sorted(KURSK.glob("*.txt")):
        shutil.copy(path, folder / path.name.replace(".txt", f"_{path.parent.name}.txt"))
    shutil.copy(sorted(KURSK.glob("*.txt"))[0], folder / "zz_copy.txt")  # a duplicate: it adds no terms
    one, _ = brief_with_summary(folder, nlp)
    with ParallelAnnotator(None, 2, fingerprint=True) as pool:  # signatures, bands and terms made by the workers
        two, summary = brief_with_summary(folder, None, pool=pool)
    assert summary.added == 30 and summary.duplicates == 1 and to_data(two) == to_data(one)


def test_a_few_articles_parsed_by_a_forked_pool_and_assembled_here_give_the_same_brief(nlp):
    """kursk (5 articles) with two workers: one loads the model and forks the other after the load (so one
    model load serves both), both parse, and the stories are assembled in this process."""
    from pathlib import Path

    from newsweave.pipeline.parallel import ParallelAnnotator

    one, _ = brief_with_summary(KURSK, nlp)
    with ParallelAnnotator(None, 2, assemble_here=True) as pool:
        two, summary = brief_with_summary(KURSK, None, pool=pool)
        [first] = pool.workers
        forks = Path(f"/proc/{first.pid}/task/{first.pid}/children").read_text().split()
    assert len(forks) == 1  # the second worker is a fork of the first
    assert summary.added == 5 and to_data(two) == to_data(one)


def test_an_ingest_with_the_workers_a_batch_ahead_stores_what_one_process_does(tmp_path, nlp):
    """Batches of six, the workers a batch ahead; four pages of the third batch come again in the fourth (same
    URLs) while the third is still in the workers: unchanged, not stored twice."""
    from newsweave.pipeline.parallel import ParallelAnnotator

    texts = [p.read_text("utf-8") for p in sorted(BBC.glob("politics/*.txt"))[:14] + sorted(KURSK.glob("*.txt"))]
    records = [{"url": f"https://example.org/{n}", "title": t.split("\n")[0], "text": t} for n, t in enumerate(texts)]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    (tmp_path / "b.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records[12:16]), "utf-8")
    paths = [tmp_path / "a.jsonl", tmp_path / "b.jsonl"]
    one_store, two_store = open_store(":memory:"), open_store(":memory:")
    one = LocalEngine(one_store, nlp, batch=6).run(paths)
    with ParallelAnnotator(None, 2, fingerprint=True) as pool:
        two = LocalEngine(two_store, None, batch=3, pool=pool).run(paths)
    assert (two.added, two.unchanged) == (one.added, one.unchanged) == (19, 4)
    stories = [s.id for s in one_store.story_list()]
    assert stories == [s.id for s in two_store.story_list()]
    for story_id in stories:
        assert to_data(two_store.story_brief(story_id)) == to_data(one_store.story_brief(story_id))


def test_a_worker_that_cannot_load_its_model_is_one_line_naming_it():
    from newsweave.errors import NewsweaveError
    from newsweave.model import Article
    from newsweave.pipeline.parallel import ParallelAnnotator

    with ParallelAnnotator("no-such-model", 1) as pool, pytest.raises(NewsweaveError, match="no-such-model"):
        pool.annotate([Article(id="a", text="Storm hits coast.")])


def test_the_store_keeps_an_articles_off_story_spans_and_language():
    from newsweave.model import Article
    from newsweave.store import StoredArticle

    store = open_store(":memory:")
    article = Article(id="a", text="Storm hits coast. In other news, a cat.", language="en", off_story=[(18, 39)])
    with store.transaction():
        store.add_articles([StoredArticle(article, "k", "s1", b"", [])])
    kept = store.article("a")
    assert kept.off_story == [(18, 39)] and kept.language == "en"


def test_the_json_in_pieces_is_to_json_byte_for_byte(kursk_brief_records):
    """`brief --json` writes one article or story at a time (peak memory), the same text as `to_json`."""
    from newsweave.contract import json_pieces, to_json

    assert "".join(json_pieces(kursk_brief_records)) == to_json(kursk_brief_records)
    assert "".join(json_pieces(Brief())) == to_json(Brief())


def test_the_json_text_is_what_the_standard_encoder_writes(kursk_brief_records):
    """`to_json` writes with pydantic's encoder (nine times faster than `json.dumps`), the same text as the
    standard library's encoder of the same data, indented or not: kursk's brief holds every kind of record and
    value (figures with decimals, ranges, quotes in several scripts of quotation marks, nulls)."""
    import json

    from newsweave.contract import to_data, to_json

    data = to_data(kursk_brief_records)
    assert to_json(kursk_brief_records) == json.dumps(data, ensure_ascii=False, indent=1)
    assert to_json(kursk_brief_records, None) == json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def test_stories_assembled_as_a_stream_are_those_assembled_at_once_and_their_groups_are_read_lazily(
    kursk_articles, kursk_annotations, nlp
):
    """Two workers assemble kursk's articles as five one-article stories, at most two stories queued ahead: the
    same stories in the same order as in this process, and the groups are drawn only as the workers need them."""
    from newsweave.pipeline.parallel import TASK_STORIES, ParallelAnnotator
    from newsweave.reconcile.story import assemble_story

    groups = [
        (f"s{n}", [article], [kursk_annotations[name]]) for n, (name, article) in enumerate(kursk_articles.items(), 1)
    ]
    drawn: list[int] = []

    def lazily():
        for number, group in enumerate(groups, 1):
            drawn.append(number)
            yield group

    with ParallelAnnotator(None, 2) as pool:
        stream = pool.assemble_stream(lazily(), ahead=1)
        first = next(stream)
        drawn_at_first = len(drawn)
        stories = [first, *stream]
    assert to_data(Brief(stories=stories)) == to_data(Brief(stories=[assemble_story(*g) for g in groups]))
    assert drawn_at_first == TASK_STORIES < len(groups) == len(drawn)  # one task's groups drawn before the first story
