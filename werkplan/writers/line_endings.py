"""How a file writes its lines, kept by every writer: a BOM stays, CRLF stays CRLF.

The editing code (ruamel.yaml, the checks) works on text with ``\\n`` line ends and no BOM;
what it returns is written back in the file's own style, so a changed file differs from the
old one only in the lines that changed.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

BOM = "\ufeff"


@dataclass(frozen=True)
class TextStyle:
    bom: bool = False
    crlf: bool = False

    @classmethod
    def of(cls, data: bytes) -> TextStyle:
        """A file's style; CRLF when most of its line breaks are CRLF."""
        body = data.removeprefix(codecs.BOM_UTF8)
        return cls(data.startswith(codecs.BOM_UTF8), body.count(b"\r\n") * 2 > body.count(b"\n"))

    def apply(self, text: str) -> str:
        """Plain text (``\\n``, no BOM) in this style."""
        styled = text.replace("\n", "\r\n") if self.crlf else text
        return BOM + styled if self.bom else styled

    def encode(self, text: str) -> bytes:
        return self.apply(text).encode("utf-8")


def plain(text: str) -> str:
    """The text as the editing code works on it: no BOM, ``\\n`` line ends."""
    return text.removeprefix(BOM).replace("\r\n", "\n")
