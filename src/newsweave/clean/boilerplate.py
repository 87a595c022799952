"""Our boilerplate remover for plain text: what trafilatura cannot see once the markup is gone.

The text is split into blocks (lines). Each block is kept, turned into metadata, or removed with a
reason; removed blocks are returned so nothing is silently lost. Rules look at the shape of a block
(length, case, a marker phrase) and its neighbours, never at particular articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsweave.clean import metadata as meta
from newsweave.clean.embeds import PagePost, post_lines
from newsweave.clean.furniture import furniture_reason, split_dateline_credit, split_label
from newsweave.clean.posts import Signature, find_signature
from newsweave.clean.segments import off_story_spans
from newsweave.model import EmbeddedPost, Heading, Removed

# A marker that starts the page's tail: what follows it is not article body.
_COMMENT_MARKERS = re.compile(
    r"^(leave a (reply|comment)|\d+ (comments?|responses?)|comments( \(\d+\))?"
    r"|join the (conversation|discussion)|add a comment|post a comment|what do you think\??)\W*$",
    re.I,
)
_COMMENT_LINES = re.compile(
    r"(your email address will not be published|required fields are marked|save my name, email"
    r"|^(post|submit) comment$|^cancel reply$|^(name|email|website|comment)\s*\*?$)",
    re.I,
)
_SUBSCRIBE = re.compile(
    r"^(discover more from\b|subscribe\b|sign up (for|to)\b|get the latest\b.*\b(email|inbox)"
    r"|join (our|the) (newsletter|mailing list)|follow us\b|share this( article| story)?:?$|like this:?$"
    r"|(click to )?share on\b|continue reading\b|type your email"
    r"|follow\b.{0,80}\b(on|at) (facebook|twitter|instagram|x|linkedin|threads|bluesky)\b)",
    re.I,
)
_DISCOVER_SITE = re.compile(r"^discover more from\s+(.+?)\s*$", re.I)
_RELATED = re.compile(
    r"^(more from( the)? author|more from\b.*|related( posts| articles| stories| news| content| reading)?"
    r"|you (may|might) also like|read more|read next|recommended( for you| stories)?|trending( now| stories)?"
    r"|most (read|popular)|popular (posts|stories)|also read|see also|latest (news|posts|stories)"
    r"|previous (post|article)|next (post|article)|tags?|filed under)\W*(:.*)?$",
    re.I,
)
# A link to another article inside the body: "READ MORE: China plague outbreak confirmed ..."
_LINK_LINE = re.compile(
    r"^(read more|related|see also|also read|watch|listen|more|recommended|click here)\s*[:|»>\-–]\s*\S", re.I
)
_CAPTION = re.compile(
    r"^(image (copyright|caption|source)|(photo|picture|image)s?( credit)?\s*:"
    r"|\(?(photo|image|picture)s? (by|courtesy)\b"
    r"|media playback is unsupported|getty images$|copyright\b.*\ball rights reserved)",
    re.I,
)
_SECTION_LABEL = re.compile(r"^[A-Z][A-Z&'’\- ]{1,40}$")
_TERMINAL = (".", ",", ";", "”", '"', "…")


@dataclass
class Cleaned:
    """The result of cleaning one text: body, headings, what was removed, and metadata found."""

    text: str
    headings: list[Heading] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    published: str | None = None
    original_source: str | None = None
    site: str | None = None
    published_from_update: bool = False  # an "Updated ..." date gives way to a "Published ..." one
    off_story: list[tuple[int, int]] = field(default_factory=list)  # spans about another story
    breaks: list[int] = field(default_factory=list)  # kept blocks that follow a separator line
    posts: list[EmbeddedPost] = field(default_factory=list)  # embedded posts, offsets into `text`
    post_blocks: dict[int, EmbeddedPost] = field(default_factory=dict)  # kept block index -> its post


def _words(block: str) -> int:
    return len(block.split())


def _is_paragraph(block: str) -> bool:
    """Running text: long enough, or a sentence that introduces what follows."""
    return _words(block) >= 15 or (block.endswith(":") and _words(block) >= 4)


def _is_section_label(block: str) -> bool:
    """An all-capitals line of a few words ("WORLD NEWS"); only a label above or below the body."""
    return bool(_SECTION_LABEL.match(block)) and _words(block) <= 5


def _is_title_like(block: str) -> bool:
    return 2 <= _words(block) <= 25 and not block.endswith(_TERMINAL) and not block.endswith(":")


def _name_parts(name: str) -> set[str]:
    return {p for p in re.split(r"\s+", name) if len(p) > 2}


def remove_boilerplate(
    text: str,
    find_title: bool = True,
    known_title: str | None = None,
    heading_lines: set[str] | None = None,
    page_posts: list[PagePost] | None = None,
) -> Cleaned:
    """Clean one plain text.

    `find_title` takes a leading headline line as the title; `heading_lines`, when the markup told us
    which lines are headings (HTML), replaces the layout guess; `page_posts` are the embedded posts the
    markup showed (their text is kept as a post, never taken for furniture).
    """
    result = Cleaned(text="")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    dateline = meta.DATELINE.match(text)
    if dateline:
        result.published = meta.parse_date(dateline.group(1))
        result.removed.append(Removed(dateline.group(0).strip(), "dateline"))
        text = text[dateline.end() :]
    blocks = [re.sub(r"[ \t]+", " ", b).strip() for b in text.split("\n")]
    blocks = [b for b in blocks if b]
    kept = _classify(blocks, result, page_posts or [])
    before = len(kept)
    kept = _take_title(kept, result, find_title, known_title)
    shift = before - len(kept)
    result.breaks = [b - shift for b in result.breaks]
    result.post_blocks = {b - shift: post for b, post in result.post_blocks.items() if b >= shift}
    if kept and 0 not in result.post_blocks:
        credit, kept[0] = split_dateline_credit(kept[0])  # "(CNN)President Donald Trump ..."
        if credit:
            result.removed.append(Removed(credit, "dateline"))
    _assemble(kept, result, heading_lines)
    return result


def _post(signature: Signature, page_post: PagePost | None) -> EmbeddedPost:
    """A post record from its signature, completed by what the page's markup says (the markup wins)."""
    if page_post is not None:
        return _page_post(page_post, signature)
    platform = "bluesky" if (signature.handle or "").endswith(".bsky.social") else signature.platform
    return EmbeddedPost(0, 0, signature.author, signature.handle, signature.date, None, platform)


