"""Labelled test-log generator imitating a Swedish municipality's citizen app and its
social-media inbox (Facebook/Instagram DMs and comments), January-June 2026.
Notes are very short to medium and informal: emoji, hashtags, sarcasm, rhetorical questions,
typos, teenage slang, English words and some notes fully in English from newcomers; many app
notes start with an (often wrong, often 'Övrigt') app category, some carry a '[bild]'
placeholder and a place. About 15 % add a smaller second matter; the label is the main matter.
"""

from __future__ import annotations

import random
import re

from check_log_cli import write_log_cli

# --------------------------------------------------------------------------- slots
SLOTS: dict[str, list[str]] = {
    "gata": [
        "Storgatan", "Kyrkogatan", "Drottninggatan", "Skolgatan", "Björkvägen", "Ringvägen",
        "Järnvägsgatan", "Industrivägen", "Lärkvägen", "Tallstigen", "Ekbacken", "Parkvägen",
        "Mejerigatan", "Stationsvägen", "Västra Långgatan", "Norra Allén", "Badhusvägen",
        "Hamngatan", "Kvarngatan", "Smedjegatan", "Granvägen", "Sjövägen", "Åkervägen",
        "Prästgårdsvägen", "Lingonstigen", "Villagatan", "Torggatan", "Fabriksgatan",
    ],
    "omrade": [
        "centrum", "Norrby", "Västerängen", "Österåsen", "Backa", "Kvarnbyn", "Hagalund",
        "Sjöstaden", "Lindås", "Bergsbo", "Tallbacken", "Ekeby", "Solhem", "gamla stan",
        "industriområdet", "Stationsområdet", "Råby", "Öster", "Mossen", "Furulund",
    ],
    "park": [
        "Stadsparken", "Folkets park", "Rosenparken", "Hembygdsparken", "Ekbackens park",
        "Kvarnparken", "Lindparken", "Åparken", "Slottsparken", "parken vid ån",
    ],
    "skola": [
        "Centralskolan", "Västerskolan", "Ekebyskolan", "Norrbyskolan", "Kvarnbyskolan",
        "Solhemsskolan", "Lindåsskolan", "Backaskolan", "Furulundsskolan",
    ],
    "plats": [
        "ICA", "Coop", "biblioteket", "busstationen", "vårdcentralen", "idrottsplatsen",
        "sporthallen", "pizzerian", "Systemet", "pendelparkeringen", "hamnen", "kyrkan",
        "rondellen", "macken", "simhallen", "torget", "Lidl", "järnvägsstationen",
        "fritidsgården", "äldreboendet", "gymmet", "kommunhuset", "Willys",
    ],
    "plats_en": [
        "the bus station", "ICA", "the library", "the school", "the square",
        "the health centre", "the train station", "Lidl", "the sports hall", "the church",
    ],
    "bad": [
        "Sjöbadet", "Strandängen", "Kvarnsjöbadet", "Badviken", "Norrviken", "Tallnäsbadet",
        "Lillsjöbadet", "Sandviken", "Ekuddens bad",
    ],
    "hamn": [
        "småbåtshamnen", "Norra hamnen", "Västra bryggan", "gästhamnen", "kanalhamnen",
        "båthamnen i Sjöstaden", "Ekuddens brygga",
    ],
    "tid": [
        "i morse", "igår kväll", "i natt", "igår", "i förrgår", "sen i söndags",
        "hela veckan", "i flera dagar", "sen i måndags", "nu i helgen", "i snart en vecka",
        "sen förra veckan", "flera gånger nu",
    ],
    "tid_en": [
        "since yesterday", "for three days", "this morning", "all week", "since the weekend",
        "for a long time", "again today",
    ],
    "veckodag": ["måndags", "tisdags", "onsdags", "torsdags", "fredags", "lördags", "söndags"],
    "dag": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "klockan": [
        "halv sju", "kl 07.15", "vid åtta", "kvart över sju", "sju på morgonen", "10 över 7",
        "tjugo i åtta",
    ],
    "manad": ["april", "maj", "juni", "augusti", "september"],
    "arskurs": ["ettan", "tvåan", "trean", "fyran", "femman", "sexan", "förskoleklass"],
    "namn": [
        "Anna", "Erik", "Maria", "Johan", "Sara", "Lars", "Fatima", "Ahmed", "Elin", "Mikael",
        "Karin", "Oskar", "Lina", "Ali", "Emma", "Jonas", "Sofia", "Peter", "Maja", "Hassan",
        "Ingrid", "Björn", "Nadia", "Tomas", "Eva", "Linnea", "Per", "Amira", "Olle", "Agnes",
        "Dragan", "Ewa", "Yusuf", "Leila", "Göran", "Ulla", "Kenneth", "Samira", "Nils",
    ],
}


def _num(rng: random.Random, name: str) -> str:
    if name == "n":
        return str(rng.randint(2, 12))
    if name == "belopp":
        return str(rng.choice([450, 800, 1200, 1500, 2400, 3800, 6500, 9000, 12000, 18500]))
    if name == "km":
        return rng.choice(["2,5", "3", "3,8", "4", "4,5", "5", "6", "7"])
    if name == "arende":
        return f"BYGG {rng.choice(['2025', '2026'])}-{rng.randint(10, 999):04d}"
    if name == "stolpnr":
        return f"{rng.choice(['GB', 'B', 'L'])}{rng.randint(100, 4999)}"
    if name == "minuter":
        return str(rng.choice([15, 20, 25, 30, 40, 45]))
    if name == "grader":
        return str(rng.randint(14, 23))
    raise KeyError(name)


_SLOT_RE = re.compile(r"\{(\w+)\}")


def fill(template: str, rng: random.Random) -> str:
    def rep(m: re.Match) -> str:
        key = m.group(1)
        if key in SLOTS:
            return rng.choice(SLOTS[key])
        return _num(rng, key)

    return _SLOT_RE.sub(rep, template)


