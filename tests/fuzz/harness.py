"""Fuzz harness for issue 11: real files from examples/ and ../shared/data/, mutated, through every reader.

Seeds are the project's real inputs in every format: plain text (kursk, BBC, PolNeAR, NewsQuant), HTML
(the extraction benchmark, gzipped), news-please JSON (news-threads), JSON lines (ECB+), and, built
from those same articles, an RSS feed, an Atom feed and a WARC.gz archive. Mutations are byte-level
(flip, delete, duplicate, truncate, splice two seeds) and hostile tokens known to have broken readers
(Rich markup, ESC sequences, lone surrogates, forbidden character references, `charset="undefined"`,
NaN, deep nesting, huge integers, broken URLs), optionally gzipped or cut mid-gzip.

`check_input` runs one input through `iter_articles` (read + clean) or, for a share of inputs, through
`newsweave read` in process, and returns an Outcome; it never raises for an input, so a bounded pytest
pass and the long `python -m tests.fuzz` run share it.
"""

from __future__ import annotations

import gzip
import io
import json
import resource
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.reading import ReadStats, iter_articles

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
SLOW_SECONDS = 10.0
CLI_EVERY = 25

HOSTILE_TOKENS: tuple[bytes, ...] = (
    b"[/]",
    b"[link=https://evil.example]x[/link]",
    b"[bold red]",
    b"\x1b[2J\x1b]0;pwned\x07",
    b"\\ud800",
    b"\xed\xa0\x80",
    b"&#x110000;",
    b"&#55296;",
    b'<meta charset="undefined">',
    b'<?xml version="1.0" encoding="undefined"?>',
    b"NaN",
    b"Infinity",
    b"[" * 5000,
    b"9" * 4400,
    b"Source: [Reuters]\n",
    b"Source: [1]\n",
    b"http://[::1",
    b"\x00",
    b"\xff\xfe",
    "\u2028".encode(),
    b"<script>alert(1)</script>",
    b"<p>",
    b"</div></body></html>",
    b'"title": 12, ',
    b'"url": ["x"], ',
    b"\r\n\r\n",
    b"\x80\x81\x8d\x8f\x90",
)


@dataclass(frozen=True)
class Seed:
    name: str  # the file name the mutated input is written under: its suffixes choose the reader
    data: bytes


@dataclass
class Outcome:
    """What one input did: articles and skips, seconds taken, and the traceback of anything uncaught.

    `seconds` is the CPU time the input cost (the bound is checked on it: on a shared machine the wall
    time measures the other programs as much as the input); `wall_seconds` is shown beside it."""

    articles: int = 0
    skipped: int = 0
    seconds: float = 0.0
    wall_seconds: float = 0.0
    error: str | None = None
    via_cli: bool = False


@dataclass
class Tally:
    """The figures of a fuzz run."""

    inputs: int = 0
    articles: int = 0
    skipped: int = 0
    cli_runs: int = 0
    uncaught: list[str] = field(default_factory=list)
    slow: list[float] = field(default_factory=list)
    max_seconds: float = 0.0
    max_wall_seconds: float = 0.0

    def add(self, outcome: Outcome) -> None:
        self.inputs += 1
        self.articles += outcome.articles
        self.skipped += outcome.skipped
        self.cli_runs += outcome.via_cli
        self.max_seconds = max(self.max_seconds, outcome.seconds)
        self.max_wall_seconds = max(self.max_wall_seconds, outcome.wall_seconds)
        if outcome.error:
            self.uncaught.append(outcome.error)
        if outcome.seconds > SLOW_SECONDS:
            self.slow.append(outcome.seconds)

    def summary(self) -> str:
        return (
            f"{self.inputs} inputs ({self.cli_runs} through `newsweave read`): {self.articles} articles, "
            f"{self.skipped} named skips, {len(self.uncaught)} uncaught exceptions, "
            f"{len(self.slow)} over {SLOW_SECONDS:.0f} s of CPU (slowest {self.max_seconds:.2f} s CPU, "
            f"{self.max_wall_seconds:.2f} s wall), "
            f"peak memory {peak_memory_mb():.0f} MB"
        )


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def resident_memory_mb() -> float:
    """This process's resident memory now (the peak above is the process's whole life: in a test session it
    includes every test that ran before the fuzz pass)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def _size(path: Path) -> int:
    return path.stat().st_size


def _files(folder: Path, pattern: str, limit: int) -> list[Path]:
    return sorted(folder.glob(pattern))[:limit] if folder.is_dir() else []


def _paragraphs(body: str) -> str:
    """The body as escaped HTML paragraphs, as Atom's `type='html'` content carries it."""
    return "".join(f"&lt;p&gt;{p.strip()}&lt;/p&gt;" for p in body.split("\n\n") if p.strip())


