"""What a number counts when its own phrase names nothing: read from its clause and the figures before it ("the
death toll rose to 40", "it could be as high as 12,000", "Credit Suisse has 1,105", "raised its offer to $82").

Kept apart from `counted.py` (the phrase a number modifies) and `figures.py` (what a figure is and who says so).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsweave.annotate.conditions import CASUALTY_VERBS, STATE_WORDS, condition_of, with_condition
from newsweave.annotate.counted import antecedent, counted_phrase
from newsweave.annotate.doc_arrays import span_text
from newsweave.annotate.quantities import is_change
from newsweave.model import Claim

ANAPHORIC_SUBJECTS = {
    "it",
    "that",
    "this",
    "number",
    "figure",
    "estimate",
    "total",
    "tally",
    "count",
    "which",
}
# subjects whose "of" names a group they are picked from, not what their figure measures ("the biggest fallers of
# the session were Unite Group, down 68 p": the price of the fallers, not of the session)
NOT_A_MEASURE_OF = {"faller", "riser", "gainer", "loser", "winner", "mover", "performer", "laggard", "leader"}
RELATIVE_PRONOUNS = {"that", "which", "who"}
AVERAGES = frozenset({"average", "mean", "median", "total"})
# verbs of someone moving an amount, whose subject's "of" object is who they are, not what the money is of
# ("associates of the Russian leader funneled as much as $2 billion"; "each of the buildings costs $40 million" is)
MOVING_VERBS = frozenset({
    "funnel", "channel", "move", "transfer", "send", "wire", "siphon", "launder", "hide", "stash", "pay", "spend",
    "give", "donate", "invest", "lend", "steal", "embezzle", "smuggle", "shift", "route", "divert", "park",
})  # fmt: skip
# words of where one side stands against another, which a measure before them sizes the gap of ("19 points clear")
RELATIVE_POSITIONS = frozenset({"clear", "ahead", "behind", "adrift", "apart"})
# verbs whose "by" gives the gap between two sides ("trails Rosberg by 19 points", "won by 12 seconds")
MARGIN_VERBS = frozenset({"lead", "trail", "win", "beat", "lose", "edge", "top", "outscore", "outpoll", "defeat"})
# verbs of something bringing or carrying a measured amount, whose subject is no thing the measure is of
CARRYING_VERBS = frozenset({"bring", "carry", "dump", "drop", "deliver", "deposit", "haul", "lift", "tow", "unload"})


def counted_from_context(group: Span, earlier: list[Claim], kind: str = "count", size: bool = False) -> str | None:
    """For "the number has risen to 11,000" or "it could be as high as 12,000": what the clause's
    subject refers to, or the subject itself ("the death toll rose to 40"); for a level of money, the
    object whose level it is ("raised its offer to $82"); for a size of a thing (a weight, a height) or a
    share, the noun a relative clause says it of ("an animal that's over 400 pounds", "bank stocks, which
    were up 2.8%")."""
    number = group[-1]
    state = None
    if kind in ("count", "percent"):  # what happened to people; an amount "charged" is no people charged
        state = condition_of(number) or (number.head.lower_ if number.head.lower_ in STATE_WORDS else None)
    if state:  # "20 people were killed and 50 injured": the people of the figure before
        previous = [c for c in earlier if c.start < group.start_char and c.counted]
        if previous and previous[-1].sentence == span_text(group.sent):
            base = " ".join(w for w in previous[-1].counted.split() if w not in STATE_WORDS and w not in
                            CASUALTY_VERBS.values())  # fmt: skip
            return with_condition(base or "people", state)
        return with_condition("people", state)
    elided = (number.dep_ == "pobj" and number.head.lower_ == "including") or number.dep_ == "conj"
    elided = elided or (kind == "count" and _compared(number))
    if elided:  # "6 million homes, including 1.5 million in Los Angeles": the noun of the figure before
        previous = [c for c in earlier if c.start < group.start_char and c.counted]
        if (
            previous
            and previous[-1].sentence == span_text(group.sent)
            and (number.head.like_num or previous[-1].unit is None)
            and (kind != "money" or previous[-1].kind == "money")
        ):  # "68400 people who ... and 95800 who ...", whatever the parser joined 95800 to; an amount of money
            return previous[-1].counted  # borrows no count's thing ("a 5 speed version and 2,380,000 ($21,972)")
    if _time_offset(number):
        return None  # "just about nine hours later, passengers arrive": when, not a measure of the passengers
    if kind == "quantity" and is_margin(number):
        return "gap"  # "Rosberg, 19 points clear of Hamilton", "trails Rosberg by 19 points": the gap between them
    verb = verb_of(group[-1])
    if (gapped := _gapped(group, verb, earlier)) is not None:
        return gapped
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    changed = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if kind == "money" and changed is not None and is_level(number) and number.head.head == verb:
        if not any(c.like_num for c in changed.children):  # "lost 2.70 percent to Y=5,182": no object
            return counted_phrase(changed, set())  # "raised its offer to $82 a share": the offer, not Broadcom
    if size and subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        if verb.head.pos_ == "NOUN" and verb in (number.head, number.head.head):
            return counted_phrase(verb.head, set())  # "an animal that's over 400 pounds": not the boy before
    if subject is None and is_level(number) and verb.dep_ in ("xcomp", "advcl", "conj"):
        head = verb.head  # "rose 0.65 per cent to end at 27,349.19": the subject of "rose"
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or (subject == number.head and number.dep_ in ("nummod", "quantmod", "compound")):
        return None  # "Another 24.5 inches fell": the figure's own unit is no thing it counts
    own = group.start <= subject.i < group.end  # "only 11 of the 84 Grammys went": counts its of-object
    if not own and _figure_itself(subject):
        # "48% use two or three and ... 7%", "for the last six years only 9.3 percent of nominees have been women":
        # another figure as subject is no thing this one counts
        return None
    # "the number of people rose to": what the number is of; not "UBS, also of Switzerland, has 1,100"
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and subject.pos_ != "PROPN" and subject.lemma_.lower() not in NOT_A_MEASURE_OF:
        if kind == "money" and number.dep_ == "dobj" and verb.lemma_.lower() in MOVING_VERBS:
            return None  # "associates of the Russian leader funneled as much as $2 billion": they move it
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if pobj is not None and group.start <= pobj.i < group.end:
            return counted_phrase(subject, {t.i for t in group})  # "The new offer of $82 a share will be"
        if pobj is not None and pobj.lower_ in ("whom", "which"):
            # "The case involves 25 defendants, five of whom ... were fined 30,000 Egyptian pounds": the defendants
            whole = antecedent(subject.doc[subject.i : subject.i + 1])
            return counted_phrase(whole, set()) if whole is not None else None
        if pobj is not None and pobj.lower_ not in ANAPHORIC_SUBJECTS:
            return counted_phrase(pobj, set())
    if own:
        return None  # "48% use two or three": the figure itself is no thing it counts
    if kind == "quantity" and not size and _time_or_way_of_action(number, verb):
        return None  # "sentenced Mohamed Morsi to three years", "transferred ... for 17 years": not the court's
    if number.dep_ == "dobj" or number.head.dep_ == "dobj":
        if kind == "money" and verb.lemma_.lower() in MOVING_VERBS:
            return None  # "humans will be spending $20 billion a year on AR": who spends, not what it is of
        if kind == "quantity" and verb.lemma_.lower() in CARRYING_VERBS:
            return None  # "the storm brought 34 inches on Christmas Day": what brought it, not what it measures
    if kind == "quantity" and _manner_of_action(number, verb, subject):
        return None  # "tram driver took the hard corner to Sandilands at 40mph": the tram's speed, not the driver
    if subject.lower_ in ANAPHORIC_SUBJECTS:
        # a measure borrows nothing: "an elite that flies 35,000 feet over ..." is no size of the leak before
        return _most_specific(earlier, group.start_char, kind) if kind != "quantity" else None
    if subject.pos_ == "NOUN" or (subject.pos_ == "PROPN" and (is_level(number) or is_change(group))):
        return counted_phrase(subject, set())  # "the index closed at 16,369.03", "the Dow rose 0.65 per cent"
    return None


def is_margin(number: Token) -> bool:
    """Whether a measure is a gap between two sides: it sizes a word of relative position ("19 points clear of
    Hamilton", "3.1 seconds ahead") or is the "by" of a verb of leading or trailing ("trails Rosberg by 19
    points", wherever the parser hung the "by")."""
    unit = number.head if number.dep_ in ("nummod", "quantmod") else number
    if unit.dep_ == "npadvmod" and unit.head.lower_ in RELATIVE_POSITIONS:
        return True
    if unit.dep_ != "pobj" or unit.head.lower_ != "by":
        return False
    verbs = [t for t in unit.sent if t.i < unit.head.i and t.pos_ == "VERB"]
    return bool(verbs) and verbs[-1].lemma_.lower() in MARGIN_VERBS


def _manner_of_action(number: Token, verb: Token, subject: Token) -> bool:
    """Whether a measure tells how an action was done, not a size of the clause's subject: said in a phrase of
    the verb beside the verb's own object ("took the hard corner at 40mph"), or hung inside the subject's own
    phrase by the parser ("who trails Mercedes team mate Nico Rosberg by 19 points")."""
    if subject in number.ancestors:
        return True
    unit = number.head if number.dep_ in ("nummod", "quantmod") else number
    if unit.dep_ != "pobj" or unit.head.head != verb or unit.head.lower_ in ("to", "from"):
        return False  # "the temperature rose to 40 degrees": where the subject stands
    return any(c.dep_ == "dobj" for c in verb.children)


def _compared(number: Token) -> bool:
    """A bare number a figure before it is compared with ("460 Kia and Hyundai vehicles have been stolen ...
    compared with 63 during the same period last year", "22 burglaries, compared with an average of 20 per
    week"): the same thing, counted at another time or place."""
    if number.dep_ != "pobj":
        return False
    head = number.head
    if head.lower_ == "of" and head.head.lemma_.lower() in AVERAGES and head.head.dep_ == "pobj":
        head = head.head.head  # "compared with an average of 20"
    return head.lower_ in ("with", "to") and head.head.lemma_.lower() == "compare"


def _gapped(group: Span, verb: Token, earlier: list[Claim]) -> str | None:
    """What a bare number counts when its clause repeats the verb of the figure before it in the sentence
    ("HSBC has 2,300 offshore companies ..., Credit Suisse has 1,105 and UBS ... has 1,100"): that figure's."""
    if group[-1].dep_ not in ("dobj", "attr"):
        return None
    previous = [c for c in earlier if c.start < group.start_char and c.sentence == span_text(group.sent) and c.counted]
    if not previous or previous[-1].kind != "count":
        return None
    span = group.doc.char_span(previous[-1].start, previous[-1].end, alignment_mode="expand")
    numbers = [t for t in span or [] if t.like_num]
    if not numbers:
        return None
    before = verb_of(numbers[-1])
    return previous[-1].counted if before != verb and before.lemma_ == verb.lemma_ else None


def verb_of(token: Token) -> Token:
    """The verb of the clause a number is in (or the root of its sentence)."""
    verb = token
    for _ in range(5):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    return verb


def is_level(number: Token) -> bool:
    """A number that is where something stands: "rose 0.7 percent to 6,327.80", "ended at 1,334.20"."""
    return number.dep_ == "pobj" and number.head.lower_ in ("to", "at", "from")


def _most_specific(earlier: list[Claim], before: int, kind: str) -> str | None:
    """The counted of the latest earlier figure of the same kind (a count's of a count: "It costs about $1,000"
    is no amount of the "8 percent of global financial assets" before it), in its fullest form seen in the
    article."""
    previous = [c for c in earlier if c.start < before and c.counted and c.kind == kind]
    if not previous:
        return None
    latest = previous[-1].counted
    head = latest.split()[-1].lower()
    fuller = [c.counted for c in previous if c.counted.lower().split()[-1] == head]
    return max(fuller, key=len) if fuller else latest


def _figure_itself(subject: Token) -> bool:
    """Whether a clause's subject is a number or a share written with its number ("48%", "9.3 percent")."""
    if subject.like_num:
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)  # "A third of those"
    return subject.lower_ in ("%", "percent", "cent") and any(c.like_num for c in subject.children)


def _time_offset(number: Token) -> bool:
    """Whether a number sizes a time said relative to another ("nine hours later", "two days earlier")."""
    for token in (number, number.head):
        if token.dep_ == "npadvmod" and token.head.lower_ in ("later", "earlier", "afterwards", "afterward"):
            return True
    return False


def _time_or_way_of_action(number: Token, verb: Token) -> bool:
    """Whether a distance or a time tells of an action done to an object ("sentenced Morsi to three years") or
    the period it is looked at over ("evolved over the past nine years"), not of the clause's subject ("the men
    were held for 15 years" is the men's)."""
    unit = number.head if number.dep_ in ("nummod", "quantmod") else number
    if unit.dep_ == "pobj" and unit.head.lower_ in ("over", "within", "during"):
        return True  # "how polar ice has evolved over the past nine years": the period looked at
    return any(c.dep_ == "dobj" and c.i not in (number.i, unit.i) for c in verb.children)
