"""The guard in tests/conftest.py: a test that reads beside the repository fails."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_opening_the_shared_data_folder_is_refused_and_recorded(outside_guard) -> None:
    refused = outside_guard.OutsideRepositoryError
    target = REPO.parent / "shared" / "data" / "accesslogs" / "edge-access.log"
    with pytest.raises(refused, match="outside the repository"):
        open(target, encoding="utf-8")  # the open itself is what is refused
    with pytest.raises(refused):
        os.listdir(REPO.parent / "shared" / "data")
    with pytest.raises(refused):
        os.scandir(REPO.parent / "shared" / "data" / "audio")
    # recorded, so the test fails even if the code under test swallowed the error
    assert str(target) in outside_guard.outside_paths
    outside_guard.outside_paths.clear()  # (this test wanted the refusal)


def test_a_swallowed_refusal_still_fails_the_test(pytester: pytest.Pytester) -> None:
    pytester.makeconftest((REPO / "tests" / "conftest.py").read_text(encoding="utf-8")
                          .replace("REPO = Path(__file__).resolve().parents[1]",
                                   f"REPO = Path({str(REPO)!r})"))
    pytester.makepyfile(test_sneaky=f"""
        def test_reads_beside_the_repository():
            try:
                open({str(REPO.parent / "shared" / "data" / "x.csv")!r})
            except Exception:
                pass
        def test_reads_its_own_files(tmp_path):
            (tmp_path / "a.txt").write_text("ok")
            assert open(tmp_path / "a.txt").read() == "ok"
            assert open({str(REPO / "pyproject.toml")!r}).read()
        """)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, errors=1)  # the body passed, the guard failed it
    result.stdout.fnmatch_lines(["*opened outside the repository*shared/data/x.csv*"])


def test_what_is_inside_and_outside(outside_guard, monkeypatch) -> None:
    outside_repository = outside_guard.outside_repository
    assert outside_repository(str(REPO.parent / "shared" / "data" / "contacts" / "x.csv"))
    assert outside_repository("/anywhere/else/shared/data/x.csv")
    # beside a checkout in /srv/checkouts (a clone in /tmp has only the /shared/data rule,
    # since everything beside it is a temporary folder)
    monkeypatch.setattr(outside_guard, "_BESIDE", "/srv/checkouts/")
    assert outside_repository("/srv/checkouts/another-checkout/tests/data/x.csv")
    assert not outside_repository("/srv/checkouts/.config/x.toml")
    assert not outside_repository("/srv/elsewhere/x.csv")
    assert not outside_repository(str(REPO / "tests" / "data" / "contacts" / "pii_gold.jsonl"))
    assert not outside_repository(os.path.join(os.path.realpath("/tmp"), "pytest-of-x", "a"))
    assert not outside_repository(os.path.expanduser("~/.cache/podcast/models"))
    assert not outside_repository("/usr/share/zoneinfo/UTC")
