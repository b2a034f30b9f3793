"""Labelled test-log generator imitating a Swedish municipality's website search box and chatbot.

Each row is what a resident typed: mostly 1-6 keywords ('sophämtning helg', 'bygglov altan regler'),
some short questions (more often in the chatbot), single-word queries, misspellings, missing å/ä/ö,
compound words split or joined wrongly, and English keywords from newcomers. About 15 % of queries
tack a second, smaller matter of another theme onto the main one; the label is the main matter.
"""

from __future__ import annotations

import datetime as _dt
import random
import re

from check_log_cli import write_log_cli

# ---------------------------------------------------------------------------
# common slot fillers (invented / generic place and street names)
# ---------------------------------------------------------------------------
COMMON_SLOTS: dict[str, list[str]] = {
    "ort": ["Norrby", "Söderåsen", "Björkhagen", "Ekbacken", "Lillsjö", "Västerby", "Hagalund",
            "Strandvik", "centrum", "Östermalm", "Tallåsen", "Kvarnbo", "Granbacka", "Sjöviken",
            "Bergsjö", "Mossen", "Ängby", "Kyrkbyn", "Stationsområdet", "Furulund", "Solbacken",
            "Rönninge by", "Vallby", "Åkersberg"],
    "gata": ["Storgatan", "Björkvägen", "Skolgatan", "Kyrkvägen", "Ängsvägen", "Tallstigen",
             "Lingonvägen", "Hamngatan", "Parkgatan", "Granvägen", "Sjövägen", "Bruksgatan",
             "Ringvägen", "Linnégatan", "Smedjegatan", "Älvvägen", "Tegelbruksvägen", "Blåbärsstigen",
             "Storgatan 12", "Björkvägen 4", "Ängsvägen 21", "Kyrkvägen 7b", "Hamngatan 3"],
    "dag": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "idag", "imorgon",
            "i helgen", "denna vecka", "nästa vecka", "igår"],
    "helg": ["jul", "nyår", "påsk", "midsommar", "trettondagen", "kristi himmelsfärd", "valborg",
             "nationaldagen", "första maj", "annandag påsk", "långfredag", "röda dagar", "helgdag",
             "julafton", "nyårsdagen"],
    "helg_en": ["christmas", "easter", "holidays", "midsummer", "new year", "public holiday"],
    "ar": ["2026", "2026", "i år", "26"],
    "manad": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti"],
}

GENERIC_DETAILS = ["regler", "pris", "avgift", "e-tjänst", "kontakt", "telefon", "blankett", "info",
                   "ansökan", "hur", "kommunen", "2026", "länk", "handläggare", "mejl", "öppettider",
                   "hjälp", "var", "när", "kostnad", "formulär", "logga in", "bankid"]

CHAT_OPENINGS = ["hej", "hej!", "hejsan", "hallå", "god morgon", "hej jag undrar", "hej, fråga:",
                 "hej hej", "ursäkta", "tjena", "hello", "hi", "hej igen", "snälla"]
CHAT_CLOSINGS = ["tack", "tack!", "tack på förhand", "mvh", "tacksam för svar", "snabbt svar tack",
                 "thanks"]
CONNECTORS = [" och ", " + ", ", ", " samt ", " också ", " & ", " och även ", ". även ", " sen "]

