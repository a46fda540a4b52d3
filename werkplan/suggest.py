"""'Did you mean …?': the closest known name to what someone typed.

For allowed values, a suggestion must never turn what someone meant into its opposite
("undone" is not "done", "nicht begonnen" is not "begonnen"): labels and known synonyms come
first, spelling last, only above a similarity threshold and never across a negation.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping

from werkplan import i18n
from werkplan.schema import VOCABULARIES

# Spelling suggestions for values must be this similar (difflib ratio).
CHOICE_SIMILARITY = 0.75
NEGATIONS = ("nicht", "not", "non", "keine", "kein", "no", "un", "ohne", "in")


def closest(typed: str, known: Iterable[str]) -> str | None:
    options = list(known)
    matches = difflib.get_close_matches(typed, options, n=1, cutoff=0.6)
    if not matches:  # also try ignoring case: "Amt" for "amt"
        lowered = {option.lower(): option for option in options}
        matches = [lowered[m] for m in difflib.get_close_matches(typed.lower(), list(lowered), n=1)]
    return matches[0] if matches else None


def suggest_choice(
    vocabulary: str, typed: str, plan_labels: Mapping[str, Mapping[str, object]] | None = None
) -> str | None:
    """The allowed value someone probably meant, or None when no safe guess exists."""
    by_label = i18n.choice_for_label(vocabulary, typed)
    if by_label is not None:
        return by_label
    known = VOCABULARIES.get(vocabulary)
    if known is None:
        return None
    written = _normal(typed)
    candidates: dict[str, str] = {}
    for choice in known.choices:
        for name in (choice.value, choice.de, choice.en):
            candidates[_normal(name)] = choice.value
    for value, wording in (plan_labels or {}).get(vocabulary, {}).items():
        for name in getattr(wording, "all", tuple)():
            candidates[_normal(name)] = value
    matches = difflib.get_close_matches(written, list(candidates), n=1, cutoff=CHOICE_SIMILARITY)
    if not matches or negates(written, matches[0]):
        return None
    return candidates[matches[0]]


def negates(typed: str, candidate: str) -> bool:
    """Whether ``typed`` reads as ``candidate`` with a negation in front ("undone", "not done")."""
    for word in NEGATIONS:
        if typed.startswith(word) and not candidate.startswith(word):
            rest = typed[len(word) :].strip(" -_")
            if rest and difflib.SequenceMatcher(None, rest, candidate).ratio() >= CHOICE_SIMILARITY:
                return True
    return False


def _normal(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).casefold()
