"""French grammar hooks: small functions over spaCy tokens that the engine
calls where languages differ in form, not in what is extracted."""
from __future__ import annotations
