"""Labelled test-log generator: a Swedish municipal business service desk (näringslivskontor /
företagslots) receiving contacts from firms -- restaurants, shops, builders, hauliers, farms,
hairdressers, event organisers and one-person firms -- by e-mail, phone notes and a web form.
Style: business wording ("vi har ett ärende gällande vår verksamhet", org.nr, "vänligen
återkoppla"), abbreviations, English loanwords, signatures with titles and firm names, phone notes
written in the desk officer's clipped third person, web-form field dumps, typos and other noise.
"""
from __future__ import annotations

import datetime as _dt
import random
import re

from check_log_cli import write_log_cli

# ---------------------------------------------------------------------------
# Generic slot fillers
# ---------------------------------------------------------------------------

FIRST_NAMES = [
    "Anna", "Erik", "Johan", "Maria", "Karin", "Lars", "Peter", "Sara", "Emma", "Mohammed",
    "Ali", "Fatima", "Ahmed", "Nikos", "Ivana", "Marek", "Linh", "Jonas", "Mikael", "Sofia",
    "Elin", "Hanna", "Oskar", "Ahmad", "Yusuf", "Dragan", "Mirela", "Tomas", "Lena", "Ulf",
    "Björn", "Kristina", "Amir", "Reza", "Leila", "Hassan", "Goran", "Aylin", "Tuan", "Marco",
    "Giulia", "Pekka", "Aino", "Kenneth", "Jessica", "Patrik", "Camilla", "Daniel", "Zeynep",
    "Samir", "Per", "Ingrid", "Mats", "Agneta", "Kalle", "Ronja", "Viktor", "Nadia", "Omar",
    "Svetlana", "Wei", "Lucas", "Ebba", "Fredrik", "Helena", "Robin", "Tove", "Stefan",
]

SURNAMES = [
    "Andersson", "Berglund", "Lindqvist", "Nyström", "Holm", "Ekström", "Sandberg",
    "Lundgren", "Forsberg", "Hedlund", "Öberg", "Sjöberg", "Wallin", "Karlsson", "Nilsson",
    "Björk", "Engström", "Falk", "Hägglund", "Strand", "Yilmaz", "Novak", "Haddad", "Nguyen",
]

WORDS = [
    "Linden", "Eken", "Fyren", "Kvarnen", "Ankaret", "Solrosen", "Stjärnan", "Björken",
    "Tallen", "Norrsken", "Hamnen", "Gläntan", "Bryggan", "Hörnet", "Smedjan", "Vågen",
    "Kronan", "Måsen", "Ängen", "Backen", "Källan", "Porten", "Sjöbris", "Lärkan",
]

ITALIAN = ["Napoli", "Roma", "Milano", "Venezia", "Bella Italia", "Sorrento", "Capri",
           "La Strada", "Da Marco", "Toscana"]

# type key -> (with article, definite, bare, name templates)
TYPES = {
    "restaurang": ("en restaurang", "restaurangen", "restaurang",
                   ["Restaurang {word}", "{word}s Kök", "Bistro {word}", "Krogen {word}",
                    "{sur}s Kök & Bar", "Taverna Mykonos", "Restaurang Shiraz",
                    "Golden Dragon", "Sushi Yama", "Thai Orchid", "Brasseriet {word}"]),
    "kafe": ("ett kafé", "kaféet", "kafé",
             ["Café {word}", "{word}s Kafé", "Konditori {word}", "Fika på Hörnet",
              "Kaffebaren {word}", "Bönan & Co", "Café Dulce"]),
    "pizzeria": ("en pizzeria", "pizzerian", "pizzeria",
                 ["Pizzeria {it}", "Pizzeria & Grill {it}", "{it} Pizza & Pasta"]),
    "bar": ("en bar", "baren", "bar",
            ["{word} Bar", "Pub {word}", "The Anchor Pub", "Vinbaren {word}",
             "Ölhallen {word}"]),
    "hotell": ("ett hotell", "hotellet", "hotell",
               ["Hotell {word}", "{word} Hotel & Spa", "Stadshotellet", "Vandrarhemmet {word}",
                "Pensionat {word}"]),
    "eventbyra": ("en eventbyrå", "byrån", "eventbyrå",
                  ["{word} Event", "{sur} Event & Konferens", "Nordic Events", "Festfixarna",
                   "Live {word} Produktion"]),
    "catering": ("en cateringfirma", "cateringfirman", "cateringfirma",
                 ["{sur}s Catering", "{word} Catering", "Matlådan i Norr", "Gott & Nära"]),
    "bageri": ("ett bageri", "bageriet", "bageri",
               ["{sur}s Bageri", "Bageriet {word}", "Surdegsbageriet", "Bröd & Salt"]),
    "foodtruck": ("en foodtruck", "foodtrucken", "foodtruck",
                  ["{word} Street Food", "Tacotruck {word}", "Burgerbussen",
                   "Falafel on Wheels", "Dumplingvagnen"]),
    "livsmedelsbutik": ("en livsmedelsbutik", "butiken", "livsmedelsbutik",
                        ["{sur}s Livs", "Livs {word}", "Orientlivs {word}",
                         "Matboden {word}", "Asia Market {word}"]),
    "kiosk": ("en kiosk", "kiosken", "kiosk",
              ["Kiosken {word}", "{word} Tobak & Spel", "Hörnkiosken",
               "Kiosk & Grill {word}"]),
    "servicebutik": ("en servicebutik", "butiken", "servicebutik",
                     ["{word} Servicebutik", "Macken {word}", "{word} Närköp"]),
    "butik": ("en butik", "butiken", "butik",
              ["{word} Inredning", "{sur}s Skor", "Boutique {word}", "{word} Second Hand",
               "Järnhandeln {word}", "Leksaksboden", "{word} Hem & Fritid"]),
    "blomsterbutik": ("en blomsterbutik", "butiken", "blomsterbutik",
                      ["{word} Blommor", "Blomsterhandeln {word}", "{sur}s Blommor"]),
    "frisor": ("en frisörsalong", "salongen", "frisörsalong",
               ["Salong {word}", "Hårstudion {word}", "Klipp & Stil", "Barber {word}",
                "Salong Sax & Kam"]),
    "gym": ("ett gym", "gymmet", "gym",
            ["{word} Gym", "Power Gym {word}", "{word} Träningscenter", "CrossBox {word}"]),
    "byggfirma": ("en byggfirma", "firman", "byggfirma",
                  ["{sur}s Bygg", "{word} Bygg & Montage", "{sur} Mark & Anläggning",
                   "Nordbygg {word}", "{sur} Entreprenad"]),
    "elfirma": ("en elfirma", "firman", "elfirma",
                ["{sur}s El", "{word} Elservice", "Elkraft {word}"]),
    "maleri": ("ett måleriföretag", "firman", "måleriföretag",
               ["{sur}s Måleri", "{word} Måleri & Tapet"]),
    "akeri": ("ett åkeri", "åkeriet", "åkeri",
              ["{sur}s Åkeri", "{word} Transport", "Nordic Freight", "{sur} Logistik"]),
    "taxi": ("ett taxiföretag", "bolaget", "taxiföretag",
             ["{word} Taxi", "Taxi {sur}", "Sjukresor & Taxi {word}"]),
    "gard": ("en gård", "gården", "gård",
             ["{sur}s Gård", "{word}gården", "Gården {word}", "{sur} Lantbruk"]),
    "konsult": ("en konsultfirma", "firman", "konsultfirma",
                ["{sur} Consulting", "{sur} Konsult", "{word} Advisory", "{sur} Design"]),
    "it": ("ett IT-bolag", "bolaget", "IT-bolag",
           ["{word} IT", "{word} Digital", "Bytecraft", "{sur} Webbstudio"]),
    "stad": ("en städfirma", "firman", "städfirma",
             ["{word} Städ", "{sur}s Städservice", "Skinande Rent"]),
    "redovisning": ("en redovisningsbyrå", "byrån", "redovisningsbyrå",
                    ["{sur}s Redovisning", "{word} Ekonomi"]),
    "bilverkstad": ("en bilverkstad", "verkstaden", "bilverkstad",
                    ["{sur}s Bil & Motor", "{word} Bilservice", "Däck & Service {word}"]),
    "snickeri": ("ett snickeri", "snickeriet", "snickeri",
                 ["{sur}s Snickeri", "{word} Möbelsnickeri", "{word} Trä"]),
    "tvatteri": ("ett tvätteri", "tvätteriet", "tvätteri",
                 ["{word} Tvätt", "Tvätteriet {word}"]),
    "tatuering": ("en tatueringsstudio", "studion", "tatueringsstudio",
                  ["Ink {word}", "{word} Tattoo"]),
    "skonhet": ("en skönhetssalong", "salongen", "skönhetssalong",
                ["{word} Skönhet", "Nagelstudio {word}", "Hudvårdskliniken {word}"]),
}

TITLES = [
    "VD", "Ägare", "Delägare", "Ekonomiansvarig", "Platschef", "Projektledare", "CEO",
    "Founder", "Head of Operations", "Butikschef", "Administratör", "Ekonomi & admin",
    "Innehavare", "Styrelseledamot", "Verksamhetschef", "Office manager", "Arbetsledare",
    "Driftansvarig", "Co-founder", "Kontorsansvarig",
]

STREETS = [
    "Storgatan", "Kungsgatan", "Drottninggatan", "Järnvägsgatan", "Hamngatan", "Torggatan",
    "Industrivägen", "Verkstadsgatan", "Skolgatan", "Kyrkogatan", "Nygatan",
    "Östra Långgatan", "Södra vägen", "Stationsgatan", "Fabriksgatan", "Bangårdsgatan",
    "Åvägen", "Norra Esplanaden", "Tullgatan", "Västra Vallgatan", "Brogatan", "Smedjegatan",
]

PLACES = [
    "torget", "Stora torget", "hamnen", "resecentrum", "stationen", "gågatan",
    "Norra industriområdet", "Södra hamnen", "köpcentret", "badplatsen", "stadsparken",
    "Västra verksamhetsområdet", "Kvarnbacken", "Ekbacka", "rondellen vid infarten",
    "Lillån", "idrottsplatsen", "gamla mejeriet", "Sjöstaden", "biblioteket",
]

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag"]

UPPH_OMR = [
    "snöröjning", "måleriarbeten", "lokalvård", "skolmåltider", "elinstallationer",
    "VVS-tjänster", "markarbeten", "skolskjuts", "IT-konsulttjänster",
    "livsmedel till förskolor", "blommor och kransar", "transporttjänster",
    "grönyteskötsel", "hantverkstjänster", "kontorsmöbler", "tolktjänster",
]

BRANSCH = [
    "e-handel", "hundtrim", "snickeri", "städ", "redovisning", "café", "foodtruck",
    "hantverk", "IT-konsulting", "skönhetsvård", "elinstallationer", "turism", "friskvård",
    "webbdesign", "ekologisk odling", "second hand", "fotografering", "bilrekond",
]


def _num(rng: random.Random, lo: int, hi: int, step: int = 1) -> str:
    return str(rng.randrange(lo, hi + 1, step))


def _amount(rng: random.Random, lo: int, hi: int) -> str:
    v = rng.randint(lo, hi)
    v = v - v % (50 if v < 20000 else 500)
    s = f"{v:,}".replace(",", " ")
    r = rng.random()
    if r < 0.12:
        s = s.replace(" ", "")
    elif r < 0.2:
        s = s.replace(" ", ".")
    return s