# ---------------------------------------------------------------------------
# themes
# weight: relative size; months: relative weight Jan..Jun
# cores: keyword-style phrasings (>= 12 each); questions: short questions;
# singles: one-word queries; en: English keyword queries; details: add-ons
# ---------------------------------------------------------------------------
THEMES: dict[str, dict] = {
    "sophamtning": {
        "weight": 18.0,
        "months": [1, 1, 1, 1, 1, 1],
        "slots": {},
        "cores": [
            "sophämtning {helg}", "sophämtning {ort}", "hämtningsdag sopor", "sopor inte hämtade",
            "missad sophämtning", "soptunnan inte tömd", "tömning kärl {ort}", "sopbilen kom inte",
            "sophämtning schema", "hämtschema avfall {ar}", "sophämtning ändrad dag",
            "tömningsdagar {gata}", "glömt ställa ut kärlet", "matavfall inte hämtat",
            "sopkalender {ar}", "soptömning {dag}", "sophämtning försenad", "hämtning uteblev {gata}",
            "sophämtning snö", "sopbil missade oss", "avfallshämtning {ort}", "tömning {helg}",
            "tunnan ej tömd {dag}", "sopor {helg} vilken dag", "när töms kärlen {gata}",
            "sophämtning vecka {vecka}", "missat tömning igen", "kärlet stod framme ej tömt",
            "sophämtning blev inte av", "ny hämtningsdag", "tömningskalender", "sopor hämtas när",
            "matavfallet luktar ej hämtat", "sophämtningen {ort} {dag}",
        ],
        "questions": [
            "när hämtas soporna {dag}?", "varför har ni inte tömt min tunna?",
            "hämtas soporna på {helg}?", "vilken dag töms kärlet på {gata}?",
            "sopbilen har inte varit här, vad gör jag?", "när kommer sopbilen?",
            "kommer ni och tömmer senare idag?", "blir sophämtningen flyttad pga {helg}?",
            "min tunna är inte tömd sen två veckor, vem ringer jag?",
            "vilken tid på dagen kommer sopbilen?", "hur vet jag vilken vecka ni tömmer?",
        ],
        "singles": ["sophämtning", "sopor", "soptömning", "hämtningsdagar", "sopkalender",
                    "avfallshämtning", "tömning", "sophämtningen", "sopbilen", "tömningsschema"],
        "en": ["garbage collection day", "trash pickup {helg_en}", "garbage not collected",
               "when is trash collected", "waste collection schedule", "bin not emptied",
               "trash day {ort}"],
        "details": ["schema", "ändrat", "{helg}", "{dag}", "vecka {vecka}", "idag", "igen", "varför",
                    "vilken dag", "missad", "{ort}"],
        "short": ["sophämtning", "när töms soptunnan", "hämtningsdag", "sopor ej hämtade"],
    },
    "sopkarl": {
        "weight": 10.0,
        "months": [1, 1, 1, 1, 1, 1],
        "slots": {"liter": ["140 liter", "190 l", "240l", "370 liter", "80 liter", "660 liter",
                            "litet", "större"]},
        "cores": [
            "byta soptunna storlek", "nytt sopkärl", "trasig soptunna", "soptunna stulen",
            "beställa kärl {liter}", "mindre kärl", "kärlstorlek ändra", "avfallsabonnemang ändra",
            "dela soptunna granne", "delat kärl ansökan", "hjul trasigt soptunna", "lock trasigt kärl",
            "renhållningstaxa", "avfallstaxa {ar}", "avgift sophämtning", "fyrfackskärl",
            "kärl för matavfall", "påsar matavfall var hämta", "hemkompost anmälan",
            "uppehåll sophämtning", "glesare tömning", "sommarabonnemang sopor", "faktura sophämtning",
            "soptunna nyinflyttad", "extra kärl trädgårdsavfall", "trädgårdskärl abonnemang",
            "kärl {liter} pris", "soptunna sönder", "byta till fyrfack", "slutat sortera matavfall",
            "abonnemang avfall fritidshus", "kärlet blåste bort",
        ],
        "questions": [
            "hur byter jag till mindre soptunna?", "var får man tag på påsar till matavfall?",
            "kan jag dela kärl med grannen?", "vad kostar {liter} kärl?",
            "min soptunna är trasig vad gör jag", "kan man pausa sophämtningen i sommar?",
            "varför har fakturan för sopor höjts?", "hur anmäler jag hemkompost?",
            "kan jag få ett kärl till för trädgårdsavfall?", "vem äger soptunnan?",
            "får jag tömning varannan vecka istället?",
        ],
        "singles": ["soptunna", "sopkärl", "avfallstaxa", "kärlbyte", "fyrfack", "matavfallspåsar",
                    "soptunnor", "kompost", "trädgårdskärl", "avfallsabonnemang"],
        "en": ["new trash bin", "broken garbage bin", "bin size change", "waste fee",
               "compost bags where", "second bin garden waste"],
        "details": ["{liter}", "pris", "beställa", "byta", "blankett", "avgift", "taxa", "ny",
                    "hyra", "faktura"],
        "short": ["ny soptunna", "trasigt kärl", "avfallstaxa", "påsar matavfall"],
    },
    "bygglov": {
        "weight": 14.0,
        "months": [0.7, 0.8, 1, 1.3, 1.3, 1.1],
        "slots": {"bygg": ["altan", "carport", "garage", "friggebod", "attefallshus", "uterum",
                           "pool", "plank", "staket", "inglasad balkong", "tillbyggnad", "skärmtak",
                           "bastu", "växthus", "solceller", "takkupa", "förråd", "mur", "gäststuga",
                           "trädäck", "pergola", "balkong", "värmepump"]},
        "cores": [
            "bygglov {bygg}", "{bygg} bygglov regler", "bygglov {bygg} {ort}",
            "behöver jag bygglov {bygg}", "attefallshus regler", "attefall anmälan",
            "friggebod hur stor", "bygglov handläggningstid", "bygglov avgift",
            "bygglovsansökan", "detaljplan {ort}", "ritning hus {gata}", "strandskydd dispens",
            "startbesked", "slutbesked", "kontrollansvarig", "nybyggnadskarta",
            "bygga nära tomtgräns", "grannehörande bygglov", "fasadändring färg",
            "solceller bygglov", "tillbyggnad bygglov", "plank höjd tomtgräns", "mur tomtgräns",
            "bygglov e-tjänst", "{bygg} utan bygglov", "{bygg} 4,5 meter gräns", "{bygg} hur nära granne",
            "anmälan {bygg}", "olovligt byggande granne", "svartbygge anmäla", "bygglov status",
            "bygglov tid {bygg}", "ritningar gamla hus arkiv", "planbesked", "marklov",
            "bygglov avslag överklaga",
        ],
        "questions": [
            "behövs bygglov för {bygg}?", "hur lång tid tar bygglov?", "får man bygga {bygg} utan lov?",
            "hur högt plank får man ha?", "vad kostar bygglov för {bygg}?",
            "hur nära tomtgränsen får jag bygga {bygg}?", "var hittar jag ritningar till mitt hus?",
            "min granne bygger utan lov, vad gör jag?", "hur stor får en friggebod vara?",
            "när får jag besked om mitt bygglov?", "gäller detaljplanen för {ort}?",
        ],
        "singles": ["bygglov", "attefall", "friggebod", "detaljplan", "startbesked", "bygglovsansökan",
                    "strandskydd", "attefallshus", "bygglovet", "ritningar", "nybyggnadskarta"],
        "en": ["building permit", "permit for deck", "building permit cost", "build {bygg} permit",
               "do i need permit for {bygg}"],
        "details": ["regler", "pris", "avgift", "ritning", "ansökan", "{ort}", "tid", "granne",
                    "mått", "kvm", "blankett", "höjd", "tomtgräns"],
        "short": ["bygglov {bygg}", "bygglov", "attefall", "ritning huset"],
    },
    "forskola": {
        "weight": 12.0,
        "months": [1.2, 1.2, 1.1, 1, 0.9, 0.8],
        "slots": {"alder": ["1 år", "1,5 år", "2 år", "3 år", "4 år", "ettåring"]},
        "cores": [
            "förskola kö", "förskoleplats ansökan", "ställa i kö förskola", "förskola {ort}",
            "barnomsorg ansökan", "byta förskola", "förskola taxa", "maxtaxa förskola",
            "säga upp förskoleplats", "förskola inskolning", "barnomsorg obekväm tid", "nattis",
            "pedagogisk omsorg dagbarnvårdare", "fritids ansökan", "fritidshem avgift",
            "förskola 15 timmar", "kötid förskola", "förskola placeringsbesked",
            "förskola nära {gata}", "förskola sommaröppen", "förskola ändra schema",
            "inkomstuppgift förskola", "dagis kö {ort}", "förskola {alder}", "förskoleplats {manad}",
            "tacka ja förskoleplats", "förskola syskonförtur", "allmän förskola 3 år",
            "säga upp fritids", "fritids lov", "barnomsorgsschema", "förskola föräldraledig timmar",
            "förskoleavgift faktura", "ledig plats förskola",
        ],
        "questions": [
            "hur lång är kön till förskolan?", "när får vi besked om förskoleplats?",
            "hur säger jag upp platsen på förskolan?", "hur mycket kostar förskola?",
            "kan man välja förskola i {ort}?", "hur många timmar får mitt barn gå när jag är föräldraledig?",
            "när ska man ställa barnet i kö?", "finns det förskola på kvällar?",
            "varför har avgiften för förskolan ändrats?", "kan mitt barn börja i {manad}?",
        ],
        "singles": ["förskola", "förskolekö", "barnomsorg", "fritids", "maxtaxa", "dagis",
                    "förskoleplats", "förskolor", "inskolning", "fritidshem"],
        "en": ["preschool", "daycare application", "kindergarten queue", "daycare fee",
               "preschool place {ort}", "how to apply kindergarten"],
        "details": ["kö", "ansökan", "avgift", "{ort}", "{alder}", "e-tjänst", "besked", "syskon",
                    "regler", "schema"],
        "short": ["förskola kö", "fritids", "förskoleavgift", "byta förskola"],
    },
    "skolskjuts": {
        "weight": 5.0,
        "months": [1.2, 1.1, 1, 0.9, 0.9, 0.6],
        "slots": {"km": ["2 km", "3 km", "4 km", "5 km", "6 km"]},
        "cores": [
            "skolskjuts ansökan", "skolskjuts {ort}", "skolbuss tider", "skolskjuts avstånd",
            "busskort skola", "skolkort elev", "skolbussen kom inte", "skolskjuts växelvis boende",
            "skoltaxi", "skolskjuts vinter", "skolskjuts regler {km}", "skolskjuts försenad",
            "skolbuss hållplats flytt", "skolskjuts anpassad", "tappat skolkort", "skolkort sommarlov",
            "skolskjuts gymnasiet", "skolbuss {ort} {dag}", "skolskjuts trafikfarlig väg",
            "skoltaxi sen", "skolbusschaufför", "skolskjuts avslag", "skolkort laddat",
            "skolbuss inställd",
        ],
        "questions": [
            "har mitt barn rätt till skolskjuts?", "vad gör jag om skolbussen inte kommer?",
            "hur långt måste man bo för skolskjuts?", "var ansöker man om skolkort?",
            "mitt barn har tappat busskortet, hur får vi nytt?", "varför stannar inte bussen vid {gata}?",
            "får man skolskjuts från båda föräldrarnas adresser?", "när går skolbussen från {ort}?",
        ],
        "singles": ["skolskjuts", "skolbuss", "skolkort", "skoltaxi", "skolskjutsar", "elevresor"],
        "en": ["school bus", "school transport", "school bus card lost", "school bus times {ort}"],
        "details": ["ansökan", "tider", "{km}", "regler", "{ort}", "kort", "sen", "vinter", "avslag"],
        "short": ["skolskjuts", "skolkort", "skolbussen"],
    },
    "boendeparkering": {
        "weight": 8.0,
        "months": [1, 1, 1, 1, 1, 1],
        "slots": {"zon": ["zon A", "zon B", "zon C", "zon 1", "zon 2", "område {ort}"]},
        "cores": [
            "boendeparkering ansökan", "boendeparkering {ort}", "p-tillstånd boende",
            "parkeringstillstånd rörelsehindrad", "handikapptillstånd parkering",
            "parkeringstillstånd förnya", "boendeparkering pris", "boendeparkering {zon}",
            "p-tillstånd hemtjänst", "parkeringstillstånd hantverkare", "servicetillstånd",
            "ändra regnummer tillstånd", "boendeparkering byta bil", "parkeringsplats hyra",
            "p-tillstånd besökande", "parkeringskort borttappat", "boendeparkering säga upp",
            "boende p {gata}", "boendeparkering kö", "parkeringstillstånd läkarintyg",
            "boendeparkering leasingbil", "tillstånd parkera {gata}", "boendeparkering månadskostnad",
            "p-tillstånd firmabil", "nyttoparkering tillstånd",
        ],
        "questions": [
            "hur ansöker jag om boendeparkering?", "vad kostar boendeparkering i {ort}?",
            "kan jag få parkeringstillstånd för rörelsehindrad?", "jag har bytt bil, hur ändrar jag tillståndet?",
            "gäller boendeparkeringen på {gata}?", "hur länge gäller p-tillståndet?",
            "kan min hantverkare få parkera utanför?",
        ],
        "singles": ["boendeparkering", "p-tillstånd", "parkeringstillstånd", "boendep",
                    "handikapptillstånd", "servicetillstånd"],
        "en": ["resident parking", "parking permit", "disabled parking permit", "parking permit {ort}"],
        "details": ["ansökan", "pris", "{zon}", "förnya", "e-tjänst", "regler", "kostnad", "{gata}"],
        "short": ["boendeparkering", "p-tillstånd", "parkeringstillstånd"],
    },
    "parkeringsbot": {
        "weight": 6.0,
        "months": [1, 1, 1, 1, 1, 1],
        "slots": {"belopp": ["300 kr", "400 kr", "500 kr", "600 kr", "800 kr", "1000 kr", "750kr"]},
        "cores": [
            "p-bot bestrida", "felparkeringsavgift", "överklaga parkeringsbot", "p-bot betala",
            "parkeringsbot fel", "kontrollavgift parkering", "lapp på bilen", "bot {gata}",
            "p-bot påminnelse", "bötfälld parkering", "parkeringsvakt", "bil bortforslad",
            "flyttad bil var", "bestrida p-avgift", "p-bot boendeparkering", "parkeringsbot {belopp}",
            "p-bot fast jag hade tillstånd", "parkeringsbot ocr", "felparkering {gata}",
            "p-bot städdag", "bot gatusopning", "parkeringsbot hyrbil", "bilen bogserad {ort}",
            "parkeringsövervakning klagomål", "p-bot utländsk bil",
        ],
        "questions": [
            "hur bestrider jag en parkeringsbot?", "jag fick bot fast jag hade tillstånd",
            "var har min bil tagit vägen?", "hur betalar man p-bot?",
            "varför fick jag {belopp} i bot?", "kan man överklaga felparkeringsavgift?",
            "vart ringer man om bortforslad bil?", "har jag fått bot, hur kollar jag?",
        ],
        "singles": ["pbot", "p-bot", "parkeringsbot", "felparkering", "parkeringsböter",
                    "felparkeringsavgift", "bortforsling"],
        "en": ["parking ticket", "parking fine appeal", "car towed", "parking fine pay"],
        "details": ["bestrida", "betala", "{belopp}", "fel", "överklaga", "bild", "{gata}", "påminnelse"],
        "short": ["parkeringsbot", "p-bot", "felparkeringsavgift"],
    },
    "snorojning": {
        "weight": 9.0,
        "months": [4.5, 4.0, 2.2, 0.35, 0.05, 0.02],
        "slots": {},
        "cores": [
            "snöröjning {gata}", "snöröjning {ort}", "plogning {gata}", "ej plogat {gata}", "sandning",
            "halka gångväg", "halkbekämpning", "snövall infart", "plogbil {dag}", "snöröjning cykelväg",
            "när plogas {ort}", "isgata {gata}", "grusning trottoar", "snöröjning privat väg",
            "snöröjning ansvar fastighetsägare", "halt utanför skolan", "sopning grus",
            "snöröjning busshållplats", "oplogat {ort}", "plogningen förstörde brevlåda",
            "snöröjning prioritering", "halka {ort} idag", "ishalka trottoar", "snöhög korsning sikt",
            "plogkant uppfart", "sandlåda halkbekämpning", "snöröjning äldre hjälp",
        ],
        "questions": [
            "när plogas {gata}?", "vem ansvarar för snöröjning på trottoaren?",
            "varför har ni inte sandat?", "plogbilen lämnade en snövall vid min infart",
            "när kommer plogbilen till {ort}?", "vem snöröjer vår väg?",
            "kan ni sanda backen vid {gata}?", "plogbilen körde på min brevlåda vem ersätter?",
        ],
        "singles": ["snöröjning", "plogning", "halka", "sandning", "snöröjningen", "snöplogning",
                    "halkbekämpning", "plogbil"],
        "en": ["snow removal", "snow plowing street", "icy sidewalk", "snow plow {ort}"],
        "details": ["{gata}", "{ort}", "idag", "inatt", "fortfarande", "ansvar", "när", "dåligt",
                    "klagomål"],
        "short": ["snöröjning", "halka", "plogning {gata}"],
    },
    "bistand": {
        "weight": 7.0,
        "months": [1, 1, 1, 1, 1, 1],
        "slots": {},
        "cores": [
            "ekonomiskt bistånd", "försörjningsstöd ansökan", "socialbidrag", "ekonomiskt bistånd utbetalning",
            "nödprövning", "bistånd hyra", "akut pengar mat", "budget och skuldrådgivning",
            "försörjningsstöd belopp", "riksnorm {ar}", "ansöka bistånd e-tjänst", "handläggare socialtjänst",
            "bistånd glasögon", "bistånd tandvård", "försörjningsstöd datum", "ekonomiskt stöd kommunen",
            "bidrag möbler", "utbetalning {manad} bistånd", "bistånd avslag", "hyresskuld hjälp",
            "försörjningsstöd månad {manad}", "ansökan försörjningsstöd papper", "bistånd elräkning",
            "matkasse akut", "bistånd räkningar", "socialtjänsten ekonomi",
        ],
        "questions": [
            "när kommer utbetalningen av försörjningsstöd?", "hur ansöker jag om ekonomiskt bistånd?",
            "kan jag få hjälp med hyran?", "vad räknas som inkomst vid bistånd?",
            "jag har inga pengar till mat, vart vänder jag mig?", "hur länge tar det att få beslut om bistånd?",
            "vem är min handläggare?", "kan jag få pengar till glasögon?",
        ],
        "singles": ["bistånd", "socialbidrag", "försörjningsstöd", "socialen", "riksnorm", "nödprövning"],
        "en": ["social welfare", "financial aid", "social assistance apply", "money help",
               "welfare payment date"],
        "details": ["ansökan", "utbetalning", "datum", "{manad}", "belopp", "beslut", "handläggare",
                    "avslag", "e-tjänst"],
        "short": ["försörjningsstöd", "bistånd", "ekonomiskt bistånd"],
    },
    "vatten": {
        "weight": 6.0,
        "months": [1.1, 1.1, 1, 0.9, 0.9, 1],
        "slots": {},
        "cores": [
            "vattenavbrott {ort}", "inget vatten", "lågt vattentryck", "brunt vatten", "vattenläcka {gata}",
            "kokningsrekommendation", "dricksvatten kvalitet", "vattnet luktar", "hårt vatten {ort}",
            "vattenmätare byta", "frusen vattenmätare", "avlopp stopp", "översvämning källare",
            "vattenledning läcka gatan", "kalk i vattnet", "vatten {ort} idag", "spolning ledningar",
            "vattenkvalitet {ort}", "vattenprov brunn", "vattnet grumligt", "inget vatten {gata}",
            "avbrott vatten {dag}", "vattentryck {ort}", "vattnet smakar klor", "dagvatten översvämning",
            "kommunalt vatten anslutning",
        ],
        "questions": [
            "varför har vi inget vatten?", "kan man dricka vattnet?", "hur hårt är vattnet i {ort}?",
            "när kommer vattnet tillbaka?", "vem ska jag ringa om vattenläcka?",
            "är det vattenavbrott på {gata}?", "måste vi koka vattnet?",
        ],
        "singles": ["vattenavbrott", "vattenläcka", "dricksvatten", "vattentryck", "avloppsstopp",
                    "VA", "vatten", "vattenhårdhet"],
        "en": ["no water", "water outage", "tap water safe", "water leak street", "water {ort} today"],
        "details": ["{ort}", "{gata}", "idag", "nu", "hur länge", "karta", "störning", "driftinfo"],
        "short": ["vattenavbrott", "inget vatten", "vattenläcka"],
    },
    "hemtjanst": {
        "weight": 5.0,
        "months": [1, 1, 1, 1, 1, 1],
        "slots": {"anhorig": ["mamma", "pappa", "mormor", "farfar", "min mor", "min far", "farmor",
                              "morfar", "min fru", "min man"]},
        "cores": [
            "hemtjänst ansökan", "hemtjänst avgift", "trygghetslarm", "matdistribution", "matlåda hem äldre",
            "hemtjänst {ort}", "biståndshandläggare äldre", "särskilt boende", "äldreboende kö",
            "korttidsboende", "avlösning anhörig", "anhörigstöd", "hemtjänst byta utförare",
            "hemtjänst klagomål", "ledsagning", "dagverksamhet demens", "hemtjänst städning",
            "trygghetsboende", "larm {anhorig}", "hemtjänst {anhorig}", "äldreboende {ort}",
            "hemtjänst nattpatrull", "hjälp hemma äldre", "avgift äldreboende", "hemtjänst sen",
        ],
        "questions": [
            "hur ansöker {anhorig} om hemtjänst?", "vad kostar trygghetslarm?",
            "hur lång kö till äldreboende?", "kan {anhorig} få matlåda hem?",
            "hemtjänsten kom inte idag, vem ringer jag?", "hur får man plats på korttids?",
        ],
        "singles": ["hemtjänst", "trygghetslarm", "äldreboende", "äldreomsorg", "anhörigstöd",
                    "korttids", "hemtjänsten"],
        "en": ["home care elderly", "elderly care", "safety alarm", "nursing home queue"],
        "details": ["ansökan", "avgift", "{anhorig}", "{ort}", "kö", "klagomål", "handläggare"],
        "short": ["hemtjänst", "trygghetslarm", "äldreboende"],
    },
    "batplats": {
        "weight": 3.5,
        "months": [0.4, 0.6, 1.2, 1.8, 1.6, 1.2],
        "slots": {"hamn": ["Norra hamnen", "Strandvik", "Sjöviken", "gästhamnen", "Lillsjö brygga",
                           "Badviken", "Kvarnviken", "småbåtshamnen", "Ekudden"],
                  "mått": ["2,5 m", "3 meter", "3,5m", "bred båt", "liten båt", "segelbåt",
                           "motorbåt", "eka"]},
        "cores": [
            "båtplats", "båtplats kö", "båtplats {hamn}", "bryggplats hyra", "båtplatskö",
            "säga upp båtplats", "båtplats avgift", "båtplats faktura", "båtplats byta",
            "båtupptag", "sjösättning {hamn}", "båtiläggningsramp", "vinterförvaring båt",
            "gästhamn {hamn}", "kanotplats", "båtplats andrahand", "bojplats", "kajplats",
            "båtplats {mått}", "båtplats ledig", "sjösättning datum", "båtplats el",
            "ramp sjösätta {hamn}", "kanotställ",
        ],
        "questions": [
            "hur lång är kön till båtplats?", "kan jag hyra ut min båtplats i andra hand?",
            "när måste båten vara upptagen?", "hur säger jag upp min båtplats?",
            "finns det båtplats för {mått}?", "var kan man sjösätta?",
        ],
        "singles": ["båtplats", "bryggplats", "båtplatser", "gästhamn", "sjösättning", "småbåtshamn"],
        "en": ["boat berth", "boat slip rent", "marina", "boat place queue"],
        "details": ["kö", "{hamn}", "pris", "{mått}", "faktura", "ledig", "säsong", "{ar}"],
        "short": ["båtplats", "båtplatskö", "bryggplats"],
    },
    "sotning": {
        "weight": 3.5,
        "months": [1.3, 1.2, 1.0, 0.9, 0.8, 0.7],
        "slots": {"eld": ["kamin", "braskamin", "kakelugn", "vedspis", "pelletspanna", "öppen spis",
                          "vedpanna", "bastuaggregat"]},
        "cores": [
            "sotning {ort}", "brandskyddskontroll", "sotningsfrist", "sota själv", "egensotning",
            "sotning {eld}", "sotning pris", "sotningsintervall", "sotare kom inte", "boka sotning",
            "ny {eld} anmälan", "skorsten kontroll", "{eld} eldning", "sotning fritidshus",
            "{eld} sotare", "sotning faktura", "sotare telefon", "sotning avisering",
            "befrielse sotning", "sotarens besök", "brandskyddskontroll anmärkning",
        ],
        "questions": [
            "när kommer sotaren?", "får jag sota själv?", "hur ofta ska man sota {eld}?",
            "vad kostar sotning?", "vem sotar i {ort}?", "kan man flytta sotningstiden?",
        ],
        "singles": ["sotning", "sotare", "sotaren", "brandskyddskontroll", "skorstensfejare",
                    "egensotning"],
        "en": ["chimney sweep", "chimney inspection", "chimney sweep {ort}"],
        "details": ["{eld}", "pris", "tid", "boka", "{ort}", "intervall", "ansökan"],
        "short": ["sotning", "sotaren", "brandskyddskontroll"],
    },
    "vigsel": {
        "weight": 3.0,
        "months": [0.8, 0.9, 1, 1.1, 1.2, 1.3],
        "slots": {"plats": ["stadshuset", "rådhuset", "parken", "vid sjön", "hemma", "på ön",
                            "utomhus", "i skogen", "på båt", "kommunhuset"]},
        "cores": [
            "borgerlig vigsel", "vigsel {plats}", "vigselförrättare", "gifta sig kommunen",
            "hindersprövning", "vigsel datum lediga", "boka vigsel", "vigsel utomhus",
            "vittnen vigsel", "vigsel kostnad", "vigsel engelska", "vigsel lördag",
            "vigsel {manad}", "borgerlig vigsel {plats}", "vigseltider", "vigsel ring",
            "gifta oss {manad}", "vigsel eget löfte", "vigsel gäster antal", "vigsel 2026 datum",
        ],
        "questions": [
            "hur bokar man borgerlig vigsel?", "kan vi gifta oss {plats}?", "behövs vittnen?",
            "vad kostar vigsel i stadshuset?", "kan vigseln vara på engelska?",
            "hur lång tid innan måste man boka vigsel?",
        ],
        "singles": ["vigsel", "vigslar", "bröllop", "hindersprövning", "giftemål", "vigselförrättare"],
        "en": ["civil wedding", "get married city hall", "marriage ceremony", "wedding {plats}"],
        "details": ["boka", "{plats}", "{manad}", "pris", "datum", "tider", "vittnen"],
        "short": ["vigsel", "borgerlig vigsel"],
    },
    "koloni": {
        "weight": 2.5,
        "months": [0.5, 0.8, 1.4, 1.8, 1.3, 0.8],
        "slots": {},
        "cores": [
            "kolonilott", "koloniträdgård kö", "odlingslott", "odlingslott hyra", "kolonistuga",
            "pallkrage kommunen", "stadsodling", "odla allmän mark", "odlingslott {ort}",
            "kolonilott pris", "säga upp odlingslott", "koloniförening", "odlingsplats ledig",
            "kompost odlingslott", "vatten kolonilott", "odlingslådor park", "kolonilott kö tid",
            "odlingslott {ar}", "kolonilott {ort}", "odla i pallkrage gård",
        ],
        "questions": [
            "finns det lediga odlingslotter?", "hur ställer man sig i kö för kolonilott?",
            "får man odla på kommunens mark?", "vad kostar en odlingslott?",
            "när sätts vattnet på i kolonin?",
        ],
        "singles": ["kolonilott", "odlingslott", "koloni", "stadsodling", "kolonistuga", "odlingslotter"],
        "en": ["allotment garden", "community garden plot", "garden plot rent"],
        "details": ["kö", "{ort}", "pris", "ledig", "hyra", "regler"],
        "short": ["odlingslott", "kolonilott"],
    },
}

