"""Rules reported while files are read and validated against the format definition.

Their logic lives in ``werkplan.load`` and ``werkplan.validate``; they are listed here so
that every rule id has one entry in the registry, with its severity and summary.
"""

from werkplan.problems import Severity
from werkplan.rules.base import Rule

E = Severity.ERROR

RULES = (
    Rule(
        "unreadable-file",
        E,
        "Datei lässt sich nicht lesen oder ist keine normale Datei",
        "File cannot be read or is not a regular file",
    ),
    Rule("file-too-large", E, "Datei größer als 5 MiB", "File larger than 5 MiB"),
    Rule("invalid-encoding", E, "Datei ist nicht UTF-8", "File is not UTF-8"),
    Rule(
        "invalid-character",
        E,
        "Steuerzeichen, die YAML verbietet",
        "Control characters YAML forbids",
    ),
    Rule("yaml-syntax", E, "YAML-Syntaxfehler", "YAML syntax error"),
    Rule("yaml-tag", E, "YAML-Tags wie !!python/… oder !include", "YAML tags such as !include"),
    Rule(
        "yaml-limit",
        E,
        "Zu tief verschachtelt oder zu viele Aliasse",
        "Nested too deep or too many aliases",
    ),
    Rule(
        "duplicate-key",
        E,
        "Schlüssel doppelt in einer Zuordnung",
        "Key appears twice in one mapping",
    ),
    Rule("invalid-key", E, "Schlüssel ist kein einfacher Name", "Key is not a plain name"),
    Rule("empty-file", E, "Leere Plan-Datei", "Empty plan file"),
    Rule(
        "invalid-shape",
        E,
        "Datei, Abschnitt oder Eintrag hat die falsche Form",
        "File, section or entry has the wrong shape",
    ),
    Rule(
        "unknown-key", E, "Unbekannter Schlüssel (mit Vorschlag)", "Unknown key (with a suggestion)"
    ),
    Rule("missing-key", E, "Pflichtangabe fehlt", "Required key missing"),
    Rule("invalid-type", E, "Wert hat den falschen Typ", "Value has the wrong type"),
    Rule("invalid-id", E, "ID mit unerlaubten Zeichen", "Id with characters not allowed"),
    Rule(
        "invalid-date",
        E,
        "Ungültiges oder nicht-ISO-Datum, z. B. 2025-02-30",
        "Invalid or non-ISO date such as 2025-02-30",
    ),
    Rule("invalid-status", E, "Unbekannter Status", "Unknown status"),
    Rule(
        "invalid-choice",
        E,
        "Unbekannter Wert einer Auswahl (kind, visibility, assessment …)",
        "Unknown value of a choice (kind, visibility, assessment …)",
    ),
    Rule(
        "invalid-url",
        E,
        "Adresse, die kein https:, http: oder mailto: ist",
        "Address that is not https:, http: or mailto:",
    ),
    Rule(
        "invalid-values-file",
        E,
        "Wertedatei einer Kennzahl nicht lesbar",
        "Values file of an indicator cannot be read",
    ),
    Rule(
        "invalid-attribute-definition",
        E,
        "Festlegung eines Merkmals unter plan.attributes passt nicht",
        "Attribute definition under plan.attributes does not work",
    ),
    Rule("unknown-attribute", E, "Unbekanntes Merkmal", "Unknown attribute"),
    Rule(
        "attribute-not-applicable",
        E,
        "Merkmal in einem Abschnitt, für den es nicht gilt",
        "Attribute on a section it does not apply to",
    ),
    Rule(
        "invalid-attribute-value",
        E,
        "Wert eines Merkmals passt nicht zu seiner Festlegung",
        "Attribute value does not fit its definition",
    ),
    Rule("missing-attribute", E, "Pflicht-Merkmal fehlt", "Required attribute missing"),
)
