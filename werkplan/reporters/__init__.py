"""Reporters turn a finished check result into output; they never decide anything.

Registered by name, as ``--format`` offers them; docs/check.md lists them from here.
"""

from werkplan.reporters import github, gitlab, json_reporter, sarif, text
from werkplan.reporters.base import Format, Reporter

REPORTERS: dict[str, Format] = {
    "text": Format(
        text.render,
        de="für Menschen: `Datei:Zeile:Spalte: Stufe [Regel] Meldung`, nach Datei gruppiert",
        en="for people: `file:line:column: severity [rule] message`, grouped by file",
    ),
    "json": Format(
        json_reporter.render,
        de="für Skripte: ein versioniertes JSON-Dokument (siehe unten)",
        en="for scripts: a versioned JSON document (see below)",
    ),
    "github": Format(
        github.render,
        de="GitHub Actions: Annotationen an den Zeilen im Diff (höchstens 10 Fehler und 10 "
        "Warnungen je Schritt, siehe [ci.md](ci.md#github-actions))",
        en="GitHub Actions: annotations at the lines in the diff (at most 10 errors and 10 "
        "warnings per step)",
    ),
    "gitlab": Format(
        gitlab.render,
        de="GitLab Code Quality: Befunde im Merge-Request, mit Fingerabdrücken, die Zeilen "
        "und Tage überdauern",
        en="GitLab Code Quality: findings in the merge request, with fingerprints that "
        "survive moved lines and new days",
    ),
    "sarif": Format(
        sarif.render,
        de="SARIF 2.1.0 für GitHub Code Scanning und andere SARIF-Werkzeuge",
        en="SARIF 2.1.0 for GitHub code scanning and other SARIF tools",
    ),
}

__all__ = ["REPORTERS", "Format", "Reporter"]
