"""Held-out labelled test log: imitates automatic speech-to-text transcripts of citizens'
phone calls to a Swedish municipal contact centre (kommuncenter), caller's words only.
Style: all lower case, almost no punctuation, fillers (eh, alltså, liksom, typ, ja asså),
false starts and stutters, compounds sometimes split, numbers and times spoken in words,
some similar-sounding misrecognitions, long background before the question, often thanks.
Channels are two phone lines; the true_theme label is the caller's main matter.
"""

from __future__ import annotations

import datetime as _dt
import random
import re

from check_log_cli import write_log_cli

# ---------------------------------------------------------------------------
# spoken numbers, times, amounts
# ---------------------------------------------------------------------------

_ONES = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio",
         "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton"]
_TENS = {20: "tjugo", 30: "trettio", 40: "fyrtio", 50: "femtio", 60: "sextio",
         70: "sjuttio", 80: "åttio", 90: "nittio"}
_ORD = ["", "första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde",
        "nionde", "tionde", "elfte", "tolfte", "trettonde", "fjortonde", "femtonde",
        "sextonde", "sjuttonde", "artonde", "nittonde", "tjugonde"]
_HOURS = ["tolv", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio",
          "elva", "tolv"]


def _num_parts(n: int) -> list[str]:
    if n < 20:
        return [_ONES[n]]
    if n < 100:
        t, r = n // 10 * 10, n % 10
        return [_TENS[t]] + ([_ONES[r]] if r else [])
    if n < 1000:
        h, r = divmod(n, 100)
        head = ["hundra"] if h == 1 else [_ONES[h], "hundra"]
        return head + (_num_parts(r) if r else [])
    th, r = divmod(n, 1000)
    head = ["tusen"] if th == 1 else _num_parts(th) + ["tusen"]
    return head + (_num_parts(r) if r else [])


def sv_num(n: int, rng: random.Random) -> str:
    parts = _num_parts(n)
    mode = rng.random()
    if mode < 0.45:
        return "".join(parts)
    if mode < 0.8:
        return " ".join(parts)
    # partly joined, e.g. "tusen fyrahundrafemtio"
    out, buf = [], ""
    for p in parts:
        buf += p
        if p in ("tusen",) or rng.random() < 0.3:
            out.append(buf)
            buf = ""
    if buf:
        out.append(buf)
    return " ".join(out)


def sv_ordinal(n: int) -> str:
    if n <= 20:
        return _ORD[n]
    if n < 30:
        return "tjugo" + _ORD[n - 20]
    return "trettionde" if n == 30 else "trettioförsta"


def spoken_time(rng: random.Random) -> str:
    h = rng.randint(1, 12)
    hw = _HOURS[h]
    nxt = _HOURS[h % 12 + 1]
    pats = [f"klockan {hw}", f"vid {hw}", f"halv {nxt}", f"kvart över {hw}", f"kvart i {nxt}",
            f"typ {hw}", f"vid {hw} tiden", f"runt {hw}", f"tio över {hw}", f"fem i {nxt}",
            f"vid {hw}tiden", f"strax efter {hw}"]
    return rng.choice(pats)


def _amount(values: list[int]):
    def f(rng: random.Random) -> str:
        v = rng.choice(values)
        return sv_num(v, rng) + rng.choice([" kronor", " kronor", " kr", " spänn", " kronor"])
    return f


# ---------------------------------------------------------------------------
# slot fillers
# ---------------------------------------------------------------------------

_STREETS = ["storgatan", "björkvägen", "kyrkogatan", "industrivägen", "skolgatan", "ängsvägen",
            "tallvägen", "lärkvägen", "södra vägen", "parkgatan", "stationsgatan", "granvägen",
            "bäckvägen", "ekbacken", "lingonstigen", "norra allén", "smedjegatan",
            "kvarngatan", "hagavägen", "solvändan", "blåbärsstigen", "tegelbruksvägen",
            "sjövägen", "prästgårdsvägen", "skogsbrynet", "fabriksgatan", "villagatan"]
_PLACES = ["vid skolan", "utanför ica", "nere vid idrottsplatsen", "vid vårdcentralen",
           "bakom kyrkan", "vid busshållplatsen", "vid rondellen", "vid lekplatsen", "i parken",
           "nere vid badplatsen", "vid coop", "bakom sporthallen", "vid järnvägsstationen",
           "uppe vid äldreboendet", "vid pizzerian", "bredvid bibblan", "vid macken",
           "nere vid ån", "vid fotbollsplanen", "vid torget", "borta vid återvinningen",
           "vid tunneln under stora vägen", "uppe på kullen", "vid gamla mejeriet"]
_WHEN = ["i måndags", "i tisdags", "i onsdags", "i torsdags", "i fredags", "igår",
         "i förrgår", "förra veckan", "i helgen", "i morse", "igår kväll", "för typ en vecka sen",
         "för ett par dagar sen", "i söndags", "häromdagen", "nu i veckan", "i lördags natt"]
_NAMES = ["anna", "lena", "maria", "karin", "erik", "lars", "johan", "ahmed", "fatima",
          "mohammed", "sara", "mikael", "eva", "per", "ali", "leila", "nils", "ingrid", "göran",
          "birgitta", "zeynep", "jonas", "emma", "oskar", "hassan", "aida", "kjell", "monica",
          "tomas", "elin", "piotr", "ulla", "amir", "sofia", "bengt", "marjatta"]
_CHILD = ["min dotter", "min son", "vår dotter", "vår son", "lillkillen", "vår lilla tjej",
          "vår minsta", "vår yngsta", "min grabb", "lillan"]
_AGE = ["ett år", "ett och ett halvt år", "två år", "tre år", "fjorton månader",
        "elva månader", "snart två", "två och ett halvt", "fyra år"]
_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"]
_WEEKDAYS = ["måndagar", "tisdagar", "onsdagar", "torsdagar", "fredagar", "måndag",
             "torsdag", "varannan tisdag", "varannan onsdag"]
_CITIES = ["borås", "örebro", "umeå", "luleå", "växjö", "gävle", "västerås", "karlstad",
           "jönköping", "norrköping", "malmö", "sundsvall", "falun", "kalmar"]