SLOTS = {
    "gata": STREETS,
    "plats": PLACES,
    "nr": lambda r: _num(r, 1, 64),
    "månad": MONTHS,
    "veckodag": WEEKDAYS,
    "datum_fram": ["nästa vecka", "den {dag} {månad}", "i {månad}", "v. {vecka}", "vecka {vecka}",
                   "till helgen", "efter påsk", "innan midsommar", "1 {månad}", "om tre veckor",
                   "{dag}/{mnr}", "i början av {månad}", "om en månad", "sista {månad}"],
    "datum_bak": ["förra veckan", "i {månad}", "den {dag} {månad}", "för en månad sedan",
                  "i början av året", "i höstas", "v. {vecka}", "{dag}/{mnr}", "i {veckodag}s",
                  "för tre veckor sedan", "redan i {månad}", "strax före jul"],
    "dag": lambda r: _num(r, 1, 28),
    "mnr": lambda r: _num(r, 1, 12),
    "vecka": lambda r: _num(r, 2, 40),
    "belopp": lambda r: _amount(r, 900, 28000),
    "belopp_stor": lambda r: _amount(r, 4000, 420000),
    "antal": lambda r: _num(r, 20, 600, 10),
    "antal_bord": lambda r: _num(r, 3, 14),
    "kvm_ute": lambda r: _num(r, 12, 120),
    "kvm_hall": lambda r: _num(r, 60, 2400, 20),
    "kvm_lokal": lambda r: _num(r, 80, 1500, 10),
    "tomt": lambda r: _amount(r, 2000, 45000).replace(".", " "),
    "fasad": lambda r: _num(r, 5, 25),
    "timmar_a": lambda r: _num(r, 1, 4),
    "timmar_b": lambda r: _num(r, 3, 9),
    "kort_tid": ["en halvtimme", "45 minuter", "knappt en timme", "20 minuter", "en kvart"],
    "arendenr": lambda r: r.choice([
        f"{r.choice(['MBN', 'BN', 'SBN', 'MHN', 'KS'])} 2026-{r.randint(10, 2999):06d}",
        f"Dnr 2026/{r.randint(10, 1999)}", f"ärende {r.randint(10000, 99999)}",
        f"BN {r.choice(['2025', '2026'])}/{r.randint(100, 2500)}"]),
    "fakturanr": lambda r: r.choice([str(r.randint(100000, 999999)),
                                     f"F{r.randint(10000, 99999)}",
                                     f"#{r.randint(1000, 99999)}",
                                     f"2026-{r.randint(100, 999)}"]),
    "kundnr": lambda r: str(r.randint(100000, 99999999)),
    "fastighet": lambda r: f"{r.choice(WORDS)} {r.randint(1, 12)}:{r.randint(1, 40)}",
    "procent": lambda r: _num(r, 10, 70, 5),
    "veckor_n": lambda r: _num(r, 3, 20),
    "år_n": lambda r: _num(r, 2, 30),
    "år": lambda r: _num(r, 2015, 2024),
    "antal_anst": lambda r: _num(r, 2, 45),
    "omsattning": lambda r: _num(r, 2, 80),
    "antal_djur": lambda r: _num(r, 80, 400, 10),
    "avstand": lambda r: _num(r, 40, 400, 10),
    "vagnr": lambda r: _num(r, 40, 320),
    "skyltmatt": ["3 x 0,6 m", "120 x 80 cm", "4 meter lång och 50 cm hög", "2 x 1 m",
                  "ca 5 kvm", "60 cm i diameter"],
    "skyltfirma": ["Skyltmakarna", "Neon & Reklam i Norr", "{word} Reklam", "Dekorfabriken"],
    "upph_omr": UPPH_OMR,
    "upph_namn": ["ramavtal {upph_omr} 2026", "upphandlingen av {upph_omr}",
                  "upphandlingen {upph_omr}", "direktupphandlingen av {upph_omr}",
                  "ramavtalet för {upph_omr}"],
    "bransch": BRANSCH,
    "word": WORDS,
    "sur": SURNAMES,
    "it": ITALIAN,
    "namn2": FIRST_NAMES,
}

# ---------------------------------------------------------------------------
# Themes
# ---------------------------------------------------------------------------

FOOD = ["restaurang", "kafe", "pizzeria", "bageri", "foodtruck", "catering",
        "livsmedelsbutik", "hotell", "gard"]
SHOPS = ["butik", "restaurang", "kafe", "frisor", "livsmedelsbutik", "blomsterbutik", "gym",
         "bageri", "pizzeria", "skonhet"]
B2B = ["byggfirma", "elfirma", "maleri", "konsult", "stad", "catering", "akeri", "taxi",
       "blomsterbutik", "it", "redovisning"]

