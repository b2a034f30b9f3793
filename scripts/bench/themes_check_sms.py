"""Labelled test-log generator imitating the SMS inbox of a Swedish municipality.

Rows look like text messages sent to the kommun's SMS number plus short hand-over
notes from its web chatbot: mostly 2-15 words, shorthand (ang, mkt, ngn, e, pga, asap),
missing å/ä/ö, typos, keyword-only messages and 'hallå??' follow-ups, occasionally
a second smaller matter tacked on after the main one (label = main matter).
"""
from __future__ import annotations

import random
import re

from check_log_cli import write_log_cli

# ---------------------------------------------------------------- slot fillers
SLOTS: dict[str, list[str]] = {
    "gata": [
        "Kvarngatan", "Storgatan", "Björkvägen", "Skolgatan", "Ringvägen", "Parkvägen",
        "Torggatan", "Lärkvägen", "Industrivägen", "Kyrkogatan", "Östra Långgatan",
        "Västergatan", "Ekbacken", "Tallstigen", "Solrosvägen", "Hamngatan",
        "Stationsgatan", "Granvägen", "Linnévägen", "Åsvägen", "Mejerigatan",
        "Backvägen", "Prästgårdsvägen", "Nygatan", "Smedjegatan", "Vallgatan",
        "Rönnvägen", "Ängsvägen", "Bruksgatan", "Fabriksgatan",
    ],
    "omr": [
        "Norrby", "Söderby", "centrum", "Ekhagen", "Kvarnbacken", "Lilla Näs",
        "Sjöstaden", "Tallbacka", "industriområdet", "Stora Mossen", "Västerås backe",
        "Solängen", "Björkhagen", "gamla stan", "Furulund", "Hagaby",
    ],
    "plats": [
        "skolan", "vårdcentralen", "ICA", "busshållplatsen", "äldreboendet", "stationen",
        "biblioteket", "förskolan", "torget", "kyrkan", "simhallen", "idrottshallen",
        "Coop", "pizzerian", "fotbollsplanen", "återvinningsstationen", "lekparken",
        "macken", "tandläkaren", "badet",
    ],
    "dag": [
        "igår", "i förrgår", "i måndags", "i tisdags", "i onsdags", "i torsdags",
        "i fredags", "i morse", "idag", "hela helgen", "sen i fredags",
        "sedan förra veckan", "denna vecka", "förra veckan", "i lördags",
    ],
    "tid": ["kl 7", "kl 07.15", "8 imorse", "halv 3", "kl 14", "vid 16", "kl 9.30", "kvart över 7",
            "runt 12", "kl 18"],
    "dur": ["2 veckor", "en vecka", "3 dagar", "10 dagar", "tre veckor", "en månad", "flera veckor",
            "5 dagar", "två månader"],
    "namn": ["Anna", "Lars", "Fatima", "Mohammed", "Eva", "Karin", "Ahmed", "Sara", "Johan",
             "Leila", "Mikael", "Ali", "Maria", "Erik", "Amina", "Peter", "Yusuf", "Lena",
             "Birgitta", "Hassan", "Emma", "Per", "Zainab", "Ulla"],
    "barn": ["min son", "min dotter", "vår dotter", "sonen", "dottern", "lillen", "barnen",
             "grabben", "vår son", "tjejen", "vår yngsta"],
    "skola": ["Norrbyskolan", "Centralskolan", "Ekhagsskolan", "Kvarnbackens skola",
              "Solängsskolan", "Furulundsskolan"],
    "fsk": ["Solstrålen", "Ekorren", "Blåklinten", "Humlan", "Trollstugan", "Regnbågen",
            "Myrstacken", "Lärkan"],
    "manad": ["augusti", "mars", "april", "maj", "juni", "hösten", "januari", "september"],
    "hamn": ["gästhamnen", "norra hamnen", "Vikens båthamn", "Sandvikens brygga",
             "småbåtshamnen", "Näsuddens hamn"],
    "stad": ["Göteborg", "Stockholm", "Malmö", "Umeå", "Örebro", "Luleå", "Uppsala"],
    "anhorig": ["mamma", "pappa", "farmor", "morfar", "mormor", "min man", "min fru", "farfar"],
    "min": ["15", "20", "30", "40", "45", "50", "60"],
}