def _page_post(page_post: PagePost, signature: Signature | None = None) -> EmbeddedPost:
    """A post record from the page's markup; offsets come when the text is assembled."""
    handle = page_post.handle or (signature.handle if signature else None)
    date = page_post.date or (signature.date if signature else None)
    return EmbeddedPost(0, 0, page_post.author, handle, date, page_post.url, page_post.platform)


def _keep_post(kept: list[str], result: Cleaned, block: str, post: EmbeddedPost) -> None:
    """Keep the block as (a line of) the post; a line that continues the post kept just before joins it."""
    previous = result.post_blocks.get(len(kept) - 1)
    if previous is not None and (previous.url, previous.author) == (post.url, post.author) and post.url:
        post = previous
    result.post_blocks[len(kept)] = post
    kept.append(block)


def _posts(blocks: list[str], index: int, kept: list[str], result: Cleaned, page_posts: dict[int, PagePost]) -> bool:
    """Handle the block when it is part of an embedded post: its signature (removed; the post is the text
    before it in the block, or the block kept just before), its text (kept, as the author's post). True
    when the block was handled."""
    block = blocks[index]
    signature = find_signature(block)
    if signature is not None:
        result.removed.append(Removed(signature.signature, "social post signature"))
        if signature.text:
            _keep_post(kept, result, signature.text, _post(signature, page_posts.get(index)))
        elif kept and index > 0 and kept[-1] == blocks[index - 1] and len(kept) - 1 not in result.post_blocks:
            result.post_blocks[len(kept) - 1] = _post(signature, page_posts.get(index - 1))
        return True
    ahead = find_signature(blocks[index + 1]) if index + 1 < len(blocks) else None
    if ahead is not None and not ahead.text:
        _keep_post(kept, result, block, _post(ahead, page_posts.get(index)))
        return True
    if (page_post := page_posts.get(index)) is not None:
        _keep_post(kept, result, block, _page_post(page_post))
        return True
    return False