# --------------------------------------------------------------------------- themes
# months: weights for Jan..Jun 2026.  cats: fitting app categories.
THEMES: dict[str, dict] = {
    "snorojning": {
        "weight": 16, "months": [34, 30, 20, 6, 1, 1],
        "cats": ["Snö & halka", "Gata & trafik"],
        "emoji": ["❄️", "⛄", "🧊", "🥶", "☃️"],
        "tags": ["#snökaos", "#halka", "#plogning", "#vinter", "#skotta"],
        "leads": ["Angående snön.", "Vinterväghållningen igen...", "Ang plogning:", "Snöröjningen!!",
                  "Om halkan."],
        "core": [
            "Det har inte plogats på {gata} {tid}.",
            "Plogbilen har kört förbi hela {omrade} men vår gata är fortfarande full av snö.",
            "Varför sandas det aldrig på gångbanan längs {gata}? Det är spegelblankt.",
            "Snövallen som plogen lämnade blockerar vår utfart, vi kommer inte ut med bilen.",
            "Cykelbanan vid {plats} är inte skottad, man får cykla ute i bilvägen.",
            "Min mamma halkade utanför {plats} i morse, det är livsfarlig is där.",
            "Halkbekämpning?? Finns det ens något grus kvar i kommunen",
            "Plogen kom {klockan} och skrapade upp halva gräsmattan och tog vår brevlåda.",
            "Bussen kommer inte fram på {gata} eftersom det inte är plogat.",
            "Gångvägen till {skola} är bara is, ungarna ramlar hela tiden.",
            "Det ligger en halvmeter snö på trottoaren, barnvagnen fastnar.",
            "När ska ni röja snö i {omrade}? Vi har väntat i {n} dagar.",
            "Traktorn som skottar trottoarerna kör alldeles för fort förbi {plats}.",
            "Snöhögarna i korsningen vid {gata} är så höga att man inte ser bilarna som kommer.",
            "Busshållplatsen vid {plats} är inte skottad, man får stå i snödrivan.",
            "Trappan ner till {park} är isig och ingen har grusat.",
            "Det är isgata på hela {gata}, folk går i vägen istället.",
        ],
        "short": ["plogning på {gata}??", "halt som fan vid {plats}", "ingen har skottat i {omrade}",
                  "SANDA vid {plats} tack", "snövall i utfarten igen"],
        "details": [
            "Har ringt två gånger redan.", "Det är mest äldre som bor här.",
            "Vi betalar ju samma skatt som de i centrum.", "Grannen har rullator och kommer inte ut.",
            "Det är sjätte gången i vinter.", "Hemtjänsten kommer inte fram.",
            "Såg plogbilen köra förbi utan att ens sänka plogen.",
            "Det är kommunens gata, inte vägföreningens, jag har kollat.",
            "Det töade igår och frös på i natt så nu är det rena skridskobanan.",
        ],
        "questions": ["Vem ansvarar för det här?", "Ska vi skotta själva eller?",
                      "Kan någon komma ut idag?", "Hur prioriterar ni egentligen?",
                      "Måste någon bryta benet först?"],
        "en": [
            "The sidewalk on {gata} has not been cleared of snow {tid_en}.",
            "It is so icy near {plats_en}, my kid fell twice. Can you put some gravel?",
            "The snow plow blocked our driveway with a huge pile of snow.",
            "The bike path in {omrade} is not cleared, I have to ride on the road.",
            "When will you clear the snow on our street? We have waited for days.",
        ],
        "side": ["Det är inte plogat på {gata} heller.", "Trottoaren vid {plats} är spegelhal.",
                 "Kan ni sanda vid {plats} också.", "Snövallen vid vår infart är en meter hög nu."],
        "side_en": ["Also the sidewalk is very icy.", "And the snow on our street is still not cleared."],
    },
    "vaghal": {
        "weight": 9, "months": [8, 12, 24, 26, 18, 12],
        "cats": ["Gata & trafik"],
        "emoji": ["🕳️", "🚗", "😤", "🛞"],
        "tags": ["#potthål", "#gropar", "#vägarna", "#asfalt"],
        "leads": ["Gällande vägen.", "Om vägunderhållet:", "Hål i vägen!", "Gatuunderhåll?"],
        "core": [
            "Det är ett jättehål i vägen på {gata}, höll på att få punka.",
            "Potthålen på {gata} blir bara större och större.",
            "Asfalten har spruckit upp vid {plats}, det är en kant som cyklisterna åker ner i.",
            "Ett brunnslock sticker upp flera cm i korsningen {gata}/{gata}.",
            "Kantstenen har lossnat vid {plats} och stenarna ligger ute i gatan.",
            "Min fälg gick sönder i ett hål vid rondellen, vem ersätter det?",
            "Gropen utanför {plats} har funnits sen i höstas, lagar ni nånsin vägar?",
            "Gatstenen på torget är lös och skramlar, min pappa snubblade.",
            "Grusvägen till {omrade} är helt sönderkörd, bara gropar och lera.",
            "Tjälskott på {gata}, det är som att åka berg-och-dalbana.",
            "Vägen är så ojämn att bussen skumpar och folk nästan ramlar.",
            "Ni lagade hålet på {gata} förra månaden och nu är det tillbaka.",
            "Det har sjunkit ihop runt en dagvattenbrunn på {gata}, ser ut som vägen håller på att rasa.",
            "Kantstenen vid övergångsstället på {gata} är trasig, det går inte att komma fram med rullstol.",
            "Cykelbanan längs {gata} har rötter som trycker upp asfalten, man flyger nästan av cykeln.",
        ],
        "short": ["hål i vägen {gata}", "potthål vid {plats}!!", "laga vägen till {omrade} tack",
                  "gropen är tillbaka på {gata}"],
        "details": [
            "Det är mörkt så man ser det inte förrän man är i det.", "Har tagit kort.",
            "Det fylls med vatten när det regnar så man ser inte hur djupt det är.",
            "Någon har ställt dit en kon men den har blåst bort.",
            "Reparationen av bilen kostade {belopp} kr.", "Det är ca en halvmeter brett.",
        ],
        "questions": ["Hur söker man skadestånd?", "När lagas det?",
                      "Är det kommunens eller Trafikverkets väg?",
                      "Kan ni sätta upp en skylt åtminstone?"],
        "en": [
            "There is a huge pothole on {gata}, I almost damaged my car.",
            "The road to {omrade} is full of holes.",
            "A manhole cover is sticking up near {plats_en}, dangerous for bikes.",
            "Who pays for my tyre? I hit a pothole on {gata}.",
            "The asphalt is broken at the crossing, a wheelchair cannot pass.",
        ],
        "side": ["Det är ett stort hål i vägen vid {plats} också.", "Asfalten på {gata} är helt sönder.",
                 "Kolla gropen på {gata} medan ni ändå är ute.", "Brunnslocket vid {plats} sticker upp."],
        "side_en": ["Also there is a big pothole on {gata}.", "The road near {plats_en} is broken too."],
    },
    "gatlyktor": {
        "weight": 8, "months": [30, 26, 20, 12, 6, 4],
        "cats": ["Belysning", "Gata & trafik"],
        "emoji": ["💡", "🔦", "🌑", "😬"],
        "tags": ["#mörkt", "#gatlampa", "#otryggt", "#belysning"],
        "leads": ["Felanmälan belysning.", "Gatlampa!", "Om belysningen:", "Mörkt igen..."],
        "core": [
            "Gatlampan utanför {gata} {n} är trasig.",
            "Hela gatubelysningen längs {gata} är släckt {tid}.",
            "Det är kolsvart på gångvägen genom {park}, ingen lampa funkar.",
            "Lyktstolpen vid {plats} blinkar hela natten, som ett disco.",
            "En belysningsstolpe lutar farligt efter att en bil kört på den på {gata}.",
            "Lampan vid busshållplatsen på {gata} har varit död i veckor.",
            "Varför lyser gatlamporna mitt på dagen på {gata}? Vilket slöseri.",
            "Tre lampor i rad är släckta på cykelvägen mot {skola}, barnen cyklar i mörker.",
            "Gatljuset i vår återvändsgränd har slocknat igen.",
            "Det ligger en lampkupa på marken vid {plats} och stolpen står och sprakar.",
            "Belysningen i gångtunneln under {gata} är sönder, känns otryggt att gå där.",
            "Luckan på en lyktstolpe i {park} står öppen och kablarna sticker ut.",
            "Lampan vid övergångsstället på {gata} har gått sönder, bilisterna ser inte oss gående.",
            "Belysningen på elljusspåret i {omrade} släcks redan kl 21, alldeles för tidigt.",
        ],
        "short": ["lampa trasig {gata}", "mörkt i {park}", "gatlyktan blinkar vid {plats}",
                  "byt lampan på {gata} plz"],
        "details": [
            "Stolpen har nummer {stolpnr}.", "Det känns otryggt som tjej att gå där.",
            "Jag har felanmält det förut.", "Det har varit så hela vintern.",
            "Barnen går där till skolan på morgonen när det är mörkt.",
            "Grannarna har också märkt det.",
        ],
        "questions": ["Hur lång tid tar det att byta en lampa?",
                      "Är det ens er stolpe eller elbolagets?", "Kan ni prioritera det?"],
        "en": [
            "The street light outside {gata} {n} is broken.",
            "It is completely dark on the walking path through {park}, no lights work.",
            "A lamp post near {plats_en} keeps blinking all night.",
            "The lights in the tunnel under the road are out, it feels unsafe.",
            "A light pole is leaning after a car hit it, looks dangerous.",
        ],
        "side": ["Gatlampan vid {plats} är också trasig.", "Det är mörkt på {gata}, lamporna lyser inte.",
                 "Lyktstolpen utanför oss blinkar.", "Belysningen i {park} är död också."],
        "side_en": ["Also the street light outside our house is broken."],
    },
    "sophamtning": {
        "weight": 13, "months": [18, 14, 14, 15, 18, 21],
        "cats": ["Avfall & återvinning", "Sophämtning"],
        "emoji": ["🗑️", "🤢", "🪰", "😷"],
        "tags": ["#sopor", "#sophämtning", "#luktar", "#avfall"],
        "leads": ["Gällande sophämtningen.", "Sopor!!", "Ang tömning av kärl:", "Om våra sopor."],
        "core": [
            "Soporna har inte hämtats på {gata} sen i {veckodag}.",
            "Vårt kärl blev inte tömt idag, alla grannars blev det.",
            "Sopbilen kom aldrig förra veckan och nu luktar det hemskt.",
            "Matavfallet står kvar för andra veckan i rad, det är fullt med maskar 🤢",
            "Sophämtarna slängde vår tunna mitt i uppfarten och locket gick sönder.",
            "Kan man byta till ett mindre sopkärl? Vi är bara två i hushållet.",
            "Hur beställer man ett nytt kärl? Vårt blåste iväg i stormen.",
            "Fick en lapp på tunnan om felsortering, men vi sorterar ju rätt.",
            "Varför har avgiften för sophämtning höjts så mycket? {belopp} kr mer i år.",
            "Påsarna till matavfallet är slut, var får man tag i nya papperspåsar?",
            "Tömningen av restavfall har flyttats till {dag} men ingen har sagt något.",
            "Sopbilen backade in i vårt staket när den hämtade.",
            "Det står kvar säckar i soprummet på {gata} {n}, hämtningen har missats.",
            "Hämtningen i {omrade} har strulat hela månaden, vad händer?",
            "Varför tömmer ni bara var fjortonde dag, det räcker inte för en barnfamilj.",
        ],
        "short": ["soporna ej hämtade {gata}", "ingen sophämtning i {veckodag}??",
                  "tunnan inte tömd", "glömde ni oss igen? 🗑️"],
        "details": [
            "Det är fullt och locket går inte att stänga.", "Kråkorna har redan rivit sönder påsarna.",
            "Vi ställde ut kärlet kvällen innan som vanligt.", "Handtaget var vänt utåt som det ska.",
            "Det är varmt och luktar ända in i huset.", "Har ringt renhållningen men ingen svarar.",
        ],
        "questions": ["När kommer de?", "Får vi avdrag på avgiften?", "Vem ska man kontakta?",
                      "Kan ni skicka bilen en gång till?"],
        "en": [
            "Our garbage bin was not emptied this week.",
            "The garbage truck did not come to {gata}, it smells really bad.",
            "How do I order a new bin? Ours was damaged.",
            "Food waste has not been collected for two weeks.",
            "Why did the waste collection fee go up so much?",
        ],
        "side": ["Våra sopor har inte hämtats heller.", "Sopkärlet blev inte tömt i {veckodag}.",
                 "Matavfallet står kvar sen förra veckan.", "Och sopbilen har missat oss igen."],
        "side_en": ["Also our garbage was not collected."],
    },
    "atervinning": {
        "weight": 7, "months": [22, 12, 13, 17, 18, 18],
        "cats": ["Avfall & återvinning", "Miljö & hälsa"],
        "emoji": ["♻️", "📦", "🍾", "😡"],
        "tags": ["#återvinning", "#källsortering", "#dumpning", "#ÅVC"],
        "leads": ["Om återvinningen.", "Återvinningsstationen...", "Fråga om ÅVC:", "Ang källsortering:"],
        "core": [
            "Återvinningsstationen vid {plats} är överfull igen, kartonger överallt.",
            "Glasigloon vid {plats} är full och folk ställer flaskorna på marken.",
            "Det ligger soffor och madrasser dumpade vid återvinningen i {omrade}.",
            "Pappersinsamlingen töms för sällan, det blåser papper över hela parkeringen.",
            "Varför har återvinningscentralen stängt på {dag}ar? Det är enda dagen jag kan.",
            "Kan man lämna elektronik på kretsloppsparken eller måste man åka till {omrade}?",
            "Folk lämnar hushållssopor vid förpackningsinsamlingen och det drar till sig råttor.",
            "Containern för plastförpackningar har inte tömts på en vecka.",
            "Kön till ÅVC:n var en timme i lördags, ni måste ha längre öppettider.",
            "Nån har dumpat en hel släpvagn med byggavfall vid stationen bakom {plats}.",
            "Varför finns det ingen insamling för metall i {omrade} längre?",
            "Mitt ÅVC-kort funkar inte i bommen.",
            "Var slänger man gamla batterier och lysrör?",
            "Klädinsamlingen vid {plats} är sönderriven och kläderna ligger i leran.",
            "Hur många besök per år får man göra på tippen med kortet?",
        ],
        "short": ["återvinningen vid {plats} full igen", "glasigloon full!!", "dumpat skräp vid återvinningen",
                  "var slänger man frigolit?"],
        "details": [
            "Det ser ut som en soptipp.", "Stackars de som bor bredvid.", "Det har varit så hela helgen.",
            "Måsarna har slitit sönder allt.", "Inte konstigt att folk dumpar när det är fullt.",
        ],
        "questions": ["Vem tömmer dem egentligen, ni eller producenterna?", "Kan ni sätta upp en kamera?",
                      "När töms det?", "Är det ens ert ansvar?"],
        "en": [
            "The recycling station near {plats_en} is overflowing again.",
            "Someone dumped a sofa at the recycling point.",
            "Where can I throw away old batteries and electronics?",
            "The glass container is full and people leave bottles on the ground.",
            "Why is the recycling centre closed on Mondays?",
        ],
        "side": ["Återvinningen vid {plats} är också överfull.", "Glasigloon är full igen.",
                 "Nån har dumpat en soffa vid återvinningen.", "Och kartongcontainern är proppfull."],
        "side_en": ["And the recycling station is full again."],
    },
    "klotter": {
        "weight": 6, "months": [14, 14, 17, 19, 18, 18],
        "cats": ["Klotter & skadegörelse", "Park & natur"],
        "emoji": ["🎨", "😡", "🤬", "🪨"],
        "tags": ["#klotter", "#skadegörelse", "#vandalism"],
        "leads": ["Skadegörelse!", "Anmäler klotter.", "Om vandaliseringen:", "Igen..."],
        "core": [
            "Någon har sprejat klotter på hela väggen vid {plats}.",
            "Busskuren på {gata} är krossad igen, glas överallt.",
            "Det har klottrats rasistiska saker i gångtunneln vid {gata}, ta bort det snabbt tack.",
            "Parkbänkarna i {park} har blivit nedsprejade i natt.",
            "Någon har sparkat sönder skyltarna längs {gata}.",
            "Taggar överallt på elskåpen i {omrade}, det ser så slitet ut.",
            "Fönstret på fritidsgården är krossat, ser ut som nån har kastat sten.",
            "Papperskorgarna vid {plats} har eldats upp.",
            "Klotter på fasaden på {skola}, fula ord som barnen läser.",
            "Det är klottrat på minnesstenen vid kyrkan, så respektlöst.",
            "Nån har knäckt alla de nyplanterade träden på {gata}.",
            "Ungdomar slog sönder lamporna i busskuren, jag såg det {tid}.",
            "Det är tuschklotter på hela insidan av den offentliga toaletten vid {park}.",
            "Någon har sprejat på bron över ån, stora svarta bokstäver.",
        ],
        "short": ["klotter vid {plats}", "busskuren sönder igen {gata}", "sanera väggen vid {plats} pls",
                  "nya taggar i {omrade} 🙄"],
        "details": [
            "Det är inte första gången.", "Borde finnas kameror här.", "Det var nymålat förra månaden.",
            "Det är könsord som småbarn ser.", "Samma tagg som förra gången.",
        ],
        "questions": ["Kan ni sanera det snabbt?", "Ska jag polisanmäla eller gör ni det?",
                      "Vem betalar för det här?"],
        "en": [
            "Someone sprayed graffiti on the wall near {plats_en}.",
            "The bus shelter on {gata} is smashed, glass everywhere.",
            "There is racist graffiti in the tunnel, please remove it.",
            "The benches in {park} have been vandalized.",
            "The trash bins were set on fire last night.",
        ],
        "side": ["Busskuren vid {plats} är klottrad också.", "Någon har sprejat på väggen vid {plats}.",
                 "Papperskorgen där har blivit sönderslagen.", "Och det är nytt klotter på tunneln."],
        "side_en": ["Also there is new graffiti near {plats_en}."],
    },
    "lekplats": {
        "weight": 5, "months": [6, 6, 12, 20, 27, 29],
        "cats": ["Park & natur", "Fritid & kultur"],
        "emoji": ["🛝", "👶", "🧒", "😟"],
        "tags": ["#lekplats", "#barn", "#föräldrar", "#småbarnsliv"],
        "leads": ["Om lekplatsen.", "Till parkförvaltningen:", "Lekparken!", "Förälder här."],
        "core": [
            "Gungan i {park} är trasig, kedjan har gått av.",
            "Rutschkanan på lekplatsen vid {gata} har en vass kant, mitt barn skar sig.",
            "Det ligger glasbitar i sandlådan i {park}.",
            "Klätterställningen vid {skola} är rutten i träet och vickar.",
            "Sanden under gungorna är helt bortsparkad, barnen landar på stenar.",
            "När ska lekplatsen i {omrade} rustas upp? Den har varit avstängd hela våren.",
            "Ni har tagit bort lekplatsen på {gata} utan att fråga oss som bor här.",
            "Det ligger sprutor och fimpar i lekparken vid {plats}, inte okej.",
            "Karusellen på lekplatsen gnisslar som om den ska gå sönder när den snurrar.",
            "Linbanan i {park} har fastnat och vajern ser sliten ut.",
            "Fallskyddsgummit har släppt i kanterna och barnen snubblar.",
            "Staketet runt lekplatsen är sönder så småbarnen springer rakt ut på vägen.",
            "Kan ni sätta upp en bänk och lite skugga vid lekplatsen? Det finns ingenstans att sitta.",
            "Gungbrädan i {park} saknar ett handtag.",
        ],
        "short": ["gungan trasig i {park}", "glas i sandlådan!!", "lekplatsen {omrade} när öppnar den?",
                  "laga rutschkanan plz"],
        "details": [
            "Min son är {n} år.", "Vi är många föräldrar som undrar.",
            "Det är den enda lekplatsen i närheten.", "Förskolan är där varje dag med barnen.",
            "Har satt upp en lapp men vet inte om nån ser den.",
        ],
        "questions": ["Vem besiktar lekplatserna?", "Kan ni spärra av den tills den är lagad?",
                      "När blir den klar?"],
        "en": [
            "The swing at the playground in {park} is broken.",
            "There is broken glass in the sandbox.",
            "The climbing frame looks rotten, is it safe for kids?",
            "When will the playground in {omrade} open again?",
            "We found needles at the playground near {plats_en}.",
        ],
        "side": ["Gungan på lekplatsen i {park} är också trasig.", "Det ligger glas i sandlådan.",
                 "Lekplatsen behöver verkligen rustas.", "Rutschkanan i {park} är sönder med."],
        "side_en": ["Also the playground swing is broken."],
    },
    "elsparkcyklar": {
        "weight": 7, "months": [3, 3, 12, 22, 29, 31],
        "cats": ["Gata & trafik", "Parkering"],
        "emoji": ["🛴", "😤", "🙄", "🤦"],
        "tags": ["#elsparkcykel", "#sparkcyklar", "#trottoar", "#scooters"],
        "leads": ["Sparkcyklarna!!!", "Om elsparkcyklarna.", "Hyrscootrar igen...", "Vet inte vart jag ska vända mig."],
        "core": [
            "Elsparkcyklarna ligger slängda mitt på trottoaren vid {plats} igen.",
            "Det står {n} sparkcyklar i en hög utanför {plats}, kommer inte förbi med rullatorn.",
            "Nån har kastat en elscooter i ån vid {park}.",
            "Ungdomar kör två på en sparkcykel på gångbanan i full fart, någon kommer bli påkörd.",
            "Varför har kommunen tillåtit alla dessa hyrsparkcyklar? Det är ju kaos.",
            "En hyrscooter har legat i buskarna på vår tomt {tid}, vem hämtar den?",
            "Sparkcyklarna blockerar busshållplatsen på {gata}.",
            "Det borde finnas särskilda parkeringsrutor för sparkcyklar i centrum.",
            "Jag snubblade på en elsparkcykel som låg i mörkret på {gata}.",
            "De där scootrarna står på ledstråket för synskadade vid stationen.",
            "Kan ni förbjuda elsparkcyklar i {park}? Det är ingen racerbana.",
            "En sparkcykel står och tjuter larm utanför mitt fönster hela natten.",
            "Varför får sparkcykelföretagen ställa ut sina cyklar gratis på kommunens mark?",
            "Sparkcyklarna ligger i cykelställen så vi som har riktiga cyklar inte får plats.",
        ],
        "short": ["sparkcyklar överallt vid {plats}", "elscooter i ån igen lol", "flytta sparkcyklarna på {gata}",
                  "scooter blockerar trottoaren"],
        "details": [
            "Blindkäppen fastnade i den.", "Det här händer varje helg.", "Ingen verkar ha ansvar för dem.",
            "Barnvagnen kommer inte förbi.", "Hälften av dem är trasiga.",
        ],
        "questions": ["Vem ska man ringa, er eller företaget?", "Får man flytta på dem själv?",
                      "Vad gör kommunen åt det?"],
        "en": [
            "E-scooters are lying all over the sidewalk near {plats_en}.",
            "Someone threw a scooter into the river.",
            "The rental scooters block the bus stop, please do something.",
            "A scooter has been lying in our garden for a week, who collects it?",
            "Kids riding two on one e-scooter on the pavement, very dangerous.",
        ],
        "side": ["Och elsparkcyklarna ligger överallt på trottoaren.", "Det står sparkcyklar i vägen vid {plats} också.",
                 "Sparkcyklarna är ett skämt förresten.", "Nån sparkcykel ligger i diket också."],
        "side_en": ["And the e-scooters are everywhere on the sidewalk."],
    },
    "vilda_djur": {
        "weight": 4, "months": [10, 10, 14, 20, 24, 22],
        "cats": ["Miljö & hälsa", "Park & natur"],
        "emoji": ["🐗", "🐦", "🦊", "🦌", "😱"],
        "tags": ["#vildsvin", "#måsar", "#trutar", "#djur"],
        "leads": ["Djurproblem.", "Vet inte om det är er man ska fråga men", "Om vildsvinen:", "Fåglarna..."],
        "core": [
            "Vildsvinen har bökat upp hela gräsmattan på {gata} i natt.",
            "Måsarna vid {plats} är helt galna, en tog glassen ur handen på min dotter.",
            "Det ligger ett dött rådjur vid vägkanten på {gata}, vem hämtar det?",
            "Kan ni göra något åt kråkorna som skriker från fyra på morgonen i {park}?",
            "Vi har sett vildsvin med kultingar vid {skola}, är det säkert för barnen?",
            "Trutarna bygger bo på taket och dyker mot oss när vi går ut.",
            "Rådjuren äter upp alla tulpaner i {omrade}, får man skrämma bort dem?",
            "Någon matar änderna med bröd vid dammen och nu är det råttor där.",
            "Det har flyttat in en räv under förrådet på förskolan.",
            "Kanadagässen har bajsat ner hela gräsytan vid {park}.",
            "Hörde skott i skogen bakom {omrade}, är det skyddsjakt på vildsvin?",
            "Det ligger en skadad hare på gångvägen vid {plats}, vem ringer man?",
            "Vildsvinen har vält soptunnorna på halva {gata}.",
            "En grävling har grävt under vår altan och ungarna vågar inte gå ut.",
        ],
        "short": ["vildsvin på {gata} igen", "måsarna attackerar vid {plats}!!", "dött rådjur vid vägen",
                  "räv på förskolegården??"],
        "details": [
            "Det är inte första natten.", "Hunden blev helt galen.", "Grannarna har samma problem.",
            "Vi har små barn.", "Det var säkert {n} stycken.",
        ],
        "questions": ["Har kommunen en jägare?", "Är det er eller länsstyrelsen?",
                      "Får man sätta upp nät?", "Vad ska man göra?"],
        "en": [
            "Wild boars destroyed our lawn last night.",
            "The seagulls near {plats_en} are aggressive, one attacked my child.",
            "There is a dead deer by the road on {gata}, who removes it?",
            "A fox is living under the preschool shed.",
            "Is it safe to walk in the forest with wild boars around?",
        ],
        "side": ["Vildsvinen har varit framme här också.", "Måsarna vid {plats} är galna.",
                 "Det ligger ett dött rådjur vid vägen förresten.", "Och kråkorna river i soporna."],
        "side_en": ["Also the wild boars were in our garden again."],
    },
    "batplats": {
        "weight": 2.5, "months": [10, 10, 16, 24, 24, 16],
        "cats": ["Fritid & kultur"],
        "emoji": ["⛵", "🚤", "⚓", "🌊"],
        "tags": ["#båtliv", "#hamnen", "#båtplats"],
        "leads": ["Fråga om båtplats.", "Hamnen:", "Båtägare här.", "Ang båtplatser:"],
        "core": [
            "Hur lång är kön till båtplats i {hamn}?",
            "Jag har stått i båtplatskön i {n} år, när får jag en plats?",
            "Fakturan för båtplatsen är dubbelt så hög som förra året, varför?",
            "Y-bommen på min plats i {hamn} är lös, båten slår mot bryggan.",
            "Vill säga upp min båtplats, hur gör jag?",
            "Någon har lagt sin båt på min plats nr {n} i {hamn}.",
            "När läggs bryggorna i för säsongen?",
            "Kan man få en bredare plats? Har köpt en större båt.",
            "Elen på bryggan funkar inte, kan inte ladda batterierna.",
            "Vinteruppläggningen på båtuppställningen, är det samma ställe som förra året?",
            "Det ligger en sjunken eka vid {hamn} som ingen tar bort.",
            "Får man hyra ut sin båtplats i andra hand över sommaren?",
            "Sjösättningsrampen vid {hamn} är trasig, kan inte sjösätta.",
            "Varför har kodlåset till bryggan bytts utan att vi fått ny kod?",
        ],
        "short": ["båtplats kö??", "faktura båtplats fel", "bryggan i {hamn} trasig", "när kommer bryggorna i"],
        "details": [
            "Båten är {n} meter.", "Jag betalade i tid.", "Har haft plats där i många år.",
            "Säsongen börjar ju snart.", "Det är bara en liten snipa.",
        ],
        "questions": ["Vem är hamnansvarig?", "Var ser man sin köplats?", "Får jag pengarna tillbaka?"],
        "en": [
            "How long is the queue for a boat berth at the marina?",
            "I want to cancel my boat place, how do I do it?",
            "Someone put their boat in my berth.",
            "When will the jetties be put in for the season?",
            "The electricity on the jetty does not work.",
        ],
        "side": ["Och när får jag min båtplats?", "Bryggan i hamnen behöver också lagas.",
                 "Har fortfarande inte fått faktura för båtplatsen.", "Kan ni kolla båtplatskön åt mig också."],
        "side_en": ["Also, when will I get my boat berth?"],
    },
    "skolskjuts": {
        "weight": 6, "months": [20, 20, 20, 18, 16, 6],
        "cats": ["Skola & förskola"],
        "emoji": ["🚌", "😠", "🥶", "😢"],
        "tags": ["#skolskjuts", "#skolbuss", "#föräldrar"],
        "leads": ["Skolskjutsen igen.", "Angående skolbussen:", "Förälder till elev på {skola}.", "Om skoltaxin."],
        "core": [
            "Skolbussen kom aldrig {tid}, barnen stod och frös i {minuter} minuter.",
            "Taxin till skolan hämtade inte min son idag.",
            "Varför har vi inte rätt till skolskjuts? Det är {km} km till {skola} längs en farlig väg.",
            "Chauffören på skolskjutsen kör alldeles för fort på grusvägen.",
            "Busskortet till skolan har inte kommit och terminen har redan börjat.",
            "Min dotter blev avsläppt vid fel hållplats och fick gå hem själv.",
            "Hur ansöker man om skolskjuts vid växelvis boende?",
            "Hållplatsen för skolbussen har flyttats, nu måste barnen gå längs stora vägen utan trottoar.",
            "Skolbussen är så full att barn får stå, är det ens lagligt?",
            "Vi har fått avslag på skolskjuts, hur överklagar man?",
            "Skolskjutsen kommer {klockan} men skolan börjar inte förrän nio, barnen får vänta ute.",
            "Min son har gips och behöver åka taxi till skolan några veckor, vem ordnar det?",
            "Busschauffören skrek på barnen och slängde av en kille, inte ok.",
            "Skoltaxin ändrar tid hela tiden och ingen meddelar oss.",
        ],
        "short": ["skolbussen kom inte idag", "ingen skolskjuts {tid}??", "skoltaxin missade oss igen",
                  "busskortet till skolan?"],
        "details": [
            "Hen går i {arskurs}.", "Det är mörkt och ingen trottoar.", "Vi bor på landet.",
            "Det är {n} barn som åker från vår by.", "Jag fick ta ledigt från jobbet för att skjutsa.",
        ],
        "questions": ["Vem beslutar om det?", "Kan någon ringa mig?",
                      "Är det skolan eller kommunen man ska prata med?"],
        "en": [
            "The school bus did not come this morning, the kids waited in the cold.",
            "Why is my child not allowed school transport? The road is dangerous.",
            "The school taxi did not pick up my son today.",
            "How do I apply for school transport?",
            "The bus card for school has not arrived yet.",
        ],
        "side": ["Skolbussen var sen idag igen också.", "Skolskjutsen kom inte i {veckodag}.",
                 "Skoltaxin missade min son igen.", "Och busskortet till skolan har inte kommit."],
        "side_en": ["Also the school bus was late again."],
    },
    "bygglov": {
        "weight": 5, "months": [12, 14, 18, 20, 20, 16],
        "cats": ["Bygga & bo"],
        "emoji": ["🏠", "📄", "⏳", "🙄"],
        "tags": ["#bygglov", "#byråkrati"],
        "leads": ["Fråga till bygglov.", "Om min ansökan:", "Hej bygglovsavdelningen!", "Bygglov??"],
        "core": [
            "Jag skickade in min bygglovsansökan för {n} veckor sedan och har inte hört något.",
            "Behöver man bygglov för ett attefallshus på 25 kvm?",
            "Varför kostar ett bygglov för en carport {belopp} kr??",
            "Min ansökan om altan står fortfarande som 'under handläggning' i e-tjänsten.",
            "Hur nära tomtgränsen får man sätta ett plank?",
            "Handläggaren säger att ritningarna saknas men jag har laddat upp dem två gånger.",
            "Får man glasa in balkongen utan lov?",
            "Kan jag få startbesked innan sommaren? Snickaren är bokad i {manad}.",
            "Vi vill bygga en pool, behöver vi anmäla det?",
            "Fick ett brev om komplettering, vad menar ni med situationsplan?",
            "Hur lång handläggningstid har ni på bygglov just nu?",
            "Måste jag ha en certifierad kontrollansvarig för ett litet garage?",
            "Vill sätta solceller på taket, behövs bygglov i {omrade}?",
            "Får man bygga ett uterum utan lov om det är under 15 kvm?",
        ],
        "short": ["bygglov status?", "hur lång handläggningstid?", "behövs lov för friggebod?",
                  "svar på min ansökan?"],
        "details": [
            "Det står ju 10 veckor på er hemsida.", "Vi har redan beställt material.",
            "Grannarna har skrivit på att de godkänner.", "Huset ligger inom detaljplan.",
            "Ärendenummer {arende}.",
        ],
        "questions": ["Kan någon handläggare ringa mig?", "Var hittar jag blanketten?",
                      "Hur långt kvar är det?"],
        "en": [
            "Do I need a building permit for a small garden house?",
            "I applied for a building permit {n} weeks ago and got no answer.",
            "How close to the property line can I build a fence?",
            "Why is the building permit fee so expensive?",
            "Can I install solar panels without a permit?",
        ],
        "side": ["Och mitt bygglov ligger fortfarande och väntar.", "Har inte fått svar på min bygglovsansökan heller.",
                 "När får man startbesked egentligen?"],
        "side_en": ["Also I am still waiting for my building permit."],
    },
    "olovligt_bygge": {
        "weight": 3, "months": [8, 10, 16, 22, 24, 20],
        "cats": ["Bygga & bo"],
        "emoji": ["🏗️", "😠", "👀", "🤨"],
        "tags": ["#svartbygge", "#grannar", "#grannfejd"],
        "leads": ["Vill anmäla något.", "Tips till byggnadsnämnden:", "Grannen...", "Fråga om grannens bygge."],
        "core": [
            "Grannen bygger ett stort förråd precis vid vår tomtgräns, har han ens bygglov?",
            "Vill anmäla ett svartbygge på {gata} {n}, de har byggt en hel tillbyggnad.",
            "Grannen har satt upp ett två meter högt plank som tar all sol från vår trädgård.",
            "Huset mittemot har byggt om garaget till en lägenhet som de hyr ut, är det lagligt?",
            "Det står en container och byggställning på {gata} {tid} och jag tror de bygger utan lov.",
            "Grannen har fällt träd och byggt en brygga i strandskyddat område.",
            "Varför får de bygga en jättealtan på hyreshuset när vi fick nej?",
            "Någon har ställt upp en husvagn och byggt en friggebod på allmänningen i {omrade}.",
            "Grannarnas nya garage är mycket högre än ritningen vi fick se i grannehörandet.",
            "De har byggt ett attefallshus vars tak hänger in över vår tomt, takvattnet rinner till oss.",
            "Ser att det byggs ett hus på åkern vid {omrade}, finns det ens detaljplan där?",
            "Kan ni komma ut och titta på grannens nya mur, den står på vår mark.",
            "Grannen har byggt en hundgård och ett staket rakt över gångstigen som alla använder.",
        ],
        "short": ["svartbygge på {gata}", "grannen bygger utan lov", "anmäla plank?", "olovligt bygge {omrade}"],
        "details": [
            "Vi har pratat med dem men de bryr sig inte.", "Jag vill vara anonym.",
            "Det har pågått i flera månader.", "Vi fick aldrig något grannehörande.",
        ],
        "questions": ["Kan ni göra tillsyn?", "Vad händer nu om jag anmäler?", "Får de verkligen göra så?"],
        "en": [
            "My neighbour is building a big shed right at our border, does he have a permit?",
            "I want to report illegal construction on {gata}.",
            "The neighbour built a high fence that blocks all the sunlight.",
            "They converted the garage into an apartment, is that allowed?",
        ],
        "side": ["Grannen bygger förresten ett plank utan lov.", "Det byggs något konstigt på {gata} som ni borde kolla.",
                 "Grannens nya förråd står på tomtgränsen."],
        "side_en": ["Also my neighbour is building without permit."],
    },
    "badplats": {
        "weight": 4, "months": [1, 1, 3, 10, 35, 50],
        "cats": ["Fritid & kultur", "Park & natur"],
        "emoji": ["🏖️", "🌊", "☀️", "🏊", "🤢"],
        "tags": ["#badplats", "#sommar", "#bada", "#badväder"],
        "leads": ["Om badplatsen.", "Sommar och bad!", "Till fritidsförvaltningen:", "Badplatsen!!"],
        "core": [
            "Bryggan på {bad} har brädor som saknas, barnen kan trampa igenom.",
            "Är det algblomning på {bad}? Vattnet ser grönt ut.",
            "När läggs flytbryggan ut på {bad}?",
            "Det är fullt med glas och skräp på stranden vid {bad} efter helgen.",
            "Hopptornet på {bad} är avstängt, varför?",
            "Kommer det finnas badvakter på {bad} i sommar?",
            "Toaletterna vid {bad} är låsta och folk kissar i buskarna.",
            "Har ni tagit vattenprover? Fick utslag efter att ha badat på {bad}.",
            "Sandstranden på {bad} har vuxit igen med vass, går knappt att bada.",
            "Livbojen saknas på {bad}, den har varit borta sen förra sommaren.",
            "Folk grillar på bryggan på {bad}, det är brandfarligt.",
            "Kan ni tömma soptunnorna på {bad} oftare? Det flyger skräp överallt.",
            "Hundar badar på den vanliga badplatsen fast det är förbjudet.",
            "Vattnet vid {bad} är fullt av sjögräs och luktar ruttet ägg.",
        ],
        "short": ["alger på {bad}?", "badvakt i sommar?", "glas på stranden {bad}!!", "bryggan trasig {bad}"],
        "details": [
            "Det var massor av barnfamiljer där.", "Det är ju mitt i badsäsongen.", "Vi var där i helgen.",
            "Vattnet var {grader} grader.",
        ],
        "questions": ["Vem ansvarar för badplatserna?", "Är det säkert att bada?", "När fixas det?"],
        "en": [
            "Is there an algae bloom at the beach? The water looks green.",
            "The jetty at {bad} has missing boards.",
            "Will there be lifeguards at the beach this summer?",
            "The toilets at the beach are locked.",
            "Lots of broken glass on the beach after the weekend.",
        ],
        "side": ["Bryggan på {bad} är också trasig.", "Kan ni städa stranden vid {bad}?",
                 "Toaletten vid badet är låst.", "Och är det alger i vattnet på {bad}?"],
        "side_en": ["Also the beach at {bad} is full of trash."],
    },
    "parkering": {
        "weight": 9, "months": [16, 16, 17, 17, 17, 17],
        "cats": ["Parkering", "Gata & trafik"],
        "emoji": ["🚗", "🅿️", "😡", "🙄"],
        "tags": ["#parkering", "#pbot", "#felparkering"],
        "leads": ["Om parkeringen.", "Felparkering!", "Fråga om p-tillstånd:", "P-boten..."],
        "core": [
            "Bilar parkerar på trottoaren på {gata} varje dag, kommer inte fram med vagnen.",
            "Hur ansöker man om boendeparkering i {omrade}?",
            "Fick p-bot fast jag hade betalat i appen, hur bestrider jag den?",
            "Någon står på handikapplatsen vid {plats} utan tillstånd, varje dag.",
            "Det har stått en avställd bil utan skyltar på {gata} i {n} veckor.",
            "Varför har ni tagit bort gratisparkeringen vid {plats}?",
            "Lastbilar parkerar över natten i vårt bostadsområde och står på tomgång.",
            "Det behövs fler laddplatser för elbil i centrum.",
            "P-automaten vid {plats} tar inte kort, bara app?? Min pappa har ingen smartphone.",
            "Hur länge får man stå på {gata}? Skylten är otydlig.",
            "Folk ställer sig i korsningen så att räddningstjänsten inte skulle komma fram.",
            "Parkeringsvakterna jagar oss boende men aldrig besökarna.",
            "Mitt parkeringstillstånd för rörelsehindrade har gått ut, hur förnyar jag det?",
            "Kan man få en lastzon framför butiken på {gata}?",
        ],
        "short": ["felparkerade bilar {gata}", "p-bot fel!!", "boendeparkering {omrade}?",
                  "bil på handikapplatsen igen"],
        "details": [
            "Har en bild på bilen.", "Boten var på {belopp} kr.", "Det är fullt varje kväll.",
            "Jag har bott här i {n} år.", "Det är samma bil varje gång.",
        ],
        "questions": ["Vem ringer man för att få bort en bil?", "Kan ni skicka en p-vakt?",
                      "Varför gör ni ingenting?"],
        "en": [
            "Cars park on the sidewalk on {gata} every day.",
            "I got a parking ticket even though I paid in the app.",
            "How do I apply for resident parking?",
            "An abandoned car without plates has been standing here for weeks.",
            "Someone always parks in the disabled spot without a permit.",
        ],
        "side": ["Bilarna står på trottoaren här hela tiden också.", "Fick en p-bot förresten som var helt fel.",
                 "Nån står alltid på handikapplatsen vid {plats}.", "Och det står en skrotbil på {gata}."],
        "side_en": ["Also cars park on the sidewalk all the time."],
    },
}

