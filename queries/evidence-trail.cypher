// name: evidence-trail
// description: Each claim from an actor to a target, any action, with its evidence and source
// params: actor:name target:name limit:int=100
//
// Negated and hedged claims are included and flagged. At most limit rows (the
// first ones in the order below). Each claim keeps its pair ([actor id, target
// id]) and its source's date, so the index claim_pair finds the claims between
// each named actor and each named target without reading the other claims of
// either. actor also finds the claims made on behalf of the actor it names (a
// spokesperson speaking for a state); speaks_for is that body, or null.
WITH CASE WHEN $actor IS NOT NULL THEN
  COLLECT { CALL db.index.fulltext.queryNodes('actor_keys', '"' + $actor + '"') YIELD node RETURN node } END AS actors
WITH actors, CASE WHEN $target IS NOT NULL THEN
  COLLECT { CALL db.index.fulltext.queryNodes('actor_keys', '"' + $target + '"') YIELD node RETURN node } END AS targets
UNWIND actors AS x
UNWIND targets AS t
CALL (x, t) {
  MATCH (c:Claim {pair: [x.id, t.id]})
  RETURN c
  UNION
  MATCH (t)<-[:AGAINST]-(c:Claim)-[:ON_BEHALF_OF]->(x)
  RETURN c
}
WITH DISTINCT c, t
MATCH (a:Actor)-[:MADE]->(c)
WITH a, c, t ORDER BY c.published, c.id LIMIT toInteger($limit)
MATCH (c)-[:REPORTED_IN]->(s:Source)
OPTIONAL MATCH (c)-[:CITES]->(e:Evidence)
OPTIONAL MATCH (c)-[:ON_BEHALF_OF]->(b:Actor)
RETURN a.name AS actor, b.name AS speaks_for, c.action AS action, t.name AS target, c.allegation AS allegation,
       c.hedged AS hedged, c.negated AS negated, e.status AS evidence_status,
       e.description AS evidence, c.quote AS quote, s.publisher AS publisher,
       s.url AS source_url, s.published AS published, c.id AS claim_id
ORDER BY published, claim_id
