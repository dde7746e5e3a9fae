"""veille: war and politics news in, a source-linked ledger of statements out."""
from __future__ import annotations

import logging

from .api import extract, extract_many
from .document import Document
from .errors import InputError, VeilleError
from .readers import read_file

__all__ = ["extract", "extract_many", "read_file", "Document", "InputError", "VeilleError", "__version__"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
