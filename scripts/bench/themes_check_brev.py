"""Held-out labelled test log imitating OCR-scanned paper letters and forms to a Swedish kommun.
Writers are mostly elderly: formal, polite, old-fashioned Swedish, 3-10 sentences, a place/date and
greeting line on top, a signature at the bottom. OCR damage: rn->m, lost or odd å/ä/ö, words broken
with "- ", stray '|' and '~', missing spaces. About 15 % add a smaller second matter after the main
one; true_theme is always the main matter. Channels: brev, blankett."""

from __future__ import annotations

import datetime as _dt
import random
import re

from check_log_cli import write_log_cli

# ---------------------------------------------------------------------------
# Slot fillers
# ---------------------------------------------------------------------------

STREETS = [
    "Storgatan", "Kyrkogatan", "Björkvägen", "Tallstigen", "Skolgatan", "Prästgårdsvägen",
    "Ängsvägen", "Lärkvägen", "Villagatan", "Drottninggatan", "Södra vägen", "Bruksgatan",
    "Järnvägsgatan", "Kvarngatan", "Smedjegatan", "Granvägen", "Rönnvägen", "Sjövägen",
    "Backvägen", "Trädgårdsgatan", "Nygatan", "Vallgatan", "Hagavägen", "Solvägen",
    "Älvgatan", "Furuvägen", "Lingonstigen", "Ekbacken", "Norra Långgatan", "Fabriksgatan",
]
PLACES = [
    "Konsum", "vårdcentralen", "kyrkan", "Folkets hus", "stationen", "torget", "ICA-affären",
    "apoteket", "biblioteket", "servicehuset", "simhallen", "pensionärsföreningens lokal",
    "busshållplatsen", "posten", "skolan", "Solgårdens äldreboende", "församlingshemmet",
    "tvättstugan", "bankomaten", "parken vid ån", "Coop", "bygdegården", "idrottsplatsen",
]
TOWNS = [
    "Söderhamn", "Bollnäs", "Ljusdal", "Mora", "Falun", "Ludvika", "Arvika", "Kristinehamn",
    "Nässjö", "Vetlanda", "Oskarshamn", "Ystad", "Motala", "Lidköping", "Sala", "Köping",
    "Härnösand", "Sollefteå", "Piteå", "Hudiksvall", "Avesta", "Karlshamn", "Eksjö", "Mjölby",
]
CITIES = ["Uppsala", "Göteborg", "Malmö", "Luleå", "Örebro", "Stockholm", "Västerås", "Umeå",
          "Gävle", "Linköping", "Norrköping", "Jönköping", "Sundsvall", "Karlstad"]
FIRST_NAMES = [
    "Ingrid", "Margit", "Karin", "Birgitta", "Gunnel", "Elsa", "Astrid", "Greta", "Inga",
    "Maj-Britt", "Ulla", "Siv", "Barbro", "Britt", "Gunvor", "Elvy", "Rut", "Ann-Marie",
    "Lennart", "Bengt", "Sven", "Gösta", "Rolf", "Kjell", "Olle", "Stig", "Arne", "Bertil",
    "Evert", "Sture", "Hans", "Lars", "Gunnar", "Åke", "Yngve", "Ragnar", "Tore", "Folke",
    "Aino", "Raili", "Pirkko", "Jovan", "Stanislaw", "Mirjana", "Hamid", "Zofia", "Esko",
]
HELPER_NAMES = ["Sara", "Fatima", "Linnea", "Amina", "Josefin", "Hanna", "Maria", "Emma",
                "Sofia", "Ali", "Johan", "Elin", "Nadia", "Ida", "Malin"]
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
CEMETERIES = ["Norra kyrkogården", "Skogskyrkogården", "gamla kyrkogården",
              "Östra begravningsplatsen", "kyrkogården vid sjön", "Västra griftegården",
              "den nya begravningsplatsen", "kyrkogården uppe vid åsen"]
HARBOURS = ["småbåtshamnen", "båthamnen vid Norrviken", "hamnen nedanför kyrkan",
            "Sandvikens båtklubbs brygga", "hamnen vid badplatsen", "Kvarnviken",
            "bryggorna vid Strandparken", "den gamla ångbåtsbryggan"]
HAMLETS = ["Björkudden", "Lillsjön", "Västra Hed", "Norrbyn", "Ängsvik", "Stensjö",
           "Skogsbo", "Mossbacka", "Östanvik", "Kärrby"]
BOATS = ["Ockelbo 19", "Crescent-snipa", "fiskeeka av trä", "Linder-aluminiumbåt",
         "gammal träsnipa", "Uttern 450", "liten segelbåt av typ Folkbåt", "Fiskebåt med utombordare"]


def _amount(rng: random.Random, lo: int, hi: int, step: int = 5) -> str:
    v = rng.randrange(lo, hi, step)
    return f"{v:,}".replace(",", " ") if v >= 1000 and rng.random() < 0.6 else str(v)


