"""Indicators as written: every key, values inline and from a values file, and the rules on
their figures (range, duplicates, regions, references) and on their verdicts."""

from __future__ import annotations

import pytest
from conftest import MINIMAL_PLAN, TODAY, PlanWriter, run_check

from werkplan import i18n
from werkplan.checker import CheckResult
from werkplan.load.values_file import MAX_ROWS
from werkplan.model import SeriesPoint, Source
from werkplan.timeframes import parse

PLAN = MINIMAL_PLAN.replace(
    "  - {id: nord, name: Nord}", "  - {id: nord, name: Nord}\n  - {id: sued, name: Süd}"
)
MEASURE = (
    "measures:\n  - {id: M-1, title: T, goals: [Z-1], owner: amt, status: ongoing, "
    "updated: 2026-11-01}\n"
)

FULL = """\
indicators:
  - id: K-TREFF
    title: Offene Begegnungsorte
    description: Orte mit generationenübergreifendem Angebot
    unit: Orte
    decimals: 0
    direction: increase
    goals: [Z-1]
    measures: [M-1]
    source: {name: Beispielwerte, url: "https://example.org/daten", license: dl-de/by-2-0}
    resolution: year
    update_every_days: 400
    regions: [nord, sued]
    min: 0
    max: 100
    baseline: {date: 2024, value: 5, note: Zählung}
    targets: [{date: 2026, value: 9}, {date: 2027, value: 12, region: nord}]
    values:
      - {date: 2025, value: 7}
      - {date: 2026-Q1, region: nord, value: 2, note: vorläufig}
    visibility: internal
"""


def check(write_plan: PlanWriter, indicators: str, **files: str | bytes) -> CheckResult:
    """The plan with these indicators; ``werte__k_csv=…`` writes the file werte/k.csv."""
    written: dict[str, str | bytes] = {"plan.yaml": PLAN, "m.yaml": MEASURE, "k.yaml": indicators}
    for name, content in files.items():
        written[name.replace("__", "/").replace("_csv", ".csv")] = content
    return run_check(write_plan(written))


def placed(result: CheckResult) -> list[tuple[str, int, str]]:
    return [(p.path.name, p.line, p.rule) for p in result.problems]


def test_every_key_of_an_indicator(write_plan: PlanWriter) -> None:
    result = check(write_plan, FULL)
    assert result.problems == ()
    (indicator,) = result.plan.indicators
    assert (indicator.unit, indicator.decimals, indicator.direction) == ("Orte", 0, "increase")
    assert (indicator.goals, indicator.measures, indicator.regions) == (
        ("Z-1",),
        ("M-1",),
        ("nord", "sued"),
    )
    assert indicator.source == Source(
        name="Beispielwerte", url="https://example.org/daten", license="dl-de/by-2-0"
    )
    assert (indicator.resolution, indicator.update_every_days) == ("year", 400)
    assert (indicator.min, indicator.max, indicator.visibility) == (0, 100, "internal")
    assert indicator.baseline == SeriesPoint(date=parse("2024"), value=5, note="Zählung")
    assert [(str(t.date), t.value, t.region) for t in indicator.targets] == [
        ("2026", 9, None),
        ("2027", 12, "nord"),
    ]
    assert indicator.values[1] == SeriesPoint(
        date=parse("2026-Q1"), value=2, region="nord", note="vorläufig"
    )
    assert indicator.at("values.1.region").line == 20


