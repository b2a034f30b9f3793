"""Labelled test-log generator imitating free-text answers to a Swedish municipality's yearly
citizen survey ("Vad vill du att kommunen ska bli bättre på, och varför?") mixed with comments
from a "lämna synpunkt" web form. Notes are opinions, complaints, suggestions and some praise,
one to five sentences, from teenagers to pensioners, sometimes long and emotional, a few in
English or simple newcomer Swedish, with typos, missing capitals and ascii-fied letters.
The hidden label (true_theme) is the main matter the writer wants the municipality to improve.
"""
from __future__ import annotations

import datetime as _dt
import random
import re

from check_log_cli import write_log_cli

# ---------------------------------------------------------------------------
# shared slot fillers (all invented / generic)
# ---------------------------------------------------------------------------
GLOBAL_SLOTS: dict[str, list[str]] = {
    "gata": ["Storgatan", "Kyrkogatan", "Skolvägen", "Björkvägen", "Stationsgatan",
             "Industrivägen", "Ringvägen", "Västra vägen", "Parkgatan", "Tallvägen",
             "Ängsvägen", "Kvarngatan", "Södra Långgatan", "Torggatan", "Lärkvägen",
             "Granvägen", "Sjövägen", "Bruksgatan"],
    "omrade": ["centrum", "Norrmalm", "Solbacken", "Ekbacken", "Västerby", "Österängen",
               "Hagaberg", "Lillskogen", "Sjöstaden", "Stensätra", "Kvarnbacken",
               "Nyby", "Bruksområdet", "Tallåsen", "Lövhagen", "Åkerby", "Bergsjöholm"],
    "plats": ["Coop", "ICA", "stationen", "busstationen", "torget", "biblioteket",
              "vårdcentralen", "simhallen", "idrottsplatsen", "Willys", "resecentrum",
              "kyrkan", "gallerian", "Systembolaget", "hamnen", "Lidl"],
    "namn": ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Fatima", "Ahmed", "Elin",
             "Mikael", "Sara", "Ali", "Eva", "Per", "Leila", "Olof", "Ingrid", "Yusuf",
             "Hanna", "Nils", "Amina", "Sven", "Marta", "Goran", "Birgitta", "Jonas",
             "Mohammed", "Linnea", "Kerstin", "Tomas", "Aisha", "Björn"],
    "alder": ["15", "17", "19", "23", "29", "34", "38", "41", "47", "52", "56", "63",
              "68", "71", "75", "78", "82", "84", "89"],
    "ar": ["två", "tre", "fem", "åtta", "12", "20", "30", "över 40", "hela mitt liv,"],
    "manad": ["januari", "februari", "mars", "april", "maj", "i höstas", "november", "jul",
              "förra vintern"],
    "n_elever": ["27", "28", "29", "30", "31", "32", "33"],
    "n_man": ["tre", "fyra", "fem", "sex", "åtta", "nio", "tio", "elva"],
    "n_min": ["20", "25", "30", "40", "45", "50", "55"],
    "n_veckor": ["två", "tre", "fyra", "fem", "sex", "sju"],
    "n_barn": ["18", "20", "21", "22", "24", "25", "26"],
    "n_ggr": ["två", "tre", "fyra", "fem", "flera", "otaliga"],
    "n_km": ["3", "4", "5", "7", "8", "12", "15"],
    "n_mil": ["två", "tre", "fem", "sju", "tio"],
    "n_fam": ["tre", "fyra", "fem", "sex"],
    "n_pers": ["7", "8", "9", "10", "12", "14", "15"],
    "land": ["Syrien", "Eritrea", "Polen", "Ukraina", "Somalia", "Afghanistan", "Irak",
             "Thailand", "Chile", "Iran"],
}

# ---------------------------------------------------------------------------
# themes
# ---------------------------------------------------------------------------
THEMES: dict[str, dict] = {}

THEMES["snow_clearing"] = {
    "weight": 14,
    "slots": {
        "vag": ["gång- och cykelvägarna", "trottoarerna", "vår gata", "busshållplatserna",
                "backen upp mot skolan", "parkeringen vid vårdcentralen", "gångbanan längs {gata}",
                "infarten till vårt område", "cykelbanan till stationen", "trapporna vid torget",
                "gångvägen genom {omrade}", "villagatorna i {omrade}"],
        "tid": ["klockan nio", "efter lunch", "först vid tio", "på eftermiddagen",
                "två dagar efter snöfallet", "när alla redan gått till jobbet", "mitt i natten",
                "nästan en vecka senare", "först på tredje dagen"],
    },
    "topic": ["snöröjningen", "halkbekämpningen", "plogningen", "sandningen på vintern",
              "vinterväghållningen", "skottningen av gångvägar"],
    "core": [
        "Snöröjningen på {vag} kommer alldeles för sent, senast plogades det {tid}.",
        "Plogbilen lägger hela snövallen framför vår uppfart så vi får skotta en gång till.",
        "Det sandas inte på {vag} och det har varit spegelblankt i flera veckor.",
        "Ni måste prioritera oss fotgängare före bilisterna när det snöar.",
        "Halkbekämpningen i {omrade} är under all kritik.",
        "Vi som går med rollator kommer inte ut när det ligger is överallt.",
        "Snövallarna vid övergångsställena blir så höga att man inte ser barnen.",
        "Varför plogas de stora vägarna direkt medan {vag} får vänta i flera dagar?",
        "Grusa mer och tidigare, inte först när någon redan har brutit armen.",
        "Snön från körbanan plogas upp på trottoaren så man tvingas gå ute i gatan.",
        "När det töar och sen fryser på igen blir {vag} som en skridskobana.",
        "Skotta bort snön vid busshållplatserna, man står i en driva och väntar på bussen.",
        "Cykelvägarna borde vara plogade före sju på morgonen så att man kan cykla till jobbet även vintertid.",
        "Entreprenören som sköter vinterväghållningen verkar inte ha någon koll alls.",
        "Hela vintern var det isgata på {vag}, ingen halkbekämpning alls.",
        "Ploga inte igen brevlådorna, brevbäraren vägrar komma när det är igenskottat.",
    ],
    "why": [
        "Min mamma halkade och bröt handleden i {manad}.",
        "Det är livsfarligt för både barn och gamla.",
        "Jag har sett flera personer ramla utanför {plats}.",
        "Man blir ju instängd hemma i veckor.",
        "Det var ännu sämre förra året.",
        "Akuten var full av folk med brutna handleder.",
        "Jag åkte själv omkull med cykeln och slog upp knät.",
        "Hemtjänsten kom inte fram till min granne för att det inte var plogat.",
    ],
    "en": [
        "Please clear the snow from the sidewalks earlier, it is dangerous to walk to work.",
        "Snow removal in {omrade} is very slow, the paths were icy for weeks.",
        "More sand on the walking paths in winter please, I fell twice this year.",
        "The bus stops are never cleared of snow, we stand in deep snow waiting.",
    ],
    "simple": [
        "Mycket is på vägen. Jag är rädd att ramla. Snälla sanda mer.",
        "Snön tas bort för sent. Barnen kan inte gå till skolan.",
        "Det är halt vid busshållplatsen. Ni måste ta bort isen.",
        "På vintern är det farligt att gå. Ingen sand på trottoaren.",
    ],
    "side": ["Och så snöröjningen, den var dålig i vintras.", "Skotta cykelbanorna bättre också.",
             "Sanda mer när det är halt!"],
}

