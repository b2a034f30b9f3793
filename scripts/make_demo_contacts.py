"""Generate the demo show's contact log, ``assets/kontaktlogg.csv`` (seeded, reproducible).

An imagined municipality's contact-center export as Swedish Excel writes it: semicolon
separated, UTF-8 with BOM, headers Datum;Kontaktväg;Ärendebeskrivning;Kategori;Löst direkt.
About 450 contacts from October 2025 to March 2026 on nine subjects (three of them have an
episode in the demo show), written in staff shorthand, e-mail and chat styles, with typos
and made-up personal data (personnummer with valid check digits, phone numbers, e-mail,
addresses, names) so that ``podcast redact`` and ``podcast themes`` have something to do.

Run: python scripts/make_demo_contacts.py [--rows 450] [--seed 7] [--output assets/kontaktlogg.csv]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import random
from pathlib import Path

SUBJECTS: dict[str, dict] = {
    "snö": {
        "category": "Gata och trafik",
        "months": {10: 0.2, 11: 1.0, 12: 2.5, 1: 3.0, 2: 2.5, 3: 1.0},
        "phrases": [
            "när kommer plogbilen till vår gata", "plogvallen blockerar vår infart",
            "det är isigt på trottoaren utanför skolan, när sandas det",
            "gång- och cykelvägen är inte skottad", "vem tar bort snövallen vid brevlådan",
            "varför plogas huvudgatan men inte vår återvändsgata",
            "halkigt vid busshållplatsen, behöver sand", "plogbilen har skadat vårt staket",
        ],
    },
    "bygglov": {
        "category": "Bygga och bo",
        "months": {10: 1.2, 11: 1.0, 12: 0.6, 1: 0.8, 2: 1.2, 3: 2.0},
        "phrases": [
            "behöver jag bygglov för ett attefallshus",
            "hur lång är handläggningstiden för bygglov",
            "vad kostar ett bygglov för en carport", "när får jag mitt startbesked",
            "grannen bygger ett plank utan lov", "får jag bygga en altan utan att söka lov",
            "vilka ritningar ska jag skicka in med bygglovsansökan",
        ],
    },
    "sopor": {
        "category": "Avfall och återvinning",
        "months": {10: 1.0, 11: 1.0, 12: 1.6, 1: 1.4, 2: 0.9, 3: 1.0},
        "phrases": [
            "soptunnan har inte tömts den här veckan", "när har återvinningscentralen öppet",
            "hur beställer jag hämtning av grovavfall", "kärlet för matavfall är trasigt",
            "var lämnar jag julgranen", "sophämtningen missade oss igen",
            "kan vi byta till ett mindre sopkärl",
        ],
    },
    "förskola": {
        "category": "Förskola och skola",
        "months": {10: 1.0, 11: 1.0, 12: 0.7, 1: 1.4, 2: 1.2, 3: 1.1},
        "phrases": [
            "hur lång är kön till förskolan", "vi har inte fått besked om förskoleplats",
            "hur säger jag upp platsen på förskolan", "fakturan för barnomsorg är för hög",
            "kan vi byta förskola efter flytten",
        ],
    },
    "parkering": {
        "category": "Gata och trafik",
        "months": {10: 1.0, 11: 1.0, 12: 1.0, 1: 1.0, 2: 1.0, 3: 1.0},
        "phrases": [
            "jag vill överklaga en parkeringsbot", "hur ansöker jag om boendeparkering",
            "en bil har stått felparkerad på gatan i två veckor",
            "var får man parkera med husbil", "parkeringsautomaten tar inte kort",
        ],
    },
    "vatten": {
        "category": "Vatten och avlopp",
        "months": {10: 0.8, 11: 0.8, 12: 1.0, 1: 1.5, 2: 1.2, 3: 0.8},
        "phrases": [
            "inget vatten i kranen sedan i morse", "vattenmätaren har frusit sönder",
            "avloppet är stopp, är det kommunens ledning", "vattnet är brunt när jag spolar",
            "varför har VA-avgiften höjts",
        ],
    },
    "hemtjänst": {
        "category": "Vård och omsorg",
        "months": {10: 1.0, 11: 1.0, 12: 1.0, 1: 1.0, 2: 1.0, 3: 1.0},
        "phrases": [
            "hur ansöker min pappa om hemtjänst", "hemtjänsten kom inte i går kväll",
            "vad kostar trygghetslarm", "vi vill byta utförare av hemtjänst",
        ],
    },
    "belysning": {
        "category": "Gata och trafik",
        "months": {10: 1.5, 11: 1.8, 12: 1.5, 1: 1.0, 2: 0.7, 3: 0.4},
        "phrases": [
            "gatlyktan utanför vårt hus är trasig", "det är mörkt i gångtunneln, lampan blinkar",
            "belysningen på cykelvägen är släckt",
        ],
    },
    "bibliotek": {
        "category": "Kultur och fritid",
        "months": {10: 1.0, 11: 1.0, 12: 0.8, 1: 1.0, 2: 1.0, 3: 1.0},
        "phrases": [
            "när har biblioteket öppet i helgen", "hur förnyar jag mina lån",
            "kan man boka ett grupprum på biblioteket",
        ],
    },
}

FIRST = ["Anna", "Lars", "Karin", "Mikael", "Eva", "Johan", "Maria", "Per", "Sara", "Ahmed",
         "Fatima", "Erik", "Lena", "Nils", "Elin", "Omar", "Ingrid", "Gustav"]
LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
        "Persson", "Svensson", "Gustafsson", "Lindberg", "Hassan", "Berg", "Holm"]
STREETS = ["Storgatan", "Björkvägen", "Sjövägen", "Kvarngatan", "Ekbacken", "Lindvägen",
           "Skolgatan", "Tallstigen"]
PLACES = ["Åsen", "Norrby", "Centrum", "Sjöstaden", "Hagen"]
CHANNELS = [("telefon", 0.45), ("e-post", 0.25), ("chatt", 0.2), ("besök", 0.05),
            ("sociala medier", 0.05)]
TYPO_SWAPS = [("å", "a"), ("ä", "a"), ("ö", "o")]


def luhn_digit(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def personnummer(rng: random.Random) -> str:
    year = rng.randint(1935, 2005)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    serial = f"{rng.randint(0, 999):03d}"
    nine = f"{year % 100:02d}{month:02d}{day:02d}{serial}"
    full = nine + luhn_digit(nine)
    style = rng.random()
    if style < 0.4:
        return f"{year // 100}{full[:6]}-{full[6:]}"
    if style < 0.7:
        return f"{full[:6]}-{full[6:]}"
    return f"{year // 100}{full}"


def phone(rng: random.Random) -> str:
    prefix = rng.choice(["070", "072", "073", "076"])
    d = [rng.randint(0, 9) for _ in range(7)]
    style = rng.random()
    if style < 0.4:
        return f"{prefix}-{d[0]}{d[1]}{d[2]} {d[3]}{d[4]} {d[5]}{d[6]}"
    if style < 0.7:
        return f"{prefix}{''.join(map(str, d))}"
    return f"+46 {prefix[1:]} {d[0]}{d[1]}{d[2]} {d[3]}{d[4]} {d[5]}{d[6]}"


def person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def typo(text: str, rng: random.Random) -> str:
    if rng.random() < 0.35:
        a, b = rng.choice(TYPO_SWAPS)
        text = text.replace(a, b)
    if rng.random() < 0.2 and len(text) > 10:
        i = rng.randrange(1, len(text) - 1)
        text = text[:i] + text[i + 1] + text[i] + text[i + 2:]
    return text


def note(subject: str, channel: str, rng: random.Random) -> str:
    phrases = SUBJECTS[subject]["phrases"]
    q = rng.choice(phrases)
    first, last = person(rng)
    street = f"{rng.choice(STREETS)} {rng.randint(1, 60)}"
    if channel == "telefon":
        who = rng.choice([f"{first} {last} ringer", "Kvinna ringer", "Man ringer",
                          "Medborgare ringer"])
        extra = rng.choice(["", f" Pnr {personnummer(rng)}.", f" Nås på {phone(rng)}.",
                            f" Gäller {street}.", ""])
        outcome = rng.choice(["Besvarat.", "Info lämnad.", "Ärende skapat.",
                              "Hänvisad till webben.", "Kopplad till handläggare."])
        return f"{who} ang. {q}.{extra} {outcome}"
    if channel == "e-post":
        hello = rng.choice(["Hej!", "Hej,", "God dag,", "Hejsan,"])
        body = q[0].upper() + q[1:] + "?"
        if rng.random() < 0.4:
            body += " " + rng.choice(phrases).capitalize() + "."
        where = rng.choice(["", f" Jag bor på {street}.", f" Adress: {street}, 123 45 Exempelby."])
        ident = rng.choice(["", f" Mitt personnummer är {personnummer(rng)}."])
        sign = rng.choice([f"Mvh {first} {last}", f"Med vänliga hälsningar\n{first} {last}",
                           f"/{first}", f"Hälsningar {first} {last}, tel {phone(rng)}"])
        mail = rng.choice(["", f" {first.lower()}.{last.lower()}@example.se"])
        return f"{hello} {body}{where}{ident} {sign}{mail}"
    if channel == "chatt":
        text = typo(q, rng)
        return (rng.choice(["hej ", "hallå ", "", "hej! "]) + text
                + rng.choice(["?", "", " ??", "."]))
    if channel == "besök":
        return f"Besök i receptionen: {q}. {rng.choice(['Besvarat.', 'Broschyr lämnad.'])}"
    answer = rng.choice(["Svar i tråden.", "Hänvisad till e-tjänst."])
    return f"Kommentar på Facebook: {q}? {answer}"


def generate(rows: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    months = [(2025, 10), (2025, 11), (2025, 12), (2026, 1), (2026, 2), (2026, 3)]
    out = []
    for _ in range(rows):
        year, month = rng.choice(months)
        subjects = list(SUBJECTS)
        weights = [SUBJECTS[s]["months"][month] for s in subjects]
        subject = rng.choices(subjects, weights=weights)[0]
        channel = rng.choices([c for c, _ in CHANNELS], weights=[w for _, w in CHANNELS])[0]
        day = rng.randint(1, 28)
        date = dt.date(year, month, day)
        text = note(subject, channel, rng)
        category = SUBJECTS[subject]["category"] if rng.random() < 0.8 else ""
        resolved = "Ja" if rng.random() < 0.7 else "Nej"
        out.append([date.isoformat(), channel, text, category, resolved])
    out.sort(key=lambda r: r[0])
    out.insert(rng.randrange(len(out)), ["", "", "", "", ""])  # a blank row, as exports have
    out.insert(rng.randrange(len(out)), [out[0][0], "telefon", "-", "", ""])  # and a garbage one
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=450)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--output", type=Path,
                    default=Path(__file__).resolve().parents[1] / "assets" / "kontaktlogg.csv")
    args = ap.parse_args()
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Datum", "Kontaktväg", "Ärendebeskrivning", "Kategori", "Löst direkt"])
    writer.writerows(generate(args.rows, args.seed))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    print(f"wrote {args.rows} contacts to {args.output}")


if __name__ == "__main__":
    main()
