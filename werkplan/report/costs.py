"""The report's section on costs and funding: sums from werkplan.findings.costs, per field of
action and for the whole report, each amount ready to print ("1.100.000 €")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from werkplan import i18n
from werkplan.findings import costs as cost_findings
from werkplan.model import Measure, Number, Plan
from werkplan.report.views import CostRow, CostSection


def cost_section(
    plan: Plan, language: str, measures: list[Measure], fields: Iterable[tuple[str, str]]
) -> CostSection | None:
    """Sums over ``measures`` (the report's), per field of ``fields`` (id, title) and in all;
    None when none of them states a cost or any funding."""
    total = cost_findings.plan_cost_sums(measures)
    if not total.measures and not total.funding_by_status:
        return None
    years = tuple(total.by_year)
    by_field: dict[str, list[Measure]] = defaultdict(list)
    for measure in measures:
        for field_id in plan.fields_of(measure):
            by_field[field_id].append(measure)
    rows = []
    for field_id, title in fields:
        sums = cost_findings.plan_cost_sums(by_field.get(field_id, []))
        if sums.measures:
            rows.append(_row(title, sums, years, language))
    return CostSection(
        years=years,
        fields=tuple(rows),
        total=_row(i18n.text("total", language), total, years, language),
        funding_by_status=tuple(
            (i18n.label("funding_status", status, language, plan.labels), _amount(v, language))
            for status, v in _in_vocabulary_order(total.funding_by_status)
        ),
        funding_by_source=tuple(
            (source, _amount(v, language)) for source, v in total.funding_by_source.items()
        ),
        funding_secured=_amount(total.secured, language),
    )


def _row(
    title: str, sums: cost_findings.CostSums, years: tuple[int, ...], language: str
) -> CostRow:
    return CostRow(
        title=title,
        measures=sums.measures,
        total=_amount(sums.total, language),
        per_year=_amount(sums.per_year, language),
        staff="" if sums.staff is None else i18n.format_number(sums.staff, language),
        by_year=tuple(_amount(sums.by_year.get(year), language) for year in years),
    )


def _amount(value: Number | None, language: str) -> str:
    return "" if value is None else i18n.format_amount(value, language)


_FUNDING_ORDER = ("planned", "applied", "approved", "paid", "rejected")


def _in_vocabulary_order(by_status: dict[str, Number]) -> list[tuple[str, Number]]:
    """Funding from planned to paid, rejected last: the way money comes in."""
    rank = {status: index for index, status in enumerate(_FUNDING_ORDER)}
    return sorted(by_status.items(), key=lambda item: rank.get(item[0], len(rank)))