THEMES = [
    # 1 ---------------------------------------------------------------------
    dict(
        id="serveringstillstand", w=15.0,
        types=["restaurang", "bar", "hotell", "pizzeria", "eventbyra", "catering", "kafe"],
        cat=["Tillstånd", "Alkohol/tobak", "Tillstånd och regler"],
        units=["tillståndsenheten", "alkoholhandläggarna", "tillståndshandläggaren"],
        subj=["Serveringstillstånd", "Ansökan alkoholtillstånd", "Tillfälligt tillstånd event",
              "Fråga ang. serveringstider", "Alkoholtillstånd – status?"],
        core=[
            "Vi {planerar att|ska} öppna {en_v} på {gata} {datum_fram} och {vill|behöver} söka stadigvarande serveringstillstånd för {allmänheten|slutna sällskap}. Vad {behöver ni för underlag|ska bifogas i ansökan}?",
            "Hur lång är handläggningstiden för serveringstillstånd just nu? Vi {siktar på|hoppas kunna} ha {invigning|soft opening|öppning} {datum_fram}.",
            "Vi har ett event {datum_fram} med ca {antal} gäster och behöver tillfälligt serveringstillstånd {för allmänheten|till slutet sällskap}. Hinner ni handlägga det?",
            "Jag ska göra kunskapsprovet i alkohollagen och undrar {hur man bokar tid|när nästa provtillfälle är|om man kan göra det digitalt}.",
            "Vi {vill|skulle vilja} utöka serveringstiden till {01.00|02.00|03.00} {på fredagar och lördagar|under helgerna|under sommaren}. Hur går vi tillväga?",
            "{Ägarbilden|Ägarstrukturen} i bolaget har ändrats – {en ny delägare har kommit in|jag har köpt ut min kompanjon|vi har sålt halva bolaget}. Måste vi anmäla det till er för {serveringstillståndet|alkoholtillståndet}?",
            "Vi har fått {ett mejl|en påminnelse|ett brev} om restaurangrapporten {för 2025|för förra året}. Var {lämnar man den|ska den skickas in} och vad händer om den är sen?",
            "Vi vill {ha|kunna ha} servering av {vin och öl|starköl, vin och sprit|alkohol} på {uteserveringen|terrassen|takterrassen} också. Räcker vårt nuvarande tillstånd eller måste vi söka {utökning|ett utökat tillstånd}?",
            "Vi gör {catering|cateringuppdrag} till {bröllop|företagsfester|konferenser} och undrar om vi kan {få|ansöka om} cateringtillstånd för alkohol.",
            "Vår ansökan om serveringstillstånd {({arendenr})|som vi skickade in {datum_bak}} – har ni {fått allt ni behöver|någon uppdatering|ett beslut på gång}?",
            "Vi har tagit över {en_v} på {gata}. Kan vi {köra vidare på|använda} förra ägarens serveringstillstånd {tills vi fått ett eget|under en övergångsperiod}?",
            "Vi fick {en anmärkning|en erinran|synpunkter} vid {tillsynen|tillsynsbesöket} i helgen {om berusade gäster|om att ingen serveringsansvarig fanns på plats|om att matutbudet var för litet}. Vad innebär det för vårt tillstånd?",
            "Kan vi ha {provsmakning|vinprovning|ölprovning} i {lokalen|{vd}} utan fullt serveringstillstånd? {Det gäller ett|Tänkte ha ett} {enstaka tillfälle|kvällsevent} {datum_fram}.",
            "Vi behöver anmäla {ny serveringsansvarig personal|två nya serveringsansvariga} till tillståndet. Finns det en e-tjänst för det eller ska vi {maila|skicka in en blankett}?",
            "Vad kostar det att söka {serveringstillstånd|ett alkoholtillstånd|tillstånd att servera alkohol}? {Vi har inte hittat avgiften på hemsidan.|Behöver ha det i budgeten.}",
            "We are opening a {wine bar|cocktail bar|bistro} at {gata} and need a liquor license. {Which documents do you need?|How long does the process take?}",
            "Vi vill ha {en bar|en pop-up-bar|en ölservering} på {en festival|en konsert|ett torgevent} {datum_fram}. Är det tillfälligt tillstånd som gäller{ även om det är utomhus|}?",
        ],
        tel=[
            "undrar hur lång handläggningstiden är för serveringstillstånd, ska öppna {datum_fram}",
            "vill söka tillfälligt serveringstillstånd för {ett event|en festival|en företagsfest} {datum_fram}, ca {antal} pers",
            "frågar om kunskapsprov alkohollagen, hur bokar man",
            "ny delägare i bolaget, undrar om det måste anmälas till tillståndsenheten",
            "vill utöka serveringstiden till {kl 01|kl 02|kl 03} på helger",
            "har tagit över {en_v} på {gata}, undrar om gamla ägarens alkoholtillstånd gäller",
            "frågar efter status på ansökan om serveringstillstånd ({arendenr})",
            "har fått påminnelse om restaurangrapporten, vet inte hur man lämnar den",
            "vill ha cateringtillstånd för alkohol",
            "fick anmärkning vid alkoholtillsyn i helgen, orolig för tillståndet",
        ],
        det=[
            "Vi har {koncept|meny|planritning} klar {och kan skicka|om ni vill se den}.",
            "Lokalen har plats för ca {antal} sittande gäster.",
            "{All personal|Både jag och min kollega} har gått Ansvarsfull alkoholservering.",
            "Köket är {färdigt|nästan klart}, bara tillstånden kvar.",
            "{Hyresvärden|Banken} vill se att vi har tillståndet klart innan {vi skriver på|de släpper lånet}.",
        ],
        aside=[
            "Vi väntar också fortfarande på besked om serveringstillståndet.",
            "Sen behöver vi söka tillfälligt serveringstillstånd till en fest {datum_fram}.",
            "Hur bokar man förresten kunskapsprovet i alkohollagen?",
        ],
        taside=["frågade även om status på serveringstillståndet",
                "ska också söka tillfälligt alkoholtillstånd till ett event"],
    ),
    # 2 ---------------------------------------------------------------------
    dict(
        id="tobak_folkol", w=4.5,
        types=["kiosk", "livsmedelsbutik", "servicebutik", "kafe", "butik"],
        cat=["Tillstånd", "Alkohol/tobak", "Tillstånd och regler"],
        units=["tillståndsenheten", "tobakshandläggaren", "tillsynsenheten"],
        subj=["Tobakstillstånd", "Försäljning e-cigaretter", "Anmälan folköl", "Kontrollköp"],
        core=[
            "Vi ska börja sälja {tobak|cigaretter och snus|snus} i {vd} och undrar hur man söker försäljningstillstånd för tobak.",
            "Måste man ha tillstånd för att sälja {e-cigaretter|vejp|e-cigg} och påfyllningsbehållare, eller räcker det med en anmälan?",
            "Vi {vill|ska} sälja folköl {i butiken|i vår servicebutik|i kiosken}. Hur gör vi anmälan {och vad kostar den|och behöver vi ett egenkontrollprogram}?",
            "Vi har fått {en faktura|ett beslut} om {tillsynsavgift|årlig avgift} för tobaksförsäljning på {belopp} kr. Varför {så mycket|har den höjts}?",
            "Vid {kontrollköpet|ett kontrollköp} {datum_bak} sålde {en extrapersonal|en ny kille i kassan|en sommarvikarie} snus till en person under 18. Vad händer nu {med vårt tillstånd|för oss}?",
            "Vi har bytt {ägare|org.nr|bolagsform från enskild firma till AB}. Följer tobakstillståndet med eller måste vi söka nytt?",
            "Hur lång tid tar det att få tobakstillstånd? Vi {har redan köpt in varor|har beställt ett lager} och vill {komma igång|börja sälja} så snart som möjligt.",
            "Vi ska {sluta|upphöra} med {tobaksförsäljningen|försäljning av tobak} {vid månadsskiftet|den 1 {månad}|nu i vår}. Hur avanmäler vi?",
            "Vad gäller för att sälja receptfria läkemedel {som värktabletter|som nässpray|som Alvedon} i butiken? {Ska det anmälas till er också?|Är det ni som gör kontrollen?}",
            "Egenkontrollprogrammet för tobak – {finns det en mall|har ni exempel|vad ska det innehålla}? {Det ska visst bifogas ansökan.|Fick höra att det måste vara med.}",
            "Vi har {en kiosk|en liten butik} {vid stationen|på {gata}} och undrar om vi får sälja {nikotinpåsar|vitt snus} utan tillstånd.",
            "Kan ni skicka {blanketten|länken till e-tjänsten} för {ansökan om tobakstillstånd|anmälan av folköl}? Hittar den inte på {hemsidan|er webb}.",
            "Vi fick en erinran efter tillsyn för att {åldersgränsskylten saknades|egenkontrollprogrammet inte fanns i butiken|kassapersonalen inte frågade efter leg}. Hur {bemöter|överklagar} vi det?",
            "Måste alla i personalen {gå en utbildning|ha utbildning} för att {sälja tobak|stå i kassan när vi säljer tobak}? Vi har {många timanställda|mycket extrapersonal}.",
        ],
        tel=[
            "ska börja sälja tobak i {vd}, hur söker man tillstånd",
            "frågar om e-cigaretter kräver tillstånd eller anmälan",
            "vill anmäla folkölsförsäljning",
            "ifrågasätter tillsynsavgift tobak, {belopp} kr",
            "har bytt ägare, undrar om tobakstillståndet följer med",
            "sålde snus till minderårig vid kontrollköp, orolig",
            "vill avanmäla tobaksförsäljning",
            "frågor om receptfria läkemedel i butik",
        ],
        det=[
            "Butiken har öppet {alla dagar|7-22|till 23} och vi är {tre|fyra|två} anställda.",
            "Vi säljer {mest|framför allt} {dryck, godis och tidningar|livsmedel och kiosksortiment}.",
            "{Förra ägaren|Den gamla ägaren} hade tillstånd {sen flera år|i många år}.",
        ],
        aside=[
            "Vi ska också söka tillstånd för tobaksförsäljning, hur lång tid tar det?",
            "Behöver vi förresten anmäla folköl separat?",
        ],
        taside=["frågade även om tobakstillstånd", "undrar också om folkölsanmälan"],
    ),
    # 3 ---------------------------------------------------------------------
    dict(
        id="livsmedel_registrering", w=10.0,
        types=["restaurang", "kafe", "pizzeria", "bageri", "foodtruck", "catering",
               "livsmedelsbutik", "gard"],
        cat=["Livsmedel", "Miljö och hälsa", "Livsmedel/miljö"],
        units=["livsmedelskontrollen", "miljöförvaltningen", "livsmedelsinspektörerna",
               "miljö- och hälsoskydd"],
        subj=["Registrering livsmedelsanläggning", "Ny verksamhet – livsmedel",
              "Fråga registrering", "Öppning av nytt kök"],
        core=[
            "Vi ska {starta|öppna} {en_v} {på {gata}|vid {plats}} och {undrar hur vi registrerar livsmedelsanläggningen|behöver registrera verksamheten som livsmedelsföretag}. Hur lång tid innan vi får öppna?",
            "Hur lång tid {innan öppning|före start} ska man registrera {sig|anläggningen} hos er? Jag har läst {två veckor|14 dagar} men vill dubbelkolla.",
            "Jag vill {sälja|baka och sälja} {kakor|bröd|sylt och saft|tårtor} {hemifrån|från mitt hemmakök} {på Instagram|via Facebook|på marknader}. Behöver det registreras som livsmedelsverksamhet?",
            "Vi har köpt en foodtruck och undrar var {den ska registreras|vi registrerar den} – i kommunen där vi bor eller där {den står|vi säljer}?",
            "Vilka krav finns på lokalen för {ett kök|vårt bageri|ett café}? {Måste vi ha separat handtvätt?|Räcker en diskbänk?|Behöver vi personaltoalett?}",
            "Vi har tagit över {en befintlig verksamhet|{en_v}} och bytt org.nr – måste vi registrera på nytt eller räcker det med en ändring?",
            "Vi ska {bygga om|utöka} köket och {börja med|lägga till} {take away|catering|styckning|sushi|glasstillverkning}. Måste det anmälas {som en ändring|till er}?",
            "Vi {har skickat in|skickade} {registreringen|anmälan om registrering} {datum_bak} men har inte fått någon bekräftelse. {Kan vi öppna ändå?|Har ni fått den?}",
            "Behöver {gården|vi} registrera {gårdsbutiken|äggförsäljningen|försäljning av honung} hos er{ eller hos Livsmedelsverket|}?",
            "Vilken {e-tjänst|blankett} gäller för registrering av livsmedelsanläggning? {Länken på hemsidan fungerar inte.|Hittar bara en gammal pdf.}",
            "Vi ska ha ett {pop-up|popup}-kök {i två månader|under sommaren|vid {plats}}. Måste ett tillfälligt kök också registreras?",
            "Vad ska finnas med i {vårt egenkontrollprogram|egenkontrollen|HACCP-planen} när vi startar? Har ni {någon mall|en checklista}?",
            "Kan någon från {miljö|livsmedelskontrollen} {komma ut och titta|göra ett förbesök} på lokalen {innan vi skriver kontraktet|innan vi bygger klart}? Vill inte {göra fel|bygga fel} från början.",
            "Vi ska starta {ett cateringföretag|lunchleveranser|matlådeförsäljning} {från en hyrd|i en delad} köksyta. Hur registreras det när flera {företag|firmor} delar kök?",
            "Hi, we are opening {a street food place|a small café|a bakery} at {gata} and need to register the food business. Can you send the form{ in English|}?",
        ],
        tel=[
            "ska öppna {en_v} {på {gata}|vid {plats}}, hur registrerar man livsmedelsanläggning",
            "vill sälja hembakat, undrar om det krävs registrering",
            "köpt foodtruck, var ska den registreras",
            "frågor om krav på köket, handfat och toalett",
            "tagit över verksamhet, måste man registrera om",
            "skickat in registrering {datum_bak}, ingen bekräftelse",
            "vill ha förbesök av livsmedelsinspektör innan kontrakt",
            "ska starta pop-up-kök i sommar, behövs registrering",
        ],
        det=[
            "Lokalen {var tidigare|har tidigare varit} {en frisörsalong|ett kontor|en butik|en pizzeria}.",
            "Vi räknar med att {laga|servera} ca {antal} portioner om dagen.",
            "Hyresvärden {vill ha|väntar på} besked {innan vi skriver på|senast {datum_fram}}.",
            "{Jag har|Vi har} jobbat i restaurangbranschen i {många år|tio år}, men aldrig {drivit eget|haft eget}.",
        ],
        aside=[
            "Vi ska också registrera ett nytt kök, vilken e-tjänst gäller?",
            "Behöver vi förresten registrera vår foodtruck separat?",
            "Sen undrar jag om vi behöver registrera om livsmedelsverksamheten efter ägarbytet.",
        ],
        taside=["frågade också om registrering av nytt kök",
                "undrar även om foodtrucken måste registreras"],
    ),
    # 4 ---------------------------------------------------------------------
    dict(
        id="livsmedel_kontrollavgift", w=5.0,
        types=["restaurang", "kafe", "pizzeria", "bageri", "foodtruck", "catering",
               "livsmedelsbutik", "hotell"],
        cat=["Livsmedel", "Miljö och hälsa", "Livsmedel/miljö", "Faktura"],
        units=["livsmedelskontrollen", "miljöförvaltningen", "miljö- och hälsoskydd",
               "administratören på miljö"],
        subj=["Faktura kontrollavgift", "Bestridande av faktura", "Fråga om avgift livsmedel",
              "Felaktig faktura"],
        core=[
            "Vi har fått en faktura på {belopp} kr för {årlig kontrollavgift|livsmedelskontroll|offentlig kontroll} men {har bara haft öppet sedan {månad}|har inte haft något besök i år}. Hur är den beräknad?",
            "Varför har vår {riskklassning|kontrolltid|årliga kontrolltid} ändrats{ från {timmar_a} till {timmar_b} timmar|}? Avgiften blev {mycket|betydligt} högre {i år|jämfört med förra året}.",
            "Vi fick en {extra|ny} faktura efter {uppföljande kontroll|återbesöket|en extra kontroll} {datum_bak} på {belopp} kr. Är det verkligen rätt att vi ska betala för den?",
            "Vi {har lagt ned|stängde} {verksamheten|{vd}} {datum_bak} men har ändå fått {en faktura för kontrollavgift|fakturan för hela året}. Vi vill {ha den makulerad|ha pengarna tillbaka|bestrida den}.",
            "Kan vi {dela upp betalningen|få anstånd|få delbetala} av {livsmedelsavgiften|kontrollavgiften} på {belopp} kr? {Det är tufft|Det är lågsäsong} just nu.",
            "Vi har fått timdebitering för handläggning av {ett klagomål|en anmälan} som {visade sig vara ogrundat|inte stämde}. Hur kan man få betala för något man inte gjort fel?",
            "Vad är {timavgiften|timtaxan} för livsmedelskontroll i år och {varför skiljer den sig från grannkommunen|var ser jag taxan}?",
            "Fakturan för kontrollavgift är ställd till {fel bolag|gamla ägaren|fel org.nr}. {Vi tog över {datum_bak}.|Vänligen korrigera.}",
            "Vi {vill överklaga|vill klaga på} beslutet om {avgift|riskklass} för {vd}. {Vilken instans|Vart} ska överklagandet {skickas|ställas}?",
            "Efterhandsdebitering{ – vad är det|}? Vi fick {ett brev|ett mejl} om att kontrollavgiften i fortsättningen {tas ut i efterhand|debiteras efter kontrollen}.",
            "Vi har {minskat|dragit ner på} verksamheten {till bara kaffe och kaka|och serverar inte längre varm mat|kraftigt}. Kan vi få {en lägre riskklass|sänkt avgift|omklassning}?",
            "{Inspektören|Kontrollanten} var här i {kort_tid} men vi har debiterats för {timmar_b} timmar. {Kan ni förklara?|Det stämmer inte.}",
            "Vi fick en påminnelse {med förseningsavgift|från inkasso} om kontrollavgiften, men {vi har redan betalat|den betalades {datum_bak}}. Kan ni kolla?",
            "Kan kontrollavgiften {skickas som e-faktura|faktureras till vår redovisningsbyrå} i stället? {Pappersfakturor hamnar fel hos oss.|Vi har missat den förut.}",
        ],
        tel=[
            "ifrågasätter fakturan för årlig kontrollavgift livsmedel, {belopp} kr",
            "undrar varför riskklassningen ändrats, avgiften har höjts",
            "fått faktura för extra kontroll, tycker inte det är rimligt",
            "har lagt ned {vd} men fått kontrollavgift för hela året",
            "vill delbetala kontrollavgiften",
            "faktura ställd till gamla ägaren, vill ha den rättad",
            "vill överklaga avgiftsbeslut, vart skickar man",
            "debiterade {timmar_b} timmar men inspektören var där {kort_tid}",
        ],
        det=[
            "{Vi är|Det är} ett litet företag med {två|tre|fyra} anställda{ och marginalerna är små|}.",
            "{Fakturanummer|Fakturanr|Ref} {fakturanr}.",
            "Vi har alltid {fått bra betyg|haft bra resultat} vid kontrollerna.",
        ],
        aside=[
            "Och så förstår vi inte riktigt fakturan för kontrollavgiften vi fick.",
            "Vi har även en fråga om den årliga livsmedelsavgiften, den har höjts mycket.",
        ],
        taside=["klagade även på kontrollavgiften för livsmedel",
                "frågade också om riskklassningen"],
    ),
    # 5 ---------------------------------------------------------------------
    dict(
        id="uteservering", w=8.0,
        types=["restaurang", "kafe", "pizzeria", "bar", "bageri", "hotell"],
        cat=["Gata/park", "Trafik och gator", "Tillstånd"],
        units=["gatukontoret", "stadsmiljöenheten", "trafik- och gatuenheten",
               "markupplåtelsehandläggaren"],
        subj=["Uteservering", "Ansökan uteservering 2026", "Markupplåtelse",
              "Faktura uteservering"],
        months=[1, 3, 5, 6, 5, 2],
        core=[
            "Vi vill {söka|ansöka om} {tillstånd för |}uteservering {utanför|framför} {vd} på {gata} {från {månad}|inför säsongen|till sommaren}. Hur gör vi?",
            "Vad kostar {markupplåtelse|det att hyra mark} för uteservering per {kvadratmeter|kvm|säsong}? Vi {tänker oss|planerar} ca {kvm_ute} kvm.",
            "Vår uteservering {låg förra året|har legat} på trottoaren – måste vi söka {nytt tillstånd|på nytt} varje år eller förlängs det automatiskt?",
            "Får vi ha {värmelampor|parasoller|blomlådor|ett staket|vindskydd} på uteserveringen? {Polisen sa att vi ska fråga kommunen.|Grannbutiken klagade förra året.}",
            "Vi {skulle vilja|vill} ställa ut ett {golv|podium|trädäck} till uteserveringen eftersom {trottoaren lutar|marken är ojämn}. Behövs bygglov {för det|eller räcker markupplåtelse}?",
            "Vi har sökt uteservering {datum_bak} men inte fått {beslut|svar}. Säsongen börjar {snart|{datum_fram}} och vi har redan {köpt möbler|beställt möbler|anställt sommarpersonal}.",
            "Kan vi {få|utöka} uteserveringen {med ett par bord till|till parkeringsplatsen utanför|längre mot {plats}}? {Det är trångt.|Efterfrågan är stor.}",
            "Hur {långt ut|bred} får uteserveringen vara? {Vi vill inte|Det får ju inte} blockera {gångbanan|för rullstolar och barnvagnar}.",
            "Vi har fått {fakturan|en faktura} för uteserveringen på {belopp} kr {men hade bara öppet i två månader|för hela säsongen trots att vi började sent}. Kan den justeras?",
            "Får vi {ha kvar|låta stå} möblerna ute över natten eller måste allt plockas in? {Vi har låst dem med kedja.|Det tar en timme varje kväll.}",
            "Vi vill ha en {vinteruteservering|uteservering på vintern|året-runt-uteservering} med {filtar och värme|tält}. Är det möjligt {hos er|i kommunen}?",
            "{Vilka ritningar|Vilken skiss|Vilket underlag} behövs för ansökan om uteservering? {Räcker det med en handritad skiss?|Vi har ingen arkitekt.}",
            "Grannen {på {gata}|i huset} klagar på {oljud|ljud} från uteserveringen {efter 22|sena kvällar}. Vilka {tider|regler} gäller för uteserveringar hos er?",
            "Hello, we would like to apply for outdoor seating (uteservering) {for the summer|from May}. What is the fee per sqm?",
        ],
        tel=[
            "vill söka uteservering på {gata}, frågar om avgift per kvm",
            "har sökt uteservering {datum_bak}, inget beslut än, säsongen börjar",
            "frågar om värmelampor och parasoller är ok på uteservering",
            "behövs bygglov för trädäck till uteservering",
            "vill utöka uteserveringen med fler bord",
            "ifrågasätter fakturan för markupplåtelse uteservering",
            "undrar om möblerna får stå ute över natten",
        ],
        det=[
            "Vi {tänker oss|räknar med} {antal_bord} bord med {2-4|fyra} stolar {vid varje|per bord}.",
            "{Förra året|I fjol} hade vi {samma yta|en mindre yta} och det fungerade {bra|utmärkt}.",
            "Fasaden är ca {fasad} meter {bred|lång}.",
        ],
        aside=[
            "Sen behöver vi förnya ansökan om uteservering inför sommaren.",
            "Vad kostar förresten markupplåtelsen för uteserveringen i år?",
        ],
        taside=["ska även söka uteservering igen", "frågade också om avgiften för uteservering"],
    ),
    # 6 ---------------------------------------------------------------------
    dict(
        id="torghandel_evenemang", w=5.5,
        types=["foodtruck", "gard", "eventbyra", "butik", "blomsterbutik", "bageri"],
        cat=["Gata/park", "Evenemang", "Trafik och gator"],
        units=["gatukontoret", "torghandelsansvarig", "evenemangssamordnaren",
               "markupplåtelsehandläggaren"],
        subj=["Torgplats", "Evenemang i parken", "Pop-up på torget", "Foodtruckplats"],
        months=[1, 2, 4, 5, 5, 4],
        core=[
            "Vi vill {hyra|boka} en torgplats {på lördagar|varje fredag|under sommaren} för att sälja {grönsaker|jordgubbar|blommor|hantverk|ost och chark}. Hur bokar man och vad kostar det?",
            "Vi har en foodtruck och vill {stå|ställa oss} vid {plats} {på lunchen|några dagar i veckan}. Vilka platser {finns|kan man hyra} och hur söker vi?",
            "Vi arrangerar {en loppmarknad|en julmarknad|en vårmarknad|en gatufest|en konsert|ett motionslopp} {datum_fram} och behöver {låna|hyra} {parken|torget|en del av gatan}. Vem ska vi kontakta?",
            "Vi vill göra en pop-up {med produktlansering|med provsmakning|för ett klädmärke} vid {plats} en helg. Behövs tillstånd från kommunen eller bara polistillstånd?",
            "Finns det {el|ström|vatten} att tillgå på torget för torghandlare? Vi behöver {koppla in|ha} {en kyl|en kaffemaskin|ett värmeskåp}.",
            "Vi har {fast torgplats|säsongsplats} sedan {år} och undrar om {avgiften|platshyran} för 2026 {är klar|har höjts}.",
            "Vi fick {en avbokning|ställa in} på torgplatsen {pga|på grund av} {marknaden|ett evenemang|vägarbete} {datum_bak}. Får vi {tillbaka pengarna|en annan plats}?",
            "{Vi planerar|Planen är} en {festival|matfestival|skördemarknad|bilträff} vid {plats} med ca {antal} besökare. {Vilka tillstånd behövs från kommunen?|Kan företagslotsen hjälpa oss samordna tillstånden?}",
            "Kan vi {låna|hyra} {kravallstaket|soptunnor|en scen|bord och bänkar} av kommunen till vårt evenemang {datum_fram}?",
            "Vi säljer {julgranar|pumpor|påskris|glass} {från en vagn|från ett släp} och vill {stå vid|ställa oss vid} {plats} {i december|några veckor}. {Är det möjligt?|Hur söker man?}",
            "Ordningsföreskrifterna för torghandel – {får man|är det tillåtet att} {spela musik|använda högtalare|ha generator} vid ståndet?",
            "Vi vill {sätta upp|ställa} ett {tält|partytält|reklamtält} vid {plats} under {en helg|tre dagar} för {en kampanj|en mässa}. Hur söker man markupplåtelse för det?",
            "Hur {tidigt|långt i förväg} måste vi söka {tillstånd|plats} för {marknaden|evenemanget} {datum_fram}? {Vi är lite sent ute.|Har hört att det tar tid.}",
            "Får man som {gårdsföretag|odlare} sälja direkt från {bilen|släpet} vid {plats}{ utan torgplats|}? {Vi har gjort det förut utan att fråga.|}",
        ],
        tel=[
            "vill hyra torgplats på lördagar, frågar om pris",
            "foodtruck, undrar var man får stå och hur man söker plats",
            "arrangerar {marknad|evenemang} {datum_fram}, vill låna {torget|parken}",
            "frågar om el vid torgplatserna",
            "vill ha pop-up vid {plats} en helg, vilka tillstånd",
            "vill låna kravallstaket och soptunnor till event",
            "frågar om höjd platshyra för torghandel 2026",
        ],
        det=[
            "Vi behöver en yta på ca {kvm_ute} kvm.",
            "{Vi har|Det finns} ansvarsförsäkring {och|samt} {livsmedelsregistrering|polistillstånd sökt}.",
            "{Förra året|Förra säsongen} stod vi {vid {plats}|på samma ställe} {utan problem|och det funkade bra}.",
        ],
        aside=[
            "Och hur bokar man en torgplats till hösten?",
            "Vi funderar också på att stå med foodtrucken vid {plats} – vem ska vi prata med då?",
        ],
        taside=["frågade även om torgplats till hösten", "undrar också om plats för foodtruck"],
    ),
    # 7 ---------------------------------------------------------------------
    dict(
        id="skyltlov", w=5.0,
        types=SHOPS + ["bar", "hotell", "bilverkstad", "it", "redovisning"],
        cat=["Bygg", "Bygga och bo", "Bygglov"],
        units=["bygglovsenheten", "bygglov", "stadsbyggnadskontoret", "bygglovshandläggaren"],
        subj=["Skyltlov", "Ny fasadskylt", "Fråga skylt", "Brev om olovlig skylt"],
        core=[
            "Vi {ska sätta upp|vill montera} en {ny|ny belyst|större} skylt på fasaden {till {vd}|ovanför entrén}. Behövs bygglov {(skyltlov)|för det}?",
            "Hur lång tid tar {ett skyltlov|handläggningen av skyltlov}? {Skyltföretaget|Skyltfirman} kan montera {datum_fram}.",
            "Får vi ställa ut en {gatupratare|trottoarpratare|A-skylt|pratare} {utanför butiken|på trottoaren} utan tillstånd?",
            "Vi har fått {ett brev|ett föreläggande|en anmälan} om att vår {skylt|vepa|flaggskylt} saknar bygglov. {Den har suttit där i flera år.|Förra hyresgästen satte upp den.} Vad gör vi nu?",
            "Vi vill byta {ut den gamla skylten|texten på skylten} {efter namnbytet|eftersom vi bytt namn|med ny logga} – samma storlek och plats. {Behövs nytt lov?|Räcker det med en anmälan?}",
            "Vad kostar {det att söka|avgiften för} skyltlov? {Vi har fått offert på själva skylten men vet inte vad kommunen tar.|Behöver räkna på det.}",
            "Vi vill sätta upp en {LED-skylt|digital skärm|rörlig reklamskylt} {i skyltfönstret|på fasaden|vid infarten}. {Finns det särskilda regler för rörlig reklam?|Är det tillåtet?}",
            "{Får|Kan} vi sätta en {vepa|banderoll|byggvepa} {på byggställningen|på staketet|på fasaden} {under ombyggnaden|i två månader} {för att visa att vi har öppet|med reklam}?",
            "Vi har en {verksamhet|firma} vid {rondellen vid infarten|Industrivägen|väg {vagnr}} och vill {sätta upp|ställa} en {vägvisningsskylt|pylon|stor skylt} vid vägen. Är det ni eller Trafikverket som beslutar?",
            "{Vilka ritningar|Vilket underlag} behövs till skyltlovsansökan? {Räcker det med ett fotomontage?|Skyltfirman har gjort en skiss.}",
            "{Huset|Fastigheten} {är kulturmärkt|ligger i en q-märkt miljö|ligger i gamla stan}. Finns det {särskilda krav|regler} på {färg och storlek|utformning} för skyltar där?",
            "Vi {fick avslag på|har fått avslag på} vår skylt {pga|på grund av} {storleken|belysningen|placeringen}. Kan vi {ändra och söka igen|överklaga}?",
            "Vi vill ha {frostad folie|dekor|reklamdekaler} på {fönstren|skyltfönstren}. Räknas det som skylt som kräver lov?",
            "Vi delar fastighet med {tre|flera} andra företag och vill sätta upp en gemensam {skyltvägg|infartsskylt}. Vem ska stå som sökande?",
        ],
        tel=[
            "ska sätta upp ny fasadskylt, undrar om skyltlov krävs",
            "frågar om gatupratare på trottoaren",
            "har fått brev om olovlig skylt, förra hyresgästen satte upp den",
            "byter namn, ska byta skylttext, behövs nytt lov",
            "vill ha LED-skylt, frågar om regler för rörlig reklam",
            "frågar om handläggningstid skyltlov, skyltfirman klar {datum_fram}",
            "vill sätta upp pylon vid vägen, vem beslutar",
        ],
        det=[
            "Skylten är {skyltmatt} och {ska vara|blir} {belyst|bakbelyst|obelyst}.",
            "Fastighetsägaren har {godkänt|sagt ok till} skylten.",
            "{Skyltfirman|Leverantören} heter {skyltfirma} om det spelar någon roll.",
        ],
        aside=[
            "Vi behöver också byta skylt på fasaden, krävs lov för det?",
            "Får vi förresten ställa ut en gatupratare vid entrén?",
        ],
        taside=["frågade även om skyltlov för ny skylt", "undrar också om gatupratare"],
    ),
    # 8 ---------------------------------------------------------------------
    dict(
        id="bygglov_verksamhetslokal", w=9.0,
        types=["restaurang", "butik", "gym", "byggfirma", "bilverkstad", "snickeri", "gard",
               "hotell", "frisor", "akeri", "kafe"],
        cat=["Bygg", "Bygga och bo", "Bygglov"],
        units=["bygglovsenheten", "bygglov", "stadsbyggnadskontoret", "byggnadsinspektören"],
        subj=["Bygglov lokal", "Ändrad användning", "Startbesked", "Komplettering bygglov",
              "Förhandsbesked"],
        core=[
            "Vi {har hyrt|ska hyra} en lokal på {gata} som tidigare var {kontor|butik|lager} och vill {göra om den till|öppna} {en restaurang|ett gym|en frisörsalong|en verkstad}. Behövs bygglov för ändrad användning?",
            "Vi ska {bygga om|renovera} {lokalen|köket|{vd}} och {flytta|ta bort} en {vägg|bärande vägg}. Krävs bygglov eller räcker det med en anmälan?",
            "Vi {vill|ska} bygga {ett lager|en tillbyggnad|en hall|ett kallförråd} på ca {kvm_hall} kvm på vår tomt. Vad säger detaljplanen och hur lång tid tar bygglovet?",
            "Vi har {sökt|lämnat in} bygglov {datum_bak} ({arendenr}) och {fått begäran om komplettering|väntar fortfarande}. {Vad saknas egentligen?|Vi har hantverkare bokade.}",
            "Vi behöver startbesked {snarast|innan {datum_fram}} – {entreprenören|byggfirman} står redo. Vad återstår i ärendet?",
            "{Ventilationen|Köksventilationen|Imkanalen} ska {dras upp genom taket|gå ut på fasaden|bytas}. Behövs bygglov eller bara en anmälan för det?",
            "Vi {vill|ska} {sätta in|byta} {en ny entrédörr|större fönster|en lastport|en rullport} i fasaden. {Är det bygglovspliktigt?|Behövs lov?}",
            "Vem kan vara kontrollansvarig för vår ombyggnad, och {måste vi ha|behövs} en KA för ett så litet projekt?",
            "Vi har fått {interimistiskt slutbesked|slutbesked för etapp 1} – får vi börja använda lokalen innan {OVK|brandskyddsdokumentationen} är klar?",
            "Kan vi få ett förhandsbesked om vi får bygga {en verkstad|en hall|ett växthus|en gårdsbutik} på {fastigheten|gården} utanför detaljplanerat område?",
            "Vi {har fått|fick} ett beslut om {byggsanktionsavgift|sanktionsavgift} på {belopp_stor} kr för att vi {började bygga utan startbesked|tog lokalen i bruk för tidigt}. Vi {vill ha ett möte|tycker det är orimligt}.",
            "Vad {kostar|blir avgiften för} ett bygglov för {ändrad användning|en tillbyggnad|ombyggnaden}? {Vi behöver det i kalkylen.|Banken frågar.}",
            "Behöver vi bygglov för {en container som kontor|en tillfällig bod|en modul} på {vår tomt|arbetsplatsen} {i ett år|under byggtiden}?",
            "Kan vi få ett {tidigt samråd|förhandsmöte|möte med bygglov} innan vi skickar in {ansökan|handlingarna}? {Vi vill inte få avslag pga småsaker.|Arkitekten föreslog det.}",
            "Vi vill {sätta solceller|lägga solpaneler} på {taket till lagret|verkstadstaket|ladugården}. Krävs bygglov för det {hos er|i vårt område}?",
        ],
        tel=[
            "ska göra om kontor till {restaurang|gym|salong}, undrar om ändrad användning kräver bygglov",
            "väntar på startbesked, entreprenör står redo",
            "vill bygga lagerhall ca {kvm_hall} kvm, frågar om detaljplanen",
            "fått begäran om komplettering, förstår inte vad som saknas",
            "frågar om imkanal genom taket kräver lov",
            "fått byggsanktionsavgift {belopp_stor} kr, vill ha möte",
            "vill boka förhandsmöte med bygglov",
        ],
        det=[
            "{Arkitekten|Vår arkitekt|Konsulten} har tagit fram ritningar {och kan skicka dem|som vi kan bifoga}.",
            "Hyresvärden {har godkänt|står bakom} ombyggnaden.",
            "Vi har en tidplan med öppning {datum_fram}.",
            "Fastighetsbeteckning {fastighet}.",
        ],
        aside=[
            "Vi har också ett bygglov för ombyggnaden som ligger hos er, hur går det med det?",
            "Sen undrar vi om vi behöver bygglov för att bygga om lokalen.",
        ],
        taside=["frågade även om status på bygglovet", "undrar också om startbesked"],
    ),
    # 9 ---------------------------------------------------------------------
    dict(
        id="upphandling", w=8.0,
        types=B2B,
        cat=["Upphandling", "Upphandling och inköp", "Övrigt"],
        units=["upphandlingsenheten", "upphandlaren", "inköpsavdelningen"],
        subj=["Upphandling", "Fråga ang. anbud", "Tilldelningsbeslut", "Leverantör till kommunen"],
        core=[
            "Hur gör man för att {bli leverantör till|sälja till|få uppdrag hos} kommunen? Vi är {ett litet|ett lokalt} företag {och|men} har {aldrig lämnat anbud|svårt att hitta upphandlingarna}.",
            "Vi har frågor om {upph_namn} ({arendenr}). {Kravet på omsättning|Referenskravet|Kravet på ISO-certifiering} {utesluter alla små företag|är orimligt för oss}. Kan ni förklara varför?",
            "Vi fick tilldelningsbeslut {datum_bak} att vi {inte vann|förlorade} {upph_namn}. Kan vi få ta del av {det vinnande anbudet|utvärderingen|poängsättningen}?",
            "{Gör ni|Har ni} direktupphandlingar {inom|av} {måleri|snöröjning|städ|IT-support|catering|transporter}? Vi {skulle vilja|vill} finnas med {på listan|bland leverantörerna}.",
            "{Var|I vilket system} {publicerar ni|annonseras} era upphandlingar? {Vi hittar inget på hemsidan.|Är det TendSign, e-Avrop eller något annat?}",
            "Vi {vill|ska} lämna anbud på {upph_namn} men sista anbudsdag är {datum_fram}. {Finns det någon möjlighet att förlänga?|Hinner vi få svar på frågor innan deadline?}",
            "Vi har ramavtal med kommunen {för|gällande} {upph_omr}, men {förvaltningarna|skolorna} {beställer ändå från andra|köper av annan leverantör}. Vem följer upp avtalstroheten?",
            "Kan kommunen {dela upp upphandlingar|göra mindre delområden} så att {lokala|små} företag {kan|har chans att} {lämna anbud|konkurrera}? Vi är bara {två|fem|sju} anställda.",
            "Ordnar ni {leverantörsträffar|informationsmöten|dialogmöten} om kommande upphandlingar? {Vi vill gärna veta vad som är på gång.|Skulle vara värdefullt.}",
            "Vi har fått {en fråga|ett mejl} om att {förlänga|förnya} avtalet för {upph_omr} {på samma villkor|med indexuppräkning}. Vem ska vi förhandla med?",
            "Måste man {visa|lämna} {skatteintyg|utdrag från Bolagsverket|F-skattebevis} för att {vara med|lämna anbud} i en direktupphandling?",
            "Vi {anser att|menar att} {upph_namn} {har gått fel till|har brister}. {Hur begär vi överprövning?|Ska vi vända oss till förvaltningsrätten?} Vi vill först prata med er.",
            "Vi är ett {socialt företag|arbetsintegrerande socialt företag} – {finns det|har ni} {reserverade upphandlingar|upphandlingar med sociala krav} som vi kan delta i?",
            "Kan ni {tipsa om|rekommendera} {någon utbildning|en kurs} i {att skriva anbud|offentlig upphandling} för småföretagare? {Det känns|Allt känns} {krångligt|byråkratiskt}.",
            "Hi, where can we find your {public tenders|open tenders}? We are a {small|Swedish-Polish} construction company interested in {upph_omr}.",
        ],
        tel=[
            "vill bli leverantör till kommunen, hur gör man",
            "frågor om krav i {upph_namn}",
            "förlorade {upph_namn}, vill se utvärderingen",
            "undrar var upphandlingarna publiceras",
            "har ramavtal men skolorna köper från annan leverantör",
            "vill vara med i direktupphandlingar inom {upph_omr}",
            "frågar om överprövning",
        ],
        det=[
            "Vi har {F-skatt|F-skattsedel} och {alla intyg|kollektivavtal} på plats.",
            "Vi har jobbat {åt|för} {flera|andra} kommuner {i länet|i regionen} tidigare.",
            "{Vi omsätter|Omsättningen är} ca {omsattning} {mkr|miljoner} per år.",
        ],
        aside=[
            "Har ni förresten några upphandlingar på gång inom {upph_omr}?",
            "Vi vill också gärna komma med i era direktupphandlingar.",
        ],
        taside=["frågade även om kommande upphandlingar", "vill också vara med i direktupphandlingar"],
    ),
    # 10 --------------------------------------------------------------------
    dict(
        id="faktura_kommunen_betalar", w=5.0,
        types=B2B,
        cat=["Ekonomi", "Faktura", "Övrigt"],
        units=["ekonomiavdelningen", "leverantörsreskontran", "kundtjänst ekonomi",
               "ekonomiservice"],
        subj=["Obetald faktura", "Påminnelse", "E-faktura/Peppol", "Ändrat bankgiro",
              "Faktura returnerad"],
        core=[
            "Vi har en obetald faktura till {kommunen|er} ({fakturanr}) på {belopp_stor} kr som förföll {datum_bak}. {Vänligen betala omgående.|När kan vi räkna med betalning?}",
            "Vår faktura har {kommit tillbaka|returnerats} med {beskedet|meddelandet} att {referens saknas|referenskoden är fel|beställarens id saknas}. Vilken referens ska vi använda?",
            "Vi har fått veta att kommunen {bara tar emot|kräver} e-faktura {via Peppol|i Peppol-format}. Vi är {en liten firma|ett litet företag} och har inget faktureringssystem. Hur gör vi?",
            "Ni betalar {alltid|ofta} för sent – {30 dagar|betalningsvillkoret} gäller enligt avtalet men {vi får betalt efter 60|det dröjer ofta två månader}. {Vi kommer att|Vi har börjat} ta ut dröjsmålsränta.",
            "{Fakturaportalen|Er fakturaportal|Leverantörsportalen} {fungerar inte|går inte att logga in i|ger felmeddelande} när vi {laddar upp|skickar} fakturor. {Finns det ett annat sätt?|Vem kan hjälpa?}",
            "Vi har ändrat {bankgiro|bankkonto|plusgiro} och vill att ni uppdaterar {leverantörsregistret|era uppgifter}. {Vilken blankett gäller?|Hur verifierar ni ändringen?}",
            "Vi har fått {ett mejl|ett brev} som ser ut att komma från kommunen om {ändrat bankkonto|nya betalningsuppgifter}. Är det {äkta|ett bedrägeriförsök}?",
            "Kan ni {kolla|se} status på fakturorna {fakturanr} och {fakturanr}? {Beställaren på skolan|Vår kontakt på förvaltningen} säger att de {attesterat|godkänt} dem {för länge sedan|förra månaden}.",
            "Vi {utförde|gjorde} {jobbet|uppdraget} åt {tekniska förvaltningen|skolan|äldreboendet} {datum_bak} men ingen {vill|kan} säga vem som ska attestera fakturan. {Det handlar om|Beloppet är} {belopp_stor} kr.",
            "Vad har ni för betalningsvillkor {för leverantörer|mot småföretag}? {En del kommuner betalar inom 10 dagar.|Vi är ett litet företag och likviditeten är ansträngd.}",
            "{Kan vi|Får vi} skicka {fakturan|fakturor} som PDF {via mejl|till en mejladress} i stället för e-faktura? {Vi fakturerar er bara någon gång per år.|}",
            "Ni har betalat {fel belopp|för lite} på faktura {fakturanr} – det saknas {belopp} kr. {Vad beror det på?|Vänligen reglera mellanskillnaden.}",
            "Vi har fått en {kreditering|avräkning} från kommunen {som vi inte förstår|utan förklaring}. {Vem på ekonomi kan förklara?|Kan ni specificera?}",
            "Invoice {fakturanr} is {30 days|two months} overdue. Please advise when payment will be made.",
        ],
        tel=[
            "obetald faktura till kommunen på {belopp_stor} kr, förföll {datum_bak}",
            "faktura returnerad, saknar referens, vet inte vilken kod",
            "frågar om Peppol, har inget faktureringssystem",
            "klagar på att kommunen betalar sent, vill ta ut dröjsmålsränta",
            "har bytt bankgiro, vill uppdatera leverantörsregistret",
            "misstänker bedrägerimejl om ändrade bankuppgifter",
            "vet inte vem som ska attestera fakturan för jobbet på {skolan|äldreboendet}",
        ],
        det=[
            "{Fakturanr|Fakturanummer|Vår ref} {fakturanr}, {belopp_stor} kr.",
            "Vi har {redan skickat två påminnelser|ringt flera gånger} utan {svar|resultat}.",
            "För ett {litet |}företag som vårt är det {mycket pengar|kännbart}.",
        ],
        aside=[
            "Vi har dessutom en faktura till kommunen som fortfarande inte är betald.",
            "Och vilken referens ska stå på fakturorna till er?",
        ],
        taside=["nämnde även en obetald faktura till kommunen", "frågade också om fakturareferens"],
    ),
    # 11 --------------------------------------------------------------------
    dict(
        id="mark_och_lokaler", w=6.0,
        types=["byggfirma", "akeri", "snickeri", "bilverkstad", "konsult", "it", "gard",
               "butik", "elfirma", "livsmedelsbutik"],
        cat=["Etablering", "Mark och exploatering", "Starta och driva företag"],
        units=["mark- och exploatering", "exploateringsingenjören", "näringslivskontoret",
               "etableringsansvarig"],
        subj=["Verksamhetsmark", "Söker lokal", "Etablering", "Markreservation", "Industritomt"],
        core=[
            "Vi {letar efter|söker} {verksamhetsmark|industrimark|en tomt} på ca {tomt} kvm {för|till} {ett nytt lager|en ny verkstad|vår expansion}. Har kommunen {något ledigt|mark till salu}?",
            "Vad {kostar|är priset för} industrimark {vid {plats}|i det nya området|per kvm}? {Och vilka villkor gäller?|Vi vill bygga inom två år.}",
            "Vi {behöver|letar efter} en {större|ny} lokal {för {vd}|att hyra} – {minst|ca} {kvm_lokal} kvm med {lastkaj|takhöjd 6 m|skyltläge|parkering}. {Har ni en lokalbank?|Kan ni tipsa om lediga lokaler?}",
            "Finns det en tomtkö för företag eller hur fördelar ni verksamhetsmarken? {Vi vill gärna ställa oss i kö.|}",
            "Vi har {en option|en markreservation} på tomt {fastighet} som {går ut|löper ut} {datum_fram}. Kan vi {få den förlängd|förlänga}? {Finansieringen dröjer.|Banken behöver mer tid.}",
            "När {blir|är} det nya {verksamhetsområdet|industriområdet} vid {plats} byggklart {med gator och VA|}? Vi {planerar|vill planera} {etablering|flytt} {2027|nästa år}.",
            "Vi {vill|skulle vilja} köpa {marken|tomten} vi {arrenderar|hyr} av kommunen. {Är kommunen intresserad av att sälja?|Vem ska vi prata med?}",
            "Vi {är|representerar} ett {växande|större} {logistikföretag|tillverkande företag|e-handelsföretag} som {överväger|utreder} etablering i kommunen och {behöver|söker} mark på {tomt} kvm nära {E4:an|E6:an|motorvägen|järnvägen}.",
            "{Hyr ni ut|Har ni} lokaler i kommunens fastigheter till företag? Vi söker {en mindre|en} {kontorslokal|butikslokal|ateljé} {i centrum|vid {plats}}.",
            "Vi {ska|vill} {bygga|uppföra} ett {kontor|lager} på vår {tomt|mark} men detaljplanen {tillåter bara|medger bara} {småindustri|handel}. Kan kommunen göra en planändring? Vad kostar det?",
            "Finns det {lediga|tomma} {butikslokaler|lokaler i gatuplan} {i centrum|på {gata}} som {kommunen|ni} vet om? Vi vill {öppna en andra butik|flytta vår butik}.",
            "{Vi|Jag} har en {industrifastighet|lokal|hall} {som står tom|som vi vill hyra ut|till salu} vid {plats}. Kan ni {lägga ut den|tipsa företag som söker}?",
            "Vilka {markpriser|tomtpriser} och {anslutningsavgifter|VA-avgifter} ska vi räkna med för en industritomt hos er? {Vi jämför med grannkommunerna.|Behövs för kalkylen.}",
            "We are {a Danish|a German|an international} company looking for {industrial land|a warehouse site} of about {tomt} sqm near the highway. Who is the right contact?",
        ],
        tel=[
            "söker verksamhetsmark ca {tomt} kvm, har kommunen något",
            "frågar om pris på industrimark vid {plats}",
            "söker större lokal med lastkaj, undrar om lokalbank",
            "vill förlänga markreservation",
            "undrar när nya industriområdet blir klart",
            "vill köpa arrendemarken",
            "har tom lokal att hyra ut, vill att kommunen tipsar",
        ],
        det=[
            "Vi är {antal_anst} anställda idag och {räknar med att bli fler|växer}.",
            "{Omsättningen är|Vi omsätter} ca {omsattning} {mkr|miljoner}.",
            "Det {brådskar|är bråttom} eftersom {hyresavtalet går ut|vi sagt upp nuvarande lokal} {datum_fram}.",
        ],
        aside=[
            "Vi letar också efter mark för ett framtida lager, har ni något?",
            "Har ni förresten några lediga lokaler i centrum att tipsa om?",
        ],
        taside=["frågade även om ledig verksamhetsmark", "söker också större lokal"],
    ),
    # 12 --------------------------------------------------------------------
    dict(
        id="avfall_verksamhet", w=7.0,
        types=["restaurang", "butik", "kafe", "pizzeria", "bageri", "frisor", "byggfirma",
               "bilverkstad", "hotell", "livsmedelsbutik", "gard"],
        cat=["Avfall/VA", "Avfall och återvinning", "Övrigt"],
        units=["renhållningen", "avfallsbolaget", "VA- och avfallsenheten", "kundtjänst avfall"],
        subj=["Sophämtning", "Matavfall", "Fettavskiljare", "Faktura renhållning",
              "Missad tömning"],
        core=[
            "{Sophämtningen|Tömningen|Hämtningen} {missades|har uteblivit} {igen|för andra gången} {i veckan|i {veckodag}s}. {Kärlen är fulla|Det luktar} och vi har {en_v}. Kan ni skicka någon {idag|snarast}?",
            "Vi vill {beställa|abonnera på} {matavfallskärl|bruna kärl för matavfall|matavfallsinsamling} till {vd}. {Hur gör vi?|Vad kostar det?}",
            "{Fettavskiljaren|Vår fettavskiljare} behöver tömmas – {är det ni som ordnar det|gör ni det} eller ska vi anlita någon själva? {Den har börjat lukta.|Det var länge sedan.}",
            "Vi har fått {en faktura|en avgift} för {extra hämtning|felsorterat avfall|felsorteringstillägg} på {belopp} kr. {Det är inte vi som har slängt fel – grannarna använder våra kärl.|Vi förstår inte vad som var fel.}",
            "Får företag {lämna|slänga} {byggavfall|grovavfall|elavfall} på återvinningscentralen? {Vad kostar det?|Behövs något kort?} Vi har {släpvagn|skåpbil}.",
            "Vi vill ha {större|mindre} kärl och {tätare|glesare} tömning{ eftersom vi fått fler gäster| nu under lågsäsong|}. Hur ändrar vi abonnemanget?",
            "{Måste vi|Får vi} {anlita|använda} {ett privat avfallsföretag|en egen entreprenör} för {wellpapp|kartong|plast} eller ska allt gå via kommunen?",
            "Vilka regler gäller för {kemikalier och oljor|lysrör och batterier|hårfärg och kemikalier|färgburkar|spillolja}? {Vi vill göra rätt.|Var ska vi göra av det?}",
            "Vi behöver {en container|ställa en container} {på gatan|utanför lokalen} {under renoveringen|i två veckor}. {Vem ger tillstånd?|Hur bokar man?}",
            "Vårt {soprum|miljörum|kärlrum} {är för litet|räcker inte} {sedan vi utökade|efter ombyggnaden}. Kan ni {hjälpa till med|ge råd om} {en lösning|placering av kärl}?",
            "{Renhållningsfakturan|Avfallsfakturan} har {höjts|ökat} med {procent} % {sedan förra året|i år}. {Varför?|Vad grundar sig höjningen på?} Vi har inte ändrat abonnemanget.",
            "Vi {driver|har} en gård och {undrar|vill veta} vad som gäller för {ensilageplast|bekämpningsmedelsrester|självdöda djur|spillolja från traktorerna}.",
            "{Kan|Får} vi dela kärl med {grannföretaget|butiken bredvid|de andra hyresgästerna} för att {spara pengar|minska kostnaden}?",
            "Sopbilen {kommer så tidigt|blockerar infarten} {att våra leveranser inte kommer fram|så att kunderna inte kan parkera}. Kan ni ändra {tiden|körschemat}?",
        ],
        tel=[
            "sophämtningen missad {igen|två veckor i rad}, kärlen fulla",
            "vill beställa matavfallskärl till {vd}",
            "frågar om tömning av fettavskiljare",
            "ifrågasätter felsorteringsavgift {belopp} kr",
            "undrar om företag får lämna på ÅVC och vad det kostar",
            "vill byta kärlstorlek och tömningsintervall",
            "frågar om container på gatan under renovering",
            "klagar på höjd renhållningsavgift",
        ],
        det=[
            "{Adressen|Hämtadressen} är {gata} {nr}.",
            "{Kundnummer|Kundnr|Anläggnings-id} {kundnr}.",
            "Vi {har|får} {mycket|en hel del} {kartong|matavfall|glas} {varje vecka|på helgerna}.",
        ],
        aside=[
            "Sen missades sophämtningen hos oss i veckan också.",
            "Vad kostar förresten matavfallskärl för företag?",
        ],
        taside=["påpekade även missad sophämtning", "frågade också om matavfallskärl"],
    ),
    # 13 --------------------------------------------------------------------
    dict(
        id="miljotillsyn_verksamhet", w=6.0,
        types=["bilverkstad", "snickeri", "tvatteri", "gard", "tatuering", "skonhet", "akeri",
               "byggfirma", "maleri"],
        cat=["Miljö", "Miljö och hälsa", "Livsmedel/miljö"],
        units=["miljöenheten", "miljö- och hälsoskydd", "miljöinspektören", "miljöförvaltningen"],
        subj=["Anmälan miljöfarlig verksamhet", "Föreläggande", "Cistern", "Klagomål buller",
              "Fråga miljö"],
        core=[
            "Vi ska starta {en_v} och undrar om vi behöver göra en anmälan om miljöfarlig verksamhet innan vi startar.",
            "Vi ska {installera|gräva ner|byta} en {dieselcistern|oljecistern|tank för diesel} på {gården|tomten|uppställningsplatsen}. {Ska det anmälas?|Vilka regler gäller?}",
            "{Miljöinspektören|Tillsynsinspektören} var här {datum_bak} och vi har fått {ett föreläggande|en lista med brister} om {kemikalieförvaring|oljeavskiljaren|spillolja|invallning}. {Hur lång tid har vi på oss?|Kan vi få anstånd?}",
            "{Grannarna|En granne} har klagat på {buller|ljud|lukt|damm} från {vår verksamhet|verkstaden|kompressorn|fläktarna}. {Vilka riktvärden gäller?|Vad kan vi göra innan det blir ett ärende?}",
            "Vi {driver|har} en {tatueringsstudio|fotvårdssalong|skönhetssalong|salong med håltagning} och undrar om verksamheten ska anmälas enligt miljöbalken.",
            "Vi ska {spola|tvätta} {lastbilar|bilar|maskiner} {på vår tomt|utomhus}. {Vart får tvättvattnet ta vägen?|Behövs oljeavskiljare?}",
            "Hur ska vi förvara {kemikalier|lösningsmedel|färg och lack} i {verkstaden|lokalen|snickeriet}? {Finns det en checklista?|Inspektören nämnde det.}",
            "Vi {ska|vill} utöka djurhållningen till {antal_djur} {mjölkkor|slaktsvin|hästar|kycklingplatser}. {Behövs tillstånd eller anmälan?|Var går gränsen för anmälningsplikt?}",
            "Vi har fått en {tillsynsavgift|årsavgift för miljötillsyn} på {belopp} kr {men har knappt någon miljöpåverkan|och undrar vad den täcker}.",
            "Vi {måste|ska} {sanera|ta bort} {asbest|PCB-fogar|oljeförorenad mark} vid {ombyggnaden|rivningen}. {Ska det anmälas till miljö?|Vem godkänner saneringsplanen?}",
            "Vi hade ett utsläpp {av diesel|av hydraulolja|av spillolja} {vid lastning|på gården|från en maskin} {igår|{datum_bak}}. {Vi har sanerat med absorberingsmedel.|} Ska vi rapportera det?",
            "Vi {planerar|ska ha} {krossning av betong|en tillfällig krossanläggning|ett mellanlager för schaktmassor} vid {plats} under {några veckor|hösten}. Vilken anmälan krävs?",
            "Behöver vi {en miljörapport|dokumenterad egenkontroll enligt miljöbalken} för {vd}? {Vi är bara tre anställda.|Ingen har sagt något förut.}",
            "{Vi|Jag} {ska|vill} {sprida|lagra} {gödsel|rötrest|slam} nära {bostäder|en bäck} och undrar vilka {avstånd|regler} som gäller.",
        ],
        tel=[
            "ska starta {en_v}, undrar om anmälan miljöfarlig verksamhet krävs",
            "ska installera dieselcistern, ska det anmälas",
            "fått föreläggande efter miljötillsyn, vill ha anstånd",
            "grannar klagar på buller från verkstaden, frågar om riktvärden",
            "tatuerare, undrar om anmälan till miljö",
            "oljeutsläpp vid lastning, undrar om det ska rapporteras",
            "ifrågasätter tillsynsavgift miljö",
        ],
        det=[
            "Vi har {antal_anst} anställda och {två|tre} {servicebilar|lastbilar}.",
            "Närmaste {granne|bostad} ligger ca {avstand} meter bort.",
            "Vi har {säkerhetsdatablad|en kemikalieförteckning} om ni vill se.",
        ],
        aside=[
            "Vi undrar också om vi behöver göra en anmälan om miljöfarlig verksamhet.",
            "En granne har dessutom klagat på ljud från oss, vad gäller?",
        ],
        taside=["frågade även om anmälan miljöfarlig verksamhet",
                "nämnde också grannklagomål på buller"],
    ),
    # 14 --------------------------------------------------------------------
    dict(
        id="vagarbete_paverkan", w=3.5,
        types=["butik", "restaurang", "kafe", "frisor", "livsmedelsbutik", "blomsterbutik",
               "gym", "bageri"],
        cat=["Gata/park", "Trafik och gator", "Synpunkt/klagomål"],
        units=["gatukontoret", "projektledaren för gatuombyggnaden", "trafikenheten",
               "näringslivskontoret"],
        subj=["Vägarbete utanför butiken", "Gatuarbete – påverkan", "Ersättning vägarbete",
              "Klagomål avstängning"],
        core=[
            "{Grävningen|Vägarbetet|Ledningsarbetet} {utanför|framför} {vd} på {gata} har {pågått|hållit på} i {veckor_n} veckor och {kunderna|folk} {hittar inte in|kommer inte fram}. {Vi har tappat|Försäljningen har minskat} {procent} %.",
            "Hur länge ska {vägarbetet|gatuarbetet|ombyggnaden av {gata}} {hålla på|pågå}? {Ingen har informerat oss.|Skylten säger ingenting.}",
            "Kan {företagen|vi} få {ersättning|kompensation} för {förlorade intäkter|inkomstbortfall} under {ombyggnaden av {gata}|gatuarbetet|vägarbetet}?",
            "{Leveranserna|Lastbilarna med varor} {kommer inte fram|kan inte lasta av} {eftersom|då} {lastzonen är avstängd|gatan är avspärrad|det är grävt utanför}. {Var ska de stå?|Vi behöver en tillfällig lastplats.}",
            "{Parkeringsplatserna|Kundparkeringen|P-platserna} {utanför|vid} {vd} {har tagits bort|försvann} {i och med den nya cykelbanan|vid ombyggnaden|när gågatan gjordes}. {Våra äldre kunder kommer inte fram längre.|Vem fattade det beslutet?}",
            "Kan ni {sätta upp|ordna} skyltar om att {butikerna har öppet|vi har öppet som vanligt} {under|trots} {vägarbetet|byggnationen}? {Folk tror att vi har stängt.|Det ser ut som att allt är stängt.}",
            "{Entrén|Ingången|Trappan} till {vd} {är blockerad|är avspärrad} {av byggstaket|av en bod|av en grävmaskin}. {Rullstolar och barnvagnar kommer inte in.|Är det ens tillåtet?}",
            "Vi fick {veta|höra} {av en granne|via Facebook|från en kund} att {gata} ska {stängas av|grävas upp} {i sommar|{datum_fram}}. Varför informeras inte företagen i förväg?",
            "Kan kommunen {samordna|planera} {grävarbetena|arbetena} bättre så att inte {hela gatan|alla gator} {stängs av samtidigt|är avstängda under högsäsong}? {Det är tredje gången på två år.|Julhandeln är vår viktigaste period.}",
            "Busshållplatsen {har flyttats|flyttades} {pga|på grund av} {vägarbetet|ombyggnaden} och sedan dess {kommer det nästan inga|har vi tappat} {kunder|lunchgäster}. {Hur länge gäller det?|Kan hållplatsen flyttas tillbaka?}",
            "Finns det {någon kontaktperson|en projektledare} för {ombyggnaden av {gata}|vägarbetet} som vi {företagare|näringsidkare} kan {prata med|ringa} direkt?",
            "{Dammet|Bullret|Vibrationerna} från {bygget|vägarbetet} gör att {vi inte kan ha uteservering|kunderna går|varorna blir dammiga}. {Kan arbetstiderna ändras?|Vad kan ni göra?}",
            "{Vattnet stängdes av|Strömmen gick} {pga|på grund av} grävningen {på {gata}|utanför} och vi fick hålla stängt {en hel dag|halva dagen}. {Vem ersätter det?|Varför fick vi ingen förvarning?}",
        ],
        tel=[
            "vägarbetet utanför {vd} på {gata} har pågått i {veckor_n} veckor, kunderna kommer inte fram",
            "undrar hur länge gatuarbetet ska pågå",
            "frågar om ersättning för förlorade intäkter under vägarbete",
            "leveranser kommer inte fram, lastzonen avstängd",
            "kundparkeringen borttagen, missnöjd",
            "vill ha skyltar om att butikerna har öppet under vägarbetet",
            "entrén blockerad av byggstaket",
        ],
        det=[
            "{Flera|Andra} {butiker|företag} på {gata} {har samma problem|är lika drabbade}.",
            "Vi har {pratat med|frågat} {arbetsledaren|gubbarna som gräver} men de {hänvisar till kommunen|vet inget}.",
            "Vi {har|betalar} {hyra och löner|fasta kostnader} som vanligt.",
        ],
        aside=[
            "Dessutom är det vägarbete utanför oss igen och kunderna hittar inte in.",
            "Hur länge ska förresten grävandet på {gata} hålla på?",
        ],
        taside=["klagade även på vägarbetet utanför", "undrar också hur länge grävningen pågår"],
    ),
    # 15 --------------------------------------------------------------------
    dict(
        id="praktik_sommarjobb", w=2.5,
        types=["restaurang", "butik", "byggfirma", "akeri", "gard", "hotell", "livsmedelsbutik",
               "kafe", "bilverkstad", "stad"],
        cat=["Arbete och kompetens", "Övrigt", "Starta och driva företag"],
        units=["arbetsmarknadsenheten", "feriepraktiksamordnaren", "jobbcentrum", "AME"],
        subj=["Feriepraktik", "Praktikplats", "Rekrytering", "Sommarjobb"],
        months=[2, 4, 6, 6, 4, 2],
        core=[
            "Vi {tar gärna emot|kan ta emot} {en|två|ett par} {feriepraktikanter|sommarjobbare|ungdomar på feriepraktik} {i sommar|under juni-juli}. Hur anmäler vi oss som arbetsplats?",
            "Finns det något {stöd|bidrag} om vi anställer {någon som stått långt från arbetsmarknaden|en person via arbetsmarknadsenheten|på nystartsjobb}? {Vi behöver folk till {vd}.|}",
            "Vi {söker|behöver} {personal|en kock|en lagerarbetare|en chaufför med C-kort|en snickare} och undrar om {kommunens arbetsmarknadsenhet|jobbtorget|ni} kan {matcha|hjälpa oss hitta} kandidater.",
            "{Vi|Jag} {vill|kan tänka oss att} ta emot {en praktikant|praktikanter} från {SFI|vuxenutbildningen|gymnasiets yrkesprogram|restaurangprogrammet}. {Vem ska vi kontakta?|Hur går det till?}",
            "Vem betalar lönen för en feriepraktikant? {Och vilken försäkring gäller|Vem står för försäkringen} om något händer?",
            "Vår feriepraktikant {kom inte|har inte dykt upp} {de senaste dagarna|på flera dagar}. {Vem ska vi meddela?|Vad gör vi?}",
            "{Kan vi|Går det att} samarbeta med {gymnasiet|skolan} om {APL-platser|lärlingar|praktik} inom {bygg|handel|restaurang|fordon}? {Vi har svårt att rekrytera.|Vi vill hitta framtidens medarbetare.}",
            "Ordnar {ni|kommunen} {rekryteringsträffar|jobbmässor|speed dating} mellan arbetsgivare och arbetssökande? Vi {vill gärna|skulle vilja} vara med.",
            "Vi fick {ett mejl|ett samtal} från {arbetsmarknadsenheten|AME|kommunens jobbcenter} som undrade om vi kunde ta emot någon i arbetsträning. {Vad innebär det för oss?|Vilket ansvar har vi?}",
            "Hur gammal måste {en feriepraktikant|ungdomen} vara för att få jobba {i kök|med maskiner|på bygget|i butik}? {Vi vill inte göra fel mot arbetsmiljöreglerna.|}",
            "{Sista dag|Deadline} för anmälan av {feriepraktikplatser|praktikplatser} – {har den passerat|när är den}? {Vi är lite sent ute i år.|}",
            "Vi hade en {praktikant|sommarjobbare} {förra året|i fjol} via kommunen som vi gärna {vill anställa|vill ha tillbaka}. {Kan vi önska samma person?|Hur gör vi då?}",
            "{Finns det|Erbjuder ni} någon handledarutbildning för oss som tar emot praktikanter?",
        ],
        tel=[
            "vill ta emot feriepraktikanter i sommar, hur anmäler man arbetsplats",
            "frågar om stöd vid anställning via arbetsmarknadsenheten",
            "söker personal, vill ha hjälp med matchning",
            "vill ha praktikant från SFI/vux",
            "feriepraktikanten har inte kommit på flera dagar",
            "frågar om åldersgränser för feriepraktik i kök",
            "vill delta i rekryteringsmässa",
        ],
        det=[
            "Vi har {en handledare|någon som kan vara handledare} på plats varje dag.",
            "Arbetstiderna {är|blir} {vardagar 8-15|dagtid|förmiddagar}.",
            "Vi har {tagit emot|haft} praktikanter {förut|tidigare}{ och det har fungerat bra|}.",
        ],
        aside=[
            "Vi kan förresten ta emot en feriepraktikant i sommar om det behövs.",
            "Och finns det hjälp att hitta personal via kommunen?",
        ],
        taside=["kan även ta emot feriepraktikant", "söker också personal via AME"],
    ),
    # 16 --------------------------------------------------------------------
    dict(
        id="foretagsradgivning", w=7.0,
        types=["konsult", "frisor", "kafe", "butik", "it", "stad", "gard", "foodtruck",
               "skonhet", "snickeri"],
        cat=["Starta och driva företag", "Övrigt", "Näringsliv"],
        units=["näringslivskontoret", "företagslotsen", "näringslivsutvecklaren",
               "Nyföretagarcentrum"],
        subj=["Starta eget", "Bokning rådgivning", "Näringslivsfrukost", "Företagsbesök",
              "Fråga från ny företagare"],
        core=[
            "Jag {funderar på att|ska} starta {eget|ett eget företag|enskild firma} inom {bransch} och {undrar vilket stöd|vill veta vilken hjälp} kommunen {erbjuder|kan ge}.",
            "{Kan jag|Går det att} boka {ett möte|en träff|ett rådgivningsmöte} med {näringslivskontoret|en företagslots|en rådgivare} för att {gå igenom|bolla} min affärsplan?",
            "{Vilken bolagsform passar|Ska jag välja aktiebolag eller enskild firma} för {mig|oss} som {ska börja|startar} med {bransch}? {Jag har läst på verksamt.se men blir inte klok.|}",
            "{Har ni|Finns det} {startbidrag|något bidrag|lån} för nystartade företag i kommunen? {Vi behöver|Jag behöver} {kapital till|finansiera} {maskiner|en bil|första lagret}.",
            "Vi vill gärna att någon från kommunen {gör ett företagsbesök|kommer på besök} hos oss och {ser vad vi håller på med|pratar om framtiden}. {Det vore roligt.|Vi har mycket på gång.}",
            "Hur anmäler man sig till {näringslivsfrukosten|företagarfrukosten|nätverksträffen} {datum_fram}? {Länken fungerar inte.|Hittar ingen anmälan.}",
            "Vi har varit igång i {år_n} år och vill {växa|expandera|anställa}. {Finns det|Har ni} {någon mentor|rådgivning|tillväxtprogram} för oss?",
            "Jag {kom till Sverige|flyttade hit} {för två år sedan|nyligen} och {vill starta|driver} en {frisörsalong|restaurang|städfirma|bilverkstad}. {Finns det stöd på engelska eller arabiska?|Kan jag få hjälp på enkel svenska?}",
            "Vem ska jag {kontakta|vända mig till} för alla tillstånd jag behöver? Det känns som {att man skickas runt|en djungel}. {Kan företagslotsen samordna?|}",
            "{Jag|Vi} {vill|tänker} {överlåta|sälja} {företaget|firman} {när jag går i pension|nästa år}. {Har ni|Finns det} stöd vid {generationsskifte|ägarskifte}?",
            "{Vi|Jag} har en idé inom {bransch} och letar efter {en inkubator|en plats i ett coworking|ett företagshotell} i kommunen. {Tips?|Finns något sådant?}",
            "Hur {fungerar|gör man med} F-skatt, moms och {arbetsgivaravgifter|bokföring} när man startar? {Har ni kurser?|Ordnar ni starta-eget-kurser?}",
            "Vi har {likviditetsproblem|det tufft} {efter en tuff vinter|pga minskad försäljning} och undrar om kommunen kan {hjälpa|tipsa om stöd}. {Vi vill inte behöva säga upp personal.|}",
            "Kan ni {introducera|koppla ihop} oss med {andra företag|lokala leverantörer|andra företagare} inom {bransch}? {Vi söker samarbetspartners.|}",
        ],
        tel=[
            "vill starta eget inom {bransch}, frågar om stöd",
            "vill boka möte med företagslots om affärsplan",
            "frågar om aktiebolag eller enskild firma",
            "undrar om startbidrag för nya företag",
            "vill anmäla sig till näringslivsfrukosten",
            "frågar om hjälp vid generationsskifte",
            "nyanländ, vill starta {frisörsalong|restaurang|städfirma}, behöver stöd",
        ],
        det=[
            "Jag har en {färdig affärsplan|budget} som jag kan skicka.",
            "{Jag har varit i kontakt med|Har redan pratat med} {Almi|Nyföretagarcentrum|banken} också.",
            "{Helst|Gärna} {ett möte|en tid} {på eftermiddagen|efter 15|en fredag}.",
        ],
        aside=[
            "Jag vill också gärna boka ett möte med en företagslots någon gång.",
            "Finns det förresten någon starta-eget-kurs i vår?",
        ],
        taside=["vill även boka lotsmöte", "frågade också om starta-eget-kurs"],
    ),
]

