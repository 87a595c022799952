"""The batch engine: `newsweave run INPUT... --out DIR`, on the local machine or on a Ray cluster.

Per-article steps (read, clean, fingerprint, annotate) run per input shard (a file) and write a staged
Parquet file each; the global steps (duplicates across the whole input, story clustering) and the
per-story steps (reconcile, summary) then run over the staged articles in one fixed order, so the local
engine and Ray write the same tables. A run folder records each finished shard, so a killed run resumes.
"""
