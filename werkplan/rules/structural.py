"""Rules reported while files are read and validated against the format definition.

Their logic lives in ``werkplan.load`` and ``werkplan.validate``; they are listed here so
that every rule id has one entry in the registry, with its severity and summary.
"""

from werkplan.problems import Severity
from werkplan.rules.base import Rule

ERROR = Severity.ERROR  # every structural rule is an error

RULES = (
    Rule(
        "unreadable-file",
        ERROR,
        "Datei lässt sich nicht lesen oder ist keine normale Datei",
        "File cannot be read or is not a regular file",
    ),
    Rule("file-too-large", ERROR, "Datei größer als 5 MiB", "File larger than 5 MiB"),
    Rule("invalid-encoding", ERROR, "Datei ist nicht UTF-8", "File is not UTF-8"),
    Rule(
        "invalid-character",
        ERROR,
        "Steuerzeichen, die YAML verbietet",
        "Control characters YAML forbids",
    ),
    Rule("yaml-syntax", ERROR, "YAML-Syntaxfehler", "YAML syntax error"),
    Rule("yaml-tag", ERROR, "YAML-Tags wie !!python/… oder !include", "YAML tags such as !include"),
    Rule(
        "yaml-limit",
        ERROR,
        "Zu tief verschachtelt oder zu viele Aliasse",
        "Nested too deep or too many aliases",
    ),
    Rule(
        "duplicate-key",
        ERROR,
        "Schlüssel doppelt in einer Zuordnung",
        "Key appears twice in one mapping",
    ),
    Rule("invalid-key", ERROR, "Schlüssel ist kein einfacher Name", "Key is not a plain name"),
    Rule("empty-file", ERROR, "Leere Plan-Datei", "Empty plan file"),
    Rule(
        "invalid-shape",
        ERROR,
        "Datei, Abschnitt oder Eintrag hat die falsche Form",
        "File, section or entry has the wrong shape",
    ),
    Rule(
        "unknown-key",
        ERROR,
        "Unbekannter Schlüssel (mit Vorschlag)",
        "Unknown key (with a suggestion)",
    ),
    Rule("missing-key", ERROR, "Pflichtangabe fehlt", "Required key missing"),
    Rule("invalid-type", ERROR, "Wert hat den falschen Typ", "Value has the wrong type"),
    Rule("invalid-id", ERROR, "ID mit unerlaubten Zeichen", "Id with characters not allowed"),
    Rule(
        "invalid-date",
        ERROR,
        "Ungültiges oder nicht-ISO-Datum, z. B. 2025-02-30",
        "Invalid or non-ISO date such as 2025-02-30",
    ),
    Rule("invalid-status", ERROR, "Unbekannter Status", "Unknown status"),
    Rule(
        "invalid-choice",
        ERROR,
        "Unbekannter Wert einer Auswahl (kind, visibility, assessment …)",
        "Unknown value of a choice (kind, visibility, assessment …)",
    ),
    Rule(
        "invalid-url",
        ERROR,
        "Adresse, die kein https:, http: oder mailto: ist",
        "Address that is not https:, http: or mailto:",
    ),
    Rule(
        "invalid-values-file",
        ERROR,
        "Wertedatei einer Kennzahl nicht lesbar",
        "Values file of an indicator cannot be read",
    ),
    Rule(
        "invalid-attribute-definition",
        ERROR,
        "Festlegung eines Merkmals unter plan.attributes passt nicht",
        "Attribute definition under plan.attributes does not work",
    ),
    Rule("unknown-attribute", ERROR, "Unbekanntes Merkmal", "Unknown attribute"),
    Rule(
        "attribute-not-applicable",
        ERROR,
        "Merkmal in einem Abschnitt, für den es nicht gilt",
        "Attribute on a section it does not apply to",
    ),
    Rule(
        "invalid-attribute-value",
        ERROR,
        "Wert eines Merkmals passt nicht zu seiner Festlegung",
        "Attribute value does not fit its definition",
    ),
    Rule("missing-attribute", ERROR, "Pflicht-Merkmal fehlt", "Required attribute missing"),
)