def _classify(blocks: list[str], result: Cleaned, posts: list[PagePost]) -> list[str]:
    """Drop boilerplate blocks (recording why) and return the kept ones in order."""
    kept: list[str] = []
    page_posts = post_lines(blocks, posts) if posts else {}
    bio_names: set[str] = set()
    tail: str | None = None  # set once a comment box or related list begins
    half = len(blocks) // 2
    for index, block in enumerate(blocks):
        if tail == "comments":
            result.removed.append(Removed(block, "comments"))
            continue
        if tail == "related" and not _is_paragraph(block):
            result.removed.append(Removed(block, "related links"))
            continue
        tail = None
        reason = None
        if _posts(blocks, index, kept, result, page_posts):
            continue
        prefix, block = split_label(block)
        if prefix:
            result.removed.append(Removed(prefix, "section label"))
            if not block:
                continue
        if (match := meta.DATE_LINE.match(block)) and _words(block) <= 12:
            label = (match.group(1) or "").lower()
            if result.published is None or (label != "updated" and result.published_from_update):
                result.published = meta.parse_date(match.group(2))
                result.published_from_update = label == "updated"
            reason = "dateline"
        elif match := meta.ORIGINAL_SOURCE.match(block):
            result.original_source = meta.domain_of(match.group(1))
            reason = "original source"
        elif match := meta.ABOUT_AUTHOR.match(block):
            result.author = result.author or match.group(1)
            bio_names |= _name_parts(match.group(1))
            reason = "author bio"
        elif match := meta.VIEW_ALL_POSTS.match(block):
            result.author = result.author or match.group(1).strip()
            reason = "author bio"
        elif bio_names and set(block.split()[:3]) & bio_names:
            reason = "author bio"
        elif (match := meta.BYLINE.match(block)) and _words(block) <= 14:
            result.author = result.author or match.group(1)
            if result.published is None and (date := meta.DATE_ANYWHERE.search(block)):
                result.published = meta.parse_date(date.group(1))  # "By Jane Doe | Nov. 6, 2024"
            reason = "byline"
        elif _COMMENT_MARKERS.match(block) and index >= half:
            tail = "comments"
            reason = "comments"
        elif _COMMENT_LINES.search(block):
            reason = "comments"
        elif _SUBSCRIBE.match(block) and _words(block) <= 20:
            if match := _DISCOVER_SITE.match(block):
                result.site = result.site or match.group(1).strip()
            reason = "subscribe"
        elif _LINK_LINE.match(block) and _words(block) <= 30:
            reason = "related links"
        elif _RELATED.match(block) and _words(block) <= 8:
            tail = "related"
            reason = "related links"
        elif _CAPTION.match(block) and _words(block) <= 40:
            reason = "caption"
        elif _is_section_label(block) and (not kept or index == len(blocks) - 1):
            reason = "section label"
        else:
            reason = furniture_reason(block)
            if reason == "separator":
                result.breaks.append(len(kept))
        if reason:
            result.removed.append(Removed(block, reason))
        else:
            kept.append(block)
    return kept


def _take_title(kept: list[str], result: Cleaned, find_title: bool, known_title: str | None) -> list[str]:
    """A leading headline line becomes the title and leaves the body."""
    if not kept:
        return kept
    first = kept[0]
    if known_title and _norm(first) == _norm(known_title):
        result.title = known_title
        return kept[1:]
    if find_title and known_title is None and len(kept) > 1 and _is_title_like(first):
        result.title = first
        return kept[1:]
    return kept


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _looks_like_heading(kept: list[str], index: int) -> bool:
    """A short unpunctuated line that introduces running text (list items are followed by short lines)."""
    block = kept[index]
    following = kept[index + 1] if index + 1 < len(kept) else ""
    short_line = 1 <= _words(block) <= 12 and not block.endswith((*_TERMINAL, ":"))
    return short_line and bool(following) and _is_paragraph(following)


def _assemble(kept: list[str], result: Cleaned, heading_lines: set[str] | None) -> None:
    """Join the kept blocks into the clean text and mark heading lines by their offsets."""
    parts: list[str] = []
    offset = 0
    section_starts = []
    for index, block in enumerate(kept):
        if index in result.breaks:
            section_starts.append(offset)
        if (post := result.post_blocks.get(index)) is not None:
            if not result.posts or result.posts[-1] is not post:
                post.start = offset
                result.posts.append(post)
            post.end = offset + len(block)
        is_heading = block in heading_lines if heading_lines is not None else _looks_like_heading(kept, index)
        is_heading = is_heading and index not in result.post_blocks  # a short post is not a heading
        if is_heading:
            result.headings.append(Heading(block, offset, offset + len(block)))
            section_starts.append(offset)
        parts.append(block)
        offset += len(block) + 2
    result.text = "\n\n".join(parts)
    result.off_story = off_story_spans(result.text, section_starts, result.title)
