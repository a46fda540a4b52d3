"""Plan values in werkplan's JSON: `changes -f json` converts them itself, `export` and `list`
let json.dumps ask for what it cannot hold; both must write the same."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from werkplan import timeframes
from werkplan.json_values import json_ready
from werkplan.model import Costs, Link, Milestone, Wording

QUARTER = timeframes.parse("2026-Q4")
VALUES: dict[str, object] = {
    "frame": QUARTER,
    "day": dt.date(2026, 11, 25),
    "label": Wording({"de": "Ortsmitte", "en": "Village centre"}),
    "plain_label": Wording.plain("Ortsmitte"),
    "milestones": (Milestone(title="Start", due=QUARTER, done=dt.date(2026, 12, 1)),),
    "costs": Costs(total=450000, by_year=((2026, 200000), (2027, 250000))),
    "years": {2026: 1.5},
    "links": [Link(url="https://example.org")],
    "unknown": Decimal("1.5"),
}


def test_values_take_one_form() -> None:
    assert json_ready(VALUES) == {
        "frame": "2026-Q4",
        "day": "2026-11-25",
        "label": {"de": "Ortsmitte", "en": "Village centre"},
        "plain_label": "Ortsmitte",
        "milestones": [{"title": "Start", "due": "2026-Q4", "done": "2026-12-01", "note": None}],
        "costs": {
            "total": 450000,
            "per_year": None,
            "by_year": [[2026, 200000], [2027, 250000]],
            "staff": None,
            "note": None,
        },
        "years": {"2026": 1.5},
        "links": [{"title": None, "url": "https://example.org"}],
        "unknown": "1.5",
    }


def test_as_default_of_json_dumps_it_writes_the_same() -> None:
    assert json.dumps(VALUES, default=json_ready) == json.dumps(json_ready(VALUES))