APP_CATS = [
    "Övrigt", "Gata & trafik", "Avfall & återvinning", "Park & natur", "Belysning",
    "Skola & förskola", "Bygga & bo", "Fritid & kultur", "Parkering", "Miljö & hälsa",
    "Snö & halka", "Klotter & skadegörelse", "Vatten & avlopp", "Omsorg",
]
CAT_FORMATS = ["Kategori: {c} – ", "Kategori: {c} - ", "[{c}] ", "{c}: ", "Kategori {c}. ",
               "Ärendetyp: {c} – ", "{c} - ", "Felanmälan / {c} – "]

OPENERS_SV = [
    "Hej!", "Hej hej", "Hallå", "Hejsan!", "Tja", "Godmorgon.", "Hej kommunen!", "Hej,",
    "Hallå där", "Okej så.", "Seriöst.", "Till er som bestämmer:", "Hej, jag undrar en sak.",
    "Hejsan, skriver här eftersom ingen svarar i telefon.", "Ursäkta att jag skriver här men",
    "God kväll.", "Hej igen!", "Hej, {namn} här.", "Hej, jag bor på {gata}.", "Förlåt om fel ställe, men",
    "Asså.", "Nu får det vara nog.", "Hallå?!", "Hej, boende i {omrade} här.",
]
FB_OPENERS = ["Håller med ovan!", "Samma här.", "Precis det jag tänkte.", "Skriver i kommentaren eftersom ni inte svarar på DM.",
              "Fint inlägg men", "Apropå det här inlägget:", "@Kommunen", "Ni lägger ut bilder på blommor men"]