THEMES["street_repair"] = {
    "weight": 10,
    "slots": {"gropen": ["gropen", "potthålet", "sprickan", "sättningen", "hålet"]},
    "topic": ["gatorna", "vägunderhållet", "asfalteringen", "gatubelysningen",
              "lagningen av potthål", "skicket på vägarna"],
    "core": [
        "Det är fullt med potthål på {gata}, man får köra slalom.",
        "Asfalten på {gata} är så sönderkörd att det skramlar i hela bilen.",
        "Laga gatlyktorna i {omrade}, flera har varit släckta sedan {manad}.",
        "Trottoarkanten vid {plats} är så hög att man inte kommer upp med barnvagnen.",
        "Vägarna i hela kommunen förfaller, ni lappar och lagar och sen går det sönder igen.",
        "{Gropen} vid korsningen {gata}/{gata2} har jag anmält {n_ggr} gånger.",
        "Gatubelysningen är för svag längs {gata}, man ser knappt var man går på kvällen.",
        "Vägskyltarna är så smutsiga eller igenvuxna av buskar att man inte kan läsa dem.",
        "När ni väl lagar en gata kunde ni göra det ordentligt och inte bara slänga i lite kallasfalt.",
        "Plattorna på gångbanan längs {gata} är lösa och spruckna, någon kommer att snubbla.",
        "Det tog {n_man} månader innan ni fixade {gropen} utanför vårt hus.",
        "Grusvägen ut till {omrade} är full med gropar och dammar något fruktansvärt på sommaren.",
        "Vägarbetet på {gata} har pågått i evigheter utan att det händer något.",
        "Lägg nytt slitlager på {gata} istället för att bygga fler rondeller.",
        "Brunnslocken på {gata} sticker upp flera centimeter och det smäller när man kör över.",
        "Kantstenen är bortkörd och vägrenen rasar ut på {gata}.",
    ],
    "why": [
        "Jag har fått byta två däck i år.",
        "Det är en ren trafikfara.",
        "Det ser så slitet och tråkigt ut när man kommer in till stan.",
        "Cyklisterna väjer ut i bilfilen för att slippa hålen.",
        "Ni får väl betala min fälgreparation då.",
        "Vi som betalar skatt borde kunna kräva hela vägar.",
    ],
    "en": [
        "The roads are full of potholes, please repair them properly.",
        "Many street lights are broken in {omrade} and it is very dark in the evening.",
        "The asphalt on {gata} is terrible, fix it before someone gets hurt.",
    ],
    "simple": [
        "Vägen har stora hål. Min bil blev skadad.",
        "Lampan på gatan är trasig länge. Det är mörkt på kvällen.",
        "Gatan vid mitt hus är dålig. Många hål.",
    ],
    "side": ["Laga hålen i asfalten också.", "Gatlyktorna på vår gata är trasiga förresten.",
             "Och vägarna är i uselt skick."],
}

THEMES["school"] = {
    "weight": 9,
    "slots": {"skola": ["Ekbackeskolan", "Centralskolan", "Solbackeskolan", "Västerbyskolan",
                        "Kvarnskolan", "Norrskolan", "högstadiet", "byskolan i {omrade}",
                        "Tallåsskolan"],
              "barn": ["min son", "min dotter", "vårt barn", "min yngsta", "mitt barnbarn"]},
    "topic": ["skolan", "grundskolan", "skolorna", "undervisningen", "skolmiljön",
              "stödet i skolan"],
    "core": [
        "Klasserna på {skola} är alldeles för stora, {barn} går i en klass med {n_elever} elever.",
        "Lärarna byts ut hela tiden och barnen hinner aldrig lära känna någon vuxen.",
        "Skolan måste ta mobbningen på allvar, {barn} har blivit utfryst i ett år utan att något händer.",
        "Skolmaten är ofta kall och barnen äter knappt, satsa på bättre lunch.",
        "Barn med särskilda behov får inte det stöd de har rätt till.",
        "Fler behöriga lärare istället för outbildade vikarier.",
        "Lokalerna på {skola} är nedgångna, det drar från fönstren och ventilationen fungerar inte.",
        "Det är för stökigt i klassrummen, {barn} säger att det inte går att koncentrera sig.",
        "Kommunikationen mellan skolan och oss vårdnadshavare är dålig, vi får veta saker i sista stund.",
        "Utredningen för dyslexi har tagit över ett år och under tiden halkar {barn} efter.",
        "Ge lärarna tid att undervisa istället för att fylla i papper.",
        "Mobilförbudet på {skola} följs inte, ingen personal bryr sig.",
        "Skolresultaten i kommunen ligger under rikssnittet och det borde oroa politikerna mer.",
        "Att lägga ner {skola} vore ett stort misstag, den är viktig för hela bygden.",
        "Idrottssalen är för liten och barnen har bara idrott en gång i veckan.",
        "Elevhälsan är underbemannad, skolsköterskan finns bara där en dag i veckan.",
    ],
    "why": [
        "Våra barn är ju framtiden.",
        "Jag jobbar själv i skolan och ser hur det ser ut.",
        "Man vill ju att barnen ska trivas och lära sig något.",
        "Flera familjer jag känner har redan flyttat över till friskolan.",
        "{Barn} har börjat få ont i magen på söndagskvällarna.",
        "Det påverkar hela familjen när ett barn inte vill gå till skolan.",
    ],
    "en": [
        "The schools need more qualified teachers and smaller classes.",
        "My child has been bullied at school for months and nobody does anything.",
        "Please improve the school lunches, the kids do not eat.",
    ],
    "simple": [
        "Min son lär sig inte svenska bra i skolan. Han behöver mer hjälp.",
        "Skolan behöver fler lärare. Klassen är stor.",
        "Min dotter är ledsen i skolan. Andra barn är elaka. Lärare hjälper inte.",
    ],
    "side": ["Och skolan behöver fler lärare.", "Skolmaten kunde vara bättre också.",
             "Satsa mer på skolan!"],
}