def _feed(articles: list[tuple[str, str]], atom: bool) -> bytes:
    if atom:
        entries = "".join(
            f"<entry><title>{t}</title><link href='https://bbc.example/{i}'/><updated>2005-03-01T10:00:00Z</updated>"
            f"<content type='html'>{_paragraphs(b)}</content></entry>"
            for i, (t, b) in enumerate(articles)
        )
        feed = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>BBC</title>{entries}</feed>'
        return f'<?xml version="1.0" encoding="utf-8"?>{feed}'.encode()
    items = "".join(
        f"<item><title>{t}</title><link>https://bbc.example/{i}</link><description>{b}</description></item>"
        for i, (t, b) in enumerate(articles)
    )
    channel = f"<channel><title>BBC</title>{items}</channel>"
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0">{channel}</rss>'.encode()


def _warc(pages: list[bytes]) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for i, page in enumerate(pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"https://bench.example/{i}", "response", payload=io.BytesIO(page), http_headers=headers
        )
        writer.write_record(record)
    return out.getvalue()


@cache
def seeds() -> tuple[Seed, ...]:
    """The real files, in every format the readers take (feeds and WARC built from real articles)."""
    found: list[Seed] = []
    texts = [
        *_files(ROOT / "examples" / "kursk", "*.txt", 10),
        *_files(SHARED / "bbc-news" / "business", "*.txt", 6),
        *_files(SHARED / "polnear", "**/*.txt", 4),
        *_files(SHARED / "newsquant" / "sentences", "*.txt", 3),
    ]
    found += [Seed(p.name, p.read_bytes()) for p in texts]
    # The eight smallest benchmark pages: real pages, and quick enough for a few thousand inputs in CI.
    pages = sorted(_files(SHARED / "article-extraction-benchmark" / "html", "*.html.gz", 1000), key=_size)[:8]
    found += [Seed(p.name, p.read_bytes()) for p in pages]
    found += [Seed(p.name, p.read_bytes()) for p in _files(SHARED / "news-threads" / "articles", "*.json", 6)]
    ecb = SHARED / "ecbplus" / "ecbplus_docs.jsonl"
    if ecb.is_file():
        with ecb.open("rb") as handle:
            found.append(Seed("ecbplus.jsonl", b"".join(handle.readline() for _ in range(8))))
    bbc = [p.read_text("utf-8", "replace").partition("\n") for p in _files(SHARED / "bbc-news" / "tech", "*.txt", 3)]
    articles = [(t.strip(), b.strip()) for t, _, b in bbc]
    if articles:
        found += [Seed("bbc.rss", _feed(articles, atom=False)), Seed("bbc.atom", _feed(articles, atom=True))]
    if pages:
        found.append(Seed("bench.warc.gz", _warc([gzip.decompress(p.read_bytes()) for p in pages[:3]])))
    return tuple(found)


def plain(seed: Seed) -> tuple[str, bytes]:
    """The seed as an uncompressed file (mutations act on the text, gzip is one of the mutations)."""
    if seed.name.endswith(".gz"):
        return seed.name[:-3], gzip.decompress(seed.data)
    return seed.name, seed.data


def _run_read(path: Path, outcome: Outcome) -> None:
    stats = ReadStats()
    for item in iter_articles([path], stats=stats):
        if not isinstance(item, Article | InputError):
            raise TypeError(f"iter_articles yielded a {type(item).__name__}")
        if isinstance(item, InputError) and any(ch in item.reason for ch in "\r\n"):
            raise AssertionError(f"a skip line spans several lines: {item!r}")
    outcome.articles, outcome.skipped = stats.articles, len(stats.skipped)


