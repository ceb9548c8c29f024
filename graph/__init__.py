"""Claims into a stored graph: the Neo4j loader, exports, and the tool's own local Neo4j server."""

from __future__ import annotations