THEMES["home_care"] = {
    "weight": 7,
    "slots": {"anhorig": ["min mamma", "min pappa", "min mor", "min far", "min mormor",
                          "min svärmor", "min granne", "min farfar", "min man"],
              "tid_mat": ["klockan tio på förmiddagen", "halv tre", "först vid fyra",
                          "mitt på eftermiddagen", "elva på förmiddagen"]},
    "topic": ["hemtjänsten", "omsorgen i hemmet", "hemtjänstens personalplanering",
              "hjälpen till äldre som bor hemma"],
    "core": [
        "Hemtjänsten skickar nya personer hela tiden, {anhorig} vet aldrig vem som kommer.",
        "Personalen i hemtjänsten har alldeles för lite tid, de hinner knappt ta av sig skorna.",
        "{Anhorig} fick sin lunch {tid_mat} i går, det är inte värdigt.",
        "Det är svårt för {anhorig} att förstå personalen när de inte kan svenska ordentligt.",
        "Insatserna har dragits ner utan att någon har frågat oss anhöriga.",
        "Hemtjänsten glömde komma i helgen och {anhorig} låg på golvet i flera timmar.",
        "Ge hemtjänstpersonalen bättre arbetsvillkor, de delade turerna är omänskliga.",
        "Dusch en gång i veckan räcker inte för en människa.",
        "När {anhorig} tryckte på trygghetslarmet tog det {n_min} minuter innan någon kom.",
        "Promenader och social tid ryms inte, det blir bara mat och mediciner och sen springer de.",
        "Biståndshandläggaren beviljade bara hälften av de timmar vi ansökte om.",
        "Kontinuiteten måste bli bättre, {anhorig} har haft {n_pers} olika vårdare på två veckor.",
        "Städningen görs slarvigt av hemtjänsten, dammet ligger kvar under sängen.",
        "Hemtjänstpersonalen är underbar men de är på tok för få.",
        "Matlådorna som körs ut smakar ingenting och {anhorig} har slutat äta ordentligt.",
        "Ingen från hemtjänsten hör av sig när de blir försenade, {anhorig} sitter och väntar i timmar.",
    ],
    "why": [
        "Jag bor själv {n_mil} mil bort och kan inte åka dit varje dag.",
        "Våra äldre förtjänar bättre än så här.",
        "Det är de som har byggt upp det här landet.",
        "Det skapar oro för hela familjen.",
        "Jag har själv jobbat i hemtjänsten och vet hur stressigt det är.",
    ],
    "en": [
        "Home care staff change every day and my father gets confused.",
        "The home care workers are kind but they have no time at all.",
        "My mother waited {n_min} minutes after pressing her alarm, that is not acceptable.",
    ],
    "simple": [
        "Min mamma får hjälp hemma. Det kommer ny personal varje dag. Hon blir rädd.",
        "Hemtjänst kommer sent. Pappa väntar på mat.",
        "Personal har ingen tid. De går efter fem minuter.",
    ],
    "side": ["Hemtjänsten behöver mer personal också.",
             "Samma sak med hemtjänsten, de hinner ingenting."],
}

THEMES["elder_housing"] = {
    "weight": 5,
    "slots": {"boende": ["Solgården", "Björkbacken", "Ekbackens äldreboende", "Lindgården",
                         "Tallhemmet", "Ängsgården", "Sjöängens boende", "Rosengården"],
              "anhorig": ["min mamma", "min pappa", "min mor", "min far", "min moster",
                          "min svärfar", "min farmor", "min fru"]},
    "topic": ["äldreboendena", "omsorgen på boendena", "platserna på äldreboende",
              "vård- och omsorgsboendena", "demensvården"],
    "core": [
        "Väntetiden för plats på äldreboende är för lång, {anhorig} har väntat i {n_man} månader.",
        "På {boende} sitter de gamla framför tv:n hela dagarna utan någon aktivitet.",
        "Maten på äldreboendet ska lagas på plats, inte komma färdig i plastlådor.",
        "Det är för lite personal på nätterna på {boende}, en person på två avdelningar.",
        "{Anhorig} placerades på ett boende {n_mil} mil hemifrån, långt från resten av familjen.",
        "Par som levt ihop i sextio år ska inte tvingas bo isär när den ena behöver flytta till boende.",
        "De boende kommer knappt ut i friska luften, det kan gå veckor mellan gångerna.",
        "Lokalerna på {boende} är nedslitna och det luktar urin i korridoren.",
        "Ni stänger korttidsplatser och servicehus, vart ska de äldre ta vägen?",
        "Bygg fler trygghetsboenden för oss som inte orkar bo ensamma i villan längre.",
        "Demensavdelningen behöver personal som faktiskt är utbildad i demens.",
        "Vi anhöriga får ingen information alls om hur {anhorig} har det på boendet.",
        "Tvätten försvinner på boendet, kläderna kommer tillbaka krympta eller inte alls.",
        "Sedan {boende} började drivas av ett privat bolag har kvaliteten blivit sämre.",
        "Det finns ingen som hinner sitta ner och prata med {anhorig} på {boende}.",
    ],
    "why": [
        "Vi kommer alla att bli gamla en dag.",
        "Det känns som om de äldre är helt bortglömda.",
        "Jag skäms över hur vi behandlar våra gamla.",
        "{Anhorig} har blivit mycket sämre sedan flytten.",
        "Personalen gör sitt bästa men de räcker inte till.",
    ],
    "en": [
        "My mother waited many months for a place in a care home.",
        "The nursing home needs more staff at night and better food.",
    ],
    "simple": [
        "Min pappa bor på äldreboende. Han är ensam hela dagen. Ingen aktivitet.",
        "Vi väntar länge på plats på äldreboende. Mamma kan inte bo själv.",
    ],
    "side": ["Och äldreboendena behöver mer personal.",
             "Fler platser på äldreboende behövs också."],
}

