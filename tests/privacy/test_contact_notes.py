"""Names and addresses in contact-note language (issue #14): what is redacted, what stays."""

from __future__ import annotations

import csv

import pytest
from click.testing import CliRunner

from podcast.cli import cli
from podcast.privacy.redact import find_pii, redact, redact_text


def found(text: str) -> list[tuple[str, str]]:
    return [(s.type, s.text) for s in find_pii(text)]


@pytest.mark.parametrize(("text", "name"), [
    # mid-sentence, no cue, after a relation or a role
    ("Min granne Kalle Eriksson har byggt ett plank.", "Kalle Eriksson"),
    ("Ringde om bygglov, handläggaren Birgitta Holmqvist återkommer.", "Birgitta Holmqvist"),
    ("Vår granne, Sten-Åke Lundkvist, eldar löv varje helg.", "Sten-Åke Lundkvist"),
    # lower-case chat
    ("det gäller min mamma gunnel andersson som har hemtjänst", "gunnel andersson"),
    ("chatt: hej det är lisa nyberg här, jag har tappat kortet", "lisa nyberg"),
    # particles, hyphens, double surnames
    ("Min pappa Göran af Klercker behöver färdtjänst.", "Göran af Klercker"),
    ("Jag heter Maj-Britt de Geer och undrar över avgiften.", "Maj-Britt de Geer"),
    ("Anna-Karin Svensson-Lind ringde om fakturan.", "Anna-Karin Svensson-Lind"),
    # signatures and quoted replies
    ("Hej,\nJag har inte fått svar.\nMvh Leila Haddad", "Leila Haddad"),
    ("Från: Roger Nyqvist\nÄmne: Parkeringsböter", "Roger Nyqvist"),
    ("Den 3 mars skrev Mirja Halonen <m@example.se>:\n> Kan ni ta bort klottret?",
     "Mirja Halonen"),
    # a name the list does not know, mid-sentence
    ("Jag har pratat med Bodil Hallin på bygglov men fått olika besked.", "Bodil Hallin"),
    # a listed first name before a surname the model found alone
    ("Eva-Lena och Per-Olof Gustavsson vill söka bygglov.", "Per-Olof Gustavsson"),
    # a note written in capitals; a first name in the genitive before a relation
    ("ANMÄLAN FRÅN LARS-ERIK BOMAN OM NEDFALLEN GREN", "LARS-ERIK BOMAN"),
    ("Det är Sannas pappa som ringer om skolskjutsen.", "Sannas"),
    ("min kollega jonas hade samma problem med fakturan", "jonas"),
    ("jag e mamma till leo i klass 2b och undrar om utflykten", "leo"),
    ("hej det ar asa bjorklund igen, fakturan ar fortfarande fel", "asa bjorklund"),  # no å/ö
    ("Tack för hjälpen\n/ Emma W", "Emma W"),
    ("Nilsson påstår att tomtgränsen går vid staketet.", "Nilsson"),
    ("pratade med kalle på tekniska men inget har hänt", "kalle"),
    ("hej! ja heter nora o bor i ett lss-boende", "nora"),
    # a title before a surname that is also an ordinary word; a label with a colon
    ("Samtal med fru Strand om hemtjänstens tider.", "Strand"),
    ("Herr Berg vill ha besked om bygglovet.", "Berg"),
    ("Fastighetsägare: Lindgren, Tallstigen 7", "Lindgren"),
    # chat: a first name before a relation, the genitive s left out; a call to a first name
    ("jonas mamma vill veta när skolskjutsen kommer", "jonas"),
    ("ring tillbaka till hassan på kvällen", "hassan"),
    # both words typed without å/ä/ö in a note that has them elsewhere
    ("goran lindstrom har fått fel faktura för vatten", "goran lindstrom"),
    # being called, then a listed first name, even a short one in lower case
    ("pratade med en kvinna som hette sara, hon visste inget", "sara"),
    ("hon heter lina och ringer om fakturan", "lina"),
    ("My name is tom harris.", "tom harris"),
    # saying who is writing: "det är jag (igen)," then a listed first name
    ("tjena, de e jag igen, sebbe, när kommer plogbilen??", "sebbe"),
    ("det är jag, tom, som har ringt om fakturan", "tom"),
    # a first name the model found, before a name a rule found
    ("Faadumo Cabdi Warsame har ringt om bostadsanpassning.", "Faadumo"),
    # an initial with a full stop, then the surname
    ("Ärendet lämnat till K. Lundgren på miljöenheten.", "K. Lundgren"),
    # a family, a relation's name after "heter", a greeting and "det är"
    ("Ring tillbaka till Fam. Hosseini efter kl 17.", "Hosseini"),
    ("familjen Nyström har flyttat från området", "Nyström"),
    ("ja asså min sambo heter jocke och han har ringt två gånger", "jocke"),
    ("hej det är nadia igen, har ni hittat min väska?", "nadia"),
    # a double first name whose first part alone could be a word ("Ann", "Per")
    ("Ann-Sofie från Röda Korset ringde om lokaler.", "Ann-Sofie"),
    # an abbreviated sign-off, staff initials after a slash, an initial after a label
    ("Tack för hjälpen.\nhälsn. Gun", "Gun"),
    ("Signerat /AK, handläggare försörjningsstöd", "AK"),
    ("Handläggare: E. Virtanen", "E. Virtanen"),
    ("Sms: hej detta e roger, ringer ni mig?", "roger"),
    # "heter" with the subject left out, a double first name in lower case
    ("bor på ängsvägen 4 i vreta, heter eva-britt nordin och vill ha hjälp", "eva-britt nordin"),
    # a form's labels for family members; a surname in capitals beside a first name
    ("Mamma: Lisa Berg; Barn: Nour (4 år).", "Nour"),
    ("Anna SVENSSON har anmält skadegörelse på lekplatsen.", "SVENSSON"),
    # an abbreviation's full stop ends no sentence; a bare initial before a lower-case word;
    # a generation after the surname
    ("Ang. Pettersson: fakturan är makulerad och en ny skickas.", "Pettersson"),
    ("Ärendet stängt av Susanne H i kundtjänst.", "Susanne H"),
    ("Robert Ek Sr äger fastigheten med sin son.", "Robert Ek Sr"),
    # "vi heter", then two listed first names
    ("hej vi heter stina och jonas och vårt sopkärl är borta", "stina"),
    # before an ordinary word with a hyphen ("e-post", "sms-…") a name stays a name: only a
    # capitalised compound ("Vasa-skolan") makes it a thing named after someone
    ("Annas e-postadress är fel i systemet.", "Annas"),
    ("Lisa e-postade mig igår om fakturan.", "Lisa"),
    ("Kalle Svenssons sms-påminnelse kom inte.", "Kalle Svenssons"),
    # a lone surname no place has, after "till"
    ("Ärendet överlämnat till Lindqvist (bygglov) för yttrande.", "Lindqvist"),
    # a lone lower-case first name from the redactor's own list, no cue needed
    ("pratat m lena på socialen men inget hänt", "lena"),
    ("johanna undrar om skolskjutsen går på lovet", "johanna"),
])
def test_names_in_contact_notes_are_redacted(text: str, name: str) -> None:
    assert ("NAME", name) in found(text)
    assert name not in redact_text(text)


@pytest.mark.parametrize(("text", "names"), [
    ("Samtal med Göran Wiklander om garaget. Wiklander vill ha besked innan fredag.",
     ["Göran Wiklander", "Wiklander"]),
    ("oskar lindqvist i chatten. sa till oskar att vi återkommer",
     ["oskar lindqvist", "oskar"]),
    ("Hon hette Gull-Maj Eklund. Gull-Maj har ingen dator, Eklunds son hjälper henne.",
     ["Gull-Maj Eklund", "Gull-Maj", "Eklunds"]),
    ("Annelie Rask-Holmgren ringde. Holmgren vill ha svar.",
     ["Annelie Rask-Holmgren", "Holmgren"]),
])
def test_a_name_said_again_in_the_note_is_redacted_again(text: str, names: list[str]) -> None:
    assert [t for kind, t in found(text) if kind == "NAME"] == names


@pytest.mark.parametrize(("text", "names"), [
    # the oak in lower case is no echo of the capitalised surname
    ("Björn Ek ringde om en ek som fallit över vägen.", ["Björn Ek"]),
    # a place named after the person stays
    ("Olof Palme hade en vän. Olof Palmes gata är avstängd.", ["Olof Palme"]),
    # a short part of a hyphenated name ("Maj" the month) is not echoed
    ("Gull-Maj Eklund ringde. Maj är en bra månad för att så.", ["Gull-Maj Eklund"]),
])
def test_a_name_said_again_only_where_it_is_a_name(text: str, names: list[str]) -> None:
    assert [t for kind, t in found(text) if kind == "NAME"] == names


@pytest.mark.parametrize(("text", "address"), [
    ("Jag bor på Rosenlundsstråket 9 och soporna har inte hämtats.", "Rosenlundsstråket 9"),
    ("Vattenläcka på Granhöjden 7 A, källaren står under vatten.", "Granhöjden 7 A"),
    ("Gropar på Sjöledsgärdet 31C efter vintern.", "Sjöledsgärdet 31C"),
    ("Adress: Ekbacksslingan 3, lgh 1102, 731 42 Köping",
     "Ekbacksslingan 3, lgh 1102, 731 42 Köping"),
    ("Post till Björkliden 12, uppg. B", "Björkliden 12, uppg. B"),
    ("Post till c/o Jansson", "c/o Jansson"),
    ("Jag bor på Olof Palmes gata 12, 753 20 Uppsala.", "Olof Palmes gata 12, 753 20 Uppsala"),
    ("Klotter på fasaden vid Stora Nygatan 5 A, kan ni sanera?", "Stora Nygatan 5 A"),
    ("Lägenheten på Kyrkvägen 4 nb har fuktskador.", "Kyrkvägen 4 nb"),
    ("Bor på Södra Vägen 21, 3 tr och hissen står still.", "Södra Vägen 21, 3 tr"),
    ("jag bor pa Solrosvagen 47 och soporna ar kvar", "Solrosvagen 47"),  # no å/ä/ö
    # after an address label, whatever the street's suffix; "Lgh" capitalised
    ("Adress: Skogsbrynet 7, Lgh 1201, 977 53 Luleå", "Skogsbrynet 7, Lgh 1201, 977 53 Luleå"),
    # streets named after nature or farmland, capitalised compounds in the definite form
    ("Jag bor på Rosenbågen 14 och vill klaga på bullret.", "Rosenbågen 14"),
    ("Adress: Ekvången 7", "Ekvången 7"),
    ("Bor på Tallmyren 3B, lgh 1001, 451 43 Uddevalla", "Tallmyren 3B, lgh 1001, 451 43 Uddevalla"),
])
def test_addresses_by_grammar(text: str, address: str) -> None:
    assert ("ADDRESS", address) in found(text)


@pytest.mark.parametrize("text", [
    "Plogvall på Storgatan igen, bussen kommer inte fram.",       # a street without a number
    "Det luktar avlopp vid Granhöjden, flera har klagat.",
    "Nedskräpning längs Kvarnsvängen, vem ansvarar?",
    "Han vill ha kontakt med IKEA och Vattenfall om elavbrottet.",  # companies
    "Fakturan från Skellefteå Kraft stämmer inte.",
    "Socialförvaltningen och Miljö- och hälsoskyddsnämnden ska yttra sig.",  # departments
    "Kulturhuset Spira har fått många frågor om konserten.",      # public places
    "Brf Lärkan vill veta när vägen ska sopas.",
    "Kund ringer ang. boendeparkering kö Norrby Hänv. till webben.",
    "trygghetslarm, hur beställer man, ring upp på kvällen",
    "Olof Palmes gata är avstängd för cykeltävlingen.",          # a place named after someone
    "1954 fick hon en heders-Oscar .",                            # a name inside a word
    "FAKTURA FRÅN VATTEN OCH AVLOPP STÄMMER INTE",                 # capitals, no name
    "Kommunens mamma-barn-grupp har flyttat.",
    "Stora torget är avstängt på lördag.",
    "Gustav Adolfs kyrka har fått en ny klocka.",                # a place named after someone
    "Astrid Lindgrens värld vill ha fler parkeringsplatser.",
    "det är jag, alltså, som ringer om fakturan",                # no first name after the cue
    "jag ar pappa till en elev i klass 3",
    "det kostar 50 kr per styck och alla barn ska med",
    "Lisa Larssons Bageri vill ha serveringstillstånd.",          # a company
    "Kan Viking Line-terminalen få bättre skyltning?",
    "Vid Ica Maxi är det alltid fullt på parkeringen.",
    "Vi har pratat med Skatteverket och Försäkringskassan.",
    # English in lower case: pairs of words that are names on some foreign list
    "what is taking so long with my top up",
    "can i use both visa and mastercard",
    "i will be in america from april to may",
    "tell me a fun fact about the moon landing",
    "Gatlamporna på Bjorkvagen har varit släckta i en vecka.",   # a street, no number
    "can i carry on my bill due next week",                     # "Carry", "Bill": names too
    "The fee for changing rubles into British pounds last Saturday was too high.",
    "I found my card again so I'd like to reactivate it, I've checked it works.",
    "hans mamma ringde om skolskjutsen",                        # his mother, not Hans
    "ring tillbaka till växeln eller till Skatteverket",
    "Sökande: bostadsbolaget, ärendet gäller bygglov",
    "Fru Ekgatan",                                              # no title: not a name after it
    "förskolan som heter Solstrålen saknar personal",           # called, but no first name
    "gatan som heter Kvarnbacken är inte plogad",
    "my name is on the list",
    "hej det är per telefon jag ringer, inte per brev",           # "per", no name
    "familjen har flyttat och vill säga upp abonnemanget",
    "skolan heter Solstrålen och ligger vid torget",
    "det finns en stig genom parken som inte plogas",          # after an article: a noun
    "en björn sågs vid skolan i morse",
    "snön på taket börjar tina och rasar ner",                  # the corpus writes it so
    "Skolgården 3 gånger i veckan behöver sandas.",              # a noun opening a sentence
    "Trafikverket ansvarar för riksväg 83 och länsväg 226, inte kommunen.",  # public roads
    "Filmen Vinterviken 1996 visas på biblioteket.",             # a year, no house number
    "Luciatåget går från Gustav Vasa-skolan till torget.",      # a thing named after someone
    "Hur bokar man Bergmans Fårö-utställningen för en skolklass?",
    "vi heter Solstrålen och är en förskola i centrum",        # "vi heter", no first name
    "Barn: 2 st under sju år, Adress: se ovan",                 # labels without a name
    "Kontakta IKEA Kungens kurva om leveransen.",
    "Remiss skickad till Karolinska och Astrid Lindgrens barnsjukhus.",  # a compound place
    "Barn: Inga. Husdjur: en katt.",                              # a form's answers
    "Mamma: Okänd. Pappa: Ej angiven i ansökan.",
    "Vattnet på Kvarnholmen 2 dagar i rad har varit brunt.",      # a count, no house number
    "Julia-gruppen på förskolan har fått ny pedagog.",            # a group named after a name
    "Skickat till HR/IT i dag, svar väntas i morgon.",
    "Boendeparkering, kö Norrby, hänvisad till webben.",
    "Barnen leker på skolgården 2 timmar om dagen.",
    "Okay, I found my card, can I put it back in the app?",
])
def test_what_is_not_personal_data_stays(text: str) -> None:
    assert found(text) == []
    assert redact_text(text) == text


