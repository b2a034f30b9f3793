"""Held-out labelled test log: machine-translated citizen messages to a Swedish kommun.

Imitates notes that citizens wrote in Arabic, Somali, Tigrinya, Persian/Dari, Kurdish,
Polish, Ukrainian, English or Thai and that a machine-translation tool turned into Swedish:
right-looking words in odd order, literal idioms, wrong prepositions and genders,
untranslated words, one term rendered differently each time, source-culture greetings and
blessings, sometimes the original phrase in brackets. Channels: webbformulär, e-post, chatt.
"""
from __future__ import annotations

import datetime as _dt
import random
import re

from check_log_cli import write_log_cli

# ---------------------------------------------------------------------------
# global slot fillers
# ---------------------------------------------------------------------------

MANADER = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"]
DAGAR = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
GATOR = ["Lönnvägen", "Björkgatan", "Ekbacken", "Solrosvägen", "Kvarngatan", "Skolvägen",
         "Ängsvägen", "Tallstigen", "Hagagatan", "Storgatan", "Granitvägen", "Lärkstigen",
         "Backavägen", "Smedjegatan", "Rönnbärsvägen", "Violgatan", "Mossvägen", "Torggatan"]
OMRADEN = ["Norrby", "Söderhöjden", "Östra Backen", "centrum", "Västerängen", "Ekdalen",
           "Lillåker", "stationsområdet", "Skogslund", "Bruksområdet", "Holmen", "Nyhem",
           "Sjöstaden", "Kyrkbyn", "Hagaby"]
SPRAK = ["arabiska", "somaliska", "tigrinja", "persiska", "dari", "polska", "ukrainska",
         "thai", "kurdiska", "pashto", "ryska", "amhariska"]

NAMN = {
    "ar": ["Ahmed", "Fatima", "Omar", "Layla", "Mohammed", "Aisha", "Khaled", "Rania", "Yousef", "Nour"],
    "so": ["Hodan", "Abdi", "Fadumo", "Mahad", "Ayaan", "Hassan", "Sahra", "Liban", "Amina", "Warsame"],
    "ti": ["Yonas", "Senait", "Tesfay", "Helen", "Filmon", "Selam", "Daniel", "Mebrat", "Robel", "Saba"],
    "fa": ["Reza", "Zahra", "Maryam", "Ali", "Nasrin", "Hossein", "Parisa", "Mehdi", "Shirin", "Arash"],
    "pl": ["Piotr", "Agnieszka", "Katarzyna", "Tomasz", "Magda", "Paweł", "Ewa", "Marek", "Joanna", "Kasia"],
    "uk": ["Olena", "Dmytro", "Oksana", "Kateryna", "Andrij", "Iryna", "Taras", "Natalia", "Serhij", "Yulia"],
    "en": ["John", "Sarah", "Grace", "David", "Emily", "Michael", "Faith", "Samuel", "Joy", "Peter"],
    "th": ["Somchai", "Nok", "Ploy", "Malee", "Anong", "Kanya", "Somsak", "Lamai", "Noi", "Pim"],
    "ku": ["Rebaz", "Shilan", "Karwan", "Nazdar", "Hawre", "Dilan", "Soran", "Bahar", "Aram", "Rojin"],
}
BARN = ["Amir", "Hodan", "Yonas", "Zofia", "Mariam", "Sofiia", "Adam", "Yusuf", "Nala",
        "Mustafa", "Hanna", "Elias", "Sara", "Ibrahim", "Maja", "Bilal", "Dawit", "Lina",
        "Kacper", "Milana", "Zainab", "Noah", "Ruta", "Ilyas"]


def _belopp(rng: random.Random) -> str:
    n = rng.choice([rng.randint(3, 60) * 100, rng.randint(250, 9900), rng.randint(1, 14) * 500])
    fmt = rng.choice(["{n} kronor", "{n} kr", "{n}kr", "{n} SEK", "{n} krona", "{n} svenska kronor"])
    s = str(n) if rng.random() < 0.6 or n < 1000 else f"{n:,}".replace(",", " ")
    return fmt.format(n=s)


def _datum(rng: random.Random) -> str:
    d, m = rng.randint(1, 28), rng.randint(1, 9)
    return rng.choice([f"{d} {MANADER[m - 1]}", f"den {d} {MANADER[m - 1]}", f"{d}/{m}",
                       f"{d}:e {MANADER[m - 1]}", f"{d}.{m:02d}", f"{d} i {MANADER[m - 1]}"])


def _klocka(rng: random.Random) -> str:
    h = rng.randint(7, 18)
    return rng.choice([f"{h}", f"{h}.00", f"{h}:30", f"{h} på eftermiddagen" if h > 12 else f"{h} på morgonen"])


def _antal(rng: random.Random) -> str:
    return rng.choice(["två", "tre", "fyra", "fem", "2", "3", "4", "5", "6", "sex", "flera"])


def _gata(rng: random.Random) -> str:
    return f"{rng.choice(GATOR)} {rng.randint(1, 60)}{rng.choice(['', '', '', 'A', 'B', ' lgh 1102'])}"


GLOBAL_SLOTS = {
    "manad": MANADER[:7],
    "dag": DAGAR,
    "gata": _gata,
    "omrade": OMRADEN,
    "sprak": SPRAK,
    "sprak2": SPRAK,
    "barn": BARN,
    "belopp": _belopp,
    "datum": _datum,
    "klocka": _klocka,
    "antal": _antal,
    "alder": ["ett år", "1,5 år", "två år", "tre år", "18 månader", "4 år", "fem år", "14 månader"],
    "land": ["Syrien", "Somalia", "Eritrea", "Iran", "Polen", "Ukraina", "Thailand",
             "Afghanistan", "Irak", "Etiopien", "Kenya", "Nigeria"],
    "anh": ["min mamma", "min pappa", "min farmor", "min svärfar", "min gamla mor",
            "min morbror", "min make", "min mormor", "min svärmor", "min farbror"],
    "fsk": ["förskola", "dagis", "barnträdgård", "förskolan plats", "barn dagis", "lekskola",
            "kindergarten", "förskola (przedszkole)", "daghem", "barnhem för dag", "daycare"],
}

# ---------------------------------------------------------------------------
# themes
# ---------------------------------------------------------------------------

THEMES: dict[str, dict] = {}