DETAILS_SV = [
    "Har skrivit förut men inget händer.", "Det har varit så i veckor.", "Bor här sen länge och det har aldrig varit så här dåligt.",
    "Alla grannar klagar.", "Min man har ringt också.", "Vi är flera som har märkt det.", "Det är inte ok.",
]
QUESTIONS_SV = ["Vem ansvarar för det här?", "Hur svårt kan det vara?", "Är det bara jag som tycker så?",
                "Kan någon svara?", "Ska det vara så här?", "Varför händer ingenting?", "Hallå, läser ni ens det här?"]
SARCASM = [
    "Bra jobbat kommunen 👏👏", "Tack för inget.", "Men det är väl viktigare med nya rondeller.",
    "Skattepengarna går väl till konsulter istället.", "Vad betalar vi skatt för egentligen?",
    "Typiskt.", "Wow, vilken service 🙄", "Jättebra. Verkligen.", "Ingen som bryr sig som vanligt.",
    "Grattis kommunen, ni har lyckats igen 🙃", "Ni har väl semester allihop?",
    "Men ni har säkert en strategi för det 😂", "Epic fail.", "Snyggt jobbat... not.",
    "Världens bästa kommun asså 🙄",
]
CLOSINGS_SV = [
    "Tack!", "Mvh {namn}", "/{namn}", "Tack på förhand.", "Hoppas ni fixar det.", "Orkar inte mer.",
    "Tack för snabbt svar (hoppas jag)", "Fixa det asap tack.", "Please fixa!!", "Tack och hej.",
    "Hälsningar {namn}, {omrade}", "🙏", "Tack 🙂", "Mvh en trött invånare", "Seriously.",
    "Tacksam för svar.", "//{namn}",
]
EN_WORDS_INSERT = ["seriously", "literally", "omg", "wtf", "like", "asap", "btw"]

