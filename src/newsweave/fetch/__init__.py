"""Fetching by URL: pages and RSS/Atom feeds over HTTP(S), guarded, size-limited and cached.

`sources.fetch_url` turns one URL into raw articles the cleaning stage reads like any file's; nothing
here imports the readers package at import time, so `readers` can name `FetchOptions` without a cycle.
"""