@pytest.mark.parametrize(
    ("line", "rule", "key"),
    [
        ("decimals: 7", "invalid-type", "not_whole_number"),
        ("decimals: -1", "invalid-type", "not_whole_number"),
        ("update_every_days: 0", "invalid-type", "not_whole_number"),
        ("direction: rauf", "invalid-choice", "invalid_choice"),
        ("resolution: jährlich", "invalid-choice", "invalid_choice"),
        ("min: '1,5'", "invalid-type", "number_written"),
        ("source: {url: 'javascript:alert(1)'}", "invalid-url", "invalid_url"),
        ("source: Statistikamt", "invalid-type", "wrong_type"),
        ("baseline: {value: 5}", "missing-key", "missing_inner_key"),
        ("baseline: {date: 2024}", "missing-key", "missing_inner_key"),
        ("baseline: {date: 2024, value: 5, region: nord}", "unknown-key", "unknown_key"),
        ("targets: [{value: 5}]", "missing-key", "missing_inner_key"),
        ("targets: [{date: 2030}]", "missing-key", "missing_inner_key"),
        ("targets: [{date: Ende 2030, value: 5}]", "invalid-date", "timeframe_written"),
        ("values: [{date: 2025, value: viel}]", "invalid-type", "not_a_number"),
        ("values: [{date: 2025, value: '1.234,5'}]", "invalid-type", "number_written"),
        ("values: [{date: 2025, value: .nan}]", "invalid-type", "not_a_number"),
        ("values: {date: 2025, value: 1}", "invalid-type", "wrong_type"),
        ("values: [7]", "invalid-shape", "record_not_mapping"),
        ("visibility: geheim", "invalid-choice", "invalid_choice"),
        ("goals: Z-1", "invalid-type", "scalar_for_list"),
    ],
)
def test_keys_that_do_not_fit(write_plan: PlanWriter, line: str, rule: str, key: str) -> None:
    text = f"indicators:\n  - id: K-1\n    title: Orte\n    {line}\n"
    result = check(write_plan, text)
    (problem,) = result.problems
    assert (problem.rule, problem.message.key, problem.line) == (rule, key, 4)


def test_an_indicator_needs_id_and_title(write_plan: PlanWriter) -> None:
    result = check(write_plan, "indicators:\n  - {unit: Orte}\n  - {id: K-2}\n")
    assert [(p.line, p.message.arguments["key"]) for p in result.problems] == [
        (2, "id"),
        (2, "title"),
        (3, "title"),
    ]


def test_a_target_without_a_date_is_reported_and_left_out(write_plan: PlanWriter) -> None:
    text = "indicators:\n  - id: K-1\n    title: Orte\n    targets:\n      - {value: 5}\n"
    result = check(write_plan, text)
    (problem,) = result.problems
    assert i18n.render(problem.message, "de") == (
        "Kennzahl K-1: Die Angabe `date` in Zielwert 1 fehlt oder ist leer. Ergänzen Sie `date: …`."
    )
    assert result.plan.indicators[0].targets == ()


def test_references_to_unknown_goals_measures_and_regions(write_plan: PlanWriter) -> None:
    text = """\
indicators:
  - id: K-1
    title: Orte
    goals: [Z-9]
    measures: [M-9]
    regions: [west]
    targets: [{date: 2030, value: 5, region: ost}]
    values: [{date: 2025, value: 1, region: nordd}]
"""
    result = check(write_plan, text)
    found = [
        (p.line, p.message.arguments["key"], p.message.arguments["target"])
        for p in result.problems
        if p.rule == "unknown-reference"
    ]
    assert found == [
        (4, "goals", "Z-9"),
        (5, "measures", "M-9"),
        (6, "regions", "west"),
        (7, "region", "ost"),
        (8, "region", "nordd"),
    ]
    nordd = result.problems[-1]
    assert nordd.message.arguments["suggestion"] == "nord"


def test_values_outside_min_and_max(write_plan: PlanWriter) -> None:
    text = """\
indicators:
  - id: K-1
    title: Anteil
    unit: "%"
    decimals: 1
    min: 0
    max: 100
    baseline: {date: 2020, value: -1}
    targets: [{date: 2030, value: 120}]
    values: [{date: 2025, value: 50}, {date: 2026, value: 100.5}]
"""
    result = check(write_plan, text)
    assert [(p.line, p.rule) for p in result.problems] == [
        (8, "indicator-value-out-of-range"),
        (9, "indicator-value-out-of-range"),
        (10, "indicator-value-out-of-range"),
    ]
    assert i18n.render(result.problems[2].message, "de") == (
        "Kennzahl K-1: Der Wert 100,5 % liegt außerhalb der möglichen Werte (0,0 % … 100,0 %). "
        "Prüfen Sie Wert und Einheit."
    )


