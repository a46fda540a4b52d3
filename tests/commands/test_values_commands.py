"""`werkplan values add` and `werkplan import-values`: indicator values into the YAML (comments
and layout kept) or the values file (delimiter, encoding and line ends kept), checked as one
change of the whole plan, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from export_plan import VALUES_FILE, snapshot, write_rich_plan
from helpers import cli

from werkplan.writers.round_trip import comments

TODAY = ["--today", "2026-11-25"]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return write_rich_plan(tmp_path)


def values_add(plan: Path, *args: str) -> Any:
    return cli(["values", "add", *args, str(plan), *TODAY])


def import_values(sheet: Path, plan: Path, *extra: str) -> Any:
    return cli(["import-values", str(sheet), str(plan), *TODAY, *extra])


def indicators(plan: Path) -> str:
    return (plan / "kennzahlen.yaml").read_text(encoding="utf-8")


def assert_valid(plan: Path) -> None:
    result = cli(["check", str(plan), *TODAY])
    assert "0 Fehler" in result.stdout or "Keine Probleme" in result.stdout, result.stdout


# --- values add ------------------------------------------------------------------------------


def test_a_value_joins_the_yaml_in_the_style_of_the_others(plan: Path) -> None:
    before = indicators(plan)
    result = values_add(plan, "K-1", "--date", "2026", "--value", "9")
    assert result.exit_code == 0, result.output
    assert result.stdout == "K-1: Wert 2026 = 9 Orte neu\n"
    assert "Geschrieben:" in result.stderr
    assert "kennzahlen.yaml" in result.stderr
    text = indicators(plan)
    assert text == before.replace(
        "      - {date: 2025, region: nord, value: 3}\n",
        "      - {date: 2025, region: nord, value: 3}\n      - {date: 2026, value: 9}\n",
    )
    assert comments(before) == comments(text)
    assert_valid(plan)


def test_region_by_name_decimal_comma_day_and_note(plan: Path) -> None:
    result = values_add(
        plan, "K-1", "--date", "31.12.2026", "--value", "4,5", "--region", "Nord-Ost",
        "--note", "Zählung im Dezember",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout == "K-1: Wert 31.12.2026 (Nord-Ost) = 4,5 Orte neu\n"
    assert (
        "      - {date: 2026-12-31, value: 4.5, region: nord, note: Zählung im Dezember}\n"
        in indicators(plan)
    )
    assert_valid(plan)


def test_a_first_value_makes_the_values_list(plan: Path) -> None:
    path = plan / "kennzahlen.yaml"
    text = indicators(plan)
    start, end = text.index("    values:\n"), text.index("  - id: K-2")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    result = values_add(plan, "K-1", "--date", "3. Quartal 2025", "--value", "6")
    assert result.exit_code == 0, result.output
    assert (
        "    targets: [{date: 2027, value: 12}]\n    values:\n      - {date: 2025-Q3, value: 6}\n"
        in (indicators(plan))
    )
    assert_valid(plan)


def test_new_values_keep_the_key_order_of_fmt(plan: Path, tmp_path: Path) -> None:
    formatted = cli(["fmt", str(plan)])
    assert formatted.exit_code == 0, formatted.output
    added = values_add(plan, "K-1", "--date", "2026", "--value", "9", "--region", "nord")
    assert added.exit_code == 0, added.output
    sheet = tmp_path / "werte.csv"
    sheet.write_text(LONG, encoding="utf-8")
    imported = import_values(sheet, plan)
    assert imported.exit_code == 0, imported.output
    assert "{date: 2026, value: 4, region: sued, note: Zählung}" in indicators(plan)
    check = cli(["fmt", str(plan), "--check"])
    assert check.exit_code == 0, check.output


def test_a_value_joins_the_values_file_as_excel_wrote_it(plan: Path) -> None:
    result = values_add(plan, "K-2", "--date", "2025-Q3", "--value", "29,4")
    assert result.exit_code == 0, result.output
    assert result.stdout == "K-2: Wert 3. Quartal 2025 = 29,4 % neu\n"
    assert (plan / "werte" / "k-2.csv").read_bytes() == VALUES_FILE + b"2025-Q3;29,4;;\r\n"
    assert_valid(plan)


def test_a_values_file_with_bom_commas_and_no_last_line_break(plan: Path) -> None:
    path = plan / "werte" / "k-2.csv"
    path.write_bytes(
        b'\xef\xbb\xbfdate,value,note\n2023,28.4,\n2024,28.9,"vorl\xc3\xa4ufig, gesch\xc3\xa4tzt"'
    )
    result = values_add(plan, "K-2", "--date", "2025", "--value", "29,1", "--note", "Zensus, neu")
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == (
        b'\xef\xbb\xbfdate,value,note\n2023,28.4,\n2024,28.9,"vorl\xc3\xa4ufig, gesch\xc3\xa4tzt"\n'
        b'2025,29.1,"Zensus, neu"\n'
    )
    assert_valid(plan)


def test_a_region_needs_a_region_column_in_the_values_file(plan: Path) -> None:
    path = plan / "werte" / "k-2.csv"
    path.write_bytes(b"date;value\n2023;28,4\n")
    before = snapshot(plan)
    result = values_add(plan, "K-2", "--date", "2025", "--value", "29", "--region", "nord")
    assert result.exit_code == 1
    assert "keine Spalte „region“" in result.stderr
    assert snapshot(plan) == before


def test_a_value_for_a_date_and_region_already_there_is_refused(plan: Path) -> None:
    before = snapshot(plan)
    result = values_add(plan, "K-1", "--date", "2025", "--value", "8", "--region", "nord")
    assert result.exit_code == 1
    assert "K-1 hat für 2025 (Nord-Ost) schon den Wert 3 Orte" in result.stderr
    assert "kennzahlen.yaml:15" in result.stderr
    assert "--replace" in result.stderr
    result = values_add(plan, "K-2", "--date", "2024", "--value", "28,9")
    assert result.exit_code == 1
    assert "k-2.csv:3" in result.stderr
    assert snapshot(plan) == before


def test_replace_changes_the_value_where_it_is_written(plan: Path) -> None:
    before = indicators(plan)
    result = values_add(plan, "K-1", "--date", "2025", "--value", "8", "--replace")
    assert result.exit_code == 0, result.output
    assert result.stdout == "K-1: Wert 2025: 7 Orte → 8 Orte\n"
    assert indicators(plan) == before.replace("{date: 2025, value: 7}", "{date: 2025, value: 8}")
    result = values_add(plan, "K-2", "--date", "2024", "--value", "29", "--replace")
    assert result.exit_code == 0, result.output
    assert (plan / "werte" / "k-2.csv").read_bytes() == VALUES_FILE.replace(
        b"2024;28,9;", b"2024;29;"
    )
    assert_valid(plan)


@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (["K-1", "--date", "2026", "--value", "150"], 1, "außerhalb der möglichen Werte"),
        (
            ["K-1", "--date", "2026", "--value", "7", "--region", "nordost"],
            2,
            "Meinten Sie `nord`?",
        ),
        (["K-9", "--date", "2026", "--value", "7"], 2, "Eine Kennzahl „K-9“ gibt es im Plan nicht"),
        (["K-1", "--date", "irgendwann", "--value", "7"], 2, "--date irgendwann:"),
        (["K-1", "--date", "2026", "--value", "7 Orte"], 2, "„7 Orte“ ist keine Zahl"),
        (["K-1", "--date", "2026", "--value", "1.234"], 2, "kann 1234 oder"),
        (["K-1", "--date", "2026", "--value", "1.100.000 €"], 2, "Schreiben Sie 1100000"),
    ],
)
def test_what_cannot_be_a_value_writes_nothing(
    plan: Path, args: list[str], code: int, said: str
) -> None:
    before = snapshot(plan)
    result = values_add(plan, *args)
    assert result.exit_code == code, result.output
    assert said in result.stderr
    assert snapshot(plan) == before


def test_a_region_the_indicator_does_not_list_is_refused(plan: Path) -> None:
    path = plan / "plan.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "  - {id: sued, name: Süd-West}\n",
            "  - {id: sued, name: Süd-West}\n  - {id: mitte, name: Mitte}\n",
        ),
        encoding="utf-8",
    )
    before = snapshot(plan)
    result = values_add(plan, "K-1", "--date", "2026", "--value", "2", "--region", "mitte")
    assert result.exit_code == 1
    assert "mitte" in result.stderr
    assert "nord, sued" in result.stderr
    assert snapshot(plan) == before


# --- import-values ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "ods"])
def test_an_exported_value_table_reads_back_unchanged(plan: Path, tmp_path: Path, fmt: str) -> None:
    sheet = tmp_path / f"werte.{fmt}"
    exported = cli(["export", str(plan), *TODAY, "--indicators", "-f", fmt, "-o", str(sheet)])
    assert exported.exit_code == 0, exported.output
    before = snapshot(plan)
    result = import_values(sheet, plan)
    assert (result.exit_code, result.stdout) == (0, ""), result.output
    assert "Keine Änderungen" in result.stderr
    assert snapshot(plan) == before


LONG = """\
Kennzahl;Datum;Region;Wert;Anmerkung
K-1;2026;;9;
K-1;2026;Süd-West;4;Zählung
K-2;2025;;29,3;
K-2;2024;;28,9;
"""


def test_long_form_with_german_headers(plan: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "werte.csv"
    sheet.write_text(LONG, encoding="utf-8")
    result = import_values(sheet, plan)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "K-1: Wert 2026 = 9 Orte neu",
        "K-1: Wert 2026 (Süd-West) = 4 Orte neu",
        "K-2: Wert 2025 = 29,3 % neu",  # 2024 is there with the same value: no change
    ]
    assert "3 Werte neu, 0 ersetzt." in result.stderr
    assert (
        "      - {date: 2026, value: 9}\n"
        "      - {date: 2026, value: 4, region: sued, note: Zählung}\n" in indicators(plan)
    )
    assert (plan / "werte" / "k-2.csv").read_bytes() == VALUES_FILE + b"2025;29,3;;\r\n"
    assert_valid(plan)


def wide_sheet(path: Path) -> Path:
    """A table as a statistics office publishes it: a title row, a blank row, years as number
    headers, regions by name, '.' for a value not available."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Offene Begegnungsorte nach Planungsregion"])
    sheet.append([])
    sheet.append(["Kennzahl", "Region", "Einheit", 2024, 2025, 2026])
    sheet.append(["K-1", None, "Orte", 5, 7, 10])
    sheet.append(["K-1", "Nord-Ost", "Orte", 2, 3, "."])
    sheet.append(["Offene Begegnungsorte", "sued", "Orte", None, 4, 5])
    book.save(path)
    return path


