"""Memory stays bounded whatever a log holds: huge notes are cut with a warning, huge
workbooks and cells are refused before they are opened.

The commands run in a child process with an address-space cap, and their peak memory is
read back from the operating system (a memory cap, not a timing)."""

from __future__ import annotations

import csv
import io
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from podcast.contactlog import MAX_NOTE_CHARS, MAX_XLSX_UNPACKED, cut_text, read_logs

openpyxl = pytest.importorskip("openpyxl")

#: The child may not map more than this (a regression fails fast instead of eating the
#: machine); its peak resident memory must stay under PEAK_MB.
ADDRESS_SPACE = 6 * 2**30
PEAK_MB = 1200

_WRAPPER = """
import resource, subprocess, sys
limit = int(sys.argv[1])
def cap():
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
p = subprocess.run(sys.argv[2:], preexec_fn=cap, capture_output=True, text=True, timeout=600)
sys.stdout.write(p.stdout)
sys.stderr.write(p.stderr)
print("PEAK_KB", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
sys.exit(p.returncode)
"""


def run_capped(*args: str, cwd: Path) -> tuple[int, str, int]:
    """(exit code, stderr, peak MB) of ``podcast ARGS`` under the address-space cap."""
    p = subprocess.run([sys.executable, "-c", _WRAPPER, str(ADDRESS_SPACE), sys.executable,
                        "-m", "podcast", *args], cwd=cwd, capture_output=True, text=True,
                       timeout=900)
    peak = int(p.stderr.rsplit("PEAK_KB", 1)[1].split()[0]) // 1024
    return p.returncode, p.stderr.rsplit("PEAK_KB", 1)[0], peak


def _workbook_with_cell(path: Path, size: int) -> Path:
    """A real workbook whose one note holds ``size`` characters, written in chunks (the
    file stays small on disk: repeated text compresses a thousandfold)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["datum", "fritext"])
    ws.append(["2026-01-02", "PLATSHALLARE"])
    ws.append(["2026-01-03", "Hur söker jag bygglov för ett attefallshus?"])
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if b"PLATSHALLARE" not in data:
                out.writestr(info, data)
                continue
            head, tail = data.split(b"PLATSHALLARE")
            with out.open(info.filename, "w", force_zip64=True) as member:
                member.write(head)
                chunk = b"snoplogning " * (2**20 // 12)
                written = 0
                while written < size:
                    member.write(chunk[:size - written])
                    written += min(len(chunk), size - written)
                member.write(tail)
    return path


def test_cut_text_cuts_at_a_space() -> None:
    text = "ord " * 5000
    cut = cut_text(text, 1001)
    assert len(cut) <= 1001 and cut.endswith("ord") and text.startswith(cut)
    assert cut_text("kort", 10) == "kort"


def test_a_long_note_is_cut_with_a_warning_naming_file_and_row(tmp_path: Path,
                                                               caplog) -> None:
    path = tmp_path / "logg.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["datum", "fritext"])
        w.writerow(["2026-01-02", "Hur söker jag bygglov?"])
        w.writerow(["2026-01-03", "plogvall " * 5000])
    log = read_logs([path])
    assert [len(t) <= MAX_NOTE_CHARS for t in log.texts] == [True, True]
    assert log.cut == 1
    warning = [r.getMessage() for r in caplog.records if "were cut" in r.getMessage()]
    assert warning and str(path) in warning[0] and "line 3" in warning[0]


@pytest.mark.slow
def test_a_huge_note_runs_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "logg.csv"
    with path.open("w", encoding="utf-8") as f:
        f.write("datum;fritext\n")
        for i in range(60):
            f.write(f"2026-01-{i % 28 + 1:02d};Hur söker jag bygglov för ett attefallshus?\n")
            f.write(f"2026-01-{i % 28 + 1:02d};När kommer plogbilen till vår gata?\n")
        f.write("2026-01-05;" + "snöplogning på gatan " * (60 * 2**20 // 22) + "\n")
    code, err, peak = run_capped("themes", str(path), "--method", "lexical", "--top", "3",
                                 cwd=tmp_path)
    assert code == 0, err
    assert "were cut" in err and "line 122" in err
    assert peak < PEAK_MB, f"peak {peak} MB"


@pytest.mark.slow
def test_a_workbook_that_unpacks_too_big_is_refused_before_opening(tmp_path: Path) -> None:
    path = _workbook_with_cell(tmp_path / "bomb.xlsx", MAX_XLSX_UNPACKED + 2**20)
    assert path.stat().st_size < 2 * 2**20
    for command in (["themes", str(path), "--method", "lexical"],
                    ["redact", str(path), "--output", str(tmp_path / "ut.xlsx")]):
        code, err, peak = run_capped(*command, cwd=tmp_path)
        assert code not in (0, 70), err
        lines = [ln for ln in err.splitlines() if ln.strip()]
        assert len(lines) == 1 and "bomb.xlsx" in lines[0] and "unpacks to" in lines[0], err
        assert "Traceback" not in err
        assert peak < PEAK_MB, f"peak {peak} MB"
    assert not (tmp_path / "ut.xlsx").exists()


def test_a_workbook_cell_longer_than_excel_allows_is_refused(tmp_path: Path, runner) -> None:
    from podcast.cli import cli

    path = _workbook_with_cell(tmp_path / "lang.xlsx", 3 * 2**20)
    res = runner.invoke(cli, ["themes", str(path), "--method", "lexical"])
    assert res.exit_code not in (0, 70)
    assert "lang.xlsx" in res.output and "32,767 characters" in res.output


def test_an_ordinary_workbook_still_reads(tmp_path: Path) -> None:
    path = _workbook_with_cell(tmp_path / "ok.xlsx", 5000)
    log = read_logs([path])
    assert len(log.texts) == 2 and log.cut == 0


def test_redact_keeps_a_long_cell_whole_and_redacts_all_of_it(tmp_path: Path) -> None:
    from podcast.privacy.redact_log import REDACT_PIECE_CHARS, redact_log

    note = ("Ring Anna Svensson på 070-123 45 67 om plogvallen. " * 8000).strip()
    assert len(note) > 3 * REDACT_PIECE_CHARS
    path = tmp_path / "logg.csv"
    path.write_text(f"datum;fritext\n2026-01-02;{note}\n", encoding="utf-8")
    result = redact_log(path, tmp_path / "ut.csv")
    text = (tmp_path / "ut.csv").read_text(encoding="utf-8-sig")
    assert "070-123" not in text and "Svensson" not in text
    assert text.count("plogvallen") == 8000  # nothing lost between the pieces
    assert result.cells == 1


def test_the_address_space_cap_is_real() -> None:
    """The cap the memory tests rely on stops a process that maps more."""
    code = ("import resource; resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30)); "
            "b = bytearray(2 * 2**30)")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert p.returncode != 0 and "MemoryError" in p.stderr
    assert resource.RLIMIT_AS