SLOTS = {
    "gata": lambda r: r.choice(STREETS) + (f" {r.randint(1, 48)}" if r.random() < 0.5 else ""),
    "plats": lambda r: r.choice(PLACES),
    "alder": lambda r: str(r.randint(71, 97)),
    "ar": lambda r: str(r.randint(4, 58)),
    "n_ggr": lambda r: r.choice(["tredje", "fjärde", "femte", "sjätte", "åtminstone tionde"]),
    "veckodag": lambda r: r.choice(WEEKDAYS),
    "klocka": lambda r: r.choice(["halv tre", "kl. 14.30", "kl 11", "närmare fyra",
                                  "klockan 10.45", "kvart i ett", "efter lunch", "kl. 16"]),
    "tidsperiod": lambda r: r.choice(["över en vecka", "tio dagar", "hela julhelgen", "två veckor",
                                      "snart en månad", "fem dygn", "hela trettonhelgen"]),
    "manad_vinter": lambda r: r.choice(["januari", "februari", "december", "mars"]),
    "manad": lambda r: r.choice(["januari", "februari", "mars", "april", "maj", "november",
                                 "december", "oktober"]),
    "belopp": lambda r: _amount(r, 150, 4800),
    "belopp_stor": lambda r: _amount(r, 18000, 240000, 500),
    "belopp_pension": lambda r: _amount(r, 9800, 19500, 10),
    "belopp_hyra": lambda r: _amount(r, 5200, 11800, 10),
    "ocr": lambda r: "".join(r.choice("0123456789") for _ in range(r.randint(9, 13))),
    "stad": lambda r: r.choice(CITIES),
    "fornamn": lambda r: r.choice(HELPER_NAMES),
    "minuter": lambda r: str(r.choice([20, 25, 30, 40, 45, 50, 60, 75])),
    "vaning": lambda r: r.choice(["andra", "tredje", "fjärde"]),
    "byggar": lambda r: str(r.randint(1928, 1976)),
    "byggar2": lambda r: str(r.randint(1966, 2021)),
    "veckor": lambda r: r.choice(["två", "tre", "snart fyra", "två hela"]),
    "karlnr": lambda r: f"{r.randint(10000, 99999)}",
    "landsbygd": lambda r: r.choice(HAMLETS),
    "fastighet": lambda r: f"{r.choice(HAMLETS)} {r.randint(1, 12)}:{r.randint(2, 60)}",
    "vecka": lambda r: str(r.randint(14, 26)),
    "matarstallning": lambda r: f"{r.randint(100, 9999):04d}",
    "matarnr": lambda r: f"{r.choice('ABKMT')}{r.randint(100000, 999999)}",
    "kubik": lambda r: str(r.randint(38, 190)),
    "dag_kort": lambda r: f"{r.randint(1, 28)}/{r.randint(1, 6)}",
    "kyrkogard": lambda r: r.choice(CEMETERIES),
    "gravnr": lambda r: str(r.randint(1, 640)),
    "kvarter": lambda r: r.choice("ABCDEFGHK") + r.choice(["", "", "2", "3"]),
    "hojd": lambda r: str(r.randint(12, 32)),
    "hamn": lambda r: r.choice(HARBOURS),
    "koar": lambda r: r.choice(["2016", "2018", "2019", "2020", "sju år", "flera år", "2014"]),
    "batmodell": lambda r: r.choice(BOATS),
    "platsnr": lambda r: str(r.randint(1, 220)),
    "timmar": lambda r: r.choice(["en timme", "fem kvart", "nästan två timmar", "fyrtio minuter"]),
}

_SLOT_RE = re.compile(r"\{(\w+)\}")


def fill(template: str, rng: random.Random) -> str:
    return _SLOT_RE.sub(lambda m: SLOTS[m.group(1)](rng), template)


# ---------------------------------------------------------------------------
# Themes: weight, month weights (Jan..Jun), cores, details, asides, form subjects
# ---------------------------------------------------------------------------

