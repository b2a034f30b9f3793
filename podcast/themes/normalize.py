"""Swedish-aware text normalisation for theme mining.

``clean_tokens(text)`` turns a (redacted) contact note into content tokens:

1. an opening greeting ("Hej kommunen!", "Dear support team,") removed; lower case;
   placeholders (``[TEL]``...), e-mail addresses, URLs, numbers, punctuation,
   first names and "-sson" surnames dropped (so personal data can never become a theme word);
2. stop words dropped: ordinary Swedish (or English) function words plus contact-center
   boilerplate ("hej", "undrar", "ringer ang.", "mvh", "hänvisad till webben", ...);
3. each word stemmed (Snowball, Swedish or English), then folded so that chat-style spellings
   meet the proper ones (å/ä → a, ö → o: "sophamtning" = "sophämtning").

The stem → most frequent surface word map (:class:`SurfaceForms`) lets labels be shown as real
words ("snöröjning"), not stems ("snororjning").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from podcast.privacy.names import AMBIGUOUS_FIRST_NAMES, FIRST_NAMES
from podcast.privacy.redact import PLACEHOLDER_RE

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", "æ": "a",
                       "ø": "o", "á": "a", "à": "a"})
#: Lower-case Latin letters, including Latin-1, Extended-A/B and Vietnamese ("çelik",
#: "ibrahimović", "nguyễn"): with only a-z and åäö such words fell apart into fragments.
_LETTERS = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u1e00-\u1eff"
_TOKEN_RE = re.compile(rf"[{_LETTERS}]+(?:-[{_LETTERS}]+)*")
_URL_RE = re.compile(r"https?://\S+|www\.\S+")

SWEDISH_STOP = frozenset("""
alla allt andra annan annat att av bara bli blir blev bor både de dem den denna dessa det detta
dig din dina ditt du där då efter eftersom ej eller en ens er era ett fast fick finns flera fler
for från fått får för före ha hade han hans har hela hen henne hennes hon hos hur här i icke
igen ihop in inga inget inom inte ja jag kan kanske kom komma kommer kunde man med mellan men
mig min mina mitt mot mycket ni nog nu när någon något några och också om oss på samma sedan
sig sin sina sitt ska skall skulle som så sådan sådana till under upp ut utan vad var vara
varför varit varje vart vem vi vid vilka vilken vilket vill våra vår vårt än ändå är även åt
över denne dock ju nej nåt sen dom mej dej va e o å lite mer mest många ganska helt redan
väl alltså t.ex ex bl.a osv typ ngn ngt nån någon hej hejsan hallå tja tjena god dag morgon
kväll ingen tar ta tog går gå gick står stå ligger ligga finns fanns gör gjorde blir bli kom
måste bort ner utanför innan idag igår imorgon morse nästa förra två tre fyra fem sex sju åtta
nio tio första andra helt fortfarande sedan länge varit hela heller gånger annars ens
""".split())

#: Contact-center boilerplate: greetings, sign-offs, call notes, staff shorthand.
BOILERPLATE = frozenset("""
undrar undra undrade undrat fråga frågar frågade frågor fråg ringer ringde ringt ring ringa
ang angående angaende gäller gällande mvh hälsningar hälsning vänliga vänlig med tack tacksam
förhand svar svara besvarat besvarad besvarade hänvisad hänvisat hänv hänvisning webben webb
handläggare handläggaren info information lämnad lämnat lämnade skapat skapad ärende ärendet
kund kunden nöjd medb medborgare invånare invånaren kvinna man äldre återkoppling återkommer
vidarebefordrat vidarebefordrad förvaltningen åter behov påtala påtalar vilja veta skriver
mejlar mejlade mailar sms sms:ade sms:ar chattar chatt telefon mejl mail epost e-post adress
adressen gäller nås nr tel tfn mobil pnr personnummer ocr faktura fakturanr fakturanummer
org.nr orgnr se bor ärendenr kontakt kontaktade kontaktar kontakta kommunen kommun kommunens
dag hjälp hjälpa behöver behövs snälla please tack! även också samt grannen min mitt mina
vet veta gör göra fel nummer hänvisade tel.nr lämnat ok okej ade ar org personnr persnr
ny nya nytt kommit verkar verka
""".split())

ENGLISH_STOP = frozenset("""
a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further
had has have having he her here hers him his how i if in into is it its itself just me more
most my no nor not now of off on once only or other our out over own same she should so some
such than that the their them then there these they this those through to too under until up
very was we were what when where which while who whom why will with would you your yours hi
hello dear thanks thank regards please kindly want wanted would like know need help question
asking ask get got im i'm dont can't cant let could also me my mine
""".split())

#: English contact-center boilerplate: call notes, channels, greetings, sign-offs.
ENGLISH_BOILERPLATE = frozenset("""
customer customers caller client user called calls calling rang phoned phone emailed email
e-mail mail wrote writes writing chat chatted message messaged asap urgent good morning
afternoon evening day thanks thank thx cheers regards best sincerely advance team sir madam
hey greetings agent note notes ticket case inquiry enquiry re fyi kind
""".split())

#: Words that may follow a greeting as its addressee ("Hej kommunen!", "Dear support team,").
_ADDRESSEES = frozenset("""
kommun kommunen kundtjänst kundtjänsten support supporten team teamet servicecenter
servicecentret kontaktcenter kontaktcentret kommuncenter kommuncentret medborgarservice
medborgarcenter växeln alla er ni där och eller customer service services there all everyone
sir madam or and the to whom it may concern helpdesk desk staff folks guys
""".split())
_SALUTATION_RE = re.compile(
    r"\W*(?:hej(?:san)?|hallå|tjena|god\s+(?:morgon|dag|middag|eftermiddag|kväll)|dear|hi"
    r"|hello|hey|good\s+(?:morning|afternoon|evening|day))\b"
    r"((?:[ \t]+[^\W\d_][\w-]*){0,4})[ \t]*[,!:;\n]", re.IGNORECASE)


def strip_salutation(text: str) -> str:
    """``text`` without an opening greeting line ("Hej kommunen!", "Dear support team,").

    The greeting may name its addressee — capitalised words (a name, the office) or words like
    "kommunen", "support", "team" — and must end in , ! : ; or a line break, so "Hej jag
    undrar om bygglov" and "hej sopor, när hämtas de" keep all their words. Left in, an
    addressee such as "support" became a theme of its own: every note opened with it.
    """
    m = _SALUTATION_RE.match(text)
    if m is None:
        return text
    if any(not (w[:1].isupper() or w.lower() in _ADDRESSEES) for w in m.group(1).split()):
        return text
    return text[m.end():]


#: Street names carry no theme ("Kyrkogatan", "Backvägen").
_STREET_WORD_RE = re.compile(r".{3,}(?:gatan|vägen|gränd|stigen|torget|allén|backen|leden"
                             r"|gången|platsen|slingan)$")
_EMAIL_RE = re.compile(r"\S+@\S+|\S+\s?\((?:at|snabel-a)\)\s?\S+", re.IGNORECASE)
#: First names are personal data, never theme words (those that are also words are kept).
_NAME_WORDS = frozenset(n.lower() for n in FIRST_NAMES - AMBIGUOUS_FIRST_NAMES)


@lru_cache(maxsize=4)
def _stemmer(language: str):  # snowball stemmer object
    try:
        import snowballstemmer
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return snowballstemmer.stemmer("english" if language == "en" else "swedish")


def stop_words(language: str = "sv") -> frozenset[str]:
    if language == "en":
        return ENGLISH_STOP | ENGLISH_BOILERPLATE
    words = SWEDISH_STOP | BOILERPLATE
    return words | frozenset(w.translate(_FOLD) for w in words)


_MARKERS = {
    "en": frozenset("the and is my i to of you for it was have can not with this your".split()),
    "sv": frozenset("och att det är jag inte på en för med har som kan vi till min".split()),
}


def guess_language(texts: list[str], *, sample: int = 2000) -> str | None:
    """"sv" or "en" when the notes clearly use that language's commonest words, else None."""
    counts = dict.fromkeys(_MARKERS, 0)
    step = max(1, len(texts) // sample)
    for text in texts[::step]:
        for w in _TOKEN_RE.findall(text.lower()):
            for language, words in _MARKERS.items():
                if w in words:
                    counts[language] += 1
    best = max(counts, key=counts.get)
    others = sum(v for k, v in counts.items() if k != best)
    return best if counts[best] >= 20 and counts[best] > 3 * others else None


def tokenize(text: str) -> list[str]:
    """Lower-case words (letters, inner hyphens) of an already lower-cased text."""
    return _TOKEN_RE.findall(text)


def fold(word: str) -> str:
    return word.translate(_FOLD)


class Normaliser:
    """Text → content stems, caching per word (a million notes share a few thousand words)."""

    def __init__(self, language: str = "sv") -> None:
        self.language = language
        self.stops = stop_words(language)
        self._stemmer = _stemmer(language)
        self._cache: dict[str, str | None] = {}
        self.surface: dict[str, Counter] = defaultdict(Counter)

    def word(self, w: str) -> str | None:
        cached = self._cache.get(w, "")
        if cached != "":
            return cached
        result: str | None
        if w in self.stops or len(w) < 2 or fold(w) in self.stops or w in _NAME_WORDS \
                or w.endswith("sson") or _STREET_WORD_RE.match(w):
            result = None
        else:
            stem = self._stemmer.stemWord(w) if self._stemmer else w
            result = fold(stem) if len(stem) >= 2 else None
        self._cache[w] = result
        return result

    def tokens(self, text: str, *, record_surface: bool = False) -> list[str]:
        text = strip_salutation(text)
        if "[" in text:
            text = PLACEHOLDER_RE.sub(" ", text)
        if "@" in text or "(at)" in text:
            text = _EMAIL_RE.sub(" ", text)
        text = text.lower()
        if "http" in text or "www" in text:
            text = _URL_RE.sub(" ", text)
        out = []
        for w in _TOKEN_RE.findall(text):
            s = self.word(w)
            if s is not None:
                out.append(s)
                if record_surface:
                    self.surface[s][w] += 1
        return out

    def clean(self, text: str) -> str:
        return " ".join(self.tokens(text))

    def display(self, stem: str) -> str:
        """The most frequent real word behind ``stem`` (prefers spellings with å/ä/ö)."""
        forms = self.surface.get(stem)
        if not forms:
            return stem
        best = max(forms.items(), key=lambda kv: (kv[1] * (1.5 if kv[0] != fold(kv[0]) else 1),
                                                  -len(kv[0])))
        return best[0]


# --- worker-process entry points (big logs are normalised in parallel) -------------------------
_WORKER: Normaliser | None = None


def init_worker(language: str) -> None:
    global _WORKER
    _WORKER = Normaliser(language)


def tokens_chunk(texts: list[str]) -> tuple[list[str], dict[str, Counter]]:
    """Space-joined stems per text, and the surface words seen for each stem."""
    assert _WORKER is not None
    out = [" ".join(_WORKER.tokens(t, record_surface=True)) for t in texts]
    surface = dict(_WORKER.surface)
    _WORKER.surface.clear()
    return out, surface