THEMES["ekonomiskt_bistand"] = dict(
    weight=170,
    slots=dict(
        eb=["försörjningsstöd", "ekonomiskt bistånd", "socialbidrag", "pengar hjälp från socialen",
            "hjälp pengar av kommunen", "social hjälp ekonomi", "bistånd för leva", "stöd av försörjning",
            "social pengar", "levnad hjälp", "sociala stöd (مساعدة اجتماعية)", "zasiłek (bidrag)",
            "kaalmo dhaqaale (ekonomisk hjälp)", "hjälp för livet kostnad"],
        handl=["handläggare", "socialsekreterare", "min ansvarig person på socialen", "kvinnan som har mitt ärende",
               "handledare", "case worker", "social arbetare", "hanterare", "min kontakt på socialkontoret"],
        extra=["glasögon", "tandläkare räkning", "vinterjacka till barnen", "säng för barnet", "medicin kostnad",
               "el räkning", "spis som gick sönder", "begravning för min far", "skor för skolan"],
    ),
    cores=[
        "Jag har ansökt om {eb} för {manad} men pengarna har inte kommit på mitt konto än.",
        "Min {handl} svarar inte telefon sedan {antal} veckor, jag behöver veta om {eb} är beviljad.",
        "Varför ni har minskat mitt {eb}? Denna månad jag fick bara {belopp}.",
        "Jag vill skicka kvitton för hyra och el till {eb} men jag vet inte hur den e-tjänst fungerar.",
        "Vi fick avslag på {eb} och jag förstår inte beslutet, brevet är för svår svenska.",
        "Hur mycket {eb} får en familj med {antal} barn? Min man har ingen arbete nu.",
        "Jag behöver akut pengar för mat, barnen är hungriga, kan {eb} komma snabbare?",
        "Jag har fått jobb med timmar, måste jag berätta till {handl} om lönen när jag har {eb}?",
        "Kan {eb} betala för {extra}? Vi har inte råd själva.",
        "Jag vill överklaga beslutet om {eb}, hur man gör det?",
        "Min ansökan om {eb} för {manad} står 'ofullständig', vilket papper saknas?",
        "Jag har tid hos {handl} på {dag} men jag kan inte komma för sjukt barn, kan vi flytta mötet?",
        "Arbetsförmedlingen säger jag ska gå till socialen för {eb}, men socialen säger gå tillbaka Arbetsförmedlingen. Vem ska jag tro?",
        "Etableringsersättning har slutat och nu jag har ingen inkomst, kan jag söka {eb}?",
        "Min {handl} säger jag måste sälja bilen för få {eb}, men bilen behövs för jobbet.",
        "Jag har fått brev att jag ska betala tillbaka {belopp} av {eb}, det är ett misstag.",
        "Pengarna räcker inte till slutet av månaden, finns det extra {eb} för nödläge?",
    ],
    details=[
        "Jag har skickat alla papper redan i {manad}.",
        "Hyran ska betalas {datum} och jag är rädd hyresvärden kastar ut oss.",
        "Mitt personnummer står i ansökan.",
        "Banken säger ingen insättning har kommit.",
        "Jag är ensam mamma med {antal} barn.",
        "Min hand är kort denna månad.",
        "Jag har kontoutdrag från banken om ni vill se.",
    ],
    secondary=[
        "pengarna från socialen har inte kommit denna månad.",
        "min handläggare på socialen svarar inte heller.",
        "jag vill fråga om socialbidrag kan hjälpa med hyran också.",
        "vi har fått avslag på ekonomisk hjälp och förstår inte varför.",
        "kan försörjningsstöd betala för detta eller måste jag själv?",
    ],
)

THEMES["forskola_ko"] = dict(
    weight=115,
    slots=dict(),
    cores=[
        "Jag vill ställa min son {barn} i kö för {fsk}, han är {alder} gammal.",
        "Hur lång tid man väntar för plats i {fsk}? Vi står i kön sedan {manad}.",
        "Vi har fått erbjudande om {fsk} men den ligger långt från vårt hus i {omrade}, kan vi byta till en närmare?",
        "Min dotter {barn} har fått plats men jag måste tacka ja på nätet och BankID har jag inte.",
        "Jag börjar SFI på {dag}arna och behöver {fsk} för min lilla, har vi rätt till det?",
        "Vi flyttar till {omrade} i {manad}, kan barnet byta {fsk} till nära den nya adress?",
        "Jag vill säga upp platsen i {fsk} för {barn} eftersom vi flyttar till annan stad.",
        "Min barn är född {ar}, när kan hon börja i {fsk}?",
        "Jag har inte fått något svar om kön till {fsk}, står vi fortfarande i listan?",
        "Inskolningen börjar {datum} men jag arbetar, kan pappan göra inskolning istället?",
        "Kan barnet vara i {fsk} 15 timmar när jag är föräldraledig med bebisen?",
        "Finns det {fsk} med personal som talar {sprak}? Min son förstår inte svenska ännu.",
        "Jag behöver {fsk} på kväll och natt för jag jobbar skift på äldreboende, finns sådant?",
        "Vi tackade nej till första erbjudandet, tappar vi platsen i kön nu?",
        "Kan syskonen gå på samma {fsk}? Nu lämnar jag på två olika ställen varje morgon.",
        "Vi fick plats från {datum} men vi är i {land} på besök då, kan starten flyttas?",
    ],
    slots_extra=dict(ar=["2024", "2025", "i mars 2024", "i oktober 2024", "förra sommaren", "i januari 2025"]),
    details=[
        "Jag har anmält på hemsidan i {manad} men fick inget bekräftelse.",
        "Jag måste börja praktik från {datum}.",
        "Min man arbetar och jag studerar, ingen kan vara hemma med barnet.",
        "Barnets personnummer har jag skickat förut.",
        "Vi vill helst ha nära {gata}.",
    ],
    secondary=[
        "när får min lilla plats på dagis, vi står i kö länge.",
        "jag vill också ställa barnet i kö till förskolan.",
        "vi behöver byta förskola när vi flyttar.",
        "kan min dotter få plats i barnträdgård närmare oss?",
    ],
)

THEMES["forskola_avgift"] = dict(
    weight=50,
    slots=dict(avg=["avgift", "faktura", "räkning", "taxa", "betalning", "kostnad", "maxtaxa",
                    "pengar man betalar", "invoice", "rachunek (räkning)", "månadsavgift"]),
    cores=[
        "Jag fick {avg} för {fsk} på {belopp} men vi har låg inkomst, det är fel summa?",
        "Varför måste jag betala {avg} för {fsk} i juli när barnet är ledig hela månaden?",
        "Hur anmäler jag vår inkomst för {avg} i {fsk}? Min lön har ändrats.",
        "Vi har betalat {avg} för {manad} två gånger, kan ni ge tillbaka pengarna?",
        "Jag har fått påminnelse och inkasso brev om {avg} för {fsk}, men jag har betalat redan.",
        "Kan jag dela upp {avg} för {fsk} i flera delar? Jag kan inte betala allt nu.",
        "Finns syskon rabatt? Vi har {antal} barn i {fsk} och {avg} är mycket hög.",
        "Barnet har 15 timmar gratis men {avg} kommer ändå, varför?",
        "Jag och barnens pappa bor inte ihop, vem ska betala {avg} för {fsk}?",
        "Jag förstår inte brevet om {avg} från barnomsorgen, vad betyder 'inkomstuppgift saknas'?",
        "Min man blev arbetslös i {manad}, blir {avg} för {fsk} lägre nu?",
        "Kan {avg} för {fsk} dras direkt från kontot, autogiro?",
        "Vi sa upp platsen i {manad} men får fortfarande {avg}.",
        "Får socialen betala {avg} för {fsk} när vi har försörjningsstöd?",
        "{avg} har gått upp till {belopp} fast vi har samma timmar, vad är förklaringen?",
    ],
    details=[
        "OCR nummer står på papperet men det fungerar inte i banken.",
        "Fakturan kom {datum} och sista dag är redan passerad.",
        "Jag bifogar kvitto från banken.",
        "Vår inkomst är bara {belopp} i månaden.",
        "Jag vill inte få skuld hos Kronofogden.",
    ],
    secondary=[
        "fakturan för förskolan är också för hög.",
        "jag har fått räkning från dagis som jag inte förstår.",
        "hur ändrar man inkomsten för barnomsorgsavgiften?",
        "vi betalade dagis avgift två gånger i {manad}.",
    ],
)

