"""accusegraph: news articles -> claims (who accused whom, on what evidence) -> Neo4j."""

__version__ = "0.1.0"
