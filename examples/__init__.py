"""Example articles bundled with accusegraph for `accusegraph demo` (package data)."""
