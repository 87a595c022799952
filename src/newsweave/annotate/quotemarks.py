"""Where quotations are in a text and whose turn they belong to: quotation marks (curly, straight,
doubled apostrophes), and the rules that carry a speaker over to the next piece of one quotation."""

from __future__ import annotations

import re

from newsweave.model import Quote

_CURLY = re.compile(r"“([^“”\n]{1,1500})”")
# Two apostrophes typed for a quotation mark (''like this''), a typewriter convention of wire copy.
_DOUBLED = re.compile(r"''((?:(?!'').){1,1500}?)''")
MAX_QUOTE = 1500
_STRAIGHT_MARK = re.compile('"')
_SINGLE_MARK = re.compile("['‘’]")  # a single mark: straight, opening or closing


def _straight_quote_spans(line: str, offset: int) -> list[tuple[int, int]]:
    """Pair straight quotes by their side: an opening mark follows a space and precedes a word, a
    closing one follows a word. A paragraph that opens a quote without closing it (a quote running
    on into the next paragraph) then leaves no span, instead of pairing the wrong marks. A mark between
    spaces closes an open quote ('ourselves? " she wrote')."""
    spans, opened = [], None
    for i in (m.start() for m in _STRAIGHT_MARK.finditer(line)):  # the marks alone, not every character
        before = line[i - 1] if i else " "
        after = line[i + 1] if i + 1 < len(line) else " "
        opening = (before.isspace() or before in "([{—–-/") and not after.isspace()
        loose = before.isspace() and after.isspace()
        if opening:
            opened = i + 1  # a second opening mark means the first quote was never closed
        elif (not before.isspace() or loose) and opened is not None:
            if 0 < i - opened <= MAX_QUOTE:
                spans.append((offset + opened, offset + len(line[:i].rstrip())))
            opened = None
    return spans


_SINGLE_OPENERS = "'‘"
_SINGLE_CLOSERS = "'’"
_CLOSE_BEFORE = ',.;:?!)—–-"”'


def _closes_single(line: str, i: int) -> bool:
    """A single mark that can end a quote: after a word or punctuation, before a space or punctuation
    (not the apostrophe of "don't")."""
    after = line[i + 1] if i + 1 < len(line) else " "
    word_before = i > 0 and not line[i - 1].isspace()
    return line[i] in _SINGLE_CLOSERS and word_before and (after.isspace() or after in _CLOSE_BEFORE)


def _possessive(line: str, i: int) -> bool:
    """'the players' union': a mark after a plural's s, followed by a lower-case word."""
    rest = line[i + 1 :]
    return line[i - 1] in "sS" and rest[:1] == " " and rest[1:2].islower()


def _single_quote_spans(line: str, offset: int) -> list[tuple[int, int]]:
    """Quotes in single marks, as UK outlets print them ("'It was just terrifying,' he said."): an opening
    mark after a space or the start and before a letter ('90s is a year), a closing one after a word and
    before a space or punctuation. A plural's apostrophe closes only when no other closing mark follows."""
    return _single_marks(line, offset)[0]


def _single_left_open(line: str) -> int | None:
    """Where the single-marked quote a paragraph leaves open starts ("He tweeted: 'Falcon Heavy launching
    ... rocket." then "'It was 50% higher thrust ..."), if it leaves one open."""
    return _single_marks(line, 0)[1]


def _single_marks(line: str, offset: int) -> tuple[list[tuple[int, int]], int | None]:
    """(the closed single-marked spans of a line, where a quote left open at its end starts)."""
    spans, opened = [], None
    marks = [m.start() for m in _SINGLE_MARK.finditer(line)]  # the marks alone, not every character
    for k, i in enumerate(marks):
        ch = line[i]
        before = line[i - 1] if i else " "
        after = line[i + 1] if i + 1 < len(line) else " "
        if ch in _SINGLE_OPENERS and (before.isspace() or before in "([{—–-/") and after.isalpha():
            opened = i + 1
        elif opened is not None and _closes_single(line, i):
            later = any(_closes_single(line, j) for j in marks[k + 1 :])  # only a mark closes
            if _possessive(line, i) and later:
                continue
            if 1 < i - opened <= MAX_QUOTE:
                spans.append((offset + opened, offset + i))
            opened = None
    return spans, opened


HEADLINE_WORDS = 25


def _headline(line: str) -> bool:
    """A first line in title case ("Hillary Clinton Calls ISIS Violence 'Genocide.'"): a headline, not a lead."""
    words = re.findall(r"[A-Za-z][\w’'-]*", line)
    capital = sum(w[0].isupper() for w in words)
    return 0 < len(words) <= HEADLINE_WORDS and capital >= 0.6 * len(words)


def _house_style(single: list[tuple[int, int]], double: list[tuple[int, int]], head: int) -> list[tuple[int, int]]:
    """Single marks quote in a body whose outlet quotes with them (they outnumber the double marks there);
    where double marks quote, single ones nest in them or scare-quote. Not in a headline (a first line in title case):
    every outlet's headlines use them, for words said and for titles alike (PolNeAR train: 6 quotes, 4 not)."""
    body = [(s, e) for s, e in single if s >= head]
    return body if len(body) > sum(s >= head for s, _ in double) else []