CHANNELS = ["sms", "chattbot"]


def _num(rng: random.Random, lo: int, hi: int) -> str:
    return str(rng.randint(lo, hi))


GEN = {
    "nr": lambda r: _num(r, 1, 140),
    "kvm": lambda r: r.choice(["12", "15", "25", "30", "18", "40"]),
    "belopp": lambda r: r.choice([f"{r.randint(3, 60) * 50} kr", f"{r.randint(300, 4800)}:-",
                                  f"{r.randint(2, 9)} {r.randint(100, 999)} kr", f"{r.randint(250, 2500)}"]),
    "kundnr": lambda r: _num(r, 100000, 999999),
    "fnr": lambda r: _num(r, 2000000, 2999999),
    "arendenr": lambda r: f"BN 2026-{r.randint(1, 999):03d}",
    "matar": lambda r: f"{r.randint(100, 9999):04d}",
    "reg": lambda r: "".join(r.choice("ABCDEFGHJKLMNOPRSTUWXYZ") for _ in range(3))
    + " " + f"{r.randint(10, 99)}" + r.choice("0123456789ABCDEFGH"),
}


def _adr(r: random.Random) -> str:
    g = r.choice(SLOTS["gata"])
    return g if r.random() < 0.55 else f"{g} {r.randint(1, 60)}"


GEN["adr"] = _adr