OPENERS_EN = ["Hi!", "Hello,", "Hi, sorry for writing in English.", "Hello, I just moved here.", "Hey,",
              "Sorry, my Swedish is not good yet.", "Excuse me,", "Hi, I am new in this town.", "Good morning,"]
DETAILS_EN = ["I tried to call but nobody answered.", "This is not the first time.",
              "My kids walk here every day.", "I don't know who to contact.", "I have a photo.",
              "My neighbours say it is always like this."]
QUESTIONS_EN = ["Who is responsible for this?", "When will it be fixed?", "What can I do?",
                "Can someone help me?", "Is this normal in Sweden?"]
CLOSINGS_EN = ["Thank you!", "Thanks in advance.", "Please fix it.", "Best regards, {namn}", "Tack!",
               "Very disappointed.", "🙏", "Thanks, {namn}", "Kind regards"]
SIDE_CONNECT_SV = ["PS.", "Och en sak till:", "Förresten.", "Btw,", "En annan sak:", "Passar på:", "Sen också –",
                   "Och medan jag ändå skriver:", "+"]
SIDE_CONNECT_EN = ["PS.", "Also,", "One more thing:", "Btw,"]

PHOTO = ["[bild]", "[bild]", "[bild bifogad]", "[foto]", "[2 bilder]", "(se bild)", "[image]", "[bild] [bild]"]
EMOJI_MOOD = ["😡", "🤬", "🙄", "😤", "😭", "😢", "😂", "🤡", "💀", "🙏", "👍", "😩", "🤷‍♀️", "‼️", "❓"]
GEN_TAGS = ["#kommunen", "#fail", "#varförärdetsåhär", "#skattepengar", "#hallåkommunen", "#medborgare"]