THEMES: dict[str, dict] = {
    "snow_plowing": {
        "weight": 14, "months": [10, 9, 5, 1, 0, 0],
        "subj": ["Plogningen", "Snövall vid infarten", "Snön på vår gata", "Ej plogat"],
        "cores": [
            "Plogbilen har nu för {n_ggr} gången denna vinter lämnat en hög vall av is och snö framför vår infart på {gata}.",
            "Vår gata, {gata}, har icke blivit plogad sedan i {veckodag}s och snön ligger nu så djupt att hemtjänsten knappt kommer fram.",
            "Jag vill fästa Eder uppmärksamhet på att snöröjningen i vårt område varit under all kritik denna vinter.",
            "Traktorn som röjer kom förbi först {klocka} på eftermiddagen, långt efter att folk behövt ta sig till arbetet.",
            "När plogen far förbi skjuts all snö upp mot min grind, så att jag icke kan öppna den.",
            "Den lilla gångvägen bakom {plats} har inte blivit skottad på {tidsperiod}.",
            "Det ligger en väldig snöhög i korsningen vid {gata} som skymmer sikten för bilisterna.",
            "Jag är {alder} år och förmår icke själv skotta bort den tunga modd som plogen lämnar vid tomtgränsen.",
            "Plogkanten är nu så hög att brevbäraren vägrar gå fram till lådan.",
            "Vi som bor längst in på återvändsgatan blir alltid bortglömda när det skall plogas.",
            "Min brevlåda blev nedkörd av snöplogen natten till {veckodag}.",
            "Parkeringen utanför {plats} är alldeles igensnöad och ingen tycks ha ansvar för att röja den.",
            "Efter det stora snöfallet i {manad_vinter} har ingen maskin synts till på vår väg.",
            "Jag undrar varför man plogar genomfartsleden tre gånger om dagen medan bostadsgatorna får vänta i flera dygn.",
            "Drivorna vid hållplatsen på {gata} gör att man får kliva ut i körbanan för att komma på bussen.",
            "Snön från gatan har plogats upp på vår trottoarkant så att det inte finns någonstans att gå.",
            "Entreprenören som kör snöslungan har slungat upp snö och grus mot vårt köksfönster.",
        ],
        "details": [
            "Jag har själv fått anlita en granne med traktor och betalt {belopp} kronor ur egen ficka.",
            "Vore det möjligt att få en förklaring till hur man prioriterar gatorna?",
            "Jag anhåller om att kommunen ersätter skadan.",
            "Min make sitter i rullstol och vi är nu helt instängda.",
            "Jag har ringt växeln flera gånger utan att komma fram.",
            "Det är ju ändå så att vi betalar vår skatt som alla andra.",
            "Förr om åren kom plogen redan i gryningen.",
            "Ambulansen skulle inte kunna komma fram om något hände.",
            "Jag har tagit fotografier som jag kan skicka om så önskas.",
        ],
        "asides": [
            "vallen som plogbilen lämnar vid vår infart är fortfarande kvar",
            "gatan utanför huset borde plogas tidigare på morgonen",
            "snöhögen vid korsningen skymmer sikten",
        ],
    },
    "icy_paths": {
        "weight": 8, "months": [9, 10, 7, 4, 1, 0],
        "subj": ["Halkan", "Sandning", "Is på trottoaren", "Gruset"],
        "cores": [
            "Trottoaren längs {gata} är spegelblank och ingen har sandat på flera dagar.",
            "I förra veckan halkade jag och föll handlöst på isen utanför {plats}.",
            "Backen upp mot {plats} är förrädiskt hal och vi äldre vågar inte längre gå ut.",
            "Jag anhåller vördsamt om att det sandas vid trappan ned mot {plats}.",
            "Det ligger blankis under nysnön och det är livsfarligt att gå med rollator.",
            "Sandlådan vid vår gata är tom sedan länge, så man kan inte ens strö själv.",
            "Man har saltat körbanan men gångbanan har lämnats åt sitt öde.",
            "Min väninna bröt handleden när hon föll på den isiga gångvägen vid {plats}.",
            "Efter töväder och sträng kyla i natt är hela kvarteret en enda isgata.",
            "Det grus som strötts ut är så fint att det inte hjälper det minsta mot halkan.",
            "Nu när våren kommit ligger vinterns sandningsgrus kvar i drivor längs {gata} och dammar in i fönstren.",
            "Inte ens med broddar under kängorna kan man ta sig fram till affären.",
            "Det droppar från taket på {plats} och vattnet fryser till en isfläck mitt på gångbanan.",
            "Ni måste komma och strö på cykelvägen vid skolan innan någon slår sig fördärvad.",
            "Vid busshållplatsen är det så glashalt att man får hålla sig i stolpen.",
            "Gruset har ännu inte sopats upp från gång- och cykelbanorna fast det snart är maj.",
        ],
        "details": [
            "Jag fick uppsöka vårdcentralen och har fortfarande ont i höften.",
            "Jag undrar om kommunen har något ansvar för skadan och om man kan få ersättning.",
            "Vi är många pensionärer i kvarteret som går till {plats} varje dag.",
            "Tacksam om någon ser över detta omgående innan olyckan är framme.",
            "Jag går med rollator sedan höftoperationen.",
            "Kanske kunde man ställa ut en sandkista vid hörnet?",
            "Det är ju bara en tidsfråga innan någon bryter lårbenshalsen.",
        ],
        "asides": [
            "det är mycket halt på trottoaren vid {plats}",
            "ingen har sandat backen vid vår gata",
            "vinterns grus ligger fortfarande kvar på gångvägen",
        ],
    },
    "home_care": {
        "weight": 12, "months": [5, 5, 5, 5, 5, 5],
        "subj": ["Hemtjänsten", "Hjälpen i hemmet", "Ansökan om mer hjälp", "Personalen"],
        "cores": [
            "Jag har sedan i höstas hjälp av hemtjänsten men tycker att tiden inte räcker till.",
            "Personalen som kommer till min mor byts ut nästan varje dag och hon känner sig otrygg.",
            "Jag önskar få utökad hjälp med dusch, eftersom jag inte längre klarar det på egen hand.",
            "Flickorna som kommer hem till mig är ofta mycket sena, ibland först {klocka} i stället för överenskommen tid.",
            "Min far, som är {alder} år, har fått besked att städningen skall minskas till var tredje vecka.",
            "Jag anhåller härmed om hjälp med inköp och tvätt, då min syn blivit sämre.",
            "Vid flera tillfällen har ingen kommit alls på kvällen och jag har fått lägga mig påklädd.",
            "Jag vill framföra mitt tack till personalen men samtidigt klaga på att de har så förfärligt bråttom.",
            "Biståndshandläggaren lovade i {manad} att se över mitt beslut, men jag har inte hört något sedan dess.",
            "Det är svårt att förstå vad de unga säger, och de hinner aldrig sätta sig en stund.",
            "Min hustru har blivit glömsk och jag orkar inte längre sköta allt själv.",
            "Jag behöver hjälp att komma i stödstrumporna om morgnarna, men det har man sagt nej till.",
            "Efter sjukhusvistelsen behöver jag betydligt mer hjälp i hemmet än förut.",
            "Hemsamariten, som man sade förr, kommer aldrig när man verkligen behöver henne.",
            "Vi har fått ett nytt schema som inte passar alls, då jag har dialys på {veckodag}arna.",
            "Ingen hjälper mig längre med att handla, och jag har fått leva på knäckebröd i en vecka.",
            "Jag vill ansöka om avlösning i hemmet så att jag kan gå ifrån min sjuke make några timmar.",
        ],
        "details": [
            "Jag har bott i samma lägenhet i {ar} år och vill gärna bo kvar.",
            "Min dotter bor i {stad} och kan sällan hjälpa till.",
            "Jag begär att få ett nytt beslut skriftligt.",
            "Kontaktpersonen heter {fornamn} och är mycket vänlig, men hon är ofta ledig.",
            "Jag vill inte flytta till något boende.",
            "Ring gärna, jag är hemma om förmiddagarna.",
            "Jag har inga klagomål på själva flickorna, de gör så gott de kan.",
            "Nyckeln har de fått sedan länge.",
        ],
        "asides": [
            "hemtjänsten kommer ofta för sent på kvällarna",
            "jag skulle behöva lite mer hjälp med städningen",
            "personalen byts ut så ofta att man inte hinner lära känna någon",
        ],
    },
    "safety_alarm": {
        "weight": 6, "months": [5, 5, 5, 5, 5, 5],
        "subj": ["Trygghetslarmet", "Larmet", "Larmknappen", "Ansökan om larm"],
        "cores": [
            "Jag har ett trygghetslarm runt handleden, men när jag provade det i {veckodag}s svarade ingen.",
            "Larmknappen har börjat pipa om nätterna och jag vet inte hur man stänger av den.",
            "Efter mitt fall i badrummet vill jag ansöka om ett larm så att jag kan tillkalla hjälp.",
            "När jag tryckte på larmet dröjde det {timmar} innan någon kom.",
            "Vi har sagt upp den fasta telefonen och nu fungerar inte larmapparaten.",
            "Jag har tappat bort armbandet till larmet och undrar vad ett nytt kostar.",
            "Nyckeln som lämnats till larmpatrullen passar inte längre sedan vi bytte lås.",
            "Min mor vägrar bära armbandet, kan man få en knapp i halsband i stället?",
            "Den lilla dosan bredvid telefonen lyser rött hela tiden.",
            "Jag vill säga upp larmet efter min makes bortgång, det var han som hade det.",
            "Vid provlarmet förra månaden svarade en röst som talade ett språk jag inte förstod.",
            "Kan man få en falldetektor som larmar av sig själv om man ramlar?",
            "Larmet gick av av misstag och sedan kom två personer mitt i natten, jag blev mycket förskräckt.",
            "Batteriet i klockan tar slut efter några dagar fast jag laddar den som man visat.",
        ],
        "details": [
            "Jag bor ensam och har ingen anhörig i närheten.",
            "Telefonnumret är detsamma som förut.",
            "Det är ju hela meningen att man skall känna sig trygg.",
            "Tacksam om en tekniker kunde komma hem och se på apparaten.",
            "Jag betalar {belopp} kronor i månaden för denna tjänst.",
            "Jag låg på golvet en hel natt i {manad} och vill inte vara med om det igen.",
        ],
        "asides": [
            "larmdosan piper ibland utan anledning",
            "jag skulle vilja ha ett nytt armband till larmet",
            "det tog lång tid innan någon svarade när jag provade larmet",
        ],
    },
    "meals_delivery": {
        "weight": 5, "months": [5, 5, 5, 5, 5, 5],
        "subj": ["Matlådorna", "Maten", "Matdistributionen", "Beställning av mat"],
        "cores": [
            "Matlådorna som levereras hem till mig är ofta kalla när de kommer fram.",
            "Jag har fått fisk fyra dagar i rad fast jag uppgav att jag inte tål fisk.",
            "Jag vill beställa hem mat från kommunens kök, då jag inte längre orkar stå vid spisen.",
            "Portionerna är så små att de knappt räcker till ett mål för en vuxen människa.",
            "Maten smakar ingenting alls, det fattas både salt och kärlek.",
            "Budet ställer lådorna utanför dörren och där har de blivit stående i kylan.",
            "Jag är sockersjuk och behöver specialkost, men det tycks inte ha nått köket.",
            "I {manad} höjdes priset för matleveransen utan att vi blev underrättade.",
            "Jag vill avbeställa lådorna under {tidsperiod} då jag reser till min son i {stad}.",
            "Potatisen är mosig och köttet segt som läder, det är inte vad man är van vid.",
            "Kan man få välja mellan två rätter som på andra orter?",
            "Leveransen kommer numera bara en gång i veckan och kylskåpet rymmer inte alla portioner.",
            "Min gamla far har löständer och kan inte tugga den hårda maten som skickas.",
            "Efterrätten har uteblivit hela månaden fast den ingår enligt broschyren.",
        ],
        "details": [
            "Förr lagade man maten i köket på {plats} och då var den mycket bättre.",
            "Jag har sparat en låda som ni kan komma och titta på.",
            "Jag vill gärna få en matsedel i förväg.",
            "Det vore en välgärning om någon tog sig an detta.",
            "Jag betalar {belopp} kronor i månaden och tycker mig ha rätt att ställa krav.",
        ],
        "asides": [
            "matlådorna kommer ofta kalla",
            "jag vill avbeställa maten några dagar i {manad}",
            "portionerna i matlådorna är väl snåla",
        ],
    },
    "care_fee": {
        "weight": 6, "months": [7, 6, 5, 5, 4, 4],
        "subj": ["Räkningen", "Avgiften", "Faktura omsorg", "Omprövning av avgift"],
        "cores": [
            "Jag har fått en räkning från omsorgen på {belopp} kronor som jag inte förstår mig på.",
            "Fakturan för {manad} är betydligt högre än vanligt trots att jag haft mindre hjälp.",
            "Jag bifogar mitt pensionsbesked och anhåller om att avgiften räknas om.",
            "Man har debiterat mig för besök som aldrig har ägt rum.",
            "Sedan min make gick bort är min inkomst mycket lägre och jag kan omöjligt betala samma avgift.",
            "Jag har betalt räkningen två gånger av misstag och vill ha pengarna tillbaka.",
            "Vad ingår egentligen i maxtaxan, och varför skall jag betala extra för tvätten?",
            "Under tiden jag låg på lasarettet har avgiften dragits ändå.",
            "Jag har fått en påminnelse med förseningsavgift fast jag betalade i god tid.",
            "Inkomstförfrågan som skickades ut har jag fyllt i efter bästa förmåga, se bilaga.",
            "Förbehållsbeloppet tycks icke ta hänsyn till min höga hyra.",
            "Jag önskar att avgiften dras via autogiro i stället för pappersräkning.",
            "Avgiftshandläggaren har inte besvarat mitt förra brev om beräkningen.",
            "Min bostadstillägg har inte räknats med när ni fastställt vad jag skall betala.",
        ],
        "details": [
            "Min pension är {belopp_pension} kronor i månaden före skatt.",
            "Hyran har nyligen höjts till {belopp_hyra} kronor.",
            "Jag har alltid skött mina räkningar och vill inte hamna hos inkasso.",
            "Var vänlig skicka en specifikation.",
            "OCR-nummer på räkningen: {ocr}.",
            "Det är svårt att få pengarna att räcka till både mat och medicin.",
        ],
        "asides": [
            "räkningen för hjälpen i hemmet var högre än vanligt denna månad",
            "jag fått en påminnelse om avgift som jag redan betalat",
            "avgiften för omsorgen borde räknas om nu när min pension är lägre",
        ],
    },
    "transport_service": {
        "weight": 9, "months": [5, 5, 5, 5, 5, 5],
        "subj": ["Färdtjänst", "Taxiresan", "Ansökan färdtjänst", "Överklagan"],
        "cores": [
            "Jag ansöker härmed om färdtjänst, eftersom jag inte kan gå fram till busshållplatsen.",
            "Taxin som skulle hämta mig till vårdcentralen kom aldrig och jag missade min tid.",
            "Jag vill överklaga beslutet om avslag på min ansökan om färdtjänst.",
            "Chauffören var otrevlig och hjälpte mig inte med rollatorn in i bilen.",
            "Mitt färdtjänstkort går ut i {manad} och jag undrar hur man förnyar det.",
            "Vid beställningen fick jag vänta i telefonkö i över {minuter} minuter.",
            "Jag behöver ha med mig en ledsagare på resorna, kan det ordnas?",
            "Bilen var full med andra resenärer och körde sådana omvägar att resan tog {timmar}.",
            "Egenavgiften för resorna har blivit så hög att jag inte har råd att hälsa på min syster.",
            "Kan jag få åka ensam i bilen, jag blir illamående när det är många?",
            "Jag önskar resa till {stad} för att besöka min bror, gäller tillståndet dit?",
            "Min rullstol fick inte plats i den bil som skickades.",
            "Föraren släppte av mig vid fel ingång till sjukhuset och jag fick gå långt i kylan.",
            "Bilen kom en halvtimme för tidigt och for sin väg när jag inte stod färdig.",
        ],
        "details": [
            "Jag har intyg från doktorn som styrker mitt handikapp.",
            "Det är inte första gången detta händer.",
            "Vänligen meddela vem jag skall vända mig till.",
            "Resan var beställd till {klocka}.",
            "Jag kan inte ta bussen sedan jag fick min stroke.",
        ],
        "asides": [
            "taxin från färdtjänsten kom för sent förra veckan",
            "mitt tillstånd för färdtjänst snart behöver förnyas",
            "chauffören i färdtjänstbilen inte hjälpte mig med rollatorn",
        ],
    },
    "home_adaptation": {
        "weight": 7, "months": [4, 5, 5, 5, 5, 4],
        "subj": ["Bostadsanpassning", "Ansökan om bidrag", "Duschen", "Ramp"],
        "cores": [
            "Jag anhåller om bidrag för att ta bort badkaret och ersätta det med en duschplats.",
            "Tröskeln mellan köket och vardagsrummet är för hög för min rollator.",
            "Vi behöver en ramp vid ytterdörren då min man numera sitter i rullstol.",
            "Arbetsterapeuten har varit här och anser att jag behöver stödhandtag vid toaletten.",
            "Jag bor på {vaning} våningen utan hiss och kan inte längre ta mig uppför trapporna.",
            "Min ansökan om spisvakt har legat hos Er sedan {manad} utan besked.",
            "Hantverkaren som kommunen skickade gjorde ett slarvigt arbete med duschväggen.",
            "Kan man få hjälp med en automatisk dörröppnare till porten?",
            "Vi vill bygga om badrummet och undrar vad kommunen står för och vad vi själva får betala.",
            "Hyresvärden har gett sitt medgivande till ombyggnaden, se bifogat papper.",
            "Det behövs en trapphiss eller annan lösning för att jag skall kunna bo kvar i huset.",
            "Jag har fått avslag på bidraget för förhöjd toalettstol och förstår inte varför.",
            "Dörrkarmarna är för smala för rullstolen och behöver breddas.",
            "Balkongdörren har en så hög tröskel att jag aldrig kommer ut på balkongen.",
        ],
        "details": [
            "Offerten från byggfirman ligger på {belopp_stor} kronor.",
            "Läkarintyg bifogas.",
            "Huset är byggt {byggar} och inte gjort för gamla människor.",
            "Jag vill gärna bo kvar hemma så länge det går.",
            "Arbetsterapeuten heter {fornamn} och kan intyga behovet.",
        ],
        "asides": [
            "tröskeln till badrummet behöver tas bort",
            "jag väntar fortfarande på besked om handtagen i badrummet",
            "vi skulle behöva en ramp vid entrén",
        ],
    },
    "waste_collection": {
        "weight": 10, "months": [5, 5, 5, 5, 6, 7],
        "subj": ["Sophämtningen", "Soptunnan", "Kärlet", "Ej tömt"],
        "cores": [
            "Sopbilen har inte tömt vårt kärl på {veckor} veckor.",
            "Soptunnan blev stående full efter hämtningsdagen fast den stod vid vägkanten som den skulle.",
            "Jag vill byta till ett mindre kärl, då jag numera bor ensam och inte har så mycket avfall.",
            "Locket på tunnan gick sönder när chauffören vräkte ner den i backen.",
            "Det luktar förskräckligt från matavfallet nu när det blivit varmt, kan det hämtas oftare?",
            "Papperspåsarna till matresterna är slut och jag vet inte var man får nya.",
            "Kan jag få hjälp att dra fram tunnan till gatan, jag klarar inte backen?",
            "Återvinningsstationen vid {plats} är överfull och folk ställer sina kartonger på marken.",
            "Jag har fått faktura för sophämtning trots att huset står tomt hela vintern.",
            "Kråkorna river i skräpet eftersom tunnan inte har blivit tömd.",
            "Hur blir man av med en gammal soffa och en madrass när man inte har bil?",
            "Hämtningsdagen har flyttats utan att vi fått veta det.",
            "Renhållningsbilen backar upp på min gräsmatta och lämnar djupa hjulspår.",
            "Min tunna har blivit utbytt mot en trasig och jag vill ha tillbaka en hel.",
        ],
        "details": [
            "Vi har betalat vår avgift som vanligt, {belopp} kronor per kvartal.",
            "Grannarna har samma bekymmer.",
            "Tunnan har nummer {karlnr} på sidan.",
            "Det har blivit ett sanitärt problem med flugor och råttor.",
            "Chaufförerna förr i tiden var mycket hjälpsamma.",
        ],
        "asides": [
            "soptunnan inte blev tömd i {veckodag}s",
            "jag skulle vilja ha ett mindre sopkärl",
            "sopbilen kör upp på gräsmattan",
        ],
    },
    "septic_emptying": {
        "weight": 3, "months": [1, 1, 3, 6, 8, 9],
        "subj": ["Slamtömning", "Brunnen", "Tömning avlopp", "Faktura slam"],
        "cores": [
            "Slambilen har ännu inte varit här för att tömma vår trekammarbrunn i år.",
            "Jag vill beställa en extra tömning av avloppsbrunnen vid sommarstugan i {landsbygd}.",
            "Chauffören av slamsugningsbilen körde sönder vår gräsmatta och en rabatt.",
            "Vi har fått faktura för slamtömning fast brunnen inte blev tömd, locket satt fast.",
            "Kan tömningen av den slutna tanken flyttas till efter midsommar, vi kommer inte ut förrän då?",
            "Brunnslocket är tungt och jag orkar inte lyfta av det själv som det står i brevet.",
            "Avloppet luktar illa och det bubblar i toaletten, jag tror att brunnen är full.",
            "Vi har anslutit oss till det kommunala avloppet och behöver inte längre någon tömning.",
            "Slangen räcker inte fram från vägen till brunnen, vad gör man då?",
            "Vi vill ansöka om glesare tömning av slamavskiljaren, vi är bara två och bor där sommartid.",
            "Det stod i avin att tömning skulle ske vecka {vecka} men ingen kom.",
            "Efter tömningen hade man glömt att lägga tillbaka locket ordentligt, det är farligt för barnbarnen.",
            "Vad kostar det att få latrinkärlet från torrdasset på landet hämtat?",
        ],
        "details": [
            "Fastighetsbeteckning: {fastighet}.",
            "Vägen dit är farbar hela året.",
            "Nyckeln till vägbommen hänger i ladan.",
            "Fakturan lyder på {belopp} kronor.",
            "Brunnen ligger bakom jordkällaren.",
        ],
        "asides": [
            "brunnen vid sommarstugan borde tömmas före midsommar",
            "slambilen körde sönder gräsmattan förra året",
            "vi fick räkning för en tömning som inte blev av",
        ],
    },
    "water_meter": {
        "weight": 4, "months": [8, 4, 3, 3, 3, 3],
        "subj": ["Vattenmätaren", "Avläsning", "Mätarställning", "Vattenräkningen"],
        "cores": [
            "Härmed översänder jag avläsningen av vattenmätaren som ni begärt: {matarstallning} kubikmeter.",
            "Jag kan inte läsa siffrorna på mätaren nere i källaren, glaset är immigt.",
            "Räkningen för vatten och avlopp är orimligt hög, mätaren måste vara felaktig.",
            "Mätaren har frusit sönder i den kalla källaren och vatten har runnit ut på golvet.",
            "Det har kommit ett brev om mätarbyte men ingen av de föreslagna tiderna passar mig.",
            "Jag har läst av mätaren men kortet ni skickade var redan ifyllt med fel siffror.",
            "Montören som bytte mätaren lämnade ett läckage vid kopplingen.",
            "Vi har omöjligen gjort av med så mycket vatten, vi är bara två gamla människor.",
            "Den uppskattade förbrukningen på räkningen stämmer inte alls med verkligheten.",
            "Vilka siffror är det man skall skriva ner, de svarta eller de röda?",
            "Mätaren snurrar fast alla kranar i huset är stängda.",
            "Jag begär att mätaren kontrolleras av någon opartisk.",
        ],
        "details": [
            "Mätarnummer {matarnr}.",
            "Förra året var förbrukningen endast {kubik} kubikmeter.",
            "Jag har ingen dator och kan inte lämna uppgiften på nätet.",
            "Avläst den {dag_kort}.",
            "Min granne hjälpte mig att lysa med ficklampan.",
        ],
        "asides": [
            "mätarställningen i källaren är {matarstallning}",
            "jag inte fått något kort för avläsning av vattenmätaren i år",
            "vattenräkningen verkar väl hög",
        ],
    },
    "cemetery": {
        "weight": 5, "months": [2, 2, 3, 6, 8, 7],
        "subj": ["Gravskötsel", "Graven", "Kyrkogården", "Gravrätt"],
        "cores": [
            "Jag vill beställa skötsel av min makes grav på {kyrkogard} för kommande säsong.",
            "Stenen på min mors grav lutar betänkligt och jag är rädd att den skall falla.",
            "Gruset på gångarna vid {kyrkogard} är så löst att man inte kan gå där med rollator.",
            "Vi har fått ett brev om att gravrätten löper ut och undrar vad som gäller.",
            "Blommorna jag planterade på graven har försvunnit, någon har tagit dem.",
            "Vattenkranarna på kyrkogården är fortfarande avstängda fast det är maj.",
            "Jag önskar att ni rensar ogräset kring familjegraven, jag orkar inte längre själv.",
            "Kan man få låna kanna och kärra vid grinden, det är långt att bära?",
            "Lyktan och vasen har välts av rådjur eller vandaler i vintras.",
            "Vi önskar låta hugga in ett nytt namn på stenen efter min brors bortgång.",
            "Häcken kring minneslunden är ovårdad och det är skräpigt vid papperskorgarna.",
            "Skötselavgiften har höjts kraftigt, vad ingår egentligen?",
            "Jag vill säga upp skötselavtalet och ta hand om graven själv igen.",
            "Gräsklipparen har kastat upp sten och gjort märken i den polerade gravstenen.",
        ],
        "details": [
            "Gravnummer {gravnr}, kvarter {kvarter}.",
            "Min make vilar där sedan {byggar2}.",
            "Jag bor numera långt bort och kan sällan komma dit.",
            "Det är ett helgat ställe och bör skötas därefter.",
            "Jag besöker graven varje {veckodag}.",
        ],
        "asides": [
            "jag vill beställa plantering på min makes grav i vår",
            "gravstenen på {kyrkogard} lutar",
            "vattenkranen vid kyrkogården inte fungerar",
        ],
    },
    "tree_felling": {
        "weight": 4, "months": [2, 2, 4, 7, 7, 5],
        "subj": ["Träden", "Fällning av träd", "Skymmande träd", "Grönområdet"],
        "cores": [
            "De stora granarna på kommunens mark bakom vårt hus skymmer all sol i trädgården.",
            "En björk på grönområdet intill min tomt lutar mot huset och jag fruktar att den skall blåsa omkull.",
            "Jag anhåller om tillstånd att fälla eller kapa några tallar på allmänningen vid {plats}.",
            "Löven från kommunens lönnar täpper till våra hängrännor varje höst.",
            "Rötterna från en stor pil i parken tränger in i vår avloppsledning.",
            "Under stormen i {manad_vinter} föll en väldig gren ned på vårt staket från kommunens skog.",
            "Aspskotten från dungen bredvid sprider sig in i min gräsmatta.",
            "Vi vill ha utsikt mot sjön igen som när vi köpte huset, men slyet har vuxit upp.",
            "Ett dött träd står kvar i lekparken vid {plats} och det är farligt för barnen.",
            "Grannen har sågat ner träd på kommunens mark utan lov, är det tillåtet?",
            "Kan kommunen komma och tukta buskarna som växer ut över gångvägen?",
            "Vi har i många år bett att få träden gallrade men ingenting händer.",
            "Barr och kottar från tallarna på kommunens tomt faller ner i vår brunn.",
            "Ekarna vid vår tomtgräns har blivit så stora att grenarna skaver mot taket.",
        ],
        "details": [
            "Vi betalar gärna en del av kostnaden själva.",
            "Jag bifogar en skiss över tomten där träden är markerade med kryss.",
            "Träden är säkert {hojd} meter höga.",
            "Det är skuggigt på altanen redan vid middagstid.",
            "Mina solceller ger ingenting på grund av skuggan.",
        ],
        "asides": [
            "granarna bakom vår tomt skymmer solen",
            "en stor gren hänger farligt över gångvägen vid {plats}",
            "buskarna vid vår tomtgräns behöver klippas",
        ],
    },
    "boat_berth": {
        "weight": 1.7, "months": [2, 3, 5, 8, 8, 6],
        "subj": ["Båtplatsen", "Bryggplats", "Hamnen", "Uppsägning båtplats"],
        "cores": [
            "Jag vill säga upp min båtplats i {hamn}, båten är såld då jag inte längre orkar.",
            "Jag har stått i kö för båtplats sedan {koar} och undrar hur länge till jag måste vänta.",
            "Bryggan i {hamn} har ruttna plankor och en förtöjningsboj har slitit sig.",
            "Kan min båtplats övergå till min son, han har tagit över båten?",
            "Avgiften för bryggplatsen har höjts utan att någonting förbättrats i hamnen.",
            "Någon har lagt sin båt på min plats och jag kommer inte åt.",
            "Får båten stå kvar på vinteruppläggningsplatsen till början av maj?",
            "Det har inte tagits bort några gamla båtvrak i hamnen på flera år.",
            "Jag har fått räkning för båtplats fast jag sade upp den i fjol.",
            "Sjösättningsrampen är sönderkörd och det går inte att få i båten.",
            "Elen på bryggan fungerar inte och vi behöver ladda batteriet.",
            "Jag önskar byta till en smalare plats, min nya båt är mindre.",
        ],
        "details": [
            "Båten är en {batmodell}.",
            "Platsen har nummer {platsnr}.",
            "Jag har haft plats där sedan {byggar2}.",
            "Vi är många äldre båtägare som undrar samma sak.",
        ],
        "asides": [
            "jag vill säga upp min båtplats",
            "bryggan i {hamn} behöver lagas",
            "jag står fortfarande i kö för båtplats",
        ],
    },
}

