"""The saved Cypher queries, shipped as package data (`*.cypher`); see accusegraph.graph.queries."""

from __future__ import annotations
