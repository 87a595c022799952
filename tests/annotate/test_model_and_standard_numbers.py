"""Model, version and standard numbers name a product or a standard; they count nothing, whatever unit their
glued letters spell ("802.11ac": acres, "802.11b": billion)."""

from tests.conftest import annotate_text


def test_letters_glued_to_a_long_dotted_number_name_a_standard(nlp):
    """Benchmark page on Wi-Fi 6 (802.11ac read as 802.11 acres) and BBC tech/107 (802.11b read as 802.11 billion)."""
    wifi = (
        "Wireless routers that support Wi-Fi 6 are markedly more expensive than 802.11ac wireless access points, and "
        "you need Wi-Fi 6 devices to best take advantage of the new Wi-Fi standard."
    )
    assert [(c.value, c.unit) for c in annotate_text(nlp, wifi).claims] == []
    pandas = (
        "It includes a 802.11b wireless network and a video monitoring system using five cameras to observe pandas "
        "around the clock."
    )
    assert [(c.value, c.unit, c.counted) for c in annotate_text(nlp, pandas).claims] == [(5, None, "cameras")]


def test_a_rounded_measure_glued_to_its_unit_stays_a_figure(nlp):
    """News-threads Chang'e 4 thread: "425kg" and "60,000km" are measures, however glued."""
    text = "A Long March 4C rocket will carry a 425kg relay satellite and station it some 60,000km behind the moon."
    annotations = annotate_text(nlp, text)
    assert [(c.value, c.unit) for c in annotations.claims + annotations.measures] == [
        (425, "kilogram"),
        (60000, "kilometre"),
    ]


def test_a_number_after_a_camel_cased_product_name_is_its_model(nlp):
    """Benchmark page on Wi-Fi 6: "the iPhone 11 lineup" counted 11 lineups."""
    text = "Then the iPhone 11 lineup landed with 802.11ax Wi-Fi 6 support included."
    assert annotate_text(nlp, text).claims == []
    counted = annotate_text(nlp, "She sold 40 iPhones and 3 iPads.").claims
    assert [(c.value, c.counted) for c in counted] == [(40, "iPhones"), (3, "iPads")]