def test_only_a_minimum_or_a_maximum(write_plan: PlanWriter) -> None:
    text = """\
indicators:
  - {id: K-1, title: X, min: 0, values: [{date: 2025, value: -3}]}
  - {id: K-2, title: X, max: 10, unit: t, values: [{date: 2025, value: 11}]}
"""
    below, above = check(write_plan, text).problems
    assert (below.rule, above.rule) == ("indicator-value-out-of-range",) * 2
    assert i18n.render(below.message, "de") == (
        "Kennzahl K-1: Der Wert -3 liegt unter dem kleinsten möglichen Wert (0). "
        "Prüfen Sie Wert und Einheit."
    )
    assert i18n.render(above.message, "en") == (
        "Indicator K-2: the value 11 t lies above the largest possible value (10 t). "
        "Check value and unit."
    )


def test_two_values_for_one_date_and_region(write_plan: PlanWriter) -> None:
    text = """\
indicators:
  - id: K-1
    title: Orte
    targets: [{date: 2030, value: 5}, {date: 2030, value: 6}, {date: 2030, value: 3, region: nord}]
    values:
      - {date: 2025, value: 1}
      - {date: 2025, value: 2, region: nord}
      - {date: 2025, value: 3}
      - {date: 2025-12-31, value: 4}
      - {date: 2025-Q4, value: 5}
"""
    result = check(write_plan, text)
    duplicates = [p for p in result.problems if p.rule == "duplicate-indicator-value"]
    assert [p.line for p in duplicates] == [4, 8]
    assert str(duplicates[1].message.arguments["first"]).endswith("k.yaml:6:9")


def test_a_region_the_indicator_does_not_list(write_plan: PlanWriter) -> None:
    text = """\
indicators:
  - id: K-1
    title: Orte
    regions: [nord]
    targets: [{date: 2030, value: 3, region: sued}]
    values: [{date: 2025, value: 2, region: nord}, {date: 2025, value: 2, region: sued}]
"""
    result = check(write_plan, text)
    assert [(p.line, p.column, p.rule) for p in result.problems] == [
        (5, 46, "indicator-region-not-listed"),
        (6, 83, "indicator-region-not-listed"),
    ]
    unlisted = (
        "indicators:\n  - {id: K-1, title: O, values: [{date: 2025, value: 2, region: sued}]}\n"
    )
    assert check(write_plan, unlisted).problems == ()  # without `regions`, any region


def test_values_from_a_values_file(write_plan: PlanWriter) -> None:
    text = FULL.replace("    visibility: internal\n", "    values_file: werte/treff.csv\n")
    csv = "date;value;region;note\n2026-06-30;8,5;;Zählung\n2026-H1;5;nord;\n"
    result = check(write_plan, text, werte__treff_csv=csv)
    assert result.problems == ()
    values = result.plan.indicators[0].values
    assert [(str(v.date), v.value, v.region, v.note) for v in values] == [
        ("2025", 7, None, None),
        ("2026-Q1", 2, "nord", "vorläufig"),
        ("2026-06-30", 8.5, None, "Zählung"),
        ("2026-H1", 5, "nord", None),
    ]
    position = result.plan.indicators[0].at("values.3")
    assert (position.path.name, position.line) == ("treff.csv", 3)
    assert result.plan.skipped == ()