@pytest.mark.parametrize(("text", "name"), [
    # a surname alone at the start of a sentence, as its subject
    ("Lindqvist ringde igen om bygglovet för garaget.", "Lindqvist"),
    ("Vi har fått tre klagomål. Sandström menar att bullret kommer från fläkten.",
     "Sandström"),
    ("Jacobsen är ny ordförande i föreningen sedan i våras.", "Jacobsen"),  # "är" follows
    ("Thuresson, uppväxt i byn, har ringt om bygglovet igen.", "Thuresson"),  # a comma
    # initials inside a name, also after an everyday word ("Strand")
    ("Handläggaren heter Eva K Strand och har semester till måndag.", "Eva K Strand"),
    ("Brevet är undertecknat Per G O Dahlberg men han svarar inte.", "Per G O Dahlberg"),
    # a particle joined by a hyphen
    ("Tolken Omar al-Rashid kom inte till mötet på socialkontoret.", "Omar al-Rashid"),
    # the speaker after a verb of saying
    ("– Vi väntar fortfarande på beskedet, säger Kjell Rosendahl i föreningen.",
     "Kjell Rosendahl"),
    ("Det blev inget svar, sade Holmgren till mig.", "Holmgren"),
    # a double surname the model alone does not take for a person
    ("Sophämtningen missades igen. Nyberg-Falk har ringt tre gånger nu.", "Nyberg-Falk"),
])
def test_names_the_news_way(text: str, name: str) -> None:
    assert ("NAME", name) in found(text)
    assert name not in redact_text(text)


@pytest.mark.parametrize("text", [
    # an ordinary word opening a sentence, on some name list, is not a lone surname
    "Buller från fläkten på taket hela natten.",
    "Mark och vatten runt dammen är förorenat enligt skylten.",
    "Sten och grus har spolats upp på gångvägen efter regnet.",
    "Berg av snö vid infarten gör att sopbilen inte kommer fram.",
    "Halka vid busshållplatsen, någon har redan ramlat.",
    # a comma that opens a list, not a comma after a subject
    "Sand, grus och löv ligger kvar på cykelbanan vid skolan.",
    "Sand, grus, löv och sten ligger kvar vid infarten.",
    # an organisation after a verb of saying stays
    "Elen kommer tillbaka i kväll, säger Skellefteå Kraft.",
    # two places joined by a hyphen are no double surname
    "Bussen Stockholm-Göteborg var försenad i två timmar.",
])
def test_lone_opening_words_that_are_not_names_stay(text: str) -> None:
    assert found(text) == []


def test_rules_only_mode_leaves_the_model_out() -> None:
    text = "Jag har pratat med Bodil Hallin på bygglov."
    assert ("NAME", "Bodil Hallin") not in found_rules_only(text)
    assert ("NAME", "Bodil Hallin") in found(text)
    assert redact(text, model=False).text == text


def found_rules_only(text: str) -> list[tuple[str, str]]:
    return [(s.type, s.text) for s in find_pii(text, model=False)]


def test_podcast_redact_uses_the_name_finder(tmp_path) -> None:
    src = tmp_path / "chatt.csv"
    src.write_text("id;fritext\n1;det gäller min mamma gunnel andersson\n"
                   "2;Plogvall på Storgatan igen\n", encoding="utf-8")
    out = tmp_path / "chatt-maskad.csv"
    res = CliRunner().invoke(cli, ["redact", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[1] == ["1", "det gäller min mamma [NAMN]"]
    assert rows[2] == ["2", "Plogvall på Storgatan igen"]


# --- 2026-12-05 (third session): from the complaint, work-order, interpreter and podcast sets

@pytest.mark.parametrize(("text", "kind", "value"), [
    # after a personnummer cue a number typed loosely is one all the same
    ("pers.nr 6103 21-4412 enligt systemet", "PNR", "6103 21-4412"),
    ("mitt pnr ar 870304-12 34, skriv tillbaka", "PNR", "870304-12 34"),
    ("Pnr barnet: 150612 4417.", "PNR", "150612 4417"),
    ("uppger personnummer 19660101-23456 (en siffra för mycket)", "PNR", "19660101-23456"),
    # with the century, a date-valid number needs no valid check digit
    ("Sökande: Lina Ek 199004128821, medsökande", "PNR", "199004128821"),
    # the trunk zero in brackets and a bracketed country code
    ("nås på 0046 (0)70 222 33 44 dagtid", "PHONE", "0046 (0)70 222 33 44"),
    ("Kontakt: (+46) 73-111 22 33.", "PHONE", "(+46) 73-111 22 33"),
    # any street name with a number before a postnummer and a town
    ("Vi bor på Granbrynet 11, 746 93 Bålsta sedan i våras", "ADDRESS",
     "Granbrynet 11, 746 93 Bålsta"),
    ("jag bor på gamla vägen 9 362 30 tingsryd", "ADDRESS", "gamla vägen 9 362 30 tingsryd"),
    ("Lönnbacken 4 A, ingång från gården, lgh 1102, 802 67 Gävle.", "ADDRESS",
     "Lönnbacken 4 A, ingång från gården, lgh 1102, 802 67 Gävle"),
])
def test_loose_numbers_and_addresses_before_a_postnummer(text: str, kind: str,
                                                         value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Kunden (kallas Pong) vill vara anonym.", "Pong"),
    ("hon kallas Jessie på jobbet", "Jessie"),
    ("Noi (smeknamn, riktigt namn Wannapa Srisuk) säger upp platsen.", "Wannapa Srisuk"),
    ("Caller spoke English. Her name is Chidinma Okafor-Lind, she moved here.",
     "Chidinma Okafor-Lind"),
    ("chauffören, han heter typ robban, sa att det var vårt fel", "robban"),
    # a first name that is also an everyday word, before a plain surname
    ("Kund: rosa lindqvist, vill ha en ny tid", "rosa lindqvist"),
    ("hej det är sten lindqvist jag ringer om snöröjningen", "sten lindqvist"),
    ("snälla gör något. /agnieszka kowalczyk", "agnieszka kowalczyk"),
    ("anna-karin på socialtjänsten har inte ringt", "anna-karin"),
    ("Han har haft god man sedan 2019, Ros-Marie Lund, och hon redovisar inget.",
     "Ros-Marie Lund"),
    ("Kaldaras, Angelina ringer för sin bror angående bidraget.", "Kaldaras, Angelina"),
    ("deltog handläggare AK och enhetschefen", "AK"),
    ("Tolk ML kopplades in efter tio minuter.", "ML"),
    ("vill vara anonym, kalla honom BM i klippet", "BM"),
])
def test_nicknames_loose_pairs_and_staff_initials(text: str, name: str) -> None:
    assert ("NAME", name) in found(text)


@pytest.mark.parametrize("text", [
    "Jag har ringt kommunens växel 0910-73 50 00 flera gånger.",
    "kundtjänsten på 0771-22 33 44 svarar inte",
    "Ansvarig enhet: Park och natur, jourtelefon 0920-45 30 00.",
    "Anmälan om lösspringande hund, en schäfer som heter Sultan, i parken.",
    "Pizzeria Milano och Restaurang Hannas Kök delar fettavskiljare.",
    "Inspelning vid Frida Hanssons plan på tisdag.",
    "Vi ses vid Ellens trappor klockan tio.",
    "faktura 12 345 67 kronor betald",
    "even small transactions fail",
    "i will be visiting america so i will need a card",
])
def test_switchboards_pets_venues_and_places_stay(text: str) -> None:
    assert found(text) == []


def test_a_person_after_an_animal_and_som_is_still_a_person() -> None:
    assert ("NAME", "Anna") in found("Hunden som Anna rastar skäller hela natten.")


def test_a_mobile_after_a_service_word_is_still_someones() -> None:
    text = "fråga om öppettider kontaktcenter nr +46707624775"
    assert ("PHONE", "+46707624775") in found(text)


def test_a_time_stamp_with_the_century_is_no_personnummer() -> None:
    assert found("loggat 202311051430 av systemet") == []


# --- from the planning-office, care-letter, handover-log and phone-message sets

@pytest.mark.parametrize(("text", "kind", "value"), [
    ("vill ha svar per sms till 07O-444 32 10 (han skrev O)", "PHONE", "07O-444 32 10"),
    ("Sökanden, pnr 5507O3-1128, ringde om rivningslovet", "PNR", "5507O3-1128"),
    ("fel personnummer, 41-02-11-5527 står det i brevet", "PNR", "41-02-11-5527"),
    ("RB 070.111.22.33 ang vattenmätaren", "PHONE", "070.111.22.33"),
    ("mejl p.vdbroek@example.nl.", "EMAIL", "p.vdbroek@example.nl"),
])
def test_letter_o_dots_and_initials_in_addresses(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("ring vivi på 08 612 33 40 hon vet var nyckeln är", "vivi"),
    ("Kl 14.05 RB jan-erik ang vattenmätaren", "jan-erik"),
    ("Jag (PE) tog samtalet om färdtjänst.", "PE"),
    ("AK och E.L. från byggenheten deltog vid platsbesöket.", "AK"),
    ("Karins rullator står kvar i trapphuset.", "Karins"),
    ("Linnea Skog vill ha en ny tid. linnea nås bäst efter fyra", "linnea"),
    ("Samtal med Signe (anhörig) om hemtjänsten.", "Signe"),
])
def test_calls_double_names_initials_genitives_and_echoes(text: str, name: str) -> None:
    assert ("NAME", name) in found(text)


@pytest.mark.parametrize("text", [
    "Platsbesök Ekbacken 2:7 genomfört tillsammans med byggförvaltningen.",
    "Kontakt: bygglov@kommun.se, växel 0480-45 00 00.",
    "Frågor till lss.socialforvaltningen@example.se eller kc-ledning@kommun.se.",
    "Onsdag kommer terapihunden Sixten på besök.",
    "Korridorerna på avdelning Rosa och avdelning Björk målas.",
    "Plats: Träffpunkt Gullvivan, Kyrkogatan.",
    "Möte kl 08.15-09.30 i stora salen.",
    "Det var varmt. En ek föll över vägen i natt.",
])
def test_plots_switchboards_mailboxes_and_units_stay(text: str) -> None:
    assert found(text) == []


# --- from the debt-counselling, transport, environmental-health and reception sets

@pytest.mark.parametrize(("text", "kind", "value"), [
    ("verksamhetsutövare, pnr 6702l4-5520 (troligen felskrivet)", "PNR", "6702l4-5520"),
    ("Anmälare: 195611230418, tel saknas", "PNR", "195611230418"),
    ("Besöket utfört av inspektörerna EH och MS.", "NAME", "MS"),
    ("2024-03-11 07:52 LH: Kontaktat åkeriet.", "NAME", "LH"),
    ("Enligt AK (anmälaren) har hyresvärden inte åtgärdat ventilationen.", "NAME", "AK"),
    ("Klienten säger att Sol, hennes dotter, har lånat 5 000 kr.", "NAME", "Sol"),
    ("Besökslista: Grön, Alva (kl 09:45, bokat möte uteblev).", "NAME", "Alva"),
    ("samt. m. Björn Ek ang hemtjänst", "NAME", "Björn Ek"),
])
def test_log_initials_letter_l_and_appositions(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Avbetalningsplan 1 500 kr/mån i 36 mån föreslagen.",
    "Skuldsanering med betalningsplan 5 år via Kronofogden.",
    "Akuta ärenden: socialjouren 020-45 45 45.",
    "Katten Sigge omfattas inte av beslutet.",
    "Tillsyn av Hassans Grill, kvar hos Svea Bank och Wasa Kredit.",
    "Loggat 202403151431 i systemet.",  # a recent time stamp, no valid check digit
])
def test_payment_plans_duty_phones_pets_and_companies_stay(text: str) -> None:
    assert found(text) == []


def test_a_plan_street_with_a_house_number_is_still_an_address() -> None:
    assert ("ADDRESS", "Kungsplan 5") in found("Hon bor på Kungsplan 5 i Lund.")


# --- from hard41-44 (run once on the rules before these, then used for fixes)

@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Ärendet överlämnat från AK till E.L. på enheten.", "NAME", "AK"),
    ("Eleven, 2011 0612-3308, har fått avgiftsbefrielse.", "PNR", "2011 0612-3308"),
    ("uppger att personnummer 19 640217 – 0394 står på fel rad", "PNR", "19 640217 – 0394"),
    ("Björns fru Rosa har mejlat bilder.", "NAME", "Rosa"),
    ("grannens son Emil har sett dem", "NAME", "Emil"),
    ("ring tillbaka och fråga efter gösta om avtalet", "NAME", "gösta"),
    ("I live at Odengatan 65, 5th floor, 113 22 Stockholm.", "ADDRESS",
     "Odengatan 65, 5th floor, 113 22 Stockholm"),
    ("Tips kom via DM från @linamattsson_86 i går.", "NAME", "linamattsson_86"),
])
def test_handovers_split_centuries_genitive_relations_and_handles(text: str, kind: str,
                                                                  value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Föreningsbidrag 2024: 42 föreningar har sökt.",
    "Trygghetsrådet möts i Folkets hus, sal Björken.",
    "Följ @malmo_stad och @kommunen för driftinformation.",
])
def test_years_rooms_and_organisation_handles_stay(text: str) -> None:
    assert found(text) == []


# --- from hard45-48 (written from a brief without example names; run once, then used)

@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Ny handläggare på ärendet: Oluwaseun Adeyemi-Berg.", "NAME", "Oluwaseun Adeyemi-Berg"),
    ("Handläggaren Vide Strand har varit sjukskriven.", "NAME", "Vide Strand"),
    ("Ärende om hjälpmedel för Iris Vinter, 3604181289. Hon har", "PNR", "3604181289"),
    ("hon har skrivit 68-04-17-2268 på ansökan", "PNR", "68-04-17-2268"),
    ("fastighetsskötaren heter jukka och har nyckeln", "NAME", "jukka"),
    ("kan någon ringa upp ahmed ang reseersättningen", "NAME", "ahmed"),
    ("pappan: bengt-åke holm vill avsluta larmet", "NAME", "bengt-åke holm"),
    ("Samtal m LT om hög frånvaro. LT uppger att barnen varit sjuka.", "NAME", "LT"),
    ("Uppföljning: hennes pappa KH deltog.", "NAME", "KH"),
    ("Kontrollerat med föraren, J.K.N. på entreprenören.", "NAME", "J.K.N."),
    ("Holmgrens tuja skymmer sikten i korsningen.", "NAME", "Holmgrens"),
    ("chauffören zoran noterade ett trasigt lock", "NAME", "zoran"),
    ("vattnet är brunt på Ugglebo terrass 9 uppg. C sedan i morse", "ADDRESS",
     "Ugglebo terrass 9 uppg. C"),
    ("trasigt lock hos kunden på ekbackens väg 14 i dag", "ADDRESS", "ekbackens väg 14"),
])
def test_ranked_first_names_bare_numbers_roles_and_two_word_streets(text: str, kind: str,
                                                                    value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "OCR-nummer på hyresavin: 8306214471.",
    "Loggpost 20240701-0930 visar att brevet gått ut.",
    "Utföraren Omsorgshuset Lindberg & Co AB handlar åt brukaren.",
    "Upphandlingen vanns av Mats Gröna Händer AB.",
    "Matkortet gäller på ICA Nära Bengtssons men inte på Hemköp Sundbergs.",
    "Brukaren har en tax som heter Molly.",
    "En hund, Tessan, hade tagit sig ut genom hålet.",
    "Kopplat till ekonomienheten på 0155-24 51 10.",
    "Kontakt: föreningens kansli, 0155-20 30 40.",
])
def test_references_stamps_companies_shops_pets_and_units_stay(text: str) -> None:
    assert found(text) == []


