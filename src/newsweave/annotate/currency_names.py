"""Currencies news names in words ("7.5 million Danish crowns", "200 Swedish kronor"), by babel's English names
of the ISO 4217 currencies rather than a list kept by hand.

Only names of two words or more enter ("Danish kroner", "Hong Kong dollars"): a bare "pounds" or "crowns" is a
weight, sterling or a count, which the caller decides. English news calls the Nordic and Czech krone, krona and
koruna "crowns", which babel does not write: those names are added in that spelling too. When two codes share a
name (a currency and its predecessor), the one some country uses today wins.
"""

from __future__ import annotations

from functools import lru_cache

from newsweave.fastimport import import_unchecked

CROWNS = ("krone", "kroner", "krona", "kronor", "koruna", "korun")


@lru_cache(maxsize=1)
def currency_names() -> dict[str, str]:
    """Lower-case English currency names of two words or more -> ISO code, singular and plural."""
    babel = import_unchecked("babel")
    numbers = import_unchecked("babel.numbers")
    english = babel.Locale("en")
    current = {code for territory in english.territories for code in numbers.get_territory_currencies(territory) or ()}
    names: dict[str, str] = {}
    for code in sorted(english.currencies, key=lambda c: c not in current):  # today's currencies first
        forms = {english.currencies[code], *(numbers.get_currency_name(code, n, "en") for n in (1, 2))}
        for form in forms:
            words = form.lower().split()
            if len(words) < 2 or "(" in form:
                continue
            spellings = [words]
            if words[-1] in CROWNS:
                spellings += [[*words[:-1], "crown"], [*words[:-1], "crowns"]]
            for spelling in spellings:
                names.setdefault(" ".join(spelling), code)
    return names


def currency_named(text: str) -> str | None:
    """The ISO code of a currency named in words ("Danish crowns" -> "DKK"), or None."""
    return currency_names().get(" ".join(text.lower().split())) if " " in text.strip() else None