THEME_BY_ID = {t["id"]: t for t in THEMES}

# ---------------------------------------------------------------------------
# Channel scaffolding
# ---------------------------------------------------------------------------

CHANNELS = [("e-post", 0.45), ("telefon", 0.30), ("webbformulär", 0.25)]

GREETINGS = ["Hej!", "Hej,", "Hej Företagslotsen!", "Hej näringslivskontoret,", "Hejsan,",
             "God morgon,", "Goddag,", "Hi,", "Hej hej", "Till näringslivskontoret",
             "Hej {namn2}!", "Hello,", "Hej,", "Hej!", "Bästa företagslots,"]

OPENINGS = [
    "Vi har ett ärende gällande vår verksamhet.",
    "Jag skriver från {firma}.",
    "Jag är {titel_l} på {firma}.",
    "Vi driver {en_v} på {gata} sedan {år_n} år.",
    "Hoppas allt är bra.",
    "Jag fick er adress av {en kollega|en annan företagare|Nyföretagarcentrum|växeln}.",
    "Vi har försökt nå {er|någon} på telefon utan att lyckas.",
    "Följer upp vårt samtal från i {veckodag}s.",
    "Osäker på om detta är rätt forum, ni får gärna vidarebefordra.",
    "Kort fråga.",
    "Brådskande ärende!",
    "Vi är {en_v} med {antal_anst} anställda.",
    "Tack för ett bra möte senast.",
    "Jag skriver å min chefs vägnar.",
    "Vi har ett ärende som vi behöver hjälp med.",
]

