"""Two Swedish check logs for the themes evaluation, in styles unlike the demo/contacts logs.

Written before the themes method was measured on them (issue #13); nothing in the method was
tuned on them. Each row has a ``true_theme`` column (a real export would not).

- ``epost``: a municipality's e-mail and web-form inbox, exported from Excel (Windows-1252,
  ``;``): long polite messages, often two or three questions, greetings and signatures,
  some without å/ä/ö, service areas named the way citizens name them.
- ``chatt``: chat and phone notes: short, lower case, shorthand ("ang", "pga", "ngn"),
  typos, missing å/ä/ö, some notes in English and some in Swedish mixed with Arabic
  greetings and words, staff notes in the third person.

The label of a note is the theme of its first question.

Run: python scripts/bench/themes_check_logs.py OUT_DIR [--rows N] [--seed S]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
from pathlib import Path

STREETS = ["Björkvägen", "Storgatan", "Kvarngatan", "Ekbacken", "Solrosvägen", "Bruksgatan",
           "Lärkstigen", "Åsvägen", "Skolgatan", "Tallbacken", "Hamngatan", "Mossvägen"]
AREAS = ["Norrby", "Söderåsen", "centrum", "Västerhagen", "Ekeby", "Kyrkbyn", "Strandområdet"]
NAMES = ["Karin", "Ahmed", "Lena", "Mikael", "Fatima", "Olle", "Sanna", "Yusuf", "Birgitta"]
SURNAMES = ["Holm", "Al-Hassan", "Nyberg", "Lindqvist", "Haddad", "Sjöberg", "Ek"]

# theme -> (questions in a citizen's words, e-mail style, chat style)
THEMES: dict[str, tuple[list[str], list[str]]] = {
    "parkering": ([
        "Hur lång tid tar det att få ett parkeringstillstånd för rörelsehindrade?",
        "Jag har fått en parkeringsbot utanför {street} fast skylten var täckt av snö, hur "
        "överklagar jag?",
        "Kan jag ansöka om boendeparkering i {area} och vad kostar det per månad?",
        "En bil har stått felparkerad på vår gästparkering i tre veckor, vem flyttar den?",
        "Mitt p-tillstånd går ut nästa månad. Måste jag skicka in ett nytt läkarintyg?",
    ], [
        "p-bot på {street} igen, vill överklaga",
        "hur länge tar p-tillstånd??",
        "felparkerad bil blockerar infarten {street}",
        "boendeparkering {area} pris?",
        "ngn har parkerat på min plats, vem ringer jag",
    ]),
    "fardtjanst": ([
        "Min pappa har fått avslag på färdtjänst, hur gör vi för att överklaga beslutet?",
        "Hur bokar jag en färdtjänstresa till sjukhuset och hur långt i förväg måste det ske?",
        "Färdtjänstbilen kom aldrig i morse och jag missade min tid. Vart lämnar jag klagomål?",
        "Vad kostar en resa med färdtjänst inom kommunen?",
        "Får jag ta med min ledsagare i färdtjänsten utan extra kostnad?",
    ], [
        "fardtjanst kom inte idag!!",
        "ansöka färdtjänst till mamma hur",
        "taxin (färdtjänst) 40 min sen",
        "fardtjanst pris per resa?",
        "ledsagare med i färdtjänst gratis?",
    ]),
    "bostadsanpassning": ([
        "Vi behöver ta bort tröskeln i badrummet för min mammas rullator. Kan vi få bidrag för "
        "bostadsanpassning?",
        "Hur lång är handläggningstiden för bostadsanpassningsbidrag just nu?",
        "Min man behöver en ramp vid entrén efter sin stroke. Vem betalar för det?",
        "Kan man få hjälp att byta badkar mot dusch om man har svårt att gå?",
        "Vi har fått bostadsanpassning beviljad, men när kommer hantverkarna?",
    ], [
        "bidrag ta bort trösklar badrum",
        "ramp vid ytterdörren rullstol, bostadsanpassning?",
        "byta badkar mot dusch pga knän",
        "bostadsanp. ärende hur lång tid",
        "handikappanpassa lgh hjälp?",
    ]),
    "livsmedel": ([
        "Jag blev magsjuk efter att ha ätit på en restaurang i {area}. Vem ska jag anmäla det "
        "till?",
        "Vi ska öppna ett café, hur registrerar vi livsmedelsverksamheten och vad kostar "
        "kontrollen?",
        "Hur ofta gör kommunen livsmedelskontroll på pizzerior?",
        "Jag såg råttor bakom en matbutik på {street}, kan miljöförvaltningen göra en inspektion?",
        "Vi har fått en faktura för livsmedelskontroll som vi inte förstår.",
    ], [
        "matförgiftning efter lunch restaurang anmäla",
        "registrera livsmedelsanläggning foodtruck",
        "råttor vid butiken {street}",
        "kontroll av restaurang hur ofta",
        "faktura livsmedelstillsyn varför",
    ]),
    "hemtjanst": ([
        "Min mamma är 86 och klarar inte längre att handla själv. Hur ansöker vi om hemtjänst?",
        "Hemtjänsten kommer på olika tider varje dag och pappa blir orolig. Kan man få fasta "
        "tider?",
        "Vad kostar hemtjänst per månad och finns det ett maxtak?",
        "Kan man byta utförare av hemtjänst om man inte är nöjd?",
        "Hur fungerar trygghetslarm och hur snabbt kommer personalen?",
    ], [
        "ansöka hemtjänst till farmor",
        "hemtjansten kom inte idag, pappa väntar",
        "maxtaxa hemtjanst?",
        "vill byta hemtjänstföretag",
        "trygghetslarm installera hur",
    ]),
    "forskola": ([
        "Hur lång är kön till förskolan i {area} och när får vi besked om plats?",
        "Vi flyttar till kommunen i augusti. När måste vi ställa vårt barn i kö till förskola?",
        "Kan vi tacka nej till den erbjudna förskoleplatsen och behålla köplatsen?",
        "Hur säger man upp sin förskoleplats och hur lång är uppsägningstiden?",
        "Har barnet rätt till förskola när jag är föräldraledig med ett syskon?",
    ], [
        "forskoleplats kö {area}",
        "tacka nej förskola behålla kö?",
        "säga upp förskoleplats uppsägningstid",
        "15h förskola föräldraledig",
        "flyttar hit aug, förskola??",
    ]),
    "skolskjuts": ([
        "Min son ska börja årskurs 1 och vi bor 4 km från skolan. Har han rätt till skolskjuts?",
        "Skolbussen har varit sen varje morgon den här veckan. Vem ansvarar för det?",
        "Vi har växelvis boende, kan barnet få skolskjuts från båda adresserna?",
        "Hur ansöker man om skolskjuts för ett barn med funktionsnedsättning?",
    ], [
        "skolskjuts avstånd regler",
        "skolbussen sen igen {area}",
        "skolskjuts växelvis boende",
        "ansöka skolskjuts särskilda skäl",
    ]),
    "avfall": ([
        "Soporna har inte hämtats på {street} sedan förra veckan. När kommer sopbilen?",
        "Kan vi byta till ett mindre sopkärl och få lägre avgift?",
        "Var kan jag lämna grovavfall och farligt avfall som gamla färgburkar?",
        "Hur beställer jag extra tömning av matavfallskärlet?",
        "Vår soptunna blev trasig vid tömningen, får vi en ny kostnadsfritt?",
    ], [
        "sopor ej hämtade {street}",
        "mindre kärl lägre taxa?",
        "farligt avfall var lämna",
        "extra tömning matavfall",
        "tunnan sönder efter tömning",
    ]),
    "vatten": ([
        "Vår vattenmätare har frusit och spruckit i garaget. Vad ska vi göra och vem betalar?",
        "Vattnet har varit brunt i kranen hela morgonen på {street}. Är det farligt att dricka?",
        "Det läcker vatten ur en brunn i gatan vid {street}.",
        "Varför är vår VA-faktura så mycket högre det här kvartalet?",
        "Vi har lågt vattentryck sedan i går, pågår det något arbete i {area}?",
    ], [
        "vattenmatare frusen sprucken",
        "brunt vatten kranen",
        "vattenläcka i gatan {street}",
        "VA fakturan dubbelt så hög??",
        "inget vattentryck {area}",
    ]),
    "snorojning": ([
        "Plogbilen har lämnat en hög plogvall framför vår infart igen. Vem ska ta bort den?",
        "Gångvägen till skolan i {area} är spegelblank, när sandas den?",
        "Vår gata har inte plogats på tre dagar trots 20 cm snö. När kommer ni?",
        "Vem ansvarar för snöröjning på den enskilda vägen till vårt hus?",
    ], [
        "plogvall infart igen",
        "ej plogat {street} 3 dagar",
        "halt på gångvägen sanda pls",
        "snoröjning enskild väg ansvar",
    ]),
    "gatubelysning": ([
        "Tre gatlampor på {street} har varit släckta i över en vecka och det är mörkt på vägen "
        "till bussen.",
        "En gatlykta blinkar hela natten utanför vårt hus. Kan ni laga den?",
        "Belysningen i gångtunneln vid {area} är trasig, det känns otryggt.",
        "Vem ansvarar för belysningen på cykelvägen längs {street}?",
    ], [
        "gatlampa släckt {street}",
        "lyktstolpe blinkar",
        "mörkt i gångtunneln, lampor trasiga",
        "belysning cykelväg ansvar?",
    ]),
    "bygglov": ([
        "Behöver jag bygglov för ett attefallshus på 30 kvadratmeter eller räcker en anmälan?",
        "Hur lång handläggningstid har bygglov för en tillbyggnad just nu?",
        "Grannen bygger ett plank på två meter i tomtgränsen. Har hen bygglov för det?",
        "Vad kostar ett bygglov för ett nytt garage?",
        "Vi har fått startbesked. När ska vi boka det tekniska samrådet?",
    ], [
        "bygglov attefall?",
        "hur lång tid bygglov tillbyggnad",
        "grannen bygger plank utan lov?",
        "bygglovsavgift garage",
        "startbesked nästa steg",
    ]),
    "bistand": ([
        "Jag har blivit arbetslös och pengarna räcker inte till hyran. Kan jag få ekonomiskt "
        "bistånd?",
        "Hur lång tid tar det innan man får beslut om försörjningsstöd?",
        "Vilka papper behöver jag skicka med min ansökan om ekonomiskt bistånd?",
        "Min utbetalning av försörjningsstöd har inte kommit den här månaden.",
    ], [
        "socialbidrag ansöka hur",
        "forsorjningsstod beslut när",
        "vilka papper till ekonomiskt bistånd",
        "utbetalning bistånd har inte kommit",
    ]),
    "faktura": ([
        "Jag har fått en påminnelseavgift fast jag betalade fakturan i tid. Kan ni ta bort den?",
        "Kan jag få en avbetalningsplan på fakturan för förskoleavgiften?",
        "Hur ändrar jag till e-faktura för kommunens räkningar?",
        "Fakturan för barnomsorg stämmer inte med vår inkomstuppgift.",
    ], [
        "påminnelseavgift fast betalat",
        "avbetalningsplan faktura",
        "e-faktura kommunen hur",
        "fel belopp på fakturan barnomsorg",
    ]),
}

ENGLISH = {
    "parkering": ["How do I appeal a parking ticket I got on {street}?",
                  "how long does a disabled parking permit take"],
    "forskola": ["We just moved here, how do we apply for preschool?",
                 "queue for preschool in {area}, how long?"],
    "avfall": ["Garbage was not collected on {street} this week",
               "where can I throw old paint and batteries"],
    "vatten": ["There is brown water coming from my tap, is it safe?",
               "water meter froze and broke, what to do"],
    "bistand": ["I lost my job, can I get financial assistance for rent?",
                "what documents do I need for social welfare application"],
    "hemtjanst": ["My mother needs home care, how do we apply?",
                  "home care staff did not show up today"],
    "bygglov": ["Do I need a building permit for a small guest house?",
                "how long is the wait for a building permit"],
    "snorojning": ["The snow plough left a big pile in front of my driveway",
                   "the footpath to school is icy, please grit it"],
}

ARABIC_MIX = [
    ("bistand", "salam, jag behöver hjälp med ekonomiskt bistånd inshallah, pengarna slut"),
    ("hemtjanst", "assalamu alaikum min mamma behöver hemtjänst hon är sjuk"),
    ("forskola", "hej habibi förskola plats för min dotter när? shukran"),
    ("faktura", "salam fakturan är fel, jag betalat redan wallah"),
    ("fardtjanst", "marhaba, färdtjänst till min pappa hur ansöka?"),
    ("parkering", "salam jag fick p-bot men jag har tillstånd, yani fel"),
    ("avfall", "hej soporna inte hämtade, yalla när kommer bilen"),
]

GREETINGS = ["Hej!", "Hej,", "Hejsan", "God dag,", "Hej kommunen,", "Till kommunen:", ""]
CLOSINGS = ["Med vänliga hälsningar {name} {surname}", "Mvh {name}", "Tack på förhand! /{name}",
            "Hälsningar {name} {surname}, {street} {num}", "Vänligen {name}", ""]
STAFF = ["Kund ringer ang: ", "Invånare undrar: ", "Frågar om ", "Ärende: ", "", "", ""]


def _fill(text: str, rnd: random.Random) -> str:
    return text.format(street=rnd.choice(STREETS), area=rnd.choice(AREAS),
                       name=rnd.choice(NAMES), surname=rnd.choice(SURNAMES),
                       num=rnd.randint(1, 80))


def _no_aao(text: str) -> str:
    return text.translate(str.maketrans("åäöÅÄÖ", "aaoAAO"))


def _typo(text: str, rnd: random.Random) -> str:
    chars = list(text)
    for _ in range(max(1, len(chars) // 40)):
        i = rnd.randrange(1, max(2, len(chars) - 1))
        if chars[i].isalpha() and chars[i - 1].isalpha():
            chars[i - 1], chars[i] = chars[i], chars[i - 1]
    return "".join(chars)


def epost_note(theme: str, rnd: random.Random) -> str:
    questions = [_fill(rnd.choice(THEMES[theme][0]), rnd)]
    for _ in range(rnd.choice([0, 0, 1, 1, 2])):  # further questions on other themes
        other = rnd.choice([t for t in THEMES if t != theme])
        questions.append("Jag undrar också: " + _fill(rnd.choice(THEMES[other][0]), rnd))
    body = " ".join(questions)
    if rnd.random() < 0.3:
        body += " Jag har försökt ringa flera gånger men inte kommit fram."
    text = " ".join(p for p in (rnd.choice(GREETINGS), body,
                                _fill(rnd.choice(CLOSINGS), rnd)) if p)
    if rnd.random() < 0.15:
        text = _no_aao(text)
    return text


def chatt_note(theme: str, rnd: random.Random) -> str:
    r = rnd.random()
    if r < 0.12 and theme in ENGLISH:
        return _fill(rnd.choice(ENGLISH[theme]), rnd)
    if r < 0.18:
        mixed = [t for th, t in ARABIC_MIX if th == theme]
        if mixed:
            return mixed[0]
    text = _fill(rnd.choice(THEMES[theme][1]), rnd)
    if rnd.random() < 0.3:
        text = _fill(rnd.choice(STAFF), rnd) + text
    if rnd.random() < 0.25:
        other = rnd.choice([t for t in THEMES if t != theme])
        text += " + " + _fill(rnd.choice(THEMES[other][1]), rnd)
    if rnd.random() < 0.4:
        text = _no_aao(text)
    if rnd.random() < 0.3:
        text = _typo(text, rnd)
    return text.lower() if rnd.random() < 0.7 else text


STYLES = {"epost": (epost_note, ("e-post", "e-tjänst"), "cp1252"),
          "chatt": (chatt_note, ("chatt", "telefon", "sms"), "utf-8")}


def make_log(style: str, rows: int, seed: int) -> list[dict[str, str]]:
    rnd = random.Random(f"{style}-{seed}")
    note, channels, _ = STYLES[style]
    weights = [rnd.uniform(0.4, 2.5) for _ in THEMES]  # uneven theme sizes
    start = dt.date(2026, 1, 1)
    out = []
    for i in range(rows):
        theme = rnd.choices(list(THEMES), weights)[0]
        out.append({"ärendenr": str(40000 + i),
                    "registrerad": (start + dt.timedelta(days=rnd.randrange(150))).isoformat(),
                    "kanal": rnd.choice(channels), "beskrivning": note(theme, rnd),
                    "true_theme": theme})
    return out


def write_log(path: Path, style: str, rows: int, seed: int) -> list[str]:
    """Write the log as its system would export it (without ``true_theme``); returns the
    true theme of each data row, in order."""
    records = make_log(style, rows, seed)
    encoding = STYLES[style][2]
    delimiter = ";" if encoding == "cp1252" else ","
    fields = [f for f in records[0] if f != "true_theme"]
    with path.open("w", encoding=encoding, errors="replace", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, delimiter=delimiter, extrasaction="ignore")
        w.writeheader()
        w.writerows(records)
    return [r["true_theme"] for r in records]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--rows", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for style in STYLES:
        path = args.out_dir / f"check_{style}.csv"
        truth = write_log(path, style, args.rows, args.seed)
        path.with_suffix(".truth.txt").write_text("\n".join(truth) + "\n", encoding="utf-8")
        print(path)


if __name__ == "__main__":
    main()
