"""publiccode.yml: the fields the openCode software catalogue reads."""

from __future__ import annotations

import datetime as dt

from conftest import REPO
from ruamel.yaml import YAML

from werkplan import __version__


def test_publiccode_has_the_required_fields() -> None:
    data = YAML(typ="safe").load((REPO / "publiccode.yml").read_text(encoding="utf-8"))
    for key in (
        "publiccodeYmlVersion",
        "name",
        "url",
        "releaseDate",
        "platforms",
        "developmentStatus",
        "softwareType",
        "description",
        "legal",
        "maintenance",
        "localisation",
    ):
        assert key in data, key
    assert data["developmentStatus"] in {"concept", "development", "beta", "stable", "obsolete"}
    assert dt.date.fromisoformat(str(data["releaseDate"]))
    assert data["legal"]["license"] == "EUPL-1.2"
    for lang in ("de", "en"):
        description = data["description"][lang]
        assert description["shortDescription"]
        assert len(description["shortDescription"]) <= 150
        assert description["longDescription"]
    assert data["softwareVersion"] == __version__ or __version__.startswith("0.0.0")