TEEN_START = ["asså ", "yo ", "bruh ", "ok men ", "ärligt ", "", "hallå ", "typ ", "", "alltså "]
TEEN_END = [" fr", " 💀", " 😭😭", " typ", " wtf", " lol", " ngl", " 🤡", " sjukt", " 😭", " no cap", ""]
TEEN_SUBS = {"någon": "nån", "något": "nåt", "mig": "mej", "dig": "dej", "sedan": "sen", "vad": "va",
             "jag": "ja", "och": "o", "det": "de", "är": "e", "kommer": "kmr", "varför": "varför", "också": "oxå",
             "inte": "int", "jättebra": "jättebra"}
TEEN_WORDS = {"elsparkcyklar": 3.0, "skolskjuts": 2.5, "badplats": 2.5, "klotter": 2.0, "lekplats": 0.6,
              "vilda_djur": 1.2, "snorojning": 1.0, "vaghal": 0.5, "gatlyktor": 1.2, "sophamtning": 0.3,
              "atervinning": 0.5, "batplats": 0.1, "bygglov": 0.1, "olovligt_bygge": 0.1, "parkering": 0.4}

CHANNELS = [("app", 0.50), ("facebook", 0.32), ("instagram", 0.18)]
MONTH_DAYS = [31, 28, 31, 30, 31, 30]


