"""primaryLocationLineHash must equal what github/codeql-action computes for the same file.

The expected values are GitHub's: the first block is copied from the tests of ``hash()`` in
src/fingerprints.test.ts of github/codeql-action; the second was produced by running that
``hash()`` (src/fingerprints.ts, commit f3f1edbedfb4a1d188d344570834df2996d45d39) under Node
on the files below, to cover what its own tests do not: a byte order mark, umlauts, a
character outside the BMP, and identical lines.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from werkplan.reporters.line_hash import LineHashes, line_hashes

UPSTREAM = [
    ("", ["c129715d7a2bc9a3:1"]),
    (
        " a\nb\n  \t\tc\n d",
        ["271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1"],
    ),
    (
        " hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End",
        [
            "8b7cf3e952e7aeb2:1",
            "b1ae1287ec4718d9:1",
            "bff680108adb0fcc:1",
            "c6805c5e1288b612:1",
            "b86d3392aea1be30:1",
            "e6ceba753e1a442:1",
        ],
    ),
    *(
        (
            text,
            [
                "e9496ae3ebfced30:1",
                "fb7c023a8b9ccb3f:1",
                "ce8ba1a563dcdaca:1",
                "e20e36e16fcb0cc8:1",
                "b3edc88f2938467e:1",
                "c8e28b0b4002a3a0:1",
                "c129715d7a2bc9a3:1",
            ],
        )
        for text in (
            " hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n",
            " hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r",
            " hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n",
            " hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n",
        )
    ),
    (
        "Lorem ipsum dolor sit amet.\n" * 10,
        [
            "a7f2ff13bc495cf2:1",
            "a7f2ff13bc495cf2:2",
            "a7f2ff13bc495cf2:3",
            "a7f2ff13bc495cf2:4",
            "a7f2ff13bc495cf2:5",
            "a7f2ff13bc495cf2:6",
            "a7f2ff1481e87703:1",
            "a9cf91f7bbf1862b:1",
            "55ec222b86bcae53:1",
            "cc97dc7b1d7d8f7b:1",
            "c129715d7a2bc9a3:1",
        ],
    ),
    (
        "x = 2\nx = 1\nprint(x)\nx = 3\nprint(x)\nx = 4\nprint(x)\n",
        [
            "e54938cc54b302f1:1",
            "bb609acbe9138d60:1",
            "1131fd5871777f34:1",
            "5c482a0f8b35ea28:1",
            "54517377da7028d2:1",
            "2c644846cb18d53e:1",
            "f1b89f20de0d133:1",
            "c129715d7a2bc9a3:1",
        ],
    ),
]

COMPUTED_WITH_GITHUBS_HASH = [
    (
        "\ufeffplan:\r\n  title: Grüße aus München 😀\r\n\r\n  due: 2026-10-01\r\n",
        [
            "368653c816713639:1",
            "377a8011a4577c0b:1",
            "8c2187c6b5355cbd:1",
            "48b879b23195d4e7:1",
            "c129715d7a2bc9a3:1",
        ],
    ),
    (
        'measures:\n  - id: M-1\n    title: "Treffpunkt: 100% für alle"\n'
        '  - id: M-1\n    title: "Treffpunkt: 100% für alle"\n',
        [
            "3be4c86cc4319e60:1",
            "1c7e50dc6d401e0f:1",
            "1268b4b94e07713a:1",
            "4b3e0052d5eac6f5:1",
            "a48b55bd58900f60:1",
            "c129715d7a2bc9a3:1",
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UPSTREAM + COMPUTED_WITH_GITHUBS_HASH)
def test_line_hashes_are_githubs(text: str, expected: list[str]) -> None:
    assert line_hashes(text) == expected


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab :#\t\r\n\"'[]{},äß😀\ufeff\u0a00")), max_size=300))
def test_every_line_gets_a_hash(text: str) -> None:
    hashes = line_hashes(text)
    assert len(hashes) == len(re.split(r"\r\n|\r|\n", text))
    for number, value in enumerate(hashes, start=1):
        assert LineHashes(text).of(number) == value
        assert re.fullmatch(r"[0-9a-f]{1,16}:[1-9][0-9]*", value)
