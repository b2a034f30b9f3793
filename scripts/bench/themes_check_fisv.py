"""Held-out labelled test log: contact-centre notes of a bilingual Finland-Swedish town.

Imitates short free-text notes typed by staff at the town's contact centre (telefon, e-post,
servicepunkt) in Finland-Swedish officialese ('daghem', 'anhålla om', 'tjänsteinnehavare',
'semesterpenning', 'klientavgift'), with Finnish place names and words, some notes partly in
Finnish, abbreviations, typos, handler initials and about 15 % of notes that touch a second matter.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

from check_log_cli import write_log_cli

# ---------------------------------------------------------------------------------------------
# Slot fillers
# ---------------------------------------------------------------------------------------------

def _num(lo, hi):
    return lambda r: str(r.randint(lo, hi))


def _dec(lo, hi):
    return lambda r: f"{r.randint(lo, hi)},{r.randint(0, 9)}"


def _money(lo, hi):
    return lambda r: f"{r.randint(lo, hi)},{r.randint(0, 99):02d} €"


def _datum(r):
    return f"{r.randint(1, 28)}.{r.choice([1, 2, 3, 4, 5, 6, 7, 8])}."


SLOTS = {
    "gata": ["Runebergsgatan", "Mannerheimgatan", "Kyrkogatan", "Ågatan", "Strandvägen", "Skolvägen",
             "Lärkstigen", "Björkbacksvägen", "Fabriksgatan", "Sjömansgatan", "Tegelbruksvägen",
             "Västra Ringvägen", "Hagavägen", "Kvarngatan", "Lundagatan", "Järnvägsgatan",
             "Tallbacksvägen", "Rönnvägen", "Kungsvägen", "Åbovägen", "Helsingforsvägen",
             "Gamla Lovisavägen", "Jokikatu", "Koivukuja", "Mäntytie", "Rantakatu", "Kaivokatu",
             "Metsäpolku", "Pajukuja", "Vallmovägen", "Mjölnarstigen", "Idrottsvägen"],
    "gata_fi": ["Runeberginkatu", "Mannerheiminkatu", "Kirkkokatu", "Jokikatu", "Rantatie", "Koulutie",
                "Leivonpolku", "Koivukuja", "Mäntytie", "Tehtaankatu", "Kaivokatu", "Metsäpolku",
                "Myllykatu", "Rautatienkatu", "Urheilutie"],
    "omrade": ["Gammelbacka", "Kvarnbacken", "Näse", "Vårberga", "Tolkis", "Kullo", "Hindhår",
               "Kevätkumpu", "Saksala", "Hamari", "centrum", "västra centrum", "Kungsporten",
               "Skaftkärr", "Peippola", "Ilola", "Kerko", "Jokilaakso", "Stensböle", "Lillbacka"],
    "by": ["Pellinge", "Vålax", "Emsalö", "Sannäs", "Tirmo", "Kråkö", "Gäddrag", "Kiiala",
           "Andersby", "Svartbäck", "Boe", "Hinthaara", "Kärrby", "Sondby", "Kattsundet"],
    "plats": ["torget", "busstationen", "huvudbiblioteket", "simhallen", "järnvägsstationen",
              "ishallen", "K-market", "S-market", "Alko", "domkyrkan", "idrottsplanen",
              "gymnasiet", "stadshuset", "servicehuset", "badstranden", "ungdomsgården"],
    "daghem": ["Daghemmet Solstrålen", "Daghemmet Regnbågen", "Daghemmet Blåklockan",
               "Daghemmet Trollebo", "Daghemmet Skogsgläntan", "Päiväkoti Metsätähti",
               "Päiväkoti Vekara", "Päiväkoti Satakieli", "Daghemmet Kotten", "Daghemmet Bullerbyn",
               "Päiväkoti Onnela", "Daghemmet Tallkotten", "Daghemmet Ekorren"],
    "daghem_fi": ["Metsätähden päiväkodissa", "Vekaran päiväkodissa", "Satakielen päiväkodissa",
                  "Onnelan päiväkodissa", "Peippolan päiväkodissa"],
    "privdaghem": ["Montessoridaghemmet Lilla Ugglan", "Naturdaghemmet Myran", "Språkbadsdaghemmet Bambu",
                   "det privata daghemmet i {omrade}", "Leikkitupa Peikko"],
    "barn": ["Elias", "Ella", "Alva", "Oliver", "Leo", "Aino", "Eino", "Olivia", "Ebba", "Noah",
             "Wilma", "Venla", "Isak", "Linnea", "Onni", "Aada", "Hugo", "Amir", "Sofia", "Emil",
             "Selma", "Nelli", "Matilda", "Vilho", "Liam", "Stella"],
    "namn": ["Anna", "Mikael", "Johanna", "Jukka", "Pia", "Kristian", "Sari", "Tomas", "Heidi",
             "Fredrik", "Marjatta", "Stefan", "Katja", "Ahmed", "Maria", "Jari", "Camilla", "Ulla",
             "Henrik", "Tuula", "Lena", "Niklas", "Fatima", "Oksana", "Gunilla", "Pekka"],
    "skola": ["Kvarnbackens skola", "Strandbyns skola", "Näse skola", "Vårberga skola", "Kullo skola",
              "Linnajoen koulu", "Keskuskoulu", "Skaftkärrs skola", "Svartbäcks skola", "Tolkis skola",
              "Kevätkummun koulu", "Lyceets högstadium"],
    "manad": ["augusti", "augusti", "september", "januari", "mars", "oktober", "juni", "maj", "november"],
    "manad_fi": ["elokuusta", "syyskuusta", "tammikuusta", "maaliskuusta", "lokakuusta"],
    "manad_prev": ["januari", "februari", "mars", "april", "maj", "december"],
    "manad_prev_fi": ["tammikuulta", "helmikuulta", "maaliskuulta", "huhtikuulta", "toukokuulta"],
    "tid": ["i går kväll", "i morse", "i fredags", "förra veckan", "tre dagar", "söndagen",
            "natten till tisdag", "i onsdags", "flera dagar", "helgen", "måndag morgon", "två veckor"],
    "tid_fi": ["eilisestä asti", "viikon ajan", "monta päivää", "jo pari viikkoa", "viikonlopusta asti"],
    "tid_lang": ["ett halvt år", "över ett år", "åtta månader", "tre månader", "flera månader"],
    "klocka": ["2", "3", "4.30", "5", "1.45", "3.15"],
    "klocka_em": ["15", "16", "16.30", "17", "15.30"],
    "belopp": _money(40, 900),
    "nr": _num(1, 140),
    "cm": _num(10, 60),
    "dagar": _num(2, 14),
    "veckor": _num(2, 12),
    "alder": ["10 mån", "1 år", "1,5 år", "2 år", "11 månader", "3 år", "4 år", "14 mån", "2,5 år", "9 mån"],
    "timmar_dag": ["6", "7", "7,5", "8", "9", "10"],
    "timmar_v": ["15", "20", "25", "30", "35", "40"],
    "datum": _datum,
    "pct": _num(3, 40),
    "pct2": ["50", "60", "70", "80", "100", "40"],
    "fam": _num(2, 6),
    "fakturanr": _num(1000000, 9999999),
    "kundnr": _num(100000, 999999),
    "matare": _num(1200, 98000),
    "m3": _num(30, 250),
    "bygg": ["ett förråd på 25 m²", "en carport", "ett växthus", "ett garage", "en bastu", "en altan",
             "ett staket mot gatan", "en tillbyggnad", "ett uthus", "en brygga", "en gäststuga",
             "ett lusthus", "en inglasad veranda"],
    "bygg2": ["ladugård", "bastu", "uthus", "villa", "sommarstuga", "lada", "jordkällare"],
    "bygg_fi": ["autotallin", "varaston", "saunan", "kasvihuoneen", "autokatoksen", "aitan"],
    "m2": _num(600, 3200),
    "m2b": _num(15, 220),
    "ak": _num(1, 9),
    "km": _dec(1, 12),
    "minuter": _num(10, 45),
    "alder_skol": _num(7, 15),
    "taxi": ["den lokala taxicentralen", "ett taxibolag från grannkommunen", "busstrafiken",
             "en ny taxientreprenör", "Lähitaksi"],
    "hamn": ["Gästhamnen", "Näse småbåtshamn", "Strandbyns båthamn", "Tolkis hamn", "Pellinge båthamn",
             "Åmynningens båthamn", "Västra hamnen", "Varvsholmens hamn"],
    "hamn_fi": ["Tolkkisten", "Pellingin", "Länsisataman", "Vierassataman", "Jokisuun"],
    "ar": _num(2015, 2024),
    "ar2": ["2024", "2025"],
    "bredd": ["2,5", "2,8", "3,1", "3,4", "3,8"],
    "platsnr": lambda r: f"{r.choice('ABCDE')}{r.randint(1, 60)}",
    "batmodell": ["Terhi 475", "Buster XL", "Finnmaster 62", "Yamarin 56", "Nimbus 26", "gammal träbåt",
                  "liten segelbåt", "Bella 620", "motorbåt", "roddbåt med utombordare"],
    "langd": _dec(4, 9),
    "antal_ar": _num(2, 25),
    "fodar": ["2008", "2009", "2010", "2011"],
    "sedelbelopp": ["300 €", "350 €", "400 €"],
    "timlon": ["6", "7", "7,50", "8"],
    "ung_alder": ["15", "16", "17"],
    "foretag": ["café", "blomsteraffär", "lantgård", "bilverkstad", "byggfirma", "glasskiosk",
                "städfirma", "trädgårdsföretag", "frisersalong"],
    "vag": ["Kärrvägen", "Ängsbacka väg", "Björknäsvägen", "Tallmovägen", "Kallbäcksvägen", "Metsätie",
            "Mäkipolku", "Strandängsvägen", "Granlidsvägen", "Myrbackavägen"],
    "antal_hushall": _num(3, 40),
    "amne": ["avfallshämtning", "småbarnspedagogik", "parkering", "simhallens öppettider", "bygglov",
             "skolskjutsar", "vinterunderhållet", "båtplatser", "evenemang", "gatuarbeten"],
    "amne2": ["invånarmötet om generalplanen", "hörandet om detaljplanen", "föräldramötet",
              "avläsningen av vattenmätaren", "informationsmötet om skolnätet"],
    "plats2": ["stadshuset", "huvudbiblioteket", "simhallen", "servicepunkten", "byggnadstillsynen",
               "stadens växel", "ishallens kassa"],
    "kurs": ["akvarellmålning", "spanska för nybörjare", "finska steg 2", "keramik", "vävning", "yoga",
             "kvällsgympa", "släktforskning", "knyppling", "digitalt för seniorer", "thailändsk matlagning",
             "gitarr", "silversmide", "italienska", "sömnad", "vattengympa"],
    "kurs_fi": ["keramiikka", "espanjan alkeet", "jooga", "akvarellimaalaus", "kuntojumppa", "ruotsi 1"],
    "lokal": ["gymnasiets aula", "skolan i Kvarnbacken", "ungdomsgården", "huvudbiblioteket",
              "Kulturhuset", "arbis egna lokaler vid torget"],
    "kursavg": _num(25, 120),
    "kurskod": _num(261100, 261999),
    "rum": ["etta", "tvåa", "trea", "fyra", "tvåa med balkong", "bostad i markplan", "liten etta"],
    "rum_fi": ["yksiö", "kaksio", "kolmio"],
    "hyra": _num(450, 1200),
    "arbetsplats": ["{daghem}", "{skola}", "stadens centralkök", "simhallen", "huvudbiblioteket",
                    "stadsmuseet", "parkavdelningen", "ishallen", "medborgarinstitutet", "hamnkontoret"],
    "anstnr": _num(10000, 999999),
    "alder_gam": _num(78, 96),
    "veckodag": ["måndag", "tisdag", "onsdag", "torsdag", "fredag"],
}

# ---------------------------------------------------------------------------------------------
# Themes
# ---------------------------------------------------------------------------------------------

THEMES = {
    "dagvard_ansokan": dict(
        weight=13, months=[3, 3, 4, 4, 3, 2],
        cores=[
            "Vill anhålla om plats i småbarnspedagogiken för {barn} ({alder}) från och med {manad}.",
            "Frågar hur man ansöker om daghemsplats och hur länge det tar innan man får besked.",
            "Har sökt plats på {daghem} men blev placerad på ett annat daghem i {omrade}, vill byta.",
            "Familjen flyttar hit i {manad} och behöver vårdplats för två barn, {barn} och {barn}.",
            "Undrar varför placeringsbeslutet inte kommit fast ansökan lämnades för {veckor} veckor sedan.",
            "Mamman börjar jobba om två veckor och behöver plötsligt dagvård, går det snabbare?",
            "Önskar plats på svenskspråkigt daghem nära {omrade}, det erbjudna ligger för långt bort.",
            "Finns det skiftvård? Båda föräldrarna jobbar kvällar och helger.",
            "Undrar hur anmälan till förskoleundervisningen görs för {barn} som fyller sex i år.",
            "Pappan frågar om familjedagvård eller gruppfamiljedaghem kunde vara ett alternativ.",
            "Vill veta om man kan få servicesedel till {privdaghem}.",
            "Finns det lediga platser på {daghem} till hösten? Kund står i kö.",
            "Hur länge gäller ansökan om vårdplats om man vill skjuta upp starten till {manad}?",
            "Ansökan om dagvårdsplats i e-tjänsten gick inte att skicka, fel i sista steget.",
            "Undrar när inskolningen på {daghem} börjar och vem som är kontaktperson.",
            "Barnet har särskilda behov, föräldern undrar om stöd/assistent ordnas i gruppen.",
            "Lillebror {barn} behöver dagisplats, helst samma ställe som storasyster.",
            "Vill ha språkbadsplats för {barn}, finns det plats i språkbadsgruppen?",
            "Haluaa hakea päivähoitopaikkaa lapselle ({alder}) {manad_fi} alkaen.",
            "Kysyy, onko {daghem_fi} vapaita paikkoja ja miten hakemus tehdään.",
        ],
        details=[
            "Barnet är {alder}.", "Familjen bor i {omrade}.", "Föräldrarna studerar vid yrkeshögskolan.",
            "Familjen har hemvårdsstöd från FPA just nu.", "Behov av heldag, ca {timmar_dag} h/dag.",
            "Syskonet går redan på {daghem}.", "Föredrar svenskspråkig verksamhet.",
            "Har bifogat arbetsintyg.", "Pappan jobbar i treskift.", "Önskad start {datum}",
        ],
        closings=[
            "Hänvisade till e-tjänsten för småbarnspedagogik.",
            "Kontaktbegäran till servicehandledaren inom småbarnspedagogiken.",
            "Gav numret till daghemsföreståndaren.", "Förmedlat till placeringsteamet.",
            "Informerade om fyra månaders ansökningstid.",
        ],
        second=[
            "frågade också hur man ansöker om daghemsplats för lillasyster.",
            "undrade dessutom om det finns lediga platser på {daghem}.",
            "ville också veta när placeringsbeslutet för hösten kommer.",
            "nämnde att de kanske behöver skiftvård senare i vår.",
        ],
    ),
    "dagvard_avgift": dict(
        weight=8, months=[4, 3, 3, 3, 3, 2],
        cores=[
            "Har fått faktura för småbarnspedagogik på {belopp} och tycker den är för hög.",
            "Frågar varför klientavgiften steg från och med {manad}.",
            "Har inte lämnat inkomstuppgifter, undrar om högsta avgiften nu debiteras.",
            "Barnet var sjukt {dagar} dagar i {manad_prev}, kan avgiften sänkas?",
            "Vill minska vårdtiden till {timmar_v} timmar i veckan för att få lägre avgift.",
            "Familjens inkomster har minskat efter permittering, hur gör man rättelseyrkande på avgiftsbeslutet?",
            "Undrar om syskonrabatten har beaktats på senaste fakturan.",
            "Tas dagvårdsavgift ut i juli om barnet är ledigt hela månaden?",
            "Föräldrarna bor på olika adresser, vill veta vem av dem som ska betala dagvårdsfakturan.",
            "Har betalat dagvårdsräkningen för {manad_prev} två gånger och vill ha pengarna tillbaka.",
            "Ska säga upp dagvårdsplatsen från {datum} och undrar om avgift tas ut för uppsägningstiden.",
            "Förskolan är väl avgiftsfri? Ändå kom en faktura för kompletterande dagvård.",
            "Kan inkomstuppgifterna hämtas direkt ur inkomstregistret?",
            "Har fått betalningspåminnelse för dagvårdsavgifter, vill ha avbetalningsplan.",
            "Avgiftsbeslutet räknade med fel familjestorlek, sambon har flyttat ut.",
            "Frågar om avgiften sänks när barnet går på förskola bara halva dagen.",
            "Kysyy varhaiskasvatuksen asiakasmaksusta, lasku {belopp}, liian suuri.",
            "Haluaa tietää, miksi maksupäätös muuttui {manad_fi} alkaen.",
        ],
        details=[
            "Familjen består av {fam} personer.", "Fakturanummer {fakturanr}.",
            "Inkomsterna har sjunkit med ca {pct} %.", "Vårdavtalet är {timmar_v} h/vecka.",
            "Förfallodag {datum}", "Betalade via nätbanken.", "Barnet går på {daghem}.",
        ],
        closings=[
            "Hänvisade till avgiftshandläggaren.", "Gav blankett för inkomstutredning.",
            "Kontaktbegäran till avgiftsenheten inom småbarnspedagogiken.",
            "Förklarade hur klientavgiften räknas.", "Förmedlat till faktureringen.",
        ],
        second=[
            "frågade också om dagvårdsfakturan för {manad_prev}.",
            "undrade även varför klientavgiften höjts.",
            "ville också lämna nya inkomstuppgifter för avgiften.",
            "tog också upp att syskonrabatten saknas på räkningen.",
        ],
    ),
    "snoplogning": dict(
        weight=12, months=[10, 9, 5, 1, 0, 0],
        cores=[
            "{gata} är inte plogad sedan {tid}, bilarna fastnar.",
            "Plogbilen lämnade en hög snövall vid infarten på {gata} {nr}, kommer inte ut med bilen.",
            "Gångbanan längs {gata} är spegelblank, någon borde sanda.",
            "En äldre granne halkade vid busshållplatsen på {gata}, begär sandning genast.",
            "Vem ansvarar för snöröjningen på trottoaren framför fastigheten, staden eller husbolaget?",
            "Plogbilen körde på brevlådan vid {gata} {nr} och den är sönder.",
            "Cykelbanan mot {omrade} har inte plogats på hela veckan.",
            "Snöhögarna i korsningen {gata}/{gata} är så höga att man inte ser trafiken.",
            "När körs snön bort från parkeringen vid {plats}?",
            "Plogbilen körde förbi kl {klocka} på natten och väckte hela huset.",
            "Återvändsgatan {gata} glöms alltid bort när det plogas.",
            "Vill ha sand att strö själv, ställs det ut sandlådor i {omrade}?",
            "Slasket har frusit till djupa spår på {gata}, bilarna sladdar.",
            "Skolvägen till {skola} är oplogad, barnen måste gå på körbanan.",
            "Hela {omrade} ligger under snö, ingen plogbil synts till.",
            "Trapporna vid {plats} är isiga och osandade.",
            "{gata_fi} on auraamatta, lunta yli {cm} senttiä.",
            "Aurauspenkka tukkii pihaliittymän, {gata_fi} {nr}.",
        ],
        details=[
            "Det har snöat ca {cm} cm sedan {tid}.", "Gäller särskilt backen vid {plats}.",
            "Kunden går med rullator.", "Sopbilen kommer inte heller fram.",
            "Tredje gången i vinter.", "Kunden skickade foto.", "Hemvården kommer inte fram till huset.",
        ],
        closings=[
            "Förmedlat till gatuunderhållets jourhavande.", "Felanmälan gjord till kommunaltekniken.",
            "Informerade om plogningsordningen, huvudlederna först.",
            "Ärendet till plogningsentreprenören.", "Vidare till driftcentralen.",
        ],
        second=[
            "påpekade också att {gata} inte är plogad.",
            "klagade dessutom på halkan vid {plats}.",
            "nämnde att plogbilen lämnat en snövall vid infarten.",
            "bad också om sandning vid {plats}.",
        ],
    ),
    "gatuunderhall": dict(
        weight=9, months=[2, 2, 3, 5, 5, 4],
        cores=[
            "Stort hål i asfalten på {gata} vid nummer {nr}, bilen fick punktering.",
            "Gatubelysningen på {gata} har varit släckt sedan {tid}, mörkt och otryggt.",
            "En gatlykta blinkar hela natten vid {plats}.",
            "Vägmärket vid korsningen {gata}/{gata} har vält omkull.",
            "Sanden från vintern ligger kvar på gångbanorna i {omrade}, när sopas det?",
            "Dagvattenbrunnen på {gata} är igensatt, stor vattenpöl vid varje regn.",
            "Kantstenen är lös vid övergångsstället nära {plats}, farligt för barnvagnar.",
            "Bilarna kör för fort på {gata}, önskar farthinder.",
            "Gropar och sprickor på cykelbanan mot {omrade}, någon kommer att skada sig.",
            "När blir asfalteringen av {gata} klar och varför är gatan avstängd?",
            "Kräver ersättning för en fälg som gick sönder i en grop på {gata}.",
            "Gatunamnsskylten för {gata} saknas, taxin hittar inte fram.",
            "Grenar hänger ut över gångbanan på {gata} och skymmer trafikljuset.",
            "Trafikljusen vid {plats} blinkar bara gult sedan {tid}.",
            "Räcket vid bron nära {plats} är påkört och böjt.",
            "Dammar enormt från gatan när sanden inte sopats, {omrade}.",
            "Katuvalo ei toimi, {gata_fi}, pimeää {tid_fi}.",
            "Iso kuoppa asfaltissa kohdassa {gata_fi} {nr}.",
        ],
        details=[
            "Hålet är ca {cm} cm djupt.", "Kunden skickade bild per e-post.",
            "Gäller sträckan mellan {plats} och {plats}.", "Barn går där till skolan.",
            "Samma sak anmäldes redan i höstas.", "Kunden cyklar där dagligen.",
        ],
        closings=[
            "Felanmälan gjord till kommunaltekniken.", "Skadeanmälningsblankett skickad.",
            "Förmedlat till gatuunderhållet.", "Gav info om felanmälan på webben.",
            "Vidare till driftcentralen.",
        ],
        second=[
            "anmälde samtidigt en trasig gatlykta på {gata}.",
            "nämnde också ett stort hål i asfalten vid {plats}.",
            "påpekade att vägmärket vid {plats} lutar.",
        ],
    ),
    "vatten": dict(
        weight=8, months=[3, 3, 3, 3, 3, 3],
        cores=[
            "Vattenräkningen på {belopp} är mycket högre än vanligt, misstänker fel avläsning.",
            "Vill meddela mätarställningen {matare} m³, lyckades inte via webben.",
            "Har sålt huset på {gata} och vill säga upp vattenavtalet från {datum}",
            "Vad kostar anslutningsavgiften för vatten och avlopp för nytt egnahemshus i {omrade}?",
            "Inget vatten i kranen sedan {tid} på {gata}, är det avbrott?",
            "Vattnet är brunt och smakar konstigt efter grävarbetena på {gata}.",
            "Vattenmätaren har frusit och spruckit i källaren, vem byter?",
            "Vatten sprutar upp ur asfalten vid {gata} {nr}, ser ut som ett rörbrott.",
            "Fritidshuset i {by} ska anslutas till avloppsnätet, frågar om tidtabell.",
            "Varför tas grundavgift ut fast ingen bor i bostaden?",
            "Avloppet i källaren är stopp och det luktar, är felet i stadens ledning?",
            "Vill dela upp vattenfakturan i rater, pensionen räcker inte.",
            "Har fått brev om mätarbyte, när kommer montören?",
            "Är bortrest vid avläsningstiden och vill flytta den.",
            "Kranvattnet luktar klor, är det farligt för barnen?",
            "Vesilasku {belopp}, asiakas epäilee virhettä lukemassa.",
            "Vesi poikki, {gata_fi}, kysyy milloin palaa.",
        ],
        details=[
            "Kundnummer {kundnr}.", "Förbrukningen brukar vara ca {m3} m³ per år.",
            "Bor ensam sedan {manad_prev}.", "Egnahemshus från 70-talet.",
            "Grannen har samma problem.", "Fakturan förfaller {datum}",
        ],
        closings=[
            "Förmedlat till vattenverkets kundservice.", "Jouren vid vattenverket underrättad.",
            "Gav länk till mätaravläsningen på nätet.", "Ny faktura skickas efter kontroll.",
            "Kontaktbegäran till vattentjänsterna.",
        ],
        second=[
            "frågade också om vattenräkningen.",
            "ville samtidigt meddela mätarställningen {matare}.",
            "undrade också varför vattnet var brunt förra veckan.",
        ],
    ),
    "bygglov": dict(
        weight=7, months=[1, 2, 3, 4, 5, 4],
        cores=[
            "Vill bygga {bygg} på tomten i {omrade}, behövs bygglov?",
            "Hur lång är handläggningstiden för bygglov just nu?",
            "Grannen har byggt {bygg} tätt intill tomtgränsen utan lov, vill anmäla.",
            "Ska byta taket på egnahemshuset från tegel till plåt, krävs åtgärdstillstånd?",
            "Vem är byggnadsinspektör för {omrade} och hur bokar man slutsyn?",
            "Har fått grannhörande om ett bygglov och vill lämna anmärkning.",
            "Fakturan för lovbeslutet på {belopp} verkar hög.",
            "Vill riva en gammal {bygg2}, behövs rivningslov?",
            "Ansvarig arbetsledare har bytts ut, hur anmäls det?",
            "Ska borra energibrunn för jordvärme, behövs tillstånd?",
            "Finns ritningarna till huset på {gata} {nr} i arkivet? Behövs för försäljningen.",
            "Bygglovet går snart ut, hur anhåller man om förlängning av giltighetstiden?",
            "Vill göra om sommarstugan i {by} till åretruntbostad, tillåter planen det?",
            "Ska sätta solpaneler på taket, krävs tillstånd?",
            "Vill glasa in balkongen i höghuset, vem ansöker, husbolaget eller den boende?",
            "Frågar om byggrätten på tomten i {omrade}, hur många m² får man bygga?",
            "Kysyy, tarvitaanko rakennuslupa {bygg_fi} rakentamiseen.",
            "Haluaa varata loppukatselmuksen rakennustarkastajalta.",
        ],
        details=[
            "Tomten är ca {m2} m².", "Byggnaden blir ca {m2b} m².", "Området har detaljplan.",
            "Strandtomt i {by}.", "Ansökan är gjord i Lupapiste.", "Har en arkitekt anlitad.",
        ],
        closings=[
            "Hänvisade till byggnadstillsynens telefontid.", "Kontaktbegäran till byggnadsinspektören.",
            "Gav länk till Lupapiste.fi.", "Skickat vidare till byggnadstillsynen.",
            "Rådde kunden att boka tid för lovrådgivning.",
        ],
        second=[
            "frågade också om det behövs bygglov för {bygg}.",
            "undrade även vem som är byggnadsinspektör för {omrade}.",
            "nämnde också grannens olovliga bygge.",
        ],
    ),
    "skolskjuts": dict(
        weight=6, months=[4, 3, 2, 2, 4, 3],
        cores=[
            "Har {barn} i årskurs {ak} rätt till skolskjuts? Avståndet till {skola} är ca {km} km.",
            "Ansökan om skolskjuts fick avslag, föräldern anser att skolvägen längs {gata} är farlig.",
            "Skoltaxin kom inte i morse, barnet väntade vid vägen i {minuter} minuter.",
            "Skolresekortet fungerar inte, chauffören släppte inte på barnet.",
            "Barnet har tappat sitt busskort för skolresorna, hur får man nytt?",
            "Familjen flyttar till {omrade} mitt i terminen, ändras skolskjutsen?",
            "Taxichauffören kör för fort och barnen är rädda.",
            "Barnet bor växelvis hos båda föräldrarna, kan skjuts ordnas från båda adresserna?",
            "När kommer besluten om skolskjuts för hösten?",
            "Finns det skjuts hem från eftermiddagsverksamheten efter kl {klocka_em}?",
            "Skolbussen går så tidigt att barnet får vänta en timme innan lektionerna börjar.",
            "Barnet har gipsat benet och behöver tillfälligt taxi till skolan.",
            "Skoltaxin släppte av barnet vid fel hållplats.",
            "Vill att taxin hämtar {barn} tio minuter senare, är det möjligt?",
            "Koulukyyti ei tullut aamulla, lapsi odotti {minuter} minuuttia.",
            "Hakee koulukuljetusta lapselle, matka kouluun {km} km.",
        ],
        details=[
            "Barnet går i {skola}.", "Skolvägen saknar gångbana.", "Barnet är {alder_skol} år.",
            "Körningarna sköts av {taxi}.", "Gäller morgonskjutsen.", "Gäller eftermiddagarna.",
        ],
        closings=[
            "Förmedlat till skolskjutssamordnaren.", "Hänvisade till bildningsförvaltningen.",
            "Blankett för ansökan om skolskjuts skickad.", "Kontaktade taxicentralen.",
        ],
        second=[
            "frågade dessutom om skolskjuts för yngre syskonet.",
            "klagade också på att skoltaxin var sen i veckan.",
            "undrade även om nytt busskort för skolresorna.",
        ],
    ),
    "batplats": dict(
        weight=4, months=[0, 1, 3, 5, 6, 4],
        cores=[
            "Vill hyra båtplats i {hamn} för sommaren.",
            "Har stått i kö för bryggplats sedan {ar}, hur långt fram är hen i kön?",
            "Båten är {bredd} m bred och ryms inte på den tilldelade platsen, vill byta.",
            "När ska hamnavgiften vara betald och varför har den höjts?",
            "Vill säga upp båtplatsen vid {hamn}, båten är såld.",
            "Finns det plats i kajakstället vid {hamn}?",
            "Y-bommen på plats {platsnr} i {hamn} är trasig.",
            "Frågar om vinterförvaring av båt på stadens uppläggningsplats.",
            "En främmande båt ligger på kundens plats {platsnr}.",
            "När kopplas vatten och el på vid bryggorna i {hamn}?",
            "Får man överlåta båtplatsen till sin son?",
            "Är sjösättningsrampen i {hamn} öppen och vad kostar det?",
            "Nyckeln till bryggporten fungerar inte efter låsbytet.",
            "Fick faktura för båtplats fast platsen sades upp i fjol.",
            "Vill ha en tillfällig gästplats för segelbåten en vecka i juni.",
            "Haluaa vuokrata venepaikan {hamn_fi} satamasta.",
            "Kysyy venepaikkajonosta, ollut jonossa vuodesta {ar}.",
        ],
        details=[
            "Båten är en {batmodell}, {langd} m lång.", "Platsnummer {platsnr}.",
            "Har haft plats i hamnen i {antal_ar} år.", "Säsongen börjar 1.5.",
        ],
        closings=[
            "Hänvisade till hamnkontoret.", "Förmedlat till hamnmästaren.",
            "Gav info om e-tjänsten för båtplatser.", "Kontaktbegäran till fritidsenhetens hamnärenden.",
        ],
        second=[
            "frågade också om båtplats i {hamn} till sommaren.",
            "undrade samtidigt när hamnavgiften ska betalas.",
            "ville även veta något om vinterförvaringen av båten.",
        ],
    ),
    "sommarsedel": dict(
        weight=3, months=[0, 2, 5, 5, 4, 2],
        cores=[
            "När kan man ansöka om sommarjobbssedel? Dottern {barn} är född {fodar}.",
            "Har fått sommarjobbssedel men hittar ingen arbetsgivare, gäller den hos en förening?",
            "Företagare vill anställa en ungdom med sommarsedel, hur betalas stödet på {sedelbelopp} ut?",
            "Sonen fick ingen sedel, de tog slut på några timmar.",
            "Gäller sedeln om ungdomen jobbar bara {veckor} veckor?",
            "Hur redovisar arbetsgivaren att sommarjobbet är gjort för att få ersättningen?",
            "Ungdomen flyttade hit i vår, får hen ändå sommarjobbssedel?",
            "Anställer staden själv unga till sommarjobb i parkerna?",
            "Sommarsedeln har kommit bort, behöver ny kopia till arbetsgivaren.",
            "Arbetsgivaren har inte fått pengarna för sommarsedeln fast redovisningen skickades i {manad_prev}.",
            "Vilka årskullar får sommarsedel i år?",
            "Kan sedeln användas om arbetsplatsen ligger i grannkommunen?",
            "Arbetsgivaren erbjuder bara {timlon} €/h, vad är minimilönen för sommarsedeljobb?",
            "Kysyy kesätyösetelistä, poika syntynyt {fodar}.",
            "Yrittäjä haluaa palkata nuoren kesätyösetelillä, miten tuki maksetaan?",
        ],
        details=[
            "Ungdomen är {ung_alder} år.", "Arbetsgivaren är ett {foretag} i {omrade}.",
            "Arbetet skulle pågå i juni.", "Ansökan gjordes via ungdomstjänsternas webbsida.",
        ],
        closings=[
            "Hänvisade till ungdomstjänsterna.", "Kontaktbegäran till ungdomsarbetet.",
            "Gav info om villkoren för sommarsedeln.", "Förmedlat till ungdomssekreteraren.",
        ],
        second=[
            "frågade också om sommarjobbssedeln för dottern.",
            "undrade dessutom när sommarsedlarna delas ut.",
            "nämnde också att sonen söker sommarjobb med sedel.",
        ],
    ),
    "enskild_vag": dict(
        weight=3, months=[3, 3, 3, 3, 2, 1],
        cores=[
            "Vägdelagets ordförande frågar när ansökan om understöd för enskild väg ska vara inne.",
            "Vägdelaget fick mindre understöd i år, vill veta varför.",
            "Hur stor del av vinterunderhållet av den enskilda vägen till {by} betalar staden?",
            "Ska grunda ett vägdelag för vägen till sommarstugorna i {by}, hur gör man?",
            "Söker kontaktuppgifter till vägdelaget för {vag}, som ingen verkar sköta.",
            "Vägenheterna i väglaget borde räknas om, kan staden hjälpa till?",
            "Kan staden ta över underhållet av den privata vägen, nu bor alla där året runt?",
            "Bron på privatvägen {vag} är i dåligt skick, vem ansvarar?",
            "Frågar om bidrag för grundförbättring av enskild väg, nytt bärlager och trummor.",
            "Vägavgiften som vägdelaget tar ut verkar orimlig, kan kommunen ingripa?",
            "Väglaget har inte hållit stämma på flera år, kan man få se redovisningen för understödet?",
            "Behöver blanketten för redovisning av hur vägunderstödet använts.",
            "Får vägdelaget sätta upp vägbom på {vag} om vägen får stadens understöd?",
            "Tiekunnan puheenjohtaja kysyy yksityistieavustuksen hakuajasta.",
            "Kysyy, maksaako kaupunki yksityistien {vag} talvikunnossapitoa.",
        ],
        details=[
            "Vägen är ca {km} km lång.", "Längs vägen bor {antal_hushall} hushåll året runt.",
            "Vägdelaget har skött vägen sedan {ar}.", "Vägen går ut till {by}.",
        ],
        closings=[
            "Förmedlat till handläggaren för enskilda vägar inom kommunaltekniken.",
            "Blankett för ansökan om understöd skickad.",
            "Gav info om vägförrättning hos Lantmäteriverket.", "Hänvisade till Finlands Vägförening.",
        ],
        second=[
            "frågade också om understödet för den enskilda vägen.",
            "nämnde även att vägdelaget tänker söka understöd.",
            "undrade samtidigt vem som underhåller privatvägen till {by}.",
        ],
    ),
    "sprakservice": dict(
        weight=2, months=[3, 3, 3, 3, 3, 3],
        cores=[
            "Fick beslut från staden enbart på finska och vill ha det på svenska.",
            "Klagar på att telefonkundtjänsten inte kunde betjäna på svenska.",
            "Skylten vid {plats} är bara på finska fast staden är tvåspråkig.",
            "Den svenska versionen av stadens webbsida om {amne} saknas eller är föråldrad.",
            "Personalen på {plats2} svarade på finska när kunden talade svenska, vill ge respons.",
            "Kallelsen till {amne2} var endast på finska, kunden förstår inte innehållet.",
            "Har kunden rätt att få handlingarna i sitt ärende översatta till svenska?",
            "Vart lämnar man klagomål som gäller språkliga rättigheter?",
            "Stadens enkät gick bara att fylla i på finska.",
            "Infobladet om {amne} som delades ut i {omrade} hade ingen svensk text.",
            "Ber att all post från staden skickas på svenska, modersmålet är registrerat som svenska.",
            "Chatten på stadens webb svarade bara på finska och engelska.",
            "Påpekar att den svenska översättningen i stadens pressmeddelande var full av fel.",
            "Asiakas kertoo, ettei iäkäs äiti saanut palvelua ruotsiksi.",
            "Haluaa päätöksen ruotsinkielisenä, sai vain suomenkielisen.",
        ],
        details=[
            "Kunden hänvisade till språklagen.", "Gäller ett ärende från {manad_prev}.",
            "Kunden är mycket missnöjd.", "Inte första gången enligt kunden.",
            "Vill ha skriftligt svar.",
        ],
        closings=[
            "Responsen förmedlad till stadens språkombud.", "Registrerat i responssystemet.",
            "Bad berörd enhet skicka svensk version.", "Förmedlat till förvaltningsdirektören för kännedom.",
        ],
        second=[
            "klagade också på att brevet bara var på finska.",
            "påpekade dessutom att det inte fanns svensk betjäning i telefon.",
            "ville även ha beslutet översatt till svenska.",
        ],
    ),
    "medborgarinstitut": dict(
        weight=5, months=[5, 2, 2, 1, 2, 3],
        cores=[
            "Vill anmäla sig till kursen i {kurs} på medborgarinstitutet, men den var redan full.",
            "När kommer arbis kursprogram för hösten ut?",
            "Har fått faktura för {kurs} fast kursen inhiberades.",
            "Vill avboka platsen i {kurs}, får man kursavgiften tillbaka?",
            "Finns det pensionärsrabatt på kursavgifterna vid arbis?",
            "Står på reservlistan för {kurs}, kommer hen med?",
            "Var hålls {kurs}? Lokalen har visst bytts till {lokal}.",
            "Kursledaren har uteblivit två gånger, kunden vill ha kompensation.",
            "Kan inte logga in i kursanmälan på nätet, felmeddelande.",
            "Vill anmäla {namn}, som saknar e-post, till en kurs i {kurs} per telefon.",
            "Behöver intyg över genomgången kurs i {kurs} till arbetsgivaren.",
            "Ordnas det sommarkurser i {kurs} i juni?",
            "Vill föreslå en ny kurs i {kurs}, vem ska man kontakta?",
            "Haluaa ilmoittautua kansalaisopiston kurssille ({kurs_fi}).",
            "Kurssi peruttiin mutta lasku tuli, pyytää hyvitystä.",
        ],
        details=[
            "Kursavgiften är {kursavg} €.", "Kurskod {kurskod}.", "Kursen börjar {datum}",
            "Kunden är pensionär.", "Gäller kvällsgruppen.",
        ],
        closings=[
            "Hänvisade till arbis kansli.", "Förmedlat till medborgarinstitutets byråsekreterare.",
            "Gav info om anmälan på nätet.", "Kontaktbegäran till rektorn för arbis.",
        ],
        second=[
            "frågade också om kursen i {kurs} vid arbis.",
            "ville dessutom anmäla sig till {kurs}.",
            "undrade även när arbis nya kursprogram kommer.",
        ],
    ),
    "hyresbostad": dict(
        weight=6, months=[3, 3, 3, 3, 3, 3],
        cores=[
            "Lämnade bostadsansökan till stadens hyresbolag för {tid_lang} sedan, inget erbjudande än.",
            "Hur länge är bostadsansökan i kraft och hur förnyar man den?",
            "Söker en {rum} i {omrade}, finns det lediga hyresbostäder?",
            "Hissen i huset på {gata} {nr} har varit ur funktion i {dagar} dagar.",
            "Grannen spelar hög musik nattetid, vill anmäla störande boende.",
            "Vill säga upp hyresbostaden, är uppsägningstiden en månad?",
            "Hyran höjdes med {pct} %, varför?",
            "Vill byta till mindre bostad inom samma bolag eftersom barnen flyttat hemifrån.",
            "Hur får man bastutur i huset på {gata}?",
            "Kan man hyra bilplats med motorvärmaruttag i samma hus?",
            "Fuktfläck och mögellukt i badrummet, fastighetsskötseln har inte kommit.",
            "Krävs hyresgaranti eller borgen för stadens hyresbostäder?",
            "Gäller inkomstgränser för ARA-bostäderna?",
            "Vill installera diskmaskin själv, behövs lov av hyresvärden?",
            "Radiatorerna är kalla i lägenheten på {gata}, bara 17 grader inne.",
            "Hakee vuokra-asuntoa, {rum_fi} {omrade}.",
            "Hissi rikki, {gata_fi} {nr}, ollut {dagar} päivää.",
        ],
        details=[
            "Hushållet består av {fam} personer.", "Nuvarande hyra {hyra} €/mån.",
            "Har en katt.", "Behöver bostad i bottenvåning pga rullator.",
            "Bor nu i andra hand i {omrade}.",
        ],
        closings=[
            "Hänvisade till stadens bostadsbolag.", "Gav numret till fastighetsskötseln.",
            "Förmedlat till disponenten.", "Gav info om bostadsansökan på nätet.",
        ],
        second=[
            "frågade också hur läget är med bostadsansökan.",
            "nämnde också att hissen i huset är ur funktion.",
            "undrade samtidigt om det finns lediga tvåor i {omrade}.",
        ],
    ),
    "personal_lon": dict(
        weight=4, months=[3, 3, 3, 3, 3, 5],
        cores=[
            "Tjänsteinnehavare vid {arbetsplats} frågar varför semesterpenningen inte betalades ut.",
            "Vikarie vid {arbetsplats} har inte fått lön för {manad_prev}.",
            "Timlärare vid {skola} säger att timmarna på lönespecifikationen inte stämmer.",
            "Behöver tjänstgöringsintyg för åren {ar}–{ar2} till arbetslöshetskassan.",
            "Hur byter man ut semesterpenningen mot ledighet?",
            "Lönen betalades med för hög skatteprocent fast nytt skattekort levererats.",
            "Tidigare anställd i stadens kök {ar} behöver arbetsintyg.",
            "Vem är löneräknare för personalen inom småbarnspedagogiken?",
            "Sommarvikarie i parkerna undrar när första lönen betalas.",
            "Kvälls- och helgtillägg saknas på lönen för {manad_prev}.",
            "Hur många semesterdagar tjänar man in i ett arbetsavtalsförhållande på viss tid?",
            "Pensionerad tjänsteinnehavare frågar om slutlönen och semesterersättningen.",
            "Har fått återkrav på för mycket betald lön, {belopp}, vill ha förklaring.",
            "Kan sparledighet beviljas i höst och vem beslutar?",
            "Sijainen kysyy, miksi palkka {manad_prev_fi} puuttuu.",
            "Viranhaltija kysyy lomarahan maksupäivää.",
        ],
        details=[
            "Anställningsnummer {anstnr}.", "Jobbar {pct2} % av full arbetstid.",
            "Anställd sedan {ar}.", "Förmannen är informerad.",
        ],
        closings=[
            "Hänvisade till löneräkningen.", "Förmedlat till personalförvaltningen.",
            "Gav e-postadressen till lönetjänsterna.", "Kontaktbegäran till personalsekreteraren.",
        ],
        second=[
            "frågade även om sin semesterpenning, jobbar själv vid {arbetsplats}.",
            "ville också ha ett tjänstgöringsintyg.",
            "undrade också något om lönespecifikationen.",
        ],
    ),
    "valfardsomrade": dict(
        weight=9, months=[3, 3, 3, 3, 3, 3],
        cores=[
            "Vill boka läkartid på hälsovårdscentralen i {omrade}.",
            "Var ansöker man om utkomststöd? Har hört att staden inte sköter det längre.",
            "Mamman ({alder_gam} år) klarar sig inte hemma, dottern frågar om hemvård.",
            "Vart har tandvården flyttat och hur får man tid?",
            "Behöver färdtjänst efter höftoperation, var ansöker man?",
            "Söker plats på serviceboende för äldre anhörig.",
            "Frågar om närståendevårdsstöd och vem som beslutar om det.",
            "Barnrådgivningen i {omrade} svarar inte, vill flytta vaccinationstiden.",
            "Vill klaga på bemötandet vid jouren på hälsovårdscentralen.",
            "Vill ha kontakt med socialbyrån i ett familjeärende.",
            "Fakturan från hälsovårdscentralen på {belopp} trodde kunden kom från staden.",
            "Ges influensavaccin utan tidsbokning i {omrade}?",
            "Vill ha kontaktuppgifter till mentalvårdsmottagningen.",
            "Varför har hälsostationen i {by} stängts och var finns närmaste mottagning nu?",
            "Behöver hjälpmedel (rollator) från hjälpmedelscentralen, vem ska man ringa?",
            "Haluaa varata ajan terveyskeskukseen.",
            "Kysyy kotihoidosta isälleen, {alder_gam} v.",
        ],
        details=[
            "Kunden irriterad över att bli hänvisad vidare.", "Kunden är {alder_gam} år.",
            "Saknar nätbankskoder.", "Hade försökt ringa i en timme.",
        ],
        closings=[
            "Hänvisade till välfärdsområdets kundtjänst.", "Gav numret till hyvinvointialueens servicecentral.",
            "Förklarade att social- och hälsovården sköts av välfärdsområdet sedan 2023.",
            "Gav numret till hälsostationens tidsbokning.",
        ],
        second=[
            "frågade också hur man bokar tid till hälsovårdscentralen.",
            "ville även ha numret till hemvården.",
            "undrade också var tandvården finns numera.",
        ],
    ),
}

CHANNELS = ["telefon", "e-post", "servicepunkt"]
CHANNEL_W = [55, 30, 15]

OPENINGS = {
    "telefon": ["Kund ringde.", "Samtal från invånare.", "Kunden ringde ang. följande:", "Telefonsamtal.",
                "Ringde {veckodag} fm.", "Samtal via växeln.", "Återuppringning gjord.",
                "Kund ringde för andra gången.", "Kunden i telefon:", "Inkommande samtal.",
                "", "", "", ""],
    "e-post": ["E-post från kund:", "Meddelande via e-post.", "Kunden skriver:", "Inkommen e-post.",
               "Via responsformuläret:", "Kund skickade e-post.", "Sp:", "", "", ""],
    "servicepunkt": ["Besök vid servicepunkten.", "Kund på servicepunkten.", "Kunden kom in till servicepunkten.",
                     "Besök i stadshusets servicepunkt.", "Servicepunkten, kund utan tidsbokning.",
                     "Kund vid disken:", "", ""],
}
OPENINGS_FI = {
    "telefon": ["Asiakas soitti.", "Puhelu:", "Asiakas soitti, asioi suomeksi."],
    "e-post": ["Sähköposti asiakkaalta:", "Asiakas kirjoittaa:"],
    "servicepunkt": ["Asiakas kävi palvelupisteessä.", "Palvelupiste:"],
}
GENERIC_CLOSINGS = ["Kunden nöjd med svaret.", "Lovade återkomma.", "Kontaktbegäran skickad.",
                    "Ärendet vidarebefordrat.", "Kunden informerad.", "Bad kunden skicka ärendet skriftligt.",
                    "Kunden ber om återuppringning i eftermiddag.", "Ärendet avslutat.",
                    "Väntar på svar från enheten.", "Kiitos, asia hoidettu.", "Ingen åtgärd från oss."]
SECOND_PREFIX = ["Kunden ", "Ps. kunden ", "Hen ", "Lisäksi: kunden ", "Kund ", "Samma kund "]
INITIALS = ["/AL", "/mk", "-JS", "/ths", "/EV", " //PN", "/sk", "/LH"]
ABBREV = [(r"\bangående\b", "ang."), (r"\btelefon\b", "tfn"), (r"\bklockan\b", "kl."),
          (r"\beventuellt\b", "ev."), (r"\bKunden\b", "Kund"), (r"\bungefär\b", "ca"),
          (r"\bmedborgarinstitutet\b", "arbis"),
          (r"\bsmåbarnspedagogiken\b", "småbarnspedagogiken (varhaiskasvatus)"),
          (r"\bdaghemsplats\b", "dagisplats"), (r"\bhälsovårdscentralen\b", "hvc")]

_SLOT_RE = re.compile(r"\{(\w+)\}")


def _fill(text: str, r: random.Random) -> str:
    for _ in range(4):
        if "{" not in text:
            break

        def rep(m):
            v = SLOTS[m.group(1)]
            return v(r) if callable(v) else r.choice(v)

        text = _SLOT_RE.sub(rep, text)
    return text


def _typo(word: str, r: random.Random) -> str:
    if len(word) < 5 or not word.isalpha():
        return word
    i = r.randint(1, len(word) - 2)
    k = r.random()
    if k < 0.4:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if k < 0.7:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def _noise(text: str, r: random.Random) -> str:
    if r.random() < 0.2:
        pat, rep = r.choice(ABBREV)
        text = re.sub(pat, rep, text, count=1)
    if r.random() < 0.14:
        words = text.split(" ")
        j = r.randrange(len(words))
        words[j] = _typo(words[j], r)
        text = " ".join(words)
    if r.random() < 0.04:
        text = text.translate(str.maketrans("åäöÅÄÖ", "aaoAAO"))
    if r.random() < 0.06:
        text = text.replace(". ", ".  ", 1)
    if r.random() < 0.22 and text:
        text = text[0].lower() + text[1:]
    if r.random() < 0.2 and text.endswith("."):
        text = text[:-1]
    if r.random() < 0.15:
        text += r.choice(INITIALS)
    return text


def _note(theme_id: str, channel: str, r: random.Random, ids: list, weights: list) -> str:
    t = THEMES[theme_id]
    parts = []
    if r.random() < 0.08:
        parts.append(r.choice(OPENINGS_FI[channel]))
    else:
        parts.append(r.choice(OPENINGS[channel]))
    parts.append(r.choice(t["cores"]))
    k = r.random()
    ndet = 2 if k < 0.2 else (1 if k < 0.65 else 0)
    parts.extend(r.sample(t["details"], ndet))
    closing = None
    c = r.random()
    if c < 0.4:
        closing = r.choice(t["closings"])
    elif c < 0.65:
        closing = r.choice(GENERIC_CLOSINGS)
    if r.random() < 0.15:
        other = theme_id
        while other == theme_id:
            other = r.choices(ids, weights)[0]
        sec = r.choice(SECOND_PREFIX) + r.choice(THEMES[other]["second"])
        if closing and r.random() < 0.5:
            parts.extend([closing, sec])
        else:
            parts.append(sec)
            if closing:
                parts.append(closing)
    elif closing:
        parts.append(closing)
    text = " ".join(p for p in parts if p)
    return _noise(_fill(text, r), r)


def _date(months: list, r: random.Random) -> str:
    m = r.choices(range(1, 7), months)[0]
    start = date(2026, m, 1)
    end = date(2026, m + 1, 1) if m < 12 else date(2027, 1, 1)
    return (start + timedelta(days=r.randrange((end - start).days))).isoformat()


def make_log(rows: int, seed: int) -> list[dict[str, str]]:
    r = random.Random(f"fisv-{seed}")
    ids = list(THEMES)
    weights = [THEMES[i]["weight"] for i in ids]
    total = sum(weights)
    # exact allocation (largest remainder) so the size ratio is stable
    raw = [rows * w / total for w in weights]
    counts = [int(x) for x in raw]
    for j in sorted(range(len(ids)), key=lambda j: raw[j] - counts[j], reverse=True)[: rows - sum(counts)]:
        counts[j] += 1
    labels = [i for i, c in zip(ids, counts, strict=True) for _ in range(c)]
    r.shuffle(labels)
    out = []
    for lab in labels:
        ch = r.choices(CHANNELS, CHANNEL_W)[0]
        out.append({
            "anteckning": _note(lab, ch, r, ids, weights),
            "datum": _date(THEMES[lab]["months"], r),
            "kanal": ch,
            "true_theme": lab,
        })
    out.sort(key=lambda d: d["datum"])
    return out


def main() -> None:
    write_log_cli(make_log, __doc__, "anteckning")


if __name__ == "__main__":
    main()