CLOSINGS = [
    "Vänligen återkoppla.", "Tacksam för snabb återkoppling.",
    "Återkom gärna så snart som möjligt.", "Hör av er om ni behöver mer info.",
    "Tack på förhand!", "Thanks in advance!", "Ser fram emot ert svar.",
    "Ring gärna, det går snabbare.", "Vänligen återkoppla asap då det brådskar.",
    "Kan ni bekräfta att ni fått detta mejl?", "Tack för hjälpen!",
    "Vänligen återkoppla senast {veckodag}.", "Looking forward to your feedback.",
    "Återkoppla gärna per mejl.",
]

SIGNOFFS = ["Mvh", "Med vänlig hälsning", "Vänliga hälsningar", "MVH", "Best regards",
            "Kind regards", "Hälsningar", "Allt gott", "Tack!", "BR", "/"]

SIGNATURES = [
    "{namn}\n{titel}\n{firma}",
    "{namn}, {firma}",
    "{namn} | {titel} | {firma} | Org.nr {orgnr}",
    "{namn}\n{firma}\nOrg.nr: {orgnr}\nTel: 07X-XXX XX XX",
    "{namn}\n\nSkickat från min iPhone",
    "{namn} / {firma}",
    "{namn}\n{titel}, {firma}\n{gata} {nr}",
    "{namn}",
]

