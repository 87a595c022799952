"""A story body split by an ad slot into sibling containers of one class: the parts trafilatura missed.

Some layouts close the body's container before an ad row and open a second one of the same class for
the rest of the story; trafilatura keeps the first. When the page has two or three containers whose
class is the one holding the extracted text, and the others add at least MIN_PARAGRAPHS paragraphs,
those paragraphs are the rest of the story. More containers of a class are a list (teasers, rows).
"""

from __future__ import annotations

import lxml.html
from lxml import etree

MAX_CONTAINERS = 3
MIN_PARAGRAPHS = 3
MIN_WORDS = 8


def _norm(text: str) -> str:
    return " ".join(text.split())


def continued_body(html: str, lines: list[str]) -> tuple[list[str], int]:
    """(paragraphs of the story's other containers, index of the line after which they belong)."""
    first = next((_norm(line)[:80] for line in lines if len(line.split()) >= 12), "")
    if not first:
        return [], len(lines)
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return [], len(lines)
    container = next((p.getparent() for p in tree.iter("p") if first in _norm(p.text_content())), None)
    if container is None or not container.get("class"):
        return [], len(lines)
    same = [e for e in tree.iter(container.tag) if e.get("class") == container.get("class")]
    if not 2 <= len(same) <= MAX_CONTAINERS:
        return [], len(lines)
    have = _norm(" ".join(lines))
    extra = [
        text
        for other in same
        if other is not container
        for p in other.iter("p")
        if len((text := _norm(p.text_content())).split()) >= MIN_WORDS and text not in have
    ]
    if len(extra) < MIN_PARAGRAPHS:
        return [], len(lines)
    last = [_norm(p.text_content()) for p in container.iter("p") if p.text_content().strip()]
    after = max((i for i, line in enumerate(lines) if last and _norm(line) == last[-1]), default=len(lines) - 1)
    return extra, after + 1
