"""`python -m veille`: the same as the `veille` command."""
from .cli import main

main()
