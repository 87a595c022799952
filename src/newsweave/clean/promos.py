"""Promotions for other articles set inside the body's markup, cut before extraction.

Once the markup is gone these read as body text: a run of linked headlines joined by '|' becomes a
false quote or figure, a hover card of a person's latest headlines is glued into a sentence. The
markup shows them plainly, so they are cut from the page before trafilatura reads it:
- a run of linked headlines: a paragraph or inline element whose text is links and nothing else but
  separators ('|', '•', brackets, short all-capitals tags like "[VIDEO]"), two of them headline-long;
  a short all-capitals label standing alone just before it ("DON'T MISS") goes with it;
- a run-in promo: a paragraph that is a short all-capitals label, a colon and a linked headline
  ("SEE MORE: Hong Kong protests: 800 students under siege in university").
A page with none of them is returned unchanged (the same string), so nothing else moves.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

_HEADLINE_WORDS = 4  # a linked headline has at least this many words; a linked name has fewer
_LABEL = re.compile(r"^[A-Z][A-Z0-9'’&!\- ]{1,30}$")  # "DON'T MISS", "SEE MORE", "READ MORE"
_LABEL_WORDS = 4
# What may stand between linked headlines: separators, brackets and short all-capitals tags ("[INSIGHT]").
_BETWEEN = re.compile(r"^(?:[\s|•·,;/\[\]()–—-]|\b[A-Z]{2,12}\b)*$")
_RUN_IN = re.compile(r"^\s*([A-Z][A-Z0-9'’&!\- ]{1,30}?)\s*:\s*(.+?)\s*$", re.S)
_CONTAINERS = ("p", "span")  # a paragraph, or an element inside one; sections and menus are left to trafilatura


def _text(element: etree._Element) -> str:
    return " ".join(element.text_content().split())


def _is_label(text: str) -> bool:
    return bool(_LABEL.match(text)) and len(text.split()) <= _LABEL_WORDS


def _links(element: etree._Element) -> list[etree._Element]:
    return [a for a in element.iter("a") if _text(a)]


def _outside_links(element: etree._Element) -> str:
    """The element's text that is not inside one of its links."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        if child.tag != "a":
            parts.append(_outside_links(child))
        parts.append(child.tail or "")
    return " ".join(" ".join(parts).split())


def _headlines(element: etree._Element) -> list[etree._Element]:
    return [a for a in _links(element) if len(_text(a).split()) >= _HEADLINE_WORDS]


def is_headline_run(element: etree._Element) -> bool:
    """Links and nothing else but separators, two of them headline-long: a list of other articles."""
    return len(_headlines(element)) >= 2 and bool(_BETWEEN.match(_outside_links(element)))


def _narrowest(element: etree._Element) -> etree._Element:
    """The innermost element still holding all the run's headlines: a hover card opened by a linked name
    ("Ilhan Omar") is cut without the name, which belongs to the sentence."""
    headlines = _headlines(element)
    while True:
        inner = next((c for c in element if isinstance(c.tag, str) and _headlines(c) == headlines), None)
        if inner is None or inner.tag == "a":
            return element
        element = inner


def is_run_in_promo(element: etree._Element) -> bool:
    """A paragraph that is an all-capitals label, a colon and a linked headline: "SEE MORE: <headline>"."""
    match = _RUN_IN.match(_text(element))
    if not match or len(match.group(1).split()) > _LABEL_WORDS:
        return False
    linked = " ".join(_text(a) for a in _links(element))
    return len(linked.split()) >= _HEADLINE_WORDS and " ".join(match.group(2).split()) == linked


def _label_before(element: etree._Element) -> etree._Element | None:
    """A short all-capitals paragraph standing just before the element (empty paragraphs skipped)."""
    sibling = element.getprevious()
    while sibling is not None and isinstance(sibling.tag, str) and not _text(sibling):
        sibling = sibling.getprevious()
    if sibling is not None and sibling.tag == "p" and _is_label(_text(sibling)):
        return sibling
    return None


def _drop(element: etree._Element) -> None:
    """Remove the element, keeping the text that follows it (its tail) in place."""
    element.drop_tree()


def promos(root: etree._Element) -> list[etree._Element]:
    """The promo elements of a parsed page, in page order, none inside another."""
    found: list[etree._Element] = []
    matched: set[etree._Element] = set()  # the outermost elements matched: what is inside is judged
    for element in root.iter(*_CONTAINERS):
        if any(a in matched for a in element.iterancestors()):
            continue
        if is_headline_run(element):
            found.append(_narrowest(element))
        elif element.tag == "p" and is_run_in_promo(element):
            found.append(element)
        else:
            continue
        matched.add(element)
    return found


def cut_promos(page: str) -> str:
    """The page without its in-body promotions; the same string when it has none."""
    if "<a" not in page:
        return page
    try:
        root = lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return page
    found = promos(root)
    if not found:
        return page
    for element in found:
        if (label := _label_before(element)) is not None:
            _drop(label)
        _drop(element)
    return lxml_html.tostring(root, encoding="unicode")
