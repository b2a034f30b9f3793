"""Personal data read aloud, as speech-to-text writes a voicemail or a call.

Numbers come as words ("noll sju noll tre fyra fem …", "nittonhundrafemtiotvå noll tre
tolv …", in an English message "zero seven three …"), a name is spelled out letter by letter
("det stavas s v e n s s o n") or with a phonetic alphabet ("m som martin i som ivar …"), an
e-mail address is said ("anna punkt berg at gmail punkt com") and a street's number is a word
("storgatan fjorton"). This module reads number words as digits and finds those four shapes;
:func:`podcast.privacy.redact.find_pii` calls it on text that holds a number word or a
spelled-out run.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from podcast.privacy.address_words import COUNT_WORDS, STREET_SUFFIX
from podcast.privacy.names import SWEDISH_FUNCTION_WORDS

_UNITS = {"noll": 0, "ett": 1, "en": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6,
          "sju": 7, "åtta": 8, "nio": 9}
_TEENS = {"tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15,
          "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19}
_TENS = {"tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70,
         "åttio": 80, "nittio": 90}
_UNIT_WORDS = "|".join(sorted((u for u in _UNITS if u != "noll"), key=len, reverse=True))
_BELOW_HUNDRED = (rf"(?:{'|'.join(_TEENS)}|(?:{'|'.join(_TENS)})(?:{_UNIT_WORDS})?"
                  rf"|{_UNIT_WORDS})")
# One number word: "fyrtiofem", "sexhundrafyrtio", "tolvhundraett", "nittonhundrafemtiotvå",
# "tvåtusenfem", "noll", "7". Hundreds and thousands are read as a whole number.
_NUMBER_WORD_RE = re.compile(
    rf"(?:(?P<thousands>(?:{_UNIT_WORDS})?tusen)?(?P<hundreds>(?:{_BELOW_HUNDRED})?hundra)?"
    rf"(?P<rest>{_BELOW_HUNDRED})?|(?P<zero>noll)|(?P<digit>\d))")
# English digits, said one by one in an English message ("zero seven six …"); "one" is also
# a pronoun, so like "en" it counts only inside a run.
_ENGLISH_DIGITS = {"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4",
                   "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
# "noll" said in one word with the number after it: "nollfyrtiosex", "nollsjuhundra".
_LEADING_ZEROS_RE = re.compile(r"((?:noll)+)(.+)")
_TOKEN_RE = re.compile(r"[^\W_]+")
# What a note read aloud holds, tested on the lower-cased text before anything else: plain
# words first (a substring test is far quicker than one alternation tried at every position,
# and ``re.IGNORECASE`` made that four times slower still), then patterns that open on a
# literal or a character class, each only after its words are there.
_EN = "zero|one|two|three|four|five|six|seven|eight|nine"
_HINT_WORDS = ("noll", "tio", "tjugo", "tusen", "hundra", "punkt", " dot ", "nitton", "snabel",
               "care of", " c o ", "ingång ", "uppgång ")
_EN_WORDS = tuple(f"{w} " for w in _EN.split("|"))
_STREET_WORDS = ("gatan ", "gata ", "vägen ", "väg ", "gränd ", "stigen ", "torget ", "backen ",
                 "gången ", "allén ")
_BOX_HINT_RE = re.compile(r"(?<!\S)box ")
_LETTERS3 = r"[a-zåäöé] [a-zåäöé] [a-zåäöé] "  # spelled out: "s v e "
_LETTERS3_RE = re.compile(_LETTERS3)  # (at the start)
_SPELLED_HINT_RE = re.compile(r"\s" + _LETTERS3)  # (after a space)
_EN_HINT_RE = re.compile(rf"(?:{_EN}) (?:{_EN}|dash) ")
_SOM_HINT_RE = re.compile(r"som [a-zåäö]+ [a-zåäö] som ")
_DIGITS_HINT_RE = re.compile(r"\d \d \d \d")
_STREET_HINT_RE = re.compile(rf"(?:{'|'.join(w.strip() for w in _STREET_WORDS)}) "
                             r"(?:nummer )?[a-zåäö]")


def _worth_a_look(lower: str) -> bool:
    """Whether ``lower`` may hold anything read aloud (a necessary condition, cheaply)."""
    return (any(word in lower for word in _HINT_WORDS)
            or ("box " in lower and _BOX_HINT_RE.search(lower) is not None)
            or _LETTERS3_RE.match(lower) is not None
            or _SPELLED_HINT_RE.search(lower) is not None
            or (any(word in lower for word in _EN_WORDS) and _EN_HINT_RE.search(lower) is not None)
            or ("som " in lower and _SOM_HINT_RE.search(lower) is not None)
            or _DIGITS_HINT_RE.search(lower) is not None
            or (any(word in lower for word in _STREET_WORDS)
                and _STREET_HINT_RE.search(lower) is not None))


def _below_hundred(word: str) -> int:
    """The value of "fyrtiofem", "tolv", "sju" (a word :data:`_BELOW_HUNDRED` matched)."""
    if word in _TEENS:
        return _TEENS[word]
    if word in _UNITS:
        return _UNITS[word]
    for tens, value in _TENS.items():
        if word.startswith(tens):
            return value + _UNITS.get(word[len(tens):], 0)
    raise ValueError(word)


def number_value(word: str) -> str | None:
    """The digits a number word stands for ("fyrtiofem" → "45", "sexhundrafyrtio" → "640",
    "nittonhundrafemtiotvå" → "1952", "noll" → "0"), or None for any other word. Said alone,
    "nittonhundra" and "tvåtusen" are a year's first two digits ("19", "20")."""
    low = word.lower()
    if low in _ENGLISH_DIGITS:
        return _ENGLISH_DIGITS[low]
    if (zeros := _LEADING_ZEROS_RE.fullmatch(low)) is not None:
        rest = number_value(zeros.group(2))
        return None if rest is None else "0" * (len(zeros.group(1)) // 4) + rest
    m = _NUMBER_WORD_RE.fullmatch(low)
    if m is None or not low:
        return None
    if m.group("digit"):
        return m.group("digit")
    if m.group("zero"):
        return "0"
    if low in ("nittonhundra", "tvåtusen"):
        return low == "nittonhundra" and "19" or "20"
    value = 0
    if m.group("thousands"):
        head = m.group("thousands")[:-len("tusen")]
        value += 1000 * (_below_hundred(head) if head else 1)
    if m.group("hundreds"):
        head = m.group("hundreds")[:-len("hundra")]
        value += 100 * (_below_hundred(head) if head else 1)
    if m.group("rest"):
        value += _below_hundred(m.group("rest"))
    return str(value)


# What a spoken number's use is said to be just before it.
_PNR_CUE_RE = re.compile(r"(?i:person\s?numm?ret|person\s?nummer|pnr|född|samordningsnummer"
                         r"|(?:coordination|personal(?:\s+identity)?|social\s+security)\s+number)"
                         r"[\s:]*(?:är\s+|is\s+)?(?:alltså\s+|eh\s+)?$")
_PHONE_CUE_RE = re.compile(r"(?i:nummer|numret|nås|ring|tel|telefon|mobil|number|phone|call)"
                           r"[\w\s:]{0,20}$")
# A number said after these is a case's, an invoice's, an order's or an organisation's.
_NOT_PERSONAL_RE = re.compile(r"(?i:ärende|diarie|dnr|faktura|ocr|referens|order|kundnummer"
                              r"|avtal|beställning|bokning|case|invoice|reference|booking"
                              r"|customer|account|ticket)\w*[\w\s:]{0,15}$"
                              # an organisation's line: "kommunens växel noll tjugo …"
                              r"|(?i:växel|växeln|kundtjänst|kundtjänsten|jouren|receptionen)"
                              r"(?:\s+(?:på|nummer))?\s*$")


# "tusen" said as a word of its own counts an amount ("fyrtioåtta tusen sexhundra tolv").
_AMOUNT_RE = re.compile(r"(?i:(?<![\w-])tusen(?![\w-]))")
# Said between the digits of one number: "arton eh streck tre fyra".
_FILLERS = frozenset({"eh", "öh", "äh", "ehm", "öhm", "streck", "bindestreck", "dash"})
_GAP_RE = re.compile(rf"\s+(?:(?:{'|'.join(sorted(_FILLERS))})\s+){{0,2}}", re.IGNORECASE)


def _number_runs(text: str) -> list[tuple[int, int, str]]:
    """Maximal runs of number words: (start, end, digits). "en"/"ett" only inside a run (it
    is also an article); up to two fillers ("eh", "streck") may stand between the words."""
    runs: list[tuple[int, int, str]] = []
    start = end = -1
    digits = ""
    for m in _TOKEN_RE.finditer(text):
        value = number_value(m.group())
        if value is None and start >= 0 and m.group().lower() in _FILLERS:
            continue
        adjacent = start >= 0 and _GAP_RE.fullmatch(text, end, m.start()) is not None
        if (value is not None and m.group().lower() in ("en", "ett", "one") and not adjacent
                and _FLAT_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()) is None):
            value = None  # an article; but "lgh ett noll noll nio" is a flat's number
        if value is not None and adjacent:
            end, digits = m.end(), digits + value
            continue
        if start >= 0:
            runs.append((start, end, digits))
        start, end, digits = (m.start(), m.end(), value) if value is not None else (-1, -1, "")
    if start >= 0:
        runs.append((start, end, digits))
    return runs