THEMES["avfall_hamtning"] = dict(
    weight=85,
    slots=dict(
        tunna=["soptunna", "sopkärl", "skräp låda", "avfall behållare", "kärlet för sopor", "tunna för skräp",
               "matavfall kärl", "sop låda", "śmietnik (soptunna)", "bin", "smuts burk", "skräpkorg stor"],
        sopbil=["sopbilen", "skräp bilen", "avfallsbilen", "bilen som tar sopor", "renhållning bilen",
                "sopgubbarna", "garbage truck", "lastbil för avfall"],
    ),
    cores=[
        "{sopbil} har inte kommit och tömt vår {tunna} på {gata} sedan {antal} veckor.",
        "Vår {tunna} är trasig, locket gick sönder i blåsten, kan vi få ny?",
        "Jag vill ha mindre {tunna} för vi är bara två personer, blir det billigare?",
        "Det luktar mycket från {tunna} i värmen, kan man tömma oftare?",
        "Vilken dag kommer {sopbil} till {omrade}? Schemat hittar jag inte.",
        "Grannen lägger sina sopor i vår {tunna}, vad ska jag göra?",
        "De bruna papperspåsar för matavfall har tagit slut, var får man nya?",
        "{sopbil} tömde inte, de säger {tunna} stod fel plats, men den stod som alltid vid vägen.",
        "Vi har flyttat in på {gata} och det finns ingen {tunna} alls.",
        "Vår {tunna} blev stulen eller försvann efter tömning i {dag}s.",
        "Snön ligger högt och {sopbil} kan inte komma fram till vårt hus, vem ska skotta?",
        "Fakturan för sophämtning är för hög, vi har inte ändrat abonnemang.",
        "Chauffören kastade {tunna} på marken och den sprack i två.",
        "Kan vi dela {tunna} med grannhuset? Vi har bara lite avfall.",
        "Det är fullt av råttor runt {tunna} vid vårt hus, kan ni tömma oftare eller ge lås?",
        "Vi är på semester i {land} i {manad}, kan vi pausa tömningen?",
    ],
    details=[
        "Vi har ställt ut kärlet kvällen innan som ni säger.",
        "Hela gatan har fått tömt men inte vi.",
        "Det har blivit ett berg av påsar bredvid.",
        "Jag har bild på det om ni vill.",
        "Vi betalar varje kvartal för detta.",
    ],
    secondary=[
        "soptunnan har inte tömts heller på {antal} veckor.",
        "sopbilen kom inte till oss {dag}.",
        "vi behöver ny skräp låda, den gamla är sönder.",
        "när kommer avfallsbilen till vår gata?",
    ],
)

THEMES["avfall_grovsopor"] = dict(
    weight=40,
    slots=dict(
        avc=["återvinningscentral", "ÅVC", "återvinning plats", "stora sopstationen", "tippen", "recycling center",
             "stället för gamla saker", "återbruk station", "kommunens skräpgård"],
        grov=["grovsopor", "stort skräp", "stora avfall", "grovt avfall", "möbel skräp", "bulky waste (grovavfall)",
              "tunga sopor", "gamla möbler skräp"],
        sak=["en gammal soffa", "två madrasser", "kylskåp", "tvättmaskin", "trasig säng", "garderob", "barnvagn",
             "gammal TV", "mattor och stolar", "bokhylla", "cykel sönder", "frys", "spjälsäng"],
    ),
    cores=[
        "Hur kan jag bli av med {sak}? Jag har inte bil för att åka till {avc}.",
        "Vad är öppettider på {avc} på {dag}?",
        "Kan kommunen hämta {grov} vid huset? Vi har {sak} och mer.",
        "Behöver jag kort eller pass för att komma in på {avc}?",
        "Kostar det pengar att lämna {sak} på {avc}?",
        "Någon har slängt {sak} vid vägen på {gata}, vem tar bort det?",
        "Vi vill beställa hämtning av {grov}, hur mycket kostar det?",
        "Kan jag lämna färg och batterier, farligt avfall, på {avc}?",
        "Jag flyttar från lägenheten och har mycket {grov}, finns container att låna?",
        "Var lämnar man elektronik som gammal dator och {sak}?",
        "Får man ta saker från {avc} som andra har lämnat, till exempel {sak}?",
        "Kön till {avc} var så lång i lördags, finns annan dag med mindre folk?",
        "Kan man komma till {avc} med släpvagn eller bara med vanlig bil?",
        "Hyresvärden säger att {grov} i källaren är kommunens sak, stämmer det?",
        "Finns det {avc} som man kan gå till med buss? Jag vill lämna {sak}.",
    ],
    details=[
        "Vi bor på {gata}, tredje våningen, ingen hiss.",
        "Jag är gammal och kan inte bära tunga saker.",
        "Det står där sedan {antal} veckor.",
        "Hemsidan är bara svenska och jag hittar inte.",
    ],
    secondary=[
        "var kan jag slänga {sak}?",
        "vad är öppettider på återvinningscentralen?",
        "kan ni hämta grovsopor också?",
        "jag har en gammal soffa som jag vill bli av med.",
    ],
)

THEMES["sfi"] = dict(
    weight=80,
    slots=dict(
        sfi=["SFI", "svenska för invandrare", "svenskakursen", "språkskolan", "Swedish course for immigrants",
             "kurs i svenska språk", "skolan svenska för vuxna", "sfi skola", "svenska lektioner för nya",
             "vuxenutbildning svenska"],
        kurs=["A", "B", "C", "D", "1B", "2C", "3D", "studieväg 1", "studieväg 2"],
        kurs2=["B", "C", "D", "studieväg 3", "2D", "3C"],
    ),
    cores=[
        "Jag vill anmäla mig till {sfi}, hur gör jag?",
        "Jag har väntat på plats i {sfi} i {antal} månader, när får jag börja?",
        "Kan jag läsa {sfi} på kvällen? Jag arbetar på dagen.",
        "Jag vill byta från kurs {kurs} till kurs {kurs2}, läraren säger jag är redo.",
        "Finns {sfi} på distans, online? Jag har liten bebis hemma.",
        "Jag behöver intyg från {sfi} till Arbetsförmedlingen, var kan jag få det?",
        "Jag var sjuk och missade nationella provet i {sfi}, kan jag göra det igen?",
        "Jag har inte personnummer ännu, kan jag börja {sfi} ändå?",
        "Min fru kan inte läsa och skriva alls, finns {sfi} för de som börjar från noll?",
        "Jag har blivit utskriven från {sfi} för frånvaro, men jag var på sjukhus.",
        "Efter {sfi} vill jag läsa vidare svenska som andraspråk, hur anmäler man?",
        "Jag har universitetsexamen från mitt land, finns snabb {sfi} för akademiker?",
        "Schemat för {sfi} ändrades och nu krockar det med barnens hämtning på {fsk}.",
        "Läraren i {sfi} pratar för snabbt och klassen är för stor, kan jag byta grupp?",
        "Jag fick betyg i {sfi} kurs {kurs} men betyget syns inte i systemet.",
        "Finns det {sfi} med yrke, till exempel svenska med vård eller körkort?",
    ],
    details=[
        "Jag har uppehållstillstånd sedan {manad}.",
        "Jag har gått {antal} månader redan.",
        "Mitt mål är att jobba som undersköterska.",
        "Jag vill lära mig språket snabbt för jobb.",
        "I mitt land jag var lärare.",
    ],
    secondary=[
        "jag vill också börja SFI så fort som möjligt.",
        "kan jag få intyg från svenskakursen?",
        "min fru väntar fortfarande på plats i språkskolan.",
        "SFI schemat passar inte med detta.",
    ],
)