def _outside(spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single-mark spans that overlap no double-mark quote: inside one they quote someone else's words."""
    return [(s, e) for s, e in spans if not any(s < oe and os < e for os, oe in others)]


def single_marked(text: str, start: int) -> bool:
    """Quoted words opened by a single mark: ambiguous (a scare quote, a nickname, a headline's word), so
    a quote only when someone is found saying them."""
    doubled = start > 1 and text[start - 2 : start] == "''"  # ''wire copy's doubled marks'' are double quotes
    return start > 0 and text[start - 1] in _SINGLE_OPENERS and not doubled


def _mixed_pair(line: str, offset: int) -> list[tuple[int, int]]:
    """A curly opening mark closed by a straight one ('“... like that," she said'): only when the line
    holds just those two marks, so that quotes nested in a curly quote never pair with it."""
    if line.count("“") != 1 or "”" in line or line.count('"') != 1:
        return []
    start, end = line.index("“") + 1, line.index('"')
    if end <= start or line[end - 1].isspace() or not line[start:end].strip() or end - start > MAX_QUOTE:
        return []
    return [(offset + start, offset + end)]


def _closed_by_opening_mark(lines: list[str], offsets: list[int]) -> list[tuple[int, int]]:
    """A quoted paragraph closed by an opening mark typed for the closing one ('“For young people ... is 51
    percent.“', PolNeAR dev): the paragraph opens and ends with “ and has no other mark."""
    spans = []
    for line, offset in zip(lines, offsets, strict=True):
        words = line.strip()
        if len(words) > 2 and words[0] == words[-1] == "“" and line.count("“") == 2 and "”" not in line:
            start = line.index("“") + 1
            if len(words) - 2 <= MAX_QUOTE:
                spans.append((offset + start, offset + line.rindex("“")))
    return spans


def _running_on(lines: list[str], offsets: list[int]) -> list[tuple[int, int]]:
    """A quotation running over paragraphs: a paragraph that leaves a quote open and is followed by one
    opening with a quotation mark holds quoted words to its end ('said: “These rioters ... acts.' then
    '“Other than ...”')."""
    spans = []
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for here, after in zip(filled, filled[1:], strict=False):
        line, offset = lines[here], offsets[here]
        if line.rfind("“") > line.rfind("”") and lines[after].lstrip().startswith("“"):
            start = line.rfind("“") + 1
        elif (start := _left_open(line)) is None or not lines[after].lstrip().startswith('"'):
            continue
        if line[start:].strip() and len(line) - start <= MAX_QUOTE:
            spans.append((offset + start, offset + len(line.rstrip())))
    return spans


def _single_running_on(lines: list[str], offsets: list[int]) -> list[tuple[int, int]]:
    """A single-marked quotation running over paragraphs, as UK outlets print a block quote: a paragraph
    leaves a single-marked quote open and the next one opens with a single mark again."""
    spans = []
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for here, after in zip(filled, filled[1:], strict=False):
        line, start = lines[here], _single_left_open(lines[here])
        if start is None or not lines[after].lstrip().startswith(("'", "‘")):
            continue
        if line[start:].strip() and len(line) - start <= MAX_QUOTE:
            spans.append((offsets[here] + start, offsets[here] + len(line.rstrip())))
    return spans


def _left_open(line: str) -> int | None:
    """Where the straight quote a paragraph leaves open starts ('Lange said. "The public has ... entertainment.'):
    its last mark opens a quote (after a space, before a word)."""
    at = line.rfind('"')
    if at < 0 or (at and not line[at - 1].isspace()) or at + 1 >= len(line) or line[at + 1].isspace():
        return None
    if line[at:].count("”") > line[at:].count("“"):
        return None  # closed by a curly mark: '"But Pete Wilson won,” Axelrod said.'
    return at + 1


def _split_mixed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A curly pair around a reporting clause typed with straight marks inside ('“Our roads are crumbling,"
    she said. "Families endure blackouts.”'): two quotes, not one holding the clause."""
    inner = text[start:end]
    marks = [i for i, ch in enumerate(inner) if ch == '"']
    if len(marks) != 2:
        return [(start, end)]
    close, open_ = marks
    closes = close > 0 and not inner[close - 1].isspace() and inner[close + 1 : close + 2].isspace()
    opens = inner[open_ - 1 : open_].isspace() and open_ + 1 < len(inner) and not inner[open_ + 1].isspace()
    if not (closes and opens):
        return [(start, end)]
    return [(start, start + close), (start + open_ + 1, end)]


def stage_direction(words: str) -> bool:
    """A quoted transcript's note in brackets ('"(CROSSTALK.)'): what happened, not what anyone said."""
    words = words.strip().rstrip(".")
    return words[:1] in ("(", "[") and words[-1:] in (")", "]") and words.count("(") + words.count("[") == 1


def direct_quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the words inside quotation marks (curly or straight)."""
    curly = [piece for m in _CURLY.finditer(text) for piece in _split_mixed(text, *m.span(1))]
    spans = curly + [m.span(1) for m in _DOUBLED.finditer(text)]
    lines = text.split("\n")
    offsets, offset = [], 0
    for line in lines:
        offsets.append(offset)
        if '"' in line:
            spans.extend(_straight_quote_spans(line, offset) + _mixed_pair(line, offset))
        offset += len(line) + 1
    spans.extend(_running_on(lines, offsets))
    spans.extend(_closed_by_opening_mark(lines, offsets))
    single = [span for line, at in zip(lines, offsets, strict=True) for span in _single_quote_spans(line, at)]
    single += _single_running_on(lines, offsets)
    head = len(lines[0]) if _headline(lines[0]) else 0
    spans.extend(_outside(_house_style(single, spans, head), spans))
    return sorted({s for s in spans if text[s[0] : s[1]].strip()})


TURN_WORDS = 8  # words of narration between two quotes that still belong to one speaker's turn


def _same_turn(previous: Quote, quote: Quote, text: str, quoted: list[tuple[int, int]]) -> bool:
    """The quotes share a paragraph, or only a paragraph break and a short attribution ("," she said.)
    lie between them, or the first quote's own attribution closes its paragraph and the next paragraph
    opens quoting again: a paragraph of narration ends the speaker's turn."""
    gap_start, gap_end = previous.end, quote.start
    if "\n" not in text[gap_start:gap_end]:
        return True
    first_break = text.find("\n", gap_start, gap_end)
    if previous.speaker_start is not None and gap_start <= previous.speaker_start < first_break:
        gap_start = first_break  # '"...," Palmer wrote in a statement released by the Cardinals.' ends its paragraph
    inside = sum(max(0, min(e, gap_end) - max(s, gap_start)) for s, e in quoted)
    words = len(re.findall(r"[A-Za-z]+", text[gap_start:gap_end])) if inside < gap_end - gap_start else 0
    return words <= TURN_WORDS


def nested_speakers(direct: list[Quote], reported: list[Quote]) -> None:
    """Quoted words inside someone's reported speech are theirs: 'Trump described immigrants as
    “criminals”' gives "criminals" to Trump."""
    for quote in direct:
        if quote.speaker is None:
            holder = next((r for r in reported if r.speaker and r.start <= quote.start and quote.end <= r.end), None)
            if holder is not None:
                quote.speaker, quote.speaker_entity = holder.speaker, holder.speaker_entity
                quote.speaker_start, quote.speaker_end = holder.speaker_start, holder.speaker_end


def split_speakers(quotes: list[Quote], text: str) -> None:
    """The first piece of a quotation split by its reporting clause ('"While this system is not perfect," he
    said, "I think ..."') is said by the speaker the clause names between the two pieces."""
    direct = [q for q in quotes if q.direct]
    for first, second in zip(direct, direct[1:], strict=False):
        between = second.speaker_start is not None and first.end <= second.speaker_start < second.start
        gap = text[first.end : second.start]
        clause = "\n" not in gap and len(re.findall(r"[A-Za-z]+", gap)) <= TURN_WORDS  # '," he said, "'
        if first.speaker is None and second.speaker and between and clause:
            first.speaker, first.speaker_entity = second.speaker, second.speaker_entity
            first.speaker_start, first.speaker_end = second.speaker_start, second.speaker_end


def continue_speakers(quotes: list[Quote], text: str, reach: int = 400, narrated: frozenset[int] = frozenset()) -> None:
    """A direct quote opening its paragraph or sentence with no speaker of its own continues the speaker
    of the quote just before it, direct or reported (a long quotation split over paragraphs), within
    that speaker's turn. A quote the writer says ("“Okay,” I said": its start in `narrated`) is a turn of
    its own, with no name: the quotes that go on from it are the writer's, not the last named speaker's."""
    previous: Quote | None = None
    quoted = [(q.start, q.end) for q in quotes if q.direct]
    for quote in quotes:
        opens = text[: quote.start - 1].rstrip(" ").endswith(("\n", ".", "?", "!")) or quote.start <= 1
        near = previous is not None and quote.start - previous.end <= reach
        near = near and _same_turn(previous, quote, text, quoted)
        # '"The risk," said Edward Leamer, an economist, "is that ...": the second piece after its speaker
        split = near and previous.speaker_start is not None and previous.end <= previous.speaker_start < quote.start
        own = quote.start in narrated  # the writer's own quote continues no one
        if quote.direct and quote.speaker is None and near and previous.speaker and (opens or split) and not own:
            quote.speaker, quote.speaker_entity = previous.speaker, previous.speaker_entity
            quote.speaker_start, quote.speaker_end = previous.speaker_start, previous.speaker_end
        if quote.speaker or quote.start in narrated:
            previous = quote