def _run_cli(path: Path, outcome: Outcome) -> None:
    from typer.testing import CliRunner

    from newsweave.cli import app

    result = CliRunner().invoke(app, ["read", str(path)], env={"COLUMNS": "200"})
    outcome.via_cli = True
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    if result.exit_code not in (0, 1):
        raise AssertionError(f"newsweave read exited {result.exit_code}: {result.output[-500:]}")
    if "\x1b" in result.stdout:  # no colour is asked for, so any ESC came from an article
        raise AssertionError("an escape sequence reached the terminal")


def check_input(name: str, data: bytes, via_cli: bool = False) -> Outcome:
    """Write one input to a fresh folder and read it; never raises, an uncaught exception is in `error`."""
    outcome = Outcome()
    with tempfile.TemporaryDirectory(prefix="nwfuzz") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        start, cpu_start = time.perf_counter(), time.process_time()
        try:
            (_run_cli if via_cli else _run_read)(path, outcome)
        except Exception:  # noqa: BLE001 - recorded and reported: this is what the harness looks for
            outcome.error = f"{name} ({len(data)} bytes): " + traceback.format_exc(limit=-4)
        outcome.seconds = time.process_time() - cpu_start
        outcome.wall_seconds = time.perf_counter() - start
    return outcome


def describe(tally: Tally) -> str:
    lines = [tally.summary()]
    lines += [f"  uncaught: {e.splitlines()[0]} ... {e.strip().splitlines()[-1]}" for e in tally.uncaught[:20]]
    return "\n".join(lines)


def as_json(tally: Tally) -> str:
    return json.dumps(
        {
            "inputs": tally.inputs,
            "cli_runs": tally.cli_runs,
            "articles": tally.articles,
            "skipped": tally.skipped,
            "uncaught": len(tally.uncaught),
            "over_10s": len(tally.slow),
            "slowest_s": round(tally.max_seconds, 2),
            "slowest_wall_s": round(tally.max_wall_seconds, 2),
            "peak_memory_mb": round(peak_memory_mb()),
        }
    )


# Mutations: each takes the bytes and a hypothesis `draw`, and returns new bytes.


def _position(draw, data: bytes) -> int:
    from hypothesis import strategies as st

    return draw(st.integers(0, len(data)))


def _flip(data: bytes, draw) -> bytes:
    from hypothesis import strategies as st

    if not data:
        return data
    at = _position(draw, data[:-1])
    return data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1 :]


def _delete(data: bytes, draw) -> bytes:
    start = _position(draw, data)
    end = min(len(data), start + _position(draw, data[start : start + 4096]))
    return data[:start] + data[end:]


def _duplicate(data: bytes, draw) -> bytes:
    start = _position(draw, data)
    chunk = data[start : start + _position(draw, data[start : start + 4096])]
    return data[:start] + chunk * 3 + data[start:]


def _truncate(data: bytes, draw) -> bytes:
    return data[: _position(draw, data)]


def _insert_token(data: bytes, draw) -> bytes:
    from hypothesis import strategies as st

    at = _position(draw, data)
    return data[:at] + draw(st.sampled_from(HOSTILE_TOKENS)) + data[at:]


def _insert_bytes(data: bytes, draw) -> bytes:
    from hypothesis import strategies as st

    at = _position(draw, data)
    return data[:at] + draw(st.binary(min_size=1, max_size=24)) + data[at:]


def _splice(data: bytes, draw) -> bytes:
    from hypothesis import strategies as st

    other = plain(draw(st.sampled_from(seeds())))[1]
    return data[: _position(draw, data)] + other[_position(draw, other) :]


MUTATIONS = (_flip, _delete, _duplicate, _truncate, _insert_token, _insert_token, _insert_bytes, _splice)


def mutated_inputs():
    """Hypothesis strategy: (file name, bytes) of a real seed after one to four mutations, maybe gzipped."""
    from hypothesis import strategies as st

    @st.composite
    def build(draw) -> tuple[str, bytes]:
        name, data = plain(draw(st.sampled_from(seeds())))
        for _ in range(draw(st.integers(1, 4))):
            data = draw(st.sampled_from(MUTATIONS))(data, draw)
        wrap = draw(st.sampled_from(("none", "none", "none", "gzip", "gzip-cut")))
        if wrap != "none":
            packed = gzip.compress(data, compresslevel=1)
            data = packed if wrap == "gzip" else packed[: _position(draw, packed)]
            name += ".gz"
        return name, data

    return build()