def test_a_count_after_a_two_word_street_is_no_house_number() -> None:
    assert found("Jag ringde Eva strand 2 gånger i går.") == [("NAME", "Eva")]


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Kontakt: gruvs@bredband2.se.", "EMAIL", "gruvs@bredband2.se"),
    ("Hon bor på Sjöbodsgatan 3 B, uppg. 1, lgh 1104.", "ADDRESS",
     "Sjöbodsgatan 3 B, uppg. 1, lgh 1104"),
    ("bor på Koivukuja 12 sedan i våras", "ADDRESS", "Koivukuja 12"),
    ("Rose på miljöenheten har lovat att ringa tillbaka.", "NAME", "Rose"),
    ("Kalle Storm flyttar till Umeå.", "NAME", "Kalle Storm"),
    ("Ávvir Labba vill ha beslutet på samiska.", "NAME", "Ávvir Labba"),
    ("pratade med systern marjatta om flytten", "NAME", "marjatta"),
    ("raimo ringde igen om bilen.", "NAME", "raimo"),
    ("Feriduns bemötande var fint.", "NAME", "Feriduns"),
    ("kund uppger 4711239876 men systemet hittar inget", "PNR", "4711239876"),
    ("Handläggare: KJ. Beslut fattat.", "NAME", "KJ"),
])
def test_isp_mail_entrances_finnish_streets_workplaces_and_ordinary_surnames(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Öppet 0815–1130 i receptionen.",
    "Buller från fläkten på taket.",
    "Can i change my card pin?",
    "This card is not working.",
    "kundnr 4711239876 står på fakturan",
])
def test_time_ranges_english_openers_and_customer_numbers_stay(text: str) -> None:
    assert found(text) == []


def test_pets_named_after_a_plural_are_pets_and_people_after_one_pet_are_people() -> None:
    assert found("Grannens tre katter, Smulan, Pärla och Tiger, går lösa.") == []
    assert found("Hästarna Blixten och Stella står i hagen.") == []
    assert found("Katten Misse, Lena och Ove bor kvar.") == [("NAME", "Lena"), ("NAME", "Ove")]
    assert found("hunden Kasper och Lena promenerar") == [("NAME", "Lena")]


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Hälsningar Sara och Jonas Dalen", "NAME", "Jonas Dalen"),
    ("De bor på Solbacke 4 lgh 1003.", "ADDRESS", "Solbacke 4 lgh 1003"),
    ("Flat at Ängsvägen 2, entrance C, lgh 1204.", "ADDRESS", "Ängsvägen 2, entrance C, lgh 1204"),
    ("enligt ansökan 1952 11 04-2231 (Berit)", "PNR", "1952 11 04-2231"),
    ("Röstkort för 230614+2207 skickas till boendet.", "PNR", "230614+2207"),
    ("ringer kicki – alltså Kristina Holm – om snön", "NAME", "kicki"),
    ("Barnen, Sol och Nomvula, ska börja i höst.", "NAME", "Nomvula"),
    ("tack för hjälpen /mirja", "NAME", "mirja"),
    ("Nattens väktare PL låste grinden.", "NAME", "PL"),
    ("Her husband Oluwadamilare will call again.", "NAME", "Oluwadamilare"),
    ("vi har pratat med vår tränare goran om det", "NAME", "goran"),
])
def test_spaced_dates_nicknames_children_slash_signatures_and_english_relatives(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_initials_explained_by_a_name_are_redacted_wherever_they_stand() -> None:
    assert found("ML (Maria Lind, hemtjänsten) meddelar att ML har bytt schema.") == [
        ("NAME", "ML"), ("NAME", "Maria Lind"), ("NAME", "ML")]


@pytest.mark.parametrize("text", [
    "Loggat 240311-0917 av systemet.",
    "Fastigheterna Strand 1:1 och Strand 1:4 berörs.",
])
def test_recent_stamps_and_property_designations_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "people"), [
    ("Nilssons Rör & Värme AB hinner inte i dag.", []),
    ("Johanssons Buss & Taxi AB kör skolskjutsen.", []),
    ("Anna & Per ringde om soporna.", [("NAME", "Anna"), ("NAME", "Per")]),
])
def test_a_name_joined_by_an_ampersand_to_ordinary_words_is_a_firm(text: str,
                                                                   people: list) -> None:
    assert found(text) == people


@pytest.mark.parametrize(("text", "value"), [
    ("Meddela gärna wilhelmina att tiden är flyttad till fredag.", "wilhelmina"),
    ("Har pratat med henrietta om bygglovet, hon återkommer.", "henrietta"),
    ("Ring tillbaka till natalia efter lunch angående fakturan.", "natalia"),
    ("Det kom ett sms fran jonathan om tomten.", "jonathan"),
])
def test_a_lone_lower_case_first_name_no_dictionary_holds_is_a_name(text: str,
                                                                   value: str) -> None:
    assert found(text) == [("NAME", value)]


@pytest.mark.parametrize("text", [
    "Hon hade en rosa jacka och en björk stod i vägen.",
    "Snälla hjälp, linnea och lilja blommar inte i parken.",
    "Can you tell me how long the transfer takes?",
    "I want to find out whether my bill is paid",
])
def test_first_names_that_are_ordinary_words_or_english_stay(text: str) -> None:
    assert found(text) == []


def test_a_listed_surname_alone_opening_a_sentence_is_a_name_unless_an_ordinary_word() -> None:
    assert found("Uppdatering: Kowalczyk på byggavdelningen ringer upp.") == [
        ("NAME", "Kowalczyk")]
    assert found("Rosa bilar står på gatan.") == []


def test_the_model_knows_which_names_are_also_ordinary_words() -> None:
    from podcast.privacy.name_finder import model

    words = model().dictionary_words
    assert {"rosa", "björk", "linnea"} <= words
    assert not {"jonatan", "kowalczyk", "ylva"} & words


@pytest.mark.parametrize(("text", "value"), [
    # a common first name that is an ordinary word too, after a relative or a role
    ("så morfar sten skjutsar henne hela veckan", "sten"),
    ("och socialsekreteraren lotta sa att jag skulle ringa", "lotta"),
    # a caller's own name
    ("öh hej rosa heter jag och jag vill bara att nån ringer", "rosa"),
    ("ja det är sten här och jag undrar varför kärlet inte töms", "sten"),
    # lower-case surnames after a lower-case name, in the genitive and hyphenated
    ("det gäller min pappas lägenhet alltså göran lindqvists lägenhet", "göran lindqvists"),
    ("de ska stå på mig tove bergqvist hjalmarsson", "tove bergqvist hjalmarsson"),
    ("anmälan till kulturskolan för elvin karlsson-mäkelä", "elvin karlsson-mäkelä"),
])
def test_ordinary_word_names_after_relatives_and_lower_case_surnames(text: str,
                                                                        value: str) -> None:
    assert ("NAME", value) in found(text)


@pytest.mark.parametrize("text", [
    "kan min mamma bo kvar i lägenheten",  # a modal verb before: "bo" is the verb
    "min mamma klara sig inte själv längre",
    "Anmälaren ville vara anonym och talade arabiska via tolktjänsten.",
    "Uppringaren ville inte lämna namn.",
    "min katt sigge har sprungit bort runt hulda perssons park",  # a pet, a park
    "resan från vårdcentralen vid ebbe nilssons plats blev inställd",
    "parkeringen vid stina ekmans torg är avstängd",
])
def test_verbs_pets_and_places_named_after_people_stay(text: str) -> None:
    assert [v for k, v in found(text) if k == "NAME"] == []


def test_a_role_before_a_capitalised_full_name_gives_one_span() -> None:
    assert found("Till och med tränaren Kalle Mattsson är bekymrad.") == [
        ("NAME", "Kalle Mattsson")]


@pytest.mark.parametrize(("text", "names"), [
    # a common first name joined by "och" to a name found, then said again
    ("vattenläcka hos björn och ylva hjort, stor skada. björn säger att det luktar",
     ["björn", "ylva hjort", "björn"]),
    # a nickname in quotes between the first name and the surname
    ("Deras montör Gunnar 'Gurra' Ek kommer tisdag", ["Gunnar", "Gurra", "Ek"]),
])
def test_coordinated_names_and_quoted_nicknames(text: str, names: list[str]) -> None:
    assert [v for k, v in found(text) if k == "NAME"] == names


def test_a_quoted_word_that_is_a_street_is_no_nickname() -> None:
    assert ("NAME", "Storgatan") not in found('Jag heter Anna "Storgatan" Lind')


def test_a_relative_before_a_lower_case_name_is_no_first_name() -> None:
    # "farmor" is on a first-name list somewhere; before "linnea" it is the relation
    assert found("farmor linnea fyller nittio på lördag") == [("NAME", "linnea")]


@pytest.mark.parametrize(("text", "names"), [
    # speech-to-text splits a surname in two, then says it again in one word
    ("hej det här är gunvor holm qvist jag ringer om snöröjningen",
     ["gunvor holm qvist"]),
    ("hej det är eh ann-mari lind gren ja lindgren jag undrar om bygglovet",
     ["ann-mari lind gren", "lindgren"]),
    # a caller's own introduction, in lower case
    ("det är svanhild som ringer om färdtjänsten igen", ["svanhild"]),
    ("ja det är torvald eh brännholm här jag bor i huset vid sjön", ["torvald eh brännholm"]),
    ("vilja strömqvist heter jag och jag ringer om skolskjutsen", ["vilja strömqvist"]),
    ("hi this is mateusz kowalczyk i need help with the form", ["mateusz kowalczyk"]),
    ("my son jonatan lost his library card", ["jonatan"]),
    # a register's list, surname first, part of each item found by the other rules
    ("Sakägare, dnr BN 2025/112: Ek Sigrid; Lindqvist Arne; de la Rosa, Marisol.",
     ["Ek", "Sigrid", "Lindqvist Arne", "de", "la Rosa", "Marisol"]),
    ("Justerat. Protokollförare: KJ.", ["KJ"]),
    # a first name that is also a word is a name when it calls or writes
    ("Bo ringde igen om snöröjningen.", ["Bo"]),
])
def test_names_heard_split_said_in_introductions_and_listed(text: str,
                                                            names: list[str]) -> None:
    assert [value for kind, value in found(text) if kind == "NAME"] == names


@pytest.mark.parametrize("text", [
    "Kvarter Gustav och kvarteret Maria är fullbelagda.",
    "Ceremonin hålls i S:t Olofs kapell klockan 13.",
    "Ang. Astrids äldreboende: begäran om kopia av rapporten.",
    "Kransen kom från Blomsterhuset Iris i morse.",
    "What does my daughter need to open an account?",
    "det är kommunen här vi ringer om fakturan",
    "Ordningen är: först ansökan; sedan beslut; sist överklagande.",
    "Vi bo ringer inte.", "Det kostar 40 kr per skriver ut.",
])
def test_blocks_chapels_homes_shops_and_english_relations_stay(text: str) -> None:
    assert [value for kind, value in found(text) if kind == "NAME"] == []


@pytest.mark.parametrize(("text", "kind", "value"), [
    # addresses abroad: a US state and ZIP, a street word first, a Polish postcode
    ("Arvinge: 2207 Birch Hollow Dr, Fort Wayne, IN 46804, nås via e-post.", "ADDRESS",
     "2207 Birch Hollow Dr, Fort Wayne, IN 46804"),
    ("Adressen är 14 Rue des Lilas, 69003 Lyon sedan i våras.", "ADDRESS",
     "14 Rue des Lilas, 69003 Lyon"),
    ("Brevet går till Via Garibaldi 8, 40124 Bologna.", "ADDRESS",
     "Via Garibaldi 8, 40124 Bologna"),
    ("Systern bor på ul. Ogrodowa 17, 90-012 Łódź.", "ADDRESS",
     "ul. Ogrodowa 17, 90-012 Łódź"),
    # a particle with a capital inside a name; a nickname; a role's label in a form
    ("Handläggare i ärendet är Leila El Haddad från i måndags.", "NAME", "Leila El Haddad"),
    ("Det var han som alla kallar Knotten som ringde.", "NAME", "Knotten"),
    ("Lagledare: Hugo – 070 331 20 19", "NAME", "Hugo"),
])
def test_addresses_abroad_particles_nicknames_and_roles(text: str, kind: str,
                                                        value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Bussen går via Centralen 3 gånger i timmen.",
    "Vi kallar det Ekbacken sedan länge.",
    "Kontakta Skellefteå El Service om elen.",
])
def test_words_like_street_words_particles_and_nickname_cues_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "kind", "value"), [
    # OCR reads O for 0 and l or I for 1 inside numbers
    ("Tel:O7O-215 88 43 E-post:", "PHONE", "O7O-215 88 43"),
    ("Personnummer:l60217-2391 Instrument:", "PNR", "l60217-2391"),
    ("Adress:Backstugevägen 4, 6O2 2l Norrköping", "ADDRESS",
     "Backstugevägen 4, 6O2 2l Norrköping"),
    # numbers abroad with 00 or (+44), two numbers split by a slash
    ("his phone 0066 89 551 2047, he speaks", "PHONE", "0066 89 551 2047"),
    ("her number is (+44) 7700 900 461. Thanks", "PHONE", "(+44) 7700 900 461"),
    ("Tel: +86 138 2201 5577 / 0730-12 34 56.", "PHONE", "+86 138 2201 5577"),
    # foreign postcodes, a room after the house number, English cues
    ("forward any post to Postbus 2208, 9701 CC Groningen. Regards", "ADDRESS",
     "Postbus 2208, 9701 CC Groningen"),
    ("Now I live at ul. Lipowa 3/7, 31-150 Kraków, Poland.", "ADDRESS",
     "ul. Lipowa 3/7, 31-150 Kraków"),
    ("My room is Vallvägen 9 B, rum 221. I heard", "ADDRESS", "Vallvägen 9 B, rum 221"),
    ("i typed my personnummer as 8811023345 by mistake", "PNR", "8811023345"),
    ("Hi, Hazel here from the parents' group.", "NAME", "Hazel"),
    ("Could the nurse call Autumn's mum today?", "NAME", "Autumn"),
    ("Chiamaka and I rent the house by the lake.", "NAME", "Chiamaka"),
    ("My husband and I (Tatenda) moved here in May.", "NAME", "Tatenda"),
    ("Ärendet avseende klient 8406127719 överlämnas till mottagningen.", "PNR", "8406127719"),
    # a street in a message typed in capitals; a double surname after a first name
    ("VI STÅR UTANFÖR KASTANJEVÄGEN 31 NU", "ADDRESS", "KASTANJEVÄGEN 31"),
    ("Bonjour, I am Jean-Luc Mbappe-Moreau and I rent a flat", "NAME",
     "Jean-Luc Mbappe-Moreau"),
])
def test_ocr_numbers_foreign_numbers_and_english_cues(text: str, kind: str,
                                                     value: str) -> None:
    assert (kind, value) in found(text)


def test_initials_for_a_person_named_in_full() -> None:
    text = ("Besök av Jonas Lindroth och Eva-Lena Berg. JL uppger att hyran är betald; "
            "E-LB bekräftar. IT-avdelningen och SFI berörs inte.")
    assert [v for k, v in found(text) if k == "NAME"] == [
        "Jonas Lindroth", "Eva-Lena Berg", "JL", "E-LB"]


