// name: who-accused-whom
// description: Accusing claims (accuse, criticize, ...: see $accusing) with their evidence and source, oldest first
// params: actor:name? target:name? since:date? until:date? limit:int=100 accusing:actions
//
// Negated claims ("X denied accusing Y") are left out. actor and target are
// name keys, each found in one line in the actor_keys index (docs/queries.md).
// actor also finds the claims made on behalf of the actor it names (a spokesperson
// speaking for a state: "Russia" finds Peskov's); speaks_for is that body, or null.
// At most limit rows (the first ones in the order below).
// Two ways to the rows, by how many claims the named actors have (n): from the
// actors' own claims when n * n <= (all claims) * limit, else by walking the
// sources in date order (the source_published index) until limit rows are
// found, which also serves the case with no name at all.
WITH CASE WHEN $actor IS NOT NULL THEN
  COLLECT { CALL db.index.fulltext.queryNodes('actor_keys', '"' + $actor + '"') YIELD node RETURN node } END AS actors
WITH actors, CASE WHEN $target IS NOT NULL THEN
  COLLECT { CALL db.index.fulltext.queryNodes('actor_keys', '"' + $target + '"') YIELD node RETURN node } END AS targets
WITH actors, targets,
     CASE WHEN actors IS NULL THEN null
       ELSE reduce(n = 0, a IN actors | n + COUNT { (a)-[:MADE]->() } + COUNT { ()-[:ON_BEHALF_OF]->(a) }) END AS made,
     CASE WHEN targets IS NULL THEN null ELSE reduce(n = 0, t IN targets | n + COUNT { ()-[:AGAINST]->(t) }) END AS against
WITH actors, targets, made, against,
     actors IS NOT NULL AND (targets IS NULL OR made <= against)
       AND made * made <= COUNT { (:Claim) } * $limit AS by_actor,
     targets IS NOT NULL AND (actors IS NULL OR against < made)
       AND against * against <= COUNT { (:Claim) } * $limit AS by_target
WITH actors, targets, by_actor, by_target, NOT (by_actor OR by_target) AS walk
// from the named actors' claims (made by them or on their behalf)
WITH actors, targets, walk, COLLECT {
  UNWIND CASE WHEN by_actor THEN actors ELSE [] END AS x
  CALL (x) {
    MATCH (x)-[:MADE]->(c:Claim) RETURN c
    UNION
    MATCH (c:Claim)-[:ON_BEHALF_OF]->(x) RETURN c
  }
  WITH DISTINCT c
  MATCH (a:Actor)-[:MADE]->(c)-[:AGAINST]->(t:Actor)
  WHERE c.action IN $accusing AND NOT c.negated
    AND (targets IS NULL OR t IN targets)
  MATCH (c)-[:REPORTED_IN]->(s:Source)
  WHERE ($since IS NULL OR s.published >= $since) AND ($until IS NULL OR s.published <= $until)
  WITH a, c, t, s ORDER BY s.published, a.name, t.name, c.id LIMIT toInteger($limit)
  RETURN {a: a, c: c, t: t, s: s} AS row
} + COLLECT {
  UNWIND CASE WHEN by_target THEN targets ELSE [] END AS t
  MATCH (a:Actor)-[:MADE]->(c:Claim)-[:AGAINST]->(t)
  WHERE c.action IN $accusing AND NOT c.negated
    AND (actors IS NULL OR a IN actors OR EXISTS { MATCH (c)-[:ON_BEHALF_OF]->(b) WHERE b IN actors })
  MATCH (c)-[:REPORTED_IN]->(s:Source)
  WHERE ($since IS NULL OR s.published >= $since) AND ($until IS NULL OR s.published <= $until)
  WITH a, c, t, s ORDER BY s.published, a.name, t.name, c.id LIMIT toInteger($limit)
  RETURN {a: a, c: c, t: t, s: s} AS row
} AS found
// or along the sources in date order
WITH actors, targets, walk, found + COLLECT {
  MATCH (s:Source)
  WHERE s.published >= CASE WHEN walk THEN coalesce($since, date('-999999999-01-01')) END
    AND s.published <= coalesce($until, date('+999999999-12-31'))
  WITH s ORDER BY s.published
  MATCH (c:Claim)-[:REPORTED_IN]->(s)
  MATCH (a:Actor)-[:MADE]->(c)-[:AGAINST]->(t:Actor)
  WHERE c.action IN $accusing AND NOT c.negated
    AND (actors IS NULL OR a IN actors OR EXISTS { MATCH (c)-[:ON_BEHALF_OF]->(b) WHERE b IN actors }) AND (targets IS NULL OR t IN targets)
  WITH a, c, t, s ORDER BY s.published, a.name, t.name, c.id LIMIT toInteger($limit)
  RETURN {a: a, c: c, t: t, s: s} AS row
} AS found
// then the undated sources, when fewer than limit dated rows were found
WITH actors, targets, found, walk AND size(found) < $limit AS more
WITH found + COLLECT {
  UNWIND CASE WHEN more AND $since IS NULL AND $until IS NULL THEN [true] ELSE [] END AS go
  MATCH (s:Source) WHERE s.published IS NULL
  MATCH (a:Actor)-[:MADE]->(c:Claim)-[:REPORTED_IN]->(s)
  MATCH (c)-[:AGAINST]->(t:Actor)
  WHERE c.action IN $accusing AND NOT c.negated
    AND (actors IS NULL OR a IN actors OR EXISTS { MATCH (c)-[:ON_BEHALF_OF]->(b) WHERE b IN actors }) AND (targets IS NULL OR t IN targets)
  WITH a, c, t, s ORDER BY a.name, t.name, c.id LIMIT toInteger($limit)
  RETURN {a: a, c: c, t: t, s: s} AS row
} AS found
UNWIND found AS row
// a fresh row per result (grouping drops the list itself, which sorting would copy per row)
WITH row, count(*) AS once
WITH row.a AS a, row.c AS c, row.t AS t, row.s AS s
ORDER BY s.published, a.name, t.name, c.id
LIMIT toInteger($limit)
OPTIONAL MATCH (c)-[:CITES]->(e:Evidence)
OPTIONAL MATCH (c)-[:ON_BEHALF_OF]->(b:Actor)
RETURN a.name AS actor, b.name AS speaks_for, c.action AS action, t.name AS target, c.allegation AS allegation,
       e.status AS evidence_status, e.description AS evidence, c.quote AS quote,
       s.url AS source_url, s.publisher AS publisher, s.published AS published
ORDER BY published, actor, target, c.id