# compounds that people split or that get joined wrongly
SPLITS = [
    ("sophämtning", "sop hämtning"), ("soptunna", "sop tunna"), ("soptunnan", "sop tunnan"),
    ("snöröjning", "snö röjning"), ("förskola", "för skola"), ("förskoleplats", "förskole plats"),
    ("bygglov", "bygg lov"), ("boendeparkering", "boende parkering"), ("parkeringsbot", "parkerings bot"),
    ("skolskjuts", "skol skjuts"), ("skolbuss", "skol buss"), ("vattenavbrott", "vatten avbrott"),
    ("hemtjänst", "hem tjänst"), ("trygghetslarm", "trygghets larm"), ("båtplats", "båt plats"),
    ("kolonilott", "koloni lott"), ("odlingslott", "odlings lott"), ("attefallshus", "attefalls hus"),
    ("försörjningsstöd", "försörjnings stöd"), ("sopkärl", "sop kärl"), ("avfallstaxa", "avfalls taxa"),
    ("vattenläcka", "vatten läcka"), ("plogbil", "plog bil"), ("äldreboende", "äldre boende"),
    ("friggebod", "frigge bod"), ("brandskyddskontroll", "brandskydds kontroll"),
    ("matavfall", "mat avfall"), ("kärlstorlek", "kärl storlek"), ("sjösättning", "sjö sättning"),
    ("parkeringstillstånd", "parkerings tillstånd"), ("hämtningsdag", "hämtnings dag"),
]

