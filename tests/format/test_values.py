"""Single values of the richer format: numbers, amounts, yes/no, addresses; written as people
write them, with messages that name the right spelling."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import PlanWriter, run_check

from werkplan import i18n
from werkplan.checker import CheckResult
from werkplan.model import Costs, Funding
from werkplan.problems import Message
from werkplan.validate import values
from werkplan.validate.values import Issue


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1100000", 1100000),
        ("1.5", 1.5),
        ("-40", -40),
        ("+5", 5),
        (" 7 ", 7),
        (".5", 0.5),
        ("5.", 5.0),
        ("1e3", 1000),
        ("1100000.0", 1100000.0),
        ("0", 0),
        ("999999999999999", 999999999999999),
    ],
)
def test_plain_numbers(text: str, number: float) -> None:
    read = values.number(text)
    assert read == number
    assert type(read) is type(number)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("1.100.000 €", "1100000"),
        ("110.000 €/a", "110000"),
        ("1,5", "1.5"),
        ("1,5 VZÄ", "1.5"),
        ("2.480 t/a", "2480"),
        ("1.100.000,-", "1100000"),
        ("1.234,56 EUR", "1234.56"),
        ("1,100,000", "1100000"),
        ("1_000", "1000"),
        ("1 100 000", "1100000"),
        ("450.000 Euro", "450000"),
        ("12 %", "12"),
    ],
)
def test_german_and_decorated_numbers_name_the_number_to_write(text: str, suggestion: str) -> None:
    read = values.number(text)
    assert isinstance(read, Issue)
    assert (read.rule, read.message, read.args["number"]) == (
        "invalid-type",
        "number_written",
        suggestion,
    )


@pytest.mark.parametrize(
    "text",
    [
        "NaN",
        "nan",
        ".nan",
        "inf",
        "-inf",
        ".inf",
        "Infinity",
        "0x10",
        "0b11",
        "true",
        "",
        "viel",
        "1..5",
        "--5",
        "5 6 7 Tonnen und mehr",
    ],
)
def test_what_is_no_number(text: str) -> None:
    read = values.number(text)
    assert isinstance(read, Issue)
    assert read.message in ("not_a_number", "number_written")


@pytest.mark.parametrize(
    "text", ["1e308", "1e400", "1e15", "99999999999999999999999", "-99999999999999999999999"]
)
def test_a_number_too_large_says_so(text: str) -> None:
    read = values.number(text)
    assert isinstance(read, Issue)
    assert (read.rule, read.message) == ("invalid-type", "number_too_large")
    assert i18n.render(Message.of(read.message, key="value", **read.args), "de") == (
        f"`value`: „{text}“ ist zu groß. werkplan liest Zahlen unter einer Billiarde (10^15), "
        "darüber wären Summen nicht mehr genau."
    )
    assert "is too large" in i18n.render(Message.of(read.message, key="value", **read.args), "en")


@pytest.mark.parametrize("text", ["9999-Q4", "9999", "1899-06", "2201-H1", "0000-12-31"])
def test_a_time_frame_with_a_year_out_of_range_names_the_range(text: str) -> None:
    read = values.time_frame(text)
    assert isinstance(read, Issue)
    message = Message.of(read.message, **read.args)
    if text == "0000-12-31":  # a day: the message of exact dates, with the same range
        assert i18n.render(message, "de").endswith("zwischen 1900 und 2200 liegen.")
        return
    assert i18n.render(message, "de") == f"„{text}“: Das Jahr muss zwischen 1900 und 2200 liegen."
    assert i18n.render(message, "en") == f"'{text}': the year must lie between 1900 and 2200."


def test_numbers_outside_their_range() -> None:
    read = values.number("-1", minimum=0)
    assert isinstance(read, Issue)
    assert (read.message, read.args["range"]) == ("number_out_of_range", "0 …")
    read = values.number("101", 0, 100)
    assert isinstance(read, Issue)
    assert read.args["range"] == "0 … 100"
    assert values.number("100", 0, 100) == 100
    assert values.number("-0.5", maximum=0) == -0.5


@pytest.mark.parametrize(
    ("text", "number"), [("40", 40), (" 40 ", 40), ("0", 0), ("100", 100), ("007", 7)]
)
def test_whole_numbers(text: str, number: int) -> None:
    assert values.whole_number(text, 0, 100) == number


@pytest.mark.parametrize("text", ["101", "-1", "4.0", "1e2", "", "vierzig", "1234567890"])
def test_no_whole_number_in_range(text: str) -> None:
    read = values.whole_number(text, 0, 100)
    assert isinstance(read, Issue)
    assert read.message == "not_whole_number"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("true", True),
        ("Yes", True),
        ("ja", True),
        ("JA", True),
        ("on", True),
        ("false", False),
        ("no", False),
        ("Nein", False),
        ("off", False),
    ],
)
def test_yes_and_no(text: str, answer: bool) -> None:
    assert values.yes_no(text) is answer


@pytest.mark.parametrize("text", ["vielleicht", "1", "0", "", "jein"])
def test_neither_yes_nor_no(text: str) -> None:
    assert isinstance(values.yes_no(text), Issue)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.landkreis-rostock.de/",
        "http://example.org/beschluss?id=21&x=1#teil",
        "HTTPS://EXAMPLE.ORG",
        "mailto:demografie@example.org",
        " https://example.org/mit-leerzeichen-außen ",
    ],
)
def test_addresses_a_report_may_link(url: str) -> None:
    assert values.link(url) == url.strip()


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "javascript://example.org/%0Aalert(1)",
        "file:///etc/passwd",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "ftp://example.org/datei",
        "../bericht.pdf",
        "/bericht.pdf",
        "bericht.pdf",
        "www.example.org",
        "//example.org/pfad",
        "https:",
        "https://",
        "https:///pfad",
        "mailto:",
        "mailto:niemand",
        "https://example.org/mit leerzeichen",
        "https://example.org/\nzeile",
        "https://[::1",
        "",
    ],
)
def test_anything_else_is_an_invalid_url(url: str) -> None:
    read = values.link(url)
    assert isinstance(read, Issue)
    assert (read.rule, read.message) == ("invalid-url", "invalid_url")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("2026-Q4", "date_needs_day"),
        ("2026", "date_needs_day"),
        ("31.12.2026", "date_german"),
        ("2026-2-3", "date_padding"),
        ("2026-02-30", "date_bad_day"),
        ("morgen", "date_not_iso"),
    ],
)
def test_exact_days(text: str, key: str) -> None:
    read = values.exact_date(text)
    assert isinstance(read, Issue)
    assert read.message == key
    assert values.exact_date("2024-02-29") == dt.date(2024, 2, 29)


MEASURE = """\
measures:
  - id: M-1
    title: Treffpunkt
    goals: [Z-1]
    owner: amt
    due: 2026-12-31
    status: in_progress
    updated: 2026-11-01
