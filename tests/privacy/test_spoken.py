"""Personal data read aloud, as speech-to-text writes a voicemail."""

from __future__ import annotations

import pytest

from podcast.privacy.redact import find_pii, redact_text
from podcast.privacy.spoken import number_value


def types(text: str) -> list[tuple[str, str]]:
    return [(s.type, s.text) for s in find_pii(text)]


@pytest.mark.parametrize("word,digits", [
    ("noll", "0"), ("sju", "7"), ("tolv", "12"), ("sjuttio", "70"), ("fyrtiofem", "45"),
    ("nittonhundrafemtiotvå", "1952"), ("nittonhundrafem", "1905"), ("tvåtusenfem", "2005"),
    ("7", "7"), ("hej", None), ("sextio", "60"), ("sexhundrafyrtio", "640"),
    ("tolvhundraett", "1201"), ("hundra", "100"), ("tretusentvåhundra", "3200"),
    ("nittonhundra", "19"), ("tvåtusen", "20"), ("hundrade", None),
    ("nolltrettiotvå", "032"), ("nollsjuhundra", "0700"), ("zero", "0"), ("eight", "8"),
    ("nollan", None),
])
def test_number_words(word: str, digits: str | None) -> None:
    assert number_value(word) == digits


@pytest.mark.parametrize("text,kind,said", [
    ("mitt nummer är noll sju noll tre fyra fem sex sju åtta nio tack", "PHONE",
     "noll sju noll tre fyra fem sex sju åtta nio"),
    ("jag nås på noll sjuttio tre fyrtiofem sextiosju åttionio", "PHONE",
     "noll sjuttio tre fyrtiofem sextiosju åttionio"),
    ("ring tillbaka på 0 7 0 5 5 5 1 2 3 4 tack", "PHONE", "0 7 0 5 5 5 1 2 3 4"),
    ("personnumret är nittonhundrafemtiotvå noll tre tolv fyra fem sex sju och", "PNR",
     "nittonhundrafemtiotvå noll tre tolv fyra fem sex sju"),
    ("hennes personnummer är tre sju noll fyra två ett sju åtta fyra två", "PNR",
     "tre sju noll fyra två ett sju åtta fyra två"),
    ("mejla till anna punkt berg at gmail punkt com tack", "EMAIL",
     "anna punkt berg at gmail punkt com"),
    ("han bor på storgatan fjorton och har ramlat", "ADDRESS", "storgatan fjorton"),
    ("min nya adress är ringvägen sju b lägenhet elva noll fyra inte", "ADDRESS",
     "ringvägen sju b lägenhet elva noll fyra"),
    ("post till lena holm tallvägen nio tre fem två tre fyra växjö tack", "ADDRESS",
     "tallvägen nio tre fem två tre fyra växjö"),
    ("hon heter gunnar svensson det stavas s v e n s s o n han", "NAME", "s v e n s s o n"),
    ("pernilla wik alltså w i k och jag", "NAME", "w i k"),
    # hundreds in a number word, fillers between the digits, a plus before a country code
    ("mitt nummer är noll åtta sexhundrafyrtio tjugotvå elva och jag", "PHONE",
     "noll åtta sexhundrafyrtio tjugotvå elva"),
    ("personnummer tjugo noll nio noll sex arton eh streck tre fyra fem nio och han", "PNR",
     "tjugo noll nio noll sex arton eh streck tre fyra fem nio"),
    ("ring mig på plus fyrtiosex sjuttio sex sju åtta nio noll noll fyra fyra", "PHONE",
     "plus fyrtiosex sjuttio sex sju åtta nio noll noll fyra fyra"),
    ("mejla linnea punkt vikström snabela hotmail punkt se så", "EMAIL",
     "linnea punkt vikström snabela hotmail punkt se"),
    # entrances, floors and a flat said in one breath with the postnummer
    ("adressen är trädgårdsslingan åttiofem uppgång b en trappa upp ja", "ADDRESS",
     "trädgårdsslingan åttiofem uppgång b en trappa upp"),
    ("till kvarnbacken nitton b uppgång två lägenhet fjortonhundraett så", "ADDRESS",
     "kvarnbacken nitton b uppgång två lägenhet fjortonhundraett"),
    ("lägenhet på sjömansgränd sju a andra våningen han har", "ADDRESS",
     "sjömansgränd sju a andra våningen"),
    ("sen gästgivaregatan tre lgh tolvhundraett två sex fyra tre tre ängelholm", "ADDRESS",
     "gästgivaregatan tre lgh tolvhundraett två sex fyra tre tre ängelholm"),
    ("skicka till ingegerd holm box fyrtiotvå sju sju sex trettio hedemora", "ADDRESS",
     "box fyrtiotvå sju sju sex trettio hedemora"),
    ("jag bor hos min kusin så det blir care of hamid rahimi och sen", "ADDRESS",
     "care of hamid rahimi"),
    # "noll" in one word with the number after it; English digits and cues; "c o"; a flat
    # number that opens with "ett"; "dot" and a number word in a said e-mail address
    ("ring mig på nolltrettiotvå fyrtioett sjuttiosex tolv", "PHONE",
     "nolltrettiotvå fyrtioett sjuttiosex tolv"),
    ("you can call me on zero seven three one one four dash two two eight five thanks",
     "PHONE", "zero seven three one one four dash two two eight five"),
    ("please text plus four six seven two one one five five three nine zero", "PHONE",
     "plus four six seven two one one five five three nine zero"),
    ("my personal identity number is eight eight zero two one four five five six one",
     "PNR", "eight eight zero two one four five five six one"),
    ("skicka brevet till c o lindhagen och sen", "ADDRESS", "c o lindhagen"),
    ("jag bor på ekbacken tre lgh ett noll två ett och", "ADDRESS",
     "ekbacken tre lgh ett noll två ett"),
    ("reach me at sanna dot holt at live dot se please", "EMAIL",
     "sanna dot holt at live dot se"),
    ("mejla oskar punkt wik sextiofyra snabel a telia punkt com", "EMAIL",
     "oskar punkt wik sextiofyra snabel a telia punkt com"),
    # no street word, but an entrance after the number
    ("hon bor på tallbacka tre uppgång c en trappa upp", "ADDRESS",
     "tallbacka tre uppgång c en trappa upp"),
])
def test_read_aloud(text: str, kind: str, said: str) -> None:
    assert (kind, said) in types(text)