SUBJ_GENERIC = ["Fråga", "Ärende från {firma}", "Brådskande", "Förfrågan", "Hjälp!",
                "Fråga från företagare", "Vår verksamhet"]

PHONE_OPEN = [
    "{namn} på {firma} ringer,",
    "Samtal från {namn} ({titel_l}, {firma}):",
    "Inkommande samtal. {firma}, {namn}.",
    "Tel {namn} {firma} –",
    "Ringde upp {namn} ({firma}) efter missat samtal,",
    "Företagare ringer ({v} på {gata}),",
    "Tel.samtal {veckodag} m. {namn}, {firma}.",
    "{firma} (org.nr {orgnr}) via växeln,",
    "Samtal {namn}, {v},",
    "Kund ringer ang. {v} på {gata}:",
    "{namn} {firma} ringer igen,",
]

PHONE_ACT = [
    "Hänvisat till {unit}.", "Kopplat till {unit}.",
    "Lovat återkoppling {senast {veckodag}|inom två dagar|imorgon}.",
    "Skickat länk till e-tjänsten per mejl.", "Bokat lotsmöte {datum_fram}.",
    "Vidarebefordrat till {unit}, kunden informerad.",
    "Ska mejla in underlag, tar det därefter.", "Gav allmän info, kunden nöjd.",
    "Kunden upprörd, vill bli uppringd av chef.", "Noterat, ärende skapat {arendenr}.",
    "Mejlat {unit}, inväntar svar.", "Bett {unit} ringa upp.", "Tar med till lotsgruppen.",
]