# ---------------------------------------------------------------- themes
THEMES: dict[str, dict] = {
    "sopor_ej_tomda": dict(
        w=19, months=[1, 1, 1, 1, 1.1, 1.2],
        cores=[
            "soptunna ej tömd {adr}", "soporna är inte hämtade {dag}",
            "sopbilen har inte varit här {dag}", "ingen tömning på {adr}",
            "matavfallet står kvar sen {dag}", "ni har glömt vårt kärl igen",
            "sopbilen körde förbi vår tunna", "hämtningen missad i {omr}",
            "tunnan är full och ingen har tömt", "glömde ni oss? tunnan orörd",
            "brännbart inte hämtat denna vecka", "sophämtningen uteblev {dag}",
            "när kommer sopbilen, ni missade oss {dag}", "det luktar, inte tömt på {dur}",
            "fyrfackskärlet ej tömt {adr}", "grannens tömdes men inte vår",
            "sopor kvar {adr}", "tömning {adr}??", "hela gatan otömd {gata}",
            "kärlet står kvar fullt vid vägen", "ej hämtat sopor {adr} {dag}",
            "sopgubbarna hoppade över oss", "varför töms inte våra sopor",
            "matavfall ej tömt på {dur}, maskar",
        ],
        details=["igen", "tredje gången", "stod ute i tid", "luktar illa", "stod vid vägen {tid}",
                 "full av matrester", "det är varmt och luktar", "och det är inte första gången",
                 "handtaget mot gatan", "fåglarna river i påsarna", "kan ni komma tillbaka?",
                 "när kommer ni?"],
        kw=["soporna", "tömningen", "soptunnan", "sophämtningen", "kärlet", "tunnan som inte töms"],
    ),
    "soptunna_byte": dict(
        w=8, months=[1, 1, 1, 1.1, 1.1, 1],
        cores=[
            "vill byta till mindre soptunna", "tunnan trasig, locket av",
            "hjulet har lossnat på soptunnan", "beställa större kärl",
            "behöver ny tunna {adr}", "kan vi dela kärl med grannen?",
            "vårt sopkärl är stulet", "sprucken tunna, vill ha ny",
            "ändra tömningsintervall, hur gör man", "vill ha glesare hämtning, bor ensam",
            "flyttat in, ingen soptunna finns", "locket gått sönder på matavfallskärlet",
            "behöver fler papperspåsar till matavfallet", "slut på bruna påsar",
            "kan man få extra kärl för trädgårdsavfall", "tunnan blåste omkull och sprack",
            "abonnera på trädgårdstunna", "vill säga upp extrakärlet",
            "ny påshållare till matavfall?", "byta till fyrfackskärl",
            "hämtar ni gamla tunnan?", "handtaget av på soptunnan",
        ],
        details=["{adr}", "snarast", "vad kostar det", "vi är 2 personer", "efter stormen",
                 "gick sönder vid tömningen", "hämtas den gamla?", "var hämtar man påsar",
                 "villa", "radhus"],
        kw=["tunnbytet", "nya tunnan", "påsarna", "kärlbytet", "trasiga tunnan"],
    ),
    "snorojning_halka": dict(
        w=14, months=[0.45, 0.35, 0.17, 0.03, 0, 0],
        cores=[
            "ej plogat {adr}", "snövallen blockerar infarten",
            "plogbilen har inte varit på {gata}", "mycket halt på gångvägen vid {plats}",
            "sanda trottoaren vid {plats} tack", "ingen snöröjning i {omr} {dag}",
            "plogen lämnade en vall framför garaget", "cykelbanan är inte skottad",
            "isgata på {gata}, någon kommer ramla", "grus behövs vid {plats}",
            "busshållplatsen helt igensnöad", "när plogar ni {omr}?",
            "snömodd överallt, kommer inte fram med rullator", "halkan är livsfarlig vid {plats}",
            "snöhögen skymmer sikten i korsningen", "plogbilen knäckte vår brevlåda",
            "plogning {gata}??", "blankis {gata}", "ingen sandning på {dur}",
            "snön ligger kvar på gångbanan vid {plats}", "trappan vid {plats} är is",
            "varför plogas bara stora vägen", "sopsaltning cykelvägen?",
        ],
        details=["{dag}", "äldre bor här", "sen {dag}", "ramlade nästan", "pga isen",
                 "folk halkar", "kommer inte ut med bilen", "snälla", "barnvagnen fastnar",
                 "bussen kommer inte fram"],
        kw=["plogningen", "snöröjningen", "halkan", "sandningen", "snövallen", "isen på gatan"],
    ),
    "gatubelysning": dict(
        w=9, months=[1.5, 1.3, 1, 0.7, 0.4, 0.3],
        cores=[
            "gatlampa släckt {adr}", "lyktstolpen blinkar på {gata}",
            "mörkt på gångvägen vid {plats}", "belysningen trasig i {omr}",
            "3 lampor ur funktion på {gata}", "lampan vid busshållplatsen är sönder",
            "gatljuset lyser mitt på dagen", "lyktstolpe påkörd {gata}, lutar",
            "ingen belysning i gångtunneln", "becksvart på cykelvägen till {plats}",
            "stolpe nr {nr} lyser inte", "hela gatan mörk sen {dag}",
            "elljusspåret släckt", "belysningen på parkeringen funkar inte",
            "gatlykta {gata} {nr}", "trasig lampa utanför {plats}",
            "lampan flimrar hela natten", "kabel hänger ut ur stolpen vid {plats}",
            "mörkt vid övergångsstället {gata}",
        ],
        details=["barnen går där", "känns otryggt", "sen {dur}", "{dag}", "läskigt på kvällen",
                 "har anmält förut", "nästan blev påkörd", "ser inget"],
        kw=["gatlampan", "belysningen", "lyktstolpen", "lampan", "mörka gatan"],
    ),
    "gata_potthal": dict(
        w=7, months=[0.6, 0.8, 1.5, 1.6, 1.1, 0.8],
        cores=[
            "stort hål i vägen på {gata}", "potthål vid {plats}", "asfalten sönder {adr}",
            "gropen på {gata} har vuxit", "trasig kantsten {gata}",
            "brunnslocket har sjunkit, slår i bilen", "gatstenen lös på torget",
            "sprickor i cykelbanan vid {plats}", "farthindret trasigt på {gata}",
            "sönderkörd grusväg i {omr}", "vattenpölar i hålen, svårt att se",
            "fick punka pga hål på {gata}", "trottoarplattor ligger snett, snubblade",
            "gropar överallt på {gata} efter vintern", "hål i gatan {gata}",
            "vägen full av hål {omr}", "lagning av asfalt {gata}?",
            "fälgen sönder pga gropen vid {plats}", "grusvägen till {omr} behöver hyvlas",
        ],
        details=["djupt", "ca 20 cm djupt", "någon kommer skada sig", "cyklister väjer ut",
                 "ersättning?", "sen {dur}", "vem betalar", "farligt i mörkret"],
        kw=["hålet", "gropen", "asfalten", "vägen", "potthålet"],
    ),
    "vatten_avbrott": dict(
        w=9, months=[1.2, 1.1, 1, 1, 1, 1],
        cores=[
            "inget vatten {adr}", "vattnet borta sen {tid}", "brunt vatten ur kranen",
            "lågt tryck i kranen", "vattenläcka på {gata}",
            "det forsar vatten ur marken vid {plats}", "avloppet stopp, kommer upp i källaren",
            "luktar avlopp i {omr}", "vattnet smakar klor",
            "planerat avbrott? inget vatten i {omr}", "hur länge blir vattnet avstängt",
            "brandposten läcker på {gata}", "missfärgat vatten efter grävningen",
            "översvämning i källaren från ledningen", "dagvattenbrunnen igensatt, vatten på gatan",
            "kranen bara fräser", "vatten {gata} borta", "inget vatten hela huset {dag}",
            "ska vi koka vattnet?", "vattnet grumligt {omr}",
        ],
        details=["hela huset", "grannarna också", "har små barn", "vad är det som händer",
                 "{dag}", "snabbt", "kan inte duscha", "sen {tid}"],
        kw=["vattnet", "läckan", "vattenavbrottet", "avloppet", "bruna vattnet"],
    ),
    "va_faktura": dict(
        w=6, months=[1.3, 1, 1, 1.2, 0.9, 0.9],
        cores=[
            "fel på vattenräkningen", "fakturan för vatten alldeles för hög",
            "vill lämna mätarställning", "mätarställning {matar}",
            "varför dubbel avgift för va", "vattenmätaren byttes, fakturan blev fel",
            "ändra till autogiro för vattnet", "fått påminnelse trots betalt {belopp}",
            "va-avgiften höjd?? varför", "vattenmätaren står still",
            "ska byta mätare, när kommer ni", "ägarbyte, ny ägare till va-abonnemanget",
            "debiterad {belopp} för vatten, stämmer inte", "delbetala vattenfakturan?",
            "fakturan gäller fel fastighet", "e-faktura för vatten hur",
            "avläsning mätare {matar} kbm", "uppskattad förbrukning stämmer inte",
        ],
        details=["kundnr {kundnr}", "fakturanr {fnr}", "ring mig", "hjälp", "{belopp}",
                 "förstår inte", "vi är bara två"],
        kw=["fakturan", "vattenräkningen", "mätaren", "avgiften", "mätarställningen"],
    ),
    "skolskjuts": dict(
        w=6, months=[1, 1.1, 1, 0.9, 1, 0.6],
        cores=[
            "skolskjutsen kom inte {dag}", "taxin till skolan uteblev",
            "bussen hämtade inte {barn}", "ansöka skolskjuts för {barn}",
            "skolskjuts efter flytt?", "chauffören körde förbi hållplatsen",
            "{barn} fick vänta {min} min på skolbussen", "avslag skolskjuts, vill överklaga",
            "ändra tider för skolskjuts, fritids", "skolkortet funkar inte på bussen",
            "busskortet till {barn} har försvunnit", "skolskjutstaxin var sen igen",
            "växelvis boende, skolskjuts till båda adresserna?",
            "ingen skoltaxi imorse, {barn} missade lektionen", "skolskjuts {skola} uteblev",
            "skoltaxin kom {min} min för tidigt", "nytt skolkort till {barn}",
        ],
        details=["åk 3", "går på {skola}", "{tid}", "stod ute i kylan", "ingen ringde",
                 "för andra gången", "han är 7 år", "hon har inget mobil"],
        kw=["skolskjutsen", "skoltaxin", "skolkortet", "skolbussen"],
    ),
    "forskola_ko": dict(
        w=7, months=[1.1, 1, 1.2, 1.1, 0.9, 0.8],
        cores=[
            "ställning i kön till förskola?", "förskoleplats för {barn} från {manad}",
            "vi fick ingen plats på {fsk}", "vill byta förskola till {fsk}",
            "säga upp förskoleplatsen", "tacka ja till platsen, hur",
            "när får vi besked om förskola", "plats nära hemmet?",
            "ansökan förskola skickad för {dur} sen, inget svar",
            "barnomsorg på kvällstid finns det?", "när startar inskolningen",
            "vill stå kvar i kön till {fsk}", "erbjudandet kom med fel datum",
            "finns dagbarnvårdare i {omr}?", "förskolekö {barn}", "plats {fsk}??",
            "syskonförtur på {fsk}?", "vi flyttar hit i {manad}, behöver förskola",
        ],
        details=["jobbar från {manad}", "ensamstående", "syskon går där", "brådskar",
                 "vi har ansökt", "{barn} fyller 1 i {manad}"],
        kw=["förskolan", "platsen", "kön", "förskoleplatsen", "inskolningen"],
    ),
    "hemtjanst": dict(
        w=6, months=[1, 1, 1, 1, 1, 1.1],
        cores=[
            "hemtjänsten kom inte till {anhorig} {dag}", "{anhorig} fick ingen lunch idag",
            "personalen kom {min} min sent", "vill ha fler besök hos {anhorig}",
            "trygghetslarmet funkar inte", "larmknappen borta, behöver ny",
            "matlådan kom inte", "nya personer varje dag, {anhorig} blir orolig",
            "ansöka hemtjänst till {anhorig}", "avboka hemtjänsten nästa vecka, bortresta",
            "ingen hjälp med dusch på {dur}", "vem är biståndshandläggare för {namn}",
            "hemtjänsten glömde medicinen", "avbeställ matdistributionen",
            "ingen kom på kvällsbesöket", "larmet går inte fram",
        ],
        details=["hon är 89", "han har demens", "ring mig snarast", "oroliga anhöriga", "{dag}",
                 "andra gången denna veckan", "bor ensam"],
        kw=["hemtjänsten", "besöket", "larmet", "matlådan", "trygghetslarmet"],
    ),
    "fardtjanst": dict(
        w=5, months=[1, 1, 1, 1, 1, 1],
        cores=[
            "färdtjänsten kom aldrig", "bilen uteblev {tid}, missade läkaren",
            "beställde färdtjänst men ingen kom", "ansöka om färdtjänst",
            "färdtjänstkortet borta", "får jag ta med ledsagare i färdtjänsten",
            "fick betala dubbelt i färdtjänsten", "förlänga färdtjänsttillståndet",
            "rullstolen fick inte plats i bilen", "väntade {min} min på färdtjänst",
            "varför avgift {belopp} för färdtjänst", "riksfärdtjänst till {stad}?",
            "chauffören i färdtjänsten var otrevlig", "sjukresa eller färdtjänst till sjukhuset?",
            "färdtjänst ej kommit {tid}", "taxin hämtade fel adress, färdtjänst",
        ],
        details=["jag sitter i rullstol", "{tid}", "igen!", "ingen svarar i beställningen",
                 "har tillstånd", "kom för sent till tandläkaren"],
        kw=["färdtjänsten", "färdtjänstresan", "tillståndet", "färdtjänstkortet"],
    ),
    "batplats": dict(
        w=3, months=[0.4, 0.6, 1.3, 1.8, 1.6, 1.2],
        cores=[
            "båtplats i {hamn} ledig?", "säga upp båtplatsen", "kön till båtplats, var står jag",
            "annan båt ligger på min plats nr {nr}", "bryggan vid {hamn} trasig",
            "byta till större båtplats", "sjösättning, när får man lägga i",
            "vinterförvaring av båt på kommunens mark?", "y-bommen lös på plats {nr}",
            "el på bryggan funkar inte", "hyra ut båtplatsen i andra hand?",
            "nyckel till bommen i {hamn}", "kajakställ vid {hamn}, finns kö?",
            "faktura båtplats {nr}", "båtplats kö", "ramp i {hamn} trasig",
        ],
        details=["båten är 7 m", "står i kön sen 2019", "innan maj", "plats {nr}",
                 "segelbåt", "har betalt"],
        kw=["båtplatsen", "bryggan", "båtplatskön", "min båtplats"],
    ),
    "vilt_skadedjur": dict(
        w=4, months=[0.7, 0.7, 0.9, 1.2, 1.3, 1.5],
        cores=[
            "råttor vid sophuset i {omr}", "måsarna skriker och dyker på barnen",
            "vildsvin har bökat upp gräsmattan", "död grävling på {gata}",
            "rådjuren äter upp trädgården, kan kommunen göra något",
            "kråkor river upp soppåsarna", "getingbo i lekparken vid {plats}",
            "bävern fäller träd vid ån", "påkört rådjur ligger vid {gata}",
            "mås bygger bo på taket, får man ta bort", "råtta sprang in i källarförrådet",
            "vildsvin på skolgården {dag}", "duvor skiter ner överallt på torget",
            "mink tar ankorna vid dammen", "råttor {omr}", "vildsvin {gata}",
            "grävling under altanen", "rävar i villaområdet {omr}",
        ],
        details=["{dag}", "flera stycken", "barnen blev rädda", "vem ansvarar?", "äckligt",
                 "har sett dem flera nätter", "hundarna blir galna"],
        kw=["råttorna", "måsarna", "vildsvinen", "djuret", "det döda djuret"],
    ),
    "overgivna_fordon": dict(
        w=4, months=[0.8, 0.8, 1, 1.2, 1.2, 1.1],
        cores=[
            "övergiven bil på {gata} sen {dur}", "bil utan skyltar står vid {plats}",
            "skrotbil på parkeringen vid {plats}", "cykel fastlåst i {dur} vid stationen",
            "massa gamla cyklar i cykelstället vid {plats}",
            "elsparkcyklar ligger slängda på {gata}", "husvagn parkerad på gatan sedan hösten",
            "släpvagn står kvar på {gata} sen {dur}", "kundvagnar i diket vid {gata}",
            "bilvrak i skogen vid {omr}", "moped lämnad vid {plats}, utan nummer",
            "båttrailer blockerar gångbanan", "lappad bil står kvar ändå",
            "cykelvrak utan hjul vid {plats}", "skrotbil {gata}", "övergiven husbil {omr}",
        ],
        details=["reg {reg}", "inga skyltar", "krossad ruta", "tar platser", "vem flyttar den?",
                 "{dur}", "punkterade däck"],
        kw=["bilen", "cykeln", "vraket", "skrotbilen", "släpet"],
    ),
    "bygglov": dict(
        w=6, months=[0.8, 0.9, 1.1, 1.3, 1.3, 1.1],
        cores=[
            "behövs bygglov för altan?", "attefallshus anmälan, hur gör man",
            "bygglov för friggebod {kvm} kvm?", "hur lång är handläggningen för bygglov",
            "grannen bygger utan lov", "status på mitt bygglovsärende",
            "när får jag startbesked?", "får man bygga plank mot gatan",
            "solceller på taket, krävs lov?", "vill riva garaget, rivningslov?",
            "beställa nybyggnadskarta", "detaljplan för {omr}, var finns den",
            "avgift bygglov {belopp}, varför så dyrt", "slutbesked saknas, ska sälja huset",
            "inglasning av balkong, lov?", "bygglov altan", "carport utan bygglov ok?",
            "kompletteringen till bygglovet skickad",
        ],
        details=["ärendenr {arendenr}", "{adr}", "snabbt", "ca {kvm} kvm", "vi har ritningar",
                 "ringt flera gånger"],
        kw=["bygglovet", "ärendet", "startbeskedet", "anmälan", "bygglovsärendet"],
    ),
}