# A street's name before a spoken house number ("storgatan fjorton", "västra långgatan
# nummer sex").
_STREET_WORD_RE = re.compile(
    r"(?i:(?<![\w-])(?:(?:västra|östra|norra|södra|stora|lilla)\s+)?[^\W\d_]+"
    rf"{STREET_SUFFIX})\s+(?:nummer\s+)?$")
_STREET_RE = re.compile(rf"(?i:[^\W\d_]+{STREET_SUFFIX})")
_HOUSE_LETTER_RE = re.compile(r"\s+[a-hA-H](?![\w-])")
_FLAT_RE = re.compile(r"(?i:\s+(?:lägenhet|lgh)\s+)")
_FLAT_BEFORE_RE = re.compile(r"(?i:(?<![\w-])(?:lägenhet|lgh)\s+)$")
# An entrance or a floor after the house number: "uppgång b", "uppgång två", "en trappa
# upp", "andra våningen".
_ORDINALS = r"första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|botten"
_ENTRANCE_OR_FLOOR_RE = re.compile(
    rf"(?i:\s+(?:uppgång|ingång|port|trappuppgång)\s+(?:[a-h]|{_BELOW_HUNDRED})(?![\w-])"
    rf"|\s+(?:en|ett|två|tre|fyra|fem|sex|\d)\s+(?:trappa|trappor|tr)(?:\s+(?:upp|ner))?"
    rf"(?![\w-])|\s+(?:på\s+)?(?:{_ORDINALS})\s*våning(?:en)?(?![\w-]))")
