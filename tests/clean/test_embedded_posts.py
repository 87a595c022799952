"""Embedded social posts are content: their text stays (where the page puts it), their signature goes, and
the post is recorded with its author, handle, date, address and platform (issue 12, meth gold decision 1)."""

from __future__ import annotations

import gzip

from newsweave.clean import clean
from newsweave.clean.embeds import page_posts
from newsweave.model import RawArticle
from tests.conftest import BENCH

PAGE_A = "156770d676ce79905198e1c8407f81e5ecfb617d9aa44712718707eb7e3b8e38"  # The Hill: one tweet kept, author lost
PAGE_B = "3f65af7b6b98b1c9ae9a3e0d8a09a85600cdc44e26e4b3a6db96a31f4b1767e3"  # NJ.com: five tweets dropped


def _page(page_id: str):
    html = gzip.decompress((BENCH / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8")
    return clean(RawArticle(id=page_id, path=page_id, body=html, kind="html", format="html"))


def _text(text: str):
    return clean(RawArticle(id="t", path=None, body=text, kind="text", format="text", title="A story"))


def _html(body: str):
    page = f"<html><head><title>A story</title></head><body><article>{body}</article></body></html>"
    return clean(RawArticle(id="h", path=None, body=page, kind="html", format="html"))


def _post_text(article, post) -> str:
    return article.text[post.start : post.end]


def test_the_tweets_trafilatura_drops_are_put_back_after_the_paragraph_before_them():
    article = _page(PAGE_B)
    authors = [(p.author, p.handle, p.date, p.platform) for p in article.posts]
    assert authors == [
        ("Dianna E. Anderson", "@diannaeanderson", "2019-11-18", "twitter"),
        ("Mike Beauvais", "@MikeBeauvais", "2019-11-18", "twitter"),
        ("tall glass of coquito", "@_orabora", "2019-11-19", "twitter"),
        ("Governor Kristi Noem", "@govkristinoem", "2019-11-18", "twitter"),
        ("Cooper Lund", "@cooperlund", "2019-11-18", "twitter"),
    ]
    first = article.posts[0]
    assert _post_text(article, first).startswith("Yes this is real and yes the state spent nearly half a million")
    assert first.url == "https://twitter.com/diannaeanderson/status/1196501054197649413?ref_src=twsrc%5Etfw"
    before = article.text[: first.start].rstrip()
    assert before.endswith("a whole lot of people on Twitter pointed it out.")
    assert "(@diannaeanderson)" not in article.text


def test_a_kept_tweet_gets_its_author_and_its_signature_is_removed():
    article = _page(PAGE_A)
    (post,) = article.posts
    assert (post.author, post.handle, post.date) == ("Robert Maguire", "@RobertMaguire_", "2019-11-18")
    assert _post_text(article, post).startswith("I love that they trademarked it.")
    removed = [(r.text, r.reason) for r in article.removed]
    assert ("— Robert Maguire (@RobertMaguire_) November 18, 2019", "social post signature") in removed
    assert "November 18, 2019" not in article.text


def test_a_post_and_its_signature_in_one_line_keep_the_text():
    article = _text(
        "Officials urged people to stay home on Thursday as the storm reached the coast.\n"
        "Stay safe everyone. — City of Springfield (@springfield) May 2, 2019\n"
        "The storm weakened overnight and moved inland, forecasters said on Friday morning."
    )
    (post,) = article.posts
    assert _post_text(article, post) == "Stay safe everyone."
    assert (post.author, post.handle, post.date) == ("City of Springfield", "@springfield", "2019-05-02")
    assert "(@springfield)" not in article.text


def test_a_signature_alone_makes_the_line_before_it_a_post():
    article = _text(
        "The governor answered her critics on social media late on Monday night.\n"
        "Meth is a serious problem in our state. We are here to get it out. pic.twitter.com/abc123\n"
        "— Kristi Noem (@govkristinoem) November 18, 2019\n"
        "Her office did not respond to a request for comment on Tuesday morning."
    )
    (post,) = article.posts
    assert _post_text(article, post).startswith("Meth is a serious problem in our state.")
    assert post.author == "Kristi Noem"
    assert [r.reason for r in article.removed if "govkristinoem" in r.text] == ["social post signature"]


def test_an_instagram_signature_leaves_the_caption_as_the_post():
    article = _text(
        "The company showed the car it will send into space on its first flight next year.\n"
        "A Red Car for the Red Planet A post shared by SpaceX (@spacex) on Dec 22, 2017 at 2:57pm PST\n"
        "The launch is planned for January from the Kennedy Space Center in Florida."
    )
    (post,) = article.posts
    assert _post_text(article, post) == "A Red Car for the Red Planet"
    assert (post.author, post.handle, post.date, post.platform) == ("SpaceX", "@spacex", "2017-12-22", "instagram")
    assert article.headings == []  # a short post before a paragraph is not a heading


_PARAGRAPH = "<p>The mayor spoke to reporters outside city hall on Tuesday about the flooding in the east.</p>"
_STORY = "".join(
    f"<p>Paragraph {n} of the flood story: the river rose again overnight and crews worked to hold it back"
    " with sandbags along the banks near the old mill.</p>"
    for n in range(1, 6)
)


def test_the_embed_markup_of_each_platform_gives_text_author_and_address():
    page = (
        '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/B1/">'
        "<div><p>Sandbags on Main Street this morning</p>"
        '<p><a href="https://www.instagram.com/p/B1/">A post shared by Jane Roe (@janeroe)</a> on '
        '<time datetime="2019-05-02T10:00:00+00:00">May 2, 2019 at 3:00am PDT</time></p></div></blockquote>'
        '<div class="fb-post" data-href="https://www.facebook.com/springfield/posts/42">'
        '<blockquote cite="https://www.facebook.com/springfield/posts/42" class="fb-xfbml-parse-ignore">'
        "<p>Roads east of the river are closed.</p>Posted by "
        '<a href="https://www.facebook.com/springfield/">City of Springfield</a> on '
        '<a href="https://www.facebook.com/springfield/posts/42">Thursday, May 2, 2019</a></blockquote></div>'
        '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:x/app.bsky.feed.post/3k">'
        '<p lang="en">Water is still rising here.</p>&mdash; John Doe '
        '(<a href="https://bsky.app/profile/did:plc:x">@johndoe.bsky.social</a>) '
        '<a href="https://bsky.app/profile/did:plc:x/post/3k">May 2, 2024 at 10:00</a></blockquote>'
        '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@floodwatch/video/7">'
        '<section><a title="@floodwatch" href="https://www.tiktok.com/@floodwatch">@floodwatch</a> '
        "The view from the bridge <a>♬ original sound - floodwatch</a></section></blockquote>"
    )
    posts = [
        (p.platform, p.text, p.author, p.handle, p.date, p.url) for p in page_posts(f"<html><body>{page}</body></html>")
    ]
    assert posts == [
        ("instagram", "Sandbags on Main Street this morning", "Jane Roe", "@janeroe", "2019-05-02",
         "https://www.instagram.com/p/B1/"),
        ("facebook", "Roads east of the river are closed.", "City of Springfield", None, "2019-05-02",
         "https://www.facebook.com/springfield/posts/42"),
        ("bluesky", "Water is still rising here.", "John Doe", "@johndoe.bsky.social", "2024-05-02",
         "at://did:plc:x/app.bsky.feed.post/3k"),
        ("tiktok", "The view from the bridge", "@floodwatch", "@floodwatch", None,
         "https://www.tiktok.com/@floodwatch/video/7"),
    ]  # fmt: skip


def test_an_embedded_post_the_article_does_not_reach_is_reported_not_added():
    paragraphs = _STORY
    aside = (
        "<aside><h3>Elsewhere</h3>"
        + "".join(
            f"<p class='promo'>Promo {n}: the ten best beaches to visit this summer, ranked</p>" for n in range(6)
        )
        + '<blockquote class="twitter-tweet"><p>Our new menu is out today!</p>&mdash; Cafe Roe (@caferoe) '
        '<a href="https://twitter.com/caferoe/status/9">May 2, 2019</a></blockquote></aside>'
    )
    page = f"<html><head><title>Flood</title></head><body><article>{paragraphs}</article>{aside}</body></html>"
    article = clean(RawArticle(id="h", path=None, body=page, kind="html", format="html"))
    assert "Our new menu" not in article.text and article.posts == []
    assert ("Our new menu is out today!", "embedded post outside the article") in [
        (r.text, r.reason) for r in article.removed
    ]


def test_a_tweet_inside_the_article_is_placed_after_its_paragraph():
    article = _html(
        _STORY
        + _PARAGRAPH
        + '<div class="social-embed"><blockquote class="twitter-tweet"><p lang="en">We are opening two shelters'
        " tonight for anyone who needs one.</p>&mdash; Mayor Jane Roe (@MayorRoe) "
        '<a href="https://twitter.com/MayorRoe/status/5">May 2, 2019</a></blockquote></div>'
        "<p>Crews worked through the night to hold back the river with sandbags along its eastern bank.</p>"
    )
    (post,) = article.posts
    assert _post_text(article, post) == "We are opening two shelters tonight for anyone who needs one."
    assert article.text.index("city hall") < post.start < article.text.index("Crews worked")
    assert (post.author, post.url) == ("Mayor Jane Roe", "https://twitter.com/MayorRoe/status/5")


def test_a_tweet_embed_without_paragraphs_splits_text_from_signature():
    page = (
        "<html><body><p>Residents shared what they saw.</p><blockquote class='twitter-tweet'>Flood water everywhere."
        " &mdash; Jane Roe (@janeroe) <a href='https://twitter.com/janeroe/status/1'>May 2, 2019</a>"
        "</blockquote></body></html>"
    )
    (post,) = page_posts(page)
    assert (post.text, post.author, post.handle, post.date) == (
        "Flood water everywhere.",
        "Jane Roe",
        "@janeroe",
        "2019-05-02",
    )
    assert post.before == ["Residents shared what they saw."]


def test_a_signature_glued_to_the_posts_last_link_is_still_split_off():
    line = (  # PolNeAR dev, breitbart_2016-09-28_mary-j-blige-sings-to-hillary-cl
        "Like you’ve never seen them before.@MaryJBlige sits down with @HillaryClinton.#The411Coming September 30th."
        "https://t.co/hbaWqfjJcp pic.twitter.com/P2qpm3h3Pm— Apple Music (@AppleMusic) September 27, 2016."
    )
    article = _text(f"The singer met the candidate for an interview to be shown on a streaming service.\n{line}")
    (post,) = article.posts
    assert _post_text(article, post).endswith("pic.twitter.com/P2qpm3h3Pm")
    assert (post.author, post.handle, post.date) == ("Apple Music", "@AppleMusic", "2016-09-27")