THEMES["tolk"] = dict(
    weight=35,
    slots=dict(
        tolk=["tolk", "översättare", "interpreter", "person som översätter", "språkhjälp person", "tolkare",
              "tolk (مترجم)", "muntlig översättare", "tłumacz (tolk)", "turjubaan (tolk)"],
        inst=["socialtjänsten", "skolan", "förskolan", "kommunens handläggare", "biståndshandläggaren",
              "LSS handläggare", "familjerätten", "rektorn", "boendeenheten"],
        dial=["sorani", "kurmanji", "dari", "egyptisk arabiska", "marockansk arabiska", "saho", "maay maay",
              "tigre", "bilen", "hazaragi"],
    ),
    cores=[
        "Jag har möte med {inst} på {dag} och behöver {tolk} på {sprak}.",
        "Förra gången {tolk} kom inte och mötet blev inställt, det får inte hända igen.",
        "Jag vill ha {tolk} som är kvinna, jag känner inte bra med man som {tolk}.",
        "{tolk} i telefonen var dålig, han talade annan dialekt av {sprak}.",
        "Kan jag ta med min son som {tolk} till mötet med {inst} istället?",
        "Jag vill inte ha {tolk} från samma stad som jag, alla känner varandra där.",
        "Måste jag betala själv för {tolk} på utvecklingssamtal i skolan?",
        "Jag har bett om {tolk} till föräldramöte men skolan säger de inte har bokat.",
        "{tolk} översatte fel det jag sa till {inst}, hur klagar jag på det?",
        "Kan {tolk} vara på plats och inte på video? Jag hör dåligt i datorn.",
        "Jag behöver {tolk} på {sprak}, dialekt {dial}, finns det i kommunen?",
        "Brevet från {inst} förstår jag inte, kan någon översätta det muntligt för mig?",
        "{tolk} som kom berättade min sak för andra i vår förening, det är brott mot tystnad.",
        "Varför ni bokar alltid {tolk} på {sprak2} när mitt språk är {sprak}?",
    ],
    details=[
        "Mötet är klockan {klocka}.",
        "Det är om mina barn så det är mycket viktigt att förstå allt.",
        "Jag pratar lite svenska men inte för svåra saker.",
        "Jag har sagt detta {antal} gånger redan.",
    ],
    secondary=[
        "och jag behöver tolk på {sprak} till mötet.",
        "snälla boka översättare nästa gång.",
        "tolken förra gången förstod inte min dialekt.",
        "kan ni skicka brevet på mitt språk eller med tolk?",
    ],
)

THEMES["modersmal"] = dict(
    weight=45,
    slots=dict(
        mod=["modersmål", "hemspråk", "eget språk undervisning", "mother tongue lessons", "modersmålsundervisning",
             "första språk lektion", "ursprungsspråk klass", "modersmålet", "språket från hemma lektion"],
        ak=["1", "2", "3", "ett", "två", "fyra", "F-klass"],
    ),
    cores=[
        "Jag vill anmäla {barn} till {mod} i {sprak}, hur gör man?",
        "Skolan säger det finns inte lärare i {mod} för {sprak}, vad kan vi göra?",
        "{mod} lektionen är efter skolan kl 16 i annan skola, barnet kan inte åka ensam.",
        "Vi talar {sprak} hemma men skolan säger barnet har inte rätt till {mod}, varför?",
        "Min son har {mod} bara 40 minuter i veckan, det är för lite.",
        "Kan {barn} få {mod} i både {sprak} och {sprak2}? Pappan och mamman har olika språk.",
        "Ansökan för {mod} ska vara klar innan {datum}, var finns blanketten?",
        "Läraren i {mod} har slutat och ingen ny har kommit sedan {manad}.",
        "Vi vill avsluta {mod} för {barn}, hon vill inte gå mer.",
        "Får barnet betyg i {mod}? Det är viktigt för gymnasiet.",
        "Finns studiehandledning på {sprak} för {barn} i matte? Hon förstår inte uppgifterna.",
        "{mod} på distans via dator, fungerar det för ett litet barn i årskurs {ak}?",
        "Kan förskolan också ha stöd i {mod}, inte bara skolan?",
        "{barn} glömmer {sprak} och kan inte prata med mormor längre, därför vi vill ha {mod}.",
        "Varför {mod} läraren talar annan dialekt än oss, barnet förstår inte henne?",
    ],
    details=[
        "{barn} går i årskurs {ak}.",
        "Det är viktigt att barnen inte tappar sin rot.",
        "Vi har frågat klassläraren men hon visste inte.",
        "Min granne sa att det finns i andra kommuner.",
    ],
    secondary=[
        "vi vill också anmäla barnen till modersmål.",
        "hemspråk lektionen har inte börjat än.",
        "finns det lärare i {sprak} för modersmål?",
    ],
)

THEMES["kvinnosim"] = dict(
    weight=22,
    slots=dict(
        bad=["simhallen", "badhuset", "bad huset", "simbassängen", "kommunens pool", "swimming hall",
             "vattenhuset", "badet", "simhall (basen)"],
        alder2=["35", "42", "50", "28", "over 40", "60"],
    ),
    cores=[
        "Finns det tider i {bad} bara för kvinnor? Jag kan inte bada med män.",
        "Får jag bada i burkini i {bad}? Personalen sa nej förra gången.",
        "Jag vill lära mig simma, jag är vuxen kvinna {alder2} år, finns kurs?",
        "Damsim på {dag} kväll har tagits bort, varför? Vi var många kvinnor.",
        "Kan badvakten vara kvinna under kvinnotiden i {bad}?",
        "Mina barn måste kunna simma för skolan, finns simskola med plats?",
        "Fönstren i {bad} man kan se in när kvinnor badar, kan ni sätta gardin?",
        "Hur mycket kostar kort till {bad} för kvinnosim hela terminen?",
        "Min dotter får inte ha långa badkläder på skolans simlektion, är det regel?",
        "Kan man boka {bad} privat för kvinnoförening en kväll?",
        "Omklädningsrummet i {bad} har inga egna duschar med dörr, det är svårt för oss.",
        "Jag och grannar vill starta simgrupp för mammor, kan kommunen hjälpa?",
        "Vi kom till kvinnotiden i {bad} men det var män i bassängen, hur kan det bli så?",
    ],
    details=[
        "Vi är ungefär {antal} kvinnor som vill.",
        "I mitt land kvinnor lär sig aldrig simma.",
        "Jag är rädd för vatten men vill lära.",
        "Det är bra för hälsan och ryggen.",
    ],
    secondary=[
        "finns det fortfarande simning bara för kvinnor?",
        "jag vill också fråga om simkurs för vuxna kvinnor.",
        "damsim tiden i badhuset, är den kvar?",
    ],
)

THEMES["skolskjuts"] = dict(
    weight=50,
    slots=dict(
        skjuts=["skolskjuts", "skolbuss", "skol taxi", "bussen för skolbarn", "school transport",
                "resa till skolan gratis", "skoltransport", "skjuts till skola", "skolbilen"],
        km=["3", "4", "5,5", "6", "8", "över 4", "nästan 5"],
    ),
    cores=[
        "Min son {barn} har inte fått {skjuts} fast skolan ligger {km} km bort.",
        "{skjuts} kom inte i morse och barnen stod i kylan en timme.",
        "Vi har flyttat till {omrade}, hur ansöker man {skjuts} för nya adressen?",
        "Chauffören på {skjuts} var arg och skrek på barnen.",
        "Busskortet för skolan är förlorat, hur får vi nytt?",
        "Varför fick vi avslag på {skjuts}? Vägen är farlig, ingen trottoar.",
        "Barnet bor varannan vecka hos pappa, kan {skjuts} hämta från två adresser?",
        "Tiden för {skjuts} ändrades och nu kommer barnen för sent till lektionen.",
        "Min dotter har funktionsnedsättning och behöver {skjuts} med taxi, inte buss.",
        "{skjuts} släppte barnet på fel hållplats, han var borta en timme.",
        "Kan {skjuts} vänta lite längre efter fritids på {dag}arna?",
        "Vi valde annan skola än närmaste, har vi ändå rätt till {skjuts}?",
        "{skjuts} är full och mitt barn måste stå hela vägen på stora vägen.",
        "Var ska {barn} vänta på {skjuts}? Hållplatsen har ingen lampa och det är mörkt.",
    ],
    details=[
        "{barn} går i {ak} klass.",
        "Barnet är bara {sjuar} år.",
        "Jag kan inte köra, vi har ingen bil.",
        "Skolan säger att vi ska fråga kommunen.",
        "Det har hänt {antal} gånger denna termin.",
    ],
    slots_extra=dict(ak=["första", "andra", "tredje", "fjärde", "sjätte", "8:e"], sjuar=["6", "7", "8", "sju", "nio"]),
    secondary=[
        "skolbussen var också sen igen {dag}.",
        "och vi har inte fått busskort för skolan.",
        "kan barnen få skolskjuts från nya adressen?",
    ],
)