@pytest.mark.parametrize("text", [
    "We arrive in June and leave in August; closed on Sundays.",
    "Can we book the hall for Christmas Eve? Mon-Fri is fine.",
    "Faktura från Bolaget 12, 5566 AB Stockholm.",
])
def test_calendar_words_and_company_forms_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, kind, value", [
    # Nordic postcodes after a street and house number, with a flat, floor or side between
    ("Vi bor på Kongsgata 14B, 3015 Drammen sedan i fjol.", "ADDRESS",
     "Kongsgata 14B, 3015 Drammen"),
    ("Adresse: Bredgade 9, 2. tv., 1260 København K. Tak", "ADDRESS",
     "Bredgade 9, 2. tv., 1260 København K"),
    ("Hän asuu osoitteessa Rantakatu 5 as 12, 33100 Tampere nyt.", "ADDRESS",
     "Rantakatu 5 as 12, 33100 Tampere"),
    ("Post till Storgatan 8, AX-22100 Mariehamn, tack.", "ADDRESS",
     "Storgatan 8, AX-22100 Mariehamn"),
    ("Skriv til Postboks 402, 8001 Bodø.", "ADDRESS", "Postboks 402, 8001 Bodø"),
    # a street with no known street word, known by its flat or floor, or by a prefix
    ("Hembesök hos familjen på Ugglebo 7, 2 tr i morse.", "ADDRESS", "Ugglebo 7, 2 tr"),
    ("Hon har flyttat till Norra Kvarnbron 4B nyligen.", "ADDRESS", "Norra Kvarnbron 4B"),
    # a phone number with full stops ending a sentence; a longer number abroad after a cue
    ("Ring henne på 073.402.11.58. Hon väntar.", "PHONE", "073.402.11.58"),
    ("Hans mobil är 0401 552 7319 om det brådskar.", "PHONE", "0401 552 7319"),
    # initials signing a line after slashes, a role's initials in brackets, "E.K:s"
    ("Lösenordet återställt, kunden nöjd. //PL", "NAME", "PL"),
    ("Protokollet fördes av sekreteraren (BN) som vanligt.", "NAME", "BN"),
    ("E.K:s mentor har kontaktat hemmet.", "NAME", "E.K"),
    # a first name alone as the note's last sentence, a child's name and class in brackets
    ("Appen fungerar igen efter omstart. Ärendet stängt. Liv", "NAME", "Liv"),
    ("Eleven (Liv, 4B) har flyttat till annan skola.", "NAME", "Liv"),
    # a surname said again after the full name was written in the genitive
    ("Olle Bäcks motion fick stöd av flera. Bäck tackade för ordet.", "NAME", "Bäck"),
])
def test_nordic_addresses_signing_initials_and_closing_names(text: str, kind: str,
                                                             value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Faktura 12, 2024 Stockholm skickades i går.",
    "Ärendenummer är 031-445982-24 hos Försäkringskassan.",
    "Beslut av överförmyndaren (ÖF) skickas i dag.",
    "Vi åkte till Gamla Stan 3 gånger i somras.",
    "Ärendet gäller bygglov. Klart.",
])
def test_not_addresses_phones_or_names(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, kind, value", [
    # an identity number typed loosely after "e" (chat's "är"), or named further back in
    # the sentence with no other number between
    ("Hans personnummer e 08112-03345 tror jag.", "PNR", "08112-03345"),
    ("Hon skrev fel personnummer i ansökan, 8811 02-3345 står där nu.", "PNR",
     "8811 02-3345"),
    # a lower-case first name and a surname's initial
    ("pratade med handläggaren karin j. igår", "NAME", "karin j."),
    # a flat in brackets after the house number
    ("Hon bor på Lindvägen 4 (lgh 1203) sedan i våras.", "ADDRESS", "Lindvägen 4 (lgh 1203)"),
    # an everyday word that is a first name, then what only a person does
    ("Sten ringde från jobbet i morse.", "NAME", "Sten"),
    # a common first name in lower case, in the genitive, before a relative
    ("det är nellys mamma som skriver", "NAME", "nellys"),
])
def test_loose_identity_numbers_lower_case_initials_and_callers(text: str, kind: str,
                                                                value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "pnr: 19350504-9589 se ocr 1412766882 tack",  # the OCR number is no identity number
    "send robert a text",  # English "a" is no initial
    "vi såg emil o lisa på torget",  # chat's "o" is "och"
    "Dag för dag blir det bättre.",
    "Till gruppbostaden Sigrids hus kommer vi i morgon.",
])
def test_numbers_articles_and_named_houses_stay(text: str) -> None:
    assert not [(k, v) for k, v in found(text)
                if v in ("1412766882", "robert a", "emil o", "Dag", "Sigrids")]


@pytest.mark.parametrize("text, kind, value", [
    # initials labelling two turns or more of a transcript, then wherever they stand alone
    ("KB: hon ringde igen\nSpeaker 2: om vad\nKB: fakturan. KB tar det.", "NAME", "KB"),
    # a lower-case surname with an Arabic particle after a lower-case first name
    ("hej det var yasmin al-haddad som ringde", "NAME", "yasmin al-haddad"),
    # a phone written with full stops in 4-3-3 groups
    ("Ring mig på 0730.551.208.", "PHONE", "0730.551.208"),
    # a mailbox made of a first name and an initial is someone's
    ("Skicka beslutet till mariuszk@firma.pl tack.", "EMAIL", "mariuszk@firma.pl"),
    # a street named for its owner, in the genitive before a lower-case street word
    ("Adressen är Smedjans gårdsväg 6 enligt honom.", "ADDRESS", "Smedjans gårdsväg 6"),
    # the child's first name before the name the class follows
    ("Máret Elsa i 3A har glömt gympapåsen.", "NAME", "Máret"),
    # an everyday word that is a common first name, in lower case, calling
    ("björn ringde igen om hyran", "NAME", "björn"),
])
def test_speaker_initials_particles_dotted_phones_and_owner_streets(text: str, kind: str,
                                                                    value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text, value", [
    ("Ämne: VB: VB: Ansökan om bygglov", "VB"),  # a forwarded mail's prefix, twice
    ("Datum 01.02.2024 kl 10.", "01.02.2024"),  # a date with full stops is no phone
    ("Frågor till ukraina@kommun.se", "ukraina@kommun.se"),  # a function mailbox
])
def test_mail_prefixes_dates_and_function_mailboxes_stay(text: str, value: str) -> None:
    assert value not in [v for _, v in found(text)]


@pytest.mark.parametrize("text, kind, value", [
    # initials closing a visitor log's line of tab- or semicolon-separated fields
    ("10:02\tA011\tansökan färdtjänst, blankett ifylld på plats\tHJ", "NAME", "HJ"),
    ("14:09;A059;(inget namn uppgivet);frågade om öppettider;KB", "NAME", "KB"),
    # lower-case initials after a slash or a signature word, hyphenated initials
    ("Hon ringer upp efter lunch. Tolk ej aktuellt. /ms", "NAME", "ms"),
    ("Hänvisad till Skatteverket. sign: aw", "NAME", "aw"),
    ("Kontaktperson är Ivana Ristić. /PA-S", "NAME", "PA-S"),
    ("Skylten ersatt. Signerat: GÖ. Kontrollerat av MHK 14/3.", "NAME", "MHK"),
    ("Närvarande: KL, AÖ samt en representant. KL tar fram budgeten.", "NAME", "AÖ"),
    # an identity number with a space astray after its dash, or its date in pairs
    ("Föreståndarens nummer står som 750403-221 9, kontrollera.", "PNR", "750403-221 9"),
    ("Modern: Fatou Ceesay, 97 04 18-2264, Rönnbärsslingan 27", "PNR", "97 04 18-2264"),
    # phones: 00 46 apart, digits spaced one by one, the country code with neither + nor 00
    ("Kontakt via telefon 00 46 76 240 93 17.", "PHONE", "00 46 76 240 93 17"),
    ("Mitt nummer är 0 4 3 1 - 1 4 7 2 9.", "PHONE", "0 4 3 1 - 1 4 7 2 9"),
    ("Nummer i listan: 46707129984, testa utan 46.", "PHONE", "46707129984"),
    # names: a closing initial, a first name's genitive mid-sentence, an age after a comma,
    # a nickname before the full name, a role hyphened to a name, a field "Surname, First"
    ("Volontärer: Tova, Linnéa E., Mohammed och Sara.", "NAME", "Linnéa E."),
    ("Tack vare Hodans envishet fick mamma sitt larm.", "NAME", "Hodans"),
    ("Boendet för Lo, 4 år, har flyttats till fadern.", "NAME", "Lo"),
    ("Kalle (Karl-Erik Nordmark) vill inte att hemtjänsten kommer.", "NAME", "Kalle"),
    ("Ej samma som receptionist-Viktor.", "NAME", "Viktor"),
    ("11:11\tA050\tHåkansson, Liv\tfick hjälp att boka videomöte", "NAME", "Håkansson, Liv"),
    ("Validering: Maricel Dela Cruz-Santos har skickat betyg.", "NAME",
     "Maricel Dela Cruz-Santos"),
    # an adjective and a lower-case street word, an entrance after the number
    ("Ny adress är Gröna gången 17, uppg. C, lgh 1304.", "ADDRESS",
     "Gröna gången 17, uppg. C, lgh 1304"),
    ("Isgata vid Myrstacksgatan 2-4 entré C. Nås efter 17.", "ADDRESS",
     "Myrstacksgatan 2-4 entré C"),
])
def test_log_fields_slipped_numbers_and_names_told_apart(text: str, kind: str,
                                                          value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text, value", [
    ("Kurs i samarbete med Eriksson & Partner Utbildning AB.", "Eriksson"),
    ("Entreprenör: Elektro-Hansson i Vara AB.", "Elektro-Hansson"),
    ("Kl 15 fika i Svenssons Bageris tält.", "Svenssons Bageris"),
    ("Teatergruppen Alma & Edvin får avslag.", "Alma"),
    ("Fika från Café Linnea & Bullen.", "Bullen"),
    ("Tolkbokning (platstolk, Tolkservice Väst) kl 13.", "Väst"),
    ("Skrivit till Ekeby kommun, Box 500, 263 80 Ekeby, utan svar.", "Box 500, 263 80 Ekeby"),
    ("Lös hund (Tyson enligt halsbandet) springer i vägbanan.", "Tyson"),
    ("Vi från PRO Solbacka har gått dit förgäves.", "Solbacka"),
    ("Vid Ebba Hallqvistskolan kör föräldrarna för fort.", "Ebba"),
    ("Prisutdelning på Stora torget 14/6 kl 14.", "Stora torget 14"),
    ("Drama på Majas gård (fritidsgården).", "Majas"),
    ("Kokboksmässan i Paris nästa år.", "Paris"),
    ("Dottern, 12 år, vill byta skola.", "Dottern"),
    ("Fakturanr 20250314-0021 makuleras. Ärendet stängs. /Biljettkassan", "Biljettkassan"),
    ("Har Lindqvists Järn öppet på lördagar?", "Lindqvists Järn"),
    ("Informationsträff i Signe Anderbergs sal på biblioteket.", "Signe Anderbergs"),
    ("Avgiften betalas före maj. /ok", "ok"),
])
def test_firms_groups_authorities_pets_and_places_stay(text: str, value: str) -> None:
    assert value not in [v for _, v in found(text)]


@pytest.mark.parametrize("text, kind, value", [
    ("Takaisinsoitto pyydetty: Ville-Pekka Räsänen vill ha hjälp.", "NAME",
     "Ville-Pekka Räsänen"),
    ("Klara i 3C fick bedövning i dag.", "NAME", "Klara"),
    ("Lärka i klass 2 stod och väntade.", "NAME", "Lärka"),
    ("Kontrollera personnr 88.04.21-6615 (skrev med punkter).", "PNR", "88.04.21-6615"),
    ("Hon skrev sitt nummer så: ٠٧٠٥٥٢٨١٤٣, jag skrev om det.", "PHONE", "٠٧٠٥٥٢٨١٤٣"),
    ("Vilja ringde från skolan. Svar till vilja.sandberg@skolan.se.", "NAME", "Vilja"),
    ("Chauffören, en kvinna som hette Ljung, väntade in mig.", "NAME", "Ljung"),
    ("missade tåget. heter sanna lind, vill ha svar", "NAME", "sanna lind"),
    ("Makarna Göransson-Pärt har ansökt.", "NAME", "Göransson-Pärt"),
    ("Paret Ek ansöker om bygglov.", "NAME", "Ek"),
    ("pappa ringde om vide, 6 år, som inte ville öppna munnen", "NAME", "vide"),
])
def test_double_first_names_classes_mailbox_owners_and_named_cues(text: str, kind: str,
                                                                   value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text, value", [
    ("Tandläkarna Holm & Saarinen AB på Karlavägen.", "Holm"),
    ("En hund vid namn Ludde satt på sätet.", "Ludde"),
    ("Stigen vid Hedvigs kulle plogas inte.", "Hedvigs"),
    ("Lektion på Hulda Lindgrens skola 12 mars kl. 9.40.", "Hulda Lindgrens"),
    ("Hörseltest 500–4000 Hz utan anmärkning.", "Hz"),
    ("Sträckan mot Östra Ringen stängs.", "Ringen"),
    ("Vanns av Taxi Hjalmarsson i Mellby.", "Hjalmarsson"),
    ("Felanmälan, tel 0480-45 12 00, vardagar.", "0480-45 12 00"),
    ("Jag är farmor till Ellen. Svar till farmor.gunvor@outlook.com", "farmor"),
    ("Kontakt: simhallen@kommun.se. Simhallen stänger 21.", "Simhallen"),
    ("personalen som heter linnea kom 45 min sent", "linnea kom"),
])
def test_firms_pets_places_units_and_offices_stay(text: str, value: str) -> None:
    assert value not in [v for _, v in found(text)]


@pytest.mark.parametrize("text, kind, value", [
    ("Anmälda: Amina Farah 199104233382, Jöns Ekstrand 19770918-5519.", "NAME",
     "Jöns Ekstrand"),
    ("Bat-Erdene Tsogt, 861105 5537, behöver mongolisktolk.", "NAME", "Bat-Erdene Tsogt"),
    ("Informed him via chat. – Minna", "NAME", "Minna"),
    ('Citat: "my mom fell yesterday /kalle". Bot replied.', "NAME", "kalle"),
    ("Medsökande ändrad från María José de la Cruz till sambon.", "NAME",
     "María José de la Cruz"),
    ('Användaren skrev: "950817--5632, beslutet kom i april".', "PNR", "950817--5632"),
])
def test_names_before_identity_numbers_dash_signatures_and_particles(text: str, kind: str,
                                                                      value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text, value", [
    ("Lekplatsbesiktning Signe Perssons plats 3/6: gungställning ok.", "Signe Perssons plats 3"),
    ("Telefontolk via Tolkjouren: ring 010-567 88 00, ange kostnadsställe.", "010-567 88 00"),
    ("Men Hemtjänst Viking kom inte fram pga snön.", "Viking"),
    ("Kaffe från Elsas Hembageri. Max 40 deltagare.", "Elsas Hembageri"),
    ("Koloniområdet Rosendal: vattnet påslaget 1/5.", "Rosendal"),
    ("Hål i gamla eken vid Majas damm bevakas.", "Majas"),
])
def test_dated_places_offices_units_and_firm_compounds_stay(text: str, value: str) -> None:
    assert value not in [v for _, v in found(text)]


@pytest.mark.parametrize("text, value", [
    ("Hänvisa till Carl Wennbergs park och Bergmans Bokhandel vid Stortorget.", "Bergmans"),
    ("Faktura från Kurt Lindbergs Trafikskola gäller tre lektioner.", "Kurt Lindbergs"),
    ("Julmarknaden med Lindas Ljus och Bageri Ingrid & Söner.", "Lindas"),
])
def test_a_genitive_before_a_word_no_name_list_holds_is_a_firm(text: str, value: str) -> None:
    assert not any(value in v for _, v in found(text))