# --------------------------------------------------------------------------- noise helpers
def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _typo(s: str, rng: random.Random) -> str:
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    w = words[i]
    k = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.35:
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    elif op < 0.65:
        w = w[:k] + w[k + 1:]
    elif op < 0.85:
        w = w[:k] + w[k] + w[k:]
    else:
        w = w[:k] + rng.choice("asdfghjklertyu") + w[k + 1:]
    words[i] = w
    return " ".join(words)


def _strip_diacritics(s: str, rng: random.Random) -> str:
    if rng.random() < 0.6:
        table = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O"})
        return s.translate(table)
    return s.replace("å", "aa").replace("ä", "ae").replace("ö", "oe").replace("Å", "Aa") \
        .replace("Ä", "Ae").replace("Ö", "Oe")


def _teenify(s: str, rng: random.Random) -> str:
    s = s.lower()
    out = []
    for w in s.split(" "):
        core = w.strip(".,!?:")
        if core in TEEN_SUBS and rng.random() < 0.55:
            w = w.replace(core, TEEN_SUBS[core], 1)
        out.append(w)
    s = " ".join(out).replace(".", "")
    if rng.random() < 0.3:
        words = s.split(" ")
        j = rng.randrange(len(words))
        words.insert(j, rng.choice(["typ", "liksom", "asså", "sjukt", "lowkey"]))
        s = " ".join(words)
    return rng.choice(TEEN_START) + s.strip() + rng.choice(TEEN_END)