_COUNTRIES = ["chile", "irak", "polen", "syrien", "thailand", "tyskland", "somalia",
              "finland", "iran", "brasilien", "eritrea", "bosnien"]
_PRESCHOOLS = ["solrosens", "myrans", "björkens", "tallbackens", "ekorrens", "regnbågens",
               "lärkans", "humlans", "skogsbackens", "solgläntans", "nyckelpigans"]
_ALLOTMENTS = ["norrängen", "bäckdalen", "ekbacken", "sjöängen", "kolonin vid fotbollsplanen",
               "lotterna bakom skolan", "gamla trädgården"]
_LETTERS = ["a", "be", "ce", "de", "e", "eff", "ge", "hå", "i", "kå", "ell", "emm", "enn",
            "o", "pe", "ärr", "ess", "te", "u", "ve", "x", "y", "ö"]


def _pick(lst):
    return lambda rng: rng.choice(lst)


def _count(lo, hi, unit_pl, unit_sg, extra=()):
    def f(rng):
        if extra and rng.random() < 0.25:
            return rng.choice(list(extra))
        n = rng.randint(lo, hi)
        if n == 1:
            return f"en {unit_sg}" if unit_sg not in ("år",) else "ett år"
        return f"{sv_num(n, rng)} {unit_pl}"
    return f


SLOTS = {
    "gata": _pick(_STREETS),
    "plats": _pick(_PLACES),
    "nar": _pick(_WHEN),
    "namn": _pick(_NAMES),
    "barn": _pick(_CHILD),
    "alder": _pick(_AGE),
    "manad": _pick(_MONTHS),
    "veckodag": _pick(_WEEKDAYS),
    "stad": _pick(_CITIES),
    "land": _pick(_COUNTRIES),
    "forskola": _pick(_PRESCHOOLS),
    "koloni": _pick(_ALLOTMENTS),
    "klock": spoken_time,
    "husnr": lambda rng: sv_num(rng.randint(1, 64), rng),
    "lottnr": lambda rng: sv_num(rng.randint(1, 80), rng),
    "kvm": lambda rng: sv_num(rng.choice([10, 12, 15, 18, 20, 24, 25, 30, 35, 40, 45]), rng),
    "cm": lambda rng: sv_num(rng.choice([20, 25, 30, 35, 40, 50, 60]), rng),
    "dagar": _count(2, 10, "dagar", "dag", ("över en vecka", "snart två veckor", "flera dagar")),
    "antal_veckor": _count(2, 6, "veckor", "vecka", ("ett par veckor", "en vecka", "flera veckor")),
    "antal_ar": _count(2, 30, "år", "år", ("många år", "ett par år", "hela mitt liv")),
    "antal_manader": _count(2, 6, "månader", "månad", ("ett halvår", "hela sommaren")),
    "ordinal_dag": lambda rng: "den " + sv_ordinal(rng.randint(1, 28)),
    "regnr": lambda rng: " ".join(rng.choice(_LETTERS) for _ in range(3)),
    "belopp_bot": _amount([300, 400, 500, 600, 700, 800, 900, 1000, 1200]),
    "belopp_forskola": _amount(list(range(450, 1900, 15))),
    "belopp_sop": _amount(list(range(1800, 6600, 50))),
    "belopp_lon": _amount(list(range(18000, 46000, 500))),
    "belopp_liten": _amount(list(range(40, 205, 5))),
}

_SLOT_RE = re.compile(r"\{(\w+)\}")


def fill(template: str, rng: random.Random) -> str:
    for _ in range(3):
        if "{" not in template:
            break
        template = _SLOT_RE.sub(lambda m: SLOTS[m.group(1)](rng), template)
    return template


# ---------------------------------------------------------------------------
# themes: weight, background, core phrasings, details, short asides (when secondary)
# ---------------------------------------------------------------------------

