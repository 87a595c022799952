"""Embedded social posts in a page's markup, found by the platforms' embed classes, and put back in the text.

trafilatura drops most embeds: their containers carry "embed" or "social" in their class, which its
cleaning discards before it reads the body, and a blockquote it keeps loses its author. So the posts are
read from the page's own tree (text, display name, handle, date, address) and each one's text is placed
after the paragraph that precedes it in the page, when trafilatura kept that paragraph (else after the
nearest earlier one it kept). A post whose neighbours the article did not keep is outside the article
(a sidebar, a promo): it is reported, never silently added or lost. Posts written only inside the page's
JSON are out of reach here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import html as lxml_html

from newsweave.clean.posts import HANDLE, display_name, post_date

# The embed markup of each platform (a class on the element holding one post).
_EMBED_CLASSES = {
    "twitter-tweet": "twitter",
    "twitter-video": "twitter",
    "instagram-media": "instagram",
    "tiktok-embed": "tiktok",
    "fb-post": "facebook",
    "bluesky-embed": "bluesky",
    "mastodon-embed": "mastodon",
    "text-post-media": "threads",
}
_CLASS_TEST = re.compile("|".join(re.escape(c) for c in _EMBED_CLASSES))
_DASH_SIGNATURE = re.compile(rf"[—–]\s*(?P<author>[^—–()]{{0,80}}?)\s*\(?\s*(?P<handle>{HANDLE})\s*\)?")
_SHARED_BY = re.compile(r"A post shared by\s+(?P<author>[^()]{1,80}?)\s*\((?P<handle>@[\w.]{1,60})\)", re.I)
_POSTED_BY = re.compile(r"Posted by\s+(?P<author>.{1,80}?)\s+on\s+(?P<date>.{4,60})$", re.S)
_POST_BY_HANDLE = re.compile(rf"Post by\s+(?P<handle>{HANDLE})", re.I)
_PLATFORM_LINES = re.compile(
    r"^(?:view this (?:post|profile) on \w+|a post shared by\b.*|view on \w+|post by @.*|♬.*|watch on \w+)$", re.I
)
_BLOCKS = "p|h2|h3|h4|h5|h6|li|blockquote|figcaption|td"
# How many of the page's text blocks before a post are looked at for the one it follows, and how many words
# of text the article did not keep may lie between them (more: the post is in a sidebar or a promo).
MAX_BACK = 12
MAX_GAP_WORDS = 30


@dataclass
class PagePost:
    """One embedded post as the page's markup gives it."""

    text: str
    author: str
    handle: str | None
    date: str | None
    url: str | None
    platform: str
    before: list[str]  # the page's text blocks before the post, nearest first
    signature: str | None = None  # the signature line as the page writes it, when it has one


def _platform(element: lxml_html.HtmlElement) -> str | None:
    classes = (element.get("class") or "").split()
    return next((_EMBED_CLASSES[c] for c in classes if c in _EMBED_CLASSES), None)


def _text_of(element: lxml_html.HtmlElement) -> str:
    """An element's text with line breaks as spaces."""
    for br in element.iter("br"):
        br.tail = " " + (br.tail or "")
    return " ".join(element.text_content().split())


def _first_url(element: lxml_html.HtmlElement, *needles: str) -> str | None:
    for attribute in ("data-instgrm-permalink", "cite", "data-href", "data-bluesky-uri", "data-text-post-permalink"):
        if value := element.get(attribute):
            return value
    hrefs = [a.get("href") or "" for a in element.iter("a")]
    return next((h for h in reversed(hrefs) if any(n in h for n in needles)), None)


def _paragraphs(element: lxml_html.HtmlElement) -> list[str]:
    """The post's own text: its paragraphs that are not the platform's labels or the signature."""
    found = []
    for p in element.iter("p"):
        text = _text_of(p)
        if text and not _PLATFORM_LINES.match(text):
            found.append(text)
    return found


def _dashed(element: lxml_html.HtmlElement, platform: str) -> PagePost | None:
    """Twitter and Bluesky: the text in `<p>`, then "— Name (@handle) <a>Date</a>"."""
    texts = [t for p in element.iter("p") if (t := _text_of(p))]
    text = " ".join(t for t in texts if not _DASH_SIGNATURE.match(t))
    whole = _text_of(element)
    tail = whole[len(text) :] if whole.startswith(text) else whole
    match = _DASH_SIGNATURE.search(tail)
    if not text and match is not None:  # an embed without paragraphs: "Text — Name (@handle) Date"
        text, tail = tail[: match.start()].strip(), tail[match.start() :]
        match = _DASH_SIGNATURE.search(tail)
    if not text or match is None:
        return None
    author = display_name(match.group("author")) or match.group("handle")
    date = tail[match.end() :].strip()
    signature = tail[match.start() :].strip()
    url = _first_url(element, "/status/", "/post/")
    return PagePost(text, author, match.group("handle"), post_date(date), url, platform, [], signature)


def _instagram(element: lxml_html.HtmlElement) -> PagePost | None:
    whole = _text_of(element)
    match = _SHARED_BY.search(whole)
    text = " ".join(_paragraphs(element))
    if not text or match is None:
        return None
    time = next(element.iter("time"), None)
    date = post_date((time.get("datetime") or "")[:10] or time.text_content()) if time is not None else None
    author = display_name(match.group("author")) or match.group("handle")
    return PagePost(text, author, match.group("handle"), date, _first_url(element, "instagram.com"), "instagram", [])