def test_wide_form_as_statistics_offices_publish(plan: Path, tmp_path: Path) -> None:
    sheet = wide_sheet(tmp_path / "statistik.xlsx")
    result = import_values(sheet, plan, "--dry-run")
    assert result.exit_code == 0, result.output
    lines = [
        "K-1: Wert 2024 = 5 Orte neu",
        "K-1: Wert 2026 = 10 Orte neu",
        "K-1: Wert 2024 (Nord-Ost) = 2 Orte neu",
        "K-1: Wert 2025 (Süd-West) = 4 Orte neu",
        "K-1: Wert 2026 (Süd-West) = 5 Orte neu",
    ]
    assert result.stdout.splitlines() == lines
    assert "Nichts geschrieben (--dry-run). Es kämen 5 Werte hinzu" in result.stderr
    before = snapshot(plan)
    assert snapshot(plan) == before
    result = import_values(sheet, plan)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == lines
    assert_valid(plan)
    assert import_values(sheet, plan).stdout == ""  # a second time: nothing new


def test_period_headers_and_english_headers(plan: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "quarters.csv"
    sheet.write_text("Indicator (id),Region (id),2026-Q1,Q2/2026,30.09.2026\nK-1,nord,1,2,3\n")
    result = import_values(sheet, plan, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "K-1: value Q1 2026 (Nord-Ost) = 1 Orte new",
        "K-1: value Q2 2026 (Nord-Ost) = 2 Orte new",
        "K-1: value 2026-09-30 (Nord-Ost) = 3 Orte new",
    ]
    assert "{date: 2026-Q2, value: 2, region: nord}" in indicators(plan)
    assert "{date: 2026-09-30, value: 3, region: nord}" in indicators(plan)


def test_a_formula_without_its_result_is_named_not_dropped(plan: Path, tmp_path: Path) -> None:
    """A script (here openpyxl) saves `=40+3` without calculating it: the file holds no value."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Kennzahl", "Datum", "Wert"])
    sheet.append(["K-1", 2026, 9])
    sheet.append(["K-1", 2027, "=40+3"])
    path = tmp_path / "werte.xlsx"
    book.save(path)
    before = snapshot(plan)
    result = import_values(path, plan)
    assert result.exit_code == 1
    assert f"{path}: Zeile 3, Spalte C („Wert“): Die Zelle enthält die Formel „=40+3“, aber " in (
        result.stderr
    )
    assert "Öffnen und speichern Sie die Datei in Excel oder LibreOffice" in result.stderr
    assert snapshot(plan) == before
    english = import_values(path, plan, "--lang", "en")
    assert "holds the formula '=40+3' but no calculated value" in english.stderr


def test_an_ods_formula_without_its_result_is_kept_as_such() -> None:
    from werkplan.imports.bounds import Uncomputed
    from werkplan.imports.ods_rows import _value

    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0 "
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0 "
    assert _value({table + "formula": "of:=40+3"}, "") == Uncomputed("of:=40+3")
    assert str(Uncomputed("of:=40+3")) == "=40+3"
    computed = {
        table + "formula": "of:=40+3",
        office + "value-type": "float",
        office + "value": "43",
    }
    assert _value(computed, "43") == 43


def test_every_bad_cell_is_named_and_nothing_is_written(plan: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "werte.csv"
    sheet.write_text(
        "Kennzahl;Zeitpunkt;Region;Wert\n"
        "K-1;2026;;9\n"  # fine, but the others spoil it
        "K-11;2026;;1\n"
        "K-1;bald;;1\n"
        "K-1;2027;Ostsee;1\n"
        "K-1;2027;;12a\n"
        "K-1;2027;;150\n"
        "K-1;2026;;9\n"
        "K-1;2025;;8\n"
        ";2026;;3\n",
        encoding="utf-8",
    )
    before = snapshot(plan)
    result = import_values(sheet, plan)
    assert result.exit_code == 1
    lines = [line.removeprefix(f"{sheet}: ") for line in result.stderr.splitlines()]
    assert lines[:8] == [
        "Zeile 3, Spalte A („Kennzahl“): Eine Kennzahl „K-11“ gibt es im Plan nicht. "
        "Meinten Sie `K-1`?",
        "Zeile 4, Spalte B („Zeitpunkt“): „bald“ ist kein Zeitpunkt. Schreiben Sie ein Jahr "
        "(2025), ein Halbjahr (2025-H2), ein Quartal (2025-Q3), einen Monat (2025-06) oder "
        "einen Tag (31.12.2025).",
        "Zeile 5, Spalte C („Region“): Eine Region „Ostsee“ gibt es im Plan nicht (weder als "
        "ID noch als Name).",
        "Zeile 6, Spalte D („Wert“): „12a“ ist keine Zahl.",
        "Zeile 7, Spalte D („Wert“): Kennzahl K-1: Der Wert 150 Orte liegt außerhalb der "
        "möglichen Werte (0 Orte … 100 Orte). Prüfen Sie Wert und Einheit.",
        "Zeile 8, Spalte D („Wert“): Der Wert von K-1 für 2026 steht schon in Zeile 2. Jeden "
        "Wert nur einmal eintragen.",
        "Zeile 9, Spalte D („Wert“): K-1 hat für 2025 schon den Wert 7 Orte "
        f"({plan / 'kennzahlen.yaml'}:14), hier steht 8 Orte. Mit --replace ersetzt werkplan "
        "den Wert im Plan.",
        "Zeile 10: Die Zeile hat Werte, aber keine Kennzahl. Tragen Sie die ID der Kennzahl ein.",
    ]
    assert "Nichts geschrieben" in result.stderr
    assert snapshot(plan) == before


def test_replace_overwrites_in_yaml_and_values_file(plan: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "werte.csv"
    sheet.write_text("Kennzahl;Zeitpunkt;Wert\nK-1;2025;8\nK-2;2023;28,5\n", encoding="utf-8")
    before = indicators(plan)
    result = import_values(sheet, plan, "--replace")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "K-1: Wert 2025: 7 Orte → 8 Orte",
        "K-2: Wert 2023: 28,4 % → 28,5 %",
    ]
    assert "0 Werte neu, 2 ersetzt." in result.stderr
    assert indicators(plan) == before.replace("{date: 2025, value: 7}", "{date: 2025, value: 8}")
    assert (plan / "werte" / "k-2.csv").read_bytes() == VALUES_FILE.replace(
        b"2023;28,4;", b"2023;28,5;"
    )
    assert_valid(plan)


def test_a_sheet_without_a_known_header_is_a_usage_error(plan: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "irgendwas.csv"
    sheet.write_text("Name;Zahl\nA;1\n", encoding="utf-8")
    result = import_values(sheet, plan)
    assert result.exit_code == 2
    assert "In den ersten 20 Zeilen steht keine Kopfzeile" in result.stderr
    missing = import_values(tmp_path / "fehlt.xlsx", plan)
    assert missing.exit_code == 2
    assert "gibt es nicht" in missing.stderr


@pytest.mark.parametrize(
    ("cell", "number"),
    [
        (7, 7),
        (7.0, 7),
        (28.4, 28.4),
        ("7", 7),
        ("7,5", 7.5),
        ("7.5", 7.5),
        ("-0,25", -0.25),
        ("1.234,5", 1234.5),
        ("1.234.567", 1234567),
        ("1,234.5", 1234.5),
        ("1 234", 1234),
        ("0,125", 0.125),
        ("'-5", -5),  # the apostrophe a CSV export puts before a text like a formula
    ],
)
def test_numbers_as_sheets_and_people_write_them(cell: object, number: float) -> None:
    from werkplan.imports.values import read_number

    read = read_number(cell)
    assert read == number
    assert type(read) is type(number)


@pytest.mark.parametrize(
    ("cell", "key"),
    [
        ("1.234", "import_ambiguous_number"),
        ("1,234", "import_ambiguous_number"),
        ("12a", "import_bad_number"),
        ("7 Orte", "import_bad_number"),
        (True, "import_bad_number"),
        (float("nan"), "import_bad_number"),
        (1e300, "import_bad_number"),
    ],
)
def test_what_is_no_number_is_never_guessed(cell: object, key: str) -> None:
    from werkplan.imports.values import read_number
    from werkplan.problems import Message

    read = read_number(cell)
    assert isinstance(read, Message)
    assert read.key == key


def test_a_dry_run_says_what_a_real_run_would_refuse(plan: Path, tmp_path: Path) -> None:
    (plan / "werte" / "k-2.csv").write_bytes(b"date;value\n2023;28,4\n")
    sheet = tmp_path / "werte.csv"
    sheet.write_text("Kennzahl;Zeitpunkt;Region;Wert\nK-2;2025;nord;29\n", encoding="utf-8")
    before = snapshot(plan)
    result = import_values(sheet, plan, "--dry-run")
    assert result.exit_code == 1
    assert "k-2.csv: Die Wertedatei hat keine Spalte „region“" in result.stderr
    assert snapshot(plan) == before


def test_block_style_values_stay_block_style_with_their_comments(plan: Path) -> None:
    path = plan / "kennzahlen.yaml"
    path.write_text(
        indicators(plan).replace(
            "      - {date: 2025, value: 7}\n      - {date: 2025, region: nord, value: 3}\n",
            "      - date: 2025\n        value: 7  # gezählt\n"
            "      - date: 2025\n        region: nord\n        value: 3\n",
        ),
        encoding="utf-8",
    )
    assert values_add(plan, "K-1", "--date", "2026", "--value", "8").exit_code == 0
    result = values_add(plan, "K-1", "--date", "2025", "--value", "6", "--replace")
    assert result.exit_code == 0, result.output
    assert (
        "      - date: 2025\n        value: 6  # gezählt\n"
        "      - date: 2025\n        region: nord\n        value: 3\n"
        "      - date: 2026\n        value: 8\n"
    ) in indicators(plan)
    assert_valid(plan)


def test_a_sheet_with_more_values_than_werkplan_takes_is_refused(
    plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from werkplan.imports import indicator_values

    monkeypatch.setattr(indicator_values, "MAX_VALUES", 5)
    sheet = tmp_path / "viel.csv"
    years = ";".join(str(year) for year in range(2000, 2010))
    sheet.write_text(f"Kennzahl;{years}\nK-1;{';'.join(['1'] * 10)}\n", encoding="utf-8")
    before = snapshot(plan)
    result = import_values(sheet, plan)
    assert result.exit_code == 2
    assert "gibt bis Zeile 2 mehr als 5 Werte an" in result.stderr
    assert snapshot(plan) == before