@pytest.mark.parametrize("text, value", [
    ("Sökande: Niina Korhonen (enskild firma Niinas Karelska Piroger).", "Niinas"),
    ("Nelmas pappa Ibrahim har lämnat ny medicinlista.", "Nelmas"),
    ("Mormor ringer, barnbarnet Nova 14 år ej hemkommen.", "Nova"),
    ("Varför sägs Ebba Strandbergs plats på Solrosens förskola upp?", "Ebba Strandbergs"),
])
def test_firms_named_after_a_named_person_kin_and_a_childs_place(text: str, value: str
                                                                ) -> None:
    assert ("NAME", value) in found(text)


def test_a_possessive_pronoun_before_a_relative_is_no_name() -> None:
    assert ("NAME", "Deras") not in found("Deras son Filmon har börjat skolan.")


@pytest.mark.parametrize("text, kind, value", [
    ("Syskonförtur: Yusuf Warsame, 2022-09-30-3315, ska börja.", "PNR", "2022-09-30-3315"),
    ("gäldenär Mirza Begović, pnr 760812-44S1 enligt blanketten", "PNR", "760812-44S1"),
    ("Adress Lövåsgränd nr 14, port C, 1 tr – dörren olåst.", "ADDRESS",
     "Lövåsgränd nr 14, port C, 1 tr"),
    ("fakturanr 20931 från installatören. tack tuva", "NAME", "tuva"),
    ("ok tack. betalar resten den 25e. mvh kalle b", "NAME", "kalle b"),
    ("det var lindqvist på gamla tekniska kontoret som 2021", "NAME", "lindqvist"),
])
def test_dashed_and_ocr_identity_numbers_nr_streets_lower_signatures_and_surnames(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "logg 2024-07-01-0930 klar",
    "Information till mäklare: ange fastighetsbeteckning (t.ex. Björkhagen 1:45).",
    "Allt klart, tack igen",
    "Tack Kommunen",
    "fakturan från bengtssons måleri ab avser köket",
])
def test_time_stamps_plots_thanks_and_firms_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("AK o jag körde till västra Skogsby kl 10.", "AK"),
    ("Sen åkte jag och JK dit.", "JK"),
    ("Vår dotter Vilja Ask Nordin har stått i kö.", "Vilja Ask Nordin"),
])
def test_initials_joined_to_me_and_an_everyday_word_before_a_surname(text: str, value: str
                                                                     ) -> None:
    assert ("NAME", value) in found(text)


@pytest.mark.parametrize("text", [
    "HR och jag har pratat om schemat.",
    "Hämtning skedde i hörnet Anna-Greta Lunds gata/Stora torget.",
    "Kostenheten nås via kost@kommunen.se eller kontaktcenter.",
    "Frågor om hyresavi: hyra@bostadsbolaget.se.",
])
def test_units_a_street_named_after_a_double_name_and_one_word_mailboxes_stay(text: str
                                                                              ) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, kind, value", [
    ("född 1952, pnr 5209114426 – hon skrev först 520911-44262 på blanketten", "PNR",
     "520911-44262"),
    ("OBS medicin! J-P ska ha sin medicin kl 08.", "NAME", "J-P"),
    ("Levererat av förskolechef L-G Sandberg.", "NAME", "L-G"),
    ("brukaren sa att brodern kjell ove kommer på lördag", "NAME", "kjell ove"),
    ("min granne ahmed al-sayed har samma problem", "NAME", "ahmed al-sayed"),
])
def test_a_digit_too_many_hyphened_initials_and_lower_case_names_after_a_first_name(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", ["Brygga A-D: el 220V, brygga E: ingen el.",
                                  "grannen Jonny Olofsson pa andra sidan"])
def test_a_range_and_a_lower_case_word_after_a_capitalised_name_stay(text: str) -> None:
    assert ("NAME", "A-D") not in found(text) and ("NAME", "Jonny Olofsson pa") not in found(text)


def test_a_rare_names_genitive_before_an_unlisted_word_is_no_firm() -> None:
    text = "Jojkworkshop med Aslak Joks Pirtimaa i Samiska rummet."
    assert any("Aslak" in v for _, v in found(text))


@pytest.mark.parametrize("text", [
    "Upphittad hund: Hunden heter troligen Lennart enligt halsbandet.",
    "Hästen har fått namnet Konrad av personalen.",
    "en gosekanin som heter Doris enligt lappen",
    "Två marsvin, Tage och Gullan, lämnades till Djurhemmet Frida.",
    "hundarna sixten, bella och majken som brukar leka där får gå",
    "Moses är en tax enligt hennes beskrivning.",
    "Hänvisat till Viltvårdsjouren och Bengtssons Djurklinik.",
    "Lindqvists Bageri och Ica Nära Åkessons säljer påsar.",
    "Cykelhjälm hittad vid busshållplatsen Åsa kyrka.",
    "SD och MP röstade nej.",
])
def test_pets_chains_firms_places_and_parties_stay(text: str) -> None:
    assert found(text) == []


def test_a_phone_shape_inside_a_longer_spaced_number_is_no_phone() -> None:
    text = "Katten är kastrerad, chipnummer 752 094 100 771 230, utan ägare."
    assert [k for k, _ in found(text)] == []


@pytest.mark.parametrize("text, value", [
    ("Utredningen genomförs av JS och MÅ gemensamt.", "MÅ"),
    ("Vaktmästaren (PL) hittade en katt i cykelrummet.", "PL"),
    ("referens 2 för familjen bergkvist: ring", "bergkvist"),
    ("Socialsekreteraren A-K Lindström har varit professionell.", "A-K"),
    ("själv heter jag mio, 0720612233", "mio"),
    ("jag vill tacka abdirahman och sagal på skuldrådgivningen", "sagal"),
    ("Hos Ragnhilds grannar hittades en hundbricka.", "Ragnhilds"),
])
def test_initials_pairs_roles_lower_case_surnames_and_names_joined_to_a_name(
        text: str, value: str) -> None:
    assert ("NAME", value) in found(text)


@pytest.mark.parametrize("text", [
    "Avfallsplanen 2025–2030: restavfallet ska minska med 25 %.",
    "SFI: Studieväg 1 för kort skolbakgrund, studieväg 3 för akademiker.",
    "Ungdomarna vill döpa om den till Greta.",
    "Inköp: korv från Bengtssons Chark och ved.",
    "varav 18 kvotflyktingar från Kenya, Uganda och Libanon.",
    "Stig inte upp på kärlen vid tömning. Ljung och ris räknas som trädgårdsavfall.",
])
def test_years_study_paths_a_thing_named_firms_countries_and_ordinary_words_stay(
        text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, kind, value", [
    ("Intyget skickas av läraren, ewalotta.sjoqvist@edu.norrbacka.se.", "EMAIL",
     "ewalotta.sjoqvist@edu.norrbacka.se"),
    ("Sten och jag har separerat. Han nås på sten.odhiambo@bredband-post.se.", "NAME", "Sten"),
])
def test_a_surname_shaped_mailbox_and_a_name_joined_to_me(text: str, kind: str,
                                                          value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text, value", [
    ("ruttanteckning: hos solberg på krokslättsbacken 3 står kärlet bakom", "solberg"),
    ("lämna kärlet vid vägen sa berg, men hon bor längst in", "berg"),
    ("hittad katt hos björk på lunnevägen 3", "björk"),
])
def test_a_lower_case_surname_after_hos_fru_or_sa(text: str, value: str) -> None:
    assert ("NAME", value) in found(text)


def test_after_hos_a_function_word_a_town_or_a_firms_name_stays() -> None:
    assert found("vi var hos oss, hos tandläkaren och hos lund") == []
    assert found("tillsyn hos barber shop baghdad i går") == []


@pytest.mark.parametrize("text, value", [
    ("Aldrig möter vi den idealmedborgare som i Maos Kina var standardfigur .", "Maos"),
    ("Ärende om färdtjänst för Iris Vinter, som har synnedsättning.", "Iris"),
    ("Familjen ville att en bild av Herr Nilsson skulle illustrera dödsannonsen.", "Nilsson"),
])
def test_a_place_after_a_genitive_a_first_name_and_skulle_are_no_firms_or_places(
        text: str, value: str) -> None:
    assert ("NAME", value) in found(text)


@pytest.mark.parametrize("text", [
    "Hon har ID-kort men det ligger hos pol, uppgifter kommer i rapport.",
    "Lösenord till Wi-Fi: Sommar2025, gäller stugorna.",
])
def test_the_police_after_hos_and_wi_fi_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, kind, value", [
    ("Dag har sovit dåligt i natt men åt frukost.", "NAME", "Dag"),
    ("Sten satt i dagrummet hela eftermiddagen.", "NAME", "Sten"),
    ("Bo och Gun-Britt Lövgren vill ha fakturan till Gun-Britt.", "NAME", "Bo"),
    ("Hej! Nickan (som hon helst vill kallas) har flyttat till rum 3.", "NAME", "Nickan"),
    ("Hon bor ensam på Myrstacken 7 och har ingen bil.", "ADDRESS", "Myrstacken 7"),
])
def test_an_everyday_first_name_acting_a_nickname_and_where_someone_lives(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Mark har anvisats till bostadsbolaget. Inga har frågat om tomten.",
    "Katten Sixten och hunden Bamse är hos grannen under evakueringen.",
    "Frågor till medborgarcenter 0611-34 80 00 eller kundtjänsten som svarar på 0611-34 81 11.",
    "Ärendet ligger hos Bygg- och miljöförvaltningen och Mark- och exploateringsenheten.",
    "Mötet hålls i konferensrum Astrid. Båten Elsa går inte i dag.",
    "Fakturor till Kommunen, Ekonomiservice, FE 412, 105 69 Stockholm.",
    "Gatukontoret svarar på 08-123 456 00 vardagar.",
    "Han bor på Kvarnholmen 2 dagar i veckan.",
])
def test_words_animals_switchboards_rooms_and_invoice_addresses_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, kind, value", [
    ("Ny kost från måndag. Förälder: Chiamaka Okafor", "NAME", "Chiamaka Okafor"),
    ("Tid bokad 3/9. Utredare: JKL", "NAME", "JKL"),
    ("Går det inte, sms:a Emir på 070-412 55 10 dagen innan.", "NAME", "Emir"),
    ("Samtal från Lejla på Café Tornet om kunskapsprovet.", "NAME", "Lejla"),
    ("Vi har flyttat hit från Gdańsk och Zofia ska börja i årskurs 3.", "NAME", "Zofia"),
    ("Sotning utförd Linvägen 12, Leksand – braskamin ok.", "ADDRESS", "Linvägen 12, Leksand"),
    ("ADRESS: LINGONSTIGEN 41 NB, 981 31 KIRUNA\nKOST: VEGANSK", "ADDRESS",
     "LINGONSTIGEN 41 NB, 981 31 KIRUNA"),
    ("Det blev stopp i försöken för Stefan Nystrand i OS.", "NAME", "Stefan Nystrand"),
])
def test_form_fields_contacts_at_a_place_a_name_after_a_town_and_a_town_after_a_street(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Vigslar i Rosa rummet pausas. Middag ombord på M/S Linnéa eller på Elsas terrass?",
    "Till alla: Nya blanketter finns. Kalle Ankas julgröt serveras den 20:e.",
    "Skolköken på Karl Johansgatan och vid Karl XII:s torg får leverans på tisdagar.",
    "Tillsyn på Nilssons Krog med Räddningstjänsten Syd; Bistro Lisa får varning.",
    "Måste Föreningen Malmö Jazz söka tillstånd för Café Linnea i Folkets Park?",
    "Lotteri för Kyrkans Unga i Sankta Maria församling.",
    "Kursen hålls i Stadshusets sessionssal, Drottninggatan 2, och i Stadshuset, Storgatan 10.",
    "Ingrid Marie-äppelträden i parken blommar i maj. Gratis smakprov från Arla och Pågen.",
])
def test_rooms_vessels_venues_saints_branches_and_public_addresses_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, kind, value", [
    ("Klagomål på simläraren Tran på lördagspasset.", "NAME", "Tran"),
    ("Kontroll av lokalvårdare Mirsada H.: golven ej städade.", "NAME", "Mirsada H."),
    ("Jag heter Siriporn men alla säger Pim.", "NAME", "Pim"),
    ("Läraren är sjuk idag. sms:a mig Pim 0739 842 115", "NAME", "Pim"),
    ("Hör av er till mej eller Sanna på kontoret.", "NAME", "Sanna"),
    ("Sedan har hon Jonna B:s elever efter lunch.", "NAME", "Jonna B:s"),
    ("ADRESS: ÅSGATAN 12, 1 TR, 413 08 GÖTEBORG\nÄNDAMÅL: FEST", "ADDRESS",
     "ÅSGATAN 12, 1 TR, 413 08 GÖTEBORG"),
])
def test_an_agent_nouns_name_a_nickname_a_mobiles_owner_and_an_initial_before_a_colon(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Är det samma firma som driver Pelles Padel och Bengtssons Maskin?",
    "Bokningen i Hjalmar Lundbohmsgården flyttas till Hjalmar Bergmanskolans aula.",
    "Vikarier bokas inte längre via Astrid Lindgrens skolas kansli.",
    "Klagomål: bastun Frej öppnar först kl 10.",
    "En nyckelknippa med bricka från Bostads AB Mimer har lämnats in.",
    "Fakturaadress är föreningens kansli, Box 45, Tyresö. Frågor till hr@uppsala.se.",
])
def test_firms_places_named_after_people_saunas_and_unit_mailboxes_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, kind, value", [
    ("Luka går i 4B på Adolfsbergsskolan. – KL", "NAME", "KL"),
    ('Sammanfattning: "Kalle" (Karl-Erik Johansson enligt folkbokföringen) ringde.', "NAME",
     "Kalle"),
    ("Uppgifter ur röstsvar: GORAN PETROVIC, STORGATAN 7B LGH 1203, 722 15 VÄSTERÅS. Klart.",
     "ADDRESS", "STORGATAN 7B LGH 1203"),
    ("taltranskribering: jag bor på kvarnbacken 3, sollentuna, och tunnan är full", "ADDRESS",
     "kvarnbacken 3, sollentuna"),
    ("Ärendet tilldelat Niila på Renhållningen.", "NAME", "Niila"),
    ("Samtal från Aleksander, som bor vid sågverket, Sågverksvägen 12, bod 4.", "ADDRESS",
     "Sågverksvägen 12"),
])
def test_a_dash_signature_a_quoted_nickname_capitals_and_lower_case_addresses(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Intyget skickas till Stadsbyggnadskontoret, Box 7012, 402 31 Göteborg.",
    "Kommunhuset på Olofsgatan 9 har öppet vardagar 8–16.",
    "Från Ebbe Lieberathgymnasiet och Gustav Vasa skola kom många. Tack till Lions Club!",
    "Samtal om konserten. Inringaren ville veta om kören sjunger.",
])
def test_an_office_address_a_school_named_after_a_person_a_club_and_ville_stay(
        text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("Min mormor Birgitta Holmqvist fyller 90 och vill byta gardiner. Bittan kallas hon av "
     "alla, så fråga efter det.", "Bittan"),
    ("Fördelad till handläggare AB för sekretessprövning.", "AB"),
    ("Handläggare: AB. Ärendet gäller fixartjänst.", "AB"),
])
def test_a_name_before_kallas_hon_and_ab_as_initials_after_a_role(text: str, value: str
                                                                  ) -> None:
    assert ("NAME", value) in found(text)


