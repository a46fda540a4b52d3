"""The one definition of the plan format.

Everything that knows what a plan file may contain reads it from here: the validator, the
model builder, the reference rule, the JSON Schema, ``fmt``'s key order, the export columns,
the change log and the generated field reference in docs/plan-format.md. Keys are English;
descriptions and value labels come in German and English.
"""

from __future__ import annotations

from werkplan.schema.sections import (
    ACTORS,
    EVENTS,
    FIELDS,
    GOALS,
    INDICATORS,
    MEASURES,
    PLAN,
    REGIONS,
    SECTIONS,
    SWOT,
)
from werkplan.schema.types import Choice, KeySpec, SectionSpec, ValueType, Vocabulary
from werkplan.schema.vocabularies import RELABELABLE, VOCABULARIES

ID_PATTERN = r"[A-Za-z0-9][A-Za-z0-9_.\-]*"

SECTION_BY_KEY = {section.key: section for section in SECTIONS}
COLLECTIONS = tuple(section for section in SECTIONS if section.many)

STATUSES = VOCABULARIES["status"].values
ACTOR_KINDS = VOCABULARIES["actor_kind"].values
EVENT_KINDS = VOCABULARIES["event_kind"].values
SWOT_KINDS = VOCABULARIES["swot_kind"].values
VISIBILITIES = VOCABULARIES["visibility"].values
LANGUAGES = VOCABULARIES["language"].values

__all__ = [
    "ACTORS",
    "ACTOR_KINDS",
    "COLLECTIONS",
    "EVENTS",
    "EVENT_KINDS",
    "FIELDS",
    "GOALS",
    "ID_PATTERN",
    "INDICATORS",
    "LANGUAGES",
    "MEASURES",
    "PLAN",
    "REGIONS",
    "RELABELABLE",
    "SECTIONS",
    "SECTION_BY_KEY",
    "STATUSES",
    "SWOT",
    "SWOT_KINDS",
    "VISIBILITIES",
    "VOCABULARIES",
    "Choice",
    "KeySpec",
    "SectionSpec",
    "ValueType",
    "Vocabulary",
]