# ---------------------------------------------------------------- style parts
SMS_OPEN = ["hej", "Hej!", "hej kommunen", "hallå", "hej igen", "tjena", "god morgon",
            "ursäkta", "hejsan", "hej,"]
SMS_CLOSE = ["tack", "mvh {namn}", "/{namn}", "tack på förhand", "tack!", "hälsn {namn}",
             "ring mig", ":(", "tacksam för svar", "{namn}"]
BOT_PREFIX = ["Chattbot: ", "Överlämnad: ", "Kund skriver: ", "Bot ej löst - ", "Från chatt: "]
CONNECT = ["{a} + {b}", "{a}. ps {b}", "{a}, och så {b}", "{a}. en grej till: {b}",
           "{a} btw {b}", "{a}. även {b}", "{a}. sen {b}", "{a} / {b}"]
FOLLOW = [
    "hallå?? {kw}?", "hallå?? ingen har svarat angående {kw}", "någon där? gäller {kw}",
    "skrev {dag} om {kw}, inget svar", "påminnelse angående {kw}",
    "??? {kw} fortfarande inte löst", "hej igen, {kw} är inte fixat", "hallå!! {core}",
    "{core} ... hallå??", "väntar fortfarande på svar om {kw}", "svarar ni någonsin? {kw}",
    "igen: {core}", "andra sms:et om {kw}", "varför svarar ingen angående {kw}",
]

