// name: timeline
// description: Claims in published-date order, optionally between two dates and involving one actor
// params: since:date? until:date? actor:name? limit:int=100
//
// since and until are inclusive; with either given, sources without a date
// are left out. actor matches the claim's actor, its target or the body its actor
// spoke for (speaks_for: "Russia" finds its spokesperson's claims). Negated claims
// are included and flagged. At most limit rows (the first ones in the order below).
// Two ways to the rows, by how many claims the named actors have (n): from the
// actors' own claims when n * n <= (all claims) * limit, else by walking the
// sources in date order (the source_published index) until limit rows are
// found, which also serves the case with no name at all.
WITH CASE WHEN $actor IS NOT NULL THEN
  COLLECT { CALL db.index.fulltext.queryNodes('actor_keys', '"' + $actor + '"') YIELD node RETURN node } END AS xs
WITH xs, CASE WHEN xs IS NULL THEN null
     ELSE reduce(n = 0, x IN xs | n + COUNT { (x)-[:MADE]->() } + COUNT { ()-[:AGAINST|ON_BEHALF_OF]->(x) }) END
       AS claims
WITH xs, coalesce(claims * claims > COUNT { (:Claim) } * $limit, true) AS walk
// from the actor's own claims
WITH xs, walk, COLLECT {
  UNWIND CASE WHEN walk THEN [] ELSE xs END AS x
  CALL (x) {
    MATCH (x)-[:MADE]->(c:Claim)
    RETURN c
    UNION
    MATCH (c:Claim)-[:AGAINST|ON_BEHALF_OF]->(x)
    RETURN c
  }
  MATCH (c)-[:REPORTED_IN]->(s:Source)
  WHERE ($since IS NULL OR s.published >= $since) AND ($until IS NULL OR s.published <= $until)
  WITH DISTINCT c, s ORDER BY s.published, s.url, c.start, c.id LIMIT toInteger($limit)
  RETURN {c: c, s: s} AS row
} AS found
// or along the sources in date order
WITH xs, walk, found + COLLECT {
  MATCH (s:Source)
  WHERE s.published >= CASE WHEN walk THEN coalesce($since, date('-999999999-01-01')) END
    AND s.published <= coalesce($until, date('+999999999-12-31'))
  WITH s ORDER BY s.published
  MATCH (c:Claim)-[:REPORTED_IN]->(s)
  WHERE xs IS NULL OR EXISTS { MATCH (a:Actor)-[:MADE]->(c) WHERE a IN xs }
     OR EXISTS { MATCH (c)-[:AGAINST|ON_BEHALF_OF]->(t:Actor) WHERE t IN xs }
  WITH c, s ORDER BY s.published, s.url, c.start, c.id LIMIT toInteger($limit)
  RETURN {c: c, s: s} AS row
} AS found
// then the undated sources, when fewer than limit dated rows were found
WITH xs, found, walk AND size(found) < $limit AS more
WITH found + COLLECT {
  UNWIND CASE WHEN more AND $since IS NULL AND $until IS NULL THEN [true] ELSE [] END AS go
  MATCH (s:Source) WHERE s.published IS NULL
  MATCH (c:Claim)-[:REPORTED_IN]->(s)
  WHERE xs IS NULL OR EXISTS { MATCH (a:Actor)-[:MADE]->(c) WHERE a IN xs }
     OR EXISTS { MATCH (c)-[:AGAINST|ON_BEHALF_OF]->(t:Actor) WHERE t IN xs }
  WITH c, s ORDER BY s.url, c.start, c.id LIMIT toInteger($limit)
  RETURN {c: c, s: s} AS row
} AS found
UNWIND found AS row
// a fresh row per result (grouping drops the list itself, which sorting would copy per row)
WITH row, count(*) AS once
WITH row.c AS c, row.s AS s
ORDER BY s.published, s.url, c.start, c.id
LIMIT toInteger($limit)
MATCH (a:Actor)-[:MADE]->(c)
OPTIONAL MATCH (c)-[:AGAINST]->(t:Actor)
OPTIONAL MATCH (c)-[:ON_BEHALF_OF]->(b:Actor)
RETURN s.published AS published, a.name AS actor, b.name AS speaks_for, c.action AS action, t.name AS target,
       c.allegation AS allegation, c.negated AS negated, s.publisher AS publisher,
       s.url AS source_url, c.quote AS quote, c.id AS claim_id
ORDER BY published, source_url, c.start, claim_id
