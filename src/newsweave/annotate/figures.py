"""Figures: numbers that count or measure something, with qualifier, what is counted and who says so.

Which numbers are not figures is `nonfigures.py`'s job (dates, clock times, ordinals, designations, "one
of ...", anaphoric small numbers); how a number reads, `quantities.py`'s; what it counts, `counted.py`'s (and
a unit shared with another number, `shared_units.py`'s). Ages of people are figures;
distances and durations are figures kept apart as measures. A figure restated by reference or in another unit
in brackets is `restatements.py`'s.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsweave.annotate.ages import age_owner, age_span, is_owner_pronoun, person_owner
from newsweave.annotate.attribution import Resolver
from newsweave.annotate.compounds import compound_counted, counting_compound, two_unit_duration
from newsweave.annotate.conditions import condition_of, own_condition, with_condition
from newsweave.annotate.context_counted import counted_from_context, is_level
from newsweave.annotate.conversions import pounds_weigh
from newsweave.annotate.counted import (
    amount_of,
    count_rate,
    counted_phrase,
    margin_points,
    modified_noun,
    names_index,
    of_object,
    spaced_symbol,
    unit_noun,
)
from newsweave.annotate.direction import direction_of, elided_change_unit
from newsweave.annotate.doc_arrays import column, span_text
from newsweave.annotate.identifiers import network_generation
from newsweave.annotate.nonfigures import is_age, not_a_figure
from newsweave.annotate.numbers import (
    SUBUNITS,
    ParsedNumber,
    money_rate,
    parse_surface,
    take_unit_and_scale,
)
from newsweave.annotate.passages import source_of
from newsweave.annotate.quantities import (
    metres_converted,
    number_groups,
    qualifier_of,
    unit_words,
    words_past_conversion,
    written_as_multiple,
)
from newsweave.annotate.quotes import quote_speaker_at
from newsweave.annotate.ranges import alternative_end, range_end
from newsweave.annotate.restatements import converts, converts_currency, restates_earlier
from newsweave.annotate.shared_units import Figure, fraction_unit, shared_figure
from newsweave.annotate.units import longest_unit, unit_in_context
from newsweave.annotate.written_units import scale_unit
from newsweave.model import Claim


class FigureExtractor:
    """Finds the figures of one parsed article."""

    def __init__(self, doc: Doc, article_id: str, resolver: Resolver) -> None:
        self.doc = doc
        self.article_id = article_id
        self.resolver = resolver

    def extract(self) -> tuple[list[Claim], list[Claim]]:
        claims: list[Claim] = []
        measures: list[Claim] = []
        groups = number_groups(self.doc)
        by_start = {g.start: g for g in groups}
        consumed: set[int] = set()
        previous: tuple[Claim, Span] | None = None
        found: list[Figure] = []
        for group in groups:
            if group.start in consumed or not_a_figure(group):
                continue
            claim, distance_or_time = self._claim(group, by_start, consumed, claims, found)
            if claim is None:
                continue
            found.append(Figure(claim, distance_or_time))
            if previous is not None and claim.qualifier == "exactly" and converts(group, claim, *previous):
                claim.qualifier = previous[0].qualifier  # "more than 100 kilometers (60 miles)": over 60 miles too
            if previous is not None and converts_currency(group, claim, *previous):
                previous[0].restated.append((claim.start, claim.end))  # "$5,920 (£4,250)": one amount, twice
                claim.counted = previous[0].counted  # "a fine of 30,000 Egyptian pounds ($1,688)": the fine's too
            previous = claim, group
            if distance_or_time or network_generation(group):
                measures.append(claim)  # a distance, a duration, or an identifier ("5G"): quantities, not figures
            elif not restates_earlier(claim, group, claims):
                claims.append(claim)
        for index, claim in enumerate(claims):
            claim.id = f"{self.article_id}:c{index}"
        return claims, measures

    def _claim(
        self, group: Span, by_start: dict[int, Span], consumed: set[int], earlier: list[Claim], found: list[Figure]
    ) -> tuple[Claim | None, bool]:
        """The claim a number group makes, and whether it is a distance or a duration (a measure)."""
        doc = self.doc
        units = unit_words(group)
        parsed = parse_surface(_surface(group, units))
        if parsed is None:
            return None, False
        if (
            units
            and group[-1].text[-1:].isalpha()
            and (alone := parse_surface(group.text))
            and alone.unit == parsed.unit
        ):
            units = []  # "a 60W USB-C PD port": the unit is glued to its number; the words after are what it sizes
        parsed = scale_unit(group, metres_converted(group, parsed))
        if parsed.unit == "GBP" and pounds_weigh(
            [t.text for t in units], [t.text for t in doc[group.end + len(units) : group.end + 8]],
            [t.text for t in group.sent],
        ):  # fmt: skip
            parsed.unit, parsed.kind = "pound-mass", "measure"  # "5.1 million pounds of thrust"
        symbol = None  # a symbol read as the sentence means it ("the capacitor was 2.5 F": farads)
        if units and parsed.unit is not None and (read := unit_in_context(units[0].text, _words(group.sent))):
            rate = parsed.unit.partition(" per ")[2]  # "0.5 R per day": roentgens per day
            parsed.unit, parsed.kind, symbol = read.name + (f" per {rate}" if rate else ""), read.kind, units[0]
            parsed.distance_or_time = read.distance_or_time
        if parsed.kind == "money" and parsed.unit is not None and " per " not in parsed.unit:
            parsed.unit = money_rate(parsed.unit, words_past_conversion(group))  # "C $6 (US $4.46) per share"
        if units and units[0].lower_ in SUBUNITS and parsed.unit is not None and " per " not in parsed.unit:
            units = units[:1]  # "up 19 cents at US $58.24": the amount ends at its cents
        qualifier, surface_start = qualifier_of(group)
        low = high = None
        other, reading = range_end(group, by_start)
        end_token = units[-1] if parsed.unit and units else group[-1]
        value = parsed.value
        if other is not None and (not not_a_figure(other) or (reading == "from_to" and _year_shaped(other))):
            other_units = unit_words(other)
            other_parsed = parse_surface(_surface(other, other_units))
            other_parsed = scale_unit(other, other_parsed) if other_parsed is not None else None
            if other_parsed is not None and other_parsed.unit is None and parsed.unit is not None:
                other_parsed = ParsedNumber(  # "from 180 pounds to 165": the second end in the unit of the first
                    other_parsed.value, parsed.unit, parsed.kind, distance_or_time=parsed.distance_or_time
                )
            if other_parsed is not None and other_parsed.low is None and parsed.low is None:
                parsed = take_unit_and_scale(parsed, other_parsed)
                same = (parsed.kind, parsed.unit) == (other_parsed.kind, other_parsed.unit)
                if same and (reading != "spread" or other_parsed.value > parsed.value):
                    # a spread ("between 10,000 and 12,000") is read at its low end; a from-to pair keeps
                    # the order of time (from, to) and is read at the level it reached
                    low, high, qualifier = parsed.value, other_parsed.value, "range"
                    value = other_parsed.value if reading == "from_to" else parsed.value
                    if reading == "to_from":
                        low, high = other_parsed.value, parsed.value
                    consumed.add(other.start)
                    end_token = other_units[-1] if other_parsed.unit and other_units else other[-1]
                    units = other_units
        elif other is None and parsed.unit is None and (alt := alternative_end(group, by_start)) is not None:
            alt_parsed = parse_surface(_surface(alt, unit_words(alt)))
            if alt_parsed is not None and alt_parsed.unit is not None and alt_parsed.low is None:
                parsed = take_unit_and_scale(parsed, alt_parsed)  # "7- or 8-inch": seven inches, one figure each
        elif parsed.low is not None and parsed.high is not None:  # "15-22" written as one token
            low, high, qualifier, value = parsed.low, parsed.high, "range", parsed.low
        if low is None and (both := two_unit_duration(group, by_start.get(group.end + 2))) is not None:
            value, parsed.unit, end_token = both  # "8 hours and 20 minutes": one duration, 500 minutes
            units = unit_words(by_start[group.end + 2])  # "... and 30 minutes of daylight": what the last unit is of
            consumed.add(group.end + 2)
        if group.start > 0 and doc[group.start - 1].lower_ == "minus":  # "minus 233 Celsius"
            value, low, high = -value, None if low is None else -low, None if high is None else -high
        age = is_age(group)
        if age:
            parsed.unit, parsed.kind, parsed.distance_or_time = "year of age", "measure", False
        if parsed.unit is None and parsed.kind == "count" and (model := elided_change_unit(group, earlier)):
            parsed.unit, parsed.kind = model.unit, model.kind  # "increased by 2 percent but NSADAQ decrease by 1"
        if parsed.unit is None and parsed.kind == "count" and (whole := fraction_unit(group, value)) is not None:
            parsed.unit, parsed.kind, parsed.distance_or_time = whole.name, "measure", whole.distance_or_time
        kind = {"measure": "quantity"}.get(parsed.kind, parsed.kind)
        noun = modified_noun(other if low is not None and other is not None else group)
        if (
            kind == "money"
            and noun is not None
            and noun.i == group.end
            and (noun.lower_ in ("p", "p.") or noun.lower_ in SUBUNITS)
        ):
            noun = None  # "down 68 p", "up 19 cents": the pence or cents of the price, not what it counts
        if symbol is not None and noun is not None and noun.i == symbol.i:
            noun = None  # "cost me 150 kn": the currency, not what the amount counts
        if kind == "money" and noun is None and low is None:
            noun = amount_of(group)  # "up from its initial offer of $70 a share": the initial offer
        partner = None
        if noun is None and parsed.unit is None and kind == "count" and low is None and not age:
            partner = shared_figure(group, found)  # "while the lowest is 74.07": in the cents of the highest
            if partner is not None and partner.claim.unit is not None:
                parsed.unit, kind, parsed.distance_or_time = partner.claim.unit, partner.claim.kind, partner.measure
        if noun is None and parsed.unit is None and parsed.kind == "count" and _points_said_in_sentence(group):
            parsed.unit, kind = "point", "quantity"  # "rose 64.06 points to 4,577.10": the level in points
        if kind == "count" and parsed.unit is None and noun is not None and (measured := unit_noun(group, noun)):
            parsed.unit, kind, parsed.distance_or_time = measured.name, "quantity", measured.distance_or_time
            units = []  # "517 rushing yards": in yards, and what they measure stays the noun's phrase
        elif kind == "count" and parsed.unit is None and noun is not None and (symbol := spaced_symbol(group, noun)):
            parsed.unit, kind, parsed.distance_or_time = symbol.name, "quantity", symbol.distance_or_time
            units = [noun]  # "a 5 W USB-C charger": in watts, counting the charger
        elif kind == "count" and parsed.unit is None and noun is not None and margin_points(group, noun):
            parsed.unit, kind, units = "point", "quantity", [noun]  # "a 12 point lead": in points, of the lead
        if kind == "quantity" and units and not age:
            unit_token = _unit_head(units)
            noun = of_object(unit_token) or _compound_head(unit_token)  # "tonnes of grain", "a two-week closure"
        # the unit's own words, not the counted phrase read after them ("30 gigawatts of offshore wind capacity")
        unit_span = {t.i for t in units if t.i <= _unit_head(units).i} if kind == "quantity" and units else set()
        if kind == "quantity" and noun is not None and noun.i >= 2 and doc[noun.i - 1].lower_ == "long":
            unit_span |= {noun.i - 2, noun.i - 1}  # "a year-long investigation": "-long" is the unit's, not its noun's
        number_span = {t.i for t in group} | ({t.i for t in other} if low is not None and other is not None else set())
        if age:
            noun = age_owner(group)
            number_span |= age_span(group)
        counted = counted_phrase(noun, number_span | unit_span, kind == "count") if noun is not None else None
        if age:
            counted = _owner_named_before(noun, earlier) if noun is not None and is_owner_pronoun(noun) else counted
            if noun is not None and _demonym(noun) and (person := self.resolver.pronoun_person(noun)) is not None:
                counted = person.name  # "The 19-year-old Dutchman": the age of Max Verstappen, named before
        elif written_as_multiple(group):
            counted = "times"  # "grew more than sixfold": six times, as "6.5 times earnings" counts times
        elif kind == "count" and (compound := counting_compound(group)) is not None:
            counted = compound_counted(compound)  # "the seven-member group": seven members
        elif counted is not None and noun is not None:
            if kind != "quantity":  # "the 400-pound gorilla was shot dead": its weight, not of the dead
                counted = with_condition(counted, condition_of(noun))
        elif partner is not None and partner.claim.counted and (partner.claim.unit is None or group[-1].dep_ == "pobj"):
            counted = partner.claim.counted  # not "the lowest is 74.07" of "the highest forecast is 84.75 cents"
        else:
            weight = kind == "quantity" and not parsed.distance_or_time and not age
            counted = counted_from_context(group, earlier, kind, weight or kind == "percent")
            if counted and kind in ("count", "percent"):  # "and 50 taken to hospital"; not "charge ... $6 million"
                counted = own_condition(counted, group[-1])
            if kind == "count" and parsed.unit is None and (model := _elided_unit(group, counted, earlier)):
                parsed.unit, kind = model.unit, model.kind  # "a minus-1.4 degree angle in 2018 and 2.1 last year"
        if parsed.unit is None and network_generation(group):
            counted = "generation wireless"  # "5G", "3G and 4G": a generation of wireless networks, not a "G"
        if counted is None and kind == "count" and not _stands_alone(group, value):
            return None, False
        if kind == "count" and parsed.unit is None and (rate := count_rate(group, noun)) is not None:
            parsed.unit = rate  # "three thousand tests per day": a count per day
        if kind == "count" and parsed.unit is None and noun is None and is_level(group[-1]) and names_index(counted):
            parsed.unit, kind = "point", "quantity"  # "the dax fell 0.4 per cent to 13176": the index's level
        end_char = end_token.idx + len(end_token)
        if noun is not None and noun.i >= end_token.i:
            end_char = max(end_char, noun.idx + len(noun))
        source = source_of(group[-1], self.resolver, quote_speaker_at(group[-1], self.resolver, self.article_id))
        claim = Claim(
            id="",
            article=self.article_id,
            value=value,
            low=low,
            high=high,
            qualifier=qualifier,
            unit=parsed.unit,
            kind=kind,
            change=direction_of(group),
            counted=counted,
            asserted_by=source.name if source else None,
            affiliation=source.affiliation if source else None,
            source_entity=source.entity.id if source and source.entity else None,
            sentence=span_text(group.sent),
            start=doc[surface_start].idx,
            end=end_char,
        )
        return claim, parsed.distance_or_time


def _demonym(noun: Token) -> bool:
    """ "The 19-year-old Dutchman", "the Brit": one person told by a nationality (tagged a place, a people or a
    person's name), who is someone the article named before, as "he" is."""
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return the and noun.tag_ == "NNP" and noun.ent_type_ in ("GPE", "NORP") and noun.ent_iob_ == "B"


def _words(sentence: Span) -> set[str]:
    lower, alpha = column(sentence.doc, "lower_"), column(sentence.doc, "is_alpha")
    return {lower[i] for i in range(sentence.start, sentence.end) if alpha[i]}


def _owner_named_before(pronoun: Token, earlier: list[Claim]) -> str | None:
    """The owner a pronoun gives the age of ("A family spokeswoman said ... that he was 3"): the one whose
    age the sentence or the one before gave last, when a noun named a person ("the child is 4 years old")."""
    sentence = pronoun.sent
    since = pronoun.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    ages = [c for c in earlier if c.unit == "year of age" and since <= c.start < pronoun.idx]
    # only the sentence before or its own: "her 5-year-old daughter" paragraphs earlier is not "when she was 16"
    return ages[-1].counted if ages and person_owner(ages[-1].counted) else None


def _elided_unit(group: Span, counted: str | None, earlier: list[Claim]) -> Claim | None:
    """The figure of the sentence a bare number joined to it by "and" leaves its unit to, as it leaves what it
    counts ("a minus-1.4 degree average launch angle in 2018 and 2.1 last year": 2.1 degrees)."""
    if counted is None or group[-1].dep_ != "conj":
        return None
    previous = [c for c in earlier if c.start < group.start_char and c.sentence == span_text(group.sent)]
    if not previous or previous[-1].counted != counted or previous[-1].unit is None:
        return None
    return previous[-1]


def _stands_alone(group: Span, value: float) -> bool:
    """A number that is itself the noun phrase, its counted thing elided or named earlier ("About 1000 come
    from Asia", "a total of 200 million", "between 750000 and 800000 will be sold"): a figure when written in
    digits and large or with decimals, which a pronoun-like "the two" or "one of" never is."""
    number = group[-1]
    if number.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "pobj", "conj", "appos", "npadvmod"):
        return False
    digits = [t.text for t in group if any(ch.isdigit() for ch in t.text)]
    if not digits or (number.dep_ == "pobj" and _year_shaped(group)):
        return False  # "by 2120" is a year
    return abs(value) >= 1000 or any("." in d for d in digits)