"""


def check_lines(write_plan: PlanWriter, *lines: str) -> CheckResult:
    text = MEASURE + "".join(f"    {line}\n" for line in lines)
    return run_check(write_plan({"m.yaml": text}))


@pytest.mark.parametrize(
    ("costs", "read"),
    [
        ("{total: 1100000}", Costs(total=1100000)),
        ("{total: '1100000', per_year: \"110000\"}", Costs(total=1100000, per_year=110000)),
        ("{staff: 1.5}", Costs(staff=1.5)),
        ("{staff: '1.5'}", Costs(staff=1.5)),
        ("{total: 0}", Costs(total=0)),
        (
            "{by_year: {2027: 450000, 2026: '450000'}, note: geschätzt}",
            Costs(by_year=((2026, 450000), (2027, 450000)), note="geschätzt"),
        ),
        ("{by_year: {'2026': 1.5}}", Costs(by_year=((2026, 1.5),))),
        ("{}", Costs()),
    ],
)
def test_costs(write_plan: PlanWriter, costs: str, read: Costs) -> None:
    result = check_lines(write_plan, f"costs: {costs}")
    assert result.problems == ()
    assert result.plan.measures[0].costs == read


def test_costs_as_a_german_amount_name_the_number(write_plan: PlanWriter) -> None:
    result = check_lines(write_plan, 'costs: {total: "1.100.000 €", per_year: 110.000 €/a}')
    total, per_year = result.problems
    assert (total.rule, total.line, total.column) == ("invalid-type", 9, 20)
    assert i18n.render(total.message, "de") == (
        "`total`: „1.100.000 €“ ist als Zahl so nicht lesbar. Schreiben Sie `1100000` – ohne "
        "Tausenderpunkte, Einheit oder €, mit Dezimalpunkt."
    )
    assert i18n.render(total.message, "en") == (
        "`total`: '1.100.000 €' cannot be read as a number. Write `1100000` – without "
        "thousands separators, unit or €, with a decimal point."
    )
    assert per_year.message.arguments["number"] == "110000"
    assert result.plan.measures[0].costs == Costs()


@pytest.mark.parametrize(
    ("costs", "key"),
    [
        ("{staff: '1,5'}", "number_written"),
        ("{total: -40}", "number_out_of_range"),
        ("{per_year: -1}", "number_out_of_range"),
        ("{total: .nan}", "not_a_number"),
        ("{total: .inf}", "not_a_number"),
        ("{total: 1e400}", "number_too_large"),
        ("{total: 99999999999999999999999}", "number_too_large"),
        ("{total: true}", "not_a_number"),
        ("{total: [1]}", "wrong_type"),
        ("{total: {a: 1}}", "wrong_type"),
        ("{by_year: {2026: '450.000 €'}}", "number_written"),
        ("{by_year: {2026: -5}}", "number_out_of_range"),
        ("{by_year: {2026: [1]}}", "wrong_type"),
        ("{by_year: {'26': 1}}", "not_a_year"),
        ("{by_year: {abc: 1}}", "not_a_year"),
        ("{by_year: {2026.5: 1}}", "not_a_year"),
        ("{by_year: {~: 1}}", "not_a_year"),
        ("{by_year: {0001: 1}}", "not_a_year"),
        ("{by_year: {'9999': 1}}", "not_a_year"),
        ("{by_year: [2026, 450000]}", "wrong_type"),
        ("{by_year: 450000}", "wrong_type"),
        ("1100000", "wrong_type"),
        ("[1100000]", "wrong_type"),
    ],
)
def test_costs_that_are_not_amounts(write_plan: PlanWriter, costs: str, key: str) -> None:
    result = check_lines(write_plan, f"costs: {costs}")
    (problem,) = result.problems
    assert (problem.rule, problem.message.key) == ("invalid-type", key)
    i18n.render(problem.message, "de")
    i18n.render(problem.message, "en")


def test_by_year_keys_must_be_years_and_say_how(write_plan: PlanWriter) -> None:
    (problem,) = check_lines(write_plan, "costs: {by_year: {nächstes: 5}}").problems
    assert i18n.render(problem.message, "de") == (
        "`by_year`: „nächstes“ ist keine Jahreszahl. Schreiben Sie Beträge je Jahr als "
        "`by_year: {2026: 450000, 2027: 450000}`."
    )


def test_funding(write_plan: PlanWriter) -> None:
    result = check_lines(
        write_plan,
        "funding:",
        "  - {source: Bund, amount: 500000, status: approved, note: Programm}",
        "  - {source: Land, amount: '100000', status: Beantragt}",
        "  - {source: Stiftung, status: Rejected}",
        "  - {source: Kreis, amount: 1.5, status: Ausgezahlt}",
        "  - {source: Eigenmittel}",
    )
    assert result.problems == ()
    assert result.plan.measures[0].funding == (
        Funding(source="Bund", amount=500000, status="approved", note="Programm"),
        Funding(source="Land", amount=100000, status="applied"),
        Funding(source="Stiftung", status="rejected"),
        Funding(source="Kreis", amount=1.5, status="paid"),
        Funding(source="Eigenmittel"),
    )


@pytest.mark.parametrize(
    ("funding", "rule", "key"),
    [
        ("[{source: Bund, status: genehmigt}]", "invalid-choice", "invalid_choice"),
        ("[{source: Bund, status: undone}]", "invalid-choice", "invalid_choice"),
        ("[{source: Bund, amount: '50.000 €'}]", "invalid-type", "number_written"),
        ("[{source: Bund, amount: -5}]", "invalid-type", "number_out_of_range"),
        ("[{amount: 5}]", "missing-key", "missing_inner_key"),
        ("[{source: ~}]", "missing-key", "missing_inner_key"),
        ("[{source: ''}]", "missing-key", "missing_inner_key"),
        ("[Bund]", "invalid-shape", "record_not_mapping"),
        ("[~]", "invalid-shape", "record_not_mapping"),
        ("{source: Bund}", "invalid-type", "wrong_type"),
        ("Bund", "invalid-type", "scalar_for_records"),
        ("[{source: Bund, betrag: 5}]", "unknown-key", "unknown_key"),
    ],
)
def test_funding_that_does_not_fit(
    write_plan: PlanWriter, funding: str, rule: str, key: str
) -> None:
    result = check_lines(write_plan, f"funding: {funding}")
    (problem,) = result.problems
    assert (problem.rule, problem.message.key) == (rule, key)


def test_funding_status_never_suggests_the_opposite(write_plan: PlanWriter) -> None:
    (problem,) = check_lines(
        write_plan, "funding: [{source: Bund, status: nicht bewilligt}]"
    ).problems
    assert problem.message.arguments["suggestion"] == ""
    (problem,) = check_lines(write_plan, "funding: [{source: Bund, status: bewiligt}]").problems
    assert problem.message.arguments["suggestion"] == "approved"


def test_links_and_decisions(write_plan: PlanWriter) -> None:
    result = check_lines(
        write_plan,
        "links:",
        "  - {title: Konzept, url: 'https://example.org/konzept.pdf'}",
        "  - url: mailto:demografie@example.org",
        "decisions:",
        "  - body: amt",
        "    date: 2025-03-13",
        "    reference: DS 2023/123",
        "    title: Grundsatzbeschluss",
        "    url: https://example.org/ds-2023-123",
        "  - {reference: V/0021/2019}",
    )
    assert result.problems == ()
    measure = result.plan.measures[0]
    assert [link.url for link in measure.links] == [
        "https://example.org/konzept.pdf",
        "mailto:demografie@example.org",
    ]
    assert measure.decisions[0].body == "amt"
    assert measure.decisions[0].date == dt.date(2025, 3, 13)
    assert measure.decisions[1].reference == "V/0021/2019"


@pytest.mark.parametrize(
    "url", ["'javascript:alert(1)'", "'file:///etc/passwd'", "'data:text/html,x'", "../x.pdf"]
)
def test_a_link_that_is_no_web_address_is_an_error_and_is_left_out(
    write_plan: PlanWriter, url: str
) -> None:
    result = check_lines(write_plan, "links:", f"  - {{title: X, url: {url}}}")
    problems = [(p.rule, p.line) for p in result.problems]
    assert problems == [("invalid-url", 10)]
    assert result.plan.measures[0].links == ()
    text = i18n.render(result.problems[0].message, "de")
    assert text.endswith("Erlaubt sind `https://…`, `http://…` und `mailto:…`.")


def test_a_decision_with_a_bad_url_or_date(write_plan: PlanWriter) -> None:
    result = check_lines(
        write_plan,
        "decisions:",
        "  - {date: 2025-03-13, url: 'javascript:alert(1)'}",
        "  - {date: 2025, reference: DS 1}",
        "  - {body: ghost, reference: DS 2}",
    )
    assert [(p.rule, p.line) for p in result.problems] == [
        ("invalid-url", 10),
        ("invalid-date", 11),
        ("unknown-reference", 12),
    ]
    decisions = result.plan.measures[0].decisions
    assert [(d.date, d.url, d.reference) for d in decisions] == [
        (dt.date(2025, 3, 13), None, None),
        (None, None, "DS 1"),
        (None, None, "DS 2"),
    ]


def test_the_plan_has_decisions_and_links_too(write_plan: PlanWriter) -> None:
    plan = """\
plan:
  title: Testplan
  organisation: Landkreis Test
  decisions:
    - {body: beirat, date: 2024-03-13, title: Beschluss des Plans}
    - {body: kreistag, date: 2024-03-13}
  links:
    - {url: 'javascript:alert(1)'}
actors:
  - {id: beirat, name: Beirat, kind: board}
"""
    result = run_check(write_plan({"plan.yaml": plan}, base=False))
    assert [(p.rule, p.line) for p in result.problems] == [
        ("unknown-reference", 6),
        ("invalid-url", 8),
    ]
    assert result.plan.info is not None
    assert len(result.plan.info.decisions) == 2