_TOWN_RE = re.compile(r"\s+[^\W\d_]{2,}")
_WORD_BEFORE_RE = re.compile(r"(?<![\w-])([^\W\d_]{3,})\s+$")
# "box fyrtiotvå …", "care of hamid rahimi": whose post goes where ("take care of" is no
# address).
_BOX_BEFORE_RE = re.compile(r"(?i:(?<![\w-])box\s+)$")
_CARE_OF_RE = re.compile(r"(?i:(?<![\w-])(?<!take )(?<!takes )(?<!taking )(?<!took )(?<!taken )"
                         r"(?:care\s+of|c\s+o(?=\s)))((?:\s+[^\W\d_]+(?:-[^\W\d_]+)?){1,3})")
_PLUS_BEFORE_RE = re.compile(r"(?i:(?<![\w-])plus\s+)$")
_PLOT_NEXT_RE = re.compile(r":\d")
# A number that counts something is no house number ("Storgatan tre gånger").
_COUNT_NEXT_RE = re.compile(rf"(?i:\s+{COUNT_WORDS}\b)")
# Four letters or more spelled out one by one, or three after "stavas" or "alltså" ("alltså
# w i k"); "o s v" and "t ex" stay.
_SPELLED_RE = re.compile(
    r"(?<![\w-])[a-zåäöéü](?: [a-zåäöéü]){3,}(?![\w-])"
    r"|(?:(?<=stavas )|(?<=alltså ))[a-zåäöéü](?: [a-zåäöéü]){2}(?![\w-])")
