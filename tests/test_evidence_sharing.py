"""Handing another state's investigators records or files is judicial cooperation (COOPERATE
063), as sharing evidence is."""

from tests.conftest import event_rows


def test_shared_records_with_foreign_police(coder):
    rows = event_rows(
        coder, "Turkish officials shared the ship's records with Greek police in May.", "2026-06-10"
    )
    assert [
        r
        for r in rows
        if r[0] == "COOPERATE" and r[2][0].startswith("TUR") and r[3][0].startswith("GRC")
    ], rows


def test_shared_files_with_prosecutors(coder):
    rows = event_rows(coder, "Serbia shared its files with Croatian prosecutors.", "2026-06-10")
    assert [r for r in rows if r[0] == "COOPERATE" and r[3][0].startswith("HRV")], rows