THEMES["preschool"] = {
    "weight": 6,
    "slots": {"forskola": ["Trollskogens förskola", "förskolan Humlan", "Solrosens förskola",
                           "förskolan Ekorren", "Regnbågens förskola", "förskolan i {omrade}",
                           "förskolan Myran"],
              "barnet": ["vår dotter", "vår son", "min lilla", "treåringen", "vår yngsta"]},
    "topic": ["förskolan", "förskolorna", "barnomsorgen", "förskolekön",
              "barngruppernas storlek"],
    "core": [
        "Barngrupperna i förskolan är för stora, {n_barn} barn på tre pedagoger.",
        "Vi fick förskoleplats {n_km} kilometer bort fast vi bor granne med en förskola.",
        "Kön till förskolan är för lång, vi fick vänta {n_man} månader efter föräldraledigheten.",
        "På {forskola} är det nästan bara vikarier och {barnet} gråter varje morgon vid lämningen.",
        "Öppettiderna på förskolan passar inte oss som jobbar skift.",
        "Gården på {forskola} är bara asfalt och sand, barnen behöver träd och buskar.",
        "Förskolan stänger för planeringsdagar alldeles för ofta.",
        "Kommunen borde erbjuda barnomsorg på kvällar och helger för föräldrar som jobbar inom vården.",
        "Ge förskollärarna bättre lön så att de stannar kvar.",
        "Ljudnivån på {forskola} är hög, {barnet} är helt slut när vi hämtar.",
        "Inskolningen var stressig, pedagogerna hade ingen tid för oss.",
        "Förskolan har dragit in utflykterna på grund av besparingar.",
        "Barnen får sällan vara ute på eftermiddagen eftersom det saknas personal.",
        "Syskonförtur borde gälla, vi har två barn på två olika förskolor i olika delar av stan.",
        "Pedagogerna på {forskola} hinner inte ens byta blöjor i tid.",
    ],
    "why": [
        "De första åren är så viktiga för barnen.",
        "Som ensamstående förälder är jag helt beroende av förskolan.",
        "Man vill kunna lämna sitt barn och känna sig trygg.",
        "Vi funderar på att flytta till en annan kommun på grund av det här.",
        "Min arbetsgivare har inte hur mycket tålamod som helst.",
    ],
    "en": [
        "Preschool groups are too big and the staff are stressed.",
        "We waited {n_man} months for a preschool place, it is too long.",
    ],
    "simple": [
        "Min dotter går på förskola. Det finns för många barn. Personalen har inte tid.",
        "Vi väntar på förskola länge. Jag kan inte börja jobba.",
    ],
    "side": ["Förskolan behöver mindre barngrupper också.", "Satsa på förskolan med!"],
}

THEMES["waste_collection"] = {
    "weight": 7,
    "slots": {"karl": ["soptunnan", "kärlet", "sopkärlet", "tunnan", "matavfallskärlet"]},
    "topic": ["sophämtningen", "avfallshämtningen", "tömningen av soptunnorna",
              "renhållningen", "hämtningen av matavfall"],
    "core": [
        "Soporna hämtades inte på {n_veckor} veckor i {omrade} och {karl} svämmade över.",
        "Hämtning varannan vecka räcker inte på sommaren, det luktar och blir mask i matavfallet.",
        "Avgiften för sophämtning har gått upp rejält men servicen har blivit sämre.",
        "Sopbilen kommer klockan sex på morgonen och väcker hela gatan.",
        "Hämta trädgårdsavfall vid tomtgränsen, alla har inte bil eller släpvagn.",
        "Chauffören ställer tillbaka {karl} mitt på trottoaren eller mitt i uppfarten.",
        "De nya fyrfackskärlen är för små för en barnfamilj.",
        "Det är krångligt att ändra abonnemanget och ingen svarar på avfallsavdelningen.",
        "Papperspåsarna för matavfall blir blöta och går sönder, ge oss starkare påsar.",
        "Vi har inte fått några nya matavfallspåsar på flera månader.",
        "Vi på landsbygden får släpa {karl} flera hundra meter till stora vägen.",
        "Tömningen uteblev i julas och ingen informerade om ändrade dagar.",
        "{Karl} ställdes tillbaka med locket öppet och kråkorna drog ut allt på gatan.",
        "Det borde gå att pausa fritidshusabonnemanget de månader man inte är där.",
        "Sopgubbarna hoppar över vårt hus om bilen står parkerad på gatan.",
    ],
    "why": [
        "Det luktar illa i hela kvarteret.",
        "Det är väl det minsta man kan begära för pengarna.",
        "Vi sorterar noga men det känns rätt meningslöst.",
        "Flugorna har varit en plåga hela sommaren.",
    ],
    "en": [
        "The garbage was not collected for {n_veckor} weeks, it smells terrible.",
        "Please collect food waste every week in summer.",
    ],
    "simple": [
        "Soporna hämtas inte. Det luktar. Vad ska jag göra?",
        "Soptunna är full. Bilen kom inte.",
    ],
    "side": ["Sophämtningen fungerar inte heller.", "Töm soptunnorna oftare på sommaren."],
}

THEMES["recycling"] = {
    "weight": 5,
    "slots": {},
    "topic": ["återvinningscentralen", "återvinningsstationerna", "tippen", "ÅVC",
              "förpackningsinsamlingen"],
    "core": [
        "Återvinningsstationen vid {plats} är alltid överfull och folk ställer saker på marken.",
        "Öppettiderna på återvinningscentralen är för korta, den borde vara öppen kvällar och söndagar.",
        "Det är en halvtimmes kö in till tippen varje lördag.",
        "Plastcontainrarna töms för sällan, det ligger förpackningar överallt runt omkring.",
        "Det borde finnas ett återbruk på ÅVC där man kan lämna saker som fortfarande fungerar.",
        "Varför måste man boka tid för att åka till återvinningscentralen nu?",
        "Glasigloon vid {plats} är så full att man inte får in flaskorna.",
        "Ordna mobil insamling ute i byarna för farligt avfall och elektronik.",
        "Personalen på återvinningscentralen var otrevlig när jag frågade var gipsskivorna skulle.",
        "Runt återvinningsstationen i {omrade} är det skräpigt och smutsigt.",
        "När ni stängde återvinningsstationen nära oss började folk slänga grejer i skogen.",
        "Skyltningen på ÅVC är otydlig, man vet inte var trä och metall ska ligga.",
        "Passerkortet till återvinningscentralen fungerar nästan aldrig.",
        "Ta bort gränsen på antal besök per år på tippen.",
        "Kartongcontainern vid {plats} är full redan på måndagen.",
    ],
    "why": [
        "Det ser förfärligt ut.",
        "Vi vill ju göra rätt för miljön.",
        "Skräp drar till sig mer skräp.",
        "Man tappar lusten att sortera.",
    ],
    "en": [
        "The recycling station is always full, please empty it more often.",
        "The recycling centre should be open on Sundays and evenings.",
    ],
    "simple": [
        "Återvinning vid affären är alltid full. Jag kan inte slänga plast.",
        "Tippen stänger tidigt. Jag jobbar och kan inte komma.",
    ],
    "side": ["Återvinningsstationen behöver tömmas oftare också.",
             "Och längre öppettider på tippen tack."],
}