ASIDE_LEAD = ["PS. ", "En sak till: ", "Passar också på att fråga – ", "Dessutom: ",
              "Separat fråga: ", "Off topic men: ", "Och en annan sak. ", "P.S. "]

FORM_LAYOUTS = [
    "Namn: {namn}\nFöretag: {firma}\nOrganisationsnummer: {orgnr}\nÄmne: {cat}\nMeddelande: {body}",
    "Ärende: {cat} | Företag: {firma} | Kontaktperson: {namn} | Beskrivning: {body}",
    "Kategori: {cat}\n{body}",
    "Företagsnamn: {firma}\nOrg.nr: {orgnr}\nBransch: {v}\nVad gäller ditt ärende?: {body}",
    "Namn: {namn}\nFöretag: {firma}\nÄmne: {cat}\nMeddelande: {body}\nÖnskar bli kontaktad via: {telefon|e-post}",
    "{body}\n--\nSkickat via formuläret Kontakta företagslotsen. Kategori: {cat}",
]

# ---------------------------------------------------------------------------
# Expansion machinery
# ---------------------------------------------------------------------------

_BRACE = re.compile(r"\{([^{}]*)\}")


def _expand(text: str, rng: random.Random, ctx: dict) -> str:
    for _ in range(60):
        m = _BRACE.search(text)
        if not m:
            return _tidy(text)
        inner = m.group(1)
        if "|" in inner:
            rep = rng.choice(inner.split("|"))
        elif inner in ctx:
            rep = ctx[inner]
        elif inner in SLOTS:
            src = SLOTS[inner]
            rep = src(rng) if callable(src) else rng.choice(src)
        else:
            raise KeyError(f"unknown slot {inner!r} in {text!r}")
        text = text[:m.start()] + rep + text[m.end():]
    return _tidy(text)


