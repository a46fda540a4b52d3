"""A plan that uses only the keys werkplan knew before the richer format (issues 13–15) is
checked exactly as before: the same problems, places, severities and words.

tests/fixtures/old-keys/expected.json was written by werkplan at commit 19e4baf, the last
one before the richer format, checking that folder on TODAY; only the folder's path is
replaced by {dir}. Warnings as well as errors are compared. Two wordings changed on purpose
since: an invalid actor id now says how to add the actor (`werkplan new actor`), and
no-due-date names the time frames a deadline may be (`due: 2026-Q4`). Warnings of rules
added since (LATER_RULES) are left out of the comparison and checked on their own.
"""

from __future__ import annotations

import json

from conftest import REPO, TODAY, run_check

from werkplan import i18n

OLD_KEYS = REPO / "tests" / "fixtures" / "old-keys"
# M-22 names its owner `amt` among its partners too: a warning since (actor-twice).
LATER_RULES = {"actor-twice": [("massnahmen.yaml", 79)]}


def test_a_plan_with_only_the_old_keys_gets_exactly_the_old_problems() -> None:
    expected = json.loads((OLD_KEYS / "expected.json").read_text(encoding="utf-8"))
    result = run_check(OLD_KEYS, TODAY)
    found = [
        {
            "file": p.path.name,
            "line": p.line,
            "column": p.column,
            "rule": p.rule,
            "severity": p.severity.value,
            "de": i18n.render(p.message, "de").replace(f"{OLD_KEYS}/", "{dir}/"),
            "en": i18n.render(p.message, "en").replace(f"{OLD_KEYS}/", "{dir}/"),
        }
        for p in result.problems
        if p.rule not in LATER_RULES
    ]
    assert found == expected
    for rule, places in LATER_RULES.items():
        assert [(p.path.name, p.line) for p in result.problems if p.rule == rule] == places
    assert [path.name for path in result.plan.skipped] == ["expected.json"]