# Spelled with a phonetic alphabet: "m som martin i som ivar r som rudolf …".
_PHONETIC_RE = re.compile(r"(?i:(?<![\w-])[a-zåäöü] som [^\W\d_]+"
                          r"(?:,? [a-zåäöü] som [^\W\d_]+){2,}(?: [a-zåäöü])?(?![\w-]))")
_PHONETIC_LETTER_RE = re.compile(r"(?<![\w-])([^\W\d_])(?: som |$)")
_WORD_RE = re.compile(r"[^\W\d_]+")
# "@" said aloud
_SAID_AT = r"(?:at|snabel-?a|snabel\s+a)"
# "." said aloud; an English message says "dot"
_SAID_DOT = r"(?:punkt|dot)"
# The name part may end in a number said as a word: "anh punkt nguyen åttiotvå snabel a …".
_SPOKEN_EMAIL_RE = re.compile(
    rf"(?i:(?<![\w.-])[\w.-]+(?:\s+{_SAID_DOT}\s+[\w-]+)*(?:\s+{_BELOW_HUNDRED})?"
    rf"\s+{_SAID_AT}\s+[\w-]+(?:\s+{_SAID_DOT}\s+[\w-]+)*\s+{_SAID_DOT}\s+"
    r"(?:com|se|nu|net|org|fi|dk|no|eu)\b)")


_SAID_AT_RE = re.compile(rf"(?i:\s+{_SAID_AT}\s+)")
_SAID_DOT_RE = re.compile(rf"(?i:\s+{_SAID_DOT}\s+)")


def written_email(said: str) -> str:
    """An e-mail address as it is written: "anna punkt berg snabel a kommun punkt se" →
    "anna.berg@kommun.se"."""
    return _SAID_DOT_RE.sub(".", _SAID_AT_RE.sub("@", said)).replace(" ", "")


