"""Page furniture inside the text: captions and credits, prompts, embedded posts, contributor lines.

Each rule looks at the shape of one block (a line): a credit at its end or start ("Name/Agency",
"©Name", "Photograph: ..."), a prompt phrase, an embedded post's signature, a share of links, a
label vocabulary. None lists sentences; each is pinned by a real line in tests/clean.
"""

from __future__ import annotations

import re

from newsweave.clean.metadata import DATE_PATTERN

_CAP = r"[A-Z][\w.'’&-]*"
_NAME = rf"{_CAP}(?:\s+(?:of |the |de |van |von )?{_CAP}){{0,4}}"
_AGENCY = (
    r"(?:Getty(?: Images)?|GETTY|AP|AFP|Reuters|REUTERS|EPA|Bloomberg|Shutterstock|Alamy|PA(?: Wire| Images)?"
    r"|Rex(?: Features)?|Xinhua|TASS|Pool|File|Handout|NASA|ESA)"
)
# A credit closing a caption: "Dado Ruvic/Reuters", "(AP Photo/Jane Roe)", "©Philippe Lopez (AFP/File)",
# "Photograph: George Frey/Getty Images", "(Photo: Telegram)", "(Rick Loomis / Los Angeles Times)".
_PERSON = rf"{_CAP}(?:\s+{_CAP}){{1,3}}"
# "Person/Anything" or "Anything/Agency", with one slash only: "Bulgaria/Israel/Hungary" is a list.
_SLASH_CREDIT = rf"(?<![/\w]){_PERSON}\s?/\s?{_NAME}(?![\w/])|(?<![/\w]){_NAME}\s?/\s?{_AGENCY}(?![\w/])"
_CREDIT_END = re.compile(
    rf"(?:{_SLASH_CREDIT}"
    rf"|\((?:{_SLASH_CREDIT}|(?:Photo|Image|Picture|Credit)s?:\s*[^)]+|{_AGENCY})\)"
    rf"|©\s*\S.*|(?:Photograph|Photo|Picture|Image|Credit|Photo credit)s?:\s*{_NAME}(?:\s?/\s?{_NAME})?)\W?$"
)
# A credit opening a caption: "Getty Images The Brazilian ...", "AP:Associated Press Felipe ...", "X•GETTY ..."
_CREDIT_START = re.compile(rf"^(?:Getty Images|GETTY|AP:\s*Associated Press|[A-Z][A-Z .&'-]*•\s*{_AGENCY})\s+[A-Z]")
_BARE_CREDIT = re.compile(rf"^(?:{_SLASH_CREDIT}|{_AGENCY}(?:\s*[-–/,&]\s*{_AGENCY})*)$")
# Captions that say so: "FILE - In this June 3, 2019 photo, ...", "..., in a photo obtained by CNN."
_CAPTION_SHAPE = re.compile(
    r"^(?:FILE\s*[-–—:]|(?:In )?this\b.{0,40}?\b(?:19|20)\d\d,? (?:file )?(?:photo|image|picture|video|handout)\b"
    r"|(?:In )?this (?:file )?(?:photo|image|picture|handout|screengrab)\b"
    r"|.{0,200}\bin an? (?:file )?(?:photo|picture|image|video|screengrab) (?:obtained|provided|released|taken|posted"
    r"|made available|shared) by\b)",
    re.I,
)
_LABEL_WORDS = {
    "photo", "photos", "video", "videos", "image", "images", "gallery", "audio", "graphic", "advertisement",
    "enlarge", "this", "toggle", "hide", "show", "caption", "play", "watch", "scroll", "for", "down", "the",
    "savesave", "save", "next", "prev", "previous", "close", "loading", "share", "tweet", "email", "print",
    "youtube", "twitter", "instagram", "facebook", "pinterest", "linkedin", "whatsapp", "vimeo", "getty",
}  # fmt: skip
_PLATFORM_END = re.compile(r"^\S+(?: \S+)?\s+(?:YouTube|Twitter|Instagram|Facebook|Vimeo)$")
_BARE_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|co\.uk|io|tv|info)$", re.I)
_GALLERY = re.compile(r"^(?:(?:hide|show) caption\b|.{0,40}\b\d+ of \d+$)", re.I)
# A photo gallery's slide counter: "1/8 The scene after ... Steve Parsons/PA 2/8 Police officers ..." on one line,
# or one slide per line opening with its counter and date ("15/34 16 November 2017 Theresa May chats ...").
_SLIDE = re.compile(r"(?<![\w/.,])(\d{1,3})/(\d{1,3})(?![\w/.,])")
_SLIDE_LINE = re.compile(rf"^(\d{{1,3}})/(\d{{1,3}}) {DATE_PATTERN} \S")
_PROMPT = re.compile(
    r"(?:^advertisement\b|continue reading( the main story| below)?\b|^newsletter sign up\b"
    r"|subscribe (now|today|to (our|the))"
    r"|by subscribing\b|verify you'?re not a robot|invalid email address|enter your email|we pay for tips"
    r"|got a story\?|do you have a story for|email us at|like us on \w+|follow us on \w+|read or share this story"
    r"|read the original article|scroll (down )?for (the )?video|order reprints|today'?s paper|send us a note"
    r"|^email the author\b|^craving (even )?more\b|download (our|the) app|^click here\b|^sign up for\b"
    r"|^e-?mail:\s*\S+@)",
    re.I,
)
# The same prompts read in a lower-cased block: its words are lower-cased once, not compared case-blind in every
# branch at every character (the case-blind search was a seventh of the cleaning of 600 BBC articles)
_PROMPT_LOWER = re.compile(_PROMPT.pattern)
_COPYRIGHT = re.compile(
    r"(?:(?:\bcopyright|©)\s*(?:©\s*)?\d{4}\b|all rights reserved|may not be (?:published|reproduced)"
    r"|not responsible for the content of external)",
    re.I,
)
_CONTRIBUTOR = re.compile(
    r"(?:\bcontributed (?:additional )?(?:reporting|to this (?:report|story|article))"
    r"|^\(?(?:additional )?(?:reporting|writing|editing|compiled|edited) by\b|^[—–-]\s*with assistance (?:by|from)\b"
    r"|\bappears in print on\b|\(.{0,60}\bpages? [A-Z]?\s?\d+\w?\)$"
    r"|^\W*(?:update:\s*)?this (?:article|story) (?:was|has been) (?:amended|updated|corrected)\b)",
    re.I,
)
_SEPARATOR = re.compile(r"^[\W_]{3,}$")
_SOCIAL = re.compile(
    rf"(?:—\s*[^—]{{1,80}}\(@\w{{1,30}}\)\s*{DATE_PATTERN}\W*$|pic\.twitter\.com/"
    rf"|\ba post shared by\b.{{0,80}}\(@\w+\))",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?$")  # a credit never ends with a full stop
_READ_MORE_END = re.compile(r"\bread more\W*$", re.I)
_BRACKETED = re.compile(r"^\[.*\]$")
_MOST_READ = re.compile(r"^(?:most (?:read|popular|shared|viewed)|more (?:stories|videos) from)\b", re.I)
# A list of other stories under its label, which a page's text run carries into one block: "Related stories It
# happened to me ‘My husband died while I was pregnant’ ... Break It Off Taylor Swift and Calvin Harris split"
# (The Sun). The label is followed by a headline, never by prose ("Related stories about the crash were ...").
_RELATED_LIST = re.compile(
    r"^(?:related (?:stories|articles|content|coverage|links|news|reading|topics)|more on this (?:story|topic)|"
    r"you (?:may|might) also like|recommended (?:for you|stories|articles|reading))"
    r"(?:\s*[:|–—-]?\s*(?=(?-i:[^\sa-z]))|\s*$)",
    re.I,
)
_URL = re.compile(r"https?://\S+|\bwww\.\S+")
_HIGHLIGHTS = re.compile(r"^(?:story highlights|key points|highlights)\b[:\s]*", re.I)


def _words(block: str) -> int:
    return len(block.split())


def _is_label(block: str) -> bool:
    words = [w.strip("•|:-–—").lower() for w in block.split()]
    words = [w for w in words if w]
    return bool(words) and len(words) <= 8 and all(w in _LABEL_WORDS or w.startswith("savesave") for w in words)


def _is_gallery(block: str) -> bool:
    """Slides counted 1/N, 2/N, 3/N in one line, or one slide with its date: a tweet's "4/4" stays."""
    line = _SLIDE_LINE.match(block)
    if line and 0 < int(line.group(1)) <= int(line.group(2)):
        return True
    counters = [(int(m.group(1)), int(m.group(2))) for m in _SLIDE.finditer(block)]
    for total in {n for _, n in counters}:
        slides = [k for k, n in counters if n == total]
        if len(slides) >= 3 and slides == sorted(slides) and slides[-1] <= total:
            return True
    return False


def furniture_reason(block: str) -> str | None:
    """Why a block is page furniture ("caption", "credit", "subscribe", ...), or None for body text."""
    words = _words(block)
    if _SEPARATOR.match(block):
        return "separator"
    if words <= 8 and (_BARE_CREDIT.match(block) or _is_label(block) or _BARE_DOMAIN.match(block)):
        return "credit" if _BARE_CREDIT.match(block) else "media label"
    if words <= 4 and _PLATFORM_END.match(block):
        return "media label"
    if words <= 40 and _COPYRIGHT.search(block):
        return "copyright"
    credit_end = not _SENTENCE_END.search(block) and _CREDIT_END.search(block)
    if words <= 70 and (credit_end or _CREDIT_START.match(block)) or words <= 120 and _CAPTION_SHAPE.match(block):
        return "caption"  # agency captions ("FILE - In this ... photo") run long
    if words <= 12 and _GALLERY.match(block):
        return "media label"
    if _is_gallery(block):
        return "gallery"
    if _SOCIAL.search(block) and words <= 90:
        return "social post"
    # a block over 150 words is no subscribe prompt whatever it holds: its prompts are not looked for
    prompts = {m.group(0) for m in _PROMPT_LOWER.finditer(block.lower())} if words <= 150 else set()
    if prompts and (words <= 12 or len(prompts) >= 2 and words <= 150 or _PROMPT.match(block) and words <= 25):
        return "subscribe"
    if words <= 40 and _CONTRIBUTOR.search(block):
        return "contributor"
    if words <= 25 and (_READ_MORE_END.search(block) or _BRACKETED.match(block) and words >= 3):
        return "related links"
    if words <= 150 and (_MOST_READ.match(block) or _RELATED_LIST.match(block)):
        return "related links"
    urls = _URL.findall(block)  # a line of text around links; a bare address is left alone
    if urls and words <= 30 and len(urls) / words >= 0.15 and words - len(urls) >= 2:
        return "related links"
    return None


def split_label(block: str) -> tuple[str | None, str]:
    """A "Story highlights" label glued to the line it introduces: (label, rest of the line)."""
    match = _HIGHLIGHTS.match(block)
    if not match or match.end() == len(block):
        return (block, "") if match else (None, block)
    return block[: match.end()].strip(), block[match.end() :]


# An outlet's credit opening the story, before its first word: "(CNN)President ...", "(Reuters) — The ...".
# A credit after a place ("LONDON (AP) — ") is spaced from the sentence and stays with its place.
_CREDIT_DATELINE = re.compile(r"^\((?:[A-Z][\w&.'’-]*)(?: [A-Z][\w&.'’-]*){0,2}\)\s*(?:[-–—]\s*)?(?=[A-Z\"“‘'])")


def split_dateline_credit(block: str) -> tuple[str | None, str]:
    """An outlet's dateline credit at the very start of the story's first line: (credit, rest of the line)."""
    match = _CREDIT_DATELINE.match(block)
    if not match or match.end() == len(block):
        return None, block
    return block[: match.end()].strip(), block[match.end() :]
