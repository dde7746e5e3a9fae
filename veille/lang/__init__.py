"""Language modules: the lexicons and model name for each supported language."""
from __future__ import annotations

import importlib
from types import ModuleType

LANGUAGES = {"fr": "veille.lang.fr"}


def get_language(code: str) -> ModuleType:
    """The language module for `code`; `ValueError` for a language veille cannot read yet."""
    try:
        return importlib.import_module(LANGUAGES[code])
    except KeyError:
        raise ValueError(f"language {code!r} is not supported yet (supported: {', '.join(LANGUAGES)})") from None
