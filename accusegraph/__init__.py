"""accusegraph: news articles -> claims (who accused whom, on what evidence) -> Neo4j."""

from __future__ import annotations

__version__ = "0.1.0"
