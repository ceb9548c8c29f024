// name: no-public-evidence
// description: Accusing claims whose evidence is none_public or not_mentioned, with quote and source
// params: target:name? limit:int=100 accusing:actions
//
// Accusing claims are those whose action is in $accusing; negated claims are left out.
// speaks_for is the body the claim's maker spoke for (a spokesperson speaking for a
// state), or null.
// At most limit rows (the first ones in the order below).
// Three ways to the rows, by how many claims the named actors are the target of
// (n) against how many sources there are (S):
// - n * n <= S * limit: the actors' own claims, in date order, each tested only
//   until limit rows are found;
// - n * n <= 30 * S * limit: the actors' claims are marked, then the sources are
//   walked in date order (the source_published index) until limit marked rows
//   are found;
// - else, or with no name at all: the same walk, testing every claim's target.
WITH CASE WHEN $target IS NOT NULL THEN
  COLLECT { CALL db.index.fulltext.queryNodes('actor_keys', '"' + $target + '"') YIELD node RETURN node } END AS targets
WITH targets, CASE WHEN targets IS NULL THEN null
     ELSE reduce(n = 0, t IN targets | n + COUNT { ()-[:AGAINST]->(t) }) END AS against
// the way, from n * n against S * limit (see above)
WITH targets, CASE WHEN against IS NULL THEN 'walk'
     WHEN against * against <= COUNT { (:Source) } * $limit THEN 'own'
     WHEN against * against <= 30 * COUNT { (:Source) } * $limit THEN 'mark'
     ELSE 'walk' END AS way
// from the named targets' claims: in date order, each claim tested only until
// limit rows are found (and the rest of that day, for the order within it)
WITH targets, way, COLLECT {
  UNWIND CASE WHEN way = 'own' THEN targets ELSE [] END AS t
  MATCH (c)-[:AGAINST]->(t)
  MATCH (c)-[:REPORTED_IN]->(s)
  WITH t, c, s ORDER BY s.published
  WHERE c:Claim AND s:Source AND c.action IN $accusing AND NOT c.negated
    AND EXISTS { MATCH (c)-[:CITES]->(e:Evidence) WHERE e.status IN ['none_public', 'not_mentioned'] }
  MATCH (a:Actor)-[:MADE]->(c)
  WITH a, c, t, s ORDER BY s.published, a.name, t.name, c.id LIMIT toInteger($limit)
  RETURN {a: a, c: c, t: t, s: s} AS row
} AS found
// the named targets' claims, marked for the walk below
WITH targets, way, found, COLLECT {
  UNWIND CASE WHEN way = 'mark' THEN targets ELSE [] END AS t
  MATCH (c)-[:AGAINST]->(t)
  RETURN c
} AS marked
// or along the sources in date order
WITH targets, way, marked, found + COLLECT {
  MATCH (s:Source)
  WHERE s.published >= CASE WHEN way <> 'own' THEN date('-999999999-01-01') END
  WITH s ORDER BY s.published
  MATCH (c)-[:REPORTED_IN]->(s)
  WHERE way = 'walk' OR c IN marked
  CALL (c, targets) {
    MATCH (c)-[:AGAINST]->(t:Actor)
    WHERE targets IS NULL OR t IN targets
    RETURN t
  }
  CALL (c) {
    MATCH (c:Claim)-[:CITES]->(e:Evidence)
    WHERE c.action IN $accusing AND NOT c.negated
      AND e.status IN ['none_public', 'not_mentioned']
    RETURN true AS ok LIMIT 1
  }
  MATCH (a:Actor)-[:MADE]->(c)
  WITH a, c, t, s ORDER BY s.published, a.name, t.name, c.id LIMIT toInteger($limit)
  RETURN {a: a, c: c, t: t, s: s} AS row
} AS found
// then the undated sources, when fewer than limit dated rows were found
WITH targets, found, way <> 'own' AND size(found) < $limit AS more
WITH found + COLLECT {
  UNWIND CASE WHEN more THEN [true] ELSE [] END AS go
  MATCH (s:Source) WHERE s.published IS NULL
  MATCH (a:Actor)-[:MADE]->(c:Claim)-[:REPORTED_IN]->(s)
  MATCH (c)-[:AGAINST]->(t:Actor)
  WHERE c.action IN $accusing AND NOT c.negated
    AND EXISTS { MATCH (c)-[:CITES]->(e:Evidence) WHERE e.status IN ['none_public', 'not_mentioned'] }
    AND (targets IS NULL OR t IN targets)
  WITH a, c, t, s ORDER BY a.name, t.name, c.id LIMIT toInteger($limit)
  RETURN {a: a, c: c, t: t, s: s} AS row
} AS found
UNWIND found AS row
// a fresh row per result (grouping drops the list itself, which sorting would copy per row)
WITH row, count(*) AS once
WITH row.a AS a, row.c AS c, row.t AS t, row.s AS s
ORDER BY s.published, a.name, t.name, c.id
LIMIT toInteger($limit)
MATCH (c)-[:CITES]->(e:Evidence)
WHERE e.status IN ['none_public', 'not_mentioned']
OPTIONAL MATCH (c)-[:ON_BEHALF_OF]->(b:Actor)
RETURN a.name AS actor, b.name AS speaks_for, c.action AS action, t.name AS target, c.allegation AS allegation,
       e.status AS evidence_status, c.quote AS quote,
       s.url AS source_url, s.publisher AS publisher, s.published AS published
ORDER BY published, actor, target, c.id