@pytest.mark.parametrize("text", [
    "Påminnelse: stängt på nationaldagen. Bokningar görs via Mina sidor eller hos "
    "Kontaktcenter i Stadshuset, Drottninggatan 5.",
    "Jag skriver en bok om textilfabriken och vill se vad kommunarkivet har om fabriken, "
    "fackklubben och Stiftelsen Hedvig och Karl Ekmans minnesfond.",
    "Köpt av Mekano AB för 500 kr.",
])
def test_an_office_address_in_any_rule_a_foundations_word_and_a_firms_ab_stay(text: str
                                                                             ) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, kind, value", [
    ("Nyckeln lämnades till vaktm. Sören igår.", "NAME", "Sören"),
    ("Frågan skickad vidare till bygglovshandläggare KW.", "NAME", "KW"),
    ("Grannen, en Tarja, sa att bilen stått där i veckor.", "NAME", "Tarja"),
    ("Platsen står i Sirpas namn men hon har flyttat.", "NAME", "Sirpas"),
    ("kan min kompis noa få åka med?", "NAME", "noa"),
    ("hej, aino rauta här. jag undrar över kvittot", "NAME", "aino rauta"),
    ("Lista tisdag\nLedare denna vecka: Tahir", "NAME", "Tahir"),
    ("Han hyr huset på Ängsbrynet 7 sedan i våras.", "ADDRESS", "Ängsbrynet 7"),
])
def test_an_abbreviated_role_a_compound_role_frames_of_a_name_and_a_greeting_here(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Frågor om schemat? Elevexpeditionen nås på 0533-681 20 måndag till fredag.",
    "Anhöriga kan ringa Stödlinjen 0650-123 45 på kvällstid.",
    "Visning av lägenheterna i Hus Ingrid och Villa Elsa sker på torsdag.",
    "Staketet vid Maria kyrkas parkering är nymålat.",
    "Cykelbanan längs Per Olof Hallmans väg är avstängd.",
    "Vi har bokat vindskyddet på Lillholmen 3-5 augusti.",
    "snälla skriv här om ni ser fler skador",  # (not a name saying "here")
])
def test_a_units_number_named_houses_a_churchs_genitive_and_a_date_at_a_place_stay(
        text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, kind, value", [
    ("Tack för hjälpen!\nMed vänliga hälsningar\nK-G L", "NAME", "K-G L"),
    ("Ansökan från medsökande Ewa Nowicka, 19850312-4471.", "NAME", "Ewa Nowicka"),
    ("jag heter rut och bor på björkvägen 3, Hofors. ring mig", "ADDRESS",
     "björkvägen 3, Hofors"),
    ("hej. mitt nummer är 0736-411 20 95 om ni undrar", "PHONE", "0736-411 20 95"),
    ("Påminnelse. Låntagare: AINO-MAIJA KORHONEN, Tallgatan 4.", "NAME",
     "AINO-MAIJA KORHONEN"),
    ("Besiktningen gjordes av bygglovshandläggare K. Hjort i går.", "NAME", "K. Hjort"),
    ("min sambo mikkal tycker att avgiften är för hög", "NAME", "mikkal"),
    ("Handläggare: S. Berg Yilmaz. Enligt SB ska beslutet skickas.", "NAME", "S. Berg Yilmaz"),
])
def test_a_closing_initial_a_capital_before_a_surname_a_town_after_a_lower_case_street_and_more(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_initials_of_a_first_name_and_the_first_of_two_surnames_are_the_persons() -> None:
    assert ("NAME", "SB") in found("Handläggare: S. Berg Yilmaz. Enligt SB ska beslutet "
                                   "skickas.")


@pytest.mark.parametrize("text", [
    "Bokbussen Astrid kommer varannan torsdag.",
    "Fika i skolcaféet Tage & Gun efter mötet.",
    "Mötet hålls vid Selma Lagerlöfs gång i år.",
    "Kören sjunger i Ulrika Eleonora församlingshem.",
    "Ritningarna finns i stadshusets reception, Rådhusgatan 2, hela veckan.",
    "Träffen hålls i Folkets Hus, Storgatan 8 på tisdag.",
    "Vi läser Harry Potter i klassen.",
    "Vi fick offert från Nordic Solar i går.",
    "Läs mer under Bo & leva på webben.",  # (a heading, no one)
    "Min son litar på honom.",  # (a verb after "min son", no unknown name)
])
def test_a_bus_a_cafe_a_walk_a_parish_hall_public_addresses_and_a_firm_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, kind, value", [
    ("tack för svaret\n/pham thi hoa", "NAME", "pham thi hoa"),
    ("musiken hörs hela natten. /sanna på plan 3", "NAME", "sanna"),
    ("Kan ni ändra i schemat? /B", "NAME", "B"),
    ("FÖRNAMN: AMIR\nEFTERNAMN: SADEGHI", "NAME", "SADEGHI"),
    ("Omprov i kemi för Ji-woo Park på fredag.", "NAME", "Ji-woo Park"),
    ("Tack till Karin-läraren för i går!", "NAME", "Karin"),
    ("Anna-lena ringde om räkningen.", "NAME", "Anna-lena"),
    ("Jag fick ett brev från Lindström igår.", "NAME", "Lindström"),
    ("Det luktar rök från Karimis lägenhet.", "NAME", "Karimis"),
    ("Tfn till referenten: 073 612 40 18.", "PHONE", "073 612 40 18"),
    ("hej jag bor pa ostra storgatan 12 1tr och hissen ar trasig", "ADDRESS",
     "ostra storgatan 12 1tr"),
    ("Hennes syster bor på Solbrynet 4, Umeå. Hon hälsar.", "ADDRESS", "Solbrynet 4, Umeå"),
    ("Sopningen görs av KL och Ahmed i morgon.", "NAME", "KL"),
])
def test_slash_signatures_name_fields_lower_case_double_names_and_initials_beside_a_name(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_initials_closing_a_bracket_that_opens_with_a_role_are_found_there_and_again() -> None:
    text = "Referensen (kuratorn på skolan, EB) har ringt. EB tycker att allt gick bra."
    assert [s for s in found(text) if s == ("NAME", "EB")] == [("NAME", "EB")] * 2


@pytest.mark.parametrize("text", [
    "Vigselexpeditionen har flyttat till Storgatan 7 och har öppet på tisdagar.",
    "Kvinnojouren Linnea har öppet i kväll.",
    "Hälsningar, Fritidsgården Kometen",
    "Dari-tolken var inte bokad.",
    "Försäljning sker via Reko-ringen på lördag.",
    "Vi fikar vid Rosendals trädgård efteråt.",  # (a garden named so)
])
def test_an_office_that_moved_a_shelter_a_youth_club_a_language_and_a_market_stay(
        text: str) -> None:
    assert found(text) == []


def test_the_olympics_beside_a_name_are_no_initials() -> None:
    assert ("NAME", "OS") not in found("Hon tävlade i OS och Lisa i VM.")


@pytest.mark.parametrize("text, kind, value", [
    ("Min pojke Jon-Ánte glömde sin mössa i hallen.", "NAME", "Jon-Ánte"),
    ("hej! det är petterssons hund som skäller hela natten", "NAME", "petterssons"),
    ("Skicka kvittot till mig. Adress Gamla Vägen 12B, Norrtälje.", "ADDRESS",
     "Gamla Vägen 12B, Norrtälje"),
    ("Átte Sara vill boka en tolk till mötet.", "NAME", "Átte Sara"),
    ("Rätta namnet i systemet: inte Abdi Nuur utan Abdinuur Hassan Ali.", "NAME",
     "Abdinuur Hassan Ali"),
    ("Tolk önskas till mötet. Kontaktperson på avdelningen: Marjut.", "NAME", "Marjut"),
    ("Han heter nu Daniel Haile (tidigare Gebru).", "NAME", "Gebru"),
    ("tolken till mohamad al-sayed kom aldrig idag!!", "NAME", "mohamad al-sayed"),
    ("jag kan inte komma på repet. //tuva 8C", "NAME", "tuva"),
])
def test_a_boy_a_pets_owner_a_town_after_a_prefixed_street_and_unlisted_first_names(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Isen är bokad när IK Frej och Bandyklubben Björnen tränar.",
    "Brage Innebandy vill boka hallen på tisdagar.",
    "Klagomål om råttor runt Karl Johans park och Gustavsbergs Porslinsfabrik.",
    "Öppet hus på Kulturskolan Alice Tegnér på lördag.",
    "Brevet vidarebefordras till hans farbror Berhane Tesfay, Box 12, 871 22 Härnösand.",
])
def test_a_club_a_sports_section_a_factory_and_a_school_named_after_a_person_stay(
        text: str) -> None:
    names = [v for k, v in found(text) if k == "NAME"]
    assert names == (["Berhane Tesfay"] if "Berhane" in text else [])


@pytest.mark.parametrize("text, kind, value", [
    ("Frivilliga:\n1. Aleksander Nowak 073 551 20 84\n2. Nadia Haddad", "PHONE",
     "073 551 20 84"),
    ("Vacc given till eleven i 7B, inga biverkn. /skolsköt. KB", "NAME", "KB"),
    ("Kurator Ulrika Bergkvist nås direkt 0480-45 312 19.", "PHONE", "0480-45 312 19"),
    ("VH Ándaras tillfrågad, muntligt samtycke.", "NAME", "Ándaras"),
    ("Nästa rapport lämnas av MH kl 06.", "NAME", "MH"),
    ("ja e hennes mormor, marianne eriksón. min mobil e 0706 118 552", "NAME",
     "marianne eriksón"),
    ("Anmälan:\nNamn: MARJA-LIISA PELTONEN\nPnr: 19650830-4441", "NAME",
     "MARJA-LIISA PELTONEN"),
    ("min pappa bor ensam på Kvarnvägen 3, Älvsbyn och svarar inte", "ADDRESS",
     "Kvarnvägen 3, Älvsbyn"),
    ("Frusen ledning hos Ánde Kuhmunen, Vaikijaur 114, i natt.", "ADDRESS", "Vaikijaur 114"),
    ("Ring tillbaka till Lasse Ekholm/Eckholm? om stolpen.", "NAME", "Lasse Ekholm/Eckholm"),
])
def test_a_phone_in_a_list_initials_after_a_role_a_guardian_a_village_address_and_a_variant(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Mottagningen är öppen tis–tors i Paviljong Linnéa.",
    "Stormen Alfrida väntas nå kusten i natt.",
    "Stödmaterial finns hos Familjecentralen Solvik.",
    "Föreläsningen ska vara i Kalmarsalen på Calmar Stadshotell, vi läste om det.",
    "Tack till Lions för reflexvästarna!",
    "Medverkande: Lindex, Max Hamburgare och Securitas.",
    "Frågor tas av föreningens tel 0480-200 300.",
    "Vi medverkar på Barnens dag i Stadsparken 12/5.",
    "Elev Eva Ek, Klass 3, saknas i listan.",  # (a class and its number, no village)
])
def test_a_pavilion_a_storm_a_family_centre_a_hotel_clubs_and_a_date_at_a_park_stay(
        text: str) -> None:
    assert [k for k, _ in found(text) if k != "NAME"] == [] and (
        "Eva Ek" in text or found(text) == [])


@pytest.mark.parametrize("text, kind, value", [
    ("Kvittot lämnat. Kvitterat av Siv", "NAME", "Siv"),
    ("Stort tack! Mathias från Fältgruppen tittade förbi.", "NAME", "Mathias"),
    ("grannen, han som kallas Tjotte, har ställt sin släpvagn där", "NAME", "Tjotte"),
    ("farmor (vi kallar henne mumsan) vill flytta hit", "NAME", "mumsan"),
    ("Ring mig (Sunná) på 0980-170 55.", "NAME", "Sunná"),
    ("Kvällspass: Jonna B körde ut dem från hallen.", "NAME", "Jonna B"),
    ("Laget: Eino, Bashir M, Anton Wik.", "NAME", "Bashir M"),
    ("Pass mån. 'Bullen' (Dennis) satt i soffan hela kvällen.", "NAME", "Bullen"),
    ("Frågor till kassören.\n/Styrelsen genom EK", "NAME", "EK"),
    ("Nycklarna låg i Annikas skåp, nu saknas två.", "NAME", "Annikas"),
])
def test_done_by_a_name_from_an_organisation_nicknames_an_initial_without_a_stop_and_more(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Hönsen skulle heta Greta och Majken.",
    "Därefter kommer Gustavssons Marina med trailer.",
    "Besättningen på S/Y Ingrid Marie ligger vid Tullbryggan.",
    "Priset gick i år till Bryggeriet Wilhelmina.",
    "Gatan stängs av under Sillens dag.",
    "Vi har pratat med Ica Nära Hamnen och Blomsterhandeln Viola om sponsring.",
    "Diesel finns hos Preem Marin vid kajen.",
    "pratade med kunden idag ang ansökan.",  # ("idag" is no festival's "dag")
])
def test_hens_a_marina_a_yacht_a_brewery_a_festival_shops_and_a_petrol_station_stay(
        text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, kind, value", [
    ("ni är helt sjuka. ring mig annars går jag till kommunalrådet\n/ sanna hagstrom", "NAME",
     "sanna hagstrom"),
    ("Vikarie: ring Sanna E. (070-441 29 03) i morgon.", "NAME", "Sanna E."),
    ("pappa (kalle) hamtar pa fredag om hon ar frisk", "NAME", "kalle"),
    ("Hej! Kan hon ställas i kö? Storasyster Luna går redan på Myran. /Rafael", "NAME", "Luna"),
    ("Bilal hämtades sent – AK pratade med pappan. //RS", "NAME", "AK"),
    ("Fastighetslogg\nMån: JO bytte lysrör i trapphus A.", "NAME", "JO"),
])
def test_an_unaccented_surname_an_initial_before_a_bracket_a_relative_in_brackets_and_more(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Boende hänvisas till P-garaget Anders Celsius under helgen.",
    "Vid frågor ring förskolans telefon 08-508 123 00 dagtid.",
    "Vi ska klappa ponnyn Stjärna på Skansen.",
    "Måndag: pasta med Kalles kaviar-sås.",
    "Överklagandet skickas till Socialförvaltningen, Carl Gustafs väg 4.",
    "IVO har beslutat i ärendet.",  # (three capitals: an agency's, not someone's initials)
    "Bilförsäkringen gäller. IF har höjt premien.",  # (a firm the news corpus names)
])
def test_a_garage_a_preschools_phone_a_pony_a_brand_and_an_offices_street_stay(
        text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, kind, value", [
    ("Till hittegodset\nFinnare: Áilu Kuhmunen\nTelefon: 076 812 03 47", "NAME", "Áilu Kuhmunen"),
    ("Roj, din tandläkartid är flyttad till torsdag.", "NAME", "Roj"),
    ("Polisanmälan bifogas. Ansvarig: Ville", "NAME", "Ville"),
    ("Nästa möte bokas av HR-Maja.", "NAME", "Maja"),
    ("Ljusmätning vid fasad. Ansvarig insp. TS", "NAME", "TS"),
])
def test_a_label_before_an_unlisted_name_someone_addressed_a_units_nickname_and_initials(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Förvaras på hittegodskontoret i Nils Ericsonterminalen.",
    "I påsen låg en bok av Astrid Lindgren och en termos.",
    "Har ni fått in ett armbandsur av märket Daniel Wellington?",
    "Ungdomar från Stödboende Linnéa får följa med personalen.",
    "Boendets telefon 0470-70 32 00 är omkopplad till jouren.",
])
def test_a_terminal_a_books_author_a_brand_a_supported_home_and_its_phone_stay(
        text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, kind, value", [
    ("Mit freundlichen Grüßen, Ute Vollrath-Behnke, Lindenstraße 41, 49076 Osnabrück", "NAME",
     "Ute Vollrath-Behnke"),
    ("Till receptionen: ring angående Kowalczyks borttappade plånbok (rum 12).", "NAME",
     "Kowalczyks"),
    ("Hej, skickar kontoutdragen som Petra bad om.", "NAME", "Petra"),
    ("Notering: Hjördis på ekonomi säger att utbetalningen stoppades.", "NAME", "Hjördis"),
    ("Kan Liv få åka i samma bil som sin bror nästa termin?", "NAME", "Liv"),
    ("Samtal från Dragan Petrović (far till klienten Luka P). Fadern ville veta mer.", "NAME",
     "Luka P"),
    ("Hello, I am father of Chidi Okafor in class 3B at Råbyskolan.", "NAME", "Chidi Okafor"),
    ("kod? barnet heter maja-li va? svarar på 072 990 17 65", "NAME", "maja-li"),
    ("kan ni ringa 0736-90 44 12 elr maila? ja e 20 o har skulder. /fellan", "NAME", "fellan"),
    ("Jag är mamma till Ánte som börjar i träningsskolan. Ring mig hemma. Máret", "NAME",
     "Máret"),
    ("Ansvarig ledare är Niillas Partapuoli (072-905 31 18) och han tar emot anmälan.", "NAME",
     "Niillas Partapuoli"),
])
def test_a_foreign_sign_off_a_belonging_an_asker_a_unit_a_modal_question_and_more(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Viele Grüße aus Hamburg und bis bald!",
    "Simskolan hålls i Sofia bad i år.",
    "Fika i Gottsunda, lokal Astrid. Julfika i lokalen Elsa på Fyrisgården.",
    "Störst andel går till Djurgårdens IF Ungdom och Ronja Ridklubb.",
    "Vi i Lindesbergs Ryttarsällskap undrar om lägerbidrag.",
    "Camping Solvik hade inga fungerande duschar.",
    "Wir wohnen im Hotel Kung Gösta.",
    "Vi har tider på Zlatan Court på lördagar.",
    "Klaga på bindningstiden hos Nordic Wellness.",
    "Från v. 34 kör bolaget linjen Alby–Tumba för elever.",
    "Fikat sponsras av Nils Holgerssons bageri.",
    "hej jag undrar plats på särskilt boende / äldreboende",
])
def test_a_greeting_from_a_town_a_bath_rooms_clubs_a_campsite_a_hotel_a_route_and_a_bakery_stay(
        text: str) -> None:
    assert [v for k, v in found(text) if k == "NAME"] == []