THEMES: dict[str, dict] = {
    "snorojning": dict(
        weight=14.0, felanmalan=0.7, months=[40, 34, 20, 5, 0.5, 0.5],
        bg=["vi bor på {gata} och det har ju snöat hela helgen",
            "det kom ju jättemycket snö i natt som ni vet",
            "jag är sjuttiofem år och har rullator så jag är beroende av att det är framkomligt",
            "jag har ringt om det här förut faktiskt förra vintern också",
            "vi är flera grannar här som har pratat om det",
            "jag går ut med hunden varje morgon {klock} ungefär",
            "min dotter går till skolan den vägen varje dag",
            "vi bor på en liten återvändsgata som alltid verkar bli bortglömd",
            "jag jobbar natt och kommer hem tidigt på morgonen"],
        core=["det har inte plogats på {gata} på {dagar} och man kommer knappt ut med bilen",
              "plogbilen kom förbi {nar} och lämnade en jättehög vall precis framför vår uppfart",
              "det är så halt på gångbanan {plats} att folk ramlar det har inte sandats alls",
              "trottoaren längs {gata} är inte skottad och vi som går får gå ute i körbanan",
              "jag undrar när ni ska ploga hos oss för det är typ {cm} centimeter snö nu",
              "busshållplatsen {plats} är helt igensnöad man kan inte ens stå där och vänta",
              "plogen tog med sig vår brevlåda {nar} den ligger i snövallen nu",
              "det är en stor snöhög i korsningen vid {gata} så man inte ser bilarna som kommer",
              "gång och cykelvägen {plats} har inte röjts alls den är bara is",
              "vem är det som ska skotta framför vår tomt är det vi eller kommunen",
              "de har plogat gatan men sen kom de tillbaka och la all snö på vår sida igen",
              "det är isgata hela backen ner mot {plats} och bilarna kasar rakt ut",
              "kan ni komma och sanda eller grusa backen på {gata} innan det händer en olycka",
              "plogbilen körde upp på gräsmattan {nar} och förstörde kanten och en buske",
              "det har blivit djupa spår i isen så rullatorn fastnar hela tiden",
              "när kommer ni och kör bort snövallarna för halva parkeringen är full av snö",
              "traktorn som skottar kör alldeles för fort på gångvägen det är farligt"],
        det=["det är flera äldre som bor här", "hemtjänsten kommer inte fram heller",
             "sopbilen kom inte fram i morse heller på grund av det",
             "jag har tagit bilder om ni vill ha", "det är alltså vid nummer {husnr}",
             "grannarna har försökt skotta själva men det går inte",
             "det är väldigt mörkt där på kvällen också", "det har varit så här i {dagar}",
             "min granne halkade och slog sig i armen"],
        aside=["det är väldigt halt utanför {plats} också", "när plogar ni cykelvägen",
               "snövallen vid vår infart är jättehög också",
               "det har inte sandats vid busshållplatsen"]),

    "sophamtning_missad": dict(
        weight=11.0, felanmalan=0.55, months=[22, 16, 16, 15, 15, 16],
        bg=["vi har hämtning på {veckodag} och jag ställde ut tunnan kvällen innan som vanligt",
            "tunnan stod ute vid vägen precis där den alltid står",
            "vi har det där fyrfackskärlet sen förra året",
            "jag har kollat i appen och där står det att det skulle vara tömt",
            "det är radhus här och vi har gemensamma kärl",
            "grannarna har fått sina tömda men inte vi",
            "vi har haft gäster i helgen så det blev mycket"],
        core=["soporna har inte hämtats på {dagar} nu",
              "sopbilen körde bara förbi oss {nar} och tömde inte",
              "de har tömt matavfallet men inte restavfallet",
              "vår soptunna har inte blivit tömd och nu luktar det jättemycket",
              "det är andra gången i rad som de missar oss",
              "de tömde bara ena facket i kärlet det andra är fullt fortfarande",
              "när kommer de och hämtar det som blev kvar",
              "tunnan blev stående full och nu har kråkorna rivit upp påsarna",
              "det satt en lapp på locket att kärlet var överfullt men det var det inte alls",
              "sopgubbarna hoppade över hela vår gata {nar}",
              "de har inte tömt glas och tidningar i soprummet på vår gård på länge",
              "efter tömningen stod kärlet mitt i gatan och locket var sönder",
              "vi har inte fått någon hämtning sen jul och nu är det fullt överallt",
              "matavfallskärlet är inte tömt och det börjar bli maskar i det",
              "varför tömmer de inte vårt kärl längre har ni ändrat turen"],
        det=["vi bor på {gata} nummer {husnr}", "det är gröna tunnan",
             "det luktar ända in i huset nästan", "det kan ju inte stå så här en vecka till",
             "kan ni skicka en bil", "jag vill inte betala för något vi inte får",
             "det var inte snö eller något i vägen", "handtaget var vänt utåt och allt"],
        aside=["soporna blev inte hämtade förra veckan heller",
               "sopbilen missade oss {nar} också", "tunnan har inte tömts sen {nar}"]),

    "avfall_abonnemang": dict(
        weight=7.0, felanmalan=0.1, months=[25, 18, 15, 14, 14, 14],
        bg=["vi är bara två nu när barnen har flyttat hemifrån",
            "vi har precis köpt hus på {gata}",
            "jag har fått fakturan för sophämtningen för året",
            "vi har börjat kompostera själva i trädgården",
            "vi ska flytta i slutet av månaden",
            "vi är en familj på fem så det blir mycket sopor",
            "min granne och jag har pratat om det här"],
        core=["jag skulle vilja byta till ett mindre kärl för vi fyller aldrig det vi har",
              "kan man dela soptunna med grannen och hur gör man då",
              "jag vill ändra så att vi får hämtning var fjärde vecka istället",
              "avgiften för sophämtningen har gått upp till {belopp_sop} det är ju jättemycket",
              "vi behöver ett större kärl eller ett kärl till för det räcker inte",
              "hur gör jag för att anmäla hemkompost så att avgiften blir lägre",
              "jag vill säga upp sophämtningen på sommarstugan",
              "vi har sålt huset och vill att abonnemanget går över på de nya ägarna",
              "hur beställer jag en extra tömning eller en grovsopshämtning",
              "vi har inte fått några nya påsar till matavfallet hur får man tag på dem",
              "jag förstår inte fakturan det står två abonnemang fast vi bara har en tunna",
              "kan jag få uppehåll i hämtningen när vi är utomlands i {antal_manader}",
              "vi vill gå över till de där fyrfackskärlen hur gör man",
              "varför betalar vi grundavgift fast vi knappt slänger något"],
        det=["fakturan kom {nar}", "vi har kundnummer men jag har inte det framför mig",
             "det är {gata} nummer {husnr}", "min fru tycker att det är jättedyrt",
             "vi har ett sånt där hundrafyrtio liters kärl nu",
             "det står inget om det på hemsidan som jag hittar"],
        aside=["vi skulle vilja ha en mindre tunna", "hur mycket kostar en extra tömning",
               "när kommer nya påsar till matavfallet", "fakturan för soporna verkar hög"]),

    "bygglov": dict(
        weight=8.0, felanmalan=0.05, months=[10, 12, 18, 22, 20, 18],
        bg=["vi har ett hus på {gata} som vi köpte för {antal_ar} sen",
            "vi har pratat med en snickare som kan börja i {manad}",
            "vi har fått ett barn till så vi behöver mer plats",
            "jag har läst på hemsidan men blir inte riktigt klok på det",
            "huset ligger inom detaljplan tror jag",
            "min granne byggde en liknande för ett par år sen"],
        core=["vi vill bygga en altan på baksidan och undrar om vi behöver bygglov",
              "jag skickade in en ansökan om bygglov {nar} och har inte hört något",
              "hur lång tid tar det att få bygglov för en carport",
              "vi funderar på ett attefallshus i trädgården vad är det som gäller",
              "grannen bygger ett jättestort förråd precis vid tomtgränsen utan lov tror jag",
              "behöver jag söka lov för att sätta upp ett plank mot gatan",
              "vi har fått bygglov men väntar på startbesked hur länge dröjer det",
              "vilka ritningar måste man skicka in för en tillbyggnad",
              "jag fick ett brev att ansökan inte var komplett men förstår inte vad som saknas",
              "vi vill byta fasad och färg på huset krävs det lov för det",
              "hur mycket kostar ett bygglov ungefär för ett garage",
              "kan man få prata med en handläggare innan man skickar in",
              "vi vill sätta in takkupor behöver vi söka bygglov då",
              "hur stor får en friggebod vara utan bygglov"],
        det=["det ska vara ungefär {kvm} kvadratmeter",
             "vi har fastighetsbeteckningen någonstans", "snickaren behöver veta snart",
             "vi vill ju helst bygga i sommar", "det är fyra och en halv meter till tomtgränsen",
             "vi har pratat med grannarna och de har inget emot det"],
        aside=["sen undrar jag om vi behöver bygglov för ett plank",
               "hur lång tid tar ett bygglov nu för tiden",
               "vi har en ansökan inne om bygglov också som jag inte hört något om"]),

    "forskola_plats": dict(
        weight=10.0, felanmalan=0.03, months=[20, 16, 18, 18, 16, 12],
        bg=["{barn} är {alder}", "jag är föräldraledig till {manad} och ska börja jobba igen",
            "vi flyttade hit från {stad} i höstas",
            "vi har ett barn redan på {forskola} förskola",
            "jag har ställt {barn} i kö i e-tjänsten",
            "vi bor på {gata} och jobbar båda inne i stan"],
        core=["jag undrar när vi får besked om förskoleplats",
              "vi har fått plats på en förskola jättelångt bort kan vi tacka nej och stå kvar i kön",
              "jag vill byta förskola för {barn} till en som ligger närmare",
              "hur lång är kön till förskolan just nu",
              "vi behöver plats från {ordinal_dag} {manad} är det för sent att söka nu",
              "har man syskonförtur om storasyskonet redan går där",
              "vi har fått ett erbjudande men jag hittar inte var man tackar ja",
              "när börjar inskolningen och hur många dagar brukar det vara",
              "kan man ställa barnet i kö innan vi har flyttat till kommunen",
              "ni ska ju erbjuda plats inom fyra månader men det har gått längre nu",
              "vi fick inte plats på {forskola} som vi hade som förstahandsval",
              "jag vill stå i kö till en annan förskola men ha kvar platsen vi har",
              "vi behöver barnomsorg på kvällar och helger finns det nattis här",
              "vi har tvillingar kan de få plats på samma förskola"],
        det=["{barn} har allergi också så det är viktigt", "jag måste ge besked till jobbet",
             "min sambo jobbar skift", "vi kan inte köra så långt varje morgon",
             "vi har inte fått något mejl alls", "personnumret har jag här om ni behöver"],
        aside=["när kan vi få plats på förskolan", "sen vill vi byta förskola också",
               "hur lång är kön till förskolan nu"]),

    "forskola_avgift": dict(
        weight=7.0, felanmalan=0.03, months=[22, 18, 15, 15, 15, 15],
        bg=["{barn} går på {forskola} förskola sen i höstas",
            "jag har fått fakturan för förskolan för {manad}",
            "jag har bytt jobb och tjänar mindre nu",
            "vi har separerat och bor inte ihop längre",
            "vi har två barn på förskolan", "{barn} har varit hemma mycket i vinter"],
        core=["fakturan för förskolan är på {belopp_forskola} och det stämmer inte",
              "var lämnar man inkomstuppgift för barnomsorgsavgiften",
              "vi har fått betala för hela sommaren fast {barn} var ledig i åtta veckor",
              "är inte de femton timmarna avgiftsfria från tre år",
              "vi har sagt upp platsen men får ändå faktura för två månader",
              "jag har fått en räkning med gamla avgiften trots att vi lämnade ny inkomst",
              "hur räknas avgiften när man har växelvis boende",
              "jag kan inte betala hela fakturan nu kan man få en avbetalningsplan",
              "vi har fått en påminnelse om förskoleavgiften men vi har betalat",
              "vad är maxtaxan nu och gäller den för oss",
              "min sambos inkomst är med i avgiften fast vi inte är gifta stämmer det",
              "syskonrabatten verkar inte ha dragits på fakturan",
              "varför har avgiften höjts från {manad}",
              "vi har fått ett brev om inkomstkontroll vad ska vi skicka in"],
        det=["det är ju nästan dubbelt mot förra månaden", "vi har inte råd med det här just nu",
             "jag har inloggning till e-tjänsten men hittar inte",
             "det står att sista betalningsdag är {ordinal_dag}",
             "jag tjänar ungefär {belopp_lon} i månaden"],
        aside=["fakturan för förskolan verkar konstig", "var anmäler man ny inkomst förresten",
               "hur blir det med förskoleavgiften under sommaren"]),

    "gatubelysning": dict(
        weight=6.0, felanmalan=0.75, months=[30, 25, 18, 12, 8, 7],
        bg=["jag går hem från bussen {klock} på kvällen",
            "det är helt kolsvart där nu när det är vinter",
            "vi är många som går där med barnvagn och hundar",
            "mina barn går den vägen till skolan på morgonen",
            "jag har sett det i flera veckor men ingen har gjort något"],
        core=["gatlampan utanför {gata} nummer {husnr} lyser inte",
              "det är flera lyktstolpar längs gång och cykelvägen {plats} som är släckta",
              "lampan blinkar hela tiden på och av det är jättestörande",
              "belysningen {plats} lyser mitt på dagen men är släckt på natten",
              "en lyktstolpe har blivit påkörd och lutar ut över vägen",
              "hela gatan är mörk sen {nar} det är ingen lampa som fungerar",
              "det hänger en lös kabel från en lyktstolpe {plats}",
              "lampan i tunneln under vägen är trasig och det känns otryggt",
              "är det ni eller elbolaget som har hand om gatlamporna",
              "luckan på stolpen är borta och man ser sladdarna",
              "det surrar och lyser svagt rött i lampan utanför oss",
              "elljusspåret {plats} är släckt fast det ska vara tänt till tio",
              "kan man få en lampa till på vår gata det är så mörkt mellan husen"],
        det=["stolpen har ett nummer på men jag kan inte läsa det",
             "det är den tredje stolpen från korsningen", "det är farligt för barnen",
             "jag anmälde det i appen men inget hände", "det har varit så i {antal_veckor}"],
        aside=["gatlampan utanför oss är trasig också",
               "sen är det en lyktstolpe som blinkar {plats}",
               "det är mörkt på gångvägen lamporna är släckta"]),

    "parkeringsbot": dict(
        weight=8.0, felanmalan=0.05, months=[20, 18, 16, 15, 15, 16],
        bg=["jag var och handlade {plats} {nar}",
            "jag hade ställt bilen på {gata} i typ tio minuter bara",
            "jag var på vårdcentralen och det drog ut på tiden",
            "jag har handikapptillstånd och det låg i rutan",
            "jag har bott här i {antal_ar} och aldrig fått en lapp förut"],
        core=["jag har fått en parkeringsbot som jag tycker är helt fel",
              "jag hade p skivan framme men fick ändå en lapp",
              "skylten var täckt av snö så man kunde inte se att det var förbud",
              "hur bestrider jag en parkeringsanmärkning",
              "boten var på {belopp_bot} och jag stod där i fem minuter",
              "jag har fått en påminnelse med förseningsavgift men aldrig fått själva lappen",
              "lappen måste ha blåst bort för jag hittade ingen på rutan",
              "jag betalade i appen men fick böter ändå",
              "det var servicedag för gatan men det stod inget datum på skylten",
              "jag fick en bot på min egen parkering utanför huset",
              "parkeringsvakten skrev lapp när jag lastade ur möbler",
              "automaten fungerade inte så jag kunde inte betala",
              "vart skickar man bilder som bevis om en parkeringsbot",
              "jag vill överklaga kontrollavgiften för det var en lånebil"],
        det=["jag har kvittot kvar", "registreringsnumret börjar på {regnr}",
             "jag har bilder på skylten", "det känns väldigt orättvist",
             "sista dag att betala är {ordinal_dag}"],
        aside=["jag fick en parkeringsbot som jag tycker är fel",
               "hur bestrider man en p bot förresten",
               "jag har en lapp på bilen också som jag inte förstår"]),

    "boendeparkering": dict(
        weight=5.0, felanmalan=0.03, months=[22, 16, 16, 16, 15, 15],
        bg=["jag har flyttat till {gata} i centrum",
            "vi har ingen egen parkering på gården",
            "jag har haft boendeparkering i {antal_ar}", "jag har bytt bil {nar}",
            "vi har hantverkare hemma i {antal_veckor}"],
        core=["hur ansöker man om boendeparkering",
              "mitt tillstånd går ut {ordinal_dag} hur förnyar jag det",
              "jag har bytt bil och behöver ändra registreringsnumret på tillståndet",
              "vilken zon gäller för {gata} får jag stå på gatan bredvid",
              "vad kostar boendeparkeringen per månad nu",
              "finns det något gästtillstånd så att hantverkarna kan parkera",
              "jag har tillstånd men det finns aldrig några lediga platser",
              "kan man få boendeparkering fast bilen är en tjänstebil",
              "jag har sökt tillstånd men inte fått något beslut än",
              "det står en summa på fakturan för boendeparkeringen som inte stämmer",
              "får man ha två bilar på samma boendeparkeringstillstånd",
              "jag ska flytta vad händer med mitt parkeringstillstånd",
              "kan man få ett tillfälligt tillstånd medan man renoverar"],
        det=["det är ett leasingavtal", "registreringsnumret börjar på {regnr}",
             "vi har bara en bil", "jag jobbar hemifrån så bilen står mest still"],
        aside=["hur förnyar jag min boendeparkering",
               "sen har jag bytt bil så tillståndet måste ändras",
               "vad kostar boendeparkering nu förresten"]),

    "vatten_avlopp": dict(
        weight=9.0, felanmalan=0.65, months=[18, 16, 17, 16, 16, 17],
        bg=["jag vaknade {klock} och skulle duscha", "vi bor i villa på {gata}",
            "vi har kommunalt vatten och avlopp",
            "det har grävts på gatan utanför i {antal_veckor}",
            "vi har en liten bebis hemma så vi är lite oroliga",
            "jag har pratat med grannarna och de har samma sak"],
        core=["vi har inget vatten alls i kranen sen {klock}",
              "vattnet är brunt och luktar konstigt när man spolar",
              "det sprutar upp vatten ur asfalten på {gata}",
              "det är väldigt lågt tryck i vattnet sen {nar}",
              "avloppet har slagit tillbaka i källaren och det luktar hemskt",
              "vi har stopp i avloppet och rörmokaren säger att det är på kommunens sida",
              "brunnen i gatan {plats} är full och vattnet står jättehögt när det regnar",
              "kan man dricka vattnet eller ska vi koka det",
              "vattenmätaren ska bytas men ingen har hört av sig om tid",
              "det rinner vatten ur en lucka i gräset {plats}",
              "det luktar avlopp på hela gatan speciellt på kvällarna",
              "vattnet är avstängt men vi fick ingen information om det",
              "vattenfakturan är jättehög jag tror att det läcker någonstans",
              "det kommer luftbubblor och vitt vatten ur kranen"],
        det=["vi har barn hemma som behöver äta", "det är {gata} nummer {husnr}",
             "grannen har också problem", "har ni någon vattentank man kan hämta vatten i",
             "det var samma sak för {antal_veckor} sen"],
        aside=["vattnet har varit lite brunt också", "sen luktar det avlopp ibland i källaren",
               "vi hade lågt vattentryck förra veckan också"]),

    "fardtjanst": dict(
        weight=6.0, felanmalan=0.1, months=[20, 17, 16, 16, 15, 16],
        bg=["min mamma är nittio år och har färdtjänst", "jag sitter i rullstol sen en stroke",
            "jag bokade resan {nar} som vanligt", "jag skulle till sjukhuset {klock}",
            "jag har svårt att gå och kan inte åka buss"],
        core=["färdtjänstbilen kom aldrig och jag missade min tid",
              "hur ansöker man om färdtjänst",
              "chauffören körde en jättekonstig väg och det tog en timme",
              "kan jag få ha med mig en ledsagare i färdtjänsten",
              "jag vill klaga på bemötandet från chauffören",
              "mitt färdtjänsttillstånd går ut snart hur förlänger jag det",
              "jag ska hälsa på min syster i {stad} får man åka färdtjänst dit",
              "vad kostar en färdtjänstresa nu jag fick betala {belopp_liten}",
              "bilen kom fyrtio minuter för sent och jag fick stå ute i kylan",
              "jag har fått avslag på färdtjänst och vill överklaga",
              "kan man ta med sig permobilen i färdtjänsten",
              "jag blev sittande i bilen en halvtimme medan de hämtade andra",
              "får mitt barnbarn följa med i färdtjänstbilen"],
        det=["jag har ett tillståndsnummer någonstans", "jag är inte ensam om det här",
             "telefonen till beställningen svarar aldrig", "jag är så trött på det"],
        aside=["färdtjänstbilen var sen igen {nar}", "hur förlänger jag färdtjänsten förresten",
               "sen undrar jag om färdtjänst till {stad}"]),

    "borgerlig_vigsel": dict(
        weight=2.0, felanmalan=0.0, months=[8, 10, 16, 20, 24, 22],
        bg=["jag och min sambo ska gifta oss i {manad}", "vi vill inte gifta oss i kyrkan",
            "vi har varit tillsammans i {antal_ar} och tänkte att nu är det dags",
            "min fästman kommer från {land}"],
        core=["hur bokar man en borgerlig vigsel hos er",
              "kan vi få en vigselförrättare som kommer {plats}",
              "vi har fått hindersprövningen från skatteverket vad gör vi nu",
              "finns det någon tid för vigsel på en lördag i {manad}",
              "måste man ha vittnen med sig och hur många",
              "vad kostar det att gifta sig borgerligt i kommunen",
              "kan vigseln vara på engelska för min partner pratar inte svenska",
              "vi vill gifta oss ute i stadsparken är det möjligt",
              "vi hade bokat vigsel men behöver flytta datumet",
              "hur lång tid innan måste man boka vigselförrättare",
              "kan vi skriva egna löften i ceremonin",
              "vi vill gifta oss på rådhuset bara vi två och vittnena",
              "vilka papper behöver vi ta med till vigseln"],
        det=["det blir bara ett tiotal gäster", "helst på eftermiddagen",
             "vi är lite stressade över det", "datumet betyder mycket för oss"],
        aside=["sen undrar jag hur man bokar borgerlig vigsel",
               "vi ska gifta oss också förresten kan ni boka vigsel"]),

    "odlingslott": dict(
        weight=2.5, felanmalan=0.05, months=[5, 10, 25, 30, 20, 10],
        bg=["jag bor i lägenhet och saknar att odla",
            "jag har haft en lott vid {koloni} i {antal_ar}",
            "vi är en familj som gärna vill odla egna grönsaker",
            "jag gick förbi odlingarna {nar}"],
        core=["hur ställer man sig i kö för en odlingslott",
              "hur lång är kön till kolonilotterna vid {koloni}",
              "när sätter ni på vattnet till odlingslotterna",
              "lotten bredvid min är helt igenvuxen och ogräset sprider sig",
              "jag vill säga upp min odlingslott",
              "får man sätta upp ett litet växthus på lotten",
              "jag har fått en faktura för lotten men den är redan uppsagd",
              "någon har tagit våra verktyg ur förrådet vid odlingarna",
              "kan man få en mindre lott eller dela med någon",
              "var ska man slänga trädgårdsavfallet från lotterna containern är full",
              "det har kommit rådjur och ätit upp allt kan man få stängsel",
              "vi vill starta en odling på gården i vårt bostadsområde vem pratar man med",
              "när plöjs lotterna i vår"],
        det=["jag är pensionär och har tid", "det är lott nummer {lottnr}",
             "jag har stått i kön sen förra året"],
        aside=["hur ställer man sig i kö för odlingslott",
               "sen när kommer vattnet på vid odlingslotterna"]),

    "doda_djur": dict(
        weight=3.0, felanmalan=0.7, months=[10, 10, 16, 20, 22, 22],
        bg=["jag var ute och gick med hunden {nar}", "jag cyklade till jobbet {klock} i morse",
            "barnen hittade det när de lekte",
            "det har legat där ett tag tror jag för det luktar"],
        core=["det ligger ett dött rådjur i diket vid {gata}",
              "det ligger en död grävling på cykelvägen {plats}",
              "vi har hittat flera döda fåglar {plats} kan det vara fågelinfluensa",
              "en katt har blivit överkörd utanför vårt hus vem ska man ringa",
              "det flyter en död svan i dammen {plats}",
              "vem tar hand om döda djur som ligger på kommunens mark",
              "det ligger en död räv på lekplatsen {plats}",
              "det ligger massor av döda fiskar vid strandkanten {plats}",
              "jag körde på ett rådjur {nar} och det ligger kvar vid vägen",
              "det ligger en död mås mitt på skolgården",
              "det ligger ett dött djur i vår trädgård jag tror det är en hare",
              "en död igelkott har legat på trottoaren {plats} i flera dagar",
              "det ligger en död råtta i soprummet i vår förening"],
        det=["det luktar jättemycket", "jag vill inte att barnen ska gå dit",
             "jag har inte rört den", "hundarna drar dit hela tiden",
             "jag ringde polisen först men de hänvisade hit"],
        aside=["sen ligger det en död fågel {plats}",
               "förresten ligger det ett dött rådjur vid vägen"]),

    "sotning": dict(
        weight=3.0, felanmalan=0.05, months=[20, 18, 16, 16, 15, 15],
        bg=["vi har en kakelugn i vardagsrummet", "vi har köpt ett gammalt hus med vedpanna",
            "vi eldar bara i braskaminen ibland på helgerna",
            "jag fick ett brev {nar} om att sotaren skulle komma"],
        core=["sotaren skulle ha kommit {nar} men ingen kom",
              "jag har fått en tid för sotning men jobbar den dagen kan man flytta den",
              "hur ofta måste man sota en braskamin",
              "vi har slutat elda i pannan behöver vi fortfarande sotning",
              "vi fick en anmärkning vid brandskyddskontrollen vad betyder den",
              "fakturan för sotningen är dyrare än förra gången",
              "får man sota själv på sin egen stuga",
              "när kommer brandskyddskontrollen nästa gång",
              "vi har installerat en ny kamin vem ska besiktiga den",
              "sotaren sa att skorstenen har sprickor måste vi laga den",
              "vi har köpt ett hus och vet inte när det sotades senast",
              "kan sotaren komma och titta på spisen det ryker in",
              "vi vill avregistrera eldstaden vi använder den inte längre"],
        det=["vi har ingen som kan vara hemma", "huset är byggt på femtiotalet",
             "det är en öppen spis också", "vi vill inte att det ska börja brinna"],
        aside=["när kommer sotaren nästa gång",
               "sen undrar jag om sotningen av braskaminen"]),
}