@pytest.mark.parametrize(
    ("csv", "values"),
    [
        ('date,value\n2024,2.5\n2025,"3,5"\n', [2.5, 3.5]),
        ("\ufeffDatum;Wert;Region;Anmerkung\n2024;1,5;nord;x\n", [1.5]),
        ("Jahr;Wert\r\n2024;1\r\n\r\n2025;2\r\n", [1, 2]),
        ("value;date\n7;2024\n", [7]),
        ('date;value;note\n2024;5;"zwei\nZeilen"\n2025;6;\n', [5, 6]),
        ("date;value\n", []),
    ],
)
def test_values_file_forms(write_plan: PlanWriter, csv: str, values: list[float]) -> None:
    text = "indicators:\n  - {id: K-1, title: X, values_file: k.csv}\n"
    result = check(write_plan, text, k_csv=csv)
    assert result.problems == ()
    assert [v.value for v in result.plan.indicators[0].values] == values


def test_bad_rows_are_reported_with_csv_file_and_line(write_plan: PlanWriter) -> None:
    text = "indicators:\n  - {id: K-1, title: X, regions: [nord], values_file: k.csv}\n"
    csv = (
        "date;value;region\n"
        "2024;abc;\n"  # 2
        "Q4/2024;5;\n"  # 3
        "2025;1.100.000;\n"  # 4
        "2026-02-30;1;\n"  # 5
        ";;\n"  # 6: empty, skipped
        "2027;5;Nord Ost\n"  # 7
        "2028\n"  # 8
        "2023;9;sued\n"  # 9
        "2024;1;west\n"  # 10
    )
    result = check(write_plan, text, k_csv=csv)
    assert [(p.path.name, p.line, p.rule, p.message.key) for p in result.problems] == [
        ("k.csv", 2, "invalid-type", "not_a_number"),
        ("k.csv", 3, "invalid-date", "timeframe_written"),
        ("k.csv", 4, "invalid-type", "number_written"),
        ("k.csv", 5, "invalid-date", "date_bad_day"),
        ("k.csv", 7, "invalid-id", "invalid_id"),
        ("k.csv", 8, "invalid-values-file", "values_file_missing_cells"),
        ("k.csv", 9, "indicator-region-not-listed", "indicator_region_not_listed"),
        ("k.csv", 10, "indicator-region-not-listed", "indicator_region_not_listed"),
        ("k.csv", 10, "unknown-reference", "unknown_reference"),
    ]
    assert result.problems[2].message.arguments["number"] == "1100000"
    assert [str(v.date) for v in result.plan.indicators[0].values] == ["2023", "2024"]


def test_a_row_with_more_or_fewer_cells_than_the_header_is_an_error(
    write_plan: PlanWriter,
) -> None:
    """`2026,4,5` under `date,value` is 4,5 with a decimal comma, never a value of 4."""
    text = "indicators:\n  - {id: K-1, title: X, values_file: k.csv}\n"
    csv = "date,value\n2023,3\n2024,4,5\n2025\n2026,6\n"
    result = check(write_plan, text, k_csv=csv)
    assert [(p.path.name, p.line, p.rule, p.message.key) for p in result.problems] == [
        ("k.csv", 3, "invalid-values-file", "values_file_extra_cells"),
        ("k.csv", 4, "invalid-values-file", "values_file_missing_cells"),
    ]
    assert [v.value for v in result.plan.indicators[0].values] == [3, 6]
    extra, missing = result.problems
    assert i18n.render(extra.message, "de") == (
        "Die Zeile hat 3 Felder, die erste Zeile nennt aber nur 2 Spalten (date,value); so ist "
        "nicht klar, welcher Wert wohin gehört. Prüfen Sie die Trennzeichen `,` in dieser Zeile. "
        "Mit `,` als Trenner teilt ein Dezimalkomma die Zahl: Schreiben Sie `4.5` statt `4,5` "
        "oder trennen Sie die Spalten mit `;`; ein Komma in einer Anmerkung gehört in "
        "Anführungszeichen."
    )
    assert i18n.render(missing.message, "en") == (
        "The row has only 1 cell, but the first line names 2 columns (date,value). Add the "
        "missing cells; an empty cell is just the separator `,`."
    )
    semicolons = check(write_plan, text, k_csv="date;value\n2026;4;5\n").problems
    assert [p.message.key for p in semicolons] == ["values_file_extra_cells"]
    assert "Dezimalkomma" not in i18n.render(semicolons[0].message, "de")