THEME_IDS = list(THEMES)

# ---------------------------------------------------------------------------
# Letter frame
# ---------------------------------------------------------------------------

GREETINGS = [
    "Till kommunen.", "Bästa tjänsteman!", "Hej!", "Till vederbörande.", "Ärade mottagare,",
    "Goddag!", "Till {stad_hem} kommun", "Till Kommunstyrelsen", "Bäste handläggare,",
    "Hej på Er!", "Till den det vederbör:", "Ärade kommun!", "God dag,", "Till Kommunens växel",
]
INTROS = [
    "Jag är en pensionär på {alder} år som har bott i {stad_hem} i hela mitt liv.",
    "Undertecknad, änka sedan {ar} år, bor ensam på {gata}.",
    "Jag skriver på min mors vägnar, hon är {alder} år och ser mycket dåligt.",
    "Jag har ingen dator, därför skriver jag detta brev.",
    "Ursäkta min handstil, händerna darrar numera.",
    "Det är med viss tvekan jag vänder mig till Er i detta ärende.",
    "Jag har tidigare ringt men blev hänvisad att skriva.",
    "Härmed vill jag framföra följande.",
    "Jag hoppas att detta brev når rätt person.",
    "Min man och jag har bott på {gata} sedan {byggar}.",
    "Jag är född {byggar} och har betalat skatt i denna kommun hela mitt liv.",
    "Min granne har hjälpt mig att skriva detta.",
    "Jag skriver för andra gången i samma sak.",
    "Jag vänder mig till Er som ansvariga.",
]
FILLERS = [
    "Jag ber om ursäkt för besväret.",
    "Ni får gärna ringa mig, jag har samma nummer som förr.",
    "Jag är tacksam för allt som kommunen gör, men så här kan det inte fortsätta.",
    "Jag hoppas på Er förståelse.",
    "Det vore mig till stor hjälp.",
    "Jag har inte ork att springa på kontoren.",
    "Tidigare har jag alltid varit nöjd.",
    "Jag väntar med spänning på Ert svar.",
    "Man blir ju inte yngre.",
    "Förlåt om jag skriver otydligt.",
]
CLOSINGS = [
    "Med vänlig hälsning", "Med vänliga hälsningar", "Högaktningsfullt", "Vördsamt",
    "Tacksam för svar", "Hälsningar", "Med förhoppning om snar åtgärd", "I förväg tack",
    "Med utmärkt högaktning", "Tack på förhand", "Vänligen", "Med hopp om svar",
]
ASIDE_LEADS = [
    "Då jag ändå har pennan i handen vill jag nämna att ",
    "P.S. Jag vill också påpeka att ",
    "En annan sak är att ",
    "Passar även på att nämna att ",
    "Dessutom vill jag tillägga att ",
    "Ytterligare en sak är att ",
    "Apropå annat så har det sig så att ",
    "PS. Ni bör också veta att ",
]
FORM_TITLES = [
    "SYNPUNKTER OCH KLAGOMÅL", "BLANKETT - SYNPUNKT / KLAGOMÅL", "MEDDELANDE TILL KOMMUNEN",
    "ANSÖKAN / ANMÄLAN", "Svarskort", "Lämna en synpunkt", "KOMMUNENS BLANKETT FÖR FELANMÄLAN",
    "Blankett för skriftlig kontakt",
]