def test_numbers_read_aloud_that_are_no_personal_data() -> None:
    for text in ("ärende nummer två noll två fyra tre fyra fem sex sju om bygglov",
                 "bussen går fyra eller fem gånger klockan tio över sju",
                 "Snöröjningen på Storgatan tre gånger i veckan", "o s v och t ex",
                 "det kostar tvåhundra kronor",
                 "jag ringde växeln noll fem sju tre nio tre tusen först",
                 "ring kommunens växel noll tjugo noll sex hundra om ni vill",
                 "fakturanummer fyra fyra sju åtta nio ett två noll på ettusen kronor",
                 "skriv till bygglov snabel a vallby punkt se",
                 "Can you help me take care of this immediately?",
                 # "tusen" said on its own counts an amount, not a phone number's digits
                 "fakturan nummer trettiotvå tusen fyrahundra elva gäller vatten",
                 "the one two three steps are listed on page four",
                 "my case number is two zero two four one one five five six",
                 "det blir en lgh en trappa upp"):
        assert types(text) == [], text


def test_filler_words_between_a_cue_and_a_name() -> None:
    assert "[NAMN]" in redact_text("ja hej det här är eh margareta lund jag ringer")
    assert types("hej jag heter eh ja det spelar ingen roll") == []


def test_a_span_holds_the_text_as_written() -> None:
    # the name rules see the filler blanked out; the span still shows it as it was said
    assert types("mamma heter eh Gun-Britt eh Sjöberg och bor här") == [
        ("NAME", "Gun-Britt eh Sjöberg")]


def test_a_spelled_name_and_the_word_it_spells() -> None:
    # letter by letter or with a phonetic alphabet; the name said before it is the same name
    assert types("mitt efternamn är tjernström t j e r n s t r ö m tack") == [
        ("NAME", "tjernström"), ("NAME", "t j e r n s t r ö m")]
    found = types("jag heter dalia eh okafor det stavas o som olle k som karl a som adam "
                  "f som filip o som olle r som rudolf och")
    assert ("NAME", "okafor") in found
    assert ("NAME", "o som olle k som karl a som adam f som filip o som olle r som rudolf"
            ) in found
    assert types("det var a som i apa och b som i bil") == []