THEMES["youth_leisure"] = {
    "weight": 5,
    "slots": {},
    "topic": ["fritidsaktiviteterna för unga", "fritidsgårdarna", "utbudet för ungdomar",
              "stödet till föreningslivet", "det som finns för tonåringar"],
    "core": [
        "Det finns ingenting för ungdomar att göra på kvällarna i {omrade}.",
        "Fritidsgården har stängt och nu hänger ungdomarna vid {plats} istället.",
        "Öppna fritidsgården på helgerna, det är då den behövs mest.",
        "Bygg en skatepark, nu åker de på parkeringen vid {plats}.",
        "Idrottsföreningarna har svårt att få halltider och många barn står i kö.",
        "Det är för dyrt för många familjer att låta barnen hålla på med en sport.",
        "Satsa på sommarjobb för ungdomar, min son sökte men fick inget.",
        "Kulturskolan har för lång kö, min dotter har väntat i två år på att få spela fiol.",
        "Det behövs fler aktiviteter på sommarlovet för barn som inte reser bort.",
        "Tjejer behöver egna aktiviteter, fritidsgården är full av killar.",
        "Som tonåring tycker jag att det är tråkigt att bo här, det finns ingen bio eller något häng.",
        "Det behövs ett ställe där unga kan träffas utan att behöva köpa något.",
        "Bidragen till föreningarna har sänkts och nu läggs ungdomsverksamheten ner.",
        "Låt ungdomarna själva vara med och bestämma vad fritidspengarna ska gå till.",
        "Simhallen borde ha kvällsöppet och billigare entré för ungdomar.",
    ],
    "why": [
        "Annars blir det lätt bus och kriminalitet.",
        "Uttråkade ungdomar hittar på dumheter.",
        "Det är viktigt att unga har något meningsfullt att göra.",
        "Alla mina kompisar vill flytta härifrån så fort de kan.",
    ],
    "en": [
        "There is nothing to do for teenagers here, we need a youth centre.",
        "More summer jobs for young people please.",
    ],
    "simple": [
        "Ungdomar har ingen plats. Öppna fritidsgård på helgen.",
        "Min son är 15 år. Han har inget att göra efter skolan.",
    ],
    "side": ["Och mer för ungdomarna att göra!", "Fritidsgården borde ha öppet fler kvällar."],
}

THEMES["cycling"] = {
    "weight": 4,
    "slots": {},
    "topic": ["cykelvägarna", "cykelbanorna", "satsningen på cykel", "cykelparkeringarna"],
    "core": [
        "Bygg ihop cykelvägarna, nu tar cykelbanan slut mitt i ingenstans vid {gata}.",
        "Det behövs en säker cykelväg mellan {omrade} och centrum, barnen cyklar på landsvägen.",
        "Fler cykelställ vid stationen, det är fullt varje morgon.",
        "Cykelbanan längs {gata} är för smal och delas med gående, det blir farligt.",
        "Cyklar stjäls hela tiden vid resecentrum, bygg ett låst cykelgarage.",
        "Separera gående och cyklister på {gata}, det är nära att krocka varje dag.",
        "De höga kantstenarna vid korsningarna gör att man får tvärnita med cykeln.",
        "Kommunen säger att den vill satsa på cykel men pengarna går ändå till bilvägar.",
        "Vägvisningen för cykel är dålig, man vet aldrig vart cykelvägen leder.",
        "Bygg en cykelväg längs länsvägen ut till {omrade} så man slipper ta bilen.",
        "Sätt upp cykelpumpar vid de stora cykelstråken.",
        "Bilar står parkerade i cykelfältet på {gata} hela tiden.",
        "Ge cyklisterna grönt ljus oftare, man står och väntar en evighet vid {gata}.",
        "Cykelvägen till skolan i {omrade} korsar en stor väg utan övergångsställe.",
    ],
    "why": [
        "Det är bra för både klimatet och folkhälsan.",
        "Jag vill att mina barn ska kunna cykla själva till skolan.",
        "Fler skulle cykla om det kändes säkert.",
        "Det är snabbare att cykla än att ta bussen här.",
    ],
    "en": [
        "Please build safe bike lanes to the town centre.",
        "More bicycle parking at the station, it is always full.",
    ],
    "simple": [
        "Jag cyklar till jobbet. Cykelvägen slutar. Det är farligt med bilar.",
        "Min cykel blev stulen vid stationen. Bygg ett säkert ställe.",
    ],
    "side": ["Bygg fler cykelvägar också.", "Och cykelparkeringen vid stationen är för liten."],
}

THEMES["parks_playgrounds"] = {
    "weight": 4.5,
    "slots": {},
    "topic": ["parkerna", "lekplatserna", "grönområdena", "skötseln av parker och lekplatser"],
    "core": [
        "Lekplatsen i {omrade} är sliten, gungorna är trasiga och sandlådan är full med fimpar.",
        "Ni tog bort lekplatsen vid {gata} och har inte byggt någon ny.",
        "Klipp gräset oftare i parkerna, det växer upp till knäna.",
        "Fler parkbänkar längs promenadstråken så att äldre kan vila en stund.",
        "Plantera fler träd och blommor i centrum, det är så grått och trist.",
        "Lekplatserna borde vara tillgängliga för barn med funktionsnedsättning.",
        "Den nya lekplatsen i {omrade} är jättefin, bygg fler sådana!",
        "Ta hand om stadsparken, dammen är igenvuxen och luktar.",
        "Bygg inte bostäder på den sista gröna ytan i {omrade}.",
        "Det finns ingen skugga på lekplatserna, på sommaren blir rutschkanan brännhet.",
        "Ett utegym i parken vore toppen, gärna med belysning.",
        "Elljusspåret i {omrade} behöver nytt grus och röjning.",
        "Lekplatsen vid {gata} ligger precis intill vägen och behöver ett staket.",
        "Papperskorgarna i parken töms för sällan och skräpet blåser runt.",
    ],
    "why": [
        "Barnfamiljer behöver bra utemiljöer.",
        "Gröna ytor är viktiga för hälsan.",
        "Det är där vi grannar träffas.",
        "Barnbarnen vill hellre åka till grannkommunens lekplatser.",
    ],
    "en": [
        "The playground is old and broken, please fix it.",
        "More trees and benches in the park would be nice.",
    ],
    "simple": [
        "Lekplatsen är gammal. Gungan är trasig. Barnen kan inte leka.",
        "Parken är fin men gräset är för långt.",
    ],
    "side": ["Lekplatsen behöver också rustas upp.", "Klipp gräset i parken oftare också."],
}