def find_spoken(text: str, add: Callable[[str, int, int], None], lower: str | None = None
                ) -> None:
    """Phone numbers, personnummer, e-mail addresses, addresses and spelled-out names read
    aloud, passed to ``add(type, start, end)``; ``lower`` is ``text.lower()`` if the caller
    has it."""
    if not _worth_a_look(text.lower() if lower is None else lower):
        return
    for m in _SPOKEN_EMAIL_RE.finditer(text):
        add("EMAIL", m.start(), m.end())
    for m in _CARE_OF_RE.finditer(text):
        end = m.start(1)
        for word in re.finditer(r"\s+([^\W\d_]+(?:-[^\W\d_]+)?)", m.group(1)):
            if word.group(1).lower() in SWEDISH_FUNCTION_WORDS or (
                    end > m.start(1) and _STREET_RE.fullmatch(word.group(1))):
                break  # "c o fagerlund tallåsvägen elva …": the street is read on its own
            end = m.start(1) + word.end()
        if end > m.start(1):
            add("ADDRESS", m.start(), end)
    runs = _number_runs(text)
    for i, (start, end, digits) in enumerate(runs):
        before = text[max(0, start - 40):start]
        street = _STREET_WORD_RE.search(before)
        if (street is not None and len(digits) <= 8 and not _COUNT_NEXT_RE.match(text, end)
                and not _PLOT_NEXT_RE.match(text, end)):  # ("Björkhagen 1:45": a plot's)
            add("ADDRESS", max(0, start - 40) + street.start(),
                _street_end(text, end, digits, runs[i + 1:]))
        elif (len(digits) <= 3 and (word := _WORD_BEFORE_RE.search(before)) is not None
              and word.group(1).lower() not in SWEDISH_FUNCTION_WORDS
              and _ENTRANCE_OR_FLOOR_RE.match(text, _house_letter_end(text, end))):
            # a street with no street word, known by its entrance: "solbacka fem ingång b"
            add("ADDRESS", max(0, start - 40) + word.start(1),
                _street_end(text, end, digits, runs[i + 1:]))
        elif (box := _BOX_BEFORE_RE.search(before)) is not None and len(digits) <= 12:
            add("ADDRESS", max(0, start - 40) + box.start(),
                _street_end(text, end, digits, runs[i + 1:]))
        elif _NOT_PERSONAL_RE.search(before) or _AMOUNT_RE.search(text, start, end):
            continue  # "ärende nummer två noll två fyra …", "fyrtioåtta tusen sexhundra"
        elif _PNR_CUE_RE.search(before) and len(digits) in (10, 12):
            add("PNR", start, end)
        elif len(digits) >= 8 and digits.endswith("000"):
            continue  # "växeln noll fem sju tre nio tre tusen": a switchboard's number
        elif len(digits) >= 8 and (digits.startswith("0") or _PHONE_CUE_RE.search(before)
                                   or _PLUS_BEFORE_RE.search(before)):
            plus = _PLUS_BEFORE_RE.search(before)
            add("PHONE", start - (len(plus.group()) if plus else 0), end)
        elif len(digits) in (10, 12) and digits.startswith(("19", "20")):
            add("PNR", start, end)
    spelled = [(m, m.group().replace(" ", "")) for m in _SPELLED_RE.finditer(text)]
    spelled += [(m, "".join(_PHONETIC_LETTER_RE.findall(m.group())))
                for m in _PHONETIC_RE.finditer(text)]
    for m, word in spelled:
        add("NAME", m.start(), m.end())
        for said in _WORD_RE.finditer(text):  # the name it spells, said as a word
            if said.group().lower() == word.lower() and len(word) >= 3:
                add("NAME", said.start(), said.end())


def _house_letter_end(text: str, end: int) -> int:
    letter = _HOUSE_LETTER_RE.match(text, end)
    return letter.end() if letter is not None else end


def _street_end(text: str, end: int, digits: str, later: list[tuple[int, int, str]]) -> int:
    """The end of a spoken address whose number (maybe with its postnummer: "nio tre fem två
    tre fyra") ends at ``end``: a house letter, an entrance, a floor, a flat and its number
    (maybe said in one breath with the postnummer), a postnummer and the town after it."""
    if len(digits) > 3:
        return _town_end(text, end) if len(digits) >= 6 else end
    end = _house_letter_end(text, end)
    for _ in range(3):
        later = [run for run in later if run[0] >= end]
        if (tail := _ENTRANCE_OR_FLOOR_RE.match(text, end)) is not None:
            end = tail.end()
            continue
        flat = _FLAT_RE.match(text, end)
        if flat is None or not later or later[0][0] != flat.end():
            break
        end, flat_digits = later[0][1], later[0][2]
        later = later[1:]
        if len(flat_digits) >= 8:  # "lgh tolvhundraett två sex fyra tre tre ängelholm"
            return _town_end(text, end)
    if later and text[end:later[0][0]].strip() == "" and len(later[0][2]) == 5:
        return _town_end(text, later[0][1])  # postnummer
    return end


def _town_end(text: str, end: int) -> int:
    """The end of the town named after a postnummer that ends at ``end``."""
    town = _TOWN_RE.match(text, end)
    return town.end() if town is not None else end
