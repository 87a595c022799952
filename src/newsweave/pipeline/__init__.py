"""The pipeline: steps of one shape (a batch of items in, the same batch enriched out) and the engine that
runs them. Steps know nothing of the store or the engine; the local engine (`local.py`) runs them in process
and writes each batch to a store."""