def test_a_value_in_the_file_and_in_the_yaml(write_plan: PlanWriter) -> None:
    text = (
        "indicators:\n  - {id: K-1, title: X, values: [{date: 2024, value: 1}], "
        "values_file: k.csv}\n"
    )
    result = check(write_plan, text, k_csv="date;value\n2024;2\n")
    (problem,) = result.problems
    assert (problem.path.name, problem.line, problem.rule) == (
        "k.csv",
        2,
        "duplicate-indicator-value",
    )
    assert str(problem.message.arguments["first"]).endswith("k.yaml:2:34")


@pytest.mark.parametrize(
    ("values_file", "files", "rule", "key", "where"),
    [
        ("fehlt.csv", {}, "unreadable-file", "companion_missing", "fehlt.csv"),
        ("/etc/passwd", {}, "invalid-values-file", "values_file_path", "k.yaml"),
        ("../../draussen.csv", {}, "unreadable-file", "outside_plan_dir", "draussen.csv"),
        ("''", {}, "invalid-values-file", "values_file_path", "k.yaml"),
        ("k.csv", {"k_csv": "2024;5\n"}, "invalid-values-file", "values_file_no_header", "k.csv"),
        ("k.csv", {"k_csv": ""}, "invalid-values-file", "values_file_no_header", "k.csv"),
        (
            "k.csv",
            {"k_csv": "date;value\n2024;M\xfcnster\n".encode("latin-1")},
            "invalid-values-file",
            "values_file_encoding",
            "k.csv",
        ),
        (
            "werte",
            {"werte__x_csv": "date;value\n"},
            "invalid-values-file",
            "values_file_folder",
            "k.yaml",
        ),
    ],
)
def test_values_files_that_cannot_be_read(
    write_plan: PlanWriter,
    values_file: str,
    files: dict[str, str | bytes],
    rule: str,
    key: str,
    where: str,
) -> None:
    text = f"indicators:\n  - id: K-1\n    title: X\n    values_file: {values_file}\n"
    (problem,) = check(write_plan, text, **files).problems
    assert (problem.rule, problem.message.key, problem.path.name) == (rule, key, where)


def test_a_folder_as_values_file_is_named_at_the_yaml_line(write_plan: PlanWriter) -> None:
    text = "indicators:\n  - id: K-1\n    title: X\n    values_file: kennzahlen\n"
    (problem,) = check(write_plan, text, kennzahlen__k_csv="date;value\n2024;1\n").problems
    assert (problem.path.name, problem.line, problem.column) == ("k.yaml", 4, 18)
    assert i18n.render(problem.message, "de") == (
        "`values_file: kennzahlen` ist ein Ordner; nennen Sie eine CSV-Datei darin, z. B. "
        "`kennzahlen/k-treff.csv`."
    )
    assert "is a folder; name a CSV file" in i18n.render(problem.message, "en")


def test_a_values_file_with_too_many_rows(write_plan: PlanWriter) -> None:
    text = "indicators:\n  - {id: K-1, title: X, values_file: k.csv}\n"
    csv = "date;value\n" + ";\n" * (MAX_ROWS + 1)
    (problem,) = check(write_plan, text, k_csv=csv).problems
    assert (problem.rule, problem.message.key, problem.line) == (
        "invalid-values-file",
        "values_file_too_long",
        MAX_ROWS + 2,
    )


