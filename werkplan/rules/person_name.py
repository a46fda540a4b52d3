"""actor-person-name: an actor named like a private person ("Frau Müller", "Müller, Sabine").

Actors are offices and bodies. A person's name does not belong in a plan that is published
and kept in git for years (data protection), and a measure should stay with the office when
people change jobs. Two patterns give a person away, and each is checked against the words
office names are made of, so that "Frauen- und Gleichstellungsbeauftragte" or "Amt für
Kreisentwicklung, Bauen und Umwelt" are not taken for people:

- a salutation or title first, followed by a capitalised name: Frau Müller, Herr Dr. Schulz,
  Prof. Meier, Mr Smith;
- "Surname, Firstname", optionally with the office in brackets: Müller, Sabine
  (Sozialplanung); von Bülow, Karl.

`werkplan new actor` asks the same question before it adds an actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from werkplan.problems import Problem, Severity
from werkplan.rules.base import Rule, RuleContext


def _words(text: str) -> frozenset[str]:
    """A set of words written as one text, as word lists read best."""
    return frozenset(text.split())


_SALUTATIONS = _words("frau herr herrn fr. hr. dr. dr prof. prof mr mr. mrs mrs. ms ms. mag.")
_TITLES = _words("dr. dr prof. prof dipl.-ing. mag.")
_PARTICLES = _words("von van de der den zu vom zur di da le")
# Words and word endings office names are made of (casefolded).
_OFFICE_WORDS = _words(
    """amt ämter referat dezernat fachdienst fachbereich abteilung stelle büro bereich team
    beirat verwaltung sachgebiet bauen wohnen umwelt soziales jugend familie familien bildung
    kultur sport gesundheit senioren schule schulen ordnung verkehr finanzen personal
    wirtschaft tourismus integration teilhabe pflege mobilität demografie landkreis kreis
    stadt gemeinde region land bund kommune netzwerk verein verband stiftung ausschuss
    kreistag rat jobcenter polizei feuerwehr kita kinder frauen männer arbeit soziale
    gleichstellung inklusion ehrenamt presse kommunikation leitung geschäftsstelle e.v. gmbh
    ag ggmbh office board department council"""
)
_OFFICE_ENDINGS = (
    "ung",
    "heit",
    "keit",
    "schaft",
    "tion",
    "sion",
    "tät",
    "amt",
    "wesen",
    "ismus",
    "stelle",
    "büro",
    "dienst",
    "verein",
    "verband",
    "rat",
    "kreis",
    "stadt",
    "beauftragte",
    "beauftragter",
    "zentrum",
    "werk",
)
_NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüßéèáàóòíìúùçñ]+(-[A-ZÄÖÜ][a-zäöüßéèáàóòíìúùçñ]+)*\Z")
_IN_BRACKETS = re.compile(r"\s*\([^()]*\)\s*\Z")


def looks_like_person(name: str) -> bool:
    """Whether an actor's name reads as a private person's name."""
    plain = _IN_BRACKETS.sub("", " ".join(name.split()))
    if plain.count(",") == 1:
        surname, first_names = (part.split() for part in plain.split(","))
        return _surname(surname) and _first_names(first_names)
    words = plain.split()
    if len(words) < 2 or words[0].casefold() not in _SALUTATIONS:
        return False
    rest = [word for word in words[1:] if word.casefold() not in _TITLES]
    return 1 <= len(rest) <= 3 and all(_is_name(word) for word in rest)


def _surname(words: list[str]) -> bool:
    *particles, last = words or [""]
    return all(word in _PARTICLES for word in particles) and _is_name(last)


def _first_names(words: list[str]) -> bool:
    names = [word for word in words if word.casefold() not in _TITLES]
    return 1 <= len(names) <= 2 and all(_is_name(word) for word in names)


def _is_name(word: str) -> bool:
    folded = word.casefold()
    if folded in _OFFICE_WORDS or folded.endswith(_OFFICE_ENDINGS):
        return False
    return _NAME.match(word) is not None


def check(ctx: RuleContext) -> Iterator[Problem]:
    for actor in ctx.plan.actors:
        if actor.name and looks_like_person(actor.name):
            yield RULE.problem(actor.at("name"), "actor_person_name", id=actor.id, name=actor.name)


RULE = Rule(
    "actor-person-name",
    Severity.WARNING,
    "Akteur heißt wie eine Privatperson: Anrede oder „Nachname, Vorname“",
    "Actor named like a private person: salutation or 'Surname, Firstname'",
    check,
)