DEACCENT = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O", "é": "e"})
KEYBOARD_NEAR = {"a": "sq", "s": "ad", "d": "sf", "e": "wr", "r": "et", "t": "ry", "o": "ip", "i": "uo",
                 "n": "bm", "m": "n", "l": "kö", "k": "jl", "g": "fh", "h": "gj", "p": "oå", "u": "yi",
                 "v": "cb", "b": "vn", "j": "hk", "ä": "öå", "ö": "äl", "å": "pä"}

_SLOT_RE = re.compile(r"\{(\w+)\}")


def _fill(rng: random.Random, text: str, slots: dict[str, list[str]]) -> str:
    for _ in range(3):  # fillers may contain slots themselves
        if "{" not in text:
            break
        text = _SLOT_RE.sub(lambda m: rng.choice(slots[m.group(1)]) if m.group(1) in slots
                            else m.group(0), text)
    return text


def _slots_for(theme: dict) -> dict[str, list[str]]:
    slots = dict(COMMON_SLOTS)
    slots["vecka"] = [str(v) for v in range(1, 27)]
    slots.update(theme["slots"])
    return slots


def _typo(rng: random.Random, text: str) -> str:
    idx = [i for i, c in enumerate(text) if c.isalpha()]
    if len(idx) < 4:
        return text
    i = rng.choice(idx[1:])
    kind = rng.random()
    if kind < 0.3:  # drop a letter
        return text[:i] + text[i + 1:]
    if kind < 0.5:  # double a letter
        return text[:i] + text[i] + text[i:]
    if kind < 0.75 and i + 1 < len(text) and text[i + 1].isalpha():  # swap neighbours
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    near = KEYBOARD_NEAR.get(text[i].lower())
    if near:
        return text[:i] + rng.choice(near) + text[i + 1:]
    return text[:i] + text[i + 1:]