def _weighted(rng: random.Random, items: list, weights: list):
    return rng.choices(items, weights=weights, k=1)[0]


# --------------------------------------------------------------------------- note builder
def _build(theme_id: str, channel: str, rng: random.Random) -> str:
    t = THEMES[theme_id]
    english = rng.random() < 0.075
    teen = (not english) and rng.random() < 0.06 * TEEN_WORDS[theme_id] * (2.2 if channel == "instagram" else 1.0)
    parts: list[str] = []

    if english:
        if rng.random() < 0.75:
            parts.append(rng.choice(OPENERS_EN))
        parts.append(rng.choice(t["en"]))
        if rng.random() < 0.45:
            parts.append(rng.choice(DETAILS_EN))
        if rng.random() < 0.4:
            parts.append(rng.choice(QUESTIONS_EN))
        if rng.random() < 0.15:
            others = [k for k in THEMES if k != theme_id]
            parts.append(rng.choice(SIDE_CONNECT_EN) + " " + rng.choice(THEMES[rng.choice(others)]["side_en"]))
        if rng.random() < 0.55:
            parts.append(rng.choice(CLOSINGS_EN))
        text = " ".join(fill(p, rng) for p in parts)
    else:
        length = rng.random()
        if length < 0.18:  # very short
            body = [rng.choice(t["short"] + t["core"][:6])]
        else:
            body = []
            r = rng.random()
            if channel == "facebook" and r < 0.25:
                body.append(rng.choice(FB_OPENERS))
            elif r < 0.55:
                body.append(rng.choice(OPENERS_SV))
            if rng.random() < 0.22:
                body.append(rng.choice(t["leads"]))
            body.append(rng.choice(t["core"]))
            if length > 0.45 and rng.random() < 0.6:
                body.append(rng.choice(t["details"] if rng.random() < 0.7 else DETAILS_SV))
            if length > 0.6 and rng.random() < 0.35:
                body.append(rng.choice(t["core"]))  # a second phrasing of the same matter
            if rng.random() < 0.4:
                body.append(rng.choice(t["questions"] if rng.random() < 0.65 else QUESTIONS_SV))
        if rng.random() < 0.15:
            others = [k for k in THEMES if k != theme_id]
            other = rng.choice(others)
            body.append(rng.choice(SIDE_CONNECT_SV) + " " + rng.choice(THEMES[other]["side"]))
        if rng.random() < 0.22:
            body.append(rng.choice(SARCASM))
        if rng.random() < 0.35:
            body.append(rng.choice(CLOSINGS_SV))
        # dedupe accidental repeats of the same sentence
        seen: list[str] = []
        for b in body:
            if b not in seen:
                seen.append(b)
        filled = [fill(b, rng) for b in seen]
        for i in range(1, len(filled)):  # "Hej, ..." / "..., men ..." continue in lower case
            prev = filled[i - 1]
            if (prev.endswith(",") or prev.endswith(" men")) and filled[i][:1].isupper() \
                    and not filled[i].startswith(("Vi ", "Jag ")):
                filled[i] = filled[i][:1].lower() + filled[i][1:]
        text = " ".join(filled)
        if rng.random() < 0.08:
            words = text.split(" ")
            words.insert(rng.randrange(len(words) + 1), rng.choice(EN_WORDS_INSERT))
            text = " ".join(words)
        if teen:
            text = _teenify(text, rng)

    # emoji
    if rng.random() < (0.5 if channel == "instagram" else 0.3):
        pool = t["emoji"] + EMOJI_MOOD
        e = rng.choice(pool) * rng.choice([1, 1, 1, 2, 3])
        text = text + " " + e if rng.random() < 0.85 else e + " " + text
    # hashtags
    if rng.random() < {"instagram": 0.42, "facebook": 0.14, "app": 0.04}[channel]:
        tags = rng.sample(t["tags"] + GEN_TAGS, k=rng.choice([1, 1, 2, 3]))
        text += " " + " ".join(tags)
    # location mention from app location field
    if channel == "app" and rng.random() < 0.12:
        text += " " + rng.choice(["📍 " + fill("{gata}, {omrade}", rng), "Plats: " + fill("{gata}", rng),
                                  fill("(position: {gata} {n})", rng), "📍" + fill("{omrade}", rng)])

    # noise
    if rng.random() < 0.25:
        text = _typo(text, rng)
        if rng.random() < 0.3:
            text = _typo(text, rng)
    if not english and rng.random() < 0.07:
        text = _strip_diacritics(text, rng)
    if not teen and rng.random() < 0.13:
        text = text.lower()
    if rng.random() < 0.15:
        text = text.rstrip(".")
    if rng.random() < 0.08:
        text = re.sub(r"[!?]$", lambda m: m.group(0) * rng.choice([2, 3, 4]), text)
        if text[-1:] not in "!?":
            text += rng.choice(["!!!", "???", "?!", "!!"])
    if rng.random() < 0.04:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) > 3 and w.isalpha()]
        if idx:
            i = rng.choice(idx)
            words[i] = words[i].upper()
            text = " ".join(words)

    # app category prefix (often wrong, often Övrigt)
    if channel == "app" and rng.random() < 0.72:
        r = rng.random()
        if r < 0.45:
            cat = "Övrigt"
        elif r < 0.78:
            cat = rng.choice(t["cats"])
        else:
            cat = rng.choice(APP_CATS)
        text = rng.choice(CAT_FORMATS).format(c=cat) + text
    # photo placeholder
    if rng.random() < {"app": 0.2, "instagram": 0.18, "facebook": 0.08}[channel]:
        ph = rng.choice(PHOTO)
        text = text + " " + ph if rng.random() < 0.8 else ph + " " + text
    return re.sub(r"\s+", " ", text).strip()


def _date(theme_id: str, rng: random.Random) -> str:
    m = _weighted(rng, list(range(6)), THEMES[theme_id]["months"])
    d = rng.randint(1, MONTH_DAYS[m])
    return f"2026-{m + 1:02d}-{d:02d}"


def make_log(rows: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(f"app-{seed}")
    ids = list(THEMES)
    weights = [THEMES[k]["weight"] for k in ids]
    chans = [c for c, _ in CHANNELS]
    cw = [w for _, w in CHANNELS]
    log: list[dict[str, str]] = []
    for _ in range(rows):
        theme_id = _weighted(rng, ids, weights)
        channel = _weighted(rng, chans, cw)
        log.append({
            "meddelande": _build(theme_id, channel, rng),
            "datum": _date(theme_id, rng),
            "kanal": channel,
            "true_theme": theme_id,
        })
    log.sort(key=lambda r: r["datum"])  # stable: keeps generation order within a day
    return log


def main() -> None:
    write_log_cli(make_log, __doc__, "meddelande")


if __name__ == "__main__":
    main()