# ---------------------------------------------------------------------------
# generic call parts
# ---------------------------------------------------------------------------

OPENINGS = ["ja hej", "hej hej", "hej", "ja hallå", "ja hej jag heter {namn}",
            "hej det är {namn} här", "god morgon", "hej ja jag ringer för att", "ja hej du",
            "ehm hej", "hallå hallå hörs jag", "hej ja {namn} heter jag", "tjena",
            "hej jag heter {namn} och bor på {gata}", "ja goddag", "hej hej ja det är {namn}",
            "ja hej hej", "hallå"]
GENERIC_BG = ["jag vet inte om jag har kommit rätt nu",
              "jag har försökt hitta på hemsidan men hittar inte",
              "jag har ringt flera gånger men det har varit kö",
              "min man sa att jag skulle ringa hit",
              "jag ringer för min mammas räkning hon hör så dåligt",
              "jag har bott här i kommunen i {antal_ar}",
              "jag har ringt om det här förut faktiskt",
              "jag har lite bråttom så jag ska försöka vara kort",
              "jag är inte så bra på datorer så jag ringer istället",
              "det här har pågått ett tag nu",
              "jag försökte mejla men fick inget svar",
              "det är lite krångligt att förklara",
              "grannen tyckte att jag skulle ringa",
              "jag står i bilen nu så det kanske brusar lite",
              "jag ringer från jobbet så jag kan inte prata så länge"]
