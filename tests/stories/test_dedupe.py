"""The duplicate finder's LSH banding: fixed in the code, checked against what datasketch computes."""

from __future__ import annotations

from datasketch import MinHashLSH

from newsweave.stories.dedupe import BANDS, DUPLICATE_JACCARD, NUM_PERM, ROWS, band_keys, signature


def test_the_fixed_bands_are_datasketchs_optimal_ones_for_the_threshold():
    lsh = MinHashLSH(threshold=DUPLICATE_JACCARD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS)


def test_a_signature_gives_one_key_per_band():
    text = "The Kursk sank in the Barents Sea on 12 August 2000 with 118 men aboard, Russian officials said."
    keys = band_keys(signature(text))
    assert [band for band, _ in keys] == list(range(BANDS))