def _date_line(rng: random.Random, d: _dt.date, town: str) -> str:
    wd = d - _dt.timedelta(days=rng.choice([0, 1, 1, 2, 3, 4, 6]))
    if wd.year < 2026:
        wd = d
    mon = MONTHS[wd.month - 1]
    return rng.choice([
        f"{town} den {wd.day} {mon} {wd.year}",
        f"{town} {wd.isoformat()}",
        f"{wd.day}/{wd.month} {wd.year}",
        f"{town}, den {wd.day}:e {mon}",
        f"{wd.day} {mon} -26",
        f"{town} {wd.day}.{wd.month}.{wd.year}",
        f"den {wd.day} {mon.capitalize()} {wd.year}",
    ])


def _signature(rng: random.Random) -> str:
    name = rng.choice(FIRST_NAMES)
    init = rng.choice("ABEGHJKLMNOPSTW")
    return rng.choice([
        f"{name} {init}.", f"{name}", f"{name} {init}. ({rng.randint(72, 96)} år)",
        f"{name} {init}., {fill('{gata}', rng)}", f"/{name}", f"Er {name} {init}.",
        f"{name} {init}. (skrivet av dotter)",
    ])


def _pick_date(rng: random.Random, months: list[int]) -> _dt.date:
    m = rng.choices(range(1, 7), weights=months)[0]
    last = 31 if m in (1, 3, 5) else (30 if m in (4, 6) else 28)
    return _dt.date(2026, m, rng.randint(1, last))