THEMES["anvisad_bostad"] = dict(
    weight=32,
    slots=dict(
        lgh=["lägenhet", "bostad", "huset", "boende", "hem", "apartment", "rum att bo", "bostaden från kommunen",
             "genomgångslägenhet", "mieszkanie (lägenhet)"],
        kontrakt=["kontrakt", "hyresavtal", "avtal för att bo", "papper för lägenheten", "andrahandskontrakt",
                  "contract", "boende kontrakt", "överenskommelse för hus"],
    ),
    cores=[
        "Vi kom som nyanlända och fick {lgh} av kommunen, men {kontrakt} slutar i {manad}, var ska vi bo sen?",
        "Kommunen säger vi måste flytta från {lgh} efter två år, men vi har ingen annan plats.",
        "Kan vi få förstahandskontrakt på {lgh} där vi bor nu?",
        "Jag har anvisning från Migrationsverket till denna kommun, när får vi {lgh}?",
        "Min familj kommer genom familjeåterförening, {lgh} är för liten för {antal} personer.",
        "Det finns mögel i {lgh} som kommunen hyr ut till oss, vem ska laga?",
        "Jag har fått jobb i annan stad, kan jag säga upp {kontrakt} med kommunen snabbt?",
        "Hyran för {lgh} har höjts men vi har samma {kontrakt}, varför?",
        "Vi delar {lgh} med annan familj och det fungerar inte, kan vi få eget?",
        "Brevet säger vi ska flytta ut {datum}, vi har {antal} små barn, snälla hjälp.",
        "Hur ställer man sig i bostadskö när man har {kontrakt} från kommunen?",
        "Möblerna i {lgh} från kommunen är trasiga, får vi ny säng?",
        "Boendesamordnaren i kommunen svarar inte om vårt {kontrakt}.",
        "Vi har bott {antal} år i kommunens {lgh}, får vi förlänga {kontrakt}?",
    ],
    details=[
        "Vi har letat på Blocket och bostadsbolag men ingen vill hyra till oss.",
        "Barnen går i skolan här och har sina vänner.",
        "Jag är rädd att vi blir på gatan.",
        "Vi kom till kommunen {manad} för två år sedan.",
    ],
    secondary=[
        "vårt kontrakt från kommunen slutar snart också.",
        "var ska vi bo när kommunens lägenhet tar slut?",
        "det är mögel i lägenheten som kommunen gav oss.",
    ],
)

THEMES["hemtjanst"] = dict(
    weight=55,
    slots=dict(
        ht=["hemtjänst", "hjälp i hemmet", "hemhjälp", "personal som kommer hem", "home care", "omsorg hemma",
            "vård i hem", "hemtjänsten personal", "opieka domowa (hemtjänst)", "hjälpare hemma"],
    ),
    cores=[
        "{anh} behöver {ht}, hon kan inte duscha själv längre.",
        "Personalen från {ht} kommer olika tider varje dag, {anh} blir orolig.",
        "{anh} vill ha personal som talar {sprak} i {ht}, är det möjligt?",
        "{ht} kom inte alls i {dag}s och {anh} fick ingen mat.",
        "Kan {ht} hjälpa med att handla mat och städa? Vi vet inte vad som ingår.",
        "Jag vill att {anh} får bara kvinnor som personal, inte män, av religiösa skäl.",
        "Hur mycket kostar {ht} per månad? {anh} har liten pension.",
        "{anh} har trygghetslarm men när hon tryckte kom ingen på en timme.",
        "Jag tar hand om {anh} själv hemma, kan jag bli anställd som anhörigvårdare?",
        "Vi vill ansöka om mer tid i {ht}, nu är det bara {antal} besök per dag.",
        "Personal från {ht} går med skor inne i hemmet, kan de använda skoskydd?",
        "{anh} kommer hem från sjukhuset {datum}, kan {ht} börja samma dag?",
        "Matlådorna från {ht} är inte halal, finns det annat alternativ?",
        "Det kommer {antal} olika personer på en vecka i {ht}, {anh} känner inte igen någon.",
        "{anh} vill inte längre bo hemma, hur ansöker man om äldreboende istället för {ht}?",
    ],
    details=[
        "Hon är {aldre} år och har diabetes.",
        "Han pratar ingen svenska alls.",
        "Jag bor långt bort och kan inte komma varje dag.",
        "Hon har ramlat två gånger denna månad.",
        "Vi är tacksamma för personalen men det räcker inte.",
    ],
    slots_extra=dict(aldre=["78", "82", "85", "90", "71", "88"]),
    secondary=[
        "hemtjänsten till {anh} kom sent igen.",
        "kan {anh} få mer hjälp i hemmet också?",
        "personalen från hemtjänst pratar inte hennes språk.",
    ],
)

THEMES["fardtjanst"] = dict(
    weight=38,
    slots=dict(
        ft=["färdtjänst", "taxi för sjuka", "resehjälp", "special taxi", "transport för funktionsnedsatt",
            "färd tjänst", "handikapp taxi", "färdtjänst taxin", "transport service"],
        mal=["sjukhuset i stan", "vårdcentralen", "centralstationen", "tandläkaren", "grannstaden",
             "dagverksamheten", "apoteket", "moskén", "kyrkan", "dialysen"],
    ),
    cores=[
        "{anh} kan inte gå långt efter operationen, hur ansöker man om {ft}?",
        "Jag beställde {ft} till {mal} klockan {klocka} men bilen kom en timme sent.",
        "Får jag ta med mitt barn i {ft} när jag åker till {mal}?",
        "Varför fick jag avslag på {ft}? Jag har ont i knäna och kan inte åka buss.",
        "Kortet för {ft} har gått ut i {manad}, hur förnyar jag?",
        "Chauffören i {ft} hjälpte inte med rullatorn och jag föll.",
        "Hur mycket kostar en resa med {ft} till {mal}?",
        "Kan {ft} användas för att besöka {mal} på {dag}ar?",
        "Jag vill klaga på {ft}, bilen tog annan väg och det kostade mer.",
        "Kan jag få {ft} för resa till annan kommun för att hälsa på släkt?",
        "Får ledsagare följa med i {ft} gratis?",
        "Numret för att beställa {ft} svarar inte, bara musik i {antal} minuter.",
        "{ft} lämnade {anh} utanför fel dörr på {mal}, hon hittade inte in.",
    ],
    details=[
        "Jag använder rullstol.",
        "Läkarintyg har jag skickat.",
        "Jag har hjärtproblem och kan inte vänta ute i kylan.",
        "Det var andra gången denna månad.",
    ],
    secondary=[
        "och färdtjänst kom för sent igen.",
        "kan {anh} få färdtjänst också?",
        "taxin för sjuka fungerar inte bra heller.",
    ],
)

