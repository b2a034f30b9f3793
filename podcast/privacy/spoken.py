"""Personal data read aloud, as speech-to-text writes a voicemail or a call.

Numbers come as words ("noll sju noll tre fyra fem …", "nittonhundrafemtiotvå noll tre
tolv …"), a name is spelled out letter by letter ("det stavas s v e n s s o n"), an e-mail
address is said ("anna punkt berg at gmail punkt com") and a street's number is a word
("storgatan fjorton"). This module reads number words as digits and finds those four shapes;
:func:`podcast.privacy.redact.find_pii` calls it on text that holds a number word or a
spelled-out run.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from podcast.privacy.address_words import COUNT_WORDS, STREET_SUFFIX

_UNITS = {"noll": 0, "ett": 1, "en": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6,
          "sju": 7, "åtta": 8, "nio": 9}
_TEENS = {"tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15,
          "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19}
_TENS = {"tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70,
         "åttio": 80, "nittio": 90}
_UNIT_WORDS = "|".join(sorted((u for u in _UNITS if u != "noll"), key=len, reverse=True))
# One number word: "fyrtiofem", "nittonhundrafemtiotvå", "tvåtusenfem", "tolv", "noll", "7".
_NUMBER_WORD_RE = re.compile(
    rf"(?:(?P<century>nittonhundra|tvåtusen)?(?:(?P<teen>{'|'.join(_TEENS)})"
    rf"|(?P<tens>{'|'.join(_TENS)})(?P<tu>{_UNIT_WORDS})?|(?P<unit>noll|{_UNIT_WORDS}))"
    r"|(?P<century_only>nittonhundra|tvåtusen)|(?P<digit>\d))")
_TOKEN_RE = re.compile(r"[^\W_]+")
# Run on the lower-cased text (``re.IGNORECASE`` made this gate four times slower).
_HINT_RE = re.compile(r"noll|tio|tjugo|tusen|punkt|nitton|(?<!\S)[a-zåäöé] [a-zåäöé] [a-zåäöé] "
                      r"|\d \d \d \d|(?:gatan|gata|vägen|väg|gränd|stigen|torget|backen|gången"
                      r"|allén) (?:nummer )?[a-zåäö]")


def number_value(word: str) -> str | None:
    """The digits a number word stands for ("fyrtiofem" → "45", "nittonhundrafemtiotvå" →
    "1952", "noll" → "0"), or None for any other word."""
    m = _NUMBER_WORD_RE.fullmatch(word.lower())
    if m is None:
        return None
    if m.group("digit"):
        return m.group("digit")
    if m.group("century_only"):
        return "19" if m.group("century_only") == "nittonhundra" else "20"
    century = {"nittonhundra": "19", "tvåtusen": "20"}.get(m.group("century") or "", "")
    if m.group("teen"):
        value = str(_TEENS[m.group("teen")])
    elif m.group("tens"):
        value = str(_TENS[m.group("tens")] + (_UNITS[m.group("tu")] if m.group("tu") else 0))
    else:
        value = str(_UNITS[m.group("unit")])
    return century + (value.zfill(2) if century else value)


# What a spoken number's use is said to be just before it.
_PNR_CUE_RE = re.compile(r"(?i:person\s?numm?ret|person\s?nummer|pnr|född|samordningsnummer)"
                         r"[\s:]*(?:är\s+)?(?:alltså\s+|eh\s+)?$")
_PHONE_CUE_RE = re.compile(r"(?i:nummer|numret|nås|ring|tel|telefon|mobil)[\w\s:]{0,20}$")
# A number said after these is a case's, an invoice's or an order's.
_NOT_PERSONAL_RE = re.compile(r"(?i:ärende|diarie|dnr|faktura|ocr|referens|order|kundnummer"
                              r"|avtal|beställning|bokning)\w*[\w\s:]{0,15}$")


def _number_runs(text: str) -> list[tuple[int, int, str]]:
    """Maximal runs of number words: (start, end, digits). "en"/"ett" only inside a run (it
    is also an article)."""
    runs: list[tuple[int, int, str]] = []
    start = end = -1
    digits = ""
    for m in _TOKEN_RE.finditer(text):
        value = number_value(m.group())
        adjacent = start >= 0 and text[end:m.start()].strip() == ""
        if value is not None and m.group().lower() in ("en", "ett") and not adjacent:
            value = None
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
_HOUSE_LETTER_RE = re.compile(r"\s+[a-hA-H](?![\w-])")
_FLAT_RE = re.compile(r"(?i:\s+(?:lägenhet|lgh)\s+)")
_TOWN_RE = re.compile(r"\s+[^\W\d_]{2,}")
# A number that counts something is no house number ("Storgatan tre gånger").
_COUNT_NEXT_RE = re.compile(rf"(?i:\s+{COUNT_WORDS}\b)")
# Four letters or more spelled out one by one, or three after "stavas" or "alltså" ("alltså
# w i k"); "o s v" and "t ex" stay.
_SPELLED_RE = re.compile(
    r"(?<![\w-])[a-zåäöéü](?: [a-zåäöéü]){3,}(?![\w-])"
    r"|(?:(?<=stavas )|(?<=alltså ))[a-zåäöéü](?: [a-zåäöéü]){2}(?![\w-])")
_SPOKEN_EMAIL_RE = re.compile(
    r"(?i:(?<![\w.-])[\w.-]+(?:\s+punkt\s+[\w-]+)*\s+(?:at|snabel-a|snabel\s+a)\s+[\w-]+"
    r"(?:\s+punkt\s+[\w-]+)*\s+punkt\s+(?:com|se|nu|net|org|fi|dk|no|eu)\b)")


def find_spoken(text: str, add: Callable[[str, int, int], None], lower: str | None = None
                ) -> None:
    """Phone numbers, personnummer, e-mail addresses, addresses and spelled-out names read
    aloud, passed to ``add(type, start, end)``; ``lower`` is ``text.lower()`` if the caller
    has it."""
    if not _HINT_RE.search(text.lower() if lower is None else lower):
        return
    for m in _SPOKEN_EMAIL_RE.finditer(text):
        add("EMAIL", m.start(), m.end())
    runs = _number_runs(text)
    for i, (start, end, digits) in enumerate(runs):
        before = text[max(0, start - 40):start]
        street = _STREET_WORD_RE.search(before)
        if street is not None and len(digits) <= 8 and not _COUNT_NEXT_RE.match(text, end):
            add("ADDRESS", max(0, start - 40) + street.start(),
                _street_end(text, end, digits, runs[i + 1:]))
        elif _NOT_PERSONAL_RE.search(before):
            continue  # "ärende nummer två noll två fyra …"
        elif _PNR_CUE_RE.search(before) and len(digits) in (10, 12):
            add("PNR", start, end)
        elif len(digits) >= 8 and digits.startswith("0"):
            add("PHONE", start, end)
        elif len(digits) in (10, 12) and digits.startswith(("19", "20")):
            add("PNR", start, end)
        elif len(digits) >= 8 and _PHONE_CUE_RE.search(before):
            add("PHONE", start, end)
    for m in _SPELLED_RE.finditer(text):
        add("NAME", m.start(), m.end())


def _street_end(text: str, end: int, digits: str, later: list[tuple[int, int, str]]) -> int:
    """The end of a spoken address whose number (maybe with its postnummer: "nio tre fem två
    tre fyra") ends at ``end``: a house letter, a flat and its number, a postnummer and the
    town after it."""
    if len(digits) <= 3:
        if (letter := _HOUSE_LETTER_RE.match(text, end)) is not None:
            end = letter.end()
        flat = _FLAT_RE.match(text, end)
        if flat is not None and later and later[0][0] == flat.end():
            end = later[0][1]
            later = later[1:]
        if not (later and text[end:later[0][0]].strip() == "" and len(later[0][2]) == 5):
            return end
        end = later[0][1]  # postnummer
    elif len(digits) < 6:
        return end
    town = _TOWN_RE.match(text, end)
    return town.end() if town is not None else end