def _body(rng: random.Random, theme: dict) -> list[str]:
    cores = rng.sample(theme["cores"], 2 if rng.random() < 0.35 else 1)
    n_det = rng.choices([0, 1, 2, 3], weights=[25, 40, 25, 10])[0]
    dets = rng.sample(theme["details"], min(n_det, len(theme["details"])))
    parts = [fill(c, rng) for c in cores]
    for d in dets:
        parts.insert(rng.randint(1, len(parts)), fill(d, rng))
    return parts


def _aside(rng: random.Random, main_id: str) -> str:
    other = rng.choice([t for t in THEME_IDS if t != main_id])
    text = fill(rng.choice(THEMES[other]["asides"]), rng)
    return rng.choice(ASIDE_LEADS) + text + "."


def _compose(rng: random.Random, tid: str, d: _dt.date, kanal: str) -> str:
    theme = THEMES[tid]
    town = rng.choice(TOWNS)
    SLOTS["stad_hem"] = lambda r, t=town: t
    body = _body(rng, theme)
    pre: list[str] = []
    if rng.random() < 0.55:
        pre.append(fill(rng.choice(INTROS), rng))
        if rng.random() < 0.15:
            pre.append(fill(rng.choice(INTROS), rng))
    post: list[str] = []
    if rng.random() < 0.35:
        post.append(rng.choice(FILLERS))
    if rng.random() < 0.15:
        post.append(_aside(rng, tid))
    sentences = pre + body + post
    while len(sentences) < 3:
        extra = fill(rng.choice(theme["details"]), rng) if rng.random() < 0.5 else rng.choice(FILLERS)
        if extra not in sentences:
            sentences.insert(len(pre) + 1, extra)
    sentences = sentences[:10]
    if kanal == "brev":
        head = [_date_line(rng, d, town), fill(rng.choice(GREETINGS), rng)]
        if rng.random() < 0.2:
            head = head[::-1][:1] + head[:1] if rng.random() < 0.5 else head[:1]
        tail = [rng.choice(CLOSINGS), _signature(rng)]
        if rng.random() < 0.1:
            tail = tail[1:]
        return " ".join(head + sentences + tail)
    # blankett: a filled-in paper form
    sig = _signature(rng)
    fields = [rng.choice(FORM_TITLES)]
    fields.append(rng.choice(["Datum: ", "Datum ", "Dat: "]) + _date_line(rng, d, town).split(" ", 1)[-1]
                  if rng.random() < 0.5 else "Datum: " + d.isoformat())
    fields.append(rng.choice(["Namn: ", "Namn ", "Sökande: "]) + sig.lstrip("/").split(",")[0])
    if rng.random() < 0.6:
        fields.append("Adress: " + fill("{gata}", rng) + ", " + town)
    if rng.random() < 0.5:
        fields.append(rng.choice(["Ärendet gäller: ", "Ärende: ", "Gäller: "]) + rng.choice(theme["subj"]))
    if rng.random() < 0.45:
        box = rng.choice(["[X] Klagomål [ ] Synpunkt [ ] Beröm", "[ ] Beröm [x] Klagomål [ ] Fråga",
                          "Klagomål X Synpunkt _ Fråga _", "[ ] Klagomål [X] Fråga/ansökan"])
        fields.append(box)
    fields.append(rng.choice(["Beskrivning: ", "Beskriv ärendet: ", "Meddelande: ", "Text: "])
                  + " ".join(sentences))
    if rng.random() < 0.5:
        fields.append(rng.choice(["Önskar svar: [X] Ja, per brev", "Svar önskas per post",
                                  "Vill bli kontaktad: JA", "Svar: [x] brev [ ] telefon"]))
    fields.append(rng.choice(["Underskrift: ", "Namnteckning: ", "Sign. "]) + sig)
    return " ".join(fields)


