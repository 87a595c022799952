"""Evaluation: score each stage against the gold files and the shared labelled data sets."""