ABBR = [
    (r"\bangående\b", ["ang", "ang.", "angående"]),
    (r"\bmycket\b", ["mkt", "mkt", "mycke"]),
    (r"\bnågon\b", ["ngn", "nån", "nån"]),
    (r"\bnågot\b", ["ngt", "nåt"]),
    (r"\bnågonsin\b", ["nånsin", "ngnsin"]),
    (r"\bvad\b", ["va"]),
    (r"\bär\b", ["e", "e", "ä"]),
    (r"\boch\b", ["å", "o", "&"]),
    (r"\bpå grund av\b", ["pga"]),
    (r"\bsnarast\b", ["asap", "snarast"]),
    (r"\bkommer\b", ["kmr", "kommer"]),
    (r"\binte\b", ["ej", "int", "inte"]),
    (r"\bjag\b", ["ja", "jag"]),
    (r"\bdet\b", ["de"]),
    (r"\bmed\b", ["m", "me"]),
    (r"\bockså\b", ["oxå", "också"]),
    (r"\bfortfarande\b", ["fortf", "fortfarnde"]),
    (r"\bsedan\b", ["sen"]),
    (r"\bminuter\b", ["min"]),
    (r"\btack\b", ["tck", "tack", "tackar"]),
    (r"\bnummer\b", ["nr"]),
    (r"\bska\b", ["ska", "skall"]),
    (r"\bför\b", ["för", "fr"]),
]

