"""The one catalogue: every text a person reads, German and English, under one key each.

The texts are grouped by topic in modules of this package (messages, report texts, change
log, command line help, the files of `werkplan init`), but they form one namespace; look them
up with ``i18n.text(key, lang, **args)``. Labels of values are not texts: they live in
``labels.VOCABULARIES`` and are looked up with ``i18n.label``.
"""

from __future__ import annotations

from collections.abc import Mapping

from werkplan.i18n import changes_texts, help_texts, init_texts, messages, report_texts
from werkplan.i18n.labels import AMBIGUOUS_WORDS, SYNONYMS, VOCABULARIES
from werkplan.i18n.languages import DE, EN

__all__ = ["AMBIGUOUS_WORDS", "DE", "EN", "SYNONYMS", "TEXTS", "VOCABULARIES"]


def _one_namespace(*groups: Mapping[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    texts: dict[str, dict[str, str]] = {}
    for group in groups:
        for key, pair in group.items():
            if key in texts:
                raise ValueError(f"text key {key!r} is defined twice")
            texts[key] = pair
    return texts


TEXTS = _one_namespace(
    messages.TEXTS,
    report_texts.TEXTS,
    changes_texts.TEXTS,
    help_texts.TEXTS,
    init_texts.TEXTS,
)