def _tidy(text: str) -> str:
    text = re.sub(r"[ ]{2,}", " ", text)
    text = re.sub(r" ([.,?!])", r"\1", text)
    return text.strip()


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _firm(rng: random.Random, tkey: str) -> tuple[str, str]:
    _, _, _, names = TYPES[tkey]
    base = _expand(rng.choice(names), rng, {})
    r = rng.random()
    if r < 0.5:
        suffix, org = " AB", f"559{rng.randint(0, 999):03d}-{rng.randint(0, 9999):04d}"
        if rng.random() < 0.4:
            org = f"556{rng.randint(0, 999):03d}-{rng.randint(0, 9999):04d}"
    elif r < 0.62:
        suffix, org = " HB", f"969{rng.randint(0, 999):03d}-{rng.randint(0, 9999):04d}"
    else:
        suffix, org = "", "-"
    if org != "-" and rng.random() < 0.15:
        org = org.replace("-", "")
    return base + suffix, org


# ---------------------------------------------------------------------------
# Noise
# ---------------------------------------------------------------------------

ABBREV = [
    (r"\bangående\b", "ang."), (r"\beventuellt\b", "ev."), (r"\bnågon\b", "ngn"),
    (r"\bnågot\b", "ngt"), (r"\bmycket\b", "mkt"), (r"\binformation\b", "info"),
    (r"\btill exempel\b", "t.ex."), (r"\bpå grund av\b", "pga"),
    (r"\bså snart som möjligt\b", "asap"), (r"\btelefon\b", "tel"),
    (r"\boch\b", "o"), (r"\bmed vänlig hälsning\b", "mvh"), (r"\bkommunen\b", "kommun"),
    (r"\båterkoppling\b", "feedback"), (r"\bsista anbudsdag\b", "deadline"),
    (r"\buppdatering\b", "update"), (r"\bmöte\b", "meeting"), (r"\bkvadratmeter\b", "kvm"),
    (r"\bärende\b", "case"), (r"\bockså\b", "oxå"), (r"\bmejl\b", "mail"),
]


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randint(1, len(word) - 2)
    op = rng.random()
    if op < 0.4:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op < 0.7:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def _noise(text: str, rng: random.Random, channel: str) -> str:
    if rng.random() < 0.35:
        for pat, rep in ABBREV:
            p = 0.12 if rep in ("o", "oxå", "meeting", "case") else 0.55
            if rng.random() < p:
                text = re.sub(pat, rep, text, count=rng.choice([1, 5]))
    n_typos = 0
    r = rng.random()
    if r < 0.08:
        n_typos = 2
    elif r < 0.30:
        n_typos = 1
    for _ in range(n_typos):
        words = list(re.finditer(r"[A-Za-zÅÄÖåäöé]{5,}", text))
        if not words:
            break
        m = rng.choice(words)
        text = text[:m.start()] + _typo(m.group(0), rng) + text[m.end():]
    low = 0.10 if channel == "telefon" else 0.04
    if rng.random() < low:
        text = text.lower()
    if rng.random() < 0.08:
        text = text.replace(". ", ".  ", 1)
    if rng.random() < 0.06:
        text = text.rstrip(".")
    if rng.random() < 0.04:
        text = text.replace("?", "??", 1)
    if rng.random() < 0.02:
        text = "BRÅDSKANDE!! " + text
    return text


def _no_dots(text: str, rng: random.Random, channel: str) -> str:
    """A few writers use a keyboard without å/ä/ö (whole note, except form labels)."""
    if channel != "webbformulär" and rng.random() < 0.03:
        text = text.translate(str.maketrans("åäöÅÄÖ", "aaoAAO"))
    return text


# ---------------------------------------------------------------------------
# Note builders
# ---------------------------------------------------------------------------

def _secondary(rng: random.Random, theme: dict, ctx: dict, phone: bool) -> str:
    others = [t for t in THEMES if t["id"] != theme["id"]]
    o = rng.choice(others)
    if phone:
        return _cap(_expand(rng.choice(o["taside"]), rng, ctx)) + "."
    lead = rng.choice(ASIDE_LEAD)
    aside = _expand(rng.choice(o["aside"]), rng, ctx)
    if lead.endswith("– "):
        aside = aside[:1].lower() + aside[1:]
    return lead + aside


def _email(rng, theme, ctx, second):
    lines = []
    if rng.random() < 0.3:
        s = rng.choice(theme["subj"]) if rng.random() < 0.7 else rng.choice(SUBJ_GENERIC)
        pre = rng.choice(["", "", "", "Re: ", "SV: ", "VB: ", "Fw: "])
        lines.append("Ämne: " + pre + _expand(s, rng, ctx))
    if rng.random() < 0.85:
        lines.append(_expand(rng.choice(GREETINGS), rng, ctx))
    body = []
    if rng.random() < 0.5:
        body.append(_expand(rng.choice(OPENINGS), rng, ctx))
    body.append(_expand(rng.choice(theme["core"]), rng, ctx))
    dets = list(theme["det"])
    rng.shuffle(dets)
    if rng.random() < 0.45:
        body.append(_expand(dets[0], rng, ctx))
        if rng.random() < 0.25:
            body.append(_expand(dets[1], rng, ctx))
    if second:
        body.append(_secondary(rng, theme, ctx, False))
    if rng.random() < 0.6:
        body.append(_expand(rng.choice(CLOSINGS), rng, ctx))
    lines.append(_noise(" ".join(body), rng, "e-post"))
    if rng.random() < 0.9:
        sigs = [x for x in SIGNATURES if ctx["orgnr"] != "-" or "{orgnr}" not in x]
        sig = _expand(rng.choice(sigs), rng, ctx)
        lines.append(rng.choice(SIGNOFFS) + ("\n" if rng.random() < 0.7 else " ") + sig)
    return "\n".join(lines)


def _phone(rng, theme, ctx, second):
    ctx = dict(ctx, unit=rng.choice(theme["units"]))
    opens = [x for x in PHONE_OPEN if ctx["orgnr"] != "-" or "{orgnr}" not in x]
    opening = _expand(rng.choice(opens), rng, ctx)
    core = _expand(rng.choice(theme["tel"]), rng, ctx)
    if opening.endswith("."):
        core = _cap(core)
    parts = [opening, core + "."]
    if rng.random() < 0.12:
        parts.append("Uppger: " + _expand(rng.choice(theme["det"]), rng, ctx))
    if second:
        parts.append(_secondary(rng, theme, ctx, True))
    if rng.random() < 0.8:
        parts.append(_expand(rng.choice(PHONE_ACT), rng, ctx))
    if rng.random() < 0.15:
        parts.append("/" + rng.choice(["AK", "LS", "MJ", "EB", "handl.", "FL", "KN"]))
    return _noise(" ".join(parts), rng, "telefon")


def _form(rng, theme, ctx, second):
    body = []
    if rng.random() < 0.2:
        body.append(_expand(rng.choice(OPENINGS), rng, ctx))
    body.append(_expand(rng.choice(theme["core"]), rng, ctx))
    if rng.random() < 0.4:
        body.append(_expand(rng.choice(theme["det"]), rng, ctx))
    if second:
        body.append(_secondary(rng, theme, ctx, False))
    if rng.random() < 0.3:
        body.append(_expand(rng.choice(CLOSINGS), rng, ctx))
    cat = rng.choice(theme["cat"]) if rng.random() < 0.75 else rng.choice(
        ["Övrigt", "Annat", "Välj kategori", "Fråga till företagslotsen"])
    fctx = dict(ctx, body=_noise(" ".join(body), rng, "webbformulär"), cat=cat)
    return _expand(rng.choice(FORM_LAYOUTS), rng, fctx)


def _date(rng: random.Random, theme: dict) -> str:
    weights = theme.get("months") or [1, 1, 1, 1, 1, 1]
    month = rng.choices(range(1, 7), weights=weights)[0]
    days = [31, 28, 31, 30, 31, 30][month - 1]
    d = _dt.date(2026, month, rng.randint(1, days))
    if d.weekday() >= 5 and rng.random() < 0.7:  # desks are mostly closed at weekends
        d = d - _dt.timedelta(days=d.weekday() - 4)
    return d.isoformat()


def _allocate(rows: int) -> list[int]:
    total = sum(t["w"] for t in THEMES)
    raw = [rows * t["w"] / total for t in THEMES]
    counts = [int(x) for x in raw]
    rest = rows - sum(counts)
    order = sorted(range(len(THEMES)), key=lambda i: raw[i] - counts[i], reverse=True)
    for i in order[:rest]:
        counts[i] += 1
    return counts


def make_log(rows: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(f"foretag-{seed}")
    labels: list[str] = []
    for t, c in zip(THEMES, _allocate(rows), strict=True):
        labels.extend([t["id"]] * c)
    rng.shuffle(labels)
    out = []
    for tid in labels:
        theme = THEME_BY_ID[tid]
        tkey = rng.choice(theme["types"])
        en_v, vd, v, _ = TYPES[tkey]
        firma, orgnr = _firm(rng, tkey)
        titel = rng.choice(TITLES)
        ctx = {
            "firma": firma, "orgnr": orgnr, "namn": rng.choice(FIRST_NAMES),
            "titel": titel, "titel_l": titel if titel.isupper() or titel[1:2].isupper()
            else titel.lower(),
            "en_v": en_v, "vd": vd, "v": v,
        }
        channel = rng.choices([c for c, _ in CHANNELS], weights=[w for _, w in CHANNELS])[0]
        second = rng.random() < 0.15
        if channel == "e-post":
            text = _email(rng, theme, ctx, second)
        elif channel == "telefon":
            text = _phone(rng, theme, ctx, second)
        else:
            text = _form(rng, theme, ctx, second)
        text = _no_dots(text, rng, channel)
        out.append({"brodtext": text, "datum": _date(rng, theme), "kanal": channel,
                    "true_theme": tid})
    return out


def main() -> None:
    write_log_cli(make_log, __doc__, "brodtext")


if __name__ == "__main__":
    main()