TRANSITIONS = ["och det är så att", "så jag undrar", "och nu är det så att", "och grejen är att",
               "i alla fall", "men i alla fall", "så", "och då undrar jag liksom",
               "så jag ringer för att", "och nu", "men alltså", "ja och"]
FALSE_STARTS = ["jag undrar eh nej vänta", "det är så att det är så att", "vi har eh eller jag har",
                "alltså det eh", "jag skulle bara eh", "vänta nu", "hur ska jag säga",
                "nej men", "jag ringde för att eh ja", "det det"]
ASIDE_INTROS = ["och sen en annan grej", "ja och så undrar jag en sak till",
                "och medan jag har dig", "sen en liten sak bara", "och en annan sak förresten",
                "ah just det och", "och så", "ja och sen"]
CLOSINGS = ["tack", "tack så mycket", "ja tack hej", "tack hej hej", "ok tack",
            "det var väl det", "kan ni ringa upp mig", "kan någon ringa tillbaka",
            "ja det var det jag ville", "tack för hjälpen", "tackar", "hej då", "", "", "",
            "mitt nummer har ni väl", "ja så det var det", "jätte tack", "tack snälla",
            "ja tack ska du ha", "okej ja tack"]
FILLERS = ["eh", "ehm", "alltså", "liksom", "typ", "ja asså", "asså", "du vet", "öh", "hm",
           "va", "så här", "eh eh", "ja", "nämen"]