KEYB = {"a": "sq", "e": "wr", "i": "uo", "o": "ip", "n": "bm", "r": "et", "t": "ry", "s": "ad",
        "l": "k", "k": "jl", "m": "n", "g": "fh", "d": "sf", "u": "yi", "v": "cb", "h": "gj"}


def _fill(rng: random.Random, text: str) -> str:
    def rep(m: re.Match) -> str:
        key = m.group(1)
        if key in GEN:
            return GEN[key](rng)
        return rng.choice(SLOTS[key])
    # two passes so slot values may themselves hold slots
    return re.sub(r"\{(\w+)\}", rep, re.sub(r"\{(\w+)\}", rep, text))


def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    p = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.3:
        w = w[:p] + w[p + 1] + w[p] + w[p + 2:]
    elif op < 0.55:
        w = w[:p] + w[p + 1:]
    elif op < 0.75:
        w = w[:p] + w[p] + w[p:]
    else:
        c = w[p].lower()
        w = w[:p] + (rng.choice(KEYB[c]) if c in KEYB else c) + w[p + 1:]
    words[i] = w
    return " ".join(words)


def _noise(rng: random.Random, text: str, channel: str) -> str:
    if rng.random() < (0.6 if channel == "sms" else 0.4):
        for pat, reps in ABBR:
            if rng.random() < 0.65:
                text = re.sub(pat, lambda m: rng.choice(reps), text, flags=re.IGNORECASE)  # noqa: B023
    if rng.random() < 0.34:
        text = text.translate(str.maketrans("åäöÅÄÖé", "aaoAAOe"))
    if rng.random() < 0.22:
        text = _typo(rng, text)
        if rng.random() < 0.25:
            text = _typo(rng, text)
    r = rng.random()
    if r < 0.55:
        text = text.lower()
    elif r < 0.9:
        text = text[:1].upper() + text[1:]
    elif r < 0.94:
        text = text.upper()
    text = text.rstrip(" ,")
    if not text.endswith(("?", "!", ")", "(")):
        text += rng.choice(["", "", "", "", ".", "!", "?", "??", "!!", " !"])
    if rng.random() < 0.06:
        text = text.replace(", ", " ", 1)
    return text