THEMES["lokalbokning"] = dict(
    weight=28,
    slots=dict(
        lokal=["lokal", "sal", "rum för fest", "samlingslokal", "hall", "festlokal", "rum i medborgarhuset",
               "community room", "stora salen", "föreningslokal"],
        fest=["bröllopsfest", "eid fest", "födelsedag för barnen", "minnesstund", "föreningsmöte",
              "ukrainsk nyårsfest", "Songkran fest", "dopfest", "möte för kvinnoförening", "Nowruz fest",
              "eritreansk kaffeceremoni", "Meskel fest"],
        gaster=["50", "80", "120", "200", "hundra", "150", "cirka 60"],
    ),
    cores=[
        "Vi vill hyra {lokal} för {fest} {datum}, för ungefär {gaster} personer.",
        "Hur mycket kostar {lokal} i medborgarhuset en lördag kväll?",
        "Vår förening vill boka {lokal} varje {dag} för läxhjälp till barn.",
        "Får man laga mat i köket när man hyr {lokal} för {fest}?",
        "Jag bokade {lokal} men fick ingen bekräftelse, är bokningen klar?",
        "Vi måste avboka {lokal} för {fest}, får vi pengarna tillbaka?",
        "Kan man boka gymnastiksalen i skolan för fotboll på kvällar?",
        "Hur länge får vi vara kvar i {lokal}? Festen slutar sent.",
        "Måste föreningen vara registrerad för att hyra {lokal} billigare?",
        "Nyckeln till {lokal} fungerade inte och vi stod ute med gäster.",
        "Finns {lokal} med separata rum för män och kvinnor?",
        "Vi har fått räkning för städning av {lokal} men vi städade själva.",
        "Får man ha musik och dans i {lokal} efter klockan 22?",
    ],
    details=[
        "Vi är en ideell förening för {sprak}-talande familjer.",
        "Vi tar med egna stolar om det behövs.",
        "Förra året vi hyrde samma sal utan problem.",
        "Det kommer också barn och äldre.",
    ],
    secondary=[
        "vi vill också boka sal för {fest} senare.",
        "kan föreningen hyra lokal i medborgarhuset?",
        "hur bokar man festlokal hos kommunen?",
    ],
)

THEMES["borgerlig_vigsel"] = dict(
    weight=18,
    slots=dict(
        vigsel=["borgerlig vigsel", "att gifta oss hos kommunen", "vigsel", "bröllop i stadshuset", "civil marriage",
                "äktenskap ceremoni", "nikah registrering i kommunen", "giftermål hos kommun", "ślub cywilny (vigsel)"],
    ),
    cores=[
        "Vi vill boka {vigsel} i {manad}, vilka datum är lediga?",
        "Vilka papper behövs för {vigsel}? Min blivande man är från annat land.",
        "Hindersprövning från Skatteverket har vi, nu vill vi boka {vigsel}.",
        "Kan {vigsel} göras på {sprak} eller bara svenska?",
        "Hur många gäster får komma till {vigsel} i stadshuset?",
        "Vi har gift oss i {land}, måste vi göra {vigsel} igen här?",
        "Kan vigselförrättaren komma hem till oss eller i parken för {vigsel}?",
        "Kostar {vigsel} pengar?",
        "Vi behöver två vittnen till {vigsel}, kan kommunen ordna det?",
        "Går det att få {vigsel} på en lördag?",
        "Vi vill flytta datum för {vigsel} från {datum}, går det?",
        "Min fästmö har inte uppehållstillstånd än, kan vi ändå ha {vigsel}?",
    ],
    details=[
        "Vi har varit förlovade i {antal} år.",
        "Familjen kommer från {land} för ceremonin.",
        "Vi vill ha en enkel ceremoni.",
        "Vi har redan imam/präst men behöver den svenska delen.",
    ],
    secondary=[
        "vi vill också boka vigsel i stadshuset senare.",
        "hur bokar man borgerlig vigsel?",
    ],
)

# ---------------------------------------------------------------------------
# style parts (per source language)
# ---------------------------------------------------------------------------

LANGS = ["ar", "so", "ti", "fa", "pl", "uk", "en", "th", "ku"]
LANG_W = [26, 14, 9, 12, 9, 11, 8, 5, 6]

OPEN = {
    "ar": ["Assalamu alaikum.", "Fred vara över er och Guds nåd.", "Salam alaikum, hoppas ni mår bra.",
           "Till ärade kommunen, hälsningar.", "God dag respekterade damer och herrar."],
    "so": ["Nabad gelyo (fred).", "Salaan sare (höga hälsningar) till er.", "Asc, hej kommunen.",
           "Hej, jag hoppas ni är i hälsa."],
    "ti": ["Selam.", "Kemey aloukum (hur mår ni).", "Fred till er, kära kontor.", "Hej, hoppas ni är i godhet."],
    "fa": ["Salam va khaste nabashid (hej och var inte trötta).", "Med respekt hälsar jag er.",
           "Hej, jag hoppas ert humör är bra.", "Salam, med hälsning och respekt."],
    "pl": ["Dzień dobry.", "Szanowni Państwo (Ärade Herrskap),", "God dag,", "Ärade Damer och Herrar,"],
    "uk": ["Добрий день (God dag).", "Dobryj den.", "God dag till er.", "Hälsningar från en ukrainsk familj."],
    "en": ["Dear sir/madam,", "Hello,", "Hej där,", "Kära herre eller fru,", "Hi,"],
    "th": ["Sawasdee kha.", "Hej ka.", "Sawasdee krap, hej.", "Hej, förlåt att störa ka."],
    "ku": ["Silav (hej).", "Roj baş, god dag.", "Fred till er.", "Hej, hoppas ni är friska."],
}
CLOSE = {
    "ar": ["Må Gud välsigna er.", "Må Allah belöna er med gott.", "Gud ge er hälsa.", "Shukran jazilan.",
           "Tack och Guds frid vara med er.", "Inshallah ni hjälper oss."],
    "so": ["Mahadsanid.", "Ilaahay ha idin barakeeyo (Gud välsigne er).", "Tack så mycket, ni är goda människor.",
           "Mahadsanid (tack)."],
    "ti": ["Yekenyeley.", "Egziabher ybarkelkum (Gud välsigna er).", "Tack, Gud vara med er.", "Yekenyeley (tack)."],
    "fa": ["Må era händer inte göra ont.", "Tack, må ni alltid vara levande.", "Med tacksamhet.",
           "Merci, tack så mycket."],
    "pl": ["Med vänliga hälsningar.", "Dziękuję bardzo.", "Jag hälsar hjärtligt.", "Pozdrawiam (hälsar).",
           "Med respekt."],
    "uk": ["Дякую (tack).", "Med respekt.", "Tack till Sverige för allt.", "Med vänliga hälsningar och tack."],
    "en": ["Best regards", "Thanks in advance", "Med vänliga hälsningar", "Tack i förväg", "Kind regards"],
    "th": ["Khob khun kha.", "Tack mycket mycket ka.", "Förlåt att störa er tid.", "Tack ka."],
    "ku": ["Spas (tack).", "Gud skydda er.", "Tack, ni är som familj.", "Spas zor."],
}
CLOSE_ANY = ["Jag väntar på ert svar med tålamod.", "Tack för er hjälp.", "Snälla svara snabbt, det är viktigt för min familj.",
             "Tack i förväg för er tid.", "Förlåt om jag stör er tid.", "Tacksam för alltid.", "Ert arbete är guld.",
             "Med vänlig hälsning {namn}", "Hälsningar {namn}", "{namn}"]
