"""`python -m accusegraph` runs the command line."""

from .cli import main

main()