# similar-sounding misrecognitions and split forms produced by speech-to-text
MISHEAR = {
    "jag": ["ja"], "och": ["å", "o"], "att": ["å"], "det": ["de"], "dem": ["dom"],
    "plogat": ["plockat", "plogga"], "plogbilen": ["plog bilen", "blockbilen"],
    "ploga": ["plocka"], "sandats": ["sandat", "sanda"], "kärlet": ["kärret", "tjärlet"],
    "kärl": ["tjärl", "kärr"], "tunnan": ["tonnan", "tunna"], "soporna": ["sopporna"],
    "tömt": ["tömd", "dömt"], "tömde": ["dömde"], "bygglov": ["bygg lov", "byggd lov"],
    "altan": ["alltan", "al tan"], "attefallshus": ["attefalls hus", "atte falls hus"],
    "förskolan": ["för skolan"], "förskola": ["för skola"],
    "inskolningen": ["in skolningen"], "avgiften": ["av giften"],
    "fakturan": ["faktorn", "fakturor"], "lyktstolpe": ["lykt stolpe", "likt stolpe"],
    "lyktstolpar": ["lykt stolpar"], "gatlampan": ["gat lampan", "kattlampan"],
    "parkeringsbot": ["parkerings bot"], "boten": ["båten"], "bot": ["båt"],
    "lappen": ["lampen", "lappe"], "tillstånd": ["till stånd"],
    "tillståndet": ["till ståndet"], "avloppet": ["av loppet"], "vattnet": ["vatten"],
    "färdtjänst": ["färd tjänst", "fär tjänst"], "färdtjänsten": ["färd tjänsten"],
    "vigsel": ["viksel"], "vigseln": ["vikseln"],
    "hindersprövningen": ["hinders prövningen", "hinder prövningen"],
    "vigselförrättare": ["vigsel förrättare", "viksel förrättare"],
    "odlingslott": ["odlings lott"], "lotten": ["lådden", "lotto"],
    "rådjur": ["rå djur"], "grävling": ["grävlig"], "sotaren": ["sotarn", "så taren"],
    "sotning": ["sottning", "sot ning"], "kommunen": ["kommun en"], "grannen": ["granen"],
    "brevlåda": ["brev låda"], "vägen": ["väggen"], "gatan": ["katan"], "halt": ["hallt"],
    "uppfart": ["upp fart"], "uppfarten": ["upp farten"], "trottoaren": ["trottoar en"],
    "hej": ["ej", "he"], "ringde": ["ringe"], "skylten": ["skyllten", "skulden"],
    "braskaminen": ["bras kaminen"], "skorstenen": ["skor stenen"],
    "ansökan": ["an sökan", "ansöka"], "snövallen": ["snö vallen"], "isgata": ["is gata"],
    "busshållplatsen": ["buss hållplatsen"], "inkomstuppgift": ["inkomst uppgift"],
    "syskonförtur": ["syskon för tur"], "boendeparkering": ["boende parkering"],
    "registreringsnumret": ["registrerings numret"],
    "kontrollavgiften": ["kontroll avgiften"], "maxtaxan": ["max taxan", "mack taxan"],
    "chauffören": ["schaffören", "chaufför en"], "startbesked": ["start besked"],
    "friggebod": ["frigge bod", "friggebo"], "rullator": ["rollator"],
    "sopbilen": ["sop bilen", "soppbilen"], "matavfallet": ["mat avfallet"],
}
FUNCTION_WORDS = {"jag", "och", "att", "det", "dem", "hej"}
STEMS = sorted(["snö", "sop", "plog", "bygg", "gatu", "vatten", "färdtjänst", "avfalls",
                "hushålls", "kommun", "parkerings", "boende", "lykt", "brandskydds", "inkomst",
                "matavfalls", "trädgårds", "vigsel", "odlings", "koloni", "barn", "brev",
                "gång", "cykel", "buss", "tomt", "förskole", "fastighets", "tillstånds",
                "elljus", "kontroll", "betalnings", "registrerings", "handikapp", "grund",
                "skol", "ved", "kakel", "vård", "vatten", "färg"], key=len, reverse=True)