def _year_shaped(group: Span) -> bool:
    """A bare four-digit number ("from 1000 to 2000 hires"): a year alone, a count as the end of a pair whose
    first number is one."""
    return len(group) == 1 and re.fullmatch(r"\d{4}", group.text) is not None


def _points_said_in_sentence(group: Span) -> bool:
    """Whether another number of the sentence is in points ("up 58.06 points", "1,463.87 points"): a bare level
    of an index beside it is in points too ("rose 64.06 points to 4,577.10")."""
    return any(
        t.lower_ == "points" and t.i > 0 and t.doc[t.i - 1].like_num and t.i - 1 not in range(group.start, group.end)
        for t in group.sent
    )


def _unit_head(units: list[Token]) -> Token:
    """The last word of the unit named after a number ("60 basis point improvement": "point"), which a counted
    noun is the object or the head of."""
    words = [t for t in units if t.text != "-"] or units
    match = longest_unit([t.text for t in words])
    return words[match[1] - 1] if match is not None else words[0]


def _compound_head(unit: Token) -> Token | None:
    """The noun a unit word modifies in a compound: "a two-week closure", "a 2.4-liter engine", "a year-long
    investigation"."""
    head = unit.head
    if unit.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.i > unit.i and head.pos_ == "NOUN":
        return head
    if unit.dep_ == "npadvmod" and head.lower_ == "long" and head.dep_ == "amod" and head.head.pos_ == "NOUN":
        return head.head  # "a year-long investigation", "a decade-long project"
    return None


def _surface(group: Span, units: list[Token]) -> str:
    """The group's text with the words that may name its unit, as written (spacing kept)."""
    doc = group.doc
    end = units[-1].i + 1 if units else group.end
    text = doc[group.start : end].text.lstrip("~≈")
    return text[4:] if text.lower().startswith("sub-") else text
