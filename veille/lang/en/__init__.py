"""English: a draft language package (not registered in `LANGUAGES` yet).

`lexicon` holds every word and phrase the engine looks for, `names` the
English forms of places, countries, features and organizations, `patterns`
the regular-expression constructions and `grammar` the small hooks that read
spaCy tokens the English way. `veille.lang.load` checks the package and
builds the `Language` object the engine reads.
"""
from __future__ import annotations

from . import grammar  # noqa: F401  (the hooks)
from .lexicon import *  # noqa: F401,F403  (the tables)
from .names import COUNTRY_NAMES, FEATURES, ORGANIZATIONS, PLACE_ALIASES  # noqa: F401
from .patterns import PATTERNS  # noqa: F401
