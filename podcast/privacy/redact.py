"""Personal-data redaction for free-text contact notes (GDPR: before anything is stored).

Detected types and their placeholders:

========  ============  ==============================================================
type      placeholder   what
========  ============  ==============================================================
PNR       ``[PNR]``     personnummer / samordningsnummer, 10 or 12 digits, ``-``, ``+``,
                        en dash or space; Luhn-checked, any check digit with a dash or
                        plus, or after a cue ("pnr", "personnummer"...); a valid date;
                        not next to OCR/faktura/org.nr; a date
                        of birth after "född", "födelsedatum", "date of birth", "DOB"
PHONE     ``[TEL]``     0..., +46, 0046, (0)..., (08) with spaces/dashes/parentheses; other
                        country codes: + and 8-15 digits (``+44 20 7946 0958``)
EMAIL     ``[EPOST]``   ``a@b.se`` and ``a(at)b.se``
ADDRESS   ``[ADRESS]``  a word with a street suffix + number (``Storg. 12``,
                        ``Rosenlundsstråket 9``, ``Kyrkogatan 7 B, lgh 1102``), ``Box 123``,
                        ``c/o Name``, postnummer + ort; number + street (``221B Baker
                        Street``) and UK postcodes (``NW1 6XE``); a street without a number
                        stays
NAME      ``[NAMN]``    first-name list + surname (or initial: ``Anna S.``), and cues
                        (``/Name``, ``Mvh Name``, ``Jag heter Name``, ``Name Surname
                        ringer``, ``Hej Name!``, ``Tack! Name``, ``Kontakt: Name``,
                        ``Sincerely, Name``, ``Dear Mr Name``, ``My name is Name``);
                        after a relation or role (``min granne Name``, ``handläggaren
                        Name``), quoted-reply authors, lower-case listed pairs, and the
                        statistical name finder (:mod:`podcast.privacy.name_finder`), with
                        particles and hyphenated parts (``Carl von Platen``)
========  ============  ==============================================================

Organisations, departments, services and places are kept.

Letters are Unicode letters (``Ömer Çelik``, ``Nguyễn Văn An``, ``Petrović``): the patterns
match any letter (``[^\\W\\d_]``) and upper case is checked in code, or with a class built
from :meth:`str.isupper` where a pattern needs a capital to start.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from podcast.privacy.address_words import COUNT_WORDS, STREET_SUFFIX_STARTS, trie_regex
from podcast.privacy.address_words import STREET_SUFFIX as _STREET_SUFFIX
from podcast.privacy.name_finder import PARTICLES, PER, ROMAN_RE, NameFinder, Tagged, char_class
from podcast.privacy.name_finder import model as name_model
from podcast.privacy.names import (
    ADDRESSEE_WORDS,
    AMBIGUOUS_FIRST_NAMES,
    CHAINS,
    ENGLISH_FUNCTION_WORDS,
    FIRST_NAMES,
    NOT_NAMES,
    ORGANISATION_HEADS,
    ORGANISATION_SUFFIXES,
    ORGANISATION_TAILS,
    RULE_NOT_NAMES,
    STREET_PREFIXES,
    SURNAME_SUFFIXES,
    SWEDISH_FUNCTION_WORDS,
)
from podcast.privacy.spoken import find_spoken, written_email

PLACEHOLDERS = {
    "PNR": "[PNR]",
    "PHONE": "[TEL]",
    "EMAIL": "[EPOST]",
    "ADDRESS": "[ADRESS]",
    "NAME": "[NAMN]",
}
PII_TYPES = tuple(PLACEHOLDERS)
_DIGITS_RE = re.compile(r"\d")
PLACEHOLDER_RE = re.compile(r"\[(?:PNR|TEL|EPOST|ADRESS|NAMN)\]")


_L = r"[^\W\d_]"  # any letter, any script
_U = f"[{char_class(lambda c: c.isalpha() and c.isupper())}]"  # a capital letter
_LOW = rf"(?:(?!{_U}){_L})"  # a letter that is not a capital
# Where a pattern must start a word, the check comes after its first character (it is a
# capital, say): "(?<![\w-])X" is tried at every position, "X(?<![\w-].)" lets ``re`` skip
# ahead to the next X. A pattern that cannot start so opens with a lookahead on its first
# characters instead, which fails faster than the lookbehind.
_OPENS_WORD = r"(?<![\w-].)"


class _Taken:
    """Spans already found: sorted, non-overlapping, checked in O(log n) (a note with
    thousands of spans stays fast)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        return bool(i and self.ends[i - 1] > start) or (i < len(self.starts)
                                                         and self.starts[i] < end)

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)

    def end_at(self, pos: int) -> int | None:
        """The end of the span that holds ``pos``, if one does."""
        i = bisect_right(self.starts, pos) - 1
        return self.ends[i] if i >= 0 and self.ends[i] > pos else None


@dataclass(frozen=True)
class Span:
    type: str
    start: int
    end: int
    text: str


@dataclass
class Redaction:
    text: str
    spans: list[Span]


def luhn_ok(digits: str) -> bool:
    """Luhn check of a 10-digit Swedish identity number (YYMMDDNNNC)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(digits[:9]):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10 == int(digits[9])


def _date_ok(yymmdd: str) -> bool:
    month, day = int(yymmdd[2:4]), int(yymmdd[4:6])
    if day > 60:  # samordningsnummer: day + 60
        day -= 60
    return 1 <= month <= 12 and 1 <= day <= 31


# --- patterns ----------------------------------------------------------------------------
_EMAIL_RE = re.compile(
    r"(?<![\w.+-])[\w.+-]+(?:@|\s?[\(\[]\s?(?:at|snabel-a)\s?[\)\]]\s?)[\w-]+(?:\.[\w-]+)*"
    r"(?:\.|\s?[\(\[]\s?(?:dot|punkt)\s?[\)\]]\s?)[a-z]{2,}\b", re.IGNORECASE)

# 6 or 8 digit date part (the century may stand apart: "2012 0517"), separator, 4 (or 3
# after a cue) digits.
_PNR_RE = re.compile(r"(?<![\w-])((?:19|20)?\d{6}|(?:19|20)\d\d[ \t]\d\d[ \t]?\d\d)"
                     r"\s?([-+\u2013\u2212]-?|\s)?\s?(\d{3,4})(?![\d-])")  # ("950817--5632")
# The words that name an identity number: "pnr", "pers.nr", "personnumret", "samordningsnr".
_PNR_WORDS = (r"\bp\.?\s?nr|\bpers(?:on)?\.?\s?n(?:umme)?r|\bpersonnumret"
              r"|\bsamordningsn(?:umme)?r|\bsamordningsnumret|\bpnr|\bpersnr")
_PNR_CUE_RE = re.compile(
    rf"(?:{_PNR_WORDS}|\bprsnr|\bfödd|\bklient|\bklienten)\b(?:[\s:.=#-]*\b(?:är|ar|e|is|as|was)\b)?"
    r"[\s:.=#,-]*(?:(?<=[\s:])(?:barnet|sonen|dottern|mannen|frun|hans|hennes)[\s:.=#-]*)?$",
    re.IGNORECASE)
# After such a cue, a number typed loosely is the identity number all the same: spaces or a
# dash in odd places ("5604 12-3398", "950812-03 21", "100512 3395") or a digit too many
# ("19781205-12345"): 10-13 digits whose first six (or, after 19/20, the next six) are a date.
_LOOSE_PNR_RE = re.compile(r"\d(?:[ \t]?[-+\u2013]?[ \t]?\d){9,12}(?![\d-])")
# ... or with no cue when a date (six digits, maybe with a space between its pairs) and a
# dash open it, the identity number's own shape with a slip after the dash: "750403-221 9",
# "97 04 18-2264", "9504 11-2847".
# (A phone number opens with a 0 and its area code, no date.)
_DATE_DASH_RE = re.compile(r"(?:19|20)?[1-9]\d[ \t]?\d\d[ \t]?\d\d[ \t]?[-+\u2013]")
# ... or when the sentence it stands in names the identity number further back: "angav fel
# personnummer på blanketten, 7506 23-1954 ska vara …".
_PNR_WORD_RE = re.compile(rf"(?i:(?:{_PNR_WORDS})\b)")
_ORG_NO_CUE_RE = re.compile(r"(?:org\.?\s?n(?:umme)?r|organisationsn\w*)[\s:.=#-]*$",
                            re.IGNORECASE)
_NOT_PNR_CUE_RE = re.compile(
    r"(?:ocr|faktura\w*|fakturanr|fakt\.?\s?nr|org\.?\s?n(?:umme)?r|organisationsn\w*|ref\w*"
    r"|kundn\w*|ärendenr|ärendenummer|diarienr|dnr|avinr|bankgiro|bg|pg|plusgiro|konto\w*"
    r"|löpnr|betalningsref\w*)\b[\s:.=#-]*(?:\w+[\s:.=#-]+)?$", re.IGNORECASE)

# Area code (0..., +46, 0046, "(0)70", "(08)"), then 5-8 digits; between digits at most one
# space, or a dash/slash/en dash with a space on either side ("070 - 123 45 67"). Not the
# tail of a code joined by dashes ("BAB-25-0612-1934", "dnr 3.5.1-04412/2025").
_PHONE_RE = re.compile(
    r"(?=[(+0])(?<![\w+])(?<!\w-)(?:(?:\+|00[ \t]?|\(\+)46\)?[\s-]?(?:\(0\)[\s-]?)?\d{1,3}"
    r"|\(0\)[\s-]?\d{1,3}"
    r"|\(0\d{1,3}\)"
    r"|0\d{1,3}|0(?:[ \t]\d){1,3}(?=[ \t]))(?:(?:[ \t]?[/\u2013-][ \t]?|\s)?\d){5,8}(?!\d)")
# Where two numbers written one after the other are split ("070-123 45 67 / 08-123 456 78").
_PHONE_JOIN_RE = re.compile(r"[ \t]?/[ \t]?|[ \t][-\u2013][ \t]")
_PHONE_CUE_RE = re.compile(r"(?:tel|telefon|tfn|mobil|mob|nås på|ring|nr|nummer)[\s:.]*$",
                           re.IGNORECASE)
# A word for a phone just before a number lets it be longer than a Swedish one (a number
# abroad): "hennes mobil är 0457 343 8812".
_PHONE_WORD_CUE_RE = re.compile(r"(?i:\b(?:tel|telefon|tfn|mobil|mobilen|mob|mobilnummer"
                                r"|telefonnummer|nummer|numret|direkt|direktnr|direktnummer"
                                r"|nås på|phone|mobile))"
                                r"(?:[ \t]+(?:är|is))?"
                                r"[ \t:.]*$")
_PHONE_WORD_BEFORE_RE = re.compile(r"(?i:\b(?:tel|tfn|telefon|mobil|mobilnr|ring)\b)")
_MOBILE_PREFIX = ("070", "072", "073", "076", "079")
# Swedish non-geographic business numbers (0771 nationwide, 0900/0939/0944 premium) belong
# to organisations, and so does a number other than a mobile after a switchboard or a
# service desk, a compound's too ("kommunens växel 0910-73 50 00", "jourtelefon 0920-…",
# "Skolexpeditionen nås på 0563-…", "Anhöriglinjen 0200-…"). (020 free-phone
# numbers are left as they are: contact logs have been seen to write citizens' numbers so.)
_SERVICE_NUMBER_RE = re.compile(r"0(?:771|900|939|944)(?!\d)")
# A number ending in three zeros is a switchboard ("0480-45 00 00", "036-10 50 00").
_SWITCHBOARD_RE = re.compile(r"0[ \t]?0[ \t]?0$")
_ORGANISATION_PHONE_CUE_RE = re.compile(
    r"(?i:\b(?:v[äa]xel|v[äa]xeln|kundtj[äa]nst|kundtj[äa]nsten|[^\W\d_]*center"
    r"|jourtelefon|jourtelefonen|[^\W\d_]*jouren|[^\W\d_]*receptionen|restaurangen"
    r"|butiken|[^\W\d_]*enheten|[^\W\d_]*kansli|[^\W\d_]*kansliet"
    r"|[^\W\d_]*expeditionen|elevhälsan|[^\W\d_]+linjen|[^\W\d_]*föreningens?"
    r"|[^\W\d_]*(?:skolans|kontorets|enhetens|avdelningens|mottagningens|kansliets|centrets"
    r"|förvaltningens|boendets)[ \t]+(?:telefon|tel|nummer)"
    r"|felanmälan(?:[ \t]+[^\W\d_]+)?"
    r"|[^\W\d_]*avdelningen|[^\W\d_]*avdelningens|[^\W\d_]*mottagningen|[^\W\d_]*kontoret))"
    r"(?:[ \t]+(?:p[åa]|nr|nummer|(?:som[ \t]+)?(?:n[åa]s|svarar)[ \t]+p[åa]))?[ \t]*[:.,]?"
    r"(?:[ \t]*(?i:tel|tfn|telefon|ring)\.?)?[ \t]*$")
# Two times of day with an en dash between, the second later: "0815–0852" (a phone number
# is written with a hyphen, if at all).
_CLOCK = r"(?:[01]\d|2[0-3])[0-5]\d"
_TIME_RANGE_RE = re.compile(rf"({_CLOCK})[ \t]?\u2013[ \t]?({_CLOCK})")
# A date (2024-01-15, 15/01/2024, 15.01.2024) or a plain reference number, not a phone.
_DATE_OR_REF_RE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{8}|[0-3]\d([/.-])[01]\d\1(?:19|20)\d\d")
# A number with a foreign country code: "+44 20 7946 0958", "+1 415 555 0132" (+46 above).
# Also "00" or "(+44)" for the plus: "0066 81 442 7310", "(+44) 7700 914 382".
_INTL_PHONE_RE = re.compile(
    r"(?<![\w+(])(?:\+(?!46)[1-9]\d{0,2}|\(\+(?!46)[1-9]\d{0,2}\)|00(?!46)[1-9]\d{0,2}(?=[ \t]))"
    r"(?:[ \t]?\(0\))?"
    r"(?:(?:[ \t]?[-./\u2013][ \t]?|[ \t])?(?:\(\d{1,4}\)|\d+))+")
_INTL_GROUP_RE = re.compile(r"\(0\)|\d+")
# What follows an amount or a measure, not a phone ("+10 000 000 kr", "+12 345 678 %").
_NOT_PHONE_AFTER_RE = re.compile(
    r"[ \t]*(?:%|°|:-|€|\$|£|(?i:kr|kronor|sek|eur|euro|usd|gbp|kvm|m2|m²|km|kg|st)\b)")

# A date of birth after a cue ("Född 1985-07-09", "DOB: 09/07/1985", "born 9 July 1985"): with
# the rest of a note it identifies a person, so it is redacted as [PNR]. Other dates are kept.
_MONTHS = (r"jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:s|ch)?|apr(?:il)?|maj|may"
           r"|jun(?:i|e)?|jul(?:i|y)?|aug(?:usti|ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?"
           r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DOB_RE = re.compile(
    r"(?i:\b(?:född|födelsedatum|födelsedag|date[ \t]+of[ \t]+birth|birth[ \t]?date|dob"
    r"|d\.o\.b|born)\b\.?[ \t]*[:=-]?[ \t]*(?:(?:den|on|the)[ \t]+)?)"
    r"(?P<date>(?:19|20)?\d\d(?P<sep>[-./]?)\d\d(?P=sep)\d\d"
    r"|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th|:e|:a|e|a)?\.?[ \t]+(?i:{_MONTHS})\.?,?[ \t]+(?:19|20)\d\d"
    rf"|(?i:{_MONTHS})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d\d)(?![\d-])")
_DOB_HINTS = ("föd", "birth", "dob", "d.o.b", "born")

_STREET_ABBR = r"(?:g\.|gat\.|v\.|vg\.)"
# A house letter follows the number directly ("12B") or after a space ("12 B"), but a
# one-letter word after a space is a preposition, not a letter ("12 i Storby", "12 a Ön").
_HOUSE_LETTER = rf"(?:[A-Za-z]|[ \t](?![iaoeI][ \t]+{_L})[A-Za-z])(?!\w)"
# After the number: a flat ("lgh 1102"), a floor ("1 tr"), an entrance ("uppg. B").
_FLAT_OR_FLOOR = (r"(?i:lgh|lägenhet)\.?[ \t]?\d{1,5}|(?i:tr|våning)\.?[ \t]?\d{1,2}"
                  r"|(?i:nb|n\.b\.)(?![\w.])"  # "nedre botten", the ground floor
                  r"|\d{1,2}[ \t]?(?i:tr)\b\.?"
                  r"|(?:uppg|ingång|uppgång|port|entré|entrén)\.?[ \t]?[A-Z1-9]\b")
_HOUSE_EXTRA = (rf"(?:,?[ \t]?(?:{_FLAT_OR_FLOOR}|\((?:{_FLAT_OR_FLOOR})\)"
                r"|(?i:rum|room)\.?[ \t]?\d{1,5}"
                r"|entrance\.?[ \t]?[A-Z1-9]\b"
                r"|ingång[ \t]+från[ \t]+(?:gården|gatan|baksidan|parkeringen)"
                r"|\d{1,2}(?:st|nd|rd|th)[ \t]+floor"
                r"|(?:nb|n\.b\.|bv|ög)\b))")
# (not a property designation: "Ekbacken 2:7", "Sjövik 3:9" name a plot, not a home)
_HOUSE_NO = (rf"\d{{1,4}}(?:[ \t]?[-\u2013][ \t]?\d{{1,4}})?(?![\d-]|:\d)(?:{_HOUSE_LETTER})?"
             rf"{_HOUSE_EXTRA}{{0,3}}")
_POSTORT = (rf"\d{{3}}\s?\d{{2}}\s+(?:[a-zåäö]{{2,}}\s[a-zåäö]{{3,}}(?=[ \t]*(?:[.,;!?\n]|$))"
            rf"|{_L}{{2,}}(?:\s{_U}{_LOW}+)?)")  # (typed in lower case, a town of two words
# closing its sentence: "194 61 upplands vasby.")
# A house number with what may follow it, then maybe postnummer and ort.
_HOUSE = rf"{_HOUSE_NO}(?:,?\s*{_POSTORT})?"
_ADDRESS_TAIL_RE = re.compile(
    rf"(?=[{STREET_SUFFIX_STARTS}gv])"  # (the abbreviations start with g or v)
    rf"(?<={_L})(?:{_STREET_SUFFIX}\s|(?<={_L}{_L})(?P<abbr>{_STREET_ABBR})\s?)"
    rf"\s*(?:nr\.?[ \t]?(?=\d))?{_HOUSE}")  # ("Lövåsgränd nr 14")
# Streets named after nature or farmland in the definite form ("Rosenbågen 14",
# "Tallmyren 3", "Kvarnholmen 2"): the same words are ordinary nouns in notes ("skolgården 3
# gånger"), so only a capitalised compound counts.
_NATURE_STREET_SUFFIX = (r"(?:bågen|vången|berget|skogen|holmen|viken|näset|passagen|raden"
                         r"|fältet|gården|myren|mossen|lunden|heden|malmen|vallen|tegen"
                         r"|hällen|klippan|trappan|vändan|sluttningen|backarna|ängarna"
                         r"|tången|sundet|kärret|bäcken|forsen|dungen|hagarna|lyckorna"
                         r"|marken|byn|torpet|åkern|brynet)")
_NATURE_ADDRESS_RE = re.compile(
    rf"(?<![\w-]){_U}{_LOW}+{_NATURE_STREET_SUFFIX}\s*(?!\d{{4}})"  # "Vinterviken 1996": a year
    rf"{_HOUSE}")
# The same after a place word in a note typed in lower case ("bor på ängsmarken 3").
_LOWER_NATURE_ADDRESS_RE = re.compile(
    rf"\b(?:på|vid|till|från|bor|adress|adressen)[ \t]+"
    rf"(?P<street>{_LOW}{{2,}}{_NATURE_STREET_SUFFIX}\s*(?!\d{{4}}){_HOUSE})")
# Where someone lives, a capitalised name and a house number, whatever the name's ending:
# "bor ensam på Gläntan 4", "bor kvar i Lilla Tomtebo 2B" (not "bor på Kvarnholmen 2 dagar").
_LIVES_AT_ADDRESS_RE = re.compile(
    rf"(?<![\w-])(?i:bor|bodde)(?:[ \t]+(?:ensam|själv|kvar|numera|nu|fortfarande|också"
    rf"|även|tillsammans|permanent))?[ \t]+(?:på|i)[ \t]+"
    rf"(?P<street>{_U}{_LOW}+(?:[ \t]{_U}{_LOW}+)?[ \t]+(?=[1-9]){_HOUSE})")
# Any street name (one or two words, capitalised or in a note's lower case) with a house
# number is an address when a postnummer and a town follow: "Skogsbrynet 11, 746 93
# Bålsta", "gamla vägen 14 362 30 tingsryd".
_POSTNUMMER_HINT_RE = re.compile(r"\d{3}[ \t]?\d{2}[ \t]+[^\W\d_]")
_STREET_BEFORE_POSTORT_RE = re.compile(
    rf"(?<![\w-])(?!(?i:på|i|vid|till|från|bor|och|är|mot|nära|om|av|adress|adressen|faktura"
    rf"|fakturan|fakturor|belopp|beloppet|summa|summan|ärende|ärendet|nr|nummer|ocr|dnr|kr)\b)"
    rf"(?:{_U}{_LOW}+(?:[ \t]{_U}{_LOW}+)?[ \t]+(?=[1-9]\d{{0,2}}\D){_HOUSE_NO}"
    rf",?[ \t]*\d{{3}}[ \t]?\d{{2}}[ \t]+{_U}{_LOW}+"
    rf"|{_LOW}{{2,}}(?:[ \t]{_LOW}{{2,}})?[ \t]+(?=[1-9]\d{{0,2}}\D){_HOUSE_NO}"
    rf",?[ \t]*\d{{3}}[ \t]?\d{{2}}[ \t]+(?!(?:kronor|kr|sek|st|öre|euro|dagar|år)\b)"
    rf"{_LOW}{{2,}})")
# A street word's "number" that is a year ("Avfallsplanen 2025–2030").
_YEAR_NUMBER_RE = re.compile(rf"{_L}+\.?\s*(?:19|20)\d\d(?!\d)")
# Words ending in a street suffix that name no street: SFI's study paths ("studieväg 3").
_NOT_STREET_STEMS = ("studie",)
# An amount or a duration after the number: the word before is no street.
_AMOUNT_NEXT_RE = re.compile(
    r"(?:[ \t]\d{3})*[ \t]*(?:kr|kronor|sek|år|mån|månader|veckor|dagar|st|%)(?![^\W\d_])")
# Numbered public roads are places, not addresses.
_PUBLIC_ROAD_RE = re.compile(r"(?i:(?:riks|läns|lans|europa|motor)v[äa]g(?:en)?)\s*\d{1,4}")
# After an address label any capitalised street name with a number is one ("Adress:
# Skogsbrynet 7, Lgh 1201"), whatever its suffix.
_LABELLED_ADDRESS_RE = re.compile(
    rf"(?i:\b(?:adress|besöksadress|postadress|gatuadress|hemadress|bostadsadress))[ \t]*:"
    rf"[ \t]*((?:{_U}{_LOW}+|{_U}{{3,}})(?:[ \t](?:{_U}{_LOW}+|{_U}{{3,}}))?[ \t]+{_HOUSE})")
# A number that counts something is no house number.
_COUNT_NEXT_RE = re.compile(rf"[ \t]+{COUNT_WORDS}\b")
_MONTH_NEXT_RE = re.compile(rf"[ \t]+(?i:{_MONTHS})\b")
_DAY_MONTH_AFTER_RE = re.compile(r"/(?:1[0-2]|0?[1-9])(?![\d/-])")
_LOWER_WORD_NEXT_RE = re.compile(rf"[ \t]+{_LOW}")
_WORD_START_RE = re.compile(rf"{_L}+$")
_BOX_RE = re.compile(rf"\b(?:Box|box|BOX)\s\d{{1,5}}(?:,?\s*{_POSTORT})?")
_FE_ADDRESS_RE = re.compile(rf"(?<![\w-])FE[ \t]?\d{{1,5}}(?:,?\s*{_POSTORT})?")
# An authority, a public building or a desk before an address: its address, no one's own
# ("Ekeby kommun, Box 500, 263 80 Ekeby", "Sessionssalen, Stadshuset, Storgatan 10",
# "Bokning: Kontaktcenter, Rådhustorget 1", "Kommunhuset på Olofsgatan 9", "Tekniska
# förvaltningens lokaler, Storgatan 12").
_ORGANISATION_ADDRESS_ENDS = ("kommun", "kommunen", "förvaltningen", "nämnden", "kassan",
                              "myndigheten", "kansli", "kansliet", "stadshuset", "rådhuset",
                              "kommunhuset", "center", "centret", "centralen", "kontoret",
                              "biblioteket", "reception", "receptionen", "sal", "salen",
                              "medborgarhuset", "kulturhuset", "församlingshemmet",
                              "expeditionen", "enheten", "lokaler", "lokalerna")
# ... or an authority that has moved there or is found there ("Kyrkogårdsexpeditionen har
# flyttat till Kapellvägen 2", "Enheten finns på Storgatan 3").
_MOVED_VERBS = frozenset({"flyttat", "flyttar", "flyttade", "finns", "ligger", "öppnar"})


def _organisation_before(text: str, start: int, comma: bool = True) -> bool:
    """The word before ``start`` (then a comma, or "på"/"vid", or a verb of where it is:
    :data:`_MOVED_VERBS`) names an authority, a public building or a desk
    (:data:`_ORGANISATION_ADDRESS_ENDS`, or a region). Before a Box
    (``comma=False``) nothing need stand between, and an agency ("Skatteverket") counts too;
    before a street it does not: "vid sågverket, Sågverksvägen 12" is where people live."""
    words = text[max(0, start - 60):start].split()
    if (len(words) > 2 and words[-1].lower() in ("till", "på", "i")
            and words[-2].lower() in _MOVED_VERBS):
        del words[-2:]
        if words[-1].lower() == "har":
            words.pop()
    elif words and words[-1].lower() in ("på", "vid"):
        words.pop()
    elif words and words[-1].endswith(","):
        words[-1] = words[-1][:-1]
    elif comma:
        return False
    if not words:
        return False
    word = words[-1].lower()
    if word.endswith("lägenheten"):
        return False  # ("enheten" closes it too)
    if words[-1] == "Hus" or word == "hus" and words[-2:-1] == ["Folkets"]:
        return True  # "Folkets Hus, Kungsgatan 12", "Kulturens Hus": a public building
    return (word.endswith(_ORGANISATION_ADDRESS_ENDS) or word.startswith("region")
            or (not comma and word.endswith("verket")))
_STREET_PREFIXES = "|".join(STREET_PREFIXES)
_STREET_PREFIX_HINT_RE = re.compile(rf"(?:{_STREET_PREFIXES})[ \t]")
# A prefix and a bare street word, with a number: "Södra Vägen 21", "Lilla Torget 3".
_PREFIXED_STREET_RE = re.compile(
    rf"\b(?:{_STREET_PREFIXES})[ \t]+"
    r"(?:Gatan|Gata|Vägen|Väg|Torget|Torg|Allén|Gränd|Gränden|Backen|Stigen|Långgatan)"
    rf"[ \t]*{_HOUSE}")
# An adjective and a bare street word in lower case, with a number: "Gröna gången 17",
# "Långa vägen 3 B" (not "Hela vägen 5 gånger": a count, see _COUNT_NEXT_RE).
# (looked for first with its literal start, which `re` skips ahead to)
_ADJECTIVE_STREET_HINT_RE = re.compile(
    r"a (?:gatan|vägen|gången|stigen|gränd|backen|allén|torget|leden|slingan|svängen|stråket)")
_ADJECTIVE_STREET_RE = re.compile(
    rf"(?<![\w-])(?!(?:Hela|Halva|Andra|Första|Sista|Samma|Alla|Båda|Dessa|Vilka)\b)"
    rf"{_U}{_LOW}+a[ \t]+(?:gatan|vägen|gången|stigen|gränd|gränden|backen|allén|torget"
    rf"|leden|slingan|svängen|stråket)[ \t]+{_HOUSE}(?![/.]\d)")  # ("Stora torget 14/6": a date)
# A street named after someone, in two words, with a number: "Olof Palmes gata 12".
_NAMED_STREET_HINT_RE = re.compile(
    r"(?:gata|väg|plats|torg|allé|gränd|stig|backe|terrass|park|udde|strand|höjd|äng|hage)"
    r"[ \t]+\d")
_NAMED_STREET_RE = re.compile(
    rf"(?:{_U}{_LOW}+[ \t]+)?{_U}{_LOW}+s?[ \t]+(?:gata|väg|plats|torg|allé|gränd|stig|backe"
    rf"|terrass|park|udde|strand|höjd|äng|hage)[ \t]+{_HOUSE}"
    rf"|(?:(?<=på )|(?<=vid ))[a-zåäö]{{3,}}s[ \t]+(?:gata|väg|plats|torg|allé|gränd|stig|backe)"
    rf"[ \t]+{_HOUSE}")
# "c/o Jansson": whom the post goes through.
_CARE_OF_RE = re.compile(rf"\b(?i:c/o)[ \t]+{_U}{_L}+(?:[- \t]{_U}{_L}+){{0,2}}")
_POSTORT_RE = re.compile(rf"(?<![\d-])\d{{3}}\s\d{{2}}\s+{_U}{_L}+(?:\s{_U}{_LOW}+)?")
# English-style addresses: number (+ letter), up to three capitalised words and a street type
# ("221B Baker Street"), then maybe a town and a UK postcode (", London NW1 6XE").
_EN_STREET_TYPES = ("Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Ln", "Drive",
                    "Close", "Way", "Court", "Ct", "Place", "Pl", "Terrace", "Crescent",
                    "Gardens", "Grove", "Square", "Sq", "Boulevard", "Blvd", "Hill", "Row",
                    "Mews", "Walk", "Parade", "Rise", "Dr", "Pkwy", "Parkway", "Hwy",
                    "Highway", "Cir", "Circle", "Trail", "Trl")
_UK_POSTCODE = r"(?P<area>[A-Z](?<![\w-].)[A-Z]?)\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{2}(?!\w)"
_EN_WORD = rf"{_U}{_LOW}+(?:['’]{_LOW}+)?"
# Both start with a digit or a capital and check the character before it afterwards: a
# pattern that starts with a lookbehind is tried at every position of the note (3x slower).
# ... or a US state and ZIP code (", Eau Claire, WI 54701").
_US_STATE_ZIP = r"[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?(?!\w)"
_EN_ADDRESS_RE = re.compile(
    rf"\d(?<![\w/.,-].)\d{{0,4}}[A-Za-z]?(?:[-\u2013]\d{{1,5}})?,?[ \t]+"
    rf"(?:{_EN_WORD}[ \t]+){{1,3}}(?:{'|'.join(_EN_STREET_TYPES)})\b\.?"
    rf"(?:,?[ \t]*(?:{_EN_WORD},?[ \t]+){{0,2}}(?:{_UK_POSTCODE}|{_US_STATE_ZIP}))?")
# Continental addresses whose street word comes first: "77 Rue de Rivoli, 75001 Paris",
# "Via Roma 12", "Calle Mayor 5, 28013 Madrid", "ul. Długa 5".
_ROMANCE_STREET_WORDS = ("Rue", "Avenue", "Boulevard", "Place", "Chemin", "Via", "Viale",
                         "Piazza", "Avenida", "Rua", "ul.", "Calle", "Carrer", "Plaza", "Paseo",
                         "Avinguda", "Carretera")
_ROMANCE_STREET_HINT_RE = re.compile(trie_regex(frozenset(_ROMANCE_STREET_WORDS)))
_FOREIGN_POSTCODE_HINT_RE = re.compile(r"\d(?:\d{3}[ \t]?[A-Z]{2}|\d-\d{3})\b")
_ROMANCE_STREET = rf"(?:{'|'.join(re.escape(w) for w in _ROMANCE_STREET_WORDS)})"
_PARTICLE_WORDS = r"(?:(?:de|du|des|la|le|del|della|di|da|dos|das)[ \t]+)*"
# A postcode with letters or a dash ("3511 NK", "62-300"; not "5566 AB", a company's), or
# four or five digits.
_LETTERED_POSTCODE = r"(?:\d{2}-\d{3}|\d{4}[ \t]?(?![AHK]B\b)[A-Z]{2})"
_FOREIGN_POSTCODE = rf"(?:{_LETTERED_POSTCODE}|\d{{4,5}})"
# (a Spanish floor before it: "Calle Sant Miquel 23, 2º, 07002 Palma")
_TOWN_AFTER = (rf"(?:(?:,[ \t]*\d{{1,2}}[º°ª](?:[ \t]*\d?[A-Z]?)?)?"
               rf",?[ \t]+{_FOREIGN_POSTCODE}[ \t]+{_U}{_LOW}+)?")
_CONTINENTAL_ADDRESS_RE = re.compile(
    rf"\d(?<![\w/.,-].)\d{{0,3}}[a-z]?,?[ \t]+{_ROMANCE_STREET}[ \t]+{_PARTICLE_WORDS}{_U}{_L}+"
    rf"(?:[ \t]+{_PARTICLE_WORDS}{_U}{_L}+){{0,2}}{_TOWN_AFTER}"
    rf"|{_ROMANCE_STREET}[ \t]+{_PARTICLE_WORDS}{_U}{_L}+"
    rf"(?:[ \t]+{_PARTICLE_WORDS}{_U}{_L}+){{0,2}},?[ \t]+\d{{1,4}}[a-zA-Z]?(?:/\d{{1,4}})?"
    rf"(?![\w,.:/-]\d){_TOWN_AFTER}"
    # a street and number before a foreign postcode and town: "Oudegracht 211-bis, 3511 NK
    # Utrecht", "Postbus 1182, 9700 BD Groningen"
    rf"|{_U}{_L}+[ \t]+\d{{1,4}}(?:-?[a-z]{{1,4}}|/\d{{1,4}})?,[ \t]*{_LETTERED_POSTCODE}"
    rf"[ \t]+{_U}{_LOW}+")
_UK_POSTCODE_RE = re.compile(_UK_POSTCODE)
# A street whose name ends in no known street word is still an address by its grammar when
# a flat, floor or entrance follows the house number ("Kråkvinkeln 11, 3 tr", "Solgläntan 4
# lgh 1102"), or when a street prefix opens it ("Gamla Tullbommen 2A").
_FLAT_AFTER = rf"(?:,?[ \t]?(?:{_FLAT_OR_FLOOR}))"
_FLAT_HINT_RE = re.compile(r"(?i:lgh|lägenhet)|tr\b|våning|uppg|ingång|port")
_FLAT_STREET_RE = re.compile(
    rf"({_U}{_OPENS_WORD}{_LOW}{{3,}})[ \t]+\d{{1,4}}(?:{_HOUSE_LETTER})?(?={_FLAT_AFTER})"
    rf"{_HOUSE_EXTRA}{{1,3}}")
_PREFIX_STREET_RE = re.compile(
    rf"(?<![\w-])(?:{_STREET_PREFIXES})[ \t]+({_U}{_LOW}{{3,}})[ \t]+(?!(?:19|20)\d\d)"
    rf"\d{{1,4}}(?:{_HOUSE_LETTER})?(?![\d:.,-]\d)")
# A street and house number before a Nordic postcode (four or five digits, maybe with the
# country's letters) and town: "Tollbugata 7C, 1771 Halden", "Koulukuja 2 as 7, 90120
# Oulu", "Kirkebakken 12 B, H0201, 0576 Oslo", "Strandvejen 118, 1. th., 2900 Hellerup",
# "Prästgårdsvägen 5, AX-22410 Godby". What may stand between: a flat ("as 7", "H0201",
# "B 9"), a Danish floor and side ("1. th.", "st. tv.", "3. sal").
_NORDIC_POSTCODE_HINT_RE = re.compile(r",[ \t]*(?:[A-Z]{1,3}-)?\d{4,5}[ \t]+[^\W\d_]")
_NORDIC_ADDRESS_RE = re.compile(
    rf"({_U}{_OPENS_WORD}{_LOW}+)(?:[ \t]{_U}{_LOW}+)?[ \t]+\d{{1,4}}(?:[ \t]?[A-Za-z](?!\w))?"
    r"(?:,?[ \t]+(?:\d{1,2}\.[ \t]?(?:th|tv|mf|sal)\b\.?|st\.[ \t]?(?:th|tv|mf)\b\.?"
    r"|H\d{4}|as\.?[ \t]?\d{1,3}|[A-Z][ \t]?\d{1,3}|\d{1,3})(?![\w.]\w)){0,2}"
    rf",[ \t]*(?:(?:AX|DK|FI|FIN|N|NO)-)?\d{{4,5}}[ \t]+{_U}{_LOW}+(?:[ \t][A-ZÆØ](?!\w))?")
#: The letters that start a UK postcode (its area), so "PS5 4GB" is not one.
_UK_AREAS = frozenset("""
AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC
EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS
LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP
SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE
""".split())


_NAME_WORD = rf"{_L}+(?:['’-]{_L}+)?"
_FIRST_NAME_RE = re.compile(
    rf"(?={_U})(?<![\w])(?<![^\W\d_]-)((?:{_U}{_LOW}{{1,5}}-)?(?:{trie_regex(FIRST_NAMES)})"
    rf"(?:-{_U}{_L}+)?)(?![\w])"
    rf"(?:[ \t]+({_NAME_WORD}))?(?:[ \t]+({_NAME_WORD}))?")
_GREETINGS = (r"hej(?:san)?|hallå|tjena|tja|god[ \t]+(?:morgon|dag|middag|eftermiddag|kväll)"
              r"|goddag|hi|hello|hey|dear|good[ \t]+(?:morning|afternoon|evening)")
# Cues before a name. intro: any word after it is a name (introcap: a capitalised one);
# sign: a sign-off (a lower-case chat signature counts too); weak and slash: a name only with a
# surname or as the last thing on the line; thanks ("Tack!", "Tack,"): the last thing on the
# line; greet: a capitalised word right after a greeting, then , ! : ; or the line's end
# ("Hej Ömer!"); title: the capitalised word after Mr/Ms/Dr... After the cue: spaces, commas,
# colons and up to two line breaks.
_CUE_NAME_RE = re.compile(
    r"(?:(?P<intro>(?i:\b(?:jag heter|ja heter|jg heter|mitt namn är|namnet är)\b|\bnamn:"
    r"|(?<=s )namn är\b"  # ("mammas namn är inga-lill sjöberg")
    r"|\bkontaktperson\b:?|(?:^|(?<=\n)|(?<=[.!?] ))heter\b"
    # ... after a person's noun: "barnet heter maja-li va?"
    r"|(?:(?<=barnet )|(?<=sonen )|(?<=dottern )|(?<=pojken )|(?<=flickan )|(?<=eleven )"
    r"|(?<=killen )|(?<=tjejen )|(?<=mamman )|(?<=pappan )|(?<=grannen )|(?<=kompisen )"
    r"|(?<=sambon )|(?<=maken )|(?<=frun )|(?<=brodern )|(?<=systern )|(?<=bebisen ))heter\b))"
    r"|(?P<introcap>(?i:\b(?:my|her|his)[ \t]+name[ \t]+is\b"
    # (in the languages a municipality is written to in: Norwegian, Danish, North Sami,
    # Finnish, German, French, Spanish, Italian)
    r"|\b(?:jeg[ \t]+heter|jeg[ \t]+hedder|mitt[ \t]+navn[ \t]+er|mit[ \t]+navn[ \t]+er"
    r"|mun[ \t]+lean|mu[ \t]+namma[ \t]+lea|nimeni[ \t]+on|ich[ \t]+heiße|ich[ \t]+heisse"
    r"|je[ \t]+m['’]appelle|me[ \t]+llamo|mi[ \t]+chiamo)\b"
    r"|(?:^|(?<=[.!?\n] )|(?<=\n))jag(?=,)"  # ("Jag, Annika Forsell BHV-ssk, har träffat")
    r"|(?:(?<=\()|(?<=han |hon |hen |som ))(?:kallas|kallad)\b"
    r"|(?<=som |han |hon |hen )(?:heter|hette)\b"
    r"|(?:(?<=alla )|(?<=vi )|(?<=de )|(?<=man ))(?:kallar|säger)(?:[ \t]+(?:honom|henne|hen))?"
    r"(?:[ \t]+för)?\b"
    r"|\b(?:riktigt[ \t]+namn|smeknamn|nickname)\b:?"
    r"|\b(?:fastighetsägare|ägare|sökande|anmälare"
    r"|avsändare|beställare|hyresgäst|vårdnadshavare|fakturamottagare|betalare|handläggare"
    r"|handl|frågeställare|uppringare|barn|elev|mamma|pappa|make|maka|sambo"
    r"|tränare|lagledare|ledare|kassör|sekreterare|ordförande|ombud)\.?"
    r"(?:[ \t]*\d)?[ \t]*:))"
    # (sign-offs in the languages a municipality is written to in: "Mit freundlichen Grüßen",
    # "Ystävällisin terveisin", "Saludos", "Cordialement", "Met vriendelijke groeten",
    # "Pozdrawiam"), before a capitalised word only ("Viele Grüße aus Hamburg" is signed by no
    # one)
    r"|(?P<sign>(?i:\b(?:mvh|hälsningar|hälsning|hilsen|regards|kram|kramar|kramis)\b"
    r"|\bm\.v\.h\b\.?"
    r"|\bhälsn\b\.?)|//"
    r"|(?i:\b(?:grüßen|grüße|grüssen|grüsse|gruß|gruss|terveisin|saludos|cordialement|groeten"
    rf"|pozdrawiam|groetjes|groet)\b)(?=[ \t,:!]*(?:\r?\n[ \t,:]*){{0,2}}{_U}))"
    r"|(?P<weak>(?i:\btack på förhand\b!?|\btacksam för svar\b\.?|\bfrån:|\bkontakt:|\bcontact:"
    r"|\b(?:yours[ \t]+)?sincerely\b|\byours[ \t]+(?:faithfully|truly)\b"
    r"|\b(?:best|warm|kind)[ \t]+wishes\b|\bcheers\b!?|\bbest\b(?=[ \t]*,)"
    r"|\b(?:many[ \t]+)?thanks\b!?|\bthank[ \t]+you\b!?))"
    r"|(?P<thanks>(?i:\b(?:tack|thx|tnx)\b(?:[ \t]*[!,]|(?=[ \t]+[^\W\d_]+[ \t]*(?:$|\n)))))"
    rf"|(?P<greet>(?i:\b(?:{_GREETINGS})\b)(?=[ \t]+{_U}))"
    rf"|(?P<title>(?<![\w.])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\b\.?(?=[ \t]+{_U}))"
    rf"|(?P<svtitle>(?<![\w-])(?:[Ff]ru|[Hh]err|[Ff]röken|[Ff]am\.|[Ff]amiljen|[Mm]akarna|[Pp]aret)"
    rf"(?=[ \t]+{_U}))"
    r"|(?P<slash>(?<![\w\s/])/(?!/)|(?<=\s)/(?!/)))"
    rf"[ \t,:]*(?:\r?\n[ \t,:]*){{0,2}}"
    rf"(?P<w1>{_NAME_WORD})(?:[ \t]+(?P<w2>{_NAME_WORD}))?(?:[ \t]+(?P<w3>{_NAME_WORD}))?")
_CUE_KINDS = ("intro", "introcap", "sign", "weak", "thanks", "greet", "title", "svtitle",
              "slash")
# Where a cue may start, found in the lower-cased text: a search with the whole cue pattern
# (case-insensitive, with lookbehinds) tries every position of the note and took half of the
# redaction time; these plain words let the search skip ahead. Every cue above starts on one.
# (Most positions fail on the lookahead on their first letters before trying them all.)
_CUE_STARTS = (
    r"jag heter|ja heter|jg heter|mitt namn är|namnet är|namn:|namn är|kontakt|my[ \t]+name|mvh"
    r"|her[ \t]+name|his[ \t]+name|kallas|kallad|riktigt[ \t]+namn|smeknamn|nickname"
    r"|jeg[ \t]+he|mitt[ \t]+navn|mit[ \t]+navn|mun[ \t]+lean|mu[ \t]+namma|nimeni|ich[ \t]+hei"
    r"|je[ \t]+m|me[ \t]+llamo|mi[ \t]+chiamo"
    r"|m\.v\.h|hälsn|grü|gruß|gruss|terveisin|saludos|cordialement|groet|pozdrawiam|kram"
    r"|jag,"
    r"|hilsen|regards|tack|thx|tnx|från:|contact:|yours|sincerely|best|warm|kind|cheers|many|thank"
    r"|hej|hallå|tjena|tja|god|hi\b|hello|hey|dear|good|mrs?\b|ms\b|mx\b|miss\b|dr\b|prof\b"
    r"|fru\b|herr\b|fröken\b|fam\.|familjen\b|makarna\b|paret\b|heter\b|hette\b|fastighetsägare|ägare|sökande|anmälare|avsändare|beställare"
    r"|hyresgäst|vårdnadshavare|fakturamottagare|betalare|handl|frågeställare|uppringare"
    r"|barn|elev|mamma|pappa|make|maka|sambo|kallar|säger|tränare|lagledare|ledare|kassör"
    r"|sekreterare|ordförande|ombud")
_CUE_START_RE = re.compile(
    rf"(?=[{''.join(sorted({cue[0] for cue in _CUE_STARTS.split('|')}))}/])"
    rf"\b(?:{_CUE_STARTS})|/")
# A chat transcript: a citizen's (or the chatbot's) turn at a line's start ("Kund: …",
# "[14:02] Besökare: …").
_TURN_TIME = r"(?:\[\d{1,2}:\d{2}\][ \t]*)?"
_CITIZEN = r"(?:Kund|Besökare|Medborgare|Invånare)"
_CHAT_TURN_RE = re.compile(rf"(?m)^{_TURN_TIME}(?:{_CITIZEN}|Chattbot)[ \t]*:")
# A staff member's signature by initials: "sign. RK", "Sign: AH", "signerad av LÅ".
_SIGNED_INITIALS_RE = re.compile(
    r"(?<![\w-])[Ss]ign(?:erat|erad)?(?:[ \t]+av)?[.:]?[ \t]+([A-ZÅÄÖ]{2,3})(?![\w-])")
# ... and in lower case as the last thing on its line: "sign: aw", "Handl: hm".
_SIGNED_LOWER_INITIALS_RE = re.compile(
    r"(?m)(?<![\w-])(?:[Ss]ign|[Hh]andl|[Hh]l)(?:\.|:)[ \t]*([a-zåäö]{2,3})[ \t]*$")
_LINE_END_LOWER_RE = re.compile(r"(?m)[ \t:.][a-zåäö]{2,3}[ \t]*$")
# Initials standing alone in the last field of a line of fields split by tabs or semicolons,
# a visitor log's or case list's "who took it": "08:36<tab>A010<tab>frågade om …<tab>IS".
_FIELD_SEPARATORS = ("\t", ";")
_LAST_FIELD_INITIALS_RE = re.compile(r"[ ]*([A-ZÅÄÖ]{2,3}|[a-zåäö]{2})[ \t]*")
# Capitals that stand for a service, not a person, wherever initials are looked for.
_NOT_INITIALS = frozenset({"IT", "HR", "LSS", "SOL", "SFI", "KS", "AB", "BUN", "SOC", "OK",
                           "JA", "NEJ", "EU", "SMS", "BRF", "SVA", "CSN", "OS", "VM", "EM", "SM",
                           # parties, councils and boards: "SD och MP", "KS och KF"
                           "SD", "MP", "KD", "KF", "BN", "SN", "VA", "FK", "AF", "PRO", "SPF",
                           "VD", "FN", "SVT", "SR", "SJ", "SL", "SCB", "SKR", "MSB", "IVO"})
# Two initials as the subject of a verb in the past, opening a sentence, a line or after a
# dash: "– AK pratade med honom", "Mån: JO bytte lysrör" (three capitals there are more
# often an agency's: "IVO har", "MSB varnade").
_INITIALS_SUBJECT_RE = re.compile(  # (the capitals first: a faster scan; what stands
    # before them is looked at apart, :func:`_opens_clause`)
    r"([A-ZÅÄÖ]{2})(?<![\w-][A-ZÅÄÖ]{2})[ \t]+"
    r"(?:[a-zåäö]{2,}(?:ade|dde|de|te)|tog|gav|sa|sade|fick|var|hade|har)\b")


def _opens_clause(text: str, start: int) -> bool:
    """Nothing but blanks between ``start`` and the note's start, a line's, or a full stop,
    colon, semicolon or dash."""
    before = text[max(0, start - 4):start].rstrip(" \t")
    return start == 0 or not before and start < 4 or before[-1:] in ".!?:;–—\n"


def _known_acronym(word: str) -> bool:
    """A place or an organisation the news corpus names in capitals ("USA", "BBC")."""
    finder = name_model()
    return word.lower() in finder.places or word.lower() in finder.non_person


# Who attended, by initials: "Närvarande: KL, AÖ samt …", "Deltagare: JB, MN och TS".
_ATTENDANCE_RE = re.compile(
    r"(?<![\w-])(?:[Nn]ärvarande|[Dd]eltagare|[Ff]rånvarande|[Nn]ärv\.|[Dd]eltog)[ \t]*:?[ \t]*"
    r"((?:[A-ZÅÄÖ]{2,3}(?:[ \t]*,[ \t]*|[ \t]+(?:och|o|&)[ \t]+))*[A-ZÅÄÖ]{2,3})(?![\w-])")
_INITIALS_IN_LIST_RE = re.compile(r"[A-ZÅÄÖ]{2,3}")
# Initials with full stops standing for someone: "brukaren H.P.", "en person, A.K., som",
# "E.H:s mentor" (the genitive after a colon).
_DOTTED_INITIALS_RE = re.compile(r"(?<![\w.])[A-ZÅÄÖ]\.[ ]?[A-ZÅÄÖ]"
                                 r"(?:\.(?:[ ]?[A-ZÅÄÖ]\.)?(?![\w.])|(?=:s(?!\w)))")
# A double first name by its initials: "J-P ska ha sin medicin", "förskolechef L-G Sandberg",
# "Linda B-P" (not a range's: "Brygga A-D").
_HYPHENED_INITIALS_RE = re.compile(r"(?<![\w-])[A-ZÅÄÖ]-[A-ZÅÄÖ](?![\w-])")
_CAP_WORD_BEFORE_RE = re.compile(rf"(?<![\w-])({_U}{_LOW}+)[ \t]+$")


def _range_label_before(text: str, pos: int) -> bool:
    """A capitalised word just before ``pos`` that is no name labels a range ("Brygga A-D",
    "Hus A-C"; not "Linda B-P", "Pettersson A-L")."""
    m = _CAP_WORD_BEFORE_RE.search(text, max(0, pos - 30), pos)
    if m is None:
        return False
    low = m.group(1).lower()
    if low.endswith(("en", "an", "et", "rn")):
        return False  # a role in the definite form: "Socialsekreteraren A-K Lindström"
    finder = name_model()
    return low not in finder.first_names and low not in finder.surnames and (
        low in finder.everyday or finder.rank_code(low) == "00")


# After a role ("handläggare AB", "Förrättare: AB") a firm's "AB" is someone's initials.
_ROLE_NOT_INITIALS = _NOT_INITIALS - {"AB"}
_DOTTED_NOT_INITIALS = frozenset({"P.S.", "O.K.", "N.B.", "E.U.", "U.S.", "U.K.", "A.B.",
                                  "K.B.", "H.B.", "A.M.", "P.M.", "D.C.", "F.D.", "T.V."})
# In a chat, a staff turn that asks for a name ("Vad heter du?", "Och efternamn?") ...
_NAME_ASKED_RE = re.compile(r"(?im)(?:vad heter|namn)[^\n?]*\?[ \t]*$")
# ... and the citizen's next turn, whose first words are then the name ("Kund: Bergkvist").
_ANSWER_TURN_RE = re.compile(
    rf"\n{_TURN_TIME}{_CITIZEN}[ \t]*:[ \t]*"
    rf"({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})(?=[ \t]*(?:[,\d+]|\n|$))")


def _names_asked_for(text: str, finder: NameFinder) -> list[NameSpan]:
    """The answer to a chat's question for a name: its first one to three words, before a
    comma, a number or the line's end, when none is an everyday word on no name list."""
    found = []
    for q in _NAME_ASKED_RE.finditer(text):
        a = _ANSWER_TURN_RE.match(text, q.end())
        if a is None:
            continue
        words = a.group(1).split()
        if all(not (w.lower() in finder.everyday or w.capitalize() in NOT_NAMES)
               or w.lower() in finder.names for w in words):
            found.append((a.start(1), a.end(1), a.start(1) + len(words[0])))
    return found
# After a greeting's name: , ! : ; or the end of the line.
_GREETING_END_RE = re.compile(r"[ \t]*(?:[!,:;]|\r?\n|$)")
# A surname initial after a first name: "Zoran Ç.", then maybe the surname: "Eva A. Lind".
_AFTER_INITIAL_RE = re.compile(rf"[ \t]+({_NAME_WORD})")
_AFTER_BARE_INITIAL_RE = re.compile(rf"[,)]|[ \t]+(?:{_LOW}|[–—-][ \t]|\()")
_LINE_END_RE = re.compile(r"[ \t]*(?:[,!]?[ \t]*)?(?:\n|$)")
# What a caller does, right after the name: "Anna Berg ringer", "Kaldaras, Angelina mejlade".
_CONTACT_VERBS = "ringer|ringde|mejlar|mejlade|skriver|skrev|undrar|hör av sig"
_CONTACT_VERB_AFTER_RE = re.compile(rf"[ \t]+(?:{_CONTACT_VERBS}|har[ \t]+ringt)\b")
_PAIR_VERB_RE = re.compile(
    rf"({_U}{_OPENS_WORD}{_L}+(?:-{_U}{_L}+)?)[ \t]+({_U}{_L}+(?:-{_U}{_L}+)?)(?=[ \t]*,?[ \t]*"
    rf"(?:{_CONTACT_VERBS}|ringt|mailar|mailade|chattar|besökte|kom in|har ringt|sms:ar"
    r"|sms:ade)\b)")
# What may follow a sign-off name on its line: contact words (the numbers and addresses
# themselves are already found), placeholders of text redacted before.
_TAIL_WORDS_RE = re.compile(
    r"(?i:(?:tel|tfn|telefon|mobil|mob|mobilnr|nr|e-?post|mejl|mail|adress|nås på)\b)"
    r"|\[(?:PNR|TEL|EPOST|ADRESS|NAMN)\]")
_LETTER_OR_NL_RE = re.compile(rf"{_L}|\n")


def _is_cap(word: str) -> bool:
    """Capitalised like a name: ``Zoran``, ``Ömer``, ``McDonald``, ``O'Brien``."""
    if not word[:1].isupper():
        return False
    second = word[1:2]
    return second.islower() or (second in "'’" and word[2:3].isupper())


_NOT_NAMES = NOT_NAMES | ADDRESSEE_WORDS | RULE_NOT_NAMES
_NOT_NAMES_ALT = "|".join(sorted((w for w in _NOT_NAMES if w[:1].isupper()), key=len,
                                 reverse=True))


def _plain_word(word: str) -> bool:
    """An ordinary word or an organisation, never a name (``Kommunen``, ``från``)."""
    return word.capitalize() in _NOT_NAMES or word.lower().endswith(ORGANISATION_SUFFIXES)


def _surname_ok(word: str | None, lower_ok: bool, upper_ok: bool = False) -> bool:
    """``word`` may be a surname: capitalised (lower case in a lower-case chat signature, all
    capitals after a name in capitals: ``MVH BERTIL QVIST``) and not an ordinary word."""
    if not word:
        return False
    if not (_is_cap(word) or (lower_ok and word.islower() and len(word) > 1)
            or (upper_ok and len(word) > 1 and word.isupper())):
        return False
    return not _plain_word(word)


def _initial_end(text: str, word: str | None, end: int) -> int | None:
    """The end of a surname initial (``Ç.``) or of an initial and a surname (``A. Lind``)."""
    if word is None or len(word) != 1 or not word.isupper():
        return None
    if not text.startswith(".", end):
        # without a full stop as the last thing on its line ("/ Emma W"), before a comma or
        # a closing bracket ("(Ewa K)"), before a word in lower case ("Susanne H i…"),
        # before a dash that parts a list's columns ("Johan L – sjuk") or before a bracket
        # ("Kevin B (tandläkaren)")
        return end if (_LINE_END_RE.match(text, end)
                       or _AFTER_BARE_INITIAL_RE.match(text, end)) else None
    m = _AFTER_INITIAL_RE.match(text, end + 1)
    if m is not None and _surname_ok(m.group(1), False):
        return m.end(1)
    return end + 1


def _ends_line(text: str, end: int, taken: _Taken) -> bool:
    """Nothing but punctuation, found personal data, placeholders and contact words
    (``tel``, ``mobil``...) after ``end`` on its line. Reads only up to the first other word."""
    pos = end
    while (m := _LETTER_OR_NL_RE.search(text, pos)) is not None and m.group() != "\n":
        at = m.start()
        skip = taken.end_at(at)
        if skip is None:
            word = _TAIL_WORDS_RE.match(text, at - 1 if at and text[at - 1] == "[" else at)
            if word is None:
                return False
            skip = word.end()
        pos = skip
    return True


NameSpan = tuple[int, int, int]  # start, end, end of the first word (a fallback when it overlaps)


_LOWER_TAIL_RE = re.compile(rf"-({_LOW}+)(?![\w-])")


_BLOCK_BEFORE_RE = re.compile(r"(?i:(?<![\w-])(?:kvarter|kvarteret|kv\.)[ \t]+)$")


def _after_block_word(text: str, at: int) -> bool:
    """A town block's or a cemetery quarter's word just before ``at``: "kvarter Gustav"."""
    window = text[max(0, at - 12):at]  # (not the whole text: a long one has many names)
    return "kv" in window.lower() and _BLOCK_BEFORE_RE.search(window) is not None


def _known_first_names(text: str) -> list[NameSpan]:
    found: list[NameSpan] = []
    for m in _FIRST_NAME_RE.finditer(text):
        first, w2, w3 = m.group(1), m.group(2), m.group(3)
        tail = _LOWER_TAIL_RE.match(text, m.end(1))
        if tail is not None and tail.group(1).capitalize() not in FIRST_NAMES:
            continue  # "Julia-gruppen": a thing named after a name ("Anna-lena" is a name)
        if w2 and (_COMPOUND_TAIL_RE.fullmatch(w2) or _PLACE_AFTER_NAME_RE.match(text, m.end(1))
                   or (_is_cap(w2) and _street_word(w2)
                       and w2.lower() not in name_model().surnames)):
            continue  # "Gustav Vasa-skolan", "Selma Lagerlöf-priset", "Karl Johansgatan": a
            # thing named after
        if _after_block_word(text, m.start(1)):
            continue  # "kvarter Gustav": a town block or a cemetery's quarter
        end = m.end(1)
        initial = _initial_end(text, w2, m.end(2))
        if initial is not None:
            end = initial  # "Anna S.", "Eva A. Lind"
        elif _surname_ok(w2, False):
            end = m.end(2)
            if w3 and _is_cap(w3) and w3.lower().endswith(SURNAME_SUFFIXES):
                end = m.end(3)
        elif ("-" not in first and first in AMBIGUOUS_FIRST_NAMES
              and not _CONTACT_VERB_AFTER_RE.match(text, m.end(1))):
            continue  # "Per" alone may be a word; "Ann-Sofie", "Per-Olof", "Sten ringde" not
        found.append((m.start(1), end, m.end(1)))
    return found


_STAFF_INITIALS_RE = re.compile(rf"{_U}{{2,3}}|{_U}{{1,2}}-{_U}{{1,2}}")  # "/AK", "/PA-S", "/ÁG"
# Initials typed in lower case close a line only ("… lämnat info. /mk"); not a unit ("kr/st").
_LOWER_INITIALS_RE = re.compile(r"[a-zåäö]{2,3}")
_UNITS = frozenset({"st", "kr", "km", "mån", "år", "dag", "tim", "min", "ggr", "kg", "sek",
                    "tr", "lgh", "vån", "vecka", "v", "h"})
# Two-letter words that may close a line after a slash and are no one's initials ("/ok").
_NOT_LOWER_INITIALS = _UNITS | {"ok", "ja", "nu", "ex", "ca", "mm", "cm", "dl", "ml"}
_INITIAL_SURNAME_RE = re.compile(rf"\.?[ \t]*{_U}{_LOW}+(?:-{_U}{_LOW}+)?")


# Answers in a form's fields that are no name ("Ja", "Nej", "Okänd" are ordinary words).
_FORM_VALUES = frozenset({"Ej", "EJ", "Saknas", "SAKNAS", "Uppgift", "Avliden", "Anonym"})


# Another signer after a sign-off's name: "Kram Mirre & lilla Tuva-Li", "Hälsningar Eva och
# Bo".
_SIGNERS_AND_RE = re.compile(rf"[ \t]*(?:&|och)[ \t]+(?:lilla[ \t]+|stora[ \t]+)?{_U}")
# A separator, then a unit's capitalised name, after a sign-off's name: "Mvh Sanna / Gatuljus
# Nord".
_UNIT_AFTER_SIGNER_RE = re.compile(rf"[ \t]*[/|–—][ \t]*{_U}")
# Compass words after a unit's noun: its district ("Gatuljus Nord", "Hemtjänst Väst").
_COMPASS_WORDS = frozenset({"Nord", "Norr", "Syd", "Söder", "Väst", "Väster", "Öst", "Öster"})


def _listed_surname(low: str, finder: NameFinder) -> bool:
    """On the surname list, longer than two letters and no everyday word."""
    return low in finder.surnames and len(low) > 2 and low not in finder.everyday


def _after_persons_noun(m: re.Match, text: str) -> bool:
    """The cue is "heter" after a person's noun ("barnet heter maja-li va?"): a lower-case
    word after the name is a surname only if listed and longer than two letters ("grannen
    heter lundqvist enligt dörren")."""
    at = m.start("intro")
    return at >= 2 and text[at - 2].isalpha() and m.group("intro").lower() == "heter"


def _cue_name(m: re.Match, text: str, taken: _Taken) -> NameSpan | None:
    """The name after a cue, or None when the word after it is not one."""
    w1, w2, w3 = m.group("w1"), m.group("w2"), m.group("w3")
    kind = next(k for k in _CUE_KINDS if m.start(k) >= 0)
    start, end1 = m.start("w1"), m.end("w1")
    if kind == "svtitle":
        # "fru Strand", "Herr Berg": after the title a capitalised surname, even one that is
        # an ordinary word or a bare street suffix ("Strand"); not a word ending in one
        # ("fru Ekgatan", and so also "fru Ekstrand")
        street = _STREET_WORD_RE.match(w1) and not _BARE_STREET_SUFFIX_RE.fullmatch(w1)
        if not _is_cap(w1) or street:
            return None
        return start, m.end("w2") if _surname_ok(w2, False) else end1, end1
    if (kind == "slash" and _LOWER_INITIALS_RE.fullmatch(w1) and start == m.end("slash")
            and w1 not in _NOT_LOWER_INITIALS and (len(w1) == 2 or not _plain_word(w1))
            and m.start("slash") > 0 and text[m.start("slash") - 1].isspace()
            and _ends_line(text, end1, taken)):
        return start, end1, end1  # "… -> tekniska. /mk", "… ej aktuellt. /ms"
    if (kind == "slash" and _STAFF_INITIALS_RE.fullmatch(w1) and start == m.end("slash")
            and w1 not in _ROLE_NOT_INITIALS
            and (_ends_line(text, end1, taken) or text.startswith(",", end1))):
        return start, end1, end1  # "/AK, handläggare", "/AB, kommuncenter": a staff
        # member's initials (even those that spell a firm's "AB")
    if _plain_word(w1):
        return None
    if (kind == "sign" and _STAFF_INITIALS_RE.fullmatch(w1) and w1 not in _NOT_INITIALS
            and _ends_line(text, end1, taken)):
        return start, end1, end1  # "mvh ES": a signer's initials
    if kind == "slash" and w2 in _COMPASS_WORDS:
        return None  # "/ Gatuljus Nord": a unit and its district
    if len(w1) == 1 and w1.isupper() and kind in ("intro", "introcap", "sign"):
        after = _INITIAL_SURNAME_RE.match(text, end1)
        if after is not None:
            return start, after.end(), end1  # "Handläggare: E. Virtanen"
    known = w1.capitalize() in FIRST_NAMES or (
        "-" in w1 and all(p.capitalize() in FIRST_NAMES for p in w1.split("-")))  # SVEN-ERIK
    lower = w1.islower()
    # In capitals: a known first name ("Mvh BERTIL"), or any word after a cue in capitals too.
    shout = len(w1) > 1 and w1.isupper() and (known or text[m.start():start].isupper())
    if not (known or lower or shout or _is_cap(w1)):
        return None  # "VIKTIGT", "E-post"
    if kind == "thanks" and not m.group("thanks").rstrip().endswith(("!", ",")):
        # "… tack tuva" closing the note: a listed first name only ("tack igen", "tack Kommunen")
        finder = name_model()
        low1 = w1.lower()
        return ((start, end1, end1) if low1 in finder.first_names
                and low1 not in finder.everyday and low1 not in finder.places else None)
    if lower and not known and kind == "thanks" and _ends_line(text, end1, taken):
        finder = name_model()  # "thx, kwame" closing the note: a first name no word is
        if (w1 in finder.first_names and w1 not in finder.everyday
                and w1 not in finder.dictionary_words and w1 not in finder.places):
            return start, end1, end1
    if lower and not known and kind not in ("intro", "sign"):
        return None  # "/ vänligen", "tack på förhand hur...", "my name is on the list"
    # "som heter …" in running text: a word on the name lists (in capitals a known first
    # name), and a lower-case word after it only when it is a listed surname ("som heter
    # linnea kom 45 min sent")
    named = kind == "introcap" and m.group("introcap").lower().endswith(("heter", "hette"))
    finder = name_model() if named else None
    if finder is not None and not known and (shout or (low1 := w1.lower()) in finder.places
                                             or (low1 not in finder.first_names
                                                 and low1 not in finder.surnames)):
        return None  # "förskolan som heter Solstrålen", "gatan som heter Kvarnbacken"
    end = end1
    initial = None if lower else _initial_end(text, w2, m.end("w2"))
    if initial is not None:
        end = initial  # "//Zoran Ç."
    elif (lower and kind == "sign" and w2 is not None and len(w2) == 1 and w2.islower()
          and _ends_line(text, m.end("w2"), taken)):
        end = m.end("w2")  # "mvh kalle b"
    elif _surname_ok(w2, lower, shout) and (
            (finder is None and not (w2.islower() and _after_persons_noun(m, text)))
            or _listed_surname(w2.lower(), finder or name_model())):
        end = m.end("w2")
        if _surname_ok(w3, lower, shout) and (
                w3.lower().endswith(SURNAME_SUFFIXES) or _ends_line(text, m.end("w3"), taken)
                or (kind == "introcap" and not lower
                    and text[m.end("w3"):m.end("w3") + 1] in (".", ",", "!", "?"))):
            end = m.end("w3")  # ("Mun lean Máret Sárá Utsi.": three words, then the stop)
    if kind == "greet":  # "Hej Ömer!", "Hi Zoran Çelik,", not "Hej Jag undrar"
        return (start, end, end1) if _GREETING_END_RE.match(text, end) else None
    if kind == "thanks":  # "Tack! Zoran", the last thing on its line
        return (start, end, end1) if known or _ends_line(text, end, taken) else None
    if kind == "introcap" and (w1 in _FORM_VALUES or (end == end1
                                                       and w1 in AMBIGUOUS_FIRST_NAMES)):
        return None  # "Barn: Inga.", "Pappa: Ej angiven": a form's answer, not a name
    if kind == "introcap" and not known and _CHAT_TURN_RE.search(text):
        return None  # "Handläggare: Normalt får du besked…": a turn of a chat, not a form
    if known or kind in ("intro", "introcap", "title"):
        return start, end, end1  # "Mvh Anna", "Jag heter Zoran och undrar...", "Dear Mr X"
    if end > end1 and (not lower or _ends_line(text, end, taken)):
        return start, end, end1  # followed by a surname: "Mvh Zoran Petrović"
    attached = not (kind == "slash" and start > m.end("slash"))  # "/Zoran", not "/ Zoran"
    if attached and _ends_line(text, end1, taken):
        return start, end1, end1  # the last thing on its line: "Mvh Zoran", "// zoran"
    if kind == "sign" and not lower and _SIGNERS_AND_RE.match(text, end1):
        return start, end1, end1  # "Kram Mirre & lilla Tuva-Li": two signers
    if kind == "sign" and not lower and _UNIT_AFTER_SIGNER_RE.match(text, end1):
        return start, end1, end1  # "Mvh Sanna / Gatuljus Nord, 070…": her unit after her
    return None


def _cue_names(text: str, lower: str, taken: _Taken) -> list[NameSpan]:
    found: list[NameSpan] = []
    pos = 0
    if len(lower) == len(text):
        starts = (t.start() for t in _CUE_START_RE.finditer(lower))
    else:  # lower-casing changed the length ("İ"): try every position
        starts = iter(range(len(text)))
    for at in starts:
        if at < pos or (m := _CUE_NAME_RE.match(text, at)) is None:
            continue
        span = _cue_name(m, text, taken)
        if span is None:
            pos = m.start("w1")  # the word may itself be a cue: "Tack på förhand! Mvh Zoran"
        else:
            found.append(span)
            pos = span[1]
    return found


def _pair_verb_names(text: str) -> list[NameSpan]:
    found: list[NameSpan] = []
    for m in _PAIR_VERB_RE.finditer(text):
        first, last = m.group(1), m.group(2)
        if not (_is_cap(first) and _is_cap(last)) or _plain_word(first) or _plain_word(last):
            continue
        found.append((m.start(1), m.end(2), m.end(1)))
    return found


# --- contact-note language on top of the model ---------------------------------------------
# Relations and roles before a name. Bare (definite form or a title): "handläggaren Eva Ek",
# "farmor Ingegerd"; after a possessive only ("min granne Kalle", not "hur beställer man, ring"):
# the words that are also pronouns or everyday nouns.
_ROLES_BARE = (
    "grannen handläggaren kontaktpersonen assistenten brukaren läraren lärarinnan rektorn "
    "storasyster lillasyster storebror lillebror "
    "mentorn eleven ombudet sökanden hyresgästen hyresvärden vårdnadshavaren vh patienten "
    "sjuksköterskan undersköterskan chefen mamman pappan sonen dottern sambon farsan morsan "
    "farmor farfar mormor morfar farbror morbror faster moster kontaktperson handläggare "
    "assistent personliga kollegan arbetskamraten chauffören föraren fastighetsskötaren "
    "vaktmästaren montören snickaren rörmokaren elektrikern städaren receptionisten tolken "
    "inspektören arbetsledaren enhetschefen kuratorn förvaltaren brodern systern kusinen "
    "barnbarnet frun maken makan hustrun svärsonen svärdottern kompisen vännen väninnan "
    "pojkvännen flickvännen styvpappan styvmamman bonuspappan bonusmamman brorsonen "
    "brorsdottern systersonen systerdottern dotterdottern sonsonen sondottern dottersonen")
_RELATIONS_OWNED = (
    "granne mamma pappa mor far son dotter bror syster sambo man fru hustru make maka partner "
    "kusin barnbarn vän väninna kompis pojkvän flickvän svärmor svärfar svärson svärdotter "
    "lärare mentor elev gubbe gumma kollega arbetskamrat fritidsledare handledare tränare "
    "läkare kurator pojke flicka tjej kille grabb")
_POSSESSIVES = "min|mitt|mina|vår|vårt|våra|hans|hennes|deras|din|dina|er|ert|era|sin|sitt|sina"
_POSSESSIVE_START_RE = re.compile(rf"(?:{_POSSESSIVES})[ \t]")
_RELATION_WORDS = frozenset(_ROLES_BARE.split()) | frozenset(_RELATIONS_OWNED.split())
_RELATIONS = "|".join(sorted(_RELATION_WORDS))

# A name and, in brackets, who the person is: "Lotta (moster)", "Dragan (styvpappa)".
_RELATION_IN_BRACKETS_RE = re.compile(
    rf"(?<![\w-])({_NAME_WORD})[ \t]+\((?:{_RELATIONS}|styvpappa|styvmamma|bonuspappa"
    r"|bonusmamma|kontaktman|ssk|usk|anhörig|närstående|tolk|ombud|god man|granne"
    r"|anmälaren|anmälare|sökanden|klienten|brukaren|kunden)\)")
# A child and its class: "Arman 2C", "Saga 3B", "Kalle i 5B", "(Liv, 6C)".
_CLASS_AFTER_RE = re.compile(
    rf"({_U}{_OPENS_WORD}{_LOW}+)(?P<comma>,)?[ \t]+(?:i[ \t]+)?(?:\d[A-F]\b|klass[ \t]+\d\b)"
    r"(?P<close>\))?")


def _names_before_relation_in_brackets(text: str, finder: NameFinder) -> list[NameSpan]:
    return [(m.start(1), m.end(1), m.end(1)) for m in _RELATION_IN_BRACKETS_RE.finditer(text)
            if not _plain_word(m.group(1)) and m.group(1).lower() not in finder.everyday]


def _children_with_class(text: str, finder: NameFinder) -> list[NameSpan]:
    """A capitalised word before a school class is a child's name when it is on the name
    lists and no everyday word ("Klass 2C", "Rum 3B" stay), or on the first-name list even
    if it is one ("Klara i 3C", "Liv i klass 1"); in brackets with a comma any common first
    name counts ("Barnet (Liv, 6C)")."""
    found = []
    for m in _CLASS_AFTER_RE.finditer(text):
        low = m.group(1).lower()
        if not ((low in finder.names or m.group(1) in FIRST_NAMES or (
                m["comma"] and m["close"] and text[m.start() - 1:m.start()] == "("
                and _common_first_name(low, finder)))
                and low not in finder.places and not _plain_word(m.group(1))):
            continue
        start, end1 = m.start(1), m.end(1)
        first = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
        if (first is not None and _is_cap(first.group(1)) and text[first.end(1):start] == " "
                and _named_somewhere(first.group(1).lower(), finder)
                and not _plain_word(first.group(1))):
            start, end1 = first.span(1)  # the child's first name too: "Máret Sara i 6B"
        found.append((start, m.end(1), end1))
    return found


def _named_somewhere(low: str, finder: NameFinder) -> bool:
    """On the name finder's lists or ranked as a name in some country, and no everyday word
    or place."""
    return ((low in finder.names or finder.rank_code(low) != "00")
            and low not in finder.everyday and low not in finder.places)


# A first name alone as a note's last sentence signs it: "…fungerade efter det. Stänger.
# Liv", "Tack!\nBo".
_CLOSING_NAME_RE = re.compile(
    rf"[.!?\n][ \t]*\n?[ \t]*({_U}{_LOW}+(?:-{_U}{_LOW}+)?|[a-zåäö]{{3,}})[ \t]*[.!]?[ \t]*\Z")


def _closing_name(text: str, finder: NameFinder) -> list[NameSpan]:
    """:data:`_CLOSING_NAME_RE`: a common or listed first name; in a note written in the first
    person, any name ranked as a first name somewhere (the writer signing); in a note typed
    in lower case, a listed first name in lower case."""
    m = _CLOSING_NAME_RE.search(text, max(0, len(text) - 40))  # (the last 40 characters)
    if m is None or _plain_word(m.group(1)):
        return []
    if m.group(1).islower():  # in a note typed in lower case, a listed first name
        word = m.group(1)
        if (text[:1].islower() and word in finder.first_names and word not in finder.everyday
                and word not in SWEDISH_FUNCTION_WORDS):
            return [(m.start(1), m.end(1), m.end(1))]  # "… ringer jag lokaltidningen. kalle"
        return []
    parts = m.group(1).lower().split("-")
    if all(_common_first_name(p, finder) or (p in finder.first_names and p not in finder.everyday)
           for p in parts):
        return [(m.start(1), m.end(1), m.end(1))]
    if (len(parts) == 1 and _ranked_first_name(m.group(1), finder)
            and parts[0] not in finder.places and _FIRST_PERSON_RE.search(text)):
        return [(m.start(1), m.end(1), m.end(1))]  # "Jag är mamma till Ánte … Máret"
    return []


# A relation or role, then (after a comma) the name. Matched in the lower-cased text (a
# case-insensitive alternation tries every position slowly).
_RELATION_RE = re.compile(
    rf"(?<![\w-])(?:(?:{_POSSESSIVES}|[^\W\d_]{{2,}}s)[ \t]+"
    rf"(?:{trie_regex(frozenset(_RELATIONS.split('|')))})"
    rf"|(?:{trie_regex(frozenset(_ROLES_BARE.split()))}))[ \t]*,?"
    r"(?:[ \t]+(?:som[ \t]+)?(?:heter|hette))?[ \t]+[\"”“'‘’»«]?(?=[^\W\d_])")  # (a nickname
# in quotes too: "hans kompis ”Tjocke-Lasse”")
# Its relation or role words alone: a third of notes hold one, and this search (a trie, no
# look behind) takes a third of the time of the whole pattern's.
_RELATION_HINT_RE = re.compile(
    rf"(?:{trie_regex(frozenset(_RELATIONS.split('|')) | frozenset(_ROLES_BARE.split()))})\b")
# Any other role by its agent noun, then a name: "instruktören Nguyen", "lokalvårdare
# Mirsada H." (firms follow such words too, "leverantören Fiberlänk", so the name must be
# on the name lists).
_AGENT_ENDS = ("aren ", "ören ", "isten ", "dare ", "tare ", "ssistent ", "kapten ")
_AGENT_ROLE_RE = re.compile(  # (a word read once, its ending looked at behind it)
    r"(?<![\w-])[^\W\d_]{8,}+(?:(?<=aren)|(?<=ören)|(?<=isten)|(?<=vårdare)|(?<=skötare)"
    r"|(?<=arbetare)|(?<=ledare)|(?<=förrättare)|(?<=assistent)|(?<=kapten))[ \t]+"
    r"(?=[^\W\d_])")  # ("hamnkapten Jonn Östlund")
# A role's abbreviation with its dot, then a name: "vaktm. Göran", "handl. Sara".
_ROLE_ABBREVIATIONS = ("vaktm", "handl", "adm", "bitr", "sekr", "sjuksk", "undersk",
                       "fastighetssk", "enhetsch")
_ROLE_ABBREVIATION_HINT_RE = re.compile(trie_regex(frozenset(_ROLE_ABBREVIATIONS)) + r"\. ")
_ROLE_ABBREVIATION_RE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(_ROLE_ABBREVIATIONS)})\.[ \t]+(?=[^\W\d_])")
# The author line of a quoted reply: "Den 3 mars skrev Mirja Halonen <m@x.se>:", "X wrote:".
_QUOTE_AUTHOR_RE = re.compile(
    rf"(?i:\b(?:skrev|wrote))[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})"
    r"[ \t]*(?:<[^>\n]*>|\[EPOST\])?[ \t]*:")
_NAME_TOKEN_RE = re.compile(rf"[ \t]*({_NAME_WORD})")
# (and "de la" in any case, capitalised only "Dela", "Delos": "María José de la Cruz",
# "Maricel Dela Cruz-Santos", "Delos Santos")
_PARTICLE_RE = re.compile(rf"[ \t]+(?:(?i:de[ \t]la|{'|'.join(sorted(PARTICLES))})|Dela|Della"
                          rf"|Delos)[ \t]+({_U}{_L}*(?:['’-]{_L}+)?)")
_HYPHEN_PART_RE = re.compile(rf"-{_U}{_LOW}+")
_HYPHEN_LOWER_PART_RE = re.compile(rf"-({_LOW}{{3,}})(?![\w-])")
_SPELLING_VARIANT_RE = re.compile(rf"/({_U}{_LOW}{{2,}})(?![\w-])")
_LOWER_PARTICLE_HYPHEN_RE = re.compile(
    rf"[ \t]+(?:al|el|ul|bin|ibn|abu|abd|bint)-{_LOW}{{3,}}(?![\w-])")
_PARTICLE_HYPHEN_RE = re.compile(rf"[ \t]+(?:{'|'.join(sorted(PARTICLES))})-{_U}{_L}+")
_INITIALS_NAME_RE = re.compile(rf"(?:[ \t]{_U}\.?){{1,3}}[ \t]({_U}{_LOW}+(?:-{_U}{_LOW}+)?)\b")
_STREET_WORD_RE = re.compile(rf"{_L}*{_STREET_SUFFIX}$", re.IGNORECASE)
_BARE_STREET_SUFFIX_RE = re.compile(_STREET_SUFFIX, re.IGNORECASE)


def _street_word(word: str) -> bool:
    """A street's name ("Storgatan", "Rosenlundsstråket"), but not a suffix alone with a
    capital that is a listed surname ("Strand", "Backen", "Dalen"; not "Torget")."""
    return bool(_STREET_WORD_RE.match(word)) and not (
        _is_cap(word) and _BARE_STREET_SUFFIX_RE.fullmatch(word)
        and word.lower() in name_model().surnames)


def _name_word_ok(word: str, names: frozenset[str], short_ok: bool = False) -> bool:
    """A word that can be part of a name after a cue: capitalised and no ordinary word or
    organisation, or lower case and on a name list (``short_ok``: even with three letters,
    after a cue as strong as "my name is")."""
    if _plain_word(word) or _street_word(word):
        return False
    if _is_cap(word):
        return True
    # lower case: on the redactor's own list, or on the model's lists and longer than three
    # letters (the long tails of foreign lists hold words such as "ej", "til")
    if "-" in word:  # "eva-britt": every part a name; after a first one, a part no list or
        # dictionary knows counts too ("nils-ánde")
        first, *rest = word.split("-")
        finder = name_model()
        return _name_word_ok(first, names, short_ok) and all(
            _name_word_ok(part, names, short_ok) or (
                len(part) >= 3 and not _plain_word(part) and part not in finder.everyday
                and part not in finder.dictionary_words and part not in finder.places)
            for part in rest)
    return word.islower() and (word.capitalize() in FIRST_NAMES
                               or (word in names and (len(word) > 3 or short_ok)))


_SENTENCE_AFTER_STOP_RE = re.compile(rf"[ \t]*(?:$|\n|[ \t]{_U})")


def _name_after(text: str, pos: int, finder: NameFinder, most: int = 3,
                short_ok: bool = False) -> NameSpan | None:
    """Up to ``most`` name words from ``pos`` on (with particles: "af Klercker"). The first
    is on a name list, or capitalised, no everyday word and no abbreviation ("Hänv.");
    ``short_ok``: the first may be a listed first name of three letters ("tom")."""
    start = end = end1 = -1
    count = 0
    first_name = False  # the word before was a first name in lower case: "kjell ove"
    while count < most:
        m = _NAME_TOKEN_RE.match(text, pos)
        short = (short_ok and not count) or (
            first_name and m is not None and m.group(1).lower() not in PARTICLES)
        if m is None or not _name_word_ok(m.group(1), finder.names, short):
            p = _PARTICLE_RE.match(text, pos) if count else None
            if p is None or _plain_word(p.group(1)):
                break
            m = p
        if start < 0:
            word = m.group(1).lower()
            if word not in finder.first_names and word not in finder.surnames and (
                    word in finder.everyday or (text.startswith(".", m.end(1)) and not (
                        _SENTENCE_AFTER_STOP_RE.match(text, m.end(1) + 1)
                        and (_FOREIGN_LETTER_RE.search(m.group(1))
                             or all(_first_name_somewhere(p, finder)
                                    for p in m.group(1).split("-")))))):
                return None  # "Hänv.": an abbreviation; not "hans kollega Senait. Betongen"
            start, end1 = m.start(1), m.end(1)
        end = pos = m.end(1)
        first_name = m.group(1).islower() and m.group(1) in finder.first_names
        count += 1
    return (start, end, end1) if start >= 0 else None


# "pratade med kalle", "fick hjälp av lena": after talking with or help from, a name.
# (and what someone did: "Utlämnad av Siv", "kvitterat av Jonas"; one look behind and tries
# of the verbs: three times faster than an alternation of whole phrases)
_TALKING = frozenset("pratade pratat pratar talade talat snackade snackat träffade träffat".split())
_DONE = frozenset("utlämnad utlämnat lämnad lämnat mottagen mottaget kvitterad kvitterat gjord "
                  "gjort utförd utfört hämtad hämtat skriven skrivet".split())
_TALKED_WITH_RE = re.compile(
    rf"(?<![\w-])(?:(?:{trie_regex(_TALKING)})[ \t]+(?:med|m\.?)|hjälp[ \t]+av"
    rf"|(?:fråga|frågade|frågar)[ \t]+efter|(?:{trie_regex(_DONE)})[ \t]+av)[ \t]+(?=[^\W\d_])")
# "ring tillbaka till hassan", "ringde upp till Eva", "ring vivi på 08 612 33 40": a call
# to someone, then a name.
_CALL_TO_RE = re.compile(
    r"(?<![\w-])(?:ring|ringa|ringer|ringde|ringt)(?:[ \t]+(?:tillbaka|upp))?[ \t]+"
    r"(?:till[ \t]+(?=[^\W\d_])|(?=[^\W\d_]+[ \t]+på[ \t]+[+\d])|(?<=upp[ \t])(?=[^\W\d_]))")
# "en kvinna som hette sara", "hon heter Lina", "fastighetsskötaren heter jukka", "my name
# is tom harris": being called, then a name (a listed first name only: "förskolan som
# heter Solstrålen" names no person).
_CALLED_RE = re.compile(
    r"(?<![\w-])(?:(?:(?:han|hon|hen|som|jag|ja|jg|du|vi|[^\W\d_]{3,}(?:en|an|n)"
    r"|(?:vår|vårt|min|mitt|er|ert|din|ditt)[ \t]+[^\W\d_]{3,})[ \t]+"  # ("Vår tekniker heter")
    r"|(?<=,)[ \t]*|^)(?:heter|hette)|(?<![\w-])(?:heter|hette)[ \t]+(?:jag|ja|jg)"
    r"|my[ \t]+name[ \t]+is"
    r"|i[ \t]+am[ \t]+called|(?:det|de)[ \t]+(?:är|e|ä|ar)[ \t]+jag(?:[ \t]+igen)?[ \t]*,?"
    r"|(?:hej|hejsan|hallå|tja|tjena)[ \t]*[,!]?[ \t]+(?:det|de|detta|det[ \t]+här)[ \t]+"
    r"(?:är|e|ä|ar)"
    r"(?![ \t]+jag\b))"
    r"[ \t]+(?=[^\W\d_])")
# "mamma till Leo", "god man till Ingrid Ek": the relation, then "till", then the name.
_RELATIONS_TO = (r"(?<![\w-])(?:mamma|pappa|mor|far|förälder|vårdnadshavare|farmor|farfar"
                 r"|mormor|morfar|moster|faster|morbror|farbror|syster|bror|kontaktperson"
                 r"|god man|handläggare|assistent|lärare|mentor|ombud|anhörig)[ \t]+till[ \t]+")
_RELATION_TO_RE = re.compile(rf"{_RELATIONS_TO}(?=[^\W\d_])")
_RELATION_TO_BEFORE_RE = re.compile(rf"(?i:{_RELATIONS_TO})$")


_CAP_PAIR_AT_RE = re.compile(rf"({_U}{_LOW}+)[ \t]+({_U}{_LOW}+)(?![\w-])")


def _relation_names(text: str, lower: str, finder: NameFinder) -> list[NameSpan]:
    found = []
    if len(lower) != len(text):
        return found  # lower-casing changed the length ("İ"): the other rules still apply
    matches = list(_RELATION_RE.finditer(lower)) if _RELATION_HINT_RE.search(lower) else []
    if " till " in lower:
        matches += _RELATION_TO_RE.finditer(lower)
    talked = []
    if (" med " in lower or " av " in lower or " m " in lower or " m. " in lower
            or " efter " in lower):
        talked += _TALKED_WITH_RE.finditer(lower)
    if "ring" in lower:
        talked += _CALL_TO_RE.finditer(lower)
    called = list(_CALLED_RE.finditer(lower)) if (
        "het" in lower or " jag" in lower or "hej" in lower or "hallå" in lower or "tja" in lower
        or "my name" in lower or "am called" in lower or lower.startswith("jag")) else []

    def first_name_after(m: re.Match) -> bool:
        """A listed first name; a double one may join a name no list knows ("nils-ánte"),
        and one with a letter Swedish lacks may be on no list."""
        w = _NAME_TOKEN_RE.match(lower, m.end())
        if w is None:
            return False
        parts = w.group(1).split("-")
        listed = [p in finder.first_names and p not in finder.everyday for p in parts]
        return all(listed) or (len(parts) == 2 and any(listed) and all(
            ok or _unknown_word(p, finder) for ok, p in zip(listed, parts, strict=True))) or (
            len(parts) == 1 and _FOREIGN_LETTER_RE.search(parts[0]) is not None
            and _unknown_word(parts[0], finder))  # (or a name no list knows: "heter Ánte")

    def listed_name_after(m: re.Match) -> bool:
        w = _NAME_TOKEN_RE.match(text, m.end())
        return w is not None and _is_cap(w.group(1)) and not _plain_word(w.group(1)) and all(
            (p in finder.first_names or p in finder.surnames) and p not in finder.places
            and p not in finder.everyday for p in w.group(1).lower().split("-"))

    def name_pair_after(m: re.Match) -> bool:
        """:func:`listed_name_after`, or two capitalised words that are no everyday word,
        place or organisation ("Ersättaren Siosaia Fifita tjänstgjorde")."""
        if listed_name_after(m):
            return True
        w = _CAP_PAIR_AT_RE.match(text, m.end())
        return w is not None and not any(
            _plain_word(x) or _street_word(x) or x.lower() in finder.everyday
            or x.lower() in finder.places or x.lower() in finder.non_person
            for x in w.group(1, 2))

    def common_short_after(m: re.Match) -> bool:
        """After "min kompis", "hennes son": a first name of three letters among the
        hundred commonest somewhere ("noa", "leo"), no everyday word."""
        w = _NAME_TOKEN_RE.match(lower, m.end())
        return (w is not None and len(w.group(1)) == 3
                and _POSSESSIVE_START_RE.match(lower, m.start()) is not None
                and w.group(1) in finder.first_names
                and w.group(1) not in finder.everyday and finder.rank_code(w.group(1))[0] == "3")

    def unknown_after(m: re.Match) -> re.Match | None:
        """After "min sambo", "hennes son": a lower-case word no list or dictionary knows,
        then a verb only a person does, a modal, "and her" or "but she" ("min sambo niillas tycker",
        "min sambo somchai vill elda", "min kompis hanah o hennes bebis"; not "min son litar
        på")."""
        w = _NAME_TOKEN_RE.match(text, m.end())
        if (w is None or not w.group(1).islower() or len(w.group(1)) < 4
                or _POSSESSIVE_START_RE.match(lower, m.start()) is None
                or not _unknown_word(w.group(1), finder)
                or (_PERSON_VERB_AFTER_RE.match(lower, w.end(1)) is None
                    and _MODAL_AFTER_RE.match(lower, w.end(1)) is None
                    and _AND_HER_AFTER_RE.match(lower, w.end(1)) is None)):
            return None
        return w

    # only a listed first name: "pratat med Skatteverket", "ring till växeln", "som heter
    # Solstrålen" are no person; after being called a three-letter one counts ("tom")
    matches += filter(first_name_after, talked)
    if any(end in lower for end in _AGENT_ENDS):
        matches += filter(name_pair_after, _AGENT_ROLE_RE.finditer(lower))
    if ". " in lower and _ROLE_ABBREVIATION_HINT_RE.search(lower):
        matches += filter(listed_name_after, _ROLE_ABBREVIATION_RE.finditer(lower))
    for group, short_ok in ((matches, False), (filter(first_name_after, called), True)):
        for m in group:
            if _verb_after_relative(text, lower, m) and not first_name_after(m):
                continue  # ("kan min kompis noa få…": a first name, no verb)
            span = _name_after(text, m.end(), finder, short_ok=short_ok)
            if span is None and (dotted := _DOTTED_INITIALS_RE.match(text, m.end())):
                span = (m.end(), dotted.end(), dotted.end())  # "vårdnadshavare till A.M.":
                # initials, even those that read as a time of day elsewhere
            if span is None and not short_ok and common_short_after(m):
                span = _name_after(text, m.end(), finder, short_ok=True)
            if span is None and not short_ok and (w := unknown_after(m)) is not None:
                span = (w.start(1), w.end(1), w.end(1))
            if span is not None and short_ok and span[1] == span[2]:
                span = _with_surname_word(text, span, finder)
            if span is not None:
                found.append(span)
    return found


# Modal verbs: after one, "min mamma bo" is a question's subject and verb ("kan min mamma bo
# kvar").
_MODALS = ("kan|får|ska|skall|måste|bör|borde|skulle|kunde|fick|vill|behöver|brukar|slipper"
           "|kommer")
_MODAL_AFTER_RE = re.compile(rf"[ \t]+(?:{_MODALS})\b")
_MODAL_WORDS = frozenset(_MODALS.split("|"))
# ... or "and her/his", "but she": "min kompis hanah o hennes bebis", "min handledare
# jessan men hon svarade inte".
_AND_HER_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:och|o|&)[ \t]+(?:hennes|hans|hens)|men[ \t]+(?:hon|han|hen))\b")
# A relative or a role, then a common first name even if it is an ordinary word too ("min
# dotter vilja", "morfar sten", "socialsekreteraren lotta") — not after a modal verb ("kan
# min mamma bo kvar") and not a verb with its particle or its negation ("min mamma klara
# sig", "anmälaren ville inte").
_KIN_NAME_RE = re.compile(
    rf"(?<![\w-])(?P<modal>(?:{_MODALS})[ \t]+)?"
    rf"(?:(?:{_POSSESSIVES})[ \t]+(?:{trie_regex(frozenset(_RELATIONS_OWNED.split()))})"
    rf"|{trie_regex(frozenset(_ROLES_BARE.split()))}|[^\W\d_]{{4,}}(?:aren|ören))"
    r"[ \t]+(?P<name>[^\W\d_]{3,}(?:-[^\W\d_]{3,})?)(?![\w'’-])"
    r"(?![ \t]+(?:sig|mig|dig|oss|av|upp|ut|in|på|till|om|med|inte|ej|aldrig|att|vara|ha"
    r"|bli|få)\b)")
# A caller's own name on the phone: "rosa heter jag", "det är sten här".
_PHONE_INTRO_RE = re.compile(
    r"(?:^|(?<=[.!?,])[ \t]*|(?<![\w-])(?:hej|hallå|tjena|ja|jo|öh|eh)[ \t]+)"
    r"(?P<name>[^\W\d_]{3,}(?:-[^\W\d_]{3,})?)[ \t]+heter[ \t]+jag\b"
    r"|(?<![\w-])det[ \t]+är[ \t]+(?P<name2>[^\W\d_]{3,}(?:-[^\W\d_]{3,})?)[ \t]+här\b")


def _kin_names(text: str, lower: str, finder: NameFinder) -> list[NameSpan]:
    """A common first name (:func:`_common_first_name`) after a relative or a role, or in a
    caller's "X heter jag" / "det är X här", even where it is also an ordinary word."""
    found: list[NameSpan] = []
    if len(lower) != len(text):
        return found
    matches = list(_KIN_NAME_RE.finditer(lower))
    if "heter jag" in lower or ("det är " in lower and " här" in lower):
        matches += _PHONE_INTRO_RE.finditer(lower)
    for m in matches:
        if m.re is _KIN_NAME_RE and m.group("modal"):
            continue
        group = "name" if m.group("name") else "name2"
        word = m.group(group)
        if not any(part in finder.everyday or part in finder.dictionary_words
                   or part.capitalize() in AMBIGUOUS_FIRST_NAMES for part in word.split("-")):
            continue  # the other rules take a name that is no ordinary word, with its surname
        if all(_common_first_name(part, finder) and part not in SWEDISH_FUNCTION_WORDS
               and part not in ENGLISH_FUNCTION_WORDS and part not in _AUXILIARIES
               for part in word.split("-")):
            end = m.end(group)
            if text[m.start(group)].isupper() and (
                    surname := _NEXT_CAP_WORD_RE.match(text, end)) is not None and not (
                    _plain_word(surname.group(1))):
                end = surname.end(1)  # "tränaren Kalle Mattsson": one span
            found.append((m.start(group), end, m.end(group)))
    return found


_MODAL_BEFORE_RE = re.compile(rf"(?<![\w-])(?:{_MODALS})[ \t]+$")
# Past forms of the modal verbs, which a lower-case role is followed by more often than by
# a name: "inringaren ville veta" (not Ville).
_AUXILIARIES = frozenset({"ville", "kunde", "skulle", "hade", "borde", "fick", "måste"})
_VERB_PARTICLE_RE = re.compile(
    r"[ \t]*[^\W\d_]+[ \t]+(?:sig|mig|dig|oss|av|upp|ut|in|kvar|inte|ej|aldrig|att|vara"
    r"|ha|bli|få)\b")


def _verb_after_relative(text: str, lower: str, m: re.Match) -> bool:
    """The lower-case word after a relative is the verb of a question or of a phrase ("kan
    min mamma bo kvar", "min mamma klara sig"), not a name."""
    return (_MODAL_BEFORE_RE.search(lower, max(0, m.start() - 12), m.start()) is not None
            or _VERB_PARTICLE_RE.match(lower, m.end()) is not None) and (
        m.end() < len(text) and not text[m.end()].isupper())


def _with_surname_word(text: str, span: NameSpan, finder: NameFinder) -> NameSpan:
    """After "heter" and a first name, the next word in the same case is the surname when
    the surname list holds it, even an everyday word ("han heter björn ek och…", "hon
    heter viola strand")."""
    start, end, end1 = span
    m = _NAME_TOKEN_RE.match(text, end)
    if m is None:
        return span
    word = m.group(1)
    if word.lower() in finder.surnames and word.islower() == text[start:end].islower():
        return start, m.end(1), end1
    return span


def _quote_authors(text: str) -> list[NameSpan]:
    found = []
    for m in _QUOTE_AUTHOR_RE.finditer(text):
        words = m.group("name").split()
        if all(_is_cap(w) and not _plain_word(w) for w in words):
            found.append((m.start("name"), m.end("name"), m.start("name") + len(words[0])))
    return found


def _lower_pairs(text: str, t: Tagged, finder: NameFinder) -> list[NameSpan]:
    """A lower-case first name and surname from the name lists: "gunnel andersson"."""
    found = []
    first, last, words, lower = finder.first_names, finder.surnames, t.words, t.lower
    for i in t.cands:  # a lower-case word is scored only when it is on a name list
        if i + 1 >= len(words):
            continue
        j = i + 1  # the surname, maybe after a particle: "mohammed el amrani"
        if lower[j] in PARTICLES and j + 1 < len(words) and t.spans[j][1] + 1 == t.spans[j + 1][0]:
            j += 1
        a, b = words[i], words[j]
        if not (a.islower() and b.islower()) or t.spans[i][1] + 1 != t.spans[i + 1][0]:
            continue
        if i and lower[i - 1] in _PLACE_WORDS:
            continue  # "till västerås backe"
        if (i and lower[i - 1] in _MODAL_WORDS and a.endswith("a")
                and a.capitalize() not in FIRST_NAMES
                and (a in finder.everyday or a in finder.dictionary_words)):
            continue  # "vill elda löv": a verb and its object after a modal ("kan anna
            # andersson ringa" is a name)
        if (lower[i] in finder.names
                and (a.capitalize() in FIRST_NAMES
                     or (a in first and a not in last and len(a) > 3))
                and (b in last or (b.endswith("sson") and len(b) > 6))
                and b not in ENGLISH_FUNCTION_WORDS and a not in _RELATION_WORDS
                and not _plain_word(a) and not _plain_word(b)):
            found.append((t.spans[i][0], t.spans[j][1], t.spans[i][1]))
    # a first name that is also an everyday word or a surname, before a word that is only
    # a surname: "sten lindqvist", "rosa lindqvist" (not "en sten lindqvist hittade")
    for j in t.cands:
        i = j - 1
        if i < 0 or any(t.spans[i][0] == f[0] for f in found):
            continue
        a, b = words[i], words[j]
        if (a.islower() and b.islower() and t.spans[i][1] + 1 == t.spans[j][0]
                and a in first and len(a) > 2
                and b in last and b in finder.names
                and ((b not in first and b.endswith(_SURNAME_ENDINGS))
                     or _first_then_surname(a, b, finder))
                and not (i and lower[i - 1] in _DETERMINERS | _PLACE_WORDS)
                and a not in ENGLISH_FUNCTION_WORDS and not _plain_word(a)
                and a not in _RELATION_WORDS):  # "farmor linnea": a relative, then a name
            found.append((t.spans[i][0], t.spans[j][1], t.spans[i][1]))
    # a double first name in lower case is no ordinary word: "anna-karin", "jan-erik"
    if "-" in text:
        for m in _LOWER_DOUBLE_NAME_RE.finditer(text):
            if not m.group().islower():
                continue
            names = [part.capitalize() for part in m.groups()]
            if (all(n in FIRST_NAMES for n in names) and not all(
                    n in AMBIGUOUS_FIRST_NAMES for n in names)) or (  # "jan-erik", not "per-per"
                    names[0] in FIRST_NAMES and names[0] not in AMBIGUOUS_FIRST_NAMES
                    and _second_first_name(m.group(2), finder)):  # "sara-li", "nils-ánte"
                end = m.end()
                after = _NAME_TOKEN_RE.match(text, end)
                if (after is not None and after.group(1).islower()
                        and after.group(1) in finder.surnames and after.group(1) in finder.names):
                    end = after.end(1)  # "bengt-åke holm"
                found.append((m.start(), end, m.end()))
    # a name typed without å, ä, ö: "asa bjorklund" is "åsa björklund". In a note that has
    # those letters elsewhere both words must have lost them ("goran lindstrom har fått…")
    plain_letters = not _SWEDISH_LETTERS_RE.search(text)
    first_f, last_f = _folded_lists(finder)
    for m in _ASCII_PAIR_RE.finditer(text):
        a, b = m.group(1), m.group(2)
        if plain_letters:
            # one of the two lost its å/ä/ö; the other is a name in any case ("goran
            # andersson", "anna ostlund"), not an English word that is a surname somewhere
            hit = ((a in first_f and (b in last_f or (b in last and b.endswith(_SURNAME_ENDINGS))))
                   or (b in last_f and a.capitalize() in FIRST_NAMES))
        else:
            hit = a in first_f and b in last_f
        if hit:
            found.append((m.start(1), m.end(2), m.end(1)))
    return found


# Words before a noun: after them a listed first name is the ordinary word ("en stig").
_DETERMINERS = frozenset({"en", "ett", "den", "det", "denna", "detta", "någon", "något",
                          "ingen", "inget", "varje", "the", "a", "an", "any", "some", "no",
                          "every", "this", "that"})
_FIRST_LETTER_RE = re.compile(_L)


def _swedish(words: Sequence[str]) -> bool:
    """More Swedish than English function words among ``words`` (lower case)."""
    return (sum(w in SWEDISH_FUNCTION_WORDS for w in words)
            > sum(w in ENGLISH_FUNCTION_WORDS for w in words))


def _lower_first_names(text: str, t: Tagged, finder: NameFinder) -> list[NameSpan]:
    """A lone lower-case first name. Two ways:

    * in a note typed in lower case (its first letter is), a name from the redactor's own
      list, which holds no everyday word: "pratat m lena på socialen", "johanna undrar om
      skolskjuts". Where the writer capitalises the first word, such a name in lower case is
      more likely an ordinary word ("sakta börjar tina").
    * in any Swedish note, a word of four letters or more that the model tags as a person
      and that is on its first-name list but no ordinary word by the Swedish spelling
      dictionary (:attr:`NameFinder.dictionary_words`): "sms från jonatan", "Säg till ylva
      att…" — not "en rosa jacka", "björk", and not in an English note ("how long").

    Neither takes a name that is also an ordinary word (:data:`AMBIGUOUS_FIRST_NAMES`:
    "per", "bo", "dag"), a word the corpus writes in lower case, one after an article ("en
    stig", "en björn"), or one the model takes for a place or an organisation."""
    found: list[NameSpan] = []
    first = _FIRST_LETTER_RE.search(text)
    lower_note = first is not None and first.group().islower()
    swedish = None
    taken_at: set[int] = set()
    for i in t.cands:
        w = t.words[i]
        if (not w.islower() or t.tags[i] not in (0, PER)
                or (i and t.lower[i - 1] in _DETERMINERS)  # "en stig", "a mark"
                or (name := w.capitalize()) in AMBIGUOUS_FIRST_NAMES
                or w in finder.everyday or w in finder.lower_words
                or w in ENGLISH_FUNCTION_WORDS or _plain_word(w)):
            continue
        # "tacka abdirahman och sagal": joined to a name just found, the model's tag is
        # not needed
        joined = i >= 2 and i - 2 in taken_at and t.lower[i - 1] in ("och", "o", "&")
        if not (lower_note and name in FIRST_NAMES):
            if ((t.tags[i] != PER and not joined) or len(w) < 4 or w not in finder.first_names
                    or w in finder.dictionary_words):
                continue
            if swedish is None:
                swedish = _swedish(t.lower)
            if not swedish:
                continue
        found.append((t.spans[i][0], t.spans[i][1], t.spans[i][1]))
        taken_at.add(i)
    return found


def _second_first_name(word: str, finder: NameFinder) -> bool:
    """After a listed first name and a hyphen, a first name the model's lists hold and no
    ordinary word ("li"), or a word no list knows with a letter Swedish lacks ("ánte")."""
    return word not in finder.everyday and word not in finder.dictionary_words and (
        word in finder.first_names
        or (_FOREIGN_LETTER_RE.search(word) is not None and _unknown_word(word, finder)))


# A lower-case word in the genitive before a lower-case noun, or before "som".
_LOWER_NAME_FRAME_RE = re.compile(
    r"(?<![\w@./-])([a-zåäöéü]{3,})(?:(?P<gen>s)[ \t]+[a-zåäö]{3}|[ \t]+som[ \t])")
_GENITIVE_BASE_RE = re.compile(r"([a-zåäöéü]{3,})s [a-zåäö]{3}")  # (a quick first look)


def _lower_names_in_frames(text: str, finder: NameFinder) -> list[NameSpan]:
    """A lower-case first name in a frame a name fills, in a Swedish note: in the genitive
    before a lower-case noun ("fira abdirahmans födelsedag"), or before "som" ("särskilt
    fatuma som satt med honom"). The name is common somewhere (rank 2 or 3; of four letters
    or less, among the hundred commonest or on the redactor's own list), on the model's
    first-name list (before "som" ranked higher as a first name will do), and no everyday
    or dictionary word, place or function word ("elsas lunchlåda"; not "tomms sopona",
    "remiss till", "less cash")."""
    found: list[NameSpan] = []
    if " som " not in text and finder.first_names.isdisjoint(_GENITIVE_BASE_RE.findall(text)):
        return found  # (most notes: no listed first name before "s" and a noun)
    swedish = None
    for m in _LOWER_NAME_FRAME_RE.finditer(text):
        base = m.group(1)
        genitive = m.group("gen") is not None
        word = base + ("s" if genitive else "")
        code = finder.rank_code(base)
        if (base not in finder.first_names and (genitive or code[0] < code[1])) or (
                code[0] < "2") or (
                len(base) < 5 and code[0] < "3" and base.capitalize() not in FIRST_NAMES):
            continue
        if any(x in finder.everyday or x in finder.dictionary_words
               or x in SWEDISH_FUNCTION_WORDS or x in ENGLISH_FUNCTION_WORDS
               or x in finder.places or x in finder.lower_words for x in (base, word)):
            continue
        if swedish is None:
            swedish = _swedish(text.lower().split())
        if swedish:
            found.append((m.start(1), m.start(1) + len(word), m.start(1) + len(word)))
    return found


def _first_then_surname(a: str, b: str, finder: NameFinder) -> bool:
    """By the world-wide ranks: ``a`` is more common as a first name than as a surname and
    ``b`` is a common surname (rank digit 3 or more) more than it is a first name
    ("agnieszka kowalczyk"; not "even small")."""
    ca, cb = finder.rank_code(a), finder.rank_code(b)
    return ca[0] > ca[1] and cb[1] > cb[0] and cb[1] >= "3" and len(b) > 3


_LOWER_DOUBLE_NAME_RE = re.compile(r"(?<![\w-])([^\W\d_]+)-([^\W\d_]+)(?![\w-])")
_ASCII_PAIR_RE = re.compile(r"(?<![\w-])([a-z]{3,})[ \t]([a-z]{3,})(?![\w-])")
_SWEDISH_LETTERS_RE = re.compile("[åäöÅÄÖ]")
_FOLD = str.maketrans("åäöéü", "aaoeu")
_FOLDED: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def _folded_lists(finder: NameFinder) -> tuple[frozenset[str], frozenset[str]]:
    """The first names and surnames that hold å, ä, ö (é, ü), as written without them:
    "åsa" → "asa", (first names, surnames); no spelling that is an everyday or ordinary
    word. Names without those letters are not here: a pair of them is no sign of a note
    typed without å, ä and ö (and English text is full of such pairs: "can find")."""
    key = id(finder)
    if key not in _FOLDED:
        def fold(names: frozenset[str]) -> frozenset[str]:
            out = {f for n in names if len(n) > 2 and (f := n.translate(_FOLD)) != n}
            return frozenset(w for w in out - finder.everyday if not _plain_word(w))
        _FOLDED[key] = (fold(finder.first_names), fold(finder.surnames))
    return _FOLDED[key]


_PLACE_WORDS = frozenset({"i", "på", "vid", "mot", "från", "utanför", "nära", "kö", "till",
                          "mellan", "kring", "genom", "över", "längs", "in", "ut", "runt", "hela",
                          "hållplats", "busshållplats", "hållplatsen", "området", "stadsdelen"})


# A greeting that opens the text, a line or a sentence, then a comma: "God dag, Farthinder…"
_AFTER_GREETING_RE = re.compile(rf"(?:^|[\n.!?])[ \t]*(?i:{_GREETINGS})[ \t]*,$")


_INITIAL_BEFORE_RE = re.compile(rf"(?<![^\W\d_]){_U}\.$")
# Contact-note abbreviations whose full stop ends no sentence: "Ang. Pettersson", "Enl. Lena".
_ABBREVIATION_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?i:ang|enl|tel|tfn|fr|medb|inv|handl|hänv|ev|ca|resp|jfr|obs)\.$")
# A capital initial with its full stop just before a name: "K. Lundgren".
_LEADING_INITIAL_RE = re.compile(rf"(?<![^\W\d_]){_U}\.[ \t]?(?:{_U}\.[ \t]?)?$")


def _opens_sentence(text: str, at: int) -> bool:
    """``at`` starts the text, a sentence or a line, or follows an opening "God dag,"."""
    before = text[max(0, at - 30):at].rstrip(" \t\"'»”“(")
    if before.endswith(".") and (_INITIAL_BEFORE_RE.search(before)
                                 or _ABBREVIATION_BEFORE_RE.search(before)):
        return False  # "till K. Lundgren", "Ang. Pettersson": an initial's or abbreviation's
    if not before or before[-1] in ".!?:;\n–-":
        return True
    if before[-1] != ",":
        return False
    return _AFTER_GREETING_RE.search(text[:at].rstrip(" \t")) is not None


def _on_list(word: str, finder: NameFinder) -> str:
    """"first" or "last" when ``word`` (or its genitive: "Kalles") is on a name list, or ""."""
    base = word[:-1] if word.endswith("s") else word
    if word in finder.first_names or base in finder.first_names:
        return "first"
    if word in finder.surnames or base in finder.surnames or "-" in word:
        return "last"
    return ""


def _model_names(text: str, t: Tagged, finder: NameFinder, taken: _Taken | None = None
                 ) -> list[NameSpan]:
    """Person names by the statistical model, without what it gets wrong in contact notes:
    words in lower case (the rules above find those), all capitals (BNP, IKEA), streets,
    organisations and ordinary words, and a lone word that is on no name list ("Hänv.") or is a
    surname after a place word ("kö Norrby")."""
    found = []
    for start, end in finder.find(text, t):
        words = [(start + m.start(), start + m.end())
                 for m in re.finditer(r"\S+", text[start:end])]
        if (len(words) > 1 and text[start:end].isupper()
                and text[words[0][0]:words[0][1]].lower() in finder.first_names):
            found.append((start, end, words[0][1]))  # in capitals: "BENGT WADENSJÖ"
            continue
        if any(text[a:b].lower() in ORGANISATION_TAILS
               and not (text[a:b].lower() in PARTICLES and i < len(words) - 1)
               for i, (a, b) in enumerate(words)):
            continue  # "Skellefteå Kraft", "Nilssons Bygg AB"; not "Leila El Haddad"
        if _COMPOUND_TAIL_RE.search(text, start, end) or (
                text[end - 1:end] == "s" and _COMPOUND_AFTER_RE.match(text, end)):
            continue  # "Viking Line-terminalen", "Bergmans Fårö-utställningen": named things
        keep = [(a, b) for a, b in words if _model_word_ok(text[a:b])]
        while keep and text[keep[0][0]:keep[0][1]].islower() and (
                keep[0][1] - keep[0][0] > 3):  # short ones are particles: "de la Fuente"
            keep.pop(0)  # "said Hedeby": a lower-case word the model took in is no name part
        if not keep or all(text[a:b].islower() for a, b in keep) or keep[-1] != words[-1]:
            continue  # ends in an ordinary word: "Dear Valued Customer", "Hiring Manager"
        kept_words = len(keep)
        while len(keep) > 1 and text[keep[-1][0]:keep[-1][1]].islower() and (
                text[keep[-1][0]:keep[-1][1]] not in PARTICLES):
            keep.pop()  # "Mikaels kapell": no name ends in a lower-case word
        if text[keep[-1][1] - 1] == "s" and _NAMED_PLACE_RE.match(text, keep[-1][1]):
            continue  # "S:t Mikaels kapell", "Björkhagens kapell": a place
        if len(keep) > 1 and text[keep[0][0]:keep[0][1]].lower().endswith(ORGANISATION_HEADS):
            continue  # "Blomsterhuset Vera": a shop
        a, b = keep[0][0], keep[-1][1]
        if all(text[x:y].lower() in _CALENDAR_WORDS for x, y in keep):
            continue  # "in June", "on Sundays", "Christmas Eve"
        if len(keep) == 1 and (
                _STREET_PREFIX_RE.search(text, max(0, a - 12), a)
                or (b - a <= 3 and _NUMBER_BEFORE_RE.search(text, max(0, a - 8), a))):
            continue  # "Östra Ringen": a place; "4000 Hz": a unit
        before = _WORD_BEFORE_RE.search(text, max(0, a - 40), a)
        if before is not None and (before.group(1).lower().endswith(ORGANISATION_HEADS) or (
                before.group(1)[:1].isupper()
                and before.group(1).lower().endswith(_FIRM_WORD_ENDS))):
            continue  # "Simhallen Aqua Nova", "Brf Lärkan", "Tolkservice Väst"
        if _after_block_word(text, a):
            continue  # "kvarter Maria"
        if _PLOT_AFTER_RE.match(text, b):
            continue  # "Fastigheterna Strand 1:1, Strand 1:4": a property's designation
        if len(keep) == 1 and (end2 := _ordinary_surname_after(text, a, b, finder)):
            found.append((a, end2, b))
            continue
        after = _WORD_AFTER_RE.match(text, b)
        if after is not None and (after.group(1).lower() in ORGANISATION_TAILS
                                  or after.group(1).lower().endswith(ORGANISATION_SUFFIXES)
                                  or (_is_cap(after.group(1)) and _plain_word(after.group(1)))):
            continue  # "Växjö kommun", "Dear Hiring Manager"
        if kept_words == 1 and _opens_sentence(text, a) and not (
                _lone_opener_ok(text, a, b, finder, t.lower)
                or _before_found_name(text, b, taken)):
            continue  # "Will you call me back?", "Mark the invoice": one word, first
        listed = [_on_list(text[x:y].lower(), finder) for x, y in keep]
        if "first" in listed or listed.count("last") > 1:
            found.append((a, b, keep[0][1]))
            continue
        # no first name: not after a place word ("kö Norrby", "i Kvarnbo Hänv."), no
        # everyday word ("Skapat ärende") and no abbreviation ("Hänv.")
        if (before is not None and before.group(1).lower() in _PLACE_WORDS
                and not text[a:b].lower().endswith(_PLACELESS_SURNAME_ENDINGS)):
            continue
        if any(text[x:y].lower() in finder.everyday or (text.startswith(".", y) and y - x < 6)
               for x, y in keep):
            continue
        found.append((a, b, keep[0][1]))
    return found


_PLOT_AFTER_RE = re.compile(r"[ \t]+\d{1,4}:\d{1,4}\b")
# English calendar words, capitalised in English: a span of these only is a date ("in June",
# "on Sundays", "Christmas Eve"), not a person, whatever the model says.
_CALENDAR_WORDS = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays mon tue tues
wed thu thur thurs fri sat sun spring summer autumn fall winter christmas easter eve new
year midsummer
""".split())
# Surname endings no place name has ("till Lindqvist", but "i Kvarnbo", "kö Norrby").
# Endings of Swedish surnames that no place name shares ("Lindqvist", "Ekström", "Sjögren"):
# such a word stays a name after a place word ("från Ekström").
_PLACELESS_SURNAME_ENDINGS = ("sson", "qvist", "kvist", "ström", "gren", "blad", "stedt")
_RELATION_WORD_RE = re.compile(rf"(?i:{_RELATIONS})")
# A capitalised word joined by a hyphen to a lower-case one ("Line-terminalen",
# "Fårö-utställningen"): a thing named after a name. "e-post", "sms-påminnelse" are ordinary
# words, so "Annas e-post" is still a name.
_COMPOUND_TAIL_RE = re.compile(rf"{_U}{_L}*-{_LOW}{{3,}}")
# (after a name, its first part a word, not a unit's or a title's capitals: "Annika Forsell
# BHV-ssk", "Eva Berg IT-avdelningen")
_COMPOUND_AFTER_RE = re.compile(rf"[ \t]+{_U}{_LOW}*-{_LOW}{{3,}}")
_WORDS_RE = re.compile(r"\S+")
_WORD_BEFORE_RE = re.compile(rf"({_L}+)[ \t]$")
_WORD_AFTER_RE = re.compile(rf"[ \t]({_L}+)")


# Endings of Swedish surnames ("Granqvist", "Sjöström", "Thuresson"), which are seldom
# anything else.
_SURNAME_ENDINGS = ("sson", "ström", "qvist", "kvist", "stedt", "gren", "holm", "lund",
                    "berg", "dahl", "blad", "bäck", "lin", "ling", "dotter", "ius", "éus")
# What follows a name that opens a sentence as its subject: a comma or a finite verb
# ("Bäckman anlände", "Merkel väntas", "Larsson tog"), not a preposition ("Buller från"),
# and no comma that opens a list ("Sand, grus och löv…").
_FINITE_VERB_RE = re.compile(
    rf"[ \t]*,(?![ \t]*{_L}+(?:[ \t]*,|[ \t]+(?:och|eller|and|or)\b))"
    r"|[ \t]+(?:och|är|tog|fick|kom|var|gick|blev|sa|sade|vann|kan|ska|vill"
    r"|måste|bör|skulle|kunde|borde|hann|satt|låg|gav|drog|slog|föll|sköt|dog|fanns|lät|såg|tycks"
    r"|skrev|bad|ville|vet"
    rf"|verkar|{_L}+(?:ar|er|ir|or|ur|yr|är|år|ade|de|te|dde|tte|as|es|ts|ds))\b")
# A first name opening a sentence, then where the person works: "Rose på bygglov var…",
# "Wiktoria från hemtjänst Norr undrar…" (a lower-case word after the preposition: not "Anna
# på Gotland"; not "i", which English notes write for "I": "Can i…").
_AT_UNIT_RE = re.compile(
    r"[ \t]+(?:på|från|hos|vid)[ \t]+(?!(?:en|ett|den|det|de|dem|min|mitt|mina|sin|sitt"
    rf"|sina|hans|hennes|deras|vår|vårt|våra|alla|några|morgon|kväll|går|dag|fjol|år)\b){_LOW}{{3,}}")
# A capitalised word after a first name, maybe its surname: "Kalle Strid flyttar".
_SURNAME_NEXT_RE = re.compile(rf"[ \t]+({_U}{_LOW}+)(?=[ \t,])")


def _lone_opener_ok(text: str, a: int, b: int, finder: NameFinder,
                    lower: Sequence[str]) -> bool:
    """A name the model found alone at the start of a sentence counts when it is a listed
    name or looks like a surname, no everyday word, and is the subject: a verb or a comma
    follows ("Bäckman anlände…", "Sundin, som…", "Thuresson, uppväxt i…"), or its genitive
    ("Erikssons agent"). A listed name that no dictionary holds as an ordinary word also
    counts in a Swedish note (``lower``: the note's words in lower case). A common first
    name also counts before where the person works ("Rose på bygglov…")."""
    word = text[a:b]
    low = word.lower()
    genitive = low.endswith("s") and len(low) > 4
    base = low[:-1] if genitive else low
    if low in finder.everyday or base in finder.everyday:
        # an everyday word that is also a first name, then what only a person does: "Sten
        # ringde från…", "Dag undrar om…" (not "Sten och grus", "Dag för dag")
        return low in finder.first_names and _CONTACT_VERB_AFTER_RE.match(text, b) is not None
    if "-" in low:  # "Nyberg-Falk": a part listed or shaped like a surname
        low = next((p for p in low.split("-") if p in finder.surnames
                    or p.endswith(_SURNAME_ENDINGS)), low)
    if genitive and (base in finder.surnames or base.endswith(_SURNAME_ENDINGS)):
        return True
    if not (low in finder.surnames or low in finder.first_names
            or low.endswith(_SURNAME_ENDINGS)):
        return False
    if _FINITE_VERB_RE.match(text, b) is not None:
        return True
    if (len(base) > 2 and (base in finder.surnames or base in finder.first_names)
            and base not in finder.dictionary_words and not text.startswith(".", b)
            and _swedish(lower)):
        return True  # a listed name no dictionary holds: "Pettersson i växeln…", not "Rosa bilar"
    if not _common_first_name(low, finder):
        return False
    return _AT_UNIT_RE.match(text, b) is not None


def _ordinary_surname_after(text: str, a: int, b: int, finder: NameFinder) -> int | None:
    """The end of a surname after a common first name the model found alone, before a verb
    or a comma: a listed one, or an everyday word among the common Swedish surnames ("Kalle
    Strid flyttar", "Ulla Sommar, 82"), which the word after the name would otherwise veto."""
    if not _common_first_name(text[a:b].lower(), finder):
        return None
    m = _SURNAME_NEXT_RE.match(text, b)
    if m is None or not (m.group(1).lower() in finder.surnames
                         or m.group(1).lower() in finder.ordinary_surnames):
        return None
    return m.end() if _FINITE_VERB_RE.match(text, m.end()) else None


def _common_first_name(low: str, finder: NameFinder) -> bool:
    """On the redactor's own first-name list or among the 100 most common first names of
    some country ("rose", "kaisa"; not "buller", whose rank is lower)."""
    return low.capitalize() in FIRST_NAMES or finder.rank_code(low)[0] == "3"


def _before_found_name(text: str, end: int, taken: _Taken | None) -> bool:
    """A capitalised word already found as personal data starts one space after ``end``: the
    model's word opens that name ("Faadumo" before "Cabdi Warsame", found by a rule)."""
    if taken is None or text[end:end + 1] not in (" ", "\t"):
        return False
    pos = end + 1
    return _is_cap(text[pos:pos + 2]) and taken.end_at(pos) is not None and (
        taken.end_at(pos - 1) is None)


def _model_word_ok(word: str) -> bool:
    if word.lower() in PARTICLES:
        return True
    if _RELATION_WORD_RE.fullmatch(word):
        return False  # "min farbror": a surname on some list, but here a relation
    if len(word) > 1 and word.isupper():
        return ROMAN_RE.fullmatch(word) is not None  # "Carl XVI Gustaf"; not "BNP", "IKEA"
    if _ANIMAL_WORD_RE.fullmatch(word) and name_model().rank_code(word.lower())[1] == "0":
        return False  # "Katten Maja…": the animal, not a name; a surname ("Schäfer") stays
    return not (_plain_word(word) or _street_word(word))


# English grammar that only a person fits: "Hi, Rose here", "Precious and I", "I (Grace)",
# "Summer's dad", "Pedro's after-school place".
_ENGLISH_PERSON_RE = re.compile(
    rf"(?:^|(?<=[.!?\n])[ \t]*|(?i:\b(?:hi|hello|hey|dear)\b)[ \t,]*)({_U}{_LOW}+)[ \t]+here\b"
    rf"|(?<![\w-])({_U}{_LOW}+)[ \t]+and[ \t]+I\b"
    rf"|\bI[ \t]+\(({_U}{_LOW}+)\)"
    rf"|(?<![\w-])({_U}{_LOW}+)['’]s[ \t]+(?:dad|mum|mom|mother|father|son|daughter|brother"
    r"|sister|wife|husband|partner|teacher|grandmother|grandfather|after-school|preschool"
    r"|class|room)\b")


def _english_person_names(text: str) -> list[NameSpan]:
    """A capitalised word in :data:`_ENGLISH_PERSON_RE`'s grammar, unless a function word
    or an ordinary one ("This and I", "Kommunen's")."""
    found: list[NameSpan] = []
    for m in _ENGLISH_PERSON_RE.finditer(text):
        g = m.lastindex or 1
        word = m.group(g)
        low = word.lower()
        if (low in ENGLISH_FUNCTION_WORDS or _plain_word(word)
                or low in ("everyone", "nobody", "someone")):
            continue
        found.append((m.start(g), m.end(g), m.end(g)))
    return found


# A name before a bracket saying that the person is called so, or before "kallas hon":
# "Putte (som han helst vill kallas) har…", "Bittan kallas hon av alla".
_NAME_BEFORE_CALLED_RE = re.compile(
    rf"(?<![\w-])({_U}{_LOW}+)(?:[ \t]*\((?:som[ \t]+)?(?:han|hon|hen)\b[^()\n]{{0,30}}?"
    r"\bkallas\b|[ \t]+kallas[ \t]+(?:han|hon|hen)\b)")


def _find_names(text: str, lower: str, taken: _Taken, model: bool) -> list[NameSpan]:
    """Names by the word lists and cues (and with the model's name lists: after relations
    and in quoted-reply headers)."""
    found = _known_first_names(text) + _cue_names(text, lower, taken) + _pair_verb_names(text)
    if " here" in text or " I" in text or "'s " in text or "’s " in text:
        found += _english_person_names(text)
    if "kallas" in lower:
        found += [m.span(1) + (m.end(1),) for m in _NAME_BEFORE_CALLED_RE.finditer(text)]
    if model:
        found += _relation_names(text, lower, name_model())
        found += _kin_names(text, lower, name_model())
        if "skrev" in lower or "wrote" in lower:
            found += _quote_authors(text)
    return found


# A surname in lower case, spelt as no Swedish word is ("lindqvist på tekniska", "handl.
# sundqvist"); not in an address ("www.nilsson.se", "kalle.nilsson@"), nor a genitive,
# which in lower case names a firm as often ("bengtssons livs", "johanssons bygg ab").
_LOWER_SURNAME_SHAPE_RE = re.compile(r"(?<![\w@./-])[a-zåäöéü]{2,}(?:sson|qvist|kvist)(?![\w@/-])"
                                     r"(?!\.[a-z])")


def _lower_surname_shapes(text: str, finder: NameFinder) -> list[NameSpan]:
    """:data:`_LOWER_SURNAME_SHAPE_RE`, unless a name word stands just before it (the rules
    for names in lower case take the whole name: "tove bergqvist hjalmarsson")."""
    found = []
    for m in _LOWER_SURNAME_SHAPE_RE.finditer(text):
        before = _WORD_BEFORE_NAME_RE.search(text, max(0, m.start() - 30), m.start())
        if before is None or before.group(1).lower() not in finder.names:
            found.append((m.start(), m.end(), m.end()))
    return found


_CAPITAL_LETTER_NEXT_RE = re.compile(r"[ \t]+([A-ZÅÄÖ])(?![\w'’-])")


def _with_initial_after(text: str, span: NameSpan) -> NameSpan:
    """``span`` with a surname's initial after it (:func:`_initial_end`: "(klienten Luka P)",
    "Sara K. Holm"); not "I", the preposition opening a sentence."""
    start, end, end1 = span
    m = _CAPITAL_LETTER_NEXT_RE.match(text, end)
    if m is None or m.group(1) == "I":
        return span
    initial = _initial_end(text, m.group(1), m.end(1))
    return span if initial is None else (start, initial, end1)


def _find_model_names(text: str, lower: str, taken: _Taken) -> list[NameSpan]:
    """Names by the statistical model and lower-case name pairs, among the words not found
    yet (``lower`` is ``text.lower()``)."""
    finder = name_model()
    tagged = finder.analyse(text, taken.overlaps)
    found = _lower_pairs(text, tagged, finder) + _lower_first_names(text, tagged, finder)
    found += _lower_names_in_frames(text, finder)
    found += [
        _first_name_before(text, _with_initial_after(text, span), finder, taken)
        for span in _model_names(text, tagged, finder, taken)]
    if "-" in text:
        found += [_first_name_before(text, span, finder, taken)
                  for span in _double_surnames(text, tagged, finder)]
    if "sa" in text:
        found += _speaker_names(text, finder)
    if "hos " in lower or "fru " in lower or "herr " in lower or "sa " in lower:
        found += _lower_surnames_after_cue(text, finder)
    if _CAPITAL_PAIR_RE.search(text):
        found += _capital_pairs(text, finder)
    if _CAPS_RUN3_RE.search(text) and _CAPS_SURNAME_RE.search(text):
        found += _caps_surnames(text, finder)
    if any(word in lower for word in _CALL_HINT_WORDS):
        found += _lower_callers(text, finder)
    if _SELF_INTRO_HINT_RE.search(text):
        found += _self_intro_names(text, lower, finder)
    if not text.isupper() and _CAPS_RUN_RE.search(text):
        found += _caller_id_names(text, finder)
    if "s " in text:
        found += _genitive_before_relation(text, finder)
    if _CHAT_RELATION_RE.search(text):
        found += _chat_name_before_relation(text, finder)
    found += _initials_as_names(text)
    found += _everyday_names_acting(text, finder)
    found += _names_in_frames(text, finder)
    if ". " in text:
        found += _initial_and_surname(text, finder)
    if ":" in text:
        found += _labelled_names(text, finder)
    if " på " in text:
        found += _contacts_at(text, lower, finder)
    if "07" in text or "+46" in text or "0046" in text:
        found += _names_before_mobiles(text, finder)
    if "sson" in lower or "qvist" in lower or "kvist" in lower:
        found += _lower_surname_shapes(text, finder)
    if "," in text:
        found += _surname_comma_first_name(text, finder)
        found += _names_before_a_relation(text, finder)
        if " år" in text or " mån" in text:
            found += _names_with_age(text, finder)
    if "s " in text:
        found += _opening_genitives(text, finder)
    if "(" in text:
        found += _names_before_relation_in_brackets(text, finder)
    if "-" in text:
        found += _hyphened_names(text, finder)
    if _CLASS_AFTER_RE.search(text):
        found += _children_with_class(text, finder)
    found += _closing_name(text, finder)
    if "?" in text and _CHAT_TURN_RE.search(text):
        found += _names_asked_for(text, finder)
    if _KIN_LIST_RE.search(text):
        found += _children_listed(text, finder)
    if "/" in text or "–" in text or "—" in text or " -" in text:
        found += _slash_signatures(text, finder)
    if _ENGLISH_RELATION_RE.search(text):
        found += _english_relations(text, finder)
    return found


# A verb only a person is the subject of, after a word opening a sentence; "har"/"hade"
# count before a participle that is not passive ("Bo har frågat", not "Mark har anvisats").
# (maybe "själv" first: "Gurra själv säger")
_PERSON_VERB_AFTER_RE = re.compile(
    r"(?:[ \t]+själv)?[ \t]+"
    r"(?:(?:har|hade)[ \t]+(?![a-zåäö]+ts\b)[a-zåäö]+(?:at|it|ått|ut|tt|ft|gt|vit)\b"
    r"|satt|sov|frågade|frågar|undrar|undrade|sa|sade|säger|mår|mådde|berättade|berättar"
    r"|tycker|tyckte|somnade|vaknade|orkar|orkade|längtar|längtade|saknar|saknade|pratade"
    r"|pratar|skrattade|grät|åt[ \t]+upp|rapporterar|rapporterade)\b")
# Words on the first-name lists that are also pronouns or determiners ("Inga har frågat" =
# no one has asked, "Hans har" = his has).
_PRONOUN_NAMES = frozenset({"inga", "hans", "per", "max"})
# ... or before "och" and another first name with a surname: "Bo och Ann-Sofi Strand vill…".
_AND_FULL_NAME_AFTER_RE = re.compile(
    rf"[ \t]+och[ \t]+({_U}{_LOW}+(?:-{_U}{_LOW}+)?)[ \t]+{_U}{_LOW}{{2,}}(?![\w-])")
# Titles that open a sentence as a person's word: "Fröken sa att …".
_TITLE_WORDS = frozenset({"fröken", "magistern", "fru", "herr", "doktorn", "prästen", "frun"})
_OPENING_WORD_RE = re.compile(rf"(?:^|[.!?:;\n])[ \t\"'»”“(]*({_U}{_LOW}+)")
# ... or as the subject of a question opened by a modal, before the infinitive: "Kan Liv få
# åka i samma bil?", "Får Bo följa med?" (not "Kan Mark användas", a passive).
_MODAL_SUBJECT_RE = re.compile(
    r"(?:^|[.!?:;\n]|[ \t][–—-])[ \t\"'»”“(]*"
    r"(?:[Kk]an|[Ff]år|[Ss]ka|[Ss]kall|[Ss]kulle|[Mm]åste|[Vv]ill|[Bb]ehöver|[Bb]orde|[Bb]rukar)"
    rf"[ \t]+({_U}{_LOW}+)[ \t]+(?:få|gå|stå|se|ha|bo|må|{_LOW}+a)\b")


def _rarer_first_name(word: str, finder: NameFinder) -> bool:
    """Ranked as a first name somewhere, or spelt with a letter no Swedish word has and on
    no list; no place, organisation or title ("Ánte vaknade 03.10", not "Fröken sa")."""
    low = word.lower()
    return not (low in finder.places or low in finder.non_person or low in _TITLE_WORDS) and (
        _first_name_somewhere(word, finder)
        or (_FOREIGN_LETTER_RE.search(low) is not None and _unknown_word(low, finder)))


def _everyday_names_acting(text: str, finder: NameFinder) -> list[NameSpan]:
    """A common first name, even one that is also an everyday word ("Bo", "Dag", "Sten"),
    opening a sentence before what only a person does ("Dag har haft en bra dag", "Sten satt länge
    vid fönstret"; not "Dag för dag", "Sten och grus", "Mark har anvisats"), or joined by
    "och" to another's full name ("Bo och Ann-Sofi Strand"); a rarer first name before such
    a verb (:func:`_rarer_first_name`); the subject of a question opened by a modal
    (:data:`_MODAL_SUBJECT_RE`, "Kan Liv få åka med?")."""
    found = []
    for m in _OPENING_WORD_RE.finditer(text):
        low = m.group(1).lower()
        pair = None
        if not _PERSON_VERB_AFTER_RE.match(text, m.end(1)):
            pair = _AND_FULL_NAME_AFTER_RE.match(text, m.end(1))
            if pair is None or not _listed_first_name(pair.group(1), finder):
                continue
        if (low in _PRONOUN_NAMES or not (_common_first_name(low, finder) or (
                pair is None and _rarer_first_name(m.group(1), finder)))
                or _plain_word(m.group(1)) or not _opens_sentence(text, m.start(1))):
            continue
        found.append((m.start(1), m.end(1), m.end(1)))
    for m in _MODAL_SUBJECT_RE.finditer(text) if "?" in text else ():
        low = m.group(1).lower()
        if not (low in _PRONOUN_NAMES or not (_common_first_name(low, finder) or (
                _FOREIGN_LETTER_RE.search(low) and _unknown_word(low, finder)))
                or _plain_word(m.group(1))):
            found.append((m.start(1), m.end(1), m.end(1)))  # "Kan Liv få åka …?", "– kan
            # Áila visa honom?"
    return found


# A form's field: a label opening a line, a colon, and a value closing it (or its sentence:
# "Frånvarande: Kaisa. Nästa möte …").
_FIELD_RE = re.compile(  # (maybe in a bulleted list: "- Kock: Rebwar")
    rf"(?m)(?:^|(?<=[.;] ))[ \t]*(?:[-–•*][ \t]+)?({_U}{_LOW}+)(?:[ \t]+{_LOW}+){{0,2}}"
    rf"(?:[ \t]+(?:på|vid|hos)(?:[ \t]+{_U}{_LOW}+){{1,2}})?[ \t]*:"  # ("Kontaktperson på
    # Kvinnojouren Gudrun: Liisa")
    rf"[ \t]*"
    rf"(?:([A-ZÅÄÖ]{{2,3}})|({_U}{_LOW}+(?:-{_U}{_LOW}+)?)[ \t]+({_U}{_LOW}+(?:-{_U}{_LOW}+)?)"
    rf"|({_U}{_LOW}+(?:-{_U}{_LOW}+)?)(?:[ \t]([A-ZÅÄÖ]))?)(?:\.?[ \t]*$|\.[ \t]+(?={_U}{_LOW}))")
# ... and a name in capitals after such a label, wherever it stands: "Låntagare: NIINA-MAARIA
# VUORINEN, Rönnbärsgatan 12".
_CAPS = rf"{_U}{{2,}}(?:-{_U}{{2,}})?"  # (any script's capitals: "MARIA-JOSÉ CASTILLO ROJAS")
_CAPS_PAIR_HINT_RE = re.compile(r"[A-ZÅÄÖ]{2}[A-ZÅÄÖ-]*[ \t]+[A-ZÅÄÖ]{2}")
_CAPS_FIELD_RE = re.compile(
    rf"(?<![\w-])({_U}{_LOW}+)[ \t]*:[ \t]*({_CAPS}(?:[ \t]+{_CAPS}){{1,2}})(?![\w-])")
# ... and in a form all in capitals, the label in capitals too, the name closing its line.
_SHOUTED_FIELD_RE = re.compile(  # (surname first too: "HYRESGÄST: KARLSSON, BO-GÖRAN")
    rf"(?m)^[ \t]*({_U}{{3,}})[ \t]*:[ \t]*({_CAPS}(?:,?[ \t]+{_CAPS}){{1,2}})[ \t]*$")
# A name's own field, the value closing its line: "Efternamn: Ekström", "EFTERNAMN: NGUYEN".
_NAME_FIELD_RE = re.compile(
    r"(?im)^[ \t]*(?:efternamn|förnamn|tilltalsnamn|mellannamn|surname|first[ \t]name"
    rf"|last[ \t]name)[ \t]*:[ \t]*({_L}+(?:[ \t-]{_L}+){{0,2}})[ \t]*$")
# A label naming a person by what they do: "Förrättare", "Sökande", "Handläggare".
_AGENT_NOUN_ENDINGS = ("are", "ande", "ende", "ör", "ent", "ist", "person")
# Labels that name a person without an agent noun's ending ("Ansvarig: Ville").
_PERSON_LABELS = frozenset({"ansvarig", "kontakt", "namn", "kock", "chef", "tolk", "mentor",
                            "rapport", "anteckning", "notering",
                            "coach", "ombud", "vakt", "tilldelad", "tilldelat", "utfört",
                            "utförd", "signerat", "signerad"})
# A participle's endings: as a label before initials it names who did it ("Kvitterat: HS",
# "Diarieförd: EK").
_PARTICIPLE_ENDS = ("at", "ad", "förd", "fört", "lagd", "lagt")
# Labels whose value is a place, a subject or a thing, never a person.
_NOT_PERSON_LABELS = frozenset({"adress", "ort", "plats", "lokal", "skola", "förskola",
                                "avdelning", "ämne", "rubrik", "ärende", "gata", "kommun",
                                "enhet", "verksamhet", "område", "kategori", "typ", "status"})


# Frames only a person's name fills: "en Pekka, sa att…", "en Anna som jobbar där" (someone
# by that name) and "i Fatimas namn", "står på Oskars namn".
_INDEFINITE_NAME_RE = re.compile(  # (the look behind after the letters: a faster scan)
    rf"[Ee]n(?<![\w-][Ee]n)[ \t]+({_U}{_LOW}+)(?=[ \t]*,|[ \t]+som\b)")
_IN_NAME_OF_RE = re.compile(rf"(?<![\w-])(?:i|på|under)[ \t]+({_U}{_LOW}+)s[ \t]+namn\b")
# A relative, then the name in brackets: "pappa (kalle) hämtar", "Mormor (Gunvor)".
_RELATION_THEN_BRACKET_RE = re.compile(
    rf"(?<![\w-])(?i:{trie_regex(_RELATION_WORDS)})[ \t]*\(([^\W\d_]{{2,}})\)")
# Someone spoken to, opening the note: "Roj, din tandläkartid är flyttad".
# ... in lower case, a chat's first word before a question to "du": "asa kommer du pa fredag?"
_LOWER_ADDRESSED_RE = re.compile(
    r"^[ \t]*([a-zåäö]{3,})[ \t]*,?[ \t]+(?:kommer|kan|ska|vill|har|hinner|orkar|är|e|blir"
    r"|tar|får|fick|var)[ \t]+du\b")
_ADDRESSED_RE = re.compile(
    rf"^[ \t]*({_U}{_LOW}+|[A-ZÅÄÖ]{{2,3}}),[ \t]+"
    r"(?:(?:kan|kunde|skulle|vill|har|hinner|orkar)[ \t]+)?(?:din|ditt|dina|du|dig)\b")
# A first name told apart by a unit's letters before it: "HR-Maja", "IT-Anders".
_UNIT_HYPHEN_NAME_RE = re.compile(rf"(?<![\w-])[A-ZÅÄÖ]{{2,4}}-({_U}{_LOW}+)(?![\w-])")
# A nickname: "han som kallas Tjotte", "(vi kallar henne mumsan)".
_NICKNAME_RE = re.compile(
    r"(?:(?<![\w-])(?:som|han|hon|hen)[ \t]+kallas|(?<=,)[ \t]*kallas"
    r"|(?<![\w-])(?:vi|jag|alla|de|dom)[ \t]+kallar[ \t]+(?:henne|honom|hen))"
    r"[ \t]+['\"‘’“”»]?([^\W\d_]{3,}(?:-[^\W\d_]{2,})?)")  # ("grannen, kallas kalle-bulle")
# A first name from an organisation: "Mathias från Fältgruppen tittade förbi".
_COMING_AFTER_RE = re.compile(r"[ \t]+(?:kommer|kom|ska|vill|har|hade|är|var|bor|sover)\b")
_NAME_FROM_ORG_RE = re.compile(
    rf"(?<![\w-])({_U}{_LOW}+)[ \t]+från[ \t]+({_L}{_LOW}+)(?:-({_LOW}+))?\b")
# The subject of a clause after "att", capitalised mid-sentence, before a finite verb or a
# negation: "skolan säger att Dawit inte kan börja".
_SUBJECT_AFTER = (  # (the word before "att" or "om" is tested apart: a look behind first made
    # the search three times slower; each pattern opens on its literal: a quick scan)
    rf"[ \t]+({_U}{_LOW}+)(?:[ \t]+({_U}{_LOW}+))?[ \t]+"
    rf"(?:inte|ej|aldrig|(?:har|hade)(?![ \t]+{_LOW}+ts\b)"
    r"|ska|skulle|kan|kunde|får|fick|vill|ville|måste|behöver|mår|är|var|blir|blev)\b")
_SUBJECT_AFTER_ATT_RE = re.compile("att" + _SUBJECT_AFTER)
_SUBJECT_AFTER_OM_RE = re.compile("om" + _SUBJECT_AFTER)
# A caller saying who they are, capitalised: "Hallå! Kalle B här, jobbar natt …".
_NOT_HERE_AFTER = r"(?![ \t]+(?:i|på|vid|hos|finns|är|kan|ser|hittar)\b)"
_CAP_SELF_INTRO_RE = re.compile(
    rf"(?:^|(?<=[.!?,\n])[ \t]*)({_U}{_LOW}+)((?:[ \t]+(?:[A-ZÅÄÖ]\.?|{_U}{_LOW}+))?)"
    rf"[ \t]+här\b{_NOT_HERE_AFTER}")
_HERE_HINT_RE = re.compile(rf" här\b{_NOT_HERE_AFTER}")  # (a literal start: fast)
# A first name in capitals in a note not in capitals, before a word in lower case: "SIGGE på
# Statoilmacken säljer folköl".
# (four letters or more: not an abbreviation's three, "AUD", "MAS")
_SHOUTED_NAME_RE = re.compile(r"([A-ZÅÄÖ]{4,})(?![\w-])(?=[ \t]+[a-zåäö])")
# Someone joined to the writer: "spara två platser åt mig och Liv!", "jag och Bo kommer".
_WITH_ME_RE = re.compile(  # (or before: "Personal: Senait + jag")
    rf"(?<![\w-])(?:[Jj]ag|[Mm]ig|[Mm]ej)[ \t]+(?:och|o|&|\+)[ \t]+({_U}{_LOW}+)\b"
    rf"|(?<![\w-])({_U}{_LOW}+)[ \t]+(?:och|o|&|\+)[ \t]+(?:jag|mig|mej)\b")
# A chat's user name opening a turn: a first name, "_" or ".", more ("kerstin_h: när byggs…").
_CHAT_HANDLE_RE = re.compile(r"(?m)^[ \t]*(([^\W\d_]{3,})[_.][^\W_]{1,12})[ \t]*:")
# A person and, in brackets, the languages they speak: "Aster (tigrinja, arabiska)", "Rojda
# (kurmanji) ↔ språkvän …" (a place's or a service's languages follow no single word: "Tolkar
# finns i Malmö (arabiska)" is kept by the place test).
_LANGUAGES = frozenset("""
arabiska tigrinja somaliska dari persiska farsi kurdiska kurmanji sorani pashto amhariska
oromo engelska franska spanska ryska ukrainska polska turkiska bosniska serbiska kroatiska
albanska thailändska vietnamesiska kinesiska mandarin kantonesiska finska meänkieli samiska
nordsamiska tyska portugisiska swahili urdu hindi bengali tamil romani rumänska bulgariska
grekiska ungerska estniska lettiska litauiska tagalog mongoliska armeniska georgiska
hebreiska svenska teckenspråk syrianska assyriska uiguriska burmesiska khmer nepali punjabi
""".split())
_LANGUAGE = trie_regex(_LANGUAGES)
_LANGUAGE_BRACKET_RE = re.compile(rf"\((?:{_LANGUAGE})")  # (a literal start: a quick look)
_LANGUAGES_AFTER_RE = re.compile(
    rf"(?<![\w-])({_U}{_LOW}+)[ \t]*\((?:{_LANGUAGE})(?:(?:[ \t]*[,/&+][ \t]*|[ \t]+och[ \t]+)"
    rf"(?:{_LANGUAGE}))*\)")
# A message's header line: who it is to or from, maybe at a unit, then a colon ("Till Jonna
# i receptionen:", "Uppdatering från Fia:"; not a bill's: "Hyresavi från Willhem:").
_HEADER_NAME_RE = re.compile(
    r"(?m)^[ \t]*(?:(?:[Uu]ppdatering|[Mm]eddelande|[Hh]älsning|[Hh]älsningar|[Ss]ms|SMS|[Mm]ejl"
    r"|[Mm]ail|[Ii]nfo|[Ss]var|[Bb]esked|[Rr]apport|[Nn]otering|[Hh]älsa)[ \t]+)?"
    rf"(?:[Tt]ill|[Ff]rån)[ \t]+({_U}{_LOW}+)"
    rf"(?:[ \t]+(?:i|på)[ \t]+{_L}+)?[ \t]*:")
# A first name at a unit, then what the person said or did: "Hjördis på ekonomi säger att…".
_AT_UNIT_VERBS = (r"(?:säger|sa|sade|meddelar|meddelade|berättar|berättade|ringde|ringer"
                  r"|skriver|skrev|bekräftar|bekräftade|lovar|lovade|har|hade)\b")
_NAME_AT_UNIT_RE = re.compile(
    rf"(?<![\w-])({_U}{_LOW}+)[ \t]+på[ \t]+{_LOW}+[ \t]+{_AT_UNIT_VERBS}")
# (its words from "på" on first: a literal start the search skips ahead to, ten times faster)
_NAME_AT_UNIT_HINT_RE = re.compile(rf" på [a-zåäö]+ {_AT_UNIT_VERBS}")
# A family by its surname: "Grannarna Holmbergs har eldat", "hon hyr ut till
# Sultan-familjen".
_FAMILY_SURNAME_RE = re.compile(
    rf"(?<![\w-])(?:[Gg]rannarna|[Pp]aret|[Mm]akarna)[ \t]+({_U}{_LOW}+s)(?![\w-])"
    rf"|(?<![\w-])({_U}{_LOW}+)-familjen\b")
# A surname someone had before: "född Svensson", "(tidigare Gebru)".
_FORMER_SURNAME_RE = re.compile(
    rf"(?:(?<![\w-])(?:född|ogift)|\(tidigare)[ \t]+({_U}{_LOW}+(?:-{_U}{_LOW}+)?)\b")


def _inside_word(text: str, at: int, joiners: str = "-") -> bool:
    """A letter, a digit or one of ``joiners`` stands just before ``at``: a match there
    starts inside a word."""
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] in joiners)


def _names_in_frames(text: str, finder: NameFinder) -> list[NameSpan]:
    """A first name (listed or ranked, no place or organisation) in a frame only a person's
    name fills (:data:`_INDEFINITE_NAME_RE`, :data:`_IN_NAME_OF_RE`); a nickname
    (:data:`_NICKNAME_RE`), the writer's name in brackets (:data:`_NAME_SELF_RE`) and a
    former surname (:data:`_FORMER_SURNAME_RE`) that are no ordinary word; a listed first
    name from an organisation (:data:`_NAME_FROM_ORG_RE`); a first name at a unit
    (:data:`_NAME_AT_UNIT_RE`) or as a clause's subject after "att"
    (:data:`_SUBJECT_AFTER_ATT_RE`); a chat's user name (:data:`_CHAT_HANDLE_RE`); a
    caller saying who they are (:data:`_CAP_SELF_INTRO_RE`); a family by its surname
    (:data:`_FAMILY_SURNAME_RE`); a common first name in capitals
    (:data:`_SHOUTED_NAME_RE`); a first name joined to the writer (:data:`_WITH_ME_RE`)."""
    found = []
    for m in _NICKNAME_RE.finditer(text) if "kalla" in text else ():
        word = m.group(1)
        if not (_plain_word(word) or word.lower() in finder.everyday
                or word.lower() in SWEDISH_FUNCTION_WORDS):
            found.append((m.start(1), m.end(1), m.end(1)))
    m = _LOWER_ADDRESSED_RE.match(text) if " du" in text else None
    if m is not None and m.group(1) in finder.first_names and not (
            m.group(1) in finder.everyday or m.group(1) in finder.dictionary_words
            or m.group(1) in SWEDISH_FUNCTION_WORDS or _plain_word(m.group(1))):
        found.append((m.start(1), m.end(1), m.end(1)))  # "asa kommer du pa fredag?"
    m = _ADDRESSED_RE.match(text) if "," in text else None
    if m is not None and (m.group(1) not in _NOT_INITIALS if m.group(1).isupper() else not (
            _plain_word(m.group(1)) or m.group(1).lower() in finder.everyday
            or m.group(1).lower() in SWEDISH_FUNCTION_WORDS)):
        found.append((m.start(1), m.end(1), m.end(1)))  # "Roj, din tid är flyttad", "TR,
        # kan du kolla"
    for m in _UNIT_HYPHEN_NAME_RE.finditer(text) if "-" in text else ():
        if _listed_first_name(m.group(1), finder):
            found.append((m.start(1), m.end(1), m.end(1)))  # "HR-Maja"
    for m in _RELATION_THEN_BRACKET_RE.finditer(text) if "(" in text else ():
        low = m.group(1).lower()
        if (low in finder.first_names and low not in finder.everyday) or (
                _is_cap(m.group(1)) and not _plain_word(m.group(1))):
            found.append((m.start(1), m.end(1), m.end(1)))  # "pappa (kalle)"
    for m in _NAME_SELF_RE.finditer(text) if "(" in text else ():
        if not _plain_word(m.group(1)) and m.group(1).lower() not in finder.everyday and (
                _is_cap(m.group(1)) or m.group(1) in finder.first_names):
            found.append((m.start(1), m.end(1), m.end(1)))  # "Ring mig (Sunná)"
    for m in _NAME_FROM_ORG_RE.finditer(text) if " från " in text else ():
        if (_FOREIGN_LETTER_RE.search(m.group(1)) and _unknown_word(m.group(1).lower(), finder)
                and _is_cap(m.group(2)) and (_PERSON_VERB_AFTER_RE.match(text, m.end())
                                             or _COMING_AFTER_RE.match(text, m.end()))):
            found.append((m.start(1), m.end(1), m.end(1)))  # "Ánte från Jokkmokk kommer"
            continue
        if (_listed_first_name(m.group(1), finder) or (
                m.group(2).islower() and _first_name_somewhere(m.group(1), finder)
                and m.group(1).lower() not in finder.places)) and (
                m.group(2).lower().endswith(ORGANISATION_SUFFIXES)
                or (m.group(3) and m.group(3).endswith(("en", "an", "et")))):
            found.append((m.start(1), m.end(1), m.end(1)))  # "Mathias från Fältgruppen",
            # "Kalle från Fjärås-styrkan", "Malee från thaiföreningen"
    for m in _FAMILY_SURNAME_RE.finditer(text) if "arna " in text or "aret " in text or (
            "-familjen" in text) else ():
        word = m.group(1) or m.group(2)
        base = word[:-1].lower() if m.group(1) else word.lower()
        if (base in finder.surnames or _first_name_somewhere(word, finder)
                or _unknown_word(base, finder)) and not (
                _plain_word(word) or base in finder.places or base in finder.non_person):
            at = m.start(1) if m.group(1) else m.start(2)
            found.append((at, at + len(word), at + len(word)))  # "Grannarna Holmbergs"
    for m in _CAP_SELF_INTRO_RE.finditer(text) if _HERE_HINT_RE.search(text) else ():
        if _first_name_somewhere(m.group(1), finder) and not (
                m.group(1).lower() in finder.places or m.group(1).lower() in finder.non_person):
            more = m.group(2).split()
            end = m.end(2) if more and (len(more[0].rstrip(".")) == 1 or not (
                _plain_word(more[0]) or more[0].lower() in finder.everyday)) else m.end(1)
            found.append((m.start(1), end, m.end(1)))  # "Kalle B här, …"
    for m in _SHOUTED_NAME_RE.finditer(text) if not text.isupper() else ():
        if _inside_word(text, m.start()):
            continue  # (tested here: a look behind first made the search slow)
        word = m.group(1).capitalize()
        if (word not in AMBIGUOUS_FIRST_NAMES and m.group(1) not in _NOT_INITIALS
                and _listed_first_name(word, finder) and finder.rank_code(word.lower())[0] >= "2"
                and word.lower() not in finder.places and word.lower() not in finder.non_person):
            found.append((m.start(1), m.end(1), m.end(1)))  # "Tips: SIGGE på Statoilmacken"
    with_me = ("ig o" in text or "ag o" in text or "ej o" in text or " & " in text
               or " + " in text or "h jag" in text or "o jag" in text or "h mig" in text)
    for m in _WITH_ME_RE.finditer(text) if with_me else ():
        g = 1 if m.group(1) else 2
        word, low = m.group(g), m.group(g).lower()
        if g == 2 and _CAP_WORD_BEFORE_RE.search(text, max(0, m.start(2) - 30), m.start(2)):
            continue  # "Net Nanny och jag": the last word of a name of something
        if (word in FIRST_NAMES or _first_name_somewhere(word, finder) or (
                g == 1 and not (_plain_word(word) or low in finder.everyday))) and not (
                low in finder.places or low in finder.non_person):
            found.append((m.start(g), m.end(g), m.end(g)))  # "åt mig och Liv", "jag +
            # Nuttida" (after "jag och" a name no list knows too)
    handles = ":" in text and ("_" in text or "." in text)
    for m in _CHAT_HANDLE_RE.finditer(text) if handles else ():
        if _listed_first_name(m.group(2), finder):
            found.append((m.start(1), m.end(1), m.end(1)))  # "kerstin_h:"
    subjects = list(_SUBJECT_AFTER_ATT_RE.finditer(text)) if "att " in text else []
    if "om " in text:
        subjects += _SUBJECT_AFTER_OM_RE.finditer(text)
    for m in subjects:
        low = m.group(1).lower()
        if _inside_word(text, m.start()):
            continue  # "skatt Anna har", "som Anna har"
        if (_first_name_somewhere(m.group(1), finder) and low not in finder.places
                and low not in finder.non_person):
            surname = m.group(2)
            end = m.end(2) if surname and not (
                _no_name_word(surname, finder) or _street_word(surname)) else m.end(1)
            found.append((m.start(1), end, m.end(1)))  # "säger att Dawit inte kan", "vet
            # du om Anikka Lindbärg har lämnat"
    for m in _CAP_PAIR_AT_RE.finditer(text) if _FOREIGN_LETTER_RE.search(text) else ():
        before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
        if before is not None and before.group(1).lower() in _PLACE_WORDS:
            continue  # "till São Paulo": a place
        if f"{m.group(1)} {m.group(2)}".lower() not in finder.places and all(
                _FOREIGN_LETTER_RE.search(w) and _unknown_word(w.lower(), finder)
                and w.lower() not in finder.places for w in m.group(1, 2)):
            found.append((m.start(1), m.end(2), m.end(1)))  # "av Máret Sárá, som bor …":
            # two capitalised words, each with a letter Swedish lacks, on no list
    for m in _LANGUAGES_AFTER_RE.finditer(text) if "(" in text and (
            _LANGUAGE_BRACKET_RE.search(text)) else ():
        low = m.group(1).lower()
        if not (_plain_word(m.group(1)) or low in finder.places or low in finder.non_person
                or low in SWEDISH_FUNCTION_WORDS) and _first_name_somewhere(m.group(1), finder):
            found.append((m.start(1), m.end(1), m.end(1)))  # "Aster (tigrinja, arabiska)";
            # a first name somewhere (not "Broschyren (engelska)", "Blanketter (arabiska)")
    for m in _HEADER_NAME_RE.finditer(text) if ":" in text else ():
        low = m.group(1).lower()
        if (_first_name_somewhere(m.group(1), finder) and low not in finder.places
                and low not in finder.non_person):
            found.append((m.start(1), m.end(1), m.end(1)))  # "Till Jonna i receptionen:"
    for m in _NAME_AT_UNIT_RE.finditer(text) if _NAME_AT_UNIT_HINT_RE.search(text) else ():
        low = m.group(1).lower()
        if (_first_name_somewhere(m.group(1), finder) and low not in finder.places
                and low not in finder.non_person):
            found.append((m.start(1), m.end(1), m.end(1)))  # "Hjördis på ekonomi säger"
    for m in _FORMER_SURNAME_RE.finditer(text) if "född" in text or "(tidigare" in text or (
            "ogift" in text) else ():
        low = m.group(1).lower()
        if not (_plain_word(m.group(1)) or low in finder.places or low in finder.non_person
                or low in finder.everyday):
            found.append((m.start(1), m.end(1), m.end(1)))
    for regex, genitive, hint in ((_INDEFINITE_NAME_RE, False, "n "),
                                  (_IN_NAME_OF_RE, True, " namn")):
        for m in regex.finditer(text) if hint in text else ():
            word = m.group(1)
            if (_first_name_somewhere(word, finder) and word.lower() not in finder.places
                    and word.lower() not in finder.non_person):
                found.append((m.start(1), m.end(1) + genitive, m.end(1) + genitive))
    return found


# An initial with its full stop and a surname, mid-sentence: "bygglovshandläggare L. Hjort".
_INITIAL_SURNAME_RE = re.compile(rf"(?<=[a-zåäö,][ \t])({_U}\.[ \t]?({_U}{_LOW}+))(?![\w-])")


def _initial_and_surname(text: str, finder: NameFinder) -> list[NameSpan]:
    """:data:`_INITIAL_SURNAME_RE` when the surname list holds the word and it is no everyday
    word, street or organisation."""
    return [(m.start(1), m.end(1), m.end(1)) for m in _INITIAL_SURNAME_RE.finditer(text)
            if m.group(2).lower() in finder.surnames and m.group(2).lower() not in finder.everyday
            and not (_plain_word(m.group(2)) or _street_word(m.group(2)))]


def _labelled_names(text: str, finder: NameFinder) -> list[NameSpan]:
    """The value of a form's field that is a person's: initials or a first name after a
    label that names someone by what they do ("Förrättare: MLB", "Ledare båda grupperna:
    Serkan"), a name in capitals after such a label (:data:`_CAPS_FIELD_RE`; in a form all
    in capitals, :data:`_SHOUTED_FIELD_RE`), the value of
    a name's own field (:data:`_NAME_FIELD_RE`), and a first name and a surname after any
    label but a place's or a subject's ("Förälder: Funmilayo Oyelaran")."""
    found = []
    for m in _FIELD_RE.finditer(text):
        label = m.group(1).lower()
        # a participle and "av" name who did it: "Beställd av: PL", "Godkänd av: Ingalill"
        done_by = text[m.end(1):text.index(":", m.end(1))].split()[-1:] in (["av"], ["by"])
        if m.group(2):
            if ((label.endswith(_AGENT_NOUN_ENDINGS + _PARTICIPLE_ENDS) or done_by
                 or label in _PERSON_LABELS)
                    and m.group(2) not in _ROLE_NOT_INITIALS):  # ("Kvitterat: HS", "Rapport:
                # MH")
                found.append((m.start(2), m.end(2), m.end(2)))
            continue
        if m.group(5):
            word = m.group(5)
            if ((label.endswith(_AGENT_NOUN_ENDINGS + ("ansvarig",)) or label in _PERSON_LABELS
                 or label in _ROLE_ABBREVIATIONS or done_by)
                    and (_first_name_somewhere(word, finder) or word.lower() in finder.first_names
                         or (m.group(6) and not _plain_word(word)))
                    and word.lower() not in finder.places):  # (after a label even "Ville";
                # with a surname's initial after it any word: "Sekr: Vilja S")
                found.append((m.start(5), m.end(6) if m.group(6) else m.end(5), m.end(5)))
            continue
        first, last = m.group(3), m.group(4)
        if (label not in _NOT_PERSON_LABELS
                and (_first_name_somewhere(first, finder) or _FOREIGN_LETTER_RE.search(first))
                and not (_plain_word(last) or _street_word(last)
                         or last.lower() in finder.everyday or last.lower() in finder.places)):
            found.append((m.start(3), m.end(4), m.end(3)))
    if "amn" in text or "AMN" in text or "ame" in text:
        found += [(m.start(1), m.end(1), m.end(1)) for m in _NAME_FIELD_RE.finditer(text)
                  if not _plain_word(m.group(1))]
    if text.isupper() and ":" in text:  # a form in capitals: "HUVUDMAN: ÅSA-LENA NIILAS"
        for m in _SHOUTED_FIELD_RE.finditer(text):
            label = m.group(1).lower()
            words = [w.rstrip(",").split("-")[0].capitalize() for w in m.group(2).split()]
            if (label.endswith(_AGENT_NOUN_ENDINGS + ("man", "gäst")) or label in _PERSON_LABELS
                    ) and any(_first_name_somewhere(w, finder) for w in words):
                found.append((m.start(2), m.end(2), m.start(2) + len(m.group(2).split()[0])))
    if not text.isupper() and _CAPS_PAIR_HINT_RE.search(text):
        for m in _CAPS_FIELD_RE.finditer(text):
            first = m.group(2).split()[0].split("-")[0].capitalize()
            if ((m.group(1).lower().endswith(_AGENT_NOUN_ENDINGS)
                 or m.group(1).lower() in ("namn", "name"))
                    and _first_name_somewhere(first, finder)):
                found.append((m.start(2), m.end(2), m.start(2) + len(m.group(2).split()[0])))
    return found


_CONTACT_WORDS = ("från", "med", "ring", "ringa", "ringde", "sms:a", "sms", "messa", "mejla",
                  "maila", "kontakta", "fråga", "tilldelat", "tilldelats", "till")
# Someone to call or who called, then where to reach them or where they work: "sms:a Emir på
# 070-…", "Samtal från Lejla på Café Kvarnen", "ring Maja på förskolan", "hör av er till mej
# eller Sanna på kontoret", "säga till Sanna på nämndsekretariatet".
# (matched in the lower-cased note, with a trie of the contact words: faster than trying a
# case-insensitive alternation at every position)
_CONTACT_AT_RE = re.compile(
    rf"(?<![\w-])(?:{trie_regex(frozenset(_CONTACT_WORDS))}"
    r"|prata[ \t]+med|(?:mig|mej)[ \t]+(?:eller|och))[ \t]+([^\W\d_]+)(?=[ \t]+på[ \t])")
# What follows "på" then: a number, a capitalised workplace, a unit in the definite form.
_AFTER_PA_RE = re.compile(rf"[ \t]+på[ \t]+(?:\+?\d|{_U}|{_LOW}+(?:en|et|n)\b)")


# A capitalised word, then a mobile number: "ring mig Pim 0739 842 115", "Sanna: 070-…".
_WORD_BEFORE_MOBILE_RE = re.compile(  # (maybe a word in brackets between: "Yonas (jobbet) 07…")
    rf"(?<![\w-])({_U}{_LOW}+)(?:[ \t]*\({_LOW}+\))?[ \t]*[:,]?[ \t]*"
    r"(?=(?:\+46[ \t-]?|0046[ \t-]?|0)7[02369])")


# Two capitalised words, then a mobile number in brackets: "Niillas Partapuoli (072-…)".
_PAIR_BEFORE_MOBILE_RE = re.compile(
    rf"(?<![\w-])({_U}{_LOW}+)[ \t]+({_U}{_LOW}+)[ \t]*\((?=(?:\+46[ \t-]?|0046[ \t-]?|0)7[02369])")


def _names_before_mobiles(text: str, finder: NameFinder) -> list[NameSpan]:
    """A first name just before a mobile number, listed or ranked as one somewhere, and no
    everyday word, place or organisation: the number's owner (a mobile is someone's own;
    organisations give a switchboard); two capitalised words mid-sentence before one in
    brackets, neither an everyday word, place, street or organisation."""
    found = []
    for m in _WORD_BEFORE_MOBILE_RE.finditer(text):
        word, low = m.group(1), m.group(1).lower()
        if (_first_name_somewhere(word, finder)
                and not (_street_word(word) or low in finder.places
                         or low in finder.non_person)):
            found.append((m.start(1), m.end(1), m.end(1)))
    for m in _PAIR_BEFORE_MOBILE_RE.finditer(text) if "(" in text else ():
        words = (m.group(1), m.group(2))
        if not any(_plain_word(w) or _street_word(w) or w.lower() in finder.everyday
                   or w.lower() in finder.places or w.lower() in finder.non_person
                   for w in words) and not _opens_sentence(text, m.start(1)):
            found.append((m.start(1), m.end(2), m.end(1)))  # "ledare är Niillas Partapuoli (07…"
    return found


def _contacts_at(text: str, lower: str, finder: NameFinder) -> list[NameSpan]:
    """A listed first name, no everyday word or place, between a word of contact and "på"
    with a number, a workplace or a unit (:data:`_CONTACT_AT_RE`; ``lower``: the note in
    lower case)."""
    found = []
    if len(lower) != len(text):
        return found
    for m in _CONTACT_AT_RE.finditer(lower):
        word, low = text[m.start(1):m.end(1)], m.group(1)
        if (_is_cap(word) and _AFTER_PA_RE.match(text, m.end(1))
                and (_listed_first_name(word, finder) if m.group().startswith("till")
                     else _first_name_somewhere(word, finder))
                and low not in finder.places):  # (after "till", a listed one: "till Forex
            # på Storgatan" is a shop)
            found.append((m.start(1), m.end(1), m.end(1)))
    return found


# A relative in an English note: "His wife Folasade will call", "my son Tobi Ade"; or a
# parent "of" the child: "I am father of Chidi Okafor".
_ENGLISH_RELATION_RE = re.compile(
    r"(?=[MmHhTtOoYyFfPpGg])(?<![\w-])(?:(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our)[ \t]+"
    r"(?:wife|husband|son|daughter|mother|father|mum|mom|dad|brother|sister|partner|neighbou?r"
    r"|grandmother|grandfather|grandson|granddaughter|friend|colleague)"
    r"|(?P<of>[Ff]ather|[Mm]other|[Pp]arent|[Gg]uardian)[ \t]+of)"
    rf"[ \t]+(?P<name>{_U}{_LOW}+(?:[ \t]+{_U}{_LOW}+)?)\b")


def _english_relations(text: str, finder: NameFinder) -> list[NameSpan]:
    """The name after a possessive and a relative in English, or after a parent "of", one or
    two capitalised words that are no ordinary words (after "of", the first a first name on
    some list)."""
    found = []
    for m in _ENGLISH_RELATION_RE.finditer(text):
        words = m.group("name").split()
        while words and (_plain_word(words[-1]) or words[-1].lower() in finder.everyday):
            words.pop()  # an everyday word is no surname: "my wife Folasade Monday…"
        if m.group("of") and not (words and _first_name_somewhere(words[0], finder)):
            continue  # "the Father of Modern Physics"
        if words and not any(_plain_word(w) for w in words):
            end = m.start("name") + len(" ".join(words))
            found.append((m.start("name"), end, m.start("name") + len(words[0])))
    return found


# Children or siblings named after a plural: "Våra två barn, Tobi och Kemi, behöver…".
_KIN_LIST_RE = re.compile(
    r"(?=[BbDdSsTt])(?<![\w-])(?:[Bb]arn(?:en|barn|barnen)?|[Dd]öttrar(?:na)?|[Ss]öner(?:na)?"
    rf"|[Ss]yskon(?:en)?|[Tt]villingar(?:na)?)[,:]?[ \t]+({_U}{_LOW}+)\b")


def _children_listed(text: str, finder: NameFinder) -> list[NameSpan]:
    """The capitalised words listed after a plural of kin, each no everyday word, place or
    other kind of name in the corpus ("två barn, Tobi och Kemi"; not "barnen Sverige")."""
    found = []
    for m in _KIN_LIST_RE.finditer(text):
        for a, b in [m.span(1)] + [more.span(1) for more in _list_goes_on(text, m.end())]:
            low = text[a:b].lower()
            if not (_plain_word(text[a:b]) or low in finder.everyday or low in finder.places
                    or low in finder.non_person):
                found.append((a, b, b))
    return found


# A first name signing a message after a slash at the end of a line: "…pingisbord?? /jonna",
# with more names after it ("/tran thi lan") or where the writer lives ("/sanna på tredje
# våningen") or her class ("//tuva 8C"), or a single initial closing the note ("… i Vklass?
# /K").
_SLASH_SIGNATURE_RE = re.compile(
    rf"(?m)(?:^|[ \t])//?[ \t]?({_L}{{3,}})((?:[ \t]+{_L}{{2,}}){{0,2}}?)"
    r"[ \t]*(?:$|(?=[\"”])|(?=[ \t]+(?:på|från|i)[ \t])"  # ('… fell /kalle". Bot …')
    r"|(?=[ \t]+\d{1,2}[A-Za-zÅÄÖåäö]?[ \t]*$))"  # ("//tuva 8C": her class)
    r"|(?:^|[ \t])/[ \t]?([A-ZÅÄÖ](?:\.[ \t]?[A-ZÅÄÖ]\.)?)[ \t]*(?![\s\S])")  # ("/ K.B.")
# ... or after a dash closing a note or its line: "Informed him via chat. – Minna".
_DASH_SIGNATURE_RE = re.compile(rf"(?m)(?:^|[ \t])[–—-][ \t]?({_U}{_LOW}{{2,}})[ \t]*$")


_SENTENCE_END_BEFORE_RE = re.compile(r"[.!?][ \t]*/$")
# The writer speaking of themself: "jag", "ja", "mig", "min" (a citizen's own note).
_FIRST_PERSON_RE = re.compile(r"(?i:(?<![\w-])(?:jag|ja|jg|mig|mej|min|mitt|mina)(?![\w-]))")


def _nickname_signature(word: str, text: str, finder: NameFinder) -> bool:
    """``word``, right after a slash after a sentence's end, closes a note written in the
    first person and is no word: on no everyday or function-word list, no unit's definite
    form ("/Receptionen", "/Kansliet") and no organisation's word: the writer's nickname
    ("… maila? /fellan", ". /Jonte")."""
    low = word.lower()
    return (len(low) >= 4 and low not in finder.everyday and low not in finder.dictionary_words
            and low not in SWEDISH_FUNCTION_WORDS and not _plain_word(word)
            and not low.endswith(("en", "et", "na", "tjänst")) and low not in finder.places
            and low not in finder.non_person and _FIRST_PERSON_RE.search(text) is not None)


def _slash_signatures(text: str, finder: NameFinder) -> list[NameSpan]:
    """A listed first name after a slash or a dash closing a line (after a slash with up to
    two more words each on a name list and no everyday word: "/tran thi lan"), a nickname
    after a slash closing a note in the first person (:func:`_nickname_signature`), and a
    single initial after a slash closing the note."""
    found = []
    for m in _SLASH_SIGNATURE_RE.finditer(text) if "/" in text else ():
        if m.group(3):
            found.append((m.start(3), m.end(3), m.end(3)))
        elif (not m.group(2) and m.end() == len(text.rstrip()) and text[m.start(1) - 1] == "/"
              and _SENTENCE_END_BEFORE_RE.search(text, max(0, m.start(1) - 4), m.start(1))
              and _nickname_signature(m.group(1), text, finder)):
            found.append((m.start(1), m.end(1), m.end(1)))  # "… elr maila? /fellan"
        elif _listed_first_name(m.group(1), finder):
            more = m.group(2).split()
            whole = all((w.lower() in finder.names or w.lower().endswith(
                _MAILBOX_SURNAME_ENDINGS) or _unknown_word(w.lower(), finder))
                        and w.lower() not in finder.everyday for w in more)
            # (a surname typed without å, ä, ö: "/ sanna hagstrom"; one no list or dictionary
            # knows: "/ante kuoljok")
            found.append((m.start(1), m.end(2) if whole else m.end(1), m.end(1)))
    if "–" in text or "—" in text or " -" in text:
        found += [(m.start(1), m.end(1), m.end(1)) for m in _DASH_SIGNATURE_RE.finditer(text)
                  if _listed_first_name(m.group(1), finder)]
    return found


_WORD_BEFORE_NAME_RE = re.compile(rf"(?<![\w-])({_L}+(?:-{_L}+)?)[ \t]$")


def _listed_first_name(word: str, finder: NameFinder) -> bool:
    """Every part of ``word`` is on the first-name lists ("Per-Olof"), and it is no
    everyday word."""
    low = word.lower()
    return (all(p in finder.first_names and len(p) > 1 for p in low.split("-"))
            and low not in finder.everyday and not _plain_word(word))


def _on_no_name_list(low: str) -> bool:
    """``low`` (lower case) is on no name list and ranked as a name in no country."""
    finder = name_model()
    return (low not in finder.first_names and low not in finder.surnames
            and finder.rank_code(low) == "00")


def _never_a_name(low: str) -> bool:
    """:func:`_hardly_a_name`, and ranked as a name in no country ("Maos Kina" is no firm)."""
    return _hardly_a_name(low) and name_model().rank_code(low) == "00"


def _hardly_a_name(low: str) -> bool:
    """On no Swedish name list, ranked low if at all elsewhere ("Padel", "Maskin"), and no
    place or organisation the news corpus names."""
    finder = name_model()
    return (low not in finder.first_names and low not in finder.surnames
            and max(finder.rank_code(low)) < "2" and low not in finder.places
            and low not in finder.non_person)


def _firm_after_genitive(text: str, start: int, end: int, after: str) -> bool:
    """The name ``text[start:end]`` is a genitive before a capitalised word that no name list
    in any country holds: a firm's name ("Bergmans Bokhandel", "Lindas Ljus"), unless the
    person it is named after is named in the note too ("Kajsa Fröberg … Kajsas
    Blomsterhandel" tells who she is)."""
    words = text[start:end].split()
    if (len(words) > 1 and words[-2].endswith("s") and _is_cap(words[-1])
            and _hardly_a_name(words[-1].lower())):
        words, after = words[:-1], words[-1]  # (the model took the firm's word in)
    last = words[-1]
    if not (last.endswith("s") and _is_cap(after) and len(after) > 2
            and _hardly_a_name(after.lower())):
        return False
    finder = name_model()
    if (last.lower() in finder.first_names or last.lower() in finder.surnames or (
            not _never_a_name(after.lower()) and max(finder.rank_code(last.lower())) >= "2")):
        return False  # "Iris Vinter", "Yonas Tesfamariam": no genitive
    base = last[:-1].lower()
    if (base not in finder.first_names and base not in finder.surnames
            and max(finder.rank_code(base)) < "2"):
        return False  # "Aslak Joks Pirtimaa": no common name's genitive, so no firm's
    return re.search(rf"(?<![\w-]){re.escape(last[:-1])}(?![\w-])", text) is None


# After a word opening a sentence: a negation (the word is a verb in the imperative) or
# "och" and an everyday word in lower case (two nouns joined).
_VERB_OR_NOUN_PAIR_NEXT_RE = re.compile(r"[ \t]+(?:inte|aldrig|och[ \t]+([a-zåäö]+))\b")


def _ordinary_word_opening(text: str, start: int, end: int) -> bool:
    """A first name that is also an ordinary word opens a sentence as that word: before
    "inte" ("Stig inte upp…") or joined by "och" to an everyday word ("Ljung och ris")."""
    finder = name_model()
    low = text[start:end].lower()
    if not (low in finder.dictionary_words or low in finder.everyday) or not _opens_sentence(
            text, start):
        return False
    m = _VERB_OR_NOUN_PAIR_NEXT_RE.match(text, end)
    return m is not None and (m.group(1) is None or (
        m.group(1) in finder.everyday and m.group(1) not in SWEDISH_FUNCTION_WORDS))


_SUBJECT_VERB_AFTER_RE = re.compile(
    r"[ \t]+(?:ska|skall|vill|kan|måste|får|fick|har|hade|är|var|ringde|ringer)\b")
_LIST_ITEM_BEFORE_RE = re.compile(rf"(?<![\w-])({_U}{_L}+)(?:,[ \t]*|[ \t]+(?:och|samt)[ \t]+)$")


def _in_a_list_of_places(text: str, start: int, end: int) -> bool:
    """The word ``text[start:end]`` stands in a list beside a country or a large town
    ("Kenya, Uganda och Libanon"); not the last one before a verb, which opens a clause of
    its own ("från Kraków och Zofia ska börja…")."""
    finder = name_model()
    after = _LIST_MORE_RE.match(text, end)
    before = _LIST_ITEM_BEFORE_RE.search(text, max(0, start - 40), start)
    if after is None and before is not None and _SUBJECT_VERB_AFTER_RE.match(text, end):
        return False
    return any(m is not None and (low := m.group(1).lower()) in finder.places
               and low not in finder.everyday for m in (after, before))


def _listed_genitive(word: str) -> bool:
    """``word`` is the genitive of a name on the name finder's lists and no everyday word
    ("Bengtssons"; not "Hos")."""
    finder = name_model()
    low = word.lower()
    return (low.endswith("s") and low not in finder.everyday
            and (low[:-1] in finder.first_names or low[:-1] in finder.surnames))


def _surname_like(word: str, finder: NameFinder) -> bool:
    """On the surname lists or ending like a surname ("-sson", "-qvist"…), and no everyday
    or ordinary word."""
    low = word.lower()
    return ((low in finder.surnames or low.endswith(_SURNAME_ENDINGS))
            and low not in finder.everyday and not _plain_word(word))


def _first_name_before(text: str, span: NameSpan, finder: NameFinder, taken: _Taken
                       ) -> NameSpan:
    """A name the model found grows by a capitalised first name just before it, listed or
    ranked as one somewhere or spelt with a letter Swedish words lack, which the model
    tagged otherwise ("Eva-Lena och Per-Olof Gustavsson", "Oluwaseun Adeyemi-Berg", "Áilu
    Nutti")."""
    start, end, end1 = span
    m = _WORD_BEFORE_NAME_RE.search(text, max(0, start - 40), start)
    if m is None or taken.overlaps(m.start(1), m.end(1)):
        return span
    word = m.group(1)
    if all(_is_cap(p) for p in word.split("-")) and (
            _first_name_somewhere(word, finder)
            or _FOREIGN_LETTER_RE.search(word)):
        return (m.start(1), end, m.end(1))
    if (_is_cap(word) and (word.lower() in finder.everyday or (
            len(word) <= 8 and not word.endswith("s") and _unknown_word(word.lower(), finder)))
            and not _plain_word(word) and word.lower() not in finder.places
            and _LOWER_WORD_BEFORE_RE.search(text, max(0, m.start(1) - 30), m.start(1))
            and any(_surname_like(w, finder) for w in text[start:end].split())):
        return (m.start(1), end, m.end(1))  # "vår dotter Vilja Ask Nordin", "sökande Ewa
        # Kowalska": a capital mid-sentence before a surname, an everyday word or a short one
        # no list knows (not a genitive, "Spaniens", nor a compound, "Djurgårdsmålvakten")
    return span


_LOWER_WORD_BEFORE_RE = re.compile(r"(?<![\w-])[a-zåäöéü]+[ \t]$")


def _unnamed_first_name(text: str, start: int, end: int, finder: NameFinder,
                        full_name: bool) -> bool:
    """The capitalised word at ``start:end``, just before a name, is a first name no list
    knows: spelt with a letter Swedish words lack ("Máret Sara"), or, before a ``full_name``
    of two words or more, mid-sentence, short, no genitive and on no list or dictionary
    ("utan Abdinuur Hassan Ali"; a word before one name is more often a firm's or a
    product's: "Sushi Hanami", "Toyota Auris"); never a relation's or a role's word
    ("Farmor", "Mentor")."""
    word = text[start:end]
    low = word.lower()
    if not _is_cap(word) or _RELATION_WORD_RE.fullmatch(word) or low in finder.everyday or (
            low in SWEDISH_FUNCTION_WORDS or _plain_word(word) or word in _NAMES_OF_NO_ONE):
        return False
    if _FOREIGN_LETTER_RE.search(word):
        return True
    return (full_name and len(word) <= 8 and not word.endswith("s")
            and _unknown_word(low, finder)
            and _LOWER_WORD_BEFORE_RE.search(text, max(0, start - 30), start) is not None)
# A letter no Swedish word is spelt with ("Áilu", "Márjá", "Dragić"): a capitalised word
# holding one, just before a name, is part of it.
_FOREIGN_LETTER_RE = re.compile(r"[^\W\d_a-zA-ZåäöÅÄÖéÉüÜ]")


def _first_name_somewhere(word: str, finder: NameFinder) -> bool:
    """:func:`_listed_first_name` or :func:`_ranked_first_name`, also as spelt with a "w" for
    a "v" (Polish, German: "Ewa", "Wiktor")."""
    if _listed_first_name(word, finder) or _ranked_first_name(word, finder):
        return True
    if "w" not in word and "W" not in word:
        return False
    swapped = word.replace("w", "v").replace("W", "V")
    return _listed_first_name(swapped, finder) or _ranked_first_name(swapped, finder)


def _ranked_first_name(word: str, finder: NameFinder) -> bool:
    """On some country's first-name list at least as high as on its surname lists, and no
    everyday word ("Oluwaseun Adeyemi-Berg"; not "Storm Lindahl")."""
    if "-" in word:
        return False
    low = word.lower()
    code = finder.rank_code(low)
    return (code[0] != "0" and code[0] >= code[1] and low not in finder.everyday
            and not _plain_word(word))


# Two words in capitals: "LARS-ERIK BOMAN" in a note written in capitals.
_CAPITAL_PAIR_RE = re.compile(
    rf"({_U}{_OPENS_WORD}{_U}+(?:-{_U}{{2,}})?)[ \t]+({_U}{{2,}}(?:-{_U}{{2,}})?)(?![\w-])")


def _capital_pairs(text: str, finder: NameFinder) -> list[NameSpan]:
    """In a line written in capitals, a listed first name and a listed surname; in any
    line, two words in capitals, one with a letter Swedish lacks, beside a first name."""
    found = []
    upper_lines: dict[int, bool] = {}  # (each line tested once: a long one has many pairs)
    for m in _CAPITAL_PAIR_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if line_start not in upper_lines:
            line_end = text.find("\n", m.end())
            upper_lines[line_start] = text[line_start:line_end if line_end >= 0
                                           else len(text)].isupper()
        first, last = m.group(1), m.group(2)
        if not upper_lines[line_start]:
            if _FOREIGN_LETTER_RE.search(first + last) and any(
                    _first_name_somewhere(w.capitalize(), finder) for w in (first, last)):
                found.append((m.start(1), m.end(2), m.end(1)))  # ", HODŽIĆ MIRSAD,": a
                # letter no Swedish word or acronym has, beside a first name
            continue  # "IKEA Kungens kurva": capitals inside ordinary text are acronyms
        if _listed_first_name(first, finder) and len(first) > 2 and _surname_like(last, finder):
            found.append((m.start(1), m.end(2), m.end(1)))
    return found


# A surname in capitals beside a first name, as forms write it: "Anna SVENSSON",
# "SVENSSON Anna" (three capitals in a row first: a quicker test).
_CAPS_RUN3_RE = re.compile("[A-ZÅÄÖ]{3}")
_CAPS_SURNAME_RE = re.compile(
    rf"(?={_U})(?<![\w-])(?:({_U}{_LOW}+)[ \t]+([A-ZÅÄÖ]{{3,}})"
    rf"|([A-ZÅÄÖ]{{3,}}),?[ \t]+({_U}{_LOW}+))"
    r"(?![\w-])")


# A name in capitals, surname first, as a caller-ID display or a register shows it:
# "POPESCU RAMONA-ELENA", "SVENSSON, K" (two or three words, an initial only last).
_CAPS_RUN_RE = re.compile(
    rf"([A-ZÅÄÖ]{_OPENS_WORD}[A-ZÅÄÖ]+(?:-[A-ZÅÄÖ]{{2,}})?)"
    r"((?:,?[ \t]+[A-ZÅÄÖ]{2,}(?:-[A-ZÅÄÖ]{2,})?)?)"
    r",?[ \t]+([A-ZÅÄÖ]{2,}(?:-[A-ZÅÄÖ]{2,})?|[A-ZÅÄÖ](?![.\w-]))(?![\w-])")


def _caller_id_names(text: str, finder: NameFinder) -> list[NameSpan]:
    """Capitals surname first: the first word a surname (on the lists or shaped like one),
    every other word a listed first name or surname or, last, an initial; in a note that is
    not all capitals."""
    found = []
    for m in _CAPS_RUN_RE.finditer(text):
        words = [w for g in m.groups() for w in re.split(r"[,\s]+", g) if w]
        first = words[0].lower()
        surname = first in finder.surnames or first.endswith(_SURNAME_ENDINGS)
        if len(first) < 3 or first in finder.everyday or not surname:
            continue
        rest = [p.lower() for w in words[1:] for p in w.split("-")]
        if all(p in finder.names or (len(p) == 1 and i == len(rest) - 1)
               for i, p in enumerate(rest)):
            found.append((m.start(), m.end(), m.end(1)))
    return found


# Two or three lower-case words beside a call: "muhumed abdi ringde", "Ringde: nguyen thi
# lan,".
_CALLER_RUN = r"([a-zåäöéü]{2,}(?:[ \t]+[a-zåäöéü]{2,}){1,2})"
_CALL_VERB_RE = re.compile(
    r"\b(?:ringde|ringer|har[ \t]+ringt|mejlade|mailade|skrev|hörde[ \t]+av[ \t]+sig)\b")
_CALLER_BEFORE_RE = re.compile(rf"(?<![\w-]){_CALLER_RUN}[ \t]+$")
_CALLER_AFTER_RE = re.compile(
    rf"(?i:\b(?:ringde|samtal[ \t]+från|samtal[ \t]+med|besök[ \t]+av|uppringd[ \t]+av)"
    rf"[ \t]*:?[ \t]*){_CALLER_RUN}(?![\w-])")


# One lower-case word of four letters or more opening a sentence or a line before the verb.
_LONE_CALLER_RE = re.compile(
    r"(?:^|(?<=[.!?:\n])[ \t]*)([a-zåäöéü]{4,})[ \t]+"
    r"(?:ringde|ringer|har[ \t]+ringt|mejlade|mailade|skrev|hörde[ \t]+av[ \t]+sig)\b",
    re.MULTILINE)
_CALL_HINT_WORDS = ("ring", "samtal", "besök", "skrev", "mejlade", "mailade", "hörde")


# A caller who says who they are, in lower case as speech-to-text writes it: "det är majvor
# som ringer", "vilja lönnroth heter jag", "det är ingvar stensjö här", "hi this is tomasz
# wisniewski", "my daughter anika needs …", "hej, ulla maki här".
_INTRO_WORDS = r"[^\W\d_]{3,}(?:-[^\W\d_]{3,})?(?:[ \t]+[^\W\d_]{3,}(?:-[^\W\d_]{3,})?)?"
_SELF_INTRO_RE = re.compile(
    rf"(?<![\w-])det[ \t]+är[ \t]+(?P<a>{_INTRO_WORDS})[ \t]+(?:här|som[ \t]+ringer)\b"
    rf"|(?:^|(?<=[.!?,])|(?<![\w-])(?:hej|hallå|ja|jo)[ \t]+)(?P<b>{_INTRO_WORDS})[ \t]+heter"
    r"[ \t]+jag\b"
    rf"|(?:^|(?<=[.!?,\n])[ \t]*|(?<![\w-])(?:hej|hallå|hejsan)[ \t]+)(?P<e>{_INTRO_WORDS})"
    r"[ \t]+här\b"
    r"|(?<![\w-])(?:hi|hello)[ \t,]+this[ \t]+is[ \t]+(?P<c>[^\W\d_]{3,}(?:[ \t]+[^\W\d_]{3,})?)"
    r"|(?<![\w-])my[ \t]+(?:name[ \t]+is|daughter|son|wife|husband|mother|father|mum|mom|dad"
    r"|brother|sister)[ \t]+(?P<d>[^\W\d_]{3,}(?:[ \t]+[^\W\d_]{3,})?)")
_SELF_INTRO_HINT_RE = re.compile(r"det[ \t]+är|heter[ \t]+jag|this[ \t]+is|my[ \t]|[ \t]här\b")


def _unknown_word(word: str, finder: NameFinder) -> bool:
    """No everyday word, dictionary word, function word or street: in a caller's
    introduction, a name."""
    return all(len(part) >= 3 and part not in finder.everyday
               and part not in finder.dictionary_words and part not in SWEDISH_FUNCTION_WORDS
               and part not in ENGLISH_FUNCTION_WORDS and not _street_word(part)
               for part in word.split("-"))


def _self_intro_names(text: str, lower: str, finder: NameFinder) -> list[NameSpan]:
    """A lower-case name in a caller's own introduction (:data:`_SELF_INTRO_RE`): its first
    word a common first name or no known word, a second word on the surname list or no
    known word."""
    found: list[NameSpan] = []
    if len(lower) != len(text):
        return found
    for m in _SELF_INTRO_RE.finditer(lower):
        group = m.lastgroup
        if group is None or not text[m.start(group)].islower():
            continue
        words = list(re.finditer(r"\S+", m.group(group)))
        first = words[0].group()
        function_word = first in SWEDISH_FUNCTION_WORDS or first in ENGLISH_FUNCTION_WORDS
        surname = len(words) > 1 and (_lower_surname(words[1].group(), finder) or (
            group in ("a", "b", "e") and _unknown_word(words[1].group(), finder)))
        if group in ("c", "d") and first not in finder.first_names:
            continue  # English: "my daughter need…" has no Swedish dictionary to tell it
        if group == "e" and (first in finder.everyday or not (
                _common_first_name(first, finder) or surname and first in finder.first_names)):
            continue  # "X här": a common first name, or a listed one before a surname
            # ("aino rauta här"; not "skriv här", "begravs här")
        if function_word or not (_unknown_word(first, finder) or _common_first_name(
                first, finder) or (surname and _lower_surname(words[1].group(), finder))):
            continue  # "vilja lönnroth heter jag": an everyday first name before a surname
        end = m.start(group) + words[1 if surname else 0].end()
        found.append((m.start(group), end, m.start(group) + words[0].end()))
    return found


def _lower_callers(text: str, finder: NameFinder) -> list[NameSpan]:
    """Lower-case words beside a call, each on the name finder's lists and none an everyday
    word, are a caller's name (names no short list holds: "nguyen thi lan")."""
    runs = [m for v in _CALL_VERB_RE.finditer(text)
            if (m := _CALLER_BEFORE_RE.search(text, max(0, v.start() - 60), v.start()))]
    found = []
    for m in runs + list(_CALLER_AFTER_RE.finditer(text)):
        words = m.group(1).split()
        if all(w in finder.names and w not in PARTICLES for w in words):
            found.append((m.start(1), m.end(1), m.start(1) + len(words[0])))
    for m in _LONE_CALLER_RE.finditer(text):  # "toivo ringde igen om…"
        w = m.group(1)
        if w in finder.first_names and w in finder.names and (
                w not in finder.lower_words or finder.rank_code(w)[0] == "3"):
            # (an everyday word that is a top-100 first name calls too: "björn ringde")
            found.append((m.start(1), m.end(1), m.end(1)))
    return found


def _caps_surnames(text: str, finder: NameFinder) -> list[NameSpan]:
    """The surname in capitals (on the lists or shaped like one) beside a listed first name
    (which the first-name rules find)."""
    found = []
    for m in _CAPS_SURNAME_RE.finditer(text):
        first, last = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if _listed_first_name(first, finder) and _surname_like(last, finder):
            at = m.start(2) if m.group(1) else m.start(3)
            found.append((at, at + len(last), at + len(last)))  # the first name is found apart
    return found


# A first name in the genitive before a relation: "Sannas pappa", "Kalles mamma".
# Kin only (no "lärare", "elev", "kollega"): before one even a name no list knows is a name.
_KIN = frozenset("mamma pappa mor far son dotter bror syster sambo fru make maka morfar mormor "
                 "farfar farmor moster faster morbror farbror kusin barnbarn".split())
_GENITIVE_RELATION_RE = re.compile(
    rf"(?<![\w-])({_U}{_LOW}+s)[ \t]+"
    rf"((?i:{trie_regex(frozenset(_RELATIONS_OWNED.split()) | _KIN)}))\b")


# ... or before a home's, a pet's or a belonging's noun: "Öztürks lägenhet", "Hassans
# radhus", "Anderssons hund", "i Annikas skåp" (not a house's or a garden's: homes and parks
# are named so).
_HOMES = ("lägenhet", "radhus", "bostad", "balkong", "dörr", "brevlåda", "tomt", "garage",
          "förråd", "hund", "katt", "skåp", "väska", "cykel", "plånbok", "jacka", "lgh")  # (not
# "Rosendals trädgård", "Sigrids hus")
_HOME_WORDS = rf"(?:{'|'.join(_HOMES)}|lägenheten)\b"
_HOME_HINT_RE = re.compile(trie_regex(frozenset(_HOMES)))
_GENITIVE_HOME_RE = re.compile(  # (maybe an adjective between: "Kowalczyks borttappade plånbok")
    rf"(?<![\w-])({_U}{_LOW}+s)[ \t]+(?:{_LOW}+[ae][ \t]+)?{_HOME_WORDS}")
# ... in lower case, a surname of an ending no place has: "det är anderssons hund som skäller".
_LOWER_GENITIVE_HOME_RE = re.compile(rf"(?<![\w-])({_LOW}{{3,}}s)[ \t]+{_HOME_WORDS}")


# A child or client named by initials, as school and social-services notes do: "EK:s mamma",
# "eleven EK", "brukaren A.M." is left to the initials rules.
# A child by initials and age: "Barnen EY (7 år)", "Flickan (A., 15)".
_INITIALS_AGE_RE = re.compile(
    r"(?<![\w-])([A-ZÅÄÖ]{2,3})[ \t]*\(\d{1,2}[ \t]*år\)"
    r"|\((?:[A-ZÅÄÖ]\.){0,2}?([A-ZÅÄÖ]{1,3}\.?),[ \t]*\d{1,2}(?:[ \t]*år)?\)")
_INITIALS_OWNER_RE = re.compile(
    r"(?<![\w-])([A-ZÅÄÖ]{2,3}):s[ \t]+"
    rf"(?i:{trie_regex(frozenset(_RELATIONS_OWNED.split()))})\b")
_INITIALS_AFTER_RE = re.compile(
    r"(?i:\b(?:eleven|barnet|barnen|syskonen|sonen|dottern|pojken|flickan|brukaren|klienten"
    r"|huvudmannen"
    r"|den unge|ungdomen|[^\W\d_]*handläggaren?|handl\.?|enhetschef(?:en)?|tolk(?:en)?"
    r"|vaktmästaren?|montör(?:en)?|kuratorn?|undersköterskan?|sjuksköterskan?|ssk|usk|insp\.?"
    r"|inspektören|inspektörerna|handläggarna|receptionisten?|chauffören?|föraren?|väktaren?"
    r"|jourhavande|tjänstgörande|socialsekreteraren?|[^\W\d_]{4,}(?:behandlare|handläggare)"
    r"|[^\W\d_]{3,}(?:skötare|ledare|förare|samordnare|tekniker|ingenjör|sekreterare"
    r"|assistent|pedagog)(?:n|en)?"  # ("fastighetsskötare ÅL", "fritidsledaren JK")
    r"|mamma|pappa|mamman|pappan|mor|far|bror|brodern|syster|systern"
    # who signed a register's entry: "Protokollförare: HS", "Noterat av ES", "Hl: JOB"
    r"|protokollförare|beslutsfattare|hl|genom|(?:noterat|noterad|inskannat|inskannad|signerat"
    r"|signerad|registrerat|registrerad|utfärdat|utfärdad|kontrollerat|kontrollerad"
    r"|lämnas|lämnad|lämnat|görs|gjord|gjort|utförs|utförd|utfört|skriven|skrivet"
    r"|godkänt|godkänd|attesterat|attesterad|besiktigat|besiktigad"
    # (any participle so shaped: "Diarieförd av EK", "Handlagd av MB", "Bokat av JS")
    r"|[^\W\d_]{2,}(?:ad|at|förd|fört|lagd|lagt|tagen|taget|skriven|skrivet|ställd"
    r"|ställt|sänd|sänt))(?:[ \t]+\d{1,2}/\d{1,2})?[ \t]+av"
    r"|(?:samtal|pratat|pratade|talat|talade)[ \t]+(?:med|m\.?)"
    r"|kalla(?:r)?[ \t]+(?:honom|henne|hen)))(?:[ \t]*:)?[ \t]+"
    rf"(?!(?:{'|'.join(sorted(_ROLE_NOT_INITIALS))})\b)"
    r"([A-ZÅÄÖ]{2,3})\b(?![-\d]|\.\w)(?:[ \t]+(?:och|o|&)[ \t]+([A-ZÅÄÖ]{2,3})\b(?![-\d]|\.\w))?")


# A caller as a case system lists one, surname first, then what they do, a bracket or the
# field's end: "Kaldaras, Angelina ringer för…", "Mebrahtu, Yonas G. ringer om…", "Grön, Alva
# (kl 09:45", "11:11<tab>A050<tab>Håkansson, Liv<tab>fick hjälp…".
_SURNAME_COMMA_FIRST = (
    rf"[ \t]*({_U}{_LOW}+(?:-{_U}{_LOW}+)?),[ \t]+({_U}{_LOW}+(?:-{_U}{_LOW}+)?)"
    rf"(?:[ \t]+{_U}\.?)?(?=[ \t]+(?:{_CONTACT_VERBS}|frågar|vill|anmäler|meddelar|söker"
    r"|kontaktar|kontaktade)\b|[ \t]*\(|[ ]*[\t;])")
_SURNAME_COMMA_FIRST_RE = re.compile(rf"(?m)^{_SURNAME_COMMA_FIRST}")
# (the same in a field after a tab or semicolon: a pattern that opens on those two
# characters, which `re` skips ahead to)
_FIELD_SURNAME_COMMA_FIRST_RE = re.compile(rf"[\t;]{_SURNAME_COMMA_FIRST}")
# ... and after "från": "Inkommande samtal från Sköld, Margareta (äger fritidshus …)".
_FROM_SURNAME_COMMA_FIRST_RE = re.compile(rf"(?<![\w-])från{_SURNAME_COMMA_FIRST}")


# A first name or a surname in the genitive opening a sentence, before a noun: "Karins
# rollator står kvar", "Holmgrens tuja skymmer sikten"; mid-sentence a listed first name
# only, as there the genitive names places and shops as often as people ("Sigrids hus",
# "korvkiosken Berits"; see _PLACE_WORD_BEFORE_RE). The pattern opens on the capital, which
# `re` skips ahead to; the character before is tested apart.
_GENITIVE_BEFORE_LOWER_RE = re.compile(rf"({_U}{_LOW}+)s(?=[ \t]+{_LOW})")
_SENTENCE_START_BEFORE_RE = re.compile(r"(?:^|[.!?\n])[ \t]*$")
# What a firm has after its name in the genitive: "Evertssons växel", "Norstedts år 2000".
_FIRM_NOUN_AFTER_RE = re.compile(
    r"[ \t]+(?:växel|kundtjänst|förlag|sortiment|butik|lager|personal|år[ \t]+\d)")
_MID_SENTENCE_BEFORE_RE = re.compile(r"[a-zåäö,;:] $")
# Mid-sentence only a first name, and not after a place's or shop's word or a preposition
# of place ("korvkiosken Berits", "gruppbostaden Sigrids hus", "Sankt Görans", "i Paris").
_PLACE_WORD_BEFORE_RE = re.compile(
    rf"(?:{'|'.join(ORGANISATION_HEADS)}|kiosken|bostaden|sankt|s:t|\bi|\bfrån|\bmot|\bvia)"
    r"[ \t]+$", re.IGNORECASE)


def _opening_genitives(text: str, finder: NameFinder) -> list[NameSpan]:
    found = []
    for m in _GENITIVE_BEFORE_LOWER_RE.finditer(text):
        at = m.start()
        if _inside_word(text, at, "-_"):
            continue
        base = m.group(1)
        low = base.lower()
        mid = not _SENTENCE_START_BEFORE_RE.search(text, max(0, at - 8), at)
        if mid and (not _MID_SENTENCE_BEFORE_RE.search(text, max(0, at - 2), at)
                    or low in finder.places
                    or _PLACE_WORD_BEFORE_RE.search(text, max(0, at - 20), at)):
            continue
        surname = (not mid or (low.endswith(_PLACELESS_SURNAME_ENDINGS)
                               and not _FIRM_NOUN_AFTER_RE.match(text, m.end()))) and (
            low.endswith(_SURNAME_ENDINGS) and low in finder.surnames)  # (mid-sentence, an
        # ending no place has: "startbeskedet för Petterssons tillbyggnad"; not a firm's
        # "Evertssons växel", "Norstedts år 2000")
        first = (base in FIRST_NAMES and base not in AMBIGUOUS_FIRST_NAMES
                 or len(low) > 3 and low in finder.first_names
                 and finder.rank_code(low)[0] in "23")  # "Nasrins bemötande", not "This"
        if ((first or surname) and low not in finder.everyday and not _plain_word(base)
                and low + "s" not in finder.everyday  # "Finns det…", "Polis befarar…"
                and not _NAMED_PLACE_RE.match(text, m.end())):  # "Rosens äldreboende"
            found.append((at, m.end(), m.end()))
    return found


# A hyphen and a capitalised word (the hyphen first: `re` skips ahead to it; the word
# before is tested apart).
_HYPHEN_CAPITAL_RE = re.compile(rf"-({_U}{_LOW}+)(?![\w-])")
_FIRST_PART_BEFORE_RE = re.compile(rf"(?<![\w-]){_U}{_LOW}+$")


# A first name told apart by a role joined with a hyphen: "receptionist-Viktor",
# "vaktmästar-Pelle", "städar-Anna" (a word for who someone is, not "heders-Oscar").
_ROLE_BEFORE_HYPHEN_RE = re.compile(
    r"(?<![\w-])[a-zåäö]{2,}(?:ist|are|ar|ör|or|chef|ent|ant|log|man|ska)$")


# A capitalised word, a hyphen and a lower-case part: "Ji-woo Park" (a double first name
# written so), "Lotta-läraren" (a first name told apart by a role after it).
_HYPHEN_LOWER_RE = re.compile(rf"(?<![\w-])({_U}{_LOW}+)-({_LOW}{{2,}})(?![\w-])")


def _hyphened_names(text: str, finder: NameFinder) -> list[NameSpan]:
    """Names joined by a hyphen, in one pass over the hyphens before a capital:

    - a double first name, each part a listed first name, even where a part is an everyday
      word and the model let the pair pass, with the listed surname after it: "Ville-Pekka
      Räsänen vill…";
    - a listed first name after a role's word (:data:`_ROLE_BEFORE_HYPHEN_RE`):
      "receptionist-Viktor", or before one (:data:`_HYPHEN_LOWER_RE`): "Lotta-läraren";
    - a double first name with its second part in lower case, before a capitalised word:
      "Ji-woo Park".
    """
    found = []
    for m in _HYPHEN_CAPITAL_RE.finditer(text):
        window = max(0, m.start() - 30)
        first = _FIRST_PART_BEFORE_RE.search(text, window, m.start())
        if first is not None:
            if _short_parts(text[first.start():m.end(1)]):
                continue  # "Wi-Fi"
            if _listed_first_name(text[first.start():m.end(1)], finder):
                end = m.end(1)
                last = _NEXT_CAP_WORD_RE.match(text, end)
                if last is not None and _surname_like(last.group(1), finder):
                    end = last.end(1)  # "Ville-Pekka Räsänen", "Marja-Liisa Heikkinen"
                found.append((first.start(), end, m.end(1)))
        elif (_ROLE_BEFORE_HYPHEN_RE.search(text, window, m.start())
              and _listed_first_name(m.group(1), finder)):
            found.append((m.start(1), m.end(1), m.end(1)))
    for m in _HYPHEN_LOWER_RE.finditer(text):
        first, second = m.group(1), m.group(2)
        if not _listed_first_name(first, finder):
            continue
        if second in _RELATION_WORDS or second.removesuffix("n") in _RELATION_WORDS:
            if _common_first_name(first.lower(), finder):  # (not "Dari-tolken": a language)
                found.append((m.start(1), m.end(1), m.end(1)))  # "Hälsa Lotta-läraren!"
        elif (len(second) >= 3 and second in finder.names and second not in finder.everyday
              and not _short_parts(m.group())):
            last = _NEXT_CAP_WORD_RE.match(text, m.end())
            if last is not None and not (_plain_word(last.group(1))
                                         or _street_word(last.group(1))):
                found.append((m.start(), last.end(1), m.end()))  # "Ji-woo Park" (not
                # "Reko-ringen på …")
    return found


# A first name and the person's age after a comma: "Boendet för Lo, 4 år, har…", "Sixten,
# 7 år och 3 mån", "ringde om vide, 6 år".
_NAME_COMMA_AGE_RE = re.compile(rf"(?<![\w-])({_L}{_LOW}+),[ \t]+\d{{1,2}}[ \t]+(?:år|mån)\b")


def _names_with_age(text: str, finder: NameFinder) -> list[NameSpan]:
    """(Also a short word on no list, as the age says a person: "Lo"; not a noun in the
    definite form: "Dottern, 12 år", "Hunden, 4 år".)"""
    found = []
    for m in _NAME_COMMA_AGE_RE.finditer(text):
        low = m.group(1).lower()
        if m.group(1).islower() and low not in finder.first_names:
            continue  # in lower case a listed first name only: "om vide, 6 år"
        if not _plain_word(m.group(1)) and (low in finder.first_names or (
                len(low) <= 5 and not low.endswith(("en", "et", "rn"))
                and low not in finder.everyday and low not in finder.places)):
            found.append((m.start(1), m.end(1), m.end(1)))
    return found


# A name, a comma and who the person is: "Sol, hennes dotter, har lånat…".
_NAME_COMMA_RELATION_RE = re.compile(
    rf"(?<![\w-])({_U}{_LOW}+),[ \t]+(?:{_POSSESSIVES})[ \t]+(?i:{_RELATIONS})\b")


def _names_before_a_relation(text: str, finder: NameFinder) -> list[NameSpan]:
    return [(m.start(1), m.end(1), m.end(1)) for m in _NAME_COMMA_RELATION_RE.finditer(text)
            if m.group(1).lower() in finder.first_names and not _plain_word(m.group(1))]


def _surname_comma_first_name(text: str, finder: NameFinder) -> list[NameSpan]:
    found = []
    matches = list(_SURNAME_COMMA_FIRST_RE.finditer(text))
    if "\t" in text or ";" in text:
        matches += _FIELD_SURNAME_COMMA_FIRST_RE.finditer(text)
    if "från " in text:
        matches += _FROM_SURNAME_COMMA_FIRST_RE.finditer(text)
    for m in matches:
        surname, first = m.group(1), m.group(2)
        if ((first.lower() in finder.first_names or first in FIRST_NAMES)
                and not _plain_word(surname)
                and not _plain_word(first) and surname.lower() not in finder.places
                and surname.lower() not in finder.everyday):
            found.append((m.start(1), m.end(), m.end(1)))
    return found


# The writer's own initials ("Jag (PE) tog samtalet") and initials joined to initials with
# full stops ("AK och E.L. från byggenheten", "överlämnat från AK till E.L.").
_INITIALS_SELF_RE = re.compile(r"(?<![\w-])(?:[Jj]ag|[Mm]ig)[ \t]*\(([A-ZÅÄÖ]{2,3})\)")
# ... and the writer's name so: "Ring mig (Sunná) på 0980-…".
_NAME_SELF_RE = re.compile(  # (and her class: "jag (sanna i 2a) ligger med feber")
    rf"(?<![\w-])(?:[Jj]ag|[Mm]ig)[ \t]*\(({_L}{_LOW}+)(?:[ \t]+i[ \t]+\d[^\W\d_]?)?\)")
# A role's initials in brackets ("av sekreteraren (AK)"), unless they are the role's own
# abbreviation ("överförmyndaren (ÖF)": the same first letter).
_ROLE_INITIALS_RE = re.compile(
    r"(?<![\w-])([A-ZÅÄÖa-zåäö][a-zåäö]{2,}(?:aren|ören))[ \t]*\(([A-ZÅÄÖ]{2,3})\)")
# ... or a bracket that opens with a role and closes with its holder's initials:
# "(förskolläraren på Humlans förskola, AK)".
_BRACKET_ROLE_INITIALS_RE = re.compile(
    r"\([ \t]*[a-zåäö]{3,}(?:aren|ören|torn|isten|ledaren|are|ande|ende)\b[^()\n]{0,60}?,"
    r"[ \t]*([A-ZÅÄÖ]{2,3})[ \t]*\)")
# Initials signing a line after one or two slashes: "Ärendet stängt //JK".
_SLASH_INITIALS_RE = re.compile(  # (after a role's abbreviation too: "/skolsköt. AH")
    r"(?m)(?:^|[ \t])(?:/{1,2}|[–—])[ \t]?(?:[a-zåäö]{2,}\.?[ \t]+)?([A-ZÅÄÖ]{2,3})[ \t]*$")
# A log line's author after its time: "07:52 LH: Kontaktat åkeriet"; in a schedule, who
# takes a time: "öppning 06.30 JS, stängning 17.30 Maja-Stina".
_INITIALS_LOG_RE = re.compile(r"(?<![\d:])\d{1,2}[:.]\d{2}[ \t]+([A-ZÅÄÖ]{2,3}):[ \t]")
_INITIALS_AT_TIME_RE = re.compile(
    r"(?<![\d:.])\d{1,2}[:.]\d{2}[ \t]+(?!AM\b|PM\b)([A-ZÅÄÖ]{2,3})(?=[,;]|[ \t]*$)",
    re.MULTILINE)
_INITIALS_JOINED_RE = re.compile(
    r"(?<![\w.-])([A-ZÅÄÖ]{2,3})[ \t]+(?:och|o|&|till)[ \t]+[A-ZÅÄÖ]\.[ \t]?[A-ZÅÄÖ]\.(?![\w.])"
    r"|(?<![\w.])[A-ZÅÄÖ]\.[ \t]?[A-ZÅÄÖ]\.[ \t]+(?:och|o|&|till)[ \t]+([A-ZÅÄÖ]{2,3})(?![\w.-])")


# Initials joined to "jag" or to other initials: colleagues ("AK o jag körde till Skogsby",
# "jag och JK", "genomförs av JS och MÅ").
_INITIALS_WITH_ME_RE = re.compile(
    r"(?<![\w.-])([A-ZÅÄÖ]{2,3})[ \t]+(?:och|o|&)[ \t]+(?:jag|ja|jg|([A-ZÅÄÖ]{2,3}))(?![\w.-])"
    r"|\b(?:[Jj]ag|[Jj]a|[Jj]g)[ \t]+(?:och|o|&)[ \t]+([A-ZÅÄÖ]{2,3})(?![\w.-])")


# Initials that label a speaker's turn in a transcript ("JR: den på 1 240 kronor"); two
# turns or more make them a person, and then every place they stand alone.
_SPEAKER_INITIALS_RE = re.compile(r"(?<![\w.-])([A-ZÅÄÖ]{2,3}):[ \t]")
# (not a reply's or forward's mark on a mail subject: "VB: VB: Ansökan")
_MAIL_PREFIXES = frozenset({"SV", "VB", "RE", "FW", "FWD", "AW", "WG", "TR", "VS", "VL"})


def _speaker_initials(text: str) -> list[NameSpan]:
    labels = Counter(m.group(1) for m in _SPEAKER_INITIALS_RE.finditer(text))
    speakers = {t for t, n in labels.items() if n > 1 and t not in _MAIL_PREFIXES
                and t.lower() not in name_model().everyday}
    return [(m.start(), m.end(), m.end()) for m in _CAPS_WORD_RE.finditer(text)
            if m.group() in speakers] if speakers else []


_CAPS_INITIALS_HINT_RE = re.compile(r"[A-ZÅÄÖ](?:[A-ZÅÄÖ]|\.)")
_CAPS_WORD_RE = re.compile(r"(?<![\w-])[A-ZÅÄÖ]{2,3}(?![\w-])")


def _last_field_initials(text: str) -> list[NameSpan]:
    """The initials closing each line of three fields or more (see
    :data:`_LAST_FIELD_INITIALS_RE`); in lower case two letters that are no word."""
    found = []
    pos = 0
    for line in text.split("\n"):
        sep = next((c for c in _FIELD_SEPARATORS if line.count(c) >= 2), None)
        if sep is not None:
            at = line.rfind(sep) + 1
            m = _LAST_FIELD_INITIALS_RE.fullmatch(line, at)
            if m is not None and m.group(1).upper() not in _NOT_INITIALS and not (
                    m.group(1).islower() and (m.group(1) in _NOT_LOWER_INITIALS
                                              or _plain_word(m.group(1)))):
                found.append((pos + m.start(1), pos + m.end(1), pos + m.end(1)))
        pos += len(line) + 1
    return found


def _initials_as_names(text: str) -> list[NameSpan]:
    """Initials that stand for someone: a child's or client's ("EK:s mamma", "eleven JN"), a
    staff member's signature ("sign. RK"), a log line's last field and initials with full
    stops ("brukaren H.P.")."""
    regexes = []
    roles: list[NameSpan] = []
    if "\t" in text or ";" in text:
        roles += _last_field_initials(text)
    if ("ign" in text or "andl" in text or "l:" in text) and _LINE_END_LOWER_RE.search(text):
        roles += [(m.start(1), m.end(1), m.end(1))
                  for m in _SIGNED_LOWER_INITIALS_RE.finditer(text)
                  if m.group(1) not in _NOT_LOWER_INITIALS]
    if "-" in text:
        roles += [(m.start(), m.end(), m.end()) for m in _HYPHENED_INITIALS_RE.finditer(text)
                  if not _range_label_before(text, m.start())]
    if not _CAPS_INITIALS_HINT_RE.search(text):
        return roles  # no run of two or three capitals, nor a capital with a full stop
    if _CAPS_WORD_RE.search(text):  # the rules below need a word of two or three capitals
        if ":s " in text or _INITIALS_AFTER_RE.search(text):
            regexes += [_INITIALS_OWNER_RE, _INITIALS_AFTER_RE]
        if "ign" in text:
            regexes.append(_SIGNED_INITIALS_RE)
        if "(" in text:
            regexes.append(_INITIALS_SELF_RE)
            roles += [(m.start(2), m.end(2), m.end(2)) for m in _ROLE_INITIALS_RE.finditer(text)
                     if m[1][0].lower() != m[2][0].lower()]
            roles += [(m.start(1), m.end(1), m.end(1))
                      for m in _BRACKET_ROLE_INITIALS_RE.finditer(text)
                      if m.group(1) not in _ROLE_NOT_INITIALS]
        if "/" in text or "–" in text or "—" in text:
            regexes.append(_SLASH_INITIALS_RE)
        if ":" in text:
            regexes.append(_INITIALS_LOG_RE)
            roles += _speaker_initials(text)
        if ":" in text or "." in text:
            roles += [(m.start(1), m.end(1), m.end(1)) for m in _INITIALS_AT_TIME_RE.finditer(text)
                      if m.group(1) not in _NOT_INITIALS and not _known_acronym(m.group(1))]
        roles += [(m.start(1), m.end(1), m.end(1)) for m in _INITIALS_SUBJECT_RE.finditer(text)
                  if _opens_clause(text, m.start(1)) and m.group(1) not in _NOT_INITIALS
                  and not _known_acronym(m.group(1))]
        if " och " in text or " o " in text or "&" in text or " till " in text:
            regexes.append(_INITIALS_JOINED_RE)
            roles += [(m.start(g), m.end(g), m.end(g)) for m in _INITIALS_WITH_ME_RE.finditer(text)
                      if not (m.group(2) and (m.group(1) in _NOT_INITIALS
                                              or m.group(2) in _NOT_INITIALS))
                      for g in (1, 2, 3) if m.start(g) >= 0 and m.group(g) not in _NOT_INITIALS]
    found = [(m.start(g), m.end(g), m.end(g)) for r in regexes for m in r.finditer(text)
             for g in (1, 2)[:r.groups] if m.start(g) >= 0] + roles
    if "ärv" in text or "eltag" in text or "eltog" in text:
        found += [(m.start(1) + i.start(), m.start(1) + i.end(), m.start(1) + i.end())
                  for m in _ATTENDANCE_RE.finditer(text)
                  for i in _INITIALS_IN_LIST_RE.finditer(m.group(1))
                  if i.group() not in _NOT_INITIALS]
    if "." in text:
        found += [(m.start(), m.end(), m.end()) for m in _DOTTED_INITIALS_RE.finditer(text)
                  if m.group().replace(" ", "") not in _DOTTED_NOT_INITIALS]
    if "(" in text:
        found += [(m.start(g), m.end(g), m.end(g)) for m in _INITIALS_AGE_RE.finditer(text)
                  for g in (1, 2) if m.start(g) >= 0 and m.group(g) not in _NOT_INITIALS]
    return found


# The same in chat, lower case, the genitive s often left out: "jonas mamma", "kalles pappa".
_CHAT_RELATIONS = ("mamma", "pappa", "bror", "syster", "sambo", "dotter", "farmor", "farfar",
                   "mormor", "morfar", "kompis", "flickvän", "pojkvän")
_LOWER_BEFORE_RELATION_RE = re.compile(
    rf"(?<![\w-])([a-zåäöéü]+)[ \t]+(?:{'|'.join(_CHAT_RELATIONS)})\b")
_CHAT_RELATION_RE = re.compile(rf"[ \t](?:{'|'.join(_CHAT_RELATIONS)})\b")
_NOT_OWNERS = frozenset(_POSSESSIVES.split("|")) | {"sin", "sitt", "sina", "ens", "någons"}


def _genitive_before_relation(text: str, finder: NameFinder) -> list[NameSpan]:
    found = []
    for m in _GENITIVE_RELATION_RE.finditer(text):
        base = m.group(1)[:-1]
        if m.group(1).lower() in _NOT_OWNERS:
            continue  # "Deras son"
        if len(base) > 2 and (_first_name_somewhere(base, finder) or (
                m.group(2).lower() in _KIN and _unknown_word(base.lower(), finder)
                and not _no_name_word(base, finder) and not _opens_sentence(text, m.start(1)))):
            found.append((m.start(1), m.end(1), m.end(1)))  # "Nelmas pappa"; mid-sentence, a
            # name no list knows before kin: "är Sunnás morfar" (not "Ägarens dotter", a noun
            # capitalised as a sentence opens)
    homes = _HOME_HINT_RE.search(text) is not None
    for m in _GENITIVE_HOME_RE.finditer(text) if homes else ():
        base, low = m.group(1)[:-1], m.group(1)[:-1].lower()
        if m.group(1).lower() in _NOT_OWNERS or len(base) < 3 or _plain_word(base):
            continue
        if (_first_name_somewhere(base, finder) or low in finder.surnames) and not (
                low in finder.everyday or low in finder.places or low in finder.non_person):
            found.append((m.start(1), m.end(1), m.end(1)))  # "från Öztürks lägenhet"
    for m in _LOWER_GENITIVE_HOME_RE.finditer(text) if homes else ():
        low = m.group(1)[:-1]
        first = _WORD_BEFORE_NAME_RE.search(text, max(0, m.start() - 30), m.start())
        if first is not None and first.group(1).islower() and _unknown_word(low, finder) and (
                _unknown_word(first.group(1), finder) or (
                    first.group(1) in finder.first_names
                    and first.group(1) not in finder.everyday)):
            found.append((first.start(1), m.end(1), first.end(1)))  # "till siriporn
            # kaewmanees lgh": a first name and a surname that no list or dictionary knows
            continue
        if first is not None and first.group(1) in finder.first_names:
            continue  # "göran lindqvists lägenhet": the whole name is another rule's
        if low in finder.surnames and low.endswith(_PLACELESS_SURNAME_ENDINGS):
            found.append((m.start(1), m.end(1), m.end(1)))  # "anderssons hund"
    return found


def _chat_first_name(word: str, finder: NameFinder) -> bool:
    """On the redactor's first-name list, or among the 1,000 most common first names of some
    country and in no dictionary ("mollys mamma")."""
    return word.capitalize() in FIRST_NAMES or (
        finder.rank_code(word)[0] in "23" and word not in finder.dictionary_words)


def _chat_name_before_relation(text: str, finder: NameFinder) -> list[NameSpan]:
    found = []
    for m in _LOWER_BEFORE_RELATION_RE.finditer(text):
        word = m.group(1)
        if word in _NOT_OWNERS or len(word) < 3:
            continue  # "hans mamma" is his mother
        base = word[:-1] if word.endswith("s") and _chat_first_name(word[:-1], finder) else word
        if _chat_first_name(base, finder) and _listed_first_name(base, finder):
            found.append((m.start(1), m.end(1), m.end(1)))
    return found


def _short_parts(word: str) -> bool:
    """A hyphenated word of parts no longer than two letters ("Wi-Fi", "Hi-Fi"): a word, not
    two names."""
    return all(len(part) <= 2 for part in word.split("-"))


def _double_surnames(text: str, t: Tagged, finder: NameFinder) -> list[NameSpan]:
    """A capitalised double surname that the model did not tag a person ("Nyberg-Falk"):
    two parts, each a listed surname (the first may be a first name: "Anna-Karin"), neither
    another kind of name in the corpus ("Stockholm-Göteborg") nor an everyday word, and no
    organisation word after it."""
    found = []
    for i in t.cands:
        word = t.words[i]
        if t.tags[i] == PER or word.count("-") != 1 or not _is_cap(word):
            continue
        if _short_parts(word):
            continue  # "Wi-Fi"
        first, last = t.lower[i].split("-")
        parts_ok = ((first in finder.surnames or first in finder.first_names)
                    and last in finder.surnames and last[:1].isalpha()
                    and word.split("-")[1][:1].isupper())
        if not parts_ok or any(p in finder.non_person or p in finder.everyday
                               for p in (first, last)):
            continue
        a, b = t.spans[i]
        after = _WORD_AFTER_RE.match(text, b)
        if after is not None and (after.group(1).lower() in ORGANISATION_TAILS
                                  or after.group(1).lower().endswith(ORGANISATION_SUFFIXES)):
            continue
        found.append((a, b, b))
    return found


# The speaker after a verb of saying: "…, sade Södergren till tidningen", "säger Anna Lööf".
_SPEAKER_RE = re.compile(rf"\b(?:säger|sade|sa)[ \t]+({_U}{_LOW}+(?:-{_U}{_LOW}+)?)"
                         rf"(?:[ \t]+({_U}{_LOW}+(?:-{_U}{_LOW}+)?))?")


def _speaker_names(text: str, finder: NameFinder) -> list[NameSpan]:
    """A listed name, or a word shaped like a surname, right after "säger"/"sade"/"sa"."""
    found = []
    for m in _SPEAKER_RE.finditer(text):
        words = [m.group(1)] + ([m.group(2)] if m.group(2) else [])
        if any(w.lower() in ORGANISATION_TAILS or w.lower().endswith(ORGANISATION_SUFFIXES)
               or _plain_word(w) or w.lower() in finder.everyday for w in words):
            words = words[:1]
            if _plain_word(words[0]) or words[0].lower() in finder.everyday:
                continue
        if all(_on_list(w.lower(), finder) or w.lower().rstrip("s").endswith(_SURNAME_ENDINGS)
               for w in words):
            found.append((m.start(1), m.end(len(words)), m.end(1)))
    return found


# A word that only a person can be after it, in a note typed in lower case: "hos solberg på
# krokslättsbacken", "fråga fru solberg", "sa berg, men hon…".
_LOWER_PERSON_CUE_RE = re.compile(r"(?<![\w-])(?:hos|fru|herr|sa|säger|sade)[ \t]+([a-zåäö]+)\b"
                                  r"(?![-'’])")


def _lower_surnames_after_cue(text: str, finder: NameFinder) -> list[NameSpan]:
    """A listed surname in lower case after :data:`_LOWER_PERSON_CUE_RE`'s cue, even one
    that is an everyday word ("hos björk", "sa berg"), but no function word or large town
    ("hos oss", "hos lund")."""
    found = []
    for m in _LOWER_PERSON_CUE_RE.finditer(text):
        w = m.group(1)
        if not (w in finder.surnames and w not in SWEDISH_FUNCTION_WORDS
                and w not in finder.places and len(w) > 3):  # (not "hos pol": the police)
            continue
        after = _WORD_AFTER_RE.match(text, m.end(1))
        if after is not None and after.group(1).islower() and not (
                after.group(1) in SWEDISH_FUNCTION_WORDS or after.group(1) in finder.names):
            continue  # "hos barber shop baghdad": the word goes on into a firm's name
        found.append((m.start(1), m.end(1), m.end(1)))
    return found


_GENERATION_RE = re.compile(r"[ \t]+(?:Jr|Sr|jr|sr|d\.y|d\.ä)\b\.?")


# A surname's initial closing a name in a list or a signature: "Tova, Linnéa E., Mohammed",
# "… ny räkning. Aurora M.", or without its full stop closing the note or a line ("Med vänlig
# hälsning P-O N")
_TRAILING_INITIAL_RE = re.compile(
    rf"[ \t]{_U}\.(?=[ \t]*(?:[,;:)(\n]|$)|[ \t]+(?:och|samt|&)[ \t])"  # ("Sanna E. (070-…")
    rf"|[ \t](?!I[ \t])[A-ZÅÄÖ](?=[ \t]*(?:\n|$|,)|[ \t]+[a-zåäö]{{3,}})"  # ("Jonna B körde",
    # "Bashir M,"; not English "I")
    rf"|[ \t]{_U}:s(?![\w-])")  # "Mirsada H.: …", "Jonna B:s elever"


# The rest of a name after an apostrophe, the word going on: "Al-Sa'adi", "N'Diaye".
_APOSTROPHE_PART_RE = re.compile(rf"(?<={_L})['’](?!s\b){_L}{_LOW}+(?![\w'’-])")  # (not "'s")


def _extend_name(text: str, end: int) -> int:
    """A name goes on with a particle and a surname ("Carl von Platen", "Omar al-Rashid"),
    after an apostrophe inside a word ("Mohammed Al-Sa'adi"),
    a hyphenated part, initials and a surname ("Eva K Strand": after initials even a word
    that is also an ordinary one) or a closing initial ("Linnéa E.,")."""
    while True:
        generation = _GENERATION_RE.match(text, end)
        if generation is not None:
            return generation.end()  # "Robert Ek Jr", "Karl Berg d.y."
        m = (_PARTICLE_RE.match(text, end) or _HYPHEN_PART_RE.match(text, end)
             or _PARTICLE_HYPHEN_RE.match(text, end) or _APOSTROPHE_PART_RE.match(text, end))
        if m is None and (low := _HYPHEN_LOWER_PART_RE.match(text, end)) is not None and (
                _listed_first_name(low.group(1), name_model())):
            m = low  # "Anna-lena", "Karl-johan": the second name typed in lower case
        if m is None and text[end - 1:end].islower():
            m = _LOWER_PARTICLE_HYPHEN_RE.match(text, end)  # "mohamad al-sayed"
        if m is None and (variant := _SPELLING_VARIANT_RE.match(text, end)) is not None and (
                variant.group(1)[0] == text[text.rfind(" ", 0, end) + 1]):
            m = variant  # "Lasse Ekholm/Eckholm? (stavning oklar)": the same name spelt two ways
        if m is None:
            m = _INITIALS_NAME_RE.match(text, end)
            if m is None or m.group(1).lower().endswith(ORGANISATION_SUFFIXES):
                last = _TRAILING_INITIAL_RE.match(text, end)
                return end if last is None else last.end()
        elif m.lastindex and _plain_word(m.group(1)):
            return end
        end = m.end()


def find_pii(text: str, model: bool = True) -> list[Span]:
    """All personal-data spans in ``text``, sorted, non-overlapping. ``model=False`` leaves
    out the statistical name finder and the rules that use its name lists (faster, and
    finds only names on the first-name list or after a cue)."""
    spans: list[Span] = []
    taken = _Taken()
    full = text  # the name rules below may see it with filler words blanked out

    def add(kind: str, start: int, end: int) -> None:
        if not taken.overlaps(start, end):
            taken.add(start, end)
            spans.append(Span(kind, start, end, full[start:end]))

    if "@" in text or "(" in text or "[" in text:
        for m in _EMAIL_RE.finditer(text):
            if model and _functional_mailbox(m.group()):
                taken.add(m.start(), m.end())  # "kundtjanst@kommun.se": no one's, and no name
            else:
                add("EMAIL", m.start(), m.end())
        if "@" in text:
            _find_handles(text, add, model)
    lower = text.lower()
    if _DIGITS_RE.search(text):
        _find_numbers(text, lower, add, model)
    if "c/o" in lower:
        for m in _CARE_OF_RE.finditer(text):
            add("ADDRESS", m.start(), m.end())

    def add_spoken(kind: str, start: int, end: int) -> None:
        if kind == "EMAIL" and model and _functional_mailbox(written_email(text[start:end])):
            taken.add(start, end)  # "bygglov snabel a kommun punkt se"
        elif kind == "ADDRESS" and _organisation_before(text, start):
            taken.add(start, end)  # "… i Stadshuset, Drottninggatan 5": no one's, as above
        else:
            add(kind, start, end)

    find_spoken(text, add_spoken, lower)  # read aloud: "noll sju noll …", "s v e n s s o n"
    if _FILLER_RE.search(lower):  # "det här är eh margareta lund": names as if "eh" were not
        text = _FILLER_RE.sub(lambda m: " " * len(m.group()), text)
        lower = text.lower()
    _add_names(text, _find_names(text, lower, taken, model), taken, add)
    if model and any(s.type == "PNR" for s in spans):
        _add_names(text, _names_before_identity_numbers(text, spans), taken, add)
    if model:
        _add_names(text, _find_model_names(text, lower, taken), taken, add)
    if model and any(s.type == "ADDRESS" for s in spans):
        _add_names(text, _names_before_addresses(text, spans), taken, add)
    if model and any(s.type == "NAME" for s in spans):
        spans[:] = _with_surnames_after(text, spans, taken)
        for start, end in _places_after_names(text, spans):
            add("ADDRESS", start, end)
    if any(s.type == "NAME" for s in spans):
        if "alltså" in lower or "dvs" in lower or "egentligen" in lower:
            _add_names(text, _nicknames_explained(text, spans), taken, add)
        if "(" in text:
            _add_names(text, _initials_explained(text, spans), taken, add)
        if (" och " in text or "&" in text or " eller " in text or "/" in text or "+" in text
                or " till " in text or "'" in text or "’" in text or '"' in text or "”" in text):
            _add_names(text, _coordinated_names(text, spans, taken), taken, add)
        if text.count(";") >= 2:
            _add_names(text, _list_item_names(text, spans, taken), taken, add)
        if model and text.count("\n") >= 2:
            _add_names(text, _roster_names(text, spans, taken), taken, add)
        if model and (text.count(",") >= 2 or text.count(" – ") >= 2):
            _add_names(text, _listed_with_names(text, spans, taken), taken, add)
        if model and text.count("\n") >= 2 and ("|" in text or "\t" in text or " – " in text
                                                 or " - " in text):
            _add_names(text, _table_names(text, spans, taken), taken, add)
        if model and text.count("\n") >= 2 and any(s.type == "PHONE" for s in spans):
            _add_names(text, _contact_list_names(text, spans, taken), taken, add)
        _add_names(text, _echoes(text, spans, taken, model), taken, add, echoes=True)
        if _INITIALS_TOKEN_RE.search(text):
            _add_names(text, _initials_echoes(text, spans, taken), taken, add)
    elif model and any(s.type == "EMAIL" for s in spans):
        _add_names(text, _echoes(text, spans, taken, model), taken, add)  # the mailbox's owner
    if text is not full:  # a span holds the text as it was written, fillers and all
        spans = [Span(s.type, s.start, s.end, full[s.start:s.end]) for s in spans]
    text = full
    if spans and ("&" in text or _NOT_PEOPLE_HINT_RE.search(lower)
                  or _CLUB_HINT_RE.search(text)):  # (a blanked filler
        # holds no hint word)
        spans = _without_non_people(text, spans)
    spans.sort(key=lambda s: s.start)
    return _bridge_initials(text, spans) if len(spans) > 1 else spans


_NEXT_CAP_WORD_RE = re.compile(rf"[ \t]({_U}{_LOW}+)\b(?![-'’])")
_NEXT_DOUBLE_SURNAME_RE = re.compile(rf"[ \t]({_U}{_LOW}+-{_U}{_LOW}+)\b(?![-'’])")


# A place and a house number after a name and a comma, as a village's addresses are written
# without a street: "hos Ánde Kuhmunen, Vaikijaur 114, …".
_PLACE_NUMBER_AFTER_RE = re.compile(
    rf",[ \t]*({_U}{_LOW}{{2,}}[ \t]+[1-9]\d{{0,3}}[A-Z]?)(?=[ \t]*[,.;\n]|[ \t]*$)")


def _places_after_names(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    """:data:`_PLACE_NUMBER_AFTER_RE` after a name of two words, the place no ordinary word
    ("Eva Ek, Klass 3", "Pia Berg, Rum 12" stay)."""
    found = []
    everyday = name_model().everyday
    for s in spans:
        m = _PLACE_NUMBER_AFTER_RE.match(text, s.end) if s.type == "NAME" else None
        place = m.group(1).split()[0] if m is not None else ""
        if place and " " in s.text and not _plain_word(place) and place.lower() not in everyday:
            found.append(m.span(1))
    return found


_INITIAL_OPENING_RE = re.compile(r"[A-ZÅÄÖ]\.[ \t]")


def _with_surnames_after(text: str, spans: list[Span], taken: _Taken) -> list[Span]:
    """A name found by a rule grows by a first name before it that no list knows
    (:func:`_unnamed_first_name`), or by any first name before an initial that opens it
    ("Yonas A. Tesfaye"). A first name found alone, then a capitalised word on the
    surname list, even an everyday word: "Hjalmar Vinter", "Viola Strand" (the model leaves
    such a surname out); a first name and a surname, then a second listed surname that is no
    everyday word or place ("Karl-Johan Eriksson Ståhl"). After a name found in lower case,
    up to two lower-case surnames on the list that no dictionary holds, in the genitive or
    hyphenated too: "göran lindqvists", "tove bergqvist hjalmarsson", "elvin
    karlsson-mäkelä"."""
    finder = name_model()
    out = []
    plain_letters = not _SWEDISH_LETTERS_RE.search(text)
    for s in spans:
        before = _WORD_BEFORE_NAME_RE.search(text, max(0, s.start - 40), s.start)
        if (s.type == "NAME" and before is not None and (_unnamed_first_name(
                text, before.start(1), before.end(1), finder, " " in s.text) or (
                _INITIAL_OPENING_RE.match(s.text) and _is_cap(before.group(1))
                and _first_name_somewhere(before.group(1), finder)))
                and not taken.overlaps(before.start(1), before.end(1))):
            taken.add(before.start(1), s.start)  # "Máret Sara", "utan Abdinuur Hassan Ali"
            s = Span("NAME", before.start(1), s.end, text[before.start(1):s.end])
        nick = _QUOTED_NICKNAME_RE.match(text, s.end) if s.type == "NAME" else None
        if (nick is not None and nick.group(2).lower() in finder.surnames
                and not any(_street_word(nick.group(g)) or _plain_word(nick.group(g))
                            for g in (1, 2))):
            for group in (1, 2):  # "Gunnar 'Gurra' Ek": the nickname and the surname too
                if not taken.overlaps(nick.start(group), nick.end(group)):
                    taken.add(nick.start(group), nick.end(group))
                    out.append(Span("NAME", nick.start(group), nick.end(group),
                                    nick.group(group)))
        double = _NEXT_DOUBLE_SURNAME_RE.match(text, s.end) if s.type == "NAME" else None
        if (double is not None and " " not in s.text and _is_cap(s.text)
                and s.text.lower() not in finder.places
                and not any(_street_word(p) or _plain_word(p) or p.lower() in ORGANISATION_TAILS
                            or p.lower() in finder.places for p in double.group(1).split("-"))
                and not taken.overlaps(double.start(1), double.end(1))):
            # a double surname after a first name: "Wanjiru Kamau-Otieno"
            taken.add(double.start(1), double.end(1))
            out.append(Span("NAME", s.start, double.end(1), text[s.start:double.end(1)]))
            continue
        m = _NEXT_CAP_WORD_RE.match(text, s.end) if s.type == "NAME" else None
        words = s.text.split()
        if (m is not None and s.text.count(" ") == 1 and all(_is_cap(w) for w in words)
                and words[0].split("-")[0].lower() in finder.first_names
                and words[1].lower() in finder.surnames
                and m.group(1).lower() in finder.surnames
                and not (m.group(1).lower() in finder.everyday
                         or m.group(1).lower() in finder.places
                         or _street_word(m.group(1)) or _plain_word(m.group(1)))
                and not taken.overlaps(m.start(1), m.end(1))):
            taken.add(m.start(1), m.end(1))  # two surnames unhyphened: "Karl-Johan Eriksson
            # Ståhl"
            s = Span("NAME", s.start, m.end(1), text[s.start:m.end(1)])
        elif (m is not None and " " not in s.text and _is_cap(s.text)
                and (s.text in FIRST_NAMES or s.text.lower() in finder.first_names)
                and m.group(1).lower() in finder.surnames and not _street_word(m.group(1))
                and not taken.overlaps(m.start(1), m.end(1))):
            taken.add(m.start(1), m.end(1))
            s = Span("NAME", s.start, m.end(1), text[s.start:m.end(1)])
        elif s.type == "NAME" and s.text.islower():
            end = s.end
            for _ in range(2):
                m = _NEXT_LOWER_WORD_RE.match(text, end)
                if m is None:
                    break
                start, tail = m.start(1), _NEXT_LOWER_WORD_RE.match(text, m.end())
                if (tail is not None and _lower_surname(m.group(1) + tail.group(1), finder)
                        and not taken.overlaps(start, tail.end(1))):
                    m = tail  # heard in two: "margit lund kvist", "ulla britt sjö blom"
                elif not (_lower_surname(m.group(1), finder) or _FOREIGN_LETTER_RE.search(
                        m.group(1)) and _unknown_word(m.group(1), finder) or (
                        plain_letters and m.group(1) in _folded_lists(finder)[1])
                          ) or taken.overlaps(start, m.end(1)):
                    break  # (a surname spelt with a letter Swedish lacks: "marianne eriksón";
                    # typed without å, ä, ö in a note without them: "jonas hammarstrom")
                taken.add(start, m.end(1))
                end = m.end(1)
            initial = _NEXT_LOWER_INITIAL_RE.match(text, end)
            if initial is not None and not taken.overlaps(initial.start(1), initial.end()):
                taken.add(initial.start(1), initial.end())  # "elin k.", "karin j. ringde"
                end = initial.end()
            s = Span("NAME", s.start, end, text[s.start:end])
        out.append(s)
    return out


_QUOTED_NICKNAME_RE = re.compile(
    rf"[ \t]+['\"‘’“”»]({_U}{_LOW}+)['\"‘’“”»][ \t]+({_U}{_LOW}+)\b(?![-'’])")
_NEXT_LOWER_WORD_RE = re.compile(rf"[ \t]({_LOW}+(?:-{_LOW}+)?)\b(?![-'’])")
# A surname's initial after a first name in lower case, not a one-letter word ("i", "å",
# "ö", English "a" (but before a bracket: "lucas a (28/12)"), chat's "e" for "är" and "o"
# for "och": "mustafa o lilly").
_NEXT_LOWER_INITIAL_RE = re.compile(r"[ \t]([b-df-hj-np-z]|a(?=[ \t]*\())\.?(?![\w'’-])")


_HYPHEN_PARTICLES = frozenset({"al", "el", "abu", "bin", "ben", "ibn", "abd", "ul"})


def _lower_surname(word: str, finder: NameFinder) -> bool:
    """A lower-case word on the surname list, no ordinary word and no street (each part of a
    hyphenated one; a genitive's "s" aside)."""
    parts = word.split("-")
    if len(parts) == 2 and parts[0] in _HYPHEN_PARTICLES and len(parts[1]) > 2:
        parts = parts[1:]  # "al-rashid", "el-amin": the particle is no word of its own
    for part in parts:
        base = part[:-1] if part.endswith("s") and part[:-1] in finder.surnames else part
        if (len(base) < 3 or base not in finder.surnames or base in finder.dictionary_words
                or base in SWEDISH_FUNCTION_WORDS or base in ENGLISH_FUNCTION_WORDS
                or _street_word(base)):
            return False
    return True


# An animal before a capitalised word names a pet ("vår katt Sixten", "hunden Greta"); a
# first name that is also a feast stands alone for the feast ("en fin Valborg", "Lucia",
# "Kristi himmelfärd", "Ramadan"); a name after "Lex" names a law; shops and chains
# (:data:`CHAINS`) and children's-book characters ("Bamse", "Emil i Lönneberga"): none is a
# person.
_ANIMALS_IN_COMPOUNDS = (
    r"hund|hunden|valp|valpen|katt|katten|kattunge|kattungen|kanin|kaninen|häst"
    r"|hästen|marsvin|marsvinet|undulat|undulaten|papegoja|papegojan|schäfer|schäfern"
    r"|labrador|labradoren|pudel|pudeln|beagle|beaglen|spaniel|terrier|vovve"
    r"|hundar|hundarna|katter|katterna|kaniner|kaninerna|hästar|hästarna|valpar|valparna"
    r"|höna|hönan|höns|hönsen|tupp|tuppen|ponny|ponnyn")
# (short ones only alone: "Berhane", "Mustafa" hold them)
_ANIMALS_ALONE = r"tax|taxen|tik|tiken|hane|hanen|hona|honan"
_ANIMALS = f"{_ANIMALS_IN_COMPOUNDS}|{_ANIMALS_ALONE}"
_ANIMAL_WORD_RE = re.compile(rf"(?i:{_ANIMALS})")
# (the start of every animal word: a trie searched in the lower-cased note)
_ANIMAL_HINTS = frozenset({"hund", "valp", "katt", "kanin", "häst", "marsvin", "undulat",
                           "papegoj", "schäfer", "labrador", "tax", "pudel", "beagle",
                           "spaniel", "terrier", "vovve", "tik", "hane", "hona", "höna", "höns",
                           "tupp", "ponny"})
_ANIMAL_HINT_RE = re.compile(trie_regex(_ANIMAL_HINTS))
_PET_NAME_RE = re.compile(
    rf"(?i:\b(?P<animal>(?:[a-zåäö]{{3,}})?(?:{_ANIMALS_IN_COMPOUNDS})|(?:{_ANIMALS_ALONE})))"
    r"(?:,?(?:[ \t]+som)?[ \t]+(?:heter|hette|kallas|vid[ \t]+namn)"
    r"(?:[ \t]+(?:troligen|nog|visst|antagligen|kanske))?"  # "Hunden heter troligen Lennart"
    r"|[ \t]+(?:har[ \t]+)?(?:fått|fick)[ \t]+(?:namnet|heta)"  # "Hästen har fått namnet"
    r"|[ \t]+(?:ska|skulle|får|kommer[ \t]+att)[ \t]+heta)?,?"  # "Hönsen skulle heta Greta"
    # in any case ("min katt sigge"), in brackets too ("hund (Tyson enligt halsbandet)")
    rf"(?:[ \t]+|[ \t]*\()(?P<pet>{_L}+)\b")
# A name given to an animal or a thing ("it"): "vill döpa om den till Greta".
_NAMED_IT_RE = re.compile(
    rf"(?i:\b(?:döpa|döper|döpte|döpt|döps)(?:[ \t]+om)?[ \t]+(?:den|det)"
    rf"[ \t]+till[ \t]+)({_U}{_LOW}+)")
# A name said to be an animal: "Moses är en tax", "Sigge var en gammal katt".
_PET_BEFORE_ANIMAL_RE = re.compile(
    rf"(?<![\w-])({_U}{_LOW}+)[ \t]+(?:är|var)[ \t]+(?:en|ett)[ \t]+(?:{_LOW}+[ \t]+)?"
    rf"(?:{_LOW}*(?:{_ANIMALS}))\b")
# More pets named in the same breath after a plural: "två hundar, Molly och Sixten",
# "Hundarna Sixten, Bella och Majken" (after "Katten Misse, Anna och Per…" only Misse).
_PLURAL_ANIMAL_RE = re.compile(r"(?i:(?:ar|er)(?:na)?$|höns(?:en)?$)")
_COUNT_BEFORE_RE = re.compile(r"(?i:(?<![\w-])(?:två|tre|fyra|fem|sex|\d+)[ \t]+$)")
_LIST_MORE_RE = re.compile(rf"(?:,[ \t]*|[ \t]+(?:och|samt)[ \t]+)({_U}{_L}+)\b")
_LOWER_LIST_MORE_RE = re.compile(rf"(?:,[ \t]*|[ \t]+(?:och|samt)[ \t]+)({_L}+)\b")


def _list_goes_on(text: str, pos: int, lower: bool = False) -> list[re.Match]:
    """The capitalised words that go on a list from ``pos``: ", Bella och Majken" (with
    ``lower``, after a pet named in lower case, any words: ", bella och majken")."""
    out = []
    regex = _LOWER_LIST_MORE_RE if lower else _LIST_MORE_RE
    while (more := regex.match(text, pos)) is not None:
        out.append(more)
        pos = more.end()
    return out
#: Names that stand for no one on their own: feasts, "Lex" (of a law) and characters every
#: Swedish child knows.
_NAMES_OF_NO_ONE = frozenset({
    "Valborg", "Lucia", "Kristi", "Lex", "Ramadan", "Eid", "Nowruz", "Diwali", "Hanukka",
    "Hanukkah", "Bamse", "Pippi", "Pippi Långstrump", "Findus", "Pettson", "Alfons Åberg",
    "Nils Holgersson", "Madicken", "Kalle Anka", "Kalle Ankas", "Harry Potter"})
# Dishes, a siren, children's characters and a feast named with a name: no one's.
_FIXED_EXPRESSIONS = ("Kalles kaviar", "Janssons frestelse", "Hesa Fredrik", "Brandman Sam",
                      "Eid al-Adha", "Eid al-Fitr", "Flygande Jacob", "Biff à la Lindström",
                      "Emil i Lönneberga")
_FIXED_EXPRESSION_RE = re.compile("|".join(re.escape(e) for e in _FIXED_EXPRESSIONS))
_FIXED_EXPRESSION_HINTS = frozenset({"kaviar", "frestelse", "hesa", "brandman", "eid al",
                                     "flygande", "à la", "lönneberga"})  # (one in each)
_LAW_BEFORE_RE = re.compile(r"\b[Ll]ex[ \t]+$")  # "Lex Sarah", "lex Maria": laws
# A capitalised association's or foundation's word names it: "Stiftelsen Selma", "Sällskapet
# Idun", "Föreningen Karl-Oskar och Kristina".
_ORG_HEADS = ("Föreningen", "Stiftelsen", "Sällskapet", "Klubben", "Kören", "Orkestern",
              "Bolaget", "Restaurang", "Restaurangen", "Pizzeria", "Pizzerian", "Café", "Kafé",
              "Bageri", "Bageriet", "Konditori", "Konditoriet", "Hotell", "Hotellet", "Salong",
              "Frisör", "Frisören", "Företaget", "Firman", "restaurang", "restaurangen",
              "Optiker", "Kör", "Lokal", "lokal", "lokalen", "Camping", "Campingen", "Hotel",
              "Vandrarhem", "Vandrarhemmet", "Galleri", "Galleriet", "Teater", "Teatern",
              "Lokalen", "Salen", "Ensemble", "Ensemblen", "Bandet", "Gruppen", "Träffpunkt",
              "avdelning", "avdelningen", "Avdelning", "Avdelningen", "träffpunkt", "sal",
              "salen", "Sal", "rum", "rummet", "Rum", "PRO", "SPF", "Seniorerna",
              # vessels have names too: "färjan Ellen", "M/S Linnéa"
              "Färjan", "färjan", "Båten", "båten", "Fartyget", "fartyget", "M/S", "S/S", "M/Y",
              "Bistro", "Bistron", "Krogen", "Pub", "Puben", "Baren", "Kemtvätt", "Kemtvätten",
              "bastun", "Bastun",
              # a building of a home or a school named so: "Hus Astrid", "Villa Solbacka"
              "Hus", "Villa",
              # a saint's name is a church's, a parish's, a street's: "Sankta Maria församling"
              "Sankt", "Sankta", "S:t", "S:ta",
              # pavilions and storms are named so too: "Paviljong Linnéa", "Stormen Alfrida"
              "Paviljong", "Paviljongen", "Stormen", "stormen", "Orkanen", "orkanen",
              "S/Y", "Bryggeri", "Bryggeriet")
# ... and a group's, room's or vessel's word closing a compound: "teatergruppen Alma &
# Edvin", "folkdanslaget Rosen", "sammanträdesrum Linnea", "bilfärjan Ellen", "Bokbussen
# Bertil", "bibliotekscaféet Hanna & Hugo", "Kvinnojouren Linnea", "Fritidsgården Kometen",
# "Kulturskolan Viktor Rydberg", "Kulturhuset Anna", "möteslokalen Elsa"
_ORG_HEAD_TAILS = ("gruppen", "laget", "föreningen", "klubben", "kören", "orkestern",
                   "ensemblen", "hemmet", "stallet", "rum", "rummet", "salen", "färjan", "båten",
                   "bussen", "bastun", "förbundet", "caféet", "kaféet", "jouren", "gården",
                   "skolan", "centralen", "handeln", "garaget", "boende", "boendet", "huset",
                   "lokalen", "center", "centret", "gillet", "träffen")
_ORG_HEAD = (rf"(?:{'|'.join(_ORG_HEADS)}"
             rf"|{_L}(?:{_LOW}|-)*(?:{'|'.join(_ORG_HEAD_TAILS)}))[ \t]+")  # ("P-garaget")
# ("Djurhemmet Frida", "bastun Frej", "Studieförbundet Ibn Rushd")
_ORG_HEAD_RE = re.compile(_ORG_HEAD)
_ORG_HEAD_BEFORE_RE = re.compile(
    rf"(?<![\w-]){_ORG_HEAD}(?:{_U}{_L}*(?:-{_U}{_L}*)?[ \t]+(?:och|&)[ \t]+"
    rf"|{_U}{_LOW}+[ \t]+)?$")  # "Föreningen Malmö Jazz"
# A sports club's letters before its name: "IK Frej", "IFK Göteborg", "BK Häcken" (not in
# _ORG_HEADS: a span "SK" alone is someone's initials).
_CLUB_LETTERS = ("IK", "IF", "IFK", "BK", "SK", "GIF", "FF", "HK")
_CLUBS = rf"(?<![\w-])(?:{'|'.join(_CLUB_LETTERS)})[ \t]+"
_CLUB_BEFORE_RE = re.compile(_CLUBS + "$")
# ... and after its place's name: "Norrby IF", "AIK", "BoIS"
_CLUB_AFTER_RE = re.compile(rf"[ \t]+(?:{'|'.join(_CLUB_LETTERS + ('AIK', 'BoIS'))})(?![\w-])")
_CLUB_HINT_RE = re.compile(_CLUBS)
# (searched in the lower-cased note: one pass over a trie of plain words)
_NOT_PEOPLE_HINT_RE = re.compile(trie_regex(
    _ANIMAL_HINTS | {"lex", "döp"} | _FIXED_EXPRESSION_HINTS
    | {w.lower() for w in _NAMES_OF_NO_ONE | CHAINS | frozenset(_ORG_HEADS)}
    | frozenset(_ORG_HEAD_TAILS)))


# A name, maybe an ordinary word, "&" and another: a firm ("Svenssons Rör & Värme AB", "Rut &
# Rosor", "Sten & Trä i Norden AB", a heading "Bo & bygga"); "Anna & Per" stays two people.
_FIRM_AMP_RE = re.compile(rf"(?:[ \t]+({_U}{_LOW}+))?[ \t]*&[ \t]*({_L}{_LOW}+)")


def _firm_names(text: str, spans: list[Span]) -> set[int]:
    """The starts of the names that open a firm's name joined by "&" to words that are on no
    name list (or a firm's words: "Bygg", "AB")."""

    def ordinary(word: str) -> bool:
        low = word.lower()
        return low in ORGANISATION_TAILS or _plain_word(word) or _on_no_name_list(low)

    starts = set()
    for s in spans:
        m = _FIRM_AMP_RE.match(text, s.end) if s.type == "NAME" else None
        if m is not None and all(ordinary(w) for w in m.groups() if w) and not (
                m.group(2).lower() in ("lilla", "stora") and any(
                    o.type == "NAME" and o.start > m.end(2) for o in spans)):
            starts.add(s.start)  # (not "Mirre & lilla Tuva-Li": two people)
    return starts


def _without_non_people(text: str, spans: list[Span]) -> list[Span]:
    """The spans less the names that are a pet's (anywhere in the note once an animal word
    stood before it), a law's ("Lex Sarah"), a chain's (:data:`CHAINS`), inside a fixed
    expression (:data:`_FIXED_EXPRESSION_RE`: "Emil i Lönneberga", "Kalles kaviar", "Hesa
    Fredrik") or one of :data:`_NAMES_OF_NO_ONE` on its own."""
    firms = _firm_names(text, spans) if "&" in text else set()
    fixed = [m.span() for m in _FIXED_EXPRESSION_RE.finditer(text)]
    pets = set()
    lower = text.lower()
    animals = _ANIMAL_HINT_RE.search(lower) is not None  # (the pet patterns only then)
    if animals:
        pets.update(m.group(1) for m in _PET_BEFORE_ANIMAL_RE.finditer(text))
    if "döp" in lower and ("den " in text or "det " in text):
        pets.update(m.group(1) for m in _NAMED_IT_RE.finditer(text))
    for m in _PET_NAME_RE.finditer(text) if animals else ():
        pets.add(m.group("pet"))
        if _PLURAL_ANIMAL_RE.search(m.group("animal")) or _COUNT_BEFORE_RE.search(
                text, max(0, m.start() - 12), m.start()):  # "Två marsvin, Tage och Gullan"
            pets.update(more.group(1) for more in _list_goes_on(
                text, m.end(), m.group("pet").islower()))
    out: list[Span] = []
    for s in spans:
        if s.type == "NAME" and (
                s.text in pets or s.text in _NAMES_OF_NO_ONE
                or (s.text in CHAINS and not _RELATION_TO_BEFORE_RE.search(
                    text, max(0, s.start - 30), s.start))  # ("förälder till Mio": a child)
                or s.start in firms
                or _PET_NAME_RE.fullmatch(s.text)
                or any(a <= s.start and s.end <= b for a, b in fixed)
                or _LAW_BEFORE_RE.search(text, max(0, s.start - 8), s.start)
                or _ORG_HEAD_BEFORE_RE.search(text, max(0, s.start - 60), s.start)
                or _CLUB_BEFORE_RE.search(text, max(0, s.start - 5), s.start)
                or _ORG_HEAD_RE.match(s.text) or s.text in _ORG_HEADS
                or _CHAIN_OPENING_RE.match(s.text)):
            continue
        out.append(s)
    return out


# Public webmail: an address there is always someone's.
_WEBMAIL_RE = re.compile(r"@(?:.*\.)?(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud"
                         r"|me|aol|gmx|proton|protonmail|telia|bredband|comhem|spray|tele|bahnhof"
                         r"|ownit|glocalnet|swipnet|passagen|wp|onet|interia|seznam|yandex|libero"
                         r"|ziggo|kpnmail|planet|xs4all|hetnet|t-online|freenet|arcor"
                         r")\d*\.", re.IGNORECASE)  # "bredband2.se", "tele2.se"; Dutch and German
# providers' too ("joostvdm@ziggo.nl", "h.osterkamp@t-online.de")
_LETTERS_RE = re.compile(r"[^\W\d_]+")


# Surname endings as an e-mail address spells them (å/ä/ö written a/a/o): no unit's or
# service's word ends so.
_MAILBOX_SURNAME_ENDINGS = ("sson", "qvist", "kvist", "quist", "strom", "ström", "stedt",
                            "gren")


def _functional_mailbox(address: str) -> bool:
    """An organisation's functional mailbox ("kundtjanst@kommun.se", "noreply@…",
    "hemtjanst.norr@kalmar.se", "kc-ledning@…"): not at a webmail, some word of its local
    part four letters or more, and none of those a name on the name finder's lists or ranked
    as one anywhere, or a first name run into another name ("annasvensson", "kalleanka")."""
    local, at, _ = address.partition("@")
    if not at or _WEBMAIL_RE.search(address):
        return False
    words = _LETTERS_RE.findall(local.lower())
    if local.upper() in _NOT_INITIALS:
        return True  # "hr@uppsala.se", "it@…": a unit's letters, no one's initials
    if not words or all(len(w) < 4 for w in words) or any(len(w) == 1 for w in words):
        return False  # "ak@kommun.se", "sfi@…", "p.vdbroek@…": initials or an abbreviation
    finder = name_model()
    if len(words) > 1 and words[0].capitalize() in FIRST_NAMES:
        return False  # "ida.stromback@…": a first name of three letters opens it
    words = [w for w in words if len(w) >= 4]  # beside them "lss", "kc", "vof" are units
    single = len(words) == 1 and words[0] == local.lower()
    folded_surnames = _folded_lists(finder)[1]
    for w in words:
        if w in finder.names or w in folded_surnames:
            return False  # (a surname spelt without å, ä, ö: "stromback")
        code = finder.rank_code(w)
        if code != "00" and not (single and set(code) <= {"0", "1"}):
            return False  # (a rare name's rank alone does not make "kost@" anyone's)
        if w.endswith(_MAILBOX_SURNAME_ENDINGS) and len(w) >= 7:
            return False  # "ewalotta.sjoqvist@edu…": a surname's shape, spelt without ö
        if _run_together_name(w):
            return False
    return True


def _run_together_name(word: str) -> bool:
    """A first name run into a surname or another first name: "annasvensson", "linamattsson"."""
    finder = name_model()
    first, last = finder.first_names, finder.surnames
    if len(word) > 5 and ((word[:-1] in first and finder.rank_code(word[:-1])[0] in "23")
                          or (word[1:] in last and finder.rank_code(word[1:])[1] in "23")):
        return True  # a name and an initial: "tomaszw", "jsvensson"
    return any(word[:i] in first and (word[i:] in last or word[i:] in first)
               for i in range(3, len(word) - 3))


# A social-media handle: "@linnea.wahlstrom95", "@edin_hodzic" (not the tail of an e-mail).
_HANDLE_RE = re.compile(r"(?<![\w.+-])@(\w+(?:[._-]\w+)*)")
_HANDLE_PART_RE = re.compile(r"[^\W\d_]+")


def _find_handles(text: str, add: Callable[[str, int, int], None], model: bool) -> None:
    """A handle made of a person's name is a name: every word in it (of three letters or
    more) is on the first-name list or, with the model, on the name finder's name lists or
    two names run together ("@linnea.wahlstrom95", "@lisa_88", "@linamattsson_86").
    "@malmo_stad", "@roda_korset", "@kommunen" stay."""
    names = name_model().names if model else frozenset()
    for m in _HANDLE_RE.finditer(text):
        parts = [p.lower() for p in _HANDLE_PART_RE.findall(m.group(1)) if len(p) > 2]
        if parts and all(p.capitalize() in FIRST_NAMES or p in names
                         or (model and _run_together_name(p)) for p in parts):
            add("NAME", m.start(1), m.end(1))


# A filler word of speech ("eh", "öhm"), as speech-to-text writes it.
_FILLER_RE = re.compile(r"(?<![\w-])(?:eh|ehm|öh|öhm|äh|ähm|hm|hmm|mm|typ)(?![\w-])")


# A word of a name: letters, with inner hyphens or apostrophes ("Gull-Maj", "O'Brien").
_NAME_WORD_RE = re.compile(rf"{_L}+(?:[-'’]{_L}+)*")


#: Listed first names that are also common lower-case words.
NOT_LOWER_ECHO = frozenset({"björn", "rosa", "viola", "stig", "mark", "axel", "linn", "ronja"})


# A nickname, then the name it stands for: "ringer pelle – alltså Per-Olof Sandin", "Kajan,
# alltså Kajsa Mörk".
_NICKNAME_BEFORE_RE = re.compile(
    rf"(?<![\w-])({_L}{{3,}}(?:-{_L}+)?)[ \t]*[-\u2013,(]?[ \t]*(?:alltså|dvs\.?|egentligen)"
    r"[ \t]+$", re.IGNORECASE)
# ... or after the name, the short form a capitalised word: "grannen Tomasz – alltså Tomek –".
_NICKNAME_AFTER_RE = re.compile(
    rf"[ \t]*[-\u2013,(][ \t]*(?:alltså|dvs\.?)[ \t]+({_U}{_LOW}{{2,}})(?![\w-])")


# Initials, then in brackets the name they stand for: "AL (Annika Lövgren, hemtjänst Öst)".
_INITIALS_BRACKET_RE = re.compile(r"(?<![\w-])([A-ZÅÄÖ]{2,3})[ \t]*\($")


# ... or after a name found, in brackets: "Per-Olof Sjöberg (PO)".
_INITIALS_AFTER_NAME_RE = re.compile(r"[ \t]*\(([A-ZÅÄÖ]{2,3})\)")
# A word in brackets between a first name and a surname: "Jevgenij (Zjenja) Volkov"; after
# a full name, the person's nickname: "Kristoffer Ålund (Kicken) 070-…".
_BRACKET_WORD_AFTER_RE = re.compile(rf"[ \t]*\(({_U}{_LOW}+)\)(?P<between>[ \t]+(?={_U}))?")
# A first name (a nickname), then in brackets the full name: "Kalle (Karl-Erik Nordmark)".
_NICKNAME_BRACKET_RE = re.compile(rf"(?<![\w-])({_L}{_LOW}+)[\"”'’]?[ \t]*\($")


def _initials_explained(text: str, spans: list[Span]) -> list[NameSpan]:
    """Initials just before a bracketed name found, when they are that name's initials, and
    the same initials wherever else they stand in the note ("…, AL har stängt kranen"), or
    in brackets after it ("Per-Olof Sjöberg (PO)"); a word in brackets between a name's
    parts found ("Jevgenij (Zjenja) Volkov") or after a full name (:func:`_nickname_word`:
    "Kristoffer Ålund (Kicken)"); a listed first name or a word no list knows just before a
    bracketed full name found ("hos Gogge (Goran Ilić)"), in lower case its short form or a
    listed first name ("mo (mohammed el amrani)")."""
    finder = name_model()
    found = []
    for s in spans:
        if s.type != "NAME":
            continue
        m = _INITIALS_BRACKET_RE.search(text, max(0, s.start - 6), s.start)
        if m is not None and m.group(1) == "".join(
                part[0] for part in re.split(r"[ \t-]+", s.text) if part).upper():
            found += [(a.start(), a.end(), a.end()) for a in re.finditer(
                rf"(?<![\w-]){m.group(1)}(?![\w-])", text)]
        after = _INITIALS_AFTER_NAME_RE.match(text, s.end)
        if after is not None and "".join(
                part[0] for part in re.split(r"[ \t-]+", s.text) if part
        ).upper().startswith(after.group(1)):
            found.append((after.start(1), after.end(1), after.end(1)))  # "Per-Olof Sjöberg
            # (PO)": the name's own initials
        between = _BRACKET_WORD_AFTER_RE.match(text, s.end)
        if between is not None and (any(o.type == "NAME" and o.start == between.end()
                                        for o in spans) if between["between"] else (
                " " in s.text and _nickname_word(between.group(1), finder)
                and (between.group(1)[0] == s.text[0] and len(between.group(1)) <= 7
                     or _first_name_somewhere(between.group(1), finder)))):
            found.append((between.start(1), between.end(1), between.end(1)))  # "Jevgenij
            # (Zjenja) Volkov": a nickname between the name's parts, or after them: a first
            # name, or a short word opening as the name does ("Kristoffer Ålund (Kicken)")
        nick = _NICKNAME_BRACKET_RE.search(text, max(0, s.start - 30), s.start)
        if nick is not None and nick.group(1).islower():
            low = nick.group(1)
            if (" " in s.text and low not in finder.everyday and low not in _RELATION_WORDS
                    and (s.text.lower().startswith(low) or low in finder.first_names)):
                found.append((nick.start(1), nick.end(1), nick.end(1)))  # "till mo
                # (mohammed el amrani)": a short form of the bracketed name, or a first name
            continue
        quoted = nick is not None and text[nick.end(1):nick.end(1) + 1] in "\"”'’"
        if nick is not None and (
                " " in s.text and (_listed_first_name(nick.group(1), finder)
                                   or _nickname_no_list_knows(text, nick, finder))
                or quoted and not _plain_word(nick.group(1))):
            found.append((nick.start(1), nick.end(1), nick.end(1)))  # (a quoted nickname
            # before any bracketed name: "'Bullen' (Dennis)")
    return found


def _nickname_word(word: str, finder: NameFinder) -> bool:
    """A bracketed word after a full name that can be the person's nickname: no ordinary,
    dictionary, place, organisation, relation or role word ("(Kicken)"; not "(Kommunal)",
    "(Solna)", "(moster)")."""
    low = word.lower()
    return not (_no_name_word(word, finder) or low in finder.dictionary_words
                or low in _RELATION_WORDS or low.endswith(_AGENT_NOUN_ENDINGS)
                or low.endswith(ORGANISATION_HEADS))


def _nickname_no_list_knows(text: str, nick: re.Match, finder: NameFinder) -> bool:
    """The word before a bracketed full name (:data:`_NICKNAME_BRACKET_RE`) is no ordinary,
    dictionary or place word, does not open a sentence and follows no organisation's word:
    the person's nickname ("hemma hos Gogge (Goran Ilić)", not "Brf Hasselnöten (Lars-Åke
    Nyström)")."""
    word, at = nick.group(1), nick.start(1)
    low = word.lower()
    if (_plain_word(word) or low in finder.everyday or low in finder.dictionary_words
            or low in finder.places or low in finder.non_person or _opens_sentence(text, at)
            or _ORG_HEAD_BEFORE_RE.search(text, max(0, at - 60), at)):
        return False
    head = _WORD_BEFORE_RE.search(text, max(0, at - 40), at)
    return head is None or not head.group(1).lower().endswith(ORGANISATION_HEADS)


def _nicknames_explained(text: str, spans: list[Span]) -> list[NameSpan]:
    """The word before "alltså"/"dvs"/"egentligen" and a name found, or a capitalised one
    after a name found and "– alltså": a nickname, unless it is an everyday word."""
    finder = name_model()
    found = []
    for s in spans:
        if s.type != "NAME":
            continue
        after = _NICKNAME_AFTER_RE.match(text, s.end)
        if after is not None and not (_plain_word(after.group(1))
                                      or after.group(1).lower() in finder.everyday
                                      or after.group(1).lower() in finder.places):
            found.append((after.start(1), after.end(1), after.end(1)))
        m = _NICKNAME_BEFORE_RE.search(text, max(0, s.start - 40), s.start)
        if m is None:
            continue
        word = m.group(1)
        if not (_plain_word(word) or word.lower() in finder.everyday):
            found.append((m.start(1), m.end(1), m.end(1)))
    return found


_AND_BEFORE_RE = re.compile(rf"(?<![\w-])({_L}+)[ \t]+(?:och|&|\+)[ \t]+$")
_INITIALS_WORD_RE = re.compile(r"[A-ZÅÄÖ]{2,3}")
_AND_AFTER_RE = re.compile(rf"[ \t]+(?:och|&|\+)[ \t]+({_L}+)(?![\w'’-])")


_SLASH_INITIALS_AFTER_RE = re.compile(r"/([A-ZÅÄÖ]{2,3})(?![\w-])")
_QUOTED_NICKNAME_BEFORE_RE = re.compile(rf"['‘’\"“”»«]({_U}{_LOW}+)['‘’\"“”»«][ \t]+$")
_TO_INITIALS_RE = re.compile(r"[ \t]+till[ \t]+([A-ZÅÄÖ]{2,3})(?![\w-])")
# Another spelling or a short form of a name, after "eller": "hette jonna eller jona?".
_OR_AFTER_RE = re.compile(
    rf"(?P<q1>['’”»])?[ \t]+eller[ \t]+(?P<q2>['‘’“”«»])?({_L}{{3,}}(?:-{_L}+)?)(?![\w-])")


def _coordinated_names(text: str, spans: list[Span], taken: _Taken) -> list[NameSpan]:
    """A common first name joined by "och", "&" or "+" to a name found, in the same case:
    "hos björn och ylva hjort", "Per-Olof Ek och Maja", "amina + linnea" (not a name that is
    also a word: "Bo", "Saga"), and initials so joined to a capitalised name: "Utförs av PM
    och Ali"; initials after a name and a slash ("Tommi/AÖ") or handed over "till" from
    initials ("AB till TJ"); a quoted nickname before a name ("'Lillan' Svea"); after
    "eller", a word of three letters or more opening as a word of the name does, or a quoted
    one after a quoted name (:data:`_OR_AFTER_RE`)."""
    finder = name_model()
    out: list[NameSpan] = []
    for s in spans:
        if s.type != "NAME":
            continue
        for m in (_AND_BEFORE_RE.search(text, max(0, s.start - 40), s.start),
                  _AND_AFTER_RE.match(text, s.end)):
            if m is None or taken.overlaps(m.start(1), m.end(1)):
                continue
            word = m.group(1)
            if (_INITIALS_WORD_RE.fullmatch(word) and word not in _NOT_INITIALS
                    and _is_cap(s.text.split()[0])):
                out.append((m.start(1), m.end(1), m.end(1)))
                continue
            if (word[:1].isupper() != s.text[:1].isupper() or len(word) < 3
                    or word.capitalize() in AMBIGUOUS_FIRST_NAMES
                    or word.lower() in SWEDISH_FUNCTION_WORDS or _plain_word(word)
                    or not (_common_first_name(word.lower(), finder) or (
                        _is_cap(word) and _FOREIGN_LETTER_RE.search(word)
                        and _unknown_word(word.lower(), finder)) or (  # "Áilu och Kevin B"
                        _is_cap(word) and _first_name_somewhere(word, finder)
                        and finder.rank_code(word.lower())[0] >= "2"
                        and _ORG_HEAD_RE.match(s.text) is None
                        and word.lower() not in finder.places
                        and word.lower() not in finder.non_person))):
                continue  # (capitalised, among the 1,000 commonest first names somewhere:
                # "Linh och Bao är lediga"; not "Mark & Betong")
            out.append((m.start(1), m.end(1), m.end(1)))
        quoted = _QUOTED_NICKNAME_BEFORE_RE.search(text, max(0, s.start - 30), s.start)
        if (quoted is not None and _is_cap(s.text.split()[0])
                and not taken.overlaps(quoted.start(1), quoted.end(1))
                and not (_plain_word(quoted.group(1)) or _street_word(quoted.group(1))
                         or quoted.group(1).lower() in finder.places)):
            out.append((quoted.start(1), quoted.end(1), quoted.end(1)))  # "'Lillan' Svea": a
            # nickname in quotes before the name
        handed = _TO_INITIALS_RE.match(text, s.end) if _INITIALS_WORD_RE.fullmatch(s.text) else None
        if (handed is not None and handed.group(1) not in _NOT_INITIALS
                and not taken.overlaps(handed.start(1), handed.end(1))):
            out.append((handed.start(1), handed.end(1), handed.end(1)))  # "från handläggare
            # AB till TJ": from one person to another
        slash = _SLASH_INITIALS_AFTER_RE.match(text, s.end) if "/" in text else None
        if (slash is not None and slash.group(1) not in _NOT_INITIALS
                and not taken.overlaps(slash.start(1), slash.end(1))):
            out.append((slash.start(1), slash.end(1), slash.end(1)))  # "Tommi/AÖ": a
            # colleague's initials beside a name
        alt = _OR_AFTER_RE.match(text, s.end) if " eller " in text else None
        if alt is not None and not taken.overlaps(alt.start(3), alt.end(3)) and (
                (alt.group(3).lower()[:3] in {w.lower()[:3] for w in s.text.split()}
                 or (alt["q1"] and alt["q2"] and _is_cap(alt.group(3))))
                and alt.group(3).lower() not in SWEDISH_FUNCTION_WORDS
                and alt.group(3).lower() not in finder.everyday
                and not _plain_word(alt.group(3))):
            out.append((alt.start(3), alt.end(3), alt.end(3)))  # "jonna eller jona", "mattias
            # lindgren eller matte": the same name spelled another way or shortened; two
            # quoted nicknames: "'Jocke' eller 'Jonken'"
    return out


# A register's list of people, one to an item between semicolons: "Ek Åsa; Björk Henrik;
# KARLSSON-ÅBERG, Linnea; de la Cruz, Ramón". An item opens with its name: capitalised words,
# initials ("Pettersson A-L") and particles, maybe a comma between surname and first name.
_LIST_ITEM_RE = re.compile(r"(?:^|(?<=[;:])|(?<=[;:][ \t]))[ \t]*([^;:\n]+)")
_ITEM_NAME_RE = re.compile(
    rf"(?:(?:de|la|van|von|der|den|af|al|el|bin|du|da)[ \t]+)*{_U}[\w'’-]*\.?"
    rf"(?:,?[ \t]+(?:(?:de|la|van|von|der|den|af|al|el|bin|du|da)[ \t]+)*{_U}[\w'’-]*\.?){{0,3}}")


def _list_item_names(text: str, spans: list[Span], taken: _Taken) -> list[NameSpan]:
    """In a list of people between semicolons, the rest of an item's name once part of it
    was found: "Ek Åsa" (only "Åsa" found), "de la Cruz, Ramón" (only "Ramón")."""
    names = [s for s in spans if s.type == "NAME"]
    out: list[NameSpan] = []
    for item in _LIST_ITEM_RE.finditer(text):
        name = _ITEM_NAME_RE.match(text, item.start(1))
        if name is None or not any(name.start() <= s.start and s.end <= name.end()
                                   for s in names):
            continue
        for word in re.finditer(r"[^\s,]+", name.group()):
            a, b = name.start() + word.start(), name.start() + word.end()
            if text[b - 1] == ".":
                b -= 1
            if not taken.overlaps(a, b):
                out.append((a, b, b))
    return out


# A table's cells: parted by "|", a tab or a spaced dash ("2024-03-11 | AB | Ringde …",
# "Lgh 1106 – Hiroshi Tanaka – 2 nycklar").
_CELL_SEPARATOR_RE = re.compile(r"[ \t]*(?:\||\t|[ \t][–—-][ \t])[ \t]*")
# A cell that can hold a person: initials, or one to three capitalised words, maybe an initial
# first ("Ø. Haugen").
_PERSON_CELL_RE = re.compile(
    rf"[A-ZÅÄÖ]{{2,3}}|(?:{_U}\.[ \t]?)?{_U}{_LOW}+(?:[ \t-]+{_U}{_LOW}+){{0,2}}(?:[ \t]{_U}\.?)?")


def _no_name_word(word: str, finder: NameFinder) -> bool:
    """In a list of people, a word that is none: an everyday or dictionary word, a place or an
    organisation (any part of a hyphenated one; an initial is no word)."""
    return any(_plain_word(p) or p.lower() in finder.everyday or p.lower() in finder.places
               or p.lower() in finder.non_person for p in word.split("-") if len(p.rstrip(".")) > 1)


def _cells_with_names(cells: Sequence[tuple[int, int]], spans: list[Span]
                      ) -> list[tuple[int, int]]:
    """The cells of a list or a table that hold (part of) a name found."""
    names = [s for s in spans if s.type == "NAME"]
    return [c for c in cells if any(s.start < c[1] and c[0] < s.end for s in names)]


def _mostly_named(cells: Sequence[tuple[int, int]], spans: list[Span]) -> list[tuple[int, int]]:
    """The cells of a list that hold a name found, when two of them and half do (else none):
    then the others are likely names too."""
    named = _cells_with_names(cells, spans)
    return named if len(named) >= 2 and 2 * len(named) >= len(cells) else []


def _table_names(text: str, spans: list[Span], taken: _Taken) -> list[NameSpan]:
    """The cells of a table's column that holds people: its head names a person's role
    ("Handläggare"), or a name was found in one of its cells and the others are shaped as a
    name of two words or more, or in two cells and half of them and the others are one word.
    None is an everyday word, a place or an organisation."""
    finder = name_model()
    rows: list[list[tuple[int, int]]] = []
    pos = 0
    for line in text.split("\n"):
        cells, start = [], 0
        for m in _CELL_SEPARATOR_RE.finditer(line):
            cells.append((pos + start, pos + m.start()))
            start = m.end()
        cells.append((pos + start, pos + len(line)))
        rows.append(cells if len(cells) > 1 else [])
        pos += len(line) + 1
    out: list[NameSpan] = []
    width = max((len(r) for r in rows), default=0)
    for col in range(1, width + 1):  # counted from the right: a title may open the head
        # ("Uppföljning samtal | Datum | Handläggare | Kommentar" above "2024-03-11 | AB | …")
        cells = [r[-col] for r in rows if len(r) >= col and r[-col][1] > r[-col][0]]
        if len(cells) < 2:
            continue
        head = text[cells[0][0]:cells[0][1]].strip().lower()
        person_head = head.endswith(_AGENT_NOUN_ENDINGS) or head in _PERSON_LABELS or (
            head in _ROLE_ABBREVIATIONS)
        named = _cells_with_names(cells, spans)
        if not (person_head or named):
            continue
        many = len(named) >= 2 and 2 * len(named) >= len(cells) - person_head
        for a, b in cells[1:] if person_head else cells:
            if (a, b) in named or taken.overlaps(a, b):
                continue
            cell = _PERSON_CELL_RE.fullmatch(text, a, b)
            if cell is None:
                continue
            words = _CAP_WORD_RE.findall(cell.group())
            initials = cell.group().isupper() and len(cell.group()) <= 3
            if (initials and (cell.group() in _NOT_INITIALS and not person_head)) or any(
                    _no_name_word(w, finder) for w in words):
                continue
            if person_head or (" " in cell.group() and not initials) or many:
                out.append((a, b, a + len(cell.group().split()[0])))
    return out


# A contact list: lines of a name (one to three words, any case) and a phone number.
_CONTACT_ROW_RE = re.compile(
    rf"(?m)^[ \t]*(?:[-•*][ \t]+)?({_L}+(?:[ \t]+{_L}+\.?){{0,2}})[ \t]*[:,–-]?[ \t]*(?=[+\d])")


def _contact_list_names(text: str, spans: list[Span], taken: _Taken) -> list[NameSpan]:
    """In a list of lines that each give a name and then a phone number found, where two
    lines and half of them hold a name found, the other lines' words are names too, unless
    ordinary words: "tigist 072 845 0063" below "rasmus h 0737 …"."""
    phones = {s.start for s in spans if s.type == "PHONE"}
    rows = [r for r in _CONTACT_ROW_RE.finditer(text) if r.end() in phones]
    named = _mostly_named([r.span(1) for r in rows], spans) if len(rows) >= 3 else []
    finder = name_model()
    out: list[NameSpan] = []
    for r in rows if named else ():
        words = r.group(1).split()
        if r.span(1) not in named and not taken.overlaps(r.start(1), r.end(1)) and not any(
                _no_name_word(w, finder) or w.lower() in SWEDISH_FUNCTION_WORDS for w in words):
            out.append((r.start(1), r.end(1), r.start(1) + len(words[0])))
    return out


# A list of capitalised words in a sentence, parted by commas ("mån – Aija, Goran, Zeynep").
_CAP_LIST_RE = re.compile(
    rf"(?<![\w-]){_U}{_LOW}+(?:,[ \t]*{_U}{_LOW}+)+(?:[ \t]+(?:och|&|\+)[ \t]+{_U}{_LOW}+)?"
    r"(?![\w-])")
_CAP_WORD_RE = re.compile(rf"{_U}{_LOW}+")
_TASK_NAME_RE = re.compile(rf"(?<![\w-]){_LOW}+[ \t]+[–-][ \t]+({_U}{_LOW}+)(?![\w-])")


def _listed_with_names(text: str, spans: list[Span], taken: _Taken) -> list[NameSpan]:
    """In a list of capitalised words (:data:`_CAP_LIST_RE`), or of tasks each with its doer
    (:data:`_TASK_NAME_RE`), of which two and half are names found, the others are names
    too, unless an everyday or dictionary word, a place or an organisation: "Aija" in
    "Aija, Goran, Zeynep", "Siriporn" in "kassan – Siriporn, sortering – Rêbaz"."""
    finder = name_model()
    out: list[NameSpan] = []
    lists = [[(m.start() + w.start(), m.start() + w.end())
              for w in _CAP_WORD_RE.finditer(m.group()) if w.group() not in ("Och",)]
             for m in _CAP_LIST_RE.finditer(text)]
    if " – " in text or " - " in text:  # tasks and who does them: "kassan – Siriporn,
        # sortering – Rêbaz och Nasrin"
        lists.append([m.span(1) for m in _TASK_NAME_RE.finditer(text)])
    for items in lists:
        named = _mostly_named(items, spans)
        out += [(a, b, b) for a, b in items if named and (a, b) not in named
                and not taken.overlaps(a, b) and not _no_name_word(text[a:b], finder)]
    return out


# A roster: lines that open (maybe after a bullet or a number) with a name — a first name,
# maybe a surname or its initial — then a dash, a colon, a tab, a bracket or a tick and what
# the line says of the person, or nothing ("Lukas R – X", "Amina: sjuk", "3. Aapo (efternamn
# saknas)", "- Aras ✔").
_ROSTER_WORD = rf"{_U}{_LOW}+(?:-{_U}{_L}+)?"
_ROSTER_ROW_RE = re.compile(
    rf"(?m)^[ \t]*(?:[-•*][ \t]+|\d{{1,2}}[.)][ \t]*)?"
    rf"({_ROSTER_WORD}(?:[ \t]+(?:{_ROSTER_WORD}|{_U}\.?)){{0,2}})"
    r"[ \t]*(?:[–—-][ \t]|:[ \t]|\t|\(|[✔✓✗✘☑☒]|$)")


def _roster_names(text: str, spans: list[Span], taken: _Taken) -> list[NameSpan]:
    """In a roster (:data:`_ROSTER_ROW_RE`) where at least two rows and half of them open
    with a name already found, the other rows open with a name too: "Ivana M – X" below
    "Lukas R – X" and "Amina – X" — unless the word is an everyday or dictionary word, a
    place or an organisation ("Måndag – stängt")."""
    rows = list(_ROSTER_ROW_RE.finditer(text))
    named = _mostly_named([r.span(1) for r in rows], spans) if len(rows) >= 3 else []
    if not named:
        return []
    finder = name_model()
    out: list[NameSpan] = []
    for r in rows:
        if r.span(1) not in named and taken.overlaps(r.start(1), r.end(1)):
            continue
        words = r.group(1).split()
        label = words[0].lower()
        if r.span(1) in named:  # the rest of a name found in part: "Milan" before "Jovanović"
            if not any(_plain_word(w) or w.lower() in finder.everyday for w in words):
                out.append((r.start(1), r.end(1), r.start(1) + len(words[0])))
            continue
        if not (_no_name_word(words[0], finder) or label in _ROLE_ABBREVIATIONS
                or label in _PERSON_LABELS or label in _NOT_PERSON_LABELS):  # ("Sekr: Vilja
            # S": a label's row)
            end = r.end(1) if not any(_no_name_word(w, finder) for w in words[1:]) else (
                r.start(1) + len(words[0]))
            out.append((r.start(1), end, r.start(1) + len(words[0])))
    return out


# Initials standing for a person named in full elsewhere in the note, as case notes refer to
# people after the first mention: "Tomas Bjärehed … TB har ansökt", "Karl-Åke Mård … K-ÅM";
# and initials found once, said again ("förskolläraren, AK … AK känner familjen").
_INITIALS_TOKEN_RE = re.compile(r"[A-ZÅÄÖ](?<![\w-].)(?:-?[A-ZÅÄÖ]){1,3}(?![\w-])")


def _initials_echoes(text: str, spans: list[Span], taken: _Taken) -> list[NameSpan]:
    initials: set[str] = set()
    for s in spans:
        if s.type != "NAME":
            continue
        if _INITIALS_WORD_RE.fullmatch(s.text):
            initials.add(s.text)  # initials found once are the same person again
            continue
        words = [w for w in _NAME_WORD_RE.findall(s.text) if w[:1].isupper()]
        if len(words) == 1 and words[0].count("-") == 1 and all(
                p[:1].isupper() for p in words[0].split("-")):
            initials.add("".join(p[0] for p in words[0].split("-")))  # "Per-Olof … PO"
            continue
        if len(words) < 2:
            continue
        first = "-".join(p[0] for p in words[0].split("-") if p)
        rest = [w[0] for w in words[1:] if w.lower() not in PARTICLES]
        for letters in {first + "".join(rest), first + "".join(rest[:1])}:
            initials.add(letters.replace("-", ""))  # (and the first surname's alone, before a
            initials.add(letters)  # second: "M. Karlsson Yilmaz … MK")
    out: list[NameSpan] = []
    for m in _INITIALS_TOKEN_RE.finditer(text):
        if (m.group() in initials or m.group().replace("-", "") in initials) and not (
                taken.overlaps(m.start(), m.end())):
            out.append((m.start(), m.end(), m.end()))
    return out


def _echoes(text: str, spans: list[Span], taken: _Taken, mailboxes: bool = False
            ) -> list[NameSpan]:
    """A name said again in the same note: "Göran Wiklander ringde … Wiklander vill …".

    Every word of a name found (and each part of a hyphenated one, and each word of a
    personal e-mail address's name part, with ``mailboxes``: capitalised only) is a name
    wherever else it stands in the note, alone or in the genitive — unless it is an ordinary word
    (:data:`NOT_NAMES`, particles; a name found in lower case needs three letters), written
    in lower case where the name found was capitalised ("Per Ek … en ek"), or part of a
    place named after the person ("Olof Palmes gata"). Parts of a hyphenated name count
    from four letters ("Rask-Holmgren" → "Holmgren", but not "Maj" of "Gull-Maj").
    """
    found: dict[str, bool] = {}  # lower-cased word -> was it found capitalised
    mailbox_words: set[str] = set()  # (said again only capitalised)
    finder = name_model()
    for s in spans:
        if s.type != "NAME":
            continue
        words = [m.group() for m in _NAME_WORD_RE.finditer(s.text)]
        # a surname heard in two ("berg ström") is said again in one: "ja bergström"
        words += [a + b for a, b in zip(words, words[1:], strict=False)
                  if a.islower() and b.islower() and _lower_surname(a + b, finder)]
        if len(words) > 1 and len(last := words[-1]) >= 5 and last.endswith("s") and (
                not last.endswith("ss")):
            words.append(last[:-1])  # a full name in the genitive: "Hasse Bäcks … Bäck"
        elif (len(words) == 1 and len(words[0]) >= 5 and words[0].endswith("s")
              and words[0][:-1].lower() in finder.first_names):
            words.append(words[0][:-1])  # a first name in the genitive: "Tindras … Tindra"
        for w in words:
            parts = [w] + [p for p in w.split("-") if len(p) >= 4] if "-" in w else [w]
            for part in parts:
                key = part.lower()
                lower_case = not part[:1].isupper()
                if len(key) < 2 + lower_case or key in PARTICLES or _plain_word(part):
                    continue
                found[key] = found.get(key, False) or part[:1].isupper()
    for s in spans if mailboxes else ():
        if s.type != "EMAIL" or _functional_mailbox(s.text.lower()):
            continue
        parts = re.split(r"[._-]", s.text.split("@")[0])
        if len(parts) == 1 and not _WEBMAIL_RE.search(s.text.lower()):
            continue  # one word at an organisation's domain: "simhallen@kommun.se"
        for part in parts:
            key = part.lower().rstrip("0123456789")
            if (len(key) >= 3 and key.isalpha() and key not in PARTICLES
                    and not _plain_word(key) and key not in finder.places
                    and key not in _MAILBOX_NOT_NAMES and key not in found):
                found[key] = True  # "Vilja … vilja.sandberg@…": the mailbox's owner
                mailbox_words.add(key)
    if mailbox_words:  # (most stand in the address only: no need to read the note for them)
        lower = text.lower()
        in_mail = " ".join(s.text.lower() for s in spans if s.type == "EMAIL")
        for key in [k for k in mailbox_words if lower.count(k) <= in_mail.count(k)]:
            mailbox_words.discard(key)
            del found[key]
    if not found:
        return []
    out: list[NameSpan] = []
    long_names = sorted({w.lower() for s in spans if s.type == "NAME"
                         for w in s.text.split()
                         if len(w) >= 6 and w[0].isupper() and w[1:].islower() and w.isalpha()})
    by_deletion: dict[str, list[str]] = {}  # each long name under itself and its one-letter
    # deletions: a word one edit away shares one of them with it (made when first needed);
    # and it keeps the name's first two letters or its last two (a quick first look)
    ends = {k[:2] for k in long_names} | {k[-2:] for k in long_names}
    apostrophes = "'" in text or "’" in text
    for m in _NAME_WORD_RE.finditer(text):
        w = m.group()
        key = w.lower()
        base = key[:-1] if key.endswith("s") and key[:-1] in found else key
        if apostrophes and key.endswith(("'s", "’s")) and key[:-2] in found:
            base = key[:-2]  # "Ruben … Ruben's mamma"
        if (long_names and len(key) >= 6 and w[0].isupper() and base not in found
                and (key[:2] in ends or key[-2:] in ends) and key not in finder.everyday
                and key not in finder.places and key not in finder.non_person and _is_cap(w)
                and not _plain_word(w)):
            if not by_deletion:
                for k in long_names:
                    for variant in {k} | {k[:i] + k[i + 1:] for i in range(len(k))}:
                        by_deletion.setdefault(variant, []).append(k)
            base = _near_name(key, by_deletion) or base  # mistyped the second time:
            # "Abdirahman … Abdirahmn"
        if base not in found or taken.overlaps(m.start(), m.end()):
            continue
        if found[base] and not w[:1].isupper() and (
                base in mailbox_words or not (
                    len(base) >= 4 and (name := base.capitalize()) in FIRST_NAMES
                    and name not in AMBIGUOUS_FIRST_NAMES and base not in NOT_LOWER_ECHO)) and (
                base == key or not _OWNED_RELATION_AFTER_RE.match(text, m.end())):
            continue  # "Per Ek … en ek"; but "Linnea Skog … linnea nås", "Sanna … sannas
            # kollega"
        after = _WORD_AFTER_RE.match(text, m.end())
        if (after is not None and after.group(1).endswith("s")
                and _NAMED_PLACE_RE.match(text, after.end())):
            continue  # "Olof" in "Olof Palmes gata": a place
        out.append((m.start(), m.end(), m.end()))
    return out


def _near_name(word: str, by_deletion: dict[str, list[str]]) -> str | None:
    """A name found that ``word`` is one edit away from, looked up by their shared
    one-letter deletions (linear in the note, however many names it holds)."""
    for variant in [word] + [word[:i] + word[i + 1:] for i in range(len(word))]:
        for name in by_deletion.get(variant, ()):
            if _one_edit(word, name):
                return name
    return None


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter left out, added, changed or two swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    return a[i + 1:] == b[i + 1:] or (
        i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:])


# A relative or a colleague after a genitive: "sannas kollega", "Kalles mamma".
_OWNED_RELATION_AFTER_RE = re.compile(
    rf"[ \t]+(?:{trie_regex(frozenset(_RELATIONS_OWNED.split()))})\b")


# Relatives and roles, whose word may open a mailbox's name ("farmor.gunvor@…") and stays
# a word.
_MAILBOX_NOT_NAMES = _RELATION_WORDS | frozenset(_CHAT_RELATIONS)


# Two or three capitalised words just before an identity number, as a list or form gives a
# person: "Amina Farah 199104233382, Jöns Ekstrand 19770918-5519", "Bat-Erdene Tsogt, 861105
# 5537".
_NAME_BEFORE_NUMBER_RE = re.compile(
    rf"(?<![\w-])({_U}{_LOW}+(?:-{_U}{_LOW}+)?(?:[ \t]+{_U}{_LOW}+(?:-{_U}{_LOW}+)?){{1,2}})"
    r"[ \t]*[,:]?[ \t]*$")


# A first name and one or two surnames, then a comma and an address found: "Brev från Máret
# Labba, Sjöbrinken 2, 981 38 Kiruna".
_NAME_BEFORE_ADDRESS_RE = re.compile(
    rf"(?<![\w-])({_U}{_LOW}+(?:-{_U}{_LOW}+)?)[ \t]+"
    rf"((?:{_U}{_LOW}+(?:-{_U}{_LOW}+)?[ \t]+)?{_U}{_LOW}+(?:-{_U}{_LOW}+)?),[ \t]*$")


_LABEL_BEFORE_RE = re.compile(rf"({_U}{_LOW}+)[ \t]*:[ \t]*$")


def _names_before_addresses(text: str, spans: list[Span]) -> list[NameSpan]:
    """:data:`_NAME_BEFORE_ADDRESS_RE` before an address found, the first word ranked as a
    first name somewhere (or any, after a person's label), no word an everyday word, street,
    place or organisation."""
    finder = name_model()
    found = []
    for s in spans:
        m = _NAME_BEFORE_ADDRESS_RE.search(text, max(0, s.start - 60), s.start) if (
            s.type == "ADDRESS") else None
        if m is None:
            continue
        label = _LABEL_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        if not (_first_name_somewhere(m.group(1), finder) or (
                label is not None and (label.group(1).lower().endswith(_AGENT_NOUN_ENDINGS)
                                       or label.group(1).lower() in _PERSON_LABELS))):
            continue  # (after a person's label any name: "Mottagare: Nyamal Deng Chol, c/o …")
        if not any(_plain_word(w) or _street_word(w) or w.lower() in finder.everyday
                   or w.lower() in finder.places or w.lower() in finder.non_person
                   for w in [m.group(1), *m.group(2).split()]):
            found.append((m.start(1), m.end(2), m.end(1)))  # ("Nyamal Deng Chol, c/o …")
    return found


def _names_before_identity_numbers(text: str, spans: list[Span]) -> list[NameSpan]:
    """Every word no ordinary word, place or organisation's (:func:`_plain_word`), and the
    first a name on some list."""
    finder = name_model()
    found = []
    for s in spans:
        if s.type != "PNR":
            continue
        m = _NAME_BEFORE_NUMBER_RE.search(text, max(0, s.start - 60), s.start)
        if m is None:
            continue
        words = re.split(r"[ \t]+", m.group(1))
        lows = [w.lower() for w in words]
        if (not any(_plain_word(w) for w in words)
                and not any(w in finder.places or w in finder.everyday for w in lows)
                and all(p in finder.names or finder.rank_code(p) != "00"
                        for p in lows[0].split("-"))):
            found.append((m.start(1), m.end(1), m.start(1) + len(words[0])))
    return found


# Initials between two parts of one name: "Lars G Brandt", "Lars E O Svensson".
_INITIALS_GAP_RE = re.compile(rf"(?:[ \t]{_U}\.?){{1,3}}[ \t]")


def _bridge_initials(text: str, spans: list[Span]) -> list[Span]:
    """Two names with only initials between them are one name ("Lars G Brandt")."""
    out = [spans[0]]
    for s in spans[1:]:
        last = out[-1]
        if (last.type == s.type == "NAME"
                and _INITIALS_GAP_RE.fullmatch(text, last.end, s.start) is not None):
            out[-1] = Span("NAME", last.start, s.end, text[last.start:s.end])
        else:
            out.append(s)
    return out


# A place named after a person, without a house number: "Olof Palmes gata", "Raoul
# Wallenbergs torg", "Astrid Lindgrens värld" (with a number it is an address and stays
# redacted).
_NAMED_PLACE_RE = re.compile(
    r"[ \t]+(?:plan(?![ \t]+(?:är|var|blir|har|gick|för|att|om)\b)"  # not "vårdplan"
    rf"|{_LOW}*(?:gata|gatan|väg|vägen|plats(?![ \t]+(?:på|hos)\b)|platsen|torg|torget|allé"
    r"|park|parken|stig|gränd"  # ("Ebbas plats på förskolan" is hers)
    r"|skola|skolan|gymnasium|gymnasiet|sjukhus|sjukhuset|bro|bron|hall|hallen|kyrka|kyrkan"
    r"|kapell|kapellet|museum|museet|bibliotek|biblioteket|teater|teatern|stadion|värld|världen"
    r"|arena|arenan|institut|institutet|stiftelse|stiftelsen|fond|fonden|stipendium"
    r"|stipendiet|pris|priset|trappor|trappa|trappan|backe|backen|lund|lunden|äng|ängen"
    r"|hage|hagen|udde|udden|brygga|bryggan|sal|salen|kulle|kullen|holme|holmen|damm|dammen"
    r"|terrass|terrassen|konferensrum|konferensrummet|sammanträdesrum|sammanträdesrummet"
    r"|mötesrum|mötesrummet)"  # ("Sagas konferensrum": a room named after someone)
    r"|gård|gården|gång|gången|dag|dagen"  # (not "trädgård", "bortgång", "idag"; "Sillens
    # dag" is a festival)
    rf"|{_LOW}+boendet?)s?\b"  # "Rosens äldreboende"; "Karins boende" is hers
    # (a number, but "skola 12 mars", "plats 3/6": a date; "torg 13.15": a time)
    rf"(?![ \t]*\d(?![\d]*(?:[ \t]+(?i:{_MONTHS})\b|/\d|\.[0-5]\d(?!\d))))")


def _capitals_start(text: str, start: int) -> int:
    """Where the run of capitalised words ending at ``start`` begins ("Carl " before
    "Gustafs")."""
    while (m := _CAP_WORD_BEFORE_RE.search(text, max(0, start - 30), start)) is not None:
        start = m.start(1)
    return start


# A book by or about someone, a brand: the name is an author's, a public person's or a firm's.
_WORK_OR_BRAND_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:(?:bok|boken|böcker|böckerna|roman|romanen|biografi|biografin)[ \t]+(?:av|om)"
    r"|märket|märke|modell|modellen)[ \t]+$")  # ("en duschvägg modell Linn")


# A street's noun and a house number after a genitive: "… Carl Gustafs väg 4".
_STREET_NOUN_NUMBER_RE = re.compile(
    r"[ \t]+(?:gata|gatan|väg|vägen|plats|platsen|torg|torget|allé|gränd|stig)[ \t]+\d")


# A place's name written as one word with the name it honours before it: "Ebba
# Hallqvistskolan", "Greta Arwidssons park" is the genitive rule's.
_PLACE_AFTER_NAME_RE = re.compile(
    rf"[ \t]+{_U}{_LOW}+(?:skolan|gymnasiet|gatan|vägen|parken|torget|platsen|hallen|badet"
    r"|gården|terminalen|stationen)s?\b"
    r"(?![ \t]*\d)")
# A place's noun in lower case straight after a name, no genitive between: the name is the
# place's ("Åsa kyrka", "Norrby skola", "Hedvig kapell"), in the genitive too ("Sofia
# kyrkas mur").
_PLACE_NOUN_AFTER_RE = re.compile(
    r"[ \t](?:kyrka|kyrkan|kyrkogård|kapell|kapellet|skola|skolan|förskola|gymnasium|park"
    r"|parken|torg"
    r"|torget|gård|gården|sjukhus|bibliotek|biblioteket|museum|museet|station|stationen"
    r"|hållplats|bad(?![ \t]+(?:om|mig|mej|oss|dig|er|dem|honom|henne|hen|att)\b)|badet|hamn"
    r"|hamnen|rummet|salen|huset|stugan|terrassen)s?\b")  # ("som Petra bad om": a verb)
# A parish's noun after a name, its hall's too: "Johannes församling", "Hedvig Eleonora
# församlingshem", "Adolf Fredriks församlingsgård".
_PARISH_AFTER_RE = re.compile(r"[ \t]+församling[^\W\d_]*")
# The first part of a compound whose second part follows "och" ("Mark- och
# exploateringsenheten", "Svea- och Götaland"): a word, no name.
_COMPOUND_PART_AFTER_RE = re.compile(r"-[ \t]+(?:och|eller|samt|resp\.?|respektive)[ \t]")
_AB_BEFORE_RE = re.compile(r"(?<![\w-])AB[ \t]+$")
# A genitive written with a colon, maybe after a king's number: "Karl XII:s", "FN:s".
_COLON_GENITIVE_RE = re.compile(r"(?:[ \t]+[IVXL]+)?:s(?![\w-])")
# ... and after a whole name, a school's or a church's noun ("Gustav Vasa skola", "Katarina
# gymnasium"; not "Fatuma Warsame bad", a verb; a parish's, "Hedvig Eleonora
# församlingshem", is :data:`_PARISH_AFTER_RE`'s, after any name).
_SCHOOL_NOUN_AFTER_RE = re.compile(
    r"[ \t](?:skola|skolan|förskola|gymnasium|gymnasiet|kyrka|kyrkan|kapell|kapellet)s?\b")
# A surname in the genitive after a first name found alone ("ebbe nilssons plats").
_GENITIVE_AFTER_RE = re.compile(rf"[ \t]+({_L}+)s\b")


# A company's form after a name, at most two words on ("Mats Gröna Händer AB", "Lindberg &
# Co AB", "Jönsson & Söner", "Elektro-Hansson i Vara AB", "Holm & Saarinen AB"), and a
# chain's name before a shop-keeper's ("ICA Nära Jonssons").
_COMPANY_AFTER_RE = re.compile(
    rf"(?:[ \t]+(?:i[ \t]+|&[ \t]+)?{_U}{_LOW}+){{0,2}}[ \t]+(?:AB|HB|KB)(?![-\w])"
    r"|[ \t]*&[ \t]*(?:Co|Söner|Son|Dotter|Döttrar|Partners?)\b")
_CHAINS_BEFORE = (r"(?:(?:ICA|Ica)(?:[ \t]+(?:Nära|Kvantum|Supermarket|Maxi))?|Hemköp"
                  r"|Coop(?:[ \t]+(?:Nära|Extra|Forum|Konsum))?"
                  r"|Tempo|Handlar'n|Matöppet|Preem)[ \t]+")
_CHAIN_BEFORE_RE = re.compile(rf"(?<![\w-]){_CHAINS_BEFORE}$")
# ... and a span that opens with a chain's name is the shop's: "Ica Nära Hamnen", "Preem Marin".
_CHAIN_OPENING_RE = re.compile(_CHAINS_BEFORE)


_NUMBER_BEFORE_RE = re.compile(r"\d[ \t]$")
# A firm's word closing a compound: "Hembageri", "Stadsåkeri", "Fönstermåleri".
_COMPOUND_FIRM_TAILS = tuple(sorted(t for t in ORGANISATION_TAILS
                                    if len(t) >= 5 and t != "arena"))  # (not "Karena")
# A capitalised word ending so names a firm, and the capitalised word after it the firm's
# place or branch: "Tolkservice Väst", "Städservice Norr", "Hemtjänst Viking".
_FIRM_WORD_ENDS = ("service", "konsult", "transport", "bygg", "städ", "tjänst")


def _company_span(span: str) -> bool:
    """Two or more words ending in a company word that no surname list holds ("Svea Bank",
    "Wasa Kredit"), or in any company word after a genitive ("Hassans Grill")."""
    words = span.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    tail = words[-1].lower()
    if tail not in ORGANISATION_TAILS and tail.removesuffix("s") in ORGANISATION_TAILS:
        tail = tail[:-1]  # "Svenssons Bageris tält"
    if tail.endswith(_COMPOUND_FIRM_TAILS):
        return True  # "Elsas Hembageri": a compound on a firm's word is no surname
    return tail in ORGANISATION_TAILS and (
        words[-2].endswith("s") or tail not in name_model().surnames)


# A route between two places joined by an en dash: "linjen Alby–Tumba", "Umeå—Vasa".
_ROUTE_AFTER_RE = re.compile(rf"[–—]({_U}{_LOW}+)")
_ROUTE_BEFORE_RE = re.compile(rf"(?<![\w-])({_U}{_LOW}+)[–—]$")
# A trade's noun after a whole name in the genitive: the firm's ("Nils Holgerssons bageri").
_TRADE_AFTER_RE = re.compile(
    r"[ \t]+(?:bageri|konditori|pizzeria|åkeri|måleri|snickeri|chark|kemtvätt|bistro|krog"
    r"|grill|café|kafé|restaurang|salong|optik|bokhandel|blomsterhandel|järnhandel|cykelverkstad"
    r"|bilverkstad|trafikskola|begravningsbyrå)\b")


# An association's or a school's noun closing a compound, indefinite (the definite forms end
# :data:`ORGANISATION_SUFFIXES`): "Ridklubb", "Ryttarsällskap", "Elementarskola".
_ASSOCIATION_TAILS = ("klubb", "sällskap", "förening", "förbund", "akademi", "orkester",
                      "ensemble", "gille", "stiftelse", "institut", "skola", "allians")


def _compound_noun_last(span: str) -> bool:
    """Two or more words, the last a compound on an association's noun
    (:data:`_ASSOCIATION_TAILS`, "Ronja Ridklubb", "Lindesbergs Ryttarsällskap") that is on no
    surname list: an organisation's name."""
    words = span.split()
    if len(words) < 2 or not _is_cap(words[-1]):
        return False
    low = words[-1].lower()
    return (low.endswith(_ASSOCIATION_TAILS) and len(low) > 6
            and low not in name_model().surnames)


_REST_OF_NAME_RE = re.compile(r",[ \t]*(?=[^\W\d_])")
_ATTENDED_AFTER_RE = re.compile(r"[ \t]+(?:skola|förskola|förskoleklass|klass|fritids)\b")


def _add_names(text: str, names: list[NameSpan], taken: _Taken,
               add: Callable[[str, int, int], None], echoes: bool = False) -> None:
    """Add the names found, less those that are part of a place's, a firm's or a thing's
    name. ``echoes``: the names are said again of someone found in the note, and one in
    the genitive before a school is that person's ("Yasin … Yasins skola")."""
    dashes = "–" in text or "—" in text
    for start, end, end1 in sorted(names, key=lambda s: (s[0], -s[1])):
        if (text[end - 1:end] == "s" and _NAMED_PLACE_RE.match(text, end) and not (
                echoes and _ATTENDED_AFTER_RE.match(text, end))) or (
                (colon := _COLON_GENITIVE_RE.match(text, end))
                and _NAMED_PLACE_RE.match(text, colon.end())):
            continue  # "Olof Palmes gata", "Karl XII:s torg"
        if _WORK_OR_BRAND_BEFORE_RE.search(text, max(0, start - 24), start):
            continue  # "en bok av Astrid Lindgren", "ett ur av märket Daniel Wellington"
        if (text[end - 1:end] == "s" and _STREET_NOUN_NUMBER_RE.match(text, end)
                and _organisation_before(text, _capitals_start(text, start))):
            continue  # "Socialförvaltningen, Carl Gustafs väg 4": an office's street
        genitive = _GENITIVE_AFTER_RE.match(text, end)
        if _PARISH_AFTER_RE.match(text, end):
            continue  # "Johannes församling", "Adolf Fredriks församling": a parish
        if text[end - 1:end] != "s" and (
                " " not in text[start:end] and _is_cap(text[start:end])
                and _PLACE_NOUN_AFTER_RE.match(text, end)
                or all(_is_cap(w) for w in text[start:end].split())
                and _SCHOOL_NOUN_AFTER_RE.match(text, end)):
            continue  # "busshållplatsen Åsa kyrka", "Norrby skola": a place's name
        if (genitive is not None
                and (" " not in text[start:end] or _is_cap(genitive.group(1))
                     and all(_is_cap(w) for w in text[start:end].split()))
                and (_is_cap(genitive.group(1))
                     or genitive.group(1).lower() in name_model().surnames)
                and _NAMED_PLACE_RE.match(text, genitive.end())):
            continue  # "vid ebbe nilssons plats", "Anna-Greta Lunds gata", "Per Albin
            # Hanssons väg": the first names of a place's
        if taken.overlaps(start, end):
            part = taken.end_at(start)
            rest = _REST_OF_NAME_RE.match(text, part) if part is not None and part < end else None
            if rest is not None and rest.end() < end and not taken.overlaps(rest.end(), end):
                add("NAME", rest.end(), end)  # "HYRESGÄST: KARLSSON, BO-GÖRAN": the first
                # name after a surname found first by another rule
                continue
            # "Mvh Zoran Storgatan 5", "Ida Forsberg ida23@live.se": the words before the span
            # already taken
            end = max([end1] + [start + m.end() for m in _WORDS_RE.finditer(text[start:end])
                                if not taken.overlaps(start, start + m.end())])
            while end > end1 and text[end - 1] in ",;:":
                end -= 1  # ("Sköld, Margareta": the comma is not the name's)
        else:
            longer = _extend_name(text, end)
            if not taken.overlaps(start, longer):
                end = longer
        after = _WORD_AFTER_RE.match(text, end)
        if (after is not None and after.group(1)[:1].isupper()
                and (after.group(1).lower() in ORGANISATION_TAILS
                     or after.group(1).lower().removesuffix("s") in ORGANISATION_TAILS
                     or after.group(1).lower().endswith(_COMPOUND_FIRM_TAILS))
                and not (after.group(1).lower() in PARTICLES
                         and _NEXT_CAP_WORD_RE.match(text, after.end()))):
            continue  # "Lisa Larssons Bageri", "Nilssons Bygg", "Svenssons Bageris tält": a
            # company; "… El Amrani" not
        if _firm_after_genitive(text, start, end, after.group(1) if after else ""):
            continue  # "Bergmans Bokhandel", "Kurt Lindbergs Trafikskola"
        if (_COMPOUND_PART_AFTER_RE.match(text, end) or _COMPOUND_AFTER_RE.match(text, end)
                or _AB_BEFORE_RE.search(text, max(0, start - 4), start)):
            continue  # "Mark- och exploateringsenheten": half of a compound; "Ingrid
            # Marie-äppelträden": the first word of a thing's name; "Bostads AB Mimer": a
            # firm's
        if " " not in text[start:end] and _ordinary_word_opening(text, start, end):
            continue  # "Stig inte upp på kärlen", "Ljung och ris räknas som…", "Ros och ris"
        if " " not in text[start:end] and _in_a_list_of_places(text, start, end):
            continue  # "kvotflyktingar från Kenya, Uganda och Libanon"
        owner = _CAP_WORD_BEFORE_RE.search(text, max(0, start - 30), start)
        if (owner is not None and " " not in text[start:end] and _listed_genitive(owner.group(1))
                and _firm_after_genitive(text, owner.start(1), owner.end(1), text[start:end])):
            continue  # "Bengtssons Djurklinik": the model took the firm's word alone
        if _PLACE_AFTER_NAME_RE.match(text, end) or (
                " " in text[start:end] and _PLACE_AFTER_NAME_RE.match(
                    text, text.rindex(" ", start, end), end)):
            continue  # "Ebba Hallqvistskolan": a school named after her (not "Ida Ekgatan 5"),
            # found beside the name or in it ("Hjalmar Lundbohmsgården")
        if " " not in text[start:end] and dashes and (
                (route := _ROUTE_AFTER_RE.match(text, end))
                or (route := _ROUTE_BEFORE_RE.search(text, max(0, start - 30), start))
                ) and route.group(1).lower() not in name_model().first_names:
            continue  # "linjen Alby–Tumba": a route between places ("Anna–Karin" is a name)
        if (text[end - 1:end] == "s" and _TRADE_AFTER_RE.match(text, end) and (
                " " in text[start:end]
                or not (text[start:end - 1] in FIRST_NAMES
                        or _ranked_first_name(text[start:end - 1], name_model())))):
            continue  # "Nils Holgerssons bageri", "Anderssons konditori": a firm named after
            # someone ("Annas café" may be hers)
        if (text[start:end].rpartition(" ")[2] in _COMPASS_WORDS and not any(
                p in name_model().first_names
                for p in text[start:end].partition(" ")[0].lower().split("-"))):
            continue  # "Gatuljus Nord", "Hemtjänst Väst": a unit and its district
        if " " not in text[start:end] and _CLUB_AFTER_RE.match(text, end):
            continue  # "Norrby IF": a sports club named after its place
        if _compound_noun_last(text[start:end]):
            continue  # "Ronja Ridklubb", "Lindesbergs Ryttarsällskap": a club's name
        if _company_span(text[start:end]) or _COMPANY_AFTER_RE.match(text, end) or (
                _CHAIN_BEFORE_RE.search(text, max(0, start - 20), start)):
            continue  # "Svea Bank", "Omsorgshuset Lindberg & Co AB", "ICA Nära Jonssons"
        initial = _LEADING_INITIAL_RE.search(text, max(0, start - 6), start)
        if initial is not None and not taken.overlaps(initial.start(), start):
            start = initial.start()  # "K. Lundgren"
        add("NAME", start, end)


# A reference number's word shortly before ("OCR-nummer på hyresavin: 8306214471").
_REFERENCE_BEFORE_RE = re.compile(
    r"(?i:ocr|nummer|\bnr\b|faktur|\bavi|konto|ärende|dnr|kund(?:n|-?nr|id)|order|referens"
    r"|\bid\b|målnr"
    r"|bankgiro|plusgiro|\bbg\b|\bpg\b)")
_DASHED_DATE_PNR_RE = re.compile(
    r"(?<![\w-])((?:19|20)(?=\d\d[-.]))?(\d\d)([-.])(\d\d)\3(\d\d)-(\d{4})(?![\w-])")
# After an identity number's word, its last four with a letter read by OCR for a digit
# ("760812-44S1": S for 5, O for 0, I or l for 1, B for 8).
_OCR_PNR_HINT_RE = re.compile(r"[\d-][OSIlB]")
_OCR_PNR_RE = re.compile(r"(?<![\w-])(?:19|20)?(\d{6})[-+]?([\dOSIlB]{4})(?![\w-])")
_CENTURY_BEFORE_RE = re.compile(r"(?<![\w-])(?:19|20)[ \t]$")


def _time_like(hhmm: str) -> bool:
    return int(hhmm[:2]) < 24 and int(hhmm[2:]) < 60


def _loose_pnr_ok(raw: str) -> bool:
    digits = "".join(c for c in raw if c.isdigit())
    if len(digits) >= 12 and digits[:2] in ("19", "20"):
        return _date_ok(digits[2:8])
    return len(digits) <= 11 and _date_ok(digits[:6])


def _find_pnr(text: str, add: Callable[[str, int, int], None]) -> None:
    for m in _PNR_RE.finditer(text):
        date, sep, tail = m.group(1).replace(" ", "").replace("\t", ""), m.group(2), m.group(3)
        before = text[max(0, m.start() - 30):m.start()]
        cue = bool(_PNR_CUE_RE.search(before))
        if _ORG_NO_CUE_RE.search(before) and _date_ok(date[-6:]):
            cue = True  # a sole trader's "org.nr" is the owner's personnummer (a company's
            # has month 20-99)
        if _NOT_PNR_CUE_RE.search(before) and not cue:
            continue
        short = date[-6:]
        if len(date) == 8 and date[:2] not in ("19", "20"):
            continue
        if len(tail) == 3 and not cue:
            continue
        digits = short + tail
        if not _date_ok(short):
            continue
        if len(date) == 6 and sep is None and short.startswith(_MOBILE_PREFIX) and not cue:
            continue  # 07x xxx xx xx without separators: a mobile number
        # ten digits that are no phone (a phone starts with 0): "3604181289" after a name
        bare = (len(date) == 6 and sep is None and len(tail) == 4 and short[0] != "0"
                and not _REFERENCE_BEFORE_RE.search(text, max(0, m.start() - 25), m.start()))
        if (sep is not None and sep.isspace() and len(date) == 6 and not cue
                and (date[0] == "0" or not luhn_ok(digits))):
            continue  # "790101 1234" is more often a phone than an identity number (but a
            # phone starts with 0, and a valid check digit makes "451203 0417" one)
        # with a dash or plus a date-valid number is an identity number even when its check
        # digit is wrong (mistyped, or made up on a form); organisation numbers are no date
        # (month 20-99) and number series are ruled out by their cue words above
        dashed = sep is not None and not sep.isspace()
        # with the century a date-valid number is one too ("199203118822"), unless it can be
        # a recent time stamp ("202403151430", "20240701-0930")
        recent_stamp = _time_like(tail) and (
            len(date) == 8 and date >= "2015"
            or len(date) == 6 and "15" <= date[:2] <= "29" and sep != "+"
            and not luhn_ok(digits))  # ("230614+2207": a plus is for the age of 100)
        if recent_stamp and not cue and not _named_in_sentence(text, m.start(),
                                                               numbers_between=True):
            continue  # "Loggpost 20240701-0930", "250114-0932" (no valid check digit): a stamp
            # (not "Mitt personnr är 890331-4702 och barnets 230918-2245")
        century = len(date) == 8 and len(tail) == 4
        if cue or (len(tail) == 4 and (dashed or century or bare or luhn_ok(digits))):
            start = m.start()
            split = _CENTURY_BEFORE_RE.search(text, max(0, start - 4), start)
            if len(date) == 6 and split is not None:
                start = split.start()  # "19 650228 – 0394": the century typed apart
            add("PNR", start, m.end())
    for m in _DASHED_DATE_PNR_RE.finditer(text):  # "68-04-17-2268", "88.04.21-6615",
        date, tail = m.group(2) + m.group(4) + m.group(5), m.group(6)  # "2022-09-30-3315"
        if _date_ok(date) and not (m.group(1) and _time_like(tail)
                                   and not luhn_ok(date + tail)):  # (not "2024-07-01-0930")
            add("PNR", m.start(), m.end())
    for m in _OCR_PNR_RE.finditer(text) if _OCR_PNR_HINT_RE.search(text) else ():
        if (not m.group(2).isdigit() and sum(c.isdigit() for c in m.group(2)) >= 2
                and _date_ok(m.group(1))
                and _PNR_CUE_RE.search(text, max(0, m.start() - 40), m.start())):
            add("PNR", m.start(), m.end())
    for m in _LOOSE_PNR_RE.finditer(text):  # after the well-formed ones, which it may overlap
        if _loose_pnr_ok(m.group()) and (
                _PNR_CUE_RE.search(text, max(0, m.start() - 40), m.start())
                or _named_in_sentence(text, m.start()) or _slipped_pnr(text, m)
                or _mistyped_pnr(text, m)):
            add("PNR", m.start(), m.end())


def _slipped_pnr(text: str, m: re.Match) -> bool:
    """``m`` (a loose number) is shaped like an identity number typed with a space astray
    (:data:`_DATE_DASH_RE`), and no invoice's or account's word stands before it."""
    raw = m.group()
    return (" " in raw or "\t" in raw) and _DATE_DASH_RE.match(raw) is not None and not (
        _NOT_PNR_CUE_RE.search(text, max(0, m.start() - 30), m.start()))


def _mistyped_pnr(text: str, m: re.Match) -> bool:
    """``m`` (a loose number) is a date and a dash with a digit too many after it
    ("520911-44262"), in a note that names an identity number, and no invoice's or account's
    word stands before it."""
    raw = m.group()
    return (_DATE_DASH_RE.match(raw) is not None and len(raw.split("-")[-1]) == 5
            and _PNR_WORD_RE.search(text) is not None
            and not _NOT_PNR_CUE_RE.search(text, max(0, m.start() - 30), m.start()))


def _named_in_sentence(text: str, pos: int, numbers_between: bool = False) -> bool:
    """The sentence before ``pos`` names an identity number, and no other number
    (``numbers_between``: it may, another identity number) or number's name ("ocr",
    "mobil") stands between that word and ``pos``."""
    before = text[max(0, pos - 100):pos]
    cut = max(before.rfind(". "), before.rfind("! "), before.rfind("? "), before.rfind("\n"))
    words = list(_PNR_WORD_RE.finditer(before, cut + 1))
    if not words:
        return False
    between = before[words[-1].end():]
    return not ((not numbers_between and any(c.isdigit() for c in between))
                or _NOT_PNR_CUE_RE.search(between) or _PHONE_CUE_RE.search(between))


def _dob_ok(date: str) -> bool:
    """A date of birth that can be a date: month 1-12 and day 1-31 in some order."""
    parts = [int(p) for p in re.findall(r"\d+", date)]
    if len(parts) == 1:  # 19850709, 850709
        digits = f"{parts[0]:06d}"[-6:]
        parts = [0, int(digits[2:4]), int(digits[4:6])]
    if len(parts) == 2:  # "9 juli 1985", "July 9, 1985"
        return 1 <= parts[0] <= 31
    a, b, c = parts
    return (1 <= b <= 12 and (1 <= c <= 31 or 1 <= a <= 31)) or (1 <= a <= 12 and 1 <= b <= 31)


def _find_dates_of_birth(text: str, lower: str, add: Callable[[str, int, int], None]) -> None:
    if not any(h in lower for h in _DOB_HINTS):
        return
    for m in _DOB_RE.finditer(text):
        if _dob_ok(m.group("date")):
            add("PNR", m.start("date"), m.end("date"))


def _phone_length_ok(raw: str) -> bool:
    n = sum(c.isdigit() for c in raw) - raw.count("(0)")  # "0046 (0)70 …": the 0 is not dialled
    if raw.startswith(("+", "00", "(+")):
        return 10 <= n <= 13
    return 8 <= n <= 10


def _is_mobile(raw: str) -> bool:
    digits = "".join(c for c in raw if c.isdigit())
    for country in ("0046", "46"):
        if raw.lstrip("(").startswith(("+", "00")) and digits.startswith(country):
            digits = "0" + digits[len(country):].removeprefix("0")
            break
    return digits.startswith(_MOBILE_PREFIX)


def _find_phones(text: str, add: Callable[[str, int, int], None]) -> None:
    if "+" in text or "00" in text:
        _find_foreign_phones(text, add)  # first: "+44 020 7946 0958" is one number
    pos = 0
    while (m := _PHONE_RE.search(text, pos)) is not None:
        start, raw = m.start(), m.group(0)
        pos = m.end()
        before = text[max(0, start - 25):start]
        if not _phone_length_ok(raw) and "\n" in raw and _phone_length_ok(
                line := raw[:raw.index("\n")].rstrip()):
            raw = line  # "1. Aleksander Nowak 073 551 20 84\n2. Nadia": the list goes on
            pos = start + len(raw)
        if not _phone_length_ok(raw):
            join = _PHONE_JOIN_RE.search(raw)  # two numbers in a row: keep the first
            if join is not None and _phone_length_ok(raw[:join.start()]):
                raw = raw[:join.start()]
                pos = start + len(raw)
            elif join is not None or not (_PHONE_WORD_CUE_RE.search(before) or (
                    _is_mobile(raw) and _PHONE_CUE_RE.search(before))):
                continue  # (one number, longer than a Swedish one, counts after a phone
                # word: "mobil är 0457 343 8812", a number abroad; a mobile after "ring"
                # with a digit too many: "ring 0736-114 92 08")
        if _NOT_PNR_CUE_RE.search(before) and not (
                _PHONE_CUE_RE.search(before)
                or _is_mobile(raw) and _PHONE_WORD_BEFORE_RE.search(before)):
            continue  # (but "Tfn till ref: 072 514 80 36" is a mobile)
        if _NUMBER_BEFORE_RE.search(before) and _DIGIT_AFTER_RE.match(text, start + len(raw)):
            continue  # "chip 752 094 100 771 230": the middle of a longer number's groups
        if _SERVICE_NUMBER_RE.match(raw) or (not _is_mobile(raw) and (
                _ORGANISATION_PHONE_CUE_RE.search(text, max(0, start - 40), start)
                or _SWITCHBOARD_RE.search(raw))):
            continue  # a business number (0771 …) or a switchboard: no one's own
        if (times := _TIME_RANGE_RE.fullmatch(raw.strip())) and times[2] > times[1]:
            continue  # "0815–0852": from one time to a later one
        if _DATE_OR_REF_RE.fullmatch(raw.strip()):
            if not (raw.startswith(_MOBILE_PREFIX) or _PHONE_CUE_RE.search(before)):
                continue  # a date or a plain reference number
        add("PHONE", start, start + len(raw))
    if "." in text:
        for m in _DOTTED_PHONE_RE.finditer(text):
            if 9 <= sum(c.isdigit() for c in m.group()) <= 10:
                add("PHONE", m.start(), m.end())
    if "467" in text:
        for m in _BARE_COUNTRY_MOBILE_RE.finditer(text):
            if not _NOT_PNR_CUE_RE.search(text, max(0, m.start() - 25), m.start()):
                add("PHONE", m.start(), m.end())


_DIGIT_AFTER_RE = re.compile(r"[ \t]\d")


# A mobile number with the country code and neither + nor 00, as a list exports it:
# "46707129984" (46, then a mobile's 7x and seven digits).
_BARE_COUNTRY_MOBILE_RE = re.compile(r"(?<![\w+-])467[02369]\d{7}(?![\w-])")


# A number written with full stops, in any grouping, also ending a sentence: "070.234.56.78",
# "0708.112.509" (9-10 digits; a date "01.02.2024" has eight).
_DOTTED_PHONE_RE = re.compile(r"(?<![\w.])0\d{1,3}(?:\.|-(?=\d+\.))\d{2,4}(?:\.\d{2,4}){1,2}"
                              r"(?!\w|\.\d)")  # (a dash first too: "0707-59.83.21")


def _find_foreign_phones(text: str, add: Callable[[str, int, int], None]) -> None:
    """8-15 digits after a + and a country code other than 46. Digits beyond the 15th belong
    to something else, from the last space on ("+1 415 555 0132 2024-01-15": a date)."""
    for m in _INTL_PHONE_RE.finditer(text):
        end = safe_end = m.start()
        digits = safe_digits = 0
        for g in _INTL_GROUP_RE.finditer(text, m.start(), m.end()):
            gap = text[end:g.start()]
            if gap.isspace():
                safe_end, safe_digits = end, digits
            if g.group() != "(0)":
                if digits + len(g.group()) > 15:
                    if not gap.isspace() and "/" not in gap:
                        end, digits = safe_end, safe_digits
                    break  # ("… 4461 / 0729-…": two numbers, the first ends at the slash)
                digits += len(g.group())
            end = g.end()
        if 8 <= digits <= 15 and not _NOT_PHONE_AFTER_RE.match(text, end):
            add("PHONE", m.start(), end)


# A word that is part of a street's name before it: "Stora Nygatan 5", "S:t Olofsgatan 2".
_STREET_PREFIX_RE = re.compile(
    rf"(?<![\w-])(?:{_STREET_PREFIXES}|Yttre|Inre|S:t|Sankt|St\.)[ \t]+$")
# The same in a note typed in lower case: "gamla landsvägen 98".
_LOWER_STREET_PREFIX_RE = re.compile(
    rf"(?<![\w-])(?:{_STREET_PREFIXES.lower()}|yttre|inre|sankt|sodra|ostra|vastra|ovre)"
    r"[ \t]+$")  # (the last four typed without å, ä, ö: "bor pa sodra ringvagen 41")
# A street named for its owner, in the genitive before a lower-case street word:
# "Kråkvilans gårdsväg 2", "Mjölnarens stig 4".
_OWNER_BEFORE_RE = re.compile(rf"{_U}{_LOW}{{2,}}s[ \t]$")


# A street's name cut short without a full stop, as typed during a call: "Storg 5 B",
# "Lärkg 22 lgh 1203", "sjöv 3 lgh 1101", "Ekgr. 7, 1 tr" (gata, väg, gränd).
_SHORT_STREET_RE = re.compile(rf"(?<![\w-])({_L}{{2,}}?(?:gr|vg|g|v))(\.)?[ \t]?({_HOUSE})")
_YEAR_RE = re.compile(r"(?:19|20)\d\d(?!\d)")
_FLAT_OR_FLOOR_RE = re.compile(r"(?i:lgh|lägenhet|tr\b|våning)")
# A town after the house number: "Kvarng. 4, Lysekil.", "Ripvägen 4, Kiruna (fritidshus)",
# "Ekvägen 12, Rättvik – kakelugn" (with a postnummer: _POSTORT).
_TOWN_AFTER_RE = re.compile(
    rf",[ \t]*(?!(?:{_NOT_NAMES_ALT})\b){_U}{_LOW}+"
    r"(?=[ \t]*(?:[.;,)(\n–—→]|:[ \t]|-[ \t]|$)"
    r"|[ \t]+(?:och|men|eller|från|till|mellan)[ \t])")  # ("…, Älvsbyn och", "fru Lindahl,
# Sjövägen 8, Mörsil: hon vill …", "Ekvägen 11, Lit från 8 till 12")
# ... in a note typed in lower case: "bor på kvarnbacken 3, sollentuna, och…"
_LOWER_TOWN_AFTER_RE = re.compile(
    rf",[ \t]*(?!(?i:{_NOT_NAMES_ALT})\b)[a-zåäö]{{3,}}(?=[ \t]*(?:[.;,)(\n–—→]|-[ \t]|$))")


# ... or closing the note or its line without a comma: "bor på lingonstigen 5 lerum".
_LOWER_TOWN_CLOSING_RE = re.compile(
    rf"[ \t]+(?!(?i:{_NOT_NAMES_ALT})\b)([a-zåäö]{{3,}})(?=[ \t]*[.!]?[ \t]*(?:\n|$))")


def _town_after(text: str, end: int, lower: bool) -> int:
    """Where an address ending at ``end`` ends with the town after it (:data:`_TOWN_AFTER_RE`;
    after a street typed in lower case, ``lower``, a town in either case: "ringvägen 41,
    Sandviken.", "kvarnbacken 3, sollentuna, och…")."""
    town = _TOWN_AFTER_RE.match(text, end)
    if town is None and lower:
        town = _LOWER_TOWN_AFTER_RE.match(text, end)
    if (town is None and lower and text[end - 1:end].isdigit()
            and (closing := _LOWER_TOWN_CLOSING_RE.match(text, end))
            and closing.group(1) not in SWEDISH_FUNCTION_WORDS
            and closing.group(1) not in name_model().everyday):
        town = closing  # (right after the house number; "4 procent" is no town)
    return end if town is None else town.end()


def _find_short_streets(text: str, add: Callable[[str, int, int], None]) -> None:
    """A word cut short to a street suffix before a house number: capitalised (with a full
    stop or five letters), or with a flat or floor after the number; never an everyday
    word, a place or organisation the news corpus names, or a listed first name."""
    finder = name_model()
    for m in _SHORT_STREET_RE.finditer(text):
        word, low = m.group(1), m.group(1).lower()
        if (low in finder.everyday or low in finder.non_person or low in finder.places
                or word.capitalize() in NOT_NAMES or word.capitalize() in FIRST_NAMES
                or low == "uppg" or low.startswith(_NOT_STREET_STEMS)):
            continue  # "Steg 2", "Göteborg 3–1", "Gustav 2", an entrance ("uppg. 2"),
            # "Studieväg 1"
        flat = _FLAT_OR_FLOOR_RE.search(m.group(3))
        if not flat and not (word[:1].isupper() and (m.group(2) or len(word) >= 5)):
            continue  # "Storg 5 B", "Ekgr. 7", "sjöv 3 lgh 1101"; not "Ring 112", "Prog 2"
        if not m.group(2) and low.endswith("ng"):
            continue  # "Återbetalning 1 250 kr", "Parkering 2": a noun, not "…g(atan)"
        if not flat and _YEAR_RE.match(m.group(3)):
            continue  # "Föreningsbidrag 2024": a year, not a house number
        if _COUNT_NEXT_RE.match(text, m.end()):
            continue  # "Storg 3 gånger"
        add("ADDRESS", m.start(), _town_after(text, m.end(), False))


_HOUR_BEFORE_RE = re.compile(r"(?<![\d.])(?:[01]?\d|2[0-3])$")
_MINUTES_RE = re.compile(r"\.[0-5]\d(?!\d|\.\d)")


def _clock_time_at(text: str, end: int) -> bool:
    """The number ending at ``end`` is an hour with its minutes after a stop ("13.15")."""
    return (text.startswith(".", end) and _MINUTES_RE.match(text, end) is not None
            and _HOUR_BEFORE_RE.search(text, max(0, end - 3), end) is not None)


_VISITING_AFTER_RE = re.compile(r"[ \t]*\([ \t]*[Bb]esöksadress[ \t]*\)")


def _find_addresses(text: str, add_any: Callable[[str, int, int], None], model: bool = True
                    ) -> None:
    visiting = "esöksadress" in text

    def add(kind: str, start: int, end: int) -> None:
        if not (_organisation_before(text, start)
                or visiting and _VISITING_AFTER_RE.match(text, end)):
            add_any(kind, start, end)  # (an address called a visiting one is an office's:
            # "Storgatan 12 (besöksadress)")

    if "," in text and _NORDIC_POSTCODE_HINT_RE.search(text):  # first: the whole address
        for m in _NORDIC_ADDRESS_RE.finditer(text):
            if not _plain_word(m.group(1)):  # not "Faktura 12, 2024 Stockholm"
                add("ADDRESS", m.start(), m.end())
    if model:
        _find_short_streets(text, add)
    for m in _ADDRESS_TAIL_RE.finditer(text):
        w = _WORD_START_RE.search(text, max(0, m.start() - 40), m.start())
        if w is None or (w.start() > 0 and (text[w.start() - 1].isalnum()
                                             or text[w.start() - 1] == "-")):
            continue
        if m.group("abbr") and not text[w.start()].isupper():
            continue  # "Storg. 12" yes, "gatubelysning. 2024" no
        if _PUBLIC_ROAD_RE.fullmatch(text, w.start(), m.end()):
            continue  # "riksväg 83", "länsväg 226": a numbered public road
        if m.group().lower().startswith("plan") and _AMOUNT_NEXT_RE.match(text, m.end()):
            continue  # "Avbetalningsplan 1 500 kr/mån", "betalningsplan 5 år": no address
        if _YEAR_NUMBER_RE.match(m.group()) or text[w.start():m.start()].lower().endswith(
                _NOT_STREET_STEMS):
            continue  # "Avfallsplanen 2025–2030": years; "studieväg 3"
        if _DAY_MONTH_AFTER_RE.match(text, m.end()):
            continue  # "Barnens dag i Stadsparken 12/5": a date at a place
        prefix = (_STREET_PREFIX_RE if text[w.start()].isupper() else _LOWER_STREET_PREFIX_RE
                  ).search(text, max(0, w.start() - 12), w.start())
        if prefix is None and text[w.start()].islower():
            prefix = _OWNER_BEFORE_RE.search(text, max(0, w.start() - 30), w.start())
        add("ADDRESS", prefix.start() if prefix else w.start(),  # (a town in lower case
            # after a street in a note typed in lower case: "bor pa Hagalundsgatan 22, solna")
            _town_after(text, m.end(), text[w.start()].islower() or text[:1].islower()))
    if ":" in text:
        for m in _LABELLED_ADDRESS_RE.finditer(text):
            add("ADDRESS", m.start(1), m.end(1))
    nature = [(m.start(), m.end()) for m in _NATURE_ADDRESS_RE.finditer(text)]
    if "bo" in text or "BO" in text or "Bo" in text:
        nature += [m.span("street") for m in _LIVES_AT_ADDRESS_RE.finditer(text)]
    if text[:1].islower():  # a note typed in lower case: "bor på ängsmarken 3"
        nature += [m.span("street") for m in _LOWER_NATURE_ADDRESS_RE.finditer(text)]
    for start, end in nature:
        if _COUNT_NEXT_RE.match(text, end) or _MONTH_NEXT_RE.match(text, end) or (
                _opens_sentence(text, start) and _LOWER_WORD_NEXT_RE.match(text, end)):
            continue  # "Skolgården 3 gånger i veckan", "på Kvarnholmen 2 dagar i rad",
            # "stugan på hästholmen 12-14 juli": days of a month
        add("ADDRESS", start, _town_after(text, end, text[start].islower()))
    regexes = [_NAMED_STREET_RE, _PREFIXED_STREET_RE, _BOX_RE, _POSTORT_RE]
    if _ADJECTIVE_STREET_HINT_RE.search(text):
        regexes.insert(2, _ADJECTIVE_STREET_RE)
    if _POSTNUMMER_HINT_RE.search(text):
        regexes.insert(regexes.index(_POSTORT_RE), _STREET_BEFORE_POSTORT_RE)
    if not _NAMED_STREET_HINT_RE.search(text):
        regexes.remove(_NAMED_STREET_RE)
    # "Ekeby kommun, Box 500, 263 80 Ekeby": an authority's address, no one's
    authority_boxes = [m.span() for m in _BOX_RE.finditer(text)
                       if _organisation_before(text, m.start(), comma=False)
                       ] if "ox" in text else []
    if "FE" in text:  # "Fakturaservice, FE 218, 105 69 Stockholm": an invoice address (the
        # FE numbers of the national scanning service serve organisations only)
        authority_boxes += [m.span() for m in _FE_ADDRESS_RE.finditer(text)]
    streets = (_NAMED_STREET_RE, _PREFIXED_STREET_RE, _ADJECTIVE_STREET_RE)
    for regex in regexes:
        for m in regex.finditer(text):
            if regex in (_NAMED_STREET_RE, _ADJECTIVE_STREET_RE) and (
                    _COUNT_NEXT_RE.match(text, m.end()) or text.startswith("/", m.end())
                    or _clock_time_at(text, m.end())):
                continue  # "Eva strand 2 gånger": a count; "Signe Perssons plats 3/6": a day;
                # "vid Gustav Adolfs torg 13.15": a time at a place
            if any(a < m.end() and m.start() < b for a, b in authority_boxes):
                continue
            add("ADDRESS", m.start(),
                _town_after(text, m.end(), False) if regex in streets else m.end())
    grammar = [_FLAT_STREET_RE] if _FLAT_HINT_RE.search(text) else []
    if _STREET_PREFIX_HINT_RE.search(text):
        grammar.append(_PREFIX_STREET_RE)
    for regex in grammar:
        for m in regex.finditer(text):
            if not (_plain_word(m.group(1)) or _COUNT_NEXT_RE.match(text, m.end())):
                prefix = _STREET_PREFIX_RE.search(text, max(0, m.start() - 12), m.start())
                add("ADDRESS", prefix.start() if prefix else m.start(), m.end())
    for regex in (_EN_ADDRESS_RE, _UK_POSTCODE_RE):
        for m in regex.finditer(text):
            if m.group("area") is None or m.group("area") in _UK_AREAS:
                add("ADDRESS", m.start(), m.end())
    if not (_ROMANCE_STREET_HINT_RE.search(text) or _FOREIGN_POSTCODE_HINT_RE.search(text)):
        return  # (a trie of the words: the pattern tried at every position cost 2 %, a
        # substring test per word a third of that)
    for m in _CONTINENTAL_ADDRESS_RE.finditer(text):
        before = text[m.start() - 1:m.start()]
        if not (before.isalnum() or before == "-" or _COUNT_NEXT_RE.match(text, m.end())):
            add("ADDRESS", m.start(), m.end())  # not "Via Posten 3 gånger"


def _find_numbers(text: str, lower: str, add: Callable[[str, int, int], None],
                  model: bool = True) -> None:
    digits_text = text
    if _OCR_HINT_RE.search(text):  # "07O-555 43 21", "l50923-2286", "6O2 14 Norrköping"
        digits_text = _OCR_NUMBER_RE.sub(_ocr_digits, digits_text)
    if _EASTERN_DIGIT_RE.search(digits_text):  # (same length: spans still fit the note)
        digits_text = digits_text.translate(_EASTERN_DIGITS)
    _find_pnr(digits_text, add)
    _find_dates_of_birth(text, lower, add)
    _find_phones(digits_text, add)
    shouting = not any(c.islower() for c in text)
    if shouting and (titled := _capitalised_caps(digits_text, text)) is not None:
        # "(BACKSTUGEVÄGEN 22, 443 31 LERUM)": its streets as if capitalised first, the
        # whole address at once

        def add_in_line(kind: str, start: int, end: int) -> None:
            nl = text.find("\n", start, end)  # ("… KIRUNA\nKOST: …": a label, no town)
            add(kind, start, end if nl < 0 else nl)

        _find_addresses(titled, add_in_line, model)
    _find_addresses(digits_text, add, model)
    if shouting and len(low := digits_text.lower()) == len(text):
        _find_addresses(low, add, model)  # "STÅR UTANFÖR TRASTVÄGEN 12": as if in lower case
    elif any(w in text for w in _CAPS_STREET_WORDS) and (
            titled := _capitalised_caps(digits_text, text)) is not None:
        # "… som: GORAN PETROVIC, STORGATAN 7B LGH 1203, 722 15 VÄSTERÅS": the words in
        # capitals as if capitalised
        _find_addresses(titled, add, model)


def _capitalised_caps(digits_text: str, text: str) -> str | None:
    """``digits_text`` with its words in capitals capitalised ("STORGATAN 7B" → "Storgatan
    7B") when it holds a street in capitals (:data:`_CAPS_STREET_RE`) and keeps ``text``'s
    length (so spans still fit the note); else None."""
    if _CAPS_STREET_RE.search(digits_text) is None:
        return None
    titled = _CAPS_WORD_RUN_RE.sub(lambda w: w.group().capitalize(), digits_text)
    return titled if len(titled) == len(text) else None


# A street's name in capitals before its number.
_CAPS_STREET_RE = re.compile(r"[A-ZÅÄÖ]{2,}(?:GATAN|VÄGEN|GRÄND|STIGEN|BACKEN|TORGET|PLAN|LEDEN"
                             r"|ALLÉN|STRÅKET|SLINGAN|VÄG|GATA)[ \t]+\d")
_CAPS_STREET_WORDS = ("GAT", "VÄG", "GRÄND", "STIG", "BACK", "TORG", "PLAN", "LED", "ALL",
                      "STRÅK", "SLING")
_CAPS_WORD_RUN_RE = re.compile(r"(?<![\w-])[A-ZÅÄÖÉÜ]{2,}(?![\w-])")
# A letter O typed (or read by OCR) for a zero and l or I for a one, inside a number: a
# token made of digits and those letters only, with a digit in it ("O7O", "2Ol40302",
# "l948", "47l"). Same length, so spans still fit the note.
_OCR_NUMBER_RE = re.compile(r"(?<!\w)[0-9OoIl]*\d[0-9OoIl]*(?!\w)")
_OCR_HINT_RE = re.compile(r"[OoIl0-9](?:(?<=\d)[OoIl]|(?<=[OoIl])\d)")
_OCR_DIGITS = str.maketrans("OoIl", "0011")
# Arabic-Indic and Persian digits, as a note quotes a number written by hand: "٠٧٠٥٥٢٨١٤٣".
_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_EASTERN_DIGIT_RE = re.compile("[٠-٩۰-۹]")


def _ocr_digits(m: re.Match) -> str:
    return m.group().translate(_OCR_DIGITS)

_MOBILE_WITHOUT_ZERO = ("70", "72", "73", "76", "79")


def number_pii(digits: str) -> str | None:
    """The type of personal data a number cell holds, or None.

    A spreadsheet stores ``198112189876`` or ``46701234567`` as a number, and drops the
    leading zero of ``0701234567`` (→ ``701234567``) and of a personnummer born 2000-2009.
    """
    if not (digits.isascii() and digits.isdigit()) or not 9 <= len(digits) <= 13:
        return None
    forms = [digits]
    if len(digits) == 9:
        forms.append("0" + digits)
    if digits.startswith("46"):
        forms.append("+" + digits)
    for form in forms:
        spans = find_pii(form)
        if len(spans) != 1 or spans[0].start != 0 or spans[0].end != len(form):
            continue
        kind = spans[0].type
        if form[0] == "0" and kind == "PHONE" and not digits.startswith(_MOBILE_WITHOUT_ZERO):
            continue  # any 9-digit number would pass as a phone with a zero added
        return kind
    return None


def redact(text: str, types: tuple[str, ...] | frozenset[str] | None = None,
           model: bool = True) -> Redaction:
    """Replace personal data in ``text`` with typed placeholders (``model``: see
    :func:`find_pii`)."""
    if not text:
        return Redaction(text or "", [])
    spans = [s for s in find_pii(text, model) if types is None or s.type in types]
    out: list[str] = []
    pos = 0
    for s in spans:
        out.append(text[pos:s.start])
        out.append(PLACEHOLDERS[s.type])
        pos = s.end
    out.append(text[pos:])
    return Redaction("".join(out), spans)


def redact_text(text: str) -> str:
    """Shorthand: the redacted string only."""
    return redact(text).text