THEMES["contact_service"] = {
    "weight": 8,
    "slots": {},
    "topic": ["kommunikationen med medborgarna", "tillgängligheten på telefon", "bemötandet",
              "handläggningstiderna", "informationen från kommunen", "hemsidan",
              "att svara på mejl"],
    "core": [
        "Det går inte att nå en handläggare på telefon, man väntar i {n_min} minuter och sen bryts samtalet.",
        "Svara på mejl! Jag skickade en fråga för {n_veckor} veckor sedan och har inte fått något svar.",
        "Kommunens hemsida är rörig, man hittar ingenting man letar efter.",
        "E-tjänsterna kräver bank-id och fungerar inte för alla, det måste gå att få hjälp på plats.",
        "Bemötandet när jag ringde växeln var nedlåtande och otrevligt.",
        "Det är orimligt att vänta {n_man} månader på ett beslut.",
        "Informera innan ni fattar beslut som påverkar oss, inte efteråt.",
        "Man skickas runt mellan olika förvaltningar och ingen tar ansvar för ärendet.",
        "Lyssna på medborgarna, dialogmötena är bara spel för gallerierna.",
        "Ha öppet i medborgarkontoret någon kväll i veckan för oss som jobbar dagtid.",
        "Skicka information på fler språk, min mamma förstår inte breven från kommunen.",
        "När jag gjorde en felanmälan fick jag aldrig någon återkoppling.",
        "Skriv på klarspråk, besluten är formulerade så att ingen förstår dem.",
        "Tjänstemännen borde vara mer serviceinriktade och mindre byråkratiska.",
        "Det tog {n_veckor} veckor innan någon ringde tillbaka, fast jag blev lovad samma dag.",
        "Telefontiderna är bara en timme om dagen, det passar ingen som jobbar.",
    ],
    "why": [
        "Man känner sig som ett ärendenummer och inte som en invånare.",
        "Kommunen finns väl till för oss?",
        "Förtroendet för kommunen sjunker hela tiden.",
        "Det är ju vi som betalar era löner.",
        "Alla är inte datorvana.",
    ],
    "en": [
        "It is very hard to reach anyone at the municipality by phone.",
        "Please give information in English too, I don't understand the letters.",
        "I sent an email {n_veckor} weeks ago and never got an answer.",
    ],
    "simple": [
        "Jag ringer kommunen. Ingen svarar. Jag försöker många gånger.",
        "Brev från kommunen är svåra. Jag förstår inte. Skriv enkel svenska.",
    ],
    "side": ["Och svara i telefon!", "Det vore också bra om man fick svar på sina mejl."],
}

THEMES["e_scooters"] = {
    "weight": 3,
    "slots": {"fordon": ["elsparkcyklarna", "hyrsparkcyklarna", "elscootrarna",
                         "sparkcyklarna", "el-sparkcyklarna"]},
    "topic": ["elsparkcyklarna", "hyrsparkcyklarna", "regleringen av elsparkcyklar"],
    "core": [
        "Elsparkcyklarna ligger slängda överallt på trottoarerna i centrum.",
        "Förbjud hyrsparkcyklarna, de är en olycka som väntar på att hända.",
        "Min pappa ser dåligt och snubblade över en elsparkcykel utanför {plats}.",
        "Inför parkeringszoner så att {fordon} inte blockerar gångbanan.",
        "Ungdomar kör två och två på elsparkcyklar i full fart på gångbanan.",
        "Det ligger elsparkcyklar i ån och i buskarna, vem tar ansvar för det?",
        "Med rollator kommer man inte förbi när {fordon} står mitt i vägen.",
        "Kräv att bolagen hämtar felparkerade sparkcyklar inom en timme.",
        "{Fordon} vid busshållplatserna gör det svårt att kliva av bussen.",
        "Sätt en hastighetsgräns för elsparkcyklar i gågatan.",
        "Varför fick bolagen ställa ut hundratals sparkcyklar utan att fråga oss som bor här?",
        "Varje morgon står {fordon} utanför {plats} så man kommer inte fram med barnvagnen.",
        "Jag har nästan blivit påkörd av en elsparkcykel {n_ggr} gånger den här månaden.",
        "{Fordon} borde bara få parkeras i markerade rutor, som i andra städer.",
    ],
    "why": [
        "Det är farligt för äldre och barn.",
        "Det ser skräpigt ut.",
        "Ingen verkar bry sig om reglerna.",
        "Blinda kan inte veta var de ligger.",
    ],
    "en": [
        "The electric scooters are everywhere on the sidewalks, it is dangerous.",
        "Please regulate the rental e-scooters, they block the way.",
    ],
    "simple": [
        "Elsparkcykel ligger på trottoaren. Jag ramlade nästan.",
        "Ungdomar kör snabbt med elsparkcykel. Farligt för barn.",
    ],
    "side": ["Och gör något åt elsparkcyklarna.",
             "Elsparkcyklarna på trottoaren är ett annat problem."],
}

THEMES["gulls_pests"] = {
    "weight": 2.5,
    "slots": {"fagel": ["måsarna", "trutarna", "fiskmåsarna", "gråtrutarna"]},
    "topic": ["måsproblemet", "skadedjuren", "råttproblemet", "vildsvinen", "trutarna i stan"],
    "core": [
        "{Fagel} i centrum är ett stort problem, de tar glassen ur händerna på barnen.",
        "Vildsvinen har bökat upp hela gräsmattan och kommer ända in i {omrade}.",
        "Gör något åt råttorna vid {plats}, de springer över gården mitt på dagen.",
        "{Fagel} skriker på taken från fyra på morgonen, det går inte att sova med öppet fönster.",
        "Kråkorna river sönder soppåsarna i {omrade} och skräpet flyger runt.",
        "Ta bort äggen i trutbona på taken innan de kläcks, som andra kommuner gör.",
        "Det har blivit så mycket vildsvin att man inte vågar gå ut med hunden på kvällen.",
        "Kaninerna har ätit upp alla planteringar i villaområdet.",
        "Sätt upp skyltar om att man inte ska mata fåglarna vid hamnen.",
        "Vi har haft råttor i hela kvarteret i ett halvår och ingen tar ansvar.",
        "Det borde bli skyddsjakt på vildsvin närmare bostäderna.",
        "Duvorna vid {plats} skitar ner allt, bänkarna går inte att sitta på.",
        "{Fagel} dyker ner på folk som sitter på uteserveringarna vid torget.",
        "Rådjuren äter upp trädgårdarna och springer ut på vägen i {omrade}.",
    ],
    "why": [
        "Det är både äckligt och ohälsosamt.",
        "Ingen verkar veta vem som ansvarar för det.",
        "Vi har bott här i tjugo år och aldrig haft det så här.",
        "Barnen är rädda att gå ut.",
    ],
    "en": [
        "The seagulls are very aggressive in the town centre.",
        "There are rats near the playground, please do something.",
    ],
    "simple": [
        "Många råttor vid huset. Jag är rädd. Barnen leker där.",
        "Fåglar tar mat på torget. Barn blir rädda.",
    ],
    "side": ["Och måsarna på torget är ett elände.",
             "Råttorna i vårt område borde också åtgärdas."],
}