CHAT_HI = {"ar": ["salam", "hej", "hej hej"], "so": ["asc", "hej"], "ti": ["selam", "hej"], "fa": ["salam", "hej"],
           "pl": ["dzień dobry", "hej"], "uk": ["dobryj den", "hej", "привіт"], "en": ["hi", "hello", "hej"],
           "th": ["sawasdee ka", "hej ka"], "ku": ["silav", "hej"]}
CHAT_BYE = ["tack", "ok tack", "tack så mycket", "shukran", "mahadsanid", "thanks", "dziękuję", "ok", "spas"]

INTRO = ["Jag heter {namn} och kom till Sverige {kom}.", "Jag är {namn}, mamma till {antal} barn.",
         "Mitt namn är {namn}, jag bor i {omrade}.", "Jag är ny i Sverige sedan {antal} år.",
         "Mitt namn är {namn} och jag bor på {gata}.", "Jag skriver med Google översätt, förlåt för fel.",
         "Ursäkta min dåliga svenska, det är översättning från dator.", "Jag skriver för min mamma som inte kan svenska.",
         "Jag är {namn}, pappa till {barn}."]
KOM = ["2015", "2016", "2019", "2022", "förra året", "för tre år sedan", "2023", "i krigstid 2022"]

IDIOM = ["Jag är mellan hammaren och städet.", "Kniven har nått benet.", "Vattnet har gått över mitt huvud.",
         "Mitt hjärta är trångt.", "Jag har blivit gammal av att vänta.", "Jag sitter som på nålar.",
         "Min hand är kort.", "Mitt huvud håller på att explodera.",
         "Tålamod är nyckeln till glädje, men nu mitt tålamod är slut.",
         "Det är som att leta nål i höstack.", "Jag vet inte vilken dörr jag ska knacka på.",
         "Mina ögon är på er.", "Ni är ljuset i mörkret för oss.", "Jag står på ett ben och väntar.",
         "Vi har ätit salt och bröd här i {antal} år.", "Det ligger en sten på mitt bröst."]

GEN_DETAIL = ["Jag har ringt många gånger men ingen svarar.", "Jag förstår inte svenska brev bra.",
              "Snälla svara mig på {sprak} eller enkel svenska.", "Mitt telefonnummer finns i formuläret.",
              "Det är bråttom för oss.", "Jag har väntat länge, nu {antal} veckor.",
              "Förra veckan jag var i receptionen men de sa skriv här.", "Min granne sa att jag ska skriva till er.",
              "Jag har inte BankID så jag kan inte logga in.", "Kan ni ringa mig efter klockan {klocka}?",
              "Jag bifogar bild på brevet.", "Ingen förklarade för mig hur det fungerar i Sverige."]

SUBJ = ["Ämne: Fråga", "Ämne: Viktigt!!", "Ämne: Re: ditt ärende", "Ämne: hjälp", "Ämne: (inget ämne)",
        "Ämne: Fwd: brev från kommunen", "Ämne: Förfrågan", "Ämne: snälla läs", "Ämne: angående min familj"]
SIGN = ["Skickat från min iPhone", "Skickat från min Samsung Galaxy", "Skickat från Outlook för Android",
        "Wysłane z iPhone'a", "Sent from my Huawei"]

SEC_PREFIX = ["Också en sak: ", "En annan fråga: ", "P.S. ", "Och förresten, ", "Andra sak, ", "Also: ",
              "Dessutom ", "Och en till fråga, ", "Jag vill också säga att "]

UNTRANS = {
    "en": {"barnen": "the kids", "pengar": "money", "brevet": "the letter", "mötet": "the meeting",
           "snälla": "please", "fakturan": "the invoice", "bråttom": "urgent"},
    "pl": {"brevet": "list", "barnen": "dzieci", "snälla": "proszę", "pengar": "pieniądze", "kommunen": "gmina"},
    "ar": {"snälla": "min fadlak", "kommunen": "al-baladiya", "pengar": "fulus", "bråttom": "mustaʿjal"},
    "so": {"snälla": "fadlan", "barnen": "carruurta", "kommunen": "degmada", "pengar": "lacag"},
    "uk": {"snälla": "bud laska", "barnen": "dity", "pengar": "hroshi", "kommunen": "hromada"},
    "fa": {"snälla": "lotfan", "barnen": "bacheha", "bråttom": "fori", "pengar": "pul"},
    "ti": {"snälla": "bejaka", "barnen": "qolʿu", "pengar": "genzeb"},
    "th": {"snälla": "karuna", "barnen": "dek dek", "pengar": "ngern"},
    "ku": {"snälla": "tika", "barnen": "zarok", "pengar": "pare"},
}
BRACKET = {
    "ar": ["(من فضلك)", "(ضروري جدا)", "(بسرعة)", "(مساعدة)", "(لا أفهم)"],
    "fa": ["(لطفا)", "(خیلی مهم)", "(کمک)", "(فوری)"],
    "uk": ["(будь ласка)", "(терміново)", "(допомога)", "(не розумію)"],
    "pl": ["(proszę o pomoc)", "(pilne)", "(nie rozumiem)", "(jak najszybciej)"],
    "so": ["(fadlan i caawiya)", "(degdeg)", "(ma fahmin)"],
    "ti": ["(ብኽብረትኩም)", "(ህጹጽ)", "(ሓገዝ)"],
    "th": ["(ช่วยด้วย)", "(ด่วน)", "(ไม่เข้าใจ)"],
    "en": ["(asap)", "(please help)", "(I don't understand)", "(urgent)"],
    "ku": ["(tika)", "(zor giringe)", "(yarmetî)"],
}

# phrase-level machine translation artefacts
MT_PHRASES = [
    (r"\bHur gör jag\b", "Hur jag gör"), (r"\bjag vet inte\b", "jag inte vet"), (r"\bKan jag\b", "Jag kan"),
    (r"\bVad ska jag göra\b", "Vad jag ska göra"), (r"\bhar inte\b", "inte har"), (r"\bär det\b", "det är"),
    (r"\bFinns det\b", "Det finns"), (r"\bmin dotter\b", "mitt dotter"), (r"\bbarnen\b", "de barn"),
    (r"\bbehöver\b", "är i behov av"), (r"\bTack för\b", "Tacka för"), (r"\bförstår inte\b", "inte förstår"),
    (r"\bkan inte\b", "inte kan"), (r"\bVarför fick vi\b", "Varför vi fick"), (r"\bVi vill\b", "Vi önskar att"),
    (r"\bJag vill\b", "Jag skulle vilja att"), (r"\bsnabbt\b", "på snabb väg"), (r"\bmycket\b", "väldigt mycket"),
    (r"\bkommunen\b", "den kommun"), (r"\b[Vv]i har ingen\b", "vi äger ingen"), (r"\bvänta\b", "avvakta"),
    (r"\bhjälp\b", "assistans"), (r"\bnu\b", "i detta ögonblick"),
]
PREP = {"på": ["i", "vid", "om"], "i": ["på", "inom"], "till": ["för", "åt"], "för": ["till", "av"],
        "med": ["av", "tillsammans"], "om": ["angående", "på"], "från": ["av", "ifrån"]}
GENDER = {"en": "ett", "ett": "en", "den": "det", "det": "den", "min": "mitt", "mitt": "min",
          "ingen": "inget", "inget": "ingen", "vår": "vårt", "vårt": "vår"}

_SLOT = re.compile(r"\{(\w+)\}")