def _split_compound(word: str, rng: random.Random) -> str:
    if len(word) < 9:
        return word
    for s in STEMS:
        if word.startswith(s) and len(word) - len(s) >= 4:
            return s + " " + word[len(s):]
    return word


def speechify(segments: list[str], rng: random.Random) -> str:
    """Turn clean segments into a noisy speech-to-text transcript."""
    joined = []
    for i, seg in enumerate(segments):  # noqa: B007
        if not seg:
            continue
        if joined and rng.random() < 0.25:
            joined.append(rng.choice(FILLERS))
        joined.append(seg)
    text = " ".join(joined).lower()
    text = re.sub(r"[.,!?;:\"()\-]", " ", text)
    toks = text.split()
    out: list[str] = []
    for tok in toks:
        w = tok
        if w in MISHEAR:
            p = 0.07 if w in FUNCTION_WORDS else 0.22
            if rng.random() < p:
                w = rng.choice(MISHEAR[w])
        elif rng.random() < 0.18:
            w = _split_compound(w, rng)
        if rng.random() < 0.035:
            out.append(rng.choice(FILLERS))
        out.append(w)
        if rng.random() < 0.025:  # stutter / repetition
            out.append(w)
    if len(out) > 12 and rng.random() < 0.03:  # call cut off / recognition dropped the end
        out = out[: rng.randint(len(out) * 3 // 4, len(out) - 1)]
    return " ".join(out)


# ---------------------------------------------------------------------------
# generator
# ---------------------------------------------------------------------------

CHANNELS = ("telefon kontaktcenter", "telefon felanmälan")
_MONTH_DAYS = [31, 28, 31, 30, 31, 30]


def _pick_date(theme: dict, rng: random.Random) -> str:
    m = rng.choices(range(6), weights=theme["months"])[0]
    d = rng.randint(1, _MONTH_DAYS[m])
    return _dt.date(2026, m + 1, d).isoformat()


def _allocate(rows: int) -> list[str]:
    names = list(THEMES)
    total = sum(THEMES[n]["weight"] for n in names)
    raw = [rows * THEMES[n]["weight"] / total for n in names]
    counts = [int(x) for x in raw]
    rest = rows - sum(counts)
    order = sorted(range(len(names)), key=lambda i: raw[i] - counts[i], reverse=True)
    for i in order[:rest]:
        counts[i] += 1
    labels: list[str] = []
    for n, c in zip(names, counts, strict=False):
        labels.extend([n] * c)
    return labels


def _make_note(theme_id: str, rng: random.Random) -> str:
    th = THEMES[theme_id]
    segs: list[str] = [rng.choice(OPENINGS)]
    if rng.random() < 0.85:  # background before the actual question
        bgs: list[str] = []
        if rng.random() < 0.45:
            bgs.append(rng.choice(GENERIC_BG))
        k = rng.choices([0, 1, 2], weights=[15, 55, 30])[0]
        bgs.extend(rng.sample(th["bg"], min(k, len(th["bg"]))))
        rng.shuffle(bgs)
        segs.extend(bgs)
        if rng.random() < 0.6:
            segs.append(rng.choice(TRANSITIONS))
    if rng.random() < 0.3:
        segs.append(rng.choice(FALSE_STARTS))
    segs.append(rng.choice(th["core"]))
    k = rng.choices([0, 1, 2], weights=[30, 50, 20])[0]
    segs.extend(rng.sample(th["det"], min(k, len(th["det"]))))
    if rng.random() < 0.15:  # a second, smaller matter of another theme
        other = rng.choice([t for t in THEMES if t != theme_id])
        segs.append(rng.choice(ASIDE_INTROS))
        segs.append(rng.choice(THEMES[other]["aside"]))
    segs.append(rng.choice(CLOSINGS))
    segs = [fill(s, rng) for s in segs]
    return speechify(segs, rng)


def make_log(rows: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(f"samtal-{seed}")
    labels = _allocate(rows)
    rng.shuffle(labels)
    out = []
    for lab in labels:
        th = THEMES[lab]
        text = _make_note(lab, rng)
        datum = _pick_date(th, rng)
        kanal = CHANNELS[1] if rng.random() < th["felanmalan"] else CHANNELS[0]
        out.append({"utskrift": text, "datum": datum, "kanal": kanal, "true_theme": lab})
    return out


def main() -> None:
    write_log_cli(make_log, __doc__, "utskrift")


if __name__ == "__main__":
    main()