THEMES["public_toilets"] = {
    "weight": 2,
    "slots": {"toa": ["toaletten", "toan", "den offentliga toaletten", "wc:n"]},
    "topic": ["de offentliga toaletterna", "toaletterna i centrum", "tillgången till toaletter"],
    "core": [
        "Det finns inga offentliga toaletter i centrum, vart ska man gå när man är ute med barnen?",
        "{Toa} vid {plats} är låst jämt, eller så är den trasig.",
        "Som äldre med blåsproblem vågar jag inte åka in till stan när det inte finns toaletter.",
        "Sätt upp en toalett vid badplatsen, folk går i skogen.",
        "De offentliga toaletterna är så smutsiga att man hellre låter bli.",
        "{Toa} i parken är stängd hela vintern.",
        "Det kostar tio kronor att gå på toa vid stationen och man kan bara betala med app.",
        "Bygg en toalett vid lekplatsen i {omrade}, småbarn kan inte hålla sig.",
        "Vi som har tarmsjukdom planerar hela dagen efter var det finns toaletter.",
        "Skyltarna visar vägen till en toalett som inte längre finns.",
        "Fler handikapptoaletter med skötbord i stadskärnan.",
        "Vid torget borde det finnas en gratis toalett som är öppen dygnet runt.",
        "Kaféerna vill inte att man går på deras toalett utan att köpa något.",
        "Under marknaden räckte bajamajorna inte alls till.",
    ],
    "why": [
        "Det är en fråga om värdighet.",
        "Det borde vara en självklarhet i en kommun.",
        "Turisterna frågar också efter toaletter.",
        "Det är pinsamt att behöva fråga i affärerna.",
    ],
    "en": [
        "There are no public toilets in the town centre.",
        "The public toilet at the park is always closed.",
    ],
    "simple": [
        "Jag behöver toalett i stan. Finns inte. Snälla bygg.",
        "Toalett vid stationen kostar pengar. Jag har inte app.",
    ],
    "side": ["Det behövs också offentliga toaletter i stan.",
             "Och toaletten i parken är ju stängd."],
}

# ---------------------------------------------------------------------------
# generic parts
# ---------------------------------------------------------------------------
OPENINGS = [
    "Hej!", "Hej kommunen!", "Bra att ni frågar.", "Tack för enkäten.",
    "Jag har bott här i {ar} år.", "Som pensionär vill jag säga följande.", "Jag är {alder} år.",
    "Som småbarnsförälder tycker jag så här.", "Nyinflyttad sedan {manad}.",
    "Jag skriver samma sak som förra året.", "Kort och gott:", "Ärligt talat,",
    "En sak som stör mig:", "Det viktigaste för mig:", "Vet inte om någon läser det här men",
    "Jag vill lämna en synpunkt.", "Min synpunkt gäller {topic}.", "Angående {topic}:",
    "Hej, jag heter {namn}.", "Jag bor i {omrade}.", "Vi är en familj på {n_fam} i {omrade}.",
    "Tyvärr måste jag klaga igen.", "Det här har jag tänkt på länge.", "Hmm.",
]
LOWER_AFTER = (",", ":", "men")

SHORT = [
    "{Topic}.", "{Topic}!!", "Framför allt {topic}.", "{Topic} måste bli bättre.",
    "Ta tag i {topic}.", "Satsa på {topic}.", "Det är {topic} som behöver förbättras.",
    "Bli bättre på {topic}.", "{Topic}, definitivt.", "Främst {topic}",
    "{Topic} i första hand.",
]

PRAISE = [
    "Jag tycker att {topic} har blivit bättre, tack för det!",
    "Stort tack, {topic} fungerar mycket bättre än förut.",
    "Bra jobbat med {topic} i år, fortsätt så.",
    "Jag är faktiskt nöjd med {topic}, men det går alltid att göra mer.",
    "{Topic} har blivit bättre men det finns mer att göra.",
]

DETAILS = [
    "Det har varit så här i flera år.", "Det har blivit sämre de senaste åren.",
    "Jag vet att många grannar tycker likadant.",
    "Det pratas om det hela tiden i Facebookgruppen för {omrade}.",
    "Det gäller framför allt i {omrade}.", "Jag har påpekat det {n_ggr} gånger.",
    "Andra kommuner klarar det ju.", "Grannkommunen är mycket bättre på detta.",
    "Det kostar mer att låta bli i längden.", "Det borde inte behöva vara så.",
]

EMOTIONS = [
    "Jag är så otroligt trött på det här.", "Det är en skandal!", "Skärpning!",
    "Ni måste ta det här på allvar.", "Jag blir så arg när jag tänker på det.",
    "Det kan väl inte vara så svårt?", "Hur svårt kan det vara?",
    "Vad gör ni egentligen med våra skattepengar?", "Skäms!",
    "Det är bara för dåligt.", "Snälla, gör något nu.", "Jag är besviken på er.",
    "Ledsen om jag låter sur men det är så det är.",
]

CLOSINGS = [
    "Tack för att ni frågar.", "Mvh {namn}", "Hoppas någon läser det här.",
    "/{namn}, {alder} år", "Annars trivs jag bra här.", "Tack!",
    "Jag har skrivit om detta förut utan att få svar.", "Hälsningar en orolig invånare",
    "Annars är det en bra kommun att bo i.", "Tack på förhand.", "//{namn}",
]

SIDE_GENERIC = [
    "Sen kunde {topic} också bli bättre.", "Och {topic} förresten, där finns mycket att göra.",
    "En sak till: {topic}.", "PS. {Topic} behöver också ses över.",
    "Dessutom borde ni titta på {topic}.", "Lite mindre viktigt, men även {topic}.",
]

EN_OPEN = ["", "", "Hi,", "Hello.", "I moved here last year.", "Sorry for writing in English.",
           "I don't speak Swedish yet.", "As an expat living in {omrade}:"]
EN_CLOSE = ["", "", "Thank you.", "Thanks!", "Best regards, {namn}", "Otherwise I like it here."]
SIMPLE_OPEN = ["", "", "Hej.", "Jag är ny i Sverige.", "Jag kommer från {land}.",
               "Förlåt min svenska.", "Jag lär mig svenska på SFI.", "Jag bor i {omrade}."]
SIMPLE_CLOSE = ["", "", "Tack.", "Tack så mycket.", "Hälsning {namn}"]

TEEN_BITS = ["asså ", "typ ", "ärligt ", "fr ", ""]

CHANNELS = ["enkät", "webbformulär"]

_SLOT_RE = re.compile(r"\{(\w+)\}")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _low(s: str) -> str:
    if len(s) > 1 and s[1].isupper():  # keep acronyms like ÅVC
        return s
    return s[:1].lower() + s[1:] if s else s