def _noise(rng: random.Random, text: str, channel: str) -> str:
    if rng.random() < 0.10:
        for whole, split in SPLITS:
            if whole in text:
                text = text.replace(whole, split, 1)
                break
    words = text.split(" ")
    if len(words) >= 2 and rng.random() < 0.06:  # two words glued together
        j = rng.randrange(len(words) - 1)
        words[j:j + 2] = [words[j] + words[j + 1]]
        text = " ".join(words)
    r = rng.random()
    if r < 0.11:
        text = _typo(rng, text)
    elif r < 0.14:
        text = _typo(rng, _typo(rng, text))
    if rng.random() < 0.15:
        text = text.translate(DEACCENT)
    elif rng.random() < 0.05:  # only some letters lose their dots
        text = text.replace("ä", "a", 1).replace("ö", "o", 1)
    r = rng.random()
    if channel == "chattbot" and r < 0.45:
        text = text[:1].upper() + text[1:]
    elif r < 0.05:
        text = text.upper()
    elif r < 0.12:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.04:
        text = text.replace(" ", "  ", 1)
    return text.strip() if rng.random() > 0.03 else text + " "


def _question(rng: random.Random, q: str) -> str:
    r = rng.random()
    if q.endswith("?"):
        if r < 0.35:
            return q[:-1]
        if r < 0.40:
            return q + "?"
    return q