def _short_core(rng: random.Random, tid: str, maxw: int) -> str:
    cores = THEMES[tid]["cores"]
    for _ in range(30):
        c = _fill(rng, rng.choice(cores))
        if len(c.split()) <= maxw:
            return c
    return _fill(rng, rng.choice(THEMES[tid]["kw"]))


def _note(rng: random.Random, tid: str, channel: str) -> str:
    th = THEMES[tid]
    others = [t for t in THEMES if t != tid]
    for _ in range(40):
        if rng.random() < 0.08:
            text = _fill(rng, rng.choice(FOLLOW).replace("{kw}", rng.choice(th["kw"]))
                         .replace("{core}", _short_core(rng, tid, 6)))
        else:
            text = _fill(rng, rng.choice(th["cores"]))
            if rng.random() < 0.3:
                d = _fill(rng, rng.choice(th["details"]))
                if rng.random() < 0.25:
                    text = f"{d}, {text}" if rng.random() < 0.5 else f"{d}! {text}"
                else:
                    text = f"{text}, {d}" if rng.random() < 0.6 else f"{text} {d}"
        if rng.random() < 0.15:
            o = rng.choices(others, weights=[THEMES[t]["w"] for t in others])[0]
            text = rng.choice(CONNECT).replace("{a}", text).replace("{b}", _short_core(rng, o, 5))
        if channel == "sms" and rng.random() < 0.18:
            text = f"{rng.choice(SMS_OPEN)} {text}"
        if rng.random() < (0.15 if channel == "sms" else 0.06):
            text = f"{text} {_fill(rng, rng.choice(SMS_CLOSE))}"
        for bad, good in (("?. ", "? "), ("!. ", "! "), ("?, ", "? "), ("!, ", "! ")):
            text = text.replace(bad, good)
        text = _noise(rng, text, channel)
        if channel == "chattbot" and rng.random() < 0.3:
            text = rng.choice(BOT_PREFIX) + text
        if 2 <= len(text.split()) <= 15:
            return text
    return text


DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30]


def _date(rng: random.Random, tid: str) -> str:
    m = rng.choices(range(1, 7), weights=THEMES[tid]["months"])[0]
    return f"2026-{m:02d}-{rng.randint(1, DAYS_IN_MONTH[m - 1]):02d}"


def _allocate(rows: int) -> dict[str, int]:
    total = sum(t["w"] for t in THEMES.values())
    raw = {k: rows * t["w"] / total for k, t in THEMES.items()}
    counts = {k: int(v) for k, v in raw.items()}
    rest = rows - sum(counts.values())
    for k in sorted(raw, key=lambda k: raw[k] - counts[k], reverse=True)[:rest]:
        counts[k] += 1
    return counts


def make_log(rows: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(f"sms-{seed}")
    labels = [k for k, n in _allocate(rows).items() for _ in range(n)]
    rng.shuffle(labels)
    out = []
    for tid in labels:
        channel = "sms" if rng.random() < 0.62 else "chattbot"
        out.append({"sms": _note(rng, tid, channel), "datum": _date(rng, tid),
                    "kanal": channel, "true_theme": tid})
    out.sort(key=lambda r: r["datum"])
    return out


def main() -> None:
    write_log_cli(make_log, __doc__, "sms")


if __name__ == "__main__":
    main()