def _fill(tmpl: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    for _ in range(6):
        if "{" not in tmpl:
            break

        def rep(m: re.Match) -> str:
            key = m.group(1)
            low = key.lower()
            if low == "gata2":
                low = "gata"
            vals = slots.get(low)
            if not vals:
                return m.group(0)
            v = rng.choice(vals)
            return _cap(v) if key[:1].isupper() else v

        tmpl = _SLOT_RE.sub(rep, tmpl)
    return tmpl


def _join(sentences: list[str]) -> str:
    out = ""
    for s in sentences:
        if not s:
            continue
        if not out:
            out = _cap(s)
        elif out.endswith(LOWER_AFTER):
            out += " " + _low(s)
        else:
            out += " " + _cap(s)
    return out


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 5 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    k = rng.random()
    if k < 0.35:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if k < 0.65:
        return word[:i] + word[i + 1:]
    if k < 0.85:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeilnorst") + word[i + 1:]


def _noise(text: str, rng: random.Random, teen: bool) -> str:
    if teen:
        text = rng.choice(TEEN_BITS) + text.lower()
        text = text.replace(" mycket ", " sjukt mycket ").replace(" det är ", " de e ")
        if rng.random() < 0.5:
            text = text.rstrip(".")
        if rng.random() < 0.3:
            text += rng.choice([" 😡", " 🙄", " lol", " !!", " pls"])
    if rng.random() < 0.22:
        words = text.split(" ")
        for _ in range(rng.choice([1, 1, 2, 3])):
            j = rng.randrange(len(words))
            words[j] = _typo(words[j], rng)
        text = " ".join(words)
    if rng.random() < 0.06:
        text = text.translate(str.maketrans("åäöÅÄÖ", "aaoAAO"))
    if rng.random() < 0.10:
        text = _low(text)
    if rng.random() < 0.14:
        text = text.rstrip(".")
    if rng.random() < 0.05 and text.endswith("."):
        text = text[:-1] + rng.choice(["!!!", "!!", "!", "..."])
    if rng.random() < 0.04:
        text = text.replace(". ", ".  ", 1)
    if rng.random() < 0.03:
        text += rng.choice([" :(", " :)", " :-/", " 👍"])
    if rng.random() < 0.015:
        text = text.upper()
    if rng.random() < 0.03:
        text = text.replace(". ", ".\n", 1)
    return text


def _theme_slots(theme: dict) -> dict[str, list[str]]:
    slots = dict(GLOBAL_SLOTS)
    slots.update(theme["slots"])
    slots["topic"] = theme["topic"]
    return slots


def _make_note(tid: str, rng: random.Random, ids: list[str]) -> str:
    th = THEMES[tid]
    slots = _theme_slots(th)
    r = rng.random()

    if r < 0.04:  # English
        parts = [rng.choice(EN_OPEN), rng.choice(th["en"])]
        if rng.random() < 0.3:
            parts.append(rng.choice(["It has been like this for a long time.",
                                     "Other cities do this much better.",
                                     "It is not safe.", "Please do something about it."]))
        parts.append(rng.choice(EN_CLOSE))
        return _noise(_fill(" ".join(p for p in parts if p), slots, rng), rng, False)

    if r < 0.09:  # simple Swedish from newcomers
        parts = [rng.choice(SIMPLE_OPEN), rng.choice(th["simple"])]
        if rng.random() < 0.3:
            parts.append(rng.choice(["Det är inte bra.", "Snälla hjälp.", "Det är svårt för oss.",
                                     "Jag tycker inte om det."]))
        parts.append(rng.choice(SIMPLE_CLOSE))
        return _noise(_fill(" ".join(p for p in parts if p), slots, rng), rng, False)

    # (priority, order, text) — lower priority number kept first when trimming
    parts: list[tuple[int, int, str]] = []
    if r < 0.16:  # short survey-style answer
        parts.append((0, 1, rng.choice(SHORT)))
        if rng.random() < 0.5:
            parts.append((3, 3, rng.choice(th["why"])))
    elif r < 0.22:  # praise
        parts.append((0, 1, rng.choice(PRAISE)))
        if rng.random() < 0.6:
            parts.append((1, 2, rng.choice(th["core"])))
    else:
        parts.append((0, 1, rng.choice(th["core"])))
        if rng.random() < 0.35:
            parts.append((2, 0, rng.choice(OPENINGS)))
        if rng.random() < 0.5:
            parts.append((3, 3, rng.choice(th["why"])))
        if rng.random() < 0.28:
            parts.append((5, 4, rng.choice(DETAILS)))
        emotional = rng.random() < 0.18
        if emotional:
            parts.append((6, 5, rng.choice(EMOTIONS)))
            if rng.random() < 0.5:
                parts.append((7, 2, rng.choice(th["core"])))
            if rng.random() < 0.4:
                parts.append((8, 6, rng.choice(EMOTIONS)))
        elif rng.random() < 0.12:
            parts.append((7, 2, rng.choice(th["core"])))

    if rng.random() < 0.165:  # second, smaller matter of another theme
        other = rng.choice([t for t in ids if t != tid])
        oth = THEMES[other]
        if rng.random() < 0.5:
            side = rng.choice(oth["side"])
        else:
            side = _fill(rng.choice(SIDE_GENERIC), {"topic": oth["topic"]}, rng)
        parts.append((1, 7, side))
    if rng.random() < 0.22:
        parts.append((4, 8, rng.choice(CLOSINGS)))

    parts.sort(key=lambda p: p[0])
    parts = parts[:5]
    parts.sort(key=lambda p: p[1])
    # avoid exact duplicate sentences within one note
    seen: set[str] = set()
    sentences = []
    for _, _, t in parts:
        if t in seen:
            continue
        seen.add(t)
        sentences.append(_fill(t, slots, rng))
    teen = rng.random() < 0.05
    return _noise(_join(sentences), rng, teen)


def _date(tid: str, rng: random.Random) -> str:
    start = _dt.date(2026, 1, 1)
    if tid == "snow_clearing" and rng.random() < 0.7:
        d = rng.randrange(0, 90)
    elif tid in ("parks_playgrounds", "e_scooters", "gulls_pests", "public_toilets",
                 "cycling") and rng.random() < 0.5:
        d = rng.randrange(90, 181)
    else:
        d = rng.randrange(0, 181)
    return (start + _dt.timedelta(days=d)).isoformat()


def _allocate(rows: int) -> list[str]:
    ids = list(THEMES)
    total = sum(THEMES[t]["weight"] for t in ids)
    exact = [rows * THEMES[t]["weight"] / total for t in ids]
    counts = [int(x) for x in exact]
    rest = rows - sum(counts)
    order = sorted(range(len(ids)), key=lambda i: exact[i] - counts[i], reverse=True)
    for i in order[:rest]:
        counts[i] += 1
    labels: list[str] = []
    for t, c in zip(ids, counts, strict=False):
        labels.extend([t] * c)
    return labels


def make_log(rows: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(f"enkat-{seed}")
    ids = list(THEMES)
    labels = _allocate(rows)
    rng.shuffle(labels)
    log = []
    for tid in labels:
        text = _make_note(tid, rng, ids)
        kanal = "enkät" if rng.random() < 0.68 else "webbformulär"
        log.append({"svar": text, "datum": _date(tid, rng), "kanal": kanal, "true_theme": tid})
    return log


def main() -> None:
    write_log_cli(make_log, __doc__, "svar")


if __name__ == "__main__":
    main()