@pytest.mark.parametrize("text, names", [
    ("Mvh Eva Solskogen", ["Eva Solskogen"]),  # (a definite compound may be a surname)
    ("Enligt lagfarten heter ägaren Gunilla Ragnarsdotter.", ["Gunilla Ragnarsdotter"]),
    ("anmälan: grannen heter lundqvist enligt dörren.", ["lundqvist"]),
    ("Ring Anna–Karin i morgon.", ["Anna", "Karin"]),
])
def test_a_surname_on_a_compound_a_patronymic_and_a_double_name_with_a_dash_stay_names(
        text: str, names: list[str]) -> None:
    assert [v for k, v in found(text) if k == "NAME"] == names


@pytest.mark.parametrize("text, kind, value", [
    ("nyckeln till siriporn kaewmanees lgh ligger i nyckelgömman.", "NAME",
     "siriporn kaewmanees"),
    ("bor på storgatan 9 vilhelmina /ante kuoljok", "NAME", "ante kuoljok"),
    ("jag pratade med nån som hette jonna eller jona? hon lova att komma", "NAME", "jona"),
    ("han heter mattias lindgren eller matte", "NAME", "matte"),
    ("Förslagsställare: MARIA-JOSÉ CASTILLO ROJAS, ÄNGSVÄGEN 3, 772 31 GRÄNGESBERG.", "NAME",
     "MARIA-JOSÉ CASTILLO ROJAS"),
    ("Vill bara säga till Sanna på nämndsekretariatet att kallelsen kom fram.", "NAME", "Sanna"),
    ("Hej Sanna! Annars kan sannas kollega ringa mig.", "NAME", "sannas"),
    ("Närvarande: Rasmus Ek. Frånvarande: Kaisa. Nästa möte i Stadshuset.", "NAME", "Kaisa"),
    ("Ersättaren Siosaia Fifita tjänstgjorde under § 23.", "NAME", "Siosaia Fifita"),
    ("Brev från Máret Labba, Sjöbrinken 2, 981 38 Kiruna, om detaljplanen.", "NAME",
     "Máret Labba"),
    ("Kabelfel i marken. Återkommer v. 14.\nMvh Sanna / Gatuljus Nord, 070 455 21 08", "NAME",
     "Sanna"),
    ("jag och min kompis nils-ánde tog bilder.", "NAME", "nils-ánde"),
])
def test_a_lower_case_owner_of_a_flat_a_name_said_two_ways_a_label_in_capitals_and_more(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Färdtjänst hämtar vid Gustav Adolfs torg 13.15.",
    "Svenska kyrkan i Johannes församling hänvisar till biblioteket.",
    "Matleveranserna från Coop Nära Tuna körs som vanligt.",
    "Veckomatsedel: måndag Janssons frestelse, tisdag ärtsoppa.",
    "Kan Stena Recycling hämta den?",
    "Frågor till Hemtjänst Väst eller Gatuljus Nord.",
    "Hon hänvisades till Forex på Storgatan.",
    "Den avlidnes hund har placerats hos Djurskyddsföreningen.",
])
def test_a_time_at_a_square_a_parish_a_shop_a_dish_a_firm_districts_and_a_genitive_stay(
        text: str) -> None:
    assert found(text) == []


def test_a_double_first_name_before_a_compass_surname_and_an_or_word_stay_as_they_are() -> None:
    assert ("NAME", "Kjell-Åke Nord") in found("Anmälare: Kjell-Åke Nord, 070-998 87 76")
    assert found("Ring Anna eller annan handläggare.") == [("NAME", "Anna")]


@pytest.mark.parametrize("text, kind, value", [
    ("Natten lugn. Ánte vaknade 03.10 och ville ha sin filt.", "NAME", "Ánte"),
    ("Hallå! Kalle B här, jobbar natt på boendet.", "NAME", "Kalle B"),
    ("Svar: startbeskedet för Petterssons tillbyggnad skickades 12 april.", "NAME",
     "Petterssons"),
    ("Kontakt under gjutningen: hans kollega Senait. Betongen levereras av Swerock.", "NAME",
     "Senait"),
    ("Jourhavande SB åkte ut tillsammans med undersköterskan.", "NAME", "SB"),
    ("ÄRENDE: MIN BROR (BACKSTUGEVÄGEN 22, 443 31 LERUM) TRÄFFAR INGA MÄNNISKOR.", "ADDRESS",
     "BACKSTUGEVÄGEN 22, 443 31 LERUM"),
    ("hej ringer om grannen, kallas kalle-bulle i huset, han skriker.", "NAME", "kalle-bulle"),
    ("Synpunkt från öppet hus: Mohammed Al-Sa'adi undrade om damsim.", "NAME",
     "Mohammed Al-Sa'adi"),
    ("men skolan säger att Dawit inte kan börja förrän vi har adress.", "NAME", "Dawit"),
    ("Chatt från dialogmötet:\nkerstin_h: när byggs förskolan?", "NAME", "kerstin_h"),
])
def test_a_rare_name_before_a_persons_verb_a_caller_here_a_genitive_surname_and_more(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Fråga 4: Vad tycker du om Kulturhuset Anna?",
    "Tomtegubbarna från Lions och Kör Maria sjunger igen.",
    "Lokal: Sagas konferensrum i Medborgarhuset.",
    "Vi åt på Anderssons konditori.",
    "Nya glasögon beställs hos Optiker Bengtssons på Kyrkogatan.",
    "Fröken sa att vi skulle fråga expeditionen.",
    "Vi vet att Skatteverket inte har svarat.",
    "Skriv här. Parkera här.",
])
def test_a_culture_house_a_choir_a_room_a_cafe_an_optician_and_a_teacher_stay(text: str) -> None:
    assert [v for k, v in found(text) if k == "NAME"] == []


@pytest.mark.parametrize("text, kind, value", [
    ("Grannarna Holmbergs har eldat plast i en tunna.", "NAME", "Holmbergs"),
    ("Ring Inger, hon hyr ut till Sultan-familjen på Vintergatan 17.", "NAME", "Sultan"),
    ("Överlämning: Kalle från Fjärås-styrkan meddelar att pump 2 läcker.", "NAME", "Kalle"),
    ("hej, min sambo somchai vill elda löv i tunna på gården.", "NAME", "somchai"),
    ("HUVUDMAN: ÅSA-LENA NIILAS\nPERSONNUMMER: 19520817-3346", "NAME", "ÅSA-LENA NIILAS"),
    ("Nuvarande: Ewa Karlsson-Mäkelä\nFöreslagen: Juha Mäkelä", "NAME", "Ewa Karlsson-Mäkelä"),
    ("Handläggare Áilu Gaup har pratat med familjen. /ÁG", "NAME", "ÁG"),
    ("Ny tid bokad med handläggare Elle-Máret.", "NAME", "Elle-Máret"),
    ("Jag är mormor till Elle-Márjá. Hon bor hos mig.", "NAME", "Elle-Márjá"),
    ("Brev i retur. Mottagare: Nyamal Deng Chol, c/o Lindqvist, Tallvägen 5, 891 33 Ort.",
     "NAME", "Nyamal"),
    ("Hej fröken Malin! Linh och Bao är lediga torsdag.", "NAME", "Bao"),
])
def test_a_family_a_crew_member_an_unknown_partner_a_form_in_capitals_a_polish_ewa_and_more(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Varför tjuter Hesa Fredrik på måndag kl 15?",
    "Barnen kan se Brandman Sam. Batterier finns hos Rusta och Espresso House.",
    "Nästa vecka firas Eid al-Adha i folkets hus.",
    "Anhörigcenter i Gustav Adolfs församlingshem ordnar en kväll.",
    "Frågor till Elevhälsan, Storgatan 12 (besöksadress).",
    "Lunch serveras i restaurang Sofia.",
    "Kommer Frisör Leila och Pizzeria Da Marco vara med?",
])
def test_a_siren_a_cartoon_a_feast_a_parish_home_an_office_and_two_shops_stay(text: str) -> None:
    assert found(text) == []


def test_a_firms_second_word_after_an_ampersand_is_not_joined_to_a_name() -> None:
    text = "Entreprenören Svenssons Mark & Betong har stängt av gatan."
    assert "Betong" not in [v for k, v in found(text)]


@pytest.mark.parametrize("text, kind, value", [
    ("hjälper min granne Jevgenij (Zjenja) Volkov med ansökan", "NAME", "Zjenja"),
    ("Klassombud:\nPer-Olof Sjöberg (PO) 0730 55 61 12", "NAME", "PO"),
    ("Nästa möte blir hemma hos Gogge (Goran Ilić) på Solrosvägen 9.", "NAME", "Gogge"),
    ("Ärende angående fru Lindahl, Sjövägen 8, Mörsil: hon hör dåligt.", "ADDRESS",
     "Sjövägen 8, Mörsil"),
    ("hej! jag (sanna i 2a) ligger med feber.", "NAME", "sanna"),
])
def test_a_nickname_between_or_before_a_name_initials_after_it_a_town_before_a_colon_and_more(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Anbudet gäller en duschvägg modell Linn från Svedbergs.",
    "Förvärvad via Galleri Lindström vid auktion.",
    "Proveniens: därefter Anderssons Antik i Rättvik.",
    "Stöd finns hos Anhörigcenter Linnea.",
    "Lindvalls Kaffe skänker bryggkaffe.",
    "Frågor från Brf Hasselnöten (Lars-Åke Nyström) om snöröjningen.",
])
def test_a_model_a_gallery_an_antique_shop_a_centre_a_coffee_roaster_and_an_association_stay(
        text: str) -> None:
    assert "Hasselnöten" not in [v for k, v in found(text)] and not any(
        v in ("Linn", "Galleri Lindström", "Lindström", "Anderssons Antik", "Anderssons",
              "Linnea", "Lindvalls Kaffe", "Lindvalls") for k, v in found(text))


@pytest.mark.parametrize("text, kind, value", [
    ("Ahmed arbetar inte längre hos oss.\n\nFör Bar Bäcken AB\nmvh ES", "NAME", "ES"),
    ("Tips: SIGGE på macken säljer folköl till högstadiebarn.", "NAME", "SIGGE"),
    ("Tillsyn 2024-03-08:\n- Serveringsansvarig: Somchai Phromma\n- Kock: Rebwar", "NAME",
     "Rebwar"),
    ("Anteckning: Malee från thaiföreningen lagade mat till temadagen.", "NAME", "Malee"),
    ("Kolla med Ingela om ny annons på webben. / K.B.", "NAME", "K.B."),
    ("Logg 02:10: Siriporn rapporterar halka på bron, saltat.", "NAME", "Siriporn"),
    ("ingen plogning på 4 dagar. annars ringer jag lokaltidningen. kalle", "NAME", "kalle"),
])
def test_a_signers_initials_a_name_in_capitals_a_bulleted_label_and_a_lower_case_closing(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Tekniska förvaltningen tackar Norrby IF som hjälpte till.",
    "Skyttegillet Diana har ansökt om mark för en skjutbana.",
    "Garn sponsras av Panduro och Järbo.",
    "Can I change from AUD to GBP? Kontakta MAS via funktionsbrevlådan.",
])
def test_a_club_after_its_place_a_shooting_club_a_chain_and_abbreviations_stay(
        text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, kind, value", [
    ("Tack för idag!\nKram Mirre & lilla Tuva-Li", "NAME", "Mirre"),
    ("Ärendet överlämnat till familjebehandlare MJ. Inga nya orosanmälningar.", "NAME", "MJ"),
    ("Till familjecentralen. Jag, Annika Forsell BHV-ssk, har träffat mamman.", "NAME",
     "Annika Forsell"),
    ("hej!! kan ja ta med min kompis hanah o hennes bebis på torsdag?", "NAME", "hanah"),
    ("spara två platser åt mig och Liv! /Mari-Ann", "NAME", "Liv"),
    ("Snickarn har varit där. Bo själv säger att dörren tar i.", "NAME", "Bo"),
    ("Ang. ärende: ring tillbaka.\nTilldelad: Siriporn", "NAME", "Siriporn"),
    ("men kontot står på Karl-Johan Eriksson Ståhl. Det är hans frus BankID.", "NAME",
     "Karl-Johan Eriksson Ståhl"),
    ("hej jag bor pa Hagalundsgatan 22 lgh 1101, solna. min bankid funkar inte", "ADDRESS",
     "Hagalundsgatan 22 lgh 1101, solna"),
    ("Kan ni skicka materialet till Calle Sant Miquel 23, 2º, 07002 Palma?", "ADDRESS",
     "Calle Sant Miquel 23, 2º, 07002 Palma"),
])
def test_a_hug_before_two_signers_initials_after_a_role_jag_comma_and_a_name_with_me_and_more(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Lotta på Bråkmakargatan spelas av Teater Tre på fredag.",
    "Till alla i Babyträffen Åsa: träffen flyttas.",
    "Juridisk rådgivning via Alma Advokatbyrå. Personal från Förenade Care kan vara bud.",
    "Mvh Vatten och avlopp",
    "Vi reser till Göteborg, jag och Sverige.",
])
def test_a_theatre_a_baby_group_a_law_firm_a_care_firm_and_a_unit_after_a_sign_off_stay(
        text: str) -> None:
    assert [v for k, v in found(text) if k == "NAME"] == []


def test_a_first_name_before_an_initial_and_a_surname_joins_them() -> None:
    assert ("NAME", "Yonas A. Tesfaye") in found("Yonas A. Tesfaye ringde om fakturan.")


