"""An article's text as markup: each cited sentence one element carrying its anchor id (so a citation's
`:target` outlines the whole sentence), figures and quotes highlighted inside it; everything escaped.

Spans are (start, end, css class, anchor id) in character offsets into the text. Sentence spans that
overlap are merged into one element, the others' ids kept as anchors inside it.
"""

from __future__ import annotations

from html import escape

from markupsafe import Markup

from newsweave.report.html import highlight

Span = tuple[int, int, str, str]


def clip(spans: list[Span], start: int, end: int) -> list[Span]:
    """The spans within [start, end), shifted to start at 0; an anchor stays only where its span begins."""
    return [
        (max(s, start) - start, min(e, end) - start, css, ident if s >= start else "")
        for s, e, css, ident in spans
        if s < end and e > start
    ]


def merge_sentences(sentences: list[Span]) -> list[tuple[int, int, str, list[str]]]:
    """Overlapping sentence spans as one, with every id; "hl-summary" wins over a plain citation."""
    merged: list[tuple[int, int, str, list[str]]] = []
    for s, e, css, ident in sorted(sentences, key=lambda span: span[0]):  # stable: the first given keeps its id
        if merged and s < merged[-1][1]:
            ms, me, mcss, ids = merged[-1]
            merged[-1] = (ms, max(me, e), "hl-summary" if "hl-summary" in (mcss, css) else mcss, ids + [ident])
        else:
            merged.append((s, e, css, [ident]))
    return merged


def mark_up(text: str, inner: list[Span], sentences: list[Span]) -> Markup:
    """`text` escaped, sentences wrapped with their ids, figures and quotes highlighted within."""
    out, pos = [], 0
    for s, e, css, ids in merge_sentences(sentences):
        out.append(highlight(text[pos:s], clip(inner, pos, s)))
        ids = list(dict.fromkeys(i for i in ids if i))
        own = f' id="{escape(ids[0])}"' if ids else ""
        extra = "".join(f'<a id="{escape(i)}" class="anchor"></a>' for i in ids[1:])
        body = highlight(text[s:e], clip(inner, s, e))
        out.append(f'<span{own} class="sent {escape(css)}">{extra}{body}</span>')
        pos = e
    out.append(highlight(text[pos:], clip(inner, pos, len(text))))
    return Markup("".join(out))