def test_values_file_inside_a_subfolder_is_relative_to_its_yaml(write_plan: PlanWriter) -> None:
    files = {
        "plan.yaml": PLAN,
        "m.yaml": MEASURE,
        "kennzahlen/k.yaml": "indicators:\n  - {id: K-1, title: X, values_file: werte/k.csv}\n",
        "kennzahlen/werte/k.csv": "date;value\n2024;5\n",
    }
    result = run_check(write_plan(files))
    assert result.problems == ()
    assert [v.value for v in result.plan.indicators[0].values] == [5]


VERDICTS = """\
indicators:
  - id: K-BEHIND
    title: Hinten
    unit: Orte
    baseline: {date: 2024, value: 5}
    targets: [{date: 2026, value: 9}]
    values: [{date: 2025, value: 6}]
  - id: K-MISSED
    title: Verfehlt
    targets: [{date: 2025, value: 10}, {date: 2030, value: 20}]
    values: [{date: 2020, value: 0}, {date: 2025-06, value: 8}]
  - id: K-STALE
    title: Alt
    update_every_days: 365
    values: [{date: 2024, value: 8}]
  - id: K-REGION
    title: Regional
    targets: [{date: 2030, value: 20}]
    values:
      - {date: 2020, value: 0, region: nord}
      - {date: 2025, value: 3, region: nord}
      - {date: 2020, value: 0, region: sued}
      - {date: 2025, value: 12, region: sued}
  - id: K-GUT
    title: Gut
    direction: none
    targets: [{date: 2020, value: 99}]
    values: [{date: 2025, value: 1}]
"""


def test_the_verdict_rules(write_plan: PlanWriter) -> None:
    result = check(write_plan, VERDICTS)
    assert [(p.line, p.rule, p.severity.value) for p in result.problems] == [
        (7, "indicator-behind", "warning"),
        (11, "indicator-target-missed", "warning"),
        (15, "indicator-stale", "warning"),
        (21, "indicator-behind", "warning"),
        (26, "indicator-targets-without-direction", "warning"),
    ]
    behind, missed, stale, regional, _ = result.problems
    assert i18n.render(behind.message, "de") == (
        "Kennzahl K-BEHIND: Der Wert 6 Orte (2025) liegt hinter dem Weg zum nächsten "
        "Zielwert; auf dem Weg wären es 7 Orte."
    )
    assert i18n.render(missed.message, "de") == (
        "Kennzahl K-MISSED: Zielwert 10 für 2025 nicht erreicht; letzter Wert 8 (Juni 2025)."
    )
    assert i18n.render(missed.message, "en") == (
        "Indicator K-MISSED: target 10 for 2025 not reached; latest value 8 (June 2025)."
    )
    assert i18n.render(stale.message, "de").startswith(
        "Kennzahl K-STALE: Der letzte Wert ist von 2024, seit 694 Tagen kein neuer (erwartet "
        "spätestens alle 365 Tage)."
    )
    assert i18n.render(regional.message, "de").startswith("Kennzahl K-REGION (Nord): Der Wert 3")


def test_a_verdict_on_a_value_from_the_values_file_points_at_its_row(
    write_plan: PlanWriter,
) -> None:
    text = (
        "indicators:\n  - {id: K-1, title: X, baseline: {date: 2024, value: 5}, "
        "targets: [{date: 2026, value: 9}], values_file: k.csv}\n"
    )
    result = check(write_plan, text, k_csv="date;value\n2025;6\n")
    (problem,) = result.problems
    assert (problem.path.name, problem.line, problem.rule) == ("k.csv", 2, "indicator-behind")


def test_verdict_rules_follow_today(write_plan: PlanWriter) -> None:
    files = {"plan.yaml": PLAN, "m.yaml": MEASURE, "k.yaml": VERDICTS}
    early = run_check(write_plan(files), TODAY.replace(year=2025, month=1, day=10))
    assert "indicator-target-missed" not in {p.rule for p in early.problems}
    assert "indicator-stale" not in {p.rule for p in early.problems}