@pytest.mark.parametrize("text, names", [
    ("min sambo somchai vill elda löv i tunna på gården.", ["somchai"]),
    ("kan anna andersson ringa mig i morgon?", ["anna andersson"]),
])
def test_a_verb_and_its_object_after_a_modal_are_no_lower_case_name(
        text: str, names: list[str]) -> None:
    assert [v for k, v in found(text) if k == "NAME"] == names


@pytest.mark.parametrize("text, kind, value", [
    ("hej det e jon-ánte, tåget är sent så jag missar tiden", "NAME", "jon-ánte"),
    ("i bilen låg ett kort där det stod maja-li sundström", "NAME", "maja-li sundström"),
    ("hallå det ar jag nisse. kan inte komma på mötet", "NAME", "nisse"),
    ("jag pratade med min handledare lissan men hon svarade inte", "NAME", "lissan"),
    ("Hon är Ristens mormor och hämtar honom i dag.", "NAME", "Ristens"),
    ("Lista grupp 2:\nMoa K – närvarande\nEmil – sjuk", "NAME", "Moa K"),
    ("Pass 3:\nOlle – X\nAmra – X\nDzenita B – sjuk\nMaja – X", "NAME", "Dzenita B"),
    ("Objekt: Gunga 3\nBeställd av: KLA", "NAME", "KLA"),
    ("Godkänd av: Ingalill", "NAME", "Ingalill"),
    ("hej vet du om Anikka Sjöqvüst har lämnat tillbaka nycklarna till Caddyn? Jag ska ha den kl 9",
     "NAME", "Anikka Sjöqvüst"),
])
def test_a_lower_case_double_name_det_ar_jag_a_nickname_after_a_mentor_a_genitive_before_kin(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Nya nycklar finns hos vaktmästeriet i Kulturförvaltningens lokaler, Ågatan 7.",
    "Öppettider:\nMåndag – stängt\nTisdag – 9–16\nOnsdag – 9–16",
])
def test_an_authoritys_premises_and_a_timetable_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, kind, value", [
    ("hej det e mamma till ibbe (ibrahim el masri) i 3b, han har glömt matlådan", "NAME",
     "ibrahim el masri"),
    ("ring pappa till jo (jonatan el haddad) i 4a", "NAME", "jo"),
    ("Intyg önskas. Kerstin Ödlund, 8811 23-4410. Testet gjordes i maj.", "PNR", "8811 23-4410"),
    ("Hej, jag är förälder till Mio i Delfinerna.", "NAME", "Mio"),
    ("Väntelista:\n1. Samira Haddad (f. 2017) – mamma Leila\n2. Otto Berg (f. 2016) – pappa Jens"
     "\n3. Eero (efternamn saknas)", "NAME", "Eero"),
])
def test_a_particle_in_a_lower_case_name_a_date_split_by_a_space_a_child_named_as_a_chain(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_a_first_name_before_a_double_surname_that_no_model_tag_found() -> None:
    text = "Blanketten gäller Juni Lundin-Ekberg i 4C."
    assert ("NAME", "Juni Lundin-Ekberg") in found(text)


@pytest.mark.parametrize("text", [
    "Vi köpte soffan på Mio i Kungens kurva.",
    "Faktura 2024 11-2847 är betald.",
])
def test_a_chain_and_an_invoice_number_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, kind, value", [
    ("Samtal från Ek, Birgitta (har sommarstuga i Bräcke). Frågar om bergvärme.", "NAME", "Ek"),
    ("hej kan ni hjalpa mig, barnens pappa mats hammarstrom tar inte barnen. / sara", "NAME",
     "mats hammarstrom"),
    ("Schema v.12:\nmån – Tiina, Goran, Zeynep\ntis – Goran ensam", "NAME", "Tiina"),
    ("Koden skickas till Kristoffer Berg (Kicken) 070-934 11 62.", "NAME", "Kicken"),
    ("Han behöver nycklar – kan Ánte visa honom runt?", "NAME", "Ánte"),
    ("MB, kan du ringa sökanden i dag?", "NAME", "MB"),
    ("Buorre! Mun lean Sunná Ánne Gaup. Mun háliidan dieđuid.", "NAME", "Sunná Ánne Gaup"),
    ("Jeg heter Kari Nordmann og bor i Tromsø.", "NAME", "Kari"),
    ("Mitt personnr är 850214-2383 och dotterns 220817-1945. Tack!", "PNR", "220817-1945"),
])
def test_a_surname_comma_first_name_after_fran_a_list_of_first_names_a_bracketed_nickname(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_a_unit_in_brackets_after_a_name_is_no_nickname() -> None:
    names = [v for k, v in found("Kontakt: Anna Berg (Arbetsmiljö) och Erik Ek (Kommunal).")
             if k == "NAME"]
    assert names == ["Anna Berg", "Erik Ek"]


@pytest.mark.parametrize("text", [
    "Vi åkte till Lund, Malmö, Ystad och Trelleborg.",
    "IT, kan du fixa skrivaren?",
    "Mitt personnummer finns i ärendet. Loggpost 230918-2245 sparad.",
])
def test_a_list_of_towns_a_desk_and_a_log_stamp_stay(text: str) -> None:
    assert [s for s in found(text) if s[0] in ("NAME", "PNR")] == []


@pytest.mark.parametrize("text, kind, value", [
    ("Kopia skickad till sökanden. Handlagd av KM.", "NAME", "KM"),
    ("Svar till mig, Eva Sjöbäck, eva.sjoback@lokaltidningen.se", "EMAIL",
     "eva.sjoback@lokaltidningen.se"),
    ("Tors: tidig hämtning 14.00 för Ánne och Liam K (tandläkaren).", "NAME", "Ánne"),
    ("Tors: tidig hämtning 14.00 för Ánne och Liam K (tandläkaren).", "NAME", "Liam K"),
    ("Schema: öppning 06.45 KL, stängning 17.15 Maja, rast Tove/EÖ.", "NAME", "KL"),
    ("Schema: öppning 06.45 KL, stängning 17.15 Maja, rast Tove/EÖ.", "NAME", "EÖ"),
    ("Jag är pappa till Abdirahman. Får Abdirahmn gå själv till fotbollen?", "NAME",
     "Abdirahmn"),
    ("Hon hämtas av grannen Wojciech – alltså Wojtek – på fredag.", "NAME", "Wojtek"),
    ("anmäler alvin a (2/1–3/1) och hans syster tyra. mvh sara holm", "NAME", "alvin a"),
    ("Jag är pappa till Ruben. Vi bor hos mig jämna veckor och hos Ruben's mamma udda veckor.",
     "NAME", "Ruben's"),
    ("Uppdatering från Fia: den svarta katten vid återvinningen på Björkvägen är fångad nu!",
     "NAME", "Fia"),
    ("Till Jonna i växeln: lämna bara ut paketet till mig.", "NAME", "Jonna"),
    ("Samtal med vårdnadshavare till A.M. (12 år) om bilder.", "NAME", "A.M."),
    ("Ánte från Arjeplog kommer på träffen i morgon!", "NAME", "Ánte"),
    ("Närvaro:\n- Tuva Lind ✔\n- Aras ✔\n- Milo Berg (sjuk)\n- Ella-Maj ✔", "NAME", "Aras"),
    ("Närvaro:\n- Ella Sund ✔\nSekr: Vilja S", "NAME", "Vilja S"),
    ("sms-lista:\nrasmus h 0737 55 12 90\nkaroliina lehtonen 0704-220 871\ntigist 072 845 0063",
     "NAME", "tigist"),
    ("asa kommer du pa fredag? vi tar bussen fran centralen", "NAME", "asa"),
])
def test_a_participle_by_initials_a_mistyped_name_said_again_a_roster_and_a_contact_list(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Hyresavi från Willhem: 8 731 kr att betala senast den 30:e.",
    "Sent: Monday, July 8, 2024 10:31 AM",
    "hej kommer du på mötet?",
])
def test_a_landlords_bill_a_time_of_day_and_a_plain_question_stay(text: str) -> None:
    assert [s for s in found(text) if s[0] == "NAME"] == []


@pytest.mark.parametrize("text, kind, value", [
    ("Sms till handläggaren kl 11:42 om tiden. Kvitterat: GS", "NAME", "GS"),
    ("Riskbedömning gjord 4/11 av AB och LH i ärendet.", "NAME", "AB"),
    ("Riskbedömning gjord 4/11 av AB och LH i ärendet.", "NAME", "LH"),
    ("Ansökan om stöd. Kontaktperson på Kvinnojouren Freja: Riikka.", "NAME", "Riikka"),
    ("Hon kallar honom för 'Nisse' eller 'Nicken', osäker på efternamnet.", "NAME", "Nicken"),
    ("Vill lämna en soffa, ring efter lunch. /AB, kommuncenter", "NAME", "AB"),
    ("Schema lördag: kassan – Kanokwan, sortering – Rêbaz och Nasrin, hämtning – Göran med"
     " bilen.", "NAME", "Kanokwan"),
])
def test_a_participle_label_a_date_before_av_a_label_at_an_organisation_and_task_lists(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Reparationscaféet flyttar. Studiefrämjandet och Kjell & Company hjälper till.",
    "Tider: måndag – Stängt, tisdag – Öppet, onsdag – Kvällsöppet.",
])
def test_a_firm_and_company_and_a_timetable_of_tasks_stay(text: str) -> None:
    assert [s for s in found(text) if s[0] == "NAME"] == []


@pytest.mark.parametrize("text, kind, value", [
    ("Klart: Rojda (sorani) paras med språkvän Ulla Berg.", "NAME", "Rojda"),
    ("Anteckning: Per-Olof (mentor) och Dawit träffades i går. Dawit vill ha hjälp med sitt"
     " CV, PO tycker det går bra.", "NAME", "PO"),
    ("hej det är ramon. ring 0739-225 81 17 inte det gamla numret", "PHONE", "0739-225 81 17"),
    ("hej vill anmala mig som sprakvan. bor på granstigen 7 alingsås", "ADDRESS",
     "granstigen 7 alingsås"),
    ("Hyresgästen i lägenhet 1204, HADŽIĆ EMIR, har inte betalat hyran.", "NAME", "HADŽIĆ EMIR"),
    ("Träffade Pekka och hans kompis ”Stor-Janne” i porten.", "NAME", "Stor-Janne"),
    ("ANMÄLAN OM STÖRNING\nHYRESGÄST: NILSSON, KARL-ERIK\nBESKRIVNING: HÖG MUSIK", "NAME",
     "KARL-ERIK"),
    ("Det gäller mannen på andra våningen, han som kallas Kalle Kanin. Han spelar högt.",
     "NAME", "Kalle Kanin"),
    ("Funktionärer lördag:\n08–12 kiosk: amina + linnea\n12–16 kiosk: Sixten Ek (pappa till en i"
     " F10)\nSekretariat hela dagen: Gunnel", "NAME", "linnea"),
    ("Kontakter i adressboken:\n- Dawit (jobbet) 0735-40 22 18\n- Dr Lindqvist, vårdcentralen",
     "NAME", "Dawit"),
    ("Ärendet lämnas över från handläggare KL till MN från måndag.", "NAME", "MN"),
    ("Avstämning: Kerttu och Yasin har träffats. Yasins skola säger att det går bra.", "NAME",
     "Yasins"),
])
def test_languages_after_a_name_a_double_first_names_initials_a_long_mobile_and_more(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Broschyren (engelska) finns. Blanketter (arabiska, somaliska) finns också.",
    "Mötet med ÅF och SKANSKA om GDPR flyttas.",
])
def test_a_brochure_in_languages_and_firms_in_capitals_stay(text: str) -> None:
    assert [s for s in found(text) if s[0] in ("NAME", "ADDRESS")] == []


@pytest.mark.parametrize("text, kind, value", [
    ("Samtalslogg | Datum | Handläggare | Kommentar\n2024-04-02 | KM | Ringde, inget svar.\n"
     "2024-04-04 | KM | Nådde sonen.", "NAME", "KM"),
    ("Nycklar v.12\nLgh 1201 – Matilda Öhrn – 3 nycklar\nLgh 1202 – Kenji Sato – 2 nycklar",
     "NAME", "Kenji Sato"),
    ("Utflykt tisdag:\n- Gullan\n- Bertil S\nPersonal: Tsega + jag. Matsäck från köket.",
     "NAME", "Tsega"),
    ("kan ni sätta upp bilderna på hennes dörr? mammas namn är maj-britt ekholm, rum 9.",
     "NAME", "maj-britt ekholm"),
    ("Ring dottern Eleni på 0708-41.22.93 efter fem.", "PHONE", "0708-41.22.93"),
    ("Närvarande: fastighetsskötare ÅK samt hyresgästens far.", "NAME", "ÅK"),
    ("hi, the fire alarm in room 12 keeps beeping. thx, kwame", "NAME", "kwame"),
    ("hej vi kommer fyra personer för att fira abdirahmans födelsedag på lördag", "NAME",
     "abdirahmans"),
    ("tack till er på nattpasset, särskilt fatuma som satt med honom. kram lena", "NAME",
     "fatuma"),
    ("Rapport natt: 'Lillan' Svea åt en smörgås vid fem.", "NAME", "Lillan"),
])
def test_a_tables_person_column_a_name_and_me_namn_ar_a_dotted_mobile_and_lower_case_frames(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Det är jag som är Net Nanny och jag svarar på frågor om nätet.",
    "I got less cash than I asked for at the ATM.",
    "Öppettider\nMåndag – stängt\nTisdag – 9–16\nOnsdag – Kvällsöppet",
])
def test_a_product_and_me_english_less_and_a_timetable_stay(text: str) -> None:
    assert [s for s in found(text) if s[0] == "NAME"] == []


@pytest.mark.parametrize("text, kind, value", [
    ("Flyttbilen står på Ekvägen 11, Lit från 8 till 12 på torsdag.", "ADDRESS",
     "Ekvägen 11, Lit"),
    ("Ljudprov kl 15. Vår tekniker heter Ánte, ring honom på 076 118 42 70.", "NAME", "Ánte"),
    ("Brandlarm 19.32 utlöst av rökmaskin. Rapport: MH", "NAME", "MH"),
    ("Hembesök. Barnen EY (7 år) och Leo (4 år) var hemma med mamma.", "NAME", "EY"),
    ("Utredning avslutad. Flickan (A., 15) placeras på HVB Solgläntan.", "NAME", "A."),
    ("hej vi har flyttat! ny adress: kvarnbacken 22 lgh 1001, 194 61 upplands vasby. tack",
     "ADDRESS", "kvarnbacken 22 lgh 1001, 194 61 upplands vasby"),
    ("Groetjes, Sanne\nwij komen op 3 augustus", "NAME", "Sanne"),
    ("Naam: Joost, e-mail joostvdm@ziggo.nl.", "EMAIL", "joostvdm@ziggo.nl"),
    ("hej, vi (jag + Nuttida) checkar ut från stuga 14 i morgon.", "NAME", "Nuttida"),
    ("Incidentrapport skriven av EL.", "NAME", "EL"),
    ("Nyckeln lämnades i receptionen av Máret Sárá, som bor på plats 9.", "NAME", "Máret Sárá"),
])
def test_a_town_before_fran_a_name_after_var_tekniker_heter_initials_with_an_age_and_more(
        text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "Min hund heter Bamse och är snäll.",
    "Bilaga (A4, 2 sidor) och rum (B, 12) finns.",
    "Storgatan 5, 123 45 Malmö ringer i morgon.",
])
def test_a_pet_a_paper_size_and_a_verb_after_a_town_stay_out(text: str) -> None:
    found_spans = found(text)
    assert [s for s in found_spans if s[0] == "NAME"] == []
    assert all("ringer" not in v for _, v in found_spans)
