"""The saved Cypher queries, shipped as package data (`*.cypher`); see accusegraph.graph.queries."""