def _main_part(rng: random.Random, theme: dict, slots: dict, channel: str) -> str:
    r = rng.random()
    if channel == "sok":
        bounds = [("single", 0.18), ("core", 0.62), ("detail", 0.82), ("question", 0.92), ("en", 1.0)]
    else:
        bounds = [("single", 0.06), ("core", 0.28), ("detail", 0.42), ("question", 0.91), ("en", 1.0)]
    mode = next(m for m, b in bounds if r < b)
    if mode == "single":
        text = rng.choice(theme["singles"])
    elif mode == "core":
        text = _fill(rng, rng.choice(theme["cores"]), slots)
    elif mode == "detail":
        core = _fill(rng, rng.choice(theme["cores"]), slots)
        pool = theme["details"] if rng.random() < 0.65 else GENERIC_DETAILS
        det = _fill(rng, rng.choice(pool), slots)
        text = f"{det} {core}" if rng.random() < 0.2 else f"{core} {det}"
    elif mode == "question":
        if rng.random() < 0.75:
            text = _question(rng, _fill(rng, rng.choice(theme["questions"]), slots))
        else:  # keyword core turned into a quick question
            core = _fill(rng, rng.choice(theme["cores"]), slots)
            lead = rng.choice(["hur funkar", "vad gäller för", "info om", "var hittar jag",
                               "hur gör jag med", "vem kontaktar jag om", "fråga om", "undrar om"])
            text = f"{lead} {core}" + ("?" if rng.random() < 0.6 else "")
    else:
        text = _fill(rng, rng.choice(theme["en"]), slots)
    if channel == "chattbot":
        if rng.random() < 0.28:
            sep = rng.choice([" ", ", ", "! ", ". "])
            text = rng.choice(CHAT_OPENINGS) + sep + text
        if rng.random() < 0.08:
            text = text + rng.choice([" ", ". ", " "]) + rng.choice(CHAT_CLOSINGS)
    return text


