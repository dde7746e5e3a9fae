"""The `Document`: the text every span points into, plus what we know about it."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class Document:
    """One article as a reader produced it.

    `text` is the body exactly as the extractors see it: every offset in a
    `veille/1` record is a Python ``str`` index into it.
    """

    text: str
    source: str = "<string>"
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    language: str | None = None
    published: str | None = None  # YYYY-MM-DD
    images: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "language": self.language,
            "published": self.published,
            "text": self.text,
        }
