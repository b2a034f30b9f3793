"""A third Swedish check log for the themes evaluation: a case-management export.

Written on the night of 2026-12-04, before the themes method was run on it (issue #13), in a
style the other logs do not have: notes that staff type into a case system after a call or
a visit, in an officialese register full of abbreviations ("Medb.", "inv.", "ang.", "ÅVC",
"HT", "SÄBO"), with a subject line, sometimes a short history of the case, and now and then a
second matter. Its 14 themes overlap only in part with the other logs': two of them
(broadband, wild animals in town) have no service area in the shipped list, so they must
come out as new themes. Each row has a ``true_theme`` column (a real export would not).

Run: python scripts/bench/themes_check_arende.py OUT.csv [--rows N] [--seed S]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
from pathlib import Path

PLACES = ["Lillsjövägen", "Tingshusgatan", "Furuhöjden", "Väpnargatan", "Enebacken",
          "Nämndemansvägen", "Kvarnliden", "Sågverksgatan"]
DISTRICTS = ["Östanå", "Brattberg", "Lövnäs", "Hedby", "Stationsområdet", "Gamla stan"]

# theme -> subject lines and note bodies as a case officer writes them
THEMES: dict[str, tuple[list[str], list[str]]] = {
    "parkering": (["Parkeringsanmärkning", "P-tillstånd", "Fordon uppställt"], [
        "Medb. bestrider kontrollavgift utfärdad {date} på {place}, uppger att "
        "tidsangivelse saknades på skylt.",
        "Inv. med rörelsenedsättning önskar förlängning av P-tillstånd, intyg från "
        "vårdcentral bifogas senare.",
        "Anmälan om avställt fordon utan skyltar som stått på kommunal mark i {district} "
        "sedan sommaren.",
        "Fråga om avgift för boendeplats vid {place}, har stått i kö sedan i våras.",
        "Medb. upplyser att besöksplatserna vid {place} upptas av husbilar dygnet runt.",
    ]),
    "avfall": (["Renhållning", "Avfallsabonnemang", "ÅVC"], [
        "Kärl för matavfall ej tömt vid två tillfällen, entreprenören har kontaktats.",
        "Inv. vill byta till mindre kärl och glesare hämtning, hushåll om en person.",
        "Fråga om öppettider på ÅVC under helgerna samt om grovsopor kan lämnas gratis.",
        "Medb. har fått trasigt kärl efter tömning, locket lossnat. Önskar nytt kärl.",
        "Ang. hämtning av trädgårdsavfall i {district}, önskar veta datum för säsongen.",
    ]),
    "vatten": (["VA", "Vattenläcka", "Dricksvatten"], [
        "Medb. rapporterar vatten som forsar upp ur brunnslock vid {place}, jourhavande "
        "tekniker underrättad.",
        "Inv. upplever att kranvattnet smakar klor sedan förra veckan, önskar provtagning.",
        "Lågt tryck i ledningsnätet i {district} på morgonen, flera hushåll berörda.",
        "Fråga om anslutningsavgift för VA vid nybyggnation i {district}.",
        "Avläsning av vattenmätare har uteblivit, medb. har fått uppskattad förbrukning.",
    ]),
    "bygglov": (["Lovärende", "Bygganmälan", "Förhandsbesked"], [
        "Medb. undrar över status i lovärende för carport, inlämnat för sex veckor sedan.",
        "Fråga om en inglasning av balkong kräver lov eller anmälan.",
        "Inv. vill uppföra komplementbostad på sin fastighet och undrar vilka handlingar som "
        "krävs.",
        "Grannen har påbörjat tillbyggnad utan startbesked enligt anmälaren.",
        "Förhandsbesked om nybyggnad av enbostadshus utanför planlagt område, {district}.",
    ]),
    "snorojning": (["Vinterväghållning", "Halkbekämpning", "Snövall"], [
        "Medb. påpekar att gång- och cykelbanan längs {place} ej är röjd trots snöfall "
        "under natten.",
        "Plogbilen har lämnat hög snövall vid utfarten, äldre boende kan ej ta sig ut.",
        "Begäran om sandning av trappa vid {place}, halka, en person har fallit.",
        "Fråga om vem som ansvarar för snöröjning på enskild väg i {district}.",
        "Inv. klagar på att plogningen sker kl. 04 och väcker hela kvarteret.",
    ]),
    "hemtjanst": (["HT", "Biståndsbedömd insats", "Hemtjänst"], [
        "Anhörig uppger att HT-personal ej kommit till avtalad tid två dagar i rad.",
        "Dotter till brukare önskar utökning av insatser, mamma klarar inte dusch själv.",
        "Fråga om avgift för HT, brukaren anser att beloppet är för högt i förhållande till "
        "pension.",
        "Medb. vill byta utförare av HT i {district} och undrar hur valet går till.",
        "Ang. ansökan om HT efter utskrivning från sjukhus, handläggare saknas.",
    ]),
    "skolmat": (["Måltidsservice", "Specialkost", "Skolmåltider"], [
        "Vårdnadshavare uppger att barnet med nötallergi fått fel lunch, specialkost ej "
        "följd.",
        "Fråga om hur man ansöker om specialkost av religiösa skäl.",
        "Klagomål på att portionerna i skolrestaurangen tar slut innan sista sittningen.",
        "Förälder önskar mer vegetariska alternativ i matsedeln för högstadiet.",
        "Inv. undrar varför matsedeln på webben inte uppdateras.",
    ]),
    "bibliotek": (["Bibliotek", "Lånekort", "Mediaavgift"], [
        "Låntagare bestrider förseningsavgift för bok som återlämnats i bokinkastet.",
        "Inv. har tappat lånekortet och önskar spärra det samt få nytt.",
        "Fråga om filialbiblioteket i {district} håller öppet under lovet.",
        "Medb. önskar fjärrlån av facklitteratur som ej finns i katalogen.",
        "Problem att logga in i appen för e-böcker med lånekortsnumret.",
    ]),
    "buller": (["Miljöklagomål", "Störning", "Buller"], [
        "Klagomål på buller från fläktaggregat på restaurangens tak, hörs nattetid.",
        "Inv. störs av byggarbeten vid {place} som pågår efter kl. 19 vardagar.",
        "Anmälan om hög musik från lokal i {district} varje helg, miljöinspektör ska "
        "kontaktas.",
        "Medb. klagar på ljud från värmepump hos granne, mätning önskas.",
        "Fråga om vilka tider som gäller för sprängningsarbeten i stenbrottet.",
    ]),
    "aldreboende": (["SÄBO", "Särskilt boende", "Korttidsplats"], [
        "Anhörig undrar över kötid till SÄBO, ansökan beviljad för fyra månader sedan.",
        "Make önskar flytta till samma boende som hustrun, parboende.",
        "Klagomål på bemanning på korttidsplatsen, brukaren har inte fått hjälp med mat.",
        "Fråga om hyra och omvårdnadsavgift på särskilt boende.",
        "Dotter vill besöka mamma på boendet men har inte fått svar om besökstider.",
    ]),
    "idrott": (["Lokalbokning", "Idrottshall", "Föreningsbidrag"], [
        "Förening önskar boka sporthallen i {district} tisdagar kl. 18-20 under våren.",
        "Fråga om bidrag till ungdomsverksamhet, ansökan ska vara inne när?",
        "Medb. undrar varför konstgräsplanen är låst trots bokad tid.",
        "Avbokning av hall sent, föreningen bestrider avgiften.",
        "Inv. önskar info om öppettider i simhallen och motionssimning.",
    ]),
    "gator": (["Gatuunderhåll", "Potthål", "Trafikanordning"], [
        "Djupt potthål i körbanan vid {place}, medb. har fått fälgskada.",
        "Önskemål om farthinder utanför förskolan, bilar kör för fort.",
        "Trasig trafikskylt vid korsningen {place}, ligger på marken.",
        "Kantsten lossnat och trottoaren är ojämn, rullatoranvändare har svårt att ta sig fram.",
        "Fråga om när asfalteringen av {place} ska vara klar, omledning sedan en månad.",
    ]),
    "vildsvin": (["Viltfråga", "Djur i tätort", "Skadedjur utomhus"], [
        "Vildsvin har bökat upp gräsmattor i {district} nattetid, medb. undrar vem som "
        "ansvarar.",
        "Inv. ser rådjur äta av rabatter och fruktträd, undrar om skyddsjakt är möjlig.",
        "Kråkor river sönder soppåsar vid återvinningsstationen, fåglar överallt.",
        "Påkörd grävling ligger vid {place}, önskar att den hämtas.",
        "Medb. oroar sig för vildsvinsflock nära skolgården i {district}.",
    ]),
    "bredband": (["Fiber", "Bredbandsutbyggnad", "Stadsnät"], [
        "Medb. undrar när fiberutbyggnaden når {district}, anmälde intresse för ett år sedan.",
        "Fråga om kommunens stadsnät kan leverera till fritidshus.",
        "Grävningen för fiber har lämnat ojämn mark vid {place}, återställning saknas.",
        "Inv. vill veta vilka tjänsteleverantörer som finns i det öppna nätet.",
        "Klagomål på avbrott i bredbandet sedan grävskada i {district}.",
    ]),
}

OPENINGS = ["", "", "Medb. ringde. ", "Besök i receptionen. ", "Via webbformulär: ",
            "Uppföljning av tidigare ärende. ", "Telefonsamtal, återkom. "]
ENDINGS = ["", "", " Återkoppling önskas.", " Vidarebefordrat till berörd enhet.",
           " Handläggare kontaktar medb.", " Ärendet avslutat.", " Svar lämnat muntligt."]


def _fill(text: str, rnd: random.Random) -> str:
    day = dt.date(2026, 1, 1) + dt.timedelta(days=rnd.randrange(120))
    return text.format(place=rnd.choice(PLACES), district=rnd.choice(DISTRICTS),
                       date=day.strftime("%-d/%-m"))


def arende_note(theme: str, rnd: random.Random) -> str:
    subjects, bodies = THEMES[theme]
    text = rnd.choice(OPENINGS) + _fill(rnd.choice(bodies), rnd)
    if rnd.random() < 0.5:
        text = f"{rnd.choice(subjects)}: {text}"
    if rnd.random() < 0.2:  # a second, smaller matter
        other = rnd.choice([t for t in THEMES if t != theme])
        text += " Medb. tog även upp: " + _fill(rnd.choice(THEMES[other][1]), rnd).lower()
    return text + rnd.choice(ENDINGS)


def make_log(rows: int, seed: int) -> list[dict[str, str]]:
    rnd = random.Random(f"arende-{seed}")
    weights = [rnd.uniform(0.4, 2.5) for _ in THEMES]  # uneven theme sizes
    start = dt.date(2026, 1, 1)
    out = []
    for i in range(rows):
        theme = rnd.choices(list(THEMES), weights)[0]
        out.append({"diarienr": f"KS 2026/{1000 + i}",
                    "inkom": (start + dt.timedelta(days=rnd.randrange(150))).isoformat(),
                    "kanal": rnd.choice(["telefon", "besök", "e-tjänst"]),
                    "anteckning": arende_note(theme, rnd), "true_theme": theme})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--rows", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    records = make_log(args.rows, args.seed)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=[k for k in records[0] if k != "true_theme"],
                           extrasaction="ignore")
        w.writeheader()
        w.writerows(records)


if __name__ == "__main__":
    main()