def _date(rng: random.Random, months: list[float]) -> str:
    month = rng.choices(range(1, 7), weights=months)[0]
    last = 31 if month in (1, 3, 5) else 30 if month in (4, 6) else 28
    return _dt.date(2026, month, rng.randint(1, last)).isoformat()


def _allocate(rows: int) -> list[str]:
    names = list(THEMES)
    total = sum(THEMES[n]["weight"] for n in names)
    exact = [rows * THEMES[n]["weight"] / total for n in names]
    counts = [int(x) for x in exact]
    order = sorted(range(len(names)), key=lambda i: exact[i] - counts[i], reverse=True)
    for i in order[: rows - sum(counts)]:
        counts[i] += 1
    labels: list[str] = []
    for n, c in zip(names, counts, strict=True):
        labels.extend([n] * c)
    return labels


def make_log(rows: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(f"sok-{seed}")
    labels = _allocate(rows)
    rng.shuffle(labels)
    names = list(THEMES)
    slot_cache = {n: _slots_for(THEMES[n]) for n in names}
    log: list[dict[str, str]] = []
    for label in labels:
        theme = THEMES[label]
        channel = "sok" if rng.random() < 0.64 else "chattbot"
        text = _main_part(rng, theme, slot_cache[label], channel)
        if rng.random() < 0.15:
            other = rng.choice([n for n in names if n != label])
            extra = _fill(rng, rng.choice(THEMES[other]["short"]), slot_cache[other])
            text = text.rstrip("?!. ") + rng.choice(CONNECTORS) + extra
            if channel == "chattbot" and rng.random() < 0.4:
                text += "?"
        text = _noise(rng, text, channel)
        log.append({"fraga": text, "datum": _date(rng, theme["months"]), "kanal": channel,
                    "true_theme": label})
    return log


def main() -> None:
    write_log_cli(make_log, __doc__, "fraga")


if __name__ == "__main__":
    main()