def _facebook(element: lxml_html.HtmlElement) -> PagePost | None:
    quote = next(element.iter("blockquote"), element)
    text = " ".join(_paragraphs(quote))
    tail = _text_of(quote)[len(text) :] if _text_of(quote).startswith(text) else _text_of(quote)
    match = _POSTED_BY.search(tail.strip())
    if not text or match is None:
        return None
    author = display_name(match.group("author"))
    return PagePost(text, author, None, post_date(match.group("date")), _first_url(element), "facebook", [])


def _by_handle(element: lxml_html.HtmlElement, platform: str) -> PagePost | None:
    """TikTok, Mastodon, Threads: the author is only a handle ("@user" link, "Post by @user")."""
    handle = None
    for a in element.iter("a"):
        title = (a.get("title") or a.text_content() or "").strip()
        if title.startswith("@") and " " not in title:
            handle = title
            break
    whole = _text_of(element)
    if handle is None and (match := _POST_BY_HANDLE.search(whole)):
        handle = match.group("handle")
    if platform == "tiktok":
        section = next(element.iter("section"), element)
        parts = []
        for node in section.iter("a"):
            label = " ".join(node.text_content().split())
            if label.startswith(("@", "♬")) or (node.get("title") or "").startswith("@"):
                node.drop_tree()
        parts.append(_text_of(section))
        text = " ".join(p for p in parts if p)
    else:
        text = " ".join(_paragraphs(element))
    if not text or handle is None:
        return None
    return PagePost(text, handle, handle, None, _first_url(element), platform, [])


def _read(element: lxml_html.HtmlElement, platform: str) -> PagePost | None:
    if platform in ("twitter", "bluesky"):
        return _dashed(element, platform)
    if platform == "instagram":
        return _instagram(element)
    if platform == "facebook":
        return _facebook(element)
    return _by_handle(element, platform)


def _before(element: lxml_html.HtmlElement) -> list[str]:
    """The text blocks that precede the embed in the page, nearest first (never ones inside another embed)."""
    found = []
    for block in reversed(element.xpath(f"preceding::*[self::{' or self::'.join(_BLOCKS.split('|'))}]")):
        if any(_platform(a) for a in block.iterancestors()):
            continue
        text = " ".join(block.text_content().split())
        if text:
            found.append(text)
        if len(found) >= MAX_BACK:
            break
    return found


def page_posts(page: str) -> list[PagePost]:
    """Every embedded post in the page that carries text and an author, in page order."""
    if not _CLASS_TEST.search(page):
        return []
    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return []
    embeds = [
        (element, platform)
        for element in tree.iter()
        if isinstance(element.tag, str)
        and (platform := _platform(element))
        and not any(_platform(a) for a in element.iterancestors())
    ]
    befores = [_before(element) for element, _ in embeds]  # read before any post's markup is touched
    posts = []
    for (element, platform), before in zip(embeds, befores, strict=True):
        if (post := _read(element, platform)) is not None:
            post.before = before
            posts.append(post)
    return posts


def text_key(text: str) -> str:
    """A text's words, lower-cased, without punctuation: how a post and a line of the text are compared."""
    return " ".join(re.sub(r"\W+", " ", text).lower().split())


def same_text(line: str, other: str) -> bool:
    """One text is the other, or holds it as most of its words (a line with a link or a label more)."""
    a, b = text_key(line), text_key(other)
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (short in long_ and len(short) >= 0.8 * len(long_))


def post_lines(lines: list[str], posts: list[PagePost]) -> dict[int, PagePost]:
    """Which lines are a post's text: one line that is the post, or a run of lines that together are it
    (a post the extractor kept line by line)."""
    found: dict[int, PagePost] = {}
    keys = [text_key(line) for line in lines]
    for post in posts:
        whole = text_key(post.text)
        for start in range(len(lines)):
            if same_text(lines[start], post.text):
                found[start] = post
                continue
            run, end = keys[start], start
            while whole.startswith(run) and run != whole and end + 1 < len(lines):
                end += 1
                run = f"{run} {keys[end]}".strip()
            if run == whole and end > start:
                found.update(dict.fromkeys(range(start, end + 1), post))
    return found


def _holds(line: str, block: str) -> bool:
    """The line is the page's block, or the block is part of the line (a paragraph the extractor joined)."""
    a, b = text_key(line), text_key(block)
    return bool(a and b) and (a == b or (len(b) >= 20 and b in a) or (len(a) >= 20 and a in b))


def _anchor(lines: list[str], before: list[str]) -> int | None:
    """The line the post follows: the nearest block before it that the article kept, unless more than
    MAX_GAP_WORDS words the article did not keep lie between them."""
    gap = 0
    for block in before:
        found = next((i for i in range(len(lines) - 1, -1, -1) if _holds(lines[i], block)), None)
        if found is not None:
            return found
        gap += len(block.split())
        if gap > MAX_GAP_WORDS:
            return None
    return None


def place_posts(lines: list[str], posts: list[PagePost]) -> tuple[list[str], list[PagePost]]:
    """The lines with each post's text after the line it follows in the page; the posts that have no place.

    A post the extractor kept is left where it is. Posts that follow the same line keep their page order."""
    after: dict[int, list[str]] = {}
    unplaced = []
    everything = f" {' '.join(text_key(line) for line in lines)} "
    for post in posts:
        if f" {text_key(post.text)} " in everything or any(same_text(line, post.text) for line in lines):
            continue
        anchor = _anchor(lines, post.before)
        if anchor is None:
            unplaced.append(post)
        else:
            after.setdefault(anchor, []).append(post.text)
    placed = []
    for index, line in enumerate(lines):
        placed.append(line)
        placed.extend(after.get(index, []))
    return placed, unplaced