# ---------------------------------------------------------------------------
# OCR noise
# ---------------------------------------------------------------------------

_UMLAUT = {
    "å": ["a", "a", "ã", "&", "ä", "a°"], "ä": ["a", "a", "å", "ã", "a\"", "à"],
    "ö": ["o", "o", "6", "õ", "ò", "o\""], "Å": ["A", "A", "Ä"], "Ä": ["A", "A", "Å"],
    "Ö": ["O", "O", "0"],
}
_STRAY = ["|", "~", "|", "'", ".", "¦", ",", "~", "°", "_"]


def ocr_noise(text: str, rng: random.Random, level: float) -> str:
    if level <= 0:
        return text
    words = text.split(" ")
    out: list[str] = []
    for w in words:
        if "rn" in w and rng.random() < 0.55 * level:
            w = w.replace("rn", "m", 1)
        elif "m" in w and rng.random() < 0.05 * level:
            w = w.replace("m", "rn", 1)
        if any(c in _UMLAUT for c in w):
            w = "".join(rng.choice(_UMLAUT[c]) if c in _UMLAUT and rng.random() < 0.3 * level else c
                        for c in w)
        if "l" in w and rng.random() < 0.04 * level:
            w = w.replace("l", "1", 1)
        if "i" in w and rng.random() < 0.03 * level:
            w = w.replace("i", rng.choice(["l", "í", "1"]), 1)
        if "e" in w and rng.random() < 0.02 * level:
            w = w.replace("e", "c", 1)
        if len(w) >= 9 and w.isalpha() and rng.random() < 0.09 * level:
            k = rng.randint(3, len(w) - 3)
            w = w[:k] + rng.choice(["- ", "- ", "-", " "]) + w[k:]
        if rng.random() < 0.025 * level:
            w = w + rng.choice(_STRAY) if rng.random() < 0.6 else rng.choice(_STRAY) + " " + w
        out.append(w)
    res = []
    for i, w in enumerate(out):
        res.append(w)
        if i < len(out) - 1:
            res.append("" if rng.random() < 0.035 * level else " ")
    s = "".join(res)
    if rng.random() < 0.3 * level:
        s = rng.choice(["|", "~ ", "' ", ". ", "I "]) + s
    if rng.random() < 0.2 * level:
        s = s + rng.choice([" |", " ~", " _", " .", " ¦"])
    return s


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------

def make_log(rows: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(f"brev-{seed}")
    weights = [THEMES[t]["weight"] for t in THEME_IDS]
    log: list[dict[str, str]] = []
    for _ in range(rows):
        tid = rng.choices(THEME_IDS, weights=weights)[0]
        d = _pick_date(rng, THEMES[tid]["months"])
        kanal = "brev" if rng.random() < 0.64 else "blankett"
        text = _compose(rng, tid, d, kanal)
        level = rng.choices([0.0, 0.4, 0.9, 1.6], weights=[18, 35, 32, 15])[0]
        text = ocr_noise(text, rng, level)
        text = re.sub(r"\s+", " ", text).strip()
        log.append({"text": text, "datum": d.isoformat(), "kanal": kanal, "true_theme": tid})
    log.sort(key=lambda r: r["datum"])
    return log


def main() -> None:
    write_log_cli(make_log, __doc__, "text")


if __name__ == "__main__":
    main()
