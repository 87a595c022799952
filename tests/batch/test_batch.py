"""The batch engine: Parquet tables with story and article ids on every row, DuckDB reading them as they
are, a resumed run, and the same tables from the local engine and a real local Ray cluster (2 workers)."""

from __future__ import annotations

import json
import os
import shutil

import duckdb
import pyarrow.parquet as pq
import pytest

from newsweave.batch.run import run_batch
from newsweave.batch.tables import SCHEMAS, TableWriter, story_rows
from newsweave.contract import brief_from_data
from tests.conftest import BBC, KURSK


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inputs")
    for path in sorted(KURSK.glob("*.txt")) + [BBC / "business" / "001.txt", BBC / "tech" / "040.txt"]:
        shutil.copy(path, folder / path.name.replace(".txt", f"_{path.parent.name}.txt"))
    return folder


@pytest.fixture(scope="module")
def local_run(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("local")
    return out, run_batch([str(inputs)], out, engine="local", briefs=True)


def test_every_table_is_typed_and_every_row_has_its_story_and_article(local_run):
    out, report = local_run
    assert report.articles == 7 and report.stories >= 3
    for name, schema in SCHEMAS.items():
        table = pq.read_table(out / f"{name}.parquet")
        assert table.schema.equals(schema), name
        assert table.column("story_id").null_count == 0 and table.column("article_id").null_count == 0, name
    assert (out / "briefs" / "s1.json").exists()


def test_the_report_times_each_per_article_step_and_the_staging_process_memory(local_run):
    _, report = local_run
    assert report.seconds["annotate"] > 0 and report.seconds["annotate_work"] >= report.seconds["annotate"] * 0.5
    assert report.seconds["fingerprint_work"] > 0
    assert list(report.worker_peak_mb) == [str(os.getpid())]  # the local engine stages in this process
    assert report.worker_peak_mb[str(os.getpid())] > 100  # the spaCy model is in it


def test_duckdb_finds_every_disputed_figure_with_its_sources(local_run):
    out, _ = local_run
    rows = duckdb.sql(
        f"SELECT affiliation, max(value) FROM '{out}/figures.parquet' WHERE status = 'disputed'"
        " AND affiliation IS NOT NULL GROUP BY affiliation ORDER BY affiliation"
    ).fetchall()
    assert rows == [("South Korea", 11000.0), ("Ukraine", 12000.0), ("United States", 8000.0)]
    [quoted] = duckdb.sql(
        f"SELECT speaker, count(*) AS n FROM '{out}/quotes.parquet' WHERE speaker IS NOT NULL"
        " GROUP BY speaker ORDER BY n DESC LIMIT 1"
    ).fetchall()
    assert quoted[1] >= 2


def test_duckdb_lists_each_contradiction_side_with_its_kind_source_and_value(local_run):
    out, _ = local_run
    sides = duckdb.sql(
        f"SELECT source, value FROM '{out}/contradictions.parquet' WHERE kind = 'figure' AND severity = 'major'"
        " ORDER BY source"
    ).fetchall()
    sources = {source for source, _ in sides}
    assert {"South Korea", "Ukraine", "United States"} <= sources
    assert all(value for _, value in sides)
    kinds = {row[0] for row in duckdb.sql(f"SELECT DISTINCT kind FROM '{out}/contradictions.parquet'").fetchall()}
    assert {"figure", "statement"} <= kinds


def test_a_rerun_resumes_finished_shards_and_restages_only_the_missing_one(inputs, local_run, tmp_path):
    out = tmp_path / "resumed"
    first = run_batch([str(inputs)], out, engine="local", extract=False, shard_files=2)
    marks = sorted((out / "_run" / "shards").glob("*.json"))
    marks[0].unlink()  # as if the run had been killed before this shard finished
    second = run_batch([str(inputs)], out, engine="local", extract=False, shard_files=2)
    assert first.shards == 4 and (first.staged_now, second.resumed, second.staged_now) == (4, 3, 1)
    assert second.articles == 7 and second.stories == first.stories


def test_ray_with_two_workers_writes_the_same_tables_as_the_local_engine(inputs, local_run, tmp_path):
    local_out, _ = local_run
    report = run_batch([str(inputs)], tmp_path / "ray", engine="ray", workers=2)
    assert report.engine == "ray" and report.articles == 7
    assert report.worker_peak_mb and str(os.getpid()) not in report.worker_peak_mb  # measured in Ray's workers
    for name in SCHEMAS:
        assert pq.read_table(tmp_path / "ray" / f"{name}.parquet").equals(
            pq.read_table(local_out / f"{name}.parquet")
        ), name


def test_tables_written_story_by_story_in_small_row_groups_hold_the_same_rows(local_run, tmp_path):
    out, _ = local_run
    briefs = sorted((out / "briefs").glob("*.json"))
    stories_with_rows = dict.fromkeys(SCHEMAS, 0)
    with TableWriter(tmp_path, flush=1) as tables:
        for path in briefs:
            brief = brief_from_data(json.loads(path.read_text("utf-8")))
            rows = story_rows(brief, brief.stories[0])
            tables.add(rows)
            stories_with_rows = {name: n + bool(rows[name]) for name, n in stories_with_rows.items()}
    for name in ("stories", "claims", "quotes"):
        written = pq.ParquetFile(tmp_path / f"{name}.parquet")
        assert written.metadata.num_row_groups == stories_with_rows[name] > 1, name  # written as each story came
        assert sorted(written.read().to_pylist(), key=repr) == sorted(
            pq.read_table(out / f"{name}.parquet").to_pylist(), key=repr
        ), name


def test_a_failed_run_leaves_no_half_written_table(tmp_path):
    with pytest.raises(ValueError), TableWriter(tmp_path) as tables:
        tables.add({name: [] for name in SCHEMAS})
        raise ValueError("a story failed")
    assert list(tmp_path.iterdir()) == []