def _fill(text: str, slots: dict, rng: random.Random, lang: str, depth: int = 0) -> str:
    def rep(m: re.Match) -> str:
        key = m.group(1)
        if key == "namn":
            val = rng.choice(NAMN[lang])
        elif key == "kom":
            val = rng.choice(KOM)
        elif key in slots:
            v = slots[key]
            val = v(rng) if callable(v) else rng.choice(v)
        elif key in GLOBAL_SLOTS:
            v = GLOBAL_SLOTS[key]
            val = v(rng) if callable(v) else rng.choice(v)
        else:
            val = key
        if depth < 2 and "{" in val:
            val = _fill(val, slots, rng, lang, depth + 1)
        return val

    out = _SLOT.sub(rep, text)
    return out[:1].upper() + out[1:] if out[:1].islower() and text[:1] == "{" else out


def _word_noise(s: str, rng: random.Random, level: float) -> str:
    toks = s.split(" ")
    for i, t in enumerate(toks):
        if i == 0:
            continue
        if t in PREP and rng.random() < 0.12 * level:
            toks[i] = rng.choice(PREP[t])
        elif t in GENDER and rng.random() < 0.10 * level:
            toks[i] = GENDER[t]
    if len(toks) > 4 and rng.random() < 0.35 * level:
        j = rng.randrange(1, len(toks) - 2)
        a, b = toks[j], toks[j + 1]
        if a.isalpha() and b.isalpha() and a.islower() and b.islower():
            toks[j], toks[j + 1] = b, a
    if len(toks) > 3 and rng.random() < 0.04 * level:
        j = rng.randrange(1, len(toks))
        if toks[j].isalpha():
            toks.insert(j, toks[j])
    return " ".join(toks)


def _note(theme_id: str, kanal: str, rng: random.Random) -> str:
    th = THEMES[theme_id]
    lang = rng.choices(LANGS, weights=LANG_W)[0]
    slots = dict(th["slots"])
    slots.update(th.get("slots_extra", {}))
    f = lambda t: _fill(t, slots, rng, lang)  # noqa: E731

    level = rng.choice([0.3, 0.7, 1.0, 1.0, 1.5, 2.0])
    parts: list[str] = []
    chat = kanal == "chatt"
    if kanal == "e-post" and rng.random() < 0.3:
        parts.append(rng.choice(SUBJ))
    if chat:
        if rng.random() < 0.45:
            parts.append(rng.choice(CHAT_HI[lang]))
    else:
        p_open = 0.85 if kanal == "e-post" else 0.45
        if rng.random() < p_open:
            parts.append(rng.choice(OPEN[lang]))
        if rng.random() < (0.35 if kanal == "e-post" else 0.2):
            parts.append(f(rng.choice(INTRO)))

    body: list[str] = []
    core = f(rng.choice(th["cores"]))
    body.append(core)
    n_det = rng.choice([0, 1] if chat else [0, 1, 1, 2, 2, 3])
    pool = th["details"] * 2 + GEN_DETAIL
    for d in rng.sample(pool, min(n_det, len(pool))):
        dd = f(d)
        if dd not in body:
            body.append(dd)
    if rng.random() < (0.08 if chat else 0.22):
        body.insert(rng.randint(1, len(body)), f(rng.choice(IDIOM)))
    if len(body) > 2 and rng.random() < 0.3:
        first, rest = body[0], body[1:]
        rng.shuffle(rest)
        body = [first] + rest

    if rng.random() < 0.15:
        other = rng.choice([t for t in THEMES if t != theme_id])
        oth = THEMES[other]
        oslots = dict(oth["slots"])
        oslots.update(oth.get("slots_extra", {}))
        sec = _fill(rng.choice(oth["secondary"]), oslots, rng, lang)
        pre = rng.choice(SEC_PREFIX)
        if pre.endswith(": ") or pre.startswith("P.S."):
            sec = sec[:1].upper() + sec[1:]
        body.append(pre + sec)

    body = [_word_noise(b, rng, level) for b in body]
    text_body = " ".join(body)
    for pat, rep in MT_PHRASES:
        if rng.random() < 0.25 * level and re.search(pat, text_body):
            text_body = re.sub(pat, rep, text_body, count=1)
    words = UNTRANS.get(lang, {})
    if words and rng.random() < 0.35 * level:
        for sw in rng.sample(list(words), min(len(words), rng.choice([1, 1, 2]))):
            fw = words[sw]
            fw = fw if rng.random() < 0.6 else f"{fw} ({sw})"
            text_body = re.sub(rf"\b{sw}\b", fw, text_body, count=1)
    if rng.random() < 0.18 * level:
        sents = re.split(r"(?<=[.?!])\s+", text_body)
        k = rng.randrange(len(sents))
        sents[k] = sents[k].rstrip(".?!") + " " + rng.choice(BRACKET[lang]) + (sents[k][-1] if sents[k][-1:] in ".?!" else "")
        text_body = " ".join(sents)
    if rng.random() < 0.04:
        text_body = text_body.replace("'", "&#39;")
    parts.append(text_body)

    if chat:
        if rng.random() < 0.4:
            parts.append(rng.choice(CHAT_BYE))
    else:
        if rng.random() < (0.85 if kanal == "e-post" else 0.55):
            pool_c = CLOSE[lang] * 2 + CLOSE_ANY
            parts.append(f(rng.choice(pool_c)))
            if rng.random() < 0.25:
                extra = f(rng.choice(CLOSE_ANY))
                if extra != parts[-1]:
                    parts.append(extra)
        if kanal == "e-post" and rng.random() < 0.15:
            parts.append(rng.choice(SIGN))

    sep = " " if chat or rng.random() < 0.6 else "\n"
    text = sep.join(p for p in parts if p)

    # surface noise
    r = rng.random()
    if chat and r < 0.45 or r < 0.08:
        text = text.lower()
    if rng.random() < 0.15:
        text = text.rstrip(".")
    if rng.random() < 0.10:
        text = text.replace("?", " ?")
    if rng.random() < 0.08:
        text = text.replace(", ", ",", rng.randint(1, 3))
    if rng.random() < 0.05:
        text = text.replace(". ", ".  ")
    if rng.random() < 0.06:
        text = re.sub(r"\?(\s|$)", r"??\1", text, count=1)
    return text


def make_log(rows: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(f"mt-{seed}")
    ids = list(THEMES)
    wsum = sum(THEMES[t]["weight"] for t in ids)
    counts = {t: max(1, int(rows * THEMES[t]["weight"] / wsum)) for t in ids}
    rest = rows - sum(counts.values())
    order = sorted(ids, key=lambda t: -THEMES[t]["weight"])
    i = 0
    while rest > 0:
        counts[order[i % len(order)]] += 1
        rest -= 1
        i += 1
    while rest < 0:
        counts[order[i % len(order)]] -= 1
        rest += 1
        i += 1
    labels = [t for t in ids for _ in range(counts[t])]
    rng.shuffle(labels)
    start = _dt.date(2026, 1, 1)
    span = (_dt.date(2026, 6, 30) - start).days
    out: list[dict[str, str]] = []
    for lab in labels:
        kanal = rng.choices(["webbformulär", "e-post", "chatt"], weights=[45, 33, 22])[0]
        day = start + _dt.timedelta(days=rng.randint(0, span))
        out.append({"brodtext": _note(lab, kanal, rng), "datum": day.isoformat(), "kanal": kanal,
                    "true_theme": lab})
    return out


def main() -> None:
    write_log_cli(make_log, __doc__, "brodtext")


if __name__ == "__main__":
    main()
