"""Personal-data redaction: each type, the tricky cases, and precision/recall on shared data."""

from __future__ import annotations

import csv
import json

import pytest

from podcast.themes.redact import find_pii, redact_text


def check_digit(nine: str) -> str:
    """Luhn check digit, computed here independently of the module under test."""
    digits = [int(c) for c in nine]
    total = 0
    for i, d in enumerate(digits):
        p = d * (2 - i % 2)
        total += p // 10 + p % 10
    return str((10 - total % 10) % 10)


def pnr(yymmdd: str, serial: str = "123") -> str:
    return yymmdd + serial + check_digit(yymmdd + serial)


VALID = pnr("800115")  # 10 digits, valid
BAD = VALID[:-1] + str((int(VALID[-1]) + 1) % 10)


def types(text: str) -> list[tuple[str, str]]:
    return [(s.type, s.text) for s in find_pii(text)]


@pytest.mark.parametrize("written", [
    f"19{VALID[:6]}-{VALID[6:]}",        # century and dash
    f"{VALID[:6]}-{VALID[6:]}",          # without century
    f"{VALID[:6]}+{VALID[6:]}",          # over 100 years old
    f"{VALID[:6]}\u2013{VALID[6:]}",     # en dash (Word/Outlook)
    f"19{VALID}",                        # 12 digits, no separator
    f"19{VALID[:6]} {VALID[6:]}",        # space
])
def test_personnummer_forms(written: str) -> None:
    assert types(f"Kunden ringde, {written}, om bygglov") == [("PNR", written)]
    assert "[PNR]" in redact_text(f"Kunden ringde, {written}, om bygglov")


def test_samordningsnummer_day_plus_60() -> None:
    number = pnr("850271", "234")  # day 11 + 60
    assert types(f"samordningsnr {number[:6]}-{number[6:]}")[0][0] == "PNR"
    assert types(f"se {number[:6]}-{number[6:]} tack")[0][0] == "PNR"


def test_bad_check_digit_only_after_a_cue() -> None:
    written = f"{BAD[:6]}-{BAD[6:]}"
    assert types(f"se {written} tack") == []
    assert types(f"pnr {written}") == [("PNR", written)]
    assert types(f"personnummer: {written}") == [("PNR", written)]
    assert types(f"Pnr: 19{BAD[:6]}-{BAD[6:9]}")[0][0] == "PNR"  # check digit missing


def test_invoice_and_ocr_numbers_are_kept() -> None:
    ocr = VALID  # passes Luhn, like many OCR numbers do
    assert types(f"Se OCR {ocr}, tack") == []
    assert types(f"fakturanr {ocr}") == []
    assert types(f"Faktura {ocr[:6]}-{ocr[6:]} är fel") == []
    assert types(f"org.nr {ocr[:6]}-{ocr[6:]}") == []


@pytest.mark.parametrize("phone", [
    "070-123 45 67", "0701234567", "+46 70 123 45 67", "+46701234567", "0046 70-123 45 67",
    "08-123 456 78", "031-12 34 56", "+46 (0)70-123 45 67",
])
def test_phone_numbers(phone: str) -> None:
    assert types(f"Nås på {phone} efter lunch") == [("PHONE", phone)]


def test_dates_and_case_numbers_are_not_phones() -> None:
    assert types("Ärendet inkom 2024-01-15 och avslutades") == []
    assert types("Se ärendenr 2023-85691 för detaljer") == []


@pytest.mark.parametrize("mail", ["anna.svensson@example.se", "a_b+c@kommun.se",
                                  "anna.svensson(at)example.se", "kalle [at] mail.com"])
def test_email(mail: str) -> None:
    assert types(f"skriv till {mail} tack") == [("EMAIL", mail)]


@pytest.mark.parametrize("text,address", [
    ("Jag bor på Kyrkogatan 7 B i stan", "Kyrkogatan 7 B"),
    ("Adress Storg. 12, 123 45 Storby", "Storg. 12, 123 45 Storby"),
    ("skicka till Box 123 tack", "Box 123"),
    ("bor på drottninggatan 58, 727 86 storstad", "drottninggatan 58, 727 86 storstad"),
    ("Gäller Sjövägen 42A.", "Sjövägen 42A"),
])
def test_addresses(text: str, address: str) -> None:
    assert types(text) == [("ADDRESS", address)]


def test_street_name_without_number_is_kept() -> None:
    assert types("bil felparkerad på Kyrkogatan i flera dagar") == []
    assert types("felanmälan gatubelysning. 2024-06-07 info lämnad") == []


@pytest.mark.parametrize("text,name", [
    ("Anna Svensson ringer ang. snöröjning", "Anna Svensson"),
    ("Mvh Kalle Ankdahl", "Kalle Ankdahl"),
    ("säga upp platsen. /Per Andersson", "Per Andersson"),
    ("status på bygglovet // hanna persson", "hanna persson"),
    ("mvh johan", "johan"),
    ("Tack på förhand! Zeynep Gustafsson", "Zeynep Gustafsson"),
    ("Anna-Karin Lund ringde om sopor", "Anna-Karin Lund"),
])
def test_names(text: str, name: str) -> None:
    assert ("NAME", name) in types(text)


def test_words_that_look_like_names_are_kept() -> None:
    assert types("Kvinna ringer, ring tillbaka") == []
    assert types("Kostar 50 kr per dag") == []
    assert types("Man ringer om bygglov") == []


def test_placeholders_replace_everything() -> None:
    text = (f"Hej! Jag heter Eva Lind, pnr {VALID[:6]}-{VALID[6:]}, tel 070-111 22 33, "
            "eva@example.se, bor på Ekvägen 3. Mvh Eva Lind")
    red = redact_text(text)
    for leak in ("Eva", "Lind", "070", "@", "Ekvägen 3", VALID[:6]):
        assert leak not in red
    assert red.count("[NAMN]") == 2 and "[PNR]" in red and "[TEL]" in red
    assert "[EPOST]" in red and "[ADRESS]" in red


def test_precision_recall_on_shared_gold(shared_data) -> None:
    folder = shared_data / "contacts"
    with open(folder / "contacts_3k.csv", encoding="utf-8-sig", newline="") as fh:
        texts = {int(r["id"]): r["fritext"] for r in csv.DictReader(fh)}
    gold: dict[int, list[dict]] = {}
    with open(folder / "contacts_3k_pii.jsonl", encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            gold[item["id"]] = item["spans"]
    stats: dict[str, list[int]] = {}
    for i, text in texts.items():
        g = list(gold.get(i, []))
        for span in find_pii(text):
            tp, fp, fn = stats.setdefault(span.type, [0, 0, 0])
            hit = next((x for x in g if x["type"] == span.type
                        and x["start"] < span.end and span.start < x["end"]), None)
            if hit is None:
                stats[span.type][1] += 1
            else:
                g.remove(hit)
                stats[span.type][0] += 1
        for x in g:
            stats.setdefault(x["type"], [0, 0, 0])[2] += 1
    assert set(stats) == {"PNR", "PHONE", "EMAIL", "ADDRESS", "NAME"}
    for kind, (tp, fp, fn) in stats.items():
        assert tp / (tp + fp) >= 0.95, (kind, tp, fp, fn)
        assert tp / (tp + fn) >= 0.95, (kind, tp, fp, fn)
