"""Held-out labelled test log: formal written correspondence to a Swedish municipality's registry.

Imitates what the registrator of a (fictional) municipality, Älvsunda kommun, receives as e-mail,
scanned letters and web-form submissions from residents, bostadsrättsföreningar, small firms,
associations, property managers and law firms.  Style: heavy boilerplate around the matter
(letterheads, 'Ert datum / Vår referens / Diarienummer' lines, 'Ämne:'/'Angående:' lines,
salutations, long polite preambles, signatures, company footers, legal disclaimers, 'Skickat från
min iPhone', quoted earlier replies); the matter itself is often one or two sentences in the middle.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import textwrap

from check_log_cli import write_log_cli

START = dt.date(2026, 1, 1)
END = dt.date(2026, 6, 30)
KOMMUN = "Älvsunda kommun"

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]

FIRST = ["Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Kerstin", "Ingrid", "Malin",
         "Johanna", "Sofia", "Elin", "Ida", "Linnea", "Fatima", "Amira", "Leila", "Zeynep", "Nadia",
         "Aisha", "Hanna", "Birgitta", "Marie", "Ulla", "Agneta", "Camilla", "Jenny", "Ewa", "Monika",
         "Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Mikael", "Peter", "Jan", "Hans", "Thomas",
         "Daniel", "Fredrik", "Mattias", "Oskar", "Ali", "Mohammed", "Ahmed", "Hassan", "Omar",
         "Dragan", "Piotr", "Tomasz", "Juan", "Yusuf", "Mehmet", "Nikola", "Bengt", "Göran",
         "Lennart", "Ulf", "Stefan", "Magnus", "Kent", "Jonas", "Henrik", "Reza", "Samir", "Arvid"]
SUR = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
       "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Berg", "Holm",
       "Sandberg", "Lund", "Ek", "Nyström", "Hassan", "Ali", "Yilmaz", "Nowak", "Kovačević",
       "Hussein", "Ahmadi", "Virtanen", "Korhonen", "Nguyen", "Mohammadi", "Bergström", "Sjöberg",
       "Wallin", "Engström", "Forsberg", "Dahl", "Hedlund", "Lundgren", "Öberg", "Åberg", "Sundqvist"]
GATOR = ["Storgatan", "Björkvägen", "Kvarnbacksvägen", "Tallåsvägen", "Hagabyvägen", "Sjövägen",
         "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Ringvägen", "Ekbacksgränd", "Lärkstigen",
         "Vallmovägen", "Hamngatan", "Industrivägen", "Solbergaleden", "Prästgårdsvägen",
         "Åkervägen", "Lillsjövägen", "Östra Torpvägen", "Västra Allén", "Smedsgränd",
         "Bruksgatan", "Gärdesvägen", "Norra Ängsvägen", "Mjölnarstigen", "Bäckvägen", "Torggatan",
         "Stationsvägen", "Granbacken"]
OMR = ["Kvarnbacken", "Solberga", "Tallåsen", "Hagaby", "Västerhamnen", "Ekbacken", "Norra Ängen",
       "Lillsjön", "Östra Torp", "centrum", "Stationsområdet", "Björkhagen", "Bruksområdet",
       "Gärdet", "Sjöudden"]
PLATS = ["badplatsen vid Lillsjön", "Stationsparken", "idrottsplatsen i Solberga", "torget",
         "kyrkbacken", "gästhamnen", "lekparken i Ekbacken", "gångtunneln under Ringvägen",
         "vårdcentralen", "Hagaby skola", "återvinningsstationen vid Industrivägen",
         "busshållplatsen Tallåsens centrum", "pulkabacken vid Kvarnbacken", "strandpromenaden"]
BLOCK = ["Tallåsen", "Kvarnen", "Björken", "Hagaby", "Lärkan", "Ekbacken", "Sjöudden", "Smedjan",
         "Solberga", "Gärdet", "Prästgården", "Torpet", "Mjölnaren", "Bruket"]
BRF = ["Solgläntan", "Kvarnstenen", "Lärkan 4", "Tallbacken", "Hamnkranen", "Eken 12",
       "Sjöutsikten", "Vallmon", "Gärdesgården", "Mjölnaren 3", "Stationshuset", "Björkhagen Norra",
       "Smedjan 7", "Bruksparken"]
BOLAG_PRE = ["Nordvik", "Stensjö", "Älvsunda", "Granholm", "Bäckström", "Tallbo", "Hammar", "Lindö",
             "Ekström", "Sjöbo", "Vallby", "Hagström"]
BOLAG_SUF = ["Bygg & Montage AB", "Rör och VVS AB", "Måleri AB", "Fastighetsservice AB",
             "Entreprenad AB", "Elinstallationer AB", "Mark & Trädgård AB", "Transport AB",
             "Fastigheter AB", "Redovisning AB", "Städ & Fönsterputs AB", "Snickeri AB"]
FORENING = ["Villaägarföreningen {omr}", "{omr}s koloniförening", "{omr} IF", "PRO {omr}",
            "Hyresgästföreningen lokalförening {omr}", "Båtklubben Sjöudden", "Naturskyddskretsen i Älvsunda",
            "Samfällighetsföreningen {omr} vägar", "Hembygdsföreningen {omr}",
            "Föräldraföreningen vid Hagaby skola"]
DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "live.se", "telia.com", "icloud.com",
           "bredband.net", "yahoo.se"]
# Fictional phone ranges reserved for fiction by PTS.
PHONE_PATTERNS = ["070-17406{a:02d}", "08-465004{a:02d}", "031-39006{a:02d}", "040-62804{a:02d}",
                  "0980-3192{a:02d}"]

BYGG = ["tillbyggnad av enbostadshuset", "carport", "inglasat uterum", "garage med förråd",
        "Attefallshus", "takkupa", "altan med tak", "fasadändring", "plank mot gatan", "skärmtak",
        "växthus", "balkonger på gårdssidan", "solceller på taket", "eldstad med skorsten",
        "komplementbyggnad", "pool med pooltak", "friggebod", "uthyrningsstuga", "stödmur",
        "rivning av den gamla ladan"]

# ---------------------------------------------------------------------------------------------
# Themes.  weight -> size, senders -> sender-type weights, months -> month weights for datum.
# ---------------------------------------------------------------------------------------------

THEMES: dict[str, dict] = {}

THEMES["bygglov_arende"] = dict(
    weight=11,
    senders={"privat": 6, "foretag": 3, "brf": 2, "advokat": 1, "forvaltare": 1},
    dnr="BN",
    kat=["Bygga, bo och miljö", "Bygglov och anmälan", "Övrigt"],
    subj=["Bygglovsansökan {dnr}", "Angående vårt ärende om {bygg}", "Komplettering till ärende {dnr}",
          "Fråga om handläggningstid", "Startbesked?", "Ansökan – {adress}", "Sv: Föreläggande om komplettering",
          "Vårt lovärende", "Påminnelse: ärende {dnr}", "{bygg} på {fastbet}", "Bygglov {fastbet}",
          "Sv: Mottagningsbekräftelse ärende {dnr}"],
    open=["Det gäller vår ansökan om bygglov.", "Jag skriver angående vårt pågående lovärende.",
          "Som ni kanske ser i ert system har vi ett ärende hos byggnadsnämnden.",
          "Vi är de sökande i ärendet om {bygg} på {fastbet}.",
          "Jag ringde till bygglovsenheten i förra veckan men fick rådet att skriva i stället.",
          "Vi har anlitats av fastighetsägaren för att driva lovprocessen."],
    core=["Vi lämnade in en ansökan om bygglov för {bygg} på {adress} {pdatum} och har ännu inte fått något besked.",
          "Jag undrar hur långt handläggningen har kommit i mitt ärende om {bygg}.",
          "Enligt er bekräftelse skulle beslut fattas inom tio veckor från komplett ansökan, men nu har det gått betydligt längre än så.",
          "Bifogat finner ni de reviderade ritningarna som efterfrågades i ert föreläggande om komplettering.",
          "Lovet är beviljat men vi saknar fortfarande startbesked och entreprenören vill sätta igång {tidpunkt}.",
          "Kan ni bekräfta att vår ansökan nu är komplett, så att handläggningstiden börjar räknas?",
          "Handläggaren som hade vårt ärende verkar ha slutat och vi vet inte längre vem vi ska vända oss till.",
          "Vi behöver boka in ett tekniskt samråd inför bygget av {bygg} – när finns det lediga tider?",
          "Vi har fått en faktura på {belopp} kronor för lovet och undrar hur avgiften har räknats fram.",
          "Vår kontrollansvarige {namn} har skickat in kontrollplanen; behöver ni något mer från oss innan startbeskedet kan ges?",
          "Vi vill flytta {bygg} ungefär två meter jämfört med ritningen – krävs en helt ny ansökan eller räcker en revidering?",
          "Grannarna skulle ha yttrat sig senast {pdatum}; har det kommit in några synpunkter som vi behöver bemöta?",
          "Vi anmälde att {bygg} var färdigbyggd och bad om slutbesked, men sedan dess har det varit helt tyst.",
          "Jag förstår inte varför ni kräver en nybyggnadskarta för en så liten åtgärd som {bygg}.",
          "Hantverkarna står still i väntan på ert beslut och det kostar oss pengar varje vecka som går.",
          "Ni har bett om en ny situationsplan, men den vi skickade in visar redan avstånden till tomtgränsen.",
          "Är det verkligen lovplikt på {bygg} här, eller räcker det med en anmälan?"],
    detail=["Fastighetsbeteckningen är {fastbet}.", "Ärendet har diarienummer {dnr}.",
            "Samtliga ritningar skickades in via e-tjänsten.",
            "Vid mitt samtal med er i {manad} sades det att det bara var en formalitet kvar.",
            "Huset ligger inom detaljplanelagt område men åtgärden följer planen.",
            "Vi har grannarnas skriftliga medgivande och kan skicka in det igen om det behövs.",
            "Vi har bokat byggfirma och kran till {framdatum}.",
            "Banken kräver ett beviljat lov innan lånet betalas ut."],
    ask=["Tacksam för besked om när beslut kan väntas.", "Vänligen meddela vad som i så fall saknas.",
         "Vi ber om återkoppling senast {framdatum}.", "Hör gärna av er till mig direkt om något är oklart i ansökan.",
         "Kan handläggaren ringa upp mig?"],
    side=["Hur går det förresten med vår bygglovsansökan för {bygg}?",
          "Vi har också ett lovärende hos er ({dnr}) som vi gärna vill ha en lägesrapport på.",
          "Behöver vi bygglov för att sätta upp {bygg} i samband med detta?",
          "Vi väntar dessutom fortfarande på startbesked för {bygg}."],
)

THEMES["olovligt_byggande"] = dict(
    weight=7,
    senders={"privat": 7, "brf": 2, "advokat": 2, "forening": 1},
    dnr="BN",
    kat=["Bygga, bo och miljö", "Bygglov och anmälan", "Synpunkter och klagomål", "Övrigt"],
    subj=["Anmälan – byggnation på {fastbet}", "Olovligt byggande?", "Tillsynsanmälan {adress}",
          "Angående grannens bygge", "Byggnation utan lov", "Begäran om tillsyn enligt PBL",
          "Klagomål: {bygg} intill vår tomtgräns", "Sv: Ert tillsynsärende {dnr}", "Fråga om lov för granne",
          "Bygge på {adress}", "Anmälan"],
    open=["Jag vill härmed göra en anmälan till byggnadsnämnden.",
          "Vi ber kommunen att se över en byggnation i vårt grannskap.",
          "Det är med viss tvekan jag skriver, men vi ser ingen annan utväg.",
          "Detta gäller fastigheten som gränsar till vår.",
          "Undertecknad företräder fastighetsägaren till grannfastigheten i detta tillsynsärende.",
          "Styrelsen har fått flera klagomål från medlemmar och vill därför lyfta följande."],
    core=["Vår granne på {adress} har under {period} uppfört {bygg} ända intill tomtgränsen, och vi kan inte se att något bygglov har sökts.",
          "Jag vill anmäla att det pågår byggarbeten på fastigheten {fastbet} utan att det finns något startbesked.",
          "Det har byggts ett plank som är nästan två meter högt och som skymmer sikten helt vid vår utfart.",
          "Grannen har gjort om sitt garage till bostad och hyr ut det, vilket vi tror kräver lov.",
          "Har kommunen verkligen gett lov till {bygg} som nu står bara ett par meter från vårt sovrumsfönster?",
          "En av våra medlemmar har glasat in sin balkong utan att söka lov, och fasaden ser nu helt annorlunda ut.",
          "Den tillsynsanmälan jag gjorde i {manad} verkar inte ha lett till någonting alls.",
          "På tomten bredvid fäller man träd och schaktar, och det ser ut som om man förbereder för ett helt nytt hus.",
          "Grannen har byggt ut sitt Attefallshus så att det är långt större än tillåtet och dessutom satt in kök.",
          "Någon har byggt en brygga och en bastu på allmän mark vid {plats}, inom strandskyddat område.",
          "Kan ni göra ett platsbesök? Jag har tagit foton från vår tomt som jag bifogar.",
          "Vi vill veta om ni tänker ta ut byggsanktionsavgift eller förelägga om rivning.",
          "Trots att nämnden förra året beslutade om rättelse står {bygg} fortfarande kvar.",
          "Vi vill vara anonyma, men det är uppenbart att bygget på {adress} strider mot detaljplanen.",
          "Den nya tillbyggnaden tar allt kvällsljus från vår uteplats och vi fick aldrig någon chans att yttra oss.",
          "Bygget fortsätter på kvällar och helger trots att vi inte tror att det finns något lov."],
    detail=["Byggnationen påbörjades ungefär {pdatum}.", "Jag bifogar tre fotografier tagna från vår tomt.",
            "Vi har försökt prata med grannen men fått ett otrevligt bemötande.",
            "Vi fick aldrig något grannehörande, vilket vi borde ha fått om lov söktes.",
            "Höjden uppskattar jag till drygt fyra meter.", "Det gäller fastigheten {fastbet}.",
            "Enligt kartan ligger byggnaden delvis på prickmark."],
    ask=["Vi begär att nämnden utreder saken.", "Vänligen bekräfta att anmälan har registrerats och ange diarienummer.",
         "Jag vill bli underrättad om vilka åtgärder nämnden vidtar.", "Tacksam för återkoppling."],
    side=["Jag vill också tipsa om att grannen på {adress} verkar bygga {bygg} utan lov.",
          "Dessutom undrar vi om det verkligen finns lov för det höga planket som satts upp vid {gata}.",
          "Vad hände med min anmälan om det olovliga bygget på {fastbet}?"],
)

THEMES["sophamtning_missad"] = dict(
    weight=14,
    senders={"privat": 7, "brf": 3, "forvaltare": 3, "foretag": 1},
    dnr="TN",
    kat=["Avfall och återvinning", "Felanmälan", "Synpunkter och klagomål", "Övrigt"],
    subj=["Utebliven sophämtning", "Missad tömning {adress}", "Kärlet inte tömt", "Sophämtning {veckodag}",
          "Reklamation avfallshämtning", "Felanmälan – tömning", "Angående hämtningen i {omr}", "Soporna!",
          "Sv: Felanmälan avfall", "Kärl ej tömt igen", "Soprummet {brfnamn}"],
    open=["Jag vill göra en felanmälan.", "Tyvärr måste jag återigen höra av mig om hämtningen.",
          "Vi har ett renhållningsabonnemang på {adress}.", "Jag förvaltar fastigheten på {adress} och skriver på uppdrag av ägaren.",
          "Det här gäller hämtningen av hushållsavfall i vårt område."],
    core=["Vårt kärl för {fraktion} har inte tömts i {veckodag}s som det skulle.",
          "Sopbilen passerade {adress} utan att tömma vare sig matavfall eller restavfall.",
          "Det här är tredje gången på kort tid som hämtningen uteblir hos oss.",
          "Soprummet i föreningens hus är överfullt eftersom ingen hämtning skett sedan {pdatum}.",
          "Chauffören tömde kärlet men lämnade det mitt på trottoaren, så att barnvagnar och rullatorer inte kommer förbi.",
          "Locket på vårt kärl gick sönder vid tömningen och vi behöver få det ersatt.",
          "Kärlen stod ute vid tomtgränsen från klockan sex på morgonen men blev ändå inte tömda.",
          "Vi fick en lapp om att kärlet var felsorterat, men det stämmer inte – vi sorterar noggrant.",
          "Efter helgen verkar hela {omr} ha blivit utan hämtning, tunnorna står kvar överallt.",
          "Våra fyrfackskärl har inte tömts och i värmen luktar det riktigt illa.",
          "Facket för glas och metall töms aldrig, bara de andra.",
          "Vi har satt upp påsen på kärlet som man ska, men får ändå inga nya papperspåsar till matavfallet.",
          "Entreprenören påstår att vägen var blockerad, men den var plogad och helt framkomlig.",
          "Kan ni skicka ut bilen för en extra tömning utan kostnad, eftersom felet inte ligger hos oss?",
          "Containern för grovsopor i vårt bostadsområde hämtades aldrig som utlovat.",
          "Sopgubbarna hoppade över vår gata helt och hållet i tisdags."],
    detail=["Det gäller kärl nummer {karlnr}.", "Vi har abonnemang med hämtning varannan vecka.",
            "Jag har ringt kundtjänst två gånger utan att det hänt något.", "Grannarna på samma gata har samma problem.",
            "Det lockar fåglar och skadedjur när påsarna blir liggande.", "Kärlet stod på samma plats som alltid.",
            "Vi har bilder som visar var kärlen stod."],
    ask=["Vi förväntar oss att hämtningen sker snarast.", "Vi begär kreditering för de uteblivna tömningarna.",
         "Tacksam om ni kan se till att detta inte upprepas.", "Vänligen bekräfta när bilen kommer."],
    side=["Vår soptunna har för övrigt inte tömts på två veckor.",
          "Jag vill också nämna att matavfallskärlet inte blev tömt i {veckodag}s.",
          "Kan ni dessutom se till att sopbilen inte lämnar kärlen mitt i vägen?"],
)

THEMES["avfall_abonnemang"] = dict(
    weight=7,
    senders={"privat": 7, "brf": 2, "forvaltare": 2, "foretag": 1},
    dnr="TN",
    kat=["Avfall och återvinning", "Blanketter och e-tjänster", "Övrigt"],
    subj=["Ändring av abonnemang", "Byte av kärlstorlek", "Delat kärl", "Uppehåll i hämtning", "Ansökan hemkompostering",
          "Ägarbyte {adress}", "Angående renhållningsavgiften", "Slamtömning {fastbet}", "Fråga om sophämtning",
          "Ändrade hämtningsintervall", "Sv: Din ansökan om ändrat abonnemang"],
    open=["Jag vill göra en ändring i vårt avfallsabonnemang.", "Vi har en fråga om renhållningen för fastigheten {fastbet}.",
          "Som förvaltare för flera fastigheter i {omr} har vi följande önskemål.",
          "Vi har sett över våra rutiner hemma och vill nu ändra några saker.",
          "Jag hittade inte rätt blankett på er webbplats och skriver därför här."],
    core=["Vi vill byta till ett mindre kärl för restavfall, {storlek} liter räcker gott för oss.",
          "Jag och grannen på {adress} vill dela kärl från och med {framdatum}.",
          "Vi ansöker om uppehåll i sophämtningen eftersom fritidshuset inte används under {period}.",
          "Vi komposterar numera matavfallet själva och vill anmäla hemkompostering för att få lägre avgift.",
          "Föreningen vill se över antalet kärl i miljöhuset – vi har för många pappersbehållare och för få för matavfall.",
          "Huset såldes {pdatum} och fakturan för renhållning ska från och med då gå till de nya ägarna.",
          "Vi vill gå över till tömning var fjärde vecka eftersom vi nu är bara två i hushållet.",
          "Går det att flytta slamtömningen av vår trekammarbrunn till en annan månad?",
          "Fakturan för renhållning verkar vara beräknad på fel kärlstorlek.",
          "Min mamma har flyttat till ett särskilt boende och huset står tomt – kan abonnemanget pausas?",
          "Vi önskar hämtning vid husväggen i stället för vid tomtgränsen, eftersom min man inte längre kan dra kärlen själv.",
          "Vad kostar det att byta från två separata kärl till fyrfackskärl?",
          "Vi vill säga upp abonnemanget för trädgårdsavfall, vi kör hellre själva till återvinningscentralen.",
          "Företaget har flyttat ut ur lokalen och vill avsluta avtalet om verksamhetsavfall.",
          "Vi vill beställa ett extra kärl för matavfall till sommarmånaderna."],
    detail=["Fastighetsbeteckning {fastbet}.", "Kundnumret står på fakturan: {kundnr}.",
            "Vi är två pensionärer och producerar väldigt lite sopor.", "Kompostbehållaren är isolerad och skadedjurssäker.",
            "Köpeavtalet kan skickas in om det behövs.", "Ändringen bör gälla från {framdatum}."],
    ask=["Vänligen skicka rätt blankett om det behövs en sådan.", "Tacksam för bekräftelse på ändringen.",
         "Hur lång är handläggningstiden för en sådan ansökan?", "Meddela gärna vad ändringen innebär i avgift per år."],
    side=["Vi vill passa på att byta till ett mindre sopkärl.",
          "Dessutom vill vi anmäla att huset har sålts, så abonnemanget ska föras över.",
          "Kan vi också få uppehåll i hämtningen över {period}?"],
)

THEMES["snorojning"] = dict(
    weight=10,
    senders={"privat": 6, "brf": 3, "forvaltare": 2, "foretag": 1, "forening": 1},
    dnr="TN",
    months=[30, 28, 20, 8, 2, 1],
    kat=["Gator, trafik och parker", "Felanmälan", "Synpunkter och klagomål", "Övrigt"],
    subj=["Snöröjning {gata}", "Halka på gångvägen", "Plogning i {omr}", "Angående vinterväghållningen",
          "Snövall framför infart", "Klagomål – halkbekämpning", "Oplogad gata", "Skadad brevlåda efter plogning",
          "Sandupptagning", "Vinterunderhåll {omr}", "Felanmälan"],
    open=["Jag vill framföra synpunkter på vinterväghållningen.", "Återigen har vi problem efter snöfallet.",
          "Som ansvarig för fastigheten på {adress} vill jag påtala följande.",
          "Vi är flera äldre i området som har svårt att ta oss ut just nu.",
          "Föreningen har fått många klagomål från medlemmarna om situationen på gatorna."],
    core=["Gatan utanför {adress} har inte plogats sedan snöfallet i {veckodag}s.",
          "Plogbilen lämnar en hög vall av snö och is framför vår infart varje gång den passerar.",
          "Trottoaren längs {gata} är spegelblank och det har inte sandats på flera dagar.",
          "Äldre i området kan inte ta sig till busshållplatsen på grund av isen.",
          "Jag halkade på gång- och cykelvägen vid {plats} och undrar vem som ansvarar för halkbekämpningen där.",
          "Snöhögen i korsningen {gata}/{gata2} är så hög att man inte ser trafiken när man svänger ut.",
          "Föreningens parkering blockeras av snö som kommunens entreprenör har tryckt in från gatan.",
          "Plogningen sker mitt i natten med ett enormt oväsen, går det inte att lägga den senare?",
          "Snöröjaren har kört på vår brevlåda och skadat staketet.",
          "Varför prioriteras bilvägarna före cykelbanorna när så många cyklar till jobbet?",
          "Trappan ner mot {plats} är inte skottad och räcket är helt täckt av is.",
          "Gruset från vintern ligger kvar på cykelbanan och borde sopas upp nu när det är vår.",
          "Det har blivit djupa isspår på vår gata och bilar fastnar i backen.",
          "Plogkäppen vid vår tomt har inte satts ut och nu har gräsmattan blivit uppriven.",
          "Busshållplatsen {plats} är begravd i snö, man får kliva ut i körbanan för att komma på bussen."],
    detail=["Det gäller sträckan mellan {gata} och {gata2}.", "Det har inte hänt något sedan {pdatum}.",
            "Hemtjänsten har svårt att komma fram till flera hushåll.", "Sophämtningen kom inte heller fram på grund av detta.",
            "Jag har själv skottat så mycket det går, men isen under går inte att få bort.",
            "Det är en skolväg och många barn går här varje morgon."],
    ask=["Vänligen åtgärda detta snarast.", "Kan ni ange när området kommer att plogas?",
         "Vi vill att kommunen ersätter skadan.", "Tacksam för besked om vem som ansvarar."],
    side=["Dessutom är trottoaren på {gata} fortfarande inte sandad.",
          "Plogbilen har för övrigt lämnat en stor isvall vid vår infart igen.",
          "Passar på att nämna att gång- och cykelvägen vid {plats} är livsfarligt hal."],
)

THEMES["parkering_kontrollavgift"] = dict(
    weight=8,
    senders={"privat": 7, "foretag": 3, "advokat": 2},
    dnr="TN",
    kat=["Gator, trafik och parker", "Parkering", "Synpunkter och klagomål", "Övrigt"],
    subj=["Bestridande av kontrollavgift", "Överklagande parkeringsanmärkning {regnr}", "Felaktig kontrollavgift",
          "Angående parkeringsbot {pdatum}", "Invändning mot kontrollavgift nr {avgnr}", "P-bot {gata}",
          "Begäran om undanröjande", "Parkering", "Sv: Ert ärende om kontrollavgift"],
    open=["Jag vill härmed invända mot en kontrollavgift.", "Undertecknad har fått en parkeringsanmärkning som jag anser är felaktig.",
          "Vi företräder ägaren till fordonet {regnr}.", "Det här gäller en p-bot som vår servicebil har fått.",
          "Jag är normalt noga med att betala för parkering, därför blev jag förvånad."],
    core=["Jag bestrider kontrollavgiften på {pbelopp} kronor som utfärdades {pdatum} på {gata}.",
          "Parkeringsskylten var helt täckt av snö och gick inte att läsa.",
          "Jag hade en giltig biljett i parkeringsappen men fick ändå en parkeringsanmärkning.",
          "Bilen med registreringsnummer {regnr} stod på lastzonen några minuter medan vi bar in en tvättmaskin.",
          "Betalautomaten var trasig och det fanns inget annat sätt att betala på platsen.",
          "Vi är en hantverksfirma och våra servicebilar har fått tre lappar samma vecka vid ett jobb på {adress}.",
          "Parkeringstillståndet för rörelsehindrade låg i vindrutan, men det måste ha glidit ned när dörren stängdes.",
          "Enligt lappen stod bilen kvar under gatusopningen, men någon skylt med datum var inte uppsatt.",
          "Som ombud för {namn} {efternamn} begär jag att kontrollavgiften undanröjs.",
          "Avgiften har nu lämnats till Transportstyrelsen med förseningsavgift, trots att jag överklagade i tid.",
          "Jag har boendeparkering men parkeringsvakten menar att mitt tillstånd gäller en annan zon.",
          "Lappen skrevs ut två minuter efter att min tid gick ut.",
          "Markeringarna i gatan är så slitna att man inte ser var parkeringsrutan slutar.",
          "Jag fick böter för att ha stått för nära övergångsstället, men avståndet var enligt mina mätningar över tio meter."],
    detail=["Bifogat finns en skärmdump från appen.", "Kontrollavgiftens nummer är {avgnr}.",
            "Jag har fotografier av den skymda skylten.", "Kvittot från automaten bifogas.",
            "Fordonet är registrerat på företaget.", "Händelsen inträffade ungefär klockan {tid}."],
    ask=["Jag yrkar att avgiften undanröjs.", "Vänligen bekräfta att avgiften inte behöver betalas.",
         "Om ni inte delar min bedömning begär jag ett överklagbart beslut.", "Tacksam för snabb handläggning."],
    side=["Jag vill också bestrida en p-bot som jag fick på {gata} {pdatum}.",
          "Dessutom har jag fått en kontrollavgift som jag anser är felaktig, men det tar jag i ett separat mejl.",
          "Passar på att fråga varför man får parkeringsanmärkning när skyltarna är täckta av snö."],
)

THEMES["parkeringstillstand"] = dict(
    weight=4,
    senders={"privat": 10, "forening": 1},
    dnr="TN",
    kat=["Gator, trafik och parker", "Parkering", "Blanketter och e-tjänster", "Övrigt"],
    subj=["Parkeringstillstånd för rörelsehindrade", "Ansökan om p-tillstånd", "Förnyelse av parkeringstillstånd",
          "Överklagande av beslut {dnr}", "Handikapparkering", "Angående mitt p-kort", "Fråga om tillstånd",
          "Särskild parkeringsplats {adress}"],
    open=["Jag har svårt att gå och skriver därför hellre än ringer.", "Jag skriver på uppdrag av min mamma.",
          "Detta gäller parkeringstillstånd för rörelsehindrade.", "Jag har fått ert beslut daterat {pdatum}.",
          "Vår förening får ofta frågor från medlemmar om detta."],
    core=["Jag vill ansöka om parkeringstillstånd för rörelsehindrade och undrar vilket läkarintyg som krävs.",
          "Min ansökan om p-tillstånd fick avslag och jag vill överklaga beslutet.",
          "Mitt nuvarande tillstånd går ut {framdatum}, hur gör jag för att förnya det?",
          "Jag söker tillståndet som passagerare eftersom jag inte kör själv; min dotter skjutsar mig.",
          "Kortet har blivit stulet ur bilen och jag behöver ett nytt.",
          "Jag behöver en reserverad parkeringsplats för rörelsehindrade utanför porten på {adress}.",
          "Handläggaren har begärt ett kompletterande intyg från min läkare, men vårdcentralen har lång väntetid.",
          "Hur länge gäller ett tillstånd när man har en kronisk sjukdom som inte kommer att bli bättre?",
          "Jag har MS och kan gå högst hundra meter, men fick avslag med motiveringen att det inte räcker.",
          "Jag har haft tillstånd i {annan_kommun} och undrar om jag behöver söka på nytt när jag flyttat hit.",
          "Kan jag skicka fotot till kortet digitalt, eller måste jag komma in till kontaktcenter?",
          "Tillståndet är beviljat men kortet har inte kommit med posten.",
          "Som god man för {namn} ansöker jag om parkeringstillstånd för hennes räkning.",
          "Efter höftoperationen kan jag inte gå längre sträckor på minst ett år framåt."],
    detail=["Läkarintyget bifogas.", "Jag använder rullator utomhus.", "Mitt gamla tillstånd har nummer {avgnr}.",
            "Jag har personnummer men skriver inte det här av säkerhetsskäl, ring mig så lämnar jag det.",
            "Avståndet från parkeringen till porten är ungefär åttio meter."],
    ask=["Tacksam för snabbt besked eftersom jag är beroende av bilen.", "Vänligen skicka ansökningsblanketten per post.",
         "Vad är handläggningstiden just nu?", "Jag begär att beslutet omprövas."],
    side=["Jag behöver också förnya mitt parkeringstillstånd för rörelsehindrade som snart går ut.",
          "Hur ansöker man förresten om p-tillstånd för rörelsehindrade?",
          "Mitt handikapptillstånd har dessutom försvunnit, hur får jag ett nytt?"],
)

THEMES["va_faktura"] = dict(
    weight=9,
    senders={"privat": 6, "brf": 3, "forvaltare": 2, "foretag": 1},
    dnr="TN",
    kat=["Vatten och avlopp", "Fakturor och avgifter", "Övrigt"],
    subj=["Faktura vatten och avlopp", "Felaktig VA-faktura", "Mätarställning {fastbet}", "Hög vattenräkning",
          "Angående faktura nr {fakturanr}", "Byte av vattenmätare", "Reklamation VA-avgift", "Dagvattenavgift",
          "Fråga om faktura", "Sv: Ny mätarställning"],
    open=["Jag har fått årets avräkningsfaktura och har några frågor.", "Det här gäller vattenfakturan för {adress}.",
          "Vi har fått en faktura som vi inte kan förstå.", "Styrelsen har gått igenom VA-kostnaderna och hittat något som inte stämmer.",
          "Vi har kundnummer {kundnr} hos er."],
    core=["Vår vattenräkning för perioden är på {belopp} kronor, vilket är mer än dubbelt mot tidigare.",
          "Mätarställningen på fakturan stämmer inte med mätaren, som i dag visar {matarst} kubikmeter.",
          "Vi misstänker läckage men har inte hittat något; kan kommunen kontrollera vattenmätaren?",
          "Enligt ert utskick ska vattenmätaren bytas, men vi har inte fått någon tid.",
          "Det blev en läcka efter mätaren och vi undrar om avgiften kan sättas ned för vattnet som runnit rakt ned i marken.",
          "Fastigheten är ett fritidshus och vi förstår inte varför vi betalar full brukningsavgift året runt.",
          "Föreningen har fått en faktura för dagvatten som vi anser är felaktigt beräknad.",
          "Vi har inte fått någon VA-faktura sedan vi flyttade in i {manad}; hur lämnar jag mätarställning?",
          "Anslutningsavgiften för att koppla in huset på det kommunala nätet verkar orimligt hög.",
          "Ni har debiterat två mätare men vi har bara en.",
          "Avläsningskortet skickades in i tid men ni har ändå debiterat efter uppskattad förbrukning.",
          "Vi kräver nedsättning av avgiften för de dagar vi var utan vatten under ledningsarbetet på {gata}.",
          "Fakturan har gått till den förra ägaren trots att vi tog över fastigheten {pdatum}.",
          "Den fasta avgiften har höjts med nästan trettio procent utan att vi fått någon förklaring."],
    detail=["Fakturanumret är {fakturanr}.", "Vi är två personer i hushållet.", "Förra årets förbrukning var ungefär {m3} kubikmeter.",
            "Bild på mätaren bifogas.", "Rörmokaren har intygat att läckan är lagad.", "Mätaren sitter i källaren och är lätt att komma åt."],
    ask=["Vänligen skicka en korrigerad faktura.", "Vi betalar inte fakturan förrän saken är utredd.",
         "Tacksam om någon kan ringa mig och förklara beräkningen.", "Kan betalningen anstå tills frågan är löst?"],
    side=["Jag undrar också varför vattenfakturan blev så hög den här gången.",
          "Dessutom vill jag lämna mätarställning: {matarst} kubikmeter.",
          "Passar på att fråga när vattenmätaren ska bytas hos oss."],
)

THEMES["allman_handling"] = dict(
    weight=9,
    senders={"privat": 4, "advokat": 5, "foretag": 2, "forening": 2},
    dnr="KS",
    kat=["Kommun och politik", "Allmänna handlingar", "Övrigt"],
    subj=["Begäran om allmän handling", "Utlämnande av handlingar", "Begäran om handlingar – ärende {dnr}",
          "Offentlighetsprincipen", "Begäran enligt 2 kap. TF", "Handlingar avseende {fastbet}", "Påminnelse: begärda handlingar",
          "Ang. diarieförteckning", "Sv: Er begäran om allmänna handlingar", "Begäran"],
    open=["Jag åberopar offentlighetsprincipen.", "Härmed framställs en begäran om utlämnande av allmänna handlingar.",
          "Vi biträder {namn} {efternamn} i ett ärende som berör kommunen.",
          "Jag följer ett pågående ärende hos kommunen och vill läsa underlaget.",
          "Som ett led i vår bevakning av kommunens beslut vill vi ta del av följande."],
    core=["Med stöd av offentlighetsprincipen begär jag att få ta del av {handling}.",
          "Jag begär utlämnande av samtliga handlingar i ärende {dnr}.",
          "Vänligen skicka kopior av {handling} i elektronisk form till denna adress.",
          "Vi företräder {namn} {efternamn} och begär att få ut samtliga handlingar som rör fastigheten {fastbet}.",
          "Jag begärde ut handlingar {pdatum} men har inte fått svar, trots att en sådan begäran ska behandlas skyndsamt.",
          "Om någon del av handlingarna sekretessbeläggs önskar jag ett skriftligt, överklagbart beslut.",
          "Jag vill ta del av e-postkorrespondensen mellan förvaltningen och {motpart} under {period}.",
          "Kan ni ange vad kopiorna kostar om materialet överstiger nio sidor?",
          "Jag önskar ta del av diarieförteckningen för {namnd} för {manad}.",
          "Begäran avser även minnesanteckningar från mötet {pdatum}.",
          "Som reporter på lokaltidningen begär jag ut {handling}.",
          "Jag har rätt att vara anonym och behöver inte ange varför jag vill ha handlingarna.",
          "Vi har fått handlingarna, men sidorna fyra till sju saknas eller är maskade utan motivering.",
          "Jag vill komma in och läsa {handling} på plats i stadshuset."],
    detail=["Handlingarna kan med fördel skickas som pdf.", "Om handlingarna är omfattande tar jag gärna emot dem i omgångar.",
            "Avgränsningen avser perioden {period}.", "Vår referens: {ref}.", "Min postadress framgår nedan om papperskopior krävs."],
    ask=["Tacksam för skyndsam hantering.", "Vänligen bekräfta mottagandet av denna begäran.",
         "Vid avslag begär jag myndighetens beslut med besvärshänvisning.", "Vänligen meddela om ni behöver precisera begäran."],
    side=["Jag vill också begära ut {handling}.",
          "Dessutom ber jag att få ta del av samtliga handlingar i ärendet {dnr}.",
          "Vänligen skicka även en kopia av diarieförteckningen för {manad}."],
    slots={"handling": ["protokollet från byggnadsnämndens sammanträde i {manad}", "avtalet med den nya städentreprenören",
                        "tjänsteanteckningar från platsbesöket på {adress}", "tilldelningsbeslutet i upphandlingen av {upph}",
                        "kommunens gällande delegationsordning", "den senaste revisionsrapporten om kommunens fastighetsbolag",
                        "inkomna anbud i upphandlingen av {upph}", "ritningar och beslut för fastigheten {fastbet}",
                        "samtliga klagomål som inkommit om buller från {verksamhet}", "kallelse och handlingar till kommunfullmäktige i {manad}",
                        "det exploateringsavtal som tecknats för området vid {omr}", "de trafikmätningar som gjorts på {gata}"]},
)

THEMES["adressattning"] = dict(
    weight=3,
    senders={"privat": 6, "brf": 2, "foretag": 2, "forvaltare": 1},
    dnr="SBN",
    kat=["Bygga, bo och miljö", "Kartor och mätning", "Övrigt"],
    subj=["Adress saknas", "Lägenhetsnummer", "Belägenhetsadress för {fastbet}", "Fel adress i registret",
          "Förslag på gatunamn", "Adressnummer {gata}", "Angående vår adress", "Adressändring?"],
    open=["Vi har ett problem med vår adress som ingen verkar kunna lösa.", "Skatteverket hänvisade mig till kommunen.",
          "Det här gäller adressättningen i vårt område.", "Vi har precis flyttat in i vårt nybyggda hus.",
          "Föreningen har genomfört en ombyggnad och behöver hjälp med registret."],
    core=["Vår nybyggda villa har ännu ingen officiell adress, vilket gör att vi inte kan folkbokföra oss.",
          "Vi har fått fel lägenhetsnummer registrerat och posten hamnar hos grannen.",
          "Föreningen har byggt om två lokaler till lägenheter och behöver nya lägenhetsnummer.",
          "Budbilar och hemtjänst hittar inte fram eftersom numren på {gata} inte går i ordning.",
          "Kan kommunen fastställa en belägenhetsadress för vårt Attefallshus som vi ska hyra ut?",
          "Ambulansen åkte fel förra veckan eftersom vårt hus har samma adress som gården intill.",
          "Vem sätter upp skylten med gatunamn till den nya gatan i {omr}?",
          "Vi har styckat av en tomt och den nya fastigheten behöver ett eget adressnummer.",
          "Skatteverket säger att adressen inte finns i lägenhetsregistret och hänvisar till kommunen.",
          "Vår adress är {adress} men i kartappar hamnar huset flera hundra meter bort.",
          "Jag vill föreslå att den nya gatan i {omr} får namnet {namnforslag}, efter den gamla gården som låg där.",
          "Vi har fått besked om att vår adress ska ändras och vill veta varför och när det sker.",
          "Lägenhetsnumren på skyltarna i trapphuset stämmer inte med det som står i registret."],
    detail=["Fastigheten heter {fastbet}.", "Slutbeskedet kom {pdatum}.", "Vi har bott här sedan {manad}.",
            "Posten har börjat returnera brev till avsändaren.", "Det gäller sex lägenheter i uppgång B."],
    ask=["Tacksam för hjälp med detta snarast.", "Vem på kommunen ansvarar för adresser?",
         "Vänligen meddela när adressen är registrerad.", "Vad kostar det och hur lång tid tar det?"],
    side=["Dessutom saknar vårt nya hus fortfarande en officiell adress.",
          "Passar på att nämna att lägenhetsnumren i vårt hus är fel i registret.",
          "Jag vill också föreslå namnet {namnforslag} till den nya gatan i {omr}."],
)

THEMES["vilt_tatort"] = dict(
    weight=3,
    senders={"privat": 6, "brf": 3, "forening": 2},
    dnr="MBN",
    months=[4, 5, 9, 14, 24, 22],
    kat=["Bygga, bo och miljö", "Gator, trafik och parker", "Synpunkter och klagomål", "Övrigt"],
    subj=["Vildsvin i {omr}", "Måsar på taket", "Problem med fåglar", "Skyddsjakt?", "Kaniner i parken",
          "Dött djur vid {gata}", "Angående vilt i bostadsområdet", "Grävling under altanen", "Vem ansvarar?"],
    open=["Jag vet inte riktigt vart jag ska vända mig, men provar att skriva till er.",
          "Vi har ett växande problem med djur i vårt bostadsområde.",
          "Styrelsen har fått många klagomål från boende den senaste tiden.",
          "Det här kanske inte är kommunens sak, men någon måste ju kunna göra något."],
    core=["Vildsvin har bökat upp gräsmattorna i {omr} flera nätter i rad.",
          "Måsarna som häckar på taket till {byggnad} skriker hela nätterna och dyker mot folk på gården.",
          "Föreningen vill ansöka om tillstånd att ta bort måsbon från taket innan äggen kläcks.",
          "En grävling har grävt gångar under vår altan och vi vet inte vem vi ska ringa.",
          "Kaninerna har ätit upp alla planteringar och det finns hundratals i parken vid {plats}.",
          "Det ligger ett dött rådjur vid vägkanten på {gata} som behöver tas om hand.",
          "Kråkorna river sönder soppåsarna vid {plats} och skräpet sprids över hela området.",
          "Vi har sett en räv mitt på dagen vid förskolan och undrar om den kan vara sjuk.",
          "Får man som privatperson fälla kaniner på egen tomt inom detaljplanerat område?",
          "Rådjuren äter upp allt i trädgårdarna – kan kommunen göra något åt den stora stammen?",
          "Vildsvinen har vält soptunnor och en hund blev biten vid {plats}.",
          "Kajorna bygger bo i skorstenen varje vår och vi är oroliga för brandrisken.",
          "Finns det någon kommunal jägare eller skyddsjägare som kan komma ut?",
          "Någon matar änderna vid dammen i {omr} med bröd, vilket lockar dit både måsar och råttor."],
    detail=["Det har pågått sedan {pdatum}.", "Barnen vågar inte vara ute på gården.", "Vi har bilder från vår övervakningskamera.",
            "Länsstyrelsen hänvisade oss till kommunen.", "Flera grannar har samma problem."],
    ask=["Vem ansvarar för detta?", "Tacksam för råd om vad vi får och inte får göra.", "Vänligen återkom snarast.",
         "Kan någon komma ut och titta på situationen?"],
    side=["Vildsvinen har för övrigt bökat upp hela gräsmattan igen.",
          "Dessutom har måsarna börjat häcka på vårt tak, vart vänder vi oss med det?",
          "Passar på att fråga vem som hämtar döda djur vid vägkanten."],
    slots={"byggnad": ["Hagaby skola", "vårt flerbostadshus", "köpcentret vid Stationsområdet", "äldreboendet i Solberga",
                       "föreningens hus på {adress}", "industrihallen vid {gata}"]},
)

THEMES["borgerlig_vigsel"] = dict(
    weight=2,
    senders={"privat": 10},
    dnr="KS",
    months=[8, 12, 16, 20, 24, 20],
    kat=["Kommun och politik", "Bokning", "Övrigt"],
    subj=["Borgerlig vigsel", "Bokning av vigsel {framdatum}", "Vigselförrättare", "Fråga om vigsel",
          "Ombokning vigsel", "Avbokning", "Vi vill gifta oss!", "Angående vår vigsel"],
    open=["Vi är ett par som planerar att gifta oss i år.", "Först vill vi tacka för en mycket fin service hittills.",
          "Jag skriver för min och min sambos räkning.", "Vi har läst informationen på er webbplats men har ändå några frågor."],
    core=["Vi vill gifta oss borgerligt {framdatum} och undrar om det finns en vigselförrättare ledig.",
          "Går det att boka vigsel i stadshuset en lördag i {sommarmanad}?",
          "Hindersprövningen från Skatteverket är klar, vad mer behöver vi skicka in?",
          "Kan vigselförrättaren komma ut till {plats}, där vi vill ha ceremonin utomhus?",
          "Vi vill boka om vår vigseltid eftersom ett av vittnena blivit sjukt.",
          "Vad kostar det att få vigseln förrättad utanför kommunens lokaler?",
          "Min blivande make är {nationalitet} medborgare – behövs tolk vid ceremonin?",
          "Vi önskar en kort ceremoni på engelska, går det att ordna?",
          "Får man ha med egen musik och läsa egna löften under ceremonin?",
          "Hur många gäster får plats i vigselrummet?",
          "Vi bokade via webbformuläret men har inte fått någon bekräftelse.",
          "Vi behöver tyvärr avboka vår vigsel {framdatum}.",
          "Kan vi få samma vigselförrättare, {namn}, som vigde min syster förra året?"],
    detail=["Vi blir ungefär {gaster} gäster.", "Vittnen har vi ordnat själva.", "Vi har flexibla tider under förmiddagen.",
            "Hindersprövningsintyget är daterat {pdatum}."],
    ask=["Tacksam för snabbt svar så att vi kan skicka inbjudningar.", "Vänligen bekräfta bokningen skriftligen.",
         "Vilka tider finns lediga?", "Ring gärna om det är enklare."],
    side=["Vi vill också boka en borgerlig vigsel i {sommarmanad}, vem kontaktar vi?",
          "Passar på att fråga om vigselförrättaren kan komma ut till {plats}."],
)

THEMES["overformyndare"] = dict(
    weight=5,
    senders={"privat": 8, "advokat": 2},
    dnr="ÖFN",
    months=[20, 30, 28, 12, 6, 4],
    kat=["Omsorg och stöd", "Överförmyndare", "Blanketter och e-tjänster", "Övrigt"],
    subj=["Årsräkning {arsr}", "Huvudman {initialer}", "God man – fråga", "Ansökan om uttag från spärrat konto",
          "Begäran om entledigande", "Arvode god man", "Överförmyndarnämnden – ärende {dnr}", "Komplettering årsräkning",
          "Sv: Påminnelse årsräkning", "Sluträkning"],
    open=["Jag är sedan {ar} god man för en äldre man i kommunen.", "Härmed översänds följande till överförmyndarnämnden.",
          "Undertecknad är förvaltare enligt beslut av tingsrätten.", "Vi är anhöriga och behöver råd.",
          "Jag har fått ert brev om granskningen av min redovisning."],
    core=["Härmed översänds årsräkningen för {arsr} för min huvudman.",
          "Jag är god man för {namn} och har frågor om hur årsräkningen ska fyllas i.",
          "Jag behöver samtycke från överförmyndaren för att sälja min huvudmans bostadsrätt.",
          "Arvodet för mitt uppdrag som god man har inte betalats ut.",
          "Jag vill avsluta mitt uppdrag som god man och undrar hur jag begär entledigande.",
          "Min pappa har blivit dement och vi undrar hur man ansöker om god man.",
          "Överförmyndaren har begärt kontoutdrag som banken inte längre kan ta fram.",
          "Som förvaltare behöver jag uttagsmedgivande för att ta ut pengar från det spärrade kontot.",
          "Jag har fått en påminnelse om årsräkningen trots att den skickades in i {manad}.",
          "Jag anmälde intresse för att bli god man för över ett halvår sedan men har inte hört något.",
          "Min huvudman har avlidit; hur går det till med sluträkningen och vem tar över?",
          "Granskningen av förra årets redogörelse visade en differens på {belopp} kronor som jag vill förklara.",
          "Min son fyller arton och har pengar på spärrat konto efter ett arv, hur tar han ut dem?"],
    detail=["Verifikationer bifogas i separat kuvert.", "Huvudmannen bor på särskilt boende i {omr}.",
            "Mitt uppdrag omfattar bevaka rätt och förvalta egendom.", "Kontoutdrag för samtliga konton bifogas.",
            "Ärendet har nummer {dnr}."],
    ask=["Tacksam för vägledning.", "Vänligen bekräfta att handlingarna kommit in.", "När kan jag förvänta mig beslut?",
         "Ring gärna mig dagtid."],
    side=["Jag passar också på att skicka in årsräkningen för min huvudman.",
          "Dessutom har mitt arvode som god man ännu inte betalats ut.",
          "Hur ansöker man förresten om god man för en förälder som blivit dement?"],
)

THEMES["arrende_lott"] = dict(
    weight=3,
    senders={"privat": 5, "forening": 3, "foretag": 2, "brf": 1},
    dnr="KS",
    months=[10, 12, 18, 22, 20, 18],
    kat=["Bygga, bo och miljö", "Fritid och kultur", "Mark och exploatering", "Övrigt"],
    subj=["Arrendeavtal {fastbet}", "Kolonilott nr {lott}", "Båtplats {plats}", "Uppsägning av arrende",
          "Kö till odlingslott", "Förlängning av arrende", "Markupplåtelse", "Tomträttsavgäld", "Angående kommunens mark"],
    open=["Vi har ett avtal med kommunens markenhet.", "Jag har haft min lott i många år och vill ta upp följande.",
          "Föreningen har ett arrende med kommunen sedan länge.", "Vi är ett företag som vill använda kommunal mark.",
          "Med anledning av ert brev daterat {pdatum} vill vi framföra följande."],
    core=["Vi har arrenderat kolonilott nummer {lott} i {omr} sedan {ar} och har nu fått en uppsägning av arrendet.",
          "Jag står i kö för en odlingslott och undrar hur långt fram jag har kommit.",
          "Avgiften för vår båtplats vid {plats} har höjts kraftigt utan förklaring.",
          "Vårt garage står på kommunens mark enligt ett gammalt arrendeavtal som nu ska omförhandlas.",
          "Vi vill överlåta arrendet för vår sommarstugetomt till våra barn.",
          "Föreningen vill arrendera en bit kommunal mark intill huset för att bygga ett cykelförråd.",
          "Lotten bredvid min sköts inte alls och ogräset sprider sig in till oss.",
          "Vi vill hyra ytan framför butiken på {gata} för en uteservering i sommar.",
          "Kan vi förlänga arrendet till {framdatum} i stället för att det löper ut?",
          "Vem ansvarar för att vattnet sätts på i koloniområdet till våren?",
          "Vi vill köpa loss den mark vi har arrenderat i över trettio år.",
          "Avgälden för vår tomträtt ska omregleras och vi anser att den nya nivån är orimlig.",
          "Bryggan vid båtplatserna är trasig och enligt avtalet är det kommunen som ska underhålla den."],
    detail=["Avtalet är daterat {ar}.", "Vi har alltid betalat i tid.", "Karta över området bifogas.",
            "Ytan är ungefär {kvm} kvadratmeter.", "Vi har skött lotten väl och har grannar som kan intyga det."],
    ask=["Vi begär ett möte med markenheten.", "Tacksam för besked om vad som gäller.",
         "Vänligen skicka ett förslag till nytt avtal.", "Hur lång är kön just nu?"],
    side=["Vi vill också förlänga arrendet för vår kolonilott.",
          "Dessutom undrar jag hur långt fram jag står i kön till odlingslotterna.",
          "Passar på att fråga varför avgiften för båtplatsen har höjts."],
)

THEMES["forskola_plats"] = dict(
    weight=6,
    senders={"privat": 10},
    dnr="BUN",
    kat=["Förskola och skola", "Blanketter och e-tjänster", "Övrigt"],
    subj=["Förskoleplats", "Kö till förskola", "Uppsägning av plats", "Erbjudande om plats", "Byte av förskola",
          "Fråga om barnomsorg", "Avgift förskola", "Angående vår son", "Angående vår dotter", "Plats inom fyra månader?"],
    open=["Vi är föräldrar till en tvååring i {omr}.", "Jag skriver angående vår ansökan om barnomsorg.",
          "Vi har försökt logga in i e-tjänsten men får felmeddelande, därför skriver vi här.",
          "Först vill vi säga att vi är mycket nöjda med personalen.", "Vi har nyligen flyttat till kommunen."],
    core=["Vi ställde vår son i kö till förskola från {framdatum} men har inte fått något erbjudande.",
          "Vi har fått plats på {forskola} men önskade egentligen {forskola2}; kan vi stå kvar i kö för byte?",
          "Vi tackar nej till den erbjudna platsen eftersom den ligger för långt från vårt hem.",
          "Hur lång är kötiden till förskolorna i {omr} just nu?",
          "Jag vill säga upp min dotters plats från och med {framdatum}.",
          "Vi flyttar till kommunen i {manad} och behöver barnomsorg till våra tvillingar.",
          "Avgiften har beräknats på fel inkomst; vi har lämnat ny inkomstuppgift.",
          "Barnets vistelsetid behöver utökas eftersom jag börjar arbeta heltid.",
          "Kan vi få förtur med hänsyn till vårt barns behov av särskilt stöd?",
          "Enligt skollagen ska plats erbjudas inom fyra månader, och den tiden har nu passerat.",
          "Vi har syskonförtur men har ändå fått plats på två olika förskolor.",
          "Finns det pedagogisk omsorg eller dagbarnvårdare som alternativ i {omr}?",
          "Vi har betalat avgift för en månad då barnet inte hade börjat ännu."],
    detail=["Barnet är fött {fodd}.", "Vi bor på {adress}.", "Min arbetsgivare väntar på besked om startdatum.",
            "Storasyster går redan på {forskola}.", "Vi kan tänka oss flera förskolor i närområdet."],
    ask=["Tacksam för besked så snart som möjligt.", "Vänligen bekräfta uppsägningen.", "Vad gäller i vårt fall?",
         "Kan någon från barnomsorgsenheten ringa mig?"],
    side=["Passar på att fråga hur lång kön till förskolan i {omr} är nu.",
          "Vi vill också säga upp vår sons förskoleplats från {framdatum}.",
          "Dessutom har förskoleavgiften beräknats på fel inkomst."],
)

# ---------------------------------------------------------------------------------------------
# Boilerplate parts
# ---------------------------------------------------------------------------------------------

GEN_SUBJ = ["Fråga", "Ärende", "Sv: Ert ärende {dnr}", "Till registrator", "Skrivelse", "(inget ämne)",
            "Viktigt", "Hej", "Kontakt", "Synpunkt", "VB: {subj0}", "Sv: {subj0}", "SV: SV: {subj0}",
            "Fwd: {subj0}", "Angående tidigare kontakt", "Skrivelse till kommunen"]
SUBJ_PREFIX = ["Ämne: ", "Angående: ", "Ang.: ", "Ärende: ", "Rubrik: ", "Avser: "]

SALUT = ["Hej,", "Hej!", "Hej kommunen,", "Till registrator,", "Till berörd handläggare", "Bästa handläggare,",
         "God dag,", f"Till {KOMMUN}", "Hej {handl},", "Hej igen,", "Hej {handl}!", "Till den det berör,",
         "Hej på er,", "Goddag,", "Till kommunens kontaktcenter"]
SALUT_FORMAL = ["Till registrator", f"Till {KOMMUN}", "Till berörd nämnd", "Till den det vederbör",
                "Bästa handläggare,", "Goddag,"]

PREAMBLE = {
    "privat": ["Jag hoppas att detta mejl når rätt avdelning; jag har försökt ringa men inte kommit fram.",
               "Jag har bott i kommunen i över {n} år och har aldrig tidigare behövt skriva till er.",
               "Inledningsvis vill jag tacka för ett trevligt bemötande när jag ringde växeln förra veckan.",
               "Ursäkta ett långt meddelande, men jag vill ge hela bakgrunden.",
               "Jag vet att ni har mycket att göra, men jag hoppas att ni har tid med min fråga.",
               "Jag skickade en fråga via formuläret tidigare men har inte fått något svar, så jag provar här.",
               "Jag skriver med anledning av ert brev daterat {pdatum}.",
               "Min granne rådde mig att skriva direkt till registrator."],
    "brf": ["Jag skriver i egenskap av ordförande i Brf {brfnamn}.",
            "Styrelsen i Brf {brfnamn} beslutade vid sitt möte {pdatum} att kontakta kommunen i följande fråga.",
            "Föreningen, som omfattar {lgh} lägenheter, vill härmed framföra följande.",
            "Vi skriver på uppdrag av styrelsen efter flera klagomål från medlemmar."],
    "foretag": ["Vi är ett mindre företag som varit verksamt i kommunen sedan {ar}.",
                "Tack för senast och för ett bra samarbete.",
                "Vi skriver på uppdrag av vår kund som äger fastigheten.",
                "Jag hoppas att ni kan hjälpa oss med följande."],
    "advokat": ["Undertecknad har av {namn} {efternamn} fått i uppdrag att bevaka dennes intressen i rubricerat ärende.",
                "Med anledning av ert beslut daterat {pdatum} får jag härmed anföra följande.",
                "Jag företräder härmed {namn} {efternamn}; fullmakt bifogas.",
                "Vi hänvisar till tidigare korrespondens i ärendet."],
    "forening": ["Vi skriver å föreningens vägnar.", "Föreningen har cirka {lgh} medlemmar i kommunen.",
                 "Vid föreningens senaste årsmöte togs följande fråga upp.",
                 "Som kontaktperson för föreningen vill jag lyfta följande."],
    "forvaltare": ["Vi förvaltar fastigheten på uppdrag av Brf {brfnamn}.",
                   "Som teknisk förvaltare för fastigheten {fastbet} vill jag påtala följande.",
                   "Jag skriver på uppdrag av fastighetsägaren.",
                   "Vi har tagit över förvaltningen av fastigheten sedan {manad}."],
}

GEN_OPEN = ["Saken gäller följande.", "Kort bakgrund:", "Ärendet i korthet:", "Det gäller vår fastighet på {adress}.",
            "Jag ska försöka fatta mig kort.", "Så här ligger det till:", "Det jag vill ta upp är följande."]
GEN_ASK = ["Tacksam för snabbt svar.", "Vänligen återkom till mig per telefon eller e-post.", "Jag ser fram emot ert svar.",
           "Vi emotser ert skriftliga svar senast {framdatum}.", "Hör av er om ni behöver mer information.",
           "Tack på förhand för hjälpen."]
SIDE_CONN = ["Passar även på att fråga en annan sak:", "En annan sak:", "Som en separat fråga:", "Slutligen:",
             "Dessutom, i ett annat ärende:", "Jag har också en mindre fråga:", "Apropå ingenting:", "Ytterligare en sak."]

CLOSE = ["Med vänliga hälsningar", "Med vänlig hälsning", "Vänliga hälsningar", "Mvh", "MVH", "Hälsningar",
         "Vänligen", "Tack på förhand!", "Bästa hälsningar", "Allt gott"]
CLOSE_FORMAL = ["Med utmärkt högaktning", "Med vänlig hälsning", "Med vänliga hälsningar", "Högaktningsfullt"]

ROLES = {
    "brf": ["Ordförande", "Sekreterare", "Ledamot", "Kassör", "Styrelseledamot, fastighetsansvarig"],
    "foretag": ["VD", "Projektledare", "Kontorsansvarig", "Arbetsledare", "Ekonomiansvarig", "Ägare"],
    "advokat": ["Advokat", "Biträdande jurist", "Advokatsekreterare", "Advokat/Delägare", "Jurist"],
    "forening": ["Ordförande", "Kassör", "Sekreterare", "Kontaktperson", "Vice ordförande"],
    "forvaltare": ["Fastighetsförvaltare", "Teknisk förvaltare", "Förvaltare", "Kundansvarig", "Fastighetstekniker"],
}

DISCLAIMERS = [
    "Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för adressaten. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera meddelandet.",
    "Denna e-post och eventuella bilagor kan innehålla information som omfattas av advokatsekretess. Om ni inte är avsedd mottagare ombeds ni kontakta avsändaren och radera meddelandet. Obehörigt bruk är förbjudet.",
    "This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender immediately and delete this e-mail. Any unauthorised use is prohibited.",
    "När du skickar e-post till oss behandlar vi dina personuppgifter i enlighet med dataskyddsförordningen (GDPR). Läs mer om hur vi hanterar personuppgifter på vår webbplats.",
    "Tänk på miljön innan du skriver ut detta e-postmeddelande.",
    "Observera att vi aldrig ändrar bankgiro- eller kontouppgifter via e-post.",
    "Meddelandet har kontrollerats med avseende på virus men vi ansvarar inte för eventuella skador som kan uppstå vid öppnandet av bilagor.",
    "Information om behandling av personuppgifter: vi sparar dina uppgifter så länge det krävs för att hantera ditt ärende.",
    "Detta meddelande är avsett endast för mottagaren. Innehållet får inte vidarebefordras utan avsändarens medgivande.",
]
MOBILE = ["Skickat från min iPhone", "Skickat från min iPad", "Skickat från Outlook för Android", "Hämta Outlook för iOS",
          "Skickat från min Samsung Galaxy-smarttelefon.", "Skickat från Mail för Windows", "Sent from my iPhone",
          "Skickat från Yahoo Mail för Android"]
EXTERN = ["VARNING: Detta meddelande kommer från en extern avsändare. Klicka inte på länkar eller öppna bilagor om du inte känner igen avsändaren.",
          "[EXTERN AVSÄNDARE]", "OBS! Extern e-post. Var försiktig med länkar och bilagor.",
          "Du får inte ofta e-post från denna adress. Läs om varför det här är viktigt"]
AUTO_REPLY = [
    f"Tack för ditt meddelande till {KOMMUN}. Ditt ärende har registrerats och kommer att handläggas så snart som möjligt. Detta är ett automatiskt svar och går inte att besvara.",
    "Hej, tack för ditt mejl. Jag har vidarebefordrat din fråga till berörd enhet som återkommer till dig. Med vänlig hälsning, Kontaktcenter",
    "Vi har tagit emot din skrivelse. Handläggningstiden är för närvarande längre än vanligt på grund av hög arbetsbelastning. Hänvisa till ärendenumret vid kontakt med oss.",
    "Hej! Jag är på semester till och med {framdatum}. Vid brådskande ärenden, kontakta kontaktcenter via växeln.",
    "Tack för din kontakt. Vi behöver lite mer information för att kunna hjälpa dig. Vänligen besvara detta mejl med ditt ärendenummer.",
    "Din e-post har diarieförts under nummer {dnr}. Ange detta nummer vid fortsatt kontakt i ärendet.",
]
KOMMUN_SIGN = ["Kontaktcenter\nÄlvsunda kommun", "Registrator\nKommunledningskontoret", "Samhällsbyggnadsförvaltningen",
               "Handläggare {handl}\nÄlvsunda kommun", "Teknik- och fritidsförvaltningen"]
BILAGOR = ["Bilaga: ritning_rev2.pdf", "Bilagor: foto1.jpg, foto2.jpg", "Bilaga: fullmakt.pdf", "Bilaga 1. Karta",
           "Bifogade filer: IMG_{img}.HEIC", "Bilagor (3)", "Bilaga: skärmdump.png", "Bilaga: intyg.pdf",
           "1 bilaga: Skrivelse_{img}.docx"]
WEBKAT_GEN = ["Övrigt", "Fråga", "Synpunkt", "Klagomål", "Kontakta oss", "Beröm", "Övrigt/ej angivet"]
NATIONALITET = ["brittisk", "amerikansk", "polsk", "iransk", "thailändsk", "chilensk", "tysk", "kenyansk", "filippinsk", "turkisk"]
FORSKOLOR = ["Ekbackens förskola", "förskolan Tallkotten", "Solrosens förskola", "förskolan Lillsjön", "Hagaby förskola",
             "förskolan Myrstacken", "förskolan Regnbågen", "Kvarnbackens förskola", "förskolan Ugglan", "Sjöuddens förskola"]
NAMNFORSLAG = ["Smedjegatan", "Mjölnarvägen", "Lingonstigen", "Skolmästarens gränd", "Tegelbruksvägen", "Gästgivarvägen",
               "Linvävargatan", "Dragonvägen", "Rallarstigen", "Brunnsgatan"]
BOLAG_EXT = ["Nordvik Exploatering AB", "Stensjö Bygg AB", "Fastighets AB Hamnporten", "Granholm Konsult AB",
             "Vallby Mark & Anläggning AB", "Lindö Energi AB"]
NAMND = ["byggnadsnämnden", "kommunstyrelsen", "tekniska nämnden", "barn- och utbildningsnämnden",
         "miljö- och hälsoskyddsnämnden", "socialnämnden", "kultur- och fritidsnämnden"]
UPPH = ["skolskjutsar", "vinterväghållning", "matlådor till hemtjänsten", "IT-konsulter", "parkskötsel", "städtjänster",
        "ombyggnaden av simhallen"]
VERKSAMHET = ["padelhallen på industriområdet", "restaurangen vid torget", "krossanläggningen vid Östra Torp",
              "motorbanan", "bilverkstaden på {gata}", "fläktarna på livsmedelsbutiken i {omr}"]
TIDPUNKT = ["om två veckor", "i början av {manad}", "efter påsk", "så snart tjälen gått ur marken", "{framdatum}",
            "innan semestern", "nästa månad"]
PERIOD = ["hösten", "vintern", "de senaste veckorna", "sommaren 2025", "de senaste två månaderna", "januari–mars",
          "hela förra året", "perioden {pdatum} till i dag", "vinterhalvåret", "sommarmånaderna"]


def _phone(rng: random.Random) -> str:
    return rng.choice(PHONE_PATTERNS).format(a=rng.randint(5 if rng.random() < 0.5 else 0, 99))


def _fmt_date(rng: random.Random, d: dt.date) -> str:
    k = rng.random()
    if k < 0.35:
        return f"den {d.day} {MONTHS[d.month - 1]}"
    if k < 0.6:
        return d.isoformat()
    if k < 0.75:
        return f"{d.day}/{d.month}"
    if k < 0.9:
        return f"den {d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{d.day}.{d.month}.{d.year}"


def _ascii(s: str) -> str:
    tr = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "č": "c", "Å": "A", "Ä": "A", "Ö": "O", "ü": "u"})
    return re.sub(r"[^a-z0-9]", "", s.lower().translate(tr))


def _amount(rng: random.Random, lo: int, hi: int, step: int = 1) -> str:
    v = rng.randrange(lo, hi, step)
    s = f"{v:,}".replace(",", " " if rng.random() < 0.7 else "")
    return s


def _dnr(rng: random.Random, nd: str) -> str:
    y = rng.choice([2024, 2025, 2025, 2026, 2026, 2026])
    n = rng.randint(12, 2999)
    return rng.choice([f"{nd} {y}/{n}", f"{nd} {y}-{n:06d}", f"{nd}-{y}-{n}", f"{nd} {y}.{n}", f"{nd}/{y}:{n}",
                       f"{y}/{n}"])


class Filler:
    """Fills {slot} placeholders; knows the note date and theme for dates and diarienummer."""

    def __init__(self, rng: random.Random, date: dt.date, theme: dict):
        self.r = rng
        self.date = date
        self.theme = theme
        self.handl = rng.choice(FIRST)
        self.brf = ""  # set when the sender belongs to (or manages for) a housing cooperative

    def val(self, key: str) -> str:
        r, d = self.r, self.date
        th = self.theme.get("slots", {})
        if key in th:
            return r.choice(th[key])
        f = {
            "gata": lambda: r.choice(GATOR),
            "gata2": lambda: r.choice(GATOR),
            "adress": lambda: f"{r.choice(GATOR)} {r.randint(1, 88)}{r.choice(['', '', '', 'A', 'B'])}",
            "omr": lambda: r.choice(OMR),
            "plats": lambda: r.choice(PLATS),
            "fastbet": lambda: f"{r.choice(BLOCK)} {r.randint(1, 30)}:{r.randint(1, 240)}",
            "dnr": lambda: _dnr(r, self.theme.get("dnr", "KS")),
            "namn": lambda: r.choice(FIRST),
            "efternamn": lambda: r.choice(SUR),
            "handl": lambda: self.handl,
            "manad": lambda: MONTHS[(d.month - 1 - r.randint(1, 5)) % 12],
            "sommarmanad": lambda: r.choice(["maj", "juni", "juli", "augusti", "september"]),
            "pdatum": lambda: _fmt_date(r, d - dt.timedelta(days=r.randint(3, 150))),
            "framdatum": lambda: _fmt_date(r, d + dt.timedelta(days=r.randint(7, 200))),
            "fodd": lambda: _fmt_date(r, d - dt.timedelta(days=r.randint(300, 1500))),
            "veckodag": lambda: r.choice(WEEKDAYS[:5]),
            "period": lambda: r.choice(PERIOD),
            "tidpunkt": lambda: r.choice(TIDPUNKT),
            "bygg": lambda: r.choice(BYGG),
            "belopp": lambda: _amount(r, 900, 42000, 10),
            "pbelopp": lambda: r.choice(["300", "400", "500", "600", "700", "800", "1 000", "1 300"]),
            "regnr": lambda: "".join(r.choice("ABCDEFGHJKLMNOPRSTUWXYZ") for _ in range(3)) + " "
                             + f"{r.randint(10, 99)}{r.choice('0123456789ABCDEFGHJK')}",
            "avgnr": lambda: str(r.randint(10000000, 99999999)),
            "fakturanr": lambda: str(r.randint(4000000, 9999999)),
            "kundnr": lambda: str(r.randint(100000, 999999)),
            "karlnr": lambda: f"{r.randint(1000, 99999)}",
            "matarst": lambda: str(r.randint(120, 4800)),
            "m3": lambda: str(r.randint(40, 260)),
            "storlek": lambda: r.choice(["80", "140", "190", "240"]),
            "fraktion": lambda: r.choice(["matavfall", "restavfall", "papper och förpackningar", "fyrfackskärlet",
                                          "trädgårdsavfall", "kärl 1", "kärl 2", "det gröna kärlet", "brännbart"]),
            "ar": lambda: str(r.randint(1994, 2024)),
            "arsr": lambda: "2025",
            "n": lambda: str(r.randint(5, 45)),
            "lgh": lambda: str(r.randint(8, 160)),
            "lott": lambda: str(r.randint(1, 140)),
            "kvm": lambda: str(r.choice([12, 20, 35, 48, 60, 90, 150, 400])),
            "gaster": lambda: str(r.randint(4, 40)),
            "tid": lambda: f"{r.randint(7, 21):02d}.{r.choice(['00', '05', '15', '20', '30', '40', '45', '50'])}",
            "ref": lambda: f"{r.choice(['AL', 'MB', 'KS', 'JN', 'PE'])}/{r.randint(100, 9999)}",
            "initialer": lambda: f"{r.choice(FIRST)[0]}.{r.choice(SUR)[0]}.",
            "nationalitet": lambda: r.choice(NATIONALITET),
            "annan_kommun": lambda: r.choice(["Stockholm", "Göteborg", "Uppsala", "grannkommunen", "Norrköping", "Malmö"]),
            "forskola": lambda: r.choice(FORSKOLOR),
            "forskola2": lambda: r.choice(FORSKOLOR),
            "namnforslag": lambda: r.choice(NAMNFORSLAG),
            "motpart": lambda: r.choice(BOLAG_EXT + ["länsstyrelsen", "det kommunala bostadsbolaget", "en konsultfirma"]),
            "namnd": lambda: r.choice(NAMND),
            "upph": lambda: r.choice(UPPH),
            "verksamhet": lambda: r.choice(VERKSAMHET),
            "brfnamn": lambda: self.brf or r.choice(BRF),
            "img": lambda: str(r.randint(1000, 9999)),
            "subj0": lambda: "Ärende",
        }.get(key)
        if f is None:
            return "{" + key + "}"
        return f()

    def fill(self, text: str) -> str:
        for _ in range(4):
            if "{" not in text:
                break
            text = re.sub(r"\{(\w+)\}", lambda m: self.val(m.group(1)), text)
        return text


# ---------------------------------------------------------------------------------------------
# Senders
# ---------------------------------------------------------------------------------------------

def make_sender(r: random.Random, kind: str, fl: Filler) -> dict:
    first, sur = r.choice(FIRST), r.choice(SUR)
    s = {"kind": kind, "first": first, "sur": sur, "phone": _phone(r), "adress": fl.val("adress")}
    if kind == "privat":
        local = r.choice([f"{first}.{sur}", f"{first}{sur[:1]}", f"{first}{r.randint(50, 99)}", f"{sur}.{first[0]}",
                          f"{first}_{sur}{r.randint(1, 9)}"])
        s["email"] = f"{_ascii(local.replace('.', 'PUNKT')).replace('punkt', '.')}@{r.choice(DOMAINS)}"
        s["org"] = ""
    elif kind == "brf":
        b = r.choice(BRF)
        fl.brf = b
        s["org"] = f"Bostadsrättsföreningen {b}" if r.random() < 0.3 else f"Brf {b}"
        s["email"] = f"styrelsen@brf{_ascii(b)}.se" if r.random() < 0.5 else f"{_ascii(first)}.{_ascii(sur)}@{r.choice(DOMAINS)}"
    elif kind == "foretag":
        s["org"] = f"{r.choice(BOLAG_PRE)} {r.choice(BOLAG_SUF)}"
        dom = _ascii(s["org"].replace(" AB", "").split()[0]) + _ascii(s["org"].split()[1])
        s["email"] = f"{_ascii(first)}@{dom}.se"
    elif kind == "advokat":
        a, b = r.sample(SUR, 2)
        s["org"] = r.choice([f"Advokatfirman {a} & {b} KB", f"{a} Juridik AB", f"Advokatbyrån {a}",
                             f"{a} {b} Advokater AB", f"Advokatfirman {a} i Älvsunda AB"])
        s["email"] = f"{_ascii(first)}.{_ascii(sur)}@{_ascii(a)}law.se"
    elif kind == "forening":
        s["org"] = fl.fill(r.choice(FORENING))
        s["email"] = f"{_ascii(first)}.{_ascii(sur)}@{r.choice(DOMAINS)}"
    else:  # forvaltare
        fl.brf = r.choice(BRF)
        s["org"] = f"{r.choice(BOLAG_PRE)} Fastighetsförvaltning AB"
        s["email"] = f"{_ascii(first)}.{_ascii(sur)}@{_ascii(s['org'].split()[0])}forvaltning.se"
    s["role"] = r.choice(ROLES.get(kind, [""]))
    return s


def signature(r: random.Random, s: dict, channel: str, fl: Filler) -> str:
    k = s["kind"]
    name = f"{s['first']} {s['sur']}"
    if k == "privat":
        opts = [name, s["first"], f"{name}\n{s['adress']}", f"{name}\n{s['phone']}",
                f"{name}\n{s['adress']}\n{_zip(r)} Älvsunda\nTel. {s['phone']}", f"{s['first']} {s['sur'][0]}.",
                f"{s['first']} med familj", f"{name}\n{s['email']}"]
        return r.choice(opts)
    lines = [name, s["role"], s["org"]]
    if r.random() < 0.6:
        lines.append(r.choice([f"Tel: {s['phone']}", f"Mobil {s['phone']}", f"Direkt: {s['phone']} | Växel: {_phone(r)}"]))
    if r.random() < 0.4:
        lines.append(s["email"] if r.random() < 0.5 else f"<mailto:{s['email']}>")
    if r.random() < 0.3 and channel == "e-post":
        lines.append(f"[cid:image00{r.randint(1, 4)}.png@01DA{r.randint(1000, 9999)}.{r.randint(10000000, 99999999)}]")
    return "\n".join(x for x in lines if x)


def _zip(r: random.Random) -> str:
    return f"{r.randint(440, 449)} {r.randint(10, 99)}"


def footer(r: random.Random, s: dict) -> str:
    k = s["kind"]
    if k == "privat":
        return ""
    org = s["org"]
    parts = []
    if k in ("foretag", "forvaltare", "advokat"):
        parts.append(f"{org} | Org.nr 559{r.randint(100, 999)}-{r.randint(1000, 9999)} | Säte: Älvsunda")
        if r.random() < 0.5:
            parts.append(f"Besöksadress: {s['adress']} | Postadress: Box {r.randint(10, 999)}, {_zip(r)} Älvsunda")
        if r.random() < 0.4:
            parts.append(f"Momsreg.nr SE559{r.randint(100000, 999999)}01 | Innehar F-skattsedel | Bg {r.randint(100, 999)}-{r.randint(1000, 9999)}")
        if k == "advokat" and r.random() < 0.6:
            parts.append("Ledamöter av Sveriges advokatsamfund. Vi behandlar personuppgifter i enlighet med GDPR, se www."
                         + _ascii(org.split()[1] if len(org.split()) > 1 else org) + ".se/integritet")
    elif k == "brf":
        parts.append(f"{org} | Org.nr 769{r.randint(600, 640)}-{r.randint(1000, 9999)} | {s['adress']}")
        if r.random() < 0.4:
            parts.append("Styrelsen nås enklast via e-post. Felanmälan görs till förvaltaren.")
    else:
        parts.append(f"{org} | Bankgiro {r.randint(100, 999)}-{r.randint(1000, 9999)} | Swish 123 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}")
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------
# Noise
# ---------------------------------------------------------------------------------------------

def typos(r: random.Random, text: str, n: int) -> str:
    chars = list(text)
    for _ in range(n):
        if len(chars) < 10:
            break
        i = r.randrange(1, len(chars) - 2)
        if not chars[i].isalpha():
            continue
        op = r.random()
        if op < 0.3:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        elif op < 0.55:
            chars[i] = ""
        elif op < 0.75:
            chars[i] = chars[i] * 2
        else:
            chars[i] = {"å": "a", "ä": "a", "ö": "o"}.get(chars[i], chars[i])
    out = "".join(chars)
    if r.random() < 0.2:
        out = out.replace("å", "a").replace("ä", "a").replace("ö", "o")
    return out


def mojibake(text: str) -> str:
    try:
        return text.encode("utf-8").decode("latin-1")
    except UnicodeError:
        return text


def qp(text: str) -> str:
    return (text.replace("ä", "=E4").replace("ö", "=F6").replace("å", "=E5").replace("Ä", "=C4")
            .replace("é", "=E9"))


def ocr(r: random.Random, text: str) -> str:
    subs = [("m", "rn"), ("l", "1"), ("ö", "o"), ("ä", "a"), ("e", "c"), ("h", "li"), ("å", "a"), ("i", "í")]
    chars = text
    for _ in range(r.randint(1, 5)):
        a, b = r.choice(subs)
        idx = [m.start() for m in re.finditer(re.escape(a), chars)]
        if idx:
            i = r.choice(idx)
            chars = chars[:i] + b + chars[i + len(a):]
    return chars


def quote(text: str, r: random.Random) -> str:
    width = r.choice([66, 72, 76])
    lines = []
    for para in text.split("\n"):
        wrapped = textwrap.wrap(para, width) or [""]
        lines.extend("> " + w if w else ">" for w in wrapped)
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Note assembly
# ---------------------------------------------------------------------------------------------

def _pick_weighted(r: random.Random, d: dict) -> str:
    keys = list(d)
    return r.choices(keys, weights=[d[k] for k in keys])[0]


def pick_date(r: random.Random, theme: dict) -> dt.date:
    mw = theme.get("months") or [1, 1, 1, 1, 1, 1]
    m = r.choices(range(1, 7), weights=mw)[0]
    last = (dt.date(2026, m + 1, 1) - dt.timedelta(days=1)).day if m < 12 else 31
    return dt.date(2026, m, r.randint(1, last))


def matter(r: random.Random, theme: dict, fl: Filler) -> str:
    sents = []
    if r.random() < 0.55:
        sents.append(r.choice(theme["open"] if r.random() < 0.7 else GEN_OPEN))
    cores = r.sample(theme["core"], 2)
    sents.append(cores[0])
    short = r.random() < 0.3
    if not short:
        if r.random() < 0.5:
            sents.append(r.choice(theme["detail"]))
        if r.random() < 0.35:
            sents.append(cores[1])
        if r.random() < 0.3:
            sents.append(r.choice(theme["detail"]))
    if r.random() < 0.6:
        sents.append(r.choice(theme["ask"] if r.random() < 0.65 else GEN_ASK))
    # de-duplicate while keeping order
    seen, out = set(), []
    for s in sents:
        if s not in seen:
            seen.add(s)
            out.append(s)
    sep = " " if r.random() < 0.6 else "\n"
    return fl.fill(sep.join(out))


def make_note(r: random.Random, theme_id: str, other_ids: list[str]) -> dict[str, str]:
    theme = THEMES[theme_id]
    date = pick_date(r, theme)
    fl = Filler(r, date, theme)
    kind = _pick_weighted(r, theme["senders"])
    s = make_sender(r, kind, fl)
    formal = kind in ("advokat", "foretag", "forvaltare") or (kind != "privat" and r.random() < 0.5)
    ch_w = {"privat": (50, 15, 35), "brf": (70, 15, 15), "foretag": (75, 10, 15), "advokat": (60, 40, 0),
            "forening": (55, 25, 20), "forvaltare": (80, 10, 10)}[kind]
    channel = r.choices(["e-post", "brev", "webbformulär"], weights=ch_w)[0]

    subj0 = fl.fill(r.choice(theme["subj"]))
    subj = subj0
    if r.random() < 0.25:
        subj = fl.fill(r.choice(GEN_SUBJ).replace("{subj0}", subj0))

    body = matter(r, theme, fl)
    if kind == "privat" and r.random() < 0.3:
        body = typos(r, body, r.randint(1, 3))
        if r.random() < 0.2:
            body = body[:1].lower() + body[1:]

    side = side_sent = ""
    if r.random() < 0.15 and other_ids:
        # a second, smaller matter of another theme
        ot = THEMES[r.choice(other_ids)]
        ofl = Filler(r, date, ot)
        side_sent = ofl.fill(r.choice(ot["side"]))
        side_conn = r.choice(SIDE_CONN)
        side = f"{side_conn} {side_sent}"

    pre = ""
    if r.random() < (0.75 if formal else 0.5):
        pool = PREAMBLE[kind]
        pre = fl.fill(r.choice(pool))
        if r.random() < 0.3:
            extra = fl.fill(r.choice(PREAMBLE["privat"] if kind == "privat" else pool))
            if extra != pre:
                pre += " " + extra

    salut = fl.fill(r.choice(SALUT_FORMAL if formal and r.random() < 0.6 else SALUT))
    close = r.choice(CLOSE_FORMAL if kind == "advokat" and r.random() < 0.6 else CLOSE)
    sig = signature(r, s, channel, fl)

    if channel == "webbformulär":
        text = web_form(r, theme, fl, s, subj, salut, pre, body, side, close, date)
    elif channel == "brev":
        text = letter(r, theme, fl, s, subj, salut, pre, body, side, close, sig, date)
    else:
        text = email(r, theme, fl, s, subj, salut, pre, body, side, close, sig, date, formal, side_sent)
    return {"brodtext": text.strip(), "datum": date.isoformat(), "kanal": channel, "true_theme": theme_id}


def ref_line(r: random.Random, fl: Filler, s: dict) -> str:
    parts = []
    if r.random() < 0.6:
        parts.append(f"Ert datum: {fl.val('pdatum')}" if r.random() < 0.7 else "Ert datum: –")
    if r.random() < 0.7:
        parts.append(f"Vår referens: {fl.val('ref') if s['kind'] != 'privat' else s['first']}")
    if r.random() < 0.8:
        parts.append(f"{r.choice(['Diarienummer', 'Dnr', 'Er referens', 'Ert dnr'])}: {fl.val('dnr')}")
    sep = r.choice(["   ", " | ", "\n", "\t"])
    return sep.join(parts)


def email(r, theme, fl, s, subj, salut, pre, body, side, close, sig, date, formal, side_sent="") -> str:
    blocks = []
    if r.random() < 0.3:
        blocks.append(r.choice(EXTERN))
    if r.random() < 0.45:
        t = f"{r.randint(7, 22):02d}:{r.randint(0, 59):02d}"
        blocks.append(f"Från: {s['first']} {s['sur']} <{s['email']}>\nSkickat: den {date.day} {MONTHS[date.month - 1]} {date.year} {t}\n"
                      f"Till: Registrator {KOMMUN} <registrator@alvsunda.se>\nÄmne: {subj}")
    elif r.random() < 0.7:
        blocks.append(f"{r.choice(SUBJ_PREFIX)}{subj}")
    if formal and r.random() < 0.5:
        blocks.append(ref_line(r, fl, s))
    if s["kind"] == "advokat" and r.random() < 0.5:
        blocks.append(f"{r.choice(['Angående', 'Ang.', 'Rubricerat ärende'])}: {fl.val('dnr')} – {s['first'][0]}. {s['sur']} ./. {KOMMUN}")
    blocks.append(salut)
    if pre:
        blocks.append(pre)
    blocks.append(body)
    side_ps = side and r.random() < 0.3
    if side and not side_ps:
        blocks.append(side)
    mobile = s["kind"] == "privat" and r.random() < 0.35
    if mobile:
        blocks.append(f"{close}\n{s['first']}" if r.random() < 0.7 else close)
        blocks.append(r.choice(MOBILE))
    else:
        blocks.append(f"{close}\n{sig}" if r.random() < 0.8 else f"{close}\n\n{sig}")
    if side_ps:
        blocks.append(r.choice(["PS. ", "P.S. ", "PS! "]) + side_sent)
    if r.random() < 0.25:
        blocks.append(fl.fill(r.choice(BILAGOR)))
    if not mobile:
        ft = footer(r, s)
        if ft:
            blocks.append(ft if r.random() > 0.1 else mojibake(ft))
        if s["kind"] != "privat" and r.random() < 0.7 or r.random() < 0.15:
            disc = r.sample(DISCLAIMERS, r.choice([1, 1, 2]))
            d = "\n\n".join(disc)
            if r.random() < 0.05:
                d = mojibake(d)
            blocks.append(("_" * r.choice([20, 32, 40]) + "\n" if r.random() < 0.4 else "") + d)
    if r.random() < 0.4:
        blocks.append(quoted(r, theme, fl, s, subj, date))
    return "\n\n".join(b for b in blocks if b)


def quoted(r, theme, fl, s, subj, date) -> str:
    qd = date - dt.timedelta(days=r.randint(1, 60))
    t = f"{r.randint(7, 17):02d}:{r.randint(0, 59):02d}"
    k = r.random()
    if k < 0.5:
        who = "Kontaktcenter Älvsunda <kontaktcenter@alvsunda.se>" if r.random() < 0.6 else "Registrator <registrator@alvsunda.se>"
        txt = fl.fill(r.choice(AUTO_REPLY))
        if r.random() < 0.5:
            txt += "\n\n" + fl.fill(r.choice(KOMMUN_SIGN))
    else:
        who = f"{s['first']} {s['sur']} <{s['email']}>"
        txt = fl.fill(r.choice(theme["core"]))
        if r.random() < 0.5:
            txt = fl.fill(r.choice(SALUT)) + "\n" + txt + "\n" + r.choice(CLOSE) + "\n" + s["first"]
    if r.random() < 0.5:
        mon = MONTHS[qd.month - 1]
        mon = mon[:3] + "." if len(mon) > 4 else mon
        head = f"Den {WEEKDAYS[qd.weekday()][:3]} {qd.day} {mon} {qd.year} kl. {t} skrev {who}:"
        out = head + "\n" + quote(txt, r)
    else:
        head = (f"-----Ursprungligt meddelande-----\nFrån: {who}\nSkickat: den {qd.day} {MONTHS[qd.month - 1]} {qd.year} {t}\n"
                f"Till: {s['email'] if k < 0.5 else 'registrator@alvsunda.se'}\nÄmne: {subj}")
        out = head + "\n\n" + txt
    if r.random() < 0.06:
        out = qp(out).replace(". ", ".=\n", 1)
    return out


def letter(r, theme, fl, s, subj, salut, pre, body, side, close, sig, date) -> str:
    blocks = []
    if r.random() < 0.5:
        stamp_d = date + dt.timedelta(days=r.randint(0, 2))
        blocks.append(r.choice([f"ÄLVSUNDA KOMMUN\nInkom: {stamp_d.isoformat()}\nDnr: {fl.val('dnr')}",
                                f"INKOM {stamp_d.isoformat()}", f"Älvsunda kommun   Ink. {stamp_d.day}/{stamp_d.month} {stamp_d.year}",
                                f"KOMMUNLEDNINGSKONTORET\n{stamp_d.isoformat()}\nDiarienr: {fl.val('dnr')}"]))
    if s["kind"] != "privat":
        blocks.append(f"{s['org'].upper() if r.random() < 0.4 else s['org']}\n{s['adress']}\n{_zip(r)} Älvsunda")
    elif r.random() < 0.6:
        blocks.append(f"{s['first']} {s['sur']}\n{s['adress']}\n{_zip(r)} Älvsunda")
    sent = date - dt.timedelta(days=r.randint(1, 6))
    blocks.append(f"Älvsunda {sent.isoformat()}" if r.random() < 0.6 else f"Älvsunda den {sent.day} {MONTHS[sent.month - 1]} {sent.year}")
    if r.random() < 0.6:
        blocks.append(r.choice([f"{KOMMUN}\nRegistrator\nBox 100\n440 10 Älvsunda", f"{KOMMUN}\nKommunstyrelsen\n440 10 Älvsunda",
                                f"Till {KOMMUN}\nBerörd nämnd", "Älvsunda kommun\nSamhällsbyggnadsförvaltningen\nBox 100\n440 10 ÄLVSUNDA"]))
    if r.random() < 0.5:
        blocks.append(ref_line(r, fl, s))
    blocks.append(r.choice(["Angående: ", "Ang. ", "Ärende: ", "", "ANGÅENDE "]) + (subj.upper() if r.random() < 0.3 else subj))
    if r.random() < 0.7:
        blocks.append(salut)
    if pre:
        blocks.append(pre)
    blocks.append(body)
    if side:
        blocks.append(side)
    blocks.append(f"{close}\n\n{r.choice(['', '(namnteckning)', '[oläslig namnteckning]', '/signerat/'])}\n{sig}")
    if r.random() < 0.4:
        blocks.append(r.choice(["Bilagor:\n1. Kopia av beslut\n2. Fotografier", "Bilaga: fullmakt", "Bilagor: 3 st",
                                "Kopia till: fastighetsägaren", "Bilaga: karta"]))
    text = "\n\n".join(b for b in blocks if b)
    if r.random() < 0.35:
        text = ocr(r, text)
    return text


def web_form(r, theme, fl, s, subj, salut, pre, body, side, close, date) -> str:
    kat = r.choice(theme["kat"]) if r.random() < 0.5 else r.choice(WEBKAT_GEN)
    t = f"{r.randint(6, 23):02d}:{r.randint(0, 59):02d}"
    head = r.choice([f"Inskickat via e-tjänsten Kontakta oss {date.isoformat()} {t}",
                     f"Formulär: Kontakta {KOMMUN}\nInskickat: {date.isoformat()} {t}",
                     f"Nytt meddelande från webbplatsen alvsunda.se ({date.isoformat()} kl {t})",
                     "Webbformulär – Synpunkter och frågor"])
    msg_parts = []
    if r.random() < 0.5:
        msg_parts.append(salut)
    if pre and r.random() < 0.6:
        msg_parts.append(pre)
    msg_parts.append(body)
    if side:
        msg_parts.append(side)
    if r.random() < 0.6:
        msg_parts.append(f"{close}\n{s['first']}" if r.random() < 0.7 else close)
    msg = "\n".join(msg_parts) if r.random() < 0.5 else " ".join(msg_parts)
    fields = [head, f"Kategori: {kat}"]
    if r.random() < 0.7:
        fields.append(f"Ämne: {subj}")
    fields.append(f"Meddelande:\n{msg}")
    fields.append(f"Namn: {s['first']} {s['sur'] if r.random() < 0.7 else ''}".rstrip())
    if s["kind"] != "privat" and r.random() < 0.7:
        fields.append(f"Organisation: {s['org']}")
    fields.append(f"E-post: {s['email']}")
    if r.random() < 0.6:
        fields.append(f"Telefon: {s['phone']}")
    if r.random() < 0.5:
        fields.append(f"Adress: {s['adress']}")
    fields.append(r.choice(["Jag vill bli kontaktad via: E-post", "Jag vill bli kontaktad via: Telefon", "Svar önskas: Ja",
                            "Svar önskas: Nej", ""]))
    if r.random() < 0.7:
        fields.append(r.choice(["Jag har tagit del av informationen om hur kommunen behandlar personuppgifter: Ja",
                                "Samtycke GDPR: Ja", "Godkänner behandling av personuppgifter [x]"]))
    if r.random() < 0.3:
        fields.append(fl.fill(r.choice(["Bifogad fil: IMG_{img}.jpg", "Bifogad fil: ingen", "Bifogade filer (0)"])))
    if r.random() < 0.4:
        fields.append("Detta meddelande skickades automatiskt från kommunens webbplats. Svara inte på detta meddelande.")
    return "\n".join(f for f in fields if f)


# ---------------------------------------------------------------------------------------------

def _counts(rows: int) -> dict[str, int]:
    ids = list(THEMES)
    w = [THEMES[t]["weight"] for t in ids]
    tot = sum(w)
    raw = [rows * x / tot for x in w]
    base = [int(x) for x in raw]
    rest = rows - sum(base)
    order = sorted(range(len(ids)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    return dict(zip(ids, base, strict=True))


def make_log(rows: int, seed: int) -> list[dict[str, str]]:
    r = random.Random(f"formell-{seed}")
    labels = []
    for t, c in _counts(rows).items():
        labels.extend([t] * c)
    r.shuffle(labels)
    ids = list(THEMES)
    out = []
    for lab in labels:
        others = [t for t in ids if t != lab]
        out.append(make_note(r, lab, others))
    out.sort(key=lambda d: d["datum"])  # registry logs are chronological (stable sort keeps determinism)
    return out


def main() -> None:
    write_log_cli(make_log, __doc__, "brodtext")


if __name__ == "__main__":
    main()
